//! The document page: metadata and the outline, every measure linked, grouped under its
//! section headings as written.

use maud::{html, Markup};

use crate::search::{DocumentView, SearchQuery};
use crate::views::components::{measure_heading, measure_href, search_href, truncate, RegionTag};
use crate::views::layout;
use crate::Measure;

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

/// The document page.
pub fn page(view: &DocumentView) -> Markup {
    let doc = &view.document;
    let in_region = SearchQuery {
        region: Some(doc.region.clone()),
        ..Default::default()
    };
    layout::page(
        &doc.title,
        None,
        html! {
            nav.breadcrumb aria-label="位置" {
                a href="/" { "首页" } " › " span aria-current="page" { "政策文件" }
            }
            article.document {
                h1 { (doc.title) }
                dl.meta {
                    @if let Some(number) = &doc.doc_number { dt { "文号" } dd { (number) } }
                    @if let Some(issuer) = &doc.issuer { dt { "发文机关" } dd { (issuer) } }
                    @if let Some(date) = &doc.date { dt { "成文日期" } dd { time datetime=(date) { (date) } } }
                    dt { "地区" } dd { a href=(search_href(&in_region)) { (RegionTag(&doc.region)) } " " span.path { (doc.region) } }
                    @if let Some(publisher) = &doc.publisher { dt { "转载" } dd { (publisher) } }
                    dt { "来源文件" } dd { code { (doc.source) } }
                    dt { "措施" } dd { (view.measures.len()) " 条" }
                }
                h2 { "措施目录" }
                div.outline {
                    @for (section, measures) in groups(&view.measures) {
                        @if !section.is_empty() {
                            h3.section { (section.replace(" > ", " › ")) }
                        }
                        ol {
                            @for measure in measures {
                                li value=(measure.seq + 1) {
                                    a href=(measure_href(&measure.id)) { (measure_heading(measure.title.as_deref(), &measure.text)) }
                                    @if measure.title.is_some() {
                                        span.excerpt { (truncate(&measure.text, 60)) }
                                    }
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
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_outline_links_every_measure_under_its_section() {
        let view = crate::views::measure::tests::document();
        let html = page(&view).into_string();
        assert!(html.contains("<dd>威办发〔2020〕7号</dd>"));
        for seq in 0..3 {
            assert!(html.contains(&format!(r#"href="/measures/weihai-2020-07.1-{seq}""#)));
        }
        assert_eq!(
            html.matches("三、重点任务 › （一）企业开办").count(),
            1,
            "one heading per section"
        );
    }
}
