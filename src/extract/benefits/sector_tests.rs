//! Who a statute's grant is for when it names enterprises by their trade (房地产开发企业,
//! 矿山企业) or names only the body that answers an application (供水企业, 公安机关). Each
//! test pairs a text whose group is a label with one whose group is not.

use super::extract;

#[test]
fn enterprises_named_by_their_trade_are_no_label_enterprises_as_objects_are_all() {
    for text in [
        "对房地产开发企业给予一次性补贴。",
        "对矿山企业给予一次性补贴。",
        "对细胞和基因企业给予一次性补贴。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["补贴奖励"], "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // a verb whose object 企业 is, a determiner, a place's name or a condition any firm may
    // meet leaves it general
    for text in [
        "对企业给予一次性补贴。",
        "支持企业开展研发,给予一次性补贴。",
        "对本市企业给予一次性补贴。",
        "对青岛市企业给予一次性补贴。",
        "对纳税企业给予一次性补贴。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.beneficiaries, ["所有企业"], "{text}: {b:?}");
    }
}

#[test]
fn founding_a_trade_s_enterprise_is_a_new_enterprise() {
    let b = extract(
        None,
        "设立房地产开发企业,应当向登记机关申请登记,登记机关应当自收到申请之日起三十日内予以登记。",
    );
    assert_eq!(b.beneficiaries, ["新开办企业"], "{b:?}");
    let b = extract(
        None,
        "房地产开发企业变更登记的,登记机关应当自收到申请之日起三十日内予以登记。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_bare_enterprise_after_a_trade_s_name_is_that_trade() {
    let b = extract(
        None,
        "房地产开发企业的合法权益受法律保护。任何单位和个人不得向企业收取法律、法规规定之外的费用。",
    );
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "任何单位不得向企业收取法律、法规规定之外的费用。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_time_counted_from_an_application_is_the_applicant_s() {
    // the body that answers (城市公共供水企业) is bound by the limit; the users who apply are
    // served by it
    let b = extract(
        None,
        "新增用户需要接入供水设施的,应当向城市公共供水企业提出申请。城市公共供水企业自收到申请之日起十个工作日内予以答复。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(
        None,
        "公安机关交通管理部门应当在受理申请后三个工作日内提出审核意见。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // an application only citizens make grants nothing to enterprises
    let b = extract(
        None,
        "村民申请建房的,镇人民政府应当在受理申请后二十个工作日内作出决定。",
    );
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_project_spared_or_served_an_environmental_impact_assessment_is_a_builder_s() {
    // the law asks an environmental impact assessment (环评, 环境影响评价) of a building
    // project: a project taken out of it or whose assessment is sped up is a builder's, not
    // every enterprise's
    for text in [
        "对基本不产生生态环境影响的仓储、物流配送项目,不再纳入环评管理。",
        "对符合条件的项目,环境影响评价审批时限压减至10个工作日。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.beneficiaries, ["建设项目单位"], "{text}: {b:?}");
    }
}
