//! HTML left in scraped pages, blanked in place.
//!
//! Pages saved from news sites often keep their markup (`<p>本报讯（记者&nbsp;晴空）…</p>`), and a
//! `<p>` glued to a dateline or a headline inside `<h1>` hides them from the page layer, which reads
//! lines. Each tag is overwritten with ASCII blanks of the same length: a line break where the tag
//! breaks a block (`<p>`, `<br>`, `</div>`), spaces where it sits inside a line (`<span>`, `<a>`).
//! Scripts, styles and comments are blanked whole, and entities are written out (`&nbsp;` → a
//! space, `&#20013;` → `中`) and padded with spaces.
//!
//! Invisible format characters go the same way: a byte-order mark a caller read with the file
//! (`\u{FEFF}本报讯…` opens no dateline) and the zero-width spaces and joiners web editors leave
//! inside words (`督察\u{200B}组`) become blanks, which the text layer drops between characters.
//!
//! Nothing moves: every byte offset of the blanked text is the same byte of the input, so spans
//! need no second map, and a tag only ever turns into ASCII, so character boundaries stay where
//! they were. Text without a known tag, entity or invisible character comes back borrowed,
//! untouched.

use std::borrow::Cow;

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;

/// Where markup may start: a tag, an entity or an invisible character. The packed searcher finds
/// them without stopping at every full-width comma, whose first byte the invisible characters'
/// share.
static STARTS: Lazy<AhoCorasick> = Lazy::new(|| {
    let mut starts: Vec<&[u8]> = vec![b"<", b"&"];
    starts.extend(INVISIBLE_UTF8);
    AhoCorasick::new(starts).unwrap_or_else(|e| unreachable!("markup starts: {e}"))
});

/// The text with its markup blanked; borrowed when there is none.
pub(crate) fn blank(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<Vec<u8>> = None;
    let mut closers = Closers::default();
    let mut i = 0;
    while let Some(off) = bytes.get(i..).and_then(|rest| STARTS.find(rest)).map(|m| m.start()) {
        let at = i + off;
        let edit = match bytes.get(at) {
            Some(b'<') => tag_at(bytes, at, &mut closers),
            Some(b'&') => entity_at(bytes, at),
            _ => invisible_at(bytes, at),
        };
        let Some(edit) = edit else {
            i = at + 1;
            continue;
        };
        let buf = out.get_or_insert_with(|| bytes.to_vec());
        let end = edit.apply(buf, at);
        i = end.max(at + 1);
    }
    match out.map(String::from_utf8) {
        None => Cow::Borrowed(text),
        Some(Ok(s)) => Cow::Owned(s),
        // Unreachable: only whole tags (ASCII-delimited) and entities are overwritten, with ASCII or
        // a whole character. Should it ever happen, the input as given is still read.
        Some(Err(_)) => Cow::Borrowed(text),
    }
}

/// What to write over the markup found at a position.
enum Edit {
    /// Blank `..end`; a block break opens with a line break.
    Tag { end: usize, breaks_line: bool },
    /// Blank `..end` and write `c` at its start.
    Entity { end: usize, c: char },
}

impl Edit {
    /// Writes the edit over `buf` from `at` and returns where the markup ended.
    fn apply(&self, buf: &mut [u8], at: usize) -> usize {
        let (end, first) = match *self {
            Edit::Tag { end, breaks_line } => (end, (breaks_line && !next_to_line_break(buf, at, end)).then_some('\n')),
            Edit::Entity { end, c } => (end, Some(c)),
        };
        if let Some(region) = buf.get_mut(at..end) {
            // Line breaks inside a blanked region stay, so the page keeps its lines.
            region.iter_mut().filter(|b| **b != b'\n').for_each(|b| *b = b' ');
            if let Some(c) = first {
                let mut enc = [0; 4];
                let s = c.encode_utf8(&mut enc).as_bytes();
                if let Some(head) = region.get_mut(..s.len()) {
                    head.copy_from_slice(s);
                }
            }
        }
        end
    }
}

