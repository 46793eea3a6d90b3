//! Invariants of cleaning, on any input.
//!
//! Property tests (proptest) generate pages from arbitrary strings, bidi
//! marks, combining marks, CRLF and lone CR, NUL, emoji, very long and very
//! short lines, real marker phrases and real prose, and check on each:
//!
//! - no panic;
//! - idempotence: `clean(clean(x)) == clean(x)`;
//! - output paragraphs are input lines with whitespace collapsed, in input
//!   order (never invented text);
//! - accounting: the report's removed spans and the kept text account for
//!   every byte of the input (see `common::check_accounting`);
//! - determinism: same input, same output, report and metadata.
//!
//! The same checks run on the fixtures and on a table of edge inputs.
//!
//! Case counts: `PROPTEST_CASES` (default 256 per property) raises them,
//! e.g. `PROPTEST_CASES=20000 cargo test --release --test invariants`.

mod common;

use common::{MARKER_LINES, check_accounting, check_all, check_idempotent, check_output, prose_lines};
use newsclean::{Pipeline, PipelineBuilder};
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::FileFailurePersistence;

/// Characters that trip text handling up.
fn odd_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => select(vec![
            '\u{200e}', '\u{200f}', '\u{061c}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
            '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', // bidi marks
            '\u{0301}', '\u{0308}', '\u{064b}', '\u{064e}', '\u{0651}', '\u{0652}', '\u{0670}', '\u{0640}', // combining, tatweel
            '\u{200b}', '\u{feff}', '\u{2060}', '\u{180e}', '\u{200c}', '\u{200d}', '\u{00ad}', // zero-width
            '\0', '\t', '\x0b', '\x0c', ' ', '\u{a0}', '\u{3000}', '\u{2028}', '\u{2029}', '\u{85}', // spaces, NUL
            '\r', '\n',
            '😀', '👍', '\u{1f3fd}', '\u{fe0f}', '🇸', '🇾', // emoji, skin tone, VS16, regional indicators
            'İ', 'ß', 'ﬁ', 'Σ', 'ς', 'ǅ', // case mapping that changes length
            'أ', 'إ', 'آ', 'ى', 'ة', 'ی', 'ک', 'ا', 'ل', 'م', '؟', '،', '؛', // Arabic
            '北', '京', '。', 'ก', // unspaced scripts
            '.', '…', ':', '：', '•', '-', '–', '©', '@', '#', '|', '"', '«', '»', '(', ')',
            '\u{fffd}', '\u{10ffff}',
        ]),
        1 => any::<char>(),
        2 => proptest::char::range('a', 'z'),
    ]
}

/// A line made of odd characters.
fn odd_line() -> impl Strategy<Value = String> {
    prop::collection::vec(odd_char(), 0..40).prop_map(|v| v.into_iter().collect())
}

/// Decorations scrapers put around a line.
fn decorate(line: String, lead: &str, trail: &str) -> String {
    format!("{lead}{line}{trail}")
}

/// One line of a page.
fn line() -> impl Strategy<Value = String> {
    let prose = prose_lines();
    let lead = select(vec!["", "", "", " ", "  ", "\u{200f}", "\u{a0}", "\t", "\u{feff}", "• ", "  • ", "- "]);
    let trail = select(vec!["", "", "", " ", ":", "...", "…", "\u{200f}", " \u{200b}", ".", "!"]);
    prop_oneof![
        4 => (select(MARKER_LINES.to_vec()), lead.clone(), trail.clone())
            .prop_map(|(m, l, t)| decorate(m.to_owned(), l, t)),
        4 => (select(prose.clone()), lead.clone(), trail.clone()).prop_map(|(p, l, t)| decorate(p.to_owned(), l, t)),
        // Prose with whitespace runs and odd characters inside.
        1 => (select(prose.clone()), odd_line(), 0usize..200)
            .prop_map(|(p, junk, at)| {
                let at = (0..=at.min(p.len())).rev().find(|&i| p.is_char_boundary(i)).unwrap_or(0);
                format!("{}{junk}{}", &p[..at], &p[at..])
            }),
        // Two marker or prose lines glued together.
        1 => (select(MARKER_LINES.to_vec()), select(prose.clone()))
            .prop_map(|(m, p)| format!("{m}{p}")),
        2 => select(vec!["Home", "News", "Sport", "Menu", "Search", "Login", "A", "Q:", "***", "1", "x", ".", "…"])
            .prop_map(str::to_owned),
        3 => odd_line(),
        2 => any::<String>(),
        // Very long lines: a sentence or a marker repeated.
        1 => (select(prose.clone()), 2usize..60).prop_map(|(p, n)| vec![p; n].join(" ")),
        1 => (select(MARKER_LINES.to_vec()), 2usize..400).prop_map(|(m, n)| vec![m; n].join(" ")),
        1 => ("[a-z ]{1,5}", 1000usize..5000).prop_map(|(s, n)| s.repeat(n)),
        // Very short lines.
        1 => odd_char().prop_map(String::from),
    ]
}

