//! Who a grant is for when the text names it by its subject, its condition or its time: a public
//! facility or a use of a public resource as the subject of a free service or a relief serves
//! its users, not enterprises; a condition that only has a party carry out what it names restates
//! other rules' grants; a time a party let pass without acting is his deadline, no time cut.

use super::extract;

#[test]
fn a_facility_or_a_use_as_the_subject_is_no_enterprise() {
    for (text, types) in [
        (
            "场馆及附属体育设施应当提供免费或者低收费的普遍服务。",
            &["免费", "降低费用"][..],
        ),
        (
            "下列用海免缴海域使用金: (一)军事用海; (二)国家重大建设项目用海。",
            &["免费"][..],
        ),
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, types, "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // a facility named as the object, enterprises as the recipient: still theirs
    let b = extract(None, "登记机关应当为企业免费提供办事设施。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_facility_subject_beside_two_groups_keeps_each_amount_bound_to_its_own() {
    let b = extract(
        None,
        "对小微企业给予最高50万元补贴,对高新技术企业给予最高100万元奖励。场馆及附属体育设施应当提供免费或者低收费的服务。",
    );
    assert_eq!(b.beneficiaries, ["小微企业", "高新技术企业"], "{b:?}");
    let bound: Vec<(String, Option<String>)> = b
        .amounts
        .iter()
        .map(|a| (a.text.clone(), a.beneficiary.clone()))
        .collect();
    assert_eq!(
        bound,
        [
            ("最高50万元".to_owned(), Some("小微企业".to_owned())),
            ("最高100万元".to_owned(), Some("高新技术企业".to_owned())),
        ]
    );
}

#[test]
fn a_condition_carried_out_by_another_party_grants_nothing() {
    let b = extract(
        None,
        "法律、法规和国家有关政策规定,给予企业减免税、退税、减息、低息贷款等减轻企业负担措施的,有关单位必须执行。",
    );
    assert!(
        b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
        "{b:?}"
    );
    // a consequence that grants is a grant
    let b = extract(None, "对符合条件的小微企业,应当给予补贴。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
}

#[test]
fn a_time_a_party_let_pass_is_no_time_limit() {
    let b = extract(
        None,
        "丧事承办人在七日内未办理火化手续的,殡仪馆应当书面通知其限期办理。",
    );
    assert!(b.benefit_types.is_empty() && b.amounts.is_empty(), "{b:?}");
    // a body's silence within its time serves the party: still a time limit
    let b = extract(
        None,
        "申请人提交备案材料后,主管部门在十五日内未提出异议的,申请人可以开工。",
    );
    assert!(b.amounts.iter().any(|a| a.text.contains("十五日")), "{b:?}");
}
