//! Pollution categories with counts and shares.
//!
//! One pass of an Aho-Corasick automaton over the cleaned text finds the category words of
//! `lexicons/pollution.tsv` (leftmost-longest, so `生态环境` and `水平` swallow the `生态` and `水` they
//! contain). Each word becomes an item; its suffix (`污染`, `问题`, `类`, `方面问题` …) is read after it.
//! Then, in order:
//! 1. a count written right after the item (`噪声污染7件`, `辐射类问题1个`, `涉及大气3件`);
//! 2. neighbouring words of one category written as one (`恶臭/异味`, `恶臭异味`) merge;
//! 3. items joined by `、和及与` form an enumeration (`水、大气、土壤污染防治`), whose counts come from
//!    respectively-lists (`分别为12件、8件，分别占40%、26.7%`, `依次为…`, `为主，分别占41%、27%`, read by
//!    [`respective::respective`]), from a single count or share after it (a compound item: one mention
//!    per category, sharing the span; `各2件`, `各占20%`), or stay null;
//! 4. a lone item takes a count or share written a little further on in its clause
//!    (`大气污染问题是…最集中的一类，达57件`, `大气污染举报最多，占举报总量的44.5%`).
//!
//! A bare category word (`水`, `大气`, `其他`) is a mention only with a suffix, a count, a share or
//! inside an enumeration; elsewhere (`铝水`, `生态、安全`, `其他渠道`) it is just a word.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{PollutionCategory, PollutionMention};
use crate::extractor::Ctx;
use crate::lexicon;
use crate::lexicon::Words;
use crate::number::{self, parse_count, COUNT_NUMERAL};
use crate::respective;
use crate::span::Span;
use crate::span::{floor_boundary, sub};
use crate::text::is_cjk;

static SRC: &str = include_str!("../lexicons/pollution.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Names the category wherever it is written.
    Label,
    /// A bare category word: a mention only in context.
    Bare,
    /// Contains a category word but names none.
    Block,
}

struct Lexicon {
    words: Words,
    entries: Vec<(Option<PollutionCategory>, Kind)>,
}

fn category(name: &str) -> Option<PollutionCategory> {
    use PollutionCategory::*;
    Some(match name {
        "air" => Air,
        "water" => Water,
        "noise" => Noise,
        "soil" => Soil,
        "ecology" => Ecology,
        "solid_waste" => SolidWaste,
        "radiation" => Radiation,
        "marine" => Marine,
        "other" => Other,
        _ => return None,
    })
}

fn build(src: &str) -> crate::error::Result<Lexicon> {
    let rows = lexicon::checked_rows("pollution.tsv", src, 3)?;
    let mut words = Vec::with_capacity(rows.len());
    let mut entries = Vec::with_capacity(rows.len());
    for (line, f) in rows {
        // checked_rows guarantees the three fields
        let &[word, cat_name, kind_name, ..] = f.as_slice() else {
            return Err(crate::error::Error::Lexicon {
                name: "pollution.tsv".into(),
                line,
                message: "expected 3 tab-separated fields".into(),
            });
        };
        let kind = match kind_name {
            "label" => Kind::Label,
            "bare" => Kind::Bare,
            "block" => Kind::Block,
            other => {
                return Err(crate::error::Error::Lexicon { name: "pollution.tsv".into(), line, message: format!("unknown kind {other:?}") })
            }
        };
        let cat = category(cat_name);
        if cat.is_none() && kind != Kind::Block {
            return Err(crate::error::Error::Lexicon {
                name: "pollution.tsv".into(),
                line,
                message: format!("unknown category {cat_name:?}"),
            });
        }
        words.push(word.to_string());
        entries.push((cat, kind));
    }
    let words =
        Words::new(&words, None).map_err(|message| crate::error::Error::Lexicon { name: "pollution.tsv".into(), line: 0, message })?;
    Ok(Lexicon { words, entries })
}

// The embedded lexicon is checked by the tests below.
#[allow(clippy::expect_used)]
static LEXICON: Lazy<Lexicon> = Lazy::new(|| build(SRC).expect("lexicons/pollution.tsv is valid"));

#[allow(clippy::expect_used)]
static SUFFIX: Lazy<Regex> = Lazy::new(|| {
    // 扰民 and the handling of waste (`危废处置2件`, `垃圾焚烧问题`, `危险废物非法倾倒1件`) stand between
    // a word and its count.
    Regex::new(r"^(?:扰民|(?:非法|违法|违规|私自|随意|乱)?(?:处置|处理|排放|倾倒|堆放|焚烧))?(?:环境方面问题|环境类问题|环境问题|环境污染问题|环境污染类|环境污染|环境类|污染问题类型|污染问题|污染类型|污染类|污染|类问题|类型|类|方面问题|方面|问题)?(?:投诉|举报)?")
        .expect("suffix pattern")
});

/// A count right after the label: `7件`, `共43个`, `达57件`, `：7件`, `（7件）`, `20余件` (20), and
/// after the rank of the main category (`以大气污染为主（15件）`, `噪声最多（9件）`).
#[allow(clippy::expect_used)]
static DIRECT_COUNT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^(?:的)?(?:(?:为主|最多|居首|居多)?（|：)?(?:共|达|为|计|有)?({COUNT_NUMERAL})(?:余|多)?(件次|件|个|起|宗)"))
        .expect("count pattern")
});

/// A count a little further on in the clause, introduced by 达/共/为/有.
#[allow(clippy::expect_used)]
static FAR_COUNT: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!(r"(?:达|共计|共|合计|为|有)({COUNT_NUMERAL})(件|个|起|宗)")).expect("far count pattern"));

/// A share: a percentage (group `p`) or tenths (group `t`: `占四成`, `近三成`), as bulletins round
/// their shares in words.
const SHARE: &str = r"(?:(?P<p>[0-9]+(?:\.[0-9]+)?)%|(?:近|超过|超|逾|约)?(?P<t>[一二两三四五六七八九])成)";

#[allow(clippy::expect_used)]
static DIRECT_PERCENT: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^(?:约占|占比为|占比|占|为)?{SHARE}")).expect("percent pattern"));

