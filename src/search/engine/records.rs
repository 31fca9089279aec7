//! What the engine reads besides searches: one measure, one document with its measures,
//! the measures like one (precedents in other regions), every measure, the measures for some
//! groups in some places (the benefit finder's candidates), the home page's counts,
//! and the statistics the Q&A reads about the whole index without running a search.

use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::Term;

use super::{to_hit, SearchEngine};
use crate::error::UserError;
use crate::index::analyzer::{bigrams, words, JIEBA_DICT};
use crate::index::write::region_facet;
use crate::search::query::facet_query;
use crate::search::rank::Ranker;
use crate::search::request::check_limit;
use crate::search::similar;
use crate::search::vocabulary::RegionAliases;
use crate::search::{DocumentView, Hit, Overview};
use crate::{Document, Measure, Result};

impl SearchEngine {
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

    /// The measures of one document that `keep` keeps, in outline order, as hits of no score
    /// (the articles a question's answer refers to within its own document): only those are
    /// given a snippet.
    pub fn document_hits(&self, doc_id: &str, keep: impl Fn(&Measure) -> bool) -> Result<Vec<Hit>> {
        let query = TermQuery::new(
            Term::from_field_text(self.inner.fields.doc_id, doc_id),
            IndexRecordOption::Basic,
        );
        let mut measures = self.all_matching(&query)?;
        measures.sort_by_key(|m| m.seq);
        let none = std::collections::HashSet::new();
        Ok(measures
            .into_iter()
            .filter(|m| keep(m))
            .map(|m| to_hit(m, 0.0, &none))
            .collect())
    }

    /// The same kind of measure in other regions (more-like-this across regions): precedents.
    /// Measures of the same region path and of the same document are left out.
    pub fn similar(&self, id: &str, limit: usize) -> Result<Vec<Hit>> {
        check_limit(limit)?;
        let measure = self.measure(id)?;
        let inner = &*self.inner;
        let searcher = inner.reader.searcher();
        let ranker = Ranker::new(&searcher, &inner.fields);
        let Some(like) = similar::Like::of(&measure, &ranker, &inner.fields)? else {
            return Ok(Vec::new());
        };
        // Fetch extra to skip the same region, then keep the best per document first.
        let top = searcher.search(
            &like.query,
            &TopDocs::with_limit((limit * 4).min(400)).order_by_score(),
        )?;
        let mut hits = Vec::new();
        for (score, address) in top {
            let other = self.load(&searcher, address)?;
            if other.region == measure.region {
                continue;
            }
            hits.push(to_hit(other, score, &like.words));
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

    /// The measures that benefit one of `beneficiaries` (any group when empty), in one of the
    /// places under `regions` (a region path also matches the places inside it; everywhere
    /// when empty), of `domain` when given: one facet query, so the benefit finder reads only
    /// the measures it may list, not the index.
    pub fn benefit_measures(
        &self,
        beneficiaries: &[String],
        regions: &[String],
        domain: Option<&str>,
    ) -> Result<Vec<Measure>> {
        self.check_deadline()?;
        let fields = &self.inner.fields;
        let any_of = |field, values: Vec<Facet>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(
                values
                    .into_iter()
                    .map(|v| (Occur::Should, facet_query(field, v)))
                    .collect(),
            ))
        };
        let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if beneficiaries.is_empty() {
            let every_type = crate::extract::benefits::vocabulary::VOCABULARY
                .type_names()
                .map(|t| Facet::from_path([t]))
                .collect();
            must.push((Occur::Must, any_of(fields.benefit_type, every_type)));
        } else {
            let groups = beneficiaries.iter().map(|b| Facet::from_path([b.trim()]));
            must.push((Occur::Must, any_of(fields.beneficiary, groups.collect())));
        }
        if !regions.is_empty() {
            let places = regions.iter().map(|r| region_facet(r)).collect();
            must.push((Occur::Must, any_of(fields.region, places)));
        }
        if let Some(domain) = domain {
            must.push((
                Occur::Must,
                facet_query(fields.domain, Facet::from_path([domain.trim()])),
            ));
        }
        let measures = self.all_matching(&BooleanQuery::new(must))?;
        self.check_deadline()?;
        Ok(measures)
    }

    /// The documents in the index, in corpus order (their `text` empty).
    pub fn documents(&self) -> &[Document] {
        &self.inner.documents
    }
}

/// Read-only statistics for Q&A (`src/ask`): what a question needs to know about the
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
    /// partial-word tables, their corpus written to disk: a few seconds on 100,000 measures), so that the first user does
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
        for token in bigrams(word) {
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
    use crate::error::UserError;
    use crate::search::engine::testing::{fixture, q};
    use crate::search::{SearchQuery, Sort};
    use crate::Error;

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
        assert!(similar.iter().all(|h| h.measure.region != "山东省/威海市"));
        assert_eq!(similar[0].measure.id, "bayuquan-0");
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
        assert_eq!(by_date.hits[0].measure.date.as_deref(), Some("2022-03-01"));
        let json = serde_json::to_value(engine.search(&q("免费刻制公章")).unwrap()).unwrap();
        assert!(json["hits"][0]["highlights"][0].is_array(), "{json}");
    }
}
