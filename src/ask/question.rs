//! Question analysis: a question → the kind of answer wanted ([`Kind`]), the region and domain
//! it names, and its topic (the question without the ways of asking), which is what we search.
//! Pure: the region paths of the index are passed in.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::corpus::gazetteer::{Level, GAZETTEER};
use crate::index::analyzer::fold;
use crate::question::{cues, without_verbal_classifier, Counting, Kind};
use crate::search::vocabulary::{expansions, DictionaryWords, RegionAliases, SYNONYM_RULES};

/// What a question asks for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The question, NFKC-normalised and trimmed.
    pub question: String,
    /// The kind of answer wanted.
    pub kind: Kind,
    /// Whether the question has a way of asking in it (not only keywords).
    pub is_question: bool,
    /// The region path the question names (`山东省/威海市`), among the index's regions.
    pub region: Option<String>,
    /// How the question names it (威海, 经区).
    pub region_mention: Option<String>,
    /// The most specific place the question names, from the gazetteer of all China (杭州 →
    /// 浙江省/杭州市, 营口市站前区 → 辽宁省/营口市/站前区), whether the index has measures there
    /// or not: the Q&A says when none applies to it ([`crate::ask::coverage`]).
    pub place: Option<NamedPlace>,
    /// The canonical domain the question names.
    pub domain: Option<String>,
    /// Topic words: the question without cues, region, fillers and punctuation.
    pub words: Vec<String>,
    /// The topic words joined by spaces: the search query.
    pub topic: String,
    /// For list questions, the topic words that only say what kind of list is wanted (新举措,
    /// 创新做法, 便民措施: the `keep` words of the kind): searched, but measures rarely write
    /// them, so they weigh little in how well a measure covers the topic.
    pub markers: Vec<String>,
    /// The unit a time question counts in (小时, 工作日, 天), when it names one.
    pub unit: Option<String>,
    /// What a count question counts (几个环节 → 环节, 多少项材料 → 材料, 几次 → 次).
    pub count: Option<String>,
    /// The type of figure it asks for, when it names one (费率 → `percent`, 多少钱 → `money`:
    /// the `figures` of `data/question_kinds.toml`).
    pub figure: Option<&'static str>,
    /// What the question counts by, read once on its cut ([`Counting`]; ranges of `question`).
    #[serde(skip)]
    pub counting: Counting,
}

/// A place a question names, as the gazetteer knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NamedPlace {
    /// Its region path (浙江省/杭州市).
    pub path: String,
    /// Its full name (杭州市).
    pub name: String,
    /// For a name standing for several places (长三角: 上海市, 江苏省, 浙江省, 安徽省; 朝阳区 of
    /// 北京市 or of 长春市), the region paths of those places: a measure applies there when it
    /// applies in one of them. Empty for one place.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<String>,
}

/// The measure words of `measure_words` in `[count]` of `data/question_kinds.toml`, each with the
/// pattern of a count stated with it (「1名」「4层」「60岁」「两处」, 余 or 多 between).
static MEASURE_WORDS: LazyLock<Vec<(String, Regex)>> = LazyLock::new(|| {
    crate::question::rules::RULES
        .count
        .measure_words
        .iter()
        .filter_map(|w| {
            let re = format!(
                r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[余多]?{}",
                regex::escape(w)
            );
            Some((w.clone(), Regex::new(&re).ok()?))
        })
        .collect()
});

/// The measure word a question counts by when it is none of the count nouns (「联络员配几名」
/// → 名, 「大厅一共几层」 → 层, 「年满多少岁」 → 岁): written right after 几 or 多少 (个 between
/// at most), ending a word of the question ([`crate::question::asked_counts`]: 「多少门槛」 counts
/// no doors). The first one asked; None when it counts nothing so. `counting` is the
/// question's, read by its analysis ([`Analysis::counting`]).
pub(crate) fn counted_by(counting: &Counting) -> Option<&'static str> {
    let measure_words = &crate::question::rules::RULES.count.measure_words;
    counting
        .counts
        .iter()
        .map(|&(_, word)| word)
        .find(|word| measure_words.iter().any(|w| w == word))
}

/// Whether `sentence` states a count with measure word `word` (「配备1名联络员」 for 名).
pub(crate) fn states_count(sentence: &str, word: &str) -> bool {
    MEASURE_WORDS
        .iter()
        .find(|(w, _)| w == word)
        .is_some_and(|(_, re)| re.is_match(sentence))
}

/// Analyses `question`; `regions` resolves the place names of the index (山东, 威海, 经区).
/// The question is folded as the index folds text (NFKC, full-width, traditional → simplified,
/// lower case), so 「新開辦企業刻章要錢嗎」 is analysed as its simplified form.
pub fn analyze(question: &str, regions: &RegionAliases) -> Analysis {
    let question: String = fold(question).trim().to_owned();
    let q = question.as_str();

    let cues = cues::read(q);
    let counting = Counting::read(q);
    let (kind, is_question, kept) = (cues.kind, cues.is_question, cues.kept);
    let mut removed: Vec<Range<usize>> = cues.ranges;

    // The regions the question names that the index knows: the first (longest, leftmost) is
    // the region asked; every one says where a zone the question names is.
    let region_hits = regions.find(q);
    let region_hit = region_hits
        .first()
        .map(|(range, path)| (path.clone(), q[range.clone()].to_owned(), range.clone()));
    if let Some((_, _, range)) = &region_hit {
        removed.push(range.clone());
    }
    let indexed: Vec<Range<usize>> = region_hits.into_iter().map(|(range, _)| range).collect();
    let (place, place_ranges) = detect_place(q, &indexed);
    removed.extend(place_ranges);
    removed.extend(crate::question::rules::RULES.negations.ranges(q));
    let domain = detect_domain(q);

    let words = topic_words(q, &removed);
    let mut markers: Vec<String> = words
        .iter()
        .filter(|w| kept.iter().any(|k| k.contains(w.as_str())))
        .cloned()
        .collect();
    if markers.len() == words.len() {
        // Nothing else to search for: the markers are the topic.
        markers.clear();
    }
    let topic = if words.is_empty() {
        q.to_owned()
    } else {
        words.join(" ")
    };
    let (region, region_mention) = match region_hit {
        Some((path, mention, _)) => (Some(path), Some(mention)),
        None => (None, None),
    };
    // The index knows a place by the places it has measures of (烟台市, for 莱州市's); a
    // question naming a place inside it that the index does not know (烟台福山区) asks about
    // that place: 莱州市's measures are a neighbour's, not its own.
    let region = match (&region, &place) {
        (Some(r), Some(p)) if p.path.starts_with(&format!("{r}/")) => Some(p.path.clone()),
        // A question naming the nation and no other place asks the central rule (国家规定的产假
        // 是多少天; see `RegionAliases::names_nation`).
        (None, None) if regions.names_nation(q) => Some(crate::search::benefits::NATIONAL.into()),
        _ => region,
    };
    let unit = counting.time_unit.map(str::to_owned);
    // A question naming a type of figure (多少份额: a percentage; 多少钱) counts nothing. One
    // naming the unit of time it counts in (扣多少个月, 补多少天) asks for a duration, whatever
    // verb of money comes before the unit. How often (几年评一次) is asked with a unit too.
    // A question asking a count (多少人) that states a figure of a type itself (「比例只要15%」)
    // gives its case by that figure: the type is the condition, the count is what it asks.
    let counted = counting.noun.map(str::to_owned);
    let figure = crate::question::values::asked_figure(q)
        .filter(|&f| unit.is_none() || crate::question::values::wanted_by_any_kind(f))
        .filter(|&f| counted.is_none() || crate::question::values::find_figures(f, q).is_empty());
    let count = if unit.is_none() && figure.is_none() {
        counted
    } else {
        None
    };
    Analysis {
        figure,
        unit,
        count,
        question,
        kind,
        is_question,
        region,
        region_mention,
        place,
        domain,
        words,
        topic,
        markers,
        counting,
    }
}