/// Whether a line already breaks at the tag `buf[at..end]`: before it (past blanks, and past the
/// tags before it, blanked already), inside it, or after it; the text's ends count as breaks. A page saved with a line per `<p>`
/// then keeps its lines as they were, and the break a tag adds never makes a blank line (a
/// paragraph break the page does not have, which would stop a word wrapped over the lines from
/// being joined).
fn next_to_line_break(buf: &[u8], at: usize, end: usize) -> bool {
    let blank = |b: &&u8| matches!(**b, b' ' | b'\t' | b'\r');
    let before = buf.get(..at).unwrap_or_default().iter().rev().find(|b| !blank(b));
    let after = buf.get(end..).unwrap_or_default().iter().find(|b| !blank(b));
    before.is_none_or(|&b| b == b'\n') || after.is_none_or(|&b| b == b'\n') || buf.get(at..end).is_some_and(|r| r.contains(&b'\n'))
}

/// At most this many bytes between `<` and `>` of one tag: a longer run is not markup.
const MAX_TAG: usize = 4096;

/// The tag, comment or declaration opening at `at` (a `<`), with where it ends. Only tags of
/// HTML's own names count, so `<1>`, `<环境保护法>` and a stray `a<b` stay text.
fn tag_at(bytes: &[u8], at: usize, closers: &mut Closers) -> Option<Edit> {
    let rest = bytes.get(at..)?;
    if rest.starts_with(b"<!--") {
        // An unclosed `<!--` is text: blanking the rest of the page would lose it.
        let end = closers.after(bytes, b"-->", at + 4).and_then(|_| find(rest, b"-->", 4)).map(|e| at + e + 3)?;
        return Some(Edit::Tag { end, breaks_line: false });
    }
    if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
        let close = rest.iter().take(MAX_TAG).position(|&b| b == b'>')?;
        return Some(Edit::Tag { end: at + close + 1, breaks_line: true });
    }
    let closing = rest.get(1) == Some(&b'/');
    let name_start = if closing { 2 } else { 1 };
    let name_len = rest.get(name_start..)?.iter().take_while(|b| b.is_ascii_alphanumeric()).count();
    let name = rest.get(name_start..name_start + name_len)?;
    if name_len == 0 || !name.first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    let lower = std::str::from_utf8(&lower).ok()?;
    let breaks_line = if BLOCK_TAGS.contains(&lower) || RAW_TEXT_TAGS.contains(&lower) {
        true
    } else if INLINE_TAGS.contains(&lower) {
        false
    } else {
        return None;
    };
    // After the name: the end of the tag, attributes between, or not a tag at all (`<p2`).
    let after = name_start + name_len;
    if !rest.get(after).is_some_and(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace()) {
        return None;
    }
    let mut end = at + after + tag_close(rest.get(after..)?)?;
    if !closing && RAW_TEXT_TAGS.contains(&lower) {
        // A script or style runs to its closing tag; none of it is text. Without one, only the tag
        // is blanked.
        let close = format!("</{lower}");
        if closers.after(bytes, close.as_bytes(), end).is_some() {
            if let Some(c) = find_ignore_case(bytes, close.as_bytes(), end) {
                end = bytes.get(c..).and_then(|r| r.iter().position(|&b| b == b'>')).map_or(bytes.len(), |p| c + p + 1);
            }
        }
    }
    Some(Edit::Tag { end, breaks_line })
}

/// The last place each closing string (`-->`, `</script`) occurs in the text, looked up once: a
/// page of many unclosed `<!--` is then read in one pass, not one search to its end per opener.
#[derive(Default)]
struct Closers(Vec<(Vec<u8>, Option<usize>)>);

