//! Facet counts over every match of a search, in one pass: region (every level of the path),
//! domain, lead unit, year, beneficiary and benefit type ([`FacetKind::ALL`]).
//!
//! The counts come from [`FacetColumns`], a plain copy of tantivy's facet columns decoded
//! when the engine opens: counting is by ordinal (a `Vec<u64>` per field and segment), and
//! ordinals become paths only at the end.

mod columns;
mod known;
mod ticked;

use columns::Combos;
pub use columns::{FacetColumn, FacetColumns, FieldValues};
pub use known::KnownValues;
pub use ticked::{OnePass, Ticked};

use std::collections::BTreeMap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::corpus::region_path::RegionPath;
use crate::domain::Domain;
use crate::search::request::{FacetKind, FacetSet};
use crate::search::{FacetCount, Facets, Overview};

/// Counts the facet values of several facet fields over the matching documents.
pub struct FacetCounter {
    fields: Vec<&'static str>,
    columns: Arc<FacetColumns>,
    /// For each field, the bit of its own ticked filter ([`Ticked`]; 0 when it has none): a
    /// measure failing only that filter is still counted for the field.
    own: Vec<u32>,
}

/// Counts per field: facet path (without the leading `/`) → matches.
pub type FacetMaps = Vec<BTreeMap<String, u64>>;

impl FacetCounter {
    /// Counts the facets of `fields` (facet field names) from `columns`.
    pub fn new(fields: &[&'static str], columns: &Arc<FacetColumns>) -> FacetCounter {
        FacetCounter {
            fields: fields.to_vec(),
            columns: Arc::clone(columns),
            own: vec![0; fields.len()],
        }
    }

    /// Counts the facets of `kinds`, in [`FacetKind::ALL`]'s order.
    pub fn of_kinds(kinds: FacetSet, columns: &Arc<FacetColumns>) -> FacetCounter {
        let fields: Vec<&'static str> = kinds.kinds().map(FacetKind::field_name).collect();
        FacetCounter::new(&fields, columns)
    }

    /// This counter in a pass whose matches are checked against `ticked` (see [`OnePass`]):
    /// each field counts the measures that pass every ticked filter but its own.
    pub fn under(mut self, ticked: &Ticked) -> FacetCounter {
        self.own = self.fields.iter().map(|f| ticked.bit_of(f)).collect();
        self
    }
}

/// What [`FacetCounter`] collects: for each field counted, each segment's column and a count
/// per ordinal of it. Counts stay by ordinal until the end: a broad query touches thousands
/// of lead units and hundreds of places, and turning every one into an owned path in a sorted
/// map, then sorting them all, cost more than counting the matches; only the values shown
/// ([`FACET_LIMIT`] a facet) become strings ([`FacetCounts::to_facets`]).
#[derive(Default)]
pub struct FacetCounts {
    /// The field names counted, and for each its columns and counts, segment by segment.
    names: Vec<&'static str>,
    fields: Vec<Vec<(Arc<FacetColumn>, Vec<u32>)>>,
}

impl FacetCounts {
    /// The counts of field `i` summed over segments by value number, the numbers with a count
    /// (each once, in the order first met), and the field's values (`None` when the field was
    /// not counted). A field holds thousands of values (lead units, places) and a search
    /// counts a few hundred: the numbers met are read instead of every count.
    fn merged(&self, i: usize) -> Option<(Vec<u64>, Vec<u32>, &FieldValues)> {
        let segments = self.fields.get(i)?;
        let values = &segments.first()?.0.values;
        let mut merged = vec![0u64; values.paths.len()];
        let mut met = Vec::new();
        for (column, counts) in segments {
            for (&count, &number) in counts.iter().zip(&column.global) {
                if count > 0 {
                    if let Some(total) = merged.get_mut(number as usize) {
                        if *total == 0 {
                            met.push(number);
                        }
                        *total += u64::from(count);
                    }
                }
            }
        }
        Some((merged, met, values))
    }

    /// Every field's counts as maps of owned paths (the home page's overview, counted once).
    pub fn into_maps(self) -> FacetMaps {
        (0..self.fields.len())
            .map(|i| {
                let Some((counts, met, values)) = self.merged(i) else {
                    return BTreeMap::new();
                };
                met.into_iter()
                    .map(|n| (values.paths[n as usize].clone(), counts[n as usize]))
                    .collect()
            })
            .collect()
    }

