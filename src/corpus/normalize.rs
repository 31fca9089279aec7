//! Stage 1c: decoded text → normalised paragraphs, one a line. NFKC; site chrome (the line
//! patterns in `data/chrome.txt`) and page numbers (—18—) dropped; spaces a PDF put between
//! Chinese characters removed (`中 共 莱 州` → `中共莱州`), while spaces between Latin words
//! stay; a PDF's run-together blocks split back into paragraphs at outline markers; lines a
//! web page broke inside a sentence joined; a measure that runs on after the previous one on
//! the same line (`…9月底)4.优化…`) split off. Next: [`super::metadata`].

use std::sync::LazyLock;

use regex::{Regex, RegexSet};
use unicode_normalization::UnicodeNormalization;

/// Chrome line patterns, one regex a line (`#` comments), kept as data; tested as one set
/// (one pass over a line instead of one a pattern).
static CHROME: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(crate::data::CHROME.entries()).expect("valid chrome patterns in data/chrome.txt")
});

/// A run of single Chinese characters separated by spaces (a letter-spaced title).
static SPACED_RUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\p{Han} ){2,}\p{Han}").expect("valid regex"));
/// A page number inside a run of PDF text.
static PAGE_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[—–]\s*\d{1,3}\s*[—–]\s*").expect("valid regex"));
/// What starts a new block in a PDF's run-together text (tested right after a space).
static BLOCK_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,2}\s?\.\s?(?:\d{4}\s?年|[^\d\s.])|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|【|第[一二三四五六七八九十百零]+[章节条]|(?:牵头|责任|配合)(?:单位|部门)\s?:|附件\s?\d*\s?:)",
    )
    .expect("valid regex")
});
/// A heading marker at the start of a PDF block whose heading may be set apart by a space.
static HEADING_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
        .expect("valid regex")
});
/// An arabic item number at the start of a line.
static ITEM_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3})\s?[.、](?:\d{4}年|[^\d])").expect("valid regex"));
/// Any outline marker or attribution label at the start of a line.
static LINE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\d{1,3}\s?[.、]|[一二三四五六七八九十百]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\(\d{1,2}\)|【|——|第[一二三四五六七八九十百零]+[章节条]|(?:牵头|责任|配合)(?:单位|部门)|附件|责任领导|指标牵头)",
    )
    .expect("valid regex")
});

/// `text` in NFKC, as `text.nfkc()` gives it. A CJK unified ideograph (U+4E00–U+9FFF) is
/// its own NFKC, a starter, and composes with nothing before or after it, so the text is
/// normalised one stretch between two ideographs at a time and the ideographs are copied (a
/// stretch of ASCII is its own NFKC too): most of a Chinese text is ideographs, and running
/// each through the normaliser's decomposition and recomposition was a twentieth of a build.
pub fn nfkc(text: &str) -> String {
    fn stretch(out: &mut String, stretch: &str) {
        if stretch.is_ascii() {
            out.push_str(stretch);
            return;
        }
        // one punctuation mark between two ideographs (,。、:“”《》()): its NFKC alone
        let mut chars = stretch.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            if let Some(folded) = mark_nfkc(c) {
                match folded {
                    Some(folded) => out.push_str(folded),
                    None => out.push(c),
                }
                return;
            }
        }
        out.extend(stretch.nfkc());
    }
    // the text alternates runs of ideographs, copied whole, and the stretches between them
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    let mut ideographs = false;
    for (i, c) in text.char_indices() {
        let ideograph = ('\u{4E00}'..='\u{9FFF}').contains(&c);
        if ideograph != ideographs {
            if ideographs {
                out.push_str(&text[run..i]);
            } else {
                stretch(&mut out, &text[run..i]);
            }
            run = i;
            ideographs = ideograph;
        }
    }
    if ideographs {
        out.push_str(&text[run..]);
    } else {
        stretch(&mut out, &text[run..]);
    }
    out
}

/// The punctuation, symbols and full-width forms a policy text sets between its ideographs
/// (General Punctuation up to CJK Compatibility, just below the ideographs, and the Halfwidth
/// and Fullwidth Forms).
const MARK_RANGES: [std::ops::RangeInclusive<u32>; 2] = [0x2000..=0x33FF, 0xFF00..=0xFFEF];

