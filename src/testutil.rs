//! Test helpers: `assert_cleaner!` checks a cleaner alone and inside the
//! default pipeline.

use crate::{Cleaner, Pipeline, PipelineBuilder};

/// Lays out `lines` as the pipeline renders text: one paragraph per
/// non-blank line, separated by one blank line.
pub(crate) fn paragraphs(lines: &str) -> String {
    let kept: Vec<&str> = lines.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if kept.is_empty() { String::new() } else { kept.join("\n\n") + "\n" }
}

/// Runs `cleaner` alone on `input` and compares with `expected` (laid out
/// with [`paragraphs`]); then checks
/// that every line it removed alone is also removed by the default pipeline.
pub(crate) fn check<C: Cleaner + Clone + 'static>(cleaner: &C, input: &str, expected: &str) {
    let alone = PipelineBuilder::empty().push(cleaner.clone()).build().unwrap();
    let out = alone.clean(input);
    assert_eq!(
        out.text(),
        paragraphs(expected),
        "\nhelp: `{}` alone on {:?}\nremovals: {:#?}",
        cleaner.name(),
        input,
        out.report().as_slice()
    );
    let full = Pipeline::default().clean(input);
    for r in out.report().lines() {
        assert!(
            full.report().lines().any(|f| f.span == r.span),
            "help: line {:?} removed by `{}` alone is kept by the default pipeline:\n{}",
            r.text(input),
            cleaner.name(),
            full.text()
        );
    }
}

/// `assert_cleaner!(Cleaner, [name: input => expected, ...])`
macro_rules! assert_cleaner {
    ($cleaner:expr, [ $( $name:ident : $input:expr => $expected:expr ),* $(,)? ]) => {
        $(
            #[test]
            fn $name() {
                $crate::testutil::check(&$cleaner, $input, $expected);
            }
        )*
    };
}

pub(crate) use assert_cleaner;
