//! Every route in-process (`tower::ServiceExt::oneshot` on `server::app`), over the index of
//! the repository's corpus; the helpers the other `web_*` modules share. Properties checked
//! here (the pages of a search):
//! - the home page, the search page and its answer card answer with their status and content
//!   type, and the facts a page must show (snippet marks, facets, facts line); filters and
//!   pages stay in the URL, every linked page is served, the answer card respects the filters;
//! - hostile input never gives a 500: `<script>` is escaped, a 10,000-character query and
//!   bad pages are 400 with a message (HTML for pages, JSON for `/api`), an unknown region is
//!   an empty 200, unknown ids and paths are 404;
//! - `/help` and `/favicon.ico` are served; a method other than GET is 405 with `Allow`, as
//!   JSON under `/api`;
//! - every page's footer links to that page's own JSON, which is served; skip links reach
//!   `#main` and (on the search page) the facets, which come before the results; only the
//!   search page's header box searches as you type.
//!
//! The other routes: `web_measures` (measure and document pages), `web_api` (the JSON API),
//! `web_benefits` (the benefit finder), `web_embed` (embedding, CORS, health), `web_export`.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use zhengce::server::{app, AppState, ServeConfig};
use zhengce::views::components::encode;

use crate::engine;

/// A response, read whole.
pub struct Page {
    pub status: StatusCode,
    pub content_type: String,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|err| panic!("{err}: {}", self.body))
    }

    pub fn is_html(&self) -> bool {
        self.content_type.starts_with("text/html")
    }

    pub fn is_json(&self) -> bool {
        self.content_type.starts_with("application/json")
    }
}

pub fn config() -> ServeConfig {
    ServeConfig::for_index("unused".into())
}

pub async fn request(config: ServeConfig, request: Request<Body>) -> Page {
    let app = app(AppState::new(engine().clone(), config));
    let response = app.oneshot(request).await.expect("router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = if content_type.starts_with("image/") {
        format!("{} bytes of image", bytes.len())
    } else {
        String::from_utf8(bytes.to_vec()).expect("UTF-8 body")
    };
    Page {
        status,
        content_type,
        headers,
        body,
    }
}

pub async fn get(uri: &str) -> Page {
    request(config(), Request::get(uri).body(Body::empty()).unwrap()).await
}

/// The first hit of `q` from the JSON API.
pub async fn first_hit(q: &str) -> Value {
    let page = get(&format!("/api/search?q={}", encode(q))).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.json()["hits"][0].clone()
}

