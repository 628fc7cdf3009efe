//! Micro-benches of the two parsers every extractor leans on: numerals (`tongbao::number`) and date
//! expressions (through `Extractor::extract` on one-line texts, so the figure includes the page and
//! text layers a real caller pays for too). A baseline in the same run gives ratios: reading the same
//! strings as `u64` with `str::parse` (numbers), and an extraction of the same number of bytes of text
//! with no date in it (dates).
//!
//! Run: `cargo bench --bench parsers` (add `-- --measurement-time 3 --warm-up-time 1` for a quick look).

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use tongbao::{number, Extractor, Input};

/// Numerals as bulletins write them: Arabic, full-width, Chinese with and without units, mixed.
const NUMERALS: &[&str] = &[
    "17",
    "２４",
    "十七",
    "二十四",
    "一百零五",
    "两千三百",
    "二〇二三",
    "三万四千五百六十七",
    "1.5万",
    "十",
    "四十五",
    "九百九十九",
    "一千零一",
    "3万",
    "两百",
];

/// Date expressions of the kinds the contract names.
const DATES: &[&str] = &[
    "12月9日",
    "11月23日至24日",
    "2023年前三季度",
    "今年以来",
    "二〇二三年十二月九日",
    "12 月 9 日上午",
    "2023年12月9日",
    "去年同期",
    "1至10月",
    "当天下午",
];

fn numbers(c: &mut Criterion) {
    let bytes: usize = NUMERALS.iter().map(|s| s.len()).sum();
    let arabic: Vec<String> = (0..NUMERALS.len()).map(|i| (i * 1234 + 17).to_string()).collect();
    let mut g = c.benchmark_group("numbers");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("parse_int", |b| b.iter(|| NUMERALS.iter().filter_map(|s| number::parse_int(black_box(s))).sum::<u64>()));
    g.bench_function("parse_value", |b| b.iter(|| NUMERALS.iter().filter_map(|s| number::parse_value(black_box(s))).sum::<f64>()));
    g.throughput(Throughput::Bytes(arabic.iter().map(String::len).sum::<usize>() as u64));
    g.bench_function("baseline_str_parse_u64", |b| b.iter(|| arabic.iter().filter_map(|s| black_box(s).parse::<u64>().ok()).sum::<u64>()));
    g.finish();
}

fn dates(c: &mut Criterion) {
    let ex = Extractor::new();
    let bytes: usize = DATES.iter().map(|s| s.len()).sum();
    // The same number of bytes without any date: what the pipeline costs around the date parser.
    let plain: Vec<String> = DATES.iter().map(|s| "文".repeat(s.len() / 3)).collect();
    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(bytes as u64));
    let run = |texts: &[&str]| {
        texts
            .iter()
            .filter_map(|t| Input::new(t).reference_date_str("2023-12-10").ok())
            .map(|i| ex.extract(i).articles.iter().map(|a| a.dates.len()).sum::<usize>())
            .sum::<usize>()
    };
    g.bench_function("date_expressions", |b| b.iter(|| run(black_box(DATES))));
    let plain_refs: Vec<&str> = plain.iter().map(String::as_str).collect();
    g.bench_function("baseline_no_dates", |b| b.iter(|| run(black_box(&plain_refs))));
    g.finish();
}

criterion_group!(benches, numbers, dates);
criterion_main!(benches);
