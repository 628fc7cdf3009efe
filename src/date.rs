//! Date mentions and their resolution against the reference date.

use crate::document::DateMention;
use crate::extractor::Ctx;

/// Every date mention of the article, in text order.
pub(crate) fn extract(_ctx: &Ctx<'_>) -> Vec<DateMention> {
    Vec::new()
}
