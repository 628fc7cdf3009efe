//! Property tests: any input gives a Document without panicking, with valid spans.

mod common;

use common::{check_spans, EXTRACTOR};
use proptest::prelude::*;
use tongbao::Input;

/// Characters biased to what bulletins are made of: CJK, digits in three forms, Chinese numerals,
/// the characters the extractors key on, titles, brackets, line breaks and full-width punctuation.
fn bulletin_char() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "第", "批", "件", "年", "月", "日", "至", "以来", "当天", "次日", "上午", "下午", "季度", "前三",
            "区", "县", "市", "省", "城东区", "大通县", "各", "分别为", "来电", "来信", "交办", "累计",
            "污染", "大气", "噪声", "水", "占", "%", "督察组", "中央第五生态环境保护督察组",
            "市长", "副市长", "市委书记", "、", "，", "。", "：", "；", "（", "）", "(", ")", "【", "】",
            "本报讯（记者 晴空）", "记者", "王", "石建平", "李", "\n", "\n\n", " ", "\u{3000}", "-", "—", "～",
        ]).prop_map(String::from),
        // Markup scraped with a page, whole and broken.
        1 => prop::sample::select(vec![
            "<p>", "</p>", "<br/>", "<span class=\"a\">", "</span>", "<h1>", "<!-- ", " -->", "<script>", "</script>",
            "&nbsp;", "&#20013;", "&amp;nbsp;", "&", "<", ">", "\"", "<div", "&#x", ";",
        ]).prop_map(String::from),
        3 => prop::char::range('0', '9').prop_map(String::from),
        2 => prop::char::range('０', '９').prop_map(String::from),
        2 => prop::sample::select(vec!['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两']).prop_map(String::from),
        2 => prop::char::range('\u{4E00}', '\u{9FFF}').prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
    ]
}

fn bulletin_text() -> impl Strategy<Value = String> {
    prop::collection::vec(bulletin_char(), 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_bulletin_like_text_gives_valid_spans(s in bulletin_text()) {
        let doc = EXTRACTOR.extract(Input::new(&s).reference_date_str("2023-12-10").unwrap());
        check_spans(&s, &doc);
        prop_assert!(!doc.articles.is_empty());
    }

    #[test]
    fn without_reference_date_too(s in bulletin_text()) {
        let doc = EXTRACTOR.extract(s.as_str());
        check_spans(&s, &doc);
    }

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        let doc = EXTRACTOR.extract(s.as_str());
        check_spans(&s, &doc);
    }
}
