//! District counts and division codes over a bulletin written for this test (other provinces, other
//! list shapes, ambiguous names), and over the seed page's gold when ../shared is present.

use std::path::Path;

use tongbao::{Extractor, Input};

fn counts(ex: &Extractor, text: &str) -> Vec<(String, Option<String>, u64)> {
    let doc = ex.extract(Input::new(text));
    doc.articles.iter().flat_map(|a| &a.district_counts).map(|d| (d.name.clone(), d.code.clone(), d.count)).collect()
}

fn row(name: &str, code: Option<&str>, count: u64) -> (String, Option<String>, u64) {
    (name.to_string(), code.map(str::to_string), count)
}

const BULLETIN: &str = "本报讯（记者 山川）3月5日，中央第三生态环境保护督察组向福建省交办第八批群众信访举报件共40件。\
其中福州12件，平潭综合实验区2件，厦门市、泉州市各5件，漳州市和莆田市分别为4件、3件，三明市沙县区1件，\
福州高新区1件，鼓楼区6件。

四川省收到第十二批信访件，按地区分：
地区 件数
成都市
7
绵阳市
3
凉山州
2

湖南省长沙市芙蓉区3件、天心区（含暮云街道）2件，开福区二件，省生态环境厅1件。

广西柳州市城中区4件、鱼峰区1
件，涉及全市2区。
";

#[test]
fn a_bulletin_from_other_provinces() {
    let ex = Extractor::new();
    let got = counts(&ex, BULLETIN);
    let want = vec![
        row("福州", Some("350100"), 12),
        row("平潭综合实验区", None, 2),
        row("厦门市", Some("350200"), 5),
        row("泉州市", Some("350500"), 5),
        row("漳州市", Some("350600"), 4),
        row("莆田市", Some("350300"), 3),
        row("沙县区", Some("350405"), 1),
        row("福州高新区", None, 1),
        row("鼓楼区", Some("350102"), 6),
        row("成都市", Some("510100"), 7),
        row("绵阳市", Some("510700"), 3),
        row("凉山州", Some("513400"), 2),
        row("芙蓉区", Some("430102"), 3),
        row("天心区", Some("430103"), 2),
        row("开福区", Some("430105"), 2),
        row("城中区", Some("450202"), 4),
        row("鱼峰区", Some("450203"), 1),
    ];
    assert_eq!(got, want);
}

#[test]
fn spans_point_at_the_original() {
    let ex = Extractor::new();
    let text = "其中城东区2件、大通县\n3件。";
    let doc = ex.extract(Input::new(text));
    let d = &doc.articles[0].district_counts;
    assert_eq!(d.len(), 2);
    assert_eq!(&text[d[1].span.range()], "大通县\n3件");
    assert_eq!(d[1].text, "大通县\n3件");
    assert_eq!(d[1].name, "大通县");
}

#[test]
fn a_place_after_qizhong_is_not_read_from_its_zhong() {
    let got = counts(&Extractor::new(), "泸州市收到9件，其中江阳区3件、龙马潭区2件；其中中江县1件。");
    // what 泸州市 received is a count of its own
    assert_eq!(
        got,
        vec![
            row("泸州市", Some("510500"), 9),
            row("江阳区", Some("510502"), 3),
            row("龙马潭区", Some("510504"), 2),
            row("中江县", Some("510623"), 1)
        ]
    );
}

#[test]
fn administrative_committees_by_their_short_form() {
    let got = counts(&Extractor::new(), "涉及格尔木市3件、大柴旦行委1件。");
    assert_eq!(got, vec![row("格尔木市", Some("632801"), 3), row("大柴旦行委", Some("632857"), 1)]);
}

#[test]
fn zones_named_as_bases_cities_of_science_and_state_farms() {
    let got = counts(&Extractor::new(), "其中，宁东能源化工基地2件、中新天津生态城1件、绵阳科技城3件、红兴隆农场1件，某养殖场2件。");
    let want =
        vec![row("宁东能源化工基地", None, 2), row("中新天津生态城", None, 1), row("绵阳科技城", None, 3), row("红兴隆农场", None, 1)];
    assert_eq!(got, want);
}

