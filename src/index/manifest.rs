//! The corpus manifest stored in each generation (`corpus.json`): for every corpus file, a
//! hash of its content (and of its `.toml` metadata) and what it gave (document ids, measure
//! count, reasons it was skipped). The next build compares hashes and re-reads only the files
//! that changed; a different program (another version or build of zhengce) starts afresh,
//! since it may extract differently.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// The manifest's file name inside a generation.
pub const MANIFEST_FILE: &str = "corpus.json";

/// What the last build saw in the corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The program that extracted the measures ([`extractor_id`]).
    pub extractor: String,
    /// Corpus files by path relative to the corpus directory (`/`-separated).
    pub files: BTreeMap<String, FileEntry>,
}

/// One corpus file as last indexed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    /// [`content_hash`] of the file and its metadata file.
    pub hash: String,
    /// Ids of its documents that yielded measures.
    pub documents: Vec<String>,
    /// Operative measures indexed from it.
    pub measures: usize,
    /// Records indexed from it: its measures, and the general provisions and goals indexed
    /// to be found ([`crate::Measure::part`]).
    #[serde(default)]
    pub records: usize,
    /// Why it (or a part of it) was skipped: shown again by a build that does not re-read it.
    pub skipped: Vec<String>,
    /// Its documents that yielded no measure (`title (source)`).
    pub empty_documents: Vec<String>,
    /// What was repaired when it was read (bytes replaced, an over-long measure split).
    #[serde(default)]
    pub warnings: Vec<String>,
}

impl Manifest {
    /// The manifest stored in generation directory `dir`, if it has one this program wrote.
    pub fn read(dir: &Path) -> Option<Manifest> {
        let bytes = std::fs::read(dir.join(MANIFEST_FILE)).ok()?;
        let manifest: Manifest = serde_json::from_slice(&bytes).ok()?;
        (manifest.extractor == extractor_id()).then_some(manifest)
    }
}

/// Identifies this program: its version and the size and modification time of its
/// executable, so that a rebuilt binary (other extraction rules, other data files compiled in)
/// never reuses measures an older one extracted.
pub fn extractor_id() -> String {
    let exe = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}-{modified}", m.len())
        })
        .unwrap_or_default();
    format!(
        "{}/{}/{exe}",
        env!("CARGO_PKG_VERSION"),
        super::layout::FORMAT_VERSION
    )
}

/// A hash of a corpus file's bytes and of its metadata file's bytes (if any): length and
/// 64-bit FNV-1a of each. Not cryptographic: it detects edits, not an adversary.
pub fn content_hash(text: &[u8], metadata: Option<&[u8]>) -> String {
    let fnv = |bytes: &[u8]| {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    match metadata {
        Some(meta) => format!(
            "{}:{:016x}+{}:{:016x}",
            text.len(),
            fnv(text),
            meta.len(),
            fnv(meta)
        ),
        None => format!("{}:{:016x}", text.len(), fnv(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_edit_of_the_text_or_its_metadata_changes_the_hash() {
        let base = content_hash("一、开办企业".as_bytes(), None);
        assert_eq!(base, content_hash("一、开办企业".as_bytes(), None));
        assert_ne!(base, content_hash("一、开办企业。".as_bytes(), None));
        assert_ne!(
            base,
            content_hash("一、开办企业".as_bytes(), Some(b"region = \"x\""))
        );
        assert_ne!(
            content_hash(b"a", Some(b"b")),
            content_hash(b"a", Some(b"c"))
        );
    }
}
