//! User rules: regexes and phrases that remove whole lines.

use std::fmt;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{RegexSet, RegexSetBuilder};

use crate::error::{Error, Result};
use crate::text::fold;
use crate::{Cleaner, Confidence, Document, LineId, Reason};

/// Compiled-size limit for user regexes, in bytes (also the lazy DFA cache
/// limit). The regex crate matches in linear time; the limit bounds memory
/// and build time.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::{RuleCleaner, SIZE_LIMIT}, Error};
///
/// let err = RuleCleaner::builder().regex("huge", r"\w{1000}\w{1000}\w{1000}").build().unwrap_err();
/// assert!(matches!(err, Error::PatternTooLarge { ref rule, limit } if rule == "huge" && limit == SIZE_LIMIT));
/// ```
pub const SIZE_LIMIT: usize = 4 << 20;

/// Removes every line matched by a user rule.
///
/// Regex rules are matched against the trimmed line; all of them run as one
/// [`RegexSet`]. Phrase rules are folded like marker phrases (case, Arabic
/// letter variants, diacritics ignored) and found with one Aho-Corasick
/// automaton. Each removal names the rule in its detail.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::RuleCleaner, Error, PipelineBuilder};
///
/// let rules = RuleCleaner::builder()
///     .regex("promo", r"^Use code \w+")
///     .phrase("newsletter", "اشترك في نشرتنا")
///     .build()?;
/// let p = PipelineBuilder::empty().push(rules).build()?;
/// let out = p.clean("Use code SAVE10 today\nاشترك في نشرتنا البريدية\nThe story.\n");
/// assert_eq!(out.text(), "The story.\n");
/// assert_eq!(out.report().as_slice()[0].detail, "promo");
///
/// let err = RuleCleaner::builder().regex("bad", "(").build().unwrap_err();
/// assert!(matches!(err, Error::InvalidPattern { .. }));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct RuleCleaner {
    regex_names: Arc<[Arc<str>]>,
    regexes: Option<RegexSet>,
    phrase_names: Arc<[Arc<str>]>,
    phrases: Option<AhoCorasick>,
}

impl fmt::Debug for RuleCleaner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleCleaner").field("regexes", &self.regex_names).field("phrases", &self.phrase_names).finish()
    }
}

/// Builds a [`RuleCleaner`]; get one from [`RuleCleaner::builder`].
///
/// Setters take `&mut self`, so a builder can be kept, extended and built
/// again.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::RuleCleaner, PipelineBuilder};
///
/// let mut rules = RuleCleaner::builder();
/// rules.regex("promo", r"^Use code \w+");
/// let page = "Use code SAVE10 at checkout\nSign up for our newsletter\nThe council approved the budget.\n";
/// let p = PipelineBuilder::empty().push(rules.build()?).build()?;
/// assert_eq!(p.clean(page).report().len(), 1);
/// rules.phrase("newsletter", "sign up for our newsletter");
/// let p = PipelineBuilder::empty().push(rules.build()?).build()?;
/// assert_eq!(p.clean(page).text(), "The council approved the budget.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct RuleCleanerBuilder {
    regexes: Vec<(String, String)>,
    phrases: Vec<(String, String)>,
}

impl RuleCleaner {
    /// A builder with no rules.
    ///
    /// ```
    /// use newsclean::{cleaners::RuleCleaner, PipelineBuilder};
    ///
    /// // With no rules added, the cleaner removes nothing.
    /// let p = PipelineBuilder::empty().push(RuleCleaner::builder().build()?).build()?;
    /// assert!(p.clean("Use code SAVE10 at checkout\nThe council approved the budget.\n").report().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> RuleCleanerBuilder {
        RuleCleanerBuilder::default()
    }
}

