//! Respectively-lists: the figures a list of names is given in order (`大气、水污染分别为12件、8件`,
//! `依次占41%、27%`).
//!
//! Bulletins write them after a list of places, channels or pollution categories; each extractor
//! finds its own list and marker, and [`respective`] reads the figures after the marker: counts in
//! the units the caller takes, shares in `%`, a count's share in brackets, and a second list of
//! shares after the counts.

use crate::number::{leading, leading_spaced};
use crate::span::sub;
use crate::text::is_cjk;

/// The figures a respectively-list gives its names in order: `分别为12件、8件、5件`, `分别占41%、27%`,
/// `依次为12、8、5件` (a bare value takes the unit written after the values that follow it),
/// `分别为12件（占40%）、8件（26.7%）`, and counts followed by their shares
/// (`分别为12件、8件，分别占40%、26.7%`, `…，占比分别为40%、26.7%`).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Respective {
    /// The counts, in order.
    pub counts: Vec<u64>,
    /// The shares in percent, in order.
    pub shares: Vec<f64>,
    /// Bytes of the text the list took, marker included.
    pub len: usize,
}

/// The words that say the figures after them go to a list's names in order.
pub(crate) const RESPECTIVE_MARKERS: &[&str] = &["分别", "依次"];

/// What may stand between a marker and its figures. A change (`分别同比下降12%`, `分别比上年减少3件`)
/// is no list of figures.
const RESPECTIVE_VERBS: &[&str] = &["占比为", "占比", "约占", "占", "为", "是", "有", "达", "计", "涉及", "交办", "转办", "收到", "接到"];

/// Reads a respectively-list at the start of `s`, which starts with its marker (`分别`, `依次`).
/// `count_units` are the units a count may be written in (`件`, `个` …), longest first; a share is
/// written with `%`. `None` when no figure follows, or when a figure is a change in points
/// (`分别下降3个百分点`) or a bare number of something else (`分别为3年`).
pub(crate) fn respective(s: &str, count_units: &[&str]) -> Option<Respective> {
    let mut out = Respective::default();
    let mut at = respective_head(s, 0)?;
    at = respective_figures(s, at, count_units, &mut out)?;
    // the shares after the counts: `，分别占40%…`, `，占比分别为40%…`
    if let Some(second) = sub(s, at..).strip_prefix('，').map(|_| at + '，'.len_utf8()).and_then(|k| respective_head(s, k)) {
        let mut more = Respective::default();
        if let Some(end) = respective_figures(s, second, count_units, &mut more).filter(|_| more.counts.is_empty()) {
            out.shares.extend(more.shares);
            at = end;
        }
    }
    out.len = at;
    Some(out)
}

/// The offset after a marker and its verb (`分别为`, `依次是`, `占比分别为`, `分别占`) that stands at
/// `at`, or `None` when none does.
fn respective_head(s: &str, at: usize) -> Option<usize> {
    let strip_verb = |k: usize| RESPECTIVE_VERBS.iter().find(|v| sub(s, k..).starts_with(**v)).map_or(k, |v| k + v.len());
    let strip_marker = |k: usize| RESPECTIVE_MARKERS.iter().find(|m| sub(s, k..).starts_with(**m)).map(|m| k + m.len());
    if let Some(k) = strip_marker(at) {
        return Some(strip_verb(k));
    }
    // `占比分别为`, `占分别`: the verb before the marker
    let k = ["占比", "占"].iter().find(|v| sub(s, at..).starts_with(**v)).map(|v| at + v.len())?;
    strip_marker(k).map(strip_verb)
}

