//! Attribution of a measure: 牵头单位, 责任单位, 完成时限 and status, in every common style:
//! labelled, inline at the end of the measure (`(牵头单位:…;责任单位:…;完成时限:…)`) or on the
//! lines after it (`牵头单位:…` / `参加单位:…`); as a clause in parentheses or closing a section
//! (`市税务局牵头,有关部门、单位配合`, `(省发展改革委牵头,省财政厅按职责分工负责)`,
//! `…分别牵头,2020年10月底前完成`); units in charge (`(海关总署、财政部负责)`: the first leads);
//! a lead marked inside a list (`责任单位:省发展改革委(牵头)、省财政厅`). Labels and verbs are
//! data (`data/outline.toml`); a label never ends up inside a unit name. Catch-all units
//! (有关部门、单位, 市直有关部门) are left out.

use std::sync::LazyLock;

use regex::Regex;

use super::conventions::CONVENTIONS;
use crate::corpus::lists::alternation_pattern;

/// What an attribution says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attribution {
    /// 牵头单位, in order.
    pub lead: Vec<String>,
    /// 责任单位 / 配合单位, in order.
    pub responsible: Vec<String>,
    /// Text that may hold dates (完成时限 clause, 「2020年10月底前完成」).
    pub when: String,
    /// 已完成,持续推进 / 长期坚持 …
    pub status: Option<String>,
}

impl Attribution {
    /// True when it names nothing.
    pub fn is_empty(&self) -> bool {
        self.lead.is_empty()
            && self.responsible.is_empty()
            && self.when.is_empty()
            && self.status.is_none()
    }

    /// Adds what `other` says to what this one says.
    pub fn merge(&mut self, other: Attribution) {
        self.lead.extend(other.lead);
        self.responsible.extend(other.responsible);
        if !other.when.is_empty() {
            if !self.when.is_empty() {
                self.when.push(';');
            }
            self.when.push_str(&other.when);
        }
        self.status = self.status.take().or(other.status);
    }
}

/// What the units after a label or before a verb do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Lead,
    Responsible,
    /// 负责: in charge; the first leads unless a 牵头 names the lead.
    InCharge,
    When,
}

/// Attribution labels: any of the data's labels, or (inside an attribution) any short word
/// ending in 单位/部门, followed by a colon or in 【】.
struct Labels {
    /// Anywhere, generic labels included (inside parentheses that already hold a label).
    any: Regex,
    /// At the start of a line, the data's labels only (「各有关单位:」 is an addressee).
    line: Regex,
}

static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    let c = &*CONVENTIONS;
    let known: Vec<&String> = c
        .lead_labels
        .iter()
        .chain(&c.responsible_labels)
        .chain(&c.time_labels)
        .collect();
    let known = alternation_pattern(&known);
    let wrap = |l: &str| format!(r"(?:【\s*(?P<b>{l})\s*】\s*:?|(?P<c>{l})\s*:)\s*");
    // a label the data lacks starts after a separator: 「…管理局责任单位:」 is 责任单位
    let generic = format!(
        r"{}|(?:^|[;,\s])(?P<g>[\p{{Han}}]{{0,4}}(?:单位|部门))\s*:\s*",
        wrap(&known)
    );
    Labels {
        any: Regex::new(&generic).expect("valid label regex"),
        line: Regex::new(&format!("^{}", wrap(&known))).expect("valid label regex"),
    }
});

/// A part of a clause: units, then how (按职责分工, 分别), then the verb.
static VERB_PART: LazyLock<Regex> = LazyLock::new(|| {
    let c = &*CONVENTIONS;
    let verbs: Vec<&String> = c
        .lead_verbs
        .iter()
        .chain(&c.responsible_verbs)
        .chain(&c.in_charge_verbs)
        .collect();
    Regex::new(&format!(
        r"^(?P<units>.+?)(?:按职责分工|按照职责分工|按职责|依职责|分别|共同|具体)?(?P<verb>{})(?:实施|落实|推进|完成)?$",
        alternation_pattern(&verbs)
    ))
    .expect("valid verb regex")
});
static UNIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:局|厅|委|办|院|室|部|会|署|中心|公司|组|行|所|队|站|区|镇|街|街道|政府|海关|机构|集团|管委|分局|支行|法院|检察院|单位|部门|\))$")
        .expect("valid regex")
});
static DATE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}年|\d{1,2}月|年底|年内|年末").expect("valid regex"));
/// 「(牵头)」 after a unit in a list: that unit leads.
const LEAD_MARK: &str = "(牵头)";

