//! Hand-over bulletins of shapes found while writing unseen-style reports in the session of
//! 2026-12-03 (none from the development set): the round of inspections named beside the group
//! (`第三轮第二批中央生态环境保护督察`), the level before the group's ordinal, e-mail reports, local
//! shares under a named province. Same case shape as `bulletin_more.rs`.

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
];

#[test]
fn bulletins_found_by_unseen_style_reports() {
    bulletin::check_all(CASES);
}
