//! Q&A over a regulation's articles, as citizens ask them (tests/eval/dev22: the real
//! documents), and the general rules they brought:
//! - an article whose first sentence is also its title states its rule there, figures
//!   included: that sentence is quoted and its figure answered, not a later one of the article
//!   or a like figure of a sibling article;
//! - a deduction or the standard a payment is made at (扣多少, 按什么标准定) is stated as a sum
//!   or as a share of a base (百分之二十), and both answer it;
//! - an area asked (面积上限是多少) is answered by the square metres of the clause whose
//!   subject the question names (山区), not by the sentence.

use zhengce::ask;
use zhengce::measure::Measure;
use zhengce::search::SearchEngine;

/// An article of a local regulation (region 河南省/郑州市, chapter `section`).
fn article(id: &str, section: &str, title: Option<&str>, text: &str) -> Measure {
    Measure {
        id: id.into(),
        doc_id: "reg".into(),
        doc_title: "郑州市失业保险条例".into(),
        source: "reg.txt".into(),
        region: "河南省/郑州市".into(),
        domain: "其他".into(),
        section: section.into(),
        number: id.into(),
        title: title.map(Into::into),
        text: text.into(),
        ..Default::default()
    }
}

fn regulation() -> (tempfile::TempDir, SearchEngine) {
    let chapter = "第四章失业保险待遇";
    let title = "失业保险金按照当地最低工资标准的百分之八十确定";
    let measures = vec![
        article(
            "第二十五条",
            chapter,
            Some(title),
            "失业保险金按照当地最低工资标准的百分之八十确定。\n根据本条例规定领取一次性生活补助金的,按其个人累计缴费总额的三倍计发,但最多不超过十八个月的失业保险金。\n农民合同制工人一次性生活补助金,按其工作时间每满一年发给一个月、最多不超过十二个月的失业保险金标准计发。",
        ),
        article(
            "第三十一条",
            chapter,
            None,
            "失业人员按月领取失业保险金期满,非因本人主观原因确实不能重新就业,且距法定退休年龄不足两年的,可以继续领取失业保险金。领取期限至其法定退休年龄,领取标准为原失业保险金的百分之八十。",
        ),
        article(
            "第十二条",
            "第三章工伤保险待遇",
            None,
            "工伤职工距正常退休年龄五年以上的,一次性伤残就业补助金全额支付;距正常退休年龄不足五年的,每减少一年,一次性伤残就业补助金递减百分之二十;距正常退休年龄不足一年的按百分之十支付。",
        ),
        article(
            "第十五条",
            "第三章农村宅基地",
            None,
            "本市新批准农村宅基地的面积按照下列标准执行:平原地区和城市郊区每户不超过80平方米;丘陵地区每户不超过120平方米;山区每户不超过150平方米。",
        ),
        article(
            "第十六条",
            "第三章农村宅基地",
            None,
            "农村村民一户只能拥有一处宅基地,面积不得超过规定标准。",
        ),
    ];
    engine_over(&measures)
}

/// An engine over `measures`, indexed in a temporary directory that lives as long as it.
fn engine_over(measures: &[Measure]) -> (tempfile::TempDir, SearchEngine) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let index = dir.path().join("index");
    zhengce::index::write(measures, &index).expect("index written");
    let engine = SearchEngine::open(&index).expect("index opens");
    (dir, engine)
}

#[test]
fn a_regulation_s_figures_answer_what_citizens_ask() {
    let (_dir, engine) = regulation();
    let answer = |q: &str| ask::ask(&engine, q).expect("ask works");

    // The article titled by its first sentence answers with that sentence and its share.
    let a = answer("郑州每月的失业金按什么标准定");
    assert_eq!(a.value.as_deref(), Some("百分之八十"), "{a:#?}");
    let quote = a.quote.as_ref().expect("a quote");
    assert_eq!(quote.measure_id, "第二十五条", "{a:#?}");
    assert!(quote.text.contains("最低工资标准的百分之八十"), "{a:#?}");

    // 扣多少 of a share.
    let a = answer("郑州工伤职工离退休不到五年,伤残就业补助金每少一年要扣多少");
    assert_eq!(a.value.as_deref(), Some("百分之二十"), "{a:#?}");

    // An area, of the clause whose subject the question names.
    let a = answer("郑州山区农村批宅基地,每户面积上限是多少");
    assert_eq!(a.value.as_deref(), Some("不超过150平方米"), "{a:#?}");
}

/// A regulation that forbids an act in one article and fines it in a chapter the search does
/// not reach: asked what the act costs, no measure states a figure of the kind, and the article
/// holding the act in the question's words answers with its clause, not with nothing; a
/// question sharing one word with an article (准备) is still refused.
#[test]
fn a_figure_asked_that_no_measure_states_is_answered_by_the_clause_holding_the_matter() {
    let measures = vec![
        article(
            "第十六条",
            "第三章市容管理",
            None,
            "在城市主要街道临街建筑物的阳台、平台、外走廊和窗外,不得违反规定吊挂或者堆放有碍市容的物品。",
        ),
        article(
            "第十七条",
            "第三章市容管理",
            None,
            "城市管理部门应当提前做好冬季除雪的物资准备。",
        ),
        article(
            "第十八条",
            "第三章市容管理",
            None,
            "任何单位和个人不得在城市道路上晾晒农作物。",
        ),
    ];
    let (_dir, engine) = engine_over(&measures);
    let answer = |q: &str| ask::ask(&engine, q).expect("ask works");

    let a = answer("郑州临街建筑物的阳台外面吊挂物品会被罚多少钱");
    assert!(a.found, "{a:#?}");
    assert!(a.value.is_none(), "{a:#?}");
    let quote = a.quote.as_ref().expect("a quote");
    assert!(quote.text.contains("不得违反规定吊挂"), "{a:#?}");

    let a = answer("考研要准备多久");
    assert!(!a.found, "{a:#?}");
}
