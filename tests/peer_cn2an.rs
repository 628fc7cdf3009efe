//! cn2an's numeral-reading cases (../shared/peer-suites/cn2an/cn2an_cases.jsonl) run through the
//! number module. The module has no dependencies inside the crate, so it is compiled into this
//! test directly and its crate-private readers can be called.
//!
//! In scope: the tables of `cn2an_test.py` that read a numeral string into a number (strict,
//! normal, smart). Skipped, by table: the an2cn direction (number → Chinese), the text
//! transforms of `transform_test.py` (rewriting whole sentences is an output format tongbao does
//! not have), and `direct_data_dict` (keeps leading zeros as a string: `零一` → "01").

#[allow(dead_code)]
#[path = "../src/number.rs"]
mod number;

use std::collections::BTreeMap;
use std::path::Path;

#[test]
fn cn2an_reading_cases() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/peer-suites/cn2an/cn2an_cases.jsonl");
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("note: {} not found, skipping", path.display());
        return;
    };
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    let (mut pass, mut total) = (0usize, 0usize);
    let mut failures = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let file = case["file"].as_str().unwrap_or("");
        let table = case["table"].as_str().unwrap_or("");
        let in_scope = file == "cn2an_test.py" && matches!(table, "strict_data_dict" | "normal_data_dict" | "smart_data_dict");
        if !in_scope {
            *skipped.entry(format!("{file}:{table}")).or_default() += 1;
            continue;
        }
        let input = case["input"].as_str().unwrap_or("");
        let Some(want) = case["expected"].as_f64() else {
            *skipped.entry(format!("{file}:{table} (non-numeric expected)")).or_default() += 1;
            continue;
        };
        total += 1;
        let got = number::parse_value(input);
        if got.is_some_and(|g| (g - want).abs() <= want.abs() * 1e-12) {
            pass += 1;
        } else {
            failures.push(format!("{input} → {got:?}, want {want}"));
        }
    }
    let rate = pass as f64 / total.max(1) as f64;
    println!("cn2an reading cases: {pass}/{total} passed ({:.1}%)", rate * 100.0);
    for (k, n) in &skipped {
        println!("  skipped {n:>3}  {k}");
    }
    for f in &failures {
        println!("  FAIL {f}");
    }
    assert!(rate >= 0.95, "cn2an pass rate {rate:.3} below 0.95");
}
