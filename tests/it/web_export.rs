//! Exports in-process: `/export` gives every page of the results with citation columns (CSV
//! and JSON Lines), bounded and streamed for a large result set.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use zhengce::server::{app, AppState};
use zhengce::views::components::encode;

use crate::engine;
use crate::web::{config, first_hit, get};

/// `/export…`: status, headers, and the body as the chunks it was streamed in.
pub async fn export(uri: &str) -> (StatusCode, axum::http::HeaderMap, Vec<String>) {
    let app = app(AppState::new(engine().clone(), config()));
    let request = Request::get(uri)
        .header(header::HOST, "zc.example.org")
        .body(Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.expect("router answers");
    let (status, headers) = (response.status(), response.headers().clone());
    let mut body = response.into_body();
    let mut chunks = Vec::new();
    while let Some(frame) = body.frame().await {
        if let Ok(data) = frame.expect("a body frame").into_data() {
            chunks.push(String::from_utf8(data.to_vec()).expect("UTF-8"));
        }
    }
    (status, headers, chunks)
}

fn json_rows(chunks: &[String]) -> Vec<Value> {
    chunks
        .concat()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

#[tokio::test]
async fn export_gives_every_page_of_the_results_with_citation_columns() {
    let hit = first_hit("印章").await;
    let region = hit["region"].as_str().unwrap();
    let api = get(&format!(
        "/api/search?q={}&region={}",
        encode("印章"),
        encode(region)
    ))
    .await;
    let total = api.json()["total"].as_u64().unwrap() as usize;
    let (status, headers, chunks) = export(&format!(
        "/export?q={}&region={}&format=jsonl&page=2",
        encode("印章"),
        encode(region)
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("application/x-ndjson"));
    let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains(".jsonl"),
        "{disposition}"
    );
    assert_eq!(headers["x-total-count"], total.to_string().as_str());
    let rows = json_rows(&chunks);
    assert_eq!(rows.len(), total, "every page, not the one asked");
    for row in &rows {
        assert!(row["region"].as_str().unwrap().starts_with(region));
        assert!(row["link"]
            .as_str()
            .unwrap()
            .starts_with("http://zc.example.org/measures/"));
        for column in ["document", "number", "title", "text"] {
            assert!(!row[column].as_str().unwrap().is_empty(), "{column}: {row}");
        }
    }
    assert_eq!(
        rows[0]["link"],
        format!(
            "http://zc.example.org/measures/{}",
            hit["id"].as_str().unwrap()
        )
    );

    let (status, headers, chunks) =
        export(&format!("/export?q={}&format=csv", encode("印章"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = chunks.concat();
    assert!(csv.starts_with(
        "\u{feff}地区,文件,文号,成文日期,措施编号,措施,牵头单位,完成时限,链接,原文\r\n"
    ));
    let links = csv.matches(",http://zc.example.org/measures/").count();
    assert_eq!(
        links.to_string(),
        headers["x-total-count"].to_str().unwrap()
    );

    let search = get(&format!("/search?q={}", encode("印章"))).await;
    assert!(
        search
            .body
            .contains("/export?q=%E5%8D%B0%E7%AB%A0&amp;format=csv"),
        "the page offers the export"
    );
}

#[tokio::test]
async fn export_of_a_large_result_set_is_bounded_and_streamed() {
    let (status, headers, chunks) = export("/export?format=jsonl").await;
    assert_eq!(status, StatusCode::OK);
    let rows = json_rows(&chunks);
    let total: usize = headers["x-total-count"].to_str().unwrap().parse().unwrap();
    assert_eq!(rows.len(), total, "all measures");
    assert!(total > 1000, "{total}");
    let links: std::collections::HashSet<&str> =
        rows.iter().map(|r| r["link"].as_str().unwrap()).collect();
    assert_eq!(links.len(), total, "each measure once");
    assert!(
        chunks.len() >= total / 100,
        "streamed a page at a time: {} chunks",
        chunks.len()
    );

    let (status, headers, chunks) = export("/export?format=jsonl&limit=250").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json_rows(&chunks).len(), 250, "the limit bounds the rows");
    assert_eq!(
        headers["x-total-count"].to_str().unwrap(),
        total.to_string()
    );

    for bad in ["limit=10001", "limit=0", "format=xlsx", "year=abc"] {
        let page = get(&format!("/export?{bad}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{bad}");
        assert!(page.is_html() && page.body.contains("参数"), "{bad}");
    }
}
