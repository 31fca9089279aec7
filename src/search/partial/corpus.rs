//! The folded text of every measure and where each CJK character occurs in it, kept on disk
//! (an unlinked temporary file) and read a few bytes at a time: memory holds only one range
//! per distinct character, so it no longer grows with the text of the corpus.
//!
//! File layout: the text file holds the folded texts one after another, as pushed; the
//! positions file holds, character after character, the ascending byte offsets (u32, little
//! endian) in the text of each occurrence of that character.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::index::analyzer::is_cjk;

/// Offsets buffered per character while the positions file is written (then one write).
const FLUSH: usize = 512;
/// Bytes read at once at most when anchors lie close together (one read for several).
const SPAN: u64 = 64 * 1024;
/// Bytes between one anchor's stretch and the next one's read along rather than skipped by a
/// read of its own: copying a few kilobytes costs less than a system call; copying the
/// stretches far apart, more.
const GAP: u64 = 4 * 1024;

/// The ideographs numbered by a table lookup ([`Slots`]): nearly every character of a
/// folded policy text is in this range (CJK Extension A and the Unified Ideographs).
const DENSE: std::ops::RangeInclusive<u32> = 0x3400..=0x9FFF;

/// A small number (a slot) for each distinct CJK character met, in the order first met: a
/// table lookup for the ideographs of [`DENSE`], a hash for the rest. Building the corpus
/// looks up every character of it twice (counting, then placing its offset); a hashed map
/// of characters made those lookups most of the build's time.
#[derive(Default)]
struct Slots {
    /// Per character of [`DENSE`]: its slot plus one, 0 when not met yet.
    dense: Vec<u32>,
    other: HashMap<char, u32>,
    /// The character of each slot.
    chars: Vec<char>,
}

impl Slots {
    fn new() -> Slots {
        Slots {
            dense: vec![0; (DENSE.end() - DENSE.start() + 1) as usize],
            ..Slots::default()
        }
    }

    /// The slot of `c`, a new one when `c` was not met before.
    fn slot(&mut self, c: char) -> usize {
        let next = self.chars.len() as u32;
        let slot = if DENSE.contains(&(c as u32)) {
            let entry = &mut self.dense[(c as u32 - DENSE.start()) as usize];
            if *entry == 0 {
                *entry = next + 1;
            }
            *entry - 1
        } else {
            *self.other.entry(c).or_insert(next)
        };
        if slot == next {
            self.chars.push(c);
        }
        slot as usize
    }

    /// The slot of `c`, if it was met.
    fn find(&self, c: char) -> Option<usize> {
        if DENSE.contains(&(c as u32)) {
            let entry = self.dense[(c as u32 - DENSE.start()) as usize];
            (entry > 0).then(|| entry as usize - 1)
        } else {
            self.other.get(&c).map(|&slot| slot as usize)
        }
    }
}

/// The byte offsets and characters of the CJK characters ([`is_cjk`]) of `bytes`, UTF-8 as
/// [`Builder::push`] wrote it: every CJK character is 3 or 4 bytes long, decoded from its
/// lead byte on (what `char_indices` of the checked string gives, without the check). Bytes
/// that are not a whole character are skipped.
fn cjk_indices(bytes: &[u8]) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let b = bytes[at];
            let (len, lead) = match b {
                0xE0..=0xEF => (3, (b & 0x0F) as u32),
                0xF0..=0xF7 => (4, (b & 0x07) as u32),
                0xC0..=0xDF => (2, 0),
                _ => (1, 0),
            };
            let start = at;
            at += len;
            if len < 3 || at > bytes.len() {
                continue;
            }
            let c = bytes[start + 1..at]
                .iter()
                .fold(lead, |c, &b| (c << 6) | (b & 0x3F) as u32);
            if let Some(c) = char::from_u32(c).filter(|&c| is_cjk(c)) {
                return Some((start, c));
            }
        }
        None
    })
}

/// The corpus being written.
pub struct Builder {
    text: BufWriter<File>,
    len: u64,
    slots: Slots,
    /// Occurrences of the character of each slot.
    counts: Vec<u32>,
}

