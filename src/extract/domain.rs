//! Domains: the canonical domain of a measure from the alias table in `data/domains.toml`
//! (document titles, then section headings, nearest first), falling back on the measure's
//! own words (keyword table, same file).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::domain::Domain;

#[derive(Deserialize)]
struct Table {
    broad: Vec<String>,
    documents: BTreeMap<String, Vec<String>>,
    headings: BTreeMap<String, Vec<String>>,
    keywords: BTreeMap<String, Vec<String>>,
}

/// The alias and keyword tables, longest alias first.
struct Domains {
    broad: Vec<&'static str>,
    documents: Vec<(String, &'static str)>,
    headings: Vec<(String, &'static str)>,
    keywords: Vec<(&'static str, Vec<String>)>,
}

static TABLE: LazyLock<Domains> = LazyLock::new(|| {
    let table: Table = crate::data::DOMAINS.toml();
    let canonical = |d: &str| -> &'static str {
        Domain::named(d)
            .unwrap_or_else(|| panic!("data/domains.toml: `{d}` is not a canonical domain"))
            .name()
    };
    let flatten = |map: BTreeMap<String, Vec<String>>| {
        let mut v: Vec<(String, &'static str)> = map
            .iter()
            .flat_map(|(d, aliases)| aliases.iter().map(move |a| (a.clone(), canonical(d))))
            .collect();
        v.sort_by_key(|(a, _)| std::cmp::Reverse(a.chars().count()));
        v
    };
    let keywords = table
        .keywords
        .iter()
        .map(|(d, words)| (canonical(d), words.clone()))
        .collect();
    Domains {
        broad: table.broad.iter().map(|d| canonical(d)).collect(),
        documents: flatten(table.documents),
        headings: flatten(table.headings),
        keywords,
    }
});

/// The domain a document's title gives all its measures (莱州's 为民服务 opinion), if any.
pub fn of_document(title: &str) -> Option<&'static str> {
    first_alias_in(title, &TABLE.documents)
}

/// The domain of the first alias of `aliases` (longest first) that `text` contains. An alias
/// whose first or last character `text` lacks is passed over on one bit: every measure's
/// heading is read against every alias, and a search of the heading for each was a
/// fiftieth of a build.
fn first_alias_in(text: &str, aliases: &[(String, &'static str)]) -> Option<&'static str> {
    let chars = super::CharBits::of(text);
    aliases
        .iter()
        .filter(|(alias, _)| chars.may_contain(alias))
        .find(|(alias, _)| text.contains(alias.as_str()))
        .map(|(_, d)| *d)
}

/// True when a measure whose own words name `own` belongs there rather than under a heading
/// of domain `heading`: the heading is broad (政务环境 → 政务服务) and `own` is another,
/// specific indicator (工程建设项目审批 → 办理建筑许可).
pub fn overrides(own: &str, heading: &str) -> bool {
    own != heading && TABLE.broad.contains(&heading) && !TABLE.broad.contains(&own)
}

/// The domain a heading names, if any (the longest alias it contains).
pub fn of_heading(heading: &str) -> Option<&'static str> {
    first_alias_in(heading, &TABLE.headings)
}

/// The domain a measure's own words point to most (title hits count three times).
pub fn of_words(title: &str, text: &str) -> Option<&'static str> {
    of_words_at_least(title, text, 1)
}

/// As [`of_words`], when the winning domain scores at least `min`.
pub fn of_words_at_least(title: &str, text: &str, min: usize) -> Option<&'static str> {
    let mut best: Option<(&'static str, usize)> = None;
    for (domain, words) in &TABLE.keywords {
        let score: usize = words
            .iter()
            .map(|w| text.matches(w.as_str()).count() + 3 * title.matches(w.as_str()).count())
            .sum();
        if score >= min.max(1) && best.is_none_or(|(_, s)| score > s) {
            best = Some((domain, score));
        }
    }
    best.map(|(d, _)| d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_domains_in_many_ways() {
        assert_eq!(of_heading("(一)企业开办"), Some("开办企业"));
        assert_eq!(of_heading("一、企业准入方面"), Some("开办企业"));
        assert_eq!(of_heading("(四)获得用水用气和供暖"), Some("获得用水用气"));
        assert_eq!(of_heading("八、水电气暖报装方面"), Some("获得用水用气"));
        assert_eq!(of_heading("六、缴费纳税方面"), Some("纳税"));
        assert_eq!(of_heading("十二、税务注销方面"), Some("纳税"));
        assert_eq!(
            of_heading("(二)工程建设项目审批领域。"),
            Some("办理建筑许可")
        );
        assert_eq!(
            of_heading("(十六)知识产权创造、保护和运用"),
            Some("知识产权创造保护和运用")
        );
        assert_eq!(of_heading("三、主要措施"), None);
    }

    #[test]
    fn the_first_alias_is_the_one_every_alias_searched_for_finds() {
        let every_alias = |text: &str, aliases: &[(String, &'static str)]| {
            aliases
                .iter()
                .find(|(alias, _)| text.contains(alias.as_str()))
                .map(|(_, d)| *d)
        };
        // every alias alone, inside a heading, cut short, and texts sharing only characters
        let mut texts: Vec<String> = vec![String::new(), "三、主要措施".into()];
        for (alias, _) in TABLE.headings.iter().chain(&TABLE.documents) {
            let chars: Vec<char> = alias.chars().collect();
            texts.push(alias.clone());
            texts.push(format!("(一)深化{alias}改革"));
            texts.push(chars[..chars.len() - 1].iter().collect());
            texts.push(chars.iter().rev().collect());
        }
        for text in &texts {
            for aliases in [&TABLE.headings, &TABLE.documents] {
                assert_eq!(
                    first_alias_in(text, aliases),
                    every_alias(text, aliases),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn documents_and_words() {
        assert_eq!(
            of_document("为民服务领域流程再造工作实施意见"),
            Some("为民服务")
        );
        assert_eq!(of_document("减证便民工作实施意见"), Some("政务服务"));
        assert_eq!(
            of_words("", "免收投标保证金,推行电子招标"),
            Some("招标投标")
        );
        assert_eq!(of_words("", "天气晴朗"), None);
    }
}
