//! A search: the query's analysis → the tantivy query (with the minimum share of concepts a
//! match holds, [`crate::search::matching`]) → one pass collecting the rerank pool, the
//! total and the facet counts asked for → the page reranked ([`Ranker`]) → hits with
//! snippets. Counted facets with ticked values are counted without their own filter, all in
//! one more pass without scores ([`OnePass`]).

use std::sync::Arc;

use tantivy::collector::{Count, TopDocs};
use tantivy::{DocAddress, Order};

use super::{for_rerank, to_hit, SearchEngine};
use crate::search::analysis::Analysis;
use crate::search::bounded::{Bar, Barred};
use crate::search::facets::{FacetCounter, FacetCounts, OnePass, Ticked};
use crate::search::lazy_union::LazyUnion;
use crate::search::listed::{Listed, Listing};
use crate::search::matching::concept_filter;
use crate::search::partial;
use crate::search::query;
use crate::search::rank::{add_forms, region_factors, Ranker, REGION_FACTOR, SUBREGION_FACTOR};
use crate::search::{SearchQuery, SearchResults, Sort};
use crate::{Measure, Result};

impl SearchEngine {
    /// Runs a search: ranked hits for the page asked, facets over all matches (when asked).
    pub fn search(&self, query: &SearchQuery) -> Result<SearchResults> {
        query.check()?;
        self.search_analyzed(query, &self.analyze(&query.q))
    }

    /// [`search`](Self::search) with the query already analysed ([`Self::analyze`] of
    /// `query.q`): a caller running several searches of one text analyses it once.
    pub fn search_analyzed(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
    ) -> Result<SearchResults> {
        self.run(query, analysis, true)
    }

    /// [`search`](Self::search) counting every measure that shares a word with the query as
    /// a match, not only those holding enough of it ([`crate::search::matching`]): for a
    /// caller that judges each candidate by a rule of its own (the precedents' concepts).
    pub fn candidates(&self, query: &SearchQuery) -> Result<SearchResults> {
        query.check()?;
        self.candidates_analyzed(query, &self.analyze(&query.q))
    }

    /// [`candidates`](Self::candidates) with the query already analysed: the Q&A gathers
    /// candidates to inspect and weighs each one's coverage itself, so it wants them all.
    pub fn candidates_analyzed(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
    ) -> Result<SearchResults> {
        self.run(query, analysis, false)
    }

    // Never inlined: bench/search-callgrind.sh starts counting at this function, and an
    // inlined copy leaves callgrind nothing to toggle on (it collects 0 instructions).
    #[inline(never)]
    fn run(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
        minimum_share: bool,
    ) -> Result<SearchResults> {
        self.run_listing(query, analysis, minimum_share, true)
    }

