//! The text analysis shared by the index and the queries: character folding (NFKC, full-width
//! → half-width, traditional → simplified, lowercase) that keeps byte offsets into the original
//! text, jieba word segmentation (search mode, our user dictionary) and character bigrams
//! (the recall fallback for words jieba splits differently in different contexts).
//!
//! Both tokenizers are tiny structs over a `static LazyLock<Jieba>`: tantivy clones analyzers
//! per query and per snippet, so they must not own a dictionary.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use jieba_rs::Jieba;
use tantivy::tokenizer::{
    RemoveLongFilter, TextAnalyzer, Token, TokenStream, Tokenizer, TokenizerManager,
};
use unicode_normalization::UnicodeNormalization;

use crate::data::{T2S, USER_DICT};

/// Name of the jieba analyzer in the index's tokenizer manager.
pub const JIEBA: &str = "zh_jieba";
/// Name of the character-bigram analyzer.
pub const BIGRAM: &str = "zh_bigram";

/// Traditional → simplified characters (`data/t2s.txt`).
static T2S_MAP: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
    T2S.rows()
        .filter_map(|row| {
            let from = row.first()?.chars().next()?;
            let to = row.get(1)?.chars().next()?;
            Some((from, to))
        })
        .collect()
});

/// jieba's default dictionary plus our user dictionary, loaded once per process.
pub static JIEBA_DICT: LazyLock<Jieba> = LazyLock::new(|| {
    let mut jieba = Jieba::new();
    for line in USER_DICT.entries() {
        let mut parts = line.split_whitespace();
        let Some(word) = parts.next() else { continue };
        let freq = parts.next().and_then(|f| f.parse().ok()).unwrap_or(20_000);
        jieba.add_word(&fold(word), Some(freq), None);
    }
    jieba
});

/// Tokens of this many bytes or more are dropped (a run of letters and digits that long is no
/// word anyone searches for).
pub const MAX_TOKEN_BYTES: usize = 60;

/// Registers both analyzers on an index's tokenizer manager (on every create and open).
pub fn register(tokenizers: &TokenizerManager) {
    tokenizers.register(JIEBA, jieba_analyzer());
    tokenizers.register(BIGRAM, bigram_analyzer());
}

/// Registers the analyzers of an index being built, whose writer analyses the text fields
/// itself: the terms and positions of [`register`]'s analyzers without their offsets (which
/// the index does not keep), a text repeating the one before, or opening with it, segmented
/// once ([`IndexingJiebaTokenizer`]).
pub fn register_for_indexing(tokenizers: &TokenizerManager) {
    let recent = Arc::new(Mutex::new(Recent::default()));
    tokenizers.register(
        JIEBA,
        TextAnalyzer::builder(IndexingJiebaTokenizer {
            last: None,
            recent: Arc::clone(&recent),
        })
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build(),
    );
    tokenizers.register(
        BIGRAM,
        TextAnalyzer::builder(IndexingBigramTokenizer { recent })
            .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
            .build(),
    );
}

/// The jieba analyzer: folding, jieba search mode, punctuation dropped, long tokens dropped.
pub fn jieba_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(JiebaTokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// The bigram analyzer: folding, overlapping character bigrams over CJK runs, whole words of
/// letters and digits.
pub fn bigram_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(BigramTokenizer)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_BYTES))
        .build()
}

/// The CJK ideographs (Extension A and the Unified Ideographs block) folded by a table
/// lookup alone: NFKC and lowercasing leave them unchanged, so only traditional →
/// simplified applies.
const CJK_TABLE_RANGE: std::ops::RangeInclusive<u32> = 0x3400..=0x9FFF;

/// [`T2S_MAP`] as a dense table over [`CJK_TABLE_RANGE`]: folding is on every path that
/// touches text (indexing, queries, the reranker's coverage check over 50 candidates per
/// search, snippets), and almost every character of a policy text is in this range. A
/// table lookup skips the NFKC iterator, the hashed lookup and the Unicode lowercase
/// search (about 5× faster per character).
static CJK_FOLD: LazyLock<Vec<char>> = LazyLock::new(|| {
    CJK_TABLE_RANGE
        .filter_map(char::from_u32)
        .map(|c| T2S_MAP.get(&c).copied().unwrap_or(c))
        .collect()
});

