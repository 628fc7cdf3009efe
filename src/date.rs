//! Date mentions and their resolution against the reference date.
//!
//! The cleaned text is scanned once, left to right. At each position that can start a date (a digit,
//! a Chinese numeral, or the first character of a relative word such as 今/昨/当/本/上), a small
//! hand-written parser reads one *expression*: a full or partial calendar date (`2023年12月9日`,
//! `12月`, `9日`, `2023-12-09`), quarters and halves (`第三季度`, `前三季度`, `上半年`), or a
//! relative or anaphoric word (`昨天`, `今年`, `上周`, `本周五`, `当天`, `当晚`, `当月`). Around it the
//! parser takes what belongs to the same mention: a weekday, a part of day (`下午`), clock times
//! (`10时`, `8时至20时`, `21:25`), a part of the month, quarter or year (`11月下旬`, `月底`, `年初`,
//! `一季度末`), a second expression making a range (`11月23日至24日`, `1至10月`), and `以来`.
//!
//! Resolution happens after parsing, in text order, because anaphora (`当天`) refer back to the
//! last date the article stated, and year-less dates (`12月30日`) take the year of the story told so
//! far when it is a past year written out (`2022年3月1日，…3月5日`), else the most recent year that
//! does not put them more than a few days after the reference date.
//!
//! A hand parser instead of a regex keeps the guards against false dates readable: numerals must
//! not continue a longer number, bare days (`7日`) take Arabic digits only and never follow
//! 第/个/每, and durations (`3天`, `1个月`, `两年`) have no pattern at all.

use std::cell::Cell;

use jiff::civil::Date;
use jiff::ToSpan;
use once_cell::sync::Lazy;

use crate::document::{DateKind, DateMention, Grain, PartOfDay};
use crate::extractor::Ctx;
use crate::number;
use crate::span::sub;
use crate::text::BmpSet;

/// Days an undated `月日` may lie after the reference date and still be read in the reference
/// year: bulletins announce events a few days ahead.
const GRACE_DAYS: i32 = 7;
/// Days an undated `月日` after `至` or `到` may lie ahead of the reference date and still be read in
/// the reference year (or the next, in December): such a date is often a plan's end, as often a
/// past one (`到11月商品零售价格指数降至…`).
const PLAN_DAYS: i32 = 183;
/// Days an undated `月日` written as a plan or a deadline (`将于`, `6月15日前`, `9月30日前完成`,
/// `自7月1日起施行`) may lie ahead of the reference date.
const DEADLINE_DAYS: i32 = 290;
/// Days an undated quarter or half may start after the reference date and still be read in the
/// reference year (`二季度` in March is the coming one); and days it may end after it: a period
/// that would end most of a year ahead (`前三季度` in January) is last year's.
const QUARTER_START_DAYS: i32 = 92;
const QUARTER_END_DAYS: i32 = 183;

/// Words before a mention that make it a plan or a deadline.
const PLAN_BEFORE: &[&str] =
    &["将于", "将在", "将", "预计", "计划", "拟于", "拟", "定于", "力争", "确保", "要求", "届时", "延续至", "持续至"];
/// Words before a mention that may make it the end of a plan.
const WEAK_PLAN_BEFORE: &[&str] = &["至", "到"];
/// Words before a date that state how things stand on that day: a report's as-of day, as past as
/// any other (`截至6月20日，累计收到…`), and the day figures were taken on, not one events happened.
pub(crate) const AS_OF_BEFORE: &[&str] = &["截至", "截止", "截止至", "截止到", "截至到"];
/// Words after a mention that make it a deadline or a start.
/// (Not `召开`, `举行`, `完成`: as often past as ahead, `30日召开`.)
const PLAN_AFTER: &[&str] = &["前", "以前", "之前", "起", "开始", "截止", "结束", "到期", "实施", "施行", "将"];

/// How many days ahead of the reference date the undated mention at `start..end` may lie: more
/// when it is written as a plan or a deadline.
fn days_ahead(text: &str, start: usize, end: usize) -> i32 {
    let before = sub(text, ..start);
    let after = sub(text, end..);
    if PLAN_BEFORE.iter().any(|w| before.ends_with(w)) || PLAN_AFTER.iter().any(|w| after.starts_with(w)) {
        DEADLINE_DAYS
    } else if WEAK_PLAN_BEFORE.iter().any(|w| before.ends_with(w)) && !AS_OF_BEFORE.iter().any(|w| before.ends_with(w)) {
        PLAN_DAYS
    } else {
        GRACE_DAYS
    }
}

/// The labels that follow a web page's stamp on its line (`2023-07-21 来源：包头日报`).
pub(crate) const STAMP_LABELS: [&str; 8] = ["来源", "來源", "作者", "浏览", "瀏覽", "点击", "點擊", "编辑"];

/// How far into a page its publication stamp is looked for, in bytes: stamps sit in the header.
const STAMP_REACH: usize = 1500;

/// The publication date a page prints of itself: a web page's stamp (`发布时间：2024-04-18 09:32`),
/// a newspaper's page header (`2024年4月18日 星期四`) or a dateline with its year
/// (`新华社北京2024年4月18日电`). It stands in for a reference date the caller did not give.
pub(crate) fn publication_date(page: &str) -> Option<Date> {
    static STAMP: Lazy<regex::Regex> = Lazy::new(|| {
        let ymd = r"([0-9]{4})\s*[-./年]\s*([0-9]{1,2})\s*[-./月]\s*([0-9]{1,2})";
        // a date with its clock time (`2023-07-21 18:30:05`) is a web page's stamp, label or not
        let dashed = r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})";
        let pattern = format!(
            r"(?:(?:发布|發布|发表|發表|发稿|發稿|更新)(?:时间|時間|日期|于|於)|时间|時間|日期)\s*[:：]?\s*{ymd}|{ymd}日?\s*(?:星期|周|週)[一二三四五六日天]|{ymd}日(?:[电電讯訊]|消息)|{dashed}\s+[0-9]{{1,2}}:[0-9]{{2}}|{ymd}日?\s*(?:{labels})",
            labels = STAMP_LABELS.join("|")
        );
        #[allow(clippy::expect_used)]
        regex::Regex::new(&pattern).expect("the stamp pattern is valid")
    });
    let end = crate::span::floor_boundary(page, STAMP_REACH);
    // Stamps are printed in full-width digits too; folding them keeps the pattern ASCII.
    let head: String = sub(page, ..end)
        .chars()
        .map(|c| if ('０'..='９').contains(&c) { char::from_u32(c as u32 - 0xFEE0).unwrap_or(c) } else { c })
        .collect();
    let c = STAMP.captures(&head)?;
    let mut groups = c.iter().skip(1).flatten().map(|m| m.as_str().parse::<i32>().ok());
    let (y, m, d) = (groups.next()??, groups.next()??, groups.next()??);
    valid(y, m, d).filter(|_| (1949..=2100).contains(&y))
}

/// Every date mention of the article, in text order.
pub(crate) fn extract(ctx: &Ctx<'_>) -> Vec<DateMention> {
    let text = ctx.text();
    // Cheap gate: every form needs one of these characters.
    if !text.contains(['年', '月', '日', '号', '天', '季', '晚', '早', '周', '期', '夜', '晨', '-', '.', '/']) && !has_compact_date(text)
    {
        return Vec::new();
    }
    let raws = scan(text);
    let mut state = Anchors {
        reference: ctx.reference_date,
        dateline: None,
        last_day: None,
        last_month: None,
        story_day: None,
        last_year: None,
        narrative: None,
        from_narrative: Cell::new(false),
        ahead: GRACE_DAYS,
        previous: None,
    };
    // The end of the last mention written as a plan: the plan goes on to the dates after it in the
    // same sentence (`将在5月下旬启动…，6月8日—10日开展`).
    let mut plan_end: Option<usize> = None;
    raws.iter()
        .filter_map(|raw| {
            state.ahead = days_ahead(text, raw.start, raw.end);
            if state.ahead == GRACE_DAYS && plan_end.is_some_and(|e| same_sentence(text, e, raw.start)) {
                state.ahead = DEADLINE_DAYS;
            }
            plan_end = (state.ahead == DEADLINE_DAYS).then_some(raw.end);
            // A dateline opens a story of its own, told from its day.
            let dateline = opens_dateline(text, raw);
            if dateline {
                state.narrative = None;
            }
            let r = state.resolve(raw)?;
            if state.dateline.is_none() && dateline {
                state.dateline = r.range.filter(|(a, b)| a == b).map(|(a, _)| a);
            }
            let span = ctx.span(raw.start..raw.end);
            Some(DateMention {
                text: ctx.original_text(span),
                span,
                start: r.range.map(|(a, _)| a.to_string()),
                end: r.range.map(|(_, b)| b.to_string()),
                grain: r.grain,
                kind: r.kind,
                part_of_day: raw.part_of_day,
            })
        })
        .collect()
}

/// Whether bytes `a..b` lie within one sentence and close together.
fn same_sentence(text: &str, a: usize, b: usize) -> bool {
    const REACH: usize = 90;
    b >= a && b - a <= REACH && !sub(text, a..b).contains(['。', '！', '？', '；', '\n'])
}

/// Whether `raw` is the date of a dateline: a day right before the wire's `讯`/`电`/`消息`, near
/// the start of its line (`本报洛阳6月19日讯`, `新华社北京1月5日电`).
fn opens_dateline(text: &str, raw: &Raw) -> bool {
    // Only the last few bytes before the date are looked at: a search to the line's start would
    // make a text of one long line quadratic.
    let mut from = raw.start.saturating_sub(DATELINE_REACH + 1);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = sub(text, from..raw.start);
    let head = match window.rfind('\n') {
        Some(k) => sub(window, k + 1..),
        None if from == 0 => window,
        None => return false,
    };
    let rest = sub(text, raw.end..);
    let Some(wire) = ["讯", "訊", "电", "電", "消息"].iter().find(|w| rest.starts_with(**w)) else { return false };
    // `新华社北京1月5日电（记者…`, `本报6月19日讯 …`; not `6月12日电话通知`
    let medium = head.contains(['社', '报', '報', '台', '臺', '网', '網']);
    let apart = sub(rest, wire.len()..).chars().next().is_none_or(|c| !crate::text::is_cjk(c));
    head.len() <= DATELINE_REACH && !head.contains(['，', '。', '；', '、', '：']) && (medium || apart)
}

/// How far into its line (in bytes) a dateline's date may stand: after the medium and the place.
const DATELINE_REACH: usize = 48;

fn has_compact_date(text: &str) -> bool {
    text.as_bytes().windows(8).any(|w| w.iter().all(u8::is_ascii_digit))
}

// ---------------------------------------------------------------------------------------------
// Expressions

/// How an expression gives its year.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Year {
    /// Not written: inferred from the reference date (or from the first end of a range).
    Missing,
    /// `2023年`, `二〇二三年`.
    Explicit(i32),
    /// `15年3月2日`: a century has to be chosen.
    TwoDigit(i32),
    /// `今年` = 0, `去年` = -1.
    Rel(i32),
    /// A year after the last one the article stated, or after the reference year when it stated
    /// none: `次年` = 1, and 0 for a bare `年底` (`2022年立项，年底开工` ends 2022).
    Ana(i32),
}

/// One date expression, before resolution.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expr {
    /// Some of year, month and day (`2023年12月9日`, `12月`, `9日`, `2021年`, `去年3月`).
    Ymd { y: Year, m: Option<i8>, d: Option<i8> },
    /// Quarters `q1..=q2` of a year (`第三季度`, `前三季度`); halves are quarters 1-2 and 3-4.
    Quarters { y: Year, q1: i8, q2: i8, half: bool },
    /// A quarter relative to the reference quarter (`上季度` = -1).
    RelQuarter(i32),
    /// A week (Monday to Sunday) relative to the reference week (`上周` = -1).
    RelWeek(i32),
    /// A day (1 = Monday … 7 = Sunday) of a week relative to the reference week (`本周五`).
    RelWeekday(i32, i8),
    /// A day of the week written alone (`周二`, `星期天`): news reports the last such day, a plan
    /// the next one.
    Weekday(i8),
    /// A day relative to the reference date (`昨天` = -1).
    RelDay(i32),
    /// A month relative to the reference month (`上月` = -1), optionally a day of it.
    RelMonth(i32, Option<i8>),
    /// A day relative to the last day the article stated (`当天` = 0, `次日` = 1).
    AnaDay(i32),
    /// The last month the article stated (`当月`, `本月`), optionally a day of it (`同月9日`).
    AnaMonth(Option<i8>),
}

impl Expr {
    /// Whether the expression names one day (times and parts of day may follow it).
    fn is_day(&self) -> bool {
        matches!(
            self,
            Expr::Ymd { d: Some(_), .. }
                | Expr::RelDay(_)
                | Expr::AnaDay(_)
                | Expr::RelMonth(_, Some(_))
                | Expr::AnaMonth(Some(_))
                | Expr::RelWeekday(..)
                | Expr::Weekday(_)
        )
    }

    fn grain(&self) -> Grain {
        match self {
            Expr::Ymd { d: Some(_), .. }
            | Expr::RelDay(_)
            | Expr::AnaDay(_)
            | Expr::RelMonth(_, Some(_))
            | Expr::AnaMonth(Some(_))
            | Expr::RelWeekday(..)
            | Expr::Weekday(_) => Grain::Day,
            Expr::Ymd { m: Some(_), .. } | Expr::RelMonth(_, None) | Expr::AnaMonth(None) => Grain::Month,
            Expr::Ymd { .. } => Grain::Year,
            Expr::Quarters { q1, q2, half, .. } => {
                if q1 == q2 && !half {
                    Grain::Quarter
                } else {
                    Grain::Span
                }
            }
            Expr::RelQuarter(_) => Grain::Quarter,
            Expr::RelWeek(_) => Grain::Span,
        }
    }

    fn kind(&self) -> DateKind {
        match self {
            Expr::Ymd { y: Year::Rel(_), .. }
            | Expr::Quarters { y: Year::Rel(_), .. }
            | Expr::RelDay(_)
            | Expr::RelMonth(..)
            | Expr::RelQuarter(_)
            | Expr::RelWeek(_)
            | Expr::RelWeekday(..)
            | Expr::Weekday(_) => DateKind::Relative,
            Expr::AnaDay(_) | Expr::AnaMonth(_) | Expr::Ymd { y: Year::Ana(_), .. } | Expr::Quarters { y: Year::Ana(_), .. } => {
                DateKind::Anaphoric
            }
            _ => DateKind::Absolute,
        }
    }
}

