//! Three readings of words around a grant: facilitation (便利化) describes the service granted,
//! it does not block it as 便利/方便 before a trigger do; a sum or a time before 的部分 bounds
//! the bracket a rule applies to, not the size of the relief; and a contribution a party does
//! not pay (本人不缴纳失业保险费) is relieved, unlike one refused or defaulted on. Each test
//! pairs the text that changed with a look-alike that must stay as it was.

use super::extract;

#[test]
fn facilitation_describes_the_service_granted() {
    let b = extract(None, "最大限度实现便利化政策免申即享。");
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    let b = extract(
        None,
        "依法对境内外高层次人才在社会保障、户籍办理、住房等方面,提供便利化一站式服务。",
    );
    assert_eq!(b.benefit_types, ["环节材料减少"], "{b:?}");
    assert_eq!(b.beneficiaries, ["高层次人才"], "{b:?}");
    // 便利 and 方便 before a trigger still only make something easier to find or reach
    for text in [
        "方便群众了解一网通办事项。",
        "便利企业查询免申即享政策清单。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    // the government's own system of managing investment and financing is no firm's credit
    let b = extract(
        None,
        "建立适应贸易投资自由化、便利化需要的跨境投融资管理制度。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn the_bound_of_a_bracket_is_no_amount() {
    let b = extract(
        None,
        "居民企业技术转让所得未超过五百万元的部分,免征企业所得税;超过五百万元的部分,减半征收企业所得税。",
    );
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert!(b.amounts.is_empty(), "{b:?}");
    // a rate bounding the part above it caps the burden: the size of the relief
    let b = extract(None, "对高端人才,其个人所得税负超过15%的部分予以免征。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert_eq!(
        b.amounts
            .iter()
            .map(|a| a.text.as_str())
            .collect::<Vec<_>>(),
        ["15%"],
        "{b:?}"
    );
    // a sum granted stays one
    let b = extract(None, "对符合条件的企业给予最高500万元奖励。");
    assert_eq!(b.amounts.len(), 1, "{b:?}");
}

#[test]
fn a_contribution_a_party_does_not_pay_is_relieved() {
    let b = extract(None, "用人单位招用的农民合同制工人本人不缴纳失业保险费。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    assert_eq!(b.beneficiaries, ["农民工和就业困难人员"], "{b:?}");
    // a refusal or a default to pay is an offence, no relief
    for text in [
        "用人单位逾期不缴纳失业保险费的,依法申请人民法院强制征缴。",
        "用人单位拒不缴纳基本养老保险费的,依法申请人民法院强制征缴。",
        "经催告仍不缴纳保险费的,依法申请人民法院强制征缴。",
    ] {
        let b = extract(None, text);
        assert!(
            !b.benefit_types.iter().any(|t| t == "减税减免"),
            "{text}: {b:?}"
        );
    }
}
