//! The complaint-batch record (督察 交办 report) and its consistency checks.
//!
//! The article is read sentence by sentence (cleaned text, split at `。！？` and paragraph breaks):
//! - a **hand-over sentence** has a hand-over verb (`交办`, `转办`, `移交`, `收到`, `接到`, `接收` …), names
//!   an inspection group or a batch, and a batch or a count (`N件`, `N批次`, `N个问题`). It opens a record,
//!   or adds to the record it repeats (same batch; or no conflicting batch, total, group or recipient —
//!   a headline restating the body);
//! - a **cumulative sentence** (`截至…`, `累计…`, a batch range `1-33批`, `前二十一批`) closes the record's
//!   own region: it gives `cumulative_total`, and nothing after it is counted into the record;
//! - other sentences extend the region of the last record until one of those, or a new dateline;
//!   those before the first record (a district table printed above the report) are kept aside, and
//!   a breakdown there is the record's when it adds up to its total.
//!
//! Records opened together (`第一批、第二批…共32件`) share their hand-over sentence: a count there is
//! the batches' joint one, no record's total, unless each batch's is given (`各6件`, `分别为12件、9件`)
//! or a later part names one batch alone (`其中，第一批20件`).
//!
//! The record's fields are then read from its region: total, channels, scope, priority cases, progress,
//! the district counts and counted pollution mentions found inside it; the checks go to `problems`.

use std::borrow::Cow;
use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::document::{
    BatchMention, Channels, ComplaintBatch, DateMention, DistrictCount, InspectionLevel, PollutionMention, Progress, Scope,
};
use crate::extractor::Ctx;
use crate::number::{self, parse_count, COUNT_NUMERAL, NUMERAL};
use crate::place::Places;
use std::collections::HashMap;

use crate::span::{sub, Span, SpanIndex};

/// The mentions already found in the article, which the record is assembled from.
pub(crate) struct Found<'a> {
    pub dates: &'a [DateMention],
    pub batches: &'a [BatchMention],
    pub district_counts: &'a [DistrictCount],
    pub pollution: &'a [PollutionMention],
}

/// The mentions of [`Found`], indexed by position for the sentence-by-sentence queries.
struct Indexed<'a> {
    dates: SpanIndex<'a, DateMention>,
    batches: SpanIndex<'a, BatchMention>,
    district_counts: SpanIndex<'a, DistrictCount>,
    pollution: SpanIndex<'a, PollutionMention>,
}

impl<'a> Indexed<'a> {
    fn new(found: &Found<'a>) -> Indexed<'a> {
        Indexed {
            dates: SpanIndex::new(found.dates, |d| d.span),
            batches: SpanIndex::new(found.batches, |b| b.span),
            district_counts: SpanIndex::new(found.district_counts, |d| d.span),
            pollution: SpanIndex::new(found.pollution, |p| p.span),
        }
    }
}

macro_rules! regex {
    ($name:ident, $pat:expr) => {
        #[allow(clippy::expect_used)] // constant patterns, exercised by the tests
        static $name: Lazy<Regex> = Lazy::new(|| Regex::new(&$pat).expect(stringify!($name)));
    };
}

regex!(VERB, r"交办|转办|移交|移送|转交|转至|交至|交给|收到|接到|接收|转来|转送|下发|批转|反馈");
/// Hand-over verbs that say so only of complaint cases: `下发` and `转送` pass on notices and
/// lists as often (`下发第二批整改任务清单`), so they count where the text names such cases.
const WEAK_VERBS: [&str; 4] = ["转来", "转送", "下发", "批转"];
/// Verbs that hand cases over only right before the batch they name (`向我区反馈第20批信访件1件`):
/// elsewhere `反馈` reports back (`将办理情况反馈督察组`, `反馈督察意见`).
const BATCH_VERBS: [&str; 1] = ["反馈"];
regex!(COMPLAINT_CASES, r"信访|举报|投诉|交办件|转办件");
// `至此，督察组共向我市交办…`, `进驻以来`: the figures since the inspection began.
regex!(CUMULATIVE, r"截至|截止|累计|至此|迄今|(?:进驻|入驻|督察|开展督察)以来");
// `中央生态环境保护督察第六督察组`, `省级生态环境保护督察第二督察组`: the level may come with the
// inspection's name, before the group's ordinal; or the group is numbered after the inspection's
// name (`省生态环境保护督察第二组`, `省环保督察组第三组`), tried first. Groups 1–2 are the level
// and ordinal of that form, 3–4 of the other.
const GROUP: &str = r"(中央|省级?|自治区|市)?(?:党?委)?(?:生态环境保护|环境保护|生态环保|环保)(?:例行|专项)?督察组?第([一二三四五六七八九十]+|[0-9]+)组|(中央|省级?|自治区|市)?(?:党?委)?(?:(?:生态环境保护|环境保护|生态环保|环保)(?:例行)?(?:督察)?)?(?:第([一二三四五六七八九十]+|[0-9]+))?(?:生态环境保护|环境保护|生态环保|环保)?(?:专项)?督察组";
regex!(GROUP_AT, format!("^(?:{GROUP})"));
// One literal: searched for by the pattern's vectorised substring search.
regex!(INSPECTION, "督察");

// `第三轮第二批中央生态环境保护督察`, `第二批省级环保督察`: the batch of inspections a group belongs
// to, not a batch of complaints.
regex!(
    INSPECTION_ROUND,
    format!(
        r"第{NUMERAL}轮第{NUMERAL}批次?|第{NUMERAL}批次?(?:中央|省级|省|自治区|市级)?(?:生态环境保护|环境保护|生态环保|环保)?(?:例行|专项)?督察"
    )
);
regex!(HAS_COUNT, format!(r"{NUMERAL}(?:件|批次|个问题)"));
regex!(COUNT, format!(r"{COUNT_NUMERAL}件"));
/// The words that name a report's channel (see [`channels`] for the channel each means).
const CHANNEL_WORDS: &str = "来电|电话|热线|来信|信件|来访|走访|微信|网络|网上|网站|公众号|电子邮件|邮件|邮箱";
/// The national reporting platform (`12369平台`, `12369环保举报平台`): reports filed online, through
/// its website and WeChat; its hotline (`12369热线`) is read by [`CHANNEL_WORDS`] as the phone.
const PLATFORM: &str = "12369(?:环保|生态环境)?(?:举报)?(?:联网管理|网络)?平台";
/// Every channel name: the platform, then the words.
static CHANNEL_NAMES: Lazy<String> = Lazy::new(|| format!("{PLATFORM}|{CHANNEL_WORDS}"));
regex!(PLATFORM_NAME, format!("^{PLATFORM}"));
/// What may follow a channel word before the count (`网络平台举报6件`, `微信公众号7件`).
const CHANNEL_TAIL: &str = "(?:平台|公众号|小程序)?(?:举报|投诉)?";
// `12345热线转办9件`: a hotline's cases come forwarded by it.
regex!(CHANNEL, format!(r"({names}){CHANNEL_TAIL}(?:转办|转来)?({COUNT_NUMERAL})件", names = *CHANNEL_NAMES));
// `来电、来信、网络举报分别为10件、5件、3件`, `来电、来信各7件`
regex!(
    CHANNEL_LIST,
    format!(
        r"((?:{names}){CHANNEL_TAIL}(?:[、和及与](?:{names}){CHANNEL_TAIL})+)(?:(分别)|各(?:有|为|计)?({NUMERAL})件)",
        names = *CHANNEL_NAMES
    )
);
regex!(SOLE_CHANNEL, format!(r"(?:均为|举报方式为|方式为)(?:群众)?({names})", names = *CHANNEL_NAMES));
static CHANNEL_BEFORE: Lazy<String> = Lazy::new(|| {
    format!(
        r"(?:{names}){CHANNEL_TAIL}(?:转办|转来|分别(?:为|是|有)?(?:{NUMERAL}件[、，和及]?)*|各(?:有|为|计)?)?$",
        names = *CHANNEL_NAMES
    )
});
regex!(PRIORITY, format!(r"重点[^，。；0-9]{{0,6}}?(?:有|为|共)?({COUNT_NUMERAL})件"));
/// `均为`, `全部是`: what follows is true of every case of the batch.
const ALL_CASES: &str = "(?:均为|均系|均是|全部为|全部是|都是|全为)";
regex!(ALL_ONE_CHANNEL, format!(r"{ALL_CASES}(?:群众)?({CHANNEL_WORDS})"));
regex!(ALL_PRIORITY, format!(r"{ALL_CASES}重点(?:交办|关注|督办)?(?:件|案件|信访件|举报件)"));
const PRIORITY_BEFORE: &str = r"重点[^，。；0-9]{0,6}?(?:有|为|共)?$";
// Words right before a count of part of the cases (`重复件2件`, `其余6件`), which is no total.
const SUBSET_BEFORE: &str = r"(?:重复|其余|剩余|另有)[^，。；0-9]{0,4}?(?:有|为|共)?$";
// Words right before a count that make it a progress figure (`已办结12件`), not a total.
// `累计办结交办件62件`: the cases named between 办结 and the count are closed ones too.
const PROGRESS_BEFORE: &str =
    r"(?:办结|查结)(?:了|共)?(?:[^，。；、0-9]{0,8}件(?:共|达)?)?$|(?:正在|仍在|尚在)(?:办理|调查处理|核查)中?$|办理中$";
// A count of batches before a count (`共转办信访件二十一批次64件`): the cases of all of them, not
// this batch's. `第二十一批3件` is this batch's.
regex!(BATCHES_BEFORE, format!(r"(?:^|[^第0-9〇零一二三四五六七八九十百两廿卅]){NUMERAL}批次?(?:共计|合计|共|计)?$"));
// `涉及赤峰市11件`, `其中赣州市53件`, `其中转交赣州市办理的有53件`: one place's part of a larger hand-over.
// A count after any of these words is a part of the cases (channel, priority, progress, subset), not
// their total: one search for all of them, once for every count read.
regex!(PART_BEFORE, [CHANNEL_BEFORE.as_str(), PRIORITY_BEFORE, PROGRESS_BEFORE, SUBSET_BEFORE].map(|r| format!("(?:{r})")).join("|"));
regex!(SHARE_BEFORE, r"(?:涉及|其中[，,]?(?:交办|转办|转交|涉及)?)([^，。；（）0-9、批]{1,12})$");
/// The verbs a unit receives cases by.
const RECEIPT_VERBS: [&str; 3] = ["收到", "接到", "接收"];
// `向山东省交办…，潍坊市收到38件`: a unit that says what it received of a larger hand-over.
regex!(
    RECEIVED,
    format!(
        r"(?:^|[，；])(?:其中[，,]?)?(\p{{Han}}{{1,8}}?(?:省|市|州|盟|县|区|旗))(?:共|已)?(?:{})(?:了)?({NUMERAL})件",
        RECEIPT_VERBS.join("|")
    )
);
regex!(SCOPE, r"([0-9]+|[一二三四五六七八九十]+)个?区[、和及]?([0-9]+|[一二三四五六七八九十]+)个?县");
// Every case closed, no figure given (`12件信访件已全部办结`, `均已办结`).
regex!(ALL_CLOSED, r"(?:全部|均已|均|全部已)(?:办结|办理完毕|办理完成|完成办理)");
regex!(OTHER_CASES, r"前[0-9一二三四五六七八九十]+批|此前|以前|其余|其他|剩余|余下");
// `属于我市管辖的23件`, `涉及我区6件`, `交办我市信访件4件`: the share of the recipient the text leaves
// unnamed, of a larger hand-over.
regex!(OWN_SHARE, format!(r"(?:我|本)(?:市|区|县|州)(?:管辖)?[^，。；、0-9]{{0,8}}?(?:的|有|共|为)?({NUMERAL})件"));
// `其余区县44件`, `其他市州18件`: the cases of the places a district list leaves unnamed.
regex!(
    OTHER_PLACES,
    format!(
        r"(?:其余|其他|其它|另有)(?:各)?(?:区县|县区|县市区|县（市、区）|市州|市县|市区|地区|乡镇|街道|县市|区|县|市)(?:共|计|合计)?({NUMERAL})件"
    )
);
// `市直部门6件`, `省直有关单位2件`: departments take cases beside the places of a list, which leaves
// them out (spec/GOLD.md), so the list adds up to the total only with them.
regex!(
    DEPARTMENTS,
    format!(
        r"(?:(?:省|市|区|县|州|盟|旗)直(?:有关|相关)?|(?:有关|相关)|(?:省|市|区|县)级(?:有关|相关)?)(?:部门|单位|机关)(?:共|计)?({COUNT_NUMERAL})件"
    )
);
// `转办信访件96件（合并后转办99件）`: cases merged or split by place are counted again, and a list
// of places adds up to that count.
regex!(MERGED, format!(r"合并(?:重复件|同类项)?后(?:实际)?(?:转办|交办|为|共|计)?({COUNT_NUMERAL})件"));
regex!(CLOSED, format!(r"(?:已经?|共)?办结(?:[（(][^）)]{{0,10}}[）)])?(?:了|共)?({COUNT_NUMERAL})件"));
regex!(PARTLY, format!(r"阶段性?办结(?:了|共)?({COUNT_NUMERAL})件"));
/// The words of cases still open, one of which [`IN_PROGRESS`] holds.
const IN_PROGRESS_WORDS: [&str; 5] = ["正在", "仍在", "尚在", "办理中", "未办结"];
// `其余3件正在调查处理中`: the count may come first.
regex!(
    IN_PROGRESS,
    format!(
        r"(?:(?:正在|仍在|尚在)(?:办理|调查处理|核查)中?|办理中|未办结)({COUNT_NUMERAL})件|(?:^|[，、；]|其余|另有|还有)({COUNT_NUMERAL})件(?:正在|仍在|尚在)(?:办理|调查处理|核查)"
    )
);
/// The unit endings a place phrase ends at, in the order they are tried.
const PLACE_UNITS: [&str; 12] = ["自治区", "自治州", "特别行政区", "地区", "省", "市", "州", "盟", "县", "区", "旗", "兵团"];
/// The most characters of a place phrase before its unit ending.
const MAX_PLACE_CHARS: usize = 8;
regex!(HAN, r"^\p{Han}$");
regex!(GROUP_CONTINUES, r"^(?:第[^，。]{0,4})?(?:生态环境保护|环境保护|生态环保|环保)?(?:专项)?督察");
// Counts after a list of batches that are each one's (see `each_batch`), before any other count:
// `各6件`, `分别为12件、9件`, or as many bare counts as batches (`第八批、第九批信访件38件、40件`); a
// bracket may follow the last batch (`第九批（6月18日）`).
regex!(
    EACH_BATCH,
    format!(
        r"^[^0-9，。；（(]{{0,16}}(?:[（(][^）)。]{{0,24}}[）)])?[^0-9，。；]{{0,16}}(?:，|、)?(?:各(?:有|为|计)?({NUMERAL})件|(分别)|((?:{NUMERAL}件[、和及])+{NUMERAL}件))"
    )
);
// The organs of an unnamed unit (`县委县政府收到…`), which the place pattern would read as `县委县`.
regex!(ORGANS, r"^[省市州盟县区旗](?:委|政府|人民政府|级)");
regex!(
    LEAD,
    format!(
        r"^(?:[0-9]{{1,4}}年)?(?:[0-9]{{1,2}}月[0-9]{{1,2}}日)?(?:{pod})?(?:当天|当日|同日|次日|日前|昨天|昨日|近日|目前|今天|今日|随后|此前)?(?:{pod})?(?:至|到)?[\s]*(?:(?:记者|笔者|本报)(?:从|自))?",
        pod = *crate::date::PART_OF_DAY_WORDS
    )
);
/// Visits to the places and cases of a report (`督办`, `实地检查`).
const VISIT_WORDS: &str = "督办|督导|调研|检查|察看|查看|暗访";
regex!(VISIT, VISIT_WORDS);
// Deeds done to cases already handed over, and the reporter's learning of them: a day before one
// of them is its day, not the hand-over's.
regex!(DEED, format!("{VISIT_WORDS}|获悉|了解到|完成|办结"));
// A hand-over that only describes the batch after it (`交办的第九批`, `交办给该市的第三十三批`).
regex!(DESCRIBES_BATCH, r"^[^，。；的]{0,8}的第");
// What says a batch mention names one case of the batch: its number (`第5批第23号`, `第5批23号信访件`,
// `第五批信访件中的第12号`, `第五批编号D-023的信访件`) or `之一`, before the clause ends.
regex!(CASE_OF_BATCH, format!(r"^[^，。；、]{{0,10}}?(?:第{NUMERAL}号|[0-9]+号(?:信访|举报|投诉|案|件)|编号|之一)"));
/// More characters than a match of [`CASE_OF_BATCH`] holds.
const CASE_OF_BATCH_REACH: usize = 40;
// A single case as the subject of a clause that says what it is (`该问题系`, `此信访件为`).
regex!(
    ONE_CASE,
    r"^[，；：]?(?:该|此|这一?|上述)(?:个|起|件)?(?:问题|信访举报件|信访件|举报件|投诉件|案件|信访|举报|投诉)[^，。；]{0,4}?(?:系|为|属于|属|是)"
);
regex!(SEVERAL_TYPES, r"多种(?:污染)?类型|多种污染|两项及以上|两种及以上|分别计数|多个类型");

/// First characters of a phrase that refers to a unit without naming it (我省, 全市, 各市州, 相关县区).
const UNNAMED_START: &str = "我本全各相有其这此上下";

/// Whether a place phrase refers to a unit without naming it: it opens like `我省`, `全市`, `上级`,
/// and is no division of that name (上海市, 本溪市, 全椒县, 下城区).
fn unnamed(places: &Places, phrase: &str) -> bool {
    phrase.chars().next().is_some_and(|c| UNNAMED_START.contains(c)) && places.leading_name(phrase) != Some(phrase.len())
}

/// Name endings of departments and offices: counted in bulletins, but not places (省发改委, 市直部门).
const DEPARTMENT_ENDINGS: [&str; 6] = ["部门", "厅", "局", "委", "办", "单位"];

/// One hand-over sentence, read on its own.
#[derive(Clone, Debug, Default)]
struct Candidate {
    batches: Vec<u32>,
    group: Option<u32>,
    level: Option<InspectionLevel>,
    /// The hand-over day, and whether it was written before the batch or verb (a date after it may be
    /// a publication line: `…移交我省 发布日期：2022-04-15`).
    date: Option<(String, bool)>,
    /// Each batch's own day, in the order of `batches`, when the sentence gives one per batch
    /// (`第八批（6月17日）、第九批（6月18日）`, `于6月17日、18日分别交办第八批、第九批`); else empty.
    dates: Vec<(String, bool)>,
    recipient: Option<String>,
    /// The recipient's division code, when it resolves.
    code: Option<String>,
    /// The sentence names no recipient at all, not even an unnamed one (`我市`): a later hand-over of
    /// the same report (`6月18日，交办第九批40件`) goes to the recipient named before.
    unnamed: bool,
    total: Option<u64>,
}

/// A record being assembled.
#[derive(Debug, Default)]
struct Draft {
    head: Candidate,
    /// Clean ranges whose facts belong to the record.
    main: Vec<Range<usize>>,
    /// The parts of `main` that name this record's batch alone, among records opened together
    /// (`其中，第二十七批11件，第二十八批8件`): the record's own total is there, not in the joint one.
    own: Vec<Range<usize>>,
    /// Clean ranges of the cumulative sentences after it.
    cumulative: Vec<Range<usize>>,
    /// Clean ranges after a cumulative sentence, up to the next record or dateline: a breakdown
    /// there is the record's only when it adds up to the record's total.
    after: Vec<Range<usize>>,
    /// Clean ranges before the hand-over sentence that opened the record, back to the previous
    /// record or dateline (a district table printed above the report): like `after`, a breakdown
    /// there is the record's only when it adds up.
    before: Vec<Range<usize>>,
    /// The parts of `main` given to all the records opened together (`第一批、第二批…共32件`): a
    /// count there is the batches' joint one, not this record's own.
    shared: Vec<Range<usize>>,
    /// The batches of the records opened together with this one, in order, this one's included.
    siblings: Vec<u32>,
}

/// A `…督察组` mention: clean offset, ordinal, level.
#[derive(Clone, Copy, Debug)]
struct Group {
    at: usize,
    ordinal: Option<u32>,
    level: Option<InspectionLevel>,
    /// A city's own group (`市第二生态环境保护督察组`), the city unnamed: a provincial-level one when
    /// the city is a municipality under the central government, which shows in its recipient.
    city: bool,
}

/// The municipalities under the central government, whose own inspection groups are of provincial
/// level: short name and the first two digits of their division codes.
const MUNICIPALITIES: [(&str, &str); 4] = [("北京", "11"), ("天津", "12"), ("上海", "31"), ("重庆", "50")];

/// Whether division `code` lies in a municipality under the central government (`500103` 渝中区).
fn in_municipality(code: &str) -> bool {
    MUNICIPALITIES.iter().any(|(_, prefix)| code.starts_with(prefix))
}

/// The `…督察组` mentions of `text`, in order.
fn groups(text: &str) -> Vec<Group> {
    group_matches(text)
        .into_iter()
        .map(|(at, c)| {
            let written = c.get(1).or_else(|| c.get(3));
            // `重庆市第二生态环境保护督察组`: a municipality's group is provincial
            let municipal = written
                .is_some_and(|m| m.as_str() == "市" && MUNICIPALITIES.iter().any(|(name, _)| sub(text, ..at + m.start()).ends_with(name)));
            let level = match written.map(|m| m.as_str()) {
                Some("中央") => Some(InspectionLevel::Central),
                Some("省" | "省级" | "自治区") => Some(InspectionLevel::Provincial),
                Some("市") if municipal => Some(InspectionLevel::Provincial),
                _ => None,
            };
            let city = written.is_some_and(|m| m.as_str() == "市") && !municipal;
            let ordinal = c.get(2).or_else(|| c.get(4)).and_then(|m| number::parse_int(m.as_str())).and_then(|v| u32::try_from(v).ok());
            Group { at, ordinal, level, city }
        })
        .collect()
}

/// The matches of [`GROUP`] in `text`, as a search of the whole text finds them, each with the
/// offset it starts at. The pattern has no literal to skip text by, and a scan of every byte is
/// a good part of the records' time: a match holds `督察`, and only the starts that run through
/// [`leads_group`] characters to one, followed by what may follow it, are tried.
fn group_matches(text: &str) -> Vec<(usize, regex::Captures<'_>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = INSPECTION.find_at(text, from).map(|m| m.start()) {
        if !sub(text, at + "督察".len()..).chars().next().is_some_and(follows_first_inspection) {
            from = at + "督察".len();
            continue;
        }
        let lead: usize = sub(text, from..at).chars().rev().take_while(|&c| leads_group(c)).map(char::len_utf8).sum();
        let starts = sub(text, at - lead..at).char_indices().map(|(i, _)| at - lead + i).chain(std::iter::once(at));
        let found = starts.into_iter().find_map(|s| {
            let rest = sub(text, s..);
            GROUP_AT.is_match(rest).then(|| GROUP_AT.captures(rest)).flatten().map(|c| (s, c))
        });
        from = match &found {
            Some((s, c)) => s + c.get(0).map_or(0, |m| m.end()),
            None => at + "督察".len(),
        };
        out.extend(found);
    }
    out
}

