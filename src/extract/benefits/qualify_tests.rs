//! Figures that say who qualifies rather than how much is granted (BENEFITS.md rule 21): a
//! period to have served (满一年), a bound whose inclusion is stated (不低于50万元(含50万元)),
//! a figure in an opening condition closed by 的 that grants nothing itself. Each test pairs
//! the text that changed with a look-alike whose figure must stay an amount.

use super::extract;

fn texts(b: &super::Benefits) -> Vec<&str> {
    b.amounts.iter().map(|a| a.text.as_str()).collect()
}

#[test]
fn a_period_to_have_served_is_a_condition() {
    let b = extract(
        None,
        "农民合同制工人连续工作满一年,所在单位已按规定缴纳失业保险费满一年,劳动合同期满未续订的,可以向失业保险经办机构申请领取一次性生活补助金。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert!(b.amounts.is_empty(), "{b:?}");
    // the period the benefit is paid stays its size
    let b = extract(None, "失业人员可以领取求职补贴,领取期限最长不超过六个月。");
    assert_eq!(texts(&b), ["最长不超过六个月"], "{b:?}");
}

#[test]
fn a_bound_whose_inclusion_is_stated_is_a_condition() {
    let b = extract(
        None,
        "年单笔贷款额不低于50万元(含50万元),且不超过1000万元(含1000万元)的流动资金贷款,可按年度实际支付利息和担保费用的40%申请融资费用补贴,每个企业年补贴额最高不超过30万元。",
    );
    assert_eq!(texts(&b), ["40%", "最高不超过30万元"], "{b:?}");
    // a cap written without a bracket stays an amount
    let b = extract(
        None,
        "对流动资金贷款按实际支付利息的40%给予补贴,每个企业年补贴额不超过1000万元。",
    );
    assert_eq!(texts(&b), ["40%", "不超过1000万元"], "{b:?}");
}

#[test]
fn a_figure_in_an_opening_condition_is_no_amount() {
    let b = extract(
        None,
        "新迁入我市企业3年内成功上市的,除享受企业上市各项补助外,另补助100万元。",
    );
    assert_eq!(texts(&b), ["100万元"], "{b:?}");
    // a condition clause that grants keeps its figure
    let b = extract(None, "企业享受三年免征房产税的,应当按规定备案。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert_eq!(texts(&b), ["三年"], "{b:?}");
}

#[test]
fn a_sum_per_district_goes_to_a_government() {
    let b = extract(
        None,
        "对各区县在推进企业上市挂牌过程中组织的各类重大活动,参照实际发生费用数额给予适当补助,每区县每年最高补助10万元。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    assert!(b.amounts.is_empty(), "{b:?}");
    // a sum per enterprise stays a grant
    let b = extract(
        None,
        "对发行公司债券的企业,按实际融资额的2‰给予补助,每家企业每年补助额最高100万元。",
    );
    assert!(b.benefit_types.iter().any(|t| t == "补贴奖励"), "{b:?}");
}

#[test]
fn a_firm_required_to_give_for_nothing_is_granted_nothing() {
    let b = extract(
        None,
        "禁止公用行业的经营者擅自提高商品价格以及要求企业无偿提供人力、物力、财力。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // a fee the firm is spared stays free
    let b = extract(
        None,
        "商业银行等金融机构不得向小微企业收取贷款承诺费、资金管理费等不合理费用。",
    );
    assert!(b.benefit_types.iter().any(|t| t == "免费"), "{b:?}");
}
