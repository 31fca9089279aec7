//! The gazetteer of China's administrative divisions (province → prefecture → county, with
//! development zones under their city), loaded once from `data/admin-divisions/` (compiled
//! in through [`crate::data`]), with the short forms of jionlp's alias table (鲅鱼圈, 威海).
//! Used by [`super::region`] to turn place names in a text into a region path, and by the
//! search's region aliases ([`Gazetteer::names_of`]) so that a text and a query know a place
//! by the same names.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
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
    /// Its short forms from jionlp's alias table (威海) and `data/region-aliases.tsv` (经区),
    /// kept per place because the scan's name table merges names of several places.
    pub aliases: Vec<String>,
}

impl Place {
    /// True for a development zone or new area (code 5th digit 7, or its name says so).
    pub fn is_zone(&self) -> bool {
        self.level == Level::County
            && (self.code.as_bytes().get(4) == Some(&b'7') || is_zone_name(&self.name))
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
    /// True for a full name whose stem is one character (和县, 城区, 郊区): it reads as a place
    /// only where its parent is named right before it or it opens an issuer or a title,
    /// since elsewhere it is mostly part of another word (「市和县」, 「中心城区」).
    pub weak: bool,
}

/// One name found in a text by [`Gazetteer::scan`].
#[derive(Debug, Clone, Copy)]
pub struct Found<'a> {
    /// Byte offset of the name in the text.
    pub at: usize,
    /// The name as written.
    pub name: &'a str,
    /// What it names.
    pub entry: &'a Name,
}

impl Found<'_> {
    /// Byte offset just after the name.
    pub fn end(&self) -> usize {
        self.at + self.name.len()
    }
}

/// Every place and every name, indexed for scanning a text.
#[derive(Debug)]
pub struct Gazetteer {
    /// All places.
    pub places: Vec<Place>,
    /// (Hashed with `FxHash`, as `by_first`: every character of a document's head and signature
    /// is looked up, and SipHash was a tenth of region inference.)
    names: FxHashMap<String, Name>,
    /// Names by their first character, longest first.
    by_first: FxHashMap<char, Vec<String>>,
    /// The names' first two characters, for a place no name starts at to be passed over
    /// without a lookup (see [`NameHeads`]).
    heads: NameHeads,
    /// Place index by region path.
    by_path: HashMap<String, usize>,
    /// (zone-name suffix, its shorthands) from `data/zone-shorthands.tsv`.
    zone_shorthands: Vec<(String, Vec<String>)>,
}

/// Placeholder cities that are not places of their own.
const PLACEHOLDERS: [&str; 4] = [
    "市辖区",
    "县",
    "省直辖县级行政区划",
    "自治区直辖县级行政区划",
];

/// Suffixes dropped to make the short form people write in running text (威海市 → 威海),
/// longest first where one ends another (维吾尔自治区 before 自治区, 自治区 before 区).
const SUFFIXES: &[&str] = &[
    "特别行政区",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "自治州",
    "自治县",
    "地区",
    "省",
    "市",
    "区",
    "县",
    "盟",
    "旗",
];

/// Endings of development zones and new areas: their 区 is part of the word, not a level.
const ZONE_ENDINGS: [&str; 5] = ["开发区", "新区", "园区", "管理区", "示范区"];

fn is_zone_name(name: &str) -> bool {
    ZONE_ENDINGS.iter().any(|ending| name.ends_with(ending))
}

/// The short form of a place name: its first matching administrative suffix dropped
/// (山东省 → 山东, 广西壮族自治区 → 广西, 鲅鱼圈区 → 鲅鱼圈), or the name itself when the
/// stem would be a single character (沙市), which would match inside unrelated words, or when
/// it names a zone (a zone's short forms are its shorthands: `data/zone-shorthands.tsv`).
pub fn short_form(name: &str) -> &str {
    if is_zone_name(name) {
        return name;
    }
    SUFFIXES
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .filter(|stem| stem.chars().count() >= 2)
        .unwrap_or(name)
}

/// The everyday name of an autonomous division: its short form and its level without the
/// peoples (威宁县 of 威宁彝族回族苗族自治县, 凉山州 of 凉山彝族自治州, 莫力达瓦旗 of 莫力达瓦达斡尔族
/// 自治旗). Officials and residents say these; the alias table lists only the bare stem (威宁).
fn autonomous_short_form(name: &str, alias: &str) -> Option<String> {
    [("自治县", '县'), ("自治州", '州'), ("自治旗", '旗')]
        .iter()
        .find(|(suffix, _)| name.ends_with(suffix))
        .map(|(_, level)| format!("{alias}{level}"))
        .filter(|short| short != name)
}

