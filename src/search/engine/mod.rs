//! The search engine over a built index: open once, share by cloning (an `IndexReader` inside).
//! A search analyses the query ([`crate::search::query`]), runs one tantivy pass that collects
//! the page, the total and the facet counts, and cuts a snippet for each hit. The records
//! (a measure, a document, similar measures, the overview) and the index statistics the Q&A
//! reads are in [`records`].

mod records;

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::AllQuery;
use tantivy::schema::Value;
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, Searcher, TantivyDocument};

use crate::index::read;
use crate::index::schema::Fields;
use crate::search::analysis::{self, Analysis};
use crate::search::facets::{self, FacetColumns, FacetCounter, FACET_FIELDS};
use crate::search::partial;
use crate::search::query::{self, Filters};
use crate::search::rank::Ranker;
use crate::search::snippet::{make_snippet, SNIPPET_CHARS};
use crate::search::vocabulary::RegionAliases;
use crate::search::{Hit, Overview, SearchQuery, SearchResults, Sort};
use crate::{Document, Measure, Result};

/// Decompressed doc store blocks (16 KB each, several measures a block) kept per segment.
/// Every relevance search loads its [`crate::search::rank::RERANK_POOL`] best candidates from the store to
/// rerank them; tantivy's default of 100 blocks is soon exhausted by that, and each miss
/// costs an LZ4 block decompression. 1000 blocks is at most 16 MB per segment.
const DOC_STORE_CACHE_BLOCKS: usize = 1000;

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
    /// Partial-word matching of rare query words (tables built on first need).
    partial: partial::PartialMatcher,
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
        let reader = opened
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(DOC_STORE_CACHE_BLOCKS)
            .try_into()?;
        let mut region_paths = HashSet::new();
        for doc in &opened.documents {
            let mut path = String::new();
            for part in doc.region.split('/').filter(|p| !p.is_empty()) {
                if !path.is_empty() {
                    path.push('/');
                }
                path.push_str(part);
                region_paths.insert(path.clone());
            }
        }
        // Regions of measures may differ from their document's: take the index's own values.
        let searcher: Searcher = reader.searcher();
        let facet_columns = Arc::new(FacetColumns::load(&searcher, &FACET_FIELDS)?);
        let (total, counts) = searcher.search(
            &AllQuery,
            &(
                Count,
                FacetCounter::new(&["region", "domain"], &facet_columns),
            ),
        )?;
        let mut counts = counts.into_iter();
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
                facet_columns,
                partial: partial::PartialMatcher::new(),
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

    /// Runs a search: ranked hits for the page asked, facets over all matches (when asked).
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        query.check()?;
        self.search_analyzed(query, &self.analyze(&query.q))
    }

    /// [`search`](Self::search) with the query already analysed ([`Self::analyze`] of
    /// `query.q`): a caller running several searches of one text analyses it once.
    pub fn search_analyzed(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
    ) -> Result<SearchResults> {
        query.check()?;
        self.check_deadline()?;
        let inner = &*self.inner;
        let filters = Filters {
            region: query.region.as_deref().map(|r| self.resolve_region(r)),
            domain: query.domain.clone().filter(|d| !d.trim().is_empty()),
            lead_unit: query.lead_unit.clone().filter(|u| !u.trim().is_empty()),
            year: query.year,
            beneficiary: query.beneficiary.clone().filter(|b| !b.trim().is_empty()),
            benefit_type: query.benefit_type.clone().filter(|t| !t.trim().is_empty()),
        };
        let searcher = inner.reader.searcher();
        let variants = inner.partial.variants(analysis, &searcher, &inner.fields);
        let scoring = if query.q.trim().is_empty() {
            None
        } else {
            partial::with_variants(
                &inner.fields,
                query::scoring_query(&inner.fields, analysis),
                &variants,
            )
        };
        let tantivy_query = query::full_query(&inner.fields, scoring, &filters);
        let counter = query
            .facets
            .then(|| FacetCounter::new(&FACET_FIELDS, &inner.facet_columns));
        let end = query.offset + query.limit;
        let load = |address| self.load(&searcher, address);
        let (page, total, facet_maps): (Vec<(f32, Measure)>, usize, _) = match query.sort {
            Sort::Relevance => {
                let ranker = Ranker::new(&searcher, &inner.fields);
                let collector =
                    Ranker::collector(analysis, &inner.facet_columns, Ranker::pool(end));
                let (top, total, maps) =
                    searcher.search(&tantivy_query, &(collector, Count, counter))?;
                let scored = ranker.rerank(&top, analysis, &variants, load)?;
                let reranked = scored.len();
                let mut page: Vec<(f32, Measure)> = scored
                    .into_iter()
                    .skip(query.offset)
                    .take(query.limit)
                    .collect();
                // Beyond the rerank pool, BM25's order.
                let from = reranked.max(query.offset);
                for &(score, address) in top.iter().skip(from).take(end.saturating_sub(from)) {
                    page.push((score, load(address)?));
                }
                (page, total, maps)
            }
            Sort::Date => {
                let page = TopDocs::with_limit(query.limit).and_offset(query.offset);
                let (docs, total, maps) = searcher.search(
                    &tantivy_query,
                    &(
                        page.order_by_fast_field::<u64>("date", Order::Desc),
                        Count,
                        counter,
                    ),
                )?;
                let mut page = Vec::with_capacity(docs.len());
                for (_, address) in docs {
                    page.push((0.0, load(address)?));
                }
                (page, total, maps)
            }
        };
        if total == 0 {
            return Ok(SearchResults::default());
        }
        self.check_deadline()?;
        let terms = analysis.highlight_terms();
        let hits = page
            .into_iter()
            .map(|(score, measure)| to_hit(measure, score, &terms))
            .collect();
        Ok(SearchResults {
            total,
            hits,
            facets: facet_maps.map(facets::to_facets).unwrap_or_default(),
        })
    }

    /// The query's analysis, for the Q&A and for debugging (`words`, `regions` …).
    pub fn analyze(&self, q: &str) -> Analysis {
        analysis::analyze(q, &self.inner.regions)
    }

    /// The region path a filter value names: a path in the index as is, else a place name
    /// resolved through the aliases (威海 → 山东省/威海市), else the value itself.
    pub fn resolve_region(&self, value: &str) -> String {
        let value = value.trim().trim_matches('/');
        if self.inner.region_paths.contains(value) {
            return value.to_owned();
        }
        self.inner
            .regions
            .resolve(value)
            .unwrap_or_else(|| value.to_owned())
    }

    pub(super) fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<Measure> {
        self.check_deadline()?;
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc
            .get_first(self.inner.fields.record)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        Ok(serde_json::from_str(json)?)
    }
}

