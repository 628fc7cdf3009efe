//! Page → articles: datelines, reporters, headline detection and attribution.
//!
//! A newspaper page holds several articles, each opening with a dateline (`本报讯（记者 晴空）`,
//! `本报记者 X 报道`, `新华社北京12月9日电`). OCR of multi-column layouts puts headlines wherever
//! the columns fell: after the body, or between the paragraphs of another article. So the page is
//! read in three passes:
//!
//! 1. lines are classified (blank, dateline, byline, other) and grouped into blocks — runs of
//!    non-blank lines, broken before every dateline;
//! 2. a block of one to three short lines without clause punctuation, that is not page chrome, is a
//!    headline candidate;
//! 3. each candidate goes to the article whose text shares most of its character bigrams (the article
//!    printed just above wins ties); a second candidate next to an article's headline becomes its
//!    subheadline.
//!
//! Headline blocks never enter the body of the article they were printed in. Text before the first
//! dateline belongs to the first article; a page without a dateline is one article.

mod credits;

use std::borrow::Cow;
use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::span::{sub, Span};
use crate::text::{is_bullet, is_cjk, strip_annotations, BULLETS};

/// Where one article lies on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ArticleLayout {
    pub span: Span,
    pub headline: Option<Range<usize>>,
    pub subheadline: Option<Range<usize>>,
    /// Body ranges of the original text, in reading order.
    pub body: Vec<Range<usize>>,
    pub reporters: Vec<String>,
}

impl ArticleLayout {
    /// The ranges the article's clean text is built from: headlines first, then the body.
    pub fn segments(&self) -> Vec<Range<usize>> {
        // A headline printed outside the article's span is read with the article around it. The
        // heads are read first, in the order printed: a kicker over the headline, a deck under it.
        let within = |r: &&Range<usize>| self.span.contains(Span::new(r.start, r.end));
        let mut heads: Vec<Range<usize>> = self.subheadline.iter().chain(self.headline.iter()).filter(within).cloned().collect();
        heads.sort_by_key(|r| r.start);
        heads.into_iter().chain(self.body.iter().cloned()).collect()
    }
}

/// One line of the original, without its line break.
#[derive(Clone, Debug)]
struct Line<'p> {
    start: usize,
    text: &'p str,
    /// The reporters of a byline ending the line ([`tail_byline`]): several passes ask for it, so
    /// it is read once.
    closing: Vec<String>,
}

impl Line<'_> {
    fn end(&self) -> usize {
        self.start + self.text.len()
    }

    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

fn lines(page: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(page.len() / 64);
    let mut start = 0;
    for piece in page.split_inclusive('\n') {
        out.push(Line { start, text: piece.trim_end_matches(['\n', '\r']), closing: Vec::new() });
        start += piece.len();
    }
    for i in 0..out.len() {
        let next = out.get(i + 1).map(|l| l.text);
        if let Some(l) = out.get_mut(i) {
            l.closing = tail_byline(l.text, next);
        }
    }
    out
}

/// A reporter's role in a byline: `记者`, `通讯员`, `实习生`, with the grades and media papers
/// put before them (`见习记者`, `首席记者`, `融媒体记者`, `全媒体记者`).
const ROLE: &str = r"(?:(?:融媒体|融媒體|全媒体|全媒體)?(?:特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)";

/// A name in a byline: two to four CJK characters (bylines print given names in full).
const NAME: &str = r"\p{Han}{2,4}";

/// A name as OCR may space it out (`印 晓东`): on a credit line of its own, where nothing else could
/// follow the names.
const SPACED_NAME: &str = r"\p{Han}(?:[\s\x{3000}]?\p{Han}){1,3}";

/// `本报讯（记者 晴空）`, `本报海东讯（记者 X）`, `本报西宁12月7日讯`, `本报讯 记者 X 报道`,
/// `本报讯 记者 X、Y 12月6日…`, `本报记者 X 报道`, `记者 X 报道`, `新华社北京12月9日电（记者 X）`,
/// `西宁晚报讯（记者 X）`, `光明日报北京12月1日电`, `本报北京12月9日电 记者X报道：`, `央视网消息`, `央广网北京12月7日消息`, `本台讯`,
/// `（记者 X 通讯员 Y）` at the start of a line. Traditional forms are matched too, since the page
/// layer reads the original text. Another paper's `讯` or `消息` needs the medium's name to end in
/// 报/台/网/社 (or 融媒体中心), and its `电` a date before it, so that `国家电网供电公司` stays text.
static DATELINE: Lazy<Regex> = Lazy::new(|| {
    // Names after `本报讯` without brackets or `报道` end where the body starts: at a blank before
    // text that is no name (`本报讯 记者 张伟、刘洋 12月6日，`). A name must be followed by a blank
    // or `、`, so the body's first word (`近日，`) is never read as one.
    let names = format!(r"{ROLE}[\s\x{{3000}}]*{NAME}(?:[\s\x{{3000}}、]+(?:{ROLE}[\s\x{{3000}}]*)?{NAME})*");
    Regex::new(&[
        // A column tag may open the dateline's line (`【督察整改进行时】本报讯…`).
        &format!(r"^[\s\x{{3000}}?？·•{BULLETS}]*(?:【[^】\n]{{1,20}}】)?(?:"),
        r"本[报報台臺刊][^\s（(，。：]{0,10}[讯訊](?:\s*[（(](?P<a>[^）)\n]{0,40})[）)]|[\s\x{3000}]+(?P<e>(?:记者|記者|通讯员|通訊員)[^，。\n]{2,30}?)(?:报道|報道)",
        &format!(r"|[\s\x{{3000}}]+(?P<i>{names})[\s\x{{3000}}]+"),
        r")?",
        r"|\p{Han}{1,10}?(?:报|報|台|臺|网|網|社|融媒体中心|融媒體中心)[^\s（(，。：]{0,6}[讯訊](?:\s*[（(](?P<h>[^）)\n]{0,40})[）)]|[\s\x{3000}：:0-9０-９]|$)",
        r"|本[报報台臺](?:记者|記者)(?P<b>[^，。\n]{2,24}?)(?:报道|報道)",
        &format!(r"|(?P<j>{names})[\s\x{{3000}}]*(?:报道|報道)"),
        r"|(?:新华社|新華社|中新社|人民网|人民網|新华网|新華網|央视网|央視網)[^\s，。]{0,12}?[电電](?:\s*[（(](?P<c>[^）)\n]{0,40})[）)])?",
        r"|\p{Han}{1,10}?(?:报|報|台|臺|网|網|社)\p{Han}{0,6}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日(?:[电電讯訊]|消息)(?:\s*[（(](?P<f>[^）)\n]{0,40})[）)]|[\s\x{3000}：:](?:[\s\x{3000}]*(?P<l>(?:记者|記者|通讯员|通訊員)[^，。\n]{2,30}?)(?:报道|報道))?|$)",
        r"|\p{Han}{1,10}?(?:网|網|台|臺|社)消息(?:\s*[（(](?P<g>[^）)\n]{0,40})[）)]|[\s\x{3000}：:]|$)",
        // the paper's own copy gathered from several sources (`本报综合消息`)
        r"|本[报報台臺刊](?:综合|綜合)?消息(?:\s*[（(](?P<m>[^）)\n]{0,40})[）)]|[\s\x{3000}：:]|$)",
        r"|[（(](?P<d>(?:记者|記者|通讯员|通訊員)[^）)\n]{1,40})[）)]",
        // a county's or district's copy in a city paper (`湟源讯（记者 李青）`): the place alone
        // before 讯, so the bracket must name a reporter
        r"|\p{Han}{2,8}?[讯訊][\s\x{3000}]*[（(](?P<k>[^）)\n]{0,24}?(?:记者|記者|通讯员|通訊員)[^）)\n]{1,40})[）)]",
        r"|\p{Han}{2,8}?[讯訊][\s\x{3000}]+(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月",
        r")",
    ]
    .concat())
    .unwrap_or_else(|e| unreachable!("dateline regex: {e}"))
});

/// The capture groups of [`DATELINE`] that hold reporters.
const DATELINE_GROUPS: [&str; 13] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"];

/// A line that holds only a byline, as papers print one between headline and body:
/// `本报记者 赵敏`, `■本报记者 张三 李四 通讯员 王五`, `记者 张三 报道`, `■融媒体记者 张敏`; or a photo
/// credit under a picture (`本报记者 何平 摄`), which never opens an article.
static CREDIT_LINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^[\s\x{{3000}}{BULLETS}]*(?:文[/／]图|文[/／]|图[/／])?[\s\x{{3000}}]*(?:(?:本[报報刊]|\p{{Han}}{{1,8}}?(?:报|報|台|臺|网|網|社|中心))?{ROLE}[\s\x{{3000}}]*{SPACED_NAME}(?:[\s\x{{3000}}、]+{SPACED_NAME})*[\s\x{{3000}}]*)+(?:报道|報道|文[/／]图|圖[/／]文|文[/／]圖|图[/／]文|摄影报道|攝影報道|摄影|攝影|摄|攝)?[\s\x{{3000}}]*$"
    ))
    .unwrap_or_else(|e| unreachable!("credit line regex: {e}"))
});

/// The author field of a web page's source line (`来源：海东日报  作者：李明远  发布时间：…`, `作者：张三
/// 李四`), up to the next field or the line's end.
static AUTHOR_FIELD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?:^|[\s\x{3000}|｜])(?:作者|撰稿|撰文)[:：][\s\x{3000}]*(?P<r>[^\n]*?)[\s\x{3000}|｜]*(?:来源|來源|发布|發布|时间|時間|日期|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|字号|字號|责任|責任|【|$)",
    )
    .unwrap_or_else(|e| unreachable!("author regex: {e}"))
});

/// At most this many characters on a source line that names an author.
const MAX_SOURCE_LINE: usize = 80;
/// At most this many characters in its author field (three or four names).
const MAX_AUTHOR_FIELD: usize = 24;

/// The authors a web page's source line names: people only, since government sites put the
/// office there too (`作者：市生态环境局`, `作者：办公室`).
fn source_line_authors(text: &str) -> Vec<String> {
    if !text.contains("作者") && !text.contains("撰") || text.chars().count() > MAX_SOURCE_LINE {
        return Vec::new();
    }
    let Some(r) = AUTHOR_FIELD.captures(text).and_then(|c| c.name("r")) else { return Vec::new() };
    // Names only: a field running on into a sentence (`作者：李明远认为…`) is no source line.
    if r.as_str().chars().count() > MAX_AUTHOR_FIELD || r.as_str().contains(['。', '，', '；', '！', '？', '：']) {
        return Vec::new();
    }
    let office = |n: &str| {
        n.ends_with([
            '局', '厅', '廳', '办', '辦', '室', '部', '委', '会', '會', '站', '院', '所', '处', '處', '科', '组', '組', '社', '报', '報',
            '网', '網', '台', '心', '队', '隊', '府', '区', '區', '市', '县', '縣', '省',
        ])
    };
    byline_names(r.as_str()).into_iter().filter(|n| !office(n)).collect()
}

/// Whether a line ends a sentence, and with it maybe a paragraph.
fn ends_sentence(text: &str) -> bool {
    text.trim_end().ends_with(['。', '！', '？', '”', '」', '…'])
}

/// Whether a credit names a photographer (`本报记者 王芳 摄`, `（记者 王芳 摄影）`): it sits under a
/// picture, which is no story of its own.
fn is_photo_credit(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['）', ')']).trim_end();
    ["摄", "攝", "摄影", "攝影", "摄影报道", "攝影報道"].iter().any(|p| t.ends_with(p))
}

/// Whether `line` opens with a dateline (the complaint records of one article end at a dateline
/// met inside it, when the page layout could not split there).
pub(crate) fn opens_with_dateline(line: &str) -> bool {
    DATELINE.is_match(line)
}

/// What a byline credits its names with: reporting, or the words and pictures (`文/图 李青`).
const WRITER: &str = r"(?:记者|記者|通讯员|通訊員|文[/／]图|文[/／]圖|文[/／:：]|图[/／:：]|圖[/／:：])";

/// A byline on its own line, ending an article: `（总台记者 王小龙 许文婷）`, `（通讯员 李强 张华
/// 记者 王芳）`, `（通讯员 马丽）`.
static BYLINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(r"^[\s\x{{3000}}]*[（(](?P<r>[^）)\n]{{0,24}}?{WRITER}[^）)\n]{{1,40}})[）)][\s\x{{3000}}]*$"))
        .unwrap_or_else(|e| unreachable!("byline regex: {e}"))
});

/// The characters a [`TAIL_BYLINE`] may follow.
const SENTENCE_ENDS: [char; 10] = ['。', '！', '？', '!', '?', '”', '’', '」', '』', '…'];

/// A byline closing the last paragraph of an article on its own line: `…会议结束。（记者 柯岚）`.
/// It follows the end of a sentence (one of [`SENTENCE_ENDS`]), so a bracket inside the text
/// (`（记者节特刊）`) is none.
static TAIL_BYLINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"[。！？!?”’」』…][\s\x{{3000}}]*[（(](?P<r>[^（）()\n]{{0,24}}?{WRITER}[^（）()\n]{{1,40}})[）)][\s\x{{3000}}]*$"
    ))
    .unwrap_or_else(|e| unreachable!("tail byline regex: {e}"))
});

/// A picture's caption ending with its unbracketed credit: `图为…。 本报记者 王磊 摄`.
static CAPTION_CREDIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"[。！？!?”][\s\x{{3000}}]*(?P<r>\p{{Han}}{{0,8}}?{ROLE}[\s\x{{3000}}]*\p{{Han}}{{2,4}}(?:[\s\x{{3000}}、]+\p{{Han}}{{2,4}})*?[\s\x{{3000}}]*(?:摄影|攝影|摄|攝))[\s\x{{3000}}]*$"
    ))
    .unwrap_or_else(|e| unreachable!("caption credit regex: {e}"))
});

