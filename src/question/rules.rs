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
    /// Patterns of whole words a search does not score (the asker's count of parties: 一家).
    pub counted_patterns: Vec<Regex>,
    /// How counts are read (几个环节 → 「3个环节」).
    pub count: CountRules,
    /// Head nouns: the thing asked about (许可, 补贴), which an answer must hold.
    pub heads: Vec<String>,
    /// Nouns naming a field of the economy (经济, 产业, 行业), named by the word before them:
    /// see [`crate::ask::terms::Terms::specify_fields`].
    pub fields: Vec<String>,
    /// Bound words (最多, 最长): how a question asks for a figure's limit, not its topic.
    pub bounds: Vec<String>,
    /// Result and phase complements (完, 好, 下来): a one-character verb with one says the
    /// act is done (判完), not what it is about.
    pub complements: Vec<String>,
    /// Words of a law's title that name no subject (条例, 管理, 实施): see `[law_titles]` of
    /// `data/question_kinds.toml`.
    pub law_title_words: Vec<String>,
    /// Words naming what is given (补贴, 奖励): a value of a cost sentence, no amount; see
    /// `[given_words]` of `data/question_kinds.toml`.
    pub given_words: Vec<String>,
    /// Grade prefixes (高级, 副): a title written after one names another grade (高级技师 is
    /// no 技师); see `[grades]` of `data/question_kinds.toml`.
    pub grades: Vec<String>,
    /// Classifiers (只, 株, 人, 平方米): a cost question counting one of them before asking how
    /// much (「一只罚多少」「每棵罚多少钱」) asks the rate per unit; see `[per_unit]` of
    /// `data/question_kinds.toml` and [`Rules::asks_per_unit`].
    pub per_unit: Vec<String>,
    /// Interrogative words (谁, 什么, 多少, 吗): a text holding none is a search for its words
    /// (「5G基站」), not a question; see `data/question_kinds.toml`'s `[interrogatives]`.
    pub interrogatives: Vec<String>,
    /// Setting markers (以后, 的时候, 期间): a question states the circumstance before one of
    /// them and asks after it (「辞职后去旅游去哪好」); see `[setting]` of
    /// `data/question_kinds.toml` and [`crate::ask::coverage::ask_words`].
    pub setting: Vec<String>,
    /// The interrogatives standing for the thing asked (什么, 啥): the noun after one is what
    /// the asker wants (「唱什么歌」 wants a song); see `[asked_for]`.
    pub asked_for: Vec<String>,
    /// The nouns after those that ask about the matter named (意思, 区别, 好处), not for a
    /// thing of another kind.
    pub asked_about: Vec<String>,
    /// Tags of the word before a setting marker that make it bound a time (2020年以后).
    pub setting_not_after: Vec<String>,
    /// Words referring back to what the text said before (上述工作, 前款): see
    /// `data/question_kinds.toml`'s `[anaphora]`.
    pub anaphora: Vec<String>,
    /// Words opening a part that carries on the case of the part before it (逾期不改正的,
    /// 情节严重的): `data/question_kinds.toml`'s `[continuations]`.
    pub continuations: Vec<String>,
    /// How a regulation names itself citing one of its own articles (本条例, 本办法):
    /// `data/question_kinds.toml`'s `[self_reference]`.
    pub self_reference: Vec<String>,
    /// Words opening a part of what the clause before counts (其中): `[subsets]`.
    pub subsets: Vec<String>,
    /// Words announcing the list a sentence goes on with (以下, 下列, 包括): `[list_openers]`.
    pub list_openers: Vec<String>,
    /// What follows a date that tells of a text's own history, not of a time it sets
    /// (「…会议通过」「…同时废止」): `[history]` of `data/question_kinds.toml`.
    pub history: History,
    /// How a list's second item is numbered (「(二)」「二是」): `items` of `[list_openers]`.
    pub list_items: Vec<String>,
    /// Where the asker acts elsewhere (在外地打工), not what other places do: `[elsewhere]`.
    pub elsewhere: Elsewhere,
    /// Who a time limit binds: `[parties]` of `data/question_kinds.toml`.
    pub parties: Parties,
    /// What a list question asks for by name and what a law's list announces:
    /// `[list_heads]` of `data/question_kinds.toml`.
    pub list_heads: ListHeads,
    /// How a document's title frames its matter (「国务院办公厅关于…的通知」): see
    /// `data/question_kinds.toml`'s `[title_frame]`.
    pub title_frame: TitleFrame,
    /// What the classifier 个 follows in written Chinese (numerals, determiners): after
    /// anything else it is the colloquial 「V个N」.
    pub determiners: Vec<String>,
    /// News of the day: day words counted from the asker's own and questions of state.
    pub news: News,
    /// Greetings and checks that someone is there: no policy content.
    pub small_talk: SmallTalk,
    /// The asker's own life and own case: no policy content.
    pub own_life: OwnLife,
    pub tasks: Tasks,
    /// A bare office name with nothing asked: no policy content.
    pub bare_office: BareOffice,
    /// Words that deny what follows them (不是省会): see [`Negations`].
    pub negations: Negations,
    /// How a question says its case lacks something, and how plans write such a case.
    pub absence: Absence,
    /// Who cooperates rather than leads: the cues and the labels of the units that do.
    pub who_roles: WhoRoles,
    /// The words of a threshold's two sides (不超过, 以上): see [`Comparisons`].
    pub comparisons: Comparisons,
    /// How a question asks for a procedure and how a law states one: see [`Procedure`].
    pub procedure: Procedure,
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
    /// Words holding a cue that do not ask for this type (乱收费 holds 收费 but asks whether a
    /// charge is allowed, not how much it is).
    pub unless: Vec<String>,
}

impl FigureRule {
    /// Whether `text` asks for this type: a cue occurs outside the `unless` words.
    pub fn is_asked(&self, text: &str) -> bool {
        let mut text = text.to_owned();
        for word in &self.unless {
            text = text.replace(word.as_str(), "。");
        }
        self.cues.iter().any(|c| c.is_match(&text))
    }
}

/// The words a count is read with.
#[derive(Deserialize)]
pub(crate) struct CountRules {
    /// Classifiers between a number and what it counts (3个环节, 9项).
    pub classifiers: Vec<String>,
    /// What a count question counts (几个环节, 多少项材料, 多少人): the nouns after 几 or 多少.
    pub nouns: Vec<String>,
    /// Verbs of reduction: after one (由6次减少为3次) the new count is the last one.
    pub reductions: Vec<String>,
    /// Words that may follow a duration that is still a limit (14小时左右, 3天内); another
    /// Chinese character after a bare duration makes it qualify a noun (24小时自助服务).
    #[serde(default)]
    pub after_duration: Vec<String>,
    /// Words before a duration that make it the span of the act after it (连续四年组织):
    /// such a duration qualifies no noun.
    #[serde(default)]
    pub before_duration: Vec<String>,
    /// Words opening a frequency (每半年): see `distributive` in the table.
    #[serde(default)]
    pub distributive: Vec<String>,
    /// How a question asks a notice period (提前几天): see `ahead_asked` in the table.
    #[serde(default)]
    pub ahead_asked: Vec<String>,
    /// What a text writes before a period counted back from an event (实施前五日内).
    #[serde(default)]
    pub ahead_written: Vec<String>,
    /// Bounds written after a count (46张以上, 5倍以下): part of the count stated.
    #[serde(default)]
    pub bounds_after: Vec<String>,
    /// Measure words a question may count by beyond `nouns` (几名, 多少家, 几层, 多少岁): the
    /// sentence stating a number with the one asked answers.
    #[serde(default)]
    pub measure_words: Vec<String>,
    /// How a question asks a number right before a measure word (几名, 多少个家).
    #[serde(default)]
    pub asking_numbers: Vec<String>,
    /// What may follow a measure word inside a word of the question and still count in it
    /// (数: 几位数, 多少岁数); see [`crate::question::asked_counts`].
    #[serde(default)]
    pub count_suffixes: Vec<String>,
    /// Classifiers that go with any noun (个): a number stated with one says nothing of what
    /// is counted.
    #[serde(default)]
    pub general_classifiers: Vec<String>,
    /// Units a question counts time in (几天, 多少小时, 几个工作日); see
    /// [`crate::question::asked_time_unit`].
    #[serde(default)]
    pub time_units: Vec<String>,
}

