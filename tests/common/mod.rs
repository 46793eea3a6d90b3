//! Checkers shared by the invariant and adversarial tests.
//!
//! They restate, independently of the library's code, what the output of
//! [`Pipeline::clean`](newsclean::Pipeline::clean) must be given its input
//! and report, so that a test can check any input against them.

#![allow(dead_code, unused_imports)]

use std::ops::Range;

use newsclean::text::{is_bidi_mark, is_space, is_zero_width_space};
use newsclean::{Cleaned, Pipeline};

#[path = "../../benches/adversarial_inputs/mod.rs"]
pub mod inputs;

/// One input line: its content (without terminator), its text (content
/// trimmed of whitespace and bidi marks) and its terminator.
#[derive(Debug, Clone)]
pub struct RawLine {
    pub content: Range<usize>,
    pub text: Range<usize>,
    pub terminator: Range<usize>,
}

/// Characters a line is trimmed of.
pub fn is_edge(c: char) -> bool {
    is_space(c) || is_bidi_mark(c)
}

/// Splits `input` at `\n`, `\r\n` and lone `\r`, the terminators a page may
/// use. A final line without terminator counts; an input ending with a
/// terminator has no empty last line.
pub fn split_lines(input: &str) -> Vec<RawLine> {
    let bytes = input.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let term_len = match bytes[i] {
            b'\n' => 1,
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        out.push(raw_line(input, start..i, i..i + term_len));
        i += term_len;
        start = i;
    }
    if start < bytes.len() {
        out.push(raw_line(input, start..bytes.len(), bytes.len()..bytes.len()));
    }
    out
}

fn raw_line(input: &str, content: Range<usize>, terminator: Range<usize>) -> RawLine {
    let s = &input[content.clone()];
    let lead = s.len() - s.trim_start_matches(is_edge).len();
    let trail = s.len() - s.trim_end_matches(is_edge).len();
    let text = if lead == s.len() { content.end..content.end } else { content.start + lead..content.end - trail };
    RawLine { content, text, terminator }
}

/// The lines with text, in order: what the library calls lines (their
/// index is the [`LineId`](newsclean::LineId)).
pub fn text_lines(input: &str) -> Vec<Range<usize>> {
    split_lines(input).into_iter().map(|l| l.text).filter(|t| !t.is_empty()).collect()
}

/// A line as the whitespace stage lays it out: trimmed, each run of
/// whitespace written as one space, or as nothing when the run is only
/// zero-width spaces.
pub fn collapse(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut run: Option<bool> = None; // Some(visible) while inside a run
    for c in line.trim_matches(is_edge).chars() {
        if is_space(c) {
            let visible = !is_zero_width_space(c);
            run = Some(run.unwrap_or(false) || visible);
            continue;
        }
        if let Some(visible) = run.take() {
            if visible {
                out.push(' ');
            }
        }
        out.push(c);
    }
    out
}

/// The paragraphs of a cleaned text: its non-empty lines.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split('\n').filter(|l| !l.is_empty()).collect()
}

/// The layout of a cleaned text: paragraphs separated by one blank line,
/// ending with a newline, or empty.
pub fn check_layout(text: &str) -> Result<(), String> {
    if text.is_empty() {
        return Ok(());
    }
    if !text.ends_with('\n') || text.ends_with("\n\n") || text.starts_with('\n') {
        return Err(format!("bad layout at the edges: {}", short(text)));
    }
    for block in text[..text.len() - 1].split("\n\n") {
        if block.is_empty() || block.contains('\n') || block.contains('\r') {
            return Err(format!("bad paragraph {}", short(block)));
        }
        if block.starts_with(' ') || block.ends_with(' ') || block.contains("  ") {
            return Err(format!("paragraph not trimmed or not collapsed: {}", short(block)));
        }
    }
    Ok(())
}

/// Output paragraphs are input lines with whitespace collapsed
/// ([`collapse`]), in input order: the cleaned text is a subsequence of the
/// input's lines, never invented text.
pub fn check_subsequence(input: &str, text: &str) -> Result<(), String> {
    let lines: Vec<String> = text_lines(input).into_iter().map(|r| collapse(&input[r])).collect();
    let mut next = 0;
    for para in paragraphs(text) {
        match lines[next..].iter().position(|l| l == para) {
            Some(k) => next += k + 1,
            None => {
                let anywhere = lines.iter().any(|l| l == para);
                return Err(format!(
                    "output paragraph {} is {}",
                    short(para),
                    if anywhere { "out of order" } else { "not an input line" }
                ));
            }
        }
    }
    Ok(())
}

