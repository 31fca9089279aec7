//! The evidence of one document's region, summed by where it is written ([`super::weight`]),
//! and the choice of the place it points to (or 全国).

use std::collections::HashMap;

use super::cues::{COPIED_TO, CUES, ENACTING, ORGAN_AFTER, ORGAN_LINE};
use super::levels::levels_named;
use super::places::{central_bodies, is_venue, national_citations, places_in, Mode, Place};
use super::{weight, NATIONAL};
use crate::corpus::gazetteer::GAZETTEER;

/// The words every match of [`ENACTING`] holds.
const ENACTING_WORDS: &str = "届人民代表大会";

/// The levels every self-reference and unit name of [`levels_named`] names.
const LEVELS: [char; 4] = ['省', '市', '区', '县'];

/// The evidence gathered for one document.
#[derive(Debug, Default)]
pub(super) struct Tally {
    /// Evidence per place (gazetteer index).
    own: HashMap<usize, f64>,
    /// The part of it from issuer positions (issuer, 文号, title head, signature, the place a
    /// text applies to): a lower place named only in running text never overrides it.
    strong: HashMap<usize, f64>,
    /// Evidence for a central document.
    national: f64,
    /// The part of it from issuer positions.
    national_strong: f64,
    /// True when an issuer position (an addressee line, 本市行政区域) gives a local level.
    level_strong: bool,
    /// Self-references of a 省, 市, 区, 县 (the level a text speaks for).
    level: [f64; 4],
    /// Local short forms (经区) that count only where their parent is named too.
    contextual: Vec<(usize, f64)>,
}

impl Tally {
    /// Adds evidence for a central document (from an issuer position when `weight` is one's).
    pub(super) fn add_national(&mut self, weight: f64) {
        self.national += weight;
        if weight >= weight::SIGNATURE {
            self.national_strong += weight;
        }
    }

    /// Reads the title: its issuer position (before 关于, or the place it opens with) weighs
    /// as the issuer's, the rest as a title word.
    pub(super) fn read_title(&mut self, title: &str) {
        let title = CUES.masked.replace_all(title, " ");
        let head_end = match title.find("关于") {
            Some(at) if at > 0 => at,
            _ => GAZETTEER.name_at(&title).map_or(0, |f| f.end()).max(
                central_bodies(&title)
                    .first()
                    .filter(|s| s.0 == 0)
                    .map_or(0, |s| s.1),
            ),
        };
        let (head, rest) = title.split_at(head_end);
        self.read(head, weight::TITLE_ISSUER, Mode::Issuer);
        self.read(rest, weight::TITLE, Mode::Running(None));
    }

