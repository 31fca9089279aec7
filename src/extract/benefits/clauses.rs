//! A measure's text as the benefit reader sees it: sentences (。;!? or a line) made of clauses
//! (, :), each clause with the beneficiaries it names, the benefits it grants and its figures;
//! attribution (牵头单位 lines, 「(…负责)」) masked, since it names government bodies, never
//! beneficiaries.

use std::collections::BTreeSet;

use super::figures::{self, Figure};
use super::vocabulary::{
    contains_any, ends_with_any, starts_with, starts_with_any, within_any, SpanChars, Vocabulary,
    Words,
};
use super::vocabulary::{BenefitType, Compound, SectorNames};
use crate::extract::attribution;
use crate::index::analyzer::{is_cjk, JIEBA_DICT};

/// A clause: character span, what it names and grants.
pub(super) struct Clause {
    pub(super) start: usize,
    pub(super) end: usize,
    /// (position, label indices, word) of beneficiary mentions.
    pub(super) mentions: Vec<(usize, Vec<usize>, String)>,
    /// Names a group of its own that is no label (大型企业, 文化企业).
    pub(super) outside: bool,
    /// Names private persons (职工, 群众, 个人) outside any alias: a grant here is theirs.
    pub(super) persons: bool,
    /// Labels implied by what the clause speaks of (进口 → 外贸企业).
    pub(super) implied: Vec<usize>,
    /// (position, type index) of grants.
    pub(super) grants: Vec<(usize, usize)>,
    pub(super) figures: Vec<Figure>,
    /// Inspects, publishes, concerns government's own work: grants nothing.
    pub(super) blocked: bool,
    /// Spans of groups the clause regulates (督促企业…, 企业应当…): told what to do, given
    /// nothing, so they are no mention and do not make the measure speak of enterprises.
    pub(super) regulated: Vec<(usize, usize)>,
    /// Opens a recipient that is a body that is no enterprise (对…平台, 支持…项目): the
    /// sentence's grant goes to it.
    pub(super) body: bool,
    /// A grant marked as going to persons or the public (支付给个人, 向公众开放) with no group
    /// named after the mark: a group named before it is the payer or the source, not the
    /// recipient.
    pub(super) persons_recipient: bool,
    /// Every grant of the clause is an item of an enumeration closed by 「等」 and a word of
    /// means (通过无偿资助、贷款贴息…等方式,支持…): the kinds of help are named as the means of
    /// what the sentence goes on to say, whose party is the recipient. The span of the
    /// enumeration, from its first grant to the end of the word of means.
    pub(super) means: Option<(usize, usize)>,
    /// A party named as hiring a labelled group of persons (用人单位招用失业人员): the general
    /// word naming it stays a group of the clause beside theirs.
    pub(super) employer: bool,
    /// Labelled groups named after a word opening a part (其中…小微企业): they narrow those
    /// the sentence grants to, so they are beneficiaries without being the clause's party.
    pub(super) parts: Vec<usize>,
    /// Names a class by pointing back past its sentence (本条所述企业, 前款规定的企业): the
    /// group an earlier provision of the article delimits.
    pub(super) refers_back: bool,
    /// Every grant of the clause is a ban on the subject its sentence binds (…应当…进行消防验收,
    /// 不得收取费用): the bodies and persons named before it would charge, they are not granted to.
    pub(super) ban: bool,
}

impl Clause {
    /// Specific labels named, in order; else the general one, if named.
    pub(super) fn groups(&self, v: &Vocabulary) -> Vec<usize> {
        let mut specific = Vec::new();
        let mut general = Vec::new();
        for (_, labels, _) in &self.mentions {
            for &l in labels {
                let list = if v.labels[l].general {
                    &mut general
                } else {
                    &mut specific
                };
                if !list.contains(&l) {
                    list.push(l);
                }
            }
        }
        if specific.is_empty() {
            general
        } else if self.employer {
            specific.into_iter().chain(general).collect()
        } else {
            specific
        }
    }
}

pub(super) struct Sentence {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) clauses: Vec<Clause>,
    /// Part of the measure's own title: grants nothing by itself.
    pub(super) heading: bool,
}

impl Sentence {
    pub(super) fn types(&self) -> BTreeSet<usize> {
        self.clauses
            .iter()
            .flat_map(|c| c.grants.iter().map(|&(_, t)| t))
            .collect()
    }
}

/// Characters that belong to an attribution (牵头单位 lines, 「(…负责)」 parentheses).
pub(super) fn attribution_mask(chars: &[char]) -> Vec<bool> {
    let mut masked = vec![false; chars.len()];
    // lines
    // (a line or a parenthesis that cannot be one is told on its characters, no string built)
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            if attribution::may_be_attribution(&chars[start..i]) {
                let line: String = chars[start..i].iter().collect();
                if attribution::is_attribution_line(line.trim()) {
                    masked[start..i].iter_mut().for_each(|m| *m = true);
                }
            }
            start = i + 1;
        }
    }
    // parentheses
    let mut stack = Vec::new();
    for i in 0..chars.len() {
        match chars[i] {
            '(' => stack.push(i),
            ')' => {
                if let Some(open) = stack.pop() {
                    let inner = &chars[open + 1..i];
                    if !attribution::may_be_attribution(inner)
                        && !ATTRIBUTION_ENDINGS.iter().any(|e| chars_end_with(inner, e))
                    {
                        continue;
                    }
                    let inner: String = inner.iter().collect();
                    if attribution::is_attribution_line(&inner)
                        || attribution::inline(&format!("({inner})")).is_some()
                        || ATTRIBUTION_ENDINGS.iter().any(|e| inner.ends_with(e))
                    {
                        masked[open..=i].iter_mut().for_each(|m| *m = true);
                    }
                }
            }
            _ => {}
        }
    }
    masked
}

/// Characters inside an exception (除…外, 除…以外): what it names is carved out of its
/// sentence's grant or ban (除法律另有规定外, 除…减征、免征…外,任何单位和个人不得擅自减免), so
/// it names no party granted to and grants nothing itself. The exception closes in its own
/// sentence, within `MAX_EXCEPTION` characters; a bare 外 closes it only before a clause break
/// or 的 (elsewhere it is part of a word: 境外).
pub(super) fn exception_mask(chars: &[char], v: &Vocabulary) -> Vec<bool> {
    let e = &v.exceptions;
    let mut mask = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        let open = e.opens.longest_at(chars, i);
        if open == 0 || within_any(chars, i, &e.not_words) {
            i += 1;
            continue;
        }
        let limit = (i + MAX_EXCEPTION).min(chars.len());
        let close = (i + open..limit)
            .take_while(|&j| !is_sentence_end(chars[j]))
            .find_map(|j| {
                let len = e.closes.longest_at(chars, j);
                (len > 1 || (len == 1 && starts_with_any(chars, j + 1, &e.bare_close_before)))
                    .then_some(j + len)
            });
        match close {
            Some(end) => {
                mask[i..end].iter_mut().for_each(|m| *m = true);
                i = end;
            }
            None => i += open,
        }
    }
    mask
}

