//! Byte spans into the original input.

use serde::{Deserialize, Serialize};

/// A half-open `[start, end)` range of **byte** offsets into the original input text.
///
/// Spans always point at the text exactly as the caller gave it (after decoding to UTF-8), never at
/// the cleaned copy used for matching, so `&input[span.range()]` is the mention, line breaks included.
/// Python users should note these are byte offsets, not character offsets.
///
/// Serializes as a two-element array `[start, end]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte of the mention.
    pub start: usize,
    /// One past the last byte of the mention.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is swapped so that `start <= end` always holds.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// The span as a `Range`, for slicing.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    /// The text of the span in `haystack`, or `""` when the span does not lie on char boundaries
    /// inside it (never panics).
    pub fn slice<'h>(&self, haystack: &'h str) -> &'h str {
        haystack.get(self.range()).unwrap_or("")
    }
}

/// `at`, or the nearest character boundary of `s` before it: where a byte budget cut into a
/// character, the cut moves back to its start.
pub(crate) fn floor_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `&s[r]` for offsets computed from `s` itself (regex matches, `char_indices`), or `""` when `r` is out
/// of bounds or splits a character: such an offset would be a bug, and an empty string is harmless
/// where a panic on input data is not.
pub(crate) fn sub<R: std::slice::SliceIndex<str, Output = str>>(s: &str, r: R) -> &str {
    s.get(r).unwrap_or("")
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span::new(a[0], a[1])
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

/// Mentions sorted by where they start, so that "which mentions lie in this sentence" costs a binary
/// search rather than a pass over the article: records are assembled sentence by sentence, and a
/// scan per sentence would make a long list-like page quadratic.
pub(crate) struct SpanIndex<'a, T> {
    items: Vec<(Span, &'a T)>,
    /// The longest span, which bounds how far before a range an overlapping item can start.
    longest: usize,
}

impl<'a, T> SpanIndex<'a, T> {
    /// Indexes `items` by `span_of`; items starting together keep their order.
    pub(crate) fn new(items: &'a [T], span_of: impl Fn(&T) -> Span) -> SpanIndex<'a, T> {
        let mut items: Vec<(Span, &'a T)> = items.iter().map(|t| (span_of(t), t)).collect();
        items.sort_by_key(|(s, _)| s.start);
        let longest = items.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
        SpanIndex { items, longest }
    }

    /// The items that start inside `outer` (`outer.start <= start < outer.end`), in text order.
    pub(crate) fn starting_in(&self, outer: Span) -> impl DoubleEndedIterator<Item = &'a T> + '_ {
        let from = self.items.partition_point(|(s, _)| s.start < outer.start);
        let to = self.items.partition_point(|(s, _)| s.start < outer.end).max(from);
        self.items.get(from..to).unwrap_or_default().iter().map(|(_, t)| *t)
    }

    /// The items whose span overlaps `other`.
    pub(crate) fn overlapping(&self, other: Span) -> impl Iterator<Item = &'a T> + '_ {
        let earliest = other.start.saturating_sub(self.longest);
        let from = self.items.partition_point(|(s, _)| s.start < earliest);
        let to = self.items.partition_point(|(s, _)| s.start < other.end).max(from);
        self.items.get(from..to).unwrap_or_default().iter().filter(move |(s, _)| s.overlaps(other)).map(|(_, t)| *t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_index_answers_like_a_scan() {
        let spans: Vec<Span> = [(0, 3), (2, 9), (5, 6), (5, 7), (12, 15)].iter().map(|&(a, b)| Span::new(a, b)).collect();
        let idx = SpanIndex::new(&spans, |s| *s);
        for a in 0..16 {
            for b in a..17 {
                let q = Span::new(a, b);
                let scan: Vec<&Span> = spans.iter().filter(|s| s.start >= a && s.start < b).collect();
                assert_eq!(idx.starting_in(q).collect::<Vec<_>>(), scan);
                let scan: Vec<&Span> = spans.iter().filter(|s| s.overlaps(q)).collect();
                assert_eq!(idx.overlapping(q).collect::<Vec<_>>(), scan, "{q:?}");
            }
        }
    }

    #[test]
    fn serializes_as_pair() {
        let s = Span::new(3, 9);
        assert_eq!(serde_json::to_string(&s).unwrap(), "[3,9]");
        let back: Span = serde_json::from_str("[3,9]").unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn inverted_pairs_are_ordered_and_slicing_never_panics() {
        let s = Span::new(9, 3);
        assert_eq!((s.start, s.end), (3, 9));
        assert_eq!(Span::new(1, 2).slice("中"), "");
        assert_eq!(Span::new(0, 3).slice("中文"), "中");
    }
}
