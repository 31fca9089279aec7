//! The facet columns of every segment, decoded once when the engine opens ([`FacetColumns`]):
//! a search counts by ordinal over these flat arrays, and the index-wide numbering of their
//! values ([`FieldValues`]) adds the segments' counts up.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::fastfield::FacetReader;
use tantivy::index::SegmentId;
use tantivy::schema::Facet;
use tantivy::{DocId, Searcher, SegmentReader};

use crate::corpus::region_path::RegionPath;

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
    pub(super) columns: HashMap<(SegmentId, &'static str), Arc<FacetColumn>>,
    /// Per segment, the values its measures hold together in the fields of one value a
    /// measure ([`Combos`]), when few enough distinct ones.
    pub(super) combos: HashMap<SegmentId, Arc<Combos>>,
}

/// The fields holding at most one value a measure (its domain, its year …), taken together
/// in one segment: each measure's values in them as one number, that of their combination.
/// Measures repeat a few combinations (a domain, a year and a kind of benefit go together
/// far less freely than the measures number), so a search counts each match once, by its
/// combination, instead of once in each field, and adds the combinations' counts to the
/// fields' at the end ([`Combos::spread`]): the same counts.
pub struct Combos {
    /// The fields, in the order of each combination's values.
    pub(super) fields: Vec<&'static str>,
    /// The combination of each document.
    pub(super) of_doc: Vec<u32>,
    /// The ordinals of each combination, `fields.len()` of them ([`NONE`] for no value).
    values: Vec<u32>,
}

/// Most combinations a segment keeps ([`Combos`]): past it, adding a field's values would
/// cost the end's spreading (every combination, every field) more than counting saves.
const MAX_COMBOS: usize = 4096;

