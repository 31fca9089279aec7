//! Query parameters → a checked [`SearchQuery`]. Pure and unit-tested: every refusal is a
//! [`UserError::InvalidParameter`](crate::error::UserError) with a message in Chinese that the
//! page (HTML) or the body (JSON) shows as is. Unknown parameters are ignored; empty ones
//! (what a form submits for a blank field) mean "not given".

use crate::search::{SearchQuery, Sort, DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS};
use crate::{Error, Result};

/// The raw pairs of a query string, as axum's `Query<Vec<(String, String)>>` gives them.
pub type RawParams = [(String, String)];

/// The last non-empty value of `name`, trimmed.
pub fn get<'a>(params: &'a RawParams, name: &str) -> Option<&'a str> {
    params
        .iter()
        .rev()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value.trim())
        .find(|value| !value.is_empty())
}

/// Parses `/search` and `/api/search` parameters: `q region domain lead_unit year page sort
/// limit`. `page` counts from 1.
pub fn search_query(params: &RawParams) -> Result<SearchQuery> {
    let q = question(params, "q")?.unwrap_or_default();
    let limit = match get(params, "limit") {
        None => DEFAULT_LIMIT,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
            _ => {
                return Err(Error::invalid(
                    "limit",
                    format!(
                        "每页条数须为 1 到 {MAX_LIMIT} 之间的整数,收到「{}」",
                        clip(raw)
                    ),
                ))
            }
        },
    };
    let page = match get(params, "page") {
        None => 1,
        Some(raw) => match raw.parse::<usize>() {
            Ok(n) if n >= 1 => n,
            _ => {
                return Err(Error::invalid(
                    "page",
                    format!("页码须为从 1 开始的整数,收到「{}」", clip(raw)),
                ))
            }
        },
    };
    let offset = (page - 1).saturating_mul(limit);
    if offset > MAX_OFFSET {
        return Err(Error::invalid(
            "page",
            format!("页码过大:最多翻到第 {MAX_OFFSET} 条结果,请缩小检索范围"),
        ));
    }
    let year = match get(params, "year") {
        None => None,
        Some(raw) => match raw.parse::<i32>() {
            Ok(y) if (1949..=2100).contains(&y) => Some(y),
            _ => {
                return Err(Error::invalid(
                    "year",
                    format!("年份须为四位数字,如 2020,收到「{}」", clip(raw)),
                ))
            }
        },
    };
    let sort = match get(params, "sort") {
        None | Some("relevance") => Sort::Relevance,
        Some("date") => Sort::Date,
        Some(other) => {
            return Err(Error::invalid(
                "sort",
                format!(
                    "排序方式须为 relevance(相关度)或 date(日期),收到「{}」",
                    clip(other)
                ),
            ))
        }
    };
    Ok(SearchQuery {
        q,
        region: filter(params, "region")?,
        domain: filter(params, "domain")?,
        lead_unit: filter(params, "lead_unit")?,
        year,
        sort,
        limit,
        offset,
    })
}

/// Parses a free-text parameter (`q` of `/search` and `/ask`): trimmed, at most
/// [`MAX_QUERY_CHARS`] characters, `None` when absent or blank.
pub fn question(params: &RawParams, name: &'static str) -> Result<Option<String>> {
    match get(params, name) {
        None => Ok(None),
        Some(q) => {
            let chars = q.chars().count();
            if chars > MAX_QUERY_CHARS {
                Err(Error::invalid(
                    name,
                    format!("查询过长:最多 {MAX_QUERY_CHARS} 个字,收到 {chars} 个字"),
                ))
            } else {
                Ok(Some(q.to_owned()))
            }
        }
    }
}

/// A filter value (region, domain, lead unit): at most [`MAX_QUERY_CHARS`] characters.
fn filter(params: &RawParams, name: &'static str) -> Result<Option<String>> {
    match get(params, name) {
        Some(value) if value.chars().count() > MAX_QUERY_CHARS => Err(Error::invalid(
            name,
            format!("筛选条件过长:最多 {MAX_QUERY_CHARS} 个字"),
        )),
        value => Ok(value.map(str::to_owned)),
    }
}

/// The first 20 characters of a refused value, for messages.
fn clip(value: &str) -> String {
    let mut clipped: String = value.chars().take(20).collect();
    if clipped.len() < value.len() {
        clipped.push('…');
    }
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

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
                region: Some("山东省/威海市".into()),
                domain: Some("开办企业".into()),
                lead_unit: Some("市行政审批服务局".into()),
                year: Some(2020),
                sort: Sort::Date,
                limit: 20,
                offset: 40,
            }
        );
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
    fn the_last_value_wins() {
        let query = search_query(&params(&[("q", "甲"), ("q", "乙")])).unwrap();
        assert_eq!(query.q, "乙");
    }
}
