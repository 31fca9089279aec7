//! A query's skeleton: a query matching every document the query matches (and possibly more),
//! walked without reading a position. A phrase holds only where each of its terms does, so
//! its skeleton is the conjunction of its terms; a union's is the union of its clauses'; a
//! term is its own. The pass without scores that counts ticked facets
//! ([`crate::search::facets::OnePass`]) of a query without a match filter lets the skeleton
//! drive and asks the lazy union ([`crate::search::lazy_union`]) about each of its
//! documents: words first, so a phrase's positions are read only for a document holding
//! every term of the phrase and none of the query's words — where tantivy's union matched
//! every phrase at every document holding its terms.

use tantivy::query::{
    BooleanQuery, BoostWeight, EnableScoring, Occur, PhraseQuery, Query, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{Score, Term};

use crate::search::lazy_union::LazyUnion;
use crate::search::terms::Bigrams;

/// tantivy's `BoostQuery` (the same weight: `BoostWeight` when scoring, the inner weight
/// when not, so the same scores), whose inner query can be read ([`skeleton`]).
#[derive(Debug)]
pub struct Boosted {
    query: Box<dyn Query>,
    boost: Score,
}

impl Boosted {
    /// `query` with its scores multiplied by `boost`.
    pub fn new(query: Box<dyn Query>, boost: Score) -> Boosted {
        Boosted { query, boost }
    }
}

impl Boosted {
    /// The query boosted and its boost.
    pub fn parts(&self) -> (&dyn Query, Score) {
        (self.query.as_ref(), self.boost)
    }
}

impl Clone for Boosted {
    fn clone(&self) -> Self {
        Boosted {
            query: self.query.box_clone(),
            boost: self.boost,
        }
    }
}

impl Query for Boosted {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weight = self.query.weight(enable_scoring)?;
        Ok(if enable_scoring.is_scoring_enabled() {
            Box::new(BoostWeight::new(weight, self.boost))
        } else {
            weight
        })
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.query.query_terms(visitor)
    }
}

/// `query` as a phrase: tantivy's, or one of bigrams ([`Bigrams`]).
fn phrase_of(query: &dyn Query) -> Option<&PhraseQuery> {
    query
        .downcast_ref::<PhraseQuery>()
        .or_else(|| query.downcast_ref::<Bigrams>().map(Bigrams::phrase))
}

/// The skeleton of `query` (see the module documentation): its documents include every
/// document of `query`; no position is read to walk them. A query of another kind than a
/// union of should clauses, [`Boosted`], a phrase or a term is its own skeleton.
pub fn skeleton(query: &dyn Query) -> Box<dyn Query> {
    if let Some(union) = query.downcast_ref::<BooleanQuery>() {
        let clauses = union.clauses();
        if !clauses.is_empty() && clauses.iter().all(|(occur, _)| *occur == Occur::Should) {
            return Box::new(BooleanQuery::new(
                clauses
                    .iter()
                    .map(|(_, clause)| (Occur::Should, skeleton(clause.as_ref())))
                    .collect(),
            ));
        }
    } else if let Some(boosted) = query.downcast_ref::<Boosted>() {
        return skeleton(boosted.query.as_ref());
    } else if let Some(phrase) = phrase_of(query) {
        let mut terms: Vec<Term> = phrase.phrase_terms();
        terms.sort();
        terms.dedup();
        return Box::new(BooleanQuery::new(
            terms
                .into_iter()
                .map(|term| {
                    let q = TermQuery::new(term, IndexRecordOption::Basic);
                    (Occur::Must, Box::new(q) as Box<dyn Query>)
                })
                .collect(),
        ));
    }
    query.box_clone()
}

/// The documents of `query`, a union (of should clauses, at any depth, [`Boosted`] or not),
/// walked without scores so that a phrase's positions are read only where they decide: the
/// union of its other clauses (the words), and, for the documents holding none of them but
/// every term of a phrase (the phrases' [`skeleton`]), the phrases asked about each such
/// document ([`LazyUnion`]). The same documents: a phrase holds only where its terms do.
/// Meant for a pass without scores (the scores of the clauses are not those of `query`).
pub fn unscored_union(query: &dyn Query) -> Box<dyn Query> {
    let mut words: Vec<Box<dyn Query>> = Vec::new();
    let mut phrases: Vec<Box<dyn Query>> = Vec::new();
    leaves(query, &mut words, &mut phrases);
    if phrases.is_empty() {
        return query.box_clone();
    }
    let should = |qs: &[Box<dyn Query>]| -> Box<dyn Query> {
        Box::new(BooleanQuery::new(
            qs.iter().map(|q| (Occur::Should, q.box_clone())).collect(),
        ))
    };
    let skeletons: Vec<Box<dyn Query>> = phrases.iter().map(|q| skeleton(q.as_ref())).collect();
    let mut candidates = vec![(Occur::Must, should(&skeletons))];
    if !words.is_empty() {
        candidates.push((Occur::MustNot, should(&words)));
    }
    let only_phrases: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
        (
            Occur::Must,
            Box::new(BooleanQuery::new(candidates)) as Box<dyn Query>,
        ),
        (Occur::Must, LazyUnion::of(should(&phrases))),
    ]));
    words.push(only_phrases);
    should(&words)
}

