//! Page → articles on page shapes the development set does not show, written for these tests
//! (none taken from the development pages): city dailies and evening papers, county 融媒体 pages,
//! wire copy, web pages with their chrome, short briefs and a traditional-script mirror, OCR'd from
//! narrow columns with their line wraps.
//!
//! A case is a page and its articles in order, annotated as `../shared/spec/GOLD.md` ("Pages and
//! articles") says: the anchor (first characters of the body, blanks ignored) must lie in the
//! article's span, as `tools/score.py` finds it; headline and subheadline are compared without
//! blanks; reporters as a set. Editors (责任编辑, 责编) are no reporters; a photo credit
//! (`本报记者 X 摄`) names a reporter of the article it illustrates.

mod common;

use common::{check_spans, squeeze, EXTRACTOR};
use tongbao::{Article, Headline};

struct Case {
    name: &'static str,
    text: &'static str,
    articles: &'static [Want],
}

struct Want {
    anchor: &'static str,
    headline: Option<&'static str>,
    subheadline: Option<&'static str>,
    reporters: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "an undated story with its headline above the page's first dateline is an article of its own",
        text: r#"2024年12月6日 星期五  要闻  第2版

我市召开生态环境保护工作会议
12月5日，全市生态环境保护工作会议召开。会议总结了今年以来的工作，部署了下一阶段任务。市长张伟出席会议并讲话。
张伟强调，要坚决打好污染防治攻坚战。

督察组交办第五批信访件
本报讯（记者 王刚）12月5日，省第二生态环境保护督察组向我市交办第五批信访件12件。
"#,
        articles: &[
            Want {
                anchor: "12月5日，全市生态环境", headline: Some("我市召开生态环境保护工作会议"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "本报讯（记者王刚）", headline: Some("督察组交办第五批信访件"), subheadline: None, reporters: &["王刚"]
            },
        ],
    },
    Case {
        name: "a one-sentence dated deck over the dated article is its head, not a story",
        text: r#"督察组向我市交办第五批信访件
12月5日，中央第四生态环境保护督察组向我市转办第十七批群众信访举报件35件，已全部转交属地办理。

本报讯（记者 王刚）12月5日，省第二生态环境保护督察组向我市交办第五批信访件12件。
"#,
        articles: &[Want {
            anchor: "本报讯（记者王刚）",
            headline: Some("督察组向我市交办第五批信访件"),
            subheadline: None,
            reporters: &["王刚"],
        }],
    },
    Case {
        name: "a column tag on its own line over the headline is its kicker; alone between stories it heads neither",
        text: r#"【边督边改】
我区公开第五批信访件办理情况
本报讯（记者 张三）按照要求，现将第五批转办我区的信访件办理情况公开如下。
【图片新闻】
本报讯（记者 李四）12月9日，城北区开展夜间巡查。
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者 张三）",
                headline: Some("我区公开第五批信访件办理情况"),
                subheadline: Some("【边督边改】"),
                reporters: &["张三"],
            },
            Want { anchor: "本报讯（记者 李四）", headline: None, subheadline: None, reporters: &["李四"] },
        ],
    },
    Case {
        name: "undated briefs closed by credits, an editors' line between one story and the next headline",
        text: r#"2024年12月10日 第3版：要闻
城东区关停违规砂场
12月8日，城东区关停违规砂场2处，恢复植被1.2万平方米。（本报记者 张三）
责任编辑：李四 校对：王五
城西区开展河道清理
12月9日，城西区开展河道清理行动，清理垃圾30余吨。（通讯员 赵六 本报记者 钱七）
"#,
        articles: &[
            Want {
                anchor: "12月8日，城东区关停", headline: Some("城东区关停违规砂场"), subheadline: None, reporters: &["张三"]
            },
            Want {
                anchor: "12月9日，城西区开展", headline: Some("城西区开展河道清理"), subheadline: None, reporters: &["赵六", "钱七"]
            },
        ],
    },
    Case {
        name: "an editors' line ends a story as a full stop does, so the headline after it is a headline",
        text: r#"本报讯（记者 张三）12月8日，城东区关停违规砂场2处。
责任编辑：李四
城西区开展河道清理
本报讯（记者 钱七）12月9日，城西区开展河道清理行动。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 张三）", headline: None, subheadline: None, reporters: &["张三"] },
            Want {
                anchor: "本报讯（记者 钱七）", headline: Some("城西区开展河道清理"), subheadline: None, reporters: &["钱七"]
            },
        ],
    },
    Case {
        name: "city daily: page header, kicker of parallel phrases above the main headline, closing credit with 通讯员",
        text: r#"2023年12月8日 星期五 责任编辑：李明 版式：王刚
A2 要闻

坚持问题导向 强化整改落实
我市全力推进督察反馈问题整改

本报讯（记者 王芳）12月7日，我市召开
中央生态环境保护督察反馈问题整改推
进会，通报前一阶段整改进展，安排部署
下一步工作。会议要求，各级各部门要压
实责任，对照问题清单逐项销号。

市生态环境局办结信访举报件186件
本报讯（记者 赵敏）记者从市生态环境
局获悉，截至12月6日，我市已办结督察
组交办的群众信访举报件186件，其余件
正在加紧办理。
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者 王芳）12月7日",
                headline: Some("我市全力推进督察反馈问题整改"),
                subheadline: Some("坚持问题导向强化整改落实"),
                reporters: &["王芳"],
            },
            Want {
                anchor: "本报讯（记者 赵敏）记者从",
                headline: Some("市生态环境局办结信访举报件186件"),
                subheadline: None,
                reporters: &["赵敏"],
            },
        ],
    },
    Case {
        name: "本报讯 记者 X、Y without brackets or 报道",
        text: r#"本报讯 记者 张伟、刘洋 12月6日，城西区
组织开展冬季大气污染防治专项检查，
对辖区内12家餐饮单位的油烟净化设施
进行了现场检查。

本报讯 记者 孙丽 通讯员 马骏 近日，湟
中区对群众反映的养殖场异味问题开展
回头看，确保问题不反弹。
"#,
        articles: &[
            Want {
                anchor: "本报讯 记者 张伟、刘洋 12月6日", headline: None, subheadline: None, reporters: &["张伟", "刘洋"]
            },
            Want {
                anchor: "本报讯 记者 孙丽 通讯员 马骏 近日", headline: None, subheadline: None, reporters: &["孙丽", "马骏"]
            },
        ],
    },
    Case {
        name: "本报X月X日讯 and 本报<place><date>讯",
        text: r#"本报12月7日讯（记者 陈静）今天上午，
全市第二批生态环境问题整改现场会在
城北区召开。

本报西宁12月7日讯（记者 周航 通讯员
韩雪）记者从省生态环境厅了解到，我省
已完成第十四批交办件的核查工作。
"#,
        articles: &[
            Want { anchor: "本报12月7日讯（记者 陈静）", headline: None, subheadline: None, reporters: &["陈静"] },
            Want { anchor: "本报西宁12月7日讯", headline: None, subheadline: None, reporters: &["周航", "韩雪"] },
        ],
    },
    Case {
        name: "wires: 新华社 with two reporters, 中新网, 央广网 …消息",
        text: r#"新华社西宁12月7日电（记者 李琳、
王晓东）记者7日从青海省生态环境厅获
悉，今年以来青海省空气质量优良天数比
例达到96.5%。

中新网北京12月7日电 （记者 刘亮）生态
环境部7日召开例行新闻发布会，介绍第
三轮中央生态环境保护督察有关情况。

央广网北京12月7日消息（记者 许晴）据
中央广播电视总台中国之声报道，第三轮
第一批中央生态环境保护督察全面启动。
"#,
        articles: &[
            Want { anchor: "新华社西宁12月7日电", headline: None, subheadline: None, reporters: &["李琳", "王晓东"] },
            Want { anchor: "中新网北京12月7日电", headline: None, subheadline: None, reporters: &["刘亮"] },
            Want { anchor: "央广网北京12月7日消息", headline: None, subheadline: None, reporters: &["许晴"] },
        ],
    },
    Case {
        name: "■本报记者 line under the headline, and 通讯员 X 本报记者 Y",
        text: r#"城北区：餐饮油烟整治见实效
■本报记者 钱多
12月5日，记者跟随城北区生态环境执
法人员来到小桥大街，查看餐饮油烟整
治情况。

河湟新区建成污水处理厂
通讯员 孙浩 本报记者 韩梅
近日，河湟新区污水处理厂建成投用，
日处理能力达到两万吨。
"#,
        articles: &[
            Want {
                anchor: "12月5日，记者跟随", headline: Some("城北区：餐饮油烟整治见实效"), subheadline: None, reporters: &["钱多"]
            },
            Want {
                anchor: "近日，河湟新区污水",
                headline: Some("河湟新区建成污水处理厂"),
                subheadline: None,
                reporters: &["孙浩", "韩梅"],
            },
        ],
    },
    Case {
        name: "closing bylines: several 通讯员 before 记者, and a 通讯员 alone",
        text: r#"本报讯 12月4日，大通县召开生态环境
保护工作会议，部署督察整改工作。
（通讯员 李强 张华 记者 王芳）

本报讯 近日，湟源县开展河道垃圾清理
专项行动，清理垃圾30余吨。
（通讯员 马丽）
"#,
        articles: &[
            Want { anchor: "本报讯 12月4日", headline: None, subheadline: None, reporters: &["李强", "张华", "王芳"] },
            Want { anchor: "本报讯 近日，湟源县", headline: None, subheadline: None, reporters: &["马丽"] },
        ],
    },
    Case {
        name: "a photo credit is no headline",
        text: r#"本报讯（记者 何平）12月3日，城中区
组织志愿者清理南川河沿岸垃圾。

图为志愿者在南川河沿岸捡拾垃圾。
本报记者 何平 摄

南川河沿岸垃圾清理干净
本报讯（记者 吴昊）12月3日，南川河
沿岸垃圾清理工作全面完成，共清理各
类垃圾20余吨。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 何平）12月3日", headline: None, subheadline: None, reporters: &["何平"] },
            Want {
                anchor: "本报讯（记者 吴昊）12月3日",
                headline: Some("南川河沿岸垃圾清理干净"),
                subheadline: None,
                reporters: &["吴昊"],
            },
        ],
    },
    Case {
        name: "web page: breadcrumb, source and time lines, editor at the end",
        text: r#"首页 > 新闻中心 > 要闻
我市交办第十六批信访件41件全部转办到位
发布时间：2023-12-08 09:30  来源：西宁晚报
12月7日，中央第五生态环境保护督察组向我市交办第十六批群众信访举报件41件，已全部转办到相关区县。
各区县正在按程序抓紧办理，办理结果将及时向社会公开。
【打印】【关闭】
责任编辑：李明
"#,
        articles: &[Want {
            anchor: "12月7日，中央第五",
            headline: Some("我市交办第十六批信访件41件全部转办到位"),
            subheadline: None,
            reporters: &[],
        }],
    },
    Case {
        name: "web page with a dateline under the head lines; 编辑 line is no reporter",
        text: r#"当前位置：首页>新闻中心>本地新闻
城东区立行立改解决噪声扰民问题
2023-12-06 08:45:12　来源：西宁晚报　编辑：张丽
西宁晚报讯（记者 马青）12月5日，城东区针对群众反映的夜间施工噪声扰民问题，责令施工单位立即停工整改。
"#,
        articles: &[Want {
            anchor: "西宁晚报讯（记者 马青）",
            headline: Some("城东区立行立改解决噪声扰民问题"),
            subheadline: None,
            reporters: &["马青"],
        }],
    },
    Case {
        name: "traditional-script mirror with stacked headlines and a closing byline",
        text: r#"2023年12月8日 星期五 責任編輯：李明

堅持問題導向 強化整改落實
我市全力推進督察反饋問題整改

本報訊（記者 王芳）12月7日，我市召開
中央生態環境保護督察反饋問題整改推
進會，部署下一步工作。

新華社西寧12月7日電（記者 李琳）記
者7日從青海省生態環境廳獲悉，今年以
來青海省空氣質量持續改善。
（記者 李琳 通訊員 馬駿）
"#,
        articles: &[
            Want {
                anchor: "本報訊（記者 王芳）12月7日",
                headline: Some("我市全力推進督察反饋問題整改"),
                subheadline: Some("堅持問題導向強化整改落實"),
                reporters: &["王芳"],
            },
            Want { anchor: "新華社西寧12月7日電", headline: None, subheadline: None, reporters: &["李琳", "馬駿"] },
        ],
    },
    Case {
        name: "short briefs under a section header, each with its own headline",
        text: r#"要闻简报

城东区开展冬季消防检查
本报讯 12月5日，城东区消防救援大队
对辖区内人员密集场所开展消防检查。

湟中区完成秸秆禁烧巡查
本报讯 近日，湟中区组织开展秸秆禁烧
巡查，发现并制止焚烧行为3起。

大通县启动冬季供暖
本报讯 12月1日，大通县城区集中供暖
正式启动，供暖面积较去年有所增加。
"#,
        articles: &[
            Want {
                anchor: "本报讯 12月5日，城东区", headline: Some("城东区开展冬季消防检查"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "本报讯 近日，湟中区", headline: Some("湟中区完成秸秆禁烧巡查"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "本报讯 12月1日，大通县", headline: Some("大通县启动冬季供暖"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "county 融媒体: 融媒体中心讯, 融媒体记者 lines, 全媒体记者",
        text: r#"湟源县融媒体中心讯（融媒体记者 李华
通讯员 王伟）12月6日，湟源县召开生态
环境保护督察整改工作推进会。

大华镇整治农村人居环境
■融媒体记者 张敏
近日，大华镇组织干部群众清理村庄垃
圾，改善农村人居环境。

本报讯（全媒体记者 赵磊 首席记者 钱雯）
12月6日，县委书记带队检查督察整改情况。
"#,
        articles: &[
            Want { anchor: "湟源县融媒体中心讯", headline: None, subheadline: None, reporters: &["李华", "王伟"] },
            Want {
                anchor: "近日，大华镇组织", headline: Some("大华镇整治农村人居环境"), subheadline: None, reporters: &["张敏"]
            },
            Want { anchor: "本报讯（全媒体记者 赵磊", headline: None, subheadline: None, reporters: &["赵磊", "钱雯"] },
        ],
    },
    Case {
        name: "dateline bracket wrapped across lines, name split by the wrap",
        text: r#"本报讯（记者 晴
空 通讯员 韩雪）12月9日，城西区召开
会议，研究部署督察整改工作。

本报讯（见习记者 刘洋 实习生
周可）近日，城中区对辖区内的加油站开
展油气回收专项检查。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 晴", headline: None, subheadline: None, reporters: &["晴空", "韩雪"] },
            Want { anchor: "本报讯（见习记者 刘洋", headline: None, subheadline: None, reporters: &["刘洋", "周可"] },
        ],
    },
    Case {
        name: "column tag 【…】 on the headline's own line",
        text: r#"【中央生态环保督察·边督边改】湟中区整治
养殖场异味扰民

本报讯（记者 马丽）12月6日，湟中区对
群众反映的养殖场异味扰民问题开展现
场核查，责令养殖场限期整改。

【督察整改进行时】城北区关停违规砂场
本报讯（记者 吴昊）近日，城北区依法
关停两家违规砂石料场，并完成场地生
态修复。
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者 马丽）12月6日",
                headline: Some("湟中区整治养殖场异味扰民"),
                subheadline: Some("【中央生态环保督察·边督边改】"),
                reporters: &["马丽"],
            },
            Want {
                anchor: "本报讯（记者 吴昊）近日",
                headline: Some("城北区关停违规砂场"),
                subheadline: Some("【督察整改进行时】"),
                reporters: &["吴昊"],
            },
        ],
    },
    Case {
        name: "headline printed between the paragraphs of another article",
        text: r#"本报讯（记者 许文）12月4日，市政府召
开常务会议，研究部署水电站清理整改

城西区完成
河道清淤工程

工作。会议强调，要坚持生态优先，全面
完成水电站清理整改任务。

本报讯（记者 丁宁）12月4日，城西区河
道清淤工程全面完成，共清理淤泥三万
立方米。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 许文）12月4日", headline: None, subheadline: None, reporters: &["许文"] },
            Want {
                anchor: "本报讯（记者 丁宁）12月4日",
                headline: Some("城西区完成河道清淤工程"),
                subheadline: None,
                reporters: &["丁宁"],
            },
        ],
    },
    Case {
        name: "新华社记者 credit line and a dateline without a date",
        text: r#"第三轮中央生态环保督察全面启动
新华社记者 高敬
新华社北京电 经党中央、国务院批准，第
三轮第一批中央生态环境保护督察全面
启动。

督察组设立值班电话
新华社北京12月7日电 督察组进驻期间
设立专门值班电话和邮政信箱，受理群
众来电来信举报。
"#,
        articles: &[
            Want {
                anchor: "新华社北京电", headline: Some("第三轮中央生态环保督察全面启动"), subheadline: None, reporters: &["高敬"]
            },
            Want {
                anchor: "新华社北京12月7日电 督察组", headline: Some("督察组设立值班电话"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "headline after the body, past the closing byline and the editor line",
        text: r#"本报讯 12月2日，城东区对辖区内餐饮
单位的油烟净化设施开展专项检查。
（记者 王芳 通讯员 李强）
责编：刘洋

城东区检查餐饮油烟净化设施

本报讯 12月2日，湟中区启动冬季大气
污染防治攻坚行动。
（记者 周航）
湟中区启动大气污染防治攻坚行动
"#,
        articles: &[
            Want {
                anchor: "本报讯 12月2日，城东区",
                headline: Some("城东区检查餐饮油烟净化设施"),
                subheadline: None,
                reporters: &["王芳", "李强"],
            },
            Want {
                anchor: "本报讯 12月2日，湟中区",
                headline: Some("湟中区启动大气污染防治攻坚行动"),
                subheadline: None,
                reporters: &["周航"],
            },
        ],
    },
    Case {
        name: "main headline with a —— deck below it",
        text: r#"我市交办件办结率达到九成
——中央生态环境保护督察交办件办理情况综述

本报记者 王芳 报道 截至12月6日，我市已
办结督察组交办的群众信访举报件186件。
"#,
        articles: &[Want {
            anchor: "本报记者 王芳 报道",
            headline: Some("我市交办件办结率达到九成"),
            subheadline: Some("——中央生态环境保护督察交办件办理情况综述"),
            reporters: &["王芳"],
        }],
    },
    Case {
        name: "人民日报 style: 本报<place><date>电 then the reporters",
        text: r#"本报北京12月7日电  （记者 寇江泽）
记者从生态环境部获悉，第三轮第一批
中央生态环境保护督察已完成进驻工作。

本报西宁12月7日电（记者 王梅、贾丰
丰）青海省近日出台方案，推进督察反馈
问题整改。
"#,
        articles: &[
            Want { anchor: "本报北京12月7日电", headline: None, subheadline: None, reporters: &["寇江泽"] },
            Want { anchor: "本报西宁12月7日电", headline: None, subheadline: None, reporters: &["王梅", "贾丰丰"] },
        ],
    },
    Case {
        name: "page chrome at the foot: 本版责编 and 美编 lines, page number",
        text: r#"本报讯（记者 胡静）12月5日，省生态环境
厅召开督察整改调度会。

本报讯（记者 冯涛）12月5日，西宁市启动
重污染天气应急响应。

本版责编：王丽 美编：张三 校对：陈亮
第3版
"#,
        articles: &[
            Want { anchor: "本报讯（记者 胡静）", headline: None, subheadline: None, reporters: &["胡静"] },
            Want { anchor: "本报讯（记者 冯涛）", headline: None, subheadline: None, reporters: &["冯涛"] },
        ],
    },
    Case {
        name: "closing credit 本报记者 X 实习生 Y on its own line ends the article above",
        text: r#"本报讯 12月4日，城中区开展冬季燃煤
锅炉专项检查，检查锅炉房15处。
本报记者 周航 实习生 李悦

本报讯 12月4日，城北区召开河长制工作
会议，部署冬季河湖管护工作。
"#,
        articles: &[
            Want { anchor: "本报讯 12月4日，城中区", headline: None, subheadline: None, reporters: &["周航", "李悦"] },
            Want { anchor: "本报讯 12月4日，城北区", headline: None, subheadline: None, reporters: &[] },
        ],
    },
    Case {
        name: "headline glued above the dateline of a brief, after the byline of the article above",
        text: r#"本报讯（记者 王芳）12月3日，全市生态
环境保护大会召开。
湟中区：关停“散乱污”企业12家
本报讯（记者 李强）近日，湟中区关停
“散乱污”企业12家。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳）12月3日", headline: None, subheadline: None, reporters: &["王芳"] },
            Want {
                anchor: "本报讯（记者 李强）近日",
                headline: Some("湟中区：关停“散乱污”企业12家"),
                subheadline: None,
                reporters: &["李强"],
            },
        ],
    },
    Case {
        name: "记者 X 报道 as the first words of a body line",
        text: r#"城西区完成燃煤锅炉改造
记者 韩梅 报道 近日，城西区完成最后一
批燃煤锅炉清洁能源改造，共改造锅炉
23台。
"#,
        articles: &[Want {
            anchor: "记者 韩梅 报道", headline: Some("城西区完成燃煤锅炉改造"), subheadline: None, reporters: &["韩梅"]
        }],
    },
    Case {
        name: "marked kicker stacked on a spaced main line without a blank between them",
        text: r#"本报讯（记者 马骏）12月8日，市长张伟
前往湟水河沿岸，现场督导河道整治工作，
要求立行立改、彻底整改。
张伟督导湟水河河道整治工作时强调
立行立改 彻底整改
"#,
        articles: &[Want {
            anchor: "本报讯（记者 马骏）12月8日",
            headline: Some("立行立改彻底整改"),
            subheadline: Some("张伟督导湟水河河道整治工作时强调"),
            reporters: &["马骏"],
        }],
    },
    Case {
        name: "a main line over a slogan deck keeps the main line first",
        text: r#"我市召开督察整改推进会
压实整改责任 推动立行立改
本报讯（记者 冯涛）12月8日，我市召开
督察整改推进会，压实整改责任。
"#,
        articles: &[Want {
            anchor: "本报讯（记者 冯涛）12月8日",
            headline: Some("我市召开督察整改推进会"),
            subheadline: Some("压实整改责任推动立行立改"),
            reporters: &["冯涛"],
        }],
    },
    Case {
        name: "column tag printed before the dateline; an ethnic name with ·",
        text: r#"【督察整改进行时】本报讯（记者 热依拉·买买提）12月8日，
城东区完成辖区加油站油气回收治理。

■本报记者 才让多杰
12月8日，城北区完成河道垃圾清理。
"#,
        articles: &[
            Want {
                anchor: "【督察整改进行时】本报讯", headline: None, subheadline: None, reporters: &["热依拉·买买提"]
            },
            Want { anchor: "12月8日，城北区完成", headline: None, subheadline: None, reporters: &["才让多杰"] },
        ],
    },
    Case {
        name: "a blank OCR put inside a wrapped headline is no kicker seam",
        text: r#"督察组向我省交办 第十五批
信访举报件52件
本报讯（记者 柯林）12月7日，督察组向
我省交办第十五批信访举报件52件。
"#,
        articles: &[Want {
            anchor: "本报讯（记者 柯林）12月7日",
            headline: Some("督察组向我省交办第十五批信访举报件52件"),
            subheadline: None,
            reporters: &["柯林"],
        }],
    },
    Case {
        name: "web wire page: source, author and editor lines around a 中新网 dateline",
        text: r#"首页 > 新闻中心 > 要闻
青海交办件办结率超过九成
来源：中新网　作者：李琳　发布时间：2023-12-08 10:12
中新网西宁12月7日电（记者 李琳）记者7日从青海省生态环境厅获悉，中央第五生态环境保护督察组交办的信访举报件已办结九成以上。
编辑：王丽
责编：陈亮
"#,
        articles: &[Want {
            anchor: "中新网西宁12月7日电",
            headline: Some("青海交办件办结率超过九成"),
            subheadline: None,
            reporters: &["李琳"],
        }],
    },
    Case {
        name: "报道 and 摄影报道 inside bylines are no names; 文/图 credits",
        text: r#"本报讯（记者 王芳 通讯员 李强 报道）12月
6日，城东区开展大气污染防治执法检查。

城中区整治背街小巷
本报记者 冯涛 通讯员 韩雪 文/图
近日，城中区对辖区背街小巷开展环境
卫生整治。

图为工人清理河道。
本报记者 何平 摄影报道
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳", headline: None, subheadline: None, reporters: &["王芳", "李强"] },
            Want {
                anchor: "近日，城中区对辖区",
                headline: Some("城中区整治背街小巷"),
                subheadline: None,
                reporters: &["冯涛", "韩雪", "何平"],
            },
        ],
    },
    Case {
        name: "evening-paper credit line and a closing photo byline in brackets",
        text: r#"城西区清运积存垃圾
西宁晚报记者 张敏
12月6日，城西区组织清运积存垃圾
300余吨。
（记者 张敏 摄）
"#,
        articles: &[Want {
            anchor: "12月6日，城西区", headline: Some("城西区清运积存垃圾"), subheadline: None, reporters: &["张敏"]
        }],
    },
    Case {
        name: "traditional web page: breadcrumb, 來源 and 發布時間, 責任編輯",
        text: r#"首頁 > 新聞中心 > 要聞
城北區完成河道垃圾清理
發布時間：2023-12-08 09:30　來源：西寧晚報
西寧晚報訊（記者 馬青 通訊員 韓雪）12月7日，城北區完成北川河沿岸垃圾清理，共清理垃圾30餘噸。
責任編輯：李明
"#,
        articles: &[Want {
            anchor: "西寧晚報訊（記者 馬青",
            headline: Some("城北區完成河道垃圾清理"),
            subheadline: None,
            reporters: &["馬青", "韓雪"],
        }],
    },
    Case {
        name: "a wire dateline whose date wraps onto the next line",
        text: r#"新华社西宁12
月7日电（记者 李琳）青海省7日召开督察
整改推进会，部署下一步工作。

新华社北京12月7日电（记者 高敬）生态环
境部7日召开例行新闻发布会。
"#,
        articles: &[
            Want { anchor: "新华社西宁12", headline: None, subheadline: None, reporters: &["李琳"] },
            Want { anchor: "新华社北京12月7日电", headline: None, subheadline: None, reporters: &["高敬"] },
        ],
    },
    Case {
        name: "a headline ending in 报 over a dateline, and a body line ending in 报, open no wrapped dateline",
        text: r#"本报讯（记者 王芳）12月6日，全市召开
生态环境保护大会。

第十四批交办件办理情况通报
本报讯（记者 赵敏）12月6日，市生态环
境局通报第十四批交办件办理情况，各区
县要按期办结并通报
结果。
（记者 冯涛）
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳）12月6日", headline: None, subheadline: None, reporters: &["王芳"] },
            Want {
                anchor: "本报讯（记者 赵敏）12月6日",
                headline: Some("第十四批交办件办理情况通报"),
                subheadline: None,
                reporters: &["赵敏", "冯涛"],
            },
        ],
    },
    Case {
        name: "a story without a dateline after another: its headline over a lead opening with its day",
        text: r#"我市召开生态环境保护督察整改推进会
本报讯（记者 李明）6月20日，我市召开中央生态环境保护督察整改推进会。
会议强调，要坚持问题导向，确保整改到位。
城东区开展河道专项整治
6月19日，城东区组织开展河道专项整治行动，共清理垃圾30余吨。
（通讯员 赵六）
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者 李明）6月20日",
                headline: Some("我市召开生态环境保护督察整改推进会"),
                subheadline: None,
                reporters: &["李明"],
            },
            Want {
                anchor: "6月19日，城东区组织", headline: Some("城东区开展河道专项整治"), subheadline: None, reporters: &["赵六"]
            },
        ],
    },
    Case {
        name: "section headings over dated paragraphs stay in their article",
        text: r#"我市全力推进督察整改
本报讯（记者 李明）连日来，我市全力推进中央生态环境保护督察反馈问题整改，督导检查工作扎实开展。
强化督导检查
6月19日，市委书记张伟带队督导检查整改工作，要求强化督导检查。
压实整改责任
6月20日，市长李强主持召开会议，压实各级整改责任。
"#,
        articles: &[Want {
            anchor: "本报讯（记者 李明）连日来",
            headline: Some("我市全力推进督察整改"),
            subheadline: None,
            reporters: &["李明"],
        }],
    },
    Case {
        name: "a story without a dateline whose lead opens with its purpose, then one opening 近日",
        text: r#"本报讯（记者 王芳）6月18日，市政协主席刘建国率队视察城区污水处理厂建设情况。
刘建国指出，要加快推进项目建设。

我市启动夏季环境整治百日攻坚行动
为切实改善城乡人居环境，6月19日，我市召开夏季环境整治百日攻坚行动动员会。
会议要求，各县（区）要对照任务清单，逐项抓好落实。
城西区开展垃圾分类进社区宣传活动
近日，城西区组织志愿者走进社区开展垃圾分类宣传活动。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳）6月18日", headline: None, subheadline: None, reporters: &["王芳"] },
            Want {
                anchor: "为切实改善城乡人居环境",
                headline: Some("我市启动夏季环境整治百日攻坚行动"),
                subheadline: None,
                reporters: &[],
            },
            Want {
                anchor: "近日，城西区组织", headline: Some("城西区开展垃圾分类进社区宣传活动"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "a web page of two headlined stories, neither with a dateline",
        text: r#"首页 > 新闻中心 > 环保动态
发布日期：2020-01-07 16:32  来源：呼伦贝尔日报
中央环保督察组交办第22批信访件
1月6日，中央第四生态环境保护督察组向呼伦贝尔市交办第22批群众信访举报件12件，其中来电10件、来信2件。涉及海拉尔区4件、满洲里市3件。

我市召开生态环保督察整改推进会
1月6日下午，市委书记、市督察整改工作领导小组组长李世军主持召开推进会，研究部署交办件办理工作。市委副书记、市长孙伟出席。
"#,
        articles: &[
            Want {
                anchor: "1月6日，中央第四", headline: Some("中央环保督察组交办第22批信访件"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "1月6日下午，市委书记", headline: Some("我市召开生态环保督察整改推进会"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "a one-paragraph story with its dateline, then a headlined story without one",
        text: r#"本报讯 1月6日，中央第四生态环境保护督察组向呼伦贝尔市交办第22批群众信访举报件12件，其中来电10件、来信2件。

我市召开生态环保督察整改推进会
1月6日下午，市委书记李世军主持召开推进会，研究部署生态环保督察整改交办件办理工作。
"#,
        articles: &[
            Want { anchor: "本报讯 1月6日", headline: None, subheadline: None, reporters: &[] },
            Want {
                anchor: "1月6日下午，市委书记", headline: Some("我市召开生态环保督察整改推进会"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "closing bylines at the end of the last body line: one name, two, a correspondent, a bracket broken by the column",
        text: r#"本报讯 3月2日，市生态环境局召开大气污染防治工作推进会，部署春季扬尘管控工作。会议要求，各区要压实责任。（记者 柯岚）
本报讯 3月3日，城南区组织开展河道清漂行动，清理水面漂浮物2吨。（记者 柯岚 海宁）
本报讯 3月4日，高新区对辖区12家汽修企业开展挥发性有机物专项检查。（本报记者 陈岚 通讯员 黄海）
本报讯 3月5日，市环境监测站发布一季度空气质量通报，优良天数比例同比上升。（记者 林溪
）
本报讯 3月6日，市政府召开常务会议（记者节前夕），研究环境整治工作。（责任编辑 王五）
"#,
        articles: &[
            Want { anchor: "本报讯 3月2日", headline: None, subheadline: None, reporters: &["柯岚"] },
            Want { anchor: "本报讯 3月3日", headline: None, subheadline: None, reporters: &["柯岚", "海宁"] },
            Want { anchor: "本报讯 3月4日", headline: None, subheadline: None, reporters: &["陈岚", "黄海"] },
            Want { anchor: "本报讯 3月5日", headline: None, subheadline: None, reporters: &["林溪"] },
            Want { anchor: "本报讯 3月6日", headline: None, subheadline: None, reporters: &[] },
        ],
    },
    Case {
        name: "undated stories under their headlines, opening with days, a stretch of time, or after a byline with a short headline",
        text: r#"本报讯（记者 王芳）4月11日，我市召开生态环境保护委员会全体会议。市委书记李明出席。
会议要求，要压紧压实责任。

城东区开展河道清理
4月12日至13日，城东区组织力量对辖区河道开展集中清理，清理垃圾3吨。

我市空气质量持续向好
今年以来，我市空气质量优良天数达到95天，同比增加6天。（记者 林溪）

环保宣传进校园
近日，市生态环境局走进实验小学开展环保宣传活动，发放宣传资料200份。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳）4月11日", headline: None, subheadline: None, reporters: &["王芳"] },
            Want {
                anchor: "4月12日至13日，城东区", headline: Some("城东区开展河道清理"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "今年以来，我市空气质量", headline: Some("我市空气质量持续向好"), subheadline: None, reporters: &["林溪"]
            },
            Want { anchor: "近日，市生态环境局", headline: Some("环保宣传进校园"), subheadline: None, reporters: &[] },
        ],
    },
    Case {
        name: "an undated first story closed by its byline, then a story with a dateline",
        text: r#"城西区全力推进信访件办理
城西区高度重视中央生态环境保护督察交办件办理工作，成立工作专班，逐件落实责任。（记者 林溪）

本报讯（记者 王芳）4月12日，我市召开餐饮油烟专项整治推进会。会议通报了交办件办理情况。
"#,
        articles: &[
            Want {
                anchor: "城西区高度重视", headline: Some("城西区全力推进信访件办理"), subheadline: None, reporters: &["林溪"]
            },
            Want { anchor: "本报讯（记者 王芳）4月12日", headline: None, subheadline: None, reporters: &["王芳"] },
        ],
    },
    Case {
        name: "a headline listing the places it speaks of",
        text: r#"本报讯（记者 王芳）4月11日，我市召开生态环境保护委员会全体会议。
会议要求，要压紧压实责任。

城东、城西两区联动整治河道
4月12日，城东区、城西区联合开展河道清理行动，清理垃圾3吨。
"#,
        articles: &[
            Want { anchor: "本报讯（记者 王芳）4月11日", headline: None, subheadline: None, reporters: &["王芳"] },
            Want {
                anchor: "4月12日，城东区、城西区", headline: Some("城东、城西两区联动整治河道"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "a county's copy with its place before 讯, editors after the reporter, words and pictures credited",
        text: r#"本报讯（记者 杨帆）12月5日，县委书记马骏到城关镇调研督察整改工作。

湟源讯（记者 李青）12月6日，县长孙丽主持召开县政府常务会议。会议要求，要压实责任。（记者 李青 编辑 刘畅）

海晏讯 12月7日，县生态环境局开展河道巡查，清理垃圾2吨。
（文/图 马丽）
"#,
        articles: &[
            Want { anchor: "本报讯（记者 杨帆）", headline: None, subheadline: None, reporters: &["杨帆"] },
            Want { anchor: "湟源讯（记者 李青）", headline: None, subheadline: None, reporters: &["李青"] },
            Want { anchor: "海晏讯 12月7日", headline: None, subheadline: None, reporters: &["马丽"] },
        ],
    },
    Case {
        name: "column tags set off by a bar, as WeChat and 融媒体 titles print them",
        text: r#"中央生态环保督察丨我区收到第三批交办件5件

本报讯（记者 陈静）5月21日，北辰区收到第三批信访件5件，其中来电3件、来信2件。

边督边改 | 城东区关停违规砂场3家

本报讯（记者 王芳）5月22日，城东区依法关停违规砂场3家，恢复植被2000平方米。
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者 陈静）",
                headline: Some("我区收到第三批交办件5件"),
                subheadline: Some("中央生态环保督察"),
                reporters: &["陈静"],
            },
            Want {
                anchor: "本报讯（记者 王芳）",
                headline: Some("城东区关停违规砂场3家"),
                subheadline: Some("边督边改"),
                reporters: &["王芳"],
            },
        ],
    },
    Case {
        name: "a story's byline and deck between its headline and dated lead, above the page's first dateline",
        text: r#"2024年11月20日 星期三 第02版 要闻

推动河湖长制落地见效
——我县全面开展河道清淤整治

本报记者 孙晓

11月19日，记者从县水利局获悉，全县今年已清理河道淤泥12万立方米，整治入河排污口36个，群众满意度明显提升。
县委书记周建华多次到现场督导，要求建立长效管护机制。
（上接第一版）

图为工人在清理河道淤泥。 本报记者 钱程 摄

老旧小区油烟扰民问题解决了

本报讯（通讯员 马丽）针对群众反映的老旧小区餐饮油烟扰民问题，区市场监管局会同街道逐户排查，督促12家餐馆加装净化设施。
"#,
        articles: &[
            Want {
                anchor: "11月19日，记者从县水利局",
                headline: Some("推动河湖长制落地见效"),
                subheadline: Some("——我县全面开展河道清淤整治"),
                reporters: &["孙晓", "钱程"],
            },
            Want {
                anchor: "本报讯（通讯员 马丽）", headline: Some("老旧小区油烟扰民问题解决了"), subheadline: None, reporters: &["马丽"]
            },
        ],
    },
    Case {
        name: "a web page setting every line apart: the byline alone between blank lines opens the story",
        text: r#"推动河湖长制落地见效

——我县全面开展河道清淤整治

本报记者 孙晓

县委书记周建华多次到现场督导，要求建立河道长效管护机制，
确保河畅水清岸绿。

各乡镇已完成河道清淤任务的九成以上，
其余河段年底前完成。

城西区关停违规砂场3家

本报讯（记者 杜衡）城西区对辖区违规砂场开展集中整治，关停3家，责令整改5家，复绿土地20亩。
"#,
        articles: &[
            Want {
                anchor: "县委书记周建华",
                headline: Some("推动河湖长制落地见效"),
                subheadline: Some("——我县全面开展河道清淤整治"),
                reporters: &["孙晓"],
            },
            Want {
                anchor: "本报讯（记者 杜衡）", headline: Some("城西区关停违规砂场3家"), subheadline: None, reporters: &["杜衡"]
            },
        ],
    },
    Case {
        name: "a closing credit before a blank line and the next headline closes its story, opening none",
        text: r#"我市完成第三批信访件办理

本报讯 11月18日，我市第三批信访件已全部办结，群众满意率达96%。

（记者 林涛）

老旧小区油烟扰民问题解决了

本报讯（通讯员 马丽）针对群众反映的老旧小区餐饮油烟扰民问题，区市场监管局会同街道逐户排查。
"#,
        articles: &[
            Want {
                anchor: "本报讯 11月18日", headline: Some("我市完成第三批信访件办理"), subheadline: None, reporters: &["林涛"]
            },
            Want {
                anchor: "本报讯（通讯员 马丽）", headline: Some("老旧小区油烟扰民问题解决了"), subheadline: None, reporters: &["马丽"]
            },
        ],
    },
    Case {
        name: "briefs under a section head: the bullet before each headline is no part of it",
        text: r#"环保简讯

■城北区：关停“散乱污”企业5家
本报讯 12月3日，城北区对辖区内“散乱污”企业开展集中整治，关停取缔5家，整改提升12家。（记者 许诺）

◆城南区：河道垃圾清理干净
本报讯 针对督察组交办的河道垃圾问题，城南区组织人员连夜清理，清运垃圾30余吨。（通讯员 钟声）
"#,
        articles: &[
            Want {
                anchor: "本报讯 12月3日", headline: Some("城北区：关停“散乱污”企业5家"), subheadline: None, reporters: &["许诺"]
            },
            Want {
                anchor: "本报讯 针对督察组", headline: Some("城南区：河道垃圾清理干净"), subheadline: None, reporters: &["钟声"]
            },
        ],
    },
    Case {
        name: "a bulleted column label under a headline heads the briefs below, not the story above",
        text: r#"2024年12月10日 星期二 A3
生态环保
本报讯（记者 晴空）12月9日，中央第五生态环境保护
督察组向西宁市交办第十七批群众信访举报件24件，其中
来电19件、来信5件。涉及城东区2件、城中区6件、城西区
5件、城北区4件、湟中区3件、大通县2件、湟源县2件。
市委副书记、市长石建平要求，立行立改。
西宁收到第十七批信访件24件
本报讯（记者 李阳 通讯员 马丽）记者从市城管局获悉，
今年以来，全市共清运建筑垃圾12万吨，查处违规运输车辆
356辆次。
市城管局局长周涛说，下一步将持续加大执法力度。
建筑垃圾清运12万吨
  ■短讯
本报讯 12月8日，市生态环境局开展噪声污染专项检查，
检查企业23家，责令整改5家。 （王平）
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者晴空）", headline: Some("西宁收到第十七批信访件24件"), subheadline: None, reporters: &["晴空"]
            },
            Want {
                anchor: "本报讯（记者李阳", headline: Some("建筑垃圾清运12万吨"), subheadline: None, reporters: &["李阳", "马丽"]
            },
            Want { anchor: "本报讯12月8日", headline: None, subheadline: None, reporters: &["王平"] },
        ],
    },
    Case {
        name: "a brief closes with its writers' names in brackets, or its photographer's",
        text: r#"本报讯 12月8日，市生态环境局开展噪声污染专项检查，检查企业23家。（王平 李丽）

本报讯 12月9日，城北区关停违规砂场3处。图为执法人员在现场检查。（张悦摄）

本报讯 12月9日，城南区完成黑臭水体整治，群众拍手称快。（全文完）
"#,
        articles: &[
            Want { anchor: "本报讯12月8日", headline: None, subheadline: None, reporters: &["王平", "李丽"] },
            Want { anchor: "本报讯12月9日，城北区", headline: None, subheadline: None, reporters: &["张悦"] },
            Want { anchor: "本报讯12月9日，城南区", headline: None, subheadline: None, reporters: &[] },
        ],
    },
    Case {
        name: "a byline on its own line whose name the OCR spaced out still opens its story",
        text: r#"老旧小区改造让居民住得更舒心

本报记者 印 晓东

走进鼓楼区青年路社区，新铺的沥青路平整干净。今年以来，全区改造老旧小区26个。

本报讯（记者 靳 蕾 通讯员 祁 立）12月9日，鼓楼区召开城市更新推进会。
鼓楼区召开城市更新推进会
"#,
        articles: &[
            Want {
                anchor: "走进鼓楼区", headline: Some("老旧小区改造让居民住得更舒心"), subheadline: None, reporters: &["印晓东"]
            },
            Want {
                anchor: "本报讯（记者靳蕾",
                headline: Some("鼓楼区召开城市更新推进会"),
                subheadline: None,
                reporters: &["靳蕾", "祁立"],
            },
        ],
    },
    Case {
        name: "the paper's gathered copy (本报综合消息) opens a story, and stray spaces split no name",
        text: r#"本报讯（记者 王 小雨）12月9日，鼓楼区召开城市更新推进会。

鼓楼区召开推进会

本报综合消息 12月8日，全市粮食产量达156万吨，再创历史新高。

全市粮食产量再创新高
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者王小雨）", headline: Some("鼓楼区召开推进会"), subheadline: None, reporters: &["王小雨"]
            },
            Want { anchor: "本报综合消息", headline: Some("全市粮食产量再创新高"), subheadline: None, reporters: &[] },
        ],
    },
    Case {
        name: "a column tag naming what is published (【权威发布】) is the kicker, not page furniture",
        text: r#"本报讯（记者 甘霖）12月8日，市文联举办书画展，展出作品200余幅。

【权威发布】
文联书画展开幕

【信息发布】城北区关停违规砂场3处
本报讯（记者 甘霖）12月9日，城北区关停违规砂场3处。
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者甘霖）12月8日",
                headline: Some("文联书画展开幕"),
                subheadline: Some("【权威发布】"),
                reporters: &["甘霖"],
            },
            Want {
                anchor: "本报讯（记者甘霖）12月9日",
                headline: Some("城北区关停违规砂场3处"),
                subheadline: Some("【信息发布】"),
                reporters: &["甘霖"],
            },
        ],
    },
    Case {
        name: "undated stories under headlines alike: the headline above speaks of its own story",
        text: r#"第二批信访件交办给我市
12月8日，中央第一生态环境保护督察组向哈尔滨市交办第二批信访件38件。
第三批信访件交办给我市
12月9日，中央第一生态环境保护督察组向哈尔滨市交办第三批信访件41件。
"#,
        articles: &[
            Want {
                anchor: "12月8日，中央第一", headline: Some("第二批信访件交办给我市"), subheadline: None, reporters: &[]
            },
            Want {
                anchor: "12月9日，中央第一", headline: Some("第三批信访件交办给我市"), subheadline: None, reporters: &[]
            },
        ],
    },
    Case {
        name: "the page's last line after the last story is its headline, though it shares no words with it",
        text: r#"本报讯（记者 潘玥）12月8日，城南街道推行接诉即办机制。

城南推行新机制

本报讯（记者 潘玥）12月9日，城南街道组织志愿者开展服务。

冬日暖阳照进老人心坎
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者潘玥）12月8日", headline: Some("城南推行新机制"), subheadline: None, reporters: &["潘玥"]
            },
            Want {
                anchor: "本报讯（记者潘玥）12月9日", headline: Some("冬日暖阳照进老人心坎"), subheadline: None, reporters: &["潘玥"]
            },
        ],
    },
    Case {
        name: "a page printing its headlines on top leaves a last line alone",
        text: r#"城南推行新机制
本报讯（记者 潘玥）12月8日，城南街道推行接诉即办机制。

志愿服务暖人心
本报讯（记者 潘玥）12月9日，城南街道组织志愿者开展服务。

冬日暖阳照进老人心坎
"#,
        articles: &[
            Want {
                anchor: "本报讯（记者潘玥）12月8日", headline: Some("城南推行新机制"), subheadline: None, reporters: &["潘玥"]
            },
            Want {
                anchor: "本报讯（记者潘玥）12月9日", headline: Some("志愿服务暖人心"), subheadline: None, reporters: &["潘玥"]
            },
        ],
    },
    Case {
        name: "a kicker of two long parallel phrases a word apart in length",
        text: r#"坚持人民城市人民建 人民城市为人民
老旧小区改造让居民住得更舒心
本报讯（记者 靳蕾）12月9日，鼓楼区召开城市更新推进会，部署明年改造任务。
"#,
        articles: &[Want {
            anchor: "本报讯（记者靳蕾）",
            headline: Some("老旧小区改造让居民住得更舒心"),
            subheadline: Some("坚持人民城市人民建人民城市为人民"),
            reporters: &["靳蕾"],
        }],
    },
    Case {
        name: "the publishing body's name over a web page is its masthead, not the headline",
        text: r#"河南省生态环境厅
当前位置：首页 > 新闻中心 > 督察动态
信访举报件办理情况综述
发布日期：2024-07-02
截至6月30日，全省已办结督察组交办的信访举报件2861件。
"#,
        articles: &[Want {
            anchor: "截至6月30日", headline: Some("信访举报件办理情况综述"), subheadline: None, reporters: &[]
        }],
    },
    Case {
        name: "a county media centre's name over its report",
        text: r#"平江县融媒体中心
平江县收到第十批交办件
6月5日，中央第三生态环境保护督察组向平江县交办第十批信访件12件。
"#,
        articles: &[Want {
            anchor: "6月5日，中央第三", headline: Some("平江县收到第十批交办件"), subheadline: None, reporters: &[]
        }],
    },
    Case {
        name: "an undated lead under the headline its story above is printed with opens the next story",
        text: r#"6月18日，鄂尔多斯市收到第十一批交办件43件。

鄂尔多斯市收到第十一批交办件43件

今年以来，包头新签约项目12个，总投资达86亿元。

包头新签约项目12个
"#,
        articles: &[
            Want {
                anchor: "6月18日，鄂尔多斯市", headline: Some("鄂尔多斯市收到第十一批交办件43件"), subheadline: None, reporters: &[]
            },
            Want { anchor: "今年以来，包头", headline: Some("包头新签约项目12个"), subheadline: None, reporters: &[] },
        ],
    },
];

/// The byte offset of `anchor` in `text`, blanks ignored on both sides (as the gold locates it).
fn locate(text: &str, anchor: &str) -> Option<usize> {
    let kept: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| !c.is_whitespace()).collect();
    let squeezed: String = kept.iter().map(|&(_, c)| c).collect();
    let at = squeezed.find(&squeeze(anchor))?;
    let nth = squeezed.get(..at)?.chars().count();
    kept.get(nth).map(|&(i, _)| i)
}

