//! The tantivy schema: one tantivy document per measure. Text fields analysed with jieba
//! (title, text, units, section) and character bigrams (recall fallback); the facets of
//! [`FacetKind`] (region, domain, lead unit, year, beneficiary, benefit type); fast fields for
//! year and date; the whole measure stored as JSON for rendering.

use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    STORED, STRING,
};

use serde::{Deserialize, Serialize};
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::{Searcher, Term};

use crate::corpus::date::PolicyDate;
use crate::index::analyzer::{BIGRAM, JIEBA};

/// Handles on every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Measure id (raw, stored).
    pub id: Field,
    /// Document id (raw, stored).
    pub doc_id: Field,
    /// The whole [`crate::Measure`] as JSON (stored only).
    pub record: Field,
    /// The measure's own title (jieba).
    pub title: Field,
    /// The measure's text (jieba).
    pub text: Field,
    /// Lead and responsible units (jieba).
    pub units: Field,
    /// Section headings and the document title (jieba).
    pub section: Field,
    /// Title and text as character bigrams.
    pub bigram: Field,
    /// Region path as a facet (`/山东省/威海市`).
    pub region: Field,
    /// Canonical domain as a facet (`/开办企业`).
    pub domain: Field,
    /// Each lead unit as a facet, one per body and place (`/行政审批服务局@山东省/威海市`:
    /// [`crate::extract::units::LeadUnit::key`]).
    pub lead_unit: Field,
    /// Year of the document as a facet (`/2020`), for counts.
    pub year_facet: Field,
    /// Each beneficiary label as a facet (`/小微企业`).
    pub beneficiary: Field,
    /// Each benefit type as a facet (`/补贴奖励`).
    pub benefit_type: Field,
    /// Year of the document (fast, indexed; 0 when unknown).
    pub year: Field,
    /// Document date as `YYYYMMDD` (fast; missing parts are 0), for sorting by date.
    pub date: Field,
    /// What kind of record it is, raw: [`OPERATIVE`] for a measure, else the part it stands in
    /// (总则, 附则, 目标 …: [`crate::Measure::part`]). Indexed so that a count of measures
    /// (the home page, `/healthz`) is one term's document frequency, not a read of every
    /// stored record.
    pub part: Field,
}

/// The `part` term of an operative measure (a record with no [`crate::Measure::part`]).
pub const OPERATIVE: &str = "措施";

/// The `part` term of a record: [`OPERATIVE`] or the name of the part it stands in.
pub fn part_term(part: Option<&str>) -> &str {
    part.unwrap_or(OPERATIVE)
}

/// The query matching the operative measures: what 「N 条措施」 counts.
pub fn operative_query(fields: &Fields) -> TermQuery {
    TermQuery::new(
        Term::from_field_text(fields.part, OPERATIVE),
        IndexRecordOption::Basic,
    )
}

/// How many operative measures `searcher` holds (deleted documents left out, which a term's
/// document frequency would count until a merge).
pub fn count_operative(searcher: &Searcher, fields: &Fields) -> tantivy::Result<usize> {
    searcher.search(&operative_query(fields), &Count)
}

/// A facet field of the schema: what a search is filtered by (several values of one facet:
/// any of them) and counted on. The one list of facets: the schema's fields, the counts, the
/// URL parameters, the command-line options, the sidebar and the JSON `facets` all follow
/// [`FacetKind::ALL`] in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FacetKind {
    /// 地区: a region path, matching the places inside it too.
    Region,
    /// 领域: a canonical domain.
    Domain,
    /// 受益对象: a label of `data/beneficiaries.toml`.
    Beneficiary,
    /// 惠企方式: a label of `data/benefit_types.toml`.
    BenefitType,
    /// 牵头单位: a lead unit with its region (`市场监管局@山东省/威海市`), or a unit alone
    /// (any region): see [`crate::extract::units`].
    LeadUnit,
    /// 年份: the year of the document.
    Year,
}

impl FacetKind {
    /// Every facet, in the sidebar's order.
    pub const ALL: [FacetKind; 6] = [
        FacetKind::Region,
        FacetKind::Domain,
        FacetKind::Beneficiary,
        FacetKind::BenefitType,
        FacetKind::LeadUnit,
        FacetKind::Year,
    ];

    /// The name of its facet field in the schema.
    pub const fn field_name(self) -> &'static str {
        match self {
            FacetKind::Region => "region",
            FacetKind::Domain => "domain",
            FacetKind::LeadUnit => "lead_unit",
            // `year` is the numeric field (range and sort); the facet counts.
            FacetKind::Year => "year_facet",
            FacetKind::Beneficiary => "beneficiary",
            FacetKind::BenefitType => "benefit_type",
        }
    }

    /// What it is called on the pages and in messages.
    pub const fn label(self) -> &'static str {
        match self {
            FacetKind::Region => "地区",
            FacetKind::Domain => "领域",
            FacetKind::Beneficiary => "受益对象",
            FacetKind::BenefitType => "惠企方式",
            FacetKind::LeadUnit => "牵头单位",
            FacetKind::Year => "年份",
        }
    }

    /// The name of its URL parameter, command-line option and key in the JSON `facets` (its
    /// serde name too).
    pub const fn param(self) -> &'static str {
        match self {
            FacetKind::Year => "year",
            other => other.field_name(),
        }
    }
}

