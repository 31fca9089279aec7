//! What people searched for, and what they could not find: counts of queries (folded as the
//! index folds them, so 開辦 and 开办 are one), how many found nothing, and the answer rate.
//! For officials (`/stats`): the queries no policy covers are the gaps to fill.
//!
//! Nothing about the person is kept: no address, no time, no session — only the folded query
//! and two counts; long digit runs (phone, ID and case numbers) are masked. Memory is bounded:
//! at most `capacity` distinct queries, the least searched one making room for a new one. The
//! counts are saved to a file (atomically: written beside it, then renamed) and read back at
//! start, so they survive a restart. A deployment that wants no log turns it off
//! (`serve --no-query-stats`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Longest query kept, in characters (longer ones are cut).
const MAX_QUERY_CHARS: usize = 100;
/// Digit runs at least this long are masked (a year, 2020, is kept).
const MASKED_DIGITS: usize = 5;

/// The counts of one query.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueryCount {
    /// The query, folded.
    pub query: String,
    /// Times it was searched or asked.
    pub count: u64,
    /// Times it found nothing.
    pub not_found: u64,
}

/// What is saved and what `/stats` shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StatsReport {
    /// Searches and questions counted.
    pub searches: u64,
    /// Those that found something.
    pub answered: u64,
    /// The most searched queries, most first.
    pub top: Vec<QueryCount>,
    /// The queries that most often found nothing, most first.
    pub not_found: Vec<QueryCount>,
}

impl StatsReport {
    /// Share of searches that found something (1 when there were none).
    pub fn answer_rate(&self) -> f64 {
        if self.searches == 0 {
            1.0
        } else {
            self.answered as f64 / self.searches as f64
        }
    }
}

#[derive(Debug, Default)]
struct Counts {
    searches: u64,
    answered: u64,
    /// Folded query → (times searched, times found nothing).
    queries: HashMap<String, (u64, u64)>,
    /// Changed since the last save.
    dirty: bool,
}

/// The query counts of a running server.
#[derive(Debug)]
pub struct QueryStats {
    counts: Mutex<Counts>,
    capacity: usize,
    file: Option<PathBuf>,
}

/// The file format: the counts, queries sorted by count.
#[derive(Serialize, Deserialize)]
struct Saved {
    searches: u64,
    answered: u64,
    queries: Vec<QueryCount>,
}

impl QueryStats {
    /// Counts kept in memory only, at most `capacity` distinct queries.
    pub fn in_memory(capacity: usize) -> Self {
        QueryStats {
            counts: Mutex::new(Counts::default()),
            capacity: capacity.max(1),
            file: None,
        }
    }

