//! The runner of the hand-over bulletin case tables (`bulletin_more*.rs`).
//!
//! A case is a page and the fields it must give, as JSON: `records` lists the complaint records in
//! order (only the keys given are compared; `by_district` is written `name:code:count;…`,
//! `by_category` `category:count`, `progress` and `cumulative_progress` as `closed/partly/open`),
//! `districts` and `pollution` the article's mentions (`name:code:count`, `category:count:percent`).

use serde_json::{json, Map, Value};
use tongbao::{ComplaintBatch, Input};

use super::{check_spans, EXTRACTOR};

/// A page and what it must give.
pub struct Case {
    pub name: &'static str,
    pub text: &'static str,
    pub want: &'static str,
}

/// The record in the compact shape the cases are written in.
fn summary(r: &ComplaintBatch) -> Map<String, Value> {
    let mut v = match serde_json::to_value(r) {
        Ok(Value::Object(m)) => m,
        other => panic!("a record serializes to an object: {other:?}"),
    };
    let districts: Vec<String> =
        r.by_district.iter().map(|d| format!("{}:{}:{}", d.name, d.code.as_deref().unwrap_or("-"), d.count)).collect();
    let categories: Vec<String> = r
        .by_category
        .iter()
        .map(|p| format!("{}:{}", json!(p.category).as_str().unwrap_or("?"), p.count.map_or("-".into(), |c| c.to_string())))
        .collect();
    v.insert("by_district".into(), districts.join(";").into());
    v.insert("by_category".into(), categories.join(";").into());
    for key in ["progress", "cumulative_progress"] {
        let p = v.get(key).cloned().unwrap_or(Value::Null);
        if p.is_object() {
            let f = |k: &str| p[k].as_u64().map_or("-".to_string(), |n| n.to_string());
            v.insert(key.into(), format!("{}/{}/{}", f("closed"), f("partly_closed"), f("in_progress")).into());
        }
    }
    if let Some(Value::Object(ch)) = v.get_mut("by_channel") {
        ch.retain(|_, x| !x.is_null());
    }
    v
}

/// Every key of `want` agrees with `got`; the differences, in words.
fn compare(case: &str, want: &Map<String, Value>, got: &Map<String, Value>, wrong: &mut Vec<String>) {
    for (k, w) in want {
        let g = got.get(k).cloned().unwrap_or(Value::Null);
        if &g != w {
            wrong.push(format!("{case}: {k}: want {w}, got {g}"));
        }
    }
}

/// Extracts every case (against 2024-12-31) and compares it with its expectation; panics with
/// every difference.
pub fn check_all(cases: &[Case]) {
    let mut wrong = Vec::new();
    for case in cases {
        let doc = EXTRACTOR.extract(Input::new(case.text).reference_date_str("2024-12-31").unwrap_or_else(|e| panic!("{e}")));
        check_spans(case.text, &doc);
        let want: Value = serde_json::from_str(case.want).unwrap_or_else(|e| panic!("{}: bad expectation: {e}", case.name));
        let records: Vec<&ComplaintBatch> = doc.articles.iter().flat_map(|a| &a.complaint_batches).collect();
        let want_records = want["records"].as_array().cloned().unwrap_or_default();
        if records.len() != want_records.len() {
            wrong.push(format!("{}: {} records, want {}: {records:#?}", case.name, records.len(), want_records.len()));
            continue;
        }
        for (r, w) in records.iter().zip(&want_records) {
            compare(case.name, w.as_object().unwrap_or(&Map::new()), &summary(r), &mut wrong);
        }
        let mut mentions = Map::new();
        let districts: Vec<String> = doc
            .articles
            .iter()
            .flat_map(|a| &a.district_counts)
            .map(|d| format!("{}:{}:{}", d.name, d.code.as_deref().unwrap_or("-"), d.count))
            .collect();
        let pollution: Vec<String> = doc
            .articles
            .iter()
            .flat_map(|a| &a.pollution)
            .map(|p| {
                let opt = |x: Option<String>| x.unwrap_or_else(|| "-".into());
                format!(
                    "{}:{}:{}",
                    json!(p.category).as_str().unwrap_or("?"),
                    opt(p.count.map(|c| c.to_string())),
                    opt(p.percent.map(|c| c.to_string()))
                )
            })
            .collect();
        mentions.insert("districts".into(), districts.join(";").into());
        mentions.insert("pollution".into(), pollution.join(";").into());
        let mut want_mentions = want.as_object().cloned().unwrap_or_default();
        want_mentions.remove("records");
        compare(case.name, &want_mentions, &mentions, &mut wrong);
    }
    assert!(wrong.is_empty(), "{} wrong:\n{}", wrong.len(), wrong.join("\n"));
}
