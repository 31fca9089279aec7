//! Opening an index written by [`crate::index::write`]: checks the marker and the schema,
//! registers the analyzers (the index stores only their names) and loads the documents'
//! metadata.

use std::path::Path;

use tantivy::Index;

use crate::error::UserError;
use crate::index::analyzer;
use crate::index::schema::{fields_of, Fields};
use crate::index::texts::Texts;
use crate::index::write::{DOCUMENTS_FILE, MARKER_FILE};
use crate::{Document, Error, Result};

/// An opened index: tantivy's handle, our field handles and the documents.
pub struct OpenedIndex {
    /// tantivy's index, analyzers registered.
    pub index: Index,
    /// Field handles.
    pub fields: Fields,
    /// Every document, in corpus order (text empty).
    pub documents: Vec<Document>,
    /// Their texts, read on demand.
    pub texts: Texts,
}

fn no_index(dir: &Path, reason: impl Into<String>) -> Error {
    UserError::NoIndex {
        path: dir.to_path_buf(),
        reason: reason.into(),
    }
    .into()
}

/// Opens the index at `dir` (`UserError::NoIndex` when it is missing or not ours).
pub fn open(dir: &Path) -> Result<OpenedIndex> {
    if !dir.is_dir() {
        return Err(no_index(dir, "not a directory"));
    }
    if !dir.join(MARKER_FILE).is_file() {
        return Err(no_index(dir, "not a zhengce index"));
    }
    let index = Index::open_in_dir(dir).map_err(|e| no_index(dir, e.to_string()))?;
    analyzer::register(index.tokenizers());
    let fields =
        fields_of(&index.schema()).ok_or_else(|| no_index(dir, "built by an older version"))?;
    let path = dir.join(DOCUMENTS_FILE);
    let bytes =
        std::fs::read(&path).map_err(|e| no_index(dir, format!("{DOCUMENTS_FILE}: {e}")))?;
    let documents: Vec<Document> = serde_json::from_slice(&bytes)?;
    let texts = Texts::open(dir, documents.len())
        .map_err(|reason| no_index(dir, format!("built by an older version ({reason})")))?;
    Ok(OpenedIndex {
        index,
        fields,
        documents,
        texts,
    })
}
