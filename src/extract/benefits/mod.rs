//! Benefit facts of one measure (惠企信息): who it benefits, what it grants, how much.
//! Pure: a measure's text and the vocabulary of `data/` in, [`Benefits`] out.
//!
//! How Chinese policy sentences grant a benefit, and so how this reads them:
//! - a sentence (。;!? or a line) is made of clauses (, :); a clause that grants names the
//!   benefit with a trigger word (给予…补贴, 免费提供, 压缩至3个工作日, 实行容缺受理) and may
//!   name who gets it (对小微企业…, 为新开办企业…); the grant can be forbidden or supervised
//!   instead (不得收费, 查处违规收费), and then it grants nothing;
//! - the size of a benefit is a figure in the granting clause (最高50万元, 按1%, 5个工作日),
//!   or, behind a qualifier (最高, 不超过), anywhere in the granting sentence; a figure before
//!   「及以下的」/「的企业」 says who qualifies, a figure after 达到/突破 is a target;
//! - a figure belongs to the group named nearest before it in its clause («对A给予X,对B给予Y»),
//!   else to the one group its sentence names; a sentence naming none binds it to no one;
//! - attribution (牵头单位…, (…负责)) names government bodies, never beneficiaries.

#[cfg(test)]
mod applicant_tests;
#[cfg(test)]
mod authority_tests;
#[cfg(test)]
mod bracket_tests;
#[cfg(test)]
mod charge_tests;
#[cfg(test)]
mod clause_party_tests;
mod clauses;
#[cfg(test)]
mod contents_tests;
#[cfg(test)]
mod context_tests;
#[cfg(test)]
mod deadline_duty_tests;
#[cfg(test)]
mod deadline_tests;
#[cfg(test)]
mod dev3_tests;
#[cfg(test)]
mod directory_tests;
#[cfg(test)]
mod doers_tests;
#[cfg(test)]
mod duty_tests;
#[cfg(test)]
mod favour_tests;
#[cfg(test)]
mod field_tests;
pub mod figures;
#[cfg(test)]
mod finance_tests;
#[cfg(test)]
mod founder_tests;
#[cfg(test)]
mod frame_tests;
#[cfg(test)]
mod funded_tests;
#[cfg(test)]
mod gate_tests;
#[cfg(test)]
mod general_tests;
#[cfg(test)]
mod giver_tests;
mod grantees;
#[cfg(test)]
mod help_tests;
#[cfg(test)]
mod hire_tests;
#[cfg(test)]
mod lead_tests;
#[cfg(test)]
mod lender_tests;
#[cfg(test)]
mod lookalike_tests;
#[cfg(test)]
mod matter_tests;
#[cfg(test)]
mod means_tests;
#[cfg(test)]
mod misread_tests;
#[cfg(test)]
mod obligation_tests;
#[cfg(test)]
mod online_tests;
#[cfg(test)]
mod option_tests;
#[cfg(test)]
mod owner_tests;
#[cfg(test)]
mod party_tests;
#[cfg(test)]
mod pay_tests;
#[cfg(test)]
mod penalty_tests;
#[cfg(test)]
mod pointer_tests;
#[cfg(test)]
mod procedure_tests;
#[cfg(test)]
mod provision_tests;
#[cfg(test)]
mod qualify_tests;
#[cfg(test)]
mod quarantine_tests;
#[cfg(test)]
mod rate_tests;
#[cfg(test)]
mod recall_tests;
#[cfg(test)]
mod recipient_tests;
#[cfg(test)]
mod report_tests;
#[cfg(test)]
mod request_tests;
pub mod score;
#[cfg(test)]
mod sector_tests;
#[cfg(test)]
mod selected_tests;
#[cfg(test)]
mod statute_tests;
#[cfg(test)]
mod subject_tests;
#[cfg(test)]
mod talent_tests;
#[cfg(test)]
mod things_tests;
#[cfg(test)]
mod tier_tests;
#[cfg(test)]
mod visit_tests;
pub mod vocabulary;
#[cfg(test)]
mod work_tests;

use std::collections::BTreeSet;

use crate::measure::{Amount, Grant};
use crate::question::rules::RULES;
use clauses::{attribution_mask, exception_mask, sentences, Clause, Sentence};
use figures::Figure;
use grantees::{groups_of, only_citizens, place_is_subject, speaks_of_enterprises};
use vocabulary::{
    contains_any, ends_with_any, starts_with, starts_with_any, Figures, Held, SpanChars, UnitKind,
    Vocabulary, VOCABULARY,
};

/// The benefit facts of one measure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Benefits {
    /// Canonical beneficiary labels, in vocabulary order.
    pub beneficiaries: Vec<String>,
    /// Canonical benefit types, in vocabulary order.
    pub benefit_types: Vec<String>,
    /// Figures stating the size of a benefit, in reading order.
    pub amounts: Vec<Amount>,
    /// Each benefit type with the first sentence that grants it.
    pub grants: Vec<Grant>,
}

/// The benefit facts of a measure (its title, when it has one, and its text), with the
/// vocabulary of `data/`.
pub fn extract(title: Option<&str>, text: &str) -> Benefits {
    extract_with(title, text, &VOCABULARY)
}

/// True when a measure's number cites an article of a law or a regulation (第十二条).
fn is_article(number: &str) -> bool {
    number.starts_with('第') && number.ends_with('条')
}

/// Sets the benefit fields of a measure from its title and text (the extraction pipeline's hook).
/// An article of a law or a regulation (第十二条) has no heading: the lead sentence its title is
/// cut from (经营者应当自受理申请之日起二十日内作出决定) is its first provision, and grants as
/// any other sentence does. The document's title is the measure's context: a law or a plan
/// about one group (广东省外商投资权益保护条例) grants to that group where a measure names
/// enterprises in general or no one. Section headings are not: in a plan they name the domain
/// of an indicator (企业开办, 办理建筑许可) whose measures serve every enterprise.
pub fn fill(measure: &mut crate::Measure) {
    let title = measure
        .title
        .as_deref()
        .filter(|_| !is_article(&measure.number));
    let b = extract_in(
        &[measure.doc_title.as_str()],
        title,
        &measure.text,
        &VOCABULARY,
    );
    measure.beneficiaries = b.beneficiaries;
    measure.benefit_types = b.benefit_types;
    measure.amounts = b.amounts;
    measure.grants = b.grants;
}

/// Asserts that `text` grants nothing: no benefit type and no beneficiary (the tests of texts
/// that look like a grant and are not one).
#[cfg(test)]
fn assert_grants_nothing(text: &str) {
    let b = extract(None, text);
    assert!(
        b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
        "{text}: {b:?}"
    );
}

/// The benefit facts of `text` (whose first sentence may be `title`) with vocabulary `v`.
pub fn extract_with(title: Option<&str>, text: &str, v: &Vocabulary) -> Benefits {
    extract_in(&[], title, text, v)
}

/// The labelled groups a heading or a document's title names as the subject of its text
/// (北京市促进中小企业发展条例, 广东省外商投资权益保护条例, 三、支持小微企业发展): a group
/// followed by a word of `not_before` names a body or a fund (中小企业服务中心), unless that word
/// is one of `document_subject` (发展, 促进条例: the law or the plan is about the group).
fn subject_groups(heading: &str, v: &Vocabulary) -> Vec<usize> {
    let chars: Vec<char> = heading.chars().collect();
    let mut out = Vec::new();
    for (pos, len, labels) in v.aliases.scan(&chars, 0, chars.len()) {
        if starts_with_any(&chars, pos + len, &v.not_before)
            && !starts_with_any(&chars, pos + len, &v.document_subject)
        {
            continue;
        }
        for &l in labels {
            if !v.labels[l].general
                && !out.contains(&l)
                && !ends_with_any(&chars, pos, &v.labels[l].not_after)
            {
                out.push(l);
            }
        }
    }
    out
}

