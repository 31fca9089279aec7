//! A measure's sentences as the Q&A reads them: cut as snippets are
//! ([`snippet::sentences`]), trimmed, each holding a letter or a digit.

use std::ops::Range;

use crate::search::snippet;

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
