//! zhengce (政策): policy texts → measures → a tantivy index → search, Q&A and a web site.
//!
//! The modules below are the pipeline, in the order data flows through it. Each stage only
//! depends on the ones above it; nothing depends on [`server`].
#![warn(missing_docs)]

pub mod data; // the files of data/, compiled in and read once
pub mod domain; // the canonical domains, their order (data/domains.toml)
pub mod error; // Error = User | Internal, the messages people read
pub mod measure; // Document and Measure: the records every stage passes on

pub mod ask; // 5 question → answer quoted from the measures
pub mod corpus; // 1 corpus/ files → Document (decode, normalise, metadata, region)
pub mod extract; // 2 Document → Measure (outline, attribution, deadlines, domain)
pub mod index; // 3 Measure → tantivy documents in index/
pub mod question; // what a query asks for: kinds, cues, value patterns (search and Q&A)
pub mod search; // 4 query → ranked measures, facets, snippets
pub mod server; // 6 HTTP → search / ask → views
pub mod stats; // what people searched for and did not find (counts only, bounded)
pub mod views; // 7 results and answers → HTML pages

pub mod bench; // scaled corpus generator and throughput/latency benchmarks
pub mod cli; // the `zhengce` command line
pub mod eval; // hit@1, hit@5, MRR@10 of search and Q&A on a questions file
pub mod region_eval; // document regions scored against a truth file (`eval --regions`)

pub use error::{Error, Result};
pub use measure::{Document, Measure};

#[cfg(test)]
pub(crate) mod testing; // helpers of unit tests: every text over an alphabet
