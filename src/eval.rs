//! Evaluation of search and Q&A on questions files (the format of `tests/eval/questions.jsonl`
//! and `tests/eval/traps.jsonl`): hit@1, hit@5 and MRR@10 overall and per question kind, with
//! the scoring rule of `tests/eval/README.md` (whitespace stripped, plain substring match
//! against any `answer_contains`); for Q&A also the quote rate, value accuracy (the short
//! answer holds an `expect_value`) and refusal rate (a question no measure can answer — noise,
//! or a region the corpus does not cover — is not answered).

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::corpus::date::PolicyDate;
use crate::measure::title_and_text;
use crate::search::SearchEngine;
use crate::{Error, Result};

/// One evaluation question.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    /// `q001` …
    pub id: String,
    /// The question as a user types it.
    pub question: String,
    /// Substrings of correct measures; a result is correct if it contains any. Empty for a
    /// question no measure answers.
    #[serde(default)]
    pub answer_contains: Vec<String>,
    /// time, cost, who, deadline, howto, list, keyword, precedent.
    pub kind: String,
    /// Region of the answering measures, when there is one.
    #[serde(default)]
    pub region: Option<String>,
    /// Domain of the answering measures, when there is one.
    #[serde(default)]
    pub domain: Option<String>,
    /// Figures the short answer should hold (any one counts), for a question that wants one.
    #[serde(default)]
    pub expect_value: Vec<String>,
    /// True when no measure answers (noise): the right answer is a refusal.
    #[serde(default)]
    pub expect_refusal: bool,
    /// A region the question names that the corpus does not cover: the right answer says so.
    #[serde(default)]
    pub uncovered_region: Option<String>,
    /// A document the question names (《…》, a law or regulation by its short name) that the
    /// index does not hold, as asked: the right answer says so (「未收录《…》」) and is scored
    /// as an uncovered region is, refused or marked uncovered.
    #[serde(default)]
    pub uncovered_document: Option<String>,
}

impl Question {
    /// Whether a measure of the corpus answers it (it is scored on its citations and quote),
    /// rather than being a question to refuse (noise, an uncovered region).
    pub fn is_answerable(&self) -> bool {
        !self.expect_refusal
            && self.uncovered_region.is_none()
            && self.uncovered_document.is_none()
            && !self.answer_contains.is_empty()
    }
}

/// Whether a short answer holds one of the expected figures (whitespace stripped). An expected
/// month written `YYYY-MM` (the measures' `deadlines` field, read as a [`PolicyDate`]) also
/// counts as the month documents write (`YYYY年M月`).
pub fn holds_value(expected: &[String], answer: &str) -> bool {
    let answer = strip_whitespace(answer);
    expected.iter().any(|want| {
        let want = strip_whitespace(want);
        answer.contains(&want)
            || (want.contains('-')
                && PolicyDate::parse(&want)
                    .filter(|date| date.month().is_some() && date.day().is_none())
                    .is_some_and(|month| answer.contains(&month.chinese())))
    })
}

/// Reads a questions file, one JSON object a line; names the file and line on a bad line.
pub fn load_questions(path: &Path) -> Result<Vec<Question>> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| Error::io(format!("reading {}", path.display()), err))?;
    let mut questions = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let question: Question = serde_json::from_str(line).map_err(|err| {
            Error::invalid("FILE", format!("{}:{}: {err}", path.display(), number + 1))
        })?;
        questions.push(question);
    }
    if questions.is_empty() {
        return Err(Error::invalid(
            "FILE",
            format!("{}: no questions", path.display()),
        ));
    }
    Ok(questions)
}

/// Reads several questions files into one set, in order.
pub fn load_question_files(paths: &[std::path::PathBuf]) -> Result<Vec<Question>> {
    let mut all = Vec::new();
    for path in paths {
        all.extend(load_questions(path)?);
    }
    Ok(all)
}

/// Removes every Unicode white-space character (the scoring rule's first step).
pub fn strip_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether a result text answers the question.
pub fn is_correct(question: &Question, result_text: &str) -> bool {
    let text = strip_whitespace(result_text);
    question
        .answer_contains
        .iter()
        .any(|want| text.contains(&strip_whitespace(want)))
}

/// 1-based rank of the first correct result among the first 10, if any.
pub fn first_correct_rank(question: &Question, ranked_texts: &[String]) -> Option<usize> {
    ranked_texts
        .iter()
        .take(10)
        .position(|text| is_correct(question, text))
        .map(|i| i + 1)
}