/// The punctuation, symbols and full-width forms a policy text mixes with its ideographs
/// (，。、：“”（）《》①Ⅻ㍿): General Punctuation up to CJK Compatibility (just below
/// [`CJK_TABLE_RANGE`]), and the Halfwidth and Fullwidth Forms.
const MARK_RANGES: [std::ops::RangeInclusive<u32>; 2] = [0x2000..=0x33FF, 0xFF00..=0xFFEF];

/// Each character of [`MARK_RANGES`] folded once by the general path, `None` for one that
/// folds to itself: about one character in ten of a policy text is one of these, and each
/// went through NFKC, the hashed lookup and the lowercase search every time it was folded.
static MARK_FOLD: LazyLock<Vec<Option<Box<str>>>> = LazyLock::new(|| {
    MARK_RANGES
        .iter()
        .flat_map(|range| range.clone())
        .filter_map(char::from_u32)
        .map(|c| {
            let mut folded = String::new();
            fold_general(c, &mut folded);
            let mut chars = folded.chars();
            let itself = chars.next() == Some(c) && chars.next().is_none();
            (!itself).then(|| folded.into_boxed_str())
        })
        .collect()
});

/// The entry of `c` in [`MARK_FOLD`], if `c` is in [`MARK_RANGES`].
fn mark_fold(c: char) -> Option<&'static Option<Box<str>>> {
    let mut base = 0;
    for range in &MARK_RANGES {
        if range.contains(&(c as u32)) {
            return Some(&MARK_FOLD[base + (c as u32 - range.start()) as usize]);
        }
        base += (range.end() - range.start() + 1) as usize;
    }
    None
}

/// Folds one character to its indexed form: NFKC (full-width → half-width), traditional →
/// simplified, lowercase. Pushes the result onto `out`.
fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if CJK_TABLE_RANGE.contains(&(c as u32)) {
        out.push(CJK_FOLD[(c as u32 - CJK_TABLE_RANGE.start()) as usize]);
        return;
    }
    match mark_fold(c) {
        Some(Some(folded)) => out.push_str(folded),
        Some(None) => out.push(c),
        None => fold_general(c, out),
    }
}

/// [`fold_char_into`] without its tables: NFKC, traditional → simplified, lowercase.
fn fold_general(c: char, out: &mut String) {
    for n in std::iter::once(c).nfkc() {
        let n = T2S_MAP.get(&n).copied().unwrap_or(n);
        for l in n.to_lowercase() {
            out.push(l);
        }
    }
}

/// Whether `c` folds to itself ([`fold_char_into`] pushes `c` alone): ASCII and the tables
/// answer without folding, other characters are folded to a small buffer.
fn folds_to_itself(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_uppercase();
    }
    if CJK_TABLE_RANGE.contains(&(c as u32)) {
        return CJK_FOLD[(c as u32 - CJK_TABLE_RANGE.start()) as usize] == c;
    }
    if let Some(folded) = mark_fold(c) {
        return folded.is_none();
    }
    let mut one = String::new();
    fold_char_into(c, &mut one);
    let mut folded = one.chars();
    folded.next() == Some(c) && folded.next().is_none()
}

/// Folds a string to its indexed form (see [`Folded`]).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Folds `text` to its indexed form (see [`fold`]) onto the end of `out`: runs of characters
/// that fold to themselves (ASCII other than capitals, ideographs of [`CJK_FOLD`] and marks of
/// [`MARK_FOLD`] that stay as they are: nearly all of a policy text) are copied whole, every other character folded
/// alone — what folding each character would push, without pushing them one by one.
pub fn fold_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    let table = &*CJK_FOLD;
    let mut run = 0;
    for (at, c) in text.char_indices() {
        let itself = if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else if CJK_TABLE_RANGE.contains(&(c as u32)) {
            table[(c as u32 - CJK_TABLE_RANGE.start()) as usize] == c
        } else {
            matches!(mark_fold(c), Some(None))
        };
        if !itself {
            out.push_str(&text[run..at]);
            fold_char_into(c, out);
            run = at + c.len_utf8();
        }
    }
    out.push_str(&text[run..]);
}

/// A folded text with a map back to byte offsets of the original.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    /// The folded text.
    pub text: std::borrow::Cow<'a, str>,
    /// For folded text that differs from the original: for each folded byte, the original
    /// character's byte range.
    map: Option<Vec<(u32, u32)>>,
}

