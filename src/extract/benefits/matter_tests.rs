//! A subsidy named as a matter an office handles (补贴事项, …补贴等事项: its application, its
//! certification, its review) is the object of that service, no grant of its clause; a clause
//! that gives the subsidy still grants it (development sets dev9, dev12, dev18). Each test pairs
//! a text with one that reads otherwise.

use super::extract;

#[test]
fn a_subsidy_named_as_a_matter_handled_is_no_grant() {
    let b = extract(
        None,
        "6月底前,将“静默认证”范围扩展至“重度残疾人护理补贴”“高龄老人补贴”等事项。",
    );
    assert!(!b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
    let b = extract(
        None,
        "县级以上人民政府应当建立涉及市场主体的行政许可、证明事项、财政奖励及补贴事项的定期评估制度。",
    );
    assert!(!b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
    let b = extract(None, "对符合条件的高龄老人按月给予高龄老人补贴。");
    assert!(b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
}
