//! The topic words of a question weighted by rarity ([`Terms`]), and how much of the topic a
//! text holds: a word counts when it or one of its synonyms occurs, a word no measure writes
//! when its abbreviated phrase does (违停 → 违法停车).

use std::sync::LazyLock;

use regex::Regex;

use super::question;
use crate::index::analyzer::{is_cjk, JIEBA_DICT};
use crate::question::rules::RULES;
use crate::search::matching::{is_done_verb, names_a_thing};
use crate::search::SearchEngine;

/// The topic words with their weights.
pub(crate) struct Terms {
    pub(crate) words: Vec<String>,
    /// The written forms of each word (itself and its synonyms), lowercased when Latin.
    pub(crate) variants: Vec<Vec<String>>,
    /// For a word that is a phrase of the synonym tables made of others (网上开公司 = 网上 +
    /// 开公司, [`question::phrase_parts`]): the written forms of each part. A text holding
    /// every part, each in one of its forms, holds the word.
    pub(crate) parts: Vec<Vec<Vec<String>>>,
    /// Rarity weight of each word. A word no measure holds (colloquial: 报修, 违停; or
    /// something the corpus does not cover: 渔业) weighs as much as the rarest known word, so
    /// that missing it lowers the share of the topic an answer covers.
    pub(crate) weights: Vec<f32>,
    /// For the words no measure holds: the word read as an abbreviation (违停 → 违法停车,
    /// each character followed closely by the next), the only way a measure can hold it.
    pub(crate) abbreviations: Vec<Option<Regex>>,
    /// Total weight of the words some measure holds.
    pub(crate) known: f32,
    /// Words no measure writes that specify a word they do write, in one compound of the
    /// question (宠物 of 宠物医院): the question asks about that kind of thing, which a measure
    /// holding the rest (医院) is not about.
    pub(crate) specifiers: Vec<usize>,
}

/// The particle joining an attribute to the noun it qualifies (「6个月的保险金」).
const ATTRIBUTIVE: char = '的';

/// Most characters of a noun phrase after 的 read for its head ([`Terms::heads`]).
const HEAD_REACH: usize = 16;

/// Longest run of characters between two characters of an abbreviation (办电 → 办理用电).
pub(crate) const ABBREVIATION_GAP: usize = 2;

/// The pattern of `word` as an abbreviation of a longer phrase: its characters in order, at
/// most [`ABBREVIATION_GAP`] characters apart, with no punctuation between them. Only for
/// words of two to four Chinese characters.
pub(crate) fn abbreviation(word: &str) -> Option<Regex> {
    let chars: Vec<char> = word.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_cjk(c)) {
        return None;
    }
    let gap = format!("[\\p{{Han}}]{{0,{ABBREVIATION_GAP}}}");
    let pattern = chars
        .iter()
        .map(|c| regex::escape(&c.to_string()))
        .collect::<Vec<_>>()
        .join(&gap);
    Regex::new(&pattern).ok()
}

impl Terms {
    /// Marks as specifiers the words no measure writes that name a thing and stand right before
    /// a field noun of the question (低空 of 「低空经济」, `[fields]` of
    /// `data/question_kinds.toml`): the segmenter cuts the field's name in two, but like the
    /// parts of one compound (宠物 of 宠物医院) the first says which field, and an answer must
    /// hold it. `question` is the folded question the words were read from.
    pub(crate) fn specify_fields(&mut self, question: &str) {
        let fields = &crate::question::rules::RULES.fields;
        for i in 0..self.words.len() {
            let word = &self.words[i];
            let specifies = !self.is_known(i)
                && names_a_thing(word)
                && fields
                    .iter()
                    .any(|f| question.contains(&format!("{word}{f}")));
            if specifies && !self.specifiers.contains(&i) {
                self.specifiers.push(i);
            }
        }
    }

    /// The weighted share of the topic words `text` holds (a word counts when it or one of its
    /// synonyms occurs; a word no measure holds, when its abbreviated phrase occurs).
    pub(crate) fn cover(&self, text: &str) -> f32 {
        let total: f32 = self.weights.iter().sum();
        if total <= 0.0 {
            return 0.0;
        }
        let lower = text.to_lowercase();
        let found: f32 = (0..self.words.len())
            .filter(|&i| self.weights[i] > 0.0 && self.holds_in(i, text, &lower))
            .map(|i| self.weights[i])
            .sum();
        found / total
    }

