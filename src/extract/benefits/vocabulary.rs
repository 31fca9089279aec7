//! The benefit vocabulary, as data: beneficiaries (`data/beneficiaries.toml`), benefit types
//! (`data/benefit_types.toml`) and how figures are written (`data/benefit_amounts.toml`),
//! compiled into the binary and checked once.
//! Each file's schema lives in a module named after it ([`beneficiary_file`], [`type_file`],
//! [`amount_file`]); [`lexicon`] finds words in a text.

mod amount_file;
mod beneficiary_file;
mod gate;
mod lexicon;
mod type_file;

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::data;

use amount_file::AmountFile;
pub use amount_file::{Figures, Unit, UnitKind};
use beneficiary_file::BeneficiaryFile;
pub use beneficiary_file::{Citizens, Exceptions, Label, Recipients, SectorNames};
pub use gate::{GrantWords, Held};
pub use lexicon::{
    contains_any, ends_with_any, starts_with, starts_with_any, within_any, Lexicon, SpanChars,
    WordSets, Words,
};
use type_file::TypeFile;
pub use type_file::{BenefitType, Blockers, Compound, SpeedUp};

const BENEFICIARIES: &str = data::BENEFICIARIES.text;
const BENEFIT_TYPES: &str = data::BENEFIT_TYPES.text;
const AMOUNTS: &str = data::BENEFIT_AMOUNTS.text;

/// The vocabulary compiled into the binary.
pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::parse(BENEFICIARIES, BENEFIT_TYPES, AMOUNTS)
        .unwrap_or_else(|err| panic!("invalid benefit vocabulary: {err}"))
});

/// Everything the benefit extractor knows, checked and indexed.
#[derive(Debug)]
pub struct Vocabulary {
    /// Beneficiary labels, in file order.
    pub labels: Vec<Label>,
    /// What may follow an alias in a body's name.
    pub not_before: Words,
    /// A general word after one of these names a group of its own (大型企业).
    pub general_not_after: Words,
    /// A general word after one of these (该企业) names the group named before it.
    pub anaphora: Words,
    /// Those of `anaphora` that refer back to a class an earlier provision of the article
    /// delimits (本条所述企业, 前款规定的企业): the labels named before, else no label.
    pub class_anaphora: Words,
    /// A general word after 「的」 whose clause before it holds one of these (从事…的企业)
    /// names enterprises by their business: a group of its own.
    pub sector_relative: Words,
    /// Stages of a product's chain (生产环节): a clause naming one is for that sector.
    pub sector_stages: Words,
    /// Enterprises named by their line of business (房地产开发企业): a group of its own.
    pub sector_names: SectorNames,
    /// What closes an enumeration of fields (等领域): a labelled matter among its items
    /// (企业开办) is a field where something applies, no group granted to.
    pub fields: Words,
    /// What opens such an enumeration as the place where something applies (在…等领域).
    pub field_openers: Words,
    /// Matters only enterprises have (办税, 报装): a grant naming no group is theirs.
    pub enterprise_matters: Words,
    /// What after a group in a document's title or a heading names it as the subject of the
    /// text (促进中小企业发展条例, 中小企业促进法): words of `not_before` there do not make it a
    /// body's or a fund's name.
    pub document_subject: Words,
    /// Words of a document's title that address it to enterprises (营商环境, 惠企, 涉企): each
    /// of its measures speaks of enterprises, whether or not its own text names them.
    pub business_documents: Words,
    /// Words of a document's title that make it the law of one trade or industry (人工智能产业
    /// 促进条例, 道路运输条例): the enterprises its measures speak of are that trade's operators,
    /// a group by sector that is no label, not 所有企业.
    pub trade_documents: Words,
    /// Who a grant goes to and who an obligation binds.
    pub recipients: Recipients,
    /// Exceptions (除…外): carved out of a grant, neither a grant nor a party.
    pub exceptions: Exceptions,
    /// Words for private citizens.
    pub citizens: Words,
    /// General words that name persons as well as firms.
    pub ambiguous: Words,
    /// Services residents and firms both use: beside one, citizen words do not make a measure
    /// one for citizens only.
    pub shared: Words,
    /// Words for the public as users of a service: not persons beside a shared service.
    pub public: Words,
    /// Bodies named by the service they perform for applicants (登记机构, 检验机构): a citizen
    /// word (机构) inside one names who serves, not who is served.
    pub providers: Words,
    /// Benefit types, in file order.
    pub types: Vec<BenefitType>,
    /// Verb + noun grants.
    pub compounds: Vec<Compound>,
    /// The compounds' verbs, list `i` those of `compounds[i]`, looked for in one pass.
    pub compound_verbs: WordSets,
    /// The labels' `implied_by` words, list `i` those of `labels[i]`, looked for in one pass.
    pub implied_words: WordSets,
    /// Lead lines of a list that grant each of its items (提供下列服务,不得收费:): `verbs` the
    /// words of the grant, `nouns` the words naming the list.
    pub leads: Vec<Compound>,
    /// Indices of procedural types.
    pub procedural: Vec<usize>,
    /// Indices of rights that a procedural clause only speeds up.
    pub rights: Vec<usize>,
    /// Words that keep a trigger from granting.
    pub blockers: Blockers,
    /// The blockers each sentence is searched for, looked for in one pass: list `i` answers
    /// as bit `1 << i` of [`WordSets::lists_in`] (see the `SENTENCE_*` constants).
    pub sentence_blockers: WordSets,
    /// Units.
    pub units: Vec<Unit>,
    /// The units' `written_before` words, list `i` those of `units[i]`: a place where none
    /// starts holds no figure whose unit is written before its number (asked at every
    /// character of every clause).
    pub units_written_before: WordSets,
    /// Words around figures.
    pub figures: Figures,
    /// alias → indices into `labels`.
    pub aliases: Lexicon<Vec<usize>>,
    /// trigger → index into `types`.
    pub triggers: Lexicon<usize>,
    /// written unit → index into `units`.
    pub written_units: Lexicon<usize>,
    /// The words without which a measure grants nothing (triggers, the pairs of compounds and
    /// leads, words of giving), gathered from the lists above: a measure holding none of them,
    /// nor a figure whose unit grants by itself, is read no further.
    pub grant_words: GrantWords,
}

