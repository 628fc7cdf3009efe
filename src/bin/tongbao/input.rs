//! Turns the command line's inputs into a stream of jobs, one per input text, in input order:
//! files, directories walked recursively in sorted order, standard input, JSON Lines records.
//!
//! Jobs are handed to a sink one at a time, so nothing but the current directory listings and the
//! job being built is held: memory does not grow with the archive.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::Path;

use jiff::civil::Date;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::args::{is_stdin, Source};

/// One input text to extract from.
#[derive(Debug)]
pub struct Job {
    /// The Document's `source` (`None` for a record without one).
    pub source: Option<String>,
    /// What error records call the input when `source` is `None` (`FILE:LINE`).
    pub label: String,
    /// The reference date, when known.
    pub ref_date: Option<Date>,
    /// Input bytes, for progress.
    pub size: u64,
    /// The content.
    pub body: Body,
}

/// A job's content.
#[derive(Debug)]
pub enum Body {
    /// Raw file bytes, decoded by the worker (decoding is part of the parallel work).
    Bytes(Vec<u8>),
    /// Text of a JSON Lines record.
    Text(String),
    /// The input could not be read; the message is the error record's `error`.
    Failed(String),
}

impl Job {
    fn failed(name: String, size: u64, msg: String) -> Job {
        Job { source: Some(name.clone()), label: name, ref_date: None, size, body: Body::Failed(msg) }
    }
}

/// What the producer needs besides the sources.
pub struct Reader {
    pub ref_date: Option<Date>,
    pub lossy: bool,
    /// The extensions of the files a directory walk reads (`txt`, `html`), matched in any case.
    pub extensions: Vec<String>,
    /// Only stat files (jobs carry sizes, no content): the progress bar's total, counted up front.
    pub sizes_only: bool,
}

type Sink<'a> = dyn FnMut(Job) -> ControlFlow<()> + 'a;

impl Reader {
    /// Hands every job of `sources` to `sink`, in order, until the sink breaks.
    pub fn run(&self, sources: &[Source], sink: &mut Sink<'_>) -> ControlFlow<()> {
        for s in sources {
            match s {
                Source::Path(p) if is_stdin(p) => sink(self.stdin_text())?,
                Source::Path(p) => self.path(p, true, sink)?,
                Source::Jsonl(p) => self.jsonl(p, sink)?,
            }
        }
        ControlFlow::Continue(())
    }

    /// Whether a directory walk reads the file at `p`.
    fn walks(&self, p: &Path) -> bool {
        p.extension().and_then(|e| e.to_str()).is_some_and(|e| self.extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))
    }

    fn stdin_text(&self) -> Job {
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_to_end(&mut bytes) {
            Ok(n) => Job { source: Some("-".into()), label: "-".into(), ref_date: self.ref_date, size: n as u64, body: Body::Bytes(bytes) },
            Err(e) => Job::failed("-".into(), 0, format!("<stdin>: {e}")),
        }
    }

    /// A named path: a file is read whatever its extension; a directory is walked for `*.txt`.
    fn path(&self, p: &Path, named: bool, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let name = p.to_string_lossy().into_owned();
        // Symlinks to directories are not followed inside a walk: they can form cycles.
        let meta = if named { fs::metadata(p) } else { fs::symlink_metadata(p) };
        match meta {
            Ok(m) if m.is_dir() => self.dir(p, &name, sink),
            Ok(m) if m.is_symlink() => match fs::metadata(p) {
                Ok(t) if t.is_file() && self.walks(p) => sink(self.file(p, name)),
                _ => ControlFlow::Continue(()),
            },
            Ok(m) if named || (m.is_file() && self.walks(p)) => sink(self.file(p, name)),
            Ok(_) => ControlFlow::Continue(()),
            Err(e) => sink(Job::failed(name.clone(), 0, format!("{name}: {e}"))),
        }
    }

    fn dir(&self, p: &Path, name: &str, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let entries = fs::read_dir(p).and_then(|rd| rd.map(|e| e.map(|e| e.path())).collect::<Result<Vec<_>, _>>());
        match entries {
            Ok(mut paths) => {
                paths.sort();
                for child in paths {
                    self.path(&child, false, sink)?;
                }
                ControlFlow::Continue(())
            }
            Err(e) => sink(Job::failed(name.to_string(), 0, format!("{name}: {e}"))),
        }
    }

    fn file(&self, p: &Path, name: String) -> Job {
        if self.sizes_only {
            let size = fs::metadata(p).map_or(0, |m| m.len());
            return Job { source: None, label: name, ref_date: None, size, body: Body::Failed(String::new()) };
        }
        match fs::read(p) {
            Ok(bytes) => {
                let ref_date = self.ref_date.or_else(|| date_in_path(&name));
                Job { source: Some(name.clone()), label: name, ref_date, size: bytes.len() as u64, body: Body::Bytes(bytes) }
            }
            Err(e) => Job::failed(name.clone(), 0, format!("{name}: {e}")),
        }
    }

    fn jsonl(&self, p: &Path, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let name = p.to_string_lossy().into_owned();
        if is_stdin(p) {
            return self.records(std::io::stdin().lock(), "<stdin>", sink);
        }
        match fs::File::open(p) {
            Ok(f) if self.sizes_only => {
                let size = f.metadata().map_or(0, |m| m.len());
                sink(Job { source: None, label: name, ref_date: None, size, body: Body::Failed(String::new()) })
            }
            Ok(f) => self.records(BufReader::with_capacity(1 << 20, f), &name, sink),
            Err(e) => sink(Job::failed(name.clone(), 0, format!("{name}: {e}"))),
        }
    }

    fn records(&self, mut r: impl BufRead, name: &str, sink: &mut Sink<'_>) -> ControlFlow<()> {
        let mut buf = Vec::new();
        for line_no in 1.. {
            buf.clear();
            match r.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => return sink(Job::failed(format!("{name}:{line_no}"), 0, format!("{name}:{line_no}: {e}"))),
            }
            let line = if line_no == 1 { buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&buf) } else { &buf[..] };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            sink(self.record(line, &format!("{name}:{line_no}")))?;
        }
        ControlFlow::Continue(())
    }

    /// One JSON Lines record; a malformed one is a failed job named `FILE:LINE`.
    fn record(&self, line: &[u8], label: &str) -> Job {
        let size = line.len() as u64;
        let fail = |msg: String| Job::failed(label.to_string(), size, format!("{label}: {msg}"));
        let owned;
        let text = match std::str::from_utf8(line) {
            Ok(t) => t,
            Err(e) if !self.lossy => return fail(format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())),
            Err(_) => {
                owned = String::from_utf8_lossy(line).into_owned();
                &owned
            }
        };
        let rec: Record = match serde_json::from_str(text) {
            Ok(r) => r,
            Err(e) => return fail(format!("not a record: {e}")),
        };
        let label = rec.source.clone().unwrap_or_else(|| label.to_string());
        let Some(text) = rec.text else {
            return Job::failed(label.clone(), size, format!("{label}: record has no text"));
        };
        let ref_date = match rec.reference_date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => match d.parse::<Date>() {
                Ok(d) => Some(d),
                Err(e) => return Job::failed(label.clone(), size, format!("{label}: reference_date {d:?}: {e}")),
            },
            None => self.ref_date.or_else(|| rec.source.as_deref().and_then(date_in_path)),
        };
        Job { source: rec.source, label, ref_date, size, body: Body::Text(text) }
    }
}

