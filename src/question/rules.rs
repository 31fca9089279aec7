//! The question rules read from `data/question_kinds.toml` once: cue words per kind of question,
//! value patterns per kind, filler words, the words counts are read with. Region names,
//! domains and synonyms come from the tables search and extraction share (gazetteer,
//! `data/domains.toml`, `data/synonyms.tsv`).
//! Data, not code:
//! changing what counts as a time question means editing the table, not a match arm.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::kind::Kind;

/// The table, compiled.
pub(crate) struct Rules {
    /// Kinds in the order they are tried.
    pub kinds: Vec<KindRule>,
    /// Value patterns per kind, best first.
    pub values: HashMap<Kind, Vec<Regex>>,
    /// Words dropped from the topic.
    pub fillers: Vec<String>,
    /// Patterns of whole words dropped from the topic (counts and spans: 一年, 第一次).
    pub filler_patterns: Vec<Regex>,
    /// How counts are read (几个环节 → 「3个环节」).
    pub count: CountRules,
    /// Head nouns: the thing asked about (许可, 补贴), which an answer must hold.
    pub heads: Vec<String>,
    /// Bound words (最多, 最长): how a question asks for a figure's limit, not its topic.
    pub bounds: Vec<String>,
    /// Result and phase complements (完, 好, 下来): a one-character verb with one says the
    /// act is done (判完), not what it is about.
    pub complements: Vec<String>,
    /// What the classifier 个 follows in written Chinese (numerals, determiners): after
    /// anything else it is the colloquial 「V个N」.
    pub determiners: Vec<String>,
    /// News of the day: day words counted from the asker's own and questions of state.
    pub news: News,
    /// Greetings and checks that someone is there: no policy content.
    pub small_talk: SmallTalk,
    /// Words that deny what follows them (不是省会): see [`Negations`].
    pub negations: Negations,
    /// How a question says its case lacks something, and how plans write such a case.
    pub absence: Absence,
    /// Who cooperates rather than leads: the cues and the labels of the units that do.
    pub who_roles: WhoRoles,
    /// Types of figure a question may ask for (a percentage, money).
    pub figures: Vec<FigureRule>,
    /// Units of one measure (天, 日, 工作日): see [`Rules::in_unit`].
    pub unit_families: Vec<Vec<String>>,
}

/// A type of figure: the cues that ask for it and the patterns a value of the type matches.
pub(crate) struct FigureRule {
    pub name: String,
    pub cues: Vec<Regex>,
    pub values: Vec<Regex>,
    /// Whether a question naming this type wants its values whatever its kind (多久开一次会
    /// is a time question asking how often: 每半年, not a duration).
    pub any_kind: bool,
}

/// The words a count is read with.
#[derive(Deserialize)]
pub(crate) struct CountRules {
    /// Classifiers between a number and what it counts (3个环节, 9项).
    pub classifiers: Vec<String>,
    /// Verbs of reduction: after one (由6次减少为3次) the new count is the last one.
    pub reductions: Vec<String>,
    /// Words that may follow a duration that is still a limit (14小时左右, 3天内); another
    /// Chinese character after a bare duration makes it qualify a noun (24小时自助服务).
    #[serde(default)]
    pub after_duration: Vec<String>,
}

/// How one kind of question is recognised.
pub(crate) struct KindRule {
    pub kind: Kind,
    /// Ways of asking, removed from the topic.
    pub cues: Vec<Regex>,
    /// Words that mark the kind and stay in the topic.
    pub keep: Vec<Regex>,
    /// Whether the cues are also words of the topic: taken out of it only when this kind is
    /// the one chosen (各省份 asks to compare places, or names whom a directive addresses).
    pub topical: bool,
}

#[derive(Deserialize)]
struct RawRules {
    kinds: Vec<RawKind>,
    values: HashMap<String, Vec<String>>,
    fillers: RawFillers,
    count: CountRules,
    #[serde(default)]
    heads: RawHeads,
    #[serde(default)]
    bounds: RawHeads,
    #[serde(default)]
    complements: RawHeads,
    #[serde(default)]
    determiners: RawHeads,
    #[serde(default)]
    news: News,
    #[serde(default)]
    small_talk: SmallTalk,
    #[serde(default)]
    negations: Negations,
    #[serde(default)]
    absence: Absence,
    #[serde(default)]
    who_roles: WhoRoles,
    #[serde(default)]
    figures: Vec<RawFigure>,
    #[serde(default)]
    unit_families: UnitFamilies,
}

#[derive(Deserialize, Default)]
struct UnitFamilies {
    families: Vec<Vec<String>>,
}

#[derive(Deserialize)]
struct RawFigure {
    name: String,
    cues: Vec<String>,
    values: Vec<String>,
    #[serde(default)]
    any_kind: bool,
}