/// The NFKC of each character of [`MARK_RANGES`] standing alone, `None` for one that is its
/// own: most stretches between two ideographs are one such mark, and each went through the
/// normaliser's decomposition and recomposition.
static MARK_NFKC: LazyLock<Vec<Option<Box<str>>>> = LazyLock::new(|| {
    MARK_RANGES
        .iter()
        .flat_map(|range| range.clone())
        .map(|u| {
            let c = char::from_u32(u)?;
            let folded: String = std::iter::once(c).nfkc().collect();
            let mut chars = folded.chars();
            let itself = chars.next() == Some(c) && chars.next().is_none();
            (!itself).then(|| folded.into_boxed_str())
        })
        .collect()
});

/// The entry of `c` in [`MARK_NFKC`] (`Some(None)`: `c` is its own NFKC), if `c` is in
/// [`MARK_RANGES`].
fn mark_nfkc(c: char) -> Option<Option<&'static str>> {
    let mut base = 0;
    for range in &MARK_RANGES {
        if range.contains(&(c as u32)) {
            return Some(MARK_NFKC[base + (c as u32 - range.start()) as usize].as_deref());
        }
        base += (range.end() - range.start() + 1) as usize;
    }
    None
}

/// The end of an official title: its 文种 (`data/doc-kinds.txt`), perhaps followed by
/// bracketed notes (「(试行)」, 「(2021-2024年)」, 「(征求意见稿)」).
pub static DOC_KIND_END: LazyLock<Regex> = LazyLock::new(|| {
    let kinds: Vec<&str> = crate::data::DOC_KINDS.entries().collect();
    Regex::new(&format!(
        r"(?:{})(?:\([^()]{{1,16}}\))*$",
        super::lists::alternation_pattern(&kinds)
    ))
    .expect("escaped kinds form a valid regex")
});
/// True for an official title's own line: 「…关于…的通知」, 「民政部对…的答复」 — a title whose
/// 「的」 leads to its 文种 ends there, however long, and is never a sentence wrapped onto the
/// next line (its quotes and book-title marks closed).
fn is_titled_line(line: &str) -> bool {
    let Some(m) = DOC_KIND_END.find(line) else {
        return false;
    };
    let closed =
        |open: char, close: char| line.matches(open).count() == line.matches(close).count();
    line[..m.start()].ends_with('的')
        && !line.contains('。')
        && closed('《', '》')
        && closed('“', '”')
        && closed('(', ')')
}

/// Normalises a decoded text into paragraphs, one a line, no empty lines.
pub fn normalize(text: &str) -> String {
    let text = nfkc(text);
    // line ends made \n; a text holding none of the others (most: each looked for as a
    // string, a vectorised search, not by decoding every character) is kept as it is
    let text = if text.contains('\r') || text.contains('\u{2028}') || text.contains('\u{2029}') {
        text.replace("\r\n", "\n")
            .replace(['\r', '\u{2028}', '\u{2029}'], "\n")
    } else {
        text
    };
    let lines: Vec<String> = text.lines().map(clean_line).collect();
    let pdf = lines.iter().any(|l| looks_like_pdf_run(l));

    let mut paragraphs: Vec<String> = Vec::new();
    for line in &lines {
        if pdf {
            for block in split_pdf_blocks(line) {
                paragraphs.push(despace(&block));
            }
        } else {
            paragraphs.push(tidy_punctuation_spaces(line));
        }
    }
    let paragraphs: Vec<String> = paragraphs
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty() && !is_chrome(p))
        .collect();
    let paragraphs = join_broken_lines(paragraphs);
    let paragraphs = split_run_on_items(paragraphs);
    paragraphs.join("\n")
}

/// True when `line` is site chrome or a page number.
pub fn is_chrome(line: &str) -> bool {
    CHROME.is_match(line)
}

/// Trims, drops list bullets and replacement characters at the ends, turns tabs and runs of spaces into one space and closes up
/// letter-spaced Chinese (`几 个 问 题` → `几个问题`).
fn clean_line(line: &str) -> String {
    // a replacement character (a byte decoding could not read) carries no text: at the
    // start of a line it would hide the outline marker after it
    let line = line.trim_matches(|c: char| c.is_whitespace() || "•·●▪◆■□\u{FFFD}".contains(c));
    // each run of whitespace one space, none at the ends: the words between copied whole
    let mut out = String::with_capacity(line.len());
    for word in line.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    // the pattern needs a space: most lines have none
    if !out.contains(' ') {
        return out;
    }
    SPACED_RUN
        .replace_all(&out, |c: &regex::Captures| c[0].replace(' ', ""))
        .into_owned()
}

/// Drops the spaces around Chinese punctuation in a (non-PDF) line.
fn tidy_punctuation_spaces(line: &str) -> String {
    // both patterns need a space: most lines have none
    if !line.contains(' ') {
        return line.to_owned();
    }
    let out = SPACE_AFTER_PUNCT.replace_all(line, "$1$2");
    SPACE_BEFORE_PUNCT.replace_all(&out, "$1$2").into_owned()
}

