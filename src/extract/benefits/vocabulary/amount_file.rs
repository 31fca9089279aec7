//! The schema of `data/benefit_amounts.toml`: the units figures are written in and the
//! words around figures that say whether one sizes a benefit.

use std::collections::HashMap;

use serde::Deserialize;

use super::lexicon::Words;

/// One unit of a figure.
#[derive(Debug, Clone, Deserialize)]
pub struct Unit {
    /// As written after the number.
    pub written: Vec<String>,
    /// As written before the number (百分之五十, 千分之三): statutes write a rate in characters
    /// with its unit first.
    #[serde(default)]
    pub written_before: Words,
    /// As stored.
    pub unit: String,
    /// The unit figures are compared in.
    pub base: String,
    /// Factor from `unit` to `base`.
    pub factor: f64,
    /// money, rate, duration or count.
    pub kind: UnitKind,
    /// Nouns that make a bare counter (个, 项, 件) this unit: 「环节精简至12个」.
    #[serde(default)]
    pub nouns: Words,
    /// A written unit followed by one of these is not this unit (1万户, 一次性, 年度).
    #[serde(default)]
    pub not_before: Words,
    /// The type a figure in this unit grants by itself.
    #[serde(default)]
    pub implies: Option<String>,
    /// Only after Arabic digits.
    #[serde(default)]
    pub arabic_only: bool,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// 元, 万元, 亿元.
    Money,
    /// %, ‰, 折, 个百分点.
    Rate,
    /// 个工作日, 天, 小时, 个月, 年.
    Duration,
    /// 个环节, 份, 次.
    Count,
}