/// The gazetteer, built on first use.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let provinces = crate::data::PROVINCES.text;
        let cities = crate::data::CITIES.text;
        let areas = crate::data::AREAS.text;
        let aliases = crate::data::PCA_ALIASES.text;

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
                aliases: Vec::new(),
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
                aliases: Vec::new(),
            });
            by_code.insert(row[0].clone(), idx);
            city_parent.insert(row[0].clone(), idx);
        }
        for row in csv_rows(areas) {
            let Some(&parent) = city_parent.get(&row[2]) else {
                continue;
            };
            // a city without counties (东莞市) is listed once more as its own county: one place
            if places[parent].name == row[1] {
                by_code.insert(row[0].clone(), parent);
                continue;
            }
            let idx = places.len();
            places.push(Place {
                code: row[0].clone(),
                name: row[1].clone(),
                path: format!("{}/{}", places[parent].path, row[1]),
                level: Level::County,
                parent: Some(parent),
                aliases: Vec::new(),
            });
            by_code.insert(row[0].clone(), idx);
        }

        let mut names: FxHashMap<String, Name> = FxHashMap::default();
        for (idx, place) in places.iter().enumerate() {
            names
                .entry(place.name.clone())
                .or_insert_with(|| Name {
                    places: Vec::new(),
                    alias: false,
                    contextual: false,
                    weak: short_form(&place.name) == place.name && !is_zone_name(&place.name),
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
            for alias in std::iter::once(cols[3].to_owned())
                .chain(autonomous_short_form(&places[idx].name, cols[3]))
            {
                if !places[idx].aliases.contains(&alias) {
                    places[idx].aliases.push(alias.clone());
                }
                let entry = names.entry(alias).or_insert_with(|| Name {
                    places: Vec::new(),
                    alias: true,
                    contextual: false,
                    weak: false,
                });
                if entry.alias && !entry.places.contains(&idx) {
                    entry.places.push(idx);
                }
            }
        }
        for cols in crate::data::REGION_ALIASES.rows() {
            let (Some(alias), Some(&idx)) =
                (cols.first(), cols.get(1).and_then(|c| by_code.get(*c)))
            else {
                continue;
            };
            if !places[idx].aliases.iter().any(|a| a == alias) {
                places[idx].aliases.push((*alias).to_owned());
            }
            names.entry((*alias).to_owned()).or_insert_with(|| Name {
                places: vec![idx],
                alias: false,
                contextual: true,
                weak: false,
            });
        }
        let mut by_first: FxHashMap<char, Vec<String>> = FxHashMap::default();
        for name in names.keys() {
            if let Some(c) = name.chars().next() {
                by_first.entry(c).or_default().push(name.clone());
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|n| std::cmp::Reverse(n.len()));
        }
        let mut heads = NameHeads::default();
        for name in names.keys() {
            heads.insert(name);
        }
        let by_path = places
            .iter()
            .enumerate()
            .map(|(idx, place)| (place.path.clone(), idx))
            .collect();
        let zone_shorthands = crate::data::ZONE_SHORTHANDS
            .rows()
            .filter_map(|row| {
                let (suffix, shorthands) = (row.first()?, row.get(1)?);
                let shorthands: Vec<String> = shorthands
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect();
                Some((suffix.trim().to_owned(), shorthands))
            })
            .collect();
        Gazetteer {
            places,
            names,
            by_first,
            heads,
            by_path,
            zone_shorthands,
        }
    }

    /// Every name of the place at region `path`, its full name first: jionlp's and the local
    /// short forms, the suffix-stripped [`short_form`], and for a development zone its
    /// shorthands with and without the place name (威海经开区, 经开区). One list for every
    /// consumer, so that the names a query may use are the names the corpus side knows.
    /// A path the gazetteer lacks (全国, a metadata file's own path) still gets the forms
    /// derived from its last segment. Names of one character are left out: they would match
    /// inside unrelated words.
    pub fn names_of(&self, path: &str) -> Vec<String> {
        let name = super::region_path::RegionPath::new(path).short();
        let mut names = vec![name.to_owned()];
        if let Some(place) = self.by_path(path) {
            names.extend(place.aliases.iter().cloned());
        }
        names.push(short_form(name).to_owned());
        for (suffix, shorthands) in &self.zone_shorthands {
            if let Some(stem) = name.strip_suffix(suffix.as_str()) {
                for shorthand in shorthands {
                    names.push(format!("{stem}{shorthand}"));
                    names.push(shorthand.clone());
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        names.retain(|n| n.chars().count() >= 2 && seen.insert(n.clone()));
        names
    }

    /// The place with this full name or short form, when it is unambiguous.
    pub fn lookup(&self, name: &str) -> Option<&Place> {
        let entry = self.names.get(name)?;
        (entry.places.len() == 1).then(|| &self.places[entry.places[0]])
    }

    /// The place whose path is `path` (山东省/威海市).
    pub fn by_path(&self, path: &str) -> Option<&Place> {
        self.by_path.get(path).map(|&idx| &self.places[idx])
    }

    /// The longest name `text` starts with, if any.
    pub fn name_at<'a>(&'a self, text: &str) -> Option<Found<'a>> {
        self.names_at(text).next()
    }

    /// Every name `text` starts with, longest first.
    pub fn names_at<'a, 'b>(&'a self, text: &'b str) -> impl Iterator<Item = Found<'a>> + 'b
    where
        'a: 'b,
    {
        let mut chars = text.chars();
        let list = match (chars.next(), chars.next()) {
            (Some(a), b) if self.heads.may_start(a, b) => {
                self.by_first.get(&a).map_or(&[][..], Vec::as_slice)
            }
            _ => &[][..],
        };
        list.iter()
            .filter(move |n| starts_with_name(text, n))
            .map(move |n| Found {
                at: 0,
                name: n.as_str(),
                entry: &self.names[n],
            })
    }

    /// False when no name can start at a place whose first two characters are `a` and `b`
    /// (`None`: `a` ends the text), true when one may: [`Gazetteer::names_at`] there finds
    /// nothing when this is false. A scan that walks a text's characters itself asks this
    /// first, decoding each character once (`names_at` decodes its two again).
    #[inline(always)]
    pub fn may_start(&self, a: char, b: Option<char>) -> bool {
        self.heads.may_start(a, b)
    }

    /// Every name occurrence in `text`, leftmost-longest, with its offset.
    pub fn scan<'a>(&'a self, text: &str) -> Vec<Found<'a>> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(c) = text[at..].chars().next() {
            let rest = &text[at..];
            let list =
                Some(c).filter(|_| self.heads.may_start(c, rest[c.len_utf8()..].chars().next()));
            let hit = list.and_then(|c| self.by_first.get(&c)).and_then(|list| {
                list.iter()
                    .find(|n| starts_with_name(rest, n))
                    .map(|n| (n.as_str(), &self.names[n]))
            });
            match hit {
                Some((name, entry)) => {
                    found.push(Found { at, name, entry });
                    at += name.len();
                }
                None => at += c.len_utf8(),
            }
        }
        found
    }
}

