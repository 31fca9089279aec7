//! A green channel for a procedure (2026-12-07, branch bene36): a matter put into a green channel
//! (案件纳入快立快审快执“绿色通道”, 认证或登记的绿色通道) is handled faster (a `[[compound]]` of
//! `data/benefit_types.toml`). Each test checks texts in the shape a rule handles, that the
//! rule is gone when its data entry is taken out, and look-alikes it must not take.

use super::penalty_tests::{types, without};
use super::{extract, extract_with};

/// The compound that reads a green channel for a procedure as a processing time cut, whole.
const GREEN_CHANNEL: &str = "[[compound]]\ntype = \"时限压缩\"\nverbs = [\"绿色通道\"]\nnouns = [\"审批\", \"审查\", \"审核\", \"登记\", \"认证\", \"报批\", \"快审\", \"立案\", \"注册\"]\n";

#[test]
fn a_green_channel_for_a_procedure_cuts_its_time() {
    for text in [
        "支持法院将拖欠中小微企业账款案件纳入快立快审快执“绿色通道”。",
        "开辟贫困地区绿色食品、有机食品、地理标志农产品认证或登记的绿色通道。",
    ] {
        let b = extract(None, text);
        assert_eq!(types(&b), ["时限压缩"], "{text}: {b:?}");
        let gone = extract_with(None, text, &without(GREEN_CHANNEL, true));
        assert!(gone.benefit_types.is_empty(), "{text}: {gone:?}");
    }
    // look-alikes: a channel for feedback or for a network link handles no applicant's matter
    for text in [
        "畅通营商环境建设诉求反馈绿色通道。",
        "建设固网接入国际互联网的绿色通道。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}
