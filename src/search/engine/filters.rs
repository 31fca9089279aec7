//! Filter values as the index holds them: a place name resolved to its region path
//! (威海 → 山东省/威海市), a lead unit written without its place to that body in every
//! region; and the values no measure of the index carries, named so a page can say why a
//! search finds less.

use super::SearchEngine;
use crate::search::request::{FacetKind, Filters};
use crate::search::UnknownFilter;

impl SearchEngine {
    /// The filter values of `filters` that no measure of the index carries (a misspelt
    /// region, a unit written otherwise, a year with no document), to say so on the page:
    /// looked up in the index's own values, no search. Every search reports them
    /// ([`crate::search::SearchResults::unknown`]).
    pub fn unknown_filters(&self, filters: &Filters) -> Vec<UnknownFilter> {
        let mut unknown = Vec::new();
        for kind in FacetKind::ALL {
            for value in filters.values(kind) {
                let known = match kind {
                    FacetKind::Region => self
                        .inner
                        .region_paths
                        .contains(&self.resolve_region(&value)),
                    _ => self.inner.known.knows(kind, &value),
                };
                if !known {
                    unknown.push(UnknownFilter::new(kind, value));
                }
            }
        }
        unknown
    }

    /// The region path a filter value names: a path in the index as is, else a place name
    /// resolved through the aliases (威海 → 山东省/威海市), else the value itself.
    pub fn resolve_region(&self, value: &str) -> String {
        let value = value.trim().trim_matches('/');
        if self.inner.region_paths.contains(value) {
            return value.to_owned();
        }
        self.inner
            .regions
            .resolve(value)
            .unwrap_or_else(|| value.to_owned())
    }

    /// `filters` as the index holds them: region values as paths ([`Self::resolve_region`]),
    /// lead units as facet values (a unit written without its place: that body in every
    /// region, see [`crate::search::facets::KnownValues::lead_units`]; one matching nothing stays, and
    /// matches nothing).
    pub fn resolve_filters(&self, filters: &Filters) -> Filters {
        let mut resolved = filters.clone();
        for region in &mut resolved.region {
            *region = self.resolve_region(region);
        }
        resolved.lead_unit = Vec::new();
        for value in &filters.lead_unit {
            let keys = self.inner.known.lead_units(value);
            if keys.is_empty() {
                resolved.lead_unit.push(value.clone());
            }
            for key in keys {
                if !resolved.lead_unit.contains(&key) {
                    resolved.lead_unit.push(key);
                }
            }
        }
        resolved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::engine::testing::{filtered, fixture, ids, q};
    use crate::search::SearchQuery;

    #[test]
    fn values_of_a_facet_widen_and_facets_narrow() {
        let (_dir, engine) = fixture();
        let both = filtered("", |f| f.region = vec!["辽宁省".into(), "威海".into()]);
        assert_eq!(ids(&engine, &both), ["bayuquan-0", "weihai-0", "weihai-1"]);
        let and_domain = filtered("", |f| {
            f.region = vec!["辽宁省".into(), "威海".into()];
            f.domain = vec!["开办企业".into()];
        });
        assert_eq!(ids(&engine, &and_domain), ["bayuquan-0", "weihai-0"]);
        let years = filtered("", |f| f.year = vec![2020, 2022]);
        assert_eq!(engine.search(&years).unwrap().total, 4);
        // Counts of a ticked facet are taken without it: the other region stays listed.
        let results = engine
            .search(&filtered("", |f| f.region = vec!["辽宁省".into()]))
            .unwrap();
        assert_eq!(results.total, 1);
        let listed: Vec<&str> = results
            .facets
            .region
            .iter()
            .map(|f| f.value.as_str())
            .collect();
        assert!(listed.contains(&"山东省/威海市"), "{listed:?}");
        assert_eq!(
            results.facets.domain.len(),
            1,
            "other facets under every filter"
        );
    }

    #[test]
    fn date_ranges_are_by_month() {
        let (_dir, engine) = fixture();
        let month = |raw| Some(crate::search::request::Month::parse("from", raw).unwrap());
        let range = |from, to| filtered("", |f| (f.from, f.to) = (month(from), month(to)));
        assert_eq!(
            engine.search(&range("2020-07", "2020-07")).unwrap().total,
            2
        );
        assert_eq!(
            engine.search(&range("2020-08", "2022-02")).unwrap().total,
            0
        );
        assert_eq!(
            engine.search(&range("2020-08", "2022-03")).unwrap().total,
            2
        );
        let from_only = filtered("", |f| f.from = month("2021-01"));
        assert_eq!(ids(&engine, &from_only), ["bayuquan-0", "shandong-0"]);
        let to_only = filtered("", |f| f.to = month("2020-12"));
        assert_eq!(ids(&engine, &to_only), ["weihai-0", "weihai-1"]);
    }

    #[test]
    fn unknown_filter_values_are_named_and_lead_units_resolve() {
        let (_dir, engine) = fixture();
        let filters = Filters {
            region: vec!["威海".into(), "火星".into()],
            domain: vec!["纳税".into(), "没有这个领域".into()],
            year: vec![2020, 1999],
            lead_unit: vec!["行政审批局".into()],
            ..Default::default()
        };
        let unknown: Vec<String> = engine
            .unknown_filters(&filters)
            .into_iter()
            .map(|u| format!("{}={}", u.kind.param(), u.value))
            .collect();
        assert_eq!(unknown, ["region=火星", "domain=没有这个领域", "year=1999"]);
        let searched = engine
            .search(&SearchQuery {
                filters: filters.clone(),
                ..q("")
            })
            .unwrap();
        assert_eq!(
            searched.unknown,
            engine.unknown_filters(&filters),
            "a search reports them"
        );
        assert!(searched.unknown[0].message.contains("地区为「火星」"));
        let resolved = engine.resolve_filters(&filters);
        assert_eq!(
            resolved.lead_unit,
            [
                "行政审批服务局@山东省",
                "行政审批服务局@山东省/威海市",
                "行政审批服务局@辽宁省/营口市"
            ],
            "an alias written without its place: that body everywhere"
        );
        let facets = engine.search(&q("")).unwrap().facets;
        assert!(
            facets
                .lead_unit
                .iter()
                .any(|f| f.value == "行政审批服务局@山东省/威海市"),
            "{:?}",
            facets.lead_unit
        );
    }
}
