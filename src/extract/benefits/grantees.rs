//! Who a grant goes to: the groups a granting clause names or carries over from its sentence,
//! and the places and bodies a sentence speaks of as its subject.

use super::clauses::{Clause, Sentence};
use super::vocabulary::{contains_any, starts_with_any, within_any, Vocabulary};

/// The groups a granting clause gives to: those it names, else the labelled groups named
/// before it in its sentence (「对A、B…,一律顶格减免」: the subject carries over; a general word
/// does not); `None` when no group is named. A general word (申请人, 企业) after a labelled group
/// in the same sentence is that group (「设置企业开办专窗,申请人…免费邮寄」). A clause naming
/// private persons (职工, 群众) or a group that is no label (文化企业), and no labelled group,
/// grants to them: `Some` of nothing, so the grant is not taken for all enterprises. A sentence
/// naming no labelled group (nor persons, nor a group that is no label) but, up to the grant,
/// what only one group does (进口货物, 通关) grants to that group.
pub(super) fn groups_of(s: &Sentence, ci: usize, v: &Vocabulary) -> Option<Vec<usize>> {
    let clause = &s.clauses[ci];
    let own = clause.groups(v);
    // 纳税人/申请人 beside a person's word (购房, 继续教育的支出) is that person
    if clause.persons
        && !clause.mentions.is_empty()
        && clause
            .mentions
            .iter()
            .all(|(_, _, w)| v.ambiguous.contains(w))
    {
        return Some(Vec::new());
    }
    if own.iter().any(|&l| !v.labels[l].general) {
        return Some(own);
    }
    // a body opened as the recipient (对…工业互联网平台, 支持…项目) in this clause or before it
    // in the sentence is who the grant goes to, whatever enterprises a condition between them
    // names (根据其…服务企业…收入情况,每个给予…奖补); a labelled group named after it is the
    // party the body's matter concerns (对实行备案管理的项目,外商投资企业…提交…的)
    // A service (全程跟踪服务, 审批提速) to a body is its owner's matter, the firm that applies:
    // only funds, reliefs and loans go to the body itself.
    let later_label = s.clauses[ci + 1..]
        .iter()
        .any(|c| c.groups(v).iter().any(|&l| !v.labels[l].general));
    let funds = clause
        .grants
        .iter()
        .any(|&(_, t)| !v.recipients.owner_services.contains(&v.types[t].name));
    let body = |c: &Clause| c.body && funds;
    // a ban on charging (金融机构…不得以…等名义收取不合理费用) binds the bodies and persons named
    // before it: they would charge, the grant goes to whoever would pay
    let ban = clause.ban;
    if !ban && s.clauses[..=ci].iter().any(body) && clause.mentions.is_empty() && !later_label {
        return Some(Vec::new());
    }
    // 从企业…提留的福利费中支付给个人的生活补助费: paid to persons, whoever pays
    if clause.persons_recipient {
        return Some(Vec::new());
    }
    let mut carried: Vec<usize> = Vec::new();
    let mut unlabelled = false;
    let mut general = false;
    for c in &s.clauses[..ci] {
        let groups = c.groups(v);
        for &l in &groups {
            // 用人单位招用失业人员…,可以申请…补贴: the employer carries over with them
            if v.labels[l].general && !c.employer {
                general = true;
            } else if !carried.contains(&l) {
                carried.push(l);
            }
        }
        unlabelled |= !ban && groups.is_empty() && (c.persons || c.outside);
    }
    if !carried.is_empty() {
        return Some(carried);
    }
    // the grantee may follow the grant in its sentence (「简化贷款审批流程,…为小微企业提供…服务」,
    // 「简化海关业务核准手续,支持综合保税区内企业自主备案」): a clause naming no group takes the
    // labelled groups a later clause names, or no label when a later clause names persons or a
    // group that is no label and no clause names enterprises in general
    if own.is_empty() && !clause.persons && (ban || (!clause.outside && !body(clause))) {
        let mut later: Vec<usize> = Vec::new();
        for c in &s.clauses[ci + 1..] {
            for l in c.groups(v) {
                if !v.labels[l].general && !later.contains(&l) {
                    later.push(l);
                }
            }
        }
        if !later.is_empty() {
            return Some(later);
        }
        let general_named = s
            .clauses
            .iter()
            .any(|c| c.groups(v).iter().any(|&l| v.labels[l].general));
        if !general_named
            && s.clauses[ci + 1..]
                .iter()
                .any(|c| c.persons || c.outside || body(c))
        {
            return Some(Vec::new());
        }
    }
    let mut implied: Vec<usize> = Vec::new();
    for c in &s.clauses[..=ci] {
        for &l in &c.implied {
            if !implied.contains(&l) {
                implied.push(l);
            }
        }
    }
    let named_outside = s.clauses[if ban { ci + 1 } else { 0 }..]
        .iter()
        .any(|c| c.persons || c.outside);
    if !implied.is_empty() && !named_outside {
        return Some(implied);
    }
    if !own.is_empty() {
        return Some(own);
    }
    if clause.persons || (clause.outside && !ban) || (unlabelled && !general) {
        return Some(Vec::new());
    }
    None
}

