//! The line model: a [`Document`] borrows the input, splits it into lines
//! once, measures each line once, scans every line for marker phrases in one
//! pass, and records what cleaners remove. Cleaners mark; they never rewrite.

use std::borrow::Cow;
use std::ops::Range;

use crate::lexicon::{Hit, Lexicon};
use crate::metadata::Metadata;
use crate::report::{Confidence, Reason, Removal, Report};
use crate::text::{self, Features, UNSPACED_LINE_RUN};

/// How many leading characters of each line are folded and scanned for
/// marker phrases. Markers stand at the start of a line or in short lines;
/// the rest of a long paragraph is never scanned.
///
/// ```
/// use newsclean::{Category, Document, document::SCAN_PREFIX_CHARS};
///
/// // A marker far into a long line is not looked for.
/// let late = format!("{} Share on Facebook", "word ".repeat(60));
/// let doc = Document::new(&late);
/// let line = doc.lines().next().unwrap();
/// assert_eq!(line.folded.chars().count(), SCAN_PREFIX_CHARS);
/// assert!(!line.has(Category::Share));
/// assert!(Document::new("Share on Facebook").lines().next().unwrap().has(Category::Share));
/// ```
pub const SCAN_PREFIX_CHARS: usize = 256;

/// Index of a non-blank line in a [`Document`].
///
/// # Example
///
/// ```
/// use newsclean::{Document, LineId};
///
/// // Blank lines get no id: "Body" is line 1.
/// let doc = Document::new("Title\n\nBody\n");
/// let ids: Vec<LineId> = doc.lines().map(|l| l.id).collect();
/// assert_eq!(ids, [LineId(0), LineId(1)]);
/// assert_eq!(doc.line(LineId(1)).text, "Body");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct LineId(pub u32);

impl LineId {
    /// The index as `usize`.
    ///
    /// ```
    /// use newsclean::{Document, LineId};
    ///
    /// let doc = Document::new("One\nTwo\nThree\n");
    /// let last = doc.lines().next_back().unwrap();
    /// assert_eq!(last.id.index(), 2);
    /// assert_eq!(LineId(7).index(), 7);
    /// ```
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug, Clone)]
struct Slot<'a> {
    /// The trimmed line, and its byte range in the source.
    line: &'a str,
    text: Range<usize>,
    features: Features,
    folded: Range<u32>,
    hits: Range<u32>,
    removed: Option<u32>,
    blank_before: bool,
}

/// A view of one line: its text (trimmed, borrowed from the input), where it
/// stands in the input, its measurements and the markers found in it.
///
/// # Example
///
/// ```
/// use newsclean::{Category, Document};
///
/// let source = "Title\n\n  Read also: the budget vote  \n";
/// let doc = Document::new(source);
/// let line = doc.lines().nth(1).unwrap();
/// assert_eq!((line.text, line.span.clone()), ("Read also: the budget vote", 9..35));
/// assert_eq!(&source[line.span.clone()], line.text);
/// assert_eq!(line.folded, "read also: the budget vote");
/// assert!(line.blank_before && !line.removed && line.has(Category::Related));
/// assert_eq!(line.features.words, 5);
/// ```
#[derive(Debug, Clone)]
pub struct Line<'d> {
    /// The line's index.
    pub id: LineId,
    /// The trimmed text, borrowed from the input.
    pub text: &'d str,
    /// Byte range of `text` in the input.
    pub span: Range<usize>,
    /// Measurements (length, words, ending…).
    pub features: Features,
    /// The folded prefix used for matching (see [`crate::text::fold_into`]).
    pub folded: &'d str,
    /// Marker phrases found in the folded prefix.
    pub hits: &'d [Hit],
    /// Whether a cleaner has removed the line.
    pub removed: bool,
    /// Whether one or more blank lines precede this line in the input.
    /// The output puts one blank line between all paragraphs, so a cleaner
    /// whose decisions depend on this flag may decide otherwise on its own
    /// output: [`Pipeline`](crate::Pipeline) settling (see
    /// [`Pipeline::clean_document`](crate::Pipeline::clean_document)) does
    /// not run another pass for blank lines alone.
    pub blank_before: bool,
}

impl<'d> Line<'d> {
    /// True if a hit of `category` was found in the line.
    ///
    /// ```
    /// use newsclean::{Category, Document};
    ///
    /// let doc = Document::new("Tags: weather, storms\nIt rained all day.\n");
    /// let lines: Vec<_> = doc.lines().collect();
    /// assert!(lines[0].has(Category::Keywords));
    /// assert!(!lines[1].has(Category::Keywords));
    /// ```
    pub fn has(&self, category: crate::Category) -> bool {
        self.hits.iter().any(|h| h.category == category)
    }

    /// The first hit of `category`, if any.
    ///
    /// ```
    /// use newsclean::{Category, Document};
    ///
    /// let doc = Document::new("Read also: Storm warning for Tuesday\n");
    /// let line = doc.lines().next().unwrap();
    /// let hit = line.hit(Category::Related).unwrap();
    /// assert_eq!(&line.folded[hit.start as usize..hit.end as usize], "read also");
    /// assert_eq!(&*doc.lexicon().marker(hit.marker).phrase, "read also");
    /// assert!(line.hit(Category::Footer).is_none());
    /// ```
    pub fn hit(&self, category: crate::Category) -> Option<&Hit> {
        self.hits.iter().find(|h| h.category == category)
    }

    /// True if a hit of `category` covers the whole line.
    ///
    /// ```
    /// use newsclean::{Category, Document};
    ///
    /// let doc = Document::new("» Home «\nHome prices rose again in May.\n");
    /// let lines: Vec<_> = doc.lines().collect();
    /// assert!(lines[0].is_whole(Category::Nav)); // bullets and punctuation aside
    /// assert!(!lines[1].is_whole(Category::Nav));
    /// ```
    pub fn is_whole(&self, category: crate::Category) -> bool {
        self.hits.iter().any(|h| h.category == category && h.whole)
    }

    /// True if a hit of `category` starts the line.
    ///
    /// ```
    /// use newsclean::{Category, Document};
    ///
    /// let doc = Document::new("Reuters\nThe mayor told Reuters the plan was ready.\n");
    /// let lines: Vec<_> = doc.lines().collect();
    /// assert!(lines[0].starts_with(Category::Credit));
    /// assert!(lines[1].has(Category::Credit) && !lines[1].starts_with(Category::Credit));
    /// ```
    pub fn starts_with(&self, category: crate::Category) -> bool {
        self.hits.iter().any(|h| h.category == category && h.at_start)
    }

