//! Precedents by concept: the same reform in other regions, also where they call it by another
//! name (一业一证 / 一证准营 / 行业综合许可证, through `data/synonyms.tsv`). A measure is a
//! precedent only when it holds one of the concepts of what it is compared with — fewer, right
//! rows beat rows that share a common word (阶段, 服务). For the measure page's 「其他地区的同类
//! 措施」 ([`similar`]); the Q&A's precedent answers filter their candidates the same way
//! ([`super::compose`], through the question's distinctive words).

use std::sync::LazyLock;

use regex::Regex;

use super::question::variants;
use crate::index::analyzer::JIEBA_DICT;
use crate::measure::title_and_text;
use crate::search::request::FacetSet;
use crate::search::vocabulary::is_stopword;
use crate::search::{Hit, SearchEngine, SearchQuery};
use crate::{Measure, Result};

/// A term plans put in quotes: the name of a reform (“一业一证”, “一窗受理、一表填报”).
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[“"「]([^”"」]{2,30})[”"」]"#).expect("quoted"));
/// Share of the measures above which a title word is too common to be a concept.
const MAX_CONCEPT_SHARE: f32 = 0.05;
/// Rare words taken from a measure with neither a quoted term nor a rare title word.
const FALLBACK_WORDS: usize = 3;

/// The concepts of a measure, each with the ways it is written: the terms its title and text
/// put in quotes (a list in quotes split at 、), then its title's rare words; lacking both,
/// its rarest words (of which a precedent must then hold two).
pub fn concepts(engine: &SearchEngine, measure: &Measure) -> (Vec<Vec<String>>, usize) {
    let title = measure.title.as_deref().unwrap_or("");
    let whole = title_and_text(measure.title.as_deref(), &measure.text);
    let mut terms: Vec<String> = Vec::new();
    let add = |term: &str, terms: &mut Vec<String>| {
        let term = term.trim();
        if term.chars().count() >= 2 && !terms.iter().any(|t| t == term) {
            terms.push(term.to_owned());
        }
    };
    for caps in QUOTED.captures_iter(&whole) {
        for part in caps[1].split(['、', ',']) {
            add(part, &mut terms);
        }
    }
    let n = engine.measure_count().max(1) as f32;
    let rare = |word: &str| {
        let df = engine.doc_freq(word);
        df > 0 && (df as f32) / n <= MAX_CONCEPT_SHARE
    };
    for token in JIEBA_DICT.cut(title, false) {
        let word = token.word;
        if word.chars().count() >= 2 && !is_stopword(word) && rare(word) {
            add(word, &mut terms);
        }
    }
    let mut needed = 1;
    if terms.is_empty() {
        let mut words: Vec<(usize, String)> = JIEBA_DICT
            .cut(&measure.text, false)
            .into_iter()
            .map(|t| t.word.to_owned())
            .filter(|w| w.chars().count() >= 2 && !is_stopword(w))
            .map(|w| (engine.doc_freq(&w), w))
            .filter(|(df, _)| *df > 1)
            .collect();
        words.sort();
        words.dedup_by(|a, b| a.1 == b.1);
        terms = words
            .into_iter()
            .take(FALLBACK_WORDS)
            .map(|(_, w)| w)
            .collect();
        needed = 2.min(terms.len());
    }
    (terms.iter().map(|t| variants(t)).collect(), needed)
}

/// How many of `concepts` `text` holds (a concept counts when one of its forms occurs).
pub fn held(concepts: &[Vec<String>], text: &str) -> usize {
    concepts
        .iter()
        .filter(|forms| forms.iter().any(|f| text.contains(f.as_str())))
        .count()
}

/// The same kind of measure in other regions: the engine's more-like-this candidates and the
/// measures naming the concepts by any of their names, kept when they hold the concepts, in
/// that order, at most `limit`.
pub fn similar(engine: &SearchEngine, id: &str, limit: usize) -> Result<Vec<Hit>> {
    let measure = engine.measure(id)?;
    let (concepts, needed) = concepts(engine, &measure);
    if concepts.is_empty() {
        return Ok(Vec::new());
    }
    let mut hits = engine.similar(id, (limit * 3).min(100))?;
    let names: Vec<String> = concepts.iter().flatten().cloned().collect();
    let query = SearchQuery {
        q: names
            .join(" ")
            .chars()
            .take(crate::search::MAX_QUERY_CHARS)
            .collect(),
        limit: (limit * 3).min(100),
        facets: FacetSet::NONE,
        ..Default::default()
    };
    // Every measure naming a concept is a candidate: `held` below is the rule, not a share.
    for hit in engine.candidates(&query)?.hits {
        let elsewhere =
            hit.measure.region != measure.region && hit.measure.doc_id != measure.doc_id;
        if elsewhere && !hits.iter().any(|h| h.measure.id == hit.measure.id) {
            hits.push(hit);
        }
    }
    hits.retain(|h| {
        held(
            &concepts,
            &title_and_text(h.measure.title.as_deref(), &h.measure.text),
        ) >= needed
    });
    hits.truncate(limit);
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_concept_is_held_under_any_of_its_names() {
        let concepts = vec![vec!["一业一证".to_owned(), "一证准营".to_owned()]];
        assert_eq!(held(&concepts, "推进“一证准营”改革"), 1);
        assert_eq!(held(&concepts, "压缩审批阶段"), 0);
        let quoted: Vec<&str> = QUOTED
            .captures_iter("实行“一窗受理、一表填报”,开展“一业一证”改革")
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert_eq!(quoted, ["一窗受理、一表填报", "一业一证"]);
    }
}
