//! The outline of a document: its lines read into a tree of numbered nodes (`一、`, `(一)`,
//! `1.`, `(1)`, `【…】`, `第X章`, `第X条`, `附件`). Marker kinds nest in the order they first
//! appear, as in the text; under a 【…】 heading every unnumbered line is an item of its own
//! (a yearbook's 「提升企业开办便利度 在政务服务大厅…」). Unnumbered lines elsewhere belong to
//! the node above them. Input: [`crate::Document::text`]; output: an [`Outline`].

use std::sync::LazyLock;

use regex::Regex;

pub use crate::corpus::normalize::chinese_number;

use super::conventions::CONVENTIONS;
use crate::corpus::date::PolicyDate;
use crate::corpus::lists::alternation_pattern;
use crate::corpus::metadata::{is_dated_footer, looks_like_issuer};

/// The kind of marker a node starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The document itself.
    Root,
    /// 一、
    Chinese,
    /// (一)
    ChineseParen,
    /// 1.
    Arabic,
    /// (1)
    ArabicParen,
    /// 【…】
    Bracket,
    /// 第X章
    Chapter,
    /// 第X节, under a chapter
    Section,
    /// 第X条
    Article,
    /// 附件
    Attachment,
    /// An unnumbered item under a 【…】 heading.
    Item,
    /// `1 总则` / `1.2 等级划分` / `1.2.1 …` (emergency plans), with its depth.
    Decimal(u8),
}

/// One node of the outline.
#[derive(Debug, Clone)]
pub struct Node {
    /// Its marker kind.
    pub kind: Kind,
    /// Its number (一 → 1), or its place among its siblings for unnumbered kinds.
    pub number: u32,
    /// The marker as written (`(一)`, `3.`), empty for unnumbered kinds.
    pub marker: String,
    /// The rest of its first line (for 【…】, the heading inside the brackets).
    pub head: String,
    /// The lines after its first line, up to the next node.
    pub body: Vec<String>,
    /// Its children, in order.
    pub children: Vec<usize>,
    /// Its parent (`None` for the root).
    pub parent: Option<usize>,
}

/// The outline tree; node 0 is the root, whose body is the preamble.
#[derive(Debug, Clone)]
pub struct Outline {
    /// All nodes, in reading order.
    pub nodes: Vec<Node>,
}

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:(?P<dec>\d{1,2}(?:\.\d{1,2}){0,3})\s+",
        r"|(?P<cn>[一二三四五六七八九十百]{1,4})、",
        r"|\((?P<cnp>[一二三四五六七八九十]{1,3})\)",
        r"|(?P<ar>\d{1,3})\s?[.、]\s?",
        r"|\((?P<arp>\d{1,2})\)",
        r"|【(?P<br>[^】]{1,40})】",
        r"|第(?P<ch>[一二三四五六七八九十百零\d]{1,4})[章节](?:\s|$|(?P<chhead>[^\s。,;:]{1,24}$))",
        r"|第(?P<art>[一二三四五六七八九十百零\d]{1,5})条(?:\s|$)?",
        r"|(?P<att>附件)\s?(?P<attn>\d*)\s?[::]?)",
    ))
    .expect("valid regex")
});
/// A line that closes a section but is not part of any measure (000's 责任领导 trailer, a
/// yearbook's 「(…供稿)」 credit, a note 「(此件公开发布)」), or a footer line of
/// `data/outline.toml` (抄送:…, 联系人:…): the labelled kinds, a label and its colon opening
/// the line ([`LABELLED_TRAILER`]), and the enclosed kinds, a whole line in parentheses
/// ([`ENCLOSED_TRAILER`]).
static LABELLED_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:责任领导|指标牵头单位)\s*:|(?:{})\s*:)",
        alternation_pattern(&CONVENTIONS.footer_labels)
    ))
    .expect("valid regex")
});
/// A credit or a note that is a whole line in parentheses (「(…供稿)」, 「(此件公开发布)」).
/// Asked only of a line that opens with 「(」 and closes with 「)」: the pattern reads such a
/// line to its end, and most lines of a plan open with 「(」 (its items, 「(一)…」), so asked
/// of every line it read most of a plan's text once more.
static ENCLOSED_TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\(.*(?:供稿|撰稿|执笔)\)$|\((?:此件|本件).{0,16}\)$)").expect("valid regex")
});

