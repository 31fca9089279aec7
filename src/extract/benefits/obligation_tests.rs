//! Obligations are no benefits (2026-12-07, branch bene34, issue 13). A time limit that binds
//! the party — a person's own deadline (the subject of the modal, read as search reads whose
//! time limit a duration is: `persons` of `[parties]` in `data/question_kinds.toml`), a filing,
//! notice or suit owed to a public body (`owed`, `notified`, `party_acts` in
//! `data/benefit_amounts.toml`) — is no 时限压缩; a body's promised or statutory handling time
//! still is. The items of a list a ban opens (不得有下列行为:, `banning` and `banned_lists` in
//! `[blockers]` of `data/benefit_types.toml`) describe misconduct and grant nothing; a list of
//! what the government provides still grants.

use super::extract;
use super::penalty_tests::{types, types_line, without};
use super::vocabulary::Vocabulary;
use crate::data;

fn no_time(text: &str) {
    let b = extract(None, text);
    assert!(
        !types(&b).contains(&"时限压缩") && b.amounts.is_empty(),
        "{text}: {b:?}"
    );
}

fn time(text: &str) {
    let b = extract(None, text);
    assert!(types(&b).contains(&"时限压缩"), "{text}: {b:?}");
    assert!(!b.amounts.is_empty(), "{text}: {b:?}");
}

#[test]
fn a_persons_own_deadline_grants_nothing() {
    for text in [
        "申请人应当自接到通知之日起七个工作日内另行选定机动车环保检验机构进行复检。",
        "当事人应当于事故发生的二十四小时内持记录书、驾驶证等资料,共同到交通事故保险理赔服务中心办理定损、理赔手续。",
    ] {
        no_time(text);
    }
}

#[test]
fn a_filing_notice_or_suit_owed_to_a_body_grants_nothing() {
    for text in [
        // the filing said after the comma that ends the time's clause
        "种子经营者在经营许可证规定的有效区域内设立分支机构的,应当在办理或者变更营业执照后15日内,向当地种子管理机构和原发证机关备案。",
        "体育活动经营者依法办理工商歇业、停业手续后,应当在十日内书面告知体育行政部门。",
        "企业变更名称、住所、法定代表人等,应当在营业执照变更后三十日内,向原资质证书核发部门办理变更手续。",
        "对仲裁不服的,可以在接到裁决书之日起30日内向人民法院起诉。",
    ] {
        no_time(text);
    }
}

#[test]
fn a_bodys_promised_time_still_grants() {
    for text in [
        // a person named as the one whose application is answered
        "登记机构对申请人的申请进行审查,符合规定的,应当自受理申请之日起十五日内办理抵押登记。",
        "单位在收到个人要求流动的书面申请后,对符合人才流动规定的,应在三十日内为其办理完有关手续。",
        // a body informing the party names no body after 告知
        "投诉工作机构接到投诉后,应当在五个工作日内决定是否受理,并书面告知投诉人。",
        "企业开办全程网上办理,承诺1个工作日内办结。",
        "工程建设项目审批时间由120个工作日减至80个工作日。",
    ] {
        time(text);
    }
}

#[test]
fn the_notice_rule_is_its_data() {
    let text = "体育活动经营者依法办理工商歇业、停业手续后,应当在十日内书面告知体育行政部门。";
    let amounts = data::BENEFIT_AMOUNTS
        .text
        .replace("notified = [\"告知\"]\n", "");
    assert_ne!(amounts, data::BENEFIT_AMOUNTS.text);
    let v =
        Vocabulary::parse(data::BENEFICIARIES.text, data::BENEFIT_TYPES.text, &amounts).unwrap();
    let b = super::extract_with(None, text, &v);
    assert!(types(&b).contains(&"时限压缩"), "{b:?}");
}

const BANNED: [&str; 3] = [
    "非公有制企业的合伙人、员工不得有下列行为:\n(一)利用工作上的便利,挪用企业资金归个人使用或借贷他人;\n(二)擅自以企业资产为他人债务提供担保。",
    "禁止利用职权增加企业负担的下列行为:\n(一)无偿借用企业人员和占用企业财物;\n(二)强制企业提供担保。",
    "用人单位招用人员不得有下列行为:\n(一)扣押劳动者的居民身份证;\n(二)向劳动者收取押金、保证金等担保性质的费用。",
];

#[test]
fn the_items_of_a_list_a_ban_opens_grant_nothing() {
    for text in BANNED {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // without the ban words, the items grant again: the rule is its data
    let v = without(types_line("banning"), true);
    assert!(BANNED
        .iter()
        .any(|text| !super::extract_with(None, text, &v).benefit_types.is_empty()));
}

#[test]
fn a_charge_a_banned_list_forbids_frees_the_party_of_it() {
    // rule 14: a fee a body may not charge a group is one the group does not pay
    let b = extract(
        None,
        "国家机关及其工作人员不得有下列行为:\n(一)向非公有制企业转嫁各种费用或者无偿调用非公有制企业的人、财、物;\n(二)强制非公有制企业提供赞助、资助。",
    );
    assert_eq!(types(&b), ["免费"], "{b:?}");
    assert_eq!(b.beneficiaries, ["民营企业"], "{b:?}");
    // the charge word is the rule's data
    let v = without(types_line("charges"), true);
    let b = super::extract_with(
        None,
        "国家机关及其工作人员不得有下列行为:\n(一)向非公有制企业转嫁各种费用或者无偿调用非公有制企业的人、财、物。",
        &v,
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_list_of_what_is_provided_still_grants() {
    let b = extract(
        None,
        "公共人力资源服务机构提供下列服务,不得收费:\n(一)职业介绍、职业指导和创业开业指导;\n(二)对就业困难人员实施就业援助。",
    );
    assert!(types(&b).contains(&"免费"), "{b:?}");
    let b = extract(
        None,
        "县级以上人民政府应当为中小企业提供下列服务:\n(一)融资担保服务;\n(二)创业辅导和代办服务。",
    );
    assert!(types(&b).contains(&"融资支持"), "{b:?}");
}
