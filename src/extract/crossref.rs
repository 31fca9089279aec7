//! A regulation's penalty articles name the act they punish by its article: its 法律责任
//! chapter writes 「违反本条例第五十一条第一款规定的,由消防救援机构责令立即改正;…对个人处五百元
//! 以上一千元以下罚款」, naming the body and the fine but not the act, which article 五十一 of
//! the same document states. The references ([`references`]) and the words they refer to
//! ([`referred_words`]) are read here once, for every stage that follows them: search, from
//! the article a sanction question finds to the penalty articles citing it
//! (`search/engine/citing.rs`); the Q&A likewise (`ask/crossref.rs`).

use regex::Regex;

use crate::question::rules::RULES;

const NUMERAL: &str = "[零〇一二三四五六七八九十百]+";

/// One reference of a penalty article's text to an article of its own document.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reference {
    /// The reference as written after 本条例 (「第四十七条第二项、第三项」): the sentences
    /// holding it are about what it refers to.
    pub(crate) marker: String,
    /// The article referred to (「第四十七条」).
    pub(crate) article: String,
    /// The paragraph (款) it names, when it names one (第二款 → 2).
    pub(crate) paragraph: Option<u32>,
    /// The items (项) it names, when it names some: (「二」, 「三」).
    pub(crate) items: Vec<String>,
    /// Where the marker stands in the text read.
    pub(crate) at: usize,
}

pub(crate) fn pattern() -> &'static Regex {
    static PATTERN: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        let selves: Vec<String> = RULES
            .self_reference
            .iter()
            .map(|w| regex::escape(w))
            .collect();
        Regex::new(&format!(
            "(?:{})((第{n}条)(?:第({n})款)?((?:第{n}项(?:(?:、|,|和|或者|至)第?{n}项)*)?))",
            selves.join("|"),
            n = NUMERAL
        ))
        .expect("self-reference pattern")
    })
}

/// The references of `text` to articles of its own document (「本条例第十一条第二款第三项」).
pub(crate) fn references(text: &str) -> Vec<Reference> {
    let items = Regex::new(&format!("({NUMERAL})项")).expect("item pattern");
    pattern()
        .captures_iter(text)
        .map(|c| {
            let listed = c.get(4).map_or("", |m| m.as_str());
            let mut named: Vec<String> = items
                .captures_iter(listed)
                .map(|i| i[1].to_string())
                .collect();
            // 「第一项至第四项」 names the items between too.
            if listed.contains('至') && named.len() == 2 {
                if let (Some(a), Some(b)) = (value(&named[0]), value(&named[1])) {
                    named = (a..=b).map(numeral).collect();
                }
            }
            Reference {
                at: c.get(1).map_or(0, |m| m.start()),
                marker: c[1].to_string(),
                article: c[2].to_string(),
                paragraph: c.get(3).and_then(|m| value(m.as_str())),
                items: named,
            }
        })
        .collect()
}

/// An item named by its number alone (「违反第一项规定的」, 「第(二)项」) or within its own
/// article (「前款第一项」, 「本条第一款第(一)项」).
fn item_pattern() -> &'static Regex {
    static PATTERN: std::sync::OnceLock<Regex> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(&format!(
            r"(前款|本条(?:第{n}款)?)?第\(?({n})\)?项",
            n = NUMERAL
        ))
        .expect("item reference pattern")
    })
}

/// The items a penalty article names by their number alone after citing an article
/// (「违反本条例第二十八条规定的,…依照下列规定处罚:\n(一)违反第一项规定的,处每株…」): drafters
/// write the article once, in the lead, and each item of the penalty goes on with it, so a bare
/// 「第一项」 is item (一) of the article last cited before it. Each is a [`Reference`] to that
/// article (and its paragraph) naming the one item; its marker is the article with the item
/// (「第二十八条第一项」), so the words it refers to are told from another article's item one.
/// An item named with 前款 or 本条 is of the article it is written in ([`own_item_words`]);
/// one written after a 条 or 款 of another text (《条例》第十条第一项) cites no article here.
#[cfg(test)]
pub(crate) fn item_references(text: &str) -> Vec<Reference> {
    items_after(text, &references(text))
}

