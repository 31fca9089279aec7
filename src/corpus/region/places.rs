//! Where a text names places and central bodies, as whole names only: the gazetteer's names
//! read by position (an issuer's head, after a parent, of the level the text speaks for), and
//! central bodies not inside a cited title nor qualified by a level. [`super::tally`] weighs
//! what is found here.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::CUES;
use crate::corpus::gazetteer::{Found, Gazetteer, Name, GAZETTEER};

/// How a piece of text is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// An issuer position (issuer, signature, the head of a title): every name is the issuer's,
    /// short forms included where they open the text or follow a separator.
    Issuer,
    /// Running text: full names, province short forms, and short forms right after their parent
    /// or, in a text that speaks of itself as a 市 (本市, 市政府), short forms of a 市 (the
    /// suffix given here as 0 省, 1 市, 2 区, 3 县).
    Running(Option<usize>),
}

/// Spans of central bodies in `text`, whole words only: not before 门 (教育部门 is any
/// education department), not after a level (省发展改革委), not before a place (中国人民银行
/// 济南分行 is a local branch), not inside 《》 (a cited title).
pub(super) fn central_bodies(text: &str) -> Vec<(usize, usize)> {
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
pub(super) fn is_venue(before: &str, after: &str) -> bool {
    if !before.ends_with('在') {
        return false;
    }
    let near: String = after.chars().take(8).collect();
    CUES.venue_verbs.iter().any(|v| near.contains(v.as_str()))
}

/// Titles cited in `line` (《…》) that open with no place name: national documents, as a
/// local document's title opens with its place (《山东省…条例》).
pub(super) fn national_citations(line: &str) -> usize {
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

/// The place names of `text` that read as places, leftmost-longest among those: full names
/// (not when their suffix starts another word: 新建区域), province short forms, and other
/// short forms or one-character-stem names (和县) only where they open an issuer, follow
/// their parent (杭州市西湖区, 山东(济南)) or, in running text, are of the level the text
/// speaks for. A short form that a whole name overlaps (「结合山东」: 合山 against 山东) gives
/// way.
pub(super) fn places_in(text: &str, mode: Mode) -> Vec<Place> {
    let g: &'static Gazetteer = &GAZETTEER;
    let mut out: Vec<Place> = Vec::new();
    // the previous name's end and its single place, for 「杭州市西湖区」
    let mut previous: Option<(usize, usize)> = None;
    let mut at = 0;
    // the characters at `at` and after it, each decoded once: most places start no name and
    // are passed on the gazetteer's first two characters alone
    let mut chars = text.chars();
    let (mut here, mut next) = (chars.next(), chars.next());
    while let Some(c) = here {
        if !g.may_start(c, next) {
            at += c.len_utf8();
            (here, next) = (next, chars.next());
            continue;
        }
        let rest = &text[at..];
        // asked only of a name found here (most places of a line start none)
        let opens = || mode == Mode::Issuer && opens_name(&text[..at]);
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
            if suffix_word || !(whole || at_parent.is_some() || of_level || opens()) {
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
            let needs_parent = !(whole || at_parent.is_some() || opens());
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
                chars = text[at..].chars();
                (here, next) = (chars.next(), chars.next());
            }
            None => {
                at += c.len_utf8();
                (here, next) = (next, chars.next());
            }
        }
    }
    out
}

/// A place name found by [`places_in`].
pub(super) struct Place {
    pub(super) found: Found<'static>,
    /// (parent, child) when it follows its parent.
    pub(super) at_parent: Option<(usize, usize)>,
    /// It counts only where the text names its parent too (经区, or 济南 in a 市's text).
    pub(super) needs_parent: bool,
}

/// A name that reads as a place wherever it stands: a full name whose stem has two or more
/// characters, or a province's short form (山东).
fn is_whole(g: &Gazetteer, name: &Name) -> bool {
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
