//! `tongbao extract`: files, directories, standard input and JSON Lines records → Documents as JSON
//! Lines, a JSON array or long-format CSV tables.
//!
//! Pipeline: a reader thread turns inputs into jobs (in input order) and spawns each on a rayon pool;
//! workers decode, extract and render; the main thread writes results in input order from a reorder
//! buffer. A budget of jobs and bytes in flight keeps memory flat however large the archive, and the
//! writer flushes whenever it has nothing more to write, so slow input (a streaming mapper's stdin)
//! gets its output line at once.

mod args;
mod input;
mod output;
mod pipeline;
mod progress;

fn main() {
    let opts = args::parse();
    std::process::exit(pipeline::run(&opts));
}
