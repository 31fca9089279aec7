//! Reading the ways of asking (cues) of a question: which kind of answer it wants, whether it
//! is asked as a question at all, and where the cues stand (the Q&A takes them out of the
//! topic). One reading for search (the kind prior) and Q&A (the question analysis).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::lists::alternation;

use super::kind::Kind;
use super::rules::RULES;
use crate::index::analyzer::{fold, JIEBA_DICT};

/// What the cues of a question say.
#[derive(Debug, Clone, PartialEq)]
pub struct Cues<'q> {
    /// The kind of answer wanted: that of the first rule (in the table's order) with a cue or
    /// a marking word in the question; [`Kind::Howto`] when none has.
    pub kind: Kind,
    /// Whether a way of asking is in it (not only keywords).
    pub is_question: bool,
    /// Byte ranges of the cues found (of every kind; of a topical kind only when chosen).
    pub ranges: Vec<Range<usize>>,
    /// For a list kind: the words that mark it and stay in the topic (新举措, 创新做法).
    pub kept: Vec<&'q str>,
}

/// Reads the cues of `q`, a question folded and trimmed as the index folds text.
pub fn read(q: &str) -> Cues<'_> {
    let mut is_question = false;
    // Each rule read once: where its cues stand, and whether one of its marking words is in `q`.
    let mut found: Vec<Vec<Range<usize>>> = Vec::with_capacity(RULES.kinds.len());
    let mut read: Vec<(bool, bool)> = Vec::with_capacity(RULES.kinds.len());
    for rule in &RULES.kinds {
        let at: Vec<Range<usize>> = rule
            .cues
            .iter()
            .flat_map(|cue| cue.find_iter(q))
            .filter(|m| !m.is_empty())
            .map(|m| m.range())
            // 外地 after 在 says where the asker acts (「在外地打工丢了工作」), not whose
            // practice is asked for.
            .filter(|r| !(rule.kind == Kind::Precedent && RULES.elsewhere.acted_in(q, r)))
            .collect();
        let cued = !at.is_empty();
        is_question |= cued;
        // A marking word inside one of the rule's `unless` phrases marks nothing (免证明).
        let marked = if rule.unless.iter().any(|u| q.contains(u.as_str())) {
            let mut text = q.to_owned();
            for u in &rule.unless {
                text = text.replace(u.as_str(), "。");
            }
            rule.keep.iter().any(|k| k.is_match(&text))
        } else {
            rule.keep.iter().any(|k| k.is_match(q))
        };
        read.push((cued, marked));
        found.push(at);
    }
    // A way of asking for a kind of answer (哪些 a list, 多少钱 a sum, 谁 a body) says what is
    // wanted; a marking word (收费, 补贴) may be the topic asked about (「重点整治哪些…违规收费」),
    // so it decides only when no such cue is in the question. Whether (吗, ?) and how (怎么)
    // ask for no kind of answer: a marking word still says which.
    let cued_any = RULES
        .kinds
        .iter()
        .zip(&read)
        .any(|(rule, &(cued, _))| cued && !matches!(rule.kind, Kind::Yesno | Kind::Howto));
    let chosen_at = RULES
        .kinds
        .iter()
        .zip(&read)
        .position(|(_, &(cued, marked))| cued || (marked && !cued_any));
    let chosen = chosen_at.map(|i| &RULES.kinds[i]);
    // Cues come out of the topic, except a topical rule's when another rule was chosen.
    let ranges: Vec<Range<usize>> = found
        .into_iter()
        .enumerate()
        .filter(|(i, _)| !RULES.kinds[*i].topical || chosen_at == Some(*i))
        .flat_map(|(_, at)| at)
        .collect();
    // For a list kind: the words that mark it stay in the topic (新举措, 创新做法).
    let kept = chosen
        .filter(|rule| rule.kind.is_list())
        .map(|rule| {
            rule.keep
                .iter()
                .flat_map(|k| k.find_iter(q).map(|m| m.as_str()))
                .filter(|m| !m.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Cues {
        kind: chosen.map_or(Kind::Howto, |rule| rule.kind),
        is_question,
        ranges,
        kept,
    }
}

/// The kind of answer a query wants when it is asked as a question; `None` for keywords.
/// `q` as typed (it is folded here).
pub fn asked_kind(q: &str) -> Option<Kind> {
    if q.trim().is_empty() {
        return None;
    }
    let folded = fold(q);
    let cues = read(folded.trim());
    cues.is_question.then_some(cues.kind)
}

/// Whether `word` is a filler of questions (请问, 马上, 一下; a count or span such as 一年,
/// `fillers` of `data/question_kinds.toml`): how someone asks, not what about. So is a
/// complement of two characters or more standing alone (出来 of 「开不出来」, where the segmenter
/// cut the verb off): it says whether the act gets done, which plans write as the act itself.
pub fn is_filler(word: &str) -> bool {
    RULES.fillers.iter().any(|f| f == word)
        || RULES.filler_patterns.iter().any(|p| p.is_match(word))
        || (word.chars().count() >= 2 && RULES.complements.iter().any(|c| c == word))
}

/// Whether `word` is the asker's own count of the parties in their story (一家, 两位, 三名:
/// `counted` of `[fillers]` in data/question_kinds.toml): a law names the kind of party, never
/// how many of them the asker has in mind, so search does not score the word. A number asked
/// (几家) is no such word.
pub fn is_counted_party(word: &str) -> bool {
    RULES.counted_patterns.iter().any(|p| p.is_match(word))
}

/// The unit a question counts time in (多少小时, 几个工作日, 多少天 → 小时, 工作日, 天: an
/// asking number, perhaps 个, then one of the `time_units` of `[count]` in
/// data/question_kinds.toml), when it names one: read the same way by the Q&A (the figure in
/// that unit answers) and by search (the article stating a figure in it is the one asked,
/// [`crate::search::prior::Prior::within`]). Read on the question's words as
/// [`asked_counts`] reads a measure word: 几年级 asks a grade, 多少日子 no days.
///
/// Cuts `q` with jieba: an analysis reads it once through [`Counting::read`] and keeps it.
pub fn asked_time_unit(q: &str) -> Option<&'static str> {
    Counting::read(q).time_unit
}

/// The noun a question counts (几个环节, 多少项材料, 多少人 → 环节, 材料, 人: an asking number,
/// perhaps a classifier, then one of the `nouns` of `[count]` in data/question_kinds.toml), when
/// it counts one. Read on the question's words as [`asked_counts`] reads a measure word:
/// 多少项目 counts no 项, 多少人情 no people.
///
/// Cuts `q` with jieba: an analysis reads it once through [`Counting::read`] and keeps it.
pub fn asked_count_noun(q: &str) -> Option<&'static str> {
    Counting::read(q).noun
}

