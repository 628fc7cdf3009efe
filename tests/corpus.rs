//! The development set of ../shared: every page extracts with valid spans, and the page layout
//! (articles, reporters, headlines) matches the gold exactly.

mod common;

use std::fs;
use std::path::Path;

use common::{check_spans, shared, squeeze, EXTRACTOR};
use serde_json::Value;
use tongbao::{Document, Input};

fn gold_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    v.sort();
    v
}

fn run(gold_path: &Path) -> (Value, String, Document) {
    let gold: Value = serde_json::from_str(&fs::read_to_string(gold_path).unwrap()).unwrap();
    let text_path = gold_path.parent().unwrap().join(gold["text"].as_str().unwrap());
    let text = fs::read_to_string(&text_path).unwrap();
    let mut input = Input::new(&text);
    if let Some(d) = gold["reference_date"].as_str() {
        input = input.reference_date_str(d).unwrap();
    }
    let doc = EXTRACTOR.extract(input);
    (gold, text, doc)
}

/// The byte offset of the whitespace-free `needle`'s first character in `text`.
fn locate(text: &str, needle: &str) -> Option<usize> {
    let needle = squeeze(needle);
    let (chars, offsets): (String, Vec<usize>) = text.char_indices().filter(|(_, c)| !c.is_whitespace()).map(|(i, c)| (c, i)).unzip();
    let at = chars.find(&needle)?;
    let nth_char = chars[..at].chars().count();
    offsets.get(nth_char).copied()
}

fn check_layout(gold_path: &Path) -> Vec<String> {
    let (gold, text, doc) = run(gold_path);
    check_spans(&text, &doc);
    let name = gold_path.file_name().unwrap().to_string_lossy().to_string();
    let mut errors = Vec::new();
    let want = gold["articles"].as_array().cloned().unwrap_or_default();
    if want.len() != doc.articles.len() {
        errors.push(format!("{name}: {} articles, want {}", doc.articles.len(), want.len()));
        return errors;
    }
    for (g, a) in want.iter().zip(&doc.articles) {
        let anchor = g["anchor"].as_str().unwrap_or_default();
        let at = locate(&text, anchor).unwrap_or(usize::MAX);
        if !(a.span.start <= at.saturating_add(3) && at < a.span.end) {
            errors.push(format!("{name}: article {:?} does not hold anchor {anchor:?}", a.span));
        }
        let mut want_r: Vec<String> =
            g["reporters"].as_array().into_iter().flatten().filter_map(|r| r.as_str().map(String::from)).collect();
        let mut got_r = a.reporters.clone();
        want_r.sort();
        got_r.sort();
        if want_r != got_r {
            errors.push(format!("{name}: {anchor}: reporters {got_r:?}, want {want_r:?}"));
        }
        for (key, got) in [("headline", &a.headline), ("subheadline", &a.subheadline)] {
            let want_h = g[key].as_str().map(squeeze);
            let got_h = got.as_ref().map(|h| squeeze(&h.text));
            if key == "subheadline" && want_h.is_none() {
                continue;
            }
            if want_h != got_h {
                errors.push(format!("{name}: {anchor}: {key} {got_h:?}, want {want_h:?}"));
            }
        }
    }
    errors
}

#[test]
fn dev_set_layout_matches_the_gold() {
    let Some(shared) = shared() else { return };
    let mut errors = Vec::new();
    let files: Vec<_> = gold_files(&shared.join("gold")).into_iter().chain(gold_files(&shared.join("gold/robustness"))).collect();
    assert!(files.len() >= 20, "expected the development set, found {} gold files", files.len());
    for f in &files {
        errors.extend(check_layout(f));
    }
    assert!(errors.is_empty(), "{} layout mismatches:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn every_corpus_page_gives_valid_spans() {
    let Some(shared) = shared() else { return };
    for dir in ["corpus", "corpus/robustness"] {
        for e in fs::read_dir(shared.join(dir)).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                let text = fs::read_to_string(&p).unwrap();
                let doc = EXTRACTOR.extract(Input::new(&text).reference_date_str("2024-01-01").unwrap());
                check_spans(&text, &doc);
                assert!(!doc.articles.is_empty(), "{}", p.display());
            }
        }
    }
}

#[test]
fn the_shipped_sample_extracts() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sample_page_2024-05-20.txt");
    let text = fs::read_to_string(path).unwrap();
    let doc = EXTRACTOR.extract(Input::new(&text).reference_date_str("2024-05-20").unwrap());
    check_spans(&text, &doc);
    assert_eq!(doc.articles.len(), 2);
    assert_eq!(doc.articles[0].reporters, ["程远"]);
    assert_eq!(doc.articles[1].reporters, ["程远", "林小溪"]);
    assert_eq!(doc.articles[1].headline.as_ref().map(|h| h.text.as_str()), Some("市长陈立群督导典型案例整改"));
}
