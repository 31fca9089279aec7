//! What a question asks for, read the same way by search and by Q&A: the kinds of answer
//! ([`Kind`]), the ways of asking that mark them ([`cues`]), and the patterns of the values
//! each kind wants ([`values`]), all from `data/question_kinds.toml` ([`rules`]).
//!
//! Below both: search uses it for its kind prior (a who-question prefers measures that name a
//! lead unit), Q&A for its question analysis and its answers. It imports neither.

pub mod classifier;
pub mod cues;
pub mod kind;
pub(crate) mod rules;
pub mod values;

pub use classifier::without_verbal_classifier;
pub use cues::{
    asked_bounds, asked_count_noun, asked_counts, asked_kind, asked_time_unit, is_counted_party,
    is_filler, looks_like_question, Counting, Cues,
};
pub use kind::Kind;
