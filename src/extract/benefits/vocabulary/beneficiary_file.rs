//! The schema of `data/beneficiaries.toml`: who a measure benefits and the words around
//! those names (bodies, sectors, anaphora, citizens, recipients).

use serde::Deserialize;

use super::lexicon::Words;

/// One beneficiary label.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// Canonical label.
    pub name: String,
    /// Words that name the group.
    pub aliases: Vec<String>,
    /// Labels whose measures also serve this group.
    #[serde(default)]
    pub broader: Vec<String>,
    /// 所有企业: given only when no narrower group is named.
    #[serde(default)]
    pub general: bool,
    /// Words of what only this group does (进口, 通关): a grant in a sentence with one of them
    /// and no named group is for this group, not for enterprises in general.
    #[serde(default)]
    pub implied_by: Words,
    /// What after one of `implied_by` makes it another word (出口端: the exit of a process).
    #[serde(default)]
    pub implied_not_before: Words,
    /// Those of `implied_by` that imply the group only in a measure that also holds one of
    /// `implied_context` (检疫: quarantine concerns traders only at the border, 进出境检疫; a
    /// county's quarantine of livestock, 动物检疫, concerns farmers).
    #[serde(default)]
    pub implied_in_context: Words,
    /// The words of the setting that `implied_in_context` needs (进出境, 口岸, 海关).
    #[serde(default)]
    pub implied_context: Words,
    /// What right before an alias makes it name something else than this group (政府投资项目:
    /// the government's own project, no private builder's).
    #[serde(default)]
    pub not_after: Words,
}

#[derive(Deserialize)]
pub(super) struct BeneficiaryFile {
    #[serde(default)]
    pub(super) not_before: Words,
    #[serde(default)]
    pub(super) general_not_after: Words,
    #[serde(default)]
    pub(super) anaphora: Words,
    #[serde(default)]
    pub(super) class_anaphora: Words,
    #[serde(default)]
    pub(super) sector_relative: Words,
    #[serde(default)]
    pub(super) sector_stages: Words,
    #[serde(default)]
    pub(super) sector_names: SectorNames,
    #[serde(default)]
    pub(super) fields: Words,
    #[serde(default)]
    pub(super) field_openers: Words,
    #[serde(default)]
    pub(super) enterprise_matters: Words,
    #[serde(default)]
    pub(super) document_subject: Words,
    #[serde(default)]
    pub(super) business_documents: Words,
    #[serde(default)]
    pub(super) trade_documents: Words,
    pub(super) label: Vec<Label>,
    #[serde(default)]
    pub(super) citizens: Citizens,
    #[serde(default)]
    pub(super) recipients: Recipients,
    #[serde(default)]
    pub(super) exceptions: Exceptions,
}

/// An exception (除…外, 除…以外): what it names is carved out of the sentence's grant or ban,
/// neither the party granted to nor a grant of its own.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Exceptions {
    /// Words that open an exception (除).
    #[serde(default)]
    pub opens: Words,
    /// Words that close it (以外, 之外, 外 before a clause break or 的).
    #[serde(default)]
    pub closes: Words,
    /// What may follow a bare closing 外 (「,」, 「的」): elsewhere 外 is part of a word (境外).
    #[serde(default)]
    pub bare_close_before: Words,
    /// Words holding an opening word that open nothing (扣除, 解除, 除外).
    #[serde(default)]
    pub not_words: Words,
}

