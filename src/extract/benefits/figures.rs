//! Figures in a clause: a number (Arabic, or in characters: 三个工作日, 一次) with a unit of
//! `data/benefit_amounts.toml`, its qualifier before (最高, 不超过, 压缩至) and its suffix
//! after (以内, 以下). Dates (2020年, 6月30日), ordinals (第一) and numerals inside words
//! (统一, 进一步) are not figures. Whether a figure is the size of a benefit is decided by the
//! caller, from the clause around it.

use crate::extract::benefits::vocabulary::{
    contains_any, ends_with_any, starts_with, starts_with_any, UnitKind, Vocabulary,
};

/// A number with its unit, located in the text (character offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Start of the qualifier (or of the number when there is none).
    pub start: usize,
    /// Start of the number.
    pub number_start: usize,
    /// End of the suffix (or of the unit).
    pub end: usize,
    /// End of the unit (where a threshold marker would follow).
    pub unit_end: usize,
    /// The number (the larger end of a range: 5-50万 → 50).
    pub value: f64,
    /// Index into the vocabulary's units.
    pub unit: usize,
    /// The unit as stored: the canonical unit, or a bare counter as written (12个).
    pub unit_text: String,
    /// True when the number was written in digits.
    pub arabic: bool,
}

impl Figure {
    /// The figure as written.
    pub fn text(&self, chars: &[char]) -> String {
        chars[self.start..self.end].iter().collect()
    }

    /// What it measures.
    pub fn kind(&self, v: &Vocabulary) -> UnitKind {
        v.units[self.unit].kind
    }
}

/// The value of a Chinese digit (零一二两三四五六七八九, 两 as 2). A match, not a search of a
/// string of the digits: it is asked of nearly every character of every clause.
fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '零' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '半')
}

/// Parses a number at `at`: (value, end).
fn number_at(chars: &[char], at: usize) -> Option<(f64, usize)> {
    let c = *chars.get(at)?;
    if c.is_ascii_digit() {
        let mut end = at;
        let mut s = String::new();
        while end < chars.len() {
            let c = chars[end];
            if c.is_ascii_digit() {
                s.push(c);
                end += 1;
            } else if c == '.'
                && chars.get(end + 1).is_some_and(|d| d.is_ascii_digit())
                && !s.contains('.')
            {
                s.push('.');
                end += 1;
            } else if c == ','
                && chars.len() >= end + 4
                && chars[end + 1..end + 4].iter().all(|d| d.is_ascii_digit())
                && chars.get(end + 4).is_none_or(|d| !d.is_ascii_digit())
            {
                end += 1;
            } else {
                break;
            }
        }
        return s.parse().ok().map(|v| (v, end));
    }
    if !is_chinese_numeral(c) {
        return None;
    }
    if c == '半' {
        return Some((0.5, at + 1));
    }
    let mut end = at;
    let mut total = 0u32;
    let mut digit: Option<u32> = None;
    while end < chars.len() {
        let c = chars[end];
        if let Some(d) = chinese_digit(c) {
            if digit.is_some() {
                break; // 一二 is not a number we read
            }
            digit = Some(d);
        } else if let Some(scale) = match c {
            '十' => Some(10),
            '百' => Some(100),
            '千' => Some(1000),
            _ => None,
        } {
            total += digit.unwrap_or(1) * scale;
            digit = None;
        } else {
            break;
        }
        end += 1;
    }
    if end == at {
        return None;
    }
    total += digit.unwrap_or(0);
    Some((total as f64, end))
}

/// Every figure of `chars[from..to]`.
pub fn figures(chars: &[char], from: usize, to: usize, v: &Vocabulary) -> Vec<Figure> {
    // a figure starts at a digit, a numeral or a unit written before its number (百分之): a
    // span holding none of them (most clauses) holds no figure
    let span = &chars[from.min(to)..to];
    if !span
        .iter()
        .any(|&c| c.is_ascii_digit() || is_chinese_numeral(c))
        && !v.units_written_before.may_start_in(span)
    {
        return Vec::new();
    }
    figures_at_every_place(chars, from, to, v)
}

/// [`figures`] without the test of the span's characters: every place tried.
fn figures_at_every_place(chars: &[char], from: usize, to: usize, v: &Vocabulary) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut at = from;
    while at < to {
        match figure_at(chars, at, from, to, v) {
            Some(f) => {
                at = f.end.max(at + 1);
                out.push(f);
            }
            None => {
                // skip the rest of a number that did not make a figure (2020 of 2020年)
                let c = chars[at];
                at += 1;
                if c.is_ascii_digit() {
                    while at < to && (chars[at].is_ascii_digit() || chars[at] == '.') {
                        at += 1;
                    }
                }
            }
        }
    }
    out
}