/// True when a grant of type `ty` in sentence `s` handles no one's matter: the type asks its
/// sentence for one of `needs_in_sentence` (a time limit: 申请, 受理, 办理, 服务…), the sentence
/// holds none and names no party, and the measure answers no application (`answers`): the time
/// is the deadline of a duty — the government's own work, a party's obligation — or a rule of
/// work, no benefit.
fn handles_no_matter(
    chars: &[char],
    s: &Sentence,
    ty: &vocabulary::BenefitType,
    answers: bool,
) -> bool {
    !ty.needs_in_sentence.is_empty()
        && !answers
        && s.clauses.iter().all(|c| c.mentions.is_empty())
        && !contains_any(chars, s.start, s.end, &ty.needs_in_sentence)
}

/// For each sentence, what the lead of the list it is an item of says: the lines opening with
/// an enumerator (（一）…) after a line ending with a colon for which `lead` gives a value.
fn list_items<T: Clone>(
    chars: &[char],
    sentences: &[Sentence],
    lead: impl Fn(&[char]) -> Option<T>,
) -> Vec<Option<T>> {
    let mut out = vec![None; sentences.len()];
    let mut open: Option<T> = None;
    for (si, s) in sentences.iter().enumerate() {
        let text = &chars[s.start..s.end];
        if open.is_some() {
            let trimmed = &text[text.iter().take_while(|c| c.is_whitespace()).count()..];
            if opens_with_enumerator(trimmed) {
                out[si].clone_from(&open);
                continue;
            }
        }
        let last = text.iter().rev().find(|c| !c.is_whitespace());
        open = if matches!(last, Some(':' | '：')) {
            lead(text)
        } else {
            None
        };
    }
    out
}

/// For each sentence, whether it is an item of a list of what a public fund pays for: a lead
/// line that names a fund and its use (失业保险基金用于失业人员的下列支出:). A budget rule, no
/// grant.
fn fund_list_items(chars: &[char], sentences: &[Sentence], v: &Vocabulary) -> Vec<bool> {
    let b = &v.blockers;
    list_items(chars, sentences, |text| {
        (0..text.len())
            .any(|i| {
                starts_with_any(text, i, &b.funds)
                    && contains_any(text, i, text.len(), &b.fund_uses)
            })
            .then_some(())
    })
    .into_iter()
    .map(|item| item.is_some())
    .collect()
}

/// For each sentence, whether it is an item of a list of what a document or a matter contains:
/// a lead line that states it (特许经营协议应当包括下列内容:, 劳动报酬协商内容主要包括:). Each
/// item names a heading written down or agreed on (（七）特许经营权使用费及其减免), no grant.
fn contents_list_items(chars: &[char], sentences: &[Sentence], v: &Vocabulary) -> Vec<bool> {
    let b = &v.blockers;
    list_items(chars, sentences, |text| {
        let colon = text.iter().rposition(|c| matches!(c, ':' | '：'))?;
        // the verb may stand before the list's owner (办事指南应当明确各政务服务事项的下列内容:):
        // a stating word anywhere in the clause that ends in the listed word
        let listed = (0..colon).any(|i| {
            let clause = text[..i]
                .iter()
                .rposition(|c| matches!(c, ',' | '，' | ';' | '；' | '。'))
                .map_or(0, |p| p + 1);
            starts_with_any(text, i, &b.listed) && contains_any(text, clause, i, &b.stating)
        });
        let headed =
            ends_with_any(text, colon, &b.stating) && contains_any(text, 0, colon, &b.contents);
        (listed || headed).then_some(())
    })
    .into_iter()
    .map(|item| item.is_some())
    .collect()
}

/// For each sentence, whether it is an item of a list of banned acts: a lead line whose last
/// clause (the one ending with the colon) holds a ban before the list word (不得有下列行为:,
/// 禁止利用职权增加企业负担的下列行为:) or right before the colon (经营者不得:). Each item
/// describes misconduct forbidden (（二）无偿借用企业人员和占用企业财物), no grant.
fn banned_list_items(chars: &[char], sentences: &[Sentence], v: &Vocabulary) -> Vec<bool> {
    let b = &v.blockers;
    list_items(chars, sentences, |text| {
        let colon = text.iter().rposition(|c| matches!(c, ':' | '：'))?;
        let clause = text[..colon]
            .iter()
            .rposition(|c| matches!(c, ',' | '，' | ';' | '；' | '。'))
            .map_or(0, |p| p + 1);
        let banned = (clause..colon).any(|i| {
            starts_with_any(text, i, &b.banning)
                && (contains_any(text, i, colon, &b.banned_lists)
                    || i + b.banning.longest_at(text, i) == colon)
        });
        banned.then_some(())
    })
    .into_iter()
    .map(|item| item.is_some())
    .collect()
}

/// True when the sentence names a charge (`charges`: 收取, 转嫁, 摊派) a banned list forbids:
/// the fee is one its party does not pay.
fn charged_item(chars: &[char], s: &Sentence, v: &Vocabulary) -> bool {
    contains_any(chars, s.start, s.end, &v.blockers.charges)
}

/// For each sentence, whether it is an item of a list of offences: a lead line that sanctions
/// them (有下列行为之一的,由…责令改正,处…罚款:). Each item describes conduct punished
/// (未在二十日内向捐赠人反馈…的), no grant.
fn offence_list_items(chars: &[char], sentences: &[Sentence], v: &Vocabulary) -> Vec<bool> {
    list_items(chars, sentences, |text| {
        contains_any(text, 0, text.len(), &v.blockers.penalties).then_some(())
    })
    .into_iter()
    .map(|item| item.is_some())
    .collect()
}

/// For each sentence, the types a lead line grants it as an item of its list: a lead that names
/// a list and grants what it lists (公共人力资源服务机构提供下列服务,不得收费: each service listed
/// is free; `leads` in `data/benefit_types.toml`).
fn lead_list_items(chars: &[char], sentences: &[Sentence], v: &Vocabulary) -> Vec<Vec<usize>> {
    list_items(chars, sentences, |text| {
        let types: Vec<usize> = v
            .leads
            .iter()
            .filter(|l| {
                contains_any(text, 0, text.len(), &l.verbs)
                    && contains_any(text, 0, text.len(), &l.nouns)
            })
            .map(|l| l.type_index)
            .collect();
        (!types.is_empty()).then_some(types)
    })
    .into_iter()
    .map(Option::unwrap_or_default)
    .collect()
}

/// True when a line opens with an enumerator: （一）, (1), 1., 一、.
fn opens_with_enumerator(line: &[char]) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    match line {
        ['(' | '（', rest @ ..] => {
            let n = rest.iter().take_while(|&&c| numeral(c)).count();
            n > 0 && matches!(rest.get(n), Some(')' | '）'))
        }
        _ => {
            let n = line.iter().take_while(|&&c| numeral(c)).count();
            n > 0 && matches!(line.get(n), Some('、' | '.' | '．'))
        }
    }
}

/// True when a document's title addresses it to enterprises (山东省营商环境创新2022年行动计划,
/// 涉企审批领域流程再造工作实施意见): each of its measures speaks of enterprises.
fn addressed_to_enterprises(title: &str, v: &Vocabulary) -> bool {
    let chars: Vec<char> = title.chars().collect();
    contains_any(&chars, 0, chars.len(), &v.business_documents)
}

/// The benefit facts of `text`, as [`extract_with`], in a measure whose enclosing headings
/// and document title are `context` (innermost first): a grant naming enterprises in general
/// or no group, in a measure whose own title names none, is for the group the innermost of
/// them names, as it is for the group its own title names (a measure of 广东省外商投资权益保护条例
/// that grants 容缺受理 grants it to foreign-invested firms).
pub fn extract_in(context: &[&str], title: Option<&str>, text: &str, v: &Vocabulary) -> Benefits {
    read(context, title, text, v, Gate::On)
}

/// Whether a measure holding no word of a grant ([`may_grant`]) is read at all: always `On`
/// outside the test comparing the two readings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gate {
    On,
    #[cfg(test)]
    Off,
}

