//! Pollution categories with shares and respectively-lists, in the forms real bulletins write them:
//! `分别占41%、27%` after `以…为主，`, counts and shares in two lists (`分别为12件、8件，分别占40%、26.7%`),
//! `依次为`, bare values taking the unit written after them, and the figures that are not a
//! category's (a change `同比下降12%`, points, the counts of places and of the batch). Same case shape
//! as `bulletin_more.rs`: `pollution` is `category:count:percent`, `-` for null.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "the share after a far count",
        text: "其中，反映大气问题的最多，有12件，占46.2%；其次是噪声问题8件，占30.8%。",
        want: r#"{"records": [], "pollution": "air:12:46.2;noise:8:30.8"}"#,
    },
    Case {
        name: "the count in brackets after the rank of the main category",
        text: "污染类型以大气污染为主（15件），其次为噪声污染（9件）。噪声最多（9件）。",
        want: r#"{"records": [], "pollution": "air:15:-;noise:9:-;noise:9:-"}"#,
    },
    Case {
        name: "a share after a place's count is the place's",
        text: "大气污染问题较多，城东区有5件，占20%。",
        want: r#"{"records": [], "pollution": "air:-:-"}"#,
    },
    Case {
        name: "shares after the comma of a 为主 clause",
        text: "反映的问题以大气、噪声为主，分别占41%、27%。",
        want: r#"{"records": [], "pollution": "air:-:41;noise:-:27"}"#,
    },
    Case {
        name: "a lone category with its count and share",
        text: "其中大气污染问题有36件，占42.9%",
        want: r#"{"records": [], "pollution": "air:36:42.9"}"#,
    },
    Case {
        name: "counts and shares in two respectively-lists",
        text: "其中大气、水、噪声污染分别为12件、8件、5件，分别占40%、26.7%、16.7%",
        want: r#"{"records": [], "pollution": "air:12:40;water:8:26.7;noise:5:16.7"}"#,
    },
    Case {
        name: "counts distributed in order",
        text: "涉及大气、噪声、水的分别为3件、2件、1件",
        want: r#"{"records": [], "pollution": "air:3:-;noise:2:-;water:1:-"}"#,
    },
    Case {
        name: "a district's count is not the category's",
        text: "城东区5件，其中噪声2件",
        want: r#"{"records": [], "districts": "城东区:630102:5", "pollution": "noise:2:-"}"#,
    },
    Case {
        name: "依次为 with bare values, then 占比分别为",
        text: "大气、水、噪声污染依次为12、8、5件，占比分别为40%、26.7%、16.7%。",
        want: r#"{"records": [], "pollution": "air:12:40;water:8:26.7;noise:5:16.7"}"#,
    },
    Case {
        name: "each count with its share in brackets",
        text: "大气、噪声污染分别为12件（占40%）、8件（26.7%）。",
        want: r#"{"records": [], "pollution": "air:12:40;noise:8:26.7"}"#,
    },
    Case {
        name: "shares with 依次占 and 和 before the last",
        text: "从污染类型看，大气、水、噪声污染举报依次占45.1%、20.3%和15.6%。",
        want: r#"{"records": [], "pollution": "air:-:45.1;water:-:20.3;noise:-:15.6"}"#,
    },
    Case {
        name: "a change is no share",
        text: "大气污染问题12件，同比下降12%。大气、噪声污染问题较多，同比分别下降12%、8%。",
        want: r#"{"records": [], "pollution": "air:12:-;air:-:-;noise:-:-"}"#,
    },
    Case {
        name: "the shares stay, the changes after them are dropped",
        text: "大气、噪声污染问题分别占60%、40%，同比分别上升12%、8%。",
        want: r#"{"records": [], "pollution": "air:-:60;noise:-:40"}"#,
    },
    Case {
        name: "points are no share",
        text: "大气、噪声污染分别下降3个百分点、2个百分点。",
        want: r#"{"records": [], "pollution": "air:-:-;noise:-:-"}"#,
    },
    Case {
        name: "fewer figures than categories go to none",
        text: "大气、水、噪声污染分别为12件、8件。",
        want: r#"{"records": [], "pollution": "air:-:-;water:-:-;noise:-:-"}"#,
    },
    Case {
        name: "the count and the respectively-list of places are theirs",
        text: "大气污染问题较多，城东区有5件。大气、噪声问题集中的城东区、城西区分别为3件、2件。",
        want: r#"{"records": [], "districts": "城东区:630102:5;城东区:630102:3;城西区:630104:2",
                  "pollution": "air:-:-;air:-:-;noise:-:-"}"#,
    },
    Case {
        name: "one share for each", text: "大气、噪声污染各占20%。", want: r#"{"records": [], "pollution": "air:-:20;noise:-:20"}"#
    },
    Case {
        name: "a respectively-list breaks down the record; the batch total and a district's count stay theirs",
        text: "6月18日，督察组向我市交办第十批信访件25件，其中城东区5件，其中大气、水、噪声污染分别为12件、8件、5件，分别占48%、32%、20%。",
        want: r#"{"records": [{"batch": 10, "total": 25, "by_district": "城东区:630102:5", "by_category": "air:12;water:8;noise:5"}],
                  "pollution": "air:12:48;water:8:32;noise:5:20"}"#,
    },
    Case {
        name: "a share that a new clause gives a place is the place's",
        text: "大气污染问题较多，城东区占20%。噪声污染问题最多，约占45%。",
        want: r#"{"records": [], "pollution": "air:-:-;noise:-:45"}"#,
    },
    Case {
        name: "a respectively-list whose digits OCR split",
        text: "其中大气、噪声、水污染分别为1 2件、8件、5件。",
        want: r#"{"records": [], "pollution": "air:12:-;noise:8:-;water:5:-"}"#,
    },
    Case {
        name: "phenomena counted under their category in a breakdown, and the same words in narrative",
        text: "其中，黑臭水体3件，露天焚烧2件，非法采砂2件，振动1件。全市开展黑臭水体治理，禁止秸秆焚烧。",
        want: r#"{"records": [], "pollution": "water:3:-;air:2:-;ecology:2:-;noise:1:-"}"#,
    },
];

#[test]
fn pollution_shares_and_lists() {
    bulletin::check_all(CASES);
}
