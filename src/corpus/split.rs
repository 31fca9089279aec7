//! One file, several documents: a notice that issues several plans at once
//! (「现将《A》《B》…印发给你们」, 莱州's six 实施意见 in one PDF) is cut where each listed
//! title starts in the body. Input: a normalised text; output: (title, text) per document.

use std::sync::LazyLock;

use regex::Regex;

/// A line that names the units of a measure (牵头单位:… 责任单位:…).
static ATTRIBUTION_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:牵头|责任|配合)(?:单位|部门)\s*:").expect("valid regex"));
static LISTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"《([^《》]{4,60})》").expect("valid regex"));

/// The documents of a text that issues several, each with its title; `None` when the text
/// is one document (fewer than two listed titles found in the body, in order).
pub fn split(text: &str) -> Option<Vec<(String, String)>> {
    let lines: Vec<&str> = text.lines().collect();
    let mut titles: Vec<String> = Vec::new();
    let mut notice_end = 0;
    for (i, line) in lines.iter().enumerate().take(15) {
        if !(line.contains("印发") || line.contains("转发")) {
            continue;
        }
        let found: Vec<String> = LISTED
            .captures_iter(line)
            .map(|c| c[1].to_owned())
            .collect();
        if found.len() >= 2 {
            for t in found {
                if !titles.contains(&t) {
                    titles.push(t);
                }
            }
            notice_end = lines[..=i].iter().map(|l| l.len() + 1).sum();
        }
    }
    if titles.len() < 2 {
        return None;
    }
    let mut starts = Vec::new();
    let mut from = notice_end.min(text.len());
    for title in &titles {
        let Some(at) = find_standalone(text, title, from) else {
            continue;
        };
        starts.push((at, title.clone()));
        from = at + title.len();
    }
    if starts.len() < 2 {
        return None;
    }
    let mut docs = Vec::new();
    for (k, (at, title)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(text.len(), |(next, _)| *next);
        let body = text[at + title.len()..end].trim_matches(['\n', ' ', ':']);
        let mut doc_text = String::new();
        if k == 0 {
            doc_text.push_str(text[..*at].trim_end());
            doc_text.push('\n');
        }
        doc_text.push_str(title);
        doc_text.push('\n');
        doc_text.push_str(body);
        docs.push((title.clone(), doc_text));
    }
    Some(docs)
}

/// The first occurrence of `title` at or after `from` where a document can start: not a
/// quotation (《title》), and at a line start or after a sentence or a closing attribution
/// (「…单位配合」, where a page break ran two documents together).
fn find_standalone(text: &str, title: &str, from: usize) -> Option<usize> {
    let mut start = from;
    while let Some(rel) = text.get(start..)?.find(title) {
        let at = start + rel;
        let before = &text[..at];
        let quoted = before.ends_with('《') || text[at + title.len()..].starts_with('》');
        let line = before.rsplit('\n').next().unwrap_or("");
        let boundary = before.is_empty()
            || before.ends_with(['\n', '。', ';', ':', '!', '?', ')'])
            || ["配合", "牵头", "负责", "完成"]
                .iter()
                .any(|w| line.ends_with(w))
            || ATTRIBUTION_LINE.is_match(line);
        if !quoted && boundary {
            return Some(at);
        }
        start = at + title.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_with_two_plans_gives_two_documents() {
        let text = "关于印发《甲工作实施意见》等2个实施意见的通知\n现将《甲工作实施意见》《乙工作实施意见》印发给你们。\n甲工作实施意见\n一、甲方面\n(一)甲措施。\n市甲局牵头,有关部门、单位配合乙工作实施意见为推进乙工作,制定本意见:\n一、乙方面";
        let docs = split(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].0, "甲工作实施意见");
        assert!(docs[0].1.contains("市甲局牵头,有关部门、单位配合"));
        assert!(docs[0].1.starts_with("关于印发"));
        assert_eq!(
            docs[1].1,
            "乙工作实施意见\n为推进乙工作,制定本意见:\n一、乙方面"
        );
    }

    #[test]
    fn a_title_inside_a_sentence_is_not_a_start() {
        let text = "关于印发《甲工作方案》《乙工作方案》的通知\n甲工作方案\n一、按照乙工作方案的要求推进。\n乙工作方案\n一、总则";
        let docs = split(text).unwrap();
        assert_eq!(docs.len(), 2);
        assert!(docs[0].1.contains("按照乙工作方案的要求"));
    }

    #[test]
    fn one_plan_is_not_split() {
        assert!(split("关于印发《甲方案》的通知\n甲方案\n一、总则").is_none());
    }
}
