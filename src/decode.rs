//! Bytes → UTF-8: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, GB18030 (which covers GBK and
//! GB2312) when the bytes are not UTF-8.
//!
//! Archives mix encodings: old newspaper dumps are GBK, Windows tools write UTF-16 with a BOM, the web
//! is UTF-8. [`decode`] picks the encoding from the bytes so that one run handles them all. Every span
//! tongbao reports is a **byte span of the decoded UTF-8 text** (the `text` of [`Decoded`]), not of the
//! bytes on disk: a GB18030 file's offsets do not carry over to the raw file.
//!
//! ```
//! use tongbao::decode::{decode, Encoding};
//!
//! let (gbk, _, _) = encoding_rs::GB18030.encode("西宁市城东区2件");
//! let d = decode(&gbk, false)?;
//! assert_eq!(d.encoding, Encoding::Gb18030);
//! assert_eq!(d.text, "西宁市城东区2件");
//! # Ok::<(), tongbao::Error>(())
//! ```

use std::borrow::Cow;

use encoding_rs::{DecoderResult, GB18030, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::{Error, Result};

/// How many leading bytes are searched for NUL bytes to tell a binary file from text.
const BINARY_SNIFF: usize = 8 * 1024;

/// Valid multi-byte UTF-8 characters needed per invalid sequence for bytes that are not valid UTF-8
/// to still count as (damaged) UTF-8 rather than GB18030. GB18030 text read as UTF-8 gives roughly
/// one accidental valid sequence per four invalid ones; a UTF-8 file with a few damaged bytes gives
/// hundreds of valid ones per invalid one. Without this test GB18030, which accepts most byte pairs,
/// would turn a slightly damaged UTF-8 file into plausible-looking garbage.
const UTF8_EVIDENCE: usize = 8;

/// The encodings [`decode`] recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (`EF BB BF`), which is dropped.
    Utf8Bom,
    /// UTF-16 little-endian, recognised by its byte-order mark (`FF FE`).
    Utf16Le,
    /// UTF-16 big-endian, recognised by its byte-order mark (`FE FF`).
    Utf16Be,
    /// GB18030 (a superset of GBK and GB2312), assumed when the bytes are not UTF-8.
    Gb18030,
}

impl Encoding {
    /// The encoding's usual name (`"UTF-8"`, `"UTF-16LE"`, `"GB18030"`).
    pub fn name(&self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Gb18030 => "GB18030",
        }
    }

    fn codec(&self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => UTF_8,
            Encoding::Utf16Le => UTF_16LE,
            Encoding::Utf16Be => UTF_16BE,
            Encoding::Gb18030 => GB18030,
        }
    }
}

/// Decoded text and the encoding it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text as UTF-8, without byte-order mark; borrowed when the input was UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding detected.
    pub encoding: Encoding,
    /// Whether invalid bytes were replaced by U+FFFD (only with `lossy`).
    pub lossy: bool,
}

/// Decodes bytes of unknown encoding to UTF-8.
///
/// A byte-order mark decides first (UTF-8, UTF-16 LE, UTF-16 BE). Without one, bytes that are valid
/// UTF-8 are UTF-8 (borrowed, no copy); otherwise GB18030, unless the bytes look like UTF-8 with a few
/// damaged sequences. With `lossy`, invalid sequences become U+FFFD instead of an error.
///
/// # Errors
/// [`Error::Decode`] (without a path; add one with [`Error::with_path`]) when the bytes are invalid in
/// the detected encoding and `lossy` is false: `offset` is the position in `bytes` of the first invalid
/// sequence. A binary file (a NUL byte within the first 8 KiB, no UTF-16 byte-order mark) is an error
/// even with `lossy`, with `encoding` `"text (looks binary: NUL byte)"` and the offset of the NUL byte: decoding it would only
/// produce garbage records.
pub fn decode(bytes: &[u8], lossy: bool) -> Result<Decoded<'_>> {
    if let Some((encoding, bom)) = sniff_bom(bytes) {
        let body = bytes.get(bom..).unwrap_or_default();
        return decode_as(body, encoding, lossy).map_err(|e| shift(e, bom));
    }
    if let Some(nul) = bytes.iter().take(BINARY_SNIFF).position(|&b| b == 0) {
        return Err(Error::Decode { path: None, encoding: "text (looks binary: NUL byte)", offset: nul });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: Cow::Borrowed(text), encoding: Encoding::Utf8, lossy: false }),
        Err(_) if looks_like_utf8(bytes) => decode_as(bytes, Encoding::Utf8, lossy),
        Err(_) => decode_as(bytes, Encoding::Gb18030, lossy),
    }
}

fn sniff_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8Bom, 3)),
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
        _ => None,
    }
}

/// Decodes `bytes` (BOM already removed) strictly, or with replacement when `lossy`.
fn decode_as(bytes: &[u8], encoding: Encoding, lossy: bool) -> Result<Decoded<'_>> {
    let codec = encoding.codec();
    if let Some(text) = codec.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(Decoded { text, encoding, lossy: false });
    }
    if lossy {
        let (text, _) = codec.decode_without_bom_handling(bytes);
        return Ok(Decoded { text, encoding, lossy: true });
    }
    Err(Error::Decode { path: None, encoding: encoding.name(), offset: first_malformed(bytes, codec) })
}

