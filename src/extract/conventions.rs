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
    /// Parts that are no operative measures but are indexed, each record marked with the part
    /// (总则, 附则): what people ask of a law's general and final provisions.
    #[serde(default)]
    pub indexed_parts: Vec<String>,
    /// A plan's or policy text's goal and guiding sections that are indexed all the same
    /// (指导思想, 基本原则, 主要目标 …), each record marked with the part its heading names:
    /// officials ask what a plan aims at by when (到2025年…) and what principles it keeps.
    #[serde(default)]
    pub plan_parts: Vec<PlanPart>,
    /// Question words asking what a plan's goal and guiding sections state (目标, 到20…, 哪年,
    /// 原则): asked so, a plan-part record does not yield.
    #[serde(default)]
    pub plan_part_cues: Vec<String>,
    /// The search score share a general-provisions record keeps when the question does not
    /// ask what general provisions state (`part_cues`).
    pub part_factor: f32,
    /// Kinds of question a law's general provisions answer for the whole matter (who, deadline).
    #[serde(default)]
    pub part_kinds: Vec<String>,
    /// Question words asking what a law's general or final provisions state (施行, 所称 …).
    pub part_cues: Vec<String>,
    /// The score share (above 1) of a general-provisions record stating what the question asks
    /// of such provisions (`asked_provisions`).
    #[serde(default = "no_factor")]
    pub provision_factor: f32,
    /// What a law's general and final provisions state in fixed wordings (a definition, the
    /// date of effect, the scope, the principles): how it is asked and how it is written.
    #[serde(default)]
    pub asked_provisions: Vec<AskedProvision>,
    /// The search score share a purpose article keeps when the question does not ask the
    /// law's purpose (`purpose_cues`).
    pub purpose_factor: f32,
    /// How a purpose article opens (为了).
    pub purpose_opens: Vec<String>,
    /// What a purpose article holds (制定本).
    pub purpose_marks: Vec<String>,
    /// Question words asking a law's purpose or basis (目的, 依据 …).
    pub purpose_cues: Vec<String>,
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

/// A part of a plan indexed though it holds no measure (`plan_parts` of `data/outline.toml`):
/// the name its records carry (目标) and the section headings that open it (主要目标, 发展目标).
#[derive(Debug, Deserialize)]
pub struct PlanPart {
    /// The part's name, as a record's `part` (目标, 指导思想, 基本原则, 总体要求).
    pub part: String,
    /// Headings of the sections that are this part (a few more words allowed, as for
    /// `non_measures`).
    pub headings: Vec<String>,
}

impl Conventions {
    /// Whether `part` (a record's `Measure::part`) is a plan's goal or guiding part
    /// (`plan_parts`), not a law's general provisions.
    pub fn is_plan_part(&self, part: &str) -> bool {
        self.plan_parts.iter().any(|p| p.part == part)
    }
}

/// One thing a law's general or final provisions state for the whole law
/// (`asked_provisions` of `data/outline.toml`): a definition (本条例所称X,是指…), the date of
/// effect (自…起施行), the scope (适用本条例), the principles.
#[derive(Debug, Deserialize)]
pub struct AskedProvision {
    /// What it is (definition, effect, scope, principle).
    pub name: String,
    /// Question words asking it (算不算, 哪天开始施行, 管不管, 原则).
    pub cues: Vec<String>,
    /// Words of the provision stating it (所称, 起施行, 适用本, 原则).
    pub marks: Vec<String>,
    /// Question words after which the term asked stands (才算老年人); with `term_before`, the
    /// provision answers only when the term it states after its mark (up to `term_closes`)
    /// shares a pair of characters with the term asked.
    #[serde(default)]
    pub term_after: Vec<String>,
    /// Question words before which the term asked stands (统计调查制度指啥).
    #[serde(default)]
    pub term_before: Vec<String>,
    /// Where the term a provision states after its mark ends (是指, 包括, a comma).
    #[serde(default)]
    pub term_closes: Vec<String>,
}

impl AskedProvision {
    /// Whether the provision is about a term (a definition): it answers only for the term asked.
    pub fn about_a_term(&self) -> bool {
        !self.term_after.is_empty() || !self.term_before.is_empty()
    }

