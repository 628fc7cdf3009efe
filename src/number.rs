//! Chinese, Arabic and full-width numerals.
//!
//! The extractors see the cleaned text (full-width digits already folded to ASCII, see
//! [`crate::text`]), but values are parsed here for every form a bulletin writes: `24`, `1,234`,
//! `十七`, `二十四`, `一百零三`, `两`, `二〇二三` (digit by digit), `廿`/`卅`, financial `壹贰叁`,
//! mixed `1.5万`, `100万三千`, and the approximate markers `余`/`多`. Arithmetic is checked: absurd
//! numerals are rejected rather than overflowing.
//!
//! Integers are summed in `u64` with checked operations; decimals (`1.5万`, `一七二零点一`) are
//! scaled as decimal strings and only converted to `f64` at the end, so `10.1万` is exactly 101000.
//!
//! ```
//! use tongbao::number::{parse_int, parse_value};
//!
//! assert_eq!(parse_int("二十四"), Some(24));
//! assert_eq!(parse_int("二〇二三"), Some(2023));
//! assert_eq!(parse_value("1.5万"), Some(15000.0));
//! assert_eq!(parse_int("九千九百亿亿亿亿亿"), None);
//! ```

/// A numeral read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// The value (fractions kept for `1.5万`, `45.2`).
    pub value: f64,
    /// The value when it is a whole number that fits in `u64`.
    pub int: Option<u64>,
    /// Followed by `余` or `多` (`3万余`, `20多`).
    pub approx: bool,
    /// Bytes of the text the numeral took, approximate marker included.
    pub len: usize,
}

/// A regex fragment matching one numeral (ASCII digits with separators and decimals, or Chinese
/// numeral characters), for embedding in the extractors' patterns. Matches the cleaned text.
pub(crate) const NUMERAL: &str = r"(?:[0-9][0-9,]*(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟]+)";

/// The number of a count right before its unit (`件`): digits an OCR'd line split with single
/// spaces (`1 2件`), else a `NUMERAL`. The text layer keeps a space between digits of one line,
/// since table columns are written so (`城东区 2 1`); right before a count unit they are one
/// number, and the spaced form comes first, or `NUMERAL` would take the last digits alone. Read
/// it with [`parse_count`].
pub(crate) const COUNT_NUMERAL: &str =
    r"(?:[0-9]+(?: [0-9]+)+|[0-9][0-9,]*(?:\.[0-9]+)?|[〇零一二三四五六七八九十百千万亿两廿卅壹贰叁肆伍陆柒捌玖拾佰仟]+)";

/// The digits at the start of `s` when an OCR'd line split them with single spaces (`1 2`, see
/// [`COUNT_NUMERAL`]); `None` when no space splits them. The caller decides from what follows
/// (a count unit) whether they are one number.
pub(crate) fn leading_spaced(s: &str) -> Option<Numeral> {
    let b = s.as_bytes();
    let mut len = 0;
    let mut groups = 0;
    loop {
        let run = b.get(len..)?.iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            return None;
        }
        len += run;
        groups += 1;
        if b.get(len) == Some(&b' ') && b.get(len + 1).is_some_and(u8::is_ascii_digit) {
            len += 1;
        } else {
            break;
        }
    }
    if groups < 2 {
        return None;
    }
    let int = parse_count(s.get(..len)?)?;
    Some(Numeral { value: int as f64, int: Some(int), approx: false, len })
}

/// The words that make the number after them approximate (`近30件`, `约20件`, `逾百件`).
const APPROX_BEFORE: [&str; 5] = ["近", "约", "逾", "超过", "大约"];

/// The bytes of the approximate marker `s` opens with (`近` of `近30件`), or 0. The number after it
/// is read as written: tongbao reports counts, and an approximate one is the figure the text gives.
pub(crate) fn approx_lead(s: &str) -> usize {
    APPROX_BEFORE.iter().find(|w| s.starts_with(*w)).map_or(0, |w| w.len())
}

/// The value of a count matched by [`COUNT_NUMERAL`].
pub(crate) fn parse_count(s: &str) -> Option<u64> {
    if s.contains(' ') {
        parse_int(&s.replace(' ', ""))
    } else {
        parse_int(s)
    }
}

