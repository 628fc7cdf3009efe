//! The text layer: a cleaned view of OCR text for matching, with a map back to the original bytes.
//!
//! OCR'd newspaper columns wrap lines in the middle of words and numbers (`（来\n电19件`, `3\n1件`),
//! scatter spaces between characters (`12 月 9 日`) and mix full-width and ASCII forms. Every extractor
//! wants to see `（来电19件` and `12月9日`, but every span it reports must point at the caller's bytes.
//! [`CleanText`] holds the cleaned copy and, for each of its bytes, the original byte range of the
//! character it came from; the original is never rewritten.
//!
//! What the cleaning does:
//! - a line break inside a paragraph, with the spaces around it, is dropped (kept as one space only
//!   between two ASCII letters); a blank line is a paragraph break and stays as one `\n`;
//! - the rows of a table flattened with tabs or bars (`雨城区 | 1 | 40 |`) stay lines, their cells
//!   joined as blanks are; a bulleted sub-head (`●压实责任`) stays a line too;
//! - spaces next to a CJK character or punctuation are dropped; a space between two ASCII
//!   alphanumerics is kept as one space (`2022 11 23`, `GW 单晶硅` → `GW单晶硅`);
//! - full-width digits, letters and signs fold to ASCII (`１６` → `16`, `％` → `%`), ASCII brackets and
//!   clause punctuation fold to their CJK forms (`(` → `（`, `:` → `：`), the many dashes and tildes
//!   fold to `-`;
//! - traditional characters map to simplified ones (for matching only), and pinyin annotations that
//!   some mirror sites insert after characters (`生態(tài)環(huán)境`) are skipped.

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::lexicon;
use crate::span::{sub, Span};

/// A cleaned copy of (parts of) an input text with a map back to original byte offsets.
#[derive(Clone, Debug, Default)]
pub struct CleanText {
    text: String,
    /// The map back, in clean-text order: most characters are copied unchanged, so the map holds
    /// runs rather than an entry per byte (a twentieth of the memory and of the writes).
    runs: Vec<Run>,
}

/// Clean bytes from `clean` on that came from original bytes from `orig` on. A copied run maps
/// byte for byte over `len` bytes; any other run is one character written differently in the
/// original (folded, or a break the cleaning inserted) whose original bytes are `orig..orig + len`.
#[derive(Clone, Copy, Debug)]
struct Run {
    clean: u32,
    orig: u32,
    len: u32,
    copy: bool,
}

impl CleanText {
    /// Cleans the whole of `original` as one run of text.
    pub fn new(original: &str) -> CleanText {
        CleanText::from_segments(original, std::slice::from_ref(&(0..original.len())))
    }

    /// Cleans the given byte ranges of `original` and joins them with paragraph breaks (`\n`), so
    /// that no mention runs from one segment into the next. Ranges that do not lie on char
    /// boundaries inside `original` are skipped.
    pub fn from_segments(original: &str, segments: &[Range<usize>]) -> CleanText {
        let mut b = Builder::with_capacity(segments.iter().map(|r| r.len()).sum());
        for seg in segments {
            if let Some(s) = original.get(seg.clone()) {
                b.push_segment(s, seg.start);
            }
        }
        b.finish()
    }

    /// The cleaned text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original span of the clean byte range `r` (clamped to the text).
    pub fn span(&self, r: Range<usize>) -> Span {
        let n = self.text.len();
        let (a, b) = (r.start.min(n), r.end.min(n));
        if n == 0 {
            return Span::default();
        }
        if a >= b {
            let at = if a < n { self.char_at(a).0 } else { self.char_at(n - 1).1 };
            return Span::new(at, at);
        }
        let first = self.run_at(0, a);
        let last = self.run_at(first, b - 1);
        Span::new(self.char_in(first, a).0, self.char_in(last, b - 1).1)
    }

    /// The original byte range of the character that holds clean byte `i` (`i` < the length).
    fn char_at(&self, i: usize) -> (usize, usize) {
        self.char_in(self.run_at(0, i), i)
    }

