//! Place names → administrative division codes; district counts.
//!
//! The lexicon (`lexicons/places.tsv`, built by `scripts/build_places.py` from the statistics
//! bureau's division list) holds every province, prefecture and county-level division under its
//! current name, its short forms (`西宁`, `大通县`, `海西州`) and its former names (`湟中县`). One
//! leftmost-longest automaton over all of them finds the places of an article.
//!
//! Names are not unique: 城中区 is a district of both Xining and Liuzhou, 朝阳 names four divisions.
//! A name resolves by the article itself: every unambiguous place it mentions votes for its province
//! and prefecture, and the candidate with most votes wins. Functional zones (开发区, 高新区, 新区 …)
//! are places bulletins count cases for, but not divisions: they resolve with no code.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::AhoCorasickKind;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::DistrictCount;
use crate::error::{Error, Result};
use crate::extractor::Ctx;
use crate::lexicon::Words;
use crate::lexicon::{self, checked_rows};
use crate::number;
use crate::span::sub;
use crate::text::{is_list_separator, LIST_SEPARATORS};

mod xpcc;

static PLACES_SRC: &str = include_str!("../lexicons/places.tsv");

/// How a name relates to its division; a better kind beats a worse one when a name is ambiguous.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// The current official name.
    Full,
    /// A short form.
    Alias,
    /// A name from before a rename.
    Former,
}

/// A division code as a number (`630121`); `None` for a functional zone.
type Code = Option<u32>;

#[derive(Clone, Copy, Debug)]
struct Cand {
    code: Code,
    kind: Kind,
}

/// A place a name resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The canonical full name (`西宁市`), or the name as given for a zone or an unresolved name.
    pub name: String,
    /// The 6-digit division code, or `None` for a functional zone or an ambiguous name.
    pub code: Option<String>,
}

/// The administrative-division lexicon, with user additions.
///
/// The embedded lexicon's automaton takes ~20 ms to build, so it is built once per process and
/// shared; user additions get a small automaton of their own, searched alongside.
#[derive(Debug)]
pub(crate) struct Places {
    base: &'static Lexicon,
    user: Option<Lexicon>,
}

/// One set of names with their automaton.
#[derive(Debug)]
struct Lexicon {
    /// The divisions each name can mean; the index is the automaton's pattern id.
    cands: Vec<Vec<Cand>>,
    by_name: HashMap<String, usize>,
    /// The canonical name of each code.
    full: HashMap<u32, String>,
    words: Words,
}

impl Lexicon {
    fn cands(&self, name: &str) -> &[Cand] {
        self.by_name.get(name).and_then(|&i| self.cands.get(i)).map(Vec::as_slice).unwrap_or_default()
    }
}

/// The embedded lexicon; its validity is checked by the test suite.
#[allow(clippy::expect_used)]
static BASE: Lazy<Lexicon> = Lazy::new(|| {
    let mut b = Builder::default();
    b.add_lexicon("places.tsv", PLACES_SRC, None).expect("the embedded places lexicon is valid");
    b.finish().expect("the embedded places lexicon builds")
});

/// Votes of an article for provinces (key `pp`) and prefectures (key `pppp`).
#[derive(Debug, Default)]
struct Votes {
    province: HashMap<u32, u32>,
    city: HashMap<u32, u32>,
}

/// A place found in the clean text.
#[derive(Clone, Debug)]
struct Hit {
    range: Range<usize>,
    /// A lexicon name (the matched text is the name), or else a functional zone found by its suffix.
    lexical: bool,
    /// Bytes of `range` before the lexicon name: a 兵团 division named with its city
    /// (`第八师石河子市`) resolves as the city.
    skip: usize,
}

impl Hit {
    fn new(range: Range<usize>, lexical: bool) -> Hit {
        Hit { range, lexical, skip: 0 }
    }

    /// The lexicon name of a lexical hit, in `text`.
    fn name<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range.start + self.skip..self.range.end).filter(|_| self.lexical)
    }
}

impl Places {
    /// Loads the embedded lexicon plus `extra` lexicon texts (`name TAB code [TAB full|alias|former]`,
    /// code `-` for a zone without one).
    ///
    /// # Errors
    /// [`Error::Lexicon`] when an extra lexicon line is malformed.
    pub fn new(extra: &[String]) -> Result<Places> {
        let base: &'static Lexicon = &BASE;
        if extra.iter().all(|s| lexicon::rows(s).next().is_none()) {
            return Ok(Places { base, user: None });
        }
        let mut b = Builder::default();
        for (i, src) in extra.iter().enumerate() {
            b.add_lexicon(&format!("user places #{}", i + 1), src, Some(base))?;
        }
        Ok(Places { base, user: Some(b.finish()?) })
    }

    /// Every reading of a name (in matching form), user additions included.
    fn cands(&self, name: &str) -> Vec<Cand> {
        let mut out = self.base.cands(name).to_vec();
        if let Some(u) = &self.user {
            out.extend(u.cands(name).iter().filter(|c| !out.iter().any(|o| o.code == c.code)).copied().collect::<Vec<_>>());
        }
        out
    }

    /// The canonical name of a code.
    fn full(&self, code: u32) -> Option<&String> {
        self.user.as_ref().and_then(|u| u.full.get(&code)).or_else(|| self.base.full.get(&code))
    }

    /// Every place written with a count of cases.
    pub fn district_counts(&self, ctx: &Ctx<'_>) -> Vec<DistrictCount> {
        let text = ctx.text();
        // Only clauses that hold a count can hold a counted place; the rest of the article is read
        // for its places only when a counted name is ambiguous and needs the article's votes.
        let mut hits = self.hits_in(text, &count_clauses(text));
        drop_word_parts(text, &mut hits);
        if hits.is_empty() {
            return Vec::new();
        }
        let votes = self.votes_if_ambiguous(text, &hits);
        let mut out: Vec<(Range<usize>, usize, u64)> = Vec::new(); // (mention, hit index, count)
        counts_in_lists(text, &hits, &mut out);
        counts_in_tables(text, &hits, &mut out);
        out.sort_by_key(|(r, _, _)| (r.start, r.end));
        out.dedup_by_key(|(r, _, _)| r.start);
        out.into_iter()
            .filter_map(|(mention, h, count)| {
                let hit = hits.get(h)?;
                let span = ctx.span(mention);
                let code = hit
                    .name(text)
                    .and_then(|n| self.resolve_near(text, hit.range.start + hit.skip, n).or_else(|| self.resolve_key(n, &votes)));
                let code = code.map(format_code);
                Some(DistrictCount { text: ctx.original_text(span), span, name: written(ctx, hit.range.clone()), code, count })
            })
            .collect()
    }

    /// Resolves a place name (as written, traditional characters and short forms allowed) to its
    /// division, using the places that `context` (the article's clean text) mentions to choose
    /// between divisions of the same name. A functional zone resolves with no code; a name that is
    /// neither a known place nor a zone gives `None`.
    pub fn resolve(&self, name: &str, context: &str) -> Option<Place> {
        let key = matching_form(name);
        if self.cands(&key).is_empty() {
            return is_zone_name(&key).then_some(Place { name: key, code: None });
        }
        let votes = self.votes_when(self.best_group(&key).len() > 1, context);
        match self.resolve_key(&key, &votes) {
            Some(code) => {
                let name = self.full(code).cloned().unwrap_or(key);
                Some(Place { name, code: Some(format_code(code)) })
            }
            None => {
                // Every reading of the name may still agree on the full name (城中区).
                let group = self.best_group(&key);
                let mut fulls = group.iter().map(|c| c.code.and_then(|c| self.full(c)));
                let name = match fulls.next() {
                    Some(Some(f)) if fulls.all(|g| g == Some(f)) => f.clone(),
                    _ => key,
                };
                Some(Place { name, code: None })
            }
        }
    }

