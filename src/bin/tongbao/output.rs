//! Rendering one result (a Document or an error record) to the bytes of the chosen format: JSON
//! Lines, a JSON array, or one long-format CSV table. Rendering happens on the worker threads; the
//! writer only concatenates, so that rendering cost is parallel too.

use serde::Serialize;
use tongbao::{Article, Document, SCHEMA_VERSION};

use crate::args::{Format, Table};

/// How results are written.
#[derive(Clone, Copy, Debug)]
pub struct Renderer {
    pub format: Format,
    pub table: Option<Table>,
    pub pretty: bool,
}

/// A failed input's record: `{"schema_version": 1, "source": ..., "error": ...}`.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    schema_version: u32,
    source: &'a str,
    error: &'a str,
}

impl Renderer {
    /// What comes before the first result: the CSV header, or `[` of a JSON array.
    pub fn header(&self) -> Vec<u8> {
        match (self.format, self.table) {
            (Format::Csv, Some(t)) => csv_header(t),
            (Format::Json, _) => b"[".to_vec(),
            _ => Vec::new(),
        }
    }

    /// What comes between two results (JSON array only).
    pub fn separator(&self) -> &'static [u8] {
        match self.format {
            Format::Json => b",",
            _ => b"",
        }
    }

    /// What comes after the last result.
    pub fn footer(&self) -> &'static [u8] {
        match self.format {
            Format::Json => b"\n]\n",
            _ => b"",
        }
    }

    /// A Document's bytes: a JSON line (or indented JSON), or its rows of the table.
    pub fn document(&self, doc: &Document) -> Result<Vec<u8>, String> {
        match (self.format, self.table) {
            (Format::Csv, Some(t)) => table_rows(t, doc).map_err(|e| e.to_string()),
            _ => self.json(doc),
        }
    }

    /// An error record's bytes; CSV tables have no row for a failed input (its error goes to stderr).
    pub fn error(&self, source: &str, error: &str) -> Vec<u8> {
        let rec = ErrorRecord { schema_version: SCHEMA_VERSION, source, error };
        match self.format {
            Format::Csv => Vec::new(),
            _ => self.json(&rec).unwrap_or_default(),
        }
    }

    fn json(&self, v: &impl Serialize) -> Result<Vec<u8>, String> {
        let mut out = Vec::with_capacity(4096);
        if self.format == Format::Json {
            out.push(b'\n');
        }
        let r = if self.pretty { serde_json::to_writer_pretty(&mut out, v) } else { serde_json::to_writer(&mut out, v) };
        r.map_err(|e| e.to_string())?;
        if self.format == Format::Jsonl {
            out.push(b'\n');
        }
        Ok(out)
    }
}

/// Columns every table starts with (written before each row struct's own; csv cannot flatten).
#[derive(Serialize, Clone, Copy)]
struct Key<'a> {
    source: Option<&'a str>,
    reference_date: Option<&'a str>,
    /// 0-based index of the article in the document.
    article: usize,
}

#[derive(Serialize, Default)]
struct BatchRow<'a> {
    inspection_level: Option<&'a str>,
    inspection_group: Option<u32>,
    batch: Option<u32>,
    date: Option<&'a str>,
    recipient: Option<&'a str>,
    total: Option<u64>,
    phone: Option<u64>,
    letter: Option<u64>,
    visit: Option<u64>,
    online: Option<u64>,
    districts: Option<u64>,
    counties: Option<u64>,
    priority_cases: Option<u64>,
    cumulative_total: Option<u64>,
    closed: Option<u64>,
    partly_closed: Option<u64>,
    in_progress: Option<u64>,
    cumulative_closed: Option<u64>,
    cumulative_partly_closed: Option<u64>,
    cumulative_in_progress: Option<u64>,
    by_district: String,
    by_category: String,
    problems: String,
    span_start: usize,
    span_end: usize,
}

#[derive(Serialize, Default)]
struct DistrictRow<'a> {
    name: &'a str,
    code: Option<&'a str>,
    count: u64,
    text: &'a str,
    span_start: usize,
    span_end: usize,
}

#[derive(Serialize, Default)]
struct CategoryRow<'a> {
    category: &'a str,
    label: &'a str,
    count: Option<u64>,
    percent: Option<f64>,
    text: &'a str,
    span_start: usize,
    span_end: usize,
}

#[derive(Serialize, Default)]
struct OfficialRow<'a> {
    name: &'a str,
    titles: String,
    mentions: usize,
    span_start: Option<usize>,
    span_end: Option<usize>,
}