/// hit@1, hit@5 and MRR@10 over a set of questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Scores {
    /// Questions scored.
    pub questions: usize,
    /// Share with a correct first result.
    pub hit1: f64,
    /// Share with a correct result in the first 5.
    pub hit5: f64,
    /// Mean reciprocal rank of the first correct result within 10.
    pub mrr10: f64,
}

impl Scores {
    fn from_ranks(ranks: &[Option<usize>]) -> Scores {
        let n = ranks.len().max(1) as f64;
        Scores {
            questions: ranks.len(),
            hit1: ranks.iter().filter(|r| **r == Some(1)).count() as f64 / n,
            hit5: ranks
                .iter()
                .filter(|r| matches!(r, Some(k) if *k <= 5))
                .count() as f64
                / n,
            mrr10: ranks
                .iter()
                .map(|r| r.map_or(0.0, |k| 1.0 / k as f64))
                .sum::<f64>()
                / n,
        }
    }
}

/// The scores of a run, overall and per kind, with the rank each question got.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// All questions.
    pub overall: Scores,
    /// Per `kind`, sorted by kind.
    pub by_kind: BTreeMap<String, Scores>,
    /// (question id, rank of the first correct result) for every question.
    pub ranks: Vec<(String, Option<usize>)>,
}

impl Report {
    /// Scores `questions` given, for each, the texts of the system's ranked results.
    pub fn score(questions: &[Question], ranked: &[Vec<String>]) -> Report {
        let ranks: Vec<Option<usize>> = questions
            .iter()
            .zip(ranked)
            .map(|(q, texts)| first_correct_rank(q, texts))
            .collect();
        let mut kinds: BTreeMap<String, Vec<Option<usize>>> = BTreeMap::new();
        for (question, rank) in questions.iter().zip(&ranks) {
            kinds.entry(question.kind.clone()).or_default().push(*rank);
        }
        Report {
            overall: Scores::from_ranks(&ranks),
            by_kind: kinds
                .into_iter()
                .map(|(k, r)| (k, Scores::from_ranks(&r)))
                .collect(),
            ranks: questions.iter().map(|q| q.id.clone()).zip(ranks).collect(),
        }
    }

    /// The report as the `eval` command prints it.
    pub fn to_table(&self) -> String {
        let mut out = String::new();
        let line = |name: &str, s: &Scores| {
            format!(
                "{name:<10} n={:<3} hit@1 {:.3}  hit@5 {:.3}  MRR@10 {:.3}\n",
                s.questions, s.hit1, s.hit5, s.mrr10
            )
        };
        out.push_str(&line("all", &self.overall));
        for (kind, scores) in &self.by_kind {
            out.push_str(&line(kind, scores));
        }
        out
    }
}

/// Scores search on the answerable questions: the texts (title + text) of the first 10 hits.
pub fn evaluate_search(
    engine: &crate::search::SearchEngine,
    questions: &[Question],
) -> Result<Report> {
    let questions: Vec<Question> = questions
        .iter()
        .filter(|q| q.is_answerable())
        .cloned()
        .collect();
    let mut ranked = Vec::with_capacity(questions.len());
    for question in &questions {
        let query = crate::search::SearchQuery {
            q: question.question.clone(),
            limit: 10,
            facets: crate::search::request::FacetSet::NONE,
            ..Default::default()
        };
        let results = engine.search(&query)?;
        ranked.push(
            results
                .hits
                .iter()
                .map(|h| title_and_text(h.measure.title.as_deref(), &h.measure.text))
                .collect(),
        );
    }
    Ok(Report::score(&questions, &ranked))
}

/// What the Q&A did with one question.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Question id.
    pub id: String,
    /// Whether it was answered (not refused, not marked uncovered).
    pub found: bool,
    /// Whether the quote holds a gold passage.
    pub quoted: bool,
    /// Whether a gold measure is among the first three citations (`None`: not answerable).
    pub top3: Option<bool>,
    /// Whether the short answer holds an expected figure (`None`: no figure expected).
    pub value: Option<bool>,
    /// Whether it was refused or marked uncovered (`None`: a question to answer).
    pub refused: Option<bool>,
    /// The short answer.
    pub answer: String,
    /// The quote, if any.
    pub quote: Option<String>,
    /// What was expected: the gold passages, the figures, or a refusal.
    pub expected: String,
}

