//! Stage 4: a query → ranked measures with facets and snippets ([`engine`]).
//! Next stage: [`crate::ask`].

pub mod analysis;
pub mod benefits;
pub mod bounded;
pub mod concept;
pub mod engine;
pub mod facets;
pub mod form;
pub mod lazy_union;
pub mod listed;
pub mod matching;
pub mod partial;
pub mod prior;
pub mod query;
pub mod rank;
pub mod reading;
pub mod request;
pub mod similar;
pub mod skeleton;
pub mod snippet;
pub mod syntax;
pub mod terms;
pub mod vocabulary;

pub use engine::SearchEngine;
pub use request::{
    SearchQuery, SearchQueryBuilder, Sort, DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS,
};
pub use snippet::Snippet;

use serde::Serialize;

use crate::search::request::FacetKind;
use crate::{Document, Measure};

/// One page of results, with facet counts over all matches.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    /// Number of matching measures.
    pub total: usize,
    /// The requested page.
    pub hits: Vec<Hit>,
    /// Counts over all matches.
    pub facets: Facets,
    /// The filter values no measure of the index carries, named so a page or a client can
    /// say why a search finds less (or nothing); the other values still filter.
    pub unknown: Vec<UnknownFilter>,
}

/// A filter value no measure carries (a misspelt region, a unit written otherwise, a year
/// with no document). JSON: `{"param": "region", "value": "火星", "message": …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownFilter {
    /// The facet, serialised as its URL parameter.
    #[serde(rename = "param")]
    pub kind: FacetKind,
    /// The value as given.
    pub value: String,
    /// What the search page says about it.
    pub message: String,
}

impl UnknownFilter {
    /// The value `value` of `kind`, with its message.
    pub fn new(kind: FacetKind, value: String) -> UnknownFilter {
        let message = format!(
            "收录的措施中没有{}为「{value}」的(可能写法不同,或不在收录范围内)。",
            kind.label()
        );
        UnknownFilter {
            kind,
            value,
            message,
        }
    }
}

/// One matching measure, with what a result line shows: the measure whole, the passage cut
/// for the query and the score. Its JSON carries the bounded `snippet`, not the full `text`
/// (that is on `/api/measures/{id}`: a hit list stays small whatever the measures' length),
/// and `highlights`: `[start, end]` pairs of character offsets into `snippet` (JS-friendly);
/// of the measure, the fields a result line shows.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The measure, as the index stores it.
    pub measure: Measure,
    /// The best passage, highlighted.
    pub snippet: Snippet,
    /// Relevance score (0 when sorted by date).
    pub score: f32,
}

impl Serialize for Hit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let m = &self.measure;
        let mut s = serializer.serialize_struct("Hit", 15)?;
        s.serialize_field("id", &m.id)?;
        s.serialize_field("title", &m.title)?;
        s.serialize_field("snippet", &self.snippet)?;
        s.serialize_field("highlights", &self.snippet.char_highlights())?;
        s.serialize_field("region", &m.region)?;
        s.serialize_field("domain", &m.domain)?;
        s.serialize_field("lead_units", &m.lead_units)?;
        s.serialize_field("deadlines", &m.deadlines)?;
        s.serialize_field("doc_id", &m.doc_id)?;
        s.serialize_field("doc_title", &m.doc_title)?;
        s.serialize_field("doc_number", &m.doc_number)?;
        s.serialize_field("source", &m.source)?;
        s.serialize_field("date", &m.date)?;
        s.serialize_field("score", &self.score)?;
        // a law's general or final provisions say so (`Measure::part`); an operative
        // measure's hit carries no such field
        match &m.part {
            Some(part) => s.serialize_field("part", part)?,
            None => s.skip_field("part")?,
        }
        s.end()
    }
}

/// Facet counts over all matches of a search.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// Region paths with counts: every level (`山东省`, `山东省/威海市`, …), so a view can draw the tree.
    pub region: Vec<FacetCount>,
    /// Canonical domains.
    pub domain: Vec<FacetCount>,
    /// Lead units.
    pub lead_unit: Vec<FacetCount>,
    /// Years.
    pub year: Vec<FacetCount>,
    /// Beneficiary labels (受益对象).
    pub beneficiary: Vec<FacetCount>,
    /// Benefit types (惠企方式).
    pub benefit_type: Vec<FacetCount>,
}

impl Facets {
    /// The counts of `kind`.
    pub fn of(&self, kind: FacetKind) -> &Vec<FacetCount> {
        match kind {
            FacetKind::Region => &self.region,
            FacetKind::Domain => &self.domain,
            FacetKind::LeadUnit => &self.lead_unit,
            FacetKind::Year => &self.year,
            FacetKind::Beneficiary => &self.beneficiary,
            FacetKind::BenefitType => &self.benefit_type,
        }
    }

    /// The counts of `kind`, to fill.
    pub fn of_mut(&mut self, kind: FacetKind) -> &mut Vec<FacetCount> {
        match kind {
            FacetKind::Region => &mut self.region,
            FacetKind::Domain => &mut self.domain,
            FacetKind::LeadUnit => &mut self.lead_unit,
            FacetKind::Year => &mut self.year,
            FacetKind::Beneficiary => &mut self.beneficiary,
            FacetKind::BenefitType => &mut self.benefit_type,
        }
    }
}

/// One facet value and how many matches carry it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FacetCount {
    /// The value (a region path, a domain, a unit, a year).
    pub value: String,
    /// Matches with that value.
    pub count: u64,
}

/// A document with its measures in order: the document page and `/api/docs/{id}`.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    /// The document's metadata and full text.
    pub document: Document,
    /// Its measures, by `seq`.
    pub measures: Vec<Measure>,
}

impl DocumentView {
    /// How many of its records are operative measures. A regulation's 总则/附则 and a plan's
    /// goals are indexed so that they can be found and quoted (`Measure::part`), but they
    /// grant or assign nothing: a count shown as 「N 条措施」 leaves them out and names them
    /// apart ([`Self::parts`]).
    pub fn operative_count(&self) -> usize {
        self.measures.iter().filter(|m| m.part.is_none()).count()
    }

    /// The parts its other records stand in (总则, 附则, 目标 …), each with its number of
    /// records, in the order they first appear.
    pub fn parts(&self) -> Vec<(&str, usize)> {
        let mut parts: Vec<(&str, usize)> = Vec::new();
        for part in self.measures.iter().filter_map(|m| m.part.as_deref()) {
            match parts.iter_mut().find(|(name, _)| *name == part) {
                Some((_, count)) => *count += 1,
                None => parts.push((part, 1)),
            }
        }
        parts
    }
}

/// What the index holds, for the home page.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Overview {
    /// Measures in the index.
    pub measures: usize,
    /// Documents in the index.
    pub documents: usize,
    /// Measures per domain.
    pub domains: Vec<FacetCount>,
    /// Measures per region (every level of the path).
    pub regions: Vec<FacetCount>,
}