/// The share written after a count (`43件，占23.0%`, `43件、占23.0%`, `43件（占比23%）`,
/// `43件，占总数的23%`, `43件（23%）`, and a table's share column: `13件    40.6%`, whose blanks the text layer drops).
#[allow(clippy::expect_used)]
static PERCENT_AFTER_COUNT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^(?:(?:，|、|（)?(?:约占|占)(?:比为|比)?[^%；。，、\n]{{0,16}}?{SHARE}）?|（(?P<b>[0-9]+(?:\.[0-9]+)?)%）|[ \t\x{{3000}}]*(?P<c>[0-9]+(?:\.[0-9]+)?)%)"
    ))
        .expect("percent after count pattern")
});

#[allow(clippy::expect_used)]
static FAR_PERCENT: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"占[^%；。\n]{{0,20}}?{SHARE}")).expect("far percent pattern"));

/// The value of a [`SHARE`] (or of a bare bracketed percentage, group `b`), in percent.
fn share(c: &regex::Captures<'_>) -> Option<f64> {
    if let Some(p) = c.name("p").or_else(|| c.name("b")).or_else(|| c.name("c")) {
        return p.as_str().parse().ok();
    }
    let tenths = number::parse_int(c.name("t")?.as_str())?;
    Some(tenths as f64 * 10.0)
}

/// How far (in bytes of clean text) a lone label looks for its count or share.
const FAR_WINDOW: usize = 30 * 3;
/// How far after an enumeration `分别` may stand.
const RESPECTIVELY_WINDOW: usize = 15 * 3;

/// `其次是噪声，占20.1%`, `其次为水，有8件`: a bare word the ranking of a list names, its figure in
/// the clause after the comma, names the category.
fn ranked_with_figure(before: &str, after: &str) -> bool {
    // `以噪声为主，占比38.5%`: the main category of a list, named between 以 and 为主
    let after = match before.strip_suffix('以') {
        Some(_) => match ["为主", "居多", "最多"].iter().find_map(|w| after.strip_prefix(w)) {
            Some(rest) => rest,
            None => return false,
        },
        None if RANKED_BEFORE.iter().any(|w| before.ends_with(w)) => after,
        None => return false,
    };
    let Some(clause) = after.strip_prefix('，') else { return false };
    let clause = clause.find(['，', '。', '；']).map_or(clause, |k| sub(clause, ..k));
    FAR_PERCENT.find(clause).is_some_and(|m| m.start() == 0) || FAR_COUNT.find(clause).is_some_and(|m| m.start() == 0)
}

/// The words that rank an item of a list after the first (`其次是噪声`).
const RANKED_BEFORE: &[&str] = &["其次是", "其次为", "其次", "次之是", "再次是", "然后是", "最多的是", "居首的是"];

/// Characters after which a one-character bare word (`水`) starts a word rather than ends one.
const WORD_START_AFTER: &str = "及涉是为和与的在对有括即";
/// Words after which a one-character bare word starts one (`其中水问题3件`, `反映水问题`), though
/// their last character may end a word with it (中水, 映水 are no pollution).
const WORDS_BEFORE_BARE: &[&str] = &["其中", "反映", "属于", "主要为", "主要是", "分别为"];

/// The bytes of a bracketed part of a category at the start of `rest` (`（含油烟）` of
/// `大气污染（含油烟）12件`): the figures follow it.
fn included_part(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix("（含").or_else(|| rest.strip_prefix("(含")) else { return 0 };
    inner.char_indices().take(16).find(|&(_, c)| c == '）' || c == ')').map_or(0, |(k, c)| rest.len() - inner.len() + k + c.len_utf8())
}

/// Field names after which a category word is the value of a case's type field.
const TYPE_FIELDS: &[&str] = &["类型：", "类别：", "类型为", "类别为", "类型是", "类型属于"];

/// One category word found in the text (clean byte offsets).
#[derive(Clone, Debug)]
struct Item {
    start: usize,
    /// End of the label (word + suffix).
    end: usize,
    category: PollutionCategory,
    /// A mention on its own, without the help of an enumeration.
    strong: bool,
    /// Count directly after the label: value and end offset.
    count: Option<(u64, usize)>,
    percent: Option<(f64, usize)>,
    /// A count written after a word that is not a mention on its own (`其他3件`): it becomes the
    /// item's count when the item continues a list of counted categories.
    loose_count: Option<(u64, usize)>,
    /// The share after a loose count (`其他2件、占4.4%`) or in its place (`其他占12.8%`), taken with it.
    loose_percent: Option<(f64, usize)>,
    /// Written inside the bracket of another category's part (`油烟` of `大气污染（含油烟）12件`): the
    /// figures after the bracket are that category's, not this one's.
    included: bool,
}

/// Every pollution mention of the article. `places` are the spans of the counts the article gives
/// places (`城东区有5件`): a figure inside one is the place's, not a category's.
pub(crate) fn extract(ctx: &Ctx<'_>, places: &[Span]) -> Vec<PollutionMention> {
    let text = ctx.text();
    let items = merge_same_category(text, items(ctx));
    let mut out = Vec::new();
    let mut i = 0;
    while i < items.len() {
        let j = enumeration_end(text, &items, i);
        if j > i + 1 {
            emit_enumeration(ctx, places, &items, i..j, &mut out);
        } else if items.get(i).is_some_and(|it| it.strong) {
            emit_single(ctx, places, &items, i, &mut out);
        }
        i = j.max(i + 1);
    }
    out
}

