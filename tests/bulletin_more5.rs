//! Hand-over bulletins of shapes found in the session of 2026-12-03 (third), none from the
//! development set: an as-of sentence that reports the batch's own progress, and a count since the
//! inspection began, which opens no record. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "progress to an hour that adds up to the batch is the batch's own; the running total follows",
        text: "9月20日，省第二生态环境保护督察组向我市转办第八批信访举报件21件。截至9月21日17时，已办结14件，其余7件正在办理。截至当日，督察组累计转办我市信访件186件。截至目前，已办结152件。",
        want: r#"{"records": [{"batch": 8, "total": 21, "cumulative_total": 186, "progress": "14/-/7",
                               "cumulative_progress": "152/-/-", "problems": []}]}"#,
    },
    Case {
        name: "progress to a day that does not add up to the batch stays cumulative",
        text: "9月20日，督察组向我市转办第八批信访举报件21件。截至9月21日，已办结140件，其余70件正在办理。",
        want: r#"{"records": [{"batch": 8, "total": 21, "progress": null}]}"#,
    },
    Case {
        name: "a count since the inspection began opens no record",
        text: "3月以来，区生态环境分局开展夜查行动12次。自进驻以来，督察组共交办信访件96件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a group handing over counted cases with no batch named still opens a record",
        text: "5月18日，督察组向我区交办信访件32件，其中来电20件、来信12件。",
        want: r#"{"records": [{"batch": null, "total": 32, "by_channel": {"phone": 20, "letter": 12}}]}"#,
    },
    Case {
        name: "what a city received of a province's batch is a share in the breakdown",
        text: "6月18日，督察组向湖北省交办第十批信访件96件，其中宜昌市收到13件。",
        want: r#"{"records": [{"batch": 10, "recipient": "湖北省", "total": 96, "by_district": "宜昌市:420500:13", "problems": []}]}"#,
    },
    Case {
        name: "what the recipient itself received is its total, not its breakdown",
        text: "6月18日，督察组交办第十批信访件，宜昌市共收到13件。",
        want: r#"{"records": [{"batch": 10, "recipient": "宜昌市", "total": 13, "by_district": ""}]}"#,
    },
    Case {
        name: "a later sentence opening with an earlier batch breaks that batch down",
        text: "12月12日，督察组转办第十一批信访件9件；12月13日，转办第十二批信访件7件。第十一批中，贵阳市4件、遵义市5件。第十二批中，贵阳市3件、遵义市4件。",
        want: r#"{"records": [{"batch": 11, "total": 9, "by_district": "贵阳市:520100:4;遵义市:520300:5", "problems": []},
                              {"batch": 12, "total": 7, "by_district": "贵阳市:520100:3;遵义市:520300:4", "problems": []}]}"#,
    },
    Case {
        name: "a count of repeated or remaining cases is no total",
        text: "4月1日，中央第三生态环境保护督察组交办我县的第六批信访件中，重复件2件，其余6件均已转办至相关乡镇和部门。",
        want: r#"{"records": [{"batch": 6, "total": null}]}"#,
    },
    Case {
        name: "county-level cities count with the counties of a scope",
        text: "12月9日，督察组向金华市交办第十七批信访件24件，涉及全市2区5县（市）。其中婺城区5件、金东区3件、义乌市6件、东阳市4件、永康市2件、浦江县2件、武义县2件。",
        want: r#"{"records": [{"batch": 17, "total": 24, "scope": {"districts": 2, "counties": 5}, "problems": []}]}"#,
    },
];

#[test]
fn bulletins_of_the_third_session_of_2026_12_03() {
    bulletin::check_all(CASES);
}
