//! HTML handlers: parse the parameters, run the search off the runtime, render a view.
//! Refused parameters give the error page with 400; an unknown id gives 404.

use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use crate::ask::Answer;
use crate::corpus::date::PolicyDate;
use crate::corpus::region_path::RegionPath;
use crate::extract::units::LeadUnit;
use crate::search::request::{FacetSet, Filters, Month};
use crate::search::{SearchEngine, SearchQuery, SearchResults};
use crate::server::access;
use crate::server::error::PageError;
use crate::server::params::{self, Rejected, SearchParams};
use crate::server::state::{AppState, Searched};
use crate::server::work::{self, blocking, try_ask};
use crate::{views, Error};

/// The query pairs, or a 400 for a query string that cannot be read.
pub(crate) fn pairs(
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> crate::Result<Vec<(String, String)>> {
    query
        .map(|Query(pairs)| pairs)
        .map_err(|err| Error::invalid("query", format!("无法解析查询参数:{}", err.body_text())))
}

/// The id of a `{*id}` route, or a 400 when it is not valid UTF-8.
pub(crate) fn id_of(path: Result<Path<String>, PathRejection>) -> crate::Result<String> {
    path.map(|Path(id)| id)
        .map_err(|err| Error::invalid("id", format!("无法解析编号:{}", err.body_text())))
}

/// Queries listed on `/stats` and `/api/stats`, per list.
pub(crate) const STATS_LIMIT: usize = 50;
/// What `/stats` says when the statistics are turned off.
pub(crate) const STATS_OFF: &str = "本站未开启检索统计(serve --no-query-stats)";

/// The search to count for `query`: the first page of a search with words (later pages and
/// browsing by filters alone are not something someone typed).
pub(crate) fn searched(query: &SearchQuery, results: &SearchResults) -> Option<Searched> {
    (query.offset == 0 && !query.q.trim().is_empty()).then(|| Searched {
        query: query.q.clone(),
        found: results.total > 0,
    })
}

/// `response` with the search it answered attached, for the request middleware to count.
pub(crate) fn counted(response: impl IntoResponse, searched: Option<Searched>) -> Response {
    let mut response = response.into_response();
    if let Some(searched) = searched {
        response.extensions_mut().insert(searched);
    }
    response
}

/// `GET /`: search box, domains with counts, regions, examples.
pub async fn get_home(engine: SearchEngine) -> Result<Markup, PageError> {
    let overview = blocking(move || engine.overview()).await?;
    Ok(views::home::page(&overview))
}

/// `GET /search?q=&region=&domain=&lead_unit=&year=&page=&sort=`.
pub async fn get_search(
    engine: SearchEngine,
    query: Result<SearchParams, Rejected>,
) -> Result<Response, PageError> {
    let query = query?.0;
    let wants_answer = query.offset == 0 && crate::question::looks_like_question(&query.q);
    let resolved = engine.resolve_filters(&query.filters);
    let answer = wants_answer.then(|| try_ask(engine.clone(), query.q.clone()));
    let search = { work::search(engine.clone(), query.clone()) };
    let (results, answer) = match answer {
        Some(answer) => {
            let (results, answer) = tokio::join!(search, answer);
            (results?, answer.ok().flatten())
        }
        None => (search.await?, None),
    };
    let answer = answer
        .filter(|answer| answer.found)
        .and_then(|answer| within_filters(answer, &resolved));
    let record = searched(&query, &results);
    Ok(counted(
        views::search::page(&query, &results, answer.as_ref()),
        record,
    ))
}

/// The answer card for a filtered search: the answer only when the measure it quotes
/// satisfies every active filter (so the card never quotes 威海 above results limited to
/// 辽宁省), and its per-region rows limited to the regions ticked. The Q&A runs unfiltered,
/// so an answer whose quoted measure cannot be checked is left out too. `filters` are the
/// query's, resolved as the search resolves them (威海 → 山东省/威海市).
fn within_filters(mut answer: Answer, filters: &Filters) -> Option<Answer> {
    if filters.is_empty() {
        return Some(answer);
    }
    let in_region = |path: &str| {
        filters.region.is_empty()
            || filters
                .region
                .iter()
                .any(|area| RegionPath::new(path).within(area))
    };
    let quoted = answer.quote.as_ref()?;
    let cited = answer
        .citations
        .iter()
        .find(|c| c.measure.id == quoted.measure_id)?;
    let any_or_none = |values: &[String], ok: &dyn Fn(&str) -> bool| {
        values.is_empty() || values.iter().any(|v| ok(v.trim()))
    };
    let cited_month = cited
        .measure
        .date
        .as_deref()
        .and_then(PolicyDate::parse)
        .and_then(Month::of_date);
    let in_range = (filters.from.is_none() && filters.to.is_none())
        || cited_month.is_some_and(|m| {
            filters.from.is_none_or(|from| m >= from) && filters.to.is_none_or(|to| m <= to)
        });
    // a citation carries no benefit facts: under those filters the card cannot be checked
    let matches = in_region(&cited.measure.region)
        && filters.beneficiary.is_empty()
        && filters.benefit_type.is_empty()
        && any_or_none(&filters.domain, &|domain| cited.measure.domain == domain)
        && any_or_none(&filters.lead_unit, &|key| {
            cited
                .measure
                .lead_units
                .iter()
                .any(|u| LeadUnit::of(u, &cited.measure.region).key() == key)
        })
        && (filters.year.is_empty() || cited_month.is_some_and(|m| filters.year.contains(&m.year)))
        && in_range;
    if !matches {
        return None;
    }
    answer.by_region.retain(|row| in_region(&row.region));
    Some(answer)
}

/// `GET /measures/{*id}`: the measure, its neighbours, its precedents in other regions.
pub async fn get_measure(
    engine: SearchEngine,
    id: Result<Path<String>, PathRejection>,
) -> Result<Markup, PageError> {
    let id = id_of(id)?;
    let (measure, document, similar) = blocking(move || {
        let measure = engine.measure(&id)?;
        let document = engine
            .document(&measure.doc_id)
            .inspect_err(
                |err| tracing::warn!(error = %err, id = %measure.doc_id, "document of a measure"),
            )
            .ok();
        let similar = crate::ask::precedents::similar(&engine, &id, 8)
            .inspect_err(|err| tracing::warn!(error = %err, %id, "similar measures"))
            .unwrap_or_default();
        Ok((measure, document, similar))
    })
    .await?;
    Ok(views::measure::page(&measure, document.as_ref(), &similar))
}

/// `GET /docs/{*doc_id}`: metadata and the outline.
pub async fn get_document(
    engine: SearchEngine,
    id: Result<Path<String>, PathRejection>,
) -> Result<Markup, PageError> {
    let id = id_of(id)?;
    let view = blocking(move || engine.document(&id)).await?;
    Ok(views::doc::page(&view))
}

/// `GET /ask?q=`: the answer card (the question box alone without `q`).
pub async fn get_ask(
    engine: SearchEngine,
    query: Result<Query<Vec<(String, String)>>, QueryRejection>,
) -> Result<Response, PageError> {
    let question = params::question(&pairs(query)?, "q")?;
    let answer = match &question {
        Some(q) => try_ask(engine, q.clone()).await?,
        None => None,
    };
    let record = question
        .as_ref()
        .zip(answer.as_ref())
        .map(|(q, a)| Searched {
            query: q.clone(),
            found: a.found,
        });
    Ok(counted(
        views::ask::page(question.as_deref(), answer.as_ref()),
        record,
    ))
}

/// `GET /embed?q=&region=&domain=…`: the bare page for an `<iframe>`.
pub async fn get_embed(
    engine: SearchEngine,
    query: Result<SearchParams, Rejected>,
) -> Result<Response, PageError> {
    let query = query?.0;
    let scoped = !query.q.is_empty() || !query.filters.is_empty();
    let results = if scoped {
        // The embedded list shows hits and the total, no facet.
        let query = SearchQuery {
            facets: FacetSet::NONE,
            ..query.clone()
        };
        Some(work::search(engine, query).await?)
    } else {
        None
    };
    let record = results.as_ref().and_then(|r| searched(&query, r));
    Ok(counted(
        views::embed::page(&query, results.as_ref()),
        record,
    ))
}

/// `GET /stats`: for officials, what people searched for and what found nothing (404 when
/// the statistics are turned off; 401 with a Basic challenge without the token, when one is
/// configured: the browser then asks for it).
pub async fn get_stats(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Err(denied) = access::check(state.config.stats_token.as_ref(), &headers) {
        let mut response = (
            StatusCode::UNAUTHORIZED,
            views::error::page(401, denied.message()),
        )
            .into_response();
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, access::Denied::challenge(true));
        return response;
    }
    match &state.stats {
        Some(stats) => views::stats::page(&stats.report(STATS_LIMIT)).into_response(),
        None => (StatusCode::NOT_FOUND, views::error::page(404, STATS_OFF)).into_response(),
    }
}

