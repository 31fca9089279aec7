//! The search engine over a built index: open once, share by cloning (an `IndexReader` inside).
//! A search analyses the query ([`crate::search::query`]), runs one tantivy pass that collects
//! the page, the total and the facet counts, and cuts a snippet for each hit.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, IndexReader, Order, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::error::UserError;
use crate::index::analyzer::{words, JIEBA_DICT};
use crate::index::read;
use crate::index::schema::Fields;
use crate::search::expand;
use crate::search::facets::{self, FacetColumns, FacetCounter, FACET_FIELDS};
use crate::search::prior;
use crate::search::query::{self, Analysis, Filters};
use crate::search::rank;
use crate::search::snippet::{make_snippet, SNIPPET_CHARS};
use crate::search::vocabulary::{is_stopword, RegionAliases};
use crate::search::{
    DocumentView, FacetCount, Hit, Overview, SearchQuery, SearchResults, Sort, MAX_LIMIT,
    MAX_OFFSET, MAX_QUERY_CHARS,
};
use crate::{Document, Error, Measure, Result};

/// Decompressed doc store blocks (16 KB each, several measures a block) kept per segment.
/// Every relevance search loads its [`rank::RERANK_POOL`] best candidates from the store to
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
    partial: expand::PartialMatcher,
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
        let overview = overview_of(
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
                partial: expand::PartialMatcher::new(),
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
    fn check_deadline(&self) -> Result<()> {
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

    /// Runs a search: ranked hits for the page asked, facets over all matches.
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        if query.limit == 0 || query.limit > MAX_LIMIT {
            return Err(Error::invalid(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}, got {}", query.limit),
            ));
        }
        let chars = query.q.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(Error::invalid(
                "q",
                format!("at most {MAX_QUERY_CHARS} characters, got {chars}"),
            ));
        }
        if query.offset > MAX_OFFSET {
            return Err(Error::invalid(
                "page",
                format!("results beyond {MAX_OFFSET} are not served"),
            ));
        }
        self.check_deadline()?;
        let inner = &*self.inner;
        let analysis = query::analyze(&query.q, &inner.regions);
        let filters = Filters {
            region: query.region.as_deref().map(|r| self.resolve_region(r)),
            domain: query.domain.clone().filter(|d| !d.trim().is_empty()),
            lead_unit: query.lead_unit.clone().filter(|u| !u.trim().is_empty()),
            year: query.year,
        };
        let searcher = inner.reader.searcher();
        let variants = inner.partial.variants(&analysis, &searcher, &inner.fields);
        let scoring = if query.q.trim().is_empty() {
            None
        } else {
            expand::with_variants(
                &inner.fields,
                query::scoring_query(&inner.fields, &analysis),
                &variants,
            )
        };
        let tantivy_query = query::full_query(&inner.fields, scoring, &filters);
        let counter = FacetCounter::new(&FACET_FIELDS, &inner.facet_columns);
        let terms = analysis.highlight_terms();
        let (page, total, facet_maps): (Vec<(f32, Measure)>, usize, _) = match query.sort {
            Sort::Relevance => {
                let pool = (query.offset + query.limit).max(rank::RERANK_POOL);
                let collector = TopDocs::with_limit(pool).tweak_score(rank::region_tweak(
                    analysis.regions.clone(),
                    rank::REGION_FACTOR,
                    Arc::clone(&inner.facet_columns),
                ));
                let (top, total, maps) =
                    searcher.search(&tantivy_query, &(collector, Count, counter))?;
                let rerank = top.len().min(rank::RERANK_POOL);
                let mut concepts = Vec::new();
                let mut kind = None;
                if rerank > 0 {
                    concepts = rank::concepts(&analysis, &inner.fields, &searcher);
                    expand::add_forms(&mut concepts, &variants);
                    // The question analysis behind the prior: once per search, only when
                    // there is something to rerank.
                    kind = crate::question::asked_kind(&query.q);
                }
                let mut scored: Vec<(f32, Measure)> = Vec::with_capacity(rerank);
                for &(score, address) in &top[..rerank] {
                    let measure = self.load(&searcher, address)?;
                    let factor = rank::coverage_factor(rank::coverage(&concepts, &measure))
                        * prior::factor(kind, &analysis.folded, &measure);
                    scored.push((score * factor, measure));
                }
                scored.sort_by(|a, b| b.0.total_cmp(&a.0));
                let end = query.offset + query.limit;
                let mut page: Vec<(f32, Measure)> = scored
                    .into_iter()
                    .skip(query.offset)
                    .take(query.limit)
                    .collect();
                if end > rerank {
                    for &(score, address) in top
                        .iter()
                        .skip(rerank.max(query.offset))
                        .take(end - rerank.max(query.offset))
                    {
                        page.push((score, self.load(&searcher, address)?));
                    }
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
                    page.push((0.0, self.load(&searcher, address)?));
                }
                (page, total, maps)
            }
        };
        if total == 0 {
            return Ok(SearchResults::default());
        }
        self.check_deadline()?;
        let hits = page
            .into_iter()
            .map(|(score, measure)| to_hit(measure, score, &terms))
            .collect();
        Ok(SearchResults {
            total,
            hits,
            facets: facets::to_facets(facet_maps),
        })
    }

    /// The query's analysis, for the Q&A and for debugging (`words`, `regions` …).
    pub fn analyze(&self, q: &str) -> Analysis {
        query::analyze(q, &self.inner.regions)
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

    fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<Measure> {
        self.check_deadline()?;
        let doc: TantivyDocument = searcher.doc(address)?;
        let json = doc
            .get_first(self.inner.fields.record)
            .and_then(|v| v.as_str())
            .unwrap_or("{}");
        Ok(serde_json::from_str(json)?)
    }

    fn all_matching(&self, query: &dyn Query) -> Result<Vec<Measure>> {
        let searcher = self.inner.reader.searcher();
        let addresses = searcher.search(query, &DocSetCollector)?;
        addresses
            .into_iter()
            .map(|address| self.load(&searcher, address))
            .collect()
    }

    /// One measure by id (`UserError::MeasureNotFound` if none).
    pub fn measure(&self, id: &str) -> Result<Measure> {
        let query = TermQuery::new(
            Term::from_field_text(self.inner.fields.id, id),
            IndexRecordOption::Basic,
        );
        self.all_matching(&query)?
            .into_iter()
            .next()
            .ok_or_else(|| UserError::MeasureNotFound(id.to_owned()).into())
    }

    /// One document, its text and its measures in order (`UserError::DocumentNotFound` if
    /// none).
    pub fn document(&self, doc_id: &str) -> Result<DocumentView> {
        let position = self
            .inner
            .doc_positions
            .get(doc_id)
            .ok_or_else(|| UserError::DocumentNotFound(doc_id.to_owned()))?;
        let query = TermQuery::new(
            Term::from_field_text(self.inner.fields.doc_id, doc_id),
            IndexRecordOption::Basic,
        );
        let mut measures = self.all_matching(&query)?;
        measures.sort_by_key(|m| m.seq);
        let document = Document {
            text: self.inner.texts.get(*position)?,
            ..self.inner.documents[*position].clone()
        };
        Ok(DocumentView { document, measures })
    }

    /// The same kind of measure in other regions (more-like-this across regions): precedents.
    /// Measures of the same region path and of the same document are left out.
    pub fn similar(&self, id: &str, limit: usize) -> Result<Vec<Hit>> {
        if limit == 0 || limit > MAX_LIMIT {
            return Err(Error::invalid(
                "limit",
                format!("must be between 1 and {MAX_LIMIT}, got {limit}"),
            ));
        }
        let measure = self.measure(id)?;
        let inner = &*self.inner;
        let fields = &inner.fields;
        let searcher = inner.reader.searcher();
        let text = format!(
            "{} {} {}",
            measure.title.as_deref().unwrap_or(""),
            measure.title.as_deref().unwrap_or(""),
            measure.text
        );
        // The measure's most distinctive words: tf × idf over the text field.
        let mut tf: HashMap<String, u32> = HashMap::new();
        for token in words(&text) {
            if token.text.chars().count() >= 2 && !is_stopword(&token.text) {
                *tf.entry(token.text).or_default() += 1;
            }
        }
        let n = searcher.num_docs().max(1) as f32;
        let mut scored: Vec<(f32, String)> = Vec::with_capacity(tf.len());
        for (word, count) in tf {
            let df = searcher.doc_freq(&Term::from_field_text(fields.text, &word))? as f32;
            if df == 0.0 || df > n * 0.3 {
                continue;
            }
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            scored.push(((1.0 + (count as f32).ln()) * idf, word));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        scored.truncate(25);
        if scored.is_empty() {
            return Ok(Vec::new());
        }
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (weight, word) in &scored {
            for (field, boost) in [(fields.text, 1.0), (fields.title, 1.5)] {
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(
                        Box::new(TermQuery::new(
                            Term::from_field_text(field, word),
                            IndexRecordOption::WithFreqs,
                        )),
                        boost * weight / scored[0].0,
                    )),
                ));
            }
        }
        if !measure.domain.is_empty() {
            should.push((
                Occur::Should,
                Box::new(tantivy::query::ConstScoreQuery::new(
                    query::facet_query(
                        fields.domain,
                        tantivy::schema::Facet::from_path([measure.domain.as_str()]),
                    ),
                    1.0,
                )),
            ));
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, Box::new(BooleanQuery::new(should)))];
        clauses.push((
            Occur::MustNot,
            Box::new(TermQuery::new(
                Term::from_field_text(fields.doc_id, &measure.doc_id),
                IndexRecordOption::Basic,
            )),
        ));
        let query = BooleanQuery::new(clauses);
        // Fetch extra to skip the same region, then keep the best per document first.
        let top = searcher.search(
            &query,
            &TopDocs::with_limit((limit * 4).min(400)).order_by_score(),
        )?;
        let terms: HashSet<String> = scored.into_iter().map(|(_, w)| w).collect();
        let mut hits = Vec::new();
        for (score, address) in top {
            let other = self.load(&searcher, address)?;
            if other.region == measure.region {
                continue;
            }
            hits.push(to_hit(other, score, &terms));
            if hits.len() == limit {
                break;
            }
        }
        Ok(hits)
    }

    /// Counts for the home page (computed once, when the index was opened).
    pub fn overview(&self) -> Result<Overview> {
        Ok(self.inner.overview.clone())
    }

    /// Every measure in the index, in document and outline order (`zhengce export`).
    pub fn all_measures(&self) -> Result<Vec<Measure>> {
        let mut measures = self.all_matching(&AllQuery)?;
        let positions = &self.inner.doc_positions;
        measures.sort_by_key(|m| {
            (
                positions.get(&m.doc_id).copied().unwrap_or(usize::MAX),
                m.seq,
            )
        });
        Ok(measures)
    }

    /// The documents in the index, in corpus order (their `text` empty).
    pub fn documents(&self) -> &[Document] {
        &self.inner.documents
    }
}

