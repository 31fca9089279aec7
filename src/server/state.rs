//! What every handler may use: the checked configuration ([`ServeConfig`]), the state
//! ([`AppState`]: the live index, metrics, statistics, [`SearchSlots`]), the engine a handler
//! extracts (bound to its request's deadline), and the search a response reports.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::{InternalError, UserError};
use crate::search::SearchEngine;
use crate::server::access::StatsToken;
use crate::server::cache::ResultCache;
use crate::server::error;
use crate::server::live::LiveIndex;
use crate::server::metrics::Metrics;
use crate::stats::QueryStats;
use crate::{Error, Result};

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
    /// Exports streaming at once (each in its own slot, apart from the searches); more are
    /// refused with 503 at once.
    pub max_exports: usize,
    /// Longest an export may stream its rows; past it the download is broken off.
    pub export_timeout: Duration,
    /// How often the index directory is checked for a new generation.
    pub reload_interval: Duration,
    /// Rebuild the index when the corpus changes (`serve --watch`), checking this often.
    pub watch_interval: Option<Duration>,
    /// Where the query statistics are kept (`None`: not collected at all).
    pub query_stats: Option<PathBuf>,
    /// Most distinct queries the statistics remember.
    pub query_stats_capacity: usize,
    /// The token `/stats` and `/api/stats` ask for (`None`: they are public).
    pub stats_token: Option<StatsToken>,
    /// Bounds on the corpus files read when the index is built on first start or rebuilt by
    /// `--watch` (the same as `zhengce index --max-file-mb/--max-measure-chars`).
    pub corpus_limits: crate::corpus::Limits,
    /// Bytes of recent results kept (as JSON) to answer repeated requests without a search;
    /// 0 keeps none ([`crate::server::cache`]).
    pub cache_bytes: usize,
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
            max_exports: DEFAULT_MAX_EXPORTS,
            export_timeout: DEFAULT_EXPORT_TIMEOUT,
            reload_interval: Duration::from_secs(1),
            watch_interval: None,
            query_stats: None,
            query_stats_capacity: 10_000,
            stats_token: None,
            corpus_limits: crate::corpus::Limits::default(),
            // Tests and examples see every request searched (the slots, the deadline); the
            // cache is switched on where it is tested.
            cache_bytes: 0,
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
        at_least("--export-timeout", self.export_timeout, ms(100))?;
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
            ("--max-exports", self.max_exports),
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
    /// The export slots: taken at once or refused, no line (an export streams for long).
    pub exports: Arc<SearchSlots>,
    /// Recent results (`None`: `cache_bytes` 0).
    pub cache: Option<Arc<ResultCache>>,
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
        let exports = SearchSlots::new(config.max_exports, 0, Duration::ZERO);
        let cache = ResultCache::new(config.cache_bytes).map(Arc::new);
        AppState {
            live,
            config: Arc::new(config),
            metrics: Arc::new(Metrics::default()),
            stats,
            slots: Arc::new(slots),
            exports: Arc::new(exports),
            cache,
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

/// Exports streaming at once by default: an export reads up to 10,000 measures, so a few at
/// once leave the search slots their cores.
pub const DEFAULT_MAX_EXPORTS: usize = 2;

/// Longest an export streams by default: 10,000 rows take a few seconds; a client reading
/// slower than that holds its slot no longer.
pub const DEFAULT_EXPORT_TIMEOUT: Duration = Duration::from_secs(120);

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
