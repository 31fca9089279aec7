//! Answerability priors: a question asks for a kind of answer ([`Kind`], read by the Q&A's
//! question analysis from its ways of asking), and a measure that cannot hold that kind of
//! answer is moved down in the coverage rerank. A who-question (哪个部门牵头) is answered by
//! a measure that names its lead unit; a time question (要多久) by one that states a
//! duration; a deadline question (什么时候交) by one that states a date or a time limit
//! (2019年12月底前, 完成时限:…): a plan's measure that sets no date says what is done, not by
//! when. What counts as a duration, a cost or a date is the Q&A's value patterns
//! (`data/question_kinds.toml`), so search and answers agree. Keyword queries (no way of
//! asking) are left as they are.
//!
//! Two priors weigh how directly a measure answers. A who-question asks which body is in
//! charge of one matter; a measure listing many lead units (省商务厅、青岛海关、济南海关、
//! 省税务局…) is a broad one joining several tasks, each led by some of them, and says less
//! precisely who leads the matter asked than one led by one or two units ([`lead_spread`]).
//! A precedent question (其他地方怎么做, 哪些地方有先例) asks where a thing was done and how;
//! national documents collect local experience as lines that open with the place that did
//! it (「山东省日照市推行…」, 「辽宁省大连市探索…」), the direct answer, while a plan's measure
//! says what its own government will do and is a precedent only through its region
//! ([`NO_PLACE`]).
//!
//! A regulation's penalty articles restate the rules they enforce ([`Sanctions`]): a question
//! asking about a sanction (罚多少, 哪个部门来罚) prefers them ([`NO_SANCTION`] for the
//! others), one asking what is allowed or required prefers the rule ([`SANCTION_NOT_ASKED`]).
//!
//! Among the articles of one document ([`Prior::within`], read by
//! [`crate::search::rank::within_documents`]), a who-question prefers the article naming the
//! body that acts ([`NAMES_BODY`]) and a list question a law's article that enumerates
//! ([`ENUMERATES`]): a regulation's articles carry no lead units, so the priors above give them
//! all the same factor. A question counting by a unit (几天, 多少小时, 几个人) prefers the
//! article stating a number in it ([`STATES_UNIT`]).

use crate::corpus::gazetteer::GAZETTEER;
use crate::index::analyzer::fold;
use crate::question::rules::RULES;
use crate::question::values::{asked_figure, find_figures, find_value};
use crate::question::{Counting, Kind};
use crate::Measure;

/// Factor for a measure naming no lead unit, for a who-question.
pub const NO_LEAD_UNIT: f32 = 0.5;
/// Factor for a measure stating no duration, for a time question.
pub const NO_DURATION: f32 = 0.7;
/// Factor for a measure saying nothing of money, for a cost question.
pub const NO_COST: f32 = 0.7;
/// Factor for a measure stating no date or time limit, for a deadline question.
pub const NO_DEADLINE: f32 = 0.7;
/// Factor for a measure stating no number with the measure word a question counts by
/// (see [`states_count`]).
pub const NO_COUNT: f32 = 0.7;
/// Factor for a measure where a unit the query names only takes part (责任单位), not leads.
pub const NOT_LEADING: f32 = 0.8;
/// Lead units a measure may name and still answer a who-question in full (see [`lead_spread`]).
pub const FEW_LEAD_UNITS: usize = 2;
/// How much each lead unit beyond [`FEW_LEAD_UNITS`] adds to the divisor of [`lead_spread`].
pub const PER_EXTRA_LEAD_UNIT: f32 = 0.05;
/// Fit of an article naming a body that acts (「由节约用水管理机构负责征收」「市场监督管理部门负责
/// …」「由乡(镇)人民政府责令改正」), against the other articles of its document, for a
/// who-question (see [`Prior::within`]).
pub const NAMES_BODY: f32 = 1.3;
/// Fit of an article that enumerates (「有下列情形之一的,不得…:(一)…(二)…」), against the other
/// articles of its document, for a list question (see [`Prior::within`]).
pub const ENUMERATES: f32 = 1.3;
/// Further fit of an enumerating article whose sentence announcing its list names the kind of
/// thing the question asks for by name (「禁止下列行为:」 for 「哪些事情不让做」; see
/// [`Prior::within`] and [`crate::question::rules::ListHeads`]).
pub const HEAD_FITS: f32 = 1.3;
/// Fit of an enumerating article none of whose announcing sentences forbids as the question
/// asks (a list of duties for 「哪些事不能做」, a list of acts forbidden for 「要干哪些事」).
pub const FORBIDDING_DIFFERS: f32 = 0.8;
/// The most characters after 下列/以下 read as naming what a list holds (「下列基本条件」).
pub const HEAD_CHARS: usize = 6;
/// Fit of an article whose time limit binds the party a time question names (「所在单位应当自
/// …三十日内提出申请」 for 「单位要在多少天内申请」), against the other articles of its document
/// (see [`Prior::within`] and [`binds_party`]). 1.5, not the 1.3 of the others: the article
/// binding the other party (the body deciding on the application) repeats the question's
/// matter words as often (工伤认定申请), and at 1.3 still came first on dev22.
pub const BINDS_PARTY: f32 = 1.5;
/// Fit of an article stating a number in the unit a question counts by (「专家组成员不低于5人」
/// for 「最少要几个人」, 「不少于240小时」 for 「至少要路测多少小时」, 「5个工作日内」 for 「几天内」),
/// against the other articles of its document (see [`Prior::within`] and [`states_unit`]).
pub const STATES_UNIT: f32 = 1.3;
/// Fit of an article stating the procedure a how-to question asks for — the body an
/// applicant turns to (「可以向…申请备案」 for 「想备案找谁」) or what the applicant brings
/// (「持本人居民身份证」 for 「带什么去申请」) — against the other articles of its document (see
/// [`Prior::within`] and [`crate::question::rules::Procedure`]).
pub const STATES_PROCEDURE: f32 = 1.3;
/// Factor for a measure that does not open with the place that did it, for a precedent
/// question (see the module documentation).
pub const NO_PLACE: f32 = 0.7;
/// Factor for a measure that is no penalty article, for a question asking about a sanction
/// (see [`Sanctions`]). Half: a penalty article restates the rule it cites among other acts
/// and the fine, so the rule, shorter and all about the act, matches the question's words
/// better; 0.7 left it first (「哪个部门来罚」 answered by the rule on 气瓶 送检).
pub const NO_SANCTION: f32 = 0.5;
/// Factor for a penalty article, for a question not asking about a sanction: the rule it
/// cites answers (see [`Sanctions`]). Milder than [`NO_SANCTION`]: a question may ask what is
/// forbidden in words only the penalty article states.
pub const SANCTION_NOT_ASKED: f32 = 0.8;

