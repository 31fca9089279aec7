//! Reusable pieces of pages: links that carry the whole search state in the URL, region tags,
//! highlighted snippets, result lines, facets, filter chips and pagination. Everything text
//! goes through maud's escaping; highlights are byte ranges rendered as `<mark>`.

use maud::{html, Markup, Render};

use crate::corpus::region_path::RegionPath;
use crate::search::request::FacetKind;
use crate::search::{FacetCount, Hit, SearchQuery, Snippet, Sort, DEFAULT_LIMIT, MAX_OFFSET};

/// Percent-encodes a query-string component (everything but RFC 3986 unreserved bytes).
pub fn encode(value: &str) -> String {
    encode_except(value, b"")
}

/// Percent-encodes a path, keeping `/` (measure ids go into `/measures/{*id}`).
pub fn encode_path(value: &str) -> String {
    encode_except(value, b"/")
}

fn encode_except(value: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(value.len());
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// `/measures/{id}`.
pub fn measure_href(id: &str) -> String {
    format!("/measures/{}", encode_path(id))
}

/// `/docs/{doc_id}`.
pub fn doc_href(doc_id: &str) -> String {
    format!("/docs/{}", encode_path(doc_id))
}

/// `/ask?q=…`.
pub fn ask_href(question: &str) -> String {
    format!("/ask?q={}", encode(question))
}

/// The 1-based page a query is on.
pub fn page_of(query: &SearchQuery) -> usize {
    query.offset / query.limit.max(1) + 1
}

/// The URL of `query` at `page` under `path` (`/search`, `/embed`): every set field, nothing
/// else, so the URL holds the whole state and stays short.
pub fn search_href_at(path: &str, query: &SearchQuery, page: usize) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if !query.q.is_empty() {
        pairs.push(("q", query.q.clone()));
    }
    for kind in FacetKind::ALL {
        for value in query.filters.values(kind) {
            pairs.push((kind.param(), value));
        }
    }
    for (name, month) in [("from", query.filters.from), ("to", query.filters.to)] {
        if let Some(month) = month {
            pairs.push((name, month.to_string()));
        }
    }
    if query.sort == Sort::Date {
        pairs.push(("sort", "date".into()));
    }
    if query.limit != DEFAULT_LIMIT {
        pairs.push(("limit", query.limit.to_string()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    if pairs.is_empty() {
        return path.to_owned();
    }
    let query_string: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={}", encode(value)))
        .collect();
    format!("{path}?{}", query_string.join("&"))
}

/// `/search?…` for `query`, first page.
pub fn search_href(query: &SearchQuery) -> String {
    search_href_at("/search", query, 1)
}

/// `query` changed by `change`, back on the first page (a new filter, a new order).
pub fn with(query: &SearchQuery, change: impl FnOnce(&mut SearchQuery)) -> SearchQuery {
    let mut changed = query.clone();
    change(&mut changed);
    changed.offset = 0;
    changed
}

/// A region path shown by its last part (`山东省/威海市` → 威海市), the full path on hover.
pub struct RegionTag<'a>(pub &'a str);

impl Render for RegionTag<'_> {
    fn render(&self) -> Markup {
        let short = RegionPath::new(self.0).short();
        html! { span.region title=(self.0) { (short) } }
    }
}

/// A snippet with its matched words in `<mark>`.
pub struct Highlighted<'a>(pub &'a Snippet);

impl Render for Highlighted<'_> {
    fn render(&self) -> Markup {
        html! {
            @for (part, is_hit) in self.0.parts() {
                @if is_hit { mark { (part) } } @else { (part) }
            }
        }
    }
}

/// The first `n` characters of `text`, with an ellipsis when cut.
pub fn truncate(text: &str, n: usize) -> String {
    let mut cut: String = text.chars().take(n).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}

/// A measure's heading: its own title, else the start of its text.
pub fn measure_heading(title: Option<&str>, text: &str) -> String {
    match title {
        Some(title) if !title.trim().is_empty() => title.to_owned(),
        _ => truncate(text.trim(), 40),
    }
}

/// The one line of facts under a result: region · document · date · 牵头单位 · 完成时限.
pub struct Facts<'a>(pub &'a Hit);

impl Render for Facts<'_> {
    fn render(&self) -> Markup {
        let hit = self.0;
        html! {
            p.facts {
                (RegionTag(&hit.measure.region))
                span.sep aria-hidden="true" { " · " }
                a.doc href=(doc_href(&hit.measure.doc_id)) { (hit.measure.cited_doc_title()) }
                @if let Some(date) = &hit.measure.date {
                    span.sep aria-hidden="true" { " · " }
                    time datetime=(date) { (date) }
                }
                @if !hit.measure.lead_units.is_empty() {
                    span.sep aria-hidden="true" { " · " }
                    span.lead { "牵头单位:" (hit.measure.lead_units.join("、")) }
                }
                @if !hit.measure.deadlines.is_empty() {
                    span.sep aria-hidden="true" { " · " }
                    span.deadline { "完成时限:" (hit.measure.deadlines.join("、")) }
                }
            }
        }
    }
}