    /// The share of the known topic words `text` holds, each counted once whatever its rarity:
    /// what tells the subjects of one sentence apart (低压 / 高压, 大型 / 小型, 以上 / 以下) are
    /// common words, which the rarity weights would drown under the topic all of them share.
    pub(crate) fn count_share(&self, text: &str) -> f32 {
        let known: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.is_known(i) && self.weights[i] > 0.0)
            .collect();
        if known.is_empty() {
            return 0.0;
        }
        let lower = text.to_lowercase();
        let held = known
            .iter()
            .filter(|&&i| self.holds_in(i, text, &lower))
            .count();
        held as f32 / known.len() as f32
    }

    /// The share of the known topic words ([`Terms::count_share`]'s measure) that `text` writes
    /// only after a grade prefix `question` does not write before them (`[grades]` of
    /// `data/question_kinds.toml`): 技师 asked, 「高级技师5000元」 names another grade, so the
    /// subject holds the word in form only.
    pub(crate) fn other_grade_share(&self, text: &str, question: &str) -> f32 {
        let grades = &crate::question::rules::RULES.grades;
        let known: Vec<usize> = (0..self.words.len())
            .filter(|&i| self.is_known(i) && self.weights[i] > 0.0)
            .collect();
        if known.is_empty() || grades.is_empty() {
            return 0.0;
        }
        let graded = |v: &str| {
            let mut found = false;
            for (at, _) in text.match_indices(v) {
                found = true;
                let before = &text[..at];
                let prefixed = grades.iter().any(|g| {
                    before.ends_with(g.as_str()) && !question.contains(&format!("{g}{v}"))
                });
                if !prefixed {
                    return false;
                }
            }
            found
        };
        let other = known
            .iter()
            .filter(|&&i| {
                let written: Vec<&String> = self.variants[i]
                    .iter()
                    .filter(|v| !v.is_empty() && text.contains(v.as_str()))
                    .collect();
                !written.is_empty() && written.iter().all(|v| graded(v))
            })
            .count();
        other as f32 / known.len() as f32
    }

    /// The distinctive words: the known words at least three quarters as rare as the rarest
    /// one, and the words naming a thing (a noun: [`names_a_thing`]) at least three quarters
    /// as rare as the rarest of those. An answer must hold one of them, or it answers
    /// something else (火箭发射许可 → a 许可 text). The second group is there because the
    /// rarest word of a question is often how it is put, not what it is about (以外 in
    /// 「收费清单以外还能收钱吗」, 不予 in 「不予处罚清单」, 税后 in 「交完税后」): such a word alone
    /// would refuse a measure that holds the thing asked about.
    pub(crate) fn distinctive(&self) -> impl Iterator<Item = usize> + '_ {
        self.distinctive_among(None)
    }

    /// [`Terms::distinctive`] among the words `present` marks (all when `None`): the rarest
    /// words of the question that the measures in hand write (`compose` marks a word some
    /// candidate holds).
    pub(crate) fn distinctive_among<'a>(
        &'a self,
        present: Option<&'a [bool]>,
    ) -> impl Iterator<Item = usize> + 'a {
        let weighed = move |i: usize| {
            self.is_known(i)
                && self.weights[i] > 0.0
                && present.is_none_or(|p| p.get(i).copied().unwrap_or(true))
        };
        let rarest = |thing_only: bool| {
            (0..self.words.len())
                .filter(|&i| weighed(i) && (!thing_only || names_a_thing(&self.words[i])))
                .map(|i| self.weights[i])
                .fold(0.0, f32::max)
        };
        let (top, top_thing) = (rarest(false), rarest(true));
        (0..self.words.len()).filter(move |&i| {
            weighed(i)
                && (self.weights[i] >= top * 0.75
                    || (names_a_thing(&self.words[i]) && self.weights[i] >= top_thing * 0.75))
        })
    }

    /// Whether `text` opens with a topic word some measure writes (or a synonym of it), after
    /// the attributive particle 的 if any: a figure right before it is said of the topic itself
    /// (「24小时退税」 for 退税多快; 「6个月的当地月人均失业保险金」 for 几个月的失业保险金 — a
    /// question asking 几个月的 X wants the count qualifying X).
    pub(crate) fn opens(&self, text: &str) -> bool {
        let text = text.strip_prefix(ATTRIBUTIVE).unwrap_or(text);
        (0..self.words.len()).any(|i| {
            self.is_known(i)
                && self.variants[i]
                    .iter()
                    .any(|v| text.starts_with(v.as_str()))
        })
    }

    /// Whether `text` qualifies the noun the question counts (`asked`, what the question
    /// writes after the unit it asks: 按多少个月工资给 → 工资给) as its head: after the
    /// attributive particle 的, the noun phrase up to the end of its clause (at most
    /// [`HEAD_REACH`] characters) ends with a topic word some measure writes, the one `asked`
    /// opens with. Chinese puts the head of a noun phrase last, so
    /// a figure before 的 is said of that head however many modifiers stand between
    /// (「五十四个月的统筹地区上年度职工月平均工资」 for 按多少个月工资给: the count of months
    /// of the wage asked).
    pub(crate) fn heads(&self, text: &str, asked: Option<&str>) -> bool {
        // the noun the question counts in the unit asked (按多少个月工资给: 工资), if any
        let Some(asked) = asked else {
            return false;
        };
        let Some(text) = text.strip_prefix(ATTRIBUTIVE) else {
            return false;
        };
        let end = text
            .char_indices()
            .find(|&(_, c)| super::figures::CLAUSE_STOPS.contains(&c))
            .map_or(text.len(), |(at, _)| at);
        let phrase = &text[..end];
        if phrase.chars().count() > HEAD_REACH || phrase.contains(ATTRIBUTIVE) {
            return false;
        }
        (0..self.words.len()).any(|i| {
            self.is_known(i)
                && self.variants[i]
                    .iter()
                    .any(|v| phrase.ends_with(v.as_str()) && asked.starts_with(v.as_str()))
        })
    }

    /// Whether some measure holds word `i` as written.
    pub(crate) fn is_known(&self, i: usize) -> bool {
        self.abbreviations[i].is_none()
    }

    /// Whether `text` holds word `i` (or a synonym, or its abbreviated phrase).
    pub(crate) fn holds(&self, i: usize, text: &str) -> bool {
        self.holds_in(i, text, &text.to_lowercase())
    }

    /// [`Terms::holds`] with the text lowercased once by the caller.
    pub(crate) fn holds_in(&self, i: usize, text: &str, lower: &str) -> bool {
        let written =
            |v: &String| text.contains(v.as_str()) || (has_latin(v) && lower.contains(v.as_str()));
        self.variants[i].iter().any(written)
            || (!self.parts[i].is_empty()
                && self.parts[i].iter().all(|forms| forms.iter().any(written)))
            || self.abbreviations[i]
                .as_ref()
                .is_some_and(|re| re.is_match(text))
    }
}