const MAX_EXCEPTION: usize = 80;

/// True when `text` ends with `word`.
fn chars_end_with(text: &[char], word: &str) -> bool {
    word.chars().count() <= text.len()
        && text
            .iter()
            .rev()
            .zip(word.chars().rev())
            .all(|(a, b)| *a == b)
}

/// How an attribution in parentheses ends: 「(财政部、税务总局负责)」, 「(…指导)」.
const ATTRIBUTION_ENDINGS: [&str; 5] = ["负责", "牵头", "指导", "配合", "参与"];

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | ';' | '!' | '?' | '\n')
}

fn is_clause_end(c: char) -> bool {
    matches!(c, ',' | ':')
}

/// The spans of the clauses [`sentences`] cuts `chars` into, in order, without reading them
/// (the gate of the reader asks for their figures only, and stops at the first that may
/// grant: the spans are made as it asks). A clause runs from after one break (a sentence's end
/// or a clause's) to the next, the end of `chars` closing the last; an empty one is none.
pub(super) fn clause_spans(chars: &[char]) -> impl Iterator<Item = (usize, usize)> + '_ {
    (0..=chars.len())
        .filter(|&i| i == chars.len() || is_sentence_end(chars[i]) || is_clause_end(chars[i]))
        .scan(0, |start, end| {
            let span = (*start, end);
            *start = end + 1;
            Some(span)
        })
        .filter(|(start, end)| end > start)
}

/// The sentences of a measure. In a measure about a service residents and firms both use
/// (不动产登记), the public it names (群众) are its users, firms among them: no persons.
pub(super) fn sentences(chars: &[char], masked: &[bool], v: &Vocabulary) -> Vec<Sentence> {
    let shared = contains_any(chars, 0, chars.len(), &v.shared);
    let mut sector_named = false;
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || is_sentence_end(chars[i]) {
            if i > start {
                out.push(sentence(
                    chars,
                    masked,
                    (start, i),
                    v,
                    shared,
                    &mut sector_named,
                ));
            }
            start = i + 1;
        }
    }
    out
}

/// A sentence's clauses; `sector_named` says whether a clause before (in the measure) named
/// enterprises of a sector (房地产开发企业), and is set when one of these does.
fn sentence(
    chars: &[char],
    masked: &[bool],
    (start, end): (usize, usize),
    v: &Vocabulary,
    shared: bool,
    sector_named: &mut bool,
) -> Sentence {
    let mut clauses = Vec::new();
    let mut cs = start;
    for i in start..=end {
        if i == end || is_clause_end(chars[i]) {
            if i > cs {
                clauses.push(clause(
                    chars,
                    masked,
                    (start, cs, i),
                    v,
                    shared,
                    sector_named,
                ));
            }
            cs = i + 1;
        }
    }
    // 用人单位 (the employer labour law binds) is a party granted to only where its sentence
    // has it apply (用人单位申请缓缴失业保险费, 用人单位…可以…申请办理缓缴手续), or where the
    // grant relieves what it pays itself (用人单位缴纳的基本养老保险费在税前列支)
    // a party named by its legal kind (行政相对人, 单位和个人) is a group only in a sentence
    // that grants (任何单位和个人…有权举报 grants nothing)
    let r = &v.recipients;
    let grants = clauses.iter().any(|c| !c.grants.is_empty());
    for c in &mut clauses {
        c.mentions.retain(|(pos, _, word)| {
            (!r.applicant_only.contains(word)
                || contains_any(chars, *pos, end, &r.applies)
                || (grants
                    && starts_with_any(&chars[..end], pos + word.chars().count(), &r.own_payment)))
                && (grants || !r.in_grant_only.contains(word))
        });
    }
    Sentence {
        start,
        end,
        clauses,
        heading: false,
    }
}

/// True when the group at `from..to` is an item of a list of parties that a regulating verb
/// opens (鼓励机关、企业事业单位和其他社会组织…) or an obligation closes (企业、事业组织应当…):
/// the verb is said of every item (`coordinators`, `coordination_within` in
/// `data/beneficiaries.toml`). Between the item and the verb: at least one 、, no opener and no
/// marker (鼓励银行、保险机构为小微企业… names the recipient after 为), and items no longer than
/// `coordination_within` characters each (a list names parties by short nouns). A list closed by
/// an obligation must open its clause: 对小微企业、个体工商户应当给予… names the object of 对.
fn coordinated_with_verb(
    chars: &[char],
    start: usize,
    (from, to): (usize, usize),
    end: usize,
    v: &Vocabulary,
) -> bool {
    let r = &v.recipients;
    let within = r.coordination_within;
    // a stretch of a list: a 、 in it, short items, no word that opens a recipient or marks one
    let list = |a: usize, b: usize| {
        chars[a..b].contains(&'、')
            && chars[a..b]
                .split(|&c| c == '、')
                .all(|item| item.len() <= within)
            && !(a..b).any(|i| {
                starts_with_any(&chars[..b], i, &r.openers)
                    || starts_with_any(&chars[..b], i, &r.markers)
            })
    };
    // how far the list may reach: a few items
    let reach = 4 * within;
    // 鼓励支持…, 鼓励和支持…, 鼓励、支持…: a 支持 joined to the calling verb is part of it, no
    // opener of a recipient
    let verb_end = |i: usize| {
        let joined = i + r.coordinators.longest_at(chars, i);
        match r.openers.longest_at(&chars[..from], joined) {
            0 => i,
            n => joined + n,
        }
    };
    let opened = (from.saturating_sub(reach).max(start)..from).any(|i| {
        ends_with_any(chars, i, &r.regulating_before)
            && !ends_with_any(chars, i, &r.unbinding)
            && verb_end(i) < from
            && list(verb_end(i), from)
    });
    if opened {
        return true;
    }
    if !starts_with_any(&chars[..end], to, &r.coordinators)
        || (start..from).any(|i| {
            starts_with_any(&chars[..from], i, &r.openers)
                || starts_with_any(&chars[..from], i, &r.markers)
                || starts_with_any(&chars[..from], i, &r.regulating_before)
        })
    {
        return false;
    }
    (to + 1..(to + reach).min(end))
        .any(|j| starts_with_any(&chars[..end], j, &r.obligation_after) && list(to, j))
}

