//! Choosing the answer among the ranked candidates ([`compose`]): which measure answers (one
//! of the first three, by its best sentence), whether it answers with enough confidence and
//! on topic, and the one-line answer: the value, a list of measures by region, the regions
//! with a precedent, or 「未找到明确规定」.

use std::cell::OnceCell;

use super::answer::{not_covered, passage, Answer, Citation, RegionRow, NOT_FOUND};
use super::candidates::{confidence, Candidate, RegionMatch};
use super::question::{Analysis, NamedPlace};
use super::quote::make_quote;
use super::sentences::sentences;
use super::terms::Terms;
use crate::corpus::date::{names_year, title_year, PolicyDate};
use crate::corpus::region_path::RegionPath;
use crate::measure::title_and_text;
use crate::question::rules::RULES;
use crate::question::values::find_values;
use crate::question::Kind;
use crate::search::matching::names_a_thing;

/// Share of the topic (weighted by rarity) the best measure must cover to count as an answer.
const MIN_CONFIDENCE: f32 = 0.4;
/// Known topic words (words some measure writes) an answer may hold instead, on a share of at
/// least [`MIN_CONFIDENCE_HELD`]: three of the question's own words in one measure are a topic
/// shared, not chance (noise and off-corpus questions hold two at most).
const MIN_HELD_WORDS: usize = 3;
/// Or two of its distinctive words ([`Terms::distinctive`]): the rarest words of a question
/// are what it is about, and an off-corpus question meets a measure on one of them and a
/// common word at most (「核电站选址审批」: 选址 and 审批, not 核电站).
const MIN_HELD_DISTINCTIVE: usize = 2;
/// The lower share for a measure holding [`MIN_HELD_WORDS`] known topic words.
const MIN_CONFIDENCE_HELD: f32 = 0.25;

/// Known topic words a measure must hold, with [`MIN_CONFIDENCE`] of the topic, to answer
/// without the question's rarest word ([`compose`]'s `shares_most`): two words and the share
/// an answer needs are more than chance shares, so the missing word is how the asker put it.
const MIN_HELD_WORDS_WITHOUT_RAREST: usize = 2;

/// The lower share on which the ranking's first measure answers when it holds two of the
/// question's known words, one of them distinctive ([`compose`]'s `first_holds`).
const MIN_CONFIDENCE_FIRST: f32 = 0.2;

/// What the corpus can say about a question at all ([`super::coverage`]).
pub(crate) struct Scope<'a> {
    /// Whether the question has policy content (not a greeting, a digit).
    pub(crate) content: bool,
    /// The place it names where no measure applies.
    pub(crate) uncovered: Option<&'a NamedPlace>,
    /// Whether the thing it asks for ([`super::coverage::asked_thing`]: 歌 of 「唱什么歌」) is
    /// one no measure writes, in any of its forms.
    pub(crate) asks_unwritten: bool,
}

