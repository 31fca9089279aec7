//! Search on the repository's corpus. Properties checked:
//! - relevance on the development questions reaches hit@1 ≥ 0.85, hit@5 ≥ 0.95, MRR@10 ≥ 0.90;
//! - facets count every level of the region path, and domains, lead units and years;
//! - the beneficiary and benefit-type facets count the measures' benefit facts, and filtering
//!   by a value gives exactly the measures carrying it, as many as its count;
//! - filters combine: several values of a facet widen (OR), facets and the month range
//!   narrow (AND); a ticked facet is counted without its own filter; lead units are one entry
//!   per body and place; unknown filter values give an empty result, not an error;
//! - `"…"` phrases must match, `-word` exclusions must not (印章 -电子 < 印章);
//! - bad parameters are user errors naming the parameter;
//! - snippets are substrings of the measure with highlights on character boundaries;
//! - traditional and full-width queries find what simplified ones find;
//! - region names in the query favour that region; similar() only gives other regions;
//! - a common word in a measure's title does not outweigh the question's rarer word that only
//!   another measure's body holds (the title is the text's first sentence: counted once more,
//!   not thrice);
//! - a unit typed by its symbol (10kV) finds the measures writing its Chinese name (10千伏), and
//!   the other way round;
//! - a rebuild over a live index swaps atomically, and an empty corpus fails without harm.

use std::path::Path;

