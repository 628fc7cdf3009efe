//! The development pages of ../shared rewritten the ways archives deliver the same page: Windows line
//! ends, indented paragraphs, blank lines dropped by OCR, a blank line after every line (double
//! spacing), lines wrapped again in their middle, a page saved as HTML with a `<p>` per line, a
//! byte-order mark, zero-width spaces around lines, no-break and ideographic spaces, traditional
//! script, Chinese numerals (`二十四件`, `十二月九日`, `二〇二三年`), ASCII punctuation, blanks OCR
//! puts inside numbers and dates, full-width digits. Each rewrite must give the same articles and
//! the same values (dates, batches, district codes and counts, categories, officials, complaint
//! records) as the page itself; only the spans and the text as written may differ.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{check_spans, shared, EXTRACTOR};
use regex::Regex;
use serde_json::{json, Value};
use tongbao::{Document, Input};

/// The pages with their reference dates.
fn pages(shared: &Path) -> Vec<(PathBuf, String, Option<String>)> {
    let mut out = Vec::new();
    let Ok(dir) = fs::read_dir(shared.join("gold")) else { return out };
    let mut golds: Vec<PathBuf> = dir.flatten().map(|e| e.path()).filter(|p| p.to_string_lossy().ends_with(".gold.json")).collect();
    golds.sort();
    for g in golds {
        let Ok(gold) = fs::read_to_string(&g).map(|s| serde_json::from_str::<Value>(&s).unwrap_or(Value::Null)) else { continue };
        let Some(name) = gold["text"].as_str() else { continue };
        let path = g.parent().unwrap_or(Path::new(".")).join(name);
        if let Ok(text) = fs::read_to_string(&path) {
            out.push((path, text, gold["reference_date"].as_str().map(str::to_string)));
        }
    }
    out
}

fn extract(text: &str, reference: Option<&str>) -> Document {
    let mut input = Input::new(text);
    if let Some(d) = reference {
        input = input.reference_date_str(d).unwrap_or_else(|e| panic!("{e}"));
    }
    let doc = EXTRACTOR.extract(input);
    check_spans(text, &doc);
    doc
}

/// The values of each article, without spans or written forms, in a comparable order.
fn values(doc: &Document) -> Vec<Value> {
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    doc.articles
        .iter()
        .map(|a| {
            let records: Vec<Value> = a
                .complaint_batches
                .iter()
                .map(|r| {
                    let districts: Vec<String> =
                        r.by_district.iter().map(|d| format!("{}:{}", d.code.as_deref().unwrap_or("-"), d.count)).collect();
                    let categories: Vec<String> = r.by_category.iter().map(|p| format!("{:?}:{:?}", p.category, p.count)).collect();
                    json!([r.inspection_group, r.batch, r.date, r.total, r.by_channel, r.scope, r.priority_cases,
                           r.cumulative_total, r.progress, r.cumulative_progress, districts, categories, r.problems])
                })
                .collect();
            json!({
                "dates": sorted(a.dates.iter().map(|d| format!("{:?}..{:?} {:?}", d.start, d.end, d.part_of_day)).collect()),
                "batches": sorted(a.batches.iter().map(|b| format!("{}-{:?}", b.ordinal, b.ordinal_end)).collect()),
                "districts": sorted(a.district_counts.iter().map(|d| format!("{}:{}", d.code.as_deref().unwrap_or("-"), d.count)).collect()),
                "pollution": sorted(a.pollution.iter().map(|p| format!("{:?}:{:?}:{:?}", p.category, p.count, p.percent)).collect()),
                "officials": sorted(a.officials.iter().map(|o| simplified(&format!("{}={}", o.name, o.titles.join("|")))).collect()),
                "reporters": a.reporters.iter().map(|r| simplified(r)).collect::<Vec<_>>(),
                "headline": a.headline.is_some(),
                "records": records,
            })
        })
        .collect()
}

/// Names and titles in their matching (simplified) form, as a page in traditional script gives them.
fn simplified(s: &str) -> String {
    s.chars().map(tongbao::lexicon::simplified).collect()
}

/// `n` (below 10,000) in Chinese numerals, as bulletins write counts: 10 → 十, 24 → 二十四, 105 → 一百零五.
fn chinese(n: u32) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "零".into();
    }
    let digits = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10];
    let units = ["千", "百", "十", ""];
    let mut out = String::new();
    let mut zero = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十 alone leads the teens (十七), 一十 inside a larger number (一百一十)
        if !(d == 1 && i == 2 && out.is_empty()) {
            out.push(D[d as usize]);
        }
        out.push_str(units[i]);
    }
    out
}

/// A year digit by digit: 2023 → 二〇二三.
fn year_in_chinese(digits: &str) -> String {
    digits.chars().map(|c| if c == '0' { '〇' } else { chinese(c.to_digit(10).unwrap_or(0)).chars().next().unwrap_or(c) }).collect()
}

/// A rewrite of a page.
type Rewrite = Box<dyn Fn(&str) -> String>;