/// True unless the measure's characters hold no grant: no word of [`Vocabulary::grant_words`]
/// (a trigger, a compound's verb and noun, a lead's) and, in no clause, a figure whose unit
/// grants by itself (3个工作日: `implies`) nor, where a word of giving stands (给予), a sum.
/// The clauses are cut as [`sentences`] cuts them and their figures found by the same pass,
/// so this is the reader's own answer to whether a figure may grant, not an approximation.
fn may_grant(chars: &[char], v: &Vocabulary) -> bool {
    let giving = match v.grant_words.in_text(chars) {
        Held::Grant => return true,
        Held::Giving => true,
        Held::Nothing => false,
    };
    clauses::clause_spans(chars).any(|(start, end)| {
        figures::figures(chars, start, end, v)
            .iter()
            .any(|f| v.units[f.unit].implies.is_some() || (giving && f.kind(v) == UnitKind::Money))
    })
}

/// [`extract_in`], with the gate of [`may_grant`] on or off.
fn read(context: &[&str], title: Option<&str>, text: &str, v: &Vocabulary, gate: Gate) -> Benefits {
    // a title without a clause break (降低企业开办成本) heads the measure and grants nothing
    // itself; a title that is a whole sentence (…转制为企业后,五年内免征…) is read as one
    let heading_end = title
        .map(str::trim)
        .filter(|t| !t.is_empty() && !t.contains([',', ';', ':']))
        .filter(|t| text.trim_start().starts_with(t))
        .map(|t| text.len() - text.trim_start().len() + t.len())
        .map(|bytes| text[..bytes].chars().count())
        .unwrap_or(0);
    // a directory of providers (a table headed 服务商名称 | 产品名称 | 服务对象 | 咨询电话) lists
    // what firms sell to other firms: the offers are the providers', no grant of a government
    if text
        .lines()
        .map(str::trim)
        .any(|line| v.blockers.directory.iter().any(|w| w.as_str() == line))
    {
        return Benefits::default();
    }
    let mut chars: Vec<char> = text.chars().collect();

    // a title set off by a space (企业登记实现“全省通办” 在全市率先推行…) ends there, as at a line
    if heading_end > 0 && chars.get(heading_end).is_some_and(|c| c.is_whitespace()) {
        chars[heading_end] = '\n';
    }
    // a measure holding no word of a grant grants nothing: none of the passes below can
    // find one (most measures: duties, targets, a body's own work)
    if gate == Gate::On && !may_grant(&chars, v) {
        return Benefits::default();
    }
    // a measure about a service residents and firms both use (不动产登记) serves whoever
    // uses it, not only the group its document is about (项目落地建设流程再造工作实施意见)
    let shared_service = contains_any(&chars, 0, chars.len(), &v.shared);
    let context_groups: Vec<usize> = context
        .iter()
        .map(|h| subject_groups(h, v))
        .find(|g| !g.is_empty())
        .filter(|_| !shared_service)
        .unwrap_or_default();
    let mut masked = attribution_mask(&chars);
    // an exception (除…外) names no party granted to and grants nothing itself
    let excepted = exception_mask(&chars, v);
    for (m, e) in masked.iter_mut().zip(&excepted) {
        *m |= *e;
    }
    let mut sentences = sentences(&chars, &masked, v);
    for s in &mut sentences {
        s.heading = s.end <= heading_end + 1;
    }
    // a measure that is only its title (besides attribution) says everything in it: the
    // title is then its operative sentence (在自贸试验区试点实施进口…备案管理。(负责部门:…))
    let said_after_title = sentences
        .iter()
        .any(|s| !s.heading && (s.start..s.end).any(|i| !masked[i] && !chars[i].is_whitespace()));
    if !said_after_title {
        sentences.iter_mut().for_each(|s| s.heading = false);
    }

    // a grant naming only enterprises in general (为企业提供…) in a measure whose title names a
    // labelled group (提升企业开办便利化水平), or what only that group does (压减办理建筑许可费用),
    // is for that group: the title says whom it serves
    let heading_groups: Vec<usize> = sentences
        .iter()
        .filter(|s| s.heading)
        .flat_map(|s| s.clauses.iter())
        .flat_map(|c| {
            let named = c.groups(v);
            if named.is_empty() && !c.persons && !c.outside {
                c.implied.clone()
            } else {
                named
            }
        })
        .collect();
    let mut heading_specific: Vec<usize> = heading_groups
        .iter()
        .copied()
        .filter(|&l| !v.labels[l].general)
        .collect();
    if heading_specific.is_empty() {
        heading_specific.clone_from(&context_groups);
    }
    // the labelled groups the measure names anywhere (设立房地产开发企业,应当…申请登记, 通知建设
    // 单位施工): the applicants of a time limit counted from an application that its own
    // clause leaves unnamed
    let named_in_measure: Vec<usize> = sentences
        .iter()
        .flat_map(|s| s.clauses.iter())
        .flat_map(|c| c.mentions.iter())
        .flat_map(|(_, labels, _)| labels.iter().copied())
        .filter(|&l| !v.labels[l].general)
        .fold(Vec::new(), |mut acc, l| {
            if !acc.contains(&l) {
                acc.push(l);
            }
            acc
        });
    // a measure that answers an application (自接到…申请之日起七日内…) sets in its sentences the
    // times of that procedure's steps (…应当在三十日内完成考古调查): each is the applicant's
    let answers = contains_any(&chars, 0, chars.len(), &v.recipients.answers_request);
    let fund_items = fund_list_items(&chars, &sentences, v);
    let offence_items = offence_list_items(&chars, &sentences, v);
    let banned_items = banned_list_items(&chars, &sentences, v);
    let contents_items = contents_list_items(&chars, &sentences, v);
    let lead_items = lead_list_items(&chars, &sentences, v);
    // the labels named before each sentence, read only by a clause pointing back past its
    // sentence (本条所述企业): computed only when one does
    let defined_before = if sentences
        .iter()
        .any(|s| s.clauses.iter().any(|c| c.refers_back))
    {
        labels_before(&sentences, v)
    } else {
        Vec::new()
    };
    let mut type_set: BTreeSet<usize> = BTreeSet::new();
    let mut label_set: BTreeSet<usize> = BTreeSet::new();
    let mut ungrouped = false;
    // the sentences whose grants name no group
    let mut ungrouped_in: Vec<usize> = Vec::new();
    let mut amounts = Vec::new();
    let mut grants: Vec<(usize, Vec<usize>, usize)> = Vec::new(); // (type, groups, sentence)
    let b = &v.blockers;
    let unmasked_any = |from: usize, to: usize, words: &vocabulary::Words| {
        (from..to.min(chars.len())).any(|i| !masked[i] && starts_with_any(&chars, i, words))
    };
    for (si, s) in sentences.iter_mut().enumerate() {
        if s.heading {
            continue;
        }
        // a sentence reporting work done (截至目前,累计为…企业提供…服务; 今年以来,…) tells what
        // was given: a past deed, no grant now
        // …; 已发放稳岗补贴1200万元: a grant told as done, unless its clause makes it a
        // condition (对已发放的贷款给予贴息)
        let done = |i: usize| {
            s.clauses
                .iter()
                .find(|c| c.start <= i && i < c.end)
                .is_some_and(|c| {
                    !contains_any(&chars, c.start, i, &b.conditional)
                        && !contains_any(&chars, i, c.end, &b.qualifying)
                })
        };
        // the sentence's characters: a list none of whose words can start in it is not looked
        // for at each of its places
        let held = SpanChars::of(&chars[s.start..s.end]);
        let report = (held.may_start(&b.reports) && unmasked_any(s.start, s.end, &b.reports))
            || (held.may_start(&b.done)
                && (s.start..s.end)
                    .any(|i| !masked[i] && starts_with_any(&chars, i, &b.done) && done(i)));
        // an authority's own work (联席会议, 督查) in one clause of a sentence that names no
        // party served: its sibling clauses carry on that work, none grants; so do the clauses
        // before a list it compiles (…实行告知承诺制试点的证明事项,编制《…清单》): they name
        // what the list will hold
        // the verb before the list it makes or revises (编制…清单, 调整证明事项清单): a list
        // named first (建立…清单管理制度以及动态调整机制) is the system, no list revised
        let compiles = |c: &Clause| {
            (c.start..c.end.min(chars.len())).any(|i| {
                !masked[i]
                    && starts_with_any(&chars[..c.end], i, &b.compiling)
                    && unmasked_any(i + 1, c.end, &b.compiled)
            })
        };
        let own_work = s.clauses.iter().enumerate().any(|(ci, c)| {
            (held.may_start(&b.own_work) && unmasked_any(c.start, c.end, &b.own_work))
                || (held.may_start(&b.compiling)
                    && compiles(c)
                    && s.clauses[..ci].iter().any(|c| !c.grants.is_empty()))
        });
        let names_party = s.clauses.iter().any(|c| {
            !c.mentions.is_empty()
                || c.persons
                || c.outside
                || c.body
                || c.persons_recipient
                || !c.parts.is_empty()
        });
        // the sentence's blockers below (recipient, sentence, withdrawn, penalties), found
        // in one pass over it rather than one pass each
        let blocking = if held.may_start_any(&v.sentence_blockers) {
            v.sentence_blockers.lists_in(&chars, s.start, s.end)
        } else {
            0
        };
        let recipient_is_government = {
            let sc = &chars[s.start..s.end];
            blocking & (vocabulary::SENTENCE_RECIPIENT | vocabulary::SENTENCE_SENTENCE) != 0
                || place_is_subject(sc)
                || asks_a_body(sc, v)
        };
        // a grant taken back or ended (收回补贴, 终止享受) grants nothing, nor does what an
        // employer must give its own workers (企业应当…为每位职工免费发放…)
        let no_grant = blocking & vocabulary::SENTENCE_WITHDRAWN != 0
            || (held.may_start(&b.employers) && employer_duty(&chars, s, v));
        // a penalty clause (…责令改正,处五千元以上五万元以下罚款) sanctions an offence: its
        // figures are fines and terms, its words the offence, and it grants nothing
        let penalty = blocking & vocabulary::SENTENCE_PENALTIES != 0;
        if recipient_is_government
            || report
            || (own_work && !names_party)
            || no_grant
            || penalty
            || fund_items[si]
            || offence_items[si]
            || (banned_items[si] && !charged_item(&chars, s, v))
            || contents_items[si]
        {
            for c in &mut s.clauses {
                c.grants.clear();
                c.blocked = true;
            }
            continue;
        }
        // an item of a banned list naming a charge (（一）向非公有制企业转嫁各种费用…) is a fee
        // the party is not made to pay, as 不得向…收取 is: its 免费 stands, nothing else
        if banned_items[si] {
            for c in &mut s.clauses {
                c.grants
                    .retain(|&(_, t)| b.charged_types.iter().any(|n| *n == v.types[t].name));
            }
        }
        // a condition (…给予企业减免税、退税…等措施的,) whose consequence only has another party
        // carry out what it names (有关单位必须执行) restates other rules' grants: none here
        if restates_grants(&chars, s, v) {
            let last = s.clauses.len() - 1;
            for c in &mut s.clauses[..last] {
                c.grants.clear();
                c.blocked = true;
            }
        }
        // a time limit in a sentence that handles no one's matter and names no party is the
        // deadline of a duty (`needs_in_sentence`): no benefit, nor its figure an amount
        let unhandled = |ty: &vocabulary::BenefitType| handles_no_matter(&chars, s, ty, answers);
        let unhandled: Vec<bool> = v.types.iter().map(unhandled).collect();
        // a reward for merit (对…做出突出贡献的单位和个人给予奖励) honours a deed done: a type
        // whose `not_in_sentence` words stand in the sentence is granted nowhere in it, unless
        // one of its `unless_in_sentence` words does too (有突出贡献的企业: an incentive)
        // (a figure's grant below, a sum after 予以, as well)
        let merit: Vec<bool> = v
            .types
            .iter()
            .map(|ty| {
                contains_any(&chars, s.start, s.end, &ty.not_in_sentence)
                    && !contains_any(&chars, s.start, s.end, &ty.unless_in_sentence)
            })
            .collect();
        {
            let (from, to) = (s.start, s.end);
            for c in &mut s.clauses {
                let clause_start = c.start;
                c.grants.retain(|&(pos, t)| {
                    let ty = &v.types[t];
                    // a pledge stands in for something only in a matter handled (在办理…事项
                    // 时,作出书面承诺): one made to the public or filed in a credit record is
                    // the inspectors' tool
                    let pledge = starts_with_any(&chars, pos, &ty.needs_matter);
                    let bare_pledge = pledge && !contains_any(&chars, from, to, &ty.matters);
                    // a pledge a body demands of the applicant (可以要求…提交…书面承诺) is a
                    // paper he must hand in, no exemption
                    let demanded = pledge && contains_any(&chars, clause_start, pos, &ty.demands);
                    !merit[t] && !bare_pledge && !demanded && !unhandled[t]
                });
            }
        }
        // an item of a list whose lead line grants (提供下列服务,不得收费:) is granted what the
        // lead grants, to whom the item names (对就业困难人员实施就业援助)
        if !lead_items[si].is_empty() {
            let ci = s
                .clauses
                .iter()
                .position(|c| !c.mentions.is_empty() && !c.blocked)
                .or_else(|| s.clauses.iter().position(|c| !c.blocked));
            if let Some(ci) = ci {
                let at = s.clauses[ci].start;
                for &t in &lead_items[si] {
                    if !s.clauses[ci].grants.iter().any(|&(_, g)| g == t) {
                        s.clauses[ci].grants.push((at, t));
                    }
                }
            }
        }
        // figures first: a processing time or a count after a cut grants by itself
        let mut found = Vec::new();
        for ci in 0..s.clauses.len() {
            for fi in 0..s.clauses[ci].figures.len() {
                let f = s.clauses[ci].figures[fi].clone();
                if let Some(ty) = benefit_of_figure(s, ci, &f, &chars, v, &[])
                    .filter(|&ty| !unhandled[ty] && !merit[ty])
                {
                    if !s.clauses[ci].grants.iter().any(|&(_, t)| t == ty) {
                        s.clauses[ci].grants.push((f.number_start, ty));
                    }
                    found.push((ci, f, ty));
                }
            }
        }
        // a clause that only speeds up a right (退税审批2个工作日) does not grant the right
        for c in &mut s.clauses {
            if c.grants.iter().any(|(_, t)| v.procedural.contains(t)) {
                c.grants.retain(|(_, t)| !v.rights.contains(t));
            }
        }
        for (ci, f, ty) in found {
            amounts.push(amount(s, ci, &f, ty, &chars, v));
        }
        for ci in 0..s.clauses.len() {
            if s.clauses[ci].grants.is_empty() {
                continue;
            }
            // a time limit counted from an application that a body of its own answers
            // (城市公共供水企业自收到申请之日起十个工作日内予以答复) is the applicant's: the
            // clause names who answers, not who is served
            let c = &s.clauses[ci];
            let from_request = contains_any(&chars, c.start, c.end, &v.recipients.answers_request);
            let answering = c.outside && !c.persons && c.groups(v).is_empty() && from_request;
            // …whom the measure names elsewhere: the applicant (设立房地产开发企业,应当…申请登记。
            // …应当自收到申请之日起三十日内予以登记)
            let applicants = || Some(named_in_measure.clone()).filter(|g| !g.is_empty());
            let own = if answering {
                applicants()
            } else {
                match groups_of(s, ci, v) {
                    // 本条所述企业: the labelled groups named before this sentence, else a
                    // class of its own that is no label
                    None if s.clauses[..=ci].iter().any(|c| c.refers_back) => {
                        Some(defined_before[si].clone())
                    }
                    None if from_request => applicants(),
                    // help named as the means of something (通过无偿资助、贷款贴息…等方式,支持
                    // 版权创新成果转化) in a sentence naming no party, nor outside the means
                    // any matter of enterprises (对所有涉企经营许可事项…按照…等方式), goes to that
                    // activity: the group the title names, else no label, not enterprises in
                    // general
                    None if c.means.is_some_and(|(from, to)| {
                        s.clauses.iter().all(|c| c.mentions.is_empty())
                            && !contains_any(&chars, s.start, from, &v.enterprise_matters)
                            && !contains_any(&chars, to, s.end, &v.enterprise_matters)
                    }) =>
                    {
                        Some(heading_specific.clone())
                    }
                    other => other,
                }
            };
            let groups = match own {
                Some(g)
                    if !g.is_empty()
                        && !heading_specific.is_empty()
                        && g.iter().all(|&l| v.labels[l].general) =>
                {
                    Some(heading_specific.clone())
                }
                other => other,
            };
            match &groups {
                Some(g) => label_set.extend(g.iter().copied()),
                None => {
                    ungrouped = true;
                    ungrouped_in.push(si);
                }
            }
            // 其中小微企业…: a part of those granted to is granted to as well
            label_set.extend(s.clauses[ci].parts.iter().copied());
            for &(_, t) in &s.clauses[ci].grants {
                if !v.types[t].hidden {
                    type_set.insert(t);
                }
                match grants.iter_mut().find(|(gt, _, _)| *gt == t) {
                    Some((_, g, _)) => {
                        for &l in groups.iter().flatten() {
                            if !g.contains(&l) {
                                g.push(l);
                            }
                        }
                    }
                    None => grants.push((t, groups.clone().unwrap_or_default(), si)),
                }
            }
        }
    }
    // a cap (期限不能超过48个月, 有效期不超过5年) outside the sentence of the grant bounds a
    // benefit the measure grants elsewhere: the size of that benefit
    let granted: Vec<usize> = type_set.iter().copied().collect();
    for s in sentences.iter().filter(|s| !s.heading) {
        for ci in 0..s.clauses.len() {
            for f in &s.clauses[ci].figures {
                if amounts.iter().any(|a: &Amount| a.start == f.start)
                    || !ends_with_any(&chars, f.number_start, &v.figures.cap_qualifiers)
                {
                    continue;
                }
                if let Some(ty) = benefit_of_figure(s, ci, f, &chars, v, &granted)
                    .filter(|&ty| !handles_no_matter(&chars, s, &v.types[ty], answers))
                {
                    amounts.push(amount(s, ci, f, ty, &chars, v));
                }
            }
        }
    }
    // a heading that cuts a time (压缩回收债务所需时间) is sized by the limits the text sets on
    // finishing the applicant's matter (在6个月内审结): the goal first, its figures after
    let cuts: Vec<usize> = sentences
        .iter()
        .filter(|s| s.heading)
        .flat_map(|s| s.types())
        .filter(|&t| v.figures.heading_cuts.contains(&v.types[t].name))
        .collect();
    for (si, s) in sentences.iter().enumerate() {
        if s.heading || cuts.is_empty() {
            continue;
        }
        for (ci, c) in s.clauses.iter().enumerate() {
            if c.blocked || !contains_any(&chars, c.start, c.end, &v.figures.limit_words) {
                continue;
            }
            for f in &c.figures {
                let limit = ends_with_any(&chars, f.number_start, &v.figures.cap_qualifiers)
                    || starts_with_any(&chars, f.unit_end, &v.figures.within);
                if !limit
                    || f.kind(v) != UnitKind::Duration
                    || amounts.iter().any(|a: &Amount| a.start == f.start)
                {
                    continue;
                }
                let Some(ty) = benefit_of_figure(s, ci, f, &chars, v, &cuts) else {
                    continue;
                };
                let groups = groups_of(s, ci, v);
                match &groups {
                    Some(g) => label_set.extend(g.iter().copied()),
                    None => {
                        ungrouped = true;
                        ungrouped_in.push(si);
                    }
                }
                type_set.insert(ty);
                if !grants.iter().any(|(gt, _, _)| *gt == ty) {
                    grants.push((ty, groups.clone().unwrap_or_default(), si));
                }
                amounts.push(amount(s, ci, f, ty, &chars, v));
            }
        }
    }
    amounts.sort_by_key(|a| a.start);
    // an item of a list (（一）…) continues its lead line (…应当自受理申请之日起,于下列期限内…:):
    // what the lead speaks of, the item does too
    let items = list_items(&chars, &sentences, |_| Some(()));
    let mut leads: Vec<usize> = Vec::new();
    for &si in &ungrouped_in {
        if let Some(lead) = (0..si).rev().find(|&i| items[i].is_none()) {
            if items[si].is_some() && !leads.contains(&lead) {
                leads.push(lead);
            }
        }
    }
    ungrouped_in.extend(leads);
    if ungrouped {
        // a grant that names no group: the title's group, else the groups the other grants
        // name, else enterprises in general where its sentence speaks of them, unless the
        // measure only speaks of citizens
        if !heading_groups.is_empty() {
            label_set.extend(heading_groups);
        } else if !context_groups.is_empty() {
            label_set.extend(context_groups.iter().copied());
        } else if label_set.is_empty()
            && !only_citizens(&chars, &excepted, &sentences, v)
            && (speaks_of_enterprises(&chars, &sentences, &ungrouped_in, v)
                || context.iter().any(|t| addressed_to_enterprises(t, v)))
        {
            if let Some(i) = v.labels.iter().position(|l| l.general) {
                label_set.insert(i);
            }
        }
    }
    // the law of one trade (人工智能产业促进条例) speaks of that trade's operators: enterprises
    // in general there are a sector, no label
    if context.iter().any(|t| {
        let t: Vec<char> = t.chars().collect();
        contains_any(&t, 0, t.len(), &v.trade_documents)
    }) {
        label_set.retain(|&l| !v.labels[l].general);
        for (_, g, _) in &mut grants {
            g.retain(|&l| !v.labels[l].general);
        }
    }
    let default: Vec<usize> = label_set.iter().copied().collect();
    let mut grant_records: Vec<Grant> = grants
        .into_iter()
        .filter(|(t, _, _)| !v.types[*t].hidden)
        .map(|(t, g, si)| {
            let s = &sentences[si];
            let who = if g.is_empty() { &default } else { &g };
            Grant {
                benefit_type: v.types[t].name.clone(),
                beneficiaries: who.iter().map(|&l| v.labels[l].name.clone()).collect(),
                sentence: chars[s.start..s.end]
                    .iter()
                    .collect::<String>()
                    .trim()
                    .to_owned(),
                start: s.start,
                end: s.end,
            }
        })
        .collect();
    grant_records.sort_by_key(|g| v.type_index(&g.benefit_type));
    Benefits {
        beneficiaries: label_set
            .iter()
            .map(|&l| v.labels[l].name.clone())
            .collect(),
        benefit_types: type_set.iter().map(|&t| v.types[t].name.clone()).collect(),
        amounts,
        grants: grant_records,
    }
}

