//! Whose unit a lead unit (牵头单位) is, and one spelling per body: 市市场监督管理局 in a
//! 威海市 plan is 威海市's 市场监管局, the same entry as 市市场监管局 in another 威海市 plan, and
//! not 营口市's. Input: a unit as written and the region path of its measure; output: a
//! [`LeadUnit`] (the body with its level prefix, and the place it belongs to), which the index
//! stores as the lead-unit facet ([`LeadUnit::key`]) and the pages show with its place
//! ([`LeadUnit::label`]). The rules and the aliases are data: `data/unit_aliases.toml`
//! (read through [`crate::data`]), whose header states them. Pure.

use std::collections::HashMap;
use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::corpus::region_path::RegionPath;
use crate::data;

/// Between the unit and its region path in a facet key: `市市场监管局@山东省/威海市`.
pub const KEY_SEPARATOR: char = '@';
/// Between the place and the body in a label: `威海市·市场监管局`.
pub const LABEL_SEPARATOR: char = '·';

#[derive(Deserialize)]
struct Rules {
    not_prefixes: Vec<String>,
    national_regions: Vec<String>,
    national_prefixes: Vec<String>,
    levels: Vec<Level>,
    aliases: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct Level {
    prefix: String,
    places: Vec<String>,
}

/// The rules, with the aliases turned around (spelling → name).
struct Table {
    rules: Rules,
    canonical: HashMap<String, String>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let rules: Rules = data::UNIT_ALIASES.toml();
    let mut canonical = HashMap::new();
    for (name, spellings) in &rules.aliases {
        for spelling in spellings {
            canonical.insert(spelling.clone(), name.clone());
        }
    }
    Table { rules, canonical }
});

/// A lead unit read for whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LeadUnit {
    /// The body as one spelling, without the level prefix its place gives it (市场监管局,
    /// 财政厅, 发展改革委).
    pub body: String,
    /// The region path of the place it belongs to (`山东省/威海市`; `全国` for central bodies).
    pub region: String,
}

impl LeadUnit {
    /// Reads `unit` (as written) of a measure in `region` (a path).
    pub fn of(unit: &str, region: &str) -> LeadUnit {
        let table = &*TABLE;
        let unit = unit.trim();
        let region = region.trim().trim_matches('/');
        let places: Vec<&str> = RegionPath::new(region).levels().collect();
        let in_place = |depth: usize, body: &str| LeadUnit {
            body: table.body(body),
            region: places[..=depth].join("/"),
        };
        if table.is_national(region) {
            return LeadUnit {
                body: table.body(table.without_national_prefix(unit)),
                region: region.to_owned(),
            };
        }
        // 2. A place of the path named in full: that place's.
        for (depth, place) in places.iter().enumerate().rev() {
            if let Some(body) = unit.strip_prefix(place).filter(|rest| !rest.is_empty()) {
                return in_place(depth, body);
            }
        }
        // 1. A level prefix: the deepest place of the path at that level.
        if let Some((level, body)) = table.level_of(unit) {
            let depth = places
                .iter()
                .rposition(|place| level.places.iter().any(|s| place.ends_with(s.as_str())));
            return match depth {
                Some(depth) => in_place(depth, body),
                None => LeadUnit {
                    body: table.body(body),
                    region: region.to_owned(),
                },
            };
        }
        LeadUnit {
            body: table.body(unit),
            region: region.to_owned(),
        }
    }

    /// The facet value: `市场监管局@山东省/威海市` (one per body and place).
    pub fn key(&self) -> String {
        format!("{}{KEY_SEPARATOR}{}", self.body, self.region)
    }

    /// The unit a facet key names, if it is one.
    pub fn from_key(key: &str) -> Option<LeadUnit> {
        let (body, region) = key.rsplit_once(KEY_SEPARATOR)?;
        (!body.is_empty()).then(|| LeadUnit {
            body: body.to_owned(),
            region: region.to_owned(),
        })
    }

    /// What the page shows: the place, then the body (`威海市·市场监管局`); the body alone
    /// for a central body, or when it names its place already (威海市税务局).
    pub fn label(&self) -> String {
        let place = RegionPath::new(&self.region).short();
        if TABLE.is_national(&self.region) || place.is_empty() || self.body.contains(place) {
            return self.body.clone();
        }
        format!("{place}{LABEL_SEPARATOR}{}", self.body)
    }
}

impl fmt::Display for LeadUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl Table {
    /// A body's one spelling: the alias table's name for the whole body, else as written.
    fn body(&self, body: &str) -> String {
        self.canonical
            .get(body)
            .cloned()
            .unwrap_or_else(|| body.to_owned())
    }

    /// Whether `region` is that of central documents.
    fn is_national(&self, region: &str) -> bool {
        self.rules.national_regions.iter().any(|r| r == region)
    }

