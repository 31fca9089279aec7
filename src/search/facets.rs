//! Facet counts over every match of a search, in one pass, from tantivy's facet columns:
//! region (every level of the path), domain, lead unit and year.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fastfield::FacetReader;
use tantivy::schema::Facet;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::search::{FacetCount, Facets};

/// Counts the facet values of several facet fields over the matching documents.
pub struct FacetCounter {
    fields: Vec<&'static str>,
}

/// Counts per field: facet path (without the leading `/`) → matches.
pub type FacetMaps = Vec<BTreeMap<String, u64>>;

impl FacetCounter {
    /// Counts the facets of `fields` (facet field names).
    pub fn new(fields: &[&'static str]) -> FacetCounter {
        FacetCounter {
            fields: fields.to_vec(),
        }
    }
}

/// Per-segment state of [`FacetCounter`].
pub struct FacetSegmentCounter {
    readers: Vec<FacetReader>,
    counts: Vec<Vec<u64>>,
}

impl Collector for FacetCounter {
    type Fruit = FacetMaps;
    type Child = FacetSegmentCounter;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<FacetSegmentCounter> {
        let mut readers = Vec::with_capacity(self.fields.len());
        let mut counts = Vec::with_capacity(self.fields.len());
        for field in &self.fields {
            let facet_reader = reader.facet_reader(field)?;
            counts.push(vec![0u64; facet_reader.num_facets()]);
            readers.push(facet_reader);
        }
        Ok(FacetSegmentCounter { readers, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetMaps>) -> tantivy::Result<FacetMaps> {
        let mut merged: FacetMaps = vec![BTreeMap::new(); self.fields.len()];
        for fruit in fruits {
            for (into, from) in merged.iter_mut().zip(fruit) {
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
        for (reader, counts) in self.readers.iter().zip(self.counts.iter_mut()) {
            for ord in reader.facet_ords(doc) {
                if let Some(c) = counts.get_mut(ord as usize) {
                    *c += 1;
                }
            }
        }
    }

    fn harvest(self) -> FacetMaps {
        let mut out = Vec::with_capacity(self.readers.len());
        let mut facet = Facet::root();
        for (reader, counts) in self.readers.iter().zip(self.counts) {
            let mut map = BTreeMap::new();
            for (ord, count) in counts.into_iter().enumerate() {
                if count > 0 && reader.facet_from_ord(ord as u64, &mut facet).is_ok() {
                    map.insert(facet.to_path().join("/"), count);
                }
            }
            out.push(map);
        }
        out
    }
}

/// Counts of leaf paths → counts of every level (`山东省`, `山东省/威海市`, …).
pub fn every_level(leaves: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let mut all = BTreeMap::new();
    for (path, count) in leaves {
        let mut end = 0;
        let parts: Vec<&str> = path.split('/').collect();
        for (i, part) in parts.iter().enumerate() {
            end += part.len() + usize::from(i > 0);
            *all.entry(path[..end].to_owned()).or_default() += count;
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

/// The facet field names counted for a search, in the order of [`to_facets`].
pub const FACET_FIELDS: [&str; 4] = ["region", "domain", "lead_unit", "year_facet"];

/// Turns the counts of [`FACET_FIELDS`] into [`Facets`]; years newest first.
pub fn to_facets(mut maps: FacetMaps) -> Facets {
    maps.resize(4, BTreeMap::new());
    let year = std::mem::take(&mut maps[3]);
    let lead_unit = std::mem::take(&mut maps[2]);
    let domain = std::mem::take(&mut maps[1]);
    let region = std::mem::take(&mut maps[0]);
    Facets {
        region: sorted(every_level(&region)),
        domain: sorted(domain),
        lead_unit: sorted(lead_unit),
        year: year
            .into_iter()
            .rev()
            .map(|(value, count)| FacetCount { value, count })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
