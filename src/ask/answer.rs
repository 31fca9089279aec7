//! The answer records (the JSON of `/api/ask` and `zhengce ask --json`): [`Answer`], its
//! [`Quote`], its [`Citation`]s and its per-region [`RegionRow`]s, and the answer as the `ask`
//! command prints it.

use std::ops::Range;

use serde::Serialize;

use crate::question::Kind;
use crate::search::snippet::{snippet_from, SNIPPET_CHARS};

/// The answer when no measure answers the question.
pub const NOT_FOUND: &str = "未找到明确规定";

/// An answer to a question (the JSON of `/api/ask` and `zhengce ask --json`).
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// The question as asked.
    pub question: String,
    /// The kind of answer wanted (JSON: time, cost, who, deadline, yesno, howto, list,
    /// precedent).
    pub kind: Kind,
    /// The short answer (「0.5个工作日办结」「免费」「牵头单位:市税务局」), or 「未找到明确规定」.
    pub answer: String,
    /// Whether a measure answers the question.
    pub found: bool,
    /// How sure we are, 0–1: the share of the question's topic the answering measure covers.
    pub confidence: f32,
    /// The value alone, as written in the measure or its fields, when the kind wants one.
    pub value: Option<String>,
    /// The sentence (or run of sentences) of the answering measure that says so, verbatim.
    pub quote: Option<Quote>,
    /// The region path the question names, if any.
    pub region: Option<String>,
    /// The canonical domain the question names, if any.
    pub domain: Option<String>,
    /// What was searched: the question without its ways of asking.
    pub topic: String,
    /// The measures the answer rests on, best first; the nearest ones when nothing answers.
    pub citations: Vec<Citation>,
    /// For time, cost, deadline, list and precedent questions: the answer in each region.
    pub by_region: Vec<RegionRow>,
}

/// A verbatim passage of a measure with the value's byte range, for highlighting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The measure quoted.
    pub measure_id: String,
    /// The passage, verbatim from the measure's text.
    pub text: String,
    /// Byte range of the value in `text`, on character boundaries.
    pub value: Option<Range<usize>>,
}

impl Quote {
    /// The passage as (text, is_value) parts, for rendering with the value marked.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        match &self.value {
            Some(range) => [
                (&self.text[..range.start], false),
                (&self.text[range.clone()], true),
                (&self.text[range.end..], false),
            ]
            .into_iter()
            .filter(|(part, _)| !part.is_empty())
            .collect(),
            None => vec![(self.text.as_str(), false)],
        }
    }
}

/// A measure cited by an answer. Like a search hit it carries a bounded passage, not the
/// measure's text: an answer stays small whatever the measures' length, and the whole measure
/// is on `/api/measures/{id}` and its page.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    /// Measure id.
    pub id: String,
    /// The measure's own title.
    pub title: Option<String>,
    /// The measure's full text, for the views and the evaluation; not serialised.
    #[serde(skip)]
    pub text: String,
    /// The passage around the cited sentence, at most
    /// [`SNIPPET_CHARS`] characters.
    pub snippet: String,
    /// Its sentence closest to the question, verbatim.
    pub sentence: String,
    /// The value that sentence (or the measure's fields) gives, when the kind wants one.
    pub value: Option<String>,
    /// Region path.
    pub region: String,
    /// Canonical domain.
    pub domain: String,
    /// Document id.
    pub doc_id: String,
    /// Document title.
    pub doc_title: String,
    /// 文号.
    pub doc_number: Option<String>,
    /// Document date.
    pub date: Option<String>,
    /// Corpus file.
    pub source: String,
    /// Heading path of the measure (empty when unknown).
    pub section: String,
    /// Position of the measure in its document.
    pub seq: Option<u32>,
    /// 牵头单位.
    pub lead_units: Vec<String>,
    /// 责任单位.
    pub responsible_units: Vec<String>,
    /// 完成时限, `YYYY-MM`.
    pub deadlines: Vec<String>,
    /// Share of the question's topic this measure covers, 0–1.
    pub coverage: f32,
}

/// What a citation carries of its measure's `text`: the passage around the cited sentence
/// (a byte range of `text`), at most [`SNIPPET_CHARS`] characters.
pub(crate) fn passage(text: &str, sentence: Range<usize>) -> String {
    snippet_from(text, std::slice::from_ref(&sentence), SNIPPET_CHARS).text
}

/// One row of the per-region table: what a region's measure says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionRow {
    /// Region path.
    pub region: String,
    /// The value in that region's measure (0.5个工作日, 免费), when the kind wants one.
    pub value: Option<String>,
    /// The measure.
    pub measure_id: String,
    /// The measure's title.
    pub title: Option<String>,
    /// The measure's sentence that says so, verbatim.
    pub sentence: String,
}

impl Answer {
    /// The answer as the `ask` command prints it: the answer, the quote, the regions, the
    /// citations.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.answer);
        if let Some(quote) = &self.quote {
            out.push_str(&format!("「{}」\n", quote.text));
        }
        if !self.by_region.is_empty() {
            out.push('\n');
            for row in &self.by_region {
                let value = row.value.as_deref().unwrap_or("");
                out.push_str(&format!(
                    "  {} {} [{}]\n",
                    row.region, value, row.measure_id
                ));
                if value.is_empty() {
                    out.push_str(&format!("    {}\n", row.sentence));
                }
            }
        }
        if !self.citations.is_empty() {
            out.push_str(if self.found {
                "\n依据:\n"
            } else {
                "\n最接近的措施:\n"
            });
            for (rank, c) in self.citations.iter().take(5).enumerate() {
                out.push_str(&format!(
                    "  {}. [{}] {} · {}\n     {}\n",
                    rank + 1,
                    c.id,
                    c.region,
                    c.doc_title,
                    c.sentence
                ));
            }
        }
        out
    }
}
