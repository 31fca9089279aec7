//! Stage 5: a question → an answer quoted from the measures. The question is read
//! ([`question`]: the kind of answer wanted, the region and domain named, the topic), the
//! candidate measures gathered from searches and inspected ([`candidates`], weighing the topic
//! words by rarity: [`terms`]), and the answer composed ([`compose`]): a value copied from a
//! measure's text or fields (behind a fixed label at most), a verbatim quote ([`quote`]), a
//! per-region table, the measures cited ([`answer`] holds the records). When nothing answers
//! with enough confidence the answer is 「未找到明确规定」, with the nearest measures still
//! cited. A question asking what a group of enterprises can get (「小微企业有什么补贴」) is
//! answered from the benefit facts instead ([`benefits`]). Next stage: [`crate::server`].

pub mod answer;
pub mod benefits;
pub mod candidates;
pub mod compose;
pub mod coverage;
pub mod crossref;
pub mod figures;
pub mod institutions;
pub mod precedents;
pub mod question;
pub mod quote;
pub mod sentences;
pub mod set;
pub mod terms;

pub use answer::{not_covered, Answer, Citation, Quote, RegionRow, NOT_FOUND};
pub use question::{analyze, Analysis};

use terms::Terms;

use crate::question::values::CountPattern;
use crate::question::Kind;
use crate::search::SearchEngine;
use crate::Result;

/// Citations returned.
const MAX_CITATIONS: usize = 10;

/// Answers `question` from the measures in `engine`. Its citations are the candidates, best
/// first. Work past the engine's deadline stops with `DeadlineExceeded`: the searches check
/// it, and so do the loops here (each candidate inspected), so a question answered 503 does
/// not go on reading measures.
pub fn ask(engine: &SearchEngine, question: &str) -> Result<Answer> {
    let analysis = analyze(question, engine.region_aliases());
    let scope = compose::Scope {
        content: coverage::has_content(&analysis),
        uncovered: coverage::uncovered(&analysis, engine.documents()),
        asks_unwritten: coverage::asked_thing(&analysis.question).is_some_and(|thing| {
            question::variants(thing)
                .iter()
                .all(|form| engine.doc_freq(form) == 0)
        }),
    };
    // The benefit facts answer for places the corpus covers; elsewhere the answer says so.
    if scope.content && scope.uncovered.is_none() {
        if let Some(answer) = benefits::answer(engine, &analysis)? {
            return Ok(answer);
        }
    }
    let mut terms = Terms::of(
        engine,
        &analysis.words,
        &analysis.markers,
        engine.measure_count(),
    );
    terms.specify_fields(&analysis.question);
    // A count question (几个环节) wants a count of what it counts, whatever its kind (but
    // who): its pattern is compiled once for all the sentences of all the candidates.
    let count = analysis
        .count
        .as_deref()
        .filter(|_| analysis.kind != Kind::Who)
        .map(CountPattern::new);
    let mut candidates = candidates::gather(engine, &analysis)?;
    inspect_all(engine, &mut candidates, &analysis, &terms, count.as_ref())?;
    candidates.sort_by(|a, b| b.score.total_cmp(&a.score));
    // Asked who punishes an act or what it costs, the penalty articles citing the article
    // that states it answer ([`crossref`]).
    crossref::add_penalties(engine, &mut candidates, &analysis, &terms, count.as_ref())?;
    // Precedents (asked for, or offered for a place the corpus does not cover) share the
    // question's concept: a measure holding none of its distinctive words (or their other
    // names) is no precedent, however well it ranks — fewer, right rows beat padding.
    if analysis.kind == Kind::Precedent || scope.uncovered.is_some() {
        let on_concept = |c: &candidates::Candidate| {
            let text =
                crate::measure::title_and_text(c.hit.measure.title.as_deref(), &c.hit.measure.text);
            terms.distinctive().any(|i| terms.holds(i, &text))
        };
        if candidates.iter().any(on_concept) {
            candidates.retain(on_concept);
        }
    }
    // Asked what other places do, a national rule (it applies everywhere, reporting no place's
    // practice) is no precedent: the places' own measures, and the national reports of a
    // place's practice, that cover the question as well come first.
    if analysis.kind == Kind::Precedent {
        rules_after_practices(&mut candidates);
    }
    // Asked a list by naming what it holds, the law's article announcing that list answers —
    // if it answers at all: moved first, it must pass the answer's gates, or the order stays.
    let moved = if matches!(analysis.kind, Kind::List | Kind::Howto) {
        announced_list_first(&mut candidates, &analysis.question)
    } else {
        None
    };
    candidates.truncate(MAX_CITATIONS);
    engine.check_deadline()?;
    let mut answer = compose::compose(question, &analysis, &scope, &terms, &candidates);
    if let (Some(from), false) = (moved, answer.found) {
        let article = candidates.remove(0);
        candidates.insert(from, article);
        answer = compose::compose(question, &analysis, &scope, &terms, &candidates);
    }
    // A list a plan spreads over the items of one heading is quoted as those items.
    set::list_heading_items(engine, &mut answer, &candidates)?;
    Ok(answer)
}

/// Candidates among which a law's article announcing the list asked is moved first: those the
/// answer shows ([`Answer::to_text`] lists five).
const LIST_WINDOW: usize = 5;

/// Moves first the article announcing the list the question asks for by name
/// ([`crate::search::prior::Prior::announces_asked_list`]: 「享有下列权利:」 for 「出任务时享有
/// 哪些权利」), when the first candidate does not announce it and the article stands in the same
/// document among the first [`LIST_WINDOW`]. A law holds several lists on one matter — the acts
/// forbidden, the duties of a body, the rights of a party, the cases allowing a deferral — in
/// articles sharing the matter's words; the search ranks them near each other, and the one
/// announcing the kind asked is the answer (search's rerank weighs the same fit among all of
/// a document's articles; here it decides which of the close ones is quoted). Only within the
/// first candidate's document: across documents the fit says nothing of which law is asked.
/// Returns where the article stood, when it was moved.
fn announced_list_first(
    candidates: &mut Vec<candidates::Candidate>,
    question: &str,
) -> Option<usize> {
    let folded = crate::index::analyzer::fold(question);
    let prior = crate::search::prior::Prior::new(Some(Kind::List), &folded);
    let first = candidates.first()?;
    if prior.announces_asked_list(&first.hit.measure) {
        return None;
    }
    let doc = first.hit.measure.doc_id.clone();
    let at = candidates
        .iter()
        .take(LIST_WINDOW)
        .position(|c| c.hit.measure.doc_id == doc && prior.announces_asked_list(&c.hit.measure))?;
    let article = candidates.remove(at);
    candidates.insert(0, article);
    Some(at)
}

/// Moves each national rule ([`precedents::is_national_rule`]) below the places' practices
/// that follow it and cover as much of the question: a practice is what a precedent question
/// asks for, the rule what every place must do. A rule covering more than the practices below
/// it (「哪些地方企业债券可以走直通车」: the rule says which places may) keeps its rank.
fn rules_after_practices(candidates: &mut Vec<candidates::Candidate>) {
    // Read each measure's opening against the gazetteer once, not once per comparison.
    let mut is_rule: Vec<bool> = candidates
        .iter()
        .map(|c| precedents::is_national_rule(&c.hit.measure))
        .collect();
    for i in (0..candidates.len()).rev() {
        if !is_rule[i] {
            continue;
        }
        let coverage = candidates[i].coverage;
        let mut to = i;
        for (j, c) in candidates.iter().enumerate().skip(i + 1) {
            if is_rule[j] {
                continue;
            }
            if c.coverage + 1e-4 < coverage {
                break;
            }
            to = j;
        }
        if to > i {
            let rule = candidates.remove(i);
            candidates.insert(to, rule);
            let flag = is_rule.remove(i);
            is_rule.insert(to, flag);
        }
    }
}

