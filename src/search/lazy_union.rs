//! The scoring query's union of words and phrases, looked up only on the documents another
//! clause lets through. tantivy's union (`BufferedUnionScorer`) fills a window of 4,096
//! documents at a time from every clause, so inside an intersection with the match filter
//! ([`crate::search::matching`]) it still scored every document holding any query word — a
//! question's common words hold most of the index — and matched every bigram phrase on each of
//! them, to keep the few the filter lets through. [`LazyUnion`] asks each clause only about
//! the document the intersection proposes (`seek_danger`), so a phrase's positions are read
//! only where the filter already holds.
//!
//! Scores are those of the union it replaces: the clauses' scores at a document added in
//! clause order, as tantivy's `SumCombiner` adds them. Without scores (the unscored pass
//! that counts ticked facets, [`crate::search::facets::OnePass`]) a document is in the union
//! as soon as one clause holds it: the clauses are asked in order (the words before the
//! phrases) and the rest are not, so a phrase's positions are read only where no word holds.
//!
//! With a relevance search's bar ([`LazyUnion::barred`], [`crate::search::bounded`]) most
//! matches cannot enter the pool, yet each was asked about every clause, the common words'
//! (the longest postings, holding most matches) included. So the clauses are asked highest
//! ceiling first (a word's BM25 weight, the most it scores anywhere; a phrase's), and once a
//! clause holds the document and the scores found plus the ceilings of the clauses left
//! cannot reach the bar, the rest are not asked (Lucene's MaxScore, at one document): the
//! document is counted with a lower score it could not enter the pool with either way.

use std::sync::Arc;

use tantivy::query::{
    Bm25StatisticsProvider, Bm25Weight, BooleanQuery, BoostWeight, EnableScoring, Explanation,
    Occur, Query, Scorer, TermQuery, Weight,
};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, Term, TERMINATED};

use crate::search::bounded::{Bar, BarReader, BoundedPhraseScorer, BoundedPhraseWeight};
use crate::search::skeleton::Boosted;
use crate::search::terms::Bigrams;

/// A union of should clauses walked by seeking (see the module documentation). Meant as a
/// clause of an intersection that another clause drives; it still answers `advance` and
/// `seek` correctly, one clause at a time, when it has to lead.
#[derive(Debug)]
pub struct LazyUnion {
    clauses: Vec<Box<dyn Query>>,
    /// The bar of the relevance search whose score this union is ([`crate::search::bounded`]):
    /// its phrases are then counted only where the match may pass it.
    bar: Option<Arc<Bar>>,
}

impl Clone for LazyUnion {
    fn clone(&self) -> Self {
        LazyUnion {
            clauses: self.clauses.iter().map(|q| q.box_clone()).collect(),
            bar: self.bar.clone(),
        }
    }
}

impl LazyUnion {
    /// `query` with every union in it (a boolean query of should clauses only, at any depth
    /// of such unions) made lazy; any other query as it is.
    pub fn of(query: Box<dyn Query>) -> Box<dyn Query> {
        match query.downcast_ref::<BooleanQuery>() {
            Some(union)
                if !union.clauses().is_empty()
                    && union
                        .clauses()
                        .iter()
                        .all(|(occur, _)| *occur == Occur::Should) =>
            {
                Box::new(LazyUnion {
                    clauses: union
                        .clauses()
                        .iter()
                        .map(|(_, clause)| LazyUnion::of(clause.box_clone()))
                        .collect(),
                    bar: None,
                })
            }
            _ => query,
        }
    }

    /// [`LazyUnion::of`] for the whole score of a relevance search whose collector publishes
    /// `bar` ([`crate::search::bounded::Barred`]): the phrases among the top union's clauses
    /// (a phrase of bigrams, boosted or not) are counted only at the matches that may pass
    /// it. The same documents; the same scores wherever a document may enter the pool. The
    /// bar is of the collected scores, so the union must be all that scores: every other clause
    /// beside it scores nothing (as in [`crate::search::query::full_query`]).
    pub fn barred(query: Box<dyn Query>, bar: Arc<Bar>) -> Box<dyn Query> {
        let lazy = LazyUnion::of(query);
        match lazy.downcast_ref::<LazyUnion>() {
            Some(union) => Box::new(LazyUnion {
                clauses: union.clauses.iter().map(|q| q.box_clone()).collect(),
                bar: Some(bar),
            }),
            None => lazy,
        }
    }
}

