//! zhengce (政策): policy texts → measures → a tantivy index → search, Q&A and a web site.
//!
//! The modules below are the pipeline, in the order data flows through it. Each stage only
//! depends on the ones above it; nothing depends on [`server`].
#![warn(missing_docs)]

pub mod error; // Error = User | Internal, the messages people read
pub mod measure; // Document and Measure: the records every stage passes on

pub mod corpus; // 1 corpus/ files → Document (decode, normalise, metadata, region)
pub mod extract; // 2 Document → Measure (outline, attribution, deadlines, domain)
pub mod index; // 3 Measure → tantivy documents in index/
pub mod search; // 4 query → results, facets, snippets, answers, evaluation
pub mod server; // 5 HTTP → search → views
pub mod stats; // what people searched for and did not find (counts only, bounded)
pub mod views; // 6 results → HTML pages

pub mod bench; // scaled corpus generator and throughput/latency benchmarks
pub mod cli; // the `zhengce` command line

pub use error::{Error, Result};
pub use measure::{Document, Measure};