#[test]
fn user_places_are_added_and_checked() {
    let ex = Extractor::builder().places("# 自定义\n两江新区\t500100\n").build().unwrap();
    assert_eq!(counts(&ex, "两江新区3件"), vec![row("两江新区", Some("500100"), 3)]);
    let e = Extractor::builder().places("两江新区\t5001\n").build().unwrap_err();
    assert!(e.to_string().contains("line 1"), "{e}");
}

#[test]
fn seed_page_matches_the_gold() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (Ok(text), Ok(gold)) =
        (std::fs::read_to_string(shared.join("corpus/seed_page.txt")), std::fs::read_to_string(shared.join("gold/seed_page.gold.json")))
    else {
        eprintln!("note: ../shared not found, skipping the seed page test");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
    let mut want: Vec<_> = gold["district_counts"]["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["name"].as_str().unwrap().to_string(), g["code"].as_str().map(str::to_string), g["count"].as_u64().unwrap()))
        .collect();
    let mut got = counts(&Extractor::new(), &text);
    want.sort();
    got.sort();
    assert_eq!(got, want);
}

#[test]
fn a_district_the_lexicon_lacks_counts_in_a_list_of_known_ones() {
    let ex = Extractor::new();
    // 城南区 is no division of 西宁: a district made after the division list was taken reads so
    let got = counts(&ex, "西宁市城东区、城西区、城南区分别为12件、8件、5件。");
    assert_eq!(got, vec![row("城东区", Some("630102"), 12), row("城西区", Some("630104"), 8), row("城南区", None, 5)]);
    // alone, or generic, such a word is no place
    assert!(counts(&ex, "城南区2件，居民小区1件。").is_empty());
}

#[test]
fn a_place_ranked_before_its_count() {
    let ex = Extractor::new();
    let got = counts(&ex, "其中，株洲市最多，有12件；湘潭市次之，为9件；衡阳市居首，共有3件，岳阳市5件。");
    let want = vec![
        row("株洲市", Some("430200"), 12),
        row("湘潭市", Some("430300"), 9),
        row("衡阳市", Some("430400"), 3),
        row("岳阳市", Some("430600"), 5),
    ];
    assert_eq!(got, want);
    // a rank without a count after it gives none
    assert!(counts(&ex, "株洲市最多，其次是湘潭市。").is_empty());
    // the rank may say what it ranks by
    let got = counts(&ex, "从区域看，株洲市反映问题最多，有16件；湘潭市信访件较多，为9件；岳阳市被投诉的数量最少，有2件。");
    let want = vec![row("株洲市", Some("430200"), 16), row("湘潭市", Some("430300"), 9), row("岳阳市", Some("430600"), 2)];
    assert_eq!(got, want);
    assert!(counts(&ex, "株洲市反映问题最多，其次是湘潭市。").is_empty());
}

#[test]
fn approximate_counts_are_the_places_counts() {
    let ex = Extractor::new();
    let got = counts(&ex, "其中株洲市20余件、湘潭市近30件、衡阳市约10件、岳阳市大约8件。株洲市近日开展检查。");
    let want = vec![
        row("株洲市", Some("430200"), 20),
        row("湘潭市", Some("430300"), 30),
        row("衡阳市", Some("430400"), 10),
        row("岳阳市", Some("430600"), 8),
    ];
    assert_eq!(got, want);
}

#[test]
fn unknown_districts_along_a_list_of_zones_and_unknown_ones() {
    let ex = Extractor::new();
    let got = counts(&ex, "涉及高新区1件、起步区1件、青林区2件。");
    assert_eq!(got, vec![row("高新区", None, 1), row("起步区", None, 1), row("青林区", None, 2)]);
    let got = counts(&ex, "涉及城东区1件、青林区2件、白石区3件。");
    assert_eq!(got, vec![row("城东区", Some("630102"), 1), row("青林区", None, 2), row("白石区", None, 3)]);
    // nothing known or zoned in the list: no place
    assert!(counts(&ex, "涉及青林区2件、白石区1件。").is_empty());
}

#[test]
fn a_table_flattened_with_bars_counts_its_places() {
    let ex = Extractor::new();
    let got = counts(&ex, "行政区域 | 交办数量（件） |\n雨城区 | 1 |\n汉源县 | 3 |\n");
    assert_eq!(got, vec![row("雨城区", Some("511802"), 1), row("汉源县", Some("511823"), 3)]);
}