impl Closers {
    /// `Some` when `needle` occurs (in any ASCII case) at or after `from`.
    fn after(&mut self, bytes: &[u8], needle: &[u8], from: usize) -> Option<()> {
        let last = match self.0.iter().find(|(n, _)| n == needle) {
            Some(&(_, last)) => last,
            None => {
                let last = bytes.windows(needle.len()).rposition(|w| w.eq_ignore_ascii_case(needle));
                self.0.push((needle.to_vec(), last));
                last
            }
        };
        last.filter(|&l| l >= from).map(|_| ())
    }
}

/// One past the `>` that closes a tag whose attributes `s` begins with, skipping quoted values.
fn tag_close(s: &[u8]) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in s.iter().enumerate().take(MAX_TAG) {
        match (quote, b) {
            (None, b'>') => return Some(i + 1),
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            // A tag does not hold a bare `<`: this was text after all.
            (None, b'<') => return None,
            _ => {}
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

fn find_ignore_case(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| from + p)
}

/// Tags that end or open a block: read as a line break.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Tags inside a line: read as spaces.
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "input", "ins", "label", "s", "small", "span", "strike",
    "strong", "sub", "sup", "tt", "u", "wbr",
];

/// Tags whose content is not text of the page. A `<title>` repeats the headline the body prints,
/// with the site's name glued on (`…_西宁新闻网`).
const RAW_TEXT_TAGS: &[&str] = &["script", "style", "template", "iframe", "noscript", "svg", "title"];

/// The invisible character at `at` (its first byte, `0xE2` or `0xEF`), blanked. Full-width
/// punctuation and quotes share those first bytes, so the bytes are compared as they are.
fn invisible_at(bytes: &[u8], at: usize) -> Option<Edit> {
    let head = bytes.get(at..at + 3)?;
    INVISIBLE_UTF8.contains(&head).then_some(Edit::Tag { end: at + 3, breaks_line: false })
}

/// The invisible format characters that stand in text without being part of it, in UTF-8: the
/// byte-order mark (also read as the zero-width no-break space), zero-width space, non-joiner and
/// joiner, and the word joiner.
const INVISIBLE_UTF8: [&[u8]; 5] = [b"\xEF\xBB\xBF", b"\xE2\x80\x8B", b"\xE2\x80\x8C", b"\xE2\x80\x8D", b"\xE2\x81\xA0"];

/// The entity at `at` (a `&`) and the character it stands for. A space entity escaped twice
/// (`&amp;nbsp;`), as some pages print them, reads as the space.
fn entity_at(bytes: &[u8], at: usize) -> Option<Edit> {
    let rest = bytes.get(at + 1..)?;
    let (body, skip) = match rest.strip_prefix(b"amp;") {
        Some(inner) if entity(inner).is_some() => (inner, 5),
        _ => (rest, 1),
    };
    let (len, c) = entity(body)?;
    Some(Edit::Entity { end: at + skip + len, c })
}

/// The entity `s` begins with (after its `&`): its length with the `;` and its character.
fn entity(s: &[u8]) -> Option<(usize, char)> {
    let semi = s.iter().take(10).position(|&b| b == b';')?;
    let body = std::str::from_utf8(s.get(..semi)?).ok()?;
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // A control character is no text: written as a space (a line break stays one).
        char::from_u32(code).map(|c| if c.is_control() && c != '\n' { ' ' } else { c })?
    } else {
        NAMED.iter().find(|(n, _)| *n == body).map(|&(_, c)| c)?
    };
    Some((semi + 1, c))
}

