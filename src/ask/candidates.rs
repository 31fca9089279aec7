//! The candidate measures of a question: gathered from several searches and fused
//! ([`gather`]), then inspected one by one ([`inspect`]): the sentence closest to the topic,
//! the value the kind of question wants, and a score for each.

use std::collections::HashMap;
use std::ops::Range;

use super::figures;
use super::question::{self, Analysis};
use super::sentences::sentences;
use super::terms::Terms;
use crate::measure::title_and_text;
use crate::question::rules::{Side, RULES};
use crate::question::values::{
    asked_figure, find_figures, find_ranked_value, find_values, CountPattern,
};
use crate::question::Kind;
use crate::search::request::{FacetKind, FacetSet, Filters};
use crate::search::{Hit, SearchEngine, SearchQuery, MAX_QUERY_CHARS};
use crate::Result;

/// Hits taken from each search.
const SEARCH_DEPTH: usize = 20;

/// One candidate measure and what we found in it.
pub(crate) struct Candidate {
    pub(crate) hit: Hit,
    /// Reciprocal rank in the search of the question as asked, 0–1 (0 for a measure only the
    /// other searches found).
    pub(crate) fused: f32,
    /// Share of the known topic words the measure holds.
    pub(crate) coverage: f32,
    /// Share of the known topic words its title and evidence sentence hold.
    pub(crate) evidence: f32,
    pub(crate) region_match: RegionMatch,
    /// Sentence closest to the topic.
    pub(crate) topic_sentence: Range<usize>,
    /// The attribution after the topic sentence when it holds more of the question than any
    /// sentence of the measure's content (「营商局负责哪些」 asks by the units): quoted with it.
    pub(crate) asked_attribution: Option<Range<usize>>,
    /// Sentence holding the value, and the value's range in the text.
    pub(crate) value: Option<(Range<usize>, Range<usize>)>,
    /// Whether the value is bound to the question's topic: its subject holds a distinctive
    /// word of the question, or it is the only figure of its kind in a sentence that holds one
    /// ([`bound_to_topic`]).
    pub(crate) bound: bool,
    /// Whether its sentences state values of the kind wanted, but none of the type of figure
    /// the question asks for (费率: only amounts).
    pub(crate) other_type: bool,
    /// How well the sentence we would quote answers: its coverage of the topic, with a value
    /// of the kind wanted (in the unit asked for) worth more.
    pub(crate) quote_score: f32,
    /// Share of the question the sentence stating the value covers (with the measure's title
    /// and scope); 0 without a value.
    pub(crate) value_evidence: f32,
    pub(crate) score: f32,
    /// For a penalty article reached through the article it cites ([`super::crossref`]):
    /// each reference as written (「第四十七条第二项」) with the words it refers to, which
    /// count as those of the sentences holding it.
    pub(crate) referred: Vec<(String, String)>,
}

/// A candidate for `hit`, not yet inspected.
pub(crate) fn blank(hit: Hit) -> Candidate {
    Candidate {
        hit,
        fused: 0.0,
        coverage: 0.0,
        evidence: 0.0,
        region_match: RegionMatch::Unnamed,
        topic_sentence: 0..0,
        asked_attribution: None,
        value: None,
        bound: false,
        other_type: false,
        quote_score: 0.0,
        value_evidence: 0.0,
        score: 0.0,
        referred: Vec::new(),
    }
}

/// How a measure's region relates to the region the question names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum RegionMatch {
    /// The question names no region.
    Unnamed,
    /// The region itself.
    Exact,
    /// A place inside it.
    Inside,
    /// A place that contains it (威海市 for a question of 威海经济技术开发区): its measures
    /// apply there too, below the place's own.
    Above,
    /// Elsewhere.
    Other,
}

/// The place a question asks about: the region it names among the index's, or else the place
/// it names in the gazetteer (龙口市, which has no measures of its own but lies in 山东省, whose
/// plan applies there). A measure of a sibling place (莱州市) applies in neither: it is
/// another region's measure, a precedent (see `compose`), not the place's rule. A name
/// standing for several places (东北地区, 朝阳区 with no parent named) asks about none of them
/// alone: the measures of each stand as those of a question naming no place.
pub(crate) fn asked_place(analysis: &Analysis) -> Option<&str> {
    analysis.region.as_deref().or(analysis
        .place
        .as_ref()
        .filter(|p| p.spans.is_empty())
        .map(|p| p.path.as_str()))
}

/// Where a measure of `region` stands to the region a question asks about.
pub(crate) fn region_match(region: &str, asked: Option<&str>) -> RegionMatch {
    match asked {
        None => RegionMatch::Unnamed,
        Some(r) if region == r => RegionMatch::Exact,
        Some(r) if region.starts_with(&format!("{r}/")) => RegionMatch::Inside,
        Some(r) if r.starts_with(&format!("{region}/")) => RegionMatch::Above,
        Some(_) => RegionMatch::Other,
    }
}