/// Enterprises named by their line of business or their place (房地产开发企业, 矿山企业,
/// 园区企业): the word right before a head such as 企业 is a noun, or an activity verb, that
/// narrows it to a sector, a group of its own that is no label, not enterprises in general.
/// A verb whose object the head is (支持企业, 帮助企业) or a determiner (各企业, 本市企业)
/// leaves it general.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SectorNames {
    /// General words that a sector can narrow (企业).
    #[serde(default)]
    pub heads: Words,
    /// Part-of-speech tags (jieba's) of a word that narrows the head after it (n, nz, j …; not
    /// vn, a verb as often as a noun: only `activities` among those narrow).
    #[serde(default)]
    pub noun_tags: Vec<String>,
    /// Words tagged as nouns that leave the head general: determiners of scope (本市, 全市,
    /// 有关) and verbs taking the head as object that the dictionary tags as nouns (服务).
    #[serde(default)]
    pub general_words: Words,
    /// Activities tagged as verbs that name a sector before the head (开发, 制造, 加工).
    #[serde(default)]
    pub activities: Words,
    /// Verbs of founding before a sector's name (设立房地产开发企业): the enterprise is being
    /// set up, so the measure is for a new enterprise, the label `founding_label`.
    #[serde(default)]
    pub founding: Words,
    /// The label of enterprises being set up.
    #[serde(default)]
    pub founding_label: String,
}

