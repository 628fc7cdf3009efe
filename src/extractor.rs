//! The [`Extractor`]: built once, shared across threads, runs the whole pipeline on one input.
//!
//! Data flows one way: original text → page layout (articles, headlines, reporters) → a cleaned view
//! of each article with an offset map → mentions of each kind → complaint-batch records.

use std::path::Path;
use std::sync::Arc;

use jiff::civil::Date;

use crate::document::{Article, Document, Headline, SCHEMA_VERSION};
use crate::error::{Error, Result};
use crate::official::Officials;
use crate::page;
use crate::place::Places;
use crate::segment::Segmenter;
use crate::span::Span;
use crate::text::CleanText;
use crate::{batch, complaint, date, pollution};

/// One text to extract from: borrowed text, an optional source name and reference date.
#[derive(Clone, Copy, Debug, Default)]
pub struct Input<'h> {
    text: &'h str,
    source: Option<&'h str>,
    reference_date: Option<Date>,
}

impl<'h> Input<'h> {
    /// An input with no source name and no reference date.
    pub fn new(text: &'h str) -> Input<'h> {
        Input { text, source: None, reference_date: None }
    }

    /// Sets the publication date that relative and year-less dates are resolved against.
    pub fn reference_date(mut self, date: Date) -> Input<'h> {
        self.reference_date = Some(date);
        self
    }

    /// Sets the reference date from `YYYY-MM-DD`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the string is not a valid date.
    pub fn reference_date_str(self, date: &str) -> Result<Input<'h>> {
        let d: Date = date.trim().parse().map_err(|e| Error::Invalid(format!("reference date {date:?}: {e}")))?;
        Ok(self.reference_date(d))
    }

    /// Sets the name the output carries in `source`.
    pub fn source(mut self, source: &'h str) -> Input<'h> {
        self.source = Some(source);
        self
    }

    /// The text.
    pub fn text(&self) -> &'h str {
        self.text
    }
}

impl<'h> From<&'h str> for Input<'h> {
    fn from(text: &'h str) -> Input<'h> {
        Input::new(text)
    }
}

impl<'h> From<&'h String> for Input<'h> {
    fn from(text: &'h String) -> Input<'h> {
        Input::new(text)
    }
}

/// What one extractor sees of an article: the original text, the cleaned view and the reference date.
pub(crate) struct Ctx<'a> {
    /// The whole original input.
    pub original: &'a str,
    /// The cleaned view of this article (headlines first, then the body paragraphs).
    pub clean: &'a CleanText,
    /// The publication date, if known.
    pub reference_date: Option<Date>,
}

impl Ctx<'_> {
    /// The cleaned text to match against.
    pub fn text(&self) -> &str {
        self.clean.as_str()
    }

    /// The original span of a clean byte range.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        self.clean.span(r)
    }

    /// The original text of a span, as an owned string.
    pub fn original_text(&self, span: Span) -> String {
        span.slice(self.original).to_string()
    }

    /// The original text of byte range `r` with traditional characters read as simplified ones,
    /// for the literal tests made on the original rather than the clean view (`獲悉` as `获悉`).
    pub fn simplified(&self, r: std::ops::Range<usize>) -> std::borrow::Cow<'_, str> {
        crate::lexicon::simplify(self.original.get(r).unwrap_or_default())
    }

    /// A clean range as it was written, for values reported as written (a batch subject, a title, a
    /// label): the original characters, without the line breaks, spaces and pinyin annotations that
    /// the clean view skipped.
    pub fn written(&self, r: std::ops::Range<usize>) -> String {
        crate::text::strip_annotations(self.span(r).slice(self.original)).chars().filter(|c| !c.is_whitespace()).collect()
    }
}

