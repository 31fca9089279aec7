//! Writing an index: measures → tantivy documents in a new generation of `--index DIR`
//! ([`crate::index::generation`]): written in a hidden directory, published as `gen-N`, made
//! live by one atomic rename of the `CURRENT` pointer, so a failed or killed build never leaves
//! a broken index where the live one is. An incremental build starts from the previous
//! generation's files (hard links) and only deletes and adds the changed documents' measures.
//! Only a zhengce index (marker or pointer present) or an empty directory (or one holding only
//! `.gitignore`) is ever written into: anything else named by `--index` is refused, never
//! deleted.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::directory::MmapDirectory;
use tantivy::schema::Facet;
use tantivy::tokenizer::{PreTokenizedString, Token, TokenizerManager};
use tantivy::{Index, IndexSettings, IndexWriter, SingleSegmentIndexWriter, Term};

use crate::corpus::region_path::RegionPath;
use crate::error::UserError;
use crate::extract::units::LeadUnit;
use crate::index::analysed::AnalysedMeasure;
use crate::index::analyzer;
use crate::index::generation::{self, Generation, CURRENT_FILE};
use crate::index::layout::{Marker, DOCUMENTS_FILE, FORMAT_VERSION, MARKER_FILE, QUERY_STATS_FILE};
use crate::index::manifest::{Manifest, MANIFEST_FILE};
use crate::index::parallel;
use crate::index::schema::{self, build_schema, date_key, fields_of, year_of, Fields};
use crate::{Document, Error, Measure, Result};

/// A region path as a facet (`山东省/威海市` → `/山东省/威海市`).
pub fn region_facet(region: &str) -> Facet {
    Facet::from_path(RegionPath::new(region).levels())
}

/// Checks that a build may write into `index_dir`: it is missing, empty, holds only
/// `.gitignore`, or is a zhengce index (has [`CURRENT_FILE`], or [`MARKER_FILE`] for the first
/// layout). Anything else (a corpus, a home
/// directory, a file) is `UserError::NotAnIndexDir`, so a mistyped `--index` deletes nothing.
pub fn check_target(index_dir: &Path) -> Result<()> {
    let refuse = |reason: String| -> Error {
        UserError::NotAnIndexDir {
            path: index_dir.to_path_buf(),
            reason,
        }
        .into()
    };
    let meta = match std::fs::symlink_metadata(index_dir) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("reading {}", index_dir.display()), e)),
    };
    if !meta.is_dir() {
        return Err(refuse("it is not a directory".to_owned()));
    }
    if index_dir.join(CURRENT_FILE).is_file() || index_dir.join(MARKER_FILE).is_file() {
        return Ok(());
    }
    let entries = std::fs::read_dir(index_dir)
        .map_err(|e| Error::io(format!("reading {}", index_dir.display()), e))?;
    let mut others = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("reading {}", index_dir.display()), e))?;
        let name = entry.file_name();
        if name != ".gitignore"
            && name != QUERY_STATS_FILE
            && !generation::is_own_entry(&name.to_string_lossy())
        {
            others.push(name.to_string_lossy().into_owned());
        }
    }
    if others.is_empty() {
        return Ok(());
    }
    others.sort();
    let shown = others
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let more = if others.len() > 3 { ", …" } else { "" };
    Err(refuse(format!(
        "it is not a zhengce index (no {MARKER_FILE}) and holds other files ({shown}{more})"
    )))
}

/// What a new generation holds: the previous generation it starts from (its files linked,
/// not copied: tantivy never rewrites a file), the documents whose measures are removed, the
/// measures added, and the full list of documents (with their texts) and the corpus manifest
/// to store.
pub struct Change<'a> {
    /// The generation to start from (`None`: an empty index).
    pub base: Option<&'a Generation>,
    /// Ids of documents whose measures are deleted (changed or removed files).
    pub remove_documents: &'a [String],
    /// Measures to add, in corpus order, as runs (a build hands over each document's list
    /// as it was extracted, not one list every measure was copied into).
    pub add: &'a [&'a [Measure]],
    /// Every document of the new generation, in corpus order, with its text (stored apart).
    pub documents: &'a [Document],
    /// The corpus manifest (file hashes) to store beside the index, if any.
    pub manifest: Option<&'a Manifest>,
}

