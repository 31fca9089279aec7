//! More-like-this across regions (`SearchEngine::similar`): a measure's most distinctive words
//! (tf × the ranker's idf, words in more than [`MAX_SHARE`] of the measures left out), and a
//! query for other documents' measures holding them, in its domain first.

use std::collections::{HashMap, HashSet};

use tantivy::query::{BooleanQuery, BoostQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Facet, IndexRecordOption};
use tantivy::Term;

use crate::index::analyzer::words;
use crate::index::schema::Fields;
use crate::search::query::facet_query;
use crate::search::rank::Ranker;
use crate::search::vocabulary::is_stopword;
use crate::{Measure, Result};

/// Share of the measures above which a word is too common to say what a measure is about.
pub const MAX_SHARE: f32 = 0.3;
/// Distinctive words a query holds.
pub const MAX_WORDS: usize = 25;

/// The query for measures like one measure, and the words it looks for (to highlight).
pub struct Like {
    /// Measures of other documents holding the distinctive words (title words count more),
    /// measures of the same domain first.
    pub query: BooleanQuery,
    /// The distinctive words.
    pub words: HashSet<String>,
}

impl Like {
    /// The query for measures like `measure`; `None` when it has no distinctive word.
    pub fn of(measure: &Measure, ranker: &Ranker, fields: &Fields) -> Result<Option<Like>> {
        let title = measure.title.as_deref().unwrap_or("");
        let text = format!("{title} {title} {}", measure.text);
        let mut tf: HashMap<String, u32> = HashMap::new();
        for token in words(&text) {
            if token.text.chars().count() >= 2 && !is_stopword(&token.text) {
                *tf.entry(token.text).or_default() += 1;
            }
        }
        let mut scored: Vec<(f32, String)> = Vec::with_capacity(tf.len());
        for (word, count) in tf {
            let df = ranker.doc_freq(&word)? as f32;
            if df == 0.0 || df > ranker.measures() * MAX_SHARE {
                continue;
            }
            scored.push(((1.0 + (count as f32).ln()) * ranker.idf(df), word));
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        scored.truncate(MAX_WORDS);
        let Some(&(best, _)) = scored.first() else {
            return Ok(None);
        };
        let mut should: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (weight, word) in &scored {
            for (field, boost) in [(fields.text, 1.0), (fields.title, 1.5)] {
                let term = TermQuery::new(
                    Term::from_field_text(field, word),
                    IndexRecordOption::WithFreqs,
                );
                should.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(term), boost * weight / best)),
                ));
            }
        }
        if !measure.domain.is_empty() {
            let domain = facet_query(fields.domain, Facet::from_path([measure.domain.as_str()]));
            should.push((Occur::Should, Box::new(ConstScoreQuery::new(domain, 1.0))));
        }
        let other_documents = TermQuery::new(
            Term::from_field_text(fields.doc_id, &measure.doc_id),
            IndexRecordOption::Basic,
        );
        let query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(BooleanQuery::new(should))),
            (Occur::MustNot, Box::new(other_documents)),
        ]);
        Ok(Some(Like {
            query,
            words: scored.into_iter().map(|(_, w)| w).collect(),
        }))
    }
}
