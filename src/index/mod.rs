//! Stage 3: [`Measure`]s → a tantivy index in `index/`. One analyzer (jieba with our user
//! dictionary, NFKC and traditional→simplified folding) at index and query time; facets for
//! region, domain and lead unit; a year field; the whole record stored for rendering.
//! Each build writes a new generation and flips a pointer to it ([`generation`]), so a failed
//! build leaves the old one and a running server can switch without a restart; a rebuild
//! re-reads only the corpus files whose content changed ([`manifest`]).
//! Next stage: [`crate::search`].

pub mod analysed;
pub mod analyzer;
pub mod generation;
pub mod layout;
pub mod manifest;
pub mod parallel;
pub mod read;
pub mod schema;
pub mod store_file;
pub mod texts;
pub mod write;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::corpus::{CorpusFile, Limits, Skipped, Warning};
use crate::error::UserError;
use crate::{Document, Measure, Result};

pub use generation::Generation;
use manifest::{FileEntry, Manifest};

/// What a build did, for the `index` command to print.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Corpus files (metadata files not counted).
    pub files: usize,
    /// Documents that yielded measures.
    pub documents: usize,
    /// Operative measures in the index.
    pub measures: usize,
    /// Records in the index: the measures, and the general provisions and goals indexed to be
    /// found.
    pub records: usize,
    /// Files skipped, with the reason.
    pub skipped: Vec<Skipped>,
    /// Documents that yielded no measure (named, not fatal).
    pub empty_documents: Vec<String>,
    /// Files read with a repair (bytes replaced, an over-long measure split).
    pub warnings: Vec<Warning>,
    /// Where the index is.
    pub index_dir: PathBuf,
    /// The live generation after the build.
    pub generation: u64,
    /// Files read and extracted this time (new or changed; all of them on a full build).
    pub extracted_files: usize,
    /// Files whose measures were removed because the file is gone.
    pub removed_files: usize,
    /// Whether nothing changed, so no generation was written.
    pub unchanged: bool,
}

/// How much of the previous generation a build may reuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rebuild {
    /// Re-read only files whose content hash changed (the default).
    Changed,
    /// Re-read every file (`zhengce index --full`).
    Full,
}

/// One corpus file: the file, its manifest key and its hash.
struct HashedFile {
    file: CorpusFile,
    key: String,
    hash: String,
}

/// Lists the corpus files and hashes what their reading depends on: their content, their
/// metadata file's, their id stem (a new `x.html` beside `x.txt` changes the stem of both)
/// and the limits. A file over the size limit is not read to be hashed: its size stands for it.
fn corpus_files(corpus_dir: &Path, limits: &Limits) -> Result<(Vec<HashedFile>, Vec<Skipped>)> {
    let listing = crate::corpus::list(corpus_dir)?;
    // Read and hashed on every core (a build starts with this pass over the whole corpus);
    // the hashes come back in the listing's order.
    let hashes = parallel::map_in_order(&listing.files, |file| {
        let size = std::fs::metadata(&file.path).map_or(0, |m| m.len());
        // An unreadable file still gets an entry (its reading fails again, with the reason).
        let text = if size > limits.max_file_bytes {
            format!("{size} bytes").into_bytes()
        } else {
            std::fs::read(&file.path).unwrap_or_default()
        };
        let metadata = std::fs::read(crate::corpus::metadata_path(&file.path)).ok();
        format!(
            "{}/{}/{}/{}",
            manifest::content_hash(&text, metadata.as_deref()),
            file.stem,
            limits.max_file_bytes,
            limits.max_measure_chars
        )
    });
    let out = listing
        .files
        .into_iter()
        .zip(hashes)
        .map(|(file, hash)| HashedFile {
            key: file.rel.to_string_lossy().replace('\\', "/"),
            file,
            hash,
        })
        .collect();
    Ok((out, listing.skipped))
}

/// Reads `corpus_dir`, extracts measures and writes a new generation of the index at
/// `index_dir`, re-reading only the files that changed since the live generation (see
/// [`build_with`]). Fails only when nothing at all could be indexed, or on I/O trouble.
pub fn build(corpus_dir: &Path, index_dir: &Path) -> Result<BuildReport> {
    build_with(corpus_dir, index_dir, Rebuild::Changed, &Limits::default())
}

