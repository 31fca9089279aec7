//! The two smallest queries every search query is built from: a word in a field, and a text
//! as a phrase of its character bigrams. Below [`crate::search::query`],
//! [`crate::search::matching`] and [`crate::search::partial`], which all build on them, so
//! that none of those imports another for them.

use tantivy::query::{EnableScoring, PhraseQuery, Query, TermQuery, Weight};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use crate::index::analyzer::bigrams;
use crate::index::schema::Fields;

/// A query of `word` in `field`, with frequencies (it scores).
pub fn term_query(field: Field, word: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, word),
        IndexRecordOption::WithFreqs,
    ))
}

/// A query matching `text` as a contiguous substring through the bigram field.
pub fn bigram_phrase(fields: &Fields, text: &str) -> Option<Box<dyn Query>> {
    let grams = bigrams(text);
    match grams.len() {
        0 => None,
        1 => Some(term_query(fields.bigram, &grams[0].text)),
        _ => {
            let terms = grams
                .iter()
                .map(|g| (g.position, Term::from_field_text(fields.bigram, &g.text)))
                .collect();
            Some(Box::new(Bigrams::new(terms)))
        }
    }
}

/// A phrase of bigrams: tantivy's `PhraseQuery` (its weight, so its documents and scores),
/// with its terms and their offsets kept readable (tantivy keeps the offsets private), so
/// the scoring union can bound the phrase's score from its terms' frequencies before reading
/// a position ([`crate::search::bounded`]).
#[derive(Debug, Clone)]
pub struct Bigrams {
    phrase: PhraseQuery,
    /// The terms with their offsets, in the order of the offsets (as the phrase sorts them).
    terms: Vec<(usize, Term)>,
}

impl Bigrams {
    /// The phrase of `terms` (two or more, one field) at their offsets.
    pub fn new(mut terms: Vec<(usize, Term)>) -> Bigrams {
        terms.sort_by_key(|&(offset, _)| offset);
        Bigrams {
            phrase: PhraseQuery::new_with_offset(terms.clone()),
            terms,
        }
    }

    /// tantivy's phrase query.
    pub fn phrase(&self) -> &PhraseQuery {
        &self.phrase
    }

    /// The terms with their offsets, in the order of the offsets.
    pub fn terms(&self) -> &[(usize, Term)] {
        &self.terms
    }
}

impl Query for Bigrams {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        self.phrase.weight(enable_scoring)
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.phrase.query_terms(visitor)
    }
}
