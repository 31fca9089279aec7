//! Places inside organisations' names. A question about 「大连商品交易所」 names an exchange
//! that happens to sit in 大连, not the region whose measures it asks for: organisations take
//! their seat's name (郑州商品交易所, 南京大学), and the texts that govern them are often
//! national. A government's own bodies (北京市公安局, 浙江省人民政府) stay that place's: their
//! names end in a government suffix (`government_suffixes` of `data/place-words.toml`).

use std::ops::Range;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::data;
use crate::index::analyzer::JIEBA_DICT;

/// The segmenter dictionary's tag of an organisation's name.
const ORGANISATION_TAG: &str = "nt";

#[derive(Deserialize)]
struct PlaceWords {
    government_suffixes: Vec<String>,
}

static GOVERNMENT_SUFFIXES: LazyLock<Vec<String>> =
    LazyLock::new(|| data::PLACE_WORDS.toml::<PlaceWords>().government_suffixes);

/// The byte ranges of `text`'s organisations' names that are no government body.
pub fn organisation_names(text: &str) -> Vec<Range<usize>> {
    let mut at = 0;
    let mut names = Vec::new();
    for tagged in JIEBA_DICT.tag(text, false) {
        let range = at..at + tagged.word.len();
        at = range.end;
        let government = GOVERNMENT_SUFFIXES
            .iter()
            .any(|s| tagged.word.ends_with(s.as_str()));
        if tagged.tag == ORGANISATION_TAG && !government {
            names.push(range);
        }
    }
    names
}

/// Whether `place` (a byte range of a place name) lies inside one of `names`, shorter than it.
pub fn inside(names: &[Range<usize>], place: &Range<usize>) -> bool {
    names
        .iter()
        .any(|n| n.start <= place.start && place.end <= n.end && n.len() > place.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place_in_organisation(text: &str, place: &str) -> bool {
        let at = text.find(place).expect("place in text");
        inside(&organisation_names(text), &(at..at + place.len()))
    }

    #[test]
    fn an_exchange_or_a_university_names_no_region() {
        assert!(place_in_organisation(
            "大连商品交易所加玉米期货这个事",
            "大连"
        ));
        assert!(place_in_organisation("南京大学毕业生落户", "南京"));
    }

    #[test]
    fn a_government_and_its_bodies_keep_their_place() {
        assert!(!place_in_organisation("北京市公安局怎么办居住证", "北京市"));
        assert!(!place_in_organisation("浙江省人民政府办公厅发文", "浙江省"));
        assert!(!place_in_organisation("杭州开办企业刻章免费吗", "杭州"));
    }
}