    /// The index of the run that holds clean byte `i`, searching from run `from` on (which must not
    /// start after `i`). A span's end is nearly always in its start's run or one of the next few,
    /// so those are tried before a binary search of the rest.
    fn run_at(&self, from: usize, i: usize) -> usize {
        const NEAR: usize = 4;
        let rest = self.runs.get(from..).unwrap_or_default();
        let holds_next = |k: usize| rest.get(k + 1).is_some_and(|r| r.clean as usize <= i);
        match (0..NEAR).find(|&k| !holds_next(k)) {
            Some(k) => from + k,
            None => from + rest.partition_point(|r| r.clean as usize <= i).saturating_sub(1),
        }
    }

    /// The original byte range of the character that holds clean byte `i`, which run `k` holds.
    fn char_in(&self, k: usize, i: usize) -> (usize, usize) {
        let Some(r) = self.runs.get(k) else { return (0, 0) };
        let (clean, orig) = (r.clean as usize, r.orig as usize);
        if !r.copy {
            return (orig, orig + r.len as usize);
        }
        let mut start = i;
        while start > clean && !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.text.len() && !self.text.is_char_boundary(end) {
            end += 1;
        }
        (orig + (start - clean), orig + (end - clean))
    }

    /// The original byte offset where the clean byte `i` starts.
    pub fn original_offset(&self, i: usize) -> usize {
        self.span(i..i).start
    }
}

#[derive(Default)]
struct Builder {
    out: CleanText,
    /// Whitespace seen since the last kept character: (newlines, original offset of its start).
    pending_ws: Option<(usize, usize)>,
    last: Option<char>,
    /// Still inside the leading whitespace of a segment.
    at_segment_start: bool,
    /// The current line has a tab: it is a table row, not prose wrapped by a column.
    line_has_tab: bool,
    /// The pending whitespace holds the end of a table row, which stays a break.
    row_ends: bool,
    /// Clean offset where the current line of the original began.
    line_start: usize,
    /// The segment's byte range of the last line a bar was met on, and whether that line is a table
    /// row with bars between its cells (see [`Builder::cell_bar`]).
    bar_line: Option<(Range<usize>, bool)>,
}

impl Builder {
    /// Cleaning never lengthens text by more than a break per segment, so the original length is a
    /// good capacity.
    fn with_capacity(n: usize) -> Builder {
        let mut b = Builder::default();
        b.out.text.reserve(n);
        b
    }

    fn push_segment(&mut self, s: &str, base: usize) {
        if !self.out.text.is_empty() {
            self.push_break(base);
        }
        self.at_segment_start = true;
        self.pending_ws = None;
        self.line_has_tab = false;
        self.row_ends = false;
        self.line_start = self.out.text.len();
        self.bar_line = None;
        let plain = &*PLAIN;
        let mut i = 0;
        while let Some(c) = s.get(i..).and_then(|r| r.chars().next()) {
            let at = base + i;
            // Most of a page is characters the cleaning keeps as they are: those are copied a run
            // at a time, after the whitespace before the run is settled on its first character.
            let end = plain.find(s, i, false).map_or(s.len(), |(k, _)| k);
            if end > i {
                self.flush_ws(c, sub(s, i..));
                self.push_copied(sub(s, i..end), at);
                i = end;
                continue;
            }
            let entity = if c == '&' { space_entity(s.get(i..).unwrap_or_default()) } else { 0 };
            if entity > 0 {
                // A space written as an HTML entity by the page the text was scraped from.
                self.pending_ws = self.pending_ws.or(Some((0, at)));
                i += entity;
                continue;
            }
            i += c.len_utf8();
            if matches!(c, '|' | '｜') && self.cell_bar(s, at - base) {
                // a cell of a table flattened with bars ends as a tab-separated one does
                self.line_has_tab = true;
                self.pending_ws = self.pending_ws.or(Some((0, at)));
                continue;
            }
            if c.is_whitespace() {
                let nl = usize::from(c == '\n');
                if c == '\t' {
                    self.line_has_tab = true;
                } else if c == '\n' {
                    self.row_ends |= self.line_has_tab;
                    self.line_has_tab = false;
                }
                self.pending_ws = match self.pending_ws {
                    Some((n, start)) => Some((n + nl, start)),
                    None => Some((nl, at)),
                };
                continue;
            }
            if self.last.is_some_and(is_cjk) && (c == '(' || c == '（') {
                if let Some(skip) = s.get(at - base..).and_then(pinyin_annotation) {
                    i = at - base + skip.len();
                    continue;
                }
            }
            // Only a few characters' folding looks at the next one (a thousands separator stays).
            let next = if folds_in_context(c) { s.get(i..).and_then(|r| r.chars().next()) } else { None };
            let folded = fold(c, self.last, next);
            self.flush_ws(folded, s.get(at - base..).unwrap_or_default());
            self.push_char(folded, at, at + c.len_utf8(), folded == c);
        }
    }