impl<'a> Folded<'a> {
    /// Folds `text`, remembering where each folded byte came from. One pass: the text up to
    /// its first character that folds to something else is taken as it is (a text that has
    /// none is borrowed), the rest folded once with the map built along (every character used
    /// to be folded twice, and compared through a `memcmp` call each).
    pub fn new(text: &'a str) -> Folded<'a> {
        let Some(first) = text
            .char_indices()
            .find(|&(_, c)| !folds_to_itself(c))
            .map(|(at, _)| at)
        else {
            return Folded {
                text: std::borrow::Cow::Borrowed(text),
                map: None,
            };
        };
        let mut buf = String::with_capacity(text.len());
        let mut map = Vec::with_capacity(text.len());
        buf.push_str(&text[..first]);
        for (start, c) in text[..first].char_indices() {
            let end = (start + c.len_utf8()) as u32;
            map.extend(std::iter::repeat_n((start as u32, end), c.len_utf8()));
        }
        for (at, c) in text[first..].char_indices() {
            let start = first + at;
            let before = buf.len();
            fold_char_into(c, &mut buf);
            let end = (start + c.len_utf8()) as u32;
            map.extend(std::iter::repeat_n((start as u32, end), buf.len() - before));
        }
        Folded {
            text: std::borrow::Cow::Owned(buf),
            map: Some(map),
        }
    }

    /// The original byte range of the folded byte range `start..end` (end > start).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        match &self.map {
            None => (start, end),
            Some(map) => {
                if map.is_empty() {
                    return (0, 0);
                }
                let s = map[start.min(map.len() - 1)].0 as usize;
                let e = map[end.saturating_sub(1).min(map.len() - 1)].1 as usize;
                (s, e)
            }
        }
    }
}

/// Whether a token carries a word: at least one letter, digit or CJK character.
pub fn is_word(token: &str) -> bool {
    token.chars().any(is_alphanumeric)
}

/// [`char::is_alphanumeric`], answered for the Basic Multilingual Plane from a table built
/// once from it: the analyzers ask it of every character and token, and for a character
/// past ASCII (every CJK character and punctuation mark) the standard library searches its
/// Unicode tables each time (about a hundredth of an index build).
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    static BMP: LazyLock<Box<[u64]>> = LazyLock::new(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            if c.is_alphanumeric() {
                bits[c as usize / 64] |= 1 << (c as usize % 64);
            }
        }
        bits.into_boxed_slice()
    });
    let u = c as usize;
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if u < 0x10000 {
        BMP[u / 64] >> (u % 64) & 1 == 1
    } else {
        c.is_alphanumeric()
    }
}

/// Whether `c` is a CJK ideograph (the chars bigrams are made of).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3007)
}

/// One token of an analysed text: where its folded form lies in the folded text, the byte
/// range it came from in the original, and its position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    from: u32,
    to: u32,
    offset_from: u32,
    offset_to: u32,
    position: u32,
}

/// A text's tokens as spans of its folded text: what [`words`] and [`bigrams`] give, without
/// a string for every token (the indexing analyzers hand tantivy one token at a time, its
/// text copied into one reused buffer).
#[derive(Debug, Clone, Default)]
pub struct Spans {
    folded: String,
    spans: Vec<Span>,
}

impl Spans {
    fn push(&mut self, origin: &impl Origin, from: usize, to: usize, position: usize) {
        let (offset_from, offset_to) = origin.original(from, to);
        self.spans.push(Span {
            from: from as u32,
            to: to as u32,
            offset_from: offset_from as u32,
            offset_to: offset_to as u32,
            position: position as u32,
        });
    }

    fn token(&self, span: &Span, token: &mut Token) {
        token.text.clear();
        token
            .text
            .push_str(&self.folded[span.from as usize..span.to as usize]);
        token.offset_from = span.offset_from as usize;
        token.offset_to = span.offset_to as usize;
        token.position = span.position as usize;
        token.position_length = 1;
    }

