//! Hand-over bulletins of the complaint record's third round, none from the development set: the
//! places of the priority cases, progress told after the running total, batches listed in an as-of
//! sentence, problems counted instead of cases, `反馈` as a hand-over verb, and categories written
//! `…环境污染类`. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "a central group named with its ordinal after the inspection's name",
        text: "2024年5月20日，中央生态环境保护第三督察组转来第8批信访件共42件（来电31件，来信11件）。",
        want: r#"{"records": [{"inspection_group": 3, "inspection_level": "central", "batch": 8, "total": 42, "by_channel": {"phone": 31, "letter": 11}}]}"#,
    },
    Case {
        name: "the inspection named without its group gives the hand-over's level",
        text: "5月20日，我区收到第三轮省级生态环境保护督察第二批转办信访件7件。按照中央生态环境保护督察工作安排，5月21日，我市收到第三批转办信访件12件。",
        want: r#"{"records": [{"inspection_group": null, "inspection_level": "provincial", "batch": 2, "total": 7},
                               {"inspection_group": null, "inspection_level": "central", "batch": 3, "total": 12}]}"#,
    },
    Case {
        name: "no inspection named, no level",
        text: "5月20日，我区收到第二批转办信访件7件。",
        want: r#"{"records": [{"inspection_group": null, "inspection_level": null, "batch": 2, "total": 7}]}"#,
    },
    Case {
        name: "the places of the priority cases are no breakdown of the batch",
        text: "15日，中央第六生态环境保护督察组交办第3批群众举报件40件（来电32件，来信8件）。其中列为重点关注件6件，分别为昆明3件、曲靖2件、玉溪1件。交办举报件数量较多的是：昆明20件，曲靖12件，玉溪、大理各4件。",
        want: r#"{"records": [{"batch": 3, "total": 40, "priority_cases": 6, "by_channel": {"phone": 32, "letter": 8},
                               "by_district": "昆明:530100:20;曲靖:530300:12;玉溪:530400:4;大理:532900:4", "problems": []}],
                  "districts": "昆明:530100:3;曲靖:530300:2;玉溪:530400:1;昆明:530100:20;曲靖:530300:12;玉溪:530400:4;大理:532900:4"}"#,
    },
    Case {
        name: "a priority count whose places do not add up to it leaves them in the breakdown",
        text: "15日，中央第六生态环境保护督察组交办第3批群众举报件10件，其中重点件2件，昆明6件、曲靖4件。",
        want: r#"{"records": [{"batch": 3, "total": 10, "priority_cases": 2, "by_district": "昆明:530100:6;曲靖:530300:4", "problems": []}]}"#,
    },
    Case {
        name: "a batch whose cases are all priority ones counts them all as priority",
        text: "11月27日，我县收到中央第三生态环境保护督察组交办的第5批群众信访举报件12件，均为重点件。",
        want: r#"{"records": [{"batch": 5, "total": 12, "priority_cases": 12}]}"#,
    },
    Case {
        name: "the batch the sentence after a running total opens with is handed over by its verb",
        text: "截至12月8日，中央第五生态环境保护督察组累计向我市交办信访件156件，已办结98件，阶段性办结40件，正在办理18件。其中第七批21件，已办结3件。",
        want: r#"{"records": [{"batch": 7, "inspection_group": 5, "total": 21, "progress": "3/-/-", "cumulative_total": 156, "cumulative_progress": "98/40/18"}]}"#,
    },
    Case {
        name: "a visit to a batch's cases hands nothing over: 批 of 第十一批 is no part of 批转",
        text: "5月19日上午，副市长黄建学带队到江南区督导第十一批转办件办理情况。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a batch handed over right before its verb, and a unit that passes it on (批转)",
        text: "督察组第三批转办的信访件20件。市政府批转督察组交办的第二批信访件12件。",
        want: r#"{"records": [{"batch": 3, "total": 20}, {"batch": 2, "total": 12}]}"#,
    },
    Case {
        name: "a title opening the clause names no recipient",
        text: "5月19日，副市长黄建学收到第十一批信访件5件的办理报告。",
        want: r#"{"records": [{"batch": 11, "total": 5, "recipient": null}]}"#,
    },
    Case {
        name: "a note in brackets between 办结 and its count",
        text: "12月9日，督察组向我市交办第十七批信访件24件，已办结（含阶段性办结）20件，未办结4件。",
        want: r#"{"records": [{"batch": 17, "total": 24, "progress": "20/-/4", "problems": []}]}"#,
    },
    Case {
        name: "the progress of a batch told after a running total hands nothing over",
        text: "截至12月8日，中央第五生态环境保护督察组累计向我市交办信访件156件，已办结98件。其中，第一批已全部办结。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a batch whose cases all came in by one channel gives that channel every case",
        text: "11月27日，我县收到中央第三生态环境保护督察组交办的第5批群众信访举报件12件，均为群众来电举报。",
        want: r#"{"records": [{"batch": 5, "total": 12, "by_channel": {"phone": 12}}]}"#,
    },
    Case {
        name: "progress after the running total, adding up to it, is the running total's",
        text: "截至11月8日，针对中央第二生态环境保护督察组向我省转交的第十二批60件信访举报件，已办结31件。在转交的前十二批信访举报件累计820件中，属实300件，部分属实420件，不属实100件。已办结400件，阶段性办结250件，正在办理170件。",
        want: r#"{"records": [{"batch": 12, "total": 60, "progress": "31/-/-", "cumulative_total": 820, "cumulative_progress": "400/250/170"}]}"#,
    },
    Case {
        name: "progress after the running total that does not add up to it is left alone",
        text: "截至11月8日，针对中央第二生态环境保护督察组向我省转交的第十二批60件信访举报件，已办结31件。在转交的前十二批信访举报件累计820件中，属实300件。已办结400件，正在办理170件。",
        want: r#"{"records": [{"batch": 12, "total": 60, "cumulative_total": 820, "cumulative_progress": null}]}"#,
    },
    Case {
        name: "an as-of sentence naming a list of batches hands them over, each told apart after",
        text: "本报讯（记者 方远）截至6月3日，我市分别收到中央第一生态环境保护督察组转办的第十四、十五批信访件共17件。第十四批信访件9件，涉及环境问题12个。其中，噪声方面问题4个、大气环境方面问题5个、其他方面问题3个。第十五批信访件8件，涉及环境问题9个。其中，水环境方面问题6个、垃圾方面问题3个。",
        want: r#"{"records": [{"batch": 14, "total": 9, "by_category": "noise:4;air:5;other:3", "problems": []},
                              {"batch": 15, "total": 8, "by_category": "water:6;solid_waste:3", "problems": []}]}"#,
    },
    Case {
        name: "an as-of sentence over a running total of batches stays cumulative",
        text: "截至6月3日，我市共收到中央第一生态环境保护督察组转办的第一至十五批信访件共170件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "反馈 right before a batch hands it over",
        text: "6月12日上午，中央第三生态环境保护督察组向我区反馈第9批群众来信来电信访件2件，均属噪声污染问题。",
        want: r#"{"records": [{"batch": 9, "inspection_group": 3, "date": "2024-06-12", "total": 2}]}"#,
    },
    Case {
        name: "反馈 of the results reports back and opens no record",
        text: "6月12日，我区已将第9批信访件2件的办理情况反馈督察组。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "categories written 环境污染类, one of them compound",
        text: "9月3日，省第二生态环境保护督察组向我市转办第六批信访件3件，其中武江区1件，乐昌市2件。按污染类型分，同时涉及大气、水环境污染类1件；土壤环境污染类1件；其他污染类1件。",
        want: r#"{"records": [{"batch": 6, "total": 3, "by_district": "武江区:440203:1;乐昌市:440281:2",
                               "by_category": "air:1;water:1;soil:1;other:1"}],
                  "pollution": "air:1:-;water:1:-;soil:1:-;other:1:-"}"#,
    },
    Case {
        name: "districts breaking down the unnamed recipient's share are no mismatch with the batch's total",
        text: "12月5日，中央第五生态环境保护督察组交办的第七批58件信访件中，属于我市管辖的23件，其中城东区5件、城西区8件、城北区10件。",
        want: r#"{"records": [{"batch": 7, "total": 58, "by_district": "城东区:630102:5;城西区:630104:8;城北区:630105:10", "problems": []}]}"#,
    },
    Case {
        name: "a list adding up to neither the total nor the recipient's share is reported",
        text: "12月5日，中央第五生态环境保护督察组交办的第七批58件信访件中，属于我市管辖的23件，其中城东区5件、城西区8件。",
        want: r#"{"records": [{"batch": 7, "total": 58, "problems": ["by_district sums to 13, total is 58"]}]}"#,
    },
    Case {
        name: "the production and construction corps is a recipient of its own, not its region",
        text: "12月5日，中央第三生态环境保护督察组向新疆生产建设兵团交办第五批信访件30件。12月8日，新疆生产建设兵团收到第六批信访件12件。",
        want: r#"{"records": [{"batch": 5, "recipient": "新疆生产建设兵团", "total": 30}, {"batch": 6, "recipient": "新疆生产建设兵团", "total": 12}]}"#,
    },
    Case {
        name: "an office named with a quoted campaign receives for its province",
        text: "12月2日，中央第六生态环境保护督察组向河南省配合中央生态环境保护督察“回头看”联络组移交督察组12月1日受理群众来电来信举报件88件，其中来电70件，来信18件。",
        want: r#"{"records": [{"recipient": "河南省", "total": 88, "by_channel": {"phone": 70, "letter": 18}}]}"#,
    },
    Case {
        name: "a city paper's headline giving its own share is no hand-over of its own",
        text: "中央生态环保督察组交办我市环保问题信访件3件\n12月2日，中央第六生态环境保护督察组向河南省配合中央生态环境保护督察“回头看”联络组移交督察组12月1日受理群众来电来信举报件88件，其中来电70件，来信18件。其中，交办我市信访件3件。",
        want: r#"{"records": [{"recipient": "河南省", "total": 88, "problems": []}]}"#,
    },
    Case {
        name: "a hand-over form: the inspection in the headline, the date and count on labelled lines",
        text: "第二轮省生态环境保护督察\n\n第一督察组交办信访件情况（第5批）\n\n交办时间：2024年7月8日\n交办数量：21件\n其中：来电14件，来信5件，网络举报2件\n",
        want: r#"{"records": [{"inspection_group": 1, "inspection_level": "provincial", "batch": 5, "date": "2024-07-08", "total": 21,
                               "by_channel": {"phone": 14, "letter": 5, "online": 2}}]}"#,
    },
    Case {
        name: "a labelled date of another deed is no hand-over date",
        text: "第一督察组交办信访件情况（第5批）\n办结时间：2024年7月18日\n交办数量：21件\n",
        want: r#"{"records": [{"batch": 5, "date": null, "total": 21}]}"#,
    },
    Case {
        name: "a hand-over form's labelled date in traditional script",
        text: "第一督察組交辦信訪件情況（第5批）\n\n交辦時間：2024年7月8日\n交辦數量：21件\n",
        want: r#"{"records": [{"batch": 5, "date": "2024-07-08", "total": 21}]}"#,
    },
    Case {
        name: "what a group handed over during its whole stay is a running total, no hand-over",
        text: "中央第四生态环境保护督察组进驻期间，共向我市转办群众信访举报件312件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "two channels counted together give neither channel the count",
        text: "12月5日，督察组向我市交办第4批信访件20件（来电来信18件，来访2件）。12月6日，督察组向我市交办第5批信访件9件，其中网络微信举报9件。",
        want: r#"{"records": [{"batch": 4, "total": 20, "by_channel": {"visit": 2}},
                               {"batch": 5, "total": 9, "by_channel": {"online": 9}}]}"#,
    },
    Case {
        name: "the days a group handed over cases in are no running total",
        text: "12月1日至5日期间，中央第四生态环境保护督察组向我市转办群众信访举报件31件。",
        want: r#"{"records": [{"inspection_group": 4, "batch": null, "total": 31}]}"#,
    },
    Case {
        name: "a batch handed over during the stay is a hand-over",
        text: "中央第四生态环境保护督察组进驻期间，12月5日向我市转办第5批群众信访举报件12件。",
        want: r#"{"records": [{"inspection_group": 4, "batch": 5, "total": 12}]}"#,
    },
    // ---- traditional script: the tests made on the original read it as simplified
    Case {
        name: "a reporter's learning in traditional script is no hand-over date",
        text: "本報訊（記者 蘇日娜）6月23日，記者從赤峰市獲悉，全市已完成對中央督察組交辦的第十七批信訪舉報件（涉及赤峰市11件）的調查處理：已辦結8件。",
        want: r#"{"records": [{"batch": 17, "date": null, "total": 11, "progress": "8/-/-"}]}"#,
    },
    Case {
        name: "a scope checked against districts written in traditional script",
        text: "12月9日，中央第五生態環境保護督察組向西寧市交辦了第十七批群眾信訪舉報件共5件，涉及全市2區1縣，其中城東區2件、城西區1件、大通縣2件。",
        want: r#"{"records": [{"batch": 17, "recipient": "西寧市", "total": 5, "scope": {"districts": 2, "counties": 1}, "problems": []}]}"#,
    },
];

#[test]
fn complaint_records_of_round_three() {
    bulletin::check_all(CASES);
}
