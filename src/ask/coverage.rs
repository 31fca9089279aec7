//! Which questions the corpus can answer at all: a question with no policy content (a greeting,
//! a digit, a letter) is refused, and a place it names where no measure applies (杭州 when the
//! corpus holds 威海, 莱州 and 山东省) is said to be uncovered before other regions' measures
//! are offered as precedents.

use super::question::{Analysis, NamedPlace};
use super::terms::Terms;
use crate::index::analyzer::is_cjk;
use crate::measure::Document;

/// Whether a topic word says something a policy text can be about: a word with a Chinese
/// character, or a Latin word of two letters or more (ETC, UKey). A digit or a letter alone (7,
/// i) says nothing.
pub fn is_content_word(word: &str) -> bool {
    word.chars().any(is_cjk) || (word.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
}

/// Whether the question has policy content: a content word left once the ways of asking, the
/// place names and the fillers are taken out, and not a question of how something is on the
/// asker's own day (「今天天气怎么样」: that day's news, which no policy text states), nor small
/// talk (「你好,在线吗?」), nor a question about the site itself (「这个网站怎么用」), nor one
/// telling of the asker's own life or own case (「我老婆生气了怎么哄」「我申请的怎么还没到账」),
/// nor one setting the site a task of making a text (「帮我把这句话翻成英文」), nor an office's bare name with nothing asked (「市场监督管理局」).
pub fn has_content(analysis: &Analysis) -> bool {
    let rules = &crate::question::rules::RULES;
    analysis.words.iter().any(|w| is_content_word(w))
        && !rules.news.asks(&analysis.question)
        && !rules.small_talk.only(&analysis.question)
        && !rules
            .small_talk
            .about_site(&analysis.question, &analysis.words)
        && !rules.own_life.asks(&analysis.question)
        && !rules.tasks.asks(&analysis.question)
        && !rules
            .bare_office
            .only(&analysis.question, &analysis.words, analysis.is_question)
}

/// The jieba tokens of `question` with the byte offset each starts at.
fn tokens(question: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    crate::index::analyzer::JIEBA_DICT
        .cut(question, false)
        .into_iter()
        .map(|t| {
            let start = at;
            at += t.word.len();
            (start, t.word)
        })
        .collect()
}

/// Where the question's setting ends: the byte offset after the last setting marker (以后,
/// 的时候, 期间: `[setting]` of `data/question_kinds.toml`) that closes a circumstance and is
/// followed by what is asked. A marker followed by 的 qualifies a noun (「转制后的企业」), and
/// 时候 sets a scene only after 的 (not 什么时候). None when the question sets no scene.
pub fn setting_end(question: &str) -> Option<usize> {
    let markers = &crate::question::rules::RULES.setting;
    let tokens = tokens(question);
    let mut end = None;
    for (k, &(start, word)) in tokens.iter().enumerate() {
        if k == 0 || !markers.iter().any(|m| m == word) {
            continue;
        }
        let next = tokens.get(k + 1).map(|t| t.1);
        let before = tokens[k - 1].1;
        let after_de = before == "的";
        // After a date or a figure (2020年以后), the marker bounds a time.
        let bounds_time = before.chars().any(|c| c.is_ascii_digit())
            || crate::index::analyzer::JIEBA_DICT
                .tag(before, false)
                .iter()
                .any(|t| rules_setting_not_after(t.tag));
        let qualifies = next == Some("的");
        let rest = &question[start + word.len()..];
        let asks_after = rest.chars().any(is_cjk);
        if asks_after && !qualifies && !bounds_time && (word != "时候" || after_de) {
            end = Some(start + word.len());
        }
    }
    end
}

/// Whether `tag` is one of a word bounding a time before a setting marker (`not_after`).
fn rules_setting_not_after(tag: &str) -> bool {
    crate::question::rules::RULES
        .setting_not_after
        .iter()
        .any(|t| t == tag)
}

/// The topic words (indices into `terms`) of what the question asks, after its setting
/// ([`setting_end`]): those weighed that it writes after the setting's end only. None when
/// the question sets no scene, or asks nothing weighed after it (「公司注销以后怎么办」 asks
/// about the setting itself).
pub(crate) fn ask_words(question: &str, terms: &Terms) -> Option<Vec<usize>> {
    let end = setting_end(question)?;
    let (setting, ask) = question.split_at(end);
    let words: Vec<usize> = (0..terms.words.len())
        .filter(|&i| terms.weights[i] > 0.0)
        .filter(|&i| ask.contains(terms.words[i].as_str()))
        .filter(|&i| !setting.contains(terms.words[i].as_str()))
        .collect();
    let in_setting = (0..terms.words.len())
        .any(|i| terms.weights[i] > 0.0 && setting.contains(terms.words[i].as_str()));
    (!words.is_empty() && in_setting).then_some(words)
}

/// The thing the question asks for (「唱什么歌」: 歌): the word naming a thing right after an
/// interrogative standing for it (什么, 啥: `[asked_for]` of `data/question_kinds.toml`), unless
/// it asks about the matter named (意思, 区别, 好处: `about`).
pub fn asked_thing(question: &str) -> Option<&str> {
    let rules = &crate::question::rules::RULES;
    let tokens = tokens(question);
    tokens.windows(2).find_map(|pair| {
        let (asking, thing) = (pair[0].1, pair[1].1);
        (rules.asked_for.iter().any(|w| w == asking)
            && thing.chars().all(is_cjk)
            && crate::search::matching::names_a_thing(thing)
            && !rules.asked_about.iter().any(|w| w == thing)
            && !crate::question::is_filler(thing))
        .then_some(thing)
    })
}

/// Whether some document's measures (of the `regions` given) apply in region `path`: a document of that region or of a
/// place inside it, or of a province or city containing it (a provincial plan applies in its
/// cities). National documents (全国, no place path above any other) do not count: they apply
/// everywhere, and a question naming a place asks what that place does.
pub fn covers<'a>(regions: impl IntoIterator<Item = &'a str>, path: &str) -> bool {
    regions.into_iter().any(|region| {
        region == path
            || region.starts_with(&format!("{path}/"))
            || path.starts_with(&format!("{region}/"))
    })
}