    /// The tokens, each with its own string.
    pub fn tokens(&self) -> Vec<Token> {
        self.spans
            .iter()
            .map(|span| {
                let mut token = Token::default();
                self.token(span, &mut token);
                token
            })
            .collect()
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// Jieba words of `text` (search mode, folded) with original byte ranges, punctuation dropped.
/// This is exactly what the index holds for a text field.
pub fn words(text: &str) -> Vec<Token> {
    word_spans(text).tokens()
}

/// [`words`] as spans.
pub fn word_spans(text: &str) -> Spans {
    let folded = Folded::new(text);
    let mut out = word_spans_of(&folded.text, &folded);
    out.folded = folded.text.into_owned();
    out
}

/// [`word_spans`] as the index records them: the same folded text, words and positions,
/// every offset 0 ([`Unplaced`]).
pub fn indexed_word_spans(text: &str) -> Spans {
    let folded = fold(text);
    let mut out = word_spans_of(&folded, &Unplaced);
    out.folded = folded;
    out
}

/// The jieba words of the folded text `folded` (search mode, punctuation dropped), placed in
/// the original by `origin`; the spans' own `folded` is left empty.
fn word_spans_of(folded: &str, origin: &impl Origin) -> Spans {
    let cut = JIEBA_DICT.cut_for_search(folded, false);
    let mut out = Spans {
        folded: String::new(),
        spans: Vec::with_capacity(cut.len()),
    };
    for (position, word) in cut.into_iter().filter(|t| is_word(t.word)).enumerate() {
        out.push(origin, word.byte_start, word.byte_end, position);
    }
    out
}

/// Where an analysed text's tokens point back to in the original text.
trait Origin {
    /// The original byte range of the folded byte range `from..to`.
    fn original(&self, from: usize, to: usize) -> (usize, usize);
}

impl Origin for Folded<'_> {
    fn original(&self, from: usize, to: usize) -> (usize, usize) {
        Folded::original(self, from, to)
    }
}

/// The tokens of a text being indexed point nowhere (every offset 0): tantivy's postings keep
/// a token's term, frequency and position, never its offsets, and the fields analysed for
/// the index are not stored. Without offsets the text is folded by whole runs
/// ([`fold_into`]) and no map back to the original is built (a map entry for every folded
/// byte: about 2% of a build's instructions).
struct Unplaced;

impl Origin for Unplaced {
    fn original(&self, _: usize, _: usize) -> (usize, usize) {
        (0, 0)
    }
}

/// Whether jieba starts a new run at the boundary between `before` and `after` whatever
/// they are: jieba splits a text into runs of ideographs, ASCII letters, digits and
/// `+#&._%-` and runs of everything else, and segments each run alone; an ideograph before
/// and a character of neither kind after (，。；：、 and brackets, folded) is such a
/// boundary, so the words of a text are those of its part up to there and those of the rest.
fn jieba_splits_between(before: char, after: char) -> bool {
    matches!(before, '\u{4E00}'..='\u{9FFF}')
        && !is_alphanumeric(after)
        && !matches!(after, '+' | '#' | '&' | '.' | '_' | '%' | '-')
}

/// The indexed words of `text` when it opens with the text `before` was analysed from
/// (`before_text`), jieba splitting between the two: `before`'s words, then those of the
/// rest, placed after them; `None` when `text` does not open so. A measure's text opens
/// with its title (「优化企业开办流程。实行…」), which is analysed for the title field just
/// before: the title is segmented once.
fn continued_word_spans(before_text: &str, before: &Spans, text: &str) -> Option<Spans> {
    let rest = text.strip_prefix(before_text)?;
    let last = before.folded.chars().next_back()?;
    let rest = fold(rest);
    if !jieba_splits_between(last, rest.chars().next()?) {
        return None;
    }
    let tail = word_spans_of(&rest, &Unplaced);
    let (shift, positions) = (before.folded.len() as u32, before.spans.len() as u32);
    let mut out = Spans {
        folded: before.folded.clone() + &rest,
        spans: Vec::with_capacity(before.spans.len() + tail.spans.len()),
    };
    out.spans.extend_from_slice(&before.spans);
    out.spans.extend(tail.spans.iter().map(|span| Span {
        from: span.from + shift,
        to: span.to + shift,
        position: span.position + positions,
        ..*span
    }));
    Some(out)
}

/// Character bigrams of `text` (folded): overlapping pairs within each run of CJK characters
/// (a lone character stays a unigram), letters and digits as whole words. Positions are
/// consecutive within a run and jump by 2 across punctuation, so a phrase of bigrams matches
/// exactly the substring it was built from.
pub fn bigrams(text: &str) -> Vec<Token> {
    bigram_spans(text).tokens()
}

/// [`bigrams`] as spans, in one pass over the folded text's characters (no list of them:
/// the text is analysed at every build and every query).
pub fn bigram_spans(text: &str) -> Spans {
    let folded = Folded::new(text);
    let mut out = bigram_spans_of(&folded.text, &folded);
    out.folded = folded.text.into_owned();
    out
}

/// The bigrams of the folded text `s`, placed in the original by `origin`; the spans' own
/// `folded` is left empty.
fn bigram_spans_of(s: &str, origin: &impl Origin) -> Spans {
    let mut out = Spans {
        folded: String::new(),
        spans: Vec::with_capacity(s.len() / 3 + 1),
    };
    let mut position = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_cjk(c) {
            // each character with the next of its run; a run of one stays a unigram
            let mut previous = start;
            let mut alone = true;
            while let Some(&(at, next)) = chars.peek() {
                if !is_cjk(next) {
                    break;
                }
                chars.next();
                out.push(origin, previous, at + next.len_utf8(), position);
                position += 1;
                previous = at;
                alone = false;
            }
            if alone {
                out.push(origin, start, start + c.len_utf8(), position);
                position += 1;
            }
        } else if is_alphanumeric(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(at, next)) = chars.peek() {
                if !is_alphanumeric(next) || is_cjk(next) {
                    break;
                }
                chars.next();
                end = at + next.len_utf8();
            }
            out.push(origin, start, end, position);
            position += 1;
        } else {
            position += 1;
        }
    }
    out
}

