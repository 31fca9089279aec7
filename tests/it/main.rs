//! The integration suite, one binary (fast to link, one index build shared by every module):
//! - `pipeline`: corpus → measures (gold measures, counts, ids, metadata inference, dates);
//!   `pipeline_layouts`: every common layout's metadata, region and measures;
//!   `pipeline_input`: bad and damaged input, encodings, formats, caps;
//! - `benefits`: benefit facts against the development gold, fields in the indexed record;
//! - `search`: relevance on the development questions, facets, filters, snippets, query analysis;
//!   `search_facets`: facets with ticked values counted in one pass, only the facets asked for;
//! - `web`: every route in-process: the search pages (status, content type, facts on the
//!   page, hostile input, links); `web_measures`: measure and document pages; `web_api`: the
//!   JSON API and every filter through HTTP; `web_benefits`: the benefit finder; `web_embed`:
//!   embedding, CORS, health; `web_export`: CSV and JSON Lines exports;
//! - `ask`: question kinds, answers quoted from the measures, honesty, per-region tables;
//! - `browser`: the site and the sample portal in headless Chromium through WebDriver, in
//!   steps: `browser_site`, `browser_portal`, `browser_pages`; `browser_checks`: axe-core,
//!   focus-ring contrast, width;
//! - `cli`: the `zhengce` binary: index, search (JSON and stdin), export, errors;
//! - `generations`: index generations and incremental updates (hashes, stable ids, removals);
//! - `serve`: a listening server: hot reload under load, timeouts, corpus watching;
//!   `serve_slots`: search and export slots, deadlines; `serve_metrics`: `/metrics`;
//!   `serve_stats`: `/stats` and no index.

mod cli;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use zhengce::search::SearchEngine;

mod ask;
mod ask_own;
mod ask_regulation;
mod benefits;
mod browser;
mod browser_checks;
mod browser_pages;
mod browser_portal;
mod browser_site;
mod documents;
mod generations;
mod pipeline;
mod pipeline_input;
mod pipeline_layouts;
mod search;
mod search_facets;
mod serve;
mod serve_cache;
mod serve_metrics;
mod serve_slots;
mod serve_stats;
mod web;
mod web_api;
mod web_benefits;
mod web_embed;
mod web_export;
mod web_measures;

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
