//! Q&A: a question → the kind of answer wanted ([`question`]), the best measures (through
//! [`SearchEngine`]), the sentence that carries the value and the value itself ([`extract`]),
//! and a per-region table. Answers only from the measures: the short answer is a value copied
//! from a measure's text or fields (behind a fixed label at most), the quote is verbatim, and
//! when nothing answers with enough confidence the answer is 「未找到明确规定」, with the
//! nearest measures still cited.

pub mod extract;
pub mod question;
mod rules;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

pub use question::{analyze, looks_like_question, Analysis, Kind};

use crate::index::analyzer::{is_cjk, JIEBA_DICT};
use crate::search::eval::{hit_text, is_correct, Question, Report};
use crate::search::{Hit, SearchEngine, SearchQuery, MAX_QUERY_CHARS};
use crate::Result;
use extract::CountPattern;

/// The answer when no measure answers the question.
pub const NOT_FOUND: &str = "未找到明确规定";

/// Share of the topic (weighted by rarity) the best measure must cover to count as an answer.
const MIN_CONFIDENCE: f32 = 0.4;
/// Citations returned.
const MAX_CITATIONS: usize = 10;
/// Hits taken from each search.
const SEARCH_DEPTH: usize = 20;
/// Citations completed with the stored measure (section, position, responsible units).
const FULL_CITATIONS: usize = 3;
/// Longest quote spanning from the topic sentence to the value sentence, in characters.
const MAX_SPAN_CHARS: usize = 240;
/// Longest passage a quote without a value grows to by taking the next sentence.
const EXTEND_CHARS: usize = 160;
/// Words of an attribution sentence (牵头单位, 责任单位, 完成时限), which a quote is not
/// extended with.
const ATTRIBUTION_WORDS: [&str; 3] = ["牵头", "责任单位", "完成时限"];

/// An answer to a question (the JSON of `/api/ask` and `zhengce ask --json`).
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    /// The question as asked.
    pub question: String,
    /// The kind of answer wanted: time, cost, who, deadline, yesno, howto, list, precedent.
    pub kind: String,
    /// The short answer (「0.5个工作日办结」「免费」「牵头单位:市税务局」), or 「未找到明确规定」.
    pub answer: String,
    /// Whether a measure answers the question.
    pub found: bool,
    /// How sure we are, 0–1: the share of the question's topic the answering measure covers.
    pub confidence: f32,
    /// The value alone, as written in the measure or its fields, when the kind wants one.
    pub value: Option<String>,
    /// The sentence (or run of sentences) of the answering measure that says so, verbatim.
    pub quote: Option<Quote>,
    /// The region path the question names, if any.
    pub region: Option<String>,
    /// The canonical domain the question names, if any.
    pub domain: Option<String>,
    /// What was searched: the question without its ways of asking.
    pub topic: String,
    /// The measures the answer rests on, best first; the nearest ones when nothing answers.
    pub citations: Vec<Citation>,
    /// For time, cost, deadline, list and precedent questions: the answer in each region.
    pub by_region: Vec<RegionRow>,
}

/// A verbatim passage of a measure with the value's byte range, for highlighting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The measure quoted.
    pub measure_id: String,
    /// The passage, verbatim from the measure's text.
    pub text: String,
    /// Byte range of the value in `text`, on character boundaries.
    pub value: Option<Range<usize>>,
}

impl Quote {
    /// The passage as (text, is_value) parts, for rendering with the value marked.
    pub fn parts(&self) -> Vec<(&str, bool)> {
        match &self.value {
            Some(range) => [
                (&self.text[..range.start], false),
                (&self.text[range.clone()], true),
                (&self.text[range.end..], false),
            ]
            .into_iter()
            .filter(|(part, _)| !part.is_empty())
            .collect(),
            None => vec![(self.text.as_str(), false)],
        }
    }
}

/// A measure cited by an answer.
#[derive(Debug, Clone, Serialize)]
pub struct Citation {
    /// Measure id.
    pub id: String,
    /// The measure's own title.
    pub title: Option<String>,
    /// The measure's full text.
    pub text: String,
    /// Its sentence closest to the question, verbatim.
    pub sentence: String,
    /// The value that sentence (or the measure's fields) gives, when the kind wants one.
    pub value: Option<String>,
    /// Region path.
    pub region: String,
    /// Canonical domain.
    pub domain: String,
    /// Document id.
    pub doc_id: String,
    /// Document title.
    pub doc_title: String,
    /// 文号.
    pub doc_number: Option<String>,
    /// Document date.
    pub date: Option<String>,
    /// Corpus file.
    pub source: String,
    /// Heading path of the measure (empty when unknown).
    pub section: String,
    /// Position of the measure in its document.
    pub seq: Option<u32>,
    /// 牵头单位.
    pub lead_units: Vec<String>,
    /// 责任单位.
    pub responsible_units: Vec<String>,
    /// 完成时限, `YYYY-MM`.
    pub deadlines: Vec<String>,
    /// Share of the question's topic this measure covers, 0–1.
    pub coverage: f32,
}

