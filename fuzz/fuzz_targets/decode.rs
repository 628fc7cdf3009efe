//! The CLI's decode path: any bytes give text or a typed error; errors point inside the input; lossy
//! decoding of non-binary input always succeeds; a successful decode extracts with valid spans.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<tongbao::Extractor> = LazyLock::new(tongbao::Extractor::new);

fuzz_target!(|data: &[u8]| {
    match tongbao::decode::decode(data, false) {
        Ok(d) => {
            let doc = EXTRACTOR.extract(d.text.as_ref());
            if let Err(e) = doc.check_spans(&d.text) {
                panic!("{e}");
            }
        }
        Err(tongbao::Error::Decode { offset, .. }) => assert!(offset <= data.len()),
        Err(e) => panic!("unexpected error kind: {e}"),
    }
    let _ = tongbao::decode::decode(data, true);
});
