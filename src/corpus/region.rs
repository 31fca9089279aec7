//! The region a document comes from, read from weighted evidence when no metadata states it.
//!
//! Chinese official documents say who issued them in a few fixed places, and those places
//! weigh most: the stated issuer and the 文号 (its 机关代字), then the title (「发文机关关于
//! 事由的文种」, or 「北京市…条例」 for a regulation), then the signature block and the
//! 人大 enacting line (「XX市第X届人民代表大会常务委员会第X次会议通过」), then unit names in the
//! body (青岛市行政审批服务局, 工业和信息化部, 省发展改革委), then place names anywhere else. A
//! place name counts only as a whole name: with its suffix (威海市), or as a short form (威海)
//! where the position makes it a place (opening an issuer or a title, right after its parent);
//! ordinary words that contain a name (中华人民共和国, 合作市场) are masked first
//! (`data/place-words.toml`). Central bodies (`data/central-bodies.txt`) and central 文号
//! prefixes (`data/central-docnumber-prefixes.txt`) speak for `全国`, and so do the national
//! subordinates a central text addresses (各省、自治区、直辖市, `data/scope-words.toml`);
//! self-references (本市, 全省, 省发展改革委) tell the level of a local issuer. Addressee and
//! 抄送 lines name the readers, not the issuer: their places are not evidence.
//!
//! The region is then the place with the most evidence, descending from a province to a city
//! or county only while the lower place has more evidence of its own than the one above it
//! (a city regulation that mentions a county stays the city's). `全国` wins when the national
//! evidence outweighs every local one. No evidence → no region, never a guess.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::gazetteer::{Found, GAZETTEER};
use super::lists::alternation;
use crate::data;

/// The region of central documents.
pub const NATIONAL: &str = "全国";

/// How much one piece of evidence weighs, by where it is written.
mod weight {
    /// The issuer stated by the corpus (a metadata file, a JSON Lines field, an info line).
    pub const ISSUER: f64 = 100.0;
    /// The document's own 文号.
    pub const DOC_NUMBER: f64 = 80.0;
    /// The issuer position of the title: before 关于, or the place a regulation's title opens with.
    pub const TITLE_ISSUER: f64 = 40.0;
    /// A signature line, a 人大 enacting line, the level an addressee line implies.
    pub const SIGNATURE: f64 = 30.0;
    /// Elsewhere in the title.
    pub const TITLE: f64 = 10.0;
    /// A unit named in the body (a place name with an organ after it, a central body, a
    /// self-reference such as 省发展改革委 or 全市), or the publisher of a web page.
    pub const UNIT: f64 = 4.0;
    /// Any other place name in the body.
    pub const BODY: f64 = 1.0;
}

/// What region inference reads about one document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Clues<'a> {
    /// 发文机关 as the corpus states it.
    pub issuer: Option<&'a str>,
    /// The document's own 文号 (stated, or read from its head).
    pub doc_number: Option<&'a str>,
    /// 标题.
    pub title: &'a str,
    /// Lines of the signature block and the enacting body, as read from the text.
    pub signatures: &'a [String],
    /// Who published the copy (文章来源 of a web page).
    pub publisher: Option<&'a str>,
    /// The normalised text.
    pub text: &'a str,
}

#[derive(Deserialize)]
struct PlaceWords {
    masked: Vec<String>,
    suffix_words: Vec<String>,
}

#[derive(Deserialize)]
struct ScopeWords {
    national: Vec<String>,
    national_words: Vec<String>,
    jurisdiction_words: Vec<String>,
    venue_verbs: Vec<String>,
    province_addressees: Vec<String>,
    city_addressees: Vec<String>,
    county_addressees: Vec<String>,
}

