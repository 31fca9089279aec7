//! A search request ([`SearchQuery`]) and the one place it is checked: [`SearchQuery::check`]
//! (every limit, with the messages a user reads) and [`SearchQueryBuilder`], which builds a
//! checked query from typed values (the HTTP parameters, the command line, the Q&A). The
//! engine checks again what it is given, with the same messages.
//!
//! The filters ([`Filters`]) are the facets a user ticks — several values of one facet widen
//! the search (OR), facets narrow each other (AND) — and a date range by month. How they
//! become a tantivy query is [`crate::search::query`]; how the facets are counted under them
//! is [`crate::search::facets`].

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::corpus::date::PolicyDate;
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
            filters: Filters::default(),
            sort: Sort::Relevance,
            limit: DEFAULT_LIMIT,
            offset: 0,
            facets: true,
        }
    }
}

pub use crate::index::schema::FacetKind;

/// The filters of a search: for each facet the values ticked (a result carries at least one
/// of them: OR within a facet), every facet with values and the date range applying together
/// (AND). Empty: no filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    /// Region paths (`山东省/威海市`) or place names (威海), each with the places inside it.
    pub region: Vec<String>,
    /// Canonical domains.
    pub domain: Vec<String>,
    /// Lead units: `unit@region path` as the facet lists them, or a unit alone.
    pub lead_unit: Vec<String>,
    /// Years of the document.
    pub year: Vec<i32>,
    /// Beneficiary labels (受益对象).
    pub beneficiary: Vec<String>,
    /// Benefit types (惠企方式).
    pub benefit_type: Vec<String>,
    /// The document dated in this month or later.
    pub from: Option<Month>,
    /// The document dated in this month or earlier.
    pub to: Option<Month>,
}

impl Filters {
    /// Only `value` of `kind` ticked.
    pub fn one(kind: FacetKind, value: &str) -> Filters {
        let mut filters = Filters::default();
        filters.add(kind, value);
        filters
    }

    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        FacetKind::ALL.iter().all(|&kind| self.count(kind) == 0)
            && self.from.is_none()
            && self.to.is_none()
    }

    /// The values of a facet written as text (every facet but the year, whose values are
    /// numbers).
    fn labels(&self, kind: FacetKind) -> Option<&Vec<String>> {
        match kind {
            FacetKind::Region => Some(&self.region),
            FacetKind::Domain => Some(&self.domain),
            FacetKind::LeadUnit => Some(&self.lead_unit),
            FacetKind::Beneficiary => Some(&self.beneficiary),
            FacetKind::BenefitType => Some(&self.benefit_type),
            FacetKind::Year => None,
        }
    }

    fn labels_mut(&mut self, kind: FacetKind) -> Option<&mut Vec<String>> {
        match kind {
            FacetKind::Region => Some(&mut self.region),
            FacetKind::Domain => Some(&mut self.domain),
            FacetKind::LeadUnit => Some(&mut self.lead_unit),
            FacetKind::Beneficiary => Some(&mut self.beneficiary),
            FacetKind::BenefitType => Some(&mut self.benefit_type),
            FacetKind::Year => None,
        }
    }

    /// How many values of `kind` are ticked.
    pub fn count(&self, kind: FacetKind) -> usize {
        self.labels(kind).map_or(self.year.len(), Vec::len)
    }

    /// The values of `kind`, as written in URLs (years as digits).
    pub fn values(&self, kind: FacetKind) -> Vec<String> {
        match self.labels(kind) {
            Some(labels) => labels.clone(),
            None => self.year.iter().map(i32::to_string).collect(),
        }
    }

    /// Whether `value` of `kind` is ticked.
    pub fn has(&self, kind: FacetKind, value: &str) -> bool {
        self.values(kind).iter().any(|v| v == value)
    }

    /// Ticks `value` of `kind` (nothing when it already is, or is no year for `Year`).
    pub fn add(&mut self, kind: FacetKind, value: &str) {
        if self.has(kind, value) {
            return;
        }
        match self.labels_mut(kind) {
            Some(labels) => labels.push(value.to_owned()),
            None => self.year.extend(value.parse::<i32>().ok()),
        }
    }

    /// Unticks `value` of `kind`.
    pub fn remove(&mut self, kind: FacetKind, value: &str) {
        match self.labels_mut(kind) {
            Some(labels) => labels.retain(|v| v != value),
            None => self.year.retain(|v| v.to_string() != value),
        }
    }

    /// Ticks `value` when it is not ticked, unticks it when it is (a facet link).
    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        if self.has(kind, value) {
            self.remove(kind, value);
        } else {
            self.add(kind, value);
        }
    }

    /// Unticks every value of `kind`.
    pub fn clear(&mut self, kind: FacetKind) {
        match self.labels_mut(kind) {
            Some(labels) => labels.clear(),
            None => self.year.clear(),
        }
    }

    /// These filters without those of `kind`: what the counts of `kind` are taken under, so
    /// a facet shows what ticking one more of its values would add.
    pub fn without(&self, kind: FacetKind) -> Filters {
        let mut other = self.clone();
        other.clear(kind);
        other
    }

    /// Checks the bounds: at most [`MAX_FILTER_VALUES`] values a facet, each at most
    /// [`MAX_QUERY_CHARS`] characters, years in [`YEARS`], `from` not after `to`.
    pub fn check(&self) -> Result<()> {
        for kind in FacetKind::ALL {
            let values = self.values(kind);
            if values.len() > MAX_FILTER_VALUES {
                return Err(Error::invalid(
                    kind.param(),
                    format!(
                        "筛选值过多:每项最多 {MAX_FILTER_VALUES} 个,收到 {} 个",
                        values.len()
                    ),
                ));
            }
            if values.iter().any(|v| v.chars().count() > MAX_QUERY_CHARS) {
                return Err(Error::invalid(
                    kind.param(),
                    format!("筛选条件过长:最多 {MAX_QUERY_CHARS} 个字"),
                ));
            }
        }
        if let Some(year) = self.year.iter().find(|year| !YEARS.contains(year)) {
            return Err(bad_year(&year.to_string()));
        }
        for (name, month) in [("from", self.from), ("to", self.to)] {
            if let Some(month) = month {
                month.check(name)?;
            }
        }
        if let (Some(from), Some(to)) = (self.from, self.to) {
            if from > to {
                return Err(Error::invalid(
                    "from",
                    format!("起始月份(from={from})晚于截止月份(to={to})"),
                ));
            }
        }
        Ok(())
    }
}