#[derive(Serialize, Default)]
struct DateRow<'a> {
    text: &'a str,
    start: Option<&'a str>,
    end: Option<&'a str>,
    grain: String,
    kind: String,
    part_of_day: Option<String>,
    span_start: usize,
    span_end: usize,
}

#[derive(Serialize, Default)]
struct ArticleRow<'a> {
    headline: Option<&'a str>,
    subheadline: Option<&'a str>,
    reporters: String,
    dates: usize,
    batches: usize,
    district_counts: usize,
    pollution: usize,
    officials: usize,
    complaint_batches: usize,
    span_start: usize,
    span_end: usize,
}

/// The contract's name of a serde enum value (`"solid_waste"`, `"afternoon"`).
fn name(v: &impl Serialize) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn csv_writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().has_headers(false).from_writer(Vec::new())
}

/// The header line of a table, taken from the row type itself so it cannot drift from the rows.
fn csv_header(t: Table) -> Vec<u8> {
    fn of<R: Serialize + Default>() -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().has_headers(true).from_writer(Vec::new());
        let _ = w.serialize(R::default());
        let bytes = w.into_inner().unwrap_or_default();
        let end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| i + 1);
        let mut header = b"source,reference_date,article,".to_vec();
        header.extend(bytes.get(..end).unwrap_or_default());
        header
    }
    match t {
        Table::Batches => of::<BatchRow>(),
        Table::Districts => of::<DistrictRow>(),
        Table::Categories => of::<CategoryRow>(),
        Table::Officials => of::<OfficialRow>(),
        Table::Dates => of::<DateRow>(),
        Table::Articles => of::<ArticleRow>(),
    }
}

