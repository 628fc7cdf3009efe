//! Hostile inputs at growing sizes: time per MB must stay flat (linear time). Criterion reports
//! throughput per size; the closing lines print each shape's time per MB at the largest size as a
//! ratio to the smallest, measured in the same run.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use tongbao::{Extractor, Input};

const SIZES_MB: &[usize] = &[1, 10, 100];

fn shapes() -> Vec<(&'static str, &'static str)> {
    vec![
        ("long_line", "中央第五生态环境保护督察组向西宁市交办了第十七批群众信访举报件共24件，城东区2件、大气污染9件。"),
        ("di", "第"),
        ("numerals", "一二三四五六七八九十"),
        ("district_list", "城东区2件、"),
        ("brackets", "（（（（（第十七批）））））"),
        ("unbalanced_close", "）件，"),
        ("datelines", "本报讯（记者 甲乙）正文一句，说完了。\n\n短标题行一二三\n\n"),
        ("hand_over_verbs", "，交办第2批3件"),
        ("titles", "盟委书记王立新、"),
        // after one hand-over (see `build`): sentences that never add up to its total
        ("record_sentences", "城东区2件。"),
    ]
}

fn build(unit: &str, mb: usize) -> String {
    let body = unit.repeat((mb << 20) / unit.len().max(1));
    // A record opened once, whose region is then the whole text.
    if unit == "城东区2件。" {
        return format!("督察组向西宁市交办第1批信访件5件。{body}");
    }
    body
}

fn hostile(c: &mut Criterion) {
    let ex = Extractor::new();
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, unit) in shapes() {
        for &mb in SIZES_MB {
            let text = build(unit, mb);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, format!("{mb}MB")), &text, |b, t| b.iter(|| ex.extract(Input::new(t))));
        }
    }
    group.finish();
    linearity(&ex);
}

/// One timed run per size, so the ratio is printed even when criterion's report is not read.
fn linearity(ex: &Extractor) {
    let (small, large) = (SIZES_MB[0], SIZES_MB[SIZES_MB.len() - 1]);
    for (name, unit) in shapes() {
        let per_mb = |mb: usize| {
            let text = build(unit, mb);
            let t = Instant::now();
            std::hint::black_box(ex.extract(Input::new(&text)));
            t.elapsed().as_secs_f64() / mb as f64
        };
        let (a, b) = (per_mb(small), per_mb(large));
        println!("linearity {name}: {:.1} ms/MB at {small} MB, {:.1} ms/MB at {large} MB, ratio {:.2}", a * 1e3, b * 1e3, b / a);
    }
}

criterion_group!(benches, hostile);
criterion_main!(benches);