/// A parsed mention: clean byte range, expression(s) and what was written around them.
#[derive(Clone, Debug, PartialEq)]
struct Raw {
    start: usize,
    end: usize,
    from: Expr,
    /// The second end of a range (`至24日`).
    to: Option<Expr>,
    /// `<date>以来`, `<date>至今`: from the date to the reference date.
    since: bool,
    part_of_day: Option<PartOfDay>,
    /// The part of a month or year written after each end (`11月下旬`, `2023年底`).
    edges: [Option<Edge>; 2],
    /// The mention goes on a list after the previous one (`6月26日、27日`): what it leaves
    /// unwritten comes from there, as a range's second end takes it from the first.
    listed: bool,
}

/// A part of a month or a year named after it, read as JioNLP reads it: `上旬` days 1–10, `中旬`
/// 11–20, `下旬` 21 to the end, `初` 1–5, `底`/`末` 25 to the end; `年初` January–February,
/// `年底`/`年末` November–December.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edge {
    /// Days of the month (the last one clamped to the month's end).
    Days(i8, i8),
    /// Months of the year.
    Months(i8, i8),
    /// The first or the last month of a quarter (`一季度末`, `四季度初`).
    QuarterMonth { last: bool },
}

// ---------------------------------------------------------------------------------------------
// Scanning and parsing

/// A cursor over the clean text.
#[derive(Clone, Copy)]
struct Cur<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cur<'a> {
    fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, lit: &str) -> bool {
        if begins_with(self.rest(), lit) {
            self.i += lit.len();
            true
        } else {
            false
        }
    }

    /// Eats the first literal of `lits` that matches, returning its index.
    fn eat_any(&mut self, lits: &[&str]) -> Option<usize> {
        let rest = self.rest();
        let k = lits.iter().position(|l| begins_with(rest, l))?;
        self.i += lits.get(k)?.len();
        Some(k)
    }

    /// Reads a numeral for a date field: a run of ASCII digits, or a run of Chinese numeral
    /// characters without 百/千/万 (`二〇二三`, `十二`, `廿三`). Returns the value, whether it was
    /// Arabic, and how many characters it took.
    fn number(&mut self) -> Option<Num> {
        let rest = self.rest();
        let first = rest.chars().next()?;
        let end = numeral_run(rest, first);
        if end == 0 {
            return None;
        }
        let digits = rest.get(..end)?;
        let value = if first.is_ascii_digit() || !digits.contains('0') {
            number::parse_chinese(digits)
        } else {
            number::parse_chinese(&digits.replace('0', "〇"))
        };
        let value = value.filter(|&v| v < 100_000)?;
        self.i += end;
        Some(Num { value: value as i32, arabic: first.is_ascii_digit(), chars: digits.chars().count(), liang: first == '两' })
    }
}

/// `s.starts_with(lit)` for the short literals of the grammar, compared a byte at a time: most
/// differ from the text in their first or second byte, where a call to `memcmp` costs more than
/// the comparison.
fn begins_with(s: &str, lit: &str) -> bool {
    s.len() >= lit.len() && s.bytes().zip(lit.bytes()).all(|(a, b)| a == b)
}

#[derive(Clone, Copy, Debug)]
struct Num {
    value: i32,
    arabic: bool,
    chars: usize,
    /// Starts with 两, which counts things (`两月`, `两日` are durations), never names a date.
    liang: bool,
}

/// Chinese numeral characters that dates use (no 百/千/万).
fn is_date_numeral(c: char) -> bool {
    matches!(c, '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '廿' | '卅' | '两')
}

/// Whether `c` ends a number where a day without 日 may stop (`1月3至2月10`, `十月31`).
fn is_soft_stop(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => matches!(c, '至' | '到' | '-' | '，' | '。' | '、' | '；' | '）' | '\n' | ' ' | '"' | '！' | '？'),
    }
}

/// Scans the whole clean text for date mentions.
fn scan(text: &str) -> Vec<Raw> {
    let mut out = Vec::new();
    let starts = &*STARTS;
    let mut i = 0;
    // Most characters can start no mention at all: they are skipped without a look at what
    // surrounds them, and the character before a candidate is only read for the few there are.
    while let Some((at, c)) = starts.find(text, i, true) {
        let prev = sub(text, ..at).chars().next_back();
        i = at + c.len_utf8();
        if may_start(c, prev) && unit_follows(text, at, c) {
            if let Some(mut raw) = mention(text, at, prev) {
                let after_last = out.last().map_or(usize::MAX, |r: &Raw| r.end);
                raw.listed = text.get(after_last..at).is_some_and(|between| matches!(between, "、" | "和" | "及"));
                i = raw.end;
                // 农历十月廿八: a lunar date is no Gregorian one, and no anchor for 同月.
                if !is_lunar(text, raw.start) && !lunar_day_follows(text, &raw) {
                    push_listed(text, &mut out, raw);
                }
            }
        }
    }
    out
}

/// The characters that may start a mention after some character ([`may_start`] with none before
/// is the loosest test).
static STARTS: Lazy<BmpSet> = Lazy::new(|| BmpSet::new(|c| may_start(c, None)));

/// Pushes `raw`, preceded by the numbers listed before it that share its unit: `12、13日` is days
/// 12 and 13, `2023年5、6月份` months 5 and 6 of 2023. Each listed value is a mention of its own on
/// the span of the whole list, as a list of batches is (`第二十七、二十八批`). Only close, rising
/// values make a list: `1、12月` is an enumerator before a month.
fn push_listed(text: &str, out: &mut Vec<Raw>, mut raw: Raw) {
    let Expr::Ymd { y, m, d } = raw.from else { return out.push(raw) };
    let value = match (m, d) {
        (Some(m), None) => m,
        (None, Some(d)) if y == Year::Missing => d,
        _ => return out.push(raw),
    };
    let arabic = text.get(raw.start..).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    let floor = out.last().map_or(0, |p| p.end);
    let Some((list_start, items)) = listed_before(text, floor, raw.start, value, arabic) else { return out.push(raw) };
    let mut start = list_start;
    let mut y = y;
    // `2023年` right before the list is the year of all of it.
    if let Some(prev) = out.last().filter(|p| p.end == list_start && p.to.is_none() && !p.since && m.is_some() && y == Year::Missing) {
        if let Expr::Ymd { y: py, m: None, d: None } = prev.from {
            y = py;
            start = prev.start;
            out.pop();
        }
    }
    // `3月5、6、7日`: the list goes on from the mention before it and takes its month.
    let mut listed = start != list_start || text.get(floor..start).is_some_and(|between| matches!(between, "、" | "和" | "及"));
    for v in items {
        let from = if m.is_some() { Expr::Ymd { y, m: Some(v), d: None } } else { Expr::Ymd { y, m: None, d: Some(v) } };
        out.push(Raw { start, from, to: None, listed, ..raw.clone() });
        listed = true;
    }
    raw.start = start;
    raw.from = Expr::Ymd { y, m, d };
    raw.listed = true;
    out.push(raw);
}

/// The values of `N、M、` written right before `at` and after `floor`, each smaller than the next
/// (and than `last`) by at most [`LIST_GAP`], in the script of `last` (`arabic` or Chinese
/// numerals); and where the list starts. A Chinese numeral glued to a word (`统一、二月`) is that
/// word's.
fn listed_before(text: &str, floor: usize, at: usize, last: i8, arabic: bool) -> Option<(usize, Vec<i8>)> {
    let mut items = Vec::new();
    let mut start = at;
    let mut next = last;
    while let Some(before) = text.get(..start).and_then(|t| t.strip_suffix('、')).filter(|b| b.len() > floor) {
        let run: usize = before.chars().rev().take_while(|&c| number::is_numeral_char(c)).map(char::len_utf8).sum();
        let word = sub(before, before.len() - run..);
        let in_script = if arabic { word.chars().all(|c| c.is_ascii_digit()) } else { !word.chars().any(|c| c.is_ascii_digit()) };
        let glued = !arabic && sub(before, ..before.len() - run).chars().next_back().is_some_and(|c| crate::text::is_cjk(c) && c != '年');
        let v = number::parse_int(word).and_then(|v| i8::try_from(v).ok());
        match v {
            Some(v) if run > 0 && in_script && !glued && v >= 1 && v < next && next - v <= LIST_GAP => {
                items.push(v);
                next = v;
                start = before.len() - run;
            }
            _ => break,
        }
    }
    items.reverse();
    (!items.is_empty()).then_some((start, items))
}

/// The widest step between neighbours of a list of days or months (`6、8日`).
const LIST_GAP: i8 = 2;

/// Whether a month of Chinese numerals is followed by a day written as the lunar calendar writes
/// it, without 日 (`八月十五`, `五月初五`): a festival, not a Gregorian month.
fn lunar_day_follows(text: &str, raw: &Raw) -> bool {
    let Expr::Ymd { m: Some(_), d: None, .. } = raw.from else { return false };
    if raw.to.is_some() || !sub(text, raw.start..raw.end).chars().next().is_some_and(is_date_numeral) {
        return false;
    }
    let rest = sub(text, raw.end..);
    let rest = rest.strip_prefix('初').unwrap_or(rest);
    let run = rest.chars().take_while(|&c| is_date_numeral(c)).count();
    (1..=3).contains(&run) && !rest.chars().nth(run).is_some_and(|c| matches!(c, '日' | '号'))
}

/// Whether the mention at `start` is written after 农历 or 阴历.
fn is_lunar(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    before.ends_with("农历") || before.ends_with("阴历")
}

/// Whether a numeral at `i` is followed by what every date written with numerals has next: a unit
/// (`年月日号季`), a separator (`2023.12.9`, `2019-2023年`) or a range word; or is an eight-digit
/// compact date. Counts (`2件`, `十七批`) are by far the most common numerals in bulletins, and this
/// look-ahead spares them the full grammar. Non-numeral starts (`今天`, `上月`) pass when they begin a
/// date word ([`word_may_start`]).
fn unit_follows(text: &str, i: usize, c: char) -> bool {
    let Some(rest) = text.get(i..) else { return false };
    if !c.is_ascii_digit() && !is_date_numeral(c) {
        return word_may_start(rest);
    }
    let run = numeral_run(rest, c);
    let next = rest.get(run..).and_then(|r| r.chars().next());
    c.is_ascii_digit() && run == 8
        || next.is_some_and(|n| matches!(n, '年' | '月' | '日' | '号' | '季' | '.' | '-' | '/' | '至' | '到'))
        || split_month(rest).is_some()
        || run == 1 && spaced_year(rest).is_some()
}

/// A month of October to December that OCR split after its first digit (`1 2月`): its value.
fn split_month(rest: &str) -> Option<i8> {
    match rest.as_bytes() {
        [b'1', b' ', d @ b'0'..=b'2', ..] if rest.get(3..).is_some_and(|r| r.starts_with('月')) => Some(10 + (*d - b'0') as i8),
        _ => None,
    }
}

/// Whether `rest`, which starts with a character other than a numeral, may start a date: its first
/// two characters begin one of the date words, or it is `前`/`第` before a numeral (`前三季度`,
/// `第一季度`) or `Q` (`Q3`). The starting characters (`上`, `大`, `第`, `本` …) are common in any
/// text, and the words they may begin are few.
fn word_may_start(rest: &str) -> bool {
    let mut cs = rest.chars();
    let (Some(a), b) = (cs.next(), cs.next()) else { return false };
    if a == 'Q' || matches!(a, '前' | '第') && b.is_some_and(|b| b.is_ascii_digit() || is_date_numeral(b)) {
        return true;
    }
    begins_word(rest)
}

/// The first two characters of the date words: of every word of [`WORDS`], [`MONTH_WORDS`],
/// [`YEAR_WORDS`] and [`PAIRS`], and of the few other words a date may start with. Sorted pairs
/// for the lookup, and the set of their second characters, which turns most texts away at once
/// (`上海`, `12月`).
struct Heads {
    pairs: Vec<u64>,
    seconds: BmpSet,
}

static HEADS: Lazy<Heads> = Lazy::new(|| {
    let words = WORDS.iter().map(|w| w.0).chain(MONTH_WORDS.iter().map(|w| w.0)).chain(YEAR_WORDS.iter().map(|w| w.0));
    let heads: Vec<(char, char)> = words
        .chain(["上半年", "下半年", "首季度", "年底", "年末", "年初", "元月", "星期", "礼拜"])
        .chain(["周一", "周二", "周三", "周四", "周五", "周六", "周日"])
        .chain(PAIRS.iter().map(|p| p.0))
        .filter_map(head)
        .collect();
    let mut pairs: Vec<u64> = heads.iter().map(|&(a, b)| pair_key(a, b)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    Heads { pairs, seconds: BmpSet::new(|c| heads.iter().any(|h| h.1 == c)) }
});

fn pair_key(a: char, b: char) -> u64 {
    u64::from(a) << 32 | u64::from(b)
}

/// Whether `rest` starts with the first two characters of a date word ([`HEADS`]): when not, no
/// word of the word lists needs comparing with it.
fn begins_word(rest: &str) -> bool {
    let mut cs = rest.chars();
    let (Some(a), Some(b)) = (cs.next(), cs.next()) else { return false };
    let heads = &*HEADS;
    heads.seconds.contains(b) && heads.pairs.binary_search(&pair_key(a, b)).is_ok()
}

fn head(word: &str) -> Option<(char, char)> {
    let mut cs = word.chars();
    Some((cs.next()?, cs.next()?))
}

/// The length in bytes of the number `rest` starts with: a run of ASCII digits when `first` is one,
/// else a run of Chinese date numerals.
fn numeral_run(rest: &str, first: char) -> usize {
    if first.is_ascii_digit() {
        rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())
    } else {
        // An ASCII 0 inside a Chinese year is an OCR reading of 〇 (`二0二三年`).
        rest.char_indices().find(|&(i, c)| !(is_date_numeral(c) || i > 0 && c == '0')).map_or(rest.len(), |(i, _)| i)
    }
}

/// Whether a mention may start at `c` given the character before it: numerals must not continue
/// a longer number (`2023.12` is not `12月`'s start, `二十二` not `十二`'s).
fn may_start(c: char, prev: Option<char>) -> bool {
    let after_number = prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || p == ',');
    if c.is_ascii_digit() {
        return !after_number && !prev.is_some_and(|p| p.is_ascii_alphabetic());
    }
    if is_date_numeral(c) {
        return !prev.is_some_and(number::is_chinese_numeral_char) && !after_number;
    }
    if c == '元' {
        // 元月 is January, but 100元月租 is money
        return !after_number && !prev.is_some_and(number::is_chinese_numeral_char);
    }
    // 一次年度考核, 每次年终: 次 counts there.
    if c == '次' && prev.is_some_and(|p| number::is_chinese_numeral_char(p) || "每多几首再屡数".contains(p)) {
        return false;
    }
    // 年底 alone; not inside 每年年底, 历年底数, 青年初心 (the year belongs to a longer word).
    if c == '年' {
        return !prev.is_some_and(is_year_compound_head);
    }
    matches!(
        c,
        '今' | '昨'
            | '前'
            | '明'
            | '后'
            | '当'
            | '同'
            | '次'
            | '翌'
            | '本'
            | '上'
            | '下'
            | '去'
            | '这'
            | '第'
            | '首'
            | 'Q'
            | '大'
            | '周'
            | '星'
            | '礼'
    )
}