/// A line terminator (or none: the next line is glued on).
fn terminator() -> impl Strategy<Value = &'static str> {
    select(vec!["\n", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\u{200f}\n", ""])
}

/// A page: lines with terminators.
fn page() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), terminator()), 0..30).prop_map(|parts| {
        parts.into_iter().fold(String::new(), |mut s, (l, t)| {
            s.push_str(&l);
            s.push_str(t);
            s
        })
    })
}

/// A pipeline with user rules and markers on top of the default stages
/// (built once: compiling the markers is the slow part).
fn with_rules() -> &'static Pipeline {
    static RULES: LazyLock<Pipeline> = LazyLock::new(|| {
        Pipeline::builder()
            .rule_regex("promo", r"(?i)^use code \w+")
            .rule_phrase("newsletter", "اشترك في نشرتنا")
            .marker("nl", newsclean::Category::Related, newsclean::Scope::Start, "Lees ook")
            .build()
            .expect("valid rules")
    });
    &RULES
}

/// The default stages without `whitespace`.
fn without_whitespace() -> &'static Pipeline {
    static NO_WS: LazyLock<Pipeline> =
        LazyLock::new(|| PipelineBuilder::new().remove("whitespace").build().expect("valid pipeline"));
    &NO_WS
}

proptest! {
    #![proptest_config(ProptestConfig {
        max_shrink_iters: 4096,
        // Failing cases are saved next to this file and replayed first.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    /// Every invariant but idempotence (below) with the default pipeline
    /// on generated pages.
    #[test]
    fn default_pipeline_invariants(input in page()) {
        let pipeline = Pipeline::default();
        if let Err(e) = check_output(&pipeline, &input, true) {
            prop_assert!(false, "{e}\ninput: {}", common::short(&input));
        }
    }

    /// The same with user rules and markers added.
    #[test]
    fn pipeline_with_rules_invariants(input in page()) {
        if let Err(e) = check_output(with_rules(), &input, true) {
            prop_assert!(false, "{e}\ninput: {}", common::short(&input));
        }
    }

    /// Arbitrary strings (any Unicode, not only our alphabet).
    #[test]
    fn arbitrary_strings(input in any::<String>()) {
        if let Err(e) = check_output(&Pipeline::default(), &input, true) {
            prop_assert!(false, "{e}\ninput: {}", common::short(&input));
        }
    }

    /// Without the whitespace stage text is not collapsed, but the report
    /// and kept text still account for every byte, and a pipeline that
    /// removes nothing reports nothing.
    #[test]
    fn empty_pipeline_accounts_for_every_byte(input in page()) {
        let cleaned = Pipeline::empty().clean(&input);
        prop_assert!(cleaned.report().is_empty());
        if let Err(e) = check_accounting(&input, &cleaned) {
            prop_assert!(false, "{e}\ninput: {}", common::short(&input));
        }
        if let Err(e) = check_output(without_whitespace(), &input, false) {
            prop_assert!(false, "{e}\ninput: {}", common::short(&input));
        }
    }

    /// Idempotence: cleaning the output again changes nothing, with the
    /// default pipeline, with user rules and without the whitespace stage.
    #[test]
    fn idempotent(input in page()) {
        let default = Pipeline::default();
        for pipeline in [&default, with_rules(), without_whitespace()] {
            if let Err(e) = check_idempotent(pipeline, &pipeline.clean(&input)) {
                prop_assert!(false, "{e}\ninput: {}", common::short(&input));
            }
        }
    }

    /// Arbitrary bytes through `clean_bytes`: same as cleaning the lossy
    /// decoding, and the replaced sequences are counted.
    #[test]
    fn clean_bytes_is_clean_of_the_lossy_text(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let pipeline = Pipeline::default();
        let cleaned = pipeline.clean_bytes(&bytes);
        let decoded = String::from_utf8_lossy(&bytes);
        prop_assert_eq!(&cleaned.clone().into_parts(), &pipeline.clean(&decoded).into_parts());
        match std::str::from_utf8(&bytes) {
            Ok(_) => prop_assert_eq!(cleaned.invalid_utf8(), 0),
            Err(_) => {
                // Every U+FFFD in the decoded text is a replaced sequence or
                // one that was in the input already.
                let genuine = bytes.windows(3).filter(|w| *w == "\u{fffd}".as_bytes()).count();
                let added = decoded.matches('\u{fffd}').count() - genuine;
                prop_assert!(cleaned.invalid_utf8() > 0);
                prop_assert_eq!(cleaned.invalid_utf8(), added);
            }
        }
        if let Err(e) = check_accounting(&decoded, &cleaned) {
            prop_assert!(false, "{e}\ninput: {bytes:?}");
        }
    }
}

