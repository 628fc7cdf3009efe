//! bytes → lossy UTF-8 → extract → the span invariants.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<tongbao::Extractor> = LazyLock::new(tongbao::Extractor::new);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(input) = tongbao::Input::new(&text).reference_date_str("2023-12-10") else { return };
    let doc = EXTRACTOR.extract(input);
    if let Err(e) = doc.check_spans(&text) {
        panic!("{e}");
    }
});
