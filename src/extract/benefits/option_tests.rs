//! Four readings drawn from the development misses: a deduction the taxpayer may choose who
//! claims (可以选择由本人扣除) and a deduction from taxable income (抵扣…应纳税所得额) relieve tax;
//! a review dropped (不再审核建册, 不再作重复审查, 取消施工图审查) is a step less; the firms an
//! investment goes to (投资于…高新技术企业) are not the investor granted to; and a time before
//! 的当年 dates when a condition is met, it sizes nothing. Each test pairs the text that changed
//! with a look-alike that must stay as it was.

use super::extract;

#[test]
fn a_deduction_one_may_choose_who_claims_relieves_tax() {
    for text in [
        "个人接受本科及以下学历(学位)继续教育,符合本办法规定扣除条件的,可以选择由其父母扣除,也可以选择由本人扣除。",
        "纳税人发生的医药费用支出可以选择由本人或者其配偶扣除。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["减税减免"], "{text}: {b:?}");
        // persons claim it: no enterprise label
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // a limit on who may claim chooses nothing: no option granted
    let b = extract(
        None,
        "夫妻双方主要工作城市相同的,只能由一方扣除住房租金支出。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn an_offset_against_taxable_income_relieves_tax_and_its_share_sizes_it() {
    let b = extract(
        None,
        "创业投资企业采取股权投资方式投资于未上市中小高新技术企业二年以上,符合规定条件的,可以按照其投资额的百分之七十在股权持有满二年的当年抵扣该创业投资企业的应纳税所得额。",
    );
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
    // the firms invested in are not the investor the relief is for
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    // the share is the relief; the holding period dates the year, it sizes nothing
    let texts: Vec<&str> = b.amounts.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, ["百分之七十"], "{b:?}");
    // a firm granted to directly stays the recipient
    let b = extract(None, "对高新技术企业投资建设的项目给予最高100万元奖励。");
    assert_eq!(b.beneficiaries, ["高新技术企业"], "{b:?}");
}

#[test]
fn a_review_dropped_is_a_step_less() {
    for text in [
        "对自愿从事司法鉴定的中介机构,不再审核建册,全部实行备案制度。",
        "有关行政主管部门在办理特许经营项目相关手续时,对已经出具审定意见的内容,不再作重复审查。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.iter().any(|t| t == "环节材料减少"),
            "{text}: {b:?}"
        );
    }
    // a qualification withdrawn as a sanction is no review dropped
    let b = extract(None, "情节严重的,由负责资质认定的部门取消检验资格。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // a review strengthened grants nothing
    let b = extract(None, "加强对中介机构的审核。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}