/// True when the party at `pos` (a legal kind, 单位和个人) closes a relative clause opened as a
/// grant's recipient (对研究开发和引进利用…农业机械新产品、新技术的单位和个人, 对开展社会教育服务
/// 活动较好的单位和个人): statutes name the doers of an activity so, a group of its own that is no
/// label, not every firm. A relative naming a place (对示范区内的组织和个人) or a condition any
/// party may meet (对符合条件的单位和个人) leaves the party general.
fn doers_of_activity(
    chars: &[char],
    start: usize,
    pos: usize,
    r: &super::vocabulary::Recipients,
) -> bool {
    if pos <= start || chars[pos - 1] != '的' {
        return false;
    }
    let Some(opener) = (start..pos - 1).rev().find(|&i| {
        starts_with_any(&chars[..pos], i, &r.openers)
            && !starts_with_any(&chars[..pos], i, &r.not_openers)
    }) else {
        return false;
    };
    let from = opener + r.openers.longest_at(&chars[..pos], opener);
    let to = pos - 1;
    to >= from + MIN_ACTIVITY
        && !ends_with_any(chars, to, &r.place_relative)
        && !starts_with_any(&chars[..to], from, &r.condition_relative)
}

/// The fewest characters a relative clause holds to name an activity (研究开发…, 开展…活动).
const MIN_ACTIVITY: usize = 4;

/// How far (in characters, 及其 included) the possessed enumeration after 及其 reaches: 及其
/// owns the short list of nouns right after it (及其团队、企业), not a word clauses later.
const POSSESSED_WITHIN: usize = 8;

