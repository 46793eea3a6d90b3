//! What was removed, by which cleaner, why and where.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::document::LineId;

/// Which metadata field a removed line was moved into.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::MetadataCleaner, MetaField, PipelineBuilder, Reason};
///
/// let p = PipelineBuilder::empty().push(MetadataCleaner).build()?;
/// let page = "Published on 3 May 2024\nBy Jane Doe\nThe council approved the budget on Tuesday.\nTags: budget\n";
/// let out = p.clean(page);
/// let fields: Vec<_> = out.report().iter().map(|r| r.reason).collect();
/// assert_eq!(fields, [MetaField::Published, MetaField::Author, MetaField::Keywords].map(Reason::Metadata));
/// assert_eq!(out.metadata().authors, ["Jane Doe"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MetaField {
    /// A standalone date or crawl timestamp.
    Date,
    /// A "published on" / "updated" line.
    Published,
    /// A "source:" line, or a line naming the source alone.
    Source,
    /// A byline.
    Author,
    /// A keywords / tags line.
    Keywords,
    /// A label left dangling by removed metadata (e.g. `Outlet:` above a timestamp).
    Label,
}

/// Why a span was removed. Serialises as its [`as_str`](Reason::as_str) name.
///
/// # Example
///
/// ```
/// use newsclean::{MetaField, Pipeline, Reason};
///
/// let page = "Advertisement\nShare on Facebook\nStorm hits the coast\n\
///             A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\
///             Tags: weather, storms\n";
/// let cleaned = Pipeline::default().clean(page);
/// let reasons: Vec<Reason> = cleaned.report().iter().map(|r| r.reason).collect();
/// assert_eq!(reasons, [Reason::Notice, Reason::Metadata(MetaField::Keywords), Reason::ShareWidget]);
/// // `Display` prints the stable name.
/// let names: Vec<String> = reasons.iter().map(ToString::to_string).collect();
/// assert_eq!(names, ["notice", "metadata:keywords", "share_widget"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// JavaScript / cookie / advertisement notice or template leftover.
    Notice,
    /// Share, follow or subscribe widget.
    ShareWidget,
    /// A run of social network names or links.
    SocialLinks,
    /// An embedded-post notice.
    Embed,
    /// A run of short link-like navigation lines.
    Navigation,
    /// Menu items glued into one line.
    GluedMenu,
    /// A "read also" / "related" heading.
    RelatedHeading,
    /// A teaser item in a related list.
    RelatedItem,
    /// Text after the end of the article (footer, appended articles).
    EndOfArticle,
    /// Outside the article found from the shape of the page.
    OutsideArticle,
    /// A metadata line, moved into [`Metadata`](crate::Metadata).
    Metadata(MetaField),
    /// A photo caption.
    Caption,
    /// A photo or agency credit line.
    Credit,
    /// A repeated line (the first copy is kept).
    Duplicate,
    /// Extra whitespace or invisible characters.
    Whitespace,
    /// A user rule matched.
    Rule,
    /// A user cleaner's own reason.
    Custom(&'static str),
}

