//! The benefit finder (「我的企业能享受哪些政策」): an enterprise profile (who it is, where, in
//! which domain) → the measures that benefit it, grouped by benefit type, each with its
//! amounts, the sentence that grants it, the lead unit to contact, deadline or status and
//! where it stands. Pure over measures that carry benefit facts (see
//! [`crate::extract::benefits`]); the engine chooses which measures to pass.
//!
//! Who matches: a measure for the profile's group, or for a wider group it belongs to
//! (a 小微企业 is also served by measures for 中小企业 and 所有企业; `broader` in
//! `data/beneficiaries.toml`). Where: the profile's region and, with 「含上级政策」, every region
//! above it and 全国 (a 威海 enterprise also sees 山东省 and national measures); without it,
//! the region and the places inside it.

use serde::{Deserialize, Serialize};

use crate::corpus::region_path::RegionPath;
use crate::extract::benefits::vocabulary::VOCABULARY;
use crate::measure::{Amount, Grant};
use crate::search::SearchEngine;
use crate::{Measure, Result};

/// The national region path.
pub const NATIONAL: &str = "全国";

/// Most measures listed under one benefit type (a page and its JSON stay small whatever the
/// index holds; the group's `total` says how many there are).
pub const MAX_PER_GROUP: usize = 20;

/// Who is looking, from where.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// A beneficiary label (小微企业 …); none: every measure that benefits someone.
    pub beneficiary: Option<String>,
    /// Region path (`山东省/威海市`); none: everywhere.
    pub region: Option<String>,
    /// Also the regions above the region, and 全国 (含上级政策).
    pub include_parents: bool,
    /// A canonical domain.
    pub domain: Option<String>,
}

/// The region paths a profile covers: the region itself, then (with parents) each region
/// above it, nearest first, then 全国.
pub fn regions_of(region: &str, include_parents: bool) -> Vec<String> {
    let region = region.trim().trim_matches('/');
    let mut out = vec![region.to_owned()];
    if include_parents && region != NATIONAL {
        let above: Vec<&str> = RegionPath::new(region).ancestors().collect();
        out.extend(above[..above.len() - 1].iter().rev().map(|r| r.to_string()));
        out.push(NATIONAL.to_owned());
    }
    out
}

/// True when a measure of `measure_region` applies to the profile's place.
pub fn region_matches(measure_region: &str, region: &str, include_parents: bool) -> bool {
    let inside = RegionPath::new(measure_region).within(region);
    inside || include_parents && regions_of(region, true).iter().any(|r| r == measure_region)
}

/// The labels whose measures serve a group: itself and the groups it belongs to.
pub fn serving_labels(beneficiary: &str) -> Vec<String> {
    VOCABULARY.with_broader(beneficiary)
}

/// True when a measure benefits the profile (its group, place and domain).
pub fn matches(measure: &Measure, profile: &Profile) -> bool {
    if measure.beneficiaries.is_empty() || measure.grants.is_empty() {
        return false;
    }
    if let Some(who) = &profile.beneficiary {
        let serving = serving_labels(who);
        if !measure.beneficiaries.iter().any(|b| serving.contains(b)) {
            return false;
        }
    }
    if let Some(region) = &profile.region {
        if !region_matches(&measure.region, region, profile.include_parents) {
            return false;
        }
    }
    if let Some(domain) = &profile.domain {
        if &measure.domain != domain {
            return false;
        }
    }
    true
}

/// One measure under one benefit type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenefitItem {
    /// The measure.
    pub measure: Measure,
    /// The grant of this type: its sentence and who it names.
    pub grant: Grant,
    /// The amounts of this type.
    pub amounts: Vec<Amount>,
    /// True when the grant names the profile's own group (not only a wider one).
    pub named: bool,
}

/// The measures of one benefit type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenefitGroup {
    /// The benefit type.
    pub benefit_type: String,
    /// How many measures grant it (the items are the first [`MAX_PER_GROUP`]).
    pub total: usize,
    /// Its measures: those naming the profile's group first, then the nearest region, then
    /// those stating an amount of the benefit, then the newest document.
    pub items: Vec<BenefitItem>,
}

/// What the finder found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenefitResults {
    /// The profile asked for.
    pub profile: Profile,
    /// The region paths covered, nearest first (empty: everywhere).
    pub regions: Vec<String>,
    /// Measures that benefit the profile.
    pub total: usize,
    /// One group per benefit type, in the vocabulary's order.
    pub groups: Vec<BenefitGroup>,
    /// The enterprise types a profile may name, in the vocabulary's order (for a client's form:
    /// the embed widget's select).
    pub labels: Vec<String>,
}

/// The finder over an index: reads the measures the profile may see (one facet query over the
/// serving groups, the covered regions and the domain), then [`find`]. The profile's region is
/// a region path (the server resolves place names first).
pub fn search(engine: &SearchEngine, profile: &Profile) -> Result<BenefitResults> {
    let groups = profile
        .beneficiary
        .as_deref()
        .map(serving_labels)
        .unwrap_or_default();
    let regions = profile
        .region
        .as_deref()
        .map(|r| regions_of(r, profile.include_parents))
        .unwrap_or_default();
    let measures = engine.benefit_measures(&groups, &regions, profile.domain.as_deref())?;
    Ok(find(&measures, profile))
}

