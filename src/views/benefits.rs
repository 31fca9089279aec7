//! The benefit finder page (`/benefits`, 「我的企业能享受哪些政策」): a form (enterprise type,
//! region from the region tree, 「含上级政策」, domain) that works without JavaScript and keeps
//! the profile in the URL, then the measures that benefit the profile grouped by benefit
//! type — each with its amounts, the sentence that grants it, the lead unit to contact, the
//! deadline or status and the citation.

use maud::{html, Markup};

use crate::corpus::region_path::RegionPath;
use crate::domain::Domain;
use crate::extract::benefits::vocabulary::VOCABULARY;
use crate::search::benefits::{BenefitItem, BenefitResults, Profile};
use crate::views::components::{encode, measure_heading, measure_href, RegionTag};
use crate::views::layout;
use crate::views::measure::citation;

/// `/benefits?…` for a profile: every set field, nothing else.
pub fn benefits_href(profile: &Profile) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(b) = &profile.beneficiary {
        pairs.push(("beneficiary", b.clone()));
    }
    if let Some(r) = &profile.region {
        pairs.push(("region", r.clone()));
    }
    pairs.push((
        "parents",
        if profile.include_parents { "1" } else { "0" }.to_owned(),
    ));
    if let Some(d) = &profile.domain {
        pairs.push(("domain", d.clone()));
    }
    let query: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", encode(&v)))
        .collect();
    format!("/benefits?{}", query.join("&"))
}

/// The page. `regions` are the region paths of the index (the tree the form offers);
/// `results` is `None` before a profile is given.
pub fn page(profile: &Profile, regions: &[String], results: Option<&BenefitResults>) -> Markup {
    let json = match results {
        Some(_) => format!("/api{}", benefits_href(profile)),
        None => "/api/benefits".to_owned(),
    };
    layout::page(
        &layout::Frame::new("惠企政策查找", json),
        html! {
            h1 { "我的企业能享受哪些政策" }
            (form(profile, regions))
            @if let Some(results) = results {
                (list(results))
            } @else {
                p.hint { "选择企业类型和所在地区,查看可以享受的补贴、减免、融资支持和办事便利,每条都附有原文和出处。" }
            }
        },
    )
}

fn form(profile: &Profile, regions: &[String]) -> Markup {
    let mut regions: Vec<&String> = regions.iter().collect();
    regions.sort();
    html! {
        form.benefits action="/benefits" method="get" {
            div.field {
                label for="beneficiary" { "企业类型" }
                select #beneficiary name="beneficiary" {
                    option value="" selected[profile.beneficiary.is_none()] { "不限" }
                    @for name in VOCABULARY.label_names() {
                        option value=(name) selected[profile.beneficiary.as_deref() == Some(name)] { (name) }
                    }
                }
            }
            div.field {
                label for="region" { "所在地区" }
                select #region name="region" {
                    option value="" selected[profile.region.is_none()] { "不限" }
                    @for path in regions {
                        @let depth = RegionPath::new(path).depth();
                        option value=(path) selected[profile.region.as_deref() == Some(path.as_str())] {
                            ("\u{3000}".repeat(depth)) (RegionPath::new(path).short())
                        }
                    }
                }
            }
            div.field.check {
                // unchecked boxes send nothing: the hidden 0 comes first, a checked box's 1 wins
                input type="hidden" name="parents" value="0";
                input #parents type="checkbox" name="parents" value="1" checked[profile.include_parents];
                label for="parents" { "含上级政策(上级地区和全国)" }
            }
            div.field {
                label for="domain" { "领域(可选)" }
                select #domain name="domain" {
                    option value="" selected[profile.domain.is_none()] { "不限" }
                    @for d in Domain::all().map(Domain::name) {
                        option value=(d) selected[profile.domain.as_deref() == Some(d)] { (d) }
                    }
                }
            }
            button type="submit" { "查找" }
        }
    }
}

