//! Index generations: `--index DIR` holds complete indexes side by side, `DIR/gen-000042/`,
//! and one pointer file, `DIR/CURRENT`, naming the live one. A build writes a new generation
//! in a hidden directory, renames it to `gen-N` when it is complete, then flips the pointer by
//! renaming a temporary file over `CURRENT`: one atomic rename, so at every instant `DIR`
//! holds a usable index (no crash window), and a server polling `CURRENT` sees either the old
//! generation or the new one, complete.
//!
//! A reader (a server, a command) holds a [`Lease`] on the generation it opened: a file
//! `gen-N/.readers/<pid>-<n>` removed when the reader is dropped. Old generations are removed
//! only when no live process holds a lease on them, so a running server never loses what it
//! still reads. An index of the first layout (files directly in `DIR`, no `CURRENT`) still
//! opens, as generation 0; the next build moves it to the new layout.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::{Error, Result};

/// The pointer file naming the live generation.
pub const CURRENT_FILE: &str = "CURRENT";
/// Prefix of a generation directory (`gen-000042`).
pub const GENERATION_PREFIX: &str = "gen-";
/// Folder of a generation holding its readers' lease files.
const READERS_DIR: &str = ".readers";
/// Prefix of a generation being written (renamed to `gen-N` when complete).
const PARTIAL_PREFIX: &str = ".partial-";

/// One complete index inside `DIR`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generation {
    /// Its number (0 for an index of the first layout, files directly in `DIR`).
    pub number: u64,
    /// Its directory.
    pub dir: PathBuf,
}

/// The name of generation `number`'s directory.
pub fn dir_name(number: u64) -> String {
    format!("{GENERATION_PREFIX}{number:06}")
}

/// The number of a generation directory's name (`gen-000042` → 42).
fn number_of(name: &str) -> Option<u64> {
    name.strip_prefix(GENERATION_PREFIX)?.parse().ok()
}

/// Whether `name` is one of the entries a build makes in the index directory (a generation,
/// one being written, a pointer being written), so a directory holding only these is ours even
/// before the first pointer exists (a build killed before its first flip).
pub fn is_own_entry(name: &str) -> bool {
    number_of(name).is_some()
        || name.starts_with(PARTIAL_PREFIX)
        || name.starts_with(&format!(".{CURRENT_FILE}."))
}

/// The live generation of `index_dir`: the one `CURRENT` names, or the index of the first
/// layout as generation 0 when the directory holds one; `None` when there is no index.
pub fn current(index_dir: &Path) -> Result<Option<Generation>> {
    let pointer = index_dir.join(CURRENT_FILE);
    match std::fs::read_to_string(&pointer) {
        Ok(text) => {
            let name = text.trim();
            let number = number_of(name).ok_or_else(|| {
                Error::io(
                    format!("reading {}", pointer.display()),
                    std::io::Error::other(format!("`{name}` is not a generation name")),
                )
            })?;
            Ok(Some(Generation {
                number,
                dir: index_dir.join(name),
            }))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if index_dir.join(super::layout::MARKER_FILE).is_file() {
                Ok(Some(Generation {
                    number: 0,
                    dir: index_dir.to_path_buf(),
                }))
            } else {
                Ok(None)
            }
        }
        Err(e) => Err(Error::io(format!("reading {}", pointer.display()), e)),
    }
}

/// The generation numbers present in `index_dir`, sorted.
fn numbers(index_dir: &Path) -> Vec<u64> {
    let mut found: Vec<u64> = std::fs::read_dir(index_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| number_of(&e.file_name().to_string_lossy()))
        .collect();
    found.sort_unstable();
    found
}

/// A stamp unique to this process and moment: `<pid>-<nanoseconds>`.
fn stamp() -> String {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}-{nanos}", std::process::id())
}

/// Whether process `pid` is running. Without `/proc` (not Linux) every process counts as
/// running, so nothing a reader may hold is ever removed.
fn is_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || pid == std::process::id() || proc.join(pid.to_string()).exists()
}

/// The pid at the start of a `<pid>-…` stamp.
fn pid_of(stamp: &str) -> Option<u32> {
    stamp.split('-').next()?.parse().ok()
}

