//! Finding words in a text of characters: the longest entry of a [`Lexicon`] at a place,
//! and whether a span starts with, ends with or holds one of a list of [`Words`].

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use serde::Deserialize;

/// Words with a payload; finds the longest word starting at a character position.
#[derive(Debug)]
pub struct Lexicon<T> {
    /// first character → (word as characters, payload), longest first.
    by_first: FxHashMap<char, Vec<(Vec<char>, T)>>,
    /// The first characters of the words: any other character is rejected without a lookup.
    firsts: CharSet,
    /// The words' first two characters: a place whose first character passes `firsts` but
    /// whose two characters start no word is rejected without a lookup.
    heads: Heads,
}

impl<T> Lexicon<T> {
    pub(super) fn new(words: HashMap<String, T>) -> Self {
        let mut by_first: FxHashMap<char, Vec<(Vec<char>, T)>> = FxHashMap::default();
        for (word, payload) in words {
            let chars: Vec<char> = word.chars().collect();
            if let Some(&first) = chars.first() {
                by_first.entry(first).or_default().push((chars, payload));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        let mut firsts = CharSet::default();
        let mut heads = Heads::default();
        for (&c, list) in &by_first {
            firsts.insert(c);
            for (word, _) in list {
                heads.insert(word);
            }
        }
        Lexicon {
            by_first,
            firsts,
            heads,
        }
    }

    /// The longest word at `at` in `text`: its length in characters and its payload.
    pub fn longest_at(&self, text: &[char], at: usize) -> Option<(usize, &T)> {
        let c = text.get(at)?;
        if !self.firsts.contains(*c) || !self.heads.may_start(&text[at..]) {
            return None;
        }
        let list = self.by_first.get(c)?;
        list.iter()
            .find(|(word, _)| starts_in_place(&text[at..], word))
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

/// A list of words from a data file (`not_before = ["…", …]`), indexed by its first and last
/// characters, so a test at one place of a text compares only the words that can stand there.
///
/// The benefit reader asks such a question at every character of every clause (does a citizen
/// word start here, does the clause hold a blocker): comparing every word of the list at every
/// place was a quarter of a build's time. A place whose character no word starts (or ends) with
/// is rejected on one bit; the others compare the few words with that character.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct Words {
    /// The words as written, in file order.
    list: Vec<String>,
    /// Every non-empty word as characters, sorted by its first character.
    by_first: Vec<Box<[char]>>,
    /// The same, sorted by its last character.
    by_last: Vec<Box<[char]>>,
    firsts: CharSet,
    lasts: CharSet,
    /// The words' first two characters (see [`Heads`]).
    heads: Heads,
    /// The length in characters of the longest word.
    longest: usize,
}

impl From<Vec<String>> for Words {
    fn from(list: Vec<String>) -> Self {
        let mut by_first: Vec<Box<[char]>> = list
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.chars().collect())
            .collect();
        let mut by_last = by_first.clone();
        by_first.sort_by_key(|w| w[0]);
        by_last.sort_by_key(|w| w[w.len() - 1]);
        let mut firsts = CharSet::default();
        let mut lasts = CharSet::default();
        let mut heads = Heads::default();
        for w in &by_first {
            firsts.insert(w[0]);
            lasts.insert(w[w.len() - 1]);
            heads.insert(w);
        }
        let longest = by_first.iter().map(|w| w.len()).max().unwrap_or(0);
        Words {
            list,
            by_first,
            by_last,
            firsts,
            lasts,
            heads,
            longest,
        }
    }
}

impl std::ops::Deref for Words {
    type Target = [String];

    fn deref(&self) -> &[String] {
        &self.list
    }
}

impl Words {
    /// The words whose first character is `c`.
    fn starting_with(&self, c: char) -> &[Box<[char]>] {
        with_char(&self.by_first, c, |w| w[0])
    }

    /// The words whose last character is `c`.
    fn ending_with(&self, c: char) -> &[Box<[char]>] {
        with_char(&self.by_last, c, |w| w[w.len() - 1])
    }

    /// The length in characters of the longest word at `text[at..]` (0 when none is there).
    ///
    /// Inlined as [`starts_with_any`]: the benefit reader asks it at every character of a
    /// clause (a marker before each place), and nearly every place is rejected on its bits;
    /// the places that pass compare words out of line.
    #[inline]
    pub fn longest_at(&self, text: &[char], at: usize) -> usize {
        let Some(rest) = text.get(at..) else { return 0 };
        match rest.first() {
            Some(&c) if self.firsts.contains(c) && self.heads.may_start(rest) => {
                self.longest_at_passed(rest, c)
            }
            _ => 0,
        }
    }

    /// The length of the longest word `rest` (whose first character is `c`) starts with.
    #[inline(never)]
    fn longest_at_passed(&self, rest: &[char], c: char) -> usize {
        self.starting_with(c)
            .iter()
            .filter(|w| starts_in_place(rest, w))
            .map(|w| w.len())
            .max()
            .unwrap_or(0)
    }
}

impl Words {
    /// The length in characters of the longest word `head` ends with (0 when none).
    pub fn longest_ending(&self, head: &[char]) -> usize {
        match head.last() {
            Some(&c) if self.lasts.contains(c) => self
                .ending_with(c)
                .iter()
                .filter(|w| ends_in_place(head, w))
                .map(|w| w.len())
                .max()
                .unwrap_or(0),
            _ => 0,
        }
    }

    /// The length in characters of the first non-empty word, in the list's order, that
    /// `text[at..]` starts with (the words with one first character keep their order in
    /// `by_first`, sorted stably).
    pub fn first_at(&self, text: &[char], at: usize) -> Option<usize> {
        let rest = text.get(at..)?;
        match rest.first() {
            Some(&c) if self.firsts.contains(c) && self.heads.may_start(rest) => self
                .starting_with(c)
                .iter()
                .find(|w| starts_in_place(rest, w))
                .map(|w| w.len()),
            _ => None,
        }
    }
}

/// Several lists of [`Words`] looked for in one pass over a text: at each place, which lists
/// have a word starting there.
///
/// The benefit reader asks for each compound (a verb and its nouns) where its first verb
/// stands in a clause, and for each label whether one of its `implied_by` words is there:
/// tried list by list, every character of a clause was tested once per list (some 40 lists);
/// with the lists' words together, once. What is found is what each list finds alone.
#[derive(Debug, Clone, Default)]
pub struct WordSets {
    /// Every non-empty word of every list with its list's index, sorted by first character
    /// (then by list and as the list gives them).
    by_first: Vec<(Box<[char]>, usize)>,
    firsts: CharSet,
    heads: Heads,
    /// How many lists.
    lists: usize,
}

impl WordSets {
    /// The words of `lists`, list `i` answering as `i`.
    pub fn new<'a>(lists: impl IntoIterator<Item = &'a Words>) -> Self {
        let mut by_first = Vec::new();
        let mut firsts = CharSet::default();
        let mut heads = Heads::default();
        let mut count = 0;
        for (i, words) in lists.into_iter().enumerate() {
            count = i + 1;
            for w in &words.by_first {
                firsts.insert(w[0]);
                heads.insert(w);
                by_first.push((w.clone(), i));
            }
        }
        by_first.sort_by_key(|(w, _)| w[0]);
        WordSets {
            by_first,
            firsts,
            heads,
            lists: count,
        }
    }

    /// Calls `found(list)` for each list one of whose words starts at `text[at..]` (a list
    /// may be named more than once).
    #[inline]
    pub fn at(&self, text: &[char], at: usize, mut found: impl FnMut(usize)) {
        let Some(rest) = text.get(at..) else { return };
        match rest.first() {
            Some(&c) if self.firsts.contains(c) && self.heads.may_start(rest) => {
                let from = self.by_first.partition_point(|(w, _)| w[0] < c);
                for (w, list) in self.by_first[from..].iter().take_while(|(w, _)| w[0] == c) {
                    if starts_in_place(rest, w) {
                        found(*list);
                    }
                }
            }
            _ => {}
        }
    }

    /// False when no word of any list can start at a place of `span` (none of its
    /// characters starts one); true when one may.
    pub fn may_start_in(&self, span: &[char]) -> bool {
        span.iter().any(|&c| self.firsts.contains(c))
    }

    /// Whether a word of any list starts at `text[at..]`.
    #[inline]
    pub fn any_at(&self, text: &[char], at: usize) -> bool {
        let mut any = false;
        self.at(text, at, |_| any = true);
        any
    }

    /// The lists (bit `1 << i` for list `i`, of the first 64) one of whose words occurs in
    /// `text[from..to]`: for each list, what [`contains_any`] answers, found in one pass.
    pub fn lists_in(&self, text: &[char], from: usize, to: usize) -> u64 {
        let lists = self.lists.min(64);
        let all = if lists == 64 {
            u64::MAX
        } else {
            (1u64 << lists) - 1
        };
        let text = &text[..to.min(text.len())];
        let mut found = 0u64;
        for i in from.min(text.len())..text.len() {
            if found == all {
                break;
            }
            self.at(text, i, |list| {
                if list < 64 {
                    found |= 1 << list;
                }
            });
        }
        found
    }

    /// For each list, the first place of `from..to` not `masked` where one of its words
    /// starts and ends by `to` (as [`starts_with_any`] on `text[..to]` at each place).
    pub fn first_places(
        &self,
        text: &[char],
        from: usize,
        to: usize,
        masked: &[bool],
    ) -> Vec<Option<usize>> {
        let mut first = vec![None; self.lists];
        let mut left = self.lists;
        let text = &text[..to.min(text.len())];
        for (i, _) in masked
            .iter()
            .enumerate()
            .take(to)
            .skip(from)
            .filter(|(_, &m)| !m)
        {
            if left == 0 {
                break;
            }
            self.at(text, i, |list| {
                if first[list].is_none() {
                    first[list] = Some(i);
                    left -= 1;
                }
            });
        }
        first
    }
}

/// The characters of one span of a text (a clause), as bits, asked of several lists before
/// each is looked for place by place: a list none of whose first characters the span holds
/// has no word starting anywhere in it, and the pass over the span is skipped whole.
///
/// The benefit reader passes over every clause once per list (groups, openers, markers,
/// citizens, blockers, triggers, compounds' verbs); most lists start in few clauses, and the
/// set costs one bit per character and a few words per list to ask.
#[derive(Debug, Clone, Default)]
pub struct SpanChars(CharSet);

impl SpanChars {
    /// The characters of `span`.
    pub fn of(span: &[char]) -> Self {
        let mut set = CharSet::default();
        for &c in span {
            set.insert(c);
        }
        SpanChars(set)
    }

