//! Adversarial inputs, generated at any size: shared by
//! `benches/adversarial.rs`, `tests/adversarial.rs` and
//! `examples/adversarial.rs` so that the benchmark, the tests and the
//! memory measurements run on the same pages.

#![allow(dead_code)]

/// A sentence of prose, single-spaced, ending with a full stop.
pub const SENTENCE: &str = "The summit opened on Monday with a long speech by the host. ";

/// A sentence of Arabic prose.
pub const SENTENCE_AR: &str = "وصل الرئيس الروسي إلى كوريا الشمالية الثلاثاء في أول زيارة منذ أربعة وعشرين عاما. ";

/// Real marker phrases as they appear on pages.
pub const MARKER_LINES: &[&str] = &[
    "Read also:",
    "Read also: Putin visits Pyongyang",
    "إقرأ أيضاً:",
    "اقرأ أيضا",
    "Share on Facebook",
    "Share",
    "Tweet",
    "facebooktwitteryoutubeinstagram",
    "المصدر: الحرة",
    "Source: Agencies",
    "الحرة:",
    "كلمات دلالية:",
    "كلمات دلالية: روسيا، كوريا الشمالية",
    "Advertisement",
    "spot_img",
    "Tags: a, b",
    "© 2024 All rights reserved",
    "© Reuters",
    "جميع الحقوق محفوظة",
    "  • قراصنة كوريا الشمالية ينهبون 1.3 مليار دولار",
    "  • Second teaser",
    "تشهد مناطق جنوب لبنان موجة نزوح كثيفة تقدر بأكثر...",
    "Ten things to know about summits…",
    "Related articles",
    "مقالات مشابهة",
    "ذات صلة",
    "Home",
    "World",
    "Politics",
    "Menu",
    "الرئيسية",
    "أخبار",
    "رياضة",
    "Privacy policy",
    "Contact us",
    "2024-12-22@10:01:03 GMT",
    "تاريخ النشر: 19th, June 2024 GMT",
    "Published on 3 May 2024",
    "June 3",
    "By Jane Doe",
    "Photo: Jane Doe for The Daily",
    "The views expressed in this article are the author's own.",
    "Leave a comment",
    "Please enable JavaScript to view this page.",
    "View this post on Instagram",
    "aj-logoمن نحناعرض المزيدسياسة الخصوصية",
];

/// `unit` repeated up to `bytes` bytes (whole repetitions only, at least one).
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

/// One line of prose of about `bytes` bytes, no line terminator. Cleaning
/// keeps it whole: the output is the line without its trailing space, plus
/// a newline.
pub fn single_line(bytes: usize) -> String {
    repeat_to(SENTENCE, bytes)
}

/// One line of Arabic prose of about `bytes` bytes, no line terminator.
pub fn single_line_ar(bytes: usize) -> String {
    repeat_to(SENTENCE_AR, bytes)
}

/// One line of about `bytes` bytes where every word is followed by a run of
/// mixed whitespace: the whitespace stage removes one span per run.
pub fn single_line_spaced(bytes: usize) -> String {
    repeat_to("word \u{a0}\t ", bytes)
}

/// The single line as cleaned by the whitespace stage.
pub fn single_line_spaced_expected(bytes: usize) -> String {
    let n = (bytes / "word \u{a0}\t ".len()).max(1);
    let mut out = vec!["word"; n].join(" ");
    out.push('\n');
    out
}

/// `n` empty lines.
pub fn empty_lines(n: usize) -> String {
    "\n".repeat(n)
}

/// `n` lines of marker phrases, cycling through [`MARKER_LINES`].
pub fn marker_lines(n: usize) -> String {
    let mut out = String::with_capacity(n * 24);
    for phrase in MARKER_LINES.iter().cycle().take(n) {
        out.push_str(phrase);
        out.push('\n');
    }
    out
}

/// `n` lines of a "read also" list: one heading, then teaser headlines,
/// snippets and bullets (the last item a bullet), then a paragraph of prose.
pub fn related_list(n: usize) -> String {
    let mut out = String::from("إقرأ أيضاً:\n");
    for i in 0..n {
        match if i + 1 == n { 2 } else { i % 3 } {
            0 => out.push_str(&format!("Teaser headline number {i} of the list\n")),
            1 => out.push_str(&format!("A snippet of another story, number {i}, cut short...\n")),
            _ => out.push_str(&format!("  • Bullet item number {i}\n")),
        }
    }
    out.push_str(SENTENCE.trim_end());
    out.push('\n');
    out
}

/// Deterministic binary junk (a linear congruential generator), with a
/// newline every so often like binary files have.
pub fn binary_junk(bytes: usize) -> Vec<u8> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..bytes)
        .map(|_| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 56) as u8
        })
        .collect()
}

/// Number of U+FFFD a lossy decoding of `bytes` adds: the invalid
/// sequences (counted without the library).
pub fn invalid_sequences(bytes: &[u8]) -> usize {
    let decoded = String::from_utf8_lossy(bytes);
    let genuine = bytes.windows(3).filter(|w| *w == "\u{fffd}".as_bytes()).count();
    decoded.matches('\u{fffd}').count() - genuine
}