/// Whether `word` is a number written in Chinese numerals (一百, 两千, 三十几).
fn is_numeral(word: &str) -> bool {
    word.chars()
        .all(|c| "零一二三四五六七八九十百千万亿两几多余".contains(c))
}

/// A pattern that matches nothing.
pub(crate) static NEVER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s\S]").expect("empty class"));

/// Whether `word` has Latin letters: the question is folded to lower case and the measures are
/// not, so such a word (税务ukey) is also looked for in the lowercased text (税务UKey).
pub(crate) fn has_latin(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
}

impl Terms {
    /// Rarity weights of the topic words: rare words say more about what is asked than
    /// common ones. A word's document frequency is that of its most common written form, read
    /// from the index's term dictionary (no search).
    pub(crate) fn of(
        engine: &SearchEngine,
        words: &[String],
        markers: &[String],
        measures: usize,
    ) -> Terms {
        let n = measures.max(1) as f32;
        let mut terms = Terms {
            words: Vec::with_capacity(words.len()),
            variants: Vec::with_capacity(words.len()),
            parts: Vec::with_capacity(words.len()),
            weights: Vec::with_capacity(words.len()),
            abbreviations: Vec::with_capacity(words.len()),
            known: 0.0,
            specifiers: Vec::new(),
        };
        let weight = |df: usize| (1.0 + n / (df as f32 + 1.0)).ln();
        for word in words {
            let forms = forms(word);
            let df = forms.iter().map(|v| engine.doc_freq(v)).max().unwrap_or(0);
            if df > 0 {
                terms.known += weight(df);
                terms.words.push(word.clone());
                terms.variants.push(forms);
                terms.parts.push(part_forms(word));
                terms.weights.push(weight(df));
                terms.abbreviations.push(None);
                continue;
            }
            // A word no measure writes (执行款) may still hold words they do (执行): those stand
            // for it. Otherwise it cannot tell measures apart and only lowers the confidence.
            let mut parts = Vec::new();
            for token in JIEBA_DICT.cut_for_search(word, false) {
                let part = (token.word, token.byte_start..token.byte_end);
                if part.0.chars().count() >= 2 && part.0 != word && !parts.contains(&part) {
                    parts.push(part);
                }
            }
            let with_df: Vec<(&str, std::ops::Range<usize>, usize)> = parts
                .into_iter()
                .map(|(p, r)| (p, r, engine.doc_freq(p)))
                .collect();
            let known: Vec<(&str, usize)> = with_df
                .iter()
                .filter(|(_, _, df)| *df > 0)
                .map(|(p, _, df)| (*p, *df))
                .collect();
            // A part no measure writes and no known part overlaps (宠物 of 宠物医院) is what the
            // word is about: it stays a word of its own, which a measure holding only the other
            // part (医院) does not cover.
            let unknown: Vec<(&str, bool)> = with_df
                .iter()
                .filter(|(_, r, df)| {
                    *df == 0
                        && !with_df
                            .iter()
                            .any(|(_, k, kdf)| *kdf > 0 && k.start < r.end && r.start < k.end)
                })
                // A Chinese compound puts what specifies before what it specifies: an unwritten
                // part before a written one says which kind of it (宠物 → 医院). A number in
                // words (一百 of 一百多万) says how many, not which kind.
                .map(|(p, r, _)| {
                    let before = with_df
                        .iter()
                        .any(|(_, k, kdf)| *kdf > 0 && r.end <= k.start);
                    (*p, before && !is_numeral(p))
                })
                .collect();
            if !known.is_empty() {
                for (part, specifies) in unknown {
                    if specifies {
                        terms.specifiers.push(terms.words.len());
                    }
                    terms.push_unknown(part);
                }
            }
            if known.is_empty() {
                terms.push_unknown(word);
            }
            for (part, df) in known {
                terms.known += weight(df);
                terms.words.push(part.to_owned());
                terms.variants.push(vec![part.to_owned()]);
                terms.parts.push(Vec::new());
                terms.weights.push(weight(df));
                terms.abbreviations.push(None);
            }
        }
        // A synonym that the question names as a word of its own cannot stand for another word
        // (用电 → 报装 in 「用电报装」): a 用水报装 measure would otherwise hold both.
        let own: Vec<String> = terms.words.clone();
        for (word, forms) in terms.words.iter().zip(terms.variants.iter_mut()) {
            forms.retain(|f| f == word || !own.contains(f));
        }
        // A word no measure writes that names no thing (jieba tags it a verb, an adverb, a
        // pronoun: 有人, 来修, 办完) is how someone asks, not what about — search leaves it out
        // of a match's share for the same reason ([`names_a_thing`]); it weighs nothing. One
        // that names a thing (量子, 渔业) is a topic the corpus does not cover and lowers the
        // confidence. Beside such a thing (渔业 of 渔业捕捞许可证), the verbs no measure writes
        // are what is done with it (捕捞), part of the topic the corpus does not cover: they
        // weigh as much as it.
        //
        // When every word a measure writes only says how the answer should be (最快, 最多: the
        // bound and list words below), the unwritten verb is the question's whole topic (怎么减肥
        // 最快): an activity the corpus never mentions, not how someone asks about one it does.
        let rarest = terms.weights.iter().copied().fold(0.0, f32::max);
        let is_marker = |word: &str| {
            RULES.bounds.iter().any(|b| b == word)
                || names_a_figure(word)
                || markers.iter().any(|m| m.contains(word))
        };
        let written_topic =
            (0..terms.words.len()).any(|i| terms.is_known(i) && !is_marker(&terms.words[i]));
        let uncovered_thing = (0..terms.words.len())
            .any(|i| !terms.is_known(i) && is_uncovered_thing(&terms.words[i]));
        for i in 0..terms.words.len() {
            if !terms.is_known(i) {
                terms.weights[i] =
                    if is_done_verb(&terms.words[i]) || names_a_figure(&terms.words[i]) {
                        0.0
                    } else if uncovered_thing || !written_topic || names_a_thing(&terms.words[i]) {
                        rarest
                    } else {
                        0.0
                    };
            }
        }
        // The words that only say what kind of list is wanted (创新做法, 便民措施) weigh little:
        // a measure that is one of those seldom calls itself so.
        // So do the bound words (最多, 最长: `bounds` of data/question_kinds.toml): they ask for
        // a figure's limit, which measures write in many ways (最高不超过, 以内); and the words
        // naming the type of figure asked (额度, 费率: [`names_a_figure`]), which a measure
        // answers with a figure of that type (500万元), whether or not it writes the word.
        for i in 0..terms.words.len() {
            if is_marker(&terms.words[i]) {
                if terms.is_known(i) {
                    terms.known -= terms.weights[i] * (1.0 - MARKER_WEIGHT);
                }
                terms.weights[i] *= MARKER_WEIGHT;
            }
        }
        terms
    }
}

