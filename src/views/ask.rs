//! The answer card (on `/ask`, and on top of `/search` when the query is a question) and the
//! `/ask` page: the short answer, the verbatim quote with the value marked, the answer in each
//! region, and the measures it rests on, each linked.

use maud::{html, Markup, Render};

use crate::ask::{Answer, Citation, Quote, RegionRow};
use crate::question::Kind;
use crate::search::SearchQuery;
use crate::views::components::{
    ask_href, doc_href, measure_heading, measure_href, search_href, RegionTag,
};
use crate::views::home::EXAMPLES;
use crate::views::layout;

/// Citations listed under the card.
const CITATIONS_SHOWN: usize = 5;

/// The kind of question in words.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Time => "办理时限",
        Kind::Cost => "费用",
        Kind::Who => "责任单位",
        Kind::Deadline => "完成时限",
        Kind::Yesno => "是否",
        // A question with no cue of its own kind: the answer quotes what the best measure
        // says, whatever was asked (「…是多少」 too), so the label names no kind of question.
        Kind::Howto => "相关规定",
        Kind::List => "有哪些",
        Kind::Precedent => "各地做法",
    }
}

/// A quote with its value in `<mark>`.
pub struct QuoteText<'a>(pub &'a Quote);

impl Render for QuoteText<'_> {
    fn render(&self) -> Markup {
        html! {
            @for (part, is_value) in self.0.parts() {
                @if is_value { mark { (part) } } @else { (part) }
            }
        }
    }
}

/// Rows of the per-region table in the compact card.
const COMPACT_ROWS: usize = 5;

/// The answer card in full (the `/ask` page).
pub fn card(answer: &Answer) -> Markup {
    card_with(answer, false)
}

/// The answer card above search results: the answer, its quote and the first rows of the
/// per-region table, with a link to the full answer.
pub fn compact_card(answer: &Answer) -> Markup {
    card_with(answer, true)
}

fn card_with(answer: &Answer, compact: bool) -> Markup {
    let rows = if compact {
        &answer.by_region[..answer.by_region.len().min(COMPACT_ROWS)]
    } else {
        &answer.by_region[..]
    };
    let quoted = answer.quote.as_ref().and_then(|quote| {
        answer
            .citations
            .iter()
            .find(|c| c.measure.id == quote.measure_id)
    });
    html! {
        section.answer.not-found[!answer.found] aria-labelledby="answer-heading" {
            h2 #answer-heading {
                "问答"
                " " span.kind { (kind_label(answer.kind)) }
            }
            p.question { (answer.question) }
            @if answer.found {
                // A list answer is one line per measure: one element each.
                @for line in answer.answer.lines() {
                    p.short { (line) }
                }
            } @else {
                p.short { (answer.answer) }
                @if answer.uncovered_region.is_some() && !answer.citations.is_empty() {
                    p.precedent-note { "以下为其他地区的同类措施,仅供参考。" }
                }
            }
            @if answer.uncovered_region.is_some() && !rows.is_empty() {
                h3 { "其他地区的规定(仅供参考)" }
                (by_region(rows))
            }
            @if answer.found {
                @if let Some(quote) = &answer.quote {
                    figure.quote {
                        blockquote { (QuoteText(quote)) }
                        @if let Some(citation) = quoted {
                            figcaption { "—— " (source_line(citation)) }
                        } @else {
                            figcaption { a href=(measure_href(&quote.measure_id)) { "查看原文" } }
                        }
                    }
                }
                @if !rows.is_empty() {
                    h3 { "各地规定" }
                    (by_region(rows))
                }
            }
            @if !compact && !answer.citations.is_empty() {
                h3 {
                    @if answer.found { "依据" }
                    @else if answer.uncovered_region.is_some() { "其他地区的同类措施" }
                    @else { "最接近的措施" }
                }
                ol.citations {
                    @for citation in answer.citations.iter().take(CITATIONS_SHOWN) {
                        li {
                            a href=(measure_href(&citation.measure.id)) { (measure_heading(citation.measure.title.as_deref(), &citation.measure.text)) }
                            p.facts { (source_line(citation)) }
                            @if !citation.sentence.is_empty() {
                                p.sentence { (citation.sentence) }
                            }
                        }
                    }
                }
            }
            p.note {
                "答案摘自政策原文,以原文为准。"
                @if compact {
                    a href=(ask_href(&answer.question)) {
                        @if answer.by_region.len() > rows.len() {
                            "查看完整回答(" (answer.by_region.len()) " 个地区)›"
                        } @else {
                            "查看完整回答与依据 ›"
                        }
                    }
                } @else {
                    a href=(search_href(&SearchQuery { q: answer.question.clone(), ..Default::default() })) { "查看全部检索结果 ›" }
                }
            }
        }
    }
}

