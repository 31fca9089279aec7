//! Infers a document's region when no metadata file gives it: central documents (国务院,
//! 国务院办公厅, 国发/国办发 文号) → `全国`; otherwise place names in the issuer, title and
//! header (short forms allowed) and in the body (full names only), weighed against the level
//! its unit names speak for (「区营商局」 → a district, 「省市场监管局」 → a province,
//! 「市XX局」 → a city or county-level city). Output: a region path from [`super::gazetteer`].

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::gazetteer::{Level, GAZETTEER};

/// The region of central documents.
pub const NATIONAL: &str = "全国";

/// A unit name that starts with its government's level (省市场监管局, 区营商局, 市税务局).
static UNIT_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[、,;:(。\n])(省|市|区|县)([^场域级内外\s、,;:()。][^\s、,;:()。]{0,11}?(?:局|厅|委|办|中心|院))")
        .expect("valid regex")
});
/// 「全省」「全市」「全区」「全县」: the area a text speaks for.
static WHOLE_AREA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"全(省|市|区|县)").expect("valid regex"));
static CENTRAL_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^国(?:发|办发|办函|函|令|办发明电)").expect("valid regex"));

/// The level a document's units speak for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UnitLevel {
    Province,
    City,
    District,
    County,
}

/// The region path of a document from its issuer, title, 文号 and text; `None` when no
/// place can be told.
pub fn infer(
    issuer: Option<&str>,
    title: &str,
    doc_number: Option<&str>,
    text: &str,
) -> Option<String> {
    if is_central(issuer, doc_number) {
        return Some(NATIONAL.to_owned());
    }
    let g = &*GAZETTEER;
    let mut score: HashMap<usize, f64> = HashMap::new();
    // A place named right after its parent (杭州市西湖区) is the place meant: the parent only
    // qualifies it, and it picks the right one of several places of that name.
    let mut contextual: Vec<(usize, f64)> = Vec::new();
    let mut add = |part: &str, weight: f64, aliases: bool| {
        let mut previous: Option<usize> = None;
        for (_, name) in g.scan(part) {
            if name.contextual {
                contextual.extend(name.places.iter().map(|&p| (p, weight)));
                continue;
            }
            if name.alias && !aliases {
                previous = None;
                continue;
            }
            let under_previous: Vec<usize> = name
                .places
                .iter()
                .copied()
                .filter(|&p| previous.is_some() && g.places[p].parent == previous)
                .collect();
            if let (Some(parent), [child]) = (previous, under_previous.as_slice()) {
                *score.entry(parent).or_default() -= weight;
                *score.entry(*child).or_default() += 2.0 * weight;
                previous = Some(*child);
                continue;
            }
            let share = weight / name.places.len() as f64;
            for &p in &name.places {
                *score.entry(p).or_default() += share;
            }
            previous = (name.places.len() == 1).then(|| name.places[0]);
        }
    };
    add(title, 10.0, true);
    if let Some(issuer) = issuer {
        add(issuer, 10.0, true);
    }
    let header: String = text.lines().take(12).collect::<Vec<_>>().join("\n");
    add(&header, 3.0, true);
    add(text, 1.0, false);
    for (p, weight) in contextual {
        let parent_named = g.places[p]
            .parent
            .is_some_and(|q| score.get(&q).is_some_and(|&v| v > 0.0));
        if parent_named {
            *score.entry(p).or_default() += weight;
        }
    }
    if score.is_empty() {
        return None;
    }
    let support = |p: usize| -> f64 {
        let mut s = score.get(&p).copied().unwrap_or(0.0);
        let mut parent = g.places[p].parent;
        while let Some(q) = parent {
            s += 0.3 * score.get(&q).copied().unwrap_or(0.0);
            parent = g.places[q].parent;
        }
        s
    };
    let fits = |p: usize, level: UnitLevel| {
        let place = &g.places[p];
        match level {
            UnitLevel::Province => place.level == Level::Province,
            UnitLevel::City => {
                place.level == Level::City
                    || place.level == Level::County && place.name.ends_with('市')
            }
            UnitLevel::District => {
                place.level == Level::County && (place.name.ends_with('区') || place.is_zone())
            }
            UnitLevel::County => {
                place.level == Level::County
                    && (place.name.ends_with('县') || place.name.ends_with('旗'))
            }
        }
    };
    let best = |candidates: Vec<usize>| {
        candidates.into_iter().max_by(|&a, &b| {
            support(a)
                .total_cmp(&support(b))
                .then(g.places[a].level.cmp(&g.places[b].level))
                .then(g.places[b].code.cmp(&g.places[a].code))
        })
    };
    let mentioned: Vec<usize> = score
        .iter()
        .filter(|(_, &v)| v > 0.0)
        .map(|(&p, _)| p)
        .collect();
    let chosen = unit_level(text)
        .and_then(|level| {
            best(
                mentioned
                    .iter()
                    .copied()
                    .filter(|&p| fits(p, level))
                    .collect(),
            )
        })
        .or_else(|| best(mentioned));
    chosen.map(|p| g.places[p].path.clone())
}

