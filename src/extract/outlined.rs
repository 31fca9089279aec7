//! Measures of a text with a numbered outline (一、/(一)/1./【】/第X条): a leaf item is a
//! measure, an article or a lead-in with a short enumeration is one measure with everything
//! under it, sections of non-measures (指导思想, 组织保障…) are dropped; attribution lines
//! speak for their item, or for every item of a section when only its last one has them.
//! Each measure is cited by its markers as written and titled by its lead phrase.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::attribution::{self, Attribution};
use super::conventions::CONVENTIONS;
use super::outline::{Kind, Node, Outline};
use super::{deadline, dedup, doc_fields, domain, lead_phrase, min_hits, CREDIT_LINE};
use crate::domain::Domain;
use crate::{Document, Measure};

/// A node's heading as a phrase: its head up to the first 。 (for 【…】, the bracket text).
fn heading_of(node: &Node) -> String {
    let head = node.head.as_str();
    let cut = head.find('。').map_or(head, |i| &head[..i]);
    cut.trim().to_owned()
}

/// Whether `heading` (of `chars` characters) names the section `word` names: it holds the
/// word with at most six characters more (「(三)主要目标任务」 names 主要目标; a sentence holding
/// the word does not).
fn heading_names(heading: &str, chars: usize, word: &str) -> bool {
    chars <= word.chars().count() + HEADING_SLACK && heading.contains(word)
}

/// How many characters a heading may hold besides the section word it names.
const HEADING_SLACK: usize = 6;

/// True when `node` heads a non-measure section (指导思想, 组织保障…; for a regulation's
/// chapter, only 总则 and 附则).
fn is_non_measure(node: &Node) -> bool {
    let heading = heading_of(node);
    let n = heading.chars().count();
    let words = if matches!(node.kind, Kind::Chapter | Kind::Section) {
        &CONVENTIONS.non_measure_chapters
    } else {
        &CONVENTIONS.non_measures
    };
    let mut chars: Option<super::CharBits> = None;
    words
        .iter()
        // the length first: most headings are too long for any of the words (a search of
        // the heading for each word was a fiftieth of a build); then the word's first and
        // last characters
        .any(|w| {
            n <= w.chars().count() + HEADING_SLACK
                && chars
                    .get_or_insert_with(|| super::CharBits::of(&heading))
                    .may_contain(w)
                && heading.contains(w.as_str())
        })
}

/// The part a non-measure node heads that is indexed all the same (`indexed_parts` of
/// `data/outline.toml`: a regulation's 总则 and 附则 chapters), as its heading names it. Only a
/// regulation's divisions (第X章, 第X节): a plan's 「一、总则」 holds its guiding ideas.
fn indexed_part(node: &Node) -> Option<&'static str> {
    if !matches!(node.kind, Kind::Chapter | Kind::Section) {
        return None;
    }
    let heading = heading_of(node);
    let n = heading.chars().count();
    CONVENTIONS
        .indexed_parts
        .iter()
        .find(|w| heading_names(&heading, n, w))
        .map(String::as_str)
}

/// The plan part a non-measure section heads that is indexed all the same (`plan_parts` of
/// `data/outline.toml`: 指导思想, 基本原则, the goals), by the part's name. Not a regulation's
/// divisions (第X章, 第X节), whose general provisions are read by [`indexed_part`].
fn plan_part(node: &Node) -> Option<&'static str> {
    if matches!(node.kind, Kind::Chapter | Kind::Section) {
        return None;
    }
    let heading = heading_of(node);
    let n = heading.chars().count();
    CONVENTIONS
        .plan_parts
        .iter()
        .find(|p| p.headings.iter().any(|w| heading_names(&heading, n, w)))
        .map(|p| p.part.as_str())
}

/// What a node says for itself: its text lines and its own attribution.
struct Own {
    lines: Vec<String>,
    attribution: Attribution,
    /// Attribution lines after the text (not inline), which may speak for the whole section.
    trailing: Vec<String>,
    trailing_attribution: Attribution,
    inline: bool,
}

fn own(node: &Node) -> Own {
    let mut out = Own {
        lines: Vec::new(),
        attribution: Attribution::default(),
        trailing: Vec::new(),
        trailing_attribution: Attribution::default(),
        inline: false,
    };
    let first = if node.kind == Kind::Bracket {
        None
    } else {
        Some(node.head.clone())
    };
    for line in first.into_iter().chain(node.body.iter().cloned()) {
        if let Some(a) = attribution::parse_line(&line) {
            out.trailing.push(line);
            out.trailing_attribution.merge(a);
            continue;
        }
        if let Some((a, _)) = attribution::inline(&line) {
            out.attribution.merge(a);
            out.inline = true;
        }
        if !out.trailing.is_empty() {
            // text after attribution lines: those lines were the item's own, in the middle
            out.lines.append(&mut out.trailing);
            out.attribution
                .merge(std::mem::take(&mut out.trailing_attribution));
        }
        out.lines.push(line);
    }
    out
}