    /// `rest` is the original from the character `next` was folded from on.
    fn flush_ws(&mut self, next: char, rest: &str) {
        let Some((newlines, start)) = self.pending_ws.take() else { return };
        let row_ends = std::mem::take(&mut self.row_ends);
        if self.at_segment_start {
            return;
        }
        let prev = self.last.unwrap_or(' ');
        let sub_head = newlines == 1 && self.ends_sub_head(next, rest);
        // Lines of a tab-separated table are rows, never words wrapped by a column: their ends stay
        // breaks, so that `合计\t12\n9月4日` does not read as `129月4日`.
        if newlines >= 2
            || sub_head
            || row_ends && newlines >= 1
            || newlines == 1 && next.is_ascii_digit() && !starts_with_clock(rest) && ends_with_date_or_time(&self.out.text)
            || newlines == 1 && prev.is_ascii_alphanumeric() && starts_with_year(rest)
            || newlines == 1 && next.is_ascii_digit() && ends_with_label_value(&self.out.text) && starts_with_month_day(rest)
        {
            self.push_char('\n', start, start + 1, false);
        } else if prev.is_ascii_alphabetic() && next.is_ascii_alphabetic()
            || newlines == 0 && prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric()
        {
            self.push_char(' ', start, start + 1, false);
        }
        if newlines >= 1 {
            self.line_start = self.out.text.len();
        }
    }

    /// Whether the bar at byte `k` of segment `s` separates the cells of a table row
    /// (`雨城区 | 1 | 40 |`): its line has two bars or more. A single bar is a headline's tag bar
    /// (`边督边改 | 我区收到…`) and stays. One look per line.
    fn cell_bar(&mut self, s: &str, k: usize) -> bool {
        if let Some((line, row)) = &self.bar_line {
            if line.contains(&k) {
                return *row;
            }
        }
        let start = sub(s, ..k).rfind('\n').map_or(0, |n| n + 1);
        let end = sub(s, k..).find('\n').map_or(s.len(), |n| k + n);
        let row = sub(s, start..end).chars().filter(|c| matches!(c, '|' | '｜')).count() >= 2;
        self.bar_line = Some((start..end, row));
        row
    }

    /// Whether a line break between the line just read and the next (`next`, the original `rest`)
    /// ends a bulleted sub-head (`●压实责任` over `市委书记王刚要求，…`) or opens one: a bullet
    /// never continues a sentence, and a short bulleted line without clause punctuation, shorter
    /// than the line after it, is a heading of its own, not a line the column wrapped.
    fn ends_sub_head(&self, next: char, rest: &str) -> bool {
        if is_bullet(next) {
            return true;
        }
        let line = sub(&self.out.text, self.line_start..);
        if !line.starts_with(is_bullet) || line.contains(['，', '。', '；', '：', '！', '？']) {
            return false;
        }
        let chars = line.chars().count();
        let next_line = rest.split('\n').next().unwrap_or_default().trim().chars().count();
        chars <= MAX_SUB_HEAD && next_line > chars + 1
    }

    fn push_break(&mut self, at: usize) {
        if self.last != Some('\n') {
            self.push_char('\n', at, at, false);
        }
    }

    /// Appends `c`, which came from original bytes `start..end`; `copied` says it is written there
    /// exactly as here.
    fn push_char(&mut self, c: char, start: usize, end: usize, copied: bool) {
        let clean = self.out.text.len() as u32;
        let (start, end) = (start as u32, end as u32);
        self.out.text.push(c);
        let extends = copied && self.out.runs.last().is_some_and(|r| r.copy && r.orig + r.len == start && r.clean + r.len == clean);
        match self.out.runs.last_mut() {
            Some(r) if extends => r.len += end - start,
            _ => self.out.runs.push(Run { clean, orig: start, len: end - start, copy: copied }),
        }
        self.last = Some(c);
        self.at_segment_start = false;
    }