/// The site's address as the browser used it (`http://127.0.0.1:8080`), for absolute links:
/// the `Host` header when it is a plain host name, the scheme from `X-Forwarded-Proto`.
pub fn site_base(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            h.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.:[]".contains(c))
        })
        .unwrap_or("127.0.0.1:8080");
    let scheme = match headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
    {
        Some("https") => "https",
        _ => "http",
    };
    format!("{scheme}://{host}")
}

/// `GET /opensearch.xml`, with URLs on the host the browser used.
pub async fn get_opensearch(headers: HeaderMap) -> Response {
    let xml = views::embed::opensearch(&site_base(&headers));
    (
        [(
            header::CONTENT_TYPE,
            "application/opensearchdescription+xml; charset=utf-8",
        )],
        xml.into_string(),
    )
        .into_response()
}

/// `GET /help`: query syntax, filters, export and the JSON API.
pub async fn get_help() -> Markup {
    views::help::page()
}

/// A method other than GET on a page: 405 with `Allow` and the error page.
pub async fn method_not_allowed() -> Response {
    (
        StatusCode::METHOD_NOT_ALLOWED,
        [(header::ALLOW, "GET, HEAD")],
        views::error::page(405, "该页面只支持 GET 请求,请在浏览器中打开。"),
    )
        .into_response()
}

/// The 404 page for an unknown path.
pub fn not_found_page() -> Response {
    (
        StatusCode::NOT_FOUND,
        views::error::page(404, "该页面不存在。可以从首页检索政策措施。"),
    )
        .into_response()
}