/// Words around figures.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Figures {
    /// Before a figure, kept in its text.
    pub qualifiers: Words,
    /// After a figure, kept in its text.
    pub suffixes: Words,
    /// After a figure: it is a threshold, not a benefit.
    pub threshold_after: Words,
    /// After a figure that is no rate: the bound of the part of an income or a time a rule
    /// applies to (未超过五百万元的部分, 超过四年的部分), not the size of the benefit. A rate
    /// there (税负超过15%的部分…免征) caps the burden: it stays the size.
    #[serde(default)]
    pub bracket_after: Words,
    /// In the clause before a figure: it is a target or a result, not a benefit.
    pub not_benefit: Words,
    /// In the clause before a figure: a count of what government turns out (认定15个平台),
    /// unless a word of `output_granted` stands between (对新认定的…给予100万元: a condition).
    #[serde(default)]
    pub output: Words,
    /// Grant verbs that make an `output` word before them a condition of eligibility.
    #[serde(default)]
    pub output_granted: Words,
    /// Before a money figure in its clause: a sum given, a payment where no type is named.
    #[serde(default)]
    pub given: Words,
    /// The type of a sum given that no type word names (补贴奖励).
    #[serde(default)]
    pub given_type: String,
    /// Right after a figure: it closes a relative clause (的); with a party named after it
    /// before the clause's grant, the figure says who qualifies.
    #[serde(default)]
    pub relative: Words,
    /// Right after `relative`: a noun the figure sizes (的税率, 的标准), no relative clause.
    #[serde(default)]
    pub sized: Words,
    /// Before a clause's figures: they pair, in order, with the groups named before it.
    #[serde(default)]
    pub respectively: Words,
    /// Bare counters that take their unit from a noun of the clause.
    #[serde(default)]
    pub counters: Words,
    /// A numeral in characters after one of these is part of a word (统一, 进一步).
    #[serde(default)]
    pub numeral_not_after: Words,
    /// After a figure: it is the value before a cut.
    #[serde(default)]
    pub before_cut: Words,
    /// Suffixes that make a money, duration or count figure a threshold (参保1年以上).
    #[serde(default)]
    pub threshold_suffixes: Words,
    /// Right before a figure's number: it is a qualifying period or a range's bound
    /// (连续工作满一年, 不低于50万元(含50万元)), not a benefit.
    #[serde(default)]
    pub threshold_before: Words,
    /// The last words of an opening condition (…成功上市的,): a figure in a clause ending with
    /// one, where the clause grants nothing itself, says who qualifies.
    #[serde(default)]
    pub condition_end: Words,
    /// Right after a figure in such a condition: the limit not kept (五个工作日内未处理…的), a
    /// limit restated or a body's silence, which stays an amount.
    #[serde(default)]
    pub condition_kept_after: Words,
    /// Before a rate: a coverage target, unless the clause grants a hidden benefit.
    #[serde(default)]
    pub target_qualifiers: Words,
    /// Anywhere in a clause: a statistic, none of its figures is a benefit.
    #[serde(default)]
    pub not_benefit_clause: Words,
    /// Words of a time counted from a day (之日起): a deadline of government work.
    #[serde(default)]
    pub counted_from: Words,
    /// Words of an applicant's request reaching the government: a time counted from it is a
    /// service limit.
    #[serde(default)]
    pub request: Words,
    /// Qualifiers of the value after a cut: `not_benefit` words before them name what is cut.
    #[serde(default)]
    pub cut_qualifiers: Words,
    /// Qualifiers of a cap: a figure behind one bounds a benefit granted anywhere in the measure.
    #[serde(default)]
    pub cap_qualifiers: Words,
    /// Types a heading grants whose size the text's limits state (时限压缩).
    #[serde(default)]
    pub heading_cuts: Words,
    /// After a duration: a limit within which something is done (6个月内).
    #[serde(default)]
    pub within: Words,
    /// Words of finishing an applicant's matter or of its time (审结, 办理时限).
    #[serde(default)]
    pub limit_words: Words,
    /// After a duration, in its clause: an act one party owes another (向…通报, 上报): the
    /// limit bounds a duty of reporting, no applicant's matter.
    #[serde(default)]
    pub owed: Words,
    /// After a duration (in its act: its clause, or the next when its own ends with the time):
    /// a word of notifying (告知) followed by a public body — a duty owed to that body.
    #[serde(default)]
    pub notified: Words,
    /// After a duration (in its clause, or in the next when its own ends with the time): the
    /// authority publishing something itself (向社会公布, 发布…公告): the limit bounds that act.
    #[serde(default)]
    pub published: Words,
    /// Words of deciding or serving a matter (作出决定, 批准, 办结): between a duration and a
    /// word of `published`, the publication follows the decision on the applicant's matter, and
    /// the limit stays his.
    #[serde(default)]
    pub decided: Words,
    /// Before a duration: a floor (公告期不少于5个工作日). A period bounded from below is one
    /// the body must keep, never a processing time cut: the unit implies no type.
    #[serde(default)]
    pub floors: Words,
    /// Before a duration in its clause: a time lengthened (可以延长十日, 延长期限不得超过三十日,
    /// 服务时间扩展到24小时). The body's extra time or longer hours are no processing time cut:
    /// the unit implies no type.
    #[serde(default)]
    pub extending: Words,
    /// Right after a duration's `within` suffix: an act of the party (在十五个工作日内补正):
    /// the time is the party's deadline, no matter of his is handled within it.
    #[serde(default)]
    pub party_acts_after: Words,
    /// Words of failing (未) right after a time, before one of `failed_acts`: the party let
    /// the time pass without acting (在七日内未办理…的): his deadline, no service to him.
    #[serde(default)]
    pub failed: Words,
    /// A party's acts for his own matter (办理, 申请, 提起) whose failure in time `failed` marks.
    #[serde(default)]
    pub failed_acts: Words,
    /// Marks the body a party turns to (向): after a duration, `toward` and then one of
    /// `party_acts` (向登记管理机关申请注销登记) make the time the party's deadline.
    #[serde(default)]
    pub toward: Words,
    /// Acts of a party toward a body (申请, 提交, 缴纳), after `toward`.
    #[serde(default)]
    pub party_acts: Words,
    /// Between `toward` and the act: the one turned to is the party, so the body acts toward
    /// him (向申请人出具, 向当事人提出): a service limit after all.
    #[serde(default)]
    pub addressed_parties: Words,
    /// What may follow a bare counter that ends a phrase.
    #[serde(default)]
    pub counter_end: Words,
    /// Which benefit types a figure of each kind can measure.
    #[serde(default)]
    pub kinds: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
pub(super) struct AmountFile {
    pub(super) unit: Vec<Unit>,
    pub(super) figures: Figures,
}
