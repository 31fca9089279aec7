//! The query-side vocabulary, kept as data: stop words (question words and function words
//! dropped from queries), synonyms (how people ask → how plans write, `data/synonyms.tsv`)
//! and region aliases (鲅鱼圈 / 经区 / 山东 → region paths present in the index, from the
//! names [`crate::corpus::gazetteer::Gazetteer::names_of`] gives each place).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use crate::corpus::gazetteer::GAZETTEER;
use crate::corpus::normalize::chinese_number;
use crate::data::{QUANTITIES, QUERY_STOPWORDS, STOPWORDS_ISO, STOPWORDS_KEEP, SYNONYMS};
use crate::index::analyzer::{fold, JIEBA_DICT};

/// Words dropped from queries (folded form): the stopwords-iso list's entries of two
/// characters or more, but those that carry meaning in policy text
/// (`data/lexicons/stopwords-keep.txt`), and the question words and function words of
/// `data/lexicons/query-stopwords.txt`.
pub static STOPWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let keep: HashSet<&str> = STOPWORDS_KEEP.entries().collect();
    let mut set: HashSet<String> = STOPWORDS_ISO
        .entries()
        .filter(|w| w.chars().count() >= 2 && !keep.contains(w))
        .map(fold)
        .collect();
    set.extend(QUERY_STOPWORDS.entries().map(fold));
    set
});

/// Whether a (folded) query word is a stop word.
pub fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(word)
}

/// One synonym rule: where the query says `from`, also look for each of `to`.
#[derive(Debug, Clone)]
pub struct Synonym {
    /// The way people ask (folded).
    pub from: String,
    /// The ways plans write it (folded).
    pub to: Vec<String>,
}

/// Synonym rules from `data/synonyms.tsv`, longest `from` first.
pub static SYNONYM_RULES: LazyLock<Vec<Synonym>> = LazyLock::new(|| {
    let mut rules: Vec<Synonym> = SYNONYMS
        .rows()
        .filter_map(|row| {
            let from = fold(row.first()?);
            let to: Vec<String> = row
                .get(1)?
                .split(['|', ','])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(fold)
                .collect();
            (!from.is_empty() && !to.is_empty()).then_some(Synonym { from, to })
        })
        .collect();
    rules.sort_by_key(|r| std::cmp::Reverse(r.from.chars().count()));
    rules
});

/// Whether the segmenter's dictionary holds `text` as one word.
fn is_one_word(text: &str) -> bool {
    JIEBA_DICT.cut(text, false).len() == 1
}

/// The rules of [`SYNONYM_RULES`] (their indices, ascending) by the first two characters of
/// their `from`, and those whose `from` has fewer (none in `data/synonyms.tsv`), which every
/// query is checked against: a phrase occurs in a text only where its first two characters
/// do, one after the other.
struct RulesByOpening {
    by_opening: HashMap<(char, char), Vec<usize>>,
    short: Vec<usize>,
}

static RULES_BY_OPENING: LazyLock<RulesByOpening> = LazyLock::new(|| {
    let mut by_opening: HashMap<(char, char), Vec<usize>> = HashMap::new();
    let mut short = Vec::new();
    for (i, rule) in SYNONYM_RULES.iter().enumerate() {
        let mut chars = rule.from.chars();
        match (chars.next(), chars.next()) {
            (Some(first), Some(second)) => by_opening.entry((first, second)).or_default().push(i),
            _ => short.push(i),
        }
    }
    RulesByOpening { by_opening, short }
});

/// The expansions of a (folded) query: every rule whose `from` occurs in it as words
/// ([`DictionaryWords`]), in the order of [`SYNONYM_RULES`]. Only the rules whose `from`
/// opens with two characters the query holds one after the other are searched for (a
/// thousand rules, one substring search each, were a few percent of a search's time); the
/// others cannot occur in it.
pub fn expansions(folded_query: &str) -> Vec<&'static Synonym> {
    let index = &*RULES_BY_OPENING;
    let mut candidates = index.short.clone();
    let mut chars = folded_query.chars();
    if let Some(mut previous) = chars.next() {
        for c in chars {
            if let Some(rules) = index.by_opening.get(&(previous, c)) {
                candidates.extend_from_slice(rules);
            }
            previous = c;
        }
    }
    if candidates.is_empty() {
        return Vec::new();
    }
    candidates.sort_unstable();
    candidates.dedup();
    let words = DictionaryWords::of(folded_query);
    candidates
        .into_iter()
        .map(|i| &SYNONYM_RULES[i])
        .filter(|rule| words.occurrences(folded_query, &rule.from).next().is_some())
        .collect()
}

/// How quantities are written (`data/quantities.toml`).
#[derive(Debug, serde::Deserialize)]
struct Quantities {
    numerals: String,
    units: Vec<String>,
    same: Vec<Vec<String>>,
    /// Units of measure, each with its forms: symbol and Chinese names (kV, 千伏).
    measures: Vec<Vec<String>>,
}

static QUANTITIES_DATA: LazyLock<Quantities> = LazyLock::new(|| QUANTITIES.toml());

