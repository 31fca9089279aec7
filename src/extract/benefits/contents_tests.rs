//! The contents-trade-duty rules (2026-12-04, branch bene3): what a document must state
//! (办事指南…明确…容缺受理、办理环节和时限…等内容: `contents` in `[blockers]` of
//! `data/benefit_types.toml`) is no grant; the applicants of a trade's licence (申请经营出租汽车的
//! 单位和个人: `sector_relative` in `data/beneficiaries.toml`) are that trade's operators, no
//! firm in general, even where the sentence binds them (…应当按照下列规定办理); a duty borne
//! (承担保修责任) holds no guarantee, and the government's own financing projects (政府融资项目)
//! are no firm's credit. Each test checks a text in the shape a rule handles, that the rule is
//! gone when its data entry is taken out, and a look-alike it must not take.
//! The same headings set out as a list (特许经营协议应当包括下列内容:, 协商内容主要包括:,
//! `stating` and `listed` in `[blockers]`, 2026-12-04, branch contents2): its items grant nothing.

use super::penalty_tests::{labels, types, types_line, without};
use super::{extract, extract_with};

#[test]
fn the_contents_a_document_must_state_grant_nothing() {
    let no_contents = without("contents = [\"内容\"]\n", true);
    for text in [
        "有关部门出台中小企业政务服务政策,应当及时明确办理条件、地点和流程、所需材料、容缺受理、办理环节和时限、收费标准、联系方式、投诉渠道等内容。",
        "有关部门应当细化量化政务服务标准,明确办理事项的办理条件、所需材料、审查标准、办理环节和流程、容缺受理、办理时限、收费标准等内容。",
    ] {
        let b = extract(None, text);
        assert!(types(&b).is_empty(), "{text}: {b:?}");
        let before = extract_with(None, text, &no_contents);
        assert!(types(&before).contains(&"容缺承诺"), "{text}: {before:?}");
    }
    // look-alikes: a trigger right before 内容 (推送政策内容) and an enumeration of grants
    // closed by another word still grant
    let b = extract(None, "根据企业所属行业、规模等主动向企业精准推送政策内容。");
    assert!(types(&b).contains(&"帮办代办"), "{b:?}");
    let b = extract(
        None,
        "对基本条件具备、主要申报材料齐全的登记事项,实行容缺受理、告知承诺等便利措施。",
    );
    assert!(types(&b).contains(&"容缺承诺"), "{b:?}");
}

#[test]
fn the_applicants_of_a_trade_s_licence_are_that_trade_not_every_firm() {
    let text = "申请经营出租汽车的单位和个人应当按照下列规定办理申报审批手续:\n(一)到工商行政管理机关办理名称预先核准登记。\n(二)持有关证明向市交通行政主管部门提出书面申请,市交通行政主管部门自接到申请书之日起30天内作出审批决定。合格的,发给经营许可证件。";
    let b = extract(None, text);
    assert!(labels(&b).is_empty(), "{b:?}");
    assert_eq!(types(&b), ["时限压缩"], "{b:?}");
    let before = extract_with(None, text, &without(", \"申请经营\"", false));
    assert_eq!(labels(&before), ["所有企业"], "{before:?}");
    // look-alike: an applicant named by no trade stays every firm
    let b = extract(
        None,
        "申请人应当按照下列规定办理申报审批手续:\n(一)持有关证明向市交通行政主管部门提出书面申请,市交通行政主管部门自接到申请书之日起30天内作出审批决定。",
    );
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
}

