//! The levels (省, 市, 区, 县) a line names as a text's own or as a unit's, found by a scan of
//! the level characters: the matches of [`super::cues::SELF_REFERENCE`] and then of
//! [`super::cues::UNIT_LEVEL`], in the order and with the spans their `captures_iter` gives.
//!
//! Why a scan: nearly every line of a Chinese policy text holds one of 省市区县 (a place name,
//! 市场, 社区), so both patterns ran with captures on almost every line of every document —
//! the largest regex cost of reading a corpus. Every match of either pattern is anchored on a
//! level character with at most one character before it, so the scan looks only at those
//! characters and their neighbours, and reproduces the patterns' leftmost-first,
//! non-overlapping matches exactly (the test below compares both on many lines).

use std::ops::Range;

/// The byte length of the suffix of a self-reference (委, 政府, 人民政府, 直) `rest` opens
/// with, tried in the pattern's order.
fn self_suffix(rest: &str) -> Option<usize> {
    ["委", "政府", "人民政府", "直"]
        .iter()
        .find(|s| rest.starts_with(*s))
        .map(|s| s.len())
}

/// Where a unit-name match may start: the line's start or one of these characters.
fn is_unit_delimiter(c: char) -> bool {
    matches!(c, '、' | ',' | ';' | ':' | '(' | '。' | '\n')
}

/// A character a unit name never holds (whitespace and the marks that end a phrase).
fn ends_unit(c: char) -> bool {
    c.is_whitespace() || matches!(c, '、' | ',' | ';' | ':' | '(' | ')' | '。')
}

/// A character a unit name never starts with after its level (场, 域, 级, 内, 外: 市场, 区域,
/// 省级, 县内, 市外).
fn never_first(c: char) -> bool {
    matches!(c, '场' | '域' | '级' | '内' | '外') || ends_unit(c)
}

/// The byte end of a unit name whose level ends at byte `from` of `line`: one character that
/// may start a name, then at most 11 more, the fewest that reach a word of office (局, 厅, 委,
/// 办, 中心, 院).
fn unit_end(line: &str, from: usize) -> Option<usize> {
    let mut chars = line[from..].char_indices();
    let (_, first) = chars.next()?;
    if never_first(first) {
        return None;
    }
    let mut at = from + first.len_utf8();
    for extra in 0..=11 {
        let rest = &line[at..];
        if let Some(s) = ["局", "厅", "委", "办", "中心", "院"]
            .iter()
            .find(|s| rest.starts_with(*s))
        {
            return Some(at + s.len());
        }
        if extra == 11 {
            return None;
        }
        let c = rest.chars().next()?;
        if ends_unit(c) {
            return None;
        }
        at += c.len_utf8();
    }
    None
}

/// The byte spans of the level characters of `line`'s self-references (本市, 全省, 我区, 省委,
/// 市政府, 县直; not after 各, 该, 分, 城, 社), then of its unit names opening with a level
/// (省市场监管局 after the line's start or a mark): what `SELF_REFERENCE.captures_iter(line)`
/// chained with `UNIT_LEVEL.captures_iter(line)` gives as each match's level group.
pub(super) fn levels_named(line: &str) -> Vec<Range<usize>> {
    let levels = level_chars(line);
    let mut out = Vec::new();
    if levels.is_empty() {
        return out;
    }
    scan(line, &levels, &mut out, |prev, level, rest| match prev {
        // (?:本|全|我)(level) first, then (?:[^各该分城社])(level)(?:委|政府|人民政府|直)
        Some('本' | '全' | '我') => Some(level.end),
        Some('各' | '该' | '分' | '城' | '社') => None,
        // ^(level)(…) only at the line's start, the other alternative anywhere
        _ => self_suffix(rest).map(|s| level.end + s),
    });
    scan(line, &levels, &mut out, |prev, level, _| match prev {
        Some(p) if !is_unit_delimiter(p) => None,
        _ => unit_end(line, level.end),
    });
    out
}

/// The byte spans of the level characters of `line`, found on their UTF-8 bytes (省 E7 9C 81,
/// 市 E5 B8 82, 区 E5 8C BA, 县 E5 8E BF: a byte that leads none is passed over).
fn level_chars(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i + 3 <= bytes.len() {
        match bytes[i] {
            0xE5 | 0xE7 if is_level_bytes(&bytes[i..i + 3]) => {
                out.push(i..i + 3);
                i += 3;
            }
            _ => i += 1,
        }
    }
    out
}

/// True when `b` (three bytes) is the UTF-8 of a level character.
fn is_level_bytes(b: &[u8]) -> bool {
    matches!(
        b,
        [0xE7, 0x9C, 0x81] | [0xE5, 0xB8, 0x82] | [0xE5, 0x8C, 0xBA] | [0xE5, 0x8E, 0xBF]
    )
}

/// Adds to `out` the level spans of the leftmost-first, non-overlapping matches of a pattern
/// whose every match is one optional character (`prev`; `None` at the line's start), a level,
/// and what follows it: `matched(prev, level, rest after the level)` gives a match's byte end.
/// `levels` are the line's level characters, in order. A level whose character before lies
/// inside the previous match starts none (the regex resumes its search at the previous
/// match's end).
fn scan(
    line: &str,
    levels: &[Range<usize>],
    out: &mut Vec<Range<usize>>,
    matched: impl Fn(Option<char>, Range<usize>, &str) -> Option<usize>,
) {
    let mut resume = 0;
    for level in levels {
        let before = line[..level.start].chars().next_back();
        let starts_at = level.start - before.map_or(0, char::len_utf8);
        if before.is_some() && starts_at < resume {
            continue;
        }
        if let Some(end) = matched(before, level.clone(), &line[level.end..]) {
            out.push(level.clone());
            resume = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::cues::{SELF_REFERENCE, UNIT_LEVEL};
    use super::*;

    fn by_regex(line: &str) -> Vec<Range<usize>> {
        SELF_REFERENCE
            .captures_iter(line)
            .chain(UNIT_LEVEL.captures_iter(line))
            .map(|c| c.get(1).or(c.get(2)).expect("a level group").range())
            .collect()
    }

    #[test]
    fn the_scan_finds_what_the_patterns_find() {
        let lines = [
            "本市各区县人民政府,市政府各部门,省委办公厅",
            "省市委",
            "市政府办公厅关于印发本市实施方案的通知",
            "全省市场监管局:各区县市场监督管理局",
            "、省市场监督管理局、市税务局、区县局",
            "市财政局、市人力资源社会保障局",
            "(市发展改革委牵头,各区县政府负责)",
            "县直各单位,我区各街道,该市政府",
            "城市政府,社区委员会,分区委",
            "本省市县,全市区县政府,市委市政府",
            "省a b局;县 级局,市场局,区域办,省级中心,县内院",
            "市一二三四五六七八九十一局,市一二三四五六七八九十一二局",
            "省中心,省中,市中心医院,县人民政府办公室",
            "市人民政府",
            "市",
            "",
            "本",
            "我市市委",
            "全区区委区政府",
            "市\n省局",
            ":县委",
        ];
        for line in lines {
            assert_eq!(levels_named(line), by_regex(line), "{line}");
        }
    }

    #[test]
    fn the_scan_agrees_with_the_patterns_on_every_line_of_the_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return;
        };
        let mut lines = 0;
        for entry in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            for line in text.lines() {
                assert_eq!(levels_named(line), by_regex(line), "{line}");
                lines += 1;
            }
        }
        assert!(lines > 1000, "{lines} lines");
    }
}
