//! The values each facet has in the index ([`KnownValues`]): what a filter value is checked
//! against, and what a lead unit written without its place resolves to.

use std::collections::{HashMap, HashSet};

use crate::extract::units::{self, LeadUnit};
use crate::search::request::FacetKind;

use super::FacetColumns;

/// Every value of each facet but the region in the index (regions: see the engine, which
/// resolves place names first): a filter value outside them matches nothing, and the page
/// says so.
#[derive(Debug, Default)]
pub struct KnownValues {
    values: HashMap<FacetKind, HashSet<String>>,
}

impl KnownValues {
    /// The values of the columns' facet fields.
    pub fn of(columns: &FacetColumns) -> KnownValues {
        let values = |field: &str| -> HashSet<String> {
            columns
                .columns
                .iter()
                .filter(|((_, name), _)| *name == field)
                .flat_map(|(_, column)| column.paths.iter().cloned())
                .collect()
        };
        KnownValues {
            values: FacetKind::ALL
                .into_iter()
                .filter(|&kind| kind != FacetKind::Region)
                .map(|kind| (kind, values(kind.field_name())))
                .collect(),
        }
    }

    fn knows_exactly(&self, kind: FacetKind, value: &str) -> bool {
        self.values.get(&kind).is_some_and(|v| v.contains(value))
    }

    fn of_kind(&self, kind: FacetKind) -> impl Iterator<Item = &String> {
        self.values.get(&kind).into_iter().flatten()
    }

    /// Whether some measure carries `value` of `kind` (regions: always, see above).
    pub fn knows(&self, kind: FacetKind, value: &str) -> bool {
        let value = value.trim();
        match kind {
            FacetKind::Region => true,
            FacetKind::LeadUnit => !self.lead_units(value).is_empty(),
            _ => self.knows_exactly(kind, value),
        }
    }

    /// The lead-unit facet values a filter value names: itself when it is one
    /// (`市场监管局@山东省/威海市`), else every one whose label it is (威海市·市场监管局) or, for
    /// a unit written without its place (市场监督管理局, 市市场监管局), whose body it is, in any
    /// region. Sorted; empty when none.
    pub fn lead_units(&self, value: &str) -> Vec<String> {
        let value = value.trim();
        if self.knows_exactly(FacetKind::LeadUnit, value) {
            return vec![value.to_owned()];
        }
        let body = units::canonical_body(value);
        let mut keys: Vec<String> = self
            .of_kind(FacetKind::LeadUnit)
            .filter(|key| {
                LeadUnit::from_key(key)
                    .is_some_and(|unit| unit.body == body || unit.label() == value)
            })
            .cloned()
            .collect();
        keys.sort();
        keys
    }
}
