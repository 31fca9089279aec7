//! Rules drawn from the second development gold (`tests/eval/benefits-dev2.jsonl`), each a way
//! Chinese government texts grant, or only seem to grant, a benefit.

use super::extract;

#[test]
fn a_reply_to_a_governments_request_grants_nothing() {
    let b = extract(
        None,
        "你省请求,国家对在当地的中央企业给予一定的补助。如果供给充足,则可不增加补贴省份。",
    );
    assert!(
        b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
        "{b:?}"
    );
}

#[test]
fn a_rate_of_performance_or_a_profession_named_after_a_trigger_grants_nothing() {
    let b = extract(None, "全区依申请事项可全程网办率达到99%。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "允许不具有专利代理人资格的公民担任股东。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_time_counted_back_from_a_day_is_a_notice_period() {
    let b = extract(None, "发布时间为招标公告发布之日前至少30日。");
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_taxpayer_with_a_persons_income_or_expense_is_a_person() {
    let b = extract(None, "纳税人接受学历继续教育的支出,按照每月400元定额扣除。");
    assert_eq!(b.benefit_types, ["减税减免"]);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn the_enterprise_referred_back_to_is_the_group_named_before() {
    let b = extract(
        None,
        "试点企业兴办职业教育的投资符合条件的,可按投资额一定比例抵免该企业当年应缴教育费附加。",
    );
    assert_eq!(b.benefit_types, ["减税减免"]);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "对电影制片企业取得的收入免征增值税。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_documents_title_grants_nothing() {
    let b = extract(
        None,
        "出台《关于提标提速提效推动营商环境攻坚突破的实施意见》配套措施。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_general_grant_under_a_title_naming_a_group_is_for_that_group() {
    let b = extract(
        Some("提升企业开办便利化水平"),
        "提升企业开办便利化水平。为企业提供免费帮办服务。",
    );
    assert_eq!(b.beneficiaries, ["新开办企业"]);
}

#[test]
fn a_cap_outside_the_granting_sentence_is_the_size_of_the_benefit() {
    let b = extract(
        None,
        "纳税人的继续教育支出,按照每月400元定额扣除。同一继续教育的扣除期限不能超过48个月。",
    );
    let values: Vec<f64> = b.amounts.iter().map(|a| a.value).collect();
    assert_eq!(values, [400.0, 48.0], "{b:?}");
    let b = extract(None, "全市政务服务事项办理时间不超过3年。");
    assert!(b.amounts.is_empty(), "{b:?}");
}

#[test]
fn a_document_no_longer_asked_for_is_exempt_from_submission() {
    let b = extract(None, "税务机关不再收取企业纸质清税证明文书。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"]);
    let b = extract(None, "相关部门不得要求主办方提交审批材料。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"]);
}

#[test]
fn an_applicant_beside_a_persons_act_is_that_person() {
    let b = extract(None, "以贷款申请人的购房合同备案核查信息取代纸质证明材料。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert!(b.benefit_types.contains(&"容缺承诺".to_owned()), "{b:?}");
    let b = extract(None, "对初信初访,最长不超过10个工作日办结。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_sentence_whose_subject_is_a_place_grants_nothing() {
    for text in [
        "湖北自贸试验区襄阳片区大幅简化退税流程。",
        "江西省赣州市推出3个“信贷通”,探索解决中小企业融资难融资贵。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
            "{text}: {b:?}"
        );
    }
}

#[test]
fn the_grantee_may_follow_the_grant_in_its_sentence() {
    let b = extract(None, "简化贷款审批流程,为小微企业提供便利的金融服务。");
    assert_eq!(b.beneficiaries, ["小微企业"]);
    let b = extract(None, "简化海关业务核准手续,支持综合保税区内企业自主备案。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn an_enumeration_is_said_of_what_follows_it_and_a_modifier_of_its_head() {
    let b = extract(None, "推进科技信贷、股权投资、科技增信等政策融通。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "按照中小企业融资(信用)担保机构准备金政策执行。");
    assert!(
        b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
        "{b:?}"
    );
}

#[test]
fn a_measure_that_is_only_its_title_grants_by_its_title() {
    let title = "在自贸试验区试点实施进口非特殊用途化妆品备案管理";
    let b = extract(Some(title), &format!("{title}。(负责部门:药监局)"));
    assert_eq!(b.beneficiaries, ["外贸企业"]);
    assert!(b.benefit_types.contains(&"容缺承诺".to_owned()), "{b:?}");
}

#[test]
fn a_title_naming_what_only_a_group_does_names_the_group() {
    let b = extract(
        Some("压减办理建筑许可费用"),
        "压减办理建筑许可费用。为企业提供免费帮办服务。",
    );
    assert_eq!(b.beneficiaries, ["建设项目单位"]);
}

#[test]
fn money_to_places_or_to_lenders_for_their_loans_grants_nothing() {
    for text in [
        "对成效突出的市(地、州、盟),在中小微企业质量技术服务等方面给予倾斜支持。",
        "对地方法人金融机构发放的普惠小微企业贷款,按照余额增量的1%提供资金。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.beneficiaries.is_empty() && b.amounts.is_empty(),
            "{text}: {b:?}"
        );
    }
}

#[test]
fn lenders_supply_courts_cases_and_inspections_are_no_grants() {
    for text in [
        "引导加大支小支农信贷供给。",
        "推行民商事案件全流程网上办案。",
        "检查不得收取任何费用。",
        "全年实现专利质押融资登记金额同比增速20%以上。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn investors_are_persons_and_firms_in_difficulty_are_enterprises() {
    let b = extract(None, "压缩投资者纠纷调解时限,调解30日内完成。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "对困难企业给予稳岗补贴。");
    assert_eq!(b.beneficiaries, ["所有企业"]);
}

#[test]
fn a_grant_is_for_all_enterprises_only_where_the_measure_speaks_of_enterprises() {
    // persons' matters and the government's own coordination name no enterprise
    for text in [
        "推行户籍业务全程网办,实现群众办事零跑腿。",
        "建立部门间联合检查制度,简化检查流程。",
    ] {
        let b = extract(None, text);
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // a matter only firms go through (办税, 报装) speaks of enterprises without naming them
    for text in [
        "简化办税流程,实现全程网办。",
        "压缩用电报装时间至5个工作日。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.beneficiaries, ["所有企业"], "{text}: {b:?}");
    }
}
