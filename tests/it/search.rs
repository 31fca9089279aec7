//! Search on the repository's corpus. Properties checked:
//! - relevance on the development questions reaches hit@1 ≥ 0.85, hit@5 ≥ 0.95, MRR@10 ≥ 0.90;
//! - facets count every level of the region path, and domains, lead units and years;
//! - the beneficiary and benefit-type facets count the measures' benefit facts, and filtering
//!   by a value gives exactly the measures carrying it, as many as its count;
//! - filters combine; unknown filter values give an empty result, not an error;
//! - bad parameters are user errors naming the parameter;
//! - snippets are substrings of the measure with highlights on character boundaries;
//! - traditional and full-width queries find what simplified ones find;
//! - region names in the query favour that region; similar() only gives other regions;
//! - a rebuild over a live index swaps atomically, and an empty corpus fails without harm.

use std::path::Path;

use zhengce::error::{Error, UserError};
use zhengce::eval::{evaluate_search, load_questions};
use zhengce::search::{SearchQuery, MAX_LIMIT};

use crate::engine;

fn q(text: &str) -> SearchQuery {
    SearchQuery {
        q: text.into(),
        ..Default::default()
    }
}

#[test]
fn development_questions_reach_the_targets() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/questions.jsonl");
    let questions = load_questions(&path).unwrap();
    let report = evaluate_search(engine(), &questions).unwrap();
    let misses: Vec<_> = report.ranks.iter().filter(|(_, r)| *r != Some(1)).collect();
    eprintln!("{}{misses:?}", report.to_table());
    let s = report.overall;
    assert!(s.hit1 >= 0.85, "hit@1 {:.3}", s.hit1);
    assert!(s.hit5 >= 0.95, "hit@5 {:.3}", s.hit5);
    assert!(s.mrr10 >= 0.90, "MRR@10 {:.3}", s.mrr10);
}

#[test]
fn facets_cover_every_region_level_and_filters_combine() {
    let all = engine().search(&SearchQuery::default()).unwrap();
    assert!(all.total > 100);
    let count = |value: &str| {
        all.facets
            .region
            .iter()
            .find(|f| f.value == value)
            .map_or(0, |f| f.count)
    };
    assert!(count("山东省") > count("山东省/威海市"));
    assert!(count("山东省/威海市") >= count("山东省/威海市/威海经济技术开发区"));
    assert!(count("辽宁省/营口市/鲅鱼圈区") > 0);
    assert!(!all.facets.domain.is_empty() && !all.facets.year.is_empty());
    assert!(!all.facets.lead_unit.is_empty());

    let filtered = engine()
        .search(&SearchQuery {
            region: Some("山东省".into()),
            domain: Some("纳税".into()),
            ..q("纳税")
        })
        .unwrap();
    assert!(filtered.total > 0);
    assert!(filtered
        .hits
        .iter()
        .all(|h| h.region.starts_with("山东省") && h.domain == "纳税"));
    let domains: Vec<&str> = filtered
        .facets
        .domain
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    assert_eq!(domains, ["纳税"]);

    // A short place name works as a region filter too.
    let weihai = engine()
        .search(&SearchQuery {
            region: Some("威海".into()),
            ..q("企业开办")
        })
        .unwrap();
    assert!(weihai.total > 0);
    assert!(weihai
        .hits
        .iter()
        .all(|h| h.region.starts_with("山东省/威海市")));
}

#[test]
fn beneficiary_and_benefit_type_facets_count_and_filter_the_benefit_facts() {
    let all = engine().search(&SearchQuery::default()).unwrap();
    let count_of = |facets: &[zhengce::search::FacetCount], value: &str| {
        facets
            .iter()
            .find(|f| f.value == value)
            .map_or(0, |f| f.count)
    };
    let small = count_of(&all.facets.beneficiary, "小微企业");
    let subsidy = count_of(&all.facets.benefit_type, "补贴奖励");
    assert!(small > 0 && subsidy > 0, "{:?}", all.facets);
    let by_group = engine()
        .search(&SearchQuery {
            beneficiary: Some("小微企业".into()),
            limit: 100,
            ..SearchQuery::default()
        })
        .unwrap();
    assert_eq!(
        by_group.total as u64, small,
        "the filter gives the facet's count"
    );
    let by_type = engine()
        .search(&SearchQuery {
            benefit_type: Some("补贴奖励".into()),
            beneficiary: Some("小微企业".into()),
            limit: 100,
            ..SearchQuery::default()
        })
        .unwrap();
    assert!(by_type.total > 0 && by_type.total <= by_group.total);
    for hit in &by_type.hits {
        let measure = engine().measure(&hit.id).unwrap();
        assert!(
            measure.beneficiaries.iter().any(|b| b == "小微企业"),
            "{}",
            hit.id
        );
        assert!(
            measure.benefit_types.iter().any(|t| t == "补贴奖励"),
            "{}",
            hit.id
        );
    }
    let types: Vec<&str> = by_type
        .facets
        .benefit_type
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    assert!(types.contains(&"补贴奖励"), "{types:?}");
}

