//! Officials who go to the firms (深入企业) serve them on their premises, as 上门 does; a clause
//! blocker inside the name of a physical thing (建筑内部: a building's inside) is another word, no
//! body's own process; a list the authority revises (调整…清单) and what its review of its own
//! measures finds (评估认为…) are its own work (2026-12-06, branch bene30). Each test checks a text in the
//! shape a rule handles, that the rule is gone when its data entry is emptied, and a look-alike
//! it must not take.

use super::penalty_tests::{labels, types, without};
use super::{extract, extract_with};

#[test]
fn officials_going_into_the_firms_serve_them_there() {
    let text = "强化服务型政府建设。不断提升惠企服务意识,定期深入企业实地了解情况,现场调处问题。";
    let b = extract(Some("强化服务型政府建设"), text);
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
    let gone = extract_with(
        Some("强化服务型政府建设"),
        text,
        &without(" \"深入企业\",", true),
    );
    assert!(gone.benefit_types.is_empty(), "{gone:?}");
    // a visit told as work done (今年以来…) is a report, no service granted now
    let report = extract(None, "今年以来,累计深入企业走访300余家。");
    assert!(report.benefit_types.is_empty(), "{report:?}");
}

#[test]
fn a_buildings_inside_is_no_bodys_internal_process() {
    let text =
        "完善规委会工作机制\n修改完善工作规则。设计方案审查内容不再包括建筑内部平面及剖面设计。";
    let b = extract(Some("完善规委会工作机制"), text);
    assert_eq!(types(&b), ["环节材料减少"], "{b:?}");
    assert_eq!(labels(&b), ["建设项目单位"], "{b:?}");
    let gone = extract_with(
        Some("完善规委会工作机制"),
        text,
        &without("\"建筑内部\", ", true),
    );
    assert!(gone.benefit_types.is_empty(), "{gone:?}");
    // a body's own internal review still blocks: no applicant is spared a step
    let internal = extract(None, "规划部门内部审查不再包括会签环节。");
    assert!(internal.benefit_types.is_empty(), "{internal:?}");
}

#[test]
fn a_list_revised_or_reviewed_by_the_authority_is_its_own_work() {
    // the cuts named with a list the authority revises are what the list will hold
    let text = "证明事项清理后,应当取消证明事项的,各部门及时依程序取消证明并调整证明事项清单。";
    let b = extract(None, text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let kept = extract_with(None, text, &without(", \"调整\"", true));
    assert_eq!(types(&kept), ["环节材料减少"], "{kept:?}");
    // what the authority's review of its own measures finds
    let text =
        "评估认为相关事项已经具备调整或者取消条件的,应当按照管理权限和程序,及时予以调整或者取消。";
    let b = extract(None, text);
    assert!(b.benefit_types.is_empty(), "{b:?}");
    let kept = extract_with(None, text, &without(", \"评估认为\"", true));
    assert_eq!(types(&kept), ["环节材料减少"], "{kept:?}");
    // a list named before the verb is a system set up, no list revised: the time cut before
    // it still grants
    let b = extract(
        None,
        "压减口岸整体通关时间,建立口岸收费清单管理制度以及动态调整机制。",
    );
    assert_eq!(types(&b), ["时限压缩"], "{b:?}");
    // a cut stated outright still grants
    let b = extract(None, "取消证明事项20项,实现企业办事无证明。");
    assert!(types(&b).contains(&"环节材料减少"), "{b:?}");
}
