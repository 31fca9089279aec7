//! The quote of an answer: the measure's sentences (cut as snippets are, trimmed), and the
//! verbatim run of them from the topic sentence to the value sentence.

use std::ops::Range;

use super::answer::Quote;
use super::candidates::Candidate;
use crate::search::snippet;

/// Longest quote spanning from the topic sentence to the value sentence, in characters.
const MAX_SPAN_CHARS: usize = 240;
/// Longest passage a quote without a value grows to by taking the next sentence.
const EXTEND_CHARS: usize = 160;
/// Words of an attribution sentence (牵头单位, 责任单位, 完成时限), which a quote is not
/// extended with.
const ATTRIBUTION_WORDS: [&str; 3] = ["牵头", "责任单位", "完成时限"];

/// Byte ranges of the sentences of `text` (cut by [`snippet::sentences`]: after 。!?; and
/// line breaks), trimmed, each holding a letter or a digit.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    snippet::sentences(text)
        .into_iter()
        .filter_map(|range| {
            let piece = &text[range.clone()];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.trim_start().len() - piece.trim().len();
            let trimmed = range.start + lead..range.end - trail;
            // A lone 。 or ) left over is no sentence.
            text[trimmed.clone()]
                .chars()
                .any(|c| c.is_alphanumeric())
                .then_some(trimmed)
        })
        .collect()
}

/// The quote: the run of sentences from the topic sentence to the value sentence, opened by
/// the measure's title sentence when the text starts with it, as long as the run stays short
/// (dropping the title first, then keeping the value or topic sentence alone).
pub(crate) fn make_quote(c: &Candidate) -> Quote {
    let text = &c.hit.text;
    let topic = c.topic_sentence.clone();
    let (core, value) = match &c.value {
        Some((sentence, value)) => (sentence.clone(), Some(value.clone())),
        None => (topic.clone(), None),
    };
    let title_end = c.hit.title.as_deref().and_then(|title| {
        let first = sentences(text).into_iter().next()?;
        (first.start == 0 && text[first.clone()].starts_with(title)).then_some(first.end)
    });
    let short = |r: &Range<usize>| text[r.clone()].chars().count() <= MAX_SPAN_CHARS;
    let joined = topic.start.min(core.start)..topic.end.max(core.end);
    let mut tries = Vec::new();
    if title_end.is_some() {
        tries.push(0..joined.end);
    }
    tries.push(joined);
    let mut span = tries
        .into_iter()
        .find(short)
        .unwrap_or_else(|| core.clone());
    // Without a value to show, a short passage goes on with the sentence after it (what the
    // measure does next: 「…第一步企业最少可申报9项」), attributions excepted.
    if value.is_none() {
        let next = sentences(text).into_iter().find(|r| r.start >= span.end);
        if let Some(next) = next {
            let grown = span.start..next.end;
            let attribution = ATTRIBUTION_WORDS
                .iter()
                .any(|w| text[next.clone()].contains(w));
            if !attribution && text[grown.clone()].chars().count() <= EXTEND_CHARS {
                span = grown;
            }
        }
    }
    Quote {
        measure_id: c.hit.id.clone(),
        text: text[span.clone()].to_owned(),
        value: value.map(|v| v.start - span.start..v.end - span.start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 威海市 000, 「1.优化企业开办流程」 as the corpus writes it.
    const WEIHAI: &str = "优化企业开办流程。实行“一窗受理、一表填报、全程网办”,实现企业设立登记、刻制印章、申领发票、社保医保登记、公积金登记0.5个工作日办结,同步启动银行开户在线预约。组织荣成市开展“一业一证”改革试点,8月底前推出便利店、餐饮等7个行业综合许可证,11月底扩大到10个行业。(牵头单位:市行政审批服务局、市市场监管局;责任单位:荣成市政府,市公安局、市人力资源社会保障局、市医保局、市税务局、人民银行威海市中心支行、市住房公积金中心;完成时限:2020年11月底)";

    #[test]
    fn sentences_are_cut_at_stops_and_keep_text_verbatim() {
        let cut: Vec<&str> = sentences(WEIHAI).into_iter().map(|r| &WEIHAI[r]).collect();
        assert_eq!(cut[0], "优化企业开办流程。");
        assert!(cut[1].ends_with("在线预约。"));
        assert_eq!(cut[3], "(牵头单位:市行政审批服务局、市市场监管局;");
        assert_eq!(cut.last().copied(), Some("完成时限:2020年11月底)"));
        assert_eq!(sentences(" 。\n"), Vec::<Range<usize>>::new());
    }
}
