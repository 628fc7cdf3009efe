//! Hand-over bulletins of shapes found in the session of 2026-12-03 (second), none from the
//! development set: a running total that goes on to the batch it includes, and the as-of day of
//! figures, which is no hand-over day. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "a running total, then the batch it includes: the batch's count is the total",
        text: "6月20日，中央第三生态环境保护督察组共向我市交办信访件128件，其中第八批21件，来电15件、来信6件。",
        want: r#"{"records": [{"batch": 8, "inspection_group": 3, "total": 21, "cumulative_total": 128, "date": "2024-06-20",
                               "by_channel": {"phone": 15, "letter": 6}, "problems": []}]}"#,
    },
    Case {
        name: "a running total to a day, then the batches it includes",
        text: "截至6月20日，督察组累计向西宁市交办信访件128件，其中，第八批21件、第九批30件。",
        want: r#"{"records": [{"batch": 8, "recipient": "西宁市", "total": 21, "cumulative_total": 128, "date": null},
                              {"batch": 9, "recipient": "西宁市", "total": 30, "cumulative_total": 128, "date": null}]}"#,
    },
    Case {
        name: "a batch named with its own count stays the total",
        text: "6月20日，督察组向西宁市交办第八批信访件21件，其中城东区5件、城西区16件。",
        want: r#"{"records": [{"batch": 8, "recipient": "西宁市", "total": 21, "cumulative_total": null,
                              "by_district": "城东区:630102:5;城西区:630104:16", "problems": []}]}"#,
    },
    Case {
        name: "a local share named after the batch",
        text: "6月20日，督察组向江西省交办第八批信访件，其中第八批涉及赣州市21件。",
        want: r#"{"records": [{"batch": 8, "recipient": null, "total": 21, "by_district": "赣州市:360700:21"}]}"#,
    },
    Case {
        name: "the as-of day of progress figures is no hand-over day",
        text: "6月18日，督察组向我市交办第八批信访件21件。截至6月25日，第八批已办结15件。",
        want: r#"{"records": [{"batch": 8, "total": 21, "date": "2024-06-18", "progress": "15/-/-"}]}"#,
    },
    Case {
        name: "an as-of day with the batch named says by when, not the day of the hand-over",
        text: "截至6月20日，我市共收到督察组交办的第八批信访件21件。",
        want: r#"{"records": [{"batch": 8, "total": 21, "date": null}]}"#,
    },
    Case {
        name: "another unit's running total stays off the record",
        text: "截至6月20日，湖南省累计收到中央督察组交办件共计1896件。当日，长沙市收到第十五批58件。",
        want: r#"{"records": [{"batch": 15, "recipient": "长沙市", "total": 58, "cumulative_total": null, "date": "2024-06-20"}]}"#,
    },
    Case {
        name: "the recipient's own running total, or an unnamed unit's, is the record's",
        text: "截至6月20日，我市累计收到中央督察组交办件共计896件。当日，长沙市收到第十五批58件。",
        want: r#"{"records": [{"batch": 15, "recipient": "长沙市", "total": 58, "cumulative_total": 896}]}"#,
    },
    Case {
        name: "one batch handed over to two units side by side is two records",
        text: "6月6日，西宁市收到第十批信访件17件，其中城东区5件、城西区12件。海东市收到第十批信访件9件。",
        want: r#"{"records": [{"batch": 10, "recipient": "西宁市", "total": 17, "date": "2024-06-06",
                               "by_district": "城东区:630102:5;城西区:630104:12", "problems": []},
                              {"batch": 10, "recipient": "海东市", "total": 9, "date": "2024-06-06", "by_district": ""}]}"#,
    },
    Case {
        name: "a province's hand-over and what its city received of it are one report",
        text: "6月6日，督察组向青海省交办第十批信访件37件。西宁市收到第十批信访件17件。",
        want: r#"{"records": [{"batch": 10, "recipient": "青海省", "total": 37}]}"#,
    },
    Case {
        name: "a long autonomous prefecture after 向",
        text: "6月6日，督察组向海西蒙古族藏族自治州交办第十批信访件17件。督察组向黔东南苗族侗族自治州转办第十一批信访件8件。",
        want: r#"{"records": [{"batch": 10, "recipient": "海西蒙古族藏族自治州", "total": 17},
                              {"batch": 11, "recipient": "黔东南苗族侗族自治州", "total": 8}]}"#,
    },
    Case {
        name: "channels given each the same count, and a platform's reports",
        text: "督察组向我市交办第八批信访件21件，其中来电、来信各7件，网络平台7件。",
        want: r#"{"records": [{"batch": 8, "total": 21, "by_channel": {"phone": 7, "letter": 7, "online": 7}, "problems": []}]}"#,
    },
    Case {
        name: "two words of one channel add up",
        text: "督察组向我市交办第八批信访件21件，其中电话举报10件、微信公众号举报6件、网络举报5件。",
        want: r#"{"records": [{"batch": 8, "total": 21, "by_channel": {"phone": 10, "online": 11}, "problems": []}]}"#,
    },
    Case {
        name: "the counts of a channel list are no total",
        text: "督察组向我市交办第八批信访件，其中来电、来信、网络举报分别为10件、5件、3件。",
        want: r#"{"records": [{"batch": 8, "total": null, "by_channel": {"phone": 10, "letter": 5, "online": 3}}]}"#,
    },
    Case {
        name: "places sharing one count with 均为, and counts given 分别交办",
        text: "6月20日，督察组向西宁市交办第八批信访件2件，其中城西区、城中区均为1件。6月21日，督察组向海东市交办第九批信访件5件，乐都区、平安区分别交办2件、3件。",
        want: r#"{"records": [{"batch": 8, "total": 2, "by_district": "城西区:630104:1;城中区:630103:1", "problems": []},
                              {"batch": 9, "total": 5, "by_district": "乐都区:630202:2;平安区:630203:3", "problems": []}]}"#,
    },
    Case {
        name: "progress written 阶段办结 and 仍在办理, in any order",
        text: "6月20日，督察组向我市交办第八批信访件21件，阶段办结4件，已办结15件，仍在办理2件。6月21日，督察组向我市交办第九批信访件10件，办结6件、阶段办结3件，1件尚在办理中。",
        want: r#"{"records": [{"batch": 8, "total": 21, "progress": "15/4/2"}, {"batch": 9, "total": 10, "progress": "6/3/1"}]}"#,
    },
    Case {
        name: "a group numbered after the inspection's name",
        text: "6月20日，省生态环境保护督察第二组向我市交办第八批信访件21件。6月21日，省环境保护督察组第三组向我市交办第九批信访件9件。",
        want: r#"{"records": [{"batch": 8, "inspection_group": 2, "inspection_level": "provincial"},
                              {"batch": 9, "inspection_group": 3, "inspection_level": "provincial"}]}"#,
    },
    Case {
        name: "the batch a running total includes, bracketed, and the running total's progress after it",
        text: "截至6月25日，我市累计收到中央督察组转办信访件386件（其中第十三批32件、第十四批20件），已办结356件。",
        want: r#"{"records": [{"batch": 13, "total": 32, "cumulative_total": 386, "progress": null},
                              {"batch": 14, "total": 20, "cumulative_total": 386, "progress": null}]}"#,
    },
    Case {
        name: "the places left unnamed make up the district list's sum",
        text: "6月11日，中央第七生态环境保护督察组交办甘肃省第十五批群众信访举报件59件，其中兰州市14件、天水市8件、临夏回族自治州9件、甘南藏族自治州6件、兰州新区4件、其他市州18件。",
        want: r#"{"records": [{"batch": 15, "recipient": "甘肃省", "total": 59, "problems": []}]}"#,
    },
    Case {
        name: "a district list that does not add up, with no places left unnamed, is a problem",
        text: "6月11日，中央第七生态环境保护督察组交办甘肃省第十五批群众信访举报件59件，其中兰州市14件、天水市8件。",
        want: r#"{"records": [{"batch": 15, "total": 59, "problems": ["by_district sums to 22, total is 59"]}]}"#,
    },
    Case {
        name: "batches received one after the other over a range of as many days",
        text: "6月3日至4日，铜仁市先后收到省第二生态环境保护督察组交办的第三批、第四批信访件共21件。6月5日至7日，督察组先后向铜仁市交办第五批、第六批信访件。",
        want: r#"{"records": [{"batch": 3, "date": "2024-06-03", "total": null}, {"batch": 4, "date": "2024-06-04", "total": null},
                              {"batch": 5, "date": null}, {"batch": 6, "date": null}]}"#,
    },
    Case {
        name: "a local share broken down in full into its own districts is read at the share's level",
        text: "6月19日，中央第四生态环境保护督察组向黑龙江省转办第二十三批信访举报件131件，涉及哈尔滨市的有25件，其中五常市6件、尚志市4件、双城区5件、道里区10件。",
        want: r#"{"records": [{"batch": 23, "recipient": "黑龙江省", "total": 131, "by_district": "哈尔滨市:230100:25", "problems": []}]}"#,
    },
    Case {
        name: "what a city received of a province's counted hand-over leaves the record the province's",
        text: "6月18日，督察组向湖北省交办第十批信访件96件，其中宜昌市收到13件。",
        want: r#"{"records": [{"batch": 10, "recipient": "湖北省", "total": 96}]}"#,
    },
];

#[test]
fn bulletins_of_the_second_session_of_2026_12_03() {
    bulletin::check_all(CASES);
}
