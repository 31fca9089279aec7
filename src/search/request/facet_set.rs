//! Which facets a search counts ([`FacetSet`]): every one for a page that shows them (the
//! default, and what `/search` and `/api/search` do without `facets=`), only those asked for
//! (`facets=region,domain`), none where nobody reads them (the Q&A, an export, the embedded
//! list). Counting is work over every match: a facet nobody reads is not counted.

use super::FacetKind;
use crate::{Error, Result};

/// A set of [`FacetKind`]s (a bit for each, by its place in [`FacetKind::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FacetSet(u8);

impl Default for FacetSet {
    fn default() -> Self {
        FacetSet::ALL
    }
}

impl FacetSet {
    /// Every facet.
    pub const ALL: FacetSet = FacetSet((1 << FacetKind::ALL.len()) - 1);
    /// No facet.
    pub const NONE: FacetSet = FacetSet(0);

    fn bit(kind: FacetKind) -> u8 {
        let at = FacetKind::ALL.iter().position(|&k| k == kind).unwrap_or(0);
        1 << at
    }

    /// The set of `kinds`.
    pub fn of(kinds: impl IntoIterator<Item = FacetKind>) -> FacetSet {
        FacetSet(kinds.into_iter().fold(0, |set, kind| set | Self::bit(kind)))
    }

    /// Whether `kind` is in the set.
    pub fn contains(self, kind: FacetKind) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// This set without the facets of `other`.
    pub fn without(self, other: FacetSet) -> FacetSet {
        FacetSet(self.0 & !other.0)
    }

    /// Whether no facet is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The facets of the set, in [`FacetKind::ALL`]'s order.
    pub fn kinds(self) -> impl Iterator<Item = FacetKind> {
        FacetKind::ALL
            .into_iter()
            .filter(move |&k| self.contains(k))
    }

    /// The set a `facets` parameter names: its values (repeated, or separated by commas) are
    /// facet parameter names (`region`, `domain`, `beneficiary`, `benefit_type`, `lead_unit`,
    /// `year`) or `none`; no value at all is every facet (what a page without the parameter
    /// always got).
    pub fn parse<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<FacetSet> {
        let mut set = FacetSet::NONE;
        let mut named = false;
        for name in values
            .into_iter()
            .flat_map(|v| v.split([',', ',']))
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            named = true;
            if name == "none" {
                continue;
            }
            match FacetKind::ALL.into_iter().find(|k| k.param() == name) {
                Some(kind) => set.0 |= Self::bit(kind),
                None => return Err(bad_facets(name)),
            }
        }
        Ok(if named { set } else { FacetSet::ALL })
    }
}

/// A `facets` value that names no facet.
fn bad_facets(name: &str) -> Error {
    let names: Vec<&str> = FacetKind::ALL.iter().map(|k| k.param()).collect();
    Error::invalid(
        "facets",
        format!(
            "统计的分面(facets)须为 {} 或 none,收到「{}」",
            names.join("、"),
            super::clip(name)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::request::param_of;

    #[test]
    fn a_facets_parameter_names_the_facets_counted() {
        assert_eq!(FacetSet::parse([]).unwrap(), FacetSet::ALL);
        assert_eq!(FacetSet::parse([" ", ""]).unwrap(), FacetSet::ALL);
        assert_eq!(FacetSet::parse(["none"]).unwrap(), FacetSet::NONE);
        let two = FacetSet::parse(["region,year", "region"]).unwrap();
        assert_eq!(
            two.kinds().collect::<Vec<_>>(),
            [FacetKind::Region, FacetKind::Year]
        );
        assert_eq!(
            FacetSet::parse(["lead_unit", "benefit_type"]).unwrap(),
            FacetSet::of([FacetKind::BenefitType, FacetKind::LeadUnit])
        );
        assert_eq!(FacetSet::ALL.kinds().count(), FacetKind::ALL.len());
        assert!(FacetSet::NONE.is_empty() && !FacetSet::ALL.is_empty());
        let err = FacetSet::parse(["region,地区"]).unwrap_err();
        assert_eq!(param_of(err), "facets");
    }
}
