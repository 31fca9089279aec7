//! The directory a reader opens an index generation through ([`ReadDirectory`]): tantivy's
//! memory-mapped directory, except for the doc store, which is read with `pread`.
//!
//! Why: the doc store (`*.store`, the measures' records, the largest files of an index) is
//! read a compressed block at a time, and each block is decompressed into memory of its own
//! before anything reads it, so a mapping saves no copy; but every page of a mapped file once
//! touched counts in the process's resident memory until the kernel takes it back. The
//! partial-word tables are built from every stored record when the engine warms up, so with
//! the store mapped the whole store (382 MB at a million measures) stayed in the server's
//! resident set. Read, the blocks pass through the page cache (shared, reclaimable) and the
//! process keeps only what it decompressed. The postings, positions, term dictionaries and
//! fast fields stay mapped: searches read them many times at many places.

use std::fmt;
use std::io;
use std::ops::Range;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback,
    WatchHandle, WritePtr,
};
use tantivy::HasLen;

/// Files read with `pread` instead of mapped: the doc store's.
const READ_EXTENSION: &str = "store";

/// tantivy's [`MmapDirectory`] over `root`, the doc store's files read instead of mapped
/// (see the module's documentation); everything else is the inner directory's.
#[derive(Clone, Debug)]
pub struct ReadDirectory {
    root: PathBuf,
    inner: MmapDirectory,
}

impl ReadDirectory {
    /// The directory at `root` (an index generation's).
    pub fn open(root: &Path) -> tantivy::Result<ReadDirectory> {
        Ok(ReadDirectory {
            root: root.to_path_buf(),
            inner: MmapDirectory::open(root)?,
        })
    }
}

/// A file read a range at a time with `pread`, each range into memory of its own.
struct ReadFile {
    file: std::fs::File,
    len: usize,
    path: PathBuf,
}

impl fmt::Debug for ReadFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReadFile({})", self.path.display())
    }
}

impl HasLen for ReadFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for ReadFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        let mut bytes = vec![0u8; range.len()];
        self.file
            .read_exact_at(&mut bytes, range.start as u64)
            .map_err(|err| {
                io::Error::new(
                    err.kind(),
                    format!(
                        "{}: reading bytes {}..{}: {err}",
                        self.path.display(),
                        range.start,
                        range.end
                    ),
                )
            })?;
        Ok(OwnedBytes::new(bytes))
    }
}

impl Directory for ReadDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        if path.extension().is_some_and(|ext| ext == READ_EXTENSION) {
            let full = self.root.join(path);
            let file = std::fs::File::open(&full).map_err(|err| match err.kind() {
                io::ErrorKind::NotFound => OpenReadError::FileDoesNotExist(path.to_path_buf()),
                _ => OpenReadError::wrap_io_error(err, full.clone()),
            })?;
            let len = file
                .metadata()
                .map_err(|err| OpenReadError::wrap_io_error(err, full.clone()))?
                .len() as usize;
            return Ok(Arc::new(ReadFile {
                file,
                len,
                path: full,
            }));
        }
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        self.inner.acquire_lock(lock)
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
