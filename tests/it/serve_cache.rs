//! The result cache of `serve` (`--cache-mb`): a search or a question asked again on the same
//! index generation is answered from it, with the same bytes, without a search slot (so it
//! is answered even while every slot is busy), and each look is counted in `/metrics`; a new
//! query still needs a slot. (That a new generation drops what was kept, so a rebuilt index is
//! never hidden behind old results, is checked under a real server in `serve.rs`.)

use std::sync::atomic::Ordering;

use axum::http::StatusCode;
use zhengce::server::{app, AppState, ServeConfig};

use crate::serve::encode;
use crate::serve_metrics::body_of;
use crate::serve_slots::status_of;

#[tokio::test]
async fn a_repeated_request_is_answered_from_the_cache_without_a_slot() {
    let config = ServeConfig {
        // the search page asks and searches at once: two slots
        max_searches: 2,
        max_waiting: 0,
        cache_bytes: 8 << 20,
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    let router = app(state.clone());
    let search = format!("/api/search?q={}", encode("企业开办"));
    let page = format!(
        "/search?q={}&region={}",
        encode("刻章要钱吗"),
        encode("威海")
    );
    let ask = format!("/api/ask?q={}", encode("新开办企业刻章要钱吗"));
    let first = [
        body_of(&router, &search).await,
        body_of(&router, &page).await,
        body_of(&router, &ask).await,
    ];
    assert!(first[0].contains("\"hits\""), "{}", first[0]);
    assert!(
        first[1].contains("免费"),
        "the page holds the answer: {}",
        first[1]
    );
    assert_eq!(state.metrics.cache_hits.load(Ordering::Relaxed), 0);

    // Every slot busy, as under a burst of long searches.
    let held = [
        state.slots.acquire().await.unwrap(),
        state.slots.acquire().await.unwrap(),
    ];
    let again = [
        body_of(&router, &search).await,
        body_of(&router, &page).await,
        body_of(&router, &ask).await,
    ];
    assert_eq!(again, first, "the same bytes, from the cache");
    // the page asked the Q&A and searched: two looks, both found
    assert_eq!(state.metrics.cache_hits.load(Ordering::Relaxed), 4);
    let other = format!("/api/search?q={}", encode("企业开办 免费"));
    assert_eq!(
        status_of(&router, &other).await.0,
        StatusCode::SERVICE_UNAVAILABLE,
        "a query not kept needs a slot"
    );
    let mut page_two = search.clone();
    page_two.push_str("&page=2");
    assert_eq!(
        status_of(&router, &page_two).await.0,
        StatusCode::SERVICE_UNAVAILABLE,
        "another page is another request"
    );
    drop(held);

    let metrics = body_of(&router, "/metrics").await;
    assert!(metrics.contains("zhengce_cache_hits_total 4"), "{metrics}");
    assert!(
        metrics.contains("# TYPE zhengce_cache_misses_total counter"),
        "{metrics}"
    );
}

#[tokio::test]
async fn without_a_budget_nothing_is_kept() {
    let config = ServeConfig {
        cache_bytes: 0,
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    let router = app(state.clone());
    let search = format!("/api/search?q={}", encode("企业开办"));
    body_of(&router, &search).await;
    body_of(&router, &search).await;
    assert!(state.cache.is_none());
    assert_eq!(state.metrics.cache_hits.load(Ordering::Relaxed), 0);
    assert_eq!(state.metrics.cache_misses.load(Ordering::Relaxed), 0);
}
