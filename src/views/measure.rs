//! The measure page: the full text, the fields as a table, the document and the measure's
//! place in it (previous / next), a citation to copy, and the same kind of measure in other
//! regions (the precedent view).

use maud::{html, Markup};

use crate::search::{DocumentView, Hit};
use crate::views::components::{
    doc_href, measure_heading, measure_href, search_href, Facts, RegionTag,
};
use crate::views::doc::{chinese_date, in_text_href};
use crate::views::layout;
use crate::Measure;

/// How a measure is cited: 《文件》(文号)number「标题」,地区,日期, number as written
/// ([`Measure::cited_number`]).
pub fn citation(measure: &Measure) -> String {
    let mut cite = measure.cited_doc_title();
    if let Some(number) = &measure.doc_number {
        cite.push_str(&format!("({number})"));
    }
    cite.push_str(&measure.cited_number());
    if !measure.section.is_empty() {
        cite.push_str(&format!("({})", measure.section.replace(" > ", " ")));
    }
    cite.push_str(&format!(
        "「{}」",
        measure_heading(measure.title.as_deref(), &measure.text)
    ));
    if let Some(issuer) = &measure.issuer {
        cite.push_str(&format!(",{issuer}"));
    }
    if let Some(date) = &measure.date {
        cite.push_str(&format!(",{date}"));
    }
    cite
}

