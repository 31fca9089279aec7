//! Without an index, `/healthz` and searches answer 503; `/stats` counts what found nothing
//! and is off with `--no-query-stats`; with `--stats-token` it asks for the token (401 naming
//! what to send, a Basic challenge for browsers) and shows itself to whoever sends it.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use zhengce::server::live::LiveIndex;
use zhengce::server::{app, AppState, ServeConfig};
use zhengce::stats::QueryStats;

use crate::serve::encode;
use crate::serve_metrics::body_of;
use crate::serve_slots::status_of;

#[tokio::test]
async fn without_an_index_health_and_searches_answer_503() {
    let state = AppState::with_live(
        Arc::new(LiveIndex::new(None)),
        ServeConfig::for_index("unused".into()),
        None,
    );
    let router = app(state);
    assert_eq!(
        status_of(&router, "/healthz").await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    let (status, _) = status_of(&router, "/api/search?q=x").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body_of(&router, "/api/search?q=x").await.contains("error"));
    assert_eq!(
        status_of(&router, "/").await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    let metrics = body_of(&router, "/metrics").await;
    assert!(metrics.contains("zhengce_index_loaded 0"), "{metrics}");
}

#[tokio::test]
async fn stats_count_what_found_nothing_and_can_be_turned_off() {
    let config = ServeConfig::for_index("unused".into());
    let stats = Arc::new(QueryStats::in_memory(100));
    let state = AppState::with_live(
        Arc::new(LiveIndex::new(Some(crate::engine().clone()))),
        config.clone(),
        Some(stats.clone()),
    );
    let router = app(state);
    let nothing = "火星殖民";
    for uri in [
        format!("/api/search?q={}", encode(nothing)),
        format!("/search?q={}", encode(nothing)),
        format!("/api/search?q={}", encode("企业开办")),
        // A later page and a filter-only browse are not counted.
        format!("/api/search?q={}&page=2", encode("企业开办")),
        "/api/search?domain=%E7%BA%B3%E7%A8%8E".to_owned(),
    ] {
        assert_eq!(status_of(&router, &uri).await.0, StatusCode::OK, "{uri}");
    }
    // Search-as-you-type requests are not counted either.
    let live = router
        .clone()
        .oneshot(
            Request::get(format!("/search?q={}", encode("企")))
                .header(zhengce::server::LIVE_HEADER, "1")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(live.status(), StatusCode::OK);
    let report = stats.report(10);
    assert_eq!(report.searches, 3, "{report:?}");
    assert_eq!(report.answered, 1);
    assert_eq!(report.not_found[0].query, nothing);
    assert_eq!(report.not_found[0].not_found, 2);
    let page = body_of(&router, "/stats").await;
    assert!(page.contains(nothing) && page.contains("33.3%"), "{page}");
    let json: serde_json::Value =
        serde_json::from_str(&body_of(&router, "/api/stats").await).unwrap();
    assert_eq!(json["searches"], 3);

    let off = app(AppState::new(crate::engine().clone(), config));
    assert_eq!(status_of(&off, "/stats").await.0, StatusCode::NOT_FOUND);
    assert_eq!(status_of(&off, "/api/stats").await.0, StatusCode::NOT_FOUND);
}

/// Status, `WWW-Authenticate` and body of `uri` sent with `authorization`, if any.
async fn with_authorization(
    router: &axum::Router,
    uri: &str,
    authorization: Option<&str>,
) -> (StatusCode, String, String) {
    use http_body_util::BodyExt;
    let mut request = Request::get(uri);
    if let Some(value) = authorization {
        request = request.header("authorization", value);
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let challenge = response
        .headers()
        .get("www-authenticate")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        challenge,
        String::from_utf8(bytes.to_vec()).unwrap(),
    )
}

#[tokio::test]
async fn stats_with_a_token_ask_for_it() {
    let config = ServeConfig {
        stats_token: Some(zhengce::server::access::StatsToken::new("t0ken-for-stats").unwrap()),
        ..ServeConfig::for_index("unused".into())
    };
    let stats = Arc::new(QueryStats::in_memory(100));
    stats.record("企业开办", true);
    let router = app(AppState::with_live(
        Arc::new(LiveIndex::new(Some(crate::engine().clone()))),
        config,
        Some(stats),
    ));
    // Without the token: 401 naming what to send; the page challenges a browser to log in.
    let (status, challenge, body) = with_authorization(&router, "/api/stats", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(challenge.starts_with("Bearer"), "{challenge}");
    let error: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert!(error["error"]
        .as_str()
        .unwrap()
        .contains("Authorization: Bearer"));
    let (status, challenge, body) = with_authorization(&router, "/stats", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(challenge.starts_with("Basic"), "{challenge}");
    assert!(body.contains("Authorization: Bearer") && !body.contains("企业开办"));
    let (status, _, body) = with_authorization(&router, "/api/stats", Some("Bearer wrong")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(body.contains("不正确"), "{body}");
    // With it: served, by header from a program, by Basic from a browser.
    let (status, _, body) =
        with_authorization(&router, "/api/stats", Some("Bearer t0ken-for-stats")).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(body.contains("企业开办"));
    // base64("official:t0ken-for-stats")
    let basic = "Basic b2ZmaWNpYWw6dDBrZW4tZm9yLXN0YXRz";
    let (status, _, body) = with_authorization(&router, "/stats", Some(basic)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("企业开办"));
    // Searching needs no token.
    let uri = format!("/api/search?q={}", encode("企业开办"));
    assert_eq!(status_of(&router, &uri).await.0, StatusCode::OK);
}
