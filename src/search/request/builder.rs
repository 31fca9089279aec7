//! [`SearchQueryBuilder`]: a checked [`SearchQuery`] from typed values (the HTTP
//! parameters, the command line, the Q&A).

use super::{
    bad_page, bad_year, check_limit, clip, FacetKind, FacetSet, Month, SearchQuery, Sort,
    MAX_FILTER_VALUES,
};
use crate::Result;

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

    /// The facets to count.
    pub fn facets(mut self, facets: FacetSet) -> Self {
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
    use crate::search::request::param_of;

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
