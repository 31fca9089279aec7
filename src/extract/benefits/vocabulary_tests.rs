//! Tests of the benefit vocabulary: word tests, the shipped files, errors naming the file.

use super::*;

#[test]
fn words_are_found_inside_at_the_start_and_at_the_end_of_a_span() {
    let text: Vec<char> = "对小微企业免征".chars().collect();
    let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    assert!(contains_any(&text, 0, 7, &words(&["", "免征"])));
    assert!(contains_any(&text, 1, 5, &words(&["小微企业"])));
    assert!(!contains_any(&text, 1, 4, &words(&["小微企业", ""])));
    assert!(!contains_any(&text, 5, 7, &words(&["免征收"])));
    assert!(ends_with_any(&text, 5, &words(&["企业"])));
    assert!(!ends_with_any(&text, 5, &words(&["", "对小微企业免"])));
    assert!(ends_with_any(&text, 9, &words(&["对小微企业免征"])));
    assert!(!ends_with_any(&text, 1, &words(&["x对"])));
    assert!(starts_with_any(&text, 5, &words(&["免征"])));
}

#[test]
fn the_shipped_vocabulary_parses() {
    let v = &*VOCABULARY;
    assert!(v.label("小微企业").is_some());
    assert_eq!(
        v.with_broader("小规模纳税人"),
        ["小规模纳税人", "小微企业", "中小企业", "所有企业"]
    );
    let text: Vec<char> = "中小微企业".chars().collect();
    let (len, labels) = v.aliases.longest_at(&text, 0).unwrap();
    assert_eq!(len, 5);
    let names: Vec<&str> = labels.iter().map(|&i| v.labels[i].name.as_str()).collect();
    assert!(
        names.contains(&"小微企业") && names.contains(&"中小企业"),
        "{names:?}"
    );
}

#[test]
fn a_bad_file_is_named() {
    let err = Vocabulary::parse("label = 1", BENEFIT_TYPES, AMOUNTS).unwrap_err();
    assert!(err.starts_with("data/beneficiaries.toml"), "{err}");
    let bad = "[[label]]\nname = \"a\"\naliases = []\nbroader = [\"b\"]\n";
    let err = Vocabulary::parse(bad, BENEFIT_TYPES, AMOUNTS).unwrap_err();
    assert!(err.contains("unknown broader label `b`"), "{err}");
}
