//! User rules and markers, as a user gives them to the builder: bad ones
//! are typed errors naming the rule, and no rule can make cleaning
//! super-linear (results only here; `benches/adversarial.rs` shows the time
//! at two sizes).

use newsclean::cleaners::SIZE_LIMIT;
use newsclean::lexicon::USER_PHRASES_LIMIT;
use newsclean::{Category, Error, Pipeline, PipelineBuilder, Scope};

/// What a bad rule must give.
#[derive(Debug, Clone, Copy)]
enum Want {
    InvalidPattern,
    PatternTooLarge,
    MatchesEmpty,
    EmptyPhrase,
}

fn matches(err: &Error, want: Want) -> bool {
    match want {
        Want::InvalidPattern => matches!(err, Error::InvalidPattern { .. }),
        Want::PatternTooLarge => matches!(err, Error::PatternTooLarge { .. }),
        Want::MatchesEmpty => matches!(err, Error::MatchesEmpty { .. }),
        Want::EmptyPhrase => matches!(err, Error::EmptyPhrase { .. }),
    }
}

/// The rule name an error carries, if its variant has one.
fn rule_of(err: &Error) -> Option<&str> {
    match err {
        Error::InvalidPattern { rule, .. }
        | Error::PatternTooLarge { rule, .. }
        | Error::MatchesEmpty { rule, .. }
        | Error::EmptyPhrase { rule } => Some(rule),
        _ => None,
    }
}

type Setup = fn(&mut PipelineBuilder);

