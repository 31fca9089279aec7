//! Units and persons named by what they do (issue 13, branch bene37; benefits-dev20 d0219.5):
//! 对研究开发…新技术的单位和个人给予奖励 grants to the doers of that activity, a group of its own
//! that is no label, not 所有企业; a place or a condition in the relative leaves them general.

use super::extract;

#[test]
fn units_and_persons_named_by_an_activity_are_no_label() {
    for text in [
        "对研究开发和引进利用适应当地农业生产需要并具有重要推广价值的农业机械新产品、新技术的单位和个人,县级以上人民政府应当给予资金扶持或者奖励。",
        "市、县(市、区)人民政府可以对开展社会教育服务活动较好的单位和个人给予扶持和奖励。",
    ] {
        let b = extract(None, text);
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
        assert_eq!(b.benefit_types, ["补贴奖励"], "{text}: {b:?}");
    }
    // look-alikes: a place or a condition names no activity, the party stays general
    let b = extract(
        None,
        "本市各级人民政府及有关部门对示范区内的组织和个人办理行政许可、审批、年检和其他服务、管理事项,应当简化程序、缩短期限。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "对符合条件的单位和个人给予一次性补贴。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}