/// Builds the answer from the ranked candidates.
pub(crate) fn compose(
    question: &str,
    analysis: &Analysis,
    scope: &Scope,
    terms: &Terms,
    candidates: &[Candidate],
) -> Answer {
    let kind = analysis.kind;
    if !scope.content {
        return refusal(
            question,
            analysis,
            NOT_FOUND.to_owned(),
            None,
            Vec::new(),
            Vec::new(),
        );
    }

    // The answering measure must hold one of the question's distinctive words, anywhere in
    // its title and text (the quote is a part of them): a measure that shares only common
    // words answers something else. Not only in the quoted sentence: a measure names its
    // topic once (its title, its opening) and states its figures in later sentences (「投诉举报
    // “接诉即办”…自投诉受理之日起45个工作日内…」).
    // Each candidate's text read within its scope ([`scoped_text`]), built once, when a
    // check first needs it: the checks below read the answering measure's several times.
    let scoped: Vec<OnceCell<String>> = candidates.iter().map(|_| OnceCell::new()).collect();
    let scoped_of = |i: usize| -> &str { scoped[i].get_or_init(|| scoped_text(&candidates[i])) };
    // The question's words that some measure in hand writes: a rare word none of them holds
    // (闭园, 大屏, 搭帐篷: the asker's own word for what the law writes otherwise, found in
    // some unrelated measure of the index) tells none of them apart from the others, so a
    // measure holding the rarest of these is on the topic too (`on_topic`).
    let present: Vec<bool> = (0..terms.words.len())
        .map(|w| (0..candidates.len()).any(|i| terms.holds(w, scoped_of(i))))
        .collect();
    let total_weight: f32 = terms.weights.iter().sum();
    let present_weight: f32 = (0..terms.words.len())
        .filter(|&w| present[w])
        .map(|w| terms.weights[w])
        .sum();
    let holds_distinctive = |i: usize| {
        let whole = scoped_of(i);
        let mut distinctive = terms.distinctive().peekable();
        distinctive.peek().is_none() || distinctive.any(|w| terms.holds(w, whole))
    };
    let holds_present_distinctive = |i: usize| {
        let whole = scoped_of(i);
        terms
            .distinctive_among(Some(&present))
            .any(|w| terms.holds(w, whole))
    };
    let mut answering = answering(candidates, analysis, terms).filter(|&i| i < candidates.len());
    let ask = super::coverage::ask_words(&analysis.question, terms);
    // Whether measure `i` states what the question asks for, said of its topic: a question
    // wanting a figure of a type (多久: a time, 多少钱: money, 比例: a share, 几个: a count)
    // is answered by a clause stating such a figure of the question's distinctive words
    // (`bound`), one asking who by a clause naming a body in charge (由X负责, X应当…: a who
    // value, or the measure's lead units). A measure sharing two words of the matter and
    // nothing of the kind asked (a plan's 审批时限 of building projects for 「核电站选址审批
    // 要多久」) meets the question on its setting, not on what it wants.
    let states_asked = |i: usize| {
        let c = &candidates[i];
        if (kind.wants_value() && kind != Kind::Who)
            || analysis.count.is_some()
            || analysis.figure.is_some()
        {
            c.value.is_some() && c.bound
        } else if kind == Kind::Who {
            c.value.is_some() || who_field(c).is_some()
        } else {
            true
        }
    };
    // The answer chosen though it states no figure of the kind asked (nor a body, asked who:
    // [`answering`]'s last resort): a measure sharing only a place or a common word with a
    // question (朝阳区 of 「朝阳区开办企业要几天」, 准备 of 「考研要准备多久」) states nothing
    // asked either, so it answers only when it holds the matter — several of the question's
    // words, or two of its rarest ([`MIN_HELD_WORDS`], [`MIN_HELD_DISTINCTIVE`]).
    let figureless = answering.filter(|&i| {
        let c = &candidates[i];
        kind.wants_value()
            && c.value.is_none()
            && !c.other_type
            && !(kind == Kind::Who && who_field(c).is_some())
    });
    // Whether measure `i` answers (and with what share of the topic): the gates below.
    let verdict = |answering: Option<usize>| -> (bool, f32) {
        let confidence = answering
            .or((!candidates.is_empty()).then_some(0))
            .map_or(0.0, |i| {
                scoped_confidence(terms, &candidates[i], scoped_of(i))
            });
        // The question's words the answering measure holds: (known, distinctive), counted once.
        let held = answering.map_or((0, 0), |i| held_words(terms, None, scoped_of(i)));
        // A long question carries its asker's situation (我在莱州市区开车…没人受伤…) in words no
        // measure repeats, and they dilute the share any measure covers: one that holds several
        // of the words the corpus does know answers it on a lower share.
        let held_enough = confidence >= MIN_CONFIDENCE_HELD
            && (held.0 >= MIN_HELD_WORDS || held.1 >= MIN_HELD_DISTINCTIVE);
        // A measure that holds words enough to answer (`held_enough`), or two of the question's
        // known words and the share an answer needs, shares its topic even without its rarest
        // word: the rarest is then the asker's situation (「交通建设搞得好的省份」 for a measure's
        // 地方; 供货 beside 采购 and 验收) or a form the synonym data lacks (消费者 for a 消费维权
        // heading).
        let shares_most = held_enough
            || (held.0 >= MIN_HELD_WORDS_WITHOUT_RAREST && confidence >= MIN_CONFIDENCE);
        let on_topic = answering
            .is_some_and(|i| shares_most || holds_distinctive(i) || holds_present_distinctive(i));
        let head_held = answering.is_none_or(|i| {
            holds_head(terms, analysis, scoped_of(i)) && holds_specifiers(terms, scoped_of(i))
        });
        // A figure its own sentence says of the question's rarest words (`bound`: its subject
        // holds one) answers a question that wants a figure on the lower share too: the share
        // is diluted by how the asker puts the rest (公司不开了, 打官司), the figure's binding
        // is not.
        let bound_enough = kind.wants_value()
            && kind != Kind::Who
            && confidence >= MIN_CONFIDENCE_HELD
            && answering.is_some_and(|i| {
                let c = &candidates[i];
                c.bound && c.value.is_some() && holds_distinctive(i)
            });
        let beyond_days = answering.is_none_or(|i| holds_beyond_days(terms, scoped_of(i)));
        // A figure of the type asked that the measure states answers the asker's own words for
        // the thing (小饭馆, 燃气表); a bare phrase (「5G基站」) is a search for its words.
        let beside_unwritten = !asks(&analysis.question)
            || answering.is_none_or(|i| {
                (kind.wants_value() && candidates[i].value.is_some())
                    || holds_beside_unwritten(terms, held.0, scoped_of(i))
            });
        // What the question asks, after the scene it sets (「辞职后」 of 「辞职后去旅游去哪好」):
        // a measure holding only the setting answers another question.
        // One holding several of the question's words shares its matter all the same.
        let ask_held = held.0 >= MIN_HELD_BESIDE_UNWRITTEN
            || answering.is_none_or(|i| {
                ask.as_ref()
                    .is_none_or(|words| words.iter().any(|&w| terms.holds(w, scoped_of(i))))
            });
        // A thing asked for that no measure writes (a song): a measure sharing one other word
        // of the question (协会 of 「协会年会唱什么歌」) holds nothing of what is wanted; one
        // holding several of its words shares its matter.
        let asked_held = !scope.asks_unwritten || held.0 >= MIN_HELD_BESIDE_UNWRITTEN;
        // A citizen asks a regulation in the words of their own case (院子里划吸烟区, 几个洗车
        // 工位, 外地人的孩子上学), which no article writes and which dilute the share any
        // measure covers. The ranking's first measure, of the place asked or of a question
        // naming none, that holds two of the question's known words, one of them among its
        // rarest, shares its matter on a lower share: only the first, for a measure further
        // down answers in its place only by its own terms (a figure, `verdict(Some(0))` below).
        let first_holds = answering == Some(0)
            && candidates[0].region_match != RegionMatch::Other
            && confidence >= MIN_CONFIDENCE_FIRST
            && {
                let c = &candidates[0];
                let quoted = make_quote(c).text;
                let own = title_and_text(c.hit.measure.title.as_deref(), &quoted);
                let (known, distinctive) = held_words(terms, None, &own);
                known >= MIN_HELD_WORDS_WITHOUT_RAREST && distinctive >= 1
            }
            && states_asked(0);
        // The share counted over the words some measure in hand writes: a word none of them
        // holds (闭园 of 「公园要临时闭园」) is how the asker puts a matter the measures write
        // otherwise, and lowers every one's share alike. A measure holding two of the
        // question's known words, one of its rarest among those written, answers on that share.
        // Among those rarest words, the things it names (公园 beside 临时 and 提前): a measure
        // holding only how the question puts its matter is about another thing.
        // Only the first, as for `first_holds`: a measure further down answers in its place
        // by its own terms.
        let present_enough = answering == Some(0)
            && candidates[0].region_match != RegionMatch::Other
            && answering.is_some_and(|i| {
                let (known, distinctive) = held_words(terms, Some(&present), scoped_of(i));
                known >= MIN_HELD_WORDS_WITHOUT_RAREST && distinctive >= 1
            })
            && confidence * total_weight >= MIN_CONFIDENCE * present_weight
            && answering.is_some_and(|i| {
                let mut things = terms
                    .distinctive_among(Some(&present))
                    .filter(|&w| names_a_thing(&terms.words[w]))
                    .peekable();
                things.peek().is_none() || things.any(|w| terms.holds(w, scoped_of(i)))
            });
        // A number names nothing: a measure sharing only numbers with the question (15 of
        // 「iPhone 15多少钱」) shares no matter with it (a name of letters and digits, 5G, is one).
        let numbers_only = answering.is_some_and(|i| shares_numbers_only(terms, scoped_of(i)));
        let confidence = if ask_held && asked_held {
            confidence
        } else {
            0.0
        };
        let holds_matter = answering.is_none()
            || answering != figureless
            || held.0 >= MIN_HELD_WORDS
            || held.1 >= MIN_HELD_DISTINCTIVE;
        let found = answering.is_some()
            && holds_matter
            && !numbers_only
            && ask_held
            && asked_held
            && on_topic
            && head_held
            && beyond_days
            && beside_unwritten
            && (confidence >= MIN_CONFIDENCE
                || held_enough
                || bound_enough
                || first_holds
                || present_enough);
        (found, confidence)
    };
    let (mut found, mut confidence) = verdict(answering);
    // A figure is worth leaving the ranking's first measure for only when the measure stating
    // it answers: when it does not (a 社保医保联合征缴 measure first, a fee of another matter
    // third for 「交费能不能少跑一趟」), the first measure answers with its sentence, as a measure
    // stating no figure of the type asked does.
    if !found && answering.is_some_and(|i| i > 0) {
        let first_here = candidates
            .first()
            .is_some_and(|c| c.region_match != RegionMatch::Other);
        let (first_found, first_confidence) = verdict(Some(0));
        if first_here && first_found {
            (answering, found, confidence) = (Some(0), true, first_confidence);
        }
    }
    // Each citation holds its candidate's measure, whole (number as written, section,
    // position, responsible units): nothing read again.
    let citations = candidates.iter().map(|c| citation(c, kind)).collect();
    // A place the question names whose own measures and those above it say nothing of the
    // matter, answered by a measure of elsewhere: that measure is a precedent, not the
    // place's rule.
    let elsewhere = answering
        .and_then(|i| candidates.get(i))
        .is_some_and(|c| c.region_match == RegionMatch::Other);
    // A measure naming the place (a State Council reply on 大连's project, a national plan
    // listing the places that pilot a reform), or of a document whose title names it (国务院
    // 关于河北雄安新区总体规划的批复: each of its measures is about 雄安新区 without repeating
    // the name), is about it, whatever document holds it.
    let names_place = |place: &NamedPlace| {
        let short = crate::corpus::gazetteer::short_form(&place.name);
        found
            && answering.and_then(|i| candidates.get(i)).is_some_and(|c| {
                c.hit.measure.text.contains(short) || c.hit.measure.doc_title.contains(short)
            })
    };
    let uncovered = scope.uncovered.filter(|p| !names_place(p)).or(analysis
        .place
        .as_ref()
        .filter(|p| found && elsewhere && !names_place(p)));
    if let Some(place) = uncovered {
        // Nothing applies there: say so first, then other regions' measures as precedents.
        let rows = if found {
            region_rows(candidates, kind)
        } else {
            Vec::new()
        };
        return refusal(
            question,
            analysis,
            not_covered(&place.name),
            Some(place.path.clone()),
            citations,
            rows,
        );
    }

    let mut answer = NOT_FOUND.to_owned();
    let mut value = None;
    let mut quote = None;
    if let (true, Some(best)) = (found, answering.and_then(|i| candidates.get(i))) {
        value = candidate_value(best, kind);
        answer = match kind {
            Kind::List => list_answer(candidates),
            Kind::Precedent => precedent_answer(candidates),
            Kind::Deadline => value
                .as_deref()
                .map(|v| with_year(v, best))
                .unwrap_or_else(|| sentence_text(best).to_owned()),
            _ => value
                .as_deref()
                .map(|v| with_unit(v, best))
                .unwrap_or_else(|| sentence_text(best).to_owned()),
        };
        quote = Some(make_quote(best));
    }

    let by_region = if found && (kind.is_list() || kind.wants_value()) && kind != Kind::Who {
        region_rows(candidates, kind)
    } else {
        Vec::new()
    };

    Answer {
        question: question.to_owned(),
        kind,
        answer,
        found,
        confidence,
        value,
        quote,
        region: analysis.region.clone(),
        uncovered_region: None,
        domain: analysis.domain.clone(),
        topic: analysis.topic.clone(),
        citations,
        by_region,
    }
}

