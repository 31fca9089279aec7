//! What counts as a match: a measure must hold at least [`MIN_SHARE`] of the query's concepts
//! (its words, weighted by idf; a synonym or a partial-word form counting for the word it
//! stands for: the [`Concept`]s the coverage rerank reads), as Elasticsearch's
//! `minimum_should_match` or Meilisearch's matching strategies do. Without it, every measure
//! sharing one common word with a question (企业, 办理) matched: the total said tens of
//! thousands, the facets counted them, and a query about something the corpus never mentions
//! still listed hundreds. With it, the total and the facet counts describe the measures that
//! answer most of the query, and an unrelated query finds nothing.
//!
//! A concept is found in a measure when one of its forms is a substring of the title or text
//! (the bigram field: a phrase of character bigrams matches exactly that substring), or a word
//! of the title, text, units or the heading of the section the measure stands under (a plan's
//! heading, （一）企业开办, names what each of its measures is about, as the scoring query
//! reads it), or, for a compound, when each of the words it is made of is found (外资企业 in
//! 稳外资服务平台…企业: plans write a compound's words apart as often as together).
//!
//! A concept of one Chinese character is how questions differ most from plans. A question
//! says a verb, a classifier or a short noun alone (开店, 几天, 请假, 交税); a plan writes it
//! inside a longer word (开办, 工作日, 休假, 纳税) or in other words the synonym data maps
//! (`data/synonyms.tsv`). jieba leaves the character alone in the question and keeps the
//! plan's word whole, so as a word the character is rare (heavy by idf) though common as a
//! character: counted as found it let every measure sharing any word with the question
//! match, and counted as a word it would refuse the measures that write it inside one. So a
//! single character ([`SingleChar`]):
//!
//! - is **found** in a measure when the measure holds it anywhere in its title or text, as a
//!   word or inside one (a term of the bigram field holding the character), or holds one of
//!   its other forms (a synonym, a partial-word variant);
//! - **weighs by its real document frequency**: the idf of the number of measures holding
//!   the character anywhere, not as a word (开, in 开展 and 公开, weighs next to nothing; 假,
//!   in few measures, much);
//! - is **in the share** when it names a thing (jieba's noun tags, as for the topic: 税, 假,
//!   房): the measure about it writes the character, alone or inside its own word; and is
//!   **dropped from the share** when it names no thing (a verb, a classifier, a numeral: 开,
//!   交, 放, 天, 几): the question's way of saying the act or the quantity, which plans say in
//!   their own words (开店 → 开办企业, 几天 → 3个工作日), so a measure without it loses nothing,
//!   and one with it still gains its weight. When the question has nothing else (its topic is
//!   its characters alone), they are its share.
//!
//! The share is of the query's topic: a word that no measure holds and that names no thing
//! (jieba's dictionary tags it a verb, an adverb …: 修好, 拿到, 马上; the noun tags are in
//! `data/lexicons/topic-tags.txt`), or a one-character verb with a complement (判完, 批下来:
//! [`is_done_verb`]), is how someone asks, not what about, and is left out. A
//! noun no measure holds (量子, 计算机) stays: a query about what the corpus never mentions
//! finds little or nothing.
//!
//! The filter is a tantivy query ([`ConceptQuery`]) intersected with the scoring query. It
//! walks only the postings of the concepts a match cannot do without: with the concepts
//! sorted by weight, the lightest ones whose weights together stay below the minimum cannot
//! make a match alone, so every match holds one of the others, and the light ones (the common
//! words, with the longest postings) are only looked up on those candidates: each query of
//! their forms asked about the candidate alone ([`Probe`], tantivy's `seek_danger`), the
//! heaviest concept first, and only while the answer can still change (not once the
//! candidate holds enough, nor once the concepts left cannot make it enough).

use std::time::Instant;

use tantivy::query::{
    BooleanQuery, EnableScoring, Explanation, Occur, Query, RegexQuery, Scorer, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, Term, TERMINATED};

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

use tantivy::index::SegmentId;
use tantivy::query::{BitSetDocSet, ConstScorer};
use tantivy::{BitSet, Searcher};

use crate::data;
use crate::index::analyzer::{is_cjk, JIEBA_DICT};
use crate::index::schema::Fields;
use crate::question::rules::RULES;
use crate::search::concept::Concept;
use crate::search::form::FormQuery;
use crate::search::lazy_union::Clause;
use crate::search::terms::bigram_phrase;