/// The forms of [`Quantities::measures`], folded: (form, index of its unit), longest form
/// first, so that 千伏安 is read before 千伏 and kva before kv.
static MEASURE_FORMS: LazyLock<Vec<(String, usize)>> = LazyLock::new(|| {
    let mut forms: Vec<(String, usize)> = QUANTITIES_DATA
        .measures
        .iter()
        .enumerate()
        .flat_map(|(unit, group)| group.iter().map(move |form| (fold(form), unit)))
        .collect();
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    forms
});

/// The runs of ASCII digits of `folded` that start a number (no digit or decimal point right
/// before them), as byte ranges (start, end).
fn digit_runs(folded: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = folded.as_bytes();
    (0..bytes.len())
        .filter(move |&i| {
            bytes[i].is_ascii_digit()
                && (i == 0 || !(bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b'.'))
        })
        .map(move |i| {
            (
                i,
                i + bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count(),
            )
        })
}

/// A question's measured quantities with each other written form of their unit
/// (`measures` of `data/quantities.toml`): texts write a unit by its symbol or by its Chinese
/// name (10kV, 10千伏), the question may use either. A number in digits (a decimal too: 0.01毫米)
/// followed, after spaces or none, by a form of a unit gives the number with every other form
/// of that unit (10kv → 10千伏; 160千伏安 → 160kva). A symbol counts only where no letter or
/// digit follows it (10kva is no 10kv, 5g no 5 of anything). `folded` is a folded query; each
/// form comes with the quantity as the query writes it (`("10kv", "10千伏")`), in order, once.
pub fn unit_forms(folded: &str) -> Vec<(String, String)> {
    let data = &*QUANTITIES_DATA;
    let bytes = folded.as_bytes();
    let mut out: Vec<(String, String)> = Vec::new();
    for (i, mut end) in digit_runs(folded) {
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            end += 1 + folded[end + 1..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
        }
        let number = &folded[i..end];
        let after = folded[end..].trim_start_matches(' ');
        let found = MEASURE_FORMS.iter().find(|(form, _)| {
            after.starts_with(form.as_str())
                && !(form.is_ascii()
                    && after[form.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric()))
        });
        if let Some((form, unit)) = found {
            let typed_end = folded.len() - after.len() + form.len();
            let typed = &folded[i..typed_end];
            for other in &data.measures[*unit] {
                let other = fold(other);
                let written = format!("{number}{other}");
                if other != *form && !out.iter().any(|(_, w)| *w == written) {
                    out.push((typed.to_owned(), written));
                }
            }
        }
    }
    out
}

/// A question's quantities written with Chinese numerals (一天, 两个工作日, 三个环节), as plans
/// write them, in Arabic digits (1天 and 1日, 2个工作日, 3个环节): official texts count and
/// measure in digits, people type the numeral they say (`data/quantities.toml`). A numeral
/// counts only where a word of the segmenter begins with it and a unit of the list follows
/// (统一年度 holds no 一年: 一 ends the word 统一) and where it is no ordinal (第一天).
/// `folded` is a folded query; the forms come in order, each once.
pub fn arabic_quantities(folded: &str) -> Vec<String> {
    let data = &*QUANTITIES_DATA;
    let is_numeral = |c: char| data.numerals.contains(c);
    let mut word_starts = HashSet::new();
    let mut at = 0;
    for token in JIEBA_DICT.cut(folded, false) {
        word_starts.insert(at);
        at += token.word.len();
    }
    let mut out: Vec<String> = Vec::new();
    let mut push = |form: String| {
        if !out.contains(&form) {
            out.push(form);
        }
    };
    let mut i = 0;
    while i < folded.len() {
        let rest = &folded[i..];
        let run: usize = rest
            .chars()
            .take_while(|&c| is_numeral(c))
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let numeral = &rest[..run];
        let after = &rest[run..];
        let ordinal = folded[..i].ends_with('第');
        let unit = data.units.iter().find(|u| after.starts_with(u.as_str()));
        if let (Some(unit), false, true) = (unit, ordinal, word_starts.contains(&i)) {
            let n = if numeral == "两" {
                2
            } else {
                chinese_number(&numeral.replace('两', "二"))
            };
            if n > 0 {
                push(format!("{n}{unit}"));
                for group in data.same.iter().filter(|g| g.contains(unit)) {
                    for other in group.iter().filter(|o| *o != unit) {
                        push(format!("{n}{other}"));
                    }
                }
            }
        }
        i += run;
    }
    out
}

