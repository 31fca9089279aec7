//! The schema of `data/benefit_types.toml`: benefit types, the verb + noun and head + tail
//! grants, and the words that keep a clause or a trigger from granting.

use serde::Deserialize;

use super::lexicon::Words;

/// One benefit type.
#[derive(Debug, Clone, Deserialize)]
pub struct BenefitType {
    /// Canonical label.
    pub name: String,
    /// Words that grant it.
    pub triggers: Vec<String>,
    /// A benefit that is none of the listed types: names beneficiaries, is not listed.
    #[serde(default)]
    pub hidden: bool,
    /// A protection of the group named (不得拖欠…账款, 不得…歧视): the ban is the grant, so
    /// the words that forbid a grant elsewhere ([blockers].before: 不得, 禁止) do not keep it
    /// from granting.
    #[serde(default)]
    pub protection: bool,
    /// A trigger followed in its clause by one of these acts on something else than this
    /// type's object (减免保证金 is no tax relief, 不再收取证明 is no free service).
    #[serde(default)]
    pub not_objects: Words,
    /// Phrases holding a trigger in which it grants nothing (申请退税: a refund of tax overpaid).
    #[serde(default)]
    pub not_in: Words,
    /// Phrases opening with a trigger in which it grants nothing: the trigger names what a
    /// thing already has, an attribute of it (资助的项目, 资助项目的交流会, 资助期内的负责人: a
    /// project or a person funded by a grant made elsewhere), no grant of its own sentence.
    #[serde(default)]
    pub not_opening: Words,
    /// Words that hold a trigger's first character inside them, read across the characters
    /// around it: another word (金融资产, financial assets, holds 融资 across 金融 and 资产).
    #[serde(default)]
    pub not_within: Words,
    /// Words that, anywhere in a trigger's clause, make the grant what a private giver gives
    /// (捐赠…用于资助, 以资助、捐赠…等方式参与: the donor funds, no one is granted to).
    #[serde(default)]
    pub not_in_clause: Words,
    /// Words that, anywhere in a trigger's sentence, keep it from granting this type (突出贡献,
    /// 显著成绩: a reward for merit honours a deed done, as a commendation does).
    #[serde(default)]
    pub not_in_sentence: Words,
    /// Triggers that grant nothing of this type after one of `lenders` in their sentence
    /// (金融机构…予以资金支持: money a lender puts up is credit, no subsidy).
    #[serde(default)]
    pub lent_triggers: Words,
    /// Words naming a lender (金融机构, 银行): see `lent_triggers`.
    #[serde(default)]
    pub lenders: Words,
    /// Words that, in such a sentence, keep the type granted (企业: a reward offered to the
    /// enterprises that take part is an incentive they can earn).
    #[serde(default)]
    pub unless_in_sentence: Words,
    /// Triggers that grant this type only where their sentence names a matter an applicant
    /// has handled (`matters`): a pledge (承诺制, 书面承诺) stands in for a document or an
    /// approval of that matter; a pledge made to the public or kept in a credit file
    /// (建立市场主体信用承诺制度…纳入信用记录) is a tool of supervision.
    #[serde(default)]
    pub needs_matter: Words,
    /// Words naming a matter an applicant has handled (办理, 事项, 审批, 许可).
    #[serde(default)]
    pub matters: Words,
    /// Words one of which the sentence of a grant of this type must hold, unless the sentence
    /// names a party (a group's word): a time limit or a time cut is a benefit only where a
    /// matter is handled for someone (申请, 受理, 办理, 审批, 登记, 服务…). Elsewhere it is the
    /// deadline of a duty — the government's own work (信用信息共享平台应当…在五个工作日内完成
    /// 数据核查, 上述部门应当在七日内作出答复 to a lower government), a party's obligation
    /// (遗体应当在七日内火化, 占用…泊位持续时间不得超过二十四小时) — a rule of work (实行二十四
    /// 小时值班制度) or a firm's own production cycle (缩短研发周期).
    #[serde(default)]
    pub needs_in_sentence: Words,
    /// Words of a demand (可以要求, 应当要求) that, before one of `needs_matter` in its clause,
    /// make the pledge a paper the applicant must hand in (要求…提交…书面承诺): no exemption.
    #[serde(default)]
    pub demands: Words,
    /// Triggers that, ending their clause (…收取学费,对经济困难的学生应当酌情减免), act on
    /// what their sentence named before them: one of `not_objects` there keeps them from
    /// granting this type.
    #[serde(default)]
    pub objects_before: Words,
    /// Words of this type's own object (税): named before such a trigger in its sentence, they
    /// keep it this type's whatever else is named there.
    #[serde(default)]
    pub own_objects: Words,
}

