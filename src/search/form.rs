//! Whether a measure holds a form of a concept, for the match filter
//! ([`crate::search::matching`]): the form as a word of title, text, units or section heading,
//! or as a substring of title and text (a phrase of its character bigrams). The phrase is the
//! costly part (positions); [`FormQuery`] reads them only for a measure that holds every bigram
//! of the form and none of the words, since a measure holding the word needs no phrase to
//! hold the form. The same measures as the union of the word queries and the phrase.

use tantivy::query::{
    BooleanQuery, EnableScoring, Explanation, Occur, PhraseQuery, Query, Scorer, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::index::analyzer::bigrams;
use crate::index::schema::Fields;
use crate::search::lazy_union::Clause;

/// The measures holding a form of two bigrams or more (see the module documentation);
/// scores 0 (a filter).
#[derive(Debug, Clone)]
pub struct FormQuery {
    /// The form as a word of each field.
    words: Vec<Term>,
    /// The form's bigrams with their positions.
    grams: Vec<(usize, Term)>,
}

impl FormQuery {
    /// The query of `form`; `None` when it has fewer than two bigrams (no positions to save).
    pub fn new(fields: &Fields, form: &str) -> Option<FormQuery> {
        let grams: Vec<(usize, Term)> = bigrams(form)
            .iter()
            .map(|g| (g.position, Term::from_field_text(fields.bigram, &g.text)))
            .collect();
        if grams.len() < 2 {
            return None;
        }
        let words = [fields.title, fields.text, fields.units, fields.section]
            .into_iter()
            .map(|field| Term::from_field_text(field, form))
            .collect();
        Some(FormQuery { words, grams })
    }

    /// The form as a word of title, text, units or section heading.
    pub fn words(&self) -> BooleanQuery {
        BooleanQuery::new(
            self.words
                .iter()
                .map(|term| (Occur::Should, basic(term)))
                .collect(),
        )
    }
}

fn basic(term: &Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic))
}

impl Query for FormQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let unscored = EnableScoring::disabled_from_schema(enable_scoring.schema());
        let every_gram = BooleanQuery::new(
            self.grams
                .iter()
                .map(|(_, term)| (Occur::Must, basic(term)))
                .collect(),
        );
        let phrase = PhraseQuery::new_with_offset(self.grams.clone());
        Ok(Box::new(FormWeight {
            words: self.words().weight(unscored)?,
            every_gram: every_gram.weight(unscored)?,
            phrase: phrase.weight(unscored)?,
        }))
    }
}

struct FormWeight {
    /// The measures holding the form as a word.
    words: Box<dyn Weight>,
    /// The measures holding every bigram: the only others that may hold the form.
    every_gram: Box<dyn Weight>,
    phrase: Box<dyn Weight>,
}

impl Weight for FormWeight {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut scorer = FormScorer {
            words: self.words.scorer(reader, 1.0)?,
            every_gram: self.every_gram.scorer(reader, 1.0)?,
            phrase: Clause::new(self.phrase.scorer(reader, 1.0)?),
            doc: 0,
        };
        scorer.find();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new("holds the form", 0.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not hold the form"
            )))
        }
    }
}

/// Walks the measures holding the form as a word and those holding every bigram side by
/// side (one union less than walking their union and looking the words up again); a measure
/// of the second kind only is asked for the phrase.
struct FormScorer {
    words: Box<dyn Scorer>,
    every_gram: Box<dyn Scorer>,
    phrase: Clause,
    doc: DocId,
}

impl FormScorer {
    /// Moves to the first measure at or after both walks' positions that holds the form.
    fn find(&mut self) -> DocId {
        loop {
            let word = self.words.doc();
            let gram = self.every_gram.doc();
            let candidate = word.min(gram);
            if candidate == TERMINATED || word == candidate || self.phrase.holds(candidate) {
                self.doc = candidate;
                return candidate;
            }
            self.every_gram.advance();
        }
    }
}

impl DocSet for FormScorer {
    fn advance(&mut self) -> DocId {
        let doc = self.doc;
        if doc == TERMINATED {
            return TERMINATED;
        }
        if self.words.doc() == doc {
            self.words.advance();
        }
        if self.every_gram.doc() == doc {
            self.every_gram.advance();
        }
        self.find()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        if self.words.doc() < target {
            self.words.seek(target);
        }
        if self.every_gram.doc() < target {
            self.every_gram.seek(target);
        }
        self.find()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.words
            .size_hint()
            .saturating_add(self.every_gram.size_hint())
    }

    fn cost(&self) -> u64 {
        self.words.cost() + self.every_gram.cost()
    }
}

impl Scorer for FormScorer {
    fn score(&mut self) -> Score {
        0.0
    }
}