/// The weight of a clause of a barred union: a phrase of bigrams (boosted or not) as a
/// [`BoundedPhraseWeight`] when scoring, any other clause as its own.
fn clause_weight(
    clause: &dyn Query,
    enable_scoring: EnableScoring<'_>,
) -> tantivy::Result<Box<dyn Weight>> {
    let (inner, boost) = match clause.downcast_ref::<Boosted>() {
        Some(boosted) => boosted.parts(),
        None => (clause, 1.0),
    };
    if let Some(bigrams) = inner.downcast_ref::<Bigrams>() {
        if let Some(weight) = BoundedPhraseWeight::new(bigrams.terms(), enable_scoring)? {
            return Ok(
                if boost == 1.0 && clause.downcast_ref::<Boosted>().is_none() {
                    Box::new(weight)
                } else {
                    Box::new(BoostWeight::new(Box::new(weight), boost))
                },
            );
        }
    }
    clause.weight(enable_scoring)
}

impl Query for LazyUnion {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let weights = self
            .clauses
            .iter()
            .map(|clause| match &self.bar {
                Some(_) => clause_weight(clause.as_ref(), enable_scoring),
                None => clause.weight(enable_scoring),
            })
            .collect::<tantivy::Result<_>>()?;
        let scored = enable_scoring.is_scoring_enabled();
        let terms = match (&self.bar, enable_scoring) {
            (
                Some(_),
                EnableScoring::Enabled {
                    statistics_provider,
                    ..
                },
            ) => self
                .clauses
                .iter()
                .map(|clause| term_ceiling(clause.as_ref(), statistics_provider))
                .collect::<tantivy::Result<_>>()?,
            _ => Vec::new(),
        };
        Ok(Box::new(LazyUnionWeight {
            weights,
            scored,
            bar: self.bar.clone().filter(|_| scored),
            terms,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for clause in &self.clauses {
            clause.query_terms(visitor);
        }
    }
}

/// The most a word clause (a term, boosted or not) scores anywhere, before the boost its
/// scorer is given: its BM25 weight at a frequency past any document's, and the clause's own
/// boost. `None` for any other clause.
fn term_ceiling(
    clause: &dyn Query,
    statistics: &dyn Bm25StatisticsProvider,
) -> tantivy::Result<Option<(Score, Score)>> {
    let (inner, boost) = match clause.downcast_ref::<Boosted>() {
        Some(boosted) => boosted.parts(),
        None => (clause, 1.0),
    };
    let Some(term) = inner.downcast_ref::<TermQuery>() else {
        return Ok(None);
    };
    let bm25 = Bm25Weight::for_terms(statistics, std::slice::from_ref(term.term()))?;
    Ok(Some((bm25.score(0, u32::MAX), boost)))
}

struct LazyUnionWeight {
    weights: Vec<Box<dyn Weight>>,
    /// Whether scores are asked for (else one clause holding a document is enough).
    scored: bool,
    /// The search's bar, with scores only.
    bar: Option<Arc<Bar>>,
    /// With a bar, each clause's [`term_ceiling`].
    terms: Vec<Option<(Score, Score)>>,
}

impl LazyUnionWeight {
    fn lazy_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<LazyUnionScorer> {
        let clauses: Vec<Clause> = self
            .weights
            .iter()
            .map(|weight| Ok(Clause::new(weight.scorer(reader, boost)?)))
            .collect::<tantivy::Result<_>>()?;
        let doc = clauses.iter().map(|c| c.next).min().unwrap_or(TERMINATED);
        let bar = self
            .bar
            .as_ref()
            .and_then(|bar| bar.reader(reader.segment_id()));
        let mut clauses = clauses;
        let mut order = Vec::new();
        let mut tail = Vec::new();
        if bar.is_some() {
            for clause in clauses.iter_mut().take(64) {
                clause.phrase = clause
                    .scorer
                    .downcast_ref::<BoundedPhraseScorer>()
                    .is_some();
            }
            // The most each clause scores in the segment: a word's BM25 weight (its score
            // at a frequency no document reaches, boosted as its scorer is), a phrase's;
            // unknown for any other clause (asked first, it never lets a bound fall short).
            let ceilings: Vec<Score> = clauses
                .iter()
                .enumerate()
                .map(|(i, clause)| {
                    if clause.next == TERMINATED {
                        0.0
                    } else if let Some(phrase) = clause.scorer.downcast_ref::<BoundedPhraseScorer>()
                    {
                        phrase.ceiling()
                    } else if let Some(Some((weight, own))) = self.terms.get(i) {
                        weight * (boost * own)
                    } else {
                        Score::INFINITY
                    }
                })
                .collect();
            order = (0..clauses.len()).collect();
            order.sort_by(|&a, &b| ceilings[b].total_cmp(&ceilings[a]));
            tail = vec![0.0; order.len() + 1];
            for k in (0..order.len()).rev() {
                tail[k] = tail[k + 1] + ceilings[order[k]];
            }
        }
        Ok(LazyUnionScorer {
            holding_first: 0,
            holding: Vec::new(),
            holding_doc: TERMINATED,
            scores: vec![0.0; clauses.len()],
            cached: 0,
            clauses,
            doc,
            scored: self.scored,
            bar,
            order,
            tail,
        })
    }
}

impl Weight for LazyUnionWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(Box::new(self.lazy_scorer(reader, boost)?))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new(
            "sum of the matching clauses",
            scorer.score(),
        ))
    }
}

