//! A search with ticked facets scored only at its matches, listed by the pass that counts.
//!
//! A search with a facet ticked (a region, a domain) and counted runs two passes
//! ([`crate::search::facets::OnePass`]): one without scores over the query without the ticked
//! filters, which checks each match against them from the facet columns, and one scoring the
//! query with every filter. The matches of the second are the matches of the first that pass
//! every ticked filter, so the first lists them ([`Listing`]) and counts every facet (a facet
//! not ticked over the matches passing every filter, a ticked one over those failing only its
//! own), and the second walks that list ([`Listed`]) and asks the scoring union about each of
//! its documents only — without walking the match filter and the filters again to find them.
//!
//! The scores are those of the query with every filter: its filters, phrases that must match
//! and the match filter score 0 and exclusions nothing, so a match's score is the scoring
//! union's at that document, which [`Listed`] returns as it is.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::query::{EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{
    DocId, DocSet, Score, SeekDangerResult, SegmentOrdinal, SegmentReader, Term, TERMINATED,
};

/// The documents collected, segment by segment, in increasing order.
pub type Listings = HashMap<SegmentId, Arc<[DocId]>>;

/// A collector listing the documents it is given, segment by segment (see the module
/// documentation). Its fruit is the listings and their number.
pub struct Listing;

/// [`Listing`] in one segment.
pub struct ListingSegment {
    segment: SegmentId,
    docs: Vec<DocId>,
}

impl Collector for Listing {
    type Fruit = (Listings, usize);
    type Child = ListingSegment;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<ListingSegment> {
        Ok(ListingSegment {
            segment: reader.segment_id(),
            docs: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<(SegmentId, Vec<DocId>)>) -> tantivy::Result<Self::Fruit> {
        let total = fruits.iter().map(|(_, docs)| docs.len()).sum();
        let listings = fruits
            .into_iter()
            .filter(|(_, docs)| !docs.is_empty())
            .map(|(segment, docs)| (segment, Arc::from(docs)))
            .collect();
        Ok((listings, total))
    }
}

impl SegmentCollector for ListingSegment {
    type Fruit = (SegmentId, Vec<DocId>);

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.docs.push(doc);
    }

    fn harvest(self) -> Self::Fruit {
        (self.segment, self.docs)
    }
}

/// The documents of `listings` that `inner` matches, with `inner`'s scores: `inner` is asked
/// about each listed document only (`seek_danger`), never walked.
pub struct Listed {
    listings: Arc<Listings>,
    inner: Box<dyn Query>,
}

impl Listed {
    /// The documents of `listings` matched by `inner`, scored by it.
    pub fn new(listings: Listings, inner: Box<dyn Query>) -> Listed {
        Listed {
            listings: Arc::new(listings),
            inner,
        }
    }
}

impl Clone for Listed {
    fn clone(&self) -> Self {
        Listed {
            listings: Arc::clone(&self.listings),
            inner: self.inner.box_clone(),
        }
    }
}

impl std::fmt::Debug for Listed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listed")
            .field("segments", &self.listings.len())
            .field("inner", &self.inner)
            .finish()
    }
}

impl Query for Listed {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(ListedWeight {
            listings: Arc::clone(&self.listings),
            inner: self.inner.weight(enable_scoring)?,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.inner.query_terms(visitor)
    }
}

struct ListedWeight {
    listings: Arc<Listings>,
    inner: Box<dyn Weight>,
}

impl Weight for ListedWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let Some(docs) = self.listings.get(&reader.segment_id()) else {
            return Ok(Box::new(EmptyScorer));
        };
        let mut scorer = ListedScorer {
            docs: Arc::clone(docs),
            at: 0,
            inner: self.inner.scorer(reader, boost)?,
            valid: true,
        };
        scorer.settle();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.inner.explain(reader, doc)
    }
}

struct ListedScorer {
    docs: Arc<[DocId]>,
    /// The current document's place in `docs` (`docs.len()`: terminated).
    at: usize,
    inner: Box<dyn Scorer>,
    /// Whether `inner` stands on a document of its own (else a failed `seek_danger` left it
    /// between documents, where only `seek_danger` with a later target may be asked).
    valid: bool,
}

impl ListedScorer {
    /// Moves to the first listed document from `at` on that `inner` holds.
    fn settle(&mut self) {
        while let Some(&doc) = self.docs.get(self.at) {
            if self.valid && self.inner.doc() > doc {
                self.at += 1;
                continue;
            }
            if self.valid && self.inner.doc() == doc {
                return;
            }
            match self.inner.seek_danger(doc) {
                SeekDangerResult::Found => {
                    self.valid = true;
                    return;
                }
                SeekDangerResult::SeekLowerBound(_) => {
                    self.valid = false;
                    self.at += 1;
                }
            }
        }
    }
}

impl DocSet for ListedScorer {
    fn advance(&mut self) -> DocId {
        if self.at < self.docs.len() {
            self.at += 1;
            self.settle();
        }
        self.doc()
    }

    fn doc(&self) -> DocId {
        self.docs.get(self.at).copied().unwrap_or(TERMINATED)
    }

    fn size_hint(&self) -> u32 {
        (self.docs.len() - self.at.min(self.docs.len())) as u32
    }
}

impl Scorer for ListedScorer {
    fn score(&mut self) -> Score {
        self.inner.score()
    }
}