/// A verb and a noun in one clause that grant a type (压缩…时间 → 时限压缩).
#[derive(Debug, Clone, Deserialize)]
pub struct Compound {
    /// The type's name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Verbs of the cut.
    pub verbs: Words,
    /// Nouns of what is cut.
    pub nouns: Words,
    /// A verb ending its clause acts on a noun its sentence named before it (收取学费,…应当
    /// 酌情减免): the noun is looked for from the sentence's start.
    #[serde(default)]
    pub object_before: bool,
    /// The noun may stand in an earlier clause of the verb's sentence (…通过数据共享获取的信息,
    /// 不得要求申请人提供): the verb is said of what the sentence named first.
    #[serde(default)]
    pub sentence: bool,
    /// Words that, named before such a verb in its sentence, make its object another type's
    /// (税: 教育费附加、行政事业性收费…一律顶格减免 remits taxes as well).
    #[serde(default)]
    pub unless_before: Words,
    /// Words right before a verb that make it another act (拒不缴纳, 逾期不缴纳: a refusal or a
    /// default, no relief).
    #[serde(default)]
    pub not_after: Words,
    /// Words holding one of the nouns that name something else (研发周期, 建筑材料: a firm's own
    /// cycle or goods): a noun inside one is no object of the cut.
    #[serde(default)]
    pub things: Words,
    /// The verb and its noun closed by 的 before more of the clause (免于安全检验上线检测的车辆
    /// 不进行排放检验) are a relative clause: they describe the thing named after 的, exempted
    /// by another provision, and grant nothing here.
    #[serde(default)]
    pub relative: bool,
    /// Index of the type (filled after parsing).
    #[serde(skip)]
    pub type_index: usize,
}

/// Triggers written as a head right before a tail (线上 + 申请 → 线上申请): every pair grants.
#[derive(Debug, Clone, Deserialize)]
pub(super) struct Phrase {
    #[serde(rename = "type")]
    pub(super) type_name: String,
    pub(super) heads: Vec<String>,
    pub(super) tails: Vec<String>,
    /// What before a head makes it another word: 第 before 一次 counts the times something is
    /// done (第一次投票: the first ballot), no one visit for several acts. Each phrase preceded
    /// by one of these is one of its type's `not_in`.
    #[serde(default)]
    pub(super) not_after: Vec<String>,
}