/// One result: title linked to the measure, highlighted snippet, facts.
pub struct HitItem<'a> {
    /// The hit.
    pub hit: &'a Hit,
    /// Open links in a new tab (the iframe widget).
    pub new_tab: bool,
}

impl Render for HitItem<'_> {
    fn render(&self) -> Markup {
        let hit = self.hit;
        let target = self.new_tab.then_some("_blank");
        let rel = self.new_tab.then_some("noopener");
        html! {
            li.hit {
                h3 {
                    a href=(measure_href(&hit.measure.id)) target=[target] rel=[rel] {
                        (measure_heading(hit.measure.title.as_deref(), &hit.measure.text))
                    }
                    @if !hit.measure.domain.is_empty() {
                        " " span.domain { (hit.measure.domain) }
                    }
                }
                @if hit.snippet.text.is_empty() {
                    p.snippet { (truncate(&hit.measure.text, 160)) }
                } @else {
                    p.snippet { (Highlighted(&hit.snippet)) }
                }
                (Facts(hit))
            }
        }
    }
}

/// A facet value as shown: a year as 2020年, a lead unit with its place, a region by its
/// last part; anything else as it is.
pub fn facet_value_label(kind: FacetKind, value: &str) -> String {
    match kind {
        FacetKind::Region => short_region(value).to_owned(),
        FacetKind::Year => format!("{value}年"),
        FacetKind::LeadUnit => crate::extract::units::label_of(value),
        FacetKind::Domain | FacetKind::Beneficiary | FacetKind::BenefitType => value.to_owned(),
    }
}

/// One facet value as a checkbox of the filter form (ticked when the query has it), with its
/// count when known.
fn facet_checkbox(query: &SearchQuery, kind: FacetKind, value: &str, count: Option<u64>) -> Markup {
    let ticked = query.filters.has(kind, value);
    html! {
        label {
            input type="checkbox" name=(kind.param()) value=(value) checked[ticked];
            " " (facet_value_label(kind, value))
        }
        @if let Some(count) = count {
            " " span.count { (count) }
        }
    }
}

/// The ticked values of `kind` that `values` does not list (a value that matches nothing, or
/// one cut from a long list): shown first, so each can be unticked.
fn ticked_unlisted(query: &SearchQuery, kind: FacetKind, values: &[FacetCount]) -> Vec<String> {
    query
        .filters
        .values(kind)
        .into_iter()
        .filter(|v| !values.iter().any(|c| &c.value == v))
        .collect()
}

/// A facet's values as checkboxes with counts (several may be ticked: any of them).
pub fn facet_checkboxes(query: &SearchQuery, kind: FacetKind, values: &[FacetCount]) -> Markup {
    html! {
        ul.facet {
            @for value in ticked_unlisted(query, kind, values) {
                li { (facet_checkbox(query, kind, &value, None)) }
            }
            @for value in values {
                li { (facet_checkbox(query, kind, &value.value, Some(value.count))) }
            }
        }
    }
}

/// Region counts for every level of the path, drawn as a nested tree of links (browsing).
pub fn region_tree(query: &SearchQuery, regions: &[FacetCount]) -> Markup {
    tree_of(regions, &|region: &FacetCount| {
        let href = search_href(&with(query, |q| {
            q.filters.region = vec![region.value.clone()]
        }));
        html! {
            a href=(href) title=(region.value) { (short_region(&region.value)) }
            " " span.count { (region.count) }
        }
    })
}

/// Region counts as a nested tree of checkboxes (filtering: several may be ticked).
pub fn region_checkboxes(query: &SearchQuery, regions: &[FacetCount]) -> Markup {
    let unlisted = ticked_unlisted(query, FacetKind::Region, regions);
    html! {
        @if !unlisted.is_empty() {
            ul.facet {
                @for value in &unlisted {
                    li { (facet_checkbox(query, FacetKind::Region, value, None)) }
                }
            }
        }
        (tree_of(regions, &|region: &FacetCount| {
            facet_checkbox(query, FacetKind::Region, &region.value, Some(region.count))
        }))
    }
}