/// The measures of an outlined text, in reading order (ids are outline paths, `seq` unset).
pub(super) fn measures(doc: &Document, outline: &Outline, year: Option<u32>) -> Vec<Measure> {
    let nodes = &outline.nodes;
    let owns: Vec<Own> = nodes.iter().map(own).collect();
    // a trailing attribution of the last leaf speaks for all leaves of its section when no
    // other leaf of the section has one of its own
    let mut inherited: Vec<Option<usize>> = vec![None; nodes.len()];
    let mut section_level: HashSet<usize> = HashSet::new();
    for parent in nodes {
        let leaves: Vec<usize> = parent
            .children
            .iter()
            .copied()
            .filter(|&c| nodes[c].children.is_empty())
            .collect();
        let Some(&last) = leaves.last() else { continue };
        if leaves.len() < 2 || owns[last].trailing.is_empty() || owns[last].inline {
            continue;
        }
        let others_silent = leaves[..leaves.len() - 1]
            .iter()
            .all(|&k| owns[k].attribution.is_empty() && owns[k].trailing_attribution.is_empty());
        if others_silent {
            section_level.insert(last);
            for &k in &leaves {
                inherited[k] = Some(last);
            }
        }
    }

    let atomic: Vec<bool> = (0..nodes.len())
        .map(|i| is_atomic(outline, &owns, i))
        .collect();
    let doc_domain = domain::of_document(&doc.title);
    // each node's heading is read once, not once per measure under it
    let non_measure: Vec<bool> = nodes.iter().map(is_non_measure).collect();
    let under_non_measure = |idx: usize| ancestors(outline, idx).iter().any(|&i| non_measure[i]);
    // the indexed part a node heads (总则, 附则), read once
    let parts: Vec<Option<&'static str>> = nodes
        .iter()
        .zip(&non_measure)
        .map(|(node, &non)| if non { indexed_part(node) } else { None })
        .collect();
    // the plan part a node heads (指导思想, 目标), read once
    let plan_parts: Vec<Option<&'static str>> = nodes
        .iter()
        .zip(&non_measure)
        .map(|(node, &non)| if non { plan_part(node) } else { None })
        .collect();
    // a measure under non-measure headings is kept, marked with its part, when each of them
    // is an indexed part (the outermost names it: 总则), or each a plan part (the innermost
    // names it: 总体要求 > 主要目标 is 目标)
    let part_of = |idx: usize| -> Option<&'static str> {
        let path = ancestors(outline, idx);
        let heads: Vec<usize> = path.iter().copied().filter(|&i| non_measure[i]).collect();
        let first = *heads.first()?;
        if let Some(part) = parts[first] {
            return heads.iter().all(|&i| parts[i].is_some()).then_some(part);
        }
        let last = *heads.last()?;
        let part = plan_parts[last]?;
        heads
            .iter()
            .all(|&i| plan_parts[i].is_some())
            .then_some(part)
    };
    let mut heading_domains: Vec<Option<Option<&'static str>>> = vec![None; nodes.len()];
    let mut title_domain: Option<Option<&'static str>> = None;
    // the marker the document numbers its measures with (003: 1. … 165.)
    let measure_kind = {
        let mut counts: Vec<(Kind, usize)> = Vec::new();
        for (idx, node) in nodes.iter().enumerate().skip(1) {
            if node.children.is_empty() && !under_non_measure(idx) {
                match counts.iter_mut().find(|(k, _)| *k == node.kind) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((node.kind, 1)),
                }
            }
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map(|(k, _)| k)
    };
    let mut out = Vec::new();
    for (idx, node) in nodes.iter().enumerate() {
        // a yearbook's 【…】 heading with items: its own paragraph is a summary worth finding
        let bracket_intro =
            node.kind == Kind::Bracket && !node.children.is_empty() && !owns[idx].lines.is_empty();
        if node.kind == Kind::Root || !node.children.is_empty() && !atomic[idx] && !bracket_intro {
            continue;
        }
        let path = ancestors(outline, idx);
        if path[..path.len() - 1].iter().any(|&i| atomic[i]) {
            continue;
        }
        let o = &owns[idx];
        // under 保障措施 and the like, an item numbered like the document's measures that
        // names its own units is a measure too
        let names_units = [&o.attribution, &o.trailing_attribution]
            .iter()
            .any(|a| !a.lead.is_empty() || !a.responsible.is_empty());
        let numbered_like_measures = Some(node.kind) == measure_kind;
        let part = part_of(idx);
        if !(names_units && numbered_like_measures) && under_non_measure(idx) && part.is_none() {
            continue;
        }
        let mut lines = o.lines.clone();
        let mut attribution = Attribution::default();
        attribution.merge(o.attribution.clone());
        if !section_level.contains(&idx) {
            lines.extend(o.trailing.iter().cloned());
            attribution.merge(o.trailing_attribution.clone());
        }
        if atomic[idx] {
            fold(outline, &owns, idx, &mut lines, &mut attribution);
        }
        let inherited_attribution = inherited[idx].map(|k| owns[k].trailing_attribution.clone());
        if let Some(a) = &inherited_attribution {
            if attribution.lead.is_empty() && attribution.responsible.is_empty() {
                attribution.merge(a.clone());
            }
        }
        let (title, text) = title_and_text(node, &lines);
        let chars = text.chars().count();
        let heading_only = chars < 20 && !text.contains(['。', ';', ':', ',']);
        if chars < 8 || heading_only || CREDIT_LINE.is_match(&text) {
            continue;
        }
        if path.iter().any(|&i| nodes[i].kind == Kind::Attachment)
            && text.chars().count() < 40
            && !text.contains('。')
        {
            continue;
        }
        let section = path[..path.len() - 1]
            .iter()
            .map(|&i| label(&nodes[i]))
            .collect::<Vec<_>>()
            .join(" > ");
        // (read only when the document's title names no domain)
        let mut heading_domain = || {
            let mut headings: Vec<usize> = path[..path.len() - 1].iter().rev().copied().collect();
            if node.kind == Kind::Bracket {
                headings.insert(0, idx);
            }
            headings
                .into_iter()
                .find_map(|i| {
                    *heading_domains[i]
                        .get_or_insert_with(|| domain::of_heading(&heading_of(&nodes[i])))
                })
                .or_else(|| *title_domain.get_or_insert_with(|| domain::of_heading(&doc.title)))
        };
        // the measure's own heading words: 「深化工程建设项目审批改革」 under 「优化政务环境」
        let own_domain =
            || domain::of_heading(title.as_deref().unwrap_or_else(|| lead_phrase(&text)));
        let domain = doc_domain
            .or_else(|| match (heading_domain(), own_domain()) {
                (Some(broad), Some(own)) if domain::overrides(own, broad) => Some(own),
                (Some(heading), _) => Some(heading),
                (None, own) => own.or_else(|| {
                    let title = title.as_deref().unwrap_or("");
                    domain::of_words_at_least(title, &text, min_hits(&text))
                }),
            })
            .unwrap_or_else(|| Domain::other().name());
        let mut deadlines = deadline::milestones(&text, year);
        for when in [&attribution.when] {
            for d in deadline::completion(when, year) {
                if !deadlines.contains(&d) {
                    deadlines.push(d);
                }
            }
        }
        let mut id = path
            .iter()
            .map(|&i| nodes[i].number.to_string())
            .collect::<Vec<_>>()
            .join("-");
        if bracket_intro {
            id.push_str("-0");
        }
        out.push(Measure {
            id,
            number: number_of(outline, &path),
            section,
            title,
            text,
            domain: domain.to_owned(),
            lead_units: dedup(attribution.lead),
            responsible_units: dedup(attribution.responsible),
            deadlines,
            status: attribution.status,
            part: part.map(str::to_owned),
            ..doc_fields(doc)
        });
    }
    out
}