    /// The canonical full name of a place (`西宁` → `西宁市`, `青海` → `青海省`); see [`Places::resolve`].
    pub fn full_name(&self, name: &str, context: &str) -> Option<String> {
        self.resolve(name, context).map(|p| p.name)
    }

    /// The candidates of the best kind the name has.
    fn best_group(&self, name: &str) -> Vec<Cand> {
        let cands = self.cands(name);
        let best = cands.iter().map(|c| c.kind).min();
        cands.into_iter().filter(|c| Some(c.kind) == best).collect()
    }

    /// An ambiguous name (`鼓楼区`) resolved by the prefecture or province named last before it in its
    /// sentence (`福州市鼓楼区`, `徐州市收到5件，其中鼓楼区2件`): a provincial report lists the
    /// districts of several cities, and the article's votes cannot tell their 鼓楼区s apart.
    fn resolve_near(&self, text: &str, at: usize, name: &str) -> Option<u32> {
        let group = self.best_group(name);
        if group.len() < 2 || group.iter().any(|c| c.code.is_none()) {
            return None;
        }
        let mut from = at.saturating_sub(NEAR_WINDOW);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let window = sub(text, from..at);
        let before =
            window.char_indices().rev().find(|&(_, c)| c == '。' || c == '\n').map_or(window, |(k, c)| sub(window, k + c.len_utf8()..));
        let hits = self.lexical_hits(before);
        let parent = hits.iter().rev().find_map(|h| match self.best_group(sub(before, h.range.clone())).as_slice() {
            [Cand { code: Some(c), .. }] if level(*c) < 2 => Some(*c),
            _ => None,
        })?;
        let inside = |c: u32| if level(parent) == 0 { c / 10_000 == parent / 10_000 } else { c / 100 == parent / 100 };
        let mut within = group.iter().filter_map(|c| c.code).filter(|&c| inside(c));
        match (within.next(), within.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }

    /// The code a name resolves to under the article's votes, or `None` (zone, or a tie).
    fn resolve_key(&self, name: &str, votes: &Votes) -> Option<u32> {
        let group = self.best_group(name);
        if group.iter().any(|c| c.code.is_none()) {
            return None;
        }
        let codes: Vec<u32> = group.iter().filter_map(|c| c.code).collect();
        if let [one] = codes.as_slice() {
            return Some(*one);
        }
        // Prefecture votes weigh more than province votes; on a tie the higher level wins
        // (`大理` is the prefecture rather than the city of the same name).
        let score = |c: u32| {
            let city = votes.city.get(&(c / 100)).copied().unwrap_or(0);
            let prov = votes.province.get(&(c / 10_000)).copied().unwrap_or(0);
            (2 * city + prov, std::cmp::Reverse(level(c)))
        };
        let best = codes.iter().map(|&c| score(c)).max()?;
        let mut winners = codes.iter().filter(|&&c| score(c) == best);
        match (winners.next(), winners.next()) {
            (Some(&c), None) => Some(c),
            _ => None,
        }
    }

    /// Places in the clean text: lexicon names, functional zones and towns found by their suffix, and
    /// the divisions of the 兵团 (`兵团第八师`).
    fn hits(&self, text: &str) -> Vec<Hit> {
        let hits = self.places_and_zones(text);
        if !text.contains('师') {
            return hits;
        }
        xpcc::with_divisions(text, hits, |n| {
            let group = self.best_group(n);
            !group.is_empty() && group.iter().all(|c| c.code.is_some_and(xpcc::is_city))
        })
    }

    /// Lexicon names, and functional zones and towns found by their suffix.
    fn places_and_zones(&self, text: &str) -> Vec<Hit> {
        let lex = self.lexical_hits(text);
        let mut zones = zone_ranges(text);
        let mut towns = town_ranges(text, &lex);
        // a zone's name may end like a county's (`甘河工业园区`): the zone stands
        towns.extend(
            unknown_counties_listed(text, &lex, &zones).into_iter().filter(|c| !zones.iter().any(|z| z.start < c.end && c.start < z.end)),
        );
        if !towns.is_empty() {
            zones.retain(|z| !towns.iter().any(|t| t.start < z.end && z.start < t.end));
            zones.extend(towns);
            zones.sort_by_key(|z| z.start);
        }
        if zones.is_empty() {
            return lex;
        }
        let mut out: Vec<Hit> = Vec::with_capacity(lex.len() + zones.len());
        let mut keep_zone = vec![true; zones.len()];
        for (zi, z) in zones.iter().enumerate() {
            for h in &lex {
                let overlaps = h.range.start < z.end && z.start < h.range.end;
                let inside = z.start <= h.range.start && h.range.end <= z.end;
                // A real division whose name ends like a zone (浦东新区) stays what it is.
                let same_end_real =
                    h.range.end == z.end && text.get(h.range.clone()).is_some_and(|n| self.best_group(n).iter().all(|c| c.code.is_some()));
                if overlaps && (!inside || same_end_real) {
                    if let Some(k) = keep_zone.get_mut(zi) {
                        *k = false;
                    }
                }
            }
        }
        let kept: Vec<Range<usize>> = zones.into_iter().zip(keep_zone).filter_map(|(z, k)| k.then_some(z)).collect();
        out.extend(lex.into_iter().filter(|h| !kept.iter().any(|z| z.start <= h.range.start && h.range.end <= z.end)));
        out.extend(kept.into_iter().map(|range| Hit::new(range, false)));
        out.sort_by_key(|h| h.range.start);
        out
    }

    /// The length of the lexicon name `s` starts with (the longest), if any.
    pub(crate) fn leading_name(&self, s: &str) -> Option<usize> {
        // Names are at most a few characters long: the head of `s` is enough to search.
        let head = s.char_indices().nth(LONGEST_NAME).map_or(s, |(i, _)| sub(s, ..i));
        self.lexical_hits(head).first().filter(|h| h.range.start == 0).map(|h| h.range.end)
    }

    /// Places in the given windows of the clean text. Windows are clauses, bounded by punctuation no
    /// name contains, so a window holds exactly the places a search of the whole text finds there.
    fn hits_in(&self, text: &str, windows: &[Range<usize>]) -> Vec<Hit> {
        let mut out = Vec::new();
        for w in windows {
            let Some(part) = text.get(w.clone()) else { continue };
            out.extend(self.hits(part).into_iter().map(|h| Hit { range: h.range.start + w.start..h.range.end + w.start, ..h }));
        }
        out
    }

    /// The article's votes, read only when one of `hits` has more than one reading.
    fn votes_if_ambiguous(&self, text: &str, hits: &[Hit]) -> Votes {
        let ambiguous = hits.iter().any(|h| h.name(text).is_some_and(|n| self.best_group(n).len() > 1));
        self.votes_when(ambiguous, text)
    }

    /// The votes of every place in `text` when `needed`: a full search, which only an ambiguous
    /// name is worth.
    fn votes_when(&self, needed: bool, text: &str) -> Votes {
        if needed {
            self.votes(text, &self.hits(text))
        } else {
            Votes::default()
        }
    }

    /// Leftmost-longest lexicon matches, over the embedded and the user names together.
    fn lexical_hits(&self, text: &str) -> Vec<Hit> {
        let mut all: Vec<Hit> = names_in(self.base, text);
        let Some(u) = &self.user else { return all };
        all.extend(names_in(u, text));
        all.sort_by_key(|h| (h.range.start, std::cmp::Reverse(h.range.end)));
        let mut out: Vec<Hit> = Vec::with_capacity(all.len());
        for h in all {
            if out.last().is_none_or(|l| l.range.end <= h.range.start) {
                out.push(h);
            }
        }
        out
    }

    /// Every place the text names without ambiguity votes for its province and prefecture.
    fn votes(&self, text: &str, hits: &[Hit]) -> Votes {
        let mut v = Votes::default();
        for h in hits {
            let Some(n) = h.name(text) else { continue };
            if let [Cand { code: Some(c), .. }] = self.best_group(n).as_slice() {
                *v.province.entry(c / 10_000).or_default() += 1;
                *v.city.entry(c / 100).or_default() += 1;
            }
        }
        v
    }
}

/// The names of `lex` in `text`, leftmost-longest, except one that starts on the `中` of `其中`
/// (`其中江阳区3件` names 江阳区, not 中江县): the search goes on from the character after it.
fn names_in(lex: &Lexicon, text: &str) -> Vec<Hit> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = lex.words.find_from(text, at).map(|f| f.range) {
        if sub(text, m.start..).starts_with('中') && sub(text, ..m.start).ends_with('其') {
            at = m.start + '中'.len_utf8();
            continue;
        }
        at = m.end;
        out.push(Hit::new(m, true));
    }
    out
}

