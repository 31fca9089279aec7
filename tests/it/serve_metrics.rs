//! `/metrics` parses as Prometheus text (a small parser of the format below) and counts
//! requests by route, latency, the generation and zero-result searches.

use std::collections::{BTreeMap, HashMap};

use axum::body::Body;
use axum::http::Request;
use tower::ServiceExt;

use crate::serve::encode;
use crate::serve_slots::{router_with_slots, status_of};

pub async fn body_of(router: &axum::Router, uri: &str) -> String {
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
pub struct Family {
    pub kind: String,
    pub samples: Vec<(String, f64, BTreeMap<String, String>)>,
}

/// Parses the Prometheus text format (0.0.4): `# HELP`/`# TYPE` lines, then samples
/// `name{label="value",…} value`; every sample belongs to a family declared before it
/// (`_bucket`/`_sum`/`_count` to a histogram), label values use only the escapes `\\ \" \n`.
pub fn parse_prometheus(text: &str) -> Result<HashMap<String, Family>, String> {
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