/// A question's quantities as plans write them: those typed with a Chinese numeral
/// ([`arabic_quantities`]: 两家 → 2家) and those typed in digits before a unit of
/// `data/quantities.toml` (2家, 5个工作日), one digit too: a count with its unit says which
/// case is asked (「只有两家企业入围」 is the case 「入围生产企业为2家的」), where a bare digit could be
/// any. `folded` is a folded query; the forms come in order, each once.
pub fn written_quantities(folded: &str) -> Vec<String> {
    let data = &*QUANTITIES_DATA;
    let mut out = arabic_quantities(folded);
    for (i, end) in digit_runs(folded) {
        if let Some(unit) = data
            .units
            .iter()
            .find(|u| folded[end..].starts_with(u.as_str()))
        {
            let form = format!("{}{unit}", &folded[i..end]);
            if !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
}

/// The words of two characters or more of a text, as the segmenter's dictionary cuts it (byte
/// ranges): where a phrase of the synonym tables occurs without cutting one of them in two.
/// 交房 occurs in 「交房产证」 only as 交 + the first character of 房产证, so the rule for 交房
/// (handing over a new home) does not fire on a question about a 房产证. A phrase inside one
/// word (刻章 in 刻章费), over whole words and single characters (办电 of 办 / 电, which the
/// dictionary does not know) or leaving one character of a word (施工许可 of 施工许可证)
/// occurs.
pub struct DictionaryWords(Vec<(usize, usize)>);

impl DictionaryWords {
    /// The words of `text`.
    pub fn of(text: &str) -> DictionaryWords {
        let mut at = 0;
        let mut words = Vec::new();
        for token in JIEBA_DICT.cut(text, false) {
            let word = token.word;
            let end = at + word.len();
            if word.chars().nth(1).is_some() {
                words.push((at, end));
            }
            at = end;
        }
        DictionaryWords(words)
    }

    /// Whether the span `start..end` of `text` borrows characters of a word it does not hold:
    /// it ends (or starts) inside a word it does not lie in, and what it leaves of that word is
    /// no affix (one character: 施工许可 of 施工 / 许可证 leaves 证) and does not make the word a
    /// compound of two dictionary words (注销公司 of 注销 / 公司公告 leaves 公告 of 公司 + 公告).
    /// 交房 of 交 / 房产证 leaves 产证, no word: it borrowed 房 of 房产证.
    fn cuts(&self, text: &str, start: usize, end: usize) -> bool {
        let borrows = |taken: &str, left: &str| {
            left.chars().nth(1).is_some() && !(is_one_word(taken) && is_one_word(left))
        };
        self.0.iter().any(|&(s, e)| {
            let inside = s <= start && end <= e;
            let cut_at_end =
                start <= s && s < end && end < e && borrows(&text[s..end], &text[end..e]);
            let cut_at_start =
                s < start && start < e && e <= end && borrows(&text[start..e], &text[s..start]);
            !inside && (cut_at_end || cut_at_start)
        })
    }

    /// Whether `at` falls strictly inside a word of two or more characters: a name beginning
    /// there is read out of another word (范县 of 示范县, or of 示范 / 县级), which the writer
    /// did not write. (Where a name ends is left alone: the segmenter may join its last
    /// character to the next word, 福 / 山区 of 福山区.)
    pub fn starts_inside(&self, at: usize) -> bool {
        self.0.iter().any(|&(s, e)| s < at && at < e)
    }

    /// Whether `at` falls strictly inside a word of two or more characters: a name ending there
    /// is the first part of another word (合作 of 合作社, 高密 of 高密度).
    pub fn ends_inside(&self, at: usize) -> bool {
        self.starts_inside(at)
    }

    /// The byte offsets where `phrase` occurs in `text[within]` (`text` the text these words
    /// are of, offsets into it): a stretch of the text is read with the words of the whole, not
    /// cut again on its own, where its ends would make other words (一家人 of 「开一家人」 cut out
    /// of 「开一家人才」, whose words are 一家 / 人才).
    pub fn occurrences_within<'a>(
        &'a self,
        text: &'a str,
        within: std::ops::Range<usize>,
        phrase: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        let start = within.start;
        text[within]
            .match_indices(phrase)
            .map(move |(at, _)| start + at)
            .filter(move |&at| !self.cuts(text, at, at + phrase.len()))
    }

    /// The words of the text these are of that lie in `text[within]`, each clipped to it (a
    /// word running across an end keeps its part inside), with the single characters between
    /// them: the stretch's words as the whole text's segmentation reads them.
    pub fn pieces_within<'a>(&self, text: &'a str, within: std::ops::Range<usize>) -> Vec<&'a str> {
        // the single characters of `text[from..to]`, each a piece
        let singles = |from: usize, to: usize| {
            text[from..to]
                .char_indices()
                .map(move |(i, c)| &text[from + i..from + i + c.len_utf8()])
        };
        let mut out = Vec::new();
        let mut at = within.start;
        for &(s, e) in &self.0 {
            let (s, e) = (s.max(within.start), e.min(within.end));
            if s >= e {
                continue;
            }
            out.extend(singles(at, s));
            out.push(&text[s..e]);
            at = e;
        }
        out.extend(singles(at, within.end.max(at)));
        out
    }

    /// The byte offsets where `phrase` occurs in `text` (the text these words are of).
    pub fn occurrences<'a>(
        &'a self,
        text: &'a str,
        phrase: &'a str,
    ) -> impl Iterator<Item = usize> + 'a {
        text.match_indices(phrase)
            .map(|(at, _)| at)
            .filter(move |&at| !self.cuts(text, at, at + phrase.len()))
    }
}

/// The words of `data/place-words.toml` that tell a question naming the nation (see
/// [`RegionAliases::names_nation`]).
#[derive(serde::Deserialize)]
struct NationalWords {
    national_words: Vec<String>,
    national_title_after: Vec<String>,
    national_other_before: Vec<String>,
}

