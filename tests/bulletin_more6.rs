//! Hand-over bulletins of shapes found in the session of 2026-12-04, none from the development set:
//! recipients named around the verb, visits and reports that hand nothing over, undated hand-overs,
//! channels and district counts written in other ways. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "a verb or a linking word between a place and its count",
        text: "7月3日，兰州市收到督察组交办的第九批信访件15件，其中城关区受理的信访件6件、七里河区交办5件、西固区共有4件。",
        want: r#"{"records": [{"batch": 9, "recipient": "兰州市", "total": 15,
                               "by_district": "城关区:620102:6;七里河区:620103:5;西固区:620104:4", "problems": []}]}"#,
    },
    Case {
        name: "counts in brackets after each place",
        text: "6月18日，督察组向成都市交办第十批信访件5件，其中武侯区（3件）、成华区（2件）。",
        want: r#"{"records": [{"batch": 10, "recipient": "成都市", "total": 5, "by_district": "武侯区:510107:3;成华区:510108:2", "problems": []}],
                  "districts": "武侯区:510107:3;成华区:510108:2"}"#,
    },
    Case {
        name: "the unit handed the cases is no district count",
        text: "6月18日，督察组向湖北省转办信访件100件，其中宜昌市收到13件。",
        want: r#"{"records": [{"recipient": "湖北省", "total": 100, "by_district": "宜昌市:420500:13"}], "districts": "宜昌市:420500:13"}"#,
    },
    Case {
        name: "a later sentence naming a category again keeps the breakdown before it",
        text: "6月18日，督察组向我市交办第十批信访件25件，涉及大气污染10件、水污染8件、噪声污染7件。经初步核查，反映大气污染问题的10件中，餐饮油烟6件。",
        want: r#"{"records": [{"batch": 10, "total": 25, "by_category": "air:10;water:8;noise:7", "problems": []}]}"#,
    },
    Case {
        name: "a batch listed after another with its own 批 but no 第",
        text: "6月18日，督察组向我市交办第十一批、十二批信访件，分别为12件、9件。",
        want: r#"{"records": [{"batch": 11, "total": 12}, {"batch": 12, "total": 9}]}"#,
    },
    Case {
        name: "the 12369 platform is the online channel, its hotline the phone",
        text: "6月18日，督察组向我市交办第十批信访件40件，其中来电10件、来信5件、12369环保举报平台10件、12369热线15件。",
        want: r#"{"records": [{"batch": 10, "total": 40, "by_channel": {"phone": 25, "letter": 5, "online": 10}, "problems": []}]}"#,
    },
    Case {
        name: "every case filed on the 12369 platform",
        text: "6月18日，督察组向我市交办第十批信访件25件，均为12369平台举报。",
        want: r#"{"records": [{"batch": 10, "total": 25, "by_channel": {"online": 25}}]}"#,
    },
    Case {
        name: "the cases handed to the office a province set up for the inspection are the province's",
        text: "11月27日，中央第四生态环境保护督察组向湖北省配合中央督察组联络组转办第十批信访件96件，其中来电70件、来信26件。",
        want: r#"{"records": [{"batch": 10, "recipient": "湖北省", "total": 96, "by_channel": {"phone": 70, "letter": 26}, "problems": []}]}"#,
    },
    Case {
        name: "the office of an unnamed unit names no recipient",
        text: "11月27日，督察组向我省配合中央督察组联络组转办第十批信访件96件。",
        want: r#"{"records": [{"batch": 10, "recipient": null, "total": 96}]}"#,
    },
    Case {
        name: "该区 refers back to the district the reporter learned it from",
        text: "记者从渝中区获悉，6月18日，中央第六生态环境保护督察组交办该区的第十批信访举报件25件。",
        want: r#"{"records": [{"batch": 10, "recipient": "渝中区", "total": 25, "date": "2024-06-18"}]}"#,
    },
    Case {
        name: "a visit to the cases of a batch handed over before makes no record",
        text: "6月20日，区委书记王俊带队到双山路督办中央第三生态环境保护督察组交办的第九批信访举报件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "the day the reporter learned of a batch's handling is no hand-over day",
        text: "本报讯（记者 王拓）6月23日，记者从赤峰市获悉，全市已完成对中央督察组交办的第十七批信访举报件（涉及赤峰市11件）的调查处理。",
        want: r#"{"records": [{"batch": 17, "date": null, "total": 11, "by_district": "赤峰市:150400:11"}]}"#,
    },
    Case {
        name: "the day the handling of a batch was completed is no hand-over day",
        text: "通辽市7月9日完成了中央督察组交办给该市的第三十三批1件信访举报件的调查处理，已办结1件。",
        want: r#"{"records": [{"batch": 33, "date": null, "recipient": "通辽市", "total": 1}]}"#,
    },
    Case {
        name: "a news agency's dateline day is the report's, not the hand-over's",
        text: "新华社西宁12月10日电 中央第五生态环境保护督察组向青海省交办第十批信访件25件。",
        want: r#"{"records": [{"batch": 10, "date": null, "recipient": "青海省", "total": 25}]}"#,
    },
];

#[test]
fn bulletins_of_the_session_of_2026_12_04() {
    bulletin::check_all(CASES);
}