/// Whether `c` may come before the first `督察` of a [`GROUP`] match: the level, organs,
/// inspection name and ordinal.
fn leads_group(c: char) -> bool {
    c.is_ascii_digit() || "中央省级自治区市党委生态环境保护例行专项第一二三四五六七八九十".contains(c)
}

/// Whether `c` may follow the first `督察` of a [`GROUP`] match: `督察组`, `督察第`, or the
/// inspection's name before the group's (`督察第二组`, `督察生态环境保护专项督察组`).
fn follows_first_inspection(c: char) -> bool {
    matches!(c, '组' | '第' | '生' | '环' | '专' | '督')
}

/// One record per hand-over the article reports.
pub(crate) fn assemble(ctx: &Ctx<'_>, places: &Places, found: &Found<'_>) -> Vec<ComplaintBatch> {
    let text = ctx.text();
    // Every record opens at a hand-over verb: most articles of an archive have none, and one
    // literal search spares them the rest.
    if !VERB.is_match(text) {
        return Vec::new();
    }
    let rounds: Vec<Span> = INSPECTION_ROUND.find_iter(text).map(|m| ctx.span(m.range())).collect();
    let batches: Vec<BatchMention>;
    let found = if rounds.is_empty() {
        found
    } else {
        batches = found.batches.iter().filter(|b| !rounds.iter().any(|r| r.overlaps(b.span))).cloned().collect();
        &Found { batches: &batches, ..*found }
    };
    let found = &Indexed::new(found);
    let groups: Vec<Group> = groups(text);
    let mut asm = Assembly::default();
    let mut open = false;
    let pieces =
        sentences(text).into_iter().flat_map(|s| split_cumulative_tail(ctx, found, s)).flat_map(|s| split_hand_overs(ctx, found, s));
    for s in pieces {
        let sentence = sub(text, s.clone());
        if (s.start == 0 || sub(text, ..s.start).ends_with('\n')) && crate::page::opens_with_dateline(sentence) {
            asm.current.clear();
            asm.pending.clear();
            asm.preamble.clear();
        }
        // `累计向我市交办128件，其中第八批21件`: the count before is the running total of the
        // batch the clause after hands over.
        if let Some(RunningTotal { head, part, rest }) = batch_of_running_total(ctx, found, &s) {
            if let Some(c) = candidate(ctx, places, found, &groups, &s) {
                let c = Candidate { total: total_in(ctx, found, std::slice::from_ref(&part)).map(|(t, _)| t), ..c };
                asm.pending.push(head);
                asm.pending.extend(rest);
                asm.open(ctx, places, found, c, &part);
                open = true;
                continue;
            }
        }
        if is_cumulative(ctx, found, &s) && !progress_of_current(text, &s, &asm) {
            if asm.current.is_empty() {
                asm.pending.push(s.clone());
            }
            for &i in &asm.current {
                if let Some(d) = asm.drafts.get_mut(i) {
                    d.cumulative.push(s.clone());
                }
            }
            open = false;
        } else if let Some(c) =
            candidate(ctx, places, found, &groups, &s).or_else(|| batch_of_pending_total(ctx, places, found, &groups, &asm, &s))
        {
            asm.open(ctx, places, found, c, &s);
            open = true;
        } else if asm.current.is_empty() {
            asm.preamble.push(s.clone());
        } else {
            // `第十一批中，贵阳市21件…`: a sentence opening with an earlier batch of the report
            // goes back to that batch's record.
            // `第二十八批7件。其中，噪声…`: after the sentence of one of the batches opened together,
            // what follows is that batch's alone
            let mut narrow_to = None;
            match opening_batch(ctx, found, &s).map(|b| (b, asm.by_batch.get(&b).copied())) {
                Some((_, Some(i))) => {
                    // `第八批中，已办结3件` after the running total speaks of the batch again
                    open = true;
                    let together = asm.opened_with(i);
                    if together.len() > 1 {
                        asm.current = together;
                        narrow_to = Some(i);
                    } else if !asm.current.contains(&i) {
                        asm.current = vec![i];
                    }
                }
                // `…交办第3批信访件。第二十批交办件12件。`: a batch no record holds, written where the
                // records read have batches of their own, is another report; its figures are not theirs.
                Some((b, None)) if asm.reads_other_batches(b) => {
                    asm.current.clear();
                    continue;
                }
                _ => {}
            }
            let together = asm.current.len() > 1;
            for (i, part, alone) in distribute(ctx, found, &asm.drafts, &asm.current, &s, false) {
                if let Some(d) = asm.drafts.get_mut(i) {
                    if open {
                        add_part(d, part, alone, together);
                    } else {
                        d.after.push(part);
                    }
                }
            }
            if let Some(i) = narrow_to {
                asm.current = vec![i];
            }
        }
    }
    let finished: Vec<(ComplaintBatch, Option<u64>)> = asm.drafts.into_iter().map(|d| finish(ctx, found, d)).collect();
    without_own_shares(finished)
}

/// The records less those that only repeat another's share for the unnamed recipient: a city paper
/// heads the province's hand-over with its own part (`督察组交办我市环保问题信访件4件` over `…移交…106件…
/// 其中，交办我市信访件4件`), which is that record's, not a hand-over of its own.
fn without_own_shares(finished: Vec<(ComplaintBatch, Option<u64>)>) -> Vec<ComplaintBatch> {
    // another record's share of more cases than it, in a batch this one may be
    let repeats_a_share = |i: usize, r: &ComplaintBatch| {
        let Some(t) = r.total.filter(|_| r.recipient.is_none() && r.by_district.is_empty()) else { return false };
        finished.iter().enumerate().any(|(j, (o, share))| {
            j != i && *share == Some(t) && o.total.is_some_and(|ot| ot > t) && (r.batch.is_none() || r.batch == o.batch)
        })
    };
    let keep: Vec<bool> = finished.iter().enumerate().map(|(i, (r, _))| !repeats_a_share(i, r)).collect();
    finished.into_iter().zip(keep).filter_map(|((r, _), k)| k.then_some(r)).collect()
}

/// The records of an article as its sentences are read.
#[derive(Default)]
struct Assembly {
    drafts: Vec<Draft>,
    /// A batch ordinal's first record.
    by_batch: HashMap<u32, usize>,
    /// The records the sentence being read belongs to.
    current: Vec<usize>,
    /// Cumulative sentences met before any record (`截至…累计交办2830件。…交办第二十八批…`): they
    /// belong to the record the same report goes on to open.
    pending: Vec<Range<usize>>,
    /// Other sentences met before any record, for the record the report goes on to open.
    preamble: Vec<Range<usize>>,
}

impl Assembly {
    /// The records opened together with record `i`, itself included, in order.
    fn opened_with(&self, i: usize) -> Vec<usize> {
        let siblings = self.drafts.get(i).map(|d| d.siblings.as_slice()).unwrap_or_default();
        let together: Vec<usize> = siblings.iter().filter_map(|b| self.by_batch.get(b).copied()).collect();
        if together.contains(&i) {
            together
        } else {
            vec![i]
        }
    }

    /// Whether every record being read names a batch, none of them `b`.
    fn reads_other_batches(&self, b: u32) -> bool {
        !self.current.is_empty()
            && self.current.iter().all(|&i| self.drafts.get(i).and_then(|d| d.head.batches.first()).is_some_and(|&own| own != b))
    }

    /// Opens (or joins) the records of hand-over candidate `c` read from the clean range `s`, which
    /// become `current`; the cumulative sentences and preamble met before go to them.
    fn open(&mut self, ctx: &Ctx<'_>, places: &Places, found: &Indexed<'_>, mut c: Candidate, s: &Range<usize>) {
        if c.unnamed {
            c.recipient = self.current.first().and_then(|&i| self.drafts.get(i)?.head.recipient.clone());
        }
        // `长沙市累计收到…326件。其中，12月4日收到第十二批58件`: the unit of the running total
        // just read receives the batch its total includes
        if c.unnamed && c.recipient.is_none() {
            let text = ctx.text();
            if let Some(Named::Unit(name)) = self.pending.last().and_then(|r| recipient_named(places, sub(text, r.clone()))) {
                c.code = places.resolve(&name, text).and_then(|p| p.code);
                c.recipient = Some(name);
            }
        }
        // `湖南省累计收到…1896件。当日，长沙市收到第十五批58件`: another unit's running total
        if let Some(recipient) = c.recipient.as_deref() {
            self.pending.retain(|r| !names_another_unit(places, sub(ctx.text(), r.clone()), recipient));
        }
        self.current = place_candidate(&mut self.drafts, &mut self.by_batch, c);
        for &i in &self.current {
            if let Some(d) = self.drafts.get_mut(i).filter(|d| d.cumulative.is_empty()) {
                d.cumulative.extend(self.pending.iter().cloned());
            }
            if let Some(d) = self.drafts.get_mut(i).filter(|d| d.before.is_empty()) {
                d.before.extend(self.preamble.iter().cloned());
            }
        }
        self.pending.clear();
        self.preamble.clear();
        let together = self.current.len() > 1;
        let siblings: Vec<u32> = self.current.iter().filter_map(|&i| self.drafts.get(i)?.head.batches.first().copied()).collect();
        for &i in &self.current {
            if let Some(d) = self.drafts.get_mut(i).filter(|d| together && d.siblings.is_empty()) {
                d.siblings = siblings.clone();
            }
        }
        for (i, part, alone) in distribute(ctx, found, &self.drafts, &self.current, s, true) {
            if let Some(d) = self.drafts.get_mut(i) {
                add_part(d, part, alone, together);
            }
        }
    }
}

/// Whether a cumulative sentence reports the figures of a unit it names other than `recipient`.
fn names_another_unit(places: &Places, sentence: &str, recipient: &str) -> bool {
    match recipient_named(places, sentence) {
        Some(Named::Unit(name)) => name != recipient,
        _ => false,
    }
}

/// The pieces of a hand-over sentence that opens on a running total and goes on to the batch it
/// includes (`累计向我市交办信访件128件，其中第八批21件`, `共交办…128件，其中第八批21件`,
/// `累计收到…386件（其中第十三批32件），已办结356件`): the running total before, the batch's part,
/// and what follows a bracketed part (the running total's again). Only when the part before holds
/// a hand-over verb and a count but no batch of its own, and the part names single batches with a
/// count.
fn batch_of_running_total(ctx: &Ctx<'_>, found: &Indexed<'_>, s: &Range<usize>) -> Option<RunningTotal> {
    let text = ctx.text();
    let sentence = sub(text, s.clone());
    // every form of the part opens with `其中`: one search spares most sentences the four below
    if !sentence.contains("其中") {
        return None;
    }
    let (cut, bracketed) = match sentence.find("，其中第").or_else(|| sentence.find("，其中，第")) {
        Some(k) => (s.start + k + '，'.len_utf8(), false),
        None => {
            let k = sentence.find("（其中第").map(|k| k + '（'.len_utf8()).or_else(|| sentence.find("(其中第").map(|k| k + 1))?;
            (s.start + k, true)
        }
    };
    let head = s.start..cut;
    let head_text = sub(text, head.clone());
    let own_batch = found.batches.starting_in(orig(ctx, &head)).any(|b| !handed_over(b).is_empty());
    if own_batch || hand_over_verbs(head_text).is_empty() || !COUNT.is_match(head_text) {
        return None;
    }
    let (part, rest) = if bracketed {
        let close = cut + sub(text, cut..s.end).find(['）', ')'])?;
        let after = close + sub(text, close..s.end).chars().next().map_or(0, char::len_utf8);
        (cut..close, (after < s.end).then_some(after..s.end))
    } else {
        (cut..s.end, None)
    };
    let from = cut + sub(text, part.clone()).find('第')?;
    let first_clause = sub(text, from..part.end).find(['，', '；', '、']).map_or(from..part.end, |e| from..from + e);
    let single = found.batches.starting_in(orig(ctx, &first_clause)).next().is_some_and(|b| b.ordinal_end.is_none());
    (single && COUNT.is_match(sub(text, first_clause))).then_some(RunningTotal { head, part, rest })
}

