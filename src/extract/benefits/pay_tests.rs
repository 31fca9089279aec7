//! Allowances that are no subsidy (2026-12-06, branch bene27): what a body pays its own staff for
//! the hours or the post they work (加班补助, 值班补贴, 乡镇工作补贴) is pay, and a sentence
//! defining a term of a law (所称…补贴、津贴,是指…) says what a word covers. Each rule with a
//! look-alike it must not take.

use super::extract;

fn subsidises(text: &str) -> bool {
    extract(None, text)
        .benefit_types
        .contains(&"补贴奖励".to_owned())
}

#[test]
fn staff_allowances_are_pay() {
    for text in [
        "对参加应急工作的人员,应给予适当的通信、加班等补助。",
        "落实乡村教师按规定享受乡镇工作补贴。",
    ] {
        assert!(!subsidises(text), "{text}: {:?}", extract(None, text));
    }
    // look-alike: a living allowance to the unemployed in training is a subsidy
    let text = "对就业困难人员在培训期间给予生活费补贴。";
    assert!(subsidises(text), "{text}: {:?}", extract(None, text));
}

#[test]
fn a_definition_grants_no_subsidy() {
    let text = "个人所得税法第四条第一款第三项所称按照国家统一规定发给的补贴、津贴,是指按照国务院规定发给的政府特殊津贴、院士津贴。";
    assert!(!subsidises(text), "{text}: {:?}", extract(None, text));
    // look-alike: the same allowance granted by a sentence that defines nothing
    let text = "对引进的高层次人才按照国务院规定发给政府特殊津贴。";
    assert!(subsidises(text), "{text}: {:?}", extract(None, text));
}