impl CountRules {
    /// What a question writes right after the span it asks (「按多少个月工资给」 → 工资给,
    /// 「几个月的失业保险金」 → 失业保险金): the noun the counted time qualifies, when the
    /// asker names one; `None` when nothing follows the asked unit.
    pub fn counted_after<'q>(&self, question: &'q str) -> Option<&'q str> {
        let mut found: Option<(usize, usize)> = None;
        for a in &self.asking_numbers {
            for (at, _) in question.match_indices(a.as_str()) {
                // the unit right after the asking word (多少个月, 几天), or after its 个 (几个工作日)
                let after = &question[at + a.len()..];
                let Some((rest, unit)) = [Some(after), after.strip_prefix('个')]
                    .into_iter()
                    .flatten()
                    .find_map(|rest| {
                        self.time_units
                            .iter()
                            .filter(|u| rest.starts_with(u.as_str()))
                            .max_by_key(|u| u.len())
                            .map(|u| (rest, u))
                    })
                else {
                    continue;
                };
                let end = question.len() - rest.len() + unit.len();
                if found.is_none_or(|(start, _)| at < start) {
                    found = Some((at, end));
                }
            }
        }
        let (_, end) = found?;
        let rest = &question[end..];
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        (!rest.is_empty()).then_some(rest)
    }

    /// Whether `value` is a frequency by its form (每半年, 每季度): the act it repeats follows
    /// it (「每半年召开一次例会」), so a character after it does not make it qualify a noun.
    pub fn is_frequency(&self, value: &str) -> bool {
        self.distributive
            .iter()
            .any(|w| value.starts_with(w.as_str()))
    }
}

/// How one kind of question is recognised.
pub(crate) struct KindRule {
    pub kind: Kind,
    /// Ways of asking, removed from the topic.
    pub cues: Vec<Regex>,
    /// Words that mark the kind and stay in the topic.
    pub keep: Vec<Regex>,
    /// Phrases holding a `keep` word that do not mark the kind (免证明 holds 能免 of a cost
    /// question but exempts from a paper, not from a charge).
    pub unless: Vec<String>,
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
    fields: RawHeads,
    #[serde(default)]
    bounds: RawHeads,
    #[serde(default)]
    complements: RawHeads,
    #[serde(default)]
    law_titles: RawHeads,
    #[serde(default)]
    given_words: RawHeads,
    #[serde(default)]
    grades: RawHeads,
    #[serde(default)]
    per_unit: RawHeads,
    #[serde(default)]
    interrogatives: RawHeads,
    #[serde(default)]
    setting: RawSetting,
    #[serde(default)]
    asked_for: RawAskedFor,
    #[serde(default)]
    anaphora: RawHeads,
    #[serde(default)]
    continuations: RawHeads,
    #[serde(default)]
    self_reference: RawHeads,
    #[serde(default)]
    subsets: RawHeads,
    #[serde(default)]
    list_openers: RawListOpeners,
    #[serde(default)]
    history: RawHistory,
    #[serde(default)]
    elsewhere: Elsewhere,
    #[serde(default)]
    parties: Parties,
    #[serde(default)]
    list_heads: ListHeads,
    #[serde(default)]
    title_frame: TitleFrame,
    #[serde(default)]
    determiners: RawHeads,
    #[serde(default)]
    news: News,
    #[serde(default)]
    small_talk: SmallTalk,
    #[serde(default)]
    own_life: OwnLife,
    #[serde(default)]
    tasks: Tasks,
    #[serde(default)]
    bare_office: BareOffice,
    #[serde(default)]
    negations: Negations,
    #[serde(default)]
    absence: Absence,
    #[serde(default)]
    who_roles: WhoRoles,
    #[serde(default)]
    comparisons: Comparisons,
    #[serde(default)]
    procedure: Procedure,
    #[serde(default)]
    figures: Vec<RawFigure>,
    #[serde(default)]
    unit_families: UnitFamilies,
}

#[derive(Deserialize, Default)]
struct UnitFamilies {
    families: Vec<Vec<String>>,
}

/// What a list question asks for by name and what a law's list announces (`[list_heads]` of
/// `data/question_kinds.toml`). A law enumerates in one sentence that names what it lists
/// before the colon (「有下列情形之一的,不得举办幼儿园:」「禁止下列行为:」「应当履行下列职责:」
/// 「应当具备下列基本条件:」), and a question asks for the list by naming the same kind of thing
/// after its asking word (哪些人不能…, 哪些事情不让做, 要干哪些事, 需要满足什么条件); a law often
/// holds several lists on one matter (the conditions to apply, the acts forbidden, the duties of
/// the body), and the one announcing the kind asked answers. Whether the list is of what is
/// forbidden is the other half: 「哪些事情是不让做的」 asks 「禁止下列行为」, 「要干哪些事」 does not.
#[derive(Deserialize, Default)]
pub(crate) struct ListHeads {
    /// Words asking for the members of a list, before the noun naming what is asked (哪些,
    /// 什么样的, 哪几类); read longest first.
    pub asking: Vec<String>,
    /// Kinds of thing listed: the nouns a question asks with and those a law announces with.
    pub groups: Vec<ListHeadGroup>,
    /// Words announcing a list written after what it lists (「处理方式包括:」), not before it
    /// (「下列情形」): words of `[list_openers]`.
    pub named_before: Vec<String>,
    /// How a question asks what is forbidden (不能, 不许, 不让).
    pub forbidden_asked: Vec<String>,
    /// How a law forbids in the sentence announcing its list (不得, 禁止, 严禁).
    pub forbidden_written: Vec<String>,
    /// How many characters a modifier between the asking word and the noun naming the kind
    /// may hold (「哪些特殊通行权利」, 「什么样的违法行为」, 「哪几类重点人群」).
    #[serde(default)]
    pub modifier_chars: usize,
    /// Words that follow the head of a noun phrase, not a noun inside it (verbs, modals,
    /// adverbs: 是, 可以, 不, 都): a kind's noun after a modifier is read only when the phrase
    /// ends there (「哪些重点人群可以」, not 「哪些商事案件」 where 事 is inside the word).
    #[serde(default)]
    pub after_head: Vec<String>,
    /// Verbs between a subject naming the kind and an asking word ending its clause
    /// (「处理方式有哪些」, 「禁止的行为包括什么」).
    #[serde(default)]
    pub subject_verbs: Vec<String>,
    /// Adverbs between that subject and the verb (都, 具体: 「需要的材料都有什么」).
    #[serde(default)]
    pub subject_adverbs: Vec<String>,
    /// Particles that may close a question after its asking word (呢, 啊).
    #[serde(default)]
    pub closing: Vec<String>,
}

/// Whether `c` ends a clause (punctuation, a space): a noun phrase cannot run past it.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '。' | '；' | '：' | '，' | '！' | '？' | '、' | '\n' | ',' | ':' | ';' | '?' | '!' | ' '
    )
}

/// One kind of thing a list holds (parties or cases, acts, duties, conditions, materials…).
#[derive(Deserialize, Default)]
pub(crate) struct ListHeadGroup {
    /// The nouns a question names it with right after its asking word (人, 商家, 困难).
    pub asked: Vec<String>,
    /// The nouns a law's sentence announcing a list names it with (情形, 人员).
    pub announced: Vec<String>,
}

impl ListHeads {
    /// The groups the (folded) question asks for by name. A question names the kind of list
    /// it asks for in the noun phrase after its asking word: right after it (「哪些人不能」 →
    /// parties and cases; 「什么样的商家」 too; 「哪些房子」 none) or as the head of a phrase with
    /// a short modifier before it (「哪些特殊通行权利」, 「哪几类重点人群可以」) — the head being
    /// the noun the phrase ends with, before a clause mark or a verb (`after_head`). A question
    /// whose asking word ends its clause names the kind as the subject before it instead
    /// (「处理方式有哪些」, 「需要的材料都有什么」, 「禁止的行为包括什么」).
    pub fn asked(&self, folded: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let add = |g: usize, out: &mut Vec<usize>| {
            if !out.contains(&g) {
                out.push(g);
            }
        };
        let mut from = 0;
        while from < folded.len() {
            let found = self
                .asking
                .iter()
                .filter_map(|w| folded[from..].find(w.as_str()).map(|at| (from + at, w)))
                .min_by_key(|&(at, w)| (at, std::cmp::Reverse(w.len())));
            let Some((at, word)) = found else { break };
            let rest = &folded[at + word.len()..];
            for (g, group) in self.groups.iter().enumerate() {
                if group.asked.iter().any(|n| rest.starts_with(n.as_str())) {
                    add(g, &mut out);
                }
            }
            for g in self.head_after_modifier(rest) {
                add(g, &mut out);
            }
            for g in self.subject_before(&folded[..at], rest) {
                add(g, &mut out);
            }
            from = at + word.len();
        }
        out
    }

    /// The group of the head noun of the phrase `rest` starts with, after a modifier of one to
    /// `modifier_chars` characters: a group's asked noun the phrase ends with — a clause mark,
    /// the question's end or an `after_head` word follows it.
    fn head_after_modifier(&self, rest: &str) -> Vec<usize> {
        let starts: Vec<usize> = rest
            .char_indices()
            .take_while(|&(_, c)| !ends_clause(c))
            .map(|(i, _)| i)
            .skip(1)
            .take(self.modifier_chars)
            .collect();
        for &start in &starts {
            let tail = &rest[start..];
            let head = |noun: &String| {
                tail.strip_prefix(noun.as_str()).is_some_and(|after| {
                    after.chars().next().is_none_or(ends_clause)
                        || self
                            .after_head
                            .iter()
                            .any(|w| after.starts_with(w.as_str()))
                })
            };
            let groups = self.groups_naming(head);
            if !groups.is_empty() {
                return groups;
            }
        }
        Vec::new()
    }