    /// `unit` without a `national_prefixes` word opening it.
    fn without_national_prefix<'a>(&self, unit: &'a str) -> &'a str {
        self.rules
            .national_prefixes
            .iter()
            .find_map(|p| {
                unit.strip_prefix(p.as_str())
                    .filter(|rest| !rest.is_empty())
            })
            .unwrap_or(unit)
    }

    /// The level whose prefix opens `unit`, and the body after it (none when a
    /// `not_prefixes` word opens it).
    fn level_of<'a>(&self, unit: &'a str) -> Option<(&Level, &'a str)> {
        if self
            .rules
            .not_prefixes
            .iter()
            .any(|w| unit.starts_with(w.as_str()))
        {
            return None;
        }
        self.rules.levels.iter().find_map(|level| {
            unit.strip_prefix(level.prefix.as_str())
                .filter(|rest| !rest.is_empty())
                .map(|body| (level, body))
        })
    }
}

/// The body a unit written without its place names (a lead-unit filter typed by hand:
/// 市市场监督管理局, 市场监督管理局, 国家发展改革委 → 市场监管局, 市场监管局, 发展改革委).
pub fn canonical_body(unit: &str) -> String {
    let table = &*TABLE;
    let unit = table.without_national_prefix(unit.trim());
    match table.level_of(unit) {
        Some((_, body)) => table.body(body),
        None => table.body(unit),
    }
}

/// The label of a lead-unit facet value: its [`LeadUnit::label`] when it is a key, else the
/// value itself.
pub fn label_of(value: &str) -> String {
    LeadUnit::from_key(value).map_or_else(|| value.to_owned(), |unit| unit.label())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(unit: &str, region: &str) -> (String, String, String) {
        let unit = LeadUnit::of(unit, region);
        (unit.body.clone(), unit.region.clone(), unit.label())
    }

    #[test]
    fn a_level_prefix_names_the_place_of_that_level() {
        assert_eq!(
            read("市市场监督管理局", "山东省/威海市"),
            (
                "市场监管局".into(),
                "山东省/威海市".into(),
                "威海市·市场监管局".into()
            )
        );
        assert_eq!(
            read("省财政厅", "山东省/威海市").1,
            "山东省",
            "a province's bureau in a city's plan"
        );
        assert_eq!(
            read("区营商局", "辽宁省/营口市/鲅鱼圈区").1,
            "辽宁省/营口市/鲅鱼圈区"
        );
        assert_eq!(
            read("市市场监管局", "山东省/烟台市/莱州市").1,
            "山东省/烟台市/莱州市",
            "the deepest place of that level"
        );
        assert_eq!(
            read("市人力资源和社会保障局", "山东省/威海市/威海经济技术开发区").1,
            "山东省/威海市"
        );
    }

    #[test]
    fn spellings_of_one_body_are_one_entry() {
        let keys: Vec<String> = [
            "市市场监督管理局",
            "市市场监管局",
            "威海市市场监督管理局",
            "市市场局",
        ]
        .iter()
        .map(|u| LeadUnit::of(u, "山东省/威海市").key())
        .collect();
        assert!(
            keys.iter().all(|k| k == "市场监管局@山东省/威海市"),
            "{keys:?}"
        );
        assert_ne!(
            LeadUnit::of("市市场监管局", "辽宁省/营口市").key(),
            keys[0],
            "another city's bureau"
        );
    }

    #[test]
    fn words_opening_with_a_level_character_are_no_prefix() {
        let unit = LeadUnit::of("市场监管局", "山东省/威海市");
        assert_eq!(
            unit,
            LeadUnit::of("市市场监管局", "山东省/威海市"),
            "one body"
        );
        assert_eq!(unit.label(), "威海市·市场监管局");
        assert_eq!(
            LeadUnit::of("市委组织部", "山东省/威海市").label(),
            "威海市·市委组织部"
        );
    }

    #[test]
    fn central_bodies_drop_the_national_prefix() {
        assert_eq!(
            LeadUnit::of("国家发展改革委", "全国").key(),
            LeadUnit::of("发展改革委", "全国").key()
        );
        assert_eq!(
            LeadUnit::of("国家发展和改革委员会", "全国").label(),
            "发展改革委"
        );
    }

    #[test]
    fn keys_read_back_and_other_units_stay_as_written() {
        let unit = LeadUnit::of("市行政审批服务局", "山东省/威海市");
        assert_eq!(LeadUnit::from_key(&unit.key()), Some(unit.clone()));
        assert_eq!(label_of(&unit.key()), "威海市·行政审批服务局");
        assert_eq!(label_of("没有地区的单位"), "没有地区的单位");
        let named = LeadUnit::of("国家税务总局威海市税务局", "山东省/威海市");
        assert_eq!(
            named.label(),
            "国家税务总局威海市税务局",
            "names its place already"
        );
        assert_eq!(canonical_body("市场监督管理局"), "市场监管局");
        assert_eq!(canonical_body("市市场监督管理局"), "市场监管局");
        assert_eq!(canonical_body("国家发展和改革委员会"), "发展改革委");
    }
}