/// What one input byte is, once a document is cleaned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Byte {
    /// `\n` or `\r` ending a line.
    Terminator,
    /// Part of a blank line, or of the whitespace and bidi marks around a
    /// line's text.
    Layout,
    /// Inside the span of a removal in the report.
    Removed,
    /// In a kept part of a line's text.
    Kept,
}

/// The report and the kept text account for every byte of the input.
///
/// Every input byte is exactly one of:
/// 1. a line terminator (`\n`, `\r`);
/// 2. layout: a byte of a blank line, or of the whitespace and bidi marks
///    trimmed from the edges of a line;
/// 3. removed: inside the span of a removal in the report;
/// 4. kept: in a line's text and in no removal span.
///
/// And the cleaned text is exactly the kept bytes: for each line with text,
/// in order, its kept characters (whitespace written as one plain space,
/// zero-width spaces written as nothing), one paragraph per line that keeps
/// any character, paragraphs separated by one blank line, ending with a
/// newline. Nothing disappears without a removal and nothing appears that
/// was not in the input.
///
/// Removals themselves must be well formed: in bounds, on character
/// boundaries, inside the line they name, a whole-line removal covering
/// exactly that line's text, no line removed twice, no two partial removals
/// overlapping.
pub fn check_accounting(input: &str, cleaned: &Cleaned) -> Result<(), String> {
    let mut class = vec![Byte::Kept; input.len()];
    let raw = split_lines(input);
    let mut lines = Vec::new();
    for l in &raw {
        class[l.terminator.clone()].fill(Byte::Terminator);
        class[l.content.start..l.text.start].fill(Byte::Layout);
        class[l.text.end..l.content.end].fill(Byte::Layout);
        if !l.text.is_empty() {
            lines.push(l.text.clone());
        }
    }
    let mut removed_whole = vec![false; lines.len()];
    let mut partial: Vec<Range<usize>> = Vec::new();
    for r in cleaned.report() {
        let span = r.span.clone();
        if input.get(span.clone()).is_none() || span.is_empty() {
            return Err(format!("removal {r:?}: span out of bounds, empty or off a char boundary"));
        }
        let Some(line) = lines.get(r.line.index()) else {
            return Err(format!("removal {r:?}: no line {}", r.line.index()));
        };
        if span.start < line.start || span.end > line.end {
            return Err(format!("removal {r:?}: span outside its line {line:?}"));
        }
        if r.whole_line {
            if span != *line {
                return Err(format!("whole-line removal {r:?} does not cover its line {line:?}"));
            }
            if std::mem::replace(&mut removed_whole[r.line.index()], true) {
                return Err(format!("line {} removed twice", r.line.index()));
            }
        } else {
            partial.push(span.clone());
        }
        class[span].fill(Byte::Removed);
    }
    partial.sort_by_key(|s| s.start);
    if let Some(w) = partial.windows(2).find(|w| w[0].end > w[1].start) {
        return Err(format!("partial removals overlap: {:?} and {:?}", w[0], w[1]));
    }
    // Layout bytes are whitespace and bidi marks only.
    for (i, c) in input.char_indices() {
        if class[i] == Byte::Layout && !is_edge(c) {
            return Err(format!("byte {i} ({c:?}) outside a line's text is not layout"));
        }
    }
    let mut expected = String::new();
    for line in &lines {
        let mut para = String::new();
        for (off, c) in input[line.clone()].char_indices() {
            if class[line.start + off] != Byte::Kept {
                continue;
            }
            if is_zero_width_space(c) {
                continue;
            }
            para.push(if is_space(c) { ' ' } else { c });
        }
        if para.is_empty() {
            continue;
        }
        if !expected.is_empty() {
            expected.push('\n');
        }
        expected.push_str(&para);
        expected.push('\n');
    }
    if expected != cleaned.text() {
        return Err(format!("the kept bytes {} are not the output {}", short(&expected), short(cleaned.text())));
    }
    Ok(())
}