    /// The term the question `folded` asks about: the words after a `term_after` cue, or
    /// before a `term_before` cue, within their clause (at most 12 characters). Empty when
    /// none stands there.
    pub fn asked_term(&self, folded: &str) -> String {
        const MOST: usize = 12;
        let clause_end = |c: char| "，,。？?！!;；:：吗呢啊".contains(c);
        for cue in &self.term_after {
            if let Some(at) = folded.find(cue.as_str()) {
                let rest = &folded[at + cue.len()..];
                let term: String = rest
                    .chars()
                    .take_while(|&c| !clause_end(c))
                    .take(MOST)
                    .collect();
                if !term.is_empty() {
                    return term;
                }
            }
        }
        for cue in &self.term_before {
            if let Some(at) = folded.find(cue.as_str()) {
                let before: Vec<char> = folded[..at].chars().collect();
                let start = before
                    .iter()
                    .rposition(|&c| clause_end(c))
                    .map_or(0, |i| i + 1)
                    .max(before.len().saturating_sub(MOST));
                let term: String = before[start..].iter().collect();
                if !term.is_empty() {
                    return term;
                }
            }
        }
        String::new()
    }

    /// The term `text` states after `mark` at byte `at` (本条例所称的老年人是指… → 老年人):
    /// up to the first of `term_closes`, at most 20 characters, a leading 的 left out.
    pub fn stated_term<'t>(&self, text: &'t str, at: usize, mark: &str) -> &'t str {
        let rest = &text[at + mark.len()..];
        let rest = rest.strip_prefix('的').unwrap_or(rest);
        let end = self
            .term_closes
            .iter()
            .filter_map(|c| rest.find(c.as_str()))
            .min()
            .unwrap_or(rest.len());
        let limit = rest.char_indices().nth(20).map_or(rest.len(), |(i, _)| i);
        &rest[..end.min(limit)]
    }
}

fn no_factor() -> f32 {
    1.0
}

/// The conventions, parsed on first use.
pub static CONVENTIONS: LazyLock<Conventions> = LazyLock::new(|| crate::data::OUTLINE.toml());

impl crate::measure::Measure {
    /// The subjects the divisions of a regulation this measure stands under name once for all
    /// their articles, outermost first (「第三章 法律责任 > 第一节 一般规定」 → 法律责任, 一般规定):
    /// see [`division_subjects`]. Search (the coverage and the title a measure is read with) and
    /// the Q&A (what an untitled article is about) read a measure's divisions through this one
    /// rule.
    pub fn division_subjects(&self) -> impl Iterator<Item = &str> + '_ {
        division_subjects(&self.section)
    }
}

/// The subjects the divisions of a regulation in `section` (its headings, outermost first,
/// joined by 「 > 」) name: a regulation's chapters and sections (`subject_divisions`: 第二章
/// 子女教育, 第一节 一般规定) divide it by subject, and each article under one says what applies
/// to that subject without naming it again (「父母可以选择由其中一方按扣除标准的100%扣除…」 is about
/// 子女教育 only through its chapter), while a plan's numbered sections (「三、主要措施 >
/// (一)企业开办」) group measures under broad themes and name no subject. The general and final
/// provisions (`non_measure_chapters`: 总则, 附则) name none either, and a division's marker
/// (第…章) is left out.
pub fn division_subjects(section: &str) -> impl Iterator<Item = &str> + '_ {
    let conventions = &*CONVENTIONS;
    let numeral = |c: char| c.is_ascii_digit() || "零一二三四五六七八九十百".contains(c);
    section.split(" > ").filter_map(move |part| {
        let rest = part.trim().strip_prefix('第')?;
        let end = rest.find(|c: char| !numeral(c))?;
        let (number, tail) = rest.split_at(end);
        let division = conventions
            .subject_divisions
            .iter()
            .find(|d| tail.starts_with(d.as_str()))?;
        let name = tail[division.len()..].trim();
        let general = conventions.non_measure_chapters.iter().any(|n| n == name);
        (!number.is_empty() && !name.is_empty() && !general).then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conventions_load() {
        assert!(CONVENTIONS.non_measures.iter().any(|w| w == "发展目标"));
        assert!(CONVENTIONS.lead_labels.iter().any(|w| w == "牵头单位"));
    }

    #[test]
    fn a_regulation_s_divisions_name_its_articles_subjects() {
        fn subjects(section: &str) -> Vec<&str> {
            division_subjects(section).collect()
        }
        assert_eq!(subjects("第二章子女教育"), ["子女教育"]);
        assert_eq!(
            subjects("第三章 法律责任 > 第一节 一般规定"),
            ["法律责任", "一般规定"]
        );
        assert_eq!(subjects("第3章 大病医疗"), ["大病医疗"]);
        // The general and final provisions name no subject; nor do a plan's sections, a
        // division's marker with nothing after it, an article.
        assert!(subjects("第一章总则").is_empty());
        assert!(subjects("第十二章 附则").is_empty());
        assert!(subjects("三、主要措施 > (一)企业开办").is_empty());
        assert!(subjects("第三章").is_empty());
        assert!(subjects("第十二条").is_empty());
    }
}
