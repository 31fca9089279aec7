//! Facets with ticked values counted in one pass ([`OnePass`]).
//!
//! A ticked facet is counted without its own filter (disjunctive facets: ticking 山东省 leaves
//! 辽宁省 in the list with what it would add), but under every other filter. Rather than one
//! more pass per ticked facet, a search counts them all in one pass of the query without their
//! filters, checked here on each match from the facet columns ([`Ticked`]): a match failing
//! only the filter of one facet counts for that facet alone, one passing them all for every
//! facet, any other match for nothing. The counts are those of one pass per ticked facet
//! without its own filter.
//!
//! The hits stay those of the query with every filter: a pass that also collected them would
//! score every match of the query without the filters, and tantivy scores eagerly (every
//! phrase occurrence counted, term frequencies decoded), where a pass without scores stops at
//! a phrase's first occurrence; measured, that cost more than the pass it saved.

use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::schema::Schema;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::{FacetColumn, FacetColumns, FacetCounter, FacetCounts, FacetSegmentCounter};
use crate::corpus::region_path::RegionPath;
use crate::index::write::region_facet;
use crate::search::request::{FacetKind, FacetSet, Filters};

/// The filters of the ticked facets that are counted, checked on each match from the facet
/// columns; at most 32 (there are six facets).
#[derive(Default)]
pub struct Ticked {
    checks: Vec<Check>,
}

/// The filter of one facet as the query clause of `search::query` applies it.
struct Check {
    kind: FacetKind,
    field: &'static str,
    accept: Accept,
}

enum Accept {
    /// Region paths (levels joined by `/`): a measure of one of them or within one passes;
    /// `""` (a value with no level, tantivy's root facet) passes every measure with a region.
    Within(Vec<String>),
    /// The values of a one-level facet (a domain, a unit, a label, a year): a measure with
    /// one of them passes.
    Exactly(Vec<String>),
}

impl Ticked {
    /// The ticked facets of `filters` (region values resolved to paths, lead units to facet
    /// values: [`crate::search::SearchEngine::resolve_filters`]) among those `counted`, and the
    /// filters left to the query (all the others, and the date range).
    pub fn split(filters: &Filters, counted: FacetSet) -> (Ticked, Filters) {
        let mut left = filters.clone();
        let mut checks = Vec::new();
        for kind in counted.kinds().filter(|&k| filters.count(k) > 0) {
            left.clear(kind);
            let accept = match kind {
                FacetKind::Region => Accept::Within(
                    filters
                        .region
                        .iter()
                        .map(|r| region_facet(r).to_path().join("/"))
                        .collect(),
                ),
                // The query's clause: the year field equal to the value; a measure has a
                // year facet exactly when it has a year (`index::write`), and filters hold
                // no year 0 (`YEARS`).
                FacetKind::Year => {
                    Accept::Exactly(filters.year.iter().map(i32::to_string).collect())
                }
                _ => Accept::Exactly(
                    filters
                        .values(kind)
                        .iter()
                        .map(|v| v.trim().to_owned())
                        .filter(|v| !v.is_empty())
                        .collect(),
                ),
            };
            // No value left: the query has no clause for the facet either.
            let empty = match &accept {
                Accept::Within(values) | Accept::Exactly(values) => values.is_empty(),
            };
            if !empty {
                checks.push(Check {
                    kind,
                    field: kind.field_name(),
                    accept,
                });
            }
        }
        (Ticked { checks }, left)
    }

    /// Whether no filter is checked here.
    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// The facets whose filters are checked here.
    pub fn kinds(&self) -> FacetSet {
        FacetSet::of(self.checks.iter().map(|c| c.kind))
    }

    /// The bit of the filter of facet field `field` in [`SegmentTicked::failed`] (0: none).
    pub fn bit_of(&self, field: &str) -> u32 {
        self.checks
            .iter()
            .position(|c| c.field == field)
            .map_or(0, |i| 1 << i)
    }