/// The reporters of a byline ending a body line, closed over the next line when the column
/// width broke its bracket (`…。（记者 林溪` / `）`).
fn tail_byline(text: &str, next: Option<&str>) -> Vec<String> {
    let t = text.trim_end();
    if !t.ends_with(['）', ')']) && is_photo_credit(t) {
        return CAPTION_CREDIT.captures(t).and_then(|c| c.name("r")).map(|m| byline_names(m.as_str())).unwrap_or_default();
    }
    // Most lines have no bracket near their end. A look for `(` and for 0x88, the last byte of
    // `（`, skips them cheaply; of the lines with another character ending in that byte, those
    // without any opening bracket cannot match either.
    let tail = t.as_bytes().get(t.len().saturating_sub(3 * MAX_BRACKET_TAIL + 8)..).unwrap_or_default();
    if !tail.iter().any(|&b| b == b'(' || b == 0x88) || !t.contains("（") && !t.contains('(') {
        return Vec::new();
    }
    // The byline's bracket closes the text: the line's own, or one the next line closes.
    let text = if t.ends_with(['）', ')']) {
        Cow::Borrowed(t)
    } else {
        match with_bracket_closed(t, next) {
            Cow::Borrowed(_) => return Vec::new(),
            joined => joined,
        }
    };
    // Nor can a bracket match whose last opening does not follow a sentence's end: no bracket
    // falls between the byline's own two.
    if !last_open(&text).is_some_and(|o| sub(&text, ..o).trim_end().ends_with(SENTENCE_ENDS)) {
        return Vec::new();
    }
    match TAIL_BYLINE.captures(&text).and_then(|c| c.name("r")) {
        Some(m) => byline_names(m.as_str()),
        None => bare_credit(&text),
    }
}

/// A brief's closing credit without a role (`…责令整改5家。（王平）`, `…在一起。（张悦摄）`): names alone
/// in the last bracket, each a common surname and a given name of one or two characters.
fn bare_credit(text: &str) -> Vec<String> {
    let Some(m) = BARE_CREDIT.captures(text).and_then(|c| c.name("r")) else { return Vec::new() };
    // a picture's credit (`（李舸摄）`) names its photographer
    let names: Vec<&str> = m
        .as_str()
        .split(|c: char| c.is_whitespace() || c == '、')
        .map(|n| n.strip_suffix(['摄', '攝']).unwrap_or(n))
        .filter(|n| !n.is_empty())
        .collect();
    let reads_as_name = |n: &str| {
        let lead = crate::lexicon::SURNAMES.lead(n);
        let given = lead.map_or(0, |(len, _)| sub(n, len..).chars().count());
        lead.is_some_and(|(_, f)| f > crate::lexicon::RARE_SURNAME) && (1..=2).contains(&given) && !NOT_CREDITS.contains(&n)
    };
    if names.iter().all(|n| reads_as_name(n)) {
        names.into_iter().map(str::to_string).collect()
    } else {
        Vec::new()
    }
}

/// Bracketed closings that read like names and are not (`（全文完）`, `（待续）`).
const NOT_CREDITS: [&str; 6] = ["全文完", "文完", "待续", "续完", "原创", "来源"];

/// The last bracket of a line after a sentence's end, holding up to three names and nothing else.
static BARE_CREDIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"[。！？!?”][\s\x{3000}]*[（(](?P<r>\p{Han}{2,4}(?:[\s\x{3000}、]+\p{Han}{2,4}){0,2})[）)][\s\x{3000}]*$")
        .unwrap_or_else(|e| unreachable!("bare credit regex: {e}"))
});

/// Where the last opening bracket of `text` is. Two searches for one character each are much
/// cheaper than one for either, which decodes every character.
fn last_open(text: &str) -> Option<usize> {
    text.rfind('（').max(text.rfind('('))
}

/// Where the last closing bracket of `text` is.
fn last_close(text: &str) -> Option<usize> {
    text.rfind('）').max(text.rfind(')'))
}

/// Words that introduce a name in a byline, and the names themselves.
static BYLINE_ROLE: Lazy<Regex> = Lazy::new(|| {
    // The medium before a role (`云南日报记者`, `总台记者`) is no reporter either, nor a grade
    // (`首席记者`, `融媒体记者`), nor `报道` (`（记者 王芳 报道）`).
    Regex::new(&format!(r"(?:\p{{Han}}{{0,8}}?(?:报|報|台|臺|社|网|網|站|中心))?{ROLE}|摄影|攝影|摄|攝|报道|報道|{WRITER}"))
        .unwrap_or_else(|e| unreachable!("role regex: {e}"))
});

/// The editors a byline may name after its reporters (`（记者 杨帆 编辑 刘畅）`): an editor's role and
/// the names after it, up to the next reporter's role.
static EDITOR_ROLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|审校|審校|校对|校對|监制|監製|统筹|統籌|美编|美編|值班")
        .unwrap_or_else(|e| unreachable!("editor role regex: {e}"))
});

/// A line that only credits editors (`责任编辑：李四 校对：王五`, `（编辑 刘畅）`): it closes a story
/// and tells nothing of it.
fn names_editors(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '（' | '(' | '）' | ')' | '【' | '】' | '['));
    EDITOR_ROLE.find(t).is_some_and(|m| m.start() == 0) && t.chars().count() <= 40 && !t.contains(['。', '，', '；'])
}

/// `s` without its editors' parts.
fn without_editors(s: &str) -> Cow<'_, str> {
    if !EDITOR_ROLE.is_match(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    while let Some(m) = EDITOR_ROLE.find_at(s, at) {
        out.push_str(sub(s, at..m.start()));
        out.push(' ');
        at = BYLINE_ROLE.find_at(s, m.end()).map_or(s.len(), |r| r.start());
    }
    out.push_str(sub(s, at..));
    Cow::Owned(out)
}

/// Names in a byline: every run of 2–5 CJK characters once the role words and editors are removed.
fn byline_names(s: &str) -> Vec<String> {
    let s = without_editors(s);
    // A role parts two people: its mark keeps the names around it apart (`记者 骆 驰 通讯员 钟 毓`).
    let stripped = BYLINE_ROLE.replace_all(&s, "|");
    let mut out = Vec::new();
    // Words apart by blanks only may be one name the OCR spaced out; any other mark parts them.
    for run in stripped.split(|c: char| !(is_cjk(c) || c == '·' || c.is_whitespace())) {
        let words: Vec<&str> = run.split_whitespace().collect();
        out.extend(spaced_names(&words));
    }
    out
}

/// The names of words apart by blanks only. OCR spaces a name out (`晴 空`, `王 小雨`, `王小 雨`):
/// single characters in a row are one name, and a lone one is the surname of the word after it or
/// the last character of the word before, as long as the name stays within three characters.
fn spaced_names(words: &[&str]) -> Vec<String> {
    // Transliterated names join their parts with `·` (`热依拉·买买提`) and run longer.
    let fits = |w: &str| {
        let n = w.chars().count();
        (2..=5).contains(&n) || (w.contains('·') && n <= 12)
    };
    let len = |w: &str| w.chars().count();
    let mut names: Vec<String> = Vec::new();
    let mut i = 0;
    while let Some(&w) = words.get(i) {
        let singles = words.get(i..).unwrap_or_default().iter().take_while(|x| len(x) == 1).count();
        if singles >= 2 {
            let joined: String = words.get(i..i + singles).unwrap_or_default().concat();
            names.extend(fits(&joined).then_some(joined));
            i += singles;
            continue;
        }
        if singles == 1 {
            if let Some(next) = words.get(i + 1).filter(|n| len(n) < MAX_SPACED_NAME) {
                names.push(format!("{w}{next}"));
                i += 2;
                continue;
            }
            if let Some(prev) = names.last_mut().filter(|p| i > 0 && len(p) < MAX_SPACED_NAME) {
                prev.push_str(w);
            }
            i += 1;
            continue;
        }
        names.extend(fits(w).then(|| w.to_string()));
        i += 1;
    }
    names
}

/// The most characters of a name put together from words the OCR spaced apart.
const MAX_SPACED_NAME: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    Dateline {
        at: usize,
        reporters: Vec<String>,
    },
    Byline(Vec<String>),
    /// A byline alone on its line, before [`settle_credits`] makes it a dateline or a byline.
    Credit {
        at: usize,
        reporters: Vec<String>,
    },
    Text,
}

/// Classifies a line; `below` are the lines under it, where the bracket of a dateline or byline
/// broken by the column width (`本报讯（记者 晴` / `空 通讯员 韩雪）12月9日，…`) closes.
fn classify(line: &Line<'_>, below: &[Line<'_>]) -> Kind {
    let next = below.first();
    if line.is_blank() {
        return Kind::Blank;
    }
    // Datelines and bylines name a wire (讯, 电, 消息) or a reporter (记者, 通讯员) near the start of
    // their line; most lines do neither, and this look is much cheaper than the capturing regexes.
    let opening = line.text.trim_start_matches(is_lead_mark);
    let n = crate::span::floor_boundary(opening, HEAD_BYTES);
    let authors = source_line_authors(line.text);
    if !authors.is_empty() {
        return Kind::Credit { at: line.start + lead(line.text), reporters: authors };
    }
    if !sub(opening, ..n).chars().any(|c| matches!(c, '讯' | '訊' | '电' | '電' | '者' | '消' | '/' | '／')) {
        return wrapped_dateline(line, next).unwrap_or(Kind::Text);
    }
    let joined = with_bracket_closed_over(line.text, below);
    let text = &*joined;
    if let Some(c) = text.trim_start().starts_with(['（', '(']).then(|| BYLINE.captures(text)).flatten() {
        return Kind::Byline(c.name("r").map(|m| byline_names(m.as_str())).unwrap_or_default());
    }
    if CREDIT_LINE.is_match(text) {
        let reporters = byline_names(text);
        // A photo credit sits under a picture, inside the article it illustrates. (Looked at here,
        // not in the regex: there a name could swallow `摄影`.)
        if is_photo_credit(text) {
            return Kind::Byline(reporters);
        }
        return Kind::Credit { at: line.start + lead(line.text), reporters };
    }
    // Most lines naming a wire or reporter open no dateline, and a match alone costs less than
    // the captures.
    if let Some(c) = DATELINE.is_match(text).then(|| DATELINE.captures(text)).flatten() {
        let names = DATELINE_GROUPS.iter().find_map(|n| c.name(n)).map(|m| byline_names(m.as_str()));
        return Kind::Dateline { at: line.start + lead(line.text), reporters: names.unwrap_or_default() };
    }
    Kind::Text
}

/// A dateline the column width broke before its wire word: in a number (`新华社西宁12` /
/// `月7日电（记者 李琳）…`) or after the medium (`新华社` / `西宁12月7日电`). The line is short, names a
/// medium and ends in a digit, 月/日 or the medium; the dateline read over the break must run past
/// it, and the next line must not open one of its own (a headline `…报告会召开` over `本报讯`).
fn wrapped_dateline(line: &Line<'_>, next: Option<&Line<'_>>) -> Option<Kind> {
    let next = next?;
    let t = line.text.trim();
    let medium = ['报', '報', '社', '网', '網', '台', '臺'];
    let ends_in_a_break = t.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '０'..='９' | '月' | '日')) || t.ends_with(medium);
    if !ends_in_a_break || t.chars().count() > MAX_WRAPPED_HEAD || !t.contains(medium) || DATELINE.is_match(next.text) {
        return None;
    }
    let joined = format!("{t}{}", next.text.trim_start());
    let c = DATELINE.captures(&joined)?;
    if c.get(0).is_none_or(|m| m.end() <= t.len()) {
        return None;
    }
    let names = DATELINE_GROUPS.iter().find_map(|n| c.name(n)).map(|m| byline_names(m.as_str()));
    Some(Kind::Dateline { at: line.start + lead(line.text), reporters: names.unwrap_or_default() })
}

/// At most this many characters before the break of a [`wrapped_dateline`].
const MAX_WRAPPED_HEAD: usize = 16;

/// At most this many characters of the next line may close a bracket left open at a line's end.
const MAX_BRACKET_TAIL: usize = 24;

/// `text`, and when it leaves a bracket open, the next line up to the closing bracket. The
/// break is dropped where it splits a word (`晴` / `空` → `晴空`, `贾丰` / `丰`) and kept as a blank
/// between two whole words (`实习生` / `周可`).
fn with_bracket_closed<'t>(text: &'t str, next: Option<&str>) -> Cow<'t, str> {
    let (Some(o), Some(next)) = (last_open(text), next) else { return Cow::Borrowed(text) };
    if last_close(text).is_some_and(|c| c > o) {
        return Cow::Borrowed(text);
    }
    let next = next.trim_start();
    let close = next.char_indices().take(MAX_BRACKET_TAIL + 1).find(|&(_, c)| matches!(c, '）' | ')'));
    let Some((k, c)) = close else { return Cow::Borrowed(text) };
    Cow::Owned(join_broken(text, sub(next, ..k + c.len_utf8())))
}

/// `head` and `tail` of a line broken by the column width: the break dropped where it splits a
/// word, kept as a blank between two whole words.
fn join_broken(head: &str, tail: &str) -> String {
    let head = head.trim_end();
    let head_run = head.chars().rev().take_while(|&c| is_cjk(c)).count();
    let tail_run = tail.chars().take_while(|&c| is_cjk(c)).count();
    let sep = if head_run >= 2 && tail_run >= 2 { " " } else { "" };
    format!("{head}{sep}{tail}")
}

/// [`with_bracket_closed`] over the next two lines when the bracket runs over two breaks
/// (`本报讯（通讯员 王` / `磊 记者 张` / `华）6月19日…`), the middle line being short and closing nothing.
fn with_bracket_closed_over<'t>(text: &'t str, next: &[Line<'_>]) -> Cow<'t, str> {
    let once = with_bracket_closed(text, next.first().map(|l| l.text));
    if once.len() > text.len() {
        return once;
    }
    let (Some(middle), Some(last)) = (next.first(), next.get(1)) else { return once };
    let m = middle.text.trim();
    let open = last_open(text).is_some_and(|o| last_close(text).is_none_or(|c| c < o));
    if !open || m.is_empty() || m.contains(['）', ')', '（', '(']) || m.chars().count() > MAX_BRACKET_TAIL {
        return once;
    }
    let joined = join_broken(text, m);
    let twice = with_bracket_closed(&joined, Some(last.text));
    if twice.len() > joined.len() {
        Cow::Owned(twice.into_owned())
    } else {
        once
    }
}

/// How far into a line a dateline may name its wire or reporter (`光明日报北京12月1日电` is 33 bytes).
const HEAD_BYTES: usize = 96;

/// The bytes of blanks and stray marks before a dateline.
fn lead(text: &str) -> usize {
    text.len() - text.trim_start_matches(is_lead_mark).len()
}

/// Blanks and the marks OCR and layouts put before a dateline or byline (`■本报记者`, `?本报讯`).
fn is_lead_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, '?' | '？' | '·' | '•') || is_bullet(c)
}

