//! What an index directory holds besides tantivy's files, named in one place that the writer,
//! the reader, the generations and the manifest all read: the documents' sidecar, the marker
//! with its format version, the query statistics.

use serde::{Deserialize, Serialize};

/// Sidecar file with the documents' metadata (their `text` left empty).
pub const DOCUMENTS_FILE: &str = "documents.json";
/// Marker file naming the format, so `open` can tell our index from anything else.
pub const MARKER_FILE: &str = "zhengce-index.json";
/// The server's query statistics ([`crate::stats`]), kept in the index directory by default;
/// a build leaves it alone.
pub const QUERY_STATS_FILE: &str = "query-stats.json";
/// Format version written into the marker (3: beneficiary and benefit-type facets; 4: lead-unit
/// facet values are `body@region path`, see [`crate::extract::units`]; 5: each record's
/// `part` indexed, so that counts of measures leave general provisions out).
pub const FORMAT_VERSION: u32 = 5;

/// The marker's content: format, size and age of a generation (`/healthz` reports them).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Marker {
    /// [`FORMAT_VERSION`] of the writer.
    pub format: u32,
    /// Operative measures in the index (what 「N 条措施」 counts: general provisions, final
    /// provisions and a plan's goals left out).
    pub measures: u64,
    /// Every record in the index, those parts included.
    #[serde(default)]
    pub records: u64,
    /// When the generation was written, seconds since 1970 (0 when unknown).
    #[serde(default)]
    pub built_at: u64,
}
