//! Removes repeated lines: the headline printed again, captions printed
//! twice, repeated teasers. The first copy stays.

use std::cell::RefCell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hash::BuildHasher;

use foldhash::fast::{FixedState, RandomState};

use crate::{Cleaner, Confidence, Document, LineId, Reason};

/// A repeated paragraph (at least this many words) goes wherever it is.
const PARAGRAPH_WORDS: u32 = 12;
/// A shorter repeat goes only this close (in lines) to its first copy…
const NEAR_LINES: usize = 6;
/// …and only when it has at least this many words. Far-apart short repeats
/// are a table of contents and its headings, or repeated code lines.
const MIN_NEAR_WORDS: u32 = 4;

/// Hash of a line's key → index of the first line with that hash. Kept
/// between documents on each thread (emptied), so a long document does not
/// allocate and touch a fresh table each time.
type Seen = HashMap<u64, u32, RandomState>;

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

/// Entries a kept table may have room for.
const SPARE_ENTRIES: usize = 1 << 20;

/// Removes later copies of a line: a repeated paragraph (12 words or more)
/// wherever it is, and a repeated phrase of four words or more within six
/// lines of its first copy (the headline printed again under the date, a
/// caption printed twice). Short lines repeated far apart stay: a table of
/// contents and the headings it lists, code lines, "Setting up" sections.
/// Lines are compared on their folded text (case, Arabic letter variants,
/// diacritics and whitespace ignored).
///
/// Copies are removed only from a page that shows furniture around its
/// article: a line an earlier cleaner removed as furniture (a menu, a share
/// bar, a related list, a notice), or a footer, copyright or disclaimer
/// phrase. In a clean article a repeated line is the author's (a list item,
/// a subheading or a caption said twice) and stays.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::DuplicateCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(DuplicateCleaner).build()?;
/// let page = "ماذا يريد بوتين وكيم من بعضهما البعض؟\nتاريخ النشر: 19 يونيو\nماذا يريد بوتين وكيم من بعضهما البعض؟\nالنص.\nجميع الحقوق محفوظة\n";
/// assert_eq!(p.clean(page).text(), "ماذا يريد بوتين وكيم من بعضهما البعض؟\n\nتاريخ النشر: 19 يونيو\n\nالنص.\n\nجميع الحقوق محفوظة\n");
/// // The same article with no page around it comes out whole.
/// let article = "ماذا يريد بوتين وكيم من بعضهما البعض؟\nتاريخ النشر: 19 يونيو\nماذا يريد بوتين وكيم من بعضهما البعض؟\nالنص.\n";
/// assert_eq!(p.clean(article).report().len(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicateCleaner;

