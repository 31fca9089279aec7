//! A concept of the query ([`Concept`]): what both the match filter
//! ([`crate::search::matching`]) and the coverage rerank ([`crate::search::rank`]) read, in a
//! module below both so that neither imports the other for it.

/// One concept of the query: a word and the strings that count as finding it.
#[derive(Debug, Clone)]
pub struct Concept {
    /// The word (folded).
    pub word: String,
    /// Strings whose presence counts (the word, and synonyms of a phrase it is part of).
    pub forms: Vec<String>,
    /// idf weight.
    pub weight: f32,
}