    /// The groups one of whose asked nouns `names` accepts.
    fn groups_naming(&self, names: impl Fn(&String) -> bool) -> Vec<usize> {
        (0..self.groups.len())
            .filter(|&g| self.groups[g].asked.iter().any(&names))
            .collect()
    }

    /// The group of the subject named before an asking word that ends its clause (`before`,
    /// the question up to the asking word; `rest`, what follows it): 「处理方式有哪些」 → ways.
    fn subject_before(&self, before: &str, rest: &str) -> Vec<usize> {
        let mut tail = rest;
        while let Some(r) = self
            .closing
            .iter()
            .find_map(|p| tail.strip_prefix(p.as_str()))
        {
            tail = r;
        }
        if !tail.chars().next().is_none_or(ends_clause) {
            return Vec::new();
        }
        let Some(verb) = self
            .subject_verbs
            .iter()
            .filter(|v| before.ends_with(v.as_str()))
            .max_by_key(|v| v.len())
        else {
            return Vec::new();
        };
        let mut subject = &before[..before.len() - verb.len()];
        while let Some(s) = self
            .subject_adverbs
            .iter()
            .find_map(|a| subject.strip_suffix(a.as_str()))
        {
            subject = s;
        }
        self.groups_naming(|n| subject.ends_with(n.as_str()))
    }

    /// Whether the (folded) question asks what is forbidden (不能, 不许, 不让).
    pub fn forbidden_asked(&self, folded: &str) -> bool {
        self.forbidden_asked
            .iter()
            .any(|w| folded.contains(w.as_str()))
    }

    /// Whether the sentence announcing a list (`announcing`) names a thing of group `group`.
    pub fn announces(&self, announcing: &str, group: usize) -> bool {
        self.groups
            .get(group)
            .is_some_and(|g| g.announced.iter().any(|n| announcing.contains(n.as_str())))
    }

    /// Whether the sentence announcing a list forbids what it lists (「禁止下列行为」,
    /// 「有下列情形之一的,不得…」).
    pub fn forbids(&self, announcing: &str) -> bool {
        self.forbidden_written
            .iter()
            .any(|w| announcing.contains(w.as_str()))
    }
}

/// Who a time limit binds (`[parties]` of `data/question_kinds.toml`): a law gives each party
/// its own limit in a sentence of its own (「所在单位应当自…三十日内提出申请」 against 「行政部门
/// 应当自受理…六十日内作出决定」), the party as the subject before the modal verb; a time
/// question names the party whose limit it asks before its own modal (「单位要在多少天内申请」).
#[derive(Deserialize, Default)]
pub(crate) struct Parties {
    /// Kinds of party, each the words naming one (an employer, a person, a public body).
    pub groups: Vec<Vec<String>>,
    /// Modal verbs a duty is stated with (应当, 应在, 须): the subject comes before.
    pub modals: Vec<String>,
    /// Words holding a modal's character that state no duty (主要, 需要, 供应).
    #[serde(default)]
    pub not_modals: Vec<String>,
    /// How a question asks its party's limit (要, 得, 多久): the party is named before.
    pub asking: Vec<String>,
    /// The group of `groups` naming persons (申请人, 当事人, 个人): a person a law sets a time
    /// limit for keeps it himself — no statute has a person handle another's matter.
    pub persons: usize,
    /// The group of `groups` naming public bodies (部门, 机关, 政府): the ones that handle
    /// matters for others.
    pub bodies: usize,
}

impl Parties {
    /// The subject of the duty stated before a duration starting at byte `at` of `sentence`:
    /// the last modal verb before it (应当, 应在, 要; not inside 主要, 需要) follows the
    /// subject — the clause right before the modal, or when the modal opens its clause
    /// (「旅游行政主管部门接到投诉后,应当在10日内…」) the sentence's first clause. None when no
    /// modal stands before the duration. Search ([`crate::search::prior::binds_party`]) and
    /// the benefit reader (a party's own deadline is no time limit granted) read it alike.
    pub fn duty_subject<'a>(&self, sentence: &'a str, at: usize) -> Option<&'a str> {
        let clause_mark = |c: char| {
            matches!(
                c,
                '。' | '；' | '：' | '，' | '！' | '？' | '\n' | ',' | ':' | '、'
            )
        };
        let head = &sentence[..at];
        let covered = |at: usize| {
            self.not_modals.iter().any(|n| {
                sentence
                    .match_indices(n.as_str())
                    .any(|(s, m)| s <= at && at < s + m.len())
            })
        };
        let modal = self
            .modals
            .iter()
            .flat_map(|m| head.match_indices(m.as_str()).map(|(at, _)| at))
            .filter(|&at| !covered(at))
            .max()?;
        let before = &head[..modal];
        let clause = before.rfind(clause_mark).map_or(before, |at| {
            &before[at + before[at..].chars().next().map_or(0, char::len_utf8)..]
        });
        Some(if clause.trim().is_empty() {
            sentence.split(clause_mark).next().unwrap_or("")
        } else {
            clause
        })
    }

    /// Whether `subject` names a party of group `group` (a word of it).
    pub fn names(&self, subject: &str, group: usize) -> bool {
        self.groups
            .get(group)
            .is_some_and(|words| words.iter().any(|w| subject.contains(w.as_str())))
    }
}

/// The words naming another place than the asker's (外地, 其他地方) and the prepositions of
/// place before them (在, 到, 去): `[elsewhere]` of `data/question_kinds.toml`.
#[derive(Deserialize, Default)]
pub(crate) struct Elsewhere {
    /// Words naming a place other than the asker's, cues of a precedent question alone.
    pub words: Vec<String>,
    /// Prepositions of place: before one of `words`, they say where an act happens.
    pub prepositions: Vec<String>,
    /// Ways of asking what is done there (是, 有, 怎么): right after 在外地, they ask for the
    /// practice of the places elsewhere after all.
    pub practice: Vec<String>,
    /// Words ending in a preposition's character that are no preposition (现在, 正在).
    #[serde(default)]
    pub not_prepositions: Vec<String>,
    /// Adverbs a way of asking may follow (都, 一般: 「在外地都是怎么做的」).
    #[serde(default)]
    pub adverbs: Vec<String>,
}

impl Elsewhere {
    /// Whether the cue at `range` of `q` names the place where the asker acts (「在外地打工」,
    /// 「能不能在外地领执照」), not the places whose practice is asked for: it is one of
    /// `words`, right after a preposition of place, and what follows it is no way of asking
    /// about a practice (「在其他地方是怎么做的」 asks for precedents).
    pub fn acted_in(&self, q: &str, range: &std::ops::Range<usize>) -> bool {
        let cue = &q[range.clone()];
        let before = &q[..range.start];
        let mut after = &q[range.end..];
        // Adverbs between the place and the way of asking (都, 一般) are passed over.
        while let Some(rest) = self
            .adverbs
            .iter()
            .find_map(|a| after.strip_prefix(a.as_str()))
            .filter(|rest| !rest.is_empty())
        {
            after = rest;
        }
        self.words.iter().any(|w| w == cue)
            && self
                .prepositions
                .iter()
                .any(|p| before.ends_with(p.as_str()))
            && !self
                .not_prepositions
                .iter()
                .any(|w| before.ends_with(w.as_str()))
            && !self.practice.iter().any(|p| after.starts_with(p.as_str()))
    }
}

#[derive(Deserialize)]
struct RawFigure {
    name: String,
    cues: Vec<String>,
    values: Vec<String>,
    #[serde(default)]
    any_kind: bool,
    #[serde(default)]
    unless: Vec<String>,
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
    /// Digits that make a run of letters and digits an identifier of one thing (a parcel, a
    /// phone): its state is what the service holding it says. 0: no such rule.
    #[serde(default)]
    pub identifier_digits: usize,
    /// Prices set by a market (房价, 股价, 金价): beside a day of the asker's own, today's
    /// market news.
    #[serde(default)]
    pub prices: Vec<String>,
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
        let today = self.days.iter().any(|d| q.contains(d.as_str()));
        (today
            && (self.states.iter().any(|s| closing.ends_with(s.as_str()))
                || self.prices.iter().any(|p| q.contains(p.as_str()))))
            || self.places.iter().any(|p| closing.ends_with(p.as_str()))
            || self.names_identifier(q)
    }

    /// Whether `q` holds a run of ASCII letters and digits with `identifier_digits` digits or
    /// more (SF1402938475, 13800138000): an identifier of one thing, no figure of a policy.
    fn names_identifier(&self, q: &str) -> bool {
        self.identifier_digits > 0
            && q.split(|c: char| !c.is_ascii_alphanumeric()).any(|run| {
                run.chars().filter(char::is_ascii_digit).count() >= self.identifier_digits
            })
    }
}