/// [`build`], choosing how much to reuse. Incremental: files are compared by content hash
/// with the live generation's manifest; measures of changed and removed files are deleted,
/// changed and new files extracted and added, the rest kept as they are (same ids); with no
/// change at all nothing is written. A build by another program, a live index without a
/// manifest, or [`Rebuild::Full`] re-reads everything. `limits` bound the size of a file
/// and the length of a measure.
pub fn build_with(
    corpus_dir: &Path,
    index_dir: &Path,
    rebuild: Rebuild,
    limits: &Limits,
) -> Result<BuildReport> {
    // Refuse a directory that is not ours before the (long) read of the corpus.
    write::check_target(index_dir)?;
    // jieba's dictionary (a tenth of a second on one core) is built while the corpus is
    // hashed: else the first measure on each core that needs it waits, a core idle.
    std::thread::spawn(|| std::sync::LazyLock::force(&analyzer::JIEBA_DICT));
    let (files, not_files) = corpus_files(corpus_dir, limits)?;
    let live = generation::current(index_dir)?;
    let previous = match (&live, rebuild) {
        (Some(live), Rebuild::Changed) if live.number > 0 => {
            Manifest::read(&live.dir).map(|m| (live, m))
        }
        _ => None,
    };
    let old_files = previous
        .as_ref()
        .map(|(_, m)| m.files.clone())
        .unwrap_or_default();
    let current: HashSet<&str> = files.iter().map(|f| f.key.as_str()).collect();
    let removed: Vec<&String> = old_files
        .keys()
        .filter(|k| !current.contains(k.as_str()))
        .collect();
    let changed: Vec<&HashedFile> = files
        .iter()
        .filter(|f| old_files.get(&f.key).is_none_or(|e| e.hash != f.hash))
        .collect();

    let mut manifest = Manifest {
        extractor: manifest::extractor_id(),
        files: Default::default(),
    };
    let mut new_documents: HashMap<String, Document> = HashMap::new();
    // Reading and extraction, file by file on every core; what each file yields is then
    // taken in corpus order, so ids and the index are those of a build on one core.
    let extracted = parallel::map_in_order(&changed, |file| {
        let loaded = crate::corpus::load_file(&file.file, limits);
        let found: Vec<_> = loaded
            .documents
            .iter()
            .map(|doc| crate::extract::measures_within(doc, limits.max_measure_chars))
            .collect();
        (loaded, found)
    });
    // Each document's measures stay in the list they were extracted into: copied into one
    // list (some 600 bytes a measure, fresh pages cleared) they were a stretch of one core
    // alone between reading and indexing.
    let mut added: Vec<Vec<Measure>> = Vec::with_capacity(extracted.len());
    for (file, (loaded, found)) in changed.iter().zip(extracted) {
        let mut entry = FileEntry {
            hash: file.hash.clone(),
            skipped: loaded.skipped.iter().map(|s| s.reason.clone()).collect(),
            warnings: loaded.warnings.iter().map(|w| w.message.clone()).collect(),
            ..Default::default()
        };
        for (doc, (found, warnings)) in loaded.documents.into_iter().zip(found) {
            entry.warnings.extend(warnings);
            if found.is_empty() {
                entry
                    .empty_documents
                    .push(format!("{} ({})", doc.title, doc.source));
            } else {
                entry.documents.push(doc.id.clone());
                entry.measures += found.iter().filter(|m| m.part.is_none()).count();
                entry.records += found.len();
                added.push(found);
                new_documents.insert(doc.id.clone(), doc);
            }
        }
        manifest.files.insert(file.key.clone(), entry);
    }
    for file in &files {
        if let Some(entry) = old_files.get(&file.key).filter(|e| e.hash == file.hash) {
            manifest.files.insert(file.key.clone(), entry.clone());
        }
    }
    let report = |generation: u64, unchanged: bool| {
        let mut skipped = not_files.clone();
        let mut warnings = Vec::new();
        let mut empty_documents = Vec::new();
        for file in &files {
            let entry = &manifest.files[&file.key];
            skipped.extend(entry.skipped.iter().map(|reason| Skipped {
                path: file.file.path.clone(),
                reason: reason.clone(),
            }));
            warnings.extend(entry.warnings.iter().map(|message| Warning {
                path: file.file.path.clone(),
                message: message.clone(),
            }));
            empty_documents.extend(entry.empty_documents.iter().cloned());
        }
        BuildReport {
            files: files.len(),
            documents: manifest.files.values().map(|e| e.documents.len()).sum(),
            measures: manifest.files.values().map(|e| e.measures).sum(),
            records: manifest.files.values().map(|e| e.records).sum(),
            skipped,
            empty_documents,
            warnings,
            index_dir: index_dir.to_path_buf(),
            generation,
            extracted_files: changed.len(),
            removed_files: removed.len(),
            unchanged,
        }
    };
    if let Some((live, _)) = &previous {
        if changed.is_empty() && removed.is_empty() {
            return Ok(report(live.number, true));
        }
    }
    let done = report(0, false);
    if done.records == 0 {
        let reasons = done.skipped.iter().map(|s| s.to_string()).chain(
            done.empty_documents
                .iter()
                .map(|doc| format!("{doc}: no measures found")),
        );
        return Err(UserError::EmptyCorpus {
            dir: corpus_dir.to_path_buf(),
            reasons: reasons.collect(),
        }
        .into());
    }
    // Every document of the new generation in corpus order: kept ones from the live
    // generation, the others just read.
    let mut kept: HashMap<String, Document> = match &previous {
        Some((live, _)) => kept_documents(&live.dir)?,
        None => HashMap::new(),
    };
    let mut documents = Vec::new();
    for file in &files {
        for id in &manifest.files[&file.key].documents {
            if let Some(doc) = new_documents.remove(id).or_else(|| kept.remove(id)) {
                documents.push(doc);
            }
        }
    }
    let remove_documents: Vec<String> = changed
        .iter()
        .map(|f| &f.key)
        .chain(removed.iter().copied())
        .filter_map(|key| old_files.get(key))
        .flat_map(|entry| entry.documents.iter().cloned())
        .collect();
    let runs: Vec<&[Measure]> = added.iter().map(Vec::as_slice).collect();
    let live = write::write_generation(
        index_dir,
        &write::Change {
            base: previous.as_ref().map(|(live, _)| *live),
            remove_documents: &remove_documents,
            add: &runs,
            documents: &documents,
            manifest: Some(&manifest),
        },
    )?;
    drop(runs);
    // Freed on every core: the measures' strings, allocated on the cores that extracted them,
    // were freed on one core alone at the end of a build.
    parallel::drop_all(added);
    Ok(BuildReport {
        generation: live.number,
        ..done
    })
}