/// Inspects every candidate ([`candidates::inspect`]), checking the deadline before each: a
/// candidate's sentences are scanned for values, which takes long on long measures.
fn inspect_all(
    engine: &SearchEngine,
    candidates: &mut [candidates::Candidate],
    analysis: &Analysis,
    terms: &Terms,
    count: Option<&CountPattern>,
) -> Result<()> {
    // A law's general provisions and its purpose article yield to the operative articles
    // holding the same words unless the question asks what they state (施行, 所称, 目的):
    // the same rule as search's rerank, [`crate::search::rank::PartsAsked`].
    let parts = crate::search::rank::PartsAsked::of(
        &crate::index::analyzer::fold(&analysis.question),
        Some(analysis.kind),
    );
    // A penalty article yields to the rule it enforces unless a sanction is asked (how-to
    // questions left to their own handling): [`crate::search::prior::Prior::penalty_not_asked`].
    let folded = crate::index::analyzer::fold(&analysis.question);
    let prior = crate::search::prior::Prior::new(Some(analysis.kind), &folded);
    let penalty_yields = analysis.kind != Kind::Howto;
    for candidate in candidates {
        engine.check_deadline()?;
        candidates::inspect(candidate, analysis, terms, count);
        let mut factor = parts.factor(&candidate.hit.measure);
        if penalty_yields && prior.penalty_not_asked(&candidate.hit.measure) {
            factor *= crate::search::prior::SANCTION_NOT_ASKED;
        }
        candidate.score -= (1.0 - factor) * candidate.score.abs();
    }
    Ok(())
}

/// Test fixture: an engine over measures of one document, one text each (ids by position),
/// with the directory that holds its index (dropped, it removes the index).
#[cfg(test)]
pub(crate) fn engine_of(texts: &[&str]) -> (tempfile::TempDir, SearchEngine) {
    let measures: Vec<crate::Measure> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| crate::Measure {
            id: format!("m-{i}"),
            doc_id: "d".into(),
            text: (*t).into(),
            ..Default::default()
        })
        .collect();
    engine_of_measures(&measures)
}

