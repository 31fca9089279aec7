//! The words without which a measure grants nothing, gathered from the vocabulary's own lists
//! when it is loaded: a measure holding none of them is read no further.
//!
//! Most measures of a plan or a regulation grant nothing (a duty, a target, a body's own work):
//! in the development corpus seven in ten. Each of their clauses was read for groups, persons,
//! implied labels, figures and blockers, to find nothing; a measure with no grant word skips
//! all of it (on a generated corpus, a third of the measures and a fifth of the reader's
//! instructions).
//! A grant enters the reading in only these ways, each needing words of `data/`:
//! - a trigger of a type (every `triggers` word and every [[phrase]] pair);
//! - a [[compound]]: one of its verbs and one of its nouns;
//! - an item of a list whose [[lead]] line holds one of its verbs and one of its nouns;
//! - a figure: one whose unit grants by itself (`implies`: 3个工作日) — found by the reader's
//!   own figure pass, not by words —, or a sum after a word of giving (`given`: 给予…万元).
//!
//! Every list is read from the vocabulary as loaded, so a word added to the data files passes
//! the gate with no change here; a new way of granting, in code, adds its words here (the test
//! over `corpus/` compares every measure read with and without the gate).

use super::lexicon::{WordSets, Words};

/// The grant words of the vocabulary, looked for in one pass over a measure.
#[derive(Debug, Clone, Default)]
pub struct GrantWords {
    /// List 0: the words that grant alone (triggers, [[phrase]] pairs); list 1 the words of
    /// giving (`given`); then, for each pair `p` (compounds, then leads), list `2 + 2p` its verbs
    /// and list `3 + 2p` its nouns.
    sets: WordSets,
    /// How many pairs.
    pairs: usize,
}

/// What [`GrantWords::in_text`] finds in a measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// A word that grants alone, or a verb and a noun of one pair.
    Grant,
    /// None of those, but a word of giving: a sum after it in its clause is a grant.
    Giving,
    /// No word of a grant.
    Nothing,
}

impl GrantWords {
    /// The words granting alone, the words of giving, and the (verbs, nouns) pairs that grant
    /// together.
    pub fn new<'a>(
        alone: &'a Words,
        giving: &'a Words,
        pairs: impl IntoIterator<Item = (&'a Words, &'a Words)>,
    ) -> Self {
        let pairs: Vec<(&Words, &Words)> = pairs.into_iter().collect();
        let lists = [alone, giving]
            .into_iter()
            .chain(pairs.iter().flat_map(|&(v, n)| [v, n]));
        GrantWords {
            sets: WordSets::new(lists),
            pairs: pairs.len(),
        }
    }

    /// Whether `text` holds a word that grants alone or a verb and a noun of one pair
    /// (anywhere: the reader asks for them within a clause or a sentence, which this
    /// over-approximates), else a word of giving, else nothing.
    pub fn in_text(&self, text: &[char]) -> Held {
        let mut found = vec![false; 2 + 2 * self.pairs];
        for at in 0..text.len() {
            self.sets.at(text, at, |list| found[list] = true);
            if found[0] {
                return Held::Grant;
            }
        }
        if (0..self.pairs).any(|p| found[2 + 2 * p] && found[3 + 2 * p]) {
            Held::Grant
        } else if found[1] {
            Held::Giving
        } else {
            Held::Nothing
        }
    }
}
