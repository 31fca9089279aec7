//! A document laid out for reading: its text as headings (the outline, each with an anchor)
//! and paragraphs, the paragraphs of each measure grouped and tied to it. Input: a
//! [`Document`] with its text and its [`Measure`]s in order; output: [`Reading`], which the
//! document page renders. Pure.
//!
//! The measures were cut from this text by [`crate::extract`], so each is found again in it:
//! a measure starts at the first line (after the previous measure) that holds the start of
//! its first line, and runs on while the lines are part of its text. Headings are the outline's
//! sections ([`crate::extract::outline`]): a numbered node that has items under it, or a
//! short line with no sentence in it (「一、总体要求」). Spaces are ignored when comparing,
//! as PDF copies break and pad lines.

use crate::extract::outline::{self, Kind};
use crate::{Document, Measure};

/// Characters of a measure's first line looked for to find where it starts.
const START_CHARS: usize = 16;
/// Characters of a line looked for in a measure's text to tell whether it belongs to it.
const LINE_CHARS: usize = 10;
/// Longest heading without children: a title, not a paragraph.
const HEADING_CHARS: usize = 40;

/// One piece of a document as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading of the outline.
    Heading {
        /// Depth in the outline, from 1 (「一、」) down.
        depth: usize,
        /// Anchor id (`s3-1` for 三、(一)), unique within the document.
        anchor: String,
        /// The heading line as written.
        text: String,
    },
    /// The lines of one measure.
    Measure {
        /// Index into the measures given.
        measure: usize,
        /// Its lines as written.
        lines: Vec<String>,
    },
    /// A paragraph outside every measure (preamble, principles, closing).
    Text(String),
}

/// A document's blocks, in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// Headings, measures and other paragraphs.
    pub blocks: Vec<Block>,
    /// For each measure given, whether it was found in the text.
    pub placed: Vec<bool>,
}

impl Reading {
    /// How many lines of the text the blocks show (each once).
    pub fn lines_shown(&self) -> usize {
        self.blocks
            .iter()
            .map(|block| match block {
                Block::Measure { lines, .. } => lines.len(),
                _ => 1,
            })
            .sum()
    }

    /// The headings, for a table of contents: (depth, anchor, text).
    pub fn headings(&self) -> impl Iterator<Item = (usize, &str, &str)> {
        self.blocks.iter().filter_map(|block| match block {
            Block::Heading {
                depth,
                anchor,
                text,
            } => Some((*depth, anchor.as_str(), text.as_str())),
            _ => None,
        })
    }
}

/// The text without white space, for comparing.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices().nth(n).map_or(text, |(i, _)| &text[..i])
}

/// The anchor of each measure's block on the document page (`m3` for `seq` 3).
pub fn measure_anchor(measure: &Measure) -> String {
    format!("m{}", measure.seq)
}

/// Lays `document`'s text out with its `measures` (in `seq` order).
pub fn read(document: &Document, measures: &[Measure]) -> Reading {
    let lines: Vec<&str> = document
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let squeezed: Vec<String> = lines.iter().map(|l| squeeze(l)).collect();
    let owner = place_measures(&squeezed, measures);
    let headings = find_headings(&document.text, &squeezed, &owner);
    let mut placed = vec![false; measures.len()];
    let mut blocks: Vec<Block> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if let Some((depth, anchor)) = headings.get(&i) {
            blocks.push(Block::Heading {
                depth: *depth,
                anchor: anchor.clone(),
                text: (*line).to_owned(),
            });
            continue;
        }
        match owner[i] {
            Some(m) => {
                placed[m] = true;
                match blocks.last_mut() {
                    Some(Block::Measure { measure, lines }) if *measure == m => {
                        lines.push((*line).to_owned())
                    }
                    _ => blocks.push(Block::Measure {
                        measure: m,
                        lines: vec![(*line).to_owned()],
                    }),
                }
            }
            None => blocks.push(Block::Text((*line).to_owned())),
        }
    }
    Reading { blocks, placed }
}

