//! Collapses whitespace inside lines: runs of spaces, tabs, NBSP and
//! zero-width spaces become one space. Keeps U+200C (ZWNJ) and U+200D (ZWJ),
//! which Persian, Urdu, Indic scripts and emoji need.

use crate::text::{is_zero_width_space, space_at};
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

/// The extra characters of the whitespace runs of `s`: for each run of two
/// or more [`is_space`](crate::text::is_space) characters followed by another character, the byte
/// ranges to remove so that one character stays — the run's first visible
/// space (a zero-width space renders as nothing and would glue the words),
/// or its first character if all are zero-width. One pass over the bytes;
/// only bytes that can start a space character are decoded.
fn runs(s: &str, mut each: impl FnMut(std::ops::Range<usize>)) {
    let b = s.as_bytes();
    // (start, first_len) of the current run and its first visible space.
    let mut run: Option<(usize, usize)> = None;
    let mut visible: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < b.len() {
        let (space, len) = space_at(s, i);
        if space {
            run.get_or_insert((i, len));
            if visible.is_none() && !(len == 3 && is_zero_width_space(s[i..].chars().next().unwrap_or(' '))) {
                visible = Some((i, len));
            }
        } else if let Some((start, first_len)) = run.take() {
            let (keep, keep_len) = visible.take().unwrap_or((start, first_len));
            if start + first_len < i {
                if start < keep {
                    each(start..keep);
                }
                if keep + keep_len < i {
                    each(keep + keep_len..i);
                }
            }
        }
        i += len;
    }
}

impl Cleaner for WhitespaceCleaner {
    fn name(&self) -> &'static str {
        "whitespace"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut spans = Vec::new();
        for line in doc.lines_where(|f, _, _| f.space_run) {
            let at = line.span.start;
            runs(line.text, |r| spans.push((line.id, at + r.start..at + r.end)));
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
    use crate::text::is_space;

    assert_cleaner!(WhitespaceCleaner, [
        ws_collapses_spaces: "a   b\n" => "a b\n",
        ws_nbsp_run: "a\u{a0}\u{a0} b\n" => "a b\n",
        ws_zero_width_alone: "ab\u{200b}cd\n" => "abcd\n",
        ws_keeps_zwnj: "نمی\u{200c}شود\n" => "نمی\u{200c}شود\n",
        ws_keeps_single_spaces: "The mayor said no.\n" => "The mayor said no.\n",
        ws_trims_edges: "  \u{a0}padded\u{200b} \n" => "padded\n",
        ws_ideographic: "北京\u{3000}\u{3000}上海\n" => "北京 上海\n",
    ]);

    /// The spans to remove, found naively: one `char` at a time, no gate;
    /// keep the run's first visible space, or its first character.
    fn runs_reference(s: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut run: Vec<(usize, char)> = Vec::new();
        for (i, c) in s.char_indices() {
            if is_space(c) {
                run.push((i, c));
                continue;
            }
            if run.len() >= 2 {
                let keep = run.iter().position(|&(_, c)| !is_zero_width_space(c)).unwrap_or(0);
                for (k, &(at, c)) in run.iter().enumerate() {
                    if k != keep {
                        out.push((at, at + c.len_utf8()));
                    }
                }
            }
            run.clear();
        }
        // Adjacent single-character spans merge into the ranges `runs` reports.
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for (a, b) in out {
            match merged.last_mut() {
                Some(last) if last.1 == a => last.1 = b,
                _ => merged.push((a, b)),
            }
        }
        merged
    }

    proptest::proptest! {
        #[test]
        fn runs_and_gate_match_the_reference(
            v in proptest::collection::vec(proptest::sample::select(&[
                'a', 'م', '«', '“', '—', '北', ' ', ' ', '\t', '\x0b', '\x0c', '\u{85}', '\u{a0}', '\u{1680}',
                '\u{180e}', '\u{2002}', '\u{200b}', '\u{200c}', '\u{2028}', '\u{202f}', '\u{205f}', '\u{2060}',
                '\u{3000}', '\u{feff}',
            ][..]), 0..40)
        ) {
            let s: String = v.into_iter().collect();
            let want = runs_reference(&s);
            let mut got = Vec::new();
            runs(&s, |r| got.push((r.start, r.end)));
            proptest::prop_assert_eq!(&got, &want);
            // The gate: the line's features flag every line with a run, short
            // or past the measured prefix.
            proptest::prop_assert!(crate::text::Features::of(&s).space_run || want.is_empty());
            let long = format!("{}{s}", "word ".repeat(400));
            proptest::prop_assert!(crate::text::Features::of(&long).space_run || want.is_empty());
        }
    }

    #[test]
    fn a_zero_width_space_does_not_glue_words() {
        let p = crate::PipelineBuilder::empty().push(WhitespaceCleaner).build().unwrap();
        assert_eq!(p.clean("a\u{200b} b\n").text(), "a b\n");
        assert_eq!(p.clean("x\u{feff}\ty\n").text(), "x y\n");
        assert_eq!(p.clean("ab\u{200b}\u{200b}cd\n").text(), "abcd\n");
    }

    #[test]
    fn report_spans_are_the_extra_characters() {
        let src = "a  b";
        let out = crate::PipelineBuilder::empty().push(WhitespaceCleaner).build().unwrap().clean(src);
        let spans: Vec<(usize, usize)> = out.report().iter().map(|r| (r.span.start, r.span.end)).collect();
        assert_eq!(spans, vec![(2, 3)]);
    }
}