/// The corpus on disk, with the range of the positions file holding each character's offsets.
pub struct Corpus {
    text: File,
    len: u64,
    positions: File,
    ranges: HashMap<char, (u32, u32)>,
    /// Bytes of text read by [`Corpus::scan`] so far (what the stretches cost to copy).
    text_read: AtomicU64,
}

impl Builder {
    /// An empty corpus in a new unlinked temporary file.
    pub fn new() -> io::Result<Builder> {
        Ok(Builder {
            text: BufWriter::with_capacity(1 << 20, tempfile::tempfile()?),
            len: 0,
            slots: Slots::new(),
            counts: Vec::new(),
        })
    }

    /// Appends a folded text.
    pub fn push(&mut self, folded: &str) -> io::Result<()> {
        self.text.write_all(folded.as_bytes())?;
        self.len += folded.len() as u64;
        for c in folded.chars().filter(|&c| is_cjk(c)) {
            let slot = self.slots.slot(c);
            if slot == self.counts.len() {
                self.counts.push(0);
            }
            self.counts[slot] += 1;
        }
        Ok(())
    }

    /// The corpus with its positions file, written by a second pass over the text (a counting
    /// sort: each character's range, then its offsets in corpus order).
    pub fn finish(self) -> io::Result<Corpus> {
        if self.len > u32::MAX as u64 {
            return Err(io::Error::other(
                "partial-word corpus over 4 GB: offsets do not fit in 32 bits",
            ));
        }
        let Builder {
            text,
            len,
            slots,
            counts,
        } = self;
        let text = text.into_inner().map_err(|err| err.into_error())?;
        // Per slot: where its character's offsets start in the positions file.
        let mut starts: Vec<u32> = Vec::with_capacity(counts.len());
        let mut ranges: HashMap<char, (u32, u32)> = HashMap::with_capacity(counts.len());
        let mut total = 0u32;
        for (&c, &count) in slots.chars.iter().zip(&counts) {
            starts.push(total);
            ranges.insert(c, (total, total + count));
            total += count;
        }
        let positions = tempfile::tempfile()?;
        positions.set_len(total as u64 * 4)?;
        // Per slot: offsets not yet written, and how many were.
        let mut pending: Vec<(Vec<u8>, u32)> = vec![(Vec::new(), 0); counts.len()];
        let mut reader = BufReader::with_capacity(1 << 20, read_only(&text)?);
        let mut line: Vec<u8> = Vec::new();
        let mut base = 0u64;
        loop {
            line.clear();
            // Bytes, not a string: the text is the folded UTF-8 `push` wrote (a line ends at a
            // '\n', never inside a character), and its CJK characters are decoded below
            // without checking it again.
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            for (i, c) in cjk_indices(&line) {
                let Some(slot) = slots.find(c) else {
                    return Err(io::Error::other(
                        "partial-word corpus read back holds a character not written",
                    ));
                };
                let (buffer, written) = &mut pending[slot];
                if buffer.capacity() == 0 {
                    buffer.reserve_exact(FLUSH * 4);
                }
                buffer.extend_from_slice(&((base + i as u64) as u32).to_le_bytes());
                if buffer.len() == FLUSH * 4 {
                    let at = (starts[slot] + *written) as u64 * 4;
                    write_at(&positions, buffer, at)?;
                    *written += FLUSH as u32;
                    buffer.clear();
                }
            }
            base += line.len() as u64;
        }
        for (slot, (buffer, written)) in pending.iter().enumerate() {
            if !buffer.is_empty() {
                write_at(&positions, buffer, (starts[slot] + written) as u64 * 4)?;
            }
        }
        Ok(Corpus {
            text,
            len,
            positions,
            ranges,
            text_read: AtomicU64::new(0),
        })
    }
}

impl Corpus {
    /// Times `c` occurs in the corpus.
    pub fn count(&self, c: char) -> usize {
        self.ranges
            .get(&c)
            .map_or(0, |&(start, end)| (end - start) as usize)
    }

