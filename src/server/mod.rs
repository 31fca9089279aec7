//! Stage 5: HTTP → search → views. Thin axum handlers over [`crate::search`]; pages from
//! [`crate::views`], JSON from the same result types; static files from `templates/`.
//!
//! [`app`] builds the router (tests call it with an engine over a fixture index); [`serve`]
//! builds the index if missing, binds, and serves until Ctrl-C / SIGTERM.
//! [`params`] parses query strings, [`html`] and [`api`] are the handlers, [`error`] maps
//! errors to statuses and pages.

pub mod api;
pub mod error;
pub mod export;
pub mod html;
pub mod params;

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{FromRef, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

use crate::error::UserError;
use crate::search::ask::Answer;
use crate::search::SearchEngine;
use crate::{Error, Result};

/// Everything `serve` needs, checked once by the CLI.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// The index directory (built from `corpus_dir` first if missing).
    pub index_dir: PathBuf,
    /// The corpus directory.
    pub corpus_dir: PathBuf,
    /// Origins allowed to call the JSON API from a browser (`*` for any).
    pub cors_origins: Vec<String>,
    /// Longest a request may take before it is answered with 503.
    pub request_timeout: Duration,
}

impl ServeConfig {
    /// A config for serving `engine`s index in tests and examples: no CORS, 10 s timeout.
    pub fn for_index(index_dir: PathBuf) -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            index_dir,
            corpus_dir: PathBuf::from("corpus"),
            cors_origins: Vec::new(),
            request_timeout: Duration::from_secs(10),
        }
    }
}

/// What every handler may use; cheap to clone (the engine is an `Arc` inside).
#[derive(Clone)]
pub struct AppState {
    /// The search engine over the index, read-only while serving.
    pub engine: SearchEngine,
    /// The checked configuration.
    pub config: Arc<ServeConfig>,
}

impl AppState {
    /// State for `engine` served with `config`.
    pub fn new(engine: SearchEngine, config: ServeConfig) -> Self {
        AppState {
            engine,
            config: Arc::new(config),
        }
    }
}

impl FromRef<AppState> for SearchEngine {
    fn from_ref(state: &AppState) -> Self {
        state.engine.clone()
    }
}

impl FromRef<AppState> for Arc<ServeConfig> {
    fn from_ref(state: &AppState) -> Self {
        state.config.clone()
    }
}

/// Largest request body accepted (every route is a GET).
const BODY_LIMIT: usize = 16 * 1024;

/// The router: pages, JSON API (with CORS), static files, health check; logging, timeouts
/// and a body limit around all of it.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/api/search", get(api::get_search))
        .route("/api/measures/{*id}", get(api::get_measure))
        .route("/api/docs/{*id}", get(api::get_document))
        .route("/api/ask", get(api::get_ask))
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
        .route("/embed", get(html::get_embed))
        .route("/help", get(html::get_help))
        .route("/export", get(export::get_export))
        .route("/opensearch.xml", get(html::get_opensearch))
        .route("/healthz", get(healthz))
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
        .fallback(html_not_found)
        .with_state(state.clone())
        .layer(axum::middleware::from_fn(security_headers))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            state.config.request_timeout,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO))
                .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
        )
}

/// CORS for the JSON API: the configured origins (`*` = any), GET only.
fn cors(origins: &[String]) -> CorsLayer {
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
async fn security_headers(request: Request, next: axum::middleware::Next) -> Response {
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

/// Unknown paths: the 404 page, or JSON under `/api`.
async fn html_not_found(request: Request) -> Response {
    if request.uri().path().starts_with("/api/") {
        api::not_found().await
    } else {
        html::not_found_page()
    }
}

/// `GET /healthz`: `ok` while serving.
async fn healthz() -> &'static str {
    "ok"
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

/// Runs blocking index work off the async runtime.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(error::join_error)?
}

/// Asks the Q&A engine, off the runtime. A user error (a bad question) is returned; a failure
/// of the Q&A engine itself (an error or a panic) is logged and gives `None`, so a page that
/// only adds the answer to other content never breaks because of it.
pub(crate) async fn try_ask(engine: SearchEngine, question: String) -> Result<Option<Answer>> {
    let outcome = tokio::task::spawn_blocking(move || {
        std::panic::catch_unwind(AssertUnwindSafe(|| {
            crate::search::ask::ask(&engine, &question)
        }))
    })
    .await;
    match outcome {
        Ok(Ok(Ok(answer))) => Ok(Some(answer)),
        Ok(Ok(Err(Error::User(err @ UserError::InvalidParameter { .. })))) => Err(err.into()),
        Ok(Ok(Err(err))) => {
            tracing::warn!(error = %err, "answering failed");
            Ok(None)
        }
        Ok(Err(_)) | Err(_) => {
            tracing::warn!("answering panicked");
            Ok(None)
        }
    }
}

/// Opens the index, building it from the corpus first when there is none, and warms the
/// engine up before the server listens.
async fn open_or_build(config: &ServeConfig) -> Result<SearchEngine> {
    let (index_dir, corpus_dir) = (config.index_dir.clone(), config.corpus_dir.clone());
    blocking(move || match SearchEngine::open(&index_dir) {
        Err(Error::User(UserError::NoIndex { reason, .. })) => {
            tracing::info!(index = %index_dir.display(), corpus = %corpus_dir.display(), %reason, "building the index");
            let report = crate::index::build(&corpus_dir, &index_dir)?;
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

/// Builds the index if missing, then serves until Ctrl-C / SIGTERM (graceful shutdown).
pub async fn serve(config: ServeConfig) -> Result<()> {
    let engine = open_or_build(&config).await?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|err| Error::io(format!("listening on {}", config.addr), err))?;
    let local = listener
        .local_addr()
        .map_err(|err| Error::io("reading the listening address", err))?;
    tracing::info!(url = %format!("http://{local}/"), "serving");
    axum::serve(listener, app(AppState::new(engine, config)))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|err| Error::io("serving", err))?;
    tracing::info!("stopped");
    Ok(())
}

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