fn clause(
    chars: &[char],
    masked: &[bool],
    (sentence_start, start, end): (usize, usize, usize),
    v: &Vocabulary,
    shared: bool,
    sector_named: &mut bool,
) -> Clause {
    // the clause's characters: a list none of whose words can start in the clause is not
    // looked for at each of its places
    let held = SpanChars::of(&chars[start..end]);
    // 内部 of a body's own process blocks; 建筑内部 (a building's inside) is another word
    let blocked = held.may_start(&v.blockers.clause)
        && (start..end.min(chars.len())).any(|i| {
            starts_with_any(&chars[..end], i, &v.blockers.clause)
                && !within_any(chars, i, &v.blockers.clause_not_in)
        });
    let mut mentions = Vec::new();
    // a stage of a product's chain (免征黄金生产环节的增值税) names that product's sector
    let mut outside =
        held.may_start(&v.sector_stages) && contains_any(chars, start, end, &v.sector_stages);
    let mut in_alias = vec![false; end - start];
    let mut regulated = Vec::new();
    let mut parts: Vec<usize> = Vec::new();
    let mut employer = false;
    let mut refers_back = false;
    let r = &v.recipients;
    // a group named inside a document's title (按照《济南市中小微企业创新券实施管理办法》有关规定
    // 给予补助) names what that text is about, no party of this clause
    let titled = book_title_mask(chars, start, end);
    let aliases = if held.may_start_entry(&v.aliases) {
        v.aliases.scan(chars, start, end)
    } else {
        Vec::new()
    };
    for (pos, len, labels) in aliases {
        if masked[pos] {
            continue;
        }
        in_alias[pos - start..pos - start + len]
            .iter_mut()
            .for_each(|m| *m = true);
        if titled[pos - start] || starts_with_any(chars, pos + len, &v.not_before) {
            continue;
        }
        // 政府投资项目: a word before the alias that makes it another's (`not_after`)
        let labels: Vec<usize> = labels
            .iter()
            .copied()
            .filter(|&l| !ends_with_any(chars, pos, &v.labels[l].not_after))
            .collect();
        if labels.is_empty() {
            continue;
        }
        // 督促企业…, 企业应当…: the group an obligation binds is no recipient of a grant
        // 不得要求申请人提供…: a demand forbidden binds no one, it spares the group
        // 申请经营出租汽车的单位和个人, 文化企业: enterprises named by their line of business, a
        // group of their own that is no label, not 所有企业 (below)
        let general_only = labels.iter().all(|&l| v.labels[l].general);
        let sector = pos > start
            && chars[pos - 1] == '的'
            && contains_any(chars, start, pos, &v.sector_relative);
        // 对研究开发…新技术的单位和个人给予…: units and persons named by what they do
        let word: String = chars[pos..pos + len].iter().collect();
        let doers = general_only
            && r.in_grant_only.contains(&word)
            && doers_of_activity(chars, start, pos, r);
        let own_group =
            general_only && (sector || doers || ends_with_any(chars, pos, &v.general_not_after));
        if (ends_with_any(chars, pos, &r.regulating_before)
            && !ends_with_any(chars, pos, &r.unbinding))
            || starts_with_any(&chars[..end], pos + len, &r.obligation_after)
            || coordinated_with_verb(chars, start, (pos, pos + len), end, v)
        {
            regulated.push((pos, pos + len));
            // such a group bound by an obligation (申请经营出租汽车的单位和个人应当…办理) still
            // names whom the measure is about: its grants are theirs, not every firm's
            outside |= own_group;
            continue;
        }
        // 与企业合作: enterprises in general as a partner of the party granted to, not the
        // recipient
        if labels.iter().all(|&l| v.labels[l].general)
            && ends_with_any(chars, pos, &r.partners)
            && starts_with_any(&chars[..end], pos + len, &r.partner_verbs)
        {
            continue;
        }
        // 青年及其团队、企业: the firms of whom 及其 follows in a short enumeration (no group
        // named before it), a group of their own that is no label
        let owned = (start..pos).any(|i| {
            starts_with_any(chars, i, &r.possessive)
                && !starts_with_any(chars, i, &r.not_possessive)
                && pos - i <= POSSESSED_WITHIN
                && mentions.iter().all(|(p, _, _)| *p > i)
        });
        if general_only && owned {
            outside = true;
            continue;
        }
        // 投资于未上市中小高新技术企业: the firms invested in, not the investor granted to
        if contains_any(chars, start, pos, &r.invested) {
            continue;
        }
        // 在房屋交易登记、入学、企业开办、金融机构等领域: a field among others, no group
        if labels.iter().any(|&l| !v.labels[l].general)
            && contains_any(chars, start, pos, &v.field_openers)
            && field_item(chars, pos, pos + len, end, &v.fields)
        {
            continue;
        }
        // 该企业, 上述企业: the group named before, not enterprises in general; 本条所述企业: a
        // class an earlier provision delimits
        if labels.iter().all(|&l| v.labels[l].general) && ends_with_any(chars, pos, &v.anaphora) {
            refers_back |= ends_with_any(chars, pos, &v.class_anaphora);
            continue;
        }
        if own_group {
            outside = true;
            continue;
        }
        // 房地产开发企业, 矿山企业: enterprises named by their business are a group of their
        // own (设立房地产开发企业: one being set up); a bare 企业 after them in the measure is
        // they (房地产开发企业的合法权益受法律保护。…不得向企业收取…)
        let head = &v.sector_names.heads;
        if labels.iter().all(|&l| v.labels[l].general) && head.longest_at(chars, pos) == len {
            match sector_before(chars, start, pos, &v.sector_names) {
                Some(founded) => {
                    *sector_named |= !founded;
                    let new = v.label_index(&v.sector_names.founding_label);
                    if let Some(l) = new.filter(|_| founded) {
                        let word = chars[pos..pos + len].iter().collect();
                        mentions.push((pos, vec![l], word));
                    } else {
                        outside = true;
                    }
                    continue;
                }
                None if *sector_named
                    && !ends_with_any(chars, pos, &v.sector_names.general_words) =>
                {
                    outside = true;
                    continue;
                }
                None => {}
            }
        }
        // 其中小微企业…: a part of those granted to, no party of its own
        // (对其中就业困难人员…给予 names the recipient: 其中 there is the object of 对)
        let part = (start..pos).any(|i| {
            starts_with_any(chars, i, &r.parts)
                && (i == start || matches!(chars[i - 1], '(' | '（' | ' '))
        });
        if part && labels.iter().any(|&l| !v.labels[l].general) {
            parts.extend(labels.iter().copied().filter(|&l| !v.labels[l].general));
            continue;
        }
        // 失业人员…开办企业…的: a firm a labelled group of persons founds in the clause is
        // their act, the condition of their grant, no party of its own
        let founder = |l: usize| r.founders.iter().any(|n| *n == v.labels[l].name);
        if !labels.iter().any(|&l| founder(l))
            && (starts_with_any(chars, pos, &v.sector_names.founding)
                || ends_with_any(chars, pos, &v.sector_names.founding))
            && mentions
                .iter()
                .any(|(_, named, _): &(usize, Vec<usize>, String)| {
                    named.iter().any(|&l| founder(l))
                })
        {
            continue;
        }
        // 用人单位招用失业人员: the employer, named by a general word, is granted to beside
        // the persons it hires (小微企业新招用…人员: a labelled employer is named already)
        employer |= labels.iter().any(|&l| !v.labels[l].general)
            && ends_with_any(chars, pos, &r.hires)
            && mentions
                .last()
                .is_some_and(|(_, named, _): &(usize, Vec<usize>, String)| {
                    named.iter().all(|&l| v.labels[l].general)
                });
        // 会同…部门以及企业: a body working with the one the clause is about, no recipient (a
        // sector named there, 会同管理矿山企业的主管部门, is still what the clause speaks of);
        // a recipient opened after the list (会同有关部门为企业提供…) is one
        let coworker = (start..pos).any(|i| {
            starts_with_any(chars, i, &r.coworkers)
                && !(i..pos).any(|k| {
                    starts_with_any(chars, k, &r.markers) || starts_with_any(chars, k, &r.openers)
                })
        });
        if general_only && coworker {
            continue;
        }
        mentions.push((pos, labels.clone(), chars[pos..pos + len].iter().collect()));
    }
    // 对新入选的…工业互联网平台给予奖励, 支持示范区内的…成果转化项目: a recipient that is a
    // body (a platform, a project, a development zone) and names no group is granted to as a
    // body, a group of its own that is no label
    let view = ClauseView {
        chars,
        masked,
        start,
        end,
        in_alias: &in_alias,
        v,
    };
    let body = (held.may_start(&r.openers) && view.body_recipient())
        || (held.may_start(&r.indirect_openers) && view.indirect_body())
        || (start == sentence_start && view.subject_body());
    let persons_recipient = held.may_start(&r.markers)
        && (start..end).any(|i| {
            let after = i + r.markers.longest_at(chars, i);
            after > i
                && after < end
                && !masked[i]
                && (starts_with_any(&chars[..end], after, &v.citizens)
                    || starts_with_any(&chars[..end], after, &r.public))
                && !in_alias[after - start..].iter().any(|&a| a)
        });
    let persons = held.may_start(&v.citizens)
        && (start..end).any(|i| {
            let public = shared && starts_with_any(&chars[..end], i, &v.public);
            !masked[i]
                && !in_alias[i - start]
                && !public
                && starts_with_any(&chars[..end], i, &v.citizens)
                && !within_any(chars, i, &v.providers)
        });
    // one item of an enumeration of fields (融资、财税、保险、通关等方面) is a topic among
    // others, said of enterprises in general: it implies no group
    // (every label's words looked for at once: the labels one of whose words starts at a place)
    // a word that implies a group only in its setting (检疫 at the border) needs the setting's
    // words somewhere in the measure
    let mut implies = vec![false; v.labels.len()];
    // (a clause where no such word can start implies nothing: its asides are not looked for)
    if held.may_start_any(&v.implied_words) {
        // what the clause speaks of, outside asides in parentheses (…(免税进口的设备按规定执行))
        let mut depth = 0usize;
        let mut aside = vec![false; end - start];
        for i in start..end {
            match chars[i] {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            aside[i - start] = depth > 0;
        }
        for i in (start..end).filter(|&i| !aside[i - start]) {
            v.implied_words.at(&chars[..end], i, |l| {
                let label = &v.labels[l];
                let words = &label.implied_by;
                let len = words.longest_at(chars, i);
                let in_setting = label.implied_in_context.longest_at(&chars[..end], i) != len
                    || contains_any(chars, 0, chars.len(), &label.implied_context);
                implies[l] = implies[l]
                    || (in_setting
                        && !starts_with_any(&chars[..end], i + len, &label.implied_not_before)
                        && !enumerated(chars, i, end, words));
            });
        }
    }
    let implied = (0..v.labels.len()).filter(|&l| implies[l]).collect();
    // a document's title in 《》 names a text (《…提标提速提效…》), it grants nothing
    let mut grants: Vec<(usize, usize)> = Vec::new();
    if !blocked && held.may_start_entry(&v.triggers) {
        grants = v
            .triggers
            .scan(chars, start, end)
            .into_iter()
            .filter(|&(pos, len, &t)| {
                !masked[pos]
                    && !titled[pos - start]
                    && (v.types[t].protection || !drafted_before(chars, start, pos, v))
                    && (!followed_by(chars, pos + len, end, &v.blockers.after, &v.blockers.means)
                        || puts_in_force(chars, start, pos + len, end, v))
                    && !modifies_same_type(chars, pos + len, end, t, v)
                    && !item_of_contents(chars, pos + len, end, &v.blockers.contents)
                    && !in_topic_frame(chars, start, pos, pos + len, v)
                    && !states_share(chars, pos, pos + len, end, v)
                    && !points_to_rules(chars, (sentence_start, start), pos, len, end, v)
                    && !ends_with_any(chars, pos + len, &v.types[t].not_in)
                    && !starts_with_any(&chars[..end], pos, &v.types[t].not_opening)
                    && !within_any(chars, pos, &v.types[t].not_within)
                    && !contains_any(chars, start, end, &v.types[t].not_in_clause)
                    && !lent(chars, sentence_start, pos, len, &v.types[t])
                    && !(mentions.is_empty()
                        && starts_with_any(chars, pos + len, &v.blockers.funds)
                        && contains_any(chars, start, end, &v.blockers.treasury))
                    && !contains_any(
                        chars,
                        pos + len,
                        object_end(chars, pos + len, end),
                        &v.types[t].not_objects,
                    )
                    // a trigger ending its clause (对经济困难的学生…应当酌情减免) acts on
                    // what its sentence named before it (收取学费): a fee is no tax
                    && !(ends_clause(chars, pos + len, end)
                        && v.types[t].objects_before.longest_at(chars, pos) == len
                        && contains_any(chars, sentence_start, pos, &v.types[t].not_objects)
                        && !contains_any(chars, sentence_start, pos, &v.types[t].own_objects))
            })
            .map(|(pos, _, &t)| (pos, t))
            .collect();
    }
    if !blocked && held.may_start_any(&v.compound_verbs) {
        // where each compound's first verb stands (every compound's verbs looked for at once)
        let first_verbs = v.compound_verbs.first_places(chars, start, end, masked);
        for (c, first_verb) in v.compounds.iter().zip(first_verbs) {
            // a verb followed by what only names the relief (减免政策) grants nothing; a word
            // there that qualifies the compound's noun (缩短办理周期) is part of the object
            let verb = first_verb.filter(|&pos| {
                if titled[pos - start] {
                    return false;
                }
                let len = c
                    .verbs
                    .iter()
                    .find(|w| starts_with(chars, pos, w))
                    .map_or(0, |w| w.chars().count());
                let qualifier = v.blockers.after.longest_at(chars, pos + len);
                // drafted, forbidden or prevented (制定费用减免…政策措施, 不适用…简化程序), or an
                // item of topics or policies (在费用减免、用地保障等方面): as for a trigger
                // (a verb said of what its sentence named first is followed by no object:
                // 不得要求申请人提供 names the party spared)
                (qualifier == 0
                    || c.sentence
                    || starts_with_any(chars, pos + len + qualifier, &c.nouns))
                    && !ends_with_any(chars, pos, &c.not_after)
                    && !drafted_before(chars, start, pos, v)
                    && !listed_before(chars, pos + len, end, &v.blockers.after, &v.blockers.means)
                    && !in_topic_frame(chars, start, pos, pos + len, v)
            });
            // the noun is looked for only once the verb is there
            let Some(pos) = verb else { continue };
            // a verb ending its clause acts on what its sentence named before it (…收取学费,
            // 对经济困难的学生应当酌情减免)
            let bare = c.object_before
                && c.verbs
                    .iter()
                    .filter(|w| starts_with(chars, pos, w))
                    .any(|w| ends_clause(chars, pos + w.chars().count(), end))
                && !contains_any(chars, sentence_start, pos, &c.unless_before);
            // …通过数据共享获取的信息,不得要求申请人提供: what the verb is said of was named
            // in an earlier clause of its sentence
            let from = if bare || c.sentence {
                sentence_start
            } else {
                start
            };
            if first_noun(chars, (from, end), c, masked)
                .is_some_and(|noun| !(c.relative && describes(chars, noun, end)))
                && !grants.iter().any(|&(_, t)| t == c.type_index)
            {
                grants.push((pos, c.type_index));
            }
        }
    }
    let closes_means =
        |i: usize| chars[i] == '等' && starts_with_any(&chars[..end], i + 1, &v.blockers.means);
    let first = grants.iter().map(|&(pos, _)| pos).min();
    let last = grants.iter().map(|&(pos, _)| pos).max();
    let means = first.zip(last).and_then(|(first, last)| {
        (last..end).find(|&i| closes_means(i)).map(|i| {
            (
                first,
                i + 1 + v.blockers.means.longest_at(&chars[..end], i + 1),
            )
        })
    });
    let figures = figures::figures(chars, start, end, v)
        .into_iter()
        .filter(|f| !masked[f.number_start])
        .collect();
    let ban = !grants.is_empty()
        && grants.iter().all(|&(pos, _)| {
            starts_with_any(chars, pos, &r.bans)
                && contains_any(chars, sentence_start, pos, &r.ban_bound)
        });
    Clause {
        start,
        end,
        mentions,
        outside,
        persons,
        implied,
        grants,
        figures,
        blocked,
        regulated,
        body,
        persons_recipient,
        means,
        employer,
        parts,
        refers_back,
        ban,
    }
}

/// True when the trigger at `pos` (`len` characters) is one of the type's `lent_triggers` and
/// its sentence names a lender before it (金融机构…优先予以资金支持): the money is a loan.
fn lent(chars: &[char], sentence_start: usize, pos: usize, len: usize, ty: &BenefitType) -> bool {
    ty.lent_triggers.longest_at(chars, pos) == len
        && contains_any(chars, sentence_start, pos, &ty.lenders)
}

/// One clause `start..end` of `chars` as the recipient helpers read it: which characters are
/// masked (attribution, exceptions) and which lie inside an alias of a group (`in_alias`,
/// indexed from `start`). The helpers deciding whether a clause grants to a body that is no
/// enterprise (`body_recipient`, `indirect_body`, `subject_body`) share it.
struct ClauseView<'a> {
    chars: &'a [char],
    masked: &'a [bool],
    start: usize,
    end: usize,
    in_alias: &'a [bool],
    v: &'a Vocabulary,
}

