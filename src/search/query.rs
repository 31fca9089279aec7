//! Query building: an [`Analysis`] → a tantivy query built from terms (never tantivy's QueryParser, which makes phrase queries of unspaced Chinese):
//! term queries weighted by field, bigram phrases for whole words and adjacent word pairs
//! (recall for words jieba splits differently, and a proximity boost), and facet filters.

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption};
use tantivy::Term;

use crate::index::analyzer::bigrams;
use crate::index::schema::Fields;
use crate::index::write::region_facet;
use crate::search::analysis::{part_weight, Analysis};

/// Field weights: title above text above units and headings.
pub const TITLE_BOOST: f32 = 2.0;
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

fn term_query(field: Field, word: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, word),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> (Occur, Box<dyn Query>) {
    (Occur::Should, Box::new(BoostQuery::new(query, boost)))
}

/// A query matching `text` as a contiguous substring through the bigram field.
pub fn bigram_phrase(fields: &Fields, text: &str) -> Option<Box<dyn Query>> {
    let grams = bigrams(text);
    match grams.len() {
        0 => None,
        1 => Some(term_query(fields.bigram, &grams[0].text)),
        _ => {
            let terms = grams
                .iter()
                .map(|g| (g.position, Term::from_field_text(fields.bigram, &g.text)))
                .collect();
            Some(Box::new(PhraseQuery::new_with_offset(terms)))
        }
    }
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

/// Filters (scoring 0) that every match must pass.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Region path (the place and those inside it).
    pub region: Option<String>,
    /// Canonical domain.
    pub domain: Option<String>,
    /// Lead unit.
    pub lead_unit: Option<String>,
    /// Year.
    pub year: Option<i32>,
    /// Beneficiary label.
    pub beneficiary: Option<String>,
    /// Benefit type.
    pub benefit_type: Option<String>,
}

/// Combines the scoring query with filters; all documents when there is neither.
pub fn full_query(
    fields: &Fields,
    scoring: Option<Box<dyn Query>>,
    filters: &Filters,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if let Some(region) = &filters.region {
        clauses.push((
            Occur::Must,
            facet_query(fields.region, region_facet(region)),
        ));
    }
    if let Some(domain) = &filters.domain {
        clauses.push((
            Occur::Must,
            facet_query(fields.domain, Facet::from_path([domain.trim()])),
        ));
    }
    if let Some(unit) = &filters.lead_unit {
        clauses.push((
            Occur::Must,
            facet_query(fields.lead_unit, Facet::from_path([unit.trim()])),
        ));
    }
    for (field, label) in [
        (fields.beneficiary, &filters.beneficiary),
        (fields.benefit_type, &filters.benefit_type),
    ] {
        if let Some(label) = label {
            clauses.push((
                Occur::Must,
                facet_query(field, Facet::from_path([label.trim()])),
            ));
        }
    }
    if let Some(year) = filters.year {
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(
                Term::from_field_i64(fields.year, year as i64),
                IndexRecordOption::Basic,
            )),
        ));
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = clauses
        .into_iter()
        .map(|(occur, q)| {
            (
                occur,
                Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>,
            )
        })
        .collect();
    match (scoring, clauses.is_empty()) {
        (None, true) => Box::new(AllQuery),
        (Some(q), true) => q,
        (None, false) => Box::new(BooleanQuery::new(clauses)),
        (Some(q), false) => {
            let mut all = clauses;
            all.push((Occur::Must, q));
            Box::new(BooleanQuery::new(all))
        }
    }
}
