//! [`Pipeline`], its builder, and the [`Cleaned`] result.

use std::fmt;
use std::sync::Arc;

use crate::cleaner::Cleaner;
use crate::cleaners::{self, RuleCleaner};
use crate::document::Document;
use crate::error::Result;
use crate::lexicon::{Category, Lexicon, LexiconBuilder, Scope};
use crate::metadata::Metadata;
use crate::report::Report;

/// Most passes [`Pipeline::clean_document`] makes over a document before it
/// settles; in practice the second pass almost always removes nothing.
///
/// ```
/// let page = "Related\nHome\nThe summit opened on Monday with a long speech by the host.\n";
/// let once = newsclean::clean(page);
/// assert_eq!(newsclean::clean(&once), once);
/// assert!(newsclean::MAX_PASSES >= 2);
/// ```
pub const MAX_PASSES: usize = 4;

/// An ordered list of cleaners plus the marker lexicon they share.
///
/// Build it once and reuse it: it is cheap to clone and `Send + Sync`, so
/// one pipeline can serve every thread.
///
/// # Presets
///
/// - [`Pipeline::default()`]: the news preset, every built-in cleaner in
///   [`cleaners::DEFAULT_ORDER`].
/// - [`Pipeline::empty()`]: no cleaner; output is the input with whitespace
///   normalised to one paragraph per line.
///
/// # Example
///
/// ```
/// use newsclean::Pipeline;
///
/// let pipeline = Pipeline::default();
/// let page = "Home\nWorld\nSport\nCulture\n\
///             Storm hits the coast\n\
///             A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\
///             Share on Facebook\n";
/// let cleaned = pipeline.clean(page);
/// assert_eq!(
///     cleaned.text(),
///     "Storm hits the coast\n\nA powerful storm hit the coast on Monday, cutting power to thousands of homes.\n"
/// );
/// for removal in cleaned.report() {
///     println!("{} {} {:?}", removal.cleaner, removal.reason, removal.span);
/// }
/// ```
#[derive(Clone)]
pub struct Pipeline {
    stages: Vec<Arc<dyn Cleaner>>,
    lexicon: Lexicon,
}

impl fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pipeline").field("stages", &self.stage_names()).field("markers", &self.lexicon.len()).finish()
    }
}

impl Default for Pipeline {
    /// The news preset: every built-in cleaner, built-in markers of every
    /// built-in language.
    fn default() -> Self {
        Pipeline { stages: cleaners::default_stages(), lexicon: Lexicon::builtin().clone() }
    }
}

