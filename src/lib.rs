//! newsclean turns text scraped from news pages into clean article text.
//!
//! # Overview
//!
//! A scraper gives the page's visible text, one block per line: the article,
//! and around it share widgets, menus, "read also" lists, teasers of other
//! stories, whole other articles appended after the first, timestamps,
//! "source:" and keyword lines, captions, notices and footers. newsclean
//! keeps the article — headline, lede, subheadings and every body paragraph —
//! and tells you what it removed, why, and where.
//!
//! It works on plain text in any language: the structure of a news page is
//! the same everywhere, and the phrases that mark junk ("read also",
//! "إقرأ أيضاً", "Lesen Sie auch") are data per language ([`Lexicon`]).
//!
//! # Quick start
//!
//! ```
//! let page = "Share on Facebook\n\
//!             Storm hits the coast\n\
//!             A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\
//!             Tags: weather, storms\n";
//! assert_eq!(
//!     newsclean::clean(page),
//!     "Storm hits the coast\n\nA powerful storm hit the coast on Monday, cutting power to thousands of homes.\n"
//! );
//! ```
//!
//! With the report and metadata:
//!
//! ```
//! use newsclean::Pipeline;
//!
//! let pipeline = Pipeline::default(); // build once, reuse
//! let cleaned = pipeline.clean("المصدر: الحرة\nوصل الرئيس إلى العاصمة صباح الثلاثاء في زيارة رسمية تستمر يومين.\n");
//! assert_eq!(cleaned.metadata().source.as_deref(), Some("الحرة"));
//! let removal = &cleaned.report().as_slice()[0];
//! assert_eq!((removal.cleaner, removal.reason.as_str()), ("metadata", "metadata:source"));
//! ```
//!
//! # Pipeline
//!
//! A [`Pipeline`] runs [`Cleaner`]s in order over a [`Document`]. Each
//! cleaner removes one kind of junk and *marks* lines or spans with a
//! [`Reason`]; none rewrites text. The output is the kept lines, one
//! paragraph per line, separated by one blank line, with whitespace
//! collapsed. Every removal is in the [`Report`] with its byte range in the
//! input.
//!
//! The default order is [`cleaners::DEFAULT_ORDER`]. Use
//! [`Pipeline::builder`] to remove, reorder or add stages (your own
//! [`Cleaner`] or a closure via [`cleaner::from_fn`]), to add marker phrases
//! for a language, and to add regex or phrase rules. Rules that do not
//! compile return an [`Error`]; cleaning itself never fails.
//!
//! # Presets
//!
//! - [`Pipeline::default()`] — the news preset: every built-in cleaner.
//! - [`Pipeline::empty()`] — removes nothing (whitespace is still laid out
//!   one paragraph per line).
//!
//! # Performance
//!
//! Build the pipeline once and reuse it; it is `Clone + Send + Sync`. A
//! document is split into lines once (memchr); each line is measured once;
//! the first [`document::SCAN_PREFIX_CHARS`] characters of every line are
//! folded and scanned for every marker phrase of every language in one
//! Aho-Corasick pass (the automata of the line's script: Latin, Arabic or
//! other, so each scan walks a small automaton). Lines are borrowed
//! `&str` slices; nothing is allocated per line except the document's own
//! tables, which a dropped document lends to the next one built on the same
//! thread. Time is linear in the input.
//!
//! For many documents, [`Pipeline::clean_batch`] and [`Pipeline::map_batch`]
//! clean them in parallel on rayon's thread pool with the `rayon` feature
//! (sequentially without it); see [`batch`]. `cargo bench --bench pipeline`
//! measures every stage against a one-pass Aho-Corasick scan of the same
//! input.
//!
//! # What is not removed
//!
//! - Text inside a paragraph: newsclean removes whole lines (and, for
//!   whitespace, spans); it never edits words.
//! - Anything it is unsure of: a clean article comes out unchanged. Removing
//!   a real paragraph is worse than keeping a junk line.
//! - Headings glued to the next paragraph by the scraper (they cannot be
//!   split without guessing).

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod batch;
pub mod cleaner;
pub mod cleaners;
pub mod document;
mod error;
mod lang;
pub mod lexicon;
mod metadata;
mod pipeline;
pub mod report;
pub mod text;

use std::sync::LazyLock;

pub use cleaner::Cleaner;
pub use document::{Document, Line, LineId};
pub use error::{Error, Result};
pub use lang::LANGUAGES;
pub use lexicon::{Category, Hit, Lexicon, LexiconBuilder, Scope};
pub use metadata::Metadata;
pub use pipeline::{Cleaned, MAX_PASSES, Pipeline, PipelineBuilder};
pub use report::{Confidence, MetaField, Reason, Removal, Report};

static DEFAULT: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

/// Cleans `text` with the default pipeline and returns the article text.
///
/// ```
/// assert_eq!(newsclean::clean("Advertisement\nIt rained all day in the city.\n"), "It rained all day in the city.\n");
/// ```
pub fn clean(text: &str) -> String {
    DEFAULT.clean(text).into_text()
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(test)]
pub(crate) mod testutil;
