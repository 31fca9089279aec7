//! Stage 2: [`Document`] → [`Measure`]s. Reads the outline (一、/（一）/1./【】/第X条), attaches
//! 牵头单位, 责任单位 and 完成时限 wherever they sit, maps headings to canonical domains through
//! the alias table in `data/`, and drops non-measures (指导思想, 基本原则, 组织保障…). A text
//! without a numbered outline (a notice, a report) gives one measure a paragraph.
//! Pure: no files, no tantivy. Next stage: [`crate::index`].

pub mod attribution;
pub mod benefits;
pub mod conventions;
pub mod deadline;
pub mod domain;
pub mod outline;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::Limits;
use crate::{Document, Measure};
use attribution::Attribution;
use conventions::CONVENTIONS;
use outline::{Kind, Node, Outline};

static CREDIT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(.*(?:供稿|撰稿|执笔|编辑)\)$").expect("valid regex"));
static HEADER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\(?[^。,]{0,20}[〔\[]\d{4}[〕\]]\s*\d*\s*号\)?$|\(此件.*\)|(?:感谢|特此|此复|专此).{0,20}$|.*(?:发布日期|发布时间|来源|点击次数)\s*:)")
        .expect("valid regex")
});

/// The measures of one document, in reading order, with `seq` numbered from 0, measures
/// capped at the default length ([`measures_within`]).
pub fn measures(doc: &Document) -> Vec<Measure> {
    measures_within(doc, Limits::default().max_measure_chars).0
}

/// The measures of one document; one longer than `max_chars` characters is split at sentence
/// ends (cut where a single sentence is longer), its parts numbered `…_p2`, `…_p3`, and named
/// in the returned warnings, so no measure is too large to show or serve.
pub fn measures_within(doc: &Document, max_chars: usize) -> (Vec<Measure>, Vec<String>) {
    let year = plan_year(doc);
    let outline = outline::parse(&doc.text);
    let mut drafts = from_outline(doc, &outline, year);
    if drafts.is_empty() {
        drafts = from_paragraphs(doc, year);
    }
    let mut warnings = Vec::new();
    let max_chars = max_chars.max(1);
    let mut capped = Vec::with_capacity(drafts.len());
    for m in drafts {
        let chars = m.text.chars().count();
        if chars <= max_chars {
            capped.push(m);
            continue;
        }
        let parts = split_long(&m.text, max_chars);
        warnings.push(format!(
            "measure {}.{} has {chars} characters: split into {} parts of at most {max_chars} (--max-measure-chars)",
            doc.id,
            m.id,
            parts.len()
        ));
        for (k, part) in parts.into_iter().enumerate() {
            capped.push(Measure {
                id: if k == 0 {
                    m.id.clone()
                } else {
                    format!("{}_p{}", m.id, k + 1)
                },
                text: part,
                ..m.clone()
            });
        }
    }
    let mut seen = HashSet::new();
    let measures = capped
        .into_iter()
        .enumerate()
        .map(|(seq, mut m)| {
            let mut id = format!("{}.{}", doc.id, m.id);
            let mut k = 2;
            while !seen.insert(id.clone()) {
                id = format!("{}.{}_{k}", doc.id, m.id);
                k += 1;
            }
            m.id = id;
            m.seq = seq as u32;
            benefits::fill(&mut m);
            m
        })
        .collect();
    (measures, warnings)
}

/// Splits `text` into parts of at most `max_chars` characters, at sentence ends (。!?; or a
/// line break) where it can, cutting a longer sentence.
fn split_long(text: &str, max_chars: usize) -> Vec<String> {
    let mut pieces: Vec<(&str, usize)> = Vec::new();
    let (mut start, mut chars) = (0, 0);
    for (i, c) in text.char_indices() {
        chars += 1;
        if chars == max_chars || "。!?;\n".contains(c) {
            let end = i + c.len_utf8();
            pieces.push((&text[start..end], chars));
            (start, chars) = (end, 0);
        }
    }
    pieces.push((&text[start..], chars));
    let mut parts = Vec::new();
    let (mut current, mut current_chars) = (String::new(), 0);
    for (piece, chars) in pieces {
        if current_chars + chars > max_chars && current_chars > 0 {
            parts.push(std::mem::take(&mut current).trim().to_owned());
            current_chars = 0;
        }
        current.push_str(piece);
        current_chars += chars;
    }
    parts.push(current.trim().to_owned());
    parts.retain(|p| !p.is_empty());
    parts
}