/// 地区 · 《文件》(文号) 编号 (部分) · 日期 · 牵头单位: the measure's number as its document
/// writes it (四、(一)), so that a citation copied names a place the document has, and the part
/// of a general or final provision (总则, 附则), as the measure page's 所属部分 says.
fn source_line(citation: &Citation) -> Markup {
    html! {
        (RegionTag(&citation.measure.region)) " · "
        a href=(doc_href(&citation.measure.doc_id)) { (citation.measure.cited_doc_title()) }
        @if let Some(number) = &citation.measure.doc_number { "(" (number) ")" }
        " " span.number { (citation.measure.cited_number()) }
        // a law's general or final provisions: what it states is no operative rule
        @if let Some(part) = &citation.measure.part { " (" (part) ")" }
        @if let Some(date) = &citation.measure.date { " · " (date) }
        @if !citation.measure.lead_units.is_empty() { " · 牵头单位:" (citation.measure.lead_units.join("、")) }
    }
}

/// The answer in each region: region, value, measure, sentence.
fn by_region(rows: &[RegionRow]) -> Markup {
    let has_values = rows.iter().any(|row| row.value.is_some());
    html! {
        div.table-scroll {
            table.by-region {
                thead { tr {
                    th scope="col" { "地区" }
                    @if has_values { th scope="col" { "规定" } }
                    th scope="col" { "原文" }
                } }
                tbody {
                    @for row in rows {
                        tr {
                            th scope="row" { (RegionTag(&row.region)) }
                            @if has_values { td.value { (row.value.as_deref().unwrap_or("—")) } }
                            td {
                                a href=(measure_href(&row.measure_id)) { (measure_heading(row.title.as_deref(), &row.sentence)) }
                                @if !row.sentence.is_empty() { br; span.sentence { (row.sentence) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The `/ask` page: the question box, then the answer card (or example questions).
pub fn page(question: Option<&str>, answer: Option<&Answer>) -> Markup {
    let title = question.map_or_else(|| "问答".to_owned(), |q| format!("{q} - 问答"));
    let json = question.map_or_else(
        || "/api/ask?q=".to_owned() + &crate::views::components::encode(EXAMPLES[0].0),
        |q| format!("/api/ask?q={}", crate::views::components::encode(q)),
    );
    layout::page(
        &layout::Frame::new(&title, json),
        html! {
            h1 { "政策问答" }
            form.search.large role="search" aria-label="政策问答" action="/ask" method="get" {
                label.visually-hidden for="ask-q" { "输入问题" }
                input #ask-q type="search" name="q" value=(question.unwrap_or(""))
                    maxlength=(crate::search::MAX_QUERY_CHARS)
                    placeholder="如:新开办企业刻章要钱吗" autocomplete="off";
                button type="submit" { "提问" }
            }
            @if let Some(answer) = answer {
                (card(answer))
            } @else if let Some(q) = question {
                section.answer.not-found {
                    p.short { "问答服务暂不可用。" }
                    p { a href=(search_href(&SearchQuery { q: q.to_owned(), ..Default::default() })) { "查看「" (q) "」的检索结果" } }
                }
            }
            @if question.is_none() {
                section.examples {
                    h2 { "可以这样问" }
                    ul {
                        @for (text, _) in EXAMPLES {
                            li { a href=(ask_href(text)) { (text) } }
                        }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::NOT_FOUND;
    use crate::measure::Measure;

    fn citation() -> Citation {
        Citation {
            measure: Measure {
                id: "weihai-2020-07.1-2".into(),
                title: Some("降低企业开办成本".into()),
                text: "新开办企业免费刻制公章。".into(),
                region: "山东省/威海市".into(),
                domain: "开办企业".into(),
                doc_id: "weihai-2020-07".into(),
                doc_title: "威海市实施方案".into(),
                doc_number: Some("威办发〔2020〕7号".into()),
                number: "四、(一)".into(),
                date: Some("2020-07-24".into()),
                source: "000.txt".into(),
                seq: 2,
                lead_units: vec!["市公安局".into()],
                ..Measure::default()
            },
            snippet: "新开办企业免费刻制公章。".into(),
            sentence: "新开办企业<免费>刻制公章。".into(),
            value: Some("免费".into()),
            coverage: 1.0,
        }
    }

    pub(crate) fn answer(found: bool) -> Answer {
        Answer {
            question: "新开办企业刻章要钱吗<script>".into(),
            kind: Kind::Cost,
            answer: if found {
                "免费".into()
            } else {
                NOT_FOUND.into()
            },
            found,
            confidence: 0.9,
            value: Some("免费".into()),
            quote: Some(Quote {
                measure_id: "weihai-2020-07.1-2".into(),
                text: "新开办企业免费刻制公章。".into(),
                value: Some(5..7),
                items: Vec::new(),
            }),
            region: None,
            uncovered_region: None,
            domain: None,
            topic: "刻章".into(),
            citations: vec![citation()],
            by_region: vec![RegionRow {
                region: "山东省/威海市".into(),
                value: Some("免费".into()),
                measure_id: "weihai-2020-07.1-2".into(),
                title: Some("降低企业开办成本".into()),
                sentence: "新开办企业免费刻制公章。".into(),
            }],
        }
    }

    #[test]
    fn the_card_shows_answer_quote_table_and_citations_escaped() {
        let html = card(&answer(true)).into_string();
        assert!(html.contains(r#"<p class="short">免费</p>"#));
        assert!(
            html.contains("新开办企业<mark>免费</mark>刻制公章。"),
            "{html}"
        );
        assert!(html.contains("费用") && html.contains("各地规定"));
        assert!(html.contains(r#"href="/measures/weihai-2020-07.1-2""#));
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
        assert!(html.contains("新开办企业&lt;免费&gt;刻制公章。"));
        assert!(!html.contains("not-found"));
        // The measure's number as written, after the document it stands in.
        assert!(
            html.contains("(威办发〔2020〕7号) <span class=\"number\">四、(一)</span>"),
            "{html}"
        );
        let compact = compact_card(&answer(true)).into_string();
        assert!(compact.contains("各地规定") && !compact.contains("<h3>依据</h3>"));
        assert!(compact.contains("查看完整回答"));
    }

    #[test]
    fn a_general_provision_cited_says_its_part_after_its_number() {
        let mut answer = answer(true);
        answer.citations[0].measure.number = "第四十七条".into();
        answer.citations[0].measure.part = Some("附则".into());
        let html = card(&answer).into_string();
        assert!(
            html.contains("<span class=\"number\">第四十七条</span> (附则)"),
            "{html}"
        );
        assert!(!card(&self::answer(true)).into_string().contains("(附则)"));
    }

    #[test]
    fn an_uncovered_region_is_named_and_other_regions_are_labelled_precedents() {
        let mut answer = answer(false);
        answer.answer = crate::ask::not_covered("杭州市");
        answer.uncovered_region = Some("浙江省/杭州市".into());
        let html = card(&answer).into_string();
        assert!(html.contains("未收录杭州市的相关规定"), "{html}");
        assert!(html.contains("仅供参考") && html.contains("其他地区的同类措施"));
        assert!(!html.contains("最接近的措施"));
    }

    #[test]
    fn an_unanswered_question_says_so_and_lists_the_nearest_measures() {
        let html = card(&answer(false)).into_string();
        assert!(html.contains("not-found") && html.contains(NOT_FOUND));
        assert!(html.contains("最接近的措施") && !html.contains("各地规定"));
    }
}
