//! The built-in cleaners, one per file, and the default order.
//!
//! | stage | removes |
//! |---|---|
//! | [`whitespace`](WhitespaceCleaner) | extra spaces, NBSP runs, zero-width spaces (keeps ZWNJ) |
//! | [`notices`](NoticeCleaner) | JavaScript / cookie / advertisement notices, template leftovers (`spot_img`) |
//! | [`metadata`](MetadataCleaner) | timestamps, "published on", "source:", keywords and byline lines (into [`Metadata`](crate::Metadata)) |
//! | [`social`](SocialCleaner) | share / follow widgets, runs of network names (also glued), embedded-post notices |
//! | [`end_of_article`](EndOfArticleCleaner) | everything after the article's end (footer, appended articles) |
//! | [`related`](RelatedCleaner) | "read also" / "related" headings and their teaser items, wherever they sit |
//! | [`navigation`](NavigationCleaner) | runs of short link-like lines, glued menus, news tickers |
//! | [`captions`](CaptionCleaner) | photo captions ending in an agency credit, credit lines |
//! | [`duplicates`](DuplicateCleaner) | repeated lines (the headline printed again, repeated captions) |
//! | [`article`](ArticleCleaner) | what lies outside the densest run of prose, up to page furniture |
//!
//! # Adding a cleaner
//!
//! 1. Add `src/cleaners/<thing>.rs` with a `XxxCleaner` implementing
//!    [`Cleaner`]: a stable `name()`, a cheap gate before any
//!    regex, `remove_line` / `remove_span` with a [`Reason`](crate::Reason).
//! 2. Keep phrases out of it: put them in `src/lang/<code>.rs` under a
//!    [`Category`](crate::Category) and read [`Line::hits`](crate::Line::hits).
//! 3. Compile regexes once in a `static LazyLock` with a test that forces it.
//! 4. Unit-test what it removes *and* what it must leave alone with
//!    `assert_cleaner!`.
//! 5. Re-export it here; add it to [`DEFAULT_ORDER`] only if it is
//!    near-certain.

use std::sync::Arc;

use crate::Cleaner;

mod article;
mod captions;
mod duplicates;
mod end;
mod metadata;
mod nav;
mod notices;
mod related;
mod rules;
mod social;
mod whitespace;

pub use article::ArticleCleaner;
pub use captions::CaptionCleaner;
pub use duplicates::DuplicateCleaner;
pub use end::{EndOfArticleCleaner, MIN_PROSE_CHARS};
pub use metadata::MetadataCleaner;
pub use nav::NavigationCleaner;
pub use notices::NoticeCleaner;
pub use related::RelatedCleaner;
pub use rules::{RuleCleaner, RuleCleanerBuilder, SIZE_LIMIT};
pub use social::SocialCleaner;
pub use whitespace::WhitespaceCleaner;

/// Stage names of [`Pipeline::default()`](crate::Pipeline::default), in order.
///
/// These are the names to pass to
/// [`PipelineBuilder::remove`](crate::PipelineBuilder::remove),
/// [`insert_before`](crate::PipelineBuilder::insert_before) and
/// [`Report::by_cleaner`](crate::Report::by_cleaner).
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::DEFAULT_ORDER, Pipeline};
///
/// assert_eq!(Pipeline::default().stage_names(), DEFAULT_ORDER);
/// let p = Pipeline::builder().remove("duplicates").build()?;
/// let expected: Vec<_> = DEFAULT_ORDER.into_iter().filter(|&s| s != "duplicates").collect();
/// assert_eq!(p.stage_names(), expected);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const DEFAULT_ORDER: [&str; 10] = [
    "whitespace",
    "notices",
    "metadata",
    "social",
    "end_of_article",
    "related",
    "navigation",
    "captions",
    "duplicates",
    "article",
];

/// Reasons of removals that mark page furniture: the article does not
/// extend across them.
pub(crate) fn is_boundary(reason: crate::Reason) -> bool {
    use crate::Reason;
    matches!(
        reason,
        Reason::RelatedHeading
            | Reason::RelatedItem
            | Reason::EndOfArticle
            | Reason::SocialLinks
            | Reason::ShareWidget
            | Reason::Navigation
            | Reason::GluedMenu
            | Reason::Embed
    )
}

/// Reasons of removals that show page furniture is present. Notices
/// ("Advertisement") sit inside articles too: furniture, not a boundary.
pub(crate) fn is_furniture(reason: crate::Reason) -> bool {
    is_boundary(reason) || matches!(reason, crate::Reason::Notice)
}

/// Does the page show furniture around its article: a line a cleaner
/// removed as furniture (a menu, a share bar, a related list, a notice), or
/// a footer, copyright or disclaimer phrase anywhere? A page with neither
/// reads as a clean article: cleaners that guess from the shape of lines
/// alone leave it alone.
pub(crate) fn has_furniture(doc: &crate::Document<'_>) -> bool {
    doc.removals().iter().any(|r| r.whole_line && is_furniture(r.reason)) || has_foot_phrase(doc)
}

/// Does a footer, copyright or disclaimer phrase stand anywhere on the page
/// (in a line removed or not)?
pub(crate) fn has_foot_phrase(doc: &crate::Document<'_>) -> bool {
    use crate::Category;
    doc.any_hit(|h| matches!(h.category, Category::Footer | Category::Copyright | Category::Disclaimer))
}

pub(crate) fn default_stages() -> Vec<Arc<dyn Cleaner>> {
    vec![
        Arc::new(WhitespaceCleaner),
        Arc::new(NoticeCleaner),
        Arc::new(MetadataCleaner),
        Arc::new(SocialCleaner),
        Arc::new(EndOfArticleCleaner),
        Arc::new(RelatedCleaner),
        Arc::new(NavigationCleaner),
        Arc::new(CaptionCleaner),
        Arc::new(DuplicateCleaner),
        Arc::new(ArticleCleaner),
    ]
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The cleaners take a line's text as trimmed: `str::trim` finds
        /// nothing more to remove.
        #[test]
        fn line_texts_need_no_more_trimming(s in "[a \t\u{a0}\u{2009}\u{3000}\u{200b}\u{200f}\u{85}\u{2028}\u{feff}\u{61c}م\r\n]{0,40}") {
            for line in crate::Document::new(&s).all_lines() {
                proptest::prop_assert_eq!(line.text.trim(), line.text);
            }
        }
    }

    #[test]
    fn default_order_matches_stages() {
        let names: Vec<_> = super::default_stages().iter().map(|s| s.name()).collect();
        assert_eq!(names, super::DEFAULT_ORDER);
    }
}
