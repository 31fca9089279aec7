//! `/stats`, for officials: how many searches found something (the answer rate), the most
//! searched queries, and the queries that found nothing — what people looked for that no
//! policy in the index covers. Counts only: nothing about who searched.

use maud::{html, Markup};

use crate::search::SearchQuery;
use crate::stats::{QueryCount, StatsReport};
use crate::views::components::search_href;
use crate::views::layout;

/// The statistics page.
pub fn page(report: &StatsReport) -> Markup {
    let rate = format!("{:.1}%", report.answer_rate() * 100.0);
    layout::page(
        &layout::Frame::new("检索统计", "/api/stats"),
        html! {
            h1 { "检索统计" }
            p.count {
                "共 " strong { (report.searches) } " 次检索与提问,"
                "有结果 " strong { (report.answered) } " 次,答复率 " strong { (rate) } "。"
                "只计查询词与次数,不记录来访者的任何信息。"
            }
            section aria-labelledby="not-found-heading" {
                h2 #not-found-heading { "没有找到结果的检索" }
                p { "群众想查、但现有政策没有覆盖的内容,可作为补充政策的参考。" }
                (table(&report.not_found, true))
            }
            section aria-labelledby="top-heading" {
                h2 #top-heading { "检索最多的内容" }
                (table(&report.top, false))
            }
        },
    )
}

fn table(rows: &[QueryCount], not_found: bool) -> Markup {
    html! {
        @if rows.is_empty() {
            p { "暂无记录。" }
        } @else {
            div.table-scroll {
                table.stats {
                    thead { tr { th { "检索内容" } th { "次数" } th { "无结果次数" } } }
                    tbody {
                        @for row in rows {
                            tr {
                                td { a href=(search_href(&SearchQuery { q: row.query.clone(), ..Default::default() })) { (row.query) } }
                                td { (row.count) }
                                td { @if not_found { strong { (row.not_found) } } @else { (row.not_found) } }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_shows_the_rate_and_escapes_queries() {
        let report = StatsReport {
            searches: 4,
            answered: 3,
            top: vec![QueryCount {
                query: "开办企业".into(),
                count: 3,
                not_found: 0,
            }],
            not_found: vec![QueryCount {
                query: "<script>无人机</script>".into(),
                count: 1,
                not_found: 1,
            }],
        };
        let html = page(&report).into_string();
        assert!(html.contains("75.0%"));
        assert!(html.contains("&lt;script&gt;无人机"));
        assert!(!html.contains("<script>无人机"));
    }
}