/// A month (`2020-07`): the unit of the date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year, in [`YEARS`].
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// Reads a month parameter (`name` is `from` or `to`, for the message): `YYYY-MM` (or
    /// `YYYY-M`, `YYYY/MM`, `YYYY.MM`), or a bare year `YYYY`, which means its first month as
    /// `from` and its last as `to` (a range of whole years reads as people say it).
    pub fn parse(name: &'static str, raw: &str) -> Result<Month> {
        let raw = raw.trim();
        let bad = || {
            Error::invalid(
                name,
                format!(
                    "{}须为年月,写作 YYYY-MM(如 2020-07),收到「{}」",
                    month_label(name),
                    clip(raw)
                ),
            )
        };
        let (year, month) = match raw.split_once(['-', '/', '.']) {
            Some((year, month)) => (year, Some(month)),
            None => (raw, None),
        };
        fn digits(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<&str> {
            (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
        }
        let year: i32 = digits(year, 4..=4)
            .and_then(|y| y.parse().ok())
            .ok_or_else(bad)?;
        let month: u32 = match month {
            Some(month) => digits(month, 1..=2)
                .and_then(|m| m.parse().ok())
                .ok_or_else(bad)?,
            None if name == "to" => 12,
            None => 1,
        };
        let parsed = Month { year, month };
        parsed.check(name)?;
        Ok(parsed)
    }

    /// The month of a document's date (a date of a year alone: its first month); `None` when
    /// its year is outside [`YEARS`].
    pub fn of_date(date: PolicyDate) -> Option<Month> {
        let month = Month {
            year: date.year() as i32,
            month: date.month().unwrap_or(1),
        };
        month.check("from").is_ok().then_some(month)
    }

    /// The date key ([`PolicyDate::key`]) of the month's start: what the index's date field
    /// holds for a date in this month without its day.
    pub fn key(self) -> u64 {
        PolicyDate::month_of(self.year as u32, self.month).map_or(0, PolicyDate::key)
    }

    /// Checks the month is 1–12 and the year in [`YEARS`].
    pub fn check(self, name: &'static str) -> Result<()> {
        if !(1..=12).contains(&self.month) {
            return Err(Error::invalid(
                name,
                format!(
                    "{}的月份须为 1 到 12,收到「{}」",
                    month_label(name),
                    self.month
                ),
            ));
        }
        if !YEARS.contains(&self.year) {
            return Err(Error::invalid(
                name,
                format!(
                    "{}的年份须在 {} 到 {} 之间,收到「{}」",
                    month_label(name),
                    YEARS.start(),
                    YEARS.end(),
                    self.year
                ),
            ));
        }
        Ok(())
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Month::parse("from", &raw).map_err(serde::de::Error::custom)
    }
}

/// What a month parameter is called in messages.
fn month_label(name: &str) -> &'static str {
    if name == "to" {
        "截止月份 to"
    } else {
        "起始月份 from"
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

/// Lowest and highest year a filter accepts.
pub const YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

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

/// Builds a [`SearchQuery`] from typed values and checks it ([`SearchQuery::check`]); the page
/// (from 1) becomes the offset.
#[derive(Debug, Clone)]
pub struct SearchQueryBuilder {
    query: SearchQuery,
    page: usize,
    /// A year value that is not a number, refused when the query is built.
    bad_year: Option<String>,
}

impl Default for SearchQueryBuilder {
    fn default() -> Self {
        SearchQueryBuilder {
            query: SearchQuery::default(),
            page: 1,
            bad_year: None,
        }
    }
}

impl SearchQueryBuilder {
    /// The query text.
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.query.q = q.into();
        self
    }

    /// Ticks each of `values` of `kind` (blank ones are skipped, repeats kept once; a year
    /// that is not one is refused by [`Self::build`], and so are more than
    /// [`MAX_FILTER_VALUES`] values: the rest of a long list is not even read).
    pub fn filter(mut self, kind: FacetKind, values: impl IntoIterator<Item = String>) -> Self {
        for value in values {
            if self.query.filters.count(kind) > MAX_FILTER_VALUES {
                break;
            }
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            if kind == FacetKind::Year && value.parse::<i32>().is_err() {
                self.bad_year.get_or_insert_with(|| clip(value));
                continue;
            }
            self.query.filters.add(kind, value);
        }
        self
    }

    /// The first month of the date range.
    pub fn from(mut self, month: Option<Month>) -> Self {
        self.query.filters.from = month;
        self
    }

    /// The last month of the date range.
    pub fn to(mut self, month: Option<Month>) -> Self {
        self.query.filters.to = month;
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
        if let Some(shown) = self.bad_year {
            return Err(bad_year(&shown));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn param_of(err: Error) -> String {
        match err {
            Error::User(crate::error::UserError::InvalidParameter { name, .. }) => name.to_owned(),
            other => panic!("not a parameter error: {other}"),
        }
    }

    #[test]
    fn months_read_as_people_write_them() {
        let month = |name, raw| Month::parse(name, raw).map(|m| m.to_string());
        assert_eq!(month("from", "2020-07").unwrap(), "2020-07");
        assert_eq!(month("from", " 2020-7 ").unwrap(), "2020-07");
        assert_eq!(month("to", "2021/12").unwrap(), "2021-12");
        assert_eq!(month("from", "2020").unwrap(), "2020-01");
        assert_eq!(month("to", "2020").unwrap(), "2020-12");
        for bad in [
            "2020-13",
            "2020-0",
            "20-07",
            "2020-07-01",
            "七月",
            "",
            "1800-01",
            "2020-x",
        ] {
            let err = Month::parse("to", bad).unwrap_err();
            assert!(err.to_string().contains("截止月份 to"), "{bad}: {err}");
            assert_eq!(param_of(err), "to", "{bad}");
        }
    }

    #[test]
    fn filters_tick_untick_and_drop_one_facet() {
        let mut filters = Filters::default();
        filters.add(FacetKind::Region, "山东省");
        filters.add(FacetKind::Region, "辽宁省");
        filters.add(FacetKind::Region, "山东省");
        filters.add(FacetKind::Year, "2020");
        filters.add(FacetKind::Year, "二〇二〇");
        assert_eq!(filters.region, ["山东省", "辽宁省"]);
        assert_eq!(filters.year, [2020]);
        filters.toggle(FacetKind::Region, "山东省");
        assert_eq!(filters.region, ["辽宁省"]);
        let other = filters.without(FacetKind::Region);
        assert!(other.region.is_empty() && other.year == [2020]);
        assert!(!filters.is_empty());
        assert!(Filters::default().is_empty());
    }

    #[test]
    fn bounds_and_ranges_are_checked_and_name_their_parameter() {
        let cases: Vec<(Filters, &str)> = vec![
            (
                Filters {
                    region: vec!["省".into(); MAX_FILTER_VALUES + 1],
                    ..Default::default()
                },
                "region",
            ),
            (
                Filters {
                    lead_unit: vec!["局".repeat(MAX_QUERY_CHARS + 1)],
                    ..Default::default()
                },
                "lead_unit",
            ),
            (
                Filters {
                    year: vec![2020, 3000],
                    ..Default::default()
                },
                "year",
            ),
            (
                Filters {
                    from: Some(Month {
                        year: 2022,
                        month: 1,
                    }),
                    to: Some(Month {
                        year: 2021,
                        month: 12,
                    }),
                    ..Default::default()
                },
                "from",
            ),
            (
                Filters {
                    to: Some(Month {
                        year: 2022,
                        month: 13,
                    }),
                    ..Default::default()
                },
                "to",
            ),
        ];
        for (filters, name) in cases {
            assert_eq!(param_of(filters.check().unwrap_err()), name, "{filters:?}");
        }
        let same_month = Filters {
            from: Some(Month {
                year: 2021,
                month: 3,
            }),
            to: Some(Month {
                year: 2021,
                month: 3,
            }),
            ..Default::default()
        };
        assert!(same_month.check().is_ok());
    }

    #[test]
    fn the_builder_refuses_what_is_no_year() {
        let err = SearchQuery::builder()
            .filter(FacetKind::Year, ["2020".to_owned(), "去年".to_owned()])
            .build()
            .unwrap_err();
        assert_eq!(param_of(err), "year");
        let query = SearchQuery::builder()
            .filter(FacetKind::Domain, ["纳税".to_owned(), " ".to_owned()])
            .build()
            .unwrap();
        assert_eq!(query.filters.domain, ["纳税"]);
    }
}