/// Who a grant goes to and who an obligation binds: a group a measure regulates (督促企业…,
/// 企业应当…) is told what to do, it is given nothing; a grant marked as paid or opened to
/// persons (支付给个人, 免费向公众开放) goes to them, whatever payer the clause names before.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Recipients {
    /// Verbs right before a group that make it the object of regulation (督促, 责令).
    #[serde(default)]
    pub regulating_before: Words,
    /// Words right after a group that make it the subject of an obligation (应当, 不得).
    #[serde(default)]
    pub obligation_after: Words,
    /// Words that mark what follows them as the recipient of a grant (给, 向, 为).
    #[serde(default)]
    pub markers: Words,
    /// Words of a time limit counted from an application (收到申请之日起): the grant is the
    /// applicant's, not the answering body's.
    #[serde(default)]
    pub answers_request: Words,
    /// Words for the public as the recipient of a grant besides the citizen words (公众).
    #[serde(default)]
    pub public: Words,
    /// A regulating verb negated right before a group (不得要求申请人…, 不再要求企业…): the
    /// group is spared a demand, not bound by one.
    #[serde(default)]
    pub unbinding: Words,
    /// Words opening a ban (不得, 禁止): a grant whose trigger or verb starts with one (不得收取
    /// 费用, 不得以…等名义收取) binds the parties named before it, the chargers; it goes to
    /// whoever would pay.
    #[serde(default)]
    pub bans: Words,
    /// Obligation words (应当, 必须) that, standing in the sentence before a ban, make the
    /// parties named before the ban the subject it binds.
    #[serde(default)]
    pub ban_bound: Words,
    /// General words that name a party a law mostly binds (用人单位, the employer of labour
    /// law): a group only where its sentence has it apply for something (`applies`).
    #[serde(default)]
    pub applicant_only: Words,
    /// General words that name parties by their legal kind (行政相对人, 单位和个人): a group
    /// only in a sentence that grants something.
    #[serde(default)]
    pub in_grant_only: Words,
    /// Ends of a relative clause before one of `in_grant_only` that name a place (示范区内的
    /// 组织和个人): the party stays general, not the doers of an activity.
    #[serde(default)]
    pub place_relative: Words,
    /// Openings of such a relative clause that name a condition any party may meet (符合条件的
    /// 单位和个人): the party stays general.
    #[serde(default)]
    pub condition_relative: Words,
    /// Words of applying (申请): after one of `applicant_only` in its sentence, the party is the
    /// applicant of what the sentence grants.
    #[serde(default)]
    pub applies: Words,
    /// A payment of its own opening a relative clause right after one of `applicant_only`
    /// (用人单位缴纳的…): in a sentence that grants, the relief is on what the party pays.
    #[serde(default)]
    pub own_payment: Words,
    /// Words that open the recipient of a grant (对, 为, 支持): what follows up to `phrase_ends`
    /// or the clause's end is who is granted to.
    #[serde(default)]
    pub openers: Words,
    /// Words holding an opener that open no recipient (对接, 对外, 针对).
    #[serde(default)]
    pub not_openers: Words,
    /// Words that end a recipient opened by `openers` (给予, 提供, 予以).
    #[serde(default)]
    pub phrase_ends: Words,
    /// Head nouns of bodies that are no enterprise (平台, 项目, 开发区): a recipient ending in
    /// one and naming no group is a body granted to, not enterprises.
    #[serde(default)]
    pub bodies: Words,
    /// A grant's verb whose indirect object follows it (给予平台500万元): a recipient too.
    #[serde(default)]
    pub indirect_openers: Words,
    /// Words that end the subject opening a sentence (应当, 可以, a grant's verb or trigger):
    /// what stands before one is who the sentence speaks of.
    #[serde(default)]
    pub subject_ends: Words,
    /// Head nouns of things that are no party (a public facility: 场馆, 设施; a use of a public
    /// resource: 用海): a sentence whose subject ends in one and names no group grants to that
    /// thing or through it to its users, not to enterprises.
    #[serde(default)]
    pub subject_bodies: Words,
    /// Benefit types that serve a body's owner (跟踪服务 of a project, a time cut): a body
    /// opened as their recipient does not keep them from the firm that applies.
    #[serde(default)]
    pub owner_services: Vec<String>,
    /// Words right before a general word that make it a partner (与企业合作): no recipient.
    #[serde(default)]
    pub partners: Words,
    /// Verbs of working together right after such a partner (合作, 共建): 与用户预约 and 与行政
    /// 相对人…相关 name no partner.
    #[serde(default)]
    pub partner_verbs: Words,
    /// Words that name a body acting jointly with the one a clause is about (会同…部门以及供电
    /// 企业): enterprises in general named after one in its clause work with it, no recipient.
    #[serde(default)]
    pub coworkers: Words,
    /// Words that make what follows belong to what precedes (青年及其团队、企业): enterprises in
    /// general named after one in its clause, with no group named before it, are the firms of
    /// whom it follows, a group of their own that is no label. `not_possessive` hold it without
    /// that sense (及其他: and other).
    #[serde(default)]
    pub possessive: Words,
    /// Words holding one of `possessive` without its sense (及其他: and other).
    #[serde(default)]
    pub not_possessive: Words,
    /// Words before a group in its clause that make it where an investment goes (投资于…高新
    /// 技术企业): the firms invested in, not the investor granted to.
    #[serde(default)]
    pub invested: Words,
    /// Verbs of hiring right before a group of persons (招用失业人员, 吸纳就业困难人员): the
    /// party that hires them is granted to as well as they are.
    #[serde(default)]
    pub hires: Words,
    /// Labelled groups of persons (失业人员, 高层次人才) who, founding a firm in their own
    /// clause (失业人员…开办企业…的, 可以…), are the party granted to: the firm founded is
    /// what they do, the condition of their grant, not a group of its own.
    #[serde(default)]
    pub founders: Vec<String>,
    /// Words that open a part of those already named or granted to (其中): a group named after
    /// one narrows them, it does not replace them as the party granted to.
    #[serde(default)]
    pub parts: Words,
    /// Words that join the items of a list of parties (、, 和, 以及): a verb before or after the
    /// list (鼓励机关、企业…; 企业、事业组织应当…) is said of each item.
    #[serde(default)]
    pub coordinators: Words,
    /// How far (in characters) a list of parties reaches from one of its items to the verb
    /// said of them all.
    #[serde(default)]
    pub coordination_within: usize,
}

/// Words for private citizens as such (and bodies that are no label).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Citizens {
    /// The words.
    pub words: Words,
    /// General words that name persons as well as firms (纳税人).
    #[serde(default)]
    pub ambiguous: Words,
    /// Services residents and firms both use (不动产登记).
    #[serde(default)]
    pub shared: Words,
    /// Words for the public as users of a service (群众).
    #[serde(default)]
    pub public: Words,
    /// Bodies that serve applicants, named by their service (登记机构, 检验机构).
    #[serde(default)]
    pub providers: Words,
}