fn table_rows(t: Table, doc: &Document) -> csv::Result<Vec<u8>> {
    let mut w = csv_writer();
    for (i, a) in doc.articles.iter().enumerate() {
        let key = Key { source: doc.source.as_deref(), reference_date: doc.reference_date.as_deref(), article: i };
        match t {
            Table::Batches => batch_rows(&mut w, key, a)?,
            Table::Districts => {
                for d in &a.district_counts {
                    let (span_start, span_end) = (d.span.start, d.span.end);
                    let code = d.code.as_deref();
                    w.serialize((key, DistrictRow { name: &d.name, code, count: d.count, text: &d.text, span_start, span_end }))?;
                }
            }
            Table::Categories => {
                for p in &a.pollution {
                    w.serialize((
                        key,
                        CategoryRow {
                            category: p.category.as_str(),
                            label: &p.label,
                            count: p.count,
                            percent: p.percent,
                            text: &p.text,
                            span_start: p.span.start,
                            span_end: p.span.end,
                        },
                    ))?;
                }
            }
            Table::Officials => {
                for o in &a.officials {
                    let first = o.mentions.first();
                    w.serialize((
                        key,
                        OfficialRow {
                            name: &o.name,
                            titles: o.titles.join("、"),
                            mentions: o.mentions.len(),
                            span_start: first.map(|s| s.start),
                            span_end: first.map(|s| s.end),
                        },
                    ))?;
                }
            }
            Table::Dates => {
                for d in &a.dates {
                    w.serialize((
                        key,
                        DateRow {
                            text: &d.text,
                            start: d.start.as_deref(),
                            end: d.end.as_deref(),
                            grain: name(&d.grain),
                            kind: name(&d.kind),
                            part_of_day: d.part_of_day.as_ref().map(name),
                            span_start: d.span.start,
                            span_end: d.span.end,
                        },
                    ))?;
                }
            }
            Table::Articles => w.serialize((
                key,
                ArticleRow {
                    headline: a.headline.as_ref().map(|h| h.text.as_str()),
                    subheadline: a.subheadline.as_ref().map(|h| h.text.as_str()),
                    reporters: a.reporters.join("、"),
                    dates: a.dates.len(),
                    batches: a.batches.len(),
                    district_counts: a.district_counts.len(),
                    pollution: a.pollution.len(),
                    officials: a.officials.len(),
                    complaint_batches: a.complaint_batches.len(),
                    span_start: a.span.start,
                    span_end: a.span.end,
                },
            ))?,
        }
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

fn batch_rows(w: &mut csv::Writer<Vec<u8>>, key: Key<'_>, a: &Article) -> csv::Result<()> {
    for b in &a.complaint_batches {
        let ch = b.by_channel.clone().unwrap_or_default();
        let scope = b.scope.clone().unwrap_or_default();
        let pr = b.progress.clone().unwrap_or_default();
        let cpr = b.cumulative_progress.clone().unwrap_or_default();
        let level = b.inspection_level.map(|l| name(&l));
        w.serialize((
            key,
            BatchRow {
                inspection_level: level.as_deref().map(level_str),
                inspection_group: b.inspection_group,
                batch: b.batch,
                date: b.date.as_deref(),
                recipient: b.recipient.as_deref(),
                total: b.total,
                phone: ch.phone,
                letter: ch.letter,
                visit: ch.visit,
                online: ch.online,
                districts: scope.districts,
                counties: scope.counties,
                priority_cases: b.priority_cases,
                cumulative_total: b.cumulative_total,
                closed: pr.closed,
                partly_closed: pr.partly_closed,
                in_progress: pr.in_progress,
                cumulative_closed: cpr.closed,
                cumulative_partly_closed: cpr.partly_closed,
                cumulative_in_progress: cpr.in_progress,
                by_district: b.by_district.iter().map(|d| format!("{}:{}", d.name, d.count)).collect::<Vec<_>>().join(";"),
                by_category: b
                    .by_category
                    .iter()
                    .map(|c| format!("{}:{}", c.category.as_str(), c.count.map(|n| n.to_string()).unwrap_or_default()))
                    .collect::<Vec<_>>()
                    .join(";"),
                problems: b.problems.join("; "),
                span_start: b.span.start,
                span_end: b.span.end,
            },
        ))?;
    }
    Ok(())
}

/// `"central"`/`"provincial"` as a `'static` string (the row borrows it).
fn level_str(s: &str) -> &'static str {
    match s {
        "central" => "central",
        "provincial" => "provincial",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tongbao::*;

    fn span() -> Span {
        Span::new(0, 3)
    }

    fn district() -> DistrictCount {
        DistrictCount { text: "城东区2件".into(), span: span(), name: "城东区".into(), code: Some("630102".into()), count: 2 }
    }

    fn pollution() -> PollutionMention {
        PollutionMention {
            text: "噪声7件".into(),
            span: span(),
            category: PollutionCategory::Noise,
            label: "噪声".into(),
            count: Some(7),
            percent: None,
        }
    }

    /// A document with one of every kind, so every table has a row.
    fn doc() -> Document {
        let art = Article {
            span: Span::new(0, 30),
            headline: Some(Headline { text: "标题, \"引号\"".into(), span: span() }),
            reporters: vec!["晴空".into(), "李明".into()],
            dates: vec![DateMention {
                text: "12月9日\n下午".into(),
                span: span(),
                start: Some("2023-12-09".into()),
                end: Some("2023-12-09".into()),
                grain: Grain::Day,
                kind: DateKind::Absolute,
                part_of_day: Some(PartOfDay::Afternoon),
            }],
            district_counts: vec![district()],
            pollution: vec![pollution()],
            officials: vec![Official {
                name: "石建平".into(), titles: vec!["市委副书记".into(), "市长".into()], mentions: vec![span()]
            }],
            complaint_batches: vec![ComplaintBatch {
                inspection_level: Some(InspectionLevel::Central),
                batch: Some(17),
                total: Some(24),
                by_district: vec![district()],
                by_category: vec![pollution()],
                progress: Some(Progress { closed: Some(3), ..Default::default() }),
                ..Default::default()
            }],
            ..Default::default()
        };
        Document { schema_version: 1, source: Some("a,b.txt".into()), reference_date: Some("2023-12-10".into()), articles: vec![art] }
    }

    #[test]
    fn every_table_has_as_many_fields_as_its_header() {
        for t in [Table::Batches, Table::Districts, Table::Categories, Table::Officials, Table::Dates, Table::Articles] {
            let mut csv = csv_header(t);
            csv.extend(table_rows(t, &doc()).unwrap());
            let mut r = csv::Reader::from_reader(&csv[..]);
            let n = r.headers().unwrap().len();
            let rows: Vec<_> = r.records().collect::<Result<_, _>>().unwrap();
            assert_eq!(rows.len(), 1, "{t:?}");
            assert_eq!(rows[0].len(), n, "{t:?}");
            assert_eq!(&rows[0][0], "a,b.txt");
        }
    }

    #[test]
    fn batch_row_flattens_nested_fields() {
        let rows = table_rows(Table::Batches, &doc()).unwrap();
        let s = String::from_utf8(rows).unwrap();
        assert!(s.contains("central"), "{s}");
        assert!(s.contains("城东区:2") && s.contains("noise:7"), "{s}");
    }

    #[test]
    fn json_error_record_keeps_field_order() {
        let r = Renderer { format: Format::Jsonl, table: None, pretty: false };
        let line = String::from_utf8(r.error("x.txt", "boom")).unwrap();
        assert_eq!(line, "{\"schema_version\":1,\"source\":\"x.txt\",\"error\":\"boom\"}\n");
    }
}
