//! The rules of branch bene24 (2026-12-06), drawn from the misses of benefits-dev20: firms a
//! programme selects by a title or prize it confers, and a project's lead firm, are a class of
//! their own, not enterprises in general; a subsidy named only by its genus under a pointer to
//! other rules grants nothing; 领办创办 founds an organisation. Each test pairs a text in the
//! shape a rule handles with a look-alike it must not take.

use super::extract;

fn has(list: &[String], want: &str) -> bool {
    list.iter().any(|x| x == want)
}

#[test]
fn firms_selected_by_a_conferred_title_or_prize_are_no_label() {
    for text in [
        "对申报年度新认定为市级智能工厂、数字化车间的企业,分别一次性给予50万元、30万元奖励。",
        "对入选国家级人工智能应用场景的企业给予最高300万元的资金补助。",
        "对获得各级人工智能领域奖项的企业,按照上级到位资金的30%给予奖励。",
        "对开展人工智能重点应用场景建设的牵头企业,提供财政补助。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["补贴奖励"], "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // look-alikes: a condition any firm may meet leaves enterprises general, and a title that
    // is a label keeps its label
    let b = extract(None, "对研发投入持续增长的企业给予研发经费后补助。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "对新认定的高新技术企业给予一次性奖励。");
    assert_eq!(b.beneficiaries, ["高新技术企业"], "{b:?}");
}

#[test]
fn a_subsidy_named_by_its_genus_under_a_pointer_grants_nothing() {
    let b = extract(
        None,
        "被认定为国家级和省级人力资源服务产业园的,依照有关规定享受政府补贴和政策支持。",
    );
    assert!(!has(&b.benefit_types, "补贴奖励"), "{b:?}");
    // look-alikes: a subsidy named by its kind, or the genus given by a granting verb
    for text in [
        "允许租赁农机等设备的实际使用人按规定享受农机购置补贴。",
        "对符合条件的企业,按照有关规定给予政府补贴。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
    }
}

#[test]
fn leading_and_founding_an_organisation_is_no_help_with_a_matter() {
    for text in [
        "支持和引导外出农民工、高校毕业生等领办创办家庭农场、农民专业合作社。",
        "鼓励大中专毕业生、退伍军人等返乡下乡创办领办新型农机服务组织。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "帮办代办"), "{text}: {b:?}");
    }
    // look-alike: 领办 as a service (staff leading an applicant through a matter)
    let b = extract(None, "政务服务中心为企业提供领办、代办服务。");
    assert!(has(&b.benefit_types, "帮办代办"), "{b:?}");
}