fn figure_at(chars: &[char], at: usize, from: usize, to: usize, v: &Vocabulary) -> Option<Figure> {
    if let Some(f) = unit_first_at(chars, at, from, to, v) {
        return Some(f);
    }
    let c = chars[at];
    let arabic = c.is_ascii_digit();
    if !arabic && !is_chinese_numeral(c) {
        return None;
    }
    if at > from && (chars[at - 1].is_ascii_digit() || chars[at - 1] == '.') {
        return None;
    }
    if !arabic
        && (ends_with_any(chars, at, &v.figures.numeral_not_after)
            || at > 0 && is_chinese_numeral(chars[at - 1]))
    {
        return None;
    }
    if at > 0 && chars[at - 1] == '第' {
        return None;
    }
    let (first, mut end) = number_at(&chars[..to], at)?;
    let mut value = first;
    // a range: 5-50万, 1至3年, 5%-10%
    let mut unit = unit_at(chars, end, to, v);
    let after_first = unit.map_or(end, |(_, e)| e);
    if let Some(&sep) = chars.get(after_first) {
        if matches!(sep, '-' | '—' | '~' | '至' | '到' | '－') && after_first + 1 < to {
            if let Some((second, e2)) = number_at(&chars[..to], after_first + 1) {
                if second >= first {
                    value = second;
                    end = e2;
                    unit = unit_at(chars, end, to, v);
                }
            }
        }
    }
    let mut shared_end = None;
    let (unit, mut unit_end, unit_text) = match unit {
        Some((u, e)) => (u, e, v.units[u].unit.clone()),
        None => match counter_unit(chars, end, from, to, v) {
            Some((u, e)) => (u, e, chars[end..e].iter().collect()),
            None => {
                let (u, e, shared) = shared_unit(chars, end, to, v)?;
                shared_end = Some(shared);
                (u, e, chars[end..e].iter().collect())
            }
        },
    };
    if v.units[unit].arabic_only && !arabic {
        return None;
    }
    let written_unit_start = end;
    // dates: 2020年, 6月30日, 2020年1月1日; a span whose end is a calendar year (2019年1月1日至
    // 2020年12月31日, read from its day: 1日至2020年) runs between two dates, no duration
    let unit_kind = &v.units[unit];
    let calendar = |n: &f64| (1900.0..=2100.0).contains(n);
    if unit_kind.unit == "年" && arabic && (calendar(&first) || calendar(&value)) {
        return None;
    }
    if unit_kind.unit == "天" && written_unit_start > 0 && at > 0 && chars[at - 1] == '月' {
        return None;
    }
    let number_start = at;
    // qualifier before the number (longest ending right there)
    let start = at - v.figures.qualifiers.longest_ending(&chars[from..at]);
    // the first suffix of the list written after the unit, before `to`
    let end_all = unit_end
        + v.figures
            .suffixes
            .first_at(&chars[..to], unit_end)
            .unwrap_or(0);
    if unit_end > to {
        unit_end = to;
    }
    // a counter sharing the unit written once after the last item (3个、5个工作日) is followed,
    // like that item, by what the unit is followed by (由7个、15个工作日缩短至: values before a cut)
    let unit_end = shared_end.unwrap_or(unit_end);
    Some(Figure {
        start,
        number_start,
        end: end_all.min(to),
        unit_end,
        value,
        unit,
        unit_text,
        arabic,
    })
}