/// The word lists of `data/`, compiled once.
struct Cues {
    /// Central bodies, longest first.
    central: Regex,
    /// Central 文号 prefixes.
    prefixes: Vec<String>,
    /// Ordinary words containing place names.
    masked: Regex,
    /// Words that start with an administrative suffix (区域, 市场).
    suffix_words: Vec<String>,
    /// National subordinates (各省、自治区、直辖市).
    national: Regex,
    /// Words of the whole country (我国, 全国).
    national_words: Regex,
    /// 行政区域, 辖区: what follows the place a text applies to.
    jurisdiction_words: Vec<String>,
    /// 召开, 举行: what follows a venue.
    venue_verbs: Vec<String>,
    /// Addressees of a province, a city, a county.
    addressees: [Vec<String>; 3],
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let place: PlaceWords = data::PLACE_WORDS.toml();
    let scope: ScopeWords = data::SCOPE_WORDS.toml();
    Cues {
        central: alternation(&data::CENTRAL_BODIES.entries().collect::<Vec<_>>()),
        prefixes: data::CENTRAL_DOCNUMBER_PREFIXES
            .entries()
            .map(str::to_owned)
            .collect(),
        masked: alternation(&place.masked),
        suffix_words: place.suffix_words,
        national: alternation(&scope.national),
        national_words: alternation(&scope.national_words),
        jurisdiction_words: scope.jurisdiction_words,
        venue_verbs: scope.venue_verbs,
        addressees: [
            scope.province_addressees,
            scope.city_addressees,
            scope.county_addressees,
        ],
    }
});

/// A unit name that starts with its government's level (省市场监管局, 区营商局, 市税务局).
static UNIT_LEVEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[、,;:(。\n])(省|市|区|县)([^场域级内外\s、,;:()。][^\s、,;:()。]{0,11}?(?:局|厅|委|办|中心|院))")
        .expect("valid regex")
});
/// 「本市」「全省」「我区」「省委」「市政府」「县直」: the area a text speaks for as its own.
static SELF_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:本|全|我)(省|市|区|县)|(?:^|[^各该分城社])(省|市|区|县)(?:委|政府|人民政府|直)")
        .expect("valid regex")
});
/// What follows a place name when it is the head of a unit name (青岛市行政审批服务局).
static ORGAN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^,。、;:()《》\s]{0,14}?(?:人民政府|政府|人民代表大会|人大|党委|委员会|办公厅|办公室|管委会|局|厅|委|办|院|中心)")
        .expect("valid regex")
});
/// A 人大 enacting line or a government decree: the body before 「第X届人民代表大会」.
static ENACTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<body>[^\s,。、;:()《》\d]{0,16}?)第[一二三四五六七八九十]{1,3}届人民代表大会(?:常务委员会)?第[一二三四五六七八九十]{1,4}次(?:全体)?会议")
        .expect("valid regex")
});
/// 抄送/抄报/分送 lines: readers, not the issuer.
static COPIED_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:抄送|抄报|分送|发送|主送)\s*:").expect("valid regex"));
/// A line that is only an organ name or a list of them.
static ORGAN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:人民政府|政府|委员会|办公厅|办公室|部门|单位|机构|局|厅|委|办|院|部|署|行|公司|企业|高校|学校|兵团|法院|检察院|党委|工委|管委|团体)(?:\([^)]*\))?$")
        .expect("valid regex")
});

/// The evidence gathered for one document.
#[derive(Debug, Default)]
struct Tally {
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

/// How a piece of text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// An issuer position (issuer, signature, the head of a title): every name is the issuer's,
    /// short forms included where they open the text or follow a separator.
    Issuer,
    /// Running text: full names, province short forms, and short forms right after their parent
    /// or, in a text that speaks of itself as a 市 (本市, 市政府), short forms of a 市 (the
    /// suffix given here as 0 省, 1 市, 2 区, 3 县).
    Running(Option<usize>),
}

/// The region path of a document; `None` when nothing in it tells.
pub fn infer(clues: &Clues) -> Option<String> {
    let mut tally = Tally::default();
    if let Some(issuer) = clues.issuer {
        tally.read(issuer, weight::ISSUER, Mode::Issuer);
    }
    if let Some(number) = clues.doc_number {
        let number = number.trim_start_matches(['(', '[', '〔']);
        if CUES.prefixes.iter().any(|p| number.starts_with(p.as_str())) {
            tally.add_national(weight::DOC_NUMBER);
        }
    }
    tally.read_title(clues.title);
    for line in clues.signatures {
        tally.read(line, weight::SIGNATURE, Mode::Issuer);
    }
    if let Some(publisher) = clues.publisher {
        tally.read(publisher, weight::UNIT, Mode::Issuer);
    }
    tally.read_body(clues.text);
    tally.choose()
}

/// True when `issuer` names a central body (国务院, 工业和信息化部 …).
pub fn is_central(issuer: &str) -> bool {
    !central_bodies(issuer).is_empty()
}

