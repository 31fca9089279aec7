//! The server as deployed: a real listening socket (`server::serve_on` in this process), spoken
//! to over raw TCP; the helpers the other `serve_*` modules share. Properties checked here:
//! - hot reload: while loops of requests run, `zhengce index` (the binary) rebuilds the index
//!   with one document added; no request fails and the new measure is served without a restart;
//!   `/healthz` then reports the new generation;
//! - with the result cache on, a search and a question answered from it before a rebuild get
//!   the new generation's answers after it;
//! - a client sending its request head one byte at a time, or nothing at all, is disconnected
//!   within the header timeout;
//! - `serve --watch` serves a document dropped into the corpus, skipping a bad file beside it,
//!   and builds within the corpus limits it is given (`--max-measure-chars`).
//!
//! The others: `serve_slots` (search and export slots, deadlines), `serve_metrics`
//! (`/metrics`), `serve_stats` (`/stats`, no index), `serve_cache` (the result cache).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use zhengce::server::ServeConfig;

/// A small plan in the usual outline: one document, measures with lead units.
const PLAN: &str = "临沭县优化营商环境行动方案\n一、主要任务\n(一)开办企业\n1.推行企业开办全程网办。2022年底前实现企业开办1个环节。\n牵头单位:县行政审批服务局\n2.免费刻章。新开办企业免费刻制印章。\n牵头单位:县行政审批服务局\n";
/// The document added while serving, with a word no other document has.
const ADDED: &str = "莒南县优化营商环境若干措施\n一、获得电力\n1.推行低压小微企业用电报装零投资。2023年底前实现电力接入工程费用零负担。\n牵头单位:县供电公司\n2.推广光伏并网一窗受理。\n牵头单位:县发展改革局\n";

pub fn zhengce(args: &[&str]) -> std::process::Output {
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
pub fn get(addr: SocketAddr, path: &str) -> std::io::Result<(u16, String)> {
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

pub fn encode(q: &str) -> String {
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

#[test]
fn a_new_generation_is_not_hidden_by_cached_results() {
    let dir = tempfile::tempdir().unwrap();
    let (corpus, index) = corpus_and_index(dir.path());
    let server = Server::start(ServeConfig {
        cache_bytes: 8 << 20,
        ..config_for(&index, &corpus)
    });
    let addr = server.addr;
    let search = format!("/api/search?q={}", encode("光伏并网"));
    let ask = format!("/api/ask?q={}", encode("光伏并网由哪个部门牵头"));
    let (before, asked_before) = (get(addr, &search).unwrap(), get(addr, &ask).unwrap());
    // asked twice on the same generation: the second comes from the cache
    assert_eq!(get(addr, &search).unwrap(), before);
    assert_eq!(get(addr, &ask).unwrap(), asked_before);
    let (_, metrics) = get(addr, "/metrics").unwrap();
    assert!(metrics.contains("zhengce_cache_hits_total 2"), "{metrics}");
    assert!(!before.1.contains("junan"), "{}", before.1);

    std::fs::write(corpus.join("junan.txt"), ADDED).unwrap();
    index_with_binary(&corpus, &index);
    let started = Instant::now();
    while get(addr, "/api/docs/junan").unwrap().0 != 200 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the new generation is served"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let (status, body) = get(addr, &search).unwrap();
    assert_eq!(status, 200);
    let results: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(results["hits"][0]["doc_id"], "junan", "{body}");
    let (_, answer) = get(addr, &ask).unwrap();
    assert!(answer.contains("县发展改革局"), "{answer}");
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
    // Plans of operative measures only: every record is a measure.
    assert_eq!(health["records"], health["measures"], "{health}");
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
