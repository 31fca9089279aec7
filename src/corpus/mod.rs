//! Stage 1: files in `corpus/` → [`Document`]s. Decodes (UTF-8 with or without BOM,
//! GB18030/GBK), reduces HTML to text, normalises (NFKC, PDF spacing, page numbers, site
//! chrome, broken lines), reads the optional `*.toml` metadata beside a text and infers what it
//! does not give (文号, date, title, issuer, region from the gazetteer). JSON Lines files hold one
//! document a line; a notice that issues several plans becomes several documents.
//! Next stage: [`crate::extract`].

pub mod decode;
pub mod gazetteer;
pub mod html;
pub mod jsonl;
pub mod metadata;
pub mod normalize;
pub mod region;
pub mod split;

use std::path::{Path, PathBuf};

use crate::{Document, Error, Result};

use metadata::Stated;

/// A file that was skipped, and why: shown as one warning line, never fatal on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it was skipped (binary, empty, undecodable, no text).
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What reading a corpus directory gave: the documents, and the files that were skipped.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every document, in file-name order.
    pub documents: Vec<Document>,
    /// Files that could not be read as policy text.
    pub skipped: Vec<Skipped>,
}

/// Reads every policy file under `dir` (recursively; `*.toml` are metadata, not texts;
/// hidden files are ignored). Fails only when `dir` itself cannot be read.
pub fn load_dir(dir: &Path) -> Result<Loaded> {
    let files = files(dir)?;
    let mut loaded = Loaded::default();
    for path in files {
        let rel = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
        let file = load_file(&path, &rel);
        loaded.documents.extend(file.documents);
        loaded.skipped.extend(file.skipped);
    }
    Ok(loaded)
}

/// Every policy file under `dir`, sorted: what [`load_dir`] reads (recursively; `*.toml`
/// metadata and hidden files left out). Fails only when `dir` cannot be read.
pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
    files.sort();
    Ok(files)
}

