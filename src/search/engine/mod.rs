//! The search engine over a built index: open once, share by cloning (an `IndexReader` inside).
//! What it does is in one file a job: `retrieval.rs` runs a search (the query analysed by
//! [`crate::search::query`], one tantivy pass collecting the page, the total and the facet
//! counts, a snippet cut for each hit); `filters.rs` resolves filter values against the index's
//! own (place names → region paths, lead units written without their place) and names those
//! no measure carries; `records.rs` reads the rest (a measure, a document, similar measures,
//! the overview, the index statistics the Q&A reads). This file opens the index and loads
//! measures from it.

mod citing;
mod filters;
mod records;
mod retrieval;
#[cfg(test)]
mod testing;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use tantivy::collector::Count;
use tantivy::schema::document::{DeserializeError, DocumentDeserialize, DocumentDeserializer};
use tantivy::schema::Field;
use tantivy::{DocAddress, IndexReader, ReloadPolicy, Searcher};

use crate::corpus::region_path::RegionPath;
use crate::index::read;
use crate::index::schema::{self, Fields};
use crate::search::analysis::{self, Analysis};
use crate::search::facets::{self, FacetColumns, FacetCounter, FACET_FIELDS};
use crate::search::partial;
use crate::search::rank::RerankFields;
use crate::search::snippet::{make_snippet, SNIPPET_CHARS};
use crate::search::vocabulary::RegionAliases;
use crate::search::{Hit, Overview};
use crate::{Document, Measure, Result};

/// Decompressed doc store blocks (16 KB each, several measures a block) kept in memory, for
/// the whole index. Every relevance search loads its [`crate::search::rank::RERANK_POOL`] best
/// candidates from the store to rerank them; tantivy's default of 100 blocks a segment is soon
/// exhausted by that, and each miss costs an LZ4 block decompression. tantivy keeps a cache per
/// segment, so the budget is shared out among the segments ([`cache_blocks_per_segment`]): a
/// million measures are indexed in 18 segments, and 1000 blocks each let the caches grow to
/// 290 MB of the server's memory as distinct queries came in.
const DOC_STORE_CACHE_BLOCKS: usize = 2000;

/// The least each segment's doc store cache keeps, however many segments share the budget.
const MIN_CACHE_BLOCKS_PER_SEGMENT: usize = 16;

/// The doc store blocks each of `segments` segments keeps: [`DOC_STORE_CACHE_BLOCKS`] shared
/// out, so the index's caches stay within it (about 32 MB) whatever the number of segments.
fn cache_blocks_per_segment(segments: usize) -> usize {
    (DOC_STORE_CACHE_BLOCKS / segments.max(1)).max(MIN_CACHE_BLOCKS_PER_SEGMENT)
}

/// A handle on the index; cheap to clone, safe to share across threads.
#[derive(Clone)]
pub struct SearchEngine {
    inner: Arc<Inner>,
    /// When set ([`SearchEngine::with_deadline`]), work past this instant stops with
    /// `InternalError::DeadlineExceeded`: a request that timed out does not keep computing.
    deadline: Option<Instant>,
}

struct Inner {
    reader: IndexReader,
    fields: Fields,
    documents: Vec<Document>,
    /// The documents' texts, read when a document is shown.
    texts: crate::index::texts::Texts,
    doc_positions: HashMap<String, usize>,
    regions: RegionAliases,
    region_paths: HashSet<String>,
    /// The facet columns, decoded once (see [`FacetColumns`]).
    facet_columns: Arc<FacetColumns>,
    /// Every value of the domain, lead unit and year facets.
    known: facets::KnownValues,
    /// Partial-word matching of rare query words (tables built on first need).
    partial: partial::PartialMatcher,
    /// The measures holding each character asked so far, anywhere in title or text (what
    /// finds a single-character concept and weighs it: [`crate::search::matching`]).
    chars: Arc<crate::search::matching::CharSets>,
    /// The home page's counts, computed once at open (the index does not change under a
    /// reader with a manual reload policy).
    overview: Overview,
    /// Generation, size and age of the index; holds the lease that keeps it on disk.
    info: read::IndexInfo,
}

impl SearchEngine {
    /// Opens the index at `dir`.
    pub fn open(dir: &Path) -> Result<Self> {
        let opened = read::open(dir)?;
        let segments = opened.index.searchable_segment_ids()?.len();
        let reader = opened
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(cache_blocks_per_segment(segments))
            .try_into()?;
        let mut region_paths = HashSet::new();
        for doc in &opened.documents {
            let mut path = String::new();
            for part in RegionPath::new(&doc.region).levels() {
                if !path.is_empty() {
                    path.push('/');
                }
                path.push_str(part);
                region_paths.insert(path.clone());
            }
        }
        // Regions of measures may differ from their document's: take the index's own values.
        // The home page counts operative measures: a law's 总则/附则 and a plan's goals are
        // indexed to be found, but they are no measure of a region or a domain.
        let searcher: Searcher = reader.searcher();
        let facet_columns = Arc::new(FacetColumns::load(&searcher, &FACET_FIELDS)?);
        let (total, counts) = searcher.search(
            &schema::operative_query(&opened.fields),
            &(
                Count,
                FacetCounter::new(&["region", "domain"], &facet_columns),
            ),
        )?;
        let mut counts = counts.into_maps().into_iter();
        let region_counts = counts.next().unwrap_or_default();
        let domain_counts = counts.next().unwrap_or_default();
        for path in facets::every_level(&region_counts).into_keys() {
            region_paths.insert(path);
        }
        let overview = facets::overview(
            total,
            opened.documents.len(),
            &region_counts,
            &domain_counts,
        );
        let regions = RegionAliases::new(region_paths.iter().map(String::as_str));
        let doc_positions = opened
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        Ok(SearchEngine {
            inner: Arc::new(Inner {
                reader,
                fields: opened.fields,
                documents: opened.documents,
                texts: opened.texts,
                doc_positions,
                regions,
                region_paths,
                known: facets::KnownValues::of(&facet_columns),
                facet_columns,
                partial: partial::PartialMatcher::new(),
                chars: Default::default(),
                overview,
                info: opened.info,
            }),
            deadline: None,
        })
    }