impl ClauseView<'_> {
    /// True when the clause `start..end` opens a recipient (对…, 支持…, 为…) that ends, before a
    /// word of `phrase_ends`, a trigger or the clause's end, in a body's head noun (平台, 项目) and
    /// holds no alias: the grant goes to that body, not to enterprises.
    fn body_recipient(&self) -> bool {
        let &ClauseView {
            chars,
            masked,
            start,
            end,
            in_alias,
            v,
        } = self;
        let r = &v.recipients;
        (start..end).any(|i| {
            let open = r.openers.longest_at(&chars[..end], i);
            if open == 0 || masked[i] || within_any(chars, i, &r.not_openers) {
                return false;
            }
            let from = i + open;
            // the recipient ends where the grant's verb, an adverb or a trigger begins, or at the
            // clause's end: any such place right after a body's head noun, before any alias (the
            // first alias after the opener found once, not looked for again at every place)
            let alias = (from..end).find(|&k| in_alias[k - start]).unwrap_or(end);
            (from + 1..=alias)
                .filter(|&j| {
                    j == end
                        || starts_with_any(&chars[..end], j, &r.phrase_ends)
                        || v.triggers.longest_at(&chars[..end], j).is_some()
                })
                .any(|j| ends_with_any(chars, j, &r.bodies))
        })
    }

    /// True when a grant's verb (`indirect_openers`: 给予) is followed by its indirect object, a
    /// body that is no enterprise (每年给予平台500万元补贴, 给予基地一次性奖励): the words up to the
    /// first figure or adverb after the verb (no trigger before it), holding no alias, end in a head
    /// noun of `bodies`.
    fn indirect_body(&self) -> bool {
        let &ClauseView {
            chars,
            masked,
            start,
            end,
            in_alias,
            v,
        } = self;
        let r = &v.recipients;
        let clause = &chars[..end];
        (start..end).any(|i| {
            let open = r.indirect_openers.longest_at(clause, i);
            if open == 0 || masked[i] {
                return false;
            }
            let from = i + open;
            let Some(to) = (from + 1..=end).find(|&j| {
                j == end
                    || clause[j].is_ascii_digit()
                    || starts_with_any(clause, j, &r.phrase_ends)
                    || v.triggers.longest_at(clause, j).is_some()
            }) else {
                return false;
            };
            // a trigger right after the noun makes it the grant's kind (给予项目补助), not its party
            let object_ends = to < end
                && (clause[to].is_ascii_digit() || starts_with_any(clause, to, &r.phrase_ends));
            object_ends
                && !in_alias[from - start..to - start].iter().any(|&a| a)
                && ends_with_any(chars, to, &r.bodies)
        })
    }

    /// True when the clause `start..end` opens its sentence with a subject that ends, before a
    /// word of `subject_ends`, `phrase_ends` or a trigger, in a head noun of `subject_bodies` and
    /// holds no alias: a thing that is no party (场馆及附属体育设施应当提供免费…的普遍服务, 下列用海
    /// 免缴海域使用金). In Chinese statutes the subject of a sentence is what it speaks of: a public
    /// facility serves its users, the public; a use of a public resource is relieved for whoever
    /// makes it. Neither names enterprises, so the grant goes to that thing, a group of its own.
    fn subject_body(&self) -> bool {
        let &ClauseView {
            chars,
            masked,
            start,
            end,
            in_alias,
            v,
        } = self;
        let r = &v.recipients;
        let Some(from) = (start..end).find(|&i| !chars[i].is_whitespace()) else {
            return false;
        };
        if masked[from] {
            return false;
        }
        let clause = &chars[..end];
        let Some(to) = (from + 1..end).find(|&j| {
            starts_with_any(clause, j, &r.subject_ends)
                || starts_with_any(clause, j, &r.phrase_ends)
                || v.triggers.longest_at(clause, j).is_some()
        }) else {
            return false;
        };
        !in_alias[from - start..to - start].iter().any(|&a| a)
            && ends_with_any(chars, to, &r.subject_bodies)
    }
}

