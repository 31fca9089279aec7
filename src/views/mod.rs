//! Stage 6: results → HTML pages with maud. Views are functions of the `search` result types;
//! they never see a request or the engine. Everything is escaped (no `PreEscaped` for corpus
//! or user text).
//!
//! [`layout`] is the page shell, [`components`] the reusable pieces (links that carry the
//! search state, snippets, facets, pagination); each other module is one page.

pub mod ask;
pub mod benefits;
pub mod components;
pub mod doc;
pub mod embed;
pub mod error;
pub mod export;
pub mod help;
pub mod home;
pub mod layout;
pub mod measure;
pub mod search;
pub mod stats;