/// Writes `documents` and `measures` as a new generation of `index_dir` and makes it the live
/// one (only ever in an index or an empty directory: see [`check_target`]).
pub fn write_index(
    documents: &[Document],
    measures: &[Measure],
    index_dir: &Path,
) -> Result<Generation> {
    write_generation(
        index_dir,
        &Change {
            base: None,
            remove_documents: &[],
            add: &[measures],
            documents,
            manifest: None,
        },
    )
}

/// Writes `change` as a new generation of `index_dir` and flips `CURRENT` to it; older
/// generations no reader holds are removed. A failure leaves the live generation as it was.
pub fn write_generation(index_dir: &Path, change: &Change) -> Result<Generation> {
    write_generation_in(index_dir, change, parts_of(change))
}

/// [`write_generation`], the new measures indexed in `parts` (see [`write_parts`]; 1: one
/// writer, as an incremental build must).
fn write_generation_in(index_dir: &Path, change: &Change, parts: usize) -> Result<Generation> {
    check_target(index_dir)?;
    let partial = generation::start(index_dir)?;
    // The index directory sits in the repository (`index/`): it keeps itself out of git.
    let ignore = index_dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "# built by `zhengce index`; never committed\n*\n")
            .map_err(|e| Error::io(format!("writing {}", ignore.display()), e))?;
    }
    let result = write_into(change, &partial, parts)
        .and_then(|()| check_target(index_dir))
        .and_then(|()| generation::publish(index_dir, &partial));
    match result {
        Ok(live) => {
            for number in generation::collect_garbage(index_dir) {
                tracing::debug!(generation = number, "removed an old index generation");
            }
            Ok(live)
        }
        Err(err) => {
            let _ = std::fs::remove_dir_all(&partial);
            Err(err)
        }
    }
}

/// Links every file of the generation in `from` into `to` (copies when the file system
/// cannot link, and always for tantivy's small meta files, which it replaces on commit);
/// readers' leases and lock files stay behind.
fn link_files(from: &Path, to: &Path) -> Result<()> {
    let entries =
        std::fs::read_dir(from).map_err(|e| Error::io(format!("reading {}", from.display()), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("reading {}", from.display()), e))?;
        let name = entry.file_name();
        let name_str = name.to_string_lossy();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        // Only tantivy's files: ours are written anew (never through a link, which would
        // change the previous generation's file under its readers).
        let ours = [
            DOCUMENTS_FILE,
            MARKER_FILE,
            MANIFEST_FILE,
            super::texts::TEXTS_FILE,
            super::texts::RANGES_FILE,
        ];
        if !is_file || name_str.starts_with(".tantivy-") || ours.contains(&name_str.as_ref()) {
            continue;
        }
        let (source, target) = (entry.path(), to.join(&name));
        let linked = !name_str.ends_with(".json") && std::fs::hard_link(&source, &target).is_ok();
        if !linked {
            std::fs::copy(&source, &target)
                .map_err(|e| Error::io(format!("copying {}", source.display()), e))?;
        }
    }
    Ok(())
}

/// Bytes of stored records compressed together (tantivy's default is 16 KiB, about a dozen
/// measures): a search reads the record of each rerank candidate, about fifty scattered over
/// the index, and decompresses the whole block holding it; a block of a few measures is
/// decompressed for the one asked. Set when an index is created, kept by its later builds.
const DOCSTORE_BLOCK: usize = 4096;

fn write_into(change: &Change, dir: &Path, parts: usize) -> Result<()> {
    let (index, fields) = match change.base {
        Some(base) => {
            link_files(&base.dir, dir)?;
            let index = Index::open_in_dir(dir)?;
            let fields = fields_of(&index.schema()).ok_or_else(|| {
                Error::io(
                    format!("reading {}", base.dir.display()),
                    std::io::Error::other("index built by an older version"),
                )
            })?;
            (index, fields)
        }
        None => {
            let (schema, fields) = build_schema();
            let index = Index::builder()
                .schema(schema)
                .settings(IndexSettings {
                    docstore_blocksize: DOCSTORE_BLOCK,
                    ..IndexSettings::default()
                })
                .create_in_dir(dir)?;
            (index, fields)
        }
    };
    analyzer::register(index.tokenizers());
    // The documents' files are written on a thread of their own while tantivy's writers
    // run: they need neither, and at the end they were a stretch of one core's work alone.
    let (indexed, files) = std::thread::scope(|scope| {
        let files = scope.spawn(|| write_documents(change, dir));
        let indexed = if parts > 1 && change.base.is_none() && count(change.add) >= parts {
            write_parts(&index, dir, &fields, change.add, parts)
        } else {
            write_one(&index, &fields, change)
        };
        let files = files
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (indexed, files)
    });
    indexed?;
    files?;
    let searcher = index.reader()?.searcher();
    let records = searcher.num_docs();
    let measures = schema::count_operative(&searcher, &fields)? as u64;

    let built_at = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let marker = Marker {
        format: FORMAT_VERSION,
        measures,
        records,
        built_at,
    };
    write_file(dir, MARKER_FILE, &serde_json::to_vec(&marker)?)
}