/// A question about how something is on a day counted from the asker's own (今天天气怎么样).
#[derive(Deserialize, Default)]
pub(crate) struct News {
    /// Days counted from the asker's own (今天, 明天).
    pub days: Vec<String>,
    /// Questions of state (怎么样, 如何).
    pub states: Vec<String>,
    /// Closings asking where a place is or when it opens (在哪里, 几点开门).
    #[serde(default)]
    pub places: Vec<String>,
}

impl News {
    /// Whether `q` asks how something is on a day counted from the asker's own: a day word,
    /// and the question closing on a question of state; or closes asking where a place is or
    /// when it opens (「…市场在哪里」「…几点开门」: a map's or a notice's facts). A question of
    /// state closes the sentence (「天气怎么样」); the same words before a verb ask how something is done
    /// (「现在如何办理营业执照」「今天怎么样才能办好」), which is a policy question.
    pub fn asks(&self, q: &str) -> bool {
        let closing =
            q.trim_end_matches(|c: char| c.is_whitespace() || "?？!！。.呢啊呀吧".contains(c));
        (self.days.iter().any(|d| q.contains(d.as_str()))
            && self.states.iter().any(|s| closing.ends_with(s.as_str())))
            || self.places.iter().any(|p| closing.ends_with(p.as_str()))
    }
}

/// Words addressed to the site itself rather than asked of the policies: greetings, thanks,
/// checking that someone is there (你好, 在吗, 在线吗, 有人吗, 谢谢).
#[derive(Deserialize, Default)]
pub(crate) struct SmallTalk {
    /// The phrases, longest first (sorted once, when the rules are read), so that one holding
    /// another (在线吗, 在吗) is taken out whole.
    pub phrases: Vec<String>,
}

/// What an asker says their case is not (「不是省会也不是直辖市」, 「并非国有企业」): the words
/// denied name the other cases a rule distinguishes, and a measure's clause for them (直辖市、
/// 省会城市…1500元) is the one that does not apply. They are left out of the topic.
#[derive(Deserialize, Default)]
pub(crate) struct Negations {
    /// The denying words.
    pub words: Vec<String>,
    /// Characters that end what a denial covers (punctuation, 也 of 不是A也不是B, conjunctions).
    pub ends: String,
    /// Phrases holding a denying word that ask rather than deny (是不是熟地出让).
    #[serde(default)]
    pub asking: Vec<String>,
}

impl Negations {
    /// The byte ranges of `q` a denial covers: from each denying word to the next end
    /// character (at most [`MAX_DENIED`] characters after the word).
    pub fn ranges(&self, q: &str) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        for w in &self.words {
            for (at, _) in q.match_indices(w.as_str()) {
                let asks = self.asking.iter().any(|a| {
                    q.match_indices(a.as_str())
                        .any(|(s, _)| s <= at && at + w.len() <= s + a.len())
                });
                if asks {
                    continue;
                }
                let from = at + w.len();
                let end = q[from..]
                    .char_indices()
                    .take(MAX_DENIED + 1)
                    .find(|&(_, c)| self.ends.contains(c) || !crate::index::analyzer::is_cjk(c))
                    .map_or_else(
                        || {
                            q[from..]
                                .char_indices()
                                .nth(MAX_DENIED)
                                .map_or(q.len(), |(i, _)| from + i)
                        },
                        |(i, _)| from + i,
                    );
                if end > from {
                    out.push(at..end);
                }
            }
        }
        out
    }
}

/// The most characters one denial covers.
pub(crate) const MAX_DENIED: usize = 8;

impl SmallTalk {
    /// Whether `q` is small talk only: with its phrases and punctuation taken out, no Chinese
    /// character or Latin letter is left (「你好,在线吗?」; not 「你好,营业执照在线能办吗」).
    pub fn only(&self, q: &str) -> bool {
        let mut rest = q.to_owned();
        let mut any = false;
        for p in &self.phrases {
            if rest.contains(p.as_str()) {
                any = true;
                rest = rest.replace(p.as_str(), " ");
            }
        }
        any && !rest
            .chars()
            .any(|c| crate::index::analyzer::is_cjk(c) || c.is_ascii_alphanumeric())
    }
}

/// A plan names the unit that leads a task (牵头单位) and those that share it (责任单位,
/// 配合单位). A question asking who else takes part (「法院之外还有哪个部门配合」) asks for the
/// latter.
#[derive(Deserialize, Default)]
pub(crate) struct WhoRoles {
    /// Words of a question asking who takes part besides the lead (配合, 协助).
    pub cooperating_cues: Vec<String>,
    /// Words of a question asking who leads (牵头, 主管): it asks for the lead first.
    #[serde(default)]
    pub lead_cues: Vec<String>,
    /// Labels of the units sharing a task, as attributions write them (责任单位).
    pub cooperating_labels: Vec<String>,
}

