//! The parties statutes name by their legal kind, a demand forbidden and a remission whose
//! object comes before it (2026-12-03, branch ben3): each rule with a look-alike it must not take.

use super::extract;

#[test]
fn an_employer_that_applies_is_an_enterprise() {
    // 用人单位 applies for the deferral: the employer is granted to
    let b = extract(
        None,
        "用人单位有下列情形之一的,可以向当地劳动保障行政部门申请办理失业保险费缓缴手续。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    assert!(b.benefit_types.contains(&"减税减免".to_owned()), "{b:?}");
    // 用人单位 only pays: the free training is the workers'
    let b = extract(
        None,
        "用人单位招用的职工,可以免费参加公共就业服务机构提供的职业培训。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn an_employer_whose_own_payment_is_relieved_is_an_enterprise() {
    // (2026-12-06, branch bene26) the relief is on what the employer pays: it is granted to
    let b = extract(None, "用人单位缴纳的基本养老保险费在税前列支。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    // look-alike: the employer bound to pay, no 的 opening a payment of its own, no grant
    let b = extract(None, "用人单位应当按时足额缴纳基本养老保险费。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // look-alike: what the employer hires is granted to, not what it pays
    let b = extract(
        None,
        "用人单位招用的职工,可以免费参加公共就业服务机构提供的职业培训。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn units_and_persons_are_every_enterprise_unless_they_act_for_a_citizen() {
    let b = extract(
        None,
        "对示范区内的组织和个人办理行政许可事项,应当简化程序、缩短期限。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(
        None,
        "未成年人合法权益受到侵犯,相关组织和个人未代为提起诉讼的,人民检察院可以支持其提起诉讼,并提供法律援助。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_demand_forbidden_spares_the_applicant() {
    let b = extract(
        None,
        "推行网上办理。对于可以通过数据共享获取的信息,不得要求申请人提供。",
    );
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
    let b = extract(None, "推行网上办理。要求申请人如实提供信息。");
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}

#[test]
fn a_remission_ending_its_clause_remits_the_fee_named_before() {
    let b = extract(
        None,
        "职业学校可以适当收取学费,对经济困难的学生应当酌情减免。",
    );
    assert_eq!(b.benefit_types, ["免费", "降低费用"], "{b:?}");
    // a tax named there too: the remission is a tax relief
    let b = extract(None, "对小规模纳税人的教育费附加和资源税,一律顶格减免。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
}

#[test]
fn a_cost_booked_before_tax_and_an_approval_on_pledge() {
    let b = extract(None, "用人单位缴纳的基本养老保险费在税前列支。");
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    let b = extract(None, "对企业投资项目实行信用承诺制审批。");
    assert!(b.benefit_types.contains(&"容缺承诺".to_owned()), "{b:?}");
}