/// Edge inputs, each checked against every invariant.
#[test]
fn edge_inputs() {
    let long_prose = "The summit opened on Monday with a long speech by the host. ".repeat(2000);
    let table: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("one newline", "\n".into()),
        ("only blank lines", "\n\r\n\r \n\u{a0}\n\u{200f}\n\t\n".into()),
        ("no trailing newline", "Storm hits the coast\nA powerful storm hit the coast on Monday.".into()),
        ("crlf", "Share on Facebook\r\nStorm hits the coast\r\nA powerful storm hit the coast on Monday.\r\n".into()),
        ("lone cr", "Advertisement\rStorm hits the coast\rA powerful storm hit the coast on Monday.\r".into()),
        ("nul", "\0\n\0\0\nThe\0mayor spoke.\n".into()),
        ("rtl marks", "\u{200f}المصدر: الحرة\u{200f}\n\u{202b}وصل الرئيس إلى العاصمة صباح الثلاثاء.\u{202c}\n".into()),
        ("combining only", "\u{0301}\u{0301}\u{064b}\n\u{0651}\n".into()),
        ("zero width run", "a\u{200b}\u{200b}b\ne \u{200b}f\n".into()),
        ("emoji", "👍🏽👍🏽 Share\n🇸🇾 سوريا\n👨\u{200d}👩\u{200d}👧 family\n".into()),
        ("case expansion", "İİİ Read also: İstanbul\nẞ ǅ ﬁ\n".into()),
        ("long line", long_prose.clone()),
        ("long line twice", format!("{long_prose}\n{long_prose}\n")),
        ("repeated lines", "Storm hits the coast\n".repeat(60_000)),
        ("only markers", MARKER_LINES.join("\n")),
    ];
    let pipelines = [("default", &Pipeline::default(), true), ("rules", with_rules(), true)];
    let mut failures = Vec::new();
    for (name, input) in &table {
        for (pname, pipeline, collapses) in &pipelines {
            if let Err(e) = check_all(pipeline, input, *collapses) {
                failures.push(format!("{name} ({pname}): {e}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The real pages and their clean articles satisfy every invariant.
#[test]
fn fixtures_satisfy_the_invariants() {
    let pipeline = Pipeline::default();
    let mut failures = Vec::new();
    for (name, input) in common::fixture_pages().into_iter().chain(common::expected_articles()) {
        if let Err(e) = check_all(&pipeline, input, true) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Regression: a zero-width space that starts a whitespace run must not be
/// the character the whitespace stage keeps (it renders as nothing and
/// would glue two words: "a\u{200b} b" came out "ab").
#[test]
fn zero_width_space_first_in_a_run_keeps_the_break() {
    for (input, expected) in [
        ("a\u{200b} b\n", "a b\n"),
        ("a\u{feff}\tb\n", "a b\n"),
        ("\u{301}\u{200b}\t😀\n", "\u{301} 😀\n"),
        ("a \u{200b}b\n", "a b\n"),
        ("a\u{200b}b\n", "ab\n"),
    ] {
        assert_eq!(Pipeline::default().clean(input).text(), expected, "{input:?}");
    }
}

/// Regression: the navigation stage decides whether a menu word stands
/// inside the article from prose lines that the later article stage
/// removes; without settling, a second cleaning removed the menu word.
#[test]
fn idempotent_on_found_cases() {
    let copyright = ["© 2024 All rights reserved"; 6].join(" ");
    let table = [
        format!("Related\n{copyright}\nHome\nThe summit opened on Monday with a long speech by the host.\n"),
        "أشكال مختلفة، من صور، وكلها فنية، وتماثيل نصفية”.\nRead also: Putin visits Pyongyang...\nHome\n\
         بعضهما البعض؟ ماذا يريد بوتين وكيم من بعضهما البعض؟ ماذا يريد بوتين وكيم من بعضهما البعض؟\n"
            .to_owned(),
        // Nothing removed, but the output differs from the input: the
        // invisible spaces split words that the output joins, and a line of
        // nine words measured as prose has seven once written out.
        "😀\u{200b}!\t😀\u{feff}تاريخ النشر: 19th, June 2024 GMT.\nHome\n\
         تخدم زيارة بوتين إلى كوريا الشمالية \"هدفا مزدوجا للزعيمين\"، وفق صحيفة \"وول ستريت جورنال\" التي نقلت عن محللين، \
         قولهم إن \"كلاً منهما يريد انتزاع المزيد من الآخر بينما يثير قلق الغرب\". تخدم زيارة بوتين إلى كوريا الشمالية \
         \"هدفا مزدوجا للزعيمين\"، وفق صحيفة \"وول ستريت جورنال\" التي نقلت عن محللين، قولهم إن \"كلاً منهما يريد انتزاع \
         المزيد من الآخر بينما يثير قلق الغرب\".\n"
            .to_owned(),
    ];
    let pipeline = Pipeline::default();
    for input in &table {
        check_idempotent(&pipeline, &pipeline.clean(input)).unwrap_or_else(|e| panic!("{e}\ninput: {input:?}"));
    }
}

/// Regression: whitespace characters are written as plain spaces, also a
/// vertical tab or a form feed in an otherwise ASCII piece of a line (once
/// output as is).
#[test]
fn vertical_tab_and_form_feed_render_as_spaces() {
    for (input, expected) in [("a\x0bb\n", "a b\n"), ("a\x0cb\n", "a b\n"), ("\x0e\x0b\x0e\n", "\x0e \x0e\n")] {
        assert_eq!(Pipeline::default().clean(input).text(), expected, "{input:?}");
        assert_eq!(Pipeline::empty().clean(input).text(), expected, "{input:?}");
    }
}

/// Regression: `Report::removed_bytes` counts the bytes of input covered by
/// removals once, also a whitespace span inside a line removed later.
#[test]
fn removed_bytes_counts_each_byte_once() {
    let input = "Share  on Facebook\nThe summit opened on Monday with a long speech by the host.\n";
    let cleaned = Pipeline::default().clean(input);
    assert_eq!(cleaned.text(), "The summit opened on Monday with a long speech by the host.\n");
    assert_eq!(cleaned.report().removed_bytes(), "Share  on Facebook".len());
}