/// A space between Chinese punctuation and Chinese text (「稳金融、 稳外贸」) is a typing
/// slip, never a separator; in Latin text (`Hello, world`) it stays.
static SPACE_AFTER_PUNCT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([、,。;:!?]) +([^\x00-\x7F])").expect("valid regex"));
static SPACE_BEFORE_PUNCT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([^\x00-\x7F]) +([、,。;:!?])").expect("valid regex"));

/// A line of PDF text: long, with the spaces a PDF leaves at every wrapped line.
fn looks_like_pdf_run(line: &str) -> bool {
    let chars = line.chars().count();
    let spaces = line.chars().filter(|&c| c == ' ').count();
    chars > 1000 && spaces * 100 > chars
}

/// Splits a run of PDF text into blocks: at a space before an outline marker or an
/// attribution label, after a sentence end followed by a space, and after a heading set
/// apart by a space (`七、鼓励推行“标准地”供地方式 相关部门…`). Page numbers are dropped.
fn split_pdf_blocks(line: &str) -> Vec<String> {
    let line = PAGE_NUMBER.replace_all(line, " ");
    let line = line.trim();
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (at, _) in line
        .match_indices(' ')
        .chain(std::iter::once((line.len(), "")))
    {
        let piece = &line[start..at];
        if start > 0 {
            let rest = &line[start..];
            let after_sentence = current.ends_with(['。', ';', '!', '?']);
            let new_block =
                BLOCK_START.is_match(rest) || after_sentence || heading_ends_here(&current, rest);
            if new_block {
                blocks.push(std::mem::take(&mut current));
            } else {
                current.push(' ');
            }
        }
        current.push_str(piece);
        start = at + 1;
    }
    blocks.push(current);
    blocks
}

/// True when `current` is a short heading (一、… or (一)…) without a sentence end and the
/// text that follows the space is body text, not the rest of a wrapped heading.
fn heading_ends_here(current: &str, rest: &str) -> bool {
    let Some(marker) = HEADING_START.find(current) else {
        return false;
    };
    let heading = despace(&current[marker.end()..]);
    if heading.is_empty() || heading.chars().count() > 30 || heading.contains(['。', ';', ':']) {
        return false;
    }
    let open = heading.matches('“').count();
    let close = heading.matches('”').count();
    if open != close {
        return false;
    }
    let next_stop = rest
        .char_indices()
        .find(|(_, c)| "。;".contains(*c))
        .map(|(i, _)| rest[..i].chars().count());
    next_stop.is_none_or(|n| n > 20)
}

/// Removes the spaces a PDF left inside Chinese text; keeps a space between two ASCII
/// letters or digits (`10 kV` stays, `2020 年` → `2020年`, `APP 软件` → `APP软件`).
pub fn despace(text: &str) -> String {
    // most lines hold no space: nothing to remove, and no characters to collect
    if !text.contains(' ') {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let prev = i.checked_sub(1).map(|j| chars[j]);
            let next = chars.get(i + 1).copied();
            let keep = matches!((prev, next), (Some(p), Some(n)) if p.is_ascii_alphanumeric() && n.is_ascii_alphabetic()
                || p.is_ascii_alphabetic() && n.is_ascii_alphanumeric());
            if !keep {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Joins lines a web page broke inside a sentence: a long line ending without sentence
/// punctuation continues on the next line unless that line starts an outline item. When the
/// next item's number lands inside a word (`…办结。降低公积金缴` / `4.存比例…`), the words
/// after the last full stop are the head of that item and move to it.
fn join_broken_lines(paragraphs: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        if let Some(prev) = out.last_mut() {
            if is_broken(prev) && !super::doc_number::is_alone(&p) {
                if !LINE_MARKER.is_match(&p) {
                    prev.push_str(&p);
                    continue;
                }
                if let (Some(a), Some(b)) = (item_number(prev), item_number(&p)) {
                    if b == a + 1 && !ends_with_attribution(prev) {
                        let m = ITEM_START.captures(&p).expect("item number matched");
                        let number_len = m[1].len();
                        let rest = p[number_len..]
                            .trim_start_matches([' ', '.', '、'])
                            .to_owned();
                        // the words after the last full stop are the head of the next item,
                        // displaced to the end of this one (…办结。降低公积金缴 / 4.存比例…)
                        let tail_start = prev
                            .char_indices()
                            .rev()
                            .find(|(_, c)| "。;!?)".contains(*c))
                            .map(|(i, c)| i + c.len_utf8());
                        match tail_start {
                            Some(at) if prev[at..].chars().count() <= 30 => {
                                let tail = prev.split_off(at);
                                out.push(format!("{b}.{tail}{rest}"));
                            }
                            _ => prev.push_str(&rest),
                        }
                        continue;
                    }
                }
            }
        }
        out.push(p);
    }
    out
}

fn is_broken(line: &str) -> bool {
    let Some(last) = line.chars().last() else {
        return false;
    };
    // a sentence, not a title or a signature: those are never continued on the next line
    let long = line.chars().count() >= 40 && line.contains([',', '。', ';']);
    let open_end = is_han(last) || ",、“《(".contains(last);
    let long = long && !is_titled_line(line);
    long && open_end && !line.starts_with(['(', '(']) && !LINE_MARKER.is_match(line)
        || long && open_end && item_number(line).is_some()
}

fn ends_with_attribution(line: &str) -> bool {
    line.ends_with(')') && line.contains("牵头")
}

fn item_number(line: &str) -> Option<u32> {
    ITEM_START.captures(line).and_then(|c| c[1].parse().ok())
}

/// Splits `3.…(牵头单位:…)4.优化…` into two lines when the number that follows a closing
/// parenthesis or a full stop is the next item number.
fn split_run_on_items(paragraphs: Vec<String>) -> Vec<String> {
    static RUN_ON: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[)。](\d{1,3})\.[^\d]").expect("valid regex"));
    let mut out = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        let mut line = p;
        while let Some(n) = item_number(&line) {
            let next = (n + 1).to_string();
            let split_at = RUN_ON
                .captures_iter(&line)
                .find(|c| c[1] == next)
                .map(|c| c.get(1).expect("group").start());
            match split_at {
                Some(at) => {
                    let rest = line.split_off(at);
                    out.push(line);
                    line = rest;
                }
                None => break,
            }
        }
        out.push(line);
    }
    out
}