/// One row of the per-region table: what a region's measure says.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegionRow {
    /// Region path.
    pub region: String,
    /// The value in that region's measure (0.5个工作日, 免费), when the kind wants one.
    pub value: Option<String>,
    /// The measure.
    pub measure_id: String,
    /// The measure's title.
    pub title: Option<String>,
    /// The measure's sentence that says so, verbatim.
    pub sentence: String,
}

/// One candidate measure and what we found in it.
struct Candidate {
    hit: Hit,
    /// Reciprocal-rank fusion of the searches, 0–1.
    fused: f32,
    /// Share of the known topic words the measure holds.
    coverage: f32,
    /// Share of the known topic words its title and evidence sentence hold.
    evidence: f32,
    region_match: RegionMatch,
    /// Sentence closest to the topic.
    topic_sentence: Range<usize>,
    /// Sentence holding the value, and the value's range in the text.
    value: Option<(Range<usize>, Range<usize>)>,
    /// How well the sentence we would quote answers: its coverage of the topic, with a value
    /// of the kind wanted (in the unit asked for) worth more.
    quote_score: f32,
    score: f32,
}

/// How a measure's region relates to the region the question names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RegionMatch {
    /// The question names no region.
    Unnamed,
    /// The region itself.
    Exact,
    /// A place inside it.
    Inside,
    /// Elsewhere.
    Other,
}

/// The topic words with their weights.
struct Terms {
    words: Vec<String>,
    /// The written forms of each word (itself and its synonyms), lowercased when Latin.
    variants: Vec<Vec<String>>,
    /// Rarity weight of each word. A word no measure holds (colloquial: 报修, 违停; or
    /// something the corpus does not cover: 渔业) weighs as much as the rarest known word, so
    /// that missing it lowers the share of the topic an answer covers.
    weights: Vec<f32>,
    /// For the words no measure holds: the word read as an abbreviation (违停 → 违法停车,
    /// each character followed closely by the next), the only way a measure can hold it.
    abbreviations: Vec<Option<Regex>>,
    /// Total weight of the words some measure holds.
    known: f32,
}

/// Longest run of characters between two characters of an abbreviation (办电 → 办理用电).
const ABBREVIATION_GAP: usize = 2;

/// The pattern of `word` as an abbreviation of a longer phrase: its characters in order, at
/// most [`ABBREVIATION_GAP`] characters apart, with no punctuation between them. Only for
/// words of two to four Chinese characters.
fn abbreviation(word: &str) -> Option<Regex> {
    let chars: Vec<char> = word.chars().collect();
    if !(2..=4).contains(&chars.len()) || !chars.iter().all(|&c| is_cjk(c)) {
        return None;
    }
    let gap = format!("[\\p{{Han}}]{{0,{ABBREVIATION_GAP}}}");
    let pattern = chars
        .iter()
        .map(|c| regex::escape(&c.to_string()))
        .collect::<Vec<_>>()
        .join(&gap);
    Regex::new(&pattern).ok()
}

impl Terms {
    /// The weighted share of the topic words `text` holds (a word counts when it or one of its
    /// synonyms occurs; a word no measure holds, when its abbreviated phrase occurs).
    fn cover(&self, text: &str) -> f32 {
        let total: f32 = self.weights.iter().sum();
        if total <= 0.0 {
            return 0.0;
        }
        let lower = text.to_lowercase();
        let found: f32 = (0..self.words.len())
            .filter(|&i| self.weights[i] > 0.0 && self.holds_in(i, text, &lower))
            .map(|i| self.weights[i])
            .sum();
        found / total
    }

    /// The distinctive words: the known words at least three quarters as rare as the rarest
    /// one. An answer must hold one of them, or it answers something else (火箭发射许可 → a
    /// 许可 text).
    fn distinctive(&self) -> impl Iterator<Item = usize> + '_ {
        let top = (0..self.words.len())
            .filter(|&i| self.is_known(i))
            .map(|i| self.weights[i])
            .fold(0.0, f32::max);
        (0..self.words.len()).filter(move |&i| {
            self.is_known(i) && self.weights[i] > 0.0 && self.weights[i] >= top * 0.75
        })
    }

    /// Whether some measure holds word `i` as written.
    fn is_known(&self, i: usize) -> bool {
        self.abbreviations[i].is_none()
    }

    /// Whether `text` holds word `i` (or a synonym, or its abbreviated phrase).
    fn holds(&self, i: usize, text: &str) -> bool {
        self.holds_in(i, text, &text.to_lowercase())
    }

    /// [`Terms::holds`] with the text lowercased once by the caller.
    fn holds_in(&self, i: usize, text: &str, lower: &str) -> bool {
        self.variants[i]
            .iter()
            .any(|v| text.contains(v.as_str()) || (has_latin(v) && lower.contains(v.as_str())))
            || self.abbreviations[i]
                .as_ref()
                .is_some_and(|re| re.is_match(text))
    }
}