/// See [`batch_of_running_total`]: clean ranges of a sentence.
struct RunningTotal {
    head: Range<usize>,
    part: Range<usize>,
    rest: Option<Range<usize>>,
}

/// Adds a part of the record's region: its own when it names the record's batch `alone`, shared
/// when it went to all the records opened `together`.
fn add_part(d: &mut Draft, part: Range<usize>, alone: bool, together: bool) {
    if alone {
        d.own.push(part.clone());
    } else if together {
        d.shared.push(part.clone());
    }
    d.main.push(part);
}

/// Which of the `current` records each part of sentence `s` belongs to. With one record, the whole
/// sentence is its. With several (`第十六批、第十七批`), the sentence is cut at `；`, and a part that
/// names exactly one of their batches (`第十六批共19件，涉及城东区5件…；第十七批共11件…`) goes to
/// that batch's record alone (flagged `true`); every other part goes to all of them.
///
/// `hand_over` says `s` is the hand-over sentence that opened the records.
fn distribute(
    ctx: &Ctx<'_>,
    found: &Indexed<'_>,
    drafts: &[Draft],
    current: &[usize],
    s: &Range<usize>,
    hand_over: bool,
) -> Vec<(usize, Range<usize>, bool)> {
    // No bulletin lists this many batches in one hand-over; a text that does (a table of numbers,
    // garbage) would copy every later sentence into every record, output quadratic in the input.
    // Beyond the bound, each record keeps its hand-over sentence whole, and the sentences after it
    // go to the first record only.
    let many = current.len() > MAX_SHARED_RECORDS;
    if current.len() < 2 || many && hand_over {
        return current.iter().map(|&i| (i, s.clone(), false)).collect();
    }
    if many {
        return current.first().map(|&i| (i, s.clone(), false)).into_iter().collect();
    }
    let text = ctx.text();
    let batch_of = |i: usize| drafts.get(i).and_then(|d| d.head.batches.first().copied());
    let mut out = Vec::new();
    let mut start = s.start;
    // A clause may also open with the batch after a comma (`第十六批19件，第十七批11件`), or after
    // a count and `、` (`第十六批19件、第十七批11件`; in `第一批、第二批…32件` the batches share it).
    let sentence = sub(text, s.clone());
    let opens_batch = |k: usize| {
        let rest = sub(sentence, k..);
        let rest = rest.strip_prefix("其中").unwrap_or(rest);
        rest.starts_with('第') && rest.chars().take(8).any(|c| c == '批')
    };
    let cuts = sentence
        .match_indices(['；', '，', '、'])
        .map(|(k, m)| k + m.len())
        .filter(|&k| {
            let before = sub(sentence, ..k);
            before.ends_with('；') || opens_batch(k) && (!before.ends_with('、') || before.ends_with("件、") || counted_bracket(before))
        })
        .map(|k| s.start + k)
        .chain(std::iter::once(s.end));
    for end in cuts {
        let part = start..end;
        start = end;
        let named: Vec<u32> = found.batches.starting_in(orig(ctx, &part)).flat_map(handed_over).collect();
        let owners: Vec<usize> = current.iter().copied().filter(|&i| batch_of(i).is_some_and(|b| named.contains(&b))).collect();
        match owners.as_slice() {
            [one] => out.push((*one, part, true)),
            _ => out.extend(current.iter().map(|&i| (i, part.clone(), false))),
        }
    }
    out
}

/// Whether `before` ends in a bracket and `、` after a batch counted on its own (`第十一批（10件）、`,
/// `第一批19件（6月13日）、`), where a bracketed day alone (`第八批（6月17日）、`) leaves the count to
/// the batches together.
fn counted_bracket(before: &str) -> bool {
    let Some(inner) = before.strip_suffix("）、").or_else(|| before.strip_suffix(")、")) else { return false };
    let since_batch = inner.rfind('批').map_or(inner, |k| sub(inner, k..));
    let mut prev = None;
    since_batch.chars().any(|c| {
        let counted = c == '件' && prev.is_some_and(number::is_numeral_char);
        prev = Some(c);
        counted
    })
}

/// The most records one hand-over sentence opens that share the sentences after it.
const MAX_SHARED_RECORDS: usize = 64;

/// Sentences of the clean text: split after `。！？`, at paragraph breaks.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '。' | '！' | '？' | '\n') {
            if !sub(text, start..i).trim().is_empty() {
                out.push(start..if c == '\n' { i } else { end });
            }
            start = end;
        }
    }
    if start < text.len() && !sub(text, start..).trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// A hand-over sentence that ends on the running total (`…交办第十七批…163件，累计交办2405件。`)
/// is two pieces: the hand-over, and a cumulative clause from the `，`/`；` before `累计`/`截至`.
/// A sentence that opens cumulative (`截至…，督察组累计…`) stays whole.
fn split_cumulative_tail(ctx: &Ctx<'_>, found: &Indexed<'_>, s: Range<usize>) -> Vec<Range<usize>> {
    let text = ctx.text();
    let sentence = sub(text, s.clone());
    let Some(marker) = CUMULATIVE.find(sentence) else { return split_running_batches(ctx, found, s) };
    // `截至6月19日，…共交办信访件三批：第一批6月13日交办19件；第二批…`: the hand-overs listed after
    // the colon are records of their own.
    if let Some(colon) = sub(sentence, marker.end()..).find('：').map(|k| s.start + marker.end() + k + '：'.len_utf8()) {
        let list = colon..s.end;
        let batches = found.batches.starting_in(orig(ctx, &list)).filter(|b| b.ordinal_end.is_none()).count();
        if batches >= 1 && !hand_over_verbs(sub(text, list.clone())).is_empty() {
            return vec![s.start..colon, list];
        }
    }
    let Some(cut) = sub(sentence, ..marker.start()).rfind(['，', '；']).map(|k| s.start + k + '，'.len_utf8()) else { return vec![s] };
    let head = s.start..cut;
    if hands_over_a_batch(ctx, found, &head) && !is_cumulative(ctx, found, &head) {
        vec![head, cut..s.end]
    } else {
        vec![s]
    }
}

/// Whether the clean range `r` hands a single batch over: a hand-over verb and a batch that is no range.
fn hands_over_a_batch(ctx: &Ctx<'_>, found: &Indexed<'_>, r: &Range<usize>) -> bool {
    !hand_over_verbs(sub(ctx.text(), r.clone())).is_empty() && found.batches.starting_in(orig(ctx, r)).any(|b| b.ordinal_end.is_none())
}

/// A hand-over sentence that goes on to earlier batches counted together (`…交办第五批信访件20件，
/// 前四批已全部办结`) is two pieces, cut at the `，`/`；` before the clause naming them: the running
/// range would make the whole sentence cumulative.
fn split_running_batches(ctx: &Ctx<'_>, found: &Indexed<'_>, s: Range<usize>) -> Vec<Range<usize>> {
    let text = ctx.text();
    let sentence = sub(text, s.clone());
    let running = |r: &Range<usize>| found.batches.starting_in(orig(ctx, r)).any(|b| handed_over(b).is_empty());
    if !running(&s) {
        return vec![s];
    }
    let cuts = sentence.match_indices(['，', '；']).map(|(k, m)| s.start + k + m.len());
    for cut in cuts {
        let head = s.start..cut;
        if running(&head) {
            break;
        }
        let tail = cut..s.end;
        let next_clause = sub(text, tail.clone()).find(['，', '；']).map_or(s.end, |k| cut + k);
        if running(&(cut..next_clause)) {
            return if hands_over_a_batch(ctx, found, &head) { vec![head, tail] } else { vec![s] };
        }
    }
    vec![s]
}

/// A sentence that reports two hand-overs one after the other, each with its own verb
/// (`6月5日…交办第四批信访件27件，6月6日交办第五批信访件31件`), is one piece per hand-over: cut at
/// the `，`/`；` that opens a clause with a hand-over verb and a batch other than those before it.
/// Batches listed under one verb (`交办第十四批、第十五批…`, `第十六批19件，第十七批11件`) stay together.
fn split_hand_overs(ctx: &Ctx<'_>, found: &Indexed<'_>, s: Range<usize>) -> Vec<Range<usize>> {
    let text = ctx.text();
    let sentence = sub(text, s.clone());
    let mut in_sentence = found.batches.starting_in(orig(ctx, &s));
    // One batch cannot be two hand-overs; past the bound (a table, garbage) the sentence stays whole,
    // which keeps the work linear.
    if in_sentence.nth(1).is_none() || found.batches.starting_in(orig(ctx, &s)).nth(MAX_SHARED_RECORDS).is_some() {
        return vec![s];
    }
    let ordinals = |r: &Range<usize>| -> Vec<u32> {
        found.batches.starting_in(orig(ctx, r)).filter(|b| b.ordinal_end.is_none()).map(|b| b.ordinal).collect()
    };
    let mut out = Vec::new();
    let mut start = s.start;
    // What the piece since `start` holds so far, clause by clause.
    let mut before: Vec<u32> = Vec::new();
    let mut head_has_verb = false;
    let mut clause_start = s.start;
    let commas = sentence.match_indices(['，', '；']).map(|(k, m)| s.start + k + m.len()).chain(std::iter::once(s.end));
    for cut in commas {
        let passed = clause_start..cut;
        let passed_clause = passed.clone();
        before.extend(ordinals(&passed));
        head_has_verb |= !hand_over_verbs(sub(text, passed)).is_empty();
        clause_start = cut;
        if cut == s.end {
            break;
        }
        let next_end = sub(text, cut..s.end).find(['，', '；']).map_or(s.end, |k| cut + k);
        let clause = cut..next_end;
        let new_batch = ordinals(&clause).iter().any(|b| !before.contains(b));
        // `交办第五批…` or `第二批6月16日交办…`: the clause hands a batch over with a verb of its own
        let own_verb = !hand_over_verbs(sub(text, clause.clone())).is_empty();
        if !before.is_empty() && new_batch && own_verb && head_has_verb {
            // `…；6月16日，交办第二批…`: the date clause before opens the hand-over it dates
            let at = if dates_only(ctx, found, &passed_clause) && passed_clause.start > start { passed_clause.start } else { cut };
            out.push(start..at);
            start = at;
            before.clear();
            head_has_verb = false;
        }
    }
    out.push(start..s.end);
    out
}

/// Whether the clause `r` holds nothing but dates (`6月16日，`, `6月16日上午，`).
fn dates_only(ctx: &Ctx<'_>, found: &Indexed<'_>, r: &Range<usize>) -> bool {
    let clause = sub(ctx.text(), r.clone()).trim_end_matches(['，', '；']);
    let o = orig(ctx, r);
    let dated: usize = found
        .dates
        .starting_in(o)
        .map(|d| ctx.original.get(d.span.range()).map_or(0, |t| t.chars().filter(|c| !c.is_whitespace()).count()))
        .sum();
    !clause.is_empty() && dated > 0 && dated >= clause.chars().count()
}

/// The groups named inside the clean range `r` (groups are in text order).
fn groups_in<'g>(groups: &'g [Group], r: &Range<usize>) -> &'g [Group] {
    let from = groups.partition_point(|g| g.at < r.start);
    let to = groups.partition_point(|g| g.at < r.end).max(from);
    groups.get(from..to).unwrap_or_default()
}

fn orig(ctx: &Ctx<'_>, r: &Range<usize>) -> Span {
    ctx.span(r.clone())
}

/// The most batches a range handed over at once may hold (`第十七至十九批`); a longer range, or
/// one from the first batch (`1-33批`, `前二十一批`), is a running total.
const MAX_JOINT_RANGE: u32 = 5;

/// The batches a mention names for hand-over records: its ordinal, or each batch of a short range
/// that does not start at the first (`第十七至十九批` → 17, 18, 19); none for a running total.
fn handed_over(b: &BatchMention) -> std::ops::RangeInclusive<u32> {
    match b.ordinal_end {
        None => b.ordinal..=b.ordinal,
        Some(end) if b.ordinal > 1 && end - b.ordinal < MAX_JOINT_RANGE => b.ordinal..=end,
        #[allow(clippy::reversed_empty_ranges)] // deliberately empty: a running total names no hand-over
        Some(_) => 1..=0,
    }
}

fn is_cumulative(ctx: &Ctx<'_>, found: &Indexed<'_>, s: &Range<usize>) -> bool {
    let o = orig(ctx, s);
    if found.batches.starting_in(o).any(|b| handed_over(b).is_empty()) {
        return true;
    }
    let sentence = sub(ctx.text(), s.clone());
    if !CUMULATIVE.is_match(sentence) {
        return false;
    }
    // `截至5月20日，第八批已办结17件`: progress to a date of one named batch is that batch's own;
    // so are the figures of the batches one list names (`截至5月26日，收到第二十七、二十八批…共13件`).
    let mut named = found.batches.starting_in(o);
    let one_mention = named.next().is_some_and(|first| named.all(|b| b.ordinal == first.ordinal || b.span == first.span));
    !one_mention || sentence.contains("累计")
}

/// The batch a sentence opens with (`第十一批中，…`, `其中第十一批…`), if it names one only.
fn opening_batch(ctx: &Ctx<'_>, found: &Indexed<'_>, s: &Range<usize>) -> Option<u32> {
    let sentence = sub(ctx.text(), s.clone());
    let rest = sentence.strip_prefix("其中").unwrap_or(sentence);
    let lead = sentence.len() - rest.strip_prefix('，').unwrap_or(rest).len();
    let mut named = found.batches.starting_in(orig(ctx, s));
    let first = named.next()?;
    let opens = first.span.start == ctx.clean.original_offset(s.start + lead);
    (opens && first.ordinal_end.is_none() && named.all(|b| b.ordinal == first.ordinal)).then_some(first.ordinal)
}

/// `…累计向我市交办信访件156件，已办结98件。其中第七批21件，已办结3件。`: the sentence right after
/// a running total, before any record, that opens with `其中` and a batch no record holds reports
/// that batch's hand-over, told by the running total's verb and group; its own count is its total.
fn batch_of_pending_total(
    ctx: &Ctx<'_>,
    places: &Places,
    found: &Indexed<'_>,
    groups: &[Group],
    asm: &Assembly,
    s: &Range<usize>,
) -> Option<Candidate> {
    let text = ctx.text();
    let running = asm.pending.last().filter(|p| asm.current.is_empty() && sub(text, p.end..s.start).trim().is_empty())?;
    let b = opening_batch(ctx, found, s).filter(|b| !asm.by_batch.contains_key(b))?;
    if !sub(text, s.clone()).starts_with("其中") {
        return None;
    }
    // `其中，第一批已全部办结` tells of a batch's progress, not of its hand-over
    let (total, _) = total_in(ctx, found, std::slice::from_ref(s))?;
    let c = candidate(ctx, places, found, groups, &(running.start..s.end))?;
    (c.batches == [b]).then_some(Candidate { total: Some(total), ..c })
}

/// Whether an as-of sentence with no running total (`截至9月21日17时，已办结14件，其余7件正在办理`)
/// reports the progress of the batch just handed over: its figures add up to that batch's total.
fn progress_of_current(text: &str, s: &Range<usize>, asm: &Assembly) -> bool {
    let sentence = sub(text, s.clone());
    if sentence.contains("累计") || sentence.contains('共') {
        return false;
    }
    let [i] = asm.current[..] else { return false };
    let Some(total) = asm.drafts.get(i).and_then(|d| d.head.total) else { return false };
    let one = std::slice::from_ref(s);
    let Some(p) = progress(text, one, Some(total)) else { return false };
    let sum = [p.closed, p.partly_closed, p.in_progress].into_iter().flatten().sum::<u64>();
    sum == total
}

