//! Command-line arguments, and the checks clap cannot express (they exit 2 like clap's own errors).

use std::path::PathBuf;

use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;

/// The top-level command.
#[derive(Parser, Debug)]
#[command(name = "tongbao", version, about = "Chinese news pages and bulletins → typed data (JSON Lines, CSV)")]
pub struct Cli {
    #[command(subcommand)]
    pub cmd: Cmd,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Extract from files, directories (recursively, *.txt), standard input (-) and JSON Lines records.
    Extract(ExtractArgs),
}

/// `tongbao extract`.
#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Input files and directories; `-` reads one text from standard input.
    pub paths: Vec<PathBuf>,
    /// JSON Lines records `{"source", "text", "reference_date"}`; `-` for standard input (streamed).
    #[arg(long, value_name = "FILE|-")]
    pub jsonl: Vec<PathBuf>,
    /// Reference date for inputs without their own (else a date in the file path is used).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub ref_date: Option<Date>,
    /// Output format; `--table` implies csv.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write one long-format CSV table instead of documents.
    #[arg(long, value_enum)]
    pub table: Option<Table>,
    /// Indent JSON for humans.
    #[arg(long)]
    pub pretty: bool,
    /// Output file (default: standard output).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Replace undecodable bytes with U+FFFD instead of failing the input.
    #[arg(long)]
    pub lossy: bool,
    /// File extensions read when walking directories, any case (`--ext txt,html`); files named on
    /// the command line are read whatever their extension.
    #[arg(long, value_name = "EXT,...", value_delimiter = ',', default_value = "txt")]
    pub ext: Vec<String>,
    /// Show the progress bar and summary even when standard error is not a terminal.
    #[arg(long, conflicts_with = "quiet")]
    pub progress: bool,
    /// No progress bar, no summary, no per-input error messages.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Output formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One Document per line.
    Jsonl,
    /// One JSON array of Documents.
    Json,
    /// A CSV table (needs `--table`).
    Csv,
}

/// The CSV tables.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Table {
    /// One row per complaint batch (督察 hand-over report).
    Batches,
    /// One row per district count.
    Districts,
    /// One row per pollution-category mention.
    Categories,
    /// One row per official.
    Officials,
    /// One row per date mention.
    Dates,
    /// One row per article.
    Articles,
}

/// One input as named on the command line, in command-line order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file or directory (`-`: one text from standard input).
    Path(PathBuf),
    /// A JSON Lines file of records (`-`: standard input).
    Jsonl(PathBuf),
}

/// Validated options of a run.
#[derive(Debug)]
pub struct Options {
    pub sources: Vec<Source>,
    pub ref_date: Option<Date>,
    pub format: Format,
    pub table: Option<Table>,
    pub pretty: bool,
    pub output: Option<PathBuf>,
    pub jobs: usize,
    pub lossy: bool,
    /// Extensions walked in directories, without the dot.
    pub extensions: Vec<String>,
    pub progress: bool,
    pub quiet: bool,
}

impl Options {
    /// Whether standard input is read (a `-` path or `--jsonl -`).
    pub fn reads_stdin(&self) -> bool {
        self.sources.iter().any(|s| match s {
            Source::Path(p) | Source::Jsonl(p) => is_stdin(p),
        })
    }
}

/// Whether a path names standard input.
pub fn is_stdin(p: &std::path::Path) -> bool {
    p.as_os_str() == "-"
}

/// Parses the command line; exits 2 (clap's usage-error code) on bad usage.
pub fn parse() -> Options {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let Cmd::Extract(args) = cli.cmd;
    let sub = matches.subcommand_matches("extract");
    let sources = sub.map(|m| ordered_sources(m, &args)).unwrap_or_default();
    validate(args, sources).unwrap_or_else(|msg| {
        let mut cmd = Cli::command();
        let sub = cmd.find_subcommand_mut("extract").map(|c| c.clone()).unwrap_or_else(Cli::command);
        sub.bin_name("tongbao extract").error(clap::error::ErrorKind::ArgumentConflict, msg).exit()
    })
}

/// Positional paths and `--jsonl` files interleaved as they were written, so output order is
/// command-line order.
fn ordered_sources(m: &ArgMatches, args: &ExtractArgs) -> Vec<Source> {
    let idx = |id: &str| m.indices_of(id).map(|i| i.collect::<Vec<_>>()).unwrap_or_default();
    let mut all: Vec<(usize, Source)> = idx("paths").into_iter().zip(args.paths.iter().cloned().map(Source::Path)).collect();
    all.extend(idx("jsonl").into_iter().zip(args.jsonl.iter().cloned().map(Source::Jsonl)));
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, s)| s).collect()
}

fn validate(args: ExtractArgs, sources: Vec<Source>) -> Result<Options, String> {
    if sources.is_empty() {
        return Err("no input: give files, directories, `-` or --jsonl FILE|-".into());
    }
    let stdin_uses = sources.iter().filter(|s| matches!(s, Source::Path(p) | Source::Jsonl(p) if is_stdin(p))).count();
    if stdin_uses > 1 {
        return Err("standard input (`-`) can be read only once".into());
    }
    let format = match (args.format, args.table) {
        (None | Some(Format::Csv), Some(_)) => Format::Csv,
        (Some(Format::Csv), None) => return Err("--format csv needs --table".into()),
        (Some(f), Some(_)) => return Err(format!("--table writes CSV; it cannot be combined with --format {f:?}").to_lowercase()),
        (Some(f), None) => f,
        (None, None) => Format::Jsonl,
    };
    let extensions: Vec<String> = args.ext.iter().map(|e| e.trim().trim_start_matches('.').to_string()).filter(|e| !e.is_empty()).collect();
    if extensions.is_empty() {
        return Err("--ext needs at least one extension".into());
    }
    let jobs = args.jobs.map(usize::from).unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    Ok(Options {
        sources,
        ref_date: args.ref_date,
        format,
        table: args.table,
        pretty: args.pretty,
        output: args.output,
        jobs,
        lossy: args.lossy,
        extensions,
        progress: args.progress,
        quiet: args.quiet,
    })
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.trim().parse::<Date>().map_err(|e| format!("expected a date YYYY-MM-DD: {e}"))
}
