//! Questions that ask what a group of enterprises can get (「小微企业有什么补贴」, 「个体工商户有哪些
//!优惠政策」, 「威海的高新技术企业能享受哪些减税」): answered from the measures' benefit facts —
//! the benefit finder ([`crate::search::benefits`]) for that group, in the region the question
//! names and the regions above it — listing each measure of the benefit asked for with its
//! amounts and the sentence that grants it, instead of quoting whatever figure the best
//! matching measure happens to hold.
//!
//! When a question is one ([`read`]) is data (`data/benefit_questions.toml`): it names a group,
//! names what is wanted (or asks for every benefit), and says nothing else.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::ask::answer::{passage, Answer, Citation, Quote, RegionRow};
use crate::ask::question::Analysis;
use crate::corpus::region_path::RegionPath;
use crate::data::BENEFIT_QUESTIONS;
use crate::extract::benefits::vocabulary::VOCABULARY;
use crate::question::Kind;
use crate::search::benefits::{self, BenefitItem, Profile};
use crate::search::SearchEngine;
use crate::{Measure, Result};

/// Measures listed in an answer (its citations and its rows).
const MAX_LISTED: usize = 10;

#[derive(Debug, Deserialize)]
struct QuestionWords {
    general: Vec<String>,
    fillers: Vec<String>,
}

static WORDS: LazyLock<QuestionWords> = LazyLock::new(|| BENEFIT_QUESTIONS.toml());

/// What a benefit question asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct BenefitQuestion {
    /// The group (a beneficiary label).
    pub beneficiary: String,
    /// The benefit types wanted, in the vocabulary's order; empty: every type.
    pub types: Vec<String>,
}

/// Reads a question as a benefit question, or `None`. Kinds that ask for something else (a
/// time, a deadline, a unit, other regions) are never one.
pub fn read(analysis: &Analysis) -> Option<BenefitQuestion> {
    if !analysis.is_question
        || matches!(
            analysis.kind,
            Kind::Time | Kind::Deadline | Kind::Who | Kind::Precedent
        )
    {
        return None;
    }
    let chars: Vec<char> = analysis.question.chars().collect();
    let v = &*VOCABULARY;
    // character spans of the question that name the group or the benefit
    let mut covered = vec![false; chars.len()];
    let mut cover = |start: usize, len: usize| covered[start..start + len].fill(true);
    let mut groups: Vec<usize> = Vec::new();
    for (start, len, labels) in v.aliases.scan(&chars, 0, chars.len()) {
        let named: Vec<usize> = labels
            .iter()
            .copied()
            .filter(|&l| !v.labels[l].general)
            .collect();
        if !named.is_empty() {
            cover(start, len);
            groups.extend(named);
        }
    }
    let mut types: Vec<usize> = Vec::new();
    for (start, len, &t) in v.triggers.scan(&chars, 0, chars.len()) {
        if !v.types[t].hidden {
            cover(start, len);
            types.push(t);
        }
    }
    let mut every = false;
    for (t, benefit) in v.types.iter().enumerate() {
        for (start, len) in occurrences(&chars, &benefit.name) {
            cover(start, len);
            types.push(t);
        }
    }
    for word in &WORDS.general {
        for (start, len) in occurrences(&chars, word) {
            cover(start, len);
            every = true;
        }
    }
    let beneficiary = v.labels.get(*groups.iter().min()?)?.name.clone();
    if types.is_empty() && !every {
        return None;
    }
    let text = analysis.question.as_str();
    let all_said = analysis.words.iter().all(|word| {
        WORDS.fillers.iter().any(|f| f == word)
            || occurrences(&chars, word)
                .into_iter()
                .any(|(start, len)| covered[start..start + len].iter().all(|&c| c))
            || !text.contains(word.as_str())
    });
    if !all_said {
        return None;
    }
    types.sort_unstable();
    types.dedup();
    Some(BenefitQuestion {
        beneficiary,
        types: types.into_iter().map(|t| v.types[t].name.clone()).collect(),
    })
}

