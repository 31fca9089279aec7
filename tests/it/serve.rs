//! The server as deployed: a real listening socket (`server::serve_on` in this process), spoken
//! to over raw TCP. Properties checked:
//! - hot reload: while loops of requests run, `zhengce index` (the binary) rebuilds the index
//!   with one document added; no request fails and the new measure is served without a restart;
//!   `/healthz` then reports the new generation;
//! - a client sending its request head one byte at a time, or nothing at all, is disconnected
//!   within the header timeout;
//! - a burst beyond the search slots gets 503 with `Retry-After` at once (long before the
//!   request timeout), and the slots serve again once free;
//! - exports have slots of their own: a burst beyond them gets 503 with `Retry-After` at once
//!   while searches still run; an export past its deadline breaks off its download;
//! - `/metrics` parses as Prometheus text (a small parser of the format below) and counts
//!   requests by route, latency, the generation and zero-result searches;
//! - `serve --watch` serves a document dropped into the corpus, skipping a bad file beside it,
//!   and builds within the corpus limits it is given (`--max-measure-chars`);
//! - a search or a question past its deadline stops with `DeadlineExceeded`; a question served
//!   with a tiny request timeout is answered 503 and its work is counted as stopped;
//! - without an index, `/healthz` and searches answer 503; `/stats` counts what found nothing
//!   and is off with `--no-query-stats`; with `--stats-token` it asks for the token (401
//!   naming what to send, a Basic challenge for browsers) and shows itself to whoever sends it.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt;
use zhengce::server::live::LiveIndex;
use zhengce::server::{app, AppState, ServeConfig};
use zhengce::stats::QueryStats;

/// A small plan in the usual outline: one document, measures with lead units.
const PLAN: &str = "临沭县优化营商环境行动方案\n一、主要任务\n(一)开办企业\n1.推行企业开办全程网办。2022年底前实现企业开办1个环节。\n牵头单位:县行政审批服务局\n2.免费刻章。新开办企业免费刻制印章。\n牵头单位:县行政审批服务局\n";
/// The document added while serving, with a word no other document has.
const ADDED: &str = "莒南县优化营商环境若干措施\n一、获得电力\n1.推行低压小微企业用电报装零投资。2023年底前实现电力接入工程费用零负担。\n牵头单位:县供电公司\n2.推广光伏并网一窗受理。\n牵头单位:县发展改革局\n";

fn zhengce(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_zhengce"))
        .args(args)
        .env("ZHENGCE_LOG", "warn")
        .output()
        .expect("zhengce runs")
}