/// tantivy tokenizer: jieba search mode over the folded text.
#[derive(Debug, Clone, Copy, Default)]
pub struct JiebaTokenizer;

/// tantivy tokenizer: character bigrams over the folded text.
#[derive(Debug, Clone, Copy, Default)]
pub struct BigramTokenizer;

/// A text and its indexed tokens.
type Analysed = Arc<(String, Spans)>;

/// The texts the jieba fields of a writer analysed last, newest first: a measure's title,
/// text, units and section, which the next of its fields often repeat, open with (the text
/// with the title) or end with (the bigram field's title and text). Shared by the clones of
/// the analyzers of one [`register_for_indexing`], which tantivy makes per field and
/// segment writer.
#[derive(Debug, Default)]
struct Recent(std::collections::VecDeque<Analysed>);

impl Recent {
    /// How many texts are kept: the four jieba fields of a measure.
    const KEPT: usize = 4;

    fn push(&mut self, analysed: &Analysed) {
        if self.0.len() == Self::KEPT {
            self.0.pop_back();
        }
        self.0.push_front(Arc::clone(analysed));
    }

    /// `text` folded, its end taken from a kept text it ends with (folding goes character
    /// by character, so a text's folded form is its parts' folded forms joined).
    fn fold(&self, text: &str) -> String {
        let kept = self
            .0
            .iter()
            .find(|kept| !kept.0.is_empty() && text.ends_with(kept.0.as_str()));
        match kept {
            Some(kept) => {
                let mut folded = fold(&text[..text.len() - kept.0.len()]);
                folded.push_str(&kept.1.folded);
                folded
            }
            None => fold(text),
        }
    }
}

/// A poisoned lock of [`Recent`] only loses the shortcuts: texts are then analysed whole.
fn recent(shared: &Mutex<Recent>) -> Option<std::sync::MutexGuard<'_, Recent>> {
    shared.lock().ok()
}

/// The jieba tokenizer of an index being built: the tokens of [`JiebaTokenizer`] as the index
/// records them ([`indexed_word_spans`]: no offsets), and the last text's tokens kept, so a
/// text that repeats the one before (the measures of a document follow one another and most
/// share their section and document title, many their units) is segmented once. tantivy
/// keeps one analyzer per field and segment writer, cloned from the one registered: the
/// clones share the texts analysed last by any of them ([`Recent`]), so a text opening with
/// the newest (a measure's text with its title, the field before) is segmented from there on
/// only ([`continued_word_spans`]).
#[derive(Debug, Clone, Default)]
pub struct IndexingJiebaTokenizer {
    last: Option<Analysed>,
    recent: Arc<Mutex<Recent>>,
}

/// The bigram tokenizer of an index being built: the tokens of [`BigramTokenizer`] as the
/// index records them (every offset 0: [`Unplaced`]), a text ending with one the
/// jieba fields analysed (the measure's text) folded up to there only ([`Recent::fold`]).
#[derive(Debug, Clone, Default)]
pub struct IndexingBigramTokenizer {
    recent: Arc<Mutex<Recent>>,
}

/// A token stream over spans (of an analysed text, the text beside them), one token at a
/// time in one reused [`Token`].
pub struct SpanTokenStream {
    analysed: Analysed,
    index: usize,
    token: Token,
}