    /// The space-separated tokens of the folded prefix, each with its byte
    /// range in [`Line::folded`].
    pub(crate) fn folded_tokens(&self) -> impl Iterator<Item = (Range<usize>, &'d str)> + 'd {
        let mut pos = 0;
        self.folded.split(' ').map(move |token| {
            let start = pos;
            pos += token.len() + 1;
            (start..start + token.len(), token)
        })
    }

    /// Bytes of `range` (in the folded prefix) covered by the hits `keep`
    /// accepts, summed over hits.
    pub(crate) fn covered_bytes(&self, range: &Range<usize>, keep: impl Fn(&Hit) -> bool) -> usize {
        self.hits
            .iter()
            .filter(|h| keep(h) && (h.start as usize) < range.end && h.end as usize > range.start)
            .map(|h| (h.end as usize).min(range.end) - (h.start as usize).max(range.start))
            .sum()
    }
}

/// A document being cleaned.
///
/// Lines are the input's non-blank lines (terminated by `\n`, `\r\n` or `\r`),
/// trimmed of whitespace and bidi marks. Blank lines are layout: they are not
/// lines here, but [`Line::blank_before`] records them.
///
/// # Example
///
/// ```
/// use newsclean::{Document, Reason};
///
/// let mut doc = Document::new("Title\n\nBody text here.\nAdvertisement\n");
/// assert_eq!(doc.len(), 3);
/// let ad = doc.lines().find(|l| l.text == "Advertisement").unwrap().id;
/// doc.remove_line(ad, "mine", Reason::Notice);
/// assert_eq!(doc.render(), "Title\n\nBody text here.\n");
/// assert_eq!(doc.removals()[0].span, 23..36);
/// ```
#[derive(Debug)]
pub struct Document<'a> {
    source: &'a str,
    lexicon: &'a Lexicon,
    slots: Vec<Slot<'a>>,
    folded: String,
    hits: Vec<Hit>,
    removals: Vec<Removal>,
    /// How many lines have been removed (as a whole).
    removed_lines: usize,
    /// Metadata found so far; `None` until a cleaner finds some. Most
    /// documents have none, and an empty [`Metadata`] (six fields) would
    /// still be built and dropped with every document.
    metadata: Option<Metadata>,
    /// The text as last rendered, and how many removals there were then
    /// (removals are only ever added): [`Document::finish`] reuses it while
    /// that count holds.
    rendered: Option<(usize, String)>,
}

impl<'a> Document<'a> {
    /// Splits and measures `source` using the built-in [`Lexicon`].
    ///
    /// ```
    /// use newsclean::Document;
    ///
    /// let doc = Document::new("Storm hits the coast\r\n\r\n  It rained all day.  \n");
    /// let texts: Vec<&str> = doc.lines().map(|l| l.text).collect();
    /// assert_eq!(texts, ["Storm hits the coast", "It rained all day."]);
    /// assert!(doc.lines().nth(1).unwrap().blank_before);
    /// ```
    pub fn new(source: &'a str) -> Document<'a> {
        Document::with_lexicon(source, Lexicon::builtin())
    }

    /// Splits and measures `source`, scanning for the phrases of `lexicon`.
    ///
    /// ```
    /// use newsclean::{Category, Document, Lexicon, Scope};
    ///
    /// let lexicon = Lexicon::builder().phrase("nl", Category::Related, Scope::Start, "Lees ook").build()?;
    /// let doc = Document::with_lexicon("Lees ook: de begroting\n", &lexicon);
    /// assert!(doc.lines().next().unwrap().starts_with(Category::Related));
    /// // The built-in lexicon has no Dutch.
    /// assert!(!Document::new("Lees ook: de begroting\n").lines().next().unwrap().has(Category::Related));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_lexicon(source: &'a str, lexicon: &'a Lexicon) -> Document<'a> {
        // Sized once: at most one line per line break (bounded for inputs
        // made of blank lines; short inputs are not counted, the bound is
        // small), and a folded prefix is rarely longer than its line.
        let bound = source.len() / 16;
        let lines = if source.len() < 4096 {
            bound + 1
        } else {
            memchr::memchr_iter(b'\n', source.as_bytes()).count().min(bound) + 1
        };
        let Buffers { mut slots, mut folded, mut hits } = Buffers::take();
        let Scratch { mut ranges, mut found, mut line_hits } = Scratch::take();
        slots.reserve(lines);
        folded.reserve(source.len() + lines);
        ranges.reserve(lines);
        let mut run = LineRun::default();
        for (start, trimmed, blank_before) in split_lines(source) {
            let fstart = folded.len();
            // `text::fold_into(trimmed, SCAN_PREFIX_CHARS, ..)` and
            // `Features::of(trimmed)` in one pass.
            let (features, scripts) = measure_into(trimmed, &mut folded);
            let fend = folded.len();
            ranges.push((fstart as u32..fend as u32, scripts));
            slots.push(Slot {
                line: trimmed,
                text: start..start + trimmed.len(),
                features,
                folded: fstart as u32..fend as u32,
                hits: 0..0,
                removed: None,
                blank_before,
            });
            run.push(&mut slots);
            folded.push('\n');
        }
        line_hits.reserve(slots.len());
        lexicon.scan_lines(&folded, &ranges, &mut found, &mut hits, &mut line_hits);
        for (slot, h) in slots.iter_mut().zip(line_hits.drain(..)) {
            slot.hits = h;
        }
        Scratch { ranges, found, line_hits }.give();
        run.finish(&mut slots);
        Document::assemble(source, lexicon, slots, folded, hits)
    }