    fn for_segment(
        &self,
        columns: &FacetColumns,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentTicked> {
        let checks = self
            .checks
            .iter()
            .map(|check| {
                let column = columns.of(reader, check.field)?;
                let passes = column
                    .paths()
                    .iter()
                    .map(|path| check.accept.passes(path))
                    .collect();
                Ok((column, passes))
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(SegmentTicked { checks })
    }
}

impl Accept {
    /// Whether a measure with the facet value `path` passes.
    fn passes(&self, path: &str) -> bool {
        match self {
            Accept::Within(areas) => areas
                .iter()
                .any(|area| area.is_empty() || RegionPath::new(path).within(area)),
            Accept::Exactly(values) => values.iter().any(|v| v == path),
        }
    }
}

/// [`Ticked`] in one segment: for each filter, its column and whether each ordinal passes.
pub struct SegmentTicked {
    checks: Vec<(Arc<FacetColumn>, Vec<bool>)>,
}

impl SegmentTicked {
    /// The bits of the filters `doc` fails (0: it passes them all).
    #[inline]
    pub fn failed(&self, doc: DocId) -> u32 {
        if self.checks.is_empty() {
            return 0;
        }
        let mut failed = 0;
        for (i, (column, passes)) in self.checks.iter().enumerate() {
            if !column.ords(doc).iter().any(|&ord| passes[ord as usize]) {
                failed |= 1 << i;
            }
        }
        failed
    }
}

/// A collection: `inner` (the top-k and the count, or just a count) over the matches that pass
/// every [`Ticked`] filter, the facets over the matches as [`FacetCounter::under`] says.
pub struct OnePass<C> {
    inner: C,
    counter: Option<FacetCounter>,
    ticked: Ticked,
    columns: Arc<FacetColumns>,
}

impl<C> OnePass<C> {
    /// The facets whose filters this pass checks.
    pub fn kinds(&self) -> FacetSet {
        self.ticked.kinds()
    }

    /// Collects with `inner`, counts with `counter` (when facets are counted), checking
    /// `ticked`.
    pub fn new(
        inner: C,
        counter: Option<FacetCounter>,
        ticked: Ticked,
        columns: &Arc<FacetColumns>,
    ) -> OnePass<C> {
        OnePass {
            inner,
            counter: counter.map(|c| c.under(&ticked)),
            ticked,
            columns: Arc::clone(columns),
        }
    }
}

/// Per-segment state of [`OnePass`].
pub struct OnePassSegment<S> {
    inner: S,
    counter: Option<FacetSegmentCounter>,
    ticked: SegmentTicked,
}

impl<C: Collector> Collector for OnePass<C> {
    type Fruit = (C::Fruit, Option<FacetCounts>);
    type Child = OnePassSegment<C::Child>;

    fn check_schema(&self, schema: &Schema) -> tantivy::Result<()> {
        self.inner.check_schema(schema)
    }

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(OnePassSegment {
            inner: self.inner.for_segment(segment, reader)?,
            counter: self
                .counter
                .as_ref()
                .map(|c| c.for_segment(segment, reader))
                .transpose()?,
            ticked: self.ticked.for_segment(&self.columns, reader)?,
        })
    }

    fn requires_scoring(&self) -> bool {
        self.inner.requires_scoring()
    }

    fn merge_fruits(
        &self,
        fruits: Vec<<Self::Child as SegmentCollector>::Fruit>,
    ) -> tantivy::Result<Self::Fruit> {
        let (inner, counts): (Vec<_>, Vec<_>) = fruits.into_iter().unzip();
        let counts = match &self.counter {
            Some(counter) => Some(counter.merge_fruits(counts.into_iter().flatten().collect())?),
            None => None,
        };
        Ok((self.inner.merge_fruits(inner)?, counts))
    }
}

impl<S: SegmentCollector> SegmentCollector for OnePassSegment<S> {
    type Fruit = (
        S::Fruit,
        Option<<FacetSegmentCounter as SegmentCollector>::Fruit>,
    );

    fn collect(&mut self, doc: DocId, score: Score) {
        let failed = self.ticked.failed(doc);
        if failed == 0 {
            self.inner.collect(doc, score);
        }
        if let Some(counter) = &mut self.counter {
            counter.count(doc, failed);
        }
    }

    fn harvest(self) -> Self::Fruit {
        (self.inner.harvest(), self.counter.map(|c| c.harvest()))
    }
}
