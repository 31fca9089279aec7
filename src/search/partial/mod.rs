//! Partial-word matching, read from the index itself (no hand-written vocabulary): people
//! abbreviate (违停 for 违法停车, 出生证 for 出生医学证明) and use a bare character where
//! plans write a compound (欠 for 拖欠, 拿 for 拿地即开工). A query word that the index
//! (almost) never holds is matched, at a low weight and by closeness, through
//!
//! - the index words that contain it (欠 → 拖欠, 清欠), from the text field's term
//!   dictionary;
//! - the stretches of the corpus that spell it with a few characters in between, same first
//!   and last character (违停 → 违法停, 出生证 → 出生医学证).
//!
//! Both lookups are precomputed once per engine (a map from character to index words, the
//! folded corpus text and where each character occurs in it, on disk: [`corpus`]) and built
//! on first need; a query pays only for its rare words.

mod corpus;
mod spelling;

use std::collections::HashMap;
use std::io;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

use crate::index::analyzer::{fold_into, is_cjk};
use crate::index::schema::Fields;
use crate::search::analysis::Analysis;
use crate::search::skeleton::Boosted;
use crate::search::terms::bigram_phrase;
#[cfg(test)]
use crate::Measure;

use spelling::SpellPlan;
#[cfg(test)]
use spelling::{spell, spell_back};

/// A word is rare (a candidate for partial matching) at most in this many measures…
pub const RARE_DF: u32 = 1;
/// …and at most this many times as a substring of the corpus.
pub const RARE_OCCURRENCES: u32 = 1;
/// Weight of a partial match relative to the word itself (times its closeness).
pub const PARTIAL_WEIGHT: f32 = 0.6;
/// Characters allowed between two characters of an abbreviation.
pub const MAX_GAP: usize = 2;
/// Extra characters an index word may have around the query word it contains.
pub const MAX_EXTRA: usize = 4;
/// Most occurrences of a character looked at when spelling a word (bounds the cost of a
/// query on a large corpus; the first ones in index order are taken).
pub const MAX_ANCHORS: usize = 20_000;
/// Partial matches kept per word.
pub const MAX_VARIANTS: usize = 3;
/// Rare words of one query looked up (the first ones in query order): bounds the work of a
/// long query made of rare words.
pub const MAX_CANDIDATES: usize = 8;

/// A rare query word and what stands for it in the index.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    /// The query word (folded).
    pub word: String,
    /// Index words and corpus strings found for it, with their weights (best first).
    pub forms: Vec<(String, f32)>,
}

/// The two fields of a stored measure record ([`Measure`](crate::Measure)'s JSON) the corpus is made of, read
/// without the rest: the tables are built from every stored record, and decoding each whole
/// (a dozen strings and lists allocated, then dropped) was most of the build's time. A
/// record the index writes always decodes as a whole `Measure` too.
#[derive(serde::Deserialize)]
struct TitleAndText<'a> {
    #[serde(borrow)]
    title: Option<std::borrow::Cow<'a, str>>,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

/// The per-engine tables, built on first need.
#[derive(Default)]
pub struct PartialMatcher {
    tables: OnceLock<Tables>,
}

struct Tables {
    /// CJK index words of the text field (2..=8 chars) with their df.
    words: Vec<(String, u32)>,
    /// The `words` (indices) holding each character.
    by_char: FxHashMap<char, Vec<u32>>,
    /// Folded title and text of every measure, one a line, and the byte offsets of each CJK
    /// character in it (none when it could not be written).
    corpus: Option<corpus::Corpus>,
}

impl PartialMatcher {
    /// An empty matcher (tables built on first use).
    pub fn new() -> PartialMatcher {
        PartialMatcher::default()
    }

    /// Builds the tables now rather than on the first query with a rare word (a server calls
    /// this before it listens, so no user waits for it).
    pub fn warm_up(&self, searcher: &Searcher, fields: &Fields) {
        self.tables(searcher, fields);
    }

