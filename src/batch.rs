//! `第N批` batch numbers, their lists and ranges, and the noun each batch counts.
//!
//! Shapes read (on the cleaned text, so dashes are already `-`):
//! - `第十七批`, `第22批`, `第二十批次`, `第35-1批` (a sub-batch: ordinal 35);
//! - lists `第二十七、二十八批`, `第十一批、十二批` (one mention per ordinal, one shared span) —
//!   `第一批、第二批` are simply two matches, and the subject after the last applies to all of them;
//! - ranges `1-11批`, `第1至26批`, `第一批至第二批`, `第十一批至十二批`, `前二十一批` (ordinal + ordinal_end).
//!
//! `一批`, `两批`, `首批`, `N批`, `N批次` without `第` are counts of batches, not batch numbers.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::BatchMention;
use crate::extractor::Ctx;
use crate::number;
use crate::number::parse_count;
use crate::span::sub;

/// An ordinal as bulletins write it: Arabic digits (perhaps split by OCR spaces, `第1 7批`, see
/// [`crate::number::COUNT_NUMERAL`]) or Chinese numeral characters.
const ORD: &str = r"(?:[0-9]+(?: [0-9]+)*|[〇零一二三四五六七八九十百两廿卅]+)";

#[allow(clippy::expect_used)] // a constant pattern, checked by the tests
static BATCH: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?P<pre>第|前)?(?P<a>{ORD})(?:(?P<dash>-|至|到)第?(?P<b>{ORD}))?(?P<list>(?:[、和及与]第?{ORD}|批次?[、和及与]{ORD})*)批次?(?:(?:至|到|-)第?(?P<c>{ORD})批次?)?"
    ))
    .expect("batch pattern")
});

/// A list continuation after one batch (`、第二批`), skipped before reading the subject.
#[allow(clippy::expect_used)]
static LIST_TAIL: Lazy<Regex> = Lazy::new(|| Regex::new(&format!(r"^[、和及与]第?{ORD}批次?")).expect("list tail pattern"));

/// What may sit between `批` and the counted noun: a parenthetical (`（6月6日8时至20时）`) or the
/// window written without one (`11月19日8时至20时的`), `共`,
/// a count (`27件`, `59个`).
#[allow(clippy::expect_used)]
static BEFORE_SUBJECT: Lazy<Regex> = Lazy::new(|| {
    // the window of the batch's reports may be written before the noun without brackets too
    // (`第二十一批11月19日8时至20时的群众信访举报件`)
    let day = r"[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时)?";
    let window = format!(r"{day}(?:(?:至|到|-)(?:[0-9]{{1,2}}月)?(?:[0-9]{{1,2}}日)?(?:[0-9]{{1,2}}时)?)?的");
    Regex::new(&format!(r"^(?:（[^）\n]{{0,30}}）|{window})?(?:共|计)?(?:{}(?:件|个))?", number::NUMERAL)).expect("subject prefix pattern")
});

/// A hand-over verb with an unnamed recipient between a batch and its noun (`交办我市`, `转办给我县的`).
#[allow(clippy::expect_used)]
static HANDED_TO: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:交办|转办|移交|转交)(?:给?我[省市区县州旗盟]的?|的)").expect("hand-over pattern"));

/// The nouns a batch subject ends with (`群众信访举报件`, `典型案例`, `信访问题线索`, `信访事项`).
const HEADS: [&str; 7] = ["件", "案例", "材料", "问题", "线索", "事项", "清单"];

/// The longest subject considered, in characters.
const MAX_SUBJECT_CHARS: usize = 16;

/// Every batch mention of the article.
pub(crate) fn extract(ctx: &Ctx<'_>) -> Vec<BatchMention> {
    let text = ctx.text();
    let mut out = Vec::new();
    // Every mention holds a 批 and no clause end: only the clauses with one are searched.
    let windows = crate::text::clauses_around(text, text.match_indices('批').map(|(i, _)| i).collect());
    let found = windows.iter().flat_map(|w| BATCH.captures_iter(sub(text, w.clone())).map(move |c| (w.start, c)));
    let mut walked: Option<(usize, usize)> = None;
    for (base, caps) in found {
        let Some(m) = caps.get(0).map(|m| base + m.start()..base + m.end()) else { continue };
        let Some(ordinals) = read_ordinals(&caps) else { continue };
        let span = ctx.span(m.clone());
        let mention_text = ctx.original_text(span);
        // The batches of one list (`第十六批、第十七批…`) share the list's end: it is walked once.
        let list_end = match walked {
            Some((from, to)) if (from..=to).contains(&m.end) => to,
            _ => {
                let to = list_end(text, m.end);
                walked = Some((m.end, to));
                to
            }
        };
        let subject = subject_after(text, list_end).map(|r| ctx.written(r));
        for (ordinal, ordinal_end) in ordinals {
            out.push(BatchMention { text: mention_text.clone(), span, ordinal, ordinal_end, subject: subject.clone() });
        }
    }
    out
}