/// Reads a hand-over sentence, or `None` when the sentence reports no hand-over.
fn candidate(ctx: &Ctx<'_>, places: &Places, found: &Indexed<'_>, groups: &[Group], s: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text();
    let sentence = sub(text, s.clone());
    // `上一篇：…转办第八批信访件` links to another report: this page hands nothing over there
    if crate::page::is_link_line(sentence) {
        return None;
    }
    let verbs = hand_over_verbs(sentence);
    let verb = *verbs.first()?;
    let o = orig(ctx, s);
    let (cases, batches): (Vec<&BatchMention>, Vec<&BatchMention>) =
        found.batches.starting_in(o).filter(|b| !handed_over(b).is_empty()).partition(|b| names_one_case(ctx, b));
    // `该问题系…督察组交办的第5批第23号信访件`: a case of a batch is told about, none handed over
    if batches.is_empty() && !cases.is_empty() {
        return None;
    }
    let in_sentence: Vec<&Group> = groups_in(groups, s).iter().collect();
    // With no batch named, only a group handing over counted cases opens a record, and not when
    // it counts since a start or over the whole stay (`自进驻以来，督察组共交办信访件96件`,
    // `进驻期间，共转办…312件` are running totals).
    let running = sentence.contains("以来") || ["进驻期间", "入驻期间", "督察期间"].iter().any(|w| sentence.contains(w));
    if batches.is_empty() && (in_sentence.is_empty() || !HAS_COUNT.is_match(sentence) || running) {
        return None;
    }
    if !HAS_COUNT.is_match(sentence) && (visits_handed_over_cases(sentence, &verb) || tells_of_one_case(sentence, &verb)) {
        return None;
    }
    let mut ordinals: Vec<u32> = Vec::new();
    for n in batches.iter().flat_map(|b| handed_over(b)) {
        if !ordinals.contains(&n) {
            ordinals.push(n);
        }
    }
    // the date of the batch mention, else of the first hand-over verb
    let anchor = batches.first().map_or(ctx.clean.original_offset(s.start + verb.start()), |b| b.span.start);
    let (group, level, city) = inspection_group(groups, &in_sentence, s.start);
    let mut total = total_in(ctx, found, std::slice::from_ref(s)).map(|(t, _)| t);
    let date = hand_over_date(ctx, &found.dates, o, anchor)
        .or_else(|| batches.first().and_then(|b| window_end(ctx, found, b)))
        .or_else(|| labelled_date(ctx, &found.dates, o));
    let dates = per_batch_dates(ctx, found, &batches, o, sentence, ordinals.len());
    let named = recipient_at(places, sentence, &verbs);
    let unnamed = named.is_none();
    let mut recipient = match named {
        Some(Named::Unit(name)) => Some(name),
        _ => None,
    };
    // `向山东省交办…，潍坊市收到38件` names the unit that received the only count; when the
    // recipient has a count of its own (`向湖北省交办…96件，其中宜昌市收到13件`), the record is its.
    if let Some((unit, count)) = received_share(places, sentence, recipient.as_deref()).filter(|(_, k)| total.is_none_or(|t| t == *k)) {
        recipient = Some(unit);
        total = Some(count);
    }
    let unnamed = unnamed && recipient.is_none();
    let code = recipient.as_deref().and_then(|r| places.resolve(r, text)?.code);
    // `市第二督察组向渝中区交办…`: the city is a municipality, and its group is provincial
    let level = level.or_else(|| (city && code.as_deref().is_some_and(in_municipality)).then_some(InspectionLevel::Provincial));
    let level = level.or_else(|| if city { None } else { named_inspection(sub(text, ..s.end)) });
    Some(Candidate { batches: ordinals, group, level, date, dates, recipient, code, unnamed, total })
}

/// The level of the inspection last named in `text` without its group (`第三轮省级生态环境保护督察第二批
/// 转办信访件`, `中央生态环境保护督察进驻期间`): a hand-over with no group named is that inspection's.
fn named_inspection(text: &str) -> Option<InspectionLevel> {
    text.rmatch_indices("督察").find_map(|(at, _)| {
        let before = sub(text, ..at);
        let before = ["例行", "专项"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
        let before = ["生态环境保护", "环境保护", "生态环保", "环保"].iter().find_map(|w| before.strip_suffix(w))?;
        let before = ["党委", "委"].iter().find_map(|w| before.strip_suffix(w)).unwrap_or(before);
        if before.ends_with("中央") {
            Some(InspectionLevel::Central)
        } else if before.ends_with('省') || before.ends_with("省级") || before.ends_with("自治区") {
            Some(InspectionLevel::Provincial)
        } else {
            None
        }
    })
}

/// Whether the clause of hand-over verb `verb` reports a visit to cases handed over before
/// (`带队到双山路督办…督察组交办的第九批信访举报件`): a visit verb governs the batch the hand-over
/// only describes (`交办的`, `交办给该市的`). Without a count, such a sentence reports the visit.
fn visits_handed_over_cases(sentence: &str, verb: &regex::Match<'_>) -> bool {
    let before = sub(sentence, ..verb.start());
    let clause = before.rfind(['，', '；', '：']).map_or(before, |k| sub(before, k..));
    VISIT.is_match(clause) && DESCRIBES_BATCH.is_match(sub(sentence, verb.end()..))
}

/// Whether batch mention `b` only says which batch one case came in (`第5批第23号信访件`,
/// `第五批信访件中的第12号`, `第五批信访件之一`).
fn names_one_case(ctx: &Ctx<'_>, b: &BatchMention) -> bool {
    // the pattern reads a dozen characters past the batch at most
    let reach = ctx.original.get(b.span.end..).map_or(0, |after| after.chars().take(CASE_OF_BATCH_REACH).map(char::len_utf8).sum());
    CASE_OF_BATCH.is_match(&ctx.simplified(b.span.end..b.span.end + reach))
}

/// Whether the clause of hand-over verb `verb` tells what one case is (`该问题系督察组交办的第五批信访件`):
/// a single case is its subject, and the hand-over only describes the batch.
fn tells_of_one_case(sentence: &str, verb: &regex::Match<'_>) -> bool {
    let before = sub(sentence, ..verb.start());
    let clause = before.rfind(['，', '；', '：']).map_or(before, |k| sub(before, k..));
    ONE_CASE.is_match(clause) && DESCRIBES_BATCH.is_match(sub(sentence, verb.end()..))
}

/// One day per batch handed over together, in the order of the batches: each batch mention with its
/// day bracketed after it (`第八批（6月17日）、第九批（6月18日）`), or as many days before the batches as
/// there are batches, given `分别` (`于6月17日、18日分别交办第八批、第九批`). Empty otherwise.
fn per_batch_dates(
    ctx: &Ctx<'_>,
    found: &Indexed<'_>,
    batches: &[&BatchMention],
    sentence: Span,
    text: &str,
    ordinals: usize,
) -> Vec<(String, bool)> {
    if ordinals < 2 {
        return Vec::new();
    }
    let mut bracketed = Vec::new();
    for b in batches {
        let Some(d) = window_end(ctx, found, b) else {
            bracketed.clear();
            break;
        };
        bracketed.extend(std::iter::repeat_n(d, handed_over(b).count()));
    }
    if bracketed.len() == ordinals {
        return bracketed;
    }
    let Some(first) = batches.first() else { return Vec::new() };
    if !["分别", "先后", "依次"].iter().any(|w| text.contains(w)) {
        return Vec::new();
    }
    let before: Vec<&DateMention> = found.dates.starting_in(Span::new(sentence.start, first.span.start)).collect();
    let days: Vec<(String, bool)> =
        before.iter().filter(|d| d.start.is_some() && d.start == d.end).filter_map(|d| Some((d.start.clone()?, true))).collect();
    if days.len() == ordinals {
        return days;
    }
    // `6月3日至4日，…先后收到…第三批、第四批`: one day of the range per batch
    match before.as_slice() {
        [range] => days_of(range).filter(|d| d.len() == ordinals).map(|d| d.into_iter().map(|d| (d, true)).collect()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// The days of a resolved date range, in order, when it is a short one (a few batches' worth).
fn days_of(d: &DateMention) -> Option<Vec<String>> {
    let start: jiff::civil::Date = d.start.as_deref()?.parse().ok()?;
    let end: jiff::civil::Date = d.end.as_deref()?.parse().ok()?;
    let mut out = Vec::new();
    let mut day = start;
    while day <= end && out.len() <= MAX_JOINT_RANGE as usize {
        out.push(day.to_string());
        day = day.tomorrow().ok()?;
    }
    (day > end).then_some(out)
}

/// A named unit other than `recipient` that says how many cases it received
/// (`向山东省交办…，潍坊市收到38件`): the record is that unit's.
fn received_share(places: &Places, sentence: &str, recipient: Option<&str>) -> Option<(String, u64)> {
    // most hand-overs say nothing of receiving, and a substring search is much cheaper than the pattern
    if !RECEIPT_VERBS.iter().any(|w| sentence.contains(w)) {
        return None;
    }
    let c = RECEIVED.captures(sentence)?;
    let unit = c.get(1)?.as_str();
    if Some(unit) == recipient || unnamed(places, unit) || places.leading_name(unit).is_none() {
        return None;
    }
    Some((unit.to_string(), parse_count(c.get(2)?.as_str())?))
}

/// The hand-over verbs' matches in order. The 批 of a batch is no part of `批转` (approve and pass
/// on): in `第十一批转办件` the search goes on after it.
fn verb_matches(sentence: &str) -> impl Iterator<Item = regex::Match<'_>> {
    let mut at = 0;
    std::iter::from_fn(move || loop {
        let m = VERB.find_at(sentence, at)?;
        let of_batch = m.as_str() == "批转" && sub(sentence, ..m.start()).chars().next_back().is_some_and(number::is_numeral_char);
        if !of_batch {
            at = m.end();
            return Some(m);
        }
        at = m.start() + '批'.len_utf8();
    })
}

/// The hand-over verbs of a sentence; `交办件`, `转办件` are nouns (a handed-over case), not verbs.
/// A weak verb (see [`WEAK_VERBS`]) counts only in a sentence that names complaint cases.
fn hand_over_verbs(sentence: &str) -> Vec<regex::Match<'_>> {
    verb_matches(sentence)
        .filter(|m| !sub(sentence, m.end()..).starts_with('件'))
        .filter(|m| !WEAK_VERBS.contains(&m.as_str()) || COMPLAINT_CASES.is_match(sentence))
        .filter(|m| !BATCH_VERBS.contains(&m.as_str()) || sub(sentence, m.end()..).starts_with('第') && COMPLAINT_CASES.is_match(sentence))
        .collect()
}

/// The group of a hand-over: the one named in the sentence, its ordinal (and level) completed from
/// the last group named before it (`督察组将第十一批…` after `中央第六环境保护督察组进驻…`).
///
/// The flag says the group is a city's own (see [`Group::city`]), whose level is never another group's.
fn inspection_group(groups: &[Group], in_sentence: &[&Group], start: usize) -> (Option<u32>, Option<InspectionLevel>, bool) {
    let earlier = || groups_in(groups, &(0..start)).iter().rev();
    let pick = in_sentence.iter().find(|g| g.ordinal.is_some()).or(in_sentence.first()).copied().copied();
    let mut g = match pick {
        Some(g) => g,
        None => match earlier().next() {
            Some(&g) => g,
            None => return (None, None, false),
        },
    };
    if g.ordinal.is_none() {
        let same_kind = |p: &Group| if g.city { p.city } else { g.level.is_none() || p.level.is_none() || p.level == g.level };
        if let Some(prev) = earlier().find(|p| p.ordinal.is_some() && same_kind(p)) {
            g.ordinal = prev.ordinal;
            g.level = g.level.or(prev.level);
        }
    }
    if g.level.is_none() && !g.city {
        g.level = in_sentence.iter().find_map(|x| x.level).or_else(|| earlier().find_map(|p| p.level));
    }
    (g.ordinal, g.level, g.city)
}

/// The day-grain date nearest before `anchor` in the sentence (`true`), else the first one after it.
/// An as-of day (`截至6月20日，累计交办…`) says when the figures were taken, not when a batch was
/// handed over; a day before a deed done to the cases (`7月9日完成了…交办的第三十三批…的调查处理`)
/// or the reporter's learning of them (`6月23日，记者从赤峰市获悉`) is that deed's, and the hand-over
/// day is not given.
fn hand_over_date(ctx: &Ctx<'_>, dates: &SpanIndex<'_, DateMention>, sentence: Span, anchor: usize) -> Option<(String, bool)> {
    let as_of = |d: &DateMention| {
        let before = ctx.original.get(..d.span.start).unwrap_or_default().trim_end();
        crate::date::AS_OF_BEFORE.iter().any(|w| before.ends_with(w))
    };
    // `新华社西宁12月10日电`: the dateline's day is the report's
    let dateline = |d: &DateMention| ctx.original.get(d.span.end..).unwrap_or_default().starts_with(['电', '讯', '電', '訊']);
    let deed_between = |d: &DateMention| DEED.is_match(&ctx.simplified(d.span.end..anchor));
    // `办结时间：7月18日` labels another deed's day
    let other_deed = |d: &DateMention| date_label(ctx, d).is_some_and(|l| !HAND_OVER_LABELS.iter().any(|h| l.ends_with(h)));
    // `2023-07-21 18:30:05 来源：…` under a headline is the page's stamp, not the hand-over's day
    let stamp = |d: &DateMention| {
        let rest = ctx.original.get(d.span.end..).unwrap_or_default().trim_start_matches([' ', '\u{3000}', '\t']);
        (d.text.contains([':', '：']) && d.text.contains(['-', '/'])) || crate::date::STAMP_LABELS.iter().any(|w| rest.starts_with(w))
    };
    let days: Vec<&DateMention> =
        dates.starting_in(sentence).filter(|d| d.start == d.end && !as_of(d) && !dateline(d) && !other_deed(d) && !stamp(d)).collect();
    // A day that cannot be resolved (no year, no reference date) is still the nearest: the hand-over
    // has no known day rather than another line's (a page stamp above it).
    let before = days.iter().rev().find(|d| d.span.end <= anchor).filter(|d| !deed_between(d)).map(|d| (d, true));
    before
        .or_else(|| days.iter().find(|d| d.span.start >= anchor).map(|d| (d, false)))
        .and_then(|(d, strong)| Some((d.start.clone()?, strong)))
}

/// The day a form under a hand-over heading gives it (`…交办信访件情况（第5批）` / `交办时间：2024年7月8日`).
fn labelled_date(ctx: &Ctx<'_>, dates: &SpanIndex<'_, DateMention>, heading: Span) -> Option<(String, bool)> {
    let near = Span::new(heading.end, heading.end.saturating_add(LABELLED_DATE_REACH));
    let d = dates.starting_in(near).find(|d| {
        date_label(ctx, d).is_some_and(|l| HAND_OVER_LABELS.iter().any(|h| l.ends_with(h))) && d.start.is_some() && d.start == d.end
    })?;
    Some((d.start.clone()?, true))
}

/// The labels of a form's hand-over day.
const HAND_OVER_LABELS: [&str; 6] = ["交办时间", "交办日期", "转办时间", "转办日期", "移交时间", "移交日期"];

/// The label a form sets before date `d` (`办结时间：`, `交办日期:`): the text before the colon, when
/// it ends in 时间 or 日期.
fn date_label<'a>(ctx: &Ctx<'a>, d: &DateMention) -> Option<Cow<'a, str>> {
    let before = ctx.original.get(..d.span.start)?.trim_end();
    // a label is a few characters: simplified (`交辦時間`), it is read as the lists spell it
    let label = before.strip_suffix(['：', ':'])?.trim_end();
    let label = crate::lexicon::simplify(sub(label, label.char_indices().rev().nth(5).map_or(0, |(k, _)| k)..));
    (label.ends_with("时间") || label.ends_with("日期")).then_some(label)
}

/// How far below a hand-over heading its form's date may be given (bytes: a few short lines).
const LABELLED_DATE_REACH: usize = 240;

/// The last day of the time window bracketed after a batch (`第十一批（8月27日8时至8月28日8时）`):
/// a batch gathers the reports of its window and is handed over as it closes.
fn window_end(ctx: &Ctx<'_>, found: &Indexed<'_>, batch: &BatchMention) -> Option<(String, bool)> {
    let near = Span::new(batch.span.end, batch.span.end.saturating_add(8));
    let d = found.dates.starting_in(near).find(|d| {
        let gap = ctx.original.get(batch.span.end..d.span.start).unwrap_or_default();
        matches!(gap.trim(), "（" | "(")
    })?;
    Some((d.end.clone()?, true))
}

/// What a recipient phrase names.
enum Named {
    /// A unit by name (`西宁市`, `云南`).
    Unit(String),
    /// `我省`, `全市`, `相关州（市）`: a unit the text does not name.
    Unnamed,
}

/// The length of a place phrase at the start of `s`: one ending in a unit (`西宁市`, `该市`,
/// `我省`), else a division of the lexicon named without its unit (`四川接收…`, `移交重庆，`).
fn leading_place(places: &Places, s: &str) -> Option<usize> {
    place_phrase(s).or_else(|| places.leading_name(s))
}

/// The length of a phrase at the start of `s` that ends in a unit: the fewest Han characters (one
/// to [`MAX_PLACE_CHARS`]) that a [`PLACE_UNITS`] ending follows, and the ending. By hand, as the
/// pattern `^\p{Han}{1,8}?(?:自治区|…|旗)` would read it: its eight Han classes take milliseconds to
/// compile, more than a page's every search with it.
fn place_phrase(s: &str) -> Option<usize> {
    let mut at = 0;
    for c in s.chars().take(MAX_PLACE_CHARS) {
        if !is_han(c) {
            return None;
        }
        at += c.len_utf8();
        if let Some(unit) = PLACE_UNITS.iter().find(|u| sub(s, at..).starts_with(*u)) {
            return Some(at + unit.len());
        }
    }
    None
}

/// Whether `c` is of the Han script (`\p{Han}`): the unified ideographs and their first extension
/// at once, any other character by the pattern.
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}') || HAN.is_match(c.encode_utf8(&mut [0; 4]))
}

/// A place phrase at the start of `s` (`西宁市`, `该市`, `我省`, `四川`).
fn place_at(places: &Places, s: &str) -> Option<Named> {
    let s = without_lead(s);
    // `长白山管委会收到`: a zone, not the county its first characters name
    if let Some(zone) = crate::place::leading_zone(s).map(|k| sub(s, ..k)).filter(|z| !z.contains("督察") && !z.contains('向')) {
        return Some(Named::Unit(zone.to_string()));
    }
    let name = innermost(places, sub(s, ..leading_place(places, s)?), s);
    // `副市长…`, `市长黄建学到江南区…`: a title, not a unit, opens the clause
    let title = name.starts_with('副') || ["市长", "县长", "区长", "省长", "州长"].iter().any(|t| name.starts_with(t));
    if name.is_empty() || title || name.contains("督察") || name.starts_with("中央") || name.starts_with('的') {
        return None;
    }
    if unnamed(places, name) || ORGANS.is_match(s) {
        return Some(Named::Unnamed);
    }
    Some(Named::Unit(name.to_string()))
}

/// The unit named as receiving in a hand-over sentence, in full form: a unit, an unnamed one (`我市`), or nothing at all
/// (`None`: `6月18日，交办第九批40件` goes on with the recipient named before).
fn recipient_named(places: &Places, sentence: &str) -> Option<Named> {
    recipient_at(places, sentence, &hand_over_verbs(sentence))
}