    /// Appends `run`, copied unchanged from original bytes `start..`: what [`Builder::push_char`]
    /// does for each of its characters, at once.
    fn push_copied(&mut self, run: &str, start: usize) {
        let clean = self.out.text.len() as u32;
        let (start, len) = (start as u32, run.len() as u32);
        self.out.text.push_str(run);
        match self.out.runs.last_mut() {
            Some(r) if r.copy && r.orig + r.len == start && r.clean + r.len == clean => r.len += len,
            _ => self.out.runs.push(Run { clean, orig: start, len, copy: true }),
        }
        self.last = run.chars().next_back().or(self.last);
        self.at_segment_start = false;
    }

    fn finish(self) -> CleanText {
        self.out
    }
}

/// The most characters a bulleted sub-head line holds, its bullet included.
const MAX_SUB_HEAD: usize = 20;

/// The marks layouts open a sub-head or a bulleted paragraph with (`●压实责任`, `■立行立改`).
/// The marks papers set before a sub-head or a byline (`●压实责任`, `■本报记者 张三`). None is a
/// regex metacharacter, so the page layer puts them in character classes as they are.
pub(crate) const BULLETS: &str = "●■◆▲★◎□○◇△☆▶►♦";

pub(crate) fn is_bullet(c: char) -> bool {
    BULLETS.contains(c)
}

/// Whether `text` ends with a complete ISO date or clock time (`2024-05-22`, `18:32`). A web page's
/// `发布时间：2024-05-22` line is followed by a body starting `5月21日`; joining the two as a wrapped
/// number would make `2024-05-225月21日` and lose both dates. A number wrapped mid-way (`3\n1件`)
/// has no such shape.
fn ends_with_date_or_time(text: &str) -> bool {
    let mut groups = [0usize; 3];
    let mut seps = [' '; 2];
    let mut chars = text.chars().rev().peekable();
    for (i, group) in groups.iter_mut().enumerate() {
        while chars.next_if(|c| c.is_ascii_digit()).is_some() {
            *group += 1;
        }
        match (i, chars.next()) {
            (0 | 1, Some(c @ ('-' | '/' | '.' | ':' | '：'))) => {
                if let Some(sep) = seps.get_mut(i) {
                    *sep = c;
                }
            }
            _ => break,
        }
    }
    let is_time = |c: char| c == ':' || c == '：';
    match groups {
        // 2024-05-22, 2024/5/22
        [2, 1 | 2, 4] => seps[0] == seps[1] && !is_time(seps[0]),
        // 18:32, 18:32:05
        [2, 1 | 2, 0] | [2, 2, 1 | 2] => is_time(seps[0]),
        _ => false,
    }
}

/// Whether `text` ends with a number given after a label's colon (`浏览次数：1523`): a page's counter,
/// whole on its line. The body below it starting `7月20日` is no second half of it.
fn ends_with_label_value(text: &str) -> bool {
    let digits = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    let before = sub(text, ..text.len() - digits);
    digits > 0 && (before.ends_with(':') || before.ends_with('：'))
}

/// Whether `rest` starts with a month and day (`7月20日`, `12月9日`).
fn starts_with_month_day(rest: &str) -> bool {
    let b = rest.as_bytes();
    let month = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let Some(after) = rest.get(month..).and_then(|r| r.strip_prefix('月')) else { return false };
    let day = after.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&month) && (1..=2).contains(&day) && after.get(day..).is_some_and(|r| r.starts_with(['日', '号']))
}

/// Whether `rest` starts with a full year (`2022年5月20日`): after a line ending in a letter or digit
/// (a page number `A1`, an issue number `CN36-0001`) it starts the page's date line, not the second
/// half of a wrapped number — a number wrapped mid-way leaves fewer digits before `年` (`202\n2年`).
fn starts_with_year(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() > 4 && b.iter().take(4).all(u8::is_ascii_digit) && rest.get(4..).is_some_and(|r| r.starts_with('年'))
}

/// Whether `rest` starts with a clock time (`08:29`, `8：29`): after a date at a line's end it is the
/// date's time (`2018-11-21\n08:29`), which joins the date as it was before the wrap.
fn starts_with_clock(rest: &str) -> bool {
    let b = rest.as_bytes();
    let hours = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let after = rest.get(hours..).unwrap_or_default();
    let minutes = after.strip_prefix([':', '：']).map_or(0, |m| m.bytes().take_while(u8::is_ascii_digit).count());
    (1..=2).contains(&hours) && minutes == 2
}