/// True when the sentence ends in a consequence that grants nothing and only has a party carry
/// out (`carried_out`: 有关单位必须执行) what the condition right before it names (a clause
/// closed by 的: …给予企业减免税、退税…等减轻企业负担措施的): the grants named in the
/// condition are made by other rules, and this sentence binds whoever must honour them.
fn restates_grants(chars: &[char], s: &Sentence, v: &Vocabulary) -> bool {
    let [.., condition, last] = s.clauses.as_slice() else {
        return false;
    };
    let closed_by_de = chars[condition.start..condition.end]
        .iter()
        .rev()
        .find(|c| !c.is_whitespace())
        == Some(&'的');
    closed_by_de
        && last.grants.is_empty()
        && contains_any(chars, last.start, last.end, &v.blockers.carried_out)
}

/// For each sentence, the labelled groups (no general word) the sentences before it name, in
/// order: those a reference back (本条所述企业) may point to.
fn labels_before(sentences: &[Sentence], v: &Vocabulary) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::with_capacity(sentences.len());
    let mut named: Vec<usize> = Vec::new();
    for s in sentences {
        out.push(named.clone());
        let labels = s
            .clauses
            .iter()
            .flat_map(|c| c.mentions.iter())
            .flat_map(|(_, labels, _)| labels.iter().copied());
        for l in labels {
            if !v.labels[l].general && !named.contains(&l) {
                named.push(l);
            }
        }
    }
    out
}