/// Share of the query's topic weight a measure must hold to match: under a third, so a
/// measure answering a colloquial question in the plan's own words (暖气坏了报修 → 供暖维修)
/// still matches, and one sharing a single common word with it does not.
pub const MIN_SHARE: f32 = 0.3;

/// jieba's tags of words that name a thing (see the module documentation).
static TOPIC_TAGS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| data::TOPIC_TAGS.entries().collect());

/// Whether `word` is part of the topic whatever the index holds: a single word that jieba's
/// dictionary tags as naming a thing.
pub fn names_a_thing(word: &str) -> bool {
    match JIEBA_DICT.tag(word, false).as_slice() {
        [tag] => TOPIC_TAGS.contains(tag.tag),
        _ => true,
    }
}

/// Whether `word` is a one-character verb with a result or phase complement (判完, 弄好,
/// 批下来: `complements` of data/question_kinds.toml): how the asker says the act gets done.
/// Plans write the act in their own words (审结, 办结), so such a word no measure holds says
/// nothing of the topic — and as a compound jieba does not know, it would otherwise weigh like
/// the rarest word and refuse the right answer.
pub fn is_done_verb(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    // The dictionary tags some of these characters otherwise (判 as a morpheme, 批 as a
    // classifier): what matters is that the character names no thing (税 of 税完 would).
    is_cjk(first)
        && !names_a_thing(&first.to_string())
        && RULES.complements.iter().any(|c| c == rest)
}

/// The filter of a search with words: `None` when it would let everything through (no
/// concepts). `held` says whether some measure holds a concept (one of its forms);
/// `char_weight` the weight of a character by the measures holding it anywhere (its idf;
/// `None` when none does);
/// `chars` those measures.
pub fn concept_filter(
    fields: &Fields,
    concepts: &[Concept],
    held: impl Fn(&Concept) -> bool,
    char_weight: impl Fn(char) -> Option<f32>,
    chars: &Arc<CharSets>,
    deadline: Option<Instant>,
) -> Option<ConceptQuery> {
    let concepts: Vec<&Concept> = concepts
        .iter()
        .filter(|c| (names_a_thing(&c.word) && !is_done_verb(&c.word)) || held(c))
        .collect();
    let sought: Vec<Sought> = concepts
        .iter()
        .map(|c| match SingleChar::of(&c.word) {
            Some(single) => {
                let weight = char_weight(single.ch);
                // A character no measure writes anywhere, nor any of its forms, is how this
                // asker put it (时 of 接电时, a typo), not a topic the corpus lacks: a single
                // character is too common a piece of writing to be that.
                let written = weight.is_some() || held(c);
                Sought {
                    forms: c.forms.iter().filter(|f| **f != c.word).cloned().collect(),
                    parts: None,
                    single: Some(single),
                    weight: weight.unwrap_or(c.weight),
                    in_share: single.names_a_thing && written,
                }
            }
            None => Sought {
                forms: c.forms.clone(),
                parts: parts(&c.word),
                single: None,
                weight: c.weight,
                in_share: true,
            },
        })
        .collect();
    let in_share = |s: &&Sought| s.in_share;
    let mut total: f32 = sought.iter().filter(in_share).map(|s| s.weight).sum();
    if total <= 0.0 {
        // Only characters naming no thing: they are the question's topic.
        total = sought.iter().map(|s| s.weight).sum();
    }
    let min_weight = MIN_SHARE * total;
    if min_weight <= 0.0 {
        return None;
    }
    let concepts = sought
        .iter()
        .filter_map(|s| {
            found_query(fields, s, chars).map(|walked| FilterConcept {
                walked,
                probe: probe(fields, s, chars),
                weight: s.weight,
            })
        })
        .collect::<Vec<_>>();
    Some(ConceptQuery {
        concepts,
        // A hair below, so float rounding never drops a measure holding exactly the share.
        min_weight: min_weight * (1.0 - 1e-4),
        deadline,
    })
}

/// A query concept of one Chinese character (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SingleChar {
    /// The character.
    pub ch: char,
    /// Whether it names a thing (counts in the share) or not (only adds when found).
    pub names_a_thing: bool,
}

