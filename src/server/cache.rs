//! Recent results, by request: a portal's visitors ask the same few things (the embed widget
//! on a page, the examples of the home page, 「开办企业」 typed by many), and each of them
//! otherwise costs a full search or a Q&A of several searches. A search's results and an
//! answer are kept whole, keyed by what was asked (the query with its filters, sort and page;
//! the question), within a budget of bytes (each result weighed by its JSON), the least
//! recently used dropped first.
//!
//! Results belong to one index generation: when a request is answered from another (a
//! reload), everything kept is dropped at once, so a cached page never shows measures of an
//! index no longer served. Errors are never kept. A cached result takes no search slot, so
//! popular requests stay fast while the slots are full.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};

use crate::ask::Answer;
use crate::search::{SearchQuery, SearchResults};

/// The default budget of `serve --cache-mb`.
pub const DEFAULT_CACHE_MB: usize = 64;

/// Largest share of the budget one result may take: a single huge page (100 hits with long
/// snippets) must not push out everything else.
const MAX_ENTRY_SHARE: usize = 8;

/// What is kept: a search's page or an answer.
#[derive(Clone)]
enum Cached {
    Search(Arc<SearchResults>),
    Answer(Arc<Answer>),
}

/// What a result is kept under: the kind of request and what it asked, written out whole.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Search(String),
    Answer(String),
}

impl Key {
    /// A search's key: every field of the query (text, filters, facets asked, sort, page and
    /// size), so two requests share an entry only when they would get the same page.
    fn search(query: &SearchQuery) -> Key {
        Key::Search(format!("{query:?}"))
    }
}

struct Entry {
    value: Cached,
    bytes: usize,
    /// When it was last used: its place in [`Kept::order`].
    used: u64,
}

/// The entries of one generation and their order of use.
#[derive(Default)]
struct Kept {
    generation: Option<u64>,
    entries: HashMap<Key, Entry>,
    /// Last use → key, oldest first.
    order: BTreeMap<u64, Key>,
    bytes: usize,
    clock: u64,
}

impl Kept {
    /// Drops everything when `generation` is not the one kept.
    fn follow(&mut self, generation: u64) {
        if self.generation != Some(generation) {
            self.entries.clear();
            self.order.clear();
            self.bytes = 0;
            self.generation = Some(generation);
        }
    }

    fn get(&mut self, key: &Key) -> Option<Cached> {
        self.clock += 1;
        let entry = self.entries.get_mut(key)?;
        self.order.remove(&entry.used);
        entry.used = self.clock;
        self.order.insert(self.clock, key.clone());
        Some(entry.value.clone())
    }

    fn put(&mut self, key: Key, value: Cached, bytes: usize, budget: usize) {
        self.clock += 1;
        if let Some(old) = self.entries.remove(&key) {
            self.order.remove(&old.used);
            self.bytes -= old.bytes;
        }
        while self.bytes + bytes > budget {
            let Some((_, oldest)) = self.order.pop_first() else {
                break;
            };
            if let Some(dropped) = self.entries.remove(&oldest) {
                self.bytes -= dropped.bytes;
            }
        }
        self.order.insert(self.clock, key.clone());
        self.entries.insert(
            key,
            Entry {
                value,
                bytes,
                used: self.clock,
            },
        );
        self.bytes += bytes;
    }
}

/// The server's cache of recent results (see the module documentation).
pub struct ResultCache {
    budget: usize,
    kept: Mutex<Kept>,
}

impl ResultCache {
    /// A cache holding at most `budget` bytes of results (as JSON); `None` for 0 (no cache).
    pub fn new(budget: usize) -> Option<ResultCache> {
        (budget > 0).then(|| ResultCache {
            budget,
            kept: Mutex::new(Kept::default()),
        })
    }

    /// The results kept for `query` on `generation`.
    pub fn search(&self, generation: u64, query: &SearchQuery) -> Option<SearchResults> {
        match self.get(generation, &Key::search(query)) {
            Some(Cached::Search(results)) => Some(SearchResults::clone(&results)),
            _ => None,
        }
    }

    /// Keeps `results` of `query` on `generation`.
    pub fn keep_search(&self, generation: u64, query: &SearchQuery, results: &SearchResults) {
        let bytes = json_bytes(results);
        self.put(
            generation,
            Key::search(query),
            Cached::Search(Arc::new(results.clone())),
            bytes,
        );
    }

