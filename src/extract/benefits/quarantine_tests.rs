//! Quarantine and checks spared: 检疫 concerns traders only at the border (口岸, 进出境), a
//! province's quarantine of its own livestock concerns no trader; a check an applicant no longer
//! undergoes (不再实施检疫, 免于登记) is a step spared (development sets dev7, dev8). Each test
//! pairs a text with one that reads otherwise.

use super::extract;

#[test]
fn quarantine_implies_traders_only_at_the_border() {
    let b = extract(
        None,
        "本省流通的动物产品,已经检疫合格且满足可追溯条件的,不再实施检疫。",
    );
    assert!(!b.beneficiaries.contains(&"外贸企业".to_owned()), "{b:?}");
    let b = extract(
        None,
        "经口岸检疫合格且满足可追溯条件的动物产品,不再实施检疫。",
    );
    assert!(b.beneficiaries.contains(&"外贸企业".to_owned()), "{b:?}");
}

#[test]
fn a_check_no_longer_done_is_a_step_spared() {
    let b = extract(
        None,
        "本省流通的动物产品,已经检疫合格且满足可追溯条件的,不再实施检疫。",
    );
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_owned()),
        "{b:?}"
    );
    let b = extract(None, "本省流通的动物产品,应当依法实施检疫。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_check_spared_inside_a_relative_clause_describes_the_thing() {
    // the vehicles another rule exempts, named by that exemption: this sentence spares nothing
    let b = extract(
        None,
        "机动车排放检验周期与机动车安全技术检验周期一致,免于安全检验上线检测的车辆不进行排放检验。",
    );
    assert!(
        !b.benefit_types.contains(&"环节材料减少".to_owned()),
        "{b:?}"
    );
    // the same exemption as the clause's own predicate spares the check
    let b = extract(
        None,
        "机动车排放检验周期与机动车安全技术检验周期一致,六年以内的非营运小型车辆免于安全检验上线检测。",
    );
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_owned()),
        "{b:?}"
    );
}
