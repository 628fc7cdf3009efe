//! Whole pages through the whole extractor: web pages with breadcrumbs and 来源/发布时间 lines, OCR'd
//! daily pages with several articles and mid-word wraps, 督察 progress reports, a traditional-script
//! mirror and a tab-separated table. The pages are written for these tests (places real, content,
//! numbers and people invented), annotated as `../shared/spec/GOLD.md` says.
//!
//! A case lists, per article (found by an anchor in its body), the key fields in order: headline,
//! reporters, dates as `start..end`, batch ordinals, district counts `name:code:count`, pollution
//! `category:count`, officials `name:title/title` and complaint records. Every list is compared whole,
//! so a missing or an extra mention fails the case.

mod common;

use common::{check_spans, EXTRACTOR};
use tongbao::{Article, ComplaintBatch, Input};

struct Case {
    name: &'static str,
    reference: &'static str,
    text: &'static str,
    articles: &'static [Want],
}

struct Want {
    anchor: &'static str,
    /// `None`: no headline.
    headline: Option<&'static str>,
    reporters: &'static [&'static str],
    dates: &'static [&'static str],
    batches: &'static [u32],
    districts: &'static [&'static str],
    pollution: &'static [&'static str],
    officials: &'static [&'static str],
    complaints: &'static [Record],
}

struct Record {
    batch: Option<u32>,
    total: Option<u64>,
    recipient: Option<&'static str>,
    date: Option<&'static str>,
    by_district: &'static [&'static str],
    problems: usize,
}

const NONE: Want = Want {
    anchor: "",
    headline: None,
    reporters: &[],
    dates: &[],
    batches: &[],
    districts: &[],
    pollution: &[],
    officials: &[],
    complaints: &[],
};

const NO_RECORD: Record = Record { batch: None, total: None, recipient: None, date: None, by_district: &[], problems: 0 };

