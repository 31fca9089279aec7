//! Rules drawn from the third development gold (`tests/eval/benefits-dev3.jsonl`), each a way
//! Chinese government texts grant, or only seem to grant, a benefit.

use super::extract;

#[test]
fn a_place_inside_a_province_is_no_province_given_a_grant() {
    let b = extract(None, "符合条件的省内转学申请,主管部门在10个工作日内办结。");
    assert_eq!(b.benefit_types, ["时限压缩"]);
    assert_eq!(b.amounts.len(), 1, "{b:?}");
    let b = extract(None, "对工作成效明显的省(区、市)给予奖励。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn handling_anywhere_or_jointly_spares_visits() {
    for text in [
        "实现营业执照变更全省通办。",
        "实现参保登记和缴费在移动端联合办理。",
        "推动12类业务随时随地网办。",
        "实现新装增容“零证”办电。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
}

#[test]
fn a_document_obtained_by_data_sharing_need_not_be_submitted() {
    let b = extract(None, "通过数据共享获取营业执照等证照。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"]);
}

#[test]
fn an_immediate_receipt_and_a_low_fee_are_granted() {
    let b = extract(None, "缴费成功后即时开具电子票据。");
    assert_eq!(b.benefit_types, ["时限压缩"]);
    let b = extract(None, "推进体育场馆低收费开放。");
    assert_eq!(b.benefit_types, ["降低费用"]);
}

#[test]
fn a_deduction_the_tax_law_allows_is_a_relief() {
    let b = extract(None, "企业发生的职工教育经费支出,准予扣除。");
    assert_eq!(b.benefit_types, ["减税减免"]);
}

#[test]
fn a_problem_a_count_a_programme_of_work_or_a_portal_named_by_a_trigger_grants_nothing() {
    for text in [
        "帮助企业解决用工、融资等方面的困难。",
        "知识产权质押融资件数大幅提升。",
        "做好年度评选奖励工作。",
        "完善“一网通办”门户。",
        "为小微企业融资营造良好环境。",
        "积极开展质押融资相关业务。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.benefit_types
                .iter()
                .any(|t| t == "融资支持" || t == "补贴奖励" || t == "环节材料减少"),
            "{text}: {b:?}"
        );
    }
}

#[test]
fn interest_on_a_home_loan_is_a_persons_expense_not_a_loan() {
    let b = extract(
        None,
        "纳税人发生的首套住房贷款利息支出,按照每月1000元的标准定额扣除。",
    );
    assert_eq!(b.benefit_types, ["减税减免"]);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn researchers_are_persons() {
    let b = extract(None, "对科研人员给予现金奖励。");
    assert_eq!(b.benefit_types, ["补贴奖励"]);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn unemployed_workers_employers_and_building_works_name_their_groups() {
    let b = extract(None, "失业职工可在网上申领失业保险金。");
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"]);
    let b = extract(None, "参保单位可网上办理社保登记。");
    assert_eq!(b.beneficiaries, ["所有企业"]);
    let b = extract(None, "将建设工程竣工验收、规划核实作为一件事。");
    assert_eq!(b.beneficiaries, ["建设项目单位"]);
}

#[test]
fn enterprises_named_by_their_business_are_a_sector() {
    let b = extract(None, "对从事农产品加工的企业给予补助。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "支持科技企业上市。对科技企业给予奖励。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(None, "对生产经营困难的企业给予补贴。");
    assert_eq!(b.beneficiaries, ["所有企业"]);
}

#[test]
fn one_field_among_others_implies_no_group() {
    let b = extract(None, "配备服务专员,帮助企业办理融资、保险、通关等事项。");
    assert_eq!(b.beneficiaries, ["所有企业"]);
    let b = extract(None, "压缩进口、出口通关时间。");
    assert_eq!(b.beneficiaries, ["外贸企业"]);
}

#[test]
fn slogans_and_service_hours_are_no_amounts() {
    let b = extract(None, "让群众跑1次腿,提交1次资料。大厅服务24小时“不打烊”。");
    assert!(b.amounts.is_empty(), "{b:?}");
}

#[test]
fn a_title_set_off_by_a_space_heads_the_measure() {
    let b = super::extract(
        Some("企业登记实现全省通办"),
        "企业登记实现全省通办 设置企业开办专窗,申请人可通过全程网办领取营业执照。",
    );
    assert_eq!(b.beneficiaries, ["新开办企业"]);
}

#[test]
fn an_employers_pension_scheme_names_no_enterprise() {
    let b = extract(
        None,
        "个人缴付的企业年金,以及国务院规定可以扣除的其他项目。",
    );
    assert_eq!(b.benefit_types, ["减税减免"]);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn lenders_rules_reserves_and_supply_are_no_grants() {
    for text in [
        "对履行担保审核职责的业务人员实行尽职免责。",
        "有效增加信贷投放。",
        "有贷款余额户数不低于年初水平。",
        "担保赔偿准备金按规定税前扣除。",
        "提供融资规划方面的专业辅导。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.benefit_types.iter().any(|t| t == "融资支持"),
            "{text}: {b:?}"
        );
    }
    // a cut to a lender's procedure still grants fewer steps
    let b = extract(None, "简化贷款审核手续。");
    assert_eq!(b.benefit_types, ["环节材料减少"]);
}

#[test]
fn procedures_cancelled_merged_or_recognised_are_fewer_steps() {
    for text in [
        "全面取消投标报名等事项。",
        "实现数字证书兼容互认。",
        "推行工程建设项目“多测合一”。",
        "推动各部门年报“多报合一”。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
}

#[test]
fn a_legal_check_up_and_costs_the_government_bears_are_granted() {
    let b = extract(None, "组织律师为企业开展法治体检。");
    assert_eq!(b.benefit_types, ["帮办代办"]);
    let b = extract(None, "区域评估费用由政府承担。");
    assert_eq!(b.benefit_types, ["免费"]);
}