#[test]
fn a_duty_borne_and_the_government_s_own_financing_grant_no_credit() {
    let text = "本市实行信息化工程质量保修制度。承揽信息化工程的单位应当对信息化工程承担保修责任。";
    let b = extract(None, text);
    assert!(types(&b).is_empty() && labels(&b).is_empty(), "{b:?}");
    let before = extract_with(None, text, &without("\"承担保\", ", true));
    assert!(types(&before).contains(&"融资支持"), "{before:?}");

    let text =
        "政府投资和政府融资项目的招标人,应当严格按照批准的初步设计方案和投资总额编制招标文件。";
    let b = extract(None, text);
    assert!(types(&b).is_empty() && labels(&b).is_empty(), "{b:?}");
    // both rules on the government's own financing taken out: the clause's project (政府融资
    // 项目) and the trigger's own word (政府融资, `not_in` of 融资支持)
    let data = crate::data::BENEFIT_TYPES.text;
    for entry in [", \"政府融资项目\"", "\"政府融资\", "] {
        assert!(data.contains(entry), "{entry}");
    }
    let types_without = data
        .replace(", \"政府融资项目\"", "")
        .replace("\"政府融资\", ", "");
    let v = super::vocabulary::Vocabulary::parse(
        crate::data::BENEFICIARIES.text,
        &types_without,
        crate::data::BENEFIT_AMOUNTS.text,
    )
    .unwrap();
    let before = extract_with(None, text, &v);
    assert!(types(&before).contains(&"融资支持"), "{before:?}");

    // look-alike: a guarantee given to a group grants
    let b = extract(None, "融资担保机构为小微企业提供担保,担保费率不超过1%。");
    assert!(types(&b).contains(&"融资支持"), "{b:?}");
}

#[test]
fn the_items_of_a_list_of_what_a_document_contains_grant_nothing() {
    let no_stating = without(types_line("stating"), true);
    for (text, before_type) in [
        (
            "特许经营协议应当包括下列内容:\n(一)项目名称、内容;\n(五)投融资期限和方式;\n(七)特许经营权使用费及其减免;\n(八)特许经营者的权利和义务。",
            "免费",
        ),
        (
            "工资分配制度应当包括以下内容:\n(一)岗位工资分配办法;\n(三)奖金、津贴、补贴分配办法。",
            "补贴奖励",
        ),
        (
            "补充保险和福利协商内容主要包括:\n(一)补充医疗保险;\n(二)职工交通补贴、住房补贴。",
            "补贴奖励",
        ),
    ] {
        let b = extract(None, text);
        assert!(types(&b).is_empty() && labels(&b).is_empty(), "{text}: {b:?}");
        let before = extract_with(None, text, &no_stating);
        assert!(types(&before).contains(&before_type), "{text}: {before:?}");
    }
    // look-alikes: a list whose lead grants (提供下列服务,不得收费:) and one whose lead names no
    // contents (对下列企业给予补贴:) still grant; so does a sentence after the list
    let b = extract(
        None,
        "公共就业服务机构应当为劳动者免费提供下列服务:\n(一)就业政策法规咨询;\n(二)职业介绍。",
    );
    assert!(types(&b).contains(&"免费"), "{b:?}");
    let b = extract(
        None,
        "特许经营协议应当包括下列内容:\n(一)项目名称。\n对新设立的小微企业给予一次性创业补贴。",
    );
    assert!(types(&b).contains(&"补贴奖励"), "{b:?}");
}

/// bene33: a body's review set out as a list (主要审查以下内容:) names the headings it examines,
/// and the papers a party must hand in (应当提交下列文件:) name documents required: their items
/// grant nothing; a lead that spares the papers still grants by its own words.
#[test]
fn the_items_of_a_review_or_of_the_papers_required_grant_nothing() {
    for (entry, text, before_type) in [
        (
            "\"审查\", \"审核\", ",
            "对市级决算草案,主要审查以下内容:\n(一)预算年度收支完成情况;\n(九)中央财政补助资金的安排和使用情况。",
            "补贴奖励",
        ),
        (
            ", \"下列文件\", \"以下文件\", \"下列材料\", \"以下材料\"",
            "申请建筑物首次登记,应当提交下列文件:\n(一)登记申请书;\n(四)建设工程竣工联合验收合格证明文件。",
            "环节材料减少",
        ),
    ] {
        let b = extract(None, text);
        assert!(types(&b).is_empty() && labels(&b).is_empty(), "{text}: {b:?}");
        let before = extract_with(None, text, &without(entry, true));
        assert!(types(&before).contains(&before_type), "{text}: {before:?}");
    }
    // look-alike: the lead that spares the papers grants
    let b = extract(
        None,
        "通过数据共享能够获取的,申请人无需提交下列材料:\n(一)营业执照;\n(二)身份证明。",
    );
    assert!(types(&b).contains(&"环节材料减少"), "{b:?}");
}
