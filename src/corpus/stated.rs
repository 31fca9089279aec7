//! Facts a source states about a document ([`Stated`]): a `<stem>.toml` beside a text, the
//! fields of a JSON Lines record ([`super::jsonl`]), the info lines a law database or a portal
//! prints with a text (【发布部门】… / 发文机关:…, labels in `data/info-labels.toml`). Every
//! source converts into this one record; [`super::metadata::resolve`] merges it with what the
//! text says of itself.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::date::PolicyDate;

/// Facts a source states about a document; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stated {
    /// 标题.
    pub title: Option<String>,
    /// 发文机关.
    pub issuer: Option<String>,
    /// 成文日期, as written (normalised by [`resolve`]).
    pub date: Option<String>,
    /// 发布日期, as written: the date when the text states none of its own.
    pub published: Option<String>,
    /// 文号.
    pub doc_number: Option<String>,
    /// Region path (`山东省/威海市`) or `全国`.
    pub region: Option<String>,
    /// Who published the copy in the corpus.
    pub publisher: Option<String>,
    /// Where the original is published (an `http(s)://` address).
    pub url: Option<String>,
}

impl Stated {
    /// Parses a metadata file (`<stem>.toml`); the error names what is wrong.
    pub fn parse(text: &str) -> Result<Stated, String> {
        toml::from_str(text).map_err(|e| format!("invalid metadata file: {}", e.message()))
    }

    /// These facts, each missing one taken from `other`.
    pub fn or(self, other: Stated) -> Stated {
        Stated {
            title: self.title.or(other.title),
            issuer: self.issuer.or(other.issuer),
            date: self.date.or(other.date),
            published: self.published.or(other.published),
            doc_number: self.doc_number.or(other.doc_number),
            region: self.region.or(other.region),
            publisher: self.publisher.or(other.publisher),
            url: self.url.or(other.url),
        }
    }
}

#[derive(Deserialize)]
struct InfoLabels {
    title: Vec<String>,
    issuer: Vec<String>,
    doc_number: Vec<String>,
    date: Vec<String>,
    published: Vec<String>,
    publisher: Vec<String>,
    url: Vec<String>,
    ignored: Vec<String>,
}

/// The field an info label fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Issuer,
    DocNumber,
    Date,
    Published,
    Publisher,
    Url,
    Ignored,
}

/// Info labels (`data/info-labels.toml`): one regex over all of them, spaces allowed between
/// their characters (标 题, 索 引 号), and the field of each.
struct Labels {
    pattern: Regex,
    /// The same, anchored at the start of the text: a line no label opens is kept as it is,
    /// tested on its first characters instead of searched and captured through (the leftmost
    /// match of `pattern` starts at 0 exactly when `at_start` matches).
    at_start: Regex,
    fields: Vec<(String, Field)>,
}

static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    let table: InfoLabels = crate::data::INFO_LABELS.toml();
    let mut fields: Vec<(String, Field)> = Vec::new();
    let mut add = |words: Vec<String>, field: &dyn Fn(usize) -> Field| {
        for (k, w) in words.into_iter().enumerate() {
            fields.push((w, field(k)));
        }
    };
    add(table.title, &|_| Field::Title);
    add(table.issuer, &|_| Field::Issuer);
    add(table.doc_number, &|_| Field::DocNumber);
    add(table.date, &|_| Field::Date);
    add(table.published, &|_| Field::Published);
    add(table.publisher, &|_| Field::Publisher);
    add(table.url, &|_| Field::Url);
    add(table.ignored, &|_| Field::Ignored);
    let mut spaced: Vec<(usize, String)> = fields
        .iter()
        .map(|(w, _)| {
            let chars: Vec<String> = w.chars().map(|c| regex::escape(&c.to_string())).collect();
            (w.chars().count(), chars.join(r"\s*"))
        })
        .collect();
    spaced.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let alternation = spaced
        .into_iter()
        .map(|(_, p)| p)
        .collect::<Vec<_>>()
        .join("|");
    let pattern = format!(r"(?:【\s*(?P<b>{alternation})\s*】|(?P<c>{alternation})\s*:)\s*");
    Labels {
        at_start: Regex::new(&format!("^(?:{pattern})")).expect("valid label regex"),
        pattern: Regex::new(&pattern).expect("valid label regex"),
        fields,
    }
});

