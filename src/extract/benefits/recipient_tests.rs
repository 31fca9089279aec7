//! Who receives a grant and who is only bound by the measure: a group a measure regulates is
//! told what to do, a grant paid to persons is theirs, and an efficiency raised is no time
//! limit cut. Each test pairs the text that must not grant with one that must.

use super::extract;

#[test]
fn a_group_the_measure_regulates_is_given_nothing() {
    // 企业 is the object of supervision and the subject of an obligation: the cut is no grant
    // to enterprises in general
    let b = extract(
        None,
        "督促企业履行安全生产主体责任,企业应当按规定报送信息。压缩办理时间至3个工作日。",
    );
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "要求企业按时报送数据。简化数据报送流程。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // the same cut done for enterprises is theirs
    let b = extract(None, "为企业压缩办理时间至3个工作日。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "企业可享受简化审批流程。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_grant_paid_to_persons_goes_to_them_whoever_pays() {
    let b = extract(
        None,
        "所称福利费,是指从企业提留的福利费中支付给个人的生活补助费。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "从专项资金中支付给个体工商户的补助。");
    assert_eq!(b.beneficiaries, ["个体工商户"], "{b:?}");
}

#[test]
fn an_efficiency_raised_is_no_time_limit_cut() {
    let b = extract(None, "提高审批效率。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // a word between the cut and what is cut qualifies it (缩短办理周期)
    let b = extract(None, "缩短办理周期,提升审判效率。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
}

#[test]
fn a_policy_put_into_force_grants_and_a_policy_spoken_of_does_not() {
    let b = extract(None, "完善和实施知识产权创造奖补政策。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    let b = extract(None, "解读知识产权创造奖补政策。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn enterprises_named_by_what_they_do_or_a_market_named_after_them_are_no_label() {
    // “走出去”企业 invest abroad: a group of its own, not enterprises in general
    let b = extract(None, "简化“走出去”企业经营资质审核流程。");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // 中小企业板 is a stock market board, not 中小企业
    let b = extract(None, "鼓励符合条件的文化企业进入中小企业板融资。");
    assert!(!b.beneficiaries.contains(&"中小企业".to_owned()), "{b:?}");
}

#[test]
fn a_body_serving_applicants_names_no_citizen() {
    // 机构 names a body that is no label; inside 不动产登记机构 it is who serves the applicants,
    // firms among them: the grant stays theirs
    let b = extract(
        None,
        "实现税务部门与不动产登记机构业务网上联办,纳税业务一窗办理。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "构建测绘服务机构市场,推行联合测绘。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    // a body granted to itself (培训机构) is still no label: the grant is not for enterprises
    let b = extract(None, "对职业培训机构给予补贴。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn the_slogans_of_stable_trade_and_investment_name_traders_and_foreign_investors() {
    // 稳外贸稳外资 names the policies for traders and foreign-invested firms
    let b = extract(None, "拓展稳外贸稳外资服务平台覆盖面,精准推送有关政策。");
    assert_eq!(b.beneficiaries, ["外贸企业", "外资企业"], "{b:?}");
    // without it the push is for enterprises in general
    let b = extract(None, "拓展企业服务平台覆盖面,精准推送有关政策。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}