const CASES: &[Case] = &[
    Case {
        name: "county 融媒体 web page: breadcrumb, 来源/发布时间 with a clock time, channels and categories",
        reference: "2024-05-20",
        text: "首页 > 新闻中心 > 本地要闻
贺兰县收到中央第四生态环境保护督察组第九批交办件
来源：贺兰县融媒体中心　发布时间：2024-05-20 18:32
5月19日，我县收到中央第四生态环境保护督察组交办的第九批群众信访举报件12件，其中来电8件、来信4件。从污染类型看，大气污染5件、噪声污染4件、水污染2件、土壤污染1件。目前，所有交办件已全部转交相关单位办理。
",
        articles: &[Want {
            anchor: "5月19日，我县收到",
            // The breadcrumb line above is navigation, not the headline.
            headline: Some("贺兰县收到中央第四生态环境保护督察组第九批交办件"),
            dates: &["2024-05-20..2024-05-20", "2024-05-19..2024-05-19"],
            batches: &[9, 9],
            pollution: &["air:5", "noise:4", "water:2", "soil:1"],
            complaints: &[Record {
                batch: Some(9),
                total: Some(12),
                // 我县 names no unit, but the headline does (贺兰县收到…).
                recipient: Some("贺兰县"),
                date: Some("2024-05-19"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "city web page: district list with a department share that stays out of it and completes its sum",
        reference: "2024-05-22",
        text: "银川市收到第十一批交办件48件
发布时间：2024-05-22
5月21日，银川市收到中央第四生态环境保护督察组转办的第十一批群众信访举报件48件。按区域分，兴庆区11件、金凤区9件、西夏区8件、永宁县7件、贺兰县6件、灵武市5件、市直部门2件。按类型分，大气污染19件，噪声污染14件，水污染9件，生态破坏6件。
",
        articles: &[Want {
            anchor: "5月21日，银川市收到",
            headline: Some("银川市收到第十一批交办件48件"),
            dates: &["2024-05-22..2024-05-22", "2024-05-21..2024-05-21"],
            batches: &[11, 11],
            districts: &[
                "兴庆区:640104:11",
                "金凤区:640106:9",
                "西夏区:640105:8",
                "永宁县:640121:7",
                "贺兰县:640122:6",
                "灵武市:640181:5",
            ],
            pollution: &["air:19", "noise:14", "water:9", "ecology:6"],
            complaints: &[Record {
                batch: Some(11),
                total: Some(48),
                recipient: Some("银川市"),
                date: Some("2024-05-21"),
                by_district: &["兴庆区:11", "金凤区:9", "西夏区:8", "永宁县:7", "贺兰县:6", "灵武市:5"],
                problems: 0,
            }],
            ..NONE
        }],
    },
    Case {
        name: "OCR'd daily page: header date, progress brief, meeting with officials whose headline lands after its body, a brief",
        reference: "2024-05-24",
        text: "2024年5月24日 星期五 责任编辑：马红
第3版 综合新闻

石嘴山市办结督察交办件203件
本报讯（记者 周宁）截至5月23日，我市累计收到中央第四生态环境保护督察组交办的群众信访举报件231件，已办结203件、阶段性办结21件、正在办理7件。

本报讯（记者 何静）5月23日上午，市委书记赵长青主持召开生态环境保护督察整改工作推进会。市委副书记、市长孙海波出席会议。
市委常委会召开专题会议

大武口区开展扬尘治理
本报讯 近日，大武口区组织开展建筑工地扬尘污染专项检查，检查工地16处。
",
        articles: &[
            Want {
                anchor: "本报讯（记者 周宁）",
                headline: Some("石嘴山市办结督察交办件203件"),
                reporters: &["周宁"],
                dates: &["2024-05-24..2024-05-24", "2024-05-23..2024-05-23"],
                ..NONE
            },
            Want {
                anchor: "本报讯（记者 何静）",
                headline: Some("市委常委会召开专题会议"),
                reporters: &["何静"],
                dates: &["2024-05-23..2024-05-23"],
                officials: &["赵长青:市委书记", "孙海波:市委副书记/市长"],
                ..NONE
            },
            Want {
                anchor: "本报讯 近日，大武口区",
                headline: Some("大武口区开展扬尘治理"),
                pollution: &["air:-", "air:-"],
                ..NONE
            },
        ],
    },
    Case {
        name: "OCR column: batch, channel and category words wrapped mid-word",
        reference: "2024-05-26",
        text: "平罗县收到第十二批交办件9件
本报讯（记者 丁磊）5月25日，平罗县收到中央第四生态环境保护督察组第十二
批交办件9件，其中来电6件、来
信3件。按污染类型分，大气污染4件、水
污染3件、噪声污染2件。
",
        articles: &[Want {
            anchor: "本报讯（记者 丁磊）",
            headline: Some("平罗县收到第十二批交办件9件"),
            reporters: &["丁磊"],
            dates: &["2024-05-25..2024-05-25"],
            batches: &[12, 12],
            pollution: &["air:4", "water:3", "noise:2"],
            complaints: &[Record {
                batch: Some(12),
                total: Some(9),
                recipient: Some("平罗县"),
                date: Some("2024-05-25"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "traditional-script mirror: 發佈時間 line, districts in traditional forms keep their codes",
        reference: "2024-05-27",
        text: "吳忠市收到第十三批交辦件
發佈時間：2024-05-27
5月26日，吳忠市收到中央第四生態環境保護督察組交辦的第十三批群眾信訪舉報件15件，其中利通區6件、青銅峽市5件、紅寺堡區4件。按污染類型分，大氣污染7件、水污染5件、噪聲污染3件。
",
        articles: &[Want {
            anchor: "5月26日，吳忠市",
            headline: Some("吳忠市收到第十三批交辦件"),
            dates: &["2024-05-27..2024-05-27", "2024-05-26..2024-05-26"],
            batches: &[13, 13],
            districts: &["利通區:640302:6", "青銅峽市:640381:5", "紅寺堡區:640303:4"],
            pollution: &["air:7", "water:5", "noise:3"],
            complaints: &[Record {
                batch: Some(13),
                total: Some(15),
                recipient: Some("吳忠市"),
                date: Some("2024-05-26"),
                by_district: &["利通區:6", "青銅峽市:5", "紅寺堡區:4"],
                problems: 0,
            }],
            ..NONE
        }],
    },
    Case {
        name: "tab-separated table of districts: each row a district count, no row runs into the next",
        reference: "2024-05-28",
        text: "各县区交办情况\n县区\t件数\n兴庆区\t4件\n金凤区\t3件\n西夏区\t2件\n",
        articles: &[Want {
            anchor: "县区",
            districts: &["兴庆区:640104:4", "金凤区:640106:3", "西夏区:640105:2"],
            ..NONE
        }],
    },
    Case {
        name: "provincial progress report: 截至… 累计 … 已办结, and the day's batch",
        reference: "2024-06-03",
        text: "自治区生态环境保护督察进展情况
发布日期：2024-06-03
截至6月2日，中央第四生态环境保护督察组累计向我区交办群众信访举报件1862件，已办结1540件、阶段性办结251件、正在办理71件。其中，6月1日我区收到第十八批交办件86件。
",
        articles: &[Want {
            anchor: "截至6月2日",
            headline: Some("自治区生态环境保护督察进展情况"),
            dates: &["2024-06-03..2024-06-03", "2024-06-02..2024-06-02", "2024-06-01..2024-06-01"],
            batches: &[18],
            complaints: &[Record {
                batch: Some(18),
                total: Some(86),
                date: Some("2024-06-01"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "all by phone, 垃圾问题 as solid waste",
        reference: "2024-05-21",
        text: "灵武市收到第十批交办件7件
5月20日，灵武市收到中央第四生态环境保护督察组交办的第十批群众信访举报件7件，均为来电，其中大气污染3件，垃圾问题2件，噪声污染2件。
",
        articles: &[Want {
            anchor: "5月20日，灵武市",
            headline: Some("灵武市收到第十批交办件7件"),
            dates: &["2024-05-20..2024-05-20"],
            batches: &[10, 10],
            pollution: &["air:3", "solid_waste:2", "noise:2"],
            complaints: &[Record {
                batch: Some(10),
                total: Some(7),
                recipient: Some("灵武市"),
                date: Some("2024-05-20"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "compound item with one count gives one mention per category",
        reference: "2024-05-29",
        text: "红寺堡区收到第十四批信访举报件
5月28日，红寺堡区收到中央第四生态环境保护督察组第十四批群众信访举报件5件，涉及油烟、噪声污染问题1件，大气污染2件，生态破坏2件。
",
        articles: &[Want {
            anchor: "5月28日，红寺堡区",
            headline: Some("红寺堡区收到第十四批信访举报件"),
            dates: &["2024-05-28..2024-05-28"],
            batches: &[14, 14],
            pollution: &["air:1", "noise:1", "air:2", "ecology:2"],
            complaints: &[Record {
                batch: Some(14),
                total: Some(5),
                recipient: Some("红寺堡区"),
                date: Some("2024-05-28"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "bracketed column tag is the subheadline; 自…以来 runs to the reference date",
        reference: "2024-06-03",
        text: "利通区扎实推进边督边改
【中央生态环境保护督察·边督边改】
5月29日，利通区对群众信访举报件开展现场核查。自5月10日以来，全区累计办结交办件62件。
",
        articles: &[Want {
            anchor: "5月29日，利通区",
            headline: Some("利通区扎实推进边督边改"),
            dates: &["2024-05-29..2024-05-29", "2024-05-10..2024-06-03"],
            ..NONE
        }],
    },
    Case {
        name: "网络举报 is the online channel; 重点交办件 the priority cases",
        reference: "2024-05-31",
        text: "青铜峡市收到第十六批交办件11件
5月30日，青铜峡市收到中央第四生态环境保护督察组交办的第十六批群众信访举报件11件，其中来电7件、来信2件、网络举报2件，重点交办件2件。
",
        articles: &[Want {
            anchor: "5月30日，青铜峡市",
            headline: Some("青铜峡市收到第十六批交办件11件"),
            dates: &["2024-05-30..2024-05-30"],
            batches: &[16, 16],
            complaints: &[Record {
                batch: Some(16),
                total: Some(11),
                recipient: Some("青铜峡市"),
                date: Some("2024-05-30"),
                ..NO_RECORD
            }],
            ..NONE
        }],
    },
    Case {
        name: "categories that do not add up to the total are reported as a problem",
        reference: "2024-06-01",
        text: "兴庆区收到第十七批交办件
5月31日，兴庆区收到中央第四生态环境保护督察组交办的第十七批群众信访举报件10件，其中大气污染4件、水污染3件、噪声污染2件。
",
        articles: &[Want {
            anchor: "5月31日，兴庆区",
            headline: Some("兴庆区收到第十七批交办件"),
            dates: &["2024-05-31..2024-05-31"],
            batches: &[17, 17],
            pollution: &["air:4", "water:3", "noise:2"],
            complaints: &[Record {
                batch: Some(17),
                total: Some(10),
                recipient: Some("兴庆区"),
                date: Some("2024-05-31"),
                by_district: &[],
                problems: 1,
            }],
            ..NONE
        }],
    },
];

fn article_at<'a>(text: &str, articles: &'a [Article], anchor: &str) -> &'a Article {
    let at = text.find(anchor).unwrap_or_else(|| panic!("anchor {anchor:?} is not in the page"));
    articles.iter().find(|a| a.span.start <= at && at < a.span.end).unwrap_or_else(|| panic!("no article holds anchor {anchor:?}"))
}

fn record_row(c: &ComplaintBatch) -> String {
    let by: Vec<String> = c.by_district.iter().map(|d| format!("{}:{}", d.name, d.count)).collect();
    format!(
        "batch={:?} total={:?} recipient={:?} date={:?} by_district={:?} problems={}",
        c.batch,
        c.total,
        c.recipient,
        c.date,
        by,
        c.problems.len()
    )
}

fn want_row(r: &Record) -> String {
    format!(
        "batch={:?} total={:?} recipient={:?} date={:?} by_district={:?} problems={}",
        r.batch,
        r.total,
        r.recipient.map(str::to_string),
        r.date.map(str::to_string),
        r.by_district,
        r.problems
    )
}

/// The article's key fields as comparable rows, and the wanted ones the same way.
fn rows(a: &Article) -> Vec<String> {
    let dates: Vec<String> =
        a.dates.iter().map(|d| format!("{}..{}", d.start.as_deref().unwrap_or("-"), d.end.as_deref().unwrap_or("-"))).collect();
    let officials: Vec<String> = a.officials.iter().map(|o| format!("{}:{}", o.name, o.titles.join("/"))).collect();
    vec![
        format!("headline {:?}", a.headline.as_ref().map(|h| common::squeeze(&h.text))),
        format!("reporters {:?}", a.reporters),
        format!("dates {dates:?}"),
        format!("batches {:?}", a.batches.iter().map(|b| b.ordinal).collect::<Vec<_>>()),
        format!(
            "districts {:?}",
            a.district_counts.iter().map(|d| format!("{}:{}:{}", d.name, d.code.as_deref().unwrap_or("-"), d.count)).collect::<Vec<_>>()
        ),
        format!(
            "pollution {:?}",
            a.pollution
                .iter()
                .map(|p| format!(
                    "{}:{}",
                    serde_json::to_value(p.category).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
                    p.count.map_or("-".to_string(), |c| c.to_string())
                ))
                .collect::<Vec<_>>()
        ),
        format!("officials {officials:?}"),
        format!("complaints {:?}", a.complaint_batches.iter().map(record_row).collect::<Vec<_>>()),
    ]
}

fn want_rows(w: &Want) -> Vec<String> {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    vec![
        format!("headline {:?}", w.headline.map(str::to_string)),
        format!("reporters {:?}", s(w.reporters)),
        format!("dates {:?}", s(w.dates)),
        format!("batches {:?}", w.batches),
        format!("districts {:?}", s(w.districts)),
        format!("pollution {:?}", s(w.pollution)),
        format!("officials {:?}", s(w.officials)),
        format!("complaints {:?}", w.complaints.iter().map(want_row).collect::<Vec<_>>()),
    ]
}

#[test]
fn full_pages() {
    let mut failures = Vec::new();
    for case in CASES {
        let input = Input::new(case.text).reference_date_str(case.reference).expect("reference date");
        let doc = EXTRACTOR.extract(input);
        check_spans(case.text, &doc);
        assert_eq!(doc.articles.len(), case.articles.len(), "{}: article count", case.name);
        for want in case.articles {
            let got = rows(article_at(case.text, &doc.articles, want.anchor));
            for (g, w) in got.iter().zip(want_rows(want)) {
                if *g != w {
                    failures.push(format!("{} [{}]\n  got  {g}\n  want {w}", case.name, want.anchor));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
