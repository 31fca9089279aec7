//! Times a statute sets that serve no applicant: the party's own deadline to apply, hand in or
//! correct (向登记机关申请注销登记 within a time, 在十五个工作日内补正), a period bounded from
//! below (公告期不少于五个工作日). Each test pairs the text that must not grant with one that must.

use super::extract;

#[test]
fn the_partys_own_deadline_to_apply_or_correct_is_no_processing_time() {
    for text in [
        "社会团体解散的,应当在清算结束后十五日内,向登记管理机关申请注销登记。",
        "机动车所有人对检测结果有异议的,可以在接到通知书之日起七个工作日内,向生态环境主管部门申请复检。",
        "投诉材料不齐全的,主管部门应当书面通知投诉人在十五个工作日内补正。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.benefit_types.iter().any(|t| t == "时限压缩") && b.amounts.is_empty(),
            "{text}: {b:?}"
        );
    }
    // a body acting toward the applicant within a time serves him
    for text in [
        "登记机关应当自受理申请之日起十个工作日内向申请人出具登记决定书。",
        "主管部门应当自收到复检申请之日起七个工作日内作出决定。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["时限压缩"], "{text}: {b:?}");
        assert_eq!(b.amounts.len(), 1, "{text}: {b:?}");
    }
}

#[test]
fn a_period_bounded_from_below_is_no_processing_time() {
    let b = extract(
        None,
        "镇人民政府应当将审批结果予以公告,公告期不少于五个工作日。",
    );
    assert!(b.benefit_types.is_empty() && b.amounts.is_empty(), "{b:?}");
    // a floor on a free period sizes the free grant of its clause
    let b = extract(None, "实行停车收费的,免费停车时间不得少于三十分钟。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert_eq!(b.amounts.len(), 1, "{b:?}");
    assert_eq!(b.amounts[0].value, 30.0, "{b:?}");
}
