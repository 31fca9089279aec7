//! The kind of answer a question wants ([`Kind`]): its names in JSON and in
//! `data/question_kinds.toml`, and what each kind's answer is made of.

use serde::{Deserialize, Serialize};

/// The kind of answer a question wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// 多久 / 几天 / 时限: a duration.
    Time,
    /// 要钱吗 / 费用 / 补贴多少: a fee, an exemption, an amount.
    Cost,
    /// 哪个部门 / 谁牵头: the lead unit.
    Who,
    /// 什么时候 / 哪年: a date by which something is done.
    Deadline,
    /// …吗 / 是否 / 能不能: whether a measure provides something.
    Yesno,
    /// 怎么办 / 如何, and keyword queries: what the measure says.
    Howto,
    /// 哪些 / 有什么: the measures on a topic.
    List,
    /// 其他地方 / 各地: the same kind of measure across regions.
    Precedent,
}

impl Kind {
    /// Every kind, in the order of the table.
    pub const ALL: [Kind; 8] = [
        Kind::Precedent,
        Kind::Who,
        Kind::Deadline,
        Kind::Time,
        Kind::Cost,
        Kind::List,
        Kind::Howto,
        Kind::Yesno,
    ];

    /// The name used in JSON and in the rules table.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Time => "time",
            Kind::Cost => "cost",
            Kind::Who => "who",
            Kind::Deadline => "deadline",
            Kind::Yesno => "yesno",
            Kind::Howto => "howto",
            Kind::List => "list",
            Kind::Precedent => "precedent",
        }
    }

    /// The kind with this name.
    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// Whether the answer is a value found in a sentence (a duration, an amount, a date).
    pub fn wants_value(self) -> bool {
        matches!(self, Kind::Time | Kind::Cost | Kind::Deadline | Kind::Who)
    }

    /// Whether the answer lists measures (one line per measure, grouped by region).
    pub fn is_list(self) -> bool {
        matches!(self, Kind::List | Kind::Precedent)
    }
}
