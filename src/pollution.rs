//! Pollution categories with counts and shares.

use crate::document::PollutionMention;
use crate::extractor::Ctx;

/// Every pollution mention of the article.
pub(crate) fn extract(_ctx: &Ctx<'_>) -> Vec<PollutionMention> {
    Vec::new()
}
