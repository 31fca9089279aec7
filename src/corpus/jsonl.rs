//! JSON Lines input: one document a line, as the gov.cn crawl gives it (`title`, `issuer`,
//! `doc_number`, `written_date`, `publish_date`, `url`, `text`). Each line's fields become the
//! [`Stated`] facts of its text, resolved like any other file's ([`super::documents`]); its
//! documents get ids `<stem>-NN` (NN = line number from 01). A line that is not a JSON object
//! with a text is skipped, named by its number; the other lines load.

use serde::Deserialize;

use super::date::PolicyDate;
use super::normalize::normalize;
use super::stated::Stated;
use crate::Document;

/// One record of a JSON Lines corpus file. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct Record {
    title: Option<String>,
    issuer: Option<String>,
    doc_number: Option<String>,
    written_date: Option<String>,
    publish_date: Option<String>,
    publish_date_from_url: Option<String>,
    region: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    text: Option<String>,
}

impl Record {
    /// The facts the record states.
    fn stated(&self) -> Stated {
        let first_date = |dates: &[&Option<String>]| {
            let written: Vec<String> = dates.iter().filter_map(|d| clean(d.as_deref())).collect();
            written
                .iter()
                .find(|d| PolicyDate::parse(d).is_some())
                .or(written.first())
                .cloned()
        };
        Stated {
            title: clean(self.title.as_deref()),
            issuer: clean(self.issuer.as_deref()),
            date: first_date(&[&self.written_date]),
            published: first_date(&[&self.publish_date, &self.publish_date_from_url]),
            doc_number: clean(self.doc_number.as_deref()),
            region: clean(self.region.as_deref()),
            publisher: clean(self.publisher.as_deref())
                .or_else(|| self.url.as_deref().and_then(host)),
            url: clean(self.url.as_deref()),
        }
    }
}

/// The documents of a JSON Lines file (`stem` names it, `source` is its corpus path), and
/// the reasons lines were skipped.
pub fn documents(content: &str, stem: &str, source: &str) -> (Vec<Document>, Vec<String>) {
    let mut docs = Vec::new();
    let mut skipped = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let n = i + 1;
        let record: Record = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                skipped.push(format!("line {n}: not a JSON object ({e})"));
                continue;
            }
        };
        let Some(raw) = record.text.as_deref().filter(|t| !t.trim().is_empty()) else {
            skipped.push(format!("line {n}: no text"));
            continue;
        };
        match super::documents(raw, &format!("{stem}-{n:02}"), source, &record.stated()) {
            Some(found) => docs.extend(found),
            None => skipped.push(format!("line {n}: no text after normalisation")),
        }
    }
    (docs, skipped)
}

/// The host of a URL (`http://www.gov.cn/zhengce/…` → `www.gov.cn`): who published the copy.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| host.to_owned())
}

fn clean(value: Option<&str>) -> Option<String> {
    value
        .map(|v| normalize(v).replace('\n', ""))
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_document_a_line() {
        let content = concat!(
            r#"{"title":"国务院关于甲的通知","issuer":"国务院","url":"http://www.gov.cn/zhengce/a.htm","doc_number":"国发〔2019〕5号","written_date":"2019-01-27","text":"国务院关于\n甲的通知\n国发〔2019〕5号\n一、总体要求\n（一）加强领导。"}"#,
            "\n",
            "not json\n"
        );
        let (docs, skipped) = documents(content, "gov", "gov.jsonl");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "gov-01");
        assert_eq!(docs[0].region, "全国");
        assert_eq!(docs[0].date.as_deref(), Some("2019-01-27"));
        assert_eq!(docs[0].publisher.as_deref(), Some("www.gov.cn"));
        assert_eq!(
            docs[0].url.as_deref(),
            Some("http://www.gov.cn/zhengce/a.htm")
        );
        assert!(docs[0]
            .text
            .starts_with("国发〔2019〕5号\n一、总体要求\n(一)加强领导。"));
        assert_eq!(skipped.len(), 1);
    }
}
