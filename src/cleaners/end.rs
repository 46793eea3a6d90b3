//! Finds where the article ends and drops whatever follows it: footers,
//! keyword lines, related lists and whole other articles that aggregators
//! append.

use crate::{Category, Cleaner, Confidence, Document, Line, LineId, Reason};

/// Lines that can mark the end of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    /// "Source: …" — also seen mid-article under a chart, so it needs company.
    Source,
    /// "© …" — also seen in captions, so it needs company.
    Copyright,
    /// "Tags: …" / "كلمات دلالية: …" — also a tag list above the story, so
    /// it needs company.
    Keywords,
    /// "The views expressed …".
    Disclaimer,
    /// "Leave a comment" — also "Comments (5 posted)" under each story of
    /// a multi-story page, so it needs company.
    Comments,
    /// A line of several footer links.
    FooterMenu,
}

impl Signal {
    /// Strong enough to end the article on its own.
    fn alone(self) -> bool {
        matches!(self, Signal::Disclaimer | Signal::FooterMenu)
    }

    fn detail(self) -> &'static str {
        match self {
            Signal::Source => "after the article's source line",
            Signal::Copyright => "after a copyright line",
            Signal::Keywords => "after the article's keywords line",
            Signal::Disclaimer => "after an opinion disclaimer",
            Signal::Comments => "after the comments heading",
            Signal::FooterMenu => "after a footer menu",
        }
    }
}

/// Prose (in characters) that must precede an end signal: a lone paragraph
/// above a tag list is a page header, not an article.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::EndOfArticleCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(EndOfArticleCleaner).build()?;
/// let lede = "The council approved the new budget on Tuesday after a debate that lasted most of the day.\n";
/// let body = "Spending on schools will rise by a tenth, while the road programme is cut back sharply.\n\
///             The mayor said the vote showed that the council could still agree on the things that matter.\n";
/// let tail = "Tags: budget, council\nRead also:\nAnother story\n";
/// assert!(lede.len() < 250 && lede.len() + body.len() > 250);
/// // Under 250 characters of prose above the tags: nothing is removed.
/// assert_eq!(p.clean(&format!("{lede}{tail}")).report().len(), 0);
/// // Enough prose: the tags and everything after them go.
/// assert_eq!(p.clean(&format!("{lede}{body}{tail}")).report().len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const MIN_PROSE_CHARS: u32 = 250;

fn signal(line: &Line<'_>) -> Option<Signal> {
    // Every signal is a marker phrase: most lines have none.
    if line.hits.is_empty() {
        return None;
    }
    let f = &line.features;
    let prose = f.is_prose();
    if line.starts_with(Category::Keywords) && f.words <= 80 {
        Some(Signal::Keywords)
    } else if line.has(Category::Disclaimer) && f.words <= 60 {
        Some(Signal::Disclaimer)
    } else if line
        .hits
        .iter()
        .any(|h| h.category == Category::Source && (h.at_start || (h.scope == crate::Scope::Glued && !prose)))
        && f.words <= 14
    {
        Some(Signal::Source)
    } else if line.starts_with(Category::Comments) && !prose && (f.words <= 8 || is_comment_form(line)) {
        Some(Signal::Comments)
    } else if line.has(Category::Copyright) && f.words <= 40 && !prose {
        Some(Signal::Copyright)
    } else if !prose && line.hits.iter().filter(|h| h.category == Category::Footer).count() >= 2 {
        Some(Signal::FooterMenu)
    } else {
        None
    }
}

/// A comment form's notice: two comment phrases in a line of at most
/// [`COMMENT_FORM_WORDS`] words ("Your email address will not be published.
/// Required fields are marked *").
fn is_comment_form(line: &Line<'_>) -> bool {
    line.features.words <= COMMENT_FORM_WORDS
        && line.hits.iter().filter(|h| h.category == Category::Comments).count() >= 2
}

/// Longest comment-form notice, in words.
const COMMENT_FORM_WORDS: u32 = 20;

/// A line that can sit between the end of an article and what is appended:
/// already removed, a signal, a related heading, or a short widget line.
fn is_end_zone(line: &Line<'_>) -> bool {
    let f = &line.features;
    line.removed
        || signal(line).is_some()
        || (line.starts_with(Category::Related) && f.words <= 8 && !f.is_prose())
        || (!f.is_prose()
            && line.hits.iter().any(|h| {
                matches!(
                    h.category,
                    Category::Network
                        | Category::Comments
                        | Category::Share
                        | Category::Footer
                        | Category::Nav
                        | Category::Notice
                        | Category::Embed
                )
            }))
}

/// Drops everything after the end of the article.
///
/// The end is the first *end signal* that follows at least
/// [`MIN_PROSE_CHARS`] characters of prose: an opinion disclaimer or a footer
/// menu — or a keywords, source, copyright or comments line (a comment
/// heading, or a comment form's notice) when more
/// end-of-page furniture follows it (another signal, a "read also" heading,
/// widgets) or nothing does. From there on every line goes, including whole articles
/// appended after a "read also" heading.
///
/// A source line in the middle of an article followed directly by more prose
/// does not end it. A "read more" box in the middle of an article is left to
/// [`RelatedCleaner`](crate::cleaners::RelatedCleaner), which removes the box
/// alone.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::EndOfArticleCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(EndOfArticleCleaner).build()?;
/// let page = "The summit opened on Monday with a long speech by the host, who spoke for an hour.\n\
///             Delegates then met behind closed doors until late at night, aides said.\n\
///             A joint statement is expected on Tuesday, once the last sessions are over.\n\
///             Observers said the mood was better than at any summit in recent years.\n\
///             Source: Agencies\n\
///             Read also:\n\
///             Another story entirely\n\
///             Its first paragraph, which belongs to a different article.\n";
/// assert!(p.clean(page).text().ends_with("in recent years.\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct EndOfArticleCleaner;