/// Whether the weighed topic words `scoped` holds are all numbers written in digits: a
/// figure shared by chance, not a matter.
fn shares_numbers_only(terms: &Terms, scoped: &str) -> bool {
    let is_number = |w: &str| w.chars().all(|c| c.is_ascii_digit() || c == '.');
    let mut held = (0..terms.words.len())
        .filter(|&w| terms.weights[w] > 0.0 && terms.holds(w, scoped))
        .peekable();
    held.peek().is_some() && held.all(|w| is_number(&terms.words[w]))
}

/// An answer that answers nothing: `answer` says why (「未找到明确规定」, 「未收录杭州市的相关规定」);
/// the citations and rows, if any, are the nearest measures or other regions' precedents.
fn refusal(
    question: &str,
    analysis: &Analysis,
    answer: String,
    uncovered_region: Option<String>,
    citations: Vec<Citation>,
    by_region: Vec<RegionRow>,
) -> Answer {
    Answer {
        question: question.to_owned(),
        kind: analysis.kind,
        answer,
        found: false,
        confidence: 0.0,
        value: None,
        quote: None,
        region: analysis.region.clone(),
        uncovered_region,
        domain: analysis.domain.clone(),
        topic: analysis.topic.clone(),
        citations,
        by_region,
    }
}

