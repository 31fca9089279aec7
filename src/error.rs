//! Errors split by whose fault they are: [`UserError`] (bad input, a missing measure: 4xx,
//! not logged) and [`InternalError`] (I/O, tantivy: 500, logged, details hidden from users).

use std::path::PathBuf;

/// Result with the crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every error the library returns.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Something the user can fix: a bad parameter, an unknown id, an unreadable corpus file.
    #[error(transparent)]
    User(#[from] UserError),
    /// Something broke on our side.
    #[error(transparent)]
    Internal(#[from] InternalError),
}

/// Errors caused by input: each message names the parameter or file and the reason.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    /// A query or form parameter that cannot be used as given.
    #[error("invalid parameter `{name}`: {reason}")]
    InvalidParameter {
        /// The parameter's name as the user wrote it (`q`, `page`, `--limit`).
        name: &'static str,
        /// Why it is refused, in words a user can act on.
        reason: String,
    },
    /// No measure has this id.
    #[error("no measure with id `{0}`")]
    MeasureNotFound(String),
    /// No document has this id.
    #[error("no document with id `{0}`")]
    DocumentNotFound(String),
    /// Nothing in the corpus could be indexed; `reasons` says why for each file.
    #[error(
        "nothing to index in {}: no file yielded a measure{}",
        dir.display(),
        reasons.iter().map(|r| format!("\n  {r}")).collect::<String>()
    )]
    EmptyCorpus {
        /// The corpus directory.
        dir: PathBuf,
        /// One line per skipped file or document without measures.
        reasons: Vec<String>,
    },
    /// `--index` names a directory (or file) that holds something other than a zhengce
    /// index: a build would replace it, so it is refused.
    #[error(
        "refusing to build an index in {}: {reason}; it would be replaced and its contents \
         deleted. Choose an empty or new directory for --index",
        path.display()
    )]
    NotAnIndexDir {
        /// The directory given as `--index`.
        path: PathBuf,
        /// What is in it.
        reason: String,
    },
    /// The index directory is missing or was built by something else.
    #[error("no usable index at {path}: {reason} (run `zhengce index` first)")]
    NoIndex {
        /// The index directory.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
}

/// Errors that are not the user's fault.
#[derive(Debug, thiserror::Error)]
pub enum InternalError {
    /// File system trouble.
    #[error("{context}: {source}")]
    Io {
        /// What we were doing.
        context: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// tantivy trouble.
    #[error("index: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
    /// A stored record that no longer parses.
    #[error("stored record: {0}")]
    Json(#[from] serde_json::Error),
    /// A background task died.
    #[error("task: {0}")]
    Join(String),
    /// The request's time ran out; its work was stopped.
    #[error("the request took too long and was stopped")]
    DeadlineExceeded,
    /// Too many searches at once: the request was refused rather than queued.
    #[error("too many searches at once")]
    Overloaded,
}

impl Error {
    /// An I/O error with what we were doing when it happened.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Internal(InternalError::Io {
            context: context.into(),
            source,
        })
    }

    /// A refused parameter.
    pub fn invalid(name: &'static str, reason: impl Into<String>) -> Self {
        Error::User(UserError::InvalidParameter {
            name,
            reason: reason.into(),
        })
    }
}

impl From<tantivy::TantivyError> for Error {
    fn from(err: tantivy::TantivyError) -> Self {
        Error::Internal(err.into())
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::Internal(err.into())
    }
}