pub fn ok_html(page: &Page) {
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.is_html(), "{}", page.content_type);
    assert!(page.body.starts_with("<!DOCTYPE html>"));
    assert!(page.body.contains(r#"<html lang="zh-CN">"#));
}

#[tokio::test]
async fn home_shows_domains_regions_and_examples() {
    let page = get("/").await;
    ok_html(&page);
    for fact in [
        "政策措施检索与问答",
        "按领域浏览",
        "开办企业",
        "覆盖地区",
        "威海市",
        "试试",
    ] {
        assert!(page.body.contains(fact), "{fact}");
    }
    assert!(page
        .body
        .contains(r#"href="/search?domain=%E5%BC%80%E5%8A%9E%E4%BC%81%E4%B8%9A""#));
    assert!(page.body.contains(r#"href="/opensearch.xml""#));
    assert!(page.headers.contains_key(header::CONTENT_SECURITY_POLICY));
}

#[tokio::test]
async fn search_page_shows_highlighted_results_with_facts_and_facets() {
    let page = get(&format!("/search?q={}", encode("印章"))).await;
    ok_html(&page);
    let body = &page.body;
    assert!(body.contains("<mark>"), "highlighted snippet");
    assert!(body.contains("「印章」的检索结果"));
    for facet in ["地区", "领域", "牵头单位", "年份"] {
        assert!(body.contains(&format!("<h3>{facet}</h3>")), "facet {facet}");
    }
    assert!(body.contains(r#"href="/measures/"#));
    assert!(body.contains(r#"class="facts""#) && body.contains("《"));
    assert!(body.contains(r#"value="印章""#), "the box keeps the query");
    assert!(body.contains("sort=date"), "order by date offered");
}

#[tokio::test]
async fn facet_filters_and_pages_stay_in_the_url() {
    let hit = first_hit("印章").await;
    let region = hit["region"].as_str().unwrap();
    let page = get(&format!(
        "/search?q={}&region={}",
        encode("印章"),
        encode(region)
    ))
    .await;
    ok_html(&page);
    let place = region.rsplit('/').next().unwrap();
    assert!(
        page.body.contains(&format!("地区:{place}")),
        "a removable chip"
    );
    assert!(page
        .body
        .contains(r#"<a class="chip" href="/search?q=%E5%8D%B0%E7%AB%A0""#));
    let filtered = get(&format!(
        "/api/search?q={}&region={}&limit=100",
        encode("印章"),
        encode(region)
    ))
    .await;
    for hit in filtered.json()["hits"].as_array().unwrap() {
        assert!(hit["region"].as_str().unwrap().starts_with(region));
    }
    let all = get("/search?page=2&sort=date").await;
    ok_html(&all);
    assert!(all.body.contains(r#"aria-current="page">2<"#));
}

#[tokio::test]
async fn a_question_gets_the_answer_card_on_top() {
    let page = get(&format!("/search?q={}", encode("新开办企业刻章要钱吗"))).await;
    ok_html(&page);
    let card = page.body.find(r#"class="answer""#);
    let results = page.body.find(r#"<ol class="hits""#);
    if let (Some(card), Some(results)) = (card, results) {
        assert!(card < results, "the card comes first");
    }
    let keywords = get(&format!("/search?q={}", encode("印章"))).await;
    assert!(
        !keywords.body.contains(r#"class="answer""#),
        "no card for keywords"
    );
}

#[tokio::test]
async fn hostile_input_is_escaped_or_refused_never_a_500() {
    let xss = get(&format!(
        "/search?q={}",
        encode("<script>alert(1)</script>")
    ))
    .await;
    ok_html(&xss);
    assert!(!xss.body.contains("<script>alert"));
    assert!(xss.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));

    let long = get(&format!("/search?q={}", "a".repeat(10_000))).await;
    assert_eq!(long.status, StatusCode::BAD_REQUEST);
    assert!(
        long.is_html() && long.body.contains("查询过长"),
        "{}",
        long.body
    );

    for bad in ["-1", "abc", "0"] {
        let page = get(&format!("/search?q=x&page={bad}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "page={bad}");
        assert!(
            page.is_html() && page.body.contains("页码"),
            "{}",
            page.body
        );
        let api = get(&format!("/api/search?q=x&page={bad}")).await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST);
        assert!(api.is_json());
        assert!(api.json()["error"].as_str().unwrap().contains("page"));
    }
    let api = get(&format!("/api/search?q={}", "字".repeat(10_000))).await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
    assert!(api.json()["error"].as_str().unwrap().contains("查询过长"));

    let nowhere = get(&format!(
        "/search?q={}&region={}",
        encode("印章"),
        encode("火星/奥林匹斯山")
    ))
    .await;
    ok_html(&nowhere);
    assert!(nowhere.body.contains("没有找到符合条件的措施"));

    for uri in [
        "/search?q=%FF%FE",
        "/search?year=abc",
        "/search?sort=%3Cx%3E",
        "/measures/%FF",
        "/ask?q=%3Cimg%20src%3Dx%3E",
    ] {
        let page = get(uri).await;
        assert!(
            page.status.is_client_error() || page.status.is_success(),
            "{uri}: {}",
            page.status
        );
        assert!(!page.body.contains("<img src=x>"), "{uri}");
    }
}

#[tokio::test]
async fn unknown_ids_and_paths_are_404() {
    let page = get("/measures/no-such-measure").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.is_html() && page.body.contains("no-such-measure"));
    let api = get("/api/measures/no-such-measure").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.json()["error"].is_string());
    let doc = get("/docs/no/such/doc").await;
    assert_eq!(doc.status, StatusCode::NOT_FOUND);
    let api = get("/api/docs/nothing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.is_json());
    let page = get("/no/such/page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.is_html() && page.body.contains("没有找到该页面"));
    let api = get("/api/nothing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.is_json());
}

/// The last linked page number of a search page, if any.
fn last_linked_page(body: &str) -> Option<usize> {
    let nav = &body[body.find(r#"class="pagination""#)?..];
    let nav = &nav[..nav.find("</nav>")?];
    nav.split("page=")
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
        .max()
}

#[tokio::test]
async fn every_linked_page_is_served() {
    let q = encode("企业");
    for (path, query) in [
        ("/search", "limit=1".to_owned()),
        ("/search", "limit=3&sort=date".to_owned()),
        ("/embed", format!("q={q}&limit=1")),
    ] {
        let first = get(&format!("{path}?{query}")).await;
        ok_html(&first);
        let last = last_linked_page(&first.body).expect("several pages");
        let page = get(&format!("{path}?{query}&page={last}")).await;
        assert_eq!(
            page.status,
            StatusCode::OK,
            "{path}?{query}: the last linked page {last} is refused"
        );
        if let Some(further) = last_linked_page(&page.body) {
            assert!(further <= last, "{path}?{query}: a link past the last page");
        }
        assert!(
            !page.body.contains(r#"rel="next""#),
            "{path}?{query}: no next page after the last"
        );
    }
}

#[tokio::test]
async fn the_answer_card_respects_the_filters() {
    let question = "新开办企业刻章要钱吗";
    let api = get(&format!("/api/ask?q={}", encode(question))).await;
    let answer = api.json();
    assert_eq!(answer["found"], true, "{}", api.body);
    let quoted = answer["quote"]["measure_id"].as_str().unwrap();
    let cited = answer["citations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == quoted)
        .expect("the quoted measure is cited");
    let region = cited["region"].as_str().unwrap();
    let province = region.split('/').next().unwrap();
    let domain = cited["domain"].as_str().unwrap();

    let card = |query: String| async move {
        let page = get(&format!("/search?q={}{query}", encode(question))).await;
        ok_html(&page);
        page.body.contains(r#"class="answer""#)
    };
    assert!(card(String::new()).await, "unfiltered: the card");
    assert!(
        card(format!("&region={}", encode(province))).await,
        "the quoted measure is in {province}: the card"
    );
    assert!(
        card(format!(
            "&region={}&domain={}",
            encode(region),
            encode(domain)
        ))
        .await,
        "the quoted measure matches region and domain: the card"
    );

    let other = get("/api/search?limit=1").await.json()["facets"]["region"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"].as_str().unwrap().to_owned())
        .find(|r| !r.contains('/') && r != province)
        .expect("a second province in the corpus");
    assert!(
        !card(format!("&region={}", encode(&other))).await,
        "region {other} filtered, quoted measure in {region}: no card"
    );
    assert!(
        !card(format!("&domain={}", encode("没有这个领域"))).await,
        "another domain: no card"
    );
    assert!(
        !card(format!("&lead_unit={}", encode("没有这个单位"))).await,
        "another lead unit: no card"
    );
    assert!(
        !card("&year=1950".to_owned()).await,
        "another year: no card"
    );
}

/// The `href` of the footer's 「JSON 接口」 link, unescaped.
pub fn json_link(body: &str) -> String {
    let at = body
        .find("data-json")
        .expect("the footer links to the page's JSON");
    let start = body[..at].rfind("href=\"").expect("an href") + "href=\"".len();
    let end = start + body[start..].find('"').unwrap();
    body[start..end].replace("&amp;", "&")
}

#[tokio::test]
async fn every_page_links_to_its_own_json() {
    let hit = first_hit("印章").await;
    let region = hit["region"].as_str().unwrap();
    let search = format!(
        "/search?q={}&region={}&page=2",
        encode("印章"),
        encode(region)
    );
    let cases = [
        ("/".to_owned(), "/api/search".to_owned()),
        (
            search,
            format!(
                "/api/search?q={}&region={}&page=2",
                encode("印章"),
                encode(region)
            ),
        ),
        (
            format!("/measures/{}", hit["id"].as_str().unwrap()),
            format!("/api/measures/{}", hit["id"].as_str().unwrap()),
        ),
        (
            format!("/docs/{}", hit["doc_id"].as_str().unwrap()),
            format!("/api/docs/{}", hit["doc_id"].as_str().unwrap()),
        ),
        (
            format!("/ask?q={}", encode("新开办企业刻章要钱吗")),
            format!("/api/ask?q={}", encode("新开办企业刻章要钱吗")),
        ),
    ];
    for (page_uri, json_uri) in cases {
        let page = get(&page_uri).await;
        ok_html(&page);
        assert_eq!(json_link(&page.body), json_uri, "{page_uri}");
        let json = get(&json_uri).await;
        assert_eq!(json.status, StatusCode::OK, "{json_uri}: {}", json.body);
        assert!(json.is_json(), "{json_uri}");
    }
}

#[tokio::test]
async fn skip_links_reach_main_and_the_filters_which_come_before_the_results() {
    let search = get(&format!("/search?q={}", encode("印章"))).await;
    ok_html(&search);
    let body = &search.body;
    assert!(body.contains(r##"href="#main""##) && body.contains(r#"id="main""#));
    assert!(
        body.contains(r##"href="#filters""##),
        "跳到筛选 and the 筛选 button"
    );
    let filters = body.find(r#"id="filters""#).expect("the facet panel");
    let results = body.find(r#"<ol class="hits""#).expect("results");
    assert!(filters < results, "filters come first in tab order");
    assert!(
        body.contains(r##"data-live="#main""##),
        "search as you type on /search"
    );
    let hit = first_hit("印章").await;
    for uri in [
        format!("/measures/{}", hit["id"].as_str().unwrap()),
        format!("/docs/{}", hit["doc_id"].as_str().unwrap()),
        format!("/ask?q={}", encode("新开办企业刻章要钱吗")),
        "/help".to_owned(),
        "/".to_owned(),
    ] {
        let page = get(&uri).await;
        ok_html(&page);
        assert!(page.body.contains(r##"href="#main""##), "{uri}");
        assert!(
            !page.body.contains("data-live"),
            "{uri}: typing never replaces the page"
        );
        assert!(!page.body.contains(r##"href="#filters""##), "{uri}");
    }
    let ask = get(&format!("/ask?q={}", encode("新开办企业刻章要钱吗"))).await;
    let labels: Vec<&str> = ask
        .body
        .match_indices(r#"role="search""#)
        .map(|(at, _)| {
            let rest = &ask.body[at..];
            let start = rest.find("aria-label=\"").expect("a named search landmark") + 12;
            &rest[start..start + rest[start..].find('"').unwrap()]
        })
        .collect();
    assert_eq!(labels.len(), 2);
    assert_ne!(labels[0], labels[1], "two search landmarks, two names");
}

#[tokio::test]
async fn help_favicon_and_other_methods() {
    let help = get("/help").await;
    ok_html(&help);
    assert!(help.body.contains("JSON 接口") && help.body.contains("--cors-origin"));
    let icon = get("/favicon.ico").await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.content_type, "image/x-icon");
    for uri in [
        "/api/search?q=x",
        "/api/ask?q=x",
        "/api/measures/x",
        "/api/docs/x",
    ] {
        let page = request(config(), Request::post(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED, "{uri}");
        assert!(page.is_json(), "{uri}: {}", page.content_type);
        assert!(page.json()["error"].as_str().unwrap().contains("GET"));
        assert_eq!(page.headers[header::ALLOW], "GET, HEAD");
    }
    let page = request(
        config(),
        Request::delete("/search").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(page.is_html() && page.body.contains("GET"));
}
