//! The tantivy schema: one tantivy document per measure. Text fields analysed with jieba
//! (title, text, units, section) and character bigrams (recall fallback); facets for region,
//! domain, lead unit, year, beneficiary and benefit type; fast fields for year and date; the whole measure stored
//! as JSON for rendering.

use tantivy::schema::{
    FacetOptions, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    STORED, STRING,
};

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
    /// Each lead unit as a facet (`/市行政审批服务局`).
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
}

/// Field names, so the reader can check an index was built by us.
pub const FIELD_NAMES: [&str; 16] = [
    "id",
    "doc_id",
    "record",
    "title",
    "text",
    "units",
    "section",
    "bigram",
    "region",
    "domain",
    "lead_unit",
    "year_facet",
    "beneficiary",
    "benefit_type",
    "year",
    "date",
];

fn text_options(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// Builds the schema and its field handles.
pub fn build_schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        doc_id: builder.add_text_field("doc_id", STRING | STORED),
        record: builder.add_text_field("record", STORED),
        title: builder.add_text_field("title", text_options(JIEBA)),
        text: builder.add_text_field("text", text_options(JIEBA)),
        units: builder.add_text_field("units", text_options(JIEBA)),
        section: builder.add_text_field("section", text_options(JIEBA)),
        bigram: builder.add_text_field("bigram", text_options(BIGRAM)),
        region: builder.add_facet_field("region", FacetOptions::default()),
        domain: builder.add_facet_field("domain", FacetOptions::default()),
        lead_unit: builder.add_facet_field("lead_unit", FacetOptions::default()),
        year_facet: builder.add_facet_field("year_facet", FacetOptions::default()),
        beneficiary: builder.add_facet_field("beneficiary", FacetOptions::default()),
        benefit_type: builder.add_facet_field("benefit_type", FacetOptions::default()),
        year: builder.add_i64_field("year", NumericOptions::default().set_indexed().set_fast()),
        date: builder.add_u64_field("date", NumericOptions::default().set_fast()),
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
        region: f("region")?,
        domain: f("domain")?,
        lead_unit: f("lead_unit")?,
        year_facet: f("year_facet")?,
        beneficiary: f("beneficiary")?,
        benefit_type: f("benefit_type")?,
        year: f("year")?,
        date: f("date")?,
    })
}

/// The year of a date string (`2020-07-24`, `2020-07`, `2020`), if it starts with one.
pub fn year_of(date: Option<&str>) -> Option<i32> {
    let date = date?;
    let year: i32 = date.get(..4)?.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

/// `YYYYMMDD` of a date string, missing parts as 0; 0 when there is no date or it cannot be
/// read. Dates are normalised at ingest (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`); others (`20200724`,
/// `2020年7月24日`) are read through the same normalisation. A part longer than 4 digits is
/// refused (no overflow).
pub fn date_key(date: Option<&str>) -> u64 {
    let Some(date) = date else { return 0 };
    let normal = crate::corpus::date::normalize_date(date);
    let date = normal.as_deref().unwrap_or(date);
    let mut parts = date.split(['-', '/', '.']);
    let mut key = 0u64;
    for scale in [10_000u64, 100, 1] {
        let value = parts
            .next()
            .map(str::trim)
            .filter(|p| p.len() <= 4)
            .and_then(|p| p.parse::<u64>().ok())
            .unwrap_or(0);
        key = match value.checked_mul(scale).and_then(|v| key.checked_add(v)) {
            Some(key) => key,
            None => return 0,
        };
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_sortable_keys() {
        assert_eq!(date_key(Some("2020-07-24")), 20200724);
        assert_eq!(date_key(Some("2020-07")), 20200700);
        assert_eq!(date_key(None), 0);
        assert_eq!(date_key(Some("20200724")), 20200724);
        assert_eq!(date_key(Some("2020年7月24日")), 20200724);
        assert_eq!(date_key(Some("99999999999999999999-1-1")), 101);
        assert_eq!(date_key(Some("1844674407370955-99-99")), 9999);
        assert_eq!(year_of(Some("2022-01-01")), Some(2022));
        assert_eq!(year_of(Some("n/a")), None);
    }
}
