//! The progress bar (stderr, indicatif) and the end-of-run summary line.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tongbao::Document;

/// Counts of one result, summed over the run.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub documents: u64,
    pub failures: u64,
    pub bytes: u64,
    pub articles: u64,
    pub dates: u64,
    pub batches: u64,
    pub districts: u64,
    pub pollution: u64,
    pub officials: u64,
    pub complaint_batches: u64,
}

impl Stats {
    /// The counts of one document of `bytes` input bytes.
    pub fn of(doc: &Document, bytes: u64) -> Stats {
        let sum = |f: fn(&tongbao::Article) -> usize| doc.articles.iter().map(f).sum::<usize>() as u64;
        Stats {
            documents: 1,
            failures: 0,
            bytes,
            articles: doc.articles.len() as u64,
            dates: sum(|a| a.dates.len()),
            batches: sum(|a| a.batches.len()),
            districts: sum(|a| a.district_counts.len()),
            pollution: sum(|a| a.pollution.len()),
            officials: sum(|a| a.officials.len()),
            complaint_batches: sum(|a| a.complaint_batches.len()),
        }
    }

    /// The counts of one failed input.
    pub fn failure(bytes: u64) -> Stats {
        Stats { failures: 1, bytes, ..Stats::default() }
    }

    /// Adds another result's counts.
    pub fn add(&mut self, o: &Stats) {
        self.documents += o.documents;
        self.failures += o.failures;
        self.bytes += o.bytes;
        self.articles += o.articles;
        self.dates += o.dates;
        self.batches += o.batches;
        self.districts += o.districts;
        self.pollution += o.pollution;
        self.officials += o.officials;
        self.complaint_batches += o.complaint_batches;
    }
}

/// The bar, the running totals and whether to report at all.
pub struct Progress {
    bar: Option<ProgressBar>,
    shown: bool,
    start: Instant,
    pub total: Stats,
}

impl Progress {
    /// Shown when stderr is a terminal or `force`d, never when `quiet`.
    pub fn new(force: bool, quiet: bool) -> Progress {
        let shown = !quiet && (force || std::io::stderr().is_terminal());
        let bar = shown.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(4));
            bar.set_style(style(false));
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        Progress { bar, shown, start: Instant::now(), total: Stats::default() }
    }

    /// Sets the total input bytes once known (it is counted in the background), enabling the ETA.
    pub fn handle(&self) -> Option<ProgressBar> {
        self.bar.clone()
    }

    /// Counts one written result.
    pub fn record(&mut self, s: &Stats) {
        self.total.add(s);
        if let Some(bar) = &self.bar {
            bar.inc(s.bytes);
            bar.set_message(format!("{} files", self.total.documents + self.total.failures));
        }
    }

    /// Clears the bar and prints the summary line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.shown {
            eprintln!("{}", summary(&self.total, self.start.elapsed()));
        }
    }

    /// Prints a message above the bar (or plainly without one).
    pub fn println(&self, msg: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{msg}")),
            None => eprintln!("{msg}"),
        }
    }
}

/// Switches the bar to show the ETA once the total is known.
pub fn set_total(bar: &ProgressBar, bytes: u64) {
    bar.set_length(bytes);
    bar.set_style(style(true));
}

fn style(known_total: bool) -> ProgressStyle {
    let template = if known_total {
        "{spinner} {msg} [{wide_bar}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}"
    } else {
        "{spinner} {msg} {bytes} {binary_bytes_per_sec} {elapsed}"
    };
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// `tongbao: 120 documents, 130 articles; mentions: …; 0 failed; 2.1 s, 12.3 MB/s`.
pub fn summary(t: &Stats, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let mbps = if secs > 0.0 { t.bytes as f64 / 1e6 / secs } else { 0.0 };
    format!(
        "tongbao: {} documents, {} articles; mentions: {} dates, {} batches, {} district counts, {} pollution, {} officials, {} complaint batches; {} failed; {:.1} s, {:.1} MB/s",
        t.documents, t.articles, t.dates, t.batches, t.districts, t.pollution, t.officials, t.complaint_batches, t.failures, secs, mbps
    )
}