/// Words addressed to the site itself rather than asked of the policies: greetings, thanks,
/// checking that someone is there (你好, 在吗, 在线吗, 有人吗, 谢谢).
#[derive(Deserialize, Default)]
pub(crate) struct SmallTalk {
    /// The phrases, longest first (sorted once, when the rules are read), so that one holding
    /// another (在线吗, 在吗) is taken out whole.
    pub phrases: Vec<String>,
    /// How a question points at the site it is typed into (这个网站, 本站, 你们的数据): with
    /// no policy named before, a demonstrative can only mean the page the asker is on.
    #[serde(default)]
    pub site: Vec<String>,
    /// What a question about the site asks of it (谁做的, 数据, 更新, 怎么用): its makers, its
    /// data, its use — which no policy text states.
    #[serde(default)]
    pub about_site: Vec<String>,
    /// The matter the whole site is about (营商环境) and what people call a site's assistant
    /// (小助手): beside a greeting or a wish they name no question (「新年快乐！祝营商环境越来越
    /// 好」, 「营商环境小助手，早上好呀」); alone or beside a topic they stay a question.
    #[serde(default)]
    pub frame: Vec<String>,
}

/// The asker's own life: what happened to one person or thing of theirs (「我老婆生气了怎么
/// 哄」「社保卡丢了怎么办」) and where their own case stands (「我3月份申请的怎么还没到账」).
/// Policy texts state what classes of people and firms may do; none tells one person's story.
#[derive(Deserialize, Default)]
pub(crate) struct OwnLife {
    /// Private relations and personal belongings as people call them (老婆, 驾照, 社保卡).
    pub own: Vec<String>,
    /// What happened to one of them, told as done (生气, 丢了, 扣了).
    pub happened: Vec<String>,
    /// Waiting for one's own case (还没到账, 还没批下来).
    #[serde(default)]
    pub waiting: Vec<String>,
    /// What the asker would enjoy (好吃, 好玩, 去哪里玩): a matter of taste.
    #[serde(default)]
    pub tastes: Vec<String>,
    /// How to better one's own body or love life (提高睡眠质量, 怎么减肥, 追女孩): advice.
    #[serde(default)]
    pub advice: Vec<String>,
}

impl OwnLife {
    /// Whether `q` tells of the asker's own life: one of `own` with one of `happened`, a
    /// word of `waiting`, one of `tastes` (what the asker would enjoy) or one of `advice` (how
    /// to better oneself). Either alone of the first pair is a question (「手机上能办吗」).
    pub fn asks(&self, q: &str) -> bool {
        let has = |words: &[String]| words.iter().any(|w| q.contains(w.as_str()));
        (has(&self.own) && has(&self.happened))
            || has(&self.waiting)
            || has(&self.tastes)
            || has(&self.advice)
    }
}

/// A task set to the site itself (「帮我把这句话翻成英文」「写一篇作文」「讲个笑话」): the asker
/// wants a text made, which no policy text is; whatever the text is about, nothing is asked of
/// a policy.
#[derive(Deserialize, Default)]
pub(crate) struct Tasks {
    /// The phrases setting such a task (翻成, 写一篇, 讲个笑话).
    pub phrases: Vec<String>,
    /// Operators of a sum to work out (+ - × ÷).
    #[serde(default)]
    pub operators: String,
    /// Words closing a sum (=, 等于).
    #[serde(default)]
    pub equals: Vec<String>,
}

impl Tasks {
    /// Whether `q` sets the site a task of making a text (it holds one of `phrases`) or of
    /// working out a sum ([`Self::sum`]).
    pub fn asks(&self, q: &str) -> bool {
        self.phrases.iter().any(|p| q.contains(p.as_str())) || self.sum(q)
    }

    /// Whether `q` holds a sum to work out: a run of ASCII digits and letters with one of
    /// `operators` between two of them, a digit among them, and one of `equals` right after
    /// the run (spaces aside).
    fn sum(&self, q: &str) -> bool {
        if self.operators.is_empty() {
            return false;
        }
        let is_operator = |c: char| self.operators.contains(c);
        let in_run = |c: char| c.is_ascii_alphanumeric() || is_operator(c) || c == ' ' || c == '.';
        let mut rest = q;
        while let Some(start) = rest.find(in_run) {
            let tail = &rest[start..];
            let len = tail.find(|c: char| !in_run(c)).unwrap_or(tail.len());
            let run = tail[..len].trim();
            let after = tail[len..].trim_start();
            let chars: Vec<char> = run.chars().filter(|c| *c != ' ').collect();
            let joined = chars.windows(3).any(|w| {
                w[0].is_ascii_alphanumeric() && is_operator(w[1]) && w[2].is_ascii_alphanumeric()
            });
            if joined
                && chars.iter().any(char::is_ascii_digit)
                && self.equals.iter().any(|e| after.starts_with(e.as_str()))
            {
                return true;
            }
            rest = &tail[len..];
            match rest.chars().next() {
                Some(c) => rest = &rest[c.len_utf8()..],
                None => break,
            }
        }
        false
    }
}

/// A bare name of an office (「市场监督管理局」): nothing is asked of it.
#[derive(Deserialize, Default)]
pub(crate) struct BareOffice {
    /// Endings of an organ's name (局, 委员会, 人民政府).
    pub suffixes: Vec<String>,
    /// Words with such an ending that name no office (格局, 大厅).
    #[serde(default)]
    pub unless: Vec<String>,
}