    fn tables(&self, searcher: &Searcher, fields: &Fields) -> &Tables {
        self.tables.get_or_init(|| {
            Tables::build(searcher, fields).unwrap_or_else(|err| {
                tracing::error!(error = %err, "partial-word tables not built: no partial matching");
                Tables::empty()
            })
        })
    }

    /// The variants of the rare words of an analysed query: its words (default-mode
    /// segmentation) and the runs of rare single characters jieba left of an unknown word
    /// (违停 → 违 / 停), taken whole.
    pub fn variants(
        &self,
        analysis: &Analysis,
        searcher: &Searcher,
        fields: &Fields,
    ) -> Vec<Variant> {
        let df = |word: &str| {
            searcher
                .doc_freq(&Term::from_field_text(fields.text, word))
                .unwrap_or(0)
        };
        let mut candidates: Vec<(String, u64)> = Vec::new();
        for chunk in &analysis.chunks {
            let mut run = String::new();
            let mut run_len = 0;
            for (i, word) in chunk.iter().enumerate() {
                let chars = word.chars().count();
                let d = df(word);
                let single = chars == 1 && word.chars().all(is_cjk) && d <= RARE_DF as u64;
                if single {
                    run.push_str(word);
                    run_len += 1;
                }
                if !single || i + 1 == chunk.len() {
                    if run_len >= 2 {
                        candidates.push((std::mem::take(&mut run), 0));
                    }
                    run.clear();
                    run_len = 0;
                }
                candidates.push((word.clone(), d));
            }
        }
        let mut out: Vec<Variant> = Vec::new();
        let mut looked_up: Vec<String> = Vec::new();
        for (word, d) in candidates {
            if looked_up.contains(&word) || d > RARE_DF as u64 {
                continue;
            }
            let chars: Vec<char> = word.chars().collect();
            if chars.is_empty() || chars.len() > 4 || !chars.iter().all(|&c| is_cjk(c)) {
                continue;
            }
            if looked_up.len() == MAX_CANDIDATES {
                break;
            }
            looked_up.push(word.clone());
            let tables = self.tables(searcher, fields);
            let forms = tables.forms(&chars, tables.spelled(&word, &chars));
            if !forms.is_empty() {
                out.push(Variant { word, forms });
            }
        }
        // A run matched whole stands for its characters.
        let runs: Vec<String> = out
            .iter()
            .filter(|v| v.word.chars().count() >= 2)
            .map(|v| v.word.clone())
            .collect();
        out.retain(|v| {
            v.word.chars().count() > 1 || !runs.iter().any(|r| r.contains(v.word.as_str()))
        });
        out
    }
}

impl Tables {
    fn empty() -> Tables {
        Tables {
            words: Vec::new(),
            by_char: FxHashMap::default(),
            corpus: None,
        }
    }

