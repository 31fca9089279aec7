//! The rules of branch ben5 (2026-12-03), drawn from the misses of the development sets grouped
//! by kind: a relief named only by its genus under a pointer to other rules, a statute's list
//! of a fund's uses, drafting carried out at once, a benefit named as an attribute of the
//! government's programme, a duty handed between bodies, a document addressed to enterprises.
//! Each test pairs a text in the shape a rule handles with a look-alike it must not take.

use super::{extract, extract_in};
use crate::extract::benefits::vocabulary::VOCABULARY;

fn has(list: &[String], want: &str) -> bool {
    list.iter().any(|x| x == want)
}

#[test]
fn a_relief_named_by_its_genus_under_a_pointer_grants_nothing() {
    for text in [
        "经认定的高新技术企业,按照国家规定享受税收减免等相关优惠。",
        "企业事业单位安排残疾人数超过规定比例的,依照有关规定减免税收。",
        "红十字会兴办的社会福利事业,按照国家有关规定享受减税、免税待遇。",
        // the pointer opens the sentence, the genus is in a later clause
        "经认定登记的技术合同,当事人可以按国家和省有关规定,在科技贷款、减免税收等方面申请优惠。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "减税减免"), "{text}: {b:?}");
    }
    // look-alikes: a relief named by its kind is granted, pointer or not
    for text in [
        "符合条件的企业,按照国家有关规定享受进口自用设备免征关税政策。",
        "企业从事核心技术研究的,按照有关规定享受研究开发费用税前加计扣除等优惠政策。",
        // a genus given by a granting verb is granted
        "税务机关对纳税确有困难的企业,应当按照税收法律、法规的有关规定给予减税、免税。",
        // a genus without a pointer is granted
        "对小微企业实行税收减免。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "减税减免"), "{text}: {b:?}");
    }
}

#[test]
fn a_statute_list_of_a_funds_uses_grants_nothing() {
    let b = extract(
        None,
        "失业保险基金用于失业人员的下列支出:\n(一)失业保险金、一次性生活补助金;\n(二)领取失业保险金期间的医疗补助金、生育补助金;\n(三)国务院规定的其他费用。",
    );
    assert!(
        b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
        "{b:?}"
    );
    let b = extract(
        None,
        "县乡公路养护资金的主要来源和使用:\n(一)国家和省拨付的县乡公路养护补助资金,全部用于县乡公路养护;\n(二)其他资金,全部用于县乡公路养护。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // look-alike: a list of what a party receives, under a lead naming no fund, grants
    let b = extract(
        None,
        "失业人员可以享受下列待遇:\n(一)领取失业保险金;\n(二)领取一次性生活补助金。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // look-alike: a line after the list that opens with no enumerator grants again
    let b = extract(
        None,
        "专项资金用于下列事项:\n(一)技术攻关;\n对小微企业给予一次性补贴。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
}

#[test]
fn drafting_carried_out_at_once_grants() {
    let b = extract(
        None,
        "发生突发事件的,市、区人民政府应当根据经营主体遭受的损失,制定并组织实施救助、补偿、补贴、减免等措施。",
    );
    assert!(has(&b.benefit_types, "补贴奖励"), "{b:?}");
    assert!(has(&b.benefit_types, "减税减免"), "{b:?}");
    // look-alike: drafting alone grants nothing yet
    let b = extract(
        None,
        "市、区人民政府应当根据经营主体遭受的损失,制定救助、补偿、补贴、减免等措施。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_benefit_named_as_an_attribute_of_the_programme_grants_nothing() {
    for text in [
        "组织有关部门合理确定享受政策的困难企业范围,合理确定补贴等标准。",
        "进一步扩大职业院校助学金覆盖面,完善补助标准动态调整机制。",
        "有关部门制定政策时,应当将文明示范行为记录作为优惠、奖励的参考。",
        "严格规范财政补贴的发放程序。",
        "加强正向激励,拉开奖励差距。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
    }
    // look-alike: a subsidy whose rate follows its grant is granted
    let b = extract(None, "对小微企业给予补贴,补贴按每人1000元发放。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // look-alike: a subsidy programme's fund paid out is granted
    let b = extract(None, "兑现知识产权奖励资助项目资金136.8万元。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn a_case_handed_to_another_body_within_a_time_is_a_duty() {
    for text in [
        "不属于本行政机关职能范围的矛盾纠纷,应当在三个工作日内移送给有管辖权的行政机关。",
        "公安交通管理机关发现无照经营的,可暂扣车辆,并在5日内移送工商行政管理机关处理。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.amounts.is_empty(),
            "{text}: {b:?}"
        );
    }
    // look-alike: a time within which the applicant's matter is decided is the applicant's
    let b = extract(None, "行政机关应当自受理申请之日起十日内作出决定。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
}

#[test]
fn a_document_addressed_to_enterprises_speaks_of_them_in_every_measure() {
    let v = &*VOCABULARY;
    let text = "推广车辆检验检测“交钥匙”服务。实行业务全流程“一窗通办”。";
    let b = extract_in(&["山东省营商环境创新2022年行动计划"], None, text, v);
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // look-alike: the same measure in a plan not addressed to enterprises names no group
    let b = extract_in(&["山东省交通运输发展规划"], None, text, v);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alike: a measure of such a plan that speaks only of citizens stays theirs
    let b = extract_in(
        &["山东省营商环境创新2022年行动计划"],
        None,
        "实现群众户籍业务全程网办。",
        v,
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}