/// The words of `q` outside the `removed` byte ranges, without fillers and punctuation.
fn topic_words(q: &str, removed: &[Range<usize>]) -> Vec<String> {
    let mut keep = vec![true; q.len()];
    for range in removed {
        keep[range.clone()].iter_mut().for_each(|k| *k = false);
    }
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, _) in q.char_indices().chain(std::iter::once((q.len(), ' '))) {
        let kept = i < q.len() && keep[i];
        match (kept, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                pieces.push(&q[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    let pieces: Vec<String> = pieces.into_iter().map(without_verbal_classifier).collect();
    let mut words: Vec<String> = Vec::new();
    let mut singles: Vec<String> = Vec::new();
    let parts = pieces.iter().flat_map(|whole| {
        let dictionary = DictionaryWords::of(whole);
        split_at_known_phrases(whole, &dictionary)
            .into_iter()
            .map(|range| {
                let part = &whole[range.clone()];
                if is_known_phrase(part) {
                    vec![part]
                } else {
                    dictionary.pieces_within(whole, range)
                }
            })
            .collect::<Vec<_>>()
    });
    for tokens in parts {
        // Characters the segmenter leaves alone next to each other are one word it does not
        // know (保函, 拿地): join them. A lone character matches almost anything: it is kept
        // only when nothing else is left. A run that is a filler (这事: 这 / 事) is dropped
        // like the filler written as one word.
        let mut run = String::new();
        let flush = |run: &mut String, words: &mut Vec<String>, singles: &mut Vec<String>| {
            // A word the segmenter does not know is two or three characters (保函, 拿地);
            // a longer run of single characters is a phrase it could not read (想一人扣),
            // which no measure writes: its characters are singles.
            let chars = run.chars().count();
            if chars > MAX_UNKNOWN_WORD {
                for c in run.chars() {
                    let c = c.to_string();
                    if !crate::question::is_filler(&c) && !singles.contains(&c) {
                        singles.push(c);
                    }
                }
                run.clear();
                return;
            }
            let list = if chars == 1 { singles } else { words };
            if !run.is_empty() && !crate::question::is_filler(run) && !list.iter().any(|w| w == run)
            {
                list.push(run.clone());
            }
            run.clear();
        };
        for word in tokens {
            let word = word.trim();
            let skip = word.is_empty()
                || !word.chars().any(|c| c.is_alphanumeric())
                || crate::question::is_filler(word);
            if !skip && word.chars().count() == 1 {
                run.push_str(word);
                continue;
            }
            flush(&mut run, &mut words, &mut singles);
            if !skip && !words.iter().any(|w| w == word) {
                words.push(word.to_owned());
            }
        }
        flush(&mut run, &mut words, &mut singles);
    }
    if words.is_empty() {
        words = singles;
    }
    words
}

/// The longest run of single characters read as one word the segmenter does not know.
const MAX_UNKNOWN_WORD: usize = 3;

/// Whether `phrase` is a way of asking the synonym tables know (办电, 开公司, 暖气).
fn is_known_phrase(phrase: &str) -> bool {
    SYNONYM_RULES.iter().any(|r| r.from == phrase)
}

/// Cuts `piece` so that the phrases of the synonym tables stand alone (the segmenter may not
/// know 办电 and would cut it into two characters), longest phrase first, where a phrase cuts
/// no word of the dictionary in two (交房 of 交房产证 is no phrase: [`DictionaryWords`]). Each
/// part is a byte range of `piece`, read with `words`, the segmentation of the whole piece: a
/// part cut again on its own would join its edge to other words (「开一家人」 of 「开一家人才中介」
/// reads 一家人, and 家人 would be a phrase of it).
fn split_at_known_phrases(piece: &str, words: &DictionaryWords) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_within(piece, words, 0..piece.len(), &mut out);
    out
}

/// [`split_at_known_phrases`] of the stretch `within` of `piece`, its parts pushed to `out`.
fn split_within(
    piece: &str,
    words: &DictionaryWords,
    within: Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    if within.is_empty() {
        return;
    }
    let phrases = SYNONYM_RULES
        .iter()
        .map(|r| r.from.as_str())
        .filter(|p| p.chars().count() >= 2);
    let mut best: Option<(usize, &str)> = None;
    for phrase in phrases {
        if let Some(pos) = words
            .occurrences_within(piece, within.clone(), phrase)
            .next()
        {
            let longer = best.is_none_or(|(_, b)| phrase.len() > b.len());
            if longer {
                best = Some((pos, phrase));
            }
        }
    }
    match best {
        None => out.push(within),
        Some((pos, phrase)) => {
            let end = pos + phrase.len();
            split_within(piece, words, within.start..pos, out);
            out.push(pos..end);
            split_within(piece, words, end..within.end, out);
        }
    }
}

/// The word lists of `data/place-words.toml` the reading of a question's place needs.
#[derive(serde::Deserialize)]
struct PlaceWords {
    ordinary_short_forms: Vec<String>,
    ordinary_shared_names: Vec<String>,
    partner_before: Vec<String>,
    origin_after: Vec<String>,
    own_after: Vec<String>,
    home: Vec<String>,
    zone_words: Vec<String>,
    abbreviation_before: Vec<String>,
    abbreviation_after: Vec<String>,
    province_abbreviations: Vec<(String, String)>,
}

static PLACE_WORDS: LazyLock<PlaceWords> = LazyLock::new(|| crate::data::PLACE_WORDS.toml());

/// A place beyond the gazetteer (`data/places-beyond.tsv`: 香港, countries and cities abroad,
/// zones without a division code, regions of several places): name, region path and, for a
/// name standing for several places of the mainland (长三角, 京津冀), their region paths.
type PlaceBeyond = (&'static str, &'static str, Vec<&'static str>);

/// [`PlaceBeyond`]s, longest name first.
static PLACES_BEYOND: LazyLock<Vec<PlaceBeyond>> = LazyLock::new(|| {
    let mut places: Vec<PlaceBeyond> = crate::data::PLACES_BEYOND
        .rows()
        .filter_map(|row| {
            let spans = row
                .get(2)
                .map(|s| s.split('|').filter(|p| !p.is_empty()).collect())
                .unwrap_or_default();
            Some((*row.first()?, *row.get(1)?, spans))
        })
        .collect();
    places.sort_by_key(|(name, _, _)| std::cmp::Reverse(name.len()));
    places
});

/// Short forms of county-level cities that are also ordinary words (`ordinary_short_forms` of
/// `data/place-words.toml`): 合作 of 合作市 names no place on its own.
static ORDINARY_SHORT_FORMS: LazyLock<&'static [String]> =
    LazyLock::new(|| PLACE_WORDS.ordinary_short_forms.as_slice());

/// The most specific place of the gazetteer `q` names, and the byte ranges of every place name
/// found. Full names count (杭州市, 武侯区); short forms (杭州, 宁波) for provinces and cities,
/// whose short forms are distinctive. A county's short form counts right after the name of
/// its city or province (深圳南山, 苏州昆山, 营口大石桥), and a county-level city's (义乌,
/// 昆山) also alone, where it stands as a word of its own and is no ordinary word
/// ([`ORDINARY_SHORT_FORMS`]): people call those cities so, while a district's or county's
/// short form (武侯, 和平) is too often a word of its own. Never the local shorthands that need
/// their parent named. A name several places share counts when the question also names the
/// parent of one of them (营口市站前区); a full name alone (朝阳区) stands for all of them
/// ([`NamedPlace::spans`]), unless it is an ordinary word too (城区, 郊区:
/// `ordinary_shared_names` of `data/place-words.toml`). A place inside an organisation's name (大连商品交易所)
/// does not count ([`super::institutions`]).
fn detect_place(q: &str, indexed: &[Range<usize>]) -> (Option<NamedPlace>, Vec<Range<usize>>) {
    let gazetteer = &*GAZETTEER;
    let organisations = super::institutions::organisation_names(q);
    let words = DictionaryWords::of(q);
    let mut found: Vec<(Range<usize>, Vec<usize>)> = Vec::new();
    let mut shared: Option<NamedPlace> = None;
    // The places the name just before may denote, and where it ends.
    let mut previous: Option<(usize, &[usize])> = None;
    for hit in gazetteer.scan(q) {
        let (range, entry) = (hit.at..hit.end(), hit.entry);
        let before = previous
            .filter(|(end, _)| *end == range.start)
            .map(|(_, p)| p);
        previous = Some((range.end, entry.places.as_slice()));
        // A name beginning inside another word (范县 of 示范县级城市) is none the asker wrote.
        if entry.contextual
            || super::institutions::inside(&organisations, &range)
            || words.starts_inside(range.start)
        {
            continue;
        }
        let after_parent = |i: usize| {
            let parent = gazetteer.places[i].parent;
            let grandparent = parent.and_then(|p| gazetteer.places[p].parent);
            before.is_some_and(|b| {
                b.iter()
                    .any(|&p| Some(p) == parent || Some(p) == grandparent)
            })
        };
        let county_level_city = |i: usize| {
            gazetteer.places[i].name.ends_with('市')
                && !words.ends_inside(range.end)
                && !ORDINARY_SHORT_FORMS.iter().any(|w| w == hit.name)
        };
        let places: Vec<usize> = entry
            .places
            .iter()
            .copied()
            .filter(|&i| {
                !entry.alias
                    || gazetteer.places[i].level != Level::County
                    || after_parent(i)
                    || county_level_city(i)
                    || names_its_level(hit.name)
            })
            .collect();
        // A full name several places share (朝阳区 of 北京市 and of 长春市), none of them
        // chosen yet: which one is asked is told by a parent named (below), else it stands
        // for all of them.
        if !entry.alias
            && places.len() > 1
            && hit.name.chars().count() >= 3
            && !words.ends_inside(range.end)
            && !PLACE_WORDS
                .ordinary_shared_names
                .iter()
                .any(|w| w == hit.name)
        {
            shared.get_or_insert_with(|| NamedPlace {
                path: hit.name.to_owned(),
                name: hit.name.to_owned(),
                spans: places
                    .iter()
                    .map(|&i| gazetteer.places[i].path.clone())
                    .collect(),
            });
        }
        if !places.is_empty() {
            found.push((range, places));
        }
    }
    let named: Vec<&str> = found
        .iter()
        .flat_map(|(_, places)| places.iter().map(|&i| gazetteer.places[i].path.as_str()))
        .collect();
    let mut best: Option<&crate::corpus::gazetteer::Place> = None;
    let mut ranges = Vec::new();
    for (range, places) in &found {
        let chosen: Vec<usize> = if places.len() == 1 {
            places.clone()
        } else {
            places
                .iter()
                .copied()
                .filter(|&i| {
                    let path = &gazetteer.places[i].path;
                    named.iter().any(|p| path.starts_with(&format!("{p}/")))
                })
                .collect()
        };
        let [one] = chosen.as_slice() else {
            continue;
        };
        let place = &gazetteer.places[*one];
        ranges.push(range.clone());
        if best.is_none_or(|b| place.level > b.level) {
            best = Some(place);
        }
    }
    let place = match best {
        // A zone written right after the place (营口高新区): a place inside it.
        Some(p) => Some(
            zone_after(q, &found, p, &words, indexed).unwrap_or_else(|| NamedPlace {
                path: p.path.clone(),
                name: p.name.clone(),
                spans: Vec::new(),
            }),
        ),
        // Its name stays a topic word: a document may be about the place (国务院关于河北
        // 雄安新区总体规划的批复), and where none is, the question is not answered anyway.
        // So does a full name several places share with no parent named: the question names
        // one of them, and where the corpus covers none, it names a place not covered.
        // A province by its one-character abbreviation (在沪, 京籍) counts only when nothing
        // else names a place: a longer name holding the character (京津冀, 沪苏浙皖) says more.
        None => place_beyond(q, &words)
            .map(|(_, place)| place)
            .or(shared)
            .or_else(|| {
                let (range, place) = abbreviated_province(q, &words)?;
                ranges.push(range);
                Some(place)
            }),
    };
    (place, ranges)
}

/// The province-level division `q` names by its one-character abbreviation (沪, 粤, 鲁:
/// `province_abbreviations` of `data/place-words.toml`), and the byte range of the character,
/// where it stands in one of the phrases Chinese writes it in as a place: right after a verb of
/// being in or going to it (在沪, 赴粤: `abbreviation_before`) or right before 籍 (京籍:
/// `abbreviation_after`). Not where the character begins a longer word (在京东, 在川菜馆) or the
/// phrase begins inside one.
fn abbreviated_province(q: &str, words: &DictionaryWords) -> Option<(Range<usize>, NamedPlace)> {
    let words_of = &*PLACE_WORDS;
    for (at, c) in q.char_indices() {
        let end = at + c.len_utf8();
        let Some((_, path)) = words_of
            .province_abbreviations
            .iter()
            .find(|(a, _)| a.chars().eq(std::iter::once(c)))
        else {
            continue;
        };
        let verb = words_of
            .abbreviation_before
            .iter()
            .find(|w| q[..at].ends_with(w.as_str()))
            .map(|w| at - w.len());
        let suffix = words_of
            .abbreviation_after
            .iter()
            .find(|w| q[end..].starts_with(w.as_str()))
            .map(|w| end + w.len());
        let phrase = match (verb, suffix) {
            (Some(start), _) => Some((start, end)),
            (None, Some(after)) => Some((at, after)),
            (None, None) => None,
        };
        let Some((start, stop)) = phrase else {
            continue;
        };
        if words.starts_inside(start) || words.ends_inside(stop) || words.ends_inside(end) {
            continue;
        }
        let place = GAZETTEER.by_path(path)?;
        return Some((
            at..end,
            NamedPlace {
                path: place.path.clone(),
                name: place.name.clone(),
                spans: Vec::new(),
            },
        ));
    }
    None
}

/// Whether a county's short form says its level (科右前旗, 威宁县 of 威宁彝族回族苗族自治县): a
/// name ending in 县 or 旗 names a county wherever it stands, unlike a district's short form
/// (武侯, 和平), which is often a word of its own.
fn names_its_level(name: &str) -> bool {
    name.chars().count() >= 3 && (name.ends_with('县') || name.ends_with('旗'))
}

/// The development zone written right after the mention of `place` (营口 + 高新区): a place
/// inside it (`zone_words` of `data/place-words.toml`). When the place has a zone of that kind
/// in the gazetteer (威海经济开发区 for 威海经济技术开发区: 高新 or 经济 in both), that zone, the
/// one named by the place alone (not 威海临港经济技术开发区); otherwise a zone the gazetteer
/// lacks, named by the mention and the zone word. Not when the question also names a place the
/// index knows outside the zone's mention (营口经济技术开发区(鲅鱼圈)): the asker said where
/// the zone is.
fn zone_after(
    q: &str,
    found: &[(Range<usize>, Vec<usize>)],
    place: &crate::corpus::gazetteer::Place,
    words: &DictionaryWords,
    indexed: &[Range<usize>],
) -> Option<NamedPlace> {
    let (range, _) = found.iter().find(|(_, places)| {
        places
            .iter()
            .any(|&i| GAZETTEER.places[i].path == place.path)
    })?;
    let rest = &q[range.end..];
    let zone = PLACE_WORDS
        .zone_words
        .iter()
        .filter(|z| rest.starts_with(z.as_str()))
        .max_by_key(|z| z.len())?;
    let end = range.end + zone.len();
    if words.ends_inside(end)
        || indexed
            .iter()
            .any(|r| r.start >= end || r.end <= range.start)
    {
        return None;
    }
    let kind = |name: &str| {
        if name.contains('高') {
            Some('高')
        } else if name.contains("经济") || name.contains("经开") || name.contains("开发区") {
            Some('经')
        } else {
            None
        }
    };
    let own = kind(zone).and_then(|k| {
        let place_idx = GAZETTEER.places.iter().position(|p| p.path == place.path)?;
        GAZETTEER
            .places
            .iter()
            .filter(|z| {
                z.parent == Some(place_idx)
                    && z.is_zone()
                    && kind(&z.name) == Some(k)
                    && z.name.starts_with(&q[range.clone()])
            })
            .min_by_key(|z| z.name.len())
    });
    let name = &q[range.start..end];
    Some(match own {
        Some(zone) => NamedPlace {
            path: zone.path.clone(),
            name: zone.name.clone(),
            spans: Vec::new(),
        },
        None => NamedPlace {
            path: format!("{}/{name}", place.path),
            name: name.to_owned(),
            spans: Vec::new(),
        },
    })
}

/// The place beyond the gazetteer the question names (`data/places-beyond.tsv`), where it
/// stands as a word of its own and is neither where goods go or come from or whom the asker
/// deals with (出口到美国, 与新加坡合作: `partner_before`) nor where a person or an enterprise
/// comes from (台湾同胞, 美国企业: `origin_after`) — unless the word begins the name of the
/// place's own law or tax (美国企业所得税: `own_after`).
fn place_beyond(q: &str, words: &DictionaryWords) -> Option<(Range<usize>, NamedPlace)> {
    // Of several (越南胡志明市: 越南 and 胡志明市), the deepest: the city, not its country.
    let mut best: Option<(Range<usize>, NamedPlace)> = None;
    let mut at = 0;
    while at < q.len() {
        let rest = &q[at..];
        let Some((name, path, spans)) = PLACES_BEYOND
            .iter()
            .find(|(name, _, _)| rest.starts_with(name))
        else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let end = at + name.len();
        let partner = PLACE_WORDS
            .partner_before
            .iter()
            .any(|w| q[..at].ends_with(w.as_str()));
        // A zone of the mainland (its path under a province of the gazetteer), or a region of
        // several of its places (长三角企业), is where its enterprises are (贵安新区企业开户):
        // never their origin.
        let mainland = !spans.is_empty()
            || path
                .split('/')
                .next()
                .is_some_and(|province| GAZETTEER.by_path(province).is_some());
        let own = PLACE_WORDS
            .own_after
            .iter()
            .any(|w| q[end..].starts_with(w.as_str()));
        let origin = !mainland
            && !own
            && PLACE_WORDS
                .origin_after
                .iter()
                .any(|w| q[end..].starts_with(w.as_str()));
        // A question placing the matter in this country (咱们国内, 我国) asks what applies
        // here; the foreign place is whose act or thing it is. A home word touching the
        // place's name (日本国内, 中国香港) says where that place is, or its inside.
        let home = !mainland
            && PLACE_WORDS.home.iter().any(|w| {
                q.match_indices(w.as_str())
                    .any(|(i, _)| i + w.len() < at || i > end)
            });
        let depth = |p: &str| p.matches('/').count();
        if !words.starts_inside(at)
            && !home
            && (!words.ends_inside(end) || own)
            && !partner
            && !origin
            && best
                .as_ref()
                .is_none_or(|(_, b)| depth(path) > depth(&b.path))
        {
            best = Some((
                at..end,
                NamedPlace {
                    path: (*path).to_owned(),
                    name: (*name).to_owned(),
                    spans: spans.iter().map(|s| (*s).to_owned()).collect(),
                },
            ));
        }
        at = end;
    }
    best
}

/// The canonical domain the question names, through the aliases of the rules table.
fn detect_domain(q: &str) -> Option<String> {
    std::iter::once(q)
        .chain(
            expansions(q)
                .into_iter()
                .flat_map(|rule| rule.to.iter().map(String::as_str)),
        )
        .find_map(crate::extract::domain::of_heading)
        .map(str::to_owned)
}

/// The words a topic word may be written as in a measure: itself and its synonyms (ours and
/// the search's `data/synonyms.tsv`).
pub fn variants(word: &str) -> Vec<String> {
    let mut all = vec![word.to_owned()];
    let mut add = |v: &str| {
        if !all.iter().any(|a| a == v) {
            all.push(v.to_owned());
        }
    };
    let folded = fold(word);
    for rule in SYNONYM_RULES.iter().filter(|r| r.from == folded) {
        rule.to.iter().for_each(|s| add(s));
    }
    all
}

/// The phrases of the synonym tables a phrase of theirs is made of, when it is made of
/// nothing else (网上开公司 = 网上 + 开公司), fewest first; empty otherwise. Read as one word,
/// the phrase hides its parts: a measure writes the whole either as one of the phrase's own
/// other names (全程电子化) or as each part in its own way (开办企业 … 线上办理).
pub fn phrase_parts(word: &str) -> Vec<String> {
    let folded = fold(word);
    if !SYNONYM_RULES.iter().any(|r| r.from == folded) {
        return Vec::new();
    }
    let phrases: Vec<&str> = SYNONYM_RULES
        .iter()
        .map(|r| r.from.as_str())
        .filter(|p| *p != folded && p.chars().count() >= 2)
        .collect();
    // Fewest parts to each byte offset (char boundaries only), and the part ending there.
    let n = folded.len();
    let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
    best[0] = Some((0, 0));
    for start in 0..n {
        let Some((count, _)) = best[start] else {
            continue;
        };
        for phrase in &phrases {
            if folded[start..].starts_with(phrase) {
                let end = start + phrase.len();
                if best[end].is_none_or(|(c, _)| count + 1 < c) {
                    best[end] = Some((count + 1, start));
                }
            }
        }
    }
    let mut parts = Vec::new();
    let mut end = n;
    while end > 0 {
        let Some((_, start)) = best[end] else {
            return Vec::new();
        };
        parts.push(folded[start..end].to_owned());
        end = start;
    }
    parts.reverse();
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions() -> RegionAliases {
        RegionAliases::new([
            "山东省",
            "山东省/威海市",
            "山东省/威海市/威海经济技术开发区",
            "山东省/烟台市",
            "山东省/烟台市/莱州市",
            "辽宁省",
            "辽宁省/营口市",
            "辽宁省/营口市/鲅鱼圈区",
        ])
    }

    fn kind(q: &str) -> &'static str {
        analyze(q, &regions()).kind.as_str()
    }

    #[test]
    fn kinds_follow_the_cues() {
        assert_eq!(kind("新开办企业刻章要钱吗"), "cost");
        assert_eq!(kind("出口退税多少天能办完"), "time");
        assert_eq!(kind("一业一证谁牵头"), "who");
        assert_eq!(kind("哪些地方实行了拿地即开工"), "precedent");
        assert_eq!(kind("其他地方怎么推行一业一证"), "precedent");
        // Where to go to do a thing is no question of which regions do it.
        assert_eq!(kind("经区办不动产登记，现在都能去哪些地方办"), "howto");
        assert_eq!(kind("多税合一申报什么时候实现"), "deadline");
        assert_eq!(kind("城镇社区养老服务设施哪年全覆盖"), "deadline");
        // a period asked for by name is a when question; hours of a day are not
        assert_ne!(kind("办税服务厅哪个时段人少"), "deadline");
        assert_eq!(kind("示范区计划在哪个时期建成"), "deadline");
        assert_eq!(kind("这个工程是什么年代开始建设的"), "deadline");
        assert_eq!(kind("小规模纳税人有什么税收优惠"), "list");
        assert_eq!(kind("自由职业者怎么在网上交社保"), "howto");
        assert_eq!(kind("二手房过户登记能在手机上办吗"), "yesno");
        assert_eq!(kind("暖气坏了报修多长时间能修好"), "time");
        assert_eq!(kind("政府采购电子保函 牵头部门是哪个"), "who");
        assert_eq!(kind("关税保证保险 保费补贴"), "cost");
        assert_eq!(kind("首次不罚"), "howto");
        // 各地/各省/各市 compare places, unless a date, a span or a unit is asked of them: a
        // directive addressed to 各省份 sets their deadline.
        assert_eq!(kind("各地信用修复有什么做法"), "precedent");
        assert_eq!(kind("各地政府采购给中小企业预留多少份额"), "precedent");
        assert_eq!(kind("各省份的考核信息系统什么时候建成"), "deadline");
        assert_eq!(kind("各市要在几个工作日内办结"), "time");
        // the day a law takes effect, asked with 哪天 and the verb of effect: the date its
        // final provisions set; 哪天 alone stays no date question
        assert_eq!(kind("北京现在这版统计条例是从哪天起施行的"), "deadline");
        assert_eq!(kind("残疾人保障法的实施办法是哪天起开始执行的"), "deadline");
        assert_ne!(kind("成绩哪天能查"), "deadline");
        // which body, asked by its level or its kind of office: who
        assert_eq!(kind("农村村民建房用宅基地，由哪一级政府审批"), "who");
        assert_eq!(kind("信息技术攻关的重大项目是哪个厅牵头"), "who");
        assert_eq!(kind("指数基金的资金托管在哪家银行"), "who");
        assert_ne!(kind("哪个部分最重要"), "who");
        assert_eq!(kind("储能场景建设归哪个市的办公室管"), "who");
        assert_eq!(kind("车路云一体化试点城市那一项由哪里负责"), "who");
        // where a complaint goes, or whom to turn to: the body receiving it
        assert_eq!(kind("坐出租车被多收钱了，去哪投诉"), "who");
        assert_eq!(kind("发现有人非法捕鱼可以向哪儿举报"), "who");
        assert_eq!(kind("想申请列入保护名录，找哪里"), "who");
        assert_ne!(kind("投诉处理要多久"), "who");
    }

    #[test]
    fn how_much_tax_or_fee_was_cut_asks_a_sum_of_money() {
        let a = analyze("经区2020年给企业减了多少税费", &regions());
        assert_eq!(a.figure, Some("money"));
        assert_eq!(analyze("退多少税", &regions()).figure, Some("money"));
        // A span cut (减了多少天) is no sum.
        assert_ne!(
            analyze("开办企业减了多少天", &regions()).figure,
            Some("money")
        );
    }

    #[test]
    fn region_is_found_by_short_name_and_alias() {
        let a = analyze("威海 企业间不动产转移登记 多久办结", &regions());
        assert_eq!(a.region.as_deref(), Some("山东省/威海市"));
        assert_eq!(a.region_mention.as_deref(), Some("威海"));
        let a = analyze("在经区开公司要多久能办下来", &regions());
        assert_eq!(
            a.region.as_deref(),
            Some("山东省/威海市/威海经济技术开发区")
        );
        let a = analyze("莱州清理证明事项 哪个部门牵头", &regions());
        assert_eq!(a.region.as_deref(), Some("山东省/烟台市/莱州市"));
        let a = analyze("山东2022年减税降费有哪些政策", &regions());
        assert_eq!(a.region.as_deref(), Some("山东省"));
        assert_eq!(a.domain.as_deref(), Some("减税降费"));
        assert_eq!(analyze("暖气坏了报修", &regions()).region, None);
    }

    #[test]
    fn a_question_naming_the_nation_and_no_other_place_asks_the_central_rule() {
        let regions = RegionAliases::new(["全国", "山东省", "山东省/烟台市"]);
        let a = analyze("国家有没有给小微企业的补贴", &regions);
        assert_eq!(a.region.as_deref(), Some("全国"));
        // A place named, even one the index lacks (北京, 青岛): its own rule.
        for q in [
            "在北京登记结婚，婚假比国家规定的能多几天",
            "青岛婚假比国家规定多几天",
        ] {
            assert_ne!(analyze(q, &regions).region.as_deref(), Some("全国"), "{q}");
        }
        assert_eq!(
            analyze("烟台婚假比国家规定多几天", &regions)
                .region
                .as_deref(),
            Some("山东省/烟台市")
        );
        assert_eq!(
            analyze("国家级专精特新企业有什么奖励", &regions).region,
            None
        );
    }

    #[test]
    fn places_outside_the_index_are_named_and_left_out_of_the_topic() {
        let a = analyze("杭州开公司多久能拿到营业执照", &regions());
        let place = a.place.as_ref().expect("杭州 is a place");
        assert_eq!(place.path, "浙江省/杭州市");
        assert!(!a.words.iter().any(|w| w.contains("杭州")), "{a:?}");
        let a = analyze("营口市站前区不动产登记多长时间能办完", &regions());
        assert_eq!(a.place.unwrap().path, "辽宁省/营口市/站前区");
        let a = analyze("威海 企业间不动产转移登记 多久办结", &regions());
        assert_eq!(a.place.unwrap().path, "山东省/威海市");
        assert_eq!(
            analyze("暖气坏了报修多长时间能修好", &regions()).place,
            None
        );
        // An exchange seated in 大连 names no region: its word stays in the topic.
        let a = analyze("大连商品交易所加玉米期货这个事", &regions());
        assert_eq!(a.place, None, "{a:?}");
        assert!(a.words.iter().any(|w| w.contains("大连")), "{a:?}");
        // A name read out of another word (范县 of 示范县级) is no place.
        let a = analyze("山东要评多少个就业友好型的示范县级城市", &regions());
        assert_eq!(
            a.place.as_ref().map(|p| p.path.as_str()),
            Some("山东省"),
            "{a:?}"
        );
        let a = analyze("烟台福山区开公司多久", &regions());
        assert!(
            a.place.as_ref().is_some_and(|p| p.path.ends_with("福山区")),
            "{a:?}"
        );
    }

    /// Places beyond the mainland gazetteer (香港, countries and cities abroad, new areas without
    /// a division code) are the place asked, except where goods go or someone comes from.
    #[test]
    fn places_beyond_the_gazetteer_are_the_place_asked_unless_partners_or_origins() {
        let place = |q: &str| analyze(q, &regions()).place.map(|p| p.path);
        assert_eq!(
            place("慕尼黑那边对外籍人才签证有啥便利").as_deref(),
            Some("德国/慕尼黑")
        );
        assert_eq!(
            place("澳门商事纠纷有速裁团队吗").as_deref(),
            Some("澳门特别行政区")
        );
        assert_eq!(
            place("越南胡志明市出口退税平均多久").as_deref(),
            Some("越南/胡志明市")
        );
        assert_eq!(
            place("贵安新区企业开户要多久").as_deref(),
            Some("贵州省/贵安新区")
        );
        // The place's own tax, though the segmenter reads 美/国企 and 企业 is an origin word.
        assert_eq!(place("美国企业所得税率多少").as_deref(), Some("美国"));
        for q in [
            "出口到美国的企业有什么补贴",
            "对日本出口的企业退税多久",
            "台湾同胞在威海创业有补贴吗",
            "美国企业在莱州设厂要多久",
            "朝鲜族聚居地区有什么政策",
            "依法国有资产怎么监管",
            // The matter placed in this country: the foreign place is whose act it is.
            "日本当年扔在咱们国内的化学武器,这事由谁统一管",
        ] {
            let p = place(q);
            assert!(
                p.as_deref().is_none_or(|p| p.starts_with("山东省")),
                "{q}: {p:?}"
            );
        }
    }

    /// A region of several places (长三角, 京津冀), a part of a province named as one (苏南), a
    /// city's byname (蓉城) and a district's full name several places share (朝阳区) are
    /// places a question names; a shared name that is an ordinary word (城区) is none.
    #[test]
    fn regions_of_several_places_bynames_and_shared_names_are_places() {
        let place = |q: &str| analyze(q, &regions()).place;
        let p = place("长三角地区接电要多久").expect("长三角地区 is a region");
        assert_eq!(p.path, "长江三角洲");
        assert_eq!(p.spans, ["上海市", "江苏省", "浙江省", "安徽省"]);
        // Its enterprises are where it is, not an origin.
        let p = place("珠三角企业用水报装几天").expect("珠三角 is a region");
        assert_eq!(p.spans, ["广东省"]);
        assert_eq!(
            place("京津冀地区企业注销要多久").map(|p| p.spans.len()),
            Some(3)
        );
        assert_eq!(
            place("蓉城注册公司要多久").map(|p| p.path).as_deref(),
            Some("四川省/成都市")
        );
        let p = place("朝阳区开办企业要几天").expect("朝阳区 is a district");
        assert_eq!(p.name, "朝阳区");
        assert_eq!(p.spans.len(), 2, "{p:?}");
        // A parent named says which one.
        assert_eq!(
            place("北京朝阳区开办企业要几天").map(|p| p.path).as_deref(),
            Some("北京市/朝阳区")
        );
        assert_eq!(place("城区企业用电报装要几天"), None);
    }

    /// A province named by its one-character abbreviation in the phrases that write it as a
    /// place (在沪, 赴粤, 京籍) is the place asked; elsewhere the character is a word's.
    #[test]
    fn a_province_by_its_abbreviation_is_a_place_in_the_phrases_that_write_it_so() {
        let place = |q: &str| analyze(q, &regions()).place.map(|p| p.path);
        for (q, path) in [
            ("在沪企业社保怎么交", "上海市"),
            ("来沪人员子女教育扣除", "上海市"),
            ("京籍人员创业补贴有多少", "北京市"),
            ("在京企业社保怎么交", "北京市"),
            ("赴粤企业用电报装要几天", "广东省"),
            ("沪上开公司要几天", "上海市"),
            ("在鲁企业开办要几天", "山东省"),
        ] {
            assert_eq!(place(q).as_deref(), Some(path), "{q}");
        }
        for q in [
            "在京东上开网店要办什么证",
            "川菜馆开业要办什么证",
            "京剧团演出要审批吗",
            "粤语节目怎么备案",
            "京津冀地区企业注销要多久",
        ] {
            let p = place(q);
            assert!(
                p.as_deref()
                    .is_none_or(|p| p != "北京市" && p != "四川省" && p != "广东省"),
                "{q}: {p:?}"
            );
        }
        let a = analyze("在沪企业社保怎么交", &regions());
        assert!(!a.words.iter().any(|w| w.contains('沪')), "{:?}", a.words);
    }

    /// A zone named by its place and a zone word is a place inside it: the gazetteer's zone of
    /// that kind when the place has one, else a zone the gazetteer lacks, unless the question
    /// says where the zone is with a place the index knows.
    #[test]
    fn a_zone_after_a_place_is_a_place_inside_it() {
        let place = |q: &str| analyze(q, &regions()).place.map(|p| p.path);
        assert_eq!(
            place("营口高新区供暖维修要多久").as_deref(),
            Some("辽宁省/营口市/营口高新区")
        );
        assert_eq!(
            place("威海经济开发区纳税时间压到多少小时").as_deref(),
            Some("山东省/威海市/威海经济技术开发区")
        );
        assert_eq!(
            place("营口经济技术开发区(鲅鱼圈)供电可靠性要提到多少").as_deref(),
            Some("辽宁省/营口市")
        );
    }

    /// An autonomous county goes by its stem and level (威宁县), a 旗 by its short form (科右前旗).
    #[test]
    fn autonomous_counties_and_banners_go_by_their_everyday_names() {
        let place = |q: &str| analyze(q, &regions()).place.map(|p| p.path);
        assert_eq!(
            place("威宁县法院能网上立案吗").as_deref(),
            Some("贵州省/毕节市/威宁彝族回族苗族自治县")
        );
        assert_eq!(
            place("科右前旗新办企业刻公章收不收钱").as_deref(),
            Some("内蒙古自治区/兴安盟/科尔沁右翼前旗")
        );
    }

    /// A county-level city goes by its short form (江阴, 晋江), a county or district by its
    /// short form after its city (深圳南山); the short forms that are words of their own, of a
    /// longer word (高密 of 高密度, 合作 of 合作社) or ordinary ones (合作, 东方) alone, and
    /// a district's alone (武侯), name no place.
    #[test]
    fn county_level_cities_go_by_their_short_forms() {
        let place = |q: &str| analyze(q, &regions()).place.map(|p| p.path);
        assert_eq!(
            place("在江阴注册公司一般要几天").as_deref(),
            Some("江苏省/无锡市/江阴市")
        );
        assert_eq!(
            place("晋江的企业接电要等多久").as_deref(),
            Some("福建省/泉州市/晋江市")
        );
        assert_eq!(
            place("深圳南山开办企业要什么材料").as_deref(),
            Some("广东省/深圳市/南山区")
        );
        assert_eq!(
            place("营口大石桥不动产登记几天").as_deref(),
            Some("辽宁省/营口市/大石桥市")
        );
        let a = analyze("江阴注册公司", &regions());
        assert!(!a.words.iter().any(|w| w.contains("江阴")), "{a:?}");
        for q in [
            "合作社贷款有没有贴息",
            "东方有什么扶持政策",
            "高密度住宅的消防验收",
            "武侯祠门票要预约吗",
            "临海产业园招商政策",
        ] {
            assert_eq!(place(q), None, "{q}");
        }
    }

    #[test]
    fn a_synonym_phrase_is_cut_out_only_where_it_borrows_no_other_word() {
        let a = analyze("交房产证要多久", &regions());
        assert!(!a.words.iter().any(|w| w == "交房"), "{a:?}");
        let a = analyze("新房什么时候交房", &regions());
        assert!(a.words.iter().any(|w| w == "交房"), "{a:?}");
    }

    /// The parts around a synonym phrase are read with the words of the whole question: cut
    /// again on their own, 「开一家人才」 (before 中介, a phrase inside 人才中介) would read
    /// 一家人 and give the phrase 家人 and the piece 开一, and 人才 would be lost.
    #[test]
    fn the_parts_around_a_phrase_keep_the_words_of_the_whole_question() {
        let a = analyze("开一家人才中介机构,要找哪个部门批", &regions());
        assert!(a.words.iter().any(|w| w == "人才"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "中介"), "{a:?}");
        assert!(!a.words.iter().any(|w| w == "家人" || w == "开一"), "{a:?}");
        // A phrase standing on its own is still cut out (家长 → 监护人).
        let a = analyze("家长能不能查孩子的成绩", &regions());
        assert!(a.words.iter().any(|w| w == "家长"), "{a:?}");
    }

    /// People name a regulation's parties by everyday names (家长, 工人, 猎头, 教育局); the
    /// synonym data gives the legal names (监护人, 员工, 人才中介, 教育行政部门).
    #[test]
    fn everyday_names_of_a_regulation_s_parties_have_their_legal_names() {
        for (word, legal) in [
            ("家长", "监护人"),
            ("工人", "员工"),
            ("猎头", "人才中介"),
            ("私营", "民营"),
            ("教育局", "教育行政部门"),
            ("上市公司", "上市"),
        ] {
            assert!(
                variants(word).iter().any(|v| v == legal),
                "{word}: {:?}",
                variants(word)
            );
        }
    }

    #[test]
    fn topic_drops_cues_region_and_fillers() {
        // A conjunction cuts a run of characters the segmenter does not know; the asker's
        // own contrast in time (原来…现在) is no topic word.
        let a = analyze("压矿和地灾评估要企业掏钱吗", &regions());
        assert!(a.words.iter().any(|w| w == "压矿"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "地灾"), "{a:?}");
        assert!(!a.words.iter().any(|w| w.contains('和')), "{a:?}");
        // 哪些人 asks who, as a class: its 人 joins no word of the topic.
        let a = analyze("政府性融资担保机构主要给哪些人做担保", &regions());
        assert!(!a.topic.contains("人做"), "{a:?}");
        assert!(a.topic.contains("担保"), "{a:?}");
        assert_eq!(a.kind, Kind::List);
        // Which kind and what besides (什么样的, 除了), and a demonstrative with its classifier
        // (那家, 一块), frame the thing asked: no topic word.
        let a = analyze("什么样的商家不许卖预付卡", &regions());
        assert!(!a.words.iter().any(|w| w == "什么样"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "预付卡"), "{a:?}");
        let a = analyze("除了室内,哪些露天的地方也不让抽烟", &regions());
        assert!(!a.words.iter().any(|w| w == "除了"), "{a:?}");
        let a = analyze("那家理发店要关门了", &regions());
        assert!(!a.words.iter().any(|w| w == "那家"), "{a:?}");
        let a = analyze("机关决策原来要过几层", &regions());
        assert!(!a.words.iter().any(|w| w == "原来"), "{a:?}");
        // Whether the act told of is allowed, asked by pointing back at it (这样合规吗), and a
        // notice's text reported (写着): how the asker asks; 合规 of a thing stays a topic.
        let a = analyze("有公司招聘写着只要男的,这样合规吗", &regions());
        assert!(!a.words.iter().any(|w| w == "合规" || w == "写着"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "招聘"), "{a:?}");
        let a = analyze("导游一路上暗示我们给小费,这合法吗", &regions());
        assert!(!a.words.iter().any(|w| w == "合法"), "{a:?}");
        let a = analyze("企业合规有哪些要求", &regions());
        assert!(a.words.iter().any(|w| w == "合规"), "{a:?}");
        // 方面 frames the topic (在知识产权方面): the matter is the words before it.
        let a = analyze("山东在知识产权方面有哪些新举措", &regions());
        assert!(!a.words.iter().any(|w| w == "方面"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "知识产权"), "{a:?}");
        let a = analyze("新开办企业刻章要花钱吗", &regions());
        assert!(
            !a.topic.contains('吗') && !a.topic.contains("花钱"),
            "{a:?}"
        );
        assert!(a.words.iter().any(|w| w == "刻章"), "{a:?}");
        let a = analyze("威海 企业开办 哪个部门牵头", &regions());
        assert!(
            !a.topic.contains("威海") && !a.topic.contains("部门"),
            "{a:?}"
        );
        assert!(a.topic.contains("企业"), "{a:?}");
        assert_eq!(a.domain.as_deref(), Some("开办企业"));
        let a = analyze("企业没钱了申请破产清算还要交受理费吗", &regions());
        assert!(a.topic.contains("受理费"), "{a:?}");
        assert_eq!(a.kind, Kind::Cost);
        // How much a fine is asks a sum (法律责任 articles set it): a cost question.
        for q in [
            "高空抛物罚款多少",
            "往楼下扔东西要罚多少钱",
            "违规养犬会被罚多少",
            "占道经营怎么罚",
            // how far a fine goes, and a fine in the asker's money
            "在楼顶上私自立大型广告牌,最多能罚到多少",
            "个人乱贴小广告,每张罚几块钱",
        ] {
            assert_eq!(analyze(q, &regions()).kind, Kind::Cost, "{q}");
        }
        // Who punishes is who acts: a who question.
        let a = analyze("燃气公司没派人到施工现场盯着,谁来处罚", &regions());
        assert_eq!(a.kind, Kind::Who, "{a:?}");
        // Who in general (有人) and what in general (事情) name nothing asked about.
        let a = analyze("暖气坏了多久有人来修", &regions());
        assert!(!a.words.iter().any(|w| w == "有人"), "{a:?}");
        let a = analyze("第一次上访的事情多久办完", &regions());
        assert!(!a.words.iter().any(|w| w == "事情"), "{a:?}");
        // 「这事归哪个部门管」: whose charge it falls under (a who question); 这事 says nothing,
        // whether the segmenter writes it as one word or two characters.
        let a = analyze("威海医养结合床位这事归哪个部门管", &regions());
        assert_eq!(a.kind, Kind::Who);
        assert_eq!(a.words, ["医养", "结合", "床位"], "{a:?}");
        // What every measure is (措施, 做法) is what a list asks for, not what about.
        let a = analyze("山东省政府采购有哪些改革措施", &regions());
        assert!(!a.words.iter().any(|w| w == "措施"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "政府采购"), "{a:?}");
        let a = analyze("经区企业一年交税要花多少小时", &regions());
        assert!(!a.words.iter().any(|w| w == "一年"), "{a:?}");
        // How the asker judges the matter (太久, 省事, 好几个) is not what it is about.
        let a = analyze("住院太久钱垫不起，能不能不出院先报销", &regions());
        assert!(!a.words.iter().any(|w| w == "太久"), "{a:?}");
        assert!(a.words.iter().any(|w| w == "住院"), "{a:?}");
        let a = analyze("开个饭馆要跑好几个证，最省事怎么办", &regions());
        assert!(
            !a.words
                .iter()
                .any(|w| w == "好几个" || w == "省事" || w == "最省事"),
            "{a:?}"
        );
        // The verb after a time cue is how someone asks (修好, 到账), not the topic.
        for (q, verb) in [
            ("暖气坏了报修多长时间能修好", "修好"),
            ("出口退税几天能到账", "到账"),
        ] {
            let a = analyze(q, &regions());
            assert_eq!(a.kind, Kind::Time, "{a:?}");
            assert!(!a.topic.contains(verb), "{a:?}");
        }
        // A span counted in months is a time limit too.
        let a = analyze("住房贷款利息最长能扣除多少个月", &regions());
        assert_eq!(a.kind, Kind::Time, "{a:?}");
        assert_eq!(a.unit.as_deref(), Some("个月"), "{a:?}");
    }

    #[test]
    fn people_and_households_are_counted_like_any_noun() {
        let a = analyze("马鬃山村一共住了多少人", &regions());
        assert_eq!(a.count.as_deref(), Some("人"), "{a:?}");
        assert_eq!(
            analyze("村里有几户", &regions()).count.as_deref(),
            Some("户")
        );
        assert_eq!(analyze("要跑几次", &regions()).count.as_deref(), Some("次"));
        assert_eq!(
            analyze("用电报装要几个环节", &regions()).count.as_deref(),
            Some("环节")
        );
    }

    #[test]
    fn a_count_by_a_measure_word_is_read_with_it() {
        assert_eq!(
            counted_by(&Counting::read("莱州各部门的证明核验联络员配几名")),
            Some("名")
        );
        assert_eq!(
            counted_by(&Counting::read("经区政务服务大厅一共几层")),
            Some("层")
        );
        assert_eq!(counted_by(&Counting::read("老人要满多少岁")), Some("岁"));
        assert_eq!(counted_by(&Counting::read("企业开办要几天")), None);
        // A noun beginning with a measure word is no count in it.
        assert_eq!(counted_by(&Counting::read("开一家药店有多少门槛")), None);
        assert_eq!(counted_by(&Counting::read("活动要多少场地")), None);
        assert_eq!(
            counted_by(&Counting::read("山东让几支队伍同时攻关")),
            Some("支")
        );
        assert!(states_count("各部门配备1名联络员", "名"));
        assert!(states_count("大厅分为四层", "层"));
        assert!(!states_count("建立联络员制度", "名"));
    }

    #[test]
    fn a_figure_type_the_question_states_a_value_of_is_its_case_not_what_it_asks() {
        // 比例只要15% gives the case; 多少人 is asked.
        let a = analyze("多少人以上的企业新招比例只要15%", &regions());
        assert_eq!((a.figure, a.count.as_deref()), (None, Some("人")), "{a:?}");
        // Without a count asked, the type named is asked even beside a value of it (从1%降到多少).
        let a = analyze("担保费率从1%降到多少", &regions());
        assert_eq!(a.figure, Some("percent"));
        // A type named without a value of it is asked: no count.
        let a = analyze("新招多少人比例是多少", &regions());
        assert_eq!((a.figure, a.count.as_deref()), (Some("percent"), None));
    }

    #[test]
    fn a_question_naming_a_type_of_figure_counts_nothing() {
        let a = analyze("各地预留多少份额", &regions());
        assert_eq!(a.figure, Some("percent"));
        assert_eq!(a.count, None);
        assert!(analyze("用电报装要几个环节", &regions()).count.is_some());
        // The unit of time named decides: 扣多少 is money, 扣多少个月 a duration.
        let a = analyze("房贷利息最长能扣多少个月", &regions());
        assert_eq!((a.figure, a.unit.as_deref()), (None, Some("个月")));
        assert_eq!(
            analyze("房贷利息每月能扣多少", &regions()).figure,
            Some("money")
        );
    }

    #[test]
    fn a_deduction_or_a_payment_s_standard_asks_a_sum_or_a_share() {
        // Laws state a deduction and the standard of a payment as a sum or as a share of a
        // base (递减百分之二十, 最低工资标准的百分之八十): 扣多少 asks either.
        for q in ["伤残就业补助金每少一年要扣多少", "每月的失业金按什么标准定"]
        {
            assert_eq!(analyze(q, &regions()).figure, Some("sum_or_share"), "{q}");
        }
        assert!(crate::question::values::is_figure(
            "sum_or_share",
            "百分之二十"
        ));
        assert!(crate::question::values::is_figure("sum_or_share", "一千元"));
        assert!(!crate::question::values::is_figure(
            "sum_or_share",
            "十八个月"
        ));
    }

    #[test]
    fn an_area_asked_wants_square_metres_whatever_the_kind() {
        for q in [
            "山区批宅基地每户面积上限是多少",
            "农村建房能盖多少平方米",
            "宅基地面积多大",
            // 多大 asked of a space is its area
            "丘陵地区的村民新批宅基地每户最多多大",
            "开人力资源中介,经营场地最少要多大",
        ] {
            assert_eq!(analyze(q, &regions()).figure, Some("area"), "{q}");
        }
        assert!(crate::question::values::wanted_by_any_kind("area"));
        assert!(crate::question::values::is_figure(
            "area",
            "不超过150平方米"
        ));
        assert!(!crate::question::values::is_figure("area", "150元"));
        // A sum per square metre is money.
        assert_eq!(
            analyze("耕地占用税每平方米多少钱", &regions()).figure,
            Some("money")
        );
    }

    #[test]
    fn an_age_asked_wants_years_of_age_whatever_the_kind() {
        for q in [
            "见习补贴失业青年年龄上限是多少岁",
            "几岁以上的老人能领补贴",
            "申请人年龄是多少",
        ] {
            assert_eq!(analyze(q, &regions()).figure, Some("age"), "{q}");
        }
        assert!(crate::question::values::wanted_by_any_kind("age"));
        assert!(crate::question::values::is_figure("age", "16—24岁"));
        assert!(crate::question::values::is_figure("age", "年满60周岁"));
        assert!(!crate::question::values::is_figure("age", "3—12个月"));
        assert!(!crate::question::values::is_figure("age", "补贴"));
    }

    #[test]
    fn a_distance_asked_with_its_range_or_its_place_wants_metres() {
        for q in [
            "学校旁边多远以内不能卖烟",
            "网吧离学校多远",
            "距离居民区至少多少米",
        ] {
            assert_eq!(analyze(q, &regions()).figure, Some("distance"), "{q}");
        }
        assert!(crate::question::values::is_figure(
            "distance",
            "周边一百米内"
        ));
        assert!(!crate::question::values::is_figure("distance", "150平方米"));
        // 多远 alone asks no rule's distance.
        assert_eq!(analyze("地球到月亮多远", &regions()).figure, None);
    }

    #[test]
    fn a_day_asked_asks_a_date() {
        assert_eq!(kind("控烟条例几月几号开始实行"), "deadline");
        assert_eq!(kind("报名几月几号截止"), "deadline");
        assert_eq!(kind("社团自查是在哪几个月"), "deadline");
        assert_eq!(kind("自查要几个月"), "time");
    }

    #[test]
    fn the_standard_of_a_payment_asks_its_sum() {
        // 扣除标准, 补贴标准: the sum a payment is allowed or paid at.
        for q in ["个税子女教育扣除标准", "创业补贴标准是什么"] {
            assert_eq!(analyze(q, &regions()).figure, Some("money"), "{q}");
        }
        // A standard that is no payment's (技术标准) asks no sum.
        assert_eq!(analyze("电动车技术标准", &regions()).figure, None);
    }

    #[test]
    fn a_phrase_of_the_tables_made_of_others_has_them_as_parts() {
        // 网上开公司 is 网上 + 开公司, each a phrase of the tables with its own other names.
        assert_eq!(phrase_parts("网上开公司"), ["网上", "开公司"]);
        // A phrase made of no others, and a word that is no phrase, have none.
        assert!(phrase_parts("开公司").is_empty());
        assert!(phrase_parts("营商环境").is_empty());
    }

    #[test]
    fn the_classifier_of_a_verb_and_its_object_is_left_out() {
        let a = analyze("经区刻个章要多长时间", &regions());
        assert!(a.words.iter().any(|w| w == "刻章"), "{a:?}");
    }

    #[test]
    fn a_question_of_cues_only_searches_itself() {
        let a = analyze("多少钱?", &regions());
        assert_eq!(a.topic, "多少钱?");
    }
}