    /// A document of measured and scanned lines, nothing removed yet.
    fn assemble(
        source: &'a str,
        lexicon: &'a Lexicon,
        slots: Vec<Slot<'a>>,
        folded: String,
        hits: Vec<Hit>,
    ) -> Document<'a> {
        Document {
            source,
            lexicon,
            slots,
            folded,
            hits,
            removals: Vec::new(),
            removed_lines: 0,
            metadata: None,
            rendered: None,
        }
    }

    /// The same as `Document::with_lexicon(kept, self.lexicon())`, faster:
    /// `kept` is text rendered from this document, and `lines` its lines
    /// (see `render_with_ids`): where each stands in `kept`, so that the
    /// text is not split again, and its id here. A line whose text is
    /// unchanged keeps its measurements, folded prefix and hits (they depend
    /// on the line's text alone); only the others are folded, measured and
    /// scanned again.
    pub(crate) fn next_pass<'b>(&self, kept: &'b str, lines: &LineIds) -> Document<'b>
    where
        'a: 'b,
    {
        let lexicon = self.lexicon;
        let Buffers { mut slots, mut folded, mut hits } = Buffers::take();
        slots.reserve(lines.len());
        folded.reserve(self.folded.len());
        hits.reserve(self.hits.len());
        let mut run = LineRun::default();
        for (k, (id, span)) in lines.ids.iter().zip(&lines.spans).enumerate() {
            // The line as `split_lines` reads it: trimmed (a line with a
            // part removed may keep a space at an edge), and after a blank
            // line unless it is the first.
            let raw = &kept[span.start as usize..span.end as usize];
            let trimmed = text::trim(raw);
            let start = span.start as usize + (trimmed.as_ptr() as usize - raw.as_ptr() as usize);
            let blank_before = k > 0;
            let fstart = folded.len();
            let hstart = hits.len();
            let old = Some(&self.slots[id.index()]).filter(|o| o.line == trimmed);
            let features = match old {
                Some(old) => {
                    folded.push_str(&self.folded[old.folded.start as usize..old.folded.end as usize]);
                    hits.extend_from_slice(&self.hits[old.hits.start as usize..old.hits.end as usize]);
                    // The lines around may have changed: `LineRun` looks again.
                    Features { in_line_prose: false, ..old.features }
                }
                None => {
                    let (features, scripts) = measure_into(trimmed, &mut folded);
                    lexicon.scan_line(&folded[fstart..], scripts, &mut hits);
                    features
                }
            };
            slots.push(Slot {
                line: trimmed,
                text: start..start + trimmed.len(),
                features,
                folded: fstart as u32..folded.len() as u32,
                hits: hstart as u32..hits.len() as u32,
                removed: None,
                blank_before,
            });
            run.push(&mut slots);
            folded.push('\n');
        }
        run.finish(&mut slots);
        Document::assemble(kept, lexicon, slots, folded, hits)
    }

    /// The input text.
    ///
    /// ```
    /// use newsclean::Document;
    ///
    /// let text = "Title\n\nBody text here.\n";
    /// let doc = Document::new(text);
    /// assert_eq!(doc.source(), text);
    /// let body = doc.lines().nth(1).unwrap();
    /// assert_eq!(&doc.source()[body.span], "Body text here.");
    /// ```
    pub fn source(&self) -> &'a str {
        self.source
    }

    /// The lexicon the lines were scanned with.
    ///
    /// ```
    /// use newsclean::{Document, Lexicon};
    ///
    /// let doc = Document::new("Tags: weather\n");
    /// assert!(std::ptr::eq(doc.lexicon(), Lexicon::builtin()));
    /// let hit = doc.lines().next().unwrap().hits[0];
    /// assert_eq!(&*doc.lexicon().marker(hit.marker).phrase, "tags:");
    /// ```
    pub fn lexicon(&self) -> &'a Lexicon {
        self.lexicon
    }

    /// Number of (non-blank) lines, removed or not.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Title\n\n\nBody\nAdvertisement\n");
    /// assert_eq!(doc.len(), 3); // blank lines are not counted
    /// doc.remove_line(LineId(2), "mine", Reason::Notice);
    /// assert_eq!((doc.len(), doc.lines().count()), (3, 2));
    /// ```
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// True when the input has no non-blank line.
    ///
    /// ```
    /// use newsclean::Document;
    ///
    /// assert!(Document::new("").is_empty());
    /// assert!(Document::new(" \n\u{200f}\n\t\n").is_empty());
    /// assert!(!Document::new("Body\n").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Whether any line is left: false when the input has none or every
    /// line has been removed. The built-in cleaners judge kept lines only
    /// (removing a removed line does nothing, metadata comes from kept
    /// lines), so they skip a document without one (see their
    /// [`applies`](crate::Cleaner::applies)).
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// assert!(!Document::new(" \n").has_kept_lines());
    /// let mut doc = Document::new("Advertisement\n");
    /// assert!(doc.has_kept_lines());
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// assert!(!doc.has_kept_lines());
    /// ```
    pub fn has_kept_lines(&self) -> bool {
        self.removed_lines < self.slots.len()
    }

    /// The line `id`, removed or not.
    ///
    /// # Panics
    ///
    /// If `id` is out of range (ids come from this document's iterators).
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// let ad = doc.line(LineId(0));
    /// assert_eq!((ad.text, ad.removed), ("Advertisement", true));
    /// ```
    #[inline]
    pub fn line(&self, id: LineId) -> Line<'_> {
        let slot = &self.slots[id.index()];
        Line {
            id,
            text: slot.line,
            span: slot.text.clone(),
            features: slot.features,
            folded: &self.folded[slot.folded.start as usize..slot.folded.end as usize],
            hits: self.hits_of(slot),
            removed: slot.removed.is_some(),
            blank_before: slot.blank_before,
        }
    }

    /// Every line, removed or not, in order.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// let all: Vec<(&str, bool)> = doc.all_lines().map(|l| (l.text, l.removed)).collect();
    /// assert_eq!(all, [("Advertisement", true), ("Body", false)]);
    /// ```
    pub fn all_lines(&self) -> impl DoubleEndedIterator<Item = Line<'_>> + '_ {
        (0..self.slots.len() as u32).map(move |i| self.line(LineId(i)))
    }

    /// The features of every line, removed or not, in order: cheaper than
    /// [`Document::all_lines`] when they are all that is needed.
    pub(crate) fn all_features(&self) -> impl DoubleEndedIterator<Item = &Features> + '_ {
        self.slots.iter().map(|slot| &slot.features)
    }

    /// The text of every line, removed or not, in order.
    pub(crate) fn all_texts(&self) -> impl DoubleEndedIterator<Item = &'a str> + '_ {
        self.slots.iter().map(|slot| slot.line)
    }

    /// Lines not yet removed, in order.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\nFooter\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// let kept: Vec<&str> = doc.lines().map(|l| l.text).collect();
    /// assert_eq!(kept, ["Body", "Footer"]);
    /// assert_eq!(doc.lines().next_back().unwrap().text, "Footer");
    /// ```
    pub fn lines(&self) -> impl DoubleEndedIterator<Item = Line<'_>> + '_ {
        // Skip removed lines before building their views.
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, slot)| slot.removed.is_none())
            .map(move |(i, _)| self.line(LineId(i as u32)))
    }

    /// The features of line `id` (cheaper than its view).
    pub(crate) fn features_of(&self, id: LineId) -> &Features {
        &self.slots[id.index()].features
    }

    /// The text of line `id` (cheaper than its view).
    pub(crate) fn text_of(&self, id: LineId) -> &'a str {
        self.slots[id.index()].line
    }

    /// Does any marker hit of any line, removed or not, satisfy `test`? One
    /// walk over the page's hits.
    pub(crate) fn any_hit(&self, test: impl Fn(&Hit) -> bool) -> bool {
        self.hits.iter().any(test)
    }

    /// Lines not yet removed for which `keep(features, hits, text)` holds:
    /// the same as filtering [`Document::lines`], cheaper when few lines
    /// pass, as only their views are built.
    pub(crate) fn lines_where<'s>(
        &'s self,
        keep: impl Fn(&Features, &[Hit], &str) -> bool + 's,
    ) -> impl DoubleEndedIterator<Item = Line<'s>> + 's {
        self.all_lines_where(keep).filter(|line| !line.removed)
    }

    /// The view of line `id` if it is not yet removed and
    /// `keep(features, hits, text)` holds (see [`Document::lines_where`]):
    /// for a cleaner that removes each line as soon as it has judged it.
    #[inline]
    pub(crate) fn kept_line_where(
        &self,
        id: LineId,
        keep: impl Fn(&Features, &[Hit], &str) -> bool,
    ) -> Option<Line<'_>> {
        let slot = &self.slots[id.index()];
        (slot.removed.is_none() && keep(&slot.features, self.hits_of(slot), slot.line)).then(|| self.line(id))
    }

    /// Every line, removed or not, for which `keep(features, hits, text)`
    /// holds (see [`Document::lines_where`]).
    pub(crate) fn all_lines_where<'s>(
        &'s self,
        keep: impl Fn(&Features, &[Hit], &str) -> bool + 's,
    ) -> impl DoubleEndedIterator<Item = Line<'s>> + 's {
        self.slots
            .iter()
            .enumerate()
            .filter(move |(_, slot)| keep(&slot.features, self.hits_of(slot), slot.line))
            .map(move |(i, _)| self.line(LineId(i as u32)))
    }

    /// The hits of the line in `slot`.
    fn hits_of(&self, slot: &Slot<'_>) -> &[Hit] {
        &self.hits[slot.hits.start as usize..slot.hits.end as usize]
    }

    /// Whether line `id` has been removed.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody text\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// doc.remove_span(LineId(1), 14..19, "mine", Reason::Whitespace); // part of a line
    /// assert!(doc.is_removed(LineId(0)));
    /// assert!(!doc.is_removed(LineId(1)));
    /// ```
    pub fn is_removed(&self, id: LineId) -> bool {
        self.slots[id.index()].removed.is_some()
    }

    /// The removal of line `id`, if it was removed as a whole.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// let removal = doc.removal_of(LineId(0)).unwrap();
    /// assert_eq!((removal.cleaner, removal.reason, removal.span.clone()), ("mine", Reason::Notice, 0..13));
    /// assert!(doc.removal_of(LineId(1)).is_none());
    /// ```
    pub fn removal_of(&self, id: LineId) -> Option<&Removal> {
        self.slots[id.index()].removed.map(|i| &self.removals[i as usize])
    }

    /// Removes line `id` (no-op if already removed: the first cleaner wins).
    /// Returns whether the line was removed by this call.
    ///
    /// ```
    /// use newsclean::{Confidence, Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\n");
    /// assert!(doc.remove_line(LineId(0), "first", Reason::Notice));
    /// assert!(!doc.remove_line(LineId(0), "second", Reason::Duplicate)); // the first cleaner wins
    /// assert_eq!(doc.removal_of(LineId(0)).unwrap().cleaner, "first");
    /// assert_eq!(doc.removals()[0].confidence, Confidence::Medium);
    /// assert_eq!(doc.render(), "Body\n");
    /// ```
    pub fn remove_line(&mut self, id: LineId, cleaner: &'static str, reason: Reason) -> bool {
        self.remove_line_with(id, cleaner, reason, Confidence::Medium, Cow::Borrowed(""))
    }

    /// Makes room for `additional` more removals: a cleaner about to remove
    /// many lines grows the list once rather than by doubling.
    pub(crate) fn reserve_removals(&mut self, additional: usize) {
        self.removals.reserve(additional);
    }

    /// Removes line `id` with a confidence and an explanation.
    ///
    /// ```
    /// use newsclean::{Confidence, Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody\n");
    /// assert!(doc.remove_line_with(LineId(0), "mine", Reason::Notice, Confidence::High, "ad label"));
    /// let removal = &doc.removals()[0];
    /// assert_eq!((removal.confidence, &*removal.detail), (Confidence::High, "ad label"));
    /// assert!(removal.whole_line);
    /// ```
    pub fn remove_line_with(
        &mut self,
        id: LineId,
        cleaner: &'static str,
        reason: Reason,
        confidence: Confidence,
        detail: impl Into<Cow<'static, str>>,
    ) -> bool {
        let slot = &mut self.slots[id.index()];
        if slot.removed.is_some() {
            return false;
        }
        slot.removed = Some(self.removals.len() as u32);
        self.removed_lines += 1;
        let span = slot.text.clone();
        self.removals.push(Removal {
            cleaner,
            reason,
            confidence,
            line: id,
            span,
            whole_line: true,
            detail: detail.into(),
        });
        true
    }

    /// Removes part of line `id`. `span` is a byte range in the input; it is
    /// clipped to the line and to character boundaries. Ignored if the line
    /// is already removed or the clipped span is empty.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let source = "Storm hits the coast. Share this article\n";
    /// let mut doc = Document::new(source);
    /// let at = source.find(" Share").unwrap();
    /// doc.remove_span(LineId(0), at..source.len(), "mine", Reason::ShareWidget);
    /// assert_eq!(doc.render(), "Storm hits the coast.\n");
    /// // Clipped to the line: the newline is not part of the removal.
    /// assert_eq!((doc.removals()[0].span.clone(), doc.removals()[0].whole_line), (at..source.len() - 1, false));
    /// ```
    pub fn remove_span(&mut self, id: LineId, span: Range<usize>, cleaner: &'static str, reason: Reason) {
        let slot = &self.slots[id.index()];
        if slot.removed.is_some() {
            return;
        }
        let mut start = span.start.max(slot.text.start);
        let mut end = span.end.min(slot.text.end);
        while start < end && !self.source.is_char_boundary(start) {
            start += 1;
        }
        while end > start && !self.source.is_char_boundary(end) {
            end -= 1;
        }
        if start >= end {
            return;
        }
        self.removals.push(Removal {
            cleaner,
            reason,
            confidence: Confidence::High,
            line: id,
            span: start..end,
            whole_line: false,
            detail: Cow::Borrowed(reason.as_str()),
        });
    }

    /// Every removal so far, in order.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nBody  text\nFooter\n");
    /// doc.remove_line(LineId(2), "a", Reason::EndOfArticle);
    /// doc.remove_span(LineId(1), 18..19, "b", Reason::Whitespace);
    /// doc.remove_line(LineId(0), "c", Reason::Notice);
    /// let order: Vec<&str> = doc.removals().iter().map(|r| r.cleaner).collect();
    /// assert_eq!(order, ["a", "b", "c"]); // in the order they were made
    /// assert_eq!(doc.render(), "Body text\n");
    /// ```
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }

    /// Metadata found so far.
    ///
    /// ```
    /// use newsclean::{Document, Pipeline};
    ///
    /// let pipeline = Pipeline::default();
    /// let page = "Source: City Herald\nThe council approved the budget on Tuesday after a long debate.\n";
    /// let mut doc = Document::with_lexicon(page, pipeline.lexicon());
    /// assert!(doc.metadata().is_empty());
    /// pipeline.clean_document(&mut doc);
    /// assert_eq!(doc.metadata().source.as_deref(), Some("City Herald"));
    /// ```
    pub fn metadata(&self) -> &Metadata {
        self.metadata.as_ref().unwrap_or(&NO_METADATA)
    }

    /// Metadata, for cleaners that find some.
    ///
    /// ```
    /// use newsclean::{Document, LineId, MetaField, Reason};
    ///
    /// let mut doc = Document::new("By Jane Doe\nThe council approved the budget on Tuesday.\n");
    /// doc.metadata_mut().authors.push("Jane Doe".to_owned());
    /// doc.remove_line(LineId(0), "bylines", Reason::Metadata(MetaField::Author));
    /// let cleaned = doc.finish();
    /// assert_eq!(cleaned.metadata().authors, ["Jane Doe"]);
    /// assert_eq!(cleaned.text(), "The council approved the budget on Tuesday.\n");
    /// ```
    pub fn metadata_mut(&mut self) -> &mut Metadata {
        self.metadata.get_or_insert_with(Metadata::default)
    }

    /// Takes the metadata found so far, if any, leaving none.
    pub(crate) fn take_metadata(&mut self) -> Option<Metadata> {
        self.metadata.take()
    }

    /// The kept text: each kept line (less removed spans) as one paragraph,
    /// paragraphs separated by one blank line, ending with a newline (empty
    /// when nothing is kept). Whitespace characters left in a line (tabs,
    /// NBSP) are written as plain spaces.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Title\n\n\n\nFirst\tparagraph\u{a0}here.\nAdvertisement\nSecond paragraph.");
    /// doc.remove_line(LineId(2), "mine", Reason::Notice);
    /// assert_eq!(doc.render(), "Title\n\nFirst paragraph here.\n\nSecond paragraph.\n");
    /// for id in [0, 1, 3] {
    ///     doc.remove_line(LineId(id), "mine", Reason::Notice);
    /// }
    /// assert_eq!(doc.render(), "");
    /// ```
    pub fn render(&self) -> String {
        self.render_into(None).0
    }

    /// [`render`](Document::render), plus the id of each line written, in
    /// order (line `k` of the rendered text is line `ids[k]` here) with
    /// where it stands in the text, and whether every line written is its line here as it is (nothing of it
    /// removed, no character rewritten).
    pub(crate) fn render_with_ids(&self) -> (String, LineIds, bool) {
        let mut ids = LineIds::take();
        ids.ids.reserve(self.slots.len());
        ids.spans.reserve(self.slots.len());
        let (text, same) = self.render_into(Some(&mut ids));
        (text, ids, same)
    }

    /// Keeps `text`, rendered from this document as it is now, for
    /// [`Document::finish`].
    pub(crate) fn keep_rendered(&mut self, text: String) {
        self.rendered = Some((self.removals.len(), text));
    }

    fn render_into(&self, mut ids: Option<&mut LineIds>) -> (String, bool) {
        if !self.has_kept_lines() {
            // Nothing to write (all removed, or no line at all): no room is
            // made for it.
            return (String::new(), true);
        }
        // Lines come out no longer than they are in the source, where at
        // least a line break parts them: a blank line between paragraphs
        // and the final line break add at most one byte per line.
        let mut out = String::with_capacity(self.source.len() + self.slots.len() + 1);
        let mut partial: Vec<Range<usize>> =
            self.removals.iter().filter(|r| !r.whole_line).map(|r| r.span.clone()).collect();
        partial.sort_by_key(|r| r.start);
        let mut p = 0;
        let mut same = true;
        for (index, slot) in self.slots.iter().enumerate() {
            if slot.removed.is_some() {
                continue;
            }
            // The line goes straight into `out` after a separator, which is
            // taken back if nothing of the line is left.
            let mark = out.len();
            if !out.is_empty() {
                out.push('\n');
            }
            let start = out.len();
            let mut cursor = slot.text.start;
            while p < partial.len() && partial[p].end <= slot.text.start {
                p += 1;
            }
            let mut q = p;
            // Whether the line is written out as it is (no part of it
            // removed, no character rewritten).
            let mut as_is = true;
            while q < partial.len() && partial[q].start < slot.text.end {
                as_is = false;
                let r = &partial[q];
                if r.start > cursor {
                    push_text(&mut out, &self.source[cursor..r.start]);
                }
                cursor = cursor.max(r.end);
                q += 1;
            }
            if cursor < slot.text.end {
                as_is &= push_text(&mut out, &self.source[cursor..slot.text.end]);
            }
            // A line written as it is is not blank (lines are trimmed).
            if !as_is && text::trim(&out[start..]).is_empty() {
                out.truncate(mark);
                continue;
            }
            if let Some(ids) = ids.as_deref_mut() {
                ids.ids.push(LineId(index as u32));
                ids.spans.push(start as u32..out.len() as u32);
            }
            same &= as_is || out[start..] == *slot.line;
            out.push('\n');
        }
        (out, same)
    }

    /// Renders the text and hands back the report and metadata. Fills
    /// [`Metadata::title`] with the first kept line when it reads like a
    /// headline and no cleaner set one.
    ///
    /// ```
    /// use newsclean::{Document, LineId, Reason};
    ///
    /// let mut doc = Document::new("Advertisement\nStorm hits the coast\nA powerful storm hit the coast on Monday.\n");
    /// doc.remove_line(LineId(0), "mine", Reason::Notice);
    /// let cleaned = doc.finish();
    /// assert_eq!(cleaned.text(), "Storm hits the coast\n\nA powerful storm hit the coast on Monday.\n");
    /// assert_eq!(cleaned.metadata().title.as_deref(), Some("Storm hits the coast"));
    /// assert_eq!(cleaned.report().len(), 1);
    /// ```
    pub fn finish(mut self) -> crate::Cleaned {
        if self.metadata().title.is_none() {
            // The first two kept lines (no need of their views).
            let mut kept = self.slots.iter().filter(|slot| slot.removed.is_none());
            if let (Some(first), Some(_)) = (kept.next(), kept.next()) {
                if first.features.is_headline_like() {
                    let title = first.line.to_owned();
                    self.metadata_mut().title = Some(title);
                }
            }
        }
        let text = match self.rendered.take() {
            Some((removals, text)) if removals == self.removals.len() => text,
            _ => self.render(),
        };
        let metadata = self.metadata.take().unwrap_or_default();
        crate::Cleaned::new(text, metadata, Report::new(std::mem::take(&mut self.removals)))
    }
}