/// Region paths at every level as nested lists, each entry drawn by `node`.
fn tree_of(regions: &[FacetCount], node: &dyn Fn(&FacetCount) -> Markup) -> Markup {
    let mut sorted: Vec<&FacetCount> = regions.iter().collect();
    sorted.sort_by(|a, b| a.value.cmp(&b.value));
    let roots: Vec<&FacetCount> = sorted
        .iter()
        .copied()
        .filter(|r| parent_of(&r.value).is_none_or(|p| !sorted.iter().any(|s| s.value == p)))
        .collect();
    region_level(&sorted, &roots, node)
}

fn parent_of(path: &str) -> Option<&str> {
    path.rsplit_once('/').map(|(parent, _)| parent)
}

fn region_level(
    all: &[&FacetCount],
    level: &[&FacetCount],
    node: &dyn Fn(&FacetCount) -> Markup,
) -> Markup {
    html! {
        ul.facet.tree {
            @for region in level {
                @let children: Vec<&FacetCount> = all
                    .iter()
                    .copied()
                    .filter(|r| parent_of(&r.value) == Some(region.value.as_str()))
                    .collect();
                li {
                    (node(region))
                    @if !children.is_empty() {
                        (region_level(all, &children, node))
                    }
                }
            }
        }
    }
}

/// The date range of `query` as read: 2021-03 至 2022-06, 2021-03 起, 至 2022-06.
pub fn date_range_label(query: &SearchQuery) -> Option<String> {
    match (query.filters.from, query.filters.to) {
        (None, None) => None,
        (Some(from), None) => Some(format!("{from} 起")),
        (None, Some(to)) => Some(format!("至 {to}")),
        (Some(from), Some(to)) => Some(format!("{from} 至 {to}")),
    }
}

/// The last part of a region path.
pub fn short_region(path: &str) -> &str {
    RegionPath::new(path).short()
}

/// `query` without any filter (its words, order and page size kept).
pub fn without_filters(query: &SearchQuery) -> SearchQuery {
    with(query, |q| q.filters = Default::default())
}

/// Active filters as chips, one per value, each removable, plus 「清除全部筛选」 when there
/// are several.
pub fn chips(query: &SearchQuery) -> Markup {
    let mut chips: Vec<(String, String)> = Vec::new();
    for kind in FacetKind::ALL {
        for value in query.filters.values(kind) {
            chips.push((
                format!("{}:{}", kind.label(), facet_value_label(kind, &value)),
                search_href(&with(query, |q| q.filters.remove(kind, &value))),
            ));
        }
    }
    if let Some(range) = date_range_label(query) {
        chips.push((
            format!("发文日期:{range}"),
            search_href(&with(query, |q| {
                q.filters.from = None;
                q.filters.to = None;
            })),
        ));
    }
    let clear_all = search_href(&without_filters(query));
    html! {
        @if !chips.is_empty() {
            ul.chips aria-label="已选筛选条件" {
                @for (label, href) in &chips {
                    li {
                        a.chip href=(href) title="移除此筛选条件" {
                            (label) " " span aria-hidden="true" { "×" }
                            span.visually-hidden { "(移除)" }
                        }
                    }
                }
                @if chips.len() > 1 {
                    li { a.clear href=(clear_all) { "清除全部筛选" } }
                }
            }
        }
    }
}

/// The last page a link may point to: the one starting at [`MAX_OFFSET`] at most, so every
/// linked page is accepted when its URL is parsed (`(page - 1) × limit ≤ MAX_OFFSET`).
pub fn last_reachable_page(limit: usize) -> usize {
    MAX_OFFSET / limit.max(1) + 1
}