/// Which measure each line belongs to.
fn place_measures(lines: &[String], measures: &[Measure]) -> Vec<Option<usize>> {
    let mut owner = vec![None; lines.len()];
    let mut cursor = 0;
    let texts: Vec<String> = measures.iter().map(|m| squeeze(&m.text)).collect();
    let starts: Vec<Option<usize>> = {
        let mut starts = Vec::with_capacity(measures.len());
        for measure in measures {
            // Its first line: a title may stand on a line of its own (「1.门诊人次数」) or in
            // brackets before the text (「【企业开办便利化】持续…」).
            let first = measure.text.lines().map(squeeze).find(|l| !l.is_empty());
            let first = first.unwrap_or_default();
            let key = first_chars(&first, START_CHARS);
            let found = (!key.is_empty())
                .then(|| (cursor..lines.len()).find(|&i| lines[i].contains(key)))
                .flatten();
            if let Some(i) = found {
                cursor = i + 1;
            }
            starts.push(found);
        }
        starts
    };
    for (m, start) in starts.iter().enumerate() {
        let Some(start) = *start else { continue };
        let next = starts[m + 1..]
            .iter()
            .flatten()
            .next()
            .copied()
            .unwrap_or(lines.len());
        owner[start] = Some(m);
        for i in start + 1..next {
            let head = first_chars(&lines[i], LINE_CHARS);
            if head.is_empty() || !texts[m].contains(head) {
                break;
            }
            owner[i] = Some(m);
        }
    }
    owner
}

/// Which lines are entries of a table of contents. Regulations are often published with their
/// 目录 before the text: the chapter headings one after another, each repeated where its
/// chapter starts. A run of two or more lines that each appear again after the run is such a
/// list; its lines are shown as written but are not the sections (the repeat is), or the
/// contents would link to the list and the chapters would lose their headings.
fn contents_lines(lines: &[String]) -> Vec<bool> {
    let mut last_seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, line) in lines.iter().enumerate() {
        last_seen.insert(line.as_str(), i);
    }
    let repeated_after = |i: usize, end: usize| last_seen[lines[i].as_str()] >= end;
    let mut contents = vec![false; lines.len()];
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && last_seen[lines[end].as_str()] > end {
            end += 1;
        }
        if end - start >= 2 && (start..end).all(|i| repeated_after(i, end)) {
            contents[start..end].iter_mut().for_each(|c| *c = true);
        }
        start = end + 1;
    }
    contents
}