/// A node that is one measure with everything under it: an article (第X条), or a lead-in
/// (ending with 「:」, or announcing 「下列」/「如下」) followed by a short enumeration
/// ((一)… (二)…).
fn is_atomic(outline: &Outline, owns: &[Own], idx: usize) -> bool {
    let node = &outline.nodes[idx];
    if node.children.is_empty() {
        return false;
    }
    if node.kind == Kind::Article {
        return true;
    }
    let lead_in = owns[idx]
        .lines
        .last()
        .is_some_and(|l| l.trim_end().ends_with(':') || l.contains("下列") || l.contains("如下"));
    lead_in
        && node.children.iter().all(|&c| {
            let child = &outline.nodes[c];
            child.children.is_empty()
                && matches!(
                    child.kind,
                    Kind::ChineseParen | Kind::Arabic | Kind::ArabicParen
                )
                && child.head.chars().count()
                    + child.body.iter().map(|l| l.chars().count()).sum::<usize>()
                    < 120
        })
}

/// Appends the lines and attributions of everything under `idx`, markers kept.
fn fold(
    outline: &Outline,
    owns: &[Own],
    idx: usize,
    lines: &mut Vec<String>,
    attribution: &mut Attribution,
) {
    for &c in &outline.nodes[idx].children {
        let node = &outline.nodes[c];
        let o = &owns[c];
        for (k, line) in o.lines.iter().chain(o.trailing.iter()).enumerate() {
            if k == 0 && node.kind != Kind::Bracket {
                lines.push(format!("{}{}", node.marker, line));
            } else {
                lines.push(line.clone());
            }
        }
        attribution.merge(o.attribution.clone());
        attribution.merge(o.trailing_attribution.clone());
        fold(outline, owns, c, lines, attribution);
    }
}