/// An input record (`source` and `reference_date` may be null or absent).
#[derive(serde::Deserialize)]
struct Record {
    source: Option<String>,
    text: Option<String>,
    reference_date: Option<String>,
}

/// `2023-12-10`, `2023_12_10`, `2023.12.10`, `2023/12/10` (one separator throughout) or `20231210`,
/// not inside a longer run of digits.
static PATH_DATE: Lazy<Regex> = Lazy::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"(?:^|[^0-9])((?:19|20)[0-9]{2})(?:([-_./])([0-9]{1,2})([-_./])([0-9]{1,2})|([0-9]{2})([0-9]{2}))(?:[^0-9]|$)")
        .expect("valid regex")
});

/// The last valid date written in a path (the file name's date beats a directory's), if any.
pub fn date_in_path(path: &str) -> Option<Date> {
    let mut found = None;
    let mut at = 0;
    while let Some(c) = PATH_DATE.captures_at(path, at) {
        let (Some(y), Some(whole)) = (c.get(1), c.get(0)) else { break };
        let num = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<i8>().ok());
        let (m, d, end) = match (c.get(2), c.get(4)) {
            (Some(s1), Some(s2)) if s1.as_str() != s2.as_str() => (None, None, c.get(5).map_or(whole.end(), |m| m.end())),
            (Some(_), Some(_)) => (num(3), num(5), c.get(5).map_or(whole.end(), |m| m.end())),
            _ => (num(6), num(7), c.get(7).map_or(whole.end(), |m| m.end())),
        };
        let year = y.as_str().parse::<i16>().ok();
        if let (Some(y), Some(m), Some(d)) = (year, m, d) {
            found = Date::new(y, m, d).ok().or(found);
        }
        // Restart at the date's end so that a separator between two dates is not consumed twice.
        at = end.max(y.end());
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(p: &str) -> Option<String> {
        date_in_path(p).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_paths() {
        assert_eq!(d("archive/2023-12-10/p03.txt").as_deref(), Some("2023-12-10"));
        assert_eq!(d("archive/2023/12/10/p03.txt").as_deref(), Some("2023-12-10"));
        assert_eq!(d("20231210.txt").as_deref(), Some("2023-12-10"));
        assert_eq!(d("ocr_qinghai_page_20231208.txt").as_deref(), Some("2023-12-08"));
        assert_eq!(d("renmin/2019.3.7/a.txt").as_deref(), Some("2019-03-07"));
        assert_eq!(d("2023-12-01/scan_20231202.txt").as_deref(), Some("2023-12-02"));
        assert_eq!(d("a_20231208_20231209.txt").as_deref(), Some("2023-12-09"));
    }

    #[test]
    fn non_dates_in_paths() {
        assert_eq!(d("web_12369_report_202001.txt"), None);
        assert_eq!(d("20231332.txt"), None);
        assert_eq!(d("2023-02-30.txt"), None);
        assert_eq!(d("id_120231210.txt"), None);
        assert_eq!(d("2023-12/10.txt"), None);
        assert_eq!(d("page.txt"), None);
    }

    #[test]
    fn invalid_date_does_not_hide_an_earlier_valid_one() {
        assert_eq!(d("2023-12-10/x_20231399.txt").as_deref(), Some("2023-12-10"));
    }
}
