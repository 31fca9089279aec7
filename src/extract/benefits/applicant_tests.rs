//! Who a grant is for when the text names the group by what it applies for, by the body it
//! joins or the market it lists on, or by the goods it imports (drawn from the eighth and ninth
//! sets, development data). Each test pairs a text with the group it grants to and one whose
//! group differs.

use super::extract;

#[test]
fn a_time_counted_from_an_application_serves_the_applicant_the_measure_names() {
    // the applicant is named in another sentence, as the one who must apply or be notified
    let b = extract(
        None,
        "设立房地产开发企业,应当向工商行政管理部门申请登记。工商行政管理部门应当自收到申请之日起三十日内予以登记。",
    );
    assert_eq!(b.beneficiaries, ["新开办企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    let b = extract(
        None,
        "文物行政部门应当在接到考古调查、勘探申请之日起七日内组织考古调查、勘探。对没有文物埋藏的,应当及时通知建设单位施工。",
    );
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    // a measure naming no applicant: whoever applies, enterprises in general
    let b = extract(None, "行政机关应当自受理申请之日起十五日内作出决定。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_body_or_a_market_named_after_a_group_is_not_that_group() {
    for text in [
        "对中小企业信用担保机构给予风险补偿。",
        "支持非公有制企业加入中小企业信用担保服务中心,享受有关优惠政策。",
        "对在全国中小企业股份转让系统挂牌的科技型企业给予奖励。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.beneficiaries.contains(&"中小企业".to_owned()),
            "{text}: {b:?}"
        );
    }
    let b = extract(None, "为中小企业提供信用担保服务。");
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
}

#[test]
fn equipment_imported_for_own_use_implies_no_trader() {
    let b = extract(None, "对研究开发项目在投资总额内进口的自用设备,免征关税。");
    assert!(!b.beneficiaries.contains(&"外贸企业".to_owned()), "{b:?}");
    let b = extract(None, "对进口的货物免征关税。");
    assert_eq!(b.beneficiaries, ["外贸企业"], "{b:?}");
}

#[test]
fn an_enterprise_newly_set_up_is_a_new_enterprise_a_resident_one_is_not() {
    let b = extract(
        None,
        "在园区内指定的孵化空间新设立的企业,给予三年房租补贴。",
    );
    assert_eq!(b.beneficiaries, ["新开办企业"], "{b:?}");
    let b = extract(None, "对入驻孵化空间的企业,给予房租补贴。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn an_enterprise_investment_project_is_a_builder_s() {
    let b = extract(None, "企业固定资产投资项目审批实行告知承诺制。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    let b = extract(None, "企业投资项目实行容缺受理。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    let b = extract(None, "政务服务事项实行告知承诺制。");
    assert!(
        !b.beneficiaries.contains(&"建设项目单位".to_owned()),
        "{b:?}"
    );
}

#[test]
fn a_reward_paired_with_a_commendation_honours_merit() {
    for text in [
        "对做出突出贡献的单位和个人,应当予以表彰和奖励。",
        "依法对见义勇为人员予以表彰奖励。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    let b = extract(None, "对首次认定的高新技术企业给予一次性奖励。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}
