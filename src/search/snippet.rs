//! Snippets: the best passage of a measure for a query, cut at sentence boundaries
//! (。；;！？!? and line ends), with the matched words highlighted as byte ranges on character
//! boundaries. jieba's search mode yields overlapping words (不动产 inside 不动产登记), so
//! overlapping and touching ranges are merged first.

use std::collections::HashSet;
use std::ops::Range;

use serde::Serialize;

use crate::index::analyzer::{fold, words};

/// Longest snippet, in characters.
pub const SNIPPET_CHARS: usize = 160;

/// Byte ranges of the words of `text` that are in `terms` (folded words), merged.
pub fn highlight_ranges(text: &str, terms: &HashSet<String>) -> Vec<Range<usize>> {
    if terms.is_empty() {
        return Vec::new();
    }
    let ranges = words(text)
        .into_iter()
        .filter(|t| terms.contains(&t.text))
        .map(|t| t.offset_from..t.offset_to)
        .collect();
    merge_ranges(ranges)
}

/// Sorts ranges and merges those that overlap or touch.
pub fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.retain(|r| r.start < r.end);
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?' | '\n')
}

/// Sentence byte ranges of `text`, each ending after its terminator; pieces of white space
/// alone are dropped. The one sentence splitter: the Q&A's sentences
/// (`ask::sentences`) are these, trimmed.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_sentence_end(c) {
            let end = i + c.len_utf8();
            if text[start..end].trim().is_empty() {
                start = end;
                continue;
            }
            out.push(start..end);
            start = end;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}

/// A passage cut at sentence boundaries with the matched words marked. Serialises as the
/// plain passage; `highlights` are byte ranges into `text`, always on character boundaries.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snippet {
    /// The passage.
    pub text: String,
    /// Sorted, non-overlapping byte ranges of matched words.
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The highlights as `[start, end]` character offsets into `text` (for JavaScript).
    pub fn char_highlights(&self) -> Vec<[usize; 2]> {
        char_ranges(&self.text, &self.highlights)
    }

    /// The passage as alternating (text, is_highlighted) parts, for rendering.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        let mut parts = Vec::new();
        let mut pos = 0;
        for hit in &self.highlights {
            if hit.start > pos {
                parts.push((&self.text[pos..hit.start], false));
            }
            parts.push((&self.text[hit.clone()], true));
            pos = hit.end;
        }
        if pos < self.text.len() {
            parts.push((&self.text[pos..], false));
        }
        parts
    }
}

impl Serialize for Snippet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

