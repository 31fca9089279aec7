//! Writing an index: measures → tantivy documents in a fresh directory beside the target, then
//! an atomic swap (old index renamed away, new one renamed in, old one deleted), so a failed
//! build never leaves a broken or half-written index where the live one was. Only a zhengce
//! index (marker file present) or an empty directory (or one holding only `.gitignore`) is
//! ever replaced: anything else named by `--index` is refused, never deleted.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use tantivy::schema::Facet;
use tantivy::{Index, TantivyDocument};

use crate::error::UserError;
use crate::index::analyzer;
use crate::index::schema::{build_schema, date_key, year_of, Fields};
use crate::{Document, Error, Measure, Result};

/// Sidecar file with the documents' metadata (their `text` left empty).
pub const DOCUMENTS_FILE: &str = "documents.json";
/// Marker file naming the format, so `open` can tell our index from anything else.
pub const MARKER_FILE: &str = "zhengce-index.json";
/// Format version written into the marker.
pub const FORMAT_VERSION: u32 = 2;

/// A region path as a facet (`山东省/威海市` → `/山东省/威海市`).
pub fn region_facet(region: &str) -> Facet {
    Facet::from_path(region.split('/').map(str::trim).filter(|p| !p.is_empty()))
}

/// Checks that a build may replace `index_dir`: it is missing, empty, holds only
/// `.gitignore`, or is a zhengce index (has [`MARKER_FILE`]). Anything else (a corpus, a home
/// directory, a file) is `UserError::NotAnIndexDir`, so a mistyped `--index` deletes nothing.
pub fn check_target(index_dir: &Path) -> Result<()> {
    let refuse = |reason: String| -> Error {
        UserError::NotAnIndexDir {
            path: index_dir.to_path_buf(),
            reason,
        }
        .into()
    };
    let meta = match std::fs::symlink_metadata(index_dir) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(format!("reading {}", index_dir.display()), e)),
    };
    if !meta.is_dir() {
        return Err(refuse("it is not a directory".to_owned()));
    }
    if index_dir.join(MARKER_FILE).is_file() {
        return Ok(());
    }
    let entries = std::fs::read_dir(index_dir)
        .map_err(|e| Error::io(format!("reading {}", index_dir.display()), e))?;
    let mut others = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(format!("reading {}", index_dir.display()), e))?;
        let name = entry.file_name();
        if name != ".gitignore" {
            others.push(name.to_string_lossy().into_owned());
        }
    }
    if others.is_empty() {
        return Ok(());
    }
    others.sort();
    let shown = others
        .iter()
        .take(3)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    let more = if others.len() > 3 { ", …" } else { "" };
    Err(refuse(format!(
        "it is not a zhengce index (no {MARKER_FILE}) and holds other files ({shown}{more})"
    )))
}

/// Removes the `.{name}.new-*` and `.{name}.old-*` directories beside `index_dir` that a
/// killed build left behind. A directory whose stamp names a live process (another build
/// running now) is kept; without `/proc`, only those older than an hour are removed.
fn sweep_stale(parent: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefixes = [format!(".{name}.new-"), format!(".{name}.old-")];
    let proc = Path::new("/proc");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let Some(stamp) = prefixes
            .iter()
            .find_map(|p| file_name.strip_prefix(p.as_str()))
        else {
            continue;
        };
        let pid = stamp.split('-').next().unwrap_or("");
        let stale = if proc.is_dir() {
            pid.parse::<u32>()
                .is_ok_and(|pid| pid != std::process::id() && !proc.join(pid.to_string()).exists())
        } else {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600)
        };
        let path = entry.path();
        if stale && path.is_dir() {
            match std::fs::remove_dir_all(&path) {
                Ok(()) => {
                    tracing::info!(dir = %path.display(), "removed a killed build's leftovers")
                }
                Err(e) => {
                    tracing::warn!(dir = %path.display(), error = %e, "could not remove a killed build's leftovers")
                }
            }
        }
    }
}

/// Writes `documents` and `measures` into `index_dir`, atomically replacing what was there
/// (only ever an index or an empty directory: see [`check_target`]).
pub fn write_index(documents: &[Document], measures: &[Measure], index_dir: &Path) -> Result<()> {
    check_target(index_dir)?;
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
    sweep_stale(&parent, &name);
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
    for measure in measures {
        writer.add_document(to_document(&fields, measure)?)?;
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
    super::texts::write(documents, dir)?;
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

fn to_document(fields: &Fields, measure: &Measure) -> Result<TantivyDocument> {
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
    Ok(doc)
}

/// Moves `new` to `target`: the old index (if any) is renamed away first and deleted after.
/// If the second rename fails, the old index is put back. The target is checked again (see
/// [`check_target`]): something may have been put there while the index was being written.
fn swap(new: &Path, target: &Path, stamp: &str) -> Result<()> {
    check_target(target)?;
    let old = target.with_file_name(format!(
        ".{}.old-{stamp}",
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let had_old = std::fs::symlink_metadata(target).is_ok();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn measure() -> Measure {
        Measure {
            id: "doc-0".into(),
            doc_id: "doc".into(),
            doc_title: "实施方案".into(),
            source: "doc.txt".into(),
            region: "山东省".into(),
            domain: "开办企业".into(),
            text: "企业开办1个工作日办结。".into(),
            ..Default::default()
        }
    }

    #[test]
    fn only_an_index_or_an_empty_directory_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index");
        // Missing, then only `.gitignore` (a fresh clone's `index/`), then a rebuild.
        crate::index::write(&[measure()], &target).unwrap();
        std::fs::remove_dir_all(&target).unwrap();
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join(".gitignore"), "*\n").unwrap();
        crate::index::write(&[measure()], &target).unwrap();
        crate::index::write(&[measure()], &target).unwrap();
        assert!(target.join(MARKER_FILE).is_file());

        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(corpus.join("plan.txt"), "正文").unwrap();
        let err = crate::index::write(&[measure()], &corpus).unwrap_err();
        assert!(
            matches!(err, Error::User(UserError::NotAnIndexDir { .. })),
            "{err}"
        );
        let message = err.to_string();
        assert!(
            message.contains("corpus") && message.contains("plan.txt"),
            "{message}"
        );
        assert!(corpus.join("plan.txt").is_file());
        let file = dir.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert!(crate::index::write(&[measure()], &file).is_err());
        assert!(file.is_file());
    }

    #[test]
    fn leftovers_of_a_killed_build_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index");
        // pid 0 is never a live build; our own pid is (a build in progress is kept).
        let dead = dir.path().join(".index.new-0-123");
        let old = dir.path().join(".index.old-0-456");
        let live = dir
            .path()
            .join(format!(".index.new-{}-789", std::process::id()));
        let other = dir.path().join(".other.new-0-1");
        for d in [&dead, &old, &live, &other] {
            std::fs::create_dir(d).unwrap();
        }
        crate::index::write(&[measure()], &target).unwrap();
        assert!(!dead.exists() && !old.exists());
        assert!(live.exists() && other.exists());
    }
}
