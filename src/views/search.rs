//! The search page: the answer card when the query is a question, the active filters as
//! chips, the order, the results with highlighted snippets and facts, pagination, and the
//! facet sidebar (region as a tree). Everything is a link: the URL holds the whole state.

use maud::{html, Markup};

use crate::ask::Answer;
use crate::search::request::FacetKind;
use crate::search::{FacetCount, SearchQuery, SearchResults, Sort, DEFAULT_LIMIT};
use crate::views::components::{
    chips, facet_checkboxes, page_of, pagination, region_checkboxes, search_href, search_href_at,
    with, without_filters, HitItem,
};
use crate::views::layout::FILTERS_ID;
use crate::views::{ask, layout};

/// Lead units shown in the facet before the list is cut.
const LEAD_UNITS_SHOWN: usize = 12;

/// The search page for `query`, its `results`, and an answer when the query is a question.
/// The filter values no measure has (`results.unknown`) are said above the results, so an
/// empty page is explained.
/// The facets come before the results (in reading and tab order; on a wide screen they sit
/// left of them); on a phone they are folded behind the 「筛选」 button.
pub fn page(query: &SearchQuery, results: &SearchResults, answer: Option<&Answer>) -> Markup {
    let title = if query.q.is_empty() {
        "全部措施".to_owned()
    } else {
        format!("{} - 检索", query.q)
    };
    let frame = layout::Frame {
        query: Some(query),
        live: true,
        filters: true,
        ..layout::Frame::new(&title, search_href_at("/api/search", query, page_of(query)))
    };
    layout::page(
        &frame,
        html! {
            h1 #results-heading {
                @if query.q.is_empty() { "全部措施" } @else { "「" (query.q) "」的检索结果" }
            }
            @if let Some(answer) = answer {
                (ask::compact_card(answer))
            }
            (chips(query))
            div.search-layout {
                (sidebar(query, results))
                section.results aria-labelledby="results-heading" {
                    div.result-bar {
                        p.count role="status" {
                            "共 " strong { (results.total) } " 条措施"
                            @if results.total > 0 {
                                ",第 " (page_of(query)) " 页"
                            }
                        }
                        a.filter-toggle href={ "#" (FILTERS_ID) } data-toggle=(FILTERS_ID) { "筛选" }
                        (sort_links(query))
                    }
                    @for unknown in &results.unknown {
                        p.unknown-filter role="note" {
                            (unknown.message) " "
                            a href=(search_href(&with(query, |q| q.filters.remove(unknown.kind, &unknown.value)))) { "去掉这个条件" }
                        }
                    }
                    h2.visually-hidden { "检索结果" }
                    @if results.hits.is_empty() {
                        (no_results(query))
                    } @else {
                        ol.hits start=(query.offset + 1) {
                            @for hit in &results.hits {
                                (HitItem { hit, new_tab: false })
                            }
                        }
                    }
                    (pagination("/search", query, results.total))
                    @if results.total > 0 {
                        (export_links(query, results.total))
                    }
                }
            }
        },
    )
}

/// Downloads of every page of these results, as CSV and as JSON Lines.
fn export_links(query: &SearchQuery, total: usize) -> Markup {
    let href = |format: &str| {
        let search = search_href_at(
            "/export",
            &with(query, |q| q.limit = crate::search::DEFAULT_LIMIT),
            1,
        );
        let join = if search.contains('?') { '&' } else { '?' };
        format!("{search}{join}format={format}")
    };
    let bound = crate::views::export::MAX_EXPORT_ROWS;
    html! {
        p.export {
            "导出全部结果"
            @if total > bound { "(前 " (bound) " 条,共 " (total) " 条)" }
            ":"
            a href=(href("csv")) download { "CSV 表格" }
            " · "
            a href=(href("jsonl")) download { "JSON Lines" }
            span.note { "(含地区、文件、文号、措施编号、牵头单位、完成时限与链接)" }
        }
    }
}

/// 「按相关度 | 按日期」.
pub fn sort_links(query: &SearchQuery) -> Markup {
    let relevance = search_href(&with(query, |q| q.sort = Sort::Relevance));
    let date = search_href(&with(query, |q| q.sort = Sort::Date));
    html! {
        nav.sort aria-label="排序" {
            span { "排序:" }
            @if query.sort == Sort::Relevance {
                span.active aria-current="true" { "相关度" }
                a href=(date) { "日期" }
            } @else {
                a href=(relevance) { "相关度" }
                span.active aria-current="true" { "日期" }
            }
        }
    }
}