    /// The same engine, stopping work past `deadline` (the server passes each request's).
    pub fn with_deadline(&self, deadline: Instant) -> SearchEngine {
        SearchEngine {
            inner: Arc::clone(&self.inner),
            deadline: Some(deadline),
        }
    }

    /// `Err(DeadlineExceeded)` once the deadline has passed: checked between the steps and
    /// inside the loops of a search, so timed-out work ends soon after its request.
    pub fn check_deadline(&self) -> Result<()> {
        match self.deadline {
            Some(deadline) if Instant::now() >= deadline => {
                Err(crate::error::InternalError::DeadlineExceeded.into())
            }
            _ => Ok(()),
        }
    }

    /// Which generation of the index this is, its measure count and build time.
    pub fn info(&self) -> &read::IndexInfo {
        &self.inner.info
    }

    /// The query's analysis, for the Q&A and for debugging (`words`, `regions` …).
    pub fn analyze(&self, q: &str) -> Analysis {
        analysis::analyze(q, &self.inner.regions)
    }

    pub(super) fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<Measure> {
        Ok(serde_json::from_str(&self.record(searcher, address)?)?)
    }

    /// The stored record of a measure: the whole [`Measure`] as JSON.
    pub(super) fn record(&self, searcher: &Searcher, address: DocAddress) -> Result<String> {
        self.check_deadline()?;
        let stored: Stored = searcher.doc(address)?;
        Ok(stored.take(self.inner.fields.record))
    }
}

/// A measure's stored fields as their strings, read straight from the store's bytes: the
/// rerank reads the record of every candidate (about fifty a search), and a `TantivyDocument`
/// copied each record into its own layout before the record was copied out of it again.
/// Every stored field of the schema is text (`id`, `doc_id`, `record`:
/// [`crate::index::schema::build_schema`]), so each value is read as a string.
struct Stored(Vec<(Field, String)>);

impl Stored {
    /// The first value of `field`, `{}` when the measure has none (as an empty record).
    fn take(self, field: Field) -> String {
        self.0
            .into_iter()
            .find(|(f, _)| *f == field)
            .map_or_else(|| "{}".to_owned(), |(_, value)| value)
    }
}

impl DocumentDeserialize for Stored {
    fn deserialize<'de, D>(mut deserializer: D) -> std::result::Result<Self, DeserializeError>
    where
        D: DocumentDeserializer<'de>,
    {
        let mut values = Vec::with_capacity(deserializer.size_hint());
        while let Some(value) = deserializer.next_field::<String>()? {
            values.push(value);
        }
        Ok(Stored(values))
    }
}

/// What the rerank reads of a measure ([`RerankFields`]) from its stored `record`, the rest
/// of it skipped.
pub(super) fn for_rerank(record: &str) -> Result<Measure> {
    Ok(serde_json::from_str::<RerankFields>(record)?.into())
}

pub(super) fn to_hit(measure: Measure, score: f32, terms: &HashSet<String>) -> Hit {
    let snippet = make_snippet(&measure.text, terms, SNIPPET_CHARS);
    Hit {
        measure,
        snippet,
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserError;
    use crate::Error;

    #[test]
    fn the_doc_store_caches_share_one_budget() {
        for segments in [1, 2, 3, 18, 100] {
            assert!(segments * cache_blocks_per_segment(segments) <= DOC_STORE_CACHE_BLOCKS);
        }
        // A two-segment index (the 111,341-measure benchmark's) keeps what it kept.
        assert_eq!(cache_blocks_per_segment(2), 1000);
        assert_eq!(cache_blocks_per_segment(0), DOC_STORE_CACHE_BLOCKS);
        assert_eq!(
            cache_blocks_per_segment(100_000),
            MIN_CACHE_BLOCKS_PER_SEGMENT
        );
    }

    /// The doc store is read, not mapped (`index::store_file`): after the warm-up, whose
    /// partial-word tables read every stored record, and a search with its hits, no `.store`
    /// file is among the process's mappings; the postings are (tantivy's own mapping).
    #[cfg(target_os = "linux")]
    #[test]
    fn the_doc_store_is_read_not_mapped() {
        let (dir, engine) = super::testing::fixture();
        engine.warm_up();
        let results = engine.search(&super::testing::q("企业开办")).unwrap();
        assert!(!results.hits.is_empty());
        let root = dir.path().display().to_string();
        let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
        let ours: Vec<&str> = maps.lines().filter(|l| l.contains(&root)).collect();
        assert!(ours.iter().any(|l| l.ends_with(".idx")), "{ours:#?}");
        assert!(!ours.iter().any(|l| l.ends_with(".store")), "{ours:#?}");
    }

    #[test]
    fn opening_something_else_is_no_index() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            SearchEngine::open(dir.path()),
            Err(Error::User(UserError::NoIndex { .. }))
        ));
    }
}
