//! Words of a grant that name something else: agency as a trade or a party's own agent (货运
//! 代理, 委托他人代理), a reward for conduct (表现突出), a loan repaid or a security between
//! parties (偿还贷款, 设定担保), guidance as a body's oversight (负责技术指导), 税收减免 beside a
//! cost (研究开发费用), the incentive pay of public staff (奖励性绩效工资), a digital project (场景
//! 建设项目), money collected back (收缴已拨付的奖补资金). Each test pairs the text that changed
//! with a look-alike that must stay.

use super::{assert_grants_nothing as nothing, extract};

fn types(text: &str) -> Vec<String> {
    extract(None, text).benefit_types
}

#[test]
fn agency_helps_only_when_a_body_files_for_the_applicant() {
    nothing("整合货运、货运代理和货运场站等运输资源。");
    nothing("申请房地产登记,申请人可以委托他人代理。");
    assert_eq!(
        types("推行银行网点代理企业登记注册业务,方便企业就近办理。"),
        ["帮办代办"]
    );
    assert_eq!(
        types("国家鼓励专利代理机构为小微企业提供专利代理援助服务。"),
        ["帮办代办"]
    );
}

#[test]
fn a_reward_for_conduct_honours_a_deed() {
    nothing("市、区人民政府及其有关部门对表现突出的单位和个人给予奖励。");
    // an incentive any firm can earn stays
    assert_eq!(
        types("对新认定的企业技术中心给予50万元奖励。"),
        ["补贴奖励"]
    );
}

#[test]
fn a_loan_repaid_or_a_security_between_parties_is_no_credit() {
    nothing("政府还贷公路在批准的收费期限届满前已经还清贷款的,必须终止收费。");
    nothing("确需进行产权转让、设定担保或者改变原用途的,应当征得捐赠人同意。");
    assert_eq!(types("对按时还本付息的企业,给予贷款贴息。"), ["融资支持"]);
}

#[test]
fn guidance_as_a_bodys_charge_is_no_help() {
    nothing("群众防汛队伍由各级人民政府统一领导,黄河河务部门负责技术指导。");
    nothing("城市绿化行政主管部门应当加强监督和技术指导。");
    assert_eq!(
        types("园林绿化行政部门应当为恢复或者建设湿地的单位提供技术指导。"),
        ["帮办代办"]
    );
}

#[test]
fn a_tax_relief_by_name_remits_no_fee() {
    let t = types(
        "市场主体开展研究开发活动,按照有关规定享受研究开发费用税前加计扣除、技术开发和转让税收减免等优惠待遇。",
    );
    assert_eq!(t, ["减税减免"]);
    // a rent remitted stays a fee lowered
    let t = types("通过购买服务、减免租金等方式,支持民办幼儿园发展。");
    assert!(t.contains(&"降低费用".to_owned()), "{t:?}");
}

#[test]
fn incentive_pay_of_public_staff_is_no_reward() {
    nothing("高校、职业院校的创收净收入,可按照不低于50%的比例用于奖励性绩效工资分配。");
}

#[test]
fn a_digital_project_is_no_building_project() {
    let b = extract(
        None,
        "对开展人工智能应用场景建设的牵头企业,按照场景建设项目总投入的30%给予补助。",
    );
    assert!(
        !b.beneficiaries.contains(&"建设项目单位".to_owned()),
        "{b:?}"
    );
    let b = extract(None, "对社会投资建设项目,施工许可办理时限压缩至5个工作日。");
    assert!(
        b.beneficiaries.contains(&"建设项目单位".to_owned()),
        "{b:?}"
    );
}

#[test]
fn money_collected_back_grants_nothing() {
    nothing("对情况属实的园区撤销称号,收缴已拨付的奖补资金,不再拨付后续资金。");
}

#[test]
fn a_long_list_of_parties_guided_is_bound() {
    let b = extract(
        None,
        "支持和引导退休人员、乡村本土能人、外出农民工、退役军人等领办创办家庭农场,带动农民就近就业。",
    );
    assert!(b.beneficiaries.is_empty(), "{b:?}");
}
