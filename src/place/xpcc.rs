//! The divisions (师) of the 新疆生产建设兵团 as counted places.
//!
//! Bulletins from Xinjiang count cases for the 兵团's divisions as for counties (`兵团第八师3件`,
//! `新疆生产建设兵团第七师2件`, `第八师石河子市4件`). A division is no administrative division of
//! the statistics list, which gives codes to the cities the 兵团 runs (石河子市 659001 … 白杨市
//! 659012, 自治区直辖县级行政区划) but says nothing of which 师 runs which city. So a division alone
//! has no code, like a functional zone; named together with its city (`第八师石河子市`, the
//! 师市合一 form) it is that city, whose code the list gives.
//!
//! The ordinal takes 师, never 批: `第八批` stays a batch, and a word going on after 师 (`第一师范学院`,
//! `师生`) is no division.

use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use super::{re, Hit};

/// `第八师`, `兵团第八师`, `新疆生产建设兵团第十四师`, `农八师` (the name before 2012).
static DIVISION: Lazy<Regex> = Lazy::new(|| {
    re("(?:新疆生产建设兵团|新疆兵团|兵团)?(?:第(?:十[一二三四]|[一二三四五六七八九十]|1[0-4]|[1-9])|农(?:十[一二三四]|[一二三四五六七八九十]))师")
});

/// Characters that make 师 part of another word (`第一师范`, `第八师生`, `第三师傅`, `第二师资`).
const WORD_AFTER: [char; 5] = ['范', '生', '傅', '资', '父'];

/// Whether a division code is one of the cities the 兵团 runs (`6590xx`).
pub(super) fn is_city(code: u32) -> bool {
    code / 100 == 6590
}

/// The divisions the text names, as ranges of the clean text.
fn division_ranges(text: &str) -> Vec<Range<usize>> {
    DIVISION.find_iter(text).filter(|m| !super::sub(text, m.end()..).starts_with(WORD_AFTER)).map(|m| m.range()).collect()
}

/// `hits` with the divisions the text names: each replaces the places found inside it (the zone
/// `新疆生产建设兵团`, the province's short form `新疆`), and takes in the 兵团 city right after it
/// (`is_city` tells a lexicon name of one).
pub(super) fn with_divisions(text: &str, mut hits: Vec<Hit>, is_city: impl Fn(&str) -> bool) -> Vec<Hit> {
    let divisions = division_ranges(text);
    if divisions.is_empty() {
        return hits;
    }
    for d in divisions {
        let city = hits.iter().position(|h| h.range.start == d.end && h.name(text).is_some_and(&is_city));
        let division = match city.map(|i| hits.remove(i)) {
            Some(c) => Hit { range: d.start..c.range.end, lexical: true, skip: c.range.start - d.start },
            None => Hit::new(d, false),
        };
        hits.retain(|h| !(h.range.start < division.range.end && division.range.start < h.range.end));
        hits.push(division);
    }
    hits.sort_by_key(|h| h.range.start);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divisions_take_shi_never_pi_nor_a_word_going_on() {
        let text = "兵团第八师、第十四师、农八师、第八批、第一师范学院、第十五师";
        let found: Vec<&str> = division_ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["兵团第八师", "第十四师", "农八师"]);
        assert!(is_city(659001) && !is_city(650102));
    }
}