/// The best passage of `text` for the (folded) query `terms`, at most `max_chars` characters.
///
/// The cost is bounded whatever the measure's length: a text of more than
/// [`SEGMENTED_CHARS`] characters is first narrowed to the stretch around its sentence that
/// spells the most of the terms (a substring count over the folded sentences), and only that
/// stretch is segmented for the highlights.
pub fn make_snippet(text: &str, terms: &HashSet<String>, max_chars: usize) -> Snippet {
    let limit = SEGMENTED_CHARS.max(2 * max_chars);
    if text.len() <= limit || text.chars().count() <= limit {
        let highlights = highlight_ranges(text, terms);
        return snippet_from(text, &highlights, max_chars);
    }
    let sents = sentences(text);
    let spelled = |range: &Range<usize>| -> usize {
        let folded = fold(&text[range.clone()]);
        terms
            .iter()
            .map(|t| folded.matches(t.as_str()).count() * t.chars().count())
            .sum()
    };
    let best = (0..sents.len())
        .max_by_key(|&i| (spelled(&sents[i]), std::cmp::Reverse(i)))
        .map_or(0..text.len(), |i| sents[i].clone());
    // The stretch: `max_chars` characters either side of the best sentence's start, on
    // character boundaries.
    let start = text[..best.start]
        .char_indices()
        .rev()
        .nth(max_chars.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let end = text[best.start..]
        .char_indices()
        .nth(2 * max_chars)
        .map_or(text.len(), |(i, _)| best.start + i);
    let stretch = &text[start..end];
    let highlights = highlight_ranges(stretch, terms);
    snippet_from(stretch, &highlights, max_chars)
}

/// Longest text segmented whole for its snippet (see [`make_snippet`]).
pub const SEGMENTED_CHARS: usize = 600;

/// Cuts the passage around the sentence with the most highlighted characters.
pub fn snippet_from(text: &str, highlights: &[Range<usize>], max_chars: usize) -> Snippet {
    let sents = sentences(text);
    if sents.is_empty() {
        return Snippet::default();
    }
    let covered = |r: &Range<usize>| -> usize {
        highlights
            .iter()
            .map(|h| {
                let s = h.start.max(r.start);
                let e = h.end.min(r.end);
                text.get(s..e).map_or(0, |x| x.chars().count())
            })
            .sum()
    };
    // The best sentence: most highlighted characters, the earliest on ties.
    let best = (0..sents.len())
        .max_by_key(|&i| (covered(&sents[i]), std::cmp::Reverse(i)))
        .unwrap_or(0);
    let chars = |r: &Range<usize>| text[r.clone()].chars().count();
    let mut window = sents[best].clone();
    if chars(&window) > max_chars {
        // One long sentence: a window of max_chars characters around its first highlight.
        let first = highlights
            .iter()
            .find(|h| h.start >= window.start && h.start < window.end)
            .map_or(window.start, |h| h.start);
        let before: Vec<usize> = text[window.start..first]
            .char_indices()
            .map(|(i, _)| window.start + i)
            .collect();
        let lead = max_chars / 4;
        let start = if before.len() > lead {
            before[before.len() - lead]
        } else {
            window.start
        };
        let end = text[start..window.end]
            .char_indices()
            .nth(max_chars)
            .map_or(window.end, |(i, _)| start + i);
        window = start..end;
    } else {
        // Whole sentences: add the following ones, then the preceding ones, while they fit.
        let mut last = best;
        while last + 1 < sents.len() && chars(&(window.start..sents[last + 1].end)) <= max_chars {
            last += 1;
            window.end = sents[last].end;
        }
        let mut first = best;
        while first > 0 && chars(&(sents[first - 1].start..window.end)) <= max_chars {
            first -= 1;
            window.start = sents[first].start;
        }
    }
    // Trim surrounding white space, staying on character boundaries.
    let slice = &text[window.clone()];
    let start = window.start + (slice.len() - slice.trim_start().len());
    let end = window.end - (slice.len() - slice.trim_end().len());
    let window = start..end.max(start);
    let hl = highlights
        .iter()
        .filter_map(|h| {
            let s = h.start.max(window.start);
            let e = h.end.min(window.end);
            (s < e).then(|| s - window.start..e - window.start)
        })
        .collect();
    Snippet {
        text: text[window].to_owned(),
        highlights: hl,
    }
}

/// Highlight ranges as `[start, end]` character offsets into `text` (for JavaScript).
pub fn char_ranges(text: &str, ranges: &[Range<usize>]) -> Vec<[usize; 2]> {
    ranges
        .iter()
        .map(|r| {
            let start = text[..r.start].chars().count();
            let len = text[r.clone()].chars().count();
            [start, start + len]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &[&str]) -> HashSet<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn overlapping_ranges_merge() {
        assert_eq!(
            merge_ranges(vec![3..9, 0..2, 1..4, 12..15]),
            vec![0..9, 12..15]
        );
        assert_eq!(merge_ranges(vec![0..3, 3..6]), vec![0..6]);
    }

    #[test]
    fn snippet_picks_the_matching_sentence_and_highlights_words() {
        let text = "优化营商环境。企业间不动产转移登记即时办结;其他事项1个工作日办结。附则。";
        let s = make_snippet(text, &terms(&["不动产", "不动产登记", "登记"]), 20);
        assert!(s.text.contains("不动产转移登记"), "{s:?}");
        let marked: Vec<&str> = s.highlights.iter().map(|r| &s.text[r.clone()]).collect();
        assert!(marked.contains(&"不动产"), "{marked:?}");
        assert!(marked.contains(&"登记"), "{marked:?}");
    }

    #[test]
    fn cuts_never_split_a_character() {
        // A pseudo-random walk over lengths and highlight positions.
        let text = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸ABC子丑寅卯辰巳午未申酉戌亥".repeat(7);
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut seed = 7u64;
        for _ in 0..200 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let a = bounds[(seed >> 33) as usize % bounds.len()];
            let b = bounds[(seed >> 13) as usize % bounds.len()];
            let (a, b) = (a.min(b), a.max(b));
            let max = 5 + (seed >> 50) as usize % 60;
            let range = a..b.max(a);
            let s = snippet_from(&text, std::slice::from_ref(&range), max);
            assert!(s.text.chars().count() <= max.max(1), "{max} {}", s.text);
            assert!(text.contains(&s.text));
            for h in &s.highlights {
                assert!(s.text.is_char_boundary(h.start) && s.text.is_char_boundary(h.end));
            }
        }
    }

    #[test]
    fn char_offsets_count_characters() {
        let text = "免费刻制公章";
        let range = 6..12;
        assert_eq!(
            char_ranges(text, std::slice::from_ref(&range)),
            vec![[2, 4]]
        );
    }
}