    /// [`run`](Self::run); `listing`: whether a search with ticked facets scores the matches
    /// its counting pass lists ([`crate::search::listed`]) rather than finding them again
    /// (the same results either way: a test compares them).
    pub(crate) fn run_listing(
        &self,
        query: &SearchQuery,
        analysis: &Analysis,
        minimum_share: bool,
        listing: bool,
    ) -> Result<SearchResults> {
        query.check()?;
        self.check_deadline()?;
        let inner = &*self.inner;
        let filters = self.resolve_filters(&query.filters);
        let searcher = inner.reader.searcher();
        let variants = inner.partial.variants(analysis, &searcher, &inner.fields);
        let scoring = if query.q.trim().is_empty() {
            None
        } else {
            partial::with_variants(
                &inner.fields,
                query::scoring_query(&inner.fields, analysis),
                &variants,
            )
        };
        let ranker = Ranker::new(&searcher, &inner.fields);
        let mut concepts = ranker.concepts(analysis);
        add_forms(&mut concepts, &variants);
        let matching = (scoring.is_some() && minimum_share)
            .then(|| {
                let held = |c: &crate::search::concept::Concept| {
                    c.forms.iter().any(|f| ranker.doc_freq(f).unwrap_or(0) > 0)
                };
                let topic: Vec<_> = concepts
                    .iter()
                    .filter(|c| !analysis.asking.contains(&c.word))
                    .cloned()
                    .collect();
                let char_weight = |ch: char| {
                    let holding = inner.chars.doc_freq(&inner.fields, &searcher, ch);
                    (holding > 0).then(|| ranker.idf(holding as f32))
                };
                concept_filter(
                    &inner.fields,
                    &topic,
                    held,
                    char_weight,
                    &inner.chars,
                    self.deadline,
                )
            })
            .flatten();
        let columns = &inner.facet_columns;
        let (ticked, left) = Ticked::split(&filters, query.facets);
        // The query keeps every filter (scoring only the measures they let through); the
        // counted facets with ticked values are counted together in a second pass without
        // scores, under the other filters, each checked from the facet columns (`apart`).
        let ticked_kinds = ticked.kinds();
        // With a facet ticked, a search by relevance lets the counting pass list its matches
        // and scores only those ([`crate::search::listed`]); every facet is counted there.
        let listing = listing && !ticked.is_empty() && matches!(query.sort, Sort::Relevance);
        let listed = match &scoring {
            Some(scoring) if listing => Some(LazyUnion::of(scoring.box_clone())),
            _ => None,
        };
        let apart = if ticked.is_empty() {
            None
        } else {
            let words = scoring.as_ref().map(|q| q.box_clone());
            let unticked =
                query::unscored_query(&inner.fields, words, matching.clone(), &left, analysis);
            if listed.is_some() {
                let counter = FacetCounter::of_kinds(query.facets, columns);
                Some((
                    unticked,
                    None,
                    Some(OnePass::new(Listing, Some(counter), ticked, columns)),
                ))
            } else {
                let counter = FacetCounter::of_kinds(ticked_kinds, columns);
                Some((
                    unticked,
                    Some(OnePass::new(Count, Some(counter), ticked, columns)),
                    None,
                ))
            }
        };
        // A relevance search finding its matches again publishes its pool's bar, so that the
        // scoring union counts phrases only where a match may enter the pool
        // ([`crate::search::bounded`]).
        // With a region named, the bar is on the scores after each measure's region factor,
        // as the collector ranks them (a measure elsewhere must pass it by its own score).
        let bar = if analysis.regions.is_empty() {
            Bar::new(1.0)
        } else {
            Bar::factored(
                REGION_FACTOR.max(SUBREGION_FACTOR),
                region_factors(
                    analysis.regions.clone(),
                    (REGION_FACTOR, SUBREGION_FACTOR),
                    Arc::clone(columns),
                ),
            )
        };
        let tantivy_query = query::full_query(
            &inner.fields,
            scoring,
            matching,
            &filters,
            analysis,
            matches!(query.sort, Sort::Relevance).then(|| bar.clone()),
        );
        let counted = query.facets.without(ticked_kinds);
        let counter = (!counted.is_empty()).then(|| FacetCounter::of_kinds(counted, columns));
        let end = query.offset + query.limit;
        let load = |address| self.load(&searcher, address);
        let (page, total, facet_maps): (Vec<(f32, Measure)>, usize, _) = match query.sort {
            Sort::Relevance => {
                let collector = Ranker::collector(analysis, columns, Ranker::pool(end));
                let listing = match (&apart, listed) {
                    (Some((unticked, _, Some(pass))), Some(union)) => {
                        Some((searcher.search(unticked, pass)?, union))
                    }
                    _ => None,
                };
                let ((top, total), maps) = match listing {
                    Some((((listings, total), maps), union)) => {
                        let top = if total == 0 {
                            Vec::new()
                        } else {
                            self.check_deadline()?;
                            let collector =
                                OnePass::new(collector, None, Ticked::default(), columns);
                            searcher
                                .search(&Listed::new(listings, union), &collector)?
                                .0
                        };
                        ((top, total), maps)
                    }
                    None => {
                        let collector = Barred::new(collector, bar.clone(), Ranker::pool(end));
                        let collector =
                            OnePass::new((collector, Count), counter, Ticked::default(), columns);
                        searcher.search(&tantivy_query, &collector)?
                    }
                };
                // The records the rerank read, kept: the page's hits are decoded whole from
                // them rather than read from the store a second time.
                let mut records: Vec<(DocAddress, String)> = Vec::new();
                let mut scored = ranker.rerank(&top, analysis, &concepts, end, |address| {
                    let record = self.record(&searcher, address)?;
                    let measure = for_rerank(&record)?;
                    records.push((address, record));
                    Ok(measure)
                })?;
                let reranked = scored.len();
                if minimum_share {
                    // A sanction asked: the penalty articles citing the rule found by its
                    // words (`citing.rs`); the Q&A follows them itself (`ask/crossref.rs`).
                    self.add_citing(&searcher, analysis, &filters, &mut scored, &mut records)?;
                }
                let mut page: Vec<(f32, Measure)> = Vec::with_capacity(query.limit);
                for &(score, address) in scored.iter().skip(query.offset).take(query.limit) {
                    let measure = match records.iter().find(|(a, _)| *a == address) {
                        Some((_, record)) => serde_json::from_str(record)?,
                        None => load(address)?,
                    };
                    page.push((score, measure));
                }
                // Beyond the rerank pool, BM25's order.
                let from = reranked.max(query.offset);
                for &(score, address) in top.iter().skip(from).take(end.saturating_sub(from)) {
                    if page.len() >= query.limit {
                        break;
                    }
                    // A penalty article reached through its rule may be among them.
                    if scored.iter().any(|(_, a)| *a == address) {
                        continue;
                    }
                    page.push((score, load(address)?));
                }
                (page, total, maps)
            }
            Sort::Date => {
                let page = TopDocs::with_limit(query.limit).and_offset(query.offset);
                let by_date = page.order_by_fast_field::<u64>("date", Order::Desc);
                let collector = OnePass::new((by_date, Count), counter, Ticked::default(), columns);
                let ((docs, total), maps) = searcher.search(&tantivy_query, &collector)?;
                let mut page = Vec::with_capacity(docs.len());
                for (_, address) in docs {
                    page.push((0.0, load(address)?));
                }
                (page, total, maps)
            }
        };
        // Also catches a collection cut short by the deadline (see `ConceptQuery`).
        self.check_deadline()?;
        let facet_maps = match apart {
            Some((unticked, Some(pass), _)) if total > 0 => {
                let (_, ticked_maps) = searcher.search(&unticked, &pass)?;
                FacetCounts::join(facet_maps, ticked_maps)
            }
            _ => facet_maps,
        };
        let unknown = self.unknown_filters(&query.filters);
        if total == 0 {
            return Ok(SearchResults {
                unknown,
                ..SearchResults::default()
            });
        }
        self.check_deadline()?;
        let terms = analysis.highlight_terms();
        let hits = page
            .into_iter()
            .map(|(score, measure)| to_hit(measure, score, &terms))
            .collect();
        Ok(SearchResults {
            total,
            hits,
            facets: facet_maps
                .map(|counts| counts.to_facets())
                .unwrap_or_default(),
            unknown,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::engine::testing::{fixture, ids, measure, q};
    use crate::search::matching::MIN_SHARE;
    use crate::search::rank::coverage;
    use crate::search::request::{FacetKind, Filters};
    use crate::search::{MAX_LIMIT, MAX_QUERY_CHARS};
    use crate::Error;

    #[test]
    fn search_ranks_filters_and_counts() {
        let (_dir, engine) = fixture();
        let results = engine.search(&q("开办企业刻章免费吗")).unwrap();
        assert_eq!(results.hits[0].measure.id, "weihai-0");
        assert!(!results.hits[0].snippet.highlights.is_empty());
        let region = |v: &str| {
            results
                .facets
                .region
                .iter()
                .find(|f| f.value == v)
                .map(|f| f.count)
        };
        assert!(region("山东省").is_some());

        let filtered = engine
            .search(&SearchQuery {
                filters: Filters::one(FacetKind::Region, "辽宁省"),
                ..q("开办企业")
            })
            .unwrap();
        assert!(filtered
            .hits
            .iter()
            .all(|h| h.measure.region.starts_with("辽宁省")));

        let all = engine.search(&SearchQuery::default()).unwrap();
        assert_eq!(all.total, 4);
        let counts: Vec<_> = all
            .facets
            .region
            .iter()
            .map(|f| (f.value.as_str(), f.count))
            .collect();
        assert!(counts.contains(&("山东省", 3)), "{counts:?}");
        assert!(counts.contains(&("山东省/威海市", 2)), "{counts:?}");
        assert_eq!(all.facets.year.len(), 2);

        let none = engine
            .search(&SearchQuery {
                filters: Filters::one(FacetKind::Domain, "没有这个领域"),
                ..q("企业")
            })
            .unwrap();
        assert_eq!(none.total, 0);
        assert!(none.hits.is_empty() && none.facets.region.is_empty());

        let by_year = engine
            .search(&SearchQuery {
                filters: Filters::one(FacetKind::Year, "2020"),
                ..Default::default()
            })
            .unwrap();
        assert_eq!(by_year.total, 2);
    }

    #[test]
    fn phrases_must_match_and_exclusions_must_not() {
        let (_dir, engine) = fixture();
        let plain = engine.search(&q("推行")).unwrap().total;
        let without = engine.search(&q("推行 -税务")).unwrap();
        assert!(without.total < plain, "{} < {plain}", without.total);
        assert!(without
            .hits
            .iter()
            .all(|h| !h.measure.text.contains("税务")));
        let phrase = ids(&engine, &q("\"拿地即开工\""));
        assert_eq!(phrase, ["bayuquan-0"]);
        assert!(
            ids(&engine, &q("\"开工拿地\"")).is_empty(),
            "words out of order"
        );
        let only_excluded = engine.search(&q("-企业")).unwrap();
        assert_eq!(
            only_excluded.total, 2,
            "every measure but those with the word"
        );
        assert_eq!(
            engine.search(&q("－企业")).unwrap().total,
            2,
            "full-width minus"
        );
    }

    #[test]
    fn whole_terms_match_through_bigrams_and_regions_boost() {
        let (_dir, engine) = fixture();
        assert_eq!(
            engine.search(&q("一业一证")).unwrap().hits[0].measure.id,
            "bayuquan-0"
        );
        assert_eq!(
            engine.search(&q("税务UKEY")).unwrap().hits[0].measure.id,
            "shandong-0"
        );
        let r = engine.search(&q("鲅鱼圈 推行")).unwrap();
        assert_eq!(r.hits[0].measure.id, "bayuquan-0");
        assert_eq!(engine.resolve_region("威海"), "山东省/威海市");
    }

    #[test]
    fn the_region_named_ranks_above_places_inside_it() {
        // The same measure in the province named, in a city of it, in a county-level city
        // under another of its cities and in another province.
        let text = "为新开办企业免费刻制公章。";
        let measures: Vec<Measure> = [
            ("liaoning-0", "辽宁省/营口市"),
            ("laizhou-0", "山东省/烟台市/莱州市"),
            ("weihai-0", "山东省/威海市"),
            ("shandong-0", "山东省"),
        ]
        .iter()
        .map(|(id, region)| measure(id, id.split('-').next().unwrap(), region, "", "刻章", text))
        .collect();
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        let engine = SearchEngine::open(&index_dir).unwrap();
        let order = |query: &str| -> Vec<String> {
            let hits = engine.search(&q(query)).unwrap().hits;
            hits.into_iter().map(|h| h.measure.id).collect()
        };
        assert_eq!(
            order("山东 免费刻章"),
            ["shandong-0", "weihai-0", "laizhou-0", "liaoning-0"]
        );
        // The county's plan governs less of the province than the city's: a smaller boost
        // (`rank::inside_factor`), still above the other province's.
        let hits = engine.search(&q("山东 免费刻章")).unwrap().hits;
        let score = |id: &str| hits.iter().find(|h| h.measure.id == id).unwrap().score;
        assert!(score("weihai-0") > score("laizhou-0"), "{hits:?}");
        assert!(score("laizhou-0") > score("liaoning-0"), "{hits:?}");
        // Naming the city: its own measure first, the province's is not inside it.
        assert_eq!(order("威海 免费刻章")[0], "weihai-0");
    }

    #[test]
    fn the_place_named_keeps_its_own_measure_above_a_closer_worded_one_of_another_place() {
        // A question naming a place asks that place's rule. 莱州's measure restates 简易注销
        // and holds the asker's 公告期; 威海's own says how far 威海 shortened it. 威海市's
        // measure on contract signing is the city's rule; the district named (经区) wrote its own.
        let measures: Vec<Measure> = [
            ("laizhou-0", "山东省/烟台市/莱州市", "积极引导企业“简易注销”",
             "积极引导企业“简易注销”。对符合简易注销条件的企业,引导办理简易注销。降低企业注销成本,将通过报纸公告的程序调整为企业可以通过国家企业信用信息公示系统免费公告,承诺公告期45天后且相关利害人无异议,按程序即时办结。"),
            ("weihai-0", "山东省/威海市", "优化市场主体退出机制",
             "优化市场主体退出机制。强化对申请注销企业的政策指导,加强对简易注销政策法规的宣传,提高公众政策知晓度。实施企业注销“一网通办”,对未开业、未发生债权债务或已将债权债务清算完结的企业实行简易注销程序,公告时间由45天压缩到20天。(牵头单位:市行政审批服务局、市市场监管局;按照省级部署要求推进落实)"),
            ("weihai-1", "山东省/威海市", "严格合同管理",
             "严格合同管理。政府采购合同签订时间限定在中标(成交)通知书发出之日起10个工作日内;采购人在收到供应商项目验收建议之日起7个工作日内,对采购项目进行实质性验收;预付供应商合同款,其中货物类项目预付款比例原则上不低于合同金额的30%;对满足合同约定支付条件的,采购人资金支付时间限定在收到发票后5个工作日内,不得附加未经约定的其他条件。(牵头单位:市财政局;责任单位:各区市政府、开发区管委,市直有关部门;完成时限:2020年9月底)"),
            ("jingqu-0", "山东省/威海市/威海经济技术开发区", "规范政府采购行为",
             "规范政府采购行为 推进“互联网+政府采购”行动,实现政府采购全流程电子化。在全省率先完成财政业务一体化平台与省、市政府采购信息公开平台互联互通,统筹推进统一规范、多级联动的“互联网+网上商城采购服务”技术和服务体系建设,实现电子商城交易统一规范。升级完善政府采购信息公开平台监督管理功能,增加在线咨询、投诉等功能,实现监管角色分配。严格执行保证金减免政策,对诚信记录良好的供应商免收投标保证金。压缩政府采购合同签订时间,原则上由30个工作日缩短至10个工作日,预算单位无正当理由不得拒绝或拖延合同签订。严格落实政府采购合同自签订之日起7个工作日内报财政部门备案要求,实行政府采购“预付款”制度。全面清理政府采购领域妨碍公平竞争行为,健全政府采购投诉事项工作机制。修订完善政府采购规章制度,加强政府采购代理机构管理,进一步推进政府采购领域诚信体系建设。"),
            ("laizhou-1", "山东省/烟台市/莱州市", "企业开办“1日办结”",
             "企业开办“1日办结”。大幅压减企业开办各环节办理时间,实现企业营业执照申领、印章刻制、涉税办理、社保登记合并为一次申报。"),
            ("bayuquan-0", "辽宁省/营口市/鲅鱼圈区", "推行税务Ukey不见面发行",
             "推行税务Ukey不见面发行。拓展电子税务Ukey自主发行功能,强化Ukey发行帮办、代办服务,实现Ukey远程代办。"),
        ]
        .iter()
        .map(|(id, region, title, text)| {
            measure(id, id.split('-').next().unwrap(), region, "", title, text)
        })
        .collect();
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        let engine = SearchEngine::open(&index_dir).unwrap();
        let first = |query: &str| engine.search(&q(query)).unwrap().hits[0].measure.id.clone();
        assert_eq!(first("威海企业简易注销的公告期现在缩短成几天"), "weihai-0");
        assert_eq!(first("经区政府采购中标后几天签合同"), "jingqu-0");
    }

    #[test]
    fn paying_oneself_is_asked_as_who_bears_the_cost() {
        // 自己出钱 is the asker's; the plan says the cost is not 由用户承担 (山东省 2022, the
        // measure as written). As in any real corpus, some measures write the question's
        // everyday words (线路, 时, 企业, 工程): a corpus where none or one does would make them
        // the rarest words of a topic it lacks.
        let (_dir, engine) = crate::ask::engine_of(&[
            "压减接电环节。由供电企业延伸投资界面至用户建筑区划红线的高压电力接入工程,办理环节压减至3个环节。",
            "降低办电成本。全省2021年3月1日以后取得土地使用权的城镇规划建设用地范围内的建设项目及改扩建项目,延伸投资界面至用户建筑区划红线,除法律法规和相关政策另有规定外,不得由用户承担建筑区划红线外发生的任何费用。",
            "优化办电流程。10千伏电力外线工程的接入办理环节压减至4个,低压电力外线工程接入办理环节压减至3个。",
            "加强供电线路巡查。计划停电时提前通知用户。",
            "推进工程建设项目审批制度改革,服务企业发展。",
            "优化企业开办服务,压缩工程建设项目审批时间。",
        ]);
        let found = engine
            .search(&q("接电时红线外的线路工程要企业自己出钱吗"))
            .unwrap();
        assert_eq!(found.hits[0].measure.id, "m-1", "{:?}", found.hits);
    }

    #[test]
    fn a_match_need_not_hold_how_a_question_asks() {
        // 先例 (no measure holds it) and 马上 (a filler) are how the question asks: the
        // measures about 开工 match, not only the one that says 马上.
        let (_dir, engine) = crate::ask::engine_of(&[
            "推行拿地即开工模式,土地出让后转入正式审批。",
            "对符合政策规定的共性问题马上办。",
            "全面推行企业开办全程网办。",
        ]);
        let found = engine
            .search(&q("拿到地马上就能开工,其他地方有先例吗"))
            .unwrap();
        assert_eq!(found.hits[0].measure.id, "m-0", "{:?}", found.hits);
    }

    /// A single character of a question (假 of 放几天假) is looked for in the measure, inside
    /// a word too (休假), and weighs by how many measures hold it: the total counts the
    /// measures about the question, not every measure sharing a common word (企业) with it.
    /// Counted as found in every measure, the character's weight as a rare word reached the
    /// minimum share alone and every measure holding 企业 matched.
    #[test]
    fn a_single_character_is_looked_for_not_granted() {
        let (_dir, engine) = crate::ask::engine_of(&[
            "元旦放假1天,企业职工带薪休假。",
            "企业开办1个工作日内办结。",
            "企业投资项目审批时间压减至30个工作日。",
            "企业纳税申报实行网上办理。",
            "企业职工养老保险关系转移接续。",
            "企业注销实行简易程序。",
        ]);
        let found = engine.search(&q("企业元旦放几天假")).unwrap();
        assert_eq!(found.total, 1, "{:?}", found.hits);
        assert_eq!(found.hits[0].measure.id, "m-0");
        // A verb character (开 of 开店) is no thing the measure must hold: the measure about
        // opening a business writes 开办, and the others do not match for 企业 alone.
        let found = engine.search(&q("企业开几天能办结")).unwrap();
        let ids: Vec<&str> = found.hits.iter().map(|h| h.measure.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"m-1"), "{ids:?}");
    }

    #[test]
    fn a_match_holds_a_minimum_share_of_the_query() {
        let (_dir, engine) = fixture();
        // Nothing in the index is about this: no total, no facets.
        let unrelated = engine.search(&q("量子计算机出口管制")).unwrap();
        assert_eq!(unrelated.total, 0, "{:?}", unrelated.hits);
        assert!(unrelated.facets.region.is_empty());
        // weihai-1 holds 不动产登记 and nothing else of these queries: by the idf weights,
        // just over MIN_SHARE of the first and just under it of the second.
        let searcher = engine.inner.reader.searcher();
        let ranker = Ranker::new(&searcher, &engine.inner.fields);
        let weihai_1 = engine.measure("weihai-1").unwrap();
        for (text, matches) in [
            ("不动产登记 量子计算机", true),
            ("不动产登记 量子 芯片 光刻机", false),
        ] {
            let share = coverage(&ranker.concepts(&engine.analyze(text)), &weihai_1);
            assert_eq!(
                share >= MIN_SHARE,
                matches,
                "{text}: the fixture's share {share}"
            );
            let ids: Vec<String> = engine
                .search(&q(text))
                .unwrap()
                .hits
                .into_iter()
                .map(|h| h.measure.id)
                .collect();
            let expected: &[&str] = if matches { &["weihai-1"] } else { &[] };
            assert_eq!(ids, expected, "{text}: share {share}");
        }
        // weihai-0 shares only 办结 (a common word) with this query: the total and the facets
        // count weihai-1 alone, while the Q&A's candidates keep both.
        let found = engine.search(&q("不动产登记即时办结")).unwrap();
        assert_eq!(found.total, 1, "{:?}", found.hits);
        assert_eq!(found.hits[0].measure.id, "weihai-1");
        let region = found
            .facets
            .region
            .iter()
            .find(|f| f.value == "山东省/威海市")
            .map(|f| f.count);
        assert_eq!(region, Some(1), "{:?}", found.facets.region);
        assert_eq!(
            engine.candidates(&q("不动产登记即时办结")).unwrap().total,
            2
        );
        // A ticked region's facet is counted without it, still over the matches only.
        let ticked = engine
            .search(&SearchQuery {
                filters: Filters {
                    region: vec!["山东省/威海市".into()],
                    ..Default::default()
                },
                ..q("不动产登记即时办结")
            })
            .unwrap();
        let counts: Vec<_> = ticked
            .facets
            .region
            .iter()
            .map(|f| (f.value.as_str(), f.count))
            .collect();
        assert!(counts.contains(&("山东省/威海市", 1)), "{counts:?}");
    }

    /// The match filter's form query finds the measures the union of the form's words and
    /// its bigram phrase finds (it reads the phrase's positions only where no word is held).
    #[test]
    fn a_form_is_held_as_a_word_or_a_substring() {
        use crate::search::form::FormQuery;
        use crate::search::terms::bigram_phrase;
        use tantivy::collector::DocSetCollector;
        use tantivy::query::{BooleanQuery, Occur};
        let (_dir, engine) = fixture();
        let searcher = engine.inner.reader.searcher();
        let fields = &engine.inner.fields;
        for form in [
            "开办企业",
            "企业开办",
            "不动产登记",
            "一业一证",
            "拿地即开工",
            "刻制公章",
        ] {
            let query = FormQuery::new(fields, form).unwrap();
            let union = BooleanQuery::new(vec![
                (Occur::Should, bigram_phrase(fields, form).unwrap()),
                (Occur::Should, Box::new(query.words())),
            ]);
            let expected = searcher.search(&union, &DocSetCollector).unwrap();
            assert!(!expected.is_empty(), "{form}");
            assert_eq!(searcher.search(&query, &DocSetCollector).unwrap(), expected);
        }
    }

    /// The match filter keeps exactly the measures whose concepts found in them weigh at
    /// least the minimum share, whichever concepts it walks and which it only asks about
    /// single measures (the light ones, asked heaviest first and only while the answer can
    /// change): checked against each concept's measures found alone, over many sets of
    /// concepts and weights.
    #[test]
    fn the_match_filter_keeps_the_measures_holding_the_minimum_share() {
        use crate::search::concept::Concept;
        use crate::search::matching::{concept_filter, MIN_SHARE};
        use std::collections::BTreeSet;
        use tantivy::collector::DocSetCollector;
        let (_dir, engine) = fixture();
        let searcher = engine.inner.reader.searcher();
        let fields = &engine.inner.fields;
        let pool: [(&str, &[&str]); 8] = [
            ("企业", &["企业"]),
            ("开办企业", &["开办企业"]),
            ("不动产登记", &["不动产登记"]),
            ("刻章", &["刻章", "刻制公章"]),
            ("一业一证", &["一业一证"]),
            ("小规模纳税人", &["小规模纳税人"]),
            ("即时办结", &["即时办结"]),
            ("量子", &["量子"]),
        ];
        let concept = |i: usize, weight: f32| Concept {
            word: pool[i].0.to_owned(),
            forms: pool[i].1.iter().map(|f| (*f).to_owned()).collect(),
            weight,
        };
        let docs = |concepts: &[Concept]| -> BTreeSet<tantivy::DocAddress> {
            let chars = std::sync::Arc::default();
            let query =
                concept_filter(fields, concepts, |_| true, |_| Some(1.0), &chars, None).unwrap();
            searcher
                .search(&query, &DocSetCollector)
                .unwrap()
                .into_iter()
                .collect()
        };
        let weights = [0.5f32, 1.0, 2.0, 3.0, 0.25];
        let alone: Vec<Vec<BTreeSet<tantivy::DocAddress>>> = (0..pool.len())
            .map(|i| weights.iter().map(|&w| docs(&[concept(i, w)])).collect())
            .collect();
        let sizes: Vec<usize> = alone.iter().map(|a| a[0].len()).collect();
        // 开办企业 in every measure by its parts (the section heading 企业开办), 刻章 by its
        // other form (刻制公章), 量子 in none.
        assert_eq!(sizes, [4, 4, 1, 1, 1, 1, 1, 0]);
        let mut checked = 0;
        let mut some_matched = 0;
        for set in 1u32..(1 << pool.len()) {
            let members: Vec<usize> = (0..pool.len()).filter(|i| set & (1 << i) != 0).collect();
            if members.len() < 2 {
                continue;
            }
            for rotation in 0..weights.len() {
                let weight_of = |k: usize| (k + rotation) % weights.len();
                let concepts: Vec<Concept> = members
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| concept(i, weights[weight_of(k)]))
                    .collect();
                let total: f32 = concepts.iter().map(|c| c.weight).sum();
                let min = MIN_SHARE * total * (1.0 - 1e-4);
                let mut held = std::collections::BTreeMap::new();
                for (k, &i) in members.iter().enumerate() {
                    for &doc in &alone[i][weight_of(k)] {
                        *held.entry(doc).or_insert(0.0f32) += weights[weight_of(k)];
                    }
                }
                let expected: BTreeSet<_> = held
                    .into_iter()
                    .filter(|&(_, w)| w >= min)
                    .map(|(doc, _)| doc)
                    .collect();
                let words: Vec<_> = concepts.iter().map(|c| (&c.word, c.weight)).collect();
                assert_eq!(docs(&concepts), expected, "{words:?}");
                checked += 1;
                some_matched += usize::from(!expected.is_empty());
            }
        }
        assert!(
            checked > 1000 && some_matched > 500,
            "{checked} {some_matched}"
        );
    }

    /// A search with ticked facets scores the matches its counting pass lists
    /// ([`crate::search::listed`]): the same hits, scores, snippets, total and facets as
    /// finding them again with every filter, for every facet ticked alone and together, beside
    /// a month range, a phrase, an exclusion, pages and facets not all counted.
    #[test]
    fn listed_matches_score_as_the_query_with_every_filter() {
        use crate::search::analysis::Analysis;
        use crate::search::request::{FacetSet, Month};
        let regions = [
            "山东省",
            "山东省/威海市",
            "山东省/烟台市/莱州市",
            "辽宁省/营口市",
            "辽宁省/营口市/鲅鱼圈区",
            "全国",
            "",
        ];
        let domains = ["开办企业", "登记财产", "纳税", "获得电力"];
        let sentences = [
            "为新开办企业免费刻制公章",
            "企业开办1个工作日办结",
            "企业间转移不动产登记业务即时办结",
            "推行一业一证改革,实现拿地即开工",
            "推行税务Ukey不见面发行,小规模纳税人免费提供",
            "压减接电环节,低压小微企业办电零投资",
            "对新开办企业给予一次性补贴",
            "小微企业贷款贴息最高50万元",
        ];
        let units = ["市行政审批服务局", "市市场监管局", "县税务局", "供电公司"];
        let labels = ["小微企业", "新开办企业", "个体工商户"];
        let kinds = ["补贴奖励", "减税减免", "贷款贴息"];
        let measures: Vec<Measure> = (0..140usize)
            .map(|i| {
                let text: String = (0..1 + i % 3)
                    .map(|k| sentences[(i * 7 + k * 3) % sentences.len()])
                    .collect::<Vec<_>>()
                    .join("。");
                let mut m = measure(
                    &format!("m{}-{}", i % 9, i),
                    &format!("m{}", i % 9),
                    regions[i % regions.len()],
                    domains[(i / 3) % domains.len()],
                    sentences[(i * 5) % sentences.len()],
                    &text,
                );
                m.date = Some(format!("{}-0{}-01", 2019 + i % 4, 1 + i % 9));
                m.year = Some(2019 + (i % 4) as u32);
                m.lead_units = vec![units[i % units.len()].into()];
                if i % 2 == 0 {
                    m.lead_units.push(units[(i / 2) % units.len()].into());
                }
                m.beneficiaries = vec![labels[i % labels.len()].into()];
                m.benefit_types = (0..i % 3)
                    .map(|k| kinds[(i + k) % kinds.len()].into())
                    .collect();
                m
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        let engine = SearchEngine::open(&index_dir).unwrap();
        let ticks: Vec<Filters> = vec![
            Filters::one(FacetKind::Region, "山东省"),
            Filters::one(FacetKind::Region, "山东省/威海市"),
            Filters {
                region: vec!["辽宁省".into(), "山东省/烟台市".into()],
                ..Default::default()
            },
            Filters::one(FacetKind::Domain, "开办企业"),
            Filters {
                domain: vec!["纳税".into(), "获得电力".into()],
                region: vec!["山东省".into()],
                ..Default::default()
            },
            Filters {
                year: vec![2020, 2022],
                ..Default::default()
            },
            Filters::one(FacetKind::Beneficiary, "小微企业"),
            Filters::one(FacetKind::BenefitType, "补贴奖励"),
            Filters::one(FacetKind::LeadUnit, "市市场监管局"),
            Filters {
                region: vec!["山东省".into()],
                from: Some(Month::parse("from", "2020-03").unwrap()),
                to: Some(Month::parse("to", "2021-12").unwrap()),
                ..Default::default()
            },
            Filters::one(FacetKind::Domain, "没有这个领域"),
        ];
        let texts = [
            "开办企业刻章免费吗",
            "小微企业贷款贴息",
            "不动产登记即时办结",
            "推行 -税务",
            "\"免费\" 企业",
            "山东 企业开办",
            "办电",
        ];
        let facet_sets = [
            FacetSet::ALL,
            FacetSet::of([FacetKind::Region, FacetKind::Year]),
            FacetSet::of([FacetKind::Domain]),
            FacetSet::NONE,
        ];
        let mut compared = 0;
        let mut found = 0;
        for filters in &ticks {
            for text in texts {
                for (n, &facets) in facet_sets.iter().enumerate() {
                    let query = SearchQuery {
                        q: text.into(),
                        filters: filters.clone(),
                        facets,
                        offset: n % 2 * 3,
                        limit: 5 + n,
                        ..Default::default()
                    };
                    let analysis: Analysis = engine.analyze(&query.q);
                    let json = |listing: bool| {
                        let results = engine
                            .run_listing(&query, &analysis, true, listing)
                            .unwrap();
                        serde_json::to_string(&results).unwrap()
                    };
                    let listed = json(true);
                    assert_eq!(listed, json(false), "{text} {filters:?} {facets:?}");
                    compared += 1;
                    found += usize::from(!listed.contains("\"total\":0"));
                }
            }
        }
        assert!(compared == 308 && found > 150, "{compared} {found}");
    }

    #[test]
    fn bad_parameters_are_user_errors() {
        let (_dir, engine) = fixture();
        for query in [
            SearchQuery {
                limit: 0,
                ..q("企业")
            },
            SearchQuery {
                limit: MAX_LIMIT + 1,
                ..q("企业")
            },
            q(&"企".repeat(MAX_QUERY_CHARS + 1)),
        ] {
            assert!(matches!(engine.search(&query), Err(Error::User(_))));
        }
    }
}
