//! The two smallest queries every search query is built from: a word in a field, and a text
//! as a phrase of its character bigrams. Below [`crate::search::query`],
//! [`crate::search::matching`] and [`crate::search::partial`], which all build on them, so
//! that none of those imports another for them.

use tantivy::query::{PhraseQuery, Query, TermQuery};
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
            Some(Box::new(PhraseQuery::new_with_offset(terms)))
        }
    }
}