    fn build(searcher: &Searcher, fields: &Fields) -> tantivy::Result<Tables> {
        let mut df: FxHashMap<String, u32> = FxHashMap::default();
        // Without the corpus on disk (no temporary file), index words alone stand for a word.
        let mut corpus = corpus::Builder::new().map_err(corpus_error).ok();
        let mut folded = String::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(fields.text)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                let Ok(word) = std::str::from_utf8(stream.key()) else {
                    continue;
                };
                let n = word.chars().count();
                if (2..=8).contains(&n) && word.chars().all(is_cjk) {
                    *df.entry(word.to_owned()).or_default() += stream.value().doc_freq;
                }
            }
            // In stored order, block after block (`get` of each document looked its block up
            // in the store's skip index again).
            let store = segment.get_store_reader(0)?;
            for doc in store.iter::<TantivyDocument>(segment.alive_bitset()) {
                let doc = doc?;
                let Some(json) = doc.get_first(fields.record).and_then(|v| v.as_str()) else {
                    continue;
                };
                if let Ok(m) = serde_json::from_str::<TitleAndText>(json) {
                    folded.clear();
                    fold_into(m.title.as_deref().unwrap_or(""), &mut folded);
                    folded.push('\n');
                    fold_into(&m.text, &mut folded);
                    folded.push('\n');
                    if let Some(Err(err)) = corpus.as_mut().map(|c| c.push(&folded)) {
                        corpus_error(err);
                        corpus = None;
                    }
                }
            }
        }
        let mut words: Vec<(String, u32)> = df.into_iter().collect();
        words.sort_unstable();
        let mut by_char: FxHashMap<char, Vec<u32>> = FxHashMap::default();
        for (index, (word, _)) in words.iter().enumerate() {
            let mut seen: Vec<char> = Vec::new();
            for c in word.chars() {
                if !seen.contains(&c) {
                    seen.push(c);
                    by_char.entry(c).or_default().push(index as u32);
                }
            }
        }
        let corpus = corpus.and_then(|c| c.finish().map_err(corpus_error).ok());
        Ok(Tables {
            words,
            by_char,
            corpus,
        })
    }

    /// Times `word` occurs in the corpus (stops counting past a few), found from the
    /// occurrences of its rarest character (the first [`MAX_ANCHORS`] of them at most).
    fn occurrences(&self, word: &str) -> usize {
        let Some(corpus) = &self.corpus else {
            return 0;
        };
        let Some((offset, c)) = word.char_indices().min_by_key(|&(_, c)| corpus.count(c)) else {
            return 0;
        };
        let mut found = 0;
        let chars: Vec<char> = word.chars().collect();
        let anchors = anchors_holding(corpus, c, &chars, offset as u32, word.len() as u32);
        let scanned = anchors.and_then(|anchors| {
            corpus.scan(&anchors, offset as u32, word.len() as u32, |p, text, _| {
                if (p as usize) >= offset && text.starts_with(word.as_bytes()) {
                    found += 1;
                }
                found <= RARE_OCCURRENCES as usize
            })
        });
        if let Err(err) = scanned {
            corpus_error(err);
        }
        found
    }

    /// Corpus stretches spelling the word with gaps, counted (see [`spell`]): from the first
    /// [`MAX_ANCHORS`] occurrences of its first or its last character, whichever is rarer.
    fn spellings(&self, chars: &[char]) -> io::Result<HashMap<String, u32>> {
        let mut counts: HashMap<String, u32> = HashMap::new();
        let Some(corpus) = &self.corpus else {
            return Ok(counts);
        };
        let plan = SpellPlan::of(corpus, chars);
        let anchors = anchors_holding(corpus, plan.from, chars, plan.before, plan.after)?;
        corpus.scan(&anchors, plan.before, plan.after, |p, text, _| {
            plan.count(p, text, &mut counts);
            true
        })?;
        Ok(counts)
    }

    /// The spellings of a word of two characters or more ([`Tables::spellings`]) when it is
    /// rare enough to be spelled ([`Tables::occurrences`] at most [`RARE_OCCURRENCES`]).
    fn spelled(&self, word: &str, chars: &[char]) -> Option<HashMap<String, u32>> {
        if chars.len() < 2 {
            return None;
        }
        if let Some(spelled) = self.spelled_in_one_read(word, chars) {
            return spelled;
        }
        if self.occurrences(word) > RARE_OCCURRENCES as usize {
            return None;
        }
        Some(self.spellings(chars).unwrap_or_else(|err| {
            corpus_error(err);
            HashMap::new()
        }))
    }

    /// [`Tables::spelled`] in one pass over the corpus when counting the word's occurrences
    /// and spelling it start from the same character (its rarest is its first or its last):
    /// each anchor's stretch is read once for both, the same stretches each would read on its
    /// own. `None` when they start from different characters or a read failed (then each
    /// reads on its own).
    fn spelled_in_one_read(
        &self,
        word: &str,
        chars: &[char],
    ) -> Option<Option<HashMap<String, u32>>> {
        let corpus = self.corpus.as_ref()?;
        let (offset, c) = word.char_indices().min_by_key(|&(_, c)| corpus.count(c))?;
        let plan = SpellPlan::of(corpus, chars);
        if c != plan.from {
            return None;
        }
        let (offset, len) = (offset as u32, word.len() as u32);
        let (before, after) = (offset.max(plan.before), len.max(plan.after));
        let anchors = anchors_holding(corpus, c, chars, before, after).ok()?;
        let mut found = 0;
        let mut counts: HashMap<String, u32> = HashMap::new();
        corpus
            .scan(&anchors, before, after, |p, text, at| {
                // The stretch `before` bytes ahead of `p` to `after` past it, as `scan` cuts it.
                let end = at + text.len() as u64;
                let stretch = |before: u32, after: u32| {
                    let start = p.saturating_sub(before) as u64 - at;
                    let stop = (p as u64 + after as u64).min(end) - at;
                    &text[start as usize..stop as usize]
                };
                if p >= offset && stretch(offset, len).starts_with(word.as_bytes()) {
                    found += 1;
                }
                plan.count(p, stretch(plan.before, plan.after), &mut counts);
                found <= RARE_OCCURRENCES as usize
            })
            .ok()?;
        Some((found <= RARE_OCCURRENCES as usize).then_some(counts))
    }

    /// Index words containing the word, and corpus stretches spelling it with gaps.
    /// `spellings`: those of [`Tables::spelled`].
    fn forms(&self, chars: &[char], spellings: Option<HashMap<String, u32>>) -> Vec<(String, f32)> {
        let n = chars.len();
        let word: String = chars.iter().collect();
        // (form, weight, frequency)
        let mut found: Vec<(String, f32, u32)> = Vec::new();
        if let Some(indices) = self.by_char.get(&chars[0]) {
            for (w, df) in indices.iter().map(|&i| &self.words[i as usize]) {
                let m = w.chars().count();
                if m > n && m <= n + MAX_EXTRA && w.contains(word.as_str()) {
                    found.push((w.clone(), n as f32 / m as f32, *df));
                }
            }
        }
        if let Some(counts) = spellings {
            for (s, count) in counts {
                let m = s.chars().count();
                if m > n && !found.iter().any(|f| f.0 == s) {
                    found.push((s.to_owned(), n as f32 / m as f32, count));
                }
            }
        }
        found.sort_by(|a, b| {
            (b.2 as f32 * b.1)
                .total_cmp(&(a.2 as f32 * a.1))
                .then_with(|| a.0.cmp(&b.0))
        });
        found.truncate(MAX_VARIANTS);
        found
            .into_iter()
            .map(|(s, closeness, _)| (s, PARTIAL_WEIGHT * closeness))
            .collect()
    }
}