/// Characters that make a following 年 part of a word (`每年`, `历年`, `青年`, `周年`) or of a
/// number of years (`三年`), so that `年底` after them is no date of its own.
fn is_year_compound_head(p: char) -> bool {
    p.is_ascii_digit()
        || number::is_chinese_numeral_char(p)
        || "年每历当同多近半全隔逐跨该青少中老成周新晚童长往常终整头末经累连几数".contains(p)
}

/// Parses one mention starting at clean byte `start`.
fn mention(text: &str, start: usize, prev: Option<char>) -> Option<Raw> {
    if let Some(raw) = pair(text, start) {
        return Some(raw);
    }
    let mut c = Cur { s: text, i: start };
    if let Some(raw) = bare_first_months(&mut c, prev) {
        return Some(raw);
    }
    let (from, mut pod) = expr(&mut c, prev, false)?;
    if from.is_day() {
        pod = day_suffixes(&mut c).or(pod);
    }
    let first_edge = edge(&mut c, &from);
    let mut raw = Raw { start, end: c.i, from, to: None, since: false, part_of_day: pod, edges: [first_edge, None], listed: false };
    // a range: 至 / 到 / - and a second expression
    let mut r = c;
    let from_on = r.eat("起");
    // `去年12月至今年2月` runs to this year's February, not to today,
    // and `昨天至今天` to today, written as a day
    let written_end = ["至今年", "至今天", "至今日"].iter().any(|w| sub(text, r.i..).starts_with(w));
    if !written_end && r.eat_any(&["至今", "到现在", "至现在"]).is_some() {
        raw.since = true;
        raw.end = r.i;
        return Some(raw);
    }
    let after_from_on = r;
    if r.eat_any(&["至", "到"]).is_some() || eat_dashes(&mut r) {
        let mut same_month = r;
        // `12月中旬至下旬`: the second end is another part of the same month
        if let Some(second) = matches!(first_edge, Some(Edge::Days(..))).then(|| edge(&mut same_month, &from)).flatten() {
            raw.edges[1] = Some(second);
            raw.to = Some(from);
            raw.end = same_month.i;
            c = same_month;
        } else if let Some((to, to_pod)) = expr(&mut r, None, true) {
            if compatible(&from, &to) {
                let to_pod = if to.is_day() { day_suffixes(&mut r).or(to_pod) } else { to_pod };
                raw.edges[1] = edge(&mut r, &to);
                r.eat("止");
                raw.to = Some(to);
                raw.part_of_day = raw.part_of_day.or(to_pod);
                raw.end = r.i;
                c = r;
            }
        }
    }
    // 以來: the traditional form, in case the cleaning left it
    if raw.to.is_none() && c.eat_any(&["以来", "以來"]).is_some() {
        raw.since = true;
        raw.end = c.i;
    } else if raw.to.is_none() && from_on {
        // 5月8日起: since that day when it lies in the past (resolution keeps a future one alone)
        raw.since = true;
        raw.end = after_from_on.i;
    }
    Some(raw)
}

/// Two neighbouring days or years named in one word, read as a range (`今明两年` = this year and
/// the next).
const PAIRS: &[(&str, Expr, Expr)] = &[
    ("今明两年", Expr::Ymd { y: Year::Rel(0), m: None, d: None }, Expr::Ymd { y: Year::Rel(1), m: None, d: None }),
    ("今明两天", Expr::RelDay(0), Expr::RelDay(1)),
    ("今明两日", Expr::RelDay(0), Expr::RelDay(1)),
    ("明后两天", Expr::RelDay(1), Expr::RelDay(2)),
    ("明后两日", Expr::RelDay(1), Expr::RelDay(2)),
];

fn pair(text: &str, start: usize) -> Option<Raw> {
    let rest = text.get(start..).filter(|r| begins_word(r))?;
    let (w, from, to) = PAIRS.iter().find(|p| rest.starts_with(p.0))?;
    Some(Raw {
        start,
        end: start + w.len(),
        from: *from,
        to: Some(*to),
        since: false,
        part_of_day: None,
        edges: [None, None],
        listed: false,
    })
}

/// The part of a month or year that may follow an expression of month or year grain (`11月下旬`,
/// `本月初`, `十二月月底`, `2023年底`, `去年年底`); `初中`, `初步`, `底线` and the like are words of
/// their own.
/// `前5个月` after a year (`今年前5个月`, `2023年前10个月`): January to the fifth month.
fn first_months(c: &mut Cur<'_>) -> Option<Edge> {
    let mut r = *c;
    if !r.eat("前") {
        return None;
    }
    let n = r.number().filter(|n| (1..=12).contains(&n.value))?;
    if !r.eat("个月") && !r.eat("月") {
        return None;
    }
    *c = r;
    Some(Edge::Months(1, n.value as i8))
}

/// `前10个月` opening a clause, with no year: January to that month of the latest year whose month
/// has begun by the reference date (as `前三季度`). Not inside a word (`提前3个月`, `此前两个月`).
fn bare_first_months(c: &mut Cur<'_>, prev: Option<char>) -> Option<Raw> {
    if prev.is_some_and(|p| crate::text::is_cjk(p) || p.is_alphanumeric()) {
        return None;
    }
    let start = c.i;
    let mut r = *c;
    let Some(Edge::Months(_, n)) = first_months(&mut r) else { return None };
    if !r.rest().starts_with(['，', ',', '全', '我', '共', '累', '，']) {
        return None;
    }
    *c = r;
    let from = Expr::Ymd { y: Year::Missing, m: Some(n), d: None };
    Some(Raw { start, end: c.i, from, to: None, since: false, part_of_day: None, edges: [Some(Edge::Months(1, n)), None], listed: false })
}

fn edge(c: &mut Cur<'_>, e: &Expr) -> Option<Edge> {
    const MONTH: &[(&str, Edge)] = &[
        ("上旬", Edge::Days(1, 10)),
        ("中旬", Edge::Days(11, 20)),
        ("下旬", Edge::Days(21, 31)),
        ("上中旬", Edge::Days(1, 20)),
        ("中下旬", Edge::Days(11, 31)),
        ("初", Edge::Days(1, 5)),
        ("底", Edge::Days(25, 31)),
        ("末", Edge::Days(25, 31)),
    ];
    const YEAR: &[(&str, Edge)] = &[("初", Edge::Months(1, 2)), ("底", Edge::Months(11, 12)), ("末", Edge::Months(11, 12))];
    const QUARTER: &[(&str, Edge)] =
        &[("初", Edge::QuarterMonth { last: false }), ("末", Edge::QuarterMonth { last: true }), ("底", Edge::QuarterMonth { last: true })];
    let (table, unit) = match e {
        Expr::Ymd { m: Some(_), d: None, .. } | Expr::RelMonth(_, None) | Expr::AnaMonth(None) => (MONTH, "月"),
        Expr::Ymd { m: None, d: None, .. } => (YEAR, "年"),
        Expr::Quarters { q1, q2, half: false, .. } if q1 == q2 => (QUARTER, ""),
        Expr::RelQuarter(_) => (QUARTER, ""),
        _ => return None,
    };
    let mut r = *c;
    r.eat(unit);
    if unit == "年" {
        if let Some(e) = first_months(&mut r) {
            *c = r;
            return Some(e);
        }
    }
    let (w, edge) = table.iter().find(|(w, _)| r.rest().starts_with(w))?;
    r.i += w.len();
    let word_goes_on = w.chars().count() == 1
        && r.peek().is_some_and(|n| "步次见具稿心衷选审核评始期级中等赛春夏秋冬线数子色层部气价片盘位端梢尾日".contains(n));
    // `初三` is a lunar day; `下旬陆续` goes on with a word (陆 is only a numeral on cheques)
    if word_goes_on || r.peek().is_some_and(|n| n.is_ascii_digit() || is_date_numeral(n)) {
        return None;
    }
    *c = r;
    Some(*edge)
}

fn eat_dashes(c: &mut Cur<'_>) -> bool {
    let mut any = false;
    while c.eat("-") {
        any = true;
    }
    any
}

/// Whether two expressions can be the two ends of one range (`2021年至2023年`, `23日至24日`).
fn compatible(from: &Expr, to: &Expr) -> bool {
    use Expr::*;
    matches!(
        (from, to),
        (Ymd { d: Some(_), .. }, Ymd { d: Some(_), .. })
            | (Ymd { m: Some(_), d: None, .. }, Ymd { m: Some(_), d: None, .. })
            | (Ymd { m: None, d: None, .. }, Ymd { m: None, d: None, .. })
            | (Ymd { m: None, d: None, .. }, Ymd { y: Year::Explicit(_) | Year::TwoDigit(_), .. })
            | (Ymd { y: Year::Explicit(_), m: Some(_), .. }, Ymd { y: Year::Explicit(_), .. })
            | (Quarters { .. }, Quarters { .. })
            | (RelDay(_) | AnaDay(_), RelDay(_) | AnaDay(_))
            // `12月4日20时至次日8时`: a night's window
            | (Ymd { d: Some(_), .. }, AnaDay(1))
            | (RelWeekday(..) | Weekday(_), RelWeekday(..) | Weekday(_))
            | (Ymd { .. } | RelMonth(..), Ymd { y: Year::Rel(_), .. } | RelMonth(..) | RelDay(_))
            // `上月28日至30日`, `本月5日至8日`: the second day lies in the first's month
            | (RelMonth(_, Some(_)) | AnaMonth(Some(_)), Ymd { y: Year::Missing, m: None, d: Some(_) })
            // `次日至12日`, `今天至15日`: a day named relative to another, to a day of its month
            | (RelDay(_) | AnaDay(_), Ymd { y: Year::Missing, m: None, d: Some(_) })
    )
}

/// The relative and anaphoric words: the word, its expression, a part of day it implies.
const WORDS: &[(&str, Expr, Option<PartOfDay>)] = &[
    ("今天", Expr::RelDay(0), None),
    ("今日", Expr::RelDay(0), None),
    ("本日", Expr::RelDay(0), None),
    ("今晚", Expr::RelDay(0), Some(PartOfDay::Evening)),
    ("今早", Expr::RelDay(0), Some(PartOfDay::Morning)),
    ("昨天", Expr::RelDay(-1), None),
    ("昨日", Expr::RelDay(-1), None),
    ("昨晚", Expr::RelDay(-1), Some(PartOfDay::Evening)),
    ("大前天", Expr::RelDay(-3), None),
    ("前天", Expr::RelDay(-2), None),
    ("大后天", Expr::RelDay(3), None),
    ("明天", Expr::RelDay(1), None),
    ("明日", Expr::RelDay(1), None),
    ("后天", Expr::RelDay(2), None),
    ("当天", Expr::AnaDay(0), None),
    ("当日", Expr::AnaDay(0), None),
    ("当晚", Expr::AnaDay(0), Some(PartOfDay::Evening)),
    ("当夜", Expr::AnaDay(0), Some(PartOfDay::Night)),
    ("今晨", Expr::RelDay(0), Some(PartOfDay::Morning)),
    ("昨夜", Expr::RelDay(-1), Some(PartOfDay::Night)),
    ("同日", Expr::AnaDay(0), None),
    ("同一天", Expr::AnaDay(0), None),
    ("次日", Expr::AnaDay(1), None),
    ("翌日", Expr::AnaDay(1), None),
    ("第二天", Expr::AnaDay(1), None),
    ("前一天", Expr::AnaDay(-1), None),
    ("前一日", Expr::AnaDay(-1), None),
    ("上季度", Expr::RelQuarter(-1), None),
    ("上个季度", Expr::RelQuarter(-1), None),
    ("本季度", Expr::RelQuarter(0), None),
    ("下季度", Expr::RelQuarter(1), None),
    ("下个季度", Expr::RelQuarter(1), None),
    ("上周", Expr::RelWeek(-1), None),
    ("上星期", Expr::RelWeek(-1), None),
    ("上个星期", Expr::RelWeek(-1), None),
    ("本周", Expr::RelWeek(0), None),
    ("这周", Expr::RelWeek(0), None),
    ("本星期", Expr::RelWeek(0), None),
    ("这个星期", Expr::RelWeek(0), None),
    ("下周", Expr::RelWeek(1), None),
    ("下星期", Expr::RelWeek(1), None),
    ("下个星期", Expr::RelWeek(1), None),
    ("上上周", Expr::RelWeek(-2), None),
    ("下下周", Expr::RelWeek(2), None),
    ("上一周", Expr::RelWeek(-1), None),
    ("这一周", Expr::RelWeek(0), None),
    ("下一周", Expr::RelWeek(1), None),
    ("上礼拜", Expr::RelWeek(-1), None),
    ("上个礼拜", Expr::RelWeek(-1), None),
    ("这礼拜", Expr::RelWeek(0), None),
    ("这个礼拜", Expr::RelWeek(0), None),
    ("本礼拜", Expr::RelWeek(0), None),
    ("下礼拜", Expr::RelWeek(1), None),
    ("下个礼拜", Expr::RelWeek(1), None),
];

/// Month words that a day may follow (`本月9日`, `上个月15号`).
const MONTH_WORDS: &[(&str, Option<i32>)] = &[
    ("本月", None),
    ("当月", None),
    ("同月", None),
    ("这个月", None),
    ("上个月", Some(-1)),
    ("上一个月", Some(-1)),
    ("上月", Some(-1)),
    ("下个月", Some(1)),
    ("下月", Some(1)),
];

/// Whether what follows a day word makes it part of a newspaper's name (`光明日报`, `今晚报`): 报,
/// but not the verbs it begins (`今日报道`, `当天报告`).
fn in_paper_name(after: &str) -> bool {
    after.starts_with('报') && !["报道", "报告", "报名", "报送", "报到", "报称", "报案", "报警"].iter().any(|v| after.starts_with(v))
}

/// Names of media and programmes that open with 今日 (`今日头条`, `今日说法`).
const MEDIA_AFTER_TODAY: &[&str] = &["头条", "说法", "关注", "视点", "聚焦", "中国", "美国", "早报", "晚报", "新闻", "资讯"];