/// How far back (in bytes) [`Places::resolve_near`] looks for the prefecture of an ambiguous name.
const NEAR_WINDOW: usize = 120 * 3;

/// 0 for a province, 1 for a prefecture, 2 for a county.
fn level(code: u32) -> u8 {
    if code.is_multiple_of(10_000) {
        0
    } else if code.is_multiple_of(100) {
        1
    } else {
        2
    }
}

fn format_code(c: u32) -> String {
    format!("{c:06}")
}

/// The form names are matched in: simplified characters, no white space.
fn matching_form(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).map(lexicon::simplified).collect()
}

/// The name as written in the original: character by character, so that line breaks and inserted
/// pinyin annotations (`達(dá)州市`) drop out.
fn written(ctx: &Ctx<'_>, r: Range<usize>) -> String {
    let text = ctx.text();
    let Some(s) = text.get(r.clone()) else { return String::new() };
    let mut out = String::new();
    for (i, c) in s.char_indices() {
        let a = r.start + i;
        let orig = ctx.span(a..a + c.len_utf8()).slice(ctx.original);
        // The original of one clean character is one character, perhaps with an annotation after it.
        match orig.chars().find(|o| !o.is_whitespace()) {
            Some(o) => out.push(o),
            None => out.push(c),
        }
    }
    out
}

#[derive(Default)]
struct Builder {
    names: Vec<String>,
    cands: Vec<Vec<Cand>>,
    by_name: HashMap<String, usize>,
    full: HashMap<u32, String>,
}

