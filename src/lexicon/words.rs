//! Leftmost-longest search of a word list, with the automaton run only where a word can start.
//!
//! Chinese text gives an unanchored automaton no byte to skip to: every character may start a
//! word, and a search steps through every byte. But a word starts only where the text's next two
//! characters are the first two of some word (or its next character is a one-character word), and
//! in bulletins only a few characters in a hundred are. A hashed bit set of those pairs finds
//! them in a look per character, and the automaton runs anchored there.
//!
//! The earliest start at which an anchored search finds a word, with the longest word found there,
//! is the leftmost-longest match of an unanchored search: the results are the same.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

/// A word list and its gated search.
#[derive(Debug)]
pub(crate) struct Words {
    /// The words, searched anchored.
    ac: AhoCorasick,
    /// The pairs of characters the words of two characters or more start with.
    pairs: PairSet,
    /// The words of one character (few lists have any).
    singles: Vec<char>,
}

/// One word found: its byte range and its index in the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub range: Range<usize>,
    pub word: usize,
}

impl Words {
    /// The automaton over `words` (of the given kind, or the one the library picks), with the
    /// gate of their first characters. An empty word, which would match everywhere, is refused.
    pub(crate) fn new<W: AsRef<str>>(words: &[W], kind: Option<AhoCorasickKind>) -> Result<Words, String> {
        if words.iter().any(|w| w.as_ref().is_empty()) {
            return Err("an empty word".to_string());
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(kind)
            .start_kind(StartKind::Anchored)
            .build(words.iter().map(AsRef::<str>::as_ref))
            .map_err(|e| e.to_string())?;
        let mut pairs = PairSet::new();
        let mut singles = Vec::new();
        for w in words {
            let mut cs = w.as_ref().chars();
            match (cs.next(), cs.next()) {
                (Some(a), Some(b)) => pairs.insert(a, b),
                (Some(a), None) if !singles.contains(&a) => singles.push(a),
                _ => {}
            }
        }
        Ok(Words { ac, pairs, singles })
    }

    /// The leftmost-longest word in `text` that starts at or after `at` (a character boundary).
    pub(crate) fn find_from(&self, text: &str, at: usize) -> Option<Found> {
        let mut chars = text.get(at..)?.char_indices().map(|(i, c)| (at + i, c));
        let (mut start, mut first) = chars.next()?;
        loop {
            let next = chars.next();
            let opens = match next {
                Some((_, second)) => self.pairs.contains(first, second),
                None => false,
            };
            if opens || !self.singles.is_empty() && self.singles.contains(&first) {
                if let Some(m) = self.ac.find(Input::new(text).range(start..).anchored(Anchored::Yes)) {
                    return Some(Found { range: m.start()..m.end(), word: m.pattern().as_usize() });
                }
            }
            (start, first) = next?;
        }
    }

    /// Every leftmost-longest word of `text`, in order and without overlaps.
    pub(crate) fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Found> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.find_from(text, at)?;
            at = found.range.end;
            Some(found)
        })
    }
}

/// A hashed bit set of character pairs: a pair that only shares a bit with a member is let
/// through, and the automaton then finds no word.
#[derive(Debug)]
struct PairSet {
    bits: Vec<u64>,
}

impl PairSet {
    /// Bits in the set: some sixteen times the pairs of the places lexicon, few collisions.
    const BITS: u32 = 17;

    fn new() -> PairSet {
        PairSet { bits: vec![0; (1 << Self::BITS) / 64] }
    }

    fn bit(a: char, b: char) -> usize {
        let key = (u64::from(a) << 21 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (key >> (64 - Self::BITS)) as usize
    }

    fn insert(&mut self, a: char, b: char) {
        let k = Self::bit(a, b);
        if let Some(w) = self.bits.get_mut(k / 64) {
            *w |= 1 << (k % 64);
        }
    }

    fn contains(&self, a: char, b: char) -> bool {
        let k = Self::bit(a, b);
        self.bits.get(k / 64).is_some_and(|w| w >> (k % 64) & 1 == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_an_unanchored_search_finds() {
        let words = ["水", "水污染", "污水", "大气", "大气污染", "其他", "生态环境", "生态"];
        let text = "水污染、大气污染问题，污水处理厂，生态环境，其他3件，水";
        let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).unwrap();
        let want: Vec<Found> = ac.find_iter(text).map(|m| Found { range: m.range(), word: m.pattern().as_usize() }).collect();
        let w = Words::new(&words, None).unwrap();
        assert_eq!(w.find_iter(text).collect::<Vec<_>>(), want);
        assert_eq!(want.len(), 6);
    }
}
