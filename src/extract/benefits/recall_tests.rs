//! Rules drawn from a recall audit over unannotated text (the development corpus and 418 real
//! documents): ways Chinese government texts grant a benefit that no trigger read before.

use super::extract;

#[test]
fn the_means_listed_before_dengfangshi_grant() {
    let b = extract(None, "通过补助、贷款贴息等方式,支持中小企业开展技术改造。");
    assert_eq!(b.benefit_types, ["补贴奖励", "融资支持"], "{b:?}");
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
    // the items before 「等政策」 still only name policies, a trigger before 方式 how a
    // programme pays
    let b = extract(None, "完善信贷、股权投资等政策。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "创新科研项目资助方式。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_fee_not_charged_is_free() {
    let b = extract(None, "办理企业登记的,登记机关不收取登记费用。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn parallel_and_joint_reviews_are_fewer_steps() {
    let b = extract(None, "涉及行政审批的,实行并联审批,2个工作日内办结。");
    assert_eq!(b.benefit_types, ["时限压缩", "环节材料减少"], "{b:?}");
    for text in [
        "各项注销业务并联办理。",
        "实行联合审图。",
        "对节能评价等评估评价事项实行区域评估。",
        "不再对区域内市场主体单独提出评估要求。",
        "信息未变更的,无需重复进行功能测试。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["环节材料减少"], "{text}: {b:?}");
    }
}

#[test]
fn top_talents_are_high_level_talents() {
    let b = extract(None, "对引进的顶尖人才给予一次性奖励。");
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
}

#[test]
fn a_window_moved_to_users_and_costs_in_the_land_price_are_granted() {
    let b = extract(None, "抵押登记窗口前移至金融机构。");
    assert_eq!(b.benefit_types, ["帮办代办"], "{b:?}");
    let b = extract(None, "相关评估和调查费用纳入土地储备成本。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
    let b = extract(None, "降低投标保证金缴纳比例。");
    assert_eq!(b.benefit_types, ["降低费用"], "{b:?}");
    let b = extract(
        None,
        "同一园区内的项目联合编制环评文件,单个项目不再开展环评。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn a_condition_relaxed_or_a_limit_lifted_names_its_group() {
    let b = extract(None, "放宽外商投资建设工程设计企业外籍技术人员的比例要求。");
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(
        None,
        "放宽简易注销申请条件,对首次申请简易注销未通过的,可以再次申请。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "取消首次申请资质时对外商投资企业的业绩要求。");
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
}

#[test]
fn a_levy_remitted_is_a_tax_relief_a_fee_waived_is_free() {
    let b = extract(None, "省属重点文化企业可免缴国有资本收益。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    let b = extract(None, "救援车辆执行任务时,免缴车辆通行费。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn the_public_using_a_shared_service_includes_firms() {
    let b = extract(None, "启用不动产登记电子证照,减少办事环节和群众跑腿次数。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    let b = extract(None, "推行户籍业务网上办理,减少群众跑腿次数。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn policies_pushed_projects_followed_and_one_filing_are_granted() {
    for text in [
        "主动向企业精准推送政策内容。",
        "为纳税人精准推送税收政策。",
        "对重大项目实行全程跟踪服务。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["帮办代办"], "{text}: {b:?}");
        assert_eq!(b.beneficiaries, ["所有企业"], "{text}: {b:?}");
    }
    let b = extract(None, "强化科普信息精准推送服务。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "定向推送重点企业人才需求情况和相关政策。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "实现企业年报一次填报、多方共享。");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn a_heading_cutting_a_time_is_sized_by_the_limits_on_finishing_the_matter() {
    let title = "压缩回收债务所需时间";
    let b = extract(
        Some(title),
        "压缩回收债务所需时间。对适用简易程序审理的破产案件,在6个月内审结;对一般破产案件,审理周期原则上不超过24个月。",
    );
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let values: Vec<f64> = b.amounts.iter().map(|a| a.value).collect();
    assert_eq!(values, [6.0, 24.0], "{b:?}");
    // the government's own deadline is no limit on the applicant's matter
    let b = extract(
        Some("压缩企业开办时间"),
        "压缩企业开办时间。各地要在3个月内完成系统改造。",
    );
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn self_service_spares_a_visit_arrival_times_efficiencies_and_dates_are_no_cut() {
    let b = extract(None, "试点推广居民身份证自助申请一体机。");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    let b = extract(None, "实现急救患者一键报警,缩短急救车到达时间。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "推广信息化服务平台,提高农机作业质量与效率。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "提高能源利用效率。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // an efficiency raised states no time the applicant waits less (recipient_tests.rs);
    // the time itself cut is a cut
    let b = extract(None, "提高办事效率。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "缩短办事时间。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    let b = extract(None, "尤以2003年12月18日晚8时40分和19日晚8时35分两次较大。");
    assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn one_counter_for_every_matter_and_no_meeting_are_fewer_steps() {
    for text in [
        "实行全口径综合受理和统一窗口出证。",
        "全面推行“前台综合受理、后台分类审批、统一窗口出件”。",
        "推行中小微企业贷款“不见面审批”。",
        "推行税务Ukey不见面发行。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.contains(&"环节材料减少".to_owned()),
            "{text}: {b:?}"
        );
    }
    // inspecting without meeting is the inspectors' work
    let b = extract(None, "推动适合非现场监管的事项向“不见面监管”转变。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_limit_set_in_advance_is_a_time_granted() {
    let b = extract(None, "对社会投资工程建设项目推行限时办结。");
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
}

#[test]
fn an_approval_turned_into_a_filing_is_a_step_less() {
    let b = extract(None, "采取直接取消、审批改备案、实行告知承诺制等手段。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
    let b = extract(None, "外商投资项目由审批改为备案管理。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
}

#[test]
fn the_exit_of_a_process_is_no_export() {
    let b = extract(
        None,
        "严把医保、社保、出入境等领域的入口端和出口端,实行全口径综合受理和统一窗口出证。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn a_permit_not_needed_is_an_approval_exempted() {
    let b = extract(
        None,
        "综合保税区内企业进口的医疗器械用于研发、展示的,可不办理相关注册或备案手续。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(
        None,
        "土地使用权属于建设单位的,进行临时建设不需办理临时用地规划许可证。",
    );
    assert_eq!(b.beneficiaries, ["建设项目单位"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
    // farmers selling their own produce are persons
    let b = extract(
        None,
        "农民在集贸市场出售小宗自产农副产品的,可以不办理营业执照。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn households_consumers_schools_and_associations_are_no_enterprises() {
    for text in [
        "延长补助年限,解决退耕农户的长远生计问题。",
        "纳税人的配偶在主要工作城市没有自有住房的,可以按照标准定额扣除。",
        "规范入园办理流程,幼儿园招生减少至4个环节。",
        "消费者投诉的,有关部门应当自收到投诉之日起七个工作日内予以处理。",
        "工会对健身社会组织开展的健身活动予以资助。",
        "要精简信息和材料报送,有关单位不得随意要求项目承担单位填报各种信息。",
    ] {
        let b = extract(None, text);
        assert!(!b.benefit_types.is_empty(), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // an enterprise named beside them keeps its grant
    let b = extract(None, "对参与消费扶贫的企业、社会组织和个人给予奖励。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_restrictive_rule_no_longer_applied_lifts_a_limit_for_its_group() {
    let b = extract(
        None,
        "对自贸试验区内的港澳台资建筑业企业,不再执行《外商投资建筑业企业管理规定》中关于工程承包范围的限制性规定。",
    );
    assert_eq!(b.beneficiaries, ["外资企业"], "{b:?}");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_refund_of_tax_overpaid_and_a_write_off_are_no_relief() {
    for text in [
        "纳税人申请退税时提供的汇算清缴信息有错误的,税务机关应当告知其更正。",
        "(四)纳税人申请退税。",
        "融资担保机构的代偿损失核销,参照金融企业呆账核销管理办法有关规定执行。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // a refund granted stays a relief
    let b = extract(None, "对小微企业实行增值税留抵退税。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
}

#[test]
fn a_tax_exempted_at_a_stage_of_a_products_chain_is_for_that_sector() {
    let b = extract(
        None,
        "继续免征黄金生产环节的增值税,配售环节的增值税即征即退。",
    );
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn the_governments_own_rules_templates_and_supervision_grant_nothing() {
    for text in [
        "编制证明事项告知承诺工作规程,对实行告知承诺的各类证明事项,制作告知承诺书格式文本。",
        "实现固体废物收集、转移、处置环节信息化、可视化,提高监督管理效率和水平。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn rewards_to_cadres_and_a_tax_on_operators_name_no_enterprise_in_general() {
    let b = extract(
        None,
        "以业绩评等次、以等次定奖励,拉开奖励差距;对干部考核不达标情况记录在案。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    let b = extract(
        None,
        "对广播电视运营服务企业收取的有线数字电视基本收视维护费,免征增值税。",
    );
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn applying_straight_to_the_deciding_authority_is_a_step_less() {
    let b = extract(None, "“直通车”范围内的高层次人才可直接申报评审高级职称。");
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    let b = extract(
        None,
        "企业直接向国家发展改革委申报,不需省级发展改革部门转报。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn filing_instead_of_approval_is_a_step_less() {
    let b = extract(None, "在自贸试验区试点实施进口非特殊用途化妆品备案管理。");
    assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"], "{b:?}");
}

#[test]
fn goods_out_of_a_licensing_catalogue_need_a_step_less() {
    let b = extract(
        None,
        "将在综合保税区内生产制造的手机等重点产品从自动进口许可证管理货物目录中剔除。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
}

#[test]
fn a_service_area_set_up_for_enterprises_sets_up_no_enterprise() {
    let b = extract(
        None,
        "在政务服务中心设立企业实体服务区、帮代办中心,推行一站式服务。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}
