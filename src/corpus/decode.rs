//! Stage 1a: raw bytes → text. Tells binaries and empty files apart from text, strips a BOM,
//! and decodes UTF-8, UTF-16 (with a BOM, or without one when the bytes read as UTF-16 text)
//! and GB18030/GBK (detected with chardetng). Decoding is lenient: a few bad byte sequences in
//! a file that is otherwise text in one encoding are replaced (U+FFFD) and counted, so one bad
//! byte never costs a whole file; the caller reports them. Output: the decoded text, or the
//! reason the file cannot be read. Next: [`super::html`].

use encoding_rs::{DecoderResult, Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};

use super::normalize::is_han;

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

/// A decoded text and what decoding had to repair.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding it was read as.
    pub encoding: &'static str,
    /// Byte sequences invalid in that encoding, each replaced by U+FFFD.
    pub replaced: usize,
    /// Byte offset of the first of them.
    pub first_bad: Option<usize>,
}

impl Decoded {
    /// A warning line when bytes were replaced: how many, where the first one is.
    pub fn warning(&self) -> Option<String> {
        let first = self.first_bad?;
        Some(format!(
            "{} invalid {} byte sequence{} replaced, the first at byte {first}",
            self.replaced,
            self.encoding,
            if self.replaced == 1 { "" } else { "s" }
        ))
    }
}

/// Decodes `bytes` (the content of a corpus file) into text; see [`decode`].
pub fn read_text(bytes: &[u8]) -> Result<String, String> {
    decode(bytes).map(|d| d.text)
}

/// Decodes `bytes` (the content of a corpus file), repairing a few bad byte sequences.
///
/// Returns `Err(reason)` for an empty file, a binary file or bytes that read as text in no
/// encoding (more bad sequences than [`tolerance`] allows); the reason is written
/// for a warning line.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty file".to_owned());
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let decoded = decode_counting(encoding, &bytes[bom_len..], bom_len);
        return if few(decoded.replaced, &bytes[bom_len..], &decoded.text) {
            non_empty(decoded)
        } else {
            Err(format!("undecodable {} text", encoding.name()))
        };
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(format!("binary file ({kind})"));
    }
    let utf8 = std::str::from_utf8(bytes);
    if utf8.is_err() || bytes.contains(&0) {
        if let Some(encoding) = utf16_without_bom(bytes) {
            return non_empty(decode_counting(encoding, bytes, 0));
        }
    }
    if looks_binary(bytes) {
        return Err("binary file".to_owned());
    }
    if let Ok(text) = utf8 {
        return non_empty(Decoded {
            text: text.to_owned(),
            encoding: UTF_8.name(),
            replaced: 0,
            first_bad: None,
        });
    }
    if utf8_errors_within(bytes, tolerance(bytes)) {
        let decoded = decode_counting(UTF_8, bytes, 0);
        if few(decoded.replaced, bytes, &decoded.text) {
            return non_empty(decoded);
        }
    }
    // chardetng reads the text from its first non-ASCII byte to `DETECT_BYTES` after it: its
    // guess between Big5 and GBK costs some two thousand instructions a byte (a tenth of a
    // build over the whole of a corpus with a tenth of GBK files), and a few thousand
    // characters settle it (a browser gives it the first kilobyte). The whole text is then
    // decoded and checked as before.
    let first_non_ascii = bytes
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len());
    let end = first_non_ascii
        .saturating_add(DETECT_BYTES)
        .min(bytes.len());
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&bytes[..end], end == bytes.len());
    let guess = detector.guess(None, true);
    let candidates: &[&'static Encoding] = if guess == BIG5 {
        &[BIG5, GB18030]
    } else {
        &[GB18030]
    };
    for &encoding in candidates {
        let decoded = decode_counting(encoding, bytes, 0);
        if few(decoded.replaced, bytes, &decoded.text) && plausible(&decoded.text) {
            return non_empty(decoded);
        }
    }
    Err("undecodable text (neither UTF-8 nor GB18030/GBK)".to_owned())
}

/// How many bytes from its first non-ASCII byte on chardetng reads to tell Big5 from GBK.
const DETECT_BYTES: usize = 8192;

/// True when `bad` sequences are few for `bytes` (see [`tolerance`]) and for the text they
/// gave (under one in ten characters: a short run of junk is no text).
fn few(bad: usize, bytes: &[u8], text: &str) -> bool {
    bad <= tolerance(bytes) && bad * 10 < text.chars().count()
}

/// Bad sequences a text may have: one per hundred non-ASCII bytes, and at least four (one
/// damaged character can leave up to four), so a stray byte passes and a wrong encoding
/// does not.
fn tolerance(bytes: &[u8]) -> usize {
    (bytes.iter().filter(|b| !b.is_ascii()).count() / 100).max(4)
}

