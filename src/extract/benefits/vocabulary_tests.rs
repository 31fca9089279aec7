//! Tests of the benefit vocabulary: word tests, the shipped files, errors naming the file.

use super::*;

#[test]
fn words_are_found_inside_at_the_start_and_at_the_end_of_a_span() {
    let text: Vec<char> = "对小微企业免征".chars().collect();
    let words = |list: &[&str]| Words::from(list.iter().map(|w| w.to_string()).collect::<Vec<_>>());
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

/// The word tests as they read before [`Words`] indexed its words: every word compared at
/// every place.
mod every_word {
    fn at(text: &[char], at: usize, w: &str) -> bool {
        let rest = &text[at.min(text.len())..];
        !w.is_empty() && w.chars().enumerate().all(|(i, c)| rest.get(i) == Some(&c))
    }

    pub fn starts(text: &[char], at_: usize, words: &[String]) -> bool {
        words.iter().any(|w| at(text, at_, w))
    }

    pub fn within(text: &[char], at_: usize, words: &[String]) -> bool {
        words
            .iter()
            .any(|w| (0..w.chars().count()).any(|back| at_ >= back && at(text, at_ - back, w)))
    }

    pub fn ends(text: &[char], at_: usize, words: &[String]) -> bool {
        let head = &text[..at_.min(text.len())];
        words.iter().any(|w| {
            let n = w.chars().count();
            !w.is_empty() && n <= head.len() && at(head, head.len() - n, w)
        })
    }

    pub fn contains(text: &[char], from: usize, to: usize, words: &[String]) -> bool {
        let span = &text[from.min(to)..to.min(text.len())];
        (0..span.len()).any(|i| starts(span, i, words))
    }

    pub fn longest_ending(head: &[char], words: &[String]) -> usize {
        words
            .iter()
            .filter(|w| ends(head, head.len(), std::slice::from_ref(w)))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    }

    pub fn first(text: &[char], at_: usize, words: &[String]) -> Option<usize> {
        words
            .iter()
            .find(|w| at(text, at_, w))
            .map(|w| w.chars().count())
    }

    pub fn longest(text: &[char], at_: usize, words: &[String]) -> usize {
        words
            .iter()
            .filter(|w| at(text, at_, w))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0)
    }
}

#[test]
fn indexed_words_answer_as_every_word_compared_everywhere() {
    // every text of up to five characters over 企业免 (and one outside every list), against
    // lists with shared first and last characters, repeats, the empty word and a character
    // that collides with another in the index's 1,024 bits (企 + 1,024)
    let alphabet = ['企', '业', '免', 'x'];
    let collides = char::from_u32('企' as u32 + 1024).unwrap();
    let lists: Vec<Vec<String>> = [
        vec!["企业", "企", "业免", "免企业", ""],
        vec!["企业免企业", "业", "业"],
        vec![&*collides.to_string(), "x企"],
        vec![],
    ]
    .iter()
    .map(|l| l.iter().map(|w| w.to_string()).collect())
    .collect();
    let mut texts: Vec<Vec<char>> = vec![Vec::new()];
    for len in 1..=5 {
        let shorter: Vec<Vec<char>> = texts
            .iter()
            .filter(|t| t.len() == len - 1)
            .cloned()
            .collect();
        for t in shorter {
            for c in alphabet.iter().chain([&collides]) {
                let mut longer = t.clone();
                longer.push(*c);
                texts.push(longer);
            }
        }
    }
    for list in &lists {
        let words = Words::from(list.clone());
        for text in &texts {
            for at in 0..=text.len() + 1 {
                assert_eq!(
                    starts_with_any(text, at, &words),
                    every_word::starts(text, at, list)
                );
                assert_eq!(
                    ends_with_any(text, at, &words),
                    every_word::ends(text, at, list)
                );
                assert_eq!(
                    words.longest_at(text, at),
                    every_word::longest(text, at, list)
                );
                assert_eq!(
                    words.first_at(text, at),
                    every_word::first(text, at, list),
                    "{text:?} {at} {list:?}"
                );
                let head = &text[..at.min(text.len())];
                assert_eq!(
                    words.longest_ending(head),
                    every_word::longest_ending(head, list)
                );
                if at > text.len() {
                    continue;
                }
                assert_eq!(
                    within_any(text, at, &words),
                    every_word::within(text, at, list)
                );
                for to in at..=text.len() + 1 {
                    assert_eq!(
                        contains_any(text, at, to, &words),
                        every_word::contains(text, at, to, list),
                        "{text:?} {at}..{to} {list:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn word_sets_find_what_each_list_finds_alone() {
    // every text of up to five characters over 企业免 and a colliding character, as above
    let collides = char::from_u32('企' as u32 + 1024).unwrap();
    let alphabet = ['企', '业', '免', 'x', collides];
    let lists: Vec<Words> = [
        vec!["企业", "企", "业免", "免企业", ""],
        vec!["企业免企业", "业", "业"],
        vec![&*collides.to_string(), "x企"],
        vec![],
        vec!["企业"],
    ]
    .iter()
    .map(|l| Words::from(l.iter().map(|w| w.to_string()).collect::<Vec<_>>()))
    .collect();
    let sets = WordSets::new(&lists);
    for text in &crate::testing::every_text(&alphabet, 5) {
        for at in 0..=text.len() + 1 {
            let mut found = vec![false; lists.len()];
            sets.at(text, at, |l| found[l] = true);
            let alone: Vec<bool> = lists.iter().map(|w| starts_with_any(text, at, w)).collect();
            assert_eq!(found, alone, "{text:?} {at}");
        }
        // the lists holding a word in each span, found in one pass
        for start in 0..=text.len() {
            for end in start..=text.len() {
                let alone = lists
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| contains_any(text, start, end, w))
                    .fold(0u64, |bits, (i, _)| bits | 1 << i);
                assert_eq!(
                    sets.lists_in(text, start, end),
                    alone,
                    "{text:?} {start}..{end}"
                );
            }
        }
        // every place masked or not as the bits of `mask` say, every span
        for mask in 0..1u32 << text.len() {
            let masked: Vec<bool> = (0..text.len()).map(|i| mask >> i & 1 == 1).collect();
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    let alone: Vec<Option<usize>> = lists
                        .iter()
                        .map(|w| {
                            (start..end)
                                .find(|&i| !masked[i] && starts_with_any(&text[..end], i, w))
                        })
                        .collect();
                    assert_eq!(
                        sets.first_places(text, start, end, &masked),
                        alone,
                        "{text:?} {start}..{end} {masked:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_shipped_word_sets_find_what_their_lists_find() {
    // the compounds' verbs and the labels' implied words, at every place of the development
    // corpus's texts
    let v = &*VOCABULARY;
    let mut places = 0;
    for entry in std::fs::read_dir("corpus").unwrap() {
        let path = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        for at in 0..chars.len() {
            for (sets, lists) in [
                (
                    &v.compound_verbs,
                    v.compounds.iter().map(|c| &c.verbs).collect::<Vec<_>>(),
                ),
                (
                    &v.implied_words,
                    v.labels.iter().map(|l| &l.implied_by).collect(),
                ),
            ] {
                let mut found = vec![false; lists.len()];
                sets.at(&chars, at, |l| found[l] = true);
                let alone: Vec<bool> = lists
                    .iter()
                    .map(|w| starts_with_any(&chars, at, w))
                    .collect();
                assert_eq!(found, alone, "{} at {at}", path.display());
                places += usize::from(found.contains(&true));
            }
        }
    }
    assert!(places > 100, "{places}");
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