fn items(ctx: &Ctx<'_>) -> Vec<Item> {
    let text = ctx.text();
    let lex = &*LEXICON;
    let mut out = Vec::new();
    for found in lex.words.find_iter(text) {
        let m = found.range;
        let Some(&(Some(category), kind)) = lex.entries.get(found.word) else { continue };
        if kind == Kind::Block {
            continue;
        }
        let word = sub(text, m.clone());
        let rest = sub(text, m.end..);
        // Most words are followed by neither a suffix nor a figure: a look at the next character
        // spares them the anchored patterns.
        let read = if rest
            .starts_with(['环', '污', '类', '方', '问', '投', '举', '扰', '处', '排', '倾', '堆', '焚', '非', '违', '私', '随', '乱'])
        {
            SUFFIX.find(rest).map_or("", |s| s.as_str())
        } else {
            ""
        };
        // `噪声举报最多` needs 举报 for the bare word to name the category; after a label or another
        // suffix (`大气污染举报12件`) the label is complete without it. The reports of a field that
        // a share is taken of (`占噪声举报的39.1%`, `涉水举报里`, `涉气举报`) name no category.
        // The figures come after 举报 all the same.
        let of_a_field = word.starts_with('涉')
            || sub(text, ..m.start).ends_with(['占', '涉'])
            || sub(rest, read.len()..).starts_with(['的', '里', '中']);
        let keeps_reports = read == "举报" && kind == Kind::Bare && !of_a_field;
        let suffix = if keeps_reports { read } else { read.strip_suffix("举报").unwrap_or(read) };
        let end = m.end + suffix.len();
        let figures_at = m.end + read.len();
        let figures_at = figures_at + included_part(sub(text, figures_at..));
        let after = sub(text, figures_at..);
        let one_char = word.chars().count() == 1;
        let before = sub(text, ..m.start);
        let starts_word = !one_char
            || before.chars().next_back().is_none_or(|c| !is_cjk(c) || WORD_START_AFTER.contains(c))
            || WORDS_BEFORE_BARE.iter().any(|w| before.ends_with(w));
        let other = category == PollutionCategory::Other && kind == Kind::Bare;
        let count = direct_count(after).map(|(v, len)| (v, figures_at + len));
        let percent = direct_percent(after)
            .map(|(v, len)| (v, figures_at + len))
            .or_else(|| count.and_then(|(_, e)| percent_after_count(sub(text, e..)).map(|(v, len)| (v, e + len))));
        let marked = suffix.contains("污染") || (!other && ["问题", "类", "投诉", "举报", "扰民"].iter().any(|s| suffix.contains(s)));
        // `污染类型：大气` in the tables of case lists names the category as a field value.
        let labelled = TYPE_FIELDS.iter().any(|f| sub(text, ..m.start).ends_with(f)) || whole_cell(ctx, m.clone());
        let strong = kind == Kind::Label
            || labelled
            || (starts_word && marked)
            || (starts_word && !other && (count.is_some() || percent.is_some()))
            || (!other && ranked_with_figure(before, sub(text, figures_at..)));
        out.push(Item {
            start: m.start,
            end,
            category,
            strong,
            count: count.filter(|_| strong),
            percent: percent.filter(|_| strong),
            loose_count: count.filter(|_| !strong),
            loose_percent: percent.filter(|_| !strong),
            included: false,
        });
    }
    confirm_list_tails(text, &mut out);
    mark_included(&mut out);
    out
}

/// Whether a word fills a cell of a tab-separated table by itself (`…\t大气\t属实\t…`): the value of
/// the case list's type column, as after a `污染类型：` label. The clean view drops the tabs between
/// characters, so the original says where the cell ends.
fn whole_cell(ctx: &Ctx<'_>, m: std::ops::Range<usize>) -> bool {
    let r = ctx.span(m).range();
    let before = ctx.original.get(..r.start).unwrap_or_default().trim_end_matches(' ');
    let after = ctx.original.get(r.end..).unwrap_or_default().trim_start_matches(' ');
    let opens = before.is_empty() || before.ends_with(['\t', '\n']);
    let closes = after.is_empty() || after.starts_with(['\t', '\n', '\r']);
    if opens && closes {
        return before.ends_with('\t') || after.starts_with('\t');
    }
    // `…\t固废,水\t属实`: a cell may list several types, separated as a spreadsheet writes them. A
    // cell is short: the look around the word is bounded, or a page without tabs would be read
    // over and over.
    let original = ctx.original;
    let from = floor_boundary(original, r.start.saturating_sub(MAX_CELL_BYTES));
    let to = floor_boundary(original, (r.end + MAX_CELL_BYTES).min(original.len()));
    let (Some(cell_start), Some(cell_end)) = (
        original.get(from..r.start).and_then(|b| b.rfind(['\t', '\n'])).map(|k| from + k + 1).or((from == 0).then_some(0)),
        original.get(r.end..to).and_then(|a| a.find(['\t', '\n', '\r'])).map(|k| r.end + k).or((to == original.len()).then_some(to)),
    ) else {
        return false;
    };
    let tabbed =
        original.get(..cell_start).is_some_and(|b| b.ends_with('\t')) || original.get(cell_end..).is_some_and(|a| a.starts_with('\t'));
    let cell = original.get(cell_start..cell_end).unwrap_or_default();
    tabbed && type_list(cell)
}

/// The most bytes a case list's type cell holds on either side of one of its words.
const MAX_CELL_BYTES: usize = 60;

/// Whether a table cell holds only category words in a list (`固废,水`, `大气、噪声`).
fn type_list(cell: &str) -> bool {
    let parts: Vec<&str> = cell.split([',', '，', '、', '/', ';', '；']).map(|p| p.trim_matches([' ', '\u{3000}'])).collect();
    (2..=MAX_CELL_TYPES).contains(&parts.len())
        && parts.iter().all(|p| {
            let p = lexicon::simplify(p);
            LEXICON
                .words
                .find_from(&p, 0)
                .is_some_and(|f| f.range == (0..p.len()) && LEXICON.entries.get(f.word).is_some_and(|e| e.0.is_some()))
        })
}

/// The most types one cell of a case list names.
const MAX_CELL_TYPES: usize = 6;

/// Marks the items written between an item's label and its figures (see [`included_part`]).
fn mark_included(items: &mut [Item]) {
    let mut figures_from = 0;
    let mut figures_to = 0;
    for it in items.iter_mut() {
        if (figures_from..figures_to).contains(&it.start) {
            it.included = true;
            it.count = None;
            it.percent = None;
            continue;
        }
        let to = it.count.map_or(0, |(_, e)| e).max(it.percent.map_or(0, |(_, e)| e));
        (figures_from, figures_to) = (it.end, to);
    }
}

