//! The search engine over a built index: open once, share by cloning (an `IndexReader` inside).

use std::path::Path;

use crate::search::{DocumentView, Hit, Overview, SearchQuery, SearchResults};
use crate::{Measure, Result};

/// A handle on the index; cheap to clone, safe to share across threads.
#[derive(Clone)]
pub struct SearchEngine {}

impl SearchEngine {
    /// Opens the index at `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        let _ = dir;
        todo!("SearchEngine::open")
    }

    /// Runs a search: ranked hits for the page asked, facets over all matches.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        let _ = query;
        todo!("SearchEngine::search")
    }

    /// One measure by id (`UserError::MeasureNotFound` if none).
    pub fn measure(&self, id: &str) -> Result<Measure> {
        let _ = id;
        todo!("SearchEngine::measure")
    }

    /// One document with its measures in order (`UserError::DocumentNotFound` if none).
    pub fn document(&self, doc_id: &str) -> Result<DocumentView> {
        let _ = doc_id;
        todo!("SearchEngine::document")
    }

    /// The same kind of measure in other regions (more-like-this across regions): precedents.
    pub fn similar(&self, id: &str, limit: usize) -> Result<Vec<Hit>> {
        let _ = (id, limit);
        todo!("SearchEngine::similar")
    }

    /// Counts for the home page.
    pub fn overview(&self) -> Result<Overview> {
        todo!("SearchEngine::overview")
    }

    /// Every measure in the index, in document and outline order (`zhengce export`).
    pub fn all_measures(&self) -> Result<Vec<Measure>> {
        todo!("SearchEngine::all_measures")
    }
}