impl Outcome {
    /// The checks this question failed: quote, top3, value, refused (empty when it passed).
    pub fn failed_checks(&self) -> Vec<&'static str> {
        let mut failed = Vec::new();
        if self.top3.is_some() && !self.quoted {
            failed.push("quote");
        }
        if self.top3 == Some(false) {
            failed.push("top3");
        }
        if self.value == Some(false) {
            failed.push("value");
        }
        if self.refused == Some(false) {
            failed.push("refused");
        }
        failed
    }

    /// The failure as `eval --ask --failures` prints it: id, checks failed, answer, quote,
    /// expected, one per line (nothing when the question passed).
    pub fn failure_text(&self) -> Option<String> {
        let failed = self.failed_checks();
        if failed.is_empty() {
            return None;
        }
        Some(format!(
            "{}\t{}\n  answer:   {}\n  quote:    {}\n  expected: {}\n",
            self.id,
            failed.join(","),
            self.answer.replace('\n', " / "),
            self.quote.as_deref().unwrap_or("-"),
            self.expected,
        ))
    }
}

/// What a question expects, in words: the figures and gold passages, or a refusal.
fn expected_text(q: &Question) -> String {
    if let Some(region) = &q.uncovered_region {
        return format!("未收录 {region}");
    }
    if let Some(document) = &q.uncovered_document {
        return format!("未收录《{document}》");
    }
    if q.expect_refusal {
        return "未找到 (refusal)".to_owned();
    }
    let mut parts = Vec::new();
    if !q.expect_value.is_empty() {
        parts.push(format!("value {}", q.expect_value.join(" | ")));
    }
    parts.push(format!("passage {}", q.answer_contains.join(" | ")));
    parts.join("; ")
}

/// The full Q&A evaluation: the citations as ranked results, how often the quote itself
/// contains a gold passage, the short answer the expected figure, and how often a question no
/// measure answers is refused.
#[derive(Debug, Clone, Serialize)]
pub struct AskReport {
    /// hit@1, hit@5, MRR@10 of the citations, on the answerable questions.
    pub citations: Report,
    /// Share of answerable questions with a gold measure among the first three citations.
    pub gold_in_top3: f64,
    /// Share of answerable questions whose quote contains a gold passage (whitespace stripped).
    pub quote_rate: f64,
    /// Share of answerable questions answered (not 「未找到明确规定」).
    pub found_rate: f64,
    /// Questions that expect a figure.
    pub value_questions: usize,
    /// Share of them whose short answer holds it.
    pub value_rate: f64,
    /// Questions no measure answers (noise, uncovered regions).
    pub refusal_questions: usize,
    /// Share of them refused or marked uncovered.
    pub refusal_rate: f64,
    /// Every question, answerable or not, in order.
    pub outcomes: Vec<Outcome>,
}

impl AskReport {
    /// The report as the `eval --ask` command prints it.
    pub fn to_table(&self) -> String {
        format!(
            "{}quote holds gold {:.3}  gold in top 3 {:.3}  answered {:.3}\n\
             value holds expected {:.3} (n={})  refused or uncovered {:.3} (n={})\n",
            self.citations.to_table(),
            self.quote_rate,
            self.gold_in_top3,
            self.found_rate,
            self.value_rate,
            self.value_questions,
            self.refusal_rate,
            self.refusal_questions,
        )
    }
}

/// Share of `flags` that are true (0 when empty).
fn share(flags: impl Iterator<Item = bool>) -> (usize, f64) {
    let (mut n, mut yes) = (0, 0);
    for flag in flags {
        n += 1;
        yes += usize::from(flag);
    }
    (n, if n == 0 { 0.0 } else { yes as f64 / n as f64 })
}