/// `水2件、大气1件、其他3件`: a bare `其他` with a count or a share is the "other" category when it
/// follows a counted category (or a share, `水污染占20%，其他占5%`) across a list separator; after a district (`城东区2件、其他3件`) it is not.
fn confirm_list_tails(text: &str, items: &mut [Item]) {
    for k in 1..items.len() {
        let (Some(prev), Some(it)) = (items.get(k - 1), items.get(k)) else { continue };
        // the previous item ends after its share, if one follows its count (`水污染5件（占20%），其他3件`)
        let prev_end = match (prev.count, prev.percent) {
            (Some((_, c)), Some((_, p))) => Some(c.max(p)),
            (Some((_, e)), None) | (None, Some((_, e))) => Some(e),
            (None, None) => None,
        };
        let follows = prev.strong && prev_end.is_some_and(|end| matches!(text.get(end..it.start), Some("、" | "，" | "；")));
        if follows && (it.loose_count.is_some() || it.loose_percent.is_some()) {
            if let Some(it) = items.get_mut(k) {
                it.strong = true;
                it.count = it.loose_count.take();
                it.percent = it.loose_percent.take();
            }
        }
    }
}

fn direct_count(after: &str) -> Option<(u64, usize)> {
    // `大气污染近20件`: an approximate count is the category's all the same
    let approx = number::approx_lead(after);
    if approx > 0 {
        return direct_count(sub(after, approx..)).map(|(n, len)| (n, approx + len));
    }
    let first = after.chars().next()?;
    if !(number::is_numeral_char(first) || "的共达为计有：（最居".contains(first)) {
        return None;
    }
    let c = DIRECT_COUNT.captures(after)?;
    let all = c.get(0)?;
    if sub(after, all.end()..).starts_with("百分点") {
        return None;
    }
    // the bracket of `（7件）` closes inside the mention
    let close = if all.as_str().contains('（') && sub(after, all.end()..).starts_with('）') { '）'.len_utf8() } else { 0 };
    Some((parse_count(c.get(1)?.as_str())?, all.end() + close))
}

fn direct_percent(after: &str) -> Option<(f64, usize)> {
    if !after.starts_with(|c: char| c.is_ascii_digit() || "约占为".contains(c)) {
        return None;
    }
    let c = DIRECT_PERCENT.captures(after)?;
    Some((share(&c)?, c.get(0)?.end()))
}

fn percent_after_count(after: &str) -> Option<(f64, usize)> {
    let c = PERCENT_AFTER_COUNT.captures(after)?;
    Some((share(&c)?, c.get(0)?.end()))
}

/// `恶臭/异味`, `恶臭异味`: neighbouring words of one category are one item.
fn merge_same_category(text: &str, items: Vec<Item>) -> Vec<Item> {
    let text_gap = |a: &Item, b: &Item| matches!(text.get(a.end..b.start), Some("" | "/"));
    let mut out: Vec<Item> = Vec::with_capacity(items.len());
    for it in items {
        if let Some(last) = out.last_mut() {
            let gap = text_gap(last, &it);
            if last.category == it.category && last.count.is_none() && gap {
                last.end = it.end;
                last.strong |= it.strong;
                last.count = it.count;
                last.percent = it.percent;
                continue;
            }
        }
        out.push(it);
    }
    out
}

/// The separator between two enumerated items, or `None` when they are not joined.
fn joined<'t>(text: &'t str, a: &Item, b: &Item) -> Option<&'t str> {
    let gap = text.get(a.end..b.start)?;
    (a.count.is_none() && a.percent.is_none() && ["", "、", "和", "及", "与", "/", "以及", "或"].contains(&gap)).then_some(gap)
}

/// The end (exclusive item index) of the enumeration starting at `i`, or `i + 1` when there is none.
fn enumeration_end(text: &str, items: &[Item], i: usize) -> usize {
    let mut j = i + 1;
    let mut separated = false;
    while let (Some(a), Some(b)) = (items.get(j - 1), items.get(j)) {
        match joined(text, a, b) {
            Some(gap) => separated |= !gap.is_empty(),
            None => break,
        }
        j += 1;
    }
    let run = items.get(i..j).unwrap_or_default();
    if run.len() < 2 || (!separated && run.len() < 3) {
        return i + 1;
    }
    // bare words need a second category beside them to read as an enumeration (垃圾和垃圾 is not one)
    let all_strong = run.iter().all(|it| it.strong);
    let distinct = run.iter().map(|it| it.category).collect::<std::collections::BTreeSet<_>>().len();
    if !all_strong && distinct < 2 {
        return i + 1;
    }
    j
}

/// The end of the clause that starts at `from` (`；`, `。`, a paragraph break or the text end).
/// The end of the clause that goes on at `from`, looked for within `limit` bytes: past them the
/// clause ends there (an unpunctuated text would otherwise be searched to its end from every item).
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let to = floor_boundary(text, from.saturating_add(limit));
    text.get(from..to).and_then(|r| r.find(['；', '。', '\n'])).map_or(to, |k| from + k)
}

/// The units a category's count is written in, longest first.
const COUNT_UNITS: &[&str] = &["件次", "件", "个", "起", "宗"];

/// Where the respectively-list of an enumeration starts in the text after it (`分别为…`, `依次为…`),
/// if it stands close enough. Past a comma it still belongs to the enumeration when nothing else
/// is named or counted in between and the marker opens the new clause (`以大气、噪声为主，分别占41%、27%`,
/// `…，占比分别为…`); `大气、噪声较多，城东区、城西区分别为3件、2件` lists places.
fn respective_marker(tail: &str) -> Option<usize> {
    let k = respective::RESPECTIVE_MARKERS.iter().filter_map(|m| tail.find(m)).min().filter(|&k| k <= RESPECTIVELY_WINDOW)?;
    let gap = sub(tail, ..k);
    let Some(comma) = gap.rfind('，') else { return Some(k) };
    let figures = gap.contains(|c: char| c.is_ascii_digit() || c == '、');
    (!figures && ["", "占比"].contains(&sub(gap, comma + '，'.len_utf8()..))).then_some(k)
}