/// Whether `今日` with `before` and `after` around it opens the name of a medium: a known one
/// (`今日头条`), or a short name given as a source (`来源：今日潍坊`, `《今日西宁》`), where a
/// date would not stand.
fn in_media_name(before: &str, after: &str) -> bool {
    if MEDIA_AFTER_TODAY.iter().any(|m| after.starts_with(m)) {
        return true;
    }
    let before = before.trim_end();
    if !["来源：", "来源:", "来源", "稿源：", "《"].iter().any(|w| before.ends_with(w)) {
        return false;
    }
    let name = after.chars().take_while(|&c| crate::text::is_cjk(c)).count();
    (1..=4).contains(&name)
}

/// Year words (`今年`, `去年`), after which months and quarters may follow like after `2023年`.
const YEAR_WORDS: &[(&str, Year)] = &[
    ("今年", Year::Rel(0)),
    ("本年", Year::Rel(0)),
    ("这一年", Year::Rel(0)),
    ("去年", Year::Rel(-1)),
    ("上年", Year::Rel(-1)),
    ("上一年", Year::Rel(-1)),
    ("明年", Year::Rel(1)),
    ("前年", Year::Rel(-2)),
    ("次年", Year::Ana(1)),
    ("翌年", Year::Ana(1)),
    ("同年", Year::Ana(0)),
];

/// Parses one expression (without suffixes). `second` allows the looser forms a range's second end
/// takes (`至24日`, `到十五号`, `至2月10`).
fn expr(c: &mut Cur<'_>, prev: Option<char>, second: bool) -> Option<(Expr, Option<PartOfDay>)> {
    let rest = c.rest();
    // Most expressions start with a numeral, which no word does.
    let words = begins_word(rest);
    for (w, e, pod) in WORDS.iter().filter(|_| words) {
        if rest.starts_with(w) {
            let after = rest.get(w.len()..).unwrap_or_default();
            if in_paper_name(after) || *w == "今日" && in_media_name(c.s.get(..c.i).unwrap_or_default(), after) {
                return None;
            }
            c.i += w.len();
            if let Expr::RelWeek(k) = e {
                // the week word may be followed by the weekday's own (`上周星期三`, `下周周六`)
                let mut r = *c;
                r.eat_any(&WEEKDAY_WORDS);
                if let Some(day) = weekday_number(&mut r) {
                    *c = r;
                    return Some((Expr::RelWeekday(*k, day), None));
                }
            }
            return Some((*e, *pod));
        }
    }
    if let Some(day) = bare_weekday(c, prev) {
        return Some((Expr::Weekday(day), None));
    }
    for (w, rel) in MONTH_WORDS.iter().filter(|_| words) {
        if rest.starts_with(w) {
            c.i += w.len();
            let day = day_of_month(c);
            return Some((rel.map_or(Expr::AnaMonth(day), |k| Expr::RelMonth(k, day)), None));
        }
    }
    for (w, y) in YEAR_WORDS.iter().filter(|_| words) {
        if rest.starts_with(w) {
            // 配上年画, 上年纪: 上 is the verb there, and 年 begins a word of its own
            if *w == "上年" && rest.get(w.len()..).is_some_and(|r| r.starts_with(['画', '纪', '级', '货', '轻'])) {
                return None;
            }
            c.i += w.len();
            let e = year_tail(c, *y);
            // 同年 is the last year stated only with a month or quarter after it (同年7月); alone it
            // is as often `of the same age` (同年龄, 同年级).
            if *w == "同年" && matches!(e, Expr::Ymd { m: None, .. }) {
                return None;
            }
            return Some((e, None));
        }
    }
    if let Some(e) = bare_year_edge(c) {
        return Some((e, None));
    }
    if let Some(e) = iso(c).or_else(|| compact(c)).or_else(|| dotted_month_day(c)).or_else(|| dotted_year_month(c, second)) {
        return Some((e, None));
    }
    if let Some(y) = year(c).or_else(|| year_before_range(c)) {
        return Some((year_tail(c, y), None));
    }
    if let Some(e) = quarters(c, Year::Missing) {
        return Some((e, None));
    }
    if prev.is_some_and(counts_before) {
        // 近3月 is a count, but 纽约1月1日, 大连十二月三十一日 are dates: a month with its day never counts
        let mut r = *c;
        let dated = month_day(&mut r, Year::Missing).filter(|e| matches!(e, Expr::Ymd { d: Some(_), .. }));
        if dated.is_some() {
            *c = r;
        }
        return dated.map(|e| (e, None));
    }
    if let Some(e) = month_day(c, Year::Missing) {
        return Some((e, None));
    }
    bare_day(c, prev, second).map(|e| (e, None))
}

/// `年底`, `年末`, `年初` without a year: the year is the one the article is about. Nothing is
/// consumed, [`edge`] reads the part of the year as after `2023年`.
fn bare_year_edge(c: &Cur<'_>) -> Option<Expr> {
    if !c.rest().starts_with('年') {
        return None;
    }
    let e = Expr::Ymd { y: Year::Ana(0), m: None, d: None };
    let mut t = *c;
    edge(&mut t, &e).map(|_| e)
}

/// Characters before a numeral that make a month or day a count (`近3月`, `每5日`, `第2日`).
fn counts_before(p: char) -> bool {
    matches!(p, '近' | '每' | '第' | '个' | '数' | '几' | '连' | '隔' | '约' | '超' | '逾' | '满' | '前' | '后')
}

/// `2023-12-09`, `2023.12.09`, `2023/12/9`, `1994.01-19`.
fn iso(c: &mut Cur<'_>) -> Option<Expr> {
    let mut r = *c;
    let y = r.number().filter(|n| n.arabic && n.chars == 4 && (1900..=2099).contains(&n.value))?;
    let sep = |r: &mut Cur<'_>| r.eat_any(&["-", ".", "/"]).is_some();
    if !sep(&mut r) {
        return None;
    }
    let m = r.number().filter(|n| n.arabic && n.chars <= 2 && (1..=12).contains(&n.value))?;
    if !sep(&mut r) {
        return None;
    }
    let d = iso_day(&mut r)?;
    // 2023.12.09.5 is a version or a section number
    if r.rest().starts_with(['.', '/']) && r.rest().get(1..).is_some_and(|s| s.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    valid(y.value, m.value, d)?;
    *c = r;
    Some(Expr::Ymd { y: Year::Explicit(y.value), m: Some(m.value as i8), d: Some(d as i8) })
}

/// `12.8日`: a month and a day joined by a dot, which only the 日 or 号 after it tells from a
/// decimal (`12.8%`, `12.8万亩`).
fn dotted_month_day(c: &mut Cur<'_>) -> Option<Expr> {
    let mut r = *c;
    let m = r.number().filter(|n| n.arabic && n.chars <= 2 && (1..=12).contains(&n.value))?;
    if !r.eat(".") {
        return None;
    }
    let d = r.number().filter(|n| n.arabic && n.chars <= 2 && (1..=31).contains(&n.value))?;
    r.eat_any(&["日", "号"])?;
    let (m, d) = (m.value as i8, d.value as i8);
    if !valid_md(Year::Missing, m, d) {
        return None;
    }
    *c = r;
    Some(Expr::Ymd { y: Year::Missing, m: Some(m), d: Some(d) })
}

/// `1999.08-2002.02`, `2008.03-2009`, `2015.03至今`: years and months joined by a dot, as résumés of
/// officials give their posts. Alone, `2023.12` may be a decimal, so a first end needs the range
/// after it; a second end may be a bare year.
fn dotted_year_month(c: &mut Cur<'_>, second: bool) -> Option<Expr> {
    let mut r = *c;
    let y = r.number().filter(|n| n.arabic && n.chars == 4 && (1900..=2099).contains(&n.value))?;
    let year_only = Expr::Ymd { y: Year::Explicit(y.value), m: None, d: None };
    if !r.eat(".") {
        let bare = second && !r.rest().starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '年' | '%' | '.'));
        return bare.then(|| {
            *c = r;
            year_only
        });
    }
    let m = r.number().filter(|n| n.arabic && n.chars <= 2 && (1..=12).contains(&n.value))?;
    let next = r.rest();
    let ranged = next.starts_with(['-', '至', '到']);
    if next.starts_with(|ch: char| ch.is_ascii_digit() || matches!(ch, '.' | '%' | '万' | '亿')) || !(second || ranged) {
        return None;
    }
    *c = r;
    Some(Expr::Ymd { y: Year::Explicit(y.value), m: Some(m.value as i8), d: None })
}

/// The day of an ISO date. A line wrap between the date and its time is dropped by the cleaning
/// (`2018-11-21\n08:29` → `2018-11-2108：29`), so a two-digit day may run straight into `HH：MM`.
fn iso_day(c: &mut Cur<'_>) -> Option<i32> {
    let rest = c.rest();
    let run = rest.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(rest.len());
    let len = match run {
        1 | 2 => run,
        4 if rest.get(run..).is_some_and(|r| r.starts_with('：')) => 2,
        _ => return None,
    };
    let d: i32 = rest.get(..len)?.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    c.i += len;
    Some(d)
}

/// `20240307`: exactly eight digits that make a valid date (longer runs are ids and phone numbers).
fn compact(c: &mut Cur<'_>) -> Option<Expr> {
    let rest = c.rest();
    let run = rest.find(|ch: char| !ch.is_ascii_digit()).unwrap_or(rest.len());
    if run != 8 || rest.get(run..).is_some_and(|r| r.starts_with(['年', '.', '-', '/'])) {
        return None;
    }
    let n = |a: usize, b: usize| rest.get(a..b).and_then(|s| s.parse::<i32>().ok());
    let (y, m, d) = (n(0, 4)?, n(4, 6)?, n(6, 8)?);
    if !(1900..=2099).contains(&y) {
        return None;
    }
    valid(y, m, d)?;
    c.i += 8;
    Some(Expr::Ymd { y: Year::Explicit(y), m: Some(m as i8), d: Some(d as i8) })
}

/// `2023年`, `二〇二三年`, and `15年`/`九零年` when a month follows. Not `1980年代`.
fn year(c: &mut Cur<'_>) -> Option<Year> {
    if let Some((value, len)) = spaced_year(c.rest()) {
        c.i += len;
        return Some(Year::Explicit(value));
    }
    let mut r = *c;
    let n = r.number()?;
    let digit_by_digit = n.arabic || !r.s.get(c.i..r.i).is_some_and(|s| s.contains(['十', '廿', '卅']));
    // 1980年代 is a decade, but 1994年代表… is the year before a verb
    let decade = r.rest().starts_with("年代") && !r.rest().starts_with("年代表");
    if !digit_by_digit || !r.eat("年") || decade || r.rest().starts_with(['级', '龄', '限', '均']) {
        return None;
    }
    let y = match n.chars {
        4 if (1900..=2099).contains(&n.value) => Year::Explicit(n.value),
        2 => {
            // 15年3月, 19年底: only with a month or a part of the year, otherwise 15年 is a duration
            let y = Year::TwoDigit(n.value);
            let (mut m, mut e) = (r, r);
            if month_day(&mut m, y).is_none() && edge(&mut e, &Expr::Ymd { y, m: None, d: None }).is_none() {
                return None;
            }
            Year::TwoDigit(n.value)
        }
        _ => return None,
    };
    *c = r;
    Some(y)
}

/// `2 0 2 3年`: OCR set a year's four digits apart, one space each. The value and the bytes taken.
fn spaced_year(s: &str) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let digit = |k: usize| b.get(k).filter(|c| c.is_ascii_digit()).map(|c| i32::from(c - b'0'));
    if b.get(1) != Some(&b' ') {
        return None;
    }
    let mut value = 0;
    for k in [0, 2, 4, 6] {
        value = value * 10 + digit(k)?;
        if k < 6 && b.get(k + 1) != Some(&b' ') {
            return None;
        }
    }
    let after = if b.get(7) == Some(&b' ') { 8 } else { 7 };
    let rest = s.get(after..)?;
    let plain = rest.strip_prefix('年')?;
    let ok = (1900..=2099).contains(&value) && !plain.starts_with("年代") && !plain.starts_with(['级', '龄', '限', '均']);
    ok.then_some((value, after + '年'.len_utf8()))
}

/// `1985` without 年 as the first end of a year range (`1985到89年9月`, `2020-2025年`).
fn year_before_range(c: &mut Cur<'_>) -> Option<Year> {
    let mut r = *c;
    let n = r.number().filter(|n| n.arabic && n.chars == 4 && (1900..=2099).contains(&n.value))?;
    let after = r;
    if !(r.eat_any(&["至", "到"]).is_some() || eat_dashes(&mut r)) {
        return None;
    }
    year(&mut r)?;
    *c = after;
    Some(Year::Explicit(n.value))
}

/// What may follow a year: quarters, halves, a month (with day); else the year alone.
fn year_tail(c: &mut Cur<'_>, y: Year) -> Expr {
    if let Some(e) = quarters(c, y) {
        return e;
    }
    if let Some(e) = month_day(c, y) {
        return e;
    }
    c.eat("度"); // 2023年度
    Expr::Ymd { y, m: None, d: None }
}

/// `第三季度`, `一季度`, `Q1`, `前三季度`, `前两个季度`, `首季度`, `上半年`, `下半年`.
fn quarters(c: &mut Cur<'_>, y: Year) -> Option<Expr> {
    let mut r = *c;
    let q = |q1: i8, q2: i8, half: bool| Expr::Quarters { y, q1, q2, half };
    if let Some(k) = r.eat_any(&["上半年", "下半年"]) {
        *c = r;
        return Some(if k == 0 { q(1, 2, true) } else { q(3, 4, true) });
    }
    if r.eat("首季度") {
        *c = r;
        return Some(q(1, 1, false));
    }
    if r.eat("Q") {
        let n = r.number().filter(|n| n.arabic && (1..=4).contains(&n.value))?;
        r.eat("季度");
        *c = r;
        return Some(q(n.value as i8, n.value as i8, false));
    }
    let first = r.eat("前");
    if !first {
        r.eat("第");
    }
    let n = r.number().filter(|n| (1..=4).contains(&n.value) && n.chars == 1)?;
    let n = n.value as i8;
    if first {
        r.eat("个");
    }
    // `一至三季度`, `第一至第三季度`, `1—3季度`, `第一、二季度`: consecutive quarters are one span
    let mut last = n;
    if !first {
        loop {
            let mut t = r;
            let listed = t.eat("、");
            if !(listed || eat_dashes(&mut t) || t.eat_any(&["至", "到"]).is_some()) {
                break;
            }
            t.eat("第");
            let Some(m) = t.number().filter(|m| m.chars == 1 && m.value as i8 > last && m.value <= 4) else { break };
            if listed && m.value as i8 != last + 1 {
                break;
            }
            last = m.value as i8;
            r = t;
        }
    }
    if !r.eat("季度") {
        return None;
    }
    *c = r;
    Some(if first { q(1, n, false) } else { q(n, last, false) })
}