impl BareOffice {
    /// Whether `q`, which has no way of asking in it, is only an office's name: its last run of
    /// Chinese characters ends with one of `suffixes` (not with one of `unless`) and holds every
    /// topic word (「威海市市场监督管理局」; not 「企业开办 市场监督管理局」, whose 企业开办 is a
    /// matter).
    pub fn only(&self, q: &str, words: &[String], is_question: bool) -> bool {
        let Some(name) = q
            .split(|c: char| !crate::index::analyzer::is_cjk(c))
            .rfind(|run| !run.is_empty())
        else {
            return false;
        };
        !is_question
            && self.suffixes.iter().any(|s| name.ends_with(s.as_str()))
            && !self.unless.iter().any(|u| name.ends_with(u.as_str()))
            && words.iter().all(|w| name.contains(w.as_str()))
    }
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
    /// Whether `q` asks about the site itself: it points at the site (`site`) and each of its
    /// topic `words` is a word of that pointer (网站 of 这个网站) or one of `about_site`
    /// (「这个网站是谁做的?数据多久更新一次」, 「这个网站怎么用」). A policy word beside them makes
    /// it a question of policy (「在这个网站上能办营业执照吗」).
    pub fn about_site(&self, q: &str, words: &[String]) -> bool {
        let pointers: Vec<&str> = self
            .site
            .iter()
            .map(String::as_str)
            .filter(|p| q.contains(p))
            .collect();
        !pointers.is_empty()
            && words.iter().all(|w| {
                pointers.iter().any(|p| p.contains(w.as_str()))
                    || self.about_site.iter().any(|a| a == w)
            })
    }

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
        if any {
            for word in &self.frame {
                rest = rest.replace(word.as_str(), " ");
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
    /// The acts a who question asks about (谁来批, 由哪个部门来罚, 归哪个部门主管), each with
    /// the legal forms a regulation writes it in.
    #[serde(default)]
    pub acts: Vec<WhoAct>,
}

/// One act a regulation binds a body to (approving, punishing, collecting, being in charge
/// overall, doing the daily work): a law names many bodies, each for its own act, and a who
/// question naming the act asks for the body that does it.
#[derive(Deserialize, Default)]
pub(crate) struct WhoAct {
    /// Words of a question naming the act (来罚, 谁来批, 主管).
    pub asked: Vec<String>,
    /// Patterns of the act as laws write it (处罚, 罚款; 批准, 审批; 主管 but not 主管部门).
    written: Vec<String>,
    #[serde(skip)]
    compiled: Vec<Regex>,
}

impl WhoRoles {
    /// Whether `q` asks who takes part besides the lead, and not who leads.
    pub fn asks_cooperating(&self, q: &str) -> bool {
        self.cooperating_cues.iter().any(|c| q.contains(c.as_str()))
            && !self.lead_cues.iter().any(|c| q.contains(c.as_str()))
    }

    /// Whether `q` asks who leads (牵头, 主管).
    pub fn asks_lead(&self, q: &str) -> bool {
        self.lead_cues.iter().any(|c| q.contains(c.as_str()))
    }

    /// The act `q` asks who does (the index of its entry in `acts`): the first whose words
    /// the question holds.
    pub fn asked_act(&self, q: &str) -> Option<usize> {
        self.acts
            .iter()
            .position(|a| a.asked.iter().any(|w| q.contains(w.as_str())))
    }

    /// Whether `clause` writes act `act` (by index in `acts`) in one of its legal forms.
    pub fn writes_act(&self, act: usize, clause: &str) -> bool {
        self.acts
            .get(act)
            .is_some_and(|a| a.compiled.iter().any(|p| p.is_match(clause)))
    }

    fn compile(mut self) -> Self {
        for act in &mut self.acts {
            act.compiled = act
                .written
                .iter()
                .map(|p| Regex::new(p).unwrap_or_else(|err| panic!("bad act {p:?}: {err}")))
                .collect();
        }
        self
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

/// How a question asks for a procedure and how a law states one (`[procedure]` of
/// `data/question_kinds.toml`). A regulation states a matter in several articles — its
/// purpose, the body in charge, the rule, the sanction — and the way to act on it in one: the
/// body an applicant turns to (「可以向…申请备案」「到…办理」) and what the applicant brings
/// (「持本人居民身份证」「应当提交下列材料」). A question asking where to go (找谁, 去哪里, 怎么
/// 申请) or what to bring (带什么, 哪些材料) asks for that article.
#[derive(Deserialize, Default)]
pub struct Procedure {
    /// Words of a question asking where to go or whom to apply to.
    pub where_asked: Vec<String>,
    /// Shapes of an article naming the body an applicant turns to.
    where_written: Vec<String>,
    /// Words of a question asking what to bring or submit.
    pub bring_asked: Vec<String>,
    /// Shapes of an article stating what an applicant brings or submits.
    bring_written: Vec<String>,
    #[serde(skip)]
    where_compiled: Vec<Regex>,
    #[serde(skip)]
    bring_compiled: Vec<Regex>,
}

impl Procedure {
    fn compile(mut self) -> Self {
        let compile = |patterns: &[String]| -> Vec<Regex> {
            patterns
                .iter()
                .map(|p| Regex::new(p).unwrap_or_else(|err| panic!("bad procedure {p:?}: {err}")))
                .collect()
        };
        self.where_compiled = compile(&self.where_written);
        self.bring_compiled = compile(&self.bring_written);
        self
    }

    /// Whether the (folded) question asks where to go or whom to apply to.
    pub fn asks_where(&self, q: &str) -> bool {
        self.where_asked.iter().any(|w| q.contains(w.as_str()))
    }

    /// Whether the (folded) question asks what to bring or submit.
    pub fn asks_bring(&self, q: &str) -> bool {
        self.bring_asked.iter().any(|w| q.contains(w.as_str()))
    }

    /// Whether `text` names the body an applicant turns to (「可以向…申请」「到…办理」).
    pub fn states_where(&self, text: &str) -> bool {
        self.where_compiled.iter().any(|p| p.is_match(text))
    }

    /// Whether `text` states what an applicant brings or submits (「持…身份证」「提交下列材料」).
    pub fn states_bring(&self, text: &str) -> bool {
        self.bring_compiled.iter().any(|p| p.is_match(text))
    }
}

/// How a document's title frames its matter: the issuer and a word that opens the matter
/// (关于, 关于印发) before it, the genre after the last word that closes it (的 of 「…的通知」).
#[derive(Deserialize, Default, Debug, Clone)]
pub struct TitleFrame {
    /// Words opening the matter (the longest first): what stands before them is the issuer.
    pub opens: Vec<String>,
    /// Words closing the matter, at their last occurrence: what follows is the genre.
    pub closes: Vec<String>,
}

impl TitleFrame {
    /// The matter a title names (「国务院办公厅关于深入开展消费扶贫…的指导意见」 →
    /// 「深入开展消费扶贫…」); a title without an opening word is all matter (「威海市…实施方案」).
    pub fn matter<'a>(&self, title: &'a str) -> &'a str {
        let Some((start, open)) = self
            .opens
            .iter()
            .filter_map(|o| title.find(o.as_str()).map(|at| (at, o)))
            .min_by_key(|(at, o)| (*at, std::cmp::Reverse(o.len())))
        else {
            return title;
        };
        let rest = &title[start + open.len()..];
        let end = self
            .closes
            .iter()
            .filter_map(|c| rest.rfind(c.as_str()))
            .max()
            .unwrap_or(rest.len());
        &rest[..end]
    }
}

#[derive(Deserialize, Default)]
struct RawHeads {
    words: Vec<String>,
}

#[derive(Deserialize, Default)]
struct RawHistory {
    after: Vec<String>,
    asked: Vec<String>,
}

/// How a law dates its own history: its adoption and amendments (「2003年8月1日…会议通过」「根据
/// …会议《关于修改…的决定》第一次修正」) and the text it replaces (「1995年12月21日…通过的《…规定》
/// 同时废止」). Such a date answers when a text was adopted or amended, not when a rule takes
/// effect or a task is due.
pub struct History {
    /// Patterns matched at the start of what follows the date in its sentence.
    pub after: Vec<Regex>,
    /// Words of a question asking for the history itself (通过, 修正): then it answers.
    pub asked: Vec<String>,
}

impl History {
    /// Whether the date followed by `rest` (the rest of its sentence) dates a text's history,
    /// for a question `question` that does not ask for it.
    pub fn dates_history(&self, question: &str, rest: &str) -> bool {
        !self.asked.iter().any(|w| question.contains(w.as_str()))
            && self.after.iter().any(|p| p.is_match(rest))
    }
}

#[derive(Deserialize, Default)]
struct RawListOpeners {
    words: Vec<String>,
    #[serde(default)]
    items: Vec<String>,
}

#[derive(Deserialize, Default)]
struct RawSetting {
    words: Vec<String>,
    not_after: Vec<String>,
}

#[derive(Deserialize, Default)]
struct RawAskedFor {
    words: Vec<String>,
    about: Vec<String>,
}

#[derive(Deserialize)]
struct RawKind {
    name: String,
    cues: Vec<String>,
    #[serde(default)]
    keep: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
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
    /// Characters going on from what a case lacks to what is done without it or to the thing
    /// it qualifies (就, 还, 的).
    pub ends: String,
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

    /// What `question` says its case lacks: the text after each word of absence asked, up to
    /// the end of its clause or the word going on to what is done without it (「如果没有远程监控,
    /// 每班…」: 远程监控; 「没拿许可证就卖燃气」: 拿许可证).
    pub fn lacked<'q>(&self, question: &'q str) -> Vec<&'q str> {
        let mut lacked = Vec::new();
        for word in &self.asked {
            for (at, _) in question.match_indices(word.as_str()) {
                let rest = &question[at + word.len()..];
                let end = rest
                    .find(|c: char| ABSENCE_ENDS.contains(&c) || self.ends.contains(c))
                    .unwrap_or(rest.len());
                if end > 0 {
                    lacked.push(&rest[..end]);
                }
            }
        }
        lacked
    }
}

/// What ends the clause of a thing a question says its case lacks.
const ABSENCE_ENDS: &[char] = &[',', '，', '。', ';', '；', '?', '？', '!', '！', ' '];

/// Which side of a threshold a number is stated on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Below,
    Above,
}

/// Cases told apart by a threshold: rules state one figure for the cases above a number and one
/// for those below it (「超过100万的城市…1100元;不超过100万的城市…800元」), and a question gives
/// its case by the comparison it writes with the number (「不到100万的城市」). (`comparisons`
/// of data/question_kinds.toml.)
#[derive(Deserialize, Default)]
pub struct Comparisons {
    /// Words of the lower side written before the number (不超过, 不到), longest first once
    /// compiled.
    pub below: Vec<String>,
    /// Words of the upper side (超过, 不低于), longest first once compiled.
    pub above: Vec<String>,
    /// Modal negations (不得, 不能) that turn the side word after them over (不得超过).
    #[serde(default)]
    pub negators: Vec<String>,
    /// Words of the lower side written after the number and its unit (以下, 以内).
    #[serde(default)]
    pub below_after: Vec<String>,
    /// Words of the upper side written after the number and its unit (以上).
    #[serde(default)]
    pub above_after: Vec<String>,
    /// How a question asks for an upper limit (最多, 最高): stated on the lower side.
    #[serde(default)]
    pub ceilings: Vec<String>,
    /// How a question asks for a lower limit (最少, 最低): stated on the upper side.
    #[serde(default)]
    pub floors: Vec<String>,
    /// Words asking for a figure (多少, 几): a bound word before one asks a limit.
    #[serde(default)]
    pub asking: Vec<String>,
    /// Words asking for a date (什么时候, 哪天): the act written after one is the one dated.
    #[serde(default)]
    pub asking_dates: Vec<String>,
    /// How an amount's unit is written and what it is in a common unit (三成 → 30 %, 5万元 →
    /// 50000 元): a question and a rule write one quantity in different units.
    #[serde(default)]
    pub scales: Vec<Scale>,
    /// Written before a number to make it a percentage (百分之二十).
    #[serde(default)]
    pub percent_before: Vec<String>,
    /// Words joining the two bounds of a range (百分之二十至百分之五十, 20%-50%).
    #[serde(default)]
    pub range_joins: Vec<String>,
    /// Words written between an attribute and its figure (为, 控制在, 压缩至): with the side
    /// words and negations, what [`Comparisons::attribute_before`] looks past.
    #[serde(default)]
    pub links: Vec<String>,
    /// Copulas written between a bound word and its number (最长为, 上限是): the bound word
    /// before one states the limit's side ([`Comparisons::side_before`]).
    #[serde(default)]
    pub copulas: Vec<String>,
}