/// True when the measure names no enterprise but private citizens (群众, 居民) or a group of
/// its own (大型企业): a word such as 纳税人 beside a citizen word names a person. A service
/// residents and firms both use (不动产登记) serves enterprises too, whoever the text names.
pub(super) fn only_citizens(
    chars: &[char],
    excepted: &[bool],
    sentences: &[Sentence],
    v: &Vocabulary,
) -> bool {
    // a body serving applicants (不动产登记机构, 检验机构) names no citizen, nor does a word
    // inside a group's name (组织和个人: units and persons alike)
    let mut in_alias = vec![false; chars.len()];
    for (pos, len, _) in v.aliases.scan(chars, 0, chars.len()) {
        in_alias[pos..pos + len].iter_mut().for_each(|m| *m = true);
    }
    let citizens = (0..chars.len()).any(|i| {
        !in_alias[i]
            && !excepted[i]
            && starts_with_any(chars, i, &v.citizens)
            && !within_any(chars, i, &v.providers)
    }) && !contains_any(chars, 0, chars.len(), &v.shared);
    let names_firm = sentences.iter().any(|s| {
        s.clauses.iter().any(|c| {
            c.mentions
                .iter()
                .any(|(_, _, word)| !(citizens && v.ambiguous.contains(word)))
        })
    });
    let outside = sentences
        .iter()
        .any(|s| s.clauses.iter().any(|c| c.outside));
    !names_firm && (citizens || outside)
}

/// True when the grants naming no group (in the sentences `granting`) are said of enterprises:
/// their sentence (to its full stop), the lead line of the list they are items of (in
/// `granting` too) or the measure's title names a group (企业, 纳税人, 申请人) or a matter only
/// firms go through (办税, 报装, 政府采购), or a sentence of the measure names a party that
/// applies (信用主体…提出信用修复申请。…应当一个工作日内修复: the grant answers him). A measure holds
/// several provisions, each with its own party: enterprises another provision names (鼓励企业
/// 加强…, 会同…供电企业制定办法) are not the ones a grant of a facility's, a use's or a body's
/// sentence serves. Grants naming neither (户籍业务全程网办, 部门间联合检查) serve persons, the
/// public or the government: not 所有企业. A group the measure only regulates (督促企业…,
/// 企业应当…) is told what to do: it does not count.
pub(super) fn speaks_of_enterprises(
    chars: &[char],
    sentences: &[Sentence],
    granting: &[usize],
    v: &Vocabulary,
) -> bool {
    // a grant's sentence runs to its full stop: its parts joined by 「;」 say one thing
    // (公路收费站应当…开足通道;因未开足通道…的,应当免费放行)
    let joined = |a: usize, b: usize| {
        let (a, b) = (a.min(b), a.max(b));
        (a..b).all(|k| chars.get(sentences[k].end) == Some(&';'))
    };
    let own = |si: usize| sentences[si].heading || granting.iter().any(|&g| joined(si, g));
    // a party that applies (信用主体…提出信用修复申请。…应当一个工作日内修复; 推行告知承诺制。
    // 申请人承诺…的,…) is the one the grant answers, whichever sentence names him
    let applicant = |si: usize| {
        let s = &sentences[si];
        contains_any(chars, s.start, s.end, &v.recipients.applies)
    };
    if sentences.iter().enumerate().any(|(si, s)| {
        (own(si) || applicant(si)) && s.clauses.iter().any(|c| !c.mentions.is_empty())
    }) {
        return true;
    }
    let mut unregulated = chars.to_vec();
    for c in sentences.iter().flat_map(|s| s.clauses.iter()) {
        for &(from, to) in &c.regulated {
            unregulated[from..to]
                .iter_mut()
                .for_each(|ch| *ch = '\u{3000}');
        }
    }
    sentences
        .iter()
        .enumerate()
        .any(|(si, s)| own(si) && contains_any(&unregulated, s.start, s.end, &v.enterprise_matters))
}

/// True when the sentence opens with the name of a province (湖北自贸试验区襄阳片区…,
/// 江西省赣州市推出…, 海南省人民政府要…): its subject is a place or that place's government,
/// so it reports what the place did (a commendation item, an experience to copy) or tells its
/// government what to do. It grants nothing to enterprises.
pub(super) fn place_is_subject(sentence: &[char]) -> bool {
    use crate::corpus::gazetteer::{Level, GAZETTEER};
    let text: String = sentence
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take(24)
        .collect();
    let province = GAZETTEER.names_at(&text).any(|found| {
        found
            .entry
            .places
            .iter()
            .any(|&p| GAZETTEER.places[p].level == Level::Province)
    });
    province
}