use zhengce::error::{Error, UserError};
use zhengce::eval::{evaluate_search, load_questions};
use zhengce::search::request::{FacetKind, Filters, Month};
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
fn a_common_word_of_a_title_does_not_outweigh_a_rare_word_of_the_body() {
    // Each question's common words (告知承诺事项, 粮食应急指挥部, 不动产登记…一窗) are another
    // measure's title; its rarer word (核查办法, 值班, 缴税) is only in the answer's body.
    for (question, answer) in [
        (
            "莱州证明事项告知承诺了以后还来不来查，核查办法谁定",
            "制定核查办法",
        ),
        ("粮食应急指挥部值班", "指挥部办公室必须24小时值班"),
        (
            "不动产登记交易缴税一个窗口办,哪里有先例?",
            "不动产登记、交易和缴税“一窗受理、并行办理”",
        ),
    ] {
        let found = engine().search(&q(question)).unwrap();
        let first = &found.hits[0].measure;
        assert!(
            first.text.contains(answer),
            "{question}: {:?} {}",
            first.title,
            first.text
        );
    }
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
            filters: Filters {
                region: vec!["山东省".into()],
                domain: vec!["纳税".into()],
                ..Default::default()
            },
            ..q("纳税")
        })
        .unwrap();
    assert!(filtered.total > 0);
    assert!(filtered
        .hits
        .iter()
        .all(|h| h.measure.region.starts_with("山东省") && h.measure.domain == "纳税"));
    let domains: Vec<&str> = filtered
        .facets
        .domain
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    // The ticked facet is counted without its own filter: the other domains stay listed
    // (ticking one widens the search), 纳税 with the count of the results.
    assert!(domains.len() > 1, "{domains:?}");
    let taxes = filtered
        .facets
        .domain
        .iter()
        .find(|f| f.value == "纳税")
        .unwrap();
    assert_eq!(taxes.count as usize, filtered.total);

    // A short place name works as a region filter too.
    let weihai = engine()
        .search(&SearchQuery {
            filters: Filters::one(FacetKind::Region, "威海"),
            ..q("企业开办")
        })
        .unwrap();
    assert!(weihai.total > 0);
    assert!(weihai
        .hits
        .iter()
        .all(|h| h.measure.region.starts_with("山东省/威海市")));
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
    let filtered = |filters: Filters| {
        engine()
            .search(&SearchQuery {
                filters,
                limit: 100,
                ..SearchQuery::default()
            })
            .unwrap()
    };
    let by_group = filtered(Filters::one(FacetKind::Beneficiary, "小微企业"));
    assert_eq!(
        by_group.total as u64, small,
        "the filter gives the facet's count"
    );
    // A ticked facet is counted without its own filter: the other groups stay listed with
    // what ticking them would add, and ticking a second one widens the search (OR).
    assert_eq!(by_group.facets.beneficiary, all.facets.beneficiary);
    let other = all
        .facets
        .beneficiary
        .iter()
        .find(|f| f.value != "小微企业")
        .expect("a second beneficiary label");
    let mut two = Filters::one(FacetKind::Beneficiary, "小微企业");
    two.add(FacetKind::Beneficiary, &other.value);
    let either = filtered(two).total as u64;
    assert!(
        either >= small.max(other.count) && either <= small + other.count,
        "{either} of {small} + {}",
        other.count
    );
    let mut both = Filters::one(FacetKind::Beneficiary, "小微企业");
    both.add(FacetKind::BenefitType, "补贴奖励");
    let by_type = filtered(both);
    assert!(by_type.total > 0 && by_type.total <= by_group.total);
    for hit in &by_type.hits {
        let measure = engine().measure(&hit.measure.id).unwrap();
        assert!(
            measure.beneficiaries.iter().any(|b| b == "小微企业"),
            "{}",
            hit.measure.id
        );
        assert!(
            measure.benefit_types.iter().any(|t| t == "补贴奖励"),
            "{}",
            hit.measure.id
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
            filters: Filters::one(FacetKind::Region, "火星"),
            ..q("企业")
        },
        SearchQuery {
            filters: Filters::one(FacetKind::LeadUnit, "不存在的局"),
            ..Default::default()
        },
        SearchQuery {
            filters: Filters::one(FacetKind::Year, "1950"),
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
                filters: Filters::one(FacetKind::Year, "1901"),
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
        assert!(hit.measure.text.contains(&hit.snippet.text) || hit.snippet.text.is_empty());
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
    assert_eq!(simple.hits[0].measure.id, traditional.hits[0].measure.id);
    let ukey = engine().search(&q("税务ＵＫＥＹ")).unwrap();
    assert!(ukey.hits[0].measure.text.to_lowercase().contains("ukey"));
}

#[test]
fn region_names_favour_their_region_and_precedents_cross_regions() {
    let r = engine().search(&q("鲅鱼圈 营商局")).unwrap();
    assert!(r.hits[0]
        .measure
        .region
        .starts_with("辽宁省/营口市/鲅鱼圈区"));
    let r = engine().search(&q("威海 不动产登记")).unwrap();
    assert!(r.hits[0].measure.region.starts_with("山东省/威海市"));
    let first = &engine().search(&q("一业一证")).unwrap().hits[0];
    let similar = engine().similar(&first.measure.id, 5).unwrap();
    assert!(!similar.is_empty());
    assert!(similar
        .iter()
        .all(|h| h.measure.region != first.measure.region));
}

#[test]
fn documents_and_records_round_trip() {
    let all = engine().all_measures().unwrap();
    let overview = engine().overview().unwrap();
    // The overview counts operative measures; the export holds the general provisions too.
    let operative = all.iter().filter(|m| m.part.is_none()).count();
    assert_eq!(operative, overview.measures);
    assert!(operative < all.len());
    assert_eq!(engine().info().marker.records as usize, all.len());
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
        .filter(|m| m.part.is_none())
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

fn ids(results: &zhengce::search::SearchResults) -> Vec<String> {
    results.hits.iter().map(|h| h.measure.id.clone()).collect()
}

fn month(raw: &str) -> Option<Month> {
    Some(Month::parse("from", raw).unwrap())
}

#[test]
fn several_values_of_a_facet_widen_facets_and_ranges_narrow() {
    let all = |filters: Filters| {
        engine()
            .search(&SearchQuery {
                filters,
                limit: MAX_LIMIT,
                ..Default::default()
            })
            .unwrap()
    };
    let one = |kind, value: &str| all(Filters::one(kind, value)).total;
    // OR within a facet: two regions give the measures of both.
    let (shandong, liaoning) = (
        one(FacetKind::Region, "山东省"),
        one(FacetKind::Region, "辽宁省"),
    );
    assert!(shandong > 0 && liaoning > 0);
    let both = all(Filters {
        region: vec!["山东省".into(), "辽宁省".into()],
        ..Default::default()
    });
    assert_eq!(both.total, shandong + liaoning);
    // The region facet under a region filter still lists the other province (disjunctive).
    let ticked = all(Filters::one(FacetKind::Region, "辽宁省"));
    assert!(ticked.facets.region.iter().any(|f| f.value == "山东省"));
    // Years: each year's count adds up.
    let years = all(Filters::default()).facets.year;
    assert!(years.len() >= 2, "{years:?}");
    let (a, b) = (&years[0], &years[1]);
    let two_years = all(Filters {
        year: vec![a.value.parse().unwrap(), b.value.parse().unwrap()],
        ..Default::default()
    });
    assert_eq!(two_years.total as u64, a.count + b.count);
    // AND across facets: region and year together are no more than either.
    let region_and_year = all(Filters {
        region: vec!["山东省".into(), "辽宁省".into()],
        year: vec![a.value.parse().unwrap()],
        ..Default::default()
    });
    assert!(region_and_year.total as u64 <= a.count && region_and_year.total <= both.total);
    // A month range holds exactly the measures dated within it.
    let range = all(Filters {
        from: month(&format!("{}-01", a.value)),
        to: month(&format!("{}-12", a.value)),
        ..Default::default()
    });
    assert_eq!(range.total as u64, a.count, "a whole year as a month range");
    let half = all(Filters {
        from: month(&format!("{}-07", a.value)),
        to: month(&format!("{}-12", a.value)),
        ..Default::default()
    });
    assert!(half.hits.iter().all(|h| {
        let date = h.measure.date.as_deref().unwrap_or("");
        date >= format!("{}-07", a.value).as_str() && date <= format!("{}-12-31", a.value).as_str()
    }));
    // Lead units: one entry per body and place, and a unit written without its place finds
    // that body in every place.
    let units = all(Filters::default()).facets.lead_unit;
    assert!(units.iter().all(|u| u.value.contains('@')), "{units:?}");
    let first = &units[0];
    let by_key = all(Filters::one(FacetKind::LeadUnit, &first.value));
    assert_eq!(by_key.total as u64, first.count);
    let body = first.value.split('@').next().unwrap();
    assert!(all(Filters::one(FacetKind::LeadUnit, body)).total >= by_key.total);
}

#[test]
fn phrases_must_match_and_exclusions_must_not() {
    let count = |text: &str| engine().search(&q(text)).unwrap().total;
    let (seal, without) = (count("印章"), count("印章 -电子"));
    assert!(without < seal, "印章 -电子 {without} < 印章 {seal}");
    let excluded = engine()
        .search(&SearchQuery {
            limit: MAX_LIMIT,
            ..q("印章 -电子")
        })
        .unwrap();
    for hit in &excluded.hits {
        let measure = engine().measure(&hit.measure.id).unwrap();
        let whole = format!("{}{}", measure.title.unwrap_or_default(), measure.text);
        assert!(!whole.contains("电子"), "{}", hit.measure.id);
    }
    // A phrase: its words together, in order; as loose words they match more.
    let phrase = engine()
        .search(&SearchQuery {
            limit: MAX_LIMIT,
            ..q("\"印章刻制\"")
        })
        .unwrap();
    assert!(phrase.total > 0 && phrase.total <= count("印章 刻制"));
    for hit in &phrase.hits {
        let measure = engine().measure(&hit.measure.id).unwrap();
        let whole = format!("{}{}", measure.title.unwrap_or_default(), measure.text);
        assert!(whole.contains("印章刻制"), "{}", hit.measure.id);
    }
    // Full-width marks work as the ASCII ones; a hyphen inside a word is text.
    assert_eq!(count("印章 －电子"), without);
    assert_eq!(
        ids(&engine().search(&q("＂印章刻制＂")).unwrap()),
        ids(&phrase)[..phrase.hits.len().min(10)]
    );
}

#[test]
fn a_quantity_typed_in_chinese_numerals_finds_the_plan_s_digits() {
    // Plans write 「1日办结」; people ask 「一天能办完吗」.
    let r = engine().search(&q("莱州开办企业一天能办完吗")).unwrap();
    assert!(
        r.hits[0].measure.text.contains("1日办结"),
        "{}",
        r.hits[0].measure.text
    );
}

#[test]
fn a_unit_typed_by_its_symbol_finds_the_plans_that_write_its_chinese_name() {
    // Plans write 「10千伏」 and 「10kV」 (GB 3100: symbol beside Chinese name); either finds both.
    let by_symbol = engine().search(&q("10kV")).unwrap();
    let texts: Vec<&str> = by_symbol
        .hits
        .iter()
        .map(|h| h.measure.text.as_str())
        .collect();
    assert!(texts.iter().any(|t| t.contains("10千伏")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("10kV")), "{texts:?}");
    let by_name = engine().search(&q("10千伏")).unwrap();
    assert!(
        by_name.hits.iter().any(|h| h.measure.text.contains("10kV")),
        "{}",
        by_name.total
    );
}