impl Drop for Document<'_> {
    /// Hands the line tables to the next document built on this thread.
    fn drop(&mut self) {
        Buffers {
            slots: unborrowed(std::mem::take(&mut self.slots)),
            folded: std::mem::take(&mut self.folded),
            hits: std::mem::take(&mut self.hits),
        }
        .give();
    }
}

/// What [`Document::metadata`] shows of a document where no cleaner has
/// found any.
static NO_METADATA: Metadata = Metadata::EMPTY;

/// The tables a document fills, kept between documents on each thread: a
/// document of a size seen before allocates nothing for them (and, for a
/// large one, touches no fresh memory). At most [`Buffers::SPARE_SETS`]
/// sets are kept per thread, none of more than [`Buffers::SPARE_BYTES`].
#[derive(Default)]
struct Buffers {
    slots: Vec<Slot<'static>>,
    folded: String,
    hits: Vec<Hit>,
}

/// Scratch of `Document::with_lexicon`: each line's folded range and
/// scripts, the hits found anywhere in lines (see `Lexicon::scan_lines`),
/// then each line's hits.
#[derive(Default)]
struct Scratch {
    ranges: Vec<(Range<u32>, u8)>,
    found: Vec<(u32, Hit)>,
    line_hits: Vec<Range<u32>>,
}