    /// The counts of `a` and of `b` (other fields), either or both absent.
    pub fn join(a: Option<FacetCounts>, b: Option<FacetCounts>) -> Option<FacetCounts> {
        match (a, b) {
            (Some(mut a), Some(b)) => {
                a.names.extend(b.names);
                a.fields.extend(b.fields);
                Some(a)
            }
            (a, b) => a.or(b),
        }
    }

    /// Number of fields counted.
    pub fn len(&self) -> usize {
        self.fields.len()
    }

    /// Whether no field was counted.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The counts of the facets counted as [`Facets`] (the others empty): at most
    /// [`FACET_LIMIT`] values each, most frequent first, then by value (regions at every level
    /// of their paths); years newest first. The same values and order as sorting every count
    /// and cutting the list, found by selecting the first [`FACET_LIMIT`] before sorting them.
    /// A field's values (and a region's levels) are numbered in the order of their paths
    /// ([`FieldValues`]: sorted, distinct), so the order by value is the order by number and
    /// the selection compares numbers, not strings; only the values shown become strings.
    pub fn to_facets(&self) -> Facets {
        let mut facets = Facets::default();
        for kind in FacetKind::ALL {
            let Some(i) = self.names.iter().position(|&n| n == kind.field_name()) else {
                continue;
            };
            let Some((merged, met, values)) = self.merged(i) else {
                continue;
            };
            let (counts, names): (Vec<(u32, u64)>, &[String]) = match kind {
                FacetKind::Region => {
                    let mut levels = vec![0u64; values.levels.len()];
                    let mut met_levels = Vec::new();
                    for &number in &met {
                        let count = merged[number as usize];
                        for &level in &values.levels_of[number as usize] {
                            let total = &mut levels[level as usize];
                            if *total == 0 {
                                met_levels.push(level);
                            }
                            *total += count;
                        }
                    }
                    (with_counts(&levels, met_levels), &values.levels)
                }
                _ => (with_counts(&merged, met), &values.paths),
            };
            let shown = match kind {
                FacetKind::Year => first(counts, |a, b| b.0.cmp(&a.0)),
                _ => first(counts, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))),
            };
            *facets.of_mut(kind) = shown
                .into_iter()
                .map(|(number, count)| FacetCount {
                    value: names[number as usize].clone(),
                    count,
                })
                .collect();
        }
        facets
    }
}

/// The values `numbers` (those with a count above zero, in any order: [`first`] orders them)
/// with their counts.
fn with_counts(counts: &[u64], numbers: Vec<u32>) -> Vec<(u32, u64)> {
    numbers
        .into_iter()
        .map(|number| (number, counts[number as usize]))
        .collect()
}

/// The first [`FACET_LIMIT`] of `values` (value numbers and counts) in the order `before` (a
/// total order: numbers are distinct).
fn first(
    mut values: Vec<(u32, u64)>,
    before: impl Fn(&(u32, u64), &(u32, u64)) -> std::cmp::Ordering,
) -> Vec<(u32, u64)> {
    if values.len() > FACET_LIMIT {
        values.select_nth_unstable_by(FACET_LIMIT - 1, &before);
        values.truncate(FACET_LIMIT);
    }
    values.sort_unstable_by(&before);
    values
}

/// Matches buffered before they are counted ([`FacetSegmentCounter`]).
const BATCH: usize = 2048;

/// Per-segment state of [`FacetCounter`]: per field, its column and a count per ordinal.
///
/// Matches are buffered and counted a batch at a time, one field after the other: a broad
/// query at a million measures counts hundreds of thousands of matches in six fields, and
/// counting each match in every field in turn (six columns and six count arrays touched per
/// match, the column's layout matched each time) was the largest item of a search's profile.
/// One field at a time keeps its column's layout decided once a batch and its counts in cache.
pub struct FacetSegmentCounter {
    /// Per field, its column and a count per ordinal (a segment holds fewer than 2³² matches:
    /// half the memory of `u64` to clear and walk, for a field of thousands of values).
    fields: Vec<(Arc<FacetColumn>, Vec<u32>)>,
    own: Vec<u32>,
    /// The segment's combinations of the fields of one value a measure ([`Combos`]) and a
    /// count per combination, when two fields counted or more are among them; for each field,
    /// its place in the combinations (`None`: counted apart). A batch where no match fails a
    /// ticked filter counts each match once, by its combination; the counts are added to the
    /// fields' at the end.
    combos: Option<(Arc<Combos>, Vec<u32>)>,
    slots: Vec<Option<usize>>,
    /// Matches not counted yet, and the ticked filters each fails (see [`Self::count`]);
    /// `failed` holds one entry per match only when `any_failed`.
    docs: Vec<DocId>,
    failed: Vec<u32>,
    /// Whether any buffered match fails a ticked filter.
    any_failed: bool,
}

