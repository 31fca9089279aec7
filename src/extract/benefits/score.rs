//! Scoring benefit facts against a gold file (`tests/eval/benefits.jsonl`, written by an
//! annotator who never saw this code): precision and recall of beneficiaries, benefit types
//! and amounts, micro-averaged over the gold measures.
//!
//! A gold line names its measure by a substring of its text (whitespace ignored) and its
//! document (corpus file or document id). Labels match when equal. Amounts match one to one
//! when they have the same number in the same unit after normalising: 万元/亿元/千元 → 元,
//! ‰ → %, 个工作日/工作日 → 工作日, 日/天/自然日 → 天, 8.5折 = 85折 (`data/benefit_amounts.toml`
//! holds the units). Among matched amounts, `binding` counts the ones bound to the same
//! beneficiary.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::extract::benefits::vocabulary::{Vocabulary, VOCABULARY};
use crate::{Error, Measure, Result};

/// One gold measure.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldMeasure {
    /// A substring of the measure's text.
    pub contains: String,
    /// The corpus file (or document id) the measure is in.
    pub doc: String,
    /// Beneficiary labels.
    pub beneficiaries: Vec<String>,
    /// Benefit types.
    pub benefit_types: Vec<String>,
    /// Amounts.
    pub amounts: Vec<GoldAmount>,
}

/// One gold amount.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldAmount {
    /// As written.
    #[serde(default)]
    pub text: String,
    /// The number.
    pub value: f64,
    /// The unit.
    pub unit: String,
    /// The label it is bound to.
    #[serde(default)]
    pub beneficiary: Option<String>,
}

/// Reads a gold file, one JSON object a line; names the file and line on a bad line.
pub fn load_gold(path: &Path) -> Result<Vec<GoldMeasure>> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| Error::io(format!("reading {}", path.display()), err))?;
    let mut out = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let gold: GoldMeasure = serde_json::from_str(line).map_err(|err| {
            Error::invalid("FILE", format!("{}:{}: {err}", path.display(), number + 1))
        })?;
        out.push(gold);
    }
    if out.is_empty() {
        return Err(Error::invalid(
            "FILE",
            format!("{}: no gold measures", path.display()),
        ));
    }
    Ok(out)
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Counts {
    /// Found and in the gold.
    pub tp: usize,
    /// Found, not in the gold.
    pub fp: usize,
    /// In the gold, not found.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp); 1 when nothing was found and nothing was expected.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// What one gold measure got wrong (for `--verbose`).
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    /// The gold line's `contains`.
    pub contains: String,
    /// Measure id, when found.
    pub measure: Option<String>,
    /// Human-readable differences.
    pub notes: Vec<String>,
}

/// The scores of a gold file.
#[derive(Debug, Clone, Default, Serialize)]
pub struct BenefitScores {
    /// Gold measures.
    pub total: usize,
    /// Gold measures found in the corpus.
    pub found: usize,
    /// Beneficiary labels.
    pub beneficiaries: Counts,
    /// Benefit types.
    pub benefit_types: Counts,
    /// Amounts (same number and unit after normalising).
    pub amounts: Counts,
    /// Matched amounts bound to the same beneficiary as in the gold.
    pub binding: usize,
    /// Measures with a difference.
    pub misses: Vec<Miss>,
}

impl BenefitScores {
    /// The figures as a table for the command line.
    pub fn to_table(&self) -> String {
        let mut out = format!(
            "gold measures {}, found {}\n{:<14} {:>9} {:>9} {:>6} {:>6} {:>6}\n",
            self.total, self.found, "field", "precision", "recall", "tp", "fp", "fn"
        );
        for (name, c) in [
            ("beneficiaries", self.beneficiaries),
            ("benefit_types", self.benefit_types),
            ("amounts", self.amounts),
        ] {
            out.push_str(&format!(
                "{:<14} {:>9.3} {:>9.3} {:>6} {:>6} {:>6}\n",
                name,
                c.precision(),
                c.recall(),
                c.tp,
                c.fp,
                c.fn_
            ));
        }
        out.push_str(&format!(
            "amounts bound to the gold beneficiary: {} of {} matched ({:.3})\n",
            self.binding,
            self.amounts.tp,
            ratio(self.binding, self.amounts.tp)
        ));
        out
    }
}

fn strip(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The measure a gold line names: in its document, containing its substring.
pub fn find<'a>(gold: &GoldMeasure, measures: &'a [Measure]) -> Option<&'a Measure> {
    let want = strip(&gold.contains);
    let in_doc = |m: &Measure| {
        m.source == gold.doc
            || m.doc_id == gold.doc
            || gold.doc.is_empty()
            || m.id.starts_with(&format!("{}.", gold.doc))
    };
    measures
        .iter()
        .find(|m| in_doc(m) && strip(&m.text).contains(&want))
        .or_else(|| measures.iter().find(|m| strip(&m.text).contains(&want)))
}

