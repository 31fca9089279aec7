//! Slots and deadlines: a burst beyond the search slots gets 503 with `Retry-After` at once
//! (long before the request timeout), and the slots serve again once free; exports have slots
//! of their own: a burst beyond them gets 503 with `Retry-After` at once while searches still
//! run; an export past its deadline breaks off its download; a search or a question past its
//! deadline stops with `DeadlineExceeded`; a question served with a tiny request timeout is
//! answered 503 and its work is counted as stopped.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use zhengce::server::{app, AppState, ServeConfig};

use crate::serve::encode;
use crate::serve_metrics::{body_of, parse_prometheus};

/// A router over the fixture corpus's index with `slots` search slots and `waiting` places.
pub fn router_with_slots(slots: usize, waiting: usize) -> (axum::Router, AppState) {
    let config = ServeConfig {
        max_searches: slots,
        max_waiting: waiting,
        queue_timeout: Duration::from_millis(300),
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    (app(state.clone()), state)
}

pub async fn status_of(router: &axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap) {
    let response = router
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    (response.status(), response.headers().clone())
}

#[tokio::test]
async fn a_burst_beyond_the_search_slots_gets_503_at_once() {
    let (router, state) = router_with_slots(1, 0);
    // The only slot is busy (held here, as a long search would).
    let held = state.slots.acquire().await.unwrap();
    let uri = format!("/api/search?q={}", encode("企业开办"));
    let started = Instant::now();
    let burst: Vec<_> = (0..20)
        .map(|_| {
            let (router, uri) = (router.clone(), uri.clone());
            tokio::spawn(async move { status_of(&router, &uri).await })
        })
        .collect();
    for request in burst {
        let (status, headers) = request.await.unwrap();
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(headers["retry-after"], "1");
    }
    // Refused without waiting for the request timeout (10 s): no line to wait in.
    assert!(started.elapsed() < Duration::from_secs(5));
    // Pages too, and with one place in line the waiting request gives up after its wait.
    let (status, _) = status_of(&router, &format!("/search?q={}", encode("企业"))).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    let (router_1, state_1) = router_with_slots(1, 1);
    let held_1 = state_1.slots.acquire().await.unwrap();
    let (first, second) = tokio::join!(status_of(&router_1, &uri), status_of(&router_1, &uri));
    let statuses = [first.0, second.0];
    assert!(statuses
        .iter()
        .all(|s| *s == StatusCode::SERVICE_UNAVAILABLE));
    drop(held_1);
    // Free again: served.
    drop(held);
    assert_eq!(status_of(&router, &uri).await.0, StatusCode::OK);
    let metrics = body_of(&router, "/metrics").await;
    let families = parse_prometheus(&metrics).unwrap();
    assert_eq!(families["zhengce_overloaded_total"].samples[0].1, 21.0);
}

/// A router over the fixture corpus's index with its own export bounds.
fn router_with_exports(exports: usize, timeout: Duration) -> (axum::Router, AppState) {
    let config = ServeConfig {
        max_exports: exports,
        export_timeout: timeout,
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    (app(state.clone()), state)
}

#[tokio::test]
async fn a_burst_of_exports_beyond_the_export_slots_gets_503_at_once() {
    let (router, state) = router_with_exports(1, Duration::from_secs(120));
    // The only export slot streams (held here, as a long export would).
    let held = state.exports.acquire().await.unwrap();
    let uri = "/export?format=jsonl";
    let started = Instant::now();
    let burst: Vec<_> = (0..10)
        .map(|_| {
            let router = router.clone();
            tokio::spawn(async move { status_of(&router, uri).await })
        })
        .collect();
    for request in burst {
        let (status, headers) = request.await.unwrap();
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(headers["retry-after"], "1");
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "no line to wait in"
    );
    // Searches have their own slots.
    let search = format!("/api/search?q={}", encode("企业开办"));
    assert_eq!(status_of(&router, &search).await.0, StatusCode::OK);
    // Free again: the export streams every row.
    drop(held);
    let rows = body_of(&router, "/export?format=jsonl&limit=150").await;
    assert_eq!(rows.lines().count(), 150);
}

#[tokio::test]
async fn an_export_past_its_deadline_breaks_off_its_download() {
    use http_body_util::BodyExt;
    let (router, state) = router_with_exports(1, Duration::ZERO);
    let response = router
        .clone()
        .oneshot(
            Request::get("/export?format=jsonl")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    // The count is read within the request's deadline; the rows are past the export's.
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.into_body().collect().await.is_err(),
        "an export stopped early is no complete file"
    );
    let metrics = body_of(&router, "/metrics").await;
    let families = parse_prometheus(&metrics).unwrap();
    assert_eq!(
        families["zhengce_deadline_exceeded_total"].samples[0].1,
        1.0
    );
    // The stopped export gives its slot back.
    let started = Instant::now();
    while state.exports.acquire().await.is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the slot is freed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[test]
fn work_past_its_deadline_stops_with_an_error() {
    use zhengce::error::InternalError;
    let engine = crate::engine().with_deadline(Instant::now());
    let query = zhengce::search::SearchQuery {
        q: "企业开办".into(),
        ..Default::default()
    };
    assert!(matches!(
        engine.search(&query),
        Err(zhengce::Error::Internal(InternalError::DeadlineExceeded))
    ));
    assert!(matches!(
        zhengce::ask::ask(&engine, "新开办企业刻章要钱吗"),
        Err(zhengce::Error::Internal(InternalError::DeadlineExceeded))
    ));
    // Without a deadline the same engine answers.
    assert!(crate::engine().search(&query).is_ok());
}

#[tokio::test]
async fn a_question_past_a_tiny_request_timeout_is_503_and_its_work_stops() {
    let config = ServeConfig {
        request_timeout: Duration::ZERO,
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    let router = app(state.clone());
    let uri = format!("/api/ask?q={}", encode("新开办企业刻章要钱吗"));
    assert_eq!(
        status_of(&router, &uri).await.0,
        StatusCode::SERVICE_UNAVAILABLE
    );
    // The work behind the 503 ends by its deadline (not by answering), and is counted.
    let started = Instant::now();
    while state.metrics.deadline_exceeded.load(Ordering::Relaxed) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the work stops"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