/// The first two characters of the gazetteer's names, as bits: the characters of the names of
/// one character (1,024 bits, the code point modulo 1,024) and the pairs of first and second
/// characters of the longer ones (65,536 bits indexed by a hash of the pair). Region inference
/// asks for the names at every character of a text, and most characters start no name though
/// some name starts with them (新 starts 新疆, 新华区 and many more; 新增 starts none): the two
/// characters reject such a place on one bit, where the names starting with its character were
/// looked up and compared. A place where a name starts always passes: its name set the bit.
#[derive(Debug)]
struct NameHeads {
    singles: [u64; 16],
    pairs: Box<[u64]>,
}

/// Bits of [`NameHeads::pairs`] (a power of two).
const NAME_PAIR_BITS: usize = 1 << 16;

impl Default for NameHeads {
    fn default() -> Self {
        NameHeads {
            singles: [0; 16],
            pairs: vec![0; NAME_PAIR_BITS / 64].into_boxed_slice(),
        }
    }
}

impl NameHeads {
    #[inline(always)]
    fn pair_bit(a: char, b: char) -> usize {
        // Fibonacci hashing of both code points: the top 16 bits of the product
        ((((a as u32) << 16) ^ (b as u32)).wrapping_mul(0x9E37_79B1) >> 16) as usize
    }

    fn insert(&mut self, name: &str) {
        let mut chars = name.chars();
        match (chars.next(), chars.next()) {
            (Some(a), None) => {
                let bit = a as usize % 1024;
                self.singles[bit / 64] |= 1 << (bit % 64);
            }
            (Some(a), Some(b)) => {
                let bit = Self::pair_bit(a, b);
                self.pairs[bit / 64] |= 1 << (bit % 64);
            }
            _ => {}
        }
    }