/// The first [`MAX_ANCHORS`] occurrences of `c` whose stretch (`before` bytes ahead, `after`
/// past) holds the rarest other character of the word `chars` (see [`corpus::Corpus::holding`]):
/// the word, whole or spelled with gaps, lies within the stretch, so a stretch without one of
/// its characters cannot hold it. The stretches read and what is found in them are those of
/// every occurrence; only stretches that cannot count are not read.
fn anchors_holding(
    corpus: &corpus::Corpus,
    c: char,
    chars: &[char],
    before: u32,
    after: u32,
) -> io::Result<Vec<u32>> {
    let anchors = corpus.anchors(c, MAX_ANCHORS)?;
    let rarest = chars
        .iter()
        .copied()
        .filter(|&other| other != c)
        .min_by_key(|&other| corpus.count(other));
    match rarest {
        Some(other) => corpus.holding(anchors, before, after, other),
        None => Ok(anchors),
    }
}

fn corpus_error(err: io::Error) {
    tracing::error!(error = %err, "partial-word corpus on disk: no spelled abbreviations");
}

/// The variants as scoring clauses: each form as a bigram phrase (title and text), weighted.
pub fn variant_clauses(fields: &Fields, variants: &[Variant]) -> Vec<(Occur, Box<dyn Query>)> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for variant in variants {
        for (form, weight) in &variant.forms {
            if let Some(q) = bigram_phrase(fields, form) {
                clauses.push((Occur::Should, Box::new(Boosted::new(q, *weight))));
            }
            for (field, boost) in [(fields.text, 1.0), (fields.title, 2.0)] {
                let q = TermQuery::new(
                    Term::from_field_text(field, form),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((
                    Occur::Should,
                    Box::new(Boosted::new(Box::new(q), boost * weight)),
                ));
            }
        }
    }
    clauses
}