/// Extracts articles, dates, batches, district counts, pollution categories, officials and
/// complaint-batch records from Chinese news pages and bulletins.
///
/// Build it once ([`Extractor::new`] or [`Extractor::builder`]) and share it: it is `Send + Sync`
/// and cloning it is cheap (an `Arc`).
///
/// ```
/// use tongbao::{Extractor, Input};
///
/// let ex = Extractor::new();
/// let page = "本报讯（记者 晴空）12月9日，督察组向西宁市交办了第十七批群众信访举报件共24件。";
/// let doc = ex.extract(Input::new(page).reference_date_str("2023-12-10")?);
/// let art = &doc.articles[0];
/// assert_eq!(art.reporters, ["晴空"]);
/// # Ok::<(), tongbao::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    places: Places,
    officials: Officials,
    segmenter: Segmenter,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the embedded lexicons.
    pub fn new() -> Extractor {
        // The embedded lexicons are checked by the test suite, so this cannot fail at run time.
        #[allow(clippy::expect_used)]
        ExtractorBuilder::default().build().expect("embedded lexicons are valid")
    }

    /// A builder for adding user lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// Extracts everything from one input. Never panics; any text gives a [`Document`].
    pub fn extract<'h>(&self, input: impl Into<Input<'h>>) -> Document {
        let given = input.into();
        // Markup scraped with a page is blanked, and a double-spaced page read single-spaced, in
        // place: every offset below is the caller's.
        let blanked = crate::markup::blank(given.text);
        let spaced = crate::spacing::single(&blanked);
        let rewritten = matches!(blanked, std::borrow::Cow::Owned(_)) || matches!(spaced, std::borrow::Cow::Owned(_));
        let mut input = Input { text: &spaced, ..given };
        // Without a date from the caller, a page that prints its own publication date is read
        // from that day, as its readers read it.
        if input.reference_date.is_none() {
            input.reference_date = date::publication_date(input.text);
        }
        let layout = page::split(input.text);
        let mut articles: Vec<Article> = layout.iter().map(|a| self.article(input, a)).collect();
        if rewritten {
            // A mention's text is the input as given, markup and all, like its span.
            articles.iter_mut().for_each(|a| a.reslice_texts(given.text));
        }
        Document {
            schema_version: SCHEMA_VERSION,
            source: input.source.map(str::to_string),
            reference_date: input.reference_date.map(|d| d.to_string()),
            articles,
        }
    }

    fn article(&self, input: Input<'_>, layout: &page::ArticleLayout) -> Article {
        let original = input.text;
        let clean = CleanText::from_segments(original, &layout.segments());
        let ctx = Ctx { original, clean: &clean, reference_date: input.reference_date };
        let dates = date::extract(&ctx);
        let batches = batch::extract(&ctx);
        let district_counts = self.inner.places.district_counts(&ctx);
        let places: Vec<Span> = district_counts.iter().map(|c| c.span).collect();
        let pollution = pollution::extract(&ctx, &places);
        let officials = self.inner.officials.extract(&ctx, &self.inner.segmenter, &layout.reporters);
        let found = complaint::Found { dates: &dates, batches: &batches, district_counts: &district_counts, pollution: &pollution };
        let complaint_batches = complaint::assemble(&ctx, &self.inner.places, &found);
        let headline = |r: &Option<std::ops::Range<usize>>| {
            r.clone().map(|r| {
                let span = Span::new(r.start, r.end);
                // Pinyin annotations inserted by mirror sites are not part of the headline as printed.
                Headline { text: crate::text::strip_annotations(span.slice(original)), span }
            })
        };
        Article {
            span: layout.span,
            headline: headline(&layout.headline),
            subheadline: headline(&layout.subheadline),
            reporters: layout.reporters.clone(),
            dates,
            batches,
            district_counts,
            pollution,
            officials,
            complaint_batches,
        }
    }
}

/// Builds an [`Extractor`] with user lexicons added to the embedded ones.
///
/// ```
/// let ex = tongbao::Extractor::builder().titles("村支书\n").names("尉宝山\n").build()?;
/// # Ok::<(), tongbao::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    titles: Vec<String>,
    names: Vec<String>,
    places: Vec<String>,
    transcribed: Vec<String>,
}

impl ExtractorBuilder {
    /// Adds titles (one a line, like `lexicons/titles.tsv`).
    pub fn titles(&mut self, lexicon: &str) -> &mut ExtractorBuilder {
        self.titles.push(lexicon.to_string());
        self
    }

    /// Adds known person names (one a line).
    pub fn names(&mut self, lexicon: &str) -> &mut ExtractorBuilder {
        self.names.push(lexicon.to_string());
        self
    }

    /// Adds places (`name TAB code`, one a line, like `lexicons/places.tsv`).
    pub fn places(&mut self, lexicon: &str) -> &mut ExtractorBuilder {
        self.places.push(lexicon.to_string());
        self
    }

    /// Adds characters of names transcribed into Chinese (`character TAB mark|part`, one a line, like
    /// `lexicons/transcribed.tsv`): officials named in them need no Chinese surname.
    ///
    /// ```
    /// let ex = tongbao::Extractor::builder().transcribed("娃\tmark\n").build()?;
    /// # Ok::<(), tongbao::Error>(())
    /// ```
    pub fn transcribed(&mut self, lexicon: &str) -> &mut ExtractorBuilder {
        self.transcribed.push(lexicon.to_string());
        self
    }

    /// Adds a titles file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read.
    pub fn titles_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ExtractorBuilder> {
        let s = read(path.as_ref())?;
        Ok(self.titles(&s))
    }

    /// Adds a names file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read.
    pub fn names_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ExtractorBuilder> {
        let s = read(path.as_ref())?;
        Ok(self.names(&s))
    }

    /// Adds a places file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read.
    pub fn places_file(&mut self, path: impl AsRef<Path>) -> Result<&mut ExtractorBuilder> {
        let s = read(path.as_ref())?;
        Ok(self.places(&s))
    }

    /// Builds the extractor.
    ///
    /// # Errors
    /// [`Error::Lexicon`] when a user lexicon is malformed.
    pub fn build(&self) -> Result<Extractor> {
        // jieba's dictionary takes most of the build; the lexicons load beside it on a second thread.
        let (segmenter, lexicons) = std::thread::scope(|s| {
            let lexicons = s.spawn(|| -> Result<(Places, Officials)> {
                crate::lexicon::warm_up();
                Ok((Places::new(&self.places)?, Officials::new(&self.titles, &self.names, &self.transcribed)?))
            });
            let segmenter = Segmenter::new(&self.names);
            (segmenter, lexicons.join())
        });
        let (places, officials) = match lexicons {
            Ok(built) => built?,
            // Building the lexicons never panics; should it, build them here so the panic surfaces.
            Err(_) => (Places::new(&self.places)?, Officials::new(&self.titles, &self.names, &self.transcribed)?),
        };
        let inner = Inner { places, officials, segmenter };
        Ok(Extractor { inner: Arc::new(inner) })
    }
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|source| Error::Io { path: Some(path.to_path_buf()), source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Extractor>();
    }
}