/// Whether `word` is how a question names the type of figure it asks for (额度, 费率: the
/// `cues` of a `figures` type in data/question_kinds.toml). Unwritten, it weighs nothing: a
/// measure states the figure in its own words (单户担保金额500万元 for 多大额度), and the
/// figure type already chooses the answer's value.
fn names_a_figure(word: &str) -> bool {
    RULES
        .figures
        .iter()
        .flat_map(|f| f.cues.iter())
        .any(|cue| cue.find(word).is_some_and(|m| m.range() == (0..word.len())))
}

/// Whether a word no measure writes names a thing the corpus does not cover (渔业), not how
/// the asker says something gets done ([`is_done_verb`]).
fn is_uncovered_thing(word: &str) -> bool {
    names_a_thing(word) && !is_done_verb(word) && !names_a_figure(word)
}

/// The written forms of each phrase `word` is made of ([`question::phrase_parts`]).
fn part_forms(word: &str) -> Vec<Vec<String>> {
    question::phrase_parts(word)
        .iter()
        .map(|part| forms(part))
        .collect()
}

/// The written forms of `word`: itself and its synonyms, lowercased when Latin.
fn forms(word: &str) -> Vec<String> {
    question::variants(word)
        .into_iter()
        .map(|v| if has_latin(&v) { v.to_lowercase() } else { v })
        .collect()
}

