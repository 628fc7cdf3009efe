//! Officials of meeting reports and inspection visits: long attendance lists of titled people of
//! several bodies (人大, 政协, 纪委监委, 政法委), party-group and unit posts before the head's
//! (`党组书记、局长`), temporary and acting posts (`副县长（挂职）`, `代市长`), civil-service ranks
//! (`二级巡视员`), grass-roots posts (`村党支部书记、村委会主任`), and the people a report names who
//! hold no post (reporters, correspondents, residents).
//!
//! Each case is a passage and the officials it names, as `NAME=TITLE|TITLE` items separated by
//! `;` (titles as written, in order), read as `spec/GOLD.md` reads officials.

use tongbao::Extractor;

/// (passage, expected officials).
const CASES: &[(&str, &str)] = &[
    // Meetings: who chaired, who attended.
    (
        "市委书记李建明主持召开市委常委会会议。市委副书记、市长王海峰，市人大常委会主任赵文斌，市政协主席孙丽娟出席。",
        "李建明=市委书记;王海峰=市委副书记|市长;赵文斌=市人大常委会主任;孙丽娟=市政协主席",
    ),
    ("县委常委、宣传部部长陈晓燕，副县长（挂职）周鹏参加会议。", "陈晓燕=县委常委|宣传部部长;周鹏=副县长"),
    ("市生态环境局党组书记、局长马志强汇报了整改情况。", "马志强=市生态环境局党组书记|局长"),
    ("市纪委书记、监委主任刘国庆强调，要严肃追责问责。", "刘国庆=市纪委书记|监委主任"),
    ("市政府二级巡视员杨明华，市水务局局长郭振东陪同调研。", "杨明华=市政府二级巡视员;郭振东=市水务局局长"),
    ("市委副书记、代市长黄志远主持会议并讲话。", "黄志远=市委副书记|代市长"),
    ("区领导吴海燕、郑光明、林晓峰参加活动。", "吴海燕=区领导;郑光明=区领导;林晓峰=区领导"),
    ("会议由市委常委、秘书长林志华主持。", "林志华=市委常委|秘书长"),
    ("市委常委、常务副市长周建军，副市长冯雪梅、谢天明出席。", "周建军=市委常委|常务副市长;冯雪梅=副市长;谢天明=副市长"),
    ("区人大常委会副主任、区总工会主席蒋丽华出席。", "蒋丽华=区人大常委会副主任|区总工会主席"),
    ("市政协副主席、市工商联主席唐文斌致辞。", "唐文斌=市政协副主席|市工商联主席"),
    ("县委副书记、政法委书记邓志刚作表态发言。", "邓志刚=县委副书记|政法委书记"),
    ("市公安局党委副书记、常务副局长范海涛通报案件查处情况。", "范海涛=市公安局党委副书记|常务副局长"),
    ("参加会议的还有市委常委、组织部部长许志坚等。", "许志坚=市委常委|组织部部长"),
    ("市委常委、市委宣传部部长、市委统战部部长彭丽出席。", "彭丽=市委常委|市委宣传部部长|市委统战部部长"),
    ("区委常委、常务副区长杜江，区政府党组成员、副区长（挂职）宋晓明出席。", "杜江=区委常委|常务副区长;宋晓明=区政府党组成员|副区长"),
    ("县委书记周强，县委副书记、县长吴斌分别讲话。", "周强=县委书记;吴斌=县委副书记|县长"),
    ("市领导王建、李娜、张宇和市直有关部门负责人参加会议。", "王建=市领导;李娜=市领导;张宇=市领导"),
    ("中央第三生态环境保护督察组副组长王晓东出席。", "王晓东=中央第三生态环境保护督察组副组长"),
    ("市人民政府副市长曾庆华作动员讲话。", "曾庆华=市人民政府副市长"),
    // Inspections and visits.
    ("在县委书记张卫东的陪同下，督察组一行来到河道整治现场。张卫东介绍了整改进展。", "张卫东=县委书记"),
    ("镇党委书记何伟、镇长许文杰现场办公。", "何伟=镇党委书记;许文杰=镇长"),
    ("乡党委副书记、乡长卢小兵，村党支部书记、村委会主任田德旺介绍情况。", "卢小兵=乡党委副书记|乡长;田德旺=村党支部书记|村委会主任"),
    ("市督导组副组长、市信访局副局长欧阳红一行到区督导。", "欧阳红=市督导组副组长|市信访局副局长"),
    ("市生态环境局执法支队支队长龚建华带队夜查。", "龚建华=市生态环境局执法支队支队长"),
    ("省委常委、市委书记罗振华深入企业调研。", "罗振华=省委常委|市委书记"),
    ("区长李鹏飞（中）听取企业负责人汇报。", "李鹏飞=区长"),
    ("自治区生态环境厅副厅长阿依古丽·买买提参加座谈。", "阿依古丽·买买提=自治区生态环境厅副厅长"),
    ("记者从市生态环境局了解到，局长赵文华表示，将加大执法力度。", "赵文华=局长"),
    // Units whose names hold 和, squads named after their work.
    ("市住房和城乡建设局局长俞斌、市城市管理局局长符晓东参加。", "俞斌=市住房和城乡建设局局长;符晓东=市城市管理局局长"),
    ("区人力资源和社会保障局局长何丽萍，区文化和旅游局副局长郝建出席。", "何丽萍=区人力资源和社会保障局局长;郝建=区文化和旅游局副局长"),
    ("县委书记和县长分别讲话。", ""),
    ("县稽查大队大队长吴建华、教导员孙亮介绍了执法情况。", "吴建华=县稽查大队大队长;孙亮=教导员"),
    // The name before the title.
    ("李建国副市长强调，要压实责任。", "李建国=副市长"),
    ("在王卫东书记的带领下，检查组来到现场。王卫东说，问题要马上改。", "王卫东=书记"),
    ("江泽民主席、李鹏总理会见了代表团。", "江泽民=主席;李鹏=总理"),
    ("他向市长汇报了整改情况。大家向局长反映问题。", ""),
    // Lists opened by 还有/colon, asides inside a chain, a level glued to a preposition.
    ("出席会议的市领导还有：刘建华、陈志明、吴丽、张国强。", "刘建华=市领导;陈志明=市领导;吴丽=市领导;张国强=市领导"),
    ("市委常委、副市长（挂职）、市政府党组成员陈晨出席。", "陈晨=市委常委|副市长|市政府党组成员"),
    ("据市城管局副局长薛刚介绍，已清理垃圾200余吨。", "薛刚=市城管局副局长"),
    ("市长有关讲话精神要传达到位。", ""),
    // People who hold no post.
    ("本报记者刘畅 通讯员李梅 报道：居民王大妈高兴地说，楼道干净了。", ""),
    ("市民赵先生表示，噪声问题已经解决。志愿者孙小红说，她每天都来。", ""),
    ("（记者 黄晓丽 实习生 陈晨）", ""),
];

fn expected(spec: &str) -> Vec<(String, Vec<String>)> {
    spec.split(';')
        .filter(|s| !s.is_empty())
        .map(|item| {
            let (name, titles) = item.split_once('=').unwrap_or((item, ""));
            (name.to_string(), titles.split('|').map(str::to_string).collect())
        })
        .collect()
}

#[test]
fn officials_of_meetings_and_inspections() {
    let ex = Extractor::new();
    let mut failures = Vec::new();
    for &(text, spec) in CASES {
        let got: Vec<(String, Vec<String>)> = ex
            .extract(text)
            .articles
            .into_iter()
            .flat_map(|a| a.officials)
            .map(|o| (o.name.split_whitespace().collect(), o.titles))
            .collect();
        let want = expected(spec);
        if got != want {
            failures.push(format!("{text}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}
