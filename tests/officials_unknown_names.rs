//! Officials whose names jieba does not know: the rules must read any plausible name, not the
//! ones the dictionary happens to hold. jieba's HMM groups such names with guessed tags (汪彬娟/x,
//! 宋晨/t, 封彬辉/i, 沈鑫彬/nz), cuts them short before a character that makes a word with what
//! follows (佘福/nr 永和/nz, 米亮/nr 南进/nr), reads the surname as a word (费/v 明静/a, 申/v 志峰/n),
//! or joins the title's last character to the surname as a place (区/n 长葛/ns 强/a).
//!
//! Each case is a passage and the officials it names, as `NAME=TITLE|TITLE` items separated by
//! `;` (titles as written, in order), read as `spec/GOLD.md` reads officials.

mod common;

use common::officials;

/// (passage, expected officials).
const CASES: &[(&str, &str)] = &[
    // Names the HMM grouped under a tag it guessed.
    ("市长汪彬娟，副市长李明出席。", "汪彬娟=市长;李明=副市长"),
    ("组长袁杰彬，副组长熊秀讲话。", "袁杰彬=组长;熊秀=副组长"),
    ("重庆市委书记封彬辉进行动员，市长李明主持。", "封彬辉=重庆市委书记;李明=市长"),
    ("副主席鲍英力、胡伟、宋晨，秘书长牟毅永参加。", "鲍英力=副主席;胡伟=副主席;宋晨=副主席;牟毅永=秘书长"),
    // The name's last character makes a word with the conjunction or verb after it.
    ("传达省委常委、市委书记佘福永和省政府领导工作要求。", "佘福永=省委常委|市委书记"),
    ("传达省委常委、市委书记詹忠民和省政府领导工作要求。", "詹忠民=省委常委|市委书记"),
    ("重庆市委书记米亮南进行动员，市长李明主持。", "米亮南=重庆市委书记;李明=市长"),
    // A given name ending in 和: before a list mark, a verb or 的 it joins nothing.
    ("市领导应兰和、巫斌玉、傅宏参加。", "应兰和=市领导;巫斌玉=市领导;傅宏=市领导"),
    ("区领导仇国晨、孟海、隋忠南、黎静和参加。", "仇国晨=区领导;孟海=区领导;隋忠南=区领导;黎静和=区领导"),
    ("在车站社区党委副书记郎刚和的带领下，记者来到小区。", "郎刚和=车站社区党委副书记"),
    ("市长姬颖和出席会议。", "姬颖和=市长"),
    // ... while one joining a deputy or another name is the conjunction.
    ("市长李明和副市长王刚出席。", "李明=市长;王刚=副市长"),
    // ... and one whose given name makes a place with it (永和, 民和) before the next title.
    ("新疆航空公司经理张瑞永和党委书记刘春池带领新航的领导。", "张瑞永=新疆航空公司经理;刘春池=党委书记"),
    ("中国外交部长钱洋民和南非外交部长蒋秀签署公报。", "钱洋民=中国外交部长;蒋秀=南非外交部长"),
    ("市领导李明、王刚和张华参加。", "李明=市领导;王刚=市领导;张华=市领导"),
    // The surnames 和 (of Naxi names) and 向: no conjunction or preposition follows a list mark.
    ("区领导车萍婷、章欣婷、和敏、成辉颖参加。", "车萍婷=区领导;章欣婷=区领导;和敏=区领导;成辉颖=区领导"),
    ("区领导吕安静、席兰霞、和欣飞参加。", "吕安静=区领导;席兰霞=区领导;和欣飞=区领导"),
    // The surname 向 after a title, before one character and what follows a name; the preposition
    // before a word or a pronoun.
    ("区委书记向超出席会议。", "向超=区委书记"),
    ("局长向记者介绍。局长向他介绍情况。副县长向群众讲话。", ""),
    ("市领导王东、向和、闫欣东、程辉参加。", "王东=市领导;向和=市领导;闫欣东=市领导;程辉=市领导"),
    // A surname jieba reads as a verb before a given name it reads as an adjective.
    ("市委副书记、市长费明静主持会议。", "费明静=市委副书记|市长"),
    // The title's last character and the surname read as a place (长葛, 长安), and a preposition
    // the HMM glued to the title's first character (由区).
    ("区长葛文、副区长花波一同督办。", "葛文=区长;花波=副区长"),
    ("会议由区长安怡主持。", "安怡=区长"),
    // ... while a place across the title stays a place.
    ("上海市长宁区召开会议。合肥市长江路拓宽。", ""),
    // A name written before the title, however jieba cut it.
    ("大制度性安排。沈鑫彬总书记对这项工作作出重要指示。", "沈鑫彬=总书记"),
    ("大制度性安排。高超凯总书记对这项工作作出重要指示。", "高超凯=总书记"),
    ("深入贯彻党的精神和汪萍庆总书记关于生态文明建设的重要论述。", "汪萍庆=总书记"),
    ("深入贯彻党的精神和白丽丽总书记关于生态文明建设的重要论述。", "白丽丽=总书记"),
    ("副组长、环境保护部副部长付强分别就做好督察工作讲话。", "付强=副组长|环境保护部副部长"),
    // The HMM glued the name's last character to the verb (范志/n 英说/v), or left it a bound
    // morpheme (蒋娜/nr 彬/zg); a name with a particle before it ahead of its title (的/uj 侯/nr 文静/n).
    ("国家体委副主任范志英说，京沪两地新年登高活动。", "范志英=国家体委副主任"),
    ("县长高兴地说，很好。", ""),
    ("国务院侨务办公室主任蒋娜彬今天通过新闻媒介发表讲话。", "蒋娜彬=国务院侨务办公室主任"),
    ("市公安交通管理局局长米峰雪告诉记者，电子警察已上岗。", "米峰雪=市公安交通管理局局长"),
    ("政府分管这项工作的侯文静副市长认为，重庆交通环境明显好转。", "侯文静=副市长"),
];

#[test]
fn names_jieba_does_not_know() {
    officials::check_all(CASES);
}
