//! Whose a grant that names no group is: a measure (an article of a law, an item of a plan)
//! holds several provisions, each with its own party. Enterprises named by another provision
//! (鼓励企业…, 会同…供电企业…) are that provision's party: a grant of another sentence that names
//! no one is not theirs, nor enterprises' in general.

use super::extract;

#[test]
fn enterprises_named_by_another_provision_do_not_receive_a_grant_naming_no_one() {
    for text in [
        "鼓励企业加强品牌建设。公共图书馆应当提供免费的借阅服务。",
        "有关部门应当会同供电企业制定实施办法。场馆应当向社会免费开放。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["免费"], "{text}: {b:?}");
        assert!(b.beneficiaries.is_empty(), "{text}: {b:?}");
    }
}

#[test]
fn the_granting_sentence_its_list_lead_or_an_earlier_application_names_the_party() {
    for text in [
        // the party is named in the same sentence
        "登记机关应当为企业免费提供咨询服务。",
        // the part of the sentence before 「;」 speaks of a matter firms go through
        "收费站应当开足收费通道;车辆堵塞的,应当免费放行。",
        // the party applied in an earlier sentence: the grant answers him
        "申请人可以向登记机关提出申请。登记机关应当免费提供咨询服务。",
        // the lead line of a list names the party its items grant to
        "对守信的市场主体采取以下激励措施:\n(一)免费提供咨询服务;\n(二)优先办理。",
    ] {
        let b = extract(None, text);
        assert!(
            b.benefit_types.contains(&"免费".to_owned()),
            "{text}: {b:?}"
        );
        assert_eq!(b.beneficiaries, ["所有企业"], "{text}: {b:?}");
    }
}