/// `zhengce index` (the binary) of `corpus` into `index`: what it printed.
fn index_with_binary(corpus: &Path, index: &Path) -> String {
    let out = zhengce(&[
        "--index",
        index.to_str().unwrap(),
        "index",
        "--corpus",
        corpus.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A corpus of one plan and its index, built by the binary.
fn corpus_and_index(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(corpus.join("linshu.txt"), PLAN).unwrap();
    let index = dir.join("index");
    index_with_binary(&corpus, &index);
    (corpus, index)
}

/// A server on a free loopback port, stopped when dropped.
struct Server {
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    fn start(config: ServeConfig) -> Server {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                let shutdown = async {
                    let _ = stopped.await;
                };
                zhengce::server::serve_on(listener, config, shutdown)
                    .await
                    .expect("server runs");
            });
        });
        let server = Server {
            addr,
            stop: Some(stop),
            thread: Some(thread),
        };
        let started = Instant::now();
        while get(server.addr, "/healthz").is_err() {
            assert!(started.elapsed() < Duration::from_secs(60), "server starts");
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One HTTP/1.1 request on a fresh connection: (status, body).
fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line in {text:?}")))?;
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}

fn encode(q: &str) -> String {
    zhengce::views::components::encode(q)
}

fn config_for(index: &Path, corpus: &Path) -> ServeConfig {
    ServeConfig {
        corpus_dir: corpus.to_path_buf(),
        reload_interval: Duration::from_millis(200),
        ..ServeConfig::for_index(index.to_path_buf())
    }
}

#[test]
fn a_rebuild_under_load_is_served_without_a_restart_or_a_failed_request() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = corpus_and_index(dir.path());
    let server = Server::start(config_for(&index, &corpus));
    let addr = server.addr;
    let (_, health) = get(addr, "/healthz").unwrap();
    let before: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert_eq!(get(addr, "/api/docs/junan").unwrap().0, 404);

    let stop = Arc::new(AtomicBool::new(false));
    let (sent, failed) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let failures = Arc::new(std::sync::Mutex::new(Vec::new()));
    let paths = [
        format!("/api/search?q={}", encode("企业开办")),
        format!("/search?q={}", encode("免费刻章")),
        "/".to_owned(),
        format!("/api/ask?q={}", encode("新开办企业刻章要钱吗")),
        "/api/docs/linshu".to_owned(),
    ];
    let loops: Vec<_> = (0..4)
        .map(|k| {
            let (stop, sent, failed, failures) =
                (stop.clone(), sent.clone(), failed.clone(), failures.clone());
            let paths = paths.clone();
            std::thread::spawn(move || {
                let mut i = k;
                while !stop.load(Ordering::Relaxed) {
                    let path = &paths[i % paths.len()];
                    i += 1;
                    sent.fetch_add(1, Ordering::Relaxed);
                    match get(addr, path) {
                        Ok((200, _)) => {}
                        other => {
                            failed.fetch_add(1, Ordering::Relaxed);
                            failures.lock().unwrap().push(format!("{path}: {other:?}"));
                        }
                    }
                }
            })
        })
        .collect();

    // A portal drops one document into the corpus and runs `zhengce index`, while serving.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(corpus.join("junan.txt"), ADDED).unwrap();
    let printed = index_with_binary(&corpus, &index);
    assert!(
        printed.contains("1 files read"),
        "only the new file is read: {printed}"
    );
    let started = Instant::now();
    loop {
        if get(addr, "/api/docs/junan").unwrap().0 == 200 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the new document is served without a restart"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // Requests keep going on the new generation for a while.
    std::thread::sleep(Duration::from_millis(500));
    stop.store(true, Ordering::Relaxed);
    for handle in loops {
        handle.join().unwrap();
    }
    let (sent, failed) = (sent.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    assert!(sent > 20, "the loops ran: {sent} requests");
    assert_eq!(failed, 0, "{:?}", failures.lock().unwrap());

    let (status, body) = get(addr, &format!("/api/search?q={}", encode("光伏并网"))).unwrap();
    assert_eq!(status, 200);
    let results: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(results["hits"][0]["doc_id"], "junan", "{body}");
    let (_, health) = get(addr, "/healthz").unwrap();
    let after: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert!(
        after["generation"].as_u64() > before["generation"].as_u64(),
        "{before} → {after}"
    );
    assert_eq!(after["measures"].as_u64(), Some(4), "{after}");
}

/// Reads from `stream` until the server closes it; how long that took.
fn time_to_close(stream: &mut TcpStream, limit: Duration) -> Duration {
    let started = Instant::now();
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut buf = [0u8; 256];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return started.elapsed(),
            Ok(_) => {}
        }
    }
}

#[test]
fn slow_and_idle_clients_are_disconnected_within_the_header_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = corpus_and_index(dir.path());
    let header_timeout = Duration::from_millis(800);
    let server = Server::start(ServeConfig {
        header_timeout,
        ..config_for(&index, &corpus)
    });
    // One byte every 200 ms: the head never completes in time.
    let mut slow = TcpStream::connect(server.addr).unwrap();
    let started = Instant::now();
    let head = b"GET /api/search?q=x HTTP/1.1\r\nHost: localhost\r\n";
    let mut closed = false;
    for byte in head {
        if slow.write_all(&[*byte]).is_err() {
            closed = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
        if started.elapsed() > Duration::from_secs(5) {
            break;
        }
    }
    let elapsed = if closed {
        started.elapsed()
    } else {
        started.elapsed() + time_to_close(&mut slow, Duration::from_secs(5))
    };
    assert!(
        elapsed < header_timeout * 3,
        "slow client closed after {elapsed:?}"
    );
    // A connection that sends nothing.
    let mut idle = TcpStream::connect(server.addr).unwrap();
    let waited = time_to_close(&mut idle, Duration::from_secs(5));
    assert!(
        waited < header_timeout * 3,
        "idle client closed after {waited:?}"
    );
    // Everyone else is served.
    assert_eq!(get(server.addr, "/healthz").unwrap().0, 200);
}

/// A router over the fixture corpus's index with `slots` search slots and `waiting` places.
fn router_with_slots(slots: usize, waiting: usize) -> (axum::Router, AppState) {
    let config = ServeConfig {
        max_searches: slots,
        max_waiting: waiting,
        queue_timeout: Duration::from_millis(300),
        ..ServeConfig::for_index("unused".into())
    };
    let state = AppState::new(crate::engine().clone(), config);
    (app(state.clone()), state)
}