/// True when the sentence binds an employer (`employers`: 企业应当, 用人单位应当) to give its
/// own workers something (`own_staff` after it: 为每位职工免费发放…, 为劳动者免费提供…): the
/// firm gives at its cost, and no enterprise or person applies for it.
fn employer_duty(chars: &[char], s: &Sentence, v: &Vocabulary) -> bool {
    let b = &v.blockers;
    (s.start..s.end)
        .find(|&i| starts_with_any(chars, i, &b.employers))
        .is_some_and(|first| contains_any(chars, first, s.end, &b.own_staff))
}

/// True when the sentence opens by asking a government body to act (请财政部落实…, 请中国人民银行
/// 加快…研究, 请你省有关部门指导…): a reply or an instruction that assigns work to that body.
/// What it names (简化…程序, 缩短评估周期, 贷款) is the body's task, granted to no applicant
/// until the body grants it; a request to anyone else (请符合条件的企业…申报) is left to the
/// other rules.
fn asks_a_body(sentence: &[char], v: &Vocabulary) -> bool {
    let at = sentence
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(sentence.len());
    let len = v.blockers.asking.longest_at(sentence, at);
    len > 0 && starts_with_any(sentence, at + len, &v.blockers.asked)
}

/// The benefit type a figure measures, if it is the size of a benefit: a type of its kind
/// granted in its clause (nearest first), or the type its unit grants by itself (3个工作日),
/// or a type granted elsewhere in its sentence (「给予补贴,标准为每人1000元」), or, for a cap,
/// one of `elsewhere` (the types the measure grants in other sentences). Not a threshold
/// (500万元及以下的, 参保1年以上), not the value before a cut (由45天压缩到20天), not a target.
fn benefit_of_figure(
    s: &Sentence,
    ci: usize,
    f: &Figure,
    chars: &[char],
    v: &Vocabulary,
    elsewhere: &[usize],
) -> Option<usize> {
    let clause = &s.clauses[ci];
    if clause.blocked {
        return None;
    }
    let unit = &v.units[f.unit];
    let kind = f.kind(v);
    let compatible = v.figures.kinds.get(&format!("{kind:?}").to_lowercase())?;
    let fits = |t: usize| compatible.contains(&v.types[t].name);
    let fig = &v.figures;
    if starts_with_any(chars, f.unit_end, &fig.threshold_after)
        || starts_with_any(chars, f.end, &fig.threshold_after)
        || starts_with_any(chars, f.end, &fig.before_cut)
        || starts_with_any(chars, f.unit_end, &fig.before_cut)
    {
        return None;
    }
    // a period to have served or a bound of a range (连续工作满一年; 贷款额不低于50万元(含50万元),
    // 且不超过1000万元(含1000万元)的…贷款: the inclusion stated is that of a condition's bound)
    // says who qualifies; so does a figure in an opening condition that grants nothing itself
    // (新迁入我市企业3年内成功上市的,…另补助100万元: the grant is the clause after it), unless
    // the condition is the limit not kept (五个工作日内未处理并答复的, 十个工作日内不能办结的:
    // the limit restated, or a body's silence that serves the party)
    if ends_with_any(chars, f.start, &fig.threshold_before)
        || ends_with_any(chars, f.number_start, &fig.threshold_before)
        || (clause.grants.is_empty()
            && chars.get(clause.end).is_some_and(|&c| c == ',')
            && ends_with_any(chars, clause.end, &fig.condition_end)
            && !starts_with_any(chars, f.end, &fig.condition_kept_after))
    {
        return None;
    }
    if kind != UnitKind::Rate
        && (ends_with_any(chars, f.end, &fig.threshold_suffixes)
            || starts_with_any(chars, f.unit_end, &fig.bracket_after)
            || starts_with_any(chars, f.end, &fig.bracket_after))
    {
        return None;
    }
    if closes_relative_on_party(clause, f, chars, v) {
        return None;
    }
    let counted = contains_any(chars, clause.start, f.number_start, &fig.counted_from);
    let from_request = contains_any(chars, clause.start, f.number_start, &fig.request);
    if counted && !from_request {
        return None;
    }
    // a time counted from the applicant's request (自受理工伤认定申请之日起六十日内) is a
    // statutory limit whatever matter it names: words of a target or of government output
    // there (认定) name the matter decided
    let statutory = counted && from_request;
    let after_cut = ends_with_any(chars, f.number_start, &fig.cut_qualifiers);
    // 认定15个平台 counts government's output; 对新认定的…中心分别给予100万元 gives to what
    // was recognised: a grant's verb between the word and the figure makes it the condition
    let output = (clause.start..f.number_start).any(|i| {
        starts_with_any(chars, i, &fig.output)
            && !contains_any(chars, i, f.number_start, &fig.output_granted)
    });
    if (!after_cut
        && !statutory
        && (output || contains_any(chars, clause.start, f.number_start, &fig.not_benefit)))
        || contains_any(chars, clause.start, clause.end, &fig.not_benefit_clause)
    {
        return None;
    }
    // a time within which one party reports to another (在五个工作日内向有关主管部门通报,
    // 在24小时内将事故情况上报) bounds a duty owed to a government body: no applicant waits on it
    // (the act may be said after a comma: 应当在办理营业执照后15日内,向…原发证机关备案)
    if kind == UnitKind::Duration
        && (contains_any(chars, f.end, act_end(s, ci, f, chars), &fig.owed)
            || notifies_a_body(s, ci, f, chars, fig))
    {
        return None;
    }
    // a time a person must keep (申请人应当自接到通知之日起七个工作日内另行选定…; 当事人应当于
    // 事故发生的二十四小时内…办理) is his own deadline: no matter of his is handled within it
    if kind == UnitKind::Duration && persons_deadline(s, clause, f, chars, v) {
        return None;
    }
    // a time within which the authority publishes something itself (…后7个工作日内,由审计
    // 机关向社会公布) bounds its own act: no applicant waits on it
    if kind == UnitKind::Duration && publishing_deadline(s, ci, f, chars, fig) {
        return None;
    }
    // a time the party keeps himself (在…后十日内,向登记管理机关申请注销登记; 通知投诉人在十五个
    // 工作日内补正) is his deadline: no matter of his is handled within it
    if kind == UnitKind::Duration && party_deadline(s, ci, f, chars, fig) {
        return None;
    }
    // a period bounded from below (公告期不少于5个工作日) is kept by the body, not cut for the
    // applicant: its unit implies no type; it sizes only a grant of its own clause (免费停车时间
    // 不得少于三十分钟: the free period)
    // so is a time lengthened (经批准可以延长十日, 延长期限不得超过三十日, 服务时间扩展到24小时):
    // the body's extra time or longer opening hours, no limit cut (缓缴期限延长至六个月 sizes
    // the deferral its clause grants)
    if kind == UnitKind::Duration
        && (ends_with_any(chars, f.number_start, &fig.floors)
            || contains_any(chars, clause.start, f.number_start, &fig.extending))
    {
        return clause
            .grants
            .iter()
            .filter(|&&(_, t)| !v.procedural.contains(&t))
            .min_by_key(|&&(pos, _)| pos.abs_diff(f.number_start))
            .map(|&(_, t)| t);
    }
    let hidden_grant = clause.grants.iter().any(|&(_, t)| v.types[t].hidden);
    if kind == UnitKind::Rate
        && !hidden_grant
        && ends_with_any(chars, f.number_start, &fig.target_qualifiers)
    {
        return None;
    }
    let nearest = clause
        .grants
        .iter()
        .filter(|&&(_, t)| fits(t))
        .min_by_key(|&&(pos, _)| pos.abs_diff(f.number_start))
        .map(|&(_, t)| t);
    unit.implies
        .as_deref()
        .and_then(|name| v.type_index(name))
        .or(nearest)
        .or_else(|| s.types().into_iter().find(|&t| fits(t)))
        .or_else(|| elsewhere.iter().copied().find(|&t| fits(t)))
        .or_else(|| {
            // 给予最高500万元(国家级)、100万元(省级)的支持: a sum given is a payment even
            // where no word of a type names it
            (kind == UnitKind::Money
                && contains_any(chars, clause.start, f.number_start, &fig.given))
            .then(|| v.type_index(&fig.given_type))
            .flatten()
        })
}