/// The home page's counts from the measure total, the document count and the region and
/// domain counts over every measure: domains in canonical order, then any others; regions
/// at every level of their paths.
fn overview_of(
    measures: usize,
    documents: usize,
    regions: &std::collections::BTreeMap<String, u64>,
    domains: &std::collections::BTreeMap<String, u64>,
) -> Overview {
    let mut domain_counts: Vec<FacetCount> = crate::measure::DOMAINS
        .iter()
        .filter_map(|d| {
            domains.get(*d).map(|c| FacetCount {
                value: d.to_string(),
                count: *c,
            })
        })
        .collect();
    for (value, count) in domains {
        if !crate::measure::DOMAINS.contains(&value.as_str()) {
            domain_counts.push(FacetCount {
                value: value.clone(),
                count: *count,
            });
        }
    }
    Overview {
        measures,
        documents,
        domains: domain_counts,
        regions: facets::sorted(facets::every_level(regions)),
    }
}

fn to_hit(measure: Measure, score: f32, terms: &HashSet<String>) -> Hit {
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

/// Read-only statistics for Q&A (`src/search/ask`): what a question needs to know about the
/// whole index without running a search.
impl SearchEngine {
    /// Every region path the index holds (every level of each path), sorted.
    pub fn region_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.inner.region_paths.iter().cloned().collect();
        paths.sort();
        paths
    }

    /// The region names the index knows (山东, 威海, 鲅鱼圈, 经区 …) → region paths.
    pub fn region_aliases(&self) -> &RegionAliases {
        &self.inner.regions
    }

    /// Builds what the engine otherwise builds on first need (the jieba dictionary; the
    /// partial-word tables: about a second on 100,000 measures), so that the first user does
    /// not wait for it.
    pub fn warm_up(&self) {
        let _ = JIEBA_DICT.cut("开办企业", false);
        let inner = &self.inner;
        inner
            .partial
            .warm_up(&inner.reader.searcher(), &inner.fields);
    }

    /// Number of measures in the index.
    pub fn measure_count(&self) -> usize {
        self.inner.reader.searcher().num_docs() as usize
    }

    /// About how many measures hold `word` in their title or text: the smallest document
    /// frequency among its index words (jieba) and its character bigrams, an upper bound read
    /// from the term dictionary (0 when some part of the word is in no measure).
    pub fn doc_freq(&self, word: &str) -> usize {
        let searcher = self.inner.reader.searcher();
        let fields = &self.inner.fields;
        let freq = |field, token: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, token))
                .unwrap_or(0) as usize
        };
        let mut df = usize::MAX;
        for token in words(word) {
            df = df.min(freq(fields.text, &token.text));
        }
        for token in crate::index::analyzer::bigrams(word) {
            df = df.min(freq(fields.bigram, &token.text));
        }
        if df == usize::MAX {
            0
        } else {
            df
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::SearchQuery;

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
