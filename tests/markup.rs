//! Pages saved with their HTML: the markup is blanked in place, so a scraped page reads like its
//! text, and every span still points at the bytes as given, tags and all.

mod common;

use common::{check_spans, EXTRACTOR};
use tongbao::{Article, Input};

const TEXT: &str = "我区收到第九批交办件\n本报讯（记者 方原）6月3日，中央第二生态环境保护督察组向南平市交办第九批群众信访举报件12件，其中来电8件、来信4件。\n涉及延平区5件、建阳区7件；涉及大气污染6件、噪声污染6件。\n区委书记、区长周以宁主持召开专题会议。\n";

const HTML: &str = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>我区收到第九批交办件_南平新闻网</title>\n<style>p { margin: 0 }</style><script>var t = \"<p>城东区9件</p>\";</script></head>\n<body><div class=\"crumb\">首页&nbsp;&gt;&nbsp;要闻</div>\n<h1>我区收到第九批交办件</h1>\n<p>本报讯（记者&nbsp;方原）6月3日，中央第二生态环境保护督察组向南平市交办第九批群众信访举报件12件，其中来电8件、来信4件。</p><p>涉及<a href=\"/x\">延平区</a>5件、建阳区7件；涉及大气污染6件、噪声污染6件。</p>\n<!-- 广告 --><p><strong>区委书记、区长</strong>周以宁主持召开专题会议。</p></body></html>";

fn article(text: &str) -> Article {
    let doc = EXTRACTOR.extract(Input::new(text).reference_date_str("2022-06-04").unwrap());
    check_spans(text, &doc);
    assert_eq!(doc.articles.len(), 1, "{:#?}", doc.articles);
    doc.articles.into_iter().next().unwrap()
}

/// The values of an article, without spans and mention texts (which differ where markup is).
fn values(a: &Article) -> serde_json::Value {
    let mut v = serde_json::to_value(a).unwrap();
    strip(&mut v);
    v
}

fn strip(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("span");
            m.remove("mentions");
            m.remove("text");
            m.values_mut().for_each(strip);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

#[test]
fn a_scraped_page_reads_like_its_text() {
    let (plain, html) = (article(TEXT), article(HTML));
    assert_eq!(values(&html), values(&plain));
    assert_eq!(html.headline.as_ref().map(|h| h.text.as_str()), Some("我区收到第九批交办件"));
    assert_eq!(html.reporters, ["方原"]);
    let official = html.officials.first().expect("the official behind <strong>");
    assert_eq!((official.name.as_str(), official.titles.as_slice()), ("周以宁", &["区委书记".to_string(), "区长".to_string()][..]));
}

#[test]
fn scripts_and_comments_give_nothing() {
    let html = article(HTML);
    assert!(html.district_counts.iter().all(|d| d.name != "城东区"), "{:?}", html.district_counts);
}

#[test]
fn mention_texts_are_the_input_at_their_spans() {
    let html = article(HTML);
    let d = html.district_counts.iter().find(|d| d.name == "延平区").expect("延平区5件 across an <a>");
    assert_eq!(d.text, "延平区</a>5件");
    assert_eq!(&HTML[d.span.start..d.span.end], d.text);
}

#[test]
fn angle_brackets_that_are_no_markup_stay_text() {
    let text = "本报讯 6月3日，PM2.5<35微克的天数，<环境保护法>宣传周，城东区2件。";
    let a = article(text);
    assert_eq!(a.district_counts.len(), 1);
    assert_eq!(a.district_counts[0].text, "城东区2件");
}
