//! The documents' full texts beside the index, for the document page and `/api/docs/{id}`:
//! one file of the texts run together ([`TEXTS_FILE`]) and their byte ranges in document
//! order ([`RANGES_FILE`]). The server keeps only the ranges in memory and reads one text
//! when a page asks for it, so memory does not grow with the corpus.

use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::{Document, Error, Result};

/// The texts, run together.
pub const TEXTS_FILE: &str = "texts.txt";
/// `[start, length]` byte ranges into [`TEXTS_FILE`], one per document, in document order.
pub const RANGES_FILE: &str = "texts.json";
/// Longest text kept for one document (a policy text is some 10–100 KB; a longer one is a
/// compilation or a mistake): cut at the last line that fits.
pub const MAX_TEXT_BYTES: usize = 4 * 1024 * 1024;

/// `text` cut to at most [`MAX_TEXT_BYTES`], at a line end when there is one.
pub fn bounded(text: &str) -> &str {
    if text.len() <= MAX_TEXT_BYTES {
        return text;
    }
    let mut end = MAX_TEXT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    cut.rfind('\n').map_or(cut, |line_end| &cut[..line_end])
}

/// Writes the texts of `documents` into `dir`, one after the other through a buffer (not
/// gathered into one string first: that was a copy of the whole corpus, on one core).
pub fn write(documents: &[Document], dir: &Path) -> Result<()> {
    let path = dir.join(TEXTS_FILE);
    let failed = |e: std::io::Error| Error::io(format!("writing {}", path.display()), e);
    let mut out = BufWriter::with_capacity(1 << 20, File::create(&path).map_err(failed)?);
    let mut ranges: Vec<[u64; 2]> = Vec::with_capacity(documents.len());
    let mut at = 0u64;
    for doc in documents {
        let text = bounded(&doc.text);
        ranges.push([at, text.len() as u64]);
        at += text.len() as u64;
        out.write_all(text.as_bytes()).map_err(failed)?;
    }
    out.flush().map_err(failed)?;
    let path = dir.join(RANGES_FILE);
    std::fs::write(&path, serde_json::to_vec(&ranges)?)
        .map_err(|e| Error::io(format!("writing {}", path.display()), e))
}

/// The texts of an opened index: their ranges in memory, the texts on disk.
#[derive(Debug, Clone)]
pub struct Texts {
    path: PathBuf,
    ranges: Vec<[u64; 2]>,
}

impl Texts {
    /// Opens the texts of the index at `dir`, written for `documents` documents; `Err` with
    /// the reason when they are missing or do not match (an index built by an older version).
    pub fn open(dir: &Path, documents: usize) -> std::result::Result<Texts, String> {
        let path = dir.join(TEXTS_FILE);
        let size = std::fs::metadata(&path)
            .map_err(|e| format!("{TEXTS_FILE}: {e}"))?
            .len();
        let bytes =
            std::fs::read(dir.join(RANGES_FILE)).map_err(|e| format!("{RANGES_FILE}: {e}"))?;
        let ranges: Vec<[u64; 2]> =
            serde_json::from_slice(&bytes).map_err(|e| format!("{RANGES_FILE}: {e}"))?;
        if ranges.len() != documents {
            return Err(format!(
                "{RANGES_FILE} lists {} texts for {documents} documents",
                ranges.len()
            ));
        }
        if let Some([start, len]) = ranges.iter().find(|[start, len]| {
            start.checked_add(*len).is_none_or(|end| end > size) || *len > MAX_TEXT_BYTES as u64
        }) {
            return Err(format!(
                "{RANGES_FILE}: range {start}+{len} outside {TEXTS_FILE} ({size} bytes)"
            ));
        }
        Ok(Texts { path, ranges })
    }

    /// The text of the document at `position` (in document order); empty when there is none.
    pub fn get(&self, position: usize) -> Result<String> {
        let Some(&[start, len]) = self.ranges.get(position) else {
            return Ok(String::new());
        };
        let read = || -> std::io::Result<String> {
            let mut file = File::open(&self.path)?;
            file.seek(SeekFrom::Start(start))?;
            let mut bytes = vec![0; len as usize];
            file.read_exact(&mut bytes)?;
            String::from_utf8(bytes)
                .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
        };
        read().map_err(|e| Error::io(format!("reading {}", self.path.display()), e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, text: &str) -> Document {
        crate::search::reading::tests::document_with(id, text)
    }

    #[test]
    fn texts_come_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let docs = [
            doc("a", "一、总体要求\n甲。"),
            doc("b", ""),
            doc("c", "(一)乙"),
        ];
        write(&docs, dir.path()).unwrap();
        let texts = Texts::open(dir.path(), 3).unwrap();
        for (i, d) in docs.iter().enumerate() {
            assert_eq!(texts.get(i).unwrap(), d.text);
        }
        assert_eq!(texts.get(9).unwrap(), "");
        let err = Texts::open(dir.path(), 4).unwrap_err();
        assert!(err.contains("3 texts for 4 documents"), "{err}");
    }

    #[test]
    fn missing_or_damaged_texts_are_named() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Texts::open(dir.path(), 0).unwrap_err().contains(TEXTS_FILE));
        write(&[doc("a", "甲乙丙")], dir.path()).unwrap();
        std::fs::write(dir.path().join(TEXTS_FILE), "甲").unwrap();
        let err = Texts::open(dir.path(), 1).unwrap_err();
        assert!(err.contains("outside"), "{err}");
    }

    #[test]
    fn long_texts_are_cut_at_a_line_end() {
        let line = format!("{}\n", "营".repeat(1000));
        let long = line.repeat(MAX_TEXT_BYTES / line.len() + 2);
        let cut = bounded(&long);
        assert!(cut.len() <= MAX_TEXT_BYTES);
        assert!(cut.ends_with('营') && long.starts_with(cut));
        assert_eq!(bounded("短"), "短");
    }
}