/// [`recipient_named`], given the sentence's hand-over `verbs`.
fn recipient_at(places: &Places, sentence: &str, verbs: &[regex::Match<'_>]) -> Option<Named> {
    let clause_starts: Vec<usize> = std::iter::once(0)
        .chain(sentence.char_indices().filter(|&(_, c)| matches!(c, '，' | '；' | '：' | '）')).map(|(i, c)| i + c.len_utf8()))
        .collect();
    // A hand-over names its recipient at one of its first verbs; the bound keeps a sentence of
    // thousands of verbs (a table, garbage) linear.
    for v in verbs.iter().take(MAX_RECIPIENT_VERBS) {
        let before = sub(sentence, ..v.start());
        let after = sub(sentence, v.end()..);
        let found = to_unit(places, before)
            .or_else(|| after.strip_prefix('给').and_then(|a| place_at(places, a)))
            .or_else(|| clause_subject(places, sentence, &clause_starts, v.start()))
            .or_else(|| place_at(places, after).filter(|_| !after.starts_with('给')));
        match found {
            Some(Named::Unit(name)) => return resolve(places, sentence, &clause_starts, v.start(), &name).map(Named::Unit),
            Some(Named::Unnamed) => return Some(Named::Unnamed),
            None => {}
        }
    }
    None
}

/// `向X` directly before the verb. X is a unit by its ending (`西宁市`, `阿荣旗`) or its name
/// (`四川`); one named by its organs (`遂宁市委市政府`) is the place they start with, and organs
/// alone (`县委县政府`) name no unit.
fn to_unit(places: &Places, before: &str) -> Option<Named> {
    const MAX_UNIT_CHARS: usize = 12;
    // `向` and at most twelve characters of a name (`海西蒙古族藏族自治州`), or a name and the
    // office that works for it (`湖北省配合中央督察组联络组`): only the tail of `before` can hold them.
    let tail_len: usize = before.chars().rev().take(MAX_UNIT_CHARS + MAX_OFFICE_CHARS + 1).map(char::len_utf8).sum();
    let before = sub(before, before.len() - tail_len..);
    let k = before.rfind('向')?;
    let x = sub(before, k + '向'.len_utf8()..);
    let n = x.chars().count();
    // an office's name may quote a campaign (`湖北省配合中央生态环境保护督察“回头看”联络组`)
    if n == 0 || !x.chars().all(|c| crate::text::is_cjk(c) || n > MAX_UNIT_CHARS && matches!(c, '“' | '”' | '"')) {
        return None;
    }
    if n > MAX_UNIT_CHARS {
        return office_of(places, x);
    }
    if unnamed(places, x) {
        return Some(Named::Unnamed);
    }
    // `向长白山管委会`: a zone, not the county its first characters name
    if crate::place::is_zone(x) {
        return Some(Named::Unit(x.to_string()));
    }
    if UNIT_ENDINGS.iter().any(|u| x.ends_with(u)) || places.leading_name(x) == Some(x.len()) {
        // `向重庆市万州区`: the unit within the first that the name ends with
        let inner = places.leading_name(x).map(|k| innermost(places, sub(x, ..k), x)).filter(|i| i.len() < x.len() && x.ends_with(i));
        return Some(Named::Unit(inner.unwrap_or(x).to_string()));
    }
    places.leading_name(x).map(|end| Named::Unit(sub(x, ..end).to_string()))
}

/// The unit a place phrase at the start of `s` ends in: `重庆市万州区收到`, `向江苏省苏州市交办` name
/// the unit that receives (万州区, 苏州市) after the one it belongs to. `first` is the phrase's first
/// place; each known division written right after it, ending as a unit does, is a unit within it.
fn innermost<'s>(places: &Places, first: &'s str, s: &'s str) -> &'s str {
    let (mut from, mut to) = (0, first.len());
    while let Some(k) = places.leading_name(sub(s, to..)) {
        let inner = sub(s, to..to + k);
        if !UNIT_ENDINGS.iter().any(|u| inner.ends_with(u)) {
            break;
        }
        (from, to) = (to, to + k);
    }
    sub(s, from..to)
}

/// The most characters of an office named after its unit (`配合中央督察组联络组`).
const MAX_OFFICE_CHARS: usize = 12;

/// Offices a unit sets up to receive an inspection's cases, by how their names end.
const OFFICE_ENDINGS: [&str; 4] = ["联络组", "工作组", "领导小组", "办公室"];

/// The unit an office named after it works for (`湖北省配合中央督察组联络组` → 湖北省): the cases it
/// receives are the unit's.
fn office_of(places: &Places, x: &str) -> Option<Named> {
    if !OFFICE_ENDINGS.iter().any(|e| x.ends_with(e)) {
        return None;
    }
    let end = leading_place(places, x)?;
    place_at(places, sub(x, ..end))
}

/// The place a clause before the verb starts with (`重庆市收到`, `湖北省配合…联络组接收`), unless it is
/// the group's own name (`安徽省第一生态环境保护督察组`).
fn clause_subject(places: &Places, sentence: &str, starts: &[usize], verb: usize) -> Option<Named> {
    let start = *starts.get(starts.partition_point(|&k| k <= verb).checked_sub(1)?)?;
    let clause = without_lead(sub(sentence, start..verb));
    let end = leading_place(places, clause)?;
    if GROUP_CONTINUES.is_match(sub(clause, end..)) {
        return None;
    }
    place_at(places, clause)
}

/// `s` without the day, time word or `至` a clause may open with before its place (`6月6日西宁市收到`,
/// `当天西宁市收到`, `转办至佛山市`), or the reporter's source (`记者从渝中区获悉`).
fn without_lead(s: &str) -> &str {
    LEAD.find(s).map_or(s, |m| sub(s, m.end()..))
}

/// `该市` refers back to the last place of that unit that starts a clause before it.
fn resolve(places: &Places, sentence: &str, starts: &[usize], verb: usize, name: &str) -> Option<String> {
    if let Some(unit) = name.strip_prefix('该') {
        return starts
            .iter()
            .rev()
            .filter(|&&k| k < verb)
            .find_map(|&k| match place_at(places, sub(sentence, k..)) {
                Some(Named::Unit(n)) if n.ends_with(unit) && !n.starts_with('该') => Some(n),
                _ => None,
            })
            .and_then(|n| full_name(places, &n, sentence));
    }
    full_name(places, name, sentence)
}

/// The most hand-over verbs of one sentence looked at for its recipient.
const MAX_RECIPIENT_VERBS: usize = 8;

/// The endings of an administrative unit's name.
const UNIT_ENDINGS: [&str; 12] = ["省", "市", "自治区", "自治州", "特别行政区", "州", "盟", "地区", "县", "区", "旗", "兵团"];

/// Province-level units by short name, for the fallback below.
const PROVINCES: [(&str, &str); 34] = [
    ("北京", "市"),
    ("天津", "市"),
    ("上海", "市"),
    ("重庆", "市"),
    ("河北", "省"),
    ("山西", "省"),
    ("辽宁", "省"),
    ("吉林", "省"),
    ("黑龙江", "省"),
    ("江苏", "省"),
    ("浙江", "省"),
    ("安徽", "省"),
    ("福建", "省"),
    ("江西", "省"),
    ("山东", "省"),
    ("河南", "省"),
    ("湖北", "省"),
    ("湖南", "省"),
    ("广东", "省"),
    ("海南", "省"),
    ("四川", "省"),
    ("贵州", "省"),
    ("云南", "省"),
    ("陕西", "省"),
    ("甘肃", "省"),
    ("青海", "省"),
    ("台湾", "省"),
    ("内蒙古", "自治区"),
    ("广西", "壮族自治区"),
    ("西藏", "自治区"),
    ("宁夏", "回族自治区"),
    ("新疆", "维吾尔自治区"),
    ("香港", "特别行政区"),
    ("澳门", "特别行政区"),
];

/// The full form of a recipient name (`西宁` → `西宁市`). The one call site of the place lookup:
/// switch to `places.full_name(name, context)` once the place module provides it.
fn full_name(places: &Places, name: &str, context: &str) -> Option<String> {
    if let Some(full) = places.full_name(name, context) {
        return Some(full);
    }
    // Not in the division lexicon (a unit named in a way the lexicon lacks): complete it by rule.
    if UNIT_ENDINGS.iter().any(|u| name.ends_with(u)) {
        return Some(name.to_string());
    }
    let suffix = PROVINCES.iter().find(|(p, _)| *p == name).map_or("市", |(_, s)| *s);
    Some(format!("{name}{suffix}"))
}

/// The first case count of the ranges that is the hand-over's total: not a channel, priority,
/// district or pollution count. A local share (`涉及赤峰市11件`) counts only when it comes first;
/// the flag says so.
fn total_in(ctx: &Ctx<'_>, found: &Indexed<'_>, ranges: &[Range<usize>]) -> Option<(u64, bool)> {
    count_in(ctx, found, ranges, true)
}

/// The first case count of cumulative sentences: there a count after a count of batches
/// (`对1-33批224件`, `十一批次共639件`) is the one.
fn cumulative_in(ctx: &Ctx<'_>, found: &Indexed<'_>, r: &Range<usize>) -> Option<u64> {
    count_in(ctx, found, std::slice::from_ref(r), false).map(|(t, _)| t)
}

/// [`total_in`], with counts after a count of batches skipped when `own` (the record's own count).
fn count_in(ctx: &Ctx<'_>, found: &Indexed<'_>, ranges: &[Range<usize>], own: bool) -> Option<(u64, bool)> {
    let text = ctx.text();
    for r in ranges {
        let s = sub(text, r.clone());
        for all in COUNT.find_iter(s) {
            let num = count_number(all.as_str());
            let before = sub(s, ..all.start());
            if PART_BEFORE.is_match(before) || own && BATCHES_BEFORE.is_match(before) {
                continue;
            }
            let span = ctx.span(r.start + all.start()..r.start + all.end());
            if found.pollution.overlapping(span).any(|p| p.count.is_some()) {
                continue;
            }
            let Some(value) = parse_count(num) else { continue };
            if SHARE_BEFORE.is_match(before) && !opens_list(ctx, found, span) {
                return Some((value, true));
            }
            // `宜昌市收到13件`: what a unit received is its count as a recipient, not a breakdown
            if found.district_counts.overlapping(span).any(|c| !is_receipt(c)) {
                continue;
            }
            return Some((value, false));
        }
    }
    None
}

/// The number of a [`COUNT`] match: all of it but `件` (a match read without the slower search for
/// its groups).
fn count_number(count: &str) -> &str {
    count.strip_suffix('件').unwrap_or(count)
}

/// Whether the district count at `span` is the first of a list (`涉及巴州区3件、恩阳区2件…，共计12件`):
/// then `涉及` introduces a breakdown, not the local share of a larger hand-over.
fn opens_list(ctx: &Ctx<'_>, found: &Indexed<'_>, span: Span) -> bool {
    let Some(first) = found.district_counts.overlapping(span).next() else { return false };
    let after = Span::new(first.span.end, first.span.end.saturating_add(8));
    found.district_counts.starting_in(after).any(|next| {
        let gap = ctx.original.get(first.span.end..next.span.start).unwrap_or_default();
        matches!(gap.trim(), "、" | "，" | "；" | "," | ";")
    })
}

/// Merges a candidate into the record it repeats, or opens new records; returns the records the
/// following sentences belong to. `by_batch` maps a batch ordinal to the first record of that batch.
fn place_candidate(drafts: &mut Vec<Draft>, by_batch: &mut HashMap<u32, usize>, c: Candidate) -> Vec<usize> {
    let ordinals: Vec<Option<u32>> = if c.batches.is_empty() { vec![None] } else { c.batches.iter().map(|&b| Some(b)).collect() };
    let mut out = Vec::new();
    for (k, ordinal) in ordinals.into_iter().enumerate() {
        let mut one = c.clone();
        one.batches = ordinal.into_iter().collect();
        if let Some(day) = c.dates.get(k) {
            one.date = Some(day.clone());
        }
        one.dates = Vec::new();
        // `西宁市收到第十批17件。海东市收到第十批9件`: one batch handed over to two units side by side
        let same_batch =
            ordinal.and_then(|b| by_batch.get(&b).copied()).filter(|&i| drafts.get(i).is_none_or(|d| !side_by_side(&d.head, &one)));
        let target = same_batch.or_else(|| {
            let last = drafts.len().checked_sub(1)?;
            compatible(&drafts.last()?.head, &one).then_some(last)
        });
        match target.and_then(|i| Some((i, drafts.get_mut(i)?))) {
            Some((i, d)) => {
                fill(&mut d.head, one);
                if let Some(&b) = d.head.batches.first() {
                    by_batch.entry(b).or_insert(i);
                }
                if !out.contains(&i) {
                    out.push(i);
                }
            }
            None => {
                if let Some(&b) = one.batches.first() {
                    // the batch's day, when it was handed over to another unit too
                    let first = by_batch.get(&b).and_then(|&i| drafts.get(i));
                    if let Some(date) = first.and_then(|d| d.head.date.clone()).filter(|_| one.date.is_none()) {
                        one.date = Some(date);
                    }
                    by_batch.entry(b).or_insert(drafts.len());
                }
                drafts.push(Draft { head: one, ..Default::default() });
                out.push(drafts.len() - 1);
            }
        }
    }
    out
}

/// Whether two candidates name different recipients, neither inside the other (a province's
/// hand-over and what one of its cities received of it are one report).
fn side_by_side(a: &Candidate, b: &Candidate) -> bool {
    let (Some(x), Some(y)) = (a.recipient.as_deref(), b.recipient.as_deref()) else { return false };
    let (cx, cy) = (a.code.as_deref(), b.code.as_deref());
    x != y && !contains(cx, cy) && !contains(cy, cx)
}

fn compatible(a: &Candidate, b: &Candidate) -> bool {
    fn agree<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> bool {
        x.is_none() || y.is_none() || x == y
    }
    agree(&a.batches.first(), &b.batches.first())
        && agree(&a.total, &b.total)
        && agree(&a.group, &b.group)
        && agree(&a.recipient, &b.recipient)
}

fn fill(a: &mut Candidate, b: Candidate) {
    if a.batches.is_empty() {
        a.batches = b.batches;
    }
    a.group = a.group.or(b.group);
    a.level = a.level.or(b.level);
    // a date written before the batch beats one written after it
    if matches!((&a.date, &b.date), (None, Some(_)) | (Some((_, false)), Some((_, true)))) {
        a.date = b.date;
    }
    a.recipient = a.recipient.take().or(b.recipient);
    a.total = a.total.or(b.total);
}

/// The first value of `re`'s first group in the ranges. Every match of `re` holds one of `words`:
/// most ranges hold none, and a substring search is much cheaper than the pattern's.
fn first_count(text: &str, ranges: &[Range<usize>], re: &Regex, words: &[&str]) -> Option<u64> {
    ranges.iter().find_map(|r| {
        let s = sub(text, r.clone());
        if !words.iter().any(|w| s.contains(w)) {
            return None;
        }
        // `阶段性办结N件` is partly closed and `未办结N件` still open, not closed: the closed pattern
        // must not start inside them.
        re.captures_iter(s)
            .filter(|c| c.get(0).is_some_and(|m| !["阶段性", "阶段", "未"].iter().any(|w| sub(s, ..m.start()).ends_with(w))))
            .find_map(|c| parse_count(c.get(1).or_else(|| c.get(2))?.as_str()))
    })
}

/// Whether `s` says every case is closed, of the record itself and not of earlier batches or the
/// other cases (`前四批已全部办结`, `其余均已办结`).
fn closes_all(s: &str) -> bool {
    ALL_CLOSED.find_iter(s).any(|m| {
        let before = sub(s, ..m.start());
        let clause = before.rfind(['，', '；', ',', ';']).map_or(before, |k| sub(before, k..));
        !OTHER_CASES.is_match(clause)
    })
}

/// Progress figures of the given sentences; `全部办结` without a figure closes all `of` cases.
fn progress(text: &str, ranges: &[Range<usize>], of: Option<u64>) -> Option<Progress> {
    let all_closed = || of.filter(|_| ranges.iter().any(|r| closes_all(sub(text, r.clone()))));
    let p = Progress {
        closed: first_count(text, ranges, &CLOSED, &["办结"]).or_else(all_closed),
        partly_closed: first_count(text, ranges, &PARTLY, &["办结"]),
        in_progress: first_count(text, ranges, &IN_PROGRESS, &IN_PROGRESS_WORDS),
    };
    (p != Progress::default()).then_some(p)
}

/// The progress of a sentence after the cumulative one (`…累计1427件中，属实440件…。已办结492件，阶段性办结
/// 291件，正在办理644件`) is the running total's when its three figures add up to it: such a
/// sentence names no level of its own.
fn progress_adding_up(text: &str, ranges: &[Range<usize>], total: u64) -> Option<Progress> {
    ranges.iter().find_map(|r| {
        let p = progress(text, std::slice::from_ref(r), None)?;
        let parts = [p.closed, p.partly_closed, p.in_progress];
        (parts.iter().all(Option::is_some) && parts.into_iter().flatten().sum::<u64>() == total).then_some(p)
    })
}

/// The counter of the channel a name opens with.
fn slot<'c>(ch: &'c mut Channels, name: &str) -> Option<&'c mut Option<u64>> {
    Some(match channel_of(name)? {
        Channel::Phone => &mut ch.phone,
        Channel::Letter => &mut ch.letter,
        Channel::Visit => &mut ch.visit,
        Channel::Online => &mut ch.online,
    })
}

