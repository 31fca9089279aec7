//! Stage 5: HTTP → search → views. Thin axum handlers over [`crate::search`]; pages from
//! [`crate::views`], JSON from the same result types; static files from `templates/`.
//!
//! [`app`] builds the router (tests call it with an engine over a fixture index); [`serve`]
//! builds the index if missing, binds, and serves until Ctrl-C / SIGTERM, switching to each
//! new index generation as it appears ([`live`]).
//! [`params`] parses query strings, [`html`] and [`api`] are the handlers, [`error`] maps
//! errors to statuses and pages, [`listen`] bounds connections, [`metrics`] counts requests.
//!
//! Every request has bounds: its head must arrive within the header timeout, it is answered
//! within the request timeout (503 after), and its index work runs in one of a fixed number of
//! search slots — a request finding them all busy waits a short, bounded time in a bounded
//! line, else gets 503 with `Retry-After` at once. The slot is held until the work itself ends
//! (not the request), and the work checks the request's deadline as it goes, so timed-out work
//! stops and can never pile up.

pub mod api;
pub mod error;
pub mod export;
pub mod html;
pub mod listen;
pub mod live;
pub mod metrics;
pub mod params;

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use axum::extract::{FromRef, FromRequestParts, MatchedPath, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower_http::cors::{AllowOrigin, Any, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};

use crate::ask::Answer;
use crate::error::{InternalError, UserError};
use crate::search::SearchEngine;
use crate::stats::QueryStats;
use crate::{Error, Result};

use live::LiveIndex;
use metrics::Metrics;

/// Everything `serve` needs, checked once ([`ServeConfig::check`]) by the CLI.
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
    /// Longest a request may take before it is answered with 503 (its work then stops).
    pub request_timeout: Duration,
    /// Longest wait for a request's head (also how long an idle keep-alive connection stays).
    pub header_timeout: Duration,
    /// Longest time a connection may go with no byte moving either way.
    pub idle_timeout: Duration,
    /// Most connections open at once.
    pub max_connections: usize,
    /// Searches (index work) running at once.
    pub max_searches: usize,
    /// Requests that may wait for a search slot; more are refused with 503 at once.
    pub max_waiting: usize,
    /// Longest a request waits for a search slot before 503.
    pub queue_timeout: Duration,
    /// How often the index directory is checked for a new generation.
    pub reload_interval: Duration,
    /// Rebuild the index when the corpus changes (`serve --watch`), checking this often.
    pub watch_interval: Option<Duration>,
    /// Where the query statistics are kept (`None`: not collected at all).
    pub query_stats: Option<PathBuf>,
    /// Most distinct queries the statistics remember.
    pub query_stats_capacity: usize,
}

impl ServeConfig {
    /// A config for serving an index in tests and examples: no CORS, no statistics, the
    /// default bounds.
    pub fn for_index(index_dir: PathBuf) -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 0)),
            index_dir,
            corpus_dir: PathBuf::from("corpus"),
            cors_origins: Vec::new(),
            request_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            max_connections: 1024,
            max_searches: default_max_searches(),
            max_waiting: 64,
            queue_timeout: Duration::from_secs(2),
            reload_interval: Duration::from_secs(1),
            watch_interval: None,
            query_stats: None,
            query_stats_capacity: 10_000,
        }
    }

    /// Checks the bounds together: each at least its minimum, and the idle timeout longer
    /// than the request timeout (a connection is idle while its request is worked on).
    pub fn check(&self) -> Result<()> {
        let at_least = |name: &'static str, value: Duration, min: Duration| {
            if value < min {
                Err(Error::invalid(
                    name,
                    format!(
                        "must be at least {} ms, got {} ms",
                        min.as_millis(),
                        value.as_millis()
                    ),
                ))
            } else {
                Ok(())
            }
        };
        let ms = Duration::from_millis;
        at_least("--request-timeout", self.request_timeout, ms(100))?;
        at_least("--header-timeout", self.header_timeout, ms(100))?;
        at_least("--reload-interval", self.reload_interval, ms(100))?;
        if let Some(interval) = self.watch_interval {
            at_least("--watch-interval", interval, ms(100))?;
        }
        if self.idle_timeout <= self.request_timeout {
            return Err(Error::invalid(
                "--idle-timeout",
                format!(
                    "must be longer than --request-timeout ({} ms), got {} ms",
                    self.request_timeout.as_millis(),
                    self.idle_timeout.as_millis()
                ),
            ));
        }
        for (name, value) in [
            ("--max-connections", self.max_connections),
            ("--max-searches", self.max_searches),
            ("--query-stats-capacity", self.query_stats_capacity),
        ] {
            if value == 0 {
                return Err(Error::invalid(name, "must be at least 1"));
            }
        }
        if self.queue_timeout >= self.request_timeout {
            return Err(Error::invalid(
                "--queue-timeout",
                "must be shorter than --request-timeout",
            ));
        }
        Ok(())
    }
}