/// True for documents of the State Council or its General Office.
pub fn is_central(issuer: Option<&str>, doc_number: Option<&str>) -> bool {
    let by_issuer = issuer.is_some_and(|i| {
        let i = i.trim();
        i.starts_with("国务院") || i.starts_with("中共中央") || i.starts_with("全国人民代表大会")
    });
    by_issuer || doc_number.is_some_and(|n| CENTRAL_NUMBER.is_match(n))
}

/// The level most unit names of `text` speak for, if they speak at all.
fn unit_level(text: &str) -> Option<UnitLevel> {
    let mut counts = [0usize; 4];
    for c in UNIT_LEVEL
        .captures_iter(text)
        .chain(WHOLE_AREA.captures_iter(text))
    {
        let i = match &c[1] {
            "省" => 0,
            "市" => 1,
            "区" => 2,
            _ => 3,
        };
        counts[i] += 1;
    }
    let (i, &n) = counts.iter().enumerate().max_by_key(|(_, &n)| n)?;
    if n < 2 {
        return None;
    }
    Some(
        [
            UnitLevel::Province,
            UnitLevel::City,
            UnitLevel::District,
            UnitLevel::County,
        ][i],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_documents_are_national() {
        assert_eq!(
            infer(Some("国务院办公厅"), "关于…的通知", None, "").as_deref(),
            Some(NATIONAL)
        );
        assert_eq!(
            infer(None, "通知", Some("国发〔2019〕5号"), "").as_deref(),
            Some(NATIONAL)
        );
    }

    #[test]
    fn district_units_pick_the_district_named_in_the_title() {
        let text = "1.推行开办企业全程网办。\n牵头单位:区营商局、区行政审批局\n责任单位:区税务局";
        assert_eq!(
            infer(None, "鲅鱼圈区营商环境优化行动方案", None, text).as_deref(),
            Some("辽宁省/营口市/鲅鱼圈区")
        );
    }

    #[test]
    fn province_units_pick_the_province_the_text_names() {
        let text = "1.提升设立登记便利度。(牵头单位:省市场监管局)\n2.压减接电环节。(牵头单位:国网山东省电力公司)\n3.推动出台《山东省知识产权保护和促进条例》。(牵头单位:省市场监管局)";
        assert_eq!(
            infer(None, "营商环境创新2022年行动计划", None, text).as_deref(),
            Some("山东省")
        );
    }

    #[test]
    fn county_level_city_beats_its_prefecture() {
        let text = "中共莱州市委办公室\n1.开展全面梳理。\n牵头单位:市司法局\n2.形成清单。\n牵头单位:市司法局\n烟台市住房公积金管理中心莱州分中心";
        assert_eq!(
            infer(
                Some("中共莱州市委办公室 莱州市人民政府办公室"),
                "减证便民工作实施意见",
                None,
                text
            )
            .as_deref(),
            Some("山东省/烟台市/莱州市")
        );
    }
}
