//! Readings drawn from the look-alikes of the twelfth and thirteenth development sets: texts that
//! name a benefit while they describe the government's own work, a lower government's, the
//! lenders' or a party's duty. A contract a taxpayer keeps (贷款合同) is a document; training given
//! to the bodies of cities and counties (对市、县融资担保机构) goes to governments; staff named
//! answerable for a body's own work (明确专人负责) serve no applicant, and 创办领办 founds an
//! organisation; the central bank's relending (再贷款资金支持) funds lenders; a free look-up of
//! laws (免费法律法规查询) is publication. Each test pairs the text that changed with a look-alike
//! that must stay as it was.

use super::extract;

#[test]
fn a_loan_contract_kept_for_inspection_grants_no_credit() {
    let b = extract(None, "纳税人应当留存住房贷款合同、贷款还款支出凭证备查。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // a loan extended still grants
    let b = extract(None, "对符合条件的小微企业发放信用贷款,简化贷款手续。");
    assert!(b.benefit_types.contains(&"融资支持".to_string()), "{b:?}");
}

#[test]
fn help_given_to_the_bodies_of_cities_and_counties_is_no_enterprise_benefit() {
    let b = extract(
        None,
        "省级担保、再担保基金要加强对市、县融资担保机构的业务培训和技术支持,提升辅导企业发展能力。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // help given to enterprises still grants
    let b = extract(
        None,
        "税务部门要加强对小微企业的辅导,帮助企业用足用好政策。",
    );
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
}

#[test]
fn staff_answerable_for_own_work_or_founding_an_organisation_serve_no_applicant() {
    for text in [
        "各级行政执法机关要明确具体负责本单位重大执法决定法制审核的工作机构,确保法制审核工作有机构承担、有专人负责。",
        "各有关省人民政府应明确专人负责,及时协调解决援藏办学中的问题。",
        "鼓励大中专毕业生、退伍军人、科技人员等返乡下乡创办领办新型农机服务组织。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    // staff following an applicant's case still help him
    let b = extract(
        None,
        "接到用水用气报装申请后,实行专人负责,及时跟进办理进度,实现全流程跟踪。",
    );
    assert!(b.benefit_types.contains(&"帮办代办".to_string()), "{b:?}");
}

#[test]
fn relending_funds_lenders_and_a_free_look_up_of_laws_is_publication() {
    let b = extract(None, "用足用好再贷款资金支持,加强再贷款全流程监控。");
    assert!(!b.benefit_types.contains(&"补贴奖励".to_string()), "{b:?}");
    let b = extract(
        None,
        "不断充实中央政府门户网站栏目,以便为公众提供更多、更全面的免费法律法规查询服务。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // a subsidy and a free service to firms still grant
    let b = extract(
        None,
        "对新招用就业困难人员的小微企业给予社会保险补贴,免费提供政策咨询。",
    );
    assert!(b.benefit_types.contains(&"补贴奖励".to_string()), "{b:?}");
    assert!(b.benefit_types.contains(&"免费".to_string()), "{b:?}");
}
