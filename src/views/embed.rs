//! For portals: the `/embed` page (a bare search box and results for an `<iframe>`, limited
//! to a region or domain by its URL; links open the full site in a new tab) and the
//! OpenSearch description that lets browsers add the site as a search engine.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use crate::search::request::FacetKind;
use crate::search::{SearchQuery, SearchResults};
use crate::views::components::{date_range_label, facet_value_label, pagination, HitItem};
use crate::views::layout::{self, hidden_filters, SITE_NAME};

/// The iframe page: no header or footer, the scope shown, results in the same shapes as the site.
pub fn page(query: &SearchQuery, results: Option<&SearchResults>) -> Markup {
    let scope: Vec<String> = FacetKind::ALL
        .into_iter()
        .flat_map(|kind| {
            let values = query.filters.values(kind);
            values
                .into_iter()
                .map(move |value| facet_value_label(kind, &value))
        })
        .chain(date_range_label(query))
        .collect();
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            (layout::head("嵌入检索"))
            body.embed {
                main #main {
                    h1.visually-hidden { (SITE_NAME) }
                    form.search role="search" aria-label="检索政策措施" action="/embed" method="get" data-live="#embed-results" {
                        label.visually-hidden for="q" { "检索政策措施" }
                        input #q type="search" name="q" value=(query.q)
                            maxlength=(crate::search::MAX_QUERY_CHARS)
                            placeholder=(if scope.is_empty() { "检索政策措施".to_owned() } else { format!("检索{}政策措施", scope.join("、")) })
                            autocomplete="off";
                        (hidden_filters(query))
                        button type="submit" { "搜索" }
                    }
                    div #embed-results {
                    @if let Some(results) = results {
                        p.count role="status" { "共 " strong { (results.total) } " 条措施" }
                        @if results.hits.is_empty() {
                            p.empty { "没有找到符合条件的措施。" }
                        } @else {
                            h2.visually-hidden { "检索结果" }
                            ol.hits {
                                @for hit in &results.hits {
                                    (HitItem { hit, new_tab: true })
                                }
                            }
                        }
                        (pagination("/embed", query, results.total))
                    }
                    }
                    p.powered {
                        a href="/" target="_blank" rel="noopener" { "由" (SITE_NAME) "提供" }
                    }
                }
                script src="/static/site.js" defer {}
            }
        }
    }
}

/// `/opensearch.xml` for the site at `base` (`http://127.0.0.1:8080`).
pub fn opensearch(base: &str) -> Markup {
    html! {
        (PreEscaped(r#"<?xml version="1.0" encoding="UTF-8"?>"#))
        OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" {
            ShortName { (SITE_NAME) }
            Description { "检索政策措施:谁牵头、何时完成、各地怎么做" }
            InputEncoding { "UTF-8" }
            Language { "zh-CN" }
            Url type="text/html" method="get" template=(format!("{base}/search?q={{searchTerms}}")) {}
            Url type="application/json" method="get" template=(format!("{base}/api/search?q={{searchTerms}}")) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::request::Filters;

    #[test]
    fn the_iframe_page_keeps_its_scope_and_opens_links_in_a_new_tab() {
        let query = SearchQuery {
            q: "印章".into(),
            filters: Filters::one(FacetKind::Region, "山东省/威海市"),
            ..Default::default()
        };
        let html = page(&query, Some(&crate::views::search::tests::results())).into_string();
        assert!(html.contains(r#"name="region" value="山东省/威海市""#));
        assert!(html.contains("检索威海市政策措施"));
        assert!(html.contains(r#"target="_blank" rel="noopener""#));
        assert!(html.contains("/embed?q=") && html.contains("page=2"));
        let mut narrowed = query;
        narrowed
            .filters
            .add(FacetKind::LeadUnit, "行政审批服务局@山东省/威海市");
        narrowed.filters.add(FacetKind::Year, "2020");
        let html = page(&narrowed, None).into_string();
        assert!(html.contains("检索威海市、威海市·行政审批服务局、2020年政策措施"));
        assert!(html.contains(r#"name="lead_unit" value="行政审批服务局@山东省/威海市""#));
        assert!(html.contains(r#"name="year" value="2020""#));
    }

    #[test]
    fn opensearch_names_the_search_url() {
        let xml = opensearch("http://example.org").into_string();
        assert!(xml.starts_with("<?xml"));
        assert!(xml.contains(r#"template="http://example.org/search?q={searchTerms}""#));
    }
}
