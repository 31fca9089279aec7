//! The directory-accountability rules (2026-12-06, branch bene20): a directory of providers
//! (a table headed 服务商名称, `directory` in `[blockers]` of `data/benefit_types.toml`) lists
//! what firms sell, no grant; accountability imposed (严肃追究, 依法追究: `penalties`) sanctions
//! a breach; a re-guarantee (再担保) is cover for guarantors, no credit to a firm; a trigger
//! followed by 领域 names a field; a grant advised against (不宜) is refused; a loan called back
//! (收回贷款) ends the credit; matters all brought into a channel (事项全部纳入) are a coverage
//! target; 帮扶 alone is aid in general, not staff serving an applicant; a list of what a
//! document must state may name its verb before the list's owner (应当明确各…事项的下列内容:);
//! a regional assessment (区域评估) spares building projects; 重点群体 is a jobseeker only beside
//! a word of jobs; a filing by notification (告知性备案) stands in for an approval. Each test checks a text in the
//! shape a rule handles, that the rule is gone when its data entry is taken out, and a
//! look-alike it must not take.

use super::penalty_tests::{labels, types, without};
use super::vocabulary::Vocabulary;
use super::{extract, extract_with};
use crate::data;

#[test]
fn a_directory_of_providers_grants_nothing() {
    let text = "产融对接类(3家)\n序号\n服务商名称\n产品或活动名称\n主要功能与特色\n服务对象\n咨询电话\n1\n某某科技有限公司\n某某贷平台\n为小微商户提供在线化、低门槛、低利率的供应链融资服务,最快3分钟到账。\n小微企业\n4008-000-000";
    let b = extract(None, text);
    assert!(types(&b).is_empty() && labels(&b).is_empty(), "{b:?}");
    assert!(b.amounts.is_empty(), "{b:?}");
    let before = extract_with(
        None,
        text,
        &without(
            "directory = [\"服务商名称\", \"供应商名称\", \"服务机构名称\"]",
            true,
        ),
    );
    assert!(types(&before).contains(&"融资支持"), "{before:?}");
    // look-alike: a grant notice with a form whose column names the applicant still grants
    let b = extract(
        None,
        "申报单位名称\n联系电话\n对首次认定的小微企业给予一次性补贴10万元。",
    );
    assert_eq!(types(&b), ["补贴奖励"], "{b:?}");
}

#[test]
fn accountability_imposed_sanctions_a_breach() {
    let entry = "\"严肃追究\", \"依法追究\", ";
    for text in [
        "对仍然向企业和群众索要证明或者应取消证明而未及时取消的,严肃追究部门及相关工作人员的责任。",
        "对申请人未履行承诺或违法违规的,撤销行政审批决定,依法追究申请人和有关责任人责任,对实行告知承诺制的事项加强事中核查。",
    ] {
        let b = extract(None, text);
        assert!(types(&b).is_empty(), "{text}: {b:?}");
        let before = extract_with(None, text, &without(entry, true));
        assert!(!types(&before).is_empty(), "{text}: {before:?}");
    }
    // look-alike: a cut of papers with no sanction in its sentence still grants
    let b = extract(None, "对企业和群众办事取消证明材料12项。");
    assert!(types(&b).contains(&"环节材料减少"), "{b:?}");
}

#[test]
fn a_re_guarantee_is_no_credit_to_a_firm() {
    let text = "国家融资担保基金主要通过再担保、股权投资等方式与省级机构开展合作。";
    let b = extract(None, text);
    assert!(!types(&b).contains(&"融资支持"), "{b:?}");
    let before = extract_with(None, text, &without("\"再担保\", ", true));
    assert!(types(&before).contains(&"融资支持"), "{before:?}");
    // look-alike: a guarantee given to small firms still grants credit
    let b = extract(None, "政府性融资担保机构要优先为小微企业提供担保增信。");
    assert!(types(&b).contains(&"融资支持"), "{b:?}");
}

#[test]
fn a_field_a_grant_advised_against_a_loan_called_back_and_coverage_grant_nothing() {
    for (text, entry) in [
        (
            "允许具有执业资格的金融、工商代办等领域专业人才在试验区执业。",
            ", \"领域\", \"等领域\"",
        ),
        ("钢铁项目不属于扶持范围,不宜安排资金补助。", "\"不宜\", "),
        (
            "对应急动用的储备粮占用的贷款,由农业发展银行及时清算、收回贷款。",
            "\"收回贷款\", ",
        ),
        (
            "实现审批中介服务事项全部纳入中介服务平台网上办理。",
            ", \"事项全部纳入\"",
        ),
    ] {
        let b = extract(None, text);
        assert!(types(&b).is_empty(), "{text}: {b:?}");
        let before = extract_with(None, text, &without(entry, true));
        assert!(!types(&before).is_empty(), "{text}: {before:?}");
    }
    // look-alikes: an agent who files for firms, a subsidy granted, a loan renewed and a
    // matter handled online still grant
    for (text, ty) in [
        ("推行银行网点代理企业登记注册业务。", "帮办代办"),
        ("对符合条件的小微企业给予资金补助。", "补贴奖励"),
        ("对到期还款困难的小微企业予以续贷。", "融资支持"),
        ("企业开办事项实现全程网上办理。", "环节材料减少"),
    ] {
        let b = extract(None, text);
        assert!(types(&b).contains(&ty), "{text}: {b:?}");
    }
}