fn text_of(h: &Option<Headline>) -> Option<String> {
    h.as_ref().map(|h| squeeze(&h.text))
}

/// What is wrong with one predicted article, compared with its annotation.
fn article_errors(text: &str, got: &Article, want: &Want) -> Vec<String> {
    let mut errors = Vec::new();
    let Some(at) = locate(text, want.anchor) else { return vec![format!("anchor {:?} is not in the page", want.anchor)] };
    // tools/score.py: the span holds the anchor's start, allowing a few bytes of lead marks
    if !(got.span.start <= at + 3 && at < got.span.end) {
        errors.push(format!("span {:?} misses the anchor {:?}", got.span, want.anchor));
    }
    let head = text_of(&got.headline);
    if head != want.headline.map(squeeze) {
        errors.push(format!("headline {head:?}, want {:?}", want.headline));
    }
    let subhead = text_of(&got.subheadline);
    if subhead != want.subheadline.map(squeeze) {
        errors.push(format!("subheadline {subhead:?}, want {:?}", want.subheadline));
    }
    let mut reporters = got.reporters.clone();
    reporters.sort();
    let mut wanted: Vec<String> = want.reporters.iter().map(|r| r.to_string()).collect();
    wanted.sort();
    if reporters != wanted {
        errors.push(format!("reporters {reporters:?}, want {wanted:?}"));
    }
    errors.into_iter().map(|e| format!("article {:?}: {e}", want.anchor)).collect()
}

#[test]
fn pages_split_into_their_articles() {
    let mut failures = Vec::new();
    for case in CASES {
        let doc = EXTRACTOR.extract(case.text);
        check_spans(case.text, &doc);
        let mut errors = Vec::new();
        if doc.articles.len() != case.articles.len() {
            errors.push(format!("{} articles, want {}", doc.articles.len(), case.articles.len()));
        }
        for (got, want) in doc.articles.iter().zip(case.articles) {
            errors.extend(article_errors(case.text, got, want));
        }
        if !errors.is_empty() {
            failures.push(format!("{}:\n  {}", case.name, errors.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} pages wrong:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}

#[test]
fn the_case_table_is_sound() {
    // Every anchor is in its page, in reading order, so a case cannot pass by locating nothing.
    for case in CASES {
        let mut last = None;
        for want in case.articles {
            let at = locate(case.text, want.anchor);
            assert!(at.is_some(), "{}: anchor {:?} not found", case.name, want.anchor);
            assert!(at > last, "{}: anchors out of order at {:?}", case.name, want.anchor);
            last = at;
        }
    }
    assert!(CASES.len() >= 20);
}