impl Combos {
    /// The combinations of the fields of `columns` (named `fields`) holding one value a
    /// document at most, over `max_doc` documents: the fields taken fewest values first, each
    /// kept when the combinations stay within [`MAX_COMBOS`]; `None` when fewer than two kept.
    pub(super) fn of(
        fields: &[&'static str],
        columns: &[&FacetColumn],
        max_doc: usize,
    ) -> Option<Combos> {
        let mut ones: Vec<(&'static str, usize, &Vec<u32>)> = fields
            .iter()
            .zip(columns)
            .filter_map(|(&field, column)| match &column.ords {
                Ords::One(one) if one.len() == max_doc => Some((field, column.num_values(), one)),
                _ => None,
            })
            .collect();
        ones.sort_by_key(|&(_, values, _)| values);
        let mut kept: Vec<(&'static str, &Vec<u32>)> = Vec::new();
        let mut best = None;
        for &(field, _, one) in &ones {
            kept.push((field, one));
            let columns: Vec<&Vec<u32>> = kept.iter().map(|&(_, one)| one).collect();
            match combine(&columns, max_doc) {
                Some(found) => best = Some(found),
                None => {
                    kept.pop();
                }
            }
        }
        if kept.len() < 2 {
            return None;
        }
        let (of_doc, values) = best?;
        Some(Combos {
            fields: kept.iter().map(|&(field, _)| field).collect(),
            of_doc,
            values,
        })
    }

    /// Number of combinations.
    pub(super) fn len(&self) -> usize {
        self.values.len() / self.fields.len().max(1)
    }

    /// Adds `counts` (a count per combination) to `into`: for the field at `slot` of the
    /// combinations, its count per ordinal.
    pub(super) fn spread(&self, counts: &[u32], slot: usize, into: &mut [u32]) {
        let width = self.fields.len();
        for (combo, &count) in counts.iter().enumerate() {
            if count > 0 {
                if let Some(total) = into.get_mut(self.values[combo * width + slot] as usize) {
                    *total += count;
                }
            }
        }
    }
}

/// One facet field of one segment: the ordinals of each document and the path of each
/// ordinal.
pub struct FacetColumn {
    /// The ordinals of each document.
    ords: Ords,
    /// Path of each ordinal (`山东省/威海市`, no leading `/`).
    pub(super) paths: Vec<String>,
    /// The index-wide number of each ordinal's value (see [`FieldValues`]).
    pub(super) global: Vec<u32>,
    /// Every value of the field in the index.
    pub(super) values: Arc<FieldValues>,
}

/// The ordinals of each document of a column. Most facet fields hold one value per measure
/// (its domain, its year …): those keep that one ordinal per document, one load where a
/// search counts it, instead of the start and end of a list.
enum Ords {
    /// At most one ordinal per document: that of document `d` is `one[d]`, [`NONE`] for none.
    One(Vec<u32>),
    /// The ordinals of document `d` are `ords[starts[d]..starts[d + 1]]`.
    Many { starts: Vec<u32>, ords: Vec<u32> },
}

/// No ordinal (in [`Ords::One`]).
const NONE: u32 = u32::MAX;

impl Ords {
    /// Takes the lists' layout apart when no document holds more than one ordinal.
    fn of(starts: Vec<u32>, ords: Vec<u32>) -> Ords {
        if starts.windows(2).any(|w| w[1] - w[0] > 1) {
            return Ords::Many { starts, ords };
        }
        let one = starts
            .windows(2)
            .map(|w| {
                if w[1] > w[0] {
                    ords[w[0] as usize]
                } else {
                    NONE
                }
            })
            .collect();
        Ords::One(one)
    }
}

/// Every value of one facet field over all segments, numbered in path order, and every level
/// of those paths (a region's `山东省` for `山东省/威海市`). A search counts by segment
/// ordinal; the counts of all segments are added up by these numbers, with no path hashed
/// or compared, and only the values shown become strings ([`FacetCounts::to_facets`]).
#[derive(Default)]
pub struct FieldValues {
    pub(super) paths: Vec<String>,
    /// Every level of every path, in path order.
    pub(super) levels: Vec<String>,
    /// For each value, the numbers of its levels in `levels` (itself included).
    pub(super) levels_of: Vec<Vec<u32>>,
}

impl FieldValues {
    pub(super) fn of(columns: &[&FacetColumn]) -> FieldValues {
        let mut paths: Vec<String> = columns
            .iter()
            .flat_map(|c| c.paths.iter().cloned())
            .collect();
        paths.sort_unstable();
        paths.dedup();
        let mut levels: Vec<String> = paths
            .iter()
            .flat_map(|p| RegionPath::new(p).ancestors().map(str::to_owned))
            .collect();
        levels.sort_unstable();
        levels.dedup();
        let number = |list: &[String], path: &str| list.binary_search_by(|p| p.as_str().cmp(path));
        let levels_of = paths
            .iter()
            .map(|p| {
                RegionPath::new(p)
                    .ancestors()
                    .filter_map(|level| number(&levels, level).ok())
                    .map(|n| n as u32)
                    .collect()
            })
            .collect();
        FieldValues {
            paths,
            levels,
            levels_of,
        }
    }

    /// The number of `path`, if the field has it.
    fn number(&self, path: &str) -> Option<u32> {
        self.paths
            .binary_search_by(|p| p.as_str().cmp(path))
            .ok()
            .map(|n| n as u32)
    }
}

/// Each document's combination of the ordinals of `ones` (numbered in order of first
/// appearance) and each combination's ordinals; `None` past [`MAX_COMBOS`] combinations.
fn combine(ones: &[&Vec<u32>], max_doc: usize) -> Option<(Vec<u32>, Vec<u32>)> {
    let mut number: HashMap<Vec<u32>, u32> = HashMap::new();
    let mut values = Vec::new();
    let mut of_doc = Vec::with_capacity(max_doc);
    let mut key = Vec::with_capacity(ones.len());
    for doc in 0..max_doc {
        key.clear();
        key.extend(ones.iter().map(|one| one[doc]));
        let combo = match number.get(&key) {
            Some(&combo) => combo,
            None => {
                if number.len() == MAX_COMBOS {
                    return None;
                }
                let combo = number.len() as u32;
                number.insert(key.clone(), combo);
                values.extend_from_slice(&key);
                combo
            }
        };
        of_doc.push(combo);
    }
    Some((of_doc, values))
}

impl FacetColumns {
    /// Decodes the facet columns of `fields` in every segment of `searcher`.
    pub fn load(searcher: &Searcher, fields: &[&'static str]) -> tantivy::Result<FacetColumns> {
        let mut columns = HashMap::new();
        for &field in fields {
            let decoded = searcher
                .segment_readers()
                .iter()
                .map(|segment| Ok((segment.segment_id(), FacetColumn::decode(segment, field)?)))
                .collect::<tantivy::Result<Vec<_>>>()?;
            let values = Arc::new(FieldValues::of(
                &decoded.iter().map(|(_, c)| c).collect::<Vec<_>>(),
            ));
            for (segment, mut column) in decoded {
                column.number_by(&values);
                columns.insert((segment, field), Arc::new(column));
            }
        }
        let mut combos = HashMap::new();
        for segment in searcher.segment_readers() {
            let id = segment.segment_id();
            let of: Vec<&FacetColumn> = fields
                .iter()
                .filter_map(|&field| columns.get(&(id, field)).map(|c| &**c))
                .collect();
            if of.len() != fields.len() {
                continue;
            }
            if let Some(found) = Combos::of(fields, &of, segment.max_doc() as usize) {
                combos.insert(id, Arc::new(found));
            }
        }
        Ok(FacetColumns { columns, combos })
    }

    /// The combinations of the fields of one value a measure in `segment`, if kept.
    pub(super) fn combos_of(&self, segment: &SegmentReader) -> Option<Arc<Combos>> {
        self.combos.get(&segment.segment_id()).cloned()
    }

    /// The column of `field` in `segment`. Every segment's columns are decoded at open: the
    /// engine's reader is never reloaded (a rebuild opens a new engine), so a segment not seen
    /// then is an error, not something to count apart.
    pub fn of(
        &self,
        segment: &SegmentReader,
        field: &'static str,
    ) -> tantivy::Result<Arc<FacetColumn>> {
        self.columns
            .get(&(segment.segment_id(), field))
            .cloned()
            .ok_or_else(|| {
                tantivy::TantivyError::InternalError(format!(
                    "the facet column {field} of segment {} was not decoded when the engine opened",
                    segment.segment_id().short_uuid_string()
                ))
            })
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
            ords: Ords::of(starts, ords),
            paths: paths_of(&reader)?,
            global: Vec::new(),
            values: Arc::default(),
        })
    }

    /// Numbers this column's values by the index-wide `values` (which hold them all).
    pub(super) fn number_by(&mut self, values: &Arc<FieldValues>) {
        self.global = self
            .paths
            .iter()
            .map(|p| values.number(p).unwrap_or(u32::MAX))
            .collect();
        self.values = Arc::clone(values);
    }

    /// A column of a segment with no documents whose ordinals are `paths` (tests count by
    /// ordinal without an index).
    #[cfg(test)]
    pub(super) fn of_paths(paths: Vec<String>) -> FacetColumn {
        FacetColumn {
            ords: Ords::One(Vec::new()),
            paths,
            global: Vec::new(),
            values: Arc::default(),
        }
    }

    /// A column whose document `d` holds the ordinals `ords[starts[d]..starts[d + 1]]` of
    /// `paths` (laid out as a decoded column is).
    #[cfg(test)]
    pub(super) fn of_lists(starts: Vec<u32>, ords: Vec<u32>, paths: Vec<String>) -> FacetColumn {
        FacetColumn {
            ords: Ords::of(starts, ords),
            ..FacetColumn::of_paths(paths)
        }
    }

    /// Number of distinct values (ordinals) in the segment.
    pub fn num_values(&self) -> usize {
        self.paths.len()
    }

    /// The ordinals of a document.
    #[inline]
    pub fn ords(&self, doc: DocId) -> &[u32] {
        let doc = doc as usize;
        match &self.ords {
            Ords::One(one) => match one.get(doc) {
                Some(ord) if *ord != NONE => std::slice::from_ref(ord),
                _ => &[],
            },
            Ords::Many { starts, ords } => match (starts.get(doc), starts.get(doc + 1)) {
                (Some(&start), Some(&end)) => &ords[start as usize..end as usize],
                _ => &[],
            },
        }
    }

    /// Adds one to `counts` at each ordinal of each of `docs`.
    #[inline]
    pub fn count(&self, docs: impl Iterator<Item = DocId>, counts: &mut [u32]) {
        match &self.ords {
            Ords::One(one) => {
                for doc in docs {
                    // A document without a value holds [`NONE`], past every count.
                    if let Some(&ord) = one.get(doc as usize) {
                        if let Some(count) = counts.get_mut(ord as usize) {
                            *count += 1;
                        }
                    }
                }
            }
            Ords::Many { starts, ords } => {
                for doc in docs {
                    let doc = doc as usize;
                    let (Some(&start), Some(&end)) = (starts.get(doc), starts.get(doc + 1)) else {
                        continue;
                    };
                    for &ord in ords.get(start as usize..end as usize).unwrap_or_default() {
                        if let Some(count) = counts.get_mut(ord as usize) {
                            *count += 1;
                        }
                    }
                }
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn column(ords: Ords) -> FacetColumn {
        FacetColumn {
            ords,
            ..FacetColumn::of_paths(Vec::new())
        }
    }

    #[test]
    fn a_column_of_one_value_a_document_reads_as_the_lists() {
        // Documents: [2], [], [0], [1].
        let (starts, ords) = (vec![0, 1, 1, 2, 3], vec![2, 0, 1]);
        let one = column(Ords::of(starts.clone(), ords.clone()));
        assert!(matches!(one.ords, Ords::One(_)));
        let lists = column(Ords::Many { starts, ords });
        for doc in 0..6 {
            assert_eq!(one.ords(doc), lists.ords(doc), "document {doc}");
        }
        assert_eq!(one.ords(0), &[2]);
        assert!(one.ords(1).is_empty());
        // A document with two values keeps the lists.
        let many = Ords::of(vec![0, 2, 3], vec![0, 1, 1]);
        assert!(matches!(many, Ords::Many { .. }));
    }
}
