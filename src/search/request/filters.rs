//! The filters of a search ([`Filters`]): the facet values a user ticks — several values of
//! one facet widen the search (OR), facets narrow each other (AND) — and a date range by
//! month ([`super::Month`]), with the bounds they are checked against.

use serde::{Deserialize, Serialize};

use super::{bad_year, Month, MAX_FILTER_VALUES, MAX_QUERY_CHARS, YEARS};
use crate::{Error, Result};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::request::param_of;

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
}