/// Spans of central bodies in `text`, whole words only: not before 门 (教育部门 is any
/// education department), not after a level (省发展改革委), not before a place (中国人民银行
/// 济南分行 is a local branch), not inside 《》 (a cited title).
fn central_bodies(text: &str) -> Vec<(usize, usize)> {
    let g = &*GAZETTEER;
    CUES.central
        .find_iter(text)
        .filter(|m| {
            let after = &text[m.end()..];
            let before = text[..m.start()].chars().next_back();
            !after.starts_with('门')
                && !before.is_some_and(|c| "省市区县州旗盟镇乡".contains(c))
                && g.name_at(after)
                    .is_none_or(|f| f.entry.alias && f.name.chars().count() < 2)
                && !inside_quotes(text, m.start())
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// True for a place named as where an event was held: after 在, with a venue verb
/// (召开, 举行) within a few characters after it.
fn is_venue(before: &str, after: &str) -> bool {
    if !before.ends_with('在') {
        return false;
    }
    let near: String = after.chars().take(8).collect();
    CUES.venue_verbs.iter().any(|v| near.contains(v.as_str()))
}

/// Titles cited in `line` (《…》) that open with no place name: national documents, as a
/// local document's title opens with its place (《山东省…条例》).
fn national_citations(line: &str) -> usize {
    static CITED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"《\s*([^《》]{2,80})》").expect("valid regex"));
    CITED
        .captures_iter(line)
        .filter(|c| {
            let title = c.get(1).map_or("", |m| m.as_str());
            places_in(title, Mode::Issuer)
                .first()
                .is_none_or(|p| p.found.at != 0)
        })
        .count()
}

/// True when `at` is inside 《…》 on its line.
fn inside_quotes(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    match (before.rfind('《'), before.rfind('》')) {
        (Some(open), Some(close)) => open > close,
        (Some(_), None) => true,
        _ => false,
    }
}

impl Tally {
    /// Adds evidence for a central document (from an issuer position when `weight` is one's).
    fn add_national(&mut self, weight: f64) {
        self.national += weight;
        if weight >= weight::SIGNATURE {
            self.national_strong += weight;
        }
    }

    /// Reads the title: its issuer position (before 关于, or the place it opens with) weighs
    /// as the issuer's, the rest as a title word.
    fn read_title(&mut self, title: &str) {
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
    fn read_body(&mut self, text: &str) {
        let masked = CUES.masked.replace_all(text, " ");
        let mut seen_bodies: Vec<&str> = Vec::new();
        for c in ENACTING.captures_iter(&masked) {
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
            for c in SELF_REFERENCE
                .captures_iter(line)
                .chain(UNIT_LEVEL.captures_iter(line))
            {
                let level = c.get(1).or(c.get(2)).expect("a level group");
                let next = &line[level.start()..];
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
                    .any(|w| line[level.end()..].starts_with(w.as_str()));
                let k = "省市区县"
                    .chars()
                    .position(|l| level.as_str().starts_with(l));
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
    fn read(&mut self, text: &str, weight: f64, mode: Mode) {
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
    fn choose(mut self) -> Option<String> {
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

/// The place names of `text` that read as places, leftmost-longest among those: full names
/// (not when their suffix starts another word: 新建区域), province short forms, and other
/// short forms or one-character-stem names (和县) only where they open an issuer, follow
/// their parent (杭州市西湖区, 山东(济南)) or, in running text, are of the level the text
/// speaks for. A short form that a whole name overlaps (「结合山东」: 合山 against 山东) gives
/// way.
fn places_in(text: &str, mode: Mode) -> Vec<Place> {
    let g: &'static super::gazetteer::Gazetteer = &GAZETTEER;
    let mut out: Vec<Place> = Vec::new();
    // the previous name's end and its single place, for 「杭州市西湖区」
    let mut previous: Option<(usize, usize)> = None;
    let mut at = 0;
    while let Some(c) = text[at..].chars().next() {
        let rest = &text[at..];
        let opens = mode == Mode::Issuer && opens_name(&text[..at]);
        let hit = g.names_at(rest).find_map(|f| {
            let f = Found { at, ..f };
            if f.entry.contextual {
                return Some((f, None, true));
            }
            let at_parent = previous.and_then(|(end, parent)| {
                let adjacent = end == at || text[end..at] == *"(";
                adjacent
                    .then(|| {
                        f.entry
                            .places
                            .iter()
                            .copied()
                            .find(|&p| g.places[p].parent == Some(parent))
                    })
                    .flatten()
                    .map(|child| (parent, child))
            });
            let whole = is_whole(g, f.entry);
            let of_level = match mode {
                Mode::Running(Some(k)) => {
                    f.entry.alias
                        && f.entry
                            .places
                            .iter()
                            .all(|&p| g.places[p].name.ends_with(["省", "市", "区", "县"][k]))
                }
                _ => false,
            };
            let suffix_word = !f.entry.alias && {
                let last = f.name.chars().next_back().map_or(0, char::len_utf8);
                let tail = &text[f.end() - last..];
                CUES.suffix_words
                    .iter()
                    .any(|w| tail.starts_with(w.as_str()))
            };
            if suffix_word || !(whole || opens || at_parent.is_some() || of_level) {
                return None;
            }
            if !whole && at_parent.is_none() {
                // a whole name starting inside this short form is the better reading
                let overlapped = f
                    .name
                    .char_indices()
                    .skip(1)
                    .any(|(i, _)| g.names_at(&rest[i..]).any(|o| is_whole(g, o.entry)));
                if overlapped {
                    return None;
                }
            }
            // a short form of the level the text speaks for counts where its parent is named
            let needs_parent = !(whole || opens || at_parent.is_some());
            Some((f, at_parent, needs_parent))
        });
        match hit {
            Some((f, at_parent, needs_parent)) => {
                previous = if let Some((_, child)) = at_parent {
                    Some((f.end(), child))
                } else {
                    (f.entry.places.len() == 1).then(|| (f.end(), f.entry.places[0]))
                };
                at = f.end();
                out.push(Place {
                    found: f,
                    at_parent,
                    needs_parent,
                });
            }
            None => at += c.len_utf8(),
        }
    }
    out
}

/// A place name found by [`places_in`].
struct Place {
    found: Found<'static>,
    /// (parent, child) when it follows its parent.
    at_parent: Option<(usize, usize)>,
    /// It counts only where the text names its parent too (经区, or 济南 in a 市's text).
    needs_parent: bool,
}

/// A name that reads as a place wherever it stands: a full name whose stem has two or more
/// characters, or a province's short form (山东).
fn is_whole(g: &super::gazetteer::Gazetteer, name: &super::gazetteer::Name) -> bool {
    if name.alias {
        name.places.iter().all(|&p| g.places[p].parent.is_none())
    } else {
        !name.weak && !name.contextual
    }
}

/// True when a name after `before` opens an issuer: at the start, or after a separator or
/// the Party prefix (「中共威海市委」, 「市委办公室 市政府办公室」).
fn opens_name(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty()
        || before.ends_with(['、', ',', ';', ':', '(', ' '])
        || before.ends_with("中共")
        || before.ends_with("中国共产党")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn region(
        issuer: Option<&str>,
        title: &str,
        doc_number: Option<&str>,
        text: &str,
    ) -> Option<String> {
        infer(&Clues {
            issuer,
            doc_number,
            title,
            text,
            ..Clues::default()
        })
    }

    #[test]
    fn central_documents_are_national() {
        assert_eq!(
            region(Some("国务院办公厅"), "关于…的通知", None, "").as_deref(),
            Some(NATIONAL)
        );
        assert_eq!(
            region(None, "通知", Some("国发〔2019〕5号"), "").as_deref(),
            Some(NATIONAL)
        );
        assert_eq!(
            region(None, "商务部关于公布首批示范智慧商圈名单的通知", None, "").as_deref(),
            Some(NATIONAL)
        );
    }

    #[test]
    fn addressees_of_a_central_text_are_not_its_region() {
        let text = "各省、自治区、直辖市及计划单列市、新疆生产建设兵团工业和信息化主管部门:\n为推动产业发展,现将有关事项通知如下。\n一、加强组织实施。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
    }

    #[test]
    fn ministries_acting_in_the_body_make_a_central_text() {
        let text = "为贯彻落实党中央、国务院决策部署,制定本方案。\n(一)加快标准研制。工业和信息化部会同国家发展改革委负责。\n(二)各省(区、市)要加强组织实施。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
        // education departments everywhere are no ministry; a local bureau is local
        let local = "全省教育部门要加强领导。\n省发展改革委、省教育厅负责。\n结合山东实际推进。";
        assert_eq!(region(None, "", None, local).as_deref(), Some("山东省"));
    }

    #[test]
    fn ordinary_words_are_no_places() {
        let text = "根据《中华人民共和国档案法》,结合本市实际,制定本办法。\n农村集体经济组织和合作市场主体";
        assert_eq!(
            region(None, "北京市实施《中华人民共和国档案法》办法", None, text).as_deref(),
            Some("北京市")
        );
        assert_eq!(
            region(None, "", None, "省、市和县人民政府应当加强领导。"),
            None
        );
    }

    #[test]
    fn the_enacting_body_gives_the_region() {
        let text = "第一条 为了保证代表依法视察,制定本办法。\n第三十条 本办法自公布之日起施行。1993年7月30日北京市第十届人民代表大会常务委员会第四次会议通过的《视察办法》同时废止。";
        assert_eq!(
            region(None, "关于代表视察的若干规定", None, text).as_deref(),
            Some("北京市")
        );
    }

    #[test]
    fn a_city_regulation_stays_with_the_city() {
        let text = "第一条 为了保护嵩山历史建筑群,制定本条例。\n第五条 登封市人民政府负责本行政区域内的保护工作。\n第六条 登封市文物主管部门具体实施。";
        assert_eq!(
            region(None, "郑州市嵩山历史建筑群保护管理条例", None, text).as_deref(),
            Some("河南省/郑州市")
        );
        assert_eq!(
            region(
                None,
                "河南省开封城墙保护条例",
                None,
                "开封市人民政府负责保护。"
            )
            .as_deref(),
            Some("河南省")
        );
    }

    #[test]
    fn a_city_without_counties_is_one_place() {
        assert_eq!(
            region(None, "东莞市零散工业废水管理条例", None, "").as_deref(),
            Some("广东省/东莞市")
        );
    }

    #[test]
    fn district_units_pick_the_district_named_in_the_title() {
        let text = "1.推行开办企业全程网办。\n牵头单位:区营商局、区行政审批局\n责任单位:区税务局";
        assert_eq!(
            region(None, "鲅鱼圈区营商环境优化行动方案", None, text).as_deref(),
            Some("辽宁省/营口市/鲅鱼圈区")
        );
    }

    #[test]
    fn province_units_pick_the_province_the_text_names() {
        let text = "1.提升设立登记便利度。(牵头单位:省市场监管局)\n2.压减接电环节。(牵头单位:国网山东省电力公司)\n3.推动出台《山东省知识产权保护和促进条例》。(牵头单位:省市场监管局)";
        assert_eq!(
            region(None, "营商环境创新2022年行动计划", None, text).as_deref(),
            Some("山东省")
        );
    }

    #[test]
    fn county_level_city_beats_its_prefecture() {
        let text = "中共莱州市委办公室\n1.开展全面梳理。\n牵头单位:市司法局\n2.形成清单。\n牵头单位:市司法局\n烟台市住房公积金管理中心莱州分中心";
        assert_eq!(
            region(
                Some("中共莱州市委办公室 莱州市人民政府办公室"),
                "减证便民工作实施意见",
                None,
                text
            )
            .as_deref(),
            Some("山东省/烟台市/莱州市")
        );
    }

    #[test]
    fn a_text_citing_only_national_documents_is_national() {
        let text = "为贯彻落实《生成式人工智能服务管理暂行办法》关于对生成内容进行标识的要求,本文件给出了内容标识方法。\n1 范围\n本文件适用于服务提供者。";
        assert_eq!(region(None, "", None, text).as_deref(), Some(NATIONAL));
        // a local text cites national documents too: its own place and units outweigh them
        let local = "为贯彻落实《优化营商环境条例》《山东省优化营商环境条例》,结合全省实际,制定本方案。\n(一)省发展改革委牵头推进。";
        assert_eq!(region(None, "", None, local).as_deref(), Some("山东省"));
        // only a ministry calls itself 我部
        let ministry = "请于8月31日前报我部备案。";
        assert_eq!(region(None, "", None, ministry).as_deref(), Some(NATIONAL));
    }

    #[test]
    fn an_issuer_outweighs_mentions_and_a_venue_is_no_evidence() {
        // a central text about one province: its issuer position says central
        let text = "支持贵州加快发展。\n(一)贵州要加快建设。贵州省人民政府负责推进。\n(二)贵州省要完善机制。贵州省人民政府统筹。\n(三)贵州要加强保障。";
        assert_eq!(
            region(None, "国务院关于支持贵州加快发展的意见", None, text).as_deref(),
            Some(NATIONAL)
        );
        let news = "第二届智慧城市论坛在深圳市召开,与会代表交流了经验。";
        assert_eq!(region(None, "", None, news), None);
    }

    #[test]
    fn no_evidence_no_region() {
        assert_eq!(region(None, "", None, "为加强管理,制定本办法。"), None);
    }
}
