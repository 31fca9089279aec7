//! The files of `data/` (word lists, tables, the gazetteer), compiled into the binary and read
//! through this one module: one [`DataFile`] per file, one list parser ([`DataFile::entries`]),
//! one table parser ([`DataFile::rows`]), one TOML reader ([`DataFile::toml`]). Every stage
//! that needs a list takes it from here, so a list is found by its file name, parsed one way,
//! and a test loads every file of `data/`: a bad entry fails the tests, never a user's request.
//!
//! The parsed forms (compiled patterns, dictionaries) stay with the stage that uses them, each
//! built once on first use.

use serde::de::DeserializeOwned;

/// One file of `data/`, its text compiled in.
#[derive(Debug, Clone, Copy)]
pub struct DataFile {
    /// The path in the repository (`data/synonyms.tsv`), for messages.
    pub path: &'static str,
    /// The file's text.
    pub text: &'static str,
}

macro_rules! data_file {
    ($path:literal) => {
        DataFile {
            path: $path,
            text: include_str!(concat!("../", $path)),
        }
    };
}

/// Beneficiary groups: labels, the words that name them, broader labels (benefit facts).
pub const BENEFICIARIES: DataFile = data_file!("data/beneficiaries.toml");
/// Benefit types and the words that grant them (benefit facts).
pub const BENEFIT_TYPES: DataFile = data_file!("data/benefit_types.toml");
/// How benefit figures are written: units, qualifiers, thresholds (benefit facts).
pub const BENEFIT_AMOUNTS: DataFile = data_file!("data/benefit_amounts.toml");
/// Central bodies (党中央, 国务院, ministries, commissions, administrations): a text they issue
/// is national (region).
pub const CENTRAL_BODIES: DataFile = data_file!("data/central-bodies.txt");
/// 文号 prefixes of central bodies (国发, 国办发, 发改…): a text numbered so is national.
pub const CENTRAL_DOCNUMBER_PREFIXES: DataFile = data_file!("data/central-docnumber-prefixes.txt");
/// Labels of the information lines of portals and 北大法宝 exports (标题, 发文字号 …).
pub const INFO_LABELS: DataFile = data_file!("data/info-labels.toml");
/// Words that make a short place name a place, and words that hide one (region).
pub const PLACE_WORDS: DataFile = data_file!("data/place-words.toml");
/// Places a question may name beyond the gazetteer: 香港, countries and cities abroad, zones
/// without a division code (their region paths).
pub const PLACES_BEYOND: DataFile = data_file!("data/places-beyond.tsv");
/// How texts state where they apply: national scope words, jurisdiction words, addressees.
pub const SCOPE_WORDS: DataFile = data_file!("data/scope-words.toml");
/// 文种: the kinds of document an official title ends with (通知, 意见, 办法, 条例 …), how
/// ingestion tells a title line from a body line.
pub const DOC_KINDS: DataFile = data_file!("data/doc-kinds.txt");
/// Site chrome and PDF artefacts: one regular expression a line (corpus normalisation).
pub const CHROME: DataFile = data_file!("data/chrome.txt");
/// The canonical domains in their order, their aliases in titles and headings, and their
/// keywords.
pub const DOMAINS: DataFile = data_file!("data/domains.toml");
/// Outline markers and attribution labels (extraction).
pub const OUTLINE: DataFile = data_file!("data/outline.toml");
/// How penalty articles are told from the rules they enforce, and how a question asks about a
/// sanction (search priors).
pub const SANCTIONS: DataFile = data_file!("data/sanctions.toml");
/// Question kinds: cues, value patterns, fillers, count words, head nouns.
pub const QUESTION_KINDS: DataFile = data_file!("data/question_kinds.toml");
/// Local short forms of places the gazetteer's alias table lacks: `alias<TAB>code<TAB>note`.
pub const REGION_ALIASES: DataFile = data_file!("data/region-aliases.tsv");
/// How people ask → how plans write: `from<TAB>to|to…`.
pub const SYNONYMS: DataFile = data_file!("data/synonyms.tsv");
/// Traditional → simplified characters: `繁<TAB>简`.
pub const T2S: DataFile = data_file!("data/t2s.txt");
/// jieba's user dictionary of policy terms: `word freq`.
pub const USER_DICT: DataFile = data_file!("data/userdict.txt");
/// Lead units: level prefixes, the national prefix, one spelling per body (extraction).
pub const UNIT_ALIASES: DataFile = data_file!("data/unit_aliases.toml");
/// Development-zone shorthands: `suffix<TAB>shorthand|shorthand…`.
pub const ZONE_SHORTHANDS: DataFile = data_file!("data/zone-shorthands.tsv");
/// How quantities are written: Chinese numerals and the units after which they are counts.
pub const QUANTITIES: DataFile = data_file!("data/quantities.toml");
/// The stopwords-iso Chinese list, one word a line (no comments: kept as published).
pub const STOPWORDS_ISO: DataFile = data_file!("data/lexicons/stopwords-iso-zh.txt");
/// Entries of the stopwords-iso list that carry meaning in policy text and stay in queries.
pub const STOPWORDS_KEEP: DataFile = data_file!("data/lexicons/stopwords-keep.txt");
/// Question words and function words dropped from queries.
pub const QUERY_STOPWORDS: DataFile = data_file!("data/lexicons/query-stopwords.txt");
/// Part-of-speech tags of words that name a thing (what counts as a match).
pub const TOPIC_TAGS: DataFile = data_file!("data/lexicons/topic-tags.txt");
/// The THUOCL legal lexicon (`word<TAB>DF`): the law's own register, terms and the titles of
/// laws, which a target of `data/synonyms.tsv` may come from (tests).
pub const LAW_LEXICON: DataFile = data_file!("data/lexicons/THUOCL_law.txt");
/// Provinces of the administrative divisions (CSV).
pub const PROVINCES: DataFile = data_file!("data/admin-divisions/provinces.csv");
/// Cities of the administrative divisions (CSV).
pub const CITIES: DataFile = data_file!("data/admin-divisions/cities.csv");
/// Counties and districts of the administrative divisions (CSV).
pub const AREAS: DataFile = data_file!("data/admin-divisions/areas.csv");
/// How a question asks what a group of enterprises can get (Q&A over the benefit facts).
pub const BENEFIT_QUESTIONS: DataFile = data_file!("data/benefit_questions.toml");
/// jionlp's alias table of the administrative divisions (TSV).
pub const PCA_ALIASES: DataFile = data_file!("data/admin-divisions/jionlp-pca-alias.tsv");

