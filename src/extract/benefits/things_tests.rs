//! What a cut names must be the applicant's time or papers: a firm's own cycle of research or
//! production (缩短产品研发周期) or goods (建筑材料, 包装材料) are no administrative time limit and
//! no material an applicant submits; a time limit one party of a contract owes the other
//! (对方应当…15日内…答复) is no authority's handling of a matter; a research fund's project
//! leader applying (项目负责人…作为申请人) is a scientist, not an enterprise. Each test pairs the
//! text that changed with a look-alike that must stay.

use super::{assert_grants_nothing as nothing, extract};

#[test]
fn a_firms_own_cycle_is_no_time_limit() {
    nothing("企业利用工业互联网平台开展数据驱动的研发设计,缩短产品研发周期,加速产品创新。");
    nothing("实现产品全生命周期协同优化,全面提升企业的市场竞争力。");
    // an approval's cycle cut still grants
    let b = extract(None, "对企业投资项目缩短审批周期。");
    assert!(b.benefit_types.contains(&"时限压缩".to_string()), "{b:?}");
}

#[test]
fn goods_are_no_material_an_applicant_submits() {
    let b = extract(
        None,
        "建设单位不得要求施工单位使用不符合产品质量标准的建筑材料。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "减少包装材料的使用,推广可循环包装。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // papers cut still grant
    let b = extract(None, "精简企业开办申请材料。");
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_string()),
        "{b:?}"
    );
}

#[test]
fn a_time_limit_between_contract_parties_grants_nothing() {
    nothing("承包合同当事人一方要求变更合同,应当及时书面通知对方;对方应当自接到通知书之日起15日内予以书面答复。");
    // an authority's answer to an applicant still grants
    let b = extract(
        None,
        "行政机关应当自受理申请之日起15日内作出决定,并书面答复申请人。",
    );
    assert!(b.benefit_types.contains(&"时限压缩".to_string()), "{b:?}");
}

#[test]
fn a_research_project_leader_applying_is_no_enterprise() {
    let b = extract(
        None,
        "正在资助期内的项目负责人不得作为申请人申请除优秀青年科学基金项目之外的科学基金项目。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // an applicant of a grant with no scientist named is still any enterprise
    let b = extract(None, "对符合条件的申请人给予最高50万元补贴。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}
