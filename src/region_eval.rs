//! Scores the regions of indexed documents against a truth file (`zhengce eval --regions`).
//!
//! The truth file holds one JSON object a line: `file` (a corpus file name), `accept` (every
//! region path counted right, e.g. `["北京市", "北京市/海淀区"]`) and `kind` (`central` or
//! `national`, `provincial`, `city` or `county`); other fields are ignored. The rule: a
//! measure belongs to the file named by the last segment of its `source`; a document's region
//! is the most common region of its measures (the first seen wins a tie; leading and trailing
//! `/` ignored); it is right when it is one of `accept`. A file without measures is wrong.
//! Kinds are grouped as central (central + national), provincial, city (city + county).

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::{Error, Measure, Result};

/// One line of a truth file.
#[derive(Debug, Clone, Deserialize)]
pub struct Truth {
    /// The corpus file (its name, without folders).
    pub file: String,
    /// Region paths counted right.
    pub accept: Vec<String>,
    /// central, national, provincial, city or county.
    pub kind: String,
}

/// Reads a truth file; names the file and line of a bad line.
pub fn load_truth(path: &Path) -> Result<Vec<Truth>> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| Error::io(format!("reading {}", path.display()), err))?;
    let mut truth = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Truth = serde_json::from_str(line).map_err(|err| {
            Error::invalid(
                "--regions",
                format!("{}:{}: {err}", path.display(), number + 1),
            )
        })?;
        truth.push(record);
    }
    if truth.is_empty() {
        return Err(Error::invalid(
            "--regions",
            format!("{}: no documents", path.display()),
        ));
    }
    Ok(truth)
}

/// The group a kind is reported in.
pub fn group(kind: &str) -> &str {
    match kind {
        "central" | "national" => "central",
        "city" | "county" => "city",
        other => other,
    }
}

/// Right and total per group, and the documents found wrong.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RegionReport {
    /// (group, right, total), groups in the order central, provincial, city, then any other.
    pub groups: Vec<(String, usize, usize)>,
    /// (file, kind, accepted, found) of every wrong document; found is empty for none.
    pub wrong: Vec<(String, String, Vec<String>, String)>,
}

impl RegionReport {
    /// Right and total over every document.
    pub fn all(&self) -> (usize, usize) {
        self.groups
            .iter()
            .fold((0, 0), |(r, t), (_, right, total)| (r + right, t + total))
    }

    /// A plain-text table: one line a group and one for all documents.
    pub fn to_table(&self) -> String {
        let mut out = String::from("group        right   total   share\n");
        let (right, total) = self.all();
        for (name, right, total) in self
            .groups
            .iter()
            .map(|(g, r, t)| (g.as_str(), *r, *t))
            .chain(std::iter::once(("all", right, total)))
        {
            out.push_str(&format!(
                "{name:<12} {right:>5}   {total:>5}   {:.3}\n",
                right as f64 / total.max(1) as f64
            ));
        }
        out
    }
}

/// Scores the regions of `measures` against `truth` by the rule of this module.
pub fn score<'a>(truth: &[Truth], measures: impl IntoIterator<Item = &'a Measure>) -> RegionReport {
    // per file: regions in order of first appearance, with their counts
    let mut by_file: HashMap<&str, Vec<(String, usize)>> = HashMap::new();
    for m in measures {
        let file = m.source.rsplit('/').next().unwrap_or(&m.source);
        let region = m.region.trim_matches('/').to_owned();
        let counts = by_file.entry(file).or_default();
        match counts.iter_mut().find(|(r, _)| *r == region) {
            Some((_, n)) => *n += 1,
            None => counts.push((region, 1)),
        }
    }
    let mut report = RegionReport::default();
    for name in ["central", "provincial", "city"] {
        if truth.iter().any(|t| group(&t.kind) == name) {
            report.groups.push((name.to_owned(), 0, 0));
        }
    }
    for t in truth {
        let found = by_file.get(t.file.as_str()).and_then(|counts| {
            counts
                .iter()
                .fold(None, |best: Option<&(String, usize)>, c| match best {
                    Some(b) if b.1 >= c.1 => Some(b),
                    _ => Some(c),
                })
                .map(|(r, _)| r.clone())
        });
        let right = found
            .as_deref()
            .is_some_and(|f| t.accept.iter().any(|a| a.trim_matches('/') == f));
        let g = group(&t.kind);
        let at = match report.groups.iter().position(|(name, _, _)| name == g) {
            Some(at) => at,
            None => {
                report.groups.push((g.to_owned(), 0, 0));
                report.groups.len() - 1
            }
        };
        report.groups[at].2 += 1;
        if right {
            report.groups[at].1 += 1;
        } else {
            report.wrong.push((
                t.file.clone(),
                t.kind.clone(),
                t.accept.clone(),
                found.unwrap_or_default(),
            ));
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(source: &str, region: &str) -> Measure {
        Measure {
            source: source.into(),
            region: region.into(),
            ..Measure::default()
        }
    }

    #[test]
    fn a_document_takes_the_most_common_region_of_its_measures() {
        let truth: Vec<Truth> = [
            r#"{"file": "a.txt", "accept": ["全国"], "kind": "central"}"#,
            r#"{"file": "b.txt", "accept": ["北京市", "北京市/海淀区"], "kind": "provincial"}"#,
            r#"{"file": "c.txt", "accept": ["河南省/郑州市"], "kind": "county"}"#,
            r#"{"file": "d.txt", "accept": ["河南省"], "kind": "provincial"}"#,
        ]
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
        let measures = [
            measure("a.txt", "全国"),
            measure("docs/b.txt", "/北京市/海淀区/"),
            measure("c.txt", "河南省/郑州市"),
            measure("c.txt", "河南省/郑州市/登封市"),
            measure("c.txt", "河南省/郑州市/登封市"),
        ];
        let report = score(&truth, &measures);
        assert_eq!(
            report.groups,
            [
                ("central".to_owned(), 1, 1),
                ("provincial".to_owned(), 1, 2),
                ("city".to_owned(), 0, 1)
            ]
        );
        assert_eq!(report.all(), (2, 4));
        assert_eq!(report.wrong[0].0, "c.txt");
        assert_eq!(report.wrong[1].3, "", "no measures: wrong, nothing found");
        assert!(report
            .to_table()
            .contains("all              2       4   0.500"));
    }

    #[test]
    fn ties_go_to_the_first_region_seen() {
        let truth: Vec<Truth> = vec![serde_json::from_str(
            r#"{"file": "a.txt", "accept": ["山东省"], "kind": "provincial"}"#,
        )
        .unwrap()];
        let measures = [measure("a.txt", "山东省"), measure("a.txt", "全国")];
        assert_eq!(score(&truth, &measures).all(), (1, 1));
    }
}