impl Builder {
    /// Adds the lines of `src`; a line without a kind is an alias when `base` or this lexicon
    /// already has a full name for its code.
    fn add_lexicon(&mut self, lexicon: &str, src: &str, base: Option<&Lexicon>) -> Result<()> {
        for (line, f) in checked_rows(lexicon, src, 2)? {
            let err = |message: String| Error::Lexicon { name: lexicon.to_string(), line, message };
            // checked_rows guarantees the two fields
            let &[name, code, ..] = f.as_slice() else { return Err(err("expected 2 tab-separated fields".to_string())) };
            let name = matching_form(name);
            let code = parse_code(code).ok_or_else(|| err(format!("{code:?} is not a 6-digit division code or -")))?;
            let kind = match f.get(2).copied().filter(|k| !k.is_empty()) {
                Some("full") => Kind::Full,
                Some("alias") => Kind::Alias,
                Some("former") => Kind::Former,
                Some(k) => return Err(err(format!("kind {k:?} is not full, alias or former"))),
                None => match code {
                    Some(c) if self.full.contains_key(&c) || base.is_some_and(|b| b.full.contains_key(&c)) => Kind::Alias,
                    _ => Kind::Full,
                },
            };
            if name.chars().count() < 2 {
                return Err(err(format!("name {name:?} is shorter than two characters")));
            }
            if let (Kind::Full, Some(c)) = (kind, code) {
                self.full.entry(c).or_insert_with(|| name.clone());
            }
            let idx = match self.by_name.get(&name) {
                Some(&i) => i,
                None => {
                    self.names.push(name.clone());
                    self.cands.push(Vec::new());
                    self.by_name.insert(name, self.names.len() - 1);
                    self.names.len() - 1
                }
            };
            if let Some(c) = self.cands.get_mut(idx) {
                if !c.iter().any(|x| x.code == code) {
                    c.push(Cand { code, kind });
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<Lexicon> {
        // Not a DFA: alone it searches 1.6× faster, but its 12 MiB push the rest of the
        // pipeline out of the cache, and the whole extraction runs slower.
        let words = Words::new(&self.names, Some(AhoCorasickKind::ContiguousNFA)).map_err(|message| Error::Lexicon {
            name: "places".into(),
            line: 0,
            message,
        })?;
        Ok(Lexicon { cands: self.cands, by_name: self.by_name, full: self.full, words })
    }
}

fn parse_code(s: &str) -> Option<Code> {
    if s == "-" {
        return Some(None);
    }
    (s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten().map(Some)
}

// ---------------------------------------------------------------------------------------------
// Functional zones

const ZONE_SUFFIX: &str = "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|\
工业园区|产业园区|园区|综合实验区|试验区|示范区|航空港区|保税区|管理区|直管区|新区|风景名胜区|风景区|\
旅游度假区|度假区|生产建设兵团|能源化工基地|化工基地|生态城|科技城|科学城|工业集中区|自贸区|新片区|工业园|产业园|农场|林场|垦区)\
(?:管委会|管理委员会)?|管委会|管理委员会";

static ZONE: Lazy<Regex> = Lazy::new(|| re(&with_traditional(ZONE_SUFFIX)));
static ZONE_WHOLE: Lazy<Regex> = Lazy::new(|| re(&format!("^[^，。；：、]{{0,12}}{}$", with_traditional(ZONE_SUFFIX))));

/// `pattern` with each simplified character of the unit names widened to a class of both forms. The
/// text layer folds traditional characters to simplified ones, but its table is not complete
/// (`經濟開發區管委會`), and a zone suffix missed would lose the whole mention.
fn with_traditional(pattern: &str) -> String {
    pattern
        .chars()
        .map(|c| match lexicon::traditional_of_unit_char(c) {
            Some(t) => format!("[{c}{t}]"),
            None => c.to_string(),
        })
        .collect()
}

/// Words a zone's name never contains; the name starts after the last of them.
const ZONE_STOPS: &[&str] = &["其中", "涉及", "包括", "分别", "以及", "分布", "另有", "位于", "来自", "交办", "转办", "收到"];
/// Characters a zone's name never holds (`…交办的第十四批群河湟新区` names 河湟新区 at most).
const ZONE_STOP_CHARS: &str = "的第批件在了是对";
/// How far back from its suffix a zone's name may reach, in characters.
const ZONE_MAX_PREFIX: usize = 10;

/// Compiles one of this module's fixed patterns.
#[allow(clippy::expect_used)]
fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the place patterns are valid")
}

/// Whether `name` is a functional zone's (`河湟新区`, `长白山管委会`): by its suffix, whatever
/// division its first characters also name.
pub(crate) fn is_zone(name: &str) -> bool {
    is_zone_name(&matching_form(name))
}

/// The length of the zone `s` starts with (`长白山管委会收到…` → 长白山管委会), if any.
pub(crate) fn leading_zone(s: &str) -> Option<usize> {
    let head = s.char_indices().nth(ZONE_MAX_PREFIX + LONGEST_ZONE_SUFFIX).map_or(s, |(i, _)| sub(s, ..i));
    zone_ranges(head).first().filter(|z| z.start == 0).map(|z| z.end)
}

/// The most characters of a zone suffix (`高新技术产业开发区管委会`).
const LONGEST_ZONE_SUFFIX: usize = 12;

fn is_zone_name(name: &str) -> bool {
    ZONE_WHOLE.is_match(name)
}

/// Where the name before a suffix at `end` starts: back over at most `max` CJK characters, to the
/// first that is no CJK character or that `stops`.
fn name_run_start(text: &str, end: usize, max: usize, stops: impl Fn(char) -> bool) -> usize {
    sub(text, ..end).char_indices().rev().take(max).take_while(|&(_, c)| crate::text::is_cjk(c) && !stops(c)).last().map_or(end, |(i, _)| i)
}

/// Zones named before one of the suffixes: from the suffix back over CJK characters to a
/// punctuation mark or a stop word.
fn zone_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for m in ZONE.find_iter(text) {
        let mut start = name_run_start(text, m.start(), ZONE_MAX_PREFIX, |c| ZONE_STOP_CHARS.contains(c));
        let prefix = text.get(start..m.start()).unwrap_or_default();
        if let Some(cut) = ZONE_STOPS.iter().filter_map(|w| prefix.rfind(w).map(|i| i + w.len())).max() {
            start += cut;
        }
        // A zone inside a zone is part of its name (`天府新区成都直管区`): the outer one stands.
        out.retain(|z: &Range<usize>| !(start <= z.start && z.end <= m.end()));
        out.push(start..m.end());
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Towns

/// County bulletins count their cases by town and subdistrict (`城关镇2件、南湖街道1件`). The
/// lexicon stops at counties, so a town is found by its suffix and, like a zone, has no 6-digit code.
static TOWN: Lazy<Regex> = Lazy::new(|| re(&with_traditional("(?:街道办事处|街道|街办|镇|乡|苏木)")));
/// Town names are short: two to four characters before the suffix.
const TOWN_PREFIX: std::ops::RangeInclusive<usize> = 2..=4;
/// Words that start a generic phrase rather than a name (`各乡镇`, `全镇`, `部分街道`, `城乡`).
const TOWN_GENERIC_START: &[&str] = &[
    "各", "全", "本", "该", "我", "其他", "其余", "相关", "有关", "部分", "多个", "个别", "乡", "镇", "农村", "下辖", "所属", "辖区",
    "返乡", "回乡", "家乡", "城乡", "街道",
];

/// Towns with their suffix, when a count follows (a town is only of interest with its cases). The
/// name runs back over CJK characters to a punctuation mark, a stop word or the end of a county
/// name found in the lexicon (`湟中区多巴镇` names the town 多巴镇).
fn town_ranges(text: &str, lex: &[Hit]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for m in TOWN.find_iter(text) {
        let rest = sub(text, m.end()..);
        if count_at(rest).or_else(|| bracketed_count(rest)).is_none() && !rest.starts_with(['、', '和', '及', '各', '均']) {
            continue;
        }
        let mut start = name_run_start(text, m.start(), *TOWN_PREFIX.end() + 2, |_| false);
        let prefix = sub(text, start..m.start());
        let after_list_sep = prefix.rfind(LIST_SEPARATORS).map(|i| i + '、'.len_utf8());
        let mut cut = ZONE_STOPS.iter().filter_map(|w| prefix.rfind(w).map(|i| i + w.len())).chain(after_list_sep).max().unwrap_or(0);
        // A county name ending right at the suffix is the town's own name (`城关镇`, `南湖街道`).
        if let Some(end) = lex.iter().map(|h| h.range.end).filter(|&e| start < e && e < m.start()).max() {
            if sub(text, end..m.start()).chars().count() >= *TOWN_PREFIX.start() {
                cut = cut.max(end - start);
            }
        }
        start += cut;
        let name = sub(text, start..m.start());
        let chars = name.chars().count();
        if TOWN_PREFIX.contains(&chars)
            && !TOWN_GENERIC_START.iter().any(|w| name.starts_with(w))
            && !lex.iter().any(|h| h.range.start < m.end() && start < h.range.end && !(start <= h.range.start && h.range.end <= m.end()))
        {
            out.push(start..m.end());
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Counties the lexicon lacks

/// Suffixes of county-level names.
static COUNTY_SUFFIX: Lazy<Regex> = Lazy::new(|| re(&with_traditional("(?:区|县)")));
/// County names are short: two or three characters before the suffix.
const COUNTY_PREFIX: std::ops::RangeInclusive<usize> = 2..=3;
/// Generic phrases that end like a county name (`老城区`, `居民小区`, `其他县区`).
const COUNTY_GENERIC_START: &[&str] = &[
    "老城",
    "主城",
    "中心城",
    "新城",
    "城乡",
    "居民小",
    "住宅小",
    "其他",
    "其余",
    "各",
    "全",
    "本",
    "该",
    "我",
    "部分",
    "相关",
    "有关",
    "所辖",
    "下辖",
];
/// What separates the items of a list of counted places.
const COUNTED_LIST_SEPARATORS: &[char] = &['、', '，', '；', '和', '及', '与'];

/// A county-level name the lexicon does not hold (a district made or renamed after the division
/// list was taken) is still a place when it stands in a list of counted places next to a known one
/// (`城东区3件、城南区2件`, `城东区、城南区分别为…`). Like a zone it has no code. Alone it would be
/// any word ending in 区 (`景区`, `居民小区`), so the known neighbour is required.
fn unknown_counties(text: &str, neighbours: &[Hit], lex: &[Hit]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for m in COUNTY_SUFFIX.find_iter(text) {
        if lex.iter().any(|h| h.range.start < m.end() && m.start() < h.range.end) {
            continue;
        }
        let start = name_run_start(text, m.start(), *COUNTY_PREFIX.end(), |c| COUNTED_LIST_SEPARATORS.contains(&c));
        let name = start..m.end();
        let prefix = sub(text, start..m.start());
        // the name must start after a boundary, not inside a longer name
        let bounded =
            sub(text, ..start).chars().next_back().is_none_or(|c| !crate::text::is_cjk(c) || COUNTED_LIST_SEPARATORS.contains(&c));
        if !bounded
            || !COUNTY_PREFIX.contains(&prefix.chars().count())
            || COUNTY_GENERIC_START.iter().chain(ZONE_STOPS).any(|w| prefix.starts_with(w))
            || !known_neighbour(text, neighbours, &name)
        {
            continue;
        }
        out.push(name);
    }
    out
}

/// [`unknown_counties`] along a list: a zone counted in it, or a county read so, is a neighbour as
/// good as a known place (`高新区1件、起步区1件、青林区2件`). Each round takes one more step along
/// the list; lists are short, and the rounds are bounded all the same.
fn unknown_counties_listed(text: &str, lex: &[Hit], zones: &[Range<usize>]) -> Vec<Range<usize>> {
    const MAX_ROUNDS: usize = 8;
    let mut found = unknown_counties(text, lex, lex);
    if found.is_empty() && zones.is_empty() {
        return found;
    }
    let mut neighbours: Vec<Hit> = lex.iter().cloned().chain(zones.iter().map(|z| Hit::new(z.clone(), false))).collect();
    for _ in 0..MAX_ROUNDS {
        for f in &found {
            if !neighbours.iter().any(|n| n.range == *f) {
                neighbours.push(Hit::new(f.clone(), false));
            }
        }
        let more = unknown_counties(text, &neighbours, lex);
        if more.len() == found.len() {
            break;
        }
        found = more;
    }
    found
}

/// Whether a known place stands next to `name` in a list: right before it (after its count, if
/// any, and a separator) or right after it (likewise).
fn known_neighbour(text: &str, lex: &[Hit], name: &Range<usize>) -> bool {
    let counted_end = |end: usize| end + count_at(sub(text, end..)).map_or(0, |(_, len)| len);
    let after = counted_end(name.end);
    let next = sub(text, after..).strip_prefix(COUNTED_LIST_SEPARATORS).map(|r| text.len() - r.len());
    if next.is_some_and(|n| lex.iter().any(|h| h.range.start == n)) {
        return true;
    }
    let before = sub(text, ..name.start);
    let Some(sep) = before.chars().next_back().filter(|c| COUNTED_LIST_SEPARATORS.contains(c)) else { return false };
    let prev_end = name.start - sep.len_utf8();
    lex.iter().any(|h| h.range.end == prev_end || h.range.end < prev_end && counted_end(h.range.end) == prev_end)
}

// ---------------------------------------------------------------------------------------------
// Counts

/// More characters than any division name has (`积石山保安族东乡族撒拉族自治县` has 15).
const LONGEST_NAME: usize = 20;

/// Characters after a number that make it a date, an amount or an ordinal rather than a table cell.
fn is_unit(c: char) -> bool {
    matches!(
        c,
        '年' | '月' | '日' | '号' | '时' | '点' | '分' | '秒' | '批' | '件' | '个' | '万' | '亿' | '元' | '%' | '.' | ',' | '-' | '：'
    )
}

/// The clauses of `text` that may hold a place with a count: those with `件`, and those with a
/// bare number between a name and the next name or the end of a paragraph (a flattened table
/// row). Merged and in order.
fn count_clauses(text: &str) -> Vec<Range<usize>> {
    let mut anchors = count_anchors(text);
    let windows = crate::text::clauses_around(text, anchors.clone());
    // `城关区：5件`: a colon ends a clause, but not the name before it, whose count follows; nor
    // does the comma after a place's rank (`城东区最多，有12件`).
    let joined = |w: &Range<usize>| {
        let before = sub(text, ..w.start);
        if before.ends_with('：') {
            return Some(w.start - '：'.len_utf8());
        }
        let rank = before.strip_suffix('，').and_then(|b| RANKS.iter().find(|r| b.ends_with(*r)))?;
        Some(w.start - '，'.len_utf8() - rank.len())
    };
    let heads: Vec<usize> = windows.iter().filter_map(joined).collect();
    if heads.is_empty() {
        return windows;
    }
    anchors.extend(heads);
    crate::text::clauses_around(text, anchors)
}

/// The anchors of [`count_clauses`]: each `件`, each `起` after a numeral, and each bare number
/// after a CJK character (a table cell). One pass over the bytes finds them all.
fn count_anchors(text: &str) -> Vec<usize> {
    const JIAN: &[u8] = "件".as_bytes();
    const QI: &[u8] = "起".as_bytes();
    let bytes = text.as_bytes();
    let mut anchors = Vec::new();
    let mut i = 0;
    while let Some(k) = next_anchor_byte(bytes, i) {
        if bytes.get(k).is_some_and(u8::is_ascii_digit) {
            i = k;
            while bytes.get(i).is_some_and(|b| b.is_ascii_digit() || *b == b' ') {
                i += 1;
            }
            let after = sub(text, i..).chars().next();
            let before = sub(text, ..k).trim_end_matches(' ').chars().next_back();
            if before.is_some_and(crate::text::is_cjk) && after.is_none_or(|c| c == '\n' || crate::text::is_cjk(c) && !is_unit(c)) {
                anchors.push(k);
            }
            continue;
        }
        i = k + 1;
        // `k` ends a character: UTF-8 being self-synchronising, its three bytes are 件 or 起 or neither
        let Some(start) = k.checked_sub(2) else { continue };
        let ch = bytes.get(start..=k).unwrap_or_default();
        // `昌吉州5起`: incidents counted in 起 are cases too (after a number only: 一起, 起草 are words)
        let counted_in_qi = || {
            sub(text, ..start).chars().next_back().is_some_and(|c| c.is_ascii_digit() || c != '一' && number::is_chinese_numeral_char(c))
        };
        if ch == JIAN || ch == QI && counted_in_qi() {
            anchors.push(start);
        }
    }
    anchors
}

/// The first byte at or after `from` that is an ASCII digit or the last byte of 件 (`B6`) or 起
/// (`B7`).
fn next_anchor_byte(bytes: &[u8], from: usize) -> Option<usize> {
    let is_anchor = |b: &u8| b.wrapping_sub(b'0') < 10 || b & 0xFE == 0xB6;
    bytes.get(from..)?.iter().position(is_anchor).map(|k| from + k)
}

/// Division names that are also common words (`中心城区`, `主城区`, `城郊区`): the name only when it
/// starts a word.
const WORD_LIKE_NAMES: &[&str] = &["城区", "郊区", "矿区"];

/// Drops the hits of [`WORD_LIKE_NAMES`] that sit inside a longer word: after a CJK character that
/// is neither the end of a place (`阳泉市城区`), a list separator nor the end of a stop word (`涉及`).
fn drop_word_parts(text: &str, hits: &mut Vec<Hit>) {
    let place_ends: Vec<usize> = hits.iter().map(|h| h.range.end).collect();
    hits.retain(|h| {
        let Some(name) = text.get(h.range.clone()) else { return true };
        if !h.lexical || !WORD_LIKE_NAMES.contains(&name) {
            return true;
        }
        let before = sub(text, ..h.range.start);
        let inside_word = before.chars().next_back().is_some_and(crate::text::is_cjk)
            && !place_ends.contains(&h.range.start)
            && !before.ends_with(LIST_SEPARATORS)
            && !ZONE_STOPS.iter().chain(&["为", "是", "有"]).any(|w| before.ends_with(w));
        !inside_word
    });
}

/// `N件` at the start of `s` (after an optional 共/共计/有/为/的, or a colon: `城关区：5件`,
/// `涉及格尔木市的4件`), after the verb of what the place received (`收到`, `交办`, `受理的信访件`), or
/// after its rank (`城东区最多，有12件`, `城西区次之，为9件`): the count and the bytes taken.
fn count_at(s: &str) -> Option<(u64, usize)> {
    let lead = COUNT_LEAD.find(s).map_or(0, |m| m.end());
    // `城西区近30件`, `城东区约20件`: an approximate count is the place's count all the same
    let lead = lead + number::approx_lead(sub(s, lead..));
    let rest = s.get(lead..)?;
    // `20件次` (reports counted per person) is a count of cases too
    let times = |end: usize| if sub(rest, end..).starts_with('次') { '次'.len_utf8() } else { 0 };
    if let Some(n) = number::leading_spaced(rest).filter(|n| sub(rest, n.len..).starts_with('件')) {
        let end = n.len + '件'.len_utf8();
        return Some((n.int?, lead + end + times(end)));
    }
    let n = number::leading(rest)?;
    let after = rest.get(n.len..)?;
    let end = n.len + '件'.len_utf8();
    // not 一起 (together: `与城东区一起`)
    if after.starts_with('起') && !rest.starts_with("一起") {
        return Some((n.int?, lead + end));
    }
    after.starts_with('件').then_some((n.int?, lead + end + times(end)))
}

/// What a place's rank may say it ranks by (`涪城区反映问题最多，有16件`, `城东区信访件较多，为9件`).
const RANKED: &str = "(?:(?:反映|被投诉|被举报)?的?(?:问题|信访件|举报件|投诉件|件数|数量)?的?)";

/// The words that rank a place before its count (`城东区最多，有12件`).
const RANKS: [&str; 7] = ["最多", "较多", "最少", "次之", "其次", "居首", "居次"];

/// What may stand between a place and its count: a verb of receiving or handing over, with the
/// cases it names (`城关区受理的信访件6件`, `城东区交办5件`, `宜昌市共收到13件`), or a linking word
/// (`城东区共有5件`, `城东区共有信访件5件`, `互助县涉及4件`). The cases named are the complaint nouns only: `收到督察组交办件13件` counts
/// what the group handed over in all.
static COUNT_LEAD: Lazy<Regex> = Lazy::new(|| {
    re(&format!(
        "^(?:(?:共计|合计|共|已)?(?:收到|接到|接收|交办|转办|受理|涉及|有)了?的?(?:群众)?(?:信访举报件|信访件|举报件|投诉件)?(?:共计|合计|共|计|有|为)?\
        |{RANKED}(?:{})，?(?:共有|有|为|共|达)?\
        |共计|合计|共有|的有|共|计|有|为|：|的)",
        RANKS.join("|")
    ))
});

/// A short parenthetical right after a name (`湟中区（含多巴镇）5件`): bytes to skip.
fn parenthetical(s: &str) -> usize {
    if !s.starts_with('（') {
        return 0;
    }
    match s.find('）') {
        Some(end) if end <= 60 && !sub(s, ..end).contains('\n') && !sub(s, '（'.len_utf8()..end).contains('（') => end + '）'.len_utf8(),
        _ => 0,
    }
}

/// A count in brackets right after a name (`天河区（8件）`): the count and the bytes taken, brackets
/// included.
fn bracketed_count(s: &str) -> Option<(u64, usize)> {
    let inner = s.strip_prefix('（')?;
    let (count, len) = count_at(inner)?;
    sub(inner, len..).starts_with('）').then_some((count, '（'.len_utf8() + len + '）'.len_utf8()))
}

/// `分别为2件、6件`: the counts in order, if the text right after a list says so.
fn respectively(s: &str) -> Option<Vec<u64>> {
    static LEAD: Lazy<Regex> = Lazy::new(|| re(r"^[^，。；：\n]{0,24}?分别"));
    let k = LEAD.find(s)?.end() - "分别".len();
    let list = crate::respective::respective(sub(s, k..), &["件"])?;
    list.shares.is_empty().then_some(list.counts)
}

/// Counts written after a name or after a list of names; `out` gets (mention, hit, count).
fn counts_in_lists(text: &str, hits: &[Hit], out: &mut Vec<(Range<usize>, usize, u64)>) {
    let mut i = 0;
    while let Some(first) = hits.get(i) {
        let mut j = i;
        let mut last = first;
        while let Some(next) = hits.get(j + 1).filter(|n| separated(text, last.range.end, n.range.start)) {
            j += 1;
            last = next;
        }
        let end = last.range.end;
        let rest = text.get(end..).unwrap_or_default();
        if j > i {
            let n = j - i + 1;
            let list = hits.get(i..=j).unwrap_or_default();
            if let Some(each) = rest.strip_prefix(['各', '均']).and_then(count_at) {
                out.extend((i..).zip(list).map(|(k, h)| (h.range.clone(), k, each.0)));
            } else if let Some(counts) = respectively(rest).filter(|c| c.len() == n) {
                out.extend((i..).zip(list).zip(counts).map(|((k, h), c)| (h.range.clone(), k, c)));
            }
            // A list followed by a single count (`A、B 10件`) gives the two together: no one's count.
            i = j + 1;
            continue;
        }
        // `向湖北省交办信访件100件`: the unit handed the cases is the hand-over's recipient, and its
        // count the whole hand-over, no district's share of it — unless the hand-over is broken down
        // (`其中向城东区交办5件、向城西区交办3件`).
        if sub(text, ..first.range.start).strip_suffix('向').is_some_and(|b| !["其中", "其中，", "、"].iter().any(|w| b.ends_with(w)))
        {
            i += 1;
            continue;
        }
        let skip = parenthetical(rest);
        let after_parenthetical = rest.get(skip..).and_then(count_at).map(|(count, len)| (count, skip + len));
        if let Some((count, len)) = after_parenthetical.or_else(|| bracketed_count(rest)) {
            out.push((first.range.start..end + len, i, count));
        }
        i += 1;
    }
}

/// Whether the text between two names is one list separator.
fn separated(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(is_list_separator)
}

/// Whether the text between one row's numbers and the next row's name is no more than a row
/// break: nothing (`城东区2城中区6`), or a line break and the next row's serial number
/// (`江北区4 2\n2渝北区6`, from a tab-separated table).
fn row_gap(text: &str, end: usize, next: usize) -> bool {
    let Some(gap) = text.get(end..next) else { return false };
    gap.is_empty() || gap.strip_prefix('\n').is_some_and(|g| g.bytes().all(|b| b.is_ascii_digit() || b == b' ') && g.len() <= 4)
}

/// Tables flattened into text (`城东区2城中区6`): a name followed by a bare number and then the
/// next row's name. One such row could be anything, so two adjacent rows at least are required.
fn counts_in_tables(text: &str, hits: &[Hit], out: &mut Vec<(Range<usize>, usize, u64)>) {
    // (hit, count, end of the row's numbers)
    let mut rows: Vec<(usize, u64, usize)> = Vec::new();
    for (k, h) in hits.iter().enumerate() {
        let rest = text.get(h.range.end..).unwrap_or_default();
        let lead = rest.len() - rest.trim_start_matches(' ').len();
        let digits = sub(rest, lead..).bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            continue;
        }
        let Some(count) = number::parse_int(sub(rest, lead..lead + digits)) else { continue };
        // Further columns of the same row (`城东区 2 1 1 0`) are skipped.
        let tail = sub(rest, lead + digits..).bytes().take_while(|b| b.is_ascii_digit() || *b == b' ').count();
        let row_end = h.range.end + lead + digits + tail;
        let next = text.get(row_end..).unwrap_or_default();
        let next_is_row = hits.get(k + 1).is_some_and(|n| row_gap(text, row_end, n.range.start));
        if next.is_empty() || next.starts_with('\n') || next_is_row {
            rows.push((k, count, row_end));
        }
    }
    for (r, &(k, count, end)) in rows.iter().enumerate() {
        let Some(h) = hits.get(k).map(|h| &h.range) else { continue };
        let joined_prev = r > 0 && rows.get(r - 1).is_some_and(|p| p.0 + 1 == k && row_gap(text, p.2, h.start));
        let joined_next =
            rows.get(r + 1).is_some_and(|n| n.0 == k + 1 && hits.get(k + 1).is_some_and(|next| row_gap(text, end, next.range.start)));
        if joined_prev || joined_next {
            out.push((h.start..end, k, count));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::CleanText;

    fn places() -> Places {
        Places::new(&[]).unwrap()
    }

    fn code(p: &Places, name: &str, ctx: &str) -> Option<String> {
        p.resolve(name, ctx).and_then(|p| p.code)
    }

    fn counts(p: &Places, text: &str) -> Vec<(String, Option<String>, u64)> {
        let clean = CleanText::new(text);
        let ctx = Ctx { original: text, clean: &clean, reference_date: None };
        p.district_counts(&ctx).into_iter().map(|d| (d.name, d.code, d.count)).collect()
    }

    fn c(name: &str, code: Option<&str>, n: u64) -> (String, Option<String>, u64) {
        (name.to_string(), code.map(str::to_string), n)
    }

    #[test]
    fn an_ambiguous_district_takes_the_city_named_before_it() {
        let p = Places::new(&[]).unwrap_or_else(|e| panic!("{e}"));
        let got = counts(&p, "福州市收到6件，其中鼓楼区2件、台江区4件；徐州市收到5件，其中鼓楼区2件、云龙区3件。");
        // what each city received is a count of its own
        assert_eq!(got[0], c("福州市", Some("350100"), 6));
        assert_eq!(got[1], c("鼓楼区", Some("350102"), 2));
        assert_eq!(got[4], c("鼓楼区", Some("320302"), 2));
        assert_eq!(counts(&p, "其中福州市鼓楼区2件、徐州市鼓楼区1件。")[1], c("鼓楼区", Some("320302"), 1));
    }

    #[test]
    fn short_forms_of_ethnic_districts_and_conventional_abbreviations() {
        let p = Places::new(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(counts(&p, "其中管城区2件、龙胜县1件。"), vec![c("管城区", Some("410104"), 2), c("龙胜县", Some("450328"), 1)]);
        // 巴州 is Bayingolin in Xinjiang, Bazhou district of Bazhong in Sichuan
        assert_eq!(counts(&p, "其中，昌吉州5件、巴州3件、博州2件。")[1], c("巴州", Some("652800"), 3));
        assert_eq!(counts(&p, "巴中市收到4件，其中巴州区3件、恩阳区1件。")[1], c("巴州区", Some("511902"), 3));
        // counties as their own region's papers shorten them
        assert_eq!(counts(&p, "其中土左旗2件、托县1件、和林县1件。")[1..], [c("托县", Some("150122"), 1), c("和林县", Some("150123"), 1)]);
    }

    #[test]
    fn counts_in_qi_but_not_together() {
        let p = Places::new(&[]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(counts(&p, "其中，昌吉州5起、伊犁州4起。"), vec![c("昌吉州", Some("652300"), 5), c("伊犁州", Some("654000"), 4)]);
        assert!(counts(&p, "与城东区一起推进整改。").is_empty());
    }

    #[test]
    fn what_a_place_received() {
        let p = places();
        assert_eq!(
            counts(&p, "其中宜昌市收到13件、襄阳市共接到9件。"),
            vec![c("宜昌市", Some("420500"), 13), c("襄阳市", Some("420600"), 9)]
        );
        assert!(counts(&p, "宜昌市收到督察组交办件13件。").is_empty());
    }

    #[test]
    fn resolves_short_forms_full_names_and_renames() {
        let p = places();
        assert_eq!(code(&p, "大通县", "").as_deref(), Some("630121"));
        assert_eq!(code(&p, "大通回族土族自治县", "").as_deref(), Some("630121"));
        assert_eq!(code(&p, "福州", "").as_deref(), Some("350100"));
        assert_eq!(code(&p, "湟中区", "").as_deref(), Some("630106"));
        assert_eq!(code(&p, "湟中县", "").as_deref(), Some("630106"));
        assert_eq!(code(&p, "襄樊", "").as_deref(), Some("420600"));
        assert_eq!(code(&p, "青海省", "").as_deref(), Some("630000"));
        assert_eq!(code(&p, "恩施州", "").as_deref(), Some("422800"));
        assert_eq!(code(&p, "天门市", "").as_deref(), Some("429006"));
        assert_eq!(code(&p, "濉溪縣", "").as_deref(), Some("340621"));
    }

    #[test]
    fn full_names() {
        let p = places();
        assert_eq!(p.full_name("西宁", "").as_deref(), Some("西宁市"));
        assert_eq!(p.full_name("青海", "").as_deref(), Some("青海省"));
        assert_eq!(p.full_name("大通县", "").as_deref(), Some("大通回族土族自治县"));
        assert_eq!(p.full_name("内蒙古", "").as_deref(), Some("内蒙古自治区"));
        assert_eq!(p.full_name("城中区", "").as_deref(), Some("城中区"));
        assert_eq!(p.full_name("不是地名", ""), None);
    }

    #[test]
    fn ambiguous_names_follow_the_article() {
        let p = places();
        assert_eq!(code(&p, "城中区", "柳州市通报：城中区3件").as_deref(), Some("450202"));
        assert_eq!(code(&p, "城中区", "西宁市城东区、城中区").as_deref(), Some("630103"));
        assert_eq!(code(&p, "城中区", ""), None);
        assert_eq!(code(&p, "朝阳区", "北京市海淀区、朝阳区").as_deref(), Some("110105"));
        assert_eq!(code(&p, "朝阳区", "吉林省长春市朝阳区").as_deref(), Some("220104"));
        assert_eq!(code(&p, "郊区", "安徽省铜陵市铜官区、郊区").as_deref(), Some("340711"));
        // A prefecture and its seat share the short form: the prefecture wins.
        assert_eq!(code(&p, "大理", "云南省昆明12件，大理52件").as_deref(), Some("532900"));
    }

    #[test]
    fn zones_have_no_code() {
        let p = places();
        let z = p.resolve("河湟新区", "海东市").unwrap();
        assert_eq!(z.code, None);
        assert_eq!(code(&p, "济源示范区", ""), None);
        assert_eq!(code(&p, "高新区", ""), None);
        assert!(p.resolve("航空港区", "").is_some());
        assert_eq!(code(&p, "浦东新区", "").as_deref(), Some("310115"));
    }

    #[test]
    fn direct_counts_with_separators() {
        let p = places();
        let got = counts(&p, "西宁市：其中城东区2件、城中区6件，大通县\n3件；湟中区（含多巴镇）5件。");
        assert_eq!(
            got,
            vec![
                c("城东区", Some("630102"), 2),
                c("城中区", Some("630103"), 6),
                c("大通县", Some("630121"), 3),
                c("湟中区", Some("630106"), 5)
            ]
        );
        let got = counts(&p, "涉及格尔木市的4件，德令哈市共计3件。");
        assert_eq!(got, vec![c("格尔木市", Some("632801"), 4), c("德令哈市", Some("632802"), 3)]);
        // a count per person (件次) is taken whole
        let text = "涉及城东区20件次，城西区 3 件次。";
        let clean = CleanText::new(text);
        let ctx = Ctx { original: text, clean: &clean, reference_date: None };
        let got: Vec<String> = p.district_counts(&ctx).into_iter().map(|d| d.text).collect();
        assert_eq!(got, ["城东区20件次", "城西区 3 件次"]);
    }

    #[test]
    fn counts_in_brackets_and_after_a_verb() {
        let p = places();
        let text =
            "其中武侯区（3件）、成华区（2件），城东区交办5件，城西区共有4件，七里河区受理的信访件6件，互助县涉及4件，城北区共有信访件2件。";
        let clean = CleanText::new(text);
        let ctx = Ctx { original: text, clean: &clean, reference_date: None };
        let got: Vec<String> = p.district_counts(&ctx).into_iter().map(|d| d.text).collect();
        assert_eq!(
            got,
            [
                "武侯区（3件）",
                "成华区（2件）",
                "城东区交办5件",
                "城西区共有4件",
                "七里河区受理的信访件6件",
                "互助县涉及4件",
                "城北区共有信访件2件"
            ]
        );
        // the unit handed the cases is the recipient, and what the group handed over in all no share
        assert!(counts(&p, "督察组向湖北省转办信访件100件。").is_empty());
        assert_eq!(
            counts(&p, "督察组向西宁市交办24件，其中向城东区交办5件、向城西区交办3件。"),
            [c("城东区", Some("630102"), 5), c("城西区", Some("630104"), 3)]
        );
        assert!(counts(&p, "宜昌市收到督察组交办件13件。").is_empty());
    }

    #[test]
    fn each_and_respectively() {
        let p = places();
        let got = counts(&p, "湖南省长沙市22件，衡阳市、常德市各10件，岳阳市和邵阳市分别为5件、4件。");
        assert_eq!(
            got,
            vec![
                c("长沙市", Some("430100"), 22),
                c("衡阳市", Some("430400"), 10),
                c("常德市", Some("430700"), 10),
                c("岳阳市", Some("430600"), 5),
                c("邵阳市", Some("430500"), 4),
            ]
        );
        let got = counts(&p, "城西区、城中区分别交办2件、3件");
        assert_eq!(got, vec![c("城西区", Some("630104"), 2), c("城中区", Some("630103"), 3)]);
    }

    #[test]
    fn a_list_with_one_count_is_not_split() {
        let p = places();
        assert_eq!(counts(&p, "衡阳市、常德市10件"), vec![]);
    }

    #[test]
    fn tables() {
        let p = places();
        let got = counts(&p, "西宁市各区县交办情况\n区县 件数\n城东区\n2\n城中区\n6\n湟源县\n1\n");
        assert_eq!(got, vec![c("城东区", Some("630102"), 2), c("城中区", Some("630103"), 6), c("湟源县", Some("630123"), 1)]);
        // One place followed by a number is not a table.
        assert_eq!(counts(&p, "西宁市\n2023\n"), vec![]);
    }

    #[test]
    fn tab_separated_tables() {
        let p = places();
        let got = counts(&p, "序号\t区县\t交办件数\t已办结\n1\t江北区\t4\t2\n2\t渝北区\t6\t3\n3\t巴南区\t2\t1\n合计\t\t12\t6\n");
        assert_eq!(got, vec![c("江北区", Some("500105"), 4), c("渝北区", Some("500112"), 6), c("巴南区", Some("500113"), 2)]);
    }

    #[test]
    fn not_counts() {
        let p = places();
        assert_eq!(counts(&p, "涉及全市5区2县，赤峰市共对2-17批98件信访件开展调查，省发改委1件，我区6件"), vec![]);
    }

    #[test]
    fn zones_with_counts() {
        let p = places();
        let got = counts(&p, "其中，乐都区5件，河湟新区1件，市经济开发区管委会2件。");
        assert_eq!(got, vec![c("乐都区", Some("630202"), 5), c("河湟新区", None, 1), c("市经济开发区管委会", None, 2)]);
        // a free-trade zone's new area, and a zone named by its administration alone
        let got = counts(&p, "其中浦东新区17件，临港新片区7件，延吉市5件、长白山管委会3件。");
        assert_eq!(
            got,
            vec![c("浦东新区", Some("310115"), 17), c("临港新片区", None, 7), c("延吉市", Some("222401"), 5), c("长白山管委会", None, 3)]
        );
        // the name of a zone starts after words it never holds
        let got = counts(&p, "第十四批河湟新区1件，在经开区3件。");
        assert_eq!(got, vec![c("河湟新区", None, 1), c("经开区", None, 3)]);
    }

    #[test]
    fn former_county_names_of_districts() {
        let p = places();
        assert_eq!(code(&p, "双流县", ""), Some("510116".into()));
        // a county of that name still exists: it keeps its own code
        assert_eq!(code(&p, "朝阳县", ""), Some("211321".into()));
    }

    #[test]
    fn towns_with_counts_have_no_code() {
        let p = places();
        assert_eq!(
            counts(&p, "涉及湟中区多巴镇5件、城关镇2件，南湖街道（1件）。"),
            vec![c("多巴镇", None, 5), c("城关镇", None, 2), c("南湖街道", None, 1)]
        );
        assert_eq!(counts(&p, "龙潭乡、马鞍镇各1件"), vec![c("龙潭乡", None, 1), c("马鞍镇", None, 1)]);
        assert_eq!(counts(&p, "龙潭乡、马鞍镇均为1件"), vec![c("龙潭乡", None, 1), c("马鞍镇", None, 1)]);
        // Generic phrases and towns without their own count are no district counts.
        assert!(counts(&p, "各乡镇2件，全镇3件，城乡结合部3件，部分街道1件").is_empty());
        assert!(counts(&p, "城关镇居民反映噪声问题2件").is_empty());
    }

    #[test]
    fn counties_the_lexicon_lacks_count_beside_known_ones() {
        let p = places();
        assert_eq!(
            counts(&p, "其中城东区3件、城南区2件、城北区1件。"),
            vec![c("城东区", Some("630102"), 3), c("城南区", None, 2), c("城北区", Some("630105"), 1)]
        );
        assert_eq!(counts(&p, "城东区、城南区分别为12件、5件。"), vec![c("城东区", Some("630102"), 12), c("城南区", None, 5)]);
        // without a known neighbour, or generic, a word ending in 区 is no place
        assert!(counts(&p, "城南区2件").is_empty());
        assert_eq!(counts(&p, "城东区3件、居民小区1件、其他县区2件"), vec![c("城东区", Some("630102"), 3)]);
        // a zone whose name ends like a county's stays whole
        assert_eq!(counts(&p, "城东区3件、甘河工业园区2件"), vec![c("城东区", Some("630102"), 3), c("甘河工业园区", None, 2)]);
    }

    #[test]
    fn names_keep_the_original_characters() {
        let p = places();
        let got = counts(&p, "濉溪縣7件、相山區4件、市直部門1件、市經濟開發區管委會\n2 件");
        assert_eq!(got, vec![c("濉溪縣", Some("340621"), 7), c("相山區", Some("340603"), 4), c("市經濟開發區管委會", None, 2)]);
    }

    #[test]
    fn the_gated_search_finds_what_an_unanchored_one_does() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let names: Vec<&String> = BASE.by_name.keys().collect();
        let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(names).unwrap();
        let text =
            "青海省西宁市城东区、城中区，大通回族土族自治县5件；海东市乐都区和平安区，其中江阳区3件。新疆生产建设兵团第八师石河子市，\
                    北京北京市朝阳区朝阳县，中国西宁x城东";
        let want: Vec<Range<usize>> = ac.find_iter(text).map(|m| m.range()).collect();
        let mut got = Vec::new();
        let mut at = 0;
        while let Some(m) = BASE.words.find_from(text, at).map(|f| f.range) {
            at = m.end;
            got.push(m);
        }
        assert!(want.len() > 10);
        assert_eq!(got, want);
    }

    #[test]
    fn user_places() {
        let p = Places::new(&["两江新区\t500100\n".to_string(), "测试乡\t-\n".to_string()]).unwrap();
        assert_eq!(code(&p, "两江新区", "").as_deref(), Some("500100"));
        let e = Places::new(&["# c\n好地方\t12345\n".to_string()]).unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        let e = Places::new(&["好地方\n".to_string()]).unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
