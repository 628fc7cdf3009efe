//! The output types: what tongbao returns for one input text, serialized exactly as the JSON contract
//! (schema version 1) describes. All types own their data and implement `Serialize` and `Deserialize`,
//! so JSON Lines written by the CLI can be read back into them.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// The schema version written into every [`Document`].
pub const SCHEMA_VERSION: u32 = 1;

/// Everything extracted from one input text (one page or bulletin).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// What the caller named the input (a path, an archive key), or `None`.
    pub source: Option<String>,
    /// The publication date used to resolve dates (`YYYY-MM-DD`), or `None`.
    pub reference_date: Option<String>,
    /// The news items of the page, in page order.
    pub articles: Vec<Article>,
}

impl Document {
    /// Checks the span guarantees against the input the document was extracted from: every span lies
    /// on char boundaries inside `input`, every mention's `text` is `input[span]`, every mention (and
    /// complaint record) lies inside its article's span, every official has a mention, and every
    /// resolved date starts no later than it ends. Returns the first violation in words. (A headline's `text` leaves out the
    /// pinyin annotations some mirror sites insert, `報(bào)`; its span is where it was printed.)
    ///
    /// tongbao upholds these for any input; the method is for tests, fuzzers and pipelines that
    /// re-read stored output against its source.
    ///
    /// ```
    /// let text = "12月9日，第十七批共24件。";
    /// let doc = tongbao::Extractor::new().extract(text);
    /// assert_eq!(doc.check_spans(text), Ok(()));
    /// ```
    pub fn check_spans(&self, input: &str) -> Result<(), String> {
        let valid = |s: &Span, what: &str| -> Result<(), String> {
            if s.start <= s.end && input.get(s.range()).is_some() {
                Ok(())
            } else {
                Err(format!("{what} span {s:?} is not a char range of the input"))
            }
        };
        let same = |text: &str, s: &Span| -> Result<(), String> {
            valid(s, "mention")?;
            if s.slice(input) == text {
                Ok(())
            } else {
                Err(format!("mention {text:?} differs from input at {s:?}"))
            }
        };
        for a in &self.articles {
            valid(&a.span, "article")?;
            let inside = |s: &Span, what: &str| -> Result<(), String> {
                if a.span.contains(*s) {
                    Ok(())
                } else {
                    Err(format!("{what} span {s:?} lies outside its article {:?}", a.span))
                }
            };
            let mentions = a.dates.iter().map(|m| m.span).chain(a.batches.iter().map(|m| m.span));
            let mentions = mentions.chain(a.district_counts.iter().map(|m| m.span)).chain(a.pollution.iter().map(|m| m.span));
            let mentions = mentions.chain(a.officials.iter().flat_map(|o| o.mentions.iter().copied()));
            mentions.chain(a.complaint_batches.iter().map(|c| c.span)).try_for_each(|s| inside(&s, "mention"))?;
            for h in a.headline.iter().chain(a.subheadline.iter()) {
                valid(&h.span, "headline")?;
            }
            for d in &a.dates {
                same(&d.text, &d.span)?;
                if let (Some(s), Some(e)) = (&d.start, &d.end) {
                    if s > e {
                        return Err(format!("date {:?} starts after it ends", d.text));
                    }
                }
            }
            a.batches.iter().try_for_each(|m| same(&m.text, &m.span))?;
            a.district_counts.iter().try_for_each(|m| same(&m.text, &m.span))?;
            a.pollution.iter().try_for_each(|m| same(&m.text, &m.span))?;
            a.officials.iter().flat_map(|o| o.mentions.iter()).try_for_each(|m| valid(m, "official mention"))?;
            if let Some(o) = a.officials.iter().find(|o| o.mentions.is_empty()) {
                return Err(format!("official {:?} has no mention", o.name));
            }
            a.complaint_batches.iter().try_for_each(|c| valid(&c.span, "complaint batch"))?;
        }
        Ok(())
    }
}

