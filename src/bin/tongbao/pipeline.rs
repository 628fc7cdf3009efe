//! The parallel, order-keeping, memory-bounded run: reader thread → rayon workers → ordered writer.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::ops::ControlFlow;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tongbao::{Extractor, Input};

use crate::args::Options;
use crate::input::{Body, Job, Reader};
use crate::output::Renderer;
use crate::progress::{self, Progress, Stats};

/// Input bytes allowed in flight (read, being extracted, or waiting to be written in order).
const MAX_BYTES_IN_FLIGHT: u64 = 32 << 20;
/// Jobs allowed in flight per worker thread: enough to keep workers busy behind one slow input.
const JOBS_PER_THREAD: usize = 64;

/// How long the writer waits for the next result before flushing what it has written.
const IDLE_FLUSH: Duration = Duration::from_millis(5);

/// Jobs and bytes handed to a worker at once. An archive is mostly small pages: one task, one
/// message and one wake-up per page cost the second core a fifth of its time. Well under the
/// budget, so that the jobs held back for a chunk can never be all the budget's.
const CHUNK_JOBS: usize = 32;
const CHUNK_BYTES: u64 = 1 << 20;

/// A finished job.
struct Done {
    bytes: Vec<u8>,
    stats: Stats,
    error: Option<String>,
    size: u64,
}

/// Runs the extraction; returns the exit code (0 ok, 1 some input failed or output failed).
pub fn run(opts: &Options) -> i32 {
    let renderer = Renderer { format: opts.format, table: opts.table, pretty: opts.pretty };
    let mut progress = Progress::new(opts.progress, opts.quiet);
    if let Some(bar) = progress.handle() {
        count_total_in_background(opts, bar);
    }
    let sink: Box<dyn Write> = match &opts.output {
        Some(p) => match File::create(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("tongbao: {}: {e}", p.display());
                return 1;
            }
        },
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, sink);
    match write_all(opts, renderer, &mut progress, &mut out) {
        Ok(()) => {}
        // A closed pipe (`| head`) means the reader has what it wanted: not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return 0,
        Err(e) => {
            eprintln!("tongbao: writing output: {e}");
            return 1;
        }
    }
    progress.finish();
    i32::from(progress.total.failures > 0)
}

fn write_all(opts: &Options, renderer: Renderer, progress: &mut Progress, out: &mut impl Write) -> io::Result<()> {
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(opts.jobs).thread_name(|i| format!("tongbao-{i}")).build().map_err(io::Error::other)?;
    let pool = Arc::new(pool);
    let budget = Arc::new(Budget::new(opts.jobs.saturating_mul(JOBS_PER_THREAD), MAX_BYTES_IN_FLIGHT));
    let stop = Arc::new(AtomicBool::new(false));
    let (tx, rx) = mpsc::channel::<(usize, Vec<Done>)>();

    let reader = Reader { ref_date: opts.ref_date, lossy: opts.lossy, extensions: opts.extensions.clone(), sizes_only: false };
    let sources = opts.sources.clone();
    let (lossy, extractor) = (opts.lossy, Extractor::new());
    let (pool2, budget2, stop2) = (Arc::clone(&pool), Arc::clone(&budget), Arc::clone(&stop));
    // Records read from a pipe go out one by one, as they come (a streaming mapper).
    let (chunk_jobs, chunk_bytes) = if opts.reads_stdin() { (1, 0) } else { (CHUNK_JOBS, CHUNK_BYTES) };
    let dispatcher = std::thread::spawn(move || {
        let mut chunk = Chunk::default();
        let dispatch = |chunk: &mut Chunk| {
            if chunk.jobs.is_empty() {
                return;
            }
            let (tx, ex, first) = (tx.clone(), extractor.clone(), chunk.first);
            let jobs = std::mem::take(&mut chunk.jobs);
            chunk.first += jobs.len();
            chunk.bytes = 0;
            pool2.spawn(move || {
                let dones = jobs
                    .iter()
                    .map(|job| {
                        catch_unwind(AssertUnwindSafe(|| work(&ex, job, renderer, lossy)))
                            .unwrap_or_else(|_| failed(renderer, job, format!("{}: internal error: extraction panicked", job.label)))
                    })
                    .collect();
                let _ = tx.send((first, dones));
            });
        };
        let _ = reader.run(&sources, &mut |job: Job| {
            // The jobs held for the chunk are in the budget: hand them over before waiting on it.
            if !budget2.try_acquire(job.size) {
                dispatch(&mut chunk);
                budget2.acquire(job.size);
            }
            if stop2.load(Ordering::Relaxed) {
                return ControlFlow::Break(());
            }
            chunk.bytes += job.size;
            chunk.jobs.push(job);
            if chunk.jobs.len() >= chunk_jobs || chunk.bytes >= chunk_bytes {
                dispatch(&mut chunk);
            }
            ControlFlow::Continue(())
        });
        dispatch(&mut chunk);
    });

    let result = write_in_order(opts, renderer, progress, out, &rx, &budget);
    if result.is_err() {
        stop.store(true, Ordering::Relaxed);
        budget.release_all();
        return result;
    }
    let _ = dispatcher.join();
    result
}

/// Jobs read but not yet handed to a worker; `first` is the input index of the first.
#[derive(Default)]
struct Chunk {
    jobs: Vec<Job>,
    bytes: u64,
    first: usize,
}