/// The byte offset of the first invalid sequence of `bytes` in `codec` (`bytes.len()` if none).
fn first_malformed(bytes: &[u8], codec: &'static encoding_rs::Encoding) -> usize {
    let mut decoder = codec.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(0));
    let mut pos = 0;
    loop {
        let rest = bytes.get(pos..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut out, true);
        match result {
            // `bad` bytes were malformed and `after` bytes were read past them before the error.
            DecoderResult::Malformed(bad, after) => {
                return (pos + read).saturating_sub(usize::from(bad) + usize::from(after));
            }
            DecoderResult::InputEmpty => return bytes.len(),
            DecoderResult::OutputFull => {
                pos += read;
                out.reserve(rest.len().saturating_mul(3).max(16));
            }
        }
    }
}

/// Whether invalid UTF-8 still looks like UTF-8 with damaged bytes (see [`UTF8_EVIDENCE`]).
fn looks_like_utf8(bytes: &[u8]) -> bool {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                valid_multibyte += count_multibyte(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                valid_multibyte += std::str::from_utf8(good).map(count_multibyte).unwrap_or(0);
                invalid += 1;
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = bad.get(skip..).unwrap_or_default();
            }
        }
    }
    valid_multibyte >= UTF8_EVIDENCE.saturating_mul(invalid).max(1)
}

fn count_multibyte(s: &str) -> usize {
    s.bytes().filter(|b| b & 0xC0 == 0xC0).count()
}

/// Moves an error's offset past a byte-order mark, so that it counts from the start of the file.
fn shift(e: Error, by: usize) -> Error {
    match e {
        Error::Decode { path, encoding, offset } => Error::Decode { path, encoding, offset: offset + by },
        e => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "本报讯（记者 李明）3月5日，督察组向长沙市交办第五批群众信访举报件共31件，芙蓉区4件、天心区6件。";

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        let mut v = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in text.encode_utf16() {
            v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    }

    fn offset(e: Error) -> (&'static str, usize) {
        match e {
            Error::Decode { encoding, offset, .. } => (encoding, offset),
            e => panic!("not a decode error: {e}"),
        }
    }

    #[test]
    fn plain_utf8_is_borrowed() {
        let d = decode(TEXT.as_bytes(), false).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn bom_is_dropped() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend(TEXT.as_bytes());
        let d = decode(&b, false).unwrap();
        assert_eq!((d.encoding, d.text.as_ref()), (Encoding::Utf8Bom, TEXT));
    }

    #[test]
    fn utf16_both_orders() {
        for (le, enc) in [(true, Encoding::Utf16Le), (false, Encoding::Utf16Be)] {
            let b = utf16(TEXT, le);
            let d = decode(&b, false).unwrap();
            assert_eq!((d.encoding, d.text.as_ref()), (enc, TEXT));
        }
    }

    #[test]
    fn utf16_odd_length_is_an_error_at_the_end() {
        let mut b = utf16("城东区", true);
        b.push(0x41);
        assert_eq!(offset(decode(&b, false).unwrap_err()), ("UTF-16LE", 8));
        assert!(decode(&b, true).unwrap().text.ends_with('\u{FFFD}'));
    }

    #[test]
    fn gb18030_and_gbk() {
        for enc in [GB18030, encoding_rs::GBK] {
            let (b, _, _) = enc.encode(TEXT);
            let d = decode(&b, false).unwrap();
            assert_eq!((d.encoding, d.text.as_ref()), (Encoding::Gb18030, TEXT));
        }
    }

    #[test]
    fn gb18030_short_text() {
        let (b, _, _) = GB18030.encode("噪声");
        assert_eq!(decode(&b, false).unwrap().text, "噪声");
    }

    #[test]
    fn damaged_utf8_is_reported_as_utf8_not_read_as_gb18030() {
        let mut b = TEXT.as_bytes().to_vec();
        b.insert(12, 0xFF);
        assert_eq!(offset(decode(&b, false).unwrap_err()), ("UTF-8", 12));
        let d = decode(&b, true).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.lossy && d.text.contains('\u{FFFD}') && d.text.contains("长沙市"));
    }

    #[test]
    fn invalid_gb18030_names_the_offset() {
        let mut b = GB18030.encode("西宁市城东区").0.into_owned();
        b.extend([0xFF, 0xFF]);
        assert_eq!(offset(decode(&b, false).unwrap_err()), ("GB18030", 12));
        assert!(decode(&b, true).unwrap().text.starts_with("西宁市城东区"));
    }

    #[test]
    fn binary_is_an_error_even_when_lossy() {
        let b = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00];
        assert_eq!(offset(decode(&b, true).unwrap_err()), ("text (looks binary: NUL byte)", 6));
    }

    #[test]
    fn bom_offsets_count_from_the_file_start() {
        let mut b = vec![0xEF, 0xBB, 0xBF, b'a', 0xFF];
        b.extend(TEXT.as_bytes());
        assert_eq!(offset(decode(&b, false).unwrap_err()), ("UTF-8", 4));
    }

    #[test]
    fn empty_input() {
        assert_eq!(decode(b"", false).unwrap().text, "");
    }
}