/// Whether the answering measure holds the question's head word: the last topic word when it
/// is one of the table's head nouns (the thing asked about: 许可 in 「火箭发射许可怎么申请」)
/// and some measure writes it. A measure that holds the words around it but not it answers
/// about something else. `scoped` is the measure's [`scoped_text`].
pub(crate) fn holds_head(terms: &Terms, analysis: &Analysis, scoped: &str) -> bool {
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
    let is_head = RULES.heads.iter().any(|h| h == head);
    !is_head || !terms.is_known(i) || terms.holds(i, scoped)
}

/// How many of the question's known topic words (each counted once) the measure holds, and
/// how many of its distinctive words ([`Terms::distinctive`], or among the words `present`
/// marks, [`Terms::distinctive_among`]), in its document's title, its title or its text:
/// `text`, its [`scoped_text`].
fn held_words(terms: &Terms, present: Option<&[bool]>, text: &str) -> (usize, usize) {
    let known = (0..terms.words.len())
        .filter(|&i| terms.is_known(i) && terms.weights[i] > 0.0 && terms.holds(i, text))
        .count();
    let distinctive = terms
        .distinctive_among(present)
        .filter(|&i| terms.holds(i, text))
        .count();
    (known, distinctive)
}

/// A measure's title and text after the matter its document's title names and the heading it
/// stands under: the articles of a regulation (个人所得税专项附加扣除暂行办法's 「扣除标准为每月
/// 1100元」), the lines of a topical notice and the items under a plan's heading (「十三、信访处理
/// 方面」 over 「…初信初访,最长不超过10个工作日办结」) do not repeat the subject named once for all
/// of them. Only the title's matter: its frame (the issuer, 关于, the genre) names nothing asked.
/// A penalty article reached through the article it cites ([`super::crossref`]) holds that
/// article's words too: they say the act it punishes.
pub(crate) fn scoped_text(c: &Candidate) -> String {
    let m = &c.hit.measure;
    // a document with no title line is read on its opening words ([`Measure::doc_lead`]) as a
    // titled one is on its title
    let mut scoped = format!(
        "{} {} {} {}",
        RULES.title_frame.matter(&m.doc_title),
        m.doc_lead.as_deref().unwrap_or(""),
        m.section,
        title_and_text(m.title.as_deref(), &m.text)
    );
    for (_, words) in &c.referred {
        scoped.push(' ');
        scoped.push_str(words);
    }
    scoped
}

/// The confidence of an answer: how much of the topic the measure covers read within its
/// scope (its document's title and the heading it stands under name its matter once for all
/// of its measures: `scoped`, its [`scoped_text`]), and how much its evidence sentence does.
fn scoped_confidence(terms: &Terms, c: &Candidate, scoped: &str) -> f32 {
    0.5 * c.coverage.max(terms.cover(scoped)) + 0.5 * c.evidence
}

