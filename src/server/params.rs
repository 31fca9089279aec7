//! Query parameters → a checked [`SearchQuery`], as an axum extractor ([`SearchParams`]). The
//! strings are parsed here; the values are checked by [`SearchQueryBuilder`], the one place a
//! search request is checked. Every refusal is a
//! [`UserError::InvalidParameter`](crate::error::UserError) with a message in Chinese that the
//! page (HTML) or the body (JSON) shows as is. Unknown parameters are ignored; empty ones
//! (what a form submits for a blank field) mean "not given".

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};

use crate::search::request::{bad_limit, bad_page, check_text, clip, FacetKind, FacetSet, Month};
use crate::search::{SearchQuery, Sort, DEFAULT_LIMIT};
use crate::server::error::PageError;
use crate::{Error, Result};

/// The raw pairs of a query string, as axum's `Query<Vec<(String, String)>>` gives them.
pub type RawParams = [(String, String)];

/// A checked search request read from the query string (`/search`, `/api/search`). Handlers
/// take `Result<SearchParams, Rejected>` and turn the refusal into a page or a JSON body.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchParams(pub SearchQuery);

impl<S: Send + Sync> FromRequestParts<S> for SearchParams {
    type Rejection = Rejected;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Rejected> {
        let pairs = pairs(parts, state).await.map_err(Rejected)?;
        search_query(&pairs).map(SearchParams).map_err(Rejected)
    }
}

/// A request refused by an extractor: the error page by default; `?` in a handler turns it
/// into the handler's own error (a page or a JSON body).
#[derive(Debug)]
pub struct Rejected(pub Error);

impl From<Rejected> for Error {
    fn from(rejected: Rejected) -> Error {
        rejected.0
    }
}

impl IntoResponse for Rejected {
    fn into_response(self) -> Response {
        PageError(self.0).into_response()
    }
}

/// The pairs of the query string, or a 400 for a query string that cannot be read.
pub async fn pairs<S: Send + Sync>(parts: &mut Parts, state: &S) -> Result<Vec<(String, String)>> {
    Query::<Vec<(String, String)>>::from_request_parts(parts, state)
        .await
        .map(|Query(pairs)| pairs)
        .map_err(|err| Error::invalid("query", format!("无法解析查询参数:{}", err.body_text())))
}

/// The last non-empty value of `name`, trimmed.
pub fn get<'a>(params: &'a RawParams, name: &str) -> Option<&'a str> {
    params
        .iter()
        .rev()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value.trim())
        .find(|value| !value.is_empty())
}

/// Every non-empty value of `name`, trimmed, in order (`region=A&region=B`).
pub fn all<'a>(params: &'a RawParams, name: &'a str) -> impl Iterator<Item = &'a str> {
    params
        .iter()
        .filter(move |(key, _)| key == name)
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
}

/// Parses `/search` and `/api/search` parameters: `q page sort limit`, each facet's values
/// (`region domain lead_unit year beneficiary benefit_type`, repeated for several: any of
/// them), the date range `from to` (months, `YYYY-MM`) and the facets to count (`facets`,
/// [`FacetSet::parse`]: every one when not given). `page` counts from 1.
pub fn search_query(params: &RawParams) -> Result<SearchQuery> {
    let number = |name: &str, bad: fn(&str) -> Error| -> Result<Option<usize>> {
        get(params, name)
            .map(|raw| raw.parse::<usize>().map_err(|_| bad(&clip(raw))))
            .transpose()
    };
    let limit = number("limit", bad_limit)?.unwrap_or(DEFAULT_LIMIT);
    let page = number("page", bad_page)?.unwrap_or(1);
    let month = |name: &'static str| get(params, name).map(|raw| Month::parse(name, raw));
    let (from, to) = (month("from").transpose()?, month("to").transpose()?);
    let sort = match get(params, "sort") {
        None => Sort::Relevance,
        Some(raw) => Sort::parse(&clip(raw))?,
    };
    let text = |name| get(params, name).map(str::to_owned);
    let mut builder = SearchQuery::builder().q(text("q").unwrap_or_default());
    for kind in FacetKind::ALL {
        builder = builder.filter(kind, all(params, kind.param()).map(str::to_owned));
    }
    builder
        .from(from)
        .to(to)
        .facets(FacetSet::parse(all(params, "facets"))?)
        .sort(sort)
        .limit(limit)
        .page(page)
        .build()
}

/// Parses a free-text parameter (`q` of `/ask`): trimmed, at most
/// [`MAX_QUERY_CHARS`](crate::search::MAX_QUERY_CHARS) characters, `None` when absent or blank.
pub fn question(params: &RawParams, name: &'static str) -> Result<Option<String>> {
    match get(params, name) {
        None => Ok(None),
        Some(q) => check_text(name, q).map(|()| Some(q.to_owned())),
    }
}