    /// The answer kept for `question` on `generation`.
    pub fn answer(&self, generation: u64, question: &str) -> Option<Answer> {
        match self.get(generation, &Key::Answer(question.to_owned())) {
            Some(Cached::Answer(answer)) => Some(Answer::clone(&answer)),
            _ => None,
        }
    }

    /// Keeps `answer` to `question` on `generation`.
    pub fn keep_answer(&self, generation: u64, question: &str, answer: &Answer) {
        let bytes = json_bytes(answer);
        self.put(
            generation,
            Key::Answer(question.to_owned()),
            Cached::Answer(Arc::new(answer.clone())),
            bytes,
        );
    }

    /// Bytes of results kept now.
    pub fn bytes(&self) -> usize {
        self.lock().bytes
    }

    fn get(&self, generation: u64, key: &Key) -> Option<Cached> {
        let mut kept = self.lock();
        kept.follow(generation);
        kept.get(key)
    }

    fn put(&self, generation: u64, key: Key, value: Cached, bytes: usize) {
        if bytes > self.budget / MAX_ENTRY_SHARE {
            return;
        }
        let mut kept = self.lock();
        kept.follow(generation);
        kept.put(key, value, bytes, self.budget);
    }

    /// The entries, even after a panic elsewhere while they were held (they are only ever
    /// left whole: every change is made before the lock is released).
    fn lock(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.kept
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// What a result weighs: the length of its JSON, about the memory its strings take.
fn json_bytes(value: &impl serde::Serialize) -> usize {
    serde_json::to_vec(value).map_or(usize::MAX, |json| json.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(q: &str) -> SearchQuery {
        SearchQuery {
            q: q.to_owned(),
            ..SearchQuery::default()
        }
    }

    fn results(total: usize) -> SearchResults {
        SearchResults {
            total,
            ..SearchResults::default()
        }
    }

    #[test]
    fn a_result_is_kept_for_the_same_request_only() {
        let cache = ResultCache::new(1 << 20).unwrap();
        assert!(cache.search(1, &query("刻章")).is_none());
        cache.keep_search(1, &query("刻章"), &results(7));
        assert_eq!(cache.search(1, &query("刻章")).unwrap().total, 7);
        let mut page_two = query("刻章");
        page_two.offset = 10;
        assert!(cache.search(1, &page_two).is_none());
        assert!(cache.search(1, &query("刻章 免费")).is_none());
        assert!(cache.answer(1, "刻章").is_none());
    }

    #[test]
    fn a_new_generation_drops_everything_kept() {
        let cache = ResultCache::new(1 << 20).unwrap();
        cache.keep_search(1, &query("刻章"), &results(7));
        assert!(cache.search(2, &query("刻章")).is_none());
        assert_eq!(cache.bytes(), 0);
        // and the old generation's result does not come back either
        assert!(cache.search(1, &query("刻章")).is_none());
    }

    #[test]
    fn the_least_recently_used_goes_first_within_the_budget() {
        let one = json_bytes(&results(1));
        let budget = one * 2 * MAX_ENTRY_SHARE;
        let cache = ResultCache::new(budget).unwrap();
        for i in 0..budget / one {
            cache.keep_search(1, &query(&format!("q{i}")), &results(1));
        }
        assert!(cache.bytes() <= budget);
        // using q0 makes q1 the oldest
        assert!(cache.search(1, &query("q0")).is_some());
        cache.keep_search(1, &query("new"), &results(1));
        assert!(cache.bytes() <= budget);
        assert!(cache.search(1, &query("q0")).is_some());
        assert!(cache.search(1, &query("q1")).is_none());
        assert!(cache.search(1, &query("new")).is_some());
    }

    #[test]
    fn a_result_larger_than_its_share_of_the_budget_is_not_kept() {
        let one = json_bytes(&results(1));
        let cache = ResultCache::new(one * MAX_ENTRY_SHARE - 1).unwrap();
        cache.keep_search(1, &query("刻章"), &results(1));
        assert!(cache.search(1, &query("刻章")).is_none());
        assert!(ResultCache::new(0).is_none());
    }
}