impl Pipeline {
    /// A builder starting from the default stages.
    /// ```
    /// let p = newsclean::Pipeline::builder().remove("captions").build()?;
    /// assert!(!p.stage_names().contains(&"captions"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::new()
    }

    /// A pipeline that removes nothing.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::empty().clean("Share\n  Body  text \n");
    /// assert_eq!(cleaned.text(), "Share\n\nBody  text\n");
    /// assert!(cleaned.report().is_empty());
    /// ```
    pub fn empty() -> Self {
        Pipeline { stages: Vec::new(), lexicon: Lexicon::builtin().clone() }
    }

    /// The stage names, in order.
    ///
    /// ```
    /// let names = newsclean::Pipeline::default().stage_names();
    /// assert_eq!(names.first(), Some(&"whitespace"));
    /// ```
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// The lexicon the stages match against.
    /// ```
    /// use newsclean::{Category, Pipeline, Scope};
    /// let p = Pipeline::builder().marker("nl", Category::Related, Scope::Start, "Lees ook").build()?;
    /// assert!(p.lexicon().markers().iter().any(|m| &*m.phrase == "Lees ook"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Cleans one document. Infallible; linear in the input size.
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("Share\nThe mayor spoke at length about the budget.\n");
    /// assert_eq!(cleaned.text(), "The mayor spoke at length about the budget.\n");
    /// assert_eq!(cleaned.report().len(), 1);
    /// ```
    pub fn clean(&self, text: &str) -> Cleaned {
        let mut doc = Document::with_lexicon(text, &self.lexicon);
        self.clean_document(&mut doc);
        doc.finish()
    }

    /// Cleans a document given as bytes that should be UTF-8 but may not be
    /// (pages of unknown encoding, binary junk). Infallible; linear in the
    /// input size.
    ///
    /// The bytes are decoded like [`String::from_utf8_lossy`]: each invalid
    /// sequence becomes one U+FFFD REPLACEMENT CHARACTER, and
    /// [`Cleaned::invalid_utf8`] counts them (0 means the input was valid
    /// UTF-8 and was not copied). Spans in the [`report`](Cleaned::report)
    /// are byte ranges in the *decoded* text: decode the bytes the same way
    /// (`String::from_utf8_lossy(bytes)`) to look them up.
    ///
    /// ```
    /// use newsclean::Pipeline;
    ///
    /// let pipeline = Pipeline::default();
    /// let bytes = b"Advertisement\nThe mayor spoke at length about the budget \xff\xfe today.\n";
    /// let cleaned = pipeline.clean_bytes(bytes);
    /// assert_eq!(cleaned.text(), "The mayor spoke at length about the budget \u{fffd}\u{fffd} today.\n");
    /// assert_eq!(cleaned.invalid_utf8(), 2);
    ///
    /// // Spans refer to the decoded text.
    /// let decoded = String::from_utf8_lossy(bytes);
    /// assert_eq!(cleaned.report().as_slice()[0].text(&decoded), "Advertisement");
    ///
    /// // Valid UTF-8 gives the same result as `clean`.
    /// let valid = pipeline.clean_bytes("Tweet\nOne plain sentence of text.\n".as_bytes());
    /// assert_eq!(valid, pipeline.clean("Tweet\nOne plain sentence of text.\n"));
    /// assert_eq!(valid.invalid_utf8(), 0);
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8]) -> Cleaned {
        let invalid = bytes.utf8_chunks().filter(|chunk| !chunk.invalid().is_empty()).count();
        let text = String::from_utf8_lossy(bytes);
        let mut cleaned = self.clean(&text);
        cleaned.invalid_utf8 = invalid;
        cleaned
    }

    /// Runs the stages over a document built by the caller (for example with
    /// [`Document::with_lexicon`] and [`Pipeline::lexicon`]).
    ///
    /// Stages judge a line by its neighbours, and a later stage may remove
    /// a neighbour an earlier one relied on. So once the stages have run,
    /// the kept text is cleaned again, as a new document, until a pass
    /// removes nothing (at most [`MAX_PASSES`] passes); what a later pass
    /// removes is recorded against the original lines. Cleaning the output
    /// again therefore changes nothing. A later pass runs only when the
    /// first removed something, or when a line as written out differs from
    /// the line read (tabs and invisible spaces rewritten, part of it
    /// removed), which can change how it measures. Stages judge lines, not
    /// the blank lines between them: a text and its output, with one blank
    /// line between paragraphs, are the same document to them.
    ///
    /// ```
    /// use newsclean::{Document, Pipeline};
    ///
    /// let pipeline = Pipeline::default();
    /// let mut doc = Document::with_lexicon("Advertisement\nReal text of the story goes here.\n", pipeline.lexicon());
    /// pipeline.clean_document(&mut doc);
    /// assert_eq!(doc.removals().len(), 1);
    /// ```
    pub fn clean_document(&self, doc: &mut Document<'_>) {
        self.run_stages(doc);
        for _ in 1..MAX_PASSES {
            let (kept, ids, same_lines) = doc.render_with_ids();
            if (doc.removals().is_empty() && same_lines) || ids.is_empty() {
                // Every line is written out as it is: cleaning the output
                // again sees the same lines and is this pass. Or no line is
                // left: a document of no line has none to remove.
                doc.keep_rendered(kept);
                return;
            }
            let mut next = doc.next_pass(&kept, &ids);
            if next.len() != ids.len() {
                return;
            }
            self.run_stages(&mut next);
            let found: Vec<_> = next
                .removals()
                .iter()
                .filter(|r| r.whole_line)
                .map(|r| (ids[r.line.index()], r.cleaner, r.reason, r.confidence, r.detail.clone()))
                .collect();
            if found.is_empty() {
                drop(next);
                doc.keep_rendered(kept);
                return;
            }
            if let Some(metadata) = next.take_metadata() {
                doc.metadata_mut().absorb(metadata);
            }
            for (id, cleaner, reason, confidence, detail) in found {
                doc.remove_line_with(id, cleaner, reason, confidence, detail);
            }
        }
    }

    fn run_stages(&self, doc: &mut Document<'_>) {
        for stage in &self.stages {
            if stage.applies(doc) {
                stage.clean(doc);
            }
        }
    }
}

