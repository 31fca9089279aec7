//! The ranking formula, in one place ([`Ranker`]): BM25 (tantivy's, field weights in
//! [`crate::search::query`]) with a multiplicative boost for measures of a region named in
//! the query (applied inside tantivy's top-k collection, from the region facet column); then
//! a rerank of the best [`RERANK_POOL`] candidates by query coverage (the share of the query's
//! words, weighted by idf, a synonym or a partial-word form counting for the word it stands
//! for, that the measure actually contains: a measure that repeats one word does not beat one
//! that answers the whole question), by the kind prior ([`crate::search::prior`]) and, for a law's
//! by how much of the question's subject its document's title names ([`doc_title_factor`]); last, the
//! articles of one document reordered among the places they hold ([`within_documents`]).
//! One idf ([`Ranker::idf`]) weighs the coverage and the words of `similar()`.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use tantivy::collector::TopDocs;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, Term};

use crate::corpus::region_path::RegionPath;
use crate::extract::conventions::CONVENTIONS;
use crate::index::analyzer::fold_into;
use crate::index::schema::Fields;
use crate::search::analysis::Analysis;
use crate::search::concept::Concept;
use crate::search::facets::FacetColumns;
use crate::search::partial::Variant;
use crate::search::prior;
use crate::Measure;
use crate::Result;

/// Score factor for measures of a region named in the query. A question naming a place asks
/// that place's own rule: a measure of another place answers it only as a precedent, even
/// when its words match the question more closely (a neighbouring city's plan restating the
/// same reform at more length: 莱州's 「承诺公告期45天」 for
/// 「威海企业简易注销的公告期现在缩短成几天」), and a measure of the city above a district named
/// is the city's general rule, not what the district did (威海市's 「严格合同管理」 for
/// 「经区政府采购中标后几天签合同」, where 经区's own plan says 由30个工作日缩短至10个工作日). 3 let such measures win when
/// they matched about a third better; 4 keeps the place's own measure first unless the other
/// matches a third more than that.
pub const REGION_FACTOR: f32 = 4.0;
/// Score factor for measures of a place inside a region named in the query (a district of
/// the city named): a user naming a province or a city asks what that government does, and
/// its own documents apply to the whole of it, while a district's plan applies to the
/// district only; the district's measures still rank above those of other places. This is
/// the factor of a place one level below the region named; see [`inside_factor`] for deeper.
/// Two thirds of [`REGION_FACTOR`]: how far the place named ranks above the places inside it
/// is a ratio, kept when the factor of the place named rose from 3 (with 2 here) to 4.
pub const SUBREGION_FACTOR: f32 = REGION_FACTOR * 2.0 / 3.0;
/// Candidates reranked by coverage.
pub const RERANK_POOL: usize = 50;
/// Share of the score kept by a measure that covers none of the query (see [`coverage_factor`]).
pub const COVERAGE_FLOOR: f32 = 0.2;
/// Exponent of the coverage in [`coverage_factor`].
pub const COVERAGE_POWER: f32 = 1.5;
/// Weight of the question's words a measure's title names (see [`title_factor`]): a title
/// naming all of them keeps the whole score, one naming none `1 / (1 + TITLE_WEIGHT)` of it.
/// The title says what a measure is about, but a measure may answer under a title of its
/// broader task, so the weight is small (0.15 already let titles outweigh the body's words).
pub const TITLE_WEIGHT: f32 = 0.1;
/// Weight of the question's subject a document's title names (see [`doc_title_factor`]): a
/// measure of a document whose title names it in full ([`DOC_TITLE_BIGRAMS`] of its bigrams)
/// keeps its whole score, one whose title names none of it `1 / (1 + DOC_TITLE_WEIGHT)` of it.
pub const DOC_TITLE_WEIGHT: f32 = 0.2;
/// Character bigrams of the question's subject a document's title must share to name it in full:
/// a subject is a word or two (停车, 养老保险, 旅游), two to four bigrams.
pub const DOC_TITLE_BIGRAMS: usize = 3;
/// Weight of the question's words that tell one article of a document from its others (see
/// [`within_documents`]): an article holding all of them gains half its score over one holding
/// none when the two compete for their document's places. BM25 ranks the articles of one
/// document mostly by how often they repeat the words the whole document is about (its
/// subject: 预付卡 in a 预付卡 regulation), so the article repeating the subject most beats the
/// one stating what was asked; 1 and more let an article holding one rare word outrank the
/// one that answers with the others.
pub const WITHIN_WEIGHT: f32 = 0.5;

/// A tweak for `TopDocs::tweak_score`: multiplies the score of measures of `regions` by
/// `factor` (the best factor of its regions), and of places inside them by `inside`.
/// Which factor each region ordinal gets is worked out once per segment from the decoded
/// columns (see [`FacetColumns`]: no facet dictionary lookups while searching).
pub fn region_tweak(
    regions: Vec<String>,
    factors: (f32, f32),
    columns: Arc<FacetColumns>,
) -> impl Fn(&SegmentReader) -> Box<dyn Fn(DocId, Score) -> Score> + Send + Sync + 'static {
    let of_segment = region_factors(regions, factors, columns);
    move |segment: &SegmentReader| -> Box<dyn Fn(DocId, Score) -> Score> {
        match of_segment(segment) {
            Some(factored) => Box::new(move |doc: DocId, score: Score| factored(doc, score)),
            None => Box::new(|_doc: DocId, score: Score| score),
        }
    }
}

/// A segment's scores as [`region_tweak`] collects them: a document's score times its factor.
pub type Factored = Arc<dyn Fn(DocId, Score) -> Score + Send + Sync>;

