//! Rules drawn from the promoted development golds (`tests/eval/benefits-dev4.jsonl`,
//! `benefits-dev5.jsonl`): how provincial reform plans grant fewer steps by moving a matter
//! online, whom a building project's stages serve, and who draws a pension.

use super::extract;

#[test]
fn a_matter_applied_for_or_paid_online_is_a_step_less_for_enterprises() {
    for text in [
        "实现营业执照和各类许可证的线上申领、下载展示、验证使用。",
        "探索税费和登记费实现线上一次缴纳,后台自动清分入账。",
        "支持法院提升电子诉讼服务能力,实现二审立案一键上诉。",
        "当事人根据提示在手机上签字认可,在线生成电子版认定书。",
        "实现水电气暖业务进驻政务服务中心办理,确保水电气暖报装材料厅内流转。",
        "推行房产过户同步办理水电气暖账户变更。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
    let b = extract(None, "推广业务线上申请、信息线上流转的办电模式。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_channel_before_the_governments_own_work_grants_nothing() {
    for text in [
        "完善全流程网上办案体系。",
        "实施线上侵权线索智能监测项目。",
        "全区依申请事项网上办理率达到99%。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn the_stages_of_a_building_project_serve_its_builder() {
    let b = extract(
        None,
        "将竣工验收和产权登记涉及的测绘项目合并为综合性联合测绘项目,实行一次委托、联合测绘、成果共享。",
    );
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn the_port_counter_serves_traders_and_pensions_are_paid_to_persons() {
    let b = extract(None, "完善电子口岸移动端在线办理功能。");
    assert_eq!(b.beneficiaries, ["外贸企业"], "{b:?}");
    let b = extract(
        None,
        "推行养老待遇审核发放网上申办,实行养老业务无差别一窗受理。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn guidance_in_person_helps_and_guidance_to_correct_an_infringement_is_enforcement() {
    let b = extract(None, "指导帮助符合政策条件并提出申请的企业进行信用修复。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
    let b = extract(None, "各级行政执法机构及时指导帮助企业纠错改错。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_receipt_of_a_payment_is_a_document_not_the_payment() {
    let b = extract(None, "推出线上缴费凭证下载、打印功能。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_procedure_moved_to_an_earlier_stage_merges_steps() {
    let b = extract(
        None,
        "住宅小区项目报装提前到建筑设计阶段,与建筑物同步进行设计。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    let b = extract(None, "工程建设项目用电报装申请提前到项目开工前办理。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn a_benefit_given_without_application_or_in_one_place_is_a_step_less() {
    for text in [
        "最大限度实现便捷政策免申即享。",
        "实现水气暖报装统一网上平台集中办理。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
}

#[test]
fn the_parties_of_an_accident_or_a_complaint_are_persons() {
    let b = extract(None, "轻微交通事故当事人根据提示在手机上签字认可。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "自投诉受理之日起快速办理,按时反馈投诉人。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_share_of_matters_handled_online_is_a_target() {
    let b = extract(None, "2023年一般纳税人线上缴税100%。");
    assert!(b.benefit_types.is_empty() && b.amounts.is_empty(), "{b:?}");
    let b = extract(None, "实现企业开办全程网办。");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}