/// A figure whose unit is written before its number (百分之十五, 不超过千分之三): the figure
/// starts at the unit (what stands before it qualifies it) and ends with the number and its
/// suffix (百分之五十以上).
fn unit_first_at(
    chars: &[char],
    at: usize,
    from: usize,
    to: usize,
    v: &Vocabulary,
) -> Option<Figure> {
    // nearly every place starts no unit written before a number: rejected on its character
    if !v.units_written_before.any_at(chars, at) {
        return None;
    }
    let (unit, len) = v.units.iter().enumerate().find_map(|(i, u)| {
        u.written_before
            .iter()
            .find(|w| starts_with(chars, at, w))
            .map(|w| (i, w.chars().count()))
    })?;
    let number = at + len;
    if number >= to {
        return None;
    }
    let (first, mut end) = number_at(&chars[..to], number)?;
    let mut value = first;
    // a range: 百分之五十至百分之八十, 百分之五十至八十
    if let Some(&sep) = chars.get(end) {
        if matches!(sep, '至' | '到' | '-' | '—' | '~' | '－') && end + 1 < to {
            let next = end + 1;
            let second_at = v.units[unit]
                .written_before
                .iter()
                .find(|w| starts_with(chars, next, w))
                .map_or(next, |w| next + w.chars().count());
            if let Some((second, e2)) = number_at(&chars[..to], second_at) {
                if second >= first {
                    value = second;
                    end = e2;
                }
            }
        }
    }
    // the qualifier before the unit (longest ending right there)
    let start = at - v.figures.qualifiers.longest_ending(&chars[from..at]);
    let end_all = v
        .figures
        .suffixes
        .first_at(chars, end)
        .map_or(end, |n| end + n);
    Some(Figure {
        start,
        number_start: at,
        end: end_all.min(to),
        unit_end: end,
        value,
        unit,
        unit_text: v.units[unit].unit.clone(),
        arabic: false,
    })
}

/// The unit written at `at`: (unit index, end).
fn unit_at(chars: &[char], at: usize, to: usize, v: &Vocabulary) -> Option<(usize, usize)> {
    let (len, &unit) = v.written_units.longest_at(&chars[..to], at)?;
    let end = at + len;
    // what follows may stand in quotes (24小时“不打烊”): it still says what the unit counts
    let next = match chars.get(end) {
        Some('“' | '"' | '「') => end + 1,
        _ => end,
    };
    if starts_with_any(chars, next, &v.units[unit].not_before) {
        return None;
    }
    Some((unit, end))
}

/// A bare counter (个, 项) after the number that takes its unit from a noun of the clause
/// (「审批环节精简至12个」); it must end the phrase.
fn counter_unit(
    chars: &[char],
    at: usize,
    from: usize,
    to: usize,
    v: &Vocabulary,
) -> Option<(usize, usize)> {
    let counter = v
        .figures
        .counters
        .iter()
        .find(|c| starts_with(chars, at, c))?;
    let end = at + counter.chars().count();
    let next = chars.get(end).copied();
    let ends_phrase = next.is_none_or(|c| !is_cjk(c))
        || starts_with_any(chars, end, &v.figures.suffixes)
        || starts_with_any(chars, end, &v.figures.counter_end)
        || end >= to;
    if !ends_phrase {
        return None;
    }
    let unit = v
        .units
        .iter()
        .position(|u| u.kind == UnitKind::Count && contains_any(chars, from, at, &u.nouns))?;
    Some((unit, end))
}

