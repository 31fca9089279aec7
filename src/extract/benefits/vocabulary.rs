//! The benefit vocabulary, as data: beneficiaries (`data/beneficiaries.toml`), benefit types
//! (`data/benefit_types.toml`) and how figures are written (`data/benefit_amounts.toml`),
//! compiled into the binary and checked once. [`Lexicon`] finds the longest entry at each
//! place of a text, in characters.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::data;

const BENEFICIARIES: &str = data::BENEFICIARIES.text;
const BENEFIT_TYPES: &str = data::BENEFIT_TYPES.text;
const AMOUNTS: &str = data::BENEFIT_AMOUNTS.text;

/// The vocabulary compiled into the binary.
pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    Vocabulary::parse(BENEFICIARIES, BENEFIT_TYPES, AMOUNTS)
        .unwrap_or_else(|err| panic!("invalid benefit vocabulary: {err}"))
});

/// One beneficiary label.
#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    /// Canonical label.
    pub name: String,
    /// Words that name the group.
    pub aliases: Vec<String>,
    /// Labels whose measures also serve this group.
    #[serde(default)]
    pub broader: Vec<String>,
    /// 所有企业: given only when no narrower group is named.
    #[serde(default)]
    pub general: bool,
    /// Words of what only this group does (进口, 通关): a grant in a sentence with one of them
    /// and no named group is for this group, not for enterprises in general.
    #[serde(default)]
    pub implied_by: Vec<String>,
    /// What after one of `implied_by` makes it another word (出口端: the exit of a process).
    #[serde(default)]
    pub implied_not_before: Vec<String>,
}

/// One benefit type.
#[derive(Debug, Clone, Deserialize)]
pub struct BenefitType {
    /// Canonical label.
    pub name: String,
    /// Words that grant it.
    pub triggers: Vec<String>,
    /// A benefit that is none of the listed types: names beneficiaries, is not listed.
    #[serde(default)]
    pub hidden: bool,
    /// A trigger followed in its clause by one of these acts on something else than this
    /// type's object (减免保证金 is no tax relief, 不再收取证明 is no free service).
    #[serde(default)]
    pub not_objects: Vec<String>,
    /// Phrases holding a trigger in which it grants nothing (申请退税: a refund of tax overpaid).
    #[serde(default)]
    pub not_in: Vec<String>,
}

/// A verb and a noun in one clause that grant a type (压缩…时间 → 时限压缩).
#[derive(Debug, Clone, Deserialize)]
pub struct Compound {
    /// The type's name.
    #[serde(rename = "type")]
    pub type_name: String,
    /// Verbs of the cut.
    pub verbs: Vec<String>,
    /// Nouns of what is cut.
    pub nouns: Vec<String>,
    /// Index of the type (filled after parsing).
    #[serde(skip)]
    pub type_index: usize,
}

/// Triggers written as a head right before a tail (线上 + 申请 → 线上申请): every pair grants.
#[derive(Debug, Clone, Deserialize)]
struct Phrase {
    #[serde(rename = "type")]
    type_name: String,
    heads: Vec<String>,
    tails: Vec<String>,
}

/// Words that keep a clause or a trigger from granting.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Blockers {
    /// Anywhere in the clause.
    #[serde(default)]
    pub clause: Vec<String>,
    /// Before the trigger in its clause.
    pub before: Vec<String>,
    /// Right after the trigger.
    pub after: Vec<String>,
    /// In the sentence: the grant goes to a government.
    #[serde(default)]
    pub recipient: Vec<String>,
    /// After 「等」 closing an enumeration of grants: the means by which a grant is given
    /// (补贴、贴息等方式), not what the grant is said of.
    #[serde(default)]
    pub means: Vec<String>,
    /// A trigger opening with one of these and followed by a percentage (线上缴税100%) states
    /// the share of matters handled that way: a target, no grant.
    #[serde(default)]
    pub shares: Vec<String>,
}

