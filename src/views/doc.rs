//! The document page: the facts as the gov.cn policy library lists them (标题, 发文机关, 发文字号,
//! 成文日期, 地区, 原文链接), then the full text in the layout of an official document (title
//! and 发文字号 centred, the outline's sections as headings with anchors and a contents list,
//! 发文机关 and 成文日期 signed at the foot), every measure marked in the text with its
//! position as written (「第十二条」, 「(十五)7.」: what a citation quotes) and linked to its
//! page, and the list of all measures. No internal file name is shown.

use maud::{html, Markup};

use crate::corpus::date::PolicyDate;
use crate::search::reading::{self, measure_anchor, Block, Reading};
use crate::search::request::{FacetKind, Filters};
use crate::search::{DocumentView, SearchQuery};
use crate::views::components::{doc_href, measure_heading, measure_href, search_href, RegionTag};
use crate::views::layout;
use crate::{Document, Measure};

/// `2020-07-24` → 2020年7月24日 (`2020-07` → 2020年7月), as official documents date themselves.
/// A date that does not read as one is shown as stored.
pub fn chinese_date(date: &str) -> String {
    PolicyDate::parse(date).map_or_else(|| date.to_owned(), PolicyDate::chinese)
}

/// Consecutive measures of the same section, in order.
fn groups(measures: &[Measure]) -> Vec<(&str, Vec<&Measure>)> {
    let mut groups: Vec<(&str, Vec<&Measure>)> = Vec::new();
    for measure in measures {
        match groups.last_mut() {
            Some((section, members)) if *section == measure.section => members.push(measure),
            _ => groups.push((&measure.section, vec![measure])),
        }
    }
    groups
}

/// The heading element for an outline depth under the page's `h1` (depth 1 → `h2`).
fn heading(depth: usize, anchor: &str, text: &str) -> Markup {
    html! {
        @match depth {
            0 | 1 => h2 #(anchor) { (text) },
            2 => h3 #(anchor) { (text) },
            3 => h4 #(anchor) { (text) },
            4 => h5 #(anchor) { (text) },
            _ => h6 #(anchor) { (text) },
        }
    }
}

/// The document page.
pub fn page(view: &DocumentView) -> Markup {
    let doc = &view.document;
    let in_region = SearchQuery {
        filters: Filters::one(FacetKind::Region, &doc.region),
        ..Default::default()
    };
    let reading = reading::read(doc, &view.measures);
    let unplaced = reading.placed.iter().filter(|p| !**p).count();
    let parts = view.parts();
    let json = format!("/api{}", doc_href(&doc.id));
    layout::page(
        &layout::Frame::new(&doc.title, json),
        html! {
            nav.breadcrumb aria-label="位置" {
                a href="/" { "首页" } " › " span aria-current="page" { "政策文件" }
            }
            article.document aria-labelledby="doc-title" {
                // a text with no title line is named by its file: said so, not shown as its title
                h1 #doc-title { (doc.title) @if doc.untitled { " (原文无标题)" } }
                table.doc-facts {
                    caption.visually-hidden { "文件信息" }
                    tbody {
                        tr {
                            th scope="row" { "发文机关" } td { (doc.issuer.as_deref().unwrap_or("—")) }
                            th scope="row" { "成文日期" }
                            td { @if let Some(date) = &doc.date { time datetime=(date) { (chinese_date(date)) } } @else { "—" } }
                        }
                        tr {
                            th scope="row" { "发文字号" } td { (doc.doc_number.as_deref().unwrap_or("—")) }
                            th scope="row" { "地区" }
                            td { a href=(search_href(&in_region)) title={ "检索" (doc.region) "的措施" } { (RegionTag(&doc.region)) } }
                        }
                        @if doc.url.is_some() || doc.publisher.is_some() {
                            tr {
                                th scope="row" { "原文链接" }
                                td colspan=[doc.publisher.is_none().then_some(3)] {
                                    @if let Some(url) = doc.url.as_deref().filter(|u| crate::corpus::stated::is_web_address(u)) {
                                        a.source href=(url) rel="noopener noreferrer" { (url) }
                                    } @else { "—" }
                                }
                                @if let Some(publisher) = &doc.publisher {
                                    th scope="row" { "转载" } td { (publisher) }
                                }
                            }
                        }
                        tr {
                            th scope="row" { "措施" }
                            td colspan="3" {
                                a href="#measures" { (view.operative_count()) " 条" }
                                @if !parts.is_empty() { " · " (others(&parts)) }
                            }
                        }
                    }
                }
                (contents(&reading))
                section.official aria-label="正文" {
                    @if !doc.untitled { p.official-title { (doc.title) } }
                    @if let Some(number) = &doc.doc_number { p.doc-number { (number) } }
                    div.body { (body(doc, &reading, &view.measures)) }
                    @if doc.issuer.is_some() || doc.date.is_some() {
                        p.signature {
                            @if let Some(issuer) = &doc.issuer { span { (issuer) } }
                            @if let Some(date) = &doc.date { time datetime=(date) { (chinese_date(date)) } }
                        }
                    }
                }
                section.measure-list #measures aria-labelledby="measures-heading" {
                    h2 #measures-heading {
                        "措施一览(" (view.operative_count()) " 条"
                        @if !parts.is_empty() { ";" (others(&parts)) }
                        ")"
                    }
                    @if unplaced > 0 {
                        p.note { "其中 " (unplaced) " 条未能在上文中定位,请在下列链接中查看。" }
                    }
                    (outline(view))
                }
            }
        },
    )
}

