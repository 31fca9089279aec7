//! Stage 6: HTTP → search / ask → views. Thin axum handlers over [`crate::search`]; pages from
//! [`crate::views`], JSON from the same result types; static files from `templates/`.
//!
//! [`app`] builds the router (tests call it with an engine over a fixture index); [`serve`]
//! builds the index if missing, binds, and serves until Ctrl-C / SIGTERM, switching to each
//! new index generation as it appears ([`live`]).
//! [`params`] parses query strings, [`html`], [`api`] and [`export`] are the handlers,
//! [`error`] maps errors to statuses and pages, [`listen`] bounds connections, [`work`] runs
//! index work in search slots, [`layers`] wrap every request, [`metrics`] counts requests.
//!
//! Every request has bounds: its head must arrive within the header timeout, it is answered
//! within the request timeout (503 after), and its index work runs in one of a fixed number of
//! search slots — a request finding them all busy waits a short, bounded time in a bounded
//! line, else gets 503 with `Retry-After` at once. The slot is held until the work itself ends
//! (not the request), and the work checks the request's deadline as it goes, so timed-out work
//! stops and can never pile up.

pub mod access;
pub mod api;
pub mod benefits;
pub mod cache;
pub mod error;
pub mod export;
pub mod html;
pub mod layers;
pub mod listen;
pub mod live;
pub mod metrics;
pub mod params;
pub mod state;
pub mod work;

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

use crate::error::UserError;
use crate::search::SearchEngine;
use crate::stats::QueryStats;
use crate::{Error, Result};

pub use layers::LIVE_HEADER;
use layers::{cors, note_route, observe, security_headers};
use live::LiveIndex;
pub use state::{
    default_max_searches, AppState, SearchSlots, Searched, ServeConfig, DEFAULT_EXPORT_TIMEOUT,
    DEFAULT_MAX_EXPORTS,
};
use work::blocking;

/// Largest request body accepted (every route is a GET).
const BODY_LIMIT: usize = 16 * 1024;

/// The router: pages, JSON API (with CORS), static files, health, metrics and statistics;
/// logging, counting, timeouts and a body limit around all of it.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/search", get(api::get_search))
        .route("/api/measures/{*id}", get(api::get_measure))
        .route("/api/docs/{*id}", get(api::get_document))
        .route("/api/ask", get(api::get_ask))
        .route("/api/stats", get(api::get_stats))
        .route("/api/benefits", get(benefits::get_api_benefits))
        .route("/api", get(api::not_found))
        .route("/api/{*rest}", get(api::not_found))
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(cors(&state.config.cors_origins));
    Router::new()
        .route("/", get(html::get_home))
        .route("/search", get(html::get_search))
        .route("/measures/{*id}", get(html::get_measure))
        .route("/docs/{*id}", get(html::get_document))
        .route("/ask", get(html::get_ask))
        .route("/benefits", get(benefits::get_benefits))
        .route("/embed", get(html::get_embed))
        .route("/help", get(html::get_help))
        .route("/export", get(export::get_export))
        .route("/stats", get(html::get_stats))
        .route("/opensearch.xml", get(html::get_opensearch))
        .route("/healthz", get(healthz))
        .route("/metrics", get(get_metrics))
        .route("/static/site.css", get(static_file(CSS, "text/css")))
        .route(
            "/static/site.js",
            get(static_file(SITE_JS, "text/javascript")),
        )
        .route("/embed.js", get(static_file(EMBED_JS, "text/javascript")))
        .route("/favicon.ico", get(favicon))
        .route(
            "/examples/portal.html",
            get(static_file(PORTAL_HTML, "text/html")),
        )
        .method_not_allowed_fallback(html::method_not_allowed)
        .merge(api)
        .route_layer(axum::middleware::from_fn(note_route))
        .fallback(html_not_found)
        .with_state(state.clone())
        .layer(axum::middleware::from_fn(security_headers))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            state.config.request_timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(state, observe))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
}

/// Unknown paths: the 404 page, or JSON under `/api`.
async fn html_not_found(request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        api::not_found().await
    } else {
        html::not_found_page()
    }
}

/// `GET /healthz`: 200 with the index served (generation, operative measures and all records,
/// build time) while
/// one is loaded, 503 when none is, so a load balancer sends no traffic to it.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.live.engine() {
        Some(engine) => {
            let info = engine.info();
            Json(serde_json::json!({
                "status": "ok",
                "generation": info.generation.number,
                "measures": info.marker.measures,
                "records": info.marker.records,
                "built_at": info.marker.built_at,
            }))
            .into_response()
        }
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(serde_json::json!({ "status": "no index loaded" })),
        )
            .into_response(),
    }
}

/// `GET /metrics`: the counters in the Prometheus text format.
async fn get_metrics(State(state): State<AppState>) -> Response {
    let engine = state.live.engine();
    let text = state.metrics.render(engine.as_ref().map(|e| e.info()));
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

const CSS: &str = include_str!("../../templates/site.css");
const SITE_JS: &str = include_str!("../../templates/site.js");
const EMBED_JS: &str = include_str!("../../templates/embed.js");
const PORTAL_HTML: &str = include_str!("../../examples/portal.html");
/// The site's icon: the 「政」 logo on the header's red (see `templates/SOURCE.md`).
const FAVICON: &[u8] = include_bytes!("../../templates/favicon.ico");

/// `GET /favicon.ico`.
async fn favicon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/x-icon"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        FAVICON,
    )
        .into_response()
}