/// True when the figure closes a relative clause on a party named after it (投资于年销售收入不超过
/// 2000万元的人工智能领域初创期科技型中小企业的投资项目,给予…): right after it 的 (`relative`),
/// not followed by a noun the figure sizes (的税率, 的标准: `sized`), then, before the clause's
/// next grant or a word of giving (给予), a word of a group that is no part of a body's or a
/// tax's name (企业所得税). Such a figure says who qualifies. Any such word counts, even one no
/// mention keeps (投资于…中小企业: the firms invested in).
fn closes_relative_on_party(clause: &Clause, f: &Figure, chars: &[char], v: &Vocabulary) -> bool {
    let fig = &v.figures;
    let Some(at) = [f.unit_end, f.end]
        .into_iter()
        .find(|&at| starts_with_any(chars, at, &fig.relative))
    else {
        return false;
    };
    let after = at + fig.relative.longest_at(chars, at);
    if starts_with_any(chars, after, &fig.sized) {
        return false;
    }
    let granted_at = clause
        .grants
        .iter()
        .map(|&(pos, _)| pos)
        .filter(|&pos| pos > after)
        .min()
        .unwrap_or(clause.end);
    let stop = (after..granted_at)
        .find(|&i| starts_with_any(chars, i, &fig.given))
        .unwrap_or(granted_at);
    v.aliases
        .scan(chars, after, stop)
        .into_iter()
        .any(|(pos, len, _)| !starts_with_any(chars, pos + len, &v.not_before))
}

