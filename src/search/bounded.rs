//! A relevance search's bar, and phrases scored only where the match may pass it.
//!
//! A relevance search keeps its best `pool` matches (the rerank pool) and counts all of them.
//! Most matches of a question score far below the pool's last: they are counted, given to the
//! facets and dropped. Their phrases (a chunk of the question, two adjacent words, a synonym,
//! as bigrams in a row) were still counted from their positions — reading each bigram's
//! positions is the largest single cost of a search — only to give a score no one looks at.
//!
//! [`Barred`] wraps the top-k collector and publishes, per segment, the `pool`-th best score
//! collected so far in the search (a segment starts at the bar the segments before it
//! reached), after the region factor the collector applies ([`Bar`]); the top scoring
//! union ([`crate::search::lazy_union`]) reads it. A search naming a region thus prunes as
//! much as one naming none: a measure of another place must pass the bar by its own score.
//! At a document some word of the query holds (so the document matches whatever its phrases
//! say), a phrase whose bigrams are all there is first bounded ([`BoundedPhraseScorer::bound`]):
//! a phrase occurs no more often than each of its bigrams, so its BM25 at the rarest bigram's
//! frequency is its most. When the words' scores plus every such bound, times the document's
//! region factor, stay below the bar, the document cannot enter the pool: its phrases are not
//! counted and its score is left lower (it is counted, and its facets, as before). Otherwise
//! the phrases are counted from their positions as tantivy's phrase scorer counts them, and
//! the score is the same, to the bit.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentId;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EnableScoring, Explanation, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentOrdinal, SegmentReader, Term, TERMINATED};

#[cfg(doc)]
use crate::search::rank::region_factors;
use crate::search::rank::Factored;

/// Relative margin under which a bound counts as below the bar: the bound and the score are
/// sums of the same kind of terms in different orders, so they may differ in the last bits.
const MARGIN: f32 = 1e-4;

/// A segment's region factors, as the collector applies them ([`region_factors`]): `None`
/// where every document keeps its score.
type Factors = Box<dyn Fn(&SegmentReader) -> Option<Factored> + Send + Sync>;

/// A segment's cell: its bar, and the factors its scores are collected with.
type Cell = (SegmentId, Arc<AtomicU32>, Option<Factored>);

/// The score a document must pass to enter a relevance search's pool, per segment (see the
/// module documentation): the `pool`-th best score collected so far in the segment, or the
/// highest such score of a segment collected before it. A bar serves one search. With the
/// collector's region factors ([`Bar::factored`]), the scores after each document's factor;
/// without, the scores before it, and a document's bound is taken at the largest factor.
pub struct Bar {
    segments: Mutex<Vec<Cell>>,
    factor: f32,
    factors: Option<Factors>,
}

impl std::fmt::Debug for Bar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bar")
            .field("factor", &self.factor)
            .field("factored", &self.factors.is_some())
            .finish()
    }
}

impl Bar {
    /// A bar for a search whose collector multiplies scores by at most `factor` (at least 1),
    /// on the scores before it.
    pub fn new(factor: f32) -> Arc<Bar> {
        Arc::new(Bar {
            segments: Mutex::new(Vec::new()),
            factor: factor.max(1.0),
            factors: None,
        })
    }

