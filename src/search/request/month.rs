//! A month (`2020-07`), the unit of a search's date range: read as people write it, checked
//! against the years a filter accepts, keyed as the index's date field.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{clip, YEARS};
use crate::corpus::date::PolicyDate;
use crate::{Error, Result};

/// A month (`2020-07`): the unit of the date range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    /// The year, in [`YEARS`].
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    /// Reads a month parameter (`name` is `from` or `to`, for the message): `YYYY-MM` (or
    /// `YYYY-M`, `YYYY/MM`, `YYYY.MM`), or a bare year `YYYY`, which means its first month as
    /// `from` and its last as `to` (a range of whole years reads as people say it).
    pub fn parse(name: &'static str, raw: &str) -> Result<Month> {
        let raw = raw.trim();
        let bad = || {
            Error::invalid(
                name,
                format!(
                    "{}须为年月,写作 YYYY-MM(如 2020-07),收到「{}」",
                    month_label(name),
                    clip(raw)
                ),
            )
        };
        let (year, month) = match raw.split_once(['-', '/', '.']) {
            Some((year, month)) => (year, Some(month)),
            None => (raw, None),
        };
        fn digits(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<&str> {
            (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
        }
        let year: i32 = digits(year, 4..=4)
            .and_then(|y| y.parse().ok())
            .ok_or_else(bad)?;
        let month: u32 = match month {
            Some(month) => digits(month, 1..=2)
                .and_then(|m| m.parse().ok())
                .ok_or_else(bad)?,
            None if name == "to" => 12,
            None => 1,
        };
        let parsed = Month { year, month };
        parsed.check(name)?;
        Ok(parsed)
    }

    /// The month of a document's date (a date of a year alone: its first month); `None` when
    /// its year is outside [`YEARS`].
    pub fn of_date(date: PolicyDate) -> Option<Month> {
        let month = Month {
            year: date.year() as i32,
            month: date.month().unwrap_or(1),
        };
        month.check("from").is_ok().then_some(month)
    }

    /// The date key ([`PolicyDate::key`]) of the month's start: what the index's date field
    /// holds for a date in this month without its day.
    pub fn key(self) -> u64 {
        PolicyDate::month_of(self.year as u32, self.month).map_or(0, PolicyDate::key)
    }

    /// Checks the month is 1–12 and the year in [`YEARS`].
    pub fn check(self, name: &'static str) -> Result<()> {
        if !(1..=12).contains(&self.month) {
            return Err(Error::invalid(
                name,
                format!(
                    "{}的月份须为 1 到 12,收到「{}」",
                    month_label(name),
                    self.month
                ),
            ));
        }
        if !YEARS.contains(&self.year) {
            return Err(Error::invalid(
                name,
                format!(
                    "{}的年份须在 {} 到 {} 之间,收到「{}」",
                    month_label(name),
                    YEARS.start(),
                    YEARS.end(),
                    self.year
                ),
            ));
        }
        Ok(())
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Month::parse("from", &raw).map_err(serde::de::Error::custom)
    }
}

/// What a month parameter is called in messages.
fn month_label(name: &str) -> &'static str {
    if name == "to" {
        "截止月份 to"
    } else {
        "起始月份 from"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::request::param_of;

    #[test]
    fn months_read_as_people_write_them() {
        let month = |name, raw| Month::parse(name, raw).map(|m| m.to_string());
        assert_eq!(month("from", "2020-07").unwrap(), "2020-07");
        assert_eq!(month("from", " 2020-7 ").unwrap(), "2020-07");
        assert_eq!(month("to", "2021/12").unwrap(), "2021-12");
        assert_eq!(month("from", "2020").unwrap(), "2020-01");
        assert_eq!(month("to", "2020").unwrap(), "2020-12");
        for bad in [
            "2020-13",
            "2020-0",
            "20-07",
            "2020-07-01",
            "七月",
            "",
            "1800-01",
            "2020-x",
        ] {
            let err = Month::parse("to", bad).unwrap_err();
            assert!(err.to_string().contains("截止月份 to"), "{bad}: {err}");
            assert_eq!(param_of(err), "to", "{bad}");
        }
    }
}