impl WhoRoles {
    /// Whether `q` asks who takes part besides the lead, and not who leads.
    pub fn asks_cooperating(&self, q: &str) -> bool {
        self.cooperating_cues.iter().any(|c| q.contains(c.as_str()))
            && !self.lead_cues.iter().any(|c| q.contains(c.as_str()))
    }

    /// The units sharing the task in `sentence`, as a byte range: the label and its list, up
    /// to the next clause of the attribution (「责任单位:市公安局、市税务局」).
    pub fn cooperating(&self, sentence: &str) -> Option<std::ops::Range<usize>> {
        self.cooperating_labels.iter().find_map(|label| {
            let at = sentence.find(label.as_str())?;
            let value = sentence[at + label.len()..].strip_prefix([':', '：'])?;
            let start = sentence.len() - value.len();
            let end = value
                .find([';', '；', ')', '(', '（', '）', '。', '\n'])
                .unwrap_or(value.len());
            (end > 0).then(|| at..start + end)
        })
    }
}

#[derive(Deserialize, Default)]
struct RawHeads {
    words: Vec<String>,
}

#[derive(Deserialize)]
struct RawKind {
    name: String,
    cues: Vec<String>,
    #[serde(default)]
    keep: Vec<String>,
    #[serde(default)]
    topical: bool,
}

/// Cases told apart by what they lack: plans write 「有电力外线工程和无电力外线工程的…分别…」,
/// and a question says 「没有外线工程的」 of the second case. (`absence` of
/// data/question_kinds.toml.)
#[derive(Deserialize, Default)]
pub struct Absence {
    /// How a question says its case lacks something (没有, 不带).
    pub asked: Vec<String>,
    /// How plans write such a case (无, 不含).
    pub written: Vec<String>,
}

impl Absence {
    /// Whether `question` says its case lacks something.
    pub fn is_asked(&self, question: &str) -> bool {
        self.asked.iter().any(|w| question.contains(w.as_str()))
    }

    /// Whether `text` (a figure's subject) is a case written as lacking something.
    pub fn is_absent(&self, text: &str) -> bool {
        self.written.iter().any(|w| text.contains(w.as_str()))
    }
}

#[derive(Deserialize)]
struct RawFillers {
    words: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
}

/// The rules, parsed and compiled on first use. The table ships inside the binary and a unit
/// test parses it, so a bad entry fails the tests, not a user's question.
pub(crate) static RULES: LazyLock<Rules> =
    LazyLock::new(|| compile(crate::data::QUESTION_KINDS.toml()));

fn compile(raw: RawRules) -> Rules {
    let compile = |pattern: &String| {
        Regex::new(pattern).unwrap_or_else(|err| panic!("bad pattern {pattern:?}: {err}"))
    };
    let kinds = raw
        .kinds
        .iter()
        .map(|k| KindRule {
            kind: Kind::parse(&k.name).unwrap_or_else(|| panic!("unknown kind {:?}", k.name)),
            cues: k.cues.iter().map(compile).collect(),
            keep: k.keep.iter().map(compile).collect(),
            topical: k.topical,
        })
        .collect();
    let values = raw
        .values
        .iter()
        .map(|(name, patterns)| {
            let kind = Kind::parse(name).unwrap_or_else(|| panic!("unknown kind {name:?}"));
            (kind, patterns.iter().map(compile).collect())
        })
        .collect();
    Rules {
        kinds,
        values,
        filler_patterns: raw
            .fillers
            .patterns
            .iter()
            .map(|p| compile(&format!("^(?:{p})$")))
            .collect(),
        fillers: raw.fillers.words,
        count: raw.count,
        heads: raw.heads.words,
        bounds: raw.bounds.words,
        complements: raw.complements.words,
        determiners: raw.determiners.words,
        news: raw.news,
        small_talk: {
            let mut talk = raw.small_talk;
            talk.phrases
                .sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
            talk
        },
        negations: raw.negations,
        absence: raw.absence,
        who_roles: raw.who_roles,
        figures: raw
            .figures
            .iter()
            .map(|f| FigureRule {
                name: f.name.clone(),
                cues: f.cues.iter().map(compile).collect(),
                values: f.values.iter().map(compile).collect(),
                any_kind: f.any_kind,
            })
            .collect(),
        unit_families: raw.unit_families.families,
    }
}

