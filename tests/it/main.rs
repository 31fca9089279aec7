//! The integration suite, one binary (fast to link, one index build shared by every module):
//! - `pipeline`: corpus → measures (gold measures, counts, bad input, metadata inference);
//! - `benefits`: benefit facts against the development gold, fields in the indexed record;
//! - `search`: relevance on the development questions, facets, filters, snippets, query analysis;
//! - `web`: every route in-process (status, content type, facts on the page, hostile input);
//! - `ask`: question kinds, answers quoted from the measures, honesty, per-region tables;
//! - `browser`: the site and the sample portal in headless Chromium through WebDriver;
//! - `cli`: the `zhengce` binary: index, search (JSON and stdin), export, errors;
//! - `generations`: index generations and incremental updates (hashes, stable ids, removals);
//! - `serve`: a listening server: hot reload under load, timeouts, search slots, metrics, stats.

mod cli;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use zhengce::search::SearchEngine;

mod ask;
mod benefits;
mod browser;
mod documents;
mod generations;
mod pipeline;
mod search;
mod serve;
mod web;

/// The repository's own corpus directory.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// One index of the repository's corpus, built once per test run in a temporary directory
/// (never in `index/`), shared by every test that needs it.
pub fn engine() -> &'static SearchEngine {
    static ENGINE: OnceLock<(tempfile::TempDir, SearchEngine)> = OnceLock::new();
    let (_, engine) = ENGINE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temporary directory");
        let index_dir = dir.path().join("index");
        zhengce::index::build(&corpus_dir(), &index_dir).expect("index of corpus/ builds");
        let engine = SearchEngine::open(&index_dir).expect("index opens");
        (dir, engine)
    });
    engine
}
