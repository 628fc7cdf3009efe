//! The only module that touches jieba-rs: word segmentation with part-of-speech tags.
//!
//! The officials extractor never segments whole articles (that would cost more than the rest of the
//! pipeline together); it asks for the words of a few short windows next to title hits, to decide
//! where a name ends. Keeping jieba behind this small API lets the rest of the crate stay free of
//! its types.

use std::ops::Range;

use jieba_rs::Jieba;

static UNITS: &str = include_str!("../lexicons/units.tsv");

/// A jieba segmenter with the embedded dictionary plus user-supplied names.
pub(crate) struct Segmenter {
    jieba: Jieba,
}

impl std::fmt::Debug for Segmenter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Segmenter")
    }
}

/// One word of a segmented window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Word<'a> {
    /// The word.
    pub text: &'a str,
    /// Byte range of the word in the segmented text.
    pub range: Range<usize>,
    /// jieba's part-of-speech tag (`nr` person name, `v` verb, `x` punctuation, …).
    pub tag: &'a str,
    /// Whether the word is in the dictionary (else the HMM made it up, as it does for names).
    pub in_dictionary: bool,
}

impl Word<'_> {
    /// Whether jieba tagged the word as a person name.
    pub fn is_name(&self) -> bool {
        self.tag.starts_with("nr")
    }
}

impl Segmenter {
    /// jieba's embedded dictionary plus the unit names of `lexicons/units.tsv` (as organisations,
    /// `nt`) and every non-comment line of each `names` lexicon, added as a person name (`nr`) so
    /// that known names are kept whole.
    pub fn new(names: &[String]) -> Segmenter {
        let mut jieba = Jieba::new();
        for (_, fields) in crate::lexicon::rows(UNITS) {
            if let Some(unit) = fields.first().filter(|u| !u.is_empty()) {
                jieba.add_word(unit, None, Some("nt"));
            }
        }
        for src in names {
            for (_, fields) in crate::lexicon::rows(src) {
                if let Some(name) = fields.first().filter(|n| !n.is_empty()) {
                    jieba.add_word(name, None, Some("nr"));
                }
            }
        }
        Segmenter { jieba }
    }

    /// The words of `text` with their POS tags and byte ranges (HMM on, so unknown names are
    /// grouped).
    pub fn tag<'a>(&'a self, text: &'a str) -> Vec<Word<'a>> {
        let mut out = Vec::new();
        let mut at = 0;
        for t in self.jieba.tag(text, true) {
            // jieba's own offsets count chars; the words tile the text, so bytes follow from lengths.
            let end = at + t.word.len();
            let in_dictionary = t.word.chars().nth(1).is_none() || self.jieba.has_word(t.word);
            out.push(Word { text: t.word, range: at..end, tag: t.tag, in_dictionary });
            at = end;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_tile_the_text_with_byte_ranges() {
        let s = Segmenter::new(&[]);
        let text = "市长石建平出席会议";
        let words = s.tag(text);
        let joined: String = words.iter().map(|w| w.text).collect();
        assert_eq!(joined, text);
        for w in &words {
            assert_eq!(&text[w.range.clone()], w.text);
        }
    }

    #[test]
    fn abbreviated_units_are_kept_whole() {
        let s = Segmenter::new(&[]);
        let words: Vec<&str> = s.tag("南山区住建局局长").iter().map(|w| w.text).collect();
        assert!(words.contains(&"住建局"), "{words:?}");
    }

    #[test]
    fn user_names_are_kept_whole() {
        let s = Segmenter::new(&["# names\n尉宝山\n".to_string()]);
        let words = s.tag("尉宝山参加会议");
        assert_eq!(words[0].text, "尉宝山");
        assert!(words[0].is_name());
    }

    #[test]
    #[ignore = "prints jieba's view of sample windows"]
    fn show_windows() {
        let s = Segmenter::new(&[]);
        for w in [
            "石建平出席会议并作安",
            "钟志军、李小牛、姜晓东、刘波、韩兴斌、贾栋参加",
            "周金花说",
            "李晓敏的带领下",
            "洛珠南杰，副主席满开清、杜萍、李晓、全武、尉宝山、刘海云、金峰，",
            "李旭主持，他在会上讲话",
            "王俊带队来到双山路",
            "翟青分别就做好",
            "孙政才进行动员",
            "黄城。到会的",
            "卢东江参加闭幕大会",
            "葛广起、管迎悦、陈进、彭大晶、孙大权参加",
            "王卫东和省政府领导",
            "要坚持文明施工严格执行",
            "李岚清在会上",
            "江泽民发表",
            "姚斌、副区长钟渝一同督办",
            "刘澜涛同志，因病",
            "罗干在此郑重宣布",
            "戴克瑞为首任驻华大使",
            "王景龙记个人二等功",
            "韩保深及县有关部门",
            "阿比托今天宣布",
            "范文茶由中将提升",
            "外交部长钱其琛和",
            "顾问阿马丽亚接受",
            "毛主席纪念堂北门",
            "美国外交部长奥尔",
        ] {
            let v: Vec<String> = s.tag(w).iter().map(|x| format!("{}/{}", x.text, x.tag)).collect();
            println!("{}", v.join(" "));
        }
    }
}