impl FacetSegmentCounter {
    /// Counts `doc`, which fails the ticked filters of the bits of `failed`, for each field
    /// whose own filter is the only one it fails, if any ([`FacetCounter::under`]).
    pub fn count(&mut self, doc: DocId, failed: u32) {
        // `failed` is kept only from the batch's first match failing a filter (the matches
        // before it failed none): most searches tick nothing and never keep it.
        if failed != 0 && !self.any_failed {
            self.failed.clear();
            self.failed.resize(self.docs.len(), 0);
            self.any_failed = true;
        }
        self.docs.push(doc);
        if self.any_failed {
            self.failed.push(failed);
        }
        if self.docs.len() == BATCH {
            self.flush();
        }
    }

    /// Counts the buffered matches, field by field. The fields without a ticked filter of
    /// their own count the matches that pass every filter, picked out once for all of them.
    fn flush(&mut self) {
        let mut passing_all: Option<Vec<DocId>> = None;
        if !self.any_failed {
            if let Some((combos, counts)) = &mut self.combos {
                for &doc in &self.docs {
                    if let Some(&combo) = combos.of_doc.get(doc as usize) {
                        if let Some(count) = counts.get_mut(combo as usize) {
                            *count += 1;
                        }
                    }
                }
            }
        }
        for (((column, counts), &own), slot) in
            self.fields.iter_mut().zip(&self.own).zip(&self.slots)
        {
            if !self.any_failed {
                if slot.is_none() {
                    column.count(self.docs.iter().copied(), counts);
                }
            } else if own == 0 {
                let passing = passing_all.get_or_insert_with(|| {
                    self.docs
                        .iter()
                        .zip(&self.failed)
                        .filter(|&(_, &failed)| failed == 0)
                        .map(|(&doc, _)| doc)
                        .collect()
                });
                column.count(passing.iter().copied(), counts);
            } else {
                let passing = self
                    .docs
                    .iter()
                    .zip(&self.failed)
                    .filter(|&(_, &failed)| failed & !own == 0)
                    .map(|(&doc, _)| doc);
                column.count(passing, counts);
            }
        }
        self.docs.clear();
        self.failed.clear();
        self.any_failed = false;
    }

    /// The counts of every field, every match counted.
    fn into_counts(mut self) -> Vec<(Arc<FacetColumn>, Vec<u32>)> {
        self.flush();
        if let Some((combos, counted)) = &self.combos {
            for ((_, counts), slot) in self.fields.iter_mut().zip(&self.slots) {
                if let Some(slot) = *slot {
                    combos.spread(counted, slot, counts);
                }
            }
        }
        self.fields
    }
}

