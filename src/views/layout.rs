//! The page shell: `<head>` (viewport, stylesheet, OpenSearch link), a header with the site
//! name and a search form, the main content, a footer. Every page goes through [`page`].

use maud::{html, Markup, DOCTYPE};

use crate::search::{SearchQuery, Sort};

/// The site's name, in the header and in every `<title>`.
pub const SITE_NAME: &str = "政策措施检索";

/// A full page: `title` (the site name is appended), the header's search form pre-filled
/// from `query` (its filters kept as hidden fields), and `body` as the main content.
pub fn page(title: &str, query: Option<&SearchQuery>, body: Markup) -> Markup {
    shell(title, Some(search_form(query, "/search", false)), body)
}

/// A full page with `header_form` (none on the home page, which has its own big box).
pub fn shell(title: &str, header_form: Option<Markup>, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="zh-CN" {
            (head(title))
            body {
                a.skip href="#main" { "跳到正文" }
                header.site {
                    div.bar {
                        a.brand href="/" { span.logo aria-hidden="true" { "政" } (SITE_NAME) }
                        @if let Some(form) = header_form { (form) }
                        nav.links aria-label="站点导航" {
                            a href="/ask" { "问答" }
                        }
                    }
                }
                main #main tabindex="-1" { (body) }
                footer.site {
                    p {
                        "数据来自公开的政策文件,以原文为准。"
                        a href="/api/search?q=%E5%8D%B0%E7%AB%A0" { "JSON 接口" }
                        " · "
                        a href="/examples/portal.html" { "嵌入门户网站" }
                    }
                }
                script src="/static/site.js" defer {}
            }
        }
    }
}

/// `<head>`: charset, viewport, title, stylesheet, OpenSearch.
pub fn head(title: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            title { (title) " - " (SITE_NAME) }
            link rel="stylesheet" href="/static/site.css";
            link rel="search" type="application/opensearchdescription+xml"
                title=(SITE_NAME) href="/opensearch.xml";
        }
    }
}

/// A search form for `action` (`/search`, `/embed`): the query box, the active filters and
/// order as hidden fields so a new query keeps them. `large` is the home page's big box; the
/// others are `data-live`: with JavaScript, typing replaces `#main` with the results.
pub fn search_form(query: Option<&SearchQuery>, action: &str, large: bool) -> Markup {
    let q = query.map_or("", |q| q.q.as_str());
    let id = if large { "q-home" } else { "q" };
    html! {
        form.search.large[large] role="search" action=(action) method="get" data-live=[(!large).then_some("#main")] {
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

/// The filters and order of `query` as hidden inputs.
pub fn hidden_filters(query: &SearchQuery) -> Markup {
    html! {
        @if let Some(region) = &query.region { input type="hidden" name="region" value=(region); }
        @if let Some(domain) = &query.domain { input type="hidden" name="domain" value=(domain); }
        @if let Some(unit) = &query.lead_unit { input type="hidden" name="lead_unit" value=(unit); }
        @if let Some(year) = query.year { input type="hidden" name="year" value=(year); }
        @if query.sort == Sort::Date { input type="hidden" name="sort" value="date"; }
    }
}
