#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Library code never panics on data: offsets are computed from the input, so slicing, indexing and
// unwrapping go through checked forms. Tests may use the panicking ones.
#![warn(clippy::string_slice, clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::string_slice, clippy::indexing_slicing, clippy::unwrap_used, clippy::expect_used, clippy::panic))]

mod batch;
mod complaint;
mod date;
pub mod decode;
mod document;
mod error;
mod extractor;
pub mod lexicon;
mod markup;
pub mod number;
mod official;
mod page;
mod place;
mod pollution;
mod respective;
mod segment;
mod spacing;
mod span;
pub mod text;

pub use crate::document::*;
pub use crate::error::{Error, Result};
pub use crate::extractor::{Extractor, ExtractorBuilder, Input};
pub use crate::span::Span;