/// Character spans (start, length) of `word` in `chars`.
fn occurrences(chars: &[char], word: &str) -> Vec<(usize, usize)> {
    let word: Vec<char> = word.chars().collect();
    if word.is_empty() || word.len() > chars.len() {
        return Vec::new();
    }
    (0..=chars.len() - word.len())
        .filter(|&i| chars[i..i + word.len()] == word[..])
        .map(|i| (i, word.len()))
        .collect()
}

/// The answer to a benefit question, or `None` when `analysis` is not one.
pub fn answer(engine: &SearchEngine, analysis: &Analysis) -> Result<Option<Answer>> {
    let Some(asked) = read(analysis) else {
        return Ok(None);
    };
    let profile = Profile {
        beneficiary: Some(asked.beneficiary.clone()),
        region: analysis.region.clone(),
        include_parents: true,
        // a benefit question says nothing but the group and the benefit: a domain read from
        // those words (补贴 → 纳税) is not one the user chose
        domain: None,
    };
    let found = benefits::search(engine, &profile)?;
    let wanted = |t: &str| asked.types.is_empty() || asked.types.iter().any(|w| w == t);
    // each measure once, under the first type asked for that it grants
    let mut items: Vec<&BenefitItem> = Vec::new();
    let mut total = 0;
    for group in found.groups.iter().filter(|g| wanted(&g.benefit_type)) {
        total += group.total;
        for item in &group.items {
            if !items.iter().any(|i| i.measure.id == item.measure.id) {
                items.push(item);
            }
        }
    }
    // Measures whose granting sentence itself names the group (or a wider group it belongs
    // to, 中小企业 for a 小微企业) answer for it; the others (a grant for every enterprise, or
    // in a measure that names the group elsewhere) only when none does.
    let specific: Vec<usize> = benefits::serving_labels(&asked.beneficiary)
        .iter()
        .filter_map(|l| VOCABULARY.labels.iter().position(|x| &x.name == l))
        .filter(|&l| !VOCABULARY.labels[l].general)
        .collect();
    let names_group = |i: &BenefitItem| {
        let chars: Vec<char> = i.grant.sentence.chars().collect();
        VOCABULARY
            .aliases
            .scan(&chars, 0, chars.len())
            .iter()
            .any(|(_, _, labels)| labels.iter().any(|l| specific.contains(l)))
    };
    let named = items.iter().any(|i| names_group(i));
    if named {
        items.retain(|i| names_group(i));
        total = items.len();
    }
    // the group itself first, then the measures stating an amount
    items.sort_by_key(|i| (!i.named, i.amounts.is_empty()));
    items.truncate(MAX_LISTED);
    Ok(Some(compose(analysis, &asked, &items, total, named)))
}

/// What was asked for, in words.
fn what(asked: &BenefitQuestion) -> String {
    if asked.types.is_empty() {
        "惠企政策".to_owned()
    } else {
        asked.types.join("、")
    }
}

/// One line: who, what, how many measures, and the amounts of the first ones with the
/// regions that grant them. `named`: the granting sentences name the group; else they grant
/// to a wider group or every enterprise, and the line says so.
fn summary(asked: &BenefitQuestion, items: &[&BenefitItem], total: usize, named: bool) -> String {
    let who = &asked.beneficiary;
    let what = what(asked);
    let mut line = if named {
        format!("{who}可享受的{what}:{total} 条措施")
    } else {
        format!("没有点名{who}的{what};适用于{who}的(面向所有企业等):{total} 条措施")
    };
    let amounts: Vec<String> = items
        .iter()
        .filter(|i| !i.amounts.is_empty())
        .take(5)
        .map(|i| {
            let values: Vec<&str> = i.amounts.iter().map(|a| a.text.as_str()).collect();
            let place = RegionPath::new(&i.measure.region).short();
            format!("{}({place})", values.join("、"))
        })
        .collect();
    if !amounts.is_empty() {
        line.push_str(",如");
        line.push_str(&amounts.join(";"));
    }
    line
}

