//! The help-price-rate rules (2026-12-04, branch ben): money or goods given to persons as help
//! (经济帮助, 物质帮助), a place opened at a reduced price or a charge paid in part (优惠开放,
//! 减缴), a ban on charging a group under any pretext (不得以任何名义向…收取), a tax levied on a
//! group at a rate or a standard the text states (按照百分之十五的税率征收, 税额标准按…50%执行).
//! Each test checks a text in the shape a rule handles, that the rule is gone when its data
//! entry is emptied, and a look-alike it must not take.

use super::penalty_tests::{types, without};
use super::{extract, extract_with, Benefits};

/// `text` grants `want` with the shipped data, and only `left` once `entry` is taken out.
fn rule(text: &str, want: &[&str], entry: &str, left: &[&str]) -> Benefits {
    let b = extract(None, text);
    assert_eq!(types(&b), want, "{b:?}");
    let without_entry = extract_with(None, text, &without(entry, true));
    assert_eq!(
        types(&without_entry),
        left,
        "without {entry}: {without_entry:?}"
    );
    b
}

#[test]
fn help_given_to_persons_in_hardship_is_a_subsidy() {
    let text = "独生子女发生意外伤残致使基本丧失劳动能力或者死亡,其父母不再生育或者收养子女的,所在区人民政府应当给予每人不少于5000元的一次性经济帮助。";
    let b = extract(None, text);
    assert_eq!(types(&b), ["补贴奖励"], "{b:?}");
    assert!(b.amounts.iter().any(|a| a.value == 5000.0), "{b:?}");
    // a sum given is a payment by itself (`given_type`): the entry is seen at work where no sum
    // is stated
    rule(
        "其父母不再生育或者收养子女的,所在区人民政府应当给予一次性经济帮助。",
        &["补贴奖励"],
        ", \"经济帮助\"",
        &[],
    );
    rule(
        "对独生子女死亡的夫妻失去生活自理能力的,按照供养标准给予生活照顾和物质帮助。",
        &["补贴奖励"],
        ", \"物质帮助\"",
        &[],
    );
    // look-alike: help rewarding a deed done (突出贡献) honours merit, as a reward does
    let b = extract(None, "对作出突出贡献的志愿者,可以给予物质帮助。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_reduced_price_or_a_charge_paid_in_part_is_a_cost_lowered() {
    rule(
        "公共博物馆、图书馆等公共服务设施应当按照有关规定对学前儿童免费或者优惠开放。",
        &["免费", "降低费用"],
        ", \"优惠开放\"",
        &["免费"],
    );
    rule(
        "下列用海经有批准权的人民政府财政部门审查批准,可以减缴海域使用金。",
        &["降低费用"],
        ", \"减缴\"",
        &[],
    );
    // look-alike: a contribution base checked down (核减缴费基数) lowers no charge
    let b = extract(
        None,
        "社会保险经办机构发现申报有误的,应当核减缴费基数并书面告知用人单位。",
    );
    assert!(!b.benefit_types.contains(&"降低费用".to_owned()), "{b:?}");
}

#[test]
fn a_ban_on_charging_a_group_under_any_pretext_is_free_to_it() {
    rule(
        "招聘单位不得以任何名义向应聘人员收取报名费。",
        &["免费"],
        ", \"不得以任何名义向\"",
        &[],
    );
    // look-alike: a ban on any pretext that charges no one (挪用资金) grants nothing
    let b = extract(None, "任何单位不得以任何名义挪用、截留专项资金。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn a_tax_at_a_stated_rate_for_a_group_is_its_relief() {
    let b = rule(
        "经认定合格的高新技术企业,依法按照百分之十五的税率征收企业所得税。",
        &["减税减免"],
        ", \"的税率征收\"",
        &[],
    );
    assert_eq!(b.beneficiaries, ["高新技术企业"], "{b:?}");
    rule(
        "高新技术企业城镇土地使用税税额标准按规定税额标准50%执行。",
        &["减税减免"],
        ", \"税额标准按\"",
        &[],
    );
    // look-alike: revenue estimated at the statutory rates levies nothing on anyone
    let b = extract(None, "各项税收收入按照法定税率和税基等指标测算。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}
