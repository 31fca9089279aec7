//! A measure as the indexing thread reads it: its field values with the text fields already
//! analysed, handed to tantivy as they are. tantivy's own [`tantivy::TantivyDocument`] keeps a
//! pre-tokenized text as JSON (written when the value is added, parsed again on the indexing
//! thread), which was a fifth of a build's time; this document gives tantivy the tokens
//! directly, and tantivy indexes and stores the same terms, positions and stored values.

use std::iter::Empty;

use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::schema::{Facet, Field};
use tantivy::tokenizer::PreTokenizedString;

/// One value of a field, in the kinds our schema uses.
#[derive(Debug, Clone)]
pub enum FieldValue {
    /// A raw or stored-only text (id, doc_id, record).
    Text(String),
    /// A text with its tokens from our analyzers (title, text, units, section, bigram).
    Analysed(PreTokenizedString),
    /// A facet (region, domain, lead unit, year, beneficiary, benefit type).
    Facet(Facet),
    /// A signed number (year).
    I64(i64),
    /// An unsigned number (date key).
    U64(u64),
}

/// The field values of one measure, in the order they were added (the order tantivy stores
/// them in, as it would for a `TantivyDocument`).
#[derive(Debug, Clone, Default)]
pub struct AnalysedMeasure {
    values: Vec<(Field, FieldValue)>,
}

impl AnalysedMeasure {
    /// Adds a text indexed by the field's own tokenizer or only stored.
    pub fn add_text(&mut self, field: Field, text: impl Into<String>) {
        self.values.push((field, FieldValue::Text(text.into())));
    }

    /// Adds a text with its tokens.
    pub fn add_analysed(&mut self, field: Field, text: PreTokenizedString) {
        self.values.push((field, FieldValue::Analysed(text)));
    }

    /// Adds a facet.
    pub fn add_facet(&mut self, field: Field, facet: Facet) {
        self.values.push((field, FieldValue::Facet(facet)));
    }

    /// Adds a signed number.
    pub fn add_i64(&mut self, field: Field, value: i64) {
        self.values.push((field, FieldValue::I64(value)));
    }

    /// Adds an unsigned number.
    pub fn add_u64(&mut self, field: Field, value: u64) {
        self.values.push((field, FieldValue::U64(value)));
    }
}

impl<'a> Value<'a> for &'a FieldValue {
    type ArrayIter = Empty<Self>;
    type ObjectIter = Empty<(&'a str, Self)>;

    fn as_value(&self) -> ReferenceValue<'a, Self> {
        let value: &'a FieldValue = self;
        ReferenceValue::Leaf(match value {
            FieldValue::Text(text) => ReferenceValueLeaf::Str(text),
            // tantivy takes a pre-tokenized text by value (it consumes the tokens): a copy,
            // far cheaper than the JSON a `TantivyDocument` goes through.
            FieldValue::Analysed(text) => ReferenceValueLeaf::PreTokStr(Box::new(text.clone())),
            FieldValue::Facet(facet) => ReferenceValueLeaf::Facet(facet.encoded_str()),
            FieldValue::I64(n) => ReferenceValueLeaf::I64(*n),
            FieldValue::U64(n) => ReferenceValueLeaf::U64(*n),
        })
    }
}

/// Iterates the field values of an [`AnalysedMeasure`].
pub struct FieldValues<'a>(std::slice::Iter<'a, (Field, FieldValue)>);

impl<'a> Iterator for FieldValues<'a> {
    type Item = (Field, &'a FieldValue);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(field, value)| (*field, value))
    }
}

impl Document for AnalysedMeasure {
    type Value<'a> = &'a FieldValue;
    type FieldsValuesIter<'a> = FieldValues<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        FieldValues(self.values.iter())
    }
}