/// A month (`12月`, `十二月`, `3月份`), a month range (`1-9月`), a month with day (`12月9日`,
/// `12月9号`, `1月3` before a stop), or a day range (`4月12-19日`).
fn month_day(c: &mut Cur<'_>, y: Year) -> Option<Expr> {
    let mut r = *c;
    let m = month_number(&mut r)?;
    {
        // 1-9月, 1至10月, 2019年1-五月: the second month becomes its own expression in the range
        let mut t = r;
        if (eat_dashes(&mut t) || t.eat_any(&["至", "到"]).is_some()) && month_number(&mut t).is_some() && t.rest().starts_with('月') {
            *c = r;
            return Some(Expr::Ymd { y, m: Some(m), d: None });
        }
    }
    if !r.eat("月") {
        return None;
    }
    r.eat("份");
    let ymd = |d: Option<i8>| Expr::Ymd { y, m: Some(m), d };
    let mut t = r;
    if let Some(d) = t.number().filter(|n| n.chars <= 3 && (1..=31).contains(&n.value)).map(|d| ocr_split_day(&mut t, d)) {
        let mut u = t;
        // 4月12-19日: a day range, the second day parsed again as the range's end
        if u.eat("-") && u.number().is_some_and(|n| (1..=31).contains(&n.value)) && u.rest().starts_with(['日', '号']) {
            *c = t;
            return valid_md(y, m, d.value as i8).then(|| ymd(Some(d.value as i8)));
        }
        if t.eat_any(&["日", "号"]).is_some() || (d.arabic && d.chars <= 2 && is_soft_stop(t.peek())) {
            // `2023年2月29日` is no date, but no piece of it is one either: the whole is read, and
            // resolving drops it
            if valid_md(y, m, d.value as i8) || valid_md(Year::Missing, m, d.value as i8) {
                *c = t;
                return Some(ymd(Some(d.value as i8)));
            }
            return None;
        }
    }
    *c = r;
    Some(ymd(None))
}

/// `7月1 5日`: OCR split a day's two digits with a space, which the cleaning keeps between digits.
fn ocr_split_day(c: &mut Cur<'_>, d: Num) -> Num {
    let b = c.rest().as_bytes();
    if let (true, 1, Some(b' '), Some(&digit), Some(unit)) = (d.arabic, d.chars, b.first(), b.get(1), c.rest().get(2..)) {
        let value = d.value * 10 + i32::from(digit.wrapping_sub(b'0'));
        if digit.is_ascii_digit() && value <= 31 && unit.starts_with(['日', '号']) {
            c.i += 2;
            return Num { value, chars: 2, ..d };
        }
    }
    d
}

fn month_number(c: &mut Cur<'_>) -> Option<i8> {
    // 元月 is January as newspapers write it
    if c.rest().starts_with("元月") {
        c.i += "元".len();
        return Some(1);
    }
    if let Some(m) = split_month(c.rest()) {
        c.i += 3;
        return Some(m);
    }
    let n = c.number()?;
    ((1..=12).contains(&n.value) && n.chars <= 2 && !n.liang).then_some(n.value as i8)
}

/// A day after a month word (`本月9日`, `上个月15号`).
fn day_of_month(c: &mut Cur<'_>) -> Option<i8> {
    let mut r = *c;
    let d = r.number().filter(|n| (1..=31).contains(&n.value) && n.chars <= 3)?;
    r.eat_any(&["日", "号"])?;
    *c = r;
    Some(d.value as i8)
}

/// What follows a count of days rather than a day of the month (`3日内`, `5日后`, `2日左右`).
const DURATION_AFTER: [char; 8] = ['内', '后', '以', '之', '左', '间', '里', '均'];

/// `7日` alone (Arabic digits only, so `一日之计` and `两日` stay out). Not after 第/个/每/月 and
/// not before 内/后 (durations: `3日内`). As a range's second end, also `24日`, `十五号`, `10`.
fn bare_day(c: &mut Cur<'_>, prev: Option<char>, second: bool) -> Option<Expr> {
    let mut r = *c;
    let n = r.number().filter(|n| (1..=31).contains(&n.value) && n.chars <= 3)?;
    if n.liang {
        return None;
    }
    let unit = r.eat_any(&["日", "号"]);
    // Before a count of days (共3-5日, 需2至3日) the numbers are a duration.
    let duration_before = |p: char| p.is_ascii_digit() || "第共约需用达近仅历每续期花耗费为./".contains(p);
    if unit.is_none() && !second && n.chars <= 2 && prev.is_none_or(|p| !duration_before(p)) {
        // 12—14日, 12至14日: the first day of a range shares the second's 日, parsed again as its end
        let mut t = r;
        if (eat_dashes(&mut t) || t.eat_any(&["至", "到"]).is_some())
            && t.number().is_some_and(|m| m.value > n.value && m.value <= 31 && m.chars <= 3)
            && t.eat_any(&["日", "号"]).is_some()
            && !t.rest().starts_with(DURATION_AFTER)
        {
            *c = r;
            return Some(Expr::Ymd { y: Year::Missing, m: None, d: Some(n.value as i8) });
        }
    }
    let ok = if second {
        unit.is_some() || (n.arabic && is_soft_stop(r.peek()))
    } else {
        unit == Some(0)
            && n.chars <= 2
            && prev != Some('月')
            // the end of a range whose start was no day (共2-4日)
            && !prev.is_some_and(|p| matches!(p, '-' | '—' | '–' | '～' | '~'))
            && !r.rest().starts_with(DURATION_AFTER)
            && (n.arabic || wire_day(prev, r.rest()))
    };
    if !ok {
        return None;
    }
    *c = r;
    Some(Expr::Ymd { y: Year::Missing, m: None, d: Some(n.value as i8) })
}

/// Whether a day of Chinese numerals written without its month (`三日`) is the wire services' day of
/// the current month (`以色列总理府三日晚宣布`, `自一日起`) rather than a count of days (`一日三餐`,
/// `这一日`): a subject before it, and a part of day, 起 or a reporting verb after it.
fn wire_day(prev: Option<char>, after: &str) -> bool {
    const AFTER: &[&str] = &[
        "晚", "早", "夜", "上午", "下午", "中午", "凌晨", "傍晚", "清晨", "起", "在", "发表", "宣布", "举行", "报道", "表示", "说", "称",
        "会见", "召开", "签署", "抵达", "出席", "致电", "发布", "通过", "公布",
    ];
    let subject = prev.is_none_or(|p| !matches!(p, '这' | '那' | '同' | '某' | '头' | '整' | '半' | '逐' | '有' | '一' | '几'));
    subject && AFTER.iter().any(|w| after.starts_with(w))
}

/// What may follow a day: a weekday, a part of day, clock times and a clock-time range.
fn day_suffixes(c: &mut Cur<'_>) -> Option<PartOfDay> {
    weekday(c);
    let mut pod = part_of_day(c);
    if clock(c) {
        let mut r = *c;
        if r.eat_any(&["至", "到"]).is_some() || eat_dashes(&mut r) {
            let pod2 = part_of_day(&mut r);
            if clock(&mut r) {
                *c = r;
                pod = pod.or(pod2);
            }
        }
    }
    c.eat_any(&["左右", "许"]);
    pod
}

/// The day after a week word (`本周五`, `下星期一`, `上周日`); not `本周一直`, `这周一些`.
fn weekday_number(c: &mut Cur<'_>) -> Option<i8> {
    let mut r = *c;
    let day = match r.peek()? {
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '日' | '天' => 7,
        _ => return None,
    };
    r.i += 3;
    if day == 1 && r.peek().is_some_and(|n| "些直样定切致般旦律同道共方层再".contains(n)) {
        return None;
    }
    *c = r;
    Some(day)
}

/// The words a weekday's number follows.
const WEEKDAY_WORDS: [&str; 3] = ["星期", "礼拜", "周"];

/// A weekday written without a week word (`周二上午`, `星期天`). Not a count of weeks or a
/// recurrence (`一周一次`, `每周一`, `第一周`), and with 周, which is also a surname, only where a
/// date goes on as dates do (`周一上午`, `周一、周三`, `周五前`), not into a name (`周一鸣`).
fn bare_weekday(c: &mut Cur<'_>, prev: Option<char>) -> Option<i8> {
    if prev.is_some_and(|p| number::is_numeral_char(p) || "每个几两上下本这前后近数半整隔第".contains(p)) {
        return None;
    }
    let mut r = *c;
    let word = r.eat_any(&WEEKDAY_WORDS)?;
    if r.peek() == Some('天') && WEEKDAY_WORDS.get(word) == Some(&"周") {
        return None;
    }
    let day = weekday_number(&mut r)?;
    // the name of an edition or a programme (`星期天版`, `周五档`) is no date
    if r.peek().is_some_and(|n| "版刊报档栏".contains(n)) {
        return None;
    }
    let goes_on = r.peek().is_none_or(|n| !crate::text::is_cjk(n) || "上下中晚早凌夜至到和及起前将召举在开".contains(n));
    if WEEKDAY_WORDS.get(word) == Some(&"周") && !goes_on {
        return None;
    }
    *c = r;
    Some(day)
}

fn weekday(c: &mut Cur<'_>) {
    let mut r = *c;
    let paren = r.eat("（");
    if r.eat_any(&["星期", "礼拜", "周"]).is_some()
        && r.eat_any(&["一", "二", "三", "四", "五", "六", "日", "天"]).is_some()
        && (!paren || r.eat("）"))
    {
        *c = r;
    }
}

const PARTS_OF_DAY: &[(&str, PartOfDay)] = &[
    ("上午", PartOfDay::Morning),
    ("早上", PartOfDay::Morning),
    ("早晨", PartOfDay::Morning),
    ("清晨", PartOfDay::Morning),
    ("中午", PartOfDay::Noon),
    ("午间", PartOfDay::Noon),
    ("下午", PartOfDay::Afternoon),
    ("午后", PartOfDay::Afternoon),
    ("傍晚", PartOfDay::Evening),
    ("晚上", PartOfDay::Evening),
    ("晚间", PartOfDay::Evening),
    ("夜间", PartOfDay::Night),
    ("夜里", PartOfDay::Night),
    ("深夜", PartOfDay::Night),
    ("午夜", PartOfDay::Night),
    ("凌晨", PartOfDay::Night),
];

/// The words of [`PARTS_OF_DAY`] as a regex alternation, for the patterns of other modules that
/// read a lead's time (`6月19日下午，`).
pub(crate) static PART_OF_DAY_WORDS: Lazy<String> = Lazy::new(|| PARTS_OF_DAY.iter().map(|(w, _)| *w).collect::<Vec<_>>().join("|"));

fn part_of_day(c: &mut Cur<'_>) -> Option<PartOfDay> {
    let rest = c.rest();
    if let Some((w, p)) = PARTS_OF_DAY.iter().find(|(w, _)| rest.starts_with(w)) {
        c.i += w.len();
        return Some(*p);
    }
    // `25日晚，` `25日夜` on their own; not `晚报`, `晚点`.
    let (w, p) = [("晚", PartOfDay::Evening), ("夜", PartOfDay::Night)].into_iter().find(|(w, _)| rest.starts_with(w))?;
    if sub(rest, w.len()..).starts_with(['报', '報', '点', '點']) {
        return None;
    }
    c.i += w.len();
    Some(p)
}

/// A clock time: `10时`, `17时30分`, `8点半`, `21：25`, `09：36：46`, ` 17:03` after an ISO date.
fn clock(c: &mut Cur<'_>) -> bool {
    let mut r = *c;
    r.eat(" ");
    let Some(h) = r.number().filter(|n| (0..=24).contains(&n.value) && n.chars <= 3) else {
        return false;
    };
    if r.eat_any(&["时", "点"]).is_some() {
        let mut m = r;
        if m.number().is_some_and(|n| (0..=59).contains(&n.value)) && m.eat("分") {
            r = m;
        } else {
            r.eat_any(&["半", "整"]);
        }
    } else if h.arabic && r.eat("：") {
        let Some(_) = r.number().filter(|n| n.arabic && n.chars == 2 && n.value < 60) else {
            return false;
        };
        let mut s = r;
        if s.eat("：") && s.number().is_some_and(|n| n.arabic && n.chars == 2) {
            r = s;
        }
        r.eat("时");
    } else {
        return false;
    }
    *c = r;
    true
}

// ---------------------------------------------------------------------------------------------
// Resolution

fn valid(y: i32, m: i32, d: i32) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

/// Whether a month and day can exist (in a leap year when the year is not known).
fn valid_md(y: Year, m: i8, d: i8) -> bool {
    let year = if let Year::Explicit(y) = y { y } else { 2024 };
    valid(year, i32::from(m), i32::from(d)).is_some()
}

fn add_days(d: Date, n: i32) -> Option<Date> {
    d.checked_add(i64::from(n).days()).ok()
}

fn add_months(d: Date, n: i32) -> Option<Date> {
    d.checked_add(i64::from(n).months()).ok()
}

fn month_range(first: Date) -> (Date, Date) {
    (first, first.last_of_month())
}

/// What the article has stated so far, for anaphora and year inference.
struct Anchors {
    reference: Option<Date>,
    /// The day of the article's dateline (`本报洛阳6月19日讯`, `新华社北京1月5日电`): its `今天`
    /// and `昨天` count from it, not from the publication date.
    dateline: Option<Date>,
    last_day: Option<Date>,
    last_month: Option<Date>,
    /// The last day stated (a range's second end), or the first of the last month stated: the
    /// month a bare day (`6日`) is told in.
    story_day: Option<Date>,
    /// The year of the last date stated, for `次年` and a bare `年底`.
    last_year: Option<i32>,
    /// How many days the mention being resolved may lie ahead of the reference date ([`days_ahead`]).
    ahead: i32,
    /// The first day of the mention resolved last.
    previous: Option<Date>,
    /// The last day or month stated with its year written (`2022年3月1日`, `去年5月`), or inheriting
    /// one: a story told in a past year goes on without repeating it (`3月5日，督察组…`).
    narrative: Option<Date>,
    /// Set by [`Anchors::ymd`] when the mention being resolved (either end of a range) took its
    /// year from `narrative`.
    from_narrative: Cell<bool>,
}

struct Resolved {
    range: Option<(Date, Date)>,
    grain: Grain,
    kind: DateKind,
}