/// True when the duration `f` is a deadline the party keeps himself: right after its suffix
/// comes his act (在十五个工作日内补正) or his failure to act (在七日内未办理…的), or after it (in its clause, or in the next when its own
/// ends with the time) the body he turns to and his act toward it (十日内,向登记管理机关申请注销
/// 登记), unless the one turned to is the party himself (向申请人出具: the body serves him).
fn party_deadline(s: &Sentence, ci: usize, f: &Figure, chars: &[char], fig: &Figures) -> bool {
    if starts_with_any(chars, f.end, &fig.party_acts_after) {
        return true;
    }
    // 在七日内未办理…的: the time a party let pass
    let failed = fig.failed.longest_at(chars, f.end);
    if failed > 0 && starts_with_any(chars, f.end + failed, &fig.failed_acts) {
        return true;
    }
    let end = act_end(s, ci, f, chars);
    let Some(at) = (f.end..end).find(|&i| starts_with_any(chars, i, &fig.toward)) else {
        return false;
    };
    (at + 1..end).any(|i| {
        starts_with_any(chars, i, &fig.party_acts)
            && !contains_any(chars, at + 1, i, &fig.addressed_parties)
            && !starts_with(chars, i, "申请人")
    })
}

/// True when the duration `f` bounds a duty a person keeps himself: the subject of the modal
/// verb of its clause (read as search reads whose time limit a duration is,
/// [`crate::question::rules::Parties::duty_subject`]: 申请人应当…, or the sentence's first clause when the modal opens
/// its own: 当事人…的,应当在…) names a person (`persons` of `[parties]` in
/// `data/question_kinds.toml`) and no public body, and no application is answered between
/// that subject and the time (`answers_request`). A statute never has a person handle another's
/// matter: the time is his deadline, not a body's handling time promised to him.
fn persons_deadline(
    s: &Sentence,
    clause: &Clause,
    f: &Figure,
    chars: &[char],
    v: &Vocabulary,
) -> bool {
    let parties = &RULES.parties;
    let own: String = chars[clause.start..f.number_start].iter().collect();
    if parties.duty_subject(&own, own.len()).is_none() {
        return false;
    }
    let head: String = chars[s.start..f.number_start].iter().collect();
    parties
        .duty_subject(&head, head.len())
        .is_some_and(|subject| {
            // from the subject to the time, an application answered (单位在收到个人要求流动的
            // 书面申请后,…应在三十日内为其办理; 登记机构对申请人的申请进行审查,…应当自受理申请之日
            // 起十五日内办理): the person is the one served, the time is his waiting
            let from = s.start
                + head[..subject.as_ptr() as usize - head.as_ptr() as usize]
                    .chars()
                    .count();
            parties.names(subject, parties.persons)
                && !parties.names(subject, parties.bodies)
                && !contains_any(chars, from, f.number_start, &v.recipients.answers_request)
        })
}

/// True when the act bound by the duration `f` (up to [`act_end`]) notifies a public body
/// (`notified` followed by a word of the `bodies` group of `[parties]`: 十日内书面告知体育行政
/// 部门): a duty owed to it, as a report is.
fn notifies_a_body(s: &Sentence, ci: usize, f: &Figure, chars: &[char], fig: &Figures) -> bool {
    let end = act_end(s, ci, f, chars);
    let Some(at) = (f.end..end).find(|&i| starts_with_any(chars, i, &fig.notified)) else {
        return false;
    };
    let rest: String = chars[at..end].iter().collect();
    RULES.parties.names(&rest, RULES.parties.bodies)
}

/// Where the act bound by the time `f` ends: its clause's end, or the next clause's when its
/// own ends with the time (应当在…十五个工作日内,向…申请: the act is said after the comma).
fn act_end(s: &Sentence, ci: usize, f: &Figure, chars: &[char]) -> usize {
    let clause = &s.clauses[ci];
    let own_rest = chars[f.end.min(clause.end)..clause.end]
        .iter()
        .filter(|c| c.is_alphanumeric())
        .count();
    match s.clauses.get(ci + 1) {
        Some(next) if own_rest == 0 => next.end,
        _ => clause.end,
    }
}

/// True when the duration `f` bounds the authority's own publishing (`published` after it, in
/// its clause or in the next when its own ends with the time: 7个工作日内,由审计机关向社会公布),
/// with no word of deciding the matter (`decided`: 作出决定并予以公告) in between.
fn publishing_deadline(s: &Sentence, ci: usize, f: &Figure, chars: &[char], fig: &Figures) -> bool {
    let end = act_end(s, ci, f, chars);
    let Some(at) = (f.end..end).find(|&i| starts_with_any(chars, i, &fig.published)) else {
        return false;
    };
    !contains_any(chars, f.end, at, &fig.decided)
}

/// The amount a figure states, of benefit type `ty` (none named when the type is hidden),
/// bound to its group.
fn amount(
    s: &Sentence,
    ci: usize,
    f: &Figure,
    ty: usize,
    chars: &[char],
    v: &Vocabulary,
) -> Amount {
    Amount {
        text: f.text(chars),
        value: f.value,
        unit: f.unit_text.clone(),
        beneficiary: bind(s, ci, f, chars, v).map(|l| v.labels[l].name.clone()),
        benefit_type: (!v.types[ty].hidden).then(|| v.types[ty].name.clone()),
        start: f.start,
        end: f.end,
    }
}

/// The labelled group a figure is bound to: the group 分别 pairs it with, else named in its
/// clause (nearest before it, else after it), else carried over from the clauses before it in
/// its sentence; a general word (企业, 用户) binds to no one.
fn bind(s: &Sentence, ci: usize, f: &Figure, chars: &[char], v: &Vocabulary) -> Option<usize> {
    if let Some(l) = respective(s, ci, f, chars, v) {
        return Some(l);
    }
    let specific = |c: &Clause, limit: usize| -> Option<usize> {
        c.mentions
            .iter()
            .rev()
            .find(|(pos, _, _)| *pos < limit)
            .and_then(|(_, labels, _)| labels.iter().copied().find(|&l| !v.labels[l].general))
    };
    let clause = &s.clauses[ci];
    if let Some(l) = specific(clause, f.number_start).or_else(|| specific(clause, usize::MAX)) {
        return Some(l);
    }
    for c in s.clauses[..ci].iter().rev() {
        if !c.mentions.is_empty() {
            return specific(c, usize::MAX);
        }
    }
    None
}