/// The files of our own beside tantivy's: the documents' metadata, their texts and the
/// corpus manifest.
fn write_documents(change: &Change, dir: &Path) -> Result<()> {
    // The metadata without the texts (stored apart), none of them copied.
    let docs: Vec<Document> = change
        .documents
        .iter()
        .map(|d| Document {
            id: d.id.clone(),
            source: d.source.clone(),
            title: d.title.clone(),
            doc_number: d.doc_number.clone(),
            issuer: d.issuer.clone(),
            date: d.date.clone(),
            year: d.year,
            region: d.region.clone(),
            publisher: d.publisher.clone(),
            url: d.url.clone(),
            text: String::new(),
            lead: d.lead.clone(),
            untitled: d.untitled,
        })
        .collect();
    write_file(dir, DOCUMENTS_FILE, &serde_json::to_vec(&docs)?)?;
    super::texts::write(change.documents, dir)?;
    if let Some(manifest) = change.manifest {
        write_file(dir, MANIFEST_FILE, &serde_json::to_vec(manifest)?)?;
    }
    Ok(())
}

/// Into how many parts a build's new measures are cut, each indexed by its own writer on its
/// own core: one for an incremental build (its deletions and additions go through the live
/// generation's writer) or a small corpus; otherwise a multiple of the cores (see
/// [`parts_for`]).
fn parts_of(change: &Change) -> usize {
    if change.base.is_some() {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    parts_for(count(change.add), cores)
}

/// The parts of a full build of `n` measures on `cores` cores: a multiple of the cores, so
/// that they finish together, and as few as that allows, each within [`PART_MAX_MEASURES`]
/// (a part's writer then never reaches its memory budget, so a part is one segment and its
/// documents keep their corpus order). Every segment is a term dictionary each query term is
/// looked up in and a postings list opened for each of its terms, so a search's work per
/// term grows with the segments (a million measures on two cores: 2 segments, not 18).
fn parts_for(n: usize, cores: usize) -> usize {
    if n < PARALLEL_MIN_MEASURES {
        return 1;
    }
    let cores = cores.max(1);
    cores * n.div_ceil(cores * PART_MAX_MEASURES)
}

/// The measures of a small corpus or an incremental build go through one writer with one
/// indexing thread: the documents get their ids in corpus order, so the index (and every tie
/// in a ranking) is the same from build to build. The analysis runs beforehand on every
/// core, a batch ahead of the indexing thread.
fn write_one(index: &Index, fields: &Fields, change: &Change) -> Result<()> {
    let mut writer: IndexWriter<AnalysedMeasure> =
        index.writer_with_num_threads(1, WRITER_BUDGET)?;
    for doc_id in change.remove_documents {
        writer.delete_term(Term::from_field_text(fields.doc_id, doc_id));
    }
    for batch in cut_runs(change.add, ANALYSIS_BATCH) {
        let chunks = cut_runs(&batch, ANALYSIS_CHUNK);
        let analysed = parallel::map_in_order(&chunks, |chunk| {
            let mut repeated = Repeated::default();
            chunk
                .iter()
                .flat_map(|run| run.iter())
                .map(|measure| to_document(fields, measure, Some(&mut repeated)))
                .collect::<Result<Vec<_>>>()
        });
        for docs in analysed {
            for doc in docs? {
                writer.add_document(doc)?;
            }
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// A full build of a large corpus: the measures cut into `parts` runs in corpus order, each
/// analysed and indexed into a segment of its own, the parts spread over every core, and the
/// segments then listed in the index in the order of their parts. Document addresses (segment,
/// then id within it) follow corpus order as in a one-writer build, so every tie in a ranking
/// falls the same way whichever core built which part; the terms, positions, stored values
/// and statistics are those of the same measures indexed by one writer.
fn write_parts(
    index: &Index,
    dir: &Path,
    fields: &Fields,
    add: &[&[Measure]],
    parts: usize,
) -> Result<()> {
    let runs: Vec<(usize, Vec<&[Measure]>)> = cut_runs(add, count(add).div_ceil(parts))
        .into_iter()
        .enumerate()
        .collect();
    let built = parallel::map_in_order(&runs, |(number, measures)| -> Result<_> {
        let part_dir = dir.join(format!(".part-{number}"));
        std::fs::create_dir_all(&part_dir)
            .map_err(|e| Error::io(format!("creating {}", part_dir.display()), e))?;
        // The part's own thread builds each document, analyses its text fields and indexes
        // it: no tokens are handed over (nor copied twice, as a pre-tokenized text is by
        // tantivy), and no document either. An `IndexWriter` indexes on a thread of its
        // own fed through a channel: with its document store's compressor thread, three
        // threads a part and six on two cores, the documents built on one core and read
        // on another. One writer of one segment needs none of them.
        let tokenizers = TokenizerManager::default();
        analyzer::register_for_indexing(&tokenizers);
        let directory = MmapDirectory::open(&part_dir).map_err(tantivy::TantivyError::from)?;
        // The stored records are compressed on this thread too: on a thread of their own,
        // each 4 KB block ([`DOCSTORE_BLOCK`]) woke it and it slept again — two context
        // switches a block, about 110,000 a build of the 50 MB corpus — while the parts
        // already keep every core busy. The index keeps tantivy's setting (a part's
        // settings are not the index's).
        let settings = IndexSettings {
            docstore_compress_dedicated_thread: false,
            ..index.settings().clone()
        };
        let mut writer: SingleSegmentIndexWriter<AnalysedMeasure> = Index::builder()
            .schema(index.schema())
            .settings(settings)
            .tokenizers(tokenizers)
            .single_segment_index_writer(directory, PART_WRITER_BUDGET)?;
        for measure in measures.iter().flat_map(|run| run.iter()) {
            writer.add_document(to_document(fields, measure, None)?)?;
        }
        let part = writer.finalize()?;
        Ok((part_dir, part.load_metas()?))
    });
    let mut meta = index.load_metas()?;
    let mut managed: Vec<String> = read_managed(dir)?;
    for part in built {
        let (part_dir, part_meta) = part?;
        let mut files: Vec<_> = part_meta.list_segment_files().into_iter().collect();
        files.sort();
        for file in files {
            let (from, to) = (part_dir.join(&file), dir.join(&file));
            if from.exists() {
                std::fs::rename(&from, &to)
                    .map_err(|e| Error::io(format!("moving {}", from.display()), e))?;
                managed.push(file.to_string_lossy().into_owned());
            }
        }
        // A part is one segment (its writer never flushes), listed in the part's order.
        meta.segments.extend(part_meta.segments);
        meta.opstamp = meta.opstamp.max(part_meta.opstamp);
        std::fs::remove_dir_all(&part_dir)
            .map_err(|e| Error::io(format!("removing {}", part_dir.display()), e))?;
    }
    // tantivy's own files: the segments it may garbage-collect later, then the list of
    // segments (written last, as tantivy's commit does).
    managed.sort();
    managed.dedup();
    let mut list = serde_json::to_vec(&managed)?;
    list.push(b'\n');
    write_file(dir, ".managed.json", &list)?;
    let mut metas = serde_json::to_vec_pretty(&meta)?;
    metas.push(b'\n');
    write_file(dir, "meta.json", &metas)
}

/// How many measures `runs` hold.
fn count(runs: &[&[Measure]]) -> usize {
    runs.iter().map(|run| run.len()).sum()
}

/// The measures of `runs`, in order, cut into pieces of `size` (the last one may be shorter),
/// each piece as the runs' parts it holds: the pieces `chunks(size)` cuts the same measures
/// into when they are one list.
fn cut_runs<'a>(runs: &[&'a [Measure]], size: usize) -> Vec<Vec<&'a [Measure]>> {
    let size = size.max(1);
    let mut pieces = Vec::new();
    let mut piece: Vec<&'a [Measure]> = Vec::new();
    let mut room = size;
    for &run in runs {
        let mut rest = run;
        while !rest.is_empty() {
            let (head, tail) = rest.split_at(rest.len().min(room));
            piece.push(head);
            room -= head.len();
            rest = tail;
            if room == 0 {
                pieces.push(std::mem::take(&mut piece));
                room = size;
            }
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// The files tantivy manages in `dir` (`.managed.json`), empty when it has none yet.
fn read_managed(dir: &Path) -> Result<Vec<String>> {
    let path = dir.join(".managed.json");
    match std::fs::read(&path) {
        Ok(bytes) => Ok(serde_json::from_slice(&bytes)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(Error::io(format!("reading {}", path.display()), e)),
    }
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).map_err(|e| Error::io(format!("writing {}", path.display()), e))
}

/// The memory budget of the one writer of a small or incremental build (tantivy flushes a
/// segment when it is reached).
const WRITER_BUDGET: usize = 100_000_000;
/// The memory budget of a part's writer in [`write_parts`]: not an allocation (tantivy's arena
/// grows as the part's postings do) and, the writer being of one segment, no flush either; it
/// sizes the writer's first term table (the same as an `IndexWriter` thread's of this budget,
/// so the segment's files are too), and stays below tantivy's per-thread maximum of 4 GB.
const PART_WRITER_BUDGET: usize = 3_000_000_000;
/// Below this many new measures a full build uses one writer (`write_one`).
const PARALLEL_MIN_MEASURES: usize = 8_192;
/// At most this many measures in one part of `write_parts`: a writer holds about 1,300 bytes
/// a measure of the generated corpus (78,000 filled 100 MB), so a full part about 0.8 GB,
/// well within [`PART_WRITER_BUDGET`] (measures nearly four times as long would still fit).
const PART_MAX_MEASURES: usize = 600_000;
/// Measures analysed ahead of the indexing thread at a time (bounds the memory of analysed
/// documents waiting for it).
const ANALYSIS_BATCH: usize = 4096;
/// Measures a thread analyses in one go.
const ANALYSIS_CHUNK: usize = 256;

/// `text` with its tokens from one of the analyzers (`analyzer::words` or
/// `analyzer::bigrams`), as the registered analyzer gives them: the same tokens, positions
/// and offsets, tokens of [`analyzer::MAX_TOKEN_BYTES`] bytes or more dropped.
fn analysed(text: String, tokens: fn(&str) -> Vec<Token>) -> PreTokenizedString {
    let tokens = tokens(&text)
        .into_iter()
        .filter(|t| t.text.len() < analyzer::MAX_TOKEN_BYTES)
        .collect();
    PreTokenizedString { text, tokens }
}

/// The units and the section field of the measure analysed last: the measures of a document
/// follow one another, and most share their section and document title with the one before
/// (four in five on the generated corpus), many their units, so those are analysed once and
/// their tokens copied. A text gives the same tokens whenever it is analysed.
#[derive(Default)]
struct Repeated {
    units: Option<PreTokenizedString>,
    section: Option<PreTokenizedString>,
}

/// `text`'s jieba words, copied from `last` when it is the same text (`last` then holds them).
fn jieba_of(text: String, last: &mut Option<PreTokenizedString>) -> PreTokenizedString {
    match last {
        Some(done) if done.text == text => done.clone(),
        _ => last.insert(analysed(text, analyzer::words)).clone(),
    }
}

/// Where a measure's text fields are analysed: beforehand, on the cores ahead of a writer's
/// one indexing thread (`Some`, with the tokens of repeated fields), or by the writer itself
/// (`None`: the writer's analyzers are [`analyzer::register_for_indexing`]'s).
fn to_document(
    fields: &Fields,
    measure: &Measure,
    repeated: Option<&mut Repeated>,
) -> Result<AnalysedMeasure> {
    let mut doc = AnalysedMeasure::default();
    doc.add_text(fields.id, &measure.id);
    doc.add_text(fields.doc_id, &measure.doc_id);
    doc.add_text(fields.record, serde_json::to_string(measure)?);
    doc.add_text(fields.part, schema::part_term(measure.part.as_deref()));
    let units: Vec<&str> = measure
        .lead_units
        .iter()
        .chain(&measure.responsible_units)
        .map(String::as_str)
        .collect();
    let units = units.join(" ");
    let section = format!(
        "{} {} {}",
        measure.section,
        measure.doc_title,
        measure.doc_lead.as_deref().unwrap_or("")
    );
    let mut bigram_text = measure.title.clone().unwrap_or_default();
    bigram_text.push('\n');
    bigram_text.push_str(&measure.text);
    match repeated {
        Some(repeated) => {
            let jieba = |text: String| analysed(text, analyzer::words);
            if let Some(title) = &measure.title {
                doc.add_analysed(fields.title, jieba(title.clone()));
            }
            doc.add_analysed(fields.text, jieba(measure.text.clone()));
            doc.add_analysed(fields.units, jieba_of(units, &mut repeated.units));
            doc.add_analysed(fields.section, jieba_of(section, &mut repeated.section));
            doc.add_analysed(fields.bigram, analysed(bigram_text, analyzer::bigrams));
        }
        None => {
            if let Some(title) = &measure.title {
                doc.add_text(fields.title, title);
            }
            doc.add_text(fields.text, &measure.text);
            doc.add_text(fields.units, units);
            doc.add_text(fields.section, section);
            doc.add_text(fields.bigram, bigram_text);
        }
    }
    if !measure.region.trim().is_empty() {
        doc.add_facet(fields.region, region_facet(&measure.region));
    }
    if !measure.domain.trim().is_empty() {
        doc.add_facet(fields.domain, Facet::from_path([measure.domain.trim()]));
    }
    let mut seen = std::collections::HashSet::new();
    for unit in &measure.lead_units {
        if unit.trim().is_empty() {
            continue;
        }
        // One entry per body and place, whatever the spelling (extract/units.rs).
        let key = LeadUnit::of(unit, &measure.region).key();
        if seen.insert(key.clone()) {
            doc.add_facet(fields.lead_unit, Facet::from_path([key]));
        }
    }
    for (field, labels) in [
        (fields.beneficiary, &measure.beneficiaries),
        (fields.benefit_type, &measure.benefit_types),
    ] {
        for label in labels.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
            doc.add_facet(field, Facet::from_path([label]));
        }
    }
    let year = measure
        .year
        .and_then(|y| i32::try_from(y).ok())
        .or_else(|| year_of(measure.date.as_deref()));
    if let Some(year) = year {
        doc.add_facet(fields.year_facet, Facet::from_path([year.to_string()]));
    }
    doc.add_i64(fields.year, year.unwrap_or(0) as i64);
    // A document known only by its year (a plan stating no date: `Measure::year`) sorts and
    // falls in month ranges as that year's January, as a date written `2021` does: the
    // month range over a whole year then holds what the year filter holds.
    let date = match date_key(measure.date.as_deref()) {
        0 => year.map_or(0, |year| u64::from(year.unsigned_abs()) * 10_000),
        key => key,
    };
    doc.add_u64(fields.date, date);
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure() -> Measure {
        Measure {
            id: "doc-0".into(),
            doc_id: "doc".into(),
            doc_title: "实施方案".into(),
            source: "doc.txt".into(),
            region: "山东省".into(),
            domain: "开办企业".into(),
            text: "企业开办1个工作日办结。".into(),
            ..Default::default()
        }
    }

    #[test]
    fn counts_of_measures_leave_general_provisions_out() {
        // A law's 总则 and a plan's goals are records to find and quote, not measures: the
        // marker (`/healthz`) and the home page's overview count the operative ones apart.
        let general = Measure {
            id: "doc-1".into(),
            seq: 1,
            part: Some("总则".into()),
            text: "为了优化营商环境,制定本条例。".into(),
            ..measure()
        };
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index");
        crate::index::write(&[measure(), general], &target).unwrap();
        let engine = crate::search::SearchEngine::open(&target).unwrap();
        let marker = &engine.info().marker;
        assert_eq!((marker.measures, marker.records), (1, 2));
        let overview = engine.overview().unwrap();
        assert_eq!(overview.measures, 1);
        assert_eq!(overview.regions.iter().map(|r| r.count).sum::<u64>(), 1);
        assert_eq!(engine.all_measures().unwrap().len(), 2);
        // Browsing lists what the home page counts; a search finds the general provision.
        let browse = crate::search::SearchQuery::default();
        assert_eq!(engine.search(&browse).unwrap().total, 1);
        let search = crate::search::SearchQuery {
            q: "条例".into(),
            ..Default::default()
        };
        assert_eq!(engine.search(&search).unwrap().hits[0].measure.id, "doc-1");
    }

    #[test]
    fn only_an_index_or_an_empty_directory_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index");
        // Missing, then only `.gitignore` (a fresh clone's `index/`), then a rebuild.
        crate::index::write(&[measure()], &target).unwrap();
        std::fs::remove_dir_all(&target).unwrap();
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join(".gitignore"), "*\n").unwrap();
        crate::index::write(&[measure()], &target).unwrap();
        crate::index::write(&[measure()], &target).unwrap();
        assert!(target.join(CURRENT_FILE).is_file());

        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(corpus.join("plan.txt"), "正文").unwrap();
        let err = crate::index::write(&[measure()], &corpus).unwrap_err();
        assert!(
            matches!(err, Error::User(UserError::NotAnIndexDir { .. })),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.contains("corpus") && message.contains("plan.txt"),
            "{message}"
        );
        assert!(corpus.join("plan.txt").is_file());
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(crate::index::write(&[measure()], &file).is_err());
        assert!(file.is_file());
    }

    #[test]
    fn a_build_in_parts_searches_as_one_writer_builds() {
        // The measures of the development corpus, indexed by one writer and in three parts.
        let dir = tempfile::tempdir().unwrap();
        let corpus_index = dir.path().join("corpus-index");
        crate::index::build(Path::new("corpus"), &corpus_index).unwrap();
        let measures = crate::search::SearchEngine::open(&corpus_index)
            .unwrap()
            .all_measures()
            .unwrap();
        assert!(measures.len() > 3, "{}", measures.len());
        let documents = crate::index::documents_of(&measures);
        let build = |name: &str, parts: usize| {
            let target = dir.path().join(name);
            let change = Change {
                base: None,
                remove_documents: &[],
                add: &[&measures],
                documents: &documents,
                manifest: None,
            };
            let live = write_generation_in(&target, &change, parts).unwrap();
            let segments = Index::open_in_dir(&live.dir)
                .unwrap()
                .searchable_segment_metas()
                .unwrap();
            (
                crate::search::SearchEngine::open(&target).unwrap(),
                segments,
            )
        };
        let (one, one_segments) = build("one", 1);
        let (parts, part_segments) = build("parts", 3);
        assert_eq!(one_segments.len(), 1);
        // One segment a part, in corpus order.
        let sizes: Vec<u32> = part_segments.iter().map(|s| s.max_doc()).collect();
        let per_part = measures.len().div_ceil(3) as u32;
        assert_eq!(sizes[..2], [per_part, per_part], "{sizes:?}");
        assert_eq!(sizes.iter().sum::<u32>() as usize, measures.len());
        let export = |engine: &crate::search::SearchEngine| {
            serde_json::to_string(&engine.all_measures().unwrap()).unwrap()
        };
        assert_eq!(export(&one), export(&parts));
        // The same hits, in the same order, with the same scores and snippets: the same
        // terms, positions and statistics, and ties falling the same way.
        for q in [
            "企业",
            "办理",
            "补贴",
            "营业执照",
            "一网通办",
            "工作日",
            "2020",
        ] {
            let query = crate::search::SearchQuery {
                q: q.to_owned(),
                limit: 50,
                ..Default::default()
            };
            let a = serde_json::to_string(&one.search(&query).unwrap()).unwrap();
            let b = serde_json::to_string(&parts.search(&query).unwrap()).unwrap();
            assert_eq!(a, b, "{q}");
        }
    }

    #[test]
    fn runs_are_cut_where_one_list_is_chunked() {
        let measures: Vec<Measure> = (0..23)
            .map(|i| Measure {
                id: i.to_string(),
                ..Default::default()
            })
            .collect();
        // Runs of uneven lengths, empty ones among them.
        let mut runs: Vec<&[Measure]> = Vec::new();
        let mut at = 0;
        for len in [0, 5, 1, 0, 9, 3, 5] {
            runs.push(&measures[at..at + len]);
            at += len;
        }
        assert_eq!(at, measures.len());
        assert_eq!(count(&runs), measures.len());
        let ids = |ms: &mut dyn Iterator<Item = &Measure>| -> Vec<String> {
            ms.map(|m| m.id.clone()).collect()
        };
        for size in 1..=25 {
            let cut: Vec<Vec<String>> = cut_runs(&runs, size)
                .iter()
                .map(|piece| ids(&mut piece.iter().flat_map(|run| run.iter())))
                .collect();
            let chunked: Vec<Vec<String>> = measures
                .chunks(size)
                .map(|chunk| ids(&mut chunk.iter()))
                .collect();
            assert_eq!(cut, chunked, "{size}");
        }
        assert!(cut_runs(&[], 4).is_empty());
    }

    #[test]
    fn a_large_build_is_as_few_segments_as_the_cores_allow() {
        // A million measures on two cores: one part, so one segment, a core (it was 18
        // segments of at most 60,000 measures, each looked up for every query term).
        assert_eq!(parts_for(1_000_000, 2), 2);
        assert_eq!(parts_for(111_341, 2), 2);
        assert_eq!(parts_for(1_000_000, 1), 2);
        assert_eq!(parts_for(3_000_000, 2), 6);
        assert_eq!(parts_for(1_000_000, 16), 16);
        assert_eq!(parts_for(PARALLEL_MIN_MEASURES - 1, 2), 1);
        for (n, cores) in [
            (1_000_000, 2),
            (3_000_000, 2),
            (100_000, 7),
            (10_000_000, 3),
        ] {
            let parts = parts_for(n, cores);
            assert_eq!(parts % cores, 0, "{n} {cores}");
            assert!(n.div_ceil(parts) <= PART_MAX_MEASURES, "{n} {cores}");
        }
    }

    #[test]
    fn a_first_layout_index_moves_to_generations() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index");
        // An index of the first layout: the files of a generation directly in `index/`.
        let built = crate::index::write(&[measure()], &target).unwrap();
        for entry in std::fs::read_dir(&built.dir).unwrap().flatten() {
            if entry.file_type().unwrap().is_file() {
                std::fs::rename(entry.path(), target.join(entry.file_name())).unwrap();
            }
        }
        std::fs::remove_dir_all(&built.dir).unwrap();
        std::fs::remove_file(target.join(CURRENT_FILE)).unwrap();
        let old = generation::current(&target).unwrap().unwrap();
        assert_eq!(old.number, 0);
        assert!(crate::search::SearchEngine::open(&target).is_ok());
        let live = crate::index::write(&[measure()], &target).unwrap();
        assert_eq!(generation::current(&target).unwrap(), Some(live.clone()));
        assert!(!target.join(MARKER_FILE).exists() && !target.join("meta.json").exists());
        assert!(live.dir.join(MARKER_FILE).is_file());
        assert_eq!(
            crate::search::SearchEngine::open(&target)
                .unwrap()
                .measure_count(),
            1
        );
    }

    /// Records are stored a few to a block, in a build by one writer and in parts alike (the
    /// parts take the index's settings), so reading one record decompresses a few measures,
    /// not a dozen.
    #[test]
    fn records_are_stored_a_few_to_a_block() {
        let dir = tempfile::tempdir().unwrap();
        let measures: Vec<Measure> = (0..120)
            .map(|i| Measure {
                id: format!("doc-{i}"),
                text: format!("{i}号措施:").repeat(10) + &"企业开办一个工作日办结。".repeat(20),
                ..measure()
            })
            .collect();
        let documents = crate::index::documents_of(&measures);
        for parts in [1, 3] {
            let change = Change {
                base: None,
                remove_documents: &[],
                add: &[&measures],
                documents: &documents,
                manifest: None,
            };
            let live =
                write_generation_in(&dir.path().join(format!("p{parts}")), &change, parts).unwrap();
            let index = Index::open_in_dir(&live.dir).unwrap();
            assert_eq!(index.settings().docstore_blocksize, DOCSTORE_BLOCK);
            // A cache of one block: each record of another block than the last is a miss.
            let searcher = index
                .reader_builder()
                .doc_store_cache_num_blocks(1)
                .try_into()
                .unwrap()
                .searcher();
            let mut docs = 0;
            for (ord, segment) in searcher.segment_readers().iter().enumerate() {
                for doc in 0..segment.max_doc() {
                    let address = tantivy::DocAddress::new(ord as u32, doc);
                    searcher.doc::<tantivy::TantivyDocument>(address).unwrap();
                }
                docs += segment.max_doc() as usize;
            }
            let blocks = searcher.doc_store_cache_stats().cache_misses;
            assert_eq!(docs, measures.len());
            assert!(blocks * 4 >= docs, "{docs} records in {blocks} blocks");
        }
    }
}