impl Rules {
    /// Whether the figure `value` counts in the unit a question asks in, or in one of its
    /// family (几天 → 10日内, 3个工作日): askers say 天 where laws write 日.
    pub(crate) fn in_unit(&self, value: &str, unit: &str) -> bool {
        value.contains(unit)
            || self
                .unit_families
                .iter()
                .filter(|family| family.iter().any(|u| u == unit))
                .flatten()
                .any(|u| value.contains(u.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_every_kind_has_cues() {
        let rules = &*RULES;
        // A kind may have several rules (who pays is a cost question read before who).
        assert!(rules.kinds.len() >= Kind::ALL.len());
        for kind in Kind::ALL {
            assert!(rules.kinds.iter().any(|k| k.kind == kind), "{kind:?}");
        }
        for kind in [Kind::Time, Kind::Cost, Kind::Deadline, Kind::Who] {
            assert!(!rules.values[&kind].is_empty(), "{kind:?}");
        }
        assert!(!rules.count.classifiers.is_empty());
        assert!(!rules.count.reductions.is_empty());
        assert!(rules
            .figures
            .iter()
            .all(|f| !f.cues.is_empty() && !f.values.is_empty()));
    }

    #[test]
    fn who_takes_part_besides_the_lead_is_read_from_the_cooperating_units() {
        let roles = &RULES.who_roles;
        assert!(roles.asks_cooperating("法院之外还有哪个部门配合"));
        assert!(!roles.asks_cooperating("哪个部门牵头"));
        assert!(!roles.asks_cooperating("哪个部门牵头,哪些部门配合"));
        let s = "(牵头单位:市法院;责任单位:市公安局、市税务局;完成时限:2020年11月底)";
        let r = roles.cooperating(s).expect("a cooperating label");
        assert_eq!(&s[r], "责任单位:市公安局、市税务局");
        assert_eq!(roles.cooperating("(牵头单位:市法院)"), None);
    }

    #[test]
    fn a_case_lacking_something_is_asked_and_written_with_words_of_absence() {
        let absence = &RULES.absence;
        assert!(absence.is_asked("威海10千伏没有外线工程的用电报装要几个工作日"));
        assert!(!absence.is_asked("威海10千伏有外线工程的用电报装要几个工作日"));
        assert!(absence.is_absent("无电力外线工程的业务办理时间"));
        assert!(!absence.is_absent("10千伏有电力外线工程"));
    }

    #[test]
    fn a_denial_covers_the_words_up_to_its_end_and_a_question_is_no_denial() {
        let n = &RULES.negations;
        let q = "不是省会也不是直辖市,房租每月能扣多少";
        let denied: Vec<&str> = n.ranges(q).into_iter().map(|r| &q[r]).collect();
        assert_eq!(denied, ["不是省会", "不是直辖市"]);
        assert!(n.ranges("山东现在是不是熟地出让").is_empty());
    }

    #[test]
    fn greetings_and_checks_that_someone_is_there_are_small_talk() {
        let talk = &RULES.small_talk;
        assert!(talk.only("你好,在线吗?"));
        assert!(talk.only("您好 有人吗"));
        assert!(talk.only("谢谢!"));
        assert!(!talk.only("你好,营业执照能在线办吗"));
        assert!(!talk.only("在线办理营业执照"));
        assert!(!talk.only("企业开办刻章免费吗"));
    }

    #[test]
    fn a_day_of_the_askers_own_with_a_question_of_state_is_news() {
        let news = &RULES.news;
        assert!(news.asks("今天威海天气怎么样"));
        assert!(news.asks("明天股市如何"));
        // A day without a question of state, or a state without a day, is a question.
        assert!(!news.asks("今天能办营业执照吗"));
        assert!(!news.asks("一业一证改革推进得怎么样"));
        assert!(news.asks("明天天气怎么样呢?"));
        // The same words before a verb ask how something is done.
        assert!(!news.asks("现在如何办理营业执照"));
        assert!(!news.asks("今天怎么样才能办好营业执照"));
        // Where a place is and when it opens are a map's and a notice's; where to do
        // something is a policy question.
        assert!(news.asks("莱州玉石市场在哪里"));
        assert!(news.asks("威海海水浴场几点开门?"));
        assert!(news.asks("明天去办事大厅人多不多"));
        assert!(!news.asks("营业执照在哪里办"));
        assert!(!news.asks("在哪里申请创业担保贷款"));
        assert!(RULES.bounds.iter().any(|b| b == "最多"));
    }

    #[test]
    fn a_unit_is_matched_by_its_family_only() {
        assert!(RULES.in_unit("10日内", "天"));
        assert!(RULES.in_unit("3个工作日", "天"));
        assert!(RULES.in_unit("15天", "日"));
        assert!(RULES.in_unit("2小时", "小时"));
        assert!(!RULES.in_unit("26天", "小时"));
        assert!(!RULES.in_unit("即时办结", "小时"));
        assert!(!RULES.in_unit("3个月", "天"));
    }
}
