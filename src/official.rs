//! Officials: person names with their title chains, group labels and coreference.

use crate::document::Official;
use crate::error::Result;
use crate::extractor::Ctx;
use crate::segment::Segmenter;

/// Title and name lexicons.
#[derive(Debug)]
pub(crate) struct Officials {}

impl Officials {
    pub fn new(_titles: &[String], _names: &[String]) -> Result<Officials> {
        Ok(Officials {})
    }

    /// One [`Official`] per titled person of the article; `reporters` are never officials.
    pub fn extract(&self, _ctx: &Ctx<'_>, _seg: &Segmenter, _reporters: &[String]) -> Vec<Official> {
        Vec::new()
    }
}
