//! Finding words in a text of characters: the longest entry of a [`Lexicon`] at a place,
//! and whether a span starts with, ends with or holds one of a list of words.

use std::collections::HashMap;

/// Words with a payload; finds the longest word starting at a character position.
#[derive(Debug)]
pub struct Lexicon<T> {
    /// first character → (word as characters, payload), longest first.
    by_first: HashMap<char, Vec<(Vec<char>, T)>>,
}

impl<T> Lexicon<T> {
    pub(super) fn new(words: HashMap<String, T>) -> Self {
        let mut by_first: HashMap<char, Vec<(Vec<char>, T)>> = HashMap::new();
        for (word, payload) in words {
            let chars: Vec<char> = word.chars().collect();
            if let Some(&first) = chars.first() {
                by_first.entry(first).or_default().push((chars, payload));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        Lexicon { by_first }
    }

    /// The longest word at `at` in `text`: its length in characters and its payload.
    pub fn longest_at(&self, text: &[char], at: usize) -> Option<(usize, &T)> {
        let list = self.by_first.get(text.get(at)?)?;
        list.iter()
            .find(|(word, _)| text[at..].starts_with(word))
            .map(|(word, payload)| (word.len(), payload))
    }

    /// Every longest, non-overlapping word of `text[from..to]`, left to right: (start, len, payload).
    pub fn scan(&self, text: &[char], from: usize, to: usize) -> Vec<(usize, usize, &T)> {
        let mut out = Vec::new();
        let mut at = from;
        while at < to {
            match self.longest_at(&text[..to], at) {
                Some((len, payload)) => {
                    out.push((at, len, payload));
                    at += len;
                }
                None => at += 1,
            }
        }
        out
    }
}

/// True when `text[at..]` starts with one of `words`.
pub fn starts_with_any(text: &[char], at: usize, words: &[String]) -> bool {
    let rest = &text[at.min(text.len())..];
    words.iter().any(|w| {
        let mut chars = w.chars();
        let mut i = 0;
        loop {
            match chars.next() {
                None => return i > 0,
                Some(c) if rest.get(i) == Some(&c) => i += 1,
                Some(_) => return false,
            }
        }
    })
}

/// True when the character at `at` lies inside an occurrence of one of `words`.
pub fn within_any(text: &[char], at: usize, words: &[String]) -> bool {
    words.iter().any(|w| {
        let one = std::slice::from_ref(w);
        (0..w.chars().count()).any(|back| at >= back && starts_with_any(text, at - back, one))
    })
}

/// True when `text[..at]` ends with one of `words`.
pub fn ends_with_any(text: &[char], at: usize, words: &[String]) -> bool {
    let head = &text[..at.min(text.len())];
    words.iter().any(|w| {
        !w.is_empty()
            && w.chars().rev().enumerate().all(|(back, c)| {
                head.len()
                    .checked_sub(back + 1)
                    .is_some_and(|i| head[i] == c)
            })
    })
}

/// True when one of `words` occurs in `text[from..to]`.
///
/// These tests run for every clause, trigger and figure of the corpus: a word is compared
/// character by character only where its first character stands, with nothing allocated
/// (collecting each word into characters and comparing it at every window showed in a
/// build's profile as allocation and memcmp).
pub fn contains_any(text: &[char], from: usize, to: usize, words: &[String]) -> bool {
    let span = &text[from.min(to)..to.min(text.len())];
    words.iter().any(|w| {
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let rest = chars.as_str();
        span.iter().enumerate().any(|(i, &c)| {
            c == first && {
                let after = &span[i + 1..];
                rest.chars()
                    .enumerate()
                    .all(|(j, c)| after.get(j) == Some(&c))
            }
        })
    })
}