/// Where `q` asks a number by the measure word or classifier it counts with (几位, 多少岁, 几层,
/// 几次: an asking number of `[count]` right before one of its `measure_words` or
/// `classifiers`, data/question_kinds.toml), each with that word. Chinese counts with a measure
/// word right after the number, and plans state the count the same way (「字符共8位」「年满60岁」
/// 「由5个层级压减为3个」), so the measure word says what the answer is written with, and the
/// number asked is a way of asking, not the topic. `q` folded.
///
/// A measure word is one only where a word of the question ends with it (jieba's cut of `q`):
/// most measure words also begin nouns (门 of 门槛, 场 of 场地, 期 of 期限, 支 of 支持, 家 of
/// 家庭), and 「多少门槛」 asks what the threshold is, not a count of doors; a word made of the
/// measure word and 数 names the number counted by it (几位数, 多少岁数) and still counts in it
/// (`count_suffixes`). Where the longest
/// asking number and measure word end inside a word, a shorter pair at the same place is tried
/// (几个项目: not 几个 + 项, but 几 + 个).
///
/// Cuts `q` with jieba: an analysis reads it once through [`Counting::read`] and keeps it.
pub fn asked_counts(q: &str) -> Vec<(Range<usize>, &'static str)> {
    Counting::read(q).counts
}

/// What a question counts by, read on one cut of it: the analyses of search and of Q&A each
/// read it once and keep it, so a question is not segmented again by each reader of its
/// counts (the search rerank's prior, the Q&A's choice of the sentence stating the count).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counting {
    /// Where the question asks a number by a measure word or classifier, each with that
    /// word ([`asked_counts`]); byte ranges of the question read.
    pub counts: Vec<(Range<usize>, &'static str)>,
    /// The unit of time it counts in ([`asked_time_unit`]).
    pub time_unit: Option<&'static str>,
    /// The noun it counts ([`asked_count_noun`]).
    pub noun: Option<&'static str>,
}