thread_local! {
    static SPARE: std::cell::RefCell<(Vec<Buffers>, Scratch)> = const {
        std::cell::RefCell::new((Vec::new(), Scratch { ranges: Vec::new(), found: Vec::new(), line_hits: Vec::new() }))
    };
    static SPARE_IDS: std::cell::Cell<(Vec<LineId>, Vec<Range<u32>>)> = const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// The lines of a rendered text (see `Document::render_with_ids`): the id
/// of each (it derefs to them) and the byte range of its text in the
/// rendered text. Tables kept on each thread, handed back when dropped.
pub(crate) struct LineIds {
    ids: Vec<LineId>,
    spans: Vec<Range<u32>>,
}

impl LineIds {
    /// The kept tables, emptied, or new ones.
    fn take() -> LineIds {
        let (ids, spans) = SPARE_IDS.try_with(|spare| spare.take()).unwrap_or_default();
        LineIds { ids, spans }
    }
}

impl std::ops::Deref for LineIds {
    type Target = [LineId];

    fn deref(&self) -> &[LineId] {
        &self.ids
    }
}

impl Drop for LineIds {
    /// Keeps the tables for the next text rendered on this thread, unless
    /// they are too large.
    fn drop(&mut self) {
        let (mut ids, mut spans) = (std::mem::take(&mut self.ids), std::mem::take(&mut self.spans));
        if spans.capacity() * std::mem::size_of::<Range<u32>>() <= Buffers::SPARE_BYTES {
            ids.clear();
            spans.clear();
            let _ = SPARE_IDS.try_with(|spare| spare.set((ids, spans)));
        }
    }
}

impl Buffers {
    /// Sets kept per thread: a document and the next pass built from it.
    const SPARE_SETS: usize = 2;
    /// Bytes a kept set may hold (a document of a few MiB).
    const SPARE_BYTES: usize = 32 << 20;

    /// Empty tables: kept ones if this thread has some.
    fn take() -> Buffers {
        SPARE.try_with(|spare| spare.borrow_mut().0.pop()).ok().flatten().unwrap_or_default()
    }

    /// Keeps the tables of a dropped document, emptied, unless enough are
    /// kept already or they are too large.
    fn give(mut self) {
        let bytes = self.slots.capacity() * std::mem::size_of::<Slot<'_>>()
            + self.folded.capacity()
            + self.hits.capacity() * std::mem::size_of::<Hit>();
        if bytes == 0 || bytes > Self::SPARE_BYTES {
            return;
        }
        self.slots.clear();
        self.folded.clear();
        self.hits.clear();
        let _ = SPARE.try_with(|spare| {
            let sets = &mut spare.borrow_mut().0;
            if sets.len() < Self::SPARE_SETS {
                sets.push(self);
            }
        });
    }
}

/// `table` emptied, its allocation kept for items of any lifetime (slots or
/// line views): collecting a vector's `into_iter().map(..)` into a vector
/// of the same layout reuses the allocation. (Were it ever not reused, the
/// table would just not be kept.)
fn unborrowed<T, U>(mut table: Vec<T>) -> Vec<U> {
    table.clear();
    table.into_iter().map(|_| -> U { unreachable!("the table was emptied") }).collect()
}

thread_local! {
    static SPARE_VIEWS: std::cell::Cell<Vec<Line<'static>>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The views of a document's kept lines, in order (see
/// [`Document::lines`]), in a table kept on each thread and handed back
/// when dropped: a cleaner that needs them all at hand allocates nothing
/// for them on a document of a size seen before.
pub(crate) struct LineViews<'d>(Vec<Line<'d>>);

impl<'d> LineViews<'d> {
    /// The views of the lines of `doc` not yet removed.
    pub(crate) fn of(doc: &'d Document<'_>) -> LineViews<'d> {
        let mut views: Vec<Line<'d>> = unborrowed(SPARE_VIEWS.try_with(|spare| spare.take()).unwrap_or_default());
        views.reserve(doc.len());
        views.extend(doc.lines());
        LineViews(views)
    }
}

impl<'d> std::ops::Deref for LineViews<'d> {
    type Target = [Line<'d>];

    fn deref(&self) -> &[Line<'d>] {
        &self.0
    }
}

impl Drop for LineViews<'_> {
    /// Keeps the table for the next document on this thread, unless it is
    /// too large.
    fn drop(&mut self) {
        let views = std::mem::take(&mut self.0);
        if views.capacity() * std::mem::size_of::<Line<'_>>() <= Buffers::SPARE_BYTES {
            let views: Vec<Line<'static>> = unborrowed(views);
            let _ = SPARE_VIEWS.try_with(|spare| spare.set(views));
        }
    }
}

