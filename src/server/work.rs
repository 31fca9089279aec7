//! Index work off the async runtime, in a search slot ([`SearchSlots`](crate::server::SearchSlots)).
//! The slot is held until the work itself ends (not its request), and a job stopped by its
//! request's deadline is counted.

use std::panic::AssertUnwindSafe;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use tokio::sync::OwnedSemaphorePermit;

use crate::ask::Answer;
use crate::error::{InternalError, UserError};
use crate::search::{SearchEngine, SearchQuery, SearchResults};
use crate::server::cache::ResultCache;
use crate::server::error;
use crate::server::metrics::Metrics;
use crate::server::state::AppState;
use crate::{Error, Result};

tokio::task_local! {
    /// The state of the server answering the request (set by [`observe`]): [`blocking`]
    /// takes its search slot from it and counts stopped work in its metrics.
    pub(crate) static SERVING: AppState;
}

/// What a blocking job holds while it runs: its slot, and the metrics that count it if it is
/// stopped by its deadline (after its request was answered 503, typically).
pub(crate) struct Job {
    _slot: OwnedSemaphorePermit,
    metrics: Arc<Metrics>,
}

impl Job {
    /// A job holding `slot`, counted in `metrics`.
    pub(crate) fn new(slot: OwnedSemaphorePermit, metrics: Arc<Metrics>) -> Job {
        Job {
            _slot: slot,
            metrics,
        }
    }

    /// Notes how the work ended.
    pub(crate) fn ended<T>(&self, result: &Result<T>) {
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

/// The server's cache as one request sees it: the entries, the metrics that count each look,
/// and the generation the request's engine serves.
struct Cached {
    cache: Arc<ResultCache>,
    metrics: Arc<Metrics>,
    generation: u64,
}

impl Cached {
    /// The cache of the server answering the request (none outside a request, or when the
    /// cache is off).
    fn of(engine: &SearchEngine) -> Option<Cached> {
        let state = SERVING.try_with(AppState::clone).ok()?;
        Some(Cached {
            cache: state.cache?,
            metrics: state.metrics,
            generation: engine.info().generation.number,
        })
    }

    /// Counts a look in the cache; gives back what was found.
    fn looked<T>(&self, found: Option<T>) -> Option<T> {
        let counter = if found.is_some() {
            &self.metrics.cache_hits
        } else {
            &self.metrics.cache_misses
        };
        counter.fetch_add(1, Ordering::Relaxed);
        found
    }
}

/// Searches, off the runtime in a search slot — or, when the same query was searched on the
/// same index generation lately, from the server's cache ([`crate::server::cache`]) without
/// a slot.
pub(crate) async fn search(engine: SearchEngine, query: SearchQuery) -> Result<SearchResults> {
    let cached = Cached::of(&engine);
    if let Some(c) = &cached {
        if let Some(results) = c.looked(c.cache.search(c.generation, &query)) {
            return Ok(results);
        }
    }
    let results = {
        let query = query.clone();
        blocking(move || engine.search(&query)).await?
    };
    if let Some(c) = &cached {
        c.cache.keep_search(c.generation, &query, &results);
    }
    Ok(results)
}

/// Asks the Q&A engine, off the runtime. A user error (a bad question) is returned; a failure
/// of the Q&A engine itself (an error or a panic) is logged and gives `None`, so a page that
/// only adds the answer to other content never breaks because of it. An answer given lately
/// to the same question on the same index generation comes from the server's cache.
pub(crate) async fn try_ask(engine: SearchEngine, question: String) -> Result<Option<Answer>> {
    let cached = Cached::of(&engine);
    if let Some(c) = &cached {
        if let Some(answer) = c.looked(c.cache.answer(c.generation, &question)) {
            return Ok(Some(answer));
        }
    }
    let answer = ask(engine, question.clone()).await?;
    if let (Some(c), Some(answer)) = (&cached, &answer) {
        c.cache.keep_answer(c.generation, &question, answer);
    }
    Ok(answer)
}

/// [`try_ask`] without the cache.
async fn ask(engine: SearchEngine, question: String) -> Result<Option<Answer>> {
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
