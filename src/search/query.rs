//! Query building: an [`Analysis`] → a tantivy query built from terms (never tantivy's QueryParser, which makes phrase queries of unspaced Chinese):
//! term queries weighted by field, bigram phrases for whole words and adjacent word pairs
//! (recall for words jieba splits differently, and a proximity boost); the filters (several
//! values of a facet: any of them; the facets and the date range: all) and the query's syntax
//! (phrases that must match, exclusions that must not), none of which score.

use std::ops::Bound;
use std::sync::Arc;

use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::Term;

use crate::index::schema::{self, Fields};
use crate::index::write::region_facet;
use crate::search::analysis::{part_weight, Analysis};
use crate::search::bounded::Bar;
use crate::search::lazy_union::LazyUnion;
use crate::search::matching::ConceptQuery;
use crate::search::request::{FacetKind, Filters, Month};
use crate::search::skeleton::{unscored_union, Boosted};
use crate::search::terms::{bigram_phrase, term_query};

/// Field weights: title as the text, above units and headings. A measure's text opens with its
/// title (「压缩登记时间。在分类实行…」: the extract keeps the heading as the first sentence), so a
/// title word is already counted in the text; a boost above the text's would count it three times
/// and let a common word of the title (企业开办, 知识产权保护) outweigh the rarer word of the
/// question that only the body of another measure holds (反担保, 核查办法).
pub const TITLE_BOOST: f32 = 1.0;
/// Weight of the measure text.
pub const TEXT_BOOST: f32 = 1.0;
/// Weight of the unit names.
pub const UNITS_BOOST: f32 = 0.6;
/// Weight of section headings and the document title.
pub const SECTION_BOOST: f32 = 0.5;
/// Weight of a synonym's words relative to the user's own.
pub const SYNONYM_WEIGHT: f32 = 0.7;
/// Weight of a whole chunk matched as a phrase of bigrams.
pub const PHRASE_BOOST: f32 = 0.5;
/// Weight of two adjacent query words found adjacent in the text.
pub const PAIR_BOOST: f32 = 0.5;

fn boosted(query: Box<dyn Query>, boost: f32) -> (Occur, Box<dyn Query>) {
    (Occur::Should, Box::new(Boosted::new(query, boost)))
}

/// The scoring part of a query: words by field, phrases, synonyms (a region named without
/// other words: everything in it).
/// `None` when the analysis is empty.
pub fn scoring_query(fields: &Fields, analysis: &Analysis) -> Option<Box<dyn Query>> {
    let field_weights = [
        (fields.title, TITLE_BOOST),
        (fields.text, TEXT_BOOST),
        (fields.units, UNITS_BOOST),
        (fields.section, SECTION_BOOST),
    ];
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for (words, weight) in [
        (&analysis.words, 1.0),
        (&analysis.expansion_words, SYNONYM_WEIGHT),
    ] {
        for word in words {
            let weight = weight * part_weight(word, words);
            for (field, boost) in field_weights {
                clauses.push(boosted(term_query(field, word), boost * weight));
            }
        }
    }
    for chunk in &analysis.chunks {
        let joined: String = chunk.concat();
        if joined.chars().count() >= 2 {
            if let Some(q) = bigram_phrase(fields, &joined) {
                clauses.push(boosted(q, PHRASE_BOOST));
            }
        }
        if chunk.len() > 2 {
            for pair in chunk.windows(2) {
                if let Some(q) = bigram_phrase(fields, &pair.concat()) {
                    clauses.push(boosted(q, PAIR_BOOST));
                }
            }
        }
    }
    for expansion in &analysis.expansions {
        if let Some(q) = bigram_phrase(fields, expansion) {
            clauses.push(boosted(q, PHRASE_BOOST * SYNONYM_WEIGHT));
        }
    }
    if clauses.is_empty() && analysis.regions.is_empty() {
        return None;
    }
    let text_query: Box<dyn Query> = if clauses.is_empty() {
        // Only a region was named: everything in it.
        let regions = analysis
            .regions
            .iter()
            .map(|r| facet_query(fields.region, region_facet(r)) as Box<dyn Query>)
            .collect();
        return Some(Box::new(BooleanQuery::union(regions)));
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    // Regions named alongside words favour their measures through `rank::region_tweak`.
    Some(text_query)
}

/// A query matching documents carrying `facet` (or a facet below it).
pub fn facet_query(field: Field, facet: Facet) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_facet(field, &facet),
        IndexRecordOption::Basic,
    ))
}

/// A query matching measures whose title or text holds `text` (folded) as written: its
/// character bigrams in a row, or, for a single character (which the bigram field only holds
/// alone), the word in the title or text.
pub fn contains_query(fields: &Fields, text: &str) -> Option<Box<dyn Query>> {
    if text.chars().filter(|c| c.is_alphanumeric()).count() >= 2 {
        return bigram_phrase(fields, text);
    }
    let word = text.trim();
    (!word.is_empty()).then(|| {
        Box::new(BooleanQuery::union(vec![
            term_query(fields.title, word),
            term_query(fields.text, word),
        ])) as Box<dyn Query>
    })
}

