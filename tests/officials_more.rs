//! Officials on report styles the development pages do not show: title chains joined by 兼 or by a
//! comma between the posts of different bodies, abbreviated offices (住建局, 县委办, 督察办), units
//! whose last character repeats as the head's (局局长, 组组长), posts of universities and
//! enterprises, transcribed names, and people who hold no post.
//!
//! Each case is a passage and the officials it names, as `NAME=TITLE|TITLE` items separated by
//! `;` (titles as written, in order), read as `spec/GOLD.md` reads officials.

mod common;

use common::officials;

/// (passage, expected officials).
const CASES: &[(&str, &str)] = &[
    // Chains.
    ("市委常委、常务副市长兼市委秘书长钱国栋讲话。", "钱国栋=市委常委|常务副市长|市委秘书长"),
    ("市委常委、统战部部长，市政协党组副书记吕晓雯出席。", "吕晓雯=市委常委|统战部部长|市政协党组副书记"),
    ("市委常委、副市长，高新区党工委书记秦川出席。", "秦川=市委常委|副市长|高新区党工委书记"),
    ("县委书记王宏伟，县委副书记、县长刘红，县人大常委会主任张斌出席。", "王宏伟=县委书记;刘红=县委副书记|县长;张斌=县人大常委会主任"),
    ("市长助理、市发改委主任冯涛汇报了有关情况。", "冯涛=市长助理|市发改委主任"),
    // Abbreviated offices and units before their heads.
    ("市住建局党组成员、副局长曾伟介绍有关情况。", "曾伟=市住建局党组成员|副局长"),
    ("县委常委、县委办主任宋佳主持。", "宋佳=县委常委|县委办主任"),
    ("省生态环境厅党组书记、厅长王永康，省督察办主任于海带队督导。", "王永康=省生态环境厅党组书记|厅长;于海=省督察办主任"),
    ("市生态环境局局长郑立伟、副局长王艳陪同。", "郑立伟=市生态环境局局长;王艳=副局长"),
    ("市林草局局长马丽霞调研时指出。", "马丽霞=市林草局局长"),
    ("区纪委监委派驻第三纪检监察组组长刘敏参加会议。", "刘敏=区纪委监委派驻第三纪检监察组组长"),
    // Posts outside government.
    ("兰州大学党委书记严纯华、校长方世南出席签约仪式。", "严纯华=兰州大学党委书记;方世南=校长"),
    ("清华大学校长王希勤作主旨报告。", "王希勤=清华大学校长"),
    // Names.
    ("自治区党委常委、自治区副主席艾尔肯·吐尼亚孜出席会议。", "艾尔肯·吐尼亚孜=自治区党委常委|自治区副主席"),
    ("探险队指挥部的负责人阿兰·布朗特在记者招待会上说。", "阿兰·布朗特=负责人"),
    ("城关区委书记欧阳丽华率队调研。欧阳丽华强调，要把好事办好。", "欧阳丽华=城关区委书记"),
    ("副市长张 伟主持会议并讲话。", "张伟=副市长"),
    ("区委副书记、区长刘\n洋出席会议并讲话。", "刘洋=区委副书记|区长"),
    ("在市委书记司马光明的带领下，检查组一行来到现场。", "司马光明=市委书记"),
    ("市级河长、副市长刘海波巡河。", "刘海波=市级河长|副市长"),
    ("市河长办主任陈建国说，全市已落实河长制。", "陈建国=市河长办主任"),
    ("区长王丽红指出，区长信箱要及时回复。", "王丽红=区长"),
    ("会上，区委书记孙杰作总结讲话。市环保局副局长诸葛明说，已全部办结。", "孙杰=区委书记;诸葛明=市环保局副局长"),
    ("县委常委、副县长（挂职）吴迪出席。", "吴迪=县委常委|副县长"),
    ("区委书记、一级巡视员唐军讲话。", "唐军=区委书记|一级巡视员"),
    ("县委书记李华（右二）在现场察看整改情况。", "李华=县委书记"),
    // Names that are dictionary words, told by what the report says next.
    ("区长石林现场办公。书记江山主持会议。会长万达出席年会。", "石林=区长;江山=书记;万达=会长"),
    ("市长车俊、副市长牛犇出席。", "车俊=市长;牛犇=副市长"),
    // Given names that are verbs (立新, 振兴) after a surname jieba reads as a measure word or verb.
    ("市委书记张立新主持召开会议。副县长管振兴出席。", "张立新=市委书记;管振兴=副县长"),
    // No name after the title: an ordinary word that merely starts with a surname character.
    ("县委书记主持召开专题会议，县长高位推动整改。", ""),
    ("局长关心职工生活。站长高兴地说，水质达标了。", ""),
    ("河长要切实履行职责。党委书记马上召开会议。", ""),
    ("会长单位轮值。校长信箱收到来信。", ""),
    // No name after the title: a conjunction or a numeral-like character is no surname.
    ("董事会、监事会、厂长经理和职工等方面的关系。", ""),
    ("原新进党政策审议会副会长和国会对策副委员长。", ""),
    ("大连市公安局南沙河口派出所长年坚持开展讲文明活动。", ""),
    // People who hold no post.
    ("记者王晓明从市政府获悉，市民李阿姨说，小区环境变好了。村民张德福告诉记者，河水清了。", ""),
    ("专家张教授表示，土壤修复需要时间。居民王女士说，噪声问题终于解决了。", ""),
    ("省长到会讲话，副省长在会上作了部署。", ""),
];

#[test]
fn officials_of_varied_report_styles() {
    officials::check_all(CASES);
}
