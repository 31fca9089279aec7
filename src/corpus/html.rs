//! Stage 1b: an HTML page → its text. A small stripper, enough for government portal pages:
//! drops `<script>`, `<style>`, `<head>` (keeping `<title>`) and comments, turns block tags
//! into line breaks and decodes entities. Output: plain text for [`super::normalize`].

use std::sync::LazyLock;

use regex::Regex;

static DROP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<!--.*?-->|<(script|style|noscript|template|svg)\b.*?</(script|style|noscript|template|svg)\s*>")
        .expect("valid regex")
});
static TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title\s*>").expect("valid regex"));
static HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<head\b.*?</head\s*>").expect("valid regex"));
static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|nav|dd|dt|dl|blockquote|pre|hr|center|form)\b[^>]*>")
        .expect("valid regex")
});
static CELL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?(td|th)\b[^>]*>").expect("valid regex"));
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").expect("valid regex"));
static ENTITY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);").expect("valid regex"));

/// True when `text` (from the file `name`) is an HTML page rather than plain text.
pub fn is_html(text: &str, name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".shtml") {
        return true;
    }
    let start: String = text.trim_start().chars().take(200).collect::<String>();
    let start = start.to_ascii_lowercase();
    start.starts_with("<!doctype html") || start.starts_with("<html") || start.contains("<body")
}

/// The text of an HTML page: title first, then the body, one block a line.
pub fn to_text(html: &str) -> String {
    let title = TITLE
        .captures(html)
        .map(|c| TAG.replace_all(&c[1], "").trim().to_owned())
        .unwrap_or_default();
    let body = DROP.replace_all(html, "");
    let body = HEAD.replace_all(&body, "");
    let body = BLOCK.replace_all(&body, "\n");
    let body = CELL.replace_all(&body, " ");
    let body = TAG.replace_all(&body, "");
    let body = decode_entities(&body);
    let mut out = String::new();
    if !title.is_empty() && !body.contains(title.as_str()) {
        out.push_str(&decode_entities(&title));
        out.push('\n');
    }
    out.push_str(&body);
    out
}

/// Decodes named (the common ones) and numeric character references.
pub fn decode_entities(text: &str) -> String {
    ENTITY
        .replace_all(text, |c: &regex::Captures| {
            let name = &c[1];
            let decoded = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32)
            } else {
                named(name)
            };
            decoded.map_or_else(|| c[0].to_owned(), |ch| ch.to_string())
        })
        .into_owned()
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "middot" => '·',
        "hellip" => '…',
        "times" => '×',
        "bull" => '•',
        "copy" => '©',
        "reg" => '®',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_scripts_and_keeps_blocks_apart() {
        let html = "<html><head><title>通知</title><style>p{}</style></head><body>\
                    <script>var a=1;</script><p>一、总体要求</p><div>牵头单位:&ldquo;市财政局&rdquo;&nbsp;</div></body></html>";
        let text = to_text(html);
        assert!(text.starts_with("通知\n"));
        assert!(text.contains("一、总体要求\n"));
        assert!(text.contains("牵头单位:“市财政局”"));
        assert!(!text.contains("var a"));
        assert!(is_html(html, "x.txt"));
        assert!(!is_html("一、总体要求", "x.txt"));
    }

    #[test]
    fn numeric_entities() {
        assert_eq!(decode_entities("&#25919;&#x7B56;&foo;"), "政策&foo;");
    }
}