impl Anchors {
    /// Resolves one mention and records it as the latest anchor. `None` drops the mention (an
    /// impossible date such as `2月30日`).
    fn resolve(&mut self, raw: &Raw) -> Option<Resolved> {
        let (mut grain, mut kind) = (raw.from.grain(), raw.from.kind());
        self.from_narrative.set(false);
        // A listed mention (`1997年9月和11月`) takes what it leaves unwritten from the one before it.
        let base = if raw.listed { self.previous } else { None };
        let from = self.range(&raw.from, base);
        if from == Err(Invalid) {
            return None;
        }
        let whole_from = from.ok().flatten();
        let mut range = narrow(whole_from, raw.edges[0]);
        if raw.edges[0].is_some() {
            grain = Grain::Span;
        }
        if let Some(to) = &raw.to {
            let to_range = narrow(self.range(to, whole_from.map(|r| r.0)).ok().flatten(), raw.edges[1]);
            // `12月30日至2025年1月2日`: a first end without its year lies in the year the second
            // end writes, or the one before when its month comes later
            if let (Expr::Ymd { y: Year::Missing, m: Some(m), d }, Expr::Ymd { y: Year::Explicit(ty), m: tm, .. }) = (&raw.from, to) {
                let year = if tm.is_some_and(|tm| *m > tm) { ty - 1 } else { *ty };
                let from = Expr::Ymd { y: Year::Explicit(year), m: Some(*m), d: *d };
                if let Ok(Some(r)) = self.range(&from, None) {
                    range = narrow(Some(r), raw.edges[0]);
                }
            }
            grain = Grain::Span;
            // a second end counted from the first (`次日`) is as absolute as the first
            if to.kind() != DateKind::Absolute && !matches!(to, Expr::AnaDay(_)) {
                kind = to.kind();
            }
            range = match (range, to_range) {
                (Some((a, _)), Some((_, b))) if a <= b => Some((a, b)),
                (Some(_), Some(_)) => return None,
                _ => None,
            };
        }
        if raw.since {
            grain = Grain::Span;
            kind = DateKind::Relative;
            range = match (range, self.reference) {
                (Some((a, _)), Some(r)) if a <= r => Some((a, r)),
                // 2024年1月1日起施行 read before that day: the date itself
                (Some((a, b)), Some(_)) => {
                    grain = raw.from.grain();
                    kind = raw.from.kind();
                    Some((a, b))
                }
                _ => None,
            };
        }
        self.previous = range.map(|(a, _)| a);
        self.carry_narrative(raw, range);
        if let Some((a, b)) = range {
            if a == b {
                grain = if raw.since || raw.to.is_some() { Grain::Span } else { Grain::Day };
            }
            match raw.from.grain() {
                Grain::Day if !raw.since => {
                    self.last_day = Some(if raw.to.is_some() { b } else { a });
                    self.last_month = Some(a.first_of_month());
                    self.story_day = self.last_day;
                }
                Grain::Month if !raw.since => {
                    self.last_month = Some(a.first_of_month());
                    self.story_day = Some(a.first_of_month());
                }
                _ => {}
            }
            if !raw.since {
                self.last_year = Some(i32::from(b.year()));
            }
        }
        Some(Resolved { range, grain, kind })
    }

    /// Keeps [`Anchors::narrative`]: a day or month with its year written (or taken from the
    /// narrative) carries it on; one whose year was inferred from the reference date ends it.
    fn carry_narrative(&mut self, raw: &Raw, range: Option<(Date, Date)>) {
        if raw.listed || raw.since || matches!(raw.from, Expr::AnaDay(_) | Expr::AnaMonth(_)) {
            return;
        }
        // A year alone (`2019年，…`) or a day counted from today (`昨天`) brings the story back
        // to the present.
        let Expr::Ymd { y, m: Some(_), .. } = raw.from else {
            self.narrative = None;
            return;
        };
        let written = !matches!(y, Year::Missing) || self.from_narrative.get();
        self.narrative = range.filter(|_| written).map(|(a, _)| a);
    }

    /// The days an expression covers. `base` is the resolved start of a range's first end, whose
    /// year and month a second end inherits (`11月23日至24日`).
    fn range(&self, e: &Expr, base: Option<Date>) -> Result<Option<(Date, Date)>, Invalid> {
        let r = self.reference;
        Ok(match *e {
            Expr::Ymd { y, m, d } => return self.ymd(y, m, d, base),
            Expr::Quarters { y, q1, q2, .. } => {
                let Some(year) = self.year(y, base) else { return Ok(None) };
                let quarters = |year: i32| -> Result<(Date, Date), Invalid> {
                    let a = valid(year, i32::from(q1) * 3 - 2, 1).ok_or(Invalid)?;
                    Ok((a, valid(year, i32::from(q2) * 3, 1).ok_or(Invalid)?.last_of_month()))
                };
                let (a, b) = quarters(year)?;
                // 第四季度 in January is last year's
                let ahead = |d: Date, days: i32| r.and_then(|r| add_days(r, days)).is_some_and(|l| d > l);
                let later =
                    if self.ahead > GRACE_DAYS { ahead(a, self.ahead) } else { ahead(a, QUARTER_START_DAYS) || ahead(b, QUARTER_END_DAYS) };
                Some(if y == Year::Missing && base.is_none() && later { quarters(year - 1)? } else { (a, b) })
            }
            Expr::RelQuarter(k) => r.and_then(|r| {
                let q_start = valid(i32::from(r.year()), (i32::from(r.month()) - 1) / 3 * 3 + 1, 1)?;
                let a = add_months(q_start, k * 3)?;
                Some((a, add_months(a, 2)?.last_of_month()))
            }),
            Expr::RelWeekday(k, day) => r.and_then(|r| {
                let monday = add_days(r, -i32::from(r.weekday().to_monday_zero_offset()))?;
                let d = add_days(monday, 7 * k + i32::from(day) - 1)?;
                Some((d, d))
            }),
            Expr::Weekday(day) => {
                // the second end of a range lies on or after its first (`周一至周三`)
                let (anchor, forward) = match base {
                    Some(b) => (Some(b), true),
                    None => (r, self.ahead > GRACE_DAYS),
                };
                anchor.and_then(|a| {
                    let offset = i32::from(day) - 1 - i32::from(a.weekday().to_monday_zero_offset());
                    let days = if forward { offset.rem_euclid(7) } else { -(-offset).rem_euclid(7) };
                    add_days(a, days).map(|d| (d, d))
                })
            }
            Expr::RelWeek(k) => r.and_then(|r| {
                let monday = add_days(r, -i32::from(r.weekday().to_monday_zero_offset()))?;
                let a = add_days(monday, 7 * k)?;
                Some((a, add_days(a, 6)?))
            }),
            Expr::RelDay(k) => self.dateline.or(r).and_then(|r| add_days(r, k)).map(|d| (d, d)),
            // as a range's second end, the day after its first (`12月4日20时至次日8时`)
            Expr::AnaDay(k) => base.or(self.last_day).or(r).and_then(|d| add_days(d, k)).map(|d| (d, d)),
            Expr::RelMonth(k, day) => {
                let first = r.and_then(|r| add_months(r.first_of_month(), k));
                month_or_day(first, day)?
            }
            Expr::AnaMonth(day) => month_or_day(self.last_month.or(r.map(|r| r.first_of_month())), day)?,
        })
    }

    fn year(&self, y: Year, base: Option<Date>) -> Option<i32> {
        let r = self.reference.map(|r| i32::from(r.year()));
        match y {
            Year::Explicit(y) => Some(y),
            Year::Rel(k) => r.map(|r| r + k),
            Year::Ana(k) => self.last_year.or(r).map(|y| y + k),
            Year::TwoDigit(n) => {
                // the century that puts the year closest to the range's first end or the reference
                let r = base.map(|b| i32::from(b.year())).or(r)?;
                let y = r / 100 * 100 + n;
                [y - 100, y, y + 100].into_iter().min_by_key(|c| (c - r).abs())
            }
            Year::Missing => base.map(|b| i32::from(b.year())).or(r),
        }
    }

    fn ymd(&self, y: Year, m: Option<i8>, d: Option<i8>, base: Option<Date>) -> Result<Option<(Date, Date)>, Invalid> {
        let (m, d) = (m.map(i32::from), d.map(i32::from));
        let reference = self.reference;
        let limit = reference.and_then(|r| add_days(r, self.ahead));
        if y == Year::Missing {
            // inherit from the range's first end, or infer from the reference date
            let (anchor, inherited) = match base {
                Some(b) => (Some(b), true),
                None => (reference, false),
            };
            let Some(a) = anchor else { return Ok(None) };
            if !inherited {
                if let Some(date) = self.in_narrative(m, d, limit) {
                    self.from_narrative.set(true);
                    return Ok(Some(date));
                }
            }
            let (ay, am) = (i32::from(a.year()), i32::from(a.month()));
            return Ok(match (m, d) {
                (Some(m), Some(d)) => {
                    let this = valid(ay, m, d).or_else(|| valid(ay - 1, m, d)).ok_or(Invalid)?;
                    let date = if inherited {
                        if this < a {
                            valid(ay + 1, m, d)
                        } else {
                            Some(this)
                        }
                    } else {
                        // the latest year not past the limit: next year's January in late December
                        latest_within([ay + 1, ay, ay - 1].into_iter().filter_map(|y| valid(y, m, d)), limit.unwrap_or(a))
                    };
                    date.map(|d| (d, d))
                }
                (Some(m), None) => {
                    let first = valid(ay, m, 1).ok_or(Invalid)?;
                    let first = if inherited {
                        if first < a.first_of_month() {
                            add_months(first, 12)
                        } else {
                            Some(first)
                        }
                    } else {
                        latest_within([12, 0, -12].into_iter().filter_map(|k| add_months(first, k)), limit.unwrap_or(a))
                    };
                    first.map(month_range)
                }
                (None, Some(d)) => {
                    if let Some(date) = self.in_story_month(d, limit).filter(|_| !inherited) {
                        return Ok(Some((date, date)));
                    }
                    let mut first = a.first_of_month();
                    if inherited {
                        let mut date = valid(ay, am, d);
                        if date.is_some_and(|x| x < a) || date.is_none() {
                            date = add_months(first, 1).and_then(|f| valid(i32::from(f.year()), i32::from(f.month()), d));
                        }
                        date.map(|d| (d, d))
                    } else {
                        // this month, or the last one when the day is still to come
                        for _ in 0..3 {
                            if let Some(date) = valid(i32::from(first.year()), i32::from(first.month()), d) {
                                if limit.is_none_or(|l| date <= l) {
                                    return Ok(Some((date, date)));
                                }
                            }
                            first = add_months(first, -1).ok_or(Invalid)?;
                        }
                        None
                    }
                }
                (None, None) => None,
            });
        }
        let Some(year) = self.year(y, base) else { return Ok(None) };
        Ok(Some(match (m, d) {
            (Some(m), Some(d)) => {
                let date = valid(year, m, d).ok_or(Invalid)?;
                (date, date)
            }
            (Some(m), None) => month_range(valid(year, m, 1).ok_or(Invalid)?),
            _ => (valid(year, 1, 1).ok_or(Invalid)?, valid(year, 12, 31).ok_or(Invalid)?),
        }))
    }
}

impl Anchors {
    /// A year-less month or day read in the year of the story told so far ([`Anchors::narrative`]):
    /// on or after its last date, or early next year when the story crosses a new year
    /// (`12月28日…1月2日`); never past `limit`. `None` leaves the year to the reference date.
    /// Day `d` of the month the story is told in (`11月5日，督察组进驻。6日，…`), or of the next
    /// month when the day lies well before the last one stated (`11月29日…。2日，…`); not past
    /// `limit`.
    fn in_story_month(&self, d: i32, limit: Option<Date>) -> Option<Date> {
        let last = self.story_day?;
        let (y, m) = (i32::from(last.year()), i32::from(last.month()));
        let same = valid(y, m, d);
        let rolls_over = same.is_some_and(|x| x < last && i32::from(last.day()) - d > MONTH_ROLLOVER_DAYS);
        let date = if rolls_over || same.is_none() {
            add_months(last.first_of_month(), 1).and_then(|f| valid(i32::from(f.year()), i32::from(f.month()), d))
        } else {
            same
        };
        date.filter(|x| limit.is_none_or(|l| *x <= l))
    }

    fn in_narrative(&self, m: Option<i32>, d: Option<i32>, limit: Option<Date>) -> Option<(Date, Date)> {
        let e = self.narrative?;
        let m = m?;
        let ey = i32::from(e.year());
        let range = |y: i32| -> Option<(Date, Date)> {
            match d {
                Some(d) => valid(y, m, d).map(|x| (x, x)),
                None => valid(y, m, 1).map(month_range),
            }
        };
        let same = range(ey)?;
        let pick = if same.1 >= e {
            same
        } else {
            let next = range(ey + 1)?;
            if add_days(e, NARRATIVE_ROLLOVER_DAYS).is_none_or(|l| next.0 > l) {
                return None;
            }
            next
        };
        limit.is_none_or(|l| pick.0 <= l).then_some(pick)
    }
}

/// How many days before the last day stated a bare day must lie to be read in the next month
/// (`29日…2日`); a day a little earlier is told looking back (`10日…。9日…`).
const MONTH_ROLLOVER_DAYS: i32 = 15;

/// How far past the narrative's last date a year-less date may roll into the next year
/// (`12月28日至30日…1月2日`); further on, the reference date decides.
const NARRATIVE_ROLLOVER_DAYS: i32 = 92;

/// The latest of `dates` (given latest first) that is not after `limit`, else the earliest.
fn latest_within(dates: impl Iterator<Item = Date>, limit: Date) -> Option<Date> {
    let mut last = None;
    for d in dates {
        if d <= limit {
            return Some(d);
        }
        last = Some(d);
    }
    last
}

/// The part of a resolved month or year that an edge names.
fn narrow(range: Option<(Date, Date)>, edge: Option<Edge>) -> Option<(Date, Date)> {
    let (a, b) = range?;
    let Some(edge) = edge else { return Some((a, b)) };
    let (y, m) = (i32::from(a.year()), i32::from(a.month()));
    match edge {
        Edge::Days(d1, d2) => {
            let last = a.last_of_month();
            let end = valid(y, m, i32::from(d2)).unwrap_or(last).min(last);
            Some((valid(y, m, i32::from(d1))?, end))
        }
        Edge::Months(m1, m2) => Some((valid(y, i32::from(m1), 1)?, valid(i32::from(b.year()), i32::from(m2), 1)?.last_of_month())),
        Edge::QuarterMonth { last: false } => Some((a, a.last_of_month())),
        Edge::QuarterMonth { last: true } => Some((b.first_of_month(), b)),
    }
}

/// A month (its first day given), or one day of it.
fn month_or_day(first: Option<Date>, day: Option<i8>) -> Result<Option<(Date, Date)>, Invalid> {
    let Some(first) = first else { return Ok(None) };
    Ok(Some(match day {
        Some(d) => {
            let date = valid(i32::from(first.year()), i32::from(first.month()), i32::from(d)).ok_or(Invalid)?;
            (date, date)
        }
        None => month_range(first),
    }))
}