impl SingleChar {
    /// `word` as a single Chinese character; `None` for a longer word, or a letter or digit
    /// (the index keeps those whole, so they are words like any other).
    pub fn of(word: &str) -> Option<SingleChar> {
        let mut chars = word.chars();
        let ch = chars.next()?;
        (chars.next().is_none() && is_cjk(ch)).then(|| SingleChar {
            ch,
            names_a_thing: names_a_thing(word),
        })
    }
}

/// Bytes of character sets an engine keeps ([`CharSets`]): a set is a bit per measure of a
/// segment, so about 2,400 characters over 111,341 measures, 500 over a million; past it a
/// character's measures are found again at each search.
const CHAR_SETS_BYTES: usize = 64 << 20;

/// The measures of each segment holding a character anywhere in title or text, computed on
/// first need and kept (up to [`CHAR_SETS_BYTES`]): a question's characters are few and
/// recur, and a character's bigrams are hundreds of terms whose postings and dictionary walk
/// would otherwise be paid by every search asking it. The index does not change under a
/// reader, so the sets never go stale.
#[derive(Default)]
pub struct CharSets {
    sets: Mutex<HashMap<(SegmentId, char), Arc<BitSet>>>,
    bytes: AtomicUsize,
    /// How many character queries were built ([`char_query`]: a regex automaton, the
    /// larger part of a set's first cost).
    queries_built: AtomicUsize,
}

impl std::fmt::Debug for CharSets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CharSets")
    }
}

impl CharSets {
    /// The measures of `reader` holding `ch` anywhere in title or text.
    pub fn get(
        &self,
        fields: &Fields,
        reader: &SegmentReader,
        ch: char,
    ) -> tantivy::Result<Arc<BitSet>> {
        self.get_with(fields, reader, ch, &mut None)
    }

    /// [`get`](Self::get), the character's query taken from `query` or built there: the
    /// query (a regex automaton over the bigram terms) is the same for every segment, so the
    /// segments of one index build it once.
    fn get_with(
        &self,
        fields: &Fields,
        reader: &SegmentReader,
        ch: char,
        query: &mut Option<Box<dyn Query>>,
    ) -> tantivy::Result<Arc<BitSet>> {
        let key = (reader.segment_id(), ch);
        if let Some(set) = self.lock().get(&key) {
            return Ok(set.clone());
        }
        let query = query.get_or_insert_with(|| {
            self.queries_built.fetch_add(1, Ordering::Relaxed);
            char_query(fields, ch)
        });
        let weight = query.weight(EnableScoring::disabled_from_schema(reader.schema()))?;
        let mut scorer = weight.scorer(reader, 1.0)?;
        let mut set = BitSet::with_max_value(reader.max_doc());
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            set.insert(doc);
            doc = scorer.advance();
        }
        let set = Arc::new(set);
        let size = reader.max_doc() as usize / 8 + 64;
        if self.bytes.fetch_add(size, Ordering::Relaxed) + size <= CHAR_SETS_BYTES {
            self.lock().insert(key, set.clone());
        } else {
            self.bytes.fetch_sub(size, Ordering::Relaxed);
        }
        Ok(set)
    }

    /// How many measures of the index hold `ch` anywhere in title or text.
    pub fn doc_freq(&self, fields: &Fields, searcher: &Searcher, ch: char) -> u64 {
        let mut query = None;
        searcher
            .segment_readers()
            .iter()
            .map(|reader| {
                self.get_with(fields, reader, ch, &mut query)
                    .map_or(0, |set| set.len() as u64)
            })
            .sum()
    }

    /// How many character queries were built (one a character a `doc_freq`, whatever the
    /// segments; none for a character whose sets are kept).
    pub fn queries_built(&self) -> usize {
        self.queries_built.load(Ordering::Relaxed)
    }

    /// A query matching the measures holding `ch` (from the kept sets).
    pub fn query(self: &Arc<Self>, fields: &Fields, ch: char) -> CharQuery {
        CharQuery {
            fields: fields.clone(),
            ch,
            sets: self.clone(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(SegmentId, char), Arc<BitSet>>> {
        self.sets.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The measures holding a character anywhere in title or text ([`CharSets`]); scores 1.
#[derive(Debug, Clone)]
pub struct CharQuery {
    fields: Fields,
    ch: char,
    sets: Arc<CharSets>,
}

impl Query for CharQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for CharQuery {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let set = self.sets.get(&self.fields, reader, self.ch)?;
        Ok(Box::new(ConstScorer::new(
            BitSetDocSet::from((*set).clone()),
            boost,
        )))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let set = self.sets.get(&self.fields, reader, self.ch)?;
        if set.contains(doc) {
            Ok(Explanation::new("holds the character", 1.0))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} does not hold {}",
                self.ch
            )))
        }
    }
}

