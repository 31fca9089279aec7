//! The page shell: `<head>` (viewport, stylesheet, icon, OpenSearch link), skip links, a
//! header with the site name and a search form, the main content, a footer whose 「JSON 接口」
//! is the current page's JSON. Every page goes through [`page`] or [`shell`].

use maud::{html, Markup, DOCTYPE};

use crate::search::request::FacetKind;
use crate::search::{SearchQuery, Sort};

/// The site's name, in the header and in every `<title>`.
pub const SITE_NAME: &str = "政策措施检索";

/// The id of the facet panel, target of the 「跳到筛选」 skip link and the 「筛选」 button.
pub const FILTERS_ID: &str = "filters";

/// What the shell around a page's content shows.
#[derive(Debug, Clone)]
pub struct Frame<'a> {
    /// The page's title (the site name is appended).
    pub title: &'a str,
    /// The search the header box shows, its filters kept as hidden fields.
    pub query: Option<&'a SearchQuery>,
    /// Whether typing in the header box replaces the results (only where `#main` shows
    /// results: the search page). Elsewhere typing never changes the page.
    pub live: bool,
    /// The address of this page's data as JSON (`/api/…`), for the footer.
    pub json: String,
    /// Whether the page has the facet panel (`#filters`): adds the 「跳到筛选」 skip link.
    pub filters: bool,
}

impl<'a> Frame<'a> {
    /// A page titled `title` whose data is at `json`, with a plain header box.
    pub fn new(title: &'a str, json: impl Into<String>) -> Self {
        Frame {
            title,
            query: None,
            live: false,
            json: json.into(),
            filters: false,
        }
    }
}

/// A full page: the header's search form pre-filled from `frame.query`, `body` as the main
/// content.
pub fn page(frame: &Frame, body: Markup) -> Markup {
    let form = search_form(frame.query, "/search", false, frame.live);
    shell(frame, Some(form), body)
}

/// A full page with `header_form` (none on the home page, which has its own big box).
pub fn shell(frame: &Frame, header_form: Option<Markup>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            (head(frame.title))
            body {
                nav.skip-links aria-label="跳转" {
                    a.skip href="#main" { "跳到正文" }
                    @if frame.filters {
                        a.skip href={ "#" (FILTERS_ID) } { "跳到筛选" }
                    }
                }
                header.site {
                    div.bar {
                        a.brand href="/" { span.logo aria-hidden="true" { "政" } (SITE_NAME) }
                        @if let Some(form) = header_form { (form) }
                        nav.links aria-label="站点导航" {
                            a href="/benefits" { "惠企政策" }
                            a href="/ask" { "问答" }
                            a href="/help" { "帮助" }
                        }
                    }
                }
                main #main tabindex="-1" { (body) }
                footer.site {
                    p {
                        "数据来自公开的政策文件,以原文为准。"
                        a href=(frame.json) data-json title="本页内容的 JSON 数据" { "JSON 接口" }
                        " · "
                        a href="/help" { "检索语法与帮助" }
                        " · "
                        a href="/examples/portal.html" { "嵌入门户网站" }
                    }
                }
                script src="/static/site.js" defer {}
            }
        }
    }
}

/// `<head>`: charset, viewport, title, stylesheet, icon, OpenSearch.
pub fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " - " (SITE_NAME) }
            link rel="stylesheet" href="/static/site.css";
            link rel="icon" href="/favicon.ico" sizes="32x32";
            link rel="search" type="application/opensearchdescription+xml"
                title=(SITE_NAME) href="/opensearch.xml";
        }
    }
}

/// A search form for `action` (`/search`, `/embed`): the query box, the active filters and
/// order as hidden fields so a new query keeps them. `large` is the home page's big box.
/// `live` forms carry `data-live`: with JavaScript, typing replaces `#main` with the results.
pub fn search_form(query: Option<&SearchQuery>, action: &str, large: bool, live: bool) -> Markup {
    let q = query.map_or("", |q| q.q.as_str());
    let id = if large { "q-home" } else { "q" };
    html! {
        form.search.large[large] role="search" aria-label="检索政策措施" action=(action) method="get" data-live=[live.then_some("#main")] {
            label.visually-hidden for=(id) { "检索政策措施" }
            input #(id) type="search" name="q" value=(q) maxlength=(crate::search::MAX_QUERY_CHARS)
                placeholder="输入关键词或问题,如:新开办企业刻章要钱吗" autocomplete="off"
                enterkeyhint="search";
            @if let Some(query) = query {
                (hidden_filters(query))
            }
            button type="submit" { "搜索" }
        }
    }
}

/// The filters and order of `query` as hidden inputs (every value of every facet, the date
/// range).
pub fn hidden_filters(query: &SearchQuery) -> Markup {
    html! {
        @for kind in FacetKind::ALL {
            @for value in query.filters.values(kind) {
                input type="hidden" name=(kind.param()) value=(value);
            }
        }
        @if let Some(from) = query.filters.from { input type="hidden" name="from" value=(from); }
        @if let Some(to) = query.filters.to { input type="hidden" name="to" value=(to); }
        @if query.sort == Sort::Date { input type="hidden" name="sort" value="date"; }
    }
}
