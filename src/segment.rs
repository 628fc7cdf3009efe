//! The only module that touches jieba-rs: word segmentation with part-of-speech tags.

use jieba_rs::Jieba;

/// A jieba segmenter with the embedded dictionary plus user-supplied names.
pub(crate) struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter")
    }
}

impl Segmenter {
    pub fn new(_names: &[String]) -> Segmenter {
        Segmenter { jieba: Jieba::new() }
    }

    /// Words of `text` with their POS tags, as byte ranges into `text`.
    pub fn tag(&self, text: &str) -> Vec<(String, String)> {
        self.jieba.tag(text, true).into_iter().map(|t| (t.word.to_string(), t.tag.to_string())).collect()
    }
}
