//! Hostile inputs: each must complete (the suite's own run time is the bound; speed itself is measured
//! in `benches/hostile.rs`), give a Document, and keep every span valid.

mod common;

use common::{check_spans, EXTRACTOR};
use tongbao::Input;

fn extract_ok(s: &str) {
    let doc = EXTRACTOR.extract(Input::new(s).reference_date_str("2023-12-10").unwrap());
    check_spans(s, &doc);
    assert!(!doc.articles.is_empty());
}

#[test]
fn long_line_without_breaks() {
    let unit = "中央第五生态环境保护督察组向西宁市交办了第十七批群众信访举报件共24件，城东区2件、大气污染9件。";
    let s = unit.repeat(2_000_000 / unit.len());
    extract_ok(&s);
}

#[test]
fn many_hand_overs_of_distinct_batches() {
    // Each sentence opens a record of its own batch: every record comes out, in text order.
    let n = 20_000;
    let s: String = (1..=n).map(|i| format!("督察组向西宁市交办第{i}批群众信访举报件{i}件。")).collect();
    let doc = EXTRACTOR.extract(Input::new(&s));
    check_spans(&s, &doc);
    let records: Vec<u32> = doc.articles.iter().flat_map(|a| &a.complaint_batches).filter_map(|c| c.batch).collect();
    assert_eq!(records, (1..=n).collect::<Vec<u32>>());
}

#[test]
fn unbalanced_closing_brackets_between_counts() {
    // Each 件 looks back for its clause across parentheticals: unbalanced brackets once sent every
    // one back to the start of the text (quadratic; 300 KB took 17 s).
    extract_ok(&"）件，批，".repeat(200_000));
}

#[test]
fn one_hand_over_of_a_thousand_batches_then_many_sentences() {
    // Every later sentence once went into every record: output quadratic in the input.
    let n = 1000;
    let list: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    let s = format!("督察组交办第{}批信访件。{}", list.join("、"), "其中城东区2件；城西区3件。".repeat(n));
    let doc = EXTRACTOR.extract(Input::new(&s));
    check_spans(&s, &doc);
    let records: Vec<_> = doc.articles.iter().flat_map(|a| &a.complaint_batches).collect();
    assert_eq!(records.len(), n);
    let copied: usize = records.iter().map(|r| r.by_district.len()).sum();
    assert!(copied <= 2 * n, "{copied} district counts copied into records");
}

#[test]
fn one_sentence_of_many_hand_over_verbs() {
    // The recipient was looked for at every verb, each looking back over the whole sentence
    // (quadratic: 100,000 clauses took 8 s).
    extract_ok(&format!("督察组交办第1批12件{}。", "，交办第2批3件".repeat(100_000)));
    extract_ok(&format!("督察组交办第1批12件，交办第2批3件{}。", "，城东区".repeat(300_000)));
}

#[test]
fn a_record_whose_breakdown_never_adds_up() {
    // Every shorter run of the record's sentences was tried for a breakdown that adds up
    // (quadratic: 20,000 sentences took 70 s).
    extract_ok(&format!("督察组向西宁市交办第1批信访件5件。{}", "城东区2件。".repeat(100_000)));
}

#[test]
fn titles_and_names_repeated() {
    // Whether a title began after each listed name was asked of every title from the first
    // (quadratic: 4 MB took 18 s).
    extract_ok(&"盟委书记王立新、".repeat(200_000));
    extract_ok(&"盟委书记乌兰巴特尔、".repeat(150_000));
}

#[test]
fn a_long_list_of_batches_each_with_its_own_pi() {
    // Each batch walked the rest of the list to find its subject (quadratic: 150 KB took 4.6 s).
    extract_ok(&"第十七批、".repeat(100_000));
}

#[test]
fn shares_in_one_unpunctuated_clause() {
    // Each item searched the rest of the text for its clause's end (quadratic: 400 KB took 5.5 s).
    extract_ok(&"大气污染占45.2%，".repeat(100_000));
    extract_ok(&"水，".repeat(300_000));
    extract_ok(&"大气、水、噪声、".repeat(100_000));
}

#[test]
fn a_page_of_headlines_only() {
    // Each headline candidate counted its words over every line of the page, and each unplaced
    // one re-sorted the body (quadratic: 1 MB took 14 s).
    extract_ok(&"我市召开会议\n\n".repeat(100_000));
}

#[test]
fn a_million_di() {
    extract_ok(&"第".repeat(1_000_000));
}

#[test]
fn numerals_repeated() {
    extract_ok(&"一二三四五六七八九十".repeat(100_000));
}

#[test]
fn a_long_district_list() {
    let s = format!("涉及{}共计。", "城东区2件、".repeat(100_000));
    let doc = EXTRACTOR.extract(Input::new(&s).reference_date_str("2023-12-10").unwrap());
    check_spans(&s, &doc);
}

#[test]
fn nested_brackets() {
    let s = format!("{}第十七批{}", "（".repeat(50_000), "）".repeat(50_000));
    extract_ok(&s);
    let s = format!("{}12月9日{}", "【(".repeat(25_000), ")】".repeat(25_000));
    extract_ok(&s);
}

#[test]
fn nul_and_control_bytes() {
    let s = "本报讯（记者\0晴空）12月\u{1}9日，\0\0第十七批\u{7f}共24件。\r\n\r\n\u{feff}城东区2件";
    extract_ok(s);
}

#[test]
fn many_datelines_and_headline_like_lines() {
    let s = "本报讯（记者 甲乙）\n短标题行一二三\n".repeat(20_000);
    extract_ok(&s);
    let s = "本报讯（记者 甲乙）正文一句，说完了。\n\n短标题行一二三\n\n".repeat(20_000);
    extract_ok(&s);
}

#[test]
fn replacement_characters_from_lossy_binary() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let s = String::from_utf8_lossy(&bytes);
    extract_ok(&s);
}

#[test]
fn dates_in_one_long_line_of_wrapped_sentences() {
    // Single line breaks between CJK text are wrap points, so the clean text is one line; the
    // dateline check once searched back to that line's start at every date (quadratic: 120,000
    // lines took 12 s).
    extract_ok(&"12月9日，交办了。\n".repeat(120_000));
    extract_ok(&"12月9日，第十七批。\n".repeat(100_000));
}

#[test]
fn ambiguous_districts_without_sentence_ends() {
    // An ambiguous district looks back for the city named before it; without a bound that search
    // ran to the text's start at every one.
    extract_ok(&"鼓楼区2件，".repeat(200_000));
}

#[test]
fn markup_that_never_closes() {
    // Unclosed comments and scripts, tags cut off before `>`, quotes never closed and entities: the
    // markup layer reads each opener once and blanks no text it cannot close.
    extract_ok(&"<!--<script><p class=\"x 城东区2件&nbsp;&#20013;".repeat(40_000));
    extract_ok(&"<p>本报讯（记者&nbsp;晴空）城东区2件</p>".repeat(40_000));
}
