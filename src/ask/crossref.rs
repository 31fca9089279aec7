//! Penalty articles that name the act by its article: a regulation's 法律责任 chapter writes
//! 「违反本条例第五十一条第一款规定的,由消防救援机构责令立即改正;…对个人处五百元以上一千元以下
//! 罚款」, naming the body and the fine but not the act, which article 五十一 of the same document
//! states. Asked who punishes an act or what it costs, the article stating the act is found by
//! the question's words; the penalty articles of its document that refer to it answer, and
//! the words of the article (or the items) they refer to count as theirs.

use std::collections::HashMap;

use super::candidates::{self, Candidate, RegionMatch};
use super::question::Analysis;
use super::terms::Terms;
use crate::extract::crossref::{
    article_of, pattern, references_with_items, referred_words, Reference,
};
use crate::question::values::CountPattern;
use crate::question::Kind;
use crate::search::SearchEngine;
use crate::Result;

/// A reference as written (「第四十七条第二项」) with the words of what it refers to.
pub(crate) type Cited = (String, String);

/// The best candidates whose articles are followed to the penalty articles citing them.
const FOLLOWED: usize = 5;

/// Adds to `candidates`, for a question asking who acts or what it costs, the penalty
/// articles of the best candidates' documents that refer to them (inspected with the words
/// referred to, and ranked as the article they were reached through), and sorts again.
pub(crate) fn add_penalties(
    engine: &SearchEngine,
    candidates: &mut Vec<Candidate>,
    analysis: &Analysis,
    terms: &Terms,
    count: Option<&CountPattern>,
) -> Result<()> {
    if !matches!(analysis.kind, Kind::Who | Kind::Cost) {
        return Ok(());
    }
    let mut documents: HashMap<String, Vec<crate::search::Hit>> = HashMap::new();
    // Each penalty article found (by id): its hit, the references followed, and the best
    // rank of the articles it was reached through.
    let mut found: Vec<(crate::search::Hit, Vec<Cited>, f32)> = Vec::new();
    for candidate in candidates.iter().take(FOLLOWED) {
        let measure = &candidate.hit.measure;
        if candidate.region_match == RegionMatch::Other {
            continue;
        }
        let Some(article) = article_of(&measure.number) else {
            continue;
        };
        if !documents.contains_key(&measure.doc_id) {
            engine.check_deadline()?;
            // Only the measures citing an article of their own document (the pattern
            // `references` reads) can be reached so.
            let cites = |m: &crate::Measure| pattern().is_match(&m.text);
            documents.insert(
                measure.doc_id.clone(),
                engine.document_hits(&measure.doc_id, cites)?,
            );
        }
        for hit in &documents[&measure.doc_id] {
            if hit.measure.id == measure.id {
                continue;
            }
            // The items named by number alone go on with the article cited before them.
            let referred: Vec<Cited> = references_with_items(&hit.measure.text)
                .into_iter()
                .filter(|r| r.article == article)
                .map(|r| {
                    let words = referred_words(&measure.text, r.paragraph, &r.items);
                    (r.marker, words)
                })
                .collect();
            if referred.is_empty() {
                continue;
            }
            match found
                .iter_mut()
                .find(|(h, _, _)| h.measure.id == hit.measure.id)
            {
                Some((_, refs, fused)) => {
                    for r in referred {
                        if !refs.iter().any(|(m, _)| *m == r.0) {
                            refs.push(r);
                        }
                    }
                    *fused = fused.max(candidate.fused);
                }
                None => found.push((hit.clone(), referred, candidate.fused)),
            }
        }
    }
    if found.is_empty() {
        return Ok(());
    }
    for (hit, referred, fused) in found {
        let at = candidates
            .iter()
            .position(|c| c.hit.measure.id == hit.measure.id);
        let mut penalty = match at {
            Some(i) => candidates.swap_remove(i),
            None => candidates::blank(hit),
        };
        penalty.referred = referred;
        // Reached through the article it cites, it ranks as that article did in the search.
        penalty.fused = penalty.fused.max(fused);
        candidates::inspect(&mut penalty, analysis, terms, count);
        candidates.push(penalty);
    }
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    Ok(())
}

/// The words a penalty article's passage `t` is about, when `t` is a part of its `text`: those
/// of the references it holds, or, holding none, of the last one before it on its line (「违反
/// 本条例第五十一条第一款规定的,由消防救援机构责令立即改正;拒不改正的,…处五百元以上一千元以下罚款」:
/// the clause after the semicolon goes on with the case the first opened). `at` is where `t`
/// starts in `text` when it is cut from it; a passage written otherwise (`None`: the title with
/// the text, a label with a part) is read for its own references.
pub(crate) fn cited<'r>(
    referred: &'r [Cited],
    references: &[Reference],
    text: &str,
    t: &str,
    at: Option<usize>,
) -> Vec<&'r str> {
    let words = |r: &Reference| {
        referred
            .iter()
            .find(|(marker, _)| *marker == r.marker)
            .map(|(_, w)| w.as_str())
    };
    let Some(start) = at else {
        return references_with_items(t).iter().filter_map(words).collect();
    };
    let end = start + t.len();
    let within: Vec<&str> = references
        .iter()
        .filter(|r| start <= r.at && r.at < end)
        .filter_map(words)
        .collect();
    if !within.is_empty() {
        return within;
    }
    references
        .iter()
        .rev()
        .find(|r| r.at < start && !text[r.at..start].contains('\n'))
        .and_then(words)
        .into_iter()
        .collect()
}