fn compose(
    analysis: &Analysis,
    asked: &BenefitQuestion,
    items: &[&BenefitItem],
    total: usize,
    named: bool,
) -> Answer {
    let value_of = |i: &BenefitItem| {
        (!i.amounts.is_empty()).then(|| {
            i.amounts
                .iter()
                .map(|a| a.text.as_str())
                .collect::<Vec<_>>()
                .join("、")
        })
    };
    // the quote is the first measure's granting sentence, its value the first of the
    // measure's amounts that sentence states
    let quote = items.first().map(|i| {
        let sentence = i.grant.sentence.clone();
        let value = i
            .amounts
            .iter()
            .find_map(|a| sentence.find(&a.text).map(|at| at..at + a.text.len()))
            .map(|bytes| super::answer::char_range(&sentence, bytes));
        Quote {
            measure_id: i.measure.id.clone(),
            text: sentence,
            value,
            items: Vec::new(),
        }
    });
    let value = quote.as_ref().and_then(|q| {
        q.value
            .clone()
            .map(|chars| q.text[super::answer::byte_range(&q.text, chars)].to_owned())
    });
    let found = !items.is_empty();
    Answer {
        question: analysis.question.clone(),
        kind: analysis.kind,
        answer: if found {
            summary(asked, items, total, named)
        } else {
            format!("未找到{}可享受的{}", asked.beneficiary, what(asked))
        },
        found,
        confidence: if found { 1.0 } else { 0.0 },
        value,
        quote,
        region: analysis.region.clone(),
        uncovered_region: None,
        domain: None,
        topic: analysis.topic.clone(),
        citations: items
            .iter()
            .map(|i| citation(&i.measure, &i.grant.sentence, value_of(i)))
            .collect(),
        by_region: items
            .iter()
            .map(|i| RegionRow {
                region: i.measure.region.clone(),
                value: value_of(i),
                measure_id: i.measure.id.clone(),
                title: i.measure.title.clone(),
                sentence: i.grant.sentence.clone(),
            })
            .collect(),
    }
}

/// A measure cited for its granting sentence.
fn citation(m: &Measure, sentence: &str, value: Option<String>) -> Citation {
    Citation {
        snippet: passage(
            &m.text,
            m.text
                .find(sentence)
                .map_or(0..0, |at| at..at + sentence.len()),
        ),
        sentence: sentence.to_owned(),
        value,
        coverage: 1.0,
        measure: m.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::analyze;
    use crate::search::vocabulary::RegionAliases;

    fn read_of(question: &str) -> Option<BenefitQuestion> {
        let regions = RegionAliases::new(["山东省", "山东省/威海市"]);
        read(&analyze(question, &regions))
    }

    #[test]
    fn a_group_and_a_benefit_and_nothing_else_is_a_benefit_question() {
        assert_eq!(
            read_of("小微企业有什么补贴"),
            Some(BenefitQuestion {
                beneficiary: "小微企业".into(),
                types: vec!["补贴奖励".into()],
            })
        );
        assert_eq!(
            read_of("个体工商户能享受哪些优惠政策?"),
            Some(BenefitQuestion {
                beneficiary: "个体工商户".into(),
                types: vec![],
            })
        );
        let weihai = read_of("威海的高新技术企业有哪些贷款支持").unwrap();
        assert_eq!(weihai.beneficiary, "高新技术企业");
        assert!(weihai.types.contains(&"融资支持".to_owned()));
    }

    #[test]
    fn other_questions_are_not() {
        for q in [
            "新开办企业刻章有补贴吗",
            "小微企业贷款要多久",
            "企业开办哪个部门牵头",
            "有什么补贴",
            "小微企业",
            "小微企业划型标准是什么",
        ] {
            assert_eq!(read_of(q), None, "{q}");
        }
    }
}