/// [`region_tweak`] per segment, `None` where every measure keeps its score (no region named,
/// or none of the segment's places is one of them or inside one).
pub fn region_factors(
    regions: Vec<String>,
    (factor, inside): (f32, f32),
    columns: Arc<FacetColumns>,
) -> impl Fn(&SegmentReader) -> Option<Factored> + Send + Sync + 'static {
    move |segment: &SegmentReader| {
        if regions.is_empty() {
            return None;
        }
        let column = columns.of(segment, "region").ok()?;
        let prefixes: Vec<String> = regions
            .iter()
            .map(|r| crate::index::write::region_facet(r).to_path().join("/"))
            .collect();
        let factors: Vec<f32> = column
            .paths()
            .iter()
            .map(|path| {
                if prefixes.iter().any(|p| p == path) {
                    factor
                } else {
                    prefixes
                        .iter()
                        .filter(|p| RegionPath::new(path).within(p))
                        .map(|p| {
                            let below = RegionPath::new(path)
                                .depth()
                                .saturating_sub(RegionPath::new(p).depth());
                            inside_factor(inside, below)
                        })
                        .fold(1.0, f32::max)
                }
            })
            .collect();
        if factors.iter().all(|&f| f == 1.0) {
            return None;
        }
        Some(Arc::new(move |doc: DocId, score: Score| {
            let best = column
                .ords(doc)
                .iter()
                .map(|&ord| factors.get(ord as usize).copied().unwrap_or(1.0))
                .fold(1.0, f32::max);
            score * best
        }))
    }
}

/// The factor of a measure of a place `below` levels under a region the query names, when a
/// place one level under it gets `inside`: the boost above 1 shrinks with each level, since
/// a county's or a development zone's plan governs a smaller share of the province named
/// than a city's plan does, and a province's question is about the province's own rules
/// first (「山东施工图纸全程无纸化了吗」 asks what 山东省 does, not what one county under one of
/// its cities reports). Places inside still rank above places outside (the factor stays
/// above 1).
pub fn inside_factor(inside: f32, below: usize) -> f32 {
    if below == 0 {
        return 1.0;
    }
    1.0 + (inside - 1.0) / below as f32
}

/// The ranking formula over one searcher (see the module documentation).
pub struct Ranker<'s> {
    searcher: &'s Searcher,
    fields: &'s Fields,
    /// Measures in the index (at least 1).
    n: f32,
}

