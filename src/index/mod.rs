//! Stage 3: [`Measure`]s → a tantivy index in `index/`. One analyzer (jieba with our user
//! dictionary, NFKC and traditional→simplified folding) at index and query time; facets for
//! region, domain and lead unit; a year field; the whole record stored for rendering.
//! A rebuild writes beside the live index and swaps, so a failed build leaves the old one.
//! Next stage: [`crate::search`].

pub mod analyzer;
pub mod read;
pub mod schema;
pub mod texts;
pub mod write;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::corpus::Skipped;
use crate::error::UserError;
use crate::{Document, Measure, Result};

/// What a build did, for the `index` command to print.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Corpus files read.
    pub files: usize,
    /// Documents found in them.
    pub documents: usize,
    /// Measures indexed.
    pub measures: usize,
    /// Files skipped, with the reason.
    pub skipped: Vec<Skipped>,
    /// Documents that yielded no measure (named, not fatal).
    pub empty_documents: Vec<String>,
    /// Where the index now is.
    pub index_dir: PathBuf,
}

/// Reads `corpus_dir`, extracts measures and (re)builds the index at `index_dir` atomically.
/// Fails only when nothing at all could be indexed, or on I/O trouble.
pub fn build(corpus_dir: &Path, index_dir: &Path) -> Result<BuildReport> {
    // Refuse a directory that is not ours before the (long) read of the corpus.
    write::check_target(index_dir)?;
    let loaded = crate::corpus::load_dir(corpus_dir)?;
    let mut measures = Vec::new();
    let mut documents = Vec::new();
    let mut empty_documents = Vec::new();
    for doc in &loaded.documents {
        let found = crate::extract::measures(doc);
        if found.is_empty() {
            empty_documents.push(format!("{} ({})", doc.title, doc.source));
        } else {
            documents.push(doc.clone());
            measures.extend(found);
        }
    }
    if measures.is_empty() {
        let reasons = loaded.skipped.iter().map(|s| s.to_string()).chain(
            empty_documents
                .iter()
                .map(|doc| format!("{doc}: no measures found")),
        );
        return Err(UserError::EmptyCorpus {
            dir: corpus_dir.to_path_buf(),
            reasons: reasons.collect(),
        }
        .into());
    }
    write::write_index(&documents, &measures, index_dir)?;
    let sources: HashSet<&str> = loaded.documents.iter().map(|d| d.source.as_str()).collect();
    Ok(BuildReport {
        files: sources.len() + loaded.skipped.len(),
        documents: documents.len(),
        measures: measures.len(),
        skipped: loaded.skipped,
        empty_documents,
        index_dir: index_dir.to_path_buf(),
    })
}

/// Writes `measures` into a fresh index at `index_dir` (atomically, as [`build`]). The
/// documents' metadata is taken from the measures.
pub fn write(measures: &[Measure], index_dir: &Path) -> Result<()> {
    write::write_index(&documents_of(measures), measures, index_dir)
}

/// The documents the measures belong to, in order of first appearance.
pub fn documents_of(measures: &[Measure]) -> Vec<Document> {
    let mut seen = HashSet::new();
    measures
        .iter()
        .filter(|m| seen.insert(m.doc_id.clone()))
        .map(|m| Document {
            id: m.doc_id.clone(),
            source: m.source.clone(),
            title: m.doc_title.clone(),
            doc_number: m.doc_number.clone(),
            issuer: m.issuer.clone(),
            date: m.date.clone(),
            region: m.region.clone(),
            publisher: None,
            url: None,
            text: String::new(),
        })
        .collect()
}

/// Number of jieba words in `text`, as the index sees them (the segmentation benchmark).
pub fn count_tokens(text: &str) -> usize {
    analyzer::words(text).len()
}