/// The ways a report reaches the group, as the record's `by_channel` counts them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Channel {
    Phone,
    Letter,
    Visit,
    Online,
}

/// The channel a name opens with (`网络平台举报` → online, `12369平台` → online).
fn channel_of(name: &str) -> Option<Channel> {
    if PLATFORM_NAME.is_match(name) {
        return Some(Channel::Online);
    }
    let word = CHANNEL_WORDS.split('|').find(|w| name.starts_with(w))?;
    Some(match word {
        "来电" | "电话" | "热线" => Channel::Phone,
        "来信" | "信件" => Channel::Letter,
        "来访" | "走访" => Channel::Visit,
        _ => Channel::Online,
    })
}

/// Whether the channel word that opens `name` closes a pair of channels counted together
/// (`来电来信18件`, `来电和来信18件`): that count is neither channel's alone.
fn counted_with_another(before: &str, name: &str) -> bool {
    let before = before.trim_end_matches(['和', '及', '与']);
    let this = channel_of(name);
    CHANNEL_WORDS.split('|').filter(|w| before.ends_with(w)).any(|w| channel_of(w) != this)
}

/// `共12件，均为群众来电举报`: every case came in through one channel, which has them all.
fn one_channel(text: &str, region: &[Range<usize>], total: u64) -> Option<Channels> {
    let name = region.iter().find_map(|r| ALL_ONE_CHANNEL.captures(sub(text, r.clone()))?.get(1))?;
    let mut ch = Channels::default();
    *slot(&mut ch, name.as_str())? = Some(total);
    Some(ch)
}

fn channels(text: &str, ranges: &[Range<usize>], total: Option<u64>) -> Option<Channels> {
    let mut ch = Channels::default();
    // a part without a count has no channel's
    for part in ranges.iter().map(|r| sub(text, r.clone())).filter(|p| p.contains('件')) {
        // Within one part, two words of one channel add up (`微信公众号举报6件、网络举报5件`:
        // 11 online); a later part repeating a channel does not count it again.
        let mut here = Channels::default();
        let mut words: Vec<&str> = Vec::new();
        // lists first: `来电、来信各7件` holds `来信…7件` too; a list's counts follow `分别` or `各`
        let lists = (part.contains("分别") || part.contains('各')).then(|| CHANNEL_LIST.captures_iter(part));
        for c in lists.into_iter().flatten() {
            let Some(names) = c.get(1) else { continue };
            let names: Vec<&str> = names.as_str().split(crate::text::LIST_SEPARATORS).collect();
            let counts: Vec<u64> = match (c.get(2), c.get(3).and_then(|m| parse_count(m.as_str()))) {
                (Some(marker), _) => respective_counts(sub(part, marker.start()..)),
                (None, Some(each)) => vec![each; names.len()],
                (None, None) => continue,
            };
            if names.len() == counts.len() {
                for (name, n) in names.into_iter().zip(counts) {
                    if let Some(v) = slot(&mut ch, name) {
                        v.get_or_insert(n);
                    }
                }
            }
        }
        for c in CHANNEL.captures_iter(part) {
            let (Some(name), Some(n)) = (c.get(1), c.get(2).and_then(|m| parse_count(m.as_str()))) else { continue };
            if words.contains(&name.as_str()) || counted_with_another(sub(part, ..name.start()), name.as_str()) {
                continue;
            }
            words.push(name.as_str());
            if let Some(v) = slot(&mut here, name.as_str()) {
                *v = Some(v.unwrap_or(0) + n);
            }
        }
        for (mine, theirs) in
            [(&mut ch.phone, here.phone), (&mut ch.letter, here.letter), (&mut ch.visit, here.visit), (&mut ch.online, here.online)]
        {
            if mine.is_none() {
                *mine = theirs;
            }
        }
    }
    if ch == Channels::default() {
        // 举报方式为来信 / 均为群众来电举报: every case came one way
        let name = ranges.iter().find_map(|r| SOLE_CHANNEL.captures(sub(text, r.clone())).and_then(|c| c.get(1)))?;
        *slot(&mut ch, name.as_str())? = Some(total?);
    }
    Some(ch)
}

fn is_department(name: &str) -> bool {
    DEPARTMENT_ENDINGS.iter().any(|e| name.ends_with(e)) || name.starts_with('我')
}

/// A recipient's full name (simplified, from the lexicon) in the script the page writes it in: a
/// traditional page gets `重慶市`, not `重庆市`. The name's longest stem found in the article is
/// taken as written; the unit after it is converted by [`crate::lexicon::traditional_of_unit_char`].
fn in_written_script(ctx: &Ctx<'_>, full: &str) -> String {
    let text = ctx.text();
    let ends: Vec<usize> = full.char_indices().map(|(i, c)| i + c.len_utf8()).skip(1).collect();
    for &e in ends.iter().rev() {
        let stem = sub(full, ..e);
        let Some(at) = text.find(stem) else { continue };
        let written = ctx.written(at..at + stem.len());
        if written == stem || written.chars().count() != stem.chars().count() {
            return full.to_string();
        }
        let unit = sub(full, e..).chars().map(|c| crate::lexicon::traditional_of_unit_char(c).unwrap_or(c));
        return written.chars().chain(unit).collect();
    }
    full.to_string()
}

/// Whether the record says every case of the batch is a priority one (`12件，均为重点件`), without a
/// count of its own.
fn all_priority(text: &str, region: &[Range<usize>]) -> bool {
    region.iter().any(|r| ALL_PRIORITY.is_match(sub(text, r.clone())))
}

/// The district counts of the given regions, departments left out.
/// The breakdown `read` from the record's region. When it does not add up to the total, but the
/// sentences up to some point do (`…城东区6件、城西区16件。另悉，今年以来…查处案件156件，其中城东区45件…`),
/// the region ran on into another report and the breakdown is that part's.
fn adding_up_prefix<T>(main: &[Span], total: Option<u64>, read: impl Fn(&[Span]) -> Vec<T>, sum: impl Fn(&[T]) -> Option<u64>) -> Vec<T> {
    let all = read(main);
    if total.is_none() || sum(&all) == total || all.is_empty() {
        return all;
    }
    // The record's own breakdown comes in its first sentences; looking no further keeps this linear.
    (1..main.len().min(MAX_PREFIX_SENTENCES + 1))
        .rev()
        .map(|k| read(main.get(..k).unwrap_or_default()))
        .find(|l| !l.is_empty() && sum(l) == total)
        .unwrap_or(all)
}

/// The cases counted by category items, each compound item once: `水、噪声污染3件` is two mentions
/// sharing one span and one count of 3. `None` when an item has no count.
fn category_sum<'p>(items: impl Iterator<Item = &'p PollutionMention>) -> Option<u64> {
    let mut last: Option<Span> = None;
    let mut sum = 0;
    for p in items {
        if last != Some(p.span) {
            sum += p.count?;
        }
        last = Some(p.span);
    }
    Some(sum)
}

/// How many of the region's first sentences [`adding_up_prefix`] tries.
const MAX_PREFIX_SENTENCES: usize = 8;

/// Whether a district count says what the unit received (`宜昌市收到13件`, `长沙市共接到5件`).
fn is_receipt(c: &DistrictCount) -> bool {
    c.text.contains("收到") || c.text.contains("接到")
}

fn districts_in<'a>(found: &Indexed<'a>, regions: &[Span]) -> Vec<&'a DistrictCount> {
    regions.iter().flat_map(|&m| found.district_counts.starting_in(m)).filter(|c| !is_department(&c.name)).collect()
}

/// The spans of the district counts that break down the priority cases rather than the record:
/// `其中列为重点关注件8件，分别为汕尾2件、广州1件…` lists where the 8 are, a subset at another level
/// than the batch. The list must follow the priority count at once and add up to it.
fn priority_breakdown(ctx: &Ctx<'_>, found: &Indexed<'_>, region: &[Range<usize>]) -> Vec<Span> {
    let text = ctx.text();
    let mut out = Vec::new();
    for r in region {
        let s = sub(text, r.clone());
        if !s.contains("重点") {
            continue;
        }
        for c in PRIORITY.captures_iter(s) {
            let (Some(m), Some(n)) = (c.get(0), c.get(1).and_then(|n| parse_count(n.as_str()))) else { continue };
            let after = orig(ctx, &(r.start + m.end()..r.end));
            let mut listed = found.district_counts.starting_in(after).filter(|d| !is_department(&d.name)).peekable();
            let Some(first) = listed.peek() else { continue };
            let gap = sub(ctx.original, after.start..first.span.start);
            if gap.contains('。') || gap.chars().filter(|c| !c.is_whitespace()).count() > PRIORITY_LIST_LEAD {
                continue;
            }
            let (mut sum, mut taken) = (0, Vec::new());
            for d in listed {
                if sum >= n {
                    break;
                }
                sum += d.count;
                taken.push(d.span);
            }
            if sum == n {
                out.extend(taken);
            }
        }
    }
    out
}

/// How many characters may stand between a priority count and the list of its places (`，分别为`).
const PRIORITY_LIST_LEAD: usize = 5;

/// A district list with the places inside an earlier one left out, when that makes it add up to
/// the total: `成都市18件（锦江区5件、武侯区6件、双流区7件），绵阳市9件` breaks 成都市 down, and the
/// record's breakdown is one level (成都市, 绵阳市).
fn top_level(list: Vec<&DistrictCount>, total: Option<u64>) -> Vec<&DistrictCount> {
    let sum = |l: &[&DistrictCount]| Some(l.iter().map(|d| d.count).sum::<u64>());
    if total.is_none() || sum(&list) == total {
        return list;
    }
    let mut top: Vec<&DistrictCount> = Vec::new();
    // what the places read so far inside the last kept one take of its count
    let mut used = 0;
    // whether every kept place with parts listed has them add up to its count
    let mut parts_add_up = true;
    let mut nested = false;
    for &d in &list {
        let inside = top.last().is_some_and(|p| contains(p.code.as_deref(), d.code.as_deref()) && used + d.count <= p.count);
        if inside {
            used += d.count;
            nested = true;
        } else {
            parts_add_up &= used == 0 || top.last().is_some_and(|p| p.count == used);
            used = 0;
            top.push(d);
        }
    }
    parts_add_up &= used == 0 || top.last().is_some_and(|p| p.count == used);
    // `涉及哈尔滨市的有25件，其中五常市6件…道里区10件`: a share broken down in full is read at
    // the share's level
    if sum(&top) == total || nested && parts_add_up {
        top
    } else {
        list
    }
}

/// Whether division `inner` lies inside division `outer` (`510104` in `510100`, `510100` in
/// `510000`), by their codes.
fn contains(outer: Option<&str>, inner: Option<&str>) -> bool {
    let (Some(outer), Some(inner)) = (outer, inner) else { return false };
    let prefix = outer.trim_end_matches("00");
    outer != inner && prefix.len() < outer.len() && inner.starts_with(prefix)
}

/// The counted pollution mentions of the given regions, sub-items left out, or none when a
/// category is still written twice within one region (大气 + 油烟 side by side): such a list cannot
/// be read as a breakdown. A later region that names a category again (`反映大气污染问题的10件中…`)
/// goes into the detail of the breakdown before it, and is left out with the regions after it.
fn categories_in<'a>(ctx: &Ctx<'_>, found: &Indexed<'a>, regions: &[Span]) -> Vec<&'a PollutionMention> {
    let mut out: Vec<&PollutionMention> = Vec::new();
    for &m in regions {
        let counted: Vec<&PollutionMention> = found.pollution.starting_in(m).filter(|p| p.count.is_some()).collect();
        if counted.iter().any(|p| out.iter().any(|o| o.category == p.category)) {
            break;
        }
        let counted = without_sub_items(ctx.original, counted);
        let mut cats: Vec<_> = counted.iter().map(|p| p.category).collect();
        cats.sort();
        cats.dedup();
        if cats.len() != counted.len() {
            return Vec::new();
        }
        out.extend(counted);
    }
    out
}

/// The counted mentions without the sub-items that break one of them down:
/// `大气污染12件（含扬尘4件、油烟5件、恶臭3件）` and `大气污染12件，其中扬尘4件、油烟5件` are one
/// air item of 12, and the breakdown goes on with the next category.
fn without_sub_items<'p>(original: &str, counted: Vec<&'p PollutionMention>) -> Vec<&'p PollutionMention> {
    let mut out: Vec<&PollutionMention> = Vec::new();
    // what the sub-items read so far take of the last kept item's count
    let mut used = 0;
    for p in counted {
        let Some(&parent) = out.last() else {
            out.push(p);
            continue;
        };
        let gap = original.get(parent.span.end..p.span.start).unwrap_or_default().trim_start();
        let count = p.count.unwrap_or(0);
        let in_brackets = gap.starts_with(['（', '(']) && !gap.contains(['）', ')']);
        let listed = gap.trim_start_matches(['，', ',']).starts_with("其中")
            && !gap.contains(['；', '。'])
            && p.category == parent.category
            && parent.count.is_some_and(|n| used + count <= n);
        if in_brackets || listed {
            used += count;
        } else {
            used = 0;
            out.push(p);
        }
    }
    out
}

/// The record of draft `d`, with the share it names for the unnamed recipient (`交办我市信访件4件`).
fn finish(ctx: &Ctx<'_>, found: &Indexed<'_>, d: Draft) -> (ComplaintBatch, Option<u64>) {
    let text = ctx.text();
    let (total, share, joint) = record_total(ctx, found, &d);
    // The figures of a joint hand-over are the batches' together, at another level than the record.
    // The breakdowns are read by reference: most readings are tried and dropped.
    let region: Vec<Range<usize>> = d.main.iter().filter(|r| joint.is_none() || !d.shared.contains(r)).cloned().collect();
    let main: Vec<Span> = region.iter().map(|r| orig(ctx, r)).collect();
    // `…两江新区6件、市级部门2件`: the departments' cases are out of the list, not out of the sum
    let department_words = ["部门", "单位", "机关"];
    let departments = first_count(text, &region, &DEPARTMENTS, &department_words)
        .or_else(|| first_count(text, &d.after, &DEPARTMENTS, &department_words))
        .or_else(|| first_count(text, &d.before, &DEPARTMENTS, &department_words));
    let adds_up = |counts: &mut dyn Iterator<Item = u64>, beside: u64| total.is_some_and(|t| counts.sum::<u64>() + beside == t);
    let priority_places = priority_breakdown(ctx, found, &region);
    // the places of the priority cases are at another level than the record's breakdown
    let record_districts =
        |m: &[Span]| -> Vec<&DistrictCount> { districts_in(found, m).into_iter().filter(|c| !priority_places.contains(&c.span)).collect() };
    let district_sum = |l: &[&DistrictCount]| Some(l.iter().map(|c| c.count).sum::<u64>());
    let mut by_district = adding_up_prefix(&main, total, |m| top_level(record_districts(m), total), district_sum);
    let mut by_category = adding_up_prefix(&main, total, |m| categories_in(ctx, found, m), |l| category_sum(l.iter().copied()));
    for near in [&d.after, &d.before] {
        let near: Vec<Span> = near.iter().map(|r| orig(ctx, r)).collect();
        if by_district.is_empty() {
            let other = record_districts(&near);
            if adds_up(&mut other.iter().map(|c| c.count), departments.unwrap_or(0)) {
                by_district = other;
            }
        }
        if by_category.is_empty() {
            let other = categories_in(ctx, found, &near);
            if total.is_some() && category_sum(other.iter().copied()) == total {
                by_category = other;
            }
        }
    }
    // a scope names its counties: the ranges without `县` need no search
    let scope = d.main.iter().map(|r| sub(text, r.clone())).filter(|s| s.contains('县')).find_map(|s| SCOPE.captures(s)).map(|c| Scope {
        districts: c.get(1).and_then(|m| number::parse_int(m.as_str())),
        counties: c.get(2).and_then(|m| number::parse_int(m.as_str())),
    });
    let cumulative_total = d.cumulative.iter().find_map(|r| cumulative_in(ctx, found, r));
    let cumulative_progress =
        progress(text, &d.cumulative, cumulative_total).or_else(|| progress_adding_up(text, &d.after, cumulative_total?));
    let progress = progress(text, &d.main, total);
    let read = d.main.iter().chain(d.cumulative.iter()).map(|r| orig(ctx, r));
    let breakdown = by_district.iter().map(|c| c.span).chain(by_category.iter().map(|p| p.span));
    let span = read.chain(breakdown).reduce(|a, b| a.cover(b)).unwrap_or_default();
    // problems counted (`噪声方面问题2个`) are no cases: one case may raise several
    let problems_counted = !by_category.is_empty() && by_category.iter().all(|p| p.text.ends_with('个'));
    let explained = problems_counted || d.main.iter().any(|r| SEVERAL_TYPES.is_match(sub(text, r.clone())));
    // the recipient's own receipt is no part of its breakdown
    if let Some(recipient) = d.head.recipient.as_deref().filter(|_| !share) {
        by_district.retain(|c| !(is_receipt(c) && c.name == recipient));
    }
    let mut record = ComplaintBatch {
        span,
        inspection_group: d.head.group,
        inspection_level: d.head.level,
        batch: d.head.batches.first().copied(),
        date: d.head.date.map(|(d, _)| d),
        recipient: if share { None } else { d.head.recipient.map(|r| in_written_script(ctx, &r)) },
        total,
        by_channel: own_channels(text, &region, &d.shared, total),
        scope,
        priority_cases: first_count(text, &region, &PRIORITY, &["重点"]).or_else(|| total.filter(|_| all_priority(text, &region))),
        cumulative_total,
        progress,
        cumulative_progress,
        by_district: by_district.into_iter().cloned().collect(),
        by_category: by_category.into_iter().cloned().collect(),
        problems: Vec::new(),
    };
    let rest_of_places = first_count(text, &region, &OTHER_PLACES, &["其余", "其他", "其它", "另有"]);
    let own_share = first_count(text, &region, &OWN_SHARE, &["我市", "我区", "我县", "我州", "本市", "本区", "本县"]);
    let merged = first_count(text, &region, &MERGED, &["合并"]);
    record.problems = problems(&record, explained, Shares { rest_of_places, own_share, departments, merged });
    if let Some(t) = joint {
        record.problems.push(format!("{t} cases were handed over together with other batches; this batch's own count is not given"));
    }
    (record, own_share)
}