impl<'s> Ranker<'s> {
    /// The formula over `searcher`'s measures.
    pub fn new(searcher: &'s Searcher, fields: &'s Fields) -> Ranker<'s> {
        Ranker {
            searcher,
            fields,
            n: searcher.num_docs().max(1) as f32,
        }
    }

    /// Measures in the index.
    pub fn measures(&self) -> f32 {
        self.n
    }

    /// How many measures hold `word` in their text (the index's word, folded).
    pub fn doc_freq(&self, word: &str) -> Result<u64> {
        Ok(self
            .searcher
            .doc_freq(&Term::from_field_text(self.fields.text, word))?)
    }

    /// The one idf: BM25's, of a word held by `df` measures.
    pub fn idf(&self, df: f32) -> f32 {
        (1.0 + (self.n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Candidates collected for a page ending at `end`: the rerank pool at least.
    pub fn pool(end: usize) -> usize {
        end.max(RERANK_POOL)
    }

    /// The top-k collector of a relevance search: BM25 times [`REGION_FACTOR`] for measures
    /// of the regions the query names, [`SUBREGION_FACTOR`] for places inside them.
    pub fn collector(
        analysis: &Analysis,
        columns: &Arc<FacetColumns>,
        pool: usize,
    ) -> impl tantivy::collector::Collector<Fruit = Vec<(Score, DocAddress)>> {
        TopDocs::with_limit(pool).tweak_score(region_tweak(
            analysis.regions.clone(),
            (REGION_FACTOR, SUBREGION_FACTOR),
            Arc::clone(columns),
        ))
    }

    /// Reranks the best [`RERANK_POOL`] of `top` (BM25 order) by coverage of `concepts` (see
    /// [`Ranker::concepts`]), the words its title names ([`title_factor`]) and kind prior, best
    /// first, as far as a page ending at `end` needs: every factor is at most 1, so once `end` measures are reranked, a candidate
    /// whose BM25 score is below the `end`-th best reranked score cannot enter the page, nor
    /// can any after it (the result is the same as reranking the whole pool). `load` reads
    /// what the factors look at ([`RerankFields`]). Returns the reranked (score, address),
    /// best first; the rest of `top` is left to the caller, in its order.
    pub fn rerank(
        &self,
        top: &[(Score, DocAddress)],
        analysis: &Analysis,
        concepts: &[Concept],
        end: usize,
        mut load: impl FnMut(DocAddress) -> Result<Measure>,
    ) -> Result<Vec<(f32, DocAddress)>> {
        let pool = top.len().min(RERANK_POOL);
        let mut scored: Vec<(f32, DocAddress)> = Vec::with_capacity(pool);
        // The `end` best reranked scores so far, ascending (its first is the bar to pass).
        let mut best: Vec<f32> = Vec::with_capacity(end + 1);
        // Each reranked measure's document, its own words and its fit (see `within_documents`).
        let mut owners: Vec<Article> = Vec::with_capacity(pool);
        let prior = prior::Prior::with(analysis.kind, &analysis.folded, &analysis.counting);
        let subject = subject_bigrams(analysis);
        let parts = PartsAsked::of(&analysis.folded, analysis.kind);
        for &(score, address) in &top[..pool] {
            if best.len() >= end.max(1) && score < best[0] {
                break;
            }
            let measure = load(address)?;
            let folded = Folded::new(&measure);
            let factor = folded.title_factor(concepts)
                * coverage_factor(folded.coverage(concepts))
                * prior.factor(&measure)
                * folded.doc_title_factor(&subject)
                * parts.factor(&measure);
            let final_score = score * factor;
            scored.push((final_score, address));
            owners.push(Article {
                address,
                fit: prior.within(&measure),
                doc: measure.doc_id,
                folded,
            });
            let at = best.partition_point(|&s| s < final_score);
            best.insert(at, final_score);
            if best.len() > end.max(1) {
                best.remove(0);
            }
        }
        // Stable: equal scores keep BM25's order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        within_documents(&mut scored, &owners, concepts, &analysis.fragments);
        Ok(scored)
    }

    /// The concepts of an analysed query, weighted by idf over the text field.
    pub fn concepts(&self, analysis: &Analysis) -> Vec<Concept> {
        let mut out: Vec<Concept> = Vec::new();
        for word in analysis.chunks.iter().flatten() {
            if out.iter().any(|c| c.word == *word) {
                continue;
            }
            let df = self.doc_freq(word).unwrap_or(0) as f32;
            let weight = self.idf(df);
            let mut forms = vec![word.clone()];
            for rule in &analysis.synonyms {
                if rule.from.contains(word.as_str()) || word.contains(rule.from.as_str()) {
                    forms.extend(rule.to.iter().cloned());
                }
            }
            // A measured quantity (10kv, or its words 10 and 千伏) is found written with
            // another form of its unit too.
            for (typed, other) in &analysis.unit_forms {
                if typed.contains(word.as_str()) || word.contains(typed.as_str()) {
                    forms.push(other.clone());
                }
            }
            out.push(Concept {
                word: word.clone(),
                forms,
                weight,
            });
        }
        out
    }
}

/// A measure folded once for the rerank: what [`coverage`] and [`title_factor`] look the
/// query's forms up in, its title folded once for both.
pub struct Folded {
    /// The title, then each subject of the divisions it stands under
    /// ([`Measure::division_subjects`]), each after a separator.
    title: String,
    /// The title, text and lead units run together, then (after a separator, so that no form is
    /// found across the end of the text and the title) its document's title, then the subjects
    /// as above.
    whole: String,
    /// Where the measure's own words (title, text, lead units) end in `whole`.
    own_end: usize,
    /// Where its document's title ends in `whole`.
    doc_end: usize,
}

impl Folded {
    /// `measure` folded (folding a text is folding each of its characters, so the parts folded
    /// one after the other are the whole folded).
    pub fn new(measure: &Measure) -> Folded {
        let mut title = String::new();
        fold_into(measure.title.as_deref().unwrap_or(""), &mut title);
        let title_end = title.len();
        for subject in measure.division_subjects() {
            // A separator, so that no form is found across the title and the heading.
            title.push('\n');
            fold_into(subject, &mut title);
        }
        let units: usize = measure.lead_units.iter().map(String::len).sum();
        let mut whole = String::with_capacity(
            title.len() + measure.text.len() + units + 1 + measure.doc_title.len(),
        );
        whole.push_str(&title[..title_end]);
        fold_into(&measure.text, &mut whole);
        for unit in &measure.lead_units {
            fold_into(unit, &mut whole);
        }
        let own_end = whole.len();
        whole.push('\n');
        fold_into(&measure.doc_title, &mut whole);
        if let Some(lead) = &measure.doc_lead {
            whole.push('\n');
            fold_into(lead, &mut whole);
        }
        let doc_end = whole.len();
        whole.push_str(&title[title_end..]);
        Folded {
            title,
            whole,
            own_end,
            doc_end,
        }
    }

    /// Whether the measure's own title, text or lead units hold a form of `concept`.
    fn holds(&self, concept: &Concept) -> bool {
        let own = &self.whole[..self.own_end];
        concept.forms.iter().any(|f| own.contains(f.as_str()))
    }

    /// Whether its document's title holds a form of `concept`.
    fn doc_title_holds(&self, concept: &Concept) -> bool {
        let doc = &self.whole[self.own_end..self.doc_end];
        concept.forms.iter().any(|f| doc.contains(f.as_str()))
    }

    /// [`coverage`] of the measure.
    pub fn coverage(&self, concepts: &[Concept]) -> f32 {
        let (found, total) = weights_found(concepts, &self.whole);
        if total <= 0.0 {
            return 1.0;
        }
        found / total
    }

    /// [`title_factor`] of the measure.
    pub fn title_factor(&self, concepts: &[Concept]) -> f32 {
        let (named, total) = weights_found(concepts, &self.title);
        if total <= 0.0 {
            return 1.0;
        }
        (1.0 + TITLE_WEIGHT * named / total) / (1.0 + TITLE_WEIGHT)
    }

    /// [`doc_title_factor`] of the measure, read on its document's title (and an untitled
    /// text's lead) as already folded here.
    pub fn doc_title_factor(&self, subject: &HashSet<(char, char)>) -> f32 {
        if subject.is_empty() {
            return 1.0;
        }
        let mut title = self.whole[self.own_end..self.doc_end].to_owned();
        for word in &crate::question::rules::RULES.law_title_words {
            title = title.replace(word.as_str(), "|");
        }
        let chars: Vec<char> = title.chars().collect();
        let named: HashSet<(char, char)> = cjk_bigrams(&chars)
            .filter(|pair| subject.contains(pair))
            .collect();
        let share = named.len().min(DOC_TITLE_BIGRAMS) as f32 / DOC_TITLE_BIGRAMS as f32;
        (1.0 + DOC_TITLE_WEIGHT * share) / (1.0 + DOC_TITLE_WEIGHT)
    }
}

/// The idf weight of the `concepts` with a form in `folded`, and the weight of them all: the
/// one weighted share the rerank's factors read.
fn weights_found(concepts: &[Concept], folded: &str) -> (f32, f32) {
    let total: f32 = concepts.iter().map(|c| c.weight).sum();
    if total <= 0.0 {
        return (0.0, total);
    }
    let found: f32 = concepts
        .iter()
        .filter(|c| c.forms.iter().any(|f| folded.contains(f.as_str())))
        .map(|c| c.weight)
        .sum();
    (found, total)
}

/// Idf-weighted share of the concepts found in the measure's title, text and units, or in
/// its document's title (0..=1; 1 when the query has no concepts).
///
/// A measure inherits its document's subject: a document on one matter (「关于加强三级公立医院
/// 绩效考核工作的意见」) states it once in its title, and its measures say only what is done
/// about it (「单病种包括急性心肌梗死…」), so a question naming the matter and one of its
/// details is answered by the detail's measure even though its text never names the matter.
/// Section headings are not inherited: in a plan they group measures under broad themes
/// (「优化政务服务」), not the subject each measure is about. A regulation's division is
/// ([`Measure::division_subjects`]): 「第四章大病医疗」 names what each of its articles is about.
pub fn coverage(concepts: &[Concept], measure: &Measure) -> f32 {
    Folded::new(measure).coverage(concepts)
}

/// The factor the words of the question a measure's title names give its score: from
/// `1 / (1 + TITLE_WEIGHT)` (none) to 1 (all, idf-weighted like [`coverage`]). A plan's measure
/// opens with a short title saying what it is about (「实行问题调解机制」「实现开办企业综合窗口一次
/// 办结」), and a regulation's article is titled by its chapter
/// ([`Measure::division_subjects`]); a measure whose title names the question's words is about
/// them, one that names them only in its body mentions them on the way to another matter
/// (「推行开办企业全程网上办理…」 for 「开办企业 几个工作日办结」). A measure without a title or
/// chapter names none of them there.
pub fn title_factor(concepts: &[Concept], measure: &Measure) -> f32 {
    Folded::new(measure).title_factor(concepts)
}

/// The character bigrams of the question's subject: of each run of its topic words
/// ([`Analysis::chunks`]: stop words and region names dropped), its ways of asking
/// ([`Analysis::asking`]) left out; bigrams across two words of a run count (停车|费 → 车费).
/// Characters, not words: jieba cuts a word inside a title otherwise than in a question
/// (燃气管道 → 燃气管|道, 燃气管理条例 → 燃气|管理|条例), and bigrams are what both share.
pub fn subject_bigrams(analysis: &Analysis) -> HashSet<(char, char)> {
    let mut out = HashSet::new();
    for chunk in &analysis.chunks {
        let mut run: Vec<char> = Vec::new();
        for word in chunk.iter().chain(std::iter::once(&String::new())) {
            if word.is_empty() || analysis.asking.contains(word) {
                out.extend(cjk_bigrams(&run));
                run.clear();
            } else {
                run.extend(word.chars());
            }
        }
    }
    out
}

/// The bigrams of CJK characters standing side by side in `chars`.
fn cjk_bigrams(chars: &[char]) -> impl Iterator<Item = (char, char)> + '_ {
    chars
        .windows(2)
        .filter(|pair| pair.iter().all(|&c| crate::index::analyzer::is_cjk(c)))
        .map(|pair| (pair[0], pair[1]))
}

/// The factor a document's title gives its measures for naming the question's subject
/// (`subject`: [`subject_bigrams`]): from `1 / (1 + DOC_TITLE_WEIGHT)` (none of its bigrams) to 1
/// (at least [`DOC_TITLE_BIGRAMS`] of them; at most 1, as every factor of the rerank). A
/// regulation's title names the one matter it governs (《北京市机动车停车条例》,
/// 《郑州市企业职工基本养老保险条例》), and every one of its articles rules on that matter, in words
/// that need not repeat it; a short article of a law on another matter matching the question's
/// other words by chance is weaker evidence (「受理乘客投诉后…30天内将处理结果答复投诉人」 of a taxi
/// regulation for a question on a tourist's complaint). A policy text's title states its matter
/// too (《山东省"十四五"科技创新规划》, 《关于加快发展数字经济的意见》): its items are about it
/// even where they do not repeat it; a text with no title line is read by its lead (its first
/// words, past its outline's headings). Until the texts' titles were read by the official layout
/// (many were a heading, an addressee or a date) this held for laws only. The title is read
/// without the words every law's title writes (`[law_titles]` of `data/question_kinds.toml`:
/// 条例, 管理, 实施), which name no matter.
pub fn doc_title_factor(subject: &HashSet<(char, char)>, measure: &Measure) -> f32 {
    Folded::new(measure).doc_title_factor(subject)
}

/// A reranked measure as [`within_documents`] reads it: its address, its document, its own
/// words folded, and how well it can give the kind of answer asked among its document's
/// articles ([`prior::Prior::within`], 1 when nothing tells them apart).
pub struct Article {
    /// Where the measure is in the index.
    pub address: DocAddress,
    /// Its document.
    pub doc: String,
    /// Its words, folded once.
    pub folded: Folded,
    /// Its fit to the kind of answer asked, against the other articles of its document.
    pub fit: f32,
}

/// Reorders the articles of each document among the places its articles hold in `scored`
/// (best first), by their score times `1 + WITHIN_WEIGHT × share` times their fit
/// ([`Article::fit`]), where share is the weight of
/// the question's words the article itself holds (its title, text, units) over the weight of
/// those any of its document's reranked articles holds; a word weighs `ln(1 + n / df)` over the
/// document's `n` reranked articles, `df` of them holding it, and a word of the document's
/// title weighs nothing. A regulation or a notice is about one matter, and most of its articles
/// name it, so the words of the question that tell its articles apart are the others: the
/// detail asked (露天, 备案, 托管), which one article states. Which document ranks where is
/// BM25's and the coverage's: each document keeps the places it had, and the scores stay with
/// the places, so the list stays sorted. `owners` holds each reranked address's article.
/// A character of the question that is only a piece of a word the segmenter did not know
/// (`fragments`, [`crate::search::analysis::fragments`]: 方 of 园方) weighs nothing: found in
/// an article, it is found inside another word (方式, 地方), and tells nothing of the detail
/// asked.
pub fn within_documents(
    scored: &mut [(f32, DocAddress)],
    owners: &[Article],
    concepts: &[Concept],
    fragments: &[String],
) {
    // Each place's owner, looked up once: a reorder below moves addresses only among the
    // places of a document already done, so the owners of the places still to visit stay right.
    let at: HashMap<DocAddress, usize> = owners
        .iter()
        .enumerate()
        .map(|(i, article)| (article.address, i))
        .collect();
    let owner_of: Vec<Option<&Article>> = scored
        .iter()
        .map(|(_, address)| at.get(address).map(|&i| &owners[i]))
        .collect();
    let mut done: HashSet<&str> = HashSet::new();
    for first in 0..scored.len() {
        let Some(Article { doc, .. }) = owner_of[first] else {
            continue;
        };
        if !done.insert(doc.as_str()) {
            continue;
        }
        let places: Vec<usize> = (first..scored.len())
            .filter(|&i| owner_of[i].is_some_and(|a| a.doc == *doc))
            .collect();
        if places.len() < 2 {
            continue;
        }
        let articles: Vec<&Article> = places.iter().filter_map(|&i| owner_of[i]).collect();
        let n = articles.len() as f32;
        let weights: Vec<f32> = concepts
            .iter()
            .map(|c| {
                if articles[0].folded.doc_title_holds(c) || fragments.contains(&c.word) {
                    return 0.0;
                }
                let df = articles.iter().filter(|a| a.folded.holds(c)).count();
                if df == 0 {
                    0.0
                } else {
                    (1.0 + n / df as f32).ln()
                }
            })
            .collect();
        let total: f32 = weights.iter().sum();
        let fits_differ = articles.iter().any(|a| a.fit != articles[0].fit);
        if total <= 0.0 && !fits_differ {
            continue;
        }
        let mut keyed: Vec<(f32, DocAddress)> = places
            .iter()
            .zip(&articles)
            .map(|(&i, article)| {
                let held: f32 = concepts
                    .iter()
                    .zip(&weights)
                    .filter(|(c, _)| article.folded.holds(c))
                    .map(|(_, w)| w)
                    .sum();
                let share = if total > 0.0 { held / total } else { 0.0 };
                let (score, address) = scored[i];
                (score * (1.0 + WITHIN_WEIGHT * share) * article.fit, address)
            })
            .collect();
        // Stable: equal keys keep the order they had.
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (&i, (_, address)) in places.iter().zip(keyed) {
            scored[i].1 = address;
        }
    }
}

/// The factor a coverage gives a score: from [`COVERAGE_FLOOR`] (nothing) to 1 (everything).
pub fn coverage_factor(coverage: f32) -> f32 {
    COVERAGE_FLOOR + (1.0 - COVERAGE_FLOOR) * coverage.powf(COVERAGE_POWER)
}

/// What the rerank reads of a measure (title, text, units, its document and its title), decoded from its stored record
/// without the rest (benefit facts, amounts, grants …): only the page's hits are decoded
/// whole.
#[derive(serde::Deserialize)]
pub struct RerankFields {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    lead_units: Vec<String>,
    #[serde(default)]
    responsible_units: Vec<String>,
    #[serde(default)]
    doc_id: String,
    #[serde(default)]
    doc_title: String,
    #[serde(default)]
    doc_lead: Option<String>,
    #[serde(default)]
    section: String,
    #[serde(default)]
    number: String,
    #[serde(default)]
    part: Option<String>,
}

impl From<RerankFields> for Measure {
    fn from(fields: RerankFields) -> Measure {
        Measure {
            title: fields.title,
            text: fields.text,
            lead_units: fields.lead_units,
            responsible_units: fields.responsible_units,
            doc_id: fields.doc_id,
            doc_title: fields.doc_title,
            doc_lead: fields.doc_lead,
            section: fields.section,
            number: fields.number,
            part: fields.part,
            ..Measure::default()
        }
    }
}

/// What a question asks of a law's general provisions, read once for the rerank: a
/// general-provisions record (`Measure::part`: 总则, 附则) shares words with every question on
/// its law and yields to an operative article holding them (`part_factor` of
/// `data/outline.toml`) unless the question asks what such provisions state (施行, 所称,
/// 主管: `part_cues`); a purpose article (为了…,制定本条例) names its law's whole matter and
/// answers only a question about the law's purpose or basis (`purpose_factor`,
/// `purpose_cues`).
pub struct PartsAsked {
    part: bool,
    /// Whether the question asks what a plan's goal or guiding sections state (目标, 到2025年,
    /// 哪年, 原则: `plan_part_cues`); a plan-part record (`plan_parts`) yields otherwise.
    plan: bool,
    purpose: bool,
    /// The things general provisions state (`asked_provisions`) the question asks, by their
    /// index in the conventions: a general-provisions record holding one of their marks states
    /// it and is raised (`provision_factor`).
    provisions: Vec<usize>,
    /// For each asked provision about a term (a definition), the term asked (`asked_term`);
    /// empty for the others.
    terms: Vec<String>,
}

impl PartsAsked {
    /// What the folded question `folded`, of `kind`, asks of general provisions.
    pub fn of(folded: &str, kind: Option<crate::question::Kind>) -> PartsAsked {
        let c = &*CONVENTIONS;
        let any = |cues: &[String]| cues.iter().any(|w| folded.contains(w.as_str()));
        let purpose = any(&c.purpose_cues);
        let kind_asks = kind.is_some_and(|k| c.part_kinds.iter().any(|n| n == k.as_str()));
        let provisions: Vec<usize> = c
            .asked_provisions
            .iter()
            .enumerate()
            .filter(|(_, p)| any(&p.cues))
            .map(|(i, _)| i)
            .collect();
        let terms = provisions
            .iter()
            .map(|&i| {
                let p = &c.asked_provisions[i];
                if p.about_a_term() {
                    p.asked_term(folded)
                } else {
                    String::new()
                }
            })
            .collect();
        PartsAsked {
            part: purpose || kind_asks || any(&c.part_cues),
            plan: any(&c.plan_part_cues),
            purpose,
            provisions,
            terms,
        }
    }

    /// Whether `measure` is a general-provisions record stating what the question asks of
    /// such provisions: a definition asked (什么算X) and the record holds 所称/是指, the date of
    /// effect asked (哪天开始施行) and it holds 起施行 — a law states these once, there.
    pub fn states_asked(&self, measure: &Measure) -> bool {
        let c = &*CONVENTIONS;
        let text = measure.text.as_str();
        measure.part.is_some()
            && self.provisions.iter().zip(&self.terms).any(|(&i, asked)| {
                let p = &c.asked_provisions[i];
                p.marks.iter().any(|m| {
                    text.match_indices(m.as_str()).any(|(at, _)| {
                        !p.about_a_term() || shares_a_pair(p.stated_term(text, at, m), asked)
                    })
                })
            })
    }

    /// The share of its score `measure` keeps for this question (1 for an operative measure
    /// that states no purpose).
    pub fn factor(&self, measure: &Measure) -> f32 {
        let c = &*CONVENTIONS;
        let mut factor = 1.0;
        // A record stating what is asked is raised; one that does not yields as any general
        // provision (a question asking 算不算工伤 is answered by the operative article 视同工伤
        // before the scope article of the law, which holds no definition).
        if self.states_asked(measure) {
            factor *= c.provision_factor;
        } else if let Some(part) = &measure.part {
            let asked = if c.is_plan_part(part) {
                self.plan
            } else {
                self.part
            };
            if !asked {
                factor *= c.part_factor;
            }
        }
        if !self.purpose && is_purpose_article(&measure.text) {
            factor *= c.purpose_factor;
        }
        factor
    }
}

/// Whether `a` and `b` share a pair of adjacent characters (老年人 and 老年: 老年).
fn shares_a_pair(a: &str, b: &str) -> bool {
    let pairs: Vec<char> = b.chars().collect();
    let a: Vec<char> = a.chars().collect();
    a.windows(2).any(|w| pairs.windows(2).any(|v| v == w))
}

/// Whether `text` is a purpose article: it opens with a purpose (为了…) and says the law is
/// made for it (制定本条例), `data/outline.toml`'s `purpose_opens` and `purpose_marks`.
pub fn is_purpose_article(text: &str) -> bool {
    let c = &*CONVENTIONS;
    let text = text.trim_start();
    c.purpose_opens.iter().any(|o| text.starts_with(o.as_str()))
        && c.purpose_marks.iter().any(|m| text.contains(m.as_str()))
}

/// Lets a variant count as finding its word in the coverage rerank.
pub fn add_forms(concepts: &mut [Concept], variants: &[Variant]) {
    for concept in concepts {
        for variant in variants {
            if variant.word == concept.word {
                concept
                    .forms
                    .extend(variant.forms.iter().map(|(f, _)| f.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept(word: &str, weight: f32) -> Concept {
        Concept {
            word: word.into(),
            forms: vec![word.into()],
            weight,
        }
    }

    fn article(doc: &str, text: &str) -> Measure {
        Measure {
            doc_id: doc.into(),
            doc_title: "北京市单用途预付卡管理条例".into(),
            text: text.into(),
            ..Measure::default()
        }
    }

    /// The articles of `measures`, each at the address of its index, fitting the kind asked alike.
    fn articles(measures: &[Measure]) -> Vec<Article> {
        measures
            .iter()
            .enumerate()
            .map(|(i, m)| Article {
                address: DocAddress::new(0, i as u32),
                doc: m.doc_id.clone(),
                folded: Folded::new(m),
                fit: 1.0,
            })
            .collect()
    }

    /// 「北京 预付卡 备案」: every article of the 预付卡 regulation names 预付卡, and the one
    /// naming it most outranks, by BM25, the one on 备案; among the articles of one document the
    /// word the document is about tells nothing, the detail asked does. The document keeps its
    /// places, and another document's measure between them keeps its own.
    #[test]
    fn the_articles_of_one_document_compete_on_the_words_that_tell_them_apart() {
        let address = |doc: u32| DocAddress::new(0, doc);
        let measures = [
            article("d1", "消费者享有下列权利:了解预付卡备案情况;查询预付卡余额;预付卡退款。"),
            article("d2", "本市推行预付卡信用监管。"),
            article("d1", "经营者发行预付卡超过一定规模,应当向行业主管部门备案,不得迟报、瞒报、虚报备案信息。"),
            article("d1", "预付卡的发行和使用适用本条例。"),
        ];
        let owners = articles(&measures);
        // 备案 is held by two of d1's three articles, 预付卡 by its title.
        let concepts = [
            concept("预付卡", 3.0),
            concept("备案", 2.0),
            concept("经营者", 1.5),
            concept("迟报", 4.0),
        ];
        let mut scored = vec![
            (10.0, address(0)),
            (9.0, address(1)),
            (8.0, address(2)),
            (7.0, address(3)),
        ];
        within_documents(&mut scored, &owners, &concepts, &[]);
        assert_eq!(
            scored,
            vec![
                (10.0, address(2)),
                (9.0, address(1)),
                (8.0, address(0)),
                (7.0, address(3)),
            ]
        );
        // A question whose words all stand in the document's title leaves the order alone.
        let mut same = vec![(10.0, address(0)), (8.0, address(2))];
        within_documents(&mut same, &owners, &[concept("预付卡", 3.0)], &[]);
        assert_eq!(same, vec![(10.0, address(0)), (8.0, address(2))]);
        // ... unless one article fits the kind of answer asked better than the other.
        let mut fitting: Vec<Article> = owners;
        fitting[2].fit = 1.3;
        let mut fit = vec![(10.0, address(0)), (8.0, address(2))];
        within_documents(&mut fit, &fitting, &[concept("预付卡", 3.0)], &[]);
        assert_eq!(fit, vec![(10.0, address(2)), (8.0, address(0))]);
    }

    #[test]
    fn a_piece_of_a_word_the_segmenter_did_not_know_tells_no_article_apart() {
        // 「园方要先面试测评吗」: 园方 comes out as 园 and 方, and 方 is found in 方式.
        let measures = [
            article("d1", "幼儿园应当采取多种方式与家庭合作。"),
            article("d1", "幼儿园招生不得进行任何形式的考试、测评。"),
        ];
        let address = |doc: u32| DocAddress::new(0, doc);
        let owners = articles(&measures);
        let concepts = [concept("方", 1.0), concept("测评", 1.0)];
        let scored = vec![(10.0, address(0)), (9.0, address(1))];
        // As a word, 方 tells the articles apart as much as 测评: the first keeps its place.
        let mut as_word = scored.clone();
        within_documents(&mut as_word, &owners, &concepts, &[]);
        assert_eq!(as_word, scored);
        // As a piece of 园方, only 测评 tells the articles apart.
        let mut as_piece = scored.clone();
        within_documents(&mut as_piece, &owners, &concepts, &["方".to_owned()]);
        assert_eq!(as_piece, vec![(10.0, address(1)), (9.0, address(0))]);
    }

    /// A general provision yields to operative articles unless the question asks what general
    /// provisions state; a purpose article answers only a question about the law's purpose.
    #[test]
    fn a_general_provision_yields_unless_asked_what_it_states() {
        let operative = Measure {
            text: "县级以上人民政府应当建立湿地保护协调机制。".into(),
            ..Measure::default()
        };
        let general = Measure {
            part: Some("总则".into()),
            ..operative.clone()
        };
        let purpose = Measure {
            text: "为了加强湿地保护,根据有关法律,制定本条例。".into(),
            ..operative.clone()
        };
        let plain = PartsAsked::of("湿地保护协调机制怎么建", Some(crate::question::Kind::Howto));
        assert_eq!(plain.factor(&operative), 1.0);
        assert!(plain.factor(&general) < 1.0);
        assert!(plain.factor(&purpose) < plain.factor(&general));
        let in_force = PartsAsked::of("湿地保护条例什么时候开始施行", None);
        assert_eq!(in_force.factor(&general), 1.0);
        assert!(
            in_force.factor(&purpose) < 1.0,
            "施行 is no purpose question"
        );
        let why = PartsAsked::of("湿地保护条例的立法目的是什么", None);
        assert_eq!(why.factor(&purpose), 1.0);
        let who = PartsAsked::of("湿地保护归哪个单位负责", Some(crate::question::Kind::Who));
        assert_eq!(
            who.factor(&general),
            1.0,
            "who is in charge: the general provisions say"
        );
        assert!(is_purpose_article(&purpose.text));
        assert!(!is_purpose_article(&operative.text));
    }

    /// A plan's goal or principles record yields to operative measures unless the question
    /// asks what a plan aims at (目标, 到2025年) or keeps to (原则).
    #[test]
    fn a_plan_s_goal_yields_unless_asked_its_target() {
        let goal = Measure {
            text: "到2025年,数字政府基本建成,政务服务一网通办全面实现。".into(),
            part: Some("目标".into()),
            ..Measure::default()
        };
        let howto = Some(crate::question::Kind::Howto);
        let deadline = Some(crate::question::Kind::Deadline);
        assert!(PartsAsked::of("政务服务一网通办怎么办", howto).factor(&goal) < 1.0);
        assert_eq!(
            PartsAsked::of("数字政府到2025年要建成什么样", howto).factor(&goal),
            1.0
        );
        assert_eq!(
            PartsAsked::of("数字政府建设的主要目标是什么", howto).factor(&goal),
            1.0
        );
        assert_eq!(
            PartsAsked::of("数字政府建设的指导思想是什么", howto).factor(&goal),
            1.0
        );
        assert_eq!(
            PartsAsked::of("数字政府哪年基本建成", deadline).factor(&goal),
            1.0
        );
        assert!(
            PartsAsked::of("一网通办什么时候全面实现", deadline).factor(&goal) < 1.0,
            "a plan's tasks state their own deadlines: a deadline question alone asks no goal"
        );
    }

    #[test]
    fn a_general_provision_stating_what_is_asked_is_raised() {
        let general = |text: &str| Measure {
            text: text.into(),
            part: Some("附则".into()),
            ..Measure::default()
        };
        let definition = general("本条例所称的老年人是指60周岁以上的公民。");
        let in_force = general("本条例自2016年1月1日起施行。");
        let scope = general("职工租住本单位住房的,不适用本条例。");
        let operative = Measure {
            part: None,
            ..definition.clone()
        };
        let howto = Some(crate::question::Kind::Howto);
        // 什么算X asks a definition: the article of 所称…是指 states it, once for the whole law.
        let what_counts = PartsAsked::of("在北京多大年纪才算老年人", howto);
        // A definition of another term (职工) does not answer 算不算工伤.
        let workers = general("本条例所称职工,是指与用人单位存在劳动关系的各种用工形式的劳动者。");
        let injury = PartsAsked::of("职工被派到疫区染上病了,算不算工伤", howto);
        assert!(injury.factor(&workers) < 1.0);
        assert!(PartsAsked::of("条例里讲的职工到底指啥", howto).factor(&workers) > 1.0);
        assert!(what_counts.factor(&definition) > 1.0);
        assert!(
            what_counts.factor(&in_force) < 1.0,
            "no definition: it yields as any general provision"
        );
        assert_eq!(
            what_counts.factor(&operative),
            1.0,
            "an operative article holding 是指 is not where a law defines its terms"
        );
        // 哪天开始施行 / 还算数吗 ask the date of effect; 管不管 the scope.
        let since_when = PartsAsked::of("统计条例哪天开始施行", howto);
        assert!(since_when.factor(&in_force) > 1.0);
        assert_eq!(since_when.factor(&definition), 1.0);
        assert!(PartsAsked::of("以前那个老条例现在还算数吗", howto).factor(&in_force) > 1.0);
        let covers = PartsAsked::of("职工租单位的宿舍,房屋租赁条例管不管", howto);
        assert!(covers.factor(&scope) > 1.0);
        // Asked who is in charge of the whole matter, the general provision putting a body in
        // charge; asked who approves one act, no general provision is raised.
        let charge = Measure {
            text: "节约用水管理机构具体负责节约用水管理的日常工作。".into(),
            part: Some("总则".into()),
            ..Measure::default()
        };
        let who = Some(crate::question::Kind::Who);
        assert!(PartsAsked::of("郑州节水工作归哪个部门主管", who).factor(&charge) > 1.0);
        assert_eq!(
            PartsAsked::of("计划用水指标由谁来批", who).factor(&charge),
            1.0
        );
        // Asked whether a case counts, a general provision defining nothing still yields to
        // the operative article that says so (视同工伤).
        let scope_article = general("本省行政区域内的各类企业应当依照本条例规定参加工伤保险。");
        let counts = PartsAsked::of("职工被派到疫区染上病了,算不算工伤", howto);
        assert!(counts.factor(&scope_article) < 1.0);
        // A question asking none of these leaves them as general provisions, yielding.
        let plain = PartsAsked::of("老年人再婚子女能不能干涉", howto);
        assert!(plain.factor(&definition) < 1.0);
    }

    #[test]
    fn a_place_further_below_the_region_named_is_boosted_less() {
        // One level below (a city of the province named): the whole SUBREGION_FACTOR.
        assert_eq!(inside_factor(SUBREGION_FACTOR, 1), SUBREGION_FACTOR);
        // Two levels below (a county, a development zone): less, still above places outside.
        let county = inside_factor(SUBREGION_FACTOR, 2);
        assert!(county < SUBREGION_FACTOR && county > 1.0, "{county}");
        assert!(inside_factor(SUBREGION_FACTOR, 3) < county);
        assert_eq!(inside_factor(SUBREGION_FACTOR, 0), 1.0);
    }

    #[test]
    fn a_regulation_s_chapter_names_the_subject_of_its_articles() {
        // The article of the chapter on 大病医疗 covers 大病 though its text never writes it.
        let article = Measure {
            text: "纳税人发生的与基本医保相关的医药费用支出,累计超过15000元的部分据实扣除。".into(),
            doc_title: "个人所得税专项附加扣除暂行办法".into(),
            section: "第四章大病医疗".into(),
            ..Measure::default()
        };
        let concepts = [concept("大病", 1.0), concept("医药费", 1.0)];
        assert_eq!(coverage(&concepts, &article), 1.0);
        // Without the chapter, half.
        let loose = Measure {
            section: String::new(),
            ..article.clone()
        };
        assert_eq!(coverage(&concepts, &loose), 0.5);
        // Under a section of the chapter, both name its subject; the general provisions none.
        let sectioned = Measure {
            section: "第四章 大病医疗 > 第一节 一般规定".into(),
            ..article.clone()
        };
        assert_eq!(coverage(&concepts, &sectioned), 1.0);
        let general = [concept("总则", 1.0)];
        let opening = Measure {
            section: "第一章 总则".into(),
            ..article.clone()
        };
        assert_eq!(coverage(&general, &opening), 0.0);
    }

    #[test]
    fn a_document_whose_title_names_the_question_s_subject_governs_it() {
        let analysis = crate::search::analysis::analyze(
            "在北京旅游被坑投诉到旅游部门,受理以后多少天内给处理结果",
            &crate::search::vocabulary::RegionAliases::new(["北京市"]),
        );
        let subject = subject_bigrams(&analysis);
        assert!(subject.contains(&('旅', '游')));
        // The region named and the ways of asking are no subject.
        assert!(!subject.contains(&('北', '京')));
        assert!(!subject.contains(&('多', '少')));
        let law = |title: &str, number: &str| Measure {
            doc_title: title.into(),
            number: number.into(),
            text: "受理投诉后,应当在30日内答复。".into(),
            ..Measure::default()
        };
        let tourism = doc_title_factor(&subject, &law("北京市旅游管理条例", "第五十二条"));
        let taxis = doc_title_factor(&subject, &law("北京市出租汽车管理条例", "第十九条"));
        assert!(tourism > taxis, "{tourism} {taxis}");
        assert!(tourism <= 1.0);
        // Words every law's title writes name no subject: 管理 asked matches nothing there.
        let managed: HashSet<(char, char)> = [('管', '理')].into_iter().collect();
        assert_eq!(
            doc_title_factor(&managed, &law("北京市出租汽车管理条例", "第十九条")),
            doc_title_factor(&managed, &law("北京市旅游条例", "第十九条"))
        );
        // A plan's title states its matter as a law's does.
        assert_eq!(
            doc_title_factor(&subject, &law("北京市旅游发展三年行动方案", "二、(三)")),
            tourism
        );
        assert_eq!(
            doc_title_factor(&subject, &law("北京市出租汽车行业发展行动方案", "二、(三)")),
            taxis
        );
        // An untitled text is read by its lead.
        let untitled = Measure {
            doc_lead: Some("为促进旅游业发展".into()),
            ..law("d0001", "一、")
        };
        assert!(doc_title_factor(&subject, &untitled) > taxis);
        // A question with no subject left leaves every score alone.
        assert_eq!(
            doc_title_factor(&HashSet::new(), &law("北京市旅游管理条例", "第一条")),
            1.0
        );
    }

    #[test]
    fn a_measure_whose_title_names_the_question_s_words_is_about_them() {
        let concepts = [concept("开办企业", 1.0), concept("办结", 2.0)];
        let titled = Measure {
            title: Some("实现开办企业综合窗口一次办结".into()),
            text: "实现开办企业综合窗口一次办结。将企业登记、印章刻制…1个工作日内办结。".into(),
            ..Measure::default()
        };
        let mentioned = Measure {
            title: Some("推行开办企业全程网上办理".into()),
            text: "推行开办企业全程网上办理。…实现营业执照、印章当日办结。".into(),
            ..Measure::default()
        };
        assert_eq!(title_factor(&concepts, &titled), 1.0);
        let partly = title_factor(&concepts, &mentioned);
        assert!(
            partly < 1.0 && partly > 1.0 / (1.0 + TITLE_WEIGHT),
            "{partly}"
        );
        // Both cover the question in full; the title tells them apart.
        assert_eq!(
            coverage(&concepts, &titled),
            coverage(&concepts, &mentioned)
        );
        // No title and no chapter: nothing named there.
        let untitled = Measure {
            title: None,
            ..mentioned.clone()
        };
        assert_eq!(
            title_factor(&concepts, &untitled),
            1.0 / (1.0 + TITLE_WEIGHT)
        );
        // A regulation's article is titled by its chapter.
        let article = Measure {
            section: "第二章开办企业办结".into(),
            ..untitled
        };
        assert_eq!(title_factor(&concepts, &article), 1.0);
    }

    #[test]
    fn a_measure_inherits_its_documents_subject_but_not_its_sections() {
        let concepts = [concept("公立医院", 1.0), concept("单病种", 1.0)];
        let detail = Measure {
            text: "单病种包括急性心肌梗死、心力衰竭、肺炎等。".into(),
            doc_title: "国务院办公厅关于加强三级公立医院绩效考核工作的意见".into(),
            ..Measure::default()
        };
        assert_eq!(coverage(&concepts, &detail), 1.0);
        // The same text under a section heading naming the subject covers only its own word.
        let sectioned = Measure {
            doc_title: "某市实施方案".into(),
            section: "三、加强公立医院管理".into(),
            ..detail.clone()
        };
        assert_eq!(coverage(&concepts, &sectioned), 0.5);
        // A form is not found across the end of the text and the document's title.
        let across = Measure {
            text: "推进单病".into(),
            doc_title: "种植业方案".into(),
            ..Measure::default()
        };
        assert_eq!(coverage(&[concept("单病种", 1.0)], &across), 0.0);
    }
}