/// A fresh, hidden directory inside `index_dir` to write a generation into. Leftovers of
/// builds that were killed (their process is gone) are removed first.
pub fn start(index_dir: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(index_dir)
        .map_err(|e| Error::io(format!("creating {}", index_dir.display()), e))?;
    for entry in std::fs::read_dir(index_dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(stamp) = name.strip_prefix(PARTIAL_PREFIX) else {
            continue;
        };
        if pid_of(stamp).is_some_and(|pid| !is_running(pid)) {
            let _ = std::fs::remove_dir_all(entry.path());
            tracing::info!(dir = %entry.path().display(), "removed a killed build's leftovers");
        }
    }
    let dir = index_dir.join(format!("{PARTIAL_PREFIX}{}", stamp()));
    std::fs::create_dir(&dir).map_err(|e| Error::io(format!("creating {}", dir.display()), e))?;
    Ok(dir)
}

/// Publishes the complete index written in `partial` (from [`start`]) as the next
/// generation and makes it the live one. Returns it.
pub fn publish(index_dir: &Path, partial: &Path) -> Result<Generation> {
    let mut number = numbers(index_dir).last().copied().unwrap_or(0) + 1;
    let dir = loop {
        let dir = index_dir.join(dir_name(number));
        // Another build may have taken the number meanwhile: rename fails, take the next.
        match std::fs::symlink_metadata(&dir) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            _ => {
                number += 1;
                continue;
            }
        }
        match std::fs::rename(partial, &dir) {
            Ok(()) => break dir,
            Err(_) if dir.exists() => number += 1,
            Err(e) => {
                return Err(Error::io(
                    format!("moving {} to {}", partial.display(), dir.display()),
                    e,
                ))
            }
        }
    };
    sync_dir(index_dir);
    flip(index_dir, number)?;
    Ok(Generation { number, dir })
}

/// Points `CURRENT` at generation `number`: written to a temporary name, synced, renamed
/// over the old pointer (atomic), the directory synced.
fn flip(index_dir: &Path, number: u64) -> Result<()> {
    use std::io::Write;
    let tmp = index_dir.join(format!(".{CURRENT_FILE}.{}", stamp()));
    let pointer = index_dir.join(CURRENT_FILE);
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&tmp)?;
        writeln!(file, "{}", dir_name(number))?;
        file.sync_all()?;
        std::fs::rename(&tmp, &pointer)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(format!("writing {}", pointer.display()), e)
    })?;
    sync_dir(index_dir);
    Ok(())
}

/// Makes a rename in `dir` durable (best effort: not every platform can sync a directory).
fn sync_dir(dir: &Path) {
    if let Ok(file) = std::fs::File::open(dir) {
        let _ = file.sync_all();
    }
}

/// Removes what is no longer needed in `index_dir`: generations older than the live one that
/// no running process holds a lease on, and the files of an index of the first layout once a
/// generation is live. Returns the generations removed. Failures are logged and skipped (the
/// next build or reload tries again).
pub fn collect_garbage(index_dir: &Path) -> Vec<u64> {
    let Ok(Some(live)) = current(index_dir) else {
        return Vec::new();
    };
    if live.number == 0 {
        return Vec::new();
    }
    remove_first_layout(index_dir);
    let mut removed = Vec::new();
    for number in numbers(index_dir) {
        if number >= live.number {
            continue;
        }
        let dir = index_dir.join(dir_name(number));
        if is_held(&dir) {
            continue;
        }
        match std::fs::remove_dir_all(&dir) {
            Ok(()) => removed.push(number),
            Err(e) => {
                tracing::warn!(dir = %dir.display(), error = %e, "could not remove an old index generation")
            }
        }
    }
    removed
}

/// Whether a running process holds a lease on the generation in `dir`.
fn is_held(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir.join(READERS_DIR)) else {
        return false;
    };
    entries.flatten().any(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        // A lease of a process that is gone (killed server) no longer counts.
        pid_of(&name).is_none_or(is_running)
    })
}