/// One unit of a figure.
#[derive(Debug, Clone, Deserialize)]
pub struct Unit {
    /// As written after the number.
    pub written: Vec<String>,
    /// As stored.
    pub unit: String,
    /// The unit figures are compared in.
    pub base: String,
    /// Factor from `unit` to `base`.
    pub factor: f64,
    /// money, rate, duration or count.
    pub kind: UnitKind,
    /// Nouns that make a bare counter (个, 项, 件) this unit: 「环节精简至12个」.
    #[serde(default)]
    pub nouns: Vec<String>,
    /// A written unit followed by one of these is not this unit (1万户, 一次性, 年度).
    #[serde(default)]
    pub not_before: Vec<String>,
    /// The type a figure in this unit grants by itself.
    #[serde(default)]
    pub implies: Option<String>,
    /// Only after Arabic digits.
    #[serde(default)]
    pub arabic_only: bool,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitKind {
    /// 元, 万元, 亿元.
    Money,
    /// %, ‰, 折, 个百分点.
    Rate,
    /// 个工作日, 天, 小时, 个月, 年.
    Duration,
    /// 个环节, 份, 次.
    Count,
}

/// Words around figures.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Figures {
    /// Before a figure, kept in its text.
    pub qualifiers: Vec<String>,
    /// After a figure, kept in its text.
    pub suffixes: Vec<String>,
    /// After a figure: it is a threshold, not a benefit.
    pub threshold_after: Vec<String>,
    /// In the clause before a figure: it is a target or a result, not a benefit.
    pub not_benefit: Vec<String>,
    /// Bare counters that take their unit from a noun of the clause.
    #[serde(default)]
    pub counters: Vec<String>,
    /// A numeral in characters after one of these is part of a word (统一, 进一步).
    #[serde(default)]
    pub numeral_not_after: Vec<String>,
    /// After a figure: it is the value before a cut.
    #[serde(default)]
    pub before_cut: Vec<String>,
    /// Suffixes that make a money, duration or count figure a threshold (参保1年以上).
    #[serde(default)]
    pub threshold_suffixes: Vec<String>,
    /// Before a rate: a coverage target, unless the clause grants a hidden benefit.
    #[serde(default)]
    pub target_qualifiers: Vec<String>,
    /// Anywhere in a clause: a statistic, none of its figures is a benefit.
    #[serde(default)]
    pub not_benefit_clause: Vec<String>,
    /// Words of a time counted from a day (之日起): a deadline of government work.
    #[serde(default)]
    pub counted_from: Vec<String>,
    /// Words of an applicant's request reaching the government: a time counted from it is a
    /// service limit.
    #[serde(default)]
    pub request: Vec<String>,
    /// Qualifiers of the value after a cut: `not_benefit` words before them name what is cut.
    #[serde(default)]
    pub cut_qualifiers: Vec<String>,
    /// Qualifiers of a cap: a figure behind one bounds a benefit granted anywhere in the measure.
    #[serde(default)]
    pub cap_qualifiers: Vec<String>,
    /// Types a heading grants whose size the text's limits state (时限压缩).
    #[serde(default)]
    pub heading_cuts: Vec<String>,
    /// After a duration: a limit within which something is done (6个月内).
    #[serde(default)]
    pub within: Vec<String>,
    /// Words of finishing an applicant's matter or of its time (审结, 办理时限).
    #[serde(default)]
    pub limit_words: Vec<String>,
    /// What may follow a bare counter that ends a phrase.
    #[serde(default)]
    pub counter_end: Vec<String>,
    /// Which benefit types a figure of each kind can measure.
    #[serde(default)]
    pub kinds: HashMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct BeneficiaryFile {
    #[serde(default)]
    not_before: Vec<String>,
    #[serde(default)]
    general_not_after: Vec<String>,
    #[serde(default)]
    anaphora: Vec<String>,
    #[serde(default)]
    sector_relative: Vec<String>,
    #[serde(default)]
    sector_stages: Vec<String>,
    #[serde(default)]
    enterprise_matters: Vec<String>,
    label: Vec<Label>,
    #[serde(default)]
    citizens: Citizens,
}

/// Words for private citizens as such (and bodies that are no label).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Citizens {
    /// The words.
    pub words: Vec<String>,
    /// General words that name persons as well as firms (纳税人).
    #[serde(default)]
    pub ambiguous: Vec<String>,
    /// Services residents and firms both use (不动产登记).
    #[serde(default)]
    pub shared: Vec<String>,
    /// Words for the public as users of a service (群众).
    #[serde(default)]
    pub public: Vec<String>,
}

