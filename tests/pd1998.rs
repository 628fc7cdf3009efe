//! People's Daily, January 1998 (PKU-tagged): officials tongbao reports must be tagged persons, and
//! tagged persons written directly after a government, party or state title must be found.
//!
//! "Directly after a title" is defined from the corpus's own list of phrases seen before person
//! names (`data/titles/pd1998_phrase_before_person.tsv`), not from tongbao's lexicon: a phrase counts
//! when it ends with an office head below and is not a foreign office (its prefix is not one seen
//! before 总统/首相/…). Only persons with Chinese-form names (2–4 characters) are counted, since the
//! extractor reads names by surname.

use std::collections::HashSet;
use std::path::PathBuf;

use serde_json::Value;

const HEADS: &[&str] = &[
    "书记",
    "主席",
    "总理",
    "部长",
    "市长",
    "省长",
    "县长",
    "区长",
    "委员长",
    "委员",
    "主任",
    "秘书长",
    "局长",
    "常委",
    "司令员",
    "政委",
    "参谋长",
    "院长",
    "检察长",
    "国务委员",
];
const FOREIGN_HEADS: &[&str] = &["总统", "首相", "国王", "大使", "国务卿", "大臣", "议长", "外长"];

fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    p.is_dir().then_some(p)
}

fn title_phrases(data: &std::path::Path) -> Vec<String> {
    let src = std::fs::read_to_string(data.join("titles/pd1998_phrase_before_person.tsv")).unwrap_or_default();
    let phrases: Vec<&str> = src.lines().skip(1).filter_map(|l| l.split('\t').next()).filter(|p| !p.is_empty()).collect();
    let foreign: HashSet<&str> = phrases
        .iter()
        .filter_map(|p| FOREIGN_HEADS.iter().find_map(|h| p.strip_suffix(h)))
        .filter(|pre| pre.chars().count() >= 2 && !pre.starts_with("中国") && !pre.starts_with("全国"))
        .collect();
    phrases
        .into_iter()
        .filter(|p| HEADS.iter().any(|h| p.ends_with(h)))
        .filter(|p| !foreign.iter().any(|f| p.starts_with(f)) && !p.contains("记者") && !p.starts_with('电'))
        .map(str::to_string)
        .collect()
}

fn surnames() -> HashSet<char> {
    let src = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lexicons/surnames.tsv")).unwrap_or_default();
    src.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.chars().next()).collect()
}

#[test]
fn pd1998_officials_are_tagged_persons_and_titled_persons_are_found() {
    let Some(data) = shared() else {
        eprintln!("note: ../shared not found, pd1998 test skipped");
        return;
    };
    let Ok(src) = std::fs::read_to_string(data.join("pd1998/199801.first3000.gold_spans.jsonl")) else {
        eprintln!("note: pd1998 gold spans not found, test skipped");
        return;
    };
    let phrases = title_phrases(&data);
    let surnames = surnames();
    let ex = tongbao::Extractor::new();
    let (mut reported, mut correct, mut titled, mut found) = (0usize, 0usize, 0usize, 0usize);
    let mut wrong = Vec::new();
    let mut missed = Vec::new();
    for line in src.lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else { continue };
        let text = v["text"].as_str().unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        let persons: Vec<(usize, usize, String)> = v["entities"]["person"]
            .as_array()
            .map(|a| {
                a.iter().filter_map(|p| Some((p[0].as_u64()? as usize, p[1].as_u64()? as usize, p[2].as_str()?.to_string()))).collect()
            })
            .unwrap_or_default();
        let tagged: HashSet<&str> = persons.iter().map(|p| p.2.as_str()).collect();
        let doc = ex.extract(text);
        let got: HashSet<String> = doc.articles.iter().flat_map(|a| a.officials.iter().map(|o| o.name.clone())).collect();
        for name in &got {
            reported += 1;
            if tagged.contains(name.as_str()) {
                correct += 1;
            } else {
                wrong.push(format!("{name} in {}", chars.iter().take(60).collect::<String>()));
            }
        }
        for (s, e, name) in &persons {
            let n = e.saturating_sub(*s);
            if !(2..=4).contains(&n) || !name.chars().next().is_some_and(|c| surnames.contains(&c)) {
                continue;
            }
            let before: String = chars.get(..*s).map(|c| c.iter().collect()).unwrap_or_default();
            if !phrases.iter().any(|p| before.ends_with(p.as_str())) {
                continue;
            }
            titled += 1;
            if got.contains(name) {
                found += 1;
            } else {
                let from = s.saturating_sub(12);
                missed.push(chars.get(from..(*e + 6).min(chars.len())).map(|c| c.iter().collect::<String>()).unwrap_or_default());
            }
        }
    }
    let precision = correct as f64 / reported.max(1) as f64;
    let recall = found as f64 / titled.max(1) as f64;
    println!("pd1998: precision {correct}/{reported} = {precision:.3}; titled recall {found}/{titled} = {recall:.3}");
    for w in wrong.iter().take(30) {
        println!("  not a tagged person: {w}");
    }
    for m in missed.iter().take(30) {
        println!("  missed: {m}");
    }
    assert!(titled > 50, "too few titled persons ({titled}): is the data file complete?");
    assert!(precision >= 0.95, "precision {precision:.3} < 0.95");
    assert!(recall >= 0.90, "titled recall {recall:.3} < 0.90");
}
