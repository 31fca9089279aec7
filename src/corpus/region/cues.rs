//! The word lists region inference reads (`data/place-words.toml`, `data/scope-words.toml`,
//! `data/central-bodies.txt`, `data/central-docnumber-prefixes.txt`), compiled once, and the
//! patterns of unit names, self-references, enacting lines and addressee lines that tell an
//! issuer's level.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use crate::corpus::lists::alternation;
use crate::data;

#[derive(Deserialize)]
struct PlaceWords {
    masked: Vec<String>,
    suffix_words: Vec<String>,
}

#[derive(Deserialize)]
struct ScopeWords {
    national: Vec<String>,
    national_words: Vec<String>,
    jurisdiction_words: Vec<String>,
    venue_verbs: Vec<String>,
    province_addressees: Vec<String>,
    city_addressees: Vec<String>,
    county_addressees: Vec<String>,
}

/// The word lists of `data/`, compiled once.
pub(super) struct Cues {
    /// Central bodies, longest first.
    pub(super) central: Regex,
    /// Central 文号 prefixes.
    pub(super) prefixes: Vec<String>,
    /// Ordinary words containing place names.
    pub(super) masked: Regex,
    /// Words that start with an administrative suffix (区域, 市场).
    pub(super) suffix_words: Vec<String>,
    /// National subordinates (各省、自治区、直辖市).
    pub(super) national: Regex,
    /// Words of the whole country (我国, 全国).
    pub(super) national_words: Regex,
    /// 行政区域, 辖区: what follows the place a text applies to.
    pub(super) jurisdiction_words: Vec<String>,
    /// 召开, 举行: what follows a venue.
    pub(super) venue_verbs: Vec<String>,
    /// Addressees of a province, a city, a county.
    pub(super) addressees: [Vec<String>; 3],
}

pub(super) static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let place: PlaceWords = data::PLACE_WORDS.toml();
    let scope: ScopeWords = data::SCOPE_WORDS.toml();
    Cues {
        central: alternation(&data::CENTRAL_BODIES.entries().collect::<Vec<_>>()),
        prefixes: data::CENTRAL_DOCNUMBER_PREFIXES
            .entries()
            .map(str::to_owned)
            .collect(),
        masked: alternation(&place.masked),
        suffix_words: place.suffix_words,
        national: alternation(&scope.national),
        national_words: alternation(&scope.national_words),
        jurisdiction_words: scope.jurisdiction_words,
        venue_verbs: scope.venue_verbs,
        addressees: [
            scope.province_addressees,
            scope.city_addressees,
            scope.county_addressees,
        ],
    }
});

/// A unit name that starts with its government's level (省市场监管局, 区营商局, 市税务局).
/// Read through `levels::levels_named`, a scan that finds its matches; the pattern states them.
#[cfg(test)]
pub(super) static UNIT_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[、,;:(。\n])(省|市|区|县)([^场域级内外\s、,;:()。][^\s、,;:()。]{0,11}?(?:局|厅|委|办|中心|院))")
        .expect("valid regex")
});
/// 「本市」「全省」「我区」「省委」「市政府」「县直」: the area a text speaks for as its own.
/// Read through `levels::levels_named`, as [`UNIT_LEVEL`].
#[cfg(test)]
pub(super) static SELF_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:本|全|我)(省|市|区|县)|(?:^|[^各该分城社])(省|市|区|县)(?:委|政府|人民政府|直)")
        .expect("valid regex")
});
/// What follows a place name when it is the head of a unit name (青岛市行政审批服务局).
pub(super) static ORGAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,。、;:()《》\s]{0,14}?(?:人民政府|政府|人民代表大会|人大|党委|委员会|办公厅|办公室|管委会|局|厅|委|办|院|中心)")
        .expect("valid regex")
});
/// A 人大 enacting line or a government decree: the body before 「第X届人民代表大会」.
pub(super) static ENACTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<body>[^\s,。、;:()《》\d]{0,16}?)第[一二三四五六七八九十]{1,3}届人民代表大会(?:常务委员会)?第[一二三四五六七八九十]{1,4}次(?:全体)?会议")
        .expect("valid regex")
});
/// 抄送/抄报/分送 lines: readers, not the issuer.
pub(super) static COPIED_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:抄送|抄报|分送|发送|主送)\s*:").expect("valid regex"));
/// A line that is only an organ name or a list of them.
pub(super) static ORGAN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:人民政府|政府|委员会|办公厅|办公室|部门|单位|机构|局|厅|委|办|院|部|署|行|公司|企业|高校|学校|兵团|法院|检察院|党委|工委|管委|团体)(?:\([^)]*\))?$")
        .expect("valid regex")
});
