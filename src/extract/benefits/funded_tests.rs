//! Funding named as what a project or a person already has (获资助项目负责人, 财政资金资助的项目,
//! 资助期内的负责人) describes whom a rule is about, no grant of its sentence; a fund set up and
//! the support its sentence gives (设立…专项资金,对…予以支持) is a subsidy; fewer trips and checks
//! done without the person (少跑腿, 静默认证) and one form (一单式) are steps spared (development
//! sets dev4, dev8, dev9, dev12, dev20). Each test pairs a text with one that reads otherwise.

use super::extract;

fn has(b: &super::Benefits, ty: &str) -> bool {
    b.benefit_types.iter().any(|t| t == ty)
}

#[test]
fn funding_a_project_already_has_is_no_grant() {
    for text in [
        "获资助项目负责人有义务参加本重大研究计划指导专家组组织的学术交流活动。",
        "正在资助期内的原创项目负责人不得作为申请人申请其他项目。",
        "对财政资金资助的青年创新创业项目,项目主管部门可以按照相关规定结题。",
        "本重大研究计划将每年举办一次资助项目的年度学术交流会。",
        "对本市财政资金支持的科技项目,有关部门应当约定知识产权目标。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b, "补贴奖励"), "{text}: {b:?}");
    }
    // look-alike: a call stating what it funds still grants
    let b = extract(
        None,
        "2023年度拟资助培育项目25~30项,直接费用资助强度约为80万元/项。",
    );
    assert!(has(&b, "补贴奖励"), "{b:?}");
}

#[test]
fn a_fund_and_the_support_of_its_sentence_grant_a_subsidy() {
    let b = extract(
        None,
        "知识城管委会设立人才发展专项资金,对引进的高层次人才、团队及其创新创业项目予以支持。",
    );
    assert!(has(&b, "补贴奖励"), "{b:?}");
    assert!(b.beneficiaries.contains(&"高层次人才".to_owned()), "{b:?}");
    // look-alike: support without a fund named is no subsidy by these words
    let b = extract(None, "对引进的高层次人才及其创新创业项目予以支持。");
    assert!(!has(&b, "补贴奖励"), "{b:?}");
}

#[test]
fn fewer_trips_a_silent_check_and_one_form_spare_steps() {
    for text in [
        "实现津贴补贴领取等老年人高频服务事项便捷办理,让老年人办事少跑腿。",
        "在全省范围内对居民养老保险、失业保险等事项推行“静默认证”模式。",
        "建设医保“一单式”结算系统,扩大异地就医结算范围。",
    ] {
        let b = extract(None, text);
        assert!(has(&b, "环节材料减少"), "{text}: {b:?}");
    }
    // look-alike: a form in general is no step spared
    let b = extract(None, "建设医保结算系统,扩大异地就医结算范围。");
    assert!(!has(&b, "环节材料减少"), "{b:?}");
}

#[test]
fn one_form_and_copies_are_no_count_of_materials() {
    for text in [
        "各审批阶段实行“一份办事指南,一张申请表单,一套申报材料,完成多项审批”运作模式。",
        "报送备案材料,应当报送纸质材料一式两份。",
        "劳动合同文本由用人单位和劳动者各执一份。",
    ] {
        let b = extract(None, text);
        assert!(
            b.amounts.iter().all(|a| a.unit != "份"),
            "{text}: {:?}",
            b.amounts
        );
    }
    // the one form for several approvals still spares steps, by its own words
    let b = extract(
        None,
        "各审批阶段实行“一份办事指南,一张申请表单,一套申报材料,完成多项审批”运作模式。",
    );
    assert!(has(&b, "环节材料减少"), "{b:?}");
    // look-alike: materials cut to a number of them are a count
    let b = extract(None, "压缩申请材料12份,办事效率提高。");
    assert!(
        b.amounts
            .iter()
            .any(|a| a.unit == "份" && (a.value - 12.0).abs() < 1e-9),
        "{:?}",
        b.amounts
    );
}