/// The metadata file of a corpus file: `<stem>.toml` beside it.
pub fn metadata_path(path: &Path) -> PathBuf {
    path.with_extension("toml")
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type()?.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_none_or(|e| e != "toml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads one corpus file (`rel` is its path relative to the corpus directory, used for
/// `source` and ids). Its metadata file `<stem>.toml`, if any, is read beside it.
pub fn load_file(path: &Path, rel: &Path) -> Loaded {
    let mut out = Loaded::default();
    let skip = |reason: String| Skipped {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.skipped.push(skip(format!("unreadable: {e}")));
            return out;
        }
    };
    let source = rel.to_string_lossy().replace('\\', "/");
    let stem = doc_stem(rel);
    let sidecar_path = metadata_path(path);
    let sidecar = match std::fs::read_to_string(&sidecar_path) {
        Ok(text) => match Stated::parse(&text) {
            Ok(s) => s,
            Err(reason) => {
                out.skipped.push(Skipped {
                    path: sidecar_path,
                    reason: format!("{reason}; the text is read without it"),
                });
                Stated::default()
            }
        },
        Err(_) => Stated::default(),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match decode::read_text(&bytes) {
        Ok(t) => t,
        Err(reason) => {
            out.skipped.push(skip(reason));
            return out;
        }
    };
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        let (docs, bad_lines) = jsonl::documents(&text, &stem, &source);
        out.documents = docs;
        out.skipped.extend(bad_lines.into_iter().map(skip));
        return out;
    }
    let text = if html::is_html(&text, &name) {
        html::to_text(&text)
    } else {
        text
    };
    match documents(&text, &stem, &source, &sidecar) {
        Some(docs) => out.documents = docs,
        None => out
            .skipped
            .push(skip("no text after normalisation".to_owned())),
    }
    out
}

/// The documents of one decoded text: normalised, split when it issues several plans,
/// metadata resolved once ([`metadata::resolve`]: `stated` facts first, then the text's).
/// `stem` makes the ids (`stem`, `stem-2` …), `source` names the file.
pub fn documents(text: &str, stem: &str, source: &str, stated: &Stated) -> Option<Vec<Document>> {
    let text = normalize::normalize(text);
    if !text
        .chars()
        .any(|c| normalize::is_han(c) || c.is_alphanumeric())
    {
        return None;
    }
    // a stated title repeated at the top of the text (a JSON Lines record's) is not text
    let text = match &stated.title {
        Some(title) => drop_title_lines(&text, &normalize::normalize(title)),
        None => text,
    };
    let meta = metadata::resolve(stated, &text, source);
    let file_title = meta
        .title
        .clone()
        .unwrap_or_else(|| fallback_title(&meta.text, stem));
    let parts = split::split(&meta.text).unwrap_or_else(|| vec![(file_title, meta.text.clone())]);
    let docs = parts
        .into_iter()
        .enumerate()
        .map(|(k, (title, body))| Document {
            id: if k == 0 {
                stem.to_owned()
            } else {
                format!("{stem}-{}", k + 1)
            },
            source: source.to_owned(),
            title,
            doc_number: meta.doc_number.clone(),
            issuer: meta.issuer.clone(),
            date: meta.date.clone(),
            year: meta.year,
            region: meta.region.clone(),
            publisher: meta.publisher.clone(),
            url: meta.url.clone(),
            text: body,
        })
        .collect();
    Some(docs)
}

/// Drops the lines at the top of `text` that only repeat the title (broken over lines).
fn drop_title_lines(text: &str, title: &str) -> String {
    let target: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    if target.is_empty() {
        return text.to_owned();
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut joined = String::new();
    for (k, line) in lines.iter().enumerate().take(6) {
        joined.extend(line.chars().filter(|c| !c.is_whitespace()));
        if joined == target {
            return lines[k + 1..].join("\n");
        }
        if !target.starts_with(joined.as_str()) {
            break;
        }
    }
    text.to_owned()
}

/// A title for a text that has no title line: its first words.
fn fallback_title(text: &str, stem: &str) -> String {
    let first = text.lines().next().unwrap_or(stem);
    let first = first.trim_start_matches('【').replace('】', " ");
    let short: String = first
        .chars()
        .take_while(|c| !"。,;".contains(*c))
        .take(30)
        .collect();
    if short.trim().is_empty() {
        stem.to_owned()
    } else {
        short.trim().to_owned()
    }
}

/// A URL-safe id stem from a path relative to the corpus: extension dropped, folders
/// joined with `_`, anything but ASCII letters, digits, `-` and `_` turned into `-`; a name
/// with other characters (通知.txt) gets a stable hash of the name appended, so that two
/// Chinese file names never share an id.
pub fn doc_stem(rel: &Path) -> String {
    let no_ext = rel.with_extension("");
    let raw = no_ext.to_string_lossy().replace(['/', '\\'], "_");
    let ascii: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if raw.is_ascii() {
        return ascii;
    }
    // FNV-1a: stable across runs and platforms, unlike std's hasher
    let hash = raw.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let prefix: String = ascii.trim_matches('-').chars().take(40).collect();
    let prefix = if prefix.is_empty() {
        "doc".to_owned()
    } else {
        prefix
    };
    format!("{prefix}-{:08x}", hash as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_url_safe() {
        assert_eq!(
            doc_stem(Path::new("000_eba30fd5bde1cfa9.txt")),
            "000_eba30fd5bde1cfa9"
        );
        assert_eq!(doc_stem(Path::new("extra/a b.html")), "extra_a-b");
        let chinese = doc_stem(Path::new("通知.txt"));
        assert!(chinese.starts_with("doc-") && chinese.is_ascii());
        assert_ne!(chinese, doc_stem(Path::new("公告.txt")));
    }

    #[test]
    fn a_text_without_metadata_gets_its_region_from_its_words() {
        let text = "鲅鱼圈区优化营商环境若干措施\n一、开办企业\n1.压缩开办时间。\n牵头单位:区营商局\n2.免费刻章。\n牵头单位:区营商局";
        let docs = documents(text, "x", "x.txt", &Stated::default()).unwrap();
        assert_eq!(docs[0].region, "辽宁省/营口市/鲅鱼圈区");
        assert_eq!(docs[0].title, "鲅鱼圈区优化营商环境若干措施");
    }
}