/// Writes results as they arrive, in input order; flushes whenever nothing more is ready.
fn write_in_order(
    opts: &Options,
    renderer: Renderer,
    progress: &mut Progress,
    out: &mut impl Write,
    rx: &mpsc::Receiver<(usize, Vec<Done>)>,
    budget: &Budget,
) -> io::Result<()> {
    let flush_each = opts.reads_stdin();
    let mut pending = BTreeMap::new();
    let (mut next, mut written) = (0usize, 0usize);
    out.write_all(&renderer.header())?;
    loop {
        let (first, dones) = match rx.try_recv() {
            Ok(m) => m,
            // Nothing ready: wait briefly before flushing, so a busy run does not flush per record
            // while slow input still gets its lines out within a few milliseconds.
            Err(TryRecvError::Empty) => match rx.recv_timeout(IDLE_FLUSH) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    out.flush()?;
                    match rx.recv() {
                        Ok(m) => m,
                        Err(_) => break,
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
            },
            Err(TryRecvError::Disconnected) => break,
        };
        pending.extend((first..).zip(dones));
        let (mut freed_jobs, mut freed_bytes) = (0, 0);
        while let Some(done) = pending.remove(&next) {
            if !done.bytes.is_empty() {
                if written > 0 {
                    out.write_all(renderer.separator())?;
                }
                out.write_all(&done.bytes)?;
                written += 1;
            }
            if flush_each {
                out.flush()?;
            }
            if let (Some(e), false) = (&done.error, opts.quiet) {
                progress.println(&format!("tongbao: {e}"));
            }
            progress.record(&done.stats);
            freed_jobs += 1;
            freed_bytes += done.size;
            next += 1;
        }
        budget.release(freed_jobs, freed_bytes);
    }
    out.write_all(renderer.footer())?;
    out.flush()
}

/// Decodes, extracts and renders one job.
fn work(ex: &Extractor, job: &Job, renderer: Renderer, lossy: bool) -> Done {
    let decoded;
    let text: &str = match &job.body {
        Body::Failed(msg) => return failed(renderer, job, msg.clone()),
        Body::Text(t) => t,
        Body::Bytes(b) => match tongbao::decode::decode(b, lossy) {
            Ok(d) => {
                decoded = d;
                &decoded.text
            }
            Err(e) => return failed(renderer, job, e.with_path(&job.label).to_string()),
        },
    };
    let mut input = Input::new(text);
    if let Some(s) = job.source.as_deref() {
        input = input.source(s);
    }
    if let Some(d) = job.ref_date {
        input = input.reference_date(d);
    }
    let doc = ex.extract(input);
    match renderer.document(&doc) {
        Ok(bytes) => Done { bytes, stats: Stats::of(&doc, job.size), error: None, size: job.size },
        Err(e) => failed(renderer, job, format!("{}: rendering output: {e}", job.label)),
    }
}

fn failed(renderer: Renderer, job: &Job, msg: String) -> Done {
    Done { bytes: renderer.error(&job.label, &msg), stats: Stats::failure(job.size), error: Some(msg), size: job.size }
}

/// Stats the inputs on a side thread so the progress bar can show an ETA (not for stdin: unknown).
fn count_total_in_background(opts: &Options, bar: indicatif::ProgressBar) {
    if opts.reads_stdin() {
        return;
    }
    let sources = opts.sources.clone();
    let extensions = opts.extensions.clone();
    std::thread::spawn(move || {
        let reader = Reader { ref_date: None, lossy: false, extensions, sizes_only: true };
        let mut total = 0u64;
        let _ = reader.run(&sources, &mut |j| {
            total += j.size;
            ControlFlow::Continue(())
        });
        progress::set_total(&bar, total);
    });
}

/// A counting semaphore over jobs and bytes in flight. One job is always admitted when none is in
/// flight, so a single input larger than the byte budget still runs.
struct Budget {
    state: Mutex<(usize, u64, bool)>,
    freed: Condvar,
    max_jobs: usize,
    max_bytes: u64,
}

impl Budget {
    fn new(max_jobs: usize, max_bytes: u64) -> Budget {
        Budget { state: Mutex::new((0, 0, false)), freed: Condvar::new(), max_jobs: max_jobs.max(1), max_bytes }
    }

    fn full(&self, s: &(usize, u64, bool), bytes: u64) -> bool {
        !s.2 && s.0 > 0 && (s.0 >= self.max_jobs || s.1.saturating_add(bytes) > self.max_bytes)
    }

    fn acquire(&self, bytes: u64) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        while self.full(&s, bytes) {
            s = self.freed.wait(s).unwrap_or_else(|p| p.into_inner());
        }
        s.0 += 1;
        s.1 = s.1.saturating_add(bytes);
    }

    /// [`Budget::acquire`] when it would not wait; `false` (and nothing taken) when it would.
    fn try_acquire(&self, bytes: u64) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if self.full(&s, bytes) {
            return false;
        }
        s.0 += 1;
        s.1 = s.1.saturating_add(bytes);
        true
    }

    fn release(&self, jobs: usize, bytes: u64) {
        if jobs == 0 {
            return;
        }
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.0 = s.0.saturating_sub(jobs);
        s.1 = s.1.saturating_sub(bytes);
        self.freed.notify_all();
    }

    /// Lets every waiting and future `acquire` through (the writer has stopped).
    fn release_all(&self) {
        let mut s = self.state.lock().unwrap_or_else(|p| p.into_inner());
        s.2 = true;
        self.freed.notify_all();
    }
}