/// The value of one digit character (Chinese, financial, traditional, ASCII or full-width).
pub(crate) fn digit(c: char) -> Option<u64> {
    Some(match c {
        // ○ (a white circle) is how OCR and many typists write 〇.
        '〇' | '○' | '零' | '0' | '０' => 0,
        '一' | '壹' | '1' | '１' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '2' | '２' => 2,
        '三' | '叁' | '參' | '3' | '３' => 3,
        '四' | '肆' | '4' | '４' => 4,
        '五' | '伍' | '5' | '５' => 5,
        '六' | '陆' | '陸' | '6' | '６' => 6,
        '七' | '柒' | '7' | '７' => 7,
        '八' | '捌' | '8' | '８' => 8,
        '九' | '玖' | '9' | '９' => 9,
        _ => return None,
    })
}

fn small_unit(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

fn big_unit(c: char) -> Option<u64> {
    Some(match c {
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// Whether `c` can be part of a numeral as written: an ASCII or full-width digit, or a character
/// of a Chinese numeral.
pub(crate) fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || is_chinese_numeral_char(c)
}

/// Whether `c` can be part of a Chinese numeral (digit, unit, 廿/卅).
pub(crate) fn is_chinese_numeral_char(c: char) -> bool {
    !c.is_ascii_digit() && (digit(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some() || c == '廿' || c == '卅')
}

/// One piece of an integer numeral.
#[derive(Clone, Copy, PartialEq)]
enum Tok {
    /// A Chinese digit (`single`) or a run of ASCII digits (taken literally: `1万600`).
    Num {
        value: u64,
        single: bool,
    },
    Zero,
    Small(u64),
    Big(u64),
    /// 廿 / 卅: a tens value that takes a following digit (`廿三`).
    Tens(u64),
}

fn tokens(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !(d.is_ascii_digit() || d == ',') {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let run: String = s.get(i..end)?.chars().filter(char::is_ascii_digit).collect();
            out.push(Tok::Num { value: run.parse().ok()?, single: false });
        } else if let Some(d) = digit(c) {
            out.push(if d == 0 { Tok::Zero } else { Tok::Num { value: d, single: true } });
        } else if let Some(u) = small_unit(c) {
            out.push(Tok::Small(u));
        } else if let Some(u) = big_unit(c) {
            out.push(Tok::Big(u));
        } else if c == '廿' || c == '卅' {
            out.push(Tok::Tens(if c == '廿' { 20 } else { 30 }));
        } else {
            return None;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Sums the tokens of a numeral with units (`一千零一万一千零一`, `三万五`, `200亿零四千230`).
fn sum_units(toks: &[Tok]) -> Option<u64> {
    let mut yi_part: u64 = 0; // everything already multiplied by 亿
    let mut wan_part: u64 = 0; // since the last 亿, multiplied by 万
    let mut section: u64 = 0; // below 万
    let mut pending: Option<u64> = None; // a number waiting for its unit
    let mut last_small = u64::MAX; // units must descend inside a section
                                   // The unit just before the pending digit, when nothing (no 零) came between: 三万五 = 35000.
    let mut unit_before: Option<u64> = None;
    let mut prev: Option<Tok> = None;
    for &t in toks {
        match t {
            Tok::Num { value, .. } => {
                if pending.is_some() {
                    return None; // 一二百: two numbers in a row inside a unit numeral
                }
                unit_before = match prev {
                    Some(Tok::Small(u)) | Some(Tok::Big(u)) => Some(u),
                    _ => None,
                };
                pending = Some(value);
            }
            Tok::Zero => {
                if pending.is_some() {
                    return None;
                }
            }
            Tok::Tens(v) => {
                if pending.is_some() || section != 0 {
                    return None;
                }
                section = v;
                last_small = 10;
            }
            Tok::Small(u) => {
                if u >= last_small {
                    return None; // 一百一千
                }
                section = section.checked_add(pending.take().unwrap_or(1).checked_mul(u)?)?;
                last_small = u;
            }
            Tok::Big(u) => {
                let block = section.checked_add(pending.take().unwrap_or(0))?;
                if u == 10_000 {
                    if block == 0 {
                        // 万万 (an old way of writing 亿), or a bare 万
                        wan_part = if wan_part == 0 { 10_000 } else { wan_part.checked_mul(10_000)? };
                    } else {
                        wan_part = wan_part.checked_add(block.checked_mul(10_000)?)?;
                    }
                } else {
                    let block = wan_part.checked_add(block)?;
                    if block == 0 {
                        // 亿亿 multiplies what came before; a bare 亿 is one 亿
                        yi_part = if yi_part == 0 { u } else { yi_part.checked_mul(u)? };
                    } else {
                        // 一千一百一十一万一千一百一十一亿: the whole block is counted in 亿
                        yi_part = yi_part.checked_add(block.checked_mul(u)?)?;
                    }
                    wan_part = 0;
                }
                section = 0;
                last_small = u64::MAX;
            }
        }
        prev = Some(t);
    }
    let mut tail = pending.unwrap_or(0);
    if let (Some(d), Some(u), Some(Tok::Num { single: true, .. })) = (pending, unit_before, prev) {
        // 一百二 = 120, 两千六 = 2600, 三万五 = 35000: a last digit right after a unit counts in
        // the next lower unit (only for a written-out digit; `1万600` stays literal).
        if u >= 100 {
            tail = d.checked_mul(if u == 100_000_000 { 10_000_000 } else { u / 10 })?;
        }
    }
    yi_part.checked_add(wan_part)?.checked_add(section)?.checked_add(tail)
}

/// Parses a whole integer numeral of Chinese characters, optionally mixed with ASCII digits
/// (`十七`, `一百零三`, `二〇二三`, `廿三`, `100万三千`). Digits without any unit are read digit by
/// digit (`二〇二三` = 2023). `None` when the string is not a numeral or overflows `u64`.
pub(crate) fn parse_chinese(s: &str) -> Option<u64> {
    // Most numerals of a bulletin are plain digits: no tokens to build for them.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let toks = tokens(s)?;
    let has_unit = toks.iter().any(|t| matches!(t, Tok::Small(_) | Tok::Big(_) | Tok::Tens(_)));
    if !has_unit {
        // 二〇二三, 一一: digit by digit
        return toks.iter().try_fold(0u64, |acc, t| match *t {
            Tok::Zero => acc.checked_mul(10),
            Tok::Num { value, single: true } => acc.checked_mul(10)?.checked_add(value),
            Tok::Num { value, single: false } if toks.len() == 1 => Some(value),
            _ => None,
        });
    }
    sum_units(&toks)
}

/// Parses a whole string of ASCII digits, optionally with thousands separators and a decimal part.
/// Separators must group by three (`1,234`, not `12,34`).
pub(crate) fn parse_arabic(s: &str) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let groups: Vec<&str> = int.split(',').collect();
    let grouped_ok = groups.len() == 1
        || groups.split_first().is_some_and(|(first, rest)| first.len() <= 3 && !first.is_empty() && rest.iter().all(|g| g.len() == 3));
    if !grouped_ok || !groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let plain: String = s.chars().filter(|&c| c != ',').collect();
    plain.parse().ok()
}

/// Parses a whole integer numeral in any form (`24`, `1,234`, `十七`, `二〇二三`).
pub fn parse_int(s: &str) -> Option<u64> {
    if s.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        let v = parse_arabic(s)?;
        return (v.fract() == 0.0 && v < 1.8e19).then_some(v as u64);
    }
    parse_chinese(s)
}

/// A decimal number kept as digits, so that scaling by 万/亿 is exact.
fn decimal(int: u64, frac: &str, shift: u32) -> Option<f64> {
    let mut digits = format!("{int}{frac}");
    let mut point = digits.len().checked_sub(frac.len())?;
    point = point.checked_add(shift as usize)?;
    while digits.len() < point {
        digits.push('0');
    }
    digits.insert(point, '.');
    digits.push('0');
    digits.parse().ok()
}

/// Digits after a decimal point, Chinese or ASCII, as ASCII (`三四` → `34`).
fn fraction_digits(s: &str) -> Option<String> {
    s.chars().map(|c| digit(c).and_then(|d| char::from_digit(d as u32, 10))).collect()
}

/// Parses a whole numeral string into its value: integers in any form, decimals (`一七二零点一`,
/// `一百点123`, `10.1万`), negatives (`负十一`, `-10.1`) and amounts of money written with
/// 元/圆, 角, 分 and 整/正 (`壹拾壹元壹角`). `None` when it is not a numeral.
pub fn parse_value(s: &str) -> Option<f64> {
    let (neg, s) = match s.strip_prefix('负').or_else(|| s.strip_prefix('-')) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let v = if s.contains(['元', '圆', '角', '分']) { parse_money(s)? } else { parse_unsigned(s)? };
    Some(if neg { -v } else { v })
}

fn parse_unsigned(s: &str) -> Option<f64> {
    let point = s.find(['点', '.']);
    let Some(p) = point else {
        return parse_int(s).map(|v| v as f64);
    };
    let int_part = s.get(..p)?;
    let rest = s.get(p..)?.chars().skip(1).collect::<String>();
    // 一点五万, 10.1万: a big unit after the fraction scales the whole number
    let (frac, shift) = match rest.chars().last().and_then(big_unit) {
        Some(u) => (rest.trim_end_matches(['万', '萬', '亿', '億']).to_string(), if u == 10_000 { 4 } else { 8 }),
        None => (rest, 0),
    };
    let int = parse_int(int_part)?;
    let frac = fraction_digits(&frac)?;
    if frac.is_empty() {
        return None;
    }
    decimal(int, &frac, shift)
}

/// `壹拾壹元壹角壹分`, `壹佰壹拾壹圆整`, `肆角叁分`.
fn parse_money(s: &str) -> Option<f64> {
    let s = s.trim_end_matches(['整', '正']);
    let (yuan, rest) = match s.find(['元', '圆']) {
        Some(i) => (parse_int(s.get(..i)?)?, s.get(i..)?.chars().skip(1).collect::<String>()),
        None => (0, s.to_string()),
    };
    let rest = rest.trim_start_matches(['零', '〇']);
    let (jiao, rest) = match rest.split_once('角') {
        Some((j, r)) => (parse_int(j)?, r.trim_start_matches(['零', '〇'])),
        None => (0, rest),
    };
    let fen = match rest.strip_suffix('分') {
        Some(f) => parse_int(f)?,
        None if rest.is_empty() => 0,
        None => return None,
    };
    if jiao > 9 || fen > 9 {
        return None;
    }
    decimal(yuan, &format!("{jiao}{fen}"), 0)
}

/// Reads the longest numeral at the start of `s`: digits (with separators and decimals) or
/// Chinese numerals, an optional 万/亿 multiplier after digits (`1.5万`, `3万余`), and an
/// optional `余`/`多` marker.
pub(crate) fn leading(s: &str) -> Option<Numeral> {
    let arabic = s.starts_with(|c: char| c.is_ascii_digit());
    let (mut value, mut len) = if arabic {
        let end = s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(s.len());
        let mut digits = s.get(..end)?.trim_end_matches([',', '.']);
        // 2,3件 or 1.2.3: fall back to the leading run of plain digits
        if parse_arabic(digits).is_none() {
            digits = digits.get(..digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len())).unwrap_or("");
        }
        (parse_arabic(digits)?, digits.len())
    } else {
        let end = s.char_indices().find(|&(_, c)| !is_chinese_numeral_char(c)).map_or(s.len(), |(i, _)| i);
        if end == 0 {
            return None;
        }
        // 十万余 / 一千多: the longest prefix that parses (a run like 三三两两 may not)
        let mut end = end;
        loop {
            if let Some(v) = parse_chinese(s.get(..end)?) {
                break (v as f64, end);
            }
            end = s.get(..end)?.char_indices().last()?.0;
            if end == 0 {
                return None;
            }
        }
    };
    let mut approx = false;
    if arabic {
        if let Some(u) = s.get(len..)?.chars().next().and_then(big_unit) {
            // 3万余 / 1.5万: exact scaling of the decimal digits
            let shift = if u == 10_000 { 4 } else { 8 };
            let written = s.get(..len)?.replace(',', "");
            let (i, f) = written.split_once('.').unwrap_or((&written, ""));
            value = decimal(i.parse().ok()?, f, shift)?;
            len += '万'.len_utf8();
        }
    }
    if let Some(c) = s.get(len..)?.chars().next() {
        if c == '余' || c == '多' {
            approx = true;
            len += c.len_utf8();
        }
    }
    let int = (value.fract() == 0.0 && (0.0..1.8e19).contains(&value)).then_some(value as u64);
    Some(Numeral { value, int, approx, len })
}

/// Reads an ordinal `第N` at the start of `s` (`第十七` → 17); `len` includes the `第`.
pub fn ordinal(s: &str) -> Option<Numeral> {
    let rest = s.strip_prefix('第')?;
    let n = leading(rest)?;
    if n.approx || n.int.is_none() {
        return None;
    }
    Some(Numeral { len: n.len + '第'.len_utf8(), ..n })
}

#[cfg(test)]
mod tests {
    #[test]
    fn count_numerals_take_digits_split_by_a_space_whole() {
        let re = regex::Regex::new(&format!("{}件", super::COUNT_NUMERAL)).unwrap();
        let read = |s: &str| re.find(s).and_then(|m| super::parse_count(m.as_str().trim_end_matches('件')));
        assert_eq!(read("已办结2 05件"), Some(205));
        assert_eq!(read("共1,024件"), Some(1024));
        assert_eq!(read("二十三件"), Some(23));
        // the NUMERAL alternative, after the spaced one, is NUMERAL itself
        assert!(super::COUNT_NUMERAL.ends_with(&super::NUMERAL[3..]));
    }

    use super::*;

    #[test]
    fn digits_split_by_single_spaces() {
        let n = |s: &str| leading_spaced(s).map(|n| (n.int, n.len));
        assert_eq!(n("1 2件"), Some((Some(12), 3)));
        assert_eq!(n("1 0 5件"), Some((Some(105), 5)));
        assert_eq!(n("12件"), None);
        assert_eq!(n("1  2件"), None);
        assert_eq!(n("件"), None);
    }

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("十七", 17),
            ("二十四", 24),
            ("一百零三", 103),
            ("二〇二三", 2023),
            ("两", 2),
            ("十", 10),
            ("一万五", 15000),
            ("三千五", 3500),
            ("廿三", 23),
            ("卅一", 31),
            ("壹佰贰拾", 120),
            ("一亿零五百万", 105_000_000),
            ("九千九百九十九", 9999),
            ("一万亿", 1_000_000_000_000),
            ("十万亿", 10_000_000_000_000),
            ("一千零一万一千零一", 10_011_001),
            ("一百二十万三", 1_203_000),
            ("200亿零四千230", 20_000_004_230),
            ("1百01", 101),
            ("1万600", 10600),
            ("一一", 11),
            ("兩千六", 2600),
        ] {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
    }

    #[test]
    fn absurd_numerals_are_rejected() {
        assert_eq!(parse_chinese("九千九百亿亿亿亿亿"), None);
        assert_eq!(parse_chinese("九九九九九九九九九九九九九九九九九九九九九"), None);
        assert_eq!(parse_chinese("一百一千"), None);
        assert_eq!(parse_chinese("批"), None);
        assert_eq!(parse_chinese(""), None);
        assert_eq!(parse_int("99999999999999999999999"), None);
        assert_eq!(parse_arabic("12,34"), None);
    }

    #[test]
    fn values() {
        for (s, v) in [
            ("一七二零点一三四", 1720.134),
            ("负十一", -11.0),
            ("零点零零一", 0.001),
            ("10.1万", 101000.0),
            ("16.4亿", 1_640_000_000.0),
            ("壹拾壹元壹角壹分", 11.11),
            ("壹佰壹拾壹圆整", 111.0),
            ("一百点123", 100.123),
            ("-10.1", -10.1),
            ("45.2", 45.2),
        ] {
            assert_eq!(parse_value(s), Some(v), "{s}");
        }
    }

    #[test]
    fn leading_numerals() {
        let n = leading("1.5万吨").unwrap();
        assert_eq!((n.value, n.len), (15000.0, "1.5万".len()));
        let n = leading("3万余件").unwrap();
        assert!(n.approx);
        assert_eq!(n.int, Some(30000));
        assert_eq!(leading("1,234件").unwrap().int, Some(1234));
        assert_eq!(leading("十七批").unwrap().int, Some(17));
        let n = leading("二十多人").unwrap();
        assert_eq!((n.int, n.approx, n.len), (Some(20), true, "二十多".len()));
        assert_eq!(leading("批"), None);
        assert_eq!(ordinal("第十七批").map(|n| (n.int, n.len)), Some((Some(17), "第十七".len())));
        assert_eq!(ordinal("第批"), None);
    }
}