impl Reason {
    /// Stable snake_case name.
    ///
    /// ```
    /// use newsclean::{MetaField, Reason};
    /// assert_eq!(Reason::EndOfArticle.as_str(), "end_of_article");
    /// assert_eq!(Reason::Metadata(MetaField::Source).as_str(), "metadata:source");
    /// assert_eq!(Reason::Custom("mine").as_str(), "mine");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Reason::Notice => "notice",
            Reason::ShareWidget => "share_widget",
            Reason::SocialLinks => "social_links",
            Reason::Embed => "embed",
            Reason::Navigation => "navigation",
            Reason::GluedMenu => "glued_menu",
            Reason::RelatedHeading => "related_heading",
            Reason::RelatedItem => "related_item",
            Reason::EndOfArticle => "end_of_article",
            Reason::OutsideArticle => "outside_article",
            Reason::Metadata(MetaField::Date) => "metadata:date",
            Reason::Metadata(MetaField::Published) => "metadata:published",
            Reason::Metadata(MetaField::Source) => "metadata:source",
            Reason::Metadata(MetaField::Author) => "metadata:author",
            Reason::Metadata(MetaField::Keywords) => "metadata:keywords",
            Reason::Metadata(MetaField::Label) => "metadata:label",
            Reason::Caption => "caption",
            Reason::Credit => "credit",
            Reason::Duplicate => "duplicate",
            Reason::Whitespace => "whitespace",
            Reason::Rule => "rule",
            Reason::Custom(s) => s,
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How sure a cleaner was. Levels are ordered, `Low < Medium < High`.
///
/// # Example
///
/// ```
/// use newsclean::{Confidence, Pipeline};
///
/// let page = "Advertisement\nShare on Facebook\nThe mayor spoke at length about the budget today.\n";
/// let cleaned = Pipeline::default().clean(page);
/// let levels: Vec<_> = cleaned.report().iter().map(|r| (r.cleaner, r.confidence)).collect();
/// assert_eq!(levels, [("notices", Confidence::High), ("social", Confidence::Medium)]);
/// // Keep only the surest removals.
/// let sure: Vec<_> = cleaned.report().iter().filter(|r| r.confidence >= Confidence::High).collect();
/// assert_eq!(sure.len(), 1);
/// assert_eq!(Confidence::default(), Confidence::Medium);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Confidence {
    /// Structure only (line shape, position, neighbours).
    Low,
    /// Structure confirmed by a marker phrase, or a phrase confirmed by shape.
    #[default]
    Medium,
    /// An unambiguous marker phrase or exact rule.
    High,
}

/// One removal: which cleaner, why, and the byte range in the input.
///
/// # Example
///
/// ```
/// use newsclean::{Confidence, LineId, Pipeline, Reason};
///
/// let page = "Advertisement\nThe mayor  spoke at length about the budget today.\n";
/// let cleaned = Pipeline::default().clean(page);
/// let ad = cleaned.report().by_cleaner("notices").next().ok_or("no notice removed")?;
/// assert_eq!((ad.reason, ad.confidence, ad.line), (Reason::Notice, Confidence::High, LineId(0)));
/// assert_eq!((ad.span.clone(), ad.whole_line), (0..13, true));
/// assert_eq!(&page[ad.span.clone()], "Advertisement");
/// // The extra space is removed from inside the second line.
/// let space = cleaned.report().by_cleaner("whitespace").next().ok_or("no space removed")?;
/// assert_eq!((space.line, space.span.clone(), space.whole_line), (LineId(1), 24..25, false));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removal {
    /// The cleaner's [`name`](crate::Cleaner::name).
    pub cleaner: &'static str,
    /// Why.
    pub reason: Reason,
    /// How sure the cleaner was.
    pub confidence: Confidence,
    /// The line it belongs to.
    pub line: LineId,
    /// Byte range in the input. For a whole-line removal, the line's text
    /// without its terminator and surrounding whitespace.
    pub span: Range<usize>,
    /// True when the whole line was removed, false for part of a line.
    pub whole_line: bool,
    /// A short explanation (e.g. the marker phrase that matched).
    pub detail: Cow<'static, str>,
}

impl Removal {
    /// The removed text.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("Advertisement\nThe mayor spoke at length about the budget today.\n");
    /// let removal = cleaned.report().iter().next().unwrap();
    /// assert_eq!(removal.text("Advertisement\nThe mayor spoke at length about the budget today.\n"), "Advertisement");
    /// ```
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        source.get(self.span.clone()).unwrap_or("")
    }
}

/// Every removal made while cleaning one document, in the order the cleaners
/// made them.
///
/// # Example
///
/// ```
/// use newsclean::Pipeline;
///
/// let page = "Advertisement\nThe mayor  spoke at length about the budget today.\n";
/// let cleaned = Pipeline::default().clean(page);
/// let report = cleaned.report();
/// assert_eq!((report.len(), report.is_empty()), (2, false));
/// let cleaners: Vec<_> = report.iter().map(|r| r.cleaner).collect();
/// assert_eq!(cleaners, ["whitespace", "notices"]); // stage order, not line order
/// assert_eq!(report.lines().map(|r| r.text(page)).collect::<Vec<_>>(), ["Advertisement"]);
/// assert_eq!(report.removed_bytes(), "Advertisement".len() + " ".len());
/// assert_eq!(report.as_slice()[0].text(page), " ");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct Report {
    removals: Vec<Removal>,
}

