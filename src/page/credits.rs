//! Stories closed by their credit line instead of opened by a dateline.
//!
//! Pages of briefs, and OCR of pages whose datelines were dropped, set story after story with no
//! `本报讯` at the top: the body, then the reporters in brackets at its end (`（记者 王芳）`, `（记者
//! 王芳 通讯员 李明）`), then the next story's headline and body. The credit ends a story beyond doubt,
//! so the first body line after it (past blank lines and at most [`MAX_HEAD_LINES`] headline lines)
//! opens the next article, as a dateline would. The headline lines between stay free for
//! [`super::attribute`]: OCR prints a story's headline after its body as often as above the next
//! body, and what the headline names decides which story it heads.
//!
//! A story closed by a credit under a dateline article (`本报讯（记者 马丽）…` / `城北区整治餐饮油烟扰民`
//! / `城北区组织…` / `（记者 周航）`) opens at its headline when the credit names other reporters than the
//! dateline, and the headline names what its lead tells (a section heading inside the dateline
//! article names the whole article). A page without any credit or dateline stays one article,
//! whatever short lines its body holds.

use super::{
    after_label, ends_sentence, first_body_line, head_line, headline_like, is_photo_credit, lead, names_what_follows, Kind, Line, CHROME,
};

/// At most this many headline lines (kicker, main line, deck) between a credit and the body
/// below it.
const MAX_HEAD_LINES: usize = 3;

/// The fewest characters of a body line that opens a story and does not end its sentence.
const MIN_OPENING: usize = 16;

/// Turns the first body line of every story a credit closes above into an article start.
pub(super) fn settle_closing_credits(lines: &[Line<'_>], kinds: &mut [Kind]) {
    let closing: Vec<(usize, Vec<String>)> = (0..lines.len()).filter_map(|i| closing_credit(lines, kinds, i).map(|r| (i, r))).collect();
    let Some(&(first_credit, _)) = closing.first() else { return };
    let mut opened: Vec<usize> = closing.iter().filter_map(|&(c, _)| next_story_body(lines, kinds, c)).collect();
    if opened.is_empty() {
        return;
    }
    // The first story is an article from its first body line, not the page head's.
    if !kinds.iter().take(first_credit).any(|k| matches!(k, Kind::Dateline { .. })) {
        let body = first_body_line(lines, kinds);
        if body < first_credit && matches!(kinds.get(body), Some(Kind::Text)) {
            opened.push(body);
        }
    }
    for &b in &opened {
        open(lines, kinds, b);
    }
    let under_datelines: Vec<usize> = closing.iter().filter_map(|(c, r)| story_under_dateline(lines, kinds, *c, r)).collect();
    for b in under_datelines {
        open(lines, kinds, b);
    }
}

fn open(lines: &[Line<'_>], kinds: &mut [Kind], i: usize) {
    let at = lines.get(i).map_or(0, |l| l.start + lead(l.text));
    if let Some(k) = kinds.get_mut(i).filter(|k| matches!(k, Kind::Text)) {
        *k = Kind::Dateline { at, reporters: Vec::new() };
    }
}

/// The reporters of a credit closing a story at line `i`: a byline alone on its line under a
/// finished sentence (blank lines may part them), or one ending the sentence on its line
/// (`…整改到位。（记者 王芳）`). A photo credit sits under a picture inside its story and closes none.
fn closing_credit(lines: &[Line<'_>], kinds: &[Kind], i: usize) -> Option<Vec<String>> {
    let line = lines.get(i)?;
    let credit = match kinds.get(i)? {
        Kind::Byline(r) if !r.is_empty() => {
            let above = (0..i).rev().find(|&p| !matches!(kinds.get(p), Some(Kind::Blank)))?;
            let finished = matches!(kinds.get(above), Some(Kind::Text | Kind::Dateline { .. }))
                && lines.get(above).is_some_and(|l| ends_sentence(l.text));
            finished.then(|| r.clone())
        }
        Kind::Text | Kind::Dateline { .. } => (!line.closing.is_empty()).then(|| line.closing.clone()),
        _ => None,
    };
    // Looked at last: most lines close nothing.
    credit.filter(|_| !is_photo_credit(line.text))
}

/// The first body line of the story after the credit at line `c`, unless a dateline opens it
/// already or no body line follows.
fn next_story_body(lines: &[Line<'_>], kinds: &[Kind], c: usize) -> Option<usize> {
    let mut heads = 0;
    for j in c + 1..lines.len() {
        match kinds.get(j)? {
            // a second credit closes the same story (`（记者 王芳）` / `（通讯员 李明）`)
            Kind::Blank | Kind::Byline(_) => {}
            Kind::Text if head_line(lines, kinds, j, false) && heads < MAX_HEAD_LINES => heads += 1,
            Kind::Text => return opens_story(lines, j).then_some(j),
            _ => return None,
        }
    }
    None
}

/// Whether line `j` reads as the opening of a story's body: no headline, no page furniture
/// (`责任编辑：刘洋`), and a sentence ended or a full column wide.
fn opens_story(lines: &[Line<'_>], j: usize) -> bool {
    let Some(t) = lines.get(j).map(|l| l.text.trim()) else { return false };
    !headline_like(t, false)
        && (ends_sentence(t) || t.chars().count() >= MIN_OPENING)
        && (!CHROME.is_match(t) || t.contains(['。', '！', '？']))
}

/// The first body line of a story the credit at line `c` closes inside a dateline article naming
/// other reporters: the line right under a headline that follows a finished sentence and names
/// what the lead below it tells.
fn story_under_dateline(lines: &[Line<'_>], kinds: &[Kind], c: usize, credited: &[String]) -> Option<usize> {
    let start = (0..=c).rev().find(|&i| matches!(kinds.get(i), Some(Kind::Dateline { .. })))?;
    let Some(Kind::Dateline { reporters, .. }) = kinds.get(start) else { return None };
    if reporters.is_empty() || credited.iter().any(|r| reporters.contains(r)) {
        return None;
    }
    (start + 1..c).find_map(|h| {
        let body = h + 1;
        let above = (start..h).rev().find(|&p| !matches!(kinds.get(p), Some(Kind::Blank)))?;
        let finished = match kinds.get(above) {
            Some(Kind::Byline(_)) => true,
            Some(Kind::Text | Kind::Dateline { .. }) => lines.get(above).is_some_and(|l| ends_sentence(l.text)),
            _ => false,
        };
        let heads = head_line(lines, kinds, h, false) && !after_label(lines, h) && matches!(kinds.get(body), Some(Kind::Text));
        (finished && heads && body < c && opens_story(lines, body) && names_what_follows(lines, kinds, h, body, false)).then_some(body)
    })
}

/// Whether the headline block `b` hangs under a credit closing a story (`（记者 王芳）` /
/// `小切口撬动大民生`) with a blank line or the page's end below it: the headline of the story above.
pub(super) fn hangs_under_credit(lines: &[Line<'_>], kinds: &[Kind], b: super::Block) -> bool {
    let apart_below = matches!(kinds.get(b.last + 1), None | Some(Kind::Blank));
    apart_below && b.first.checked_sub(1).is_some_and(|c| closing_credit(lines, kinds, c).is_some())
}
