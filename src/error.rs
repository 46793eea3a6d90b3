//! The crate's error type. Errors only arise while *building* a pipeline from
//! user input (marker phrases and regex rules); cleaning itself is infallible.

/// Errors returned when building a [`Pipeline`](crate::Pipeline) or a
/// [`RuleCleaner`](crate::cleaners::RuleCleaner) from user input.
///
/// # Example
///
/// ```
/// use newsclean::{Error, Pipeline};
///
/// let err = Pipeline::builder().rule_regex("dates", "[0-9").build().unwrap_err();
/// assert!(matches!(err, Error::InvalidPattern { ref rule, .. } if rule == "dates"));
/// assert!(err.to_string().contains("dates"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user regex rule does not compile.
    #[error("invalid pattern {pattern:?} in rule `{rule}`")]
    InvalidPattern {
        /// The rule's name.
        rule: String,
        /// The pattern as given.
        pattern: String,
        /// The regex crate's diagnostic.
        #[source]
        source: regex::Error,
    },
    /// A user regex rule compiles to an automaton over the size limit.
    #[error("pattern of rule `{rule}` is too large (compiled size limit is {limit} bytes)")]
    PatternTooLarge {
        /// The rule's name.
        rule: String,
        /// The size limit in bytes.
        limit: usize,
    },
    /// A user regex rule matches the empty line, so it would remove everything.
    #[error("pattern {pattern:?} of rule `{rule}` matches an empty line")]
    MatchesEmpty {
        /// The rule's name.
        rule: String,
        /// The pattern as given.
        pattern: String,
    },
    /// A marker phrase or rule phrase is empty (or only whitespace and
    /// diacritics, which matching ignores).
    #[error("empty phrase in `{rule}`")]
    EmptyPhrase {
        /// The rule or marker category the phrase was given for.
        rule: String,
    },
    /// The user phrases together exceed the lexicon size limit.
    #[error("marker phrases are too large: {size} bytes (limit {limit})")]
    LexiconTooLarge {
        /// Total size of the phrases in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The phrase automaton could not be built.
    #[error("cannot build the marker automaton")]
    Automaton(#[source] aho_corasick::BuildError),
}

/// `Result` with this crate's [`Error`].
///
/// # Example
///
/// ```
/// use newsclean::{Error, Pipeline};
///
/// fn promo_pipeline(pattern: &str) -> newsclean::Result<Pipeline> {
///     Pipeline::builder().rule_regex("promo", pattern).build()
/// }
///
/// let p = promo_pipeline(r"^Use code \w+")?;
/// let page = "Use code SAVE10 at checkout\nThe council approved the budget on Tuesday after a long debate.\n";
/// assert_eq!(p.clean(page).text(), "The council approved the budget on Tuesday after a long debate.\n");
/// assert!(matches!(promo_pipeline("Use code ("), Err(Error::InvalidPattern { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type Result<T> = std::result::Result<T, Error>;
