//! Stage 1: files in `corpus/` → [`Document`]s. Decodes (UTF-8 with or without BOM,
//! GB18030/GBK), reduces HTML to text, normalises (NFKC, PDF spacing, page numbers, site
//! chrome, broken lines), reads the optional `*.toml` metadata beside a text and infers what it
//! does not give (文号, date, title, issuer, region from the gazetteer). JSON Lines files hold one
//! document a line; a notice that issues several plans becomes several documents.
//! Next stage: [`crate::extract`].

pub mod date;
pub mod decode;
mod doc_number;
pub mod gazetteer;
pub mod html;
pub mod jsonl;
pub mod lists;
pub mod metadata;
pub mod normalize;
pub mod region;
pub mod region_path;
pub mod split;
pub mod stated;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

use crate::{Document, Error, Result};

use stated::Stated;

/// A file that was skipped, and why: shown as one warning line, never fatal on its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Why it was skipped (binary, empty, undecodable, no text, too large, not a file).
    pub reason: String,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// Something to tell about a file that was read all the same (bytes replaced, an over-long
/// measure split): one warning line.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    /// The file.
    pub path: PathBuf,
    /// What happened.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Bounds on what the corpus may hold, so one odd file cannot stall or swamp a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file read, in bytes; a larger one is skipped with a warning.
    pub max_file_bytes: u64,
    /// Longest measure, in characters; a longer one is split at sentence ends (or cut where a
    /// sentence is longer still), with a warning.
    pub max_measure_chars: usize,
}

impl Limits {
    /// 64 MB a file: far above any policy text (the 60 State Council documents of `corpus/`
    /// take 0.6 MB), below what would hold up a build.
    pub const DEFAULT_MAX_FILE_MB: u64 = 64;
    /// 5,000 characters a measure: the longest real ones (a regulation's article, an
    /// article of a plan) stay whole, a text without outline is cut into readable parts.
    pub const DEFAULT_MAX_MEASURE_CHARS: usize = 5_000;
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: Self::DEFAULT_MAX_FILE_MB * 1_000_000,
            max_measure_chars: Self::DEFAULT_MAX_MEASURE_CHARS,
        }
    }
}

/// What reading a corpus directory gave: the documents, the files that were skipped and
/// what to tell about the others.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every document, in file-name order.
    pub documents: Vec<Document>,
    /// Files (or JSON Lines lines) that could not be read as policy text.
    pub skipped: Vec<Skipped>,
    /// Files read with a repair.
    pub warnings: Vec<Warning>,
}

/// Reads every policy file under `dir` with the default [`Limits`]; see [`load_dir_with`].
pub fn load_dir(dir: &Path) -> Result<Loaded> {
    load_dir_with(dir, &Limits::default())
}

/// Reads every file [`list`] finds under `dir`. Fails only when `dir` itself cannot be read.
pub fn load_dir_with(dir: &Path, limits: &Limits) -> Result<Loaded> {
    let listing = list(dir)?;
    let mut loaded = Loaded {
        skipped: listing.skipped,
        ..Loaded::default()
    };
    for file in &listing.files {
        let one = load_file(file, limits);
        loaded.documents.extend(one.documents);
        loaded.skipped.extend(one.skipped);
        loaded.warnings.extend(one.warnings);
    }
    Ok(loaded)
}

/// One corpus file to read: where it is, its path relative to the corpus directory (the
/// documents' `source`) and the stem of its documents' ids.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusFile {
    /// The file.
    pub path: PathBuf,
    /// Its path relative to the corpus directory.
    pub rel: PathBuf,
    /// The stem of its ids, unique in the corpus ([`unique_stems`]).
    pub stem: String,
}

/// What a look at a corpus directory found: the files to read, in path order, and what was
/// passed over with a reason (FIFOs, sockets, devices, links to directories).
#[derive(Debug, Default)]
pub struct Listing {
    /// The policy files.
    pub files: Vec<CorpusFile>,
    /// What is not read, and why.
    pub skipped: Vec<Skipped>,
}

