//! Text helpers shared by the cleaners: character classes, folding for
//! matching, and per-line features.
//!
//! Everything here measures text in characters, never bytes, and has an ASCII
//! fast path. Folding (see [`fold_into`]) exists only for *matching*: the
//! output always keeps the original letters.

/// How a line ends, looking past closing quotes and brackets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Ending {
    /// Sentence-final punctuation of any script: `. ! ? ؟ ۔ 。 ！ ？` and friends.
    Terminal,
    /// A question or exclamation mark (also counted as terminal by
    /// [`Ending::is_terminal`]); headlines often end this way.
    Question,
    /// A truncation mark: `...` or `…` (teaser snippets end this way).
    Ellipsis,
    /// A colon: `:` or `：` (labels end this way).
    Colon,
    /// Anything else: a letter, a digit, other punctuation.
    #[default]
    Open,
}

impl Ending {
    /// True for [`Ending::Terminal`] and [`Ending::Question`].
    ///
    /// ```
    /// use newsclean::text::{ending_of, Ending};
    /// assert!(ending_of("It rained.").is_terminal());
    /// assert!(ending_of("هل ستشارك روسيا؟").is_terminal());
    /// assert_eq!(ending_of("Read more…"), Ending::Ellipsis);
    /// ```
    pub fn is_terminal(self) -> bool {
        matches!(self, Ending::Terminal | Ending::Question)
    }
}

/// Whitespace for layout purposes: Unicode `White_Space` plus the invisible
/// spaces scrapers leave behind (U+200B ZERO WIDTH SPACE, U+FEFF BOM,
/// U+2060 WORD JOINER, U+180E). U+200C (ZWNJ) and U+200D (ZWJ) are *not*
/// whitespace: Persian, Urdu, Indic scripts and emoji need them.
///
/// ```
/// use newsclean::text::is_space;
/// assert!(is_space('\u{a0}') && is_space('\u{200b}') && is_space('\t'));
/// assert!(!is_space('\u{200c}') && !is_space('a'));
/// ```
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c == '\x0b';
    }
    c.is_whitespace() || is_zero_width_space(c)
}

/// Invisible spaces that render as nothing: U+200B, U+FEFF, U+2060, U+180E.
#[inline]
pub fn is_zero_width_space(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{180e}')
}

/// Bidirectional formatting marks (LRM, RLM, ALM, embeddings, isolates).
/// They are invisible; matching ignores them and line trimming drops them at
/// the edges of a line.
#[inline]
pub fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Trims layout whitespace and bidi marks from both ends of `s`.
///
/// ```
/// use newsclean::text::trim;
/// assert_eq!(trim("\u{200f} \u{a0}مرحبا\u{200b} "), "مرحبا");
/// ```
pub fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| is_space(c) || is_bidi_mark(c))
}

/// Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef) and tatweel.
#[inline]
fn is_arabic_ignorable(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{0640}' | '\u{06d6}'..='\u{06ed}')
}

/// Folds one character for matching. Returns `None` for characters that
/// matching ignores (diacritics, tatweel, bidi marks, zero-width spaces).
/// Every character maps to at most one character, so folded offsets can be
/// walked back to the original.
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(if c.is_ascii_whitespace() { ' ' } else { c.to_ascii_lowercase() });
    }
    match c {
        // Arabic letter variants.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Some('\u{0627}'),
        '\u{0649}' | '\u{06cc}' | '\u{06d2}' => Some('\u{064a}'),
        '\u{0629}' | '\u{06c0}' => Some('\u{0647}'),
        '\u{06a9}' => Some('\u{0643}'),
        c if is_arabic_ignorable(c) => None,
        '\u{0600}'..='\u{06ff}' => Some(c),
        c if is_bidi_mark(c) || is_zero_width_space(c) || c == '\u{200c}' || c == '\u{200d}' || c == '\u{ad}' => None,
        // Typographic punctuation to ASCII.
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => Some('\''),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => Some('"'),
        '\u{2010}'..='\u{2015}' => Some('-'),
        '\u{ff1a}' => Some(':'),
        c if c.is_whitespace() => Some(' '),
        c => Some(c.to_lowercase().next().unwrap_or(c)),
    }
}