/// True when `bytes` hold at most `limit` invalid UTF-8 sequences (stops counting past it).
fn utf8_errors_within(bytes: &[u8], limit: usize) -> bool {
    let mut rest = bytes;
    let mut errors = 0;
    while let Err(e) = std::str::from_utf8(rest) {
        errors += 1;
        if errors > limit {
            return false;
        }
        let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
        rest = &rest[skip..];
    }
    true
}

/// Decodes with U+FFFD for every malformed sequence, counting them; `offset` is added to
/// the reported byte offsets (a stripped BOM).
fn decode_counting(encoding: &'static Encoding, bytes: &[u8], offset: usize) -> Decoded {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::new();
    let mut read = 0;
    let mut replaced = 0;
    let mut first_bad = None;
    loop {
        let rest = &bytes[read..];
        let need = decoder
            .max_utf8_buffer_length_without_replacement(rest.len())
            .unwrap_or(rest.len() * 3 + 16);
        text.reserve(need);
        let (result, n) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        read += n;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(bad, after) => {
                replaced += 1;
                let at = read.saturating_sub(bad as usize + after as usize);
                first_bad.get_or_insert(at + offset);
                text.push('\u{FFFD}');
            }
        }
    }
    Decoded {
        text,
        encoding: encoding.name(),
        replaced,
        first_bad,
    }
}

/// UTF-16 without a BOM: the bytes decode without error, little- or big-endian, into text
/// that is almost all ASCII, CJK and punctuation (a GB18030 or UTF-8 text read as UTF-16 is
/// surrogates, Hangul and private-use characters).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    [UTF_16LE, UTF_16BE].into_iter().find(|&encoding| {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return false;
        }
        let total = text.chars().count();
        let usual = text
            .chars()
            .filter(|&c| {
                let u = c as u32;
                c.is_ascii_graphic()
                    || c.is_ascii_whitespace()
                    || is_han(c)
                    || (0x2000..=0x206F).contains(&u)
                    || (0x3000..=0x303F).contains(&u)
                    || (0xFF00..=0xFFEF).contains(&u)
            })
            .count();
        usual * 100 >= total * 95
    })
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

fn non_empty(decoded: Decoded) -> Result<Decoded, String> {
    if decoded.text.trim().is_empty() {
        Err("empty file".to_owned())
    } else {
        Ok(decoded)
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
    fn a_long_big5_or_gbk_text_is_told_from_its_beginning() {
        // longer than what chardetng reads, after a long ASCII head
        let head = "<html><head><style>p { margin: 0 }</style></head><body>\n".repeat(200);
        let big5 = "臺灣地區企業申請補貼,應當於每年三月底前向主管機關提出。對於符合條件的中小企業,給予稅收優惠。\n";
        let gbk = "关于优化营商环境的实施意见。对符合条件的中小企业,给予税收优惠和资金补贴。\n";
        for (encoding, line) in [(BIG5, big5), (GBK, gbk)] {
            let text = format!("{head}{}", line.repeat(400));
            let (bytes, _, _) = encoding.encode(&text);
            assert!(bytes.len() > 2 * DETECT_BYTES + head.len());
            let d = decode(&bytes).unwrap();
            let expected = if encoding == BIG5 { "Big5" } else { "gb18030" };
            assert_eq!((d.encoding, d.replaced), (expected, 0));
            assert_eq!(d.text, text);
        }
    }

    #[test]
    fn one_bad_byte_is_replaced_and_reported() {
        let mut bytes = "一、总体要求\n(一)优化营商环境。".as_bytes().to_vec();
        let at = bytes.len();
        bytes.push(0xFF);
        bytes.extend_from_slice("牵头单位:市财政局".as_bytes());
        let d = decode(&bytes).unwrap();
        assert_eq!(d.replaced, 1);
        assert_eq!(d.first_bad, Some(at));
        assert!(d.text.ends_with("\u{FFFD}牵头单位:市财政局"));
        let warning = d.warning().unwrap();
        assert!(warning.contains("1 invalid UTF-8") && warning.contains(&format!("byte {at}")));
        // the same in a GB18030 file
        let (gbk, _, _) = GBK.encode("关于优化营商环境的实施意见。牵头单位:市财政局。");
        let mut gbk = gbk.into_owned();
        gbk.insert(6, 0xFF);
        let d = decode(&gbk).unwrap();
        assert_eq!((d.encoding, d.replaced), ("gb18030", 1));
    }

    #[test]
    fn utf16_without_bom_is_text() {
        let text = "关于优化营商环境的实施意见\n一、总体要求";
        for (encoding, swap) in [(UTF_16LE, false), (UTF_16BE, true)] {
            let bytes: Vec<u8> = text
                .encode_utf16()
                .flat_map(|u| {
                    if swap {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                })
                .collect();
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (text, encoding.name()));
        }
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