/// Every data file the program reads.
pub const ALL: [DataFile; 32] = [
    DOC_KINDS,
    SANCTIONS,
    PLACES_BEYOND,
    BENEFICIARIES,
    BENEFIT_TYPES,
    BENEFIT_AMOUNTS,
    BENEFIT_QUESTIONS,
    CENTRAL_BODIES,
    CENTRAL_DOCNUMBER_PREFIXES,
    INFO_LABELS,
    PLACE_WORDS,
    SCOPE_WORDS,
    CHROME,
    DOMAINS,
    OUTLINE,
    QUESTION_KINDS,
    REGION_ALIASES,
    SYNONYMS,
    T2S,
    UNIT_ALIASES,
    USER_DICT,
    ZONE_SHORTHANDS,
    QUANTITIES,
    STOPWORDS_ISO,
    STOPWORDS_KEEP,
    QUERY_STOPWORDS,
    TOPIC_TAGS,
    LAW_LEXICON,
    PROVINCES,
    CITIES,
    AREAS,
    PCA_ALIASES,
];

impl DataFile {
    /// The entries of a list: one a line, trimmed, blank lines and `#` comments skipped.
    pub fn entries(self) -> impl Iterator<Item = &'static str> {
        self.text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
    }

    /// The rows of a tab-separated table: its [`entries`](Self::entries) split at tabs, each
    /// field trimmed.
    pub fn rows(self) -> impl Iterator<Item = Vec<&'static str>> {
        self.entries()
            .map(|line| line.split('\t').map(str::trim).collect())
    }

    /// The file read as TOML into `T`. The file ships inside the binary and a test reads
    /// every one, so a bad file fails the tests: here it names the file and the reason.
    pub fn toml<T: DeserializeOwned>(self) -> T {
        toml::from_str(self.text).unwrap_or_else(|err| panic!("{}: {err}", self.path))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of `data/` that is not a licence or a note on sources is one the program
    /// reads, and each reads: lists have entries, tables have two columns at least, TOML
    /// parses.
    #[test]
    fn every_data_file_is_listed_and_loads() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk = Vec::new();
        let mut dirs = vec![root.join("data")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                if path.is_dir() {
                    dirs.push(path);
                } else if !name.starts_with("LICENSE") && !name.ends_with(".md") {
                    let relative = path.strip_prefix(root).unwrap();
                    on_disk.push(relative.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let mut listed: Vec<String> = ALL.iter().map(|f| f.path.to_owned()).collect();
        listed.sort();
        assert_eq!(on_disk, listed, "data/ and data::ALL differ");
        for file in ALL {
            assert!(file.entries().next().is_some(), "{} is empty", file.path);
            if file.path.ends_with(".toml") {
                file.toml::<toml::Table>();
            }
            if file.path.ends_with(".tsv") {
                for row in file.rows() {
                    assert!(row.len() >= 2, "{}: {row:?}", file.path);
                }
            }
        }
    }

    #[test]
    fn entries_skip_comments_and_blank_lines() {
        let file = DataFile {
            path: "test",
            text: "# note\n\n 甲 \n乙\t丙\n",
        };
        assert_eq!(file.entries().collect::<Vec<_>>(), ["甲", "乙\t丙"]);
        assert_eq!(file.rows().nth(1), Some(vec!["乙", "丙"]));
    }
}