/// Bit of [`Vocabulary::sentence_blockers`]' answer: the sentence holds a word of
/// `blockers.recipient`.
pub const SENTENCE_RECIPIENT: u64 = 1;
/// The sentence holds a word of `blockers.sentence`.
pub const SENTENCE_SENTENCE: u64 = 1 << 1;
/// The sentence holds a word of `blockers.withdrawn`.
pub const SENTENCE_WITHDRAWN: u64 = 1 << 2;
/// The sentence holds a word of `blockers.penalties`.
pub const SENTENCE_PENALTIES: u64 = 1 << 3;

impl Vocabulary {
    /// Parses the three files; an error names the file and what is wrong.
    pub fn parse(beneficiaries: &str, types: &str, amounts: &str) -> Result<Self, String> {
        let b: BeneficiaryFile =
            toml::from_str(beneficiaries).map_err(|e| format!("data/beneficiaries.toml: {e}"))?;
        let t: TypeFile =
            toml::from_str(types).map_err(|e| format!("data/benefit_types.toml: {e}"))?;
        let a: AmountFile =
            toml::from_str(amounts).map_err(|e| format!("data/benefit_amounts.toml: {e}"))?;
        let names: Vec<&str> = b.label.iter().map(|l| l.name.as_str()).collect();
        for label in &b.label {
            if let Some(unknown) = label.broader.iter().find(|n| !names.contains(&n.as_str())) {
                return Err(format!(
                    "data/beneficiaries.toml: label `{}` names an unknown broader label `{unknown}`",
                    label.name
                ));
            }
        }
        let type_names: Vec<&str> = t.types.iter().map(|t| t.name.as_str()).collect();
        // each verb + noun pair names its type: resolved to the type's index
        let resolve = |pairs: &[Compound], table: &str| -> Result<Vec<Compound>, String> {
            let mut out = pairs.to_vec();
            for c in &mut out {
                c.type_index = type_names
                    .iter()
                    .position(|n| *n == c.type_name)
                    .ok_or_else(|| {
                        format!(
                            "data/benefit_types.toml: [[{table}]] names an unknown type `{}`",
                            c.type_name
                        )
                    })?;
            }
            Ok(out)
        };
        let compounds = resolve(&t.compound, "compound")?;
        let leads = resolve(&t.lead, "lead")?;
        let indices = |names: &[String], what: &str| -> Result<Vec<usize>, String> {
            names
                .iter()
                .map(|n| {
                    type_names.iter().position(|t| t == n).ok_or_else(|| {
                        format!("data/benefit_types.toml: [speed_up] {what} names an unknown type `{n}`")
                    })
                })
                .collect()
        };
        let procedural = indices(&t.speed_up.procedural, "procedural")?;
        let rights = indices(&t.speed_up.rights, "rights")?;
        for unit in &a.unit {
            if let Some(implied) = &unit.implies {
                if !type_names.contains(&implied.as_str()) {
                    return Err(format!(
                        "data/benefit_amounts.toml: unit `{}` implies an unknown type `{implied}`",
                        unit.unit
                    ));
                }
            }
        }
        for (kind, listed) in &a.figures.kinds {
            if let Some(unknown) = listed.iter().find(|n| !type_names.contains(&n.as_str())) {
                return Err(format!(
                    "data/benefit_amounts.toml: [figures.kinds] `{kind}` names an unknown benefit type `{unknown}`"
                ));
            }
        }
        let given = &a.figures.given_type;
        if !given.is_empty() && !type_names.contains(&given.as_str()) {
            return Err(format!(
                "data/benefit_amounts.toml: [figures] given_type names an unknown benefit type `{given}`"
            ));
        }
        let mut aliases: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, label) in b.label.iter().enumerate() {
            for alias in label.aliases.iter().chain([&label.name]) {
                let entry = aliases.entry(alias.clone()).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
            }
        }
        let mut types = t.types;
        for p in &t.phrase {
            let ty = types
                .iter_mut()
                .find(|ty| ty.name == p.type_name)
                .ok_or_else(|| {
                    format!(
                        "data/benefit_types.toml: [[phrase]] names an unknown type `{}`",
                        p.type_name
                    )
                })?;
            for head in &p.heads {
                ty.triggers
                    .extend(p.tails.iter().map(|tail| format!("{head}{tail}")));
            }
            if !p.not_after.is_empty() {
                let mut not_in: Vec<String> = ty.not_in.to_vec();
                for before in &p.not_after {
                    for head in &p.heads {
                        not_in.extend(p.tails.iter().map(|tail| format!("{before}{head}{tail}")));
                    }
                }
                ty.not_in = not_in.into();
            }
        }
        let t = TypeFile { types, ..t };
        let mut triggers = HashMap::new();
        for (i, ty) in t.types.iter().enumerate() {
            for word in &ty.triggers {
                if let Some(other) = triggers.insert(word.clone(), i) {
                    if other != i {
                        return Err(format!(
                            "data/benefit_types.toml: trigger `{word}` listed under both `{}` and `{}`",
                            t.types[other].name, ty.name
                        ));
                    }
                }
            }
        }
        let mut written = HashMap::new();
        for (i, unit) in a.unit.iter().enumerate() {
            for w in &unit.written {
                written.insert(w.clone(), i);
            }
        }
        let sentence_blockers = WordSets::new([
            &t.blockers.recipient,
            &t.blockers.sentence,
            &t.blockers.withdrawn,
            &t.blockers.penalties,
        ]);
        let alone = Words::from(
            t.types
                .iter()
                .flat_map(|ty| ty.triggers.iter().cloned())
                .collect::<Vec<_>>(),
        );
        let grant_words = GrantWords::new(
            &alone,
            &a.figures.given,
            compounds.iter().chain(&leads).map(|c| (&c.verbs, &c.nouns)),
        );
        Ok(Vocabulary {
            grant_words,
            sentence_blockers,
            units_written_before: WordSets::new(a.unit.iter().map(|u| &u.written_before)),
            compound_verbs: WordSets::new(compounds.iter().map(|c| &c.verbs)),
            implied_words: WordSets::new(b.label.iter().map(|l| &l.implied_by)),
            aliases: Lexicon::new(aliases),
            triggers: Lexicon::new(triggers),
            written_units: Lexicon::new(written),
            labels: b.label,
            not_before: b.not_before,
            general_not_after: b.general_not_after,
            anaphora: b.anaphora,
            class_anaphora: b.class_anaphora,
            sector_relative: b.sector_relative,
            sector_stages: b.sector_stages,
            sector_names: b.sector_names,
            fields: b.fields,
            field_openers: b.field_openers,
            enterprise_matters: b.enterprise_matters,
            document_subject: b.document_subject,
            business_documents: b.business_documents,
            trade_documents: b.trade_documents,
            recipients: b.recipients,
            exceptions: b.exceptions,
            ambiguous: b.citizens.ambiguous,
            shared: b.citizens.shared,
            public: b.citizens.public,
            providers: b.citizens.providers,
            citizens: b.citizens.words,
            types: t.types,
            compounds,
            leads,
            procedural,
            rights,
            blockers: Blockers {
                // the bodies a request (请…) may name: the central bodies, and the data's own
                asked: Words::from(
                    t.blockers
                        .asked
                        .iter()
                        .cloned()
                        .chain(crate::data::CENTRAL_BODIES.entries().map(str::to_owned))
                        .collect::<Vec<_>>(),
                ),
                ..t.blockers
            },
            units: a.unit,
            figures: a.figures,
        })
    }

    /// The index of a beneficiary label.
    pub fn label(&self, name: &str) -> Option<&Label> {
        self.labels.iter().find(|l| l.name == name)
    }

    /// Canonical beneficiary labels, in file order.
    pub fn label_names(&self) -> impl Iterator<Item = &str> {
        self.labels.iter().map(|l| l.name.as_str())
    }

    /// Canonical benefit types (hidden ones left out), in file order.
    pub fn type_names(&self) -> impl Iterator<Item = &str> {
        self.types
            .iter()
            .filter(|t| !t.hidden)
            .map(|t| t.name.as_str())
    }

    /// The index of the beneficiary label named `name`.
    pub fn label_index(&self, name: &str) -> Option<usize> {
        self.labels.iter().position(|l| l.name == name)
    }

    /// The index of the benefit type named `name`.
    pub fn type_index(&self, name: &str) -> Option<usize> {
        self.types.iter().position(|t| t.name == name)
    }

    /// The label itself and every label it is narrower than (小微企业 → 中小企业, 所有企业).
    pub fn with_broader(&self, name: &str) -> Vec<String> {
        let mut out = vec![name.to_owned()];
        let mut i = 0;
        while i < out.len() {
            if let Some(label) = self.label(&out[i]) {
                for b in &label.broader {
                    if !out.contains(b) {
                        out.push(b.clone());
                    }
                }
            }
            i += 1;
        }
        out
    }
}

#[cfg(test)]
#[path = "vocabulary_tests.rs"]
mod tests;
