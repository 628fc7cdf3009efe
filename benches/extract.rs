//! Throughput of the whole extraction against bare jieba `cut(text, true)` on the same pages (the
//! ratio is printed), `Extractor::new`, and one against two threads.
//!
//! The corpus is `../shared/corpus/*.txt` (the development pages), else `examples/*.txt`, else a page
//! built in; it is repeated so that one iteration covers enough bytes to time steadily. A second
//! comparison runs over ordinary news prose (`../shared/data/pd1998`, when present), which most pages
//! of an archive are: bulletins are dense with the mentions tongbao reads, news much less so.
//!
//! Run: `cargo bench --bench extract` (add `-- --measurement-time 3 --warm-up-time 1` for a quick look).

use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;
use std::time::{Duration, Instant};

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use tongbao::{Extractor, Input};

/// Minimum bytes per iteration of the throughput benches.
const TARGET_BYTES: usize = 1 << 20;

const FALLBACK: &str = "本报讯（记者 李明）3月5日，中央第三生态环境保护督察组向长沙市交办第五批群众信访举报件共31件，\n其中来电20件、来信11件。按区县分布：芙蓉区4件、天心区6件、岳麓区21件。\n按污染类型分：噪声污染8件、大气污染12件、水污染11件。市委副书记、市长王强主持召开专题会议。\n";

/// The pages, repeated until they hold at least [`TARGET_BYTES`].
fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = read_txt(&root.join("../shared/corpus"));
    if pages.is_empty() {
        pages = read_txt(&root.join("examples"));
    }
    if pages.is_empty() {
        eprintln!("note: ../shared/corpus and examples/ absent; using the built-in page");
        pages.push(FALLBACK.repeat(20));
    }
    let one_pass: usize = pages.iter().map(String::len).sum();
    let copies = TARGET_BYTES.div_ceil(one_pass.max(1));
    pages.iter().cycle().take(pages.len() * copies).cloned().collect()
}

/// Ordinary news, the bulk of a newspaper archive: the sentences of the People's Daily sample
/// (`../shared/data/pd1998`), thirty to a page, repeated like [`corpus`].
fn news() -> Option<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pd1998/199801.first3000.gold_spans.jsonl");
    let src = std::fs::read_to_string(path).ok()?;
    let sentences: Vec<String> = src
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    let pages: Vec<String> = sentences.chunks(30).map(|c| c.join("\n")).collect();
    let one_pass: usize = pages.iter().map(String::len).sum();
    if one_pass == 0 {
        return None;
    }
    let copies = TARGET_BYTES.div_ceil(one_pass);
    Some(pages.iter().cycle().take(pages.len() * copies).cloned().collect())
}

fn read_txt(dir: &Path) -> Vec<String> {
    let Ok(rd) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

/// Accumulates criterion's own timings (iterations, time) so that the ratio printed comes from the
/// same measurements as the reported figures.
#[derive(Clone, Default)]
struct Clock(Rc<Cell<(u64, Duration)>>);

impl Clock {
    fn add(&self, iters: u64, d: Duration) {
        let (n, t) = self.0.get();
        self.0.set((n + iters, t + d));
    }

    fn mb_per_s(&self, bytes: usize) -> f64 {
        let (n, t) = self.0.get();
        if t.is_zero() {
            return 0.0;
        }
        bytes as f64 * n as f64 / 1e6 / t.as_secs_f64()
    }
}

fn throughput(c: &mut Criterion) {
    compare(c, "throughput", "bulletin pages", &corpus(), "2023-12-10");
    match news() {
        Some(pages) => compare(c, "throughput_news", "People's Daily 1998 prose", &pages, "1998-01-01"),
        None => eprintln!("note: ../shared/data/pd1998 absent; the news comparison is skipped"),
    }
}

/// Extraction against jieba's cut over the same pages, the ratio printed under `what`.
fn compare(c: &mut Criterion, group: &str, what: &str, pages: &[String], reference: &str) {
    let bytes: usize = pages.iter().map(String::len).sum();
    let ex = Extractor::new();
    let jieba = jieba_rs::Jieba::new();
    let (ours, theirs) = (Clock::default(), Clock::default());
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("extract_all", |b| {
        b.iter_custom(|iters| {
            let t = Instant::now();
            for _ in 0..iters {
                for p in pages {
                    black_box(ex.extract(Input::new(p).reference_date_str(reference).unwrap_or(Input::new(p))));
                }
            }
            let d = t.elapsed();
            ours.add(iters, d);
            d
        })
    });
    g.bench_function("jieba_cut_hmm", |b| {
        b.iter_custom(|iters| {
            let t = Instant::now();
            for _ in 0..iters {
                for p in pages {
                    black_box(jieba.cut(p, true));
                }
            }
            let d = t.elapsed();
            theirs.add(iters, d);
            d
        })
    });
    g.finish();
    let (a, b) = (ours.mb_per_s(bytes), theirs.mb_per_s(bytes));
    if a > 0.0 && b > 0.0 {
        println!("ratio extraction / jieba cut(hmm=true), {what}: {:.2} ({a:.1} MB/s vs {b:.1} MB/s, {bytes} bytes a pass)", a / b);
    }
}

fn construction(c: &mut Criterion) {
    let mut g = c.benchmark_group("construction");
    g.sample_size(10);
    g.bench_function("Extractor::new", |b| b.iter(|| black_box(Extractor::new())));
    g.finish();
}

fn threads(c: &mut Criterion) {
    let pages = corpus();
    let bytes: usize = pages.iter().map(String::len).sum();
    let ex = Extractor::new();
    let mut g = c.benchmark_group("threads");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let mut rates = Vec::new();
    for n in [1, 2] {
        let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(n).build() else { continue };
        let clock = Clock::default();
        g.bench_function(format!("{n}_threads"), |b| {
            b.iter_custom(|iters| {
                let t = Instant::now();
                for _ in 0..iters {
                    pool.install(|| pages.par_iter().for_each(|p| drop(black_box(ex.extract(p)))));
                }
                let d = t.elapsed();
                clock.add(iters, d);
                d
            })
        });
        rates.push(clock.mb_per_s(bytes));
    }
    g.finish();
    if let [one, two] = rates[..] {
        if one > 0.0 {
            println!("speed-up 2 threads / 1 thread: {:.2} ({one:.1} MB/s vs {two:.1} MB/s)", two / one);
        }
    }
}

criterion_group!(benches, throughput, construction, threads);
criterion_main!(benches);
