//! Opening an index written by [`crate::index::write`]: finds the live generation
//! ([`crate::index::generation`]), takes a lease on it, checks the marker and the schema,
//! registers the analyzers (the index stores only their names) and loads the documents'
//! metadata.

use std::path::Path;

use tantivy::Index;

use crate::error::UserError;
use crate::index::analyzer;
use crate::index::generation::{self, Generation, Lease};
use crate::index::layout::{Marker, DOCUMENTS_FILE, MARKER_FILE};
use crate::index::schema::{fields_of, Fields};
use crate::index::store_file;
use crate::index::texts::Texts;
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
    /// Which generation it is, how large and how old, and the lease that keeps it on disk.
    pub info: IndexInfo,
}

/// What a server reports about the index it serves; holds the reader's lease on the
/// generation, so it lives exactly as long as the engine that owns it.
#[derive(Debug)]
pub struct IndexInfo {
    /// The generation opened.
    pub generation: Generation,
    /// Its marker: format, measure count, build time.
    pub marker: Marker,
    _lease: Option<Lease>,
}

fn no_index(dir: &Path, reason: impl Into<String>) -> Error {
    UserError::NoIndex {
        path: dir.to_path_buf(),
        reason: reason.into(),
    }
    .into()
}

/// Opens the live generation of the index at `dir` (`UserError::NoIndex` when there is none
/// or it is not ours).
pub fn open(dir: &Path) -> Result<OpenedIndex> {
    if !dir.is_dir() {
        return Err(no_index(dir, "not a directory"));
    }
    // A build may flip the pointer and collect the generation just read before it is
    // leased: then the pointer names a newer one, which is opened instead.
    let mut last = None;
    for _ in 0..3 {
        let Some(live) = generation::current(dir)? else {
            return Err(no_index(dir, "not a zhengce index"));
        };
        match open_generation(dir, &live) {
            Err(err) if generation::current(dir)?.as_ref() != Some(&live) => last = Some(err),
            other => return other,
        }
    }
    Err(last.unwrap_or_else(|| no_index(dir, "the index changed while opening it")))
}

fn open_generation(dir: &Path, live: &Generation) -> Result<OpenedIndex> {
    let lease = Lease::take(live)?;
    let gen_dir = &live.dir;
    let marker_path = gen_dir.join(MARKER_FILE);
    let marker: Marker = std::fs::read(&marker_path)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| {
            no_index(
                dir,
                format!("{} is missing or unreadable", marker_path.display()),
            )
        })?;
    // The doc store read, not mapped (`store_file`): the rest of the index as tantivy maps it.
    let index = store_file::ReadDirectory::open(gen_dir)
        .and_then(Index::open)
        .map_err(|e| no_index(dir, e.to_string()))?;
    analyzer::register(index.tokenizers());
    let fields =
        fields_of(&index.schema()).ok_or_else(|| no_index(dir, "built by an older version"))?;
    let documents = documents(gen_dir).map_err(|e| no_index(dir, e.to_string()))?;
    let texts = Texts::open(gen_dir, documents.len())
        .map_err(|reason| no_index(dir, format!("built by an older version ({reason})")))?;
    Ok(OpenedIndex {
        index,
        fields,
        documents,
        texts,
        info: IndexInfo {
            generation: live.clone(),
            marker,
            _lease: lease,
        },
    })
}

/// The documents' metadata stored in generation directory `gen_dir`.
pub fn documents(gen_dir: &Path) -> Result<Vec<Document>> {
    let path = gen_dir.join(DOCUMENTS_FILE);
    let bytes =
        std::fs::read(&path).map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
    Ok(serde_json::from_slice(&bytes)?)
}