/// Query pairs from string slices (the unit tests' requests).
#[cfg(test)]
pub fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::request::Filters;
    use crate::search::MAX_QUERY_CHARS;

    use super::owned as params;

    fn message(err: Error) -> String {
        err.to_string()
    }

    #[test]
    fn defaults_when_nothing_is_given() {
        let query = search_query(&[]).unwrap();
        assert_eq!(query, SearchQuery::default());
    }

    #[test]
    fn every_parameter_is_read() {
        let query = search_query(&params(&[
            ("q", " 印章 "),
            ("region", "山东省/威海市"),
            ("domain", "开办企业"),
            ("lead_unit", "市行政审批服务局"),
            ("year", "2020"),
            ("beneficiary", "小微企业"),
            ("benefit_type", "补贴奖励"),
            ("page", "3"),
            ("sort", "date"),
            ("limit", "20"),
            ("utm_source", "ignored"),
        ]))
        .unwrap();
        assert_eq!(
            query,
            SearchQuery {
                q: "印章".into(),
                filters: Filters {
                    region: vec!["山东省/威海市".into()],
                    domain: vec!["开办企业".into()],
                    lead_unit: vec!["市行政审批服务局".into()],
                    year: vec![2020],
                    beneficiary: vec!["小微企业".into()],
                    benefit_type: vec!["补贴奖励".into()],
                    ..Default::default()
                },
                sort: Sort::Date,
                limit: 20,
                offset: 40,
                facets: FacetSet::ALL,
            }
        );
        let some = search_query(&params(&[("facets", "region,domain")])).unwrap();
        assert_eq!(
            some.facets,
            FacetSet::of([FacetKind::Region, FacetKind::Domain])
        );
        let none = search_query(&params(&[("facets", "none")])).unwrap();
        assert_eq!(none.facets, FacetSet::NONE);
        let err = search_query(&params(&[("facets", "regions")])).unwrap_err();
        assert!(message(err).contains("facets"));
    }

    #[test]
    fn blank_fields_mean_not_given() {
        let query = search_query(&params(&[
            ("q", ""),
            ("region", " "),
            ("year", ""),
            ("page", ""),
            ("sort", ""),
        ]))
        .unwrap();
        assert_eq!(query, SearchQuery::default());
    }

    #[test]
    fn bad_pages_are_refused_with_a_message() {
        for bad in ["-1", "abc", "0", "1.5", "99999999999999999999999"] {
            let err = search_query(&params(&[("page", bad)])).unwrap_err();
            assert!(message(err).contains("page"), "{bad}");
        }
        let err = search_query(&params(&[("page", "5000")])).unwrap_err();
        assert!(message(err).contains("页码过大"));
    }

    #[test]
    fn bad_limits_years_and_sorts_are_refused() {
        for (name, bad) in [
            ("limit", "0"),
            ("limit", "101"),
            ("limit", "x"),
            ("year", "20"),
            ("year", "二〇二〇"),
            ("sort", "random"),
        ] {
            let err = search_query(&params(&[(name, bad)])).unwrap_err();
            assert!(message(err).contains(name), "{name}={bad}");
        }
    }

    #[test]
    fn long_queries_are_refused_and_short_ones_kept() {
        let long = "营".repeat(MAX_QUERY_CHARS + 1);
        let err = search_query(&params(&[("q", &long)])).unwrap_err();
        assert!(message(err).contains("查询过长"));
        let fits = "营".repeat(MAX_QUERY_CHARS);
        assert_eq!(search_query(&params(&[("q", &fits)])).unwrap().q, fits);
    }

    #[test]
    fn the_last_query_wins_and_every_filter_value_is_kept() {
        let query = search_query(&params(&[
            ("q", "甲"),
            ("q", "乙"),
            ("region", "山东省"),
            ("region", " 辽宁省 "),
            ("region", "山东省"),
            ("region", ""),
            ("year", "2020"),
            ("year", "2022"),
            ("domain", "纳税"),
            ("domain", "开办企业"),
            ("lead_unit", "市财政局"),
            ("lead_unit", "市税务局"),
        ]))
        .unwrap();
        assert_eq!(query.q, "乙");
        assert_eq!(
            query.filters.region,
            ["山东省", "辽宁省"],
            "repeats kept once"
        );
        assert_eq!(query.filters.year, [2020, 2022]);
        assert_eq!(query.filters.domain, ["纳税", "开办企业"]);
        assert_eq!(query.filters.lead_unit, ["市财政局", "市税务局"]);
    }

    #[test]
    fn date_ranges_are_read_by_month_and_checked() {
        let query = search_query(&params(&[("from", "2021-03"), ("to", "2022-6")])).unwrap();
        assert_eq!(query.filters.from.unwrap().to_string(), "2021-03");
        assert_eq!(query.filters.to.unwrap().to_string(), "2022-06");
        let whole_years = search_query(&params(&[("from", "2021"), ("to", "2021")])).unwrap();
        assert_eq!(
            (
                whole_years.filters.from.unwrap().to_string(),
                whole_years.filters.to.unwrap().to_string()
            ),
            ("2021-01".to_owned(), "2021-12".to_owned())
        );
        for (pairs, name) in [
            (vec![("from", "2021-13")], "from"),
            (vec![("to", "去年")], "to"),
            (vec![("from", "2022-07"), ("to", "2021-03")], "from"),
            (vec![("to", "1800-01")], "to"),
        ] {
            let err = search_query(&params(&pairs)).unwrap_err();
            assert!(message(err).contains(name), "{pairs:?}");
        }
    }

    #[test]
    fn too_many_values_of_a_facet_are_refused() {
        let many: Vec<(&str, &str)> = (0..=crate::search::request::MAX_FILTER_VALUES)
            .map(|_| ("domain", "纳税"))
            .collect();
        assert!(search_query(&params(&many)).is_ok(), "repeats count once");
        let names: Vec<String> = (0..=crate::search::request::MAX_FILTER_VALUES)
            .map(|i| format!("领域{i}"))
            .collect();
        let distinct: Vec<(&str, &str)> = names.iter().map(|n| ("domain", n.as_str())).collect();
        let err = search_query(&params(&distinct)).unwrap_err();
        assert!(message(err).contains("domain"), "names the parameter");
    }
}
