//! Hand-over bulletins of the complaint record's fourth round, none from the development set: a
//! district list told after the running total that adds up only with the departments' cases, and a
//! web page whose stamp, counter and links to other reports sit around the report, and a batch
//! told after the running total of its recipient. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "a district list after the running total adds up with the departments' cases beside it",
        text: "12月5日，中央第二生态环境保护督察组向我市转办第八批群众信访举报件43件，其中来电28件、来信10件、网络举报5件。截至12月5日，督察组累计向我市转办信访件386件，已办结271件。\n从区域分布看，江北区9件、渝北区11件、沙坪坝区7件、九龙坡区8件、两江新区6件、市级部门2件。",
        want: r#"{"records": [{"batch": 8, "total": 43, "cumulative_total": 386,
                               "by_district": "江北区:500105:9;渝北区:500112:11;沙坪坝区:500106:7;九龙坡区:500107:8;两江新区:-:6", "problems": []}]}"#,
    },
    Case {
        name: "a district list after the running total that does not add up stays out",
        text: "12月5日，中央第二生态环境保护督察组向我市转办第八批群众信访举报件43件。截至12月5日，督察组累计向我市转办信访件386件。\n从区域分布看，江北区9件、渝北区11件、市级部门2件。",
        want: r#"{"records": [{"batch": 8, "total": 43, "cumulative_total": 386, "by_district": ""}]}"#,
    },
    Case {
        name: "a web page's stamp and view counter above the report: the day is the report's own",
        text: "自治区第二生态环境保护督察组向包头市转办第九批信访件\n2023-07-21 18:30:05 来源：包头日报 浏览次数：1523\n7月20日，自治区第二生态环境保护督察组向包头市转办第九批群众信访举报件23件。其中，来电15件，来信8件。",
        want: r#"{"records": [{"batch": 9, "date": "2024-07-20", "recipient": "包头市", "total": 23, "by_channel": {"phone": 15, "letter": 8}}]}"#,
    },
    Case {
        name: "a link to another report names a batch that this page does not hand over",
        text: "7月20日，自治区第二生态环境保护督察组向包头市转办第九批群众信访举报件23件。\n上一篇：自治区督察组向包头市转办第八批信访件\n下一篇：包头市召开环保督察整改推进会",
        want: r#"{"records": [{"batch": 9, "total": 23}]}"#,
    },
    Case {
        name: "the unit of the running total before receives the batch its total includes",
        text: "截至12月4日，长沙市累计收到中央第三生态环境保护督察组交办的信访件326件。其中，12月4日收到第十二批信访件58件。",
        want: r#"{"records": [{"batch": 12, "recipient": "长沙市", "total": 58, "cumulative_total": 326}]}"#,
    },
    Case {
        name: "a running total of the unit the text leaves unnamed names no recipient",
        text: "截至12月4日，全市累计收到信访件326件。其中，12月4日收到第十二批信访件58件。",
        want: r#"{"records": [{"batch": 12, "recipient": null, "total": 58, "cumulative_total": 326}]}"#,
    },
    Case {
        name: "a compound category item of one count is counted once in the sum",
        text: "12月4日，中央第二生态环境保护督察组向山东省交办第十三批群众信访举报件12件，其中大气污染4件，土壤污染5件，水、噪声污染3件。",
        want: r#"{"records": [{"batch": 13, "total": 12, "by_category": "air:4;soil:5;water:3;noise:3", "problems": []}]}"#,
    },
    Case {
        name: "the batch's progress told after the running total, in a sentence opening with the batch",
        text: "12月3日，中央第三生态环境保护督察组向四川省交办第八批群众信访举报件86件。截至12月3日，督察组共向四川省交办群众信访举报件1204件，其中已办结782件。第八批中，已办结3件，正在办理83件。",
        want: r#"{"records": [{"batch": 8, "total": 86, "progress": "3/-/83", "cumulative_total": 1204, "cumulative_progress": "782/-/-"}]}"#,
    },
    Case {
        name: "a scope written with 个 and a list mark between districts and counties",
        text: "12月9日，中央第五生态环境保护督察组向西宁市交办第十七批群众信访举报件5件，涉及全市2个区、1个县，其中城东区2件、城西区1件、大通县2件。",
        want: r#"{"records": [{"batch": 17, "total": 5, "scope": {"districts": 2, "counties": 1}, "problems": []}]}"#,
    },
    // a category repeating in the list leaves by_category out (spec/GOLD.md); the mentions keep their counts
    Case {
        name: "a count after the waste's handling (非法倾倒) is the category's",
        text: "12月4日，日照市收到第十三批信访件2件，反映危险废物非法倾倒1件、垃圾焚烧1件。",
        want: r#"{"records": [{"batch": 13, "total": 2, "by_category": "", "problems": []}],
                  "pollution": "solid_waste:1:-;solid_waste:1:-"}"#,
    },
    Case {
        name: "a unit written after the one it belongs to is the recipient (重庆市万州区收到)",
        text: "12月7日上午，重庆市万州区收到中央第八生态环境保护督察组转办的第十批群众信访举报件9件。12月8日，督察组向江苏省苏州市交办第十批信访件26件。",
        want: r#"{"records": [{"batch": 10, "recipient": "万州区", "total": 9}, {"batch": 10, "recipient": "苏州市", "total": 26}]}"#,
    },
    Case {
        name: "zones named by their administration or as a free-trade area are places of the list, and recipients",
        text: "9月20日，督察组向延边州转办第三批信访件12件，其中延吉市5件、长白山管委会3件、汪清县4件。9月21日，长白山管委会收到第四批信访件5件。9月22日，督察组向上海市交办第十三批群众信访举报件30件，其中浦东新区17件，临港新片区7件，黄浦区6件。",
        want: r#"{"records": [{"batch": 3, "total": 12, "by_district": "延吉市:222401:5;长白山管委会:-:3;汪清县:222424:4", "problems": []},
                               {"batch": 4, "recipient": "长白山管委会", "total": 5},
                               {"batch": 13, "recipient": "上海市", "total": 30, "by_district": "浦东新区:310115:17;临港新片区:-:7;黄浦区:310101:6", "problems": []}]}"#,
    },
];

#[test]
fn complaint_records_of_round_four() {
    bulletin::check_all(CASES);
}