impl Counting {
    /// Reads the counts of `q` (folded), cutting it with jieba once, and only when an asking
    /// number (几, 多少) is in it.
    pub fn read(q: &str) -> Counting {
        if !RULES
            .count
            .asking_numbers
            .iter()
            .any(|n| q.contains(n.as_str()))
        {
            return Counting::default();
        }
        let words: Vec<Range<usize>> = JIEBA_DICT
            .cut(q, false)
            .iter()
            .map(|token| token.byte_start..token.byte_end)
            .collect();
        let count = &RULES.count;
        let time_unit = first_asked(q, &words, &["个"], &count.time_units);
        let noun = first_asked(q, &words, &count.classifiers, &count.nouns);
        Counting {
            counts: counts_on(q, &words),
            time_unit,
            noun,
        }
    }
}

/// The first of `units` that `q` asks a number in, leftmost first: an asking number of
/// `[count]` (几, 多少), perhaps one of `between` (个, 项), then the unit, which must end a word
/// of `q` ([`ends_word`]; `words` its cut) — a unit character opening another word (年 of
/// 年级, 项 of 项目) is no unit asked. At one place, a pair with one of `between` is tried
/// before one without, and `units` in their order (几个月: not 几个 + 月, but 几 + 个月).
fn first_asked(
    q: &str,
    words: &[Range<usize>],
    between: &[impl AsRef<str>],
    units: &'static [String],
) -> Option<&'static str> {
    let numbers = &RULES.count.asking_numbers;
    q.char_indices().find_map(|(at, _)| {
        let rest = &q[at..];
        numbers
            .iter()
            .filter_map(|n| rest.strip_prefix(n.as_str()))
            .find_map(|after| {
                between
                    .iter()
                    .filter_map(|b| after.strip_prefix(b.as_ref()))
                    .chain(std::iter::once(after))
                    .find_map(|tail| {
                        units.iter().find(|u| {
                            tail.starts_with(u.as_str())
                                && ends_word(q, words, q.len() - tail.len() + u.len())
                        })
                    })
            })
            .map(String::as_str)
    })
}

/// Whether a unit ending at byte `end` of `q` ends a word of its cut `words`, or a word whose
/// rest is how Chinese names the number of what is counted (位数, 岁数, 次数: `count_suffixes`
/// of `[count]`).
fn ends_word(q: &str, words: &[Range<usize>], end: usize) -> bool {
    words.iter().any(|w| {
        w.end == end
            || (w.start < end
                && end < w.end
                && RULES
                    .count
                    .count_suffixes
                    .iter()
                    .any(|s| s == &q[end..w.end]))
    })
}

