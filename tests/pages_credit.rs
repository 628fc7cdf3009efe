//! Pages whose stories carry no dateline but close with their credit line (`（记者 王芳）`, `（记者 王芳
//! 通讯员 李明）`), as pages of briefs and OCR that dropped the `本报讯` print them; and the counted
//! divisions of the 兵团 (`兵团第八师3件`). The pages were written for these tests.
//!
//! A credit ends its story: the next body line opens an article, and the credit's reporters are the
//! story's it closes. A headline printed above a body heads that body; one printed after a credit
//! heads the story whose words it shares, or, sharing none, the story it hangs under. A page without
//! a credit or dateline is one article, whatever short lines its body holds.

mod common;

use common::{check_spans, squeeze, EXTRACTOR};
use tongbao::Document;

/// An article's headline (blanks removed) and reporters.
type Heads = Vec<(Option<String>, Vec<String>)>;

/// Each article's headline and reporters.
fn articles(text: &str) -> (Document, Heads) {
    let doc = EXTRACTOR.extract(text);
    check_spans(text, &doc);
    let heads = doc.articles.iter().map(|a| (a.headline.as_ref().map(|h| squeeze(&h.text)), a.reporters.clone())).collect();
    (doc, heads)
}

fn want(list: &[(Option<&str>, &[&str])]) -> Heads {
    list.iter().map(|(h, r)| (h.map(str::to_string), r.iter().map(|r| r.to_string()).collect())).collect()
}

/// The article whose span holds the first occurrence of `anchor`.
fn article_of(text: &str, doc: &Document, anchor: &str) -> Option<usize> {
    let at = text.find(anchor)?;
    doc.articles.iter().position(|a| a.span.start <= at && at < a.span.end)
}

const HEADLINES_ABOVE: &str = "2024年6月20日 星期四
A3 城市新闻

城东区开展河道环境专项检查
区生态环境局联合区水务局，对辖区内三条主要河道开展专项检查，重点排查沿河排污口和垃圾
堆放问题。检查中发现问题十二处，已全部建立台账，限期整改到位。
（记者 王芳）

西宁市推进老旧小区改造
今年，全市计划改造老旧小区一百二十个，涉及居民两万余户。目前，已有八十个小区完成主体施工，
市住建局相关负责人介绍，改造将在年底前全部完工。
（记者 李明远 通讯员 张华）

湟中区关停违规砂石料场
针对群众反映强烈的扬尘问题，湟中区组织执法人员对违规砂石料场进行集中整治，关停三家。
（记者 赵静）
";

#[test]
fn a_credit_closes_each_story_under_its_headline() {
    let (doc, got) = articles(HEADLINES_ABOVE);
    assert_eq!(
        got,
        want(&[
            (Some("城东区开展河道环境专项检查"), &["王芳"]),
            (Some("西宁市推进老旧小区改造"), &["李明远", "张华"]),
            (Some("湟中区关停违规砂石料场"), &["赵静"]),
        ])
    );
    // each body lies in its own article, the page header in the first
    for (i, anchor) in ["星期四", "区生态环境局联合", "今年，全市计划", "针对群众反映"].iter().enumerate() {
        assert_eq!(article_of(HEADLINES_ABOVE, &doc, anchor), Some(i.saturating_sub(1)), "{anchor}");
    }
}

const HEADLINES_AFTER: &str = "2024年6月21日 星期五 A4 民生

市生态环境局近日对城区餐饮集中区开展油烟治理专项督导，抽查餐饮店铺八十余家，
督促二十三家店铺清洗油烟净化设施。
（记者 马丽）
餐饮油烟治理专项督导启动

城北区组织环卫工人和志愿者，对北川河沿岸开展垃圾清理，共清运生活垃圾三十余吨。
（记者 韩雪 通讯员 李娜）
北川河沿岸垃圾清运完成

市城管局开展违规户外广告整治，拆除各类违规广告牌一百二十块，
整治工作将持续到年底。
（记者 周航）
违规户外广告整治拆除百余块
";

