//! Stage 2: [`Document`] → [`Measure`]s. Reads the outline (一、/（一）/1./【】/第X条), attaches
//! 牵头单位, 责任单位 and 完成时限 wherever they sit, maps headings to canonical domains through
//! the alias table in `data/`, and drops non-measures (指导思想, 基本原则, 组织保障…).
//! Pure: no files, no tantivy. Next stage: [`crate::index`].

use crate::{Document, Measure};

/// The measures of one document, in reading order, with `seq` numbered from 0.
pub fn measures(doc: &Document) -> Vec<Measure> {
    let _ = doc;
    todo!("extract::measures")
}