/// The `(ordinal, ordinal_end)` pairs one match names, or `None` when it is not a batch number.
fn read_ordinals(caps: &regex::Captures<'_>) -> Option<Vec<(u32, Option<u32>)>> {
    let num = |name: &str| caps.name(name).and_then(|m| parse_count(m.as_str())).and_then(|v| u32::try_from(v).ok());
    let a = num("a").filter(|&a| a > 0)?;
    let prefix = caps.name("pre").map(|m| m.as_str());
    if prefix == Some("前") {
        // 前二十一批: the first twenty-one batches
        return (caps.name("b").is_none() && caps.name("list").is_none_or(|l| l.as_str().is_empty()))
            .then(|| vec![(1, Some(a))])
            .filter(|_| a > 1);
    }
    if let Some(c) = num("c") {
        // 第一批至第二批
        return (prefix.is_some() && c > a).then(|| vec![(a, Some(c))]);
    }
    if let Some(b) = num("b") {
        if b > a {
            return Some(vec![(a, Some(b))]);
        }
        // 第35-1批 is sub-batch 1 of batch 35; 第3至1批 is nonsense
        return (prefix.is_some() && caps.name("dash").is_some_and(|d| d.as_str() == "-")).then(|| vec![(a, None)]);
    }
    // without 第, a single number counts batches (两批, 20批次)
    prefix?;
    let mut ordinals = vec![(a, None)];
    if let Some(list) = caps.name("list") {
        // `第十一批、十二批`: the list's items may end with their own 批
        let items = list.as_str().split(crate::text::LIST_SEPARATORS).map(|s| s.trim_start_matches('第').trim_end_matches(['批', '次']));
        for item in items.filter(|s| !s.is_empty()) {
            let n = parse_count(item).and_then(|v| u32::try_from(v).ok())?;
            if !ordinals.iter().any(|&(o, _)| o == n) {
                ordinals.push((n, None));
            }
        }
    }
    Some(ordinals)
}

/// Where the list of batches that goes on after `end` (`、第二批、第三批`) ends.
fn list_end(text: &str, mut end: usize) -> usize {
    while let Some(m) = text.get(end..).and_then(|rest| LIST_TAIL.find(rest)) {
        end += m.end();
    }
    end
}

/// The clean byte range of the noun counted by the batch (or list of batches) that ends at `end`,
/// if any.
fn subject_after(text: &str, end: usize) -> Option<std::ops::Range<usize>> {
    let rest = text.get(end..)?;
    let mut start = end + BEFORE_SUBJECT.find(rest).map_or(0, |m| m.end());
    // 第十批交办我市信访件, 第十五批交办的信访件: the verb (and its recipient) come before the noun
    // (转办信访件 is one noun)
    // (a look at the first character spares most subjects the pattern)
    if let Some(m) = text.get(start..).filter(|r| r.starts_with(['交', '转', '移'])).and_then(|r| HANDED_TO.find(r)) {
        start += m.end();
        // 第四批交办的8件信访件: the count may come between the verb and the noun too
        start += text.get(start..).and_then(|r| BEFORE_SUBJECT.find(r)).map_or(0, |m| m.end());
    }
    let rest = text.get(start..)?;
    let run_end = rest
        .char_indices()
        .take_while(|&(_, c)| crate::text::is_cjk(c))
        .take(MAX_SUBJECT_CHARS)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let len = subject_len(sub(rest, ..run_end))?;
    Some(start..start + len)
}

