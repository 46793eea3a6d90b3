//! `Pipeline::clean` on arbitrary bytes (through `clean_bytes`, which
//! decodes them lossily): no panic, and the output is well formed.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use newsclean::Pipeline;

static DEFAULT: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

fuzz_target!(|data: &[u8]| {
    let cleaned = DEFAULT.clean_bytes(data);
    let decoded = String::from_utf8_lossy(data);
    assert_eq!(cleaned.invalid_utf8() == 0, std::str::from_utf8(data).is_ok());
    let text = cleaned.text();
    assert!(text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")), "bad layout: {text:?}");
    for removal in cleaned.report() {
        assert!(decoded.get(removal.span.clone()).is_some(), "bad span {removal:?}");
    }
    // Cleaning never adds text: every output paragraph is in the input
    // once whitespace is ignored.
    let squeeze = |s: &str| s.chars().filter(|c| !newsclean::text::is_space(*c)).collect::<String>();
    let input = squeeze(&decoded);
    for para in text.split('\n').filter(|p| !p.is_empty()) {
        assert!(input.contains(&squeeze(para)), "invented paragraph {para:?}");
    }
});
