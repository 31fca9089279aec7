//! The rules of branch bene (2026-12-03), drawn from the misses of the development sets: the
//! items of a list whose lead line grants them, a reward for merit, a credit pledge outside a
//! matter handled, a filing with a body within a time. Each test pairs a text in the shape a
//! rule handles with a look-alike it must not take.

use super::extract;

fn has(list: &[String], want: &str) -> bool {
    list.iter().any(|x| x == want)
}

#[test]
fn the_items_of_a_list_whose_lead_makes_them_free_are_free_to_whom_they_name() {
    let text = "第十八条 公共人力资源服务机构提供下列服务,不得收费:\n\
                (一)人力资源供求、市场工资指导价位等信息发布;\n\
                (二)职业介绍、职业指导和创业开业指导;\n\
                (三)对就业困难人员实施就业援助;\n\
                (四)办理就业登记、失业登记等事务。";
    let b = extract(None, text);
    assert!(has(&b.benefit_types, "免费"), "{b:?}");
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
    // look-alikes: a list of conditions names who qualifies, no service is listed as free;
    // a list of services with no word of a grant grants nothing by its lead
    for text in [
        "第三十八条 符合下列条件之一的生产经营单位,其安全生产管理人员应当经考核合格。考核不得收费:\n\
         (一)从事矿山开采的;\n\
         (二)对就业困难人员实施就业援助的。",
        "第十一条 医疗保健机构应当提供下列服务:\n\
         (一)对就业困难人员实施就业援助;\n\
         (二)孕产期保健。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "免费"), "{text}: {b:?}");
    }
}

#[test]
fn a_reward_for_merit_is_an_honour_not_a_benefit() {
    for text in [
        "市和区人民政府对在节能工作中取得显著成绩或者作出突出贡献的单位和个人,给予奖励。",
        "县级以上人民政府应当组织志愿者参与保护工作,对作出突出贡献的志愿者可以给予奖励。",
        "对耕地保护成绩显著的单位和个人予以奖励。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // look-alikes: a statutory share of a transfer's income, a reward to those who qualify
    for text in [
        "科技成果转化后,应当由单位对完成、转化该项科技成果做出重要贡献的人员给予奖励和报酬。",
        "对新认定的高新技术企业给予一次性奖励。",
        // an incentive offered to the firms that take part
        "对参与消费扶贫有突出贡献的企业、社会组织和个人,采取适当方式给予奖励激励。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
    }
}

#[test]
fn a_credit_pledge_to_the_public_is_supervision_not_a_pledge_for_a_matter() {
    for text in [
        "监管部门应当建立市场主体信用承诺制度,将市场主体的信用承诺及履行情况纳入其信用记录,向社会公开,接受社会监督。",
        "鼓励行业协会建立健全行业信用承诺制度,组织协会成员作出诚信经营承诺。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "容缺承诺"), "{text}: {b:?}");
    }
    // look-alikes: a pledge for a matter handled stands in for its documents
    for text in [
        "对与行政相对人生产生活密切相关的政务服务事项实行信用承诺制度。",
        "在知识城办理行政许可事项,实行一站式受理、信用承诺制审批。",
        "申请人作出书面承诺的,免于提交相关证明。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "容缺承诺"), "{text}: {b:?}");
    }
}

#[test]
fn a_filing_with_a_body_within_a_time_is_the_filers_duty() {
    for text in [
        "中小企业信用担保机构应当在注册登记后三十日内到同级中小企业工作部门备案。",
        "经营者应当在领取工商营业执照后五日内向体育行政部门备案。",
    ] {
        let b = extract(None, text);
        assert!(b.amounts.is_empty(), "{text}: {b:?}");
        assert!(!has(&b.benefit_types, "时限压缩"), "{text}: {b:?}");
    }
    // look-alike: the body that files within a time handles the applicant's matter
    let b = extract(None, "房管部门收到备案申请,符合要求的,应当五日内予以备案。");
    assert!(has(&b.benefit_types, "时限压缩"), "{b:?}");
}
