//! Deadlines: every milestone month a measure names, `YYYY-MM`, in the order written.
//! 「2020年9月底」 → 2020-09; 「2022年底前」/「2020年年底前」 → YYYY-12; 「9月底前」 takes the
//! year last named before it in the measure, else the plan's year. A month without 底/末/前
//! (「6月,全区…」) is a report of the past, not a deadline.

use std::sync::LazyLock;

use regex::Regex;

use crate::corpus::date::{PolicyDate, PLAN_YEARS};

static MILESTONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<yend>\d{4})年(?:年)?(?:底|末)",
        r"|(?P<pre>^|[^\d年每])(?:年底|年末)前",
        r"|(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:\d{1,2}日)?(?P<tail>底|末|中旬|下旬|上旬|前|份前|之前)",
        r"|(?P<ylone>\d{4})年",
    ))
    .expect("valid regex")
});
/// A completion clause gives a month even without 底 (完成时限:2020年11月).
static PLAIN_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})年(\d{1,2})月").expect("valid regex"));

/// The milestones in `text`; `plan_year` dates a month named without a year.
pub fn milestones(text: &str, plan_year: Option<u32>) -> Vec<String> {
    // every milestone names a year (年) or a month (月): a text with neither has none (each
    // looked for as a string, by the standard library's vectorised search, not by decoding
    // every character of the measure)
    if !(text.contains("年") || text.contains("月")) {
        return Vec::new();
    }
    // spaces dropped (most measures have none: then nothing is copied)
    let text: std::borrow::Cow<str> = if has_whitespace(text) {
        text.chars().filter(|c| !c.is_whitespace()).collect()
    } else {
        text.into()
    };
    let mut out: Vec<String> = Vec::new();
    let mut year = plan_year;
    let push = |y: u32, m: u32, out: &mut Vec<String>| {
        let month = PolicyDate::month_of(y, m).filter(|_| PLAN_YEARS.contains(&y));
        if let Some(s) = month.map(|d| d.to_string()) {
            if out.last() != Some(&s) {
                out.push(s);
            }
        }
    };
    for c in MILESTONE.captures_iter(&text) {
        if c.name("pre").is_some() {
            if let Some(y) = year {
                push(y, 12, &mut out);
            }
        } else if let Some(y) = c.name("yend") {
            let y = y.as_str().parse().unwrap_or(0);
            year = Some(y);
            push(y, 12, &mut out);
        } else if let Some(m) = c.name("m") {
            let explicit = c.name("y").and_then(|y| y.as_str().parse().ok());
            if explicit.is_some() {
                year = explicit;
            }
            if let Some(y) = explicit.or(year) {
                push(y, m.as_str().parse().unwrap_or(0), &mut out);
            }
        } else if let Some(y) = c.name("ylone") {
            let end = c.get(0).expect("match").end();
            // 「2021-2024年」 or 「2022至2024年」 is a span, not a year to date months by
            let is_range_end =
                text[..c.get(0).expect("match").start()].ends_with(['-', '至', '—', '~']);
            if !is_range_end && !text[end..].starts_with(['度']) {
                year = y.as_str().parse().ok();
            }
        }
    }
    out
}

/// `text.contains(char::is_whitespace)`, read on the bytes: an ASCII byte is tested as it
/// is, and only a character whose first byte may start a non-ASCII space (U+0085, U+00A0:
/// 0xC2; U+1680: 0xE1; U+2000–U+205F: 0xE2; U+3000: 0xE3) is decoded — the ideographs of a
/// measure (0xE4–0xE9) never are. Asked of every measure's text.
pub fn has_whitespace(text: &str) -> bool {
    text.bytes().enumerate().any(|(i, b)| match b {
        b'\t'..=b'\r' | b' ' => true,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text[i..].chars().next().is_some_and(char::is_whitespace),
        _ => false,
    })
}

/// The month of a completion clause (完成时限:2020年11月 → 2020-11), even without 底.
pub fn completion(text: &str, plan_year: Option<u32>) -> Vec<String> {
    let found = milestones(text, plan_year);
    if !found.is_empty() {
        return found;
    }
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    PLAIN_MONTH
        .captures_iter(&text)
        .filter_map(|c| {
            let month = PolicyDate::month_of(c[1].parse().ok()?, c[2].parse().ok()?)?;
            Some(month.to_string())
        })
        .collect()
}

/// The latest of `deadlines` (they are `YYYY-MM`, so text order is time order).
pub fn latest(deadlines: &[String]) -> Option<&String> {
    deadlines.iter().max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_found_on_the_bytes_as_by_the_characters() {
        // every whitespace character Unicode has, the marks and ideographs sharing their
        // first bytes, and ASCII controls, each alone and between ideographs
        let mut samples: Vec<String> = (0u32..0x3100)
            .filter_map(char::from_u32)
            .filter(|c| {
                c.is_ascii()
                    || c.is_whitespace()
                    || (0x2000..0x2100).contains(&(*c as u32))
                    || (0x3000..0x3100).contains(&(*c as u32))
                    || (0x80..0x100).contains(&(*c as u32))
                    || (0x1600..0x1700).contains(&(*c as u32))
            })
            .flat_map(|c| [c.to_string(), format!("年{c}月"), format!("{c}底")])
            .collect();
        samples.push(String::new());
        samples.push("2020年11月底前完成。".to_owned());
        for sample in &samples {
            assert_eq!(
                has_whitespace(sample),
                sample.contains(char::is_whitespace),
                "{sample:?}"
            );
        }
        for file in std::fs::read_dir("corpus").unwrap() {
            let path = file.unwrap().path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                for line in text.lines() {
                    assert_eq!(has_whitespace(line), line.contains(char::is_whitespace));
                }
                assert_eq!(has_whitespace(&text), text.contains(char::is_whitespace));
            }
        }
    }

    #[test]
    fn months_take_the_plan_year_or_the_last_year_named() {
        assert_eq!(
            milestones("8月底前推出,11月底扩大。", Some(2020)),
            ["2020-08", "2020-11"]
        );
        assert_eq!(
            milestones("2022年底前实现;2023年6月底前完成;9月底前推广", None),
            ["2022-12", "2023-06", "2023-09"]
        );
        assert_eq!(milestones("2020年年底前完成", None), ["2020-12"]);
        assert_eq!(milestones("2020 年 6 月底前", None), ["2020-06"]);
        assert_eq!(milestones("年底前完成清理", Some(2020)), ["2020-12"]);
        assert!(milestones("每年年底前报告", Some(2020)).is_empty());
    }

    #[test]
    fn reports_and_spans_are_not_deadlines() {
        assert!(milestones("6月,全区全面推进改革。11月9日启用。", Some(2020)).is_empty());
        assert!(milestones("2021年全区新设企业3821户", None).is_empty());
        assert_eq!(milestones("2022至2024年,6月底前", Some(2022)), ["2022-06"]);
    }

    #[test]
    fn completion_clause_without_di() {
        assert_eq!(completion("2020年11月", None), ["2020-11"]);
    }
}
