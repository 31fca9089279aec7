//! `GET /export?format=csv|jsonl&…`: the current result set — every page of the search the
//! other parameters describe, in its order — as a download of CSV or JSON Lines with the
//! citation columns ([`crate::views::export`]). Bounded: at most [`MAX_EXPORT_ROWS`] rows
//! (fewer with `limit`); streamed: a blocking task reads the results a page at a time and
//! hands each page's rows to the response through a small channel, so memory holds a few
//! pages whatever the size, and a client that goes away stops the work. Each export holds an
//! export slot (`--max-exports`, apart from the search slots: 503 with `Retry-After` when all
//! are taken) and ends by its own deadline (`--export-timeout-secs`); an export stopped early
//! breaks off its download rather than end it as if complete.

use axum::body::{Body, Bytes};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};

use crate::search::request::FacetSet;
use crate::search::{SearchEngine, SearchQuery, MAX_LIMIT, MAX_OFFSET};
use crate::server::error::PageError;
use crate::server::html::{pairs, site_base};
use crate::server::params::{self, get};
use crate::server::state::AppState;
use crate::server::work::Job;
use crate::views::components::encode;
use crate::views::export::{csv_header, Row, BOM, MAX_EXPORT_ROWS};
use crate::{Error, Result};

/// Pages of rows waiting to be sent: what the producer may run ahead of a slow client.
const PAGES_IN_FLIGHT: usize = 4;

/// The two formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a byte-order mark (spreadsheets).
    Csv,
    /// One JSON object a line (programs).
    JsonLines,
}

impl Format {
    fn parse(raw: Option<&str>) -> Result<Format> {
        match raw {
            None | Some("csv") => Ok(Format::Csv),
            Some("jsonl") | Some("ndjson") => Ok(Format::JsonLines),
            Some(other) => Err(Error::invalid(
                "format",
                format!(
                    "导出格式须为 csv 或 jsonl,收到「{}」",
                    other.chars().take(20).collect::<String>()
                ),
            )),
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::JsonLines => "application/x-ndjson; charset=utf-8",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::JsonLines => "jsonl",
        }
    }
}

/// What to export: the search (its first page; its page size and page are ignored), the
/// format, and at most how many rows.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRequest {
    /// The search whose results are exported.
    pub query: SearchQuery,
    /// CSV or JSON Lines.
    pub format: Format,
    /// Rows at most (1..=[`MAX_EXPORT_ROWS`]).
    pub limit: usize,
}

/// Reads the export parameters: those of `/search`, plus `format` and `limit` (the rows at
/// most, up to [`MAX_EXPORT_ROWS`]).
pub fn export_request(raw: &params::RawParams) -> Result<ExportRequest> {
    let format = Format::parse(get(raw, "format"))?;
    let limit = match get(raw, "limit") {
        None => MAX_EXPORT_ROWS,
        Some(value) => match value.parse::<usize>() {
            Ok(n) if (1..=MAX_EXPORT_ROWS).contains(&n) => n,
            _ => {
                return Err(Error::invalid(
                    "limit",
                    format!(
                        "导出条数须为 1 到 {MAX_EXPORT_ROWS} 之间的整数,收到「{}」",
                        value.chars().take(20).collect::<String>()
                    ),
                ))
            }
        },
    };
    let search: Vec<(String, String)> = raw
        .iter()
        .filter(|(key, _)| !matches!(key.as_str(), "format" | "limit" | "page"))
        .cloned()
        .collect();
    let mut query = params::search_query(&search)?;
    query.limit = MAX_LIMIT;
    query.offset = 0;
    // The rows and the total: no facet is read.
    query.facets = FacetSet::NONE;
    Ok(ExportRequest {
        query,
        format,
        limit,
    })
}

/// The download's file name: 政策措施 and the query, e.g. `政策措施-印章.csv`.
fn file_name(request: &ExportRequest) -> String {
    let words: String = request
        .query
        .q
        .chars()
        .filter(|c| c.is_alphanumeric() || *c > '\u{2e7f}')
        .take(20)
        .collect();
    let stem = if words.is_empty() {
        "政策措施".to_owned()
    } else {
        format!("政策措施-{words}")
    };
    format!("{stem}.{}", request.format.extension())
}

