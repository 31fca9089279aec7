//! [`RegionPath`]: a region as documents, facets and filters carry it (`山东省/威海市/荣成市`,
//! or `全国`), read one way everywhere: its short name, its levels, the areas above it, and
//! whether it lies within another. It imports nothing, so the gazetteer and region inference
//! can both read paths through it.

/// A region path: province, city, county, `/` between (or [`super::region::NATIONAL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegionPath<'a>(&'a str);

impl<'a> RegionPath<'a> {
    /// The path as written.
    pub fn new(path: &'a str) -> RegionPath<'a> {
        RegionPath(path)
    }

    /// The last level, as pages and answers name a place (`山东省/威海市` → 威海市).
    pub fn short(self) -> &'a str {
        self.0.rsplit('/').next().unwrap_or(self.0)
    }

    /// The levels, outermost first (`山东省`, `威海市`), empty ones skipped.
    pub fn levels(self) -> impl Iterator<Item = &'a str> {
        self.0.split('/').map(str::trim).filter(|p| !p.is_empty())
    }

    /// How many levels lie above the last one (`山东省/威海市` → 1).
    pub fn depth(self) -> usize {
        self.0.matches('/').count()
    }

    /// The path of every level, outermost first and ending with the whole path
    /// (`山东省`, `山东省/威海市`): where a measure of this region is counted and found.
    pub fn ancestors(self) -> impl Iterator<Item = &'a str> {
        let path = self.0;
        path.match_indices('/')
            .map(move |(i, _)| &path[..i])
            .chain(std::iter::once(path))
    }

    /// True when this region is `area` or lies within it (`山东省/威海市` is within `山东省`,
    /// not within `山东`).
    pub fn within(self, area: &str) -> bool {
        self.0
            .strip_prefix(area)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_levels_and_areas() {
        let p = RegionPath::new("山东省/威海市/荣成市");
        assert_eq!(p.short(), "荣成市");
        assert_eq!(
            p.levels().collect::<Vec<_>>(),
            ["山东省", "威海市", "荣成市"]
        );
        assert_eq!(p.depth(), 2);
        assert_eq!(
            p.ancestors().collect::<Vec<_>>(),
            ["山东省", "山东省/威海市", "山东省/威海市/荣成市"]
        );
        assert!(p.within("山东省") && p.within("山东省/威海市/荣成市"));
        assert!(!p.within("山东") && !p.within("山东省/威海"));
        let national = RegionPath::new("全国");
        assert_eq!((national.short(), national.depth()), ("全国", 0));
        assert_eq!(RegionPath::new("").levels().count(), 0);
    }
}