impl Cleaner for EndOfArticleCleaner {
    fn name(&self) -> &'static str {
        "end_of_article"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let n = doc.len();
        let mut prose_chars = 0u32;
        let mut cut: Option<(usize, Signal)> = None;
        for i in 0..n {
            let id = LineId(i as u32);
            let prose = !doc.is_removed(id) && doc.features_of(id).is_prose();
            // Until the article is long enough, only its prose is counted:
            // the views of other lines are not built.
            if !prose && prose_chars < MIN_PROSE_CHARS {
                continue;
            }
            let line = doc.line(id);
            if prose && signal(&line).is_none() {
                prose_chars += line.features.chars;
                continue;
            }
            if prose_chars < MIN_PROSE_CHARS {
                continue;
            }
            let Some(sig) = signal(&line) else { continue };
            let mut strong = 1;
            let mut related = false;
            let mut j = i + 1;
            while j < n {
                let next = doc.line(LineId(j as u32));
                if !is_end_zone(&next) {
                    break;
                }
                strong += usize::from(signal(&next).is_some());
                related |= next.starts_with(Category::Related);
                j += 1;
            }
            if j == n || related || strong >= 2 || sig.alone() {
                cut = Some((i, sig));
                break;
            }
        }
        let Some((start, sig)) = cut else { return };
        // On a feed of many pages, most of the document.
        doc.reserve_removals(n - start);
        for i in start..n {
            doc.remove_line_with(LineId(i as u32), self.name(), Reason::EndOfArticle, Confidence::Medium, sig.detail());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    const P1: &str = "The summit opened on Monday with a long speech by the host.\n";
    const P2: &str = "Delegates then met behind closed doors until late at night.\n";

    fn page(parts: &[&str]) -> String {
        parts.concat()
    }

    #[test]
    fn keywords_line_and_read_also_end_the_article() {
        let input =
            page(&[P1, P2, P1, P2, P1, "Tags: summit, diplomacy\n", "Read also:\n", "Other headline here\n", P2]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &page(&[P1, P2, P1, P2, P1]));
    }

    #[test]
    fn source_followed_by_read_also_ends_the_article() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let input = page(&[&body, "المصدر: الحرة\n", "إقرأ أيضاً:\n", "عنوان خبر آخر\n", P2]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
    }

    #[test]
    fn source_mid_article_followed_by_prose_does_not_end_it() {
        let input = page(&[P1, "Source: Ministry of Health\n", P2]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    #[test]
    fn nothing_before_the_first_paragraph_counts() {
        let input = page(&["Tags: summit\n", P1, P2]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    #[test]
    fn disclaimer_ends_the_article() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let input = page(&[
            &body,
            "الآراء الواردة في المقال لا تعكس بالضرورة الموقف التحريري للشبكة.\n",
            "aj-logoمن نحناعرض المزيدسياسة الخصوصية\n",
        ]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
    }

    #[test]
    fn copyright_at_the_tail_goes() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let input = page(&[&body, "© 2024 Daily Paper. All rights reserved.\n"]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
    }

    #[test]
    fn a_short_header_paragraph_is_not_an_article() {
        let input = page(&[P1, "Tags\n", "Privacy\n", "Read also:\n", P2, P1, P2, P1, P2]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    #[test]
    fn closed_comments_at_the_tail_go() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let input = page(&[&body, "Die Kommentarfunktion ist geschlossen.\n"]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
        let input = page(&[&body, "Les commentaires sont fermés.\n"]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
    }

    #[test]
    fn a_comment_form_ends_the_article() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let form = "Your email address will not be published. Required fields are marked *\n";
        let tail = "The weekend weather in the old town\n";
        let input = page(&[&body, "Leave a Reply\n", form, "Comment *\n", tail]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
        // One comment phrase in a line of more than eight words is no form.
        let input = page(&[&body, "Leave a Reply\n", "Your email address will not be published by us here\n", tail]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    #[test]
    fn a_blog_host_footer_at_the_tail_goes() {
        let body = page(&[P1, P2, P1, P2, P1]);
        let input = page(&[&body, "Bloggen auf WordPress.com.\n", "Abbrechen\n"]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &body);
    }

    #[test]
    fn a_sentence_about_comments_does_not_end_the_article() {
        let input = page(&[
            P1,
            P2,
            P1,
            P2,
            P1,
            "Die Kommentarfunktion ist geschlossen, sagte der Sprecher der Zeitung am Montag.\n",
        ]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    #[test]
    fn clean_article_is_unchanged() {
        let input = page(&[P1, P2, P1.replace("Monday", "Tuesday").as_str()]);
        crate::testutil::check(&EndOfArticleCleaner, &input, &input);
    }

    assert_cleaner!(EndOfArticleCleaner, [
        end_keeps_copyright_caption_mid_article: "The summit opened on Monday with a long speech by the host.\n© Reuters\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\n© Reuters\nDelegates then met behind closed doors until late at night.\n",
    ]);
}