    /// False when no name can start a text whose first two characters are `a` and `b` (`None`:
    /// `a` ends it); true when one may. (Inlined: it is asked at every character of a text,
    /// where the call cost as much as the test.)
    #[inline(always)]
    fn may_start(&self, a: char, b: Option<char>) -> bool {
        let single = a as usize % 1024;
        if self.singles[single / 64] >> (single % 64) & 1 == 1 {
            return true;
        }
        b.is_some_and(|b| {
            let bit = Self::pair_bit(a, b);
            self.pairs[bit / 64] >> (bit % 64) & 1 == 1
        })
    }

    /// [`NameHeads::may_start`] of the start of `text` (false for the empty text).
    #[cfg(test)]
    fn may_start_text(&self, text: &str) -> bool {
        let mut chars = text.chars();
        chars
            .next()
            .is_some_and(|a| self.may_start(a, chars.next()))
    }
}

/// `text.starts_with(name)`, rejecting on the name's last byte first: the names sharing a
/// first character (hundreds for 中, 新, 东) mostly differ in their last, and a `memcmp`
/// call per name was most of the gazetteer's scan.
#[inline]
fn starts_with_name(text: &str, name: &str) -> bool {
    let (text, name) = (text.as_bytes(), name.as_bytes());
    match name.len() {
        0 => true,
        n => text.len() >= n && text[n - 1] == name[n - 1] && text[..n] == *name,
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
    fn the_first_two_characters_pass_every_name_and_reject_what_no_name_starts() {
        let g = &*GAZETTEER;
        // every name at every place of a text of all names, each run on into the next, then
        // with a character after it and alone: what the names with its first character find
        let mut names: Vec<&String> = g.names.keys().collect();
        names.sort();
        let mut text = String::new();
        for (i, name) in names.iter().enumerate() {
            text.push_str(name);
            if i % 3 == 0 {
                text.push_str("的新增");
            }
        }
        let every_name = |rest: &str| -> Vec<&str> {
            rest.chars()
                .next()
                .and_then(|c| g.by_first.get(&c))
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter(|n| starts_with_name(rest, n))
                .map(String::as_str)
                .collect()
        };
        let mut rejected = 0;
        for (at, _) in text.char_indices() {
            let rest = &text[at..];
            let found: Vec<&str> = g.names_at(rest).map(|f| f.name).collect();
            assert_eq!(found, every_name(rest), "{}", &rest[..rest.len().min(30)]);
            rejected += usize::from(!g.heads.may_start_text(rest));
        }
        for name in names {
            assert!(g.heads.may_start_text(name), "{name}");
            assert_eq!(g.name_at(name).map(|f| f.name.len()), Some(name.len()));
        }
        // places whose first character starts a name (的新增's 新) and whose two start none
        assert!(rejected > 0);
        assert!(g.heads.may_start_text("新疆") && !g.heads.may_start_text(""));
    }

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
    fn names_of_a_place_gather_every_form() {
        let g = &*GAZETTEER;
        assert_eq!(g.names_of("山东省"), ["山东省", "山东"]);
        assert_eq!(g.names_of("辽宁省/营口市/鲅鱼圈区"), ["鲅鱼圈区", "鲅鱼圈"]);
        let zone = g.names_of("山东省/威海市/威海经济技术开发区");
        for name in [
            "威海经济技术开发区",
            "经区",
            "威海经区",
            "威海经开区",
            "开发区",
        ] {
            assert!(zone.contains(&name.to_owned()), "{name} in {zone:?}");
        }
        let hi_tech = g.names_of("山东省/威海市/威海火炬高技术产业开发区");
        assert!(hi_tech.contains(&"高区".to_owned()), "{hi_tech:?}");
        assert_eq!(
            g.names_of("河北省/石家庄市/石家庄高新技术产业开发区"),
            ["石家庄高新技术产业开发区", "高新区", "石家庄高新区"]
        );
        assert_eq!(g.names_of("全国"), ["全国"]);
    }

    #[test]
    fn short_forms_drop_one_administrative_suffix() {
        assert_eq!(short_form("山东省"), "山东");
        assert_eq!(short_form("威海市"), "威海");
        assert_eq!(short_form("广西壮族自治区"), "广西");
        assert_eq!(short_form("新疆维吾尔自治区"), "新疆");
        assert_eq!(short_form("鲅鱼圈区"), "鲅鱼圈");
        assert_eq!(short_form("沙市"), "沙市");
        assert_eq!(short_form("威海经济技术开发区"), "威海经济技术开发区");
    }

    #[test]
    fn scan_is_leftmost_longest() {
        let names: Vec<&str> = GAZETTEER
            .scan("威海经济技术开发区和莱州市")
            .into_iter()
            .map(|f| f.name)
            .collect();
        assert_eq!(names, ["威海经济技术开发区", "莱州市"]);
    }
}
