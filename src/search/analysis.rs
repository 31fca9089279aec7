//! Query analysis, once per search: the user's text → folded words (the index's own analyzer,
//! stop words dropped), phrase candidates, synonym expansions, the regions it names, and the
//! kind of answer it asks for when it is a question, and its syntax ([`crate::search::syntax`]:
//! `"…"` phrases that must match, `-word` exclusions that must not). Everything downstream (the
//! tantivy query, partial-word matching, the rerank, the kind prior, highlights) reads this one
//! [`Analysis`].

use std::collections::HashSet;

use crate::index::analyzer::{fold, is_word, JIEBA_DICT};
use crate::question::cues::read as read_cues;
use crate::question::{
    asked_bounds, asked_kind, is_counted_party, is_filler, without_verbal_classifier, Counting,
    Kind,
};
use crate::search::syntax;
use crate::search::vocabulary::{
    arabic_quantities, expansions, is_stopword, unit_forms, RegionAliases, Synonym,
};
use jieba_rs::Token;

/// Weight of a word that is part of a longer word of the query (jieba's search mode gives
/// 工程, 建设, 项目, 建设项目 besides 工程建设项目): the compound is not counted several times.
pub const PART_WEIGHT: f32 = 0.7;
/// What a query says, after analysis.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// The folded query, without its exclusions and quote marks.
    pub folded: String,
    /// Folded phrases (`"…"`) every result must hold as written.
    pub phrases: Vec<String>,
    /// Folded words or phrases (`-word`, `-"…"`) no result may hold.
    pub excluded: Vec<String>,
    /// The user's words (search mode, folded, stop words and region names dropped), deduped.
    pub words: Vec<String>,
    /// Runs of consecutive kept words in default-mode segmentation: phrase candidates.
    pub chunks: Vec<Vec<String>>,
    /// Words of `chunks` that are single characters left of a word the dictionary does not
    /// know ([`fragments`]: 园 and 方 of 园方, 智 算 谷 of 智算谷): no word of the question on
    /// their own, so they do not tell a document's articles apart.
    pub fragments: Vec<String>,
    /// Synonym expansions: each a (folded) phrase.
    pub expansions: Vec<String>,
    /// Words of the expansions (search mode), not already among `words`.
    pub expansion_words: Vec<String>,
    /// The synonym rules the query (region names blanked) triggers, `expansions` made of.
    pub synonyms: Vec<&'static Synonym>,
    /// The query's measured quantities, each with another written form of its unit
    /// (`("10kv", "10千伏")`: [`crate::search::vocabulary::unit_forms`]), among `expansions`.
    pub unit_forms: Vec<(String, String)>,
    /// Region paths named in the query.
    pub regions: Vec<String>,
    /// The kind of answer the query asks for, when it is asked as a question (the kind prior
    /// of the rerank); `None` for keywords.
    pub kind: Option<Kind>,
    /// Of a question, the words that are how it asks (its cues: 有先例吗, and 哪些项目, a
    /// compound formed across one; its fillers: 马上, 请问), not what about. They still score, but a match need not hold them
    /// ([`crate::search::matching`]): as rare or unheld words they would outweigh the topic.
    pub asking: Vec<String>,
    /// What the query counts by ([`Counting`]; ranges of the query trimmed), read once for
    /// its asking words and for the rerank's prior.
    pub counting: Counting,
}

impl Analysis {
    /// Every word to highlight in snippets.
    pub fn highlight_terms(&self) -> HashSet<String> {
        self.words
            .iter()
            .chain(&self.expansion_words)
            .cloned()
            .collect()
    }

    /// Whether there is anything to match on.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.expansions.is_empty() && self.regions.is_empty()
    }
}

