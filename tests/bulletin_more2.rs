//! More hand-over bulletins, written for these tests (none from the development set): the shapes
//! of provincial, city and county sites and papers that the first tables did not cover — tables
//! printed above the report, joint counts of several batches, nested category breakdowns, time
//! windows in brackets, functional zones, Chinese numerals, shares after `、`. Each case is checked
//! field by field against what `../shared/spec/OUTPUT.md` and `GOLD.md` say.
//!
//! The case shape is that of `bulletin_more.rs`: `records` lists the complaint records in order
//! (only the keys given are compared; `by_district` is written `name:code:count;…`, `by_category`
//! `category:count`, `progress` and `cumulative_progress` as `closed/partly/open`), `districts` and
//! `pollution` the article's mentions (`name:code:count`, `category:count:percent`).

mod common;

use common::bulletin::{self, Case};

const CASES: &[Case] = &[
    Case {
        name: "two batches with one count: the count is neither's own",
        text: "9月6日，中央第三生态环境保护督察组分两次向山西省转办了第三批、第四批群众信访举报件，共57件，均为来电举报。",
        want: r#"{"records": [{"batch": 3, "recipient": "山西省", "total": null, "by_channel": null, "date": "2024-09-06",
                               "problems": ["57 cases were handed over together with other batches; this batch's own count is not given"]},
                              {"batch": 4, "recipient": "山西省", "total": null, "by_channel": null,
                               "problems": ["57 cases were handed over together with other batches; this batch's own count is not given"]}]}"#,
    },
    Case {
        name: "a joint district list stays with the joint count",
        text: "督察组向我市交办第五批、第六批信访件共20件，其中小店区12件、晋源区8件。",
        want: r#"{"records": [{"batch": 5, "total": null, "by_district": ""}, {"batch": 6, "total": null, "by_district": ""}],
                 "districts": "小店区:140105:12;晋源区:140110:8"}"#,
    },
    Case {
        name: "two batches, then each batch's count in the next sentence",
        text: "10月8日，督察组向我市转办第七批、第八批群众信访举报件。第七批13件，第八批9件。",
        want: r#"{"records": [{"batch": 7, "total": 13, "problems": []}, {"batch": 8, "total": 9, "problems": []}]}"#,
    },
    Case {
        name: "a district table printed above the hand-over",
        text: "第十二批交办件区县分布\n\n区县\t件数\n蒲江县\t3\n大邑县\t2\n邛崃市\t4\n崇州市\t1\n\n\
9月3日，中央第四生态环境保护督察组向成都市交办第十二批群众信访举报件10件。",
        want: r#"{"records": [{"batch": 12, "recipient": "成都市", "total": 10, "date": "2024-09-03",
                 "by_district": "蒲江县:510131:3;大邑县:510129:2;邛崃市:510183:4;崇州市:510184:1", "problems": []}]}"#,
    },
    Case {
        name: "a table above that does not add up to the batch is not its breakdown",
        text: "各区县信访件数\n\n区县\t件数\n蒲江县\t30\n大邑县\t21\n\n9月3日，督察组向成都市交办第十二批信访件10件。",
        want: r#"{"records": [{"batch": 12, "total": 10, "by_district": "", "problems": []}],
                 "districts": "蒲江县:510131:30;大邑县:510129:21"}"#,
    },
    Case {
        name: "a functional zone named inside a new area",
        text: "8月28日，中央第四生态环境保护督察组向四川省转办第十一批群众信访举报件52件。其中成都市18件，\
天府新区成都直管区2件，绵阳市9件，德阳市7件，宜宾市16件。",
        want: r#"{"records": [{"batch": 11, "total": 52, "recipient": "四川省", "problems": [],
                 "by_district": "成都市:510100:18;天府新区成都直管区:-:2;绵阳市:510700:9;德阳市:510600:7;宜宾市:511500:16"}]}"#,
    },
    Case {
        name: "the hand-over day is the end of the batch's bracketed window",
        text: "中央第四生态环境保护督察组转办的第十一批（8月27日8时至8月28日8时）群众信访举报件共39件，其中成都市12件，\
自贡市6件，泸州市21件。",
        want: r#"{"records": [{"batch": 11, "date": "2024-08-28", "total": 39, "problems": []}]}"#,
    },
    Case {
        name: "a bracketed day after the batch",
        text: "督察组交办的第八批（5月23日）信访件中，涉及我市12件，其中大气污染类5件，水污染类4件，噪声污染类3件。",
        want: r#"{"records": [{"batch": 8, "date": "2024-05-23", "total": 12, "by_category": "air:5;water:4;noise:3", "problems": []}]}"#,
    },
    Case {
        name: "sub-items in brackets are not categories of their own",
        text: "6月3日，督察组向我市交办第六批信访件20件，其中涉及大气污染12件（含扬尘4件、油烟5件、恶臭3件），水污染5件，噪声污染3件。",
        want: r#"{"records": [{"batch": 6, "total": 20, "by_category": "air:12;water:5;noise:3", "problems": []}],
                 "pollution": "air:12:-;air:4:-;air:5:-;air:3:-;water:5:-;noise:3:-"}"#,
    },
    Case {
        name: "sub-items after 其中 are not categories of their own",
        text: "7月12日，督察组向我县交办第二十一批信访件20件，涉及大气污染9件，其中扬尘污染4件、油烟3件；水污染6件；噪声污染5件。",
        want: r#"{"records": [{"batch": 21, "total": 20, "by_category": "air:9;water:6;noise:5", "problems": []}]}"#,
    },
    Case {
        name: "a category written twice side by side is no breakdown",
        text: "督察组向我市交办第九批信访件15件，其中大气污染6件、油烟4件、噪声污染5件。",
        want: r#"{"records": [{"batch": 9, "total": 15, "by_category": ""}]}"#,
    },
    Case {
        name: "shares after 、 and a bare 其他 at the end",
        text: "中央第三生态环境保护督察组于10月11日向海南省交办第十五批群众信访举报件45件，按污染类型分，大气类16件、占35.6%，\
水类13件、占28.9%，噪声类9件、占20%，生态类5件、占11.1%，其他2件、占4.4%。",
        want: r#"{"records": [{"batch": 15, "recipient": "海南省", "date": "2024-10-11", "total": 45,
                 "by_category": "air:16;water:13;noise:9;ecology:5;other:2", "problems": []}],
                 "pollution": "air:16:35.6;water:13:28.9;noise:9:20;ecology:5:11.1;other:2:4.4"}"#,
    },
    Case {
        name: "shares alone give no breakdown",
        text: "督察组向我市交办第十批信访件40件，其中大气污染占45%，水污染占30%，噪声污染占25%。",
        want: r#"{"records": [{"batch": 10, "total": 40, "by_category": ""}], "pollution": "air:-:45;water:-:30;noise:-:25"}"#,
    },
    Case {
        name: "a county's organs receive without naming the unit",
        text: "6月21日，县委县政府收到省第四生态环境保护督察组转办的第三批群众信访件9件，涉及噪声污染4件、大气污染3件、水污染2件。",
        want: r#"{"records": [{"batch": 3, "recipient": null, "total": 9, "inspection_group": 4, "inspection_level": "provincial",
                 "by_category": "noise:4;air:3;water:2", "problems": []}]}"#,
    },
    Case {
        name: "a district's organs after 向",
        text: "督察组向区委区政府转办第二批群众信访件6件，均为来信。",
        want: r#"{"records": [{"batch": 2, "recipient": null, "total": 6, "by_channel": {"letter": 6}}]}"#,
    },
    Case {
        name: "the production and construction corps counts, without a code",
        text: "6月15日，新疆维吾尔自治区收到中央第二生态环境保护督察组转办的第八批群众信访举报件64件。其中乌鲁木齐市18件，\
昌吉回族自治州9件，伊犁哈萨克自治州14件，巴音郭楞蒙古自治州7件，喀什地区8件，新疆生产建设兵团8件。",
        want: r#"{"records": [{"batch": 8, "recipient": "新疆维吾尔自治区", "total": 64, "problems": [],
                 "by_district": "乌鲁木齐市:650100:18;昌吉回族自治州:652300:9;伊犁哈萨克自治州:654000:14;巴音郭楞蒙古自治州:652800:7;喀什地区:653100:8;新疆生产建设兵团:-:8"}]}"#,
    },
    Case {
        name: "counts in Chinese numerals with 百",
        text: "10月16日，市政府收到督察组交办第五批信访件一百零三件，其中来电六十八件、来信二十一件、微信十四件。",
        want: r#"{"records": [{"batch": 5, "recipient": null, "total": 103, "by_channel": {"phone": 68, "letter": 21, "online": 14}, "problems": []}]}"#,
    },
    Case {
        name: "autonomous counties with Chinese-numeral counts",
        text: "9月14日，湖南省第三生态环境保护督察组向怀化市交办第七批群众信访举报件二十六件，其中来电十九件、来信四件、微信三件。\
从区域分布看，鹤城区八件、洪江市五件、沅陵县六件、芷江侗族自治县四件、通道侗族自治县三件。",
        want: r#"{"records": [{"batch": 7, "recipient": "怀化市", "inspection_level": "provincial", "inspection_group": 3, "total": 26,
                 "by_channel": {"phone": 19, "letter": 4, "online": 3}, "problems": [],
                 "by_district": "鹤城区:431202:8;洪江市:431281:5;沅陵县:431222:6;芷江侗族自治县:431228:4;通道侗族自治县:431230:3"}]}"#,
    },
    Case {
        name: "a forestry district and province-administered cities",
        text: "11月5日，中央第七生态环境保护督察组向湖北省转办第十八批信访举报件38件。其中，宜昌市9件、恩施土家族苗族自治州7件、\
神农架林区2件、仙桃市5件、潜江市4件、天门市3件、孝感市8件。",
        want: r#"{"records": [{"batch": 18, "recipient": "湖北省", "total": 38, "problems": [],
                 "by_district": "宜昌市:420500:9;恩施土家族苗族自治州:422800:7;神农架林区:429021:2;仙桃市:429004:5;潜江市:429005:4;天门市:429006:3;孝感市:420900:8"}]}"#,
    },
    Case {
        name: "banners of a city, an autonomous region's group",
        text: "5月26日，内蒙古自治区第一生态环境保护督察组向鄂尔多斯市转办第五批群众信访举报件13件，其中东胜区4件、康巴什区2件、\
准格尔旗3件、伊金霍洛旗2件、鄂托克前旗1件、乌审旗1件。",
        want: r#"{"records": [{"batch": 5, "recipient": "鄂尔多斯市", "inspection_level": "provincial", "inspection_group": 1, "total": 13, "problems": [],
                 "by_district": "东胜区:150602:4;康巴什区:150603:2;准格尔旗:150622:3;伊金霍洛旗:150627:2;鄂托克前旗:150623:1;乌审旗:150626:1"}]}"#,
    },
    Case {
        name: "a prefecture (地区) and new areas among cities",
        text: "9月12日，中央第一生态环境保护督察组向河北省转办第二十二批信访件60件。雄安新区5件，石家庄市23件，唐山市21件，\
保定市11件。6月10日，中央第三生态环境保护督察组向黑龙江省交办第九批群众信访举报件21件，其中哈尔滨市17件、大兴安岭地区4件。",
        want: r#"{"records": [{"batch": 22, "recipient": "河北省", "total": 60, "problems": [],
                               "by_district": "雄安新区:-:5;石家庄市:130100:23;唐山市:130200:21;保定市:130600:11"},
                              {"batch": 9, "recipient": "黑龙江省", "total": 21, "problems": [],
                               "by_district": "哈尔滨市:230100:17;大兴安岭地区:232700:4"}]}"#,
    },
    Case {
        name: "a progress report: running total first, the day's batch after, one channel",
        text: "【中央生态环保督察·边督边改】\n我县全力推进中央生态环境保护督察交办件办理\n\n截至6月18日，中央第五生态环境保护督察组\
累计向我县转办信访件48件，其中已办结31件，阶段性办结12件，正在办理5件。6月18日收到第十批信访件6件，均为来电举报。",
        want: r#"{"records": [{"batch": 10, "total": 6, "date": "2024-06-18", "cumulative_total": 48, "progress": null,
                 "cumulative_progress": "31/12/5", "by_channel": {"phone": 6}, "inspection_group": 5}]}"#,
    },
    Case {
        name: "progress of the batch in its own sentence",
        text: "督察组向我市交办第十批信访件16件，目前已办结9件，阶段性办结4件，正在办理3件。",
        want: r#"{"records": [{"batch": 10, "total": 16, "progress": "9/4/3", "cumulative_progress": null}]}"#,
    },
    Case {
        name: "channels with visits and the N区M县 scope",
        text: "8月16日收到中央第六生态环境保护督察组交办第12批信访件共35件，其中来电23件、来信7件、来访2件、网上3件；涉及全市4区3县。",
        want: r#"{"records": [{"batch": 12, "total": 35, "date": "2024-08-16", "by_channel": {"phone": 23, "letter": 7, "visit": 2, "online": 3},
                 "scope": {"districts": 4, "counties": 3}, "problems": []}]}"#,
    },
    Case {
        name: "a Guizhou hand-over with district and category breakdowns",
        text: "9月2日，中央第一生态环境保护督察组向贵州省交办第十批群众信访举报件，共计54件，其中贵阳市24件，\
黔南布依族苗族自治州12件，黔东南苗族侗族自治州18件。按问题类型分，涉及大气污染的23件，水污染12件，噪声污染10件，生态破坏5件，\
固体废物4件。",
        want: r#"{"records": [{"batch": 10, "recipient": "贵州省", "total": 54, "problems": [],
                 "by_district": "贵阳市:520100:24;黔南布依族苗族自治州:522700:12;黔东南苗族侗族自治州:522600:18",
                 "by_category": "air:23;water:12;noise:10;ecology:5;solid_waste:4"}]}"#,
    },
    Case {
        name: "a cumulative category breakdown belongs to the running total",
        text: "截至9月30日，省第二生态环境保护督察组累计向我市转办信访件192件，其中，大气类91件，水类38件，噪声类41件，土壤类6件，\
生态类9件，其他7件。9月30日转办第十六批12件。",
        want: r#"{"records": [{"batch": 16, "total": 12, "cumulative_total": 192, "by_category": "", "inspection_level": "provincial"}]}"#,
    },
    Case {
        name: "a prefecture receives for its counties, counts in Chinese numerals",
        text: "11月29日，督察组向我州转办第十批信访件，共计二十三件，其中凯里市七件、镇远县四件、从江县五件、雷山县三件、黎平县四件。",
        want: r#"{"records": [{"batch": 10, "recipient": null, "total": 23, "date": "2024-11-29", "problems": [],
                 "by_district": "凯里市:522601:7;镇远县:522625:4;从江县:522633:5;雷山县:522634:3;黎平县:522631:4"}]}"#,
    },
    Case {
        name: "涉及 opening a district list is no local share",
        text: "10月26日，省第四生态环境保护督察组向巴中市交办第六批群众信访件，涉及巴州区3件、恩阳区2件、通江县4件、南江县1件、\
平昌县2件，共计12件，已全部转交相关县（区）办理。",
        want: r#"{"records": [{"batch": 6, "recipient": "巴中市", "total": 12, "problems": [],
                 "by_district": "巴州区:511902:3;恩阳区:511903:2;通江县:511921:4;南江县:511922:1;平昌县:511923:2"}]}"#,
    },
    Case {
        name: "a local share after 涉及 stays a share",
        text: "5月13日，督察组向湖南省交办第十五批群众信访举报件，涉及岳阳市共21件，该市已全部转办到县市区。",
        want: r#"{"records": [{"batch": 15, "recipient": null, "total": 21, "by_district": "岳阳市:430600:21"}]}"#,
    },
    Case {
        name: "district counts after a colon",
        text: "7月3日，兰州市收到中央第四生态环境保护督察组交办的第九批群众信访举报件14件，其中：城关区：5件；七里河区：3件；\
安宁区：2件；西固区：4件。",
        want: r#"{"records": [{"batch": 9, "recipient": "兰州市", "total": 14, "problems": [],
                 "by_district": "城关区:620102:5;七里河区:620103:3;安宁区:620105:2;西固区:620104:4"}]}"#,
    },
    Case {
        name: "cases forwarded by the 12345 hotline are phone reports",
        text: "4月22日，我市收到省第三生态环境保护督察组转办的第五批信访件17件，其中12345热线转办9件，来信8件。",
        want: r#"{"records": [{"batch": 5, "total": 17, "by_channel": {"phone": 9, "letter": 8}, "problems": []}]}"#,
    },
    Case {
        name: "a people's government and a city's organs receive for their unit",
        text: "5月9日，中央第四生态环境保护督察组向遵义市人民政府交办第六批群众信访举报件12件。\n\n\
5月10日，仁怀市委、市政府收到省第二生态环境保护督察组转办的第3批信访件4件。",
        want: r#"{"records": [{"batch": 6, "recipient": "遵义市", "total": 12, "date": "2024-05-09"},
                              {"batch": 3, "recipient": "仁怀市", "total": 4, "date": "2024-05-10", "inspection_level": "provincial"}]}"#,
    },
    Case {
        name: "a city's districts in brackets break it down, the record stays one level",
        text: "6月8日，中央第四生态环境保护督察组向四川省转办第九批群众信访举报件40件，其中成都市18件（锦江区5件、武侯区6件、\
双流区7件），绵阳市9件，德阳市13件。",
        want: r#"{"records": [{"batch": 9, "total": 40, "by_district": "成都市:510100:18;绵阳市:510700:9;德阳市:510600:13", "problems": []}],
                 "districts": "成都市:510100:18;锦江区:510104:5;武侯区:510107:6;双流区:510116:7;绵阳市:510700:9;德阳市:510600:13"}"#,
    },
    Case {
        name: "a city's districts after 其中 break it down",
        text: "督察组向湖南省交办第十一批信访件30件，其中长沙市12件，其中岳麓区7件、雨花区5件；株洲市8件，湘潭市10件。",
        want: r#"{"records": [{"batch": 11, "total": 30, "by_district": "长沙市:430100:12;株洲市:430200:8;湘潭市:430300:10", "problems": []}]}"#,
    },
    Case {
        name: "districts of a city listed beside it as siblings stay when that is what adds up",
        text: "督察组向青海省交办第六批信访件10件，其中西宁市5件、城东区2件、城西区3件。",
        want: r#"{"records": [{"batch": 6, "total": 10, "by_district": "西宁市:630100:5;城东区:630102:2;城西区:630104:3", "problems": []}]}"#,
    },
    Case {
        name: "two batches with their counts respectively",
        text: "7月2日，督察组向我市交办第十批及第十一批信访件，分别为12件、9件。",
        want: r#"{"records": [{"batch": 10, "total": 12, "problems": []}, {"batch": 11, "total": 9, "problems": []}]}"#,
    },
    Case {
        name: "two batches of as many cases each",
        text: "督察组向我县转办第十批、第十一批信访件各6件。",
        want: r#"{"records": [{"batch": 10, "total": 6, "problems": []}, {"batch": 11, "total": 6, "problems": []}]}"#,
    },
    Case {
        name: "分别 of the places is not the batches'",
        text: "督察组向我市交办第十批、第十一批信访件共21件，其中城东区、城西区分别为12件、9件。",
        want: r#"{"records": [{"batch": 10, "total": null}, {"batch": 11, "total": null}]}"#,
    },
    Case {
        name: "交至 hands over, and 中心城区 is no district",
        text: "中央第三生态环境保护督察组第二十批转办件（共26件）已于9月20日交至我市，其中涉及我市中心城区11件。",
        want: r#"{"records": [{"batch": 20, "total": 26, "date": "2024-09-20", "inspection_group": 3, "by_district": ""}], "districts": ""}"#,
    },
    Case {
        name: "城区 and 郊区 as districts of a list",
        text: "4月26日，督察组向阳泉市交办第六批信访件28件，涉及城区12件、矿区7件、郊区9件。",
        want: r#"{"records": [{"batch": 6, "total": 28, "recipient": "阳泉市", "problems": [],
                 "by_district": "城区:140302:12;矿区:140303:7;郊区:140311:9"}]}"#,
    },
    Case {
        name: "scenic areas and resorts count, without a code",
        text: "督察组向忻州市交办第三批信访件10件，其中忻府区3件、五台县2件、五台山风景名胜区3件、顿村旅游度假区2件。",
        want: r#"{"records": [{"batch": 3, "recipient": "忻州市", "total": 10, "problems": [],
                 "by_district": "忻府区:140902:3;五台县:140922:2;五台山风景名胜区:-:3;顿村旅游度假区:-:2"}]}"#,
    },
    Case {
        name: "a window written with a dash and the day's hours",
        text: "中央第四生态环境保护督察组转办的第十二批（8月28日20时—29日20时）信访件共27件。",
        want: r#"{"records": [{"batch": 12, "date": "2024-08-29", "total": 27}]}"#,
    },
    Case {
        name: "a count after a count of batches is all of theirs, not the batch's",
        text: "督察组进驻以来，共向我县转办信访件二十一批次64件，其中第二十一批3件，均为噪声问题。",
        want: r#"{"records": [{"batch": 21, "total": 3}]}"#,
    },
    Case {
        name: "a running total over a batch range, then the day's batch",
        text: "截至9月25日，中央第六生态环境保护督察组向我省转办的第1-20批群众信访举报件共2036件，已办结1427件，阶段性办结487件，\
正在办理122件。9月25日，督察组转办第二十一批信访件97件。",
        want: r#"{"records": [{"batch": 21, "total": 97, "date": "2024-09-25", "cumulative_total": 2036, "progress": null,
                 "cumulative_progress": "1427/487/122", "inspection_group": 6}]}"#,
    },
    Case {
        name: "an OCR'd column table above the report",
        text: "各区县交办件数\n区县\n件数\n城东区\n3\n城中区\n5\n城西区\n2\n\n\
5月12日，中央第五生态环境保护督察组向西宁市交办第八批群众信访举报件10件。",
        want: r#"{"records": [{"batch": 8, "total": 10, "date": "2024-05-12", "problems": [],
                 "by_district": "城东区:630102:3;城中区:630103:5;城西区:630104:2"}]}"#,
    },
];

#[test]
fn bulletins_of_more_shapes() {
    bulletin::check_all(CASES);
}
