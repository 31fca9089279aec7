//! Answerability priors: a question asks for a kind of answer ([`Kind`], read by the Q&A's
//! question analysis from its ways of asking), and a measure that cannot hold that kind of
//! answer is moved down in the coverage rerank. A who-question (哪个部门牵头) is answered by
//! a measure that names its lead unit; a time question (要多久) by one that states a
//! duration. What counts as a duration or a cost is the Q&A's value patterns
//! (`data/question_kinds.toml`), so search and answers agree. Keyword queries (no way of
//! asking) are left as they are.

use crate::index::analyzer::fold;
use crate::question::values::find_value;
use crate::question::Kind;
use crate::Measure;

/// Factor for a measure naming no lead unit, for a who-question.
pub const NO_LEAD_UNIT: f32 = 0.5;
/// Factor for a measure stating no duration, for a time question.
pub const NO_DURATION: f32 = 0.7;
/// Factor for a measure saying nothing of money, for a cost question.
pub const NO_COST: f32 = 0.7;
/// Factor for a measure where a unit the query names only takes part (责任单位), not leads.
pub const NOT_LEADING: f32 = 0.8;

/// The factor a measure's score gets for a question of `kind` (1 when it can answer), and
/// for the units the (folded) query names: a measure led by a unit named is preferred
/// to one where the unit only takes part.
pub fn factor(kind: Option<Kind>, folded: &str, measure: &Measure) -> f32 {
    let by_kind = match kind {
        Some(Kind::Who) if measure.lead_units.is_empty() => NO_LEAD_UNIT,
        Some(Kind::Time) if find_value(Kind::Time, &measure.text).is_none() => NO_DURATION,
        Some(Kind::Cost) if find_value(Kind::Cost, &measure.text).is_none() => NO_COST,
        _ => 1.0,
    };
    let not_leading =
        names_any(folded, &measure.responsible_units) && !names_any(folded, &measure.lead_units);
    by_kind * if not_leading { NOT_LEADING } else { 1.0 }
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
    fn a_unit_named_is_preferred_where_it_leads() {
        let helps = measure("优化保证金制度。", &["区财政局"], &["区营商局(行政审批局)"]);
        let leads = measure("试点电子证照。", &["区营商局"], &["区住建局"]);
        assert_eq!(factor(None, "鲅鱼圈营商局负责哪些", &helps), NOT_LEADING);
        assert_eq!(factor(None, "鲅鱼圈营商局负责哪些", &leads), 1.0);
        // A topic word inside a unit's name is not a unit named.
        let bank = measure("首贷培植。", &["市财政局"], &["人民银行莱州市支行"]);
        assert_eq!(factor(None, "小微企业去银行贷款", &bank), 1.0);
    }
}
