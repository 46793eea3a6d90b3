//! Building a pipeline from arbitrary user rules and markers returns `Ok`
//! or `Err`, never panics; a pipeline that builds cleans a fixed page.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use newsclean::{Category, Pipeline, Scope};

#[derive(Debug, Arbitrary)]
enum Rule {
    Regex(String, String),
    Phrase(String, String),
    Marker(String, u8, u8, String),
}

const PAGE: &str = "Share on Facebook\n\
                    Storm hits the coast\n\
                    A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\
                    المصدر: الحرة\n\
                    إقرأ أيضاً:\n\
                    Tags: weather, storms\n";

fuzz_target!(|rules: Vec<Rule>| {
    let mut builder = Pipeline::builder();
    for rule in rules.iter().take(8) {
        match rule {
            Rule::Regex(name, pattern) => builder.rule_regex(name, pattern),
            Rule::Phrase(name, phrase) => builder.rule_phrase(name, phrase),
            Rule::Marker(lang, category, scope, phrase) => {
                let category = Category::ALL[*category as usize % Category::ALL.len()];
                let scope = [Scope::Anywhere, Scope::Glued, Scope::Start, Scope::Whole][*scope as usize % 4];
                builder.marker(lang, category, scope, phrase)
            }
        };
    }
    if let Ok(pipeline) = builder.build() {
        let cleaned = pipeline.clean(PAGE);
        for removal in cleaned.report() {
            assert!(PAGE.get(removal.span.clone()).is_some(), "bad span {removal:?}");
        }
    }
});