impl Terms {
    /// Adds a word no measure writes. Weighted like the rarest word once all are known
    /// ([`Terms::of`]): a colloquial word (到手, 还清) lowers the confidence without
    /// outweighing the whole topic. It can only be held as an abbreviation; a word that cannot
    /// be one gets a pattern that never matches.
    fn push_unknown(&mut self, word: &str) {
        self.words.push(word.to_owned());
        self.variants.push(forms(word));
        self.parts.push(part_forms(word));
        self.weights.push(0.0);
        self.abbreviations
            .push(Some(abbreviation(word).unwrap_or_else(|| NEVER.clone())));
    }
}

/// Share of its rarity weight a word that marks a list question (新举措) keeps.
pub(crate) const MARKER_WEIGHT: f32 = 0.1;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_word_is_held_as_an_abbreviation() {
        let re = abbreviation("违停").expect("two Chinese characters");
        assert!(re.is_match("对违法停车等轻微交通违法行为"));
        assert!(!re.is_match("违法行为,停车"));
        assert!(abbreviation("ukey").is_none());
        assert!(!NEVER.is_match("anything 任何"));
    }

    #[test]
    fn a_title_after_a_grade_prefix_the_question_does_not_write_is_another_grade() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "按照每名高级工1000元、技师2000元、高级技师5000元的标准给予补贴。",
        ]);
        let terms = Terms::of(&engine, &["技师".into()], &[], 1);
        assert_eq!(
            terms.other_grade_share("高级技师5000元", "评出一名技师能拿多少"),
            1.0
        );
        assert_eq!(
            terms.other_grade_share("技师2000元", "评出一名技师能拿多少"),
            0.0
        );
        // Written bare once, the title is the one asked; asked with its grade, the grade's.
        assert_eq!(
            terms.other_grade_share("技师和高级技师", "技师能拿多少"),
            0.0
        );
        assert_eq!(
            terms.other_grade_share("高级技师5000元", "高级技师能拿多少"),
            0.0
        );
    }

    #[test]
    fn an_unknown_part_of_a_compound_stays_a_topic_word() {
        let (_dir, engine) = crate::ask::engine_of(&["支持医院开展远程诊疗,核发营业执照。"]);
        let terms = Terms::of(&engine, &["宠物医院".into()], &[], 1);
        // 医院 is written, 宠物 is not: both are words, and a text of 医院 alone holds half.
        assert!(terms.words.iter().any(|w| w == "医院"), "{:?}", terms.words);
        assert!(terms.words.iter().any(|w| w == "宠物"), "{:?}", terms.words);
        assert!(terms.cover("支持医院开展远程诊疗") < 0.6);
        // 宠物 says which kind of 医院: a specifier an answer must hold.
        let specifiers: Vec<&str> = terms
            .specifiers
            .iter()
            .map(|&i| terms.words[i].as_str())
            .collect();
        assert_eq!(specifiers, ["宠物"]);
    }

    #[test]
    fn a_phrase_made_of_phrases_is_held_by_its_parts_written_their_own_way() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "2023年底前,将开办企业线上办理流程压缩至1个环节,0.5个工作日办结。",
            "推行企业开办全程电子化。",
            "2022年底前,将开办企业线下办理流程压缩至1个环节。",
        ]);
        let terms = Terms::of(&engine, &["网上开公司".into()], &[], 3);
        // 开公司 written 开办企业, 网上 written 线上: the whole is held.
        assert!(terms.holds(0, "将开办企业线上办理流程压缩至1个环节"));
        // One of the whole's own other names holds it too.
        assert!(terms.holds(0, "推行企业开办全程电子化"));
        // One part alone does not.
        assert!(!terms.holds(0, "将开办企业线下办理流程压缩至1个环节"));
    }

    #[test]
    fn an_unwritten_word_weighs_only_when_it_names_a_thing() {
        let (_dir, engine) = crate::ask::engine_of(&["2022年底前,供暖维修时限缩减至24小时。"]);
        // 修好 (a verb no measure writes) is how someone asks: the measure covers the topic.
        let words = ["供暖".to_owned(), "维修".to_owned(), "修好".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("供暖维修时限缩减至24小时") > 0.99);
        // 量子 (a noun no measure writes) is a topic the corpus does not cover.
        let words = ["供暖".to_owned(), "维修".to_owned(), "量子".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("供暖维修时限缩减至24小时") < 0.7);
        // Beside such a noun, a verb no measure writes (捕捞) is what is done with it.
        let words = ["渔业".to_owned(), "捕捞".to_owned(), "维修".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("供暖维修时限缩减至24小时") < 0.4);
        // A one-character verb with a complement (修完) is how the asker says it gets done,
        // also beside a noun no measure writes.
        let words = ["供暖".to_owned(), "维修".to_owned(), "修完".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("供暖维修时限缩减至24小时") > 0.99);
        // When the written words only bound the answer (最快), the unwritten verb is the whole
        // topic (怎么减肥最快): an activity no measure mentions.
        let (_dir, engine) =
            crate::ask::engine_of(&["企业开办最快一天办结,供暖维修时限缩减至24小时。"]);
        let words = ["减肥".to_owned(), "最快".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("企业开办最快一天办结") < 0.5);
        // beside a written topic word, it is still how someone asks
        let words = ["修好".to_owned(), "供暖".to_owned(), "最快".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 1);
        assert!(terms.cover("供暖维修时限缩减至24小时,最快") > 0.99);
        assert!(is_done_verb("判完") && is_done_verb("批下来"));
        assert!(!is_done_verb("量子") && !is_done_verb("完税"));
        assert!(names_a_figure("额度") && names_a_figure("费率") && !names_a_figure("担保"));
    }

    #[test]
    fn an_unwritten_word_before_a_field_noun_says_which_field() {
        let (_dir, engine) =
            crate::ask::engine_of(&["推动数字经济发展。", "经济运行总体平稳。", "办理营业执照。"]);
        let specifiers = |words: &[&str], question: &str| {
            let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            let mut terms = Terms::of(&engine, &words, &[], 3);
            terms.specify_fields(question);
            terms
                .specifiers
                .iter()
                .map(|&i| terms.words[i].clone())
                .collect::<Vec<_>>()
        };
        // 低空 is written nowhere: the field asked is one no measure covers.
        assert_eq!(specifiers(&["低空", "经济"], "低空经济"), ["低空"]);
        // A written word before the field noun, or an unwritten one before another noun, is not.
        assert!(specifiers(&["数字", "经济"], "数字经济").is_empty());
        assert!(specifiers(&["奶茶店", "营业执照"], "奶茶店营业执照").is_empty());
    }

    #[test]
    fn a_bound_word_asks_for_a_limit_and_is_no_distinctive_word() {
        let (_dir, engine) =
            crate::ask::engine_of(&["创业担保贷款最高不超过15万元。", "推行最多跑一次改革。"]);
        let words = ["创业".to_owned(), "贷款".to_owned(), "最多".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 2);
        let distinctive: Vec<&str> = terms
            .distinctive()
            .map(|i| terms.words[i].as_str())
            .collect();
        assert!(!distinctive.contains(&"最多"), "{distinctive:?}");
        assert!(terms.cover("创业担保贷款最高不超过15万元") > 0.9);
        assert!(terms.opens("贷款最高不超过15万元"));
        assert!(!terms.opens("最高不超过15万元的贷款"));
        assert!(terms.opens("的贷款额度"));
    }

    #[test]
    fn a_figure_before_de_is_said_of_the_head_its_phrase_ends_with() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "一次性工亡补助金标准为五十四个月的统筹地区上年度职工月平均工资。",
            "设立24小时的自助服务区。",
        ]);
        let words = ["工亡".to_owned(), "补助金".to_owned(), "工资".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 2);
        let asked = Some("工资给");
        assert!(terms.heads("的统筹地区上年度职工月平均工资。", asked));
        // another head (自助服务区), no 的 before it, or a phrase of its own 的 is not the topic's
        assert!(!terms.heads("的自助服务区。", asked));
        assert!(!terms.heads("统筹地区上年度职工月平均工资。", asked));
        assert!(!terms.heads("的工资的计算办法。", asked));
        // a question naming no noun after the unit it asks (多休多少天) counts no head
        assert!(!terms.heads("的统筹地区上年度职工月平均工资。", None));
    }

    #[test]
    fn the_distinctive_words_among_those_written_leave_out_the_unwritten_rarest() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "公园临时闭园的,应当提前向社会公告。",
            "公园管理单位应当提前三日向社会公告临时关闭的原因。",
            "公园内禁止擅自设摊。",
            "举办大型活动应当提前报告。",
        ]);
        let words = ["公园".to_owned(), "闭园".to_owned(), "提前".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 4);
        let names = |present: Option<&[bool]>| -> Vec<&str> {
            terms
                .distinctive_among(present)
                .map(|i| terms.words[i].as_str())
                .collect()
        };
        // Over the whole index 闭园 is the rarest word, and decides.
        let all = names(None);
        assert!(all.contains(&"闭园") && !all.contains(&"提前"), "{all:?}");
        // Among the words the measures in hand write, the rarest of those decide.
        let present = [true, false, true];
        assert_eq!(names(Some(&present)), ["公园", "提前"]);
    }

    #[test]
    fn a_rare_way_of_asking_does_not_hide_the_thing_asked_about() {
        // 以外 is the rarest word here, but a measure about invoices need not write it: the
        // rarest word naming a thing (发票) is distinctive too; 企业 is too common.
        let (_dir, engine) = crate::ask::engine_of(&[
            "推行电子发票,企业自主选择。",
            "企业申领发票即时办结。",
            "推广发票网上领用。",
            "除此以外,不得增设环节。",
            "支持企业发展。",
            "企业开办一日办结。",
            "企业注销即时办结。",
            "降低企业用电成本。",
            "企业年报网上办理。",
            "优化企业纳税服务。",
        ]);
        let words = ["企业".to_owned(), "发票".to_owned(), "以外".to_owned()];
        let terms = Terms::of(&engine, &words, &[], 10);
        let distinctive: Vec<&str> = terms
            .distinctive()
            .map(|i| terms.words[i].as_str())
            .collect();
        assert_eq!(distinctive, ["发票", "以外"]);
    }
}