/// The measures holding the character `ch` anywhere in title or text: the terms of the
/// bigram field holding it (a bigram starting or ending with it, or the character alone).
fn char_query(fields: &Fields, ch: char) -> Box<dyn Query> {
    let pattern = format!(".?{}.?", regex_escape(ch));
    match RegexQuery::from_pattern(&pattern, fields.bigram) {
        Ok(query) => Box::new(query),
        // No regex of one escaped character fails to build; nothing found if it did.
        Err(_) => Box::new(TermQuery::new(
            Term::from_field_text(fields.bigram, &ch.to_string()),
            IndexRecordOption::Basic,
        )),
    }
}

fn regex_escape(ch: char) -> String {
    if ch.is_alphanumeric() || !ch.is_ascii() {
        ch.to_string()
    } else {
        format!("\\{ch}")
    }
}

/// What the filter looks for in a measure: a concept.
struct Sought {
    /// Found when one of these is in the measure.
    forms: Vec<String>,
    /// Also found when all of these are (the words a compound is made of).
    parts: Option<Vec<String>>,
    /// Also found when the measure holds this character anywhere.
    single: Option<SingleChar>,
    weight: f32,
    /// Whether it counts in the share a match must hold (see [`concept_filter`]).
    in_share: bool,
}

/// The words a compound is made of, end to end, from jieba's search mode (外资企业 → 外资 /
/// 企业): plans write a compound's words apart or in another order (稳外资服务平台…企业,
/// 企业开办 for 开办企业) as often as together. The longest words that cover it end to end:
/// the dictionary's words inside a compound can overlap (银行账号 holds 银行, 账号 and 银行账),
/// and the longest word at the start need not lead to a cover. `None` when the dictionary's
/// words inside it do not cover it (计算机 → 计算, and 机 is left).
fn parts(word: &str) -> Option<Vec<String>> {
    let len = word.chars().count();
    let inside: Vec<_> = JIEBA_DICT
        .cut_for_search(word, false)
        .into_iter()
        .filter(|t| t.end - t.start >= 2 && t.end - t.start < len)
        .collect();
    // The cover from each position on, from the end backwards: at each position the longest
    // word that leads to a cover.
    let mut cover: Vec<Option<Vec<usize>>> = vec![None; len + 1];
    cover[len] = Some(Vec::new());
    for at in (0..len).rev() {
        cover[at] = inside
            .iter()
            .enumerate()
            .filter(|(_, t)| t.start == at && cover[t.end].is_some())
            .max_by_key(|(_, t)| t.end)
            .map(|(i, t)| {
                let mut words = vec![i];
                words.extend(cover[t.end].iter().flatten());
                words
            });
    }
    let out: Vec<String> = cover[0]
        .take()?
        .into_iter()
        .map(|i| inside[i].word.to_owned())
        .collect();
    (out.len() >= 2).then_some(out)
}

/// The measures where something sought is found: any of its forms, as a substring of title
/// and text or as a word of title, text, units or section heading; or all of its parts so.
fn found_query(fields: &Fields, sought: &Sought, chars: &Arc<CharSets>) -> Option<BooleanQuery> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = sought
        .forms
        .iter()
        .map(|form| (Occur::Should, form_query(fields, form)))
        .collect();
    if let Some(single) = sought.single {
        clauses.push((Occur::Should, Box::new(chars.query(fields, single.ch))));
    }
    if let Some(parts) = &sought.parts {
        let all = parts
            .iter()
            .map(|part| (Occur::Must, form_query(fields, part)))
            .collect();
        clauses.push((Occur::Should, Box::new(BooleanQuery::new(all))));
    }
    (!clauses.is_empty()).then(|| BooleanQuery::new(clauses))
}