fn list(results: &BenefitResults) -> Markup {
    let who = results.profile.beneficiary.as_deref().unwrap_or("企业");
    html! {
        section.benefit-results aria-labelledby="benefits-heading" {
            h2 #benefits-heading {
                (who)
                @if !results.regions.is_empty() { " · " (results.regions.join("、")) }
                ":" (results.total) " 条措施"
            }
            @if results.groups.is_empty() {
                p { "没有找到符合条件的惠企措施。可以取消领域,或勾选「含上级政策」。" }
            }
            @if !results.groups.is_empty() {
                nav.benefit-types aria-label="惠企方式" {
                    @for (i, g) in results.groups.iter().enumerate() {
                        a href=(format!("#type-{i}")) { (g.benefit_type) " " span.count { (g.total) } }
                    }
                }
            }
            @for (i, g) in results.groups.iter().enumerate() {
                section.benefit-group id=(format!("type-{i}")) {
                    h3 { (g.benefit_type) " " span.count { (g.total) " 条" } }
                    ol.benefits {
                        @for item in &g.items { (entry(item)) }
                    }
                    @if g.total > g.items.len() {
                        p.more { "显示前 " (g.items.len()) " 条(按是否点名本类企业、地区远近和发文日期排序);选择领域可以缩小范围。" }
                    }
                }
            }
        }
    }
}

fn entry(item: &BenefitItem) -> Markup {
    let m = &item.measure;
    html! {
        li.benefit {
            h4 {
                (RegionTag(&m.region)) " "
                a href=(measure_href(&m.id)) { (measure_heading(m.title.as_deref(), &m.text)) }
            }
            @if !item.amounts.is_empty() {
                p.amounts {
                    @for (k, a) in item.amounts.iter().enumerate() {
                        @if k > 0 { "、" }
                        strong { (a.text) }
                        @if let Some(who) = &a.beneficiary { "(" (who) ")" }
                    }
                }
            }
            blockquote.grant { (item.grant.sentence) "。" }
            p.facts {
                @if !item.grant.beneficiaries.is_empty() {
                    span { "受益对象:" (item.grant.beneficiaries.join("、")) }
                }
                @if !m.lead_units.is_empty() {
                    " · " span { "联系:" (m.lead_units.join("、")) }
                }
                @if let Some(status) = &m.status {
                    " · " span { (status) }
                } @else if !m.deadlines.is_empty() {
                    " · " span { "完成时限 " (m.deadlines.join("、")) }
                }
            }
            p.cite { (citation(m)) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::benefits::find;
    use crate::Measure;

    #[test]
    fn the_page_holds_the_profile_and_groups_the_measures() {
        let mut m = Measure {
            id: "weihai.1".into(),
            doc_id: "weihai".into(),
            doc_title: "威海市实施方案".into(),
            region: "山东省/威海市".into(),
            domain: "获得信贷".into(),
            text: "对小微企业给予最高50万元<贴息>补贴。".into(),
            lead_units: vec!["市财政局".into()],
            ..Default::default()
        };
        crate::extract::benefits::fill(&mut m);
        let profile = Profile {
            beneficiary: Some("小微企业".into()),
            region: Some("山东省/威海市".into()),
            include_parents: true,
            domain: None,
        };
        let results = find([&m], &profile);
        let regions = ["山东省".to_owned(), "山东省/威海市".to_owned()];
        let html = page(&profile, &regions, Some(&results)).into_string();
        assert!(
            html.contains(r#"<option value="小微企业" selected>小微企业</option>"#),
            "{html}"
        );
        assert!(html.contains(r#"<option value="山东省/威海市" selected>"#));
        assert!(html.contains(r#"name="parents" value="1" checked"#));
        assert!(html.contains("<h3>补贴奖励 "), "{html}");
        assert!(html.contains("<strong>最高50万元</strong>(小微企业)"));
        assert!(html.contains("&lt;贴息&gt;"), "corpus text is escaped");
        assert!(html.contains("联系:市财政局"));
        assert_eq!(
            benefits_href(&profile),
            "/benefits?beneficiary=%E5%B0%8F%E5%BE%AE%E4%BC%81%E4%B8%9A&region=%E5%B1%B1%E4%B8%9C%E7%9C%81%2F%E5%A8%81%E6%B5%B7%E5%B8%82&parents=1"
        );
    }
}
