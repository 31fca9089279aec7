//! A search request ([`SearchQuery`]) and the one place it is checked: [`SearchQuery::check`]
//! (every limit, with the messages a user reads) and [`SearchQueryBuilder`], which builds a
//! checked query from typed values (the HTTP parameters, the command line, the Q&A). The
//! engine checks again what it is given, with the same messages.
//!
//! The filters ([`Filters`], in `filters.rs`) are the facets a user ticks — several values of
//! one facet widen the search (OR), facets narrow each other (AND) — and a date range by month
//! ([`Month`], in `month.rs`). How they become a tantivy query is [`crate::search::query`];
//! how the facets are counted under them is [`crate::search::facets`].

mod builder;
mod facet_set;
mod filters;
mod month;

pub use builder::SearchQueryBuilder;
pub use facet_set::FacetSet;
pub use filters::{FacetKind, Filters};
pub use month::Month;

use serde::{Deserialize, Serialize};

use crate::corpus::date::PLAN_YEARS;
use crate::{Error, Result};

/// Largest page size accepted from a user.
pub const MAX_LIMIT: usize = 100;
/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Largest offset accepted (deep pages cost a full sort).
pub const MAX_OFFSET: usize = 10_000;
/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 10;
/// Most values one facet filter takes (`region=…&region=…`): a bound on the query built.
pub const MAX_FILTER_VALUES: usize = 20;

/// What the user asked for: words, filters, sort and page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// The query as typed (may be empty when filters alone are given), with its syntax
    /// (`"…"` phrases, `-word` exclusions: [`crate::search::syntax`]).
    pub q: String,
    /// The facet values and the date range every result must satisfy.
    #[serde(flatten)]
    pub filters: Filters,
    /// Relevance (default) or newest document first.
    pub sort: Sort,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped (page × limit).
    pub offset: usize,
    /// The facets counted over all matches: every one by default; none for the Q&A, which
    /// does not show them.
    #[serde(skip)]
    pub facets: FacetSet,
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            q: String::new(),
            filters: Filters::default(),
            sort: Sort::Relevance,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facets: FacetSet::ALL,
        }
    }
}

/// The first 20 characters of a refused value, for messages.
pub fn clip(value: &str) -> String {
    let mut clipped: String = value.chars().take(20).collect();
    if clipped.len() < value.len() {
        clipped.push('…');
    }
    clipped
}

/// Result order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest document first.
    Date,
}

/// Lowest and highest year a filter accepts: the years a plan may name
/// ([`crate::corpus::date::PLAN_YEARS`]), one constant for ingest and requests.
pub const YEARS: std::ops::RangeInclusive<i32> =
    (*PLAN_YEARS.start() as i32)..=(*PLAN_YEARS.end() as i32);

impl SearchQuery {
    /// A builder of a checked query.
    pub fn builder() -> SearchQueryBuilder {
        SearchQueryBuilder::default()
    }

    /// Checks every limit: page size, query length, offset, the filters' values and range.
    pub fn check(&self) -> Result<()> {
        check_text("q", &self.q)?;
        check_limit(self.limit)?;
        if self.offset > MAX_OFFSET {
            return Err(Error::invalid(
                "page",
                format!("页码过大:最多翻到第 {MAX_OFFSET} 条结果,请缩小检索范围"),
            ));
        }
        self.filters.check()
    }
}

/// Checks a page size (of a search, of the similar measures).
pub fn check_limit(limit: usize) -> Result<()> {
    if (1..=MAX_LIMIT).contains(&limit) {
        Ok(())
    } else {
        Err(bad_limit(&limit.to_string()))
    }
}

/// Checks a free text (`q` of a search or a question): at most [`MAX_QUERY_CHARS`] characters.
pub fn check_text(name: &'static str, text: &str) -> Result<()> {
    let chars = text.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(Error::invalid(
            name,
            format!("查询过长:最多 {MAX_QUERY_CHARS} 个字,收到 {chars} 个字"),
        ));
    }
    Ok(())
}

/// A page size that is not one (`shown` as received).
pub fn bad_limit(shown: &str) -> Error {
    Error::invalid(
        "limit",
        format!("每页条数须为 1 到 {MAX_LIMIT} 之间的整数,收到「{shown}」"),
    )
}

/// A page number that is not one.
pub fn bad_page(shown: &str) -> Error {
    Error::invalid("page", format!("页码须为从 1 开始的整数,收到「{shown}」"))
}

/// A year that is not one.
pub fn bad_year(shown: &str) -> Error {
    Error::invalid(
        "year",
        format!(
            "年份须为 {} 到 {} 之间的四位数字,如 2020,收到「{shown}」",
            YEARS.start(),
            YEARS.end()
        ),
    )
}

impl Sort {
    /// The order a parameter names: `relevance` or `date`.
    pub fn parse(name: &str) -> Result<Sort> {
        match name {
            "relevance" => Ok(Sort::Relevance),
            "date" => Ok(Sort::Date),
            other => Err(Error::invalid(
                "sort",
                format!("排序方式须为 relevance(相关度)或 date(日期),收到「{other}」"),
            )),
        }
    }
}

/// The parameter an error names, for the tests of each part.
#[cfg(test)]
fn param_of(err: Error) -> String {
    match err {
        Error::User(crate::error::UserError::InvalidParameter { name, .. }) => name.to_owned(),
        other => panic!("not a parameter error: {other}"),
    }
}
