//! Sentences that look like grants and are none: money for the state's own bodies and
//! offices, a grant taken back, a fund's sources, an employer's duty to its workers, an
//! authority's publishing deadline, the procedure of deciding a grant, a securities market;
//! and the costs a text keeps off the applicant or lowers for him.

use super::{assert_grants_nothing as nothing, extract};

#[test]
fn pay_of_a_public_bodys_staff_is_no_benefit() {
    nothing("市、区中医药主管部门、财政部门应当建立健全政府举办的中医医疗机构绩效考核制度,对其人员的基本工资、国家规定范围内的津贴给予相应补助。");
}

#[test]
fn a_deputys_allowance_is_no_benefit() {
    nothing("无固定工资收入的代表执行代表职务,根据实际情况由本级财政给予适当补贴。");
}

#[test]
fn a_subsidy_taken_back_grants_nothing() {
    nothing("享受政府补贴或者政策优惠的养老服务企业事业单位和社会组织没有履行相应义务的,由发放补贴的部门收回补贴,取消其享受优惠的资格,并记入本市信用信息系统。");
    nothing("领取《独生子女父母光荣证》后又生育的,终止享受相关的优惠待遇,注销《独生子女父母光荣证》,其期间领取的独生子女父母奖励费不再收回。");
}

#[test]
fn a_funds_sources_grant_nothing() {
    nothing("基本养老保险基金由下列各项构成:\n(一)用人单位缴纳的基本养老保险费;\n(二)依法收取的滞纳金;\n(三)财政补贴;\n(四)其他资金。");
}

#[test]
fn an_employers_duty_to_its_workers_is_no_benefit() {
    nothing("煤矿企业应当对职工进行安全生产教育、培训,并为每位职工免费发放煤矿职工安全手册;未经安全生产教育、培训的,不得上岗作业。");
    // the government serving workers still grants
    let b = extract(None, "人力资源社会保障部门为失业人员免费提供职业介绍服务。");
    assert!(b.benefit_types.contains(&"免费".to_owned()), "{b:?}");
}

#[test]
fn an_authoritys_publishing_deadline_is_no_time_limit() {
    nothing("其他审计结果经履行规定的审核程序后7个工作日内,由审计机关向社会公布。");
    nothing("征收土地申请经依法批准后,县级以上人民政府应当在收到批准文件之日起十五个工作日内,在拟征收土地所在的乡镇和村范围内发布征收土地公告并组织实施。");
    // a decision published after it stays the applicant's limit
    let b = extract(
        None,
        "审批机关应当自受理申请之日起十个工作日内作出决定并予以公告。",
    );
    assert!(b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
}

#[test]
fn a_proposed_grant_is_a_step_of_deciding_it() {
    nothing("市工业和信息化局根据第三方社会中介机构出具的审核意见,研究确定拟给予补贴的金额,并按规定向社会公示。");
}

#[test]
fn a_securities_quotation_system_is_no_agent() {
    let b = extract(
        None,
        "鼓励区内未上市高新技术企业进入代办股份报价转让系统进行股份转让。",
    );
    assert!(!b.benefit_types.contains(&"帮办代办".to_owned()), "{b:?}");
}

#[test]
fn a_cost_kept_off_the_market_is_free() {
    let b = extract(None, "区域评估费用不得由市场主体承担。");
    assert!(b.benefit_types.contains(&"免费".to_owned()), "{b:?}");
}

#[test]
fn a_utility_preference_lowers_costs() {
    let b = extract(
        None,
        "市、区人民政府及其有关部门可以通过提供场地、购买服务、给予市政公用服务优惠等方式,提供必要的支持。",
    );
    assert!(b.benefit_types.contains(&"降低费用".to_owned()), "{b:?}");
}

#[test]
fn a_proposal_on_a_grant_is_a_step_of_deciding_it() {
    nothing("公示期为5个工作日,公示无异议后,按照有关规定提出资金补贴意见。");
}

/// The words of a benefit of none of the nine types (不受…限制, 预留采购份额, 不得拖欠…账款,
/// 不得…歧视) in other words grant nothing: an application refused (拒不受理), a status left as
/// it was (不受影响), the law's guard of a body's own affairs (不受任何组织和个人的非法干涉),
/// room kept free while building (同步预留), a party's own arrears (拖欠租金), a rule the party
/// must keep (非歧视规则); the benefits themselves still grant.
#[test]
fn words_of_a_non_type_benefit_in_other_words_grant_nothing() {
    nothing("该项目承担团队、企业和个人再次申报财政资金支持的创新创业项目不受影响。");
    nothing("社会团体按其章程开展活动和管理内部事务,不受任何组织和个人的非法干涉。");
    nothing("新建道路将要设置电子收费设施的,应当同步预留强弱电条件。");
    nothing("承租人有下列行为之一的,出租人可以解除租赁合同:\n(一)擅自改变房屋用途的;\n(二)拖欠租金达六个月以上的。");
    nothing("市场主体基于公平、合理、非歧视规则实施随机性交易。");
    nothing(
        "经办机构对用人单位依法申报参加工伤保险,无正当理由拒不受理的,由劳动保障行政部门责令改正。",
    );
    let b = extract(
        None,
        "向中小企业预留的采购份额应当占年度政府采购项目预算总额的百分之四十以上。",
    );
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
    let b = extract(
        None,
        "外国高端人才办理工作许可,可以不受年龄、学历和工作经历限制。",
    );
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
    let b = extract(None, "国有企业不得利用优势地位拖欠民营企业账款。");
    assert_eq!(b.beneficiaries, ["民营企业"], "{b:?}");
}