/// A docset asked only whether it holds given documents, in increasing order ([`Clause::holds`]),
/// and where it stands.
pub(crate) struct Clause {
    scorer: Box<dyn Scorer>,
    /// Its document when `valid`; else a lower bound of it (`seek_danger` left it between
    /// documents, where only `seek_danger` with a later target may be asked of it).
    next: DocId,
    valid: bool,
    /// A phrase of bigrams ([`BoundedPhraseScorer`], among the first 64 clauses of a union
    /// with a bar): asked for its bigrams first, counted only where the match may pass the bar.
    phrase: bool,
}

impl Clause {
    pub(crate) fn new(scorer: Box<dyn Scorer>) -> Clause {
        Clause {
            next: scorer.doc(),
            valid: true,
            phrase: false,
            scorer,
        }
    }

    /// Whether the clause holds `target`, asking it only when it may (targets only grow).
    pub(crate) fn holds(&mut self, target: DocId) -> bool {
        if self.next > target {
            return false;
        }
        if self.valid && self.next == target {
            return true;
        }
        match self.scorer.seek_danger(target) {
            SeekDangerResult::Found => {
                self.valid = true;
                self.next = target;
                true
            }
            SeekDangerResult::SeekLowerBound(bound) => {
                self.valid = false;
                self.next = bound;
                false
            }
        }
    }

    /// Moves the clause to its first document at or after `target`, in a valid state.
    fn settle(&mut self, target: DocId) -> DocId {
        if self.valid {
            if self.next < target {
                self.next = self.scorer.seek(target);
            }
            return self.next;
        }
        let mut candidate = target.max(self.next);
        while candidate < TERMINATED {
            match self.scorer.seek_danger(candidate) {
                SeekDangerResult::Found => {
                    self.valid = true;
                    self.next = candidate;
                    return candidate;
                }
                SeekDangerResult::SeekLowerBound(bound) => candidate = bound,
            }
        }
        // Terminated: never asked again (its `next` is past every target).
        self.next = TERMINATED;
        TERMINATED
    }
}

