//! Double-spaced pages, read single-spaced in place.
//!
//! Some archives set every line of an OCR'd column off with a blank line (a converter that wrote
//! each printed line as a paragraph, then the paragraphs as text). A blank line is a paragraph
//! break to the page and text layers, so in such a page every line wrap breaks a paragraph and no
//! word or number wrapped over two lines (`督` / `察组`, `9` / `1 件`) is read whole. When a page is
//! double-spaced, each run of blank lines loses one: the line break ending the first blank line
//! becomes a space, which the next line reads as its indent. Nothing moves, so every offset stays
//! the input's; a run of two blank lines or more (the page's own paragraph breaks) stays a break.

use std::borrow::Cow;

/// The text read single-spaced when it is double-spaced; borrowed, untouched, otherwise.
pub(crate) fn single(text: &str) -> Cow<'_, str> {
    // Most pages have no blank line between two lines of text: one search spares them the rest.
    if !text.contains("\n\n") && !text.contains("\n\r\n") && !text.contains("\n ") && !text.contains("\n\u{3000}") {
        return Cow::Borrowed(text);
    }
    let gaps = gaps(text);
    if !double_spaced(&gaps) {
        return Cow::Borrowed(text);
    }
    let mut bytes = text.as_bytes().to_vec();
    for g in gaps.iter().filter(|g| g.blanks >= 1) {
        if let Some(b) = bytes.get_mut(g.first_blank_end) {
            *b = b' ';
        }
    }
    // Only a line break (ASCII) became a space: the text is still UTF-8.
    String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// The blank lines between two consecutive lines of text.
struct Gap {
    /// How many blank lines.
    blanks: usize,
    /// The offset of the `\n` ending the first of them (meaningful when `blanks >= 1`).
    first_blank_end: usize,
    /// Whether the line of text above ends a sentence.
    after_sentence: bool,
}

fn gaps(text: &str) -> Vec<Gap> {
    let mut out = Vec::new();
    let mut last_text: Option<&str> = None;
    let mut blanks = 0;
    let mut first_blank_end = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim_matches(is_blank).is_empty() {
            if line.ends_with('\n') && blanks == 0 {
                first_blank_end = at + line.len() - 1;
            }
            blanks += 1;
        } else {
            if let Some(prev) = last_text {
                let after_sentence = prev.trim_end_matches(is_blank).ends_with(['。', '！', '？', '”', '；', '!', '?', '.']);
                out.push(Gap { blanks, first_blank_end, after_sentence });
            }
            last_text = Some(body);
            blanks = 0;
        }
        at += line.len();
    }
    out
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\u{3000}')
}

/// The fewest gaps between lines for a page to be judged double-spaced.
const MIN_GAPS: usize = 6;

/// A page is double-spaced when nearly every pair of lines has a blank line between, and the
/// lines above most single blank lines run on into the next (wrapped text, not paragraphs of a web
/// page, which end their sentences and are set apart on purpose).
fn double_spaced(gaps: &[Gap]) -> bool {
    if gaps.len() < MIN_GAPS {
        return false;
    }
    let spaced = gaps.iter().filter(|g| g.blanks >= 1).count();
    let single = gaps.iter().filter(|g| g.blanks == 1);
    let (singles, wrapped) = single.fold((0, 0), |(n, w), g| (n + 1, w + usize::from(!g.after_sentence)));
    spaced * 10 >= gaps.len() * 9 && wrapped * 2 >= singles && singles * 2 >= gaps.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMN: &str = "本报讯（记者 渝舟）5月14日，\n重庆市收到中央第六生态环境保护督\n察组交办的第6批群众信访举报件 9\n1 件，其中涉及我区6件，来电举\n报6件。截至5月14日，我区累计接\n到中央第六生态环境保护督察组\n交办的信访举报件20件，其中\n来电举报17件，来信举报3件。";

    #[test]
    fn a_double_spaced_column_reads_single_spaced() {
        let doubled = COLUMN.replace('\n', "\n\n");
        let single = single(&doubled);
        assert_eq!(single.len(), doubled.len());
        assert_eq!(single.lines().map(str::trim).collect::<Vec<_>>(), COLUMN.lines().collect::<Vec<_>>());
    }

    #[test]
    fn its_own_paragraph_breaks_stay_breaks() {
        let page = format!("{COLUMN}\n\n{COLUMN}").replace('\n', "\n\n");
        let single = single(&page);
        assert_eq!(single.matches("\n \n").count(), 1, "{single}");
    }

    #[test]
    fn single_spaced_pages_and_web_paragraphs_are_untouched() {
        assert!(matches!(single(COLUMN), Cow::Borrowed(_)));
        let web = "第一段，说明情况。\n\n第二段，继续说明。\n\n第三段。\n\n第四段。\n\n第五段。\n\n第六段。\n\n第七段。";
        assert!(matches!(single(web), Cow::Borrowed(_)));
        // a few blank lines between wrapped lines are the page's own paragraph breaks
        let mixed = format!("{COLUMN}\n\n{COLUMN}\n\n{COLUMN}");
        assert!(matches!(single(&mixed), Cow::Borrowed(_)));
    }

    #[test]
    fn crlf_and_indented_blank_lines() {
        let doubled = COLUMN.replace('\n', "\r\n\u{3000}\r\n");
        let single = single(&doubled);
        assert_eq!(single.lines().map(|l| l.trim_matches(is_blank)).collect::<Vec<_>>(), COLUMN.lines().collect::<Vec<_>>());
    }
}