/// The longest parenthetical (in bytes) a clause is taken to run across (`（含多巴镇，共）`).
const MAX_PARENTHETICAL: usize = 60;

/// Marks that end a clause of the clean text. No name, count or batch mention runs across one.
/// The separators between the items of a list that share what follows (`衡阳市、常德市各10件`,
/// `来电、来信各7件`, `第二十七、二十八批`).
pub(crate) const LIST_SEPARATORS: [char; 4] = ['、', '和', '及', '与'];

/// Whether `s` is one list separator.
pub(crate) fn is_list_separator(s: &str) -> bool {
    let mut cs = s.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if LIST_SEPARATORS.contains(&c))
}

pub(crate) fn is_clause_end(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '！' | '？' | '\n')
}

/// The clauses of the clean text around the given byte offsets, merged and in order: the windows
/// an extractor whose every match holds an anchor (`件`, `批`) needs to search instead of the whole
/// text. A window starts after a clause end (or at 0) and ends at one (or at the end), so a search
/// of it finds what a search of the whole text finds there. Going back, a parenthetical
/// (`湟中区（含多巴镇，共）5件`) is passed over whole, since a count may follow it.
pub(crate) fn clauses_around(text: &str, mut anchors: Vec<usize>) -> Vec<Range<usize>> {
    anchors.sort_unstable();
    let mut out: Vec<Range<usize>> = Vec::new();
    for a in anchors {
        if out.last().is_some_and(|w| a < w.end) {
            continue;
        }
        let w = clause_around(text, a);
        match out.last_mut() {
            Some(last) if w.start <= last.end => last.end = last.end.max(w.end),
            _ => out.push(w),
        }
    }
    out
}

fn clause_around(text: &str, at: usize) -> Range<usize> {
    let before = text.get(..at).unwrap_or_default();
    let mut start = 0;
    let mut depth = 0usize;
    // Where the innermost open parenthetical began (going back): one is passed over for at most
    // MAX_PARENTHETICAL bytes, so that unbalanced brackets cannot send every anchor back to the
    // start of the text.
    let mut opened_at = at;
    for (i, c) in marks_back(before) {
        match c {
            '）' => {
                if depth == 0 {
                    opened_at = i;
                }
                depth += 1;
            }
            '（' => depth = depth.saturating_sub(1),
            c if is_clause_end(c) && (depth == 0 || c == '\n' || opened_at - i > MAX_PARENTHETICAL) => {
                start = i + c.len_utf8();
                break;
            }
            _ => {}
        }
    }
    let after = text.get(at..).unwrap_or_default();
    let end = marks(after).find(|&(_, c)| is_clause_end(c)).map_or(text.len(), |(i, _)| at + i);
    start..end
}

/// Whether a character starting with byte `b` may be a clause end or a bracket: `\n` or one of
/// the CJK marks (U+3000..U+303F) and full-width forms (U+FF00..U+FFEF). The ideographs between
/// never are, and skipping them by byte is what makes the walk over a clause cheap.
fn may_be_mark(b: u8) -> bool {
    matches!(b, b'\n' | 0xE3 | 0xEF)
}

/// The characters of `s` that may be marks (see `may_be_mark`), with their offsets, from the end.
/// Neither lead byte is ever a continuation byte, so each hit starts a character.
fn marks_back(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = s.as_bytes();
    let mut end = bytes.len();
    std::iter::from_fn(move || {
        let i = bytes.get(..end)?.iter().rposition(|&b| may_be_mark(b))?;
        end = i;
        Some((i, mark_at(s, i)))
    })
}

/// The characters of `s` that may be marks (see `may_be_mark`), with their offsets, in order.
fn marks(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let i = from + bytes.get(from..)?.iter().position(|&b| may_be_mark(b))?;
        from = i + 1;
        Some((i, mark_at(s, i)))
    })
}

fn mark_at(s: &str, i: usize) -> char {
    s.get(i..).and_then(|t| t.chars().next()).unwrap_or_default()
}

/// `s` without the pinyin annotations that some mirror sites insert after characters
/// (`生態(tài)環(huán)境` → `生態環境`); everything else is kept as written.
pub fn strip_annotations(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    for (i, c) in s.char_indices() {
        if i < skip_to {
            continue;
        }
        if prev.is_some_and(is_cjk) && (c == '(' || c == '（') {
            if let Some(a) = s.get(i..).and_then(pinyin_annotation) {
                skip_to = i + a.len();
                continue;
            }
        }
        out.push(c);
        // a line break between a character and its annotation (`广\n(guǎng)`) is skipped, as the
        // clean view skips it
        if !c.is_whitespace() {
            prev = Some(c);
        }
    }
    out
}

