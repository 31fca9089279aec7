//! Texts that tell of work rather than grant: a sentence reporting what was given (今年以来,
//! 累计为…企业减免…), a research call's applicant (申请书, 资助强度: a researcher, no enterprise),
//! a project's own cycle (缩短项目建设周期: its building time, no authority's time limit), and the
//! sibling clauses of an authority's own work (定期召开…联席会议,整合作业流程; …的证明事项,编制
//! 《…清单》). Each test pairs the text that changed with a look-alike that must stay.

use super::{assert_grants_nothing as nothing, extract};

#[test]
fn a_report_of_work_done_grants_nothing() {
    nothing("今年以来,累计为企业减免税费3.2亿元,已发放稳岗补贴1200万元。");
    nothing("2021年以来,全市已为企业发放稳岗补贴1200万元。");
    nothing("全市已发放稳岗补贴1200万元,惠及企业3000余家。");
    // a grant done as a condition still grants
    let b = extract(None, "对2020年已发放的创业担保贷款,给予贴息。");
    assert!(!b.benefit_types.is_empty(), "{b:?}");
    // a cap on a grant's total is no report
    let b = extract(
        None,
        "对新设立的企业给予三年100%房租补贴,单个企业累计补贴金额不超过100万元。",
    );
    assert!(b.benefit_types.contains(&"补贴奖励".to_owned()), "{b:?}");
    // a service launched, in the sentence before the report's totals, still grants
    let b = extract(
        None,
        "为企业免费提供印章。截至目前,累计为1657家企业提供了服务。",
    );
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn a_research_calls_applicant_is_no_enterprise() {
    for text in [
        "申请人完成申请书撰写后,在线提交电子申请书及附件材料。",
        "资助期限一般为1-3年,资助强度一般不超过100万元/年。申请人可根据研究工作的实际需要选择资助期限。",
    ] {
        let b = extract(None, text);
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // an applicant elsewhere is still every enterprise
    let b = extract(None, "申请人可在线提交申请材料,实行容缺受理。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_projects_own_cycle_is_no_time_limit() {
    nothing("缩短项目建设周期,加快项目落地。");
    nothing("优化施工组织,缩短施工周期。");
    let b = extract(None, "项目实施周期不超过3年,对企业给予最高50万元补贴。");
    assert!(
        b.amounts.iter().all(|a| a.value != 3.0),
        "the cycle is no amount: {b:?}"
    );
    // a processing cycle cut still grants
    let b = extract(None, "对企业投资项目缩短审批周期。");
    assert!(b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
}

#[test]
fn sibling_clauses_of_an_authoritys_own_work_grant_nothing() {
    nothing("2020年3月底前,加强部门间联系配合,定期召开口岸船舶检查联席会议,整合作业流程,开展船舶联合登临检查。");
    nothing("各部门根据上级确定实行告知承诺制试点的证明事项,编制《告知承诺证明事项清单》,并向社会公布。");
    // a clause naming the party served still grants
    let b = extract(
        None,
        "定期召开联席会议,研究解决企业融资问题,为企业提供融资担保。",
    );
    assert_eq!(b.benefit_types, ["融资支持"], "{b:?}");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // a grant after the list compiled is one
    let b = extract(
        None,
        "编制事项清单,对清单内事项实行告知承诺制,企业可免于提交证明材料。",
    );
    assert!(!b.benefit_types.is_empty(), "{b:?}");
}