    /// Reads the body: addressee and 抄送 lines give levels only; every other line gives its
    /// place names, unit names, central bodies, words of the country and self-references.
    pub(super) fn read_body(&mut self, text: &str) {
        let masked = CUES.masked.replace_all(text, " ");
        let mut seen_bodies: Vec<&str> = Vec::new();
        // an enacting line names its congress (届人民代表大会): a text without those words
        // is not searched for one (the search was a twentieth of region inference)
        let enacting = masked
            .contains(ENACTING_WORDS)
            .then(|| ENACTING.captures_iter(&masked))
            .into_iter()
            .flatten();
        for c in enacting {
            let body = c.name("body").map_or("", |m| m.as_str());
            if seen_bodies.contains(&body) {
                continue;
            }
            seen_bodies.push(body);
            if body.ends_with("全国") {
                self.add_national(weight::SIGNATURE);
            } else {
                self.read(body, weight::SIGNATURE, Mode::Issuer);
            }
        }
        let mut lines: Vec<&str> = Vec::new();
        for (n, (line, raw)) in masked.lines().zip(text.lines()).enumerate() {
            if COPIED_TO.is_match(line) || n < 8 && self.read_addressee(line) {
                continue;
            }
            lines.push(line);
            self.national += weight::UNIT * CUES.national.find_iter(raw).count() as f64
                + weight::BODY * CUES.national_words.find_iter(line).count() as f64
                + weight::BODY * national_citations(line) as f64;
            // both patterns hold a level (省, 市, 区, 县): a line without one has neither
            if !line.contains(LEVELS) {
                continue;
            }
            for level in levels_named(line) {
                let level_str = &line[level.clone()];
                let next = &line[level.start..];
                if CUES
                    .suffix_words
                    .iter()
                    .any(|w| next.starts_with(w.as_str()))
                {
                    continue;
                }
                let within = CUES
                    .jurisdiction_words
                    .iter()
                    .any(|w| line[level.end..].starts_with(w.as_str()));
                let k = "省市区县".chars().position(|l| level_str.starts_with(l));
                if let Some(k) = k {
                    self.level[k] += if within {
                        weight::SIGNATURE
                    } else {
                        weight::UNIT
                    };
                    self.level_strong |= within;
                }
            }
        }
        // the level the text speaks for lets short forms of that level count (本市 … 济南)
        let (k, most) = self
            .level
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .expect("four levels");
        let speaks_for = (*most > 0.0).then_some(k);
        let mut mentions: HashMap<&str, usize> = HashMap::new();
        for line in lines {
            self.read(line, weight::BODY, Mode::Running(speaks_for));
            for (start, end) in central_bodies(line) {
                let n = mentions.entry(&line[start..end]).or_default();
                *n += 1;
                // a body the text acts through is named again and again; one it reports to,
                // once or twice: the first mention weighs as a unit, the others as words
                self.national += if *n == 1 { weight::UNIT } else { weight::BODY };
            }
        }
    }

    /// When `line` is an addressee line (主送机关: 「各省、自治区、直辖市人民政府:」), records the
    /// issuer level it implies and returns true.
    fn read_addressee(&mut self, line: &str) -> bool {
        let Some(list) = line.strip_suffix(':') else {
            return false;
        };
        let parts: Vec<&str> = list.split(['、', ',', ';']).collect();
        let organs = parts
            .iter()
            .filter(|p| p.starts_with('各') || ORGAN_LINE.is_match(p.trim()))
            .count();
        if list.chars().count() > 300 || organs * 2 < parts.len() {
            return false;
        }
        if CUES.national.is_match(list) {
            self.add_national(weight::SIGNATURE);
        } else if let Some(k) = CUES
            .addressees
            .iter()
            .position(|words| words.iter().any(|w| list.contains(w.as_str())))
        {
            // a province's readers are cities (市), a city's are districts and counties
            self.level_strong = true;
            match k {
                0 => self.level[0] += weight::SIGNATURE,
                1 => self.level[1] += weight::SIGNATURE,
                _ => {
                    self.level[2] += weight::SIGNATURE;
                    self.level[3] += weight::SIGNATURE;
                }
            }
        }
        true
    }

    /// Adds the places and central bodies named in `text`, each with `weight` (a place with an
    /// organ after it in running text weighs as a unit name).
    pub(super) fn read(&mut self, text: &str, weight: f64, mode: Mode) {
        if mode == Mode::Issuer && !central_bodies(text).is_empty() {
            self.add_national(weight);
        }
        for Place {
            found: f,
            at_parent,
            needs_parent,
        } in places_in(text, mode)
        {
            if needs_parent {
                self.contextual
                    .extend(f.entry.places.iter().map(|&p| (p, weight)));
                continue;
            }
            let after = &text[f.end()..];
            let running_body = matches!(mode, Mode::Running(_)) && weight == self::weight::BODY;
            if running_body && is_venue(&text[..f.at], after) {
                continue;
            }
            let w = if running_body
                && CUES
                    .jurisdiction_words
                    .iter()
                    .any(|j| after.starts_with(j.as_str()))
            {
                self::weight::SIGNATURE
            } else if running_body && ORGAN_AFTER.is_match(after) {
                self::weight::UNIT
            } else {
                weight
            };
            let mut add = |p: usize, v: f64| {
                *self.own.entry(p).or_default() += v;
                if w >= self::weight::SIGNATURE {
                    *self.strong.entry(p).or_default() += v;
                }
            };
            match at_parent {
                // 杭州市西湖区: the parent only qualifies the child, which is the place meant
                Some((parent, child)) if !f.entry.alias => {
                    add(parent, -w);
                    add(child, w);
                }
                Some((_, child)) => add(child, w),
                None => {
                    let share = w / f.entry.places.len() as f64;
                    for &p in &f.entry.places {
                        add(p, share);
                    }
                }
            }
        }
    }