/// Whether `c` is a CJK ideograph (the scripts the bulletins are written in).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}' | '〇')
}

/// The matching form of one character, given its neighbours.
fn fold(c: char, prev: Option<char>, next: Option<char>) -> char {
    let c = lexicon::simplified(c);
    match c {
        '（' | '(' => '（',
        '）' | ')' => '）',
        ':' | '：' => '：',
        ';' | '；' => '；',
        '!' | '！' => '！',
        '?' | '？' => '？',
        ',' | '，' => {
            if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit() || is_fullwidth_digit(n)) {
                ','
            } else {
                '，'
            }
        }
        '－' | '–' | '—' | '―' | '−' | '~' | '～' | '〜' | '‐' | '‑' => '-',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '“' | '”' | '〝' | '〞' => '"',
        '‘' | '’' => '\'',
        // OCR reads 第 as the rare 笫, 日 after a number as 曰, and 0 and 1 among digits as the
        // letters O and l (`2O23年`, `l0件`).
        '笫' => '第',
        // 已办结 read as 己办结 or 巳办结 (not 自己经…)
        '己' | '巳' if next.is_some_and(|n| "办经全完".contains(n)) && prev != Some('自') => '已',
        '曰' if prev.is_some_and(crate::number::is_numeral_char) => '日',
        // Guangdong and Hong Kong count cases in 宗 (`信访件14宗`): for the extractors it is 件.
        '宗' if prev.is_some_and(crate::number::is_numeral_char) && !next.is_some_and(|n| "教族旨亲親祠师師派室".contains(n)) => {
            '件'
        }
        'O' | 'o' if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit() || "年月日件".contains(n)) => {
            '0'
        }
        'l' | 'I'
            if next.is_some_and(|n| n.is_ascii_digit()) && !prev.is_some_and(|p| p.is_ascii_alphabetic())
                || prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit() || "年月日件".contains(n)) =>
        {
            '1'
        }
        _ => c,
    }
}

/// Characters whose folding depends on their neighbours (see [`fold`]).
fn folds_in_context(c: char) -> bool {
    matches!(c, ',' | '，' | 'O' | 'o' | 'l' | 'I' | '曰' | '己' | '巳' | '宗')
}

/// Characters of the Basic Multilingual Plane the cleaning copies unchanged whatever surrounds them:
/// not whitespace, not folded, not a bracket that may open a pinyin annotation, not a comma (whose
/// folding looks at its neighbours).
static PLAIN: Lazy<BmpSet> = Lazy::new(|| {
    BmpSet::new(|c| !c.is_whitespace() && !matches!(c, '(' | '（' | '&' | '|') && !folds_in_context(c) && fold(c, None, None) == c)
});

/// A set of characters of the Basic Multilingual Plane, one bit each: the test the scans over
/// whole texts make of every character, without a branch per class of character.
pub(crate) struct BmpSet(Box<[u64; 0x10000 / 64]>);

impl BmpSet {
    pub(crate) fn new(member: impl Fn(char) -> bool) -> BmpSet {
        let mut bits = Box::new([0u64; 0x10000 / 64]);
        for (word, chunk) in bits.iter_mut().enumerate() {
            for bit in 0..64 {
                let is = char::from_u32((word * 64 + bit) as u32).is_some_and(&member);
                *chunk |= u64::from(is) << bit;
            }
        }
        BmpSet(bits)
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        let code = c as usize;
        self.0.get(code / 64).is_some_and(|w| w >> (code % 64) & 1 == 1)
    }

    /// The first character of `text` at or after byte `from` whose membership is `member`, and
    /// where it starts.
    pub(crate) fn find(&self, text: &str, from: usize, member: bool) -> Option<(usize, char)> {
        sub(text, from..).char_indices().find(|&(_, c)| self.contains(c) == member).map(|(i, c)| (from + i, c))
    }
}

/// HTML entities of spaces that survive in scraped pages, escaped once or twice (`&amp;nbsp;`).
const SPACE_ENTITIES: &[&str] = &["&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#12288;", "&#xa0;", "&#x3000;", "&amp;nbsp;"];