/// Reads the figures of a list from `at` into `out`; the offset after the last figure taken.
fn respective_figures(s: &str, mut at: usize, count_units: &[&str], out: &mut Respective) -> Option<usize> {
    // values written bare wait for the unit after them (`12、8、5件`)
    let mut bare: Vec<f64> = Vec::new();
    let mut taken = false;
    // the end of the last figure taken, before the separator after it
    let mut last = at;
    loop {
        let rest = sub(s, at..);
        // `1 2件`: digits an OCR'd line split are one count when a count unit follows them
        let spaced = leading_spaced(rest).filter(|n| count_units.iter().any(|u| sub(rest, n.len..).starts_with(*u)));
        let Some(n) = spaced.or_else(|| leading(rest)) else { break };
        let after = sub(rest, n.len..);
        let unit = count_units.iter().find(|u| after.starts_with(**u)).copied().or_else(|| after.starts_with('%').then_some("%"));
        let mut end = at + n.len + unit.map_or(0, str::len);
        match unit {
            Some(_) if sub(s, end..).starts_with("百分点") => return None,
            Some("%") => {
                out.shares.append(&mut bare);
                out.shares.push(n.value);
            }
            Some(_) => {
                let counts = bare.drain(..).map(|v| (v.fract() == 0.0).then_some(v as u64)).collect::<Option<Vec<_>>>()?;
                out.counts.extend(counts);
                out.counts.push(n.int?);
                // a count's share in brackets: `12件（占40%）`, `12件（40%）`
                if let Some((share, len)) = bracketed_share(sub(s, end..)) {
                    out.shares.push(share);
                    end += len;
                }
            }
            None => {
                // a value of something else spoils the list when it opens it (`分别为3年`) and ends it
                // after a figure: `4件、3件，三明市沙县区1件` goes on with a place whose name begins with a numeral
                if sub(s, end..).starts_with(|c: char| is_cjk(c) && !"、和及与".contains(c)) {
                    if !taken {
                        return None;
                    }
                    at = last;
                    break;
                }
                bare.push(n.value);
            }
        }
        taken = true;
        at = end;
        last = end;
        let next = sub(s, at..);
        let sep = RESPECTIVE_SEPARATORS.iter().find(|p| next.starts_with(**p)).map(|p| p.len());
        // a few stray characters after a figure with its unit (`15.7%988星河娱乐、8.8%`: spam a web
        // page injected, or OCR noise) are skipped to the next separator
        let sep = sep.or_else(|| if unit.is_some() { stray_run(next) } else { None });
        let Some(sep) = sep.filter(|&len| leading(sub(next, len..)).is_some()) else { break };
        at += sep;
    }
    if !taken {
        return None;
    }
    // bare values without any unit are counts (`分别为12、8、5`)
    if !bare.is_empty() {
        let counts = bare.into_iter().map(|v| (v.fract() == 0.0).then_some(v as u64)).collect::<Option<Vec<_>>>()?;
        out.counts.extend(counts);
    }
    Some(at)
}

/// What separates the figures of a respectively-list.
const RESPECTIVE_SEPARATORS: &[&str] = &["以及", "、", "，", ",", "和", "及", "与"];

/// How many characters of stray text a respectively-list skips between two figures.
const STRAY_CHARS: usize = 8;

/// The bytes of a short run of stray text at the start of `s` up to and including the list
/// separator that ends it, or `None` when the clause or the list ends first.
fn stray_run(s: &str) -> Option<usize> {
    for (k, c) in s.char_indices().take(STRAY_CHARS + 1) {
        if "，。；：！？\n（）".contains(c) {
            return None;
        }
        if c == '、' {
            return (k > 0).then_some(k + c.len_utf8());
        }
    }
    None
}

/// A share in brackets at the start of `s` (`（占40%）`, `（占比40%）`, `（40%）`) and its bytes.
fn bracketed_share(s: &str) -> Option<(f64, usize)> {
    let inner = s.strip_prefix('（')?;
    let v = ["占比", "占"].iter().find(|v| inner.starts_with(**v)).map_or(0, |v| v.len());
    let n = leading(sub(inner, v..))?;
    let close = sub(inner, v + n.len..).strip_prefix("%）")?;
    Some((n.value, s.len() - close.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn respectively_lists() {
        const UNITS: &[&str] = &["件", "个"];
        let r = |s: &str| respective(s, UNITS).map(|r| (r.counts, r.shares));
        assert_eq!(r("分别为12件、8件和5件。"), Some((vec![12, 8, 5], vec![])));
        assert_eq!(r("分别占41%、27%。"), Some((vec![], vec![41.0, 27.0])));
        assert_eq!(r("依次为12、8、5件，占比分别为40%、26.7%、16.7%"), Some((vec![12, 8, 5], vec![40.0, 26.7, 16.7])));
        assert_eq!(r("分别为12件（占40%）、8件（26.7%）"), Some((vec![12, 8], vec![40.0, 26.7])));
        assert_eq!(r("分别为十二件、八件"), Some((vec![12, 8], vec![])));
        assert_eq!(r("分别为1 2件、8件、1 0 5件"), Some((vec![12, 8, 105], vec![])));
        assert_eq!(r("分别为12、8"), Some((vec![12, 8], vec![])));
        // stray text between two figures
        assert_eq!(r("分别占39.5%、15.7%988星河娱乐、8.8%"), Some((vec![], vec![39.5, 15.7, 8.8])));
        // the list ends where the figures stop
        assert_eq!(r("分别为12件、8件，涉及城东区5件").map(|x| x.0), Some(vec![12, 8]));
        assert_eq!(r("分别为4件、3件，三明市沙县区1件").map(|x| x.0), Some(vec![4, 3]));
        assert_eq!(respective("分别为4件、3件，三明市", UNITS).map(|r| r.len), Some("分别为4件、3件".len()));
        assert_eq!(respective("分别为12件、8件，分别占40%、26.7%", UNITS).map(|r| r.len), Some("分别为12件、8件，分别占40%、26.7%".len()));
        // changes, points and values of other things are no figures of the list
        assert_eq!(r("分别同比下降12%、8%"), None);
        assert_eq!(r("分别下降3个百分点、2个百分点"), None);
        assert_eq!(r("分别为3年、5年"), None);
        assert_eq!(r("分别"), None);
        // a count in a unit the caller does not take is a value of something else
        assert_eq!(respective("分别为3个、2个", &["件"]), None);
    }
}
