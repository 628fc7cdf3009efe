//! Date mentions through the public API: the seed page's gold dates, and a property test that any
//! text gives spans on char boundaries with `start <= end`.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use tongbao::{DateMention, Extractor, Input};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::new)
}

fn dates(text: &str, reference: &str) -> Vec<DateMention> {
    let input = Input::new(text).reference_date_str(reference).expect("valid date");
    extractor().extract(input).articles.into_iter().flat_map(|a| a.dates).collect()
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn seed_page_dates_match_the_gold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (Ok(gold), Ok(text)) =
        (std::fs::read_to_string(root.join("gold/seed_page.gold.json")), std::fs::read_to_string(root.join("corpus/seed_page.txt")))
    else {
        println!("note: ../shared not found, skipping");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold JSON");
    let reference = gold["reference_date"].as_str().expect("reference date");
    let got = dates(&text, reference);
    for g in gold["dates"]["required"].as_array().expect("required dates") {
        let want = g["text"].as_str().unwrap_or("");
        let hit = got.iter().any(|m| {
            squeeze(&m.text).contains(want)
                && m.start.as_deref() == g["start"].as_str()
                && m.end.as_deref() == g["end"].as_str()
                && g.get("part_of_day").is_none_or(|p| serde_json::to_value(m.part_of_day).ok().as_ref() == Some(p))
        });
        assert!(hit, "seed page: no mention for {g}");
    }
}

proptest! {
    #[test]
    fn spans_are_on_char_boundaries_and_ordered(
        text in "[0-9一二三十〇年月日号至到以来今昨当天季度第前上下半午晚，。、\\- .\n]{0,40}"
    ) {
        for m in dates(&text, "2023-12-10") {
            prop_assert!(text.get(m.span.range()).is_some());
            prop_assert_eq!(text.get(m.span.range()).unwrap_or(""), m.text.as_str());
            if let (Some(a), Some(b)) = (&m.start, &m.end) {
                prop_assert!(a <= b, "{:?}", m);
            }
        }
    }
}
