//! A sanction asked, the penalty article reached through the rule it cites. A regulation's
//! 法律责任 chapter names the act it punishes only by its article (「违反本条例第五十一条第一款
//! 规定的,由消防救援机构责令立即改正;…对个人处五百元以上一千元以下罚款」): a question about that
//! act's sanction (「有人把电动车推进电梯，罚多少」) shares its words with the rule (article
//! 五十一), not with the article that answers. The rule is found by its words, and the penalty
//! articles of its document that cite it are the answer.
//!
//! Followed at query time, only for a plain search asking about a sanction
//! ([`crate::search::prior::Sanctions::asked`]): the index and the scores of every other search
//! are those without it (cited words indexed with the penalty articles, tried, shifted every
//! word's rarity and length norm, and with them questions that ask no sanction).

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, Term};

use super::SearchEngine;
use crate::extract::crossref::{article_of, references};
use crate::search::analysis::Analysis;
use crate::search::prior::{NO_SANCTION, SANCTIONS};
use crate::search::query;
use crate::search::request::Filters;
use crate::{Measure, Result};

/// The best reranked measures whose citing penalty articles are looked for: the rule a
/// question is about ranks among the first, and each one followed may put a penalty article
/// above what the words found, so few.
pub const FOLLOWED: usize = 3;

/// Measures of one document holding an article's number looked at, at most (a regulation
/// cites an article from a few penalty articles; the bound keeps the work small whatever the
/// document).
const CITING: usize = 32;

impl SearchEngine {
    /// For a search asking about a sanction: adds to `scored` (reranked, best first; the
    /// records read in `records`) the penalty articles citing one of its [`FOLLOWED`] first
    /// measures that is no penalty article itself, passing the search's `filters` and syntax,
    /// each ranked as the rule it cites would rank were it a penalty article (its score without
    /// [`NO_SANCTION`]), or by its own score when higher; sorts again. A measure already in
    /// `scored` keeps its place when its own score is higher.
    pub(super) fn add_citing(
        &self,
        searcher: &Searcher,
        analysis: &Analysis,
        filters: &Filters,
        scored: &mut Vec<(f32, DocAddress)>,
        records: &mut Vec<(DocAddress, String)>,
    ) -> Result<()> {
        if !SANCTIONS.asked(&analysis.folded) {
            return Ok(());
        }
        let fields = &self.inner.fields;
        let rules: Vec<(f32, DocAddress)> = scored.iter().take(FOLLOWED).copied().collect();
        let mut reached: Vec<(f32, DocAddress, String)> = Vec::new();
        for (score, address) in rules {
            let Some((_, record)) = records.iter().find(|(a, _)| *a == address) else {
                continue;
            };
            let rule: Measure = serde_json::from_str(record)?;
            if SANCTIONS.is_penalty(&rule) {
                continue;
            }
            let Some(article) = article_of(&rule.number) else {
                continue;
            };
            let Some(holding) = query::contains_query(fields, article) else {
                continue;
            };
            let document: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(fields.doc_id, &rule.doc_id),
                IndexRecordOption::Basic,
            ));
            let allowed = query::full_query(fields, None, None, filters, analysis, None);
            let citing = BooleanQuery::new(vec![
                (Occur::Must, document),
                (Occur::Must, holding),
                (Occur::Must, allowed),
            ]);
            self.check_deadline()?;
            for (_, at) in
                searcher.search(&citing, &TopDocs::with_limit(CITING).order_by_score())?
            {
                if at == address {
                    continue;
                }
                let record = self.record(searcher, at)?;
                let penalty: Measure = serde_json::from_str(&record)?;
                let cites = references(&penalty.text)
                    .iter()
                    .any(|r| r.article == article);
                if !cites || !SANCTIONS.is_penalty(&penalty) {
                    continue;
                }
                let through = score / NO_SANCTION;
                match reached.iter_mut().find(|(_, a, _)| *a == at) {
                    Some(found) => found.0 = found.0.max(through),
                    None => reached.push((through, at, record)),
                }
            }
        }
        for (through, at, record) in reached {
            match scored.iter_mut().find(|(_, a)| *a == at) {
                Some(own) => own.0 = own.0.max(through),
                None => {
                    scored.push((through, at));
                    records.push((at, record));
                }
            }
        }
        // Stable: equal scores keep their order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::search::engine::testing::{filtered, measure, q};
    use crate::search::engine::SearchEngine;
    use crate::search::SearchQuery;
    use crate::Measure;

    /// A regulation: the rule (第十二条), the penalty article citing it only by number, and
    /// articles about other things (so that the words have a rarity).
    fn regulation() -> (tempfile::TempDir, SearchEngine) {
        let article = |id: &str, number: &str, section: &str, domain: &str, text: &str| Measure {
            number: number.into(),
            section: section.into(),
            title: None,
            lead_units: Vec::new(),
            ..measure(id, "tiaoli", "广东省/清远市", domain, "", text)
        };
        let measures = vec![
            article(
                "tiaoli-0",
                "第十二条",
                "第三章 安全",
                "安全",
                "禁止携带电动自行车及其电池进入电梯轿厢。",
            ),
            article(
                "tiaoli-1",
                "第三十条",
                "第五章 法律责任",
                "其他",
                "违反本条例第十二条规定的,由消防救援机构责令改正,对个人处五百元以上一千元以下罚款。",
            ),
            article(
                "tiaoli-2",
                "第二条",
                "第一章 总则",
                "其他",
                "物业服务企业应当公开收费标准。",
            ),
            article(
                "tiaoli-3",
                "第三条",
                "第一章 总则",
                "其他",
                "业主大会由全体业主组成。",
            ),
        ];
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        crate::index::write(&measures, &index_dir).unwrap();
        let engine = SearchEngine::open(&index_dir).unwrap();
        (dir, engine)
    }

    fn ranked(engine: &SearchEngine, query: &SearchQuery) -> Vec<String> {
        let results = engine.search(query).unwrap();
        results.hits.into_iter().map(|h| h.measure.id).collect()
    }

    #[test]
    fn a_sanction_asked_finds_the_penalty_article_through_the_rule_it_cites() {
        let (_dir, engine) = regulation();
        // The penalty article shares none of the question's words but 罚; the rule does.
        let asked = "有人把电动自行车推进电梯轿厢，罚多少钱";
        assert_eq!(ranked(&engine, &q(asked)), ["tiaoli-1", "tiaoli-0"]);
        // Asked whether it is allowed, the rule alone, as before.
        assert_eq!(
            ranked(&engine, &q("电动自行车能推进电梯轿厢吗")),
            ["tiaoli-0"]
        );
        // A penalty article the filters keep out is not reached either.
        let only_rules = filtered(asked, |f| f.domain = vec!["安全".into()]);
        assert_eq!(ranked(&engine, &only_rules), ["tiaoli-0"]);
    }
}