/// A handler answering with a compiled-in file.
fn static_file(
    body: &'static str,
    mime: &'static str,
) -> impl Fn() -> std::future::Ready<Response> + Clone + Send + Sync + 'static {
    move || {
        let content_type = format!("{mime}; charset=utf-8");
        std::future::ready(
            (
                [
                    (header::CONTENT_TYPE, content_type),
                    (header::CACHE_CONTROL, "public, max-age=3600".to_owned()),
                ],
                body,
            )
                .into_response(),
        )
    }
}

/// Opens the index, building it from the corpus first when there is none, and warms the
/// engine up before the server listens.
async fn open_or_build(config: &ServeConfig) -> Result<SearchEngine> {
    let (index_dir, corpus_dir) = (config.index_dir.clone(), config.corpus_dir.clone());
    let limits = config.corpus_limits;
    blocking(move || match SearchEngine::open(&index_dir) {
        Err(Error::User(UserError::NoIndex { reason, .. })) => {
            tracing::info!(index = %index_dir.display(), corpus = %corpus_dir.display(), %reason, "building the index");
            let report = crate::index::build_with(
                &corpus_dir,
                &index_dir,
                crate::index::Rebuild::Changed,
                &limits,
            )?;
            tracing::info!(
                measures = report.measures,
                documents = report.documents,
                files = report.files,
                "index built"
            );
            SearchEngine::open(&index_dir)
        }
        other => other,
    }
    .inspect(SearchEngine::warm_up))
    .await
}

/// Builds the index if missing, then serves until Ctrl-C / SIGTERM (graceful shutdown),
/// following new index generations and, with `--watch`, the corpus. With `--watch`, a corpus
/// that cannot be indexed yet does not stop the server: it starts without an index
/// (`/healthz` 503) and serves as soon as a build succeeds.
pub async fn serve(config: ServeConfig) -> Result<()> {
    config.check()?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|err| Error::io(format!("listening on {}", config.addr), err))?;
    serve_on(listener, config, shutdown_signal()).await
}

/// [`serve`] on a bound `listener` until `shutdown` resolves (tests pass their own).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    config: ServeConfig,
    shutdown: impl std::future::Future<Output = ()>,
) -> Result<()> {
    config.check()?;
    let engine = match open_or_build(&config).await {
        Ok(engine) => Some(engine),
        Err(err) if config.watch_interval.is_some() => {
            tracing::error!(error = %err, "no index yet; serving without one until the corpus can be indexed");
            None
        }
        Err(err) => return Err(err),
    };
    let stats = match &config.query_stats {
        Some(file) => Some(Arc::new(QueryStats::open(
            file,
            config.query_stats_capacity,
        )?)),
        None => None,
    };
    let live = Arc::new(LiveIndex::new(engine));
    let state = AppState::with_live(Arc::clone(&live), config.clone(), stats.clone());
    let local = listener
        .local_addr()
        .map_err(|err| Error::io("reading the listening address", err))?;
    tracing::info!(url = %format!("http://{local}/"), "serving");
    let mut background = vec![tokio::spawn(live::follow(
        live,
        config.index_dir.clone(),
        config.reload_interval,
        Arc::clone(&state.metrics),
    ))];
    if let Some(interval) = config.watch_interval {
        background.push(tokio::spawn(live::watch_corpus(
            config.corpus_dir.clone(),
            config.index_dir.clone(),
            interval,
            config.corpus_limits,
        )));
    }
    if let Some(stats) = stats.clone() {
        background.push(tokio::spawn(async move {
            loop {
                tokio::time::sleep(STATS_SAVE_INTERVAL).await;
                let stats = Arc::clone(&stats);
                if let Ok(Err(err)) = tokio::task::spawn_blocking(move || stats.save()).await {
                    tracing::warn!(error = %err, "saving the query statistics failed");
                }
            }
        }));
    }
    let limits = listen::ConnectionLimits {
        header_timeout: config.header_timeout,
        idle_timeout: config.idle_timeout,
        max_connections: config.max_connections,
        drain_timeout: config.request_timeout + Duration::from_secs(1),
    };
    listen::serve(listener, app(state), limits, shutdown).await;
    for task in background {
        task.abort();
    }
    if let Some(stats) = stats {
        if let Err(err) = stats.save() {
            tracing::warn!(error = %err, "saving the query statistics failed");
        }
    }
    tracing::info!("stopped");
    Ok(())
}

/// How often the query statistics are written to their file while serving.
const STATS_SAVE_INTERVAL: Duration = Duration::from_secs(30);

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("Ctrl-C: shutting down"),
        () = terminate => tracing::info!("SIGTERM: shutting down"),
    }
}

#[cfg(test)]
mod tests {
    use super::EMBED_JS;
    use crate::search::request::FacetKind;

    /// embed.js is a static file: its list of filter parameters must name every facet (a
    /// facet added to `FacetKind` and not to the widget fails here).
    #[test]
    fn the_embed_widget_carries_every_filter() {
        let list = EMBED_JS
            .split("var FILTERS = [")
            .nth(1)
            .and_then(|rest| rest.split(']').next())
            .expect("embed.js lists its filters");
        for name in FacetKind::ALL
            .map(FacetKind::param)
            .into_iter()
            .chain(["from", "to"])
        {
            assert!(list.contains(&format!("\"{name}\"")), "{name} in {list}");
        }
    }
}
