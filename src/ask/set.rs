//! The set a list question asks for, when a plan spreads it over the items of one heading.
//!
//! A law enumerates in one article (「有下列情形之一的:(一)…(二)…」), and its quote is that
//! article. A plan does not: under a heading (「(十五)知识产权创造保护和运用领域」) it numbers its
//! items 1. 2. 3., each a measure of its own with its own title, each granting one member of the
//! set (加大知识产权司法保护力度, 提高知识产权行政执法效能, 加强重点领域知识产权保护 …). Asked
//! 「有哪些新举措」, the answering item quoted alone is one member; the set is the heading's items.
//! When the answering measure is such an item and another item of its heading also answers the
//! question (among the relevant candidates: the search found the heading's items, not one
//! item by chance), the quote lists the heading and its items — each by its number and title
//! as written, the answering item with its own quote — in document order.
//!
//! Bounded: at most [`MAX_ITEMS`] items (those answering, then the nearest, when the heading
//! holds more), each other item by its title alone.

use super::answer::{Answer, Quote};
use super::candidates::Candidate;
use super::compose::relevant;
use crate::measure::Measure;
use crate::question::Kind;
use crate::search::prior::is_law_article;
use crate::search::SearchEngine;
use crate::Result;

/// Most items of a heading a list quote names: as many as a card shows at a glance, and more
/// than the items of most plans' headings.
pub(crate) const MAX_ITEMS: usize = 12;

/// Whether `m` is an item of a plan's heading: titled, standing under a heading, an operative
/// measure (not a goal or general provision), and not a law's article (a law's article states
/// its own list).
fn is_heading_item(m: &Measure) -> bool {
    m.title.as_deref().is_some_and(|t| !t.trim().is_empty())
        && !m.section.trim().is_empty()
        && m.part.is_none()
        && !is_law_article(&m.number)
}

/// Whether `a` and `b` are items of the same heading of the same document.
fn same_heading(a: &Measure, b: &Measure) -> bool {
    a.doc_id == b.doc_id && a.section == b.section && a.id != b.id
}

/// The item's own number as written: what its number adds to the numbers its siblings share
/// (「122.」 of 「二、(十五)122.」 beside 「二、(十五)117.」), cut after the last mark closing a
/// marker; empty when the items have no numbers.
fn own_marker<'a>(number: &'a str, shared: &str) -> &'a str {
    let common = number
        .char_indices()
        .zip(shared.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, c), _)| i + c.len_utf8());
    let cut = number[..common]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '、' | ')' | '）' | '.' | '．'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &number[cut..]
}

/// The longest prefix every number of `items` shares.
fn shared_prefix(items: &[&Measure]) -> String {
    let Some(first) = items.first() else {
        return String::new();
    };
    let mut prefix: Vec<char> = first.number.chars().collect();
    for m in &items[1..] {
        let n = prefix
            .iter()
            .zip(m.number.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        prefix.truncate(n);
    }
    prefix.into_iter().collect()
}

/// The items to list: the answering one and those answering beside it first, then the nearest
/// in the outline, at most [`MAX_ITEMS`], in document order.
fn chosen<'a>(items: &'a [Measure], best: &Measure, answering: &[&str]) -> Vec<&'a Measure> {
    let mut order: Vec<&Measure> = items.iter().collect();
    order.sort_by_key(|m| {
        let answers = m.id == best.id || answering.contains(&m.id.as_str());
        (!answers, m.seq.abs_diff(best.seq))
    });
    order.truncate(MAX_ITEMS);
    order.sort_by_key(|m| m.seq);
    order
}

/// The quote of a list question answered by an item of a plan's heading, grown to the
/// heading's items (the module's rule); the answer is left as it is otherwise.
pub(crate) fn list_heading_items(
    engine: &SearchEngine,
    answer: &mut Answer,
    candidates: &[Candidate],
) -> Result<()> {
    if answer.kind != Kind::List || !answer.found {
        return Ok(());
    }
    let Some(quote) = answer.quote.as_ref() else {
        return Ok(());
    };
    let Some(best) = candidates
        .iter()
        .map(|c| &c.hit.measure)
        .find(|m| m.id == quote.measure_id)
    else {
        return Ok(());
    };
    if !is_heading_item(best) {
        return Ok(());
    }
    let answering: Vec<&str> = relevant(candidates)
        .map(|c| &c.hit.measure)
        .filter(|m| same_heading(m, best) && is_heading_item(m))
        .map(|m| m.id.as_str())
        .collect();
    if answering.is_empty() {
        return Ok(());
    }
    let items: Vec<Measure> = engine
        .document_hits(&best.doc_id, |m| {
            (m.id == best.id || same_heading(m, best)) && is_heading_item(m)
        })?
        .into_iter()
        .map(|hit| hit.measure)
        .collect();
    if let Some(grown) = set_quote(quote, best, &items, &answering) {
        answer.quote = Some(grown);
    }
    Ok(())
}

