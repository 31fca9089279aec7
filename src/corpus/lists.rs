//! Word lists of `data/` (read through [`crate::data`]) as patterns: a list becomes one regex
//! alternation, longest entry first, so the longest word wins where several start at the
//! same place.

use regex::Regex;

/// The pattern matching any of `words`, longest first, each escaped.
pub fn alternation_pattern<S: AsRef<str>>(words: &[S]) -> String {
    let mut words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// One regex matching any of `words`, longest first.
pub fn alternation<S: AsRef<str>>(words: &[S]) -> Regex {
    Regex::new(&alternation_pattern(words)).expect("escaped words form a valid regex")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first() {
        let list = ["国务院", "国务院办公厅"];
        assert_eq!(
            alternation(&list)
                .find("国务院办公厅印发")
                .unwrap()
                .as_str(),
            "国务院办公厅"
        );
        assert_eq!(alternation_pattern(&["a.b"]), r"a\.b");
    }
}
