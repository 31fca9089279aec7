//! The rules of branch ben13 (2026-12-03), drawn from the misses of the development sets
//! grouped by kind: help named as the means of an activity, a fee remitted in part or whole,
//! publicity offered free, credit kept on, a pledge the government demands, a transfer without
//! compensation, a reward for a tip, a document the applicant need not submit. Each test pairs
//! a text in the shape a rule handles with a look-alike it must not take, and fails when the
//! rule's data entry is emptied.

use super::extract;

fn has(list: &[String], want: &str) -> bool {
    list.iter().any(|x| x == want)
}

#[test]
fn help_named_as_the_means_of_an_activity_goes_to_no_group() {
    // the kinds of help are the means (等方式) of supporting an activity no party is named for
    let b = extract(
        None,
        "省和地级以上市人民政府可以通过无偿资助、贷款贴息、资金补助、保费补贴和创业风险投资等方式,支持版权创新成果转化与产业化运用。",
    );
    assert!(has(&b.benefit_types, "补贴奖励"), "{b:?}");
    assert!(has(&b.benefit_types, "融资支持"), "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alikes: the purpose names enterprises, or a labelled group, or the enumeration's
    // sentence speaks of enterprises' matters (涉企…事项)
    let b = extract(None, "通过贷款贴息、资金补助等方式,支持企业开展技术改造。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(
        None,
        "专项资金通过补助、贷款贴息等方式,重点支持中小企业公共服务体系建设。",
    );
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
    let b = extract(
        None,
        "对所有涉企经营许可事项,按照直接取消审批、实行告知承诺等方式进行分类管理。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_fee_remitted_in_part_or_whole_is_lowered_and_free() {
    for text in [
        "市、区人民政府应当通过保证合理用地、减免租金、购买服务等方式,支持社会力量举办普惠性民办幼儿园。",
        "审计等机构在为慈善活动提供服务时减免服务费用。",
        "其诉讼费、聘请律师的费用及其他法律服务费用,应酌情减免。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "免费"), "{text}: {b:?}");
        assert!(has(&b.benefit_types, "降低费用"), "{text}: {b:?}");
    }
    // look-alikes: a deposit waived is given back, a tax remitted is a relief, a ban on
    // remitting grants nothing
    for text in [
        "鼓励招标人适当减免投标保证金、履约保证金。",
        "符合条件的,按规定减免相关税费。",
        "失业保险费应当全额缴纳,不得减免。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "免费"), "{text}: {b:?}");
    }
}

#[test]
fn texts_to_download_and_places_promoted_free_are_publicity() {
    for text in [
        "将现行有效的行政法规在政府网站上公布,供公众免费查询和下载。",
        "运用新媒体平台,分时分类免费向社会推介贫困地区精品景点线路。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "免费"), "{text}: {b:?}");
    }
    // look-alike: a free look-up of one's own record is a service to him
    let b = extract(None, "信用主体有权免费查询自身社会信用信息。");
    assert!(has(&b.benefit_types, "免费"), "{b:?}");
}

#[test]
fn credit_kept_for_a_borrower_in_difficulty_is_financing() {
    let b = extract(
        None,
        "对于市场前景好、经营诚信但暂时有困难的中小企业,不停贷、压贷、抽贷和断贷。",
    );
    assert!(has(&b.benefit_types, "融资支持"), "{b:?}");
    assert_eq!(b.beneficiaries, ["中小企业"], "{b:?}");
}

#[test]
fn a_pledge_the_government_demands_is_a_paper_to_hand_in() {
    let b = extract(
        None,
        "政府采购和招标投标等活动涉及知识产权的,有关主管部门可以要求申请参加活动的法人和非法人组织提交未侵犯他人知识产权的书面承诺。",
    );
    assert!(!has(&b.benefit_types, "容缺承诺"), "{b:?}");
    // look-alike: a pledge made as required (按照要求: a noun) stands in for a document
    let b = extract(
        None,
        "次要材料有欠缺的登记、审批事项,申请人按照要求作出书面承诺后,行政机关应当先予受理。",
    );
    assert!(has(&b.benefit_types, "容缺承诺"), "{b:?}");
}

#[test]
fn property_handed_over_without_compensation_is_no_free_service() {
    for text in [
        "建设单位应当按照协议约定将校舍、场地和相关建设资料无偿移交给教育主管部门。",
        "属于公民、法人和其他组织所有的文物,应当无偿返还。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "免费"), "{text}: {b:?}");
        assert!(!has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // look-alikes: a service given free, money given back as a subsidy
    let b = extract(None, "为企业无偿提供政策咨询服务。");
    assert!(has(&b.benefit_types, "免费"), "{b:?}");
    let b = extract(None, "对不裁员的企业,返还其上年度实际缴纳失业保险费的50%。");
    assert!(has(&b.benefit_types, "补贴奖励"), "{b:?}");
}

#[test]
fn a_reward_for_a_tip_pays_an_informant() {
    for text in [
        "举报内容经查证属实的,应当按照有关规定给予举报人奖励。",
        "对举报并查证属实、为查处重大违法案件提供关键线索的,由水行政部门予以奖励。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b.benefit_types, "补贴奖励"), "{text}: {b:?}");
    }
    // look-alike: a reward for an enterprise's achievement
    let b = extract(None, "对新认定的高新技术企业给予一次性奖励。");
    assert!(has(&b.benefit_types, "补贴奖励"), "{b:?}");
}

#[test]
fn a_document_not_submitted_is_one_material_fewer() {
    for text in [
        "首批推出7类、17项电力业务办理免提交证照证明清单。",
        "6月底前,发布首批免证明事项清单。",
        "申请办理居住证时,可以免予其提供常住地址相关证明材料。",
    ] {
        let b = extract(None, text);
        assert!(has(&b.benefit_types, "环节材料减少"), "{text}: {b:?}");
        assert!(has(&b.benefit_types, "容缺承诺"), "{text}: {b:?}");
    }
    // look-alike: a penalty waived is lenient enforcement, no document is spared
    let b = extract(None, "对首次轻微违法行为,依法免予处罚。");
    assert!(!has(&b.benefit_types, "环节材料减少"), "{b:?}");
}

#[test]
fn a_free_use_of_what_one_handed_over_stays_free() {
    let b = extract(
        None,
        "单位或者个人可以无偿利用其移交、捐赠、寄存在档案馆的档案。",
    );
    assert!(has(&b.benefit_types, "免费"), "{b:?}");
}
