//! `/metrics` in the Prometheus text format (version 0.0.4), written by hand: requests by
//! route and status, a latency histogram per route, the index served (generation, measures,
//! build time), searches and the ones that found nothing, refused and timed-out work, reloads.
//! Routes are the router's patterns (`/api/measures/{*id}`), never raw paths, so the number
//! of series stays bounded whatever clients send.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use crate::index::read::IndexInfo;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// One route's latency histogram.
#[derive(Debug, Default, Clone)]
struct Histogram {
    /// Requests at or under each bound (not cumulative here; summed when written).
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// The server's counters. Cheap to update from every request.
#[derive(Debug, Default)]
pub struct Metrics {
    requests: Mutex<BTreeMap<(String, u16), u64>>,
    latency: Mutex<BTreeMap<String, Histogram>>,
    /// Searches and questions counted (first page, a query given).
    pub searches: AtomicU64,
    /// Those that found nothing.
    pub zero_results: AtomicU64,
    /// Requests refused because every search slot was busy (503).
    pub overloaded: AtomicU64,
    /// Work stopped because its request's time ran out.
    pub deadline_exceeded: AtomicU64,
    /// Index generations switched to while serving.
    pub reloads: AtomicU64,
    /// Generations that could not be opened.
    pub reload_failures: AtomicU64,
    /// Searches and questions answered from the result cache.
    pub cache_hits: AtomicU64,
    /// Searches and questions looked up in the result cache and not found there.
    pub cache_misses: AtomicU64,
}

impl Metrics {
    /// Counts one answered request.
    pub fn record(&self, route: &str, status: u16, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        if let Ok(mut requests) = self.requests.lock() {
            *requests.entry((route.to_owned(), status)).or_default() += 1;
        }
        if let Ok(mut latency) = self.latency.lock() {
            let histogram = latency.entry(route.to_owned()).or_default();
            if let Some(i) = BUCKETS.iter().position(|bound| seconds <= *bound) {
                histogram.buckets[i] += 1;
            }
            histogram.count += 1;
            histogram.sum += seconds;
        }
    }

    /// The exposition text; `index` is the index served now (`None`: none loaded).
    pub fn render(&self, index: Option<&IndexInfo>) -> String {
        let mut out = String::new();
        let requests = self.requests.lock().map(|r| r.clone()).unwrap_or_default();
        header(
            &mut out,
            "zhengce_http_requests_total",
            "counter",
            "HTTP requests answered, by route pattern and status.",
        );
        for ((route, status), count) in &requests {
            let _ = writeln!(
                out,
                "zhengce_http_requests_total{{route=\"{}\",status=\"{status}\"}} {count}",
                escape(route)
            );
        }
        let latency = self.latency.lock().map(|l| l.clone()).unwrap_or_default();
        header(
            &mut out,
            "zhengce_http_request_duration_seconds",
            "histogram",
            "Time to answer a request, by route pattern.",
        );
        for (route, histogram) in &latency {
            let route = escape(route);
            let mut cumulative = 0;
            for (bound, count) in BUCKETS.iter().zip(histogram.buckets) {
                cumulative += count;
                let _ = writeln!(
                    out,
                    "zhengce_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "zhengce_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                histogram.count
            );
            let _ = writeln!(
                out,
                "zhengce_http_request_duration_seconds_sum{{route=\"{route}\"}} {}",
                histogram.sum
            );
            let _ = writeln!(
                out,
                "zhengce_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                histogram.count
            );
        }
        let counters = [
            (
                "zhengce_searches_total",
                "Searches and questions (first page, a query given).",
                &self.searches,
            ),
            (
                "zhengce_zero_result_searches_total",
                "Searches and questions that found nothing.",
                &self.zero_results,
            ),
            (
                "zhengce_overloaded_total",
                "Requests refused with 503 because every search slot was busy.",
                &self.overloaded,
            ),
            (
                "zhengce_deadline_exceeded_total",
                "Searches stopped because their request ran out of time.",
                &self.deadline_exceeded,
            ),
            (
                "zhengce_index_reloads_total",
                "Index generations switched to while serving.",
                &self.reloads,
            ),
            (
                "zhengce_index_reload_failures_total",
                "Index generations that could not be opened.",
                &self.reload_failures,
            ),
            (
                "zhengce_cache_hits_total",
                "Searches and questions answered from the result cache.",
                &self.cache_hits,
            ),
            (
                "zhengce_cache_misses_total",
                "Searches and questions looked up in the result cache and not found there.",
                &self.cache_misses,
            ),
        ];
        for (name, help, value) in counters {
            header(&mut out, name, "counter", help);
            let _ = writeln!(out, "{name} {}", value.load(Ordering::Relaxed));
        }
        let (loaded, generation, measures, built_at) = match index {
            Some(info) => (
                1,
                info.generation.number,
                info.marker.measures,
                info.marker.built_at,
            ),
            None => (0, 0, 0, 0),
        };
        let gauges = [
            (
                "zhengce_index_loaded",
                "1 when an index is loaded and served.",
                loaded,
            ),
            (
                "zhengce_index_generation",
                "Generation of the index served.",
                generation,
            ),
            (
                "zhengce_index_measures",
                "Measures in the index served.",
                measures,
            ),
            (
                "zhengce_index_built_timestamp_seconds",
                "When the index served was built (Unix time).",
                built_at,
            ),
        ];
        for (name, help, value) in gauges {
            header(&mut out, name, "gauge", help);
            let _ = writeln!(out, "{name} {value}");
        }
        out
    }
}

fn header(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// A label value as the format wants it: `\`, `"` and line feeds escaped.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_cumulative_and_labels_escaped() {
        let metrics = Metrics::default();
        metrics.record("/a\"b", 200, Duration::from_millis(3));
        metrics.record("/a\"b", 200, Duration::from_millis(300));
        metrics.record("/a\"b", 503, Duration::from_secs(20));
        let text = metrics.render(None);
        assert!(text.contains(r#"zhengce_http_requests_total{route="/a\"b",status="200"} 2"#));
        assert!(text.contains(r#"le="0.005"} 1"#), "{text}");
        assert!(text.contains(r#"le="0.5"} 2"#), "{text}");
        assert!(text.contains(r#"le="+Inf"} 3"#), "{text}");
        assert!(text.contains("zhengce_index_loaded 0"));
    }
}
