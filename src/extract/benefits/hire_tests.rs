//! The employer-and-part rules (2026-12-03, branch ben): a party that hires a labelled group
//! of persons, a group named as a part (其中…) of those granted to, investors of every kind.
//! Each test pairs a text in the shape a rule handles with a look-alike it must not take, and
//! checks that the rule is gone when its data entry is emptied.

use super::penalty_tests::{labels, without};
use super::{extract, extract_with};

#[test]
fn an_employer_hiring_persons_is_granted_to_beside_them() {
    let text = "用人单位招用失业人员并签订一年以上劳动合同的,可以按照规定向失业保险经办机构申请职业培训补贴。";
    let b = extract(None, text);
    assert_eq!(labels(&b), ["农民工和就业困难人员", "所有企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // without the hiring verbs the persons alone are granted to
    let hires = r#""招用", "新招用", "吸纳", "招收", "聘用", "雇用", "录用""#;
    let b = extract_with(None, text, &without(hires, false));
    assert_eq!(labels(&b), ["农民工和就业困难人员"], "{b:?}");
    // look-alike: a labelled employer (小微企业) is the group already; 企业 in its condition is
    // no second employer
    let b = extract(
        None,
        "小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。",
    );
    assert!(!b.beneficiaries.contains(&"所有企业".to_owned()), "{b:?}");
    assert!(b.beneficiaries.contains(&"小微企业".to_owned()), "{b:?}");
    // look-alike: persons granted to with no one hiring them
    let b = extract(None, "对失业人员给予职业培训补贴。");
    assert_eq!(labels(&b), ["农民工和就业困难人员"], "{b:?}");
}

#[test]
fn a_group_named_as_a_part_narrows_the_grant_it_does_not_take_it() {
    let text = "帮扶人工智能中小微企业使用银行贷款。年单笔贷款额不低于50万元的流动资金贷款,可按年度实际支付利息和担保费用的40%申请融资费用补贴(其中人工智能小微企业可按年度实际融资费用的50%申请财政补助),每个企业年补贴额最高不超过30万元。";
    let b = extract(Some("帮扶人工智能中小微企业使用银行贷款"), text);
    assert_eq!(labels(&b), ["小微企业", "中小企业"], "{b:?}");
    let forty = b.amounts.iter().find(|a| a.value == 40.0).expect("40%");
    assert_eq!(forty.beneficiary, None, "{b:?}");
    // without the word of a part the aside's group takes the grant from the title's
    let b = extract_with(
        Some("帮扶人工智能中小微企业使用银行贷款"),
        text,
        &without("\"其中\"", false),
    );
    assert_eq!(labels(&b), ["小微企业"], "{b:?}");
    // look-alike: 对其中… names the recipient (其中 the object of 对), and a figure there is
    // bound to it
    let b = extract(
        None,
        "对其中就业困难人员和零就业家庭成员在培训期间再给予生活费补贴,标准为每人每天30元。",
    );
    assert_eq!(labels(&b), ["农民工和就业困难人员"], "{b:?}");
    assert!(
        b.amounts
            .iter()
            .any(|a| a.beneficiary.as_deref() == Some("农民工和就业困难人员")),
        "{b:?}"
    );
}

#[test]
fn investors_of_every_kind_are_enterprises() {
    let text = "支持合作区建立高度便利的市场准入制度,放宽各类投资者在合作区开展投资贸易的资质要求、持股比例、行业准入等限制。合作区简化政务服务流程,提高审批效率。";
    let b = extract(None, text);
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
    // without the alias, investors are private persons
    let b = extract_with(None, text, &without("\"各类投资者\", ", false));
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alike: small investors (中小投资者) protected are persons
    let b = extract(
        None,
        "建立中小投资者权益保护法律服务顾问团,为投资者解决纠纷提供便利。",
    );
    assert!(!b.beneficiaries.contains(&"所有企业".to_owned()), "{b:?}");
}
