//! Page → articles: datelines, reporters, headline detection and attribution.

use std::ops::Range;

use crate::span::Span;

/// Where one article lies on the page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ArticleLayout {
    pub span: Span,
    pub headline: Option<Range<usize>>,
    pub subheadline: Option<Range<usize>>,
    /// Body ranges of the original text, in reading order.
    pub body: Vec<Range<usize>>,
    pub reporters: Vec<String>,
}

impl ArticleLayout {
    /// The ranges the article's clean text is built from: headlines first, then the body.
    pub fn segments(&self) -> Vec<Range<usize>> {
        self.subheadline.iter().chain(self.headline.iter()).chain(self.body.iter()).cloned().collect()
    }
}

/// Splits a page into articles.
pub(crate) fn split(original: &str) -> Vec<ArticleLayout> {
    vec![ArticleLayout { span: Span::new(0, original.len()), body: vec![0..original.len()], ..Default::default() }]
}
