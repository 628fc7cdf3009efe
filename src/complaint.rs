//! The complaint-batch record (督察 交办 report) and its consistency checks.

use crate::document::{BatchMention, ComplaintBatch, DateMention, DistrictCount, PollutionMention};
use crate::extractor::Ctx;
use crate::place::Places;

/// The mentions already found in the article, which the record is assembled from.
pub(crate) struct Found<'a> {
    pub dates: &'a [DateMention],
    pub batches: &'a [BatchMention],
    pub district_counts: &'a [DistrictCount],
    pub pollution: &'a [PollutionMention],
}

/// One record per hand-over the article reports.
pub(crate) fn assemble(_ctx: &Ctx<'_>, _places: &Places, _found: &Found<'_>) -> Vec<ComplaintBatch> {
    Vec::new()
}
