//! Writing an index: measures → tantivy documents in a fresh directory beside the target, then
//! an atomic swap (old index renamed away, new one renamed in, old one deleted), so a failed
//! build never leaves a broken or half-written index where the live one was.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::schema::Facet;
use tantivy::{Index, TantivyDocument};

use crate::index::analyzer;
use crate::index::schema::{build_schema, date_key, year_of, Fields};
use crate::{Document, Error, Measure, Result};

/// Sidecar file with the documents' metadata (their `text` left empty).
pub const DOCUMENTS_FILE: &str = "documents.json";
/// Marker file naming the format, so `open` can tell our index from anything else.
pub const MARKER_FILE: &str = "zhengce-index.json";
/// Format version written into the marker.
pub const FORMAT_VERSION: u32 = 1;

/// A region path as a facet (`山东省/威海市` → `/山东省/威海市`).
pub fn region_facet(region: &str) -> Facet {
    Facet::from_path(region.split('/').map(str::trim).filter(|p| !p.is_empty()))
}

/// Writes `documents` and `measures` into `index_dir`, atomically replacing what was there.
pub fn write_index(documents: &[Document], measures: &[Measure], index_dir: &Path) -> Result<()> {
    let parent = match index_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent)
        .map_err(|e| Error::io(format!("creating {}", parent.display()), e))?;
    let name = index_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "index".to_owned());
    let stamp = format!(
        "{}-{}",
        std::process::id(),
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    );
    let tmp = parent.join(format!(".{name}.new-{stamp}"));
    std::fs::create_dir_all(&tmp)
        .map_err(|e| Error::io(format!("creating {}", tmp.display()), e))?;
    let result = write_into(documents, measures, &tmp).and_then(|()| swap(&tmp, index_dir, &stamp));
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

fn write_into(documents: &[Document], measures: &[Measure], dir: &Path) -> Result<()> {
    let (schema, fields) = build_schema();
    let index = Index::create_in_dir(dir, schema)?;
    analyzer::register(index.tokenizers());
    let mut writer = index.writer_with_num_threads(1, 100_000_000)?;
    let doc_order: std::collections::HashMap<&str, usize> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    for measure in measures {
        let order = doc_order.get(measure.doc_id.as_str()).copied().unwrap_or(0) as u64;
        writer.add_document(to_document(&fields, measure, order * 100_000)?)?;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;

    let docs: Vec<Document> = documents
        .iter()
        .map(|d| Document {
            text: String::new(),
            ..d.clone()
        })
        .collect();
    let json = serde_json::to_vec(&docs)?;
    let path = dir.join(DOCUMENTS_FILE);
    std::fs::write(&path, json).map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    let marker = serde_json::json!({ "format": FORMAT_VERSION, "measures": measures.len() });
    let path = dir.join(MARKER_FILE);
    std::fs::write(&path, marker.to_string())
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    // The index directory sits in the repository (`index/`); it keeps itself out of git, as
    // the swap replaces the whole directory and with it anything placed there by hand.
    let path = dir.join(".gitignore");
    std::fs::write(&path, "# built by `zhengce index`; never committed\n*\n")
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
    Ok(())
}

fn to_document(fields: &Fields, measure: &Measure, order_base: u64) -> Result<TantivyDocument> {
    let mut doc = TantivyDocument::default();
    doc.add_text(fields.id, &measure.id);
    doc.add_text(fields.doc_id, &measure.doc_id);
    doc.add_text(fields.record, serde_json::to_string(measure)?);
    if let Some(title) = &measure.title {
        doc.add_text(fields.title, title);
    }
    doc.add_text(fields.text, &measure.text);
    let units: Vec<&str> = measure
        .lead_units
        .iter()
        .chain(&measure.responsible_units)
        .map(String::as_str)
        .collect();
    doc.add_text(fields.units, units.join(" "));
    doc.add_text(
        fields.section,
        format!("{} {}", measure.section, measure.doc_title),
    );
    let mut bigram_text = measure.title.clone().unwrap_or_default();
    bigram_text.push('\n');
    bigram_text.push_str(&measure.text);
    doc.add_text(fields.bigram, bigram_text);
    if !measure.region.trim().is_empty() {
        doc.add_facet(fields.region, region_facet(&measure.region));
    }
    if !measure.domain.trim().is_empty() {
        doc.add_facet(fields.domain, Facet::from_path([measure.domain.trim()]));
    }
    let mut seen = std::collections::HashSet::new();
    for unit in &measure.lead_units {
        let unit = unit.trim();
        if !unit.is_empty() && seen.insert(unit) {
            doc.add_facet(fields.lead_unit, Facet::from_path([unit]));
        }
    }
    let year = year_of(measure.date.as_deref());
    if let Some(year) = year {
        doc.add_facet(fields.year_facet, Facet::from_path([year.to_string()]));
    }
    doc.add_i64(fields.year, year.unwrap_or(0) as i64);
    doc.add_u64(fields.date, date_key(measure.date.as_deref()));
    doc.add_u64(fields.order, order_base + measure.seq as u64);
    Ok(doc)
}

/// Moves `new` to `target`: the old index (if any) is renamed away first and deleted after.
/// If the second rename fails, the old index is put back.
fn swap(new: &Path, target: &Path, stamp: &str) -> Result<()> {
    let old = target.with_file_name(format!(
        ".{}.old-{stamp}",
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let had_old = target.exists();
    if had_old {
        std::fs::rename(target, &old)
            .map_err(|e| Error::io(format!("moving {} away", target.display()), e))?;
    }
    if let Err(err) = std::fs::rename(new, target) {
        if had_old {
            let _ = std::fs::rename(&old, target);
        }
        return Err(Error::io(
            format!("moving the new index to {}", target.display()),
            err,
        ));
    }
    if had_old {
        if old.is_dir() {
            let _ = std::fs::remove_dir_all(&old);
        } else {
            let _ = std::fs::remove_file(&old);
        }
    }
    Ok(())
}
