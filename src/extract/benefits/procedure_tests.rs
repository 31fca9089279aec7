//! What the words of a procedure grant and to whom: a complaint a body must answer in a time
//! serves the complainant as an application does; 第一次 counts acts and spares none; a way of
//! serving named as the level a body raises is its own quality; money the treasury moves is no
//! grant (development sets dev4, dev9, dev13, dev20). Each test pairs a text with one that
//! reads otherwise.

use super::extract;

#[test]
fn a_time_counted_from_a_complaint_serves_the_complainant() {
    let b = extract(
        None,
        "投标人和其他利害关系人认为招标投标活动违反本条例规定的,有权向有关行政监督部门投诉。行政监督部门应当自收到投诉之日起三个工作日内决定是否受理投诉。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    // consumers complaining are persons: no enterprise is served
    let b = extract(
        None,
        "消费者可以向市场监督管理部门投诉。市场监督管理部门应当自收到投诉之日起七个工作日内决定是否受理。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn an_ordinal_counts_acts_and_spares_no_step() {
    let b = extract(
        None,
        "另行选举时,根据在第一次投票时得票多少的顺序,确定候选人名单。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "推行企业各项税费一次缴纳。");
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_owned()),
        "{b:?}"
    );
}

#[test]
fn a_level_of_service_raised_is_the_bodys_own_quality() {
    let b = extract(
        None,
        "开展业务培训与考核,提高工作人员的综合业务素质及“一窗受理”水平。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "为企业全面推行“一窗受理”。");
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_owned()),
        "{b:?}"
    );
}

#[test]
fn money_moved_by_the_treasury_is_no_grant() {
    for text in [
        "补贴经费要在省(市)财政预算中单独列支,专款专用。",
        "高新区财政部门收到补贴资金后按规定期限及时拨付至建设运营主体。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    // the money paid to a group named in its clause is granted to it
    let b = extract(None, "财政部门将补贴资金及时拨付至企业。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}
