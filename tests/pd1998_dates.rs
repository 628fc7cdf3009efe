//! People's Daily, January 1998 (PKU-tagged, `t` = time words): the dates tongbao reads in real
//! news prose, against the corpus's own time annotation.
//!
//! - **precision**: every date tongbao reports must overlap a time word of the corpus. The corpus
//!   leaves a few true dates untagged (`这一年`, `1998年度`), so the bar is below 1.
//! - **recall**: every time word of the shapes tongbao reads (numerals with 年/月/日/号, 元月, and the
//!   day words 今天/昨天/今年/去年/当天/次日 …) must be overlapped by a reported date. Clock times
//!   (`8时30分`), festivals (`八一`), weekdays and vague words (`一时`, `一大早`) are out of scope.
//!
//! Each sentence is extracted on its own against 1998-01-01, the month the corpus covers.

use std::path::PathBuf;

use serde_json::Value;
use tongbao::Input;

const PRECISION: f64 = 0.975;
const RECALL: f64 = 0.99;

/// Whether a corpus time word is of a shape the date extractor reads.
fn in_scope(word: &str) -> bool {
    const DAY_WORDS: &[&str] = &[
        "今天", "昨天", "明天", "前天", "今年", "去年", "明年", "前年", "当天", "当日", "次日", "今晨", "昨晚", "今晚", "本月", "上月",
        "下月", "当月", "同日",
    ];
    if DAY_WORDS.contains(&word) {
        return true;
    }
    // (numeral | 元) + unit, repeated: 1997年12月31日, 元月一日, 十二月
    let mut rest = word;
    let mut parts = 0;
    while !rest.is_empty() {
        let digits = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(&c) || "〇○零一二三四五六七八九十元".contains(c)))
            .map_or(rest.len(), |(i, _)| i);
        let Some(unit) = rest[digits..].chars().next().filter(|u| "年月日号".contains(*u)) else { return false };
        if digits == 0 {
            return false;
        }
        rest = &rest[digits + unit.len_utf8()..];
        parts += 1;
    }
    parts > 0
}

fn char_to_byte(text: &str, ci: usize) -> usize {
    text.char_indices().nth(ci).map_or(text.len(), |(b, _)| b)
}

#[test]
fn in_scope_words_are_kept_to_their_shapes() {
    for w in ["1997年12月31日", "元月一日", "十二月", "１日", "今天", "二〇〇〇年"] {
        assert!(in_scope(w), "{w}");
    }
    for w in ["８时", "八一", "一时", "周六", "年", "元旦"] {
        assert!(!in_scope(w), "{w}");
    }
}

#[test]
fn pd1998_dates_overlap_time_words_and_time_words_are_found() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pd1998/199801.first3000.gold_spans.jsonl");
    let Ok(src) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} not found, test skipped", path.display());
        return;
    };
    let ex = tongbao::Extractor::new();
    let (mut reported, mut correct, mut words, mut found) = (0usize, 0usize, 0usize, 0usize);
    let (mut wrong, mut missed) = (Vec::new(), Vec::new());
    for line in src.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let time: Vec<(usize, usize, String)> = v["entities"]["t"]
            .as_array()
            .or_else(|| v["entities"]["time_t"].as_array())
            .into_iter()
            .flatten()
            .map(|e| {
                let (a, b) = (e[0].as_u64().unwrap() as usize, e[1].as_u64().unwrap() as usize);
                (char_to_byte(text, a), char_to_byte(text, b), e[2].as_str().unwrap().to_string())
            })
            .collect();
        let doc = ex.extract(Input::new(text).reference_date_str("1998-01-01").unwrap());
        let dates: Vec<_> = doc.articles.iter().flat_map(|a| &a.dates).collect();
        for d in &dates {
            reported += 1;
            if time.iter().any(|(a, b, _)| d.span.start < *b && *a < d.span.end) {
                correct += 1;
            } else {
                wrong.push(format!("{} in {}", d.text, text.chars().take(30).collect::<String>()));
            }
        }
        for (a, b, w) in time.iter().filter(|(_, _, w)| in_scope(w)) {
            words += 1;
            if dates.iter().any(|d| d.span.start < *b && *a < d.span.end) {
                found += 1;
            } else {
                let from = (0..=a.saturating_sub(30)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
                missed.push(format!("{w} in {}", &text[from..*b]));
            }
        }
    }
    let precision = correct as f64 / reported.max(1) as f64;
    let recall = found as f64 / words.max(1) as f64;
    eprintln!("pd1998 dates: precision {precision:.3} ({correct}/{reported}), recall {recall:.3} ({found}/{words})");
    eprintln!("not time words: {:?}", &wrong[..wrong.len().min(30)]);
    eprintln!("missed: {:?}", &missed[..missed.len().min(30)]);
    assert!(reported > 1000 && words > 1000, "the corpus should hold thousands of time words");
    assert!(precision >= PRECISION, "precision {precision:.3} < {PRECISION}");
    assert!(recall >= RECALL, "recall {recall:.3} < {RECALL}");
}
