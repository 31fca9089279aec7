//! Every route in-process (`tower::ServiceExt::oneshot` on `server::app`), over the index of
//! the repository's corpus. Properties checked:
//! - each route answers with its status and content type, and the facts a page must show
//!   (snippet marks, facets, facts line, fields, citation, precedents, outline, answer card);
//! - the JSON API has the shapes of DESIGN.md and answers errors as `{"error": …}`;
//! - hostile input never gives a 500: `<script>` is escaped, a 10,000-character query and
//!   bad pages are 400 with a message (HTML for pages, JSON for `/api`), an unknown region is
//!   an empty 200, unknown ids and paths are 404;
//! - CORS headers only for configured origins; `/embed.js`, `/embed`, `/opensearch.xml`,
//!   the sample portal, static files, `/favicon.ico`, `/help` and `/healthz` are served;
//! - a method other than GET is 405 with `Allow`, as JSON under `/api`;
//! - the document page shows the full text (what `/api/docs` returns) with every measure
//!   marked and linked, the facts in the official layout and the source link, and no internal
//!   file name on any page;
//! - every page's footer links to that page's own JSON, which is served; skip links reach
//!   `#main` and (on the search page) the facets, which come before the results; only the
//!   search page's header box searches as you type.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use zhengce::server::{app, AppState, ServeConfig};
use zhengce::views::components::encode;

use crate::engine;

/// A response, read whole.
struct Page {
    status: StatusCode,
    content_type: String,
    headers: axum::http::HeaderMap,
    body: String,
}

impl Page {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|err| panic!("{err}: {}", self.body))
    }

    fn is_html(&self) -> bool {
        self.content_type.starts_with("text/html")
    }

    fn is_json(&self) -> bool {
        self.content_type.starts_with("application/json")
    }
}

fn config() -> ServeConfig {
    ServeConfig::for_index("unused".into())
}

