//! The gazetteer of China's administrative divisions (province → prefecture → county, with
//! development zones under their city), loaded once from `data/admin-divisions/` (compiled
//! in with `include_str!`), with the short forms of jionlp's alias table (鲅鱼圈, 威海).
//! Used by [`super::region`] to turn place names in a text into a region path.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Administrative level of a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// 省 / 自治区 / 直辖市.
    Province,
    /// 地级市 / 自治州 / 地区 / 盟.
    City,
    /// 区 / 县 / 县级市 / 旗, and development zones (7 in the 5th code digit).
    County,
}

/// One place of the gazetteer.
#[derive(Debug, Clone)]
pub struct Place {
    /// Its division code (2, 4 or 6 digits).
    pub code: String,
    /// Its full name (威海市).
    pub name: String,
    /// Its region path (山东省/威海市).
    pub path: String,
    /// Its level.
    pub level: Level,
    /// Index of its parent place, if any.
    pub parent: Option<usize>,
}

impl Place {
    /// True for a development zone or new area (code 5th digit 7, or its name says so).
    pub fn is_zone(&self) -> bool {
        self.level == Level::County
            && (self.code.as_bytes().get(4) == Some(&b'7')
                || ["开发区", "新区", "园区", "管理区", "示范区"]
                    .iter()
                    .any(|s| self.name.ends_with(s)))
    }
}

/// A name (full or short) that points at places.
#[derive(Debug, Clone)]
pub struct Name {
    /// The places it may denote (several for 朝阳区, 新华区…).
    pub places: Vec<usize>,
    /// True for a short form from the alias table (威海), false for a full name (威海市).
    pub alias: bool,
    /// True for a local short form (`data/region-aliases.tsv`) that counts only where the
    /// text also names the place's parent.
    pub contextual: bool,
}

/// Every place and every name, indexed for scanning a text.
#[derive(Debug)]
pub struct Gazetteer {
    /// All places.
    pub places: Vec<Place>,
    names: HashMap<String, Name>,
    /// Names by their first character, longest first.
    by_first: HashMap<char, Vec<String>>,
}

/// Placeholder cities that are not places of their own.
const PLACEHOLDERS: [&str; 4] = [
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
];