    /// Counts saved to `file`, starting from what it holds. A missing file starts from zero;
    /// an unreadable one is an error naming it (it is never overwritten silently).
    pub fn open(file: &Path, capacity: usize) -> Result<Self> {
        let mut stats = QueryStats::in_memory(capacity);
        stats.file = Some(file.to_path_buf());
        match std::fs::read(file) {
            Ok(bytes) => {
                let saved: Saved = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::io(
                        format!("reading query statistics {}", file.display()),
                        std::io::Error::other(e),
                    )
                })?;
                let counts = stats.counts.get_mut().expect("fresh lock");
                counts.searches = saved.searches;
                counts.answered = saved.answered;
                for q in saved.queries.into_iter().take(stats.capacity) {
                    counts.queries.insert(q.query, (q.count, q.not_found));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::io(
                    format!("reading query statistics {}", file.display()),
                    e,
                ))
            }
        }
        Ok(stats)
    }

    /// Counts one search or question: `found` whether it found anything. An empty query is
    /// not counted.
    pub fn record(&self, query: &str, found: bool) {
        let key = key(query);
        if key.is_empty() {
            return;
        }
        let Ok(mut counts) = self.counts.lock() else {
            return;
        };
        counts.searches += 1;
        counts.answered += u64::from(found);
        counts.dirty = true;
        if !counts.queries.contains_key(&key) && counts.queries.len() >= self.capacity {
            // Make room: the least searched query goes (ties: the one found most often).
            if let Some(victim) = counts
                .queries
                .iter()
                .min_by(|a, b| (a.1 .0, a.1 .0 - a.1 .1).cmp(&(b.1 .0, b.1 .0 - b.1 .1)))
                .map(|(k, _)| k.clone())
            {
                counts.queries.remove(&victim);
            }
        }
        let entry = counts.queries.entry(key).or_default();
        entry.0 += 1;
        entry.1 += u64::from(!found);
    }

    /// The totals and the `limit` first queries of each list.
    pub fn report(&self, limit: usize) -> StatsReport {
        let Ok(counts) = self.counts.lock() else {
            return StatsReport::default();
        };
        let all = sorted(&counts.queries);
        let mut not_found: Vec<QueryCount> =
            all.iter().filter(|q| q.not_found > 0).cloned().collect();
        not_found.sort_by(|a, b| b.not_found.cmp(&a.not_found).then(a.query.cmp(&b.query)));
        not_found.truncate(limit);
        StatsReport {
            searches: counts.searches,
            answered: counts.answered,
            top: all.into_iter().take(limit).collect(),
            not_found,
        }
    }

    /// Writes the counts to the file, if they changed since the last save.
    pub fn save(&self) -> Result<()> {
        let Some(file) = &self.file else {
            return Ok(());
        };
        let saved = {
            let Ok(mut counts) = self.counts.lock() else {
                return Ok(());
            };
            if !counts.dirty {
                return Ok(());
            }
            counts.dirty = false;
            Saved {
                searches: counts.searches,
                answered: counts.answered,
                queries: sorted(&counts.queries),
            }
        };
        let tmp = file.with_extension(format!("tmp-{}", std::process::id()));
        let write = || -> std::io::Result<()> {
            std::fs::write(&tmp, serde_json::to_vec(&saved)?)?;
            std::fs::rename(&tmp, file)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::io(format!("writing query statistics {}", file.display()), e)
        })
    }
}

/// Every query, most searched first (ties in alphabetical order).
fn sorted(queries: &HashMap<String, (u64, u64)>) -> Vec<QueryCount> {
    let mut all: Vec<QueryCount> = queries
        .iter()
        .map(|(query, &(count, not_found))| QueryCount {
            query: query.clone(),
            count,
            not_found,
        })
        .collect();
    all.sort_by(|a, b| b.count.cmp(&a.count).then(a.query.cmp(&b.query)));
    all
}

/// The form a query is counted under: folded as the index folds text (NFKC, traditional →
/// simplified, lower case), white space collapsed, digit runs of [`MASKED_DIGITS`] or more
/// masked, at most [`MAX_QUERY_CHARS`] characters.
pub fn key(query: &str) -> String {
    let folded = crate::index::analyzer::fold(query);
    let mut out = String::new();
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.chars().count() >= MASKED_DIGITS {
            out.push('#');
        } else {
            out.push_str(digits);
        }
        digits.clear();
    };
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
            } else {
                flush(&mut digits, &mut out);
                out.push(c);
            }
        }
        flush(&mut digits, &mut out);
    }
    out.chars().take(MAX_QUERY_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_folded_and_identifiers_masked() {
        assert_eq!(key("  開辦  企業 "), key("开办 企业"));
        assert_eq!(key("ＡＢＣ 2020年"), "abc 2020年");
        assert_eq!(key("电话13812345678补贴"), "电话#补贴");
        assert_eq!(key("   "), "");
    }

    #[test]
    fn counts_are_bounded_ranked_and_survive_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("stats.json");
        let stats = QueryStats::open(&file, 2).unwrap();
        for _ in 0..3 {
            stats.record("开办企业", true);
        }
        stats.record("无人机补贴", false);
        stats.record("无人机补贴", false);
        // A third query makes room by removing the least searched one.
        stats.record("冷门", false);
        let report = stats.report(10);
        assert_eq!(report.searches, 6);
        assert_eq!(report.answered, 3);
        assert_eq!(report.top.len(), 2);
        assert_eq!(report.top[0].query, "开办企业");
        assert!((report.answer_rate() - 0.5).abs() < 1e-9);
        stats.save().unwrap();
        let again = QueryStats::open(&file, 2).unwrap();
        assert_eq!(again.report(10), report);
        std::fs::write(&file, "not json").unwrap();
        let err = QueryStats::open(&file, 2).unwrap_err().to_string();
        assert!(err.contains("stats.json"), "{err}");
    }
}
