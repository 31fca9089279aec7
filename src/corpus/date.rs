//! Policy dates ([`PolicyDate`]) as Chinese documents write them: `2020年7月24日`,
//! `二〇二〇年七月二十四日`, `2020-07-24`, `20200724`, a month or a year alone, full-width
//! digits. One reading for every place a date comes from (a metadata field, an info line, a
//! signature block, a deadline, a filter), one written form for the index and the API
//! (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) and one for pages (2020年7月24日); and the year a
//! document belongs to when it states no date (its title's one year, its 文号's 〔year〕).
//! Stage 1 holds it so that every later stage can read dates through here.

use std::fmt;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use regex::Regex;

/// The years a date may have: anything outside is a misreading (a number, a code).
pub const YEARS: RangeInclusive<u32> = 1900..=2100;

/// The years a plan may name (its title's year, a deadline's): since 1949.
pub const PLAN_YEARS: RangeInclusive<u32> = 1949..=2100;

/// A date as policy documents give it: a year, perhaps its month, perhaps its day (成文日期
/// 2020年7月24日, a deadline 2022年9月底 → 2022-09, a plan's year). Ordered by time, a year
/// before its months and a month before its days, like the written form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PolicyDate {
    year: u16,
    month: Option<u8>,
    day: Option<u8>,
}

impl PolicyDate {
    /// The date of `year`, `month` (1–12) and `day` (1–31); `None` when a part is out of range
    /// (the year in [`YEARS`]) or a day is given without its month.
    pub fn new(year: u32, month: Option<u32>, day: Option<u32>) -> Option<PolicyDate> {
        let valid = YEARS.contains(&year)
            && month.is_none_or(|m| (1..=12).contains(&m))
            && day.is_none_or(|d| (1..=31).contains(&d))
            && (month.is_some() || day.is_none());
        valid.then(|| PolicyDate {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        })
    }

    /// The month `month` of `year`.
    pub fn month_of(year: u32, month: u32) -> Option<PolicyDate> {
        PolicyDate::new(year, Some(month), None)
    }

    /// A date as written (`2020-07-24`, `2020/7/24`, `20200724`, `2020年7月24日`, `2020-07`,
    /// `202007`, `2020年`, `2020-07-24T08:00:00`, full-width digits). `None` when it does not
    /// start with a year in [`YEARS`], or a month or day is out of range.
    pub fn parse(written: &str) -> Option<PolicyDate> {
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
        // a part that is there must read as a number; `None` inside: the part is not there
        let number = |m: Option<regex::Match>| match m {
            Some(m) => m.as_str().parse::<u32>().ok().map(Some),
            None => Some(None),
        };
        PolicyDate::new(y?.as_str().parse().ok()?, number(m)?, number(d)?)
    }

    /// The date of a line that is only a date, in Arabic or Chinese numerals
    /// (二〇一二年一月九日), perhaps followed by 印发; the day may be missing (2021 年 10 月).
    pub fn of_line(line: &str) -> Option<PolicyDate> {
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
        PolicyDate::new(
            year.parse().ok()?,
            Some(number(&c["m"])),
            c.name("d").map(|d| number(d.as_str())),
        )
    }

    /// The year.
    pub fn year(self) -> u32 {
        u32::from(self.year)
    }

    /// The month, when the date names one.
    pub fn month(self) -> Option<u32> {
        self.month.map(u32::from)
    }

    /// The day, when the date names one.
    pub fn day(self) -> Option<u32> {
        self.day.map(u32::from)
    }

    /// As official documents date themselves: 2020年7月24日, 2020年7月, 2020年.
    pub fn chinese(self) -> String {
        let mut out = format!("{}年", self.year);
        if let Some(m) = self.month {
            out.push_str(&format!("{m}月"));
        }
        if let Some(d) = self.day {
            out.push_str(&format!("{d}日"));
        }
        out
    }

    /// `YYYYMMDD` as a number, missing parts 0: sorts like the dates.
    pub fn key(self) -> u64 {
        u64::from(self.year) * 10_000
            + u64::from(self.month.unwrap_or(0)) * 100
            + u64::from(self.day.unwrap_or(0))
    }
}

/// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the form the index, the API and `<time>` carry.
impl fmt::Display for PolicyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A date given by the corpus (sidecar `date`, JSONL `written_date` …); one that cannot be
/// read is left out (with a warning naming `source`), so the date inferred from the text, if
/// any, is used instead.
pub fn document_date(written: &str, source: &str) -> Option<PolicyDate> {
    let date = PolicyDate::parse(written);
    if date.is_none() {
        tracing::warn!(source, date = written, "date not understood, ignored");
    }
    date
}

/// The year a document belongs to: its date's, else the one year its title names (not a
/// span: 「2021-2024年」 names none), else the year of its 文号.
pub fn document_year(
    date: Option<PolicyDate>,
    title: Option<&str>,
    doc_number: Option<&str>,
) -> Option<u32> {
    date.map(PolicyDate::year)
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
        .filter(|y| PLAN_YEARS.contains(y));
    let first = years.next()?;
    (years.all(|y| y == first) && !YEAR_SPAN.is_match(title)).then_some(first)
}

/// Whether `text` writes a year (2022年, 2022 年) of the years a plan may name: a deadline
/// that says its year (「2022年底前」) needs none added.
pub fn names_year(text: &str) -> bool {
    TITLE_YEAR
        .captures_iter(text)
        .filter_map(|c| c[1].parse::<u32>().ok())
        .any(|y| PLAN_YEARS.contains(&y))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn normal(written: &str) -> Option<String> {
        PolicyDate::parse(written).map(|d| d.to_string())
    }

    #[test]
    fn dates_as_written() {
        for (written, expected) in [
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
            ("1899-01-01", None),
            ("12345678901234567890", None),
            ("n/a", None),
            ("", None),
        ] {
            assert_eq!(normal(written).as_deref(), expected, "{written}");
        }
        let line = |l: &str| PolicyDate::of_line(l).map(|d| d.to_string());
        assert_eq!(line("二○一二年一月九日").as_deref(), Some("2012-01-09"));
        assert_eq!(
            line("二〇二一年十二月三十一日").as_deref(),
            Some("2021-12-31")
        );
        assert_eq!(line("2021 年 10 月").as_deref(), Some("2021-10"));
        assert_eq!(line("2021年十三月"), None);
    }

    #[test]
    fn written_forms_and_order() {
        let d = PolicyDate::parse("2022-03-01").unwrap();
        assert_eq!(d.chinese(), "2022年3月1日");
        assert_eq!(
            PolicyDate::parse("2019-12").unwrap().chinese(),
            "2019年12月"
        );
        assert_eq!(PolicyDate::parse("2019").unwrap().chinese(), "2019年");
        assert_eq!((d.year(), d.month(), d.day()), (2022, Some(3), Some(1)));
        assert_eq!(d.key(), 20220301);
        assert_eq!(PolicyDate::month_of(2020, 7).unwrap().key(), 20200700);
        // time order is the written form's order: a year, then its months, then their days
        let mut dates: Vec<PolicyDate> = ["2021-01", "2020-12-31", "2020", "2020-12"]
            .iter()
            .filter_map(|d| PolicyDate::parse(d))
            .collect();
        dates.sort();
        let written: Vec<String> = dates.iter().map(PolicyDate::to_string).collect();
        assert_eq!(written, ["2020", "2020-12", "2020-12-31", "2021-01"]);
        assert_eq!(PolicyDate::new(2020, None, Some(1)), None);
        assert_eq!(PolicyDate::month_of(2020, 0), None);
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
            document_year(PolicyDate::parse("2020-07-24"), Some("2022年计划"), None),
            Some(2020)
        );
    }

    #[test]
    fn a_deadline_names_its_year_or_not() {
        assert!(names_year("2022年底前"));
        assert!(names_year("2023 年6月底前"));
        assert!(!names_year("9月底前"));
        assert!(!names_year("年底前"));
        assert!(!names_year("5000年"));
    }
}
