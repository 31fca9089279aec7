//! Bans on charging as grants (2026-12-06, branch bene27): a cost a body must bear itself and may
//! not pass on (不得转嫁给市场主体承担) is free to whom it would be passed; a ban on the subject
//! an obligation binds (…机构及其工作人员应当…进行消防设计审查、消防验收…,不得收取费用) goes
//! to whoever would pay, not to the chargers; sampling beside a review an applicant asks for
//! does not make the ban supervision. A body reorganising its own departments (科室, 处室)
//! spares no applicant a step. Each rule with a look-alike it must not take.

use super::{assert_grants_nothing, extract};

#[test]
fn a_cost_not_passed_on_is_free_to_whom_it_would_be() {
    let b = extract(
        None,
        "监管部门在行政审批过程中需要委托中介服务机构开展技术性服务的,应当自行承担服务费用,不得转嫁给市场主体承担。",
    );
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // look-alike: a risk passed on is no fee
    assert_grants_nothing("任何单位不得将经营风险转嫁给合作社。");
}

#[test]
fn a_ban_on_the_bound_subject_goes_to_whoever_would_pay() {
    let b = extract(
        None,
        "住房和城乡建设主管部门、消防救援机构及其工作人员应当按照法定的职权和程序进行消防设计审查、消防验收、备案抽查和消防安全检查,不得收取费用,不得利用消防设计审查、消防验收、备案抽查和消防安全检查谋取利益。",
    );
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    // look-alikes: sampling alone binds the inspectors; bodies named as the object of a
    // regulating verb keep their reading (no group); a group after 向 is the one granted to
    assert_grants_nothing("有关主管部门按照本条例规定对机动车排气污染进行抽检的,不得收取费用。");
    let b = extract(
        None,
        "规范银行业金融机构的收费行为,不得以保证金、承诺费等名义收取不合理费用。",
    );
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(
        None,
        "商业银行等金融机构应当公开收费标准,不得向小微企业收取贷款承诺费等不合理费用。",
    );
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
}

#[test]
fn a_body_reorganising_its_departments_spares_no_step() {
    assert_grants_nothing(
        "按照同类事项一条线运行、一个领导分管、一个科室负责到底原则,推动科室结构和功能由以职能为核心向以流程为核心转变,实行“限时办结、一次办好”。",
    );
    // look-alike: a clause naming the party served still grants
    let b = extract(
        None,
        "合并内设机构职能,为企业提供“一次办好”服务,压缩办理时间50%。",
    );
    assert!(b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
}