/// Runs the searches (the question as asked, the topic with synonyms, the topic in the region
/// named) and gathers their hits. Only the first one's ranking counts: it already weighs the
/// question's synonyms below the asker's own words and favours the region named, while the
/// topic searches weigh every synonym like the word asked (知识产权质押融资 → 信贷, 抵押),
/// so their rankings, fused in, pushed the measure that says the asker's words apart below
/// one that says the looser ones together. They find measures the first misses.
pub(crate) fn gather(engine: &SearchEngine, analysis: &Analysis) -> Result<Vec<Candidate>> {
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
            facets: FacetSet::NONE,
            ..Default::default()
        },
        SearchQuery {
            q: expanded.join(" "),
            limit: SEARCH_DEPTH,
            facets: FacetSet::NONE,
            ..Default::default()
        },
    ];
    if let Some(region) = &analysis.region {
        if analysis.kind != Kind::Precedent {
            queries.push(SearchQuery {
                q: expanded.join(" "),
                filters: Filters::one(FacetKind::Region, region),
                limit: SEARCH_DEPTH,
                facets: FacetSet::NONE,
                ..Default::default()
            });
        }
    }
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    // The searches of one text (the topic, with and without the region) share its analysis.
    let mut analysed: Option<(String, crate::search::analysis::Analysis)> = None;
    for (nth, query) in queries.iter_mut().enumerate() {
        if query.q.trim().is_empty() {
            continue;
        }
        query.q = query.q.chars().take(MAX_QUERY_CHARS).collect();
        if analysed.as_ref().is_none_or(|(q, _)| *q != query.q) {
            analysed = Some((query.q.clone(), engine.analyze(&query.q)));
        }
        let results = match &analysed {
            Some((_, analysis)) => engine.candidates_analyzed(query, analysis)?,
            None => continue,
        };
        for (rank, hit) in results.hits.into_iter().enumerate() {
            let fused = if nth == 0 {
                1.0 / (10.0 + rank as f32)
            } else {
                0.0
            };
            match by_id.get(&hit.measure.id) {
                Some(&i) => candidates[i].fused += fused,
                None => {
                    by_id.insert(hit.measure.id.clone(), candidates.len());
                    candidates.push(Candidate {
                        fused,
                        ..blank(hit)
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

/// The label opening the list whose later part sentence `i` of `text` is: the parts of one
/// statement are cut at ';', and the first opens with a label closed by ':' before any figure
/// (「本阶段主流程审批时限:」). None for the first part, or a list without a label.
fn list_label<'t>(text: &'t str, sentences: &[Range<usize>], i: usize) -> Option<&'t str> {
    let mut first = i;
    while first > 0
        && text[sentences[first - 1].clone()].ends_with(';')
        && sentences[first - 1].end <= sentences[first].start
    {
        first -= 1;
    }
    if first == i {
        return None;
    }
    let opening = &text[sentences[first].clone()];
    let colon = opening.find(':')?;
    let label = &opening[..colon + ':'.len_utf8()];
    (!label.chars().any(|c| c.is_ascii_digit())).then_some(label)
}

/// Weight of a sentence stating a count with the measure word the question counts by
/// ([`question::counted_by`]) when the topic sentence is chosen: more than any share of the
/// question a sentence covers, so the sentence stating the count asked answers (「大厅分为4层」
/// for 「大厅一共几层」, not the measure's opening on the 大厅, which covers more of the
/// question's words and states no 层).
const COUNTED_TOPIC: f32 = 2.0;

/// Weight of a sentence announcing a list ([`announces_list`]) when a list question's topic
/// sentence is chosen: as a case given.
const LIST_TOPIC: f32 = 0.1;

/// Whether `sentence` announces a list: a word of `[list_openers]` (以下, 下列, 包括) with a
/// colon or an enumeration's 、 after it (「严格审核以下内容:…」「单病种包括急性心肌梗死、心力衰竭…」).
pub(crate) fn announces_list(sentence: &str) -> bool {
    RULES.list_openers.iter().any(|w| {
        sentence
            .find(w.as_str())
            .is_some_and(|at| sentence[at + w.len()..].contains([':', '：', '、']))
    })
}

/// Where the list `from` opens ends: the parts after it that a plan joins by ; (or opens
/// with a colon), up to the part closing the statement; an attribution (「(牵头单位:…;」) is no
/// part of it.
fn list_end(text: &str, sentences: &[Range<usize>], from: &Range<usize>) -> usize {
    let mut end = from.end;
    for r in sentences.iter().filter(|r| r.start >= from.end) {
        let goes_on = text[..end].ends_with([';', '；', ':', '：']);
        if !goes_on || super::quote::is_attribution(&text[r.clone()]) {
            break;
        }
        end = r.end;
    }
    end
}

/// Weight of a sentence stating the case the question gives ([`figures::given_case`]) when the
/// topic sentence is chosen: more than a figure's, less than one more of the question's words.
const GIVEN_CASE_TOPIC: f32 = 0.1;

/// Finds the topic sentence and the value in a candidate and scores it. `count` is the pattern
/// of the count a count question asks for.
pub(crate) fn inspect(
    candidate: &mut Candidate,
    analysis: &Analysis,
    terms: &Terms,
    count: Option<&CountPattern>,
) {
    let hit = &candidate.hit;
    let text = hit.measure.text.as_str();
    let title = hit.measure.title.as_deref().unwrap_or("");
    // A sentence citing another article of the document (「违反本条例第四十七条第二项规定的」)
    // is about what that article says: its words count as the sentence's.
    let referred = &candidate.referred;
    let references = if referred.is_empty() {
        Vec::new()
    } else {
        crate::extract::crossref::references_with_items(&candidate.hit.measure.text)
    };
    // `at` is where `t` starts in `text` when it is cut from it: a passage of the article reads
    // the references around it there; one written otherwise (the title with the text, a label
    // with a part) is read for its own.
    let cover = |t: &str, at: Option<usize>| {
        let mut cited = if referred.is_empty() {
            Vec::new()
        } else {
            super::crossref::cited(referred, &references, text, t, at)
        };
        // A penalty paragraph naming an item of its own article (「有前款第(一)项行为的」) is
        // about what the item says.
        let own = crate::extract::crossref::own_item_words(text, t, at);
        if !own.is_empty() {
            cited.push(own.as_str());
        }
        if cited.is_empty() {
            terms.cover(t)
        } else {
            terms.cover(&format!("{t} {}", cited.join(" ")))
        }
    };
    // An article of a regulation is about the subject its chapter names, which it does not
    // repeat: its words count as the article's when weighing what it is about.
    let subject = division_subject(&hit.measure);
    let scoped = |t: String| {
        if subject.is_empty() {
            t
        } else {
            format!("{subject} {t}")
        }
    };
    // A passage cut from `text` at `span`, and one written otherwise.
    let cover_cut = |span: Range<usize>| cover(&text[span.clone()], Some(span.start));
    let cover_written = |t: &str| cover(t, None);
    candidate.coverage = cover_written(&scoped(title_and_text(
        hit.measure.title.as_deref(),
        &hit.measure.text,
    )));
    candidate.region_match = region_match(&hit.measure.region, asked_place(analysis));

    // The title sentence says what the measure is, not what it does: prefer the others, and
    // judge a sentence that opens with the title (「推行“一业一证”改革 6月,…」) by the rest.
    let sentences: Vec<Range<usize>> = sentences(text);
    let is_title = |r: &Range<usize>| {
        !title.is_empty() && text[r.clone()].trim_end_matches(['。', ':', ' ']) == title
    };
    // A title sentence stating a quantity (a regulation's article titled by its own first
    // sentence: 「失业保险金按照当地最低工资标准的百分之八十确定。」) is a provision, not the name of a
    // task (「持续推进工程质量安全标准化体系建设。」): it says what it says, where a bare name
    // leaves nothing but its full stop.
    let provision_title = states_quantity(title);
    let says_more = |rest: &str| {
        let title_only = rest.trim().is_empty() || (provision_title && is_bare_close(rest));
        !title_only
    };
    let own = |r: &Range<usize>| -> &str {
        let s = &text[r.clone()];
        match s.strip_prefix(title) {
            Some(rest) if !title.is_empty() && r.start == 0 && says_more(rest) => rest,
            _ => s,
        }
    };
    // `own` is a suffix of the sentence: it starts where its length before the end says.
    let cover_own = |r: &Range<usize>| {
        let s = own(r);
        cover(s, Some(r.end - s.len()))
    };
    // An attribution (「(负责部门:知识产权局)」) says who acts on the sentence before it, not what
    // is done: it is never the topic, even where its units are the question's words (a who
    // answer's value is read from it after the topic is found).
    let body: Vec<Range<usize>> = sentences
        .iter()
        .filter(|r| !is_title(r) && !super::quote::is_attribution(&text[(*r).clone()]))
        .cloned()
        .collect();
    let pool = if body.is_empty() { &sentences } else { &body };
    let mut topic_sentence = pool.first().cloned().unwrap_or(0..0);
    let mut topic_cover = -1.0;
    let mut counted_choice = (-1.0, topic_sentence.clone());
    // A list question (哪些内容, 包括哪些) asks for the members of a set, which a plan states
    // after a word announcing them (「严格审核以下内容:制定主体是否合法;…;是否违反…程序。」): the
    // sentence announcing them, read with the parts of its list, is the one quoted when it
    // covers as much of the question as the measure's best sentence.
    let lists_members = analysis.kind == Kind::List;
    let mut listed_choice: Option<(f32, Range<usize>)> = None;
    // A question counting by a measure word no count pattern reads (配几名, 一共几层) is
    // answered by the sentence stating a count with it.
    let counted_by = if count.is_none() && analysis.figure.is_none() {
        question::counted_by(&analysis.counting)
    } else {
        None
    };
    for (i, range) in pool.iter().enumerate() {
        // A sentence with figures in it says more than one without (「申报9项」).
        let figures = if own(range).chars().any(|c| c.is_ascii_digit()) {
            0.05
        } else {
            0.0
        };
        // One stating the count asked more still; within the measure only: which measure
        // answers is weighed as before (`topic_cover` below leaves it out).
        let counted = match counted_by {
            Some(w) if question::states_count(own(range), w) => COUNTED_TOPIC,
            _ => 0.0,
        };
        // Parts of a sentence telling cases apart (「…集中采购方式:入围生产企业在3家及以上的,…;
        // 入围生产企业为2家的,…」) share what its first part opens with: the part stating the
        // case the question gives (只有两家企业入围), and not the part before, is the one it
        // asks about, and covers what that part does.
        let given = figures::given_case(&analysis.question, own(range));
        let covered = match i.checked_sub(1).map(|p| &pool[p]) {
            Some(previous)
                if given > 0.0
                    && text[previous.clone()].ends_with(';')
                    && previous.end <= range.start
                    && figures::given_case(&analysis.question, own(previous)) == 0.0 =>
            {
                cover_own(range).max(cover_own(previous))
            }
            _ => cover_own(range),
        };
        let c = covered + figures + GIVEN_CASE_TOPIC * given;
        if c > topic_cover + 1e-4 {
            topic_cover = c;
            topic_sentence = range.clone();
        }
        if c + counted > counted_choice.0 + 1e-4 {
            counted_choice = (c + counted, range.clone());
        }
        if lists_members && announces_list(own(range)) {
            let end = list_end(text, &sentences, range);
            let listed = cover_cut(range.start..end);
            let l = listed + figures + LIST_TOPIC;
            if listed > 0.0 && listed_choice.as_ref().is_none_or(|(b, _)| l > *b + 1e-4) {
                listed_choice = Some((l, range.clone()));
            }
        }
    }
    // The question's words found in an attribution only (the units it asks by) are
    // quoted with the topic: the nearest attribution after it that holds more than it does.
    candidate.asked_attribution = sentences
        .iter()
        .filter(|r| {
            r.start >= topic_sentence.end && super::quote::is_attribution(&text[(*r).clone()])
        })
        .find(|r| cover_cut((*r).clone()) > topic_cover + 1e-4)
        .cloned();
    // The sentence stating the count asked answers; the measure is weighed by its best
    // sentence as before.
    candidate.topic_sentence = match listed_choice {
        Some((l, listed)) if l > topic_cover + 1e-4 => listed,
        _ if counted_by.is_some() => counted_choice.1,
        _ => topic_sentence.clone(),
    };

    candidate.value = None;
    candidate.bound = false;
    let mut other_type = false;
    let mut value_cover = 0.0;
    let mut value_bonus = 0.0;
    // Asked who leads, an answering attribution that names only the units sharing the task.
    let mut sharing_only = false;
    if analysis.kind.wants_value() || count.is_some() || wants_figures(analysis) {
        let mut best: Option<(f32, Range<usize>, Range<usize>, f32)> = None;
        let carried = carried_covers(text, &sentences, cover_own);
        // A question counting one unit before 多少 (「一棵罚多少」) asks the rate per unit.
        let per_unit_asked = analysis.kind == Kind::Cost && RULES.asks_per_unit(&analysis.question);
        // Asked who does an act (谁来批, 由哪个部门来罚, 归哪个部门主管), the body bound to it.
        let asked_act = match analysis.kind {
            Kind::Who => RULES.who_roles.asked_act(&analysis.question),
            _ => None,
        };
        for (i, range) in sentences.iter().enumerate() {
            let sentence = &text[range.clone()];
            // The sentence with the parts after ; that go on with its case and body
            // (「…由…部门责令改正;拒不改正的,处…罚款」): the acts the body does.
            let with_continuations = &text[range.start..continued_end(text, &sentences, i)];
            // Parts of one statement joined by ; share its subject (「2022年底前,将小型社会投资
            // 项目…压缩至40个工作日;2023年底前,压缩至30个工作日」): a part stating a number the
            // question gives (到2023年) is the case asked, and covers what the part before it does.
            let sentence_cover = match i.checked_sub(1).map(|p| &sentences[p]) {
                Some(previous)
                    if text[previous.clone()].ends_with(';')
                        && figures::given_case(&analysis.question, sentence) > 0.0
                        && figures::given_case(&analysis.question, &text[previous.clone()])
                            == 0.0 =>
                {
                    cover_own(range).max(cover_own(previous))
                }
                // A sentence referring back (「2020年起,每年1月底前完成上述工作」) is about
                // what the sentences before it are: stating the case the question gives, it
                // covers what the best of them does.
                _ if RULES.anaphora.iter().any(|w| sentence.contains(w.as_str()))
                    && figures::given_case(&analysis.question, sentence) > 0.0 =>
                {
                    sentences[..i]
                        .iter()
                        .map(&cover_own)
                        .fold(cover_own(range), f32::max)
                }
                // The parts of a list a label opens (「本阶段主流程审批时限:政府投融资…项目34个
                // 工作日;社会投资房屋建筑项目24个工作日;…」) are each said of the label: a part
                // covers the label with its own words.
                _ => match list_label(text, &sentences, i) {
                    Some(label) => carried[i].max(cover_written(&format!("{label}{}", own(range)))),
                    None => carried[i],
                },
            };
            // A count question (几个环节) wants a count of what it counts, whatever its kind.
            let found = match count {
                // The case lacking a thing the question says its case lacks (没有远程监控) is
                // told apart from the case having it across the parts of a rule too (「…每班不少
                // 于两人;能够通过…远程监控系统…的,每班不少于一人」): the part stating the other
                // case is no answer, however many of the question's words it holds.
                Some(pattern) => bound_count(pattern, analysis, terms, sentence).map(|v| {
                    let absence = count_absence(pattern, analysis, terms, sentence, &v);
                    (0, v, absence)
                }),
                None if analysis.kind == Kind::Who => {
                    // Asked who takes part besides the lead, the units sharing the task;
                    // an attribution naming only the lead is the lesser evidence.
                    let roles = &RULES.who_roles;
                    let cooperating = roles.asks_cooperating(&analysis.question);
                    find_ranked_value(analysis.kind, sentence).map(|(r, v)| {
                        let v = charged_with_topic(sentence, r, v, &|duty: Range<usize>| {
                            cover_cut(range.start + duty.start..range.start + duty.end)
                        });
                        let (r, v) = match asked_act {
                            Some(act) if !does_act(with_continuations, &v, act) => {
                                body_doing(with_continuations, sentence.len(), act)
                                    .unwrap_or((r, v))
                            }
                            _ => (r, v),
                        };
                        match cooperating.then(|| roles.cooperating(sentence)) {
                            Some(Some(shared)) => (r, shared, 0.0),
                            Some(None) => (r + 1, v, 0.0),
                            None => (r, v, 0.0),
                        }
                    })
                }
                None => bound_value(analysis, terms, sentence, &mut other_type),
            };
            let Some((rank, value, subject_cover)) = found else {
                continue;
            };
            // The who value is the attribution, wherever it sits (a 牵头单位 clause first);
            // other values must be on topic, in the unit asked for when one is, their subject
            // the question's; among equally covering sentences the better kind of value (the
            // table's order) wins.
            let c = if analysis.kind == Kind::Who && count.is_none() {
                // A plan closes each item (or each part of a list sentence) with its
                // attribution: the one nearest after the topic sentence is the topic's.
                let after = range.start >= topic_sentence.start;
                let distance = range.start.saturating_sub(topic_sentence.end) as f32;
                // An attribution that names its own part before its label (「供热、供气缴费
                // 责任单位:…;供水缴费责任单位:…」, one per part of a list sentence) is the
                // part's: the one whose part holds the topic answers.
                // So is one naming its task after 负责 (「城市管理部门负责流动摊贩散煤污染防治的监督
                // 管理」): the task holding the topic says the body is the one asked.
                let duty = duty_span(sentence, &value);
                let part = cover_cut(range.start..range.start + value.start)
                    .max(cover_cut(range.start + duty.start..range.start + duty.end));
                let acts = asked_act.is_some_and(|act| does_act(with_continuations, &value, act));
                1.0 - rank as f32 * 0.1
                    + SUBJECT_WEIGHT * part
                    + if acts { ASKED_ACT } else { 0.0 }
                    + if after {
                        0.3 - 0.0001 * distance.min(1000.0)
                    } else {
                        0.0
                    }
            } else {
                let in_unit = analysis
                    .unit
                    .as_ref()
                    .is_some_and(|u| RULES.in_unit(&sentence[value.clone()], u));
                // A sum set per unit (「每株一千元以上一万元以下」) is in the unit a question
                // counting one unit asks (「行道树弄坏了一棵要罚多少」), as 天 is for 几天.
                let per_unit = per_unit_asked && sentence[value.clone()].starts_with(PER);
                sentence_cover + if in_unit || per_unit { IN_UNIT } else { 0.0 }
                    - rank as f32 * 0.02
                    + SUBJECT_WEIGHT * subject_cover
            };
            if best.as_ref().is_none_or(|(b, _, _, _)| c > *b + 1e-4) {
                let absolute = range.start + value.start..range.start + value.end;
                sharing_only = analysis.kind == Kind::Who
                    && RULES.who_roles.asks_lead(&analysis.question)
                    && RULES.who_roles.cooperating(sentence).is_some_and(|shared| {
                        shared.start <= value.start && value.end <= shared.end
                    });
                best = Some((c, range.clone(), absolute, subject_cover));
            }
        }
        if let Some((c, sentence, value, subject_cover)) = best {
            // A value in a sentence off the topic still answers when the title is on it.
            // (Read alone too: a clause of a penalty article covers the act its reference
            // names, which only the clause cut from the article's text shows.)
            let with_title = cover_written(&scoped(format!("{title} {}", &text[sentence.clone()])))
                .max(cover_cut(sentence.clone()));
            if c > 0.0 || with_title > 0.0 || terms.known == 0.0 {
                value_cover = with_title;
                // The subject chose among this measure's figures; measures are compared on
                // their sentences and the kind of value.
                value_bonus = c - cover_own(&sentence) - SUBJECT_WEIGHT * subject_cover;
                let local = value.start - sentence.start..value.end - sentence.start;
                candidate.bound = bound_to_topic(analysis, terms, &text[sentence.clone()], &local);
                candidate.value = Some((sentence, value));
            }
        }
    }
    candidate.other_type = candidate.value.is_none() && other_type;
    candidate.value_evidence = if candidate.value.is_some() {
        value_cover
    } else {
        0.0
    };
    // A who answer's value is the attribution (「牵头单位:市司法局」), which never names the
    // topic: the evidence that the measure is the one asked about is its topic sentence.
    let evidence = match &candidate.value {
        Some(_) if analysis.kind != Kind::Who || count.is_some() => value_cover,
        _ => cover_written(&scoped(format!("{title} {}", own(&topic_sentence))))
            .max(cover_own(&topic_sentence)),
    };
    candidate.evidence = evidence;
    candidate.quote_score = match &candidate.value {
        Some((sentence, _)) => 0.5 * cover_own(sentence) + 0.5 * value_cover + 0.3 + value_bonus,
        None if analysis.kind.wants_value() || count.is_some() => 0.5 * evidence,
        None => 0.5 * topic_cover.max(0.0) + 0.5 * evidence,
    };

    let mut score = candidate.fused + candidate.coverage + 0.5 * candidate.evidence;
    score += match candidate.region_match {
        RegionMatch::Unnamed => 0.0,
        RegionMatch::Exact => 0.6,
        RegionMatch::Inside => 0.4,
        // A containing place's measure applies, but the place's own and its parts' come first;
        // it still ranks above a measure of elsewhere.
        RegionMatch::Above => -0.25,
        RegionMatch::Other => -0.5,
    };
    if let Some((_, value)) = &candidate.value {
        // A plan names the lead of a task apart from the units sharing it (牵头单位 … 责任单位
        // …): asked who leads, a measure naming only the sharing units answers less than one
        // naming its lead, and no better than one without an attribution.
        score += if sharing_only { 0.0 } else { 0.2 };
        // A value in the unit asked for (多少小时 → 14小时) is the answer asked for.
        if let Some(unit) = &analysis.unit {
            if RULES.in_unit(&text[value.clone()], unit) {
                score += 0.3;
            }
        }
    }
    candidate.score = score;
}

/// Weight of a value in the unit the question asks for (几天 → 10日内; 一棵罚多少 → 每株…) when
/// a measure's sentences stating values are compared.
const IN_UNIT: f32 = 0.6;

/// How much of the question each sentence of `text` covers, where a part after ; that opens
/// with a word of `[continuations]` (「逾期不改正的,…处一万元以上十万元以下罚款」, 「情节严重的,
/// 处…」) covers at least what the part before it does: a penalty article states the act once
/// and goes on with the same act not corrected, done gravely or again, so the figure of such
/// a part is said of the act the part before names. `cover` gives a sentence's own share.
fn carried_covers(
    text: &str,
    sentences: &[Range<usize>],
    cover: impl Fn(&Range<usize>) -> f32,
) -> Vec<f32> {
    let mut carried: Vec<f32> = Vec::with_capacity(sentences.len());
    for (i, range) in sentences.iter().enumerate() {
        let own = cover(range);
        let goes_on = i > 0 && {
            let previous = &sentences[i - 1];
            text[previous.clone()].ends_with(';')
                && previous.end <= range.start
                && opens_continuation(&text[range.clone()])
        };
        carried.push(if goes_on {
            own.max(carried[i - 1])
        } else {
            own
        });
    }
    carried
}

/// Whether `part` opens with a word of `[continuations]` (after white space).
fn opens_continuation(part: &str) -> bool {
    let part = part.trim_start();
    RULES
        .continuations
        .iter()
        .any(|w| part.starts_with(w.as_str()))
}

/// The words of [`duty_span`].
#[cfg(test)]
fn duty<'s>(sentence: &'s str, value: &Range<usize>) -> &'s str {
    &sentence[duty_span(sentence, value)]
}

/// Where in `sentence` the task is that an attribution charges its body with (a span, so its
/// place in the measure's text is known): what follows the value (「…部门负责」) up to the end
/// of its clause or a bracket (「散煤销售的监督管理」). Empty for a label's value
/// (「牵头单位:…」), which ends its clause, and for an attribution in brackets (「(体育总局、教育部
/// 负责)重视和鼓励…」): a plan closes an item with it, so it names the body of what precedes,
/// and what follows the bracket is the next item's.
fn duty_span(sentence: &str, value: &Range<usize>) -> Range<usize> {
    let rest = &sentence[value.end..];
    let end = rest
        .find(|c: char| figures::CLAUSE_STOPS.contains(&c) || c == '(' || c == ')')
        .unwrap_or(rest.len());
    value.end..value.end + end
}

/// Weight of an attribution whose clause does the act a who question asks (审批, 罚款, 主管)
/// when a measure's attributions are compared: above the gap between the kinds of attribution
/// (a 「…具体负责」 ranks three kinds above a 「…主管…」), so the act asked decides.
const ASKED_ACT: f32 = 0.5;

/// Where in `sentence` the act of the attribution at `value` is written: from the body up to
/// the end of its part (；, 。) or the next attribution, whichever comes first (「市、县水行政
/// 主管部门主管…工作。节约用水管理机构具体负责…」, 「销售散煤的,由市场监督管理部门…罚款;…由生态
/// 环境主管部门…」): each body's own act, not its neighbour's.
///
/// A penalty article goes on with the same body in parts opening with a word of
/// `[continuations]` (「由…部门责令改正;拒不改正的,处…罚款」): the act of such a part is the
/// body's too.
fn act_span(sentence: &str, value: &Range<usize>) -> Range<usize> {
    let mut part_end = value.end;
    loop {
        match sentence[part_end..].find([';', '；', '。', '\n']) {
            Some(i) => {
                part_end += i;
                let stop = sentence[part_end..]
                    .chars()
                    .next()
                    .map_or(1, char::len_utf8);
                if !opens_continuation(&sentence[part_end + stop..]) {
                    break;
                }
                part_end += stop;
            }
            None => {
                part_end = sentence.len();
                break;
            }
        }
    }
    let next = find_values(Kind::Who, sentence)
        .into_iter()
        .map(|(_, v)| v.start)
        .find(|&start| start >= value.end)
        .unwrap_or(sentence.len());
    value.start..part_end.min(next)
}

/// Whether the attribution at `value` in `sentence` does act `act` of `[who_roles.acts]`.
fn does_act(sentence: &str, value: &Range<usize>, act: usize) -> bool {
    RULES
        .who_roles
        .writes_act(act, &sentence[act_span(sentence, value)])
}

/// The first attribution in the first `len` bytes of `sentence` (with its kind) whose clause
/// does act `act`: a regulation binds each body to its own act, and a who question naming the
/// act asks for the body bound to it, whatever kind of attribution names it.
fn body_doing(sentence: &str, len: usize, act: usize) -> Option<(usize, Range<usize>)> {
    find_values(Kind::Who, sentence)
        .into_iter()
        .find(|(_, v)| v.end <= len && does_act(sentence, v, act))
}

/// Where the statement of sentence `i` ends: past the parts after it that open with a word of
/// `[continuations]` (「逾期不改正的」「拒不改正的」), as [`carried_covers`] reads them.
fn continued_end(text: &str, sentences: &[Range<usize>], i: usize) -> usize {
    let mut end = sentences[i].end;
    for j in i + 1..sentences.len() {
        let previous = &sentences[j - 1];
        if text[previous.clone()].ends_with(';')
            && previous.end <= sentences[j].start
            && opens_continuation(&text[sentences[j].clone()])
        {
            end = sentences[j].end;
        } else {
            break;
        }
    }
    end
}

/// Among the attributions of `sentence` of the kind `rank` found first (`first`), the one whose
/// task covers most of the question. A regulation assigns duties body by body in one article
/// (「(三)生态环境主管部门负责燃煤…;(四)市场监督管理部门负责散煤销售的监督管理;(六)城市管理部门
/// 负责流动摊贩散煤污染防治的监督管理」, 「教育部负责试点工作的统筹指导,各省级教育行政部门负责
/// 组织领导本省份试点工作」): the body charged with the matter asked answers, not the first named.
/// The first keeps ties. `cover` weighs a task by its span in `sentence` ([`duty_span`]).
fn charged_with_topic(
    sentence: &str,
    rank: usize,
    first: Range<usize>,
    cover: &impl Fn(Range<usize>) -> f32,
) -> Range<usize> {
    let mut best = (cover(duty_span(sentence, &first)), first);
    for (r, value) in find_values(Kind::Who, sentence) {
        if r != rank || value == best.1 {
            continue;
        }
        let c = cover(duty_span(sentence, &value));
        if c > best.0 + 1e-4 {
            best = (c, value);
        }
    }
    best.1
}

/// Whether `text` states a quantity: a figure in digits, a share (百分之八十, 80%, 八折), a
/// sum (一千元) or a count or span in Chinese numerals before a unit of
/// `data/quantities.toml` (十五日, 三个月).
fn states_quantity(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
        || !find_figures("percent", text).is_empty()
        || figures::is_priced(text)
        || !crate::search::vocabulary::written_quantities(text).is_empty()
}

/// Whether `rest` (what follows a title in its sentence) holds nothing but punctuation and
/// white space: the sentence is the title itself.
fn is_bare_close(rest: &str) -> bool {
    rest.chars()
        .all(|c| c.is_whitespace() || "。.:：;；,，!！?？".contains(c))
}

/// The subject the divisions of a regulation an untitled article stands under name once for
/// all their articles (「第二章子女教育」 → 子女教育; [`crate::measure::Measure::division_subjects`]):
/// empty for a measure with a title of its own or under no such division.
pub(crate) fn division_subject(m: &crate::measure::Measure) -> String {
    if m.title.is_some() {
        return String::new();
    }
    m.division_subjects().collect::<Vec<_>>().join(" ")
}

/// Weight of how much of the question a figure's own subject (its clause, item or place in a
/// respective list) covers, when choosing among a measure's figures.
const SUBJECT_WEIGHT: f32 = 0.5;

/// Added to a figure's subject cover when the figure itself (a number with its bound) holds a
/// word of the question (最长, 最多): more than any one word of the clause around can add. A
/// value that is a word (补贴) gets none: it is the topic, not a bound of it.
const BOUND_WEIGHT: f32 = 0.5;

/// The word a sum set per unit opens with (「每只十元」).
const PER: &str = "每";

/// The value of `sentence` that answers: among the figures of the kind wanted, those of the
/// type the question asks for (费率 → a percentage), neither replaced by a later one in their
/// clause (由3000元降至1800元) nor a term of a formula (×100%) nor a day of a date nor a duration qualifying a noun other than
/// the question's own topic (「24小时自助服务区」; but 「24小时退税」 for 退税多快 is how long
/// 退税 takes), the one whose subject covers most of the
/// question (the table's order, then the leftmost, breaking ties). (pattern index, byte range,
/// subject cover).
/// `other_type` is set when the sentence states values of the kind but the question asks for a
/// type of figure.
fn bound_value(
    analysis: &Analysis,
    terms: &Terms,
    sentence: &str,
    other_type: &mut bool,
) -> Option<(usize, Range<usize>, f32)> {
    // A list or precedent question naming a type of figure (各地预留多少份额) wants the figures
    // of that type; other kinds, the values of their kind.
    let values = match analysis.figure {
        Some(figure) if wants_figures(analysis) => find_figures(figure, sentence),
        _ => figures::with_elided(sentence, find_values(analysis.kind, sentence)),
    };
    if !values.is_empty() && analysis.figure.is_some() {
        *other_type = true;
    }
    let ranges: Vec<Range<usize>> = values.iter().map(|(_, r)| r.clone()).collect();
    let opening = figures::opening_case(sentence, &ranges);
    // The condition the sentence opens with, when the question gives its case by a quantity
    // (「赌了两三百块」; 「个人参赌在一百元以上不满五百元的,」): its bounds say which case, no
    // answer, and the figures after it are that case's (read with it for the case given).
    let condition = figures::opening_condition(sentence, &ranges)
        .filter(|_| figures::gives_amount(&analysis.question));
    let ahead_asked = matches!(analysis.kind, Kind::Time | Kind::Deadline)
        && RULES
            .count
            .ahead_asked
            .iter()
            .any(|w| analysis.question.contains(w.as_str()));
    // A sum is written with its currency (1100元); a bare magnitude beside one (超过100万的城市)
    // counts something else: people, households, square metres.
    let priced = analysis.figure == Some("money")
        && ranges
            .iter()
            .any(|r| figures::is_priced(&sentence[r.clone()]));
    let lacked = lacked_words(analysis, terms);
    let attribute = asked_attribute(terms, sentence);
    let limit_asked = RULES.comparisons.limit_asked(&analysis.question);
    // The noun the question counts the time of (按多少个月工资给: 工资): a duration before
    // 的 qualifying it is the figure asked ([`Terms::heads`]).
    let counted_after = RULES.count.counted_after(&analysis.question);
    let per_unit_asked = analysis.kind == Kind::Cost && RULES.asks_per_unit(&analysis.question);
    // A bound asked (最长多少天结案) is stated by the bound (最长不超过15天), not by the act.
    let acts_asked = if matches!(analysis.kind, Kind::Time | Kind::Deadline)
        && analysis.figure.is_none()
        && limit_asked.is_none()
    {
        acts_after_asking(terms, analysis.kind, &analysis.question)
    } else {
        Vec::new()
    };
    // The figures whose subject names something of the question: where each starts, which
    // words of the question it holds, whether it is the case lacking something asked.
    let mut named: Vec<(usize, Vec<usize>, bool)> = Vec::new();
    let mut scored: Vec<Scored> = Vec::new();
    // Asked how much (多少补贴), a sentence stating sums answers with one, not with the word
    // naming what they are ([`names_given`]).
    let sums_asked = asks_amount(&analysis.question)
        && values.iter().any(|(_, r)| is_numeric(&sentence[r.clone()]));
    for (rank, value) in values {
        let value_start = value.start;
        if priced && figures::is_bare_magnitude(&sentence[value.clone()]) {
            continue;
        }
        if sums_asked && names_given(&sentence[value.clone()]) {
            continue;
        }
        let fee_rate = analysis.figure == Some("money")
            && figures::is_rate_of_fee(
                &terms.words,
                &sentence[figures::clause(sentence, &value)],
                &sentence[value.clone()],
            );
        if !(fee_rate || figures::fits(analysis.figure, &sentence[value.clone()]))
            || figures::is_replaced(sentence, &value)
            || figures::is_day_of_month(sentence, &value)
            || figures::is_formula_term(sentence, &value)
            // A date of a text's adoption, amendment or repeal (「…会议通过的《…》同时废止」)
            // is its history, not the date a rule applies from or a task is due by.
            || (analysis.kind == Kind::Deadline
                && RULES
                    .history
                    .dates_history(&analysis.question, &sentence[value.end..]))
            || (analysis.kind == Kind::Time
                && !RULES.count.is_frequency(&sentence[value.clone()])
                && figures::is_attribute(sentence, &value)
                && !terms.opens(&sentence[value.end..])
                && !terms.heads(&sentence[value.end..], counted_after))
            || figures::is_given(&analysis.question, &sentence[value.clone()])
            || condition.as_ref().is_some_and(|c| value.end <= c.end)
            // A date or span qualifying who must act (「每年12月31日前年满18岁的男性公民,应当于
            // 当年9月30日前…登记」) is no time of the duty when the duty states one of its own.
            || (matches!(analysis.kind, Kind::Time | Kind::Deadline)
                && figures::qualifies_duty_subject(sentence, &value)
                && ranges.iter().any(|r| {
                    r.start >= figures::clause(sentence, &value).end
                }))
            || (is_threshold(limit_asked, sentence, &value)
                && !states_span(limit_asked, &sentence[value.clone()]))
        {
            continue;
        }
        let subject = figures::subject(sentence, &value, &ranges);
        // The clause before stating the question's own condition (「不超过100万的城市,」 for
        // 不到100万的城市) says whose figure it is.
        let subject = match subject.start {
            start if start > 0 => {
                let stop = sentence[..subject.start]
                    .char_indices()
                    .next_back()
                    .map_or(0, |(i, _)| i);
                let before = figures::clause(sentence, &(stop..stop));
                if before.start < subject.start
                    && figures::only_given(&analysis.question, &sentence[before.clone()])
                {
                    before.start..subject.end
                } else {
                    subject
                }
            }
            _ => subject,
        };
        // A figure stating the question's own bound (「最长不超过100个工作日」 for 最长多少天)
        // is the one asked, whatever the words of the clauses around. A plan writes the
        // bound word once for the ceilings of a sentence, or not at all (「全流程审批时间最长不
        // 超过100个工作日,…简易低风险项目不超过15个工作日」): each figure set as a limit on the
        // side asked (a comparison before its number, [`figures::limit_set`]) states one, and
        // its subject says whose.
        let figure = &sentence[value.clone()];
        let states_limit =
            limit_asked.is_some() && figures::limit_set(sentence, &value) == limit_asked;
        let numeric = is_numeric(figure);
        // So is the rate of the fee asked (担保费 → 担保费率…1%), not the sum it is charged on.
        // Between figures whose subjects name as much of the question, the one written right
        // after the attribute the question asks (「月销售额15万元以下的小规模纳税人免征…」 for
        // 免征增值税月销售额标准) is its value; the other is what the case gets.
        let of_attribute = attribute.is_some_and(|i| {
            let before = RULES.comparisons.attribute_before(&sentence[..value.start]);
            terms.variants[i]
                .iter()
                .any(|v| before.ends_with(v.as_str()))
        });
        // A question counting one unit before 多少 (「一只罚多少」) asks the rate per unit: the
        // figure written with 每 and its classifier (「每只十元」) states it.
        let per_unit = per_unit_asked && figure.starts_with(PER);
        let bound = if fee_rate
            || per_unit
            || (numeric && (terms.count_share(figure) > 0.0 || states_limit))
        {
            BOUND_WEIGHT
        } else {
            0.0
        };
        // Plans tell cases apart by what they lack (「有电力外线工程和无电力外线工程的…分别不超过
        // 40个和11个工作日」); a question saying its case lacks something (没有外线工程) asks for
        // the figure of the case written with a word of absence.
        let absence = absence_weight(analysis, terms, &lacked, &sentence[subject.clone()]);
        // A number the question gives (到2023年, 不到100万的城市) says which case it asks: the
        // figure whose subject or clause states it, on the same side of the threshold. The
        // clause too, for the items of a respective list share what it opens with (「10千伏有…
        // 和无…工程的…分别不超过40个和11个工作日」).
        let clause = figures::clause(sentence, &value);
        let stated = subject.start.min(clause.start)..subject.end.max(clause.end);
        // The figure itself is what the case gets, not the case: a fine's span (「处以一百元以上
        // 五百元以下罚款」) must not read as holding the sum the asker gives (两三百块), which
        // the condition before it (「参赌在一百元以上不满五百元的」) states.
        let case_text = format!(
            "{}{}{}",
            match &condition {
                Some(c) if c.end <= stated.start => &sentence[c.clone()],
                _ => "",
            },
            &sentence[stated.start..value.start.max(stated.start)],
            &sentence[value.end.min(stated.end)..stated.end]
        );
        let given = figures::given_case(&analysis.question, &case_text);
        // A time limit is written before the act it bounds (「…2个工作日内给予答复,12个工作日
        // 内予以解决」), and the asker writes that act after the asking word (「诉求多少天内要
        // 解决」): the figure whose clause goes on with the act asked is the one asked.
        let act = if acts_asked.is_empty() {
            0.0
        } else {
            let after = &sentence[value.end..clause.end];
            if acts_asked.iter().any(|&i| terms.holds(i, after)) {
                ACT_WEIGHT
            } else {
                0.0
            }
        };
        // Asked how long ahead (提前几天报备), a notice period answers: the figure counted back
        // from the event, written after 前 (「转移活动实施前五日内…备案」) or 提前, not the time
        // allowed after it (「使用活动结束后十日内」).
        let ahead = if ahead_asked
            && (RULES
                .count
                .ahead_written
                .iter()
                .any(|w| sentence[clause.start..value.start].ends_with(w.as_str()))
                || RULES
                    .count
                    .ahead_asked
                    .iter()
                    .any(|w| sentence[value.clone()].starts_with(w.as_str())))
        {
            ACT_WEIGHT
        } else {
            0.0
        };
        // A statement giving one figure per place (「朝阳区…为每平方米四十五元;延庆区为每平方米
        // 三十五元」) is asked of the place the question names: the place is the region the
        // question is filtered by, no topic word, so its clause says whose figure it is.
        let place = if names_asked_place(analysis, &sentence[stated.clone()]) {
            PLACE_WEIGHT
        } else {
            0.0
        };
        // A title written after a grade prefix the question does not write (高级技师 for a
        // question of 技师) is another grade's: the subject does not name the one asked.
        // The case the sentence opens with is said of every figure after it.
        let subject_text = match &opening {
            Some(case) if case.end <= subject.start => {
                format!("{}{}", &sentence[case.clone()], &sentence[subject.clone()])
            }
            _ => sentence[subject.clone()].to_owned(),
        };
        // An item of a respective list is read with the words its list shares after the
        // last item (「省、市级制造业创新中心,分别给予200万元、50万元」: 省 with 制造业创新中心).
        let subject_text = match figures::shared_words(sentence, &value, &ranges) {
            Some(tail) => format!("{subject_text}{}", &sentence[tail]),
            None => subject_text,
        };
        let cover = terms.count_share(&subject_text)
            - terms.other_grade_share(&subject_text, &analysis.question)
            + bound
            + absence
            + given
            + act
            + ahead
            + place;
        // The items of an enumeration share what their clause opens with (「低压小微企业办电
        // 压缩至2个环节、业务办理时长压缩至5个工作日」: both figures are 低压小微企业's), so
        // when the figures' own subjects tie, the clause that names more of the question wins.
        let shared = terms.count_share(&sentence[figures::clause(sentence, &value)]);
        let held: Vec<usize> = terms
            .distinctive()
            .filter(|&i| terms.holds(i, &sentence[subject.clone()]))
            .collect();
        if !held.is_empty() {
            named.push((value_start, held, absence > 0.0));
        }
        scored.push(Scored {
            rank,
            value,
            cover,
            of_attribute,
            shared,
            stated,
        });
    }
    let mut best: Option<(usize, Range<usize>, f32, bool, f32)> = None;
    for figure in &scored {
        let (rank, cover, shared) = (figure.rank, figure.cover, figure.shared);
        let better = best.as_ref().is_none_or(|(r, _, c, a, s)| {
            let tie = |x: f32, y: f32| (x - y).abs() <= 1e-4;
            cover > *c + 1e-4
                || (tie(cover, *c) && figure.of_attribute && !*a)
                || (tie(cover, *c)
                    && figure.of_attribute == *a
                    && (shared > *s + 1e-4 || (tie(shared, *s) && rank < *r)))
        });
        if better {
            best = Some((
                rank,
                figure.value.clone(),
                cover,
                figure.of_attribute,
                shared,
            ));
        }
    }
    // The case asked may state the attribute asked in words, with no figure of its own
    // (「…均不低于20%,省级担保…承担的风险责任比例不低于国家融资担保基金承担的比例」 for 省级机构
    // 风险分担比例): the clause naming the case answers, not another case's figure.
    if let Some((rank, value, cover, _, _)) = &best {
        if let Some(case) = figureless_case(analysis, terms, sentence, &scored, value) {
            return Some((*rank, case, *cover));
        }
    }
    // A question naming two or more of the subjects of a list that shares one unit, each by
    // words the others lack (「自来水 燃气 暖气接入要几个工作日」 of 「自来水、燃气、暖气分别在
    // 3个、6个、12个工作日」), asks for the whole list; one telling its case by what it lacks
    // asks for that case's.
    best.map(
        |(rank, value, cover, _, _)| match figures::list_span(sentence, &value) {
            Some(list) if names_several(&named, &list) => (rank, list, cover),
            _ => (rank, value, cover),
        },
    )
}

/// Whether `figure` is a span (「一万元以上十万元以下」) holding the limit asked: its first
/// number reads as a threshold on the other side (以上), but its upper bound is the ceiling a
/// question of 最多 asks ([`figures::span_bound`]). The span answers whole: it states the
/// limit asked with the other one, as askers and rules read it (「一至三个月」 for 最多还能请多久),
/// and a bound alone would hide that the fine or leave may be less.
fn states_span(limit_asked: Option<Side>, figure: &str) -> bool {
    limit_asked.is_some_and(|side| figures::span_bound(figure, side).is_some())
}

/// Whether `question` asks a number (几, 多少: `asking_numbers` of `[count]`).
fn asks_amount(question: &str) -> bool {
    RULES
        .count
        .asking_numbers
        .iter()
        .any(|w| question.contains(w.as_str()))
}

/// Whether `value` holds a numeral, Arabic or Chinese.
fn is_numeric(value: &str) -> bool {
    value
        .chars()
        .any(|c| c.is_ascii_digit() || "一二三四五六七八九十两半".contains(c))
}

/// Whether `value` is a word naming what is given (补贴), no sum (`[given_words]`).
fn names_given(value: &str) -> bool {
    RULES.given_words.iter().any(|w| w == value)
}

/// Added to a time figure's subject cover when its clause goes on with the act the question
/// names after its asking word: as much as a bound word asked.
const ACT_WEIGHT: f32 = BOUND_WEIGHT;

/// The topic words a question writes after its last asking word (几, 多少, 多久, 多长: the
/// `asking` words of `[comparisons]`; for a date, 什么时候, 哪天: its `asking_dates`) within
/// its clause: the act whose time it asks (「诉求多少天内要解决」 → 解决, 「条例哪天开始实行」
/// → 实行).
fn acts_after_asking(terms: &Terms, kind: Kind, question: &str) -> Vec<usize> {
    let asking = if kind == Kind::Deadline {
        &RULES.comparisons.asking_dates
    } else {
        &RULES.comparisons.asking
    };
    let Some(at) = asking
        .iter()
        .filter_map(|w| question.rfind(w.as_str()).map(|i| i + w.len()))
        .max()
    else {
        return Vec::new();
    };
    let rest = &question[at..];
    let rest = &rest[..rest.find(figures::CLAUSE_STOPS).unwrap_or(rest.len())];
    (0..terms.words.len())
        .filter(|&i| terms.is_known(i) && terms.weights[i] > 0.0 && terms.holds(i, rest))
        .collect()
}

/// The attribute a question asks the figure of: the last of its known topic words (in the
/// question's order) that `sentence` holds. Chinese puts the attribute asked last, right
/// before the question word (「小规模纳税人免征增值税月销售额标准」, 「融资担保费率是多少」): what
/// comes before it says whose attribute it is.
fn asked_attribute(terms: &Terms, sentence: &str) -> Option<usize> {
    let lower = sentence.to_lowercase();
    (0..terms.words.len()).rev().find(|&i| {
        terms.is_known(i) && terms.weights[i] > 0.0 && terms.holds_in(i, sentence, &lower)
    })
}

/// The clause of `sentence` naming the question's case in words where the chosen figure's
/// subject does not: it holds distinctive words of the question the figure's subject and
/// clause lack (and lacks none they hold), names the attribute the question asks for (比例
/// for a percentage, 费用 for money: the cues of its figure type) and states no figure of
/// its own. Only for a question asking for a type of figure.
fn figureless_case(
    analysis: &Analysis,
    terms: &Terms,
    sentence: &str,
    scored: &[Scored],
    chosen: &Range<usize>,
) -> Option<Range<usize>> {
    let figure = analysis.figure?;
    let chosen = scored.iter().find(|f| f.value == *chosen)?;
    let held_in = |text: &str| -> Vec<usize> {
        terms
            .distinctive()
            .filter(|&i| terms.holds(i, text))
            .collect()
    };
    let named = held_in(&sentence[chosen.stated.clone()]);
    let mut start = 0;
    for (at, c) in sentence
        .char_indices()
        .chain(std::iter::once((sentence.len(), '。')))
    {
        if !figures::CLAUSE_STOPS.contains(&c) {
            continue;
        }
        let clause = start..at;
        start = at + c.len_utf8();
        let text = &sentence[clause.clone()];
        let overlaps = scored
            .iter()
            .any(|f| f.stated.start < clause.end && clause.start < f.stated.end);
        if text.trim().is_empty() || overlaps || asked_figure(text) != Some(figure) {
            continue;
        }
        let held = held_in(text);
        if held.iter().any(|i| !named.contains(i)) && named.iter().all(|i| held.contains(i)) {
            return Some(clause);
        }
    }
    None
}

/// A figure of a sentence weighed for the question: its pattern index and range, the share of
/// the question its subject (and the case and bound it states) covers, the share its clause
/// covers.
struct Scored {
    rank: usize,
    value: Range<usize>,
    cover: f32,
    /// Whether it is written right after the attribute the question asks.
    of_attribute: bool,
    shared: f32,
    /// The figure's subject and clause: where the case it is said of is written.
    stated: Range<usize>,
}

/// Whether `value` is a threshold the case must pass when the question asks a limit: stated on
/// the other side (「累计超过15000元的部分…在80000元限额内据实扣除」 for 最多能扣多少). Like a
/// figure the question gives, a condition, never the limit asked.
fn is_threshold(limit_asked: Option<Side>, sentence: &str, value: &Range<usize>) -> bool {
    limit_asked.is_some_and(|asked| {
        figures::side_of(sentence, value).is_some_and(|written| written != asked)
    })
}

/// Whether `named` (each figure's start, the question's words its subject holds, whether its
/// case is the one lacking something asked) names two or more figures of `list`, each by a word
/// none of the others holds, and none as the case lacking something.
fn names_several(named: &[(usize, Vec<usize>, bool)], list: &Range<usize>) -> bool {
    let members: Vec<&(usize, Vec<usize>, bool)> = named
        .iter()
        .filter(|(at, _, _)| list.start <= *at && *at < list.end)
        .collect();
    members.len() >= 2
        && members.iter().all(|(_, _, absent)| !absent)
        && members.iter().all(|(at, held, _)| {
            held.iter().any(|i| {
                members
                    .iter()
                    .filter(|(other, _, _)| other != at)
                    .all(|(_, others, _)| !others.contains(i))
            })
        })
}

/// Added to a figure's subject cover when its subject or clause names the place the question
/// names: as much as the whole question, for the place is the case asked.
const PLACE_WEIGHT: f32 = 1.0;

/// Whether `text` names the place the question names, by its full name (延庆区) or its short
/// form (延庆: [`crate::corpus::gazetteer::short_form`]).
fn names_asked_place(analysis: &Analysis, text: &str) -> bool {
    analysis.place.as_ref().is_some_and(|place| {
        let short = crate::corpus::gazetteer::short_form(&place.name);
        text.contains(place.name.as_str()) || (short.chars().count() >= 2 && text.contains(short))
    })
}

/// Added to a figure's subject cover when the question says its case lacks something and the
/// subject is the case written with a word of absence: as much as the whole question, for the
/// words the cases share are often written with one of them only (「10千伏有…和无…」).
const ABSENCE_WEIGHT: f32 = 1.0;

/// The question's topic words naming what its case lacks (远程监控 of 「如果没有远程监控」:
/// [`crate::question::rules::Absence::lacked`]).
fn lacked_words(analysis: &Analysis, terms: &Terms) -> Vec<usize> {
    let spans = RULES.absence.lacked(&analysis.question);
    (0..terms.words.len())
        .filter(|&i| {
            spans
                .iter()
                .any(|span| span.contains(terms.words[i].as_str()))
        })
        .collect()
}

/// What a figure's `subject` says of the case the question gives by what it lacks: the case
/// written with a word of absence (「无电力外线工程的…」 for 没有外线工程) is the one asked
/// ([`ABSENCE_WEIGHT`]); one holding what the question's case lacks (`lacked`:
/// [`lacked_words`]) written without a word of absence (「能够通过…远程监控系统…的,每班不少于
/// 一人」 for 没有远程监控) is the case that has it, the other one: the question names its words
/// only to exclude them (minus as much).
fn absence_weight(analysis: &Analysis, terms: &Terms, lacked: &[usize], subject: &str) -> f32 {
    if !RULES.absence.is_asked(&analysis.question) {
        return 0.0;
    }
    if RULES.absence.is_absent(subject) {
        ABSENCE_WEIGHT
    } else if lacked.iter().any(|&i| affirms(terms, i, subject)) {
        -ABSENCE_WEIGHT
    } else {
        0.0
    }
}

/// Characters of a negation (未取得, 不具备, 无, 没有, 非): a thing written after one in its
/// clause is not had.
const NEGATING: &str = "未不无没非";

/// Whether `subject` writes topic word `i` (or a form of it) as had: with no negation before
/// it in its clause (「能够通过…远程监控系统」, not 「未取得燃气经营许可」).
fn affirms(terms: &Terms, i: usize, subject: &str) -> bool {
    terms.variants[i].iter().any(|form| {
        subject.match_indices(form.as_str()).any(|(at, _)| {
            let clause = subject[..at]
                .rfind([',', ';', ':', '。'])
                .map_or(0, |stop| stop + 1);
            !subject[clause..at].contains(|c: char| NEGATING.contains(c))
        })
    })
}

/// The count of `sentence` that answers: when it counts for several subjects (「用水报装…2个
/// 环节;用气报装…有外线工程的…3个环节」), the one whose subject (its clause, item or place in
/// a respective list: [`figures::subject`]) covers most of the question; the pattern's own
/// choice (the first, the new count after a reduction) when none covers more.
fn bound_count(
    pattern: &CountPattern,
    analysis: &Analysis,
    terms: &Terms,
    sentence: &str,
) -> Option<Range<usize>> {
    let all = pattern.find_all(sentence);
    let chosen = pattern.pick(sentence, &all)?;
    let lacked = lacked_words(analysis, terms);
    let cover = |r: &Range<usize>| {
        let subject = &sentence[figures::subject(sentence, r, &all)];
        terms.count_share(subject) + absence_weight(analysis, terms, &lacked, subject)
    };
    let mut best = (cover(&chosen), chosen);
    for range in &all {
        let c = cover(range);
        if c > best.0 + 1e-4 {
            best = (c, range.clone());
        }
    }
    Some(best.1)
}

/// What the subject of count `value` of `sentence` says of the case the question gives by what
/// it lacks ([`absence_weight`]).
fn count_absence(
    pattern: &CountPattern,
    analysis: &Analysis,
    terms: &Terms,
    sentence: &str,
    value: &Range<usize>,
) -> f32 {
    if !RULES.absence.is_asked(&analysis.question) {
        return 0.0;
    }
    let all = pattern.find_all(sentence);
    let lacked = lacked_words(analysis, terms);
    let subject = &sentence[figures::subject(sentence, value, &all)];
    absence_weight(analysis, terms, &lacked, subject)
}

/// Whether figure `value` of `sentence` is said of the question's topic: its subject (its
/// clause, item or place in a respective list: [`figures::subject`]) holds a distinctive word
/// of the question, or it is the only figure of its kind in a sentence that holds one — a plan
/// states one figure of everything its sentence enumerates (「营业执照申领、印章刻制…合并为一次
/// 申报,企业开办全流程“1日办结”」). What lets a measure ranked below the first few answer.
pub(crate) fn bound_to_topic(
    analysis: &Analysis,
    terms: &Terms,
    sentence: &str,
    value: &Range<usize>,
) -> bool {
    let figures: Vec<Range<usize>> = find_values(analysis.kind, sentence)
        .into_iter()
        .map(|(_, r)| r)
        .collect();
    let holds = |t: &str| terms.distinctive().any(|i| terms.holds(i, t));
    holds(&sentence[figures::subject(sentence, value, &figures)])
        || (figures.len() == 1 && holds(sentence))
}

/// Whether the question asks for a type of figure that its kind has no values of: a list or
/// precedent question asks each measure for it ([`lists_figures`]), and a question of another
/// kind naming the type (「一次办好比例要达到多少」: a percentage) asks for a figure all the same,
/// as does any question naming a type its kind's values do not hold (多久开一次会: how often).
pub(crate) fn wants_figures(analysis: &Analysis) -> bool {
    let any_kind = analysis
        .figure
        .is_some_and(crate::question::values::wanted_by_any_kind);
    analysis.figure.is_some()
        && (lists_figures(analysis) || !analysis.kind.wants_value() || any_kind)
}

/// Whether the question asks several measures (a list, precedents) for a type of figure
/// (「各地政府采购给中小企业预留多少份额」): each region's answer is its figure.
pub(crate) fn lists_figures(analysis: &Analysis) -> bool {
    analysis.kind.is_list() && analysis.figure.is_some()
}

/// How sure we are that a candidate answers: the share of the topic (weighted by rarity, the
/// words no measure holds included) it and its evidence cover.
pub(crate) fn confidence(c: &Candidate) -> f32 {
    0.5 * c.coverage + 0.5 * c.evidence
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::vocabulary::RegionAliases;

    #[test]
    fn among_duties_assigned_body_by_body_the_one_charged_with_the_topic_answers() {
        let s = "(三)生态环境主管部门负责燃煤大灶等散煤设施设备拆改的监督管理;(四)市场监督管理部门负责散煤销售的监督管理;(六)城市管理部门负责流动摊贩散煤污染防治的监督管理;";
        let cover = |d: Range<usize>| {
            if s[d].contains("流动摊贩") {
                1.0
            } else {
                0.0
            }
        };
        let (rank, first) = find_ranked_value(Kind::Who, s).expect("an attribution");
        assert!(s[first.clone()].starts_with("生态环境"));
        let chosen = charged_with_topic(s, rank, first.clone(), &cover);
        assert_eq!(&s[chosen.clone()], "城市管理部门负责");
        assert_eq!(duty(s, &chosen), "流动摊贩散煤污染防治的监督管理");
        // An attribution in brackets closes what precedes it: what follows is no task of its.
        let closed = "营造良好的准入环境。(市场监管总局负责)加强创新创业教育服务。";
        let (_, v) = find_ranked_value(Kind::Who, closed).expect("an attribution");
        assert_eq!(duty(closed, &v), "");
        // No task holding the topic: the first keeps it.
        let none = |_: Range<usize>| 0.0;
        assert_eq!(charged_with_topic(s, rank, first.clone(), &none), first);
    }

    #[test]
    fn a_regulation_s_chapter_names_its_articles_subject() {
        let article = |section: &str, title: Option<&str>| crate::measure::Measure {
            section: section.into(),
            title: title.map(Into::into),
            ..Default::default()
        };
        assert_eq!(
            division_subject(&article("第二章子女教育", None)),
            "子女教育"
        );
        assert_eq!(
            division_subject(&article("第三章 法律责任 > 第一节 一般规定", None)),
            "法律责任 一般规定"
        );
        // The general provisions name no subject; a plan's headings are no chapters; a
        // measure with its own title is read by it.
        assert_eq!(division_subject(&article("第一章总则", None)), "");
        assert_eq!(
            division_subject(&article("三、主要措施 > (七)跨境贸易", None)),
            ""
        );
        assert_eq!(
            division_subject(&article("第二章子女教育", Some("扣除"))),
            ""
        );
    }

    #[test]
    fn the_parts_of_a_labelled_list_are_each_said_of_the_label() {
        let text = "本阶段主流程审批时限:政府投资项目34个工作日;社会投资房屋建筑项目24个工作日;一般工业项目20个工作日。另行规定:1个工作日。";
        let sentences = crate::ask::sentences::sentences(text);
        assert_eq!(list_label(text, &sentences, 0), None);
        assert_eq!(
            list_label(text, &sentences, 1),
            Some("本阶段主流程审批时限:")
        );
        assert_eq!(
            list_label(text, &sentences, 2),
            Some("本阶段主流程审批时限:")
        );
        // A new statement after 。 is no part of the list.
        assert_eq!(list_label(text, &sentences, 3), None);
    }

    /// Asked how much of a grant (多少生活补贴), a sentence stating the sums answers with the
    /// sum of the case asked, not with the word naming the grant.
    #[test]
    fn how_much_of_a_grant_is_answered_by_its_sum() {
        let (_dir, engine) = crate::ask::engine_of(&["人工智能企业生活补贴。", "技师补贴。"]);
        let a = question::analyze(
            "人工智能企业招了应届硕士,每年能拿多少生活补贴",
            engine.region_aliases(),
        );
        let terms = Terms::of(&engine, &a.words, &a.markers, 2);
        let sentence = "对园区内人工智能企业新引进的全日制应届博士、硕士,连续3年每年分别给予5000元、3000元的生活补贴。";
        let (_, v, _) = bound_value(&a, &terms, sentence, &mut false).unwrap();
        assert!(is_numeric(&sentence[v.clone()]), "{}", &sentence[v]);
    }

    /// A law opening with its case says it of every figure after; asked how long ahead, the
    /// period counted back from the event answers, asked what follows the event, the one after.
    #[test]
    fn the_opening_case_and_the_period_ahead_tell_a_sentence_s_limits_apart() {
        let (_dir, engine) = crate::ask::engine_of(&["射线装置转移备案。", "放射性同位素注销。"]);
        let sentence = "跨省辖市转移使用放射性同位素和射线装置的,应当在转移活动实施前五日内向使用地环境保护行政主管部门备案,使用活动结束后十日内办理备案注销手续。";
        let value = |q: &str| {
            let a = question::analyze(q, engine.region_aliases());
            let terms = Terms::of(&engine, &a.words, &a.markers, 2);
            let (_, v, _) = bound_value(&a, &terms, sentence, &mut false).unwrap();
            sentence[v].to_string()
        };
        assert!(value("射线装置从一个市拿到另一个市用,要提前几天报备").contains("五日"));
        assert!(value("放射性同位素用完以后多少天内要去注销备案").contains("十日"));
    }

    #[test]
    fn a_figure_given_per_place_is_the_one_of_the_place_the_question_names() {
        let (_dir, engine) = crate::ask::engine_of(&["耕地占用税适用税额。"]);
        let a = question::analyze(
            "北京延庆占用耕地建房,耕地占用税每平方米多少钱",
            engine.region_aliases(),
        );
        let terms = Terms::of(&engine, &a.words, &a.markers, 2);
        let value = |sentence: &str| {
            let (_, v, _) = bound_value(&a, &terms, sentence, &mut false).unwrap();
            sentence[v].to_string()
        };
        // A sum set per unit keeps its 每 and classifier: it is a rate, not a total.
        assert_eq!(
            value("朝阳区、海淀区为每平方米四十五元,延庆区为每平方米三十五元"),
            "每平方米三十五元"
        );
        assert_eq!(
            value("延庆区为每平方米三十五元,朝阳区、海淀区为每平方米四十五元"),
            "每平方米三十五元"
        );
    }

    #[test]
    fn a_part_opening_with_a_continuation_covers_what_the_part_before_does() {
        let text = "擅自设置大型户外广告的,责令限期改正;逾期不改正的,处一万元罚款。另行规定的,处二百元罚款。";
        let sentences = sentences(text);
        assert_eq!(sentences.len(), 3, "{sentences:?}");
        let covers = carried_covers(text, &sentences, |r| {
            if text[r.clone()].contains("广告") {
                0.8
            } else {
                0.1
            }
        });
        assert_eq!(covers, vec![0.8, 0.8, 0.1]);
        assert!(opens_continuation("情节严重的,处五万元罚款"));
        assert!(!opens_continuation("设置广告的,处罚款"));
    }

    #[test]
    fn a_count_of_the_case_having_what_the_question_lacks_is_no_answer_across_parts() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "消防控制室实行二十四小时值班制度,每班不少于两人;能够通过远程监控系统实现远程操作消防控制室所有控制功能的,每班不少于一人。",
            "企业开办1个工作日办结。",
        ]);
        let answer =
            crate::ask::ask(&engine, "消防控制室如果没有远程监控,每班至少要几个人值班").unwrap();
        assert!(answer.answer.contains("两人"), "{answer:?}");
    }

    #[test]
    fn a_case_lacking_a_thing_is_not_the_figure_of_the_case_that_has_it() {
        let (_dir, engine) = crate::ask::engine_of(&["消防控制室值班。", "远程监控系统。"]);
        let a = question::analyze(
            "消防控制室如果没有远程监控,每班至少要几个人值班",
            engine.region_aliases(),
        );
        let terms = Terms::of(&engine, &a.words, &a.markers, 2);
        let count = CountPattern::new(a.count.as_deref().unwrap());
        let value = |sentence: &str| {
            let v = bound_count(&count, &a, &terms, sentence).unwrap();
            sentence[v].to_string()
        };
        // The clause naming 远程监控 without a word of absence is the case that has it.
        assert_eq!(
            value("消防控制室实行二十四小时值班制度,每班不少于两人;能够通过远程监控系统实现远程操作的,每班不少于一人"),
            "两人"
        );
        // Written with a word of absence, it is the case asked.
        assert_eq!(
            value("有远程监控系统的,每班不少于一人;无远程监控系统的,每班不少于两人"),
            "两人"
        );
    }

    #[test]
    fn a_figure_is_bound_to_the_topic_by_its_subject_or_as_its_sentence_s_only_one() {
        let (_dir, engine) =
            crate::ask::engine_of(&["推广电子营业执照。", "不动产登记3个工作日内办结。"]);
        let a = question::analyze("营业执照多久能拿到", engine.region_aliases());
        let terms = Terms::of(&engine, &a.words, &a.markers, 2);
        let bound = |sentence: &str, figure: &str| {
            let at = sentence.find(figure).unwrap();
            bound_to_topic(&a, &terms, sentence, &(at..at + figure.len()))
        };
        // The only duration of a sentence enumerating the topic is said of it.
        let s = "2020年3月底前实现企业营业执照申领、印章刻制合并为一次申报,全量采集,企业开办全流程1日办结";
        assert!(bound(s, "1日办结"));
        // Among several, each is said of its own clause.
        let s = "营业执照即时办结,不动产登记3个工作日内办结";
        assert!(!bound(s, "3个工作日内办结"));
        assert!(bound("营业执照申领3个工作日内办结", "3个工作日内办结"));
    }

    #[test]
    fn a_title_stating_a_quantity_is_a_provision() {
        assert!(states_quantity(
            "失业保险金按照当地最低工资标准的百分之八十确定"
        ));
        assert!(states_quantity("自受理之日起十五日内作出决定"));
        assert!(states_quantity("处一千元罚款"));
        assert!(!states_quantity("持续推进工程质量安全标准化体系建设"));
        assert!(is_bare_close("。"));
        assert!(!is_bare_close("。完善质量安全保证体系"));
    }

    #[test]
    fn a_measure_of_a_containing_place_applies_to_the_place_asked_about() {
        let zone = "山东省/威海市/威海经济技术开发区";
        assert_eq!(
            region_match("山东省/威海市", Some(zone)),
            RegionMatch::Above
        );
        assert_eq!(region_match("山东省", Some(zone)), RegionMatch::Above);
        assert_eq!(
            region_match(zone, Some("山东省/威海市")),
            RegionMatch::Inside
        );
        assert_eq!(
            region_match("山东省/烟台市", Some(zone)),
            RegionMatch::Other
        );
        // A prefix of the name is no containing place.
        assert_eq!(
            region_match("山东省/威海", Some("山东省/威海市")),
            RegionMatch::Other
        );
        assert_eq!(region_match(zone, None), RegionMatch::Unnamed);
    }

    #[test]
    fn a_question_naming_a_type_of_figure_wants_one_whatever_its_kind() {
        let regions = RegionAliases::new(["山东省", "山东省/烟台市", "山东省/烟台市/莱州市"]);
        let a = question::analyze("莱州一次办好的比例要达到多少", &regions);
        assert_eq!((a.kind, a.figure), (Kind::Howto, Some("percent")));
        assert!(wants_figures(&a));
        // A kind with values of its own (费率 is cost) reads them, typed by the figure.
        // The ceiling of a loan (额度) is a sum of money.
        let a = question::analyze("创业担保贷款最高额度是多少", &regions);
        assert_eq!(a.figure, Some("money"));
        let a = question::analyze("融资担保费率是多少", &regions);
        assert!(!wants_figures(&a) || a.kind.is_list());
        assert!(!wants_figures(&question::analyze(
            "一次办好怎么办",
            &regions
        )));
    }
}