async fn request(config: ServeConfig, request: Request<Body>) -> Page {
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

async fn get(uri: &str) -> Page {
    request(config(), Request::get(uri).body(Body::empty()).unwrap()).await
}

/// The first hit of `q` from the JSON API.
async fn first_hit(q: &str) -> Value {
    let page = get(&format!("/api/search?q={}", encode(q))).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.json()["hits"][0].clone()
}

fn ok_html(page: &Page) {
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
async fn measure_page_has_text_fields_neighbours_citation_and_precedents() {
    let hit = first_hit("印章").await;
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    let body = &page.body;
    let doc_title = hit["doc_title"].as_str().unwrap();
    assert!(body.contains(doc_title));
    for fact in [
        "<th scope=\"row\">文件</th>",
        "<th scope=\"row\">地区</th>",
        "引用",
        "其他地区的同类措施",
        "全文共",
    ] {
        assert!(body.contains(fact), "{fact}");
    }
    assert!(body.contains(&format!("《{doc_title}》")));
    assert!(body.contains("rel=\"prev\"") || body.contains("rel=\"next\""));

    let api = get(&format!("/api/measures/{id}")).await;
    assert_eq!(api.status, StatusCode::OK);
    assert!(api.is_json());
    let measure = api.json();
    for field in [
        "id",
        "doc_id",
        "doc_title",
        "source",
        "region",
        "domain",
        "section",
        "text",
        "lead_units",
        "responsible_units",
        "deadlines",
    ] {
        assert!(measure.get(field).is_some(), "{field}");
    }
    assert_eq!(measure["id"], id);
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

#[tokio::test]
async fn document_page_links_every_measure() {
    let hit = first_hit("印章").await;
    let doc_id = hit["doc_id"].as_str().unwrap();
    let api = get(&format!("/api/docs/{doc_id}")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let view = api.json();
    let measures = view["measures"].as_array().unwrap();
    assert!(!measures.is_empty());
    assert_eq!(view["document"]["id"], doc_id);
    let page = get(&format!("/docs/{doc_id}")).await;
    ok_html(&page);
    assert!(page
        .body
        .contains(view["document"]["title"].as_str().unwrap()));
    for measure in measures {
        let href = format!("href=\"/measures/{}\"", measure["id"].as_str().unwrap());
        assert!(page.body.contains(&href), "{href}");
    }
}

#[tokio::test]
async fn ask_page_and_api() {
    let page = get(&format!("/ask?q={}", encode("新开办企业刻章要钱吗"))).await;
    ok_html(&page);
    assert!(page.body.contains(r#"class="answer"#));
    assert!(page.body.contains("新开办企业刻章要钱吗"));
    let empty = get("/ask").await;
    ok_html(&empty);
    assert!(empty.body.contains("可以这样问"));

    let api = get(&format!("/api/ask?q={}", encode("新开办企业刻章要钱吗"))).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let answer = api.json();
    for field in ["question", "kind", "answer", "citations", "by_region"] {
        assert!(answer.get(field).is_some(), "{field}");
    }
    // A citation carries a bounded passage holding its sentence, not the measure's text
    // (that is on /api/measures/{id}); the quote stays.
    let citations = answer["citations"].as_array().unwrap();
    assert!(!citations.is_empty(), "{}", api.body);
    for citation in citations {
        assert!(citation.get("text").is_none(), "{citation}");
        // The measure's number as its document writes it (never empty).
        let number = citation["number"].as_str().unwrap_or_default();
        assert!(!number.is_empty(), "{citation}");
        let snippet = citation["snippet"].as_str().unwrap();
        assert!(snippet.chars().count() <= 160, "{citation}");
        let sentence = citation["sentence"].as_str().unwrap();
        if sentence.chars().count() <= 160 {
            assert!(snippet.contains(sentence), "{citation}");
        }
    }
    assert!(answer["quote"]["text"].is_string(), "{}", api.body);
    // The page's citation line shows the same number, escaped as maud escapes text.
    let number = citations[0]["number"].as_str().unwrap();
    let shown = format!(
        r#"<span class="number">{}</span>"#,
        maud::html! { (number) }.into_string()
    );
    assert!(page.body.contains(&shown), "{shown}");
    let missing = get("/api/ask").await;
    assert_eq!(missing.status, StatusCode::BAD_REQUEST);
    assert!(missing.json()["error"].is_string());
}

/// `/benefits?…` for 小微企业 in 威海, with or without the parents' measures.
fn weihai_small(parents: &str) -> String {
    format!(
        "beneficiary={}&region={}&parents={parents}",
        encode("小微企业"),
        encode("山东省/威海市")
    )
}

#[tokio::test]
async fn benefit_finder_page_and_api_group_the_profile_measures() {
    let empty = get("/benefits").await;
    ok_html(&empty);
    assert!(empty
        .body
        .contains(r#"<form class="benefits" action="/benefits" method="get">"#));
    assert!(!empty.body.contains("benefit-results"));

    let page = get(&format!("/benefits?{}", weihai_small("1"))).await;
    ok_html(&page);
    assert!(page.body.contains(r#"<option value="小微企业" selected>"#));
    assert!(page.body.contains(r#"<section class="benefit-group""#));
    assert!(page.body.contains(r#"<blockquote class="grant">"#));
    assert_eq!(
        json_link(&page.body),
        format!("/api/benefits?{}", weihai_small("1"))
    );

    let api = get(&format!("/api/benefits?{}", weihai_small("1"))).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let found = api.json();
    assert_eq!(
        found["regions"],
        serde_json::json!(["山东省/威海市", "山东省", "全国"])
    );
    let groups = found["groups"].as_array().unwrap();
    assert!(!groups.is_empty(), "{found}");
    let mut regions = std::collections::BTreeSet::new();
    for group in groups {
        let items = group["items"].as_array().unwrap();
        assert!(items.len() <= 20 && group["total"].as_u64().unwrap() >= items.len() as u64);
        assert!(page.body.contains(group["benefit_type"].as_str().unwrap()));
        for item in items {
            let m = &item["measure"];
            regions.insert(m["region"].as_str().unwrap().to_owned());
            let served = ["小微企业", "中小企业", "所有企业"];
            assert!(
                m["beneficiaries"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|b| served.contains(&b.as_str().unwrap())),
                "{m}"
            );
            let text = m["text"].as_str().unwrap();
            let sentence = item["grant"]["sentence"].as_str().unwrap();
            assert!(
                text.contains(sentence),
                "the grant is quoted from the measure"
            );
        }
    }
    assert!(
        regions.contains("山东省/威海市") && regions.contains("全国"),
        "a 威海 profile sees 威海's and national measures: {regions:?}"
    );

    let own = get(&format!("/api/benefits?{}", weihai_small("0")))
        .await
        .json();
    assert_eq!(own["regions"], serde_json::json!(["山东省/威海市"]));
    assert!(own["total"].as_u64() < found["total"].as_u64());
    for group in own["groups"].as_array().unwrap() {
        for item in group["items"].as_array().unwrap() {
            assert!(item["measure"]["region"]
                .as_str()
                .unwrap()
                .starts_with("山东省/威海市"));
        }
    }

    // The same facts as facets of a search: a section each, a chip when chosen.
    let search = get(&format!("/search?q={}", encode("贷款"))).await;
    assert!(search.body.contains("<h3>受益对象</h3>") && search.body.contains("<h3>惠企方式</h3>"));
    let chosen = get(&format!(
        "/search?q={}&beneficiary={}",
        encode("贷款"),
        encode("小微企业")
    ))
    .await;
    ok_html(&chosen);
    assert!(chosen.body.contains("受益对象:小微企业"), "chip");
    let api = get(&format!(
        "/api/search?q={}&beneficiary={}&benefit_type={}",
        encode("贷款"),
        encode("小微企业"),
        encode("融资支持")
    ))
    .await
    .json();
    assert!(api["total"].as_u64().unwrap() > 0);
    assert!(
        api["facets"]["beneficiary"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["value"] == "小微企业" && f["count"] == api["total"]),
        "{api}"
    );

    let bad = get(&format!("/api/benefits?beneficiary={}", encode("大企业"))).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let message = bad.json()["error"].as_str().unwrap().to_owned();
    assert!(
        message.contains("beneficiary") && message.contains("小微企业"),
        "{message}"
    );
    let bad_page = get(&format!("/benefits?domain={}", encode("<script>"))).await;
    assert_eq!(bad_page.status, StatusCode::BAD_REQUEST);
    assert!(bad_page.is_html() && !bad_page.body.contains("<script>"));
    assert_eq!(get("/api/benefits").await.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn api_search_has_the_shapes_of_the_design() {
    let page = get(&format!("/api/search?q={}&limit=3", encode("印章"))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.is_json());
    let results = page.json();
    assert!(results["total"].as_u64().unwrap() > 0);
    let hits = results["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    for field in [
        "id",
        "title",
        "snippet",
        "region",
        "domain",
        "lead_units",
        "doc_title",
        "source",
        "date",
        "score",
    ] {
        assert!(hits[0].get(field).is_some(), "hit.{field}");
    }
    // A hit carries a bounded snippet; the full text is on /api/measures/{id}.
    for hit in hits {
        assert!(hit.get("text").is_none(), "{hit}");
        assert!(hit["snippet"].as_str().unwrap().chars().count() <= 160);
    }
    assert!(hits[0]["snippet"].is_string());
    for facet in ["region", "domain", "lead_unit", "year"] {
        let values = results["facets"][facet].as_array().unwrap();
        if let Some(first) = values.first() {
            assert!(
                first["value"].is_string() && first["count"].is_u64(),
                "{facet}"
            );
        }
    }
    let too_many = get("/api/search?q=x&limit=101").await;
    assert_eq!(too_many.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn cors_only_for_configured_origins() {
    let with_origin = |origin: &str| {
        Request::get("/api/search?q=x")
            .header(header::ORIGIN, origin)
            .body(Body::empty())
            .unwrap()
    };
    let allowed = ServeConfig {
        cors_origins: vec!["https://portal.example.gov.cn".into()],
        ..config()
    };
    let page = request(
        allowed.clone(),
        with_origin("https://portal.example.gov.cn"),
    )
    .await;
    assert_eq!(
        page.headers
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .unwrap(),
        "https://portal.example.gov.cn"
    );
    let page = request(allowed, with_origin("https://evil.example")).await;
    assert!(page
        .headers
        .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
        .is_none());
    let any = ServeConfig {
        cors_origins: vec!["*".into()],
        ..config()
    };
    let page = request(any, with_origin("https://anyone.example")).await;
    assert_eq!(
        page.headers
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .unwrap(),
        "*"
    );
    let page = request(config(), with_origin("https://portal.example.gov.cn")).await;
    assert!(page
        .headers
        .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
        .is_none());
}

#[tokio::test]
async fn embedding_files_and_health() {
    let js = get("/embed.js").await;
    assert_eq!(js.status, StatusCode::OK);
    assert!(js.content_type.starts_with("text/javascript"));
    assert!(js.body.contains("attachShadow") && js.body.contains("currentScript"));
    assert!(
        !js.body.contains("innerHTML"),
        "data rendered with textContent only"
    );

    let embed = get(&format!(
        "/embed?q={}&region={}",
        encode("印章"),
        encode("山东省")
    ))
    .await;
    ok_html(&embed);
    assert!(embed.body.contains(r#"target="_blank""#));
    assert!(embed.body.contains(r#"name="region" value="山东省""#));
    assert!(!embed.body.contains("<header"), "bare page for iframes");

    let xml = get("/opensearch.xml").await;
    assert_eq!(xml.status, StatusCode::OK);
    assert!(xml
        .content_type
        .starts_with("application/opensearchdescription+xml"));
    assert!(xml.body.contains("/search?q={searchTerms}"));

    let portal = get("/examples/portal.html").await;
    ok_html(&portal);
    assert!(portal.body.contains(r#"src="/embed.js""#) && portal.body.contains("<iframe"));

    let css = get("/static/site.css").await;
    assert!(css.content_type.starts_with("text/css") && css.body.contains("@media"));
    let js = get("/static/site.js").await;
    assert!(js.content_type.starts_with("text/javascript"));

    let health = get("/healthz").await;
    assert_eq!(health.status, StatusCode::OK);
    let health = health.json();
    assert_eq!(health["status"], "ok");
    assert!(health["measures"].as_u64().unwrap() > 1000);
    assert!(health["generation"].as_u64().is_some() && health["built_at"].as_u64().is_some());
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

#[tokio::test]
async fn embed_shows_results_for_every_filter() {
    let facets = get("/api/search?limit=1").await.json()["facets"].clone();
    let unit = facets["lead_unit"][0]["value"]
        .as_str()
        .expect("a lead unit");
    let year = facets["year"][0]["value"].as_str().expect("a year");
    for query in [
        format!("lead_unit={}", encode(unit)),
        format!("year={year}"),
    ] {
        let page = get(&format!("/embed?{query}")).await;
        ok_html(&page);
        assert!(
            page.body.contains(r#"class="count""#) && page.body.contains(r#"class="hit""#),
            "/embed?{query} shows its results"
        );
    }
    let bare = get("/embed").await;
    ok_html(&bare);
    assert!(
        !bare.body.contains(r#"class="count""#),
        "nothing asked: no results"
    );
}

#[tokio::test]
async fn only_embed_may_be_framed_by_other_sites() {
    let csp = |page: &Page| {
        page.headers
            .get(header::CONTENT_SECURITY_POLICY)
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default()
    };
    for uri in [
        "/".to_owned(),
        format!("/search?q={}", encode("印章")),
        format!("/ask?q={}", encode("新开办企业刻章要钱吗")),
        "/examples/portal.html".to_owned(),
        "/no/such/page".to_owned(),
        "/search?page=0".to_owned(),
    ] {
        let page = get(&uri).await;
        assert!(page.is_html(), "{uri}");
        assert!(
            csp(&page).contains("frame-ancestors 'self'"),
            "{uri}: {}",
            csp(&page)
        );
        assert_eq!(
            page.headers.get(header::X_FRAME_OPTIONS).unwrap(),
            "SAMEORIGIN"
        );
    }
    for uri in [
        format!("/embed?q={}", encode("印章")),
        "/embed?page=0".to_owned(),
    ] {
        let page = get(&uri).await;
        assert!(page.is_html(), "{uri}");
        let policy = csp(&page);
        assert!(policy.contains("script-src 'self'"), "{uri}: {policy}");
        assert!(!policy.contains("frame-ancestors"), "{uri}: {policy}");
        assert!(page.headers.get(header::X_FRAME_OPTIONS).is_none(), "{uri}");
    }
}

/// The `href` of the footer's 「JSON 接口」 link, unescaped.
fn json_link(body: &str) -> String {
    let at = body
        .find("data-json")
        .expect("the footer links to the page's JSON");
    let start = body[..at].rfind("href=\"").expect("an href") + "href=\"".len();
    let end = start + body[start..].find('"').unwrap();
    body[start..end].replace("&amp;", "&")
}

#[tokio::test]
async fn document_page_shows_the_full_text_with_every_measure_marked_and_linked() {
    let engine = engine();
    let with_url = engine
        .documents()
        .iter()
        .find(|d| d.url.is_some())
        .expect("the gov.cn records carry their address");
    for doc in [&engine.documents()[0], with_url] {
        let api = get(&format!("/api/docs/{}", doc.id)).await;
        assert_eq!(api.status, StatusCode::OK, "{}", api.body);
        let view = api.json();
        let text = view["document"]["text"].as_str().unwrap();
        assert!(text.chars().count() > 200, "{}: the full text", doc.id);
        let page = get(&format!("/docs/{}", doc.id)).await;
        ok_html(&page);
        let body = &page.body;
        let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap().trim();
        assert!(body.contains(first_line), "{}: text shown", doc.id);
        for measure in view["measures"].as_array().unwrap() {
            let anchor = format!(r#"id="m{}""#, measure["seq"]);
            assert!(body.contains(&anchor), "{}: {anchor}", doc.id);
            let href = format!(r#"href="/measures/{}""#, measure["id"].as_str().unwrap());
            assert!(body.contains(&href), "{href}");
        }
        for fact in ["发文机关", "发文字号", "成文日期", "目录"] {
            assert!(body.contains(fact), "{}: {fact}", doc.id);
        }
        if let Some(number) = &doc.doc_number {
            assert!(body.contains(number.as_str()));
        }
        assert!(
            !body.contains(&doc.source),
            "{}: no internal file name",
            doc.id
        );
        assert!(!body.contains("来源文件"));
    }
    let page = get(&format!("/docs/{}", with_url.id)).await;
    let url = with_url.url.as_deref().unwrap();
    assert!(
        page.body.contains(&format!(r#"href="{url}""#)),
        "source link"
    );
}

#[tokio::test]
async fn measure_pages_point_into_the_text_and_hide_file_names() {
    let hit = first_hit("印章").await;
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    assert!(!page.body.contains(hit["source"].as_str().unwrap()));
    let measure = get(&format!("/api/measures/{id}")).await.json();
    let in_text = format!(
        "/docs/{}#m{}",
        measure["doc_id"].as_str().unwrap(),
        measure["seq"]
    );
    assert!(
        page.body.contains(&format!(r#"href="{in_text}""#)),
        "{in_text}"
    );
    let doc = get(in_text.split('#').next().unwrap()).await;
    assert!(doc.body.contains(&format!(r#"id="m{}""#, measure["seq"])));
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

/// `/export…`: status, headers, and the body as the chunks it was streamed in.
async fn export(uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<String>) {
    let app = app(AppState::new(engine().clone(), config()));
    let request = Request::get(uri)
        .header(header::HOST, "zc.example.org")
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.expect("router answers");
    let (status, headers) = (response.status(), response.headers().clone());
    let mut body = response.into_body();
    let mut chunks = Vec::new();
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.expect("a body frame").into_data() {
            chunks.push(String::from_utf8(data.to_vec()).expect("UTF-8"));
        }
    }
    (status, headers, chunks)
}

fn json_rows(chunks: &[String]) -> Vec<Value> {
    chunks
        .concat()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

#[tokio::test]
async fn export_gives_every_page_of_the_results_with_citation_columns() {
    let hit = first_hit("印章").await;
    let region = hit["region"].as_str().unwrap();
    let api = get(&format!(
        "/api/search?q={}&region={}",
        encode("印章"),
        encode(region)
    ))
    .await;
    let total = api.json()["total"].as_u64().unwrap() as usize;
    let (status, headers, chunks) = export(&format!(
        "/export?q={}&region={}&format=jsonl&page=2",
        encode("印章"),
        encode(region)
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/x-ndjson"));
    let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains(".jsonl"),
        "{disposition}"
    );
    assert_eq!(headers["x-total-count"], total.to_string().as_str());
    let rows = json_rows(&chunks);
    assert_eq!(rows.len(), total, "every page, not the one asked");
    for row in &rows {
        assert!(row["region"].as_str().unwrap().starts_with(region));
        assert!(row["link"]
            .as_str()
            .unwrap()
            .starts_with("http://zc.example.org/measures/"));
        for column in ["document", "number", "title", "text"] {
            assert!(!row[column].as_str().unwrap().is_empty(), "{column}: {row}");
        }
    }
    assert_eq!(
        rows[0]["link"],
        format!(
            "http://zc.example.org/measures/{}",
            hit["id"].as_str().unwrap()
        )
    );

    let (status, headers, chunks) =
        export(&format!("/export?q={}&format=csv", encode("印章"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = chunks.concat();
    assert!(csv.starts_with(
        "\u{feff}地区,文件,文号,成文日期,措施编号,措施,牵头单位,完成时限,链接,原文\r\n"
    ));
    let links = csv.matches(",http://zc.example.org/measures/").count();
    assert_eq!(
        links.to_string(),
        headers["x-total-count"].to_str().unwrap()
    );

    let search = get(&format!("/search?q={}", encode("印章"))).await;
    assert!(
        search
            .body
            .contains("/export?q=%E5%8D%B0%E7%AB%A0&amp;format=csv"),
        "the page offers the export"
    );
}

#[tokio::test]
async fn export_of_a_large_result_set_is_bounded_and_streamed() {
    let (status, headers, chunks) = export("/export?format=jsonl").await;
    assert_eq!(status, StatusCode::OK);
    let rows = json_rows(&chunks);
    let total: usize = headers["x-total-count"].to_str().unwrap().parse().unwrap();
    assert_eq!(rows.len(), total, "all measures");
    assert!(total > 1000, "{total}");
    let links: std::collections::HashSet<&str> =
        rows.iter().map(|r| r["link"].as_str().unwrap()).collect();
    assert_eq!(links.len(), total, "each measure once");
    assert!(
        chunks.len() >= total / 100,
        "streamed a page at a time: {} chunks",
        chunks.len()
    );

    let (status, headers, chunks) = export("/export?format=jsonl&limit=250").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json_rows(&chunks).len(), 250, "the limit bounds the rows");
    assert_eq!(
        headers["x-total-count"].to_str().unwrap(),
        total.to_string()
    );

    for bad in ["limit=10001", "limit=0", "format=xlsx", "year=abc"] {
        let page = get(&format!("/export?{bad}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(page.is_html() && page.body.contains("参数"), "{bad}");
    }
}

#[tokio::test]
async fn an_unknown_filter_value_is_named_when_nothing_is_found() {
    let page = get(&format!(
        "/search?q={}&region={}",
        encode("印章"),
        encode("火星")
    ))
    .await;
    ok_html(&page);
    assert!(
        page.body.contains("没有地区为「火星」的"),
        "the note names the value"
    );
    assert!(page.body.contains("去掉这个条件"));
    let unit = get(&format!(
        "/search?lead_unit={}&year=1999",
        encode("不存在的局")
    ))
    .await;
    assert!(unit.body.contains("没有牵头单位为「不存在的局」的"));
    assert!(unit.body.contains("没有年份为「1999」的"));
    let known = get(&format!(
        "/search?q={}&region={}",
        encode("火箭发射"),
        encode("山东省")
    ))
    .await;
    assert!(
        !known.body.contains("unknown-filter"),
        "a known region is not called unknown"
    );
}

#[tokio::test]
async fn answer_offsets_are_characters_and_uncovered_places_are_named() {
    // quote.value counts characters, as the highlights of /api/search do.
    let answer = get(&format!("/api/ask?q={}", encode("新开办企业刻章要钱吗")))
        .await
        .json();
    let quote = &answer["quote"];
    let chars: Vec<char> = quote["text"].as_str().unwrap().chars().collect();
    let (start, end) = (
        quote["value"]["start"].as_u64().unwrap() as usize,
        quote["value"]["end"].as_u64().unwrap() as usize,
    );
    let marked: String = chars[start..end].iter().collect();
    assert_eq!(marked, answer["value"].as_str().unwrap(), "{answer}");

    let question = "杭州开办企业刻章免费吗";
    let answer = get(&format!("/api/ask?q={}", encode(question)))
        .await
        .json();
    assert_eq!(answer["found"], false, "{answer}");
    assert_eq!(answer["answer"], "未收录杭州市的相关规定");
    assert_eq!(answer["uncovered_region"], "浙江省/杭州市");
    let page = get(&format!("/ask?q={}", encode(question))).await;
    ok_html(&page);
    assert!(page.body.contains("未收录杭州市的相关规定"));
    assert!(page.body.contains("仅供参考"), "precedents labelled");

    let noise = get(&format!("/api/ask?q={}", encode("7"))).await.json();
    assert_eq!(noise["found"], false);
    assert_eq!(noise["answer"], "未找到明确规定");
    assert_eq!(noise["citations"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn measure_page_precedents_share_the_concept_under_any_name() {
    let hit = get(&format!(
        "/api/search?q={}&region={}&limit=1",
        encode("一业一证"),
        encode("山东省/威海市/威海经济技术开发区")
    ))
    .await
    .json()["hits"][0]
        .clone();
    let id = hit["id"].as_str().unwrap();
    let page = get(&format!("/measures/{id}")).await;
    ok_html(&page);
    let section = page
        .body
        .split("id=\"precedents-heading\"")
        .nth(1)
        .expect("the precedents section");
    let section = section.split("</section>").next().unwrap();
    assert!(section.contains("莱州市"), "莱州's 一证准营: {section}");
    let names = ["一业一证", "一证准营", "行业综合许可", "综合许可证"];
    for link in section.split("href=\"/measures/").skip(1) {
        let other = link.split('"').next().unwrap();
        let measure = get(&format!("/api/measures/{other}")).await.json();
        let text = format!(
            "{}{}",
            measure["title"].as_str().unwrap_or(""),
            measure["text"].as_str().unwrap()
        );
        assert!(names.iter().any(|n| text.contains(n)), "padding: {text}");
    }
}

/// Every filter combination through HTTP: repeated values (OR within a facet), facets
/// together (AND), the month range, the query syntax, unknown values (named, not errors) and
/// bad values (400 naming the parameter, as JSON under `/api` and as a page elsewhere).
#[tokio::test]
async fn multi_value_filters_ranges_and_syntax_through_http() {
    let total = |uri: String| async move {
        let page = get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}: {}", page.body);
        page.json()["total"].as_u64().unwrap()
    };
    let api = |query: &str| format!("/api/search?limit=100&{query}");
    let (shandong, liaoning) = (
        total(api(&format!("region={}", encode("山东省")))).await,
        total(api(&format!("region={}", encode("辽宁省")))).await,
    );
    let both = format!("region={}&region={}", encode("山东省"), encode("辽宁省"));
    assert_eq!(
        total(api(&both)).await,
        shandong + liaoning,
        "OR within a facet"
    );
    // The two most frequent values of a facet with their counts, and the whole list.
    let top_two = |facet: &'static str| async move {
        let values = get(&api("")).await.json()["facets"][facet].clone();
        let pick = |i: usize| {
            (
                values[i]["value"].as_str().unwrap().to_owned(),
                values[i]["count"].as_u64().unwrap(),
            )
        };
        (pick(0), pick(1), values)
    };
    let ((y1, c1), (y2, c2), _) = top_two("year").await;
    assert_eq!(total(api(&format!("year={y1}&year={y2}"))).await, c1 + c2);
    let and = total(api(&format!("{both}&year={y1}"))).await;
    assert!(and <= c1 && and <= shandong + liaoning, "AND across facets");
    assert_eq!(
        total(api(&format!("from={y1}-01&to={y1}-12"))).await,
        c1,
        "a month range over a whole year"
    );
    assert_eq!(
        total(api(&format!("from={y1}&to={y1}"))).await,
        c1,
        "years as a range"
    );

    // The page keeps every value: ticked boxes, hidden fields, pagination, export, JSON.
    let page = get(&format!(
        "/search?q={}&{both}&year={y1}&year={y2}&from=2019-01",
        encode("企业")
    ))
    .await;
    ok_html(&page);
    for ticked in [
        r#"name="region" value="山东省" checked"#.to_owned(),
        r#"name="region" value="辽宁省" checked"#.to_owned(),
        format!(r#"name="year" value="{y1}" checked"#),
        format!(r#"name="year" value="{y2}" checked"#),
    ] {
        assert!(page.body.contains(&ticked), "{ticked}");
    }
    let state = format!(
        "region={}&amp;region={}&amp;year={y1}&amp;year={y2}&amp;from=2019-01",
        encode("山东省"),
        encode("辽宁省")
    );
    for link in ["/export?", "/api/search?", "/search?"] {
        assert!(
            page.body
                .contains(&format!("{link}q={}&amp;{state}", encode("企业"))),
            "{link} keeps every value"
        );
    }
    assert!(
        page.body.contains(&format!("{state}&amp;page=2")),
        "pagination keeps them"
    );
    let export = get(&format!("/export?format=jsonl&{both}&from=2019-01")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(
        export.body.lines().count() as u64,
        total(api(&format!("{both}&from=2019-01")))
            .await
            .min(10_000),
        "the export has the filtered set"
    );

    // Syntax: an exclusion removes, a phrase restricts.
    let seal = total(api(&format!("q={}", encode("印章")))).await;
    let no_electronic = total(api(&format!("q={}", encode("印章 -电子")))).await;
    assert!(
        no_electronic < seal,
        "印章 -电子 {no_electronic} < 印章 {seal}"
    );
    let phrase = total(api(&format!("q={}", encode("\"印章刻制\"")))).await;
    assert!(phrase > 0 && phrase <= seal);

    // An unknown value among known ones is named; the others still find.
    let page = get(&format!(
        "/search?region={}&region={}",
        encode("山东省"),
        encode("火星")
    ))
    .await;
    ok_html(&page);
    assert!(page.body.contains("没有地区为「火星」的"));
    assert!(page.body.contains("class=\"hit\""), "山东省 still finds");
    // The JSON says so too, naming the parameter and the value; known values say nothing.
    let json = get(&api(&format!(
        "region={}&region={}",
        encode("山东省"),
        encode("火星")
    )))
    .await
    .json();
    assert_eq!(json["total"].as_u64(), Some(shandong), "火星 adds nothing");
    let unknown = json["unknown"].as_array().expect("an unknown list");
    assert_eq!(unknown.len(), 1, "{unknown:?}");
    assert_eq!(unknown[0]["param"], "region");
    assert_eq!(unknown[0]["value"], "火星");
    assert!(unknown[0]["message"]
        .as_str()
        .unwrap()
        .contains("没有地区为「火星」的"));
    let known = get(&api(&both)).await.json();
    assert_eq!(known["unknown"].as_array().map(Vec::len), Some(0));

    // The benefit facets take several values too: either of two groups, each counted
    // under the other filters only.
    let ((g1, n1), (g2, n2), groups) = top_two("beneficiary").await;
    let either = get(&api(&format!(
        "beneficiary={}&beneficiary={}",
        encode(&g1),
        encode(&g2)
    )))
    .await
    .json();
    let widened = either["total"].as_u64().unwrap();
    assert!(
        widened >= n1.max(n2) && widened <= n1 + n2,
        "{widened}: {n1} + {n2}"
    );
    assert_eq!(
        either["facets"]["beneficiary"], groups,
        "a ticked facet counts without its own filter"
    );

    // Bad values: 400 naming the parameter.
    for (query, name) in [
        ("from=2021-13", "from"),
        ("to=abc", "to"),
        ("from=2022-06&to=2021-03", "from"),
        ("year=2020&year=twenty", "year"),
        ("year=1800", "year"),
    ] {
        let json = get(&format!("/api/search?{query}")).await;
        assert_eq!(json.status, StatusCode::BAD_REQUEST, "{query}");
        let error = json.json()["error"].as_str().unwrap().to_owned();
        assert!(error.contains(name), "{query}: {error}");
        let html = get(&format!("/search?{query}")).await;
        assert_eq!(html.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(html.is_html() && html.body.contains(name), "{query}");
    }
    let many: String = (0..30).map(|i| format!("&domain=d{i}")).collect();
    let json = get(&format!("/api/search?q=x{many}")).await;
    assert_eq!(json.status, StatusCode::BAD_REQUEST);
    assert!(json.json()["error"].as_str().unwrap().contains("domain"));
}