/// The documents of the generation in `dir` by id, with their texts (read back from the texts
/// file: a new generation stores every document's text again).
fn kept_documents(dir: &Path) -> Result<HashMap<String, Document>> {
    let documents = read::documents(dir)?;
    let texts = texts::Texts::open(dir, documents.len()).map_err(|reason| {
        crate::Error::io(
            format!("reading the texts of {}", dir.display()),
            std::io::Error::other(reason),
        )
    })?;
    let mut kept = HashMap::with_capacity(documents.len());
    for (position, mut doc) in documents.into_iter().enumerate() {
        doc.text = texts.get(position)?;
        kept.insert(doc.id.clone(), doc);
    }
    Ok(kept)
}

/// Writes `measures` into a new generation of the index at `index_dir` (atomically, as
/// [`build`]). The documents' metadata is taken from the measures.
pub fn write(measures: &[Measure], index_dir: &Path) -> Result<Generation> {
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
            year: m.year,
            region: m.region.clone(),
            publisher: None,
            url: None,
            text: String::new(),
            lead: m.doc_lead.clone(),
            untitled: m.doc_untitled,
        })
        .collect()
}

/// Number of jieba words in `text`, as the index sees them (the segmentation benchmark).
pub fn count_tokens(text: &str) -> usize {
    analyzer::words(text).len()
}