impl SpanTokenStream {
    fn new(analysed: Analysed) -> SpanTokenStream {
        SpanTokenStream {
            analysed,
            index: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for SpanTokenStream {
    fn advance(&mut self) -> bool {
        let spans = &self.analysed.1;
        let Some(span) = spans.spans.get(self.index) else {
            return false;
        };
        self.index += 1;
        spans.token(span, &mut self.token);
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

impl Tokenizer for JiebaTokenizer {
    type TokenStream<'a> = SpanTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        SpanTokenStream::new(Arc::new((String::new(), word_spans(text))))
    }
}

impl Tokenizer for BigramTokenizer {
    type TokenStream<'a> = SpanTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        SpanTokenStream::new(Arc::new((String::new(), bigram_spans(text))))
    }
}

impl Tokenizer for IndexingJiebaTokenizer {
    type TokenStream<'a> = SpanTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        let mut recent = recent(&self.recent);
        let analysed = match &self.last {
            Some(last) if last.0 == text => Arc::clone(last),
            _ => {
                let spans = recent
                    .as_deref()
                    .and_then(|recent| recent.0.front())
                    .and_then(|before| continued_word_spans(&before.0, &before.1, text))
                    .unwrap_or_else(|| indexed_word_spans(text));
                let analysed = Arc::new((text.to_owned(), spans));
                self.last = Some(Arc::clone(&analysed));
                analysed
            }
        };
        if let Some(recent) = recent.as_deref_mut() {
            recent.push(&analysed);
        }
        SpanTokenStream::new(analysed)
    }
}

impl Tokenizer for IndexingBigramTokenizer {
    type TokenStream<'a> = SpanTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SpanTokenStream {
        let folded = match recent(&self.recent) {
            Some(recent) => recent.fold(text),
            None => fold(text),
        };
        let mut spans = bigram_spans_of(&folded, &Unplaced);
        spans.folded = folded;
        SpanTokenStream::new(Arc::new((String::new(), spans)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_answers_as_the_standard_library() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    fn texts(tokens: &[Token]) -> Vec<&str> {
        tokens.iter().map(|t| t.text.as_str()).collect()
    }

    #[test]
    fn folding_handles_width_case_and_traditional() {
        assert_eq!(fold("ＡＢＣ１２３"), "abc123");
        assert_eq!(fold("開辦企業"), "开办企业");
        assert_eq!(fold("税务UKey"), "税务ukey");
    }

    #[test]
    fn folded_text_and_its_map_are_those_of_each_character_folded() {
        for text in [
            "",
            "企业开办1个工作日办结。",
            "abc 123",
            "ＡＢＣ，開辦企業（試行）",
            "企业ABC，办结",
            "e\u{301}ﬁ①Ⅻ㍿",
        ] {
            let folded = Folded::new(text);
            let mut expected = String::new();
            let mut map = Vec::new();
            for (start, c) in text.char_indices() {
                let before = expected.len();
                fold_char_into(c, &mut expected);
                let range = (start as u32, (start + c.len_utf8()) as u32);
                map.extend(std::iter::repeat_n(range, expected.len() - before));
            }
            assert_eq!(folded.text, expected, "{text}");
            let borrowed = matches!(folded.text, std::borrow::Cow::Borrowed(_));
            assert_eq!(borrowed, expected == text, "{text}");
            assert_eq!(folded.map, (!borrowed).then_some(map), "{text}");
        }
    }

    #[test]
    fn a_text_folds_as_each_of_its_characters() {
        let mut every = String::new();
        for c in (0..0x3_0000u32).step_by(7).filter_map(char::from_u32) {
            every.push(c);
        }
        for text in [
            "",
            "企业开办1个工作日办结。",
            "ＡＢＣ，開辦企業（試行）",
            "企业ABC，办结\n第二行",
            "e\u{301}ﬁ①Ⅻ㍿𠀀丽",
            every.as_str(),
        ] {
            let mut expected = String::from("前");
            text.chars().for_each(|c| fold_char_into(c, &mut expected));
            let mut folded = String::from("前");
            fold_into(text, &mut folded);
            assert_eq!(folded, expected, "{text}");
            assert_eq!(fold(text), expected["前".len()..], "{text}");
        }
    }

    #[test]
    fn the_marks_table_folds_like_the_general_path() {
        for c in MARK_RANGES
            .iter()
            .flat_map(|r| r.clone())
            .filter_map(char::from_u32)
        {
            let mut general = String::new();
            fold_general(c, &mut general);
            let mut tabled = String::new();
            fold_char_into(c, &mut tabled);
            assert_eq!(tabled, general, "U+{:04X}", c as u32);
            assert_eq!(folds_to_itself(c), general == c.to_string(), "{c}");
        }
        assert_eq!(fold("，：（）①Ⅻ…"), ",:()1xii...");
    }

    #[test]
    fn the_cjk_table_folds_like_the_general_path() {
        for c in CJK_TABLE_RANGE.filter_map(char::from_u32) {
            let mut general = String::new();
            for n in std::iter::once(c).nfkc() {
                let n = T2S_MAP.get(&n).copied().unwrap_or(n);
                general.extend(n.to_lowercase());
            }
            assert_eq!(fold(&c.to_string()), general, "{c}");
        }
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "開辦企業，ＵＫＥＹ免費";
        for token in words(text).iter().chain(bigrams(text).iter()) {
            let original = &text[token.offset_from..token.offset_to];
            assert_eq!(fold(original), token.text, "{token:?}");
        }
    }

    #[test]
    fn the_indexing_analyzers_stream_the_tokens_of_words_and_bigrams() {
        let manager = TokenizerManager::default();
        register_for_indexing(&manager);
        let mut jieba = manager.get(JIEBA).unwrap();
        let mut bigram = manager.get(BIGRAM).unwrap();
        let streamed = |analyzer: &mut TextAnalyzer, text: &str| {
            let mut out = Vec::new();
            analyzer
                .token_stream(text)
                .process(&mut |t| out.push(t.clone()));
            out
        };
        let long = "a".repeat(MAX_TOKEN_BYTES);
        // The terms and positions, every offset 0 (the index keeps none).
        let same = |a: &[Token], b: &[Token]| {
            let key = |t: &Token| (t.text.clone(), t.position);
            a.iter().all(|t| (t.offset_from, t.offset_to) == (0, 0))
                && a.iter().map(key).eq(b.iter().map(key))
        };
        // A text repeated (its tokens kept from the time before), then another, then the first.
        for text in [
            "開辦企業，ＵＫＥＹ免費",
            "開辦企業，ＵＫＥＹ免費",
            "推行一业一证改革,实现拿地即开工",
            "",
            &format!("企业{long}开办"),
            "開辦企業，ＵＫＥＹ免費",
        ] {
            let keep = |tokens: Vec<Token>| -> Vec<Token> {
                tokens
                    .into_iter()
                    .filter(|t| t.text.len() < MAX_TOKEN_BYTES)
                    .collect()
            };
            assert!(
                same(&streamed(&mut jieba, text), &keep(words(text))),
                "{text}"
            );
            assert!(
                same(&streamed(&mut bigram, text), &keep(bigrams(text))),
                "{text}"
            );
        }
    }

    /// Lines of `corpus/` and the texts opening them (cut before a punctuation mark, and
    /// elsewhere), analysed as a measure's title, text and bigram text are.
    #[test]
    fn texts_opening_or_ending_with_the_ones_before_have_the_tokens_they_have_whole() {
        let manager = TokenizerManager::default();
        register_for_indexing(&manager);
        let mut title = manager.get(JIEBA).unwrap();
        let mut bigram = manager.get(BIGRAM).unwrap();
        let terms = |analyzer: &mut TextAnalyzer, s: &str| {
            let mut out = Vec::new();
            analyzer
                .token_stream(s)
                .process(&mut |t| out.push((t.text.clone(), t.position)));
            out
        };
        let whole = |s: &str| -> Vec<(String, usize)> {
            words(s)
                .into_iter()
                .filter(|t| t.text.len() < MAX_TOKEN_BYTES)
                .map(|t| (t.text, t.position))
                .collect()
        };
        let pairs = |s: &str| -> Vec<(String, usize)> {
            bigrams(s)
                .into_iter()
                .filter(|t| t.text.len() < MAX_TOKEN_BYTES)
                .map(|t| (t.text, t.position))
                .collect()
        };
        let mut lines: Vec<String> = [
            "优化企业开办流程。实行“一窗受理”",
            "优化企业开办流程",
            "第五条 支持5.5G建设",
            "降低成本.5G网络",
            "减免税费（一）",
            "開辦企業，ＵＫＥＹ免費",
            "企业\r\n开办",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for entry in std::fs::read_dir("corpus").unwrap() {
            let path = entry.unwrap().path();
            let file = std::fs::read_to_string(&path).unwrap();
            lines.extend(file.lines().take(40).map(str::to_owned));
        }
        let mut continued = 0;
        for line in &lines {
            let expected = whole(line);
            // Where a punctuation mark follows (the title's end), and some other places.
            let cuts = line
                .char_indices()
                .skip(1)
                .filter(|&(at, c)| !is_alphanumeric(c) || at % 7 == 0)
                .take(12);
            for (at, _) in cuts {
                let head = &line[..at];
                assert_eq!(terms(&mut title, head), whole(head), "{head}");
                // A clone of the field's own (no text kept), sharing the one before.
                let mut text = manager.get(JIEBA).unwrap();
                assert_eq!(terms(&mut text, line), expected, "{head} | {line}");
                // The bigram field's title and text, after both.
                let joined = format!("{head}\n{line}");
                assert_eq!(terms(&mut bigram, &joined), pairs(&joined), "{joined}");
                let before = indexed_word_spans(head);
                continued += usize::from(continued_word_spans(head, &before, line).is_some());
            }
        }
        assert!(continued > 300, "{continued}");
    }

    #[test]
    fn jieba_splits_after_an_ideograph_before_punctuation_only() {
        assert!(jieba_splits_between('程', '。'));
        assert!(jieba_splits_between('程', ','));
        assert!(jieba_splits_between('程', '('));
        for after in ['企', '5', 'g', '.', '-', '%', '㐀'] {
            assert!(!jieba_splits_between('程', after), "{after}");
        }
        assert!(!jieba_splits_between(')', '。'));
        assert!(!jieba_splits_between('5', '。'));
    }

    #[test]
    fn words_keep_user_dictionary_terms_whole() {
        let tokens = words("推行一业一证改革,实现拿地即开工");
        let t = texts(&tokens);
        assert!(t.contains(&"一业一证"), "{t:?}");
        assert!(t.contains(&"拿地即开工"), "{t:?}");
    }

    /// The bigram analysis as it was written first, over a list of the text's characters:
    /// the oracle [`bigram_spans`]' one pass is compared with.
    fn bigram_spans_listed(text: &str) -> Spans {
        let folded = Folded::new(text);
        let s: &str = &folded.text;
        let mut out = Spans::default();
        let mut position = 0usize;
        let chars: Vec<(usize, char)> = s.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (start, c) = chars[i];
            if is_cjk(c) {
                let mut j = i;
                while j < chars.len() && is_cjk(chars[j].1) {
                    j += 1;
                }
                let end_of = |k: usize| chars.get(k).map_or(s.len(), |x| x.0);
                if j - i == 1 {
                    out.push(&folded, start, end_of(i + 1), position);
                    position += 1;
                } else {
                    for (k, &(from, _)) in chars.iter().enumerate().take(j - 1).skip(i) {
                        out.push(&folded, from, end_of(k + 2), position);
                        position += 1;
                    }
                }
                i = j;
            } else if is_alphanumeric(c) {
                let mut j = i;
                while j < chars.len() && is_alphanumeric(chars[j].1) && !is_cjk(chars[j].1) {
                    j += 1;
                }
                let end = chars.get(j).map_or(s.len(), |x| x.0);
                out.push(&folded, start, end, position);
                position += 1;
                i = j;
            } else {
                position += 1;
                i += 1;
            }
        }
        out.folded = folded.text.into_owned();
        out
    }

    #[test]
    fn bigrams_in_one_pass_are_those_of_the_character_list() {
        let mut texts: Vec<String> = [
            "",
            "一",
            "一业一证,A1",
            "A",
            "ＡＢ１２第〇条",
            "𠀀𠀁x𠀂",
            "企业开办1个工作日办结。(一)",
            "a b,c  十 二",
            "Ⅻ号①项 GDP增长5.5%",
            "繁體字轉換",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for entry in std::fs::read_dir("corpus").unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            texts.extend(text.lines().map(str::to_owned));
            texts.push(text);
        }
        for text in &texts {
            let (one, listed) = (bigram_spans(text), bigram_spans_listed(text));
            assert_eq!(one.folded, listed.folded);
            assert_eq!(one.spans, listed.spans, "{text}");
        }
    }

    #[test]
    fn bigrams_overlap_within_runs_only() {
        let tokens = bigrams("一业一证,A1");
        assert_eq!(texts(&tokens), ["一业", "业一", "一证", "a1"]);
        assert_eq!(tokens[2].position, 2);
        assert!(tokens[3].position > 3);
    }
}