/// Scores Q&A on `questions`: citations as ranked results, quote rate and answered rate on the
/// answerable ones, value accuracy on those expecting a figure, refusals on the others.
pub fn evaluate_ask(engine: &SearchEngine, questions: &[Question]) -> Result<AskReport> {
    let mut answerable = Vec::new();
    let mut ranked = Vec::new();
    let mut outcomes = Vec::with_capacity(questions.len());
    for q in questions {
        let answer = crate::ask::ask(engine, &q.question)?;
        if q.is_answerable() {
            answerable.push(q.clone());
            ranked.push(
                answer
                    .citations
                    .iter()
                    .map(|c| title_and_text(c.measure.title.as_deref(), &c.measure.text))
                    .collect::<Vec<_>>(),
            );
        }
        let quoted = answer
            .quote
            .as_ref()
            .is_some_and(|qt| is_correct(q, &qt.text));
        let top3 = q.is_answerable().then(|| {
            answer.citations.iter().take(3).any(|c| {
                is_correct(
                    q,
                    &title_and_text(c.measure.title.as_deref(), &c.measure.text),
                )
            })
        });
        let refuse =
            q.expect_refusal || q.uncovered_region.is_some() || q.uncovered_document.is_some();
        outcomes.push(Outcome {
            id: q.id.clone(),
            found: answer.found,
            quoted,
            top3,
            value: (!q.expect_value.is_empty())
                .then(|| answer.found && holds_value(&q.expect_value, &answer.answer)),
            refused: refuse.then_some(!answer.found),
            answer: answer.answer,
            quote: answer.quote.map(|qt| qt.text),
            expected: expected_text(q),
        });
    }
    let citations = Report::score(&answerable, &ranked);
    let (_, gold_in_top3) = share(
        citations
            .ranks
            .iter()
            .map(|(_, r)| matches!(r, Some(k) if *k <= 3)),
    );
    let scored = || {
        questions
            .iter()
            .zip(&outcomes)
            .filter(|(q, _)| q.is_answerable())
    };
    let (_, quote_rate) = share(scored().map(|(_, o)| o.quoted));
    let (_, found_rate) = share(scored().map(|(_, o)| o.found));
    let (value_questions, value_rate) = share(outcomes.iter().filter_map(|o| o.value));
    let (refusal_questions, refusal_rate) = share(outcomes.iter().filter_map(|o| o.refused));
    Ok(AskReport {
        citations,
        gold_in_top3,
        quote_rate,
        found_rate,
        value_questions,
        value_rate,
        refusal_questions,
        refusal_rate,
        outcomes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(answers: &[&str]) -> Question {
        Question {
            id: "q".into(),
            question: "?".into(),
            answer_contains: answers.iter().map(|s| s.to_string()).collect(),
            kind: "cost".into(),
            region: None,
            domain: None,
            expect_value: Vec::new(),
            expect_refusal: false,
            uncovered_region: None,
            uncovered_document: None,
        }
    }

    #[test]
    fn whitespace_is_ignored_on_both_sides() {
        let q = question(&["免费 刻制"]);
        assert!(is_correct(&q, "为企业\u{a0}免费\u{2002}刻制公章"));
        assert!(!is_correct(&q, "免费提供"));
    }

    #[test]
    fn a_document_not_held_is_a_question_to_refuse() {
        let mut q = question(&["甲"]);
        assert!(q.is_answerable());
        q.uncovered_document = Some("劳动合同法".into());
        assert!(!q.is_answerable());
        assert_eq!(expected_text(&q), "未收录《劳动合同法》");
    }

    #[test]
    fn scores_follow_ranks() {
        let qs = vec![question(&["甲"]), question(&["乙"]), question(&["丙"])];
        let ranked = vec![
            vec!["甲".to_string()],
            vec!["x".into(), "x".into(), "乙".into()],
            vec!["x".into()],
        ];
        let report = Report::score(&qs, &ranked);
        assert_eq!(report.overall.hit1, 1.0 / 3.0);
        assert_eq!(report.overall.hit5, 2.0 / 3.0);
        assert!((report.overall.mrr10 - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-9);
    }

    #[test]
    fn values_match_as_written_or_as_a_month() {
        let want = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(holds_value(&want(&["5个工作日"]), "低压 5 个工作日"));
        assert!(!holds_value(&want(&["5个工作日"]), "4个工作日"));
        assert!(holds_value(&want(&["2022-09"]), "2022年9月底前"));
        assert!(!holds_value(&want(&["2022-09"]), "2022年10月底前"));
        assert!(!holds_value(&want(&["免费"]), "未找到明确规定"));
    }

    fn outcome() -> Outcome {
        Outcome {
            id: "t1".into(),
            found: true,
            quoted: true,
            top3: Some(true),
            value: Some(true),
            refused: None,
            answer: "5个工作日".into(),
            quote: Some("低压小微企业5个工作日".into()),
            expected: "value 5个工作日".into(),
        }
    }

    #[test]
    fn a_failure_names_the_checks_it_failed() {
        assert!(outcome().failure_text().is_none());
        let missed = Outcome {
            quoted: false,
            value: Some(false),
            ..outcome()
        };
        assert_eq!(missed.failed_checks(), ["quote", "value"]);
        let text = missed.failure_text().unwrap();
        assert!(text.starts_with("t1\tquote,value\n"), "{text}");
        assert!(text.contains("expected: value 5个工作日"), "{text}");
        let answered_noise = Outcome {
            top3: None,
            value: None,
            refused: Some(false),
            ..outcome()
        };
        assert_eq!(answered_noise.failed_checks(), ["refused"]);
    }
}
