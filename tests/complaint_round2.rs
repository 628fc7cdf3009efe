//! Hand-over bulletins of the complaint record's second round, none from the development set: other
//! hand-over verbs, the municipalities under the central government, counts given respectively,
//! running totals with a breakdown of their own, figures that pass the batch's total, and a case of a
//! batch told about in a case report. Same case shape as `bulletin_more.rs`.

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    // ---- hand-over verbs beyond 交办
    Case {
        name: "转来 hands a batch over",
        text: "12月3日，省第三生态环境保护督察组向我市转来第五批信访件42件。",
        want: r#"{"records": [{"batch": 5, "inspection_group": 3, "inspection_level": "provincial", "date": "2024-12-03",
                               "recipient": null, "total": 42}]}"#,
    },
    Case {
        name: "批转 by a group named without 生态环境保护",
        text: "中央第二督察组批转第8批群众举报件15件。",
        want: r#"{"records": [{"batch": 8, "inspection_group": 2, "inspection_level": "central", "total": 15}]}"#,
    },
    Case {
        name: "转送 hands a batch over",
        text: "12月3日，省第三生态环境保护督察组向赣州市转送第五批信访件42件，其中来电30件、来信12件。",
        want: r#"{"records": [{"batch": 5, "recipient": "赣州市", "total": 42, "by_channel": {"phone": 30, "letter": 12}, "problems": []}]}"#,
    },
    Case {
        name: "下发 to a municipality",
        text: "12月3日，中央第三生态环境保护督察组向天津市下发第五批信访件42件。",
        want: r#"{"records": [{"batch": 5, "inspection_level": "central", "recipient": "天津市", "total": 42}]}"#,
    },
    Case {
        name: "下发 of a list of tasks is no hand-over of complaints",
        text: "12月3日，市政府下发第二批整改任务清单，共15项。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "转送 of leads to the police is no hand-over of complaints",
        text: "市生态环境局将第二批案件线索转送公安机关，共12件。",
        want: r#"{"records": []}"#,
    },
    // ---- municipalities under the central government
    Case {
        name: "a municipality receives from a central group, its districts given respectively",
        text: "12月5日，重庆市收到中央第六生态环境保护督察组转办的第三批信访件6件。其中，渝中区、江北区、南岸区分别为3件、2件、1件。",
        want: r#"{"records": [{"batch": 3, "inspection_group": 6, "inspection_level": "central", "date": "2024-12-05",
                               "recipient": "重庆市", "total": 6,
                               "by_district": "渝中区:500103:3;江北区:500105:2;南岸区:500108:1", "problems": []}],
                  "districts": "渝中区:500103:3;江北区:500105:2;南岸区:500108:1"}"#,
    },
    Case {
        name: "a municipality named without its unit, a county among its districts",
        text: "12月5日，中央第六生态环境保护督察组向重庆转办第三批信访件10件，其中万州区、涪陵区、城口县分别是5件、3件、2件。",
        want: r#"{"records": [{"batch": 3, "recipient": "重庆市", "total": 10,
                               "by_district": "万州区:500101:5;涪陵区:500102:3;城口县:500229:2", "problems": []}]}"#,
    },
    Case {
        name: "a municipality's districts of an ambiguous name resolve inside it",
        text: "12月5日，北京市收到中央第二生态环境保护督察组交办的第六批信访件20件，其中朝阳区12件、海淀区8件。",
        want: r#"{"records": [{"batch": 6, "recipient": "北京市", "total": 20, "by_district": "朝阳区:110105:12;海淀区:110108:8", "problems": []}]}"#,
    },
    Case {
        name: "a municipality's own group is provincial",
        text: "12月5日，重庆市第二生态环境保护督察组向渝中区交办第三批信访件20件。",
        want: r#"{"records": [{"batch": 3, "inspection_group": 2, "inspection_level": "provincial", "recipient": "渝中区", "total": 20}]}"#,
    },
    Case {
        name: "a municipality's party committee group is provincial",
        text: "12月5日，天津市委第一生态环境保护督察组向和平区交办第三批信访件8件，其中来电5件、来信3件。",
        want: r#"{"records": [{"batch": 3, "inspection_group": 1, "inspection_level": "provincial", "recipient": "和平区", "total": 8}]}"#,
    },
    Case {
        name: "a 市 group is provincial when its recipient lies in a municipality",
        text: "12月5日，市第二生态环境保护督察组向渝中区交办第三批信访件20件。",
        want: r#"{"records": [{"inspection_group": 2, "inspection_level": "provincial", "recipient": "渝中区"}]}"#,
    },
    Case {
        name: "a 市 group of an ordinary city has no level",
        text: "12月5日，市第二生态环境保护督察组向城东区交办第三批信访件20件。",
        want: r#"{"records": [{"inspection_group": 2, "inspection_level": null, "recipient": "城东区"}]}"#,
    },
    Case {
        name: "a city's group takes no level from a central group named before",
        text: "中央第五生态环境保护督察组进驻我省开展督察。12月5日，市第二生态环境保护督察组向城东区交办第三批信访件20件。",
        want: r#"{"records": [{"inspection_group": 2, "inspection_level": null, "total": 20}]}"#,
    },
    // ---- counts given respectively, and plain lists
    Case {
        name: "counts given with 分别有",
        text: "12月5日，督察组向我市交办第三批信访件10件，其中城东区、城西区分别有6件、4件。",
        want: r#"{"records": [{"total": 10, "by_district": "城东区:630102:6;城西区:630104:4", "problems": []}]}"#,
    },
    Case {
        name: "a plain list still works",
        text: "12月5日，督察组向我市交办第三批信访件6件，其中渝中区3件、江北区2件、南岸区1件。",
        want: r#"{"records": [{"total": 6, "by_district": "渝中区:500103:3;江北区:500105:2;南岸区:500108:1", "problems": []}]}"#,
    },
    // ---- running totals keep their own breakdown
    Case {
        name: "a breakdown after 累计 is the running total's",
        text: "12月5日，督察组向我市交办第三批信访件30件，其中城东区10件、城西区20件。截至目前，累计收到交办件120件，其中城东区50件、城西区70件。",
        want: r#"{"records": [{"batch": 3, "total": 30, "cumulative_total": 120, "by_district": "城东区:630102:10;城西区:630104:20", "problems": []}]}"#,
    },
    Case {
        name: "a running total's breakdown never becomes the batch's",
        text: "12月5日，督察组向我市交办第三批信访件30件。截至目前，累计收到交办件120件，其中城东区50件、城西区70件。",
        want: r#"{"records": [{"batch": 3, "total": 30, "cumulative_total": 120, "by_district": "", "problems": []}]}"#,
    },
    Case {
        name: "a running total in the hand-over sentence keeps its breakdown",
        text: "督察组向我市交办第三批信访件30件，累计交办120件，其中城东区50件、城西区70件。",
        want: r#"{"records": [{"batch": 3, "total": 30, "cumulative_total": 120, "by_district": ""}]}"#,
    },
    Case {
        name: "至此 opens a running total, no record of its own",
        text: "督察组向我市交办第三批信访件30件。至此，督察组共向我市交办信访件120件，其中城东区50件、城西区70件。",
        want: r#"{"records": [{"batch": 3, "total": 30, "cumulative_total": 120, "by_district": "", "problems": []}]}"#,
    },
    Case {
        name: "the cases since the inspection began are a running total",
        text: "督察组向我市交办第三批信访件30件。自督察以来，共收到交办件120件，其中城东区50件、城西区70件。",
        want: r#"{"records": [{"batch": 3, "total": 30, "cumulative_total": 120, "by_district": "", "problems": []}]}"#,
    },
    // ---- figures that pass the total
    Case {
        name: "priority cases and closed cases beyond the total",
        text: "12月5日，督察组向我市交办第三批信访件10件，重点件12件，已办结15件。",
        want: r#"{"records": [{"total": 10, "priority_cases": 12, "progress": "15/-/-",
                               "problems": ["priority_cases is 12, more than the total 10", "progress sums to 15, more than the total 10"]}]}"#,
    },
    Case {
        name: "the cases in each state together beyond the total",
        text: "12月5日，督察组向我市交办第三批信访件10件。目前，已办结6件，阶段性办结3件，正在办理4件。",
        want: r#"{"records": [{"total": 10, "progress": "6/3/4", "problems": ["progress sums to 13, more than the total 10"]}]}"#,
    },
    Case {
        name: "figures within the total are no problem",
        text: "12月5日，督察组向我市交办第三批信访件10件，重点关注件3件，已办结4件，阶段性办结2件，正在办理4件。",
        want: r#"{"records": [{"total": 10, "priority_cases": 3, "progress": "4/2/4", "problems": []}]}"#,
    },
    Case {
        name: "a running total's progress beyond it",
        text: "11月28日，中央第五生态环境保护督察组向我省转办第八批群众信访举报件187件。截至11月28日，督察组累计向我省转办信访件1536件，已办结1200件，阶段性办结412件，正在办理中435件。",
        want: r#"{"records": [{"total": 187, "cumulative_total": 1536, "cumulative_progress": "1200/412/435",
                               "problems": ["cumulative_progress sums to 2047, more than the cumulative total 1536"]}]}"#,
    },
    Case {
        name: "a breakdown short of the total",
        text: "12月5日，督察组向我市交办第三批信访件10件，其中城东区、城西区分别为6件、3件。",
        want: r#"{"records": [{"total": 10, "problems": ["by_district sums to 9, total is 10"]}]}"#,
    },
    // ---- a case of a batch told about
    Case {
        name: "a case's number in its batch makes no record",
        text: "经查，该问题系中央第三生态环境保护督察组交办的第5批第23号信访件。群众反映某公司噪声扰民。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a case of an earlier batch told about in a report of a later one",
        text: "12月3日，督察组向我市交办第五批信访件42件。经查，该问题系中央第三生态环境保护督察组交办的第4批第23号信访件，反映某公司噪声扰民，已办结。",
        want: r#"{"records": [{"batch": 5, "total": 42}]}"#,
    },
    Case {
        name: "a case's number without 第, and a closed count of it",
        text: "经查，该问题系中央第三生态环境保护督察组交办的第5批23号信访件，已办结1件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "one of a batch's cases",
        text: "该问题系中央第三生态环境保护督察组交办的第五批信访件之一。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a case named by its place among the batch's",
        text: "该信访件为中央第三生态环境保护督察组转办的第五批信访件中的第12号，反映问题属实。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a single case said to be of a batch",
        text: "该问题系中央第三生态环境保护督察组交办的第五批信访件。",
        want: r#"{"records": []}"#,
    },
    Case {
        name: "a day written 号 is no case number",
        text: "中央第三生态环境保护督察组第三批信访件于12月5号交办我市，共20件。",
        want: r#"{"records": [{"batch": 3, "total": 20}]}"#,
    },
    Case {
        name: "the batch handed over before, described in a later sentence, still joins its record",
        text: "12月9日，中央第五生态环境保护督察组向西宁市交办了第十七批群众信访举报件共24件。截至目前，中央第五生态环境保护督察组向我市交办的第十七批群众信访举报件已经移交相关县区和部门。",
        want: r#"{"records": [{"batch": 17, "recipient": "西宁市", "total": 24}]}"#,
    },
    Case {
        name: "a later sentence about a batch no record holds gives the open record nothing",
        text: "督察组向我市交办第3批信访件。第二十批交办件12件，其中城东区5件。",
        want: r#"{"records": [{"batch": 3, "total": null, "by_district": ""}]}"#,
    },
];

#[test]
fn complaint_records_of_round_two() {
    bulletin::check_all(CASES);
}