impl Scratch {
    /// The kept scratch, or a new one.
    fn take() -> Scratch {
        SPARE.try_with(|spare| std::mem::take(&mut spare.borrow_mut().1)).unwrap_or_default()
    }

    /// Keeps the scratch, emptied, unless it is too large.
    fn give(mut self) {
        let bytes = self.ranges.capacity() * std::mem::size_of::<(Range<u32>, u8)>()
            + self.found.capacity() * std::mem::size_of::<(u32, Hit)>();
        if bytes > Buffers::SPARE_BYTES {
            return;
        }
        self.ranges.clear();
        self.found.clear();
        self.line_hits.clear();
        let _ = SPARE.try_with(|spare| spare.borrow_mut().1 = self);
    }
}

/// Measures the trimmed line `trimmed` and appends its folded prefix to
/// `folded` (without a trailing space), as a document stores it; returns
/// its features and the scripts of its folded letters.
fn measure_into(trimmed: &str, folded: &mut String) -> (Features, u8) {
    let measured = Features::fold_and_measure(trimmed, SCAN_PREFIX_CHARS, folded);
    if folded.ends_with(' ') {
        folded.pop();
    }
    measured
}

/// The non-blank lines of `source` (terminated by `\n`, `\r\n` or `\r`),
/// trimmed: (start in `source`, text, whether blank lines precede it).
fn split_lines(source: &str) -> impl Iterator<Item = (usize, &str, bool)> + '_ {
    let bytes = source.as_bytes();
    let mut pos = 0;
    let mut blank_before = false;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let (end, next) = match memchr::memchr2(b'\n', b'\r', &bytes[pos..]) {
                Some(i) => {
                    let at = pos + i;
                    let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
                    (at, next)
                }
                None => (bytes.len(), bytes.len()),
            };
            let raw = &source[pos..end];
            let trimmed = text::trim(raw);
            let start = pos + (trimmed.as_ptr() as usize - raw.as_ptr() as usize);
            pos = next;
            if trimmed.is_empty() {
                blank_before = true;
            } else {
                let before = std::mem::replace(&mut blank_before, false);
                return Some((start, trimmed, before));
            }
        }
        None
    })
}

/// Appends `s` with whitespace characters written as spaces (zero-width
/// spaces as nothing). Text without a byte that can start one of them is
/// copied as it is, and then only is true returned.
fn push_text(out: &mut String, s: &str) -> bool {
    let bytes = s.as_bytes();
    let unchanged = if bytes.len() < 512 {
        !may_change(bytes)
    } else {
        // Long lines: a few vectorised passes find any byte that can start
        // a character to rewrite.
        memchr::memchr3(0xc2, 0xe1, 0xe2, bytes).is_none()
            && memchr::memchr3(0xe3, 0xef, b'\t', bytes).is_none()
            && memchr::memchr3(b'\n', 0x0b, 0x0c, bytes).is_none()
            && memchr::memchr(b'\r', bytes).is_none()
    };
    if unchanged {
        out.push_str(s);
        return true;
    }
    // Copy runs between the characters that change: ASCII whitespace other
    // than the space, and the non-ASCII spaces, whose UTF-8 encodings start
    // with one of the bytes C2, E1, E2, E3 or EF. Each such byte starts a
    // character (none is a continuation byte), so only those are decoded:
    // they are found sixteen bytes at a time.
    let mut run = 0;
    let whole = bytes.len() - bytes.len() % 16;
    let candidates = bytes[..whole]
        .chunks_exact(16)
        .enumerate()
        .flat_map(|(k, block)| set_bits(change_mask(block)).map(move |bit| 16 * k + bit))
        .chain((whole..bytes.len()).filter(|&i| MAY_CHANGE[usize::from(bytes[i])]));
    for i in candidates {
        let c = s[i..].chars().next().unwrap_or(' ');
        if text::is_zero_width_space(c) || (c != ' ' && text::is_space(c)) {
            out.push_str(&s[run..i]);
            if !text::is_zero_width_space(c) {
                out.push(' ');
            }
            run = i + c.len_utf8();
        }
    }
    out.push_str(&s[run..]);
    false
}

/// The positions of the set bits of `mask`, lowest first.
fn set_bits(mut mask: u32) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let bit = mask.trailing_zeros() as usize;
        mask &= mask.wrapping_sub(1);
        (bit < 32).then_some(bit)
    })
}

/// The bytes of a block of sixteen that are in [`MAY_CHANGE`], as bits.
fn change_mask(block: &[u8]) -> u32 {
    use wide::{CmpEq, CmpGt, CmpLt, i8x16};
    let splat = |b: u8| i8x16::splat(b as i8);
    let v: i8x16 = bytemuck::cast(<[u8; 16]>::try_from(block).unwrap_or_default());
    // Signed: 09..=0D, then E1..=E3 (below zero), C2 and EF.
    let m = (v.cmp_gt(splat(0x08)) & v.cmp_lt(splat(0x0e)))
        | (v.cmp_gt(splat(0xe0)) & v.cmp_lt(splat(0xe4)))
        | v.cmp_eq(splat(0xc2))
        | v.cmp_eq(splat(0xef));
    m.move_mask() as u32
}

/// Does `bytes` hold a byte of [`MAY_CHANGE`]? Sixteen bytes at a time,
/// in one pass with no setup.
fn may_change(bytes: &[u8]) -> bool {
    let mut blocks = bytes.chunks_exact(16);
    let found = blocks.by_ref().any(|block| change_mask(block) != 0);
    found || blocks.remainder().iter().any(|&b| MAY_CHANGE[usize::from(b)])
}

