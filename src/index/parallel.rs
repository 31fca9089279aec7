//! Work spread over every core with results in input order: what is built from them (ids,
//! the index, every tie in a ranking) is the same whichever thread did which item.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work` applied to every item on every core, the results in the items' order. Threads take
/// the next item as they finish one, so a few large items (one big corpus file) do not leave
/// a core idle while another works through a long run of them.
pub fn map_in_order<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, work(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e))
            })
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Drops `items` on every core, a share each (a build's measures: millions of strings, which
/// one core alone freed in a stretch of its own at the end of a build).
pub fn drop_all<T: Send>(mut items: Vec<T>) {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return;
    }
    let share = items.len().div_ceil(threads);
    std::thread::scope(move |scope| {
        while items.len() > share {
            let tail = items.split_off(items.len() - share);
            scope.spawn(move || drop(tail));
        }
        drop(items);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..1000).collect();
        // Uneven work, so threads finish items out of order.
        let squares = map_in_order(&items, |&n| {
            if n % 7 == 0 {
                std::thread::sleep(std::time::Duration::from_micros(50));
            }
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(map_in_order(&[] as &[u64], |&n| n).is_empty());
    }

    #[test]
    fn every_item_is_dropped_once() {
        use std::sync::atomic::AtomicUsize;
        use std::sync::Arc;
        struct Counted(Arc<AtomicUsize>);
        impl Drop for Counted {
            fn drop(&mut self) {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
        for n in [0, 1, 2, 3, 1001] {
            let dropped = Arc::new(AtomicUsize::new(0));
            drop_all((0..n).map(|_| Counted(Arc::clone(&dropped))).collect());
            assert_eq!(dropped.load(Ordering::Relaxed), n);
        }
    }
}