pub(super) fn to_hit(measure: Measure, score: f32, terms: &HashSet<String>) -> Hit {
    let snippet = make_snippet(&measure.text, terms, SNIPPET_CHARS);
    Hit {
        id: measure.id,
        title: measure.title,
        text: measure.text,
        snippet,
        region: measure.region,
        domain: measure.domain,
        lead_units: measure.lead_units,
        deadlines: measure.deadlines,
        doc_id: measure.doc_id,
        doc_title: measure.doc_title,
        doc_number: measure.doc_number,
        source: measure.source,
        date: measure.date,
        score,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserError;
    use crate::search::{SearchQuery, MAX_LIMIT, MAX_QUERY_CHARS};
    use crate::Error;

    fn measure(
        id: &str,
        doc: &str,
        region: &str,
        domain: &str,
        title: &str,
        text: &str,
    ) -> Measure {
        Measure {
            id: id.into(),
            doc_id: doc.into(),
            doc_title: format!("{doc}实施方案"),
            source: format!("{doc}.txt"),
            date: Some(
                if doc == "weihai" {
                    "2020-07-24"
                } else {
                    "2022-03-01"
                }
                .into(),
            ),
            region: region.into(),
            domain: domain.into(),
            section: "（一）企业开办".into(),
            title: Some(title.into()),
            text: text.into(),
            lead_units: vec!["市行政审批服务局".into()],
            seq: id.rsplit('-').next().unwrap().parse().unwrap(),
            ..Default::default()
        }
    }

    fn fixture() -> (tempfile::TempDir, SearchEngine) {
        let measures = vec![
            measure(
                "weihai-0",
                "weihai",
                "山东省/威海市",
                "开办企业",
                "降低企业开办成本",
                "为新开办企业免费刻制公章,企业开办1个工作日办结。",
            ),
            measure(
                "weihai-1",
                "weihai",
                "山东省/威海市",
                "登记财产",
                "不动产登记",
                "企业间转移不动产登记业务即时办结。",
            ),
            measure(
                "bayuquan-0",
                "bayuquan",
                "辽宁省/营口市/鲅鱼圈区",
                "开办企业",
                "推行一业一证",
                "推行“一业一证”改革,实现拿地即开工。",
            ),
            measure(
                "shandong-0",
                "shandong",
                "山东省",
                "纳税",
                "推广税务Ukey",
                "推行税务Ukey不见面发行,小规模纳税人免费提供。",
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        // A rebuild swaps the index in place.
        crate::index::write(&measures, &index_dir).unwrap();
        let engine = SearchEngine::open(&index_dir).unwrap();
        (dir, engine)
    }

    fn q(text: &str) -> SearchQuery {
        SearchQuery {
            q: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn search_ranks_filters_and_counts() {
        let (_dir, engine) = fixture();
        let results = engine.search(&q("开办企业刻章免费吗")).unwrap();
        assert_eq!(results.hits[0].id, "weihai-0");
        assert!(!results.hits[0].snippet.highlights.is_empty());
        let region = |v: &str| {
            results
                .facets
                .region
                .iter()
                .find(|f| f.value == v)
                .map(|f| f.count)
        };
        assert!(region("山东省").is_some());

        let filtered = engine
            .search(&SearchQuery {
                region: Some("辽宁省".into()),
                ..q("开办企业")
            })
            .unwrap();
        assert!(filtered.hits.iter().all(|h| h.region.starts_with("辽宁省")));

        let all = engine.search(&SearchQuery::default()).unwrap();
        assert_eq!(all.total, 4);
        let counts: Vec<_> = all
            .facets
            .region
            .iter()
            .map(|f| (f.value.as_str(), f.count))
            .collect();
        assert!(counts.contains(&("山东省", 3)), "{counts:?}");
        assert!(counts.contains(&("山东省/威海市", 2)), "{counts:?}");
        assert_eq!(all.facets.year.len(), 2);

        let none = engine
            .search(&SearchQuery {
                domain: Some("没有这个领域".into()),
                ..q("企业")
            })
            .unwrap();
        assert_eq!(none.total, 0);
        assert!(none.hits.is_empty() && none.facets.region.is_empty());

        let by_year = engine
            .search(&SearchQuery {
                year: Some(2020),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(by_year.total, 2);
    }

    #[test]
    fn whole_terms_match_through_bigrams_and_regions_boost() {
        let (_dir, engine) = fixture();
        assert_eq!(
            engine.search(&q("一业一证")).unwrap().hits[0].id,
            "bayuquan-0"
        );
        assert_eq!(
            engine.search(&q("税务UKEY")).unwrap().hits[0].id,
            "shandong-0"
        );
        let r = engine.search(&q("鲅鱼圈 推行")).unwrap();
        assert_eq!(r.hits[0].id, "bayuquan-0");
        assert_eq!(engine.resolve_region("威海"), "山东省/威海市");
    }

    #[test]
    fn bad_parameters_are_user_errors() {
        let (_dir, engine) = fixture();
        for query in [
            SearchQuery {
                limit: 0,
                ..q("企业")
            },
            SearchQuery {
                limit: MAX_LIMIT + 1,
                ..q("企业")
            },
            q(&"企".repeat(MAX_QUERY_CHARS + 1)),
        ] {
            assert!(matches!(engine.search(&query), Err(Error::User(_))));
        }
    }

    #[test]
    fn records_documents_and_precedents() {
        let (_dir, engine) = fixture();
        assert_eq!(engine.measure("weihai-1").unwrap().domain, "登记财产");
        assert!(matches!(
            engine.measure("nope"),
            Err(Error::User(UserError::MeasureNotFound(_)))
        ));
        let view = engine.document("weihai").unwrap();
        assert_eq!(view.measures.len(), 2);
        assert_eq!(view.measures[0].seq, 0);
        assert!(engine.document("nope").is_err());
        let similar = engine.similar("weihai-0", 5).unwrap();
        assert!(similar.iter().all(|h| h.region != "山东省/威海市"));
        assert_eq!(similar[0].id, "bayuquan-0");
        let overview = engine.overview().unwrap();
        assert_eq!((overview.measures, overview.documents), (4, 3));
        let all = engine.all_measures().unwrap();
        assert_eq!(all.len(), 4);
        assert_eq!(all[0].id, "weihai-0");
        let by_date = engine
            .search(&SearchQuery {
                sort: Sort::Date,
                ..q("企业")
            })
            .unwrap();
        assert_eq!(by_date.hits[0].date.as_deref(), Some("2022-03-01"));
        let json = serde_json::to_value(engine.search(&q("免费刻制公章")).unwrap()).unwrap();
        assert!(json["hits"][0]["highlights"][0].is_array(), "{json}");
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