/// Bytes that can start a character [`push_text`] rewrites.
static MAY_CHANGE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0x09;
    while b <= 0x0d {
        t[b] = true;
        b += 1;
    }
    t[0xc2] = true;
    t[0xe1] = true;
    t[0xe2] = true;
    t[0xe3] = true;
    t[0xef] = true;
    t
};

/// Marks [`Features::in_line_prose`] as the lines of a document are
/// measured: every line of a run of at least [`UNSPACED_LINE_RUN`] lines in
/// a row that are each [`Features::is_unspaced_line`]. Then, in
/// [`LineRun::finish`], clears the marks again when the page's other prose
/// outweighs those runs: a page with that much punctuated prose has its
/// article there, and its runs of long unpunctuated lines are headlines (a
/// box of related articles). Lines come in with the flag clear.
#[derive(Default)]
struct LineRun {
    /// [`Features::is_unspaced_line`] lines in a row up to the last line.
    len: usize,
    /// Characters of the marked lines, each counted up to
    /// [`text::FEATURE_PREFIX_CHARS`].
    chars: u64,
    /// The lines from the first marked one to the last.
    marked: Range<usize>,
}

/// A line's characters as its page's prose is weighed (see [`LineRun`]).
fn prose_weight(f: &Features) -> u64 {
    u64::from(f.chars).min(text::FEATURE_PREFIX_CHARS as u64)
}

