//! Attribution of a measure: 牵头单位, 责任单位, 完成时限 and status, wherever they are
//! written: inline at the end of the measure (`(牵头单位:…;责任单位:…;完成时限:…)`), on
//! the lines after it (`牵头单位:…` / `责任部门:…`), or as a clause that closes a section
//! (`市税务局牵头,有关部门、单位配合`, `…分别牵头,2020年10月底前完成`). Catch-all units
//! (有关部门、单位, 市直有关部门) are left out, as listed in `data/outline.toml`.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

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

#[derive(Deserialize)]
struct Conventions {
    catch_all_units: Vec<String>,
    bare_units: Vec<String>,
    statuses: Vec<String>,
}

static CONVENTIONS: LazyLock<Conventions> = LazyLock::new(|| {
    toml::from_str(include_str!("../../data/outline.toml")).expect("valid data/outline.toml")
});

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间|时间节点)\s*[::]")
        .expect("valid regex")
});
static LABEL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|完成时限|完成时间)\s*[::]")
        .expect("valid regex")
});
/// `X、Y(分别)牵头[,rest]` closing a section or an item.
static CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<lead>[^。:;]{2,200}?)(?:分别)?牵头(?:[,;](?P<rest>.*?))?[。.]?$")
        .expect("valid regex")
});
static UNIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:局|厅|委|办|院|室|部|会|署|中心|公司|组|行|所|队|站|区|镇|街|街道|政府|海关|机构|集团|管委|分局|支行|法院|检察院|\))$")
        .expect("valid regex")
});
static DATE_WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}年|\d{1,2}月|年底|年内").expect("valid regex"));

/// True for a line that is only an attribution (labelled, or a 「…牵头,…配合」 clause).
pub fn is_attribution_line(line: &str) -> bool {
    LABEL_LINE.is_match(line) || clause(line).is_some()
}

/// Parses an attribution line; `None` when the line is not one.
pub fn parse_line(line: &str) -> Option<Attribution> {
    if LABEL_LINE.is_match(line) {
        return Some(labelled(line));
    }
    clause(line)
}

/// Finds an inline attribution in parentheses at the end of `text`: the attribution and
/// the byte offset where the parenthesis opens.
pub fn inline(text: &str) -> Option<(Attribution, usize)> {
    let trimmed = text.trim_end_matches(['。', ' ']);
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
    if LABEL.is_match(inside) {
        return Some((labelled(inside), open));
    }
    responsible_clause(inside).map(|a| (a, open))
}

/// The State Council's 「(海关总署、财政部负责)」 / 「(负责部门:商务部)」: the units in
/// charge, the first of them leading (「排在第一位的部门为牵头部门」).
fn responsible_clause(inside: &str) -> Option<Attribution> {
    static IN_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:负责(?:部门|单位)\s*:\s*(?P<a>[^,;]+)|(?P<b>[^,;:]+?)(?:按职责分工|分别|共同)?负责)(?:[,;].*)?$")
            .expect("valid regex")
    });
    let c = IN_CHARGE.captures(inside.trim())?;
    let list = c.name("a").or(c.name("b"))?.as_str();
    let list = list.replacen("会同", "、", 1);
    let tokens = split_top(&list, &['、', ',']);
    let all_units = !tokens.is_empty()
        && tokens.iter().all(|t| {
            let t = t.split('等').next().unwrap_or("");
            t.chars().count() <= 30
                && (UNIT_END.is_match(t) || t.contains("有关") || t.contains("相关"))
        });
    if !all_units {
        return None;
    }
    let mut all = units(&list).into_iter();
    Some(Attribution {
        lead: all.next().into_iter().collect(),
        responsible: all.collect(),
        ..Attribution::default()
    })
}

/// `牵头单位:A、B;责任单位:C;已完成,持续推进` → lead, responsible, status.
fn labelled(text: &str) -> Attribution {
    let mut out = Attribution::default();
    let labels: Vec<regex::Match> = LABEL.find_iter(text).collect();
    for (k, m) in labels.iter().enumerate() {
        let end = labels.get(k + 1).map_or(text.len(), |n| n.start());
        let content = text[m.end()..end]
            .trim()
            .trim_end_matches([';', ',', '。', ' ']);
        let mut parts = split_top(content, &[';']).into_iter();
        let first = parts.next().unwrap_or_default();
        let label = m.as_str();
        if label.starts_with("完成") || label.starts_with("时间") {
            out.when.push_str(&first);
        } else if label.starts_with("牵头") {
            out.lead.extend(units(&first));
        } else {
            out.responsible.extend(units(&first));
        }
        for extra in parts {
            absorb_extra(&mut out, &extra);
        }
    }
    out
}

/// A 「X、Y牵头,Z等有关部门、单位配合,2020年10月底前完成」 clause.
fn clause(line: &str) -> Option<Attribution> {
    let line = line.trim();
    if line.chars().count() > 300 {
        return None;
    }
    let c = CLAUSE.captures(line)?;
    let lead_units = units(&c["lead"]);
    let raw_tokens = split_top(&c["lead"], &['、', ',']);
    let sentence_start = raw_tokens.first().is_some_and(|t| {
        t.starts_with(['由', '在', '按', '经', '请', '要', '对', '将', '并', '可'])
    });
    if raw_tokens.is_empty()
        || sentence_start
        || !raw_tokens
            .iter()
            .all(|t| UNIT_END.is_match(t) && t.chars().count() <= 30)
    {
        return None;
    }
    let mut out = Attribution {
        lead: lead_units,
        ..Attribution::default()
    };
    if let Some(rest) = c.name("rest") {
        for part in split_top(rest.as_str(), &[',', ';']) {
            absorb_extra(&mut out, &part);
        }
    }
    Some(out)
}

/// An unlabelled part of an attribution: cooperating units, a date, or a status.
fn absorb_extra(out: &mut Attribution, part: &str) {
    let part = part.trim().trim_end_matches('。');
    if part.is_empty() {
        return;
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
        return;
    }
    if let Some(before) = part.strip_suffix("配合") {
        let before = match before.find('等') {
            Some(i) if before[i..].contains("有关") || before[i..].contains("相关") => {
                &before[..i]
            }
            _ => before,
        };
        out.responsible.extend(units(before));
        return;
    }
    if DATE_WORD.is_match(part) {
        if !out.when.is_empty() {
            out.when.push(';');
        }
        out.when.push_str(part);
    }
}

/// The units of a list (`A、B(C)、各区市政府`), catch-alls left out, `等` dropped.
pub fn units(list: &str) -> Vec<String> {
    split_top(list, &['、', ',', ';'])
        .into_iter()
        // 「X等有关部门」 / 「X等」: the unit is X (and text glued on after 等 is not a unit)
        .map(|u| u.split('等').next().unwrap_or("").trim().to_owned())
        .filter(|u| !u.is_empty() && u.chars().count() <= 40)
        .filter(|u| {
            !CONVENTIONS
                .catch_all_units
                .iter()
                .any(|w| u.contains(w.as_str()))
        })
        .filter(|u| !CONVENTIONS.bare_units.contains(u))
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
}