#[test]
fn bad_rules_are_typed_errors_naming_the_rule() {
    let table: &[(&str, Setup, Want, &str)] = &[
        (
            "unclosed class",
            |b| {
                b.rule_regex("dates", "[0-9");
            },
            Want::InvalidPattern,
            "dates",
        ),
        (
            "unclosed group",
            |b| {
                b.rule_regex("group", "(abc");
            },
            Want::InvalidPattern,
            "group",
        ),
        (
            "look-around is not supported",
            |b| {
                b.rule_regex("ahead", "a(?=b)");
            },
            Want::InvalidPattern,
            "ahead",
        ),
        (
            "backreferences are not supported",
            |b| {
                b.rule_regex("backref", r"(a)\1");
            },
            Want::InvalidPattern,
            "backref",
        ),
        (
            "bad escape",
            |b| {
                b.rule_regex("escape", r"\q");
            },
            Want::InvalidPattern,
            "escape",
        ),
        (
            "the bad one among good ones",
            |b| {
                b.rule_regex("ok", "^Use code").rule_regex("broken", "a(").rule_regex("ok2", "b");
            },
            Want::InvalidPattern,
            "broken",
        ),
        (
            "counted repetition over the limit",
            |b| {
                b.rule_regex("huge", r"\w{1000}\w{1000}\w{1000}");
            },
            Want::PatternTooLarge,
            "huge",
        ),
        (
            "nested repetition over the limit",
            |b| {
                b.rule_regex("nested", "a{1000}{1000}");
            },
            Want::PatternTooLarge,
            "nested",
        ),
        (
            "unicode class repeated",
            |b| {
                b.rule_regex("classes", r"[\p{L}\p{N}]{400}");
            },
            Want::PatternTooLarge,
            "classes",
        ),
        (
            "matches everything",
            |b| {
                b.rule_regex("all", "x*");
            },
            Want::MatchesEmpty,
            "all",
        ),
        (
            "matches the empty line",
            |b| {
                b.rule_regex("blank", "^$");
            },
            Want::MatchesEmpty,
            "blank",
        ),
        (
            "optional everything",
            |b| {
                b.rule_regex("opt", "(?:Share)?");
            },
            Want::MatchesEmpty,
            "opt",
        ),
        (
            "empty phrase",
            |b| {
                b.rule_phrase("nothing", "");
            },
            Want::EmptyPhrase,
            "nothing",
        ),
        (
            "whitespace phrase",
            |b| {
                b.rule_phrase("spaces", " \t\u{a0} ");
            },
            Want::EmptyPhrase,
            "spaces",
        ),
        (
            "diacritics only",
            |b| {
                b.rule_phrase("harakat", "\u{064b}\u{0651}\u{0640}");
            },
            Want::EmptyPhrase,
            "harakat",
        ),
        (
            "bidi marks only",
            |b| {
                b.rule_phrase("marks", "\u{200f}\u{200e}");
            },
            Want::EmptyPhrase,
            "marks",
        ),
        (
            "the empty one among good ones",
            |b| {
                b.rule_phrase("ok", "Subscribe now").rule_phrase("empty", "").rule_regex("re", "^x$");
            },
            Want::EmptyPhrase,
            "empty",
        ),
    ];
    let mut failures = Vec::new();
    for (name, setup, want, rule) in table {
        let mut builder = Pipeline::builder();
        setup(&mut builder);
        match builder.build() {
            Ok(_) => failures.push(format!("{name}: built, want {want:?}")),
            Err(err) => {
                if !matches(&err, *want) {
                    failures.push(format!("{name}: got {err:?}, want {want:?}"));
                }
                if rule_of(&err) != Some(rule) {
                    failures.push(format!("{name}: error {err:?} does not name rule {rule:?}"));
                }
                if !err.to_string().contains(rule) {
                    failures.push(format!("{name}: message {:?} does not name rule {rule:?}", err.to_string()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn invalid_patterns_keep_the_regex_diagnostic() {
    let err = Pipeline::builder().rule_regex("dates", "[0-9").build().unwrap_err();
    let source = std::error::Error::source(&err).expect("the regex error is the source");
    assert!(source.to_string().contains("unclosed character class"), "{source}");
    assert!(matches!(&err, Error::InvalidPattern { pattern, .. } if pattern == "[0-9"));
}

#[test]
fn bad_markers_are_typed_errors() {
    let err = Pipeline::builder().marker("nl", Category::Related, Scope::Start, " \u{0651} ").build().unwrap_err();
    assert!(matches!(&err, Error::EmptyPhrase { rule } if rule.contains("nl") && rule.contains("related")), "{err:?}");
    let err = Pipeline::builder().marker("nl", Category::Related, Scope::Start, "").build().unwrap_err();
    assert!(matches!(err, Error::EmptyPhrase { .. }), "{err:?}");
}

#[test]
fn phrases_over_the_size_limit_are_refused() {
    let big = "x".repeat(USER_PHRASES_LIMIT / 2 + 1);
    let huge = "y".repeat(USER_PHRASES_LIMIT + 1);
    // (case, markers, phrase rules)
    let table: [(&str, Vec<&str>, Vec<&str>); 3] = [
        ("one marker over the limit", vec![&huge], vec![]),
        ("two markers over the limit", vec![&big, &big], vec![]),
        ("two phrase rules over the limit", vec![], vec![&big, &big]),
    ];
    for (name, markers, phrases) in &table {
        let mut builder = Pipeline::builder();
        for m in markers {
            builder.marker("xx", Category::Nav, Scope::Whole, m);
        }
        for (i, p) in phrases.iter().enumerate() {
            builder.rule_phrase(&format!("rule{i}"), p);
        }
        let err = builder.build().expect_err(name);
        assert!(
            matches!(err, Error::LexiconTooLarge { size, limit } if size > limit && limit == USER_PHRASES_LIMIT),
            "{name}: {err:?}"
        );
    }
}

/// Regex rules that each compile under the limit but not together are
/// refused as a whole.
#[test]
fn regex_rules_over_the_size_limit_together_are_refused() {
    let mut builder = Pipeline::builder();
    builder.rule_regex("one", "[a-z]{20000}x");
    assert!(builder.build().is_ok(), "one rule fits");
    for i in 0..8 {
        builder.rule_regex(&format!("r{i}"), &format!("[a-z]{{20000}}x{i}"));
    }
    let err = builder.build().unwrap_err();
    assert!(matches!(err, Error::PatternTooLarge { limit, .. } if limit == SIZE_LIMIT), "{err:?}");
    // The error names every rule of the set.
    assert!(
        matches!(&err, Error::PatternTooLarge { rule, .. } if rule.contains("one") && rule.contains("r7")),
        "{err:?}"
    );
}

/// Rules that take exponential time in a backtracking engine run on long
/// lines and give the right answer (the regex crate is linear; the
/// benchmark shows the time at two sizes).
#[test]
fn pathological_rules_on_long_lines() {
    let pipeline = Pipeline::builder()
        .rule_regex("nested plus", r"^(a+)+$")
        .rule_regex("alternation", r"(a|aa)*b")
        .rule_regex("words", r"^(\w+\s?)+!$")
        .build()
        .unwrap();
    let n = 200_000;
    let table: [(&str, String, bool); 4] = [
        ("all a: nested plus matches", "a".repeat(n), true),
        ("a then c: nothing matches", format!("{}c", "a".repeat(n)), false),
        ("words without the final !", "word ".repeat(n / 5), false),
        ("words with the final !", format!("{}!", "word ".repeat(n / 5).trim_end()), true),
    ];
    for (name, line, removed) in &table {
        let cleaned = pipeline.clean(line);
        assert_eq!(cleaned.text().is_empty(), *removed, "{name}");
        assert_eq!(cleaned.report().by_cleaner("rules").count(), usize::from(*removed), "{name}");
    }
}

/// Phrase rules fold the whole line; a long line with the phrase at the
/// very end is still found.
#[test]
fn phrase_rules_see_the_whole_of_long_lines() {
    let pipeline = Pipeline::builder().rule_phrase("promo", "اشترك في نشرتنا").build().unwrap();
    let line = format!("{} اشترك في نشرتنا", "كلمة ".repeat(100_000));
    let cleaned = pipeline.clean(&line);
    assert_eq!(cleaned.text(), "");
    let rules: Vec<_> = cleaned.report().by_cleaner("rules").map(|r| r.detail.as_ref()).collect();
    assert_eq!(rules, ["promo"]);
}

/// Good rules build and do their job, inside the default pipeline.
#[test]
fn good_rules_remove_what_they_match() {
    let pipeline = Pipeline::builder()
        .rule_regex("promo", r"(?i)^use code \w+")
        .rule_phrase("newsletter", "اشترك في نشرتنا")
        .marker("nl", Category::Related, Scope::Start, "Lees ook")
        .build()
        .unwrap();
    let page = "Use code SAVE10 today\nاشترك في نشرتنا البريدية\nLees ook:\nDe burgemeester sprak lang over de begroting van de stad.\n";
    let cleaned = pipeline.clean(page);
    assert_eq!(cleaned.text(), "De burgemeester sprak lang over de begroting van de stad.\n");
    let rules: Vec<_> = cleaned.report().by_cleaner("rules").map(|r| r.detail.as_ref()).collect();
    assert_eq!(rules, ["promo", "newsletter"]);
}
