//! Readings drawn from the look-alikes of the seventh to ninth development sets and the time
//! grants of the real documents: a time limit is a benefit only where a matter is handled for
//! someone (`needs_in_sentence` of 时限压缩). A time in a sentence naming no party and no matter
//! applied for, decided or served is the deadline of a duty — the government's own work, a
//! party's obligation — or a rule of work; a sampling inspection (抽检, 抽测, 抽查) done free
//! binds the inspectors; an acting office holder (代理主任) and paired assistance between places
//! (对口帮扶) serve no applicant. Each test pairs the text that changed with a look-alike that must
//! stay as it was.

use super::extract;

#[test]
fn the_deadline_of_the_governments_own_work_is_no_benefit() {
    for text in [
        "省、省辖市信用信息共享平台应当对收到的社会信用信息在五个工作日内完成数据核查。",
        "制定机关应当在三十日内提出书面处理意见。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{b:?}");
        assert!(b.amounts.is_empty(), "{b:?}");
    }
    // a limit on deciding an application still serves the applicant
    let b = extract(
        None,
        "主管部门应当自收到申请之日起五个工作日内完成核查并作出决定。",
    );
    assert_eq!(b.benefit_types, ["时限压缩"], "{b:?}");
    assert_eq!(b.amounts.len(), 1, "{b:?}");
    // a step of the procedure that answers an application is the applicant's time too
    let b = extract(
        None,
        "文物行政部门应当在接到考古调查、勘探申请之日起七日内,组织考古发掘单位进行考古调查、勘探。考古发掘单位应当在三十日内完成考古调查、勘探。",
    );
    let texts: Vec<&str> = b.amounts.iter().map(|a| a.text.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("三十日")), "{b:?}");
}

#[test]
fn a_partys_obligation_or_a_rule_of_work_is_no_benefit() {
    for text in [
        "运至殡仪馆的遗体应当在七日内火化。",
        "机动车停放者占用免费机动车临时停车泊位持续时间不得超过二十四小时。",
        "消防控制室应当由其管理单位实行二十四小时值班制度,每班不少于两人。",
    ] {
        let b = extract(None, text);
        assert!(!b.benefit_types.contains(&"时限压缩".to_owned()), "{b:?}");
        assert!(b.amounts.is_empty(), "{b:?}");
    }
    // a named party's processing time, a procurement contract and a repair limit still count
    for text in [
        "社会投资房屋建筑项目3个工作日。",
        "中标(成交)通知书发出后,10个工作日内完成政府采购合同签订。",
        "2022年底前,供暖维修时限缩减至24小时。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["时限压缩"], "{text}: {b:?}");
    }
}

#[test]
fn a_sampling_inspection_free_of_charge_binds_the_inspectors() {
    let b = extract(
        None,
        "有关主管部门按照本条例规定对机动车排气污染进行抽检的,不得收取费用。",
    );
    assert!(b.benefit_types.is_empty(), "{b:?}");
    // a fee an applicant is spared still grants
    let b = extract(None, "登记机关不收取登记费用。");
    assert_eq!(b.benefit_types, ["免费"], "{b:?}");
}

#[test]
fn an_acting_office_holder_and_paired_assistance_serve_no_applicant() {
    for text in [
        "人民代表大会常务委员会主任因为健康情况不能工作或者缺位的时候,由本级人民代表大会常务委员会在副主任中推选一人代理主任的职务。",
        "决定省人民检察院代理检察长,应当报最高人民检察院和全国人民代表大会常务委员会备案。",
        "省人民政府应当完善珠江三角洲地区与粤东粤西粤北地区对口帮扶协作机制。",
    ] {
        let b = extract(None, text);
        assert!(b.benefit_types.is_empty(), "{text}: {b:?}");
    }
    // an agent who files for the applicant, and help given to firms, still serve
    for text in [
        "推行银行网点代理企业登记注册业务。",
        "对中小企业开展一对一帮扶。",
    ] {
        let b = extract(None, text);
        assert_eq!(b.benefit_types, ["帮办代办"], "{text}: {b:?}");
    }
}