/// The references of `text` ([`references`]) followed by its items named by number alone
/// ([`item_references`]), the articles read once for both.
pub(crate) fn references_with_items(text: &str) -> Vec<Reference> {
    let mut all = references(text);
    let items = items_after(text, &all);
    all.extend(items);
    all
}

/// [`item_references`] of `text` given its `leads`, the references [`references`] reads.
fn items_after(text: &str, leads: &[Reference]) -> Vec<Reference> {
    let mut out = Vec::new();
    for c in item_pattern().captures_iter(text) {
        let whole = c.get(0).expect("match");
        if c.get(1).is_some()
            || text[..whole.start()].ends_with(['条', '款'])
            || leads
                .iter()
                .any(|r| r.at <= whole.start() && whole.start() < r.at + r.marker.len())
        {
            continue;
        }
        let Some(lead) = leads.iter().rev().find(|r| r.at < whole.start()) else {
            continue;
        };
        out.push(Reference {
            marker: format!("{}{}", lead.article, whole.as_str()),
            article: lead.article.clone(),
            paragraph: lead.paragraph,
            items: vec![c[2].to_string()],
            at: whole.start(),
        });
    }
    out
}

/// The items of its own article a passage `t` of `text` names (「有前款第(一)项行为的,处…」,
/// 「本条第一款第一项」): the words of item (一) as `text` writes it, the last such item
/// before the passage (前款 is the paragraph before). A penalty paragraph names the act it
/// punishes so, and the item holds the words of the act. Empty when `t` names none or `text`
/// holds no such item. `at` is where `t` starts in `text` when it is cut from it (the items
/// before it are then those before that place); a passage written otherwise (the title with the
/// text, a label with a part: `None`) may name any item of `text`.
pub(crate) fn own_item_words(text: &str, t: &str, at: Option<usize>) -> String {
    let before = match at {
        Some(start) => &text[..start],
        None => text,
    };
    let mut words = Vec::new();
    for c in item_pattern().captures_iter(t) {
        if c.get(1).is_none() {
            continue;
        }
        let n = &c[2];
        if let Some(line) = before
            .lines()
            .rev()
            .find(|line| item_of(line.trim_start()) == Some(n))
        {
            words.push(line.trim());
        }
    }
    words.join("\n")
}

/// A small Chinese numeral's value (一 … 九十九).
fn value(n: &str) -> Option<u32> {
    let digit = |c: char| "零一二三四五六七八九".find(c).map(|i| (i / 3) as u32);
    let chars: Vec<char> = n.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        ['十', d] => digit(*d).map(|d| 10 + d),
        [t, '十'] => digit(*t).map(|t| t * 10),
        [t, '十', d] => Some(digit(*t)? * 10 + digit(*d)?),
        [d] => digit(*d),
        _ => None,
    }
}

/// The Chinese numeral of 1 … 99, as items are numbered.
fn numeral(v: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match v {
        0..=9 => DIGITS[v as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[(v - 10) as usize]),
        _ if v % 10 == 0 => format!("{}十", DIGITS[(v / 10) as usize]),
        _ => format!(
            "{}十{}",
            DIGITS[(v / 10) as usize],
            DIGITS[(v % 10) as usize]
        ),
    }
}

/// The article a measure is, as its number ends (「第四章 第四十七条」 → 第四十七条).
pub(crate) fn article_of(number: &str) -> Option<&str> {
    let end = number.rfind('条')? + '条'.len_utf8();
    let start = number[..end].rfind('第')?;
    Some(&number[start..end])
}

/// Whether a line of an article is one of its items (「(二)用犬绳牵领;」) and which.
fn item_of(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('(')?;
    let end = rest.find(')')?;
    let n = &rest[..end];
    (!n.is_empty() && n.chars().all(|c| "零〇一二三四五六七八九十百".contains(c))).then_some(n)
}