/// The measures holding `form`: as a substring of title and text, or as a word of title,
/// text, units or section heading.
fn form_query(fields: &Fields, form: &str) -> Box<dyn Query> {
    if let Some(query) = FormQuery::new(fields, form) {
        return Box::new(query);
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(phrase) = bigram_phrase(fields, form) {
        clauses.push((Occur::Should, phrase));
    }
    for field in [fields.title, fields.text, fields.units, fields.section] {
        clauses.push((
            Occur::Should,
            Box::new(TermQuery::new(
                Term::from_field_text(field, form),
                IndexRecordOption::Basic,
            )),
        ));
    }
    Box::new(BooleanQuery::new(clauses))
}

/// The same measures as [`found_query`], as queries asked about one measure at a time
/// ([`Probe`]): each form as its words in the four fields and its bigram phrase, and the parts.
fn probe(fields: &Fields, sought: &Sought, chars: &Arc<CharSets>) -> ProbeQuery {
    let form = |form: &str| -> BooleanQuery {
        let mut queries: Vec<Box<dyn Query>> =
            [fields.title, fields.text, fields.units, fields.section]
                .into_iter()
                .map(|field| {
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, form),
                        IndexRecordOption::Basic,
                    )) as Box<dyn Query>
                })
                .collect();
        // The phrase last: its positions are read only where no word holds the form.
        queries.extend(bigram_phrase(fields, form));
        BooleanQuery::union(queries)
    };
    let mut forms: Vec<BooleanQuery> = sought.forms.iter().map(|f| form(f)).collect();
    if let Some(single) = sought.single {
        forms.push(BooleanQuery::union(vec![Box::new(
            chars.query(fields, single.ch),
        )]));
    }
    ProbeQuery {
        forms,
        parts: sought
            .parts
            .as_ref()
            .map(|parts| parts.iter().map(|p| form(p)).collect()),
    }
}

/// A concept of the filter: the query walked when every match holds it or one of the other
/// walked concepts, and the one asked about single measures when it cannot make a match alone.
#[derive(Debug, Clone)]
struct FilterConcept {
    walked: BooleanQuery,
    probe: ProbeQuery,
    weight: f32,
}

/// [`found_query`] as lists of queries: a form (a union) is held when one of its clauses
/// holds the measure; the concept when one of its forms is, or all of its parts.
#[derive(Debug, Clone)]
struct ProbeQuery {
    forms: Vec<BooleanQuery>,
    parts: Option<Vec<BooleanQuery>>,
}

type FormWeights = Vec<Vec<Box<dyn Weight>>>;

struct ProbeWeight {
    forms: FormWeights,
    parts: Option<FormWeights>,
}

impl ProbeQuery {
    fn weight(&self, unscored: EnableScoring<'_>) -> tantivy::Result<ProbeWeight> {
        let weights = |forms: &Vec<BooleanQuery>| -> tantivy::Result<FormWeights> {
            forms
                .iter()
                .map(|union| {
                    union
                        .clauses()
                        .iter()
                        .map(|(_, q)| q.weight(unscored))
                        .collect()
                })
                .collect()
        };
        Ok(ProbeWeight {
            forms: weights(&self.forms)?,
            parts: self.parts.as_ref().map(weights).transpose()?,
        })
    }
}

impl ProbeWeight {
    fn probe(&self, reader: &SegmentReader) -> tantivy::Result<Probe> {
        let clauses = |forms: &FormWeights| -> tantivy::Result<Vec<Vec<Clause>>> {
            forms
                .iter()
                .map(|weights| {
                    weights
                        .iter()
                        .map(|w| Ok(Clause::new(w.scorer(reader, 1.0)?)))
                        .collect()
                })
                .collect()
        };
        Ok(Probe {
            forms: clauses(&self.forms)?,
            parts: self.parts.as_ref().map(clauses).transpose()?,
        })
    }
}

/// An optional concept of one segment, asked whether it is held by one measure at a time
/// (the measures asked in increasing order): each query is asked about that measure only
/// (`seek_danger`), never about the measures around it, and only until the answer is known.
/// tantivy's union of the same queries, looked up by `seek`, filled a window of 4,096
/// measures from every query (reading the forms' phrases on each) at every lookup outside
/// the last window.
struct Probe {
    forms: Vec<Vec<Clause>>,
    parts: Option<Vec<Vec<Clause>>>,
}

