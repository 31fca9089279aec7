//! Facets with ticked values, on the repository's corpus. Properties checked:
//! - with ticked facets (all counted in one pass, their filters checked on each match from
//!   the facet columns), the hits, scores and total are those of the query with every filter,
//!   and each facet's counts those of a pass under every filter but its own: the counts of
//!   one pass per ticked facet;
//! - a search counts only the facets asked for (`facets`), and asking for none changes no hit.

use zhengce::search::request::{FacetKind, FacetSet, Filters, Month};
use zhengce::search::{SearchEngine, SearchQuery, SearchResults, Sort, MAX_LIMIT};

use crate::engine;

/// Hits (id and score) and total.
fn page(results: &SearchResults) -> (Vec<(String, f32)>, usize) {
    let hits = results
        .hits
        .iter()
        .map(|h| (h.measure.id.clone(), h.score))
        .collect();
    (hits, results.total)
}

/// What the two passes gave: the hits of the query with every filter (no facet counted, so
/// every filter is a clause of the query), and each facet counted alone, under every filter
/// but its own (a facet not ticked: under every filter).
fn two_passes(engine: &SearchEngine, query: &SearchQuery) -> SearchResults {
    let mut results = engine
        .search(&SearchQuery {
            facets: FacetSet::NONE,
            ..query.clone()
        })
        .unwrap();
    // Nothing found: no facet either (as the search always answered).
    if results.total == 0 {
        return results;
    }
    for kind in FacetKind::ALL {
        let alone = SearchQuery {
            filters: query.filters.without(kind),
            facets: FacetSet::of([kind]),
            ..query.clone()
        };
        *results.facets.of_mut(kind) = engine.search(&alone).unwrap().facets.of(kind).clone();
    }
    results
}

fn query(q: &str, filters: Filters) -> SearchQuery {
    SearchQuery {
        q: q.into(),
        filters,
        limit: MAX_LIMIT,
        ..Default::default()
    }
}

#[test]
fn one_pass_counts_are_the_two_pass_counts() {
    let engine = engine();
    // Ticked values taken from the corpus's own facets: the two largest of each.
    let all = engine.search(&query("", Filters::default())).unwrap();
    let top = |kind: FacetKind, n: usize| -> Vec<String> {
        all.facets
            .of(kind)
            .iter()
            .take(n)
            .map(|f| f.value.clone())
            .collect()
    };
    let region = top(FacetKind::Region, 2);
    let city = all
        .facets
        .region
        .iter()
        .find(|f| f.value.contains('/'))
        .map(|f| f.value.clone())
        .expect("a city in the region facet");
    let years: Vec<i32> = top(FacetKind::Year, 2)
        .iter()
        .map(|y| y.parse().unwrap())
        .collect();
    let unit = top(FacetKind::LeadUnit, 1)[0].clone();
    let unit_body = unit.split('@').next().unwrap().to_owned();
    let filters = [
        Filters {
            region: vec![region[0].clone()],
            ..Default::default()
        },
        Filters {
            region: region.clone(),
            ..Default::default()
        },
        Filters {
            region: vec![city.clone()],
            domain: top(FacetKind::Domain, 2),
            ..Default::default()
        },
        Filters {
            region: vec![region[1].clone()],
            year: years.clone(),
            beneficiary: top(FacetKind::Beneficiary, 1),
            benefit_type: top(FacetKind::BenefitType, 2),
            ..Default::default()
        },
        Filters {
            lead_unit: vec![unit_body],
            year: vec![years[0]],
            ..Default::default()
        },
        Filters {
            region: vec!["威海".into(), "没有这个地方".into()],
            lead_unit: vec![unit],
            from: Month::parse("from", &format!("{}-01", years[1])).ok(),
            ..Default::default()
        },
    ];
    let mut compared = 0;
    // Texts with the match filter and without it (a single character), and no text at all.
    for text in [
        "",
        "税",
        "企业开办",
        "税收优惠政策",
        "办理不动产登记需要多长时间",
    ] {
        for filters in &filters {
            for sort in [Sort::Relevance, Sort::Date] {
                let one = SearchQuery {
                    sort,
                    ..query(text, filters.clone())
                };
                let got = engine.search(&one).unwrap();
                let want = two_passes(engine, &one);
                assert_eq!(page(&got), page(&want), "{one:?}");
                for kind in FacetKind::ALL {
                    assert_eq!(
                        got.facets.of(kind),
                        want.facets.of(kind),
                        "{kind:?} {one:?}"
                    );
                }
                compared += usize::from(got.total > 0);
            }
        }
    }
    assert!(compared >= 20, "most cases find something: {compared}");
    // Deeper pages too (the rerank pool and BM25's order beyond it).
    let deep = SearchQuery {
        offset: 40,
        limit: 20,
        ..query("企业", filters[0].clone())
    };
    assert_eq!(
        page(&engine.search(&deep).unwrap()),
        page(&two_passes(engine, &deep))
    );
}

#[test]
fn only_the_facets_asked_for_are_counted() {
    let engine = engine();
    let ticked = Filters {
        region: vec!["山东省".into()],
        ..Default::default()
    };
    let every = engine.search(&query("企业", ticked.clone())).unwrap();
    assert!(!every.facets.region.is_empty() && !every.facets.domain.is_empty());
    let asked = SearchQuery {
        facets: FacetSet::of([FacetKind::Region, FacetKind::Year]),
        ..query("企业", ticked.clone())
    };
    let some = engine.search(&asked).unwrap();
    assert_eq!(some.facets.region, every.facets.region);
    assert_eq!(some.facets.year, every.facets.year);
    assert!(some.facets.domain.is_empty() && some.facets.lead_unit.is_empty());
    let none = engine
        .search(&SearchQuery {
            facets: FacetSet::NONE,
            ..query("企业", ticked)
        })
        .unwrap();
    assert!(FacetKind::ALL.iter().all(|&k| none.facets.of(k).is_empty()));
    assert_eq!(page(&none), page(&every));
}
