//! The [`Cleaner`] trait and the closure adapter [`from_fn`].

use std::fmt;

use crate::document::Document;

/// One stage of a [`Pipeline`](crate::Pipeline): finds one kind of junk and
/// marks it on the [`Document`] with a [`Reason`](crate::Reason).
///
/// Cleaners never rewrite text: they call
/// [`Document::remove_line`] or [`Document::remove_span`], and the pipeline
/// renders what is left. They are infallible: anything that can fail (user
/// patterns) is compiled when the cleaner is built.
///
/// # Example
///
/// ```
/// use newsclean::{Cleaner, Document, Pipeline, Reason};
///
/// /// Removes lines that are only a row of dashes.
/// #[derive(Debug)]
/// struct Dashes;
///
/// impl Cleaner for Dashes {
///     fn name(&self) -> &'static str {
///         "dashes"
///     }
///     fn clean(&self, doc: &mut Document<'_>) {
///         let ids: Vec<_> = doc.lines().filter(|l| l.text.chars().all(|c| c == '-')).map(|l| l.id).collect();
///         for id in ids {
///             doc.remove_line(id, self.name(), Reason::Custom("dashes"));
///         }
///     }
/// }
///
/// let pipeline = Pipeline::builder().push(Dashes).build()?;
/// assert_eq!(pipeline.clean("Text.\n-----\nMore text.\n").text(), "Text.\n\nMore text.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Cleaner: Send + Sync + fmt::Debug {
    /// Stable snake_case name, used in reports and to remove or reorder the
    /// stage in a [`PipelineBuilder`](crate::PipelineBuilder).
    fn name(&self) -> &'static str;

    /// Cheap gate: return false to skip [`clean`](Cleaner::clean) for this
    /// document.
    fn applies(&self, doc: &Document<'_>) -> bool {
        let _ = doc;
        true
    }

    /// Marks what this cleaner removes.
    fn clean(&self, doc: &mut Document<'_>);
}

/// A cleaner made from a closure; see [`from_fn`].
///
/// Its [`name`](Cleaner::name) is the one given to `from_fn`, and its `Debug`
/// output shows only that name.
///
/// # Example
///
/// ```
/// use newsclean::{cleaner::{from_fn, FnCleaner}, Cleaner, PipelineBuilder, Reason};
///
/// let stars: FnCleaner<_> = from_fn("stars", |doc| {
///     let ids: Vec<_> = doc.lines().filter(|l| l.text == "***").map(|l| l.id).collect();
///     for id in ids {
///         doc.remove_line(id, "stars", Reason::Custom("separator"));
///     }
/// });
/// assert_eq!(stars.name(), "stars");
/// assert_eq!(format!("{stars:?}"), r#"FnCleaner { name: "stars" }"#);
/// let p = PipelineBuilder::empty().push(stars).build()?;
/// let out = p.clean("The vote was close.\n***\nThe count ended at midnight.\n");
/// assert_eq!(out.text(), "The vote was close.\n\nThe count ended at midnight.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct FnCleaner<F> {
    name: &'static str,
    f: F,
}

impl<F> fmt::Debug for FnCleaner<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FnCleaner").field("name", &self.name).finish()
    }
}

impl<F> Cleaner for FnCleaner<F>
where
    F: Fn(&mut Document<'_>) + Send + Sync,
{
    fn name(&self) -> &'static str {
        self.name
    }

    fn clean(&self, doc: &mut Document<'_>) {
        (self.f)(doc)
    }
}

/// Makes a cleaner from a closure.
///
/// ```
/// use newsclean::{cleaner::from_fn, Pipeline, Reason};
///
/// let shouting = from_fn("shouting", |doc| {
///     let ids: Vec<_> = doc
///         .lines()
///         .filter(|l| l.text.chars().any(char::is_alphabetic) && !l.text.chars().any(char::is_lowercase))
///         .map(|l| l.id)
///         .collect();
///     for id in ids {
///         doc.remove_line(id, "shouting", Reason::Custom("all caps"));
///     }
/// });
/// let pipeline = Pipeline::builder().push(shouting).build()?;
/// assert_eq!(pipeline.clean("BREAKING\nCalm words follow here.\n").text(), "Calm words follow here.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn from_fn<F>(name: &'static str, f: F) -> FnCleaner<F>
where
    F: Fn(&mut Document<'_>) + Send + Sync + 'static,
{
    FnCleaner { name, f }
}
