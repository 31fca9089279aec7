//! The rate-and-policy rules (2026-12-04, branch bene7): statutes write a rate in characters
//! with its unit first (按照百分之十五的税率, 百分之五十加计扣除, 千分之二以内): the figure is
//! the size of the relief as 15% is; and a clause that carries out a policy named by its
//! trigger (按规定落实职业培训补贴政策) delivers the grant, while strict enforcement
//! (严格执行保证金减免政策) is compliance; a time lengthened (可以延长十日, 延长期限不得超过三十日)
//! is the body's extra time, no processing time cut. Each test checks the text with the shipped data, that
//! the rule is gone once its data entry is taken out, and a look-alike it must not take.

use super::vocabulary::Vocabulary;
use super::{extract, extract_with, Benefits};
use crate::data;

/// The shipped vocabulary with `from` replaced by `to` in `data/benefit_types.toml` and
/// `data/benefit_amounts.toml`.
fn changed(from: &str, to: &str) -> Vocabulary {
    let types = data::BENEFIT_TYPES.text;
    let amounts = data::BENEFIT_AMOUNTS.text;
    assert!(
        types.contains(from) || amounts.contains(from),
        "{from} not in the data"
    );
    Vocabulary::parse(
        data::BENEFICIARIES.text,
        &types.replace(from, to),
        &amounts.replace(from, to),
    )
    .unwrap()
}

fn amounts(b: &Benefits) -> Vec<(&str, f64, &str)> {
    b.amounts
        .iter()
        .map(|a| (a.text.as_str(), a.value, a.unit.as_str()))
        .collect()
}

#[test]
fn a_rate_written_unit_first_sizes_the_relief() {
    let text = "经认定合格的高新技术企业,依法按照百分之十五的税率征收企业所得税。";
    let b = extract(None, text);
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert_eq!(amounts(&b), [("百分之十五", 15.0, "%")], "{b:?}");
    let without = extract_with(None, text, &changed("written_before = [\"百分之\"]\n", ""));
    assert!(without.amounts.is_empty(), "{without:?}");

    // a number of hundreds and its qualifier
    let b = extract(
        None,
        "企业开发新技术发生的研究开发费用,未形成无形资产计入当期损益的,在按照规定据实扣除的基础上,按照研究开发费用的百分之五十加计扣除;形成无形资产的,按照无形资产成本的百分之一百五十摊销。",
    );
    assert!(amounts(&b).contains(&("百分之五十", 50.0, "%")), "{b:?}");
    // per mille, with its suffix
    let b = extract(None, "对小微企业的担保费率降低至千分之五以下。");
    assert!(
        b.amounts
            .iter()
            .any(|a| a.text.ends_with("千分之五以下") && a.value == 5.0 && a.unit == "‰"),
        "{b:?}"
    );

    // look-alikes: 之一 is no rate, and a rate in a penalty is a fine's size
    let b = extract(None, "有下列情形之一的,可以免征企业所得税。");
    assert!(b.amounts.is_empty(), "{b:?}");
    let b = extract(
        None,
        "未按规定缴纳相关规费的,责令限期缴纳,并处应缴款额百分之十的罚款。",
    );
    assert!(b.amounts.is_empty(), "{b:?}");
}

#[test]
fn carrying_out_a_policy_named_by_its_trigger_grants_it() {
    let text = "按规定落实职业培训补贴政策。";
    let b = extract(None, text);
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    let without = extract_with(
        None,
        text,
        &changed(
            "in_force = [\"实施\", \"落实\", \"执行\"]",
            "in_force = [\"实施\"]",
        ),
    );
    assert!(without.benefit_types.is_empty(), "{without:?}");
    let b = extract(None, "对就业困难人员按规定执行就业创业补贴政策。");
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");

    // look-alikes: strict enforcement is compliance, a policy spoken of is no grant
    let text = "严格落实国家各项减税降费政策。";
    let b = extract(None, text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let without = extract_with(
        None,
        text,
        &changed("in_force_not_after = [\"严格\"]\n", ""),
    );
    assert_eq!(without.benefit_types, ["减税减免"], "{without:?}");
    let b = extract(None, "加强职业培训补贴政策宣传解读。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_time_lengthened_is_no_processing_time() {
    let text = "行政机关应当自受理申请之日起二十日内作出决定;二十日内不能作出决定的,经本行政机关负责人批准,可以延长十日。";
    let b = extract(None, text);
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert!(amounts(&b).iter().all(|a| a.1 == 20.0), "{b:?}");
    let without = extract_with(
        None,
        text,
        &changed("extending = [\"延长\", ", "extending = ["),
    );
    assert!(
        amounts(&without).contains(&("十日", 10.0, "天")),
        "{without:?}"
    );
    // a limit that is only lengthened grants nothing
    let b = extract(
        None,
        "查处违法行为,应当在六十日内作出处理决定;不能按期作出的,可以适当延长,但延长期限不得超过三十日。",
    );
    assert!(!amounts(&b).iter().any(|a| a.1 == 30.0), "{b:?}");
    // look-alike: a deferral lengthened still sizes the relief its clause grants
    let b = extract(None, "对困难企业,缓缴期限延长至6个月。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert_eq!(amounts(&b), [("至6个月", 6.0, "个月")], "{b:?}");
}
