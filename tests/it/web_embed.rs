//! Embedding, in-process: CORS headers only for configured origins; `/embed.js`, `/embed`,
//! `/opensearch.xml`, the sample portal, static files and `/healthz` are served; the embed
//! shows results for every filter, and only it may be framed by other sites.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use zhengce::server::ServeConfig;
use zhengce::views::components::encode;

use crate::web::{config, get, ok_html, request, Page};

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
