//! How laws and regulations grant: an article's lead sentence is a provision, a statutory limit
//! runs from the applicant's request, a ban protects the group it names, a fee or a rent
//! remitted is a cost lowered, and drafting a policy grants nothing yet. Each test pairs the
//! text that must not grant with one that must.

use super::{extract, fill};
use crate::Measure;

fn measure(number: &str, title: &str, text: &str) -> Measure {
    let mut m = Measure {
        number: number.to_owned(),
        title: Some(title.to_owned()),
        text: text.to_owned(),
        ..Measure::default()
    };
    fill(&mut m);
    m
}

#[test]
fn an_articles_lead_sentence_is_a_provision_a_plans_heading_is_not() {
    let lead = "主管部门受理申请后应当在二十日内作出行政许可决定";
    let text = format!("{lead}。不符合条件的,不予行政许可,并书面说明理由。");
    let m = measure("第十四条", lead, &text);
    assert_eq!(m.benefit_types, ["时限压缩"], "{m:?}");
    // a plan's item is headed by its goal, which grants nothing by itself
    let m = measure(
        "(一)",
        "压缩办理时间",
        "压缩办理时间。建立企业服务专班,定期走访企业。",
    );
    assert!(m.benefit_types.is_empty(), "{m:?}");
}

#[test]
fn a_time_counted_from_the_applicants_request_is_a_statutory_limit() {
    // 接受投诉: the complaint reaches the body; 认定 names the matter decided, no target
    for text in [
        "应当自接受投诉之日起5个工作日内作出答复。",
        "应当自受理工伤认定申请之日起六十日内作出工伤认定的决定。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["时限压缩"], "{text}: {b:?}");
        assert_eq!(b.amounts.len(), 1, "{text}: {b:?}");
    }
    // counted from a day of the government's own work, it is its deadline
    let b = extract(None, "自本办法印发之日起60日内完成认定工作。");
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_couple_or_a_homestead_names_persons() {
    let b = extract(None, "实行计划生育的育龄夫妻免费享受基本项目的技术服务。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(
        None,
        "对符合宅基地用地规定的,应当在20个工作日内办理建房规划许可审批。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // a builder's permit stays the builder's
    let b = extract(None, "对建设单位,应当在20个工作日内办理规划许可审批。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
}

#[test]
fn a_subsidy_not_repaid_is_no_free_service() {
    let b = extract(None, "通过无偿资助、贷款贴息等方式支持成果转化。");
    assert!(!b.benefit_types.contains(&"免费".to_owned()), "{b:?}");
    assert!(b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
    let b = extract(None, "为企业无偿提供办公场地。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn an_allowance_is_a_subsidy_to_whom_it_names() {
    let b = extract(None, "获得大师称号的,享受专项津贴以及高层次人才相关服务。");
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    let b = extract(None, "查处违规发放津贴行为。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_proof_the_applicant_need_not_provide_is_an_exemption() {
    let b = extract(
        None,
        "申请办理居住证时,可以免予其提供常住地址相关证明材料。",
    );
    // an exemption, and one material fewer (means_tests)
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
    let b = extract(None, "对首次违法的,免予行政处罚。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn firms_defined_elsewhere_by_investors_or_by_trade_are_no_label() {
    for text in [
        "信贷部门对第二十三条所列企业,在贷款利率方面应给予优惠。",
        "台湾同胞投资企业所需的资金,银行应优先贷款。",
        "引导金融机构为数字技术企业提供融资服务。",
        "创新型种业企业可以享受研发费用加计扣除。",
    ] {
        let b = extract(None, text);
        assert!(!b.benefit_types.is_empty(), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    let b = extract(None, "银行应对企业优先贷款。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn staff_who_keep_a_facility_serve_no_applicant() {
    let b = extract(None, "公共厕所由专人管理,按时清扫。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "安排专人为企业上门服务。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
}

#[test]
fn a_fee_or_rent_remitted_is_a_cost_lowered_a_tax_remitted_is_relief() {
    let b = extract(None, "符合条件的,可以减免租赁费用。");
    assert_eq!(b.benefit_types, ["免费", "降低费用"], "{b:?}");
    let b = extract(None, "对小微企业减免相关税费。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
}

#[test]
fn a_fare_cut_is_a_price_lowered_a_preference_policy_is_not() {
    let b = extract(None, "老年人可享受优惠乘车或者免费乘车待遇。");
    assert_eq!(b.benefit_types, ["免费", "降低费用"], "{b:?}");
    let b = extract(None, "对引进企业实行优惠政策。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn legal_aid_helps_with_a_case_its_office_is_a_body() {
    let b = extract(None, "经济困难的老年人有依法获得法律援助的权利。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
    let b = extract(None, "县级人民政府设立法律援助机构。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_fee_banned_for_a_group_is_free_to_it_a_ban_on_overcharging_is_supervision() {
    let b = extract(None, "金融机构不得向小微企业收取贷款承诺费。");
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
    assert!(b.benefit_types.contains(&"免费".to_owned()), "{b:?}");
    let b = extract(None, "严禁向企业违规收取费用。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_time_limit_shortened_is_a_time_cut() {
    let b = extract(None, "办理行政许可,应当简化程序、缩短期限。");
    assert!(b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
    let b = extract(None, "明确整改期限。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn drafting_a_policy_or_naming_topics_grants_nothing_yet() {
    let b = extract(
        None,
        "有关部门可以在法定权限内制定招商引资奖励等促进政策措施。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "当事人可以在科技贷款等方面申请优惠。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "对引进企业给予奖励。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn lenient_enforcement_lists_remit_no_charge() {
    let b = extract(None, "推行行政执法减免责清单制度。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "对企业减免行政事业性收费。");
    assert!(!b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_fast_track_or_goods_released_at_once_is_a_time_cut() {
    let b = extract(None, "对简单案件快速审理。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    let b = extract(None, "进口食品在抽样后即放行。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    let b = extract(None, "提高案件审理质量。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_ban_on_arrears_or_discrimination_protects_the_group_it_names() {
    let b = extract(None, "大型企业不得利用优势地位拖欠民营企业、中小企业账款。");
    assert_eq!(b.beneficiaries, ["中小企业", "民营企业"], "{b:?}");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "不得针对外商投资企业实施歧视性政策措施。");
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
    // a ban on anything else still grants nothing
    let b = extract(None, "不得对民营企业放宽准入条件。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_pointer_to_tax_preferences_grants_nothing_a_named_relief_does() {
    let b = extract(
        None,
        "从事农业机械作业服务的收入,按照国家规定给予税收优惠。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "从事农业机械作业服务的收入,免征增值税。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
}

#[test]
fn a_matter_among_fields_is_no_group_a_matter_granted_to_is() {
    let b = extract(
        None,
        "推动电子证照在房屋交易登记、企业开办、纳税等领域“一证通用”。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "推动电子证照在企业开办中“一证通用”。");
    assert_eq!(b.beneficiaries, ["新开办企业"], "{b:?}");
    // fields that qualify a group name the group's firms
    let b = extract(None, "将小微、涉农等领域更多市场主体纳入金融辅导。");
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
}

#[test]
fn a_fast_track_named_as_the_procedure_applied_is_a_time_cut() {
    let b = extract(None, "案情简单的破产案件适用快速审理方式。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    // a way a programme pays is no grant of its own
    let b = extract(None, "完善资助方式。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}
