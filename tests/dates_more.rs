//! Date shapes of bulletins and meeting reports that the development pages do not show: spaced and
//! full-width digits, dotted month-days, ranges across months, bare parts of the year (`年底`),
//! two-year spans (`今明两年`), the year after a stated one (`次年`), weekdays with parts of day and
//! anaphora with parts of day.
//!
//! Each case is a passage with `【…】` around every mention expected, the reference date, and the
//! inclusive ISO range of each mention in order.

use tongbao::{DateMention, Extractor, Input, PartOfDay};

/// A case: marked passage, reference date, start..end of each mention.
type Case = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

const CASES: &[Case] = &[
    // Spaced, full-width and Chinese digits.
    ("【2023 年 12 月 8 日】，市委召开常委会。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("【２０２３年１２月８日上午】，督导组进驻。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("【１２　月　８　日】，记者从市生态环境局获悉。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("【二〇二三年十一月】，全市共受理举报。", "2023-12-10", &[("2023-11-01", "2023-11-30")]),
    ("【十二月八日】，区委召开专题会议。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    // Dotted and dashed days.
    ("【12.8日】，县委书记率队督导。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("发布时间：【2023-12-08 10:30】 来源：市生态环境局", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("发布日期：【2023.12.08】 浏览次数：135", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    // Ranges.
    ("【11月30日—12月2日】，省督导组开展现场督导。", "2023-12-10", &[("2023-11-30", "2023-12-02")]),
    ("【12月8日至10日】，市人大常委会开展执法检查。", "2023-12-10", &[("2023-12-08", "2023-12-10")]),
    ("【12月8—10日】，培训班在市委党校举办。", "2023-12-10", &[("2023-12-08", "2023-12-10")]),
    ("【2023年11月23日-24日】，调研组深入基层。", "2023-12-10", &[("2023-11-23", "2023-11-24")]),
    ("【今年1至11月】，全市空气优良天数比例为87.5%。", "2023-12-10", &[("2023-01-01", "2023-11-30")]),
    ("【1—11月】，全县完成投资12亿元。", "2023-12-10", &[("2023-01-01", "2023-11-30")]),
    // Quarters, halves and parts of months and years.
    ("【今年前三季度】，全区地区生产总值增长6.1%。", "2023-12-10", &[("2023-01-01", "2023-09-30")]),
    ("【2023年上半年】，全市共办结信访件300件。", "2023-12-10", &[("2023-01-01", "2023-06-30")]),
    ("【2023年第四季度】，将开展专项行动。", "2023-12-10", &[("2023-10-01", "2023-12-31")]),
    ("【本月下旬】，督察组将开展回头看。", "2023-12-10", &[("2023-12-21", "2023-12-31")]),
    ("截至【2023年11月底】，已整改到位。", "2023-12-10", &[("2023-11-25", "2023-11-30")]),
    ("确保【年底】前全部完成整改。", "2023-12-10", &[("2023-11-01", "2023-12-31")]),
    ("【年初以来】，全市新增绿地50公顷。", "2023-12-10", &[("2023-01-01", "2023-12-10")]),
    ("【2022年】立项，【年底】开工建设。", "2023-12-10", &[("2022-01-01", "2022-12-31"), ("2022-11-01", "2022-12-31")]),
    ("力争【年初】开工，青年初心不改。", "2023-12-10", &[("2023-01-01", "2023-02-28")]),
    ("每年年底开展一次考核，历年底数清楚。", "2023-12-10", &[]),
    // Spans of years.
    ("【今明两年】，全省将新建污水管网500公里。", "2023-12-10", &[("2023-01-01", "2024-12-31")]),
    ("项目于【2021年】开工，【次年年末】建成投运。", "2023-12-10", &[("2021-01-01", "2021-12-31"), ("2022-11-01", "2022-12-31")]),
    ("【次年起】执行新标准。", "2023-12-10", &[("2024-01-01", "2024-12-31")]),
    ("【2022年】立项，【次年】完成验收。", "2023-12-10", &[("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31")]),
    ("每季度开展一次年度考核，三年底线不破。", "2023-12-10", &[]),
    ("【今明两天】，全市有中到大雨。", "2023-12-10", &[("2023-12-10", "2023-12-11")]),
    // Relative days, weekdays and parts of day.
    ("【上周六中午】，副市长带队暗访。", "2023-12-10", &[("2023-12-02", "2023-12-02")]),
    ("【本周四下午】，市政府召开常务会议。", "2023-12-10", &[("2023-12-07", "2023-12-07")]),
    ("截至【12月9日17时】，累计办结举报件1562件。", "2023-12-10", &[("2023-12-09", "2023-12-09")]),
    (
        "【12月6日】，督察组进驻。【次日上午】，召开动员会。【当晚】，转办首批举报件。",
        "2023-12-10",
        &[("2023-12-06", "2023-12-06"), ("2023-12-07", "2023-12-07"), ("2023-12-07", "2023-12-07")],
    ),
    ("【12月8日（周五）上午】，县长主持召开会议。", "2023-12-10", &[("2023-12-08", "2023-12-08")]),
    ("【今年以来】，全市累计出动执法人员3万余人次。", "2023-12-10", &[("2023-01-01", "2023-12-10")]),
    ("【本月9日】，督察组转办第二批举报件。", "2023-12-10", &[("2023-12-09", "2023-12-09")]),
    // A lunar date is neither a date nor an anchor for 同月.
    (
        "【2023年12月10日 星期日】 农历十月廿八。【同月15日】，完成整改。",
        "2023-12-10",
        &[("2023-12-10", "2023-12-10"), ("2023-12-15", "2023-12-15")],
    ),
    // Numbers that are no dates.
    ("市区PM2.5浓度为35.8微克每立方米，同比下降12.8%。", "2023-12-10", &[]),
    ("累计完成12.8万亩造林，投资3.5亿元。", "2023-12-10", &[]),
    // A story told in a past year goes on in it without repeating the year; a dateline, a day
    // counted from today or a year alone brings it back to the present.
    ("【2022年3月1日】，督察组进驻。【3月5日】，召开座谈会。", "2024-06-20", &[("2022-03-01", "2022-03-01"), ("2022-03-05", "2022-03-05")]),
    ("【2021年5月】，项目启动。【8月】，主体完工。", "2024-06-20", &[("2021-05-01", "2021-05-31"), ("2021-08-01", "2021-08-31")]),
    (
        "【2023年12月28日至30日】受理举报45件。【1月2日】，督察组反馈。",
        "2024-06-20",
        &[("2023-12-28", "2023-12-30"), ("2024-01-02", "2024-01-02")],
    ),
    (
        "【2022年3月1日】，督察组进驻。【昨天】，【6月18日】通报。",
        "2024-06-20",
        &[("2022-03-01", "2022-03-01"), ("2024-06-19", "2024-06-19"), ("2024-06-18", "2024-06-18")],
    ),
    ("【2019年】被列为试点。【6月18日】，专家验收。", "2024-06-20", &[("2019-01-01", "2019-12-31"), ("2024-06-18", "2024-06-18")]),
    (
        "【2022年3月1日】，督察组进驻。【3月5日至7日】座谈，【4月2日】反馈。",
        "2024-06-20",
        &[("2022-03-01", "2022-03-01"), ("2022-03-05", "2022-03-07"), ("2022-04-02", "2022-04-02")],
    ),
    ("【2022年3月1日】，督察组进驻。【11月5日】，回头看。", "2024-06-20", &[("2022-03-01", "2022-03-01"), ("2022-11-05", "2022-11-05")]),
    (
        "纪念堂于【1977年5月】落成，【同年9月9日】开放。同年龄的人。",
        "1998-01-15",
        &[("1977-05-01", "1977-05-31"), ("1977-09-09", "1977-09-09")],
    ),
    // A plan goes on to the dates after it in its sentence.
    (
        "下一步我市将在【5月下旬】启动第二轮排查，【6月8日—10日】开展“回头看”。",
        "2023-11-26",
        &[("2024-05-21", "2024-05-31"), ("2024-06-08", "2024-06-10")],
    ),
    ("【去年12月至今年2月】，全市共查处渣土车违规行为142起。", "2024-03-01", &[("2023-12-01", "2024-02-29")]),
    ("【12月1日至今】，全市共查处违规行为142起。", "2024-03-01", &[("2023-12-01", "2024-03-01")]),
    ("我市将在【5月下旬】启动排查。【6月8日】，督察组进驻。", "2023-06-26", &[("2023-05-21", "2023-05-31"), ("2023-06-08", "2023-06-08")]),
];

/// Parts of day the passages above set (passage prefix, mention index, part of day).
const PARTS: &[(&str, usize, PartOfDay)] = &[
    ("【上周六中午】", 0, PartOfDay::Noon),
    ("【12月6日】，督察组进驻。", 1, PartOfDay::Morning),
    ("【12月6日】，督察组进驻。", 2, PartOfDay::Evening),
];

fn dates(ex: &Extractor, text: &str, reference: &str) -> Vec<DateMention> {
    let input = Input::new(text).reference_date_str(reference).expect("valid date");
    ex.extract(input).articles.into_iter().flat_map(|a| a.dates).collect()
}

fn marked(passage: &str) -> (String, Vec<String>) {
    let text = passage.replace(['【', '】'], "");
    let mut want = Vec::new();
    let mut rest = passage;
    while let Some((_, after)) = rest.split_once('【') {
        let (inner, tail) = after.split_once('】').unwrap_or((after, ""));
        want.push(inner.to_string());
        rest = tail;
    }
    (text, want)
}

#[test]
fn dates_of_varied_bulletin_shapes() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for &(passage, reference, ranges) in CASES {
        let (text, want_texts) = marked(passage);
        let got = dates(&ex, &text, reference);
        let got_texts: Vec<String> = got.iter().map(|m| m.text.clone()).collect();
        let got_ranges: Vec<(String, String)> =
            got.iter().map(|m| (m.start.clone().unwrap_or_default(), m.end.clone().unwrap_or_default())).collect();
        let want_ranges: Vec<(String, String)> = ranges.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        if got_texts != want_texts || got_ranges != want_ranges {
            failures.push(format!("{passage}\n  want {want_texts:?} {want_ranges:?}\n  got  {got_texts:?} {got_ranges:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn parts_of_day_of_weekdays_and_anaphora() {
    let ex = Extractor::new();
    for &(prefix, k, want) in PARTS {
        let Some(&(passage, reference, _)) = CASES.iter().find(|c| c.0.starts_with(prefix)) else {
            panic!("no case starts with {prefix}");
        };
        let (text, _) = marked(passage);
        let got = dates(&ex, &text, reference);
        assert_eq!(got.get(k).and_then(|m| m.part_of_day), Some(want), "{passage}: {got:?}");
    }
}