/// Words that keep a clause or a trigger from granting.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Blockers {
    /// Anywhere in the clause.
    #[serde(default)]
    pub clause: Words,
    /// Words holding one of `clause` in which it is another word (建筑内部: the inside of a
    /// building, not a body's internal process): an occurrence inside one blocks nothing.
    #[serde(default)]
    pub clause_not_in: Words,
    /// Before the trigger in its clause.
    pub before: Words,
    /// Right after the trigger.
    pub after: Words,
    /// In the sentence: the grant goes to a government.
    #[serde(default)]
    pub recipient: Words,
    /// Opening a sentence, a word that asks (请) the body named right after it (a central
    /// body of `data/central-bodies.txt`, or one of `asked`) to do something: the sentence
    /// assigns work to a government, it grants nothing.
    #[serde(default)]
    pub asking: Words,
    /// Governments a sentence opening with one of `asking` may ask besides the central bodies
    /// (你省, 各地, 有关部门).
    #[serde(default)]
    pub asked: Words,
    /// In the sentence: it keeps a party from stacking grants (就高不重复), granting nothing.
    #[serde(default)]
    pub sentence: Words,
    /// In the sentence: it takes a grant back or ends it (收回补贴, 终止享受), granting nothing.
    #[serde(default)]
    pub withdrawn: Words,
    /// A table's column heading, a whole line, naming the providers a directory lists
    /// (服务商名称): the measure is a directory of what firms sell, and grants nothing.
    #[serde(default)]
    pub directory: Words,
    /// An employer bound to act (企业应当, 用人单位应当): with one of `own_staff` after it in
    /// the sentence, what is given goes from the firm to its own workers, no grant.
    #[serde(default)]
    pub employers: Words,
    /// An employer's own workers as those it gives something to (为职工, 为劳动者).
    #[serde(default)]
    pub own_staff: Words,
    /// In a sentence's last clause, granting nothing: a duty to carry out (有关单位必须执行)
    /// what the condition before it (…给予企业减免税、退税…等措施的) names; the grants named
    /// there are other rules', restated, not granted.
    #[serde(default)]
    pub carried_out: Words,
    /// After 「等」 closing an enumeration of grants: the means by which a grant is given
    /// (补贴、贴息等方式), not what the grant is said of.
    #[serde(default)]
    pub means: Words,
    /// Opening a frame of fields (在安排…): with one of `topic_closers` after the trigger in its
    /// sentence (…等方面), the trigger is an item of fields where something applies, no grant.
    #[serde(default)]
    pub topic_openers: Words,
    /// Closing a frame of fields (等方面).
    #[serde(default)]
    pub topic_closers: Words,
    /// After 「等」 closing an enumeration: the contents a document must state (等内容). Every
    /// item of it is something written down (办事指南…明确办理条件、所需材料、容缺受理…等内容),
    /// a trigger anywhere inside an item grants nothing.
    #[serde(default)]
    pub contents: Words,
    /// Verbs of containing or stating (包括, 载明, 明确): before one of `listed` (应当包括下列内容:)
    /// or, after one of `contents`, right before the colon (协商内容主要包括:), they open a list
    /// of what a document contains, whose items grant nothing.
    #[serde(default)]
    pub stating: Words,
    /// What such a list lists (下列内容, 以下事项).
    #[serde(default)]
    pub listed: Words,
    /// Words of banning (不得, 禁止): before one of `banned_lists` in the same clause of a line
    /// ending with a colon (不得有下列行为:, 禁止下列行为:), or right before the colon (经营者
    /// 不得:), they open a list of banned acts, whose items grant nothing.
    #[serde(default)]
    pub banning: Words,
    /// What a ban lists (下列, 以下).
    #[serde(default)]
    pub banned_lists: Words,
    /// In an item of a banned list: a charge forbidden (收取, 转嫁), which frees the party of the
    /// fee (the types of `charged_types` stand there).
    #[serde(default)]
    pub charges: Words,
    /// The types an item naming one of `charges` keeps (免费).
    #[serde(default)]
    pub charged_types: Vec<String>,
    /// Verbs that put a policy into force (实施, 落实): a trigger followed by one of
    /// `policies` after one of them in its clause grants (实施…奖补政策), while elsewhere the
    /// policy is the object of another act (宣传…减税降费政策) and `after` keeps it from granting.
    #[serde(default)]
    pub in_force: Words,
    /// A verb of `in_force` right after one of these (严格执行, 严格落实) enforces compliance
    /// with a policy made elsewhere: it puts nothing into force.
    #[serde(default)]
    pub in_force_not_after: Words,
    /// Words naming a policy (政策).
    #[serde(default)]
    pub policies: Words,
    /// A word of `before` that opens one of these (制定并组织实施) drafts and carries out at
    /// once: the measures it names are put into force, so it blocks no grant.
    #[serde(default)]
    pub enacted: Words,
    /// A word of `before` that opens one of these (便利化) names the facilitation a service
    /// is given as (便利化一站式服务, 便利化政策免申即享), not a matter only made easier to
    /// find: it blocks no grant.
    #[serde(default)]
    pub facilitating: Words,
    /// A relief named only by its genus (税收减免, 税费减免, 减税、免税): under a pointer to
    /// other rules (按照国家有关规定享受税收减免等优惠) it grants nothing of its own.
    #[serde(default)]
    pub genus: Words,
    /// Words pointing to rules other texts set (规定: 按照国家有关规定, 依照有关规定).
    #[serde(default)]
    pub pointers: Words,
    /// Verbs that grant what follows them (给予, 予以): a genus after one is granted.
    #[serde(default)]
    pub granting: Words,
    /// Words naming a public fund (基金, 资金, 经费).
    #[serde(default)]
    pub funds: Words,
    /// Words stating what a fund pays for (用于, 使用, 开支): a line naming a fund and one of
    /// these and ending with a colon (失业保险基金用于下列支出:) opens a list of the fund's uses.
    #[serde(default)]
    pub fund_uses: Words,
    /// Words of the treasury's handling of money (列支, 拨付, 专款专用): a benefit word followed
    /// by one of `funds` (补贴经费, 补助资金) in a clause holding one of these and naming no
    /// group speaks of how the money of a grant moves between budgets, not of who gets it.
    #[serde(default)]
    pub treasury: Words,
    /// A trigger opening with one of these and followed by a percentage (线上缴税100%) states
    /// the share of matters handled that way: a target, no grant.
    #[serde(default)]
    pub shares: Words,
    /// Words of a sanction (处…以下罚款, 没收违法所得, 吊销, 责令改正): a sentence holding one
    /// is a penalty clause, and a list whose lead line holds one lists offences; neither
    /// grants, whatever its figures or its words.
    #[serde(default)]
    pub penalties: Words,
    /// Words of a report of work done (今年以来, 截至目前, 累计为…企业): a measure holding one
    /// tells what was given, it grants nothing now.
    #[serde(default)]
    pub reports: Words,
    /// A grant told as done (已发放, 已兑现): a report too, unless its clause makes it a
    /// condition (one of `conditional` before it: 对已发放…; one of `qualifying` after it:
    /// 已发放的贷款).
    #[serde(default)]
    pub done: Words,
    /// Words before one of `done` in its clause that make it a condition (对, 凡).
    #[serde(default)]
    pub conditional: Words,
    /// Words after one of `done` in its clause that make it a qualifier (的).
    #[serde(default)]
    pub qualifying: Words,
    /// Words of an authority's own work on its services (梳理, 督查, 联席会议): a sentence
    /// holding one in a clause and naming no party is that work, its other clauses too.
    #[serde(default)]
    pub own_work: Words,
    /// Verbs of compiling (编制) that, with one of `compiled` in their clause (清单, 目录), make
    /// the clause the authority's own paperwork as `own_work` does.
    #[serde(default)]
    pub compiling: Words,
    /// What an authority compiles (清单, 目录).
    #[serde(default)]
    pub compiled: Words,
}

#[derive(Deserialize)]
pub(super) struct TypeFile {
    #[serde(rename = "type")]
    pub(super) types: Vec<BenefitType>,
    #[serde(default)]
    pub(super) compound: Vec<Compound>,
    #[serde(default)]
    pub(super) phrase: Vec<Phrase>,
    #[serde(default)]
    pub(super) lead: Vec<Compound>,
    #[serde(default)]
    pub(super) blockers: Blockers,
    #[serde(default)]
    pub(super) speed_up: SpeedUp,
}

/// A clause that grants a `procedural` type only speeds up the `rights` it speaks of.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SpeedUp {
    /// Types of procedure (时限压缩, 环节材料减少).
    pub procedural: Vec<String>,
    /// Types of right (减税减免, 补贴奖励, 融资支持).
    pub rights: Vec<String>,
}