/// A byline on a line of its own opens the article below it when it stands apart from the text
/// above (a blank line, the page start or a headline-like line), and otherwise closes the article
/// it ends, as a credit would.
fn settle_credits(lines: &[Line<'_>], kinds: &mut [Kind]) {
    for i in 0..kinds.len() {
        let Some(Kind::Credit { at, reporters }) = kinds.get(i).cloned() else { continue };
        let apart = match i.checked_sub(1) {
            None => true,
            Some(p) => match kinds.get(p) {
                Some(Kind::Blank) => true,
                Some(Kind::Text) => lines.get(p).is_some_and(|l| headline_like(l.text.trim(), false)),
                _ => false,
            },
        };
        let opens_body = kinds.get(i + 1).is_some_and(|k| matches!(k, Kind::Text)) || opens_body_after_blank(lines, kinds, i);
        if let Some(k) = kinds.get_mut(i) {
            *k = if apart && opens_body { Kind::Dateline { at, reporters } } else { Kind::Byline(reporters) };
        }
    }
}

/// Whether the byline alone on line `i` opens the paragraph after the blank line under it: web pages
/// set every paragraph apart (`标题` / blank / `本报记者 刘芳` / blank / `12月9日，…`). It does when a
/// body paragraph follows and no finished paragraph precedes it, which a closing credit would end.
fn opens_body_after_blank(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    let Some(next) = (i + 1..kinds.len()).find(|&j| !matches!(kinds.get(j), Some(Kind::Blank))) else { return false };
    let body_below = next > i + 1
        && matches!(kinds.get(next), Some(Kind::Text))
        && lines.get(next).is_some_and(|l| !headline_like(l.text.trim(), false));
    let ends_story_above = non_blank_before(kinds, i)
        .is_some_and(|p| !matches!(kinds.get(p), Some(Kind::Text)) || lines.get(p).is_some_and(|l| ends_sentence(l.text)));
    body_below && !ends_story_above
}

/// The day a news lead opens with (`6月19日，`, `2024年6月19日上午，`, `19日下午，`, `近日，`), or the
/// days (`4月12日至13日，`) or the stretch of time it reports on (`今年以来，`, `3月以来，`), maybe
/// after the purpose the story opens with (`为切实改善人居环境，6月19日，`).
static DATED_LEAD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"^[\s\x{{3000}}]*(?:为[^，。；\n]{{2,30}}[，,])?(?:{day}(?:(?:至|到|-|—|－|~|～){day})?(?:{pod}|晚)?|{since}|近日|日前|近期|连日来|昨天|昨日|今天|今日)[，,]",
        day = r"(?:(?:[0-9]{4}年)?[0-9]{1,2}月)?[0-9]{1,2}日",
        since = r"(?:今年|去年|[0-9]{4}年|(?:今年)?[0-9]{1,2}月(?:份)?|入春|入夏|入秋|入冬|开春|近年|(?:督察)?进驻)以来",
        pod = *crate::date::PART_OF_DAY_WORDS
    ))
        .unwrap_or_else(|e| unreachable!("dated lead regex: {e}"))
});

/// Whether `text` opens with a character a [`DATED_LEAD`] may open with: most lines do not, and
/// this look is much cheaper than the regex.
fn may_open_dated_lead(text: &str) -> bool {
    text.trim_start().starts_with(|c: char| {
        c.is_ascii_digit() || matches!(c, '为' | '今' | '去' | '入' | '开' | '近' | '督' | '进' | '日' | '连' | '昨')
    })
}

/// Pages set several stories without a dateline each: a headline after a finished paragraph, then a
/// lead opening with its day (`…整改到位。` / `城东区开展河道专项整治` / `6月19日，城东区…`). That lead
/// opens an article as a dateline does. A headline at the top of the page needs no such help: what
/// is above the first dateline is the first article's anyway.
fn settle_undated_leads(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let mut leads = Vec::new();
    for i in 1..lines.len() {
        if !matches!(kinds.get(i), Some(Kind::Text))
            || !lines.get(i).is_some_and(|l| may_open_dated_lead(l.text) && DATED_LEAD.is_match(l.text))
        {
            continue;
        }
        let Some(head) = non_blank_before(kinds, i) else { continue };
        let is_head = matches!(kinds.get(head), Some(Kind::Text))
            && lines.get(head).is_some_and(|l| headline_like(l.text, false))
            && !after_label(lines, head);
        // the editors' line a story ends with (`责任编辑：李四 校对：王五`) stands between it and the next headline
        let mut above = non_blank_before(kinds, head).filter(|_| is_head);
        while let Some(a) = above.filter(|&a| lines.get(a).is_some_and(|l| names_editors(l.text))) {
            above = non_blank_before(kinds, a);
        }
        let Some(above) = above else { continue };
        let ends_story = match kinds.get(above) {
            Some(Kind::Byline(_)) => true,
            // a story of one paragraph: its dateline line ends it too
            Some(Kind::Text | Kind::Dateline { .. }) => lines.get(above).is_some_and(|l| ends_sentence(l.text)),
            _ => false,
        };
        // A byline closes a story beyond doubt, so a short headline may follow it.
        let closed = matches!(kinds.get(above), Some(Kind::Byline(_)))
            || lines.get(above).is_some_and(|l| !l.closing.is_empty() && !is_photo_credit(l.text));
        // a page printing headlines under their stories: the headline names the story it closes
        if (ends_story || closed)
            && (names_what_follows(lines, kinds, head, i, closed) || names_what_precedes(lines, kinds, head, above, i))
        {
            leads.push(i);
        }
    }
    // The story above the first such lead, when nothing dated opens it, is an article of its own
    // from its first body line: otherwise the page's header would make it part of the next one.
    // So is a story its byline closes above the first dateline.
    let first_dateline = kinds.iter().position(|k| matches!(k, Kind::Dateline { .. }));
    if leads.is_empty() && first_dateline.is_none() {
        return;
    }
    if leads.is_empty() {
        leads.extend(first_dateline.and_then(|d| story_above_dateline(lines, kinds, d)));
    }
    let body = first_body_line(lines, kinds);
    let undated_first = match (leads.first(), first_dateline) {
        (Some(&l), d) if d.is_none_or(|d| l < d) => Some(l),
        (_, Some(d)) => Some(d).filter(|&d| closes_a_story_above(lines, kinds, body, d)),
        _ => None,
    };
    if let Some(first_lead) = undated_first {
        if body < first_lead && matches!(kinds.get(body), Some(Kind::Text)) {
            leads.insert(0, body);
        }
    }
    for i in leads {
        let at = lines.get(i).map_or(0, |l| l.start + lead(l.text));
        if let Some(k) = kinds.get_mut(i) {
            *k = Kind::Dateline { at, reporters: Vec::new() };
        }
    }
}

/// A story printed above the page's first dateline with its own headline and a dated lead
/// (`我市召开…会议` / `12月5日，全市…` … / blank / `本报讯（记者…）`): its lead line, which opens an
/// article as a dateline does. The story must be a paragraph of finished sentences set apart from
/// the dateline by a blank line, and more than one sentence unless the dated article has a headline
/// of its own, so that a deck or a summary over the dated article stays its head.
fn story_above_dateline(lines: &[Line<'_>], kinds: &[Kind], dateline: usize) -> Option<usize> {
    let lead = (1..dateline).find(|&i| {
        matches!(kinds.get(i), Some(Kind::Text)) && lines.get(i).is_some_and(|l| may_open_dated_lead(l.text) && DATED_LEAD.is_match(l.text))
    })?;
    // the story's byline (`本报记者 刘芳`) and its deck (`——我市…`) may stand between its headline and lead
    let mut head = non_blank_before(kinds, lead)?;
    if matches!(kinds.get(head), Some(Kind::Byline(_))) {
        head = non_blank_before(kinds, head)?;
    }
    if lines.get(head).is_some_and(|l| is_deck(l.text)) {
        head = non_blank_before(kinds, head)?;
    }
    let is_head = matches!(kinds.get(head), Some(Kind::Text))
        && lines.get(head).is_some_and(|l| headline_like(l.text, false))
        && !after_label(lines, head)
        && names_what_follows(lines, kinds, head, lead, false);
    let story_end = (lead..dateline).find(|&i| matches!(kinds.get(i), Some(Kind::Blank)))?;
    let story = lines.get(lead..story_end)?;
    let finished = story.last().is_some_and(|l| ends_sentence(l.text));
    // a deck is one sentence; a story tells more, or the dated article has a headline of its own
    let sentences: usize = story.iter().map(|l| l.text.matches(['。', '！', '？']).count()).sum();
    let headed_below = non_blank_before(kinds, dateline).is_some_and(|p| p > story_end && head_line(lines, kinds, p, false));
    (is_head && finished && cjk_len(story) >= MIN_STORY_BODY && (sentences >= 2 || headed_below)).then_some(lead)
}

/// The last line before line `i` that is not blank.
fn non_blank_before(kinds: &[Kind], i: usize) -> Option<usize> {
    (0..i).rev().find(|&p| !matches!(kinds.get(p), Some(Kind::Blank)))
}

/// The fewest CJK characters of a story set above the page's first dateline.
const MIN_STORY_BODY: usize = 40;

/// Whether a byline closes a story of body text above line `dateline`, after the page's first
/// body line `body`: that story is no page header of the article the dateline opens.
fn closes_a_story_above(lines: &[Line<'_>], kinds: &[Kind], body: usize, dateline: usize) -> bool {
    (body..dateline).any(|i| match kinds.get(i) {
        _ if lines.get(i).is_some_and(|l| is_photo_credit(l.text)) => false,
        // on a line of its own, the byline must follow a finished paragraph, or it is the
        // credit line of the article below (`新华社记者 高敬`, `来源：… 作者：…`)
        Some(Kind::Byline(_)) => {
            i > body && matches!(kinds.get(i - 1), Some(Kind::Text)) && lines.get(i - 1).is_some_and(|l| ends_sentence(l.text))
        }
        Some(Kind::Text) => lines.get(i).is_some_and(|l| !l.closing.is_empty()),
        _ => false,
    })
}

/// Lines a story's lead paragraph, and the text above a headline, are compared over.
const LEAD_REACH: usize = 6;
const ABOVE_REACH: usize = 40;
/// The fewest CJK characters of a story's headline found this way.
const MIN_STORY_HEADLINE: usize = 8;

/// Whether the headline-like line `head` shares more of its bigrams with the paragraph from line
/// `lead` on than with the text above it since the last dateline: a story's headline names what
/// its lead tells, where a section heading inside an article (`强化督导检查`) speaks of the whole.
fn names_what_follows(lines: &[Line<'_>], kinds: &[Kind], head: usize, lead: usize, closed: bool) -> bool {
    let Some(wanted) = lines.get(head).map(|l| bigrams(l.text)) else { return false };
    // A heading of a few characters (`压实整改责任`) names a step of the story, not a story, unless
    // the story above has ended with its byline.
    if !closed && wanted.len() + 1 < MIN_STORY_HEADLINE {
        return false;
    }
    let above_start = (head.saturating_sub(ABOVE_REACH)..head)
        .rev()
        .find(|&j| matches!(kinds.get(j), Some(Kind::Dateline { .. })))
        .unwrap_or(head.saturating_sub(ABOVE_REACH));
    let below = lead_shares(lines, kinds, lead, &wanted);
    // Above, the story's text speaks of it; the headline of the story before (`第二批信访件交办给我市`
    // over `第三批…`) says nothing of where this one starts.
    let above_text = lines.get(above_start..head).unwrap_or_default().iter().filter(|l| !headline_like(l.text, false)).map(|l| l.text);
    below >= 2 && below > bigrams_among(above_text, &wanted).len()
}

/// Whether the headline-like line `head`, under the finished paragraph ending at line `above`,
/// shares more of its bigrams with that paragraph than with the one from line `lead` on: the
/// headline of the story above, printed under it, and the lead below opens another.
fn names_what_precedes(lines: &[Line<'_>], kinds: &[Kind], head: usize, above: usize, lead: usize) -> bool {
    let Some(wanted) = lines.get(head).map(|l| bigrams(l.text)) else { return false };
    if wanted.len() + 1 < MIN_STORY_HEADLINE {
        return false;
    }
    let para_start = (above.saturating_sub(LEAD_REACH)..=above)
        .rev()
        .find(|&j| matches!(kinds.get(j), Some(Kind::Blank | Kind::Dateline { .. })))
        .unwrap_or(above.saturating_sub(LEAD_REACH));
    let before = bigrams_among(lines.get(para_start..=above).unwrap_or_default().iter().map(|l| l.text), &wanted).len();
    before >= MIN_SHARED_WITH_STORY && before > lead_shares(lines, kinds, lead, &wanted)
}

/// How many of the `wanted` bigrams the paragraph from line `lead` on holds (its first
/// [`LEAD_REACH`] lines, up to a blank or a dateline).
fn lead_shares(lines: &[Line<'_>], kinds: &[Kind], lead: usize, wanted: &Bigrams) -> usize {
    let end = (lead..lines.len().min(lead + LEAD_REACH))
        .find(|&j| j > lead && matches!(kinds.get(j), Some(Kind::Blank | Kind::Dateline { .. })))
        .unwrap_or(lines.len().min(lead + LEAD_REACH));
    bigrams_among(lines.get(lead..end).unwrap_or_default().iter().map(|l| l.text), wanted).len()
}

/// The fewest bigrams a headline printed under its story shares with it.
const MIN_SHARED_WITH_STORY: usize = 3;

/// A run of non-blank lines (indices into the line list), broken before every dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Block {
    first: usize,
    last: usize,
}

fn blocks(lines: &[Line<'_>], kinds: &[Kind]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut open: Option<Block> = None;
    for (i, k) in kinds.iter().enumerate() {
        match k {
            Kind::Blank => out.extend(open.take()),
            // `■短讯` under a headline heads the briefs below, no part of the headline above
            Kind::Text if lines.get(i).is_some_and(|l| is_section_label(l.text)) => {
                out.extend(open.take());
                out.push(Block { first: i, last: i });
            }
            Kind::Dateline { .. } => {
                out.extend(open.take());
                open = Some(Block { first: i, last: i });
            }
            _ => match open.as_mut() {
                Some(b) => b.last = i,
                None => open = Some(Block { first: i, last: i }),
            },
        }
    }
    out.extend(open);
    out
}

/// Whether a line is a bulleted column label alone (`■短讯`, `◆图片新闻`): a few characters after the
/// bullet, no clause in them.
fn is_section_label(text: &str) -> bool {
    let t = text.trim();
    let Some(rest) = t.strip_prefix(is_bullet) else { return false };
    let rest = rest.trim_start();
    let n = rest.chars().count();
    (1..=MAX_SECTION_LABEL).contains(&n) && rest.chars().all(is_cjk)
}

/// The most characters of a column label (`■短讯`, `■本期关注`).
const MAX_SECTION_LABEL: usize = 4;

/// Page furniture that is never a headline: page headers, share bars, source and editor lines.
static CHROME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"星期|第\s*[0-9０-９一二三四五六七八九十]+\s*版|点击|點擊|扫一扫|掃一掃|分享|打印|关闭|關閉|当前位置|當前位置|",
        r"首页|首頁|浏览|瀏覽|字号|字號|责任编辑|責任編輯|编辑|編輯|来源|來源|发布|發布|今天是|热文|熱文|推荐|推薦|",
        r"热门|熱門|相关|相關|上一篇|下一篇|返回|版权|版權|登录|登錄|注册|註冊|_|\||>|＞|»|\.png|\.jpg|www\.|http"
    ))
    .unwrap_or_else(|e| unreachable!("chrome regex: {e}"))
});

/// Whether `text` is page furniture ([`CHROME`]). A column tag (`【权威发布】`, `【信息发布】…`) is a
/// kicker though a furniture word names it: publishing is what such columns are about.
fn is_chrome(text: &str) -> bool {
    let t = text.trim_start();
    // the bracketed tag opening the line, alone or before its headline
    let tag_end = if t.starts_with('【') { t.find('】').map_or(0, |k| k + '】'.len_utf8()) } else { 0 };
    CHROME.find_iter(t).any(|m| !(m.end() <= tag_end && matches!(m.as_str(), "发布" | "發布")))
}

/// Section numbering (`一、基本情况`, `（二）`) marks a section header, not a headline.
static ENUMERATOR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^[\s\x{3000}]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．])")
        .unwrap_or_else(|e| unreachable!("enumerator regex: {e}"))
});