/// A pattern that matches nothing.
static NEVER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[^\s\S]").expect("empty class"));

/// Whether `word` has Latin letters: the question is folded to lower case and the measures are
/// not, so such a word (税务ukey) is also looked for in the lowercased text (税务UKey).
fn has_latin(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
}

/// Answers `question` from the measures in `engine`.
pub fn ask(engine: &SearchEngine, question: &str) -> Result<Answer> {
    ask_ranked(engine, question).map(|(answer, _)| answer)
}

/// [`ask`], with the candidates the answer cites, in the order of its citations.
fn ask_ranked(engine: &SearchEngine, question: &str) -> Result<(Answer, Vec<Candidate>)> {
    let analysis = analyze(question, engine.region_aliases());
    let terms = terms(
        engine,
        &analysis.words,
        &analysis.markers,
        engine.measure_count(),
    );
    // A count question (几个环节) wants a count of what it counts, whatever its kind (but
    // who): its pattern is compiled once for all the sentences of all the candidates.
    let count = analysis
        .count
        .as_deref()
        .filter(|_| analysis.kind != Kind::Who)
        .map(CountPattern::new);
    let mut candidates = gather(engine, &analysis)?;
    for candidate in &mut candidates {
        inspect(candidate, &analysis, &terms, count.as_ref());
    }
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    candidates.truncate(MAX_CITATIONS);
    let answer = compose(engine, question, &analysis, &terms, &candidates);
    Ok((answer, candidates))
}

/// Rarity weights of the topic words: rare words say more about what is asked than common
/// ones. A word's document frequency is that of its most common written form, read from the
/// index's term dictionary (no search).
fn terms(engine: &SearchEngine, words: &[String], markers: &[String], measures: usize) -> Terms {
    let n = measures.max(1) as f32;
    let mut terms = Terms {
        words: Vec::with_capacity(words.len()),
        variants: Vec::with_capacity(words.len()),
        weights: Vec::with_capacity(words.len()),
        abbreviations: Vec::with_capacity(words.len()),
        known: 0.0,
    };
    let weight = |df: usize| (1.0 + n / (df as f32 + 1.0)).ln();
    for word in words {
        let forms: Vec<String> = question::variants(word)
            .into_iter()
            .map(|v| if has_latin(&v) { v.to_lowercase() } else { v })
            .collect();
        let df = forms.iter().map(|v| engine.doc_freq(v)).max().unwrap_or(0);
        if df > 0 {
            terms.known += weight(df);
            terms.words.push(word.clone());
            terms.variants.push(forms);
            terms.weights.push(weight(df));
            terms.abbreviations.push(None);
            continue;
        }
        // A word no measure writes (执行款) may still hold words they do (执行): those stand
        // for it. Otherwise it cannot tell measures apart and only lowers the confidence.
        let mut parts = Vec::new();
        for token in JIEBA_DICT.cut_for_search(word, false) {
            let part = token.word;
            if part.chars().count() >= 2 && part != word && !parts.contains(&part) {
                parts.push(part);
            }
        }
        let known: Vec<(&str, usize)> = parts
            .into_iter()
            .map(|p| (p, engine.doc_freq(p)))
            .filter(|(_, df)| *df > 0)
            .collect();
        if known.is_empty() {
            // Weighted like the rarest word once all are known (below): a colloquial word
            // (到手, 还清) lowers the confidence without outweighing the whole topic. It can
            // only be held as an abbreviation; a word that cannot be one gets a pattern that
            // never matches.
            terms.words.push(word.clone());
            terms.variants.push(forms);
            terms.weights.push(0.0);
            terms
                .abbreviations
                .push(Some(abbreviation(word).unwrap_or_else(|| NEVER.clone())));
        }
        for (part, df) in known {
            terms.known += weight(df);
            terms.words.push(part.to_owned());
            terms.variants.push(vec![part.to_owned()]);
            terms.weights.push(weight(df));
            terms.abbreviations.push(None);
        }
    }
    // A synonym that the question names as a word of its own cannot stand for another word
    // (用电 → 报装 in 「用电报装」): a 用水报装 measure would otherwise hold both.
    let own: Vec<String> = terms.words.clone();
    for (word, forms) in terms.words.iter().zip(terms.variants.iter_mut()) {
        forms.retain(|f| f == word || !own.contains(f));
    }
    let rarest = terms.weights.iter().copied().fold(0.0, f32::max);
    for i in 0..terms.words.len() {
        if !terms.is_known(i) {
            terms.weights[i] = rarest;
        }
    }
    // The words that only say what kind of list is wanted (创新做法, 便民措施) weigh little:
    // a measure that is one of those seldom calls itself so.
    for i in 0..terms.words.len() {
        let word = &terms.words[i];
        if markers.iter().any(|m| m.contains(word.as_str())) {
            if terms.is_known(i) {
                terms.known -= terms.weights[i] * (1.0 - MARKER_WEIGHT);
            }
            terms.weights[i] *= MARKER_WEIGHT;
        }
    }
    terms
}