/// Whether the measure holds a topic word of the question other than a day counted from the
/// asker's own (今天, 周末, 现在: `days` of `[news]` in `data/question_kinds.toml`). Such a
/// word places the question in the asker's week, not in a policy's matter: a measure sharing
/// only it (a holiday notice's 「与周末连休」 for 「周末一起去喝茶吧」) answers nothing asked,
/// while one holding the matter too (周末 and 营业执照) does.
/// `scoped` is the measure's [`scoped_text`].
fn holds_beyond_days(terms: &Terms, scoped: &str) -> bool {
    let is_day = |w: &str| RULES.news.days.iter().any(|d| d == w);
    let mut weighed = (0..terms.words.len()).filter(|&i| terms.weights[i] > 0.0);
    let any_day = weighed.clone().any(|i| is_day(&terms.words[i]));
    !any_day || weighed.any(|i| !is_day(&terms.words[i]) && terms.holds(i, scoped))
}

/// Whether `question` asks something: it holds an interrogative word (`[interrogatives]` of
/// `data/question_kinds.toml`). One that holds none is a search for its words.
fn asks(question: &str) -> bool {
    RULES
        .interrogatives
        .iter()
        .any(|w| question.contains(w.as_str()))
}

/// Whether `word` is one word of the segmenter's dictionary naming a thing (奶茶, 分数线,
/// iPhone: [`names_a_thing`] of a single token), not a phrase of the asker's own it cuts into
/// pieces (来修, 单户装), which says how the asker puts the matter.
fn is_dictionary_noun(word: &str) -> bool {
    crate::index::analyzer::JIEBA_DICT.tag(word, false).len() == 1 && names_a_thing(word)
}

/// Known topic words a measure must hold beside a thing the question names that no measure
/// writes ([`holds_beside_unwritten`]).
const MIN_HELD_BESIDE_UNWRITTEN: usize = 2;

/// Whether the measure holds enough of the question beside the things it names that no
/// measure writes (比特币, 奶茶, 分数线: a dictionary word naming a thing, weighed like the rarest known
/// word, [`Terms::of`]) and that the measure does not hold as an abbreviation either. Such a
/// thing is what the question is about; a question naming one and one word a measure also
/// writes (价格, 许可证, 孩子: words any text may hold) meets that measure on half its topic by
/// chance, however high that half's share: it is about something the corpus does not cover.
/// A measure holding [`MIN_HELD_BESIDE_UNWRITTEN`] of its known words shares its matter, and
/// the unwritten thing is how the asker names it. `held` is the count of known words the
/// measure holds ([`held_words`]); `scoped` its [`scoped_text`].
fn holds_beside_unwritten(terms: &Terms, held: usize, scoped: &str) -> bool {
    let misses_unwritten = (0..terms.words.len()).any(|i| {
        !terms.is_known(i)
            && terms.weights[i] > 0.0
            && is_dictionary_noun(&terms.words[i])
            && !terms.holds(i, scoped)
    });
    !misses_unwritten || held >= MIN_HELD_BESIDE_UNWRITTEN
}

/// Whether the answering measure holds what specifies the question's compound (宠物 of
/// 宠物医院, [`Terms::specifiers`]): a measure of 医院 alone is about another kind of thing.
/// `scoped` is the measure's [`scoped_text`].
pub(crate) fn holds_specifiers(terms: &Terms, scoped: &str) -> bool {
    terms.specifiers.iter().all(|&i| terms.holds(i, scoped))
}

/// How much more of the question the sentence naming a later measure's body must cover than
/// the first measure's for a who question to be answered by that later measure ([`answering`]).
const WHO_SENTENCE_MARGIN: f32 = 0.3;

/// Bonus of the candidates by rank when choosing the one to quote: the ranking is trusted
/// unless another of the first three has a clearly better sentence.
pub(crate) const QUOTE_PRIOR: [f32; 3] = [0.15, 0.05, 0.0];