    /// A bar on the scores after the factors the collector applies ([`region_factors`]),
    /// each at most `factor`: a document's bound is taken at its own factor.
    pub fn factored(
        factor: f32,
        factors: impl Fn(&SegmentReader) -> Option<Factored> + Send + Sync + 'static,
    ) -> Arc<Bar> {
        Arc::new(Bar {
            segments: Mutex::new(Vec::new()),
            factor: factor.max(1.0),
            factors: Some(Box::new(factors)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Cell>> {
        self.segments.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new cell for `segment` and the factors of its scores. The cell starts at the
    /// highest bar of the segments collected before it (below every score for the first):
    /// the pool is the best of the whole search, so a measure below `pool` measures of an
    /// earlier segment cannot enter it either, and a later segment need not fill its own
    /// pool before it prunes.
    fn open(&self, segment: &SegmentReader) -> (Arc<AtomicU32>, Option<Factored>) {
        let factored = self.factors.as_ref().and_then(|factors| factors(segment));
        let id = segment.segment_id();
        let mut segments = self.lock();
        segments.retain(|(other, _, _)| *other != id);
        let floor = segments
            .iter()
            .map(|(_, cell, _)| f32::from_bits(cell.load(Ordering::Relaxed)))
            .fold(f32::NEG_INFINITY, f32::max);
        let cell = Arc::new(AtomicU32::new(floor.to_bits()));
        segments.push((id, cell.clone(), factored.clone()));
        (cell, factored)
    }

    /// What the scorers of `segment` read: `None` when no collector publishes for it.
    pub(crate) fn reader(&self, segment: SegmentId) -> Option<BarReader> {
        let (cell, factored) = self
            .lock()
            .iter()
            .find(|(id, _, _)| *id == segment)
            .map(|(_, cell, factored)| (cell.clone(), factored.clone()))?;
        // Factored scores where every factor is 1 are the scores themselves.
        let factor = match (&self.factors, &factored) {
            (Some(_), None) => 1.0,
            _ => self.factor,
        };
        Some(BarReader {
            cell,
            factor,
            factored,
        })
    }
}

/// A segment's bar, as a scorer reads it.
pub(crate) struct BarReader {
    cell: Arc<AtomicU32>,
    /// The largest factor of a document of the segment.
    factor: f32,
    /// Each document's factor, when the bar is on factored scores.
    factored: Option<Factored>,
}

impl BarReader {
    /// Whether document `doc`, scoring at most `bound` (before its region factor), cannot
    /// enter the pool.
    pub(crate) fn below(&self, doc: DocId, bound: Score) -> bool {
        let bar = f32::from_bits(self.cell.load(Ordering::Relaxed));
        if bound * self.factor * (1.0 + MARGIN) < bar {
            return true;
        }
        // Its own factor, as the collector applies it (a product rounds monotonically).
        self.factored
            .as_ref()
            .is_some_and(|factored| factored(doc, bound) * (1.0 + MARGIN) < bar)
    }
}

/// A collector that publishes the `k`-th best score it has collected in each segment
/// ([`Bar`]) and otherwise passes everything to `inner`.
pub struct Barred<C> {
    inner: C,
    bar: Arc<Bar>,
    k: usize,
}

impl<C> Barred<C> {
    /// `inner`, publishing the `k`-th best score to `bar`.
    pub fn new(inner: C, bar: Arc<Bar>, k: usize) -> Barred<C> {
        Barred { inner, bar, k }
    }
}

/// A score ordered totally (scores are never NaN).
#[derive(Clone, Copy, PartialEq)]
struct Ordered(Score);

impl Eq for Ordered {}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl<C: Collector> Collector for Barred<C> {
    type Fruit = C::Fruit;
    type Child = BarredSegment<C::Child>;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let (cell, factored) = self.bar.open(segment);
        Ok(BarredSegment {
            inner: self.inner.for_segment(segment_local_id, segment)?,
            floor: f32::from_bits(cell.load(Ordering::Relaxed)),
            cell,
            factored,
            factor: self.bar.factor,
            best: BinaryHeap::with_capacity(self.k + 1),
            k: self.k,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<Self::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<Self::Fruit> {
        self.inner.merge_fruits(fruits)
    }
}

/// [`Barred`] in one segment.
pub struct BarredSegment<S> {
    inner: S,
    cell: Arc<AtomicU32>,
    /// The bar the segment started at (earlier segments' pools): never published lower.
    floor: f32,
    /// The factors of the scores published, if any, each at most `factor`.
    factored: Option<Factored>,
    factor: f32,
    /// The `k` best scores collected (after the factors), the least on top.
    best: BinaryHeap<Reverse<Ordered>>,
    k: usize,
}

impl<S: SegmentCollector> SegmentCollector for BarredSegment<S> {
    type Fruit = S::Fruit;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.inner.collect(doc, score);
        if self.k == 0 {
            return;
        }
        let score = match &self.factored {
            // A score that even at the largest factor would not pass the least kept.
            Some(_)
                if self.best.len() == self.k
                    && self
                        .best
                        .peek()
                        .is_some_and(|least| score * self.factor <= least.0 .0) =>
            {
                return;
            }
            Some(factored) => factored(doc, score),
            None => score,
        };
        if self.best.len() < self.k {
            self.best.push(Reverse(Ordered(score)));
        } else if self.best.peek().is_some_and(|least| score > least.0 .0) {
            self.best.pop();
            self.best.push(Reverse(Ordered(score)));
        } else {
            return;
        }
        if self.best.len() == self.k {
            if let Some(least) = self.best.peek() {
                let bar = least.0 .0.max(self.floor);
                self.cell.store(bar.to_bits(), Ordering::Relaxed);
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.inner.harvest()
    }
}

/// The weight of a phrase of bigrams ([`crate::search::terms::Bigrams`]) with scores, as
/// tantivy's `PhraseWeight` (the same BM25 weight, the same counts), whose scorer can also
/// be asked for its terms alone and bounded ([`BoundedPhraseScorer`]).
pub(crate) struct BoundedPhraseWeight {
    terms: Vec<(usize, Term)>,
    bm25: Bm25Weight,
}

impl BoundedPhraseWeight {
    /// The weight of the phrase of `terms` (in the order of their offsets); `None` without
    /// scores.
    pub(crate) fn new(
        terms: &[(usize, Term)],
        enable_scoring: EnableScoring<'_>,
    ) -> tantivy::Result<Option<BoundedPhraseWeight>> {
        let EnableScoring::Enabled {
            statistics_provider,
            ..
        } = enable_scoring
        else {
            return Ok(None);
        };
        let plain: Vec<Term> = terms.iter().map(|(_, t)| t.clone()).collect();
        Ok(Some(BoundedPhraseWeight {
            terms: terms.to_vec(),
            bm25: Bm25Weight::for_terms(statistics_provider, &plain)?,
        }))
    }

    fn bounded_scorer(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Option<BoundedPhraseScorer>> {
        let Some(postings) = PhrasePostings::open(reader, &self.terms)? else {
            return Ok(None);
        };
        let field = self.terms[0].1.field();
        let fieldnorms = match reader.fieldnorms_readers().get_field(field)? {
            Some(fieldnorms) => fieldnorms,
            None => FieldNormReader::constant(reader.max_doc(), 1),
        };
        let mut scorer = BoundedPhraseScorer {
            postings,
            bm25: self.bm25.boost_by(boost),
            fieldnorms,
            doc: 0,
            count: 0,
        };
        let first = scorer.align(0);
        scorer.doc = first;
        if first != TERMINATED && !scorer.phrase_match() {
            scorer.advance();
        }
        Ok(Some(scorer))
    }
}

impl Weight for BoundedPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.bounded_scorer(reader, boost)? {
            Some(scorer) => Box::new(scorer),
            None => Box::new(tantivy::query::EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not match"
            )));
        }
        Ok(Explanation::new("phrase of bigrams", scorer.score()))
    }
}

/// tantivy's phrase scorer over a phrase of bigrams without slop (the same documents, the same
/// count of occurrences, the same score), which can also stop at a document holding every
/// bigram ([`Self::terms_hold`]) and say the most the phrase can score there
/// ([`Self::bound`]) before its positions are read ([`Self::phrase_match`]).
pub(crate) struct BoundedPhraseScorer {
    postings: PhrasePostings,
    bm25: Bm25Weight,
    fieldnorms: FieldNormReader,
    doc: DocId,
    /// The phrase's occurrences in `doc`.
    count: u32,
}

impl BoundedPhraseScorer {
    /// The first document at or after `candidate` holding every bigram.
    fn align(&mut self, candidate: DocId) -> DocId {
        self.postings.align(candidate)
    }

    /// Whether every bigram is in `target` (targets only grow): where the scorer then stands,
    /// its positions not read; else the first document that may hold them all.
    pub(crate) fn terms_hold(&mut self, target: DocId) -> Result<(), DocId> {
        self.postings.terms_hold(target)?;
        self.doc = target;
        Ok(())
    }

    /// The most the phrase scores at the document where every bigram stands: its BM25 at the
    /// rarest bigram's frequency in it (a phrase occurs no more often than any of its bigrams).
    pub(crate) fn bound(&self) -> Score {
        let tf = self.postings.least_term_freq();
        self.bm25.score(self.fieldnorms.fieldnorm_id(self.doc), tf)
    }

    /// The most the phrase scores at any document: its BM25 at a count no document reaches
    /// (a count's factor is below 1, and rounds to at most 1).
    pub(crate) fn ceiling(&self) -> Score {
        self.bm25.score(0, u32::MAX)
    }

    /// Counts the phrase's occurrences at the document where every bigram stands (the
    /// positions of each, aligned, intersected); whether there is one.
    pub(crate) fn phrase_match(&mut self) -> bool {
        self.count = self.postings.count();
        self.count > 0
    }
}

/// The postings of a phrase's bigrams, with their positions, walked together: the documents
/// holding every bigram, and at one of them the phrase's occurrences, read from the same
/// postings that found the document (a phrase check asked after an intersection of the same
/// terms would seek each bigram's postings a second time).
pub(crate) struct PhrasePostings {
    /// Each bigram's postings with what aligns its positions (the largest offset less its
    /// own), the rarest first.
    postings: Vec<(u32, SegmentPostings)>,
    left: Vec<u32>,
    right: Vec<u32>,
}

impl PhrasePostings {
    /// The postings of `terms` (two or more, one field, in the order of their offsets) in
    /// `reader`, each at its first document (not yet aligned); `None` when a term is in no
    /// document of the segment.
    pub(crate) fn open(
        reader: &SegmentReader,
        terms: &[(usize, Term)],
    ) -> tantivy::Result<Option<PhrasePostings>> {
        let field = terms[0].1.field();
        let max_offset = terms.iter().map(|(o, _)| *o).max().unwrap_or(0);
        let inverted = reader.inverted_index(field)?;
        let mut postings = Vec::with_capacity(terms.len());
        for (offset, term) in terms {
            let Some(p) = inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)?
            else {
                return Ok(None);
            };
            postings.push(((max_offset - offset) as u32, p));
        }
        // The rarest first: it leads the intersection.
        postings.sort_by_key(|(_, p)| p.doc_freq());
        Ok(Some(PhrasePostings {
            postings,
            left: Vec::with_capacity(100),
            right: Vec::with_capacity(100),
        }))
    }

    /// The first document at or after `candidate` holding every bigram.
    pub(crate) fn align(&mut self, mut candidate: DocId) -> DocId {
        'outer: loop {
            if candidate == TERMINATED {
                return TERMINATED;
            }
            for (_, p) in &mut self.postings {
                let mut doc = p.doc();
                if doc < candidate {
                    doc = p.seek(candidate);
                }
                if doc > candidate {
                    candidate = doc;
                    continue 'outer;
                }
            }
            return candidate;
        }
    }

    /// The first document after the aligned one holding every bigram.
    pub(crate) fn advance(&mut self) -> DocId {
        let next = match self.postings.first_mut() {
            Some((_, p)) => p.advance(),
            None => TERMINATED,
        };
        self.align(next)
    }

    /// Whether every bigram is in `target` (targets only grow); else the first document that
    /// may hold them all.
    pub(crate) fn terms_hold(&mut self, target: DocId) -> Result<(), DocId> {
        for (_, p) in &mut self.postings {
            let mut doc = p.doc();
            if doc < target {
                doc = p.seek(target);
            }
            if doc > target {
                return Err(doc);
            }
        }
        Ok(())
    }

    /// The least frequency of a bigram in the document where all stand.
    fn least_term_freq(&self) -> u32 {
        self.postings
            .iter()
            .map(|(_, p)| p.term_freq())
            .min()
            .unwrap_or(0)
    }

    /// The phrase's occurrences in the document where every bigram stands (the positions of
    /// each, aligned, intersected).
    pub(crate) fn count(&mut self) -> u32 {
        let (first, rest) = self
            .postings
            .split_first_mut()
            .expect("two bigrams or more");
        first.1.positions_with_offset(first.0, &mut self.left);
        for (offset, p) in rest {
            if self.left.is_empty() {
                break;
            }
            p.positions_with_offset(*offset, &mut self.right);
            let right = &self.right;
            let mut j = 0;
            self.left.retain(|&pos| {
                while j < right.len() && right[j] < pos {
                    j += 1;
                }
                j < right.len() && right[j] == pos
            });
        }
        self.left.len() as u32
    }

    /// Each bigram's number of documents, the smallest first.
    pub(crate) fn doc_freqs(&self) -> impl Iterator<Item = u32> + '_ {
        self.postings.iter().map(|(_, p)| p.doc_freq())
    }

    fn first_size_hint(&self) -> u32 {
        self.postings.first().map_or(0, |(_, p)| p.size_hint())
    }

    fn len(&self) -> u32 {
        self.postings.len() as u32
    }
}

impl DocSet for BoundedPhraseScorer {
    fn advance(&mut self) -> DocId {
        loop {
            let doc = self.postings.advance();
            self.doc = doc;
            if doc == TERMINATED || self.phrase_match() {
                return doc;
            }
        }
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        let doc = self.align(target);
        self.doc = doc;
        if doc == TERMINATED || self.phrase_match() {
            return doc;
        }
        self.advance()
    }

    fn seek_danger(&mut self, target: DocId) -> tantivy::SeekDangerResult {
        use tantivy::SeekDangerResult;
        if target >= TERMINATED {
            self.doc = TERMINATED;
            return SeekDangerResult::SeekLowerBound(TERMINATED);
        }
        match self.terms_hold(target) {
            Err(bound) => {
                self.doc = bound;
                SeekDangerResult::SeekLowerBound(bound)
            }
            Ok(()) if self.phrase_match() => SeekDangerResult::Found,
            Ok(()) => SeekDangerResult::SeekLowerBound(target + 1),
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.postings.first_size_hint() / (10 * self.postings.len().max(1))
    }

    fn cost(&self) -> u64 {
        self.postings.first_size_hint() as u64 * 10 * self.postings.len() as u64
    }
}

impl Scorer for BoundedPhraseScorer {
    fn score(&mut self) -> Score {
        self.bm25
            .score(self.fieldnorms.fieldnorm_id(self.doc), self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::lazy_union::LazyUnion;
    use crate::search::skeleton::Boosted;
    use crate::search::terms::Bigrams;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery};
    use tantivy::schema::{Field, Schema, TEXT};
    use tantivy::{doc, DocAddress, Index, SeekDangerResult};

    /// 3,000 documents of words a–e, repeated in varied orders and lengths (so phrases occur
    /// once, several times or not at all where their words are).
    fn index() -> (tantivy::Searcher, Field) {
        index_in(1)
    }

    /// [`index`]'s documents in `segments` segments of equal size, in order.
    fn index_in(segments: usize) -> (tantivy::Searcher, Field) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter =
            index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        let words = ["a", "b", "c", "d", "e"];
        for i in 0..3000usize {
            if i > 0 && i % (3000 / segments) == 0 {
                writer.commit().unwrap();
            }
            let mut x = (i as u64) * 7919 + 1;
            let body: Vec<&str> = (0..(i % 11 + 1))
                .map(|_| {
                    x = (x * 1_103_515_245 + 12_345) % (1 << 31);
                    words[(x >> 16) as usize % words.len()]
                })
                .collect();
            writer.add_document(doc!(text => body.join(" "))).unwrap();
        }
        writer.commit().unwrap();
        (index.reader().unwrap().searcher(), text)
    }

    fn bigrams(text: Field, words: &[&str]) -> Bigrams {
        Bigrams::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (i, Term::from_field_text(text, w)))
                .collect(),
        )
    }

    /// The scoring union of the pruning tests: the words a and d (boosted), the phrases a b
    /// (boosted) and b c d as bigrams; `more` adds the phrase e a as bigrams (boosted) and c e
    /// as tantivy's phrase.
    fn test_union(text: Field, more: bool) -> Box<dyn Query> {
        let term = |w: &str| Term::from_field_text(text, w);
        let word = |w: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(term(w), IndexRecordOption::WithFreqs))
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Should, word("a")),
            (Occur::Should, Box::new(Boosted::new(word("d"), 0.6))),
            (
                Occur::Should,
                Box::new(Boosted::new(Box::new(bigrams(text, &["a", "b"])), 0.5)),
            ),
            (Occur::Should, Box::new(bigrams(text, &["b", "c", "d"]))),
        ];
        if more {
            clauses.push((
                Occur::Should,
                Box::new(Boosted::new(Box::new(bigrams(text, &["e", "a"])), 0.35)),
            ));
            clauses.push((
                Occur::Should,
                Box::new(PhraseQuery::new(vec![term("c"), term("e")])),
            ));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// `scoring` beside a filter that scores nothing, as every clause beside the union of a
    /// search (`query::full_query`): the collected score is the union's.
    fn under_filter(text: Field, scoring: Box<dyn Query>) -> Box<dyn Query> {
        let filter = TermQuery::new(Term::from_field_text(text, "c"), IndexRecordOption::Basic);
        Box::new(BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(filter), 0.0)),
            ),
            (Occur::Must, scoring),
        ]))
    }

    /// Matches with their scores.
    type Scored = Vec<(Score, DocAddress)>;

    /// Every match's score and address, by address: as `every` (the union asking every
    /// clause, collected with its count) has them, and as `query` (barred by `bar` for a pool
    /// of `k`) collects them; the counts the same.
    fn every_score(
        searcher: &tantivy::Searcher,
        query: &dyn Query,
        every: &(Scored, usize),
        bar: Arc<Bar>,
        k: usize,
    ) -> (Scored, Scored) {
        let all = (
            Barred::new(TopDocs::with_limit(3000).order_by_score(), bar, k),
            Count,
        );
        let barred = searcher.search(query, &all).unwrap();
        assert_eq!(barred.1, every.1);
        let mut theirs = every.0.clone();
        let mut ours = barred.0;
        theirs.sort_by_key(|&(_, address)| address);
        ours.sort_by_key(|&(_, address)| address);
        (theirs, ours)
    }

    /// The bounded scorer finds the documents tantivy's phrase scorer finds, with the same
    /// score to the bit, walked by `advance` and asked by `seek_danger`; its bound is never
    /// below the score.
    #[test]
    fn a_bounded_phrase_scores_as_tantivy_s_phrase() {
        let (searcher, text) = index();
        let reader = searcher.segment_reader(0);
        let scoring = EnableScoring::enabled_from_searcher(&searcher);
        for words in [&["a", "b"][..], &["b", "c", "d"], &["c", "a"], &["e", "e"]] {
            let phrase = bigrams(text, words);
            let theirs = phrase.phrase().weight(scoring).unwrap();
            let ours = BoundedPhraseWeight::new(phrase.terms(), scoring)
                .unwrap()
                .unwrap();
            let mut expected = Vec::new();
            let mut scorer = theirs.scorer(reader, 0.5).unwrap();
            while scorer.doc() != TERMINATED {
                expected.push((scorer.doc(), scorer.score().to_bits()));
                scorer.advance();
            }
            assert!(expected.len() > 20, "{words:?}: {}", expected.len());
            let mut walked = Vec::new();
            let mut scorer = ours.bounded_scorer(reader, 0.5).unwrap().unwrap();
            while scorer.doc() != TERMINATED {
                walked.push((scorer.doc(), scorer.score().to_bits()));
                scorer.advance();
            }
            assert_eq!(walked, expected, "{words:?}");
            let mut asked = Vec::new();
            let mut scorer = ours.bounded_scorer(reader, 0.5).unwrap().unwrap();
            let mut target = 0;
            while target < reader.max_doc() {
                if scorer.terms_hold(target).is_ok() {
                    let bound = scorer.bound();
                    if scorer.phrase_match() {
                        let score = scorer.score();
                        assert!(score <= bound, "{words:?} {target}: {score} > {bound}");
                        asked.push((target, score.to_bits()));
                    }
                }
                target += 1;
            }
            assert_eq!(asked, expected, "{words:?}");
            let mut scorer = ours.bounded_scorer(reader, 0.5).unwrap().unwrap();
            let mut danger = Vec::new();
            let mut target = 0;
            while target < TERMINATED {
                match scorer.seek_danger(target) {
                    SeekDangerResult::Found => {
                        danger.push((target, scorer.score().to_bits()));
                        target += 1;
                    }
                    SeekDangerResult::SeekLowerBound(bound) => target = bound,
                }
            }
            assert_eq!(danger, expected, "{words:?}");
        }
    }

    /// A relevance search whose union counts phrases only where a match may pass the bar
    /// finds the same best documents with the same scores, and the same count, as the union
    /// counting every phrase, for pools of several sizes and a region-like factor.
    #[test]
    fn a_barred_union_keeps_the_best_and_every_match() {
        let (searcher, text) = index();
        let union = || test_union(text, true);
        let filtered = |scoring| under_filter(text, scoring);
        let mut pruned_some = false;
        for (k, factor) in [(1, 1.0), (5, 1.0), (50, 1.0), (10, 4.0), (3000, 1.0)] {
            let top = |query: &dyn Query| -> (Vec<(Score, DocAddress)>, usize) {
                searcher
                    .search(query, &(TopDocs::with_limit(k).order_by_score(), Count))
                    .unwrap()
            };
            let expected = top(&*filtered(LazyUnion::of(union())));
            assert!(expected.1 > 500, "{}", expected.1);
            let bar = Bar::new(factor);
            let collector = (
                Barred::new(TopDocs::with_limit(k).order_by_score(), bar.clone(), k),
                Count,
            );
            let query = filtered(LazyUnion::barred(union(), bar.clone()));
            let got = searcher.search(&*query, &collector).unwrap();
            assert_eq!(got, expected, "k {k}");
            // Every document's score, barred: lower than its own only below the bar.
            let all = (
                Barred::new(TopDocs::with_limit(3000).order_by_score(), bar, k),
                Count,
            );
            let every = searcher
                .search(
                    &*filtered(LazyUnion::of(union())),
                    &(TopDocs::with_limit(3000).order_by_score(), Count),
                )
                .unwrap();
            let barred = searcher.search(&*query, &all).unwrap();
            assert_eq!(barred.1, every.1);
            pruned_some |= barred.0 != every.0;
        }
        assert!(pruned_some, "no phrase was left uncounted");
    }

    /// A union of words alone (no phrase to bound) asks its clauses highest-scoring first
    /// and leaves the rest unasked where the document matches and cannot reach the bar: the
    /// same best documents, scores and count as the union asking every clause, and some
    /// document's score left lower than its own (a word never asked there).
    #[test]
    fn a_barred_union_of_words_leaves_the_light_ones_unasked() {
        let (searcher, text) = index();
        let term = |w: &str| Term::from_field_text(text, w);
        let union = || -> Box<dyn Query> {
            let word = |w: &str, boost: Score| -> (Occur, Box<dyn Query>) {
                let query = Box::new(TermQuery::new(term(w), IndexRecordOption::WithFreqs));
                (Occur::Should, Box::new(Boosted::new(query, boost)))
            };
            Box::new(BooleanQuery::new(vec![
                word("e", 0.2),
                word("a", 1.0),
                word("b", 0.3),
                (
                    Occur::Should,
                    Box::new(TermQuery::new(term("d"), IndexRecordOption::WithFreqs)),
                ),
            ]))
        };
        let filtered = |scoring| under_filter(text, scoring);
        let every = searcher
            .search(
                &*filtered(LazyUnion::of(union())),
                &(TopDocs::with_limit(3000).order_by_score(), Count),
            )
            .unwrap();
        let mut lowered = 0;
        for k in [1, 10, 50] {
            let expected = searcher
                .search(
                    &*filtered(LazyUnion::of(union())),
                    &(TopDocs::with_limit(k).order_by_score(), Count),
                )
                .unwrap();
            assert!(expected.1 > 500, "{}", expected.1);
            let bar = Bar::new(1.0);
            let query = filtered(LazyUnion::barred(union(), bar.clone()));
            let collector = (
                Barred::new(TopDocs::with_limit(k).order_by_score(), bar.clone(), k),
                Count,
            );
            assert_eq!(
                searcher.search(&*query, &collector).unwrap(),
                expected,
                "k {k}"
            );
            let (theirs, ours) = every_score(&searcher, &*query, &every, bar, k);
            for ((their, a), (our, b)) in theirs.iter().zip(&ours) {
                assert_eq!(a, b);
                assert!(our <= their, "{a:?}: {our} > {their}");
                lowered += usize::from(our < their);
            }
        }
        assert!(lowered > 0, "every word asked at every document");
    }

    /// Over several segments, a later segment starts at the bar the earlier ones reached:
    /// the same best documents and count as the union counting every phrase, and some of
    /// the first `k` matches of a later segment already left lower than their own score
    /// (with a bar of its own, a segment prunes nothing before it has collected `k`).
    #[test]
    fn a_later_segment_starts_at_the_bar_of_the_earlier_ones() {
        let (searcher, text) = index_in(3);
        assert_eq!(searcher.segment_readers().len(), 3);
        let union = || test_union(text, true);
        let filtered = |scoring| under_filter(text, scoring);
        let every = searcher
            .search(
                &*filtered(LazyUnion::of(union())),
                &(TopDocs::with_limit(3000).order_by_score(), Count),
            )
            .unwrap();
        // Pools of several matches: a match is left lower only where a clause it holds goes
        // unasked, which the first match of a segment alone may not show.
        for k in [10, 50] {
            let expected = searcher
                .search(
                    &*filtered(LazyUnion::of(union())),
                    &(TopDocs::with_limit(k).order_by_score(), Count),
                )
                .unwrap();
            let bar = Bar::new(1.0);
            let query = filtered(LazyUnion::barred(union(), bar.clone()));
            let collector = (
                Barred::new(TopDocs::with_limit(k).order_by_score(), bar, k),
                Count,
            );
            assert_eq!(searcher.search(&*query, &collector).unwrap(), expected);
            // Every score, barred by a bar of its own (one bar serves one search).
            let bar = Bar::new(1.0);
            let query = filtered(LazyUnion::barred(union(), bar.clone()));
            let (theirs, ours) = every_score(&searcher, &*query, &every, bar, k);
            let mut early = 0;
            for segment in 1..3 {
                early += theirs
                    .iter()
                    .zip(&ours)
                    .filter(|((_, a), _)| a.segment_ord == segment)
                    .take(k)
                    .filter(|(a, b)| a != b)
                    .count();
            }
            assert!(
                early > 0,
                "k {k}: a later segment started below every score"
            );
        }
    }

    /// With a region factor per document, a bar on the scores after it keeps the same best
    /// documents and count as the union counting every phrase, and leaves more phrases
    /// uncounted than a bar on the scores before it (which takes every bound at the largest
    /// factor): a document of another place must pass the bar by its own score.
    #[test]
    fn a_factored_bar_keeps_the_best_and_prunes_more() {
        let (searcher, text) = index();
        let union = || test_union(text, false);
        let filtered = |scoring| under_filter(text, scoring);
        // One document in ten of "the region named" (4), one in ten inside it (8/3).
        let factor = |doc: DocId| match doc % 10 {
            0 => 4.0f32,
            1 => 4.0 * 2.0 / 3.0,
            _ => 1.0,
        };
        let factors = move |_: &SegmentReader| -> Option<Factored> {
            Some(Arc::new(move |doc: DocId, score: Score| {
                score * factor(doc)
            }))
        };
        let tweaked = |k: usize| {
            TopDocs::with_limit(k).tweak_score(move |_: &SegmentReader| {
                move |doc: DocId, score: Score| score * factor(doc)
            })
        };
        let every = searcher
            .search(
                &*filtered(LazyUnion::of(union())),
                &(TopDocs::with_limit(3000).order_by_score(), Count),
            )
            .unwrap();
        let mut pruned = [0usize; 2];
        for k in [1, 10, 50] {
            let expected = searcher
                .search(&*filtered(LazyUnion::of(union())), &(tweaked(k), Count))
                .unwrap();
            assert!(expected.1 > 500, "{}", expected.1);
            for (i, bar) in [Bar::new(4.0), Bar::factored(4.0, factors)]
                .into_iter()
                .enumerate()
            {
                let query = filtered(LazyUnion::barred(union(), bar.clone()));
                let collector = (Barred::new(tweaked(k), bar.clone(), k), Count);
                let got = searcher.search(&*query, &collector).unwrap();
                assert_eq!(got, expected, "k {k}, bar {i}");
                // Every document's score, barred: how many were left lower than their own.
                let (theirs, ours) = every_score(&searcher, &*query, &every, bar, k);
                pruned[i] += theirs.iter().zip(&ours).filter(|(a, b)| a != b).count();
            }
        }
        assert!(pruned[1] > pruned[0], "{pruned:?}");
    }
}