/// The records that stand in a part rather than an operative measure, named with their
/// numbers: 「另有总则 5 条、附则 2 条」.
fn others(parts: &[(&str, usize)]) -> String {
    let named: Vec<String> = parts
        .iter()
        .map(|(part, n)| format!("{part} {n} 条"))
        .collect();
    format!("另有{}", named.join("、"))
}

/// The sections as a contents list linking to their anchors (none for a text without any).
fn contents(reading: &Reading) -> Markup {
    let headings: Vec<(usize, &str, &str)> = reading
        .headings()
        .filter(|(depth, ..)| *depth <= 2)
        .collect();
    html! {
        @if headings.len() > 1 {
            nav.contents aria-labelledby="contents-heading" {
                h2 #contents-heading { "目录" }
                ul {
                    @for (depth, anchor, text) in headings {
                        li.depth-2[depth == 2] { a href={ "#" (anchor) } { (text) } }
                    }
                }
            }
        }
    }
}

/// The text: headings with anchors, each measure's lines marked and linked, other paragraphs.
/// The lines at its top that only repeat the title or the 文号 (shown above it) are left out.
fn body(doc: &Document, reading: &Reading, measures: &[Measure]) -> Markup {
    let squeeze = |text: &str| -> String { text.chars().filter(|c| !c.is_whitespace()).collect() };
    let shown: Vec<String> = std::iter::once(&doc.title)
        .chain(&doc.doc_number)
        .map(|text| squeeze(text))
        .collect();
    let repeated = reading
        .blocks
        .iter()
        .take_while(|block| matches!(block, Block::Text(text) if shown.contains(&squeeze(text))))
        .count();
    html! {
        @for block in &reading.blocks[repeated..] {
            @match block {
                Block::Heading { depth, anchor, text } => (heading(*depth, anchor, text)),
                Block::Text(text) => p { (text) },
                Block::Measure { measure, lines } => {
                    @let measure = &measures[*measure];
                    div.measure-block #(measure_anchor(measure)) {
                        p.measure-tag {
                            a href=(measure_href(&measure.id)) {
                                (measure.cited_number())
                                span.visually-hidden { ":" (measure_heading(measure.title.as_deref(), &measure.text)) }
                            }
                            @if let Some(part) = &measure.part { " · " (part) " (非具体措施)" }
                            @else if !measure.domain.is_empty() { " · " (measure.domain) }
                            @if !measure.lead_units.is_empty() { " · 牵头单位:" (measure.lead_units.join("、")) }
                            @if !measure.deadlines.is_empty() { " · 完成时限:" (measure.deadlines.join("、")) }
                        }
                        @for line in lines { p { (line) } }
                    }
                }
            }
        }
    }
}