    /// The region the evidence points to.
    pub(super) fn choose(mut self) -> Option<String> {
        let g = &*GAZETTEER;
        for (p, w) in std::mem::take(&mut self.contextual) {
            let parent_named = g.places[p]
                .parent
                .is_some_and(|q| self.own.get(&q).is_some_and(|&v| v > 0.0));
            if parent_named {
                *self.own.entry(p).or_default() += w;
            }
        }
        self.own.retain(|_, v| *v > 0.0);
        // self-references speak for the place of that kind the text names most
        let mut unplaced = 0.0;
        for (k, w) in self.level.iter().enumerate() {
            if *w == 0.0 {
                continue;
            }
            let of_kind = |p: usize| {
                let name = &g.places[p].name;
                match k {
                    0 => name.ends_with('省'),
                    1 => name.ends_with('市'),
                    2 => name.ends_with('区'),
                    _ => name.ends_with('县') || name.ends_with('旗'),
                }
            };
            let best = self
                .own
                .iter()
                .filter(|(&p, _)| of_kind(p))
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(&p, _)| p);
            match best {
                Some(p) => *self.own.entry(p).or_default() += w,
                None => unplaced += w,
            }
        }
        let sum_up = |own: &HashMap<usize, f64>| {
            let mut sums = own.clone();
            for (&p, &v) in own {
                let mut at = g.places[p].parent;
                while let Some(q) = at {
                    *sums.entry(q).or_default() += v;
                    at = g.places[q].parent;
                }
            }
            sums
        };
        self.strong.retain(|_, v| *v > 0.0);
        let subtree = sum_up(&self.own);
        let strong = sum_up(&self.strong);
        let best_of = |candidates: &mut dyn Iterator<Item = usize>| {
            candidates.max_by(|&a, &b| {
                subtree[&a]
                    .total_cmp(&subtree[&b])
                    .then(g.places[b].code.cmp(&g.places[a].code))
            })
        };
        let top = best_of(
            &mut subtree
                .keys()
                .copied()
                .filter(|&p| g.places[p].parent.is_none()),
        );
        let local = top.map_or(0.0, |p| subtree[&p]) + unplaced;
        // an issuer position outweighs any count of mentions: only when both sides (or
        // neither) have one do the sums decide
        let national_strong = self.national_strong > 0.0;
        let local_strong = !strong.is_empty() || self.level_strong;
        let national = match (national_strong, local_strong) {
            (true, false) => true,
            (false, true) => false,
            _ => self.national > 0.0 && self.national >= local,
        };
        if national {
            return Some(NATIONAL.to_owned());
        }
        let mut node = top?;
        loop {
            // an issuer position names this place: only another issuer position goes lower
            let issuer_backed = self.strong.contains_key(&node);
            let child = best_of(&mut subtree.keys().copied().filter(|&c| {
                g.places[c].parent == Some(node) && (!issuer_backed || strong.contains_key(&c))
            }));
            match child {
                Some(c) if subtree[&c] > self.own.get(&node).copied().unwrap_or(0.0) => node = c,
                _ => break,
            }
        }
        Some(g.places[node].path.clone())
    }
}
