//! Enterprises named beside the party a clause speaks of, not granted to (2026-12-05, branch
//! bene15): the bodies a department acts jointly with (会同…部门以及供电企业) share its work, and
//! the firms 及其 makes someone's (创新创业青年及其团队、企业) are that owner's, a group of their
//! own that is no label. Each rule with a look-alike it must not take.

use super::extract;

#[test]
fn a_firm_acting_jointly_with_a_department_is_no_recipient() {
    let b = extract(
        None,
        "非政府投资建设的景观照明设施纳入景观照明集中控制系统的,可以向所在地区(县)市容环境卫生行政管理部门申请运行电费等景观照明补贴。\n市容环境卫生行政管理部门应当自本条例施行之日起六个月内会同同级财政、自然资源、住房城乡建设等部门以及供电企业,就景观照明补贴的申请标准和程序、补贴标准、考核机制、补贴对象公示等制定实施办法,经本级人民政府同意后公布实施。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // look-alike: a recipient opened after the list of bodies is granted to
    let b = extract(None, "市财政局会同有关部门为企业提供融资担保服务。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn firms_someone_owns_are_no_label() {
    let b = extract(
        None,
        "科技、工业和信息化、人力资源社会保障等部门以及共产主义青年团委员会应当按照相关规定,对符合条件的创新创业青年及其团队、企业给予创业资助。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // look-alikes: firms listed with no owner, and 及其他 (and other), are enterprises in general
    for text in [
        "对符合条件的创新创业团队、企业给予创业资助。",
        "对符合条件的企业及其他组织给予创业资助。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.beneficiaries, ["所有企业"], "{text}: {b:?}");
    }
}