const MAX_HEADLINE_LINE: usize = 40;
const MAX_HEADLINE: usize = 64;
const MIN_HEADLINE: usize = 5;

/// Whether a line reads as (part of) a headline. Web pages (no dateline) put the headline on one line
/// of its own, where a comma may appear (`…交辦重慶市，涉及潼南區2件`).
fn headline_like(text: &str, web: bool) -> bool {
    // A line with a tab is a table row or header.
    if text.contains('\t') {
        return false;
    }
    // A tagged title (`边督边改 | 我区收到…`) is a headline when what follows the tag is one; the bar
    // would otherwise read as page chrome.
    if let Some(k) = has_tag_bar(text).then(|| barred_tag(text.trim_start())).flatten() {
        return headline_like(sub(text.trim_start(), k..), web);
    }
    let stops: &[char] =
        if web { &['。', '；', '！', '？', ';', '!', '?'] } else { &['。', '，', '；', '！', '？', ',', ';', '!', '?', '、'] };
    // Most lines are body text with a stop in them: that answers before any counting.
    if text.contains(stops) && (web || !punctuated_headline(text.trim())) {
        return false;
    }
    let stripped;
    let t = if text.contains(['(', '（']) {
        stripped = strip_annotations(text);
        stripped.trim()
    } else {
        text.trim()
    };
    let n = t.chars().count();
    // A sentence of the body wrapped onto a short line: it opens as reports open (`截至12月8日`),
    // or its date takes a comma (`12月8日，督察组…`).
    let body_opening = || BODY_OPENINGS.iter().any(|o| t.starts_with(o)) || dated_clause(t);
    // The cheap tests go first.
    !t.is_empty()
        && n <= MAX_HEADLINE_LINE
        && t.chars().filter(|&c| is_cjk(c)).count() * 2 >= n
        && !body_opening()
        && colon_fits_a_headline(t)
        && !t.starts_with(['（', '('])
        && !is_chrome(t)
        && !ENUMERATOR.is_match(t)
        && !is_masthead(t)
}

/// Whether a line is a web page's link to another page (`上一篇：…`, `相关阅读：…`), which names
/// another report's headline.
pub(crate) fn is_link_line(text: &str) -> bool {
    let t = text.trim_start();
    let head = crate::lexicon::simplify(sub(t, ..t.char_indices().nth(4).map_or(t.len(), |(k, _)| k)));
    LINK_LABELS.iter().any(|w| head.starts_with(w))
}

/// The labels of a web page's links to other pages.
const LINK_LABELS: [&str; 8] = ["上一篇", "下一篇", "上一条", "下一条", "相关阅读", "相关新闻", "推荐阅读", "延伸阅读"];

/// Whether a line names only the body that publishes the page (`河南省生态环境厅`, `平江县融媒体中心`):
/// a site's or paper's masthead, no story's headline.
fn is_masthead(t: &str) -> bool {
    t.chars().count() <= MAX_MASTHEAD && t.chars().all(is_cjk) && {
        let t = crate::lexicon::simplify(t);
        MASTHEAD_ENDS.iter().any(|e| t.ends_with(e))
    }
}

/// How publishing bodies' names end.
const MASTHEAD_ENDS: [&str; 12] =
    ["生态环境厅", "生态环境局", "生态环境部", "人民政府", "融媒体中心", "新闻中心", "新闻网", "政府网", "日报社", "日报", "晚报", "报社"];

/// The most characters of a masthead line.
const MAX_MASTHEAD: usize = 14;

/// A headline of two short phrases (`小切口，撬动大民生`) or one exclaiming or asking
/// (`我市经济总量突破五千亿元！`, `老旧小区改造，如何改到群众心坎上？`): at most one comma between
/// phrases of three to twelve characters, and `！`/`？` only at the end. A body line broken by the
/// column width rarely has that shape, and the phrases of one that does read as a clause going on
/// (`他强调，要坚持`), which is checked here.
fn punctuated_headline(t: &str) -> bool {
    let core = t.strip_suffix(['！', '？']).unwrap_or(t);
    // Either shape is phrases of CJK characters between commas or listing marks: a look at the
    // characters rejects most lines before any splitting.
    if !core.chars().all(|c| is_cjk(c) || c == '，' || c == '、') {
        return false;
    }
    if listing_headline(core) {
        return true;
    }
    if core.contains(['。', '；', '！', '？', ',', ';', '!', '?', '、', '：', ':']) || core.matches('，').count() > 1 {
        return false;
    }
    let phrases: Vec<&str> = core.split('，').collect();
    let fits = |p: &str| (3..=12).contains(&p.chars().count()) && p.chars().all(is_cjk);
    let reported =
        |p: &str| ["说", "表示", "指出", "强调", "要求", "认为", "介绍", "提出", "称", "获悉", "了解到"].iter().any(|w| p.ends_with(w));
    let goes_on = |p: &str| {
        p.starts_with([
            '要', '并', '但', '而', '将', '在', '对', '把', '让', '使', '就', '从', '为', '以', '与', '和', '及', '是', '也', '还', '又',
            '都', '已',
        ])
    };
    match phrases.as_slice() {
        [one] => core.len() < t.len() && (8..=MAX_HEADLINE_LINE).contains(&one.chars().count()) && one.chars().all(is_cjk),
        [a, b] => fits(a) && fits(b) && !reported(a) && !goes_on(b),
        _ => false,
    }
}

/// A headline that lists the places or bodies it speaks of (`城东、城西两区联动整治河道`): one or
/// two `、` between short names and no other stop. A body line that lists (`市委副书记、市长王海峰`)
/// has a longer part, digits or a stop of its own somewhere.
fn listing_headline(core: &str) -> bool {
    let parts: Vec<&str> = core.split('、').collect();
    let short = |p: &&str| (2..=4).contains(&p.chars().count()) && p.chars().all(is_cjk);
    let (Some(last), Some(listed)) = (parts.last(), parts.get(..parts.len() - 1)) else { return false };
    (2..=3).contains(&parts.len())
        && listed.iter().all(short)
        && (6..=MAX_HEADLINE_LINE).contains(&last.chars().count())
        && last.chars().all(is_cjk)
}

/// Whether a date closes a clause in `t` (`12月8日，`, `11月28日上午，`): how report sentences
/// open, where headlines put no comma after a date.
fn dated_clause(t: &str) -> bool {
    const PARTS: [&str; 8] = ["上午", "下午", "中午", "晚上", "凌晨", "早上", "晚", ""];
    t.match_indices('日').any(|(k, d)| {
        let rest = sub(t, k + d.len()..);
        PARTS.iter().any(|p| rest.strip_prefix(p).is_some_and(|r| r.starts_with(['，', ','])))
    })
}

/// How sentences of a report open, never headlines.
const BODY_OPENINGS: [&str; 5] = ["截至", "截止", "据悉", "据了解", "据统计"];

/// Headlines may name their subject before a colon (`平安区：立行立改解民忧`); a colon anywhere
/// else (`会议要求：`, `发布日期：2019-12-13`, a second colon) marks a label or body text.
fn colon_fits_a_headline(t: &str) -> bool {
    let mut colons = t.match_indices(['：', ':']);
    match (colons.next(), colons.next()) {
        (None, _) => true,
        (Some((k, c)), None) => {
            let (lead, rest) = (sub(t, ..k), sub(t, k + c.len()..));
            (2..=8).contains(&lead.chars().count()) && rest.chars().filter(|&c| is_cjk(c)).count() >= 4
        }
        _ => false,
    }
}

