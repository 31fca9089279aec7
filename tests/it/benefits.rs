//! Benefit facts (受益对象, 惠企方式, 额度) on the repository's corpus. Properties checked:
//! - against the development gold `tests/eval/benefits.jsonl` (written blind to the extractor,
//!   rules in `tests/eval/BENEFITS.md`), precision and recall of beneficiaries, benefit types
//!   and amounts are each at least 0.90 (the figures are printed:
//!   `cargo test --test it benefits -- --nocapture`; the same table as
//!   `zhengce eval --benefits tests/eval/benefits.jsonl`);
//! - against the second development gold `tests/eval/benefits-dev2.jsonl` (174 other measures,
//!   `tests/eval/BENEFITS-DEV2.md`), no figure falls below the README's, less 0.01
//!   (the 0.90 target is not reached there yet: README, 「Benefit facts」), nor against the
//!   third `tests/eval/benefits-dev3.jsonl` (92 measures, `tests/eval/BENEFITS-DEV3.md`) nor the
//!   sixth `tests/eval/benefits-dev6.jsonl` (a random sample of 80, `tests/eval/BENEFITS-DEV6.md`),
//!   nor the fourth and fifth (`tests/eval/benefits-dev4.jsonl`, `benefits-dev5.jsonl`, written
//!   blind as our own held-out sets, promoted to development on 2026-12-02);
//! - every gold measure is found;
//! - the indexed record (what `zhengce export` and the JSON API give) carries the fields.

use std::path::Path;

use zhengce::extract::benefits::score::{load_gold, score};

fn dev_gold() -> Vec<zhengce::extract::benefits::score::GoldMeasure> {
    load_gold(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/benefits.jsonl"))
        .expect("tests/eval/benefits.jsonl loads")
}

#[test]
fn benefit_facts_meet_the_development_gold() {
    let measures = crate::engine().all_measures().expect("measures");
    let scores = score(&dev_gold(), &measures);
    println!("{}", scores.to_table());
    for miss in &scores.misses {
        println!(
            "{:?}\t{}\t{}",
            miss.measure,
            miss.contains,
            miss.notes.join("; ")
        );
    }
    assert_eq!(scores.found, scores.total, "every gold measure is found");
    for (field, counts) in [
        ("beneficiaries", scores.beneficiaries),
        ("benefit_types", scores.benefit_types),
        ("amounts", scores.amounts),
    ] {
        assert!(
            counts.precision() >= 0.90 && counts.recall() >= 0.90,
            "{field}: precision {:.3}, recall {:.3}",
            counts.precision(),
            counts.recall()
        );
    }
}

/// Scores `file` and asserts each (field, precision, recall) floor.
fn holds_floors(file: &str, floors: [(&str, f64, f64); 3]) {
    let gold = load_gold(&Path::new(env!("CARGO_MANIFEST_DIR")).join(file))
        .unwrap_or_else(|e| panic!("{file} loads: {e}"));
    let measures = crate::engine().all_measures().expect("measures");
    let scores = score(&gold, &measures);
    println!("{file}\n{}", scores.to_table());
    assert!(
        scores.found + 1 >= scores.total,
        "{file}: gold measures found: {}",
        scores.found
    );
    let counts = [scores.beneficiaries, scores.benefit_types, scores.amounts];
    for ((field, precision, recall), counts) in floors.into_iter().zip(counts) {
        assert!(
            counts.precision() >= precision && counts.recall() >= recall,
            "{file} {field}: precision {:.3}, recall {:.3}",
            counts.precision(),
            counts.recall()
        );
    }
}

#[test]
fn benefit_facts_hold_on_the_second_development_gold() {
    // the figures in the README, less 0.01
    holds_floors(
        "tests/eval/benefits-dev2.jsonl",
        [
            ("beneficiaries", 0.91, 0.88),
            ("benefit_types", 0.90, 0.904),
            ("amounts", 0.99, 0.87),
        ],
    );
}

#[test]
fn benefit_facts_hold_on_the_third_development_gold() {
    // the figures in the README, less 0.01
    holds_floors(
        "tests/eval/benefits-dev3.jsonl",
        [
            ("beneficiaries", 0.879, 0.92),
            ("benefit_types", 0.79, 0.92),
            ("amounts", 0.83, 0.99),
        ],
    );
}

#[test]
fn benefit_facts_hold_on_the_sixth_development_gold() {
    // a random sample (tests/eval/BENEFITS-DEV6.md): 8 grants among 80 measures, so each
    // figure moves by a whole measure; the README's figures, less 0.01 (beneficiaries are
    // 2 of 6 there, none false)
    holds_floors(
        "tests/eval/benefits-dev6.jsonl",
        [
            ("beneficiaries", 0.99, 0.32),
            ("benefit_types", 0.59, 0.49),
            ("amounts", 0.99, 0.99),
        ],
    );
}

#[test]
fn benefit_facts_hold_on_the_fourth_and_fifth_development_golds() {
    // written blind, promoted from own held-out to development on 2026-12-02; the README's
    // figures, less 0.01 (dev4 holds no gold amount: its amount precision counts only its 3
    // false figures)
    holds_floors(
        "tests/eval/benefits-dev4.jsonl",
        [
            ("beneficiaries", 0.91, 0.82),
            ("benefit_types", 0.79, 0.75),
            ("amounts", 0.0, 0.99),
        ],
    );
    holds_floors(
        "tests/eval/benefits-dev5.jsonl",
        [
            ("beneficiaries", 0.942, 0.635),
            ("benefit_types", 0.89, 0.696),
            ("amounts", 0.24, 0.99),
        ],
    );
}

#[test]
fn the_indexed_record_carries_the_benefit_fields() {
    let measures = crate::engine().all_measures().expect("measures");
    let with_amount = measures
        .iter()
        .find(|m| m.amounts.iter().any(|a| a.beneficiary.is_some()))
        .expect("some measure binds an amount to a group");
    let json = serde_json::to_value(with_amount).unwrap();
    for field in ["beneficiaries", "benefit_types", "amounts", "grants"] {
        assert!(json.get(field).is_some(), "{field} in {json}");
    }
    let a = &with_amount.amounts[0];
    let chars: Vec<char> = with_amount.text.chars().collect();
    assert_eq!(chars[a.start..a.end].iter().collect::<String>(), a.text);
}