/// Appends the folded form of `s` to `out`, reading at most `max_chars`
/// characters: letters are lower-cased, Arabic letter variants unified
/// (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك), diacritics, tatweel, bidi marks and
/// zero-width characters dropped, whitespace runs collapsed to one space and
/// a space before a colon dropped. Returns the number of characters read.
///
/// ```
/// use newsclean::text::fold_into;
/// let mut out = String::new();
/// fold_into("إقرأ أيضاً :", usize::MAX, &mut out);
/// assert_eq!(out, "اقرا ايضا:");
/// out.clear();
/// fold_into("Read\u{a0}ALSO", usize::MAX, &mut out);
/// assert_eq!(out, "read also");
/// ```
pub fn fold_into(s: &str, max_chars: usize, out: &mut String) -> usize {
    fold_core(s, max_chars, out, usize::MAX).0
}

/// Byte offset in `s` of the character that follows the first
/// `folded_len` bytes of `fold_into(s)`: maps the end of a marker found in
/// the folded text back to the original text.
///
/// ```
/// use newsclean::text::{fold, source_offset};
/// let line = "المصدر : الحرة";
/// let folded = fold(line);
/// let end = folded.find(':').unwrap() + 1;
/// assert_eq!(&line[source_offset(line, end)..], " الحرة");
/// ```
pub fn source_offset(s: &str, folded_len: usize) -> usize {
    let mut scratch = String::with_capacity(folded_len + 8);
    fold_core(s, usize::MAX, &mut scratch, folded_len).1
}

/// Folds `s` into `out`; stops after `max_chars` characters or once `out`
/// holds `stop_len` bytes. Returns (characters read, byte offset reached).
fn fold_core(s: &str, max_chars: usize, out: &mut String, stop_len: usize) -> (usize, usize) {
    let mut read = 0;
    let mut last_space = out.is_empty() || out.ends_with(' ');
    for (at, c) in s.char_indices() {
        // A trailing space may still be dropped by a following colon.
        let settled = out.len() - usize::from(out.ends_with(' '));
        if read == max_chars || settled >= stop_len {
            return (read, at);
        }
        read += 1;
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            if !last_space {
                out.push(' ');
                last_space = true;
            }
            continue;
        }
        if f == ':' && last_space && out.ends_with(' ') {
            out.pop();
        }
        out.push(f);
        last_space = false;
    }
    (read, s.len())
}

/// Convenience: the folded form of `s` as a new string.
///
/// ```
/// assert_eq!(newsclean::text::fold("كلمات دلالية"), newsclean::text::fold("كلمـات دلاليّة"));
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(trim(s), usize::MAX, &mut out);
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Letters or digits, with an ASCII fast path.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_letter(c) || c.is_numeric() }
}

/// Letters of any script, with fast paths for ASCII and Arabic.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        '\u{0621}'..='\u{063a}' | '\u{0641}'..='\u{064a}' | '\u{066e}'..='\u{06d3}' | '\u{06fa}'..='\u{06ff}' => true,
        '\u{0600}'..='\u{06ff}' => false,
        '\u{00c0}'..='\u{024f}' => c != '\u{00d7}' && c != '\u{00f7}',
        c => c.is_alphabetic(),
    }
}

/// Scripts written without spaces between words (Han, Kana, Thai, Lao,
/// Khmer, Myanmar): their characters count as word units.
#[inline]
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}'   // Thai, Lao
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{3040}'..='\u{30ff}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{2fa1f}')
}

/// Sentence-final punctuation of any script.
#[inline]
fn is_terminal_punct(c: char) -> bool {
    matches!(c, '.' | '。' | '．' | '۔' | '।' | '॥' | '።' | '｡' | ';' | '؛')
}

#[inline]
fn is_question_punct(c: char) -> bool {
    matches!(c, '!' | '?' | '؟' | '！' | '？' | '‼' | '⁉' | '¿' | '¡')
}

/// Closing quotes and brackets skipped when looking for a line's ending.
#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '»' | '«' | '”' | '“' | '’' | '‘' | '」' | '』' | '）' | '】' | '›' | '*'
    ) || is_space(c)
        || is_bidi_mark(c)
}