/// True for a line that closes a section or the document and says nothing (a trailer, a
/// footer, a contact line, a dated 印发 line).
pub fn is_trailer(line: &str) -> bool {
    LABELLED_TRAILER.is_match(line)
        || (line.starts_with('(') && line.ends_with(')') && ENCLOSED_TRAILER.is_match(line))
        || is_dated_footer(line)
}

/// Reads `text` (one paragraph a line) into an outline.
pub fn parse(text: &str) -> Outline {
    let mut nodes = vec![Node {
        kind: Kind::Root,
        number: 0,
        marker: String::new(),
        head: String::new(),
        body: Vec::new(),
        children: Vec::new(),
        parent: None,
    }];
    let mut stack: Vec<usize> = vec![0];
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if is_trailer(line) {
            continue;
        }
        // a signature block (issuer lines, then a date line) signs, it says nothing: the
        // issuer lines go from the text above it, the date line is dropped
        if PolicyDate::of_line(line).is_some() {
            let top = *stack.last().expect("root stays on the stack");
            let body = &mut nodes[top].body;
            let signed = body
                .iter()
                .rev()
                .take(3)
                .take_while(|l| looks_like_issuer(l))
                .count();
            body.truncate(body.len() - signed);
            continue;
        }
        if let Some((kind, number, marker, head, first_body)) = marker(line) {
            // chapters, sections and articles have a fixed order (章 > 节 > 条): a chapter
            // closes the article before it even when the text opens with articles
            let closes = |other: Kind| {
                other == kind
                    || match kind {
                        Kind::Chapter => matches!(other, Kind::Section | Kind::Article),
                        Kind::Section => other == Kind::Article,
                        _ => false,
                    }
            };
            let level = stack[1..]
                .iter()
                .position(|&i| closes(nodes[i].kind))
                .map(|p| p + 1);
            if let Some(level) = level {
                stack.truncate(level);
            }
            let parent = *stack.last().expect("root stays on the stack");
            let number = match kind {
                Kind::Bracket | Kind::Attachment if number == 0 => {
                    nodes[parent].children.len() as u32 + 1
                }
                _ => number,
            };
            let idx = push(&mut nodes, parent, kind, number, marker, head);
            nodes[idx].body.extend(first_body);
            stack.push(idx);
            continue;
        }
        let top = *stack.last().expect("root stays on the stack");
        let in_bracket = stack.iter().any(|&i| nodes[i].kind == Kind::Bracket);
        if in_bracket && !super::attribution::is_attribution_line(line) {
            if nodes[top].kind == Kind::Item {
                stack.pop();
            }
            let parent = *stack.last().expect("root stays on the stack");
            let number = nodes[parent].children.len() as u32 + 1;
            let idx = push(
                &mut nodes,
                parent,
                Kind::Item,
                number,
                String::new(),
                line.to_owned(),
            );
            stack.push(idx);
            continue;
        }
        nodes[top].body.push(line.to_owned());
    }
    Outline { nodes }
}

fn push(
    nodes: &mut Vec<Node>,
    parent: usize,
    kind: Kind,
    number: u32,
    marker: String,
    head: String,
) -> usize {
    let idx = nodes.len();
    nodes.push(Node {
        kind,
        number,
        marker,
        head,
        body: Vec::new(),
        children: Vec::new(),
        parent: Some(parent),
    });
    nodes[parent].children.push(idx);
    idx
}

/// What a line that starts a node gives: kind, number, marker as written, head, and for a
/// 【…】 heading the text after it on the same line.
type Start = (Kind, u32, String, String, Option<String>);

