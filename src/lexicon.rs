//! Embedded lexicons: plain-text files under `lexicons/`, compiled into the binary with
//! `include_str!` and parsed once on first use.
//!
//! Every lexicon is a UTF-8 file of tab-separated columns; `#` starts a comment line, blank lines are
//! ignored. The provenance and licence of each file is in `lexicons/README.md`. The modules that use a
//! lexicon parse it with `rows`; users add their own entries at run time through
//! [`ExtractorBuilder`](crate::ExtractorBuilder).

use std::collections::HashMap;

use once_cell::sync::Lazy;

use crate::error::{Error, Result};

mod words;

pub(crate) use words::Words;

/// Bumped whenever an embedded lexicon changes, so archived output can say which data produced it.
pub const LEXICON_VERSION: &str = "2026.12.7.2";

static SURNAMES_SRC: &str = include_str!("../lexicons/surnames.tsv");

/// Surnames at or below this frequency (per 100k; 5 is the list's floor) are more often ordinary
/// characters (主, 会): a reader of names needs more than the surname to take them as one.
pub(crate) const RARE_SURNAME: f32 = 5.0;

/// The surname list (`lexicons/surnames.tsv`): one- and two-character surnames, the single ones with
/// their frequency. Officials' names and a brief's closing credit (`（王平）`) are read with it.
#[derive(Debug)]
pub(crate) struct Surnames {
    single: HashMap<char, f32>,
    compound: std::collections::HashSet<String>,
}

impl Surnames {
    fn parse(src: &str) -> Surnames {
        let mut single = HashMap::new();
        let mut compound = std::collections::HashSet::new();
        for (_, f) in rows(src) {
            let (Some(s), freq) = (f.first(), f.get(1).and_then(|x| x.parse::<f32>().ok()).unwrap_or(RARE_SURNAME)) else { continue };
            let mut cs = s.chars();
            match (cs.next(), cs.next(), cs.next()) {
                (Some(c), None, _) => {
                    single.insert(c, freq);
                }
                (Some(_), Some(_), None) => {
                    compound.insert(s.to_string());
                }
                _ => {}
            }
        }
        Surnames { single, compound }
    }

    /// The surname `item` starts with: its length in bytes and its frequency (a compound surname
    /// first, at a common frequency).
    pub(crate) fn lead(&self, item: &str) -> Option<(usize, f32)> {
        let mut cs = item.char_indices();
        let (_, c0) = cs.next()?;
        if let Some((i1, c1)) = cs.next() {
            let two = i1 + c1.len_utf8();
            if item.get(..two).is_some_and(|s| self.compound.contains(s)) {
                return Some((two, COMPOUND_SURNAME));
            }
        }
        self.single.get(&c0).map(|&f| (c0.len_utf8(), f))
    }

    /// Whether `c` is a one-character surname.
    pub(crate) fn contains(&self, c: char) -> bool {
        self.single.contains_key(&c)
    }
}

/// The frequency a compound surname is read at: rare as they are, two characters leave little doubt.
const COMPOUND_SURNAME: f32 = 10.0;

/// The embedded surname list, parsed on first use.
pub(crate) static SURNAMES: Lazy<Surnames> = Lazy::new(|| Surnames::parse(SURNAMES_SRC));

/// The data lines of a lexicon: `(1-based line number, tab-separated fields)`.
pub(crate) fn rows(src: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    src.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        Some((i + 1, line.split('\t').map(str::trim).collect()))
    })
}

/// Like `rows`, but every line must have at least `min_fields` fields.
pub(crate) fn checked_rows<'a>(name: &str, src: &'a str, min_fields: usize) -> Result<Vec<(usize, Vec<&'a str>)>> {
    rows(src)
        .map(|(line, f)| {
            if f.len() < min_fields || f.iter().take(min_fields).any(|x| x.is_empty()) {
                Err(Error::Lexicon { name: name.to_string(), line, message: format!("expected {min_fields} tab-separated fields") })
            } else {
                Ok((line, f))
            }
        })
        .collect()
}

static T2S_SRC: &str = include_str!("../lexicons/t2s.tsv");