/// Most characters between a bound word and the word asking the figure (最多能扣到多少).
const LIMIT_REACH: usize = 8;

/// Most characters of a unit between a number and a side word written after it (100万元以下,
/// 50平方米以上).
const UNIT_CHARS: usize = 4;

/// A unit as written and the common unit it counts in (`scales` of `[comparisons]`).
#[derive(Deserialize, Default, Clone)]
pub struct Scale {
    /// The unit as written after a number (成, 万元, %).
    pub written: String,
    /// The unit it is counted in (%, 元).
    pub unit: String,
    /// How many of `unit` one written unit is (成: 10).
    pub times: f64,
}

impl Comparisons {
    /// The side `text` states `number` on: the side word right before an occurrence of it, or
    /// after it and at most a few characters of its unit (the longest word wins, so 不超过 is
    /// below). `None` when no occurrence has one, or occurrences disagree.
    pub fn side(&self, text: &str, number: &str) -> Option<Side> {
        self.side_word(text, number).map(|(side, _)| side)
    }

    /// The side a comparison written right before a number states it on (`before` ends with
    /// 不超过, 不低于; not 不得超过 → above): how a plan sets a limit, as the figure's predicate.
    pub fn side_before(&self, before: &str) -> Option<Side> {
        self.word_before(before)
            .map(|(side, _)| side)
            .or_else(|| self.bound_with_copula(before))
    }

    /// The side of a bound word written with a copula before the number (「领取期限最长为二十四个
    /// 月」「补助上限为50万元」「最低是20%」): laws state a limit so as often as with 不超过; the
    /// bound word says the side (a ceiling is stated on the lower side, as 最多能领几个月 asks).
    fn bound_with_copula(&self, before: &str) -> Option<Side> {
        let rest = self
            .copulas
            .iter()
            .find_map(|c| before.strip_suffix(c.as_str()))?;
        let ends = |words: &[String]| words.iter().any(|w| rest.ends_with(w.as_str()));
        match (ends(&self.ceilings), ends(&self.floors)) {
            (true, false) => Some(Side::Below),
            (false, true) => Some(Side::Above),
            _ => None,
        }
    }

    /// The side the amount at `range` of `text` (its number and unit whole: 百分之二十,
    /// 5万元) is stated on: a side word right before it (超过5万元) or right after it
    /// (百分之二十以下, 3个月以上).
    pub fn side_at(&self, text: &str, range: &std::ops::Range<usize>) -> Option<Side> {
        let rest = &text[range.end..];
        self.side_before(&text[..range.start]).or_else(|| {
            [
                (Side::Below, &self.below_after),
                (Side::Above, &self.above_after),
            ]
            .into_iter()
            .flat_map(|(side, words)| words.iter().map(move |w| (side, w)))
            .filter(|(_, w)| rest.starts_with(w.as_str()))
            .max_by_key(|(_, w)| w.len())
            .map(|(side, _)| side)
        })
    }

    /// The side `text` states `number` on and the word it is stated with.
    fn side_word(&self, text: &str, number: &str) -> Option<(Side, &str)> {
        let mut found: Option<(Side, &str)> = None;
        for (at, _) in text.match_indices(number) {
            let before = &text[..at];
            // a digit right before or after: another number (1100 holds 100)
            let rest = &text[at + number.len()..];
            if before.ends_with(|c: char| c.is_ascii_digit() || c == '.')
                || rest.starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            let side = self.word_before(before).or_else(|| self.word_after(rest));
            match (found, side) {
                (_, None) => {}
                (None, Some(s)) => found = Some(s),
                (Some(f), Some(s)) if f.0 != s.0 => return None,
                _ => {}
            }
        }
        found
    }

    /// The text before a figure without the words linking it to its attribute (side words,
    /// negations, [`Comparisons::links`]): Chinese writes an attribute and its figure side by
    /// side (「月销售额15万元以下」「担保费率不超过1%」「办理时限压缩至3个工作日」), so what
    /// `before` then ends with is the attribute the figure is the value of.
    pub fn attribute_before<'t>(&self, before: &'t str) -> &'t str {
        let mut rest = before;
        loop {
            let link = self
                .below
                .iter()
                .chain(&self.above)
                .chain(&self.negators)
                .chain(&self.links)
                .filter(|w| rest.ends_with(w.as_str()))
                .max_by_key(|w| w.len());
            match link {
                Some(w) => rest = &rest[..rest.len() - w.len()],
                None => return rest,
            }
        }
    }

    /// The side a limit the question asks for is stated on: a ceiling (最多能扣多少) below
    /// (不超过, 限额内), a floor (最低多少) above (不低于). `None` when it asks no limit, or both.
    pub fn limit_asked(&self, question: &str) -> Option<Side> {
        // A bound word asks a limit when a word asking a figure follows it closely (最多能扣到
        // 多少, 最长几天); elsewhere it is a name (最多跑一次, 最高人民法院).
        let asks = |words: &[String]| {
            words.iter().any(|w| {
                question.match_indices(w.as_str()).any(|(at, _)| {
                    let after: String =
                        question[at + w.len()..].chars().take(LIMIT_REACH).collect();
                    self.asking.iter().any(|a| after.contains(a.as_str()))
                })
            })
        };
        let ceiling = asks(&self.ceilings);
        let floor = asks(&self.floors);
        match (ceiling, floor) {
            (true, false) => Some(Side::Below),
            (false, true) => Some(Side::Above),
            _ => None,
        }
    }

    fn word_before(&self, before: &str) -> Option<(Side, &str)> {
        let mut best: Option<(usize, Side, &str)> = None;
        for (side, words) in [(Side::Below, &self.below), (Side::Above, &self.above)] {
            if let Some(w) = words.iter().find(|w| before.ends_with(w.as_str())) {
                let len = w.chars().count();
                if best.is_none_or(|(l, _, _)| len > l) {
                    best = Some((len, side, w.as_str()));
                }
            }
        }
        let (_, side, word) = best?;
        // 不得超过, 不能低于: a modal negation before the word turns it over
        let rest = &before[..before.len() - word.len()];
        let negated = self.negators.iter().any(|n| rest.ends_with(n.as_str()));
        let side = match (negated, side) {
            (false, side) => side,
            (true, Side::Below) => Side::Above,
            (true, Side::Above) => Side::Below,
        };
        Some((side, word))
    }

    fn word_after(&self, rest: &str) -> Option<(Side, &str)> {
        let starts: Vec<usize> = rest
            .char_indices()
            .take_while(|(_, c)| !c.is_ascii_digit() && !c.is_ascii_punctuation())
            .map(|(i, _)| i)
            .take(UNIT_CHARS + 1)
            .collect();
        for start in starts {
            let tail = &rest[start..];
            let mut best: Option<(usize, Side, &str)> = None;
            for (side, words) in [
                (Side::Below, &self.below_after),
                (Side::Above, &self.above_after),
            ] {
                if let Some(w) = words.iter().find(|w| tail.starts_with(w.as_str())) {
                    let len = w.chars().count();
                    if best.is_none_or(|(l, _, _)| len > l) {
                        best = Some((len, side, w.as_str()));
                    }
                }
            }
            if let Some((_, side, w)) = best {
                return Some((side, w));
            }
        }
        None
    }
}

#[derive(Deserialize)]
struct RawFillers {
    words: Vec<String>,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    counted: Vec<String>,
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
            unless: k.unless.clone(),
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
        counted_patterns: raw
            .fillers
            .counted
            .iter()
            .map(|p| compile(&format!("^(?:{p})$")))
            .collect(),
        fillers: raw.fillers.words,
        count: raw.count,
        heads: raw.heads.words,
        fields: raw.fields.words,
        bounds: raw.bounds.words,
        complements: raw.complements.words,
        law_title_words: raw.law_titles.words,
        given_words: raw.given_words.words,
        grades: raw.grades.words,
        per_unit: raw.per_unit.words,
        interrogatives: raw.interrogatives.words,
        setting: raw.setting.words,
        setting_not_after: raw.setting.not_after,
        asked_for: raw.asked_for.words,
        asked_about: raw.asked_for.about,
        anaphora: raw.anaphora.words,
        continuations: raw.continuations.words,
        self_reference: raw.self_reference.words,
        subsets: raw.subsets.words,
        list_openers: raw.list_openers.words,
        list_items: raw.list_openers.items,
        history: History {
            after: raw.history.after.iter().map(compile).collect(),
            asked: raw.history.asked,
        },
        elsewhere: raw.elsewhere,
        parties: raw.parties,
        list_heads: {
            let mut heads = raw.list_heads;
            heads
                .asking
                .sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
            heads
        },
        title_frame: raw.title_frame,
        determiners: raw.determiners.words,
        news: raw.news,
        small_talk: {
            let mut talk = raw.small_talk;
            talk.phrases
                .sort_by_key(|p| std::cmp::Reverse(p.chars().count()));
            talk
        },
        own_life: raw.own_life,
        tasks: raw.tasks,
        bare_office: raw.bare_office,
        negations: raw.negations,
        absence: raw.absence,
        who_roles: raw.who_roles.compile(),
        procedure: raw.procedure.compile(),
        comparisons: {
            let mut comparisons = raw.comparisons;
            let longest_first = |words: &mut Vec<String>| {
                words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
            };
            longest_first(&mut comparisons.below);
            longest_first(&mut comparisons.above);
            longest_first(&mut comparisons.below_after);
            longest_first(&mut comparisons.above_after);
            comparisons
        },
        figures: raw
            .figures
            .iter()
            .map(|f| FigureRule {
                name: f.name.clone(),
                cues: f.cues.iter().map(compile).collect(),
                values: f.values.iter().map(compile).collect(),
                any_kind: f.any_kind,
                unless: f.unless.clone(),
            })
            .collect(),
        unit_families: raw.unit_families.families,
    }
}

