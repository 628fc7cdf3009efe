//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod bulletin;
pub mod officials;

use std::path::PathBuf;

use once_cell::sync::Lazy;
use tongbao::{Document, Extractor};

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
    if let Err(e) = doc.check_spans(input) {
        panic!("{e}");
    }
}

/// Text without white space, as the gold compares it.
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