impl Article {
    /// Sets every mention's `text` to what its span covers in `input`.
    pub(crate) fn reslice_texts(&mut self, input: &str) {
        let text = |s: &Span| s.slice(input).to_string();
        self.dates.iter_mut().for_each(|m| m.text = text(&m.span));
        self.batches.iter_mut().for_each(|m| m.text = text(&m.span));
        let districts = self.complaint_batches.iter_mut().flat_map(|c| c.by_district.iter_mut());
        districts.chain(self.district_counts.iter_mut()).for_each(|m| m.text = text(&m.span));
        let categories = self.complaint_batches.iter_mut().flat_map(|c| c.by_category.iter_mut());
        categories.chain(self.pollution.iter_mut()).for_each(|m| m.text = text(&m.span));
    }
}

/// One news item of a page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// From the dateline or first body line to the end of the body, widened over the article's
    /// headlines where they were printed before or after it (so every mention lies inside it).
    pub span: Span,
    /// The main headline, wherever it was printed on the page.
    pub headline: Option<Headline>,
    /// A second headline line or kicker (引题), or a bracketed column tag.
    pub subheadline: Option<Headline>,
    /// Reporter names from the dateline (`本报讯（记者 晴空）` → `晴空`).
    pub reporters: Vec<String>,
    /// Date mentions, in text order.
    pub dates: Vec<DateMention>,
    /// `第N批` mentions.
    pub batches: Vec<BatchMention>,
    /// Places written with a count of cases.
    pub district_counts: Vec<DistrictCount>,
    /// Pollution categories, with counts or shares where written.
    pub pollution: Vec<PollutionMention>,
    /// Named persons with a title, one per person.
    pub officials: Vec<Official>,
    /// The hand-over reports of the article.
    pub complaint_batches: Vec<ComplaintBatch>,
}

/// A headline line with its span.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headline {
    /// The headline as printed (line breaks and spaces kept).
    pub text: String,
    /// Where it was printed.
    pub span: Span,
}

/// The granularity of a resolved date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    /// One day (`12月9日`).
    Day,
    /// One month (`2023年11月`).
    Month,
    /// One quarter (`第三季度`).
    Quarter,
    /// One year (`2021年`).
    Year,
    /// Any other range (`11月23日至24日`, `前三季度`, `今年以来`).
    Span,
}

/// How a date was anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// Written out (`2023年12月9日`, `12月9日` with an inferred year).
    Absolute,
    /// Relative to the reference date (`昨天`, `今年以来`).
    Relative,
    /// Refers back to the last date of the article (`当天`, `次日`).
    Anaphoric,
}

/// The part of a day written after a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    /// 上午, 早上.
    Morning,
    /// 中午.
    Noon,
    /// 下午.
    Afternoon,
    /// 晚上, 傍晚.
    Evening,
    /// 凌晨, 深夜, 夜间.
    Night,
}

/// A date or date range, resolved to inclusive ISO dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The mention as written in the input.
    pub text: String,
    /// Where it was written.
    pub span: Span,
    /// First day (`YYYY-MM-DD`), or `None` when it cannot be resolved (no reference date).
    pub start: Option<String>,
    /// Last day, inclusive.
    pub end: Option<String>,
    /// Granularity.
    pub grain: Grain,
    /// Absolute, relative or anaphoric.
    pub kind: DateKind,
    /// `上午/下午/…` written after the date.
    pub part_of_day: Option<PartOfDay>,
}

/// A batch number (`第十七批`), or a range of them (`1-26批`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchMention {
    /// The mention as written.
    pub text: String,
    /// Where it was written; the mentions of a list share one span.
    pub span: Span,
    /// The batch number (first of a range).
    pub ordinal: u32,
    /// The last batch of a range, else `None`.
    pub ordinal_end: Option<u32>,
    /// What the batch counts (`群众信访举报件`), or `None`.
    pub subject: Option<String>,
}

/// A place written with a count of cases (`城东区2件`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistrictCount {
    /// The mention as written.
    pub text: String,
    /// Where it was written.
    pub span: Span,
    /// The place name as written (`大通县`).
    pub name: String,
    /// The 6-digit administrative division code, when the place resolves to a real division.
    pub code: Option<String>,
    /// The number of cases.
    pub count: u64,
}

