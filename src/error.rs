//! The one error type of the crate.

use std::path::PathBuf;

/// Everything that can go wrong in tongbao: reading input, decoding bytes, loading a lexicon.
///
/// Extraction itself never fails: any text gives a [`Document`](crate::Document). Errors only arise
/// where outside data enters (files, bytes of unknown encoding, user lexicons, options).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be read.
    #[error("{}: {source}", path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "<input>".into()))]
    Io {
        /// The file, when known.
        path: Option<PathBuf>,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not valid text in any supported encoding.
    #[error("{}: cannot decode input as {encoding}: invalid bytes at offset {offset}", path.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "<input>".into()))]
    Decode {
        /// The file, when known.
        path: Option<PathBuf>,
        /// The encoding that was tried last.
        encoding: &'static str,
        /// Byte offset of the first undecodable sequence.
        offset: usize,
    },
    /// A lexicon file could not be parsed.
    #[error("lexicon {name}, line {line}: {message}")]
    Lexicon {
        /// The lexicon's name or path.
        name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An option or input record is malformed (for example a reference date that is not `YYYY-MM-DD`).
    #[error("invalid input: {0}")]
    Invalid(String),
}

impl Error {
    /// Attaches a path to an I/O or decoding error that lacks one.
    pub fn with_path(self, p: impl Into<PathBuf>) -> Error {
        match self {
            Error::Io { path: None, source } => Error::Io { path: Some(p.into()), source },
            Error::Decode { path: None, encoding, offset } => Error::Decode { path: Some(p.into()), encoding, offset },
            e => e,
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