/// Share of its rarity weight a word that marks a list question (新举措) keeps.
const MARKER_WEIGHT: f32 = 0.1;

/// Runs the searches (the question as asked, the topic with synonyms, the topic in the region
/// named) and fuses their rankings.
fn gather(engine: &SearchEngine, analysis: &Analysis) -> Result<Vec<Candidate>> {
    let mut expanded: Vec<String> = Vec::new();
    for word in &analysis.words {
        for variant in question::variants(word) {
            if !expanded.contains(&variant) {
                expanded.push(variant);
            }
        }
    }
    let mut queries = vec![
        SearchQuery {
            q: analysis.question.clone(),
            limit: SEARCH_DEPTH,
            ..Default::default()
        },
        SearchQuery {
            q: expanded.join(" "),
            limit: SEARCH_DEPTH,
            ..Default::default()
        },
    ];
    if let Some(region) = &analysis.region {
        if analysis.kind != Kind::Precedent {
            queries.push(SearchQuery {
                q: expanded.join(" "),
                region: Some(region.clone()),
                limit: SEARCH_DEPTH,
                ..Default::default()
            });
        }
    }
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    for query in &mut queries {
        if query.q.trim().is_empty() {
            continue;
        }
        query.q = query.q.chars().take(MAX_QUERY_CHARS).collect();
        let results = engine.search(query)?;
        for (rank, hit) in results.hits.into_iter().enumerate() {
            let fused = 1.0 / (10.0 + rank as f32);
            match by_id.get(&hit.id) {
                Some(&i) => candidates[i].fused += fused,
                None => {
                    by_id.insert(hit.id.clone(), candidates.len());
                    candidates.push(Candidate {
                        hit,
                        fused,
                        coverage: 0.0,
                        evidence: 0.0,
                        region_match: RegionMatch::Unnamed,
                        topic_sentence: 0..0,
                        value: None,
                        quote_score: 0.0,
                        score: 0.0,
                    });
                }
            }
        }
    }
    let max = candidates.iter().map(|c| c.fused).fold(0.0, f32::max);
    if max > 0.0 {
        candidates.iter_mut().for_each(|c| c.fused /= max);
    }
    Ok(candidates)
}

