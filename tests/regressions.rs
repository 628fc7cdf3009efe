//! Inputs that once broke tongbao (found by fuzzing or in review), kept as tests: each must extract
//! with valid spans, and where the file name says what went wrong, the fix is checked.

mod common;

use std::fs;
use std::path::Path;

use common::{check_spans, EXTRACTOR};
use tongbao::Input;

fn inputs() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut v: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let p = e.path();
            let bytes = fs::read(&p).unwrap();
            (p.file_name().unwrap().to_string_lossy().into_owned(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn every_regression_input_extracts_with_valid_spans() {
    let all = inputs();
    assert!(!all.is_empty());
    for (name, text) in &all {
        for rd in [None, Some("2023-12-10")] {
            let mut input = Input::new(text);
            if let Some(d) = rd {
                input = input.reference_date_str(d).unwrap();
            }
            let doc = EXTRACTOR.extract(input);
            check_spans(text, &doc);
            assert!(!doc.articles.is_empty(), "{name}");
        }
    }
}

#[test]
fn a_fragment_without_body_lines_is_all_body() {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/fragment_without_body_line.txt")).unwrap();
    let doc = EXTRACTOR.extract(text.as_str());
    let a = &doc.articles[0];
    assert!(a.headline.is_none());
    assert_eq!(a.district_counts.len(), 2, "{:?}", a.district_counts);
}

#[test]
fn body_lines_beside_a_headline_line_are_kept() {
    let text =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/headline_line_inside_body_block.txt")).unwrap();
    let doc = EXTRACTOR.extract(Input::new(&text).reference_date_str("2024-04-18").unwrap());
    let a = &doc.articles[0];
    assert!(a.headline.is_some());
    assert_eq!(a.pollution.len(), 3, "{:?}", a.pollution);
    assert_eq!(a.district_counts.len(), 1);
}