impl Probe {
    fn holds(&mut self, doc: DocId) -> bool {
        fn form_holds(clauses: &mut [Clause], doc: DocId) -> bool {
            clauses.iter_mut().any(|clause| clause.holds(doc))
        }
        self.forms.iter_mut().any(|form| form_holds(form, doc))
            || self
                .parts
                .as_mut()
                .is_some_and(|parts| parts.iter_mut().all(|part| form_holds(part, doc)))
    }
}

/// Matches the measures holding concepts of total weight at least `min_weight`; scores 0.
/// Past the request's deadline it matches nothing more: the collection ends there (tantivy's
/// collection loop has no deadline of its own) and the engine reports the timeout.
#[derive(Debug, Clone)]
pub struct ConceptQuery {
    concepts: Vec<FilterConcept>,
    min_weight: f32,
    deadline: Option<Instant>,
}

/// Candidates looked at between two looks at the clock.
const DEADLINE_EVERY: u32 = 4096;

impl Query for ConceptQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let unscored = EnableScoring::disabled_from_schema(enable_scoring.schema());
        // Lightest first: the prefix that cannot reach the minimum alone is only looked up.
        let mut concepts: Vec<&FilterConcept> = self.concepts.iter().collect();
        concepts.sort_by(|a, b| a.weight.total_cmp(&b.weight));
        let mut light = 0.0;
        let mut split = 0;
        for concept in &concepts {
            if light + concept.weight >= self.min_weight {
                break;
            }
            light += concept.weight;
            split += 1;
        }
        let essential = concepts[split..]
            .iter()
            .map(|c| Ok((c.walked.weight(unscored)?, c.weight)))
            .collect::<tantivy::Result<_>>()?;
        // Heaviest first: the rarest words, with the shortest postings, and the ones whose
        // absence soonest shows that a candidate cannot reach the minimum.
        let optional = concepts[..split]
            .iter()
            .rev()
            .map(|c| Ok((c.probe.weight(unscored)?, c.weight)))
            .collect::<tantivy::Result<_>>()?;
        Ok(Box::new(ConceptWeight {
            essential,
            optional,
            min_weight: self.min_weight,
            deadline: self.deadline,
        }))
    }
}

struct ConceptWeight {
    essential: Vec<(Box<dyn Weight>, f32)>,
    /// Heaviest first.
    optional: Vec<(ProbeWeight, f32)>,
    min_weight: f32,
    deadline: Option<Instant>,
}

impl Weight for ConceptWeight {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let essential = self
            .essential
            .iter()
            .map(|(weight, w)| Ok((weight.scorer(reader, 1.0)?, *w)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let optional = self
            .optional
            .iter()
            .map(|(weight, w)| Ok((weight.probe(reader)?, *w)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        // What the optional concepts from each one on weigh together.
        let mut rest = vec![0.0; optional.len() + 1];
        for (i, (_, weight)) in optional.iter().enumerate().rev() {
            rest[i] = rest[i + 1] + weight;
        }
        let mut scorer = ConceptScorer {
            essential,
            optional,
            rest,
            min_weight: self.min_weight,
            doc: 0,
            deadline: self.deadline,
            until_clock: DEADLINE_EVERY,
        };
        scorer.find();
        Ok(Box::new(scorer))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) == doc {
            Ok(Explanation::new(
                "holds enough of the query's concepts",
                0.0,
            ))
        } else {
            Err(tantivy::TantivyError::InvalidArgument(format!(
                "document {doc} holds too few of the query's concepts"
            )))
        }
    }
}

/// Walks the union of the essential concepts' postings, looks the others up on each
/// candidate, keeps the candidates whose concepts weigh enough.
struct ConceptScorer {
    /// Concepts one of which every match holds; each positioned after the current match.
    essential: Vec<(Box<dyn Scorer>, f32)>,
    /// Concepts that cannot make a match alone, heaviest first.
    optional: Vec<(Probe, f32)>,
    /// `rest[i]`: the weight of `optional[i..]`.
    rest: Vec<f32>,
    min_weight: f32,
    doc: DocId,
    deadline: Option<Instant>,
    /// Candidates left before the next look at the clock.
    until_clock: u32,
}

impl ConceptScorer {
    /// Moves to the next match at or after the essential scorers' positions.
    fn find(&mut self) -> DocId {
        loop {
            self.until_clock -= 1;
            if self.until_clock == 0 {
                self.until_clock = DEADLINE_EVERY;
                if self.deadline.is_some_and(|d| Instant::now() >= d) {
                    self.doc = TERMINATED;
                    return TERMINATED;
                }
            }
            let candidate = self
                .essential
                .iter()
                .map(|(s, _)| s.doc())
                .min()
                .unwrap_or(TERMINATED);
            if candidate == TERMINATED {
                self.doc = TERMINATED;
                return TERMINATED;
            }
            let mut held = 0.0;
            for (scorer, weight) in &mut self.essential {
                if scorer.doc() == candidate {
                    held += *weight;
                    scorer.advance();
                }
            }
            // A concept is asked only while the answer can still change: not once the
            // candidate holds enough, nor once all that is left cannot make it enough.
            for (i, (probe, weight)) in self.optional.iter_mut().enumerate() {
                if held >= self.min_weight || held + self.rest[i] < self.min_weight {
                    break;
                }
                if probe.holds(candidate) {
                    held += *weight;
                }
            }
            if held >= self.min_weight {
                self.doc = candidate;
                return candidate;
            }
        }
    }
}

impl DocSet for ConceptScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.find()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        for (scorer, _) in &mut self.essential {
            if scorer.doc() < target {
                scorer.seek(target);
            }
        }
        self.find()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.essential
            .iter()
            .map(|(s, _)| s.size_hint())
            .fold(0u32, u32::saturating_add)
    }