/// Searches at once by default: two per core, so a core is never idle while one waits on
/// the disk, and no more, so each finishes fast.
pub fn default_max_searches() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get()) * 2
}

/// The search slots: a fixed number of index jobs at once, a bounded line of waiting
/// requests, a bounded wait.
#[derive(Debug)]
pub struct SearchSlots {
    slots: Arc<Semaphore>,
    waiting: AtomicUsize,
    max_waiting: usize,
    wait: Duration,
}

impl SearchSlots {
    /// `running` jobs at once, at most `max_waiting` requests waiting up to `wait` each.
    pub fn new(running: usize, max_waiting: usize, wait: Duration) -> Self {
        SearchSlots {
            slots: Arc::new(Semaphore::new(running)),
            waiting: AtomicUsize::new(0),
            max_waiting,
            wait,
        }
    }

    /// A slot, or `InternalError::Overloaded` when none frees up in time or the line is full.
    pub async fn acquire(&self) -> Result<OwnedSemaphorePermit> {
        if let Ok(permit) = Arc::clone(&self.slots).try_acquire_owned() {
            return Ok(permit);
        }
        if self.waiting.fetch_add(1, Ordering::SeqCst) >= self.max_waiting {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
            return Err(InternalError::Overloaded.into());
        }
        let waited = tokio::time::timeout(self.wait, Arc::clone(&self.slots).acquire_owned()).await;
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        match waited {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(InternalError::Overloaded.into()),
        }
    }
}

/// What every handler may use; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    /// The index served now, switched when a new generation appears.
    pub live: Arc<LiveIndex>,
    /// The checked configuration.
    pub config: Arc<ServeConfig>,
    /// Request counters for `/metrics`.
    pub metrics: Arc<Metrics>,
    /// Query statistics for `/stats` (`None`: turned off).
    pub stats: Option<Arc<QueryStats>>,
    /// The search slots.
    pub slots: Arc<SearchSlots>,
}

impl AppState {
    /// State serving `engine` with `config`.
    pub fn new(engine: SearchEngine, config: ServeConfig) -> Self {
        AppState::with_live(Arc::new(LiveIndex::new(Some(engine))), config, None)
    }

    /// State serving whatever `live` holds, with query statistics kept in `stats`.
    pub fn with_live(
        live: Arc<LiveIndex>,
        config: ServeConfig,
        stats: Option<Arc<QueryStats>>,
    ) -> Self {
        let slots = SearchSlots::new(
            config.max_searches,
            config.max_waiting,
            config.queue_timeout,
        );
        AppState {
            live,
            config: Arc::new(config),
            metrics: Arc::new(Metrics::default()),
            stats,
            slots: Arc::new(slots),
        }
    }
}

/// A handler's engine: the one served now, bound to the request's deadline; 503 (as a page,
/// or JSON under `/api`) while no index is loaded.
impl FromRequestParts<AppState> for SearchEngine {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match state.live.engine() {
            Some(engine) => Ok(engine.with_deadline(Instant::now() + state.config.request_timeout)),
            None => {
                let err = Error::User(UserError::NoIndex {
                    path: state.config.index_dir.clone(),
                    reason: "no index loaded yet".to_owned(),
                });
                Err(if parts.uri.path().starts_with("/api/") {
                    error::ApiError(err).into_response()
                } else {
                    error::PageError(err).into_response()
                })
            }
        }
    }
}

