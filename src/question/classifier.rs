//! The general classifier 个 in the colloquial 「V个N」 (刻个章, 开个公司): written Chinese puts
//! 个 after a numeral or a determiner (三个, 这个), while a question may put it between a verb
//! and its object, which plans never do. Search and Q&A read a question without it, so the
//! act is the one the synonym tables and the plans know (开公司 → 开办企业).

use crate::index::analyzer::{is_cjk, JIEBA_DICT};
use crate::question::rules::RULES;

/// The general classifier.
const CLASSIFIER: char = '个';

/// `piece` without the classifier 个 of the colloquial 「V个N」 (刻个章 → 刻章, 开个公司 → 开公司):
/// a 个 between two Chinese characters that follows no numeral or determiner (`determiners`
/// of `data/question_kinds.toml`) and begins no word (个体户, 个人).
pub fn without_verbal_classifier(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for (i, c) in piece.char_indices() {
        if c == CLASSIFIER {
            let before = &piece[..i];
            let after = &piece[i + c.len_utf8()..];
            let verbal = before
                .chars()
                .next_back()
                .is_some_and(|p| is_cjk(p) && !p.is_ascii_digit())
                && after.chars().next().is_some_and(is_cjk)
                && !RULES
                    .determiners
                    .iter()
                    .any(|d| before.ends_with(d.as_str()))
                && JIEBA_DICT
                    .cut(&piece[i..], false)
                    .first()
                    .is_none_or(|t| t.word == "个");
            if verbal {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classifier_of_a_verb_and_its_object_is_left_out() {
        assert_eq!(without_verbal_classifier("刻个章"), "刻章");
        assert_eq!(without_verbal_classifier("开个公司"), "开公司");
        assert_eq!(without_verbal_classifier("三个工作日"), "三个工作日");
        assert_eq!(without_verbal_classifier("这个政策"), "这个政策");
        assert_eq!(without_verbal_classifier("办个体工商户"), "办个体工商户");
        assert_eq!(without_verbal_classifier("申请个人贷款"), "申请个人贷款");
        // After a classifier, 个 begins a word: 那项 · 个税.
        assert_eq!(without_verbal_classifier("那项个税扣除"), "那项个税扣除");
        // 这块 (this part) ends in a classifier too: 这块 · 个税.
        assert_eq!(
            without_verbal_classifier("这块个税我能扣多少"),
            "这块个税我能扣多少"
        );
    }
}