impl Fields {
    /// The facet field of `kind`.
    pub fn facet(&self, kind: FacetKind) -> Field {
        match kind {
            FacetKind::Region => self.region,
            FacetKind::Domain => self.domain,
            FacetKind::LeadUnit => self.lead_unit,
            FacetKind::Year => self.year_facet,
            FacetKind::Beneficiary => self.beneficiary,
            FacetKind::BenefitType => self.benefit_type,
        }
    }
}

/// A text field analysed by `tokenizer`, recording `record` per term and measure.
fn text_options(tokenizer: &str, record: IndexRecordOption) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

/// What the jieba fields record: frequencies, no positions. A search asks them only for
/// words (term queries scored by BM25 from frequencies and field lengths); every phrase —
/// a quoted phrase, a form no word holds, a word's bigrams — is a phrase of the bigram field
/// (`search::terms::bigram_phrase`), the one field whose positions are read. Positions of
/// the jieba fields were recorded and serialised at every build and never read (a build of
/// 5 MB: segment serialisation 952 → 824 M instructions, the index 17 → 15 MB).
pub const WORD_RECORD: IndexRecordOption = IndexRecordOption::WithFreqs;

/// What the bigram field records: frequencies and positions, which its phrases need.
pub const BIGRAM_RECORD: IndexRecordOption = IndexRecordOption::WithFreqsAndPositions;

/// Builds the schema and its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        doc_id: builder.add_text_field("doc_id", STRING | STORED),
        record: builder.add_text_field("record", STORED),
        title: builder.add_text_field("title", text_options(JIEBA, WORD_RECORD)),
        text: builder.add_text_field("text", text_options(JIEBA, WORD_RECORD)),
        units: builder.add_text_field("units", text_options(JIEBA, WORD_RECORD)),
        section: builder.add_text_field("section", text_options(JIEBA, WORD_RECORD)),
        bigram: builder.add_text_field("bigram", text_options(BIGRAM, BIGRAM_RECORD)),
        region: builder.add_facet_field(FacetKind::Region.field_name(), FacetOptions::default()),
        domain: builder.add_facet_field(FacetKind::Domain.field_name(), FacetOptions::default()),
        lead_unit: builder
            .add_facet_field(FacetKind::LeadUnit.field_name(), FacetOptions::default()),
        year_facet: builder.add_facet_field(FacetKind::Year.field_name(), FacetOptions::default()),
        beneficiary: builder
            .add_facet_field(FacetKind::Beneficiary.field_name(), FacetOptions::default()),
        benefit_type: builder
            .add_facet_field(FacetKind::BenefitType.field_name(), FacetOptions::default()),
        year: builder.add_i64_field("year", NumericOptions::default().set_indexed().set_fast()),
        date: builder.add_u64_field("date", NumericOptions::default().set_fast()),
        part: builder.add_text_field("part", STRING),
    };
    (builder.build(), fields)
}

/// Field handles of an existing index's schema, if it has every field we need.
pub fn fields_of(schema: &Schema) -> Option<Fields> {
    let f = |name: &str| schema.get_field(name).ok();
    Some(Fields {
        id: f("id")?,
        doc_id: f("doc_id")?,
        record: f("record")?,
        title: f("title")?,
        text: f("text")?,
        units: f("units")?,
        section: f("section")?,
        bigram: f("bigram")?,
        region: f(FacetKind::Region.field_name())?,
        domain: f(FacetKind::Domain.field_name())?,
        lead_unit: f(FacetKind::LeadUnit.field_name())?,
        year_facet: f(FacetKind::Year.field_name())?,
        beneficiary: f(FacetKind::Beneficiary.field_name())?,
        benefit_type: f(FacetKind::BenefitType.field_name())?,
        year: f("year")?,
        date: f("date")?,
        part: f("part")?,
    })
}

/// The year of a date string (`2020-07-24`, `2020-07`, `2020`), if it reads as a date.
pub fn year_of(date: Option<&str>) -> Option<i32> {
    PolicyDate::parse(date?).map(|d| d.year() as i32)
}

/// `YYYYMMDD` of a date string, missing parts as 0 ([`PolicyDate::key`]); 0 when there is no
/// date or it cannot be read. Dates are normalised at ingest (`YYYY-MM-DD`, `YYYY-MM`,
/// `YYYY`); others (`20200724`, `2020年7月24日`) are read the same way.
pub fn date_key(date: Option<&str>) -> u64 {
    date.and_then(PolicyDate::parse).map_or(0, PolicyDate::key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_bigram_field_records_positions() {
        let (schema, fields) = build_schema();
        let record = |field: Field| match schema.get_field_entry(field).field_type() {
            tantivy::schema::FieldType::Str(options) => options
                .get_indexing_options()
                .map(|indexing| indexing.index_option()),
            _ => None,
        };
        for field in [fields.title, fields.text, fields.units, fields.section] {
            assert_eq!(record(field), Some(IndexRecordOption::WithFreqs));
        }
        assert_eq!(
            record(fields.bigram),
            Some(IndexRecordOption::WithFreqsAndPositions)
        );
    }

    #[test]
    fn dates_become_sortable_keys() {
        assert_eq!(date_key(Some("2020-07-24")), 20200724);
        assert_eq!(date_key(Some("2020-07")), 20200700);
        assert_eq!(date_key(None), 0);
        assert_eq!(date_key(Some("20200724")), 20200724);
        assert_eq!(date_key(Some("2020年7月24日")), 20200724);
        assert_eq!(date_key(Some("99999999999999999999-1-1")), 0);
        assert_eq!(date_key(Some("2020-13-01")), 0);
        assert_eq!(year_of(Some("2022-01-01")), Some(2022));
        assert_eq!(year_of(Some("n/a")), None);
    }
}
