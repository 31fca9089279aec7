//! The lender-market-designee rules (2026-12-05, branch bene10), drawn from the look-alikes of
//! the fourth, seventh and ninth development sets: who acts in a sentence decides what it grants.
//! Money a lender puts up (金融机构…予以资金支持) is credit, no subsidy; money a firm raises on a
//! stock market (上市融资, 挂牌融资) or raised as the base of a reward (按实际融资额…给予补助) is no
//! credit granted; staff a party is obliged to designate (用火单位…应当指定专人负责) or who keep
//! things in custody (专人保管) serve no applicant; 点对点 before a query or a flow of goods
//! (点对点直接流转) is a route, no one-to-one service. Each test checks the texts the rule changed,
//! that they change back when its data entry is taken out of `data/benefit_types.toml`, and a
//! look-alike that must stay as it was.

use super::penalty_tests::{types_line, without};
use super::vocabulary::Vocabulary;
use super::{extract, extract_with};

fn has(text: &str, ty: &str) -> bool {
    extract(None, text).benefit_types.contains(&ty.to_string())
}

/// `texts` do not grant `ty`, and do once `entry` is taken out of the data.
fn changed_by(entry: &str, ty: &str, texts: &[&str]) {
    let before: Vocabulary = without(entry, true);
    for text in texts {
        assert!(!has(text, ty), "{text}: {:?}", extract(None, text));
        let b = extract_with(None, text, &before);
        assert!(b.benefit_types.contains(&ty.to_string()), "{text}: {b:?}");
    }
}

#[test]
fn money_a_lender_puts_up_is_credit_not_a_subsidy() {
    changed_by(
        types_line("lent_triggers"),
        "补贴奖励",
        &[
            "金融机构应当根据国家信贷政策支持民营科技企业发展,对有信誉、科技含量高的民营科技企业及其项目,优先予以资金支持。",
            "鼓励商业性金融机构对农民专业合作社开展信贷服务,提供资金支持。",
        ],
    );
    // money the government puts up stays a subsidy
    assert!(has("市财政对符合条件的小微企业给予资金支持。", "补贴奖励"));
}

#[test]
fn money_raised_on_a_market_is_no_credit_granted() {
    let texts = [
        "支持符合条件的科技型企业在区域股权市场挂牌融资,对于首发上市的科技型企业给予奖励。",
        "对发行公司债券、企业债券的,按实际融资额的2‰给予补助。",
    ];
    changed_by(
        "\"上市融资\", \"挂牌融资\", \"实际融资\", ",
        "融资支持",
        &texts,
    );
    for text in texts {
        assert!(has(text, "补贴奖励"), "{text}: {:?}", extract(None, text));
    }
    // a loan to enterprises still grants
    assert!(has("对上市后备企业提供信用贷款支持。", "融资支持"));
}

#[test]
fn staff_a_party_is_obliged_to_designate_serve_no_applicant() {
    changed_by(
        ", \"应当指定专人\", \"应当指派专人\", \"应当安排专人\", \"应当确定专人\", \"应当配备专人\"",
        "帮办代办",
        &[
            "经批准野外用火的,用火单位或者个人应当指定专人负责,事先开设防火隔离带。",
            "监理单位应当安排专人进行现场监理,发现施工作业存在安全隐患的,应当要求施工单位整改。",
        ],
    );
    changed_by(
        ", \"保管\", \"看管\"",
        "帮办代办",
        &["账、物应当分别由专人保管,做好防水、防火、防盗工作。"],
    );
    // staff designated for an applicant still help him
    assert!(has("为重点项目确定专人跟进。", "帮办代办"));
    assert!(has("安排专人全程帮办,实现专线沟通、专人解答。", "帮办代办"));
}

#[test]
fn a_route_between_two_ends_is_no_one_to_one_service() {
    changed_by(
        ", \"查控\", \"直接流转\"",
        "帮办代办",
        &[
            "拓展“总对总”系统对接,实现“点对点”查控、政银联办。",
            "实行数据自动比对、卡口自动核放,实现保税货物点对点直接流转。",
        ],
    );
    // staff following a project one to one still help
    assert!(has(
        "通过“点对点”跟进服务、上门服务,加快环评审批。",
        "帮办代办"
    ));
}

/// bene33: a demand for credit described (融资需求旺盛的县) or matched with lenders (融资需求对接)
/// and the outcome of lending measured (融资成效显著) name no credit granted.
#[test]
fn a_demand_for_credit_or_its_outcome_is_no_credit_granted() {
    changed_by(
        "\"需求旺盛\", \"需求对接\", \"成效\", \"效果\", ",
        "融资支持",
        &[
            "加快发展市、县两级融资担保机构,并向经济相对发达、小微企业和“三农”主体融资需求旺盛的县(区)延伸。",
            "面向智能制造装备企业、关键软件企业和行业用户,定期开展项目、人才、融资需求对接与示范项目推广。",
            "开展金融机构创新评选活动,对融资成效显著、具有突破和开创意义的金融创新项目予以资金奖励。",
        ],
    );
    // look-alike: a demand served is credit given
    assert!(has(
        "完善企业融资服务平台,服务更多中小企业融资需求。",
        "融资支持"
    ));
}