struct LazyUnionScorer {
    clauses: Vec<Clause>,
    /// The current document (a lower bound of the next one after a failed `seek_danger`).
    doc: DocId,
    /// Whether `score` will be asked: every clause holding the document must then be known;
    /// without scores `seek_danger` stops at the first clause that holds it.
    scored: bool,
    /// The clauses holding `holding_doc`, as the `seek_danger` that found it (with scores)
    /// listed them: [`Scorer::score`] adds theirs alone instead of looking at every clause
    /// again (a question's union holds tens of clauses — every word in four fields, every
    /// phrase — and a match a few of them). The first 64 clauses as the bits of
    /// `holding_first`, the others in `holding`, in clause order. `holding_doc` is
    /// [`TERMINATED`] when no such list stands (the union moved by `advance` or `seek`).
    holding_first: u64,
    holding: Vec<usize>,
    holding_doc: DocId,
    /// The scores of the clauses of `holding_first` in `cached`, taken at `holding_doc` to
    /// bound it: [`Scorer::score`] reads them rather than asking again.
    scores: Vec<Score>,
    cached: u64,
    /// The search's bar in this segment ([`crate::search::bounded`]).
    bar: Option<BarReader>,
    /// With a bar, the clauses by what they score at most in the segment, the highest first:
    /// at a document, they are asked in this order.
    order: Vec<usize>,
    /// With a bar, `tail[k]`: what the clauses `order[k..]` score at most together.
    tail: Vec<Score>,
}

impl LazyUnionScorer {
    fn settle_all(&mut self, target: DocId) -> DocId {
        self.holding_doc = TERMINATED;
        self.doc = self
            .clauses
            .iter_mut()
            .map(|clause| clause.settle(target))
            .min()
            .unwrap_or(TERMINATED);
        self.doc
    }
}

impl DocSet for LazyUnionScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        let target = self.doc + 1;
        self.settle_all(target)
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        self.settle_all(target)
    }

    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        if target >= TERMINATED {
            self.doc = TERMINATED;
            return SeekDangerResult::SeekLowerBound(TERMINATED);
        }
        if self.bar.is_some() {
            return self.seek_danger_barred(target);
        }
        let mut found = false;
        let mut bound = TERMINATED;
        let mut first = 0u64;
        self.holding.clear();
        self.cached = 0;
        for (i, clause) in self.clauses.iter_mut().enumerate() {
            if clause.holds(target) {
                found = true;
                if !self.scored {
                    break;
                }
                if i < 64 {
                    first |= 1 << i;
                } else {
                    self.holding.push(i);
                }
            } else {
                bound = bound.min(clause.next);
            }
        }
        self.holding_first = first;
        if found {
            self.doc = target;
            self.holding_doc = if self.scored { target } else { TERMINATED };
            SeekDangerResult::Found
        } else {
            self.doc = bound;
            self.holding_doc = TERMINATED;
            SeekDangerResult::SeekLowerBound(bound)
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.clauses
            .iter()
            .map(|c| c.scorer.size_hint())
            .max()
            .unwrap_or(0)
    }

    fn cost(&self) -> u64 {
        self.clauses.iter().map(|c| c.scorer.cost()).sum()
    }
}