/// How `line` ends (see [`Ending`]).
pub fn ending_of(line: &str) -> Ending {
    let mut rev = line.chars().rev().skip_while(|&c| is_closer(c));
    let Some(last) = rev.next() else { return Ending::Open };
    match last {
        '…' | '⋯' => Ending::Ellipsis,
        '.' | '。' => {
            if rev.clone().next() == Some('.') || rev.next() == Some('…') {
                Ending::Ellipsis
            } else {
                Ending::Terminal
            }
        }
        ':' | '：' => Ending::Colon,
        c if is_terminal_punct(c) => Ending::Terminal,
        c if is_question_punct(c) => Ending::Question,
        _ => Ending::Open,
    }
}

/// Bullet characters that start list items.
#[inline]
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '▪'
            | '■'
            | '►'
            | '▸'
            | '‣'
            | '◦'
            | '○'
            | '●'
            | '–'
            | '—'
            | '-'
            | '*'
            | '»'
            | '>'
            | '→'
            | '✓'
            | '✔'
    )
}

/// Number of characters in `s`, counted from the UTF-8 bytes (no decoding).
#[inline]
pub fn char_count(s: &str) -> usize {
    s.as_bytes().iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Number of grapheme clusters in `s` (what a reader counts as characters;
/// combining marks and emoji sequences count once). Slower than
/// [`char_count`]: use it on short strings only.
///
/// ```
/// assert_eq!(newsclean::text::grapheme_count("e\u{301}té"), 3);
/// ```
pub fn grapheme_count(s: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    s.graphemes(true).count()
}

/// Cheap per-line measurements, computed once per line by
/// [`Document`](crate::Document). Counts cover at most the first
/// [`FEATURE_PREFIX_CHARS`] characters, except `chars` and `words`, which
/// cover the whole line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Features {
    /// Characters in the trimmed line.
    pub chars: u32,
    /// Word units: space-separated tokens, plus one per two characters of
    /// scripts written without spaces (Chinese, Japanese, Thai…).
    pub words: u32,
    /// Letters in the measured prefix.
    pub letters: u32,
    /// Digits in the measured prefix.
    pub digits: u32,
    /// Characters in the measured prefix.
    pub measured: u32,
    /// How the line ends.
    pub ending: Ending,
    /// The line starts with a bullet character.
    pub bullet: bool,
    /// Sentence punctuation (`. ! ? ؟ 。 ,` …) seen anywhere in the measured
    /// prefix, not counting the final character.
    pub inner_punct: u32,
}

/// How many leading characters of a line the letter/digit counts cover.
pub const FEATURE_PREFIX_CHARS: usize = 400;

impl Features {
    /// Measures a trimmed line.
    pub fn of(line: &str) -> Features {
        let mut f = Features { chars: char_count(line) as u32, ending: ending_of(line), ..Features::default() };
        let mut spaced_tokens = 0u32;
        let mut unspaced = 0u32;
        let mut in_token = false;
        let mut first = true;
        let bytes = line.as_bytes();
        if bytes.len() > FEATURE_PREFIX_CHARS * 4 {
            // Whole-line token count from bytes: a space byte ends a token.
            let mut in_tok = false;
            for &b in bytes {
                if b == b' ' || b == b'\t' {
                    in_tok = false;
                } else if !in_tok {
                    in_tok = true;
                    spaced_tokens += 1;
                }
            }
        }
        let long = bytes.len() > FEATURE_PREFIX_CHARS * 4;
        let last = f.chars.saturating_sub(1);
        for (i, c) in line.chars().enumerate() {
            if i >= FEATURE_PREFIX_CHARS {
                if long {
                    break;
                }
            } else {
                f.measured += 1;
                if c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric()) {
                    f.digits += 1;
                } else if is_letter(c) {
                    f.letters += 1;
                    if is_unspaced_script(c) {
                        unspaced += 1;
                    }
                } else if (i as u32) < last
                    && matches!(c, '.' | '!' | '?' | '؟' | '。' | '！' | '？' | ',' | '،' | '、' | '，' | ';' | '؛')
                {
                    f.inner_punct += 1;
                }
            }
            if first {
                f.bullet = is_bullet(c) && line[c.len_utf8()..].starts_with(|n: char| is_space(n) || n == '\u{200f}');
                f.bullet |= matches!(c, '•' | '▪' | '■' | '►' | '▸' | '●');
                first = false;
            }
            if !long {
                if is_space(c) {
                    in_token = false;
                } else if !in_token {
                    in_token = true;
                    spaced_tokens += 1;
                }
            }
        }
        f.words = spaced_tokens + unspaced / 2;
        f
    }

    /// Share of letters among the measured characters (0.0 for an empty line).
    pub fn letter_ratio(&self) -> f32 {
        if self.measured == 0 { 0.0 } else { self.letters as f32 / self.measured as f32 }
    }

    /// A paragraph of running text: long, or ending like a sentence with
    /// enough words to be one.
    pub fn is_prose(&self) -> bool {
        match self.ending {
            Ending::Terminal => self.words >= 8 || self.chars >= 60,
            // Headlines often end with a question or exclamation mark.
            Ending::Question => self.words >= 16 || self.chars >= 100,
            _ => self.words >= 30,
        }
    }

    /// A headline-like line: a few words, letters mostly, not a sentence
    /// ending with a full stop, not a truncated teaser, not a bullet.
    pub fn is_headline_like(&self) -> bool {
        self.words >= 2
            && self.words <= 28
            && self.ending != Ending::Terminal
            && self.ending != Ending::Ellipsis
            && self.ending != Ending::Colon
            && self.letter_ratio() >= 0.5
    }

    /// A teaser snippet cut with an ellipsis.
    pub fn is_truncated(&self) -> bool {
        self.ending == Ending::Ellipsis && self.words >= 3
    }

    /// A short, link-like line: at most four words and forty characters, no
    /// sentence ending.
    pub fn is_short(&self) -> bool {
        self.words <= 4 && self.chars <= 40 && !self.ending.is_terminal()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings() {
        for (s, e) in [
            ("Hello world.", Ending::Terminal),
            ("«Hello world.»", Ending::Terminal),
            ("He asked \"why?\"", Ending::Question),
            ("تشهد مناطق جنوب لبنان موجة نزوح كثيفة تقدر بأكثر...", Ending::Ellipsis),
            ("Teaser…", Ending::Ellipsis),
            ("إقرأ أيضاً:", Ending::Colon),
            ("Read also", Ending::Open),
            ("北京今天下雨。", Ending::Terminal),
            ("", Ending::Open),
            ("...", Ending::Ellipsis),
        ] {
            assert_eq!(ending_of(s), e, "{s:?}");
        }
    }

    #[test]
    fn folding_ignores_variants_diacritics_and_case() {
        assert_eq!(fold("إقرأ أيضاً:"), fold("اقرا ايضا:"));
        assert_eq!(fold("مكتبة"), fold("مكتبه"));
        assert_eq!(fold("على"), fold("علي"));
        assert_eq!(fold("العربيـــة"), "العربيه");
        assert_eq!(fold("روسیا وکوریا"), "روسيا وكوريا");
        assert_eq!(fold("ÉTÉ  Read\u{200b}More"), "été readmore");
        assert_eq!(fold("Source :"), "source:");
        assert_eq!(fold("l’article"), "l'article");
    }

    #[test]
    fn fold_keeps_one_char_per_char() {
        // İ lower-cases to two chars; folding keeps the first only.
        let mut out = String::new();
        assert_eq!(fold_into("İx", usize::MAX, &mut out), 2);
        assert_eq!(out.chars().count(), 2);
    }

    #[test]
    fn features_count_words_in_any_script() {
        let f = Features::of("北京今天下雨了，明天会晴天。");
        assert!(f.words >= 6, "{f:?}");
        let f = Features::of("The quick brown fox jumps over the lazy dog near the river bank.");
        assert!(f.is_prose());
        assert!(!Features::of("Breaking news from the capital").is_prose());
        assert!(Features::of("Breaking news from the capital").is_headline_like());
        assert!(Features::of("  • item").bullet || Features::of("• item").bullet);
        assert!(Features::of("Home").is_short());
    }

    #[test]
    fn char_count_matches_chars() {
        for s in ["", "abc", "مرحبا", "北京", "e\u{301}", "😀x"] {
            assert_eq!(char_count(s), s.chars().count());
        }
    }
}
