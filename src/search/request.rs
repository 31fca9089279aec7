//! A search request ([`SearchQuery`]) and the one place it is checked: [`SearchQuery::check`]
//! (every limit, with the messages a user reads) and [`SearchQueryBuilder`], which builds a
//! checked query from typed values (the HTTP parameters, the command line, the Q&A). The
//! engine checks again what it is given, with the same messages.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Largest page size accepted from a user.
pub const MAX_LIMIT: usize = 100;
/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Largest offset accepted (deep pages cost a full sort).
pub const MAX_OFFSET: usize = 10_000;
/// Page size when none is asked for.
pub const DEFAULT_LIMIT: usize = 10;

/// What the user asked for: words, filters, sort and page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchQuery {
    /// The query as typed (may be empty when filters alone are given).
    pub q: String,
    /// Region path prefix (`山东省/威海市`), also matching the places inside it.
    pub region: Option<String>,
    /// Canonical domain.
    pub domain: Option<String>,
    /// Lead unit, as written.
    pub lead_unit: Option<String>,
    /// Year of the document.
    pub year: Option<i32>,
    /// Beneficiary label (受益对象, a label of `data/beneficiaries.toml`).
    #[serde(default)]
    pub beneficiary: Option<String>,
    /// Benefit type (惠企方式, a label of `data/benefit_types.toml`).
    #[serde(default)]
    pub benefit_type: Option<String>,
    /// Relevance (default) or newest document first.
    pub sort: Sort,
    /// Hits per page.
    pub limit: usize,
    /// Hits skipped (page × limit).
    pub offset: usize,
    /// Whether to count facets over all matches (the Q&A does not show them).
    #[serde(skip, default = "counted")]
    pub facets: bool,
}

fn counted() -> bool {
    true
}

impl Default for SearchQuery {
    fn default() -> Self {
        SearchQuery {
            q: String::new(),
            region: None,
            domain: None,
            lead_unit: None,
            year: None,
            beneficiary: None,
            benefit_type: None,
            sort: Sort::Relevance,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facets: true,
        }
    }
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

/// Lowest and highest year a filter accepts.
pub const YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

impl SearchQuery {
    /// A builder of a checked query.
    pub fn builder() -> SearchQueryBuilder {
        SearchQueryBuilder::default()
    }

    /// Checks every limit: page size, query length, offset, year, filter lengths.
    pub fn check(&self) -> Result<()> {
        check_text("q", &self.q)?;
        check_limit(self.limit)?;
        if self.offset > MAX_OFFSET {
            return Err(Error::invalid(
                "page",
                format!("页码过大:最多翻到第 {MAX_OFFSET} 条结果,请缩小检索范围"),
            ));
        }
        if let Some(year) = self.year {
            if !YEARS.contains(&year) {
                return Err(bad_year(&year.to_string()));
            }
        }
        for (name, value) in [
            ("region", &self.region),
            ("domain", &self.domain),
            ("lead_unit", &self.lead_unit),
            ("beneficiary", &self.beneficiary),
            ("benefit_type", &self.benefit_type),
        ] {
            if value
                .as_ref()
                .is_some_and(|v| v.chars().count() > MAX_QUERY_CHARS)
            {
                return Err(Error::invalid(
                    name,
                    format!("筛选条件过长:最多 {MAX_QUERY_CHARS} 个字"),
                ));
            }
        }
        Ok(())
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
    Error::invalid("year", format!("年份须为四位数字,如 2020,收到「{shown}」"))
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

/// Builds a [`SearchQuery`] from typed values and checks it ([`SearchQuery::check`]); the page
/// (from 1) becomes the offset.
#[derive(Debug, Clone)]
pub struct SearchQueryBuilder {
    query: SearchQuery,
    page: usize,
}

impl Default for SearchQueryBuilder {
    fn default() -> Self {
        SearchQueryBuilder {
            query: SearchQuery::default(),
            page: 1,
        }
    }
}

impl SearchQueryBuilder {
    /// The query text.
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.query.q = q.into();
        self
    }

    /// Region filter (a path or a place name).
    pub fn region(mut self, region: Option<String>) -> Self {
        self.query.region = region;
        self
    }

    /// Domain filter.
    pub fn domain(mut self, domain: Option<String>) -> Self {
        self.query.domain = domain;
        self
    }

    /// Lead unit filter.
    pub fn lead_unit(mut self, lead_unit: Option<String>) -> Self {
        self.query.lead_unit = lead_unit;
        self
    }

    /// Year filter.
    pub fn year(mut self, year: Option<i32>) -> Self {
        self.query.year = year;
        self
    }

    /// Beneficiary filter.
    pub fn beneficiary(mut self, beneficiary: Option<String>) -> Self {
        self.query.beneficiary = beneficiary;
        self
    }

    /// Benefit type filter.
    pub fn benefit_type(mut self, benefit_type: Option<String>) -> Self {
        self.query.benefit_type = benefit_type;
        self
    }

    /// Result order.
    pub fn sort(mut self, sort: Sort) -> Self {
        self.query.sort = sort;
        self
    }

    /// Hits per page.
    pub fn limit(mut self, limit: usize) -> Self {
        self.query.limit = limit;
        self
    }

    /// Page, from 1.
    pub fn page(mut self, page: usize) -> Self {
        self.page = page;
        self
    }

    /// Whether to count facets.
    pub fn facets(mut self, facets: bool) -> Self {
        self.query.facets = facets;
        self
    }

    /// The checked query.
    pub fn build(self) -> Result<SearchQuery> {
        let mut query = self.query;
        check_limit(query.limit)?;
        if self.page == 0 {
            return Err(bad_page("0"));
        }
        query.offset = (self.page - 1).saturating_mul(query.limit);
        query.check()?;
        Ok(query)
    }
}
