//! Chinese, Arabic and full-width numerals.
//!
//! The extractors see the cleaned text (full-width digits already folded to ASCII, see
//! [`crate::text`]), but values are parsed here for every form a bulletin writes: `24`, `1,234`,
//! `十七`, `二十四`, `一百零三`, `两`, `二〇二三` (digit by digit), `廿`/`卅`, financial `壹贰叁`,
//! mixed `1.5万`, and the approximate markers `余`/`多`. Arithmetic is checked: absurd numerals
//! are rejected rather than overflowing.

/// A numeral read from the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Numeral {
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

fn digit(c: char) -> Option<u64> {
    Some(match c {
        '〇' | '零' | '0' | '０' => 0,
        '一' | '壹' | '1' | '１' => 1,
        '二' | '两' | '贰' | '2' | '２' => 2,
        '三' | '叁' | '3' | '３' => 3,
        '四' | '肆' | '4' | '４' => 4,
        '五' | '伍' | '5' | '５' => 5,
        '六' | '陆' | '6' | '６' => 6,
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
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// Parses a whole string of Chinese numeral characters (`十七`, `一百零三`, `二〇二三`, `廿三`).
pub(crate) fn parse_chinese(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let has_unit = s.chars().any(|c| small_unit(c).is_some() || big_unit(c).is_some() || c == '廿' || c == '卅');
    if !has_unit {
        // 二〇二三: digit by digit
        return s.chars().try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?));
    }
    let mut total: u64 = 0; // completed groups above 万/亿
    let mut section: u64 = 0; // the current group below 万
    let mut pending: Option<u64> = None; // a digit waiting for its unit
    let mut last_big = u64::MAX;
    for c in s.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() && d != 0 {
                return None; // two digits in a row inside a unit numeral
            }
            pending = if d == 0 { None } else { Some(d) };
        } else if c == '廿' || c == '卅' {
            section = section.checked_add(if c == '廿' { 20 } else { 30 })?;
        } else if let Some(u) = small_unit(c) {
            section = section.checked_add(pending.take().unwrap_or(1).checked_mul(u)?)?;
        } else if let Some(u) = big_unit(c) {
            if u >= last_big && total > 0 {
                // 一万亿: the 亿 multiplies everything before it
                total = total.checked_add(section.checked_add(pending.take().unwrap_or(0))?)?.checked_mul(u)?;
                section = 0;
            } else {
                let group = section.checked_add(pending.take().unwrap_or(0))?;
                total = total.checked_add(group.max(u64::from(group == 0 && total == 0)).checked_mul(u)?)?;
                section = 0;
            }
            last_big = u;
        } else {
            return None;
        }
    }
    let mut tail = pending.unwrap_or(0);
    // 一万五 / 三千五: a trailing digit after a unit means the next lower unit
    if let (Some(d), Some(last)) = (pending, s.chars().rev().nth(1)) {
        if let Some(u) = small_unit(last).or_else(|| big_unit(last)) {
            if u >= 100 {
                tail = d.checked_mul(u / 10)?;
            }
        }
    }
    total.checked_add(section)?.checked_add(tail)
}

/// Parses a whole string of ASCII digits, optionally with thousands separators and a decimal part.
pub(crate) fn parse_arabic(s: &str) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let plain: String = s.chars().filter(|&c| c != ',').collect();
    if !plain.chars().all(|c| c.is_ascii_digit() || c == '.') || plain.matches('.').count() > 1 {
        return None;
    }
    plain.parse().ok()
}

/// Parses a whole integer numeral in any form (`24`, `1,234`, `十七`, `二〇二三`).
pub(crate) fn parse_int(s: &str) -> Option<u64> {
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        let v = parse_arabic(s)?;
        return (v.fract() == 0.0 && v < 1.8e19).then_some(v as u64);
    }
    parse_chinese(s)
}

/// Reads the longest numeral at the start of `s`: digits or Chinese numerals, an optional 万/亿
/// multiplier after digits (`1.5万`), and an optional `余`/`多` marker.
pub(crate) fn leading(s: &str) -> Option<Numeral> {
    let (mut value, mut len) = if s.starts_with(|c: char| c.is_ascii_digit()) {
        let end = s.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(s.len());
        let digits = s[..end].trim_end_matches([',', '.']);
        (parse_arabic(digits)?, digits.len())
    } else {
        let end = s
            .char_indices()
            .find(|&(_, c)| digit(c).is_none() && small_unit(c).is_none() && big_unit(c).is_none() && c != '廿' && c != '卅')
            .map_or(s.len(), |(i, _)| i);
        if end == 0 {
            return None;
        }
        (parse_chinese(&s[..end])? as f64, end)
    };
    let mut approx = false;
    let rest = &s[len..];
    if let Some(c) = rest.chars().next() {
        if s.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(u) = big_unit(c) {
                value *= u as f64;
                len += c.len_utf8();
            }
        }
    }
    if let Some(c) = s[len..].chars().next() {
        if c == '余' || c == '多' {
            approx = true;
            len += c.len_utf8();
        }
    }
    let int = (value.fract() == 0.0 && value >= 0.0 && value < 1.8e19).then_some(value as u64);
    Some(Numeral { value, int, approx, len })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        for (s, v) in [
            ("十七", 17), ("二十四", 24), ("一百零三", 103), ("二〇二三", 2023), ("两", 2), ("十", 10),
            ("一万五", 15000), ("三千五", 3500), ("廿三", 23), ("壹佰贰拾", 120), ("一亿零五百万", 105_000_000),
            ("九千九百九十九", 9999), ("一万亿", 1_000_000_000_000),
        ] {
            assert_eq!(parse_chinese(s), Some(v), "{s}");
        }
    }

    #[test]
    fn absurd_numerals_are_rejected() {
        assert_eq!(parse_chinese("九千九百亿亿亿亿亿"), None);
        assert_eq!(parse_chinese("批"), None);
        assert_eq!(parse_chinese(""), None);
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
        assert_eq!(leading("批"), None);
    }
}
