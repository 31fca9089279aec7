//! Precedents by concept: the same reform in other regions, also where they call it by another
//! name (一业一证 / 一证准营 / 行业综合许可证, through `data/synonyms.tsv`). A measure is a
//! precedent only when it holds one of the concepts of what it is compared with — fewer, right
//! rows beat rows that share a common word (阶段, 服务). For the measure page's 「其他地区的同类
//! 措施」 ([`similar`]); the Q&A's precedent answers filter their candidates the same way
//! ([`super::compose`], through the question's distinctive words).

use std::sync::LazyLock;

use regex::Regex;

use super::question::variants;
use crate::corpus::gazetteer::GAZETTEER;
use crate::corpus::region::NATIONAL;
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

/// The place whose practice a national text reports, as a region path: the State Council's
/// reports of typical practices (督查通报) open each item with the place that did it, by its
/// full name (「江苏省淮安市开展“数字化联合审图”…」). A national rule (「县级以上地方人民政府…
/// 统筹制定抽查计划」) opens with no place: it applies everywhere and reports no one's practice.
/// Short forms do not count (a rule may open with 山东 as a word of a name); consecutive names
/// narrow the place (江苏省 → 江苏省/淮安市).
pub fn reported_place(text: &str) -> Option<String> {
    let gazetteer = &*GAZETTEER;
    let mut rest = text.trim_start();
    let mut path: Option<&str> = None;
    while let Some(found) = gazetteer.name_at(rest) {
        let entry = found.entry;
        if entry.alias || entry.contextual || entry.weak {
            break;
        }
        let place = entry
            .places
            .iter()
            .map(|&i| &gazetteer.places[i])
            .find(|p| {
                entry.places.len() == 1
                    || path.is_some_and(|parent| p.path.starts_with(&format!("{parent}/")))
            });
        let Some(place) = place else {
            break;
        };
        if path.is_some_and(|parent| !place.path.starts_with(&format!("{parent}/"))) {
            break;
        }
        path = Some(&place.path);
        rest = &rest[found.name.len()..];
    }
    path.map(str::to_owned)
}

/// Whether `measure` is a national rule: a national text that reports no place's practice
/// ([`reported_place`]). It applies in every region, so it is no other region's precedent —
/// asked what other places do, the places' own measures and the reports of a place's practice
/// come first.
pub fn is_national_rule(measure: &Measure) -> bool {
    measure.region == NATIONAL && reported_place(&measure.text).is_none()
}

/// The region a precedent is of: the place a national text reports ([`reported_place`]), else
/// the measure's region.
pub fn precedent_region(measure: &Measure) -> String {
    if measure.region == NATIONAL {
        if let Some(place) = reported_place(&measure.text) {
            return place;
        }
    }
    measure.region.clone()
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
    // Other regions' measures only (the more-like-this candidates are other documents', which
    // may be the same region's), holding the concepts; the national rules, which apply in
    // every region, after the regions' own measures. A law's general or final provisions
    // (`Measure::part`) are no precedent: its purpose or definitions do nothing another region
    // could copy.
    hits.retain(|h| {
        h.measure.region != measure.region
            && h.measure.part.is_none()
            && held(
                &concepts,
                &title_and_text(h.measure.title.as_deref(), &h.measure.text),
            ) >= needed
    });
    hits.sort_by_key(|h| is_national_rule(&h.measure));
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

    #[test]
    fn the_page_s_precedents_are_other_regions_the_national_rule_last() {
        let measure = |id: &str, doc: &str, region: &str, text: &str| Measure {
            id: id.into(),
            doc_id: doc.into(),
            region: region.into(),
            text: text.into(),
            ..Default::default()
        };
        let (_dir, engine) = crate::ask::engine_of_measures(&[
            measure(
                "lz-0",
                "lz",
                "山东省/烟台市/莱州市",
                "鼓励推行“标准地”供地方式,一次性公示建设条件。",
            ),
            measure(
                "lz-1",
                "lz2",
                "山东省/烟台市/莱州市",
                "新增工业项目“标准地”出让时,提前明确具体标准。",
            ),
            measure(
                "sc-0",
                "sc",
                "全国",
                "各地要推行“标准地”出让,明确控制指标。",
            ),
            measure(
                "sc56-0",
                "sc56",
                "全国",
                "浙江省湖州市实施“标准地”改革,全面提升土地利用效益。",
            ),
            measure(
                "wh-0",
                "wh",
                "山东省/威海市",
                "推进“标准地”出让模式改革,制定控制指标。",
            ),
            measure("wh-1", "wh", "山东省/威海市", "推行电子营业执照。"),
        ]);
        let ids: Vec<String> = similar(&engine, "lz-0", 8)
            .unwrap()
            .into_iter()
            .map(|h| h.measure.id)
            .collect();
        // Another document of the same region is no other region's measure.
        assert!(!ids.iter().any(|i| i == "lz-1"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "wh-0"), "{ids:?}");
        // The rule every place follows comes after the places' own practices.
        assert_eq!(ids.last().map(String::as_str), Some("sc-0"), "{ids:?}");
        assert!(ids.iter().any(|i| i == "sc56-0"), "{ids:?}");
    }

    #[test]
    fn a_national_text_opening_with_a_place_reports_its_practice() {
        assert_eq!(
            reported_place("江苏省淮安市开展“数字化联合审图”,施工图审查进入数字化时代。")
                .as_deref(),
            Some("江苏省/淮安市")
        );
        assert_eq!(
            reported_place("广东省广州市越秀区实现企业开办最快一天。").as_deref(),
            Some("广东省/广州市/越秀区")
        );
        // A rule for every place opens with none.
        assert_eq!(
            reported_place("县级以上地方人民政府结合本地实际,统筹制定本辖区年度抽查工作计划。"),
            None
        );
        let rule = Measure {
            region: NATIONAL.into(),
            text: "要科学确定部门联合抽查的事项,实现“进一次门、查多项事”。".into(),
            ..Default::default()
        };
        assert!(is_national_rule(&rule));
        assert_eq!(precedent_region(&rule), NATIONAL);
        let report = Measure {
            text: "辽宁省大连市探索跨部门跨层级“双随机”联合检查。".into(),
            ..rule.clone()
        };
        assert!(!is_national_rule(&report));
        assert_eq!(precedent_region(&report), "辽宁省/大连市");
        // A local measure is its region's own.
        let local = Measure {
            region: "辽宁省/营口市/鲅鱼圈区".into(),
            ..rule
        };
        assert!(!is_national_rule(&local));
    }
}