/// The traditional → simplified table: dense over the CJK blocks where nearly all pairs lie (one
/// array read per character of every input, so no hashing), a map for the rest.
struct T2s {
    dense: Vec<char>,
    sparse: HashMap<char, char>,
    /// The smallest character of `sparse`: below it, past the dense blocks, lie the full-width
    /// forms and punctuation, which map to themselves without a hash.
    sparse_from: u32,
}

const DENSE_FROM: u32 = 0x3400;
const DENSE_TO: u32 = 0xA000;

static T2S: Lazy<T2s> = Lazy::new(|| {
    let mut t2s = T2s { dense: vec!['\0'; (DENSE_TO - DENSE_FROM) as usize], sparse: HashMap::new(), sparse_from: u32::MAX };
    for (_, f) in rows(T2S_SRC) {
        let (Some(t), Some(s)) = (single_char(f.first()), single_char(f.get(1))) else { continue };
        match t2s.dense.get_mut((t as u32).wrapping_sub(DENSE_FROM) as usize) {
            Some(slot) => *slot = s,
            None => {
                t2s.sparse.insert(t, s);
                t2s.sparse_from = t2s.sparse_from.min(t as u32);
            }
        }
    }
    t2s
});

fn single_char(field: Option<&&str>) -> Option<char> {
    let mut it = field?.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// Parses the embedded character and surname tables now rather than on the first article that needs them.
pub(crate) fn warm_up() {
    Lazy::force(&T2S);
    Lazy::force(&SURNAMES);
}

/// `s` with its traditional characters read as simplified ones, borrowed when it has none: for the
/// few literal tests made on text the cleaning did not see (the original, a name as written).
pub(crate) fn simplify(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(|c| simplified(c) == c) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().map(simplified).collect())
    }
}

/// The simplified form of a traditional character (for matching only), or the character itself.
/// Inlined: the cleaning asks for every character it does not copy as it is, and most of those
/// (spaces, ASCII, punctuation) are answered by the first comparison.
#[inline]
pub fn simplified(c: char) -> char {
    let code = c as u32;
    if code < DENSE_FROM {
        return c;
    }
    let t2s = &*T2S;
    match t2s.dense.get((code - DENSE_FROM) as usize) {
        Some('\0') => c,
        Some(&s) => s,
        None if code < t2s.sparse_from => c,
        None => t2s.sparse.get(&c).copied().unwrap_or(c),
    }
}

/// Traditional forms of the characters that division units and zone suffixes are written with
/// (`区` → `區`, `县` → `縣`, `经济开发区` → `經濟開發區`). The t2s table maps the other way only; these few
/// are needed to write a unit in a traditional page's script and to match zone suffixes it lacks.
const UNIT_TRADITIONAL: &[(char, char)] = &[
    ('区', '區'),
    ('县', '縣'),
    ('维', '維'),
    ('尔', '爾'),
    ('壮', '壯'),
    ('门', '門'),
    ('别', '別'),
    ('湾', '灣'),
    ('龙', '龍'),
    ('经', '經'),
    ('济', '濟'),
    ('开', '開'),
    ('发', '發'),
    ('会', '會'),
    ('园', '園'),
    ('业', '業'),
    ('产', '產'),
    ('术', '術'),
    ('实', '實'),
    ('验', '驗'),
    ('试', '試'),
    ('范', '範'),
    ('税', '稅'),
    ('员', '員'),
];

/// The traditional form of a character of a unit name or zone suffix, if it has one of its own.
pub(crate) fn traditional_of_unit_char(c: char) -> Option<char> {
    UNIT_TRADITIONAL.iter().find(|(s, _)| *s == c).map(|&(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_skip_comments_and_blanks() {
        let r: Vec<_> = rows("# c\n\na\tb\r\n c \n").collect();
        assert_eq!(r, vec![(3, vec!["a", "b"]), (4, vec!["c"])]);
    }

    #[test]
    fn checked_rows_report_the_line() {
        let e = checked_rows("x", "a\tb\nc\n", 2).unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn traditional_maps_to_simplified() {
        assert_eq!(simplified('組'), '组');
        assert_eq!(simplified('舉'), '举');
        assert_eq!(simplified('縣'), '县');
        assert_eq!(simplified('中'), '中');
        assert_eq!(simplified('a'), 'a');
        // a look-alike that OpenCC does not list (scripts/build_t2s.py adds it)
        assert_eq!(simplified('茍'), '苟');
    }
}