/// An impossible date (`2月30日`): the mention is dropped.
#[derive(Debug, PartialEq)]
struct Invalid;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::CleanText;

    #[test]
    fn a_page_prints_its_publication_date() {
        let got = |page: &str| publication_date(page).map(|d| d.to_string());
        assert_eq!(got("首页 > 要闻\n发布时间：2024-04-18 09:32:15 来源：市生态环境局\n4月17日，…"), Some("2024-04-18".into()));
        assert_eq!(got("2023年12月8日 星期五 责任编辑：李明\nA2 要闻"), Some("2023-12-08".into()));
        assert_eq!(got("新华社北京２０２４年４月１８日电 今年以来，…"), Some("2024-04-18".into()));
        assert_eq!(got("发布日期：2019.12.13"), Some("2019-12-13".into()));
        // an unlabelled stamp: a date with its clock time, or with the source line it heads
        assert_eq!(got("【边督边改】…\n2023-07-21 18:30:05 来源：包头日报\n7月20日，…"), Some("2023-07-21".into()));
        assert_eq!(got("标题\n2022/5/6 来源：市政府网站\n5月5日，…"), Some("2022-05-06".into()));
        // a date the page reports is no stamp, nor an impossible one
        assert_eq!(got("本报讯 2024年4月17日，省督察组交办第十批信访件。"), None);
        assert_eq!(got("时间：2024-13-40"), None);
    }

    fn dates(text: &str, reference: Option<&str>) -> Vec<DateMention> {
        let clean = CleanText::new(text);
        let ctx = Ctx { original: text, clean: &clean, reference_date: reference.map(|r| r.parse().unwrap()) };
        extract(&ctx)
    }

    /// Marked text: `【…】` around each expected mention; `want` gives start..end per mention.
    fn check(marked: &str, reference: &str, want: &[(&str, &str)]) {
        let text: String = marked.replace(['【', '】'], "");
        let got = dates(&text, Some(reference));
        let mut expected_texts = Vec::new();
        let mut rest = marked;
        while let Some(a) = rest.find('【') {
            let b = rest[a..].find('】').unwrap() + a;
            expected_texts.push(rest[a + '【'.len_utf8()..b].to_string());
            rest = &rest[b..];
        }
        let got_texts: Vec<_> = got.iter().map(|m| m.text.clone()).collect();
        assert_eq!(got_texts, expected_texts, "mentions in {marked:?}");
        for (m, (s, e)) in got.iter().zip(want) {
            assert_eq!((m.start.as_deref(), m.end.as_deref()), (Some(*s), Some(*e)), "{:?} in {marked:?}", m.text);
        }
        for m in &got {
            assert_eq!(&text[m.span.range()], m.text);
        }
    }

    fn one(text: &str, reference: &str) -> DateMention {
        let got = dates(text, Some(reference));
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.into_iter().next().unwrap()
    }

    #[test]
    fn absolute_dates() {
        let r = "2023-12-10";
        check("【2023年12月9日】，", r, &[("2023-12-09", "2023-12-09")]);
        check("【12月9日】，", r, &[("2023-12-09", "2023-12-09")]);
        check("【二〇二三年十二月九日】", r, &[("2023-12-09", "2023-12-09")]);
        check("发布日期：【2023-12-09】 浏览", r, &[("2023-12-09", "2023-12-09")]);
        check("【2023.12.09】", r, &[("2023-12-09", "2023-12-09")]);
        check("【2023/12/9】", r, &[("2023-12-09", "2023-12-09")]);
        check("【12 月 9 日\n下午】，", r, &[("2023-12-09", "2023-12-09")]);
        check("【20231209】计划", r, &[("2023-12-09", "2023-12-09")]);
        check("【二〇一九年五月八日起】", r, &[("2019-05-08", "2023-12-10")]);
        check("【2024年1月1日起】施行", r, &[("2024-01-01", "2024-01-01")]);
        check("【2016年11月25日星期五】本报讯", r, &[("2016-11-25", "2016-11-25")]);
    }

    #[test]
    fn a_bare_day_is_told_in_the_month_of_the_story() {
        let r = "2024-12-10";
        check("【11月5日】，督察组进驻。【6日】，收到第一批。", r, &[("2024-11-05", "2024-11-05"), ("2024-11-06", "2024-11-06")]);
        check("【2023年6月】，督察组进驻。【10日下午】，召开会议。", r, &[("2023-06-01", "2023-06-30"), ("2023-06-10", "2023-06-10")]);
        check(
            "【2023年6月9日】，督察组进驻。【10日】，下沉。【当天】，召开会议。",
            r,
            &[("2023-06-09", "2023-06-09"), ("2023-06-10", "2023-06-10"), ("2023-06-10", "2023-06-10")],
        );
        // past the month's end the story goes on into the next month; a little earlier it looks back
        check("【11月29日】，督察组进驻。【2日】，下沉。", r, &[("2024-11-29", "2024-11-29"), ("2024-12-02", "2024-12-02")]);
        check("【11月28日至12月2日】，下沉。【3日】，反馈。", r, &[("2024-11-28", "2024-12-02"), ("2024-12-03", "2024-12-03")]);
        check("【11月10日】，进驻。【9日】，抵达。", r, &[("2024-11-10", "2024-11-10"), ("2024-11-09", "2024-11-09")]);
        // with nothing stated before, the reference month
        check("【9日】，召开会议。", r, &[("2024-12-09", "2024-12-09")]);
    }

    #[test]
    fn times_stay_at_day_grain_inside_the_mention() {
        let r = "2018-06-16";
        check("【10月21日10时】，", "2018-10-22", &[("2018-10-21", "2018-10-21")]);
        check("第二批次（【6月6日8时至20时】）", r, &[("2018-06-06", "2018-06-06")]);
        check("截至【9月21日17时30分】，", "2018-09-22", &[("2018-09-21", "2018-09-21")]);
        check("【6月15日21：25】，", r, &[("2018-06-15", "2018-06-15")]);
        check("（【2019-10-10 17：03】）", "2019-10-11", &[("2019-10-10", "2019-10-10")]);
        // a wrap between date and time is dropped by the cleaning: 2018-11-2108：29
        check("网站 【2018-11-21\n08:29】）", "2018-12-01", &[("2018-11-21", "2018-11-21")]);
        assert_eq!(one("6月6日8时至20时", r).grain, Grain::Day);
    }

    #[test]
    fn ranges_are_one_mention() {
        let r = "2023-12-10";
        check("【11月23日至24日】，", r, &[("2023-11-23", "2023-11-24")]);
        check("【6月8日-10日】，", r, &[("2023-06-08", "2023-06-10")]);
        check("【6月8日—10日】，", r, &[("2023-06-08", "2023-06-10")]);
        check("【10月19日至10月21日】", r, &[("2023-10-19", "2023-10-21")]);
        check("【2021年至2023年】", r, &[("2021-01-01", "2023-12-31")]);
        check("【2019年4月12-19日】", r, &[("2019-04-12", "2019-04-19")]);
        check("【2018年1-9月份】", r, &[("2018-01-01", "2018-09-30")]);
        check("【12月30日至1月2日】", "2024-01-03", &[("2023-12-30", "2024-01-02")]);
        check("【昨天至今天】，", r, &[("2023-12-09", "2023-12-10")]);
        // a day range in a month named relative to the reference or to the article
        check("【上月28日至30日】，", r, &[("2023-11-28", "2023-11-30")]);
        check("【11月3日】，【本月5日至8日】", r, &[("2023-11-03", "2023-11-03"), ("2023-11-05", "2023-11-08")]);
        check("【11月3日】，【次日至12日】", r, &[("2023-11-03", "2023-11-03"), ("2023-11-04", "2023-11-12")]);
        check("【今天至15日】，", r, &[("2023-12-10", "2023-12-15")]);
        // the first end takes its year from the year the second end writes
        check("【12月30日至2025年1月2日】", "2024-12-15", &[("2024-12-30", "2025-01-02")]);
        // a night's window ends the next day
        check("交办第五批（【12月4日20时至次日8时】）信访件", "2024-12-15", &[("2024-12-04", "2024-12-05")]);
        check("【3月1日至2022年12月31日】", "2024-12-15", &[("2022-03-01", "2022-12-31")]);
        check("【7月1 5日】，【7月1 日】", r, &[("2023-07-15", "2023-07-15"), ("2023-07-01", "2023-07-01")]);
        check("【1 2 月 9 日】，【2023年1 0月】", r, &[("2023-12-09", "2023-12-09"), ("2023-10-01", "2023-10-31")]);
        check(
            "【今年前5个月】，【2022年前两个月】，【2021年前十月】",
            r,
            &[("2023-01-01", "2023-05-31"), ("2022-01-01", "2022-02-28"), ("2021-01-01", "2021-10-31")],
        );
        // the first day of a range without its 日 (the month is the reference's)
        check("督察组于【5—7日】进驻，【8至9日】下沉", r, &[("2023-12-05", "2023-12-07"), ("2023-12-08", "2023-12-09")]);
        // durations are no ranges
        check("整改需3至5日内完成，共2-4日", r, &[]);
        assert_eq!(one("11月23日至24日", r).grain, Grain::Span);
    }

    #[test]
    fn lists_of_days_and_months_give_one_mention_per_value_on_the_list_span() {
        let r = "2023-12-10";
        let got = |t: &str| dates(t, Some(r)).into_iter().map(|m| (m.text, m.start.unwrap_or_default())).collect::<Vec<_>>();
        let pair = |t: &str, a: &str, b: &str| vec![(t.to_string(), a.to_string()), (t.to_string(), b.to_string())];
        assert_eq!(got("12、13日，督察组下沉"), pair("12、13日", "2023-12-12", "2023-12-13"));
        assert_eq!(got("2022年5、6月份降雨偏多"), pair("2022年5、6月份", "2022-05-01", "2022-06-01"));
        assert_eq!(got("一、二月份完成"), pair("一、二月份", "2023-01-01", "2023-02-01"));
        // the list goes on from a full date and takes its month
        let three = got("3月5、6、7日检查");
        assert_eq!(three.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["2023-03-05", "2023-03-06", "2023-03-07"]);
        // an enumerator, a word's numeral, falling values are no lists
        assert_eq!(got("1、12月8日召开"), vec![("12月8日".to_string(), "2023-12-08".to_string())]);
        assert_eq!(got("统一、二月份"), vec![("二月份".to_string(), "2023-02-01".to_string())]);
        assert_eq!(got("9、3日"), vec![("3日".to_string(), "2023-12-03".to_string())]);
    }

    #[test]
    fn years_months_quarters_halves() {
        let r = "2023-12-10";
        check("【2021年】", r, &[("2021-01-01", "2021-12-31")]);
        check("【2023年11月】", r, &[("2023-11-01", "2023-11-30")]);
        check("【第三季度】", r, &[("2023-07-01", "2023-09-30")]);
        check("【一季度】", r, &[("2023-01-01", "2023-03-31")]);
        check("【一至三季度】", r, &[("2023-01-01", "2023-09-30")]);
        check("【第一至第三季度】", r, &[("2023-01-01", "2023-09-30")]);
        check("【第一、二季度】", r, &[("2023-01-01", "2023-06-30")]);
        check("【1—3季度】", r, &[("2023-01-01", "2023-09-30")]);
        check("【二至四季度】", r, &[("2023-04-01", "2023-12-31")]);
        check("【2023年前三季度】", r, &[("2023-01-01", "2023-09-30")]);
        check("【上半年】", r, &[("2023-01-01", "2023-06-30")]);
        check("【下半年】", r, &[("2023-07-01", "2023-12-31")]);
        check("【5月份】的", r, &[("2023-05-01", "2023-05-31")]);
        assert_eq!(one("2021年", r).grain, Grain::Year);
        assert_eq!(one("2023年11月", r).grain, Grain::Month);
        assert_eq!(one("第三季度", r).grain, Grain::Quarter);
        assert_eq!(one("2023年前三季度", r).grain, Grain::Span);
    }

    #[test]
    fn parts_of_months_and_years() {
        let r = "2023-12-10";
        check("【11月下旬以来】，气温骤降", r, &[("2023-11-21", "2023-12-10")]);
        check("【12月上旬】", r, &[("2023-12-01", "2023-12-10")]);
        check("【2月下旬】", r, &[("2023-02-21", "2023-02-28")]);
        check("于【11月下旬】陆续进驻", r, &[("2023-11-21", "2023-11-30")]);
        check("【11月下旬至12月上旬】", r, &[("2023-11-21", "2023-12-10")]);
        check("【11月中旬至下旬】", r, &[("2023-11-11", "2023-11-30")]);
        check("【11月上旬—中旬】", r, &[("2023-11-01", "2023-11-20")]);
        check("截至【11月底】", r, &[("2023-11-25", "2023-11-30")]);
        check("【十二月月底】", r, &[("2023-12-25", "2023-12-31")]);
        check("【2023年底】前完成", r, &[("2023-11-01", "2023-12-31")]);
        check("【去年年底】", r, &[("2022-11-01", "2022-12-31")]);
        check("【明年初】", r, &[("2024-01-01", "2024-02-29")]);
        check("【10月】，【本月中旬】", r, &[("2023-10-01", "2023-10-31"), ("2023-10-11", "2023-10-20")]);
        // words that only begin with 初, 底, 末
        check("【2023年】初中毕业生", r, &[("2023-01-01", "2023-12-31")]);
        check("【5月】初步建成", r, &[("2023-05-01", "2023-05-31")]);
        check("【9月】初三学生", r, &[("2023-09-01", "2023-09-30")]);
        check("【10月中下旬】", r, &[("2023-10-11", "2023-10-31")]);
        check(
            "【本周五】，【下周一上午】，【上周日】",
            r,
            &[("2023-12-08", "2023-12-08"), ("2023-12-11", "2023-12-11"), ("2023-12-03", "2023-12-03")],
        );
        check("【本周】一直下雨", r, &[("2023-12-04", "2023-12-10")]);
        check("【2013年一季度末】", r, &[("2013-03-01", "2013-03-31")]);
        check("【上季度末】", r, &[("2023-09-01", "2023-09-30")]);
        check("【19年底】", r, &[("2019-11-01", "2019-12-31")]);
        check("【上年末】", r, &[("2022-11-01", "2022-12-31")]);
        check("持续15年，", r, &[]);
        assert_eq!(one("11月下旬", r).grain, Grain::Span);
    }

    #[test]
    fn month_ranges_with_zhi_and_ocr_zeros() {
        let r = "2023-12-10";
        check("【1至10月】，全市", r, &[("2023-01-01", "2023-10-31")]);
        check("【二0二三年】", r, &[("2023-01-01", "2023-12-31")]);
        check("【二○二三年十二月九日】", r, &[("2023-12-09", "2023-12-09")]);
        check("【12月5日】，【当晚】", r, &[("2023-12-05", "2023-12-05"), ("2023-12-05", "2023-12-05")]);
        assert_eq!(one("当晚", r).part_of_day, Some(PartOfDay::Evening));
    }

    #[test]
    fn lists_give_one_mention_each() {
        check(
            "【2021年】、【2022年】、【2023年前三季度】，单位工业增加值",
            "2023-12-10",
            &[("2021-01-01", "2021-12-31"), ("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-09-30")],
        );
        check("【12月7日】、【8日】", "2023-12-10", &[("2023-12-07", "2023-12-07"), ("2023-12-08", "2023-12-08")]);
        // a day listed after a dated day is of that month, not of the reference month
        check("【6月26日】、【27日】", "2024-12-10", &[("2024-06-26", "2024-06-26"), ("2024-06-27", "2024-06-27")]);
        check("【6月】和【7月】", "2024-12-10", &[("2024-06-01", "2024-06-30"), ("2024-07-01", "2024-07-31")]);
        check("八月十五快到了，五月初五包粽子，【十月】召开", "1998-01-06", &[("1997-10-01", "1997-10-31")]);
        // the year comes from the mention listed before, not from a later day stated earlier
        check(
            "【5日】表决。【1997年9月】和【11月】",
            "1998-01-06",
            &[("1998-01-05", "1998-01-05"), ("1997-09-01", "1997-09-30"), ("1997-11-01", "1997-11-30")],
        );
    }

    #[test]
    fn relative_dates() {
        let r = "2023-12-10";
        check(
            "【今天】、【昨天】、【前天】、【明天】",
            r,
            &[("2023-12-10", "2023-12-10"), ("2023-12-09", "2023-12-09"), ("2023-12-08", "2023-12-08"), ("2023-12-11", "2023-12-11")],
        );
        check("【今年】【去年】【明年】", r, &[("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), ("2024-01-01", "2024-12-31")]);
        check("【上月】", r, &[("2023-11-01", "2023-11-30")]);
        // 2023-12-10 is a Sunday: its week runs from Monday 12-04
        check(
            "【上周】，【本周】，【下个星期】",
            r,
            &[("2023-11-27", "2023-12-03"), ("2023-12-04", "2023-12-10"), ("2023-12-11", "2023-12-17")],
        );
        check("截至【11月30日】，累计", r, &[("2023-11-30", "2023-11-30")]);
        assert_eq!(one("昨天", r).kind, DateKind::Relative);
    }

    #[test]
    fn anaphora_use_the_last_date_of_the_article() {
        let r = "2023-12-10";
        check("【11月30日】，举报反映问题。【当天】，接到转办后", r, &[("2023-11-30", "2023-11-30"), ("2023-11-30", "2023-11-30")]);
        check("【6月15日】收到。【次日】办结", r, &[("2023-06-15", "2023-06-15"), ("2023-06-16", "2023-06-16")]);
        check("【当天】下发", r, &[("2023-12-10", "2023-12-10")]);
        check("通报了【2020年1月】情况。【当月】共受理", "2020-02-16", &[("2020-01-01", "2020-01-31"), ("2020-01-01", "2020-01-31")]);
        check("【本月】", r, &[("2023-12-01", "2023-12-31")]);
        check("截至【当日】，", r, &[("2023-12-10", "2023-12-10")]);
        assert_eq!(one("同日", r).kind, DateKind::Anaphoric);
    }

    #[test]
    fn since_is_one_range_to_the_reference_date() {
        let r = "2023-12-10";
        check("【今年以来】，", r, &[("2023-01-01", "2023-12-10")]);
        check("【2022年以来】，", r, &[("2022-01-01", "2023-12-10")]);
        check("自【2018年以来】，", r, &[("2018-01-01", "2023-12-10")]);
        check("【2022年以來】，", r, &[("2022-01-01", "2023-12-10")]);
        check("【12月1日至今】，", r, &[("2023-12-01", "2023-12-10")]);
        check("自【6月5日】督察组进驻以来", r, &[("2023-06-05", "2023-06-05")]);
        let m = one("今年以来", r);
        assert_eq!((m.grain, m.kind), (Grain::Span, DateKind::Relative));
    }

    #[test]
    fn part_of_day_belongs_to_the_date() {
        let r = "2023-12-10";
        assert_eq!(one("12月3日晚报记者", r).part_of_day, None);
        for (s, p) in [
            ("12月9日上午", PartOfDay::Morning),
            ("12月9日下午", PartOfDay::Afternoon),
            ("12月9日中午", PartOfDay::Noon),
            ("12月9日晚上", PartOfDay::Evening),
            ("12月9日凌晨", PartOfDay::Night),
            ("12月9日傍晚", PartOfDay::Evening),
            ("昨天早上", PartOfDay::Morning),
            ("11月25日晚", PartOfDay::Evening),
            ("11月25日夜", PartOfDay::Night),
        ] {
            let m = one(s, r);
            assert_eq!((m.text.as_str(), m.part_of_day), (s, Some(p)));
        }
    }

    #[test]
    fn year_inference() {
        assert_eq!(one("12月30日", "2024-01-03").start.as_deref(), Some("2023-12-30"));
        assert_eq!(one("1月5日", "2024-01-03").start.as_deref(), Some("2024-01-05"));
        assert_eq!(one("3月2日", "2024-01-03").start.as_deref(), Some("2023-03-02"));
        assert_eq!(one("7日消息", "2018-06-16").start.as_deref(), Some("2018-06-07"));
        assert_eq!(one("30日召开", "2018-07-02").start.as_deref(), Some("2018-06-30"));
        assert_eq!(one("1月大气污染举报最多", "2020-02-16").start.as_deref(), Some("2020-01-01"));
        // plans and deadlines lie ahead of the reference date
        assert_eq!(one("选举将于5月24日举行", "1998-01-02").start.as_deref(), Some("1998-05-24"));
        assert_eq!(one("要求于9月15日前完成整改", "2024-07-16").start.as_deref(), Some("2024-09-15"));
        assert_eq!(one("专项整治至9月底结束", "2024-07-16").start.as_deref(), Some("2024-09-25"));
        assert_eq!(one("9月15日，督察组进驻", "2024-07-16").start.as_deref(), Some("2023-09-15"));
        assert_eq!(one("9月30日前完成整改", "2024-03-15").start.as_deref(), Some("2024-09-30"));
        assert_eq!(one("4月15日召开", "2024-03-15").start.as_deref(), Some("2023-04-15"));
        assert_eq!(one("《条例》自7月1日起施行", "2023-06-10").start.as_deref(), Some("2023-07-01"));
        // 至/到 before a date are as often a past end (到11月商品零售价格指数降至0.9%)
        assert_eq!(one("到11月商品零售价格指数降至0.9%", "1998-01-15").start.as_deref(), Some("1997-11-01"));
        // 截至 states how things stood: an as-of day, not a plan's end
        assert_eq!(one("截至6月20日，累计收到", "2024-12-31").start.as_deref(), Some("2024-06-20"));
        assert_eq!(one("截止到3月15日，累计收到", "2023-10-01").start.as_deref(), Some("2023-03-15"));
        // in late December, early January lies ahead
        assert_eq!(one("1月3日，召开会议", "2023-12-28").start.as_deref(), Some("2024-01-03"));
        assert_eq!(one("将于1月20日召开", "2023-12-28").start.as_deref(), Some("2024-01-20"));
        assert_eq!(one("1月，全市", "2023-12-28").start.as_deref(), Some("2024-01-01"));
        assert_eq!(one("1月10日，召开会议", "2023-12-28").start.as_deref(), Some("2023-01-10"));
        // without a reference date, inferred dates stay unresolved; explicit years still resolve
        let m = &dates("12月9日", None)[0];
        assert_eq!((m.start.as_deref(), m.end.as_deref()), (None, None));
        assert_eq!(dates("2021年", None)[0].start.as_deref(), Some("2021-01-01"));
    }

    #[test]
    fn relative_days_count_from_the_dateline() {
        let got = |t: &str| dates(t, Some("2024-06-20")).into_iter().map(|m| (m.text, m.start.unwrap_or_default())).collect::<Vec<_>>();
        let d = got("本报洛阳6月19日讯（记者 李晓雯）记者今天从市生态环境局获悉，昨天全市召开会议。");
        assert_eq!(d[1], ("今天".to_string(), "2024-06-19".to_string()));
        assert_eq!(d[2], ("昨天".to_string(), "2024-06-18".to_string()));
        assert_eq!(got("新华社北京12月31日电 今晚，首都各界举行晚会。")[1].1, "2023-12-31");
        // without a dated dateline, the publication date
        assert_eq!(got("本报讯（记者 李晓雯）记者今天获悉。")[0].1, "2024-06-20");
        // a date before 讯 deep inside a sentence is no dateline
        assert_eq!(got("会议通报了有关情况，督察组于6月12日电话通知今天到场。").last().map(|x| x.1.as_str()), Some("2024-06-20"));
    }

    #[test]
    fn quarters_without_a_year() {
        let q = |t: &str, r: &str| {
            let m = one(t, r);
            (m.start.unwrap_or_default(), m.end.unwrap_or_default())
        };
        // early in January, the quarters are last year's
        assert_eq!(q("第四季度，全市", "2024-01-05"), ("2023-10-01".into(), "2023-12-31".into()));
        assert_eq!(q("前三季度，全市", "2024-01-05"), ("2023-01-01".into(), "2023-09-30".into()));
        assert_eq!(q("下半年，全市", "2024-01-05"), ("2023-07-01".into(), "2023-12-31".into()));
        // the current and the coming quarter are this year's
        assert_eq!(q("第二季度，全市", "2024-03-20"), ("2024-04-01".into(), "2024-06-30".into()));
        assert_eq!(q("前三季度，全市", "2024-10-20"), ("2024-01-01".into(), "2024-09-30".into()));
        assert_eq!(q("下半年将开展专项行动", "2024-03-20"), ("2024-07-01".into(), "2024-12-31".into()));
    }

    #[test]
    fn wire_and_newspaper_forms() {
        let r = "1998-01-05";
        // a place ending in a count word (纽约, 大连) before the dateline's date
        check("新华社纽约【1月1日】电（记者周锡生）", r, &[("1998-01-01", "1998-01-01")]);
        check("本报大连【十二月三十一日】电", r, &[("1997-12-31", "1997-12-31")]);
        check("【元月3日上午】，北京气温骤降。【1998年元月1日】", r, &[("1998-01-03", "1998-01-03"), ("1998-01-01", "1998-01-01")]);
        // the wire services' bare day of Chinese numerals
        check("以色列总理府【三日晚】宣布，警方【一日】发表通告", r, &[("1998-01-03", "1998-01-03"), ("1998-01-01", "1998-01-01")]);
        check("刘步飞【1994年】代表山西省出席", r, &[("1994-01-01", "1994-12-31")]);
        check("据【今日】报道", r, &[("1998-01-05", "1998-01-05")]);
        check("据今日头条报道，【今日】发布", r, &[("1998-01-05", "1998-01-05")]);
        check("1997年2月29日，【1996年2月29日】", r, &[("1996-02-29", "1996-02-29")]);
        check("【2 0 2 3 年 1 2 月 9 日】，【1 9 9 7年】", r, &[("2023-12-09", "2023-12-09"), ("1997-01-01", "1997-12-31")]);
        check("来源：今日潍坊 【1998-01-05】", r, &[("1998-01-05", "1998-01-05")]);
        check("《今日说法》栏目【今日】播出", r, &[("1998-01-05", "1998-01-05")]);
    }

    #[test]
    fn dotted_year_months_in_ranges() {
        let r = "2021-06-14";
        check("【2019.5-2020.12】，任副县长；【2015.03至今】", r, &[("2019-05-01", "2020-12-31"), ("2015-03-01", "2021-06-14")]);
        check("【2008.03-2009】", r, &[("2008-03-01", "2009-12-31")]);
        for s in ["增长2023.12万元", "2023.12", "版本2.1-3.2"] {
            assert_eq!(dates(s, Some(r)), vec![], "{s}");
        }
    }

    #[test]
    fn no_false_dates() {
        for s in [
            "做到垃圾日产日清",
            "用了一天时间",
            "群众十分满意",
            "后期将持续跟踪",
            "整改用时3天",
            "1个月内完成",
            "两年来",
            "226号院",
            "14.5万吨",
            "占5.6%",
            "2023吨",
            "一日之计在于晨",
            "三年行动计划",
            "3日内办结",
            "5个工作日",
            "近3月",
            "每5日一次",
            "庆祝成立75周年",
            "二十一",
            "零点五",
            "有十分之一的概率",
            "身份证号140302197706220124",
            "查询202403073计划",
            "两日",
            "90日",
            "第2日",
            "300万吨/年焦化",
            "1980年代",
            "2月30日",
            "第十七批",
            "12369热线",
            "光明日报记者",
            "天津今晚报社",
            "配上年画、对联",
            "交纳100元月租",
            "一日三餐",
            "这一日起",
            "三日游",
        ] {
            assert_eq!(dates(s, Some("2023-12-10")), vec![], "{s}");
        }
    }

    #[test]
    fn every_date_word_has_a_head() {
        // begins_word gates the word lists on HEADS, which a one-character word would miss
        let words = WORDS.iter().map(|w| w.0).chain(MONTH_WORDS.iter().map(|w| w.0)).chain(YEAR_WORDS.iter().map(|w| w.0));
        for w in words.chain(PAIRS.iter().map(|p| p.0)) {
            assert!(begins_word(w), "{w}");
        }
    }

    #[test]
    fn mention_starts_are_found_among_any_characters() {
        // no start lies beyond the Basic Multilingual Plane, which the set covers
        assert!((0x10000..=0x10FFFF).filter_map(char::from_u32).all(|c| !may_start(c, None)));
        let text = "é𠀀 x3月，上周";
        let found: Vec<_> = std::iter::successors(STARTS.find(text, 0, true), |&(at, c)| STARTS.find(text, at + c.len_utf8(), true))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(found, ['3', '上', '周']);
    }

    #[test]
    fn spans_are_on_char_boundaries_and_ordered() {
        let text = "本报讯 12月9日下午，2021年、2022年以来；当天 6月8日—10日 二〇二三年十二月九日";
        for m in dates(text, Some("2023-12-10")) {
            assert!(text.get(m.span.range()).is_some());
            if let (Some(a), Some(b)) = (&m.start, &m.end) {
                assert!(a <= b);
            }
        }
    }
}
