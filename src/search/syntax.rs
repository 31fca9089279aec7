//! The query syntax users know from the big engines: `"…"` (or `“…”`) for words that must
//! stand together as written, `-word` (or `-"…"`) for words a result must not hold. Input: the
//! query as typed; output: [`Syntax`], the words to rank by and the two constraints. Pure.
//! A quote left open and a `-` inside a word (`2021-2024年`) are read as plain text.

/// A query read for its syntax.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Syntax {
    /// The words to rank by: the query without its exclusions and quote marks (a phrase's
    /// words rank too).
    pub text: String,
    /// Phrases every result must hold as written (folding aside).
    pub phrases: Vec<String>,
    /// Words or phrases no result may hold.
    pub excluded: Vec<String>,
}

impl Syntax {
    /// Whether the query uses any syntax at all.
    pub fn is_plain(&self) -> bool {
        self.phrases.is_empty() && self.excluded.is_empty()
    }
}

/// The closing mark of an opening quote mark.
fn closing(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '“' => Some('”'),
        _ => None,
    }
}

/// Reads `q`'s syntax.
pub fn parse(q: &str) -> Syntax {
    let mut syntax = Syntax::default();
    let mut words: Vec<String> = Vec::new();
    let chars: Vec<char> = q.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        // A word starts here: is it excluded, is it quoted?
        let at_start = i == 0 || chars[i - 1].is_whitespace();
        let negated =
            at_start && chars[i] == '-' && i + 1 < chars.len() && !chars[i + 1].is_whitespace();
        let start = if negated { i + 1 } else { i };
        if let Some(close) = closing(chars[start]) {
            if let Some(len) = chars[start + 1..].iter().position(|&c| c == close) {
                let phrase: String = chars[start + 1..start + 1 + len].iter().collect();
                let phrase = phrase.trim().to_owned();
                if !phrase.is_empty() {
                    if negated {
                        syntax.excluded.push(phrase);
                    } else {
                        words.push(phrase.clone());
                        syntax.phrases.push(phrase);
                    }
                }
                i = start + len + 2;
                continue;
            }
        }
        let end = (start..chars.len())
            .find(|&j| chars[j].is_whitespace())
            .unwrap_or(chars.len());
        let word: String = chars[start..end]
            .iter()
            .filter(|c| closing(**c).is_none() && **c != '”')
            .collect();
        if !word.is_empty() {
            if negated {
                syntax.excluded.push(word);
            } else {
                words.push(word);
            }
        }
        i = end;
    }
    syntax.text = words.join(" ");
    syntax
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn plain_queries_pass_through() {
        let syntax = parse("  印章  刻制 ");
        assert_eq!(syntax.text, "印章 刻制");
        assert!(syntax.is_plain());
    }

    #[test]
    fn phrases_and_exclusions_are_read() {
        let syntax = parse(r#"印章 -电子 "一网通办" -"证照分离" “工程建设 项目”"#);
        assert_eq!(syntax.text, "印章 一网通办 工程建设 项目");
        assert_eq!(syntax.phrases, strings(&["一网通办", "工程建设 项目"]));
        assert_eq!(syntax.excluded, strings(&["电子", "证照分离"]));
    }

    #[test]
    fn hyphens_inside_words_and_open_quotes_are_text() {
        let syntax = parse(r#"2021-2024年 行动计划 "未闭合 -"#);
        assert_eq!(syntax.text, "2021-2024年 行动计划 未闭合 -");
        assert!(
            syntax.phrases.is_empty() && syntax.excluded.is_empty(),
            "{syntax:?}"
        );
    }

    #[test]
    fn a_query_of_exclusions_alone_ranks_by_nothing() {
        let syntax = parse("-电子 -印章");
        assert_eq!(syntax.text, "");
        assert_eq!(syntax.excluded, strings(&["电子", "印章"]));
    }
}
