//! Every common layout gives its metadata, region and measures (`tests/fixtures/layouts/`,
//! short excerpts: a 北大法宝 export of 国办发〔2022〕30号, a gov.cn 政策文件库 page of
//! 国办函〔2021〕105号, a 人大 regulation with its info line and letter-spaced chapters, a
//! provincial notice with its 文号 in parentheses, a date in Chinese numerals and three
//! attribution styles, and three real development texts of the region set: a central plan
//! with only its body, a central notice opening with its addressees, a city regulation).

use zhengce::{Document, Measure};

use crate::pipeline_input::fixture;

fn layout(name: &str) -> (Document, Vec<Measure>) {
    fixture(&format!("layouts/{name}"))
}

fn texts(measures: &[Measure]) -> String {
    measures
        .iter()
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_pkulaw_export_gives_its_info_lines_as_metadata() {
    let (doc, measures) = layout("pkulaw-export.txt");
    assert_eq!(
        doc.title,
        "国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见"
    );
    assert_eq!(doc.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(doc.doc_number.as_deref(), Some("国办发〔2022〕30号"));
    assert_eq!(
        doc.date.as_deref(),
        Some("2022-08-31"),
        "signed, not published"
    );
    assert_eq!(doc.region, "全国");
    assert_eq!(measures.len(), 2);
    assert_eq!(measures[0].number, "一、(一)");
    assert_eq!(measures[0].lead_units, ["国家发展改革委", "商务部"]);
    assert_eq!(measures[0].responsible_units, ["市场监管总局"]);
    let all = texts(&measures);
    for info in [
        "法宝引证码",
        "原文链接",
        "发布部门",
        "国务院办公厅\n2022年",
        "此件",
    ] {
        assert!(!all.contains(info), "{info} in {all}");
    }
}

#[test]
fn a_govcn_page_gives_its_table_as_metadata() {
    let (doc, measures) = layout("govcn-page.html");
    assert_eq!(
        doc.title,
        "国务院办公厅关于印发全国一体化政务服务平台移动端建设指引的通知"
    );
    assert_eq!(doc.issuer.as_deref(), Some("国务院办公厅"));
    assert_eq!(doc.doc_number.as_deref(), Some("国办函〔2021〕105号"));
    assert_eq!(doc.date.as_deref(), Some("2021-09-28"));
    assert_eq!(doc.region, "全国");
    assert_eq!(measures.len(), 1, "{measures:#?}");
    assert_eq!(measures[0].lead_units, ["国务院办公厅"]);
    assert_eq!(measures[0].deadlines, ["2022-12"]);
    assert!(!texts(&measures).contains("索引号"));
}

#[test]
fn a_regulation_gives_its_enacting_body_and_chapters() {
    let (doc, measures) = layout("npc-regulation.txt");
    assert_eq!(doc.title, "关于加强经济工作监督的决定");
    assert_eq!(doc.region, "河南省");
    assert_eq!(doc.issuer.as_deref(), Some("河南省人民代表大会常务委员会"));
    assert_eq!(doc.date.as_deref(), Some("2021-11-26"));
    let numbers: Vec<&str> = measures.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["第一条", "第二条", "第三条", "第四条"],
        "every article is indexed, the general and final provisions too"
    );
    let parts: Vec<Option<&str>> = measures.iter().map(|m| m.part.as_deref()).collect();
    assert_eq!(
        parts,
        [Some("总则"), None, None, Some("附则")],
        "general and final provisions are marked with their part"
    );
    assert_eq!(measures[1].section, "第二章监督内容");
    assert!(
        !texts(&measures).contains("第三章"),
        "no chapter heading glued on"
    );
}

#[test]
fn a_provincial_notice_with_its_number_in_parentheses_and_three_attribution_styles() {
    let (doc, measures) = layout("provincial-notice.txt");
    assert_eq!(doc.doc_number.as_deref(), Some("皖政办秘〔2021〕82号"));
    assert_eq!(
        doc.date.as_deref(),
        Some("2021-09-30"),
        "二○二一年九月三十日"
    );
    assert_eq!(doc.issuer.as_deref(), Some("安徽省人民政府办公厅"));
    assert_eq!(doc.region, "安徽省");
    let numbers: Vec<&str> = measures.iter().map(|m| m.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["一、1.", "一、2.", "二、3."],
        "保障措施 without units is no measure"
    );
    // 「(X牵头,Y、Z按职责分工负责)」
    assert_eq!(measures[0].lead_units, ["省市场监管局"]);
    assert_eq!(measures[0].responsible_units, ["省公安厅", "省税务局"]);
    assert_eq!(
        measures[0].deadlines,
        ["2021-12"],
        "年底前 in the document's year"
    );
    // 「(责任单位:X(牵头)、Y)」
    assert_eq!(measures[1].lead_units, ["省市场监管局"]);
    assert_eq!(measures[1].responsible_units, ["省数据资源局"]);
    // 「牵头单位:X」 / 「参加单位:Y、Z」 on lines of their own
    assert_eq!(measures[2].lead_units, ["省住房城乡建设厅"]);
    assert_eq!(
        measures[2].responsible_units,
        ["省自然资源厅", "省发展改革委"]
    );
    assert_eq!(measures[2].domain, "办理建筑许可");
    let last = &measures[2].text;
    assert!(!last.contains("抄送") && !last.contains("印发"), "{last}");
}

#[test]
fn a_central_text_with_only_its_body_is_national() {
    let (doc, measures) = layout("central-body-only.txt");
    assert_eq!(doc.region, "全国");
    assert_eq!(doc.doc_number, None);
    let parts: Vec<Option<&str>> = measures.iter().map(|m| m.part.as_deref()).collect();
    assert_eq!(
        parts,
        [Some("指导思想"), None, None],
        "指导思想 is indexed as a part, no measure"
    );
    assert_eq!(
        measures[1].lead_units,
        ["国家卫生健康委", "国务院办公厅", "工业和信息化部"]
    );
    assert_eq!(measures[2].lead_units, ["交通运输部"]);
}

#[test]
fn a_central_notice_is_not_placed_by_its_addressees() {
    let (doc, measures) = layout("central-addressee.txt");
    assert_eq!(doc.region, "全国", "新疆生产建设兵团 is an addressee");
    assert_eq!(doc.issuer.as_deref(), Some("工业和信息化部办公厅"));
    assert_eq!(doc.date.as_deref(), Some("2017-08-15"));
    assert!(!measures.is_empty());
    assert!(!texts(&measures).contains("联系电话"));
}

#[test]
fn a_city_regulation_stays_with_its_city() {
    let (doc, measures) = layout("city-regulation.txt");
    assert_eq!(
        doc.region, "河南省/商丘市",
        "not 睢阳区, which its articles name"
    );
    let operative = measures.iter().filter(|m| m.part.is_none()).count();
    assert_eq!((measures.len(), operative), (4, 2));
}