    /// False when no word of `words` starts at a place of the span (true when one may).
    pub fn may_start(&self, words: &Words) -> bool {
        self.0.meets(&words.firsts)
    }

    /// False when no word of `lexicon` starts at a place of the span.
    pub fn may_start_entry<T>(&self, lexicon: &Lexicon<T>) -> bool {
        self.0.meets(&lexicon.firsts)
    }

    /// False when no word of any of `sets`' lists starts at a place of the span.
    pub fn may_start_any(&self, sets: &WordSets) -> bool {
        self.0.meets(&sets.firsts)
    }
}

/// The run of `sorted` (sorted by `key`) whose key is `c`.
fn with_char(sorted: &[Box<[char]>], c: char, key: impl Fn(&[char]) -> char) -> &[Box<[char]>] {
    let from = sorted.partition_point(|w| key(w) < c);
    let len = sorted[from..].partition_point(|w| key(w) == c);
    &sorted[from..from + len]
}

/// A set of characters as 1,024 bits (a character's code point modulo 1,024): a character
/// not in it is surely not in the set it was built from; one in it may be.
#[derive(Debug, Clone, Default)]
struct CharSet([u64; 16]);

impl CharSet {
    #[inline]
    fn insert(&mut self, c: char) {
        let bit = c as usize % 1024;
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline]
    fn contains(&self, c: char) -> bool {
        let bit = c as usize % 1024;
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether the two sets share a bit (a character of one may be in the other).
    fn meets(&self, other: &CharSet) -> bool {
        self.0
            .iter()
            .zip(&other.0)
            .fold(0, |shared, (a, b)| shared | (a & b))
            != 0
    }
}

/// The first two characters of a list's words, as bits: the one-character words' characters
/// (a [`CharSet`]) and the pairs of first and second characters of the longer ones (2,048 bits
/// indexed by a hash of the pair). A place whose first character passes a list's `firsts` is
/// most often the start of none of its words (企 starts 企业 and 企事业单位; 企图 starts
/// neither): its two characters reject it on one bit, without the search of the words with
/// that first character. A place where a word does start always passes: its word set the bit.
#[derive(Debug, Clone, Default)]
struct Heads {
    singles: CharSet,
    pairs: PairSet,
}

impl Heads {
    fn insert(&mut self, word: &[char]) {
        match word {
            [] => {}
            [c] => self.singles.insert(*c),
            [a, b, ..] => self.pairs.insert(*a, *b),
        }
    }

