//! Readings drawn from the look-alikes of the twelfth and thirteenth development sets: a service
//! pledge binds the body that serves (服务承诺制), reforms named as the frame of a task (结合…告知
//! 承诺、容缺受理等方面要求) are not granted by it, the government's inventory of powers pruned
//! (压减行政权力事项) and an efficiency slogan (提速增效) spare no applicant a step or a day, a
//! contest's prize for results (成效显著) honours a deed, and school entry and births (入学, 生育)
//! are matters of private citizens. Each test pairs the text that changed with a look-alike that
//! must stay as it was.

use super::extract;

fn types(text: &str) -> Vec<String> {
    extract(None, text).benefit_types
}

#[test]
fn a_service_pledge_binds_the_body_that_serves() {
    assert!(types("推行服务承诺制,明确服务标准、办事流程和办理时限。").is_empty());
    // the applicant's own pledge still stands in for a document
    let b = extract(
        None,
        "对涉企经营许可事项实行告知承诺制,申请人作出书面承诺即可办理。",
    );
    assert_eq!(b.benefit_types, ["容缺承诺"], "{b:?}");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn reforms_named_as_the_frame_of_a_task_are_not_granted_by_it() {
    let b = extract(
        None,
        "结合“证照分离”改革、告知承诺、容缺受理等方面要求,分类逐项规范统一的办事流程。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(
        types("推行告知承诺、容缺受理,企业可先行办理审批。"),
        ["容缺承诺"]
    );
}

#[test]
fn pruning_the_powers_of_bodies_or_speeding_up_their_work_spares_no_applicant() {
    assert!(types("组织各部门开展行政权力事项专项梳理,进一步压减行政权力事项。").is_empty());
    assert!(types("推进中介服务提速增效。").is_empty());
    // steps an applicant is spared and a registration sped up still grant
    assert_eq!(
        types("进一步压减企业办事环节,精简申请材料。"),
        ["环节材料减少"]
    );
    assert_eq!(types("推进企业登记提速,实现即办。"), ["时限压缩"]);
}

#[test]
fn a_prize_for_results_honours_a_deed() {
    assert_eq!(
        types("开展金融机构创新评选活动,对融资成效显著的金融创新项目予以5-50万资金奖励。"),
        Vec::<String>::new()
    );
    // nor the sum it gives, however the sentence's clauses fall
    let b = extract(
        None,
        "对融资成效显著、具有突破和开创意义的金融创新项目予以5-50万资金奖励。",
    );
    assert!(b.benefit_types.is_empty() && b.amounts.is_empty(), "{b:?}");
    let b = extract(None, "对新认定的高新技术企业给予一次性奖励20万元。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn school_entry_and_births_are_matters_of_citizens() {
    for text in [
        "推行入学“一链办理”,全程实现户籍、社保、不动产等有关信息大数据对比核实,取消没有法律法规依据的证明和盖章环节。",
        "机关、企业事业单位的女职工,按规定生育的,享受生育奖励假三十天。",
    ] {
        let b = extract(None, text);
        assert!(!b.benefit_types.is_empty(), "{b:?}");
        assert!(b.beneficiaries.is_empty(), "{b:?}");
    }
    // a service firms use too still serves enterprises
    let b = extract(
        None,
        "推行不动产登记“一链办理”,取消没有法律法规依据的证明和盖章环节。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}