/// True when the trigger ending at `at` names a policy (奖补政策) that its clause puts into
/// force (完善和实施知识产权创造奖补政策): the policy is granted, not spoken of.
/// True when a word of `[blockers].before` stands between `start` and `at` (制定…, 不得…):
/// the grant is drafted, forbidden or prevented. One opening a phrase of `enacted` (制定并组织
/// 实施) drafts and carries out at once, and one opening a word of `facilitating` (便利化) names
/// how the service granted is given: neither blocks anything.
fn drafted_before(chars: &[char], start: usize, at: usize, v: &Vocabulary) -> bool {
    let b = &v.blockers;
    (start..at).any(|i| {
        starts_with_any(&chars[..at], i, &b.before)
            && !starts_with_any(chars, i, &b.enacted)
            && !starts_with_any(chars, i, &b.facilitating)
    })
}

/// True when the trigger at `pos` (of `len` characters) lies inside a relief named only by its
/// genus (税收减免, 减税、免税) and its sentence points to the rules of other texts (按照国家有关
/// 规定享受税收减免等优惠, 执行国家有关减免税的规定): reliefs granted elsewhere apply, none is
/// granted here. A genus given by a granting verb (按照…有关规定给予减税、免税) is granted.
fn points_to_rules(
    chars: &[char],
    (sentence_start, start): (usize, usize),
    pos: usize,
    len: usize,
    end: usize,
    v: &Vocabulary,
) -> bool {
    let b = &v.blockers;
    // a genus phrase holding the trigger opens at most a few characters before it
    let from = pos.saturating_sub(8).max(start);
    let in_genus = (from..=pos).any(|i| {
        let n = b.genus.longest_at(chars, i);
        n > 0 && i + n >= pos + len && i + n <= end && !ends_with_any(chars, i, &b.granting)
    });
    // the pointer may open the sentence (按国家和省有关规定,在科技贷款、减免税收等方面申请优惠)
    in_genus && contains_any(chars, sentence_start, end, &b.pointers)
}

fn puts_in_force(chars: &[char], start: usize, at: usize, end: usize, v: &Vocabulary) -> bool {
    starts_with_any(
        &chars[..end],
        next_word(chars, at, end),
        &v.blockers.policies,
    ) && (start..at).any(|i| {
        starts_with_any(&chars[..at], i, &v.blockers.in_force)
            && !ends_with_any(chars, i, &v.blockers.in_force_not_after)
    })
}

/// True when the word of `words` at `at` is an item of an enumeration (「、」 before or after
/// it) whose neighbouring item is not of `words` (进口、出口 both are).
fn enumerated(chars: &[char], at: usize, end: usize, words: &Words) -> bool {
    let len = words.longest_at(chars, at);
    let after = chars.get(at + len).filter(|_| at + len < end).copied();
    let before_item = at > 0 && chars[at - 1] == '、';
    let next_item = after == Some('、');
    if !(before_item || next_item) {
        return false;
    }
    // the neighbouring item: after 「、」 that follows, else the one before 「、」 that precedes
    let neighbour = if next_item {
        Some(at + len + 1)
    } else if before_item {
        (0..at - 1)
            .rev()
            .find(|&i| matches!(chars[i], '、' | ',' | ':' | '(' | '“'))
            .map(|i| i + 1)
            .or(Some(0))
    } else {
        None
    };
    neighbour.is_none_or(|n| !starts_with_any(&chars[..end], n, words))
}

/// True when the word at `pos..at` is an item of an enumeration (「、」 before or after it)
/// closed in its clause by 「等」 and one of `fields` (等领域, 等方面): a field among others
/// (its caller asks that 在 opens it: 将小微、涉农等领域更多市场主体 names firms of those fields).
fn field_item(chars: &[char], pos: usize, at: usize, end: usize, fields: &Words) -> bool {
    let item = (pos > 0 && chars[pos - 1] == '、') || chars.get(at) == Some(&'、');
    item && (at..end).any(|i| chars[i] == '等' && starts_with_any(&chars[..end], i + 1, fields))
}