fn role_of_label(label: &str) -> Role {
    let c = &*CONVENTIONS;
    let is = |list: &[String]| list.iter().any(|l| l == label);
    if is(&c.time_labels) {
        Role::When
    } else if is(&c.lead_labels) || label.contains("牵头") || label.contains("主责") {
        Role::Lead
    } else if label.starts_with("负责") {
        Role::InCharge
    } else {
        Role::Responsible
    }
}

fn role_of_verb(verb: &str) -> Role {
    let c = &*CONVENTIONS;
    if c.lead_verbs.iter().any(|v| v == verb) {
        Role::Lead
    } else if c.in_charge_verbs.iter().any(|v| v == verb) {
        Role::InCharge
    } else {
        Role::Responsible
    }
}

/// False only where [`is_attribution_line`] and [`inline`] (of the text in parentheses) surely
/// find nothing, tested on characters with no string built: every label is followed by a
/// colon or closed by 】 (「牵头单位:」, 【责任单位】), and a clause of units ends in one of the
/// data's verbs (牵头, 配合, 负责 …) unless it is only separators (「,;」, read as an empty
/// attribution). Most lines and parentheses of a text hold neither.
pub fn may_be_attribution(text: &[char]) -> bool {
    text.iter().any(|&c| c == ':' || c == '】')
        || text
            .iter()
            .all(|&c| c == ',' || c == ';' || c.is_whitespace())
        || (0..text.len()).any(|i| {
            may_start_verb(text[i])
                && CLAUSE_VERBS
                    .iter()
                    .any(|v| v.first().is_none_or(|&f| f == text[i]) && text[i..].starts_with(v))
        })
}

/// False when no verb of [`CLAUSE_VERBS`] starts with `c` (an empty verb starts anywhere):
/// most characters of a line start none, and comparing every verb at every character was
/// most of the time of [`may_be_attribution`], which the benefit reader asks of every line.
fn may_start_verb(c: char) -> bool {
    static FIRSTS: LazyLock<Option<Vec<char>>> = LazyLock::new(|| {
        let mut firsts = Vec::new();
        for v in CLAUSE_VERBS.iter() {
            firsts.push(*v.first()?);
        }
        firsts.sort_unstable();
        firsts.dedup();
        Some(firsts)
    });
    FIRSTS
        .as_ref()
        .is_none_or(|firsts| firsts.binary_search(&c).is_ok())
}

/// True when `text` holds one of the verbs of a clause of units (compared only where a verb's
/// first character stands).
fn holds_clause_verb(text: &str) -> bool {
    text.char_indices().any(|(i, c)| {
        may_start_verb(c)
            && CLAUSE_VERBS.iter().any(|v| {
                v.first().is_none_or(|&f| f == c) && {
                    let mut rest = text[i..].chars();
                    v.iter().all(|&w| rest.next() == Some(w))
                }
            })
    })
}

/// The verbs one of which ends every clause of units ([`VERB_PART`]), as characters.
static CLAUSE_VERBS: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    let c = &*CONVENTIONS;
    c.lead_verbs
        .iter()
        .chain(&c.responsible_verbs)
        .chain(&c.in_charge_verbs)
        .map(|v| v.chars().collect())
        .collect()
});

/// True for a line that is only an attribution (labelled, or a 「…牵头,…配合」 clause).
pub fn is_attribution_line(line: &str) -> bool {
    LABELS.line.is_match(line) || clause(line).is_some()
}

/// Whether `sentence` is an attribution and nothing else, with or without its parentheses: a
/// labelled part (「(牵头单位:市税务局;」「完成时限:2020年11月底)」「(负责部门:知识产权局)」) or a
/// clause of units and their verb (「市税务局牵头,有关部门配合)」). It says who acts on the
/// sentence before it, never what is done: the Q&A quotes it only with that sentence.
pub fn is_attribution_part(sentence: &str) -> bool {
    let inner = sentence
        .trim()
        .trim_start_matches('(')
        .trim_end_matches([')', ';', '。', ','])
        .trim();
    !inner.is_empty()
        && (LABELS.any.find(inner).is_some_and(|m| m.start() == 0) || clause(inner).is_some())
}