/// The scoring query with the variants' clauses added (unchanged without variants).
pub fn with_variants(
    fields: &Fields,
    scoring: Option<Box<dyn Query>>,
    variants: &[Variant],
) -> Option<Box<dyn Query>> {
    if variants.is_empty() {
        return scoring;
    }
    let scoring = scoring?;
    let mut clauses = vec![(Occur::Should, scoring)];
    clauses.extend(variant_clauses(fields, variants));
    Some(Box::new(BooleanQuery::new(clauses)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::vocabulary::RegionAliases;

    #[test]
    fn abbreviations_are_spelled_with_gaps() {
        let chars: Vec<char> = "违停".chars().collect();
        assert_eq!(spell("违法停车", &chars), Some("违法停".len()));
        assert_eq!(spell("违法的行为停车", &chars), None);
        assert_eq!(spell("违,停", &chars), None);
        let chars: Vec<char> = "执行款".chars().collect();
        assert_eq!(spell("执行案款", &chars), Some("执行案款".len()));
        let reversed: Vec<char> = "违停".chars().rev().collect();
        assert_eq!(spell_back("对违法停", &reversed), Some("对".len()));
        assert_eq!(spell_back("违法的行为停", &reversed), None);
    }

    #[test]
    fn a_rare_word_is_spelled_from_the_stretches_holding_its_characters() {
        // 违 and 停 in every line, near each other in a few: spelling 违停 reads those few.
        let (corpus, text) = corpus::far_and_near();
        let len = text.len() as u64;
        let tables = Tables {
            corpus: Some(corpus),
            ..Tables::empty()
        };
        let chars: Vec<char> = "违停".chars().collect();
        let spelled = tables.spelled("违停", &chars).unwrap();
        let expected = HashMap::from([("违法停".to_owned(), 20)]);
        assert_eq!(spelled, expected);
        let read = tables.corpus.as_ref().unwrap().text_read();
        assert!(read < len / 10, "{read} of {len} bytes read");
    }

    fn measure(id: &str, title: &str, text: &str) -> Measure {
        Measure {
            id: id.into(),
            doc_id: "doc".into(),
            doc_title: "实施方案".into(),
            source: "doc.txt".into(),
            region: "山东省".into(),
            domain: "城市管理".into(),
            title: Some(title.into()),
            text: text.into(),
            seq: id.rsplit('-').next().unwrap().parse().unwrap(),
            ..Default::default()
        }
    }

    #[test]
    fn rare_words_match_what_the_index_writes() {
        let measures = vec![
            measure(
                "m-0",
                "规范停车管理",
                "对违法停车行为首次短信提醒,三次予以罚款。",
            ),
            measure("m-1", "罚款公开", "罚款信息公开。"),
            measure(
                "m-2",
                "清理拖欠账款",
                "开展拖欠中小企业账款清欠行动,拖欠债务全部清零。",
            ),
            measure("m-3", "政府采购", "政府采购信息公开。"),
        ];
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        let opened = crate::index::read::open(&index_dir).unwrap();
        let searcher = opened.index.reader().unwrap().searcher();
        let matcher = PartialMatcher::new();
        let variants = |q: &str| {
            let analysis = crate::search::analysis::analyze(q, &RegionAliases::default());
            matcher.variants(&analysis, &searcher, &opened.fields)
        };
        let found = variants("违停第一次会直接罚款吗");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].word, "违停");
        assert_eq!(found[0].forms[0].0, "违法停");
        let found = variants("政府欠企业的钱什么时候还");
        assert!(
            found
                .iter()
                .any(|v| v.word == "欠" && v.forms.iter().any(|(f, _)| f == "拖欠")),
            "{found:?}"
        );
        // Words the index holds are left alone.
        assert!(variants("直接罚款").is_empty());
    }
}