/// The quote listing the heading of `best` and its `items` (the answering one with `quote`,
/// the others by number and title); `None` when the heading holds no other item.
pub(crate) fn set_quote(
    quote: &Quote,
    best: &Measure,
    items: &[Measure],
    answering: &[&str],
) -> Option<Quote> {
    let listed = chosen(items, best, answering);
    if listed.len() < 2 || !listed.iter().any(|m| m.id == best.id) {
        return None;
    }
    let shared = shared_prefix(&listed);
    let heading = best.section.rsplit(" > ").next().unwrap_or("").trim();
    let mut text = String::new();
    if !heading.is_empty() {
        text.push_str(heading);
    }
    let mut value = None;
    for m in &listed {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(own_marker(&m.number, &shared));
        if m.id == best.id {
            let at = text.chars().count();
            value = quote.value.as_ref().map(|v| at + v.start..at + v.end);
            text.push_str(&quote.text);
        } else {
            text.push_str(m.title.as_deref().unwrap_or("").trim());
        }
    }
    Some(Quote {
        measure_id: best.id.clone(),
        text,
        value,
        items: listed
            .iter()
            .filter(|m| m.id != best.id)
            .map(|m| m.id.clone())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(seq: u32, n: u32, title: &str) -> Measure {
        Measure {
            id: format!("p.2-15-{n}"),
            doc_id: "p".into(),
            section: "二、主要任务 > (十五)知识产权创造保护和运用领域".into(),
            number: format!("二、(十五){n}."),
            title: Some(title.into()),
            text: format!("{title}。推动……。"),
            seq,
            ..Default::default()
        }
    }

    #[test]
    fn a_plans_list_is_quoted_as_its_headings_items() {
        let items = vec![
            item(1, 117, "加大知识产权司法保护力度"),
            item(2, 118, "提高知识产权行政执法效能"),
            item(3, 119, "加强重点领域知识产权保护"),
            item(4, 122, "加强知识产权保护立法"),
        ];
        let quote = Quote {
            measure_id: "p.2-15-122".into(),
            text: "加强知识产权保护立法。推动出台条例。".into(),
            value: None,
            items: Vec::new(),
        };
        let grown = set_quote(&quote, &items[3], &items, &["p.2-15-119"]).unwrap();
        assert_eq!(
            grown.text,
            "(十五)知识产权创造保护和运用领域\n117.加大知识产权司法保护力度\n\
             118.提高知识产权行政执法效能\n119.加强重点领域知识产权保护\n\
             122.加强知识产权保护立法。推动出台条例。"
        );
        assert_eq!(grown.measure_id, "p.2-15-122");
        assert_eq!(grown.items.len(), 3);
        // The answering quote stays whole inside it.
        assert!(grown.text.contains(&quote.text));
        // Alone under its heading, an item is quoted as it is.
        assert!(set_quote(&quote, &items[3], &items[3..], &[]).is_none());
    }

    #[test]
    fn a_long_heading_lists_the_answering_items_and_the_nearest() {
        let items: Vec<Measure> = (0..20)
            .map(|i| item(i, 100 + i, &format!("任务{i}")))
            .collect();
        let quote = Quote {
            measure_id: items[15].id.clone(),
            text: "任务15。".into(),
            value: Some(0..4),
            items: Vec::new(),
        };
        let grown = set_quote(&quote, &items[15], &items, &[items[0].id.as_str()]).unwrap();
        assert_eq!(grown.text.lines().count(), 1 + MAX_ITEMS);
        assert!(grown.text.contains("100.任务0"), "{}", grown.text);
        assert!(!grown.text.contains("任务1\n"), "{}", grown.text);
        // The value keeps pointing at the same characters.
        let v = grown.value.clone().unwrap();
        let marked: String = grown
            .text
            .chars()
            .skip(v.start)
            .take(v.end - v.start)
            .collect();
        assert_eq!(marked, "任务15");
    }

    #[test]
    fn a_laws_article_and_an_untitled_paragraph_are_no_heading_items() {
        let mut article = item(0, 1, "x");
        article.number = "第十二条".into();
        assert!(!is_heading_item(&article));
        let mut untitled = item(0, 1, "x");
        untitled.title = None;
        assert!(!is_heading_item(&untitled));
        let mut goal = item(0, 1, "x");
        goal.part = Some("目标".into());
        assert!(!is_heading_item(&goal));
        assert!(is_heading_item(&item(0, 1, "x")));
    }

    #[test]
    fn an_items_own_number_is_what_it_adds_to_its_siblings() {
        assert_eq!(own_marker("二、(十五)122.", "二、(十五)1"), "122.");
        assert_eq!(own_marker("三、(二)", "三、("), "(二)");
        assert_eq!(own_marker("", ""), "");
    }
}