/// Every policy file under `dir`, sorted (recursively; `*.toml` are metadata, not texts;
/// hidden files are left out; FIFOs, sockets, devices and links to directories are skipped
/// with a warning, so none can hang a build). Files whose ids would clash (`x.txt`,
/// `x.html`) get their extension in the id. Fails only when `dir` cannot be read.
pub fn list(dir: &Path) -> Result<Listing> {
    let mut paths = Vec::new();
    let mut skipped = Vec::new();
    walk(dir, &mut paths, &mut skipped)
        .map_err(|e| Error::io(format!("reading {}", dir.display()), e))?;
    paths.sort();
    let rels: Vec<PathBuf> = paths
        .iter()
        .map(|path| path.strip_prefix(dir).unwrap_or(path).to_path_buf())
        .collect();
    let stems = unique_stems(&rels);
    let files = paths
        .into_iter()
        .zip(rels)
        .zip(stems)
        .map(|((path, rel), stem)| CorpusFile { path, rel, stem })
        .collect();
    Ok(Listing { files, skipped })
}

/// The metadata file of a corpus file: `<stem>.toml` beside it.
pub fn metadata_path(path: &Path) -> PathBuf {
    path.with_extension("toml")
}

/// The id stem of each file: [`doc_stem`], with the extension added where two files share a
/// stem (`x.txt` → `x-txt`, `x.html` → `x-html`), and a hash of the path where even that
/// clashes (`a/b.txt` and `a_b.txt`).
fn unique_stems(rels: &[PathBuf]) -> Vec<String> {
    let count = |stems: &[String], s: &String| stems.iter().filter(|t| *t == s).count();
    let plain: Vec<String> = rels.iter().map(|r| doc_stem(r)).collect();
    let with_ext: Vec<String> = rels
        .iter()
        .zip(&plain)
        .map(|(rel, stem)| {
            if count(&plain, stem) < 2 {
                return stem.clone();
            }
            let ext = rel.extension().map(|e| e.to_string_lossy().into_owned());
            match ext {
                Some(ext) => format!("{stem}-{}", doc_stem(Path::new(&ext))),
                None => stem.clone(),
            }
        })
        .collect();
    rels.iter()
        .zip(&with_ext)
        .map(|(rel, stem)| {
            if count(&with_ext, stem) < 2 {
                stem.clone()
            } else {
                format!("{stem}-{:08x}", fnv1a(&rel.to_string_lossy()) as u32)
            }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<Skipped>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = entry.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let mut file_type = entry.file_type()?;
        if file_type.is_symlink() {
            match std::fs::metadata(&path) {
                Ok(target) if target.is_dir() => {
                    skipped.push(Skipped {
                        path,
                        reason: "link to a directory, not followed".to_owned(),
                    });
                    continue;
                }
                Ok(target) => file_type = target.file_type(),
                Err(e) => {
                    skipped.push(Skipped {
                        path,
                        reason: format!("broken link: {e}"),
                    });
                    continue;
                }
            }
        }
        if file_type.is_dir() {
            walk(&path, out, skipped)?;
        } else if !file_type.is_file() {
            skipped.push(Skipped {
                path,
                reason: format!("not a regular file ({})", kind_of(&file_type)),
            });
        } else if path.extension().is_none_or(|e| e != "toml") {
            out.push(path);
        }
    }
    Ok(())
}

/// What a non-regular file is, for the warning.
fn kind_of(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "FIFO";
        }
        if file_type.is_socket() {
            return "socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "device";
        }
    }
    let _ = file_type;
    "special file"
}