static NATIONAL_WORDS: LazyLock<NationalWords> = LazyLock::new(|| crate::data::PLACE_WORDS.toml());

/// Region names in queries → region paths present in the index.
#[derive(Debug, Clone, Default)]
pub struct RegionAliases {
    /// (alias, region path), longest alias first.
    aliases: Vec<(String, String)>,
    /// Each alias's place in `aliases`.
    rank: HashMap<String, usize>,
    /// The aliases' lengths in characters, each once.
    lengths: Vec<usize>,
}

impl RegionAliases {
    /// Builds the aliases of `paths` (every region path in the index, each level included)
    /// from the gazetteer's names of each place, so queries and region inference share one
    /// list of place names.
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a str>) -> RegionAliases {
        let paths: BTreeSet<&str> = paths.into_iter().collect();
        let mut by_alias: HashMap<String, BTreeSet<String>> = HashMap::new();
        for path in &paths {
            for name in GAZETTEER.names_of(path) {
                by_alias
                    .entry(fold(&name))
                    .or_default()
                    .insert(path.to_string());
            }
        }
        let mut aliases: Vec<(String, String)> = by_alias
            .into_iter()
            .filter_map(|(alias, mut targets)| {
                // An alias naming several places is kept only when one contains the others.
                let first = targets.pop_first()?;
                if targets.iter().all(|t| t.starts_with(&format!("{first}/"))) {
                    Some((alias, first))
                } else {
                    None
                }
            })
            .collect();
        aliases.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.0.cmp(&b.0))
        });
        let rank = aliases
            .iter()
            .enumerate()
            .map(|(i, (alias, _))| (alias.clone(), i))
            .collect();
        let mut lengths: Vec<usize> = aliases.iter().map(|(a, _)| a.chars().count()).collect();
        lengths.dedup();
        RegionAliases {
            aliases,
            rank,
            lengths,
        }
    }

    /// Region paths named in a (folded) query, with the byte ranges of the names found
    /// (longest names first, non-overlapping). Every substring of an alias's length is looked
    /// up in a map: a query costs its length times the few alias lengths, not one scan of
    /// the query per alias (thousands of place names).
    pub fn find(&self, folded_query: &str) -> Vec<(std::ops::Range<usize>, String)> {
        let bounds: Vec<usize> = folded_query
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(folded_query.len()))
            .collect();
        let mut occurrences: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for (k, &start) in bounds.iter().enumerate() {
            for &len in &self.lengths {
                let Some(&end) = bounds.get(k + len) else {
                    continue;
                };
                if let Some(&rank) = self.rank.get(&folded_query[start..end]) {
                    occurrences.push((rank, start..end));
                }
            }
        }
        // The order of the aliases (longest first), then left to right.
        occurrences.sort_by_key(|(rank, range)| (*rank, range.start));
        let mut found: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        for (rank, range) in occurrences {
            if found
                .iter()
                .all(|(r, _)| r.end <= range.start || range.end <= r.start)
            {
                found.push((range, self.aliases[rank].1.clone()));
            }
        }
        found.sort_by_key(|(r, _)| r.start);
        found
    }

    /// Whether a (folded) query names the nation as its place (国家规定的产假, 按国家规范, 中央财政
    /// 给不给钱: `national_words` of `data/place-words.toml`), where the index has national
    /// measures: such a question asks the central rule, as one naming 山东 asks 山东省's. Not
    /// where 国家 is a title a local body or zone holds (国家级开发区, 国家高新区:
    /// `national_title_after`) or names another country (发达国家: `national_other_before`). The
    /// caller reads it only when the query names no other place (在北京结婚，婚假比国家规定多几天
    /// asks 北京's rule). The word stays a word of the query: 国家标准 is also what it looks for.
    pub fn names_nation(&self, folded_query: &str) -> bool {
        if !self.rank.contains_key(crate::search::benefits::NATIONAL) {
            return false;
        }
        let words = &*NATIONAL_WORDS;
        words.national_words.iter().any(|word| {
            folded_query.match_indices(word.as_str()).any(|(at, _)| {
                let (before, after) = (&folded_query[..at], &folded_query[at + word.len()..]);
                !words
                    .national_title_after
                    .iter()
                    .any(|t| after.starts_with(t.as_str()))
                    && !words
                        .national_other_before
                        .iter()
                        .any(|o| before.ends_with(o.as_str()))
            })
        })
    }

    /// The region path a filter value names: a path as is, else an alias (威海 → 山东省/威海市).
    pub fn resolve(&self, value: &str) -> Option<String> {
        let folded = fold(value.trim());
        self.rank
            .get(&folded)
            .map(|&rank| self.aliases[rank].1.clone())
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_questions_quantities_in_digits_or_numerals_are_written_as_plans_write_them() {
        assert_eq!(written_quantities("只有两家企业入围"), ["2家"]);
        assert_eq!(
            written_quantities("入围3家以上,12个工作日"),
            ["3家", "12个工作日"]
        );
        assert_eq!(written_quantities("1.5天"), Vec::<String>::new());
    }

    #[test]
    fn chinese_numeral_quantities_read_as_plans_write_them() {
        assert_eq!(arabic_quantities("一天能办完吗"), ["1天", "1日"]);
        assert_eq!(arabic_quantities("两个工作日"), ["2个工作日"]);
        assert_eq!(arabic_quantities("压缩到十五个环节"), ["15个环节"]);
        // A numeral ending a word, an ordinal, a slogan: no quantity.
        assert!(arabic_quantities("统一年度报告").is_empty());
        assert!(arabic_quantities("第一天").is_empty());
        assert!(arabic_quantities("一次办好").is_empty());
        assert!(arabic_quantities("1天").is_empty());
    }

    use super::*;

    #[test]
    fn a_unit_written_by_its_symbol_is_also_searched_by_its_chinese_name() {
        let forms =
            |q: &str| -> Vec<String> { unit_forms(&fold(q)).into_iter().map(|(_, w)| w).collect() };
        assert_eq!(
            unit_forms("10kv接电要多久"),
            [("10kv".to_owned(), "10千伏".to_owned())]
        );
        assert_eq!(
            unit_forms("10千伏接电要多久"),
            [("10千伏".to_owned(), "10kv".to_owned())]
        );
        assert_eq!(forms("160 kVA及以下"), ["160千伏安"]);
        assert_eq!(forms("5公里"), ["5km", "5千米"]);
        assert_eq!(forms("厚度0.01毫米"), ["0.01mm"]);
        assert_eq!(forms("100㎡的门店"), ["100平方米"]);
        // A symbol runs on into no other word; a number without a unit has no other form.
        assert!(forms("5G网络").is_empty());
        assert!(forms("10kvar").is_empty());
        assert!(forms("12个工作日").is_empty());
    }

    #[test]
    fn an_askers_shorthand_is_searched_as_plans_write_it_in_full() {
        let forms = |q: &str| -> Vec<&str> {
            expansions(&fold(q))
                .iter()
                .flat_map(|rule| rule.to.iter().map(String::as_str))
                .collect()
        };
        // Filing for several utilities at once is done at a 联合营业厅 (山东省's 「全面推广水电气暖信等联合营业厅制度」).
        assert!(forms("山东公用事业联合报装大厅有没有").contains(&"联合营业厅"));
        // A body's account on a platform: 政务号 to its staff, 政务新媒体(账号) in the rules.
        assert!(forms("下面科室还能再开一个政务号吗").contains(&"政务新媒体"));
        assert!(forms("雄安新区用水有啥硬杠杠").contains(&"红线"));
        assert!(forms("业主和物业闹矛盾找谁调解").contains(&"纠纷"));
    }

    #[test]
    fn question_words_are_dropped_but_policy_words_kept() {
        for w in ["吗", "怎么", "多久", "哪些", "的"] {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["区", "年", "月", "不得", "以上", "按照", "企业", "零"] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn a_synonym_phrase_borrows_no_characters_of_another_word() {
        let occurs = |text: &str, phrase: &str| {
            DictionaryWords::of(text)
                .occurrences(text, phrase)
                .next()
                .is_some()
        };
        assert!(!occurs("交房产证要多久", "交房"));
        assert!(occurs("新房什么时候交房", "交房"));
        assert!(occurs("施工图还没审完能先办施工许可证吗", "施工许可"));
        assert!(occurs("办电要多久", "办电"));
        assert!(occurs("威海注销公司公告要多少天", "注销公司"));
    }

    /// A stretch of a text is read with the whole text's words: 「开一家人才」 cut alone reads
    /// 一家人, within 「开一家人才中介机构」 it reads 一家 / 人才 (人才中介 clipped to the stretch).
    #[test]
    fn a_stretch_is_read_with_the_words_of_the_whole_text() {
        let text = "开一家人才中介机构";
        let words = DictionaryWords::of(text);
        let stretch = 0.."开一家人才".len();
        assert_eq!(
            words.pieces_within(text, stretch.clone()),
            vec!["开", "一家", "人才"]
        );
        assert!(words
            .occurrences_within(text, stretch.clone(), "家人")
            .next()
            .is_none());
        // Cut alone, the stretch would give the phrase.
        let alone = &text[stretch];
        assert!(DictionaryWords::of(alone)
            .occurrences(alone, "家人")
            .next()
            .is_some());
        let end = text.len();
        assert_eq!(
            words.pieces_within(text, "开一家人才中介".len()..end),
            vec!["机构"]
        );
    }

    /// Every expansion is a phrase plans or laws write: a `to` of `data/synonyms.tsv` that no
    /// text of `corpus/` holds (white space removed, as PDF extraction leaves it inside words),
    /// no entry of the legal lexicon (`data/lexicons/THUOCL_law.txt`: the law's own
    /// register, its terms and the titles of laws, 养犬 of 广州市养犬管理规定) and no word of
    /// jieba's general dictionary (jieba-rs's own, without our user dictionary: the words of
    /// general Chinese usage, 出租人 and 孕产妇 among them, which the plans of `corpus/` never
    /// need) can only add noise to a query, and a `from` is read once. A phrase of several
    /// words (建筑物顶部, 视频图像: how regulations name what people call 楼顶, 监控录像) is
    /// searched as a phrase, its characters in that order, and counts for the word it stands
    /// for only where a measure writes it whole, so it passes when each of its words does:
    /// a phrase of words of ordinary Chinese is one a text may write.
    #[test]
    fn every_synonym_target_occurs_in_the_corpus_and_every_source_once() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut corpus = String::new();
        for entry in std::fs::read_dir(&dir).expect("corpus/") {
            let path = entry.expect("corpus entry").path();
            let text = std::fs::read_to_string(&path).expect("corpus file");
            match path.extension().and_then(|e| e.to_str()) {
                Some("txt") => corpus.push_str(&text),
                Some("jsonl") => {
                    for line in text.lines().filter(|l| !l.trim().is_empty()) {
                        let doc: serde_json::Value = serde_json::from_str(line).expect("json");
                        corpus.push_str(doc["text"].as_str().unwrap_or_default());
                    }
                }
                _ => {}
            }
        }
        let corpus: String = fold(&corpus)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let law: Vec<String> = crate::data::LAW_LEXICON
            .rows()
            .filter_map(|row| row.first().map(|word| fold(word)))
            .collect();
        let general = jieba_rs::Jieba::new();
        let mut sources = HashSet::new();
        for rule in SYNONYM_RULES.iter() {
            assert!(rule.from.chars().count() >= 2, "{} is too short", rule.from);
            assert!(sources.insert(rule.from.as_str()), "{} twice", rule.from);
            let known = |to: &str| {
                corpus.contains(to)
                    || law.iter().any(|word| word.contains(to))
                    || general.has_word(to)
            };
            for to in &rule.to {
                let words = general.cut(to, false);
                assert!(
                    known(to) || (words.len() > 1 && words.iter().all(|w| known(w.word))),
                    "{} → {to}: neither it nor each of its words in corpus/, the legal \
                     lexicon or jieba's dictionary",
                    rule.from
                );
            }
        }
        assert!(sources.len() > 700);
    }

    /// Whether a question's expansions write `official`.
    fn reaches(question: &str, official: &str) -> bool {
        expansions(&fold(question))
            .iter()
            .any(|rule| rule.to.iter().any(|to| to == official))
    }

    /// People ask in the everyday register and measures write the official one: a question
    /// in everyday words reaches the official wording of its matter, in every domain the
    /// lexicon covers (associations, company officers, labour, abroad, closing down, selling a
    /// home, tenants, doctors, children).
    #[test]
    fn an_everyday_question_reaches_the_official_register() {
        for (question, official) in [
            ("成立一个协会要什么条件", "社会团体"),
            ("公司法人代表怎么换", "法定代表人"),
            ("辞职以后社保怎么办", "离职"),
            ("国外的公司来投资有什么规定", "境外"),
            ("店不开了要去哪里", "注销"),
            ("卖房子要交哪些税", "财产转让"),
            ("房客的权利有哪些", "承租人"),
            ("开诊所要什么手续", "医疗机构"),
            ("儿子上学有补贴吗", "子女"),
            ("出车祸了找谁", "交通事故"),
            ("去医院生孩子要带什么", "分娩"),
            ("坐地铁被多收了钱", "轨道交通"),
            ("对答复不服还能去哪里说理", "申诉"),
        ] {
            assert!(reaches(question, official), "{question} → {official}");
        }
    }

    /// A regulation's article writes what a citizen's question says in everyday words: the
    /// conditions one must meet (具备 → 符合下列条件), telling the other party (告诉 → 通知),
    /// a term running out (到期 → 期满), an old person's spouse (老伴 → 配偶), the housing
    /// office (房管 → 房地产管理), children not caring for a parent (不管老人 → 赡养).
    #[test]
    fn a_citizens_everyday_words_reach_the_articles_words() {
        for (question, legal) in [
            ("开人力资源中介公司办许可证要具备哪些条件", "符合"),
            ("房东要卖房子最晚什么时候告诉租户", "通知"),
            ("谈判期间劳动合同到期了公司能不续吗", "期满"),
            ("跟工会谈判集体合同", "集体协商"),
            ("老人丧偶后想再找个老伴", "配偶"),
            ("房管部门查询收不收费", "房地产管理"),
            ("孕妇情况危急拿不出抢救的钱", "急救"),
            ("我哥没跟他商量就租出去了", "出租"),
            ("装修完几天内得挂回去", "恢复原状"),
            ("景区买票只卖套票", "门票"),
            ("子女不管老人生活谁来批评教育", "赡养"),
            ("哪些露天的地方也不让抽烟", "室外"),
            ("湿地平时由谁去巡逻", "巡查"),
            ("办人才中介公司要满足哪些条件", "中介服务机构"),
            ("遛狗不拴绳哪个部门管", "束犬链"),
            ("遛狗不牵绳罚多少", "犬绳"),
        ] {
            assert!(reaches(question, legal), "{question} → {legal}");
        }
    }

    /// A citizen names a thing, a party, an act or a time in everyday words; the regulations
    /// write the same in their own: a thing (东西 → 物品), from upstairs (楼上 → 建筑物),
    /// another province (外省 → 省外), a quarter of an hour (十五分钟 → 一刻钟), one's own use
    /// (自己用 → 自用), the school as a party (校方 → 学校), closing a
    /// park (闭园 → 暂停开放), telling everyone (告诉大家 → 公示), hauling (拉煤 → 运输煤炭),
    /// keeping animals (家养 → 饲养), jointly (一起 → 共同), each their own (各交各的 → 分别),
    /// men only (只要男的 → 性别). The question reaches the regulation's word.
    #[test]
    fn a_citizens_word_for_a_thing_or_an_act_reaches_the_laws_word() {
        for (question, legal) in [
            ("窗台上的东西掉下去砸到人怎么办", "物品"),
            ("楼上往下泼水罚不罚", "建筑物"),
            ("外省的车能进来送货吗", "省外"),
            ("十五分钟生活圈什么时候建好", "一刻钟"),
            ("厂里自己用的锅炉要登记吗", "自用"),
            ("校方能不能收这笔钱", "学校"),
            ("动物园闭园前要通知吗", "暂停开放"),
            ("停水要提前告诉大家吗", "公示"),
            ("拉煤的车能进城吗", "运输煤炭"),
            ("农村家养的狗要打疫苗吗", "饲养"),
            ("夫妻一起买的房子怎么登记", "共同"),
            ("两个人的社保是各交各的吗", "分别"),
            ("招工只要男的违法吗", "性别"),
        ] {
            assert!(reaches(question, legal), "{question} → {legal}");
        }
    }

    /// Regulations name as a phrase what people call by one everyday word: the roof of a
    /// building (楼顶 → 建筑物顶部), an e-bike (电瓶车 → 电动自行车), CCTV footage (监控录像 →
    /// 视频图像), a car's exhaust (尾气 → 排气), a third child (三孩 → 三个子女); the question
    /// reaches the phrase, whose words are each ones of ordinary Chinese.
    #[test]
    fn an_everyday_word_reaches_the_phrase_a_regulation_writes() {
        for (question, phrase) in [
            ("商铺老板想在楼顶竖一块大广告牌", "建筑物顶部"),
            ("公园里能骑电瓶车吗", "电动自行车"),
            ("分拣场的监控录像要不要上传", "视频图像"),
            ("车主把尾气净化器拆了要罚多少", "排气"),
            ("车主把尾气净化器拆了要罚多少", "污染控制装置"),
            ("现在放开三孩了吗", "三个子女"),
            ("条例是哪天开始生效的", "施行"),
            ("办了张健身卡才三天能全额退吗", "预付卡"),
            ("店铺的店招归哪个部门管", "招牌"),
            ("在市区河边钓鱼罚多少", "垂钓"),
            ("在楼顶上私自立大型广告牌罚多少", "擅自"),
        ] {
            assert!(reaches(question, phrase), "{question} → {phrase}");
        }
    }

    /// Words of a trade or a policy that people use and the rules do not: a village home's
    /// plot (宅基地 → 住宅用地), a site's wheel-wash pit (洗车池 → 车辆冲洗设施), rough
    /// sorting of parcels (野蛮分拣 → 暴力分拣), a river chief's patrol (巡河 → 巡查) and
    /// throwing things from a height (高空抛物 → 抛掷物品) reach the regulation's words.
    #[test]
    fn a_trade_word_reaches_the_rules_word() {
        for (question, official) in [
            ("农村村民建房用宅基地由哪一级政府审批", "住宅用地"),
            ("工地门口不设洗车池罚多少钱", "车辆冲洗设施"),
            ("快递员野蛮分拣包裹能识别出来吗", "暴力分拣"),
            ("村里的河长多久要巡河一次", "巡查"),
            ("小区高空抛物谁来管", "抛掷物品"),
        ] {
            assert!(reaches(question, official), "{question} → {official}");
        }
    }

    /// Citizens ask laws and regulations in the words they speak, and the regulations write the
    /// law's own register: a question about dogs, tenancy, smoking, dismissal, noise, building
    /// at home, drink-driving, funerals, selling tobacco, owners' committees, unemployment pay
    /// or unauthorised building reaches the phrase the regulations write.
    #[test]
    fn a_citizens_question_reaches_the_register_of_laws() {
        for (question, legal) in [
            ("遛狗有什么规定", "养犬"),
            ("房东不退押金怎么办", "保证金"),
            ("房东要涨房租合法吗", "租赁合同"),
            ("在商场里抽烟罚多少", "吸烟"),
            ("被公司辞退有没有补偿", "解除劳动合同"),
            ("楼上噪音太大找谁", "噪声"),
            ("农村盖房要批吗", "宅基地"),
            ("酒驾怎么处罚", "道路交通"),
            ("火葬有什么规定", "殡葬"),
            ("开小店卖烟要什么证", "烟草"),
            ("业委会怎么成立", "业主委员会"),
            ("失业补助能领多久", "失业保险金"),
            ("小区里的违建谁来管", "违法建设"),
            ("带狗出门要注意什么", "犬只"),
            ("带狗出门要注意什么", "外出"),
            ("上班一个月了还没签合同", "用工"),
            ("停车忘了交费怎么办", "缴纳"),
            ("停车场开业前要备案吗", "经营"),
            ("店要关门了会通知我们吗", "告知"),
            // the asker's own share, apart from the employer's
            ("失业保险我自己要交工资的百分之几", "本人"),
            ("养老保险我自己交多少", "个人"),
        ] {
            assert!(reaches(question, legal), "{question} → {legal}");
        }
    }

    /// A question asks a rule's force in everyday words (不许, 不让, 有义务); the law states it
    /// with its modal verbs (不得, 禁止, 应当): the question reaches them.
    #[test]
    fn a_question_of_what_one_may_not_or_must_do_reaches_the_laws_modal_verbs() {
        for (question, modal) in [
            ("什么样的商家不许卖预付卡", "不得"),
            ("哪些地方不让抽烟", "禁止"),
            ("学校旁边多远以内不能卖烟", "不得"),
            ("店家有义务通知我们吗", "应当"),
        ] {
            assert!(reaches(question, modal), "{question} → {modal}");
        }
    }

    /// A rule's start is asked as it starting (开始实行) and a law's short name as people say
    /// it (控烟); the law writes 「本条例自…起施行」 under its full title (控制吸烟条例).
    #[test]
    fn a_question_of_when_a_law_starts_reaches_its_force_and_its_title() {
        for (question, legal) in [
            ("控烟条例是哪天开始实行的", "施行"),
            ("控烟条例是哪天开始实行的", "控制吸烟"),
            ("新办法什么时候开始执行", "施行"),
        ] {
            assert!(reaches(question, legal), "{question} → {legal}");
        }
    }

    /// Searching only the rules whose `from` opens with two characters the query holds in a
    /// row gives what searching every rule gives, in the same order: over every rule's `from`
    /// alone, inside a question, beside the next rule's and cut short by its last character,
    /// and over the questions of `tests/eval/questions.jsonl` (a development set).
    #[test]
    fn expansions_are_those_of_every_rule_searched() {
        let every_rule = |query: &str| -> Vec<&'static str> {
            let words = DictionaryWords::of(query);
            SYNONYM_RULES
                .iter()
                .filter(|rule| words.occurrences(query, &rule.from).next().is_some())
                .map(|rule| rule.from.as_str())
                .collect()
        };
        let mut texts: Vec<String> = Vec::new();
        for (i, rule) in SYNONYM_RULES.iter().enumerate() {
            let next = &SYNONYM_RULES[(i + 1) % SYNONYM_RULES.len()].from;
            let mut cut: Vec<char> = rule.from.chars().collect();
            cut.pop();
            texts.push(rule.from.clone());
            texts.push(format!("请问{}需要什么材料", rule.from));
            texts.push(format!("{}和{next}", rule.from));
            texts.push(format!("{}{next}", cut.into_iter().collect::<String>()));
        }
        let questions = include_str!("../../tests/eval/questions.jsonl");
        for line in questions.lines().filter(|l| !l.trim().is_empty()) {
            let question: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(fold(question["question"].as_str().unwrap()));
        }
        let mut expanded = 0;
        for text in &texts {
            let expected = every_rule(text);
            let found: Vec<&str> = expansions(text)
                .into_iter()
                .map(|rule| rule.from.as_str())
                .collect();
            assert_eq!(found, expected, "{text}");
            expanded += usize::from(!expected.is_empty());
        }
        assert!(expanded > SYNONYM_RULES.len(), "{expanded}");
    }

    /// A staff member (代办员, 帮办专员) is who does a thing, not the thing: asked of the service
    /// (代跑, 代办), a measure staffing it (「配备2名以上代办员」) answers another matter. An
    /// expansion to staff is for a way of asking that names a person (有人帮, 自由职业者).
    #[test]
    fn only_a_phrase_naming_a_person_expands_to_staff() {
        for rule in SYNONYM_RULES.iter() {
            for to in rule.to.iter().filter(|t| t.ends_with('员')) {
                assert!(
                    rule.from.contains(['人', '者', '员']),
                    "{} → {to}: a service asked, staff given",
                    rule.from
                );
            }
        }
    }

    #[test]
    fn word_lists_have_no_duplicates_and_kept_words_stay() {
        for list in [STOPWORDS_KEEP, QUERY_STOPWORDS] {
            let words: Vec<&str> = list.entries().collect();
            let unique: HashSet<&str> = words.iter().copied().collect();
            assert!(words.len() > 40 && unique.len() == words.len());
        }
        for word in STOPWORDS_KEEP.entries() {
            assert!(!is_stopword(&fold(word)), "{word} stays in queries");
        }
    }

    #[test]
    fn region_aliases_resolve_to_paths_in_the_index() {
        let aliases = RegionAliases::new([
            "山东省",
            "山东省/威海市",
            "山东省/威海市/威海经济技术开发区",
            "辽宁省",
            "辽宁省/营口市",
            "辽宁省/营口市/鲅鱼圈区",
        ]);
        assert_eq!(aliases.resolve("威海").as_deref(), Some("山东省/威海市"));
        assert_eq!(aliases.resolve("山东").as_deref(), Some("山东省"));
        assert_eq!(
            aliases.resolve("经区").as_deref(),
            Some("山东省/威海市/威海经济技术开发区")
        );
        let found = aliases.find("鲅鱼圈 营商局");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, "辽宁省/营口市/鲅鱼圈区");
    }
}