/// One of `queries` (OR); `None` when there is none.
fn any_of(mut queries: Vec<Box<dyn Query>>) -> Option<Box<dyn Query>> {
    match queries.len() {
        0 => None,
        1 => queries.pop(),
        _ => Some(Box::new(BooleanQuery::union(queries))),
    }
}

/// The document dated within `from` ..= `to` (months), through the `date` fast field
/// (`YYYYMMDD`, missing parts 0): from the first day of `from` to the last of `to`. A date
/// known only to the month is in that month; one known only to the year (`2021` → 20210000,
/// also a document with a year and no date: `index/write.rs`) counts as its January, as it
/// sorts in the date order. Undated documents (0) are outside every range.
fn date_range(fields: &Fields, from: Option<Month>, to: Option<Month>) -> Option<Box<dyn Query>> {
    if from.is_none() && to.is_none() {
        return None;
    }
    let lower = from.map_or(1, |month| match month.month {
        1 => month.year as u64 * 10_000,
        _ => month.key(),
    });
    let upper = to.map_or(u64::MAX, |month| month.key() + 99);
    Some(Box::new(RangeQuery::new(
        Bound::Included(Term::from_field_u64(fields.date, lower)),
        Bound::Included(Term::from_field_u64(fields.date, upper)),
    )))
}

/// The filter clauses of `filters` (region values already resolved to paths, lead units to
/// facet values): for each facet with values, one of them (OR), every facet and the date
/// range together (AND).
fn filter_clauses(fields: &Fields, filters: &Filters) -> Vec<Box<dyn Query>> {
    let values = |kind: FacetKind| -> Vec<Box<dyn Query>> {
        match kind {
            FacetKind::Region => filters
                .region
                .iter()
                .map(|r| facet_query(fields.region, region_facet(r)))
                .collect(),
            FacetKind::Year => filters
                .year
                .iter()
                .map(|&year| {
                    Box::new(TermQuery::new(
                        Term::from_field_i64(fields.year, year as i64),
                        IndexRecordOption::Basic,
                    )) as Box<dyn Query>
                })
                .collect(),
            _ => filters
                .values(kind)
                .iter()
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(|v| facet_query(fields.facet(kind), Facet::from_path([v])))
                .collect(),
        }
    };
    FacetKind::ALL
        .into_iter()
        .map(|kind| any_of(values(kind)))
        .chain([date_range(fields, filters.from, filters.to)])
        .flatten()
        .collect()
}

/// Combines the scoring query with what counts as a match ([`crate::search::matching`]), the
/// filters and the query's syntax (its phrases must match, its exclusions must not), none of
/// which score; every operative measure when there is only an exclusion or nothing at all.
///
/// `bar`: the bar a relevance search's collector publishes ([`crate::search::bounded`]), read
/// by the scoring union when another clause drives it.
pub fn full_query(
    fields: &Fields,
    scoring: Option<Box<dyn Query>>,
    matching: Option<ConceptQuery>,
    filters: &Filters,
    analysis: &Analysis,
    bar: Option<Arc<Bar>>,
) -> Box<dyn Query> {
    let unscored = |q: Box<dyn Query>| Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>;
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = filter_clauses(fields, filters)
        .into_iter()
        .chain(
            analysis
                .phrases
                .iter()
                .filter_map(|phrase| contains_query(fields, phrase)),
        )
        .map(|q| (Occur::Must, unscored(q)))
        .collect();
    if let Some(matching) = matching {
        clauses.push((Occur::Must, Box::new(matching)));
    }
    let excluded: Vec<(Occur, Box<dyn Query>)> = analysis
        .excluded
        .iter()
        .filter_map(|word| contains_query(fields, word))
        .map(|q| (Occur::MustNot, q))
        .collect();
    match scoring {
        Some(q) if clauses.is_empty() && excluded.is_empty() => return q,
        // Another clause drives: the words and phrases are looked up on its documents only.
        Some(q) if !clauses.is_empty() => clauses.push((
            Occur::Must,
            match bar {
                Some(bar) => LazyUnion::barred(q, bar),
                None => LazyUnion::of(q),
            },
        )),
        Some(q) => clauses.push((Occur::Must, q)),
        // Nothing to score: a browse of the filters (a region's, a domain's measures), which
        // lists the operative measures the home page counts; a law's 总则/附则 and a plan's
        // goals are found by searching for their words.
        None => clauses.push((
            Occur::Must,
            unscored(Box::new(schema::operative_query(fields))),
        )),
    }
    clauses.extend(excluded);
    Box::new(BooleanQuery::new(clauses))
}

/// [`full_query`] for a pass without scores (the ticked facets' counts): the same documents.
/// When nothing else drives (no match filter, no filter left, no syntax) the scoring union is
/// walked as [`unscored_union`]: a phrase's positions read only for documents holding no word.
pub fn unscored_query(
    fields: &Fields,
    scoring: Option<Box<dyn Query>>,
    matching: Option<ConceptQuery>,
    filters: &Filters,
    analysis: &Analysis,
) -> Box<dyn Query> {
    let alone = matching.is_none()
        && filter_clauses(fields, filters).is_empty()
        && analysis.phrases.is_empty()
        && analysis.excluded.is_empty();
    match scoring {
        Some(scoring) if alone => unscored_union(scoring.as_ref()),
        scoring => full_query(fields, scoring, matching, filters, analysis, None),
    }
}