/// The rewrites, by name.
fn rewrites() -> Vec<(&'static str, Rewrite)> {
    let blank_lines = Regex::new(r"\n[ \t\u{3000}]*\n").unwrap_or_else(|e| panic!("{e}"));
    let numbers = Regex::new(r"([0-9]+)([年月日件])").unwrap_or_else(|e| panic!("{e}"));
    vec![
        ("CRLF line ends", Box::new(|t: &str| t.replace('\n', "\r\n"))),
        (
            "indented lines",
            Box::new(|t: &str| {
                t.lines()
                    .map(|l| if l.trim().is_empty() { l.to_string() } else { format!("\u{3000}\u{3000}{l}") })
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ),
        ("blank lines dropped", Box::new(move |t: &str| blank_lines.replace_all(t, "\n").into_owned())),
        ("blanks around numbers", Box::new(move |t: &str| numbers.replace_all(t, "$1 $2 ").into_owned())),
        (
            "saved as HTML",
            Box::new(|t: &str| {
                let body: String = t
                    .lines()
                    .map(|l| if l.trim().is_empty() { "<br/>\n".to_string() } else { format!("<p>{}</p>\n", l.replace('&', "&amp;")) })
                    .collect();
                format!("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>页面</title><script>var a=\"<p>x</p>\";</script></head>\n<body>\n{body}</body></html>\n")
            }),
        ),
        (
            "long lines wrapped again",
            Box::new(|t: &str| {
                t.split('\n')
                    .map(|l| {
                        let n = l.chars().count();
                        if n < 16 {
                            return l.to_string();
                        }
                        let cut: usize = l.char_indices().nth(n / 2).map_or(l.len(), |(i, _)| i);
                        format!("{}\n{}", &l[..cut], &l[cut..])
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ),
        (
            "traditional script",
            Box::new(|t: &str| {
                // Each simplified character of the t2s table with one traditional form is written in
                // it; one with several (台: 臺, 颱, 檯) is left as it is, as mirrors often leave them.
                let table = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons/t2s.tsv")).unwrap_or_default();
                let mut s2t: std::collections::HashMap<char, Vec<char>> = std::collections::HashMap::new();
                for line in table.lines().filter(|l| !l.starts_with('#')) {
                    let mut f = line.split('\t');
                    if let (Some(tr), Some(si)) = (f.next().and_then(|x| x.chars().next()), f.next().and_then(|x| x.chars().next())) {
                        s2t.entry(si).or_default().push(tr);
                    }
                }
                t.chars()
                    .map(|c| match s2t.get(&c).map(Vec::as_slice) {
                        Some([one]) => *one,
                        _ => c,
                    })
                    .collect()
            }),
        ),
        ("a byte-order mark", Box::new(|t: &str| format!("\u{feff}{t}"))),
        ("no-break spaces", Box::new(|t: &str| t.replace(' ', "\u{a0}"))),
        ("ideographic spaces", Box::new(|t: &str| t.replace(' ', "\u{3000}"))),
        // as WeChat and web editors leave them around paragraphs
        (
            "zero-width spaces around lines",
            Box::new(|t: &str| t.split('\n').map(|l| format!("\u{200b}{l}\u{200b}")).collect::<Vec<_>>().join("\n")),
        ),
        (
            "Chinese numerals",
            Box::new(|t: &str| {
                // A day stands with its month (`十二月九日`): `七日` alone is as often seven days.
                // Numbers a line break splits are left as OCR gave them.
                let day = Regex::new(r"([^0-9.,\s])([0-9]{1,2})月([0-9]{1,2})日").unwrap_or_else(|e| panic!("{e}"));
                let t = day.replace_all(t, |c: &regex::Captures<'_>| {
                    let n = |i: usize| chinese(c[i].parse().unwrap_or(0));
                    format!("{}{}月{}日", &c[1], n(2), n(3))
                });
                let re = Regex::new(r"([^0-9.,\s])([0-9]{1,4})([年件批])").unwrap_or_else(|e| panic!("{e}"));
                re.replace_all(&t, |c: &regex::Captures<'_>| {
                    let (digits, unit) = (&c[2], &c[3]);
                    let written =
                        if unit == "年" && digits.len() == 4 { year_in_chinese(digits) } else { chinese(digits.parse().unwrap_or(0)) };
                    format!("{}{written}{unit}", &c[1])
                })
                .into_owned()
            }),
        ),
        ("double spaced", Box::new(|t: &str| t.split('\n').collect::<Vec<_>>().join("\n\n"))),
        (
            "ASCII punctuation",
            Box::new(|t: &str| {
                t.chars()
                    .map(|c| match c {
                        '，' => ',',
                        '（' => '(',
                        '）' => ')',
                        '：' => ':',
                        '；' => ';',
                        c => c,
                    })
                    .collect()
            }),
        ),
        (
            "full-width digits",
            Box::new(|t: &str| {
                t.chars().map(|c| if c.is_ascii_digit() { char::from_u32(c as u32 + 0xFEE0).unwrap_or(c) } else { c }).collect()
            }),
        ),
    ]
}

#[test]
fn rewritten_pages_give_the_same_values() {
    let Some(shared) = shared() else { return };
    let pages = pages(&shared);
    assert!(!pages.is_empty(), "no development pages under {}", shared.display());
    let mut wrong = Vec::new();
    for (path, text, reference) in &pages {
        let want = values(&extract(text, reference.as_deref()));
        for (name, rewrite) in rewrites() {
            let changed = rewrite(text);
            let got = values(&extract(&changed, reference.as_deref()));
            if got != want {
                let file = path.file_name().map_or_else(String::new, |f| f.to_string_lossy().into_owned());
                let diff: Vec<String> = want
                    .iter()
                    .zip(&got)
                    .flat_map(|(w, g)| {
                        w.as_object()
                            .into_iter()
                            .flatten()
                            .filter(|(k, v)| g.get(k.as_str()) != Some(v))
                            .map(|(k, v)| format!("{k}: {v} became {}", g[k.as_str()]))
                    })
                    .collect();
                wrong.push(format!("{file} with {name}: {} articles, was {}; {}", got.len(), want.len(), diff.join("; ")));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Surnames and given-name characters for renamed people: common ones, none of them a function
/// word (和, 向, 于), an adjective (严明, 严安) or the start of a city (宁波): those need the context
/// a real page gives; so do directions after a sea's name (黄海东).
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋杜叶程魏苏吕丁沈姜崔钟谭陆汪范金廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯黎贺顾毛郝龚邵钱覃武戴莫孔汤申佘米吉封詹葛费";
const GIVEN: &str = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力鹏宇浩凯晨欣怡婷雪琳佳颖博志海波峰飞鑫亮林斌彬春梅兰云龙荣庆忠国民永安福宏毅坤晓";

/// A deterministic xorshift stream, so that a failure names a round that can be replayed.
struct Stream(u64);

impl Stream {
    fn pick(&mut self, from: &[char]) -> char {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        from[(self.0 % from.len() as u64) as usize]
    }
}

/// `text` with every occurrence of `name` replaced by `new` (of the same length), blanks and line
/// breaks OCR put between its characters kept where they were.
fn rename(text: &str, name: &str, new: &str) -> String {
    let pattern: Vec<String> = name.chars().map(|c| regex::escape(&c.to_string())).collect();
    let re = Regex::new(&pattern.join(r"(\s*)")).unwrap();
    re.replace_all(text, |c: &regex::Captures<'_>| {
        let mut out = String::new();
        for (i, ch) in new.chars().enumerate() {
            if i > 0 {
                out.push_str(c.get(i).map_or("", |m| m.as_str()));
            }
            out.push(ch);
        }
        out
    })
    .into_owned()
}

/// The values of [`values`] (as JSON) with each article's officials sorted again: renaming
/// changes their order.
fn resorted(values: &str) -> Value {
    let mut v: Value = serde_json::from_str(values).unwrap_or(Value::Null);
    for article in v.as_array_mut().into_iter().flatten() {
        if let Some(Value::Array(officials)) = article.get_mut("officials") {
            officials.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
        }
    }
    v
}

/// The people of a page are not the rules' business: each official and reporter renamed at random
/// (same length, a common surname) must come out renamed with the same titles, and nothing else of
/// the page may change. Names jieba happens to know or to group well cannot carry a rule this way.
#[test]
fn renamed_people_give_the_same_values() {
    const ROUNDS: u64 = 100;
    let Some(shared) = shared() else { return };
    let (surnames, given): (Vec<char>, Vec<char>) = (SURNAMES.chars().collect(), GIVEN.chars().collect());
    let mut wrong = Vec::new();
    for (path, text, reference) in &pages(&shared) {
        let doc = extract(text, reference.as_deref());
        let mut people: Vec<String> =
            doc.articles.iter().flat_map(|a| a.officials.iter().map(|o| o.name.clone()).chain(a.reporters.iter().cloned())).collect();
        people.retain(|n| (2..=3).contains(&n.chars().count()) && n.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        // longest first, so that a name inside a longer one is renamed with it
        people.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
        people.dedup();
        let want = serde_json::to_string(&values(&doc)).unwrap_or_default();
        for round in 0..ROUNDS {
            let mut stream = Stream(0x9E37_79B9_7F4A_7C15 ^ (round + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
            let (mut changed, mut expected) = (text.clone(), want.clone());
            let mut taken: Vec<String> = Vec::new();
            for name in &people {
                let new = loop {
                    let mut n = stream.pick(&surnames).to_string();
                    n.extend((1..name.chars().count()).map(|_| stream.pick(&given)));
                    if !text.contains(&n) && !taken.contains(&n) && !people.contains(&n) {
                        break n;
                    }
                };
                changed = rename(&changed, name, &new);
                expected = expected.replace(&simplified(name), &new);
                taken.push(new);
            }
            let got = serde_json::to_string(&values(&extract(&changed, reference.as_deref()))).unwrap_or_default();
            if resorted(&got) != resorted(&expected) {
                let file = path.file_name().map_or_else(String::new, |f| f.to_string_lossy().into_owned());
                let pairs: Vec<String> = people.iter().zip(&taken).map(|(a, b)| format!("{a}→{b}")).collect();
                wrong.push(format!("{file}, round {round} ({}):\n  want {expected}\n  got  {got}", pairs.join(" ")));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