/// The longest tail an enumeration reads its respective figures from (`…分别为12件、9件…`).
const ENUMERATION_TAIL: usize = 4096;

fn emit_enumeration(ctx: &Ctx<'_>, places: &[Span], items: &[Item], range: std::ops::Range<usize>, out: &mut Vec<PollutionMention>) {
    let text = ctx.text();
    let run = items.get(range.clone()).unwrap_or_default();
    let (Some(first), Some(last)) = (run.first(), run.last()) else { return };
    let n = run.len();
    // 油烟、水污染问题1件: one count for the whole compound item
    if let Some((count, count_end)) = last.count {
        let mut seen = Vec::new();
        for it in run {
            if !seen.contains(&it.category) {
                seen.push(it.category);
                out.push(mention(ctx, first.start..count_end, it, Some(count), None));
            }
        }
        return;
    }
    // 大气、噪声污染各占20%: the same share for each
    if let Some((p, len)) = sub(text, last.end..).strip_prefix('各').and_then(direct_percent) {
        let end = last.end + '各'.len_utf8() + len;
        for it in run {
            out.push(mention(ctx, first.start..end, it, None, Some(p)));
        }
        return;
    }
    // 噪声和大气污染各2件: the same count for each, on the span of the whole list
    if let Some((count, len)) = sub(text, last.end..).strip_prefix('各').and_then(direct_count) {
        let count_end = last.end + '各'.len_utf8() + len;
        for it in run {
            out.push(mention(ctx, first.start..count_end, it, Some(count), None));
        }
        return;
    }
    let end = clause_end(text, last.end, ENUMERATION_TAIL);
    let tail = text.get(last.end..end).unwrap_or("");
    let mut counts: Vec<Option<u64>> = vec![None; n];
    let mut percents: Vec<Option<f64>> = vec![None; n];
    // (`大气、噪声问题集中的城东区、城西区分别为3件、2件` gives the places their figures)
    let respective = respective_marker(tail).filter(|&k| !names_place(ctx, places, last.end..last.end + k));
    if let Some(k) = respective {
        // the figures go to the items in order when there are as many as items
        let list = respective::respective(sub(tail, k..), COUNT_UNITS).unwrap_or_default();
        if list.counts.len() == n {
            counts = list.counts.into_iter().map(Some).collect();
        }
        if list.shares.len() == n {
            percents = list.shares.into_iter().map(Some).collect();
        }
    } else if let Some(p) = far_percent(text, items, range.end - 1) {
        // 烟粉尘和恶臭/异味的举报最多，均占涉气举报的32.2%
        percents = vec![Some(p); n];
    }
    for ((it, count), percent) in run.iter().zip(counts).zip(percents) {
        out.push(mention(ctx, it.start..it.end, it, count, percent));
    }
}

fn emit_single(ctx: &Ctx<'_>, places: &[Span], items: &[Item], i: usize, out: &mut Vec<PollutionMention>) {
    let Some(it) = items.get(i) else { return };
    let (count, end) = match it.count {
        Some((c, e)) => (Some(c), e),
        None => (far_count(ctx, places, items, i), it.end),
    };
    // a far count's share is further on still (`大气问题的最多，有12件，占46.2%`)
    let share = it.percent.or_else(|| if it.count.is_none() { far_share(ctx.text(), items, i) } else { None });
    let mut end = it.percent.map_or(end, |(_, e)| e.max(end));
    // `大气污染类问题占比最高，为38.2%（334件）`: the count follows the share
    let after = share.filter(|_| count.is_none()).and_then(|(_, e)| count_after_share(ctx.text(), e));
    let count = count.or(after.map(|(c, _)| c));
    // (a far share and its count stay out of the span, as a far count does)
    if let Some((_, e)) = after.filter(|_| it.percent.is_some()) {
        end = end.max(e);
    }
    out.push(mention(ctx, it.start..end, it, count, share.map(|(p, _)| p)));
}

/// The text a lone item may look through for its count or share: the rest of its clause, at most
/// [`FAR_WINDOW`] bytes, up to the next item that is a mention or names another category.
fn far_window<'t>(text: &'t str, items: &[Item], i: usize) -> &'t str {
    let Some(it) = items.get(i) else { return "" };
    let mut end = clause_end(text, it.end, FAR_WINDOW);
    let limit = end;
    let mut later = items.get(i + 1..).unwrap_or_default().iter().take_while(|n| n.start < limit);
    if let Some(next) = later.find(|n| n.strong || n.category != it.category) {
        end = end.min(next.start);
    }
    let end = floor_boundary(text, end);
    text.get(it.end..end).unwrap_or("")
}

/// The count a little further on in a lone item's clause (`大气污染问题…，达57件`), unless a place
/// has it (`大气污染问题较多，城东区有5件`).
fn far_count(ctx: &Ctx<'_>, places: &[Span], items: &[Item], i: usize) -> Option<u64> {
    if items.get(i).is_none_or(|it| it.included) {
        return None;
    }
    let text = ctx.text();
    let window = far_window(text, items, i);
    let c = FAR_COUNT.captures(window)?;
    let all = c.get(0)?;
    let offset = window.as_ptr() as usize - text.as_ptr() as usize;
    if names_place(ctx, places, offset + all.start()..offset + all.end()) {
        return None;
    }
    if sub(window, all.end()..).starts_with("百分点") {
        return None;
    }
    parse_count(c.get(1)?.as_str())
}

fn far_percent(text: &str, items: &[Item], i: usize) -> Option<f64> {
    far_share(text, items, i).map(|(p, _)| p)
}

/// [`far_percent`] with the byte end of the share in `text`.
fn far_share(text: &str, items: &[Item], i: usize) -> Option<(f64, usize)> {
    if items.get(i).is_none_or(|it| it.included) {
        return None;
    }
    let window = far_window(text, items, i);
    let c = FAR_PERCENT.captures(window)?;
    if !shares_the_subject(sub(window, ..c.get(0)?.start())) {
        return None;
    }
    let offset = window.as_ptr() as usize - text.as_ptr() as usize;
    Some((share(&c)?, offset + c.get(0)?.end()))
}