/// The heading lines: line index → (depth, anchor). Lines of a measure are not headings.
fn find_headings(
    text: &str,
    lines: &[String],
    owner: &[Option<usize>],
) -> std::collections::HashMap<usize, (usize, String)> {
    let tree = outline::parse(text);
    let contents = contents_lines(lines);
    let mut headings = std::collections::HashMap::new();
    let mut used = std::collections::HashSet::new();
    let mut cursor = 0;
    for (idx, node) in tree.nodes.iter().enumerate().skip(1) {
        let head = squeeze(&node.head);
        if head.is_empty() {
            continue;
        }
        let short = head.chars().count() <= HEADING_CHARS && !head.contains('。');
        let is_section = !node.children.is_empty() || (short && !node.body.is_empty());
        if !is_section || matches!(node.kind, Kind::Item) {
            continue;
        }
        let marker = squeeze(&node.marker);
        let Some(line) = (cursor..lines.len()).find(|&i| {
            !contents[i]
                && lines[i].starts_with(marker.as_str())
                && lines[i].contains(head.as_str())
        }) else {
            continue;
        };
        cursor = line + 1;
        if owner[line].is_some() {
            continue;
        }
        let mut path = Vec::new();
        let mut at = Some(idx);
        while let Some(i) = at.filter(|&i| i != 0) {
            path.push(tree.nodes[i].number.to_string());
            at = tree.nodes[i].parent;
        }
        path.reverse();
        let depth = path.len();
        let mut anchor = format!("s{}", path.join("-"));
        let mut k = 2;
        while !used.insert(anchor.clone()) {
            anchor = format!("s{}_{k}", path.join("-"));
            k += 1;
        }
        headings.insert(line, (depth, anchor));
    }
    headings
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A national document `id` with `text`.
    pub(crate) fn document_with(id: &str, text: &str) -> Document {
        Document {
            id: id.into(),
            source: format!("{id}.txt"),
            title: "关于优化营商环境的实施方案".into(),
            doc_number: None,
            issuer: None,
            date: None,
            year: None,
            region: "全国".into(),
            publisher: None,
            url: None,
            text: text.into(),
            lead: None,
            untitled: false,
        }
    }

    fn document(text: &str) -> Document {
        document_with("d", text)
    }

    fn measure(seq: u32, text: &str) -> Measure {
        Measure {
            id: format!("d.{seq}"),
            doc_id: "d".into(),
            text: text.into(),
            seq,
            ..Default::default()
        }
    }

    const TEXT: &str = "为进一步优化营商环境,制定本方案。\n\
        一、总体要求\n\
        坚持问题导向,对标先进地区。\n\
        二、主要措施\n\
        (一)企业开办\n\
        1.压减开办时间。企业开办时间压缩至1个工作日。\n\
        牵头单位:市行政审批服务局\n\
        2.免费刻制印章。新开办企业 免费刻制公章。\n\
        (二)工程建设\n\
        3.推行拿地即开工。\n\
        三、保障措施\n\
        加强组织领导。";

    #[test]
    fn measures_and_sections_are_found_in_the_text() {
        let measures = [
            measure(
                0,
                "压减开办时间。企业开办时间压缩至1个工作日。\n牵头单位:市行政审批服务局",
            ),
            measure(1, "免费刻制印章。新开办企业免费刻制公章。"),
            measure(2, "推行拿地即开工。"),
        ];
        let reading = read(&document(TEXT), &measures);
        assert_eq!(reading.placed, [true, true, true]);
        let headings: Vec<(usize, &str, &str)> = reading.headings().collect();
        assert_eq!(
            headings,
            [
                (1, "s1", "一、总体要求"),
                (1, "s2", "二、主要措施"),
                (2, "s2-1", "(一)企业开办"),
                (2, "s2-2", "(二)工程建设"),
                (1, "s3", "三、保障措施"),
            ]
        );
        let measure_lines: Vec<(usize, usize)> = reading
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Measure { measure, lines } => Some((*measure, lines.len())),
                _ => None,
            })
            .collect();
        assert_eq!(
            measure_lines,
            [(0, 2), (1, 1), (2, 1)],
            "{:?}",
            reading.blocks
        );
        assert_eq!(
            reading.blocks[0],
            Block::Text("为进一步优化营商环境,制定本方案。".into())
        );
        assert_eq!(
            reading.blocks.last(),
            Some(&Block::Text("加强组织领导。".into())),
            "the closing section is not the last measure's"
        );
    }

    #[test]
    fn a_table_of_contents_before_the_text_is_not_taken_for_its_chapters() {
        let text = "北京市献血条例\n第一章 总 则\n第二章 献血服务\n第三章 附 则\n\
            第一章 总 则\n第一条 为了规范献血工作,制定本条例。\n第二条 本条例适用于本市。\n\
            第二章 献血服务\n第三条 献血间隔期不少于六个月。\n第四条 献血免费。\n\
            第三章 附 则\n第五条 本条例自2020年1月1日起施行。";
        let measures = [
            measure(0, "第三条 献血间隔期不少于六个月。"),
            measure(1, "第四条 献血免费。"),
        ];
        let reading = read(&document(text), &measures);
        let headings: Vec<&str> = reading.headings().map(|(_, _, text)| text).collect();
        assert_eq!(headings.len(), 3, "{:?}", reading.blocks);
        let first_heading = reading
            .blocks
            .iter()
            .position(|b| matches!(b, Block::Heading { .. }))
            .unwrap();
        assert_eq!(
            first_heading, 4,
            "the list and the title come before: {:?}",
            reading.blocks
        );
        assert_eq!(
            reading.lines_shown(),
            text.lines().count(),
            "every line is shown once"
        );
        assert_eq!(
            contents_lines(&["甲".into(), "乙".into(), "丙".into(), "乙".into()]),
            [false, false, false, false],
            "one repeated line is no list"
        );
    }

    #[test]
    fn a_measure_not_in_the_text_is_left_unplaced_and_the_text_kept_whole() {
        let measures = [
            measure(0, "完全不同的文字内容不在原文中出现过"),
            measure(1, "推行拿地即开工。"),
        ];
        let reading = read(&document(TEXT), &measures);
        assert_eq!(reading.placed, [false, true]);
        assert_eq!(
            reading.lines_shown(),
            TEXT.lines().count(),
            "every line is shown once"
        );
    }
}
