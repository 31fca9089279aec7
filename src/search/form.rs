//! Whether a measure holds a form of a concept, for the match filter
//! ([`crate::search::matching`]): the form as a word of title, text, units or section heading,
//! or as a substring of title and text (a phrase of its character bigrams). The phrase is the
//! costly part (positions); [`FormQuery`] reads them only for a measure that holds every bigram
//! of the form and none of the words, since a measure holding the word needs no phrase to
//! hold the form. The same measures as the union of the word queries and the phrase.

use tantivy::query::{
    BooleanQuery, EnableScoring, Explanation, Occur, Query, Scorer, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use crate::index::analyzer::bigrams;
use crate::index::schema::Fields;
use crate::search::bounded::PhrasePostings;

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
        let mut grams = self.grams.clone();
        grams.sort_by_key(|&(offset, _)| offset);
        Ok(Box::new(FormWeight {
            words: self.words().weight(unscored)?,
            grams,
        }))
    }
}

struct FormWeight {
    /// The measures holding the form as a word.
    words: Box<dyn Weight>,
    /// The form's bigrams at their offsets, in their order: the measures holding every one
    /// are the only others that may hold the form.
    grams: Vec<(usize, Term)>,
}

impl Weight for FormWeight {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut grams = PhrasePostings::open(reader, &self.grams)?;
        let gram = grams.as_mut().map_or(TERMINATED, |g| g.align(0));
        // The sizes tantivy's intersection of the bigrams' postings gives (an empty one when
        // no measure holds them all), so the queries above order their clauses as before.
        let (gram_size, gram_cost) = match &grams {
            Some(g) if gram != TERMINATED => (
                estimate_intersection(g.doc_freqs(), reader.num_docs()),
                g.doc_freqs().next().unwrap_or(0) as u64,
            ),
            _ => (0, 0),
        };
        let mut scorer = FormScorer {
            words: self.words.scorer(reader, 1.0)?,
            grams,
            gram,
            gram_size,
            gram_cost,
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
/// of the second kind only is asked for the phrase, from the positions of the postings that
/// walk stands on.
struct FormScorer {
    words: Box<dyn Scorer>,
    /// The bigrams' postings; `None` when one is in no measure of the segment.
    grams: Option<PhrasePostings>,
    /// The measure where every bigram stands.
    gram: DocId,
    /// The size hint and cost of the bigrams' walk.
    gram_size: u32,
    gram_cost: u64,
    doc: DocId,
}

impl FormScorer {
    /// Moves to the first measure at or after both walks' positions that holds the form.
    fn find(&mut self) -> DocId {
        loop {
            let word = self.words.doc();
            let candidate = word.min(self.gram);
            if candidate == TERMINATED || word == candidate {
                self.doc = candidate;
                return candidate;
            }
            // The candidate is the bigrams' measure, and no word holds it.
            let grams = self.grams.as_mut().expect("a measure holding every bigram");
            if grams.count() > 0 {
                self.doc = candidate;
                return candidate;
            }
            self.gram = grams.advance();
        }
    }

    fn advance_grams(&mut self) {
        self.gram = self.grams.as_mut().map_or(TERMINATED, |g| g.advance());
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
        if self.gram == doc {
            self.advance_grams();
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
        if self.gram < target {
            self.gram = self.grams.as_mut().map_or(TERMINATED, |g| g.align(target));
        }
        self.find()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.words.size_hint().saturating_add(self.gram_size)
    }

    fn cost(&self) -> u64 {
        self.words.cost() + self.gram_cost
    }
}

impl Scorer for FormScorer {
    fn score(&mut self) -> Score {
        0.0
    }
}

/// tantivy's estimate of an intersection's size from its docsets' sizes, smallest first
/// (`query::size_hint::estimate_intersection`, private there).
fn estimate_intersection(mut sizes: impl Iterator<Item = u32>, max_docs: u32) -> u32 {
    if max_docs == 0 {
        return 0;
    }
    let mut co_loc_factor: f64 = 1.3;
    let Some(first) = sizes.next() else {
        return 0;
    };
    let mut estimate = first as f64;
    let mut smallest = estimate;
    for size in sizes {
        co_loc_factor = (co_loc_factor - 0.1).max(1.0);
        estimate *= (size as f64 / max_docs as f64) * co_loc_factor;
        smallest = smallest.min(size as f64);
    }
    estimate.round().min(smallest) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::DocSetCollector;
    use tantivy::query::{AllQuery, BooleanQuery};
    use tantivy::{doc, Index, IndexWriter};

    /// The form is held where its bigrams stand in a row (read from the postings that found
    /// the measure), or where it is a word; not where its bigrams stand apart. The same
    /// measures as the union of the words and tantivy's phrase, walked alone, sought in an
    /// intersection, and in a segment missing a bigram.
    #[test]
    fn a_form_is_its_words_or_its_bigrams_in_a_row() {
        let (schema, fields) = crate::index::schema::build_schema();
        let index = Index::create_in_ram(schema);
        crate::index::analyzer::register(index.tokenizers());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let segments: [&[&str]; 3] = [
            &[
                "推进企业开办便利化",
                "开办新的企业",
                "企业开办",
                "开办企业开",
            ],
            &["不动产登记", "企业名称", "开办企业开办企业"],
            &["企业开", "业开办", "开办"],
        ];
        for texts in segments {
            for text in texts {
                writer
                    .add_document(doc!(fields.bigram => *text, fields.text => *text))
                    .unwrap();
            }
            writer.commit().unwrap();
        }
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 3);
        for form in ["企业开办", "开办企业", "不动产登记", "业开办"] {
            let query = FormQuery::new(&fields, form).unwrap();
            let union = BooleanQuery::new(vec![
                (
                    Occur::Should,
                    crate::search::terms::bigram_phrase(&fields, form).unwrap(),
                ),
                (Occur::Should, Box::new(query.words())),
            ]);
            let expected = searcher.search(&union, &DocSetCollector).unwrap();
            assert!(!expected.is_empty(), "{form}");
            assert_eq!(
                searcher.search(&query, &DocSetCollector).unwrap(),
                expected,
                "{form}"
            );
            // Led by another clause: the form is sought, not walked.
            let led = BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                (Occur::Must, Box::new(query.clone())),
            ]);
            assert_eq!(searcher.search(&led, &DocSetCollector).unwrap(), expected);
        }
        // 企业开办's bigrams (企业, 业开, 开办) all stand in 开办企业开, not in a row: not held.
        let query = FormQuery::new(&fields, "企业开办").unwrap();
        let held = searcher.search(&query, &DocSetCollector).unwrap();
        assert_eq!(held.len(), 3, "{held:?}");
    }
}
