//! tongbao (通报, "bulletin") turns Chinese news pages and government bulletins into typed data.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod batch;
mod complaint;
mod date;
pub mod decode;
mod document;
mod error;
mod extractor;
pub mod lexicon;
mod number;
mod official;
mod page;
mod place;
mod pollution;
mod segment;
mod span;
pub mod text;

pub use crate::document::*;
pub use crate::error::{Error, Result};
pub use crate::extractor::{Extractor, ExtractorBuilder, Input};
pub use crate::span::Span;

/// The README's examples are compiled and run as doc-tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
