//! The home page: a big search box, example questions, the domains as tiles with measure
//! counts, and the regions covered.

use maud::{html, Markup};

use crate::domain::Domain;
use crate::search::request::{FacetKind, Filters};
use crate::search::{FacetCount, Overview, SearchQuery};
use crate::views::components::{ask_href, region_tree, search_href};
use crate::views::layout;

/// Questions shown as examples: (text, whether it goes to 问答 rather than 检索).
pub const EXAMPLES: [(&str, bool); 6] = [
    ("新开办企业刻章要钱吗", true),
    ("企业开办需要几个工作日", true),
    ("其他地方怎么推行一业一证", true),
    ("拿地即开工", false),
    ("小规模纳税人 税收优惠", false),
    ("获得电力 低压小微企业", false),
];

/// Domains in canonical order with their counts; domains outside the canonical list follow.
pub fn ordered_domains(counts: &[FacetCount]) -> Vec<FacetCount> {
    let mut ordered: Vec<FacetCount> = counts.to_vec();
    for name in Domain::all().map(Domain::name) {
        if !counts.iter().any(|c| c.value == name) {
            ordered.push(FacetCount {
                value: name.to_owned(),
                count: 0,
            });
        }
    }
    ordered.sort_by_key(|c| Domain::rank(&c.value));
    ordered
}

/// The home page.
pub fn page(overview: &Overview) -> Markup {
    let browse = SearchQuery::default();
    layout::shell(
        &layout::Frame::new("首页", "/api/search"),
        None,
        html! {
            section.hero {
                h1 { "政策措施检索与问答" }
                p.lead {
                    "收录 " strong { (overview.documents) } " 份政策文件中的 "
                    strong { (overview.measures) } " 条措施:谁牵头、何时完成、各地怎么做,一查便知。"
                }
                (layout::search_form(None, "/search", true, false))
                div.examples {
                    h2.visually-hidden { "示例问题" }
                    span aria-hidden="true" { "试试:" }
                    ul {
                        @for (text, is_question) in EXAMPLES {
                            li {
                                @if is_question {
                                    a href=(ask_href(text)) { (text) }
                                } @else {
                                    a href=(search_href(&SearchQuery { q: text.to_owned(), ..Default::default() })) { (text) }
                                }
                            }
                        }
                    }
                }
            }
            section.domains aria-labelledby="domains-heading" {
                h2 #domains-heading { "按领域浏览" }
                ul.tiles {
                    @for domain in ordered_domains(&overview.domains) {
                        li {
                            @if domain.count > 0 {
                                a.tile href=(search_href(&SearchQuery { filters: Filters::one(FacetKind::Domain, &domain.value), ..Default::default() })) {
                                    span.name { (domain.value) }
                                    span.count { (domain.count) " 条" }
                                }
                            } @else {
                                span.tile.empty {
                                    span.name { (domain.value) }
                                    span.count { "暂无" }
                                }
                            }
                        }
                    }
                }
            }
            section.regions aria-labelledby="regions-heading" {
                h2 #regions-heading { "覆盖地区" }
                @if overview.regions.is_empty() {
                    p { "索引中还没有措施。" }
                } @else {
                    (region_tree(&browse, &overview.regions))
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_shows_counts_tiles_regions_and_examples() {
        let overview = Overview {
            measures: 321,
            documents: 7,
            domains: vec![
                FacetCount {
                    value: "纳税".into(),
                    count: 12,
                },
                FacetCount {
                    value: "开办企业".into(),
                    count: 30,
                },
            ],
            regions: vec![
                FacetCount {
                    value: "山东省".into(),
                    count: 200,
                },
                FacetCount {
                    value: "山东省/威海市".into(),
                    count: 150,
                },
            ],
        };
        let html = page(&overview).into_string();
        assert!(html.contains(r#"<html lang="zh-CN">"#));
        assert!(html.contains("<strong>321</strong>"));
        let start = html.find(">开办企业<").unwrap();
        let tax = html.find(">纳税<").unwrap();
        assert!(start < tax, "canonical order");
        assert!(html.contains("30 条"));
        assert!(html.contains("暂无"), "empty domains are shown, unlinked");
        assert!(html.contains(">威海市<"));
        assert!(html.contains("/ask?q=%E6%96%B0"));
    }
}
