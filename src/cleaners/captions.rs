//! Removes photo captions that end in an agency credit, and credit lines.

use crate::text::Ending;
use crate::{Category, Cleaner, Confidence, Document, Line, LineId, Reason};

/// Longest caption (words).
const MAX_CAPTION_WORDS: u32 = 35;
/// Longest credit line (words).
const MAX_CREDIT_WORDS: u32 = 15;

/// Byte offset (in the folded line) of the last parenthesised group that
/// closes the line, if the line ends with one.
fn trailing_group_start(folded: &str) -> Option<usize> {
    let trimmed = folded.trim_end();
    let body = trimmed.strip_suffix(')').or_else(|| trimmed.strip_suffix(']'))?;
    body.rfind(['(', '['])
}

fn is_caption(line: &Line<'_>) -> bool {
    let f = &line.features;
    // The folded prefix must hold the whole line to see how it ends.
    if f.words > MAX_CAPTION_WORDS || f.chars as usize > crate::document::SCAN_PREFIX_CHARS {
        return false;
    }
    let Some(open) = trailing_group_start(line.folded) else { return false };
    let credit_inside = line.hits.iter().any(|h| h.category == Category::Credit && h.start as usize > open);
    if !credit_inside {
        return false;
    }
    // A paragraph that happens to end with "(Reuters)" after several
    // sentences is prose, not a caption.
    let body = crate::text::Features::of(&line.folded[..open]);
    !(body.ending.is_terminal() && body.words > 20)
}

/// Removes captions and credits.
///
/// - a line of at most 35 words ending in a parenthesised credit — "Putin
///   and Kim in Pyongyang (Reuters)", "… (أ ف ب)", "(Photo: AFP/Getty)";
/// - a short line starting with a credit label ("Photo:", "تصوير:",
///   "Foto:") or made only of a credit ("Getty Images").
///
/// A paragraph of several sentences that ends with an agency name stays; so
/// does a sentence that merely mentions Reuters.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::CaptionCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(CaptionCleaner).build()?;
/// let page = "Putin and Kim shake hands in Pyongyang (Reuters)\nPhoto: Jane Doe\nReuters reported that the talks lasted two hours.\n";
/// assert_eq!(p.clean(page).text(), "Reuters reported that the talks lasted two hours.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CaptionCleaner;

impl Cleaner for CaptionCleaner {
    fn name(&self) -> &'static str {
        "captions"
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut out: Vec<(LineId, Reason, Confidence, &'static str)> = Vec::new();
        for line in doc.lines() {
            let f = &line.features;
            if !line.has(Category::Credit) {
                continue;
            }
            if line.is_whole(Category::Credit) {
                out.push((line.id, Reason::Credit, Confidence::High, "credit alone"));
            } else if line.starts_with(Category::Credit) && f.words <= MAX_CREDIT_WORDS && f.ending != Ending::Terminal
            {
                out.push((line.id, Reason::Credit, Confidence::Medium, "credit label"));
            } else if is_caption(&line) {
                out.push((line.id, Reason::Caption, Confidence::Medium, "caption ending in a credit"));
            }
        }
        for (id, reason, confidence, detail) in out {
            doc.remove_line_with(id, self.name(), reason, confidence, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    assert_cleaner!(CaptionCleaner, [
        caption_reuters: "Putin and Kim shake hands in Pyongyang (Reuters)\nBody text.\n" => "Body text.\n",
        caption_ar_afp: "الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون (أ ف ب)\nالنص.\n" => "النص.\n",
        caption_photo_label: "Photo: Jane Doe for The Daily\nBody text.\n" => "Body text.\n",
        caption_photo_paren: "The leaders at the airport (Photo: AFP / Getty Images)\nBody text.\n" => "Body text.\n",
        caption_credit_alone: "Getty Images\nBody text.\n" => "Body text.\n",
        caption_ar_label: "تصوير: أحمد علي\nالنص.\n" => "النص.\n",
        caption_keeps_prose_mentioning_agency: "Reuters reported that the talks lasted two hours.\n" => "Reuters reported that the talks lasted two hours.\n",
        caption_keeps_paragraph_ending_with_credit: "The two leaders met for two hours on Wednesday. They signed a pact on mutual defence and trade, aides said, and agreed to meet again next year in Moscow. (Reuters)\n" => "The two leaders met for two hours on Wednesday. They signed a pact on mutual defence and trade, aides said, and agreed to meet again next year in Moscow. (Reuters)\n",
        caption_keeps_parenthesis_without_credit: "The European Union (EU)\n" => "The European Union (EU)\n",
    ]);
}
