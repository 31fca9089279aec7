//! Policy dates as Chinese documents write them: `2020年7月24日`, `二〇二〇年七月二十四日`,
//! `2020-07-24`, `20200724`, a month or a year alone, full-width digits. One reading for every
//! place a date comes from (a metadata field, an info line, a signature block), normalised to
//! `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), and the year a document belongs to when it states no
//! date (its title's one year, its 文号's 〔year〕). Metadata ([`super::metadata`]) and the
//! outline reader ([`crate::extract::outline`]) read dates through here.

use std::sync::LazyLock;

use regex::Regex;

/// The year a document belongs to: its date's, else the one year its title names (not a
/// span: 「2021-2024年」 names none), else the year of its 文号.
pub fn document_year(
    date: Option<&str>,
    title: Option<&str>,
    doc_number: Option<&str>,
) -> Option<u32> {
    let from_date = date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok());
    from_date
        .or_else(|| title.and_then(title_year))
        .or_else(|| {
            let c = NUMBER_YEAR.captures(doc_number?)?;
            c[1].parse().ok()
        })
}

/// The one year a title names (山东省营商环境创新2022年行动计划 → 2022), none for a span.
pub fn title_year(title: &str) -> Option<u32> {
    let mut years = TITLE_YEAR
        .captures_iter(title)
        .filter_map(|c| c[1].parse::<u32>().ok())
        .filter(|y| (1949..=2100).contains(y));
    let first = years.next()?;
    (years.all(|y| y == first) && !YEAR_SPAN.is_match(title)).then_some(first)
}

static TITLE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\d{4})\s*年").expect("valid regex"));
static YEAR_SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d{4}\s*年?\s*[-—–~至]\s*\d{4}").expect("valid regex"));
static NUMBER_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[〔\[(](\d{4})[〕\])]").expect("valid regex"));

/// A line that is only a date, Arabic or Chinese numerals (二〇一二年一月九日), perhaps
/// followed by 印发; the day may be missing (2021 年 10 月).
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\(?(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*",
        r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*",
        r"(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*(?:印发|发布|制定|通过)?\)?$"
    ))
    .expect("valid regex")
});

/// The date of a line that is only a date, `YYYY-MM-DD` (or `YYYY-MM`).
pub fn date_line(line: &str) -> Option<String> {
    let c = DATE_LINE.captures(line)?;
    let year: String = c["y"]
        .chars()
        .map(|ch| match ch {
            '〇' | '○' | '零' => '0',
            _ => "零一二三四五六七八九"
                .chars()
                .position(|d| d == ch)
                .and_then(|p| char::from_digit(p as u32, 10))
                .unwrap_or(ch),
        })
        .collect();
    let number = |s: &str| -> u32 {
        s.parse()
            .unwrap_or_else(|_| super::normalize::chinese_number(s))
    };
    let month = number(&c["m"]);
    let date = match c.name("d") {
        Some(d) => format!("{year}-{month:02}-{:02}", number(d.as_str())),
        None => format!("{year}-{month:02}"),
    };
    normalize_date(&date)
}
/// A date as written (`2020-07-24`, `2020/7/24`, `20200724`, `2020年7月24日`, `2020-07`,
/// `202007`, `2020年`, `2020-07-24T08:00:00`, full-width digits) → `YYYY-MM-DD`, `YYYY-MM`
/// or `YYYY`. `None` when it does not start with a year (1900–2100), or a month or day is
/// out of range.
pub fn normalize_date(written: &str) -> Option<String> {
    let ascii: String = written
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_digit(c as u32 - '０' as u32, 10).unwrap_or(c),
            '－' => '-',
            '／' => '/',
            '．' => '.',
            _ => c,
        })
        .collect();
    let (y, m, d) = if let Some(c) = COMPACT_DATE.captures(&ascii) {
        (c.get(1), c.get(2), c.get(3))
    } else {
        let c = SEPARATED_DATE.captures(&ascii)?;
        (c.get(1), c.get(2), c.get(3))
    };
    let year: u32 = y?.as_str().parse().ok()?;
    if !(1900..=2100).contains(&year) {
        return None;
    }
    let mut out = year.to_string();
    if let Some(m) = m {
        let month: u32 = m.as_str().parse().ok()?;
        if !(1..=12).contains(&month) {
            return None;
        }
        out.push_str(&format!("-{month:02}"));
        if let Some(d) = d {
            let day: u32 = d.as_str().parse().ok()?;
            if !(1..=31).contains(&day) {
                return None;
            }
            out.push_str(&format!("-{day:02}"));
        }
    }
    Some(out)
}

/// A date given by the corpus (sidecar `date`, JSONL `written_date` …) normalised with
/// [`normalize_date`]; one that cannot be read is left out (with a warning naming `source`),
/// so the date inferred from the text, if any, is used instead.
pub fn document_date(written: &str, source: &str) -> Option<String> {
    let date = normalize_date(written);
    if date.is_none() {
        tracing::warn!(source, date = written, "date not understood, ignored");
    }
    date
}

/// `20200724`, `202007`: digits only, nothing after but a time.
static COMPACT_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{4})(\d{2})(\d{2})?(?:$|[T\s])").expect("valid regex"));
/// `2020-07-24`, `2020/7/24`, `2020.7`, `2020年7月24日`, `2020年`, `2020`.
static SEPARATED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\d{4})\s*(?:年|[-/.]|$)\s*(?:(\d{1,2})\s*(?:月|[-/.]|$)\s*(?:(\d{1,2})\s*(?:日|号|$|[T\s]))?)?",
    )
    .expect("valid regex")
});

/// `2020`, `7`, `24` → `2020-07-24`.
pub fn ymd(y: &str, m: &str, d: &str) -> String {
    format!(
        "{y}-{:02}-{:02}",
        m.parse::<u32>().unwrap_or(1),
        d.parse::<u32>().unwrap_or(1)
    )
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_written() {
        for (written, normal) in [
            ("20200724", Some("2020-07-24")),
            ("2020年7月24日", Some("2020-07-24")),
            ("2020 年 7 月 24 日印发", Some("2020-07-24")),
            ("２０２０年７月", Some("2020-07")),
            ("2020/7/24", Some("2020-07-24")),
            ("2020.07", Some("2020-07")),
            ("202007", Some("2020-07")),
            ("2020", Some("2020")),
            ("2020年", Some("2020")),
            ("2020-07-24T08:00:00+08:00", Some("2020-07-24")),
            ("2020-13-01", None),
            ("20201324", None),
            ("12345678901234567890", None),
            ("n/a", None),
            ("", None),
        ] {
            assert_eq!(normalize_date(written).as_deref(), normal, "{written}");
        }
        assert_eq!(
            date_line("二○一二年一月九日").as_deref(),
            Some("2012-01-09")
        );
        assert_eq!(
            date_line("二〇二一年十二月三十一日").as_deref(),
            Some("2021-12-31")
        );
        assert_eq!(date_line("2021 年 10 月").as_deref(), Some("2021-10"));
    }
    #[test]
    fn years_from_title_or_number() {
        assert_eq!(
            document_year(None, Some("山东省营商环境创新2022年行动计划"), None),
            Some(2022)
        );
        assert_eq!(
            document_year(None, Some("行动方案(2021-2024年)"), None),
            None
        );
        assert_eq!(
            document_year(None, Some("方案"), Some("鲁政办字〔2021〕5号")),
            Some(2021)
        );
        assert_eq!(
            document_year(Some("2020-07-24"), Some("2022年计划"), None),
            Some(2020)
        );
    }
}