#[derive(Deserialize)]
struct TypeFile {
    #[serde(rename = "type")]
    types: Vec<BenefitType>,
    #[serde(default)]
    compound: Vec<Compound>,
    #[serde(default)]
    phrase: Vec<Phrase>,
    #[serde(default)]
    blockers: Blockers,
    #[serde(default)]
    speed_up: SpeedUp,
}

/// A clause that grants a `procedural` type only speeds up the `rights` it speaks of.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SpeedUp {
    /// Types of procedure (时限压缩, 环节材料减少).
    pub procedural: Vec<String>,
    /// Types of right (减税减免, 补贴奖励, 融资支持).
    pub rights: Vec<String>,
}

#[derive(Deserialize)]
struct AmountFile {
    unit: Vec<Unit>,
    figures: Figures,
}

/// Everything the benefit extractor knows, checked and indexed.
#[derive(Debug)]
pub struct Vocabulary {
    /// Beneficiary labels, in file order.
    pub labels: Vec<Label>,
    /// What may follow an alias in a body's name.
    pub not_before: Vec<String>,
    /// A general word after one of these names a group of its own (大型企业).
    pub general_not_after: Vec<String>,
    /// A general word after one of these (该企业) names the group named before it.
    pub anaphora: Vec<String>,
    /// A general word after 「的」 whose clause before it holds one of these (从事…的企业)
    /// names enterprises by their business: a group of its own.
    pub sector_relative: Vec<String>,
    /// Stages of a product's chain (生产环节): a clause naming one is for that sector.
    pub sector_stages: Vec<String>,
    /// Matters only enterprises have (办税, 报装): a grant naming no group is theirs.
    pub enterprise_matters: Vec<String>,
    /// Words for private citizens.
    pub citizens: Vec<String>,
    /// General words that name persons as well as firms.
    pub ambiguous: Vec<String>,
    /// Services residents and firms both use: beside one, citizen words do not make a measure
    /// one for citizens only.
    pub shared: Vec<String>,
    /// Words for the public as users of a service: not persons beside a shared service.
    pub public: Vec<String>,
    /// Benefit types, in file order.
    pub types: Vec<BenefitType>,
    /// Verb + noun grants.
    pub compounds: Vec<Compound>,
    /// Indices of procedural types.
    pub procedural: Vec<usize>,
    /// Indices of rights that a procedural clause only speeds up.
    pub rights: Vec<usize>,
    /// Words that keep a trigger from granting.
    pub blockers: Blockers,
    /// Units.
    pub units: Vec<Unit>,
    /// Words around figures.
    pub figures: Figures,
    /// alias → indices into `labels`.
    pub aliases: Lexicon<Vec<usize>>,
    /// trigger → index into `types`.
    pub triggers: Lexicon<usize>,
    /// written unit → index into `units`.
    pub written_units: Lexicon<usize>,
}

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
        let mut compounds = t.compound.clone();
        for c in &mut compounds {
            c.type_index = type_names
                .iter()
                .position(|n| *n == c.type_name)
                .ok_or_else(|| {
                    format!(
                        "data/benefit_types.toml: [[compound]] names an unknown type `{}`",
                        c.type_name
                    )
                })?;
        }
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
        Ok(Vocabulary {
            aliases: Lexicon::new(aliases),
            triggers: Lexicon::new(triggers),
            written_units: Lexicon::new(written),
            labels: b.label,
            not_before: b.not_before,
            general_not_after: b.general_not_after,
            anaphora: b.anaphora,
            sector_relative: b.sector_relative,
            sector_stages: b.sector_stages,
            enterprise_matters: b.enterprise_matters,
            ambiguous: b.citizens.ambiguous,
            shared: b.citizens.shared,
            public: b.citizens.public,
            citizens: b.citizens.words,
            types: t.types,
            compounds,
            procedural,
            rights,
            blockers: t.blockers,
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

    /// The index of a benefit type.
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

/// Words with a payload; finds the longest word starting at a character position.
#[derive(Debug)]
pub struct Lexicon<T> {
    /// first character → (word as characters, payload), longest first.
    by_first: HashMap<char, Vec<(Vec<char>, T)>>,
}

impl<T> Lexicon<T> {
    fn new(words: HashMap<String, T>) -> Self {
        let mut by_first: HashMap<char, Vec<(Vec<char>, T)>> = HashMap::new();
        for (word, payload) in words {
            let chars: Vec<char> = word.chars().collect();
            if let Some(&first) = chars.first() {
                by_first.entry(first).or_default().push((chars, payload));
            }
        }
        for list in by_first.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        }
        Lexicon { by_first }
    }

    /// The longest word at `at` in `text`: its length in characters and its payload.
    pub fn longest_at(&self, text: &[char], at: usize) -> Option<(usize, &T)> {
        let list = self.by_first.get(text.get(at)?)?;
        list.iter()
            .find(|(word, _)| text[at..].starts_with(word))
            .map(|(word, payload)| (word.len(), payload))
    }

    /// Every longest, non-overlapping word of `text[from..to]`, left to right: (start, len, payload).
    pub fn scan(&self, text: &[char], from: usize, to: usize) -> Vec<(usize, usize, &T)> {
        let mut out = Vec::new();
        let mut at = from;
        while at < to {
            match self.longest_at(&text[..to], at) {
                Some((len, payload)) => {
                    out.push((at, len, payload));
                    at += len;
                }
                None => at += 1,
            }
        }
        out
    }
}

/// True when `text[at..]` starts with one of `words`.
pub fn starts_with_any(text: &[char], at: usize, words: &[String]) -> bool {
    let rest = &text[at.min(text.len())..];
    words.iter().any(|w| {
        let mut chars = w.chars();
        let mut i = 0;
        loop {
            match chars.next() {
                None => return i > 0,
                Some(c) if rest.get(i) == Some(&c) => i += 1,
                Some(_) => return false,
            }
        }
    })
}

/// True when `text[..at]` ends with one of `words`.
pub fn ends_with_any(text: &[char], at: usize, words: &[String]) -> bool {
    let head = &text[..at.min(text.len())];
    words.iter().any(|w| {
        !w.is_empty()
            && w.chars().rev().enumerate().all(|(back, c)| {
                head.len()
                    .checked_sub(back + 1)
                    .is_some_and(|i| head[i] == c)
            })
    })
}

/// True when one of `words` occurs in `text[from..to]`.
///
/// These tests run for every clause, trigger and figure of the corpus: a word is compared
/// character by character only where its first character stands, with nothing allocated
/// (collecting each word into characters and comparing it at every window showed in a
/// build's profile as allocation and memcmp).
pub fn contains_any(text: &[char], from: usize, to: usize, words: &[String]) -> bool {
    let span = &text[from.min(to)..to.min(text.len())];
    words.iter().any(|w| {
        let mut chars = w.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        let rest = chars.as_str();
        span.iter().enumerate().any(|(i, &c)| {
            c == first && {
                let after = &span[i + 1..];
                rest.chars()
                    .enumerate()
                    .all(|(j, c)| after.get(j) == Some(&c))
            }
        })
    })
}

#[cfg(test)]
#[path = "vocabulary_tests.rs"]
mod tests;