async fn status_of(router: &axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap) {
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

async fn body_of(router: &axum::Router, uri: &str) -> String {
    use http_body_util::BodyExt;
    let response = router
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// One metric family of the exposition: its type and samples (name with labels, value).
#[derive(Debug, Default)]
struct Family {
    kind: String,
    samples: Vec<(String, f64, BTreeMap<String, String>)>,
}

/// Parses the Prometheus text format (0.0.4): `# HELP`/`# TYPE` lines, then samples
/// `name{label="value",…} value`; every sample belongs to a family declared before it
/// (`_bucket`/`_sum`/`_count` to a histogram), label values use only the escapes `\\ \" \n`.
fn parse_prometheus(text: &str) -> Result<HashMap<String, Family>, String> {
    let is_name = |s: &str| {
        let mut chars = s.chars();
        chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    };
    let mut families: HashMap<String, Family> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let err = |what: &str| format!("line {}: {what}: {line}", n + 1);
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# ") {
            let mut parts = rest.splitn(3, ' ');
            let (keyword, name) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            if !is_name(name) {
                return Err(err("bad metric name"));
            }
            match keyword {
                "HELP" => {}
                "TYPE" => {
                    let kind = parts.next().unwrap_or("");
                    if !["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind) {
                        return Err(err("bad type"));
                    }
                    families.entry(name.to_owned()).or_default().kind = kind.to_owned();
                }
                _ => return Err(err("unknown comment keyword")),
            }
            continue;
        }
        let (name, rest) = match line.find(['{', ' ']) {
            Some(i) => line.split_at(i),
            None => return Err(err("no value")),
        };
        if !is_name(name) {
            return Err(err("bad metric name"));
        }
        let (labels, value_text) = match rest.strip_prefix('{') {
            Some(body) => parse_labels(body).map_err(|e| err(&e))?,
            None => (BTreeMap::new(), rest),
        };
        let value_text = value_text.trim();
        let value: f64 = match value_text.split(' ').next().unwrap_or("") {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            "NaN" => f64::NAN,
            v => v.parse().map_err(|_| err("bad value"))?,
        };
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|suffix| {
                name.strip_suffix(suffix)
                    .filter(|base| families.get(*base).is_some_and(|f| f.kind == "histogram"))
            })
            .unwrap_or(name);
        let Some(entry) = families.get_mut(family) else {
            return Err(err("sample before its # TYPE line"));
        };
        entry.samples.push((name.to_owned(), value, labels));
    }
    // Histograms: buckets cumulative, the +Inf bucket equal to the count.
    for (name, family) in &families {
        if family.kind != "histogram" {
            continue;
        }
        let mut by_series: BTreeMap<String, Vec<(f64, f64)>> = BTreeMap::new();
        let mut counts: BTreeMap<String, f64> = BTreeMap::new();
        for (sample, value, labels) in &family.samples {
            let mut key_labels = labels.clone();
            let le = key_labels.remove("le");
            let key = format!("{key_labels:?}");
            if sample.ends_with("_bucket") {
                let le = match le.as_deref() {
                    Some("+Inf") => f64::INFINITY,
                    Some(v) => v.parse().map_err(|_| format!("{name}: bad le {v}"))?,
                    None => return Err(format!("{name}: bucket without le")),
                };
                by_series.entry(key).or_default().push((le, *value));
            } else if sample.ends_with("_count") {
                counts.insert(key, *value);
            }
        }
        for (key, buckets) in by_series {
            if buckets
                .windows(2)
                .any(|w| w[1].0 <= w[0].0 || w[1].1 < w[0].1)
            {
                return Err(format!("{name}{key}: buckets not cumulative"));
            }
            let last = buckets.last().unwrap();
            if last.0 != f64::INFINITY || Some(&last.1) != counts.get(&key) {
                return Err(format!("{name}{key}: +Inf bucket differs from the count"));
            }
        }
    }
    Ok(families)
}

/// The labels of a sample, `body` starting after `{`: the labels and what follows `}`.
fn parse_labels(body: &str) -> Result<(BTreeMap<String, String>, &str), String> {
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let mut labels = BTreeMap::new();
    let mut i = 0;
    loop {
        if at(i) == Some('}') {
            let end = chars[i].0 + 1;
            return Ok((labels, &body[end..]));
        }
        let start = i;
        while at(i).is_some_and(|c| c != '=') {
            i += 1;
        }
        let name: String = chars[start..i.min(chars.len())]
            .iter()
            .map(|(_, c)| c)
            .collect();
        let valid = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid || at(i + 1) != Some('"') {
            return Err("bad label".to_owned());
        }
        i += 2;
        let mut value = String::new();
        loop {
            match at(i) {
                None => return Err("unterminated label value".to_owned()),
                Some('"') => break,
                Some('\\') => {
                    value.push(match at(i + 1) {
                        Some('\\') => '\\',
                        Some('"') => '"',
                        Some('n') => '\n',
                        _ => return Err("bad escape".to_owned()),
                    });
                    i += 2;
                }
                Some(c) => {
                    value.push(c);
                    i += 1;
                }
            }
        }
        i += 1;
        labels.insert(name, value);
        match at(i) {
            Some(',') => i += 1,
            Some('}') => {}
            _ => return Err("expected , or }".to_owned()),
        }
    }
}