/// The answering measure, among the first three: the best sentence (its coverage of the topic,
/// a value of the kind wanted) plus a bonus for rank; for value kinds only those with a value
/// (or, for who, a lead unit), and the first when none has one. Measures of another region
/// than the one asked about only when the first is too.
pub(crate) fn answering(
    candidates: &[Candidate],
    analysis: &Analysis,
    terms: &Terms,
) -> Option<usize> {
    let kind = analysis.kind;
    let first_other = candidates
        .first()
        .is_some_and(|c| c.region_match == RegionMatch::Other);
    let has_value =
        |c: &Candidate| c.value.is_some() || (kind == Kind::Who && who_field(c).is_some());
    let first_names_none = candidates.first().is_some_and(|c| !has_value(c));
    // A place's own measure states its rule: one of the place containing it (威海市 for a
    // question of 经区) applies there as far as the place's own says nothing, and one of a
    // place inside it (经区 for 威海) states that part's rule. So when one of the first measures
    // is the place's own and states a figure of the kind asked, a figure of a place around or
    // inside does not replace it (「经区政府采购中标后几天签合同」: 经区's 「由30个工作日缩短至10个
    // 工作日」, not 威海市's clause; 「威海注册个公司…要多久」: 威海市's 0.5个工作日, not 经区's
    // 2小时). A who answer stays the first measure's attribution.
    // A question asking a type of figure (多大 of a plot: an area) asks the place's own rule as
    // a question of its kind does.
    let own_states = ((kind.wants_value() && kind != Kind::Who) || analysis.figure.is_some())
        && candidates
            .iter()
            .take(QUOTE_PRIOR.len())
            .any(|c| c.region_match == RegionMatch::Exact && has_value(c));
    let mut best: Option<(f32, usize)> = None;
    for (i, c) in candidates.iter().take(QUOTE_PRIOR.len()).enumerate() {
        if kind.wants_value() && !has_value(c) {
            continue;
        }
        if c.region_match == RegionMatch::Other && !first_other {
            continue;
        }
        if own_states && c.region_match != RegionMatch::Exact {
            continue;
        }
        // Asked who, when the first measure names no body, a later one answers with its body
        // only if the sentence naming it holds the question's matter as much as the first
        // measure's best sentence does, or holds the matter acted on — the question's last
        // topic word (治安 of 「卖粮的地方治安归谁管」, 拖欠 of 「农民工工资拖欠找谁」: a who
        // question names the matter last, before or after its asking words) — which the first
        // measure does not write: a body named in an article about another act (「报同级人民政府
        // 批准」 in a 工伤保险费率 article for 「农民工工资拖欠找谁」) is not the one who acts on
        // the matter asked, and the first measure's own clause answers instead.
        if kind == Kind::Who && i > 0 && first_names_none {
            let named = match &c.value {
                Some((sentence, _)) => (c.value_evidence, &c.hit.measure.text[sentence.clone()]),
                None => (c.evidence, c.hit.measure.text.as_str()),
            };
            let first = &candidates[0].hit.measure;
            let first_text = title_and_text(first.title.as_deref(), &first.text);
            let matter = matter_acted_on(terms);
            let holds_matter =
                matter.is_some_and(|m| terms.holds(m, named.1) && !terms.holds(m, &first_text));
            if named.0 + 1e-4 < candidates[0].evidence && !holds_matter {
                continue;
            }
        }
        // Only a value (a count, a duration, an amount) is worth leaving the ranking for; a
        // who answer is the attribution of the best measure.
        let switch = (kind.wants_value() && kind != Kind::Who)
            || analysis.count.is_some()
            || analysis.figure.is_some();
        // (A measure without attribution, such as a yearbook's, leaves the who answer to the
        // next one that names its lead unit.)
        if i > 0 && !switch {
            if let Some((_, b)) = best {
                // Asked who does a thing, a body named in a sentence about that thing answers
                // (「在医院死亡的人,遗体由殡仪馆统一接运」 for 「遗体由谁负责运走」), not the body
                // the first measure names for another act (「有下列行为之一的,由民政部门处以…罚款」):
                // a measure further down answers when the sentence naming its body covers the
                // question clearly more than the first's does.
                // Only between articles that name their bodies in their sentences: a plan's
                // items carry their lead units, each item the attribution of its own task.
                let articles = c.hit.measure.lead_units.is_empty()
                    && candidates[b].hit.measure.lead_units.is_empty();
                if kind == Kind::Who
                    && articles
                    && c.value.is_some()
                    && c.value_evidence >= candidates[b].value_evidence + WHO_SENTENCE_MARGIN
                    && best.is_some_and(|(_, b)| b == 0)
                {
                    best = Some((c.quote_score, i));
                }
                continue;
            }
        }
        let joint = c.quote_score + 0.5 * c.coverage + QUOTE_PRIOR[i];
        if best.is_none_or(|(b, _)| joint > b + 1e-4) {
            best = Some((joint, i));
        }
    }
    // The best measure states figures, none of the type asked for (费率 where it gives only an
    // amount): it answers with its sentence, not with a figure of another type.
    if best.is_none() && !first_other && candidates.first().is_some_and(|c| c.other_type) {
        return Some(0);
    }
    // None of the first states a figure of the kind wanted (they are about the topic in other
    // respects: 电子营业执照 for 「营业执照多久能拿到」): a measure further down answers when its
    // figure is said of the question's topic, not merely found near it.
    if best.is_none() && kind.wants_value() && kind != Kind::Who && analysis.count.is_none() {
        for (i, c) in candidates.iter().enumerate().skip(QUOTE_PRIOR.len()) {
            if c.value.is_none()
                || !c.bound
                || (c.region_match == RegionMatch::Other && !first_other)
            {
                continue;
            }
            let joint = c.quote_score + 0.5 * c.coverage;
            if best.is_none_or(|(b, _)| joint > b + 1e-4) {
                best = Some((joint, i));
            }
        }
    }
    // No measure states a figure of the kind asked, nor names a body for a who question: the
    // first measure answers with its sentence when the gates of [`compose`] find it on the
    // question's matter (a prohibition's article for 「阳台外面吊挂物品会被罚多少钱」 when the
    // penalty article is not among the candidates; 「科技部将积极配合上海…」 for 「国家由哪个部委
    // 配合指导」): the clause the law writes, not a wrong figure and not nothing.
    if best.is_none() && !first_other && !candidates.is_empty() {
        return Some(0);
    }
    best.map(|(_, i)| i)
}

/// The matter a who question asks who acts on: its last topic word some measure writes (a
/// question names the matter last, whether its asking words come before it — 「哪个部门负责查
/// 卖散煤」 — or after — 「治安归谁管」, 「工资拖欠找谁」; the words before it set the scene).
pub(crate) fn matter_acted_on(terms: &Terms) -> Option<usize> {
    (0..terms.words.len())
        .rev()
        .find(|&i| terms.is_known(i) && terms.weights[i] > 0.0)
}