/// The record's channels. Those of a part shared by batches opened together, each with its own count
/// (`第七批、第八批…分别为31件、27件，其中来电40件、来信18件`), are the batches' together unless they
/// add up to this one's.
fn own_channels(text: &str, region: &[Range<usize>], shared: &[Range<usize>], total: Option<u64>) -> Option<Channels> {
    let Some(all) = channels(text, region, total) else { return one_channel(text, region, total?) };
    let sum = [all.phone, all.letter, all.visit, all.online].into_iter().flatten().sum::<u64>();
    if shared.is_empty() || Some(sum) == total {
        return Some(all);
    }
    let own: Vec<Range<usize>> = region.iter().filter(|r| !shared.contains(r)).cloned().collect();
    channels(text, &own, total)
}

/// The record's total, whether it is a local share, and the joint count of several batches when
/// that is the only count the text gives (`第一批、第二批…共32件`: 32 is neither batch's total).
fn record_total(ctx: &Ctx<'_>, found: &Indexed<'_>, d: &Draft) -> (Option<u64>, bool, Option<u64>) {
    if let Some((t, share)) = total_in(ctx, found, &d.own) {
        return (Some(t), share, None);
    }
    for r in &d.main {
        if let Some((t, share)) = total_in(ctx, found, std::slice::from_ref(r)) {
            if !d.shared.contains(r) {
                return (Some(t), share, None);
            }
            return match each_batch(ctx.text(), r, d) {
                Some(own) => (Some(own), false, None),
                None => (None, false, Some(t)),
            };
        }
    }
    (None, false, None)
}

/// The counts of a respectively-list of cases at the start of `s` (`分别为10件、5件、3件`), in order.
fn respective_counts(s: &str) -> Vec<u64> {
    crate::respective::respective(s, &["件"]).map(|r| r.counts).unwrap_or_default()
}

/// The record's own count in a part shared by the batches opened together, when it gives each
/// batch's right after them: `第十批、第十一批信访件各6件`, `第十批及第十一批信访件，分别为12件、9件`.
fn each_batch(text: &str, r: &Range<usize>, d: &Draft) -> Option<u64> {
    let part = sub(text, r.clone());
    let after = sub(part, part.rfind('批')?..);
    let m = EACH_BATCH.captures(after)?;
    // only what follows the batches directly: `其中城东区、城西区分别为…` breaks down places
    if sub(after, ..m.get(0)?.start()).contains("其中") {
        return None;
    }
    if let Some(each) = m.get(1) {
        return parse_count(each.as_str());
    }
    let counts: Vec<u64> = match (m.get(2), m.get(3)) {
        (Some(marker), _) => respective_counts(sub(after, marker.start()..)),
        (None, Some(list)) => COUNT.find_iter(list.as_str()).filter_map(|m| parse_count(count_number(m.as_str()))).collect(),
        (None, None) => return None,
    };
    let batch = d.head.batches.first()?;
    let at = d.siblings.iter().position(|b| b == batch)?;
    (counts.len() == d.siblings.len()).then(|| counts.get(at).copied()).flatten()
}

/// Every consistency check the record fails, in words.
/// `rest_of_places`: the cases of the places left unnamed (`其余区县44件`), which a list of
/// districts leaves out of its sum.
/// Counts of cases a district list may add up to instead of the total.
#[derive(Clone, Copy, Default)]
struct Shares {
    /// The places the list leaves unnamed (`其余区县44件`): the list and they make the total.
    rest_of_places: Option<u64>,
    /// The unnamed recipient's own share (`属于我市管辖的23件`), which the list breaks down.
    own_share: Option<u64>,
    /// The departments' cases (`市直部门6件`), which a list of places leaves out.
    departments: Option<u64>,
    /// The count after merging (`合并后转办99件`), which a list of places may add up to.
    merged: Option<u64>,
}

fn problems(r: &ComplaintBatch, several_types_explained: bool, shares: Shares) -> Vec<String> {
    let Shares { rest_of_places, own_share, departments, merged } = shares;
    let mut out = Vec::new();
    let Some(total) = r.total else { return cumulative_problem(r).into_iter().collect() };
    // One place with fewer cases than the total is the local share the article reports
    // (`交办湖北省96件，其中涉及宜昌市13件`), not a breakdown that fails to add up.
    let local_share = matches!(r.by_district.as_slice(), [one] if one.count < total);
    if !r.by_district.is_empty() && !local_share {
        let sum: u64 = r.by_district.iter().map(|d| d.count).sum();
        let with_the_rest = sum + rest_of_places.unwrap_or(0) + departments.unwrap_or(0);
        if sum != total && with_the_rest != total && own_share != Some(sum) && merged != Some(sum) {
            out.push(format!("by_district sums to {sum}, total is {total}"));
        }
    }
    if let Some(ch) = &r.by_channel {
        let given: Vec<u64> = [ch.phone, ch.letter, ch.visit, ch.online].into_iter().flatten().collect();
        let sum: u64 = given.iter().sum();
        if given.len() >= 2 && sum != total {
            out.push(format!("by_channel sums to {sum}, total is {total}"));
        }
    }
    if let Some(scope) = &r.scope {
        let is_functional = |n: &str| {
            let n = crate::lexicon::simplify(n);
            ["新区", "开发区", "高新区", "示范区", "园区"].iter().any(|z| n.ends_with(z))
        };
        // names are as written: `區`, `縣` end them in traditional script
        let ends = |d: &DistrictCount, c: char| d.name.chars().next_back().map(crate::lexicon::simplified) == Some(c);
        let districts = r.by_district.iter().filter(|d| ends(d, '区') && !is_functional(&d.name)).count() as u64;
        // county-level cities and banners are counted with the counties (`3县（市）`)
        let county_level = |d: &DistrictCount| d.code.as_deref().is_some_and(|c| !c.ends_with("00")) && d.name.ends_with(['市', '旗']);
        let counties = r.by_district.iter().filter(|d| ends(d, '县') || county_level(d)).count() as u64;
        if !r.by_district.is_empty() && (scope.districts.is_some_and(|n| n != districts) || scope.counties.is_some_and(|n| n != counties)) {
            out.push(format!(
                "scope names {} districts and {} counties, by_district lists {districts} and {counties}",
                scope.districts.unwrap_or(0),
                scope.counties.unwrap_or(0)
            ));
        }
    }
    if !r.by_category.is_empty() {
        let sum = category_sum(r.by_category.iter().filter(|p| p.count.is_some())).unwrap_or(0);
        if sum < total {
            out.push(format!("by_category sums to {sum}, total is {total}"));
        } else if sum > total && !several_types_explained {
            out.push(format!(
                "by_category sums to {sum}, more than the total {total}, and the text does not say a case can have several types"
            ));
        }
    }
    // the priority cases and the cases in each state are parts of the batch's
    if let Some(n) = r.priority_cases.filter(|&n| n > total) {
        out.push(format!("priority_cases is {n}, more than the total {total}"));
    }
    if let Some(sum) = r.progress.as_ref().and_then(|p| progress_over(p, total)) {
        out.push(format!("progress sums to {sum}, more than the total {total}"));
    }
    out.extend(cumulative_problem(r));
    out
}

/// A running total's progress cannot pass it either.
fn cumulative_problem(r: &ComplaintBatch) -> Option<String> {
    let (p, total) = (r.cumulative_progress.as_ref()?, r.cumulative_total?);
    let sum = progress_over(p, total)?;
    Some(format!("cumulative_progress sums to {sum}, more than the cumulative total {total}"))
}