impl Rules {
    /// Whether `question` counts one unit before asking how much (「在河边养鸡鸭,一只罚多少」
    /// 「把古树砍了,一棵罚多少」「每人补多少钱」): laws set fines and grants per head, per tree, per
    /// square metre (「处禽类每只十元」「处每株五万元以上…罚款」), and such a question asks that
    /// rate. 一 or 每, a classifier of `[per_unit]`, then 多少 or 几 within a few characters (the
    /// verb between: 罚, 补, 收; 「每张罚几块钱」); a count naming a whole thing (开一家…机构要多少钱)
    /// goes on longer.
    pub fn asks_per_unit(&self, question: &str) -> bool {
        static ASKED: LazyLock<Option<Regex>> = LazyLock::new(|| {
            let units = RULES
                .per_unit
                .iter()
                .map(|u| regex::escape(u))
                .collect::<Vec<_>>()
                .join("|");
            (!units.is_empty())
                .then(|| {
                    Regex::new(&format!("(?:一|每)(?:{units})[^,。;?!]{{0,3}}(?:多少|几)")).ok()
                })
                .flatten()
        });
        ASKED.as_ref().is_some_and(|re| re.is_match(question))
    }

    /// Whether the figure `value` counts in the unit a question asks in, or in one of its
    /// family (几天 → 10日内, 3个工作日): askers say 天 where laws write 日.
    pub(crate) fn in_unit(&self, value: &str, unit: &str) -> bool {
        self.family(unit).iter().any(|u| value.contains(u))
    }

