//! Who each clause grants to (2026-12-03, branch ben4): a body opened as the recipient, an
//! exception carved out of a sentence, a partner, a private technology firm, a rule against
//! stacking grants. Each rule with a look-alike it must not take.

use super::extract;

#[test]
fn a_body_opened_as_the_recipient_is_no_enterprise() {
    // a platform rewarded, a condition naming the enterprises it serves in between
    let b = extract(
        None,
        "对全省综合评价排名前10位的工业互联网平台,按照省政策,根据其上年度实际服务企业上云用平台收入情况,每个一次性给予最高200万元奖补。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // a project supported, the means listed before it
    let b = extract(
        None,
        "统筹各类资金的使用,采取股权投资、贴息、补助等方式,重点支持示范区内的重大科技研发、成果转化项目。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert!(b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
    // look-alike: a project that names its enterprise is the enterprise's
    let b = extract(None, "对企业技术改造项目,给予最高100万元补助。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // look-alike: a platform that is only the place of the grant (对接平台) opens no recipient
    let b = extract(None, "对接省金融服务平台,为企业提供融资担保。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn an_exception_names_no_party_and_grants_nothing() {
    // the citizens inside the exception do not make the measure one for citizens
    let b = extract(
        None,
        "本市在除直接涉及国家安全、公共安全和人民群众生命健康等以外的行业、领域,推行政务服务事项办理告知承诺制。申请人承诺符合办理条件的,有关政府部门应当直接作出同意的决定。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["容缺承诺"], "{b:?}");
    // the remissions inside the exception are carved out of a ban: no grant
    let b = extract(
        None,
        "除公路养路费征稽机构按照国家和本市规定的范围减征、免征公路养路费外,任何单位和个人不得擅自减免公路养路费。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // look-alike: 扣除 holds 除 and opens no exception
    let b = extract(
        None,
        "企业研发费用按实际发生额的100%在税前加计扣除,此外另给予补助。",
    );
    assert!(b.benefit_types.contains(&"减税减免".to_owned()), "{b:?}");
}

#[test]
fn a_partner_is_not_the_recipient() {
    // the collective is granted to; 企业 is the partner its shares are put up with
    let b = extract(
        None,
        "鼓励农村集体经济组织将财政补助资金转化为集体股份或者作为与企业合作的股本金。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alike: 与 before no verb of working together names whom the service is for
    let b = extract(
        None,
        "接到用水报装申请后,应于1小时内与用户预约上门服务时间,实行专人负责。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_private_technology_firm_is_a_private_firm() {
    let b = extract(
        None,
        "对有信誉、科技含量高的民营科技企业及其项目,优先予以资金支持。",
    );
    assert_eq!(b.beneficiaries, ["民营企业"], "{b:?}");
    // look-alike: a technology firm with no owner named is a sector, no label
    let b = extract(None, "对科技企业及其项目,优先予以资金支持。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_rule_against_stacking_grants_nothing() {
    let b = extract(
        None,
        "同一主体同一项目获得同类评选奖励的,按照“就高不重复”原则执行。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "对获得评选的企业给予奖励。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}