/// Reads at most `limit` bytes of `path`; `Err` with a reason for the warning line.
fn read_bounded(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| format!("unreadable: {e}"))?;
    let too_large = || {
        format!(
            "larger than the limit of {} MB (--max-file-mb), skipped",
            limit / 1_000_000
        )
    };
    if file.metadata().is_ok_and(|m| m.len() > limit) {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("unreadable: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads one corpus file (at most `limits.max_file_bytes` of it). Its metadata file
/// `<stem>.toml`, if any, is read beside it; bytes that do not decode are replaced and
/// reported in a warning.
pub fn load_file(file: &CorpusFile, limits: &Limits) -> Loaded {
    let (path, rel, stem) = (file.path.as_path(), file.rel.as_path(), file.stem.as_str());
    let mut out = Loaded::default();
    let skip = |reason: String| Skipped {
        path: path.to_path_buf(),
        reason,
    };
    let bytes = match read_bounded(path, limits.max_file_bytes) {
        Ok(b) => b,
        Err(reason) => {
            out.skipped.push(skip(reason));
            return out;
        }
    };
    let source = rel.to_string_lossy().replace('\\', "/");
    let sidecar_path = metadata_path(path);
    let sidecar = match read_bounded(&sidecar_path, 1_000_000)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
    {
        Some(text) => match Stated::parse(&text) {
            Ok(s) => s,
            Err(reason) => {
                out.skipped.push(Skipped {
                    path: sidecar_path,
                    reason: format!("{reason}; the text is read without it"),
                });
                Stated::default()
            }
        },
        None => Stated::default(),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text = match decode::decode(&bytes) {
        Ok(decoded) => {
            if let Some(message) = decoded.warning() {
                out.warnings.push(Warning {
                    path: path.to_path_buf(),
                    message,
                });
            }
            decoded.text
        }
        Err(reason) => {
            out.skipped.push(skip(reason));
            return out;
        }
    };
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
        let (docs, bad_lines) = jsonl::documents(&text, stem, &source);
        out.documents = docs;
        out.skipped.extend(bad_lines.into_iter().map(skip));
        return out;
    }
    let text = if html::is_html(&text, &name) {
        html::to_text(&text)
    } else {
        text
    };
    match documents(&text, stem, &source, &sidecar) {
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
    let (file_title, untitled) = match &meta.title {
        Some(title) => (title.clone(), false),
        None => fallback_title(&meta.text, source, stem),
    };
    let split = split::split(&meta.text);
    // the parts of a split text carry the titles their text gives them
    let untitled = untitled && split.is_none();
    let lead = (meta.title.is_none() && split.is_none())
        .then(|| first_words(&meta.text))
        .flatten();
    let parts = split.unwrap_or_else(|| vec![(file_title, meta.text.clone())]);
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
            lead: lead.clone(),
            untitled,
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

/// A title for a text that opens with no title line by the official layout (a policy text
/// copied body only: 「第一章 总则」, 「各市人民政府:」, a date, 「为贯彻落实…」 first): a title run
/// together with the first sentence ([`metadata::glued_title`]), else the file's name. Never
/// the first words of the body: a heading, an addressee or half a sentence shown as the title
/// of every result and citation misleads whoever copies it, and ranks the document on words
/// that do not name it.
/// The second value is true when the title is the file's name ([`Document::untitled`]).
fn fallback_title(text: &str, source: &str, stem: &str) -> (String, bool) {
    if let Some(title) = text.lines().next().and_then(metadata::glued_title) {
        return (title, false);
    }
    let name = source.rsplit(['/', '\\']).next().unwrap_or(source);
    let name = name.rsplit_once('.').map_or(name, |(base, _)| base).trim();
    if name.is_empty() {
        (stem.to_owned(), true)
    } else {
        (name.to_owned(), true)
    }
}

/// The first words of a text (its first line up to the first stop or comma, at most 30
/// characters), the [`Document::lead`] of a text with no title line. The lines of the official
/// layout that say nothing of the matter are passed over: the addressee (「各省、自治区、直辖市
/// 邮政管理局:」, a line ending in a colon), a date line, a 文号 line and the headings of the
/// outline ([`is_heading_line`]: 「一、总体要求」, 「第一章 总则」); an article's number (第一条) is
/// left out of its words.
fn first_words(text: &str) -> Option<String> {
    let first = text.lines().take(8).find(|l| {
        let l = l.trim();
        !l.is_empty()
            && !l.ends_with(':')
            && date::PolicyDate::of_line(l).is_none()
            && !doc_number::is_alone(l)
            && !is_heading_line(l)
    })?;
    let first = ARTICLE_NUMBER.replace(first.trim(), "");
    let first = first.trim_start_matches('【').replace('】', " ");
    let short: String = first
        .chars()
        .take_while(|c| !"。,;".contains(*c))
        .take(30)
        .collect();
    Some(short.trim().to_owned()).filter(|s| !s.is_empty())
}

/// An outline number opening a line: a chapter, section or part (第一章, 第二节), a heading's
/// number (一、, (一), 1.).
static OUTLINE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节编部]|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[.、])",
    )
    .expect("valid regex")
});

/// An article's number opening a line (第一条): a place in the law, no words of its matter.
static ARTICLE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^第[一二三四五六七八九十百零〇\d]{1,4}条\s*").expect("valid regex")
});

/// The lengths of a heading the lead passes over (`lead_heading_chars`,
/// `lead_bare_heading_chars` of `data/outline.toml`).
#[derive(serde::Deserialize)]
struct LeadHeadings {
    lead_heading_chars: usize,
    lead_bare_heading_chars: usize,
}

static LEAD_HEADINGS: LazyLock<LeadHeadings> = LazyLock::new(|| crate::data::OUTLINE.toml());

