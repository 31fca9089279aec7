//! The rules drawn from the misses of the seventh, eighth and ninth sets (development data)
//! by kind: a group named by the document's title, statutory names of groups, fees remitted,
//! advice given in person. Each test pairs a text in the shape a rule handles with a
//! look-alike it must not take.

use super::{extract, extract_in, fill};
use crate::extract::benefits::vocabulary::VOCABULARY;

fn has(list: &[String], want: &str) -> bool {
    list.iter().any(|x| x == want)
}

#[test]
fn a_document_about_one_group_grants_to_it_where_the_measure_names_none() {
    let v = &*VOCABULARY;
    let text = "为企业提供容缺受理服务。";
    let b = extract_in(&["北京市促进中小企业发展条例"], None, text, v);
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
    let b = extract_in(&["广东省外商投资权益保护条例"], None, text, v);
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
    // a title naming a body (服务中心) or no group leaves enterprises in general
    let b = extract_in(&["北京市中小企业服务中心工作规则"], None, text, v);
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract_in(&["广东省优化营商环境条例"], None, text, v);
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // a group the measure names itself decides
    let b = extract_in(
        &["北京市促进中小企业发展条例"],
        None,
        "对个体工商户给予一次性补贴。",
        v,
    );
    assert_eq!(b.beneficiaries, ["个体工商户"], "{b:?}");
}

#[test]
fn the_document_title_is_read_when_a_measure_is_filled() {
    let mut m = crate::Measure {
        id: "d.1".into(),
        doc_id: "d".into(),
        doc_title: "广东省外商投资权益保护条例".into(),
        section: "第二章企业开办".into(),
        text: "符合申请条件,主要申请材料齐全但次要材料缺失的,可以容缺受理。".into(),
        ..Default::default()
    };
    fill(&mut m);
    assert_eq!(m.beneficiaries, ["外资企业"], "{m:?}");
    // a section heading is the domain of an indicator, not the subject of the measure
    m.doc_title = "广东省优化营商环境条例".into();
    fill(&mut m);
    assert!(!has(&m.beneficiaries, "新开办企业"), "{m:?}");
}

#[test]
fn statutory_names_of_workers_and_individual_businesses_are_labels() {
    let b = extract(
        None,
        "农民合同制工人连续工作满一年,劳动合同期满未续订的,可以申请领取一次性生活补助金。",
    );
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
    assert!(has(&b.benefit_types, "补贴奖励"), "{b:?}");
    // farmers as such are persons, no label
    let b = extract(None, "农民销售自产农产品,可以申请领取一次性补助。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(
        None,
        "残疾人申请从事个体工商业的,有关部门优先核发证照,并按规定减免各种收费。",
    );
    assert!(has(&b.beneficiaries, "个体工商户"), "{b:?}");
}

#[test]
fn an_insurance_agency_serves_the_insured() {
    let b = extract(
        None,
        "失业保险经办机构应当自受理申请之日起十日内,审查失业人员是否符合享受失业保险待遇的条件。",
    );
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
    // a body that is no provider of the applicant's matter (托育机构 caring for children)
    let b = extract(None, "托育机构为在园儿童免费提供午餐。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_fee_remitted_is_lowered_a_fee_waived_is_free_neither_is_a_tax_relief() {
    for text in [
        "对公共服务配套幼儿园的物业管理费予以减免。",
        "鼓励会展场所为开展慈善活动提供场地,并减免服务费用。",
        "有关部门按规定减免各种收费。",
    ] {
        // 减免 lowers the fee or waives it whole: both (means_tests), never a tax relief
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["免费", "降低费用"], "{text}: {b:?}");
    }
    let b = extract(None, "未从事道路运输经营的拖拉机免征养路费。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    let b = extract(None, "有关行政管理部门减收管理费。");
    assert_eq!(b.benefit_types, ["降低费用"], "{b:?}");
    // a tax remitted stays a tax relief, beside an expense deducted in the same clause
    let b = extract(
        None,
        "落实小规模纳税人免征增值税、研发费用加计扣除等税收优惠。",
    );
    assert!(has(&b.benefit_types, "减税减免"), "{b:?}");
    assert!(!has(&b.benefit_types, "免费"), "{b:?}");
    let b = extract(None, "对小微企业减免房产税。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    // a deposit remitted is only lowered
    let b = extract(None, "鼓励招标人减免投标保证金。");
    assert_eq!(b.benefit_types, ["降低费用"], "{b:?}");
}

#[test]
fn advice_given_in_person_is_help_a_line_of_what_funds_pay_for_is_not() {
    let b = extract(
        None,
        "依托工作站,免费为青年创新创业提供政策指引、场地对接等服务。",
    );
    assert!(has(&b.benefit_types, "帮办代办"), "{b:?}");
    let b = extract(
        None,
        "县级以上人民政府应当为中小企业提供融资、社会保障等方面的政策咨询。",
    );
    assert!(has(&b.benefit_types, "帮办代办"), "{b:?}");
    for text in [
        "同级财政可一次性拨付一定数额的资金,主要用于资产评估、审计、政策法律咨询等。",
        "职业介绍机构在职业介绍活动中,应当遵守法律、法规。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "帮办代办"), "{text}: {b:?}");
    }
}

/// The law of one trade or industry speaks of that trade's operators: enterprises in general
/// there are a sector, no label (BENEFITS.md rules 1 and 3); a labelled group keeps its label,
/// and a law that is not one trade's (优化营商环境条例) still grants to every enterprise.
#[test]
fn a_law_of_one_trade_grants_its_enterprises_no_label() {
    let v = &*VOCABULARY;
    let text = "鼓励金融机构提供金融支持,降低企业融资成本。";
    let b = extract_in(&["深圳经济特区细胞和基因产业促进条例"], None, text, v);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["降低费用", "融资支持"], "{b:?}");
    let b = extract_in(
        &["广东省道路运输条例"],
        None,
        "作出许可不得收取任何费用。",
        v,
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert!(b.grants.iter().all(|g| g.beneficiaries.is_empty()), "{b:?}");
    let b = extract_in(&["广东省优化营商环境条例"], None, text, v);
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract_in(
        &["深圳经济特区人工智能产业促进条例"],
        None,
        "对中小企业给予融资支持。",
        v,
    );
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
}
