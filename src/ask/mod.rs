//! Stage 5: a question → an answer quoted from the measures. The question is read
//! ([`question`]: the kind of answer wanted, the region and domain named, the topic), the
//! candidate measures gathered from searches and inspected ([`candidates`], weighing the topic
//! words by rarity: [`terms`]), and the answer composed ([`compose`]): a value copied from a
//! measure's text or fields (behind a fixed label at most), a verbatim quote ([`quote`]), a
//! per-region table, the measures cited ([`answer`] holds the records). When nothing answers
//! with enough confidence the answer is 「未找到明确规定」, with the nearest measures still
//! cited. A question asking what a group of enterprises can get (「小微企业有什么补贴」) is
//! answered from the benefit facts instead ([`benefits`]). Next stage: [`crate::server`].

pub mod answer;
pub mod benefits;
pub mod candidates;
pub mod compose;
pub mod question;
pub mod quote;
pub mod sentences;
pub mod terms;

pub use answer::{Answer, Citation, Quote, RegionRow, NOT_FOUND};
pub use question::{analyze, Analysis};

use terms::Terms;

use crate::question::values::CountPattern;
use crate::question::Kind;
use crate::search::SearchEngine;
use crate::Result;

/// Citations returned.
const MAX_CITATIONS: usize = 10;

/// Answers `question` from the measures in `engine`. Its citations are the candidates, best
/// first.
pub fn ask(engine: &SearchEngine, question: &str) -> Result<Answer> {
    let analysis = analyze(question, engine.region_aliases());
    if let Some(answer) = benefits::answer(engine, &analysis)? {
        return Ok(answer);
    }
    let terms = Terms::of(
        engine,
        &analysis.words,
        &analysis.markers,
        engine.measure_count(),
    );
    // A count question (几个环节) wants a count of what it counts, whatever its kind (but
    // who): its pattern is compiled once for all the sentences of all the candidates.
    let count = analysis
        .count
        .as_deref()
        .filter(|_| analysis.kind != Kind::Who)
        .map(CountPattern::new);
    let mut candidates = candidates::gather(engine, &analysis)?;
    for candidate in &mut candidates {
        candidates::inspect(candidate, &analysis, &terms, count.as_ref());
    }
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    candidates.truncate(MAX_CITATIONS);
    Ok(compose::compose(
        engine,
        question,
        &analysis,
        &terms,
        &candidates,
    ))
}
