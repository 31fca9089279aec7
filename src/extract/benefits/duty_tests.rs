//! How statutes bind rather than grant: a time within which one party reports to another, a
//! notice given in advance, a check forbidden or a policy drafted, a penalty that bars an
//! offender from a benefit, a fine remitted, a blood donation. Each test pairs the text that
//! must not grant with one that must.

use super::extract;

#[test]
fn a_time_to_report_to_another_body_or_to_give_notice_is_no_processing_time() {
    for text in [
        "项目核准后,核准机关应当在五个工作日内向同级财政部门通报核准结果。",
        "发生安全事故的,经营单位应当在两小时内将事故情况上报主管部门。",
        "需要暂停供电的,供电企业应当提前七十二小时在受影响区域公告。",
        "上级人民政府在接到请示后,应当在十日内作出批复。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.amounts.is_empty() && b.beneficiaries.is_empty(),
            "{text}: {b:?}"
        );
    }
    // a limit on the applicant's own matter still grants
    let b = extract(None, "登记机关应当在三个工作日内向申请人颁发许可证。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
}

#[test]
fn opening_hours_are_no_time_limit() {
    let b = extract(None, "公共停车场应当二十四小时免费开放。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert!(b.amounts.is_empty(), "{b:?}");
}

#[test]
fn a_compound_drafted_forbidden_or_listed_as_a_topic_grants_nothing() {
    for text in [
        "县级人民政府可以在法定权限内制定费用减免、用地保障等招商引资政策措施。",
        "对重大项目在费用减免、人才引进等方面制定专项扶持政策。",
        "对失信主体,不适用容缺受理等简化程序。",
        "用人单位不得减少职工的休息时间。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    let b = extract(None, "对小微企业减免租赁费用,简化办理程序。");
    assert_eq!(
        b.benefit_types,
        ["免费", "降低费用", "环节材料减少"],
        "{b:?}"
    );
}

#[test]
fn a_penalty_that_bars_an_offender_from_a_benefit_grants_nothing() {
    for text in [
        "(五)限制参加政府组织的评优奖励活动。",
        "(三)限制享受财政资金补贴。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn a_fine_remitted_or_blood_given_is_nothing_free() {
    for text in [
        "当事人主动消除违法后果的,可以免缴罚款。",
        "鼓励公民参加无偿献血,依法保障献血者的权益。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.benefit_types.contains(&"免费".to_owned()),
            "{text}: {b:?}"
        );
    }
    let b = extract(None, "为企业提供无偿的登记咨询服务。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn a_climate_or_a_public_funding_system_grants_no_credit() {
    for text in [
        "建立中小企业信用担保体系,为企业融资创造条件。",
        "创新公共设施投融资机制,引导社会资本投入。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn a_grant_qualifying_a_project_is_a_condition() {
    let b = extract(None, "对已获得财政补贴的项目,不再重复安排资金。");
    assert!(!b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
}

#[test]
fn a_fee_not_charged_to_users_is_free_and_credit_subjects_are_all_firms() {
    let b = extract(None, "供水企业不得对新增用户收取接入费用。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "信用主体有权每年免费查询一次自身的信用报告。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // persons' matters stay persons'
    let b = extract(None, "居民有权免费查询本人的信用报告。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn an_inspection_the_holder_need_not_apply_for_is_an_approval_exempted() {
    let b = extract(
        None,
        "小型商铺开业前,经营者可以免于申请卫生许可,但应当作出书面承诺。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
}

#[test]
fn equal_treatment_protects_the_group_it_names() {
    let b = extract(None, "有关部门在政府采购中应当平等对待外商投资企业。");
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_figure_closing_a_condition_is_who_qualifies() {
    let b = extract(None, "违法行为人自愿参加社区服务两小时的,可以从轻处理。");
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "登记机关应当在两个工作日内办结。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
}

#[test]
fn a_reliefs_certificate_or_a_facilitys_upkeep_grants_nothing() {
    let b = extract(None, "申请人应当提交减免契税凭证。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "公共服务站应当确定专人负责保洁。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "为重点项目确定专人跟进。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
}

#[test]
fn the_four_cuts_of_an_approval_reform_grant_each() {
    let b = extract(None, "推进涉企审批减环节、减材料、减时限、减费用。");
    assert!(
        b.benefit_types.contains(&"时限压缩".to_owned())
            && b.benefit_types.contains(&"降低费用".to_owned()),
        "{b:?}"
    );
}