impl LazyUnionScorer {
    /// `seek_danger` with scores and a bar (see [`crate::search::bounded`]). The clauses are
    /// asked in [`Self::order`], the highest scoring first: once some clause holds the
    /// document (so it matches), and what the clauses asked give plus what the others can
    /// give at most ([`Self::tail`]) stays below the bar, the others are not asked — the
    /// common words, with the longest postings, come last and are mostly spared. The phrases
    /// are asked for their bigrams only, and bounded by them; where every bigram of some is
    /// there, they are counted from their positions unless a word holds the document and the
    /// words' scores plus each phrase's most stay below the bar. A clause not asked, or a
    /// phrase not counted (left past the document, as one that does not hold it), leaves the
    /// document's score lower than its own; it cannot enter the pool either way. A document
    /// that may enter has every clause asked: the same score, added in clause order.
    fn seek_danger_barred(&mut self, target: DocId) -> SeekDangerResult {
        let LazyUnionScorer {
            clauses,
            holding,
            scores,
            cached,
            bar,
            order,
            tail,
            ..
        } = self;
        let bar = bar.as_ref().expect("a barred union");
        let mut found = false;
        let mut bound = TERMINATED;
        let mut first = 0u64;
        let mut pending = 0u64;
        // What the clauses asked give at most: the words holding the document, their scores;
        // the phrases whose bigrams are all there, their bounds.
        let mut known: Score = 0.0;
        let mut pruned = false;
        holding.clear();
        *cached = 0;
        for (k, &i) in order.iter().enumerate() {
            let clause = &mut clauses[i];
            if clause.next > target {
                bound = bound.min(clause.next);
                continue;
            }
            if found && bar.below(target, known + tail[k]) {
                pruned = true;
                break;
            }
            if clause.phrase && !(clause.valid && clause.next == target) {
                let phrase = clause
                    .scorer
                    .downcast_mut::<BoundedPhraseScorer>()
                    .expect("a phrase clause");
                match phrase.terms_hold(target) {
                    Ok(()) => {
                        pending |= 1 << i;
                        known += phrase.bound();
                    }
                    Err(next) => {
                        clause.valid = false;
                        clause.next = next;
                        bound = bound.min(next);
                    }
                }
            } else if clause.holds(target) {
                found = true;
                let score = clause.scorer.score();
                known += score;
                if i < 64 {
                    first |= 1 << i;
                    scores[i] = score;
                    *cached |= 1 << i;
                } else {
                    holding.push(i);
                }
            } else {
                bound = bound.min(clause.next);
            }
        }
        // `score` adds the clauses past the 64th in clause order.
        holding.sort_unstable();
        if pending != 0 {
            let below = pruned || (found && bar.below(target, known));
            let mut bits = pending;
            while bits != 0 {
                let i = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let clause = &mut clauses[i];
                let holds = !below
                    && clause
                        .scorer
                        .downcast_mut::<BoundedPhraseScorer>()
                        .is_some_and(|phrase| phrase.phrase_match());
                if holds {
                    clause.valid = true;
                    clause.next = target;
                    first |= 1 << i;
                    found = true;
                } else {
                    clause.valid = false;
                    clause.next = target + 1;
                    bound = bound.min(target + 1);
                }
            }
        }
        self.holding_first = first;
        if found {
            self.doc = target;
            self.holding_doc = target;
            SeekDangerResult::Found
        } else {
            self.doc = bound;
            self.holding_doc = TERMINATED;
            self.cached = 0;
            SeekDangerResult::SeekLowerBound(bound)
        }
    }

    /// The score looking at every clause: the sum, in clause order, of the scores of those
    /// standing on the document.
    fn score_every_clause(&mut self) -> Score {
        let doc = self.doc;
        let mut score = 0.0;
        for clause in &mut self.clauses {
            if clause.valid && clause.next == doc {
                score += clause.scorer.score();
            }
        }
        score
    }
}