/// Test fixture: an engine over `measures`, with the directory that holds its index.
#[cfg(test)]
pub(crate) fn engine_of_measures(measures: &[crate::Measure]) -> (tempfile::TempDir, SearchEngine) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let index_dir = dir.path().join("index");
    crate::index::write(measures, &index_dir).expect("index written");
    let engine = SearchEngine::open(&index_dir).expect("index opened");
    (dir, engine)
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use super::*;
    use crate::error::InternalError;
    use crate::measure::Measure;
    use crate::Error;

    fn measure(id: &str, title: &str, text: &str) -> Measure {
        Measure {
            id: id.into(),
            doc_id: "weihai".into(),
            doc_title: "威海市优化营商环境实施方案".into(),
            source: "weihai.txt".into(),
            region: "山东省/威海市".into(),
            domain: "开办企业".into(),
            title: Some(title.into()),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn other_places_practices_come_before_the_national_rule() {
        let measures = vec![
            Measure {
                id: "sc-0".into(),
                doc_id: "sc".into(),
                region: "全国".into(),
                text: "县级以上地方人民政府统筹制定抽查计划,科学确定部门联合抽查的事项,实现“进一次门、查多项事”。".into(),
                ..Default::default()
            },
            Measure {
                id: "byq-0".into(),
                doc_id: "byq".into(),
                region: "辽宁省/营口市/鲅鱼圈区".into(),
                title: Some("深化“双随机、一公开”监管".into()),
                text: "加强跨部门联合抽查,动态调整部门联合抽查事项清单。".into(),
                ..Default::default()
            },
            Measure {
                id: "sc56-0".into(),
                doc_id: "sc56".into(),
                region: "全国".into(),
                text: "辽宁省大连市探索跨部门跨层级联合抽查,实现“一次检查、全面体检”。".into(),
                ..Default::default()
            },
            measure("weihai-0", "推行电子营业执照", "推行电子营业执照。"),
            measure("weihai-1", "不动产登记", "不动产登记5个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "部门联合抽查各地有什么做法").unwrap();
        assert!(answer.found, "{answer:?}");
        let at = |id: &str| answer.citations.iter().position(|c| c.measure.id == id);
        assert!(at("byq-0") < at("sc-0"), "{:?}", answer.citations);
        // The report of 大连's practice is 大连's precedent; the rule is no region's.
        assert!(answer.answer.contains("大连市"), "{}", answer.answer);
        assert!(answer.answer.contains("鲅鱼圈区"), "{}", answer.answer);
        assert!(!answer.answer.contains("全国"), "{}", answer.answer);

        // A rule that covers the question better than the practices (it says which places may)
        // keeps its rank.
        let measures = vec![
            Measure {
                id: "sc-0".into(),
                doc_id: "sc".into(),
                region: "全国".into(),
                text:
                    "对工作成效明显的市,在两年之内对其行政区域内企业申请企业债券实行“直通车”机制。"
                        .into(),
                ..Default::default()
            },
            Measure {
                id: "lz-0".into(),
                doc_id: "lz".into(),
                region: "山东省/烟台市/莱州市".into(),
                title: Some("打造企业融资贷款“直通车”".into()),
                text: "强化企业融资政策宣传,打造企业融资贷款“直通车”。".into(),
                ..Default::default()
            },
            measure("weihai-0", "推行电子营业执照", "推行电子营业执照。"),
            measure("weihai-1", "不动产登记", "不动产登记5个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "哪些地方企业债券可以走直通车").unwrap();
        assert_eq!(
            answer.citations.first().map(|c| c.measure.id.as_str()),
            Some("sc-0"),
            "{:?}",
            answer.citations
        );
    }

    #[test]
    fn the_inspection_loop_stops_at_the_deadline() {
        let measures = vec![
            measure("weihai-0", "降低企业开办成本", "为新开办企业免费刻制公章。"),
            measure("weihai-1", "压缩开办时间", "企业开办1个工作日办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let analysis = analyze("新开办企业刻章要钱吗", engine.region_aliases());
        let terms = Terms::of(&engine, &analysis.words, &analysis.markers, 2);
        let mut candidates = candidates::gather(&engine, &analysis).unwrap();
        assert!(!candidates.is_empty());
        // The searches done in time, the deadline passes before the candidates are read.
        let late = engine.with_deadline(Instant::now());
        assert!(matches!(
            inspect_all(&late, &mut candidates, &analysis, &terms, None),
            Err(Error::Internal(InternalError::DeadlineExceeded))
        ));
        assert!(candidates.iter().all(|c| c.score == 0.0), "none inspected");
        inspect_all(&engine, &mut candidates, &analysis, &terms, None).unwrap();
        assert!(candidates.iter().any(|c| c.score > 0.0));
        assert!(ask(&engine, "新开办企业刻章要钱吗").is_ok());
    }

    #[test]
    fn a_measure_s_heading_and_its_document_s_matter_name_what_it_is_about() {
        // The items under 「十三、信访处理方面」 say 初信初访, not 信访: the heading names their
        // matter once for all of them.
        let measures = vec![
            Measure {
                section: "十三、信访处理方面".into(),
                ..measure(
                    "lz-0",
                    "建立“限时办结”工作机制",
                    "对事实清楚、责任明确、易于解决的初信初访,最长不超过10个工作日办结。",
                )
            },
            measure("lz-1", "畅通物业信访问题反映渠道", "采集物业企业信访问题。"),
            measure("lz-2", "不动产登记", "一般登记3个工作日内办结。"),
            measure("lz-3", "企业开办", "企业开办一般1个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "第一次去信访多长时间办结").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("10个工作日"), "{answer:?}");

        // The title's matter counts, not its frame (关于, the genre): a request for a poem
        // 「关于春天」 is refused though every measure's document title says 关于.
        let doc = |id: &str, title: &str, text: &str| Measure {
            doc_id: "reply".into(),
            doc_title: "国务院关于同意组建首都国际机场协调委员会的批复".into(),
            region: "全国".into(),
            ..measure(id, title, text)
        };
        let measures = vec![
            doc("sc-0", "主要职能", "研究拟订首都国际机场各项保障措施。"),
            doc("sc-1", "工作规则", "协调委原则上每半年召开一次例会。"),
            measure("wh-0", "不动产登记", "一般登记3个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "帮我写一首关于春天的诗").unwrap();
        assert!(!answer.found, "{answer:?}");
    }

    #[test]
    fn a_day_of_the_asker_s_week_is_no_matter_shared() {
        let measures = vec![
            measure("h-0", "节假日安排", "清明节:4月5日放假,与周末连休。"),
            measure(
                "wh-0",
                "周末不打烊",
                "政务服务大厅实行周末延时服务,周末照常办理营业执照。",
            ),
            measure("wh-1", "不动产登记", "一般登记3个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "周末一起去喝茶吧").unwrap();
        assert!(!answer.found, "{answer:?}");
        let answer = ask(&engine, "周末能办营业执照吗").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer
            .quote
            .is_some_and(|q| q.text.contains("周末照常办理营业执照")));
    }

    #[test]
    fn a_statement_joined_by_semicolons_is_quoted_whole() {
        // The figure's part alone (「社会投资房屋建筑项目24个工作日;」) loses what the figure is
        // (主流程审批时限); the part after a deadline's (「2024年底前,…镇处…」) is what it is for.
        let (_dir, engine) = engine_of(&[
            "工程建设许可阶段。主要办理设计方案审查、建设工程规划许可证核发等审批手续。\n本阶段主流程审批时限:政府投融资项目34个工作日;社会投资房屋建筑项目24个工作日;社会投资类一般工业项目20个工作日。",
            "加快数字基础设施建设。推动5G与重点垂直行业深度融合。2023年底前,实现区域内重点场所5G全覆盖;2024年底前,推动5G网络向镇处覆盖延伸。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "社会投资房屋建筑项目工程建设许可审批几天").unwrap();
        assert!(answer.answer.contains("24个工作日"), "{answer:?}");
        let quote = answer.quote.expect("quoted");
        assert!(
            quote.text.starts_with("本阶段主流程审批时限"),
            "{}",
            quote.text
        );
        assert!(quote.text.ends_with("20个工作日。"), "{}", quote.text);
        let value = quote.value.expect("value marked");
        let marked: String = quote
            .text
            .chars()
            .skip(value.start)
            .take(value.end - value.start)
            .collect();
        assert_eq!(marked, "24个工作日");
        let answer = ask(&engine, "5G什么时候覆盖重点场所").unwrap();
        let quote = answer.quote.expect("quoted");
        assert!(quote.text.contains("5G全覆盖"), "{}", quote.text);
        assert!(quote.text.ends_with("镇处覆盖延伸。"), "{}", quote.text);
    }

    #[test]
    fn a_quote_of_the_measure_s_opening_alone_goes_on_with_what_it_does() {
        // The opening restates the title; how the reform is done is the long sentence after
        // it, longer than a quote grows by itself.
        let text = "推行“一业一证”改革 6月,全区全面推进“一业一证”改革。区行政审批服务局出台《关于加快流程再造推进“一业一证”改革实施方案》(经技区行审字〔2020〕39号),编制纳入改革范围的20个行业目录、行业综合许可工作规范、综合许可办理流程图和综合许可办理指南,设置“一业一证”服务专窗,公示二维码和流程图海报,推行“八个一”(一单告知、一套材料、一书承诺、一表申请、一窗受理、一同核查、一并审批、一证准营)审批模式,将20个行业60余张申请表单压减为每个行业1张申请表单,平均压减许可环节、申报材料、审批时限分别为60%、70%、60%。全年颁发20个行业242张综合许可证,办证速度和便利度大幅提高。";
        let measures = vec![
            measure("jq-0", "推行“一业一证”改革", text),
            measure("jq-1", "不动产登记", "一般登记3个工作日内办结。"),
            measure("jq-2", "企业开办", "企业开办一般1个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "一业一证改革是怎么推的").unwrap();
        let quote = answer.quote.expect("quoted");
        assert_eq!(quote.measure_id, "jq-0");
        assert!(
            quote.text.starts_with("推行“一业一证”改革 6月"),
            "{}",
            quote.text
        );
        assert!(
            quote.text.contains("设置“一业一证”服务专窗"),
            "{}",
            quote.text
        );
        assert!(quote.text.chars().count() <= 400, "{}", quote.text);
    }

    #[test]
    fn a_small_enterprise_is_the_class_policies_name_small_and_micro() {
        // People say 小企业; the plan names the class 小微企业, and binds its figure to it.
        assert!(question::variants("小企业").contains(&"小微企业".to_owned()));
        let (_dir, engine) = engine_of(&[
            "加大创业担保贷款贴息及奖补政策支持力度。符合创业担保贷款申请条件的人员自主创业的,可申请最高不超过15万元的创业担保贷款。小微企业当年新招用符合创业担保贷款申请条件的人员数量达到企业现有在职职工人数25%并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "小企业创业担保贷款最高额度是多少").unwrap();
        assert!(answer.answer.contains("300万元"), "{answer:?}");
    }

    #[test]
    fn a_measure_names_its_topic_once_and_its_figure_later() {
        // The figure's sentence does not repeat 消费者, which the measure states first: the
        // measure is about the question's topic all the same.
        let (_dir, engine) = engine_of(&[
            "畅通消费者维权渠道,投诉举报接诉即办。自投诉受理之日起45个工作日内组织调解。",
            "企业开办1个工作日办结。",
            "不动产登记3个工作日内办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "消费者投诉多久能调解好").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("45个工作日"), "{}", answer.answer);
    }

    #[test]
    fn a_period_said_with_its_classifier_is_the_period_a_rule_writes() {
        // 每个月 is one word, the 每月 of the rule: cut as 每个 / 月扣 the period is lost.
        let (_dir, engine) = engine_of(&[
            "赡养老人。纳税人为独生子女的,按照每月2000元的标准定额扣除;纳税人为非独生子女的,由其与兄弟姐妹分摊每月2000元的扣除额度。",
            "赡养人是指年满60岁的父母。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "独生子女赡养老人每个月扣多少").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("2000元"), "{}", answer.answer);
        assert!(answer.topic.contains("每个月"), "{}", answer.topic);
    }

    #[test]
    fn two_known_words_and_the_share_an_answer_needs_answer_without_the_rarest() {
        // The measure says 投诉 and 调解 under a heading the asker puts as 消费者: two of the
        // question's known words and most of its topic are no chance share.
        let (_dir, engine) = engine_of(&[
            "投诉举报接诉即办。自投诉受理之日起45个工作日内组织投诉人和被投诉人达成调解协议。",
            "保护消费者合法权益。",
            "畅通投诉渠道,12345热线统一受理。",
            "推行诉前调解,化解商事纠纷。",
            "投诉处理结果及时反馈。",
            "人民调解组织全覆盖。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "消费者投诉多久能调解好").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("45个工作日"), "{}", answer.answer);
        // One known word shared is chance: a question about something else is refused.
        let answer = ask(&engine, "邻居装修太吵了怎么投诉").unwrap();
        assert!(!answer.found, "{answer:?}");
    }

    #[test]
    fn a_count_qualifying_the_noun_asked_answers_a_question_asking_it_so() {
        // 「6个月的…保险金」 is a duration qualifying a noun; the question asks for just that
        // (几个月的失业保险金), so it answers, unlike 24小时自助服务区 for a time limit.
        let (_dir, engine) = engine_of(&[
            "支持企业稳定岗位。对不裁员的参保企业实施稳岗返还,返还标准可按6个月的失业保险金和参保职工人数确定。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "稳岗返还按几个月的失业保险金算").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("6个月"), "{}", answer.answer);
    }

    #[test]
    fn a_count_by_a_measure_word_is_answered_by_the_sentence_stating_it() {
        // 几名 counts by a measure word no count pattern reads: the sentence stating a count
        // with it answers, not the measure's first sentence on the topic.
        let (_dir, engine) = engine_of(&[
            "加强证明核验。2020年6月底前,建立减证便民部门核验联络员、代办员制度,健全联络员、\
             代办员等工作人员信息库。各部门配备1名联络员,每个证明事项至少要配备2名以上代办员。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "各部门的证明核验联络员配几名").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("1名联络员"), "{}", answer.answer);
    }

    #[test]
    fn a_count_by_a_measure_word_is_answered_by_its_sentence_however_much_the_others_cover() {
        // The opening names the 政务服务大厅 in every word of the question and states no 层;
        // the sentence stating the count asked answers all the same.
        let (_dir, engine) = engine_of(&[
            "新政务服务大厅启用。政务服务中心正式启用,办税服务大厅、不动产登记服务大厅等4个分厅\
             全部集中办公,设置政务服务窗口122个。大厅分为4层,1层为不动产登记服务大厅,2层为\
             行政审批服务大厅。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "政务服务大厅一共几层").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("分为4层"), "{}", answer.answer);
    }

    #[test]
    fn a_list_question_quotes_the_sentence_announcing_the_members_with_its_list() {
        // 「审哪些内容」 asks for the members a plan lists after 以下内容: the quote is that list,
        // not the measure's closing sentence, which holds more of the question's words.
        let (_dir, engine) = engine_of(&[
            "明确审核职责。审核机构要认真履行审核职责,严格审核以下内容:制定主体是否合法;\
             是否超越制定机关法定职权;是否违反规范性文件制定程序。起草单位应当根据合法性审核意见\
             对规范性文件作必要的修改或者补充。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "规范性文件合法性审核要审哪些内容").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.kind, Kind::List);
        let quote = answer.quote.expect("a quote").text;
        assert!(
            quote
                .contains("制定主体是否合法;是否超越制定机关法定职权;是否违反规范性文件制定程序。"),
            "{quote}"
        );
    }

    #[test]
    fn a_count_keeps_the_bound_written_after_it() {
        let (_dir, engine) = engine_of(&[
            "提升养老服务水平。千名老年人拥有养老床位达到46张以上,养老机构社会化改革率达到95%。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "每千名老年人养老床位要有多少张").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("46张以上"), "{answer:?}");
    }

    #[test]
    fn a_bracketed_case_with_its_figure_answers_the_case_the_question_gives() {
        // Another case's figure in brackets after the rule's: the question giving that case
        // (超过100人) by a number is answered by the bracket's figure; one asking a count of
        // people while stating the share (比例只要15%) by the count.
        let (_dir, engine) = engine_of(&[
            "加大创业担保贷款支持力度。小微企业当年新招用符合条件的人员数量达到企业现有在职职工人数25%\
             (超过100人的企业达到15%)并与其签订1年以上劳动合同的,可申请最高不超过300万元的创业担保贷款。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(
            &engine,
            "超过100人的小微企业新招人员比例达到多少可以申请创业担保贷款",
        )
        .unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("15%"), "{answer:?}");
        let answer = ask(&engine, "多少人以上的企业新招比例只要15%").unwrap();
        assert_eq!(answer.value.as_deref(), Some("100人"), "{answer:?}");
    }

    #[test]
    fn a_time_limit_is_that_of_the_act_written_after_it() {
        // Successive acts each with their limit, the mechanism named by a quoted number: the
        // act the asker writes after 多少天 (解决) picks its limit; the name (“1212”) is no case.
        let (_dir, engine) = engine_of(&[
            "加强政务服务热线建设。建立健全接诉即办机制和“1212”企业诉求快速响应机制,收到诉求1个工作日内\
             与诉求企业取得联系,2个工作日内给予答复,12个工作日内予以解决或服务确认,难度较大的事项最多\
             不超过25个工作日。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "企业通过1212机制反映的诉求多少天内要解决").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("12个工作日内"), "{answer:?}");
        // A bound asked is stated by the bound, not by the act.
        let (_dir, engine) = engine_of(&[
            "健全完善速裁机制。实行当庭宣判,一般应当在10日内结案,最长不超过15天。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "小额纠纷速裁最长多少天结案").unwrap();
        assert!(answer.answer.contains("15天"), "{answer:?}");
    }

    #[test]
    fn a_date_asked_is_that_of_the_act_written_after_the_asking_word() {
        // A law's closing article dates when it applies and when the rule it replaces lapsed:
        // asked when it starts (什么时候开始实行), the date written before 施行 answers, not the
        // date of the replaced rule, whose title holds more of the question.
        let (_dir, engine) = engine_of(&[
            "本条例自2015年6月1日起施行。1995年12月21日市人民代表大会常务委员会通过的《公共场所禁止\
             吸烟条例》同时废止。",
            "本办法自2010年1月1日起施行。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "控烟条例是什么时候开始实行的").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("2015年6月1日"), "{answer:?}");
    }

    #[test]
    fn a_law_dates_its_history_apart_from_the_day_it_applies() {
        // A closing article dates the replaced law's adoption and amendments in a sentence of
        // its own whose title holds more of the question (统计…条例): asked from which day the
        // law applies (从哪天起施行, 哪天开始实行), the day before 施行 answers.
        let (_dir, engine) = engine_of(&[
            "本条例自2016年1月1日起施行。1994年9月8日市人民代表大会常务委员会第十二次会议通过,根据\
             1997年9月4日市人民代表大会常务委员会第三十九次会议《关于修改〈统计管理条例〉的决定》第一次\
             修正的《统计管理条例》同时废止。",
            "本办法自2010年1月1日起施行。",
            "推行电子营业执照。",
        ]);
        for q in ["统计条例是从哪天起施行的", "统计管理条例是哪天开始实行的"]
        {
            let answer = ask(&engine, q).unwrap();
            assert!(answer.found, "{q}: {answer:?}");
            assert_eq!(
                answer.value.as_deref(),
                Some("2016年1月1日"),
                "{q}: {answer:?}"
            );
        }
    }

    #[test]
    fn a_distance_asked_is_answered_by_the_distance_a_rule_sets() {
        // 多远以内 asks a distance: the metres a siting rule sets, not another figure beside.
        let (_dir, engine) = engine_of(&[
            "禁止烟草制品销售者在幼儿园、中小学校、少年宫及其周边一百米内设置销售网点,违者处5000元罚款。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "学校周边多远以内不能设烟草销售网点").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("一百米内"), "{answer:?}");
    }

    #[test]
    fn how_often_is_answered_by_the_frequency_whatever_verb_follows_it() {
        // 每半年 is a frequency by its form: the act it repeats follows it (召开), unlike a
        // bare span qualifying a noun (24小时自助服务区).
        let (_dir, engine) = engine_of(&[
            "协调委工作规则。2008年以前,协调委原则上每半年召开一次例会,因工作需要也可临时召开。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "协调委多久开一次会").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("每半年"), "{}", answer.answer);
        // The year of a date is no span of years between two meetings.
        assert!(!answer.answer.contains("2008"), "{}", answer.answer);
    }

    #[test]
    fn a_sentence_referring_back_answers_for_the_case_it_states() {
        let (_dir, engine) = engine_of(&[
            "医院自查自评。各三级公立医院对照绩效考核指标体系,在2019年9月底前,完成对上一年度医院\
             绩效情况的分析评估,将上一年度病案首页信息、年度财务报表等上传至国家和省级绩效考核信息\
             系统,形成绩效考核大数据。根据自评结果,医院调整完善内部薪酬分配方案。2020年起,每年1月\
             底前完成上述工作。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        // The question gives the year the recurring deadline starts: 「上述工作」 is the
        // analysis and upload of the sentences before.
        let q = "三级公立医院把绩效数据上传考核信息系统,从2020年开始每年几月底前要完成";
        let answer = ask(&engine, q).unwrap();
        assert!(answer.answer.contains("1月底前"), "{}", answer.answer);
        // Without it, the deadline the analysis itself states.
        let answer = ask(&engine, "三级公立医院绩效考核数据什么时候上传").unwrap();
        assert!(answer.answer.contains("2019年9月底前"), "{}", answer.answer);
    }

    #[test]
    fn a_long_question_s_situation_does_not_refuse_the_measure_holding_its_words() {
        let (_dir, engine) = engine_of(&[
            "2020年3月底前,轻微交通事故快速处理全程通过互联网传输数据,在线生成电子版认定书。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
            "企业开办1个工作日办结。",
        ]);
        // Most of the question is the asker's situation, no measure's words.
        let q = "我在市区开车跟人轻微剐蹭了,没人受伤,能不能不等交警到场,在手机上处理交通事故?认定书怎么拿";
        let answer = ask(&engine, q).unwrap();
        assert!(answer.found, "{answer:?}");
        // Two of the question's known words held are not enough on a low share.
        let answer = ask(
            &engine,
            "周末开车去哪里看电影,认定书怎么拿,晚上有没有演出,门票多少钱",
        )
        .unwrap();
        assert!(!answer.found, "{answer:?}");
    }

    #[test]
    fn a_citizen_s_own_words_do_not_refuse_the_first_measure_holding_the_matter() {
        let (_dir, engine) = engine_of(&[
            "单位划定吸烟区,应当远离人员密集区域和行人必经的主要通道,并设置明显标识。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
            "企业开办1个工作日办结。",
        ]);
        // 单位院子里, 想, 一块: the asker's case, in words no measure writes.
        let answer = ask(&engine, "单位院子里想划一块吸烟区,有什么要求").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(
            answer
                .quote
                .as_ref()
                .is_some_and(|q| q.text.contains("远离人员密集区域")),
            "{answer:?}"
        );
        // One word shared is no matter shared.
        let answer = ask(&engine, "单位院子里想种一块菜地,有什么要求").unwrap();
        assert!(!answer.found, "{answer:?}");
    }

    #[test]
    fn a_figure_of_a_measure_that_does_not_answer_leaves_the_first_to_answer() {
        // The first measure is about the matter asked and states no fee; the one stating a fee
        // shares one word of the question. The first answers, with its sentence.
        let (_dir, engine) = engine_of(&[
            "社保医保“一窗征缴”。2020年底前,进一步简化社保、医保联合征缴工作流程,推进参保人员信息共享,方便企业办理缴费。",
            "提高办事效率。群众办事只跑一趟,复印费用每页0.5元。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "社保医保合并征缴了没有？交费能不能少跑一趟").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(
            answer
                .quote
                .as_ref()
                .is_some_and(|q| q.text.contains("联合征缴")),
            "{answer:?}"
        );
        assert_eq!(answer.value, None, "{answer:?}");
    }

    #[test]
    fn a_due_date_counted_from_a_period_is_the_deadline_without_the_plan_s_year() {
        let texts = [
            "全员全额扣缴申报,是指扣缴义务人在代扣税款的次月十五日内,向主管税务机关报送其支付所得的所有个人的有关信息。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ];
        let measures: Vec<Measure> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Measure {
                id: format!("m-{i}"),
                doc_id: "d".into(),
                doc_title: "2018年个人所得税法实施条例".into(),
                text: (*t).into(),
                ..Default::default()
            })
            .collect();
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(
            &engine,
            "公司给员工代扣了个税，全员全额扣缴申报最晚什么时候报",
        )
        .unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.answer, "次月十五日内", "{answer:?}");
    }

    #[test]
    fn a_formula_s_term_is_not_the_share_asked() {
        // An indicator's formula multiplies by 100% to make a share; the share the plan sets
        // is written in another measure.
        let (_dir, engine) = engine_of(&[
            "国家组织药品集中采购中标药品使用比例。计算方法:中标药品用量/同种药品用量×100%。",
            "带量采购,以量换价。按照试点地区所有公立医疗机构年度药品总用量的60%—70%估算采购总量,进行带量采购。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "集采按医院药品总用量的多大比例定采购量").unwrap();
        assert!(
            answer.value.as_deref().is_some_and(|v| v.contains("60%")),
            "{answer:?}"
        );
        assert!(
            answer
                .quote
                .as_ref()
                .is_some_and(|q| q.text.contains("60%—70%")),
            "{answer:?}"
        );
    }

    #[test]
    fn a_denied_case_and_a_bare_magnitude_do_not_give_the_figure() {
        let (_dir, engine) = engine_of(&[
            "(一)直辖市、省会(首府)城市、计划单列市,扣除标准为每月1500元。(二)除第一项所列城市以外,市辖区户籍人口超过100万的城市,扣除标准为每月1100元。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        // The asker's city is not one of the first item's; its own item gives 1100元, not
        // the 100万 of people that says which cities it is about.
        let q = "我租房住,不是省会也不是直辖市,市辖区户籍人口一百多万,每月能扣多少";
        let answer = ask(&engine, q).unwrap();
        assert_eq!(answer.value.as_deref(), Some("1100元"), "{answer:?}");
    }

    #[test]
    fn an_attribution_holding_the_askers_words_is_never_the_quote_alone() {
        // The State Council's style: each item closes with 「(负责部门:…)」, which names a body
        // the asker may name too (「我在知识产权局干过」); it says who acts, not what is done.
        let (_dir, engine) = engine_of(&[
            "进一步放宽对专利代理机构股东的条件限制,允许不超过五分之一不具有专利代理师资格的人员成为股东。(负责部门:知识产权局)",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "我在知识产权局干过,辞职以后去做专利代理可以吗").unwrap();
        let quote = answer.quote.as_ref().expect("a quote");
        assert!(quote.text.contains("专利代理机构股东"), "{answer:?}");
        assert!(!answer.answer.starts_with("(负责部门"), "{answer:?}");
    }

    #[test]
    fn asked_by_the_units_of_its_attribution_a_measure_is_quoted_with_it() {
        // 「营商局负责哪些」 asks by the lead unit: the quote says what is done and who does it.
        let (_dir, engine) = engine_of(&[
            "畅通政企沟通交流机制。定期召开政企座谈会,畅通诉求反馈绿色通道。\n牵头单位:区营商局、区工商联\n责任单位:区直相关部门",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "营商局负责哪些").unwrap();
        let quote = answer.quote.as_ref().expect("a quote");
        assert!(quote.text.contains("政企座谈会"), "{answer:?}");
        assert!(quote.text.contains("牵头单位:区营商局"), "{answer:?}");
    }

    #[test]
    fn each_sentence_s_own_attribution_answers_who() {
        let text = "大力推进商事制度改革,营造良好的产业准入环境。(市场监管总局负责)加强创新创业教育服务。(体育总局、教育部负责)";
        let measures = vec![
            Measure {
                lead_units: vec!["体育总局".into()],
                ..measure("sc-0", "鼓励创新创业", text)
            },
            measure("sc-1", "推行电子营业执照", "推行电子营业执照。"),
            measure("sc-2", "不动产登记", "不动产登记5个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        // The field keeps one attribution; the sentence asked about has its own.
        let answer = ask(&engine, "推进商事制度改革、改善准入环境由哪个部门负责").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("市场监管总局")),
            "{answer:?}"
        );
    }

    #[test]
    fn asked_who_leads_a_measure_naming_its_lead_answers_before_one_naming_only_the_sharing_units()
    {
        // A plan names the lead (牵头单位) apart from the units sharing the task (责任单位); the
        // second measure names only the sharing units and holds more of the asker's words.
        let measures = vec![
            Measure {
                lead_units: vec!["区住建局".into(), "区水务集团".into()],
                ..measure(
                    "byq-0",
                    "缩短水气报装时长",
                    "缩短水气报装时长。对符合条件的用水、用气外线工程全面实行承诺制“零审批”,压缩供水供气掘路施工审批环节占用时间。2022年底前,将用水报装压缩至报装设计、施工通水2个环节,小型上水设计1个工作日完成,较大型上水设计4个工作日完成;用气报装压缩至最多4个环节(申报、设计、施工、通气),单户上表(室内已有燃气主管线)时长3个工作日,小型简单用户报装时长10个工作日(不含危险作业),大型用户报装时长30个工作日(不含危险作业);2023年底前,实现水气报装外线工程承诺制“零审批”。\n牵头单位:区住建局、区水务集团、区港华燃气集团、区华润燃气集团\n责任单位:市自然资源局鲅鱼圈分局、区交通运输局、区公安局、区营商局、区自然资源中心",
                )
            },
            measure(
                "byq-1",
                "推行供水、供气接入全流程线上办",
                "推行供水、供气接入全流程线上办。全面贯彻落实供水、供气线上办理渠道与一体化政务服务平台对接政策,逐步实现用水用气线上全流程公示、线上材料预审、线上报装申请、线上材料登记、线上查询办理进度、线上缴费。\n责任单位:区住建局、区水务集团、区港华燃气集团、区华润燃气集团",
            ),
            measure("byq-2", "推行电子营业执照", "推行电子营业执照。"),
            measure("byq-3", "不动产登记", "不动产登记5个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "用水用气报装 哪个单位牵头").unwrap();
        let quoted = answer.quote.as_ref().map(|q| q.measure_id.as_str());
        assert_eq!(quoted, Some("byq-0"), "{answer:?}");
    }

    #[test]
    fn an_attribution_naming_its_part_answers_for_that_part() {
        // A list sentence's parts, each with its own attribution naming the part before the
        // label; the measure's field keeps the first.
        let text = "2020年4月底前,实现全市供热、供气、供水、供电等生活性缴费“掌上办理”,组织相关企业将缴费功能接入相关APP。\n供热、供气缴费责任单位:市住房和城乡建设管理局;供水缴费责任单位:市水务局、市自来水公司;供电缴费责任单位:国网供电公司";
        let measures = vec![
            Measure {
                lead_units: vec!["市住房和城乡建设管理局".into()],
                ..measure("lz-0", "智能缴费方面", text)
            },
            measure("lz-1", "推行电子营业执照", "推行电子营业执照。"),
            measure("lz-2", "不动产登记", "不动产登记5个工作日内办结。"),
        ];
        let (_dir, engine) = engine_of_measures(&measures);
        let answer = ask(&engine, "供水缴费接进手机APP由谁负责").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("市水务局")),
            "{answer:?}"
        );
        let answer = ask(&engine, "供电缴费接进手机APP由谁负责").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("国网供电公司")),
            "{answer:?}"
        );
    }

    #[test]
    fn a_figure_of_a_parallel_clause_answers_for_the_topic_the_clause_leaves_out() {
        let (_dir, engine) = engine_of(&[
            "用水报装流程简化为2个环节;用气报装流程具备直接接通的简化为2个环节,有外线工程的简化为3个环节。",
            "2023年底前,实现高压办电20个工作日,低压3个工作日。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "用气报装有外线工程的要走几个环节").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("3个环节"), "{answer:?}");
        let answer = ask(&engine, "低压办电要几个工作日").unwrap();
        assert!(
            answer.value.as_deref().is_some_and(|v| v.contains('3')),
            "{answer:?}"
        );
        // An event sets when a thing stops when no date is given.
        let (_dir, engine) = engine_of(&[
            "对符合信用修复条件的失信企业,经申请可撤销信息公示,从信息撤销公示之日起停止实施联合惩戒。",
            "2023年底前,企业可在政府采购领域办理信用融资。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "失信企业信用修复后联合惩戒什么时候停").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("之日起"), "{answer:?}");
    }
    #[test]
    fn every_ceiling_of_a_sentence_states_a_limit_and_its_subject_says_whose() {
        // The plan writes the bound word (最长) once, for the first of its ceilings; the
        // others are ceilings all the same (不超过, 以内), each of its own subject.
        let (_dir, engine) = engine_of(&[
            "压缩办理建筑许可时限。全流程审批时间最长不超过100个工作日,社会投资类工程建设项目主流程审批时间控制在39个工作日以内,简易低风险项目不超过15个工作日。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
            "不动产登记5个工作日内办结。",
        ]);
        let answer = ask(&engine, "简易低风险的小项目审批最长多少天").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("15个工作日")),
            "{answer:?}"
        );
        // Asked without a subject of its own, the ceiling written with the bound word.
        let answer = ask(&engine, "建筑许可审批时间最长多少天").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("100个工作日")),
            "{answer:?}"
        );
    }

    /// Measures of a regulation: untitled articles under the chapters named.
    fn articles(chapters_and_texts: &[(&str, &str)]) -> Vec<Measure> {
        chapters_and_texts
            .iter()
            .enumerate()
            .map(|(i, (chapter, text))| Measure {
                id: format!("a-{i}"),
                doc_id: "d".into(),
                doc_title: "个人所得税专项附加扣除暂行办法".into(),
                section: (*chapter).into(),
                text: (*text).into(),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn an_article_is_about_the_subject_its_chapter_names() {
        // A regulation's article does not repeat its chapter's subject: asked how parents
        // share the 子女教育 deduction, the article under 第二章子女教育 saying how 父母 share
        // it answers, not the one that names 子女 and 教育 but no parents.
        let (_dir, engine) = engine_of_measures(&articles(&[
            ("第二章子女教育", "纳税人的子女接受全日制学历教育的相关支出,可以扣除。"),
            (
                "第二章子女教育",
                "父母可以选择由其中一方按扣除标准的100%扣除,也可以选择由双方分别按扣除标准的50%扣除。",
            ),
            ("第三章保障措施", "推行电子营业执照。"),
            ("第三章保障措施", "不动产登记5个工作日内办结。"),
        ]));
        let answer = ask(&engine, "子女教育扣除父母怎么分").unwrap();
        assert!(
            answer
                .quote
                .as_ref()
                .is_some_and(|q| q.text.contains("双方分别按扣除标准的50%扣除")),
            "{answer:?}"
        );
    }

    #[test]
    fn the_standard_of_a_deduction_is_answered_by_its_sum() {
        let (_dir, engine) = engine_of_measures(&articles(&[
            (
                "第二章子女教育",
                "纳税人的子女接受全日制学历教育的相关支出,按照每个子女每月1000元的标准定额扣除。",
            ),
            (
                "第二章子女教育",
                "父母可以选择由其中一方按扣除标准的100%扣除,也可以选择由双方分别按扣除标准的50%扣除。",
            ),
            ("第三章保障措施", "推行电子营业执照。"),
            ("第三章保障措施", "不动产登记5个工作日内办结。"),
        ]));
        let answer = ask(&engine, "个税子女教育扣除标准").unwrap();
        assert_eq!(answer.value.as_deref(), Some("1000元"), "{answer:?}");
    }

    /// Articles of one regulation, numbered as written.
    fn numbered(articles: &[(&str, &str)]) -> Vec<Measure> {
        articles
            .iter()
            .enumerate()
            .map(|(i, (number, text))| Measure {
                id: format!("r-{i}"),
                doc_id: "r".into(),
                doc_title: "某市住宅小区物业管理条例".into(),
                number: (*number).into(),
                seq: i as u32,
                text: (*text).into(),
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn the_penalty_article_citing_the_act_s_article_says_who_punishes_it_and_how_much() {
        // A regulation's 法律责任 chapter names the body and the fine, and the act only by the
        // number of the article stating it: asked who punishes the act or what it costs, the
        // penalty article citing that article answers (and its clause for the items asked).
        let (_dir, engine) = engine_of_measures(&numbered(&[
            (
                "第四十七条",
                "饲养动物应当遵守下列规定:\n(一)即时清除动物在公共场所排泄的粪便;\n(二)携带犬只外出时用犬绳牵领。",
            ),
            (
                "第五十一条",
                "电动自行车的所有人、使用人在物业管理区域不得有下列行为:\n(一)违规私拉电线为电动自行车充电;\n(二)携带电动自行车进入电梯轿厢。",
            ),
            ("第五十二条", "推行电子营业执照。"),
            (
                "第六十二条",
                "违反本条例第四十七条第一项规定的,由城市管理综合执法部门责令改正,处五十元以上二百元以下罚款。\n违反本条例第四十七条第二项规定的,由公安机关责令改正,处二百元罚款。",
            ),
            (
                "第六十五条",
                "违反本条例第五十一条第一款规定的,由消防救援机构责令立即改正;拒不改正的,对单位处一千元以上五千元以下罚款,对个人处五百元以上一千元以下罚款。",
            ),
        ]));
        let answer = ask(&engine, "电动自行车进电梯，归哪个部门处罚").unwrap();
        assert_eq!(answer.value.as_deref(), Some("消防救援机构"), "{answer:?}");
        let answer = ask(&engine, "电动自行车进电梯，对个人罚多少钱").unwrap();
        assert_eq!(
            answer.value.as_deref(),
            Some("五百元以上一千元以下"),
            "{answer:?}"
        );
        let answer = ask(&engine, "带犬只外出不用犬绳牵领，归哪个部门处罚").unwrap();
        assert_eq!(answer.value.as_deref(), Some("公安机关"), "{answer:?}");
    }

    #[test]
    fn an_item_named_by_its_number_alone_is_the_act_of_the_article_cited() {
        // 「(一)违反第一项规定的」 goes on with the article its lead cites: its fine is for what
        // item (一) of that article forbids, not the item naming more of the question's words.
        let (_dir, engine) = engine_of_measures(&numbered(&[
            (
                "第二十八条",
                "禁止下列损害古树名木的行为:\n(一)损伤、砍伐或者擅自迁移古树名木;\n(二)损坏古树名木的标牌及保护设施。",
            ),
            ("第二十九条", "推行电子营业执照。"),
            (
                "第三十三条",
                "违反本条例第二十八条规定的,由城市绿化主管部门责令停止侵害,并依照下列规定处罚:\n(一)违反第一项规定的,处每株五万元以上五十万元以下罚款;\n(二)违反第二项规定,损坏城市古树名木标牌的,处五十元以上二百元以下罚款。",
            ),
        ]));
        let answer = ask(&engine, "有人把古树砍伐了,一棵罚多少").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(
            answer.answer.contains("五万元以上五十万元以下"),
            "{answer:?}"
        );
    }

    #[test]
    fn a_part_going_on_with_the_same_act_states_its_penalty() {
        // 「逾期不改正的」 carries on the case of the part before it: the act it punishes is
        // the 擅自设置大型户外广告 that part names.
        let (_dir, engine) = engine_of(&[
            "违反第二十四条第一款规定,擅自设置大型户外广告的,责令限期改正;逾期不改正的,依法强制拆除,并处一万元以上十万元以下罚款。",
            "违反第十八条规定,在道路上晾晒物品的,处五十元以上二百元以下罚款。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "擅自设置大型户外广告罚多少").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("十万元"), "{}", answer.answer);
    }

    #[test]
    fn a_span_asked_its_limit_is_no_threshold() {
        // 「最多能罚到多少」 of a fine set between two bounds asks the upper one; 「最少」 the
        // lower: the span's 以上 is no threshold of the case, and the span answers whole.
        let (_dir, engine) = engine_of(&[
            "违反第二十四条第一款规定,擅自设置大型户外广告的,责令限期改正;逾期不改正的,依法强制拆除,并处一万元以上十万元以下罚款。",
            "违反第十八条规定,在道路上晾晒物品的,处五十元以上二百元以下罚款。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "私自设置大型户外广告,最多能罚到多少").unwrap();
        assert_eq!(
            answer.value.as_deref(),
            Some("一万元以上十万元以下"),
            "{answer:?}"
        );
        let answer = ask(&engine, "私自设置大型户外广告,最少罚多少").unwrap();
        assert_eq!(
            answer.value.as_deref(),
            Some("一万元以上十万元以下"),
            "{answer:?}"
        );
        let answer = ask(&engine, "私自设置大型户外广告,顶格罚多少").unwrap();
        assert_eq!(
            answer.value.as_deref(),
            Some("一万元以上十万元以下"),
            "{answer:?}"
        );
    }

    #[test]
    fn a_question_counting_one_unit_is_answered_by_the_rate_per_unit() {
        // 「一棵罚多少」 asks the fine per tree: the sum set 每株 answers, not a lump sum of
        // another act in a sentence holding more of the question's words.
        let (_dir, engine) = engine_of(&[
            "违反本条例规定的,依照下列规定处罚:\n(一)损坏城市绿化树木的,处每株一千元以上一万元以下罚款;\n(二)损坏城市绿化树木标牌的,处五十元以上二百元以下罚款。",
            "企业开办1个工作日办结。",
            "推行电子营业执照。",
        ]);
        let answer = ask(&engine, "损坏城市绿化树木一棵罚多少").unwrap();
        assert!(answer.found, "{answer:?}");
        assert!(answer.answer.contains("每株一千元"), "{}", answer.answer);
    }

    #[test]
    fn asked_who_does_a_thing_the_article_about_that_thing_names_the_body() {
        // The first article names a body for a penalty of other acts; the second names the
        // body doing what is asked, in the sentence that says it.
        let (_dir, engine) = engine_of(&[
            "在医院死亡的人遗体处理。有下列行为之一的,由民政部门处以一千元以上二千元以下罚款:擅自经营殡葬业务的。",
            "在医院死亡的人,遗体由殡仪馆统一接运。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "在医院死亡的人遗体由谁负责接运").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("殡仪馆"), "{answer:?}");
    }

    #[test]
    fn a_body_named_for_another_act_in_a_lower_article_does_not_answer_who() {
        // The first article is about the matter asked (欠薪) and names no body; a lower one
        // names a body that approves a rate (报…批准), another act, in a sentence holding less
        // of the question: the answer does not move to that body.
        let (_dir, engine) = engine_of(&[
            "用人单位拒不支付劳动报酬,欠薪时间超过约定期限的,记入企业信用档案,并予以公示。",
            "一级至四级工伤伤残农民工,可选择一次性享受工伤保险待遇。",
            "省辖市劳动保障行政部门应当根据工伤保险费率的规定,确定农民工较为集中行业的费率标准,报同级人民政府批准。",
        ]);
        let answer = ask(&engine, "农民工工资拖欠找谁").unwrap();
        assert_ne!(answer.value.as_deref(), Some("同级人民政府"), "{answer:?}");
    }

    #[test]
    fn asked_who_is_in_charge_the_body_that_heads_the_matter_answers_not_the_one_doing_the_work() {
        // A law puts one body in charge of a matter (主管) and another to do the work (具体
        // 负责): asked who is in charge, the first; asked who does the daily work, the second.
        let (_dir, engine) = engine_of(&[
            "市、县(市、区)水行政主管部门主管本行政区域内节约用水工作。\n市、县(市、区)节约用水管理机构具体负责节约用水管理工作。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "节约用水工作归哪个部门主管").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(
            answer.value.as_deref(),
            Some("市、县(市、区)水行政主管部门"),
            "{answer:?}"
        );
        let answer = ask(&engine, "节约用水管理工作由哪个部门具体负责").unwrap();
        assert!(
            answer
                .value
                .as_deref()
                .is_some_and(|v| v.contains("节约用水管理机构")),
            "{answer:?}"
        );
    }

    #[test]
    fn asked_who_approves_the_body_the_law_has_approve_answers_not_the_one_in_charge() {
        // One article names the body in charge of the matter (负责) and, in its next part, the
        // body whose approval an act needs (须经…批准): asked who approves, the latter.
        let (_dir, engine) = engine_of(&[
            "市民政部门负责本市殡葬管理工作;因特殊情况需延期火化的,须经殡葬管理机构批准。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "延期火化由谁批准").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("殡葬管理机构"), "{answer:?}");
    }

    #[test]
    fn a_government_heading_a_matter_answers_who_leads_it() {
        let (_dir, engine) = engine_of(&[
            "市人民政府统一领导本行政区域内的山体保护工作。\n市、相关县(区)人民政府应当将山体保护工作纳入国民经济和社会发展规划。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "山体保护谁统一领导").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(answer.value.as_deref(), Some("市人民政府"), "{answer:?}");
    }

    #[test]
    fn asked_who_punishes_a_body_ordering_correction_punishes_in_the_parts_that_go_on() {
        // A penalty article has its body order correction and goes on (拒不改正的, 处…罚款)
        // without naming it again: the fine is that body's act, and the article about the act
        // asked answers, not another one whose body fines in its own sentence.
        let (_dir, engine) = engine_of(&[
            "违反本条例规定,在城市建成区内饲养烈性犬的,由公安机关没收犬只,并处五千元以上一万元以下罚款。\n违反本条例规定,携带犬只出户未用束犬链牵领的,由具有城市管理行政执法权的部门责令改正;拒不改正的,处五百元以上一千元以下罚款。",
            "企业开办1个工作日办结。",
        ]);
        let answer = ask(&engine, "携带犬只出户未用束犬链牵领的归哪个部门处罚").unwrap();
        assert!(answer.found, "{answer:?}");
        assert_eq!(
            answer.value.as_deref(),
            Some("具有城市管理行政执法权的部门"),
            "{answer:?}"
        );
    }

    /// A law's articles on one matter, as a search ranks them: the first announces another
    /// list than the one asked.
    fn ranked_articles(order: &[(&str, &str)]) -> Vec<candidates::Candidate> {
        order
            .iter()
            .map(|(number, text)| {
                candidates::blank(crate::search::Hit {
                    measure: Measure {
                        id: (*number).into(),
                        doc_id: "d0150".into(),
                        number: (*number).into(),
                        text: (*text).into(),
                        ..Default::default()
                    },
                    snippet: crate::search::snippet::Snippet {
                        text: String::new(),
                        highlights: Vec::new(),
                    },
                    score: 1.0,
                })
            })
            .collect()
    }

    /// The score `inspect_all` gives each of `articles` (number, section, text) for `question`,
    /// all ranked alike by the searches.
    fn inspected(question: &str, articles: &[(&str, &str, &str)]) -> Vec<(String, f32)> {
        let (_dir, engine) = engine_of(&articles.iter().map(|a| a.2).collect::<Vec<_>>());
        let analysis = analyze(question, engine.region_aliases());
        let terms = Terms::of(
            &engine,
            &analysis.words,
            &analysis.markers,
            engine.measure_count(),
        );
        let mut candidates: Vec<candidates::Candidate> = ranked_articles(
            &articles
                .iter()
                .map(|(number, _, text)| (*number, *text))
                .collect::<Vec<_>>(),
        );
        for (candidate, (_, section, _)) in candidates.iter_mut().zip(articles) {
            candidate.hit.measure.section = (*section).into();
            candidate.fused = 1.0;
        }
        inspect_all(&engine, &mut candidates, &analysis, &terms, None).unwrap();
        candidates
            .into_iter()
            .map(|c| (c.hit.measure.number, c.score))
            .collect()
    }

    #[test]
    fn a_penalty_article_yields_to_the_duty_unless_a_sanction_is_asked() {
        // 「郑州家人在医院去世后，遗体由谁负责运走」: the 法律责任 article restates the duty's
        // words (医院, 遗体, 运走) beside the fine and the body that fines, and covers the
        // question as well as the article stating who carries the body.
        let articles = [
            (
                "第十一条",
                "第三章火葬管理",
                "在医院死亡的人,遗体由殡仪馆统一接运,不得私自运走。",
            ),
            (
                "第二十九条",
                "第六章法律责任",
                "医院擅自允许遗体被私自运走的,由民政部门处以一千元以上二千元以下罚款。",
            ),
        ];
        let scores = inspected("家人在医院去世后,遗体由谁负责运走", &articles);
        assert!(scores[0].1 > scores[1].1, "{scores:?}");
        // The same words score less in the 法律责任 chapter than elsewhere, asked who …
        let penalty = articles[1].2;
        let both = [
            ("第二十九条", "第六章法律责任", penalty),
            ("第十二条", "第三章火葬管理", penalty),
        ];
        let who = inspected("家人在医院去世后,遗体由谁负责运走", &both);
        assert!(who[0].1 < who[1].1 - 1e-3, "{who:?}");
        // … but not asked about the sanction, nor asked how to do something.
        let asked = inspected("医院让人私自运走遗体,会被罚多少", &both);
        assert!((asked[0].1 - asked[1].1).abs() < 1e-3, "{asked:?}");
        let howto = inspected("家人在医院去世后,遗体怎么运走", &both);
        assert!((howto[0].1 - howto[1].1).abs() < 1e-3, "{howto:?}");
    }

    #[test]
    fn the_article_announcing_the_list_asked_answers_first() {
        let forbids = (
            "第二十八条",
            "禁止下列扰乱院前医疗急救秩序的行为:\n(一)冒用急救标识;\n(二)谎报呼救信息。",
        );
        let grants = (
            "第四十三条",
            "急救车辆执行院前医疗急救任务,享有下列权利:\n(一)使用公交专用车道;\n(二)免交停车费。",
        );
        let plain = ("第十条", "急救车辆应当按规定使用警报器。");
        let ids = |c: &[candidates::Candidate]| {
            c.iter()
                .map(|c| c.hit.measure.id.clone())
                .collect::<Vec<_>>()
        };
        let mut listed = ranked_articles(&[forbids, plain, grants]);
        assert_eq!(
            announced_list_first(&mut listed, "救护车出任务时享有哪些权利"),
            Some(2)
        );
        assert_eq!(ids(&listed), ["第四十三条", "第二十八条", "第十条"]);
        // Asked what is forbidden, the list of acts forbidden stays first.
        let mut listed = ranked_articles(&[forbids, grants]);
        announced_list_first(&mut listed, "救护车有哪些行为是禁止的");
        assert_eq!(ids(&listed), ["第二十八条", "第四十三条"]);
        // A question naming no kind of thing moves nothing; nor does another document's list.
        let mut listed = ranked_articles(&[forbids, grants]);
        announced_list_first(&mut listed, "救护车有哪些规定");
        assert_eq!(ids(&listed), ["第二十八条", "第四十三条"]);
        let mut listed = ranked_articles(&[forbids, grants]);
        listed[1].hit.measure.doc_id = "d0151".into();
        announced_list_first(&mut listed, "救护车出任务时享有哪些权利");
        assert_eq!(ids(&listed), ["第二十八条", "第四十三条"]);
    }
}
