//! Built-in marker phrases, one file per language. Each file is a plain table
//! of `(category, scope, phrase)`: data, not logic. To add a language, add a
//! file with a `MARKERS` table and list it in [`TABLES`].

use crate::lexicon::BuiltinMarker;

mod ar;
mod cjk;
mod cs;
mod de;
mod en;
mod es;
mod fr;
mod it;
mod neutral;
mod pl;
mod pt;

/// Every built-in table with its language tag (`"*"`: language-neutral).
pub(crate) const TABLES: &[(&str, &[BuiltinMarker])] = &[
    ("*", neutral::MARKERS),
    ("ar", ar::MARKERS),
    ("ar", ar::DATES),
    ("en", en::MARKERS),
    ("en", en::DATES),
    ("fr", fr::MARKERS),
    ("fr", fr::DATES),
    ("es", es::MARKERS),
    ("es", es::DATES),
    ("de", de::MARKERS),
    ("de", de::DATES),
    ("pl", pl::MARKERS),
    ("it", it::MARKERS),
    ("cs", cs::MARKERS),
    ("pt", pt::MARKERS),
    ("pt", pt::DATES),
    ("zh", cjk::ZH),
    ("ja", cjk::JA),
    ("th", cjk::TH),
];

/// The built-in language codes.
pub const LANGUAGES: &[&str] = &["ar", "en", "fr", "es", "de", "pl", "pt", "it", "cs", "zh", "ja", "th"];