/// Finds the topic sentence and the value in a candidate and scores it. `count` is the pattern
/// of the count a count question asks for.
fn inspect(
    candidate: &mut Candidate,
    analysis: &Analysis,
    terms: &Terms,
    count: Option<&CountPattern>,
) {
    let hit = &candidate.hit;
    let text = hit.text.as_str();
    let title = hit.title.as_deref().unwrap_or("");
    let cover = |t: &str| terms.cover(t);
    candidate.coverage = cover(&hit_text(hit));
    candidate.region_match = match &analysis.region {
        None => RegionMatch::Unnamed,
        Some(r) if hit.region == *r => RegionMatch::Exact,
        Some(r) if hit.region.starts_with(&format!("{r}/")) => RegionMatch::Inside,
        Some(_) => RegionMatch::Other,
    };

    // The title sentence says what the measure is, not what it does: prefer the others, and
    // judge a sentence that opens with the title (「推行“一业一证”改革 6月,…」) by the rest.
    let sentences: Vec<Range<usize>> = extract::sentences(text);
    let is_title = |r: &Range<usize>| {
        !title.is_empty() && text[r.clone()].trim_end_matches(['。', ':', ' ']) == title
    };
    let own = |r: &Range<usize>| -> &str {
        let s = &text[r.clone()];
        match s.strip_prefix(title) {
            Some(rest) if !title.is_empty() && r.start == 0 && !rest.trim().is_empty() => rest,
            _ => s,
        }
    };
    let body: Vec<Range<usize>> = sentences.iter().filter(|r| !is_title(r)).cloned().collect();
    let pool = if body.is_empty() { &sentences } else { &body };
    let mut topic_sentence = pool.first().cloned().unwrap_or(0..0);
    let mut topic_cover = -1.0;
    for range in pool {
        // A sentence with figures in it says more than one without (「申报9项」).
        let figures = if own(range).chars().any(|c| c.is_ascii_digit()) {
            0.05
        } else {
            0.0
        };
        let c = cover(own(range)) + figures;
        if c > topic_cover + 1e-4 {
            topic_cover = c;
            topic_sentence = range.clone();
        }
    }
    candidate.topic_sentence = topic_sentence.clone();

    candidate.value = None;
    let mut value_cover = 0.0;
    let mut value_bonus = 0.0;
    if analysis.kind.wants_value() || count.is_some() {
        let mut best: Option<(f32, Range<usize>, Range<usize>)> = None;
        for range in &sentences {
            let sentence = &text[range.clone()];
            // A count question (几个环节) wants a count of what it counts, whatever its kind.
            let found = match count {
                Some(pattern) => pattern.find(sentence).map(|v| (0, v)),
                None => extract::find_ranked_value(analysis.kind, sentence),
            };
            let Some((rank, value)) = found else {
                continue;
            };
            // The who value is the attribution, wherever it sits (a 牵头单位 clause first);
            // other values must be on topic, in the unit asked for when one is; among equally
            // covering sentences the better kind of value (the table's order) wins.
            let c = if analysis.kind == Kind::Who && count.is_none() {
                1.0 - rank as f32 * 0.1
            } else {
                let in_unit = analysis
                    .unit
                    .as_ref()
                    .is_some_and(|u| sentence[value.clone()].contains(u.as_str()));
                cover(own(range)) + if in_unit { 0.6 } else { 0.0 } - rank as f32 * 0.02
            };
            if best.as_ref().is_none_or(|(b, _, _)| c > *b + 1e-4) {
                let absolute = range.start + value.start..range.start + value.end;
                best = Some((c, range.clone(), absolute));
            }
        }
        if let Some((c, sentence, value)) = best {
            // A value in a sentence off the topic still answers when the title is on it.
            let with_title = cover(&format!("{title} {}", &text[sentence.clone()]));
            if c > 0.0 || with_title > 0.0 || terms.known == 0.0 {
                value_cover = with_title;
                value_bonus = c - cover(own(&sentence));
                candidate.value = Some((sentence, value));
            }
        }
    }
    let evidence = match &candidate.value {
        Some(_) => value_cover,
        None => cover(&format!("{title} {}", own(&topic_sentence))),
    };
    candidate.evidence = evidence;
    candidate.quote_score = match &candidate.value {
        Some((sentence, _)) => 0.5 * cover(own(sentence)) + 0.5 * value_cover + 0.3 + value_bonus,
        None if analysis.kind.wants_value() || count.is_some() => 0.5 * evidence,
        None => 0.5 * topic_cover.max(0.0) + 0.5 * evidence,
    };

    let mut score = candidate.fused + candidate.coverage + 0.5 * candidate.evidence;
    score += match candidate.region_match {
        RegionMatch::Unnamed => 0.0,
        RegionMatch::Exact => 0.6,
        RegionMatch::Inside => 0.4,
        RegionMatch::Other => -0.5,
    };
    if let Some((_, value)) = &candidate.value {
        score += 0.2;
        // A value in the unit asked for (多少小时 → 14小时) is the answer asked for.
        if let Some(unit) = &analysis.unit {
            if text[value.clone()].contains(unit.as_str()) {
                score += 0.3;
            }
        }
    }
    candidate.score = score;
}

/// How sure we are that a candidate answers: the share of the topic (weighted by rarity, the
/// words no measure holds included) it and its evidence cover.
fn confidence(c: &Candidate) -> f32 {
    0.5 * c.coverage + 0.5 * c.evidence
}

/// Builds the answer from the ranked candidates.
fn compose(
    engine: &SearchEngine,
    question: &str,
    analysis: &Analysis,
    terms: &Terms,
    candidates: &[Candidate],
) -> Answer {
    let kind = analysis.kind;

    let answering = answering(candidates, analysis);
    let confidence = answering
        .and_then(|i| candidates.get(i))
        .or(candidates.first())
        .map_or(0.0, confidence);
    // The answer must hold one of the question's distinctive words, in what it quotes or in
    // the measure's title: a measure that shares only common words answers something else.
    let on_topic = answering.and_then(|i| candidates.get(i)).is_some_and(|c| {
        let quoted = make_quote(c).text;
        let title = c.hit.title.as_deref().unwrap_or("");
        let mut distinctive = terms.distinctive().peekable();
        distinctive.peek().is_none()
            || distinctive.any(|i| terms.holds(i, &quoted) || terms.holds(i, title))
    });
    let head_held = answering
        .and_then(|i| candidates.get(i))
        .is_none_or(|c| holds_head(terms, analysis, c));
    let found = answering.is_some() && on_topic && head_held && confidence >= MIN_CONFIDENCE;

    let mut answer = NOT_FOUND.to_owned();
    let mut value = None;
    let mut quote = None;
    if let (true, Some(best)) = (found, answering.and_then(|i| candidates.get(i))) {
        value = candidate_value(best, kind);
        answer = match kind {
            Kind::List => list_answer(candidates),
            Kind::Precedent => precedent_answer(candidates),
            _ => value
                .clone()
                .unwrap_or_else(|| sentence_text(best).to_owned()),
        };
        quote = Some(make_quote(best));
    }

    let by_region = if found && (kind.is_list() || kind.wants_value()) && kind != Kind::Who {
        region_rows(candidates, kind)
    } else {
        Vec::new()
    };

    // The stored measure (section, position, responsible units) only for the first few.
    let citations = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| citation(engine, c, kind, i < FULL_CITATIONS))
        .collect();
    Answer {
        question: question.to_owned(),
        kind: kind.as_str().to_owned(),
        answer,
        found,
        confidence,
        value,
        quote,
        region: analysis.region.clone(),
        domain: analysis.domain.clone(),
        topic: analysis.topic.clone(),
        citations,
        by_region,
    }
}

