//! Document metadata: the optional `<stem>.toml` file beside a text ([`Sidecar`]), and what
//! we infer from the normalised text when it says nothing ([`infer`]): 文号, 成文日期,
//! 标题 (the plan a 「关于印发《…》的通知」 carries, not the notice), 发文机关, publisher.

use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::normalize::is_chrome;

/// The metadata file beside a text: every field optional, facts stated by the text or the
/// corpus README only.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sidecar {
    /// 标题.
    pub title: Option<String>,
    /// 发文机关.
    pub issuer: Option<String>,
    /// 成文日期, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// 文号.
    pub doc_number: Option<String>,
    /// Region path (`山东省/威海市`) or `全国`.
    pub region: Option<String>,
    /// Who published the copy in the corpus.
    pub publisher: Option<String>,
    /// Where the original is published (an `http(s)://` address).
    pub url: Option<String>,
}

impl Sidecar {
    /// Parses a metadata file; the error names what is wrong.
    pub fn parse(text: &str) -> Result<Sidecar, String> {
        toml::from_str(text).map_err(|e| format!("invalid metadata file: {}", e.message()))
    }
}

/// What the text itself says about the document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inferred {
    /// 标题, when a line looks like one.
    pub title: Option<String>,
    /// 文号.
    pub doc_number: Option<String>,
    /// 成文日期 (or the publication date when that is all there is).
    pub date: Option<String>,
    /// 发文机关: the signature line above the date.
    pub issuer: Option<String>,
    /// 文章来源 / 来源 of a web page.
    pub publisher: Option<String>,
}

static DOC_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([\p{Han}]{1,12}[〔\[(]\d{4}[〕\])]\s*\d+\s*号)").expect("valid regex")
});
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$").expect("valid regex")
});
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:发布日期|发布时间|成文日期|日期)\s*[::]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})",
    )
    .expect("valid regex")
});
static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:文章来源|信息来源|来源|发布机构)\s*[::]\s*([^\s::]{2,30})")
        .expect("valid regex")
});
static CARRIED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"关于(?:印发|转发)《([^》]+)》").expect("valid regex"));
static ISSUER_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:办公室|办公厅|人民政府|政府|委员会|党委|委|局|厅|部|院|中心|公司|管委会)$")
        .expect("valid regex")
});
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\)|【|第[一二三四五六七八九十百]+[章条])")
        .expect("valid regex")
});

/// Reads 文号, date, title, issuer and publisher from the top of a normalised text.
pub fn infer(text: &str) -> Inferred {
    let lines: Vec<&str> = text.lines().collect();
    let head = &lines[..lines.len().min(40)];
    let mut out = Inferred {
        doc_number: head
            .iter()
            .find_map(|l| DOC_NUMBER.captures(l).map(|c| c[1].replace(' ', ""))),
        ..Inferred::default()
    };
    if let Some(i) = head.iter().position(|l| DATE_LINE.is_match(l)) {
        let c = DATE_LINE.captures(head[i]).expect("matched");
        out.date = Some(ymd(&c[1], &c[2], &c[3]));
        out.issuer = i
            .checked_sub(1)
            .map(|j| head[j].trim())
            .filter(|l| looks_like_issuer(l))
            .map(str::to_owned);
    } else if let Some(c) = head.iter().find_map(|l| PUBLISHED.captures(l)) {
        out.date = Some(ymd(&c[1], &c[2], &c[3]));
    }
    out.publisher = head
        .iter()
        .take(10)
        .find_map(|l| SOURCE.captures(l).map(|c| c[1].to_owned()));
    out.title = title(&lines);
    out
}

/// The title: the first title-like line; when it is a notice that carries a plan
/// (「关于印发《X》的通知」) and X stands on its own further down, X.
pub fn title(lines: &[&str]) -> Option<String> {
    let first = lines.iter().take(25).find(|l| title_like(l))?;
    if let Some(c) = CARRIED.captures(first) {
        let carried = c[1].replace(' ', "");
        let stands_alone = lines.windows(2).any(|w| {
            w[0] == carried
                || w[0].starts_with(carried.as_str()) && w[0].len() == carried.len()
                || format!("{}{}", w[0], w[1]) == carried
        }) || lines.last().is_some_and(|l| *l == carried);
        if stands_alone {
            return Some(carried);
        }
    }
    let title = DOC_NUMBER.replace(first, "");
    Some(title.trim_start_matches([':', ' ']).trim().to_owned())
}

fn title_like(line: &str) -> bool {
    let n = line.chars().count();
    (6..=90).contains(&n)
        && !line.contains('。')
        && !line.ends_with(':')
        && !DATE_LINE.is_match(line)
        && !PUBLISHED.is_match(line)
        && !SOURCE.is_match(line)
        && !is_chrome(line)
        && !MARKER.is_match(line)
        && !line.contains("点击")
        && line.chars().any(super::normalize::is_han)
}

fn looks_like_issuer(line: &str) -> bool {
    let n = line.chars().count();
    (3..=60).contains(&n) && !line.contains(['。', ',', ':']) && ISSUER_END.is_match(line)
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
    fn a_notice_carrying_a_plan() {
        let text = "乳山关于转发《威海市提标提速实施方案》的通知\n发布日期:2021-10-15 09:08:03\n文章来源:乳山市自然资源局\n关于印发《威海市提标提速实施方案》的通知\n威办发〔2020〕7号\n各区市党委:\n《威海市提标提速实施方案》已经同意。\n中共威海市委办公室威海市人民政府办公室\n2020年7月24日\n威海市提标提速实施方案\n一、指导思想";
        let m = infer(text);
        assert_eq!(m.title.as_deref(), Some("威海市提标提速实施方案"));
        assert_eq!(m.doc_number.as_deref(), Some("威办发〔2020〕7号"));
        assert_eq!(m.date.as_deref(), Some("2020-07-24"));
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
            m.issuer.as_deref(),
            Some("中共威海市委办公室威海市人民政府办公室")
        );
        assert_eq!(m.publisher.as_deref(), Some("乳山市自然资源局"));
    }

    #[test]
    fn number_before_the_title_and_a_title_in_two_lines() {
        let text = "鲅政办发〔2022〕1号:关于印发《某区行动方案(2021-2024年)》的通知\n发布时间:2022-03-25\n某区行动方案\n(2021-2024年)\n一、指导思想";
        let m = infer(text);
        assert_eq!(m.title.as_deref(), Some("某区行动方案(2021-2024年)"));
        assert_eq!(m.doc_number.as_deref(), Some("鲅政办发〔2022〕1号"));
        assert_eq!(m.date.as_deref(), Some("2022-03-25"));
    }

    #[test]
    fn sidecar_fields() {
        let s = Sidecar::parse("title = \"甲\"\nregion = \"山东省\"\n").unwrap();
        assert_eq!(s.region.as_deref(), Some("山东省"));
        assert!(Sidecar::parse("titel = 1").is_err());
    }
}
