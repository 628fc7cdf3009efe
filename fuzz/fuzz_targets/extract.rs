//! bytes → lossy UTF-8 → extract → the span invariants.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<tongbao::Extractor> = LazyLock::new(tongbao::Extractor::new);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(input) = tongbao::Input::new(&text).reference_date_str("2023-12-10") else { return };
    let doc = EXTRACTOR.extract(input);
    let ok = |s: &tongbao::Span| s.start <= s.end && text.get(s.range()).is_some();
    for a in &doc.articles {
        assert!(ok(&a.span));
        for h in a.headline.iter().chain(a.subheadline.iter()) {
            assert!(ok(&h.span));
        }
        let mentions = a
            .dates
            .iter()
            .map(|m| (&m.text, m.span))
            .chain(a.batches.iter().map(|m| (&m.text, m.span)))
            .chain(a.district_counts.iter().map(|m| (&m.text, m.span)))
            .chain(a.pollution.iter().map(|m| (&m.text, m.span)));
        for (t, s) in mentions {
            assert!(ok(&s));
            assert_eq!(t.as_str(), &text[s.range()]);
        }
        for d in &a.dates {
            if let (Some(s), Some(e)) = (&d.start, &d.end) {
                assert!(s <= e);
            }
        }
        for o in &a.officials {
            assert!(o.mentions.iter().all(ok));
        }
        for c in &a.complaint_batches {
            assert!(ok(&c.span));
        }
    }
});