/// The result of [`Pipeline::clean`] or [`Pipeline::clean_bytes`]: the
/// text, the metadata found and the report of every removal.
/// ```
/// let cleaned = newsclean::Pipeline::default().clean("Source: Reuters\nTalks resumed in Geneva on Monday after a long pause.\n");
/// assert_eq!(cleaned.to_string(), cleaned.text());
/// assert_eq!(cleaned.metadata().source.as_deref(), Some("Reuters"));
/// let text: String = cleaned.into();
/// assert_eq!(text, "Talks resumed in Geneva on Monday after a long pause.\n");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned {
    text: String,
    metadata: Metadata,
    report: Report,
    invalid_utf8: usize,
}

impl Cleaned {
    pub(crate) fn new(text: String, metadata: Metadata, report: Report) -> Cleaned {
        Cleaned { text, metadata, report, invalid_utf8: 0 }
    }

    /// How many invalid UTF-8 sequences [`Pipeline::clean_bytes`] replaced
    /// with U+FFFD while decoding the input; always 0 after
    /// [`Pipeline::clean`]. Non-zero means the input was not valid UTF-8 and
    /// the report's spans refer to the decoded text.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean_bytes(b"Caf\xe9 au lait is served all day long.\n");
    /// assert_eq!(cleaned.invalid_utf8(), 1);
    /// assert_eq!(cleaned.text(), "Caf\u{fffd} au lait is served all day long.\n");
    /// ```
    pub fn invalid_utf8(&self) -> usize {
        self.invalid_utf8
    }

    /// The article text: one paragraph per line, paragraphs separated by one
    /// blank line, ending with a newline (empty if nothing is kept).
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("Tweet\nFirst paragraph.\nSecond paragraph.\n");
    /// assert_eq!(cleaned.text(), "First paragraph.\n\nSecond paragraph.\n");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Metadata found on the page.
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("By Jane Doe\nThe council met on Tuesday to vote on the budget.\n");
    /// assert_eq!(cleaned.metadata().authors, ["Jane Doe"]);
    /// ```
    pub fn metadata(&self) -> &Metadata {
        &self.metadata
    }

    /// Every removal.
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("Advertisement\nThe council met on Tuesday to vote on the budget.\n");
    /// let removal = cleaned.report().iter().next().unwrap();
    /// assert_eq!((removal.cleaner, removal.reason.as_str()), ("notices", "notice"));
    /// ```
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The text, dropping the rest.
    /// ```
    /// let text = newsclean::Pipeline::default().clean("Share\nOne sentence of text.\n").into_text();
    /// assert_eq!(text, "One sentence of text.\n");
    /// ```
    pub fn into_text(self) -> String {
        self.text
    }

    /// Text, metadata and report.
    ///
    /// ```
    /// let (text, meta, report) = newsclean::Pipeline::default().clean("Tweet\nOne plain sentence of text.\n").into_parts();
    /// assert_eq!(text, "One plain sentence of text.\n");
    /// assert!(meta.source.is_none());
    /// assert_eq!(report.len(), 1);
    /// ```
    pub fn into_parts(self) -> (String, Metadata, Report) {
        (self.text, self.metadata, self.report)
    }
}

impl fmt::Display for Cleaned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<Cleaned> for String {
    fn from(c: Cleaned) -> String {
        c.text
    }
}

/// Builds a [`Pipeline`]: add, remove and reorder stages, add marker phrases
/// and regex rules.
///
/// # Example
///
/// ```
/// use newsclean::{Category, Pipeline, Scope};
///
/// let pipeline = Pipeline::builder()
///     .remove("duplicates")
///     .marker("nl", Category::Related, Scope::Start, "Lees ook")
///     .rule_regex("promo", r"(?i)^use code \w+ for \d+% off$")
///     .build()?;
/// let cleaned = pipeline.clean("Lees ook\nDe burgemeester sprak lang over de begroting.\nUse code SAVE for 10% off\n");
/// assert_eq!(cleaned.text(), "De burgemeester sprak lang over de begroting.\n");
/// assert!(!pipeline.stage_names().contains(&"duplicates"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    stages: Vec<Arc<dyn Cleaner>>,
    lexicon: LexiconBuilder,
    rules: Vec<(String, RuleKind)>,
}

