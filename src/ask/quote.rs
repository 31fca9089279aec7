//! The quote of an answer: the verbatim run of a measure's sentences from the topic sentence
//! to the value sentence.

use std::ops::Range;

use super::answer::{char_range, Quote};
use super::candidates::Candidate;
use super::sentences::sentences;
use crate::extract::attribution;

/// Longest quote spanning from the topic sentence to the value sentence, in characters.
const MAX_SPAN_CHARS: usize = 240;
/// Longest passage a quote without a value grows to by taking the sentences after it: as
/// long as a quote may span from its topic to its value.
const EXTEND_CHARS: usize = MAX_SPAN_CHARS;
/// Longest quote spanning from the topic sentence to its attribution, in characters.
const MAX_ATTRIBUTION_SPAN_CHARS: usize = 400;
/// Longest passage a quote of the measure's opening alone grows to by taking the sentence
/// after it ([`make_quote`]): as long as a quote spanning to its attribution.
const EXTEND_OPENING_CHARS: usize = MAX_ATTRIBUTION_SPAN_CHARS;

/// Whether a sentence is an attribution clause (「(牵头单位:市税务局;」「完成时限:2020年11月底)」
/// 「(负责部门:知识产权局)」), read by the extraction's attribution conventions
/// (`data/outline.toml`).
pub(crate) fn is_attribution(sentence: &str) -> bool {
    attribution::is_attribution_part(sentence)
}

/// Whether a sentence goes on in the next one: it ends with ; or a colon (a part of a
/// statement, the opening of its list).
fn goes_on(sentence: &str) -> bool {
    sentence.ends_with([';', '；', ':', '：'])
}

/// `span` grown to the whole statement it lies in: back to the first of the parts joined by ;
/// or a colon before it (`back`), on to the last after it (`on`). An attribution (「(牵头单位:…;」)
/// is no part of the statement before it.
fn statement(text: &str, span: &Range<usize>, back: bool, on: bool) -> Range<usize> {
    let all = sentences(text);
    let part = |i: usize| !is_attribution(&text[all[i].clone()]);
    let mut start = span.start;
    if back {
        if let Some(mut k) = all.iter().position(|r| r.end > span.start) {
            while k > 0 && part(k) && part(k - 1) && goes_on(&text[all[k - 1].clone()]) {
                k -= 1;
            }
            start = start.min(all[k].start);
        }
    }
    let mut end = span.end;
    if on {
        if let Some(mut k) = all.iter().rposition(|r| r.start < span.end) {
            while k + 1 < all.len() && part(k) && part(k + 1) && goes_on(&text[all[k].clone()]) {
                k += 1;
            }
            end = end.max(all[k].end);
        }
    }
    start..end
}

/// The quote: the run of sentences from the topic sentence to the value sentence, opened by
/// the measure's title sentence when the text starts with it, as long as the run stays short
/// (dropping the title first, then keeping the value or topic sentence alone).
pub(crate) fn make_quote(c: &Candidate) -> Quote {
    let text = &c.hit.measure.text;
    let topic = c.topic_sentence.clone();
    let (core, value) = match &c.value {
        Some((sentence, value)) => (sentence.clone(), Some(value.clone())),
        None => (topic.clone(), None),
    };
    let title_end = c.hit.measure.title.as_deref().and_then(|title| {
        let first = sentences(text).into_iter().next()?;
        (first.start == 0 && text[first.clone()].starts_with(title)).then_some(first.end)
    });
    // An attribution (「(牵头单位:…;」) says nothing alone: it is quoted with what it is the
    // attribution of, over a longer span if need be, or not at all.
    let attribution = value.is_some() && is_attribution(&text[core.clone()]);
    let limit = if attribution {
        MAX_ATTRIBUTION_SPAN_CHARS
    } else {
        MAX_SPAN_CHARS
    };
    let short = |r: &Range<usize>| text[r.clone()].chars().count() <= limit;
    let joined = topic.start.min(core.start)..topic.end.max(core.end);
    let mut tries = Vec::new();
    if title_end.is_some() {
        tries.push(0..joined.end);
    }
    tries.push(joined);
    let fallback = if attribution {
        topic.clone()
    } else {
        core.clone()
    };
    let mut span = tries.into_iter().find(short).unwrap_or(fallback);
    // A statement whose parts a plan joins by ; (「2023年底前,实现…5G全覆盖;2024年底前,推动5G
    // 网络向镇处覆盖延伸。」「本阶段主流程审批时限:…34个工作日;社会投资房屋建筑项目24个工作日;…」)
    // or opens with a colon is quoted whole: a part alone loses the subject or the case the
    // others share.
    span = [
        statement(text, &span, true, true),
        statement(text, &span, false, true),
        statement(text, &span, true, false),
    ]
    .into_iter()
    .find(short)
    .unwrap_or(span);
    let value = value.filter(|v| span.start <= v.start && v.end <= span.end);
    // Without a value to show, a short passage goes on with the sentences after it, one by
    // one while it stays short: a measure names its topic, then says what it does in short
    // sentences, one case each (「…第一步企业最少可申报9项」; 「部门内部,…优化合并为一个审批
    // 事项。多个部门,…归并整合一张“行业综合许可证”。」), and a howto or precedent question asks
    // for all of them. Attributions end it.
    if value.is_none() {
        let from = span.end;
        // A quote that is the measure's opening alone (its title and the sentence it opens:
        // 「推行“一业一证”改革 6月,全区全面推进“一业一证”改革。」) says what the measure is
        // called, not what it does: it goes on with the sentence after it, however long, as
        // far as a quote spanning to its attribution may.
        let opening_only = title_end == Some(span.end) && span.start == 0;
        for (n, next) in sentences(text)
            .into_iter()
            .filter(|r| r.start >= from)
            .enumerate()
        {
            let grown = span.start..next.end;
            let attribution = attribution::mentions_attribution(&text[next.clone()]);
            let limit = if opening_only && n == 0 {
                EXTEND_OPENING_CHARS
            } else {
                EXTEND_CHARS
            };
            if attribution || text[grown.clone()].chars().count() > limit {
                break;
            }
            span = grown;
        }
    }
    // Asked by the units of its attribution, a measure is quoted up to it: what is done and
    // who does it.
    if value.is_none() {
        if let Some(asked) = &c.asked_attribution {
            let grown = span.start..span.end.max(asked.end);
            if text[grown.clone()].chars().count() <= MAX_ATTRIBUTION_SPAN_CHARS {
                span = grown;
            }
        }
    }
    let quoted = &text[span.clone()];
    Quote {
        measure_id: c.hit.measure.id.clone(),
        text: quoted.to_owned(),
        value: value.map(|v| char_range(quoted, v.start - span.start..v.end - span.start)),
        items: Vec::new(),
    }
}
