//! Minimal CLI (to be grown by the archive-scale work): `tongbao extract --jsonl FILE|-`.
use std::io::{BufRead, Write};

use clap::{Parser, Subcommand};
use tongbao::{Extractor, Input};

#[derive(Parser)]
#[command(name = "tongbao", version, about = "Chinese bulletins → typed data")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Extract from files or JSONL records.
    Extract {
        /// Input files.
        paths: Vec<std::path::PathBuf>,
        /// JSON Lines input records.
        #[arg(long)]
        jsonl: Option<String>,
        /// Reference date.
        #[arg(long)]
        ref_date: Option<String>,
    },
}

#[derive(serde::Deserialize)]
struct Record {
    source: Option<String>,
    text: String,
    reference_date: Option<String>,
}

fn main() {
    let cli = Cli::parse();
    let Cmd::Extract { paths, jsonl, ref_date } = cli.cmd;
    let ex = Extractor::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let emit = |out: &mut dyn Write, text: &str, source: Option<&str>, rd: Option<&str>| {
        let mut input = Input::new(text);
        if let Some(s) = source {
            input = input.source(s);
        }
        if let Some(d) = rd {
            input = input.reference_date_str(d).unwrap_or(input);
        }
        let doc = ex.extract(input);
        let _ = writeln!(out, "{}", serde_json::to_string(&doc).unwrap_or_default());
    };
    if let Some(j) = jsonl {
        let f = std::fs::File::open(&j).expect("open jsonl");
        for line in std::io::BufReader::new(f).lines() {
            let line = line.expect("read");
            if line.trim().is_empty() {
                continue;
            }
            let r: Record = serde_json::from_str(&line).expect("record");
            emit(&mut out, &r.text, r.source.as_deref(), r.reference_date.as_deref().or(ref_date.as_deref()));
        }
    }
    for p in paths {
        let text = std::fs::read_to_string(&p).expect("read file");
        emit(&mut out, &text, p.to_str(), ref_date.as_deref());
    }
}