/// Splits the info lines (a label and its value, possibly several on one line) off a text:
/// their facts, and the text without them. A label must open its line.
pub fn info_lines(text: &str) -> (Stated, String) {
    let labels = &*LABELS;
    let mut stated = Stated::default();
    let mut kept = Vec::new();
    for line in text.lines() {
        if !labels.at_start.is_match(line) {
            kept.push(line);
            continue;
        }
        let found: Vec<regex::Captures> = labels.pattern.captures_iter(line).collect();
        if found
            .first()
            .is_none_or(|c| c.get(0).expect("match").start() != 0)
        {
            kept.push(line);
            continue;
        }
        for (k, c) in found.iter().enumerate() {
            let end = found
                .get(k + 1)
                .map_or(line.len(), |n| n.get(0).expect("match").start());
            let value = line[c.get(0).expect("match").end()..end].trim();
            let label: String = c
                .name("b")
                .or(c.name("c"))
                .expect("a label")
                .as_str()
                .chars()
                .filter(|ch| !ch.is_whitespace())
                .collect();
            let field = labels
                .fields
                .iter()
                .find(|(w, _)| *w == label)
                .map_or(Field::Ignored, |(_, f)| *f);
            if value.is_empty() {
                continue;
            }
            let value = value.to_owned();
            match field {
                Field::Title => stated.title = stated.title.or(Some(value)),
                Field::Issuer => stated.issuer = stated.issuer.or(Some(value)),
                Field::DocNumber => stated.doc_number = stated.doc_number.or(Some(value)),
                Field::Publisher => stated.publisher = stated.publisher.or(Some(value)),
                Field::Url => stated.url = stated.url.or(Some(value)),
                Field::Date if stated.date.is_none() && PolicyDate::parse(&value).is_some() => {
                    stated.date = Some(value)
                }
                Field::Published
                    if stated.published.is_none() && PolicyDate::parse(&value).is_some() =>
                {
                    stated.published = Some(value)
                }
                Field::Date | Field::Published | Field::Ignored => {}
            }
        }
    }
    (stated, kept.join("\n"))
}
/// True for an `http://` or `https://` address: the only links a page shows.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_read_for_labels_only_where_one_opens_it() {
        // the anchored test against the leftmost match it stands for, on every line of the
        // development corpus and on lines with labels at the start, inside and not at all
        let labels = &*LABELS;
        let mut lines: Vec<String> = [
            "标题:关于印发方案的通知",
            "【发文机关】 山东省人民政府 【发文字号】鲁政发〔2020〕1号",
            "  发布日期:2020-01-01",
            "本通知的发文字号:鲁政发〔2020〕1号",
            "正文",
            "",
        ]
        .map(str::to_owned)
        .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                lines.extend(text.lines().map(str::to_owned));
            }
        }
        let mut opened = 0;
        for line in &lines {
            let leftmost_at_start = labels.pattern.find(line).is_some_and(|m| m.start() == 0);
            assert_eq!(labels.at_start.is_match(line), leftmost_at_start, "{line}");
            opened += usize::from(leftmost_at_start);
        }
        assert!(opened >= 2, "{opened}");
    }

    #[test]
    fn sidecar_fields() {
        let s = Stated::parse("title = \"甲\"\nregion = \"山东省\"\n").unwrap();
        assert_eq!(s.region.as_deref(), Some("山东省"));
        assert!(Stated::parse("titel = 1").is_err());
    }
}