/// Whether `text` names an attribution anywhere: a label (牵头单位:, 完成时限:, any short word
/// ending in 单位/部门 before a colon) or a lead verb (「由市发改局牵头」).
pub fn mentions_attribution(text: &str) -> bool {
    LABELS.any.is_match(text)
        || CONVENTIONS
            .lead_verbs
            .iter()
            .any(|v| text.contains(v.as_str()))
}

/// Parses an attribution line; `None` when the line is not one.
pub fn parse_line(line: &str) -> Option<Attribution> {
    if LABELS.line.is_match(line) {
        return Some(labelled(line));
    }
    clause(line)
}

/// Finds an inline attribution in parentheses at the end of `text`: the attribution and
/// the byte offset where the parenthesis opens.
pub fn inline(text: &str) -> Option<(Attribution, usize)> {
    let trimmed = text.trim_end_matches(['。', ' ', ';']);
    if !trimmed.ends_with(')') {
        return None;
    }
    // walk back to the matching open parenthesis
    let mut depth = 0;
    let mut open = None;
    for (i, c) in trimmed.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    open = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let open = open?;
    let inside = &trimmed[open + 1..trimmed.len() - 1];
    if LABELS.any.is_match(inside) {
        return Some((labelled(inside), open));
    }
    clause(inside).map(|a| (a, open))
}

/// `牵头单位:A、B;责任单位:C;已完成,持续推进` → lead, responsible, status.
fn labelled(text: &str) -> Attribution {
    let mut out = Attribution::default();
    let mut in_charge = Vec::new();
    let labels: Vec<regex::Captures> = LABELS.any.captures_iter(text).collect();
    for (k, c) in labels.iter().enumerate() {
        let m = c.get(0).expect("match");
        let end = labels
            .get(k + 1)
            .map_or(text.len(), |n| n.get(0).expect("match").start());
        let content = text[m.end()..end]
            .trim()
            .trim_end_matches([';', ',', '。', ' ']);
        let mut parts = split_top(content, &[';']).into_iter();
        let first = parts.next().unwrap_or_default();
        let label = c
            .name("b")
            .or(c.name("c"))
            .or(c.name("g"))
            .expect("a label")
            .as_str();
        match role_of_label(label) {
            Role::When => out.when.push_str(&first),
            Role::Lead => out.lead.extend(units(&first)),
            Role::InCharge => in_charge.extend(units(&first)),
            Role::Responsible => {
                let (marked, rest) = marked_lead(&first);
                out.lead.extend(marked);
                out.responsible.extend(rest);
            }
        }
        for extra in parts {
            absorb_extra(&mut out, &extra);
        }
    }
    settle_in_charge(&mut out, in_charge);
    out
}

/// The units of a list, the ones marked 「(牵头)」 apart: (marked, others).
fn marked_lead(list: &str) -> (Vec<String>, Vec<String>) {
    let mut marked = Vec::new();
    let mut others = Vec::new();
    for token in split_top(list, &['、', ',']) {
        match token.strip_suffix(LEAD_MARK) {
            Some(unit) => marked.extend(units(unit)),
            None => others.extend(units(&token)),
        }
    }
    (marked, others)
}

/// Units in charge: the first leads when nothing else does, the others are responsible.
fn settle_in_charge(out: &mut Attribution, in_charge: Vec<String>) {
    let mut in_charge = in_charge.into_iter();
    if out.lead.is_empty() {
        out.lead.extend(in_charge.next());
    }
    out.responsible.extend(in_charge);
}

