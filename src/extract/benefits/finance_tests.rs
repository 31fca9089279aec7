//! Words that hold a credit trigger without granting credit, and two services named as help in
//! person (2026-12-07, branch bene31): 金融资产 read across 融资 (`not_within`), money raised on a
//! board of the stock market (板融资), a household's home loan a sentence refers back to, a firm
//! named by its trade of financial leasing; researchers going into firms serve no applicant, nor
//! relatives running an errand (亲友代办); a
//! body helping firms handle their matter (协助企业) does; goods passing in and out of a zone
//! (进出的货物) are traders'. Each test checks a text in the shape a rule handles, that the rule
//! is gone when its data entry is taken out, and a look-alike it must not take.

use super::penalty_tests::{labels, types, without};
use super::{extract, extract_with};

#[test]
fn financial_assets_are_no_credit() {
    let text = "优化金融服务平台。拓展绿色金融资产交易功能,为企业提供便利。";
    let b = extract(Some("优化金融服务平台"), text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let gone = extract_with(
        Some("优化金融服务平台"),
        text,
        &without("not_within = [\"金融资产\"]", true),
    );
    assert_eq!(types(&gone), ["融资支持"], "{gone:?}");
    // credit to firms beside it still grants
    let b = extract(None, "拓展金融资产交易功能,引导银行为小微企业提供融资。");
    assert_eq!(types(&b), ["融资支持"], "{b:?}");
}

#[test]
fn money_raised_on_a_board_of_the_market_is_no_credit() {
    let text = "支持上市。鼓励符合条件的企业进入中小企业板、创业板等融资。";
    let b = extract(Some("支持上市"), text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let gone = extract_with(Some("支持上市"), text, &without(", \"板等融资\"", true));
    assert_eq!(types(&gone), ["融资支持"], "{gone:?}");
}

#[test]
fn a_home_loan_named_in_the_sentence_is_no_credit_to_a_firm() {
    let text = "绿色建筑。使用住房公积金贷款购买绿色建筑自住住房的,贷款额度可以上浮百分之二十。";
    let b = extract(Some("绿色建筑"), text);
    assert!(!types(&b).contains(&"融资支持"), "{b:?}");
    let gone = extract_with(
        Some("绿色建筑"),
        text,
        &without(
            "not_in_sentence = [\"住房公积金贷款\", \"个人住房贷款\"]",
            true,
        ),
    );
    assert!(types(&gone).contains(&"融资支持"), "{gone:?}");
    // a loan to firms in a sentence naming no home loan still grants
    let b = extract(None, "对符合条件的小微企业,贷款额度可以上浮百分之二十。");
    assert_eq!(types(&b), ["融资支持"], "{b:?}");
}

#[test]
fn a_financial_leasing_firm_is_a_trade_no_credit() {
    let text = "发展租赁业态。对综合保税区内的融资租赁企业进出口飞机,实行海关异地委托监管。";
    let b = extract(Some("发展租赁业态"), text);
    assert!(!types(&b).contains(&"融资支持"), "{b:?}");
    let gone = extract_with(Some("发展租赁业态"), text, &without(", \"租赁企业\"", true));
    assert!(types(&gone).contains(&"融资支持"), "{gone:?}");
}

#[test]
fn researchers_going_into_firms_serve_no_applicant() {
    let text = "成果转化。支持科研人员深入企业进行成果转化。";
    let b = extract(Some("成果转化"), text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let gone = extract_with(Some("成果转化"), text, &without("\"科研人员深入\", ", true));
    assert_eq!(types(&gone), ["帮办代办"], "{gone:?}");
    // officials going into the firms still serve them
    let b = extract(None, "定期深入企业实地了解情况,现场调处问题。");
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
}

#[test]
fn a_body_helping_firms_handle_their_matter_serves_them() {
    let text = "上市服务。对准备上市企业涉及的土地手续完善、税费补缴等事项,加强政策指导和服务,协助企业妥善处理。";
    let b = extract(Some("上市服务"), text);
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
    let gone = extract_with(Some("上市服务"), text, &without(" \"协助企业\",", true));
    assert!(gone.benefit_types.is_empty(), "{gone:?}");
}

#[test]
fn goods_passing_in_and_out_are_traders() {
    let text = "一线管理。对合作区和澳门之间经一线进出的货物实施备案管理,简化申报程序。";
    let b = extract(Some("一线管理"), text);
    assert_eq!(labels(&b), ["外贸企业"], "{b:?}");
    let gone = extract_with(Some("一线管理"), text, &without(" \"进出的货物\",", false));
    assert!(gone.beneficiaries.is_empty(), "{gone:?}");
}

#[test]
fn relatives_running_an_errand_are_no_staff_of_a_body() {
    let text = "适老服务。各级政务服务平台应具备授权代理、亲友代办等功能,方便老年人网上办事。";
    let b = extract(Some("适老服务"), text);
    assert!(!types(&b).contains(&"帮办代办"), "{b:?}");
    let gone = extract_with(Some("适老服务"), text, &without(", \"亲友代办\"", true));
    assert!(types(&gone).contains(&"帮办代办"), "{gone:?}");
}