/// The words of an article a reference names: the whole text, or the paragraph (款) it
/// names (a line that is no item, with the items after it), and, when it names items, the
/// lines that are not items (the rule they complete) and the items named.
pub(crate) fn referred_words(text: &str, paragraph: Option<u32>, items: &[String]) -> String {
    let mut paragraphs: Vec<Vec<&str>> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match paragraphs.last_mut() {
            Some(last) if item_of(line).is_some() => last.push(line),
            _ => paragraphs.push(vec![line]),
        }
    }
    let lines: Vec<&str> = match paragraph {
        Some(p) if p >= 1 && (p as usize) <= paragraphs.len() => paragraphs[p as usize - 1].clone(),
        _ => paragraphs.concat(),
    };
    lines
        .into_iter()
        .filter(|line| match item_of(line) {
            Some(n) => items.is_empty() || items.iter().any(|i| i == n),
            None => true,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_names_its_article_and_items() {
        let r = references("违反本条例第四十七条第二项、第三项规定的,由公安机关责令改正");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].article, "第四十七条");
        assert_eq!(r[0].marker, "第四十七条第二项、第三项");
        assert_eq!(r[0].items, vec!["二", "三"]);
        let r = references("违反本办法第十一条第二款第一项至第四项规定的,处罚款");
        assert_eq!(r[0].article, "第十一条");
        assert_eq!(r[0].items, vec!["一", "二", "三", "四"]);
        assert!(references("违反《物业管理条例》第十条规定的").is_empty());
        assert_eq!(article_of("第四章 第四十七条"), Some("第四十七条"));
        assert_eq!(numeral(12), "十二");
        assert_eq!(value("二十三"), Some(23));
    }

    #[test]
    fn an_item_named_by_its_number_alone_is_of_the_article_last_cited() {
        let text = "违反本条例第二十八条规定的,由城市绿化主管部门责令停止侵害,并依照下列规定处罚:\n(一)违反第一项规定的,处每株五万元以上五十万元以下罚款;\n(二)违反第(二)项规定,损坏标牌的,处五十元以上二百元以下罚款。";
        let r = item_references(text);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[0].article, "第二十八条");
        assert_eq!(r[0].items, vec!["一"]);
        assert_eq!(r[0].marker, "第二十八条第一项");
        assert_eq!(r[1].items, vec!["二"]);
        assert_eq!(&text[r[0].at..r[0].at + "第一项".len()], "第一项");
        // items of a reference already read, of another text, or with no article cited before
        assert!(item_references("违反本条例第四十七条第二项规定的,处罚款").is_empty());
        assert!(item_references("违反第一项规定的,处罚款").is_empty());
        assert!(item_references("违反本条例第五条规定,依照《条例》第十条第一项处罚").is_empty());
    }

    #[test]
    fn an_item_of_the_paragraph_before_holds_the_act_punished() {
        let text = "禁止下列行为:\n(一)砍伐古树名木;\n(二)损坏标牌。\n有前款第(一)项行为的,处每株一万元罚款。";
        let at = text.find("有前款").unwrap();
        assert_eq!(
            own_item_words(text, &text[at..], Some(at)),
            "(一)砍伐古树名木;"
        );
        assert_eq!(
            own_item_words(text, "有前款第(一)项行为的", None),
            "(一)砍伐古树名木;"
        );
        assert_eq!(own_item_words(text, "有前款第(三)项行为的", None), "");
        assert_eq!(own_item_words(text, "处每株一万元罚款", None), "");
    }

    #[test]
    fn the_items_referred_to_keep_the_rule_they_complete() {
        let text = "饲养动物应当遵守下列规定:\n(一)即时清除粪便;\n(二)用犬绳牵领;\n(三)怀抱犬只。";
        assert_eq!(
            referred_words(text, None, &["二".to_string()]),
            "饲养动物应当遵守下列规定:\n(二)用犬绳牵领;"
        );
        let text = "销售者应当设置明显标识。\n销售者不得有下列行为:\n(一)向未成年人出售;\n(二)通过自动售货机销售。";
        assert_eq!(
            referred_words(text, Some(1), &[]),
            "销售者应当设置明显标识。"
        );
        assert_eq!(
            referred_words(text, Some(2), &["二".to_string()]),
            "销售者不得有下列行为:\n(二)通过自动售货机销售。"
        );
    }
}