/// An unlabelled clause, in parentheses or on its own line: parts separated by 「,」 or 「;」,
/// each units and a verb (「X、Y牵头」, 「Z等有关部门配合」, 「W按职责分工负责」), a date or a
/// status. The first part must name units; any part that is none of these makes it a
/// sentence, not a clause (「由市发改局牵头,建立协调机制」).
fn clause(text: &str) -> Option<Attribution> {
    let text = text.trim().trim_end_matches(['。', '.']);
    // 。 and : looked for as strings (a vectorised search), not by decoding every character
    if text.is_empty() || text.chars().count() > 300 || text.contains("。") || text.contains(':') {
        return None;
    }
    // its first part ends in a verb of the data ([`VERB_PART`]): a text holding none is no
    // clause, unless it is only separators (no part at all)
    if !holds_clause_verb(text)
        && !text
            .chars()
            .all(|c| c == ',' || c == ';' || c.is_whitespace())
    {
        return None;
    }
    let mut out = Attribution::default();
    let mut in_charge = Vec::new();
    for (k, part) in split_top(text, &[',', ';']).into_iter().enumerate() {
        if let Some(c) = VERB_PART.captures(&part) {
            let list = c["units"].replacen("会同", "、", 1);
            let tokens = split_top(&list, &['、', ',']);
            let sentence_start = tokens.first().is_some_and(|t| {
                t.starts_with(['由', '在', '按', '经', '请', '要', '对', '将', '并', '可'])
            });
            let all_units = !tokens.is_empty()
                && tokens.iter().all(|t| {
                    let t = t.split('等').next().unwrap_or("");
                    let t = t.strip_suffix(LEAD_MARK).unwrap_or(t);
                    t.chars().count() <= 30
                        && !t.contains(['由', '的', '在', '对'])
                        && (UNIT_END.is_match(t) || is_catch_all(t) || t.is_empty())
                });
            if sentence_start || !all_units {
                return None;
            }
            let (marked, found) = marked_lead(&list);
            out.lead.extend(marked);
            match role_of_verb(&c["verb"]) {
                Role::Lead => out.lead.extend(found),
                Role::InCharge => in_charge.extend(found),
                _ => out.responsible.extend(found),
            }
            continue;
        }
        if k == 0 || !absorb_extra(&mut out, &part) {
            return None;
        }
    }
    settle_in_charge(&mut out, in_charge);
    Some(out)
}

/// A part of an attribution with no units: a status or a date. False when it is neither.
fn absorb_extra(out: &mut Attribution, part: &str) -> bool {
    let part = part.trim().trim_end_matches('。');
    if part.is_empty() {
        return true;
    }
    if let Some(status) = CONVENTIONS
        .statuses
        .iter()
        .find(|s| part.contains(s.as_str()))
    {
        if out.status.is_none() {
            out.status = Some(part.to_owned())
                .filter(|p| p.chars().count() <= 20)
                .or(Some(status.clone()));
        }
        return true;
    }
    // A note on reading the attribution (the first unit leads; the same below): no content.
    if CONVENTIONS
        .attribution_notes
        .iter()
        .any(|note| part.chars().count() <= 20 && part.contains(note.as_str()))
    {
        return true;
    }
    if DATE_WORD.is_match(part) {
        if !out.when.is_empty() {
            out.when.push(';');
        }
        out.when.push_str(part);
        return true;
    }
    false
}

fn is_catch_all(unit: &str) -> bool {
    let c = &*CONVENTIONS;
    c.catch_all_units.iter().any(|w| unit.contains(w.as_str()))
        || c.bare_units.iter().any(|w| w == unit)
}

/// The units of a list (`A、B(C)、各区市政府`), catch-alls left out, `等` dropped, a stray
/// `key:value` (适用范围:…) never a unit.
pub fn units(list: &str) -> Vec<String> {
    split_top(list, &['、', ',', ';'])
        .into_iter()
        // 「X等有关部门」 / 「X等」: the unit is X (and text glued on after 等 is not a unit)
        .map(|u| u.split('等').next().unwrap_or("").trim().to_owned())
        .filter(|u| !u.is_empty() && u.chars().count() <= 40 && !u.contains(':'))
        .filter(|u| !is_catch_all(u))
        .collect()
}