impl RuleCleanerBuilder {
    /// Adds a regex rule named `name`.
    ///
    /// The pattern is matched against the line without its surrounding
    /// whitespace; the removal's detail is the rule's name.
    ///
    /// ```
    /// use newsclean::{cleaners::RuleCleaner, PipelineBuilder};
    ///
    /// let rules = RuleCleaner::builder().regex("promo", r"^Use code \w+").build()?;
    /// let p = PipelineBuilder::empty().push(rules).build()?;
    /// let out = p.clean("  Use code SAVE10 at checkout\nShoppers who use code words were not affected.\n");
    /// assert_eq!(out.text(), "Shoppers who use code words were not affected.\n");
    /// assert_eq!(out.report().as_slice()[0].detail, "promo");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn regex(&mut self, name: &str, pattern: &str) -> &mut Self {
        self.regexes.push((name.to_owned(), pattern.to_owned()));
        self
    }

    /// Adds a phrase rule named `name`.
    ///
    /// A line containing the phrase anywhere is removed. Matching ignores
    /// case, Arabic letter variants and diacritics.
    ///
    /// ```
    /// use newsclean::{cleaners::RuleCleaner, PipelineBuilder};
    ///
    /// let rules = RuleCleaner::builder()
    ///     .phrase("newsletter", "sign up for our newsletter")
    ///     .phrase("more", "إقرأ المزيد على موقعنا")
    ///     .build()?;
    /// let p = PipelineBuilder::empty().push(rules).build()?;
    /// let page = "Don't miss out: SIGN UP for our Newsletter!\n\
    ///             اقرا المزيد علي موقعنا\n\
    ///             The council approved the budget.\n";
    /// let out = p.clean(page);
    /// assert_eq!(out.text(), "The council approved the budget.\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phrase(&mut self, name: &str, phrase: &str) -> &mut Self {
        self.phrases.push((name.to_owned(), phrase.to_owned()));
        self
    }

    /// Compiles the rules.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidPattern`] for a regex that does not compile,
    /// [`Error::PatternTooLarge`] for one over [`SIZE_LIMIT`],
    /// [`Error::MatchesEmpty`] for one that matches an empty line,
    /// [`Error::EmptyPhrase`] for an empty phrase — each naming the rule.
    ///
    /// # Example
    ///
    /// ```
    /// use newsclean::{cleaners::RuleCleaner, Error};
    ///
    /// assert!(RuleCleaner::builder().regex("promo", r"^Use code \w+").build().is_ok());
    /// let err = RuleCleaner::builder().regex("sponsored", "(Sponsored)?").build().unwrap_err();
    /// assert!(matches!(err, Error::MatchesEmpty { ref rule, .. } if rule == "sponsored"));
    /// let err = RuleCleaner::builder().phrase("blank", "  ").build().unwrap_err();
    /// assert!(matches!(err, Error::EmptyPhrase { ref rule } if rule == "blank"));
    /// ```
    pub fn build(&self) -> Result<RuleCleaner> {
        for (name, pattern) in &self.regexes {
            let single = compile(std::slice::from_ref(pattern)).map_err(|e| regex_error(name, pattern, e))?;
            if single.is_match("") {
                return Err(Error::MatchesEmpty { rule: name.clone(), pattern: pattern.clone() });
            }
        }
        let regexes = if self.regexes.is_empty() {
            None
        } else {
            let patterns: Vec<String> = self.regexes.iter().map(|(_, p)| p.clone()).collect();
            // Each rule fits alone; together they may not. Name them all.
            let names = self.regexes.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
            Some(compile(&patterns).map_err(|e| regex_error(&names, "", e))?)
        };
        let mut folded = Vec::with_capacity(self.phrases.len());
        for (name, phrase) in &self.phrases {
            let f = fold(phrase);
            if f.is_empty() {
                return Err(Error::EmptyPhrase { rule: name.clone() });
            }
            folded.push(f);
        }
        let size: usize = folded.iter().map(String::len).sum();
        if size > crate::lexicon::USER_PHRASES_LIMIT {
            return Err(Error::LexiconTooLarge { size, limit: crate::lexicon::USER_PHRASES_LIMIT });
        }
        let phrases = if folded.is_empty() {
            None
        } else {
            Some(crate::lexicon::automaton(&folded, MatchKind::LeftmostFirst).map_err(Error::Automaton)?)
        };
        Ok(RuleCleaner {
            regex_names: self.regexes.iter().map(|(n, _)| Arc::from(n.as_str())).collect(),
            regexes,
            phrase_names: self.phrases.iter().map(|(n, _)| Arc::from(n.as_str())).collect(),
            phrases,
        })
    }
}

fn compile(patterns: &[String]) -> std::result::Result<RegexSet, regex::Error> {
    RegexSetBuilder::new(patterns).size_limit(SIZE_LIMIT).dfa_size_limit(SIZE_LIMIT).build()
}

fn regex_error(rule: &str, pattern: &str, e: regex::Error) -> Error {
    match e {
        regex::Error::CompiledTooBig(limit) => Error::PatternTooLarge { rule: rule.to_owned(), limit },
        source => Error::InvalidPattern { rule: rule.to_owned(), pattern: pattern.to_owned(), source },
    }
}

impl Cleaner for RuleCleaner {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut out: Vec<(LineId, Arc<str>)> = Vec::new();
        let mut buf = String::new();
        for line in doc.lines() {
            if let Some(set) = &self.regexes {
                if let Some(i) = set.matches(line.text).iter().next() {
                    out.push((line.id, self.regex_names[i].clone()));
                    continue;
                }
            }
            if let Some(ac) = &self.phrases {
                buf.clear();
                crate::text::fold_into(line.text, usize::MAX, &mut buf);
                if let Some(m) = ac.find(&buf) {
                    out.push((line.id, self.phrase_names[m.pattern().as_usize()].clone()));
                }
            }
        }
        for (id, rule) in out {
            doc.remove_line_with(id, self.name(), Reason::Rule, Confidence::High, rule.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_rule() {
        let e = RuleCleaner::builder().regex("ok", "^a$").regex("broken", "a(").build().unwrap_err();
        assert!(matches!(&e, Error::InvalidPattern { rule, .. } if rule == "broken"));
        assert!(std::error::Error::source(&e).is_some());
        let e = RuleCleaner::builder().regex("all", "x*").build().unwrap_err();
        assert!(matches!(&e, Error::MatchesEmpty { rule, .. } if rule == "all"));
        let e = RuleCleaner::builder().phrase("blank", " \u{0651} ").build().unwrap_err();
        assert!(matches!(&e, Error::EmptyPhrase { rule } if rule == "blank"));
        let e = RuleCleaner::builder().regex("huge", r"\w{1000}\w{1000}\w{1000}").build().unwrap_err();
        assert!(matches!(&e, Error::PatternTooLarge { rule, .. } if rule == "huge"), "{e:?}");
    }

    #[test]
    fn phrase_rules_fold_arabic() {
        let rules = RuleCleaner::builder().phrase("p", "إقرأ المزيد على موقعنا").build().unwrap();
        let p = crate::PipelineBuilder::empty().push(rules).build().unwrap();
        assert_eq!(p.clean("اقرا المزيد علي موقعنا\nالنص.\n").text(), "النص.\n");
    }

    #[test]
    fn no_rules_removes_nothing() {
        let rules = RuleCleaner::builder().build().unwrap();
        let p = crate::PipelineBuilder::empty().push(rules).build().unwrap();
        assert_eq!(p.clean("a\nb\n").text(), "a\n\nb\n");
    }
}