/// Every measure, grouped under its section, linked to its page and to its place in the text.
fn outline(view: &DocumentView) -> Markup {
    html! {
        div.outline {
            @for (section, measures) in groups(&view.measures) {
                @if !section.is_empty() {
                    h3.section { (section.replace(" > ", " › ")) }
                }
                ol {
                    @for measure in measures {
                        li value=(measure.seq + 1) {
                            a href=(measure_href(&measure.id)) { (measure_heading(measure.title.as_deref(), &measure.text)) }
                            span.facts {
                                @if !measure.domain.is_empty() { span.domain { (measure.domain) } " " }
                                @if !measure.lead_units.is_empty() { "牵头单位:" (measure.lead_units.join("、")) " " }
                                @if !measure.deadlines.is_empty() { "完成时限:" (measure.deadlines.join("、")) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Where `measure` is in its document's text on the document page.
pub fn in_text_href(measure: &Measure) -> String {
    format!("{}#{}", doc_href(&measure.doc_id), measure_anchor(measure))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_shown_with_sections_and_every_measure_linked() {
        let mut view = crate::views::measure::tests::document();
        view.document.text = "为优化营商环境,制定本方案。\n三、重点任务\n(一)企业开办\n\
            1.措施0。新开办企业<免费>刻制公章。\n牵头单位:市行政审批服务局\n\
            2.措施1。新开办企业<免费>刻制公章。\n3.措施2。新开办企业<免费>刻制公章。\n\
            四、保障措施\n加强领导。"
            .into();
        view.document.url = Some("http://www.gov.cn/zhengce/content/a.htm".into());
        for m in &mut view.measures {
            m.text = format!("措施{}。新开办企业<免费>刻制公章。", m.seq);
        }
        let html = page(&view).into_string();
        assert!(html.contains("<td>威办发〔2020〕7号</td>"), "{html}");
        assert!(html.contains("2020年7月24日"));
        assert!(html.contains(r#"href="http://www.gov.cn/zhengce/content/a.htm""#));
        assert!(!html.contains("000.txt"), "no internal file name");
        assert!(
            html.contains(r##"<h2 id="s3">三、重点任务</h2>"##),
            "{html}"
        );
        assert!(html.contains(r##"<h3 id="s3-1">(一)企业开办</h3>"##));
        assert!(html.contains(r##"href="#s3""##), "contents");
        for seq in 0..3 {
            assert!(html.contains(&format!(r#"<div class="measure-block" id="m{seq}">"#)));
            assert!(html.contains(&format!(r#"href="/measures/weihai-2020-07.1-{seq}""#)));
        }
        assert!(html.contains("新开办企业&lt;免费&gt;刻制公章"), "escaped");
        assert!(html.contains("<p>加强领导。</p>"));
        assert!(!html.contains("未能在上文中定位"));
        assert_eq!(
            html.matches("三、重点任务 › （一）企业开办").count(),
            1,
            "one heading per section in the list"
        );
    }

    #[test]
    fn only_web_addresses_are_linked() {
        let mut view = crate::views::measure::tests::document();
        view.document.url = Some("javascript:alert(1)".into());
        view.document.publisher = Some("某网站".into());
        let html = page(&view).into_string();
        assert!(!html.contains("javascript:"));
        assert!(
            html.contains("未能在上文中定位"),
            "measures not in an empty text are listed"
        );
    }

    #[test]
    fn general_provisions_and_goals_are_counted_apart_from_measures() {
        let mut view = crate::views::measure::tests::document();
        view.document.text = "三、重点任务\n1.措施0。新开办企业免费刻制公章。\n\
            2.措施1。新开办企业免费刻制公章。\n3.措施2。新开办企业免费刻制公章。"
            .into();
        for m in &mut view.measures {
            m.text = format!("措施{}。新开办企业免费刻制公章。", m.seq);
        }
        view.measures[0].part = Some("总则".into());
        let html = page(&view).into_string();
        assert!(html.contains("措施一览(2 条;另有总则 1 条)"), "{html}");
        assert!(html.contains(">第1条<span"), "{html}");
        assert!(html.contains("</a> · 总则 (非具体措施)"), "{html}");
        assert!(html.contains(">2 条</a> · 另有总则 1 条"), "{html}");
        let measure = crate::views::measure::page(&view.measures[1], Some(&view), &[]);
        assert!(measure.into_string().contains("全文共 2 条措施"));
    }

    #[test]
    fn dates_read_as_written_in_documents() {
        assert_eq!(chinese_date("2020-07-24"), "2020年7月24日");
        assert_eq!(chinese_date("2019-12"), "2019年12月");
        assert_eq!(chinese_date("2019"), "2019年");
    }
}
