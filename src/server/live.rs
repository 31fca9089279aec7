//! The index a server serves, switched without a restart. [`LiveIndex`] holds the current
//! [`SearchEngine`] (which owns every table derived from its index: facet columns,
//! partial-word tables, region names, the home page's overview), and a request takes a clone
//! of it: a switch replaces the holder's engine, requests already running finish on the old
//! one, and its generation's lease is released when the last of them ends.
//!
//! [`follow`] polls `DIR/CURRENT` (one small read a second) and opens, warms up and switches
//! to a new generation when one appears; [`watch_corpus`] (`serve --watch`) rebuilds the
//! index when the corpus changes, which [`follow`] then picks up.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use crate::index::generation::{self, Generation};
use crate::search::SearchEngine;
use crate::server::metrics::Metrics;

/// The engine being served, if any.
#[derive(Default)]
pub struct LiveIndex {
    current: RwLock<Option<SearchEngine>>,
}

impl LiveIndex {
    /// A holder serving `engine`.
    pub fn new(engine: Option<SearchEngine>) -> Self {
        LiveIndex {
            current: RwLock::new(engine),
        }
    }

    /// The engine to answer a request with (`None` while no index is loaded).
    pub fn engine(&self) -> Option<SearchEngine> {
        self.current.read().map(|e| e.clone()).unwrap_or_default()
    }

    /// Serves `engine` from now on; the old one lives on in the requests that hold it.
    pub fn switch(&self, engine: SearchEngine) {
        if let Ok(mut current) = self.current.write() {
            *current = Some(engine);
        }
    }

    /// The generation served now.
    fn generation(&self) -> Option<Generation> {
        self.engine().map(|e| e.info().generation.clone())
    }
}

/// Opens the live generation of `index_dir` and warms it up (off the async runtime).
fn open_warm(index_dir: &Path) -> crate::Result<SearchEngine> {
    let engine = SearchEngine::open(index_dir)?;
    engine.warm_up();
    Ok(engine)
}

/// Polls `index_dir` every `interval` and switches `live` to each new generation (once it
/// is open and warm, so no request waits for it). Removes old generations no reader holds.
/// A generation that fails to open is logged once and skipped; the current one keeps serving.
pub async fn follow(
    live: Arc<LiveIndex>,
    index_dir: PathBuf,
    interval: Duration,
    metrics: Arc<Metrics>,
) {
    let mut failed: Option<Generation> = None;
    // Ticks left in which to remove the generation switched away from: it goes once the
    // last request reading it ends, which is soon, so a read-only index directory is not
    // retried forever.
    let mut collect_ticks = 0u32;
    loop {
        tokio::time::sleep(interval).await;
        let dir = index_dir.clone();
        let Ok(Ok(pointed)) = tokio::task::spawn_blocking(move || generation::current(&dir)).await
        else {
            continue;
        };
        let Some(pointed) = pointed else {
            continue;
        };
        if live.generation().as_ref() == Some(&pointed) || failed.as_ref() == Some(&pointed) {
            if collect_ticks > 0 {
                collect_ticks -= 1;
                let dir = index_dir.clone();
                let _ =
                    tokio::task::spawn_blocking(move || generation::collect_garbage(&dir)).await;
            }
            continue;
        }
        let dir = index_dir.clone();
        match tokio::task::spawn_blocking(move || open_warm(&dir)).await {
            Ok(Ok(engine)) => {
                let info = engine.info();
                tracing::info!(
                    generation = info.generation.number,
                    measures = info.marker.measures,
                    "switched to a new index generation"
                );
                live.switch(engine);
                metrics.reloads.fetch_add(1, Ordering::Relaxed);
                failed = None;
                collect_ticks = 30;
            }
            Ok(Err(err)) => {
                tracing::error!(generation = pointed.number, error = %err, "cannot open the new index generation; still serving the previous one");
                metrics.reload_failures.fetch_add(1, Ordering::Relaxed);
                failed = Some(pointed);
            }
            Err(err) => tracing::error!(error = %err, "opening the new index generation panicked"),
        }
    }
}

/// The corpus as seen by a cheap look: every file's path, size and modification time.
fn snapshot(corpus_dir: &Path) -> Option<Vec<(PathBuf, u64, Option<SystemTime>)>> {
    let files = crate::corpus::list(corpus_dir).ok()?.files;
    let mut seen = Vec::with_capacity(files.len());
    for file in files {
        let meta_path = crate::corpus::metadata_path(&file.path);
        for p in [file.path, meta_path] {
            if let Ok(meta) = std::fs::metadata(&p) {
                seen.push((p, meta.len(), meta.modified().ok()));
            }
        }
    }
    Some(seen)
}

/// `serve --watch`: looks at `corpus_dir` every `interval`; when it has changed and then
/// stayed the same for one more interval (a file being copied is not read half-written), runs
/// an incremental build into `index_dir` within `limits`. A bad file is named in a warning and skipped, as
/// by `zhengce index`; a build that fails leaves the served index as it is.
pub async fn watch_corpus(
    corpus_dir: PathBuf,
    index_dir: PathBuf,
    interval: Duration,
    limits: crate::corpus::Limits,
) {
    let mut built: Option<Vec<_>> = None;
    let mut previous: Option<Vec<_>> = None;
    loop {
        let dir = corpus_dir.clone();
        let now = tokio::task::spawn_blocking(move || snapshot(&dir))
            .await
            .ok()
            .flatten();
        let settled = now.is_some() && now == previous;
        if settled && now != built {
            let (corpus, index) = (corpus_dir.clone(), index_dir.clone());
            let result = tokio::task::spawn_blocking(move || {
                crate::index::build_with(&corpus, &index, crate::index::Rebuild::Changed, &limits)
            })
            .await;
            match result {
                Ok(Ok(report)) => {
                    for skipped in &report.skipped {
                        tracing::warn!(file = %skipped.path.display(), reason = %skipped.reason, "corpus file skipped");
                    }
                    if !report.unchanged {
                        tracing::info!(
                            generation = report.generation,
                            extracted_files = report.extracted_files,
                            removed_files = report.removed_files,
                            measures = report.measures,
                            "corpus change indexed"
                        );
                    }
                    built = now.clone();
                }
                Ok(Err(err)) => {
                    tracing::error!(error = %err, "indexing the changed corpus failed; still serving the previous index");
                    built = now.clone();
                }
                Err(err) => tracing::error!(error = %err, "indexing the changed corpus panicked"),
            }
        }
        previous = now;
        tokio::time::sleep(interval).await;
    }
}