impl LineRun {
    /// Takes in the last line of `slots`.
    fn push(&mut self, slots: &mut [Slot<'_>]) {
        let k = slots.len() - 1;
        if !slots[k].features.is_unspaced_line() {
            self.len = 0;
            return;
        }
        self.len += 1;
        if self.len < UNSPACED_LINE_RUN {
            return;
        }
        let from = if self.len == UNSPACED_LINE_RUN { k + 1 - UNSPACED_LINE_RUN } else { k };
        for slot in &mut slots[from..=k] {
            slot.features.in_line_prose = true;
            self.chars += prose_weight(&slot.features);
        }
        if self.marked.is_empty() {
            self.marked.start = from;
        }
        self.marked.end = k + 1;
    }

    /// Clears the marks when the rest of the page's prose weighs at least
    /// half as much as the marked lines (it is counted only as far as it
    /// takes).
    fn finish(self, slots: &mut [Slot<'_>]) {
        if self.chars == 0 {
            return;
        }
        let mut prose = 0u64;
        for f in slots.iter().map(|s| &s.features).filter(|f| !f.in_line_prose && f.is_prose()) {
            prose += prose_weight(f);
            if self.chars <= 2 * prose {
                for slot in &mut slots[self.marked] {
                    slot.features.in_line_prose = false;
                }
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lf_crlf_and_cr() {
        let doc = Document::new("a\r\nb\rc\n\n  d  \n");
        let texts: Vec<_> = doc.lines().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert!(doc.line(LineId(3)).blank_before);
        assert!(!doc.line(LineId(1)).blank_before);
    }

    #[test]
    fn empty_and_blank_inputs() {
        assert!(Document::new("").is_empty());
        assert!(Document::new("\n\n \u{a0}\n\u{200f}\n").is_empty());
        assert_eq!(Document::new("").render(), "");
    }

    #[test]
    fn spans_point_into_the_source() {
        let src = "  \u{a0}مرحبا بكم\u{200b}\nnext";
        let doc = Document::new(src);
        let l = doc.line(LineId(0));
        assert_eq!(&src[l.span.clone()], "مرحبا بكم");
    }

    #[test]
    fn partial_removals_render() {
        let src = "Keep this, drop that\n";
        let mut doc = Document::new(src);
        let id = LineId(0);
        doc.remove_span(id, 9..20, "t", Reason::Whitespace);
        assert_eq!(doc.render(), "Keep this\n");
        // Out-of-range and mid-char spans are clipped.
        let src = "é é";
        let mut doc = Document::new(src);
        doc.remove_span(LineId(0), 1..100, "t", Reason::Whitespace);
        assert_eq!(doc.removals()[0].span, 2..5);
    }

    #[test]
    fn first_removal_wins() {
        let mut doc = Document::new("x\n");
        assert!(doc.remove_line(LineId(0), "a", Reason::Notice));
        assert!(!doc.remove_line(LineId(0), "b", Reason::Duplicate));
        assert_eq!(doc.removal_of(LineId(0)).unwrap().cleaner, "a");
    }

    /// `push_text` as first written: one `char` at a time.
    fn push_text_reference(out: &mut String, s: &str) {
        if s.bytes().all(|b| !matches!(b, b'\t' | 0x0b | 0x0c) && b < 0x80) {
            out.push_str(s);
            return;
        }
        for c in s.chars() {
            if text::is_zero_width_space(c) {
                continue;
            }
            out.push(if text::is_space(c) { ' ' } else { c });
        }
    }

    proptest::proptest! {
        #[test]
        fn push_text_matches_the_reference(
            v in proptest::collection::vec(proptest::sample::select(&[
                'a', ' ', '\t', '\x0b', '\x0c', 'م', '«', '“', '北', '\u{85}', '\u{a0}', '\u{1680}', '\u{180e}',
                '\u{2002}', '\u{200b}', '\u{200c}', '\u{2028}', '\u{202f}', '\u{205f}', '\u{2060}', '\u{3000}',
                '\u{feff}', '\u{ff1a}',
            ][..]), 0..300)
        ) {
            let s: String = v.into_iter().collect();
            let (mut got, mut want) = (String::from("x"), String::from("x"));
            let as_is = push_text(&mut got, &s);
            push_text_reference(&mut want, &s);
            // Copied as it is only when nothing is rewritten.
            proptest::prop_assert!(!as_is || want[1..] == *s);
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn may_change_finds_every_byte_that_may_change_anywhere() {
        for b in 0..=255u8 {
            for len in [1, 15, 16, 17, 64, 100] {
                for at in [0, len / 2, len - 1] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    assert_eq!(may_change(&bytes), MAY_CHANGE[usize::from(b)], "{b:#x} {len} {at}");
                }
            }
        }
    }

    #[test]
    fn push_text_rewrites_one_space_anywhere_in_a_long_line() {
        for special in
            ['\t', '\x0b', '\x0c', '\u{85}', '\u{a0}', '\u{1680}', '\u{2002}', '\u{200b}', '\u{3000}', '\u{feff}']
        {
            for fill in ["مرحبا ", "hello ", "北京 "] {
                for at in [0, 1, 7, 40] {
                    let mut s = fill.repeat(20);
                    let at = s.char_indices().nth(at).map_or(s.len(), |(i, _)| i);
                    s.insert(at, special);
                    let (mut got, mut want) = (String::new(), String::new());
                    push_text(&mut got, &s);
                    push_text_reference(&mut want, &s);
                    assert_eq!(got, want, "{special:?} in {fill:?}");
                    assert!(!got.contains(special));
                }
            }
        }
    }

    #[test]
    fn line_views_are_the_kept_lines_and_lend_their_table() {
        let text = "Title\n\nAdvertisement\nBody text here.\n".repeat(50);
        let mut doc = Document::new(&text);
        doc.remove_line(LineId(1), "mine", Reason::Notice);
        let views = LineViews::of(&doc);
        let want: Vec<_> = doc.lines().map(|l| (l.id, l.text)).collect();
        assert_eq!(views.iter().map(|l| (l.id, l.text)).collect::<Vec<_>>(), want);
        let table = views.0.as_ptr() as usize;
        drop(views);
        let other = Document::new("One line.\n");
        let again = LineViews::of(&other);
        assert_eq!(again.0.as_ptr() as usize, table);
        assert_eq!(again.iter().map(|l| l.text).collect::<Vec<_>>(), ["One line."]);
    }

    #[test]
    fn a_dropped_document_lends_its_tables_to_the_next() {
        // Tests run on threads of their own: nothing is kept yet.
        let text = "A line of text.\n".repeat(200);
        let doc = Document::new(&text);
        let lines = doc.len();
        drop(doc);
        let kept = Buffers::take();
        assert!(kept.slots.capacity() >= lines && kept.folded.capacity() >= text.len());
        assert!(kept.slots.is_empty() && kept.folded.is_empty() && kept.hits.is_empty());
        kept.give();
        // Documents built from kept tables are the same as fresh ones.
        let again = Document::new(&text);
        assert_eq!(again.len(), lines);
        assert_eq!(again.render(), Document::new(&text).render());
    }

    #[test]
    fn tables_too_large_are_not_kept() {
        Buffers { folded: String::with_capacity(Buffers::SPARE_BYTES + 1), ..Buffers::default() }.give();
        assert_eq!(Buffers::take().folded.capacity(), 0);
        for _ in 0..Buffers::SPARE_SETS + 1 {
            Buffers { folded: String::with_capacity(64), ..Buffers::default() }.give();
        }
        let kept = std::iter::from_fn(|| Some(Buffers::take()).filter(|b| b.folded.capacity() > 0)).count();
        assert_eq!(kept, Buffers::SPARE_SETS);
    }

    #[test]
    fn next_pass_equals_a_fresh_document() {
        let pipeline = crate::Pipeline::default();
        let pages = [
            include_str!("../fixtures/ar-news-000.txt"),
            include_str!("../fixtures/ar-news-003.txt"),
            "Share on Facebook\nA  line\twith   runs of\u{a0}\u{a0}spaces that stays.\n\nTags: a, b\nHome\n",
            "Advertisement\r\nOne plain sentence of text that is long enough to stay.\r\n",
        ];
        for page in pages {
            let mut doc = Document::with_lexicon(page, pipeline.lexicon());
            pipeline.clean_document(&mut doc);
            let (kept, ids, _) = doc.render_with_ids();
            let fast = doc.next_pass(&kept, &ids);
            let fresh = Document::with_lexicon(&kept, pipeline.lexicon());
            assert_eq!(fast.len(), fresh.len());
            for (a, b) in fast.all_lines().zip(fresh.all_lines()) {
                assert_eq!(
                    (a.text, a.span.clone(), a.features, a.folded, a.hits, a.blank_before),
                    (b.text, b.span.clone(), b.features, b.folded, b.hits, b.blank_before)
                );
            }
            // With ids that do not match, every line is computed again.
            let mut wrong = LineIds::take();
            wrong.spans.extend(ids.spans.iter().cloned());
            wrong.ids.extend(ids.ids.iter().rev());
            let fast = doc.next_pass(&kept, &wrong);
            assert!(fast.all_lines().zip(fresh.all_lines()).all(|(a, b)| a.hits == b.hits && a.folded == b.folded));
        }
    }

    #[test]
    fn one_scan_finds_what_line_scans_find() {
        let lexicon = Lexicon::builtin();
        let page = include_str!("../fixtures/ar-news-000.txt");
        let extra = "Share on Facebook\nإقرأ أيضاً: عنوان\n\n  \u{200f}\nTags: a, b\nم ه ص\nHome\n【関連記事】\n";
        for src in [page, extra] {
            let doc = Document::new(src);
            for line in doc.all_lines() {
                let mut want = Vec::new();
                lexicon.scan_line(line.folded, crate::lexicon::scripts_of(line.folded), &mut want);
                assert_eq!(line.hits, &want[..], "{:?}", line.text);
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn run_scans_find_what_line_scans_find(
            lines in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::sample::select(&[
                        "Share on Facebook", "facebook", "twitter", "Read more", "read also:", "إقرأ أيضاً",
                        "المصدر:", "Copyright ©", "© 2020", "Tags:", "الكاتب", "北京", "【関連記事】", "Home",
                        "cookies", "123", "the", "storm", "hit", "coast.", "»", "-", "|", "\u{a0}", "Photo:",
                    ][..]),
                    1..40,
                ),
                1..50,
            )
        ) {
            let src: String = lines.iter().map(|l| l.join(" ") + "\n").collect();
            let lexicon = Lexicon::builtin();
            let doc = Document::new(&src);
            for line in doc.all_lines() {
                let mut want = Vec::new();
                lexicon.scan_line(line.folded, crate::lexicon::scripts_of(line.folded), &mut want);
                proptest::prop_assert_eq!(line.hits, &want[..], "{:?}", line.text);
            }
        }
    }

    /// Lines written without spaces between words and without punctuation
    /// at their ends, one sentence each.
    const SENTENCE_LINES: [&str; 4] = [
        "清晨的山路上雾气还没有散去 我们沿着溪谷慢慢往上走 一路都能听到鸟叫声",
        "走到半山腰的时候太阳终于出来了 整片枫树林被照得通红 大家都停下来拍照",
        "营地的主人早就准备好了热茶和点心 招呼我们先坐下来休息一会儿再去搭帐篷",
        "下午的时候又下起了小雨 好在帐篷搭得够快 没有让睡袋和衣服被雨水打湿",
    ];

    #[test]
    fn long_unpunctuated_lines_in_a_row_are_prose() {
        let prose = |src: &str| Document::new(src).lines().map(|l| l.features.is_prose()).collect::<Vec<_>>();
        let page = ["山中露营记\n", &SENTENCE_LINES.join("\n"), "\n首页\n"].concat();
        assert_eq!(prose(&page), [false, true, true, true, true, false]);
        // Two in a row are not enough: they may be two headlines.
        let page = ["山中露营记\n", &SENTENCE_LINES[..2].join("\n"), "\n首页\n", SENTENCE_LINES[2], "\n"].concat();
        assert!(prose(&page).iter().all(|&p| !p));
        // A later pass, with lines gone between them, looks again.
        let page = [SENTENCE_LINES[0], "\n首页\n", &SENTENCE_LINES[1..].join("\n"), "\n"].concat();
        let doc = Document::new(&page);
        assert_eq!(prose(&page), [false, false, true, true, true]);
        let kept: String = SENTENCE_LINES.iter().map(|l| format!("{l}\n\n")).collect();
        let mut lines = LineIds::take();
        lines.ids.extend([LineId(0), LineId(2), LineId(3), LineId(4)]);
        lines.spans.extend(split_lines(&kept).map(|(start, t, _)| start as u32..(start + t.len()) as u32));
        assert!(doc.next_pass(&kept, &lines).lines().all(|l| l.features.is_prose()));
    }

    #[test]
    fn long_unpunctuated_lines_under_more_punctuated_prose_are_headlines() {
        let article =
            "国务院常务会议指出，当前经济运行面临新的压力，要加快落实已经出台的各项政策，确保政策尽快落地见效。\n";
        let page = [article, article, article, &SENTENCE_LINES.join("\n"), "\n"].concat();
        let doc = Document::new(&page);
        assert_eq!(doc.lines().filter(|l| l.features.is_prose()).count(), 3);
        assert!(doc.lines().all(|l| !l.features.in_line_prose));
    }

    #[test]
    fn nbsp_and_tabs_render_as_spaces() {
        let doc = Document::new("a\u{a0}b\tc\u{200b}d\n");
        assert_eq!(doc.render(), "a b cd\n");
    }
}