/// The marker at the start of `line`, if any.
fn marker(line: &str) -> Option<Start> {
    let c = MARKER.captures(line)?;
    // a heading run into its chapter number (「第一章总则」: the space went with the letter
    // spacing of 「总 则」) ends the marker where the heading starts
    let whole = c.get(0).expect("match");
    let end = c.name("chhead").map_or(whole.end(), |h| h.start());
    let rest = line[end..].trim().to_owned();
    let written = line[whole.start()..end].trim().to_owned();
    let (kind, number) = if let Some(m) = c.name("dec") {
        let parts: Vec<&str> = m.as_str().split('.').collect();
        let heading_like = rest.chars().count() <= 25 && !rest.contains(['。', ',', ';', ':']);
        if !rest.starts_with(crate::corpus::normalize::is_han) || parts.len() == 1 && !heading_like
        {
            return None;
        }
        let number = parts.last().and_then(|p| p.parse().ok()).unwrap_or(0);
        (Kind::Decimal(parts.len() as u8), number)
    } else if let Some(m) = c.name("cn") {
        (Kind::Chinese, chinese_number(m.as_str()))
    } else if let Some(m) = c.name("cnp") {
        (Kind::ChineseParen, chinese_number(m.as_str()))
    } else if let Some(m) = c.name("ar") {
        // 「0.5个工作日」 and 「1.2万张」 are numbers, 「9.2020年6月底前」 is item 9
        let starts_year = rest.len() >= 7
            && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && rest[4..].starts_with('年');
        if rest.starts_with(|c: char| c.is_ascii_digit() || c == '.') && !starts_year {
            return None;
        }
        (Kind::Arabic, m.as_str().parse().unwrap_or(0))
    } else if let Some(m) = c.name("arp") {
        (Kind::ArabicParen, m.as_str().parse().unwrap_or(0))
    } else if let Some(m) = c.name("br") {
        let first_body = (!rest.is_empty()).then_some(rest);
        return Some((
            Kind::Bracket,
            0,
            String::new(),
            m.as_str().trim().to_owned(),
            first_body,
        ));
    } else if let Some(m) = c.name("ch") {
        let kind = if written.ends_with('节') {
            Kind::Section
        } else {
            Kind::Chapter
        };
        (kind, chinese_number(m.as_str()))
    } else if let Some(m) = c.name("art") {
        (Kind::Article, chinese_number(m.as_str()))
    } else {
        let n = c
            .name("attn")
            .and_then(|m| m.as_str().parse().ok())
            .unwrap_or(0);
        (Kind::Attachment, n)
    };
    if number == 0 && kind != Kind::Attachment {
        return None;
    }
    Some((kind, number, written, rest, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_trailer_is_the_one_pattern_it_was() {
        // the two patterns and the parenthesis test against the one alternation they stand
        // for, on every line of the development corpus (as read, and as its raw files hold
        // it) and on lines of each kind, near misses among them
        let whole = Regex::new(&format!(
            r"^(?:(?:责任领导|指标牵头单位)\s*:|\(.*(?:供稿|撰稿|执笔)\)$|\((?:此件|本件).{{0,16}}\)$|(?:{})\s*:)",
            alternation_pattern(&CONVENTIONS.footer_labels)
        ))
        .unwrap();
        let mut lines: Vec<String> = [
            "责任领导:张三",
            "指标牵头单位 :市发展改革委",
            "(市发展改革委供稿)",
            "(市发展改革委供稿)。",
            "(此件公开发布)",
            "(此件主动公开)附件",
            "(一)优化企业开办流程,(执笔)",
            "(一)优化企业开办流程。",
            "(",
            ")",
            "()",
            "",
        ]
        .map(str::to_owned)
        .to_vec();
        lines.extend(
            CONVENTIONS
                .footer_labels
                .iter()
                .map(|l| format!("{l}:某某")),
        );
        for doc in crate::corpus::load_dir(std::path::Path::new("corpus"))
            .unwrap()
            .documents
        {
            lines.extend(doc.text.lines().map(|l| l.trim().to_owned()));
        }
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                lines.extend(text.lines().map(str::to_owned));
            }
        }
        let mut trailers = 0;
        for line in &lines {
            let was = whole.is_match(line) || is_dated_footer(line);
            assert_eq!(is_trailer(line), was, "{line}");
            trailers += usize::from(was);
        }
        assert!(trailers >= 5, "{trailers}");
    }

    #[test]
    fn kinds_nest_in_order_of_appearance() {
        let o = parse("序言\n一、主要措施\n(一)企业开办\n1.甲。\n(牵头单位:市局)\n2.乙。\n(二)纳税\n1.丙。\n二、组织保障");
        let n = &o.nodes;
        assert_eq!(n[0].body, ["序言"]);
        assert_eq!(n[1].kind, Kind::Chinese);
        assert_eq!(n[1].children, [2, 5]);
        assert_eq!(n[3].head, "甲。");
        assert_eq!(n[3].body, ["(牵头单位:市局)"]);
        assert_eq!(n[6].marker, "1.");
        assert_eq!(n[7].parent, Some(0));
    }

    #[test]
    fn signatures_and_footers_are_no_text() {
        let o = parse("一、加强领导\n(一)健全机制。建立联席会议制度。\n某某市人民政府办公室\n2021年5月6日\n(此件公开发布)\n抄送:市委各部门,市人大常委会办公室。\n某某市人民政府办公室 2021年5月6日印发");
        let last = o.nodes.last().unwrap();
        assert_eq!(last.head, "健全机制。建立联席会议制度。");
        assert!(last.body.is_empty(), "{:?}", last.body);
    }

    #[test]
    fn chapters_with_letter_spaced_headings() {
        // 「第一章　总　则」: normalisation closes 「总 则」 up with the chapter number
        let o = parse("第一条 为了保护环境,制定本条例。\n第二章 监督管理\n第一节 一般规定\n第二条 县级以上人民政府负责监督。\n第二节 特别规定\n第三条 乡镇人民政府协助。\n第三章法律责任\n第四条 违反本条例的,依法处罚。");
        let chapters: Vec<(&str, &str)> = o
            .nodes
            .iter()
            .filter(|n| n.kind == Kind::Chapter)
            .map(|n| (n.marker.as_str(), n.head.as_str()))
            .collect();
        assert_eq!(chapters, [("第二章", "监督管理"), ("第三章", "法律责任")]);
        assert!(o
            .nodes
            .iter()
            .all(|n| !n.body.iter().any(|l| l.starts_with("第"))));
        // a chapter after articles is no child of an article; sections sit under it
        let parent_kind = |head: &str| {
            let n = o.nodes.iter().find(|n| n.head == head).unwrap();
            o.nodes[n.parent.unwrap()].kind
        };
        assert_eq!(parent_kind("监督管理"), Kind::Root);
        assert_eq!(parent_kind("特别规定"), Kind::Chapter);
        assert_eq!(parent_kind("乡镇人民政府协助。"), Kind::Section);
    }

    #[test]
    fn decimal_outlines_nest_by_depth() {
        let o = parse("1 总则\n1.1 编制目的\n为了有效监测,制定本预案。\n1.2 等级划分\n1.2.1 国家级:两个以上省出现应急状态。\n2 组织机构\n3 个工作日内完成审核,逾期视为同意。");
        let n = &o.nodes;
        assert_eq!(n[1].kind, Kind::Decimal(1));
        assert_eq!(n[2].kind, Kind::Decimal(2));
        assert_eq!(n[2].body, ["为了有效监测,制定本预案。"]);
        assert_eq!(n[4].kind, Kind::Decimal(3));
        assert_eq!(n[4].parent, Some(3));
        assert_eq!(n[5].parent, Some(0));
        assert_eq!(
            n[5].body,
            ["3 个工作日内完成审核,逾期视为同意。"],
            "a sentence is not a heading"
        );
    }

    #[test]
    fn decimals_are_not_items_and_brackets_take_items() {
        let o = parse("【企业开办】 总述。\n提升便利度 在大厅设专区。\n0.5个工作日办结\n【纳税】 纳税次数减少。");
        let n = &o.nodes;
        assert_eq!(n[1].kind, Kind::Bracket);
        assert_eq!(n[1].head, "企业开办");
        assert_eq!(n[1].body, ["总述。"]);
        assert_eq!(n[2].kind, Kind::Item);
        assert_eq!(n[3].head, "0.5个工作日办结");
        assert_eq!(n[4].kind, Kind::Bracket);
        assert_eq!(n[4].number, 2);
    }
}