/// Groups the measures that benefit `profile` by benefit type.
pub fn find<'a>(
    measures: impl IntoIterator<Item = &'a Measure>,
    profile: &Profile,
) -> BenefitResults {
    let regions = profile
        .region
        .as_deref()
        .map(|r| regions_of(r, profile.include_parents))
        .unwrap_or_default();
    let own: Vec<String> = profile.beneficiary.iter().cloned().collect();
    let mut groups: Vec<BenefitGroup> = VOCABULARY
        .type_names()
        .map(|t| BenefitGroup {
            benefit_type: t.to_owned(),
            total: 0,
            items: Vec::new(),
        })
        .collect();
    let mut total = 0;
    for measure in measures.into_iter().filter(|m| matches(m, profile)) {
        total += 1;
        for grant in &measure.grants {
            let Some(group) = groups
                .iter_mut()
                .find(|g| g.benefit_type == grant.benefit_type)
            else {
                continue;
            };
            // a measure is listed once under a type, with its first granting sentence
            if group
                .items
                .last()
                .is_some_and(|i| i.measure.id == measure.id)
            {
                continue;
            }
            let amounts = measure
                .amounts
                .iter()
                .filter(|a| a.benefit_type.as_deref() == Some(grant.benefit_type.as_str()))
                .cloned()
                .collect();
            group.items.push(BenefitItem {
                measure: measure.clone(),
                grant: grant.clone(),
                amounts,
                named: own.iter().any(|o| grant.beneficiaries.contains(o)),
            });
        }
    }
    let rank_of_region = |r: &str| regions.iter().position(|x| x == r).unwrap_or(regions.len());
    for g in &mut groups {
        g.items.sort_by(|a, b| {
            b.named
                .cmp(&a.named)
                .then_with(|| {
                    rank_of_region(&a.measure.region).cmp(&rank_of_region(&b.measure.region))
                })
                // how much is what an enterprise asks next: a measure stating it comes first
                .then_with(|| a.amounts.is_empty().cmp(&b.amounts.is_empty()))
                .then_with(|| b.measure.date.cmp(&a.measure.date))
                .then_with(|| a.measure.id.cmp(&b.measure.id))
        });
        g.total = g.items.len();
        g.items.truncate(MAX_PER_GROUP);
    }
    groups.retain(|g| !g.items.is_empty());
    BenefitResults {
        profile: profile.clone(),
        regions,
        total,
        groups,
        labels: VOCABULARY.label_names().map(str::to_owned).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(id: &str, region: &str, text: &str) -> Measure {
        let mut m = Measure {
            id: id.into(),
            doc_id: "doc".into(),
            region: region.into(),
            domain: "获得信贷".into(),
            text: text.into(),
            ..Default::default()
        };
        crate::extract::benefits::fill(&mut m);
        m
    }

    #[test]
    fn a_region_profile_includes_parent_regions_and_national_measures() {
        assert_eq!(
            regions_of("山东省/威海市", true),
            ["山东省/威海市", "山东省", "全国"]
        );
        assert_eq!(regions_of("山东省/威海市", false), ["山东省/威海市"]);
        let measures = [
            measure(
                "weihai",
                "山东省/威海市",
                "对小微企业给予最高50万元贷款贴息。",
            ),
            measure("shandong", "山东省", "小微企业担保费率降至1%以下。"),
            measure("nation", "全国", "为企业免费提供印章。"),
            measure(
                "district",
                "山东省/威海市/环翠区",
                "对小微企业给予最高10万元补贴。",
            ),
            measure("yantai", "山东省/烟台市", "对小微企业给予最高30万元补贴。"),
        ];
        let profile = Profile {
            beneficiary: Some("小微企业".into()),
            region: Some("山东省/威海市".into()),
            include_parents: true,
            domain: None,
        };
        let found = find(&measures, &profile);
        let mut ids: Vec<&str> = found
            .groups
            .iter()
            .flat_map(|g| g.items.iter().map(|i| i.measure.id.as_str()))
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids, ["district", "nation", "shandong", "weihai"]);
        assert_eq!(found.total, 4);
        let without = find(
            &measures,
            &Profile {
                include_parents: false,
                ..profile.clone()
            },
        );
        assert_eq!(without.total, 2, "the city and the places inside it only");
    }

    #[test]
    fn groups_follow_benefit_types_and_own_group_comes_first() {
        let measures = [
            measure("all", "全国", "对企业给予最高20万元补贴。"),
            measure("small", "全国", "对小微企业给予最高50万元补贴。"),
            measure("hightech", "全国", "对高新技术企业给予最高100万元奖励。"),
        ];
        let profile = Profile {
            beneficiary: Some("小微企业".into()),
            ..Default::default()
        };
        let found = find(&measures, &profile);
        assert_eq!(found.groups.len(), 1);
        let group = &found.groups[0];
        assert_eq!(group.benefit_type, "补贴奖励");
        let ids: Vec<&str> = group.items.iter().map(|i| i.measure.id.as_str()).collect();
        assert_eq!(
            ids,
            ["small", "all"],
            "not the 高新技术企业 measure; own group first"
        );
        assert_eq!(group.items[0].amounts[0].text, "最高50万元");
    }

    #[test]
    fn a_group_lists_each_measure_once_and_at_most_max_per_group() {
        let measures: Vec<Measure> = (0..MAX_PER_GROUP + 5)
            .map(|i| {
                measure(
                    &format!("m{i:02}"),
                    "全国",
                    "对小微企业给予最高50万元补贴。对小微企业给予一次性奖励。",
                )
            })
            .collect();
        let profile = Profile {
            beneficiary: Some("小微企业".into()),
            ..Default::default()
        };
        let found = find(&measures, &profile);
        let group = &found.groups[0];
        assert_eq!(group.total, MAX_PER_GROUP + 5);
        assert_eq!(group.items.len(), MAX_PER_GROUP);
        let mut ids: Vec<&str> = group.items.iter().map(|i| i.measure.id.as_str()).collect();
        ids.dedup();
        assert_eq!(ids.len(), MAX_PER_GROUP, "each measure once");
    }
}