/// `s` shortened for a failure message.
pub fn short(s: &str) -> String {
    if s.len() <= 600 {
        return format!("{s:?}");
    }
    let mut a = 300;
    while !s.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = s.len() - 300;
    while !s.is_char_boundary(b) {
        b += 1;
    }
    format!("{:?} …({} bytes)… {:?}", &s[..a], b - a, &s[b..])
}

/// Cleaning the output again changes nothing.
pub fn check_idempotent(pipeline: &Pipeline, cleaned: &Cleaned) -> Result<(), String> {
    let again = pipeline.clean(cleaned.text());
    if again.text() != cleaned.text() {
        return Err(format!(
            "not idempotent:\n first: {}\nsecond: {}\nremoved the second time: {:?}",
            short(cleaned.text()),
            short(again.text()),
            again
                .report()
                .iter()
                .map(|r| (r.cleaner, r.reason.as_str(), short(r.text(cleaned.text()))))
                .collect::<Vec<_>>()
        ));
    }
    Ok(())
}

/// Same input, same output, same report, same metadata — with the same
/// pipeline, a clone of it, and on another thread.
pub fn check_deterministic(pipeline: &Pipeline, input: &str, cleaned: &Cleaned) -> Result<(), String> {
    if pipeline.clean(input) != *cleaned {
        return Err("cleaning the same input twice gave different results".into());
    }
    if pipeline.clone().clean(input) != *cleaned {
        return Err("a cloned pipeline gave a different result".into());
    }
    let other_thread = std::thread::scope(|s| s.spawn(|| pipeline.clean(input)).join().expect("no panic"));
    if other_thread != *cleaned {
        return Err("another thread gave a different result".into());
    }
    Ok(())
}

/// Every check above but idempotence on one input with `pipeline`;
/// `collapses` says whether the pipeline has the whitespace stage (then
/// paragraphs are collapsed input lines).
pub fn check_output(pipeline: &Pipeline, input: &str, collapses: bool) -> Result<Cleaned, String> {
    let cleaned = pipeline.clean(input);
    check_accounting(input, &cleaned)?;
    if collapses {
        check_layout(cleaned.text())?;
        check_subsequence(input, cleaned.text())?;
    }
    check_deterministic(pipeline, input, &cleaned)?;
    Ok(cleaned)
}

/// Every check above on one input with `pipeline` (see [`check_output`]).
pub fn check_all(pipeline: &Pipeline, input: &str, collapses: bool) -> Result<Cleaned, String> {
    let cleaned = check_output(pipeline, input, collapses)?;
    check_idempotent(pipeline, &cleaned)?;
    Ok(cleaned)
}

/// The clean articles in `fixtures/`: (name, text).
pub fn expected_articles() -> Vec<(&'static str, &'static str)> {
    vec![
        ("ar-news-000", include_str!("../../fixtures/ar-news-000.expected.txt")),
        ("ar-news-002", include_str!("../../fixtures/ar-news-002.expected.txt")),
        ("ar-news-003", include_str!("../../fixtures/ar-news-003.expected.txt")),
    ]
}

/// The scraped pages in `fixtures/`: (name, text).
pub fn fixture_pages() -> Vec<(&'static str, &'static str)> {
    vec![
        ("ar-news-000", include_str!("../../fixtures/ar-news-000.txt")),
        ("ar-news-002", include_str!("../../fixtures/ar-news-002.txt")),
        ("ar-news-003", include_str!("../../fixtures/ar-news-003.txt")),
    ]
}

/// Paragraphs of real articles (the fixtures' clean text) plus a few English
/// ones.
pub fn prose_lines() -> Vec<&'static str> {
    let mut out: Vec<&'static str> =
        expected_articles().into_iter().flat_map(|(_, t)| t.lines()).filter(|l| !l.is_empty()).collect();
    out.extend([
        "A powerful storm hit the coast on Monday, cutting power to thousands of homes.",
        "The summit opened on Monday with a long speech by the host.",
        "Delegates then met behind closed doors until late at night.",
        "Storm hits the coast",
        "The mayor said the budget would be published next week, after a vote by the council.",
    ]);
    out
}

pub use inputs::MARKER_LINES;
