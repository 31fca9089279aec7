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

use crate::corpus::region_path::RegionPath;
use crate::index::read;
use crate::index::schema::Fields;
use crate::search::analysis::{self, Analysis};
use crate::search::facets::{self, FacetColumns, FacetCounter, FACET_FIELDS};
use crate::search::matching::{concept_filter, ConceptQuery};
use crate::search::partial;
use crate::search::query;
use crate::search::rank::{add_forms, Ranker, RerankFields};
use crate::search::request::{FacetKind, Filters};
use crate::search::snippet::{make_snippet, SNIPPET_CHARS};
use crate::search::vocabulary::RegionAliases;
use crate::search::{Hit, Overview, SearchQuery, SearchResults, Sort, UnknownFilter};
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
    /// Every value of the domain, lead unit and year facets.
    known: facets::KnownValues,
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
            for part in RegionPath::new(&doc.region).levels() {
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
                known: facets::KnownValues::of(&facet_columns),
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
        self.run(query, analysis, true)
    }

    /// [`search`](Self::search) counting every measure that shares a word with the query as
    /// a match, not only those holding enough of it ([`crate::search::matching`]): for a
    /// caller that judges each candidate by a rule of its own (the precedents' concepts).
    pub fn candidates(&self, query: &SearchQuery) -> Result<SearchResults> {
        query.check()?;
        self.candidates_analyzed(query, &self.analyze(&query.q))
    }

    /// [`candidates`](Self::candidates) with the query already analysed: the Q&A gathers
    /// candidates to inspect and weighs each one's coverage itself, so it wants them all.
    pub fn candidates_analyzed(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
    ) -> Result<SearchResults> {
        self.run(query, analysis, false)
    }

    fn run(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
        minimum_share: bool,
    ) -> Result<SearchResults> {
        query.check()?;
        self.check_deadline()?;
        let inner = &*self.inner;
        let filters = self.resolve_filters(&query.filters);
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
        let ranker = Ranker::new(&searcher, &inner.fields);
        let mut concepts = ranker.concepts(analysis);
        add_forms(&mut concepts, &variants);
        let matching = (scoring.is_some() && minimum_share)
            .then(|| {
                let held = |c: &crate::search::rank::Concept| {
                    c.forms.iter().any(|f| ranker.doc_freq(f).unwrap_or(0) > 0)
                };
                concept_filter(&inner.fields, &concepts, held, self.deadline)
            })
            .flatten();
        let facet_scoring = scoring.as_ref().map(|q| q.box_clone());
        let tantivy_query =
            query::full_query(&inner.fields, scoring, matching.clone(), &filters, analysis);
        let counter = query
            .facets
            .then(|| FacetCounter::new(&FACET_FIELDS, &inner.facet_columns));
        let end = query.offset + query.limit;
        let load = |address| self.load(&searcher, address);
        let (page, total, facet_maps): (Vec<(f32, Measure)>, usize, _) = match query.sort {
            Sort::Relevance => {
                let collector =
                    Ranker::collector(analysis, &inner.facet_columns, Ranker::pool(end));
                let (top, total, maps) =
                    searcher.search(&tantivy_query, &(collector, Count, counter))?;
                let scored = ranker.rerank(&top, analysis, &concepts, end, |address| {
                    self.load_for_rerank(&searcher, address)
                })?;
                let reranked = scored.len();
                let mut page: Vec<(f32, Measure)> = Vec::with_capacity(query.limit);
                for (score, address) in scored.into_iter().skip(query.offset).take(query.limit) {
                    page.push((score, load(address)?));
                }
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
        // Also catches a collection cut short by the deadline (see `ConceptQuery`).
        self.check_deadline()?;
        let unknown = self.unknown_filters(&query.filters);
        if total == 0 {
            return Ok(SearchResults {
                unknown,
                ..SearchResults::default()
            });
        }
        let facet_maps = match facet_maps {
            Some(mut maps) => {
                self.count_ticked_facets(
                    &searcher,
                    &mut maps,
                    facet_scoring,
                    matching,
                    &filters,
                    analysis,
                )?;
                Some(maps)
            }
            None => None,
        };
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
            unknown,
        })
    }

    /// Counts each facet with ticked values again under the other filters only (disjunctive
    /// facets): ticking 山东省 must leave 辽宁省 in the list with what it would add, since
    /// several values of a facet widen the search. One more counting pass per such facet.
    fn count_ticked_facets(
        &self,
        searcher: &Searcher,
        maps: &mut facets::FacetMaps,
        scoring: Option<Box<dyn tantivy::query::Query>>,
        matching: Option<ConceptQuery>,
        filters: &Filters,
        analysis: &Analysis,
    ) -> Result<()> {
        let fields = &self.inner.fields;
        for (i, kind) in FacetKind::ALL.into_iter().enumerate() {
            if filters.count(kind) == 0 || i >= maps.len() {
                continue;
            }
            self.check_deadline()?;
            let others = filters.without(kind);
            let scoring = scoring.as_ref().map(|q| q.box_clone());
            let counted = query::full_query(fields, scoring, matching.clone(), &others, analysis);
            let counter = FacetCounter::new(&FACET_FIELDS[i..=i], &self.inner.facet_columns);
            if let Some(map) = searcher.search(&counted, &counter)?.pop() {
                maps[i] = map;
            }
        }
        Ok(())
    }

    /// The filter values of `filters` that no measure of the index carries (a misspelt
    /// region, a unit written otherwise, a year with no document), to say so on the page:
    /// looked up in the index's own values, no search. Every search reports them
    /// ([`SearchResults::unknown`]).
    pub fn unknown_filters(&self, filters: &Filters) -> Vec<UnknownFilter> {
        let mut unknown = Vec::new();
        for kind in FacetKind::ALL {
            for value in filters.values(kind) {
                let known = match kind {
                    FacetKind::Region => self
                        .inner
                        .region_paths
                        .contains(&self.resolve_region(&value)),
                    _ => self.inner.known.knows(kind, &value),
                };
                if !known {
                    unknown.push(UnknownFilter::new(kind, value));
                }
            }
        }
        unknown
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

    /// `filters` as the index holds them: region values as paths ([`Self::resolve_region`]),
    /// lead units as facet values (a unit written without its place: that body in every
    /// region, see [`facets::KnownValues::lead_units`]; one matching nothing stays, and
    /// matches nothing).
    pub fn resolve_filters(&self, filters: &Filters) -> Filters {
        let mut resolved = filters.clone();
        for region in &mut resolved.region {
            *region = self.resolve_region(region);
        }
        resolved.lead_unit = Vec::new();
        for value in &filters.lead_unit {
            let keys = self.inner.known.lead_units(value);
            if keys.is_empty() {
                resolved.lead_unit.push(value.clone());
            }
            for key in keys {
                if !resolved.lead_unit.contains(&key) {
                    resolved.lead_unit.push(key);
                }
            }
        }
        resolved
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

    /// What the rerank reads of a measure ([`RerankFields`]), the rest of its record skipped.
    fn load_for_rerank(&self, searcher: &Searcher, address: DocAddress) -> Result<Measure> {
        self.check_deadline()?;
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc
            .get_first(self.inner.fields.record)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        Ok(serde_json::from_str::<RerankFields>(json)?.into())
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
    use crate::search::matching::MIN_SHARE;
    use crate::search::rank::coverage;
    use crate::search::request::{FacetKind, Filters};
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
                filters: Filters::one(FacetKind::Region, "辽宁省"),
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
                filters: Filters::one(FacetKind::Domain, "没有这个领域"),
                ..q("企业")
            })
            .unwrap();
        assert_eq!(none.total, 0);
        assert!(none.hits.is_empty() && none.facets.region.is_empty());

        let by_year = engine
            .search(&SearchQuery {
                filters: Filters::one(FacetKind::Year, "2020"),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(by_year.total, 2);
    }

    fn filtered(text: &str, change: impl FnOnce(&mut Filters)) -> SearchQuery {
        let mut query = q(text);
        change(&mut query.filters);
        query
    }

    fn ids(engine: &SearchEngine, query: &SearchQuery) -> Vec<String> {
        let mut ids: Vec<String> = engine
            .search(query)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn values_of_a_facet_widen_and_facets_narrow() {
        let (_dir, engine) = fixture();
        let both = filtered("", |f| f.region = vec!["辽宁省".into(), "威海".into()]);
        assert_eq!(ids(&engine, &both), ["bayuquan-0", "weihai-0", "weihai-1"]);
        let and_domain = filtered("", |f| {
            f.region = vec!["辽宁省".into(), "威海".into()];
            f.domain = vec!["开办企业".into()];
        });
        assert_eq!(ids(&engine, &and_domain), ["bayuquan-0", "weihai-0"]);
        let years = filtered("", |f| f.year = vec![2020, 2022]);
        assert_eq!(engine.search(&years).unwrap().total, 4);
        // Counts of a ticked facet are taken without it: the other region stays listed.
        let results = engine
            .search(&filtered("", |f| f.region = vec!["辽宁省".into()]))
            .unwrap();
        assert_eq!(results.total, 1);
        let listed: Vec<&str> = results
            .facets
            .region
            .iter()
            .map(|f| f.value.as_str())
            .collect();
        assert!(listed.contains(&"山东省/威海市"), "{listed:?}");
        assert_eq!(
            results.facets.domain.len(),
            1,
            "other facets under every filter"
        );
    }

    #[test]
    fn date_ranges_are_by_month() {
        let (_dir, engine) = fixture();
        let month = |raw| Some(crate::search::request::Month::parse("from", raw).unwrap());
        let range = |from, to| filtered("", |f| (f.from, f.to) = (month(from), month(to)));
        assert_eq!(
            engine.search(&range("2020-07", "2020-07")).unwrap().total,
            2
        );
        assert_eq!(
            engine.search(&range("2020-08", "2022-02")).unwrap().total,
            0
        );
        assert_eq!(
            engine.search(&range("2020-08", "2022-03")).unwrap().total,
            2
        );
        let from_only = filtered("", |f| f.from = month("2021-01"));
        assert_eq!(ids(&engine, &from_only), ["bayuquan-0", "shandong-0"]);
        let to_only = filtered("", |f| f.to = month("2020-12"));
        assert_eq!(ids(&engine, &to_only), ["weihai-0", "weihai-1"]);
    }

    #[test]
    fn phrases_must_match_and_exclusions_must_not() {
        let (_dir, engine) = fixture();
        let plain = engine.search(&q("推行")).unwrap().total;
        let without = engine.search(&q("推行 -税务")).unwrap();
        assert!(without.total < plain, "{} < {plain}", without.total);
        assert!(without.hits.iter().all(|h| !h.text.contains("税务")));
        let phrase = ids(&engine, &q("\"拿地即开工\""));
        assert_eq!(phrase, ["bayuquan-0"]);
        assert!(
            ids(&engine, &q("\"开工拿地\"")).is_empty(),
            "words out of order"
        );
        let only_excluded = engine.search(&q("-企业")).unwrap();
        assert_eq!(
            only_excluded.total, 2,
            "every measure but those with the word"
        );
        assert_eq!(
            engine.search(&q("－企业")).unwrap().total,
            2,
            "full-width minus"
        );
    }

    #[test]
    fn unknown_filter_values_are_named_and_lead_units_resolve() {
        let (_dir, engine) = fixture();
        let filters = Filters {
            region: vec!["威海".into(), "火星".into()],
            domain: vec!["纳税".into(), "没有这个领域".into()],
            year: vec![2020, 1999],
            lead_unit: vec!["行政审批局".into()],
            ..Default::default()
        };
        let unknown: Vec<String> = engine
            .unknown_filters(&filters)
            .into_iter()
            .map(|u| format!("{}={}", u.kind.param(), u.value))
            .collect();
        assert_eq!(unknown, ["region=火星", "domain=没有这个领域", "year=1999"]);
        let searched = engine
            .search(&SearchQuery {
                filters: filters.clone(),
                ..q("")
            })
            .unwrap();
        assert_eq!(
            searched.unknown,
            engine.unknown_filters(&filters),
            "a search reports them"
        );
        assert!(searched.unknown[0].message.contains("地区为「火星」"));
        let resolved = engine.resolve_filters(&filters);
        assert_eq!(
            resolved.lead_unit,
            [
                "行政审批服务局@山东省",
                "行政审批服务局@山东省/威海市",
                "行政审批服务局@辽宁省/营口市"
            ],
            "an alias written without its place: that body everywhere"
        );
        let facets = engine.search(&q("")).unwrap().facets;
        assert!(
            facets
                .lead_unit
                .iter()
                .any(|f| f.value == "行政审批服务局@山东省/威海市"),
            "{:?}",
            facets.lead_unit
        );
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
    fn a_match_holds_a_minimum_share_of_the_query() {
        let (_dir, engine) = fixture();
        // Nothing in the index is about this: no total, no facets.
        let unrelated = engine.search(&q("量子计算机出口管制")).unwrap();
        assert_eq!(unrelated.total, 0, "{:?}", unrelated.hits);
        assert!(unrelated.facets.region.is_empty());
        // weihai-1 holds 不动产登记 and nothing else of these queries: by the idf weights,
        // just over MIN_SHARE of the first and just under it of the second.
        let searcher = engine.inner.reader.searcher();
        let ranker = Ranker::new(&searcher, &engine.inner.fields);
        let weihai_1 = engine.measure("weihai-1").unwrap();
        for (text, matches) in [
            ("不动产登记 量子计算机", true),
            ("不动产登记 量子 芯片 光刻机", false),
        ] {
            let share = coverage(&ranker.concepts(&engine.analyze(text)), &weihai_1);
            assert_eq!(
                share >= MIN_SHARE,
                matches,
                "{text}: the fixture's share {share}"
            );
            let ids: Vec<String> = engine
                .search(&q(text))
                .unwrap()
                .hits
                .into_iter()
                .map(|h| h.id)
                .collect();
            let expected: &[&str] = if matches { &["weihai-1"] } else { &[] };
            assert_eq!(ids, expected, "{text}: share {share}");
        }
        // weihai-0 shares only 办结 (a common word) with this query: the total and the facets
        // count weihai-1 alone, while the Q&A's candidates keep both.
        let found = engine.search(&q("不动产登记即时办结")).unwrap();
        assert_eq!(found.total, 1, "{:?}", found.hits);
        assert_eq!(found.hits[0].id, "weihai-1");
        let region = found
            .facets
            .region
            .iter()
            .find(|f| f.value == "山东省/威海市")
            .map(|f| f.count);
        assert_eq!(region, Some(1), "{:?}", found.facets.region);
        assert_eq!(
            engine.candidates(&q("不动产登记即时办结")).unwrap().total,
            2
        );
        // A ticked region's facet is counted again without it, still over the matches only.
        let ticked = engine
            .search(&SearchQuery {
                filters: Filters {
                    region: vec!["山东省/威海市".into()],
                    ..Default::default()
                },
                ..q("不动产登记即时办结")
            })
            .unwrap();
        let counts: Vec<_> = ticked
            .facets
            .region
            .iter()
            .map(|f| (f.value.as_str(), f.count))
            .collect();
        assert!(counts.contains(&("山东省/威海市", 1)), "{counts:?}");
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