/// Whether the share that follows `gap` (the text between a lone item and its `占`) is still the
/// item's: a new clause whose subject is a place (`大气污染问题较多，城东区占20%`) takes the share
/// for that place. Other words there are no witness: mirror pages inject advertising into the
/// sentence (`…最多，星河娱乐在线占噪声举报的39.1%`).
fn shares_the_subject(gap: &str) -> bool {
    const PLACE_ENDS: &[char] = &['区', '县', '市', '州', '省', '镇', '乡', '旗'];
    // every clause after the item's own: `…较多，城东区有5件，占20%` gives the place's share too
    !gap.split(['，', ',', '：']).skip(1).any(|clause| {
        let end = clause.char_indices().find(|&(_, c)| !is_cjk(c) || "有共占达为".contains(c)).map_or(clause.len(), |(i, _)| i);
        let subject = sub(clause, ..end).trim_end_matches(['约', '共', '仅', '均', '则', '也', '还']);
        subject.chars().count() >= 2 && subject.ends_with(PLACE_ENDS)
    })
}

/// Whether the clean range `r` overlaps a place's count.
fn names_place(ctx: &Ctx<'_>, places: &[Span], r: std::ops::Range<usize>) -> bool {
    let span = ctx.span(r);
    places.iter().any(|p| p.start < span.end && span.start < p.end)
}

/// The count in brackets right after a share (`占25.6%（223件）`), and its end.
fn count_after_share(text: &str, at: usize) -> Option<(u64, usize)> {
    #[allow(clippy::expect_used)]
    static RE: Lazy<Regex> =
        Lazy::new(|| Regex::new(&format!(r"^（({COUNT_NUMERAL})(?:件|个|起|宗)）")).expect("count after share pattern"));
    let c = RE.captures(text.get(at..)?)?;
    Some((parse_count(c.get(1)?.as_str())?, at + c.get(0)?.end()))
}

