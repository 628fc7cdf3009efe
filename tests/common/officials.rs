//! The runner of the officials case tables (`officials_more*.rs`).
//!
//! A case is a passage and the officials it names, as `NAME=TITLE|TITLE` items separated by `;`
//! (titles as written, in order; `""` for none).

use super::EXTRACTOR;

fn expected(spec: &str) -> Vec<(String, Vec<String>)> {
    spec.split(';')
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (name, titles) = item.split_once('=').unwrap_or((item, ""));
            (name.to_string(), titles.split('|').map(str::to_string).collect())
        })
        .collect()
}

/// Extracts every (passage, expected officials) case; panics with every difference.
pub fn check_all(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for &(text, spec) in cases {
        let got: Vec<(String, Vec<String>)> = EXTRACTOR
            .extract(text)
            .articles
            .into_iter()
            .flat_map(|a| a.officials)
            .map(|o| (o.name.split_whitespace().collect(), o.titles))
            .collect();
        let want = expected(spec);
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