#[test]
fn unknown_filters_give_empty_results_and_bad_parameters_errors() {
    for query in [
        SearchQuery {
            region: Some("火星".into()),
            ..q("企业")
        },
        SearchQuery {
            lead_unit: Some("不存在的局".into()),
            ..Default::default()
        },
        SearchQuery {
            year: Some(1950),
            ..Default::default()
        },
    ] {
        let r = engine().search(&query).unwrap();
        assert_eq!(r.total, 0);
        assert!(r.hits.is_empty() && r.facets.region.is_empty());
    }
    for (query, name) in [
        (
            SearchQuery {
                limit: 0,
                ..q("企业")
            },
            "limit",
        ),
        (
            SearchQuery {
                limit: MAX_LIMIT + 1,
                ..q("企业")
            },
            "limit",
        ),
        (q(&"税".repeat(201)), "q"),
        // Checked where the site checks it: a year outside 1949–2100 is no policy year.
        (
            SearchQuery {
                year: Some(1901),
                ..q("企业")
            },
            "year",
        ),
    ] {
        match engine().search(&query) {
            Err(Error::User(UserError::InvalidParameter { name: n, .. })) => assert_eq!(n, name),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn snippets_are_passages_with_highlights_on_char_boundaries() {
    let r = engine().search(&q("不动产登记 即时办结")).unwrap();
    assert!(!r.hits.is_empty());
    for hit in &r.hits {
        assert!(hit.text.contains(&hit.snippet.text) || hit.snippet.text.is_empty());
        for h in &hit.snippet.highlights {
            assert!(hit.snippet.text.is_char_boundary(h.start));
            assert!(hit.snippet.text.is_char_boundary(h.end));
        }
    }
    assert!(!r.hits[0].snippet.highlights.is_empty());
    let json = serde_json::to_value(&r).unwrap();
    let first = &json["hits"][0];
    let snippet: Vec<char> = first["snippet"].as_str().unwrap().chars().collect();
    let [start, end] = [&first["highlights"][0][0], &first["highlights"][0][1]]
        .map(|v| v.as_u64().unwrap() as usize);
    assert!(start < end && end <= snippet.len());
}

#[test]
fn traditional_and_full_width_queries_fold() {
    let simple = engine().search(&q("开办企业 印章刻制")).unwrap();
    let traditional = engine().search(&q("開辦企業 印章刻製")).unwrap();
    assert_eq!(simple.hits[0].id, traditional.hits[0].id);
    let ukey = engine().search(&q("税务ＵＫＥＹ")).unwrap();
    assert!(ukey.hits[0].text.to_lowercase().contains("ukey"));
}

#[test]
fn region_names_favour_their_region_and_precedents_cross_regions() {
    let r = engine().search(&q("鲅鱼圈 营商局")).unwrap();
    assert!(r.hits[0].region.starts_with("辽宁省/营口市/鲅鱼圈区"));
    let r = engine().search(&q("威海 不动产登记")).unwrap();
    assert!(r.hits[0].region.starts_with("山东省/威海市"));
    let first = &engine().search(&q("一业一证")).unwrap().hits[0];
    let similar = engine().similar(&first.id, 5).unwrap();
    assert!(!similar.is_empty());
    assert!(similar.iter().all(|h| h.region != first.region));
}

#[test]
fn documents_and_records_round_trip() {
    let all = engine().all_measures().unwrap();
    let overview = engine().overview().unwrap();
    assert_eq!(all.len(), overview.measures);
    let m = &all[0];
    assert_eq!(&engine().measure(&m.id).unwrap(), m);
    let view = engine().document(&m.doc_id).unwrap();
    assert!(view.measures.windows(2).all(|w| w[0].seq < w[1].seq));
    assert!(matches!(
        engine().measure("no-such-id"),
        Err(Error::User(UserError::MeasureNotFound(_)))
    ));
}

#[test]
fn rebuilds_swap_atomically_and_empty_corpora_fail_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    let index_dir = dir.path().join("index");
    let measures: Vec<_> = engine()
        .all_measures()
        .unwrap()
        .into_iter()
        .take(20)
        .collect();
    zhengce::index::write(&measures, &index_dir).unwrap();
    let live = zhengce::search::SearchEngine::open(&index_dir).unwrap();
    zhengce::index::write(&measures[..10], &index_dir).unwrap();
    // The old handle still works; a new one sees the new index.
    assert_eq!(live.overview().unwrap().measures, 20);
    let new = zhengce::search::SearchEngine::open(&index_dir).unwrap();
    assert_eq!(new.overview().unwrap().measures, 10);

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let err = zhengce::index::build(&empty, &index_dir).unwrap_err();
    assert!(
        matches!(err, Error::User(UserError::EmptyCorpus { .. })),
        "{err}"
    );
    assert_eq!(
        zhengce::search::SearchEngine::open(&index_dir)
            .unwrap()
            .overview()
            .unwrap()
            .measures,
        10
    );
    // No temporary directories are left beside the index.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}