impl Collector for FacetCounter {
    type Fruit = FacetCounts;
    type Child = FacetSegmentCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCounter> {
        let fields = self
            .fields
            .iter()
            .map(|&field| {
                let column = self.columns.of(reader, field)?;
                let counts = vec![0u32; column.num_values()];
                Ok((column, counts))
            })
            .collect::<tantivy::Result<_>>()?;
        let combos = self.columns.combos_of(reader);
        let mut slots: Vec<Option<usize>> = self
            .fields
            .iter()
            .map(|field| {
                combos
                    .as_ref()
                    .and_then(|c| c.fields.iter().position(|f| f == field))
            })
            .collect();
        let combos = match combos {
            Some(combos) if slots.iter().flatten().count() >= 2 => {
                let counts = vec![0u32; combos.len()];
                Some((combos, counts))
            }
            _ => {
                slots.iter_mut().for_each(|slot| *slot = None);
                None
            }
        };
        Ok(FacetSegmentCounter {
            fields,
            own: self.own.clone(),
            combos,
            slots,
            docs: Vec::with_capacity(BATCH),
            failed: Vec::with_capacity(BATCH),
            any_failed: false,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(
        &self,
        fruits: Vec<Vec<(Arc<FacetColumn>, Vec<u32>)>>,
    ) -> tantivy::Result<FacetCounts> {
        let mut merged = FacetCounts {
            names: self.fields.clone(),
            fields: vec![Vec::new(); self.fields.len()],
        };
        for fruit in fruits {
            for (into, from) in merged.fields.iter_mut().zip(fruit) {
                into.push(from);
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for FacetSegmentCounter {
    type Fruit = Vec<(Arc<FacetColumn>, Vec<u32>)>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.count(doc, 0);
    }

    fn harvest(self) -> Self::Fruit {
        self.into_counts()
    }
}

/// Counts of leaf paths → counts of every level (`山东省`, `山东省/威海市`, …).
pub fn every_level(leaves: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let mut all = BTreeMap::new();
    for (path, count) in leaves {
        for level in RegionPath::new(path).ancestors() {
            *all.entry(level.to_owned()).or_default() += count;
        }
    }
    all
}

/// A count map as facet values, most frequent first, then by value.
pub fn sorted(map: BTreeMap<String, u64>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = map
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    out
}

/// Most values a search returns per facet. Counting covers every match; only the list is cut.
/// On a large index a broad query touches thousands of lead units and hundreds of places: no
/// sidebar shows that many, and sending them made up nine tenths of an API response.
/// Ties sort by value, so a region's parent (a prefix, with at least its child's count)
/// always comes before the child and the region tree stays whole.
pub const FACET_LIMIT: usize = 50;

/// The facet field names counted for a search: those of [`FacetKind::ALL`], in its order (the
/// order of the fields [`FacetCounts::to_facets`] reads).
pub const FACET_FIELDS: [&str; FacetKind::ALL.len()] = {
    let mut names = [""; FacetKind::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = FacetKind::ALL[i].field_name();
        i += 1;
    }
    names
};

/// The home page's counts from the measure total, the document count and the region and
/// domain counts over every measure: domains in canonical order, then any others; regions
/// at every level of their paths.
pub fn overview(
    measures: usize,
    documents: usize,
    regions: &std::collections::BTreeMap<String, u64>,
    domains: &std::collections::BTreeMap<String, u64>,
) -> Overview {
    let mut domain_counts: Vec<FacetCount> = domains
        .iter()
        .map(|(value, &count)| FacetCount {
            value: value.clone(),
            count,
        })
        .collect();
    domain_counts.sort_by_key(|c| Domain::rank(&c.value));
    Overview {
        measures,
        documents,
        domains: domain_counts,
        regions: sorted(every_level(regions)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counted a batch at a time, field by field, the counts are those of counting each match
    /// in every field in turn: over several batches, with documents without a value, fields
    /// of several values a document, and matches failing ticked filters.
    #[test]
    fn batches_count_as_each_match_in_turn() {
        let docs = 3 * BATCH as u32 + 17;
        let paths = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        // One value a document (none for every fifth), and lists of one or two values.
        let (mut one_starts, mut one_ords) = (vec![0], Vec::new());
        let (mut many_starts, mut many_ords) = (vec![0], Vec::new());
        for doc in 0..docs {
            if doc % 5 != 0 {
                one_ords.push(doc % 3);
            }
            one_starts.push(one_ords.len() as u32);
            many_ords.push(doc % 2);
            if doc % 4 == 0 {
                many_ords.push(2);
            }
            many_starts.push(many_ords.len() as u32);
        }
        let one = Arc::new(FacetColumn::of_lists(one_starts, one_ords, paths(3)));
        let many = Arc::new(FacetColumn::of_lists(many_starts, many_ords, paths(3)));
        // The first field's own filter is bit 1; the second's, none.
        let own = vec![1, 0];
        let failed = |doc: u32| match doc % 7 {
            0 => 1,
            1 => 2,
            _ => 0,
        };
        let mut counter = FacetSegmentCounter {
            fields: vec![
                (Arc::clone(&one), vec![0; 3]),
                (Arc::clone(&many), vec![0; 3]),
            ],
            own: own.clone(),
            combos: None,
            slots: vec![None, None],
            docs: Vec::new(),
            failed: Vec::new(),
            any_failed: false,
        };
        let mut expected = vec![vec![0u32; 3], vec![0u32; 3]];
        for doc in (0..docs).filter(|d| d % 11 != 3) {
            counter.count(doc, failed(doc));
            for (i, column) in [&one, &many].into_iter().enumerate() {
                if failed(doc) & !own[i] == 0 {
                    for &ord in column.ords(doc) {
                        expected[i][ord as usize] += 1;
                    }
                }
            }
        }
        let counts: Vec<Vec<u32>> = counter.into_counts().into_iter().map(|(_, c)| c).collect();
        assert_eq!(counts, expected);
        assert!(expected.iter().all(|c| c.iter().all(|&n| n > 0)));
    }

    /// The fields of one value a document counted by their combinations give the counts of
    /// counting each field: batches where no match fails a ticked filter counted by
    /// combination, the others field by field, a field of several values a document apart.
    #[test]
    fn combinations_count_as_each_field() {
        let docs = 3 * BATCH as u32 + 17;
        let paths = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        let column = |ords_of: &dyn Fn(u32) -> Vec<u32>, values: usize| {
            let (mut starts, mut ords) = (vec![0], Vec::new());
            for doc in 0..docs {
                ords.extend(ords_of(doc));
                starts.push(ords.len() as u32);
            }
            Arc::new(FacetColumn::of_lists(starts, ords, paths(values)))
        };
        // Two fields of one value a document (none for every fifth of the first), one of lists.
        let a = column(&|d| if d % 5 == 0 { vec![] } else { vec![d % 3] }, 3);
        let b = column(&|d| vec![d % 4], 4);
        let many = column(
            &|d| {
                if d % 4 == 0 {
                    vec![d % 2, 2]
                } else {
                    vec![d % 2]
                }
            },
            3,
        );
        let names = ["a", "many", "b"];
        let combos = Combos::of(&names, &[&*a, &*many, &*b], docs as usize).unwrap();
        assert_eq!(combos.fields, ["a", "b"]);
        assert_eq!(combos.len(), 16);
        let columns = [&a, &many, &b];
        // Matches of the second batch fail the filter of `a` or of `b` now and then.
        let own = vec![1, 0, 2];
        let failed = |doc: u32| match (doc / BATCH as u32, doc % 7) {
            (1, 0) => 1,
            (1, 1) => 2,
            _ => 0,
        };
        let mut counter = FacetSegmentCounter {
            fields: columns
                .iter()
                .map(|c| (Arc::clone(c), vec![0; 4]))
                .collect(),
            own: own.clone(),
            combos: Some((Arc::new(combos), vec![0; 16])),
            slots: vec![Some(0), None, Some(1)],
            docs: Vec::new(),
            failed: Vec::new(),
            any_failed: false,
        };
        let mut expected = vec![vec![0u32; 4]; 3];
        for doc in (0..docs).filter(|d| d % 11 != 3) {
            counter.count(doc, failed(doc));
            for (i, column) in columns.iter().enumerate() {
                if failed(doc) & !own[i] == 0 {
                    for &ord in column.ords(doc) {
                        expected[i][ord as usize] += 1;
                    }
                }
            }
        }
        let counts: Vec<Vec<u32>> = counter.into_counts().into_iter().map(|(_, c)| c).collect();
        assert_eq!(counts, expected);
        assert!(expected[0][..3].iter().chain(&expected[2]).all(|&n| n > 0));
    }

    impl FacetCounts {
        /// Counts as if collected: each of `segments` a segment, each of its maps a field
        /// whose ordinals are the map's paths.
        fn of_segments(segments: Vec<FacetMaps>) -> FacetCounts {
            let mut fields: Vec<Vec<FacetColumn>> = Vec::new();
            let mut counts: Vec<Vec<Vec<u32>>> = Vec::new();
            for maps in segments {
                fields.resize_with(maps.len(), Vec::new);
                counts.resize_with(maps.len(), Vec::new);
                for (i, map) in maps.into_iter().enumerate() {
                    let (paths, numbers): (Vec<String>, Vec<u64>) = map.into_iter().unzip();
                    fields[i].push(FacetColumn::of_paths(paths));
                    counts[i].push(numbers.into_iter().map(|n| n as u32).collect());
                }
            }
            let fields = fields
                .into_iter()
                .zip(counts)
                .map(|(mut columns, counts)| {
                    let values = Arc::new(FieldValues::of(&columns.iter().collect::<Vec<_>>()));
                    for column in &mut columns {
                        column.number_by(&values);
                    }
                    columns.into_iter().map(Arc::new).zip(counts).collect()
                })
                .collect();
            FacetCounts {
                names: FACET_FIELDS.to_vec(),
                fields,
            }
        }
    }

    #[test]
    fn the_first_values_are_those_of_sorting_them_all() {
        // Many ties, two segments sharing some values, zero counts: the shown values and
        // their order are those of summing by path, sorting every count and cutting the list.
        let at = |kind| FacetKind::ALL.iter().position(|&k| k == kind).unwrap();
        let segment = |offset: u64| {
            let mut maps = vec![BTreeMap::new(); FacetKind::ALL.len()];
            for i in 0..300u64 {
                let region = format!("省{}/市{}/区{i}", i % 4, (i + offset) % 7);
                maps[at(FacetKind::Region)].insert(region, (i * 7 + offset) % 5);
                maps[at(FacetKind::LeadUnit)].insert(format!("单位{}", i + offset), i % 3);
                maps[at(FacetKind::Year)].insert(format!("{}", 1950 + i % 80), 1);
            }
            maps
        };
        let (one, two) = (segment(0), segment(100));
        let facets = FacetCounts::of_segments(vec![one.clone(), two.clone()]).to_facets();
        let mut sums = vec![BTreeMap::<String, u64>::new(); FacetKind::ALL.len()];
        for maps in [one, two] {
            for (sum, map) in sums.iter_mut().zip(maps) {
                for (path, count) in map.into_iter().filter(|&(_, c)| c > 0) {
                    *sum.entry(path).or_default() += count;
                }
            }
        }
        let cut = |mut values: Vec<FacetCount>| {
            values.truncate(FACET_LIMIT);
            values
        };
        let pairs = |values: &[FacetCount]| -> Vec<(String, u64)> {
            values.iter().map(|f| (f.value.clone(), f.count)).collect()
        };
        let region = cut(sorted(every_level(&sums[at(FacetKind::Region)])));
        assert_eq!(pairs(&facets.region), pairs(&region));
        let units = cut(sorted(sums[at(FacetKind::LeadUnit)].clone()));
        assert_eq!(pairs(&facets.lead_unit), pairs(&units));
        let years: Vec<(String, u64)> = sums[at(FacetKind::Year)]
            .clone()
            .into_iter()
            .rev()
            .take(FACET_LIMIT)
            .collect();
        assert_eq!(pairs(&facets.year), years);
        assert_eq!(facets.year[0].value, "2029");
    }

    #[test]
    fn long_facets_are_cut_and_the_region_tree_stays_whole() {
        let mut region = BTreeMap::new();
        let mut units = BTreeMap::new();
        for i in 0..200u64 {
            region.insert(format!("省{}/市{i}", i % 3), 1 + i % 5);
            units.insert(format!("单位{i}"), i);
        }
        let mut maps = vec![BTreeMap::new(); FacetKind::ALL.len()];
        let at = |kind| FacetKind::ALL.iter().position(|&k| k == kind).unwrap();
        maps[at(FacetKind::Region)] = region;
        maps[at(FacetKind::LeadUnit)] = units;
        let facets = FacetCounts::of_segments(vec![maps]).to_facets();
        assert_eq!(facets.lead_unit.len(), FACET_LIMIT);
        assert_eq!(facets.lead_unit[0].value, "单位199");
        assert_eq!(facets.region.len(), FACET_LIMIT);
        for value in &facets.region {
            if let Some((parent, _)) = value.value.rsplit_once('/') {
                assert!(facets.region.iter().any(|v| v.value == parent), "{parent}");
            }
        }
    }

    #[test]
    fn region_counts_cover_every_level() {
        let leaves: BTreeMap<String, u64> = [
            ("山东省/威海市".to_owned(), 3),
            ("山东省/威海市/威海经济技术开发区".to_owned(), 2),
            ("山东省".to_owned(), 1),
        ]
        .into_iter()
        .collect();
        let all = every_level(&leaves);
        assert_eq!(all["山东省"], 6);
        assert_eq!(all["山东省/威海市"], 5);
        assert_eq!(all["山东省/威海市/威海经济技术开发区"], 2);
    }
}
