//! Readings drawn from the false grants and misses of every development set where the recipient
//! of a measure is a government body, a bank or a household rather than an applicant, or where a
//! grant is worded without a cue word: a sentence that asks a body to act (请财政部…) assigns it
//! work; a bank put in charge of a programme's lending (…银行负责落实…贷款) is told what to fund;
//! a home or consumer loan (住房贷款, 消费信贷) is a household's own debt; a time a body failed to
//! keep (未在十个工作日内) is a condition. Fees barred under the names listed (不得以保证金、承诺费…
//! 等名义收取) are not paid, and preferences on a rate (在…利率水平…等方面提供更多优惠) lower what
//! credit costs. Each test pairs the text that changed with a look-alike that must stay as it was.

use super::extract;

fn has(b: &super::Benefits, ty: &str) -> bool {
    b.benefit_types.iter().any(|t| t == ty)
}

#[test]
fn a_request_to_a_government_body_assigns_it_work() {
    for text in [
        "请财政部提出修订建议,简化科技成果的国有资产评估程序,缩短评估周期。",
        "请你省有关部门简化审批手续,对困难企业给予补助。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
            "{text}: {b:?}"
        );
    }
    // the same work done by the text's own addressees grants; a request to applicants too
    let b = extract(None, "简化科技成果的国有资产评估程序,缩短评估周期。");
    assert!(has(&b, "环节材料减少"), "{b:?}");
    let b = extract(
        None,
        "请符合条件的小微企业于6月底前申报,给予最高10万元补贴。",
    );
    assert!(has(&b, "补贴奖励"), "{b:?}");
}

#[test]
fn a_bank_put_in_charge_of_a_programme_grants_no_credit() {
    let b = extract(
        None,
        "中国农业发展银行负责落实采购、加工、调拨、供应应急粮食所需贷款。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let b = extract(None, "引导银行对小微企业发放信用贷款。");
    assert!(has(&b, "融资支持"), "{b:?}");
}

#[test]
fn a_household_loan_is_no_credit_granted() {
    for text in [
        "纳税人使用个人住房贷款购买住房,发生的首套住房贷款利息支出,按照每月1000元的标准定额扣除。",
        "推动银行业金融机构研发体育竞赛表演类消费信贷新产品。",
    ] {
        let b = extract(None, text);
        assert!(!has(&b, "融资支持"), "{text}: {b:?}");
    }
    let b = extract(None, "对符合条件的个体工商户给予创业担保贷款支持。");
    assert!(has(&b, "融资支持"), "{b:?}");
}

#[test]
fn a_time_a_body_failed_to_keep_is_a_condition() {
    let b = extract(
        None,
        "税务机关未在十个工作日内完成核查的,企业书面承诺后免于提交清税证明。",
    );
    assert!(!has(&b, "时限压缩") && b.amounts.is_empty(), "{b:?}");
    // the time kept on a matter applied for is the applicant's; a body's own check is its duty
    let b = extract(None, "企业申请注销的,税务机关应当在十个工作日内完成核查。");
    assert!(has(&b, "时限压缩"), "{b:?}");
    let b = extract(None, "信用信息共享平台应当在五个工作日内完成数据核查。");
    assert!(!has(&b, "时限压缩"), "{b:?}");
}

#[test]
fn fees_barred_under_the_names_listed_are_not_paid() {
    let b = extract(
        None,
        "规范银行的收费行为,不得以保证金、承诺费、咨询费等名义收取不合理费用,避免加重企业负担。",
    );
    assert!(has(&b, "免费"), "{b:?}");
    // a ban on charging with no fee named stays supervision
    let b = extract(None, "严禁违规收费,查处各类违规收费行为。");
    assert!(b.benefit_types.is_empty(), "{b:?}");
}

#[test]
fn preferences_on_a_rate_lower_what_credit_costs() {
    let b = extract(
        None,
        "引导银行业金融机构在授信额度、利率水平、续贷条件等方面提供更多优惠。",
    );
    assert!(has(&b, "降低费用"), "{b:?}");
    let b = extract(None, "对高新技术企业在用地方面给予优惠。");
    assert!(!has(&b, "降低费用"), "{b:?}");
}
