//! The outline and attribution conventions of `data/outline.toml`, read once for the whole
//! extraction stage: headings that are not measures, footer labels, attribution labels and
//! verbs, catch-all units, statuses.

use std::sync::LazyLock;

use serde::Deserialize;

/// Everything `data/outline.toml` holds (its comments say what each list means).
#[derive(Debug, Deserialize)]
pub struct Conventions {
    /// Headings of sections that are no measures (指导思想, 发展目标, 保障措施 …).
    pub non_measures: Vec<String>,
    /// Headings of a regulation's chapters that are no measures (总则, 附则).
    pub non_measure_chapters: Vec<String>,
    /// Divisions of a regulation whose heading names the subject of its articles (章, 节).
    pub subject_divisions: Vec<String>,
    /// Labels of footer lines (抄送, 联系人 …).
    pub footer_labels: Vec<String>,
    /// Labels of lead units (牵头单位 …).
    pub lead_labels: Vec<String>,
    /// Labels of responsible units (责任单位, 配合单位, 参加单位 …).
    pub responsible_labels: Vec<String>,
    /// Labels of completion dates (完成时限 …).
    pub time_labels: Vec<String>,
    /// Verbs after lead units (牵头).
    pub lead_verbs: Vec<String>,
    /// Verbs after responsible units (配合, 参与 …).
    pub responsible_verbs: Vec<String>,
    /// Verbs after the units in charge (负责).
    pub in_charge_verbs: Vec<String>,
    /// Words that make a unit a catch-all (有关, 相关).
    pub catch_all_units: Vec<String>,
    /// Words that are no unit on their own (单位, 部门).
    pub bare_units: Vec<String>,
    /// Status phrases (已完成,持续推进 …).
    pub statuses: Vec<String>,
    /// Notes of an attribution on how to read it (排在第一位的部门为牵头部门, 下同).
    #[serde(default)]
    pub attribution_notes: Vec<String>,
}

/// The conventions, parsed on first use.
pub static CONVENTIONS: LazyLock<Conventions> = LazyLock::new(|| crate::data::OUTLINE.toml());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conventions_load() {
        assert!(CONVENTIONS.non_measures.iter().any(|w| w == "发展目标"));
        assert!(CONVENTIONS.lead_labels.iter().any(|w| w == "牵头单位"));
    }
}