impl FromRef<AppState> for Arc<ServeConfig> {
    fn from_ref(state: &AppState) -> Self {
        state.config.clone()
    }
}

/// A search or question a handler answered, attached to its response so the request
/// middleware counts it (metrics, query statistics) without handlers knowing about either.
#[derive(Debug, Clone)]
pub struct Searched {
    /// The query as typed.
    pub query: String,
    /// Whether it found anything.
    pub found: bool,
}

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

/// The route pattern a request matched, filled in by [`note_route`] once routing is done.
#[derive(Clone, Default)]
struct RouteSlot(Arc<OnceLock<String>>);

/// Header the site's search-as-you-type requests carry: their half-typed queries are not
/// counted in the query statistics (the submitted search is).
pub const LIVE_HEADER: &str = "x-zhengce-live";

tokio::task_local! {
    /// The state of the server answering the request (set by [`observe`]): [`blocking`]
    /// takes its search slot from it and counts stopped work in its metrics.
    static SERVING: AppState;
}

/// Notes the matched route pattern for [`observe`] (runs after routing, only on routes).
async fn note_route(request: Request, next: axum::middleware::Next) -> Response {
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
async fn observe(
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

/// `GET /healthz`: 200 with the index served (generation, measure count, build time) while
/// one is loaded, 503 when none is, so a load balancer sends no traffic to it.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.live.engine() {
        Some(engine) => {
            let info = engine.info();
            Json(serde_json::json!({
                "status": "ok",
                "generation": info.generation.number,
                "measures": info.marker.measures,
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

/// What a blocking job holds while it runs: its search slot, and the metrics that count it
/// if it is stopped by its deadline (after its request was answered 503, typically).
struct Job {
    _slot: OwnedSemaphorePermit,
    metrics: Arc<Metrics>,
}

impl Job {
    /// Notes how the work ended.
    fn ended<T>(&self, result: &Result<T>) {
        if matches!(
            result,
            Err(Error::Internal(InternalError::DeadlineExceeded))
        ) {
            self.metrics
                .deadline_exceeded
                .fetch_add(1, Ordering::Relaxed);
        }
    }
}

/// A search slot for the request being answered (none outside a request: tests calling
/// handlers directly). It is moved into the blocking job and freed when the job ends.
async fn start_job() -> Result<Option<Job>> {
    let Ok(state) = SERVING.try_with(AppState::clone) else {
        return Ok(None);
    };
    let slot = state.slots.acquire().await?;
    Ok(Some(Job {
        _slot: slot,
        metrics: state.metrics,
    }))
}

/// Runs blocking index work off the async runtime, in a search slot.
pub(crate) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    let job = start_job().await?;
    tokio::task::spawn_blocking(move || {
        let result = work();
        if let Some(job) = &job {
            job.ended(&result);
        }
        result
    })
    .await
    .map_err(error::join_error)?
}

/// Asks the Q&A engine, off the runtime. A user error (a bad question) is returned; a failure
/// of the Q&A engine itself (an error or a panic) is logged and gives `None`, so a page that
/// only adds the answer to other content never breaks because of it.
pub(crate) async fn try_ask(engine: SearchEngine, question: String) -> Result<Option<Answer>> {
    let job = start_job().await?;
    let outcome = tokio::task::spawn_blocking(move || {
        let result =
            std::panic::catch_unwind(AssertUnwindSafe(|| crate::ask::ask(&engine, &question)));
        if let (Some(job), Ok(answer)) = (&job, &result) {
            job.ended(answer);
        }
        result
    })
    .await;
    match outcome {
        Ok(Ok(Ok(answer))) => Ok(Some(answer)),
        Ok(Ok(Err(Error::User(err @ UserError::InvalidParameter { .. })))) => Err(err.into()),
        Ok(Ok(Err(err @ Error::Internal(InternalError::DeadlineExceeded)))) => Err(err),
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