/// 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105; arabic digits pass through.
pub fn chinese_number(s: &str) -> u32 {
    if let Ok(n) = s.parse() {
        return n;
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    };
    let mut total = 0;
    let mut current = 0;
    for c in s.chars() {
        match c {
            '十' => {
                total += current.max(1) * 10;
                current = 0;
            }
            '百' => {
                total += current.max(1) * 100;
                current = 0;
            }
            _ => current = digit(c).unwrap_or(0),
        }
    }
    total + current
}

/// True for a CJK ideograph.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        assert_eq!(chinese_number("一"), 1);
        assert_eq!(chinese_number("十"), 10);
        assert_eq!(chinese_number("十八"), 18);
        assert_eq!(chinese_number("二十三"), 23);
        assert_eq!(chinese_number("一百零五"), 105);
        assert_eq!(chinese_number("12"), 12);
    }

    #[test]
    fn a_mark_alone_is_its_own_nfkc() {
        for u in MARK_RANGES.iter().flat_map(|r| r.clone()) {
            let Some(c) = char::from_u32(u) else { continue };
            let alone: String = std::iter::once(c).nfkc().collect();
            let table = mark_nfkc(c).expect("in the ranges");
            assert_eq!(
                table.map_or(c.to_string(), str::to_owned),
                alone,
                "U+{u:04X}"
            );
            // between two ideographs, as a stretch
            let text = format!("中{c}企");
            assert_eq!(nfkc(&text), text.nfkc().collect::<String>(), "U+{u:04X}");
        }
        assert_eq!(mark_nfkc('中'), None);
    }

    #[test]
    fn lines_close_up_runs_of_whitespace() {
        let every_char = |line: &str| {
            let mut out = String::new();
            let mut space = false;
            for c in line.chars() {
                if c.is_whitespace() {
                    space = true;
                } else {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                }
            }
            out
        };
        for line in [
            "",
            " ",
            "a",
            "  a  b\t\tc  ",
            "中\u{3000}\u{3000}国企 人",
            "x \u{a0}y",
        ] {
            let cleaned = clean_line(line);
            let trimmed = line.trim_matches(|c: char| c.is_whitespace());
            assert_eq!(cleaned, every_char(trimmed), "{line:?}");
        }
    }

    #[test]
    fn nfkc_by_stretches_is_nfkc() {
        // every text of up to four characters over ideographs, ASCII, combining marks (that
        // compose with a letter or a kana before them), Hangul jamo, full-width and
        // compatibility characters
        let alphabet = [
            '中', '企', 'e', 'A', '\u{0301}', '\u{0308}', '\u{0323}', 'か', '\u{3099}', '\u{1100}',
            '\u{1161}', '\u{11A8}', '，', '（', '\u{F900}', '\u{FB01}', '①', ' ',
        ];
        let mut texts: Vec<String> = crate::testing::every_text(&alphabet, 4)
            .into_iter()
            .map(String::from_iter)
            .collect();
        // and the development corpus's texts
        for entry in std::fs::read_dir("corpus").unwrap() {
            if let Ok(text) = std::fs::read_to_string(entry.unwrap().path()) {
                texts.push(text);
            }
        }
        assert!(texts.len() > 100_000, "{}", texts.len());
        for text in &texts {
            assert_eq!(nfkc(text), text.nfkc().collect::<String>(), "{text:?}");
        }
    }

    #[test]
    fn nfkc_and_chrome() {
        let text =
            "当前位置:首页 > 政务公开\n（一）开办企业\n扫一扫在手机打开当前页\n  • 附件:\n—18—\n";
        assert_eq!(normalize(text), "(一)开办企业");
    }

    #[test]
    fn letter_spaced_chinese_closes_up_but_latin_words_stay_apart() {
        assert_eq!(
            normalize("中 共 莱 州 市 委 办 公 室"),
            "中共莱州市委办公室"
        );
        assert_eq!(
            normalize("Business Environment 营商环境"),
            "Business Environment 营商环境"
        );
    }

    #[test]
    fn pdf_run_splits_into_blocks() {
        let mut text = String::from("二、重点任务 (一)开展证明事项清理,取消一批证明。 1.开展全 面梳理。各部门应对证明全 面梳理。 牵头单位:市司法局 2.形成证明清单。清单 —18— 要公布。 七、鼓励推行“标准地”供地方式 相关部门提出单位能耗和排放标准、投资强度、亩均税收以 及规划条件。 2020 年 6 月底前完成。");
        while text.chars().count() < 1100 {
            text.push_str(" 为加快推进全市涉企审批领域流程再造工作,现制定实施 意见如下。");
        }
        let out = normalize(&text);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "二、重点任务");
        assert_eq!(lines[1], "(一)开展证明事项清理,取消一批证明。");
        assert_eq!(lines[2], "1.开展全面梳理。各部门应对证明全面梳理。");
        assert_eq!(lines[3], "牵头单位:市司法局");
        assert_eq!(lines[4], "2.形成证明清单。清单要公布。");
        assert_eq!(lines[5], "七、鼓励推行“标准地”供地方式");
        assert!(lines[6].starts_with("相关部门提出"));
        assert_eq!(lines[7], "2020年6月底前完成。");
    }

    #[test]
    fn a_title_line_is_not_joined_with_the_next() {
        let text = "鲅政办发〔2022〕1号:关于印发《鲅鱼圈区营商环境优化行动方案(2021-2024年)》的通知\n发布时间:2022-03-25";
        assert_eq!(normalize(text).lines().count(), 2);
    }

    #[test]
    fn a_title_with_a_comma_is_not_joined_with_its_number_or_addressee() {
        // a long title with a comma ending in 「的」+ its kind is whole; a 文号 line never
        // continues the line above it
        let text = "民政部对“关于应对老龄社会,深化运用人工智能技术强化老年人群体关爱的建议”的答复\n民函〔2021〕742号\n刘庆峰等15位代表:";
        assert_eq!(normalize(text).lines().count(), 3);
        let sentence = "为进一步优化营商环境,根据国务院关于开展营商环境创新试点工作的部署,结合本市实际情况和有关\n规定,制定本方案。";
        assert_eq!(normalize(sentence).lines().count(), 1);
        let numbered = "为进一步优化营商环境,根据国务院关于开展营商环境创新试点工作的意见和本市实际情况的有关要求\n京政发〔2021〕3号";
        assert_eq!(normalize(numbered).lines().count(), 2);
    }

    #[test]
    fn broken_lines_join_and_run_on_items_split() {
        let text = "3.压缩办理纳税时间。一类出口企业出口退税审批2个工作日内完成,全市出口退税平均办理时间控制在5个工作日内。降低公积金缴\n\n4.存比例和缓缴业务办理时限。(牵头单位:市税务局)\n1.甲项措施的标题。内容。(牵头单位:市财政局)2.乙项措施。内容。";
        let out = normalize(text);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with("控制在5个工作日内。"));
        assert_eq!(
            lines[1],
            "4.降低公积金缴存比例和缓缴业务办理时限。(牵头单位:市税务局)"
        );
        assert_eq!(lines[2], "1.甲项措施的标题。内容。(牵头单位:市财政局)");
        assert_eq!(lines[3], "2.乙项措施。内容。");
    }
}