impl Cleaner for DuplicateCleaner {
    fn name(&self) -> &'static str {
        "duplicates"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        // On a page with no furniture around the article (a clean article),
        // a repeated line is the author's: a refrain, a list item or a
        // subheading said twice, a caption the author printed twice.
        doc.len() > 1 && doc.has_kept_lines() && super::has_furniture(doc)
    }

    fn clean(&self, doc: &mut Document<'_>) {
        fn key<'l>(line: &crate::Line<'l>) -> (&'l str, &'l str) {
            let long = line.features.chars as usize > crate::document::SCAN_PREFIX_CHARS;
            (line.folded, if long { line.text } else { "" })
        }
        let mut seen = SEEN.try_with(|seen| std::mem::take(&mut *seen.borrow_mut())).unwrap_or_default();
        seen.clear();
        seen.reserve(doc.len());
        let keys = FixedState::with_seed(0);
        let mut dups: Vec<LineId> = Vec::new();
        // A copy of a line this short is never removed, and lines with the
        // same folded text have the same words: separators ("***"), "Q:" and
        // the like repeat legitimately.
        for line in doc.all_lines_where(|f, _, _| f.words >= MIN_NEAR_WORDS) {
            let (i, f) = (line.id.index(), &line.features);
            // Removed lines count as first copies too: a caption printed
            // twice goes even if the first copy went for another reason.
            // The folded prefix is the key; a line longer than the prefix is
            // compared on its whole text.
            match seen.entry(keys.hash_one(key(&line))) {
                Entry::Vacant(v) => {
                    v.insert(i as u32);
                }
                Entry::Occupied(first) => {
                    let first = *first.get() as usize;
                    // Equal hashes of different keys: not a copy.
                    if key(&doc.line(LineId(first as u32))) != key(&line) {
                        continue;
                    }
                    let near = i - first <= NEAR_LINES;
                    let paragraph = f.words >= PARAGRAPH_WORDS;
                    if !line.removed && (paragraph || (near && f.words >= MIN_NEAR_WORDS)) {
                        dups.push(line.id);
                    }
                }
            }
        }
        if seen.capacity() <= SPARE_ENTRIES {
            let _ = SEEN.try_with(|kept| *kept.borrow_mut() = seen);
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

    /// A footer line: page furniture, under which copies go.
    const FOOT: &str = "© 2024 Daily Paper";

    #[test]
    fn a_line_of_an_earlier_document_is_no_copy() {
        let p = crate::PipelineBuilder::empty().push(DuplicateCleaner).build().unwrap();
        let line = "A long paragraph that the first page prints and the second page prints too.";
        let first = format!("{line}\nAnother line of the first page, long enough to count.\n{FOOT}\n");
        assert_eq!(p.clean(&first).report().len(), 0);
        // The table kept from the first page starts empty for the second.
        let second = format!("{line}\n\n{FOOT}\n");
        assert_eq!(p.clean(&format!("{line}\n{FOOT}\n")).text(), second);
        let twice = format!("{line}\n{line}\n{FOOT}\n");
        assert_eq!(p.clean(&twice).text(), second);
    }

    #[test]
    fn a_clean_article_keeps_its_repeated_lines() {
        let caption = "The rocket on its launch pad in Baikonur on Tuesday, two days before the launch.";
        let article = format!(
            "{caption}\n{caption}\nThe cargo ship broke up over Siberia on Thursday, the space agency said.\n\
             What changed:\n* Many other changes\nWhat is next:\n* Many other changes\n"
        );
        crate::testutil::check(&DuplicateCleaner, &article, &article);
        assert_eq!(crate::Pipeline::default().clean(&article).text(), crate::testutil::paragraphs(&article));
        // The same lines on a page with a share bar or a footer go.
        let shared = format!("Share on Facebook\n{article}");
        let kept = crate::Pipeline::default().clean(&shared);
        assert_eq!(kept.report().by_cleaner("duplicates").count(), 2);
        let footed = format!("{article}{FOOT}\n");
        let p = crate::PipelineBuilder::empty().push(DuplicateCleaner).build().unwrap();
        assert_eq!(p.clean(&footed).report().len(), 2);
    }

    assert_cleaner!(DuplicateCleaner, [
        dup_headline_again: "Storm hits the coast\nJune 3\nStorm hits the coast\nBody.\n© 2024 Daily Paper\n" => "Storm hits the coast\n\nJune 3\n\nBody.\n\n© 2024 Daily Paper\n",
        dup_folded_variants: "إقرأ أيضاً عن القمة\nاقرا ايضا عن القمه\nجميع الحقوق محفوظة\n" => "إقرأ أيضاً عن القمة\nجميع الحقوق محفوظة\n",
        dup_keeps_short_repeats: "***\nOne.\n***\nTwo.\n" => "***\n\nOne.\n\n***\n\nTwo.\n",
        dup_keeps_toc_headings: "Contents\nDetecting Anomalies\nUnderstanding the Score\nThe first paragraph explains what an anomaly is and why it matters.\nThe second paragraph gives an example from a server log in production.\nThe third one describes the method.\nThe fourth one describes the data.\nThe fifth one explains the thresholds.\nDetecting Anomalies\nBody.\n" => "Contents\nDetecting Anomalies\nUnderstanding the Score\nThe first paragraph explains what an anomaly is and why it matters.\nThe second paragraph gives an example from a server log in production.\nThe third one describes the method.\nThe fourth one describes the data.\nThe fifth one explains the thresholds.\nDetecting Anomalies\nBody.\n",
        dup_paragraph_far_away: "A long paragraph that is repeated much later in the page, word for word, somewhere.\nA\nB\nC\nD\nE\nF\nG\nA long paragraph that is repeated much later in the page, word for word, somewhere.\n© 2024 Daily Paper\n" => "A long paragraph that is repeated much later in the page, word for word, somewhere.\nA\nB\nC\nD\nE\nF\nG\n© 2024 Daily Paper\n",
        dup_keeps_distinct_lines: "The talks lasted two hours.\nThe talks lasted three hours.\n" => "The talks lasted two hours.\n\nThe talks lasted three hours.\n",
    ]);
}