    /// False when no word of the list can start at `rest[0]` (`rest` is the text from that
    /// place to the end of what a word may span); true when one may.
    #[inline]
    fn may_start(&self, rest: &[char]) -> bool {
        match rest {
            [] => false,
            [a] => self.singles.contains(*a),
            [a, b, ..] => self.singles.contains(*a) || self.pairs.contains(*a, *b),
        }
    }
}

/// A set of pairs of characters as 2,048 bits (a hash of the two code points): a pair not in
/// it is surely not in the set it was built from; one in it may be.
#[derive(Debug, Clone, Default)]
struct PairSet([u64; 32]);

impl PairSet {
    #[inline]
    fn bit(a: char, b: char) -> usize {
        // Fibonacci hashing of both code points: the top 11 bits of the product
        ((((a as u32) << 16) ^ (b as u32)).wrapping_mul(0x9E37_79B1) >> 21) as usize
    }

    #[inline]
    fn insert(&mut self, a: char, b: char) {
        let bit = Self::bit(a, b);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    #[inline]
    fn contains(&self, a: char, b: char) -> bool {
        let bit = Self::bit(a, b);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// True when `text` starts with `word`, compared in place (these words are a few characters
/// long: a call to `memcmp` per candidate cost more than the comparison).
fn starts_in_place(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len() && text.iter().zip(word).all(|(a, b)| a == b)
}

/// True when `text` ends with `word`, compared in place.
fn ends_in_place(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len()
        && text
            .iter()
            .rev()
            .zip(word.iter().rev())
            .all(|(a, b)| a == b)
}

/// True when `text[at..]` starts with `word` (a non-empty one).
pub fn starts_with(text: &[char], at: usize, word: &str) -> bool {
    let rest = &text[at.min(text.len())..];
    let mut chars = word.chars();
    let mut i = 0;
    loop {
        match chars.next() {
            None => return i > 0,
            Some(c) if rest.get(i) == Some(&c) => i += 1,
            Some(_) => return false,
        }
    }
}

/// True when `text[at..]` starts with one of `words`.
///
/// Inlined where it is called: the benefit reader asks it at every character of every clause,
/// and nearly every place is rejected on the first character's bit (a call per place cost
/// more than the test); the places that pass compare words out of line.
#[inline]
pub fn starts_with_any(text: &[char], at: usize, words: &Words) -> bool {
    match text.get(at) {
        Some(&c) if words.firsts.contains(c) && words.heads.may_start(&text[at..]) => {
            starts_with_any_at(&text[at..], c, words)
        }
        _ => false,
    }
}

/// True when `rest` (whose first character is `c`) starts with one of `words`.
#[inline(never)]
fn starts_with_any_at(rest: &[char], c: char, words: &Words) -> bool {
    words
        .starting_with(c)
        .iter()
        .any(|w| starts_in_place(rest, w))
}

/// True when the character at `at` lies inside an occurrence of one of `words`.
pub fn within_any(text: &[char], at: usize, words: &Words) -> bool {
    (0..words.longest.min(at + 1)).any(|back| {
        let rest = &text[(at - back).min(text.len())..];
        match rest.first() {
            Some(&c) if words.firsts.contains(c) && words.heads.may_start(rest) => words
                .starting_with(c)
                .iter()
                .any(|w| w.len() > back && starts_in_place(rest, w)),
            _ => false,
        }
    })
}

/// True when `text[..at]` ends with one of `words` (inlined as [`starts_with_any`]).
#[inline]
pub fn ends_with_any(text: &[char], at: usize, words: &Words) -> bool {
    let head = &text[..at.min(text.len())];
    match head.last() {
        Some(&c) if words.lasts.contains(c) => ends_with_any_at(head, c, words),
        _ => false,
    }
}

/// True when `head` (whose last character is `c`) ends with one of `words`.
#[inline(never)]
fn ends_with_any_at(head: &[char], c: char, words: &Words) -> bool {
    words.ending_with(c).iter().any(|w| ends_in_place(head, w))
}

/// True when one of `words` occurs in `text[from..to]`.
pub fn contains_any(text: &[char], from: usize, to: usize, words: &Words) -> bool {
    let span = &text[from.min(to)..to.min(text.len())];
    (0..span.len()).any(|i| starts_with_any(span, i, words))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_chars_pass_every_list_that_starts_in_the_span() {
        // every text of up to four characters over a small alphabet (one of whose characters
        // shares its bit with 企), and every span of it: a list, a lexicon or a set of lists
        // with a word starting in the span passes the span's characters; some spans are
        // rejected
        let words = Words::from(vec!["企业".to_owned(), "免".to_owned(), "减免".to_owned()]);
        let lexicon = Lexicon::new(
            [("企业".to_owned(), 0), ("免".to_owned(), 1)]
                .into_iter()
                .collect(),
        );
        let other = Words::from(vec!["x".to_owned()]);
        let sets = WordSets::new([&other, &words]);
        let collides = char::from_u32('企' as u32 + 1024).unwrap();
        let alphabet = ['企', '业', '免', '减', 'x', collides];
        let mut texts: Vec<Vec<char>> = vec![Vec::new()];
        for _ in 0..4 {
            let longer: Vec<Vec<char>> = texts
                .iter()
                .filter(|t| t.len() == texts.last().map_or(0, Vec::len))
                .flat_map(|t| {
                    alphabet.iter().map(move |&c| {
                        let mut t = t.clone();
                        t.push(c);
                        t
                    })
                })
                .collect();
            texts.extend(longer);
        }
        let mut rejected = 0;
        for text in &texts {
            for from in 0..=text.len() {
                for to in from..=text.len() {
                    let held = SpanChars::of(&text[from..to]);
                    let starts = |f: &dyn Fn(usize) -> bool| (from..to).any(f);
                    if starts(&|i| starts_with_any(text, i, &words)) {
                        assert!(held.may_start(&words), "{text:?} {from} {to}");
                    }
                    if starts(&|i| lexicon.longest_at(text, i).is_some()) {
                        assert!(held.may_start_entry(&lexicon), "{text:?} {from} {to}");
                    }
                    if starts(&|i| sets.any_at(text, i)) {
                        assert!(held.may_start_any(&sets), "{text:?} {from} {to}");
                        assert!(sets.may_start_in(&text[from..to]), "{text:?} {from} {to}");
                    }
                    rejected += usize::from(to > from && !held.may_start(&words));
                }
            }
        }
        assert!(rejected > 1000, "{rejected}");
    }

    #[test]
    fn heads_pass_every_word_and_reject_pairs_no_word_starts() {
        let words: Vec<Vec<char>> = ["企业", "企事业单位", "免", "减免", "x"]
            .iter()
            .map(|w| w.chars().collect())
            .collect();
        let mut heads = Heads::default();
        for w in &words {
            heads.insert(w);
        }
        for w in &words {
            let mut text = w.clone();
            assert!(heads.may_start(&text), "{w:?}");
            text.push('的');
            assert!(heads.may_start(&text), "{w:?}");
        }
        // 企 starts words, 企图 none; 企 alone (the end of a span) can start no word of two
        let no = |t: &str| !heads.may_start(&t.chars().collect::<Vec<_>>());
        assert!(no("企图") && no("企") && no(""));
        // a character of a one-character word passes whatever follows it
        assert!(!no("免除") && !no("x"));
    }
}