/// A unit and value in comparable form: (value in the base unit, base unit).
pub fn normalise(value: f64, unit: &str, v: &Vocabulary) -> (f64, String) {
    let unit = unit.trim();
    let known = v
        .units
        .iter()
        .find(|u| u.unit == unit || u.written.iter().any(|w| w == unit))
        .or_else(|| {
            v.units.iter().find(|u| {
                u.kind == super::vocabulary::UnitKind::Count
                    && u.nouns.iter().any(|n| unit.contains(n.as_str()))
            })
        });
    match known {
        Some(u) => {
            let mut value = value * u.factor;
            if u.base == "折" && value > 10.0 {
                value /= 10.0;
            }
            (value, u.base.clone())
        }
        // a bare counter (12个, 3项) is compared as written
        None => (value, unit.to_owned()),
    }
}

fn same(a: &(f64, String), b: &(f64, String)) -> bool {
    a.1 == b.1 && (a.0 - b.0).abs() <= 1e-6 * a.0.abs().max(b.0.abs()).max(1.0)
}

fn labels(found: &[String], gold: &[String], what: &str, notes: &mut Vec<String>) -> Counts {
    let tp = found.iter().filter(|l| gold.contains(l)).count();
    let extra: Vec<&String> = found.iter().filter(|l| !gold.contains(l)).collect();
    let missing: Vec<&String> = gold.iter().filter(|l| !found.contains(l)).collect();
    if !extra.is_empty() {
        notes.push(format!("{what} extra {extra:?}"));
    }
    if !missing.is_empty() {
        notes.push(format!("{what} missing {missing:?}"));
    }
    Counts {
        tp,
        fp: extra.len(),
        fn_: missing.len(),
    }
}

/// Scores `measures` (each with its benefit fields) against `gold`.
pub fn score(gold: &[GoldMeasure], measures: &[Measure]) -> BenefitScores {
    let v = &*VOCABULARY;
    let mut scores = BenefitScores {
        total: gold.len(),
        ..Default::default()
    };
    for g in gold {
        let mut notes = Vec::new();
        let measure = find(g, measures);
        let empty = Measure::default();
        let m = match measure {
            Some(m) => {
                scores.found += 1;
                m
            }
            None => {
                notes.push("measure not found".to_owned());
                &empty
            }
        };
        scores.beneficiaries.add(labels(
            &m.beneficiaries,
            &g.beneficiaries,
            "beneficiaries",
            &mut notes,
        ));
        scores.benefit_types.add(labels(
            &m.benefit_types,
            &g.benefit_types,
            "benefit_types",
            &mut notes,
        ));
        let mut unmatched: Vec<usize> = (0..m.amounts.len()).collect();
        let mut counts = Counts::default();
        for ga in &g.amounts {
            let want = normalise(ga.value, &ga.unit, v);
            let hit = unmatched
                .iter()
                .position(|&i| same(&normalise(m.amounts[i].value, &m.amounts[i].unit, v), &want));
            match hit {
                Some(k) => {
                    let i = unmatched.remove(k);
                    counts.tp += 1;
                    if m.amounts[i].beneficiary == ga.beneficiary {
                        scores.binding += 1;
                    } else {
                        notes.push(format!(
                            "amount {} bound to {:?}, gold {:?}",
                            m.amounts[i].text, m.amounts[i].beneficiary, ga.beneficiary
                        ));
                    }
                }
                None => {
                    counts.fn_ += 1;
                    notes.push(format!(
                        "amount missing {} ({} {})",
                        ga.text, ga.value, ga.unit
                    ));
                }
            }
        }
        for &i in &unmatched {
            counts.fp += 1;
            notes.push(format!("amount extra {}", m.amounts[i].text));
        }
        scores.amounts.add(counts);
        if !notes.is_empty() {
            scores.misses.push(Miss {
                contains: g.contains.clone(),
                measure: measure.map(|m| m.id.clone()),
                notes,
            });
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_normalise() {
        let v = &*VOCABULARY;
        assert!(same(
            &normalise(50.0, "万元", v),
            &normalise(500000.0, "元", v)
        ));
        assert!(same(
            &normalise(3.0, "工作日", v),
            &normalise(3.0, "个工作日", v)
        ));
        assert!(same(&normalise(8.5, "折", v), &normalise(85.0, "折", v)));
        assert!(same(&normalise(5.0, "日", v), &normalise(5.0, "天", v)));
        assert!(!same(
            &normalise(5.0, "天", v),
            &normalise(5.0, "个工作日", v)
        ));
    }

    #[test]
    fn precision_and_recall_count_labels_and_amounts() {
        let mut m = Measure {
            id: "d.1".into(),
            doc_id: "d".into(),
            source: "d.txt".into(),
            text: "对小微企业给予最高50万元补贴。".into(),
            ..Default::default()
        };
        crate::extract::benefits::fill(&mut m);
        let gold = GoldMeasure {
            contains: "最高50万元".into(),
            doc: "d.txt".into(),
            beneficiaries: vec!["小微企业".into(), "中小企业".into()],
            benefit_types: vec!["补贴奖励".into()],
            amounts: vec![GoldAmount {
                text: "最高50万元".into(),
                value: 500000.0,
                unit: "元".into(),
                beneficiary: Some("小微企业".into()),
            }],
        };
        let s = score(&[gold], &[m]);
        assert_eq!(s.found, 1);
        assert_eq!(
            s.beneficiaries,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(s.benefit_types.precision(), 1.0);
        assert_eq!(
            s.amounts,
            Counts {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(s.binding, 1);
    }
}
