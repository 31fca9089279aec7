//! Facet counts over every match of a search, in one pass: region (every level of the path),
//! domain, lead unit, year, beneficiary and benefit type ([`FacetKind::ALL`]).
//!
//! The counts come from [`FacetColumns`], a plain copy of tantivy's facet columns decoded
//! when the engine opens: counting is by ordinal (a `Vec<u64>` per field and segment), and
//! ordinals become paths only at the end.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader};

use crate::corpus::region_path::RegionPath;
use crate::domain::Domain;
use crate::extract::units::{self, LeadUnit};
use crate::search::request::FacetKind;
use crate::search::{FacetCount, Facets, Overview};

/// The facets of every document of every segment, decoded once: for each (segment, field)
/// a [`FacetColumn`].
///
/// Why it exists: a search counts four facet fields over tens of thousands of matches, and
/// tantivy's facet columns are built for size, not for this. Each `facet_ords(doc)` walks a
/// multi-valued column index (blockwise-linear and bitpacked decoding), and
/// `facet_from_ord` decompresses a whole zstd sstable block, with a fresh zstd context, for
/// every single ordinal it turns back into a path: that alone was half of all search time on
/// a 100 000-measure index. An engine's index never changes under it (a rebuild writes a new
/// index and swaps it; the reader is not reloaded), so the columns are copied into flat
/// arrays when the engine opens: a few bytes per document and field.
#[derive(Default)]
pub struct FacetColumns {
    columns: HashMap<(SegmentId, &'static str), Arc<FacetColumn>>,
}

/// One facet field of one segment: the ordinals of each document and the path of each
/// ordinal.
pub struct FacetColumn {
    /// The ordinals of document `d` are `ords[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    ords: Vec<u32>,
    /// Path of each ordinal (`山东省/威海市`, no leading `/`).
    paths: Vec<String>,
}

impl FacetColumns {
    /// Decodes the facet columns of `fields` in every segment of `searcher`.
    pub fn load(searcher: &Searcher, fields: &[&'static str]) -> tantivy::Result<FacetColumns> {
        let mut columns = HashMap::new();
        for segment in searcher.segment_readers() {
            for &field in fields {
                let column = FacetColumn::decode(segment, field)?;
                columns.insert((segment.segment_id(), field), Arc::new(column));
            }
        }
        Ok(FacetColumns { columns })
    }

    /// The column of `field` in `segment` (decoded now if it was not at open).
    pub fn of(
        &self,
        segment: &SegmentReader,
        field: &'static str,
    ) -> tantivy::Result<Arc<FacetColumn>> {
        match self.columns.get(&(segment.segment_id(), field)) {
            Some(column) => Ok(Arc::clone(column)),
            None => Ok(Arc::new(FacetColumn::decode(segment, field)?)),
        }
    }
}

/// Every value of each facet but the region in the index (regions: see the engine, which
/// resolves place names first): a filter value outside them matches nothing, and the page
/// says so.
#[derive(Debug, Default)]
pub struct KnownValues {
    values: HashMap<FacetKind, HashSet<String>>,
}

impl KnownValues {
    /// The values of the columns' facet fields.
    pub fn of(columns: &FacetColumns) -> KnownValues {
        let values = |field: &str| -> HashSet<String> {
            columns
                .columns
                .iter()
                .filter(|((_, name), _)| *name == field)
                .flat_map(|(_, column)| column.paths.iter().cloned())
                .collect()
        };
        KnownValues {
            values: FacetKind::ALL
                .into_iter()
                .filter(|&kind| kind != FacetKind::Region)
                .map(|kind| (kind, values(kind.field_name())))
                .collect(),
        }
    }

    fn knows_exactly(&self, kind: FacetKind, value: &str) -> bool {
        self.values.get(&kind).is_some_and(|v| v.contains(value))
    }

    fn of_kind(&self, kind: FacetKind) -> impl Iterator<Item = &String> {
        self.values.get(&kind).into_iter().flatten()
    }

    /// Whether some measure carries `value` of `kind` (regions: always, see above).
    pub fn knows(&self, kind: FacetKind, value: &str) -> bool {
        let value = value.trim();
        match kind {
            FacetKind::Region => true,
            FacetKind::LeadUnit => !self.lead_units(value).is_empty(),
            _ => self.knows_exactly(kind, value),
        }
    }