/// The gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let provinces = include_str!("../../data/admin-divisions/provinces.csv");
        let cities = include_str!("../../data/admin-divisions/cities.csv");
        let areas = include_str!("../../data/admin-divisions/areas.csv");
        let aliases = include_str!("../../data/admin-divisions/jionlp-pca-alias.tsv");

        let mut places: Vec<Place> = Vec::new();
        let mut by_code: HashMap<String, usize> = HashMap::new();
        for row in csv_rows(provinces) {
            let idx = places.len();
            places.push(Place {
                code: row[0].clone(),
                name: row[1].clone(),
                path: row[1].clone(),
                level: Level::Province,
                parent: None,
            });
            by_code.insert(row[0].clone(), idx);
        }
        // code → the place that children of this city hang under (the province for placeholders)
        let mut city_parent: HashMap<String, usize> = HashMap::new();
        for row in csv_rows(cities) {
            let Some(&province) = by_code.get(&row[2]) else {
                continue;
            };
            if PLACEHOLDERS.contains(&row[1].as_str()) {
                city_parent.insert(row[0].clone(), province);
                continue;
            }
            let idx = places.len();
            places.push(Place {
                code: row[0].clone(),
                name: row[1].clone(),
                path: format!("{}/{}", places[province].path, row[1]),
                level: Level::City,
                parent: Some(province),
            });
            by_code.insert(row[0].clone(), idx);
            city_parent.insert(row[0].clone(), idx);
        }
        for row in csv_rows(areas) {
            let Some(&parent) = city_parent.get(&row[2]) else {
                continue;
            };
            let idx = places.len();
            places.push(Place {
                code: row[0].clone(),
                name: row[1].clone(),
                path: format!("{}/{}", places[parent].path, row[1]),
                level: Level::County,
                parent: Some(parent),
            });
            by_code.insert(row[0].clone(), idx);
        }

        let mut names: HashMap<String, Name> = HashMap::new();
        for (idx, place) in places.iter().enumerate() {
            names
                .entry(place.name.clone())
                .or_insert_with(|| Name {
                    places: Vec::new(),
                    alias: false,
                    contextual: false,
                })
                .places
                .push(idx);
        }
        for line in aliases.lines().skip(1) {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 || cols[3].chars().count() < 2 {
                continue;
            }
            let code = match cols[0] {
                "province" => cols[1].get(..2),
                "city" => cols[1].get(..4),
                _ => Some(cols[1]),
            };
            let Some(&idx) = code.and_then(|c| by_code.get(c)) else {
                continue;
            };
            if places[idx].name != cols[2] {
                continue;
            }
            let entry = names.entry(cols[3].to_owned()).or_insert_with(|| Name {
                places: Vec::new(),
                alias: true,
                contextual: false,
            });
            if entry.alias && !entry.places.contains(&idx) {
                entry.places.push(idx);
            }
        }
        let local = include_str!("../../data/region-aliases.tsv");
        for line in local
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let cols: Vec<&str> = line.split('\t').collect();
            let (Some(alias), Some(&idx)) =
                (cols.first(), cols.get(1).and_then(|c| by_code.get(*c)))
            else {
                continue;
            };
            names.entry((*alias).to_owned()).or_insert_with(|| Name {
                places: vec![idx],
                alias: false,
                contextual: true,
            });
        }
        let mut by_first: HashMap<char, Vec<String>> = HashMap::new();
        for name in names.keys() {
            if let Some(c) = name.chars().next() {
                by_first.entry(c).or_default().push(name.clone());
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|n| std::cmp::Reverse(n.len()));
        }
        Gazetteer {
            places,
            names,
            by_first,
        }
    }

    /// The place with this full name or short form, when it is unambiguous.
    pub fn lookup(&self, name: &str) -> Option<&Place> {
        let entry = self.names.get(name)?;
        (entry.places.len() == 1).then(|| &self.places[entry.places[0]])
    }

    /// The place whose path is `path` (山东省/威海市).
    pub fn by_path(&self, path: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.path == path)
    }

    /// Every name occurrence in `text`, leftmost-longest, as (name, entry).
    pub fn scan<'a>(&'a self, text: &str) -> Vec<(&'a str, &'a Name)> {
        let mut found = Vec::new();
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            let hit = self.by_first.get(&c).and_then(|list| {
                list.iter()
                    .find(|n| rest.starts_with(n.as_str()))
                    .map(|n| (n.as_str(), &self.names[n]))
            });
            match hit {
                Some((name, entry)) => {
                    found.push((name, entry));
                    rest = &rest[name.len()..];
                }
                None => rest = &rest[c.len_utf8()..],
            }
        }
        found
    }
}

/// Rows of a small CSV file with a header line, quotes removed.
fn csv_rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            l.split(',')
                .map(|f| f.trim().trim_matches('"').to_owned())
                .collect()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_skip_placeholders_and_keep_zones_under_their_city() {
        let g = &*GAZETTEER;
        assert_eq!(g.lookup("鲅鱼圈区").unwrap().path, "辽宁省/营口市/鲅鱼圈区");
        assert_eq!(g.lookup("鲅鱼圈").unwrap().path, "辽宁省/营口市/鲅鱼圈区");
        assert_eq!(g.lookup("威海").unwrap().path, "山东省/威海市");
        let zone = g.lookup("威海经济技术开发区").unwrap();
        assert_eq!(zone.path, "山东省/威海市/威海经济技术开发区");
        assert!(zone.is_zone());
        assert_eq!(g.lookup("东城区").unwrap().path, "北京市/东城区");
        assert!(g.lookup("朝阳区").is_none(), "ambiguous");
    }

    #[test]
    fn scan_is_leftmost_longest() {
        let names: Vec<&str> = GAZETTEER
            .scan("威海经济技术开发区和莱州市")
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, ["威海经济技术开发区", "莱州市"]);
    }
}