/// The named entities Chinese news pages use; spaces of every width read as one ASCII space.
const NAMED: &[(&str, char)] = &[
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("middot", '·'),
    ("bull", '•'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("times", '×'),
    ("divide", '÷'),
    ("deg", '°'),
    ("permil", '‰'),
    ("yen", '¥'),
    ("copy", '©'),
    ("reg", '®'),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        for t in ["本报讯（记者 晴空）12月9日", "x<y，且y>z", "PM2.5<35", "《环境保护法》<环境>", "<1>第一条", "A&B公司", "&#;"]
        {
            assert!(matches!(blank(t), Cow::Borrowed(_)), "{t}");
        }
    }

    #[test]
    fn tags_become_blanks_of_the_same_length() {
        let t = "<p>本报讯（记者<span class=\"n\">晴空</span>）</p><br/>12月9日";
        let b = blank(t);
        assert_eq!(b.len(), t.len());
        // a block tag breaks the line once: not at the text's start, nor again after a break
        let want = format!("   本报讯（记者{}晴空{}）\n{}12月9日", " ".repeat(16), " ".repeat(7), " ".repeat(8));
        assert_eq!(b, want);
        for (i, _) in t.char_indices() {
            assert!(b.is_char_boundary(i));
        }
    }

    #[test]
    fn a_page_with_a_line_per_tag_keeps_its_lines() {
        assert_eq!(
            blank("<p>重庆市收到督</p>\n<p>察组交办</p>\n<br/>\n<p>次段</p>"),
            "   重庆市收到督    \n   察组交办    \n     \n   次段    "
        );
        assert_eq!(blank("<h1>标题</h1><p>本报讯</p><p>正文</p>").lines().map(str::trim).collect::<Vec<_>>(), ["标题", "本报讯", "正文"]);
    }

    #[test]
    fn quoted_attributes_may_hold_brackets_and_cjk() {
        let t = "<img alt=\"a>b 图片\" src='x'>正文";
        let b = blank(t);
        assert_eq!(b.trim_start(), "正文");
        assert_eq!(b.len(), t.len());
    }

    #[test]
    fn scripts_styles_and_comments_are_blanked_whole() {
        let t = "<script>var a = \"<p>城东区2件</p>\";</script>正文<!-- 注释\n城西区3件 -->尾<style>p{}</STYLE>";
        let b = blank(t);
        assert_eq!(b.split_whitespace().collect::<Vec<_>>(), ["正文", "尾"]);
        // the comment's break stays; the style, at the text's end, adds none
        assert_eq!(b.matches('\n').count(), 1);
        assert!(b.trim_end().ends_with('尾'));
    }

    #[test]
    fn entities_are_written_out_and_padded() {
        assert_eq!(blank("记者&nbsp;晴空"), "记者      晴空");
        assert_eq!(blank("&#20013;国"), "中     国");
        assert_eq!(blank("&#x4E2D;"), "中     ");
        assert_eq!(blank("A&amp;B"), "A&    B");
        assert_eq!(blank("记者&amp;nbsp;晴空"), "记者          晴空");
        assert_eq!(blank("&#0;x"), "    x");
    }

    #[test]
    fn an_unclosed_comment_or_script_loses_no_text() {
        assert_eq!(blank("正文<!-- 城东区2件"), "正文<!-- 城东区2件");
        assert_eq!(blank("<script>城东区2件").trim_start(), "城东区2件");
        // many unclosed openers are read in one pass
        let many = "<!--<script>".repeat(50_000);
        assert_eq!(blank(&many).len(), many.len());
    }

    #[test]
    fn invisible_characters_are_written_as_listed() {
        for (c, utf8) in ['\u{FEFF}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}'].iter().zip(INVISIBLE_UTF8) {
            assert_eq!(c.encode_utf8(&mut [0; 4]).as_bytes(), utf8);
        }
    }

    #[test]
    fn invisible_characters_become_blanks() {
        assert_eq!(blank("\u{FEFF}本报讯"), "   本报讯");
        assert_eq!(blank("督察\u{200B}组\u{200D}"), "督察   组   ");
        // other characters led by the same bytes stay
        assert!(matches!(blank("“督察组”，（１２）…—■"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_unclosed_tag_is_text() {
        for t in ["<p 本报讯", "<div class=\"a", "<p<p>"] {
            let b = blank(t);
            assert_eq!(b.len(), t.len());
        }
        assert_eq!(blank("<p 本报讯"), "<p 本报讯");
        assert_eq!(blank("<p<p>"), "<p   ");
    }
}