/// [`asked_counts`] on `words`, the byte ranges of jieba's cut of `q`.
fn counts_on(q: &str, words: &[Range<usize>]) -> Vec<(Range<usize>, &'static str)> {
    static PAIRS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
        let count = &RULES.count;
        let mut numbers: Vec<&'static str> =
            count.asking_numbers.iter().map(String::as_str).collect();
        let mut units: Vec<&'static str> = count
            .measure_words
            .iter()
            .chain(&count.classifiers)
            .map(String::as_str)
            .collect();
        // Longest first, so 多少个 is tried before 多少; the measure words' order kept among
        // units of one length (类 is both a measure word and a classifier: the measure word's).
        numbers.sort_by_key(|n| std::cmp::Reverse(n.len()));
        units.sort_by_key(|u| std::cmp::Reverse(u.len()));
        numbers
            .iter()
            .flat_map(|&n| units.iter().map(move |&u| (n, u)))
            .collect()
    });
    let mut out = Vec::new();
    let mut at = 0;
    while at < q.len() {
        let rest = &q[at..];
        let found = PAIRS.iter().find(|&&(number, unit)| {
            rest.strip_prefix(number)
                .is_some_and(|r| r.starts_with(unit))
                && ends_word(q, words, at + number.len() + unit.len())
        });
        match found {
            Some(&(number, unit)) => {
                let end = at + number.len() + unit.len();
                out.push((at..end, unit));
                at = end;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Where `q` (folded) asks for a bound (最多, 最长: `[bounds]` of data/question_kinds.toml): a
/// limit plans write in many ways (最高不超过, 以内), a way of asking, not the topic.
pub fn asked_bounds(q: &str) -> Vec<Range<usize>> {
    static PATTERN: LazyLock<Regex> = LazyLock::new(|| alternation(&RULES.bounds));
    if RULES.bounds.is_empty() {
        return Vec::new();
    }
    PATTERN.find_iter(q).map(|m| m.range()).collect()
}

/// Whether `q` is a question (a way of asking in it, or a question mark) rather than keywords:
/// the search page shows an answer card for questions.
pub fn looks_like_question(q: &str) -> bool {
    let q = fold(q);
    let q = q.trim();
    !q.is_empty()
        && RULES
            .kinds
            .iter()
            .any(|rule| rule.cues.iter().any(|cue| cue.is_match(q)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_way_of_asking_outweighs_a_marking_word_that_is_the_topic() {
        // 收费 is what is asked about; 哪些 asks for a list.
        assert_eq!(
            read("重点整治哪些行业和机构的涉企违规收费").kind,
            Kind::List
        );
        // A plain question (?) asks for no kind: the marking word still decides.
        assert_eq!(read("再担保业务,收费上限是多少?").kind, Kind::Cost);
        assert_eq!(read("刻章要钱吗").kind, Kind::Cost);
    }

    #[test]
    fn a_measure_word_counts_only_where_it_ends_a_word_of_the_question() {
        let units =
            |q: &str| -> Vec<&str> { asked_counts(q).into_iter().map(|(_, u)| u).collect() };
        // Nouns beginning with a measure word: what is asked is the thing, not a count of it.
        for q in [
            "开办药店有多少门槛",
            "这个活动需要多少场地",
            "营业执照有多少期限",
            "政府对小微企业有多少支持",
            "能照顾多少家庭",
        ] {
            assert_eq!(units(q), Vec::<&str>::new(), "{q}");
        }
        // The measure word ending its word is a count in it.
        assert_eq!(units("让几支队伍同时攻关"), ["支"]);
        assert_eq!(units("全市有多少家企业"), ["家"]);
        assert_eq!(units("老人要满多少岁"), ["岁"]);
        assert_eq!(units("大厅一共几层"), ["层"]);
        // The measure word and 数: the number counted in it.
        assert_eq!(units("统一社会信用代码有几位数"), ["位"]);
        assert_eq!(units("补贴今年分多少批次发放"), ["批"]);
        // The range is where the count is asked.
        let q = "联络员配几名";
        let found = asked_counts(q);
        assert_eq!(found.len(), 1);
        assert_eq!(&q[found[0].0.clone()], "几名");
    }

    #[test]
    fn a_unit_of_time_or_a_noun_counted_is_asked_only_where_it_ends_a_word() {
        // A unit character opening another word: no time asked in it.
        for q in [
            "孩子上几年级可以申请",
            "困难家庭过多少日子才算",
            "园区有多少周边配套",
        ] {
            assert_eq!(asked_time_unit(q), None, "{q}");
        }
        assert_eq!(asked_time_unit("办结要几个工作日"), Some("工作日"));
        assert_eq!(asked_time_unit("失业金能领几个月"), Some("个月"));
        assert_eq!(asked_time_unit("企业开办要多少天"), Some("天"));
        assert_eq!(asked_time_unit("缴满几年能领养老金"), Some("年"));
        // A noun counted opening another word: no count of it.
        for q in ["今年要上多少项目", "办事要托多少人情", "落多少户口需要啥"]
        {
            assert_eq!(asked_count_noun(q), None, "{q}");
        }
        assert_eq!(asked_count_noun("用电报装要几个环节"), Some("环节"));
        assert_eq!(asked_count_noun("要交多少项材料"), Some("材料"));
        assert_eq!(asked_count_noun("专家组要几个人"), Some("人"));
        assert_eq!(asked_count_noun("要跑几次"), Some("次"));
        // One cut read for all three.
        let counting = Counting::read("专家组最少要几名专家,评审几天");
        assert_eq!(counting.time_unit, Some("天"));
        assert_eq!(counting.counts.len(), 1);
        assert_eq!(Counting::read("开办企业"), Counting::default());
    }

    #[test]
    fn the_day_a_thing_starts_from_asks_a_date() {
        // 哪天 before a verb of applying (哪天起施行, 哪天开始实行) asks the day a text sets for
        // a rule to apply; the verb stays a word of the topic (施行 is what the closing article
        // writes).
        assert_eq!(read("北京控烟条例是哪天开始实行的").kind, Kind::Deadline);
        assert_eq!(
            read("残疾人保障法的办法是哪天起开始执行的").kind,
            Kind::Deadline
        );
        let q = "统计条例是从哪天起施行的";
        let cues = read(q);
        assert_eq!(cues.kind, Kind::Deadline);
        assert!(cues.ranges.iter().all(|r| !q[r.clone()].contains("施行")));
        // 哪天 alone is no cue: a service's calendar is asked so as often as a rule's date.
        assert_ne!(read("考研初试成绩哪天能查").kind, Kind::Deadline);
    }

    /// 哪个月 asks a month of the calendar (a campaign month, a due month), not a duration:
    /// 几个月 does.
    #[test]
    fn which_month_asks_a_date() {
        assert_eq!(
            read("广东每年哪个月是全民义务种树的月份").kind,
            Kind::Deadline
        );
        assert_ne!(read("试用期最长几个月").kind, Kind::Deadline);
    }

    #[test]
    fn keyword_queries_have_no_kind() {
        assert_eq!(asked_kind("开办企业"), None);
        assert_eq!(asked_kind(" "), None);
        assert_eq!(asked_kind("办电牵头部门是哪个"), Some(Kind::Who));
    }

    #[test]
    fn cues_are_found_where_they_stand() {
        let q = "新开办企业刻章要钱吗";
        let cues = read(q);
        assert_eq!(cues.kind, Kind::Cost);
        assert!(cues.is_question);
        assert!(cues.ranges.iter().any(|r| q[r.clone()].contains('吗')));
        let list = read("有哪些创新做法");
        assert!(list.kind.is_list());
    }

    #[test]
    fn another_place_after_a_preposition_of_place_is_where_the_asker_acts() {
        // Where the asker does something elsewhere: the question is about that act.
        for q in [
            "在外地打工丢了工作,能在现在住的城市办失业登记不?",
            "我在经区注册公司,能不能不跑登记机关在外地领执照和公章",
            "在外地看急诊花的钱回来怎么报",
        ] {
            let cues = read(q);
            assert_ne!(cues.kind, Kind::Precedent, "{q}");
            assert!(
                !cues.ranges.iter().any(|r| q[r.clone()].contains("外地")),
                "{q}: 外地 stays a word of the topic"
            );
        }
        // What other places do, asked with or without the preposition: precedents.
        for q in [
            "外地是怎么做的",
            "其他地方怎么推行一业一证",
            "在其他地方是怎么做的",
            "在外地有没有先例",
            "区域评估在别的地方有什么做法",
        ] {
            assert_eq!(read(q).kind, Kind::Precedent, "{q}");
        }
    }

    #[test]
    fn now_is_no_preposition_and_an_adverb_leads_to_the_way_of_asking() {
        // 现在 (now) ends in 在 but places nothing; 都, 一般 stand between the place and the
        // way of asking what is done there.
        for q in [
            "企业注销现在外地都怎么做",
            "现在外地都怎么做的",
            "在外地都是怎么做的",
            "在其他地方一般怎么搞",
        ] {
            assert_eq!(read(q).kind, Kind::Precedent, "{q}");
        }
        // The asker's own act elsewhere stays one, now or not.
        for q in ["现在在外地打工,社保怎么转", "在外地都能领执照吗"] {
            assert_ne!(read(q).kind, Kind::Precedent, "{q}");
        }
    }

    #[test]
    fn exempting_from_a_paper_is_no_cost() {
        assert_ne!(read("经区办电能免证明吗").kind, Kind::Cost);
        assert_ne!(read("开公司能免提交材料吗").kind, Kind::Cost);
        assert_eq!(read("信用好的企业投标能免保证金吗").kind, Kind::Cost);
        assert_eq!(read("诚信好的供应商投标保证金能免吗").kind, Kind::Cost);
    }

    #[test]
    fn keywords_are_not_questions() {
        assert!(looks_like_question("新开办企业刻章要钱吗"));
        assert!(looks_like_question("一业一证谁牵头"));
        assert!(looks_like_question("拿地即开工?"));
        assert!(!looks_like_question("首次不罚"));
        assert!(!looks_like_question("关税保证保险 保费补贴"));
        assert!(!looks_like_question("两步申报 通关"));
    }
}
