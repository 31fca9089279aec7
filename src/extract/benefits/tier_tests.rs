//! Sums paid by tier and respectively (issue 13, `tests/eval/benefits-dev20.jsonl`): each figure
//! of an enumeration is an amount, 分别 pairs figures with the groups named before it, and a sum
//! given is a payment even where no type word names it.

use super::extract;

fn amounts(text: &str) -> Vec<(String, Option<String>)> {
    extract(None, text)
        .amounts
        .into_iter()
        .map(|a| (a.text, a.beneficiary))
        .collect()
}

#[test]
fn what_was_recognised_is_given_each_tier_s_sum() {
    let a = amounts("园区内新认定的国家、省、市工业设计中心分别给予100万元、50万元、30万元奖励。");
    let texts: Vec<&str> = a.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["给予100万元", "50万元", "30万元"], "{a:?}");
    let a = amounts("对园区内新认定的国际科技合作基地,于认定次年分别给予100万元、50万元的奖励。");
    assert_eq!(a.len(), 2, "{a:?}");
    // look-alike: a count of what government recognises is no amount
    let b = extract(None, "培育认定专精特新企业100家,认定15个公共服务平台。");
    assert!(b.amounts.is_empty(), "{b:?}");
}

#[test]
fn a_sum_given_is_a_payment_without_a_type_word() {
    let b = extract(
        None,
        "对成功创建为国家级、省级技术创新中心的企业,分别给予最高500万元(国家级)、100万元(省级)的支持。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert_eq!(b.amounts.len(), 2, "{b:?}");
    // look-alike: a sum spent, not given, is none
    let b = extract(None, "项目总投资500万元,建设期两年。");
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn respectively_pairs_each_sum_with_its_group() {
    let a = amounts("对小微企业和个体工商户分别给予1万元、5000元补贴。");
    assert_eq!(
        a,
        [
            ("给予1万元".to_owned(), Some("小微企业".to_owned())),
            ("5000元".to_owned(), Some("个体工商户".to_owned())),
        ]
    );
    // groups and figures not as many: each sum stays bound as before (the nearest group)
    let a = amounts("对小微企业和个体工商户分别给予1万元、5000元、2000元补贴。");
    assert!(
        a.iter().all(|(_, b)| b.as_deref() != Some("小微企业")),
        "{a:?}"
    );
}
