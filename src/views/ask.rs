//! The answer card (on `/ask` and on top of `/search` when the query is a question) and the
//! `/ask` page. The card shows the short answer, the kind of question, and whatever else the
//! [`Answer`] holds: its `citations` (linked to the measures) and its `by_region` table are
//! read from the answer's JSON, so the card keeps up as the Q&A side grows the struct.

use maud::{html, Markup};
use serde_json::{Map, Value};

use crate::search::ask::Answer;
use crate::views::components::{measure_href, truncate, RegionTag};
use crate::views::home::EXAMPLES;
use crate::views::layout;

/// What the answer card says when nothing answers.
pub const NOT_FOUND: &str = "未找到明确规定";

/// The kind of question in words.
pub fn kind_label(kind: &str) -> &str {
    match kind {
        "time" => "办理时限",
        "cost" => "费用",
        "who" => "责任单位",
        "deadline" => "完成时限",
        "yesno" => "是否",
        "howto" => "怎么办",
        "list" => "有哪些",
        "precedent" => "各地做法",
        other => other,
    }
}

/// Whether the answer says something (not 「未找到明确规定」, not empty).
pub fn is_found(answer: &Answer) -> bool {
    found_text(&answer.answer)
}

fn found_text(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty() && !text.starts_with(NOT_FOUND)
}

/// The answer card.
pub fn card(answer: &Answer) -> Markup {
    card_from_json(&serde_json::to_value(answer).unwrap_or(Value::Null))
}

/// The answer card from the answer's JSON (`question`, `kind`, `answer`, `citations`,
/// `by_region`; missing fields are left out).
pub fn card_from_json(json: &Value) -> Markup {
    let field = |key: &str| json.get(key).and_then(Value::as_str).unwrap_or("");
    let (question, kind, text) = (field("question"), field("kind"), field("answer"));
    let citations = json.get("citations").and_then(Value::as_array);
    let by_region = json.get("by_region").and_then(Value::as_array);
    let found = found_text(text);
    html! {
        section.answer.not-found[!found] aria-labelledby="answer-heading" {
            h2 #answer-heading {
                "问答"
                @if !kind.is_empty() {
                    " " span.kind { (kind_label(kind)) }
                }
            }
            p.question { (question) }
            p.short { (if text.trim().is_empty() { NOT_FOUND } else { text }) }
            @if let Some(citations) = citations.filter(|c| !c.is_empty()) {
                h3 { "依据" }
                ol.citations {
                    @for citation in citations {
                        (citation_item(citation))
                    }
                }
            }
            @if let Some(rows) = by_region.filter(|r| !r.is_empty()) {
                h3 { "各地规定" }
                (table(rows))
            }
            p.note { "答案摘自政策原文,以原文为准。" }
        }
    }
}

fn text_of<'a>(object: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .filter_map(|key| object.get(*key).and_then(Value::as_str))
        .find(|value| !value.trim().is_empty())
}

fn citation_item(citation: &Value) -> Markup {
    let Some(object) = citation.as_object() else {
        return html! { li { (plain(citation)) } };
    };
    let id = text_of(object, &["id"]);
    let heading = text_of(object, &["title", "doc_title"]).unwrap_or("措施");
    let quote = text_of(object, &["sentence", "quote", "snippet", "text"]);
    html! {
        li {
            @if let Some(id) = id {
                a href=(measure_href(id)) { (heading) }
            } @else {
                (heading)
            }
            @if let Some(region) = text_of(object, &["region"]) {
                " " (RegionTag(region))
            }
            @if let (Some(doc), Some(_)) = (text_of(object, &["doc_title"]), text_of(object, &["title"])) {
                " " span.doc { "《" (doc) "》" }
            }
            @if let Some(quote) = quote {
                blockquote { (truncate(quote, 240)) }
            }
        }
    }
}

/// A JSON value as plain text.
fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join("、"),
        other => other.to_string(),
    }
}

/// A table of objects, columns from the keys of the first row (an `id` column becomes links).
fn table(rows: &[Value]) -> Markup {
    let columns: Vec<String> = rows
        .iter()
        .find_map(Value::as_object)
        .map(|first| first.keys().filter(|k| *k != "id").cloned().collect())
        .unwrap_or_default();
    let header = |key: &str| match key {
        "region" => "地区",
        "answer" | "value" => "规定",
        "text" | "sentence" | "quote" => "原文",
        "doc_title" => "文件",
        "title" => "措施",
        "count" => "条数",
        "lead_units" => "牵头单位",
        "date" => "日期",
        _ => "",
    };
    html! {
        div.table-scroll {
            table.by-region {
                thead { tr {
                    @for column in &columns {
                        th scope="col" { (match header(column) { "" => column.as_str(), h => h }) }
                    }
                } }
                tbody {
                    @for row in rows {
                        tr {
                            @for column in &columns {
                                @let cell = plain(row.get(column).unwrap_or(&Value::Null));
                                td {
                                    @match (column.as_str(), row.get("id").and_then(Value::as_str)) {
                                        ("region", _) => (RegionTag(&cell)),
                                        ("title" | "answer", Some(id)) => a href=(measure_href(id)) { (truncate(&cell, 120)) },
                                        _ => (truncate(&cell, 120)),
                                    }
                                }
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
    layout::page(
        &title,
        None,
        html! {
            h1 { "政策问答" }
            form.search.large role="search" action="/ask" method="get" {
                label.visually-hidden for="ask-q" { "输入问题" }
                input #ask-q type="search" name="q" value=(question.unwrap_or(""))
                    maxlength=(crate::search::MAX_QUERY_CHARS)
                    placeholder="如:新开办企业刻章要钱吗" autocomplete="off";
                button type="submit" { "提问" }
            }
            @if let Some(answer) = answer {
                (card(answer))
            } @else if question.is_some() {
                section.answer.not-found { p.short { "问答服务暂不可用,请先使用检索。" } }
            }
            @if let Some(q) = question {
                p { a href=(crate::views::components::search_href(&crate::search::SearchQuery { q: q.to_owned(), ..Default::default() })) { "查看「" (q) "」的全部检索结果 ›" } }
            } @else {
                section.examples {
                    h2 { "可以这样问" }
                    ul {
                        @for (text, _) in EXAMPLES {
                            li { a href=(crate::views::components::ask_href(text)) { (text) } }
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

    fn answer(text: &str) -> Value {
        serde_json::json!({
            "question": "新开办企业刻章要钱吗<script>",
            "kind": "cost",
            "answer": text,
        })
    }

    #[test]
    fn the_card_shows_the_answer_escaped() {
        let html = card_from_json(&answer("免费")).into_string();
        assert!(html.contains(">免费<"));
        assert!(html.contains("费用"));
        assert!(html.contains("&lt;script&gt;") && !html.contains("<script>"));
        assert!(!html.contains("not-found"));
        assert!(card_from_json(&answer(NOT_FOUND)).into_string().contains("not-found"));
    }

    #[test]
    fn tables_and_citations_render_from_json() {
        let rows = vec![serde_json::json!({"region": "山东省/威海市", "answer": "<b>免费</b>", "id": "w-1"})];
        let html = table(&rows).into_string();
        assert!(html.contains(">威海市<") && html.contains("&lt;b&gt;免费"));
        assert!(html.contains(r#"href="/measures/w-1""#));
        let item = citation_item(&serde_json::json!({"id": "w-1", "doc_title": "方案", "text": "免费刻章"}))
            .into_string();
        assert!(item.contains(r#"<a href="/measures/w-1">方案</a>"#) && item.contains("免费刻章"));
    }
}