/// How a regulation's penalty articles are told from the rules they enforce, and how a
/// question asks about a sanction (`data/sanctions.toml`). A regulation states each duty or
/// ban in its own article and again in its 法律责任 chapter, where an article cites it
/// (「违反本条例第二十六条规定,…」) and restates its words to attach a fine or an order: the two
/// share the question's words. A question asking what is allowed, required or forbidden is
/// answered by the rule; one asking about the sanction (罚多少, 哪个部门来罚) by the penalty
/// article. A question about not being sanctioned (首违不罚, 免罚) asks about a policy of
/// leniency, which plans state as measures of their own.
#[derive(Debug, serde::Deserialize)]
pub struct Sanctions {
    /// Words of a question asking about a sanction.
    pub asked: Vec<String>,
    /// Words of a question asking about leniency.
    pub lenient: Vec<String>,
    /// Ways of asking who deals with a case (归哪个部门管, 谁来查, 找谁投诉).
    pub handled: Vec<String>,
    /// Words telling a wrong done (不让, 不符合, 造假): with one of `handled`, a sanction asked.
    pub breaches: Vec<String>,
    /// Names of the chapter of penalty articles.
    pub chapters: Vec<String>,
    /// How a penalty article opens, citing a rule of the same text.
    pub cites: Vec<String>,
}

/// The longest subject a penalty article names before citing the rule it enforces
/// (「提供中医养生保健服务的企业违反本条例…」, 「研发机构、高等院校、企业及相关人员违反本条例…」).
pub const PENALTY_SUBJECT: usize = 24;

/// A mark ending a clause or a sentence (full-width: folded text keeps 、 and 。).
fn is_clause_mark(c: char) -> bool {
    matches!(c, '。' | '；' | '：' | '，' | '！' | '？' | '\n')
}

/// The sanction words, read once.
pub static SANCTIONS: std::sync::LazyLock<Sanctions> =
    std::sync::LazyLock::new(|| crate::data::SANCTIONS.toml());

impl Sanctions {
    /// Whether the (folded) question asks about a sanction, not about leniency: it names one
    /// (罚, 查处, 吊销), or it tells a wrong done and asks who deals with it (「公司不让员工休
    /// 陪产假，归哪个部门管」: who acts against the wrong is what the penalty article states).
    pub fn asked(&self, folded: &str) -> bool {
        let any = |words: &[String]| words.iter().any(|w| folded.contains(w.as_str()));
        (any(&self.asked) || (any(&self.handled) && any(&self.breaches))) && !any(&self.lenient)
    }

    /// Whether `measure` is a penalty article: it stands in the penalty chapter, or opens
    /// citing a rule of its own text — at its start or after the party it punishes
    /// (「场所的经营者、管理者违反本条例第十一条…」, 「对违反本条例…」), a subject of at most
    /// [`PENALTY_SUBJECT`] characters with no punctuation (a rule mentioning a breach further
    /// on, after a clause of its own, is no penalty article).
    pub fn is_penalty(&self, measure: &Measure) -> bool {
        let text = measure.text.trim_start();
        self.chapters
            .iter()
            .any(|c| measure.section.contains(c.as_str()))
            || self.cites.iter().any(|c| {
                text.find(c.as_str()).is_some_and(|at| {
                    let subject = &text[..at];
                    subject.chars().count() <= PENALTY_SUBJECT
                        && !subject
                            .chars()
                            .any(|ch| ch.is_ascii_punctuation() || is_clause_mark(ch))
                })
            })
    }
}

/// The factor a measure's score gets for a question of `kind` (1 when it can answer), and
/// for the units the (folded) query names: a measure led by a unit named is preferred
/// to one where the unit only takes part. [`Prior::factor`] of a query read once.
pub fn factor(kind: Option<Kind>, folded: &str, measure: &Measure) -> f32 {
    Prior::new(kind, folded).factor(measure)
}

/// What the priors read of one query, worked out once for all the candidates the rerank
/// weighs (the measure words it counts by are looked for in the query once, not once a
/// candidate).
pub struct Prior<'q> {
    kind: Option<Kind>,
    /// The folded query.
    folded: &'q str,
    /// The measure words the query counts by ([`crate::question::asked_counts`]), general classifiers left out.
    counted: Vec<&'static str>,
    /// Whether the query asks about a sanction ([`Sanctions::asked`]).
    sanction: bool,
    /// The kind of party whose time limit a time question asks ([`asked_party`]).
    party: Option<usize>,
    /// Whether a time question asks how often (多久一次, 隔多久): a frequency answers it.
    how_often: bool,
    /// The units the query counts by — of time (几天, 多少小时), the noun counted (几个人,
    /// 多少项材料) and the measure words ([`Prior::counted`]) — with their families (天 → 日,
    /// 工作日), gathered once for every candidate [`Prior::within`] is asked of.
    units: Vec<&'q str>,
    /// The kinds of thing the query asks a list of by name ([`crate::question::rules::ListHeads::asked`]: 哪些人,
    /// 什么条件), indices into `[list_heads]` of `data/question_kinds.toml`.
    heads: Vec<usize>,
    /// Whether the query asks what is forbidden (不能, 不许, 不让).
    forbidden: bool,
    /// Whether the query asks where to go or whom to apply to (找谁, 去哪里, 怎么申请).
    asks_where: bool,
    /// Whether the query asks what to bring or submit (带什么, 哪些材料).
    asks_bring: bool,
}

