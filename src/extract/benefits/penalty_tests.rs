//! The penalty-project-duty rules (2026-12-04, branch ben2): a penalty clause and the items of
//! a list it opens grant nothing (`penalties` in `[blockers]` of `data/benefit_types.toml`); an
//! investment project in the making names its builder (项目落地, 投资项目, 项目开工 in
//! `data/beneficiaries.toml`), a government's own project none (`not_after`), and a measure
//! about a service everyone uses is not only for the group its document is about; a service at
//! a remitted fee is one at a lower price (减免费); kinds of administrative act (行政奖励), a
//! receipt (税前扣除票据), security the applicant must put up (并提供担保) and staff who receive
//! complaints (接待投诉) grant nothing. Each test checks a text in the shape a rule handles,
//! that the rule is gone when its data entry is taken out, and a look-alike it must not take.

use super::vocabulary::{Vocabulary, VOCABULARY};
use super::{extract, extract_in, extract_with, Benefits};
use crate::data;

/// The shipped vocabulary with `entry` (a quoted word of a list, with its leading comma, every
/// word of a list, or a whole line) taken out of `data/benefit_types.toml` (`types`) or `data/beneficiaries.toml`.
pub(super) fn without(entry: &str, types: bool) -> Vocabulary {
    let (t, b) = (data::BENEFIT_TYPES.text, data::BENEFICIARIES.text);
    let file = if types { t } else { b };
    assert!(file.contains(entry), "{entry} not in its data file");
    let (t, b) = if types {
        (t.replace(entry, ""), b.to_owned())
    } else {
        (t.to_owned(), b.replace(entry, ""))
    };
    Vocabulary::parse(&b, &t, data::BENEFIT_AMOUNTS.text).unwrap()
}

pub(super) fn types(b: &Benefits) -> Vec<&str> {
    b.benefit_types.iter().map(String::as_str).collect()
}

pub(super) fn labels(b: &Benefits) -> Vec<&str> {
    b.beneficiaries.iter().map(String::as_str).collect()
}

/// The line of `data/benefit_types.toml` that sets `key`, whole.
pub(super) fn types_line(key: &str) -> &'static str {
    data::BENEFIT_TYPES
        .text
        .lines()
        .find(|l| l.starts_with(&format!("{key} = ")))
        .unwrap_or_else(|| panic!("{key} not in data/benefit_types.toml"))
}

/// The `penalties` line of `[blockers]`, whole.
fn penalties_line() -> &'static str {
    types_line("penalties")
}

/// The shipped vocabulary without the penalty words, nor the words a time limit asks its
/// sentence for (`needs_in_sentence`, which keep a duty's deadline from being a time cut): what
/// a penalty clause's figures would grant if nothing blocked them.
fn without_penalties() -> Vocabulary {
    let t = data::BENEFIT_TYPES
        .text
        .replace(penalties_line(), "")
        .replace(types_line("needs_in_sentence"), "");
    Vocabulary::parse(data::BENEFICIARIES.text, &t, data::BENEFIT_AMOUNTS.text).unwrap()
}

#[test]
fn a_penalty_clause_grants_nothing_by_its_figures_or_its_words() {
    let no_penalties = without_penalties();
    for text in [
        // a term of suspension is no processing time
        "情节严重的,由交通行政主管部门对经营者处以5000元至2万元的罚款,并可责令停业整顿3天至7天。",
        // the offence named (代办) is no service
        "中介机构擅自代办、伪造申请材料的,监督检查部门应当责令停止违法行为,没收违法所得,并处以违法所得2倍以上5倍以下的罚款。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.is_empty() && b.amounts.is_empty() && b.beneficiaries.is_empty(),
            "{text}: {b:?}"
        );
        let before = extract_with(None, text, &no_penalties);
        assert!(!before.benefit_types.is_empty(), "{text}: {before:?}");
    }
    // the offender's appeal is no time limit granted (it is the party's own deadline as well,
    // see deadline_tests: without the penalty words it still grants nothing)
    let text = "当事人对行政处罚决定不服的,可以在接到处罚通知之日起15日内,向上一级机关申请复议。";
    let b = extract(None, text);
    assert!(
        b.benefit_types.is_empty() && b.amounts.is_empty() && b.beneficiaries.is_empty(),
        "{text}: {b:?}"
    );
    // look-alike: a fine among the fees a service collects is no sanction
    let b = extract(None, "实现全市供热、供水、供电、罚款等生活性缴费即时办结。");
    assert_eq!(types(&b), ["时限压缩"], "{b:?}");
}

#[test]
fn the_items_of_a_list_of_offences_grant_nothing() {
    let text = "紧急医疗救援机构有下列行为之一的,由卫生行政部门责令改正;造成严重后果的,依法给予处分:\n(一)未执行二十四小时值班制度的;\n(二)违反本条例规定,未在二十日内向申请人反馈有关情况的。";
    let b = extract(None, text);
    assert!(b.benefit_types.is_empty() && b.amounts.is_empty(), "{b:?}");
    let before = extract_with(None, text, &without_penalties());
    assert!(!before.benefit_types.is_empty(), "{before:?}");
    // look-alike: the items of a list whose lead grants them still grant
    let b = extract(
        None,
        "公共人力资源服务机构提供下列服务,不得收费:\n(一)职业介绍;\n(二)对就业困难人员实施就业援助。",
    );
    assert_eq!(types(&b), ["免费"], "{b:?}");
}