    /// The lead-unit facet values a filter value names: itself when it is one
    /// (`市场监管局@山东省/威海市`), else every one whose label it is (威海市·市场监管局) or, for
    /// a unit written without its place (市场监督管理局, 市市场监管局), whose body it is, in any
    /// region. Sorted; empty when none.
    pub fn lead_units(&self, value: &str) -> Vec<String> {
        let value = value.trim();
        if self.knows_exactly(FacetKind::LeadUnit, value) {
            return vec![value.to_owned()];
        }
        let body = units::canonical_body(value);
        let mut keys: Vec<String> = self
            .of_kind(FacetKind::LeadUnit)
            .filter(|key| {
                LeadUnit::from_key(key)
                    .is_some_and(|unit| unit.body == body || unit.label() == value)
            })
            .cloned()
            .collect();
        keys.sort();
        keys
    }
}

impl FacetColumn {
    fn decode(segment: &SegmentReader, field: &str) -> tantivy::Result<FacetColumn> {
        let reader = segment.facet_reader(field)?;
        let max_doc = segment.max_doc();
        let mut starts = Vec::with_capacity(max_doc as usize + 1);
        let mut ords = Vec::with_capacity(max_doc as usize);
        starts.push(0);
        for doc in 0..max_doc {
            ords.extend(reader.facet_ords(doc).map(|ord| ord as u32));
            starts.push(ords.len() as u32);
        }
        Ok(FacetColumn {
            starts,
            ords,
            paths: paths_of(&reader)?,
        })
    }

    /// Number of distinct values (ordinals) in the segment.
    pub fn num_values(&self) -> usize {
        self.paths.len()
    }

    /// The ordinals of a document.
    pub fn ords(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match (self.starts.get(doc), self.starts.get(doc + 1)) {
            (Some(&start), Some(&end)) => &self.ords[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The path of each ordinal.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }
}

/// Every path of a facet column, by ordinal: one sequential pass over its dictionary.
fn paths_of(reader: &FacetReader) -> tantivy::Result<Vec<String>> {
    let mut paths = Vec::with_capacity(reader.num_facets());
    let mut stream = reader.facet_dict().stream()?;
    while stream.advance() {
        let facet = Facet::from_encoded(stream.key().to_vec())
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        paths.push(facet.to_path().join("/"));
    }
    Ok(paths)
}

/// Counts the facet values of several facet fields over the matching documents.
pub struct FacetCounter {
    fields: Vec<&'static str>,
    columns: Arc<FacetColumns>,
}

/// Counts per field: facet path (without the leading `/`) → matches.
pub type FacetMaps = Vec<BTreeMap<String, u64>>;

impl FacetCounter {
    /// Counts the facets of `fields` (facet field names) from `columns`.
    pub fn new(fields: &[&'static str], columns: &Arc<FacetColumns>) -> FacetCounter {
        FacetCounter {
            fields: fields.to_vec(),
            columns: Arc::clone(columns),
        }
    }
}

/// Per-segment state of [`FacetCounter`]: per field, its column and a count per ordinal.
pub struct FacetSegmentCounter {
    fields: Vec<(Arc<FacetColumn>, Vec<u64>)>,
}

impl Collector for FacetCounter {
    type Fruit = FacetMaps;
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
                let counts = vec![0u64; column.num_values()];
                Ok((column, counts))
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(FacetSegmentCounter { fields })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetMaps>) -> tantivy::Result<FacetMaps> {
        let mut merged: FacetMaps = vec![BTreeMap::new(); self.fields.len()];
        for fruit in fruits {
            for (into, from) in merged.iter_mut().zip(fruit) {
                if into.is_empty() {
                    *into = from;
                    continue;
                }
                for (value, count) in from {
                    *into.entry(value).or_default() += count;
                }
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for FacetSegmentCounter {
    type Fruit = FacetMaps;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (column, counts) in &mut self.fields {
            for &ord in column.ords(doc) {
                counts[ord as usize] += 1;
            }
        }
    }

    fn harvest(self) -> FacetMaps {
        self.fields
            .into_iter()
            .map(|(column, counts)| {
                counts
                    .into_iter()
                    .zip(column.paths())
                    .filter(|&(count, _)| count > 0)
                    .map(|(count, path)| (path.clone(), count))
                    .collect()
            })
            .collect()
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
/// order of the maps [`to_facets`] reads).
pub const FACET_FIELDS: [&str; FacetKind::ALL.len()] = {
    let mut names = [""; FacetKind::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = FacetKind::ALL[i].field_name();
        i += 1;
    }
    names
};

/// Turns the counts of [`FACET_FIELDS`] into [`Facets`] (at most [`FACET_LIMIT`] values each,
/// most frequent first; regions at every level; years newest first).
pub fn to_facets(mut maps: FacetMaps) -> Facets {
    maps.resize(FACET_FIELDS.len(), BTreeMap::new());
    let mut facets = Facets::default();
    for (kind, map) in FacetKind::ALL.into_iter().zip(maps) {
        let counts = match kind {
            FacetKind::Region => sorted(every_level(&map)),
            FacetKind::Year => map
                .into_iter()
                .rev()
                .map(|(value, count)| FacetCount { value, count })
                .collect(),
            _ => sorted(map),
        };
        *facets.of_mut(kind) = top(counts);
    }
    facets
}

fn top(mut values: Vec<FacetCount>) -> Vec<FacetCount> {
    values.truncate(FACET_LIMIT);
    values
}

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
        let facets = to_facets(maps);
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