/// Splits at any of `seps` outside parentheses.
fn split_top(text: &str, seps: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && seps.contains(&c) {
            out.push(std::mem::take(&mut current).trim().to_owned());
        } else {
            current.push(c);
        }
    }
    out.push(current.trim().to_owned());
    out.retain(|s| !s.is_empty());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_without_a_verb_of_units_has_no_part_the_full_pattern_reads() {
        // the prefilter of `clause` against the pattern it stands for, on every line and every
        // part of the development corpus and on texts with and without a verb
        let mut texts: Vec<String> = [
            "市税务局牵头,有关部门配合",
            "省财政厅按职责分工负责",
            "对小微企业给予补贴,按规定执行",
            "加强指导(省科技厅指导)",
        ]
        .map(str::to_owned)
        .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.extend(text.lines().map(str::to_owned));
            }
        }
        let (mut with, mut without) = (0, 0);
        for text in &texts {
            if text
                .chars()
                .all(|c| c == ',' || c == ';' || c.is_whitespace())
            {
                continue; // no part at all: read as an empty attribution either way
            }
            let parts = split_top(text, &[',', ';']);
            let read = parts.iter().any(|p| VERB_PART.is_match(p));
            if holds_clause_verb(text) {
                with += 1;
            } else {
                assert!(!read, "{text}");
                assert!(clause(text).is_none(), "{text}");
                without += 1;
            }
        }
        assert!(holds_clause_verb("市税务局牵头") && !holds_clause_verb("牵 头"));
        assert!(clause(",;").is_some() && clause("(,)").is_none());
        assert!(with >= 3 && without > 100, "{with} {without}");
    }

    #[test]
    fn what_may_be_no_attribution_is_none() {
        let texts = [
            "牵头单位:市税务局",
            "【责任单位】市财政局",
            "市税务局牵头,有关部门配合",
            "海关总署、财政部负责",
            "国家发展改革委会同有关部门负责",
            "省财政厅参与",
            "各有关单位:",
            ",;",
            " , ",
            "",
            "(",
            "对小微企业给予补贴",
            "按规定执行",
            "市税务局",
            "负 责",
            "由市发改局指导",
            "2020年9月底前完成",
        ];
        let mut rejected = 0;
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            let line = is_attribution_line(text.trim());
            let inner = is_attribution_line(text) || inline(&format!("({text})")).is_some();
            if !may_be_attribution(&chars) {
                assert!(!line && !inner, "{text}");
                rejected += 1;
            } else if text.contains(':') || text.contains('】') {
                assert!(line || inner, "{text}");
            }
        }
        assert!(may_be_attribution(&[',', ';']) && is_attribution_line(",;"));
        assert!(rejected >= 6, "{rejected}");
    }

    #[test]
    fn an_attribution_part_is_told_from_a_sentence_naming_units() {
        for part in [
            "(负责部门:知识产权局)",
            "(牵头单位:市税务局;",
            "完成时限:2020年11月底)",
            "市税务局牵头,有关部门配合)",
            "(海关总署、财政部负责)",
        ] {
            assert!(is_attribution_part(part), "{part}");
        }
        for sentence in [
            "由市发改局牵头,建立协调机制。",
            "支持在自贸试验区设置商标受理窗口。",
            "(一)推行电子营业执照。",
            "",
        ] {
            assert!(!is_attribution_part(sentence), "{sentence}");
        }
        assert!(mentions_attribution("由市发改局牵头,建立协调机制。"));
        assert!(!mentions_attribution("支持在自贸试验区设置商标受理窗口。"));
    }

    use super::*;

    #[test]
    fn inline_with_status() {
        let text = "降低成本。(牵头单位:市行政审批服务局、市市场监管局;责任单位:市财政局、各区市政府、开发区管委,市直有关部门;已完成,持续推进)";
        let (a, at) = inline(text).unwrap();
        assert_eq!(a.lead, ["市行政审批服务局", "市市场监管局"]);
        assert_eq!(a.responsible, ["市财政局", "各区市政府", "开发区管委"]);
        assert_eq!(a.status.as_deref(), Some("已完成,持续推进"));
        assert_eq!(&text[..at], "降低成本。");
    }

    #[test]
    fn inline_with_deadline_and_parenthesised_unit() {
        let (a, _) =
            inline("甲。(牵头单位:市政府办公室(市大数据服务中心);完成时限:2020年9月底)").unwrap();
        assert_eq!(a.lead, ["市政府办公室(市大数据服务中心)"]);
        assert_eq!(a.when, "2020年9月底");
        assert!(inline("甲(乙)。").is_none());
    }

    #[test]
    fn state_council_units_in_charge() {
        let (a, _) = inline("加快推进通关便利化。(海关总署、财政部、税务总局负责)").unwrap();
        assert_eq!(a.lead, ["海关总署"]);
        assert_eq!(a.responsible, ["财政部", "税务总局"]);
        let (a, _) = inline("推广经验。(负责部门:民航局,适用范围:陕西自贸试验区)").unwrap();
        assert_eq!(a.lead, ["民航局"]);
        let (a, _) =
            inline("推广试点。(税务总局、财政部、海关总署负责,排在第一位的部门为牵头部门,下同)")
                .unwrap();
        assert_eq!(a.lead, ["税务总局"]);
        assert_eq!(a.responsible, ["财政部", "海关总署"]);
        let (a, _) = inline("完善机制。(国家发展改革委会同有关部门负责)").unwrap();
        assert_eq!(a.lead, ["国家发展改革委"]);
        assert!(a.responsible.is_empty());
        assert!(inline("技工院校(技工院校内由人力资源社会保障行政部门负责)").is_none());
    }

    #[test]
    fn labelled_lines() {
        let a = parse_line("责任单位: 区税务局、区公安局").unwrap();
        assert!(a.lead.is_empty());
        assert_eq!(a.responsible, ["区税务局", "区公安局"]);
        let a = parse_line("牵头单位:市应急管理局责任单位:相关市直部门").unwrap();
        assert_eq!(a.lead, ["市应急管理局"]);
        assert!(a.responsible.is_empty());
    }

    #[test]
    fn section_clauses() {
        let a = parse_line("市税务局牵头,有关部门、单位配合").unwrap();
        assert_eq!(a.lead, ["市税务局"]);
        assert!(a.responsible.is_empty());
        let a = parse_line("市市场监督管理局牵头,市行政审批服务局、市政府办公室(市大数据服务中心)等有关部门、单位配合").unwrap();
        assert_eq!(
            a.responsible,
            ["市行政审批服务局", "市政府办公室(市大数据服务中心)"]
        );
        let a = parse_line("市自然资源和规划局、山东莱州经济开发区分别牵头,2020年10月底前完成。")
            .unwrap();
        assert_eq!(a.lead, ["市自然资源和规划局", "山东莱州经济开发区"]);
        assert_eq!(a.when, "2020年10月底前完成");
        assert!(parse_line("由市发改局牵头,建立协调机制,统筹推进工作").is_none());
        assert!(
            parse_line("市医疗保障局牵头,各医疗机构配合")
                .unwrap()
                .responsible
                == ["各医疗机构"]
        );
    }

    #[test]
    fn a_lead_and_units_by_their_duties() {
        let (a, _) =
            inline("推进数据共享。(省发展改革委牵头,省大数据局、省财政厅按职责分工负责)").unwrap();
        assert_eq!(a.lead, ["省发展改革委"]);
        assert_eq!(a.responsible, ["省大数据局", "省财政厅"]);
        let (a, _) = inline("加快建设。(省发展改革委牵头,省直有关部门按职责分工负责)").unwrap();
        assert_eq!(a.lead, ["省发展改革委"]);
        assert!(a.responsible.is_empty());
    }

    #[test]
    fn several_units_before_lead_and_cooperating_units() {
        let a = parse_line("国家卫生健康委、国务院办公厅、工业和信息化部牵头").unwrap();
        assert_eq!(a.lead, ["国家卫生健康委", "国务院办公厅", "工业和信息化部"]);
        let (a, _) = inline("优化流程。(市住房城乡建设局牵头,市自然资源局配合)").unwrap();
        assert_eq!(a.lead, ["市住房城乡建设局"]);
        assert_eq!(a.responsible, ["市自然资源局"]);
        let (a, _) = inline("完善机制。(市人社局负责,2022年底前完成)").unwrap();
        assert_eq!(a.lead, ["市人社局"]);
        assert_eq!(a.when, "2022年底前完成");
    }

    #[test]
    fn every_label_ends_its_units() {
        let (a, _) =
            inline("推进数字政府建设。(牵头单位:省政府办公厅 参加单位:省大数据局、省财政厅)")
                .unwrap();
        assert_eq!(a.lead, ["省政府办公厅"]);
        assert_eq!(a.responsible, ["省大数据局", "省财政厅"]);
        let a = parse_line("牵头考核单位:省市场监管局").unwrap();
        assert_eq!(a.lead, ["省市场监管局"]);
        let a = parse_line("【责任单位】市税务局、市财政局").unwrap();
        assert_eq!(a.responsible, ["市税务局", "市财政局"]);
        // a label the data does not list is still a label inside an attribution
        let (a, _) = inline("甲。(牵头单位:市发展改革委;督办单位:市政府督查室)").unwrap();
        assert_eq!(a.lead, ["市发展改革委"]);
        assert_eq!(a.responsible, ["市政府督查室"]);
        assert!(!is_attribution_line("各有关单位:"));
    }

    #[test]
    fn a_lead_marked_in_a_list() {
        let a = parse_line("责任单位:省发展改革委(牵头)、省财政厅、省商务厅").unwrap();
        assert_eq!(a.lead, ["省发展改革委"]);
        assert_eq!(a.responsible, ["省财政厅", "省商务厅"]);
    }
}
