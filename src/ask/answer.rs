//! The answer records (the JSON of `/api/ask` and `zhengce ask --json`): [`Answer`], its
//! [`Quote`], its [`Citation`]s and its per-region [`RegionRow`]s, and the answer as the `ask`
//! command prints it.

use std::ops::Range;

use serde::Serialize;

use crate::measure::Measure;
use crate::question::Kind;
use crate::search::snippet::{snippet_from, SNIPPET_CHARS};

/// The answer when no measure answers the question.
pub const NOT_FOUND: &str = "未找到明确规定";

/// The answer when the question names a place no measure applies to: 「未收录杭州市的相关规定」.
pub fn not_covered(place_name: &str) -> String {
    format!("未收录{place_name}的相关规定")
}

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
    /// How sure we are, 0–1: the share of the question's topic (its words weighted by rarity,
    /// words no measure writes included) that the answering measure and its quoted sentence
    /// cover; 0 when nothing answers.
    pub confidence: f32,
    /// The value alone, as written in the measure or its fields, when the kind wants one.
    pub value: Option<String>,
    /// The sentence (or run of sentences) of the answering measure that says so, verbatim.
    pub quote: Option<Quote>,
    /// The region path the question names, if any.
    pub region: Option<String>,
    /// The region path the question names where no measure applies (浙江省/杭州市): the answer
    /// says so, `found` is false, and the citations and `by_region` are other regions'
    /// measures, offered as precedents.
    pub uncovered_region: Option<String>,
    /// The canonical domain the question names, if any.
    pub domain: Option<String>,
    /// What was searched: the question without its ways of asking.
    pub topic: String,
    /// The measures the answer rests on, best first; the nearest ones when nothing answers.
    pub citations: Vec<Citation>,
    /// For time, cost, deadline, list and precedent questions: the answer in each region.
    pub by_region: Vec<RegionRow>,
}

/// A verbatim passage of a measure with the value's range, for highlighting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The measure quoted.
    pub measure_id: String,
    /// The passage, verbatim from the measure's text (a plan's list, [`Self::items`]: the
    /// heading and each item's line as written).
    pub text: String,
    /// Range of the value in `text`, in characters (Unicode scalar values, as in every offset
    /// of the API: `/api/search` highlights too), so that a client slices it by characters.
    pub value: Option<Range<usize>>,
    /// For a list question answered by an item of a plan's heading, the heading's other items
    /// the passage lists by number and title, in its order ([`super::set`]): the passage is
    /// then the heading, each item's line as written and the answering measure's own quote.
    /// Empty (and absent from the JSON) for a passage of one measure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

/// The character range of byte range `bytes` of `text` (both ends on character boundaries).
pub fn char_range(text: &str, bytes: Range<usize>) -> Range<usize> {
    let start = text[..bytes.start].chars().count();
    start..start + text[bytes].chars().count()
}

/// The byte range of character range `chars` of `text` (clamped to its end).
pub fn byte_range(text: &str, chars: Range<usize>) -> Range<usize> {
    let at = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    at(chars.start)..at(chars.end)
}

impl Quote {
    /// The passage as (text, is_value) parts, for rendering with the value marked.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        match &self.value {
            Some(chars) => {
                let range = byte_range(&self.text, chars.clone());
                [
                    (&self.text[..range.start], false),
                    (&self.text[range.clone()], true),
                    (&self.text[range.end..], false),
                ]
                .into_iter()
                .filter(|(part, _)| !part.is_empty())
                .collect()
            }
            None => vec![(self.text.as_str(), false)],
        }
    }
}

/// A measure cited by an answer: the measure whole, with what the answer found in it. Like a
/// search hit its JSON carries a bounded passage, not the measure's text: an answer stays
/// small whatever the measures' length, and the whole measure is on `/api/measures/{id}` and
/// its page.
#[derive(Debug, Clone)]
pub struct Citation {
    /// The measure, as the index stores it.
    pub measure: Measure,
    /// The passage around the cited sentence, at most [`SNIPPET_CHARS`] characters.
    pub snippet: String,
    /// Its sentence closest to the question, verbatim.
    pub sentence: String,
    /// The value that sentence (or the measure's fields) gives, when the kind wants one.
    pub value: Option<String>,
    /// Share of the question's topic this measure covers, 0–1.
    pub coverage: f32,
}

/// The citation's fields in their order: the measure's id and title, what the answer found,
/// then the measure's facts. `number` is the measure's number as its document writes it
/// (「四、(一)」, 「(十五)7.」, 「第十二条」; 「第5条」 for a paragraph of a text without outline:
/// [`Measure::cited_number`]), so that a citation copied names a place the document has.
/// `part` (「总则」, 「附则」) only when the measure stands in a part that is no operative measure,
/// as on `/api/search`: a general provision cited must not pass for an operative rule.
impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let m = &self.measure;
        let mut s = serializer.serialize_struct("Citation", 20)?;
        s.serialize_field("id", &m.id)?;
        s.serialize_field("title", &m.title)?;
        s.serialize_field("snippet", &self.snippet)?;
        s.serialize_field("sentence", &self.sentence)?;
        s.serialize_field("value", &self.value)?;
        s.serialize_field("region", &m.region)?;
        s.serialize_field("domain", &m.domain)?;
        s.serialize_field("doc_id", &m.doc_id)?;
        s.serialize_field("doc_title", &m.doc_title)?;
        s.serialize_field("doc_number", &m.doc_number)?;
        s.serialize_field("number", &m.cited_number())?;
        s.serialize_field("date", &m.date)?;
        s.serialize_field("source", &m.source)?;
        s.serialize_field("section", &m.section)?;
        match &m.part {
            Some(part) => s.serialize_field("part", part)?,
            None => s.skip_field("part")?,
        }
        s.serialize_field("seq", &m.seq)?;
        s.serialize_field("lead_units", &m.lead_units)?;
        s.serialize_field("responsible_units", &m.responsible_units)?;
        s.serialize_field("deadlines", &m.deadlines)?;
        s.serialize_field("coverage", &self.coverage)?;
        s.end()
    }
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
        if self.uncovered_region.is_some() && !self.citations.is_empty() {
            out.push_str("以下为其他地区的同类措施,仅供参考:\n");
        }
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
                    "  {}. [{}] {} · {}{} {}\n     {}\n",
                    rank + 1,
                    c.measure.id,
                    c.measure.region,
                    c.measure.cited_doc_title(),
                    c.measure
                        .doc_number
                        .as_deref()
                        .map(|n| format!("({n})"))
                        .unwrap_or_default(),
                    c.measure.cited_number(),
                    c.sentence
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn citation(part: Option<&str>) -> serde_json::Value {
        let measure = Measure {
            id: "d1-5".into(),
            number: "第五条".into(),
            part: part.map(str::to_string),
            ..Measure::default()
        };
        let citation = Citation {
            measure,
            snippet: String::new(),
            sentence: String::new(),
            value: None,
            coverage: 1.0,
        };
        serde_json::to_value(&citation).unwrap()
    }

    #[test]
    fn a_general_provision_cited_says_its_part_and_an_operative_one_none() {
        assert_eq!(citation(Some("总则"))["part"], "总则");
        assert!(citation(None).get("part").is_none());
        assert_eq!(citation(None)["number"], "第五条");
    }
}