    fn cost(&self) -> u64 {
        self.essential.iter().map(|(s, _)| s.cost()).sum()
    }
}

impl Scorer for ConceptScorer {
    fn score(&mut self) -> Score {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_character_names_a_thing_or_how_it_is_asked() {
        let single = |w: &str| SingleChar::of(w).map(|s| s.names_a_thing);
        // Nouns: in the share, found inside the plan's word (纳税, 休假).
        assert_eq!(single("税"), Some(true));
        assert_eq!(single("假"), Some(true));
        // A verb, a classifier, a numeral: how the question says the act or the quantity.
        assert_eq!(single("开"), Some(false));
        assert_eq!(single("天"), Some(false));
        assert_eq!(single("几"), Some(false));
        // Longer words, letters and digits are words like any other.
        assert_eq!(single("纳税"), None);
        assert_eq!(single("5"), None);
    }

    /// A character's sets over an index of several segments build its query (a regex
    /// automaton) once, and find in each segment the measures holding it anywhere: alone,
    /// opening a bigram or closing one.
    #[test]
    fn a_character_s_query_is_built_once_for_every_segment() {
        use tantivy::{doc, Index, IndexWriter};
        let (schema, fields) = crate::index::schema::build_schema();
        let index = Index::create_in_ram(schema);
        crate::index::analyzer::register(index.tokenizers());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        for texts in [["企业职工带薪休假", "企业开办"], ["元旦放假1天", "假"]] {
            for text in texts {
                writer.add_document(doc!(fields.bigram => text)).unwrap();
            }
            writer.commit().unwrap();
        }
        writer
            .add_document(doc!(fields.bigram => "纳税申报"))
            .unwrap();
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 3);
        let sets = CharSets::default();
        assert_eq!(sets.doc_freq(&fields, &searcher, '假'), 3);
        assert_eq!(sets.queries_built(), 1, "one query for the three segments");
        assert_eq!(sets.doc_freq(&fields, &searcher, '假'), 3);
        assert_eq!(sets.queries_built(), 1, "the sets kept");
        assert_eq!(sets.doc_freq(&fields, &searcher, '企'), 2);
        assert_eq!(sets.doc_freq(&fields, &searcher, '量'), 0);
        assert_eq!(sets.queries_built(), 3);
    }

    #[test]
    fn a_compound_is_also_found_by_its_words() {
        assert_eq!(
            parts("外资企业"),
            Some(vec!["外资".to_owned(), "企业".to_owned()])
        );
        // Words inside that overlap (银行账): the cover, not the longest first word.
        assert_eq!(
            parts("银行账号"),
            Some(vec!["银行".to_owned(), "账号".to_owned()])
        );
        // The dictionary's words inside leave a character uncovered: only the whole word.
        assert_eq!(parts("计算机"), None);
        assert_eq!(parts("企业"), None);
    }
}