/// Whether `line` is a heading of the text's outline (「一、总体要求」, 「第一章 总则」, 「摘 要」):
/// short, no sentence punctuation but a closing stop, after an outline number or on its own (shorter still). A
/// heading names a part of the text that every text of its kind has, not its matter, so the
/// lead of an untitled text ([`first_words`]) passes over it.
fn is_heading_line(line: &str) -> bool {
    let trimmed = line.trim();
    let rest = OUTLINE_NUMBER.replace(trimmed, "");
    let numbered = rest.len() < trimmed.len();
    let words: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    // a run-in heading closes with a stop (「(一)指导思想。」)
    let words = words.trim_end_matches('。');
    let limit = if numbered {
        LEAD_HEADINGS.lead_heading_chars
    } else {
        LEAD_HEADINGS.lead_bare_heading_chars
    };
    !words.contains(['。', ',', ';', ':', '，', '；', '：', '、']) && words.chars().count() <= limit
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
    let hash = fnv1a(&raw);
    let prefix: String = ascii.trim_matches('-').chars().take(40).collect();
    let prefix = if prefix.is_empty() {
        "doc".to_owned()
    } else {
        prefix
    };
    format!("{prefix}-{:08x}", hash as u32)
}

/// FNV-1a: stable across runs and platforms, unlike std's hasher.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_of_one_stem_get_distinct_ids() {
        let rels: Vec<PathBuf> = ["x.txt", "x.html", "y.txt", "a/b.txt", "a_b.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let stems = unique_stems(&rels);
        assert_eq!(&stems[..3], ["x-txt", "x-html", "y"]);
        assert_ne!(stems[3], stems[4]);
        assert!(stems[3].starts_with("a_b-txt-") || stems[3].starts_with("a_b-"));
    }

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

    #[test]
    fn a_text_without_a_title_line_is_titled_by_its_file_name() {
        // an addressee, a chapter heading or a body sentence first: none is the title
        for text in [
            "各市人民政府,省政府各部门:\n现将有关事项通知如下。\n一、总体要求\n(一)加快发展。",
            "第一章 总则\n第一条 为了规范管理,制定本办法。",
            "为贯彻落实国务院部署,加快推进数字化发展,制定本方案。\n一、总体要求\n(一)加快发展。",
        ] {
            let docs = documents(text, "d0001", "sub/d0001.txt", &Stated::default()).unwrap();
            assert_eq!(docs[0].title, "d0001", "{text}");
            assert!(docs[0].untitled, "{text}");
        }
        let docs = documents(
            "各市人民政府,省政府各部门:\n为加快推进数字化发展,现将有关事项通知如下。\n一、总体要求\n(一)加快发展。",
            "d0002",
            "d0002.txt",
            &Stated::default(),
        )
        .unwrap();
        // the addressee says nothing of the matter: the lead is the first sentence's words
        assert_eq!(docs[0].lead.as_deref(), Some("为加快推进数字化发展"));
        let glued = "智能航运发展指导意见为认真贯彻党的十九大部署,制定本意见。\n一、总体要求\n(一)加快发展。";
        let docs = documents(glued, "x", "x.txt", &Stated::default()).unwrap();
        assert_eq!(docs[0].title, "智能航运发展指导意见");
        assert!(!docs[0].untitled);
    }

    #[test]
    fn the_lead_of_an_untitled_text_passes_over_its_outline_headings() {
        // a part every text has names no matter: the lead is the first sentence after it,
        // an article's words without its number
        for (text, lead) in [
            (
                "第一章 总则\n第一条 为了规范智能网联汽车道路测试,制定本规范。",
                "为了规范智能网联汽车道路测试",
            ),
            (
                "一、总体要求\n(一)指导思想\n以数字化转型整体驱动治理方式变革,制定本意见。",
                "以数字化转型整体驱动治理方式变革",
            ),
            (
                "摘 要\n轻工业是我国国民经济传统优势产业。",
                "轻工业是我国国民经济传统优势产业",
            ),
            (
                "第一条 为加强煤矿智能化专家库的规范管理,制定本办法。",
                "为加强煤矿智能化专家库的规范管理",
            ),
            // a first line that is a sentence is the lead, however short
            ("数字经济发展迅速。\n一、总体要求", "数字经济发展迅速"),
        ] {
            let docs = documents(text, "d0001", "d0001.txt", &Stated::default()).unwrap();
            assert_eq!(docs[0].lead.as_deref(), Some(lead), "{text}");
        }
        assert!(is_heading_line("一、总体要求"));
        assert!(is_heading_line("第三章 法律责任"));
        assert!(is_heading_line("(一)指导思想。"));
        assert!(!is_heading_line("一、加快推进数字化发展,提升治理能力。"));
        assert!(!is_heading_line("人工智能是人类发展新领域"));
    }
}