/// The group 分别 pairs a figure with (对小微企业和个体工商户分别给予1万元、5000元补贴: 5000元
/// is the 个体工商户's): with 分别 before it in its clause, the figures of its kind after 分别
/// and the labelled groups named before 分别 (in its clause, else in the nearest clause before
/// it that names any) go in order, one to one, when they are as many and at least two. Tiers
/// (国家级、省级) are no groups: their figures stay bound as before.
fn respective(
    s: &Sentence,
    ci: usize,
    f: &Figure,
    chars: &[char],
    v: &Vocabulary,
) -> Option<usize> {
    let clause = &s.clauses[ci];
    let at = (clause.start..f.number_start)
        .rev()
        .find(|&i| starts_with_any(chars, i, &v.figures.respectively))?;
    let kind = f.kind(v);
    let figures: Vec<&Figure> = clause
        .figures
        .iter()
        .filter(|g| g.number_start > at && g.kind(v) == kind)
        .collect();
    let index = figures.iter().position(|g| g.start == f.start)?;
    let named = |c: &Clause, limit: usize| -> Vec<usize> {
        let mut groups = Vec::new();
        for (pos, labels, _) in &c.mentions {
            let first = labels.iter().copied().find(|&l| !v.labels[l].general);
            if let Some(l) = first.filter(|l| *pos < limit && !groups.contains(l)) {
                groups.push(l);
            }
        }
        groups
    };
    let mut groups = named(clause, at);
    if groups.is_empty() {
        if let Some(c) = s.clauses[..ci]
            .iter()
            .rev()
            .find(|c| !c.mentions.is_empty())
        {
            groups = named(c, usize::MAX);
        }
    }
    (groups.len() >= 2 && groups.len() == figures.len()).then(|| groups[index])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amounts(b: &Benefits) -> Vec<(String, f64, String, Option<String>)> {
        b.amounts
            .iter()
            .map(|a| {
                (
                    a.text.clone(),
                    a.value,
                    a.unit.clone(),
                    a.beneficiary.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn two_groups_two_amounts_each_bound_to_its_own() {
        let b = extract(
            None,
            "对小微企业给予最高50万元补贴,对高新技术企业给予最高100万元奖励。",
        );
        assert_eq!(b.beneficiaries, ["小微企业", "高新技术企业"]);
        assert_eq!(b.benefit_types, ["补贴奖励"]);
        assert_eq!(
            amounts(&b),
            [
                (
                    "最高50万元".to_owned(),
                    50.0,
                    "万元".to_owned(),
                    Some("小微企业".to_owned())
                ),
                (
                    "最高100万元".to_owned(),
                    100.0,
                    "万元".to_owned(),
                    Some("高新技术企业".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn thresholds_targets_and_attribution_are_not_benefits() {
        let b = extract(
            None,
            "政府性融资担保机构对单户担保金额500万元及以下小微企业收取的担保费率不超过1%。(牵头单位:市中小企业服务中心)",
        );
        assert_eq!(b.beneficiaries, ["小微企业"]);
        let a = amounts(&b);
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].1, 1.0);
        assert_eq!(a[0].3.as_deref(), Some("小微企业"));
        let b = extract(None, "全市政务服务满意度达到95%以上。");
        assert!(b.amounts.is_empty() && b.benefit_types.is_empty(), "{b:?}");
    }

    #[test]
    fn forbidding_a_fee_grants_nothing() {
        let b = extract(None, "严禁违规收费,查处各类违规收费行为。");
        assert!(b.benefit_types.is_empty(), "{b:?}");
    }

    #[test]
    fn a_reward_to_lenders_grants_nothing_to_enterprises() {
        let b = extract(None, "对小微企业贷款增长较快的银行给予奖励。");
        assert!(
            b.benefit_types.is_empty() && b.beneficiaries.is_empty(),
            "{b:?}"
        );
    }

    #[test]
    fn a_general_grant_is_for_all_enterprises() {
        let b = extract(None, "为企业免费提供印章。");
        assert_eq!(b.beneficiaries, ["所有企业"]);
        assert_eq!(b.benefit_types, ["免费"]);
        assert_eq!(b.grants[0].sentence, "为企业免费提供印章");
    }

    #[test]
    fn a_grant_to_persons_is_not_for_all_enterprises() {
        let b = extract(
            None,
            "推动企业数字化转型,实现灵活就业人员社保缴费网上办理。",
        );
        assert_eq!(b.benefit_types, ["环节材料减少"]);
        assert!(b.beneficiaries.is_empty(), "{b:?}");
        let b = extract(None, "对文化企业给予一次性补助,鼓励企业创新。");
        assert!(b.beneficiaries.is_empty(), "{b:?}");
    }

    #[test]
    fn an_applicant_after_a_named_group_is_that_group() {
        let b = extract(None, "设立新开办企业服务专窗,申请人可免费领取印章。");
        assert_eq!(b.beneficiaries, ["新开办企业"]);
        assert_eq!(b.benefit_types, ["免费"]);
    }

    #[test]
    fn a_problem_or_a_platform_named_after_financing_grants_nothing() {
        for text in [
            "着力缓解小微企业融资难、融资贵问题。",
            "完善中小企业融资服务平台功能。",
            "为贷款申请人提供在线预约。",
        ] {
            let b = extract(None, text);
            assert!(
                !b.benefit_types.contains(&"融资支持".to_owned()),
                "{text}: {b:?}"
            );
        }
    }

    #[test]
    fn the_object_decides_the_type() {
        let b = extract(None, "鼓励招标人减免投标保证金。");
        assert_eq!(b.benefit_types, ["降低费用"]);
        let b = extract(None, "登记机关不再收取纸质证明文书。");
        assert_eq!(b.benefit_types, ["环节材料减少", "容缺承诺"]);
        let b = extract(None, "为企业提供无偿、高效的材料指导服务。");
        assert_eq!(b.benefit_types, ["免费"]);
        let b = extract(None, "对存在失信记录的,不适用告知承诺制。");
        assert!(b.benefit_types.is_empty(), "{b:?}");
    }

    #[test]
    fn a_time_after_a_cut_or_from_a_request_is_an_amount() {
        let texts = [
            ("将资质认定办理时限压缩至10个工作日。", Some(10.0)),
            ("行政机关应当自受理申请之日起15日内作出决定。", Some(15.0)),
            ("各地要在本通知印发之日起30日内制定实施细则。", None),
            ("本办法自公布之日起30日后施行。", None),
        ];
        for (text, want) in texts {
            let b = extract(None, text);
            assert_eq!(b.amounts.first().map(|a| a.value), want, "{text}: {b:?}");
        }
    }

    #[test]
    fn goods_crossing_the_border_imply_traders() {
        let b = extract(None, "简化进口货物检验手续,压缩通关时间。");
        assert_eq!(b.beneficiaries, ["外贸企业"]);
        let b = extract(None, "综合保税区内企业进口的设备,可免于办理备案手续。");
        assert!(b.beneficiaries.is_empty(), "{b:?}");
    }

    #[test]
    fn a_narrowed_group_keeps_its_label_a_sector_gets_none() {
        let b = extract(None, "对科技型中小企业给予研发补贴。");
        assert_eq!(b.beneficiaries, ["中小企业"]);
        let b = extract(None, "对科技型企业给予研发补贴。");
        assert!(b.beneficiaries.is_empty(), "{b:?}");
        let b = extract(None, "为外贸外资企业提供专人服务。");
        assert_eq!(b.beneficiaries, ["外贸企业", "外资企业"]);
    }

    #[test]
    fn offsets_are_characters() {
        let text = "对新开办企业,开办时间压缩至1个工作日。";
        let b = extract(None, text);
        let a = &b.amounts[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[a.start..a.end].iter().collect::<String>(), a.text);
    }
}