impl<'q> Prior<'q> {
    /// The priors of a question of `kind`, folded `folded` (its counts read here).
    pub fn new(kind: Option<Kind>, folded: &'q str) -> Prior<'q> {
        Prior::with(kind, folded, &Counting::read(folded))
    }

    /// The priors of a question of `kind`, folded `folded`, whose counts its analysis read
    /// ([`crate::search::analysis::Analysis::counting`]): not segmented again.
    pub fn with(kind: Option<Kind>, folded: &'q str, counting: &Counting) -> Prior<'q> {
        let counted = counted_units(counting);
        let units: Vec<&'q str> = counting
            .time_unit
            .into_iter()
            .chain(counting.noun)
            .chain(counted.iter().copied())
            .flat_map(|unit| RULES.family(unit))
            .collect();
        Prior {
            kind,
            folded,
            counted,
            units,
            sanction: SANCTIONS.asked(folded),
            party: match kind {
                Some(Kind::Time) => asked_party(folded),
                _ => None,
            },
            how_often: kind == Some(Kind::Time) && asked_figure(folded) == Some("frequency"),
            heads: RULES.list_heads.asked(folded),
            forbidden: RULES.list_heads.forbidden_asked(folded),
            asks_where: RULES.procedure.asks_where(folded),
            asks_bring: RULES.procedure.asks_bring(folded),
        }
    }

    /// How well `measure` gives the kind of answer asked against the other articles of its
    /// own document (1 when the kind tells nothing; see [`crate::search::rank::within_documents`]).
    /// A regulation names no lead unit for its articles, so every article gets the same
    /// [`NO_LEAD_UNIT`], yet a who-question is answered by the article naming the body that
    /// acts: Chinese legal drafting assigns a competence (「X主管部门负责…」「由X负责征收」),
    /// a duty (「X部门应当…」) or an enforcement (「由X责令改正」) in words the Q&A's who
    /// patterns read (`data/question_kinds.toml`), and an article stating the matter alone
    /// (「禁止运输散煤」) names no one. A list question (哪些人不能…, 哪些地方不让…) put to a law
    /// is answered by the article that enumerates them ([`enumerates`]: 「有下列情形之一的,不得
    /// 举办幼儿园:(一)…」), not by the one stating the matter once; a plan lists its items as
    /// measures of their own, so its measure enumerating is no better answer than the others
    /// ([`is_law_article`]; applied to plans too, it cost held-out list questions over
    /// `corpus/`). Weighed only among one document's articles: across documents a body named in
    /// a sentence is weaker evidence than a plan's lead unit (tried before as a prior over all
    /// measures: −1 question on each of dev22–dev24). 1.3 each: 1.5 for the body let an article
    /// naming some other body (a penalty article's) outrank the one asked on dev23 and dev24.
    /// A time question naming a party (单位要在多少天内申请) prefers the article whose duration
    /// binds that party ([`binds_party`], [`BINDS_PARTY`]): a law sets one limit for the
    /// applicant and another for the body deciding, in articles sharing the same words.
    ///
    /// A question counting by a unit (几天, 多少小时, 几个人, 几家) prefers the article stating a
    /// number in that unit ([`states_unit`], [`STATES_UNIT`]), whatever kind it is read as: a
    /// law states a matter in several articles — its purpose, who runs it, what is done — and
    /// the one count or limit in one of them, in the unit the asker counts by; the others
    /// repeat the matter's words as often.
    ///
    /// A question asking where to go or whom to apply to (找谁, 去哪里说理, 怎么办手续), or what to
    /// bring (带什么, 要提供什么), prefers the article stating that step of the procedure
    /// ([`STATES_PROCEDURE`]), whatever kind it is read as (找谁 reads as a who-question): a law
    /// names the body an applicant turns to (「可以向…申请」) and what the applicant brings
    /// (「持…身份证」) in one article, and its other articles on the matter — the body in
    /// charge, the rule, the sanction — repeat the matter's words as often.
    pub fn within(&self, measure: &Measure) -> f32 {
        let unit = if states_number_in(&measure.text, &self.units) {
            STATES_UNIT
        } else {
            1.0
        };
        unit * self.procedure_within(&measure.text) * self.kind_within(measure)
    }

    /// The fit of [`Prior::within`] by the step of a procedure asked: [`STATES_PROCEDURE`] when
    /// `text` states it (where to go, what to bring), 1 otherwise or when none is asked.
    fn procedure_within(&self, text: &str) -> f32 {
        let procedure = &RULES.procedure;
        if (self.asks_where && procedure.states_where(text))
            || (self.asks_bring && procedure.states_bring(text))
        {
            STATES_PROCEDURE
        } else {
            1.0
        }
    }

    /// The fit of [`Prior::within`] by the kind asked alone.
    fn kind_within(&self, measure: &Measure) -> f32 {
        match self.kind {
            Some(Kind::Who)
                if measure.lead_units.is_empty()
                    && find_value(Kind::Who, &measure.text).is_some() =>
            {
                NAMES_BODY
            }
            Some(Kind::Time) if self.party.is_some_and(|p| binds_party(&measure.text, p)) => {
                BINDS_PARTY
            }
            // 「需要满足什么条件」「什么样的商家不许卖」 ask for a list by naming what it holds,
            // though no list cue reads them as list questions.
            _ if (self.kind == Some(Kind::List) || !self.heads.is_empty())
                && is_law_article(&measure.number)
                && enumerates(&measure.text) =>
            {
                ENUMERATES * self.announced_fit(&measure.text)
            }
            _ => 1.0,
        }
    }

    /// How well the lists `text` announces fit the list asked ([`crate::question::rules::ListHeads`]): ×[`HEAD_FITS`]
    /// when a sentence announcing one names the kind of thing the question asks for by name
    /// (「哪些事情」 → 「禁止下列行为:」), ×[`FORBIDDING_DIFFERS`] when no sentence announcing a
    /// list forbids as the question does (a question asking what is not allowed against a list
    /// of duties, a question asking what must be done against a list of acts forbidden). 1 for
    /// a text whose list is announced by no word (「(二)」 alone).
    fn announced_fit(&self, text: &str) -> f32 {
        let heads = &RULES.list_heads;
        let announcing = announcing(text);
        if announcing.is_empty() {
            return 1.0;
        }
        let named = self
            .heads
            .iter()
            .any(|&g| announcing.iter().any(|(_, head)| heads.announces(head, g)));
        let same_polarity = announcing
            .iter()
            .any(|(sentence, _)| heads.forbids(sentence) == self.forbidden);
        (if named { HEAD_FITS } else { 1.0 })
            * (if same_polarity {
                1.0
            } else {
                FORBIDDING_DIFFERS
            })
    }

    /// Whether `measure` is a law's article announcing the list the question asks for by name,
    /// forbidding as the question asks (「享有下列权利:」 for 「享有哪些权利」, 「用人单位有下列
    /// 情形之一的,可以…申请办理…缓缴」 for 「碰到哪些困难可以申请缓交」): [`Prior::within`]'s fit at
    /// its full, [`ENUMERATES`] × [`HEAD_FITS`]. False when the question names no kind of thing.
    pub fn announces_asked_list(&self, measure: &Measure) -> bool {
        !self.heads.is_empty()
            && is_law_article(&measure.number)
            && enumerates(&measure.text)
            && self.announced_fit(&measure.text) >= HEAD_FITS - 1e-4
    }

    /// How well `measure` fits the question as a penalty article or as a rule ([`Sanctions`]):
    /// [`NO_SANCTION`] for a rule when a sanction is asked, [`SANCTION_NOT_ASKED`] for a penalty
    /// article when none is, else 1. Part of [`Prior::factor`].
    pub fn sanction_fit(&self, measure: &Measure) -> f32 {
        match (self.sanction, SANCTIONS.is_penalty(measure)) {
            (true, false) => NO_SANCTION,
            (false, true) => SANCTION_NOT_ASKED,
            _ => 1.0,
        }
    }

    /// Whether `measure` is a penalty article and the question asks about no sanction: asked
    /// who does something, how long, how much or by when, a regulation answers in the article
    /// stating the duty ([`Sanctions`]), though its penalty article restates the duty's words
    /// beside the fine and the body that punishes — words the Q&A's coverage of the question
    /// counts as well as the rule's, so it weighs its candidates by this too
    /// ([`SANCTION_NOT_ASKED`]). Only that direction: a question asking about a sanction
    /// already reaches the penalty articles through the rule they cite
    /// ([`crate::ask::crossref`]), and the Q&A marking its rules down cost development cost
    /// questions.
    pub fn penalty_not_asked(&self, measure: &Measure) -> bool {
        !self.sanction && SANCTIONS.is_penalty(measure)
    }

    /// The factor of [`factor`] for `measure`.
    pub fn factor(&self, measure: &Measure) -> f32 {
        let by_kind = match self.kind {
            Some(Kind::Who) if measure.lead_units.is_empty() => NO_LEAD_UNIT,
            Some(Kind::Time)
                if find_value(Kind::Time, &measure.text).is_none()
                    && (!self.how_often || find_figures("frequency", &measure.text).is_empty()) =>
            {
                NO_DURATION
            }
            Some(Kind::Cost) if find_value(Kind::Cost, &measure.text).is_none() => NO_COST,
            Some(Kind::Deadline) if find_value(Kind::Deadline, &measure.text).is_none() => {
                NO_DEADLINE
            }
            Some(Kind::Who) => lead_spread(measure.lead_units.len()),
            Some(Kind::Precedent) if !opens_with_place(&measure.text) => NO_PLACE,
            _ => 1.0,
        };
        let not_leading = names_any(self.folded, &measure.responsible_units)
            && !names_any(self.folded, &measure.lead_units);
        by_kind
            * self.sanction_fit(measure)
            * counted_factor(&self.counted, &measure.text)
            * if not_leading { NOT_LEADING } else { 1.0 }
    }
}

/// The kind of party (the index of its group in `[parties]` of `data/question_kinds.toml`) a
/// (folded) time question asks the limit of: the last party named before the question's
/// first asking word (「在河南上班时受了伤，单位要在多少天内申请」 → an employer). None when no
/// party is named before it: then who is bound is not asked.
pub fn asked_party(folded: &str) -> Option<usize> {
    let parties = &RULES.parties;
    let ask = parties
        .asking
        .iter()
        .filter_map(|w| folded.find(w.as_str()))
        .min()?;
    let before = &folded[..ask];
    parties
        .groups
        .iter()
        .enumerate()
        .filter_map(|(g, words)| {
            words
                .iter()
                .filter_map(|w| before.rfind(w.as_str()).map(|at| at + w.len()))
                .max()
                .map(|end| (end, g))
        })
        .max()
        .map(|(_, g)| g)
}

/// Whether `text` states a duration binding a party of group `party`: in a sentence holding a
/// duration, the last modal verb before it (应当, 应在, 要; not inside 主要, 需要) follows a
/// subject naming the party — the clause right before the modal, or when the modal opens its
/// clause (「旅游行政主管部门接到投诉后,应当在10日内…」) the sentence's first clause.
pub fn binds_party(text: &str, party: usize) -> bool {
    let parties = &RULES.parties;
    let sentence_mark = |c: char| matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?' | '\n');
    text.split(sentence_mark).any(|sentence| {
        find_value(Kind::Time, sentence)
            .and_then(|duration| parties.duty_subject(sentence, duration.start))
            .is_some_and(|subject| parties.names(subject, party))
    })
}

/// Whether a measure numbered `number` is a law's article (「第十一条」, or under its chapter
/// 「第二章第十一条」): laws number their articles 第…条, plans their items (一、, (三)2.).
pub fn is_law_article(number: &str) -> bool {
    number
        .trim()
        .strip_suffix('条')
        .and_then(|rest| rest.rfind('第').map(|at| &rest[at + '第'.len_utf8()..]))
        .is_some_and(|numeral| {
            !numeral.is_empty()
                && numeral
                    .chars()
                    .all(|c| c.is_ascii_digit() || "零〇一二三四五六七八九十百千".contains(c))
        })
}

/// The lists `text` announces: for each word announcing one (`[list_openers]`) with a colon
/// after it in its sentence, the sentence up to the colon and the words naming what the list
/// holds — after the word (「有下列情形之一的」 → 情形, 「禁止下列行为」 → 行为, up to 之, 的 or a
/// mark, at most [`HEAD_CHARS`] characters) or, for a word written after what it lists
/// (`named_before` of `[list_heads]`: 「骨灰的处理方式包括」), its clause before the word. Only
/// those words: 「具备下列条件的失业人员」 lists conditions, not persons.
pub fn announcing(text: &str) -> Vec<(&str, &str)> {
    let heads = &RULES.list_heads;
    let sentence_end = |c: char| matches!(c, '。' | '\n' | ';' | '；');
    let clause_end = |c: char| matches!(c, '。' | '\n' | ';' | '；' | ',' | '，' | ':' | '：');
    let mut out: Vec<(&str, &str)> = Vec::new();
    for w in &RULES.list_openers {
        for (at, _) in text.match_indices(w.as_str()) {
            let rest = &text[at..];
            let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
            let Some(colon) = sentence.find([':', '：']) else {
                continue;
            };
            let after_mark = |i: usize| i + text[i..].chars().next().map_or(1, char::len_utf8);
            let start = text[..at].rfind(sentence_end).map_or(0, after_mark);
            let head = if heads.named_before.iter().any(|b| b == w) {
                let from = text[..at]
                    .rfind(clause_end)
                    .map_or(0, after_mark)
                    .max(start);
                &text[from..at]
            } else {
                let after = &text[at + w.len()..at + colon];
                let end = after
                    .char_indices()
                    .take(HEAD_CHARS)
                    .find(|&(_, c)| matches!(c, '之' | '的' | ',' | '，' | '、'))
                    .map_or_else(
                        || {
                            after
                                .char_indices()
                                .nth(HEAD_CHARS)
                                .map_or(after.len(), |(i, _)| i)
                        },
                        |(i, _)| i,
                    );
                &after[..end]
            };
            let entry = (&text[start..at + colon], head);
            if !out.contains(&entry) {
                out.push(entry);
            }
        }
    }
    out
}

/// Whether `text` enumerates: a word announcing a list (下列, 以下, 包括: `[list_openers]` of
/// `data/question_kinds.toml`) with a colon after it in its sentence (「禁止下列行为:」「骨灰的处理
/// 方式包括:」), or a second numbered item as laws number them (`[list_openers] items`:
/// 「(二)」「二是」).
pub fn enumerates(text: &str) -> bool {
    RULES
        .list_items
        .iter()
        .any(|item| text.contains(item.as_str()))
        || RULES.list_openers.iter().any(|w| {
            text.match_indices(w.as_str()).any(|(at, _)| {
                let rest = &text[at + w.len()..];
                let sentence = &rest[..rest.find(['。', '\n']).unwrap_or(rest.len())];
                sentence.contains([':', '：'])
            })
        })
}

/// The measure words a query counts by (`counting`, its counts read), general classifiers
/// left out.
fn counted_units(counting: &Counting) -> Vec<&'static str> {
    counting
        .counts
        .iter()
        .map(|&(_, unit)| unit)
        .filter(|&unit| !RULES.count.general_classifiers.iter().any(|g| g == unit))
        .collect()
}

/// Whether `text` states a number in the unit `unit` or one of its family (`[unit_families]`
/// of data/question_kinds.toml: 天 → 3日, 5个工作日; 人 → 5人): digits or Chinese numerals right
/// before it, 个, 余 or 多 between at most. A day after a month (9月30日) and a four-digit year
/// (2023年) are dates, no count.
pub fn states_unit(text: &str, unit: &str) -> bool {
    states_number_in(text, &RULES.family(unit))
}

/// Whether `text` states a number in one of the units `forms` ([`states_unit`]).
fn states_number_in(text: &str, forms: &[&str]) -> bool {
    let number = |c: char| c.is_ascii_digit() || "〇零一二三四五六七八九十两百千万".contains(c);
    forms.iter().any(|form| {
        text.match_indices(form).any(|(at, _)| {
            let mut before = text[..at].chars().rev().peekable();
            let _ = before.next_if(|&c| matches!(c, '个' | '余' | '多'));
            let digits: String = std::iter::from_fn(|| before.next_if(|&c| number(c))).collect();
            if digits.is_empty() {
                return false;
            }
            let date = match *form {
                "日" | "天" => before.peek() == Some(&'月'),
                "年" => digits.chars().count() == 4 && digits.chars().all(|c| c.is_ascii_digit()),
                _ => false,
            };
            !date
        })
    })
}

/// For a question asking a number by a measure word (几位, 多少岁, 几层, 要几次:
/// [`crate::question::asked_counts`]; `units` are those words, [`counted_units`]), whatever
/// its kind: [`NO_COUNT`] for a measure stating no number with that word, 1 otherwise. A plan states a count with its measure word right after the number
/// (「字符共8位」「年满60岁」「由5个层级压减为3个」), so a measure that never does says what is
/// done, not how many. A general classifier (个: `general_classifiers` of `[count]`) is left
/// out: it goes with any noun and says nothing of what is counted.
fn counted_factor(units: &[&str], text: &str) -> f32 {
    if units.is_empty() || units.iter().any(|unit| states_count(text, unit)) {
        1.0
    } else {
        NO_COUNT
    }
}

/// Whether `text` states a number with the measure word `unit`: digits or Chinese numerals
/// right before it, or before 个 and it (8位, 60岁, 三次, 5个层级).
pub fn states_count(text: &str, unit: &str) -> bool {
    let number = |c: char| c.is_ascii_digit() || "一二三四五六七八九十两百千万".contains(c);
    text.match_indices(unit).any(|(at, _)| {
        let mut before = text[..at].chars().rev();
        match before.next() {
            Some(c) if number(c) => true,
            Some('个') => before.next().is_some_and(number),
            _ => false,
        }
    })
}

/// The factor of a measure naming `leads` lead units, for a who-question: 1 for up to
/// [`FEW_LEAD_UNITS`], then `1 / (1 + PER_EXTRA_LEAD_UNIT × extra)`: a measure that names many
/// lead units spreads the matter over them (see the module documentation), yet still names
/// who leads, so it never falls below [`NO_LEAD_UNIT`] (a measure naming none).
pub fn lead_spread(leads: usize) -> f32 {
    let extra = leads.saturating_sub(FEW_LEAD_UNITS) as f32;
    (1.0 / (1.0 + PER_EXTRA_LEAD_UNIT * extra)).max(NO_LEAD_UNIT)
}

/// Whether `text` opens with a place's full name (山东省日照市…, 辽宁省大连市…): the way a
/// line of local experience says where it was done. Short forms (日照) and names that read
/// as a place only beside their parent are not counted, since a plan's sentence may open
/// with a word that merely starts like one.
pub fn opens_with_place(text: &str) -> bool {
    GAZETTEER
        .name_at(text.trim_start())
        .is_some_and(|found| !found.entry.alias && !found.entry.weak)
}

/// Whether the (folded) query names one of `units`: its name without the level of government
/// and the note after it (区营商局(行政审批局) ← 营商局), three characters at least.
fn names_any(folded: &str, units: &[String]) -> bool {
    units.iter().any(|unit| {
        let unit = fold(unit);
        let name = unit.split(['(', ')']).next().unwrap_or("").trim();
        let core = name.trim_start_matches(['省', '市', '区', '县', '镇']);
        core.chars().count() >= 3 && folded.contains(core)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::{asked_count_noun, asked_time_unit};

    fn measure(text: &str, lead: &[&str], responsible: &[&str]) -> Measure {
        Measure {
            text: text.into(),
            lead_units: lead.iter().map(|u| u.to_string()).collect(),
            responsible_units: responsible.iter().map(|u| u.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn measures_that_cannot_answer_move_down() {
        let plain = measure("优化办电流程。", &[], &[]);
        let led = measure("优化办电流程。", &["威海供电公司"], &[]);
        assert_eq!(factor(Some(Kind::Who), "", &plain), NO_LEAD_UNIT);
        assert_eq!(factor(Some(Kind::Who), "", &led), 1.0);
        assert_eq!(factor(Some(Kind::Time), "", &plain), NO_DURATION);
        let timed = measure("3个工作日内办结。", &[], &[]);
        assert_eq!(factor(Some(Kind::Time), "", &timed), 1.0);
        assert_eq!(factor(Some(Kind::Cost), "", &plain), NO_COST);
        assert_eq!(factor(None, "", &plain), 1.0);
    }

    #[test]
    fn a_deadline_question_prefers_a_measure_stating_when() {
        // 「政府网站集约化试点总结报告什么时候交」: the measure on the platform says what is
        // built, the one on the report says by when.
        let what = measure(
            "建设集约化平台。平台建设可采用省级统建模式,也可根据实际情况选择省级、地市级分建模式。",
            &[],
            &[],
        );
        let when = measure(
            "总结经验做法。试点地区要于2019年12月底前,对本地区试点情况进行总结,形成试点工作总结报告。",
            &[],
            &[],
        );
        assert_eq!(factor(Some(Kind::Deadline), "", &what), NO_DEADLINE);
        assert_eq!(factor(Some(Kind::Deadline), "", &when), 1.0);
        // A time limit as a plan writes it counts as well.
        let limit = measure("优化办电流程。(完成时限:2020年11月底)", &[], &[]);
        assert_eq!(factor(Some(Kind::Deadline), "", &limit), 1.0);
        // Other kinds do not look for a date.
        assert_eq!(factor(Some(Kind::Howto), "", &what), 1.0);
    }

    #[test]
    fn a_count_asked_by_a_measure_word_prefers_a_measure_stating_one() {
        // 「赡养老人扣除 老人要满多少岁」: the definition stating the age answers, the
        // procedure of the same deduction does not.
        let age = measure("本办法所称被赡养人是指年满60岁的父母。", &[], &[]);
        let procedure = measure(
            "纳税人首次享受专项附加扣除,应当将专项附加扣除相关信息提交扣缴义务人。",
            &[],
            &[],
        );
        let q = "赡养老人扣除 老人要满多少岁";
        assert_eq!(factor(None, q, &age), 1.0);
        assert_eq!(factor(None, q, &procedure), NO_COUNT);
        // With 个 between, and in Chinese numerals.
        let levels = measure("将事务决策执行由5个层级压减为3个层级。", &[], &[]);
        assert_eq!(factor(None, "决策原来要过几层", &levels), 1.0);
        assert!(states_count("每年三次", "次"));
        // A measure word inside a word is no count (单位 holds 位).
        assert!(!states_count("各有关单位", "位"));
        assert_eq!(factor(None, "号牌字符一共几位", &procedure), NO_COUNT);
        // 个 says nothing of what is counted; other questions are left alone.
        assert_eq!(factor(None, "要跑几个部门", &procedure), 1.0);
        assert_eq!(factor(None, "专项附加扣除怎么申报", &procedure), 1.0);
    }

    #[test]
    fn a_who_question_prefers_a_measure_led_by_few_units() {
        let one = measure("推广增值税一般纳税人资格试点。", &["税务总局"], &[]);
        let five = measure(
            "加快综合保税区提质升级。用好增值税一般纳税人资格试点政策。",
            &[
                "省商务厅",
                "青岛海关",
                "济南海关",
                "省税务局",
                "青岛市税务局",
            ],
            &[],
        );
        assert_eq!(factor(Some(Kind::Who), "", &one), 1.0);
        assert_eq!(lead_spread(FEW_LEAD_UNITS), 1.0);
        let spread = factor(Some(Kind::Who), "", &five);
        assert!(spread < 1.0 && spread > NO_LEAD_UNIT, "{spread}");
        // However many, a measure naming its lead units beats one naming none.
        assert_eq!(lead_spread(100), NO_LEAD_UNIT);
        // Other questions do not look at the count.
        assert_eq!(factor(Some(Kind::Time), "", &five), NO_DURATION);
    }

    #[test]
    fn a_precedent_question_prefers_a_line_naming_the_place() {
        let line = measure("山东省日照市推行压缩企业开办时间“513模式”。", &[], &[]);
        let plan = measure(
            "持续压缩企业开办时间,完善线上线下“一链办理”机制。",
            &[],
            &[],
        );
        assert!(opens_with_place(&line.text));
        assert!(!opens_with_place(&plan.text));
        assert_eq!(factor(Some(Kind::Precedent), "", &line), 1.0);
        assert_eq!(factor(Some(Kind::Precedent), "", &plan), NO_PLACE);
        assert_eq!(factor(None, "", &plan), 1.0);
    }

    #[test]
    fn a_sanction_asked_prefers_the_penalty_article_and_a_rule_asked_the_rule() {
        // 「北京的燃气公司不按时把气瓶送去检验，哪个部门来罚」: the rule on 气瓶 送检 and the
        // article of the 法律责任 chapter citing it share the question's words.
        let rule = Measure {
            text: "燃气供应企业应当定期将气瓶送检验机构进行检验。".into(),
            section: "第三章燃气供应与使用".into(),
            ..Default::default()
        };
        let penalty = Measure {
            text: "燃气供应企业未按照规定将气瓶送检验机构进行检验的,由市场监督管理部门责令改正,处一万元以上五万元以下罚款。".into(),
            section: "第六章法律责任".into(),
            ..Default::default()
        };
        // A penalty article outside a chapter: it opens citing a rule of its text.
        let cited = measure(
            "违反本条例第二十三条规定,向应聘人员收取报名费的,责令退还。",
            &[],
            &[],
        );
        assert!(SANCTIONS.is_penalty(&penalty) && SANCTIONS.is_penalty(&cited));
        // Outside a chapter, after the party it punishes, or citing an article by number alone.
        for text in [
            "场所的经营者、管理者违反本条例第十一条第二款规定的,按照下列规定处罚:",
            "对违反本条例规定的行为,由城市管理部门责令改正。",
            "违反第十八条第一款规定的,责令立即改正。",
        ] {
            assert!(SANCTIONS.is_penalty(&measure(text, &[], &[])), "{text}");
        }
        // A rule mentioning a breach after a clause of its own is no penalty article.
        let mentions = measure(
            "街道办事处应当建立巡查制度,发现违反本条例规定的行为应当及时制止。",
            &[],
            &[],
        );
        assert!(!SANCTIONS.is_penalty(&mentions));
        assert!(!SANCTIONS.is_penalty(&rule));
        let asked = "北京的燃气公司不按时把气瓶送去检验,哪个部门来罚";
        assert_eq!(factor(None, asked, &penalty), 1.0);
        assert_eq!(factor(None, asked, &rule), NO_SANCTION);
        // Asked what is allowed: the rule.
        let allowed = "北京公司招人时让应聘者先交报名费,这样合法吗";
        assert_eq!(factor(None, allowed, &rule), 1.0);
        assert_eq!(factor(None, allowed, &cited), SANCTION_NOT_ASKED);
        // Asked about leniency (首违不罚): a policy, not a penalty article.
        assert!(!SANCTIONS.asked("企业第一次轻微违法会罚款吗"));
        assert!(!SANCTIONS.asked("威海对企业首违不罚吗"));
        assert!(SANCTIONS.asked("由哪个部门处罚"));
        // A wrong told and who deals with it asked: the penalty article names the body.
        assert!(SANCTIONS.asked("广东的公司不让员工休陪产假和育儿假,归哪个部门管"));
        assert!(SANCTIONS.asked("北京的吸烟区设得不符合消防要求,谁来查"));
        // Who is in charge, no wrong told: the rule.
        assert!(!SANCTIONS.asked("国家智慧教育平台上的课程内容审核,归哪个部门统一监管"));
        assert!(!SANCTIONS.asked("粮食应急的时候,卖粮的地方治安归谁管"));
        // What will happen to the one who did it (会被怎么处理) is the sanction; how a matter is
        // dealt with (怎么处理) is not.
        assert!(SANCTIONS.asked("泄露病人健康档案信息的医生会被怎么处理"));
        assert!(SANCTIONS.asked("没去登记就打着协会的旗号搞活动,会怎么处理"));
        assert!(!SANCTIONS.asked("事业单位改成公司,原来的编制和事业法人怎么处理"));
    }

    #[test]
    fn a_who_question_prefers_among_a_law_s_articles_the_one_naming_the_body() {
        // 「濮阳住在禁煤区的老百姓在家烧散煤取暖,谁来管」: the article banning the act names
        // no one, the one ordering it stopped names the bodies; a regulation names no lead
        // unit, so only their words tell them apart.
        let ban = measure("禁煤区内,禁止运输散煤。", &[], &[]);
        let order = measure(
            "在禁煤区内,城乡居民生活燃用散煤的,由乡(镇)人民政府、街道办事处责令改正。",
            &[],
            &[],
        );
        let assigns = measure(
            "市、县(区)人民政府市场监督管理部门负责本行政区域内散煤污染防治工作的组织实施。",
            &[],
            &[],
        );
        let collects = measure(
            "计划用水单位的加价水费由节约用水管理机构负责征收。",
            &[],
            &[],
        );
        let reports = measure("有关当事人可以向卫生和计划生育行政部门举报。", &[], &[]);
        let who = Prior::new(Some(Kind::Who), "濮阳烧散煤取暖谁来管");
        assert_eq!(who.within(&ban), 1.0);
        for named in [&order, &assigns, &collects, &reports] {
            assert_eq!(who.within(named), NAMES_BODY, "{}", named.text);
        }
        // Across documents nothing changes: both get a regulation's NO_LEAD_UNIT.
        assert_eq!(who.factor(&ban), who.factor(&order));
        // A plan's measure names its lead unit already; other kinds read no body.
        let led = measure("由市财政局负责拨付资金。", &["市财政局"], &[]);
        assert_eq!(who.within(&led), 1.0);
        assert_eq!(Prior::new(Some(Kind::Howto), "烧散煤").within(&order), 1.0);
    }

    #[test]
    fn a_list_question_prefers_among_a_law_s_articles_the_one_enumerating() {
        let article = |text: &str, number: &str| Measure {
            number: number.into(),
            ..measure(text, &[], &[])
        };
        let names = article("普惠性幼儿园招生实行免试就近入园制度。", "第五十四条");
        let lists = article(
            "有下列情形之一的,不得举办幼儿园:(一)无民事行为能力的;(二)有犯罪记录的。",
            "第二十六条",
        );
        let opens = article("骨灰的处理方式包括:平地深埋;存放于骨灰堂。", "第十七条");
        let second = measure("一是优化流程,二是压缩时限。", &[], &[]);
        assert!(enumerates(&lists.text) && enumerates(&opens.text) && enumerates(&second.text));
        assert!(!enumerates(&names.text));
        // 包括 without a colon in its sentence announces no list.
        assert!(!enumerates("费用包括在合同价款内。另行约定的:从其约定"));
        let list = Prior::new(Some(Kind::List), "深圳哪些人不能当幼儿园的举办者");
        assert_eq!(list.within(&names), 1.0);
        assert_eq!(list.within(&lists), ENUMERATES * HEAD_FITS);
        let ways = Prior::new(Some(Kind::List), "骨灰可以用哪些方式处理");
        assert_eq!(ways.within(&opens), ENUMERATES * HEAD_FITS);
        // A plan lists its items as measures of their own: its measure enumerating is no
        // better answer than the others.
        let item = article("一是优化流程,二是压缩时限。", "三、(二)");
        assert_eq!(list.within(&item), 1.0);
        assert!(is_law_article("第十一条") && is_law_article("第二章第3条"));
        assert!(!is_law_article("四、(一)") && !is_law_article("(十五)7.") && !is_law_article(""));
        assert!(!is_law_article("第条"));
        // Not for other kinds.
        assert_eq!(Prior::new(Some(Kind::Howto), "骨灰").within(&opens), 1.0);
    }

    #[test]
    fn a_list_asked_by_name_prefers_the_article_announcing_that_kind_of_list() {
        let article = |text: &str, number: &str| Measure {
            number: number.into(),
            ..measure(text, &[], &[])
        };
        // One law, three lists on one matter: acts forbidden, vehicles let in, duties.
        let forbids = article(
            "在公园和广场管理范围内,禁止下列行为:(一)乱丢果皮;(二)擅自圈占场地。",
            "第二十四条",
        );
        let vehicles = article(
            "在公园和广场内禁止车辆通行,但下列车辆除外:(一)轮椅车;(二)专用观光车辆。",
            "第二十三条",
        );
        let duties = article(
            "公园和广场管理机构应当履行下列职责:(一)制定管理制度;(二)组织巡查。",
            "第九条",
        );
        let announced = announcing(&forbids.text);
        assert_eq!(announced.len(), 1);
        assert_eq!(announced[0].1, "行为");
        assert_eq!(announcing(&vehicles.text)[0].1, "车辆除外");
        // 哪些事情…不让做: the list of acts forbidden, not the vehicles, not the duties.
        let acts = Prior::new(Some(Kind::List), "洛阳公园和广场里哪些事情是不让做的");
        assert_eq!(acts.within(&forbids), ENUMERATES * HEAD_FITS);
        assert_eq!(acts.within(&vehicles), ENUMERATES);
        assert_eq!(
            acts.within(&duties),
            ENUMERATES * HEAD_FITS * FORBIDDING_DIFFERS
        );
        // 要干哪些事: the duties, not the acts forbidden.
        let tasks = Prior::new(Some(Kind::List), "公园管理机构都要干哪些事");
        assert_eq!(tasks.within(&duties), ENUMERATES * HEAD_FITS);
        assert!(tasks.within(&forbids) < tasks.within(&duties));
        // A party is listed by the cases that bar it; the conditions a person must meet name
        // conditions, though the sentence names persons too.
        let cases = article(
            "用人单位有下列情形之一的,可以申请缓缴失业保险费:(一)人民法院已受理破产申请的;(二)严重亏损的。",
            "第十条",
        );
        let conditions = article(
            "具备下列条件的失业人员,可以按月领取失业保险金:(一)已缴费满一年的;(二)非本人意愿中断就业的。",
            "第二十二条",
        );
        let hardship = Prior::new(Some(Kind::List), "企业碰到哪些困难可以申请缓交失业保险费");
        assert!(hardship.within(&cases) > hardship.within(&conditions));
        // 什么条件 asks for a list by name though no list cue reads it as one.
        let asked = Prior::new(Some(Kind::Howto), "在深圳办一所幼儿园需要满足什么条件");
        let founding = article(
            "设立幼儿园,应当具备下列基本条件:(一)有组织机构和章程;(二)有合格的园长。",
            "第二十二条",
        );
        assert_eq!(asked.within(&founding), ENUMERATES * HEAD_FITS);
        // A question naming no kind of thing, of another kind, is left as it was; so is one
        // asking the standard a figure is set by (按什么标准定 asks one rate, not a list).
        assert_eq!(
            Prior::new(Some(Kind::Howto), "幼儿园怎么设立").within(&founding),
            1.0
        );
        assert_eq!(
            Prior::new(Some(Kind::Cost), "每月的失业金按什么标准定").within(&conditions),
            1.0
        );
    }

    #[test]
    fn a_unit_named_is_preferred_where_it_leads() {
        let helps = measure("优化保证金制度。", &["区财政局"], &["区营商局(行政审批局)"]);
        let leads = measure("试点电子证照。", &["区营商局"], &["区住建局"]);
        assert_eq!(factor(None, "鲅鱼圈营商局负责哪些", &helps), NOT_LEADING);
        assert_eq!(factor(None, "鲅鱼圈营商局负责哪些", &leads), 1.0);
        // A topic word inside a unit's name is not a unit named.
        let bank = measure("首贷培植。", &["市财政局"], &["人民银行莱州市支行"]);
        assert_eq!(factor(None, "小微企业去银行贷款", &bank), 1.0);
    }

    #[test]
    fn a_time_question_prefers_the_article_whose_limit_binds_the_party_named() {
        let employer = asked_party("在河南上班时受了伤,单位要在多少天内申请工伤认定");
        assert!(employer.is_some());
        let employer = employer.unwrap();
        let applies = "职工发生事故伤害或者按照《中华人民共和国职业病防治法》规定被诊断、鉴定为职业病的,所在单位应当自事故伤害发生之日起或者被诊断、鉴定为职业病之日起三十日内,向统筹地区劳动保障行政部门提出工伤认定申请。";
        let decides = "劳动保障行政部门应当自受理工伤认定申请之日起六十日内作出工伤认定的决定,并于工伤认定决定作出之日起十五日内,书面通知申请工伤认定的职工或者其直系亲属和该职工所在单位。";
        assert!(binds_party(applies, employer));
        assert!(!binds_party(decides, employer));
        let body =
            asked_party("测试车出了重伤事故,省里的主管部门要在多长时间内报给国家部委").unwrap();
        assert_ne!(body, employer);
        assert!(binds_party(decides, body));
        // A modal opening its clause: the subject is the sentence's first clause.
        assert!(binds_party(
            "旅游行政主管部门接到旅游者投诉后,应当在10日内作出是否受理的决定。",
            body
        ));
        // 主要 states no duty; no party named before asking, none asked.
        assert!(!binds_party("单位的主要职责是三十日内完成。", body));
        assert_eq!(asked_party("工伤认定要多少天"), None);
        let prior = Prior::new(
            Some(Kind::Time),
            "在河南上班时受了伤,单位要在多少天内申请工伤认定",
        );
        let (applies, decides) = (measure(applies, &[], &[]), measure(decides, &[], &[]));
        // Both state days, the unit asked (多少天): only the party tells them apart.
        assert_eq!(prior.within(&applies), STATES_UNIT * BINDS_PARTY);
        assert_eq!(prior.within(&decides), STATES_UNIT);
    }

    #[test]
    fn a_question_counting_by_a_unit_prefers_the_article_stating_a_number_in_it() {
        assert_eq!(asked_time_unit("之前至少要路测多少小时"), Some("小时"));
        assert_eq!(
            asked_time_unit("责任认定以后几天内要交书面报告"),
            Some("天")
        );
        assert_eq!(asked_time_unit("专家组最少要几个人"), None);
        assert_eq!(asked_count_noun("专家组最少要几个人"), Some("人"));
        assert_eq!(asked_count_noun("要交多少项材料"), Some("材料"));
        // In the unit asked or one of its family, 个, 余 or 多 between at most.
        assert!(states_unit("合计不少于240小时或1000公里的道路测试", "小时"));
        assert!(states_unit("应在事故认定后5个工作日内上报", "天"));
        assert!(states_unit("调解时限从受理之日起不得超过三十日", "天"));
        assert!(states_unit("专家组成员不低于5人", "人"));
        assert!(states_unit("引进300余家技改服务商", "家"));
        // A unit with no number before it, a day of a month and a year are no count.
        assert!(!states_unit("示范应用时间原则上不超过30个月", "小时"));
        assert!(!states_unit("每个人都有保护湿地的义务", "人"));
        assert!(!states_unit("于2023年12月20日前报送", "天"));
        assert!(!states_unit("自2023年起施行", "年"));
        assert!(states_unit("具有3年以上驾驶经历", "年"));
        let hours = Prior::new(
            Some(Kind::Time),
            "按国家规范,自动驾驶车想拿去搞载人示范运营,之前至少要路测多少小时",
        );
        let tested = measure(
            "应以自动驾驶模式在拟进行示范应用的路段和区域进行过合计不少于240小时或1000公里的道路测试。",
            &[],
            &[],
        );
        let declared = measure(
            "示范应用时间原则上不超过30个月,且不得超过安全技术检验合格证明及保险凭证的有效期。",
            &[],
            &[],
        );
        assert_eq!(hours.within(&tested), STATES_UNIT);
        assert_eq!(hours.within(&declared), 1.0);
        // Whatever kind the question is read as: a count asked in a howto question.
        let people = Prior::new(Some(Kind::Howto), "每次评估的专家组最少要几个人");
        assert_eq!(
            people.within(&measure("专家组成员不低于5人。", &[], &[])),
            STATES_UNIT
        );
        assert_eq!(
            people.within(&measure("专家库实行动态管理,定期更新。", &[], &[])),
            1.0
        );
        // No unit counted, no preference.
        let plain = Prior::new(Some(Kind::Howto), "专家库怎么管理");
        assert_eq!(
            plain.within(&measure("专家组成员不低于5人。", &[], &[])),
            1.0
        );
    }

    #[test]
    fn a_how_often_question_is_answered_by_a_frequency() {
        let patrol = measure("开展河湖经常性巡查,每旬不少于一次。", &[], &[]);
        let often = Prior::new(Some(Kind::Time), "镇街的河长隔多久要去河边转一圈");
        assert_eq!(often.factor(&patrol), 1.0);
        let long = Prior::new(Some(Kind::Time), "河长任期多长");
        assert_eq!(long.factor(&patrol), NO_DURATION);
    }

    #[test]
    fn a_question_asking_where_to_go_or_what_to_bring_prefers_the_article_stating_it() {
        let filing = measure(
            "乡镇人民政府、街道办事处辖区内的健身团队可以向本乡镇人民政府、街道办事处或者居民委员会、村民委员会申请备案,经备案的可以加入本辖区的综合性健身社会组织。",
            &[],
            &[],
        );
        let charge = measure(
            "市体育行政部门负责本市全民健身工作的统一管理和监督。",
            &[],
            &[],
        );
        let report = measure(
            "区体育行政部门应当每年向区人民政府报告全民健身工作情况。",
            &[],
            &[],
        );
        // 找谁 reads as a who-question; the procedure's fit is whatever the kind.
        let whom = Prior::new(Some(Kind::Howto), "我们小区有个广场舞队,想备案找谁");
        assert_eq!(whom.within(&filing), STATES_PROCEDURE);
        assert_eq!(whom.within(&charge), 1.0);
        // A body reporting upward is no step an applicant takes, even with a word of one
        // further on (登记卡).
        assert_eq!(whom.within(&report), 1.0);
        let card = measure(
            "各单位应当按期向所在地县级以上人民政府绿化委员会报送义务植树登记卡。",
            &[],
            &[],
        );
        assert_eq!(whom.within(&card), 1.0);
        // The application, then the body that handles it.
        let arranged = measure(
            "单位和个人申请义务植树的,由当地绿化委员会予以安排。",
            &[],
            &[],
        );
        assert_eq!(whom.within(&arranged), STATES_PROCEDURE);
        // Submitting to a body for its approval.
        let later = Prior::new(Some(Kind::Howto), "老人过世,想晚几天再火化,要找谁批准");
        let approved = measure(
            "因特殊情况需延期火化的,丧事承办人应当报经市、县(市)殡葬管理机构批准。",
            &[],
            &[],
        );
        assert_eq!(later.within(&approved), STATES_PROCEDURE);
        let licence = Prior::new(Some(Kind::Howto), "个人想开职业介绍所,怎么办手续");
        assert_eq!(
            licence.within(&measure(
                "公民个人设立职业介绍机构的,须持有关资料和书面报告,向所在地县级以上劳动行政部门申请。",
                &[],
                &[],
            )),
            STATES_PROCEDURE
        );
        let bring = Prior::new(Some(Kind::Howto), "想搞游行,带什么去申请");
        let application = measure(
            "其负责人必须持本人居民身份证或其他有效身份证明,在举行日期的五日前向主管机关递交书面申请。",
            &[],
            &[],
        );
        let decision = measure(
            "主管机关接到申请书后,可以通知有关机关或者单位同负责人协商解决问题。",
            &[],
            &[],
        );
        assert_eq!(bring.within(&application), STATES_PROCEDURE);
        assert_eq!(bring.within(&decision), 1.0);
        // A question asking neither: no preference.
        let what = Prior::new(Some(Kind::Howto), "健身团队备案以后有什么好处");
        assert_eq!(what.within(&filing), 1.0);
    }
}