/// A pollution category (`噪声污染7件`, `大气污染占45.2%`, `防止扬尘污染`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PollutionMention {
    /// The mention as written.
    pub text: String,
    /// Where it was written; the categories of a compound item share one span.
    pub span: Span,
    /// The category.
    pub category: PollutionCategory,
    /// The label as written (`噪声污染`, `涉及大气`).
    pub label: String,
    /// The number of cases, or `None` when the text names the category without one.
    pub count: Option<u64>,
    /// A share as written (`45.2`), else `None`.
    pub percent: Option<f64>,
}

/// The nine pollution categories of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollutionCategory {
    /// 大气, 扬尘, 油烟, 恶臭, 异味, 废气.
    Air,
    /// 水.
    Water,
    /// 噪声, 噪音.
    Noise,
    /// 土壤, 重金属.
    Soil,
    /// 生态, 自然生态, 生态破坏.
    Ecology,
    /// 固废, 垃圾, 危废.
    SolidWaste,
    /// 辐射.
    Radiation,
    /// 海洋.
    Marine,
    /// 其他.
    Other,
}

impl PollutionCategory {
    /// The contract's name of the category (`solid_waste`).
    pub fn as_str(&self) -> &'static str {
        match self {
            PollutionCategory::Air => "air",
            PollutionCategory::Water => "water",
            PollutionCategory::Noise => "noise",
            PollutionCategory::Soil => "soil",
            PollutionCategory::Ecology => "ecology",
            PollutionCategory::SolidWaste => "solid_waste",
            PollutionCategory::Radiation => "radiation",
            PollutionCategory::Marine => "marine",
            PollutionCategory::Other => "other",
        }
    }
}

/// A named person with a title or group label; one per person per article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Official {
    /// The name (`石建平`).
    pub name: String,
    /// Titles as written, chains split on `、` (`["市委副书记", "市长"]`), group labels included.
    pub titles: Vec<String>,
    /// Every mention of the name in the article.
    pub mentions: Vec<Span>,
}

/// The level of the inspection group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InspectionLevel {
    /// 中央…督察组.
    Central,
    /// 省…督察组.
    Provincial,
}

/// Cases by the channel they came in through.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channels {
    /// 来电.
    pub phone: Option<u64>,
    /// 来信.
    pub letter: Option<u64>,
    /// 来访.
    pub visit: Option<u64>,
    /// 微信, 网络, 网上.
    pub online: Option<u64>,
}

/// The `N区M县` scope of a hand-over.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// Districts (区).
    pub districts: Option<u64>,
    /// Counties (县).
    pub counties: Option<u64>,
}

/// How far the handling of the handed-over cases has got.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// 已办结.
    pub closed: Option<u64>,
    /// 阶段性办结.
    pub partly_closed: Option<u64>,
    /// 正在办理.
    pub in_progress: Option<u64>,
}

/// One 督察 hand-over report: the row analysts chart.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ComplaintBatch {
    /// The sentences the record was assembled from.
    pub span: Span,
    /// The inspection group's ordinal (`中央第五生态环境保护督察组` → 5).
    pub inspection_group: Option<u32>,
    /// Central or provincial.
    pub inspection_level: Option<InspectionLevel>,
    /// The batch number.
    pub batch: Option<u32>,
    /// The day the batch was handed over.
    pub date: Option<String>,
    /// The unit named as receiving, in full form (`西宁市`, `四川` → `四川省`), in the page's script
    /// (`重慶市` on a traditional page).
    pub recipient: Option<String>,
    /// Cases handed over.
    pub total: Option<u64>,
    /// Cases by channel, when written.
    pub by_channel: Option<Channels>,
    /// `涉及全市5区2县`.
    pub scope: Option<Scope>,
    /// 重点交办件 / 重点关注 cases.
    pub priority_cases: Option<u64>,
    /// `截至…累计交办…件`.
    pub cumulative_total: Option<u64>,
    /// 已办结 / 阶段性办结 / 正在办理 of the batch, as its own sentences give them.
    pub progress: Option<Progress>,
    /// The same figures as the cumulative sentence gives them (`截至…累计交办536件，已办结289件`):
    /// of all cases handed over so far, not of this batch.
    pub cumulative_progress: Option<Progress>,
    /// Cases by district.
    pub by_district: Vec<DistrictCount>,
    /// Cases by pollution category.
    pub by_category: Vec<PollutionMention>,
    /// Consistency findings in words (`by_district sums to 23, total is 24`).
    pub problems: Vec<String>,
}
