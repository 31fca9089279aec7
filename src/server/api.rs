//! JSON handlers: the same result types the pages render, serialised in the shapes of
//! ARCHITECTURE.md (`zhengce search --json` prints the same). Errors are `{"error": message}`.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;

use crate::search::SearchEngine;
use crate::server::access;
use crate::server::error::{json_error, ApiError};
use crate::server::html::{counted, searched, STATS_LIMIT, STATS_OFF};
use crate::server::html::{id_of, pairs};
use crate::server::params::{self, Rejected, SearchParams};
use crate::server::state::{AppState, Searched};
use crate::server::work::{blocking, search, try_ask};
use crate::Error;

/// `GET /api/search`: same parameters as `/search` (plus `limit`, at most 100).
pub async fn get_search(
    engine: SearchEngine,
    query: Result<SearchParams, Rejected>,
) -> Result<Response, ApiError> {
    let query = query?.0;
    let results = search(engine, query.clone()).await?;
    let record = searched(&query, &results);
    Ok(counted(Json(results), record))
}

/// `GET /api/measures/{*id}`: the measure record.
pub async fn get_measure(
    engine: SearchEngine,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = id_of(id)?;
    let measure = blocking(move || engine.measure(&id)).await?;
    Ok(Json(measure).into_response())
}

/// `GET /api/docs/{*id}`: the document and its measures in order.
pub async fn get_document(
    engine: SearchEngine,
    id: Result<Path<String>, PathRejection>,
) -> Result<Response, ApiError> {
    let id = id_of(id)?;
    let view = blocking(move || engine.document(&id)).await?;
    Ok(Json(view).into_response())
}

/// `GET /api/ask?q=`: the answer.
pub async fn get_ask(
    engine: SearchEngine,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Response, ApiError> {
    let Some(question) = params::question(&pairs(query)?, "q")? else {
        return Err(Error::invalid("q", "请提供问题,如 /api/ask?q=新开办企业刻章要钱吗").into());
    };
    match try_ask(engine, question.clone()).await? {
        Some(answer) => {
            let record = Searched {
                query: question,
                found: answer.found,
            };
            Ok(counted(Json(answer), Some(record)))
        }
        None => Ok(json_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "问答服务暂不可用,请使用 /api/search",
        )),
    }
}

/// A method other than GET (or OPTIONS) on an `/api` route: 405 with `Allow` and a message.
pub async fn method_not_allowed() -> Response {
    let mut response = json_error(
        StatusCode::METHOD_NOT_ALLOWED,
        "只支持 GET 请求:参数放在查询字符串中,如 /api/search?q=印章",
    );
    response
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
    response
}

/// `GET /api/stats`: the query statistics (404 when they are turned off; 401 without the
/// token, when one is configured).
pub async fn get_stats(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Err(denied) = access::check(state.config.stats_token.as_ref(), &headers) {
        let mut response = json_error(StatusCode::UNAUTHORIZED, denied.message());
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, access::Denied::challenge(false));
        return response;
    }
    match &state.stats {
        Some(stats) => Json(stats.report(STATS_LIMIT)).into_response(),
        None => json_error(StatusCode::NOT_FOUND, STATS_OFF),
    }
}

/// Any other `/api` path.
pub async fn not_found() -> Response {
    json_error(
        StatusCode::NOT_FOUND,
        "没有这个接口:可用 /api/search、/api/ask、/api/measures/{id}、/api/docs/{id}",
    )
}