/// The leaves of a union of should clauses (through [`Boosted`]): phrases apart.
fn leaves(query: &dyn Query, words: &mut Vec<Box<dyn Query>>, phrases: &mut Vec<Box<dyn Query>>) {
    if let Some(union) = query.downcast_ref::<BooleanQuery>() {
        let clauses = union.clauses();
        if !clauses.is_empty() && clauses.iter().all(|(occur, _)| *occur == Occur::Should) {
            for (_, clause) in clauses {
                leaves(clause.as_ref(), words, phrases);
            }
            return;
        }
    } else if let Some(boosted) = query.downcast_ref::<Boosted>() {
        return leaves(boosted.query.as_ref(), words, phrases);
    } else if phrase_of(query).is_some() {
        phrases.push(query.box_clone());
        return;
    }
    words.push(query.box_clone());
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, DocSetCollector, TopDocs};
    use tantivy::query::BoostQuery;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index};

    /// Over documents where the phrases' terms often occur apart (so a phrase's skeleton holds
    /// more than the phrase): [`unscored_union`] finds exactly the documents of the union it
    /// stands for, and [`Boosted`] scores as tantivy's `BoostQuery`.
    #[test]
    fn the_unscored_union_finds_the_documents_of_the_union() {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["a", "b", "c", "d", "e", "f"];
        for i in 0..3000usize {
            let body: Vec<&str> = (0..(i % 6 + 1))
                .map(|k| words[(i * 5 + k * (i % 4 + 1)) % words.len()])
                .collect();
            writer.add_document(doc!(text => body.join(" "))).unwrap();
        }
        // Phrases' terms apart, reversed, and together, with and without a word of the union.
        for body in [
            "b f c",
            "c b",
            "f e",
            "b c",
            "e f",
            "f b e c",
            "a b f c",
            "d c e b f",
        ] {
            writer.add_document(doc!(text => body)).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |w: &str| Term::from_field_text(text, w);
        let word = |w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(term(w), IndexRecordOption::WithFreqs))
        };
        let phrase = |a: &str, b: &str| -> Box<dyn Query> {
            Box::new(PhraseQuery::new(vec![term(a), term(b)]))
        };
        let union = |boost: &dyn Fn(Box<dyn Query>, f32) -> Box<dyn Query>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(vec![
                (Occur::Should, boost(word("a"), 2.0)),
                (Occur::Should, boost(phrase("b", "c"), 0.5)),
                (
                    Occur::Should,
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Should, boost(word("d"), 0.7)),
                        (Occur::Should, boost(phrase("e", "f"), 0.5)),
                        (Occur::Should, phrase("c", "b")),
                    ])),
                ),
            ]))
        };
        let ours = union(&|q, b| Box::new(Boosted::new(q, b)));
        let tantivys = union(&|q, b| Box::new(BoostQuery::new(q, b)));
        let docs = |q: &dyn Query| searcher.search(q, &DocSetCollector).unwrap();
        let count = |q: &dyn Query| searcher.search(q, &Count).unwrap();
        let top = |q: &dyn Query| {
            searcher
                .search(q, &TopDocs::with_limit(3000).order_by_score())
                .unwrap()
        };
        // The fixture exercises the lazy check: a phrase's terms apart in some documents.
        let bc = phrase("b", "c");
        assert!(count(&*skeleton(bc.as_ref())) > count(bc.as_ref()));
        assert!(count(bc.as_ref()) > 0);
        let unscored = unscored_union(ours.as_ref());
        assert!(unscored.downcast_ref::<BooleanQuery>().is_some());
        let expected = docs(tantivys.as_ref());
        assert!(!expected.is_empty() && expected.len() < 3000);
        assert_eq!(docs(unscored.as_ref()), expected);
        assert_eq!(count(unscored.as_ref()), expected.len());
        assert_eq!(docs(ours.as_ref()), expected);
        assert_eq!(top(ours.as_ref()), top(tantivys.as_ref()));
        // Phrases alone, and words alone.
        let phrases: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Should, phrase("b", "c")),
            (Occur::Should, phrase("e", "f")),
        ]));
        assert_eq!(
            docs(unscored_union(phrases.as_ref()).as_ref()),
            docs(phrases.as_ref())
        );
        let words: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Should, word("a")),
            (Occur::Should, word("f")),
        ]));
        assert_eq!(
            docs(unscored_union(words.as_ref()).as_ref()),
            docs(words.as_ref())
        );
    }
}