/// The year a month without a year belongs to (「年底前」, 「9月底前」): the one year the title
/// names (山东省营商环境创新2022年行动计划), else the document's year (its date's, else its
/// 文号's: [`Document::year`]).
pub fn plan_year(doc: &Document) -> Option<u32> {
    crate::corpus::date::title_year(&doc.title)
        .or(doc.year)
        .or_else(|| {
            doc.date
                .as_deref()
                .and_then(|d| d.get(..4))
                .and_then(|y| y.parse().ok())
        })
}

/// A node's heading as a phrase: its head up to the first 。 (for 【…】, the bracket text).
fn heading_of(node: &Node) -> String {
    let head = node.head.as_str();
    let cut = head.find('。').map_or(head, |i| &head[..i]);
    cut.trim().to_owned()
}

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
    words
        .iter()
        .any(|w| heading.contains(w.as_str()) && n <= w.chars().count() + 6)
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

fn from_outline(doc: &Document, outline: &Outline, year: Option<u32>) -> Vec<Measure> {
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
    let under_non_measure = |idx: usize| {
        ancestors(outline, idx)
            .iter()
            .any(|&i| is_non_measure(&nodes[i]))
    };
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
        if !(names_units && numbered_like_measures) && under_non_measure(idx) {
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
        let heading_domain = {
            let mut headings: Vec<usize> = path[..path.len() - 1].iter().rev().copied().collect();
            if node.kind == Kind::Bracket {
                headings.insert(0, idx);
            }
            headings
                .into_iter()
                .find_map(|i| domain::of_heading(&heading_of(&nodes[i])))
                .or_else(|| domain::of_heading(&doc.title))
        };
        // the measure's own heading words: 「深化工程建设项目审批改革」 under 「优化政务环境」
        let own_domain = domain::of_heading(title.as_deref().unwrap_or_else(|| lead_phrase(&text)));
        let domain = doc_domain
            .or_else(|| match (heading_domain, own_domain) {
                (Some(broad), Some(own)) if domain::overrides(own, broad) => Some(own),
                (Some(heading), _) => Some(heading),
                (None, own) => own.or_else(|| {
                    let title = title.as_deref().unwrap_or("");
                    domain::of_words_at_least(title, &text, min_hits(&text))
                }),
            })
            .unwrap_or(domain::OTHER);
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
/// article is cited alone (「第十二条」), without its chapter.
fn number_of(outline: &Outline, path: &[usize]) -> String {
    let nodes = &outline.nodes;
    let article = path.iter().any(|&i| nodes[i].kind == Kind::Article);
    path.iter()
        .map(|&i| &nodes[i])
        .filter(|n| !(article && matches!(n.kind, Kind::Chapter | Kind::Section)))
        .map(|n| n.marker.as_str())
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

/// One measure a paragraph, for texts without a numbered outline.
fn from_paragraphs(doc: &Document, year: Option<u32>) -> Vec<Measure> {
    let doc_domain = domain::of_document(&doc.title);
    let mut out: Vec<Measure> = Vec::new();
    for (n, line) in doc.text.lines().enumerate() {
        let line = line.trim();
        if let Some(a) = attribution::parse_line(line) {
            if let Some(last) = out.last_mut() {
                last.text.push('\n');
                last.text.push_str(line);
                last.lead_units.extend(a.lead);
                last.responsible_units.extend(a.responsible);
                last.deadlines.extend(deadline::completion(&a.when, year));
                continue;
            }
        }
        let chars = line.chars().count();
        let header = chars < 15
            || outline::is_trailer(line)
            || line.ends_with(':')
            || line == doc.title
            || HEADER_LINE.is_match(line)
            || !line.contains(['。', ',', ';', ':']) && chars < 40
            || CREDIT_LINE.is_match(line);
        if header {
            continue;
        }
        let (mut a, _) = attribution::inline(line).unwrap_or_default();
        let domain = doc_domain
            .or_else(|| domain::of_heading(&doc.title))
            .or_else(|| domain::of_words_at_least("", line, min_hits(line)))
            .unwrap_or(domain::OTHER);
        out.push(Measure {
            id: format!("p{}", n + 1),
            text: line.to_owned(),
            domain: domain.to_owned(),
            lead_units: std::mem::take(&mut a.lead),
            responsible_units: std::mem::take(&mut a.responsible),
            deadlines: deadline::milestones(line, year),
            status: a.status,
            ..doc_fields(doc)
        });
    }
    out
}

/// The first clause of a text (up to 「。」, 「,」 or 「;」), at most 40 characters: where an
/// untitled measure says what it is about.
fn lead_phrase(text: &str) -> &str {
    let end = text
        .char_indices()
        .find(|(_, c)| "。,;:\n".contains(*c))
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..end];
    match head.char_indices().nth(40) {
        Some((i, _)) => &head[..i],
        None => head,
    }
}

/// How many keyword hits a measure's own words need to name its domain: one for a short
/// measure, two for a long one (where a single word is more likely a passing mention).
fn min_hits(text: &str) -> usize {
    if text.chars().count() < 80 {
        1
    } else {
        2
    }
}

/// The fields a measure takes from its document.
fn doc_fields(doc: &Document) -> Measure {
    Measure {
        doc_id: doc.id.clone(),
        doc_title: doc.title.clone(),
        source: doc.source.clone(),
        doc_number: doc.doc_number.clone(),
        issuer: doc.issuer.clone(),
        date: doc.date.clone(),
        year: doc.year,
        region: doc.region.clone(),
        ..Measure::default()
    }
}

fn dedup(units: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::new();
    units
        .into_iter()
        .filter(|u| seen.insert(u.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, date: Option<&str>, text: &str) -> Document {
        Document {
            id: "d".into(),
            source: "d.txt".into(),
            title: title.into(),
            doc_number: None,
            issuer: None,
            date: date.map(str::to_owned),
            year: None,
            region: "山东省".into(),
            publisher: None,
            url: None,
            text: text.into(),
        }
    }

    #[test]
    fn numbered_items_with_inline_attribution() {
        let d = doc(
            "实施方案",
            Some("2020-07-24"),
            "一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n三、主要措施\n(一)企业开办\n1.优化企业开办流程。8月底前推出7个行业综合许可证。(牵头单位:市行政审批服务局;责任单位:市公安局,市直有关部门;完成时限:2020年11月底)\n2.压缩时间。全面压缩。(牵头单位:市税务局;已完成,长期坚持)\n四、组织保障\n(一)加强组织领导。成立领导小组。",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].id, "d.3-1-1");
        assert_eq!(ms[0].number, "三、(一)1.");
        assert_eq!(ms[0].title.as_deref(), Some("优化企业开办流程"));
        assert_eq!(ms[0].domain, "开办企业");
        assert_eq!(ms[0].section, "三、主要措施 > (一)企业开办");
        assert_eq!(ms[0].lead_units, ["市行政审批服务局"]);
        assert_eq!(ms[0].responsible_units, ["市公安局"]);
        assert_eq!(ms[0].deadlines, ["2020-08", "2020-11"]);
        assert!(ms[0].text.starts_with("优化企业开办流程。"));
        assert_eq!(ms[1].status.as_deref(), Some("已完成,长期坚持"));
        assert!(ms[1].deadlines.is_empty());
        assert_eq!(ms[1].seq, 1);
    }

    #[test]
    fn a_section_clause_speaks_for_every_item() {
        let d = doc(
            "涉企审批领域流程再造工作实施意见",
            Some("2020-04-24"),
            "六、缴费纳税方面\n(一)涉企收费清单化。2020年3月底前公布。\n(二)压减注销办理时限。实现注销在10个工作日内完成。\n市税务局牵头,有关部门、单位配合\n七、贸易通关方面\n(一)推行两步申报。企业可申报。\n市政府办公室(口岸办)牵头,有关部门、单位配合",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 3);
        assert_eq!(ms[0].lead_units, ["市税务局"]);
        assert_eq!(ms[1].lead_units, ["市税务局"]);
        assert_eq!(ms[1].domain, "纳税");
        assert!(!ms[1].text.contains("牵头"));
        assert_eq!(ms[2].lead_units, ["市政府办公室(口岸办)"]);
        assert_eq!(ms[2].domain, "跨境贸易");
    }

    #[test]
    fn items_with_attribution_on_the_next_lines() {
        let d = doc(
            "行动方案(2021-2024年)",
            Some("2022-03-23"),
            "三、任务目标\n(一)开办企业\n1.推行全程网办。2023年底前,压缩至1个环节。\n牵头单位:区营商局\n责任单位:区税务局、区公安局\n2.推行Ukey不见面发行。实现远程代办。\n责任单位:区税务局",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].lead_units, ["区营商局"]);
        assert_eq!(ms[0].deadlines, ["2023-12"]);
        assert!(ms[0].text.contains("牵头单位:区营商局"));
        assert!(ms[1].lead_units.is_empty());
        assert_eq!(ms[1].responsible_units, ["区税务局"]);
    }

    #[test]
    fn articles_are_cited_alone_and_general_provisions_are_no_measures() {
        let d = doc(
            "某市条例",
            None,
            "第一章 总则\n第一条 为了规范管理,制定本条例。\n第二章 保障措施\n第二条 市人民政府应当建立监督机制,定期检查。\n第三条 区人民政府负责本辖区的日常管理工作。\n第三章 附则\n第四条 本条例自2022年1月1日起施行。",
        );
        let ms = measures(&d);
        let numbers: Vec<&str> = ms.iter().map(|m| m.number.as_str()).collect();
        assert_eq!(
            numbers,
            ["第二条", "第三条"],
            "a regulation's 保障措施 binds"
        );
        assert_eq!(ms[0].section, "第二章保障措施");
    }

    #[test]
    fn goals_are_no_measures_but_numbered_safeguards_with_units_are() {
        let d = doc(
            "行动方案",
            Some("2021-03-01"),
            "一、发展目标\n到2025年,全面建成数字政府。\n二、重点任务\n1.推进一网通办。全面推行网上办理。(牵头单位:市大数据局)\n2.推进电子证照。扩大电子证照应用。(牵头单位:市大数据局)\n三、保障措施\n3.强化资金保障。统筹安排资金。(牵头单位:市财政局)\n4.加强宣传引导。营造良好氛围。",
        );
        let ms = measures(&d);
        let numbers: Vec<&str> = ms.iter().map(|m| m.number.as_str()).collect();
        assert_eq!(numbers, ["二、1.", "二、2.", "三、3."]);
        assert_eq!(ms[2].lead_units, ["市财政局"]);
    }

    #[test]
    fn own_words_override_a_broad_heading_and_no_evidence_is_other() {
        let d = doc(
            "实施方案",
            Some("2022-01-01"),
            "一、优化政务环境\n1.深化工程建设项目审批制度改革。全流程审批时间压缩至60个工作日。\n2.推行政务服务一网通办。实现网上可办。\n二、其他事项\n3.做好宣传解读。及时发布典型案例,回应社会关切。",
        );
        let ms = measures(&d);
        assert_eq!(ms[0].domain, "办理建筑许可");
        assert_eq!(ms[1].domain, "政务服务");
        assert_eq!(ms[2].domain, domain::OTHER);
    }

    #[test]
    fn relative_deadlines_take_the_year_of_the_title_or_the_number() {
        let mut d = doc(
            "山东省营商环境创新2022年行动计划",
            None,
            "一、开办企业\n1.压缩开办时间。年底前实现1个工作日办结。",
        );
        assert_eq!(measures(&d)[0].deadlines, ["2022-12"]);
        d.title = "实施方案".into();
        d.year = Some(2021);
        assert_eq!(measures(&d)[0].deadlines, ["2021-12"]);
    }

    #[test]
    fn yearbook_items_and_paragraphs() {
        let d = doc(
            "年鉴",
            None,
            "【概况】 2020年,经区优化营商环境。\n【企业开办便利化】 持续压缩时间。\n提升企业开办便利度 在政务服务大厅设置专区。\n【企业贷款支持】 设立转贷资金,组建7支金融辅导队。\n(党政办公室供稿)",
        );
        let ms = measures(&d);
        assert_eq!(ms.len(), 3, "{ms:#?}");
        assert_eq!(ms[0].id, "d.2-0", "the heading's own summary");
        assert_eq!(ms[0].text, "企业开办便利化\n持续压缩时间。");
        assert_eq!(ms[1].title.as_deref(), Some("提升企业开办便利度"));
        assert_eq!(ms[1].domain, "开办企业");
        assert_eq!(ms[2].title.as_deref(), Some("企业贷款支持"));
        assert_eq!(ms[2].domain, "获得信贷");

        let notice = doc(
            "关于开展检查的通知",
            Some("2019-01-01"),
            "关于开展检查的通知\n各省、自治区、直辖市人民政府:\n为加强监管,决定开展专项检查,6月底前完成。\n请各地认真组织实施,及时报送情况。\n国务院办公厅\n2019年1月1日",
        );
        let ms = measures(&notice);
        assert_eq!(ms.len(), 2);
        assert_eq!(ms[0].id, "d.p3");
        assert_eq!(ms[0].deadlines, ["2019-06"]);
    }

    #[test]
    fn an_overlong_measure_is_split_at_sentence_ends() {
        let sentence = "推进政务服务标准化规范化便利化。";
        let d = doc("通知", None, &sentence.repeat(500));
        let (ms, warnings) = measures_within(&d, 100);
        assert!(ms.len() > 1);
        assert!(ms.iter().all(|m| m.text.chars().count() <= 100));
        assert!(ms.iter().all(|m| m.text.ends_with('。')));
        assert_eq!(ms[1].id, "d.p1_p2");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("8000 characters"), "{}", warnings[0]);
        // one sentence longer than the cap is cut
        let d = doc("通知", None, &"长".repeat(250));
        let (ms, _) = measures_within(&d, 100);
        let lengths: Vec<usize> = ms.iter().map(|m| m.text.chars().count()).collect();
        assert_eq!(lengths, [100, 100, 50]);
    }

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