#[test]
fn an_investment_project_in_the_making_names_its_builder() {
    let text = "市、县人民政府应当加强投资项目落地保障,根据需要指定专门人员全程跟踪服务。";
    let b = extract(None, text);
    assert_eq!(labels(&b), ["建设项目单位"], "{b:?}");
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
    let before = extract_with(
        None,
        text,
        &without(", \"投资项目\", \"项目落地\", \"项目开工\"", false),
    );
    assert_eq!(labels(&before), ["所有企业"], "{before:?}");
    // look-alike: the government's own project names no builder
    let title = ["广东省外商投资权益保护条例"];
    let text = "各级人民政府及其有关部门在政府资金安排、政府投资项目建设、土地供应、税费减免、资质许可、标准制定、项目申报、职称评定、人力资源政策等方面,应当依法平等对待外商投资企业和内资企业,不得制定或者实施歧视性政策措施。\n外商投资企业依法和内资企业平等参与政府采购、招标投标、土地出让、产权交易等活动。";
    let b = extract_in(&title, None, text, &VOCABULARY);
    assert_eq!(labels(&b), ["外资企业"], "{b:?}");
    let before = extract_in(&title, None, text, &without("\"政府\", ", false));
    assert!(
        before.beneficiaries.contains(&"建设项目单位".to_owned()),
        "{before:?}"
    );
}

#[test]
fn a_service_everyone_uses_serves_every_firm_in_a_document_about_projects() {
    let v = &*VOCABULARY;
    let title = ["项目落地建设流程再造工作实施意见"];
    let b = extract_in(
        &title,
        None,
        "进一步缩短不动产登记业务办结时限,一般登记3个工作日内办结。",
        v,
    );
    assert_eq!(labels(&b), ["所有企业"], "{b:?}");
    // look-alike: a matter of the document's group stays that group's
    let b = extract_in(&title, None, "进一步压缩审批时限,3个工作日内办结。", v);
    assert_eq!(labels(&b), ["建设项目单位"], "{b:?}");
}

#[test]
fn a_service_at_a_remitted_fee_is_a_lower_price() {
    let text = "参加失业保险的失业人员可以享受免费的职业介绍和减免费的职业培训。";
    let b = extract(None, text);
    assert_eq!(types(&b), ["免费", "降低费用"], "{b:?}");
    let before = extract_with(None, text, &without(" \"减免费\",", true));
    assert!(
        before.benefit_types.contains(&"减税减免".to_owned()),
        "{before:?}"
    );
}

#[test]
fn kinds_of_act_receipts_security_and_complaints_grant_nothing() {
    for (text, entry, ty) in [
        (
            "前款所称政务服务事项包括行政许可、行政给付、行政确认、行政奖励、行政裁决。",
            ", \"行政奖励\", \"行政给付\"",
            "补贴奖励",
        ),
        (
            "民政部门应当及时更新具有出具公益性捐赠税前扣除票据资格的慈善组织名单。",
            " \"票据\",",
            "减税减免",
        ),
        (
            "用人单位经批准缓缴基本养老保险费的,应当与社会保险经办机构签订缓缴协议,并提供担保。",
            ", \"并提供担保\", \"应当提供担保\", \"须提供担保\", \"需提供担保\", \"需要提供担保\"",
            "融资支持",
        ),
        (
            "社会保险行政部门应当设立举报信箱,指定专人负责接待投诉、举报。",
            ", \"投诉\", \"举报\"",
            "帮办代办",
        ),
    ] {
        let b = extract(None, text);
        assert!(!b.benefit_types.contains(&ty.to_owned()), "{text}: {b:?}");
        let before = extract_with(None, text, &without(entry, true));
        assert!(
            before.benefit_types.contains(&ty.to_owned()),
            "{text}: {before:?}"
        );
    }
    // look-alikes: a reward, a guarantee and staff given to firms still grant
    let b = extract(None, "对首次认定的高新技术企业给予奖励。");
    assert_eq!(types(&b), ["补贴奖励"], "{b:?}");
    let b = extract(None, "政府性融资担保机构应当为小微企业提供担保。");
    assert_eq!(types(&b), ["融资支持"], "{b:?}");
    let b = extract(None, "对重大项目指定专人负责全程跟踪服务。");
    assert_eq!(types(&b), ["帮办代办"], "{b:?}");
}

#[test]
fn data_obtained_by_sharing_and_no_longer_asked_is_a_document_not_submitted() {
    let text = "对于本市各级部门可以通过数据共享获取的信息,不得要求申请人提供。";
    let b = extract(None, text);
    assert_eq!(types(&b), ["环节材料减少", "容缺承诺"], "{b:?}");
    let before = extract_with(None, text, &without("sentence = true\n", true));
    assert!(before.benefit_types.is_empty(), "{before:?}");
    // look-alike: a demand forbidden that names no sharing
    let b = extract(
        None,
        "任何单位和个人不得要求政府统计机构提供统计调查中获得的能够识别单个统计调查对象的资料。",
    );
    assert!(!b.benefit_types.contains(&"容缺承诺".to_owned()), "{b:?}");
}
