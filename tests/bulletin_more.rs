//! Hand-over bulletins in the shapes provinces and cities print them (written for these tests, none
//! from the development set), each checked field by field against what `../shared/spec/OUTPUT.md`
//! and `GOLD.md` say the record is.
//!
//! A case is a page and the fields it must give, as JSON: `records` lists the complaint records in
//! order (only the keys given are compared; `by_district` is written `name:code:count;…`,
//! `by_category` `category:count`, `progress` and `cumulative_progress` as `closed/partly/open`),
//! `districts` and `pollution` the article's mentions (`name:code:count`, `category:count:percent`).

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "running total in the clause after the batch",
        text: "9月5日，中央第六生态环境保护督察组向我省交办第十七批群众信访举报件163件，累计交办2405件。",
        want: r#"{"records": [{"batch": 17, "total": 163, "cumulative_total": 2405, "date": "2024-09-05", "inspection_group": 6}]}"#,
    },
    Case {
        name: "running total between the total and the district list",
        text: "6月20日，中央第一生态环境保护督察组向广东省交办第二十一批群众信访举报件，共48件，累计交办3361件。\
其中，广州市18件、深圳市15件、佛山市9件、东莞市6件。",
        want: r#"{"records": [{"batch": 21, "recipient": "广东省", "total": 48, "cumulative_total": 3361,
                 "by_district": "广州市:440100:18;深圳市:440300:15;佛山市:440600:9;东莞市:441900:6", "problems": []}]}"#,
    },
    Case {
        name: "running total and its progress stated before the batch",
        text: "截至10月15日，中央第七生态环境保护督察组累计向我省交办群众信访举报件2830件，其中已办结2105件，\
阶段性办结512件，未办结213件。10月15日，督察组交办第二十八批信访件102件。",
        want: r#"{"records": [{"batch": 28, "total": 102, "cumulative_total": 2830, "progress": null,
                 "cumulative_progress": "2105/512/213", "inspection_group": 7}]}"#,
    },
    Case {
        name: "未办结 is open, not closed",
        text: "5月16日，中央第二生态环境保护督察组交办我市第2批群众举报件32件，其中未办结17件，已办结10件，阶段性办结5件。",
        want: r#"{"records": [{"batch": 2, "total": 32, "progress": "10/5/17"}]}"#,
    },
    Case {
        name: "电话 is the phone channel",
        text: "督察组向我市转办第十一批信访件25件，其中电话举报15件，来信5件，网络举报5件。",
        want: r#"{"records": [{"batch": 11, "total": 25, "by_channel": {"phone": 15, "letter": 5, "online": 5}, "problems": []}]}"#,
    },
    Case {
        name: "digits split by a space",
        text: "督察组向我市交办第二批信访件共1 2件，其中城东区3件、城西区4件、城中区\n5件。",
        want: r#"{"records": [{"batch": 2, "total": 12, "by_district": "城东区:630102:3;城西区:630104:4;城中区:630103:5", "problems": []}]}"#,
    },
    Case {
        name: "a district count with spaced digits",
        text: "督察组向西宁市交办第九批信访件15件，其中城东区1 1件、城北区4件。",
        want: r#"{"records": [{"total": 15, "by_district": "城东区:630102:11;城北区:630105:4"}]}"#,
    },
    Case {
        name: "district counts in brackets",
        text: "5月8日，中央第一生态环境保护督察组向广州市交办第5批群众信访举报件30件。其中，天河区（8件）、越秀区（6件）、\
海珠区（7件）、白云区（9件）。",
        want: r#"{"records": [{"batch": 5, "recipient": "广州市", "total": 30,
                 "by_district": "天河区:440106:8;越秀区:440104:6;海珠区:440105:7;白云区:440111:9", "problems": []}]}"#,
    },
    Case {
        name: "organs are not a unit",
        text: "督察组向县委县政府交办第3批信访件8件，其中大气污染3件、水污染2件、噪声污染3件。",
        want: r#"{"records": [{"batch": 3, "recipient": null, "total": 8, "by_category": "air:3;water:2;noise:3", "problems": []}]}"#,
    },
    Case {
        name: "a unit named by its organs",
        text: "督察组向遂宁市委市政府交办第四批信访件6件。",
        want: r#"{"records": [{"batch": 4, "recipient": "遂宁市", "total": 6}]}"#,
    },
    Case {
        name: "涉气 / 涉水 / 涉噪声 shorthand",
        text: "6月11日，督察组向我市转办第九批信访件27件，其中涉气12件、涉水6件、涉噪声5件、涉土壤2件、涉生态1件、其他1件。\
全市涉气企业已完成排查。",
        want: r#"{"records": [{"batch": 9, "total": 27, "by_category": "air:12;water:6;noise:5;soil:2;ecology:1;other:1", "problems": []}],
                 "pollution": "air:12:-;water:6:-;noise:5:-;soil:2:-;ecology:1:-;other:1:-"}"#,
    },
    Case {
        name: "其他 after a bracketed share",
        text: "3月10日，省第二生态环境保护督察组向株洲市交办第6批群众信访举报件25件，其中大气污染类11件（占44%），\
噪声污染类6件（占24%），水污染类5件（占20%），其他3件（占12%）。",
        want: r#"{"records": [{"batch": 6, "recipient": "株洲市", "inspection_level": "provincial", "total": 25,
                 "by_category": "air:11;noise:6;water:5;other:3", "problems": []}]}"#,
    },
    Case {
        name: "banners (旗) and a leagues' province",
        text: "8月20日，内蒙古自治区收到中央第一生态环境保护督察组转办的第二十五批群众信访举报件20件，其中兴安盟5件，\
通辽市8件，锡林郭勒盟7件。6月9日，赤峰市接到督察组转办第二十批信访件5件，分布为：克什克腾旗3件、翁牛特旗1件、敖汉旗1件。",
        want: r#"{"records": [{"batch": 25, "recipient": "内蒙古自治区", "total": 20, "by_district": "兴安盟:152200:5;通辽市:150500:8;锡林郭勒盟:152500:7"},
                              {"batch": 20, "recipient": "赤峰市", "total": 5, "by_district": "克什克腾旗:150425:3;翁牛特旗:150426:1;敖汉旗:150430:1"}]}"#,
    },
    Case {
        name: "a batch ordinal split by OCR spaces, an autonomous region's group",
        text: "7月9日，自治区第二生态环境保护督察组向乌海市转办第 1 7 批信访件11件，其中海勃湾区5件、乌达区3件、海南区3件。",
        want: r#"{"records": [{"batch": 17, "inspection_group": 2, "inspection_level": "provincial", "recipient": "乌海市", "total": 11, "problems": []}]}"#,
    },
    Case {
        name: "a provincial party committee's group",
        text: "省委第三生态环境保护督察组向我市交办第十批信访件9件。",
        want: r#"{"records": [{"batch": 10, "inspection_group": 3, "inspection_level": "provincial", "total": 9}]}"#,
    },
    Case {
        name: "a joint total, then each batch's own",
        text:
            "6月27日，中央第三生态环境保护督察组向我市交办第二十七、二十八批群众信访举报件共计19件。其中，第二十七批11件，第二十八批8件。",
        want: r#"{"records": [{"batch": 27, "total": 11}, {"batch": 28, "total": 8}]}"#,
    },
    Case {
        name: "batches with their counts in one list",
        text: "督察组向我市交办第十六批19件、第十七批11件信访件。督察组向甘肃省交办了第一批、第二批群众信访举报件，共32件。",
        want: r#"{"records": [{"batch": 16, "total": 19}, {"batch": 17, "total": 11},
                              {"batch": 1, "total": null, "recipient": "甘肃省"}, {"batch": 2, "total": null, "recipient": "甘肃省"}]}"#,
    },
    Case {
        name: "a local share is no breakdown",
        text: "5月20日，中央第四生态环境保护督察组向湖北省交办第七批信访件96件，其中涉及宜昌市13件，该市已全部转交。",
        want: r#"{"records": [{"batch": 7, "recipient": "湖北省", "total": 96, "by_district": "宜昌市:420500:13", "problems": []}]}"#,
    },
    Case {
        name: "numbers that do not add up are reported",
        text: "4月18日，中央第六生态环境保护督察组向西宁市交办第七批群众信访举报件共22件，其中城东区2件、城中区6件、\
城西区4件、城北区3件、湟中区5件、大通县3件。",
        want: r#"{"records": [{"batch": 7, "total": 22, "problems": ["by_district sums to 23, total is 22"]}]}"#,
    },
];

#[test]
fn bulletins_of_many_shapes() {
    bulletin::check_all(CASES);
}
