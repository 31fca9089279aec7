//! Sums paid by tier and respectively (issue 13, `tests/eval/benefits-dev20.jsonl`): each figure
//! of an enumeration is an amount, 分别 pairs figures with the groups named before it, and a sum
//! given is a payment even where no type word names it. Also who is no party: a group named in a
//! document's title, a body after 给予, the government's own projects;
//! a figure closing a relative clause on a party says who qualifies.

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

#[test]
fn a_group_in_a_document_s_title_is_no_party() {
    let b = extract(
        None,
        "对租用超算中心服务器的企业,参照《济南市中小微企业创新券实施管理办法》有关规定给予补助。",
    );
    assert!(
        !b.beneficiaries
            .iter()
            .any(|l| l == "小微企业" || l == "中小企业"),
        "{b:?}"
    );
    // look-alike: the same group named outside the title is one
    let b = extract(None, "对中小微企业给予创新券补助。");
    assert!(b.beneficiaries.contains(&"小微企业".to_owned()), "{b:?}");
}

#[test]
fn a_body_given_to_after_the_verb_is_no_enterprise() {
    let b = extract(
        None,
        "根据平台建设运营和服务企业情况,每年给予平台500万元补贴。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alike: a trigger after the noun names the grant's kind, the firm is its party
    let b = extract(None, "对符合条件的企业,给予项目补助。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn projects_the_government_finances_are_its_own() {
    let b = extract(
        None,
        "政府有关部门可以限制其一年内参加政府投资、政府融资建设项目的投标。",
    );
    assert!(!b.benefit_types.contains(&"融资支持".to_owned()), "{b:?}");
    assert!(
        !b.beneficiaries.contains(&"建设项目单位".to_owned()),
        "{b:?}"
    );
}

#[test]
fn a_figure_closing_a_relative_clause_on_a_party_says_who_qualifies() {
    let b = extract(
        None,
        "对获得投资的年销售收入不超过2000万元的初创期科技型中小企业,给予最高100万元投资后扶持。",
    );
    let a: Vec<&str> = b.amounts.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(a, ["最高100万元"], "{b:?}");
    // look-alikes: a figure before 的 and the noun it sizes (the grant, a rate, a scale) is
    // the grant's size, whoever is named after
    let b = extract(None, "对小微企业给予最高50万元的贷款贴息。");
    assert_eq!(b.amounts.len(), 1, "{b:?}");
    let b = extract(None, "对符合条件的产业企业,减按15%的税率征收企业所得税。");
    assert_eq!(b.amounts.len(), 1, "{b:?}");
    let b = extract(
        None,
        "按照每名技师2000元、高级技师5000元的标准给予企业一次性补贴。",
    );
    assert_eq!(b.amounts.len(), 2, "{b:?}");
}

#[test]
fn an_institution_s_income_spent_on_its_staff_is_pay() {
    let b = extract(
        None,
        "技术转移服务机构对科技成果转化作出贡献的,支持其将转化净收入单位留成部分用于人员奖励和机构能力建设。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // look-alike: a reward given to staff by the government is one
    let b = extract(None, "对引进的科技人员给予一次性奖励。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}