    /// The first `limit` occurrences of `c` (byte offsets in the text, ascending).
    pub fn anchors(&self, c: char, limit: usize) -> io::Result<Vec<u32>> {
        let Some(&(start, end)) = self.ranges.get(&c) else {
            return Ok(Vec::new());
        };
        let n = ((end - start) as usize).min(limit);
        let mut bytes = vec![0u8; n * 4];
        read_at(&self.positions, &mut bytes, start as u64 * 4)?;
        Ok(bytes
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect())
    }

    /// The anchors (ascending) whose stretch — `before` bytes ahead of the anchor to `after`
    /// past it, clipped to the text, as [`Corpus::scan`] cuts it — holds a whole occurrence of
    /// `c`: a stretch without one cannot hold a word spelled with `c`, so it need not be read.
    /// The offsets of `c` are read (in order, only up to the last stretch) instead of the
    /// text when they are estimated to be fewer bytes than the stretches `scan` would read;
    /// otherwise the anchors come back as they are. The anchors kept are the same either way
    /// for what `scan`'s callers look for (whole words and spellings holding `c`).
    pub fn holding(
        &self,
        anchors: Vec<u32>,
        before: u32,
        after: u32,
        c: char,
    ) -> io::Result<Vec<u32>> {
        let (Some(&last), Some(&(start, end))) = (anchors.last(), self.ranges.get(&c)) else {
            return Ok(Vec::new());
        };
        let window = |p: u32| {
            let from = p.saturating_sub(before) as u64;
            (from, (p as u64 + after as u64).min(self.len))
        };
        let stop = window(last).1;
        // The offsets of `c` before `stop`, if spread evenly, against the stretches' bytes
        // (and a read's cost, [`GAP`] bytes, for each read of either).
        let offsets = (end - start) as u64 * stop / self.len.max(1) * 4;
        let offsets_cost = offsets + (offsets / SPAN + 1) * GAP;
        if offsets_cost >= self.scan_cost(&anchors, before, after) {
            return Ok(anchors);
        }
        let width = c.len_utf8() as u64;
        let mut offsets = Offsets::new(self, start, end);
        let mut kept = Vec::new();
        for p in anchors {
            let (from, to) = window(p);
            let mut holds = false;
            while let Some(q) = offsets.peek()? {
                if (q as u64) < from {
                    offsets.next();
                    continue;
                }
                holds = q as u64 + width <= to;
                break;
            }
            if holds {
                kept.push(p);
            }
        }
        Ok(kept)
    }

    /// Bytes of text [`Corpus::scan`] has read so far.
    #[cfg(test)]
    pub fn text_read(&self) -> u64 {
        self.text_read.load(Ordering::Relaxed)
    }

    /// Bytes [`Corpus::scan`] reads for `anchors`, a read counted as [`GAP`] bytes more.
    fn scan_cost(&self, anchors: &[u32], before: u32, after: u32) -> u64 {
        let mut cost = 0;
        self.reads(anchors, before, after, |_, _, from, to| {
            cost += to - from + GAP
        });
        cost
    }

    /// The reads of [`Corpus::scan`]: for each, the anchors it serves (`i..j`) and the bytes
    /// read (`from..to`).
    fn reads(
        &self,
        anchors: &[u32],
        before: u32,
        after: u32,
        mut read: impl FnMut(usize, usize, u64, u64),
    ) {
        let mut i = 0;
        while i < anchors.len() {
            let from = anchors[i].saturating_sub(before) as u64;
            let mut j = i + 1;
            while j < anchors.len()
                && anchors[j] as u64 + after as u64 - from <= SPAN
                && (anchors[j].saturating_sub(before) as u64)
                    <= anchors[j - 1] as u64 + after as u64 + GAP
            {
                j += 1;
            }
            let to = (anchors[j - 1] as u64 + after as u64).min(self.len);
            read(i, j, from, to);
            i = j;
        }
    }