    /// `unit` and the units of its family (天 → 天, 日, 工作日: `[unit_families]`), each once.
    pub(crate) fn family<'a>(&'a self, unit: &'a str) -> Vec<&'a str> {
        let mut forms = vec![unit];
        for u in self
            .unit_families
            .iter()
            .filter(|family| family.iter().any(|u| u == unit))
            .flatten()
        {
            if !forms.contains(&u.as_str()) {
                forms.push(u);
            }
        }
        forms
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_kind_after_a_modifier_or_before_the_asking_word() {
        let h = &RULES.list_heads;
        let group = |noun: &str| {
            h.groups
                .iter()
                .position(|g| g.asked.iter().any(|n| n == noun))
                .unwrap()
        };
        // Right after the asking word, as before.
        assert_eq!(h.asked("需要满足什么条件"), vec![group("条件")]);
        // A modifier between the asking word and the kind's noun, the head of the phrase.
        assert_eq!(
            h.asked("救护车出任务时有哪些特殊通行权利"),
            vec![group("权利")]
        );
        assert!(h
            .asked("对什么样的违法行为可以举报")
            .contains(&group("行为")));
        assert_eq!(h.asked("哪几类重点人群可以免费体检"), vec![group("人")]);
        // A noun inside a longer word is no head (商事案件, 个人所得税).
        assert!(h.asked("哪些商事案件可以直接网上立案").is_empty());
        assert!(h.asked("哪些城市重点做虚拟现实产业").is_empty());
        // Principles and services or lines of business are kinds of list of their own
        // (「坚持以下原则」, 「可以从事下列业务」).
        assert_eq!(h.asked("规划要坚持哪些原则"), vec![group("原则")]);
        assert_eq!(h.asked("拿到证以后能做哪些业务"), vec![group("业务")]);
        assert_eq!(h.asked("失业登记有哪些简便办法"), vec![group("办法")]);
        // The kind named as the subject before an asking word ending the clause.
        assert_eq!(h.asked("骨灰的处理方式有哪些"), vec![group("方式")]);
        assert_eq!(h.asked("申请需要的材料都有什么"), vec![group("材料")]);
        assert!(h.asked("公园里禁止的行为包括什么").contains(&group("行为")));
        // A subject before an asking word that does not end its clause names no kind: the
        // noun after the asking word does (招人 is no list of persons).
        assert!(!h
            .asked("公司招人有哪些事情是不许做的")
            .contains(&group("人")));
    }

    #[test]
    fn a_date_followed_by_a_session_adopting_or_a_repeal_dates_a_texts_history() {
        let h = &RULES.history;
        let q = "统计条例是从哪天起施行的";
        assert!(h.dates_history(q, "北京市第十届人民代表大会常务委员会第十二次会议通过,根据"));
        assert!(h.dates_history(q, "市人大常委会会议《关于修改〈条例〉的决定》第一次修正"));
        assert!(h.dates_history(q, "通过的《北京市公共场所禁止吸烟的规定》同时废止。"));
        // The date a rule applies from, or a task is due by, is none.
        assert!(!h.dates_history(q, "起施行。1995年12月21日…同时废止。"));
        assert!(!h.dates_history(q, "前通过验收"));
        // Asked when it was adopted, the history answers.
        assert!(!h.dates_history(
            "条例是哪天通过的",
            "北京市第十届人民代表大会常务委员会第十二次会议通过"
        ));
    }

    #[test]
    fn a_cost_question_counting_one_unit_asks_the_rate_per_unit() {
        assert!(RULES.asks_per_unit("许昌在河边重点区域养鸡鸭,一只罚多少"));
        assert!(RULES.asks_per_unit("有人把古树砍了,一棵罚多少"));
        assert!(RULES.asks_per_unit("个人乱贴小广告,每张罚几块钱"));
        assert!(!RULES.asks_per_unit("在北京开一家人才中介机构要多少钱"));
        assert!(!RULES.asks_per_unit("乱贴小广告罚多少"));
    }

    #[test]
    fn the_attribute_of_a_figure_is_what_comes_before_its_links() {
        let c = &RULES.comparisons;
        assert!(c
            .attribute_before("担保费率原则上不超过")
            .ends_with("担保费率"));
        assert!(c.attribute_before("办理时限压缩至").ends_with("办理时限"));
        assert!(c
            .attribute_before("风险责任比例均不低于")
            .ends_with("风险责任比例"));
        assert!(c.attribute_before("落实月销售额").ends_with("月销售额"));
        assert_eq!(c.attribute_before(""), "");
    }

    #[test]
    fn a_number_is_stated_below_or_above_by_the_longest_side_word_around_it() {
        let c = &RULES.comparisons;
        assert_eq!(c.side("不超过100万的城市", "100"), Some(Side::Below));
        assert_eq!(c.side("超过100万的城市", "100"), Some(Side::Above));
        assert_eq!(c.side("不到100万", "100"), Some(Side::Below));
        assert_eq!(
            c.side("单户担保金额500万元及以下", "500"),
            Some(Side::Below)
        );
        assert_eq!(c.side("500万元以上的", "500"), Some(Side::Above));
        assert_eq!(c.side("不低于20%", "20"), Some(Side::Above));
        // a modal negation turns the word over
        assert_eq!(c.side("扣除期限不能超过48个月", "48"), Some(Side::Below));
        assert_eq!(c.side("不得低于20%", "20"), Some(Side::Above));
        // a number inside a longer one, or with no side word, states no side
        assert_eq!(c.side("每月1100元", "100"), None);
        assert_eq!(c.side("2023年底前", "2023"), None);
        assert_eq!(
            c.side("在80000元限额内据实扣除", "80000"),
            Some(Side::Below)
        );
        // 内 before a number is a place (区内100家), no side
        assert_eq!(c.side("区内100家企业", "100"), None);
        assert_eq!(c.limit_asked("一年最多能扣到多少钱"), Some(Side::Below));
        assert_eq!(c.limit_asked("担保费率最低多少"), Some(Side::Above));
        assert_eq!(c.limit_asked("担保费率是多少"), None);
        // the comparison itself asks the limit
        assert_eq!(
            c.limit_asked("划拨手续办理时间不超过多少个工作日"),
            Some(Side::Below)
        );
        assert_eq!(c.limit_asked("自有资金比例不低于多少"), Some(Side::Above));
        // a bound word in a name asks no limit
        assert_eq!(c.limit_asked("最多跑一次改革有哪些事项"), None);
        let n = &RULES.count;
        assert_eq!(
            n.counted_after("工亡补助金按多少个月工资给"),
            Some("工资给")
        );
        assert_eq!(
            n.counted_after("能领几个月的失业保险金"),
            Some("失业保险金")
        );
        assert_eq!(n.counted_after("还能多休多少天"), None);
    }

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
    fn a_who_question_names_the_act_and_laws_write_it_in_their_own_words() {
        let roles = &RULES.who_roles;
        let act = roles.asked_act("郑州节水工作归哪个部门主管").expect("主管");
        assert!(roles.writes_act(act, "水行政主管部门主管本行政区域内节约用水工作"));
        // 主管部门 is a body's name, not the act.
        assert!(!roles.writes_act(act, "农业农村主管部门负责动物防疫的具体实施"));
        let act = roles.asked_act("归哪个部门来罚").expect("罚");
        assert!(roles.writes_act(act, "由生态环境主管部门责令改正,并处一万元罚款"));
        let act = roles.asked_act("要找谁批准").expect("批准");
        assert!(roles.writes_act(act, "须经殡葬管理机构批准"));
        let act = roles.asked_act("由哪个机构来收").expect("收");
        assert!(roles.writes_act(act, "加价水费由节约用水管理机构负责征收"));
        assert_eq!(roles.asked_act("找哪个部门"), None);
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
        // whether a person is there to answer now
        assert!(talk.only("您好,请问现在有工作人员在线吗"));
        assert!(!talk.only("人工智能企业有什么补贴"));
        assert!(!talk.only("工作人员培训有什么要求"));
        assert!(!talk.only("你好,营业执照能在线办吗"));
        assert!(!talk.only("在线办理营业执照"));
        assert!(!talk.only("企业开办刻章免费吗"));
    }

    #[test]
    fn a_greeting_or_wish_to_the_site_s_matter_is_small_talk() {
        let talk = &RULES.small_talk;
        assert!(talk.only("新年快乐！祝营商环境越来越好🎉"));
        assert!(talk.only("营商环境小助手，早上好呀"));
        // The matter alone, or beside a topic, stays a question.
        assert!(!talk.only("营商环境"));
        assert!(!talk.only("你好，营商环境有哪些改革"));
        assert!(!talk.only("早上好，营业执照能当天办吗"));
    }

    #[test]
    fn asking_to_ask_with_nothing_asked_is_small_talk() {
        let talk = &RULES.small_talk;
        assert!(talk.only("我想咨询一下关于"));
        assert!(talk.only("请教一下"));
        // The matter after the frame makes it a question.
        assert!(!talk.only("我想咨询一下关于开办企业的规定"));
        assert!(!talk.only("有关刻章的规定"));
    }

    #[test]
    fn a_question_about_the_site_itself_is_small_talk() {
        let talk = &RULES.small_talk;
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(talk.about_site(
            "这个网站是谁做的?数据多久更新一次",
            &words(&["网站", "谁做", "数据", "更新"])
        ));
        assert!(talk.about_site("这个网站怎么用", &words(&["网站"])));
        // Whether it comes as an app is asked of a site too.
        assert!(talk.about_site("这个网站有手机app吗", &words(&["网站", "手机", "app"])));
        // A policy word beside the pointer: a question of policy.
        assert!(!talk.about_site("在这个网站上能办营业执照吗", &words(&["网站", "营业执照"])));
        // No pointer at the site: government websites are a matter of policy.
        assert!(!talk.about_site(
            "政府网站数据多久更新一次",
            &words(&["政府网站", "数据", "更新"])
        ));
    }

    #[test]
    fn the_askers_own_life_and_own_case_are_no_policy_question() {
        let own = &RULES.own_life;
        assert!(own.asks("我老婆生气了怎么哄"));
        assert!(own.asks("社保卡丢了怎么办"));
        assert!(own.asks("驾照扣了9分还能开车吗"));
        assert!(own.asks("手机屏幕摔碎了,去哪修比较便宜"));
        assert!(own.asks("手机进水了开不了机"));
        assert!(own.asks("个人所得税退税进度查询，我3月份申请的怎么还没到账"));
        // A belonging or a relation without an event, or an event of a firm, is a question.
        assert!(!own.asks("二手房过户登记能在手机上办吗"));
        assert!(!own.asks("配偶的住房贷款利息能扣除吗"));
        assert!(!own.asks("个人所得税退税多久到账"));
        assert!(!own.asks("施工图还没审完能先办施工许可证吗"));
        assert!(!own.asks("社保卡能在手机上申领吗"));
        // What the asker would enjoy is taste; a restaurant or tourism as a matter is policy.
        assert!(own.asks("附近有什么好吃的餐厅"));
        assert!(own.asks("周末去哪里玩比较好"));
        assert!(!own.asks("餐厅油烟排放怎么管理"));
        assert!(!own.asks("旅游景区门票有什么减免政策"));
        // A paper of one's own run out is the asker's own case, like a lost one.
        assert!(own.asks("护照过期了去哪里换新的"));
        assert!(!own.asks("营业执照有效期多久"));
        // How to better one's own sleep or love life is advice; the matter named alone is policy.
        assert!(own.asks("如何提高睡眠质量"));
        assert!(own.asks("怎么追女孩子"));
        assert!(!own.asks("减肥药广告怎么管"));
    }

    #[test]
    fn a_text_to_make_is_a_task_not_a_policy_question() {
        let tasks = &RULES.tasks;
        assert!(tasks.asks("帮我把这句话翻成英文：明天见"));
        assert!(tasks.asks("营业执照用英语怎么说"));
        assert!(tasks.asks("帮我写一首关于春天的诗"));
        // Asking how a form is filled in, or about a measure's English-language service, is a
        // question of policy.
        assert!(!tasks.asks("开办企业申请表怎么写"));
        assert!(!tasks.asks("政府网站有没有英文版"));
    }

    #[test]
    fn a_sum_to_work_out_is_a_task_not_a_policy_question() {
        let tasks = &RULES.tasks;
        assert!(tasks.asks("3x+5=20,x等于几"));
        assert!(tasks.asks("12×8等于多少"));
        assert!(tasks.asks("2 + 3 = ?"));
        // A model or a scheme a text names by its figures has no equals word after it; an
        // amount compared in words is a question of policy.
        assert!(!tasks.asks("1+N模式是什么"));
        assert!(!tasks.asks("“4+2”政务服务模式在哪里推行"));
        assert!(!tasks.asks("补贴金额等于多少"));
        assert!(!tasks.asks("应纳税额等于应纳税所得额乘以税率吗"));
    }

    #[test]
    fn an_office_s_bare_name_asks_nothing() {
        let office = &RULES.bare_office;
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(office.only("市场监督管理局", &words(&["市场", "监督管理局"]), false));
        assert!(office.only(
            "威海市行政审批服务局",
            &words(&["行政审批", "服务局"]),
            false
        ));
        // A matter beside the name, or a way of asking, makes it a question.
        assert!(!office.only(
            "企业开办 市场监督管理局",
            &words(&["企业开办", "市场", "监督管理局"]),
            false
        ));
        assert!(!office.only(
            "市场监督管理局负责什么",
            &words(&["市场", "监督管理局"]),
            true
        ));
        // Words ending so that name no office, and matters ending in 站.
        assert!(!office.only("新发展格局", &words(&["新发展格局"]), false));
        assert!(!office.only("政务服务大厅", &words(&["政务服务大厅"]), false));
        assert!(!office.only("5G基站", &words(&["5g", "基站"]), false));
    }

    #[test]
    fn today_s_market_price_is_news() {
        let news = &RULES.news;
        assert!(news.asks("雄安新区现在房价多少"));
        assert!(news.asks("茅台股票明天会涨吗"));
        // Prices without a day of the asker's own are a question of policy.
        assert!(!news.asks("雄安新区房价调控有什么政策"));
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
        // The date of that day is a calendar's; a date a policy sets is not asked so.
        assert!(news.asks("今天星期几"));
        assert!(news.asks("明天几号?"));
        assert!(!news.asks("今年个税汇算几号截止"));
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
        // Where a thing sent is now, or one thing named by its identifier: a tracking page's
        // facts. Figures and years of a policy are no identifier.
        assert!(news.asks("我的快递到哪了"));
        assert!(news.asks("我的快递到哪了 SF1402938475"));
        assert!(news.asks("订单12345678怎么还没发货"));
        assert!(!news.asks("出口退税多久到账"));
        assert!(!news.asks("2023年底前压缩到1000000元以下吗"));
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

    #[test]
    fn a_title_names_its_matter_between_its_issuer_and_its_genre() {
        let f = &RULES.title_frame;
        assert_eq!(
            f.matter("国务院办公厅关于深入开展消费扶贫助力打赢脱贫攻坚战的指导意见"),
            "深入开展消费扶贫助力打赢脱贫攻坚战"
        );
        assert_eq!(
            f.matter("国务院办公厅关于印发国家组织药品集中采购和使用试点方案的通知"),
            "国家组织药品集中采购和使用试点方案"
        );
        // A local plan's title is all matter.
        assert_eq!(
            f.matter("威海市提标提速提效推动营商环境攻坚突破实施方案"),
            "威海市提标提速提效推动营商环境攻坚突破实施方案"
        );
    }
}