/// The place the question names where no measure applies.
/// A name standing for several places (长三角, 朝阳区 of 北京市 or of 长春市) is covered
/// where one of them is.
pub fn uncovered<'a>(analysis: &'a Analysis, documents: &[Document]) -> Option<&'a NamedPlace> {
    let place = analysis.place.as_ref()?;
    let regions: Vec<&str> = documents.iter().map(|d| d.region.as_str()).collect();
    (!place_covered(&regions, place)).then_some(place)
}

/// Whether measures of the documents' `regions` apply in `place` ([`covers`]): for a name
/// standing for several places, in one of them.
pub fn place_covered(regions: &[&str], place: &NamedPlace) -> bool {
    if place.spans.is_empty() {
        covers(regions.iter().copied(), &place.path)
    } else {
        place
            .spans
            .iter()
            .any(|span| covers(regions.iter().copied(), span))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_covered_by_its_own_measures_those_inside_and_those_above() {
        let docs = ["山东省", "辽宁省/营口市/鲅鱼圈区", "全国"];
        assert!(covers(docs, "山东省/济南市"));
        assert!(covers(docs, "辽宁省/营口市"));
        assert!(covers(docs, "辽宁省"));
        assert!(!covers(docs, "辽宁省/营口市/站前区"));
        assert!(!covers(docs, "浙江省/杭州市"));
    }

    #[test]
    fn a_name_of_several_places_is_covered_where_one_of_them_is() {
        let docs = ["山东省", "辽宁省/营口市/鲅鱼圈区", "全国"];
        let place = |path: &str, spans: &[&str]| NamedPlace {
            path: path.to_owned(),
            name: path.to_owned(),
            spans: spans.iter().map(|s| (*s).to_owned()).collect(),
        };
        let yangtze = place("长江三角洲", &["上海市", "江苏省", "浙江省", "安徽省"]);
        assert!(!place_covered(&docs, &yangtze));
        let northeast = place("东北地区", &["辽宁省", "吉林省", "黑龙江省"]);
        assert!(place_covered(&docs, &northeast));
        let chaoyang = place("朝阳区", &["北京市/朝阳区", "吉林省/长春市/朝阳区"]);
        assert!(!place_covered(&docs, &chaoyang));
        assert!(place_covered(&docs, &place("山东省/济南市", &[])));
    }

    #[test]
    fn a_setting_ends_at_its_marker_unless_it_qualifies_a_noun_or_bounds_a_time() {
        fn end(q: &str) -> Option<&str> {
            setting_end(q).map(|e| &q[..e])
        }
        assert_eq!(end("辞职后去旅游去哪好"), Some("辞职后"));
        assert_eq!(end("执法的时候拍的视频该怎么存"), Some("执法的时候"));
        assert_eq!(end("转制后的国有文化企业老总收入跟什么挂钩"), None);
        assert_eq!(end("什么时候能办好"), None);
        assert_eq!(end("2020年以后每年几月底前出"), None);
        assert_eq!(end("公司注销以后"), None);
    }

    #[test]
    fn the_thing_asked_for_follows_its_interrogative() {
        assert_eq!(asked_thing("协会年会唱什么歌"), Some("歌"));
        assert_eq!(asked_thing("一业一证是什么意思"), None);
        assert_eq!(asked_thing("怎么办理营业执照"), None);
    }

    #[test]
    fn digits_and_lone_letters_are_no_content() {
        assert!(is_content_word("刻章"));
        assert!(is_content_word("etc"));
        assert!(!is_content_word("7"));
        assert!(!is_content_word("i"));
    }
}