    /// Calls `f` for each anchor (ascending) with the text from `before` bytes ahead of it to
    /// `after` bytes past it (clipped to the text) and the offset that text starts at, until
    /// `f` returns false. Anchors close together share one read (those at most [`GAP`] bytes
    /// apart, within [`SPAN`] bytes).
    pub fn scan(
        &self,
        anchors: &[u32],
        before: u32,
        after: u32,
        mut f: impl FnMut(u32, &[u8], u64) -> bool,
    ) -> io::Result<()> {
        let mut buffer = Vec::new();
        let mut result = Ok(());
        let mut done = false;
        self.reads(anchors, before, after, |i, j, from, to| {
            if done {
                return;
            }
            buffer.resize((to - from) as usize, 0);
            self.text_read.fetch_add(to - from, Ordering::Relaxed);
            if let Err(err) = read_at(&self.text, &mut buffer, from) {
                result = Err(err);
                done = true;
                return;
            }
            for &anchor in &anchors[i..j] {
                let start = (anchor.saturating_sub(before) as u64 - from) as usize;
                let end = ((anchor as u64 + after as u64).min(to) - from) as usize;
                if !f(anchor, &buffer[start..end], from + start as u64) {
                    done = true;
                    return;
                }
            }
        });
        result
    }
}

/// A character's offsets (a range of the positions file), read [`SPAN`] bytes at a time as
/// they are asked for.
struct Offsets<'a> {
    corpus: &'a Corpus,
    /// Next offset to read from the file, and the end of the character's range (in offsets).
    next: u32,
    end: u32,
    buffer: Vec<u32>,
    at: usize,
}

impl<'a> Offsets<'a> {
    fn new(corpus: &'a Corpus, start: u32, end: u32) -> Offsets<'a> {
        Offsets {
            corpus,
            next: start,
            end,
            buffer: Vec::new(),
            at: 0,
        }
    }

    /// The current offset, `None` past the last one.
    fn peek(&mut self) -> io::Result<Option<u32>> {
        if self.at == self.buffer.len() {
            if self.next == self.end {
                return Ok(None);
            }
            let n = (self.end - self.next).min((SPAN / 4) as u32);
            let mut bytes = vec![0u8; n as usize * 4];
            read_at(&self.corpus.positions, &mut bytes, self.next as u64 * 4)?;
            self.buffer.clear();
            self.buffer.extend(
                bytes
                    .chunks_exact(4)
                    .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            );
            self.at = 0;
            self.next += n;
        }
        Ok(Some(self.buffer[self.at]))
    }

    /// Moves past the current offset.
    fn next(&mut self) {
        self.at += 1;
    }
}

/// A second handle on `file` reading from its start.
fn read_only(file: &File) -> io::Result<File> {
    let mut copy = file.try_clone()?;
    io::Seek::seek(&mut copy, io::SeekFrom::Start(0))?;
    Ok(copy)
}

#[cfg(unix)]
fn read_at(file: &File, buffer: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, at)
}

#[cfg(unix)]
fn write_at(file: &File, buffer: &[u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, buffer, at)
}