/// Analyses a query (see [`Analysis`]). The syntax is read after folding, so full-width
/// quote marks and minus signs (＂…＂, －电子) work as their ASCII forms.
pub fn analyze(q: &str, regions: &RegionAliases) -> Analysis {
    let syntax = syntax::parse(&fold(q.trim()));
    let folded = syntax.text;
    let found = regions.find(&folded);
    // Region names are blanked out of the text the words come from.
    let mut text = folded.clone();
    for (range, _) in found.iter().rev() {
        // A space for each byte, so that `text` keeps the byte offsets of `folded`: the cues
        // and counts asked are found in `folded` and blanked in `text` at the same offsets
        // (a space a character shifted every cue after a place's name, 「莱州企业退税多快能办好」
        // blanking 能办好 and leaving 多 and 快 as the topic).
        let spaces = " ".repeat(range.len());
        text.replace_range(range.clone(), &spaces);
    }
    let mut seen = HashSet::new();
    let mut words = Vec::new();
    // The asker's count of the parties in their story (一家, 两位) is not scored: a law names
    // the kind of party, not how many the asker has in mind (`is_counted_party`).
    let scored = |w: &str| is_word(w) && !is_stopword(w) && !is_counted_party(w);
    for token in JIEBA_DICT.cut_for_search(&text, false) {
        let w = token.word;
        if scored(w) && seen.insert(w.to_owned()) {
            words.push(w.to_owned());
        }
    }
    let counting = Counting::read(folded.trim());
    let asking = asking_words(&folded, &text, &words, &counting);
    let mut chunks: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    // the default cut, read for the phrase candidates and for the pieces of unknown words
    let plain = JIEBA_DICT.cut(&text, false);
    for token in &plain {
        let w = token.word;
        if scored(w) {
            current.push(w.to_owned());
        } else if !current.is_empty() {
            chunks.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        chunks.push(current);
    }
    let fragments = fragments(&text, &plain);
    // A query of stop words only still searches for its words.
    if words.is_empty() && found.is_empty() {
        for token in JIEBA_DICT.cut_for_search(&text, false) {
            if is_word(token.word) && seen.insert(token.word.to_owned()) {
                words.push(token.word.to_owned());
            }
        }
    }
    let mut exp = Vec::new();
    let mut expansion_words = Vec::new();
    // The synonym tables know the act as plans and users write it (开公司), not with the
    // colloquial classifier between verb and object (开个公司).
    let synonyms = expansions(&without_verbal_classifier(&text));
    // And a quantity asked with a Chinese numeral (一天) is also looked for as plans write it
    // (1日), a measure written with a unit's symbol also with its Chinese name (10kV, 10千伏).
    let measured = unit_forms(&text);
    let forms = synonyms
        .iter()
        .flat_map(|rule| rule.to.iter().cloned())
        .chain(arabic_quantities(&text))
        .chain(measured.iter().map(|(_, form)| form.clone()));
    for form in forms {
        if !exp.contains(&form) && !text.contains(form.as_str()) {
            for token in JIEBA_DICT.cut_for_search(&form, false) {
                let w = token.word;
                if is_word(w) && !is_stopword(w) && seen.insert(w.to_owned()) {
                    expansion_words.push(w.to_owned());
                }
            }
            exp.push(form);
        }
    }
    let mut region_paths: Vec<String> = Vec::new();
    for (_, path) in found {
        if !region_paths.contains(&path) {
            region_paths.push(path);
        }
    }
    // A query naming the nation and no other place asks the central rule.
    if region_paths.is_empty() && regions.names_nation(&folded) {
        region_paths.push(crate::search::benefits::NATIONAL.to_owned());
    }
    Analysis {
        folded,
        phrases: syntax.phrases,
        excluded: syntax.excluded,
        words,
        chunks,
        fragments,
        expansions: exp,
        expansion_words,
        synonyms,
        unit_forms: measured,
        regions: region_paths,
        kind: asked_kind(q),
        asking,
        counting,
    }
}

/// The words of a question that are how it asks, not what about (see [`Analysis::asking`]):
/// those of `words` found in `text` (the folded query, region names blanked) but not once
/// its cues are blanked too, and its fillers. Q&A reads the same cues and fillers
/// ([`crate::question`]). A number asked by its measure word (几位, 多少岁, 要几次) and a bound
/// asked (最多能扣多少) are ways of asking too, and make a query a question even without a cue
/// of a kind: 「经区现在一年纳税要几次」 asks how often, and its topic is 纳税, not 一年 or 几次.
/// Empty for keywords. `counting` is that of the trimmed query.
fn asking_words(folded: &str, text: &str, words: &[String], counting: &Counting) -> Vec<String> {
    let trimmed = folded.trim();
    let cues = read_cues(trimmed);
    let mut ranges = cues.ranges.clone();
    ranges.extend(counting.counts.iter().map(|(range, _)| range.clone()));
    ranges.extend(asked_bounds(trimmed));
    if !cues.is_question && ranges.is_empty() {
        return Vec::new();
    }
    // The cue ranges are of the trimmed query; `text` has the same length as `folded`
    // (region names blanked character for character).
    let offset = folded.len() - folded.trim_start().len();
    let mut topic = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let asked = ranges
            .iter()
            .any(|r| (r.start + offset..r.end + offset).contains(&i));
        topic.push(if asked { ' ' } else { c });
    }
    let topic_words: HashSet<&str> = JIEBA_DICT
        .cut_for_search(&topic, false)
        .into_iter()
        .map(|t| t.word)
        .collect();
    let mut asking: Vec<String> = words
        .iter()
        .filter(|w| !topic_words.contains(w.as_str()) || is_filler(w))
        .cloned()
        .collect();
    // A compound jieba forms across a cue (哪些项目) is no topic word either.
    for token in JIEBA_DICT.cut(text, false) {
        let w = token.word;
        if is_word(w) && !topic_words.contains(w) && !asking.iter().any(|a| a == w) {
            asking.push(w.to_owned());
        }
    }
    asking
}

