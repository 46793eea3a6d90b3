//! Adversarial inputs a corpus job meets: a 10 MB single line, a million
//! empty lines, 100,000 lines of marker phrases, a page that is only
//! boilerplate, a page that is already clean, bytes that are not UTF-8.
//!
//! Each must come out right, with the report and the kept text accounting
//! for every byte (`common::check_accounting`). These tests check results
//! only; how time grows with size is shown by `benches/adversarial.rs`, and
//! `examples/adversarial.rs` runs one input for measuring time and memory.

mod common;

use common::inputs;
use common::{check_accounting, check_all, check_subsequence, expected_articles, short};
use newsclean::Pipeline;

const MB: usize = 1 << 20;

/// A 10 MB line: kept whole when it is prose, collapsed when it holds
/// whitespace runs, dropped when it is only whitespace.
#[test]
fn ten_megabyte_single_line() {
    let pipeline = Pipeline::default();
    let prose = inputs::single_line(10 * MB);
    let arabic = inputs::single_line_ar(10 * MB);
    let spaced = inputs::single_line_spaced(10 * MB);
    let letters = "x".repeat(10 * MB);
    let blank = " \u{a0}\t\u{200f}".repeat(10 * MB / 7);
    let table: [(&str, &str, String); 5] = [
        ("prose", &prose, format!("{}\n", prose.trim_end())),
        ("arabic prose", &arabic, format!("{}\n", arabic.trim_end())),
        ("whitespace runs", &spaced, inputs::single_line_spaced_expected(10 * MB)),
        ("one letter repeated", &letters, format!("{letters}\n")),
        ("only whitespace and bidi marks", &blank, String::new()),
    ];
    for (name, input, expected) in &table {
        assert!(input.len() >= 9 * MB, "{name}: input is {} bytes", input.len());
        let cleaned = pipeline.clean(input);
        assert!(cleaned.text() == expected, "{name}: got {}", short(cleaned.text()));
        check_accounting(input, &cleaned).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// A million empty lines, with every line terminator, alone or around an
/// article.
#[test]
fn a_million_empty_lines() {
    let pipeline = Pipeline::default();
    let n = 1_000_000;
    let p1 = "The summit opened on Monday with a long speech by the host.";
    let p2 = "Delegates then met behind closed doors until late at night.";
    let table: [(&str, String, String); 6] = [
        ("LF", inputs::empty_lines(n), String::new()),
        ("CRLF", "\r\n".repeat(n), String::new()),
        ("CR", "\r".repeat(n), String::new()),
        ("blank with spaces and marks", " \u{200f}\t\n".repeat(n), String::new()),
        (
            "around an article",
            format!("{}{p1}{}{p2}{}", "\n".repeat(n), "\n".repeat(n), "\n".repeat(n)),
            format!("{p1}\n\n{p2}\n"),
        ),
        ("no terminator at the end", format!("{}{p1}", "\r\n".repeat(n)), format!("{p1}\n")),
    ];
    for (name, input, expected) in &table {
        let cleaned = pipeline.clean(input);
        assert_eq!(cleaned.text(), expected, "{name}");
        assert!(cleaned.report().is_empty(), "{name}: blank lines are layout, not removals");
        check_accounting(input, &cleaned).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// 100,000 lines of real marker phrases: every line is accounted for, and
/// size changes no decision: the lines kept are lines also kept when each
/// phrase appears once (the few that only mark the end of an article, which
/// a page without prose does not have).
#[test]
fn a_hundred_thousand_marker_lines() {
    let pipeline = Pipeline::default();
    let input = inputs::marker_lines(100_000);
    let cleaned = pipeline.clean(&input);
    check_accounting(&input, &cleaned).unwrap();
    check_subsequence(&input, cleaned.text()).unwrap();
    let once = pipeline.clean(&inputs::marker_lines(inputs::MARKER_LINES.len()));
    let kept_once = common::paragraphs(once.text());
    assert!(kept_once.len() * 4 <= inputs::MARKER_LINES.len(), "most phrases go: kept {kept_once:?}");
    let kept = common::paragraphs(cleaned.text());
    let extra: Vec<_> = kept.iter().filter(|l| !kept_once.contains(l)).take(20).collect();
    assert!(extra.is_empty(), "kept on the big page only: {extra:?}");
}

/// 100,000 marker lines after an article: the article stays, all of the
/// rest goes.
#[test]
fn an_article_followed_by_a_hundred_thousand_marker_lines() {
    let pipeline = Pipeline::default();
    let article = expected_articles()[0].1;
    let input = format!("{article}{}", inputs::marker_lines(100_000));
    let cleaned = pipeline.clean(&input);
    assert!(cleaned.text() == article, "got {}", short(cleaned.text()));
    check_accounting(&input, &cleaned).unwrap();
}

/// A "read also" heading followed by 100,000 teaser items, then a
/// paragraph: the list goes, the paragraph stays.
#[test]
fn a_related_list_of_a_hundred_thousand_items() {
    let pipeline = Pipeline::default();
    let input = inputs::related_list(100_000);
    let cleaned = pipeline.clean(&input);
    assert_eq!(cleaned.text(), format!("{}\n", inputs::SENTENCE.trim_end()));
    check_accounting(&input, &cleaned).unwrap();
}

/// Pages that are only boilerplate come out empty, without error, and the
/// report names every line.
#[test]
fn only_boilerplate_gives_empty_output() {
    let pipeline = Pipeline::default();
    let table: [(&str, String); 5] = [
        ("share widgets", "Share on Facebook\nTweet\nfacebooktwitteryoutubeinstagram\n".into()),
        ("notices", "Advertisement\nspot_img\nPlease enable JavaScript to view this page.\n".into()),
        ("menu", "Home\nWorld\nPolitics\nSport\nMenu\n".into()),
        ("arabic furniture", "الرئيسية\nأخبار\nرياضة\nاقتصاد\nإقرأ أيضاً:\nكلمات دلالية:\nجميع الحقوق محفوظة\n".into()),
        ("related list", "Related articles\n  • Second teaser\nTen things to know about summits…\n".into()),
    ];
    for (name, input) in &table {
        let cleaned = pipeline.clean(input);
        assert_eq!(cleaned.text(), "", "{name}");
        assert_eq!(cleaned.report().lines().count(), common::text_lines(input).len(), "{name}: one removal per line");
        check_all(&pipeline, input, true).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

/// A clean article comes out unchanged, whatever its line terminators, and
/// nothing is reported removed.
#[test]
fn clean_articles_come_out_unchanged() {
    let pipeline = Pipeline::default();
    for (name, article) in expected_articles() {
        for (variant, input) in [("LF", article.to_owned()), ("CRLF", article.replace('\n', "\r\n"))] {
            let cleaned = pipeline.clean(&input);
            assert!(cleaned.text() == article, "{name} ({variant}): got {}", short(cleaned.text()));
            assert!(cleaned.report().is_empty(), "{name} ({variant}): removed {:?}", cleaned.report().as_slice());
        }
    }
}

/// Bytes that are not UTF-8 go through `clean_bytes`: decoded lossily, the
/// replacements counted, the rest cleaned as usual.
#[test]
fn invalid_utf8_through_clean_bytes() {
    let pipeline = Pipeline::default();
    let p1 = "The summit opened on Monday with a long speech by the host.";
    let junk = inputs::binary_junk(MB);
    let table: Vec<(&str, Vec<u8>, Option<String>, usize)> = vec![
        ("valid", format!("Advertisement\n{p1}\n").into_bytes(), Some(format!("{p1}\n")), 0),
        (
            "lone 0xFF",
            b"Caf\xff au lait is served all day long in the city.\n".to_vec(),
            Some("Caf\u{fffd} au lait is served all day long in the city.\n".into()),
            1,
        ),
        (
            "Latin-1 page",
            b"Advertisement\nLe caf\xe9 ouvre \xe0 huit heures tous les jours de la semaine.\n".to_vec(),
            Some("Le caf\u{fffd} ouvre \u{fffd} huit heures tous les jours de la semaine.\n".into()),
            2,
        ),
        ("truncated sequence at the end", [p1.as_bytes(), b"\xe2\x80"].concat(), Some(format!("{p1}\u{fffd}\n")), 1),
        ("overlong NUL", [p1.as_bytes(), b" \xc0\x80"].concat(), Some(format!("{p1} \u{fffd}\u{fffd}\n")), 2),
        ("surrogate", [p1.as_bytes(), b" \xed\xa0\x80"].concat(), Some(format!("{p1} \u{fffd}\u{fffd}\u{fffd}\n")), 3),
        ("genuine U+FFFD is not counted", format!("{p1} \u{fffd}\n").into_bytes(), Some(format!("{p1} \u{fffd}\n")), 0),
        ("only invalid bytes", vec![0xff; 1000], Some(format!("{}\n", "\u{fffd}".repeat(1000))), 1000),
        (
            "UTF-16LE is valid UTF-8 with NULs",
            "Storm hits the coast\n".encode_utf16().flat_map(u16::to_le_bytes).collect(),
            None,
            0,
        ),
        ("1 MB of binary junk", junk.clone(), None, inputs::invalid_sequences(&junk)),
    ];
    for (name, bytes, expected, invalid) in &table {
        let cleaned = pipeline.clean_bytes(bytes);
        let decoded = String::from_utf8_lossy(bytes);
        if let Some(expected) = expected {
            assert_eq!(cleaned.text(), expected, "{name}");
        }
        assert_eq!(cleaned.invalid_utf8(), *invalid, "{name}");
        assert_eq!(cleaned.invalid_utf8() == 0, std::str::from_utf8(bytes).is_ok(), "{name}");
        // Same as cleaning the decoded text; spans refer to it.
        assert_eq!(cleaned.clone().into_parts(), pipeline.clean(&decoded).into_parts(), "{name}");
        for r in cleaned.report() {
            assert!(decoded.get(r.span.clone()).is_some(), "{name}: span {:?} off the decoded text", r.span);
        }
    }
}