/// Candidates that answer well enough to be listed.
pub(crate) fn relevant(candidates: &[Candidate]) -> impl Iterator<Item = &Candidate> {
    let top = candidates.first().map_or(0.0, confidence);
    candidates.iter().filter(move |c| {
        let conf = confidence(c);
        conf >= MIN_CONFIDENCE && conf >= top * 0.6
    })
}

/// The answer to a list question: one line per relevant measure (its title, or its first
/// sentence when it has none), behind the name of its region, ranked by how much of the
/// question each covers, the measures of a region together and the regions in the order of
/// their best measure. When the best measure is in
/// the region asked about, the measures elsewhere are left out.
pub(crate) fn list_answer(candidates: &[Candidate]) -> String {
    let in_region = candidates
        .first()
        .is_some_and(|c| matches!(c.region_match, RegionMatch::Exact | RegionMatch::Inside));
    let mut lines: Vec<(&str, String)> = Vec::new();
    // The set that answers, ranked by how much of the question each covers.
    let mut listed: Vec<&Candidate> = relevant(candidates)
        .filter(|c| !in_region || c.region_match != RegionMatch::Other)
        .collect();
    listed.sort_by(|a, b| b.coverage.total_cmp(&a.coverage));
    for c in listed.into_iter().take(5) {
        let region = c.hit.measure.region.as_str();
        let name = RegionPath::new(region).short();
        let line = match &c.value {
            // A list asking for a figure (哪些地方…多少) gives each measure's.
            Some((_, value)) => format!(
                "{name}:{} {}",
                first_line(c),
                &c.hit.measure.text[value.clone()]
            ),
            None => format!("{name}:{}", first_line(c)),
        };
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
pub(crate) fn first_line(c: &Candidate) -> &str {
    match c
        .hit
        .measure
        .title
        .as_deref()
        .filter(|t| !t.trim().is_empty())
    {
        Some(title) => title,
        None => sentences(&c.hit.measure.text)
            .into_iter()
            .next()
            .map_or(c.hit.measure.text.as_str(), |r| &c.hit.measure.text[r]),
    }
}

/// The answer to a precedent question: the regions with a relevant measure, in the order of
/// their best one, each with the figure it states when the question asks for one
/// (「2个地区:威海市 30%、山东省 45%」: a region without its figure does not answer 「多少」).
pub(crate) fn precedent_answer(candidates: &[Candidate]) -> String {
    let mut regions: Vec<(String, Option<&str>)> = Vec::new();
    // A national rule applies everywhere: it is no region's precedent, but where nothing else is.
    let national_rule = |c: &&Candidate| super::precedents::is_national_rule(&c.hit.measure);
    let only_rules = relevant(candidates).all(|c| national_rule(&c));
    for c in relevant(candidates).filter(|c| only_rules || !national_rule(c)) {
        let value = c
            .value
            .as_ref()
            .map(|(_, v)| &c.hit.measure.text[v.clone()]);
        // A national report of a place's practice is that place's precedent.
        let region = super::precedents::precedent_region(&c.hit.measure);
        match regions.iter_mut().find(|(r, _)| *r == region) {
            Some((_, known)) => *known = known.or(value),
            None => regions.push((region, value)),
        }
    }
    let names: Vec<String> = regions
        .iter()
        .map(|(region, value)| {
            let name = RegionPath::new(region).short();
            match value {
                Some(value) => format!("{name} {value}"),
                None => name.to_owned(),
            }
        })
        .collect();
    format!("{}个地区:{}", names.len(), names.join("、"))
}

/// Rows of the per-region table: the best relevant measure of each region (up to three per
/// region for lists), regions in the order of their best measure.
pub(crate) fn region_rows(candidates: &[Candidate], kind: Kind) -> Vec<RegionRow> {
    let per_region = if kind.is_list() { 3 } else { 1 };
    let mut rows: Vec<RegionRow> = Vec::new();
    for c in relevant(candidates) {
        if kind.wants_value() && c.value.is_none() {
            continue;
        }
        let count = rows
            .iter()
            .filter(|r| r.region == c.hit.measure.region)
            .count();
        if count >= per_region {
            continue;
        }
        let row = RegionRow {
            region: c.hit.measure.region.clone(),
            value: candidate_value(c, kind),
            measure_id: c.hit.measure.id.clone(),
            title: c.hit.measure.title.clone(),
            sentence: match &c.value {
                Some((sentence, _)) => c.hit.measure.text[sentence.clone()].to_owned(),
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
pub(crate) fn sentence_text(c: &Candidate) -> &str {
    &c.hit.measure.text[c.topic_sentence.clone()]
}

/// The lead units (or, lacking them, the responsible units) of a measure, labelled.
pub(crate) fn who_field(c: &Candidate) -> Option<String> {
    if !c.hit.measure.lead_units.is_empty() {
        return Some(format!("牵头单位:{}", c.hit.measure.lead_units.join("、")));
    }
    None
}

/// The value a candidate gives for `kind`: for who, its lead-unit field, unless its text
/// names several lead units in several attributions (a list sentence, an item with two lead
/// clauses: the field keeps one of them), when the attribution nearest after the topic
/// sentence is the topic's; else from its text.
pub(crate) fn candidate_value(c: &Candidate, kind: Kind) -> Option<String> {
    if kind == Kind::Who && !has_several_attributions(&c.hit.measure.text) {
        if let Some(units) = who_field(c) {
            return Some(units);
        }
    }
    c.value
        .as_ref()
        .map(|(_, value)| c.hit.measure.text[value.clone()].to_owned())
}

/// Whether `text` has more than one attribution clause of one kind (「牵头单位:…」 twice, or
/// 「(市场监管总局负责)」 after one sentence and 「(体育总局、教育部负责)」 after the next, as
/// State Council plans attribute each task): the field keeps one of them.
fn has_several_attributions(text: &str) -> bool {
    let values = find_values(Kind::Who, text);
    values
        .iter()
        .any(|(rank, _)| values.iter().filter(|(r, _)| r == rank).count() >= 2)
}

/// The short answer of a deadline: the value with the plan's year when it states only a month
/// or 年底 (「9月底前」 → 「2022年9月底前」): the year of the measure's deadline in that month,
/// else the one year the document's title names (「2022年行动计划」; a span, 「2021-2024年」,
/// names none: [`title_year`], the year extraction gives 「年底前」 too), else that of its date.
///
/// A deadline that recurs (「2020年起,每年1月底前完成上述工作」) belongs to no one year: it is
/// answered as written, with the year it starts from (「2020年起每年1月底前」).
pub(crate) fn with_year(value: &str, c: &Candidate) -> String {
    // Only a point of the plan's calendar (9月底前, 年底前) is in the plan's year: a time
    // counted from an event or a period (自受理之日起, 次月十五日内) and a state (长期坚持) are not.
    // Two points of the year named together (年中和年末) are when a thing recurs every year.
    if names_year(value) || !CALENDAR_POINT.is_match(value) || YEARLY_PAIR.is_match(value) {
        return value.to_owned();
    }
    if let Some(recurring) = recurring(value, c) {
        return recurring;
    }
    let month = MONTH
        .captures(value)
        .and_then(|m| m.get(1))
        .and_then(|m| m.as_str().parse::<u32>().ok());
    let from_deadlines = c
        .hit
        .measure
        .deadlines
        .iter()
        .filter_map(|d| PolicyDate::parse(d))
        .find(|d| month.is_some() && d.month() == month)
        .map(|d| d.year().to_string());
    let year = from_deadlines
        .or_else(|| title_year(&c.hit.measure.doc_title).map(|y| y.to_string()))
        .or_else(|| {
            let date = PolicyDate::parse(c.hit.measure.date.as_deref()?)?;
            Some(date.year().to_string())
        });
    match year {
        Some(year) => format!("{year}年{value}"),
        None => value.to_owned(),
    }
}

/// The deadline `value` of `c` as a recurring one when its clause says it recurs (每年 before
/// it), with the year it starts from when the sentence states one (2020年起).
fn recurring(value: &str, c: &Candidate) -> Option<String> {
    let (sentence, at) = c.value.as_ref()?;
    let text = &c.hit.measure.text;
    let before = &text[sentence.start.min(at.start)..at.start];
    // The clause of the value: after the last comma or semicolon before it.
    let clause = before
        .rfind(['，', ',', '；', ';'])
        .map_or(before, |i| &before[i..]);
    let every = RECURS.find(clause)?;
    let start = STARTS
        .find_iter(before)
        .last()
        .map_or(String::new(), |m| m.as_str().to_owned());
    Some(format!("{start}{}{value}", every.as_str()))
}

/// How a plan says a deadline comes back each period (每年, 每年度).
static RECURS: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"每年度?").expect("recurs"));

/// How a plan says from which year a recurring task runs (2020年起, 自2021年开始).
static STARTS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:19|20)\d{2}年(?:起|开始|以后)").expect("starts")
});

/// The short answer of a figure written without its unit in a list that states the unit once
/// (「6个」 of 「分别在3个、6个、12个工作日」 → 「6个工作日」): the figure with that unit.
fn with_unit(value: &str, c: &Candidate) -> String {
    let unit = c.value.as_ref().and_then(|(_, at)| {
        (c.hit.measure.text[at.clone()] == *value)
            .then(|| crate::ask::figures::elided_unit(&c.hit.measure.text, at))
            .flatten()
    });
    match unit {
        Some(unit) => format!("{value}{unit}"),
        None => value.to_owned(),
    }
}

/// A deadline that is a point of a year: a month (9月底前) or the year's end or half (年底前).
/// Two points of the year joined (年中和年末, 年初及年底): a report or a review each year.
static YEARLY_PAIR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:年初|年中|年底|年末|季末)(?:和|及|、|或)").expect("yearly pair")
});

static CALENDAR_POINT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|年|上半年|下半年)")
        .expect("calendar point")
});

/// A month as plans write it (9月底前).
static MONTH: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"(\d{1,2})月").expect("month"));

pub(crate) fn citation(c: &Candidate, kind: Kind) -> Citation {
    let measure = &c.hit.measure;
    let sentence = match &c.value {
        Some((sentence, _)) => sentence.clone(),
        None => c.topic_sentence.clone(),
    };
    Citation {
        snippet: passage(&measure.text, sentence.clone()),
        sentence: measure.text[sentence].to_owned(),
        value: if kind.wants_value() {
            candidate_value(c, kind)
        } else {
            None
        },
        coverage: c.coverage,
        measure: measure.clone(),
    }
}