/// Page links: previous, a window of numbers around the current page, next. Pages past
/// [`last_reachable_page`] are not linked (narrowing the search reaches those results).
pub fn pagination(path: &str, query: &SearchQuery, total: usize) -> Markup {
    let limit = query.limit.max(1);
    let pages = total.div_ceil(limit).min(last_reachable_page(limit));
    let current = page_of(query);
    if pages <= 1 {
        return html! {};
    }
    let first = current.saturating_sub(3).max(1);
    let last = (current + 3).min(pages);
    html! {
        nav.pagination aria-label="分页" {
            @if current > 1 {
                a rel="prev" href=(search_href_at(path, query, current - 1)) { "‹ 上一页" }
            }
            @if first > 1 {
                a href=(search_href_at(path, query, 1)) { "1" }
                @if first > 2 { span.gap { "…" } }
            }
            @for page in first..=last {
                @if page == current {
                    span.current aria-current="page" { (page) }
                } @else {
                    a href=(search_href_at(path, query, page)) { (page) }
                }
            }
            @if last < pages {
                @if last + 1 < pages { span.gap { "…" } }
                a href=(search_href_at(path, query, pages)) { (pages) }
            }
            @if current < pages {
                a rel="next" href=(search_href_at(path, query, current + 1)) { "下一页 ›" }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_hold_the_whole_state_and_only_it() {
        let query = SearchQuery {
            q: "印章 刻制&免费".into(),
            filters: crate::search::request::Filters {
                region: vec!["山东省/威海市".into(), "辽宁省".into()],
                year: vec![2020],
                to: Some(crate::search::request::Month {
                    year: 2021,
                    month: 6,
                }),
                ..Default::default()
            },
            sort: Sort::Date,
            ..Default::default()
        };
        assert_eq!(
            search_href_at("/search", &query, 2),
            "/search?q=%E5%8D%B0%E7%AB%A0%20%E5%88%BB%E5%88%B6%26%E5%85%8D%E8%B4%B9\
             &region=%E5%B1%B1%E4%B8%9C%E7%9C%81%2F%E5%A8%81%E6%B5%B7%E5%B8%82\
             &region=%E8%BE%BD%E5%AE%81%E7%9C%81&year=2020&to=2021-06&sort=date&page=2"
        );
        assert_eq!(search_href(&SearchQuery::default()), "/search");
    }

    #[test]
    fn ids_keep_their_slashes_in_paths() {
        assert_eq!(measure_href("a/b-1.2"), "/measures/a/b-1.2");
        assert_eq!(doc_href("x y"), "/docs/x%20y");
    }

    #[test]
    fn snippets_mark_hits_and_escape_text() {
        let snippet = Snippet {
            text: "<b>免费</b>刻制印章".into(),
            highlights: vec![3..6, 13..19],
        };
        let html = Highlighted(&snippet).render().into_string();
        assert_eq!(
            html,
            "&lt;b&gt;<mark>免</mark>费&lt;/b&gt;<mark>刻制</mark>印章"
        );
    }

    #[test]
    fn the_region_tree_nests_children_under_parents() {
        let regions = [
            ("山东省", 10),
            ("山东省/威海市", 7),
            ("山东省/威海市/乳山市", 2),
            ("辽宁省/营口市", 3),
        ]
        .map(|(value, count)| FacetCount {
            value: value.into(),
            count,
        });
        let html = region_tree(&SearchQuery::default(), &regions).into_string();
        let shandong = html.find(">山东省<").unwrap();
        let weihai = html.find(">威海市<").unwrap();
        let rushan = html.find(">乳山市<").unwrap();
        assert!(shandong < weihai && weihai < rushan);
        assert_eq!(html.matches("<ul").count(), 3, "{html}");
        assert!(html.contains(">营口市<"), "an orphan level is a root");
    }

    #[test]
    fn pages_window_around_the_current_one() {
        let query = SearchQuery {
            offset: 50,
            ..Default::default()
        };
        let html = pagination("/search", &query, 200).into_string();
        assert!(html.contains(r#"<span class="current" aria-current="page">6</span>"#));
        assert!(html.contains("page=5") && html.contains("page=7") && html.contains("page=20"));
        assert!(pagination("/search", &SearchQuery::default(), 9)
            .into_string()
            .is_empty());
    }

    /// The page numbers linked from `html`.
    fn linked_pages(html: &str) -> Vec<usize> {
        html.split("page=")
            .skip(1)
            .map(|rest| {
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().unwrap()
            })
            .collect()
    }

    #[test]
    fn every_linked_page_is_accepted_by_the_parameters() {
        use crate::server::params::search_query;
        for limit in [1, 3, 7, 10, 20, 33, 100] {
            let last = last_reachable_page(limit);
            for current in [1, 2, last / 2, last - 1, last] {
                let query = SearchQuery {
                    limit,
                    offset: (current - 1) * limit,
                    ..Default::default()
                };
                let html = pagination("/search", &query, 50_000).into_string();
                let pages = linked_pages(&html);
                assert!(!pages.is_empty(), "limit {limit}, page {current}");
                assert!(pages.iter().all(|&page| page <= last), "{html}");
                for page in pages {
                    let params = vec![
                        ("limit".to_owned(), limit.to_string()),
                        ("page".to_owned(), page.to_string()),
                    ];
                    assert!(
                        search_query(&params).is_ok(),
                        "limit {limit}: page {page} is linked but refused"
                    );
                }
            }
        }
        let query = SearchQuery {
            limit: 100,
            ..Default::default()
        };
        let html = pagination("/search", &query, 50_000).into_string();
        assert!(html.contains("page=101\""), "{html}");
        assert!(!html.contains("page=500"), "{html}");
        let next = SearchQuery {
            limit: 100,
            offset: MAX_OFFSET,
            ..Default::default()
        };
        let html = pagination("/search", &next, 50_000).into_string();
        assert!(
            !html.contains("rel=\"next\""),
            "no next page past the last: {html}"
        );
    }
}
