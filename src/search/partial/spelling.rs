//! Spelling a rare word with gaps in the folded corpus (违停 → 违法停): from each occurrence
//! of its first or last character, a short stretch is read and the word's characters looked
//! for in order, at most [`MAX_GAP`] characters between two of them.

use std::collections::HashMap;

use super::corpus::Corpus;
use super::MAX_GAP;
use crate::index::analyzer::is_cjk;

/// Where spelling a word starts from (`Tables::spellings`): the occurrences of its first
/// character, read forward, or of its last, read backward, whichever is rarer.
pub(super) struct SpellPlan<'a> {
    chars: &'a [char],
    /// The character whose occurrences are read.
    pub(super) from: char,
    /// Read `before` bytes ahead of each occurrence to `after` bytes past it.
    pub(super) before: u32,
    pub(super) after: u32,
    /// `chars` reversed when read backward (from the last character).
    reversed: Option<Vec<char>>,
}

impl<'a> SpellPlan<'a> {
    pub(super) fn of(corpus: &Corpus, chars: &'a [char]) -> SpellPlan<'a> {
        let (first, last) = (chars[0], chars[chars.len() - 1]);
        if corpus.count(first) <= corpus.count(last) {
            return SpellPlan {
                chars,
                from: first,
                before: 0,
                after: WINDOW,
                reversed: None,
            };
        }
        let after = last.len_utf8() as u32;
        SpellPlan {
            chars,
            from: last,
            before: WINDOW - after,
            after,
            reversed: Some(chars.iter().rev().copied().collect()),
        }
    }

    /// Counts the spelling found in `text`, the stretch read around the occurrence at `p`.
    pub(super) fn count(&self, p: u32, text: &[u8], counts: &mut HashMap<String, u32>) {
        let Some(reversed) = &self.reversed else {
            let text = utf8_prefix(text);
            if let Some(end) = spell(text, self.chars) {
                *counts.entry(text[..end].to_owned()).or_default() += 1;
            }
            return;
        };
        // The text starts at a character unless cut inside one (then skip its rest).
        let cut = if p + self.after < WINDOW {
            0
        } else {
            text.iter().take_while(|&&b| b & 0xC0 == 0x80).count()
        };
        let text = utf8_prefix(&text[cut..]);
        if let Some(start) = spell_back(text, reversed) {
            *counts.entry(text[start..].to_owned()).or_default() += 1;
        }
    }
}

/// Bytes read around an occurrence when spelling a word: more than the longest spelling
/// (4 characters with [`MAX_GAP`] between each two: 10 characters of at most 4 bytes) plus a
/// character cut at either end.
const WINDOW: u32 = 64;

/// The longest prefix of `bytes` that is UTF-8 (a window's last character may be cut).
fn utf8_prefix(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default(),
    }
}

/// The byte length of the shortest prefix of `text` that starts with `chars[0]` and holds the
/// other characters in order, at most [`MAX_GAP`] CJK characters between two of them.
pub(super) fn spell(text: &str, chars: &[char]) -> Option<usize> {
    let mut it = text.char_indices();
    let (_, c0) = it.next()?;
    if c0 != chars[0] {
        return None;
    }
    let mut next = 1;
    let mut gap = 0;
    for (i, c) in it {
        if next == chars.len() {
            return Some(i);
        }
        if c == chars[next] {
            next += 1;
            gap = 0;
            if next == chars.len() {
                return Some(i + c.len_utf8());
            }
        } else if is_cjk(c) && gap < MAX_GAP {
            gap += 1;
        } else {
            return None;
        }
    }
    None
}

/// The byte offset in `text` where the shortest suffix starts that ends with `reversed[0]` and
/// holds the other characters in reverse order, gaps as in [`spell`].
pub(super) fn spell_back(text: &str, reversed: &[char]) -> Option<usize> {
    let mut it = text.char_indices().rev();
    let (_, last) = it.next()?;
    if last != reversed[0] {
        return None;
    }
    let mut next = 1;
    let mut gap = 0;
    for (i, c) in it {
        if c == reversed[next] {
            next += 1;
            gap = 0;
            if next == reversed.len() {
                return Some(i);
            }
        } else if is_cjk(c) && gap < MAX_GAP {
            gap += 1;
        } else {
            return None;
        }
    }
    None
}