#[test]
fn a_headline_after_the_credit_heads_the_story_it_closes() {
    let (doc, got) = articles(HEADLINES_AFTER);
    assert_eq!(
        got,
        want(&[
            (Some("餐饮油烟治理专项督导启动"), &["马丽"]),
            (Some("北川河沿岸垃圾清运完成"), &["韩雪", "李娜"]),
            (Some("违规户外广告整治拆除百余块"), &["周航"]),
        ])
    );
    assert_eq!(article_of(HEADLINES_AFTER, &doc, "城北区组织环卫工人"), Some(1));
    assert_eq!(article_of(HEADLINES_AFTER, &doc, "市城管局开展"), Some(2));
}

#[test]
fn a_headline_after_the_credit_may_be_the_next_storys() {
    // OCR set the second and third headlines between the credit above and their body below.
    let page = "城东区开展河道环境专项检查
区生态环境局联合区水务局，对辖区内三条主要河道开展专项检查，重点排查沿河排污口和垃圾堆放问题。
（记者 王芳）
西宁市推进老旧小区改造

今年，全市计划改造老旧小区一百二十个，涉及居民两万余户，目前已有八十个小区完成主体施工。
（记者 李明远 通讯员 张华）
湟中区关停违规砂石料场

针对群众反映强烈的扬尘问题，湟中区组织执法人员对违规砂石料场进行集中整治，关停三家。
（记者 赵静）
";
    let (_, got) = articles(page);
    assert_eq!(
        got,
        want(&[
            (Some("城东区开展河道环境专项检查"), &["王芳"]),
            (Some("西宁市推进老旧小区改造"), &["李明远", "张华"]),
            (Some("湟中区关停违规砂石料场"), &["赵静"]),
        ])
    );
}

#[test]
fn a_headline_sharing_no_words_heads_the_story_it_hangs_under() {
    // the credit ends the body's last line; the headline under it shares no word with either story
    let page = "城东区对辖区内三条主要河道开展专项检查，发现问题十二处，已全部整改到位。（记者 王芳）
小切口撬动大民生

今年，全市计划改造老旧小区一百二十个，涉及居民两万余户，目前已有八十个小区完成主体施工。（记者 李明远）
";
    let (_, got) = articles(page);
    assert_eq!(got, want(&[(Some("小切口撬动大民生"), &["王芳"]), (None, &["李明远"])]));
}

const DATELINE_AND_CREDITS: &str = "督察组向我市交办第五批信访件
本报讯（记者 马丽）6月19日，中央第五生态环境保护督察组向我市交办第五批群众信访举报件32件，
其中来电20件、来信12件。目前，相关区县已全部受理。

城北区整治餐饮油烟扰民
城北区组织执法人员，对居民反映强烈的餐饮油烟问题开展夜间巡查，督促二十家餐馆安装净化设施。
（记者 周航）

大通县清理河道垃圾
大通县组织干部群众五百余人，清理北川河沿岸生活垃圾三十余吨，河道面貌明显改善。
（记者 韩雪 通讯员 李娜）
";

#[test]
fn a_dateline_story_then_stories_closed_by_credits() {
    let (doc, got) = articles(DATELINE_AND_CREDITS);
    assert_eq!(
        got,
        want(&[
            (Some("督察组向我市交办第五批信访件"), &["马丽"]),
            (Some("城北区整治餐饮油烟扰民"), &["周航"]),
            (Some("大通县清理河道垃圾"), &["韩雪", "李娜"]),
        ])
    );
    assert_eq!(article_of(DATELINE_AND_CREDITS, &doc, "目前，相关区县"), Some(0));
    assert_eq!(article_of(DATELINE_AND_CREDITS, &doc, "城北区组织执法人员"), Some(1));
    // the hand-over stays the first article's
    assert_eq!(doc.articles[0].complaint_batches.len(), 1);
    assert!(doc.articles[1..].iter().all(|a| a.complaint_batches.is_empty()));
}