/// The length of the space entity `s` starts with, or 0.
fn space_entity(s: &str) -> usize {
    SPACE_ENTITIES.iter().find(|e| s.get(..e.len()).is_some_and(|h| h.eq_ignore_ascii_case(e))).map_or(0, |e| e.len())
}

fn is_fullwidth_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

/// If `s` starts with a pinyin annotation such as `(tài)` or `（huán）`, returns it.
fn pinyin_annotation(s: &str) -> Option<&str> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = if open == '(' { ')' } else { '）' };
    for (letters, (i, c)) in chars.enumerate() {
        if c == close {
            return if (1..=7).contains(&letters) { s.get(..i + c.len_utf8()) } else { None };
        }
        if !is_pinyin_letter(c) || letters > 7 {
            return None;
        }
    }
    None
}

fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clean_char_maps_to_the_char_it_came_from() {
        let original = "本报讯（记者 晴空）１２月\n９日，生態(tài)環(huán)境  GW 单晶硅\u{3000}共3\n1件；合计\t12\n\n下一段。";
        let clean = CleanText::new(original);
        for (i, c) in clean.as_str().char_indices() {
            let sp = clean.span(i..i + c.len_utf8());
            let from = &original[sp.range()];
            // a copied character maps to itself; a folded one to the one character it replaced
            if from != c.to_string() && !from.is_empty() {
                assert_eq!(from.chars().count(), 1, "{c:?} at {i} maps to {from:?}");
            }
            // a span inside one character covers all of it
            assert_eq!(clean.span(i..i + 1), sp);
        }
        assert_eq!(clean.span(0..clean.as_str().len()), Span::new(0, original.len()));
    }

    fn check_map(original: &str, clean: &CleanText) {
        for (i, _) in clean.as_str().char_indices() {
            let sp = clean.span(i..i + 1);
            assert!(original.get(sp.range()).is_some(), "span {sp:?} not on boundaries");
        }
    }

    #[test]
    fn joins_wrapped_words_and_numbers() {
        let s = "共24件 （来\n电19件，来信5件），其中3\n1件、2\n个园区";
        let c = CleanText::new(s);
        assert_eq!(c.as_str(), "共24件（来电19件，来信5件），其中31件、2个园区");
        check_map(s, &c);
        let at = c.as_str().find("来电19件").unwrap();
        let sp = c.span(at..at + "来电19件".len());
        assert_eq!(sp.slice(s), "来\n电19件");
    }

    #[test]
    fn a_counter_at_a_line_end_is_no_wrapped_number() {
        assert_eq!(CleanText::new("浏览次数：1523\n7月20日，督察组").as_str(), "浏览次数：1523\n7月20日，督察组");
        // a count wrapped mid-way still joins
        assert_eq!(CleanText::new("来电1\n5件").as_str(), "来电15件");
    }

    #[test]
    fn a_line_ending_in_a_date_or_time_is_no_wrapped_number() {
        let s = "发布时间：2024-05-22\n5月21日，其中3\n1件\n18:32\n5月19日";
        let c = CleanText::new(s);
        assert_eq!(c.as_str(), "发布时间：2024-05-22\n5月21日，其中31件18：32\n5月19日");
        check_map(s, &c);
        // its own clock time, wrapped, joins the date again
        assert_eq!(CleanText::new("网站 2018-11-21\n08:29）").as_str(), "网站2018-11-2108：29）");
        // a page or issue number over the page's date line
        assert_eq!(CleanText::new("A1\n2022年5月20日").as_str(), "A1\n2022年5月20日");
        assert_eq!(CleanText::new("CN36-0001\n2022年5月").as_str(), "CN36-0001\n2022年5月");
        assert_eq!(CleanText::new("共202\n2年").as_str(), "共2022年");
    }

    #[test]
    fn drops_stray_spaces_and_folds_fullwidth() {
        let s = "12 月 9 日\n下午，噪声１６件（占４５.２％）, 2022 11 23";
        let c = CleanText::new(s);
        assert_eq!(c.as_str(), "12月9日下午，噪声16件（占45.2%），2022 11 23");
        let at = c.as_str().find("12月9日下午").unwrap();
        assert_eq!(c.span(at..at + "12月9日下午".len()).slice(s), "12 月 9 日\n下午");
        let at = c.as_str().find("16").unwrap();
        assert_eq!(c.span(at..at + 2).slice(s), "１６");
        check_map(s, &c);
    }

    #[test]
    fn ocr_letter_and_character_confusions_among_numbers() {
        let s = "12月9曰，笫十七批，2O23年，城东区l0件，己办结3件；子曰，自己经手，Hello 2024，I类水质，html5";
        let c = CleanText::new(s);
        assert_eq!(c.as_str(), "12月9日，第十七批，2023年，城东区10件，已办结3件；子曰，自己经手，Hello 2024，I类水质，html5");
        check_map(s, &c);
    }

    #[test]
    fn space_entities_are_spaces() {
        let original = "12&nbsp;月&NBSP;9日&amp;nbsp;督察组 AT&T";
        let clean = CleanText::new(original);
        assert_eq!(clean.as_str(), "12月9日督察组AT&T");
        check_map(original, &clean);
    }

    #[test]
    fn tab_separated_rows_stay_apart() {
        let s = "序号\t区县\t件数\n1\t江北区\t4\t2\n合计\t\t12\n9月4日，交办";
        let c = CleanText::new(s);
        assert_eq!(c.as_str(), "序号区县件数\n1江北区4 2\n合计12\n9月4日，交办");
        check_map(s, &c);
        // prose wrapped by a column still joins
        assert_eq!(CleanText::new("其中3\n1件").as_str(), "其中31件");
    }

    #[test]
    fn blank_lines_stay_paragraph_breaks() {
        let s = "第一段结束。\n\n  第二段\n开始";
        assert_eq!(CleanText::new(s).as_str(), "第一段结束。\n第二段开始");
    }

    #[test]
    fn bulleted_sub_heads_stay_lines_of_their_own() {
        let s = "边督边改。\n●压实责任\n市委书记王刚要求，各级各部门要切实扛起责任。";
        assert_eq!(CleanText::new(s).as_str(), "边督边改。\n●压实责任\n市委书记王刚要求，各级各部门要切实扛起责任。");
        // a bulleted paragraph the column wrapped is one line; a bullet opens a line all the same
        let s = "●市委书记王刚要求，各级\n各部门要切实扛起责任。";
        assert_eq!(CleanText::new(s).as_str(), "●市委书记王刚要求，各级各部门要切实扛起责任。");
        assert_eq!(CleanText::new("推进整\n●立行立改").as_str(), "推进整\n●立行立改");
    }

    #[test]
    fn bars_between_table_cells_read_as_tabs() {
        // a row's cells join as blanks do (numbers stay apart), its end stays a break; a single
        // tag bar stays as written
        assert_eq!(CleanText::new("雨城区 | 1 | 40 |\n汉源县 | 1 | 10 |").as_str(), "雨城区1 40\n汉源县1 10");
        assert_eq!(CleanText::new("边督边改|我区收到第三批").as_str(), "边督边改|我区收到第三批");
    }

    #[test]
    fn segments_are_kept_apart() {
        let s = "标题一行\n正文第一句";
        let c = CleanText::from_segments(s, &[0..12, 13..s.len()]);
        assert_eq!(c.as_str(), "标题一行\n正文第一句");
        check_map(s, &c);
        assert!(CleanText::from_segments(s, std::slice::from_ref(&(1..4))).as_str().is_empty());
    }

    #[test]
    fn skips_pinyin_annotations() {
        let s = "生態(tài)環(huán)境督察";
        let c = CleanText::new(s);
        assert!(c.as_str().ends_with("督察"));
        assert!(!c.as_str().contains('('));
        check_map(s, &c);
    }

    #[test]
    fn strips_annotations_only() {
        assert_eq!(strip_annotations("生態(tài)環(huán)境（第二批）(ok)"), "生態環境（第二批）(ok)");
        assert_eq!(strip_annotations("葛廣\n(guǎng)場"), "葛廣\n場");
    }

    #[test]
    fn thousands_separators_stay() {
        assert_eq!(CleanText::new("共1,234件,其中").as_str(), "共1,234件，其中");
    }

    #[test]
    fn empty_and_whitespace_only() {
        assert_eq!(CleanText::new("").as_str(), "");
        assert_eq!(CleanText::new(" \n\n ").as_str(), "");
        assert_eq!(CleanText::new("").span(0..5), Span::default());
    }
}
