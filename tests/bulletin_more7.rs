//! Hand-over bulletins of shapes found in the session of 2026-12-05, none from the development set:
//! OCR's stray spaces inside the figures of progress and priority cases, and departments that take
//! cases beside a list of places. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "a stray space inside the figures of progress",
        text: "6月11日，督察组向我市转办第十二批信访件36件，其中重点关注1 2件。截至6月11日，督察组累计向我市转办信访件412件，已办结2 05件、阶段性办结16 3件、正在办理4 4件。",
        want: r#"{"records": [{"batch": 12, "total": 36, "priority_cases": 12, "cumulative_total": 412,
                               "cumulative_progress": "205/163/44"}]}"#,
    },
    Case {
        name: "departments complete the sum of a list of places",
        text: "6月11日，督察组向南平市转办第十二批信访件20件，其中延平区12件、建阳区6件、市直部门2件。",
        want: r#"{"records": [{"batch": 12, "recipient": "南平市", "total": 20,
                               "by_district": "延平区:350702:12;建阳区:350703:6", "problems": []}]}"#,
    },
    Case {
        name: "a list short of its total without departments is still reported",
        text: "6月11日，督察组向南平市转办第十二批信访件20件，其中延平区12件、建阳区6件。",
        want: r#"{"records": [{"batch": 12, "total": 20, "problems": ["by_district sums to 18, total is 20"]}]}"#,
    },
    Case {
        name: "a list of places adds up to the count after merging",
        text: "4月13日，督察组向我省转办第七批信访件9件（合并后转办10件）。其中，长沙市4件、株洲市3件、湘潭市3件。",
        want: r#"{"records": [{"batch": 7, "total": 9, "by_district": "长沙市:430100:4;株洲市:430200:3;湘潭市:430300:3", "problems": []}]}"#,
    },
];

#[test]
fn bulletins_of_the_session_of_2026_12_05() {
    bulletin::check_all(CASES);
}
