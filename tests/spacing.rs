//! Double-spaced pages: a blank line after every printed line is read as the single-spaced page,
//! and web pages whose stories are set apart by blank lines keep their headlines and datelines.

mod common;

use common::{check_spans, EXTRACTOR};
use tongbao::{Article, Input};

fn articles(text: &str) -> Vec<Article> {
    let doc = EXTRACTOR.extract(Input::new(text).reference_date_str("2024-12-10").unwrap());
    check_spans(text, &doc);
    doc.articles
}

const COLUMN: &str = "城东区整改见实效\n本报讯（记者 晴空）12月9日，中央第五生\n态环境保护督察组向西宁市交办第十七\n批群众信访举报件2\n4件，其中城东区1\n2件、城西区12件。\n市委副书记、市长石建\n平主持召开会议。\n";

#[test]
fn a_double_spaced_column_reads_like_the_column() {
    let (single, double) = (articles(COLUMN), articles(&COLUMN.replace('\n', "\n\n")));
    assert_eq!(double.len(), 1);
    let (s, d) = (&single[0], &double[0]);
    assert_eq!(d.headline.as_ref().map(|h| h.text.as_str()), Some("城东区整改见实效"));
    assert_eq!(d.reporters, s.reporters);
    let counts = |a: &Article| a.district_counts.iter().map(|c| (c.name.clone(), c.count)).collect::<Vec<_>>();
    assert_eq!(counts(d), [("城东区".to_string(), 12), ("城西区".to_string(), 12)]);
    assert_eq!(counts(d), counts(s));
    assert_eq!(d.complaint_batches.first().and_then(|r| r.total), Some(24));
    assert_eq!(d.officials.first().map(|o| o.name.as_str()), Some("石建平"));
}

#[test]
fn stories_set_apart_by_blank_lines_keep_their_headlines() {
    let page = "我市收到第十七批交办件\n\n本报讯（记者 晴空）12月9日，督察组向我市交办第十七批信访件24件，其中城东区2件、城西区3件。\n\n城西区整改见实效\n\n本报讯（记者 李华）近日，城西区开展夜间巡查，区长周以宁表示，要把群众满意作为标准。\n\n城北区关停砂场\n\n本报讯（记者 赵敏）12月8日，城北区关停违规砂场2处。\n\n城中区治理扬尘\n\n本报讯（记者 钱红）12月7日，城中区开展扬尘治理。\n";
    let got: Vec<(Option<String>, Vec<String>)> = articles(page).into_iter().map(|a| (a.headline.map(|h| h.text), a.reporters)).collect();
    let want = [("我市收到第十七批交办件", "晴空"), ("城西区整改见实效", "李华"), ("城北区关停砂场", "赵敏"), ("城中区治理扬尘", "钱红")];
    let want: Vec<(Option<String>, Vec<String>)> = want.iter().map(|(h, r)| (Some(h.to_string()), vec![r.to_string()])).collect();
    assert_eq!(got, want);
}
