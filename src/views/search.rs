//! The search page: the answer card when the query is a question, the active filters as
//! chips, the order, the results with highlighted snippets and facts, pagination, and the
//! facet sidebar (region as a tree). Everything is a link: the URL holds the whole state.

use maud::{html, Markup};

use crate::ask::Answer;
use crate::search::{SearchQuery, SearchResults, Sort};
use crate::views::components::{
    chips, facet_list, page_of, pagination, region_tree, search_href, search_href_at, with,
    without_filters, HitItem,
};
use crate::views::layout::FILTERS_ID;
use crate::views::{ask, layout};

/// Lead units shown in the facet before the list is cut.
const LEAD_UNITS_SHOWN: usize = 12;

/// A filter of the search page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// 地区.
    Region,
    /// 领域.
    Domain,
    /// 牵头单位.
    LeadUnit,
    /// 年份.
    Year,
    /// 受益对象.
    Beneficiary,
    /// 惠企方式.
    BenefitType,
}

impl Filter {
    /// Its name on the page.
    pub fn label(self) -> &'static str {
        match self {
            Filter::Region => "地区",
            Filter::Domain => "领域",
            Filter::LeadUnit => "牵头单位",
            Filter::Year => "年份",
            Filter::Beneficiary => "受益对象",
            Filter::BenefitType => "惠企方式",
        }
    }

    /// Its value in `query`, as shown.
    pub fn value(self, query: &SearchQuery) -> Option<String> {
        match self {
            Filter::Region => query.region.clone(),
            Filter::Domain => query.domain.clone(),
            Filter::LeadUnit => query.lead_unit.clone(),
            Filter::Year => query.year.map(|y| y.to_string()),
            Filter::Beneficiary => query.beneficiary.clone(),
            Filter::BenefitType => query.benefit_type.clone(),
        }
    }

    /// `query` without this filter.
    pub fn remove(self, query: &SearchQuery) -> SearchQuery {
        with(query, |q| match self {
            Filter::Region => q.region = None,
            Filter::Domain => q.domain = None,
            Filter::LeadUnit => q.lead_unit = None,
            Filter::Year => q.year = None,
            Filter::Beneficiary => q.beneficiary = None,
            Filter::BenefitType => q.benefit_type = None,
        })
    }
}

/// The search page for `query`, its `results`, and an answer when the query is a question.
/// `unknown` are the filters no measure has (said above the results, so an empty page is
/// explained).
/// The facets come before the results (in reading and tab order; on a wide screen they sit
/// left of them); on a phone they are folded behind the 「筛选」 button.
pub fn page(
    query: &SearchQuery,
    results: &SearchResults,
    answer: Option<&Answer>,
    unknown: &[Filter],
) -> Markup {
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
                    @for filter in unknown {
                        @if let Some(value) = filter.value(query) {
                            p.unknown-filter role="note" {
                                "收录的措施中没有" (filter.label()) "为「" (value) "」的(可能写法不同,或不在收录范围内)。"
                                a href=(search_href(&filter.remove(query))) { "去掉这个条件" }
                            }
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
    let filtered = query.region.is_some()
        || query.domain.is_some()
        || query.lead_unit.is_some()
        || query.year.is_some()
        || query.beneficiary.is_some()
        || query.benefit_type.is_some();
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

/// The facet sidebar: 地区 (tree), 领域, 受益对象, 惠企方式, 牵头单位, 年份.
pub fn sidebar(query: &SearchQuery, results: &SearchResults) -> Markup {
    let facets = &results.facets;
    let mut years = facets.year.clone();
    years.sort_by(|a, b| b.value.cmp(&a.value));
    html! {
        aside.facets #(FILTERS_ID) tabindex="-1" aria-labelledby="filters-heading" {
            h2 #filters-heading { "筛选" }
            a.filter-close href="#results-heading" data-close=(FILTERS_ID) { "收起筛选" }
            @if !facets.region.is_empty() {
                section {
                    h3 { "地区" }
                    (region_tree(query, &facets.region))
                }
            }
            @if !facets.domain.is_empty() {
                section {
                    h3 { "领域" }
                    (facet_list(query, &facets.domain, query.domain.as_deref(), |q, v| q.domain = Some(v.to_owned()), str::to_owned))
                }
            }
            @if !facets.beneficiary.is_empty() {
                section {
                    h3 { "受益对象" }
                    (facet_list(query, &facets.beneficiary, query.beneficiary.as_deref(), |q, v| q.beneficiary = Some(v.to_owned()), str::to_owned))
                }
            }
            @if !facets.benefit_type.is_empty() {
                section {
                    h3 { "惠企方式" }
                    (facet_list(query, &facets.benefit_type, query.benefit_type.as_deref(), |q, v| q.benefit_type = Some(v.to_owned()), str::to_owned))
                }
            }
            @if !facets.lead_unit.is_empty() {
                section {
                    h3 { "牵头单位" }
                    (facet_list(query, &facets.lead_unit[..facets.lead_unit.len().min(LEAD_UNITS_SHOWN)], query.lead_unit.as_deref(), |q, v| q.lead_unit = Some(v.to_owned()), str::to_owned))
                }
            }
            @if !years.is_empty() {
                section {
                    h3 { "年份" }
                    (facet_list(query, &years, query.year.map(|y| y.to_string()).as_deref(), |q, v| q.year = v.parse().ok(), |v| format!("{v}年")))
                }
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::search::{FacetCount, Facets, Hit, Snippet};

    pub(crate) fn hit(id: &str, region: &str) -> Hit {
        Hit {
            id: id.into(),
            title: Some("降低企业开办成本".into()),
            text: "新开办企业免费刻制公章。".into(),
            snippet: Snippet {
                text: "新开办企业免费刻制<公章>。".into(),
                highlights: std::iter::once(21..27).collect(),
            },
            region: region.into(),
            domain: "开办企业".into(),
            lead_units: vec!["市行政审批服务局".into(), "市公安局".into()],
            deadlines: vec!["2020-11".into()],
            doc_id: "weihai-2020-07".into(),
            doc_title: "威海市提标提速提效推动营商环境攻坚突破实施方案".into(),
            doc_number: Some("威办发〔2020〕7号".into()),
            source: "000.txt".into(),
            date: Some("2020-07-24".into()),
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
        }
    }

    #[test]
    fn results_show_snippet_facts_facets_chips_and_pages() {
        let query = SearchQuery {
            q: "印章".into(),
            domain: Some("开办企业".into()),
            ..Default::default()
        };
        let html = page(&query, &results(), None, &[]).into_string();
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
    fn empty_results_say_so() {
        let query = SearchQuery {
            q: "<script>alert(1)</script>".into(),
            region: Some("火星".into()),
            ..Default::default()
        };
        let html = page(&query, &SearchResults::default(), None, &[Filter::Region]).into_string();
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
