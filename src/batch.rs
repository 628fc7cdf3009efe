//! `第N批` batch numbers, their lists and ranges.

use crate::document::BatchMention;
use crate::extractor::Ctx;

/// Every batch mention of the article.
pub(crate) fn extract(_ctx: &Ctx<'_>) -> Vec<BatchMention> {
    Vec::new()
}