/// Byte length of the shortest prefix of `run` ending with a head noun, extended by head nouns that
/// follow directly (`信访问题` + `线索`).
fn subject_len(run: &str) -> Option<usize> {
    let mut len =
        run.char_indices().map(|(i, c)| i + c.len_utf8()).find(|&i| HEADS.iter().any(|h| run.get(..i).is_some_and(|p| p.ends_with(h))))?;
    while let Some(h) = HEADS.iter().find(|h| run.get(len..).is_some_and(|r| r.starts_with(**h))) {
        len += h.len();
    }
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::CleanText;

    fn batches(s: &str) -> Vec<(String, u32, Option<u32>, Option<String>)> {
        let clean = CleanText::new(s);
        let ctx = Ctx { original: s, clean: &clean, reference_date: None };
        extract(&ctx).into_iter().map(|b| (b.text, b.ordinal, b.ordinal_end, b.subject)).collect()
    }

    fn one(s: &str) -> (u32, Option<u32>, Option<String>) {
        let b = batches(s);
        assert_eq!(b.len(), 1, "{s}: {b:?}");
        (b[0].1, b[0].2, b[0].3.clone())
    }

    #[test]
    fn single_batches_with_subjects() {
        assert_eq!(one("督察组向西宁市交办了第十七批群众信访举报件共24件"), (17, None, Some("群众信访举报件".into())));
        assert_eq!(one("第22批信访件"), (22, None, Some("信访件".into())));
        assert_eq!(one("移交的第二十批次（4月13日8时至20时）信访事项，共96件"), (20, None, Some("信访事项".into())));
        assert_eq!(one("第35-1批交办件"), (35, None, Some("交办件".into())));
        assert_eq!(one("第十一批27件信访举报件"), (11, None, Some("信访举报件".into())));
        assert_eq!(one("转办第二十一批11月19日8时至20时的群众信访举报件"), (21, None, Some("群众信访举报件".into())));
        assert_eq!(one("第三批6月5日的信访件"), (3, None, Some("信访件".into())));
        assert_eq!(one("第十一批 59 个环境问题"), (11, None, Some("环境问题".into())));
        assert_eq!(one("第二批次信访问题线索共116件"), (2, None, Some("信访问题线索".into())));
        assert_eq!(one("通报第二批典型案例有关情况"), (2, None, Some("典型案例".into())));
        assert_eq!(one("第八批群众举报材料"), (8, None, Some("群众举报材料".into())));
        assert_eq!(one("统计表（第二十一批）"), (21, None, None));
        assert_eq!(one("第三轮第四批中央生态环境保护督察，是"), (4, None, None));
        assert_eq!(one("第二十一批群众信访举\n报件转至我省"), (21, None, Some("群众信访举报件".into())));
        assert_eq!(one("第十批转办信访件"), (10, None, Some("转办信访件".into())));
        assert_eq!(one("第十批交办我市信访件共16件"), (10, None, Some("信访件".into())));
        assert_eq!(one("第十五批交办的信访件已办结"), (15, None, Some("信访件".into())));
        assert_eq!(one("第四批交办的8件信访件中"), (4, None, Some("信访件".into())));
        assert_eq!(one("第十五批转办信访件9件"), (15, None, Some("转办信访件".into())));
        assert_eq!(one("第三批转办给我县的群众举报件"), (3, None, Some("群众举报件".into())));
    }

    #[test]
    fn lists_share_a_span() {
        let b = batches("交办了第二十七、二十八批群众来信件");
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].1, b[1].1), (27, 28));
        assert_eq!(b[0].0, "第二十七、二十八批");
        assert_eq!(b[1].3.as_deref(), Some("群众来信件"));
        // a batch of the list with its own 批 but no 第 is no count of batches
        let b = batches("交办第十一批、十二批信访件");
        assert_eq!(b.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(), vec![("第十一批、十二批", 11), ("第十一批、十二批", 12)]);
        assert_eq!(b[1].3.as_deref(), Some("信访件"));
        let b = batches("分两次交办了第一批、第二批群众信访举报件");
        assert_eq!(
            b.iter().map(|x| (x.1, x.3.clone())).collect::<Vec<_>>(),
            vec![(1, Some("群众信访举报件".into())), (2, Some("群众信访举报件".into()))]
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(one("累计对1-11批信访件"), (1, Some(11), Some("信访件".into())));
        assert_eq!(one("通辽市1—33批224件信访件"), (1, Some(33), Some("信访件".into())));
        assert_eq!(one("第1至26批"), (1, Some(26), None));
        assert_eq!(one("第一批至第二批交办件"), (1, Some(2), Some("交办件".into())));
        assert_eq!(one("前二十一批合计交办2575件").0, 1);
        assert_eq!(one("前二十一批合计交办2575件").1, Some(21));
        assert_eq!(one("第3批次至第5批次").1, Some(5));
        assert_eq!(one("第十一批至十二批交办件"), (11, Some(12), Some("交办件".into())));
        assert_eq!(one("第3批-5批").1, Some(5));
    }

    #[test]
    fn counts_of_batches_are_not_batch_numbers() {
        for s in ["引进一批龙头企业", "两批信访举报件", "首批督察", "已交办十一批次共639件", "信访件1批次", "20批次、187个问题", "3批"]
        {
            assert!(batches(s).is_empty(), "{s}: {:?}", batches(s));
        }
    }

    #[test]
    fn traditional_subject_keeps_the_original_script() {
        assert_eq!(one("第九批16件信訪件轉辦我市").2.as_deref(), Some("信訪件"));
    }
}