fn mention(ctx: &Ctx<'_>, r: std::ops::Range<usize>, it: &Item, count: Option<u64>, percent: Option<f64>) -> PollutionMention {
    let span = ctx.span(r);
    let label = ctx.written(it.start..it.end);
    PollutionMention { text: ctx.original_text(span), span, category: it.category, label, count, percent }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::CleanText;
    use PollutionCategory::*;

    fn run(s: &str) -> Vec<(String, PollutionCategory, Option<u64>, Option<f64>)> {
        let clean = CleanText::new(s);
        let ctx = Ctx { original: s, clean: &clean, reference_date: None };
        extract(&ctx, &[]).into_iter().map(|m| (m.text, m.category, m.count, m.percent)).collect()
    }

    fn cats(s: &str) -> Vec<(PollutionCategory, Option<u64>)> {
        run(s).into_iter().map(|m| (m.1, m.2)).collect()
    }

    #[test]
    fn a_share_in_a_clause_of_its_own_subject_is_not_the_category_s() {
        assert_eq!(run("大气污染问题较多，城东区占20%。")[0].3, None);
        assert_eq!(run("大气污染问题较多，西宁市约占30%。")[0].3, None);
        assert_eq!(run("大气污染问题最多，约占45%。")[0].3, Some(45.0));
        assert_eq!(run("大气污染问题数量最多，所占比例为38%。")[0].3, Some(38.0));
    }

    #[test]
    fn a_bracketed_part_leaves_the_figures_to_its_category() {
        assert_eq!(cats("其中，大气污染（含油烟）12件，噪声5件。"), vec![(Air, Some(12)), (Air, None), (Noise, Some(5))]);
        let r = run("大气污染类（含油烟）12件，占50%。");
        assert_eq!((r[0].2, r[0].3), (Some(12), Some(50.0)));
        assert_eq!((r[1].2, r[1].3), (None, None));
        assert_eq!(cats("大气（含扬尘、油烟）12件"), vec![(Air, Some(12)), (Air, None), (Air, None)]);
    }

    #[test]
    fn counts_in_qi_and_zong_and_bare_water_after_a_word() {
        assert_eq!(cats("大气污染投诉12起，水污染5宗"), vec![(Air, Some(12)), (Water, Some(5))]);
        assert_eq!(cats("其中水问题3件。反映水问题2件。"), vec![(Water, Some(3)), (Water, Some(2))]);
        // 中水, 供水 are no category
        assert!(cats("中水回用3件，供水问题2件").is_empty());
    }

    #[test]
    fn the_handling_of_waste_stands_between_a_word_and_its_count() {
        assert_eq!(cats("反映危险废物非法倾倒1件、垃圾焚烧1件"), vec![(SolidWaste, Some(1)), (SolidWaste, Some(1))]);
        assert_eq!(cats("危废处置2件，垃圾焚烧问题3件，废水排放1件"), vec![(SolidWaste, Some(2)), (SolidWaste, Some(3)), (Water, Some(1))]);
        // without a count or a suffix, the bare word of a facility names no category
        assert!(cats("生活垃圾处理设施建成").is_empty());
    }

    #[test]
    fn lexicon_is_valid() {
        assert!(build(SRC).is_ok());
        assert!(build("水\tliquid\tbare\n").is_err());
    }

    #[test]
    fn type_fields_of_case_lists() {
        assert_eq!(cats("行政区域：济南市历下区，污染类型：大气，调查核实情况：属实。"), vec![(Air, None)]);
        assert_eq!(cats("问题类型为噪声；"), vec![(Noise, None)]);
        assert_eq!(cats("污染类型：水、大气"), vec![(Water, None), (Air, None)]);
        // a cell of a tab-separated case list
        assert_eq!(cats("2\t双流区\t大气\t部分属实\n"), vec![(Air, None)]);
        assert_eq!(cats("3\t新都区\t水\t属实\n4\t金牛区\t其他\n"), vec![(Water, None), (Other, None)]);
        assert_eq!(cats("3\t新都区\t铝水\t属实\n"), vec![]);
        // several types in one cell, separated as a spreadsheet writes them
        assert_eq!(cats("3\t浏阳市\t固废,水\t属实\n"), vec![(SolidWaste, None), (Water, None)]);
        assert_eq!(cats("3\t浏阳市\t铝,水\t属实\n"), vec![]);
    }

    #[test]
    fn environment_phrases_and_shared_counts() {
        assert_eq!(cats("水环境问题3件，大气环境类问题12件，声环境问题2件"), vec![(Water, Some(3)), (Air, Some(12)), (Noise, Some(2))]);
        assert_eq!(cats("涉及生态环境破坏2件"), vec![(Ecology, Some(2))]);
        assert_eq!(cats("涉气问题5个、涉水问题3个，水环境污染类2件"), vec![(Air, Some(5)), (Water, Some(3)), (Water, Some(2))]);
        assert!(cats("群众涉水过河。").is_empty());
        // a bare word a ranking names, its figure after the comma
        assert_eq!(cats("大气污染问题最多，有12件；其次是噪声，有8件。"), vec![(Air, Some(12)), (Noise, Some(8))]);
        assert!(cats("其次是水，有关部门要加强监管。").is_empty());
        assert_eq!(
            run("问题类型以噪声为主，占比38.5%，最多的是大气，占30.8%。").iter().map(|m| (m.1, m.3)).collect::<Vec<_>>(),
            vec![(Noise, Some(38.5)), (Air, Some(30.8))]
        );
        assert!(cats("以水为主，有关部门要加强监管。").is_empty());
        assert_eq!(cats("大气污染近20件，水污染约10件，噪声类逾5件。"), vec![(Air, Some(20)), (Water, Some(10)), (Noise, Some(5))]);
        assert_eq!(cats("土壤、地下水污染防治"), vec![(Soil, None), (Water, None)]);
        assert_eq!(cats("噪声和大气污染各2件"), vec![(Noise, Some(2)), (Air, Some(2))]);
        assert_eq!(
            run("噪声污染（7件）、大气：12件，水污染20余件"),
            vec![
                ("噪声污染（7件）".into(), Noise, Some(7), None),
                ("大气：12件".into(), Air, Some(12), None),
                ("水污染20余件".into(), Water, Some(20), None)
            ]
        );
        // generic terms stay out
        assert!(cats("水环境质量持续改善，声环境明显好转，地下水水位回升").is_empty());
    }

    #[test]
    fn counts_split_by_ocr_spaces() {
        assert_eq!(cats_and_shares("大气污染1 2件，噪声污染3件。"), vec![(Air, Some(12), None), (Noise, Some(3), None)]);
    }

    #[test]
    fn counts_with_their_shares() {
        assert_eq!(
            cats_and_shares("涉及大气污染的68件，占36.4%；水污染43件（占23.0%）；噪声污染31件，占总数的16.6%；土壤污染9件，生态破坏22件。"),
            vec![
                (Air, Some(68), Some(36.4)),
                (Water, Some(43), Some(23.0)),
                (Noise, Some(31), Some(16.6)),
                (Soil, Some(9), None),
                (Ecology, Some(22), None)
            ]
        );
        assert_eq!(cats_and_shares("大气污染占比45.2%"), vec![(Air, None, Some(45.2))]);
        // shares rounded to tenths
        assert_eq!(
            cats_and_shares("大气污染占四成，水污染约占两成，噪声污染12件，占近三成"),
            vec![(Air, None, Some(40.0)), (Water, None, Some(20.0)), (Noise, Some(12), Some(30.0))]
        );
        // a count in brackets after a share
        assert_eq!(
            cats_and_shares("大气污染类问题占比最高，为38.2%（334件）；其次为噪声污染类问题，占25.6%（223件）；水污染占10%（88件）。"),
            vec![(Air, Some(334), Some(38.2)), (Noise, Some(223), Some(25.6)), (Water, Some(88), Some(10.0))]
        );
        assert_eq!(cats("大气污染最多，有12件，其次是噪声污染，有6件。"), vec![(Air, Some(12)), (Noise, Some(6))]);
        // a table's share column
        assert_eq!(
            cats_and_shares("问题类型    件数    占比\n大气污染    13件    40.6%\n噪声污染    9件     28.1%\n"),
            vec![(Air, Some(13), Some(40.6)), (Noise, Some(9), Some(28.1))]
        );
        // a share after the next item's count is that item's
        assert_eq!(cats_and_shares("大气污染9件，水污染3件，占10%"), vec![(Air, Some(9), None), (Water, Some(3), Some(10.0))]);
    }

    fn cats_and_shares(s: &str) -> Vec<(PollutionCategory, Option<u64>, Option<f64>)> {
        run(s).into_iter().map(|m| (m.1, m.2, m.3)).collect()
    }

    #[test]
    fn counted_labels() {
        assert_eq!(
            cats("涉及噪声污染7件、大气污染9件、水污染1件、生态破坏3件、土壤污染2件、其他污染2件。"),
            vec![(Noise, Some(7)), (Air, Some(9)), (Water, Some(1)), (Ecology, Some(3)), (Soil, Some(2)), (Other, Some(2))]
        );
        // (traditional script is folded by the text layer; its table is filled elsewhere)
        assert_eq!(
            cats("涉及水问题3个、大气问题3个、垃圾问题4个、油烟问题6个。"),
            vec![(Water, Some(3)), (Air, Some(3)), (SolidWaste, Some(4)), (Air, Some(6))]
        );
        assert_eq!(cats("涉及大气1件、土壤 1 件"), vec![(Air, Some(1)), (Soil, Some(1))]);
        assert_eq!(
            cats("涉及水0件、大气1件、噪声1件、其他0件。"),
            vec![(Water, Some(0)), (Air, Some(1)), (Noise, Some(1)), (Other, Some(0))]
        );
        assert_eq!(cats("噪声2件，其他3件"), vec![(Noise, Some(2)), (Other, Some(3))]);
        // `其他类`/`其他问题` with a count is the category only where it ends a list of categories:
        // a list of trades ends in one too
        assert_eq!(cats("噪声污染问题9个、其他问题5个"), vec![(Noise, Some(9)), (Other, Some(5))]);
        assert!(cats("按行业分：工业类12个，矿山类25个，其他类11个。").is_empty());
        let shares = |t: &str| run(t).into_iter().map(|m| (m.1, m.3)).collect::<Vec<_>>();
        assert_eq!(
            shares("大气污染占38.7%，水污染占22.6%，其他占12.8%。"),
            vec![(Air, Some(38.7)), (Water, Some(22.6)), (Other, Some(12.8))]
        );
        assert_eq!(shares("城东区占20%，其他占5%"), vec![]);
        assert_eq!(cats("辐射类问题1个、重金属1件、其它污染类型投诉4件"), vec![(Radiation, Some(1)), (Soil, Some(1)), (Other, Some(4))]);
        assert_eq!(run("噪声污染12件次")[0].0, "噪声污染12件次");
        assert!(run("占噪声举报的39.1%，涉水举报里工业废水最多").iter().all(|m| m.0 == "工业废水"));
        // 举报 marks a bare word as the category; a label is complete without it
        assert_eq!(
            run("噪声举报最多，占42.1%；大气污染举报12件").into_iter().map(|m| (m.0, m.2, m.3)).collect::<Vec<_>>(),
            [("噪声举报".to_string(), None, Some(42.1)), ("大气污染举报12件".to_string(), Some(12), None)]
        );
        // light pollution has no class of its own
        assert_eq!(cats("涉及电磁辐射1件，反映光污染1件"), vec![(Radiation, Some(1)), (Other, Some(1))]);
        assert_eq!(cats("水体污染2件、放射性污染1件"), vec![(Water, Some(2)), (Radiation, Some(1))]);
    }

    #[test]
    fn enumerations_pair_up() {
        assert_eq!(
            cats("水、土壤、噪声、生态污染的分别为31件、14件、24件、2件。"),
            vec![(Water, Some(31)), (Soil, Some(14)), (Noise, Some(24)), (Ecology, Some(2))]
        );
        let r = run("噪声污染、水污染和固废污染举报分别占39.5%、15.7%和8.8%。");
        assert_eq!(r.iter().map(|m| m.3).collect::<Vec<_>>(), vec![Some(39.5), Some(15.7), Some(8.8)]);
    }

    #[test]
    fn respectively_lists_past_a_comma() {
        assert_eq!(respective_marker("为主，分别占41%、27%"), Some("为主，".len()));
        assert_eq!(respective_marker("问题较多，占比分别为41%、27%"), Some("问题较多，占比".len()));
        assert_eq!(respective_marker("污染依次为12件、8件"), Some("污染".len()));
        // the comma ends the enumeration's clause when something else is named or counted before 分别
        assert_eq!(respective_marker("问题较多，城东区、城西区分别为3件、2件"), None);
        assert_eq!(respective_marker("问题共12件，分别为"), None);
        assert_eq!(respective_marker("问题较多，两区分别为3件、2件"), None);
        assert_eq!(
            cats_and_shares("其中大气、水、噪声污染分别为12件、8件、5件，分别占40%、26.7%、16.7%"),
            vec![(Air, Some(12), Some(40.0)), (Water, Some(8), Some(26.7)), (Noise, Some(5), Some(16.7))]
        );
    }

    #[test]
    fn compound_items_share_a_span() {
        let r = run("同时涉及油烟、水污染问题1件");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].1, r[0].2, r[1].1, r[1].2), (Air, Some(1), Water, Some(1)));
        assert_eq!(r[0].0, r[1].0);
        let r = run("同时涉及大气、噪音污染类2件");
        assert_eq!(r.iter().map(|m| (m.1, m.2)).collect::<Vec<_>>(), vec![(Air, Some(2)), (Noise, Some(2))]);
    }

    #[test]
    fn uncounted_mentions() {
        assert_eq!(cats("防止扬尘污染。"), vec![(Air, None)]);
        assert_eq!(cats("抓好大气污染防治。"), vec![(Air, None)]);
        assert_eq!(cats("扎实推进水、大气、土壤污染防治，园区生态环境持续改善。"), vec![(Water, None), (Air, None), (Soil, None)]);
        assert_eq!(cats("居前三的是大气、水、噪声。"), vec![(Air, None), (Water, None), (Noise, None)]);
        assert_eq!(
            cats("移交件数 水 大气 土壤 生态 噪声 其他污染"),
            vec![(Water, None), (Air, None), (Soil, None), (Ecology, None), (Noise, None), (Other, None)]
        );
    }

    #[test]
    fn shares_and_far_counts() {
        assert_eq!(run("大气污染占45.2%")[0].3, Some(45.2));
        assert_eq!(run("1月大气污染举报最多，占举报总量的44.5%；")[0].3, Some(44.5));
        assert_eq!(cats("大气污染问题是群众投诉最集中的一类，达57件；"), vec![(Air, Some(57))]);
        // a nuisance counted in a list of categories (`噪声扰民5件`) is its category's count
        assert_eq!(cats("水污染问题8件，噪声扰民5件，油烟扰民问题7件"), vec![(Water, Some(8)), (Noise, Some(5)), (Air, Some(7))]);
        assert_eq!(cats("主要集中在大气污染问题，共43个；"), vec![(Air, Some(43))]);
        let r = run("反映烟粉尘和恶臭/异味的举报最多，均占涉气举报的32.2%；");
        assert_eq!(r.iter().map(|m| (m.0.as_str(), m.3)).collect::<Vec<_>>(), vec![("烟粉尘", Some(32.2)), ("恶臭/异味", Some(32.2))]);
        assert_eq!(run("大气污染举报比重较高，分别比平均水平高出约20个百分点")[0].2, None);
    }

    #[test]
    fn plain_words_are_not_mentions() {
        for s in [
            "中央第五生态环境保护督察组",
            "强化物业管理服务水平",
            "铝水就地转化率",
            "摸清小水电站的生态、安全等各方面问题",
            "其他渠道132件",
            "建设生态文明高地",
            "全力推动空气质量改善",
            "污水处理系统",
            "饮水问题",
            "城东区2件、其他3件",
            "城东区2件、城西区1件、其他3件",
            "微波炉、电饭煲、抽油烟机等",
            "胜于其他类型的史籍",
        ] {
            assert!(run(s).is_empty(), "{s}: {:?}", run(s));
        }
    }
}
