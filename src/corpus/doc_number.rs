//! The 文号 (document number) of the official layout: 威办发〔2020〕7号, (皖政办秘〔2021〕82号),
//! 国发〔2019〕第3号 — an issuer's abbreviation, the year in hexagonal brackets (or square or
//! round ones, as copied texts write them) and the serial number.
//!
//! One spelling of the pattern, read two ways: metadata takes the 文号 that opens a line of the
//! head, and the title and line-joining rules ask whether a line is a 文号 alone (the line under
//! a title, never the rest of a sentence or of the title above it).

use std::sync::LazyLock;

use regex::Regex;

/// The 文号 itself, without the brackets a copied text may put around it.
const CORE: &str = r"\p{Han}{1,12}[〔\[(]\d{4}[〕\])]\s*第?\s*\d+\s*号";

/// A 文号 opening a line, in brackets or not; group 1 is the 文号.
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[(\[]?({CORE})")).expect("valid regex"));

/// A 文号 standing alone on its line.
static ALONE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^[(\[]?{CORE}[)\]]?$")).expect("valid regex"));

/// The 文号 that opens `line`, spaces removed (「威办发〔2020〕 7号」 → 「威办发〔2020〕7号」).
pub(crate) fn opening(line: &str) -> Option<String> {
    OPENING.captures(line).map(|c| c[1].replace(' ', ""))
}

/// True when `line` opens with a 文号.
pub(crate) fn opens(line: &str) -> bool {
    OPENING.is_match(line)
}

/// `line` without the 文号 (and its opening bracket) that opens it: a title run together with
/// its number keeps only its words.
pub(crate) fn strip_opening(line: &str) -> std::borrow::Cow<'_, str> {
    OPENING.replace(line, "")
}

/// True for a line that is a 文号 alone.
pub(crate) fn is_alone(line: &str) -> bool {
    ALONE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_opening_a_line_is_read_without_its_brackets_or_spaces() {
        assert_eq!(
            opening("威办发〔2020〕 7号").as_deref(),
            Some("威办发〔2020〕7号")
        );
        assert_eq!(
            opening("(皖政办秘〔2021〕82号)").as_deref(),
            Some("皖政办秘〔2021〕82号")
        );
        assert_eq!(
            opening("国发〔2019〕第3号关于…的通知").as_deref(),
            Some("国发〔2019〕第3号")
        );
        assert_eq!(opening("依据《条例》和国发〔2019〕3号文件"), None);
    }

    #[test]
    fn a_number_alone_is_the_whole_line() {
        assert!(is_alone("(皖政办秘〔2021〕82号)"));
        assert!(is_alone("威办发〔2020〕7号"));
        assert!(!is_alone("威办发〔2020〕7号关于印发方案的通知"));
        assert!(!is_alone("国发〔2019〕3号文件执行"));
    }

    #[test]
    fn stripping_keeps_the_title_run_together_with_its_number() {
        assert_eq!(
            strip_opening("鲁政办字〔2022〕5号关于…的通知"),
            "关于…的通知"
        );
        assert_eq!(strip_opening("关于…的通知"), "关于…的通知");
    }
}
