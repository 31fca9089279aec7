//! Who a measure grants to when persons found a firm, and when a law on ethnic minorities gives
//! them priority (issue 13, branch bene37; benefits-dev20 d0119.3-23, benefits-dev8 d0128.10):
//! the firm a labelled group of persons founds is their act, no new enterprise granted to; the
//! economic development projects a government allocates are no building project, and the
//! minorities and their townships it favours are persons and places, no firm. Each rule with a
//! look-alike it must not take.

use super::extract;

#[test]
fn a_firm_founded_by_jobseekers_is_their_act() {
    let b = extract(
        None,
        "失业人员在失业保险金领取期限未满前开办企业、社会服务机构或者从事个体经营的,凭营业执照或者登记证书及纳税证明,可以向原失业保险金领取地社会保险经办机构申请一次性领取已经核定而尚未领取期限的失业保险金。",
    );
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
    // look-alikes: a new firm named as the party granted to keeps its label, and so does a
    // firm the persons founded named as the head of its phrase
    let b = extract(None, "对新开办企业免费刻制首套印章。");
    assert_eq!(b.beneficiaries, ["新开办企业"], "{b:?}");
    let b = extract(None, "对高校毕业生和新开办企业给予一次性创业补贴。");
    assert!(b.beneficiaries.contains(&"新开办企业".to_owned()), "{b:?}");
}

#[test]
fn priority_for_ethnic_minorities_goes_to_no_firm() {
    for text in [
        "有关部门在安排经济建设项目和专项资金、贷款,开展对口支援和经济技术协作等方面,应当对民族乡和散居少数民族聚居的管理区优先给予照顾和扶持。",
        "各级人民政府和有关部门在安排经济建设项目和专项资金、贷款、物资,提供产供销服务,开展对口支援和经济技术协作等方面,应当根据少数民族的特点和需要优先给予扶持,帮助少数民族发展经济。",
    ] {
        let b = extract(None, text);
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // look-alike: a building project's owner is still served
    let b = extract(None, "对社会投资建设项目实行全程代办服务。");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
}

#[test]
fn a_toll_free_road_is_no_free_service() {
    for text in [
        "不收费公路交通标志、标线的设置,由建设单位负责。",
        "不收费县道需改线的,报市人民政府交通主管部门批准。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // look-alike: a service given free still grants
    let b = extract(None, "对新开办企业免费刻制首套印章,不收费。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}