/// A bare counter (个) followed by 、/和 and a figure with its unit (「缩短至3个、5个工作日」):
/// the unit is written once, after the last item, and counts for each; the counter keeps its
/// own text (个). (unit index, end of the counter, end of the shared unit)
fn shared_unit(
    chars: &[char],
    at: usize,
    to: usize,
    v: &Vocabulary,
) -> Option<(usize, usize, usize)> {
    let counter = v
        .figures
        .counters
        .iter()
        .find(|c| starts_with(chars, at, c))?;
    let end = at + counter.chars().count();
    if !starts_with_any(chars, end, &v.figures.counter_end) {
        return None;
    }
    let mut next = end + 1;
    while next < to && !chars[next].is_ascii_digit() && !is_chinese_numeral(chars[next]) {
        if next > end + 2 {
            return None;
        }
        next += 1;
    }
    let (_, number_end) = number_at(&chars[..to], next)?;
    let (unit, unit_end) = unit_at(chars, number_end, to, v)?;
    let written = &v.units[unit].unit;
    written
        .starts_with(counter.as_str())
        .then_some((unit, end, unit_end))
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::benefits::vocabulary::VOCABULARY;

    fn found(text: &str) -> Vec<(String, f64, String)> {
        let chars: Vec<char> = text.chars().collect();
        let v = &*VOCABULARY;
        figures(&chars, 0, chars.len(), v)
            .into_iter()
            .map(|f| (f.text(&chars), f.value, f.unit_text.clone()))
            .collect()
    }

    #[test]
    fn a_span_without_digit_numeral_or_unit_before_holds_no_figure() {
        // every clause of the development corpus, and figures written each way: the figures
        // found with the test of the span's characters are those found trying every place
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = ["给予最高50万元补贴,百分之五十至八十", "免征一年,三个工作日"]
            .map(str::to_owned)
            .to_vec();
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
        let (mut spans, mut skipped, mut found) = (0, 0, 0);
        for text in &texts {
            let chars: Vec<char> = text.chars().collect();
            let mut start = 0;
            for end in 0..=chars.len() {
                if end < chars.len() && !matches!(chars[end], '。' | ';' | ',' | ':' | '\n') {
                    continue;
                }
                let every = figures_at_every_place(&chars, start, end, v);
                let now = figures(&chars, start, end, v);
                assert_eq!(now, every, "{:?}", &chars[start..end]);
                skipped += usize::from(
                    !chars[start..end]
                        .iter()
                        .any(|&c| c.is_ascii_digit() || is_chinese_numeral(c)),
                );
                found += now.len();
                spans += 1;
                start = end + 1;
            }
        }
        assert!(
            spans > 1000 && skipped > 100 && found > 100,
            "{spans} {skipped} {found}"
        );
    }

    #[test]
    fn numbers_units_and_qualifiers() {
        assert_eq!(
            found("给予最高50万元补贴"),
            [("最高50万元".to_owned(), 50.0, "万元".to_owned())]
        );
        assert_eq!(found("压缩至0.5个工作日内")[0].0, "压缩至0.5个工作日内");
        assert_eq!(found("降低20%")[0].1, 20.0);
        assert_eq!(
            found("再免征一年房产税")[0],
            ("一年".to_owned(), 1.0, "年".to_owned())
        );
        assert_eq!(found("三个工作日")[0].1, 3.0);
        assert_eq!(found("予以5-50万资金奖励")[0].1, 50.0);
        assert_eq!(found("1,500元")[0].1, 1500.0);
        assert_eq!(found("审批环节精简至12个,")[0].2, "个");
        assert!(found("一次办好").is_empty());
        assert_eq!(found("环节分别压减至4个和3个")[0].1, 4.0);
        assert_eq!(found("由6次减少为3次")[1].1, 3.0);
        assert_eq!(found("85折")[0], ("85折".to_owned(), 85.0, "折".to_owned()));
        // the unit written once after the last item counts for each (3个、5个工作日)
        assert_eq!(
            found("缩短至3个、5个工作日")[0],
            ("缩短至3个".to_owned(), 3.0, "个".to_owned())
        );
    }

    #[test]
    fn the_digits_are_read_as_their_places_in_the_list() {
        // the list's order gives the values (两 beside 二), for every character of the BMP
        const CHINESE_DIGITS: &str = "零一二两三四五六七八九";
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            let by_place = CHINESE_DIGITS
                .chars()
                .position(|d| d == c)
                .map(|p| match p {
                    0 => 0,
                    1 => 1,
                    2 | 3 => 2,
                    n => n as u32 - 1,
                });
            assert_eq!(chinese_digit(c), by_place, "{c}");
        }
    }

    #[test]
    fn a_place_is_rejected_only_where_no_unit_is_written_before() {
        // what `unit_first_at` asks first, against every unit's words tried in turn (as it
        // then does), at every place of the development corpus's texts and of figures
        let v = &*VOCABULARY;
        let mut texts: Vec<String> = vec!["百分之五十至百分之八十".into(), "不超过千分之三".into()];
        for entry in std::fs::read_dir("corpus").unwrap().flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
        let mut places = 0;
        for text in &texts {
            let chars: Vec<char> = text.chars().collect();
            for at in 0..=chars.len() {
                let any = v
                    .units
                    .iter()
                    .any(|u| u.written_before.iter().any(|w| starts_with(&chars, at, w)));
                assert_eq!(v.units_written_before.any_at(&chars, at), any, "{at}");
                places += usize::from(any);
            }
        }
        assert!(places > 2, "{places}");
    }

    #[test]
    fn dates_ordinals_and_words_are_not_figures() {
        assert!(found("2020年6月30日前完成").is_empty());
        assert!(found("进一步统一标准,第一次").is_empty());
        assert!(found("一次性告知,年度计划").is_empty());
        assert!(found("服务1.2万户企业").is_empty());
        assert!(found("自2019年1月1日起").is_empty());
        // a period between two dates is no span of years
        assert!(found("2019年1月1日至2020年12月31日,再给予生活费补贴").is_empty());
        // a span of years still is one
        assert_eq!(found("给予2至5年补贴")[0].1, 5.0);
    }
}
