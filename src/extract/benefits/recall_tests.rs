//! Rules drawn from a recall audit over unannotated text (the development corpus and 418 real
//! documents): ways Chinese government texts grant a benefit that no trigger read before.

use super::extract;

#[test]
fn the_means_listed_before_dengfangshi_grant() {
    let b = extract(None, "通过补助、贷款贴息等方式,支持中小企业开展技术改造。");
    assert_eq!(b.benefit_types, ["补贴奖励", "融资支持"], "{b:?}");
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
    // the items before 「等政策」 still only name policies, a trigger before 方式 how a
    // programme pays
    let b = extract(None, "完善信贷、股权投资等政策。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "创新科研项目资助方式。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_fee_not_charged_is_free() {
    let b = extract(None, "办理企业登记的,登记机关不收取登记费用。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn parallel_and_joint_reviews_are_fewer_steps() {
    let b = extract(None, "涉及行政审批的,实行并联审批,2个工作日内办结。");
    assert_eq!(b.benefit_types, ["时限压缩", "环节材料减少"], "{b:?}");
    for text in [
        "各项注销业务并联办理。",
        "实行联合审图。",
        "对节能评价等评估评价事项实行区域评估。",
        "不再对区域内市场主体单独提出评估要求。",
        "信息未变更的,无需重复进行功能测试。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
}

#[test]
fn top_talents_are_high_level_talents() {
    let b = extract(None, "对引进的顶尖人才给予一次性奖励。");
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
}

#[test]
fn a_window_moved_to_users_and_costs_in_the_land_price_are_granted() {
    let b = extract(None, "抵押登记窗口前移至金融机构。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
    let b = extract(None, "相关评估和调查费用纳入土地储备成本。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    let b = extract(None, "降低投标保证金缴纳比例。");
    assert_eq!(b.benefit_types, ["降低费用"], "{b:?}");
    let b = extract(
        None,
        "同一园区内的项目联合编制环评文件,单个项目不再开展环评。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}
