//! Collapses whitespace inside lines: runs of spaces, tabs, NBSP and
//! zero-width spaces become one space. Keeps U+200C (ZWNJ) and U+200D (ZWJ),
//! which Persian, Urdu, Indic scripts and emoji need.

use crate::text::is_space;
use crate::{Cleaner, Document, Reason};

/// Removes the extra characters of every whitespace run inside a line (the
/// first character of a run is kept and rendered as a plain space;
/// zero-width spaces render as nothing). Line edges are already trimmed by
/// [`Document`].
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::WhitespaceCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(WhitespaceCleaner).build()?;
/// assert_eq!(p.clean("a  \u{a0} b\tc\n").text(), "a b c\n");
/// assert_eq!(p.clean("می\u{200c}خواهم\n").text(), "می\u{200c}خواهم\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct WhitespaceCleaner;

/// Cheap gate: could `s` hold a whitespace run worth collapsing?
fn may_need_collapse(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3(b'\t', 0xC2, 0xE2, b).is_some()
        || memchr::memmem::find(b, b"  ").is_some()
        || memchr::memmem::find(b, "\u{3000}".as_bytes()).is_some()
        || memchr::memmem::find(b, "\u{feff}".as_bytes()).is_some()
        || memchr::memchr3(0x0B, 0x0C, 0xE1, b).is_some()
}

impl Cleaner for WhitespaceCleaner {
    fn name(&self) -> &'static str {
        "whitespace"
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut spans = Vec::new();
        for line in doc.lines() {
            if !may_need_collapse(line.text) {
                continue;
            }
            let mut run_start: Option<usize> = None;
            for (i, c) in line.text.char_indices() {
                if is_space(c) {
                    run_start.get_or_insert(i);
                } else if let Some(s) = run_start.take() {
                    let first_len = line.text[s..].chars().next().map_or(1, char::len_utf8);
                    if s + first_len < i {
                        spans.push((line.id, line.span.start + s + first_len..line.span.start + i));
                    }
                }
            }
        }
        for (id, span) in spans {
            doc.remove_span(id, span, self.name(), Reason::Whitespace);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    assert_cleaner!(WhitespaceCleaner, [
        ws_collapses_spaces: "a   b\n" => "a b\n",
        ws_nbsp_run: "a\u{a0}\u{a0} b\n" => "a b\n",
        ws_zero_width_alone: "ab\u{200b}cd\n" => "abcd\n",
        ws_keeps_zwnj: "نمی\u{200c}شود\n" => "نمی\u{200c}شود\n",
        ws_keeps_single_spaces: "The mayor said no.\n" => "The mayor said no.\n",
        ws_trims_edges: "  \u{a0}padded\u{200b} \n" => "padded\n",
        ws_ideographic: "北京\u{3000}\u{3000}上海\n" => "北京 上海\n",
    ]);

    #[test]
    fn report_spans_are_the_extra_characters() {
        let src = "a  b";
        let out = crate::PipelineBuilder::empty().push(WhitespaceCleaner).build().unwrap().clean(src);
        let spans: Vec<(usize, usize)> = out.report().iter().map(|r| (r.span.start, r.span.end)).collect();
        assert_eq!(spans, vec![(2, 3)]);
    }
}