impl Scorer for LazyUnionScorer {
    fn score(&mut self) -> Score {
        if self.holding_doc != self.doc {
            return self.score_every_clause();
        }
        // The clauses `seek_danger` found holding the document are exactly those standing
        // on it (the others are past it or were left between documents), in clause order,
        // so the sum is the same, added in the same order.
        let mut score = 0.0;
        let mut first = self.holding_first;
        while first != 0 {
            let i = first.trailing_zeros() as usize;
            first &= first - 1;
            score += if self.cached & (1 << i) != 0 {
                self.scores[i]
            } else {
                self.clauses[i].scorer.score()
            };
        }
        for &i in &self.holding {
            score += self.clauses[i].scorer.score();
        }
        score
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{PhraseQuery, TermQuery};
    use tantivy::schema::{Field, IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index};

    /// The should clauses of a union.
    type Clauses = Vec<(Occur, Box<dyn Query>)>;

    /// 3,000 documents of five words, and a union of a word, a phrase and a union of a word
    /// and a phrase over them.
    fn words_and_phrases() -> (tantivy::Searcher, Clauses, Field) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        let words = ["a", "b", "c", "d", "e"];
        for i in 0..3000usize {
            let body: Vec<&str> = (0..(i % 7 + 1))
                .map(|k| words[(i * 7 + k * (i % 5 + 1)) % words.len()])
                .collect();
            writer.add_document(doc!(text => body.join(" "))).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |w: &str| Term::from_field_text(text, w);
        let clauses: Clauses = vec![
            (
                Occur::Should,
                Box::new(TermQuery::new(term("a"), IndexRecordOption::WithFreqs)),
            ),
            (
                Occur::Should,
                Box::new(PhraseQuery::new(vec![term("b"), term("c")])),
            ),
            (
                Occur::Should,
                Box::new(BooleanQuery::new(vec![
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(term("d"), IndexRecordOption::WithFreqs)),
                    ),
                    (
                        Occur::Should,
                        Box::new(PhraseQuery::new(vec![term("e"), term("a")])),
                    ),
                ])),
            ),
        ];
        (searcher, clauses, text)
    }

    /// The same documents and the same scores as tantivy's union, alone and as a clause of
    /// an intersection, with phrases among its clauses; the same documents without scores
    /// (where it stops at the first clause holding a document).
    #[test]
    fn scores_as_the_union_it_replaces() {
        let (searcher, clauses, text) = words_and_phrases();
        let term = |w: &str| Term::from_field_text(text, w);
        let union: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
        let lazy = LazyUnion::of(union.box_clone());
        assert!(lazy.downcast_ref::<LazyUnion>().is_some());
        let filtered = |scoring: Box<dyn Query>| -> Box<dyn Query> {
            Box::new(BooleanQuery::new(vec![
                (
                    Occur::Must,
                    Box::new(TermQuery::new(term("c"), IndexRecordOption::Basic)),
                ),
                (Occur::Must, scoring),
            ]))
        };
        let top = |query: &dyn Query| {
            searcher
                .search(query, &TopDocs::with_limit(3000).order_by_score())
                .unwrap()
        };
        let docs = |query: &dyn Query| {
            searcher
                .search(query, &tantivy::collector::DocSetCollector)
                .unwrap()
        };
        for (expected, got) in [
            (docs(&*union), docs(&*lazy)),
            (
                docs(&*filtered(union.box_clone())),
                docs(&*filtered(lazy.box_clone())),
            ),
        ] {
            assert!(!expected.is_empty());
            assert_eq!(expected, got);
        }
        for (expected, got) in [
            (top(&*union), top(&*lazy)),
            (top(&*filtered(union.box_clone())), top(&*filtered(lazy))),
        ] {
            assert!(!expected.is_empty());
            assert_eq!(expected, got);
        }
    }

    /// A document found by `seek_danger` (as an intersection asks) scores the clauses it
    /// listed holding it: the same sum, to the bit, as looking at every clause, with clauses
    /// past the 64th among them; after `advance` no list stands and every clause is looked at.
    #[test]
    fn a_found_document_scores_the_clauses_listed_holding_it() {
        let (searcher, clauses, text) = words_and_phrases();
        let scoring = EnableScoring::enabled_from_searcher(&searcher);
        let weight_of = |clauses: Clauses| {
            let lazy = LazyUnion::of(Box::new(BooleanQuery::new(clauses)));
            let lazy = lazy.downcast_ref::<LazyUnion>().unwrap();
            LazyUnionWeight {
                weights: lazy
                    .clauses
                    .iter()
                    .map(|clause| clause.weight(scoring).unwrap())
                    .collect(),
                scored: true,
                bar: None,
                terms: Vec::new(),
            }
        };
        // 70 clauses: the three above, then words again, each with its own boost.
        let words = ["a", "b", "c", "d", "e"];
        let mut many = words_and_phrases().1;
        for i in 0..67 {
            let word = TermQuery::new(
                Term::from_field_text(text, words[i * 3 % words.len()]),
                IndexRecordOption::WithFreqs,
            );
            let boosted = tantivy::query::BoostQuery::new(Box::new(word), 1.0 + i as f32 / 7.0);
            many.push((Occur::Should, Box::new(boosted)));
        }
        for (weight, past_64) in [(weight_of(clauses), false), (weight_of(many), true)] {
            let mut scorer = weight.lazy_scorer(searcher.segment_reader(0), 1.0).unwrap();
            let (mut target, mut found, mut several, mut later) = (0, 0, 0, 0);
            while target < TERMINATED {
                match scorer.seek_danger(target) {
                    SeekDangerResult::Found => {
                        assert_eq!(scorer.holding_doc, target);
                        found += 1;
                        several += usize::from(scorer.holding_first.count_ones() > 1);
                        later += usize::from(!scorer.holding.is_empty());
                        let listed = scorer.score();
                        assert_eq!(listed.to_bits(), scorer.score_every_clause().to_bits());
                        target += 1;
                    }
                    SeekDangerResult::SeekLowerBound(bound) => target = bound,
                }
            }
            assert!(found > 1000 && several > 100, "{found} {several}");
            assert_eq!(later > 100, past_64, "{later}");
        }
        let weight = weight_of(words_and_phrases().1);
        let mut scorer = weight.lazy_scorer(searcher.segment_reader(0), 1.0).unwrap();
        assert_eq!(scorer.seek_danger(scorer.doc()), SeekDangerResult::Found);
        let doc = scorer.advance();
        assert!(doc < TERMINATED);
        assert_eq!(scorer.holding_doc, TERMINATED);
        assert!(scorer.score() > 0.0);
    }

    /// `seek_danger` over 70 clauses (past the 64 noted as bits), at targets that skip documents:
    /// found exactly where some clause holds the target, and a bound with no document of
    /// any clause before it; with scores and without.
    #[test]
    fn seek_danger_finds_what_some_clause_holds() {
        use std::collections::BTreeSet;
        use tantivy::collector::DocSetCollector;
        let (searcher, _, text) = words_and_phrases();
        let words = ["a", "b", "c", "d", "e"];
        let mut clauses = words_and_phrases().1;
        for i in 0..67 {
            let phrase = PhraseQuery::new(vec![
                Term::from_field_text(text, words[i % words.len()]),
                Term::from_field_text(text, words[(i / 5 + i + 1) % words.len()]),
            ]);
            clauses.push((Occur::Should, Box::new(phrase)));
        }
        let held: BTreeSet<DocId> = clauses
            .iter()
            .flat_map(|(_, q)| searcher.search(q.as_ref(), &DocSetCollector).unwrap())
            .map(|address| address.doc_id)
            .collect();
        let lazy = LazyUnion::of(Box::new(BooleanQuery::new(clauses)));
        for scoring in [
            EnableScoring::enabled_from_searcher(&searcher),
            EnableScoring::disabled_from_searcher(&searcher),
        ] {
            let weight = lazy.weight(scoring).unwrap();
            let mut scorer = weight.scorer(searcher.segment_reader(0), 1.0).unwrap();
            let (mut target, mut found, mut missed) = (0, 0, 0);
            while target < 3000 {
                match scorer.seek_danger(target) {
                    SeekDangerResult::Found => {
                        assert!(held.contains(&target), "{target}");
                        found += 1;
                    }
                    SeekDangerResult::SeekLowerBound(bound) => {
                        assert!(bound > target, "{target} {bound}");
                        assert_eq!(held.range(target..bound).next(), None, "{target} {bound}");
                        missed += 1;
                    }
                }
                target += 1 + target % 3;
            }
            assert!(found > 500 && missed > 100, "{found} {missed}");
        }
    }
}