impl Report {
    pub(crate) fn new(removals: Vec<Removal>) -> Report {
        Report { removals }
    }

    /// Every removal.
    ///
    /// ```
    /// let page = "Advertisement\nShare on Facebook\nThe mayor spoke at length about the budget today.\n";
    /// let cleaned = newsclean::Pipeline::default().clean(page);
    /// let removed: Vec<_> = cleaned.report().iter().map(|r| r.text(page)).collect();
    /// assert_eq!(removed, ["Advertisement", "Share on Facebook"]);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Removal> {
        self.removals.iter()
    }

    /// Number of removals.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::default()
    ///     .clean("Advertisement\nShare on Facebook\nThe mayor spoke at length about the budget today.\n");
    /// assert_eq!(cleaned.report().len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.removals.len()
    }

    /// True when nothing was removed.
    ///
    /// ```
    /// let pipeline = newsclean::Pipeline::default();
    /// let article = "The mayor spoke at length about the budget today.\n";
    /// // A clean article comes out unchanged, with an empty report.
    /// assert!(pipeline.clean(article).report().is_empty());
    /// assert!(!pipeline.clean(&format!("Advertisement\n{article}")).report().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.removals.is_empty()
    }

    /// Removals made by one cleaner.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::default().clean("Advertisement\nThe mayor spoke at length about the budget today.\n");
    /// assert_eq!(cleaned.report().by_cleaner("notices").count(), 1);
    /// ```
    pub fn by_cleaner<'r>(&'r self, name: &'r str) -> impl Iterator<Item = &'r Removal> + 'r {
        self.removals.iter().filter(move |r| r.cleaner == name)
    }

    /// Whole-line removals only.
    ///
    /// ```
    /// let page = "Advertisement\nThe mayor  spoke at length about the budget today.\n";
    /// let cleaned = newsclean::Pipeline::default().clean(page);
    /// // The extra space inside the second line is a removal, but not a whole line.
    /// assert_eq!(cleaned.report().len(), 2);
    /// let lines: Vec<_> = cleaned.report().lines().map(|r| r.text(page)).collect();
    /// assert_eq!(lines, ["Advertisement"]);
    /// ```
    pub fn lines(&self) -> impl Iterator<Item = &Removal> + '_ {
        self.removals.iter().filter(|r| r.whole_line)
    }

    /// Total bytes of input covered by removals.
    ///
    /// ```
    /// let cleaned = newsclean::Pipeline::default()
    ///     .clean("Advertisement\nThe mayor spoke at length about the budget today.\n");
    /// assert_eq!(cleaned.report().removed_bytes(), "Advertisement".len());
    /// ```
    pub fn removed_bytes(&self) -> usize {
        // A whitespace span may lie inside a line removed later: count the
        // union of the spans.
        let mut spans: Vec<_> = self.removals.iter().map(|r| (r.span.start, r.span.end)).collect();
        spans.sort_unstable();
        let (mut total, mut reach) = (0, 0);
        for (start, end) in spans {
            let start = start.max(reach);
            if end > start {
                total += end - start;
                reach = end;
            }
        }
        total
    }

    /// The removals as a slice.
    ///
    /// ```
    /// use newsclean::{Pipeline, Reason};
    ///
    /// let cleaned = Pipeline::default().clean("Advertisement\nThe mayor spoke at length about the budget today.\n");
    /// let [removal] = cleaned.report().as_slice() else { panic!("expected one removal") };
    /// assert_eq!((removal.cleaner, removal.reason), ("notices", Reason::Notice));
    /// ```
    pub fn as_slice(&self) -> &[Removal] {
        &self.removals
    }
}

impl<'r> IntoIterator for &'r Report {
    type Item = &'r Removal;
    type IntoIter = std::slice::Iter<'r, Removal>;
    fn into_iter(self) -> Self::IntoIter {
        self.removals.iter()
    }
}
