//! Who gives and who is given: a verb said of a list of parties binds each of them (鼓励机关、
//! 企业事业单位…对其职工…奖励; 企业、事业组织应当…提供技术指导: the firms give), a gift names
//! the giver (捐赠…用于资助: the donor funds), a reference back (本条所述企业) names the class
//! an earlier provision delimits, and a verb with 了 narrates work done. Each test pairs the
//! text that changed with a look-alike that must stay.

use super::{assert_grants_nothing as nothing, extract};

#[test]
fn a_list_of_parties_called_on_or_bound_gives() {
    for text in [
        "鼓励机关、企业事业单位和其他社会组织对其职工、成员的文明行为进行奖励。",
        "企业、事业组织应当接纳职业学校和职业培训机构的学生和教师实习,并提供技术指导。",
        "鼓励、支持高等院校、企业事业单位及其他社会组织向社会免费开放场地。",
    ] {
        let b = extract(None, text);
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
    // the object of 对 listed before an obligation is granted to (the item right before the
    // obligation is read as its subject by an older rule; the one before it is not)
    let b = extract(None, "对小微企业、个体工商户和农民工应当给予补贴。");
    assert!(b.beneficiaries.contains(&"小微企业".to_owned()), "{b:?}");
    // a recipient opened after the list of those called on stays the recipient
    let b = extract(None, "鼓励银行、保险机构为小微企业提供贷款。");
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
    // a firm called on alone, as before
    let b = extract(None, "对符合条件的企业给予资金支持。");
    assert_eq!(b.beneficiaries, ["所有企业"], "{b:?}");
}

#[test]
fn a_gift_names_the_giver() {
    nothing("鼓励境内外企业、社会组织和个人捐赠财产用于资助公益性科普设施建设。");
    nothing("鼓励和支持单位和个人以资助、捐赠、参加志愿服务活动等方式参与公园的建设。");
    // a subsidy with no gift in its clause still grants
    let b = extract(
        None,
        "对捐赠数额较大的企业,给予表彰;对新设立的企业给予资助。",
    );
    assert_eq!(b.benefit_types, ["补贴奖励"], "{b:?}");
    // the donor's own relief is a tax relief
    let b = extract(
        None,
        "企业发生的公益性捐赠支出,按照有关税收法律的规定予以税前扣除。",
    );
    assert_eq!(b.benefit_types, ["减税减免"], "{b:?}");
}

#[test]
fn a_reference_back_names_the_class_defined_before() {
    let text = "上级人民政府应当扶持帮助下列企业发展生产:\n(一)民族乡办的企业;\n(二)少数民族投资额占30%以上的企业。\n信贷部门对本条所述企业,在信贷政策允许范围内给予优先贷款支持。";
    let b = extract(None, text);
    assert!(b.beneficiaries.is_empty(), "{b:?}");
    assert_eq!(b.benefit_types, ["融资支持"], "{b:?}");
    // a labelled class named before is the one referred to
    let b = extract(
        None,
        "本条所称小微企业,按照国家划型标准认定。\n前款规定的企业申请贷款的,给予贴息。",
    );
    assert_eq!(b.beneficiaries, ["小微企业"], "{b:?}");
}

#[test]
fn a_verb_with_le_narrates_work_done() {
    nothing(
        "青岛市积极探索审批时长的再压缩,只需几分钟业务即可办结,多个事项审批时长实现了以秒衡量。",
    );
    // the same grant stated as a policy still grants
    let b = extract(
        None,
        "推行智能审批,只需几分钟业务即可办结,为企业提供即时办结服务。",
    );
    assert!(b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
}
