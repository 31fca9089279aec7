//! 领域: the canonical domains as a type, [`Domain`]. Their names, their order and the domain
//! of a measure that names none are data (`order` and `other` in `data/domains.toml`), read
//! here once: the one place the order the domain facet, the home page's tiles and the benefit
//! finder list them in is kept. A measure's record keeps the name (`Measure::domain`).

use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::data;

#[derive(Deserialize)]
struct Canonical {
    order: Vec<String>,
    other: String,
}

/// The names in canonical order, and the position of the domain of measures naming none.
static CANONICAL: LazyLock<(Vec<String>, usize)> = LazyLock::new(|| {
    let Canonical { order, other } = data::DOMAINS.toml();
    let path = data::DOMAINS.path;
    assert!(!order.is_empty(), "{path}: `order` lists no domain");
    for (i, name) in order.iter().enumerate() {
        assert!(
            !order[..i].contains(name),
            "{path}: `{name}` is listed twice in `order`"
        );
    }
    let other = order
        .iter()
        .position(|name| *name == other)
        .unwrap_or_else(|| panic!("{path}: `other` = `{other}` is not in `order`"));
    (order, other)
});

/// One of the canonical domains; domains compare in their canonical order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Domain(usize);

impl Domain {
    /// Every canonical domain, in the canonical order.
    pub fn all() -> impl ExactSizeIterator<Item = Domain> {
        (0..CANONICAL.0.len()).map(Domain)
    }

    /// The canonical domain called `name`, if it is one.
    pub fn named(name: &str) -> Option<Domain> {
        CANONICAL.0.iter().position(|d| d == name).map(Domain)
    }

    /// The domain of a measure whose heading, title and words name none (其他).
    pub fn other() -> Domain {
        Domain(CANONICAL.1)
    }

    /// Its name, as records, facets and pages show it.
    pub fn name(self) -> &'static str {
        &CANONICAL.0[self.0]
    }

    /// Where a domain named `name` stands in the canonical order, one outside it after all
    /// of them: how facet values and tiles of domains sort.
    pub fn rank(name: &str) -> usize {
        Domain::named(name).map_or(CANONICAL.0.len(), |d| d.0)
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canonical_order_comes_from_the_data() {
        let names: Vec<&str> = Domain::all().map(Domain::name).collect();
        assert_eq!(names.first(), Some(&"开办企业"));
        assert_eq!(Domain::other().name(), "其他");
        assert_eq!(names.last(), Some(&"其他"), "the catch-all comes last");
        let tax = Domain::named("纳税").unwrap();
        assert!(Domain::named("开办企业").unwrap() < tax);
        assert_eq!(tax.to_string(), "纳税");
        assert_eq!(
            Domain::rank("纳税"),
            names.iter().position(|n| *n == "纳税").unwrap()
        );
        assert_eq!(Domain::rank("不是领域"), names.len());
        assert_eq!(Domain::named("不是领域"), None);
    }
}