#[test]
fn aid_in_general_is_no_staff_serving_an_applicant() {
    let text = "县级以上人民政府应当加强对中小企业的纾困帮扶。";
    let b = extract(None, text);
    assert!(!types(&b).contains(&"帮办代办"), "{b:?}");
    let t = data::BENEFIT_TYPES.text.replace("\"人工帮扶\"", "\"帮扶\"");
    assert_ne!(t, data::BENEFIT_TYPES.text);
    let old = Vocabulary::parse(data::BENEFICIARIES.text, &t, data::BENEFIT_AMOUNTS.text).unwrap();
    let before = extract_with(None, text, &old);
    assert!(types(&before).contains(&"帮办代办"), "{before:?}");
    // look-alikes: staff helping in person and help one to one still serve
    for text in [
        "为不会使用智能技术的老年人提供人工帮扶服务。",
        "对中小企业开展一对一帮扶。",
    ] {
        let b = extract(None, text);
        assert_eq!(types(&b), ["帮办代办"], "{text}: {b:?}");
    }
}

#[test]
fn a_list_of_what_a_guide_states_grants_nothing_with_its_verb_before_the_owner() {
    let text = "市商务部门应当编制并公布外商投资政务服务事项目录及其办事指南。\n办事指南应当明确各政务服务事项的下列内容:\n(一)办理条件和流程;\n(二)容缺受理的条件;\n(三)办理环节和时限。";
    let b = extract(None, text);
    assert!(!types(&b).contains(&"容缺承诺"), "{b:?}");
    // look-alike: a list opened by a grant still grants its items
    let b = extract(
        None,
        "对下列事项实行容缺受理:\n(一)企业变更登记;\n(二)企业注销登记。",
    );
    assert!(types(&b).contains(&"容缺承诺"), "{b:?}");
}

#[test]
fn a_regional_assessment_spares_building_projects() {
    let text = "区域评估费用不得由市场主体承担。";
    let b = extract(None, text);
    assert_eq!(labels(&b), ["建设项目单位"], "{b:?}");
    let before = extract_with(None, text, &without("\"区域评估\", ", false));
    assert_eq!(labels(&before), ["所有企业"], "{before:?}");
    // look-alike: a fee no market entity bears for a business licence stays every firm's
    let b = extract(None, "营业执照工本费不得由市场主体承担。");
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
}

#[test]
fn key_groups_are_jobseekers_only_beside_a_word_of_jobs() {
    let text = "为居家老年人特别是高龄、空巢、失能等重点群体提供代购、上门巡诊等服务。";
    let b = extract(None, text);
    assert!(labels(&b).is_empty(), "{b:?}");
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
    let b_file = data::BENEFICIARIES.text.replace(
        "\"重点群体就业\", \"重点群体创业\", \"就业重点群体\"",
        "\"重点群体\"",
    );
    assert_ne!(b_file, data::BENEFICIARIES.text);
    let old = Vocabulary::parse(
        &b_file,
        data::BENEFIT_TYPES.text,
        data::BENEFIT_AMOUNTS.text,
    )
    .unwrap();
    let before = extract_with(None, text, &old);
    assert_eq!(labels(&before), ["农民工和就业困难人员"], "{before:?}");
    // look-alike: the key groups of employment policy stay jobseekers
    let b = extract(None, "对重点群体创业就业依法给予税费减免。");
    assert!(labels(&b).contains(&"农民工和就业困难人员"), "{b:?}");
}

#[test]
fn a_filing_by_notification_stands_in_for_an_approval() {
    let text = "对不涉及负面清单的外商投资项目,采取告知性备案。";
    let b = extract(None, text);
    assert!(types(&b).contains(&"容缺承诺"), "{b:?}");
    assert!(labels(&b).contains(&"外资企业"), "{b:?}");
    let before = extract_with(None, text, &without("\"告知性备案\", ", true));
    assert!(!types(&before).contains(&"容缺承诺"), "{before:?}");
}
