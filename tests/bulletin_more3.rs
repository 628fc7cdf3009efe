//! Hand-over bulletins of shapes found while writing unseen-style reports in the session of
//! 2026-12-03 (none from the development set): the round of inspections named beside the group
//! (`第三轮第二批中央生态环境保护督察`), the level before the group's ordinal, e-mail reports, local
//! shares under a named province; batches handed over together with a day or a count each, and a
//! second hand-over of the same report. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "the round of inspections is no complaint batch",
        text: "6月18日，第三轮第二批中央生态环境保护督察第六督察组向潍坊市交办第十批群众信访举报件38件。",
        want: r#"{"records": [{"batch": 10, "inspection_group": 6, "inspection_level": "central", "recipient": "潍坊市",
                               "total": 38, "date": "2024-06-18", "problems": []}]}"#,
    },
    Case {
        name: "a round named before the group, no batch of complaints",
        text: "根据第三轮第二批中央生态环境保护督察工作安排，中央第六生态环境保护督察组6月18日向潍坊市交办群众信访举报件38件。",
        want: r#"{"records": [{"batch": null, "inspection_group": 6, "total": 38, "recipient": "潍坊市"}]}"#,
    },
    Case {
        name: "a round before the group: 第二轮第四批中央生态环境保护督察组",
        text: "第二轮第四批中央生态环境保护督察组向洛阳市交办第十一批信访件26件。",
        want: r#"{"records": [{"batch": 11, "total": 26, "inspection_level": "central", "problems": []}]}"#,
    },
    Case {
        name: "the level written with the inspection, before the group's ordinal",
        text: "第三轮省级生态环境保护督察第二督察组向潍坊市交办第五批信访件12件。",
        want: r#"{"records": [{"batch": 5, "inspection_group": 2, "inspection_level": "provincial", "total": 12}]}"#,
    },
    Case {
        name: "e-mail reports are online ones",
        text: "督察组向潍坊市交办第五批信访件41件，其中电话举报29件、来信举报7件、邮件举报5件。",
        want: r#"{"records": [{"batch": 5, "total": 41, "by_channel": {"phone": 29, "letter": 7, "online": 5},
                               "problems": []}]}"#,
    },
    Case {
        name: "only a local share of a province's batch: the share is the total, no recipient",
        text: "6月18日，中央第五生态环境保护督察组向江西省交办第二十一批群众信访举报件，其中赣州市53件。",
        want: r#"{"records": [{"batch": 21, "recipient": null, "total": 53, "by_district": "赣州市:360700:53", "problems": []}]}"#,
    },
    Case {
        name: "a local share of an unnamed unit",
        text: "6月18日，督察组向江西省交办第二十一批群众信访举报件，其中我市53件。",
        want: r#"{"records": [{"batch": 21, "recipient": null, "total": 53, "by_district": ""}]}"#,
    },
    Case {
        name: "a local share written with 的有",
        text: "6月18日，督察组向江西省交办第二十一批群众信访举报件，其中涉及赣州市的有53件。",
        want: r#"{"records": [{"batch": 21, "recipient": null, "total": 53, "by_district": "赣州市:360700:53"}]}"#,
    },
    Case {
        name: "a city that says what it received of the province's batch is the recipient",
        text: "6月18日，中央第六生态环境保护督察组向山东省交办第十批群众信访举报件，潍坊市收到38件。",
        want: r#"{"records": [{"batch": 10, "recipient": "潍坊市", "total": 38, "problems": []}]}"#,
    },
    Case {
        name: "a breakdown list after 其中 is no local share",
        text: "督察组向西宁市交办第五批信访件，其中城东区2件、城中区6件。",
        want: r#"{"records": [{"batch": 5, "recipient": "西宁市", "total": null, "by_district": "城东区:630102:2;城中区:630103:6"}]}"#,
    },
    Case {
        name: "channels given for two batches together are neither batch's",
        text: "6月10日，督察组向潍坊市交办第七批、第八批信访件，分别为31件、27件，其中来电40件、来信18件。",
        want: r#"{"records": [{"batch": 7, "total": 31, "by_channel": null, "problems": []},
                              {"batch": 8, "total": 27, "by_channel": null, "problems": []}]}"#,
    },
    Case {
        name: "each batch of a list with its own day and verb",
        text: "省第一生态环境保护督察组向南昌市交办信访件。第一批6月13日交办，共19件；第二批6月16日交办，共22件。",
        want: r#"{"records": [{"batch": 1, "date": "2024-06-13", "total": 19}, {"batch": 2, "date": "2024-06-16", "total": 22}]}"#,
    },
    Case {
        name: "the date clause before a second hand-over dates it",
        text: "6月13日，省第一生态环境保护督察组向南昌市交办第一批信访件19件；6月16日，交办第二批信访件22件。",
        want: r#"{"records": [{"batch": 1, "date": "2024-06-13", "total": 19}, {"batch": 2, "date": "2024-06-16", "total": 22}]}"#,
    },
    Case {
        name: "each batch counted after its bracketed day",
        text: "督察组向南昌市交办第一批信访件19件（6月13日）、第二批信访件22件（6月16日）。",
        want: r#"{"records": [{"batch": 1, "total": 19, "problems": []}, {"batch": 2, "total": 22, "problems": []}]}"#,
    },
    Case {
        name: "hand-overs listed after a cumulative opening",
        text: "截至6月19日24时，共向我市交办信访件三批，具体如下：\n第一批：6月13日交办，共19件（来电14件、来信5件）；\n\
第二批：6月16日交办，共22件（来电17件、来信3件、来访2件）；\n第三批：6月19日交办，共16件（来电12件、网络4件）。",
        want: r#"{"records": [{"batch": 1, "date": "2024-06-13", "total": 19, "by_channel": {"phone": 14, "letter": 5}, "problems": []},
                              {"batch": 2, "date": "2024-06-16", "total": 22, "by_channel": {"phone": 17, "letter": 3, "visit": 2}, "problems": []},
                              {"batch": 3, "date": "2024-06-19", "total": 16, "by_channel": {"phone": 12, "online": 4}, "problems": []}]}"#,
    },
    Case {
        name: "a short range of batches handed over at once is one record per batch with the joint count",
        text: "12月9日，西宁市收到第十七至十九批群众信访举报件共45件。",
        want: r#"{"records": [{"batch": 17, "total": null, "recipient": "西宁市", "date": "2024-12-09",
                               "problems": ["45 cases were handed over together with other batches; this batch's own count is not given"]},
                              {"batch": 18, "total": null}, {"batch": 19, "total": null}]}"#,
    },
    Case {
        name: "a range from the first batch is a running total",
        text: "截至12月9日，督察组累计向我市交办第一至十五批信访件共1234件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "each batch with its day bracketed after it and a bare list of counts",
        text: "督察组交办我市第八批（6月17日）、第九批（6月18日）信访件38件、40件。",
        want: r#"{"records": [{"batch": 8, "date": "2024-06-17", "total": 38, "problems": []},
                              {"batch": 9, "date": "2024-06-18", "total": 40, "problems": []}]}"#,
    },
    Case {
        name: "as many days as batches, 分别",
        text: "中央第五生态环境保护督察组于6月17日、18日分别交办我市第八批、第九批信访件38件、40件。",
        want: r#"{"records": [{"batch": 8, "date": "2024-06-17", "total": 38}, {"batch": 9, "date": "2024-06-18", "total": 40}]}"#,
    },
    Case {
        name: "a counted bracket still cuts the batches apart",
        text: "6月18日，督察组交办我市第十一批（10件）、第十二批（8件）信访件。",
        want: r#"{"records": [{"batch": 11, "total": 10}, {"batch": 12, "total": 8}]}"#,
    },
    Case {
        name: "a second hand-over naming no recipient goes to the one named before",
        text: "6月17日，中央第五生态环境保护督察组向广州市交办第八批信访件38件；6月18日，交办第九批40件。",
        want: r#"{"records": [{"batch": 8, "recipient": "广州市", "total": 38}, {"batch": 9, "recipient": "广州市", "total": 40, "date": "2024-06-18"}]}"#,
    },
    Case {
        name: "after an unnamed recipient, the second hand-over has none either",
        text: "6月17日，督察组向我市交办第八批信访件38件；6月18日，交办第九批40件。",
        want: r#"{"records": [{"batch": 8, "recipient": null, "total": 38}, {"batch": 9, "recipient": null, "total": 40}]}"#,
    },
    Case {
        name: "every case closed, no figure: the total is closed",
        text: "截至6月19日，中央第三生态环境保护督察组交办我区的第十批12件信访件已全部办结。",
        want: r#"{"records": [{"batch": 10, "total": 12, "progress": "12/-/-"}]}"#,
    },
    Case {
        name: "the rest closed is no figure for the closed ones",
        text: "6月19日，督察组交办我市第五批信访件20件，已办结15件，其余均已办理完毕。",
        want: r#"{"records": [{"batch": 5, "total": 20, "progress": "15/-/-"}]}"#,
    },
    Case {
        name: "earlier batches counted together after the hand-over leave its record",
        text: "6月19日，督察组交办我市第五批信访件20件，前四批已全部办结。",
        want: r#"{"records": [{"batch": 5, "total": 20, "date": "2024-06-19", "progress": null}]}"#,
    },
    Case {
        name: "a recipient whose name opens like an unnamed unit (上海市, 本溪市)",
        text: "6月5日，上海市收到中央第二生态环境保护督察组交办的第六批群众信访举报件55件。督察组向本溪市交办第七批信访件12件。",
        want: r#"{"records": [{"batch": 6, "recipient": "上海市", "total": 55}, {"batch": 7, "recipient": "本溪市", "total": 12}]}"#,
    },
    Case {
        name: "a day or time word before the recipient, or 至 after the verb, is not its name",
        text: "6月6日西宁市收到第十批信访件17件。当天海东市收到第十一批信访件9件。督察组第十二批信访件14件转办至佛山市。",
        want: r#"{"records": [{"batch": 10, "recipient": "西宁市", "total": 17}, {"batch": 11, "recipient": "海东市", "total": 9},
                              {"batch": 12, "recipient": "佛山市", "total": 14}]}"#,
    },
    Case {
        name: "cases counted in 宗",
        text: "6月7日，佛山市收到第十批信访件14宗，其中禅城区3宗、南海区5宗、顺德区6宗；来电9宗、来信5宗。",
        want: r#"{"records": [{"batch": 10, "recipient": "佛山市", "total": 14, "by_channel": {"phone": 9, "letter": 5},
                              "by_district": "禅城区:440604:3;南海区:440605:5;顺德区:440606:6", "problems": []}]}"#,
    },
];

#[test]
fn bulletins_found_by_unseen_style_reports() {
    bulletin::check_all(CASES);
}
