//! Removes repeated lines: the headline printed again, captions printed
//! twice, repeated teasers. The first copy stays.

use std::collections::HashSet;

use crate::{Cleaner, Confidence, Document, LineId, Reason};

/// Lines shorter than this (in characters) and of one word are never
/// treated as duplicates: separators ("***"), "Q:" and the like repeat
/// legitimately.
const MIN_CHARS: u32 = 12;

/// Removes later copies of a line. Lines are compared on their folded text
/// (case, Arabic letter variants, diacritics and whitespace ignored) and
/// their length.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::DuplicateCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(DuplicateCleaner).build()?;
/// let page = "ماذا يريد بوتين وكيم من بعضهما البعض؟\nتاريخ النشر: 19 يونيو\nماذا يريد بوتين وكيم من بعضهما البعض؟\nالنص.\n";
/// assert_eq!(p.clean(page).text(), "ماذا يريد بوتين وكيم من بعضهما البعض؟\n\nتاريخ النشر: 19 يونيو\n\nالنص.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicateCleaner;

impl Cleaner for DuplicateCleaner {
    fn name(&self) -> &'static str {
        "duplicates"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.len() > 1
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut seen: HashSet<(&str, &str)> = HashSet::new();
        let mut dups: Vec<LineId> = Vec::new();
        for line in doc.all_lines() {
            let f = &line.features;
            if f.words < 2 && f.chars < MIN_CHARS {
                continue;
            }
            // Removed lines count as first copies too: a caption printed
            // twice goes even if the first copy went for another reason.
            // The folded prefix is the key; a line longer than the prefix is
            // compared on its whole text.
            let rest = if f.chars as usize > crate::document::SCAN_PREFIX_CHARS { line.text } else { "" };
            if !seen.insert((line.folded, rest)) && !line.removed {
                dups.push(line.id);
            }
        }
        for id in dups {
            doc.remove_line_with(id, self.name(), Reason::Duplicate, Confidence::High, "repeats an earlier line");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    assert_cleaner!(DuplicateCleaner, [
        dup_headline_again: "Storm hits the coast\nJune 3\nStorm hits the coast\nBody.\n" => "Storm hits the coast\n\nJune 3\n\nBody.\n",
        dup_folded_variants: "إقرأ أيضاً عن القمة\nاقرا ايضا عن القمه\n" => "إقرأ أيضاً عن القمة\n",
        dup_keeps_short_repeats: "***\nOne.\n***\nTwo.\n" => "***\n\nOne.\n\n***\n\nTwo.\n",
        dup_keeps_distinct_lines: "The talks lasted two hours.\nThe talks lasted three hours.\n" => "The talks lasted two hours.\n\nThe talks lasted three hours.\n",
    ]);
}
