//! What runs around every request: the route it matched, its count and latency in the
//! metrics and its search in the query statistics ([`observe`]), CORS for the JSON API, and
//! the security headers of every response.

use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::response::Response;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};

use crate::server::error;
use crate::server::state::{AppState, Searched};
use crate::server::work::SERVING;

/// The route pattern a request matched, filled in by [`note_route`] once routing is done.
#[derive(Clone, Default)]
struct RouteSlot(Arc<OnceLock<String>>);

/// Header the site's search-as-you-type requests carry: their half-typed queries are not
/// counted in the query statistics (the submitted search is).
pub const LIVE_HEADER: &str = "x-zhengce-live";

/// Notes the matched route pattern for [`observe`] (runs after routing, only on routes).
pub(crate) async fn note_route(request: Request, next: axum::middleware::Next) -> Response {
    if let (Some(slot), Some(path)) = (
        request.extensions().get::<RouteSlot>(),
        request.extensions().get::<MatchedPath>(),
    ) {
        let _ = slot.0.set(path.as_str().to_owned());
    }
    next.run(request).await
}

/// Around every request: makes the search slots available to [`blocking`], then counts the
/// answer by route and status with its latency, and the search it reports ([`Searched`]) in
/// the metrics and the query statistics.
pub(crate) async fn observe(
    State(state): State<AppState>,
    mut request: Request,
    next: axum::middleware::Next,
) -> Response {
    let started = Instant::now();
    let slot = RouteSlot::default();
    request.extensions_mut().insert(slot.clone());
    let live_typing = request.headers().contains_key(LIVE_HEADER);
    let mut response = SERVING.scope(state.clone(), next.run(request)).await;
    let route = slot.0.get().map_or("other", String::as_str);
    let metrics = &state.metrics;
    metrics.record(route, response.status().as_u16(), started.elapsed());
    if response.extensions().get::<error::Refused>() == Some(&error::Refused::Overloaded) {
        metrics.overloaded.fetch_add(1, Ordering::Relaxed);
    }
    if let Some(searched) = response.extensions_mut().remove::<Searched>() {
        metrics.searches.fetch_add(1, Ordering::Relaxed);
        if !searched.found {
            metrics.zero_results.fetch_add(1, Ordering::Relaxed);
        }
        if let (Some(stats), false) = (&state.stats, live_typing) {
            stats.record(&searched.query, searched.found);
        }
    }
    response
}

/// CORS for the JSON API: the configured origins (`*` = any), GET only.
pub(crate) fn cors(origins: &[String]) -> CorsLayer {
    let layer = CorsLayer::new().allow_methods([Method::GET, Method::OPTIONS]);
    if origins.iter().any(|origin| origin == "*") {
        layer.allow_origin(Any)
    } else {
        let list: Vec<HeaderValue> = origins
            .iter()
            .filter_map(|origin| {
                HeaderValue::from_str(origin.trim_end_matches('/'))
                    .inspect_err(|_| tracing::warn!(%origin, "ignoring unusable CORS origin"))
                    .ok()
            })
            .collect();
        layer.allow_origin(AllowOrigin::list(list))
    }
}

/// The path whose pages other sites may frame (the iframe widget).
const FRAMEABLE_PATH: &str = "/embed";

/// The content security policy of pages, as a literal for `concat!`: own scripts only.
macro_rules! page_csp {
    () => {
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
         img-src 'self' data:; object-src 'none'; base-uri 'self'"
    };
}

/// The policy of `/embed`: framing by any site allowed.
const CSP: &str = page_csp!();

/// The policy of every other page: framing by this site only (against clickjacking).
const CSP_SAME_ORIGIN_FRAMES: &str = concat!(page_csp!(), "; frame-ancestors 'self'");

/// Headers every response gets: no MIME sniffing, a strict referrer policy, and on pages a
/// content security policy (own scripts only). Only `/embed` may be framed by any site (it
/// is the iframe widget); every other page only by the site itself (`frame-ancestors
/// 'self'`, and `X-Frame-Options: SAMEORIGIN` for browsers without CSP level 2).
pub(crate) async fn security_headers(request: Request, next: axum::middleware::Next) -> Response {
    let frameable = request.uri().path() == FRAMEABLE_PATH;
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html {
        if frameable {
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP),
            );
        } else {
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(CSP_SAME_ORIGIN_FRAMES),
            );
            headers.insert(
                header::X_FRAME_OPTIONS,
                HeaderValue::from_static("SAMEORIGIN"),
            );
        }
    }
    response
}
