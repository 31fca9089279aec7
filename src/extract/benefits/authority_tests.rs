//! The authority's own work on a benefit grants it to no one: compiling the list that will name
//! what is granted (编制…清单), tightening or publishing the procedure of a grant (严格规范…发放
//! 程序, 公开…政策依据), inspecting (开展…督查), a potential or a coverage to raise (挖掘…融资
//! 潜力), a coverage slogan (应上尽上). Nor does a duty between private parties (应当返还给对方),
//! and a firm the text calls on to act (鼓励企业…开展帮扶培训) is the one who gives, not the
//! one given to. Each test pairs the text that changed with a look-alike that must stay.

use super::{assert_grants_nothing as nothing, extract};

#[test]
fn compiling_the_list_of_a_grant_grants_nothing() {
    nothing("各部门编制告知承诺制证明事项清单,向社会公布。");
    // the pledge itself still grants
    let b = extract(None, "对企业申请的证明事项实行告知承诺制。");
    assert!(b.benefit_types.contains(&"容缺承诺".to_string()), "{b:?}");
}

#[test]
fn the_procedure_and_the_publication_of_a_subsidy_grant_nothing() {
    nothing("严格规范财政奖励、补贴的发放程序,及时公开财政奖励、补贴的政策依据。");
    // a subsidy given still grants
    let b = extract(None, "对小微企业给予最高50万元补贴。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn an_inspection_or_a_coverage_of_the_government_grants_nothing() {
    nothing("定期开展“一网通办”落实情况督查。");
    nothing("推动政务服务事项“应上尽上”、网上办理。");
    nothing("充分挖掘政府采购合同融资潜力。");
    // a matter handled online for the applicant still grants
    let b = extract(None, "企业开办全程网上办理。");
    assert!(
        b.benefit_types.contains(&"环节材料减少".to_string()),
        "{b:?}"
    );
}

#[test]
fn property_given_back_between_parties_is_no_subsidy() {
    nothing("合同被确认无效后,当事人依据该合同所取得的财产,应当返还给对方。");
    // a contribution returned to the insured firm stays a subsidy
    let b = extract(
        None,
        "对不裁员或少裁员的参保企业,可返还其上年度实际缴纳失业保险费的50%。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn a_firm_called_on_to_help_others_is_no_beneficiary() {
    let b = extract(None, "鼓励企业利用对口地区资源优势,开展定向就业帮扶培训。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // a firm given help stays one
    let b = extract(None, "为企业提供帮办代办服务。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn an_offence_about_a_subsidy_grants_it_to_no_one() {
    nothing("单位或者个人采取欺骗手段获得财政性科技项目经费、补贴、奖金等优惠待遇的,由有关部门追回相关资金。");
    nothing("不按照规定发放承包土地造林补助的,由上级主管部门责成其纠正。");
    // a subsidy paid as the rules say still grants
    let b = extract(None, "按照规定发放承包土地造林补助。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
}

#[test]
fn donors_called_on_to_fund_a_cause_are_no_beneficiaries() {
    let b = extract(
        None,
        "鼓励单位和个人通过捐赠、资助和志愿服务等形式参与水体养护工作。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}