/// Writes the rows of `request`'s results to `send`, a page at a time, until the results or
/// the limit run out, or the client is gone (`send` fails). Returns the total of matches.
fn produce(
    engine: &SearchEngine,
    request: &ExportRequest,
    base: &str,
    mut send: impl FnMut(String) -> bool,
) -> Result<usize> {
    let mut query = request.query.clone();
    let mut written = 0;
    let mut total = 0;
    if request.format == Format::Csv && !send(format!("{BOM}{}", csv_header())) {
        return Ok(0);
    }
    while written < request.limit && query.offset <= MAX_OFFSET {
        query.limit = MAX_LIMIT.min(request.limit - written);
        let results = engine.search(&query)?;
        total = results.total;
        if results.hits.is_empty() {
            break;
        }
        let mut chunk = String::new();
        for hit in &results.hits {
            let row = Row::of(&hit.measure, base);
            chunk.push_str(&match request.format {
                Format::Csv => row.csv(),
                Format::JsonLines => row.json_line(),
            });
        }
        written += results.hits.len();
        if !send(chunk) {
            break;
        }
        query.offset += results.hits.len();
        if query.offset >= total {
            break;
        }
    }
    Ok(total)
}

/// `GET /export`: the download, streamed. The first page is read before the response starts,
/// so a refused query is a 400 page, not a broken file; `X-Total-Count` says how many
/// measures match (more than the rows when the limit cut the export).
pub async fn get_export(
    State(state): State<AppState>,
    engine: SearchEngine,
    headers: HeaderMap,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Response, PageError> {
    let request = export_request(&pairs(query)?)?;
    // An export slot, held by the rows' producer until it ends (not until this handler
    // returns): 503 at once when every slot streams.
    let job = Job::new(state.exports.acquire().await?, state.metrics.clone());
    let total = {
        let (engine, query) = (engine.clone(), request.query.clone());
        crate::server::work::blocking(move || {
            let mut first = query;
            first.limit = 1;
            Ok(engine.search(&first)?.total)
        })
        .await?
    };
    let base = site_base(&headers);
    let name = file_name(&request);
    let format = request.format;
    let (sender, mut receiver) =
        tokio::sync::mpsc::channel::<std::io::Result<String>>(PAGES_IN_FLIGHT);
    // The rows stream after the answer has started, past the request's own deadline: the
    // export gets its own, longer one, so it too ends.
    let engine = engine.with_deadline(std::time::Instant::now() + state.config.export_timeout);
    tokio::task::spawn_blocking(move || {
        let outcome = produce(&engine, &request, &base, |chunk| {
            sender.blocking_send(Ok(chunk)).is_ok()
        });
        job.ended(&outcome);
        if let Err(err) = outcome {
            tracing::warn!(error = %err, "export stopped");
            // The stream ends with an error: the download is broken off, not complete.
            let _ = sender.blocking_send(Err(std::io::Error::other(err.to_string())));
        }
    });
    let stream = futures_util::stream::poll_fn(move |cx| {
        receiver
            .poll_recv(cx)
            .map(|chunk| chunk.map(|text| text.map(Bytes::from)))
    });
    let disposition = format!(
        "attachment; filename=\"zhengce.{}\"; filename*=UTF-8''{}",
        format.extension(),
        encode(&name)
    );
    let mut response = Body::from_stream(stream).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert("x-total-count", HeaderValue::from(total));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::params::owned as raw;

    #[test]
    fn export_takes_the_search_and_its_own_bound() {
        let request = export_request(&raw(&[
            ("q", "印章"),
            ("region", "山东省"),
            ("format", "jsonl"),
            ("page", "7"),
            ("limit", "250"),
        ]))
        .unwrap();
        assert_eq!(request.format, Format::JsonLines);
        assert_eq!(request.limit, 250);
        assert_eq!(request.query.q, "印章");
        assert_eq!(request.query.filters.region, ["山东省"]);
        assert_eq!(request.query.offset, 0, "every page, from the first");
        let all = export_request(&raw(&[])).unwrap();
        assert_eq!((all.format, all.limit), (Format::Csv, MAX_EXPORT_ROWS));
        assert_eq!(file_name(&all), "政策措施.csv");
        assert_eq!(file_name(&request), "政策措施-印章.jsonl");
    }

    #[test]
    fn bad_formats_and_bounds_are_refused() {
        for (name, value) in [
            ("format", "xlsx"),
            ("limit", "0"),
            ("limit", "10001"),
            ("limit", "x"),
        ] {
            let err = export_request(&raw(&[(name, value)])).unwrap_err();
            assert!(err.to_string().contains(name), "{name}={value}: {err}");
        }
    }
}
