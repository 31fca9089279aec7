//! Fields of work and remedies owed (2026-12-07, branch bene39). A preference a body must give
//! in the fields of its work it lists in 「在…等方面」 across clauses (在安排经济建设项目和专项
//! 资金、贷款,开展对口支援…等方面,应当…优先给予照顾和扶持) names 贷款 as one such field, no
//! credit granted (`topic_openers`, `topic_closers` of `[blockers]` in
//! `data/benefit_types.toml`); a party at fault made to repair or redo its work without pay
//! (负责无偿修理或者返工; 无偿返修) bears a liability, nothing is made free (`修理`, `返工`,
//! `返修` in `[blockers].after`). Each test checks texts in the shape a rule handles, that the
//! rule is gone when its data entry is taken out, and look-alikes it must not take.

use super::penalty_tests::{types, types_line, without};
use super::vocabulary::Vocabulary;
use super::{extract, extract_with};
use crate::data;

#[test]
fn credit_named_as_a_field_of_work_is_no_credit_granted() {
    for text in [
        "有关部门在安排经济建设项目和专项资金、贷款,开展对口支援和经济技术协作等方面,应当对民族乡和散居少数民族聚居的管理区优先给予照顾和扶持。",
        "各级人民政府和有关部门在安排经济建设项目和专项资金、贷款、物资,提供产供销服务,开展对口支援和经济技术协作等方面,应当根据少数民族的特点和需要优先给予扶持。",
    ] {
        let b = extract(None, text);
        assert!(!types(&b).contains(&"融资支持"), "{text}: {b:?}");
        let gone = extract_with(None, text, &without(types_line("topic_closers"), true));
        assert!(types(&gone).contains(&"融资支持"), "{text}: {gone:?}");
    }
    // look-alikes: the terms credit is given on, listed in one clause, still grant it; so does
    // credit granted outright after a frame of fields
    for text in [
        "引导银行业金融机构在授信额度、担保放大倍数、利率水平、续贷条件等方面提供更多优惠。",
        "在用地、用工等方面,对小微企业给予贷款贴息。",
    ] {
        let b = extract(None, text);
        assert!(types(&b).contains(&"融资支持"), "{text}: {b:?}");
    }
}

#[test]
fn a_remedy_owed_for_defective_work_makes_nothing_free() {
    let after = types_line("after");
    for text in [
        "施工企业造成建设工程质量不符合规定的质量标准的,负责无偿修理或者返工、改建,并赔偿由此造成的损失。",
        "机动车维修经营者对质量保证期内发生的维修质量问题无偿返修。",
    ] {
        let b = extract(None, text);
        assert!(!types(&b).contains(&"免费"), "{text}: {b:?}");
        let kept = after
            .replace("\"修理\", ", "")
            .replace("\"返工\", ", "")
            .replace("\"返修\", ", "");
        let t = data::BENEFIT_TYPES.text.replace(after, &kept);
        let v = Vocabulary::parse(data::BENEFICIARIES.text, &t, data::BENEFIT_AMOUNTS.text).unwrap();
        let gone = extract_with(None, text, &v);
        assert!(types(&gone).contains(&"免费"), "{text}: {gone:?}");
    }
    // look-alikes: a service given free still grants
    for text in [
        "为小微企业免费提供创业指导服务。",
        "对残疾人家庭无偿提供住房改造。",
    ] {
        let b = extract(None, text);
        assert!(types(&b).contains(&"免费"), "{text}: {b:?}");
    }
}
