//! Stage 1: files in `corpus/` → [`Document`]s. Decodes (UTF-8 with or without BOM,
//! GB18030/GBK), reduces HTML to text, normalises (NFKC, PDF spacing, page numbers, site
//! chrome, broken lines), reads the optional `*.toml` metadata beside a text and infers what it
//! does not give (文号, date, title, issuer, region from the gazetteer). JSON Lines files hold one
//! document a line. Next stage: [`crate::extract`].

use std::path::{Path, PathBuf};

use crate::{Document, Result};

/// A file that was skipped, and why: shown as one warning line, never fatal on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it was skipped (binary, empty, undecodable, no text).
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What reading a corpus directory gave: the documents, and the files that were skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every document, in file-name order.
    pub documents: Vec<Document>,
    /// Files that could not be read as policy text.
    pub skipped: Vec<Skipped>,
}

/// Reads every policy file under `dir` (recursively; `*.toml` are metadata, not texts).
/// Fails only when `dir` itself cannot be read.
pub fn load_dir(dir: &Path) -> Result<Loaded> {
    let _ = dir;
    todo!("corpus::load_dir")
}