fn no_results(query: &SearchQuery) -> Markup {
    let filtered = !query.filters.is_empty();
    html! {
        div.empty {
            p { "没有找到符合条件的措施。" }
            ul {
                @if filtered {
                    li { "试试" a href=(search_href(&without_filters(query))) { "去掉筛选条件" } }
                }
                li { "换一个说法,或使用更短的关键词(如「印章」「施工许可」)" }
                li { a href="/" { "按领域浏览" } }
            }
        }
    }
}

/// The facet sidebar: one form (it works without JavaScript) with every facet of
/// [`FacetKind::ALL`] — 地区 (a tree), 领域, 受益对象, 惠企方式, 牵头单位, 年份 — as checkboxes
/// (several values of a facet: any of them; facets together: all), the date range by month,
/// and the query and order as hidden fields. Each facet's counts are taken under the other
/// facets' filters, so a value not yet ticked shows what ticking it would add.
pub fn sidebar(query: &SearchQuery, results: &SearchResults) -> Markup {
    let facets = &results.facets;
    let values = |kind: FacetKind| -> &[FacetCount] {
        let all = facets.of(kind);
        match kind {
            FacetKind::LeadUnit => &all[..all.len().min(LEAD_UNITS_SHOWN)],
            _ => all,
        }
    };
    let shown = |kind: FacetKind| !values(kind).is_empty() || query.filters.count(kind) > 0;
    html! {
        aside.facets #(FILTERS_ID) tabindex="-1" aria-labelledby="filters-heading" {
            h2 #filters-heading { "筛选" }
            a.filter-close href="#results-heading" data-close=(FILTERS_ID) { "收起筛选" }
            form.facet-form action="/search" method="get" {
                @if !query.q.is_empty() { input type="hidden" name="q" value=(query.q); }
                @if query.sort == Sort::Date { input type="hidden" name="sort" value="date"; }
                @if query.limit != DEFAULT_LIMIT { input type="hidden" name="limit" value=(query.limit); }
                @for kind in FacetKind::ALL.into_iter().filter(|&kind| shown(kind)) {
                    fieldset {
                        legend { h3 { (kind.label()) } }
                        @if kind == FacetKind::Region {
                            (region_checkboxes(query, values(kind)))
                        } @else {
                            (facet_checkboxes(query, kind, values(kind)))
                        }
                    }
                }
                fieldset.date-range {
                    legend { h3 { "发文日期" } }
                    label for="filter-from" { "从" }
                    input #filter-from type="month" name="from" min="1949-01" max="2100-12"
                        placeholder="2021-03" value=[query.filters.from.map(|m| m.to_string())];
                    label for="filter-to" { "到" }
                    input #filter-to type="month" name="to" min="1949-01" max="2100-12"
                        placeholder="2022-06" value=[query.filters.to.map(|m| m.to_string())];
                }
                button type="submit" { "应用筛选" }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::measure::Measure;
    use crate::search::request::{Filters, Month};
    use crate::search::{Facets, Hit, Snippet, UnknownFilter};
    use crate::views::components::encode;

    pub(crate) fn hit(id: &str, region: &str) -> Hit {
        Hit {
            measure: Measure {
                id: id.into(),
                title: Some("降低企业开办成本".into()),
                text: "新开办企业免费刻制公章。".into(),
                region: region.into(),
                domain: "开办企业".into(),
                lead_units: vec!["市行政审批服务局".into(), "市公安局".into()],
                deadlines: vec!["2020-11".into()],
                doc_id: "weihai-2020-07".into(),
                doc_title: "威海市提标提速提效推动营商环境攻坚突破实施方案".into(),
                doc_number: Some("威办发〔2020〕7号".into()),
                source: "000.txt".into(),
                date: Some("2020-07-24".into()),
                ..Measure::default()
            },
            snippet: Snippet {
                text: "新开办企业免费刻制<公章>。".into(),
                highlights: std::iter::once(21..27).collect(),
            },
            score: 1.5,
        }
    }

    fn count(value: &str, count: u64) -> FacetCount {
        FacetCount {
            value: value.into(),
            count,
        }
    }

    pub(crate) fn results() -> SearchResults {
        SearchResults {
            total: 23,
            hits: vec![hit("weihai-2020-07.1-2", "山东省/威海市")],
            facets: Facets {
                region: vec![count("山东省", 20), count("山东省/威海市", 12)],
                domain: vec![count("开办企业", 23)],
                lead_unit: vec![count("市行政审批服务局", 9)],
                year: vec![count("2019", 3), count("2020", 20)],
                beneficiary: vec![count("新开办企业", 8)],
                benefit_type: vec![count("免费", 6)],
            },
            unknown: Vec::new(),
        }
    }

    #[test]
    fn results_show_snippet_facts_facets_chips_and_pages() {
        let query = SearchQuery {
            q: "印章".into(),
            filters: Filters::one(FacetKind::Domain, "开办企业"),
            ..Default::default()
        };
        let html = page(&query, &results(), None).into_string();
        assert!(html.contains("<mark>刻制</mark>&lt;公章&gt;"), "{html}");
        assert!(html.contains(r#"href="/measures/weihai-2020-07.1-2""#));
        for fact in [
            "威海市",
            "《威海市提标提速提效推动营商环境攻坚突破实施方案》",
            "2020-07-24",
            "牵头单位:市行政审批服务局、市公安局",
            "完成时限:2020-11",
        ] {
            assert!(html.contains(fact), "{fact}");
        }
        assert!(html.contains("领域:开办企业"), "chip");
        assert!(
            html.contains(r#"<a class="chip" href="/search?q=%E5%8D%B0%E7%AB%A0""#),
            "chip removes the filter"
        );
        assert!(html.contains("2020年"), "year facet");
        assert!(html.contains("page=3"), "pagination");
        assert!(
            html.contains(r#"<input type="hidden" name="domain" value="开办企业">"#),
            "filters kept by the form"
        );
    }

    #[test]
    fn facets_are_checkboxes_of_one_form_keeping_every_value() {
        let query = SearchQuery {
            q: "印章".into(),
            filters: Filters {
                region: vec!["山东省/威海市".into(), "辽宁省".into()],
                year: vec![2019, 2020],
                lead_unit: vec!["行政审批服务局@山东省/威海市".into()],
                from: Some(Month {
                    year: 2019,
                    month: 3,
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        let mut results = results();
        results.facets.lead_unit = vec![count("行政审批服务局@山东省/威海市", 9)];
        let html = page(&query, &results, None).into_string();
        let form = &html[html.find("<form class=\"facet-form\"").unwrap()..];
        let form = &form[..form.find("</form>").unwrap()];
        for ticked in [
            r#"name="region" value="山东省/威海市" checked"#,
            r#"name="region" value="辽宁省" checked"#,
            r#"name="year" value="2019" checked"#,
            r#"name="year" value="2020" checked"#,
        ] {
            assert!(form.contains(ticked), "{ticked}");
        }
        assert!(
            form.contains(r#"name="region" value="山东省">"#),
            "unticked"
        );
        assert!(
            form.contains("威海市·行政审批服务局"),
            "a lead unit with its place"
        );
        assert!(
            form.contains(r#"placeholder="2021-03" value="2019-03""#),
            "{form}"
        );
        assert!(form.contains(r#"<input type="hidden" name="q" value="印章">"#));
        // Every value rides in the links: pagination, export and JSON keep the whole state.
        let state = format!(
            "q={}&amp;region={}&amp;region={}&amp;lead_unit={}&amp;year=2019&amp;year=2020&amp;from=2019-03",
            encode("印章"),
            encode("山东省/威海市"),
            encode("辽宁省"),
            encode("行政审批服务局@山东省/威海市")
        );
        for link in ["/search?", "/export?", "/api/search?"] {
            assert!(html.contains(&format!("{link}{state}")), "{link}");
        }
        assert!(
            html.contains(&format!("/search?{state}&amp;page=2")),
            "pagination"
        );
        assert_eq!(
            html.matches("class=\"chip\"").count(),
            6,
            "one chip a value"
        );
        assert!(html.contains("发文日期:2019-03 起"));
    }

    #[test]
    fn empty_results_say_so() {
        let query = SearchQuery {
            q: "<script>alert(1)</script>".into(),
            filters: Filters::one(FacetKind::Region, "火星"),
            ..Default::default()
        };
        let results = SearchResults {
            unknown: vec![UnknownFilter::new(FacetKind::Region, "火星".to_owned())],
            ..SearchResults::default()
        };
        let html = page(&query, &results, None).into_string();
        assert!(html.contains("没有找到符合条件的措施"));
        assert!(html.contains("去掉筛选条件"));
        assert!(
            html.contains("没有地区为「火星」的"),
            "an unknown filter is named"
        );
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