/// Characters of `chars[start..end]` inside book-title marks (《…》): the name of a law,
/// plan or notice, whose words (提速, 减免) are its title, not a grant.
fn book_title_mask(chars: &[char], start: usize, end: usize) -> Vec<bool> {
    if !chars[start..end].contains(&'《') {
        return vec![false; end - start];
    }
    let mut depth = 0usize;
    (start..end)
        .map(|i| {
            match chars[i] {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth > 0
        })
        .collect()
}

/// Where the object of a trigger ending at `at` ends: the next item of an enumeration
/// (无偿、高效的…服务: what follows 、 is another item) or the end of the clause.
/// True when nothing but spaces stands between `at` and the clause's end `end`.
fn ends_clause(chars: &[char], at: usize, end: usize) -> bool {
    at <= end && chars[at..end].iter().all(|c| c.is_whitespace())
}

fn object_end(chars: &[char], at: usize, end: usize) -> usize {
    (at..end).find(|&i| chars[i] == '、').unwrap_or(end)
}

/// `at`, or one past it when a closing quote stands there (“一网通办”改革).
fn past_quote(chars: &[char], at: usize) -> usize {
    match chars.get(at) {
        Some('”' | '"' | '」' | '』' | '》' | '\'') => at + 1,
        _ => at,
    }
}

/// Where what a trigger ending at `at` is said of begins: past a closing quote and past an
/// aside in parentheses (融资(信用)担保机构: the aside qualifies, 担保机构 follows).
fn next_word(chars: &[char], at: usize, end: usize) -> usize {
    let at = past_quote(chars, at);
    if chars.get(at) == Some(&'(') {
        if let Some(close) = (at..end).find(|&i| chars[i] == ')') {
            return close + 1;
        }
    }
    at
}

/// True when one of `words` follows the trigger ending at `at`, or follows the enumeration
/// the trigger is an item of: the items of 「A、B、C等X」 are all said of X (信贷、股权投资、
/// 科技增信等政策: policies; 融资规划、贷款申请等方面: topics), as the item right before
/// 「等X」 is, except when X is one of `means`: 「通过补助、贷款贴息等方式支持…」 lists the
/// means by which the grant is given, each item grants.
fn followed_by(chars: &[char], at: usize, end: usize, words: &Words, means: &Words) -> bool {
    starts_with_any(chars, next_word(chars, at, end), words)
        || listed_before(chars, at, end, words, means)
}

/// True when the word ending at `at` is an item of an enumeration closed by 「等」 and one of
/// `words` that is not one of `means` (费用减免、用地保障等方面: topics).
fn listed_before(chars: &[char], at: usize, end: usize, words: &Words, means: &Words) -> bool {
    let at = next_word(chars, at, end);
    let listed = matches!(chars.get(at), Some('、' | '等'));
    listed
        && (at..end).find(|&i| chars[i] == '等').is_some_and(|i| {
            starts_with_any(&chars[..end], i + 1, words)
                && !starts_with_any(&chars[..end], i + 1, means)
        })
}

/// True when the trigger at `pos..at` is an item of a frame of fields of work: an opener of
/// `topic_openers` (在) before it in its clause (from `start`), and a closer of
/// `topic_closers` (等方面) after it in a later clause of its sentence, with no other opener
/// between the trigger and the closer (有关部门在安排经济建设项目和专项资金、贷款,开展对口支援和
/// 经济技术协作等方面,应当…优先给予照顾和扶持: 贷款 names a field of the body's work where a
/// preference applies). Only a frame running past a clause break is read so: its items are
/// acts of their own (安排…, 开展…), the body's fields of work; a frame within one clause may
/// list the terms a grant is given on (在授信额度、利率水平、续贷条件等方面提供更多优惠: credit on
/// better terms), which grants.
fn in_topic_frame(chars: &[char], start: usize, pos: usize, at: usize, v: &Vocabulary) -> bool {
    let b = &v.blockers;
    let opened = (start..pos).any(|i| starts_with_any(&chars[..pos], i, &b.topic_openers));
    if !opened {
        return false;
    }
    let mut past_break = false;
    for i in at..chars.len() {
        if is_sentence_end(chars[i]) || starts_with_any(chars, i, &b.topic_openers) {
            return false;
        }
        past_break |= is_clause_end(chars[i]);
        if starts_with_any(chars, i, &b.topic_closers) {
            return past_break;
        }
    }
    false
}

/// True when the trigger ending at `at` stands in an item of an enumeration closed by 「等」
/// and one of `contents` (容缺受理、办理环节和时限、收费标准等内容): the item runs on to the next
/// 「、」 or 「等」 within its clause, and the enumeration lists what a document states.
fn item_of_contents(chars: &[char], at: usize, end: usize, contents: &Words) -> bool {
    let item_end =
        (at..end).find(|&i| matches!(chars[i], '、' | '等' | ',' | '，' | ';' | '；' | ':' | '：'));
    match item_end {
        Some(i) if matches!(chars[i], '、' | '等') => (i..end)
            .find(|&j| chars[j] == '等')
            .is_some_and(|j| starts_with_any(&chars[..end], j + 1, contents)),
        _ => false,
    }
}

/// True when the trigger at `pos..at` is a channel of handling followed by a percentage
/// (线上缴税100%, 网办90%以上): the share of matters handled that way.
fn states_share(chars: &[char], pos: usize, at: usize, end: usize, v: &Vocabulary) -> bool {
    if !starts_with_any(chars, pos, &v.blockers.shares) {
        return false;
    }
    let at = next_word(chars, at, end);
    let digits = (at..end)
        .take_while(|&i| chars[i].is_ascii_digit() || chars[i] == '.')
        .count();
    digits > 0 && matches!(chars.get(at + digits), Some('%' | '％'))
}

/// True when the trigger ending at `at` is followed by another trigger of the same type
/// (融资(信用)担保机构, 贷款贴息): it qualifies that word, which grants or not by what follows
/// it (担保机构 names a body).
fn modifies_same_type(chars: &[char], at: usize, end: usize, t: usize, v: &Vocabulary) -> bool {
    let at = next_word(chars, at, end);
    at < end
        && v.triggers
            .longest_at(&chars[..end], at)
            .is_some_and(|(_, &next)| next == t)
}

/// True when the clause goes on past a 的 after the noun at `noun` (免于检验的车辆不进行…): the
/// verb and its noun modify what follows 的, a relative clause, not the clause's own predicate.
/// A 的 ending the clause (…免于检验的,) closes a condition and is left to the other rules.
fn describes(chars: &[char], noun: usize, end: usize) -> bool {
    (noun..end).any(|i| chars[i] == '的' && i + 1 < end)
}

/// Where the first of a compound's nouns stands in `chars[from..to]`, outside attribution,
/// skipping a noun inside one
/// of its `things` (缩短产品研发周期, 不得要求…使用指定的建筑材料: a firm's own cycle or goods).
fn first_noun(
    chars: &[char],
    (from, to): (usize, usize),
    c: &Compound,
    masked: &[bool],
) -> Option<usize> {
    (from..to).find(|&i| {
        !masked[i] && starts_with_any(&chars[..to], i, &c.nouns) && !within_any(chars, i, &c.things)
    })
}

/// When the word ending at `pos` (not before `start`) narrows a general head after it to a
/// sector (房地产开发企业, 矿山企业, 园区企业): `Some(true)` when a verb of founding opens the
/// sector's name (设立房地产开发企业), `Some(false)` otherwise. A verb whose object the head is
/// (支持企业), a determiner (各企业, 本市企业) or a particle (…的企业) gives `None`.
fn sector_before(chars: &[char], start: usize, pos: usize, s: &SectorNames) -> Option<bool> {
    if pos <= start || ends_with_any(chars, pos, &s.general_words) {
        return None;
    }
    let from = pos.saturating_sub(8).max(start);
    let window: String = chars[from..pos].iter().collect();
    let tags = JIEBA_DICT.tag(&window, false);
    let last = tags.last()?;
    let narrows =
        s.noun_tags.iter().any(|t| t == last.tag) || ends_with_any(chars, pos, &s.activities);
    if !narrows || !last.word.chars().all(is_cjk) {
        return None;
    }
    // the words of the name before the last, back to a founding verb or a break
    let founded = tags[..tags.len() - 1]
        .iter()
        .rev()
        .take_while(|t| t.word.chars().all(is_cjk) && t.word != "的")
        .any(|t| s.founding.iter().any(|f| f == t.word));
    Some(founded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::benefits::vocabulary::VOCABULARY;

    /// `body_recipient` as it was written before: the aliases between the opener and each
    /// place looked for again at every place.
    fn body_recipient_as_before(
        chars: &[char],
        masked: &[bool],
        start: usize,
        end: usize,
        in_alias: &[bool],
        v: &Vocabulary,
    ) -> bool {
        let r = &v.recipients;
        (start..end).any(|i| {
            let open = r.openers.longest_at(&chars[..end], i);
            if open == 0 || masked[i] || within_any(chars, i, &r.not_openers) {
                return false;
            }
            let from = i + open;
            (from + 1..=end)
                .filter(|&j| {
                    j == end
                        || starts_with_any(&chars[..end], j, &r.phrase_ends)
                        || v.triggers.longest_at(&chars[..end], j).is_some()
                })
                .take_while(|&j| !in_alias[from - start..j - start].iter().any(|&a| a))
                .any(|j| ends_with_any(chars, j, &r.bodies))
        })
    }

    /// `attribution_mask` as it was written before: a string built and parsed for every line
    /// and every parenthesis.
    fn attribution_mask_as_before(chars: &[char]) -> Vec<bool> {
        let mut masked = vec![false; chars.len()];
        let mut start = 0;
        for i in 0..=chars.len() {
            if i == chars.len() || chars[i] == '\n' {
                let line: String = chars[start..i].iter().collect();
                if attribution::is_attribution_line(line.trim()) {
                    masked[start..i].iter_mut().for_each(|m| *m = true);
                }
                start = i + 1;
            }
        }
        let mut stack = Vec::new();
        for i in 0..chars.len() {
            match chars[i] {
                '(' => stack.push(i),
                ')' => {
                    if let Some(open) = stack.pop() {
                        let inner: String = chars[open + 1..i].iter().collect();
                        if attribution::is_attribution_line(&inner)
                            || attribution::inline(&format!("({inner})")).is_some()
                            || ATTRIBUTION_ENDINGS.iter().any(|e| inner.ends_with(e))
                        {
                            masked[open..=i].iter_mut().for_each(|m| *m = true);
                        }
                    }
                }
                _ => {}
            }
        }
        masked
    }

    #[test]
    fn the_attribution_mask_is_found_as_before() {
        // lines and parentheses with and without a label, a verb of units or an ending, and
        // every text of the development corpus
        let mut texts: Vec<String> = [
            "降低成本。(牵头单位:市行政审批服务局;完成时限:2020年9月底)",
            "推广试点。(税务总局、财政部、海关总署负责)\n市税务局牵头,有关部门配合\n",
            "加强指导。(省科技厅指导)(省财政厅参与)(甲乙)(,;)( )()\n,;\n \n",
            "【责任单位】市财政局\n责任单位:区税务局\n对小微企业给予补贴(按规定执行)。",
            "技工院校(技工院校内由人力资源社会保障行政部门负责)给予补助(最高50万元)",
            "((市大数据中心)牵头)减免费用(其中(含)小微企业)\n各有关单位:\n",
        ]
        .map(str::to_owned)
        .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
        let mut masked = 0;
        for text in &texts {
            let chars: Vec<char> = text.chars().collect();
            let now = attribution_mask(&chars);
            assert_eq!(now, attribution_mask_as_before(&chars), "{text}");
            masked += now.iter().filter(|&&m| m).count();
        }
        assert!(masked > 100, "{masked}");
    }

    #[test]
    fn a_body_recipient_is_found_as_before() {
        // every clause of the development corpus and of a few grants to bodies, with its own
        // aliases marked and with one alias placed at each of its characters in turn
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = [
            "对新入选的国家级工业互联网平台给予一次性奖励",
            "支持示范区内的科技成果转化项目,给予补助",
            "对符合条件的小微企业创业平台给予奖补",
        ]
        .map(str::to_owned)
        .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
        let (mut clauses, mut found) = (0, 0);
        for text in &texts {
            let chars: Vec<char> = text.chars().collect();
            let masked = vec![false; chars.len()];
            let mut start = 0;
            for end in 0..=chars.len() {
                if end < chars.len() && !is_sentence_end(chars[end]) && !is_clause_end(chars[end]) {
                    continue;
                }
                if end > start && end - start <= 120 {
                    let mut own = vec![false; end - start];
                    for (pos, len, _) in v.aliases.scan(&chars, start, end) {
                        own[pos - start..pos - start + len].fill(true);
                    }
                    let mut cases = vec![own, vec![false; end - start]];
                    for k in 0..end - start {
                        let mut one = vec![false; end - start];
                        one[k] = true;
                        cases.push(one);
                    }
                    for in_alias in &cases {
                        let before =
                            body_recipient_as_before(&chars, &masked, start, end, in_alias, v);
                        let now = ClauseView {
                            chars: &chars,
                            masked: &masked,
                            start,
                            end,
                            in_alias,
                            v,
                        }
                        .body_recipient();
                        assert_eq!(now, before, "{:?}", &chars[start..end]);
                        found += usize::from(now);
                    }
                    clauses += 1;
                }
                start = end + 1;
            }
        }
        assert!(clauses > 1000 && found > 3, "{clauses} {found}");
    }

    #[test]
    fn the_clause_spans_are_the_clauses_of_the_sentences() {
        // what the gate of the reader cuts, against what the reader reads: every text of the
        // development corpus, and breaks at the ends and doubled
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = [",对企业给予补贴。", "。;\n,,:a,b。c", "", "给予补贴"]
            .map(str::to_owned)
            .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
        let mut clauses = 0;
        for text in &texts {
            let chars: Vec<char> = text.chars().collect();
            let masked = vec![false; chars.len()];
            let read: Vec<(usize, usize)> = sentences(&chars, &masked, v)
                .iter()
                .flat_map(|s| s.clauses.iter().map(|c| (c.start, c.end)))
                .collect();
            assert_eq!(clause_spans(&chars).collect::<Vec<_>>(), read, "{text}");
            clauses += read.len();
        }
        assert!(clauses > 1000, "{clauses}");
    }
}