/// The measure page. `document` gives the neighbours; `similar` the precedents.
pub fn page(measure: &Measure, document: Option<&DocumentView>, similar: &[Hit]) -> Markup {
    let heading = measure_heading(measure.title.as_deref(), &measure.text);
    let position = document.and_then(|d| d.measures.iter().position(|m| m.id == measure.id));
    let previous = position
        .filter(|&i| i > 0)
        .and_then(|i| document.and_then(|d| d.measures.get(i - 1)));
    let next = position.and_then(|i| document.and_then(|d| d.measures.get(i + 1)));
    let count = document.map_or(0, DocumentView::operative_count);
    let domain_query = crate::search::SearchQuery {
        filters: crate::search::request::Filters::one(
            crate::search::request::FacetKind::Domain,
            &measure.domain,
        ),
        ..Default::default()
    };
    let json = format!("/api{}", measure_href(&measure.id));
    layout::page(
        &layout::Frame::new(&heading, json),
        html! {
            nav.breadcrumb aria-label="位置" {
                a href="/" { "首页" } " › "
                a href=(doc_href(&measure.doc_id)) { (measure.doc_title) } " › "
                span aria-current="page" { (measure.cited_number()) }
            }
            article.measure {
                h1 { (heading) }
                p.facts {
                    (RegionTag(&measure.region))
                    @if !measure.domain.is_empty() {
                        " · " a href=(search_href(&domain_query)) { (measure.domain) }
                    }
                    @if let Some(date) = &measure.date { " · " time datetime=(date) { (date) } }
                }
                div.text {
                    @for line in measure.text.lines().filter(|l| !l.trim().is_empty()) {
                        p { (line) }
                    }
                }
                (fields(measure))
            }
            nav.prevnext aria-label="同一文件中的其他措施" {
                @if let Some(previous) = previous {
                    a.prev rel="prev" href=(measure_href(&previous.id)) {
                        span.dir { "‹ 上一条" } span.name { (measure_heading(previous.title.as_deref(), &previous.text)) }
                    }
                }
                @if count > 0 {
                    a.all href=(doc_href(&measure.doc_id)) { "全文共 " (count) " 条措施" }
                }
                @if let Some(next) = next {
                    a.next rel="next" href=(measure_href(&next.id)) {
                        span.dir { "下一条 ›" } span.name { (measure_heading(next.title.as_deref(), &next.text)) }
                    }
                }
            }
            section.citation aria-labelledby="cite-heading" {
                h2 #cite-heading { "引用" }
                label.visually-hidden for="cite" { "引用文本" }
                textarea #cite readonly rows="3" { (citation(measure)) }
                button.copy type="button" data-copy="cite" hidden { "复制引用" }
            }
            section.precedents aria-labelledby="precedents-heading" {
                h2 #precedents-heading { "其他地区的同类措施" }
                @if similar.is_empty() {
                    p { "暂未找到其他地区的同类措施。" }
                } @else {
                    ol.hits.precedents {
                        @for hit in similar {
                            li.hit {
                                h3 {
                                    (RegionTag(&hit.measure.region)) " "
                                    a href=(measure_href(&hit.measure.id)) { (measure_heading(hit.measure.title.as_deref(), &hit.measure.text)) }
                                }
                                p.snippet { (crate::views::components::truncate(&hit.measure.text, 140)) }
                                (Facts(hit))
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The measure's fields as a table; empty fields are left out.
fn fields(measure: &Measure) -> Markup {
    let join = |items: &[String]| items.join("、");
    let rows: Vec<(&str, Markup)> = [
        (
            "文件",
            Some(html! {
                a href=(doc_href(&measure.doc_id)) { (measure.cited_doc_title()) }
                " " a.in-text href=(in_text_href(measure)) { "在原文中查看" }
            }),
        ),
        ("文号", measure.doc_number.as_ref().map(|n| html! { (n) })),
        ("发文机关", measure.issuer.as_ref().map(|n| html! { (n) })),
        (
            "成文日期",
            measure.date.as_ref().map(|n| html! { (chinese_date(n)) }),
        ),
        ("地区", Some(html! { (measure.region) })),
        (
            "领域",
            (!measure.domain.is_empty()).then(|| html! { (measure.domain) }),
        ),
        (
            "所属章节",
            (!measure.section.is_empty()).then(|| html! { (measure.section) }),
        ),
        // a law's general or final provisions, not an operative measure
        (
            "所属部分",
            measure.part.as_ref().map(|p| html! { (p) " (非具体措施)" }),
        ),
        (
            "牵头单位",
            (!measure.lead_units.is_empty()).then(|| html! { (join(&measure.lead_units)) }),
        ),
        (
            "责任单位",
            (!measure.responsible_units.is_empty())
                .then(|| html! { (join(&measure.responsible_units)) }),
        ),
        (
            "完成时限",
            (!measure.deadlines.is_empty()).then(|| html! { (join(&measure.deadlines)) }),
        ),
        ("进展", measure.status.as_ref().map(|n| html! { (n) })),
        (
            "受益对象",
            (!measure.beneficiaries.is_empty()).then(|| html! { (join(&measure.beneficiaries)) }),
        ),
        (
            "惠企方式",
            (!measure.benefit_types.is_empty()).then(|| html! { (join(&measure.benefit_types)) }),
        ),
        (
            "额度与时限",
            (!measure.amounts.is_empty()).then(|| amounts(&measure.amounts)),
        ),
    ]
    .into_iter()
    .filter_map(|(name, value)| value.map(|v| (name, v)))
    .collect();
    html! {
        table.fields {
            caption.visually-hidden { "措施信息" }
            tbody {
                @for (name, value) in rows {
                    tr { th scope="row" { (name) } td { (value) } }
                }
            }
        }
    }
}

/// The amounts of a measure, each with the group it is bound to: 「最高50万元(小微企业)」.
fn amounts(amounts: &[crate::measure::Amount]) -> Markup {
    html! {
        ul.amounts {
            @for a in amounts {
                li {
                    strong { (a.text) }
                    @if let Some(who) = &a.beneficiary { " (" (who) ")" }
                    @if let Some(kind) = &a.benefit_type { " · " (kind) }
                }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::Document;

    pub(crate) fn measure(seq: u32) -> Measure {
        Measure {
            id: format!("weihai-2020-07.1-{seq}"),
            doc_id: "weihai-2020-07".into(),
            doc_title: "威海市提标提速提效推动营商环境攻坚突破实施方案".into(),
            source: "000.txt".into(),
            doc_number: Some("威办发〔2020〕7号".into()),
            issuer: Some("中共威海市委办公室".into()),
            date: Some("2020-07-24".into()),
            region: "山东省/威海市".into(),
            domain: "开办企业".into(),
            section: "三、重点任务 > （一）企业开办".into(),
            title: Some(format!("措施{seq}")),
            text: "新开办企业<免费>刻制公章。\n牵头单位:市行政审批服务局".into(),
            lead_units: vec!["市行政审批服务局".into()],
            deadlines: vec!["2020-11".into()],
            seq,
            ..Default::default()
        }
    }

    pub(crate) fn document() -> DocumentView {
        DocumentView {
            document: Document {
                id: "weihai-2020-07".into(),
                source: "000.txt".into(),
                title: "威海市提标提速提效推动营商环境攻坚突破实施方案".into(),
                doc_number: Some("威办发〔2020〕7号".into()),
                issuer: Some("中共威海市委办公室".into()),
                date: Some("2020-07-24".into()),
                year: Some(2020),
                region: "山东省/威海市".into(),
                publisher: None,
                url: None,
                text: String::new(),
                lead: None,
                untitled: false,
            },
            measures: (0..3).map(measure).collect(),
        }
    }

    #[test]
    fn the_page_has_fields_neighbours_citation_and_precedents() {
        let doc = document();
        let similar = [crate::views::search::tests::hit(
            "laizhou-1",
            "山东省/烟台市/莱州市",
        )];
        let html = page(&doc.measures[1], Some(&doc), &similar).into_string();
        assert!(html.contains("新开办企业&lt;免费&gt;刻制公章。"));
        assert!(html.contains("<th scope=\"row\">文号</th><td>威办发〔2020〕7号</td>"));
        assert!(html.contains(r#"rel="prev" href="/measures/weihai-2020-07.1-0""#));
        assert!(html.contains(r#"rel="next" href="/measures/weihai-2020-07.1-2""#));
        assert!(html.contains(
            "《威海市提标提速提效推动营商环境攻坚突破实施方案》(威办发〔2020〕7号)第2条"
        ));
        assert!(html.contains("其他地区的同类措施") && html.contains(">莱州市<"));
        let first = page(&doc.measures[0], Some(&doc), &[]).into_string();
        assert!(!first.contains("rel=\"prev\"") && first.contains("暂未找到"));
    }

    #[test]
    fn a_document_without_a_title_line_is_cited_by_its_file_marked_so() {
        let mut m = measure(4);
        m.doc_title = "d0333".into();
        m.doc_untitled = true;
        let cite = citation(&m);
        assert!(cite.starts_with("d0333(原文无标题)"), "{cite}");
        assert!(!cite.contains('《'), "{cite}");
        let html = page(&m, None, &[]).into_string();
        assert!(html.contains("d0333(原文无标题)") && !html.contains("《d0333》"));
    }

    #[test]
    fn a_measure_is_cited_by_its_number_as_written() {
        let mut m = measure(4);
        assert!(citation(&m).contains("(威办发〔2020〕7号)第5条"));
        m.number = "(十五)7.".into();
        assert!(citation(&m).contains("(威办发〔2020〕7号)(十五)7."));
        let html = page(&m, None, &[]).into_string();
        assert!(
            html.contains(r#"<span aria-current="page">(十五)7.</span>"#),
            "{html}"
        );
        assert_eq!(crate::views::export::Row::of(&m, "").number, "(十五)7.");
    }

    #[test]
    fn the_page_shows_benefit_facts() {
        let mut m = measure(0);
        m.text = "对小微企业给予最高50万元补贴。".into();
        crate::extract::benefits::fill(&mut m);
        let html = page(&m, None, &[]).into_string();
        assert!(
            html.contains("<th scope=\"row\">受益对象</th><td>小微企业</td>"),
            "{html}"
        );
        assert!(html.contains("<th scope=\"row\">惠企方式</th><td>补贴奖励</td>"));
        assert!(
            html.contains("<strong>最高50万元</strong> (小微企业)"),
            "{html}"
        );
    }
}