#[cfg(windows)]
fn read_at(file: &File, mut buffer: &mut [u8], mut at: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buffer.is_empty() {
        match file.seek_read(buffer, at)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buffer = &mut buffer[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(windows)]
fn write_at(file: &File, mut buffer: &[u8], mut at: u64) -> io::Result<()> {
    use std::os::windows::fs::FileExt;
    while !buffer.is_empty() {
        let n = file.seek_write(buffer, at)?;
        buffer = &buffer[n..];
        at += n as u64;
    }
    Ok(())
}

/// A corpus of 2,000 lines for tests, with its text: 停 in each line and 违 in each, near
/// 停 (违法停, 违章行为和停) in one line of fifty only.
#[cfg(test)]
pub(super) fn far_and_near() -> (Corpus, String) {
    let mut builder = Builder::new().unwrap();
    let mut text = String::new();
    for i in 0..2000 {
        let line = match i % 100 {
            0 => "违法停车\n",
            50 => "违章行为和停放\n",
            _ => "违规行为依法查处，依法依规开展专项整治行动，加快建设公共停车场\n",
        };
        builder.push(line).unwrap();
        text.push_str(line);
    }
    (builder.finish().unwrap(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_grouped_by_character_in_corpus_order() {
        let mut builder = Builder::new().unwrap();
        builder.push("违法停车\n").unwrap();
        builder.push("a停车场\n").unwrap();
        let corpus = builder.finish().unwrap();
        assert_eq!(corpus.count('停'), 2);
        assert_eq!(corpus.count('x'), 0);
        let anchors = corpus.anchors('停', 10).unwrap();
        assert_eq!(anchors, vec![6, 14]);
        assert_eq!(corpus.anchors('停', 1).unwrap(), vec![6]);
        let mut seen = Vec::new();
        corpus
            .scan(&anchors, 0, 6, |anchor, text, at| {
                seen.push((anchor, String::from_utf8(text.to_vec()).unwrap(), at));
                true
            })
            .unwrap();
        assert_eq!(
            seen,
            vec![(6, "停车".to_owned(), 6), (14, "停车".to_owned(), 14)]
        );
    }

    #[test]
    fn the_characters_read_back_are_those_of_the_checked_text() {
        let mut every = String::new();
        for c in (0..0x3_0000u32).step_by(5).filter_map(char::from_u32) {
            every.push(c);
        }
        for text in ["", "违法停车\n", "a〇b開é𠀀\n丽ĳ", every.as_str()] {
            let expected: Vec<(usize, char)> =
                text.char_indices().filter(|&(_, c)| is_cjk(c)).collect();
            let read: Vec<(usize, char)> = cjk_indices(text.as_bytes()).collect();
            assert_eq!(read, expected, "{text}");
        }
        // Characters met in any order get slots in order; found again by the same slot.
        let mut slots = Slots::new();
        let chars = ['停', '𠀀', '〇', '违', '停', '〇'];
        let numbered: Vec<usize> = chars.iter().map(|&c| slots.slot(c)).collect();
        assert_eq!(numbered, vec![0, 1, 2, 3, 0, 2]);
        assert_eq!(slots.find('违'), Some(3));
        assert_eq!(slots.find('车'), None);
        assert_eq!(slots.find('丽'), None);
    }

    #[test]
    fn every_occurrence_is_listed_under_its_character() {
        let lines = [
            "违法停车，a違停\n",
            "𠀀停车场〇\n",
            "\n",
            "ab\n",
            "停停𠀀\n",
        ];
        let mut builder = Builder::new().unwrap();
        let mut text = String::new();
        for line in lines {
            builder.push(line).unwrap();
            text.push_str(line);
        }
        let corpus = builder.finish().unwrap();
        for c in text.chars().chain(['x', '车']) {
            let expected: Vec<u32> = text
                .char_indices()
                .filter(|&(_, d)| d == c && is_cjk(c))
                .map(|(at, _)| at as u32)
                .collect();
            assert_eq!(corpus.count(c), expected.len(), "{c}");
            assert_eq!(corpus.anchors(c, usize::MAX).unwrap(), expected, "{c}");
        }
    }

    #[test]
    fn the_anchors_kept_are_those_whose_stretch_holds_the_character() {
        // 停 in every line, 违 in every line but far from it, and near it in a few lines.
        let (corpus, text) = far_and_near();
        let anchors = corpus.anchors('停', usize::MAX).unwrap();
        assert_eq!(anchors.len(), 2000);
        for (before, after) in [(0, 64), (61, 3), (21, 9)] {
            let expected: Vec<u32> = anchors
                .iter()
                .copied()
                .filter(|&p| {
                    let from = p.saturating_sub(before) as usize;
                    let to = (p as usize + after as usize).min(text.len());
                    text.char_indices()
                        .any(|(q, c)| c == '违' && q >= from && q + c.len_utf8() <= to)
                })
                .collect();
            let kept = corpus
                .holding(anchors.clone(), before, after, '违')
                .unwrap();
            assert_eq!(kept, expected, "before {before}, after {after}");
        }
        // Reading 违's offsets costs more than the few stretches of rare anchors: kept as they are.
        let rare = vec![anchors[0], anchors[1999]];
        assert_eq!(corpus.holding(rare.clone(), 61, 3, '违').unwrap(), rare);
        assert!(corpus.holding(anchors, 61, 3, 'x').unwrap().is_empty());
    }
}