fn cjk_len(lines: &[Line<'_>]) -> usize {
    lines.iter().map(|l| l.text.chars().filter(|&c| is_cjk(c)).count()).sum()
}

/// A headline candidate: the block, its original range and the article printed above it.
#[derive(Clone, Debug)]
struct Candidate {
    block: Block,
    range: Range<usize>,
    above: usize,
    /// Printed right under the credit closing the article above and apart from the text below:
    /// that story's headline, landed after its body.
    under_credit: bool,
    bigrams: Bigrams,
    /// The headline's text without line breaks and annotations.
    text: String,
}

/// The set of CJK character bigrams of a text, as sorted distinct packed pairs: sorting a `Vec<u64>`
/// is much cheaper than hashing every pair into a `HashSet`, and lookups are binary searches.
type Bigrams = Vec<u64>;

fn bigrams(s: &str) -> Bigrams {
    bigrams_of([s])
}

/// The bigrams of the CJK characters of `parts` read in order, in matching (simplified) form.
/// Only CJK characters count, so the raw text gives the same pairs as its cleaned form: a body is
/// compared without being cleaned first (the extractor cleans it once, later).
fn bigrams_of<'a>(parts: impl IntoIterator<Item = &'a str>) -> Bigrams {
    let parts: Vec<&str> = parts.into_iter().collect();
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len()).sum::<usize>() / 3);
    let mut prev: Option<char> = None;
    for c in parts.iter().flat_map(|p| p.chars()).filter(|&c| is_cjk(c)).map(crate::lexicon::simplified) {
        if let Some(p) = prev {
            out.push(pack(p, c));
        }
        prev = Some(c);
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn bigrams_of_candidates(candidates: &[Candidate]) -> Bigrams {
    let mut all: Bigrams = candidates.iter().flat_map(|c| c.bigrams.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// The bigrams of `parts` (as [`bigrams_of`] reads them) that are in `wanted`.
fn bigrams_among<'a>(parts: impl IntoIterator<Item = &'a str>, wanted: &Bigrams) -> Bigrams {
    // Most pairs of a body start with a character no wanted pair starts with, or end with one no
    // wanted pair ends with: a bit per character answers that before the binary search.
    let firsts = CharBits::of(wanted.iter().map(|&g| g >> 32));
    let seconds = CharBits::of(wanted.iter().map(|&g| g & u64::from(u32::MAX)));
    // Marking the wanted pairs found keeps the answer sorted and distinct without sorting it.
    let mut found = vec![false; wanted.len()];
    let mut prev: Option<char> = None;
    for part in parts {
        for c in part.chars().filter(|&c| is_cjk(c)).map(crate::lexicon::simplified) {
            if let Some(p) = prev.filter(|&p| firsts.has(u64::from(p)) && seconds.has(u64::from(c))) {
                if let Some(f) = wanted.binary_search(&pack(p, c)).ok().and_then(|k| found.get_mut(k)) {
                    *f = true;
                }
            }
            prev = Some(c);
        }
    }
    wanted.iter().zip(found).filter_map(|(&g, f)| f.then_some(g)).collect()
}

/// A set of characters as bits, characters sharing a bit when their codes agree modulo its size:
/// a filter whose few false hits the exact lookup after it drops.
struct CharBits([u64; CHAR_BITS / 64]);

const CHAR_BITS: usize = 1 << 13;

impl CharBits {
    fn of(codes: impl Iterator<Item = u64>) -> Self {
        let mut bits = [0u64; CHAR_BITS / 64];
        for c in codes {
            let k = c as usize % CHAR_BITS;
            if let Some(w) = bits.get_mut(k / 64) {
                *w |= 1 << (k % 64);
            }
        }
        CharBits(bits)
    }

    fn has(&self, c: u64) -> bool {
        let k = c as usize % CHAR_BITS;
        self.0.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
    }
}

fn pack(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Splits a page into articles.
pub(crate) fn split(page: &str) -> Vec<ArticleLayout> {
    let lines = lines(page);
    let mut kinds: Vec<Kind> = lines.iter().enumerate().map(|(i, l)| classify(l, lines.get(i + 1..).unwrap_or_default())).collect();
    settle_credits(&lines, &mut kinds);
    credits::settle_closing_credits(&lines, &mut kinds);
    settle_undated_leads(&lines, &mut kinds);
    let blocks = blocks(&lines, &kinds);
    let starts: Vec<usize> = (0..lines.len()).filter(|&i| matches!(kinds.get(i), Some(Kind::Dateline { .. }))).collect();
    // Which article each line belongs to by position: the last dateline at or before it.
    let owner = |line: usize| starts.partition_point(|&s| s <= line).saturating_sub(1);
    let n_articles = starts.len().max(1);
    let prefix_end = starts.first().copied().unwrap_or_else(|| first_body_line(&lines, &kinds));
    let blocks = cut_tail_heads(&lines, &kinds, blocks, prefix_end);
    let candidates = candidates(&lines, &kinds, &blocks, prefix_end, &owner, starts.is_empty());

    let mut arts: Vec<ArticleLayout> = (0..n_articles).map(|_| ArticleLayout::default()).collect();
    // Headline lines are cut out of their block; the rest of the block stays body text.
    let mut taken = vec![false; lines.len()];
    for i in candidates.iter().flat_map(|c| c.block.first..=c.block.last) {
        if let Some(t) = taken.get_mut(i) {
            *t = true;
        }
    }
    for b in &blocks {
        let mut run: Option<(usize, usize)> = None;
        for i in (b.first..=b.last).chain(std::iter::once(usize::MAX)) {
            if taken.get(i) == Some(&false) {
                run = Some(run.map_or((i, i), |(f, _)| (f, i)));
                continue;
            }
            let Some((f, l)) = run.take() else { continue };
            if let (Some(first), Some(last), Some(art)) = (lines.get(f), lines.get(l), arts.get_mut(owner(f))) {
                art.body.push(first.start..last.end());
            }
        }
    }
    for (i, k) in kinds.iter().enumerate() {
        let credited = match k {
            Kind::Dateline { reporters, .. } | Kind::Byline(reporters) => reporters.as_slice(),
            Kind::Text => &[],
            _ => continue,
        };
        // A one-paragraph story opens with its dateline and may close with a byline on that line.
        let closing = match (k, lines.get(i)) {
            (Kind::Text | Kind::Dateline { .. }, Some(line)) => line.closing.as_slice(),
            _ => &[],
        };
        if let Some(art) = arts.get_mut(owner(i)) {
            for r in credited.iter().chain(closing) {
                if !art.reporters.contains(r) {
                    art.reporters.push(r.clone());
                }
            }
        }
    }
    // Bodies are only compared with headline candidates; without any, skip cleaning them.
    let bodies: Vec<Bigrams> = if candidates.is_empty() {
        Vec::new()
    } else {
        // Only the candidates' bigrams are ever looked up in a body, so a body keeps just those.
        let wanted = bigrams_of_candidates(&candidates);
        arts.iter().map(|a| bigrams_among(a.body.iter().filter_map(|r| page.get(r.clone())), &wanted)).collect()
    };
    attribute(&candidates, &bodies, &mut arts, &kinds, &owner);
    for (i, art) in arts.iter_mut().enumerate() {
        let start = if i == 0 {
            0
        } else {
            match starts.get(i).and_then(|&l| kinds.get(l)) {
                Some(Kind::Dateline { at, .. }) => *at,
                _ => 0,
            }
        };
        let end = art.body.iter().map(|r| r.end).max().unwrap_or(start).max(start);
        art.span = Span::new(start, if n_articles == 1 { page.len() } else { end });
    }
    for art in &mut arts {
        for h in [&mut art.headline, &mut art.subheadline] {
            *h = h.take().map(|r| trimmed(page, r)).filter(|r| !r.is_empty());
        }
    }
    cover_headlines(&mut arts);
    arts
}

/// `r` without the blanks at its ends (a line's trailing spaces, or a tag blanked after a headline).
fn trimmed(page: &str, r: Range<usize>) -> Range<usize> {
    let s = sub(page, r.clone());
    let start = r.start + (s.len() - s.trim_start().len());
    start..(start + s.trim().len()).max(start)
}

/// Widens each article's span over its headlines where they were printed outside it (after the
/// body, or above the dateline), so that every mention the article reports lies inside it; never
/// into a neighbour's span.
fn cover_headlines(arts: &mut [ArticleLayout]) {
    let mut strays: Vec<Range<usize>> = Vec::new();
    for i in 0..arts.len() {
        let floor = i.checked_sub(1).and_then(|p| arts.get(p)).map_or(0, |p| p.span.end);
        let ceiling = arts.get(i + 1).map_or(usize::MAX, |n| n.span.start);
        let Some(art) = arts.get_mut(i) else { continue };
        let mut span = art.span;
        for r in art.headline.iter().chain(art.subheadline.iter()).cloned() {
            match r {
                r if r.start >= floor && r.end <= ceiling => span = span.cover(Span::new(r.start, r.end)),
                // A headline the span cannot reach without overlapping a neighbour (a column
                // break put it inside another story) stays the article's headline, and its words
                // are read with the text it was printed in, so that every mention lies inside its
                // article.
                r if !span.contains(Span::new(r.start, r.end)) => strays.push(r),
                _ => {}
            }
        }
        art.span = span;
    }
    for r in strays {
        let read_by =
            |a: &ArticleLayout| a.span.contains(Span::new(r.start, r.end)) && !a.body.iter().any(|b| b.start < r.end && r.start < b.end);
        let home = arts.iter().position(read_by);
        if let Some(art) = home.and_then(|k| arts.get_mut(k)) {
            let at = art.body.partition_point(|b| b.start < r.start);
            art.body.insert(at, r);
        }
    }
}

/// Without a dateline, the article starts at the first line that reads as body text.
fn first_body_line(lines: &[Line<'_>], kinds: &[Kind]) -> usize {
    let first = (0..lines.len()).find(|&i| {
        let Some(l) = lines.get(i).filter(|_| matches!(kinds.get(i), Some(Kind::Text))) else { return false };
        let t = l.text.trim();
        let body_like = t.chars().count() > 15
                && !headline_like(t, true)
                && !after_label(lines, i)
                // a breadcrumb or a 发布时间 line is long, yet page furniture; a sentence that
                // merely uses such a word (相关单位, 发布会) is body text
                && (!is_chrome(t) || t.contains(['。', '！', '？']));
        // however short, a line whose sentence runs on into the next is body text, and so is a
        // punctuated line of a long paragraph (a narrow column's lines are all short)
        let as_wide_as_next = || lines.get(i + 1).is_some_and(|n| n.text.trim().chars().count().abs_diff(t.chars().count()) <= 1);
        let in_paragraph = || {
            t.contains(['，', '。', '；', '、'])
                && as_wide_as_next()
                && paragraph_lines(lines, i) >= MIN_PARAGRAPH_LINES
                && !headline_like(t, false)
        };
        body_like || (continued(lines, i) || in_paragraph()) && !is_chrome(t)
    });
    // A fragment with no body-like line has no head either: it is all body.
    let Some(mut first) = first else { return 0 };
    // The column's lines before it in its paragraph, as wide as it and running on into it, are
    // the body's start (`中央第四生态环境保护督` / `察组移交的举报件100`); a headline glued on top
    // has a width of its own.
    let width = |k: usize| lines.get(k).map_or(0, |l| l.text.trim().chars().count());
    let w = width(first);
    while let Some(p) = first.checked_sub(1) {
        let wrapped = lines.get(p).is_some_and(|l| !l.is_blank() && !ends_sentence(l.text) && !is_chrome(l.text.trim()));
        if !(wrapped && matches!(kinds.get(p), Some(Kind::Text)) && width(p).abs_diff(w) <= 1) {
            break;
        }
        first = p;
    }
    first
}

/// How many lines the paragraph holding line `i` has (the run of non-blank lines around it), counted
/// up to [`MIN_PARAGRAPH_LINES`] each way: a long run answers at once.
fn paragraph_lines(lines: &[Line<'_>], i: usize) -> usize {
    let filled = |k: &usize| lines.get(*k).is_some_and(|l| !l.is_blank());
    let above = (0..i).rev().take(MIN_PARAGRAPH_LINES).take_while(filled).count();
    let below = (i..lines.len()).take(MIN_PARAGRAPH_LINES).take_while(filled).count();
    above + below
}

/// A run of this many lines is a paragraph of body text, however narrow its column.
const MIN_PARAGRAPH_LINES: usize = 4;

/// Most headings stand apart from the body by a blank line, but OCR output often drops it: a
/// headline printed after its article's body then ends the body's block. A run of at most
/// [`MAX_HEAD_LINES`] headline-like lines that ends a block (before the next dateline or blank) and
/// follows a line ending a sentence becomes a block of its own, so that it can be a candidate.
fn cut_tail_heads(lines: &[Line<'_>], kinds: &[Kind], blocks: Vec<Block>, prefix_end: usize) -> Vec<Block> {
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        let like = |i: usize| head_line(lines, kinds, i, false);
        // an advertisement or share bar the page printed after the headline ends the block
        let chrome = |i: usize| lines.get(i).is_some_and(|l| is_chrome(l.text)) && matches!(kinds.get(i), Some(Kind::Text));
        let mut last = b.last;
        while last > b.first && chrome(last) {
            last -= 1;
        }
        let mut first = last + 1;
        while first > b.first + 1 && last + 1 - (first - 1) <= MAX_HEAD_LINES && like(first - 1) {
            first -= 1;
        }
        // A closing byline (`（记者 周航）`, `…整改到位。（记者 周航）`) ends the body as a full stop does,
        // and so does a picture's caption with its credit (`图为…。 本报记者 王磊 摄`).
        let ends_sentence = first.checked_sub(1).is_some_and(|p| {
            matches!(kinds.get(p), Some(Kind::Byline(_)))
                || lines
                    .get(p)
                    .is_some_and(|l| ends_sentence(l.text) || !l.closing.is_empty() || names_editors(l.text) || is_photo_credit(l.text))
                || closes_an_aside(lines, p)
        });
        if first <= last && first > b.first && b.first >= prefix_end && ends_sentence {
            out.push(Block { first: b.first, last: first - 1 });
            out.push(Block { first, last });
            if last < b.last {
                out.push(Block { first: last + 1, last: b.last });
            }
        } else {
            out.push(b);
        }
    }
    out
}

/// Whether line `p` closes a bracketed aside set after the last sentence, opened on it or up to
/// three lines above (`…向社会公布。（重庆` / `市南岸区人民政府办公室供稿）`, `（来源：… 2018-` /
/// `06-16 17:24）`, `（附：…一览表（第十七批））`): the body ends there as at a full stop.
fn closes_an_aside(lines: &[Line<'_>], p: usize) -> bool {
    const REACH: usize = 3;
    if !lines.get(p).is_some_and(|l| l.text.trim_end().ends_with(['）', ')'])) {
        return false;
    }
    let mut depth = 0usize;
    for q in (p.saturating_sub(REACH)..=p).rev() {
        let Some(text) = lines.get(q).map(|l| l.text.trim_end()) else { return false };
        for (k, c) in text.char_indices().rev() {
            match c {
                '）' | ')' => depth += 1,
                '（' | '(' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        let before = sub(text, ..k).trim_end();
                        return before.is_empty() || ends_sentence(before);
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// At most this many lines make a headline glued to the end of a body.
const MAX_HEAD_LINES: usize = 2;

/// Whether line `i` may be (part of) a headline: a text line that reads as one ([`headline_like`]),
/// neither a label's value nor a sentence carried on by the next line.
fn head_line(lines: &[Line<'_>], kinds: &[Kind], i: usize, web: bool) -> bool {
    matches!(kinds.get(i), Some(Kind::Text))
        && lines.get(i).is_some_and(|l| headline_like(l.text, web) && !closes_bracket_opened_above(l.text))
        && !after_label(lines, i)
        && !continued(lines, i)
}

/// Whether a line closes a bracket it did not open (`市南岸区人民政府办公室供稿）`): the end of an
/// aside the line above began, never a headline.
fn closes_bracket_opened_above(text: &str) -> bool {
    let count = |cs: [char; 2]| text.chars().filter(|c| cs.contains(c)).count();
    count(['）', ')']) > count(['（', '('])
}

/// A line the next line carries on (`截至12月8日24时` / `，督察组…`, `…信访件２` / `４件`): OCR broke a
/// sentence or a number there.
fn continued(lines: &[Line<'_>], i: usize) -> bool {
    let Some(next) = lines.get(i + 1).map(|n| n.text.trim_start()) else { return false };
    // `…信访件２` / `４件，其中…`, `…第十` / `七批信访件24件，…`: the column broke a number of a
    // sentence that goes on; a headline broken so (`…第二十一批1` / `11件信访件转办我省`) goes on
    // as a headline, without a stop
    let broke_number = lines.get(i).and_then(|l| l.text.trim_end().chars().next_back()).is_some_and(crate::number::is_numeral_char)
        && next.chars().next().is_some_and(|c| crate::number::is_numeral_char(c) || "件批月日年号个万%".contains(c))
        && next.contains(['，', '。', '；', '：']);
    broke_number || next.starts_with(['，', '、', '。', '；', '：', '）', '”', ',', ';'])
}

/// A line that follows a `label：` line is that label's value (`发布日期：` / `2019-12-13`).
fn after_label(lines: &[Line<'_>], i: usize) -> bool {
    i.checked_sub(1).and_then(|p| lines.get(p)).is_some_and(|p| {
        let t = p.text.trim_end();
        t.ends_with('：') || t.ends_with(':')
    })
}

fn candidates(
    lines: &[Line<'_>],
    kinds: &[Kind],
    blocks: &[Block],
    prefix_end: usize,
    owner: &dyn Fn(usize) -> usize,
    web: bool,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut push = |b: Block| {
        let Some(ls) = lines.get(b.first..=b.last) else { return };
        let n: usize = ls.iter().map(|l| strip_annotations(l.text).chars().filter(|&c| is_cjk(c)).count()).sum();
        // a column tag on its own line (`【边督边改】`) is short, and the kicker of the headline
        // right under it all the same; alone it heads a section, not a story
        let tag = matches!(ls, [l] if is_tag_line(l.text)) && n >= 2 && head_line(lines, kinds, b.last + 1, web);
        if !(MIN_HEADLINE..=MAX_HEADLINE).contains(&n) && !tag {
            return;
        }
        for (block, range) in stacked(lines, b) {
            let text: String =
                lines.get(block.first..=block.last).unwrap_or_default().iter().map(|l| strip_annotations(clip(l, &range).trim())).collect();
            let under_credit = credits::hangs_under_credit(lines, kinds, block);
            out.push(Candidate { block, range, above: owner(block.first), under_credit, bigrams: bigrams(&text), text });
        }
    };
    for b in blocks {
        let whole = b.first..=b.last;
        let all_like = whole.clone().all(|i| head_line(lines, kinds, i, false));
        if b.first < prefix_end && !all_like {
            // In the page head, lines are read one by one: web pages put the headline, the source
            // line and the breadcrumb on consecutive lines. A headline the column wrapped over a
            // few lines is read whole.
            let end = prefix_end.min(b.last + 1);
            let mut i = b.first;
            while i < end {
                if !head_line(lines, kinds, i, web) {
                    i += 1;
                    continue;
                }
                let mut last = i;
                while last + 1 < end && last + 1 - i < MAX_WRAPPED_HEAD_LINES && wraps_onto(lines, kinds, last) {
                    last += 1;
                }
                push(Block { first: i, last });
                i = last + 1;
            }
        } else if all_like {
            // A breadcrumb (`其他`, `要闻`) sits on its own short line above the headline; a column
            // tag (`【边督边改】`) is the headline's kicker.
            let mut b = *b;
            while b.first < b.last
                && lines.get(b.first).is_some_and(|l| cjk_len(std::slice::from_ref(l)) < MIN_HEADLINE && !is_tag_line(l.text))
            {
                b.first += 1;
            }
            if b.last - b.first < 3 {
                push(b);
            }
        }
    }
    out
}

/// Whether headline line `i` wraps onto the next: it is full (as wide as the next or wider, and
/// long), and the next is no repeat of it. A kicker over its main line is the shorter of the two.
/// The tail the column wraps onto the next line may be a number alone (`…信访件` / `100件`).
fn wraps_onto(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> bool {
    let (Some(a), Some(b)) = (lines.get(i), lines.get(i + 1)) else { return false };
    let (a, b) = (a.text.trim(), b.text.trim());
    let (wa, wb) = (a.chars().count(), b.chars().count());
    // a short line of characters alone under a headline is its author (`美国东亚关系的微妙变化` / `庞中英`)
    let author = wb <= 4 && b.chars().all(is_cjk) || ["记者", "記者", "通讯员", "通訊員"].iter().any(|r| b.contains(r));
    let tail = matches!(kinds.get(i + 1), Some(Kind::Text))
        && !b.is_empty()
        && !author
        && !b.contains(['。', '，', '；', '！', '？', '：', ':', '\t'])
        && !is_chrome(b);
    tail && wa >= wb && wa >= MIN_WRAPPED_HEAD && a != b && !a.ends_with(['。', '！', '？', '!', '?', '）', ')']) && kicker_rank(a) == 0
}

/// The fewest characters of a line of a headline that wraps onto the next in a page head.
const MIN_WRAPPED_HEAD: usize = 10;

/// The most lines a headline in a page head wraps over.
const MAX_WRAPPED_HEAD_LINES: usize = 3;

/// The part of `line` inside `range`.
fn clip<'p>(line: &Line<'p>, range: &Range<usize>) -> &'p str {
    let from = range.start.saturating_sub(line.start).min(line.text.len());
    let to = range.end.saturating_sub(line.start).min(line.text.len());
    line.text.get(from..to).unwrap_or_default()
}

/// The headlines printed in one headline block, in reading order: OCR drops the blank between a
/// kicker and its main line (`坚持问题导向 强化整改落实` / `我市全力推进…`), between a main line and
/// its `——` deck, and prints a column tag on the headline's own line (`【督察整改进行时】城北区…`).
/// A block without such a seam is one headline, however many lines it wraps over: a wrap breaks a
/// phrase, so its two lines never differ in being a kicker.
fn stacked(lines: &[Line<'_>], b: Block) -> Vec<(Block, Range<usize>)> {
    let (Some(first), Some(last)) = (lines.get(b.first), lines.get(b.last)) else { return Vec::new() };
    let text = |i: usize| lines.get(i).map_or("", |l| l.text.trim());
    let mut out = Vec::new();
    // a bullet set before a brief's headline (`■城北区：…`) is the layout's, not the headline's
    let unbulleted = first.text.trim_start_matches(|c: char| c.is_whitespace() || is_bullet(c));
    let mut start = first.start + (first.text.len() - unbulleted.len());
    if let Some(end) = leading_tag(unbulleted) {
        out.push((Block { first: b.first, last: b.first }, start..start + end));
        start += end;
        // the headline starts after the blanks that set it off from a barred tag
        let rest = sub(first.text, start - first.start..);
        start += rest.len() - rest.trim_start().len();
    }
    // Kicker, main line and deck are three pieces (`坚持问题导向 强化整改落实` / `我市召开…` / `——确保…`).
    let tagged = !out.is_empty();
    let seams: Vec<usize> = (b.first + 1..=b.last)
        .filter(|&i| {
            let below = text(i);
            is_deck(below) || (i == b.first + 1 && !tagged && kicker_rank(text(b.first)) != kicker_rank(below))
        })
        .collect();
    let mut from = b.first;
    for &i in seams.iter().chain(std::iter::once(&(b.last + 1))) {
        let end = lines.get(i - 1).map_or(start, Line::end);
        out.push((Block { first: from, last: i - 1 }, start..end));
        from = i;
        start = lines.get(i).map_or(end, |l| l.start);
    }
    // A seam that leaves a piece with hardly a word is no seam.
    let block = lines.get(b.first..=b.last).unwrap_or_default();
    let words = |r: &Range<usize>| block.iter().map(|l| clip(l, r).chars().filter(|&c| is_cjk(c)).count()).sum::<usize>();
    if out.iter().any(|(_, r)| words(r) < 2) {
        return vec![(b, first.start..last.end())];
    }
    out
}

/// A line that is a bracketed column tag alone (`【边督边改】`).
fn is_tag_line(text: &str) -> bool {
    let t = text.trim();
    t.starts_with('【') && t.ends_with('】')
}

/// The length of a column tag that opens a headline line and is followed by the headline
/// (`【督察整改进行时】城北区关停违规砂场`); a tag alone on its line is a kicker of its own.
/// WeChat and 融媒体 titles set the tag off with a bar instead (`中央生态环保督察丨我区收到…`,
/// `边督边改 | 我区…`); the bar is part of the tag's length.
fn leading_tag(t: &str) -> Option<usize> {
    let close = match t.strip_prefix('【') {
        Some(inner) => inner.find('】')? + '【'.len_utf8() + '】'.len_utf8(),
        None => barred_tag(t)?,
    };
    t.get(close..).is_some_and(|rest| rest.chars().any(is_cjk)).then_some(close)
}

/// The bars that set a column tag off from its headline.
const TAG_BARS: [char; 3] = ['丨', '｜', '|'];

/// Whether `text` holds a [`TAG_BARS`] bar. A search for each bar is cheaper than one for any
/// of them, which decodes every character.
fn has_tag_bar(text: &str) -> bool {
    TAG_BARS.iter().any(|&b| text.contains(b))
}

/// The length of a tag of two to twelve CJK characters and its bar, at the start of `t`.
fn barred_tag(t: &str) -> Option<usize> {
    let bar = t.find(TAG_BARS)?;
    let tag = sub(t, ..bar).trim_end();
    let n = tag.chars().count();
    let c = t.get(bar..)?.chars().next()?;
    ((2..=12).contains(&n) && tag.chars().all(|c| is_cjk(c) || c == '·') && !is_chrome(tag)).then_some(bar + c.len_utf8())
}

/// The subheadline a column tag gives, without its bar.
fn tag_range(c: &Candidate) -> Range<usize> {
    let Some(tag) = c.text.strip_suffix(TAG_BARS) else { return c.range.clone() };
    let cut = c.text.len() - tag.trim_end().len();
    c.range.start..c.range.end.saturating_sub(cut).max(c.range.start)
}

/// How many articles away from where it was printed a headline may belong: OCR displaces headlines
/// by a column or two, never across the page (and the bound keeps attribution linear).
const REACH: usize = 3;

/// Minimum share of a headline's bigrams found in an article for the headline to go there.
const MIN_MATCH: f64 = 0.2;

/// Candidates printed next to each other (only blank lines between) are one headline with its
/// kicker or second deck; they are attributed together.
/// Two adjacent headlines of two different articles (each matching its own article best) stay apart.
fn units(candidates: &[Candidate], kinds: &[Kind], best: &dyn Fn(usize) -> Option<usize>) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for (ci, c) in candidates.iter().enumerate() {
        let joins = out.last().and_then(|u: &Vec<usize>| {
            let pi = *u.last()?;
            let prev = candidates.get(pi)?;
            // Pieces of one block ([`stacked`]) were printed together and stay together.
            let together = prev.block.last + 1 == c.block.first || prev.block.first == c.block.first;
            // a deck (`——…`) is never a headline of its own: it belongs under the line above it
            let apart = best(pi) != best(ci) && kicker_rank(&prev.text) == 0 && kicker_rank(&c.text) == 0 && !together && !is_deck(&c.text);
            // A deck (`——确保…`) under a kicker and main line is the third piece of one headline.
            let deck = together && is_deck(&c.text);
            Some((u.len() < 2 || deck && u.len() < 3) && adjacent(prev, c, kinds) && !apart)
        });
        match (joins, out.last_mut()) {
            (Some(true), Some(u)) => u.push(ci),
            _ => out.push(vec![ci]),
        }
    }
    out
}

fn attribute(candidates: &[Candidate], bodies: &[Bigrams], arts: &mut [ArticleLayout], kinds: &[Kind], owner: &dyn Fn(usize) -> usize) {
    // A headline printed right on top of a dateline, with no blank line between, heads that
    // article even when it shares no words with it (`聚焦高质量发展`).
    // So does one set apart by blank lines above the page's first dateline: nothing else is there
    // for it to head (web pages set every line apart).
    let first_dateline = kinds.iter().position(|k| matches!(k, Kind::Dateline { .. }));
    let sits_on = |u: &[usize]| -> Option<usize> {
        let mut below = u.last().and_then(|&ci| candidates.get(ci))?.block.last + 1;
        if first_dateline.is_some_and(|d| below < d) {
            while matches!(kinds.get(below), Some(Kind::Blank)) {
                below += 1;
            }
        }
        matches!(kinds.get(below), Some(Kind::Dateline { .. })).then(|| owner(below))
    };
    // The last lines of a page, after the last dated story's body, are its headline when the page
    // prints headlines under their stories: nothing follows for them to head
    // (not when a headline sits on that story's dateline: the page prints its headlines on top).
    let last_article = arts.len().checked_sub(1);
    let dated_last = kinds.iter().rposition(|k| matches!(k, Kind::Dateline { .. })).is_some_and(|d| Some(owner(d)) == last_article);
    let headed_on_top = (0..candidates.len()).any(|ci| last_article.is_some() && sits_on(&[ci]) == last_article);
    let last_text = kinds.iter().rposition(|k| !matches!(k, Kind::Blank));
    let ends_page = |u: &[usize]| -> bool {
        let Some(last) = u.last().and_then(|&ci| candidates.get(ci)) else { return false };
        dated_last && !headed_on_top && arts.len() > 1 && last_text.is_some_and(|t| last.block.last >= t)
    };
    let score = |u: &[usize], a: usize| -> f64 {
        let Some(body) = bodies.get(a) else { return 0.0 };
        let mut grams: Bigrams = u.iter().filter_map(|&ci| candidates.get(ci)).flat_map(|c| c.bigrams.iter().copied()).collect();
        grams.sort_unstable();
        grams.dedup();
        if grams.is_empty() {
            return 0.0;
        }
        let mut shared = grams.iter().filter(|b| body.binary_search(b).is_ok()).count() as f64 / grams.len() as f64;
        let above = u.first().and_then(|&ci| candidates.get(ci)).map_or(0, |c| c.above);
        let under_credit = u.first().and_then(|&ci| candidates.get(ci)).is_some_and(|c| c.under_credit);
        if sits_on(u) == Some(a) || under_credit && a == above || ends_page(u) && a == above && Some(a) == last_article {
            shared = shared.max(MIN_MATCH);
        }
        // Ties go to the article printed above, then to the one printed below.
        let near = if a == above {
            0.02
        } else if a == above + 1 {
            0.01
        } else {
            0.0
        };
        shared + near
    };
    let near = |above: usize| above.saturating_sub(REACH)..(above + REACH + 1).min(arts.len());
    let best = |ci: usize| -> Option<usize> {
        let above = candidates.get(ci).map_or(0, |c| c.above);
        near(above).map(|a| (score(&[ci], a), a)).filter(|(s, _)| *s >= MIN_MATCH).max_by(|x, y| x.0.total_cmp(&y.0)).map(|(_, a)| a)
    };
    let units = units(candidates, kinds, &best);
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (ui, u) in units.iter().enumerate() {
        let above = u.first().and_then(|&ci| candidates.get(ci)).map_or(0, |c| c.above);
        for a in near(above) {
            let s = score(u, a);
            if s >= MIN_MATCH || arts.len() == 1 {
                pairs.push((s, ui, a));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    let mut placed = vec![false; units.len()];
    let mut has = vec![false; arts.len()];
    for &(_, ui, a) in &pairs {
        if placed.get(ui).copied().unwrap_or(true) || has.get(a).copied().unwrap_or(true) {
            continue;
        }
        if let (Some(p), Some(h)) = (placed.get_mut(ui), has.get_mut(a)) {
            (*p, *h) = (true, true);
        }
        let Some(art) = arts.get_mut(a) else { continue };
        let (head, sub) = head_and_sub(units.get(ui).map(Vec::as_slice).unwrap_or_default(), candidates);
        art.headline = head;
        art.subheadline = sub;
    }
    // A candidate that matches no article goes back into the body it was printed in.
    for (ui, u) in units.iter().enumerate() {
        if placed.get(ui).copied().unwrap_or(true) {
            continue;
        }
        for c in u.iter().filter_map(|&ci| candidates.get(ci)) {
            if let Some(art) = arts.get_mut(c.above) {
                art.body.push(c.range.clone());
            }
        }
    }
    for art in arts.iter_mut() {
        art.body.sort_by_key(|r| r.start);
    }
}

/// In a pair, the kicker is the subheadline; without a kicker the first printed line is the
/// headline and the second its deck, unless the second line carries on the first's sentence: a
/// headline wrapped before its preposition (`中央第五生态环境保护督察组` / `向广西壮族自治区转办…`) is
/// one headline. Of three (kicker, main line, deck) the deck is left out.
fn head_and_sub(unit: &[usize], candidates: &[Candidate]) -> (Option<Range<usize>>, Option<Range<usize>>) {
    // Under a kicker, the deck is neither: the kicker is the subheadline.
    let unit = unit.get(..2).unwrap_or(unit);
    let first = unit.first().and_then(|&ci| candidates.get(ci));
    let second = unit.get(1).and_then(|&ci| candidates.get(ci));
    match (first, second) {
        (Some(f), Some(s)) if !is_deck(&s.text) && kicker_rank(&f.text) > kicker_rank(&s.text) => {
            (Some(s.range.clone()), Some(tag_range(f)))
        }
        (Some(f), Some(s)) if continues(f, s) => (Some(f.range.start..s.range.end), None),
        (f, s) => (f.map(|c| c.range.clone()), s.map(|c| c.range.clone())),
    }
}

/// Words that cannot open a headline of their own: a line starting with one continues the line
/// above.
const CONTINUATION: [char; 14] = ['向', '对', '對', '为', '為', '把', '被', '将', '將', '给', '給', '与', '與', '暨'];

fn continues(above: &Candidate, below: &Candidate) -> bool {
    below.block.first == above.block.last + 1
        && kicker_rank(&above.text) == 0
        && kicker_rank(&below.text) == 0
        && below.text.starts_with(CONTINUATION)
}

/// Whether a headline line is a deck (`——确保交办件件件有着落`): it stands under the headline it adds to.
fn is_deck(text: &str) -> bool {
    text.trim_start().starts_with('—')
}

/// Two candidates separated only by blank lines.
fn adjacent(a: &Candidate, b: &Candidate, kinds: &[Kind]) -> bool {
    let (x, y) = if a.block.first < b.block.first { (a, b) } else { (b, a) };
    (x.block.last + 1..y.block.first).all(|i| matches!(kinds.get(i), Some(Kind::Blank)))
}

/// Whether headline line `t` names a running column rather than a story (`中央生态环境保护督察进行时`,
/// `边督边改在行动`): such a line over another is the kicker of the story's main line.
fn names_a_column(t: &str) -> bool {
    let t = crate::lexicon::simplify(t.trim());
    // the campaign a column follows is quoted (`省生态环境保护督察“回头看”`)
    let unquoted = t.trim_end_matches(['”', '"', '」', '』']);
    ["进行时", "在行动", "边督边改", "系列报道"].iter().any(|c| unquoted.ends_with(c))
        || unquoted.len() < t.len() && unquoted.ends_with("回头看")
        // a kicker that points at the topic of the running coverage (`聚焦中央生态环境保护督察`)
        || ["聚焦", "关注", "直击", "追踪"].iter().any(|c| t.starts_with(c))
}

/// Whether headline line `t` ends reporting what someone said (`…时强调`, `…時強調`).
fn reports_a_saying(t: &str) -> bool {
    let tail = t.char_indices().rev().nth(1).map_or(t, |(k, _)| sub(t, k..));
    let tail = crate::lexicon::simplify(tail);
    ["强调", "指出", "表示", "要求", "提出"].contains(&tail.as_ref())
}

/// How surely a headline line is a kicker (引题) introducing the main headline: 2 when it reports
/// who said it (`…时强调`), is a bracketed column tag (`【中央生态环保督察·边督边改】`) or ends in
/// `——`; 1 when it names a running column (`…督察进行时`) or is a pair of parallel slogans set
/// apart by a blank (`坚持问题导向 强化整改落实`), which a kicker over a plain main line often is; 0
/// otherwise.
fn kicker_rank(t: &str) -> u8 {
    let t = t.trim();
    if is_tag_line(t) || reports_a_saying(t) || t.ends_with("——") || t.ends_with(TAG_BARS) {
        return 2;
    }
    if names_a_column(t) {
        return 1;
    }
    // Slogans are parallel (对仗): phrases of one length. A blank OCR put inside a plain headline
    // (`督察组向我省交办 第十五批`) rarely splits it so evenly.
    let phrases: Vec<&str> = t.split_whitespace().collect();
    let lens: Vec<usize> = phrases.iter().map(|p| p.chars().count()).collect();
    let (lo, hi) = (lens.iter().min().copied().unwrap_or(0), lens.iter().max().copied().unwrap_or(0));
    // Long phrases keep the parallel with a word more or less (`坚持人民城市人民建 人民城市为人民`).
    let parallel = hi - lo <= 1 || lo >= LONG_SLOGAN && hi - lo <= 2;
    let slogans = phrases.len() >= 2 && lo >= 2 && parallel && phrases.iter().all(|p| p.chars().all(is_cjk));
    u8::from(slogans)
}

/// The fewest characters of a slogan phrase that may differ from its pair by two.
const LONG_SLOGAN: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn heads(page: &str) -> Vec<(Option<String>, Option<String>, Vec<String>)> {
        split(page)
            .into_iter()
            .map(|a| {
                let h = |r: Option<Range<usize>>| r.map(|r| page[r].split_whitespace().collect::<String>());
                (h(a.headline), h(a.subheadline), a.reporters)
            })
            .collect()
    }

    #[test]
    fn no_dateline_is_one_article() {
        let a = split("生态环境部通报了全国环保举报的办理情况。\n第二段，继续。");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].span, Span::new(0, "生态环境部通报了全国环保举报的办理情况。\n第二段，继续。".len()));
    }

    #[test]
    fn datelines_split_and_give_reporters() {
        let page = "本报讯（记者 张三 通讯员 李四）河东区昨日召开会议，部署工作。\n\n本报记者 王五 报道 市里的第二件事情，说完了。\n新华社北京3月2日电（记者 赵六）国务院发布通知，要求落实。";
        let h = heads(page);
        assert_eq!(h.len(), 3);
        assert_eq!(h[0].2, ["张三", "李四"]);
        assert_eq!(h[1].2, ["王五"]);
        assert_eq!(h[2].2, ["赵六"]);
    }

    #[test]
    fn other_papers_and_wires_open_articles() {
        let page = concat!(
            "西宁晚报讯（记者 王明）12月1日，城西区召开会议，部署冬季工作。\n\n",
            "光明日报北京12月1日电（记者 李华）教育部日前印发通知，要求各地落实。\n\n",
            "央视网消息（记者 张三）：生态环境部今天召开新闻发布会，通报有关情况。\n\n",
            "本报讯 记者 钱多 报道 市生态环境局近日开展了专项检查行动。\n\n",
            "县融媒体中心讯 12月2日，县委召开常委会会议，研究有关事项。\n\n",
            "本报北京12月9日电 记者张文、李武报道：国务院新闻办公室今天举行发布会。",
        );
        let h = heads(page);
        let reporters: Vec<_> = h.iter().map(|a| a.2.clone()).collect();
        assert_eq!(reporters, [vec!["王明"], vec!["李华"], vec!["张三"], vec!["钱多"], vec![], vec!["张文", "李武"]]);
    }

    #[test]
    fn words_that_only_look_like_wires_stay_text() {
        let page =
            "国家电网供电公司12月1日电话回访了用户，用户满意。\n市电视台通讯员王某某表示，节目已播出。\n本报讯（记者 张三）会议召开。";
        assert_eq!(heads(page).len(), 1);
    }

    #[test]
    fn a_byline_on_its_own_line_opens_the_article_below_it() {
        let page = concat!(
            "全市空气质量持续改善\n本报记者 赵敏\n今年以来，全市空气质量优良天数同比增加，群众满意度提升。\n\n",
            "督察组进驻我县\n■本报记者 钱多 通讯员 孙浩\n12月1日，督察组进驻我县，开展为期一个月的督察。\n",
            "督察期间，督察组设立了专门值班电话。\n记者 李四\n",
        );
        let h = heads(page);
        assert_eq!(h.len(), 2, "{h:?}");
        assert_eq!(h[0].0.as_deref(), Some("全市空气质量持续改善"));
        assert_eq!(h[0].2, ["赵敏"]);
        assert_eq!(h[1].0.as_deref(), Some("督察组进驻我县"));
        // the closing credit line adds its reporter to the article it ends
        assert_eq!(h[1].2, ["钱多", "孙浩", "李四"]);
    }

    #[test]
    fn headlines_of_two_phrases_or_exclaiming() {
        for head in ["小切口，撬动大民生", "我市经济总量突破五千亿元！", "老旧小区改造，如何改到群众心坎上？"]
        {
            let page = format!("{head}\n本报讯（记者 芮丹）3月13日，临川区召开大会，部署全年工作。\n");
            assert_eq!(heads(&page)[0].0.as_deref(), Some(head), "{head}");
        }
        // a body line broken by the column is none
        for line in ["他强调，要坚持", "会议要求，各地", "督察组指出，要"] {
            assert!(!headline_like(line, false), "{line}");
        }
    }

    #[test]
    fn headlines_listing_places_but_not_body_lists() {
        for head in ["城东、城西两区联动整治河道", "大通、湟中、湟源三县开展联合执法"] {
            assert!(headline_like(head, false), "{head}");
        }
        for line in ["市委副书记、市长王海峰出席", "张三、李四等参加", "来电10件、来信2件", "大气、水、噪声、土壤"]
        {
            assert!(!headline_like(line, false), "{line}");
        }
    }

    #[test]
    fn the_author_of_a_web_source_line_is_a_reporter() {
        let page = concat!(
            "督察组交办第五批信访件\n来源：海东日报  作者：李明远 王芳  发布时间：2024-06-01 09:12\n",
            "6月1日，督察组向平安区交办第五批信访件12件，其中来电8件、来信4件。\n",
        );
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].0.as_deref(), Some("督察组交办第五批信访件"));
        assert_eq!(h[0].2, ["李明远", "王芳"]);
        // an office in the author field is no reporter, nor is 作者 in a sentence
        assert!(heads("督察组交办第五批信访件\n作者：市生态环境局 来源：本站\n6月1日，督察组向平安区交办信访件。\n")[0].2.is_empty());
        assert!(heads("6月1日，督察组向平安区交办信访件。作者：李明远认为这是好事，群众普遍欢迎并积极参与了监督工作，效果良好。\n")[0]
            .2
            .is_empty());
    }

    #[test]
    fn a_headline_right_on_top_of_a_dateline_heads_it_without_shared_words() {
        let page = concat!(
            "本报讯（记者 周丽）截至11月29日，第二批群众信访举报件已全部转办。\n责任编辑：刘洋\n\n",
            "聚焦高质量发展\n本报讯（记者 郑凯）近日，市委书记深入高新区调研。他强调，要坚持创新驱动。\n",
        );
        let h = heads(page);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].0, None);
        assert_eq!(h[1].0.as_deref(), Some("聚焦高质量发展"));
    }

    #[test]
    fn broadcast_datelines_split_too() {
        let page = "本台讯（记者 甲乙）河东区召开会议，部署工作。\n\n本臺訊（記者 丙丁）市政府研究部署清理整治工作。";
        let h = heads(page);
        assert_eq!(h.len(), 2);
        assert_eq!(h[1].2, ["丙丁"]);
    }

    #[test]
    fn headline_after_the_body_goes_to_the_matching_article() {
        let page = "本报讯（记者 甲乙）河东区清运了互助路小区堆积的建筑垃圾，\n居民纷纷表示满意。\n\n本报讯（记者 丙丁）市政府召开常务会议，\n研究部署水电站清理整治工作。\n\n堆积垃圾清运干净\n暖了居民心\n\n水电站清理整治工作会议召开\n";
        let h = heads(page);
        assert_eq!(h[0].0.as_deref(), Some("堆积垃圾清运干净暖了居民心"));
        assert_eq!(h[1].0.as_deref(), Some("水电站清理整治工作会议召开"));
    }

    #[test]
    fn headline_glued_to_the_end_of_a_body_without_a_blank_line() {
        let page = "本报讯（记者 李华）12月9日，西宁市召开督察整改推进会。市长\n石建平出席并讲话。\n西宁推进督察整改工作\n本报讯（记者 赵静）12月8日，城东区开展现场核查。区委书记马林\n一行深入现场督办。\n城东区现场核查信访件\n";
        let h: Vec<Option<String>> = heads(page).into_iter().map(|x| x.0).collect();
        assert_eq!(h, vec![Some("西宁推进督察整改工作".to_string()), Some("城东区现场核查信访件".to_string())]);
        // a last body line that continues a sentence is no headline
        let page = "本报讯（记者 李华）12月9日，西宁市召开督察整改推进会，市长\n石建平出席并讲话\n";
        assert_eq!(heads(page)[0].0, None);
    }

    #[test]
    fn headline_glued_after_a_credit_or_an_aside_without_a_blank_line() {
        // the body ends in a credit or note bracketed over lines; an advertisement may follow the headline
        let page = "本报讯（记者 李华）12月9日，西宁市召开督察整改推进会。整改结果将向社会公布。（城东区人民
政府办公室供稿）
西宁推进督察整改工作
本报讯（记者 赵静）12月8日，城东区开展现场核查。（附：一览
表（第十七批））
城东区现场核查信访件
星河体育—高清直播免费看 点击进入
本报讯（记者 王芳）12月7日，城西区召开会议。（来源：城西区
人民政府门户网站 2023-12-07
08:29）
城西区召开整改会议
";
        let h: Vec<Option<String>> = heads(page).into_iter().map(|x| x.0).collect();
        let want = ["西宁推进督察整改工作", "城东区现场核查信访件", "城西区召开整改会议"];
        assert_eq!(h, want.map(|w| Some(w.to_string())).to_vec());
    }

    #[test]
    fn web_page_with_breadcrumb_and_a_tab_separated_table() {
        let page = "当前位置：首页 > 工作动态 > 督察整改\n发布时间：2023-09-05 10:32  来源：市生态环境局\n\
关于督察组交办第九批信访件的办理情况\n序号\t区县\t交办件数\n1\t江北区\t4\n9月4日，督察组向我市交办第九批信访件12件，现将办理情况公布如下。\n";
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].0.as_deref(), Some("关于督察组交办第九批信访件的办理情况"));
        assert_eq!(h[0].1, None);
    }

    #[test]
    fn a_body_sentence_using_a_chrome_word_is_still_the_body() {
        // 相关 and 发布 mark page furniture on a short line, not in a sentence of the body.
        let page = "首页 > 新闻中心\n贺兰县收到第九批交办件\n来源：县融媒体中心\n5月19日，我县收到交办件12件。目前已转交相关单位办理。\n";
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].0.as_deref(), Some("贺兰县收到第九批交办件"));
    }

    #[test]
    fn a_headline_wrapped_before_its_preposition_is_one_headline() {
        let page =
            "中央第五生态环境保护督察组\n向广西壮族自治区转办第十二批信访件\n2021年4月28日，督察组向自治区转办第十二批信访件176件。\n";
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(
            h[0].0.as_deref().map(|t| t.replace('\n', "")).as_deref(),
            Some("中央第五生态环境保护督察组向广西壮族自治区转办第十二批信访件")
        );
        assert_eq!(h[0].1, None);
    }

    #[test]
    fn a_body_sentence_wrapped_onto_a_short_line_is_no_deck() {
        for page in [
            "督察整改取得阶段性成效\n\n截至12月8日24时\n，督察组累计交办我市信访件1024件，已办结812件。\n",
            "督察整改取得阶段性成效\n\n截至12月8日，中央第五生态环境保护督察\n组累计交办我市信访件1024件，已办结812件。\n",
        ] {
            let h = heads(page);
            assert_eq!(h.len(), 1);
            assert_eq!((h[0].0.as_deref(), h[0].1.as_deref()), (Some("督察整改取得阶段性成效"), None), "{page:?}");
        }
    }

    #[test]
    fn a_kicker_reporting_a_saying_in_traditional_script() {
        assert_eq!(kicker_rank("石建平現場督導整改工作時強調"), 2);
        assert_eq!(kicker_rank("石建平现场督导整改工作时强调"), 2);
        assert_eq!(kicker_rank("督察組向我省交辦第十五批"), 0);
    }

    #[test]
    fn a_page_in_a_narrow_column_without_a_dateline() {
        // every line is short: the body starts at the paragraph's first full line, and the
        // headline wrapped over two lines is read whole
        let page = "要闻\n督察组向湖南省转办信访\n举报件共86件\n\n5月20日，湖南省接\n收了中央第六生态环境\n保护督察组移交的举报\n件86件，其中来电60\n件，来信26件。\n";
        assert_eq!(heads(page), vec![(Some("督察组向湖南省转办信访举报件共86件".to_string()), None, vec![])]);
        let page = "要闻\n督察组向湖南省转办信访举报件\n100件\n\n5月20日，湖南省接\n收了督察组移交的举报\n件，其中来电60件，来\n信40件。\n";
        assert_eq!(heads(page)[0].0.as_deref(), Some("督察组向湖南省转办信访举报件100件"));
    }

    #[test]
    fn a_line_under_a_page_head_headline_is_no_wrap_of_it_when_it_names_the_author() {
        for (page, headline) in [
            ("美国东亚关系的微妙变化\n庞中英\n美国与东亚各国的关系正在发生变化，值得关注。\n", "美国东亚关系的微妙变化"),
            (
                "盼神奇旅游显神威——访泰国旅游机构总裁\n本报驻泰国记者成元生\n泰国旅游业近年来发展迅速，吸引了大批游客。\n",
                "盼神奇旅游显神威——访泰国旅游机构总裁",
            ),
        ] {
            assert_eq!(heads(page)[0].0.as_deref(), Some(headline), "{page:?}");
        }
    }

    #[test]
    fn a_dated_opening_wrapped_mid_name_is_no_headline() {
        let page = "11月28日上午，市委副书记、市长石建\n平带队督导整改工作。市委常委、副市长李\n小牛参加。\n";
        assert_eq!(heads(page)[0].0, None);
    }

    #[test]
    fn an_opening_line_the_column_broke_in_a_number_is_no_headline() {
        assert_eq!(heads("督察组向我市交办第十七批信访件２\n４件，其中城东区12件。\n")[0].0, None);
        assert_eq!(heads("督察组向我市交办第十\n七批信访件24件，其中城东区12件。\n")[0].0, None);
        // a headline broken in its number is still the headline
        let page = "第二十一批1\n11件信访件转办我省\n\n本报讯（记者 江屿）督察组将第二十一批111件信访件转至我省。\n";
        assert_eq!(heads(page)[0].0.as_deref(), Some("第二十一批111件信访件转办我省"));
    }

    #[test]
    fn headline_with_its_subject_before_a_colon() {
        let page = "本报讯（记者 马丽）6月19日，乐都区召开推进会。\n\n平安区：立行立改解民忧\n本报讯（通讯员 李娜）连日来，平安区组织执法人员夜间巡查噪声扰民问题。\n";
        let h: Vec<Option<String>> = heads(page).into_iter().map(|x| x.0).collect();
        assert_eq!(h, vec![None, Some("平安区：立行立改解民忧".to_string())]);
        assert!(!headline_like("会议要求：", false));
        assert!(!headline_like("发布日期：2019-12-13", true));
    }

    #[test]
    fn a_name_spaced_out_by_ocr_is_one_reporter() {
        assert_eq!(byline_names("记者 晴 空"), ["晴空"]);
        assert_eq!(byline_names("记者 王一  李二 通讯员 张  三"), ["王一", "李二", "张三"]);
        assert_eq!(byline_names("文/图 记者 何平"), ["何平"]);
        assert_eq!(byline_names("记者 王 小雨"), ["王小雨"]);
        assert_eq!(byline_names("记者 王小 雨"), ["王小雨"]);
        assert_eq!(byline_names("记者 李明 王 芳"), ["李明", "王芳"]);
        assert_eq!(byline_names("记者 骆 驰 通讯员 钟 毓"), ["骆驰", "钟毓"]);
        assert_eq!(byline_names("记者 骆 驰 通讯员 郜 小雨"), ["骆驰", "郜小雨"]);
    }

    #[test]
    fn the_medium_of_a_byline_is_no_reporter() {
        assert_eq!(byline_names("云南日报记者 李继洪"), ["李继洪"]);
        assert_eq!(byline_names("通讯员 张敏 记者 赵静"), ["张敏", "赵静"]);
        assert_eq!(byline_names("总台记者 王小龙 许文婷"), ["王小龙", "许文婷"]);
    }

    #[test]
    fn kicker_becomes_the_subheadline() {
        let page = "本报讯（记者 甲乙）市长张三前往水电站，现场督导清理整改工作，\n要求立行立改、彻底整改。\n\n张三督导水电站清理整改工作时强调\n\n立行立改 彻底整改\n";
        let h = heads(page);
        assert_eq!(h[0].0.as_deref(), Some("立行立改彻底整改"));
        assert_eq!(h[0].1.as_deref(), Some("张三督导水电站清理整改工作时强调"));
    }

    #[test]
    fn kicker_main_line_and_deck_in_one_block() {
        let page = "坚持问题导向 强化整改落实\n我市召开督察整改推进会\n——确保交办件件件有着落\n\n本报讯（记者 甲乙）12月9日，我市召开督察整改推进会。\n";
        let h = heads(page);
        assert_eq!(h[0].0.as_deref(), Some("我市召开督察整改推进会"));
        assert_eq!(h[0].1.as_deref(), Some("坚持问题导向强化整改落实"));
        // without a kicker the deck is the subheadline
        let h = heads("我市召开督察整改推进会\n——确保交办件件件有着落\n\n本报讯（记者 甲乙）12月9日，我市召开督察整改推进会。\n");
        assert_eq!(h[0].0.as_deref(), Some("我市召开督察整改推进会"));
        assert_eq!(h[0].1.as_deref(), Some("——确保交办件件件有着落"));
    }

    #[test]
    fn a_running_column_over_the_main_line_is_its_kicker() {
        let page =
            "中央生态环境保护督察进行时\n我市推进第二十三批交办件办理\n本报讯（记者 甲乙）5月21日，督察组转交我市第二十三批举报件38件。\n";
        let h = heads(page);
        assert_eq!(h[0].0.as_deref(), Some("我市推进第二十三批交办件办理"));
        assert_eq!(h[0].1.as_deref(), Some("中央生态环境保护督察进行时"));
        assert_eq!(kicker_rank("邊督邊改在行動"), 1);
        assert_eq!(kicker_rank("省生态环境保护督察“回头看”"), 1);
        assert_eq!(kicker_rank("开展环保督察回头看"), 0);
        assert_eq!(kicker_rank("聚焦中央生态环境保护督察"), 1);
        let h = heads("聚焦中央生态环境保护督察\n我市全力推进信访件办理\n——第十七批信访件已办结80%\n本报讯（记者 甲乙）12月5日，第十七批信访件已办结。\n");
        assert_eq!(h[0].0.as_deref(), Some("我市全力推进信访件办理"));
        assert_eq!(h[0].1.as_deref(), Some("聚焦中央生态环境保护督察"));
        assert_eq!(kicker_rank("我市推进第二十三批交办件办理"), 0);
    }

    #[test]
    fn web_head_lines_are_read_one_by_one_and_chrome_is_skipped() {
        let page = "其他\n督察组向湖北省转办环境问题信访件100件\n来源：某某日报　发布日期：2018-11-28\n11月27日，湖北省接收了中央督察组转办的信访件100件，已全部交办。\n扫一扫在手机打开当前页\n";
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].0.as_deref(), Some("督察组向湖北省转办环境问题信访件100件"));
    }

    #[test]
    fn the_rest_of_a_head_block_stays_body() {
        let page = "督察组向某市转办信访件7件\n来源：某日报\n4月17日，某市接到信访件7件，其中来电举报4件。\n";
        let a = split(page);
        let body: String = a[0].body.iter().map(|r| &page[r.clone()]).collect();
        assert!(body.contains("来源：某日报") && body.contains("4月17日"), "{body}");
        assert!(!body.contains("督察组向某市"));
    }

    #[test]
    fn end_byline_adds_reporters_without_a_new_article() {
        let page = "11月23日，督察组向青海省交办了信访举报件，共32件。\n\n（总台记者 王小龙 许文婷）\n";
        let h = heads(page);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].2, ["王小龙", "许文婷"]);
    }

    #[test]
    fn headline_blocks_stay_out_of_bodies() {
        let page = "本报讯（记者 甲乙）督察组交办了第二批典型案例，\n全市立即整改。\n\n第二批典型案例整改部署\n";
        let a = split(page);
        let head = a[0].headline.clone().unwrap();
        assert!(a[0].body.iter().all(|r| r.end <= head.start || r.start >= head.end));
    }

    #[test]
    fn a_bracket_broken_twice_closes_two_lines_down() {
        let page = "本报讯（通讯员 王\n磊 记者 张\n华）6月19日，市委书记调研。";
        let ls = lines(page);
        assert_eq!(with_bracket_closed_over(ls[0].text, &ls[1..]), "本报讯（通讯员 王磊 记者 张华）");
        // the middle line must be short and close nothing of its own
        let page = "本报讯（记者\n张华）6月19日\n）";
        let ls = lines(page);
        assert_eq!(with_bracket_closed_over(ls[0].text, &ls[1..]), "本报讯（记者 张华）");
        let arts = split("本报讯（通讯员 王\n磊 记者 张\n华）6月19日，市委书记调研。");
        assert_eq!(arts[0].reporters, vec!["王磊".to_string(), "张华".to_string()]);
    }

    #[test]
    fn a_bracket_left_open_closes_on_the_next_line() {
        assert_eq!(with_bracket_closed("本报讯（记者 晴", Some("空 通讯员 韩雪）12月9日，")), "本报讯（记者 晴空 通讯员 韩雪）");
        assert_eq!(with_bracket_closed("本报讯（见习记者 刘洋 实习生", Some("周可）近日")), "本报讯（见习记者 刘洋 实习生 周可）");
        // a bracket that does not close soon is left alone
        assert_eq!(with_bracket_closed("本报讯（记者", Some("一二三四五六七八九十一二三四五六七八九十一二三四五）")), "本报讯（记者");
        assert_eq!(with_bracket_closed("本报讯（记者 甲乙）", Some("丙）")), "本报讯（记者 甲乙）");
        assert_eq!(with_bracket_closed("（", Some("）")), "（）");
    }

    #[test]
    fn kickers_are_ranked() {
        assert_eq!(kicker_rank("张三督导水电站清理整改工作时强调"), 2);
        assert_eq!(kicker_rank("【督察整改进行时】"), 2);
        assert_eq!(kicker_rank("坚持问题导向 强化整改落实"), 1);
        assert_eq!(kicker_rank("督察组向我省交办 第十五批"), 0);
        assert_eq!(kicker_rank("我市召开督察整改推进会"), 0);
        assert_eq!(leading_tag("【督察整改进行时】城北区关停违规砂场"), Some("【督察整改进行时】".len()));
        assert_eq!(leading_tag("【督察整改进行时】"), None);
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in ["", "\n\n\n", "（", "本报讯（", "本报讯（记者", "?\n?\r\n本報訊（記者 秦嵐）", "\u{0}\u{1}"] {
            let a = split(s);
            assert!(!a.is_empty());
            for art in a {
                assert!(art.span.end <= s.len());
            }
        }
    }
}
