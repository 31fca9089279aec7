//! Who a talent programme pays (issue 13, `tests/eval/benefits-dev18.jsonl`): graduates named
//! by their school are its recruits, not jobseekers.

use super::extract;

#[test]
fn graduates_named_by_their_school_are_no_jobseekers() {
    let b = extract(
        None,
        "引进“双一流”建设高校的毕业生,按每人最高5000元标准给予一次性补助。",
    );
    assert!(
        !b.beneficiaries.contains(&"农民工和就业困难人员".to_owned()),
        "{b:?}"
    );
    // look-alike: graduates named as such are still jobseekers
    let b = extract(None, "对高校毕业生给予一次性求职创业补贴。");
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
}