/// The single characters of `text`'s default segmentation (`plain`, jieba's cut of `text`
/// without its HMM, shared with the phrase candidates) that are pieces of a word jieba's
/// dictionary does not know, each once: those its HMM (the model of how characters make up
/// unknown words) joins with a neighbour into one word, at every place the character stands.
/// Without the HMM, an unknown word (园方, 普惠性, 智算谷) comes out character by character,
/// and each character is then found in measures writing it inside quite other words (方 in
/// 方式, 性 in 安全性): a match of the segmenter's, not of the question. A character standing
/// alone at one place and joined at another is a word of the question on its own.
pub fn fragments(text: &str, plain: &[Token<'_>]) -> Vec<String> {
    let joined: Vec<(usize, usize)> = JIEBA_DICT
        .cut(text, true)
        .into_iter()
        .filter(|t| t.word.chars().nth(1).is_some())
        .map(|t| (t.byte_start, t.byte_end))
        .collect();
    let mut alone: HashSet<&str> = HashSet::new();
    let mut pieces: Vec<String> = Vec::new();
    for token in plain {
        let w = token.word;
        if w.chars().nth(1).is_some() || !is_word(w) {
            continue;
        }
        let inside = joined
            .iter()
            .any(|&(start, end)| start <= token.byte_start && token.byte_end <= end);
        if !inside {
            alone.insert(w);
        } else if !pieces.iter().any(|p| p == w) {
            pieces.push(w.to_owned());
        }
    }
    pieces.retain(|p| !alone.contains(p.as_str()));
    pieces
}

/// The weight of `word` among the query's `words`: [`PART_WEIGHT`] when it is part of a longer
/// one, else 1.
pub fn part_weight(word: &str, words: &[String]) -> f32 {
    if words
        .iter()
        .any(|w| w.len() > word.len() && w.contains(word))
    {
        PART_WEIGHT
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases() -> RegionAliases {
        RegionAliases::new([
            "山东省",
            "山东省/威海市",
            "辽宁省",
            "辽宁省/营口市",
            "辽宁省/营口市/鲅鱼圈区",
        ])
    }

    #[test]
    fn pieces_of_an_unknown_word_are_fragments() {
        // 园方 and 普惠性 are no words of jieba's dictionary: without its HMM they come out
        // character by character, and 方 and 性 are then found inside 方式 and 安全性.
        let a = analyze("深圳孩子报普惠性幼儿园,园方要先面试测评吗", &aliases());
        for piece in ["园", "方", "普", "惠", "性"] {
            assert!(a.fragments.iter().any(|f| f == piece), "{:?}", a.fragments);
        }
        // A word of its own, one character or more, is none.
        for word in ["幼儿园", "测评", "先"] {
            assert!(!a.fragments.iter().any(|f| f == word), "{:?}", a.fragments);
        }
        // A character that stands alone at one place is a word of the question, though
        // joined to its neighbour at another.
        let pieces = fragments("罚多少", &JIEBA_DICT.cut("罚多少", false));
        assert!(pieces.is_empty(), "{pieces:?}");
    }

    #[test]
    fn question_words_are_dropped() {
        let a = analyze("新开办企业刻章要花钱吗", &aliases());
        assert!(
            !a.words.iter().any(|w| w == "吗" || w == "要"),
            "{:?}",
            a.words
        );
        assert!(a.words.iter().any(|w| w == "花钱"), "{:?}", a.words);
    }

    #[test]
    fn the_askers_count_of_parties_is_not_scored() {
        // 一家 counts the firm of the story; a measure writing 「在一家专利代理机构从业」 is no
        // more about the question for it.
        let a = analyze("想查一家专利代理所经营得怎么样，有地方能查吗", &aliases());
        assert!(!a.words.iter().any(|w| w == "一家"), "{:?}", a.words);
        assert!(
            !a.chunks.iter().flatten().any(|w| w == "一家"),
            "{:?}",
            a.chunks
        );
        assert!(a.words.iter().any(|w| w == "专利"), "{:?}", a.words);
        for (q, count) in [("公司有两位股东怎么办", "两位"), ("招了三名员工", "三名")]
        {
            let a = analyze(q, &aliases());
            assert!(!a.words.iter().any(|w| w == count), "{q}: {:?}", a.words);
        }
        // A number asked is how a count question asks: it stays.
        assert!(is_counted_party("一家") && !is_counted_party("几家"));
        assert!(!is_counted_party("一家一户") && !is_counted_party("专家"));
    }

    #[test]
    fn ways_of_asking_are_no_topic() {
        let a = analyze("威海拿到地马上就能开工,其他地方有先例吗", &aliases());
        for asked in ["先例", "马上"] {
            assert!(a.asking.iter().any(|w| w == asked), "{:?}", a.asking);
        }
        assert!(!a.asking.iter().any(|w| w == "开工"), "{:?}", a.asking);
        // A compound the segmenter forms across a cue is no topic word.
        let list = analyze("个人所得税专项附加扣除有哪些项目", &aliases());
        assert!(
            list.asking.iter().any(|w| w.contains("哪些")),
            "{:?}",
            list.asking
        );
        assert!(
            !list.asking.iter().any(|w| w == "扣除"),
            "{:?}",
            list.asking
        );
        // Keywords ask nothing.
        assert!(analyze("马上办 先例", &aliases()).asking.is_empty());
    }

    #[test]
    fn a_number_asked_by_its_measure_word_is_a_way_of_asking() {
        // No cue of a kind, yet a question: how often, about 纳税 (the match need not hold
        // 一年 or 几次, which the answer 「纳税次数由上年的6次减少为3次」 does not write).
        let a = analyze("经区现在一年纳税要几次", &aliases());
        for asked in ["几次", "一年"] {
            assert!(a.asking.iter().any(|w| w == asked), "{:?}", a.asking);
        }
        assert!(!a.asking.iter().any(|w| w == "纳税"), "{:?}", a.asking);
        let age = analyze("赡养老人扣除 老人要满多少岁", &aliases());
        assert!(age.asking.iter().any(|w| w == "多少岁"), "{:?}", age.asking);
        assert!(!age.asking.iter().any(|w| w == "赡养"), "{:?}", age.asking);
        // A bound asked (最多) is how the limit is asked, not what about.
        let bound = analyze("得了大病自己掏的医药费个税一年最多能抵多少钱", &aliases());
        assert!(
            bound.asking.iter().any(|w| w == "最多" || w == "最"),
            "{:?}",
            bound.asking
        );
    }

    #[test]
    fn the_ways_of_asking_after_a_place_s_name_are_the_cue_s_words() {
        // The cue is found in the folded question and blanked, at the same byte offsets, in
        // the text whose place names are blanked: each blank as long as the name it replaces.
        let a = analyze("威海企业退税多快能办好", &aliases());
        for asked in ["多", "快"] {
            assert!(a.asking.iter().any(|w| w == asked), "{:?}", a.asking);
        }
        assert!(!a.asking.iter().any(|w| w == "退税"), "{:?}", a.asking);
        // The act after the cue is the topic, not a way of asking.
        let b = analyze("鲅鱼圈政府采购中标后几天签合同", &aliases());
        assert!(b.asking.iter().any(|w| w == "几天"), "{:?}", b.asking);
        assert!(!b.asking.iter().any(|w| w == "签合同"), "{:?}", b.asking);
    }

    #[test]
    fn region_names_become_boosts() {
        let a = analyze("威海 不动产登记", &aliases());
        assert_eq!(a.regions, ["山东省/威海市"]);
        assert!(!a.words.iter().any(|w| w == "威海"), "{:?}", a.words);
    }

    #[test]
    fn a_query_naming_the_nation_and_no_other_place_favours_national_measures() {
        let aliases = RegionAliases::new(["全国", "山东省", "山东省/青岛市"]);
        assert_eq!(
            analyze("国家规定的产假是多少天", &aliases).regions,
            ["全国"]
        );
        assert_eq!(
            analyze("按国家规范，路测要多少小时", &aliases).regions,
            ["全国"]
        );
        assert_eq!(analyze("中央财政给不给补助", &aliases).regions, ["全国"]);
        // 国家 stays a word of the query: 国家标准 is also what it looks for.
        let a = analyze("智能网联汽车的国家标准归谁管", &aliases);
        assert_eq!(a.regions, ["全国"]);
        assert!(a.words.iter().any(|w| w.contains("国家")), "{:?}", a.words);
        // Another place named: that place's rule, measured against the nation's.
        assert_eq!(
            analyze("青岛婚假比国家规定多几天", &aliases).regions,
            ["山东省/青岛市"]
        );
        // A title a local zone holds, another country: no request for central texts.
        for q in [
            "国家级开发区有什么优惠",
            "国家高新区企业减税",
            "发达国家怎么做的",
        ] {
            assert!(analyze(q, &aliases).regions.is_empty(), "{q}");
        }
        // An index without national measures: nothing to favour.
        let local = RegionAliases::new(["山东省"]);
        assert!(analyze("国家规定的产假是多少天", &local).regions.is_empty());
    }

    #[test]
    fn synonyms_expand_below_the_users_words() {
        let a = analyze("开公司要多久", &aliases());
        assert!(
            a.expansions.iter().any(|e| e == "开办企业"),
            "{:?}",
            a.expansions
        );
    }

    #[test]
    fn an_office_s_red_headed_document_is_a_normative_document() {
        // 红头文件 is how people name what the law calls 规范性文件: a question in those words
        // searches the documents' own (data/synonyms.tsv).
        let a = analyze("局里发红头文件要过法制审查吗", &aliases());
        assert!(
            a.expansions.iter().any(|e| e == "规范性文件"),
            "{:?}",
            a.expansions
        );
    }

    #[test]
    fn a_verb_and_its_object_expand_without_the_classifier_between() {
        let a = analyze("威海开个公司多久能搞定", &aliases());
        assert!(
            a.expansions.iter().any(|e| e == "开办企业"),
            "{:?}",
            a.expansions
        );
        // A classifier after a numeral is written Chinese: nothing to see through.
        // (Its quantity is looked for as plans write it: 3个工作日.)
        let a = analyze("三个工作日", &aliases());
        assert!(a.synonyms.is_empty(), "{:?}", a.synonyms);
        assert_eq!(a.expansions, ["3个工作日"]);
    }

    #[test]
    fn traditional_and_full_width_fold() {
        let a = analyze("開辦企業 ＵＫＥＹ", &aliases());
        assert!(a.words.iter().any(|w| w == "开办"), "{:?}", a.words);
        assert!(a.words.iter().any(|w| w == "ukey"), "{:?}", a.words);
    }

    #[test]
    fn parts_of_a_longer_word_weigh_less() {
        let words: Vec<String> = ["工程建设项目", "工程", "审批"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        assert_eq!(part_weight("工程", &words), PART_WEIGHT);
        assert_eq!(part_weight("工程建设项目", &words), 1.0);
        assert_eq!(part_weight("审批", &words), 1.0);
    }
}