#[derive(Clone, Debug)]
enum RuleKind {
    Regex(String),
    Phrase(String),
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder::new()
    }
}

impl PipelineBuilder {
    /// Starts from the default stages and the built-in markers.
    /// ```
    /// let builder = newsclean::PipelineBuilder::new();
    /// assert_eq!(builder.stage_names(), newsclean::cleaners::DEFAULT_ORDER);
    /// ```
    pub fn new() -> Self {
        PipelineBuilder { stages: cleaners::default_stages(), lexicon: LexiconBuilder::default(), rules: Vec::new() }
    }

    /// Starts with no stage (built-in markers are still available to stages
    /// you push).
    ///
    /// ```
    /// use newsclean::{cleaners::NoticeCleaner, PipelineBuilder};
    /// let p = PipelineBuilder::empty().push(NoticeCleaner).build()?;
    /// assert_eq!(p.stage_names(), ["notices"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn empty() -> Self {
        PipelineBuilder { stages: Vec::new(), lexicon: LexiconBuilder::default(), rules: Vec::new() }
    }

    /// Appends a stage.
    /// ```
    /// use newsclean::{cleaner::from_fn, Pipeline};
    /// let p = Pipeline::builder().push(from_fn("noop", |_| {})).build()?;
    /// assert_eq!(p.stage_names().last(), Some(&"noop"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn push<C: Cleaner + 'static>(&mut self, cleaner: C) -> &mut Self {
        self.stages.push(Arc::new(cleaner));
        self
    }

    /// Inserts a stage before the stage named `before`, or at the end if
    /// there is none.
    ///
    /// ```
    /// use newsclean::{cleaner::from_fn, Pipeline};
    /// let p = Pipeline::builder().insert_before("notices", from_fn("mine", |_| {})).build()?;
    /// assert_eq!(&p.stage_names()[..3], ["whitespace", "mine", "notices"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn insert_before<C: Cleaner + 'static>(&mut self, before: &str, cleaner: C) -> &mut Self {
        let at = self.stages.iter().position(|s| s.name() == before).unwrap_or(self.stages.len());
        self.stages.insert(at, Arc::new(cleaner));
        self
    }

    /// Removes every stage named `name`.
    /// ```
    /// let p = newsclean::Pipeline::builder().remove("duplicates").build()?;
    /// let page = "Storm hits the coast today\nStorm hits the coast today\n";
    /// assert_eq!(p.clean(page).text(), "Storm hits the coast today\n\nStorm hits the coast today\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove(&mut self, name: &str) -> &mut Self {
        self.stages.retain(|s| s.name() != name);
        self
    }

    /// Moves the stage named `name` to position `index` (clamped). No-op if
    /// there is no such stage.
    ///
    /// ```
    /// let p = newsclean::Pipeline::builder().move_to("duplicates", 1).build()?;
    /// assert_eq!(p.stage_names()[1], "duplicates");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn move_to(&mut self, name: &str, index: usize) -> &mut Self {
        if let Some(at) = self.stages.iter().position(|s| s.name() == name) {
            let stage = self.stages.remove(at);
            let index = index.min(self.stages.len());
            self.stages.insert(index, stage);
        }
        self
    }

    /// The stage names, in order.
    ///
    /// ```
    /// let mut builder = newsclean::PipelineBuilder::empty();
    /// builder.push(newsclean::cleaners::NoticeCleaner);
    /// assert_eq!(builder.stage_names(), ["notices"]);
    /// ```
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Restricts the built-in markers to these languages (see
    /// [`LexiconBuilder::languages`]).
    ///
    /// # Defaults
    ///
    /// Every built-in language (`ar`, `en`, `fr`, `es`, `de`).
    /// ```
    /// let p = newsclean::Pipeline::builder().languages(["ar"]).build()?;
    /// assert!(p.lexicon().markers().iter().all(|m| &*m.lang == "ar" || &*m.lang == "*"));
    /// // English notices are no longer known.
    /// assert_eq!(p.clean("Advertisement\n").text(), "Advertisement\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn languages<I, S>(&mut self, langs: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.lexicon.languages(langs);
        self
    }

    /// Adds a marker phrase that the built-in cleaners act on, e.g. a
    /// "read also" label in another language.
    /// ```
    /// use newsclean::{Category, Pipeline, Scope};
    /// let p = Pipeline::builder().marker("it", Category::Related, Scope::Start, "Leggi anche").build()?;
    /// let page = "Il sindaco ha parlato a lungo del bilancio comunale.\nLeggi anche:\nAltro titolo qui\nIl consiglio ha poi votato il testo finale in serata.\n";
    /// assert!(!p.clean(page).text().contains("Leggi anche"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn marker(&mut self, lang: &str, category: Category, scope: Scope, phrase: &str) -> &mut Self {
        self.lexicon.phrase(lang, category, scope, phrase);
        self
    }

    /// Adds a rule removing every line the regex matches (anywhere in the
    /// trimmed line; anchor it with `^…$` for whole lines).
    /// ```
    /// let p = newsclean::Pipeline::builder().rule_regex("promo", r"^Use code \w+").build()?;
    /// assert_eq!(p.clean("Use code SAVE10\nThe story itself.\n").text(), "The story itself.\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule_regex(&mut self, name: &str, pattern: &str) -> &mut Self {
        self.rules.push((name.to_owned(), RuleKind::Regex(pattern.to_owned())));
        self
    }

    /// Adds a rule removing every line that contains `phrase` (folded like
    /// marker phrases: case, Arabic letter variants and diacritics ignored).
    /// ```
    /// let p = newsclean::Pipeline::builder().rule_phrase("newsletter", "اشترك في نشرتنا").build()?;
    /// assert_eq!(p.clean("اشترك في نشرتنا البريدية\nالنص الكامل.\n").text(), "النص الكامل.\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn rule_phrase(&mut self, name: &str, phrase: &str) -> &mut Self {
        self.rules.push((name.to_owned(), RuleKind::Phrase(phrase.to_owned())));
        self
    }

    /// Compiles markers and rules and returns the pipeline. User rules run
    /// as one `rules` stage right after `whitespace` (or first).
    ///
    /// # Errors
    ///
    /// Any [`Error`](crate::Error) from compiling user markers or rules.
    /// ```
    /// let err = newsclean::Pipeline::builder().rule_regex("broken", "(").build().unwrap_err();
    /// assert!(err.to_string().contains("broken"));
    /// ```
    pub fn build(&self) -> Result<Pipeline> {
        let lexicon = self.lexicon.build()?;
        let mut stages = self.stages.clone();
        if !self.rules.is_empty() {
            let mut rules = RuleCleaner::builder();
            for (name, kind) in &self.rules {
                match kind {
                    RuleKind::Regex(p) => rules.regex(name, p),
                    RuleKind::Phrase(p) => rules.phrase(name, p),
                };
            }
            let rules = rules.build()?;
            let at = stages.iter().position(|s| s.name() == "whitespace").map_or(0, |i| i + 1);
            stages.insert(at, Arc::new(rules));
        }
        Ok(Pipeline { stages, lexicon })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Reason;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The passes settling runs on `text`: the calls of a stage that counts
    /// them and removes the lines reading "junk".
    fn passes(text: &str) -> usize {
        let calls = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&calls);
        let stage = crate::cleaner::from_fn("count", move |doc| {
            seen.fetch_add(1, Ordering::Relaxed);
            let junk: Vec<_> = doc.lines().filter(|l| l.text == "junk").map(|l| l.id).collect();
            for id in junk {
                doc.remove_line(id, "count", Reason::Custom("junk"));
            }
        });
        let mut builder = PipelineBuilder::empty();
        builder.push(stage);
        builder.build().unwrap().clean(text);
        calls.load(Ordering::Relaxed)
    }

    #[test]
    fn settling_runs_again_only_when_a_line_changes() {
        // Lines written out as they were read: blank lines between
        // paragraphs alone call for no second pass.
        assert_eq!(passes("Storm hits the coast\nIt rained all day.\n"), 1);
        assert_eq!(passes("  Storm hits the coast  \r\n\r\n\r\nIt rained all day.\n"), 1);
        // A removal, a tab or an invisible space rewritten: one more pass.
        assert_eq!(passes("Storm hits the coast\njunk\nIt rained all day.\n"), 2);
        assert_eq!(passes("Storm\thits the coast\nIt rained all day.\n"), 2);
        assert_eq!(passes("Storm hits\u{200b} the coast\nIt rained all day.\n"), 2);
    }
}