#[test]
fn a_short_line_inside_one_story_splits_nothing() {
    // no credit: a section heading inside the body is no new story
    let page = "城东区开展河道环境专项检查
区生态环境局联合区水务局，对辖区内三条主要河道开展专项检查，重点排查沿河排污口和垃圾堆放问题。
压实河长责任
各街道要落实河长巡河制度，发现问题及时上报，确保问题整改到位。
检查中发现问题十二处，已全部建立台账，限期整改到位。
";
    assert_eq!(articles(page).1, want(&[(Some("城东区开展河道环境专项检查"), &[])]));
    // a credit at the end, with the page furniture after it, closes the one story
    let page = "城东区开展河道环境专项检查
区生态环境局联合区水务局，对辖区内三条主要河道开展专项检查，重点排查沿河排污口和垃圾堆放问题。

压实河长责任
各街道要落实河长巡河制度，发现问题及时上报，确保问题整改到位。
（记者 王芳）
责任编辑：刘洋
";
    assert_eq!(articles(page).1, want(&[(Some("城东区开展河道环境专项检查"), &["王芳"])]));
}

#[test]
fn a_dateline_story_with_a_heading_and_a_closing_credit_is_one_story() {
    let page = "本报讯（记者 马丽）6月19日，城东区开展河道环境专项检查，重点排查沿河排污口和垃圾堆放问题。

压实河长责任
各街道要落实河长巡河制度，发现问题及时上报，确保问题整改到位。
（通讯员 李娜）
";
    assert_eq!(articles(page).1, want(&[(None, &["马丽", "李娜"])]));
}

#[test]
fn a_photo_credit_inside_a_story_closes_nothing() {
    let page = "城东区开展河道环境专项检查
区生态环境局联合区水务局，对辖区内三条主要河道开展专项检查，重点排查沿河排污口和垃圾堆放问题。
（记者 王芳 摄）
检查中发现问题十二处，已全部建立台账，限期整改到位，群众对整改效果表示满意。
";
    assert_eq!(articles(page).1, want(&[(Some("城东区开展河道环境专项检查"), &["王芳"])]));
}

/// Every district count of the text: name, code and count.
fn counts(text: &str) -> Vec<(String, Option<String>, u64)> {
    let doc = EXTRACTOR.extract(text);
    check_spans(text, &doc);
    doc.articles.iter().flat_map(|a| &a.district_counts).map(|d| (d.name.clone(), d.code.clone(), d.count)).collect()
}

fn row(name: &str, code: Option<&str>, count: u64) -> (String, Option<String>, u64) {
    (name.to_string(), code.map(str::to_string), count)
}

#[test]
fn divisions_of_the_bingtuan_are_counted_places_without_a_code() {
    let text = "督察组向新疆生产建设兵团交办第八批信访件12件，其中新疆生产建设兵团第八师3件、兵团第七师2件，\
第八师石河子市4件，石河子市1件，第一师（2件）。";
    assert_eq!(
        counts(text),
        [
            row("新疆生产建设兵团第八师", None, 3),
            row("兵团第七师", None, 2),
            // named with its city, the division is the city of the statistics list
            row("第八师石河子市", Some("659001"), 4),
            row("石河子市", Some("659001"), 1),
            row("第一师", None, 2),
        ]
    );
    let doc = EXTRACTOR.extract(text);
    let batches: Vec<u32> = doc.articles[0].batches.iter().map(|b| b.ordinal).collect();
    assert_eq!(batches, [8], "第八师 is no batch");
}

#[test]
fn divisions_in_lists_and_traditional_script() {
    assert_eq!(
        counts("自治区收到交办件7件，其中第七师、第十师各1件，兵團第八師2件，农六师3件。"),
        [row("第七师", None, 1), row("第十师", None, 1), row("兵團第八師", None, 2), row("农六师", None, 3)]
    );
}

#[test]
fn words_that_only_look_like_divisions() {
    // 第八批 is a batch, 第一师范学院 a school
    assert!(counts("督察组交办第八批3件，第一师范学院1件。").is_empty());
}
