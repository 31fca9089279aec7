//! Stage 1a: raw bytes → text. Tells binaries and empty files apart from text, strips a BOM,
//! and decodes UTF-8, UTF-16 (with BOM) and GB18030/GBK (detected with chardetng).
//! Output: the decoded text, or the reason the file cannot be read. Next: [`super::html`].

use encoding_rs::{Encoding, BIG5, GB18030};

/// Magic numbers of binary formats a portal might drop into the corpus by mistake.
const MAGIC: [(&[u8], &str); 8] = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (docx/xlsx?)"),
    (b"\x1F\x8B", "gzip archive"),
    (b"\xD0\xCF\x11\xE0", "OLE document (doc/xls?)"),
    (b"\x7FELF", "executable"),
];

/// Decodes `bytes` (the content of a corpus file) into text.
///
/// Returns `Err(reason)` for an empty file, a binary file or bytes that are neither UTF-8
/// nor GB18030; the reason is written for a warning line.
pub fn read_text(bytes: &[u8]) -> Result<String, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file".to_owned());
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("undecodable {} text", encoding.name()));
        }
        return non_empty(text.into_owned());
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(format!("binary file ({kind})"));
    }
    if looks_binary(bytes) {
        return Err("binary file".to_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return non_empty(text.to_owned());
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(None, true);
    let candidates: &[&'static Encoding] = if guess == BIG5 {
        &[BIG5, GB18030]
    } else {
        &[GB18030]
    };
    for encoding in candidates {
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            if plausible(&text) {
                return non_empty(text.into_owned());
            }
        }
    }
    Err("undecodable text (neither UTF-8 nor GB18030/GBK)".to_owned())
}

/// True when control bytes (other than tab, newline, carriage return, form feed) make up
/// more than 1% of the file, or any NUL occurs: text files have none.
fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    bytes.contains(&0) || controls * 100 > bytes.len()
}

/// A GB18030 decoding of random bytes is mostly rare ideographs and private-use characters;
/// a real text is mostly common CJK, ASCII and punctuation.
fn plausible(text: &str) -> bool {
    let total = text.chars().count().max(1);
    let odd = text
        .chars()
        .filter(|&c| {
            let u = c as u32;
            (0xE000..=0xF8FF).contains(&u) || (0x3400..=0x4DBF).contains(&u) || u >= 0x20000
        })
        .count();
    odd * 10 < total
}

fn non_empty(text: String) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("empty file".to_owned())
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::GBK;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(read_text("政策".as_bytes()).unwrap(), "政策");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice("政策".as_bytes());
        assert_eq!(read_text(&bytes).unwrap(), "政策");
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = GBK.encode("关于优化营商环境的实施意见。牵头单位:市财政局");
        assert_eq!(
            read_text(&bytes).unwrap(),
            "关于优化营商环境的实施意见。牵头单位:市财政局"
        );
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        assert_eq!(read_text(b"").unwrap_err(), "empty file");
        assert_eq!(read_text(b"  \n").unwrap_err(), "empty file");
        assert!(read_text(b"%PDF-1.4\n...").unwrap_err().contains("PDF"));
        assert!(read_text(&[0, 1, 2, 3, 0, 5])
            .unwrap_err()
            .contains("binary"));
        assert!(read_text(&[0xFF, 0xFE - 1, 0xFF, 0x80, 0xFF])
            .unwrap_err()
            .contains("undecodable"));
    }
}
