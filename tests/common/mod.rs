//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use once_cell::sync::Lazy;
use tongbao::{Document, Extractor, Span};

/// One extractor per test binary: building it loads jieba's dictionary.
pub static EXTRACTOR: Lazy<Extractor> = Lazy::new(Extractor::new);

/// `../shared` beside the crate, when it is there.
pub fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared is absent; skipping the tests that read it");
        None
    }
}

/// Every span of the document lies on char boundaries inside the input, and every mention's text is
/// exactly the input at its span.
pub fn check_spans(input: &str, doc: &Document) {
    let ok = |s: &Span| s.start <= s.end && input.get(s.range()).is_some();
    for a in &doc.articles {
        assert!(ok(&a.span), "article span {:?}", a.span);
        for h in a.headline.iter().chain(a.subheadline.iter()) {
            assert!(ok(&h.span), "headline span {:?}", h.span);
        }
        let texts = a
            .dates
            .iter()
            .map(|m| (&m.text, m.span))
            .chain(a.batches.iter().map(|m| (&m.text, m.span)))
            .chain(a.district_counts.iter().map(|m| (&m.text, m.span)))
            .chain(a.pollution.iter().map(|m| (&m.text, m.span)));
        for (text, span) in texts {
            assert!(ok(&span), "span {span:?} of {text:?}");
            assert_eq!(text.as_str(), span.slice(input), "mention text differs from input[span]");
        }
        for d in &a.dates {
            if let (Some(s), Some(e)) = (&d.start, &d.end) {
                assert!(s <= e, "date {:?} starts after it ends", d.text);
            }
        }
        for o in &a.officials {
            for m in &o.mentions {
                assert!(ok(m), "official mention {m:?}");
            }
        }
        for c in &a.complaint_batches {
            assert!(ok(&c.span), "complaint span {:?}", c.span);
        }
    }
}

/// Text without white space, as the gold compares it.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