/// The index files of the first layout (directly in `DIR`): ours, tantivy's meta files, and
/// the segment files tantivy lists as its own. Removed after the move to generations.
fn remove_first_layout(index_dir: &Path) {
    use super::layout::{DOCUMENTS_FILE, MARKER_FILE};
    let marker = index_dir.join(MARKER_FILE);
    if !marker.is_file() {
        return;
    }
    // The marker goes first: without it, what is left is never taken for an index.
    if std::fs::remove_file(&marker).is_err() {
        return;
    }
    let managed = index_dir.join(".managed.json");
    let listed: Vec<String> = std::fs::read(&managed)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default();
    for name in listed
        .iter()
        .map(String::as_str)
        .chain([DOCUMENTS_FILE, "meta.json", ".managed.json"])
        .chain([".tantivy-meta.lock", ".tantivy-writer.lock"])
    {
        // Only plain names: a listed path never leaves the directory.
        if !name.contains('/') && !name.contains('\\') && name != ".." {
            let _ = std::fs::remove_file(index_dir.join(name));
        }
    }
}

/// A reader's hold on a generation: while it lives, the generation is not removed.
#[derive(Debug)]
pub struct Lease {
    path: PathBuf,
}

impl Lease {
    /// Takes a lease on the generation in `dir` (none is needed, and `None` is returned, for
    /// an index of the first layout, which is never collected while live).
    pub fn take(generation: &Generation) -> Result<Option<Lease>> {
        if generation.number == 0 {
            return Ok(None);
        }
        static SERIAL: AtomicU64 = AtomicU64::new(0);
        let readers = generation.dir.join(READERS_DIR);
        std::fs::create_dir_all(&readers)
            .map_err(|e| Error::io(format!("creating {}", readers.display()), e))?;
        let path = readers.join(format!(
            "{}-{}",
            std::process::id(),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::write(&path, b"")
            .map_err(|e| Error::io(format!("writing {}", path.display()), e))?;
        Ok(Some(Lease { path }))
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn publish_empty(index_dir: &Path) -> Generation {
        let partial = start(index_dir).unwrap();
        std::fs::write(partial.join("x"), "x").unwrap();
        publish(index_dir, &partial).unwrap()
    }

    #[test]
    fn generations_count_up_and_the_pointer_follows() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(current(dir.path()).unwrap(), None);
        let first = publish_empty(dir.path());
        assert_eq!(first.number, 1);
        let second = publish_empty(dir.path());
        assert_eq!(second.number, 2);
        assert_eq!(current(dir.path()).unwrap(), Some(second.clone()));
        // No reader holds the first: it is collected; the live one never is.
        assert_eq!(collect_garbage(dir.path()), vec![1]);
        assert!(second.dir.is_dir());
    }

    #[test]
    fn a_leased_generation_is_kept_until_its_reader_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let first = publish_empty(dir.path());
        let lease = Lease::take(&first).unwrap();
        publish_empty(dir.path());
        assert!(collect_garbage(dir.path()).is_empty());
        assert!(first.dir.is_dir());
        drop(lease);
        assert_eq!(collect_garbage(dir.path()), vec![1]);
        // A lease left by a process that died (pid 0 is never a reader) does not count.
        let third = publish_empty(dir.path());
        let readers = third.dir.join(READERS_DIR);
        std::fs::create_dir_all(&readers).unwrap();
        std::fs::write(readers.join("0-1"), "").unwrap();
        publish_empty(dir.path());
        if Path::new("/proc").is_dir() {
            assert!(collect_garbage(dir.path()).contains(&third.number));
        }
    }

    #[test]
    fn leftovers_of_killed_builds_are_swept_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(format!("{PARTIAL_PREFIX}0-1"));
        std::fs::create_dir_all(&dead).unwrap();
        let live = start(dir.path()).unwrap();
        assert!(live.is_dir());
        if Path::new("/proc").is_dir() {
            assert!(!dead.exists());
        }
    }

    #[test]
    fn a_bad_pointer_is_an_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CURRENT_FILE), "elsewhere\n").unwrap();
        let err = current(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains(CURRENT_FILE) && err.contains("elsewhere"),
            "{err}"
        );
    }
}
