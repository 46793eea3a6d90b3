//! Metadata found while cleaning: values as written on the page.

/// Metadata found on the page, as written there (not parsed or normalised,
/// only trimmed).
///
/// # Example
///
/// ```
/// let text = "The council votes on the new budget\n\
///             Published on 3 May 2024\n\
///             The city council voted on Tuesday to approve a budget that raises spending on schools.\n\
///             Source: City Herald\n";
/// let cleaned = newsclean::Pipeline::default().clean(text);
/// let meta = cleaned.metadata();
/// assert_eq!(meta.published.as_deref(), Some("3 May 2024"));
/// assert_eq!(meta.source.as_deref(), Some("City Herald"));
/// assert_eq!(meta.title.as_deref(), Some("The council votes on the new budget"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The headline: the first kept line when it reads like one.
    pub title: Option<String>,
    /// The value of the first "published on" / "updated" line.
    pub published: Option<String>,
    /// Standalone dates and crawl timestamps, in page order.
    pub dates: Vec<String>,
    /// The value of the first "source:" line.
    pub source: Option<String>,
    /// Bylines, in page order.
    pub authors: Vec<String>,
    /// Keywords / tags, split on the page's separators (`,` `،` `;` `|`)
    /// when it has any, else the whole value as one entry.
    pub keywords: Vec<String>,
}

impl Metadata {
    /// Nothing found, as a constant ([`Default`] is not `const`).
    pub(crate) const EMPTY: Metadata = Metadata {
        title: None,
        published: None,
        dates: Vec::new(),
        source: None,
        authors: Vec::new(),
        keywords: Vec::new(),
    };

    /// Takes what `other` found and `self` did not: empty fields are
    /// filled, lists are extended.
    pub(crate) fn absorb(&mut self, other: Metadata) {
        let Metadata { title, published, dates, source, authors, keywords } = other;
        if self.title.is_none() {
            self.title = title;
        }
        if self.published.is_none() {
            self.published = published;
        }
        if self.source.is_none() {
            self.source = source;
        }
        self.dates.extend(dates);
        self.authors.extend(authors);
        self.keywords.extend(keywords);
    }

    /// True when nothing was found.
    ///
    /// ```
    /// use newsclean::{Metadata, Pipeline};
    ///
    /// assert!(Metadata::default().is_empty());
    /// let pipeline = Pipeline::default();
    /// let page = "The council approved the budget on Tuesday after a long debate.\n";
    /// assert!(pipeline.clean(page).metadata().is_empty());
    /// assert!(!pipeline.clean(&format!("Source: City Herald\n{page}")).metadata().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self == &Metadata::default()
    }
}