/// The sum of the progress figures (closed, partly closed, in progress: each case is in one state)
/// when it is more than `total`.
fn progress_over(p: &Progress, total: u64) -> Option<u64> {
    let sum: u64 = [p.closed, p.partly_closed, p.in_progress].into_iter().flatten().sum();
    (sum > total).then_some(sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DateKind, Grain, PollutionCategory};
    use crate::text::CleanText;

    /// Builds the found mentions by hand: a date at each `(needle, iso)`, a district count at each
    /// `(needle, name, count)`, plus the real batch and pollution extractors.
    fn run(s: &str, dates: &[(&str, &str)], districts: &[(&str, &str, u64)]) -> Vec<ComplaintBatch> {
        let clean = CleanText::new(s);
        let ctx = Ctx { original: s, clean: &clean, reference_date: None };
        let at = |needle: &str| {
            let k = s.find(needle).unwrap_or_else(|| panic!("{needle} not in text"));
            Span::new(k, k + needle.len())
        };
        let dates: Vec<DateMention> = dates
            .iter()
            .map(|(n, iso)| DateMention {
                text: n.to_string(),
                span: at(n),
                start: Some(iso.to_string()),
                end: Some(iso.to_string()),
                grain: Grain::Day,
                kind: DateKind::Absolute,
                part_of_day: None,
            })
            .collect();
        let districts: Vec<DistrictCount> = districts
            .iter()
            .map(|(n, name, count)| DistrictCount { text: n.to_string(), span: at(n), name: name.to_string(), code: None, count: *count })
            .collect();
        let batches = crate::batch::extract(&ctx);
        let spans: Vec<Span> = districts.iter().map(|c| c.span).collect();
        let pollution = crate::pollution::extract(&ctx, &spans);
        let found = Found { dates: &dates, batches: &batches, district_counts: &districts, pollution: &pollution };
        let places = Places::new(&[]).unwrap_or_else(|e| panic!("{e}"));
        assemble(&ctx, &places, &found)
    }

    #[test]
    fn seed_shape() {
        let s = "本报讯（记者 晴空）12月9日，中央第五生态环境保护督察组向西宁市交办了第十七批群众信访举报件共24件 （来电19件，来信5件），涉及全市5区2县，其中城东区2件、城中区6件、城西区4件、城北区3件、湟中区5件、大通县3件、湟源县1件。群众举报反映问题涉及噪声污染7件、大气污染9件、水污染1件、生态破坏3件、土壤污染2件、其他污染2件。截至目前，中央第五生态环境保护督察组向我市交办的第十七批群众信访举报件已经移交相关县区和部门。";
        let d = [
            ("城东区2件", "城东区", 2),
            ("城中区6件", "城中区", 6),
            ("城西区4件", "城西区", 4),
            ("城北区3件", "城北区", 3),
            ("湟中区5件", "湟中区", 5),
            ("大通县3件", "大通县", 3),
            ("湟源县1件", "湟源县", 1),
        ];
        let r = run(s, &[("12月9日", "2023-12-09")], &d);
        assert_eq!(r.len(), 1, "{r:#?}");
        let r = &r[0];
        assert_eq!((r.inspection_group, r.inspection_level, r.batch), (Some(5), Some(InspectionLevel::Central), Some(17)));
        assert_eq!((r.date.as_deref(), r.recipient.as_deref(), r.total), (Some("2023-12-09"), Some("西宁市"), Some(24)));
        assert_eq!(r.by_channel, Some(Channels { phone: Some(19), letter: Some(5), ..Default::default() }));
        assert_eq!(r.scope, Some(Scope { districts: Some(5), counties: Some(2) }));
        assert_eq!(r.by_district.len(), 7);
        assert_eq!(r.by_category.len(), 6);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }

    #[test]
    fn provincial_group_other_province_and_problems() {
        // a made-up bulletin: another province, a provincial group, Arabic ordinals, 网上 reports,
        // a district list that does not add up and categories that exceed the total unexplained
        let s = "本报讯 3月2日，江西省第三生态环境保护督察组向赣州市转办第12批群众信访举报件共20件，其中来电12件、网上举报6件，重点关注件2件，涉及全市3区4县。章贡区5件、南康区4件、信丰县3件。群众反映涉及大气污染12件、水污染9件。截至3月2日，累计转办信访件180件。";
        let d = [("章贡区5件", "章贡区", 5), ("南康区4件", "南康区", 4), ("信丰县3件", "信丰县", 3)];
        let r = run(s, &[("3月2日", "2024-03-02")], &d);
        assert_eq!(r.len(), 1, "{r:#?}");
        let r = &r[0];
        assert_eq!((r.inspection_group, r.inspection_level, r.batch), (Some(3), Some(InspectionLevel::Provincial), Some(12)));
        assert_eq!((r.recipient.as_deref(), r.total, r.priority_cases, r.cumulative_total), (Some("赣州市"), Some(20), Some(2), Some(180)));
        assert_eq!(r.by_channel, Some(Channels { phone: Some(12), online: Some(6), ..Default::default() }));
        assert_eq!(r.problems.len(), 4, "{:?}", r.problems);
        assert!(r.problems[0].contains("by_district sums to 12"));
        assert!(r.problems[1].contains("by_channel sums to 18"));
        assert!(r.problems[2].contains("scope"));
        assert!(r.problems[3].contains("more than the total"));
        assert_eq!(r.by_category.iter().map(|p| p.category).collect::<Vec<_>>(), vec![PollutionCategory::Air, PollutionCategory::Water]);
    }

    #[test]
    fn two_batches_a_headline_and_a_share() {
        let s = "督察组向广东省交办第三十批信访举报件40件\n\n5月6日，广东省收到中央第一生态环境保护督察组交办的第三十批群众信访举报件40件。\n\n6月1日，中央第一生态环境保护督察组向广东移交的第三十一批群众信访举报件中，涉及韶关市武江区2件，举报方式为来信。";
        let r = run(s, &[("5月6日", "2024-05-06"), ("6月1日", "2024-06-01")], &[("武江区2件", "武江区", 2)]);
        assert_eq!(r.len(), 2, "{r:#?}");
        assert_eq!(
            (r[0].batch, r[0].total, r[0].recipient.as_deref(), r[0].date.as_deref()),
            (Some(30), Some(40), Some("广东省"), Some("2024-05-06"))
        );
        assert_eq!((r[0].inspection_group, r[0].inspection_level), (Some(1), Some(InspectionLevel::Central)));
        assert_eq!((r[1].batch, r[1].total, r[1].recipient.as_deref()), (Some(31), Some(2), None));
        assert_eq!(r[1].by_channel.as_ref().and_then(|c| c.letter), Some(2));
        assert_eq!(r[1].by_district.len(), 1);
    }

    #[test]
    fn list_of_batches_and_unnamed_recipients() {
        let s = "督察组分两次向甘肃省交办了第一批、第二批群众信访举报件，共32件，均为群众来电举报。截至目前，这两批信访举报件已移交。";
        let r = run(s, &[], &[]);
        assert_eq!(
            r.iter().map(|x| (x.batch, x.recipient.clone())).collect::<Vec<_>>(),
            vec![(Some(1), Some("甘肃省".into())), (Some(2), Some("甘肃省".into()))]
        );
        // 32 is the two batches' joint count: neither record's total, nor its channels'
        assert_eq!((r[0].total, r[0].by_channel.clone()), (None, None));
        assert!(r[1].problems.iter().any(|p| p.starts_with("32 cases")), "{:?}", r[1].problems);
        let r = run("中央第二生态环境保护督察组向我省转办一批信访举报件，共108件，其中来电61件，来信47件。", &[], &[]);
        assert_eq!((r.len(), r[0].recipient.clone(), r[0].total, r[0].batch), (1, None, Some(108), None));
    }

    #[test]
    fn progress_and_that_city() {
        let s = "遵照中央第二生态环境保护督察组的部署，通辽市7月9日完成了中央督察组交办给该市的第三十三批1件信访举报件的调查处理，已办结1件。截至7月9日，通辽市累计对1-33批224件信访件进行了调查处理，其中已办结97件。";
        let r = run(s, &[], &[]);
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].recipient.as_deref(), r[0].total, r[0].cumulative_total), (Some("通辽市"), Some(1), Some(224)));
        assert_eq!(r[0].progress, Some(Progress { closed: Some(1), ..Default::default() }));
    }

    #[test]
    fn progress_of_the_cumulative_sentence() {
        let s = "11月28日，中央第五生态环境保护督察组向我省转办第八批群众信访举报件187件。截至11月28日，督察组累计向我省转办信访件1536件，已办结689件，阶段性办结412件，正在办理中435件。";
        let r = run(s, &[], &[]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].cumulative_total, Some(1536));
        assert_eq!(r[0].progress, None);
        assert_eq!(r[0].cumulative_progress, Some(Progress { closed: Some(689), partly_closed: Some(412), in_progress: Some(435) }));
        let r = run("督察组交办第二批信访件12件，其中阶段性办结3件。", &[], &[]);
        assert_eq!(r[0].progress, Some(Progress { partly_closed: Some(3), ..Default::default() }));
    }

    #[test]
    fn recipients_named_without_their_unit_and_in_traditional_script() {
        let r = run("10月19日，四川接收中央第三生态环境保护督察组移交的第一批群众信访举报件25件。", &[], &[]);
        assert_eq!(r[0].recipient.as_deref(), Some("四川省"));
        let r = run("10月20日，第二批群众信访举报件87件由中央第三生态环境保护督察组移交四川，其中重点关注8件。", &[], &[]);
        assert_eq!(r[0].recipient.as_deref(), Some("四川省"));
        let r = run("督察組向重慶市交辦第二十二批群眾信訪舉報件共30件。", &[], &[]);
        assert_eq!(r[0].recipient.as_deref(), Some("重慶市"));
        let r = run("督察組向潼南區交辦第二批信訪件3件。", &[], &[]);
        assert_eq!(r[0].recipient.as_deref(), Some("潼南區"));
    }

    #[test]
    fn two_batches_of_one_sentence_each_get_their_own_part() {
        let s = "12月2日，督察组分别向我市交办第十六批、第十七批群众信访举报件。其中，第十六批共19件，涉及城东区5件、城西区14件；第十七批共11件，涉及城中区6件、城北区5件。";
        let ds = [("城东区5件", "城东区", 5), ("城西区14件", "城西区", 14), ("城中区6件", "城中区", 6), ("城北区5件", "城北区", 5)];
        let r = run(s, &[], &ds);
        let got: Vec<_> = r.iter().map(|x| (x.batch, x.total, x.by_district.len(), x.problems.is_empty())).collect();
        assert_eq!(got, vec![(Some(16), Some(19), 2, true), (Some(17), Some(11), 2, true)]);
        let r = run("督察组向我市交办第十六批、第十七批信访件，其中第十六批19件，第十七批11件。", &[], &[]);
        assert_eq!(r.iter().map(|x| x.total).collect::<Vec<_>>(), vec![Some(19), Some(11)]);
        // one count for both is neither's own
        let r = run("督察组向甘肃省交办了第一批、第二批群众信访举报件，共32件。", &[], &[]);
        assert_eq!(r.iter().map(|x| x.total).collect::<Vec<_>>(), vec![None, None]);
    }

    #[test]
    fn two_hand_overs_in_one_sentence_are_two_records() {
        let s = "6月5日，省第三生态环境保护督察组向我市交办第四批信访件27件（重点件3件），6月6日交办第五批信访件31件。";
        let r = run(s, &[("6月5日", "2024-06-05"), ("6月6日", "2024-06-06")], &[]);
        let got: Vec<_> = r.iter().map(|x| (x.batch, x.total, x.date.as_deref(), x.priority_cases, x.problems.is_empty())).collect();
        assert_eq!(got, vec![(Some(4), Some(27), Some("2024-06-05"), Some(3), true), (Some(5), Some(31), Some("2024-06-06"), None, true)]);
        assert_eq!(r.get(1).and_then(|x| x.inspection_group), Some(3));
    }

    #[test]
    fn a_breakdown_of_a_later_report_stays_out_when_the_first_adds_up() {
        let s = "督察组向我市交办第十批信访件22件，其中城东区6件、城西区16件。另悉，今年以来，我市共查处环境违法案件156件，其中城东区45件、城西区61件。";
        let ds = [("城东区6件", "城东区", 6), ("城西区16件", "城西区", 16), ("城东区45件", "城东区", 45), ("城西区61件", "城西区", 61)];
        let r = run(s, &[], &ds);
        assert_eq!(r[0].by_district.iter().map(|d| d.count).collect::<Vec<_>>(), [6, 16]);
        assert!(r[0].problems.is_empty(), "{:?}", r[0].problems);
    }

    #[test]
    fn cases_still_open_counted_before_their_state() {
        let r = run("督察组转交我县第六批信访举报件5件。目前已办结2件，其余3件正在调查处理中。", &[], &[]);
        let p = r[0].progress.clone().unwrap_or_default();
        assert_eq!((r[0].total, p.closed, p.in_progress), (Some(5), Some(2), Some(3)));
    }

    #[test]
    fn special_inspection_groups_have_their_ordinal() {
        let r = run("12月9日，中央第五生态环境保护专项督察组向我市交办第十七批信访件共24件。", &[], &[]);
        assert_eq!((r[0].inspection_group, r[0].inspection_level), (Some(5), Some(InspectionLevel::Central)));
    }

    #[test]
    fn divisions_contain_their_parts_by_code() {
        assert!(contains(Some("510100"), Some("510104")));
        assert!(contains(Some("510000"), Some("510100")));
        assert!(!contains(Some("510100"), Some("510100")));
        assert!(!contains(Some("510104"), Some("510104")));
        assert!(!contains(Some("510100"), Some("510704")));
        assert!(!contains(None, Some("510104")));
    }

    #[test]
    fn channels_given_respectively() {
        let r = run("督察组向我市转办第四批群众信访举报件共18件，其中来电、来信、网络举报分别为10件、5件、3件。", &[], &[]);
        let ch = r[0].by_channel.clone().unwrap_or_default();
        assert_eq!((ch.phone, ch.letter, ch.online, r[0].total), (Some(10), Some(5), Some(3), Some(18)));
        assert!(r[0].problems.is_empty(), "{:?}", r[0].problems);
        // 电话 and 信件 name the phone and letter channels too
        let r = run("我市收到督察组第八批交办案件23件。按来源分：电话18件，信件5件。", &[], &[]);
        let ch = r[0].by_channel.clone().unwrap_or_default();
        assert_eq!((ch.phone, ch.letter), (Some(18), Some(5)));
    }

    #[test]
    fn progress_to_a_date_of_the_named_batch_is_its_own() {
        let s = "5月18日，督察组向我市转办第八批群众信访举报件41件。截至5月20日，第八批已办结17件，阶段性办结10件，正在办理14件。";
        let r = run(s, &[], &[]);
        assert_eq!(r[0].progress, Some(Progress { closed: Some(17), partly_closed: Some(10), in_progress: Some(14) }));
        assert_eq!(r[0].cumulative_progress, None);
        // a cumulative count stays cumulative even where it names the batch
        let s = "督察组向我市转办第八批信访件41件。截至5月20日，第八批累计办结17件。";
        assert_eq!(run(s, &[], &[])[0].progress, None);
    }

    #[test]
    fn a_closed_count_is_no_cumulative_total() {
        let s = "5月18日，督察组向我区转办第八批群众信访举报件41件。截至目前，全区累计办结交办件62件。";
        assert_eq!(run(s, &[], &[])[0].cumulative_total, None);
    }

    #[test]
    fn progress_figures_are_not_totals() {
        let s =
            "5月13日，督察组向湖南省交办第十五批群众信访举报件，涉及长沙市共38件。截至5月17日，已办结12件，阶段性办结20件，正在办理6件。";
        let r = run(s, &[], &[("长沙市共38件", "长沙市", 38)]);
        assert_eq!((r[0].total, r[0].cumulative_total), (Some(38), None));
        // to a day, but adding up to the batch's 38: the batch's own progress
        assert_eq!(r[0].progress.as_ref().map(|p| (p.closed, p.partly_closed, p.in_progress)), Some((Some(12), Some(20), Some(6))));
        assert_eq!(r[0].cumulative_progress, None);
    }

    #[test]
    fn a_breakdown_after_the_cumulative_sentence_counts_when_it_adds_up() {
        let s = "督察组向我省转办第八批信访件30件。截至11月28日，累计转办信访件1536件。从地域分布看，贵阳市20件、遵义市10件。从污染类型看，大气污染18件，水污染12件。";
        let r = run(s, &[], &[("贵阳市20件", "贵阳市", 20), ("遵义市10件", "遵义市", 10)]);
        assert_eq!((r[0].by_district.len(), r[0].by_category.len()), (2, 2));
        assert!(r[0].span.end >= s.find("水污染12件").unwrap());
        // figures of the cumulative total (or anything else) stay out
        let s = "督察组向我省转办第八批信访件30件。截至11月28日，累计转办信访件1536件。从地域分布看，贵阳市900件、遵义市636件。";
        let r = run(s, &[], &[("贵阳市900件", "贵阳市", 900), ("遵义市636件", "遵义市", 636)]);
        assert!(r[0].by_district.is_empty());
    }

    #[test]
    fn narrative_without_a_hand_over_gives_no_record() {
        for s in [
            "区委书记对中央环保督察组交办的信访案件进行实地督办。这些案件均由中央环保督察组交办。",
            "接到问题转办后城东区人民政府立即组织有关部门负责人到现场调查核实。",
        ] {
            assert!(run(s, &[], &[]).is_empty(), "{s}");
        }
    }

    #[test]
    fn weak_verbs_hand_over_complaint_cases_only() {
        let verbs = |s: &str| hand_over_verbs(s).iter().map(|m| m.as_str().to_string()).collect::<Vec<_>>();
        assert_eq!(verbs("督察组向我市转来第五批信访件42件"), ["转来"]);
        assert_eq!(verbs("督察组批转第8批群众举报件15件"), ["批转"]);
        assert!(verbs("市政府下发第二批整改任务清单").is_empty());
        assert!(verbs("将第二批案件线索转送公安机关").is_empty());
        // the strong verbs need no such noun
        assert_eq!(verbs("督察组交办第二批15件"), ["交办"]);
    }

    #[test]
    fn a_case_of_a_batch_is_told_by_its_number_or_subject() {
        for after in ["第23号信访件", "23号信访件", "信访件中的第12号", "信访件之一", "编号D-023的信访件"] {
            assert!(CASE_OF_BATCH.is_match(after), "{after}");
        }
        for after in ["信访件42件", "信访件于12月5号交办", "群众信访举报件，共24件；第23号文件"] {
            assert!(!CASE_OF_BATCH.is_match(after), "{after}");
        }
        let told = |s: &str| hand_over_verbs(s).first().is_some_and(|v| tells_of_one_case(s, v));
        assert!(told("经查，该问题系中央第三生态环境保护督察组交办的第五批信访件"));
        assert!(told("此信访件为督察组转办的第五批信访件"));
        // the hand-over itself, or a batch of cases as the subject
        assert!(!told("该问题系督察组向我市交办第五批信访件时发现"));
        assert!(!told("中央第五生态环境保护督察组向我市交办的第十七批群众信访举报件已经移交"));
    }

    #[test]
    fn place_phrases_are_read_as_the_pattern_reads_them() {
        #[allow(clippy::expect_used)]
        let pattern = Regex::new(r"^[\p{Han}]{1,8}?(?:自治区|自治州|特别行政区|地区|省|市|州|盟|县|区|旗)").expect("PLACE");
        for s in [
            "西宁市",
            "内蒙古自治区",
            "海西蒙古族藏族自治州",
            "新疆维吾尔自治区交办",
            "市区",
            "区",
            "我市交办",
            "a市",
            "12市",
            "一二三四五六七八九市",
            "一二三四五六七八市",
            "𠀀市",
            "〇县",
            "々市",
            "香港特别行政区",
        ] {
            assert_eq!(place_phrase(s), pattern.find(s).map(|m| m.end()), "{s}");
        }
        let fast = ('\u{4E00}'..='\u{9FFF}').chain('\u{3400}'..='\u{4DBF}');
        assert!(fast.into_iter().all(|c| HAN.is_match(c.encode_utf8(&mut [0; 4]))));
    }

    #[test]
    fn groups_are_found_as_a_search_of_the_whole_text_finds_them() {
        // every character the pattern matches before `督察` leads a group
        let lead: String = GROUP.chars().filter(|&c| crate::text::is_cjk(c) && !"督察组".contains(c)).collect();
        assert!(lead.chars().all(leads_group), "{lead}");
        #[allow(clippy::expect_used)]
        let whole = Regex::new(GROUP).expect("GROUP");
        for s in [
            "中央第五生态环境保护督察组向西宁市交办，省第三生态环境保护督察组、省环保督察组第三组和市委第二督察组",
            "环保督察督察组第12组，重庆市第二生态环境保护督察组；生态环境保护督察第123生态环境保护专项督察组",
            "督察组督察督察组市市委督察组第十组",
        ] {
            let want: Vec<(usize, &str)> = whole.find_iter(s).map(|m| (m.start(), m.as_str())).collect();
            let got: Vec<(usize, &str)> = group_matches(s).iter().filter_map(|(at, c)| Some((*at, c.get(0)?.as_str()))).collect();
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn municipalities_and_progress_beyond_the_total() {
        assert!(in_municipality("500103") && in_municipality("110000") && in_municipality("310115") && in_municipality("120101"));
        assert!(!in_municipality("510104") && !in_municipality("630102"));
        let p = Progress { closed: Some(6), partly_closed: Some(3), in_progress: Some(4) };
        assert_eq!((progress_over(&p, 10), progress_over(&p, 13)), (Some(13), None));
        assert_eq!(progress_over(&Progress::default(), 0), None);
    }

    /// Byte range of the `nth` whitespace-free occurrence of `needle` in `raw`.
    fn locate(raw: &str, needle: &str, nth: usize) -> Option<Span> {
        let (chars, offsets): (Vec<char>, Vec<(usize, usize)>) =
            raw.char_indices().filter(|(_, c)| !c.is_whitespace()).map(|(i, c)| (c, (i, i + c.len_utf8()))).unzip();
        let needle: Vec<char> = needle.chars().filter(|c| !c.is_whitespace()).collect();
        if needle.is_empty() || needle.len() > chars.len() {
            return None;
        }
        let i = (0..=chars.len() - needle.len()).filter(|&i| chars[i..].starts_with(&needle)).nth(nth)?;
        Some(Span::new(offsets[i].0, offsets[i + needle.len() - 1].1))
    }

    /// The development gold's records, with the gold's own dates and district counts standing in for
    /// the date and place extractors: every field the gold gives must come out (traditional-script
    /// pages wait for the text layer's full table).
    #[test]
    fn development_gold_records_given_gold_dates_and_districts() {
        use serde_json::Value;
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
        let Ok(entries) = std::fs::read_dir(shared.join("gold")) else {
            eprintln!("note: {} not found, skipping", shared.display());
            return;
        };
        let mut wrong = Vec::new();
        let mut fields = 0;
        for e in entries.flatten() {
            let gold: Value = serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap_or_default()).unwrap_or_default();
            let Some(name) = gold["text"].as_str() else { continue };
            let Ok(raw) = std::fs::read_to_string(shared.join("corpus").join(name)) else { continue };
            if name.contains("trad") {
                continue;
            }
            let req = |k: &str| gold[k]["required"].as_array().cloned().unwrap_or_default();
            let nth = |g: &Value| g["nth"].as_u64().unwrap_or(0) as usize;
            let dates: Vec<DateMention> = req("dates")
                .iter()
                .filter_map(|g| {
                    Some(DateMention {
                        text: String::new(),
                        span: locate(&raw, g["text"].as_str()?, nth(g))?,
                        start: g["start"].as_str().map(str::to_string),
                        end: g["end"].as_str().map(str::to_string),
                        grain: Grain::Day,
                        kind: DateKind::Absolute,
                        part_of_day: None,
                    })
                })
                .collect();
            let districts: Vec<DistrictCount> = req("district_counts")
                .iter()
                .filter_map(|g| {
                    Some(DistrictCount {
                        text: String::new(),
                        span: locate(&raw, g["text"].as_str()?, nth(g))?,
                        name: g["name"].as_str()?.to_string(),
                        code: None,
                        count: g["count"].as_u64()?,
                    })
                })
                .collect();
            let clean = CleanText::new(&raw);
            let ctx = Ctx { original: &raw, clean: &clean, reference_date: None };
            let batches = crate::batch::extract(&ctx);
            let spans: Vec<Span> = districts.iter().map(|c| c.span).collect();
            let pollution = crate::pollution::extract(&ctx, &spans);
            let found = Found { dates: &dates, batches: &batches, district_counts: &districts, pollution: &pollution };
            let places = Places::new(&[]).unwrap_or_else(|e| panic!("{e}"));
            let got = serde_json::to_value(assemble(&ctx, &places, &found)).unwrap_or_default();
            let got = got.as_array().cloned().unwrap_or_default();
            let want = gold["complaint_batches"].as_array().cloned().unwrap_or_default();
            if got.len() != want.len() {
                wrong.push(format!("{name}: {} records, gold has {}", got.len(), want.len()));
            }
            for g in &want {
                let p = got.iter().find(|p| p["batch"] == g["batch"]).or(got.first()).cloned().unwrap_or_default();
                for (k, v) in g.as_object().into_iter().flatten() {
                    fields += 1;
                    let norm = |x: &Value| -> Value {
                        match k.as_str() {
                            "by_district" => x.as_array().map_or(Value::Null, |a| {
                                a.iter()
                                    .map(|d| (d["name"].as_str().unwrap_or("").to_string(), d["count"].clone()))
                                    .collect::<serde_json::Map<_, _>>()
                                    .into()
                            }),
                            "by_category" => x.as_array().map_or(Value::Null, |a| {
                                a.iter()
                                    .map(|d| (d["category"].as_str().unwrap_or("").to_string(), d["count"].clone()))
                                    .collect::<serde_json::Map<_, _>>()
                                    .into()
                            }),
                            "recipient" => x.as_str().map_or(Value::Null, |s| s.trim_end_matches(['省', '市']).into()),
                            _ if x.is_object() => x.as_object().map_or(Value::Null, |o| {
                                o.iter()
                                    .filter(|(_, v)| !v.is_null())
                                    .map(|(a, b)| (a.clone(), b.clone()))
                                    .collect::<serde_json::Map<_, _>>()
                                    .into()
                            }),
                            _ => x.clone(),
                        }
                    };
                    let (w, have) =
                        if k == "by_district" || k == "by_category" { (v.clone(), norm(&p[k])) } else { (norm(v), norm(&p[k])) };
                    if w != have {
                        wrong.push(format!("{name}: batch {} {k}: want {w}, got {have}", g["batch"]));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{} of {fields} fields wrong:\n{}", wrong.len(), wrong.join("\n"));
    }
}