/// Whether the answering measure holds the question's head word: the last topic word when it
/// is one of the table's head nouns (the thing asked about: 许可 in 「火箭发射许可怎么申请」)
/// and some measure writes it. A measure that holds the words around it but not it answers
/// about something else.
fn holds_head(terms: &Terms, analysis: &Analysis, c: &Candidate) -> bool {
    let Some(head) = analysis
        .words
        .iter()
        .rev()
        .find(|w| !analysis.markers.contains(w))
    else {
        return true;
    };
    let Some(i) = terms.words.iter().position(|w| w == head) else {
        return true;
    };
    let is_head = rules::RULES.heads.iter().any(|h| h == head);
    !is_head || !terms.is_known(i) || terms.holds(i, &hit_text(&c.hit))
}

/// Bonus of the candidates by rank when choosing the one to quote: the ranking is trusted
/// unless another of the first three has a clearly better sentence.
const QUOTE_PRIOR: [f32; 3] = [0.15, 0.05, 0.0];

/// The answering measure, among the first three: the best sentence (its coverage of the topic,
/// a value of the kind wanted) plus a bonus for rank; for value kinds only those with a value
/// (or, for who, a lead unit). Measures of another region than the one asked about only when
/// the first is too.
fn answering(candidates: &[Candidate], analysis: &Analysis) -> Option<usize> {
    let kind = analysis.kind;
    let first_other = candidates
        .first()
        .is_some_and(|c| c.region_match == RegionMatch::Other);
    let mut best: Option<(f32, usize)> = None;
    for (i, c) in candidates.iter().take(QUOTE_PRIOR.len()).enumerate() {
        let has_value = c.value.is_some() || (kind == Kind::Who && who_field(c).is_some());
        if kind.wants_value() && !has_value {
            continue;
        }
        if c.region_match == RegionMatch::Other && !first_other {
            continue;
        }
        // Only a value (a count, a duration, an amount) is worth leaving the ranking for; a
        // who answer is the attribution of the best measure.
        let switch = (kind.wants_value() && kind != Kind::Who) || analysis.count.is_some();
        if i > 0 && !switch {
            break;
        }
        let joint = c.quote_score + 0.5 * c.coverage + QUOTE_PRIOR[i];
        if best.is_none_or(|(b, _)| joint > b + 1e-4) {
            best = Some((joint, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Candidates that answer well enough to be listed.
fn relevant(candidates: &[Candidate]) -> impl Iterator<Item = &Candidate> {
    let top = candidates.first().map_or(0.0, confidence);
    candidates.iter().filter(move |c| {
        let conf = confidence(c);
        conf >= MIN_CONFIDENCE && conf >= top * 0.6
    })
}

/// The answer to a list question: one line per relevant measure (its title, or its first
/// sentence when it has none), behind the name of its region, the measures of a region
/// together and the regions in the order of their best measure. When the best measure is in
/// the region asked about, the measures elsewhere are left out.
fn list_answer(candidates: &[Candidate]) -> String {
    let in_region = candidates
        .first()
        .is_some_and(|c| matches!(c.region_match, RegionMatch::Exact | RegionMatch::Inside));
    let mut lines: Vec<(&str, String)> = Vec::new();
    let listed =
        relevant(candidates).filter(|c| !in_region || c.region_match != RegionMatch::Other);
    for c in listed.take(5) {
        let region = c.hit.region.as_str();
        let name = region.rsplit('/').next().unwrap_or(region);
        let line = format!("{name}:{}", first_line(c));
        match lines.iter().rposition(|(r, _)| *r == region) {
            Some(i) => lines.insert(i + 1, (region, line)),
            None => lines.push((region, line)),
        }
    }
    lines
        .into_iter()
        .map(|(_, line)| line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// What a measure is called: its title, or its first sentence when it has none.
fn first_line(c: &Candidate) -> &str {
    match c.hit.title.as_deref().filter(|t| !t.trim().is_empty()) {
        Some(title) => title,
        None => extract::sentences(&c.hit.text)
            .into_iter()
            .next()
            .map_or(c.hit.text.as_str(), |r| &c.hit.text[r]),
    }
}

fn precedent_answer(candidates: &[Candidate]) -> String {
    let mut regions: Vec<&str> = Vec::new();
    for c in relevant(candidates) {
        if !regions.contains(&c.hit.region.as_str()) {
            regions.push(&c.hit.region);
        }
    }
    let names: Vec<&str> = regions
        .iter()
        .map(|r| r.rsplit('/').next().unwrap_or(r))
        .collect();
    format!("{}个地区:{}", names.len(), names.join("、"))
}

/// Rows of the per-region table: the best relevant measure of each region (up to three per
/// region for lists), regions in the order of their best measure.
fn region_rows(candidates: &[Candidate], kind: Kind) -> Vec<RegionRow> {
    let per_region = if kind.is_list() { 3 } else { 1 };
    let mut rows: Vec<RegionRow> = Vec::new();
    for c in relevant(candidates) {
        if kind.wants_value() && c.value.is_none() {
            continue;
        }
        let count = rows.iter().filter(|r| r.region == c.hit.region).count();
        if count >= per_region {
            continue;
        }
        let row = RegionRow {
            region: c.hit.region.clone(),
            value: candidate_value(c, kind),
            measure_id: c.hit.id.clone(),
            title: c.hit.title.clone(),
            sentence: match &c.value {
                Some((sentence, _)) => c.hit.text[sentence.clone()].to_owned(),
                None => sentence_text(c).to_owned(),
            },
        };
        // Keep a region's rows together.
        match rows.iter().rposition(|r| r.region == row.region) {
            Some(i) => rows.insert(i + 1, row),
            None => rows.push(row),
        }
    }
    rows
}

/// The topic sentence of a candidate.
fn sentence_text(c: &Candidate) -> &str {
    &c.hit.text[c.topic_sentence.clone()]
}

/// The lead units (or, lacking them, the responsible units) of a measure, labelled.
fn who_field(c: &Candidate) -> Option<String> {
    if !c.hit.lead_units.is_empty() {
        return Some(format!("牵头单位:{}", c.hit.lead_units.join("、")));
    }
    None
}

/// The value a candidate gives for `kind`: from its fields for who, else from its text.
fn candidate_value(c: &Candidate, kind: Kind) -> Option<String> {
    if kind == Kind::Who {
        if let Some(units) = who_field(c) {
            return Some(units);
        }
    }
    c.value
        .as_ref()
        .map(|(_, value)| c.hit.text[value.clone()].to_owned())
}

/// The quote: the run of sentences from the topic sentence to the value sentence, opened by
/// the measure's title sentence when the text starts with it, as long as the run stays short
/// (dropping the title first, then keeping the value or topic sentence alone).
fn make_quote(c: &Candidate) -> Quote {
    let text = &c.hit.text;
    let topic = c.topic_sentence.clone();
    let (core, value) = match &c.value {
        Some((sentence, value)) => (sentence.clone(), Some(value.clone())),
        None => (topic.clone(), None),
    };
    let title_end = c.hit.title.as_deref().and_then(|title| {
        let first = extract::sentences(text).into_iter().next()?;
        (first.start == 0 && text[first.clone()].starts_with(title)).then_some(first.end)
    });
    let short = |r: &Range<usize>| text[r.clone()].chars().count() <= MAX_SPAN_CHARS;
    let joined = topic.start.min(core.start)..topic.end.max(core.end);
    let mut tries = Vec::new();
    if title_end.is_some() {
        tries.push(0..joined.end);
    }
    tries.push(joined);
    let mut span = tries
        .into_iter()
        .find(short)
        .unwrap_or_else(|| core.clone());
    // Without a value to show, a short passage goes on with the sentence after it (what the
    // measure does next: 「…第一步企业最少可申报9项」), attributions excepted.
    if value.is_none() {
        let next = extract::sentences(text)
            .into_iter()
            .find(|r| r.start >= span.end);
        if let Some(next) = next {
            let grown = span.start..next.end;
            let attribution = ATTRIBUTION_WORDS
                .iter()
                .any(|w| text[next.clone()].contains(w));
            if !attribution && text[grown.clone()].chars().count() <= EXTEND_CHARS {
                span = grown;
            }
        }
    }
    Quote {
        measure_id: c.hit.id.clone(),
        text: text[span.clone()].to_owned(),
        value: value.map(|v| v.start - span.start..v.end - span.start),
    }
}

fn citation(engine: &SearchEngine, c: &Candidate, kind: Kind, full: bool) -> Citation {
    let hit = &c.hit;
    let measure = full.then(|| engine.measure(&hit.id).ok()).flatten();
    let sentence = match &c.value {
        Some((sentence, _)) => hit.text[sentence.clone()].to_owned(),
        None => sentence_text(c).to_owned(),
    };
    Citation {
        id: hit.id.clone(),
        title: hit.title.clone(),
        text: hit.text.clone(),
        sentence,
        value: if kind.wants_value() {
            candidate_value(c, kind)
        } else {
            None
        },
        region: hit.region.clone(),
        domain: hit.domain.clone(),
        doc_id: hit.doc_id.clone(),
        doc_title: hit.doc_title.clone(),
        doc_number: hit.doc_number.clone(),
        date: hit.date.clone(),
        source: hit.source.clone(),
        section: measure
            .as_ref()
            .map(|m| m.section.clone())
            .unwrap_or_default(),
        seq: measure.as_ref().map(|m| m.seq),
        lead_units: hit.lead_units.clone(),
        responsible_units: measure.map(|m| m.responsible_units).unwrap_or_default(),
        deadlines: hit.deadlines.clone(),
        coverage: c.coverage,
    }
}

impl Answer {
    /// The answer as the `ask` command prints it: the answer, the quote, the regions, the
    /// citations.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.answer);
        if let Some(quote) = &self.quote {
            out.push_str(&format!("「{}」\n", quote.text));
        }
        if !self.by_region.is_empty() {
            out.push('\n');
            for row in &self.by_region {
                let value = row.value.as_deref().unwrap_or("");
                out.push_str(&format!(
                    "  {} {} [{}]\n",
                    row.region, value, row.measure_id
                ));
                if value.is_empty() {
                    out.push_str(&format!("    {}\n", row.sentence));
                }
            }
        }
        if !self.citations.is_empty() {
            out.push_str(if self.found {
                "\n依据:\n"
            } else {
                "\n最接近的措施:\n"
            });
            for (rank, c) in self.citations.iter().take(5).enumerate() {
                out.push_str(&format!(
                    "  {}. [{}] {} · {}\n     {}\n",
                    rank + 1,
                    c.id,
                    c.region,
                    c.doc_title,
                    c.sentence
                ));
            }
        }
        out
    }
}

/// Scores Q&A: the citations of each answer, in order, as ranked results.
pub fn evaluate(engine: &SearchEngine, questions: &[Question]) -> Result<Report> {
    Ok(evaluate_full(engine, questions)?.citations)
}

/// The full Q&A evaluation: the citations as ranked results, and how often the quote itself
/// contains a gold passage.
#[derive(Debug, Clone, Serialize)]
pub struct AskReport {
    /// hit@1, hit@5, MRR@10 of the citations.
    pub citations: Report,
    /// Share of questions with a gold measure among the first three citations.
    pub gold_in_top3: f64,
    /// Share of questions whose quote contains a gold passage (whitespace stripped).
    pub quote_rate: f64,
    /// Share of questions answered (not 「未找到明确规定」).
    pub found_rate: f64,
    /// (question id, found, quote holds gold) for every question.
    pub quotes: Vec<(String, bool, bool)>,
}

impl AskReport {
    /// The report as the `eval --ask` command prints it.
    pub fn to_table(&self) -> String {
        format!(
            "{}quote holds gold {:.3}  gold in top 3 {:.3}  answered {:.3}\n",
            self.citations.to_table(),
            self.quote_rate,
            self.gold_in_top3,
            self.found_rate
        )
    }
}

/// Scores Q&A on `questions`: citations as ranked results, quote rate, answered rate.
pub fn evaluate_full(engine: &SearchEngine, questions: &[Question]) -> Result<AskReport> {
    let mut ranked = Vec::with_capacity(questions.len());
    let mut quotes = Vec::with_capacity(questions.len());
    for q in questions {
        // The citations are the candidates, in order.
        let (answer, cited) = ask_ranked(engine, &q.question)?;
        ranked.push(cited.iter().map(|c| hit_text(&c.hit)).collect::<Vec<_>>());
        let quoted = answer
            .quote
            .as_ref()
            .is_some_and(|qt| is_correct(q, &qt.text));
        quotes.push((q.id.clone(), answer.found, quoted));
    }
    let citations = Report::score(questions, &ranked);
    let n = questions.len().max(1) as f64;
    let gold_in_top3 = citations
        .ranks
        .iter()
        .filter(|(_, r)| matches!(r, Some(k) if *k <= 3))
        .count() as f64
        / n;
    Ok(AskReport {
        gold_in_top3,
        quote_rate: quotes.iter().filter(|q| q.2).count() as f64 / n,
        found_rate: quotes.iter().filter(|q| q.1).count() as f64 / n,
        quotes,
        citations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_word_is_held_as_an_abbreviation() {
        let re = abbreviation("违停").expect("two Chinese characters");
        assert!(re.is_match("对违法停车等轻微交通违法行为"));
        assert!(!re.is_match("违法行为,停车"));
        assert!(abbreviation("ukey").is_none());
        assert!(!NEVER.is_match("anything 任何"));
    }
}