/// The title of a measure and its text (number dropped, title and attribution kept).
fn title_and_text(node: &Node, lines: &[String]) -> (Option<String>, String) {
    match node.kind {
        Kind::Bracket => {
            let mut text = node.head.clone();
            for l in lines {
                text.push('\n');
                text.push_str(l);
            }
            (Some(node.head.clone()), text)
        }
        Kind::Item => {
            let head = node.head.as_str();
            let title = head
                .split_once(' ')
                .map(|(t, _)| t)
                .filter(|t| t.chars().count() <= 40 && !t.contains(['。', ',']));
            (title.map(str::to_owned), lines.join("\n"))
        }
        _ => {
            let text = lines.join("\n");
            (short_title(&node.head, lines.len() > 1), text)
        }
    }
}

/// The lead phrase of an item up to its first 「。」 when it is short and more follows; a
/// heading line on its own when a body follows it; none when the item starts with its
/// content (「9.2020年6月底前,建立…」).
fn short_title(head: &str, has_body: bool) -> Option<String> {
    static STARTS_WITH_DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:\d{4}年|\d{1,2}月|到\d{4}|自\d{4})").expect("valid regex")
    });
    let head = head.trim();
    if head.is_empty() || STARTS_WITH_DATE.is_match(head) {
        return None;
    }
    let (candidate, more) = match head.find('。') {
        Some(i) => (
            &head[..i],
            !head[i + '。'.len_utf8()..].trim().is_empty() || has_body,
        ),
        None => (head, has_body),
    };
    let n = candidate.chars().count();
    let limit = if candidate.contains(',') { 28 } else { 40 };
    (more && (2..=limit).contains(&n) && !candidate.contains([':', ';']))
        .then(|| candidate.to_owned())
}

/// The marker and heading of a node, as a section label (`(一)企业开办`, `【纳税】`).
fn label(node: &Node) -> String {
    match node.kind {
        Kind::Bracket => format!("【{}】", node.head),
        Kind::Item => node.head.split(' ').next().unwrap_or("").to_owned(),
        Kind::Decimal(_) => format!("{} {}", node.marker, heading_of(node)),
        _ => format!("{}{}", node.marker, heading_of(node)),
    }
}

/// A measure's outline position as written, to cite it by: the markers along its path
/// (「四、(一)」, 「(十五)7.」, 「三、3.」). Articles are numbered through the whole text, so an
/// article is cited alone (「第十二条」), without its chapter. A decimal number already
/// writes its parents (「2.1.3」 is under 「2.1」 under 「2」), so only the deepest decimal of
/// a run is kept: 「2.1.3(3)」, never 「22.12.1.3(3)」.
fn number_of(outline: &Outline, path: &[usize]) -> String {
    let nodes = &outline.nodes;
    let article = path.iter().any(|&i| nodes[i].kind == Kind::Article);
    path.iter()
        .enumerate()
        .map(|(at, &i)| (&nodes[i], path.get(at + 1).map(|&next| &nodes[next])))
        .filter(|(n, _)| !(article && matches!(n.kind, Kind::Chapter | Kind::Section)))
        .filter(|(n, next)| {
            !matches!(
                (n.kind, next.map(|x| x.kind)),
                (Kind::Decimal(_), Some(Kind::Decimal(_)))
            )
        })
        .map(|(n, _)| n.marker.as_str())
        .collect()
}

/// The path from the root's first child down to `idx` (root excluded).
fn ancestors(outline: &Outline, idx: usize) -> Vec<usize> {
    let mut path = vec![idx];
    let mut at = outline.nodes[idx].parent;
    while let Some(p) = at {
        if p == 0 {
            break;
        }
        path.push(p);
        at = outline.nodes[p].parent;
    }
    path.reverse();
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(
            short_title("降低企业开办成本。为新开办企业免费提供印章。", false).as_deref(),
            Some("降低企业开办成本")
        );
        assert_eq!(short_title("2020年6月底前,建立机制。", false), None);
        assert_eq!(short_title("全面推进网上受理、并联审批和网上出件,实现工程建设项目网上“不见面”审批,同时利用APP查询。(牵头单位:市局)", false), None);
        assert_eq!(
            short_title("鼓励推行“标准地”供地方式", true).as_deref(),
            Some("鼓励推行“标准地”供地方式")
        );
    }
}