#[test]
fn the_prometheus_parser_refuses_what_is_not_the_format() {
    assert!(parse_prometheus("# TYPE a counter\na 1\n").is_ok());
    assert!(parse_prometheus("a 1\n").is_err(), "sample before TYPE");
    assert!(parse_prometheus("# TYPE a counter\na{x=\"1} 1\n").is_err());
    assert!(parse_prometheus("# TYPE a counter\na{x=\"1\"} one\n").is_err());
    assert!(parse_prometheus("# TYPE a counter\na{x=\"1\",y=\"\\\"q\"} 2\n").is_ok());
    let bad_histogram =
        "# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"+Inf\"} 2\nh_count 2\n";
    assert!(parse_prometheus(bad_histogram).is_err());
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text_and_count_what_happened() {
    let (router, _) = router_with_slots(4, 8);
    for uri in [
        format!("/api/search?q={}", encode("企业开办")),
        format!("/api/search?q={}", encode("火星殖民")),
        "/api/measures/no-such-measure".to_owned(),
        "/healthz".to_owned(),
    ] {
        status_of(&router, &uri).await;
    }
    let text = body_of(&router, "/metrics").await;
    let families = parse_prometheus(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let requests = &families["zhengce_http_requests_total"];
    let count = |route: &str, status: &str| {
        requests
            .samples
            .iter()
            .find(|(_, _, l)| l["route"] == route && l["status"] == status)
            .map(|(_, v, _)| *v)
    };
    assert_eq!(count("/api/search", "200"), Some(2.0), "{text}");
    assert_eq!(count("/api/measures/{*id}", "404"), Some(1.0), "{text}");
    assert_eq!(
        families["zhengce_http_request_duration_seconds"].kind,
        "histogram"
    );
    assert_eq!(families["zhengce_searches_total"].samples[0].1, 2.0);
    assert_eq!(
        families["zhengce_zero_result_searches_total"].samples[0].1,
        1.0
    );
    assert_eq!(families["zhengce_index_loaded"].samples[0].1, 1.0);
    assert!(families["zhengce_index_measures"].samples[0].1 > 1000.0);
    assert!(families.contains_key("zhengce_index_generation"));
    assert!(families.contains_key("zhengce_index_built_timestamp_seconds"));
}

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

#[test]
fn serve_watch_indexes_a_dropped_file_and_skips_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = corpus_and_index(dir.path());
    let server = Server::start(ServeConfig {
        watch_interval: Some(Duration::from_millis(200)),
        ..config_for(&index, &corpus)
    });
    // A portal drops a scan that is no text, and a new plan.
    std::fs::write(corpus.join("scan.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    std::fs::write(corpus.join("junan.txt"), ADDED).unwrap();
    let started = Instant::now();
    while get(server.addr, "/api/docs/junan").unwrap().0 != 200 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the dropped document is served"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(get(server.addr, "/api/docs/linshu").unwrap().0, 200);
    let (_, health) = get(server.addr, "/healthz").unwrap();
    let health: serde_json::Value = serde_json::from_str(&health).unwrap();
    assert_eq!(health["measures"].as_u64(), Some(4), "{health}");
}

#[test]
fn serve_builds_within_the_corpus_limits_it_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = corpus_and_index(dir.path());
    let server = Server::start(ServeConfig {
        watch_interval: Some(Duration::from_millis(200)),
        corpus_limits: zhengce::corpus::Limits {
            max_measure_chars: 100,
            ..zhengce::corpus::Limits::default()
        },
        ..config_for(&index, &corpus)
    });
    // One numbered measure of about 300 characters, in whole sentences.
    let sentence = "推行企业开办全程网办，实现营业执照、印章刻制、发票申领和社保登记一次办结。";
    let long = format!(
        "沂水县优化营商环境行动方案\n一、主要任务\n1.{}\n牵头单位:县行政审批服务局\n",
        sentence.repeat(8)
    );
    std::fs::write(corpus.join("yishui.txt"), long).unwrap();
    let started = Instant::now();
    let doc = loop {
        let (status, body) = get(server.addr, "/api/docs/yishui").unwrap();
        if status == 200 {
            break serde_json::from_str::<serde_json::Value>(&body).unwrap();
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the dropped document is served"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    let (_, health) = get(server.addr, "/healthz").unwrap();
    let health: serde_json::Value = serde_json::from_str(&health).unwrap();
    // The plan's 2 measures and the long one split at sentence ends into at least 3 parts.
    assert!(health["measures"].as_u64().unwrap() >= 5, "{health} {doc}");
}
