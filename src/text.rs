//! Text helpers shared by the cleaners: character classes, folding for
//! matching, and per-line features.
//!
//! Everything here measures text in characters, never bytes, and has an ASCII
//! fast path. Folding (see [`fold_into`]) exists only for *matching*: the
//! output always keeps the original letters.
//!
//! Character classes that the standard library answers with a binary search
//! over its Unicode tables ([`char::is_alphabetic`], [`char::is_numeric`],
//! [`char::to_lowercase`]) are answered here from ranges for ASCII, Latin
//! and Arabic, and from a bitmap of the Basic Multilingual Plane filled
//! lazily from the standard library, 256 characters at a time, for every
//! other script: the same answers, at the cost of a bit test.

use std::sync::{LazyLock, OnceLock};

/// One Unicode property over the Basic Multilingual Plane as a bitmap,
/// filled from `prop` one page of 256 characters at a time on first use.
/// Characters above U+FFFF are asked of `prop` directly.
struct BmpBits {
    pages: [OnceLock<[u64; 4]>; 256],
    prop: fn(char) -> bool,
}

impl BmpBits {
    const fn new(prop: fn(char) -> bool) -> BmpBits {
        BmpBits { pages: [const { OnceLock::new() }; 256], prop }
    }

    #[inline]
    fn get(&self, c: char) -> bool {
        let cp = c as u32;
        if cp > 0xffff {
            return (self.prop)(c);
        }
        let page = self.pages[(cp >> 8) as usize].get_or_init(|| fill_page(self.prop, cp & !0xff));
        (page[((cp >> 6) & 3) as usize] >> (cp & 63)) & 1 == 1
    }
}

#[cold]
fn fill_page(prop: fn(char) -> bool, base: u32) -> [u64; 4] {
    let mut bits = [0u64; 4];
    for i in 0..256u32 {
        if char::from_u32(base + i).is_some_and(prop) {
            bits[(i >> 6) as usize] |= 1 << (i & 63);
        }
    }
    bits
}

static ALPHABETIC: BmpBits = BmpBits::new(char::is_alphabetic);
static NUMERIC: BmpBits = BmpBits::new(char::is_numeric);
/// Characters whose first lower-case character is themselves.
static LOWER_FIXED: BmpBits = BmpBits::new(|c| c.to_lowercase().next() == Some(c));

/// How a line ends, looking past closing quotes and brackets.
///
/// # Example
///
/// ```
/// use newsclean::text::{Ending, ending_of};
///
/// assert_eq!(ending_of("It rained all day."), Ending::Terminal);
/// assert_eq!(ending_of("Will the storm reach the coast?"), Ending::Question);
/// assert_eq!(ending_of("The storm that hit the coast..."), Ending::Ellipsis);
/// assert_eq!(ending_of("Read also:"), Ending::Colon);
/// assert_eq!(ending_of("Storm hits the coast"), Ending::Open);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Ending {
    /// Sentence-final punctuation other than a question or exclamation mark:
    /// `. ۔ 。 । ;` `؛` and friends.
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
///
/// ```
/// use newsclean::{Document, text::is_zero_width_space};
///
/// assert!(is_zero_width_space('\u{200b}') && is_zero_width_space('\u{feff}'));
/// assert!(!is_zero_width_space(' ') && !is_zero_width_space('\u{200c}')); // ZWNJ is not one
/// // Rendering drops them.
/// assert_eq!(Document::new("zero\u{200b}width\n").render(), "zerowidth\n");
/// ```
#[inline]
pub fn is_zero_width_space(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{180e}')
}

/// Bidirectional formatting marks (LRM, RLM, ALM, embeddings, isolates).
/// They are invisible; matching ignores them and line trimming drops them at
/// the edges of a line.
///
/// ```
/// use newsclean::text::{is_bidi_mark, trim};
///
/// assert!(is_bidi_mark('\u{200f}') && is_bidi_mark('\u{061c}') && is_bidi_mark('\u{2067}'));
/// assert!(!is_bidi_mark('م') && !is_bidi_mark('\u{200b}'));
/// assert_eq!(trim("\u{200f}مرحبا\u{200e}"), "مرحبا");
/// ```
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
    // Most lines start and end with a character that is neither: printable
    // ASCII or an Arabic letter (not the Arabic letter mark, U+061C).
    let b = s.as_bytes();
    let plain = |lead: u8, next: u8| {
        (0x21..0x7f).contains(&lead) || (matches!(lead, 0xd8..=0xdb) && (lead, next) != (0xd8, 0x9c))
    };
    let starts_plain = b.first().is_some_and(|&x| plain(x, b.get(1).copied().unwrap_or(0)));
    let ends_plain = match *b {
        [.., x] if x < 0x80 => plain(x, 0),
        [.., lead, next] => plain(lead, next),
        _ => false,
    };
    if starts_plain && ends_plain {
        return s;
    }
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
///
/// ```
/// use newsclean::text::fold_char;
///
/// assert_eq!(fold_char('A'), Some('a'));
/// assert_eq!(fold_char('أ'), Some('ا'));
/// assert_eq!(fold_char('ة'), Some('ه'));
/// assert_eq!(fold_char('«'), Some('"'));
/// assert_eq!(fold_char('\u{64b}'), None); // tanween is ignored
/// assert_eq!(fold_char('İ'), Some('i')); // never more than one character
/// ```
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
        c if LOWER_FIXED.get(c) => Some(c),
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
    // The same steps as `fold_core`, with two shortcuts: characters that
    // fold to themselves are copied as runs rather than pushed one by one,
    // and characters of one or two bytes are folded through a table filled
    // from `fold_char`.
    let table = &*FOLD_2B;
    let bytes = s.as_bytes();
    let mut read = 0;
    let mut last_space = out.is_empty() || out.ends_with(' ');
    // Start in `s` of the characters folded to themselves and not yet
    // copied to `out`; copied before anything else is pushed or looked at.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() && read < max_chars {
        read += 1;
        let (e, len) = if bytes[i] < 0xe0 {
            let (cp, len) = decode_1_2(bytes, i);
            (table[cp], len)
        } else {
            let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            (fold_entry(c), c.len_utf8())
        };
        // One branch for the common case: a character that folds to itself
        // and needs no look at what came before (a space or a colon after a
        // space does).
        if folds_to_itself(e, last_space) {
            last_space = e & F_SPACE != 0;
            i += len;
            continue;
        }
        out.push_str(&s[run..i]);
        i += len;
        run = i;
        push_folded(out, e, &mut last_space);
    }
    out.push_str(&s[run..i]);
    read
}

/// A character that folds to itself and needs no look at what came before
/// (a space or a colon after a space does): copied in bulk by the callers.
#[inline(always)]
fn folds_to_itself(e: u32, last_space: bool) -> bool {
    e & F_CHANGED == 0 && !(last_space && e & (F_SPACE | F_COLON) != 0)
}

/// Appends `s`, characters that fold to themselves, to `out`; lower-cased
/// (ASCII capitals only) when `upper`, which is then reset.
#[inline(always)]
fn copy_folded(out: &mut String, s: &str, upper: &mut bool) {
    let at = out.len();
    out.push_str(s);
    if std::mem::take(upper) {
        out[at..].make_ascii_lowercase();
    }
}

/// Appends the fold of one character (its [`fold_entry`] `e`) to `out`:
/// nothing for a dropped character, one space for a run of spaces, a colon
/// that swallows the space before it, or the folded character.
#[inline(always)]
fn push_folded(out: &mut String, e: u32, last_space: &mut bool) {
    let f = e & F_CHAR;
    if f == F_DROP {
        return;
    }
    if e & F_SPACE != 0 {
        if !*last_space {
            out.push(' ');
            *last_space = true;
        }
        return;
    }
    if e & F_COLON != 0 && *last_space && out.ends_with(' ') {
        out.pop();
    }
    out.push(char::from_u32(f).unwrap_or(char::REPLACEMENT_CHARACTER));
    *last_space = false;
}

// A character's fold as one `u32`: the folded character (or `F_DROP`) in
// the low 21 bits, and flags.
const F_CHAR: u32 = 0x1f_ffff;
const F_DROP: u32 = F_CHAR;
/// Folds to another character, or to nothing.
const F_CHANGED: u32 = 1 << 24;
/// Folds to a space.
const F_SPACE: u32 = 1 << 25;
/// Folds to a colon.
const F_COLON: u32 = 1 << 26;

fn fold_entry(c: char) -> u32 {
    let f = fold_char(c);
    let mut e = f.map_or(F_DROP, u32::from);
    if f != Some(c) {
        e |= F_CHANGED;
    }
    if f == Some(' ') {
        e |= F_SPACE;
    }
    if f == Some(':') {
        e |= F_COLON;
    }
    e
}

/// [`fold_entry`] of the characters of one or two bytes in UTF-8,
/// U+0000..=U+07FF.
static FOLD_2B: LazyLock<[u32; 0x800]> = LazyLock::new(|| {
    let mut table = [0u32; 0x800];
    for (slot, c) in table.iter_mut().zip('\0'..='\u{7ff}') {
        *slot = fold_entry(c);
    }
    table
});

/// Decodes the character of one or two bytes starting at `bytes[i]` (whose
/// first byte is below 0xE0) without a branch: text that mixes ASCII spaces
/// and two-byte letters (Arabic, Cyrillic, Greek…) would otherwise
/// mispredict at every word. Returns the code point and the length.
#[inline(always)]
fn decode_1_2(bytes: &[u8], i: usize) -> (usize, usize) {
    let b0 = usize::from(bytes[i]);
    let b1 = usize::from(bytes.get(i + 1).copied().unwrap_or(0));
    let two = b0 >> 7;
    let mask = 0usize.wrapping_sub(two);
    let cp = (b0 & !mask) | ((((b0 & 0x1f) << 6) | (b1 & 0x3f)) & mask);
    (cp & 0x7ff, 1 + two)
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
    // The steps of `fold_core`, keeping only the length of the folded text
    // and whether it ends with a space (no space is ever pushed first or
    // twice in a row, so the one a colon removes follows a non-space).
    let mut len = 0;
    let mut ends_space = false;
    for (at, c) in s.char_indices() {
        // A trailing space may still be dropped by a following colon.
        if len - usize::from(ends_space) >= folded_len {
            return at;
        }
        let Some(f) = fold_char(c) else { continue };
        if f == ' ' {
            if !ends_space && len > 0 {
                len += 1;
                ends_space = true;
            }
            continue;
        }
        if f == ':' && ends_space {
            len -= 1;
        }
        len += f.len_utf8();
        ends_space = false;
    }
    s.len()
}

/// Folds `s` into `out`; stops after `max_chars` characters or once `out`
/// holds `stop_len` bytes. Returns (characters read, byte offset reached).
/// The definition [`fold_into`] and [`source_offset`] are checked against.
#[cfg(test)]
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
///
/// ```
/// use newsclean::text::is_word_char;
///
/// assert!(is_word_char('a') && is_word_char('7') && is_word_char('م') && is_word_char('٣') && is_word_char('北'));
/// assert!(!is_word_char('-') && !is_word_char(' ') && !is_word_char('\u{64b}'));
/// ```
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_letter(c) || is_numeric(c) }
}

/// Numeric characters: exactly [`char::is_numeric`] (Unicode `Nd`, `Nl`,
/// `No`), with fast paths for ASCII, Latin and Arabic and a bitmap for the
/// rest of the Basic Multilingual Plane.
///
/// ```
/// use newsclean::text::is_numeric;
/// assert!(is_numeric('7') && is_numeric('٣') && is_numeric('½'));
/// assert!(!is_numeric('x') && !is_numeric('م'));
/// ```
#[inline]
pub fn is_numeric(c: char) -> bool {
    match c {
        '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        '\u{80}'..='\u{24f}' => matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}'),
        '\u{600}'..='\u{6ff}' => matches!(c, '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}'),
        c => NUMERIC.get(c),
    }
}

/// Letters of any script, with fast paths for ASCII and Arabic.
///
/// ```
/// use newsclean::text::is_letter;
///
/// assert!(is_letter('é') && is_letter('م') && is_letter('Ж') && is_letter('北'));
/// assert!(!is_letter('7') && !is_letter('×') && !is_letter('\u{64b}'));
/// assert!(is_letter('ە') && is_letter('ڕ') && !is_letter('\u{6fd}'));
/// ```
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    match c {
        // Arabic-script letters (Arabic, Persian, Urdu, Kurdish…): not the
        // diacritics, tatweel, digits, punctuation or symbols of the block.
        '\u{0620}'..='\u{063f}'
        | '\u{0641}'..='\u{064a}'
        | '\u{066e}'..='\u{066f}'
        | '\u{0671}'..='\u{06d3}'
        | '\u{06d5}'
        | '\u{06ee}'..='\u{06ef}'
        | '\u{06fa}'..='\u{06fc}'
        | '\u{06ff}' => true,
        '\u{0600}'..='\u{06ff}' => false,
        '\u{00c0}'..='\u{024f}' => c != '\u{00d7}' && c != '\u{00f7}',
        c => ALPHABETIC.get(c),
    }
}

/// Scripts written without spaces between words (Han, Kana, Thai, Lao,
/// Khmer, Myanmar): their characters count as word units.
///
/// ```
/// use newsclean::text::{Features, is_unspaced_script};
///
/// assert!(is_unspaced_script('北') && is_unspaced_script('ア') && is_unspaced_script('ไ'));
/// assert!(!is_unspaced_script('a') && !is_unspaced_script('م') && !is_unspaced_script('한'));
/// // Two such characters make one word unit, on top of the space-separated token.
/// assert_eq!(Features::of("北京今天下雨").words, 1 + 3);
/// ```
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
    // Full stops of Latin, CJK (full and half width), Urdu, Devanagari,
    // Ethiopic, Armenian, Myanmar and Khmer; semicolons.
    matches!(c, '.' | '。' | '．' | '۔' | '।' | '॥' | '።' | '｡' | '։' | '။' | '។' | ';' | '؛')
}

#[inline]
fn is_question_punct(c: char) -> bool {
    // '\u{37e}' is the Greek question mark.
    matches!(c, '!' | '?' | '؟' | '！' | '？' | '‼' | '⁉' | '¿' | '¡' | '\u{37e}')
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
///
/// ```
/// use newsclean::text::{Ending, ending_of};
///
/// // Closing quotes and brackets are looked past.
/// assert_eq!(ending_of("«The storm is over.»"), Ending::Terminal);
/// assert_eq!(ending_of("He asked \"why?\""), Ending::Question);
/// assert_eq!(ending_of("北京今天下雨。"), Ending::Terminal);
/// assert_eq!(ending_of("दिल्ली में आज बारिश हुई।"), Ending::Terminal);
/// assert_eq!(ending_of("Այսօր անձրև եկավ։"), Ending::Terminal);
/// assert_eq!(ending_of("ဒီနေ့ မိုးရွာတယ်။"), Ending::Terminal);
/// assert_eq!(ending_of("Τι ώρα είναι\u{37e}"), Ending::Question);
/// assert_eq!(ending_of("إقرأ أيضاً:"), Ending::Colon);
/// assert_eq!(ending_of(""), Ending::Open);
/// ```
pub fn ending_of(line: &str) -> Ending {
    // Most lines end with an ASCII letter, digit or sentence punctuation,
    // after ASCII closing quotes and brackets if any: told from the bytes.
    // Other scripts, and the closers outside ASCII, are decoded by
    // `ending_by_chars`.
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    while end > 0 && bytes[end - 1] < 0x80 && is_closer(char::from(bytes[end - 1])) {
        end -= 1;
    }
    match bytes[..end].last() {
        None => Ending::Open,
        Some(&last @ ..0x80) => ending_at(char::from(last), || line[..end - 1].chars().next_back()),
        Some(_) => ending_of_non_ascii(line),
    }
}

/// [`ending_of`] for a line whose last character, ASCII closers aside, is
/// not ASCII.
#[inline(never)]
fn ending_of_non_ascii(line: &str) -> Ending {
    // A letter of two bytes (Arabic, Cyrillic, Greek…), the common ending
    // of other scripts, is no closer and no punctuation.
    match *line.as_bytes() {
        [.., b0 @ 0xc2..=0xdf, b1] if CLASS_2B[decode_1_2(&[b0, b1], 0).0] & K_LETTER != 0 => Ending::Open,
        _ => ending_by_chars(line),
    }
}

/// [`ending_of`] without its shortcut.
fn ending_by_chars(line: &str) -> Ending {
    let mut rev = line.chars().rev().skip_while(|&c| is_closer(c));
    match rev.next() {
        Some(last) => ending_at(last, || rev.next()),
        None => Ending::Open,
    }
}

/// The ending of a line whose last character, closers aside, is `last`;
/// `before` gives the character before it (a full stop after `.` or `…`
/// ends an ellipsis).
#[inline]
fn ending_at(last: char, before: impl FnOnce() -> Option<char>) -> Ending {
    match last {
        c if c.is_ascii_alphanumeric() => Ending::Open,
        '…' | '⋯' => Ending::Ellipsis,
        '.' | '。' => match before() {
            Some('.' | '…') => Ending::Ellipsis,
            _ => Ending::Terminal,
        },
        ':' | '：' => Ending::Colon,
        c if is_terminal_punct(c) => Ending::Terminal,
        c if is_question_punct(c) => Ending::Question,
        _ => Ending::Open,
    }
}

/// Bullet characters that start list items.
///
/// ```
/// use newsclean::text::{Features, is_bullet};
///
/// assert!(is_bullet('•') && is_bullet('-') && is_bullet('►'));
/// assert!(!is_bullet('a') && !is_bullet('1'));
/// // A line starts with a bullet if one is followed by a space.
/// assert!(Features::of("- Home").bullet);
/// assert!(!Features::of("-5 degrees overnight").bullet);
/// ```
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

/// The bits set in the sixteen low bits of `x`, from a table (no
/// instruction counts them on every x86_64).
#[inline(always)]
fn ones(x: u32) -> u32 {
    /// The bits set in each byte.
    static ONES: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = (b as u32).count_ones() as u8;
            b += 1;
        }
        t
    };
    u32::from(ONES[(x & 0xff) as usize]) + u32::from(ONES[((x >> 8) & 0xff) as usize])
}

/// Whether `line` starts with a bullet ([`Features::bullet`]).
#[inline]
fn bullet_of(line: &str) -> bool {
    // A bullet is no ASCII letter or digit.
    match line.chars().next().filter(|c| !c.is_ascii_alphanumeric()) {
        Some(c) => {
            (is_bullet(c) && line[c.len_utf8()..].starts_with(|n: char| is_space(n) || n == '\u{200f}'))
                || matches!(c, '•' | '▪' | '■' | '►' | '▸' | '●')
        }
        None => false,
    }
}

/// Number of characters in `s`, counted from the UTF-8 bytes (no decoding).
///
/// ```
/// use newsclean::text::char_count;
///
/// assert_eq!(char_count("مرحبا"), 5);
/// assert_eq!("مرحبا".len(), 10);
/// assert_eq!(char_count("e\u{301}"), 2); // characters, not graphemes
/// ```
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
///
/// # Example
///
/// ```
/// use newsclean::{Document, text::{Ending, Features}};
///
/// let f = Features::of("Tags: weather, storms");
/// assert_eq!((f.chars, f.words, f.letters, f.digits), (21, 3, 17, 0));
/// assert_eq!((f.ending, f.bullet, f.inner_punct), (Ending::Open, false, 1));
/// let doc = Document::new("  Tags: weather, storms  \n");
/// assert_eq!(doc.lines().next().unwrap().features, f);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
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
    /// Letters of scripts written without spaces (Chinese, Japanese,
    /// Thai…) in the measured prefix.
    pub unspaced: u32,
    /// Two [`is_space`] characters follow each other somewhere in the line
    /// (the whole line, not only the measured prefix): whitespace that
    /// rendering collapses.
    pub space_run: bool,
    /// The line is one of a run of long lines written in scripts without
    /// spaces, none ending with punctuation (see [`Features::is_unspaced_line`]):
    /// prose whose writer ends each sentence with a line break instead of a
    /// full stop, as blogs in Chinese and Japanese often are. Set by
    /// [`Document`](crate::Document), which sees the lines around;
    /// [`Features::of`] alone leaves it false.
    pub in_line_prose: bool,
}

/// How many leading characters of a line the letter/digit counts cover.
///
/// ```
/// use newsclean::text::{FEATURE_PREFIX_CHARS, Features};
///
/// let f = Features::of(&"a".repeat(1000));
/// assert_eq!(f.chars, 1000); // the whole line
/// assert_eq!(f.measured as usize, FEATURE_PREFIX_CHARS); // the prefix only
/// assert_eq!(f.letters, f.measured);
/// ```
pub const FEATURE_PREFIX_CHARS: usize = 400;

/// Letters of scripts written without spaces that make a line long (see
/// [`Features::is_unspaced_line`]): about as long as a Chinese headline
/// gets.
pub const UNSPACED_LINE_LETTERS: u32 = 24;

/// Lines in a row that make [`Features::is_unspaced_line`] lines prose.
pub const UNSPACED_LINE_RUN: usize = 3;

// Character classes [`Features::of`] counts, as bit flags. A character
// has at most one of DIGIT, LETTER and PUNCT (the first that applies, as
// the counts are kept), and UNSPACED only with LETTER.
const K_DIGIT: u8 = 1;
const K_LETTER: u8 = 2;
const K_UNSPACED: u8 = 4;
const K_PUNCT: u8 = 8;
const K_SPACE: u8 = 16;
// The script family of a letter, after folding (see [`script_bits`]).
const K_LATIN: u8 = 32;
const K_ARABIC: u8 = 64;
const K_OTHER: u8 = 128;

/// The script families a line's folded prefix holds letters of, as bits:
/// Latin, Arabic-script, and every other script (Greek, Cyrillic,
/// Chinese, Korean, Devanagari, Thai…). The marker lexicon keeps one automaton per family.
pub(crate) mod scripts {
    /// Latin letters.
    pub(crate) const LATIN: u8 = super::K_LATIN;
    /// Arabic-script letters.
    pub(crate) const ARABIC: u8 = super::K_ARABIC;
    /// Letters of every other script.
    pub(crate) const OTHER: u8 = super::K_OTHER;
    /// All three.
    pub(crate) const ALL: u8 = LATIN | ARABIC | OTHER;
}

/// The script family of `c` once folded (see [`scripts`]), or 0 when it
/// folds to no letter. A character and its folded form have the same bits,
/// so a phrase (folded) and a line (folded as it is measured) agree.
pub(crate) fn script_bits(c: char) -> u8 {
    match fold_char(c) {
        Some(f) if is_letter(f) => match f {
            '\u{0600}'..='\u{06ff}'
            | '\u{0750}'..='\u{077f}'
            | '\u{0870}'..='\u{08ff}'
            | '\u{fb50}'..='\u{fdff}'
            | '\u{fe70}'..='\u{feff}' => K_ARABIC,
            '\0'..='\u{036f}' | '\u{1e00}'..='\u{1eff}' => K_LATIN,
            _ => K_OTHER,
        },
        _ => 0,
    }
}

/// The classes of `c`, from the definitions.
fn classify(c: char) -> u8 {
    let mut k = 0;
    if is_numeric(c) {
        k |= K_DIGIT;
    } else if is_letter(c) {
        k |= K_LETTER;
        if is_unspaced_script(c) {
            k |= K_UNSPACED;
        }
    } else if is_terminal_punct(c)
        || matches!(c, '!' | '?' | '؟' | '！' | '？' | '‼' | '⁉' | '\u{37e}' | ',' | '،' | '、' | '，')
    {
        // Sentence punctuation; not the inverted marks that open a Spanish
        // sentence.
        k |= K_PUNCT;
    }
    if is_space(c) {
        k |= K_SPACE;
    }
    k | script_bits(c)
}

/// Do two [`is_space`] characters follow each other in `s` (or does `s`
/// start with one when `prev_space`)? Only the bytes that can start a space
/// character are decoded.
fn has_space_pair(s: &str, mut prev_space: bool) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // Up to sixteen ASCII bytes at a time.
        if let Some(b) = lanes::Block::load(bytes, i, 16) {
            let space = b.spaces();
            if space & b.after_space(space, prev_space) != 0 {
                return true;
            }
            prev_space = b.ends_in(space);
            i += b.len;
            continue;
        }
        let (space, len) = space_at(s, i);
        if space && prev_space {
            return true;
        }
        prev_space = space;
        i += len;
    }
    false
}

/// Is the character at byte `i` of `s` a space ([`is_space`]), and how many
/// bytes does it take? Only bytes that can start a space character are
/// decoded.
#[inline]
pub(crate) fn space_at(s: &str, i: usize) -> (bool, usize) {
    match s.as_bytes()[i] {
        b' ' | 0x09..=0x0d => (true, 1),
        // Lead bytes of the non-ASCII spaces (U+0085, U+00A0, U+1680,
        // U+180E, U+2000–U+200B, U+2028, U+2029, U+202F, U+205F, U+2060,
        // U+3000, U+FEFF).
        0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => match s[i..].chars().next() {
            Some(c) => (is_space(c), c.len_utf8()),
            None => (false, 1),
        },
        _ => (false, 1),
    }
}

/// Blocks of up to sixteen ASCII bytes in the lanes of a SIMD register
/// (SSE2 on x86_64): a lane is all ones (-1) where its byte passes a test.
/// Only ASCII is tested, so signed comparisons order the bytes; the lanes
/// past a shorter block hold 0.
mod lanes {
    use wide::{CmpEq, CmpGt, CmpLt, i8x16};

    /// Every lane `b`.
    #[inline(always)]
    fn splat(b: u8) -> i8x16 {
        i8x16::splat(b as i8)
    }

    /// A block of ASCII bytes.
    #[derive(Clone, Copy)]
    pub(super) struct Block {
        /// The bytes, then zeros.
        pub(super) v: i8x16,
        /// Its length: 1 to 16.
        pub(super) len: usize,
    }

    /// Lane `k` holds `k`.
    const LANE_INDEX: [i8; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

    /// Little-endian `u64` of the `N` bytes of `b` at `at`.
    #[inline(always)]
    fn word<const N: usize>(b: &[u8], at: usize) -> u64 {
        let mut w = [0u8; 8];
        w[..N].copy_from_slice(&b[at..at + N]);
        u64::from_le_bytes(w)
    }

    impl Block {
        /// The block of the ASCII bytes at `bytes[i..]`, at most sixteen and
        /// at most `max`: None if `bytes[i]` is not ASCII (or there is no
        /// byte to take). The bytes are read as at most three words (two
        /// overlapping for lengths between the powers of two), never one by
        /// one.
        #[inline(always)]
        pub(super) fn load(bytes: &[u8], i: usize, max: usize) -> Option<Block> {
            let rest = bytes.get(i..)?;
            let avail = rest.len().min(max).min(16);
            let (lo, hi) = match avail {
                16 => (word::<8>(rest, 0), word::<8>(rest, 8)),
                9..=15 => (word::<8>(rest, 0), word::<8>(rest, avail - 8) >> (8 * (16 - avail))),
                8 => (word::<8>(rest, 0), 0),
                4..=7 => (word::<4>(rest, 0) | (word::<4>(rest, avail - 4) >> (8 * (8 - avail))) << 32, 0),
                1..=3 => {
                    let (mid, last) = (avail / 2, avail - 1);
                    (u64::from(rest[0]) | u64::from(rest[mid]) << (8 * mid) | u64::from(rest[last]) << (8 * last), 0)
                }
                _ => return None,
            };
            let v: i8x16 = bytemuck::cast([lo, hi]);
            match v.move_mask() as u32 {
                0 => Some(Block { v, len: avail }),
                // ASCII bytes may follow the first that is not.
                high => Block { v, len: avail }.truncate(high.trailing_zeros() as usize),
            }
        }

        /// The first `len` bytes of the block (`len` at most its length), or
        /// None for none.
        #[inline(always)]
        pub(super) fn truncate(self, len: usize) -> Option<Block> {
            let keep = bytemuck::cast::<_, i8x16>(LANE_INDEX).cmp_lt(splat(len as u8));
            (len > 0).then_some(Block { v: self.v & keep, len })
        }

        /// The lanes of the block, as bits (lane 0 in bit 0).
        #[inline(always)]
        pub(super) fn valid(self) -> u32 {
            (1 << self.len) - 1
        }

        /// The bytes set in the mask `m`, as bits (lane 0 in bit 0).
        #[inline(always)]
        pub(super) fn bits(self, m: i8x16) -> u32 {
            m.move_mask() as u32
        }

        /// The bytes equal to `b`.
        #[inline(always)]
        pub(super) fn equal(self, b: u8) -> i8x16 {
            self.v.cmp_eq(splat(b))
        }

        /// The bytes in `lo..=hi` (`lo` above 0, `hi` below 0x7f).
        #[inline(always)]
        fn within(v: i8x16, lo: u8, hi: u8) -> i8x16 {
            v.cmp_gt(splat(lo - 1)) & v.cmp_lt(splat(hi + 1))
        }

        /// The control characters (below `' '`), as bits.
        #[inline(always)]
        pub(super) fn controls(self) -> u32 {
            self.bits(self.v.cmp_lt(splat(0x20))) & self.valid()
        }

        /// The spaces: `' '` and the controls [`is_space`](super::is_space)
        /// counts (tab, line feed, vertical tab, form feed, carriage
        /// return), as bits.
        #[inline(always)]
        pub(super) fn spaces(self) -> u32 {
            self.bits(self.equal(b' ') | Block::within(self.v, 0x09, 0x0d))
        }

        /// The letters.
        #[inline(always)]
        pub(super) fn letters(self) -> i8x16 {
            // Setting bit 5 lower-cases ASCII letters and no other byte
            // into `a..=z`.
            Block::within(self.v | splat(0x20), b'a', b'z')
        }

        /// The capitals among `letters`, as bits.
        #[inline(always)]
        pub(super) fn capitals(self, letters: i8x16) -> u32 {
            self.bits(letters & self.v.cmp_lt(splat(b'a')))
        }

        /// The digits.
        #[inline(always)]
        pub(super) fn digits(self) -> i8x16 {
            Block::within(self.v, b'0', b'9')
        }

        /// Sentence punctuation `. ! ? , ;`.
        #[inline(always)]
        pub(super) fn punct(self) -> i8x16 {
            // `.` and `,` differ in bit 1 only, `?` and `;` in bit 2 only.
            let v = self.v;
            (v & splat(!0x02)).cmp_eq(splat(b',')) | (v & splat(!0x04)).cmp_eq(splat(b';')) | v.cmp_eq(splat(b'!'))
        }

        /// The bytes that follow a space in the block, as bits, where
        /// `space` are its spaces; the first does when `prev_space`.
        #[inline(always)]
        pub(super) fn after_space(self, space: u32, prev_space: bool) -> u32 {
            ((space << 1) | u32::from(prev_space)) & self.valid()
        }

        /// The bytes folding changes, as bits: control characters, and a
        /// space or a colon after a space (the first byte follows one when
        /// `last_space`). Also the block's spaces, as bits.
        #[inline(always)]
        pub(super) fn fold_changes(self, last_space: bool) -> (u32, u32) {
            let blank = self.bits(self.equal(b' '));
            let after = self.after_space(blank, last_space);
            (((blank | self.bits(self.equal(b':'))) & after) | self.controls(), blank)
        }

        /// Is the last byte of the block one of `m` (bits)?
        #[inline(always)]
        pub(super) fn ends_in(self, m: u32) -> bool {
            (m >> (self.len - 1)) & 1 != 0
        }
    }

    /// The tokens of `bytes` separated by space and tab bytes: the bytes
    /// that are neither and follow one (or open `bytes`), sixteen bytes at a
    /// time. (Kept out of line: it runs once per long line.)
    #[inline(never)]
    pub(super) fn byte_tokens(bytes: &[u8]) -> u32 {
        let sp = |b: u8| b == b' ' || b == b'\t';
        let (space, tab) = (splat(b' '), splat(b'\t'));
        let (mut i, mut tokens, mut prev) = (0, 0, 1u32);
        while let Some(b) = bytes.get(i..i + 16) {
            let b: [u8; 16] = b.try_into().unwrap_or_default();
            let v: i8x16 = bytemuck::cast(b);
            let m = (v.cmp_eq(space) | v.cmp_eq(tab)).move_mask() as u32;
            tokens += super::ones(!m & ((m << 1) | prev));
            prev = m >> 15;
            i += 16;
        }
        for &b in &bytes[i..] {
            let s = u32::from(sp(b));
            tokens += !s & prev & 1;
            prev = s;
        }
        tokens
    }

    /// Counts per lane, of up to 50 blocks.
    #[derive(Clone, Copy, Default)]
    pub(super) struct Tally(i8x16);

    impl Tally {
        /// Counts the lanes set in `m`.
        #[inline(always)]
        pub(super) fn add(&mut self, m: i8x16) {
            self.0 -= m;
        }

        /// Nothing was counted.
        #[inline(always)]
        pub(super) fn is_zero(self) -> bool {
            self.0 == i8x16::ZERO
        }

        /// The sum of the counts.
        #[inline(always)]
        pub(super) fn sum(self) -> u32 {
            const LOW: u64 = 0x00ff_00ff_00ff_00ff;
            let [a, b]: [u64; 2] = bytemuck::cast(self.0);
            // Bytes of at most 100, then 16-bit lanes of at most 200.
            let x = a + b;
            let y = (x & LOW) + ((x >> 8) & LOW);
            (y.wrapping_mul(0x0001_0001_0001_0001) >> 48) as u32
        }
    }
}

/// What [`Features::fold_and_measure`] counts as it goes.
struct Counts {
    /// Digits, letters, unspaced letters and punctuation, in the four 16-bit
    /// lanes of one `u64` (at most [`FEATURE_PREFIX_CHARS`] each).
    lanes: u64,
    /// Space-separated tokens begun.
    tokens: u32,
    /// The last character counted is a space (true before the first, so
    /// that the first character, if not a space, begins a token).
    prev_space: bool,
    /// Two spaces in a row were counted.
    space_run: bool,
    /// Every class counted, or-ed (for the script bits).
    classes: u8,
}

impl Default for Counts {
    fn default() -> Counts {
        Counts { lanes: 0, tokens: 0, prev_space: true, space_run: false, classes: 0 }
    }
}

impl Counts {
    /// Counts one character of classes `k`.
    #[inline(always)]
    fn add(&mut self, k: u8) {
        self.lanes += LANES[usize::from(k & 15)];
        let space = k & K_SPACE != 0;
        self.tokens += u32::from(!space & self.prev_space);
        self.space_run |= space & self.prev_space;
        self.prev_space = space;
        self.classes |= k;
    }

    /// Counts a run of at least one character.
    #[inline(always)]
    fn add_run(&mut self, r: &Run) {
        debug_assert!(r.chars > 0);
        self.lanes += r.lanes;
        self.tokens += u32::from(self.prev_space) + r.spaces;
        self.prev_space = false;
        self.classes |= r.classes;
    }

    /// Counts the block of ASCII characters at `bytes[i..]` (at most `max`)
    /// up to the first that folding changes: a control character, a space
    /// after a space or a colon after a space (the first is one when
    /// `last_space`). Returns its length, whether it ends with a space and
    /// whether it holds capitals; None when the first character changes.
    /// (Kept out of line: the loops around keep their state in registers.)
    #[inline(never)]
    fn fold_block(
        &mut self,
        bytes: &[u8],
        i: usize,
        max: usize,
        last_space: bool,
        tally: &mut Tallies,
    ) -> Option<(usize, bool, bool)> {
        let block = lanes::Block::load(bytes, i, max)?;
        let (odd, sp) = block.fold_changes(last_space);
        let block = if odd == 0 { block } else { block.truncate(odd.trailing_zeros() as usize)? };
        let sp = sp & block.valid();
        let letters = self.add_block(block, sp, tally);
        Some((block.len, block.ends_in(sp), block.capitals(letters) != 0))
    }

    /// Counts a block of ASCII characters whose spaces are `space` (bits);
    /// their digits, letters and punctuation go to `tally`. Returns the
    /// letters.
    #[inline(always)]
    fn add_block(&mut self, b: lanes::Block, space: u32, tally: &mut Tallies) -> wide::i8x16 {
        let after = b.after_space(space, self.prev_space);
        self.tokens += ones(!space & after);
        self.space_run |= space & after != 0;
        self.prev_space = b.ends_in(space);
        let letters = b.letters();
        tally.digits.add(b.digits());
        tally.letters.add(letters);
        tally.punct.add(b.punct());
        letters
    }
}

/// Digits, letters and punctuation of the blocks of ASCII of a line (see
/// [`lanes`]).
#[derive(Clone, Copy, Default)]
struct Tallies {
    digits: lanes::Tally,
    letters: lanes::Tally,
    punct: lanes::Tally,
}

impl Tallies {
    /// The counts, in the lanes of [`Counts::lanes`].
    #[inline(always)]
    fn lanes(self) -> u64 {
        if self.letters.is_zero() && self.digits.is_zero() && self.punct.is_zero() {
            return 0;
        }
        u64::from(self.digits.sum()) | u64::from(self.letters.sum()) << 16 | u64::from(self.punct.sum()) << 48
    }
}

/// The counts a class adds, by its DIGIT, LETTER, UNSPACED and PUNCT bits:
/// one 16-bit lane each.
const LANES: [u64; 16] = {
    let mut t = [0u64; 16];
    let mut k = 0;
    while k < 16 {
        t[k] = (k as u64 & 1) | ((k as u64 >> 1) & 1) << 16 | ((k as u64 >> 2) & 1) << 32 | ((k as u64 >> 3) & 1) << 48;
        k += 1;
    }
    t
};

/// [`classify`] of the characters written with one or two bytes in UTF-8,
/// U+0000..=U+07FF (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic…).
static CLASS_2B: LazyLock<[u8; 0x800]> = LazyLock::new(|| {
    let mut table = [0u8; 0x800];
    for (slot, c) in table.iter_mut().zip('\0'..='\u{7ff}') {
        *slot = classify(c);
    }
    table
});

/// [`classify`] of the characters U+0000..=U+07FF (one or two bytes in
/// UTF-8), with [`Q_CHANGED`] for those that folding changes: one load per
/// character of two bytes for [`Run::two_byte`].
static QUICK_2B: LazyLock<[u16; 0x800]> = LazyLock::new(|| {
    let mut table = [0u16; 0x800];
    for (slot, c) in table.iter_mut().zip('\0'..='\u{7ff}') {
        *slot = u16::from(classify(c)) | if fold_entry(c) & F_CHANGED != 0 { Q_CHANGED } else { 0 };
    }
    table
});

/// In [`QUICK_2B`]: folding changes the character (every space of two
/// bytes, which folds to the ASCII space, among them).
const Q_CHANGED: u16 = 1 << 8;

/// In [`QUICK_2B`]: a space.
const Q_SPACE: u16 = K_SPACE as u16;

/// A run of characters of two bytes, and of single ASCII spaces each
/// between two of them, counted by [`Run::two_byte`]: the words of Arabic,
/// Cyrillic, Greek or Hebrew text, which the per-character loops of
/// [`Features::fold_and_measure`] would otherwise take one at a time with
/// their state in memory.
struct Run {
    /// Byte offset where the run ends.
    end: usize,
    /// Characters in the run.
    chars: usize,
    /// The spaces in it: each begins a token.
    spaces: u32,
    /// Digits, letters, unspaced letters and punctuation, as in
    /// [`Counts::lanes`].
    lanes: u64,
    /// Every class in it, or-ed.
    classes: u8,
}

impl Run {
    /// The run at `bytes[i..]`, at most `max` characters: characters of two
    /// bytes whose [`QUICK_2B`] entry has no bit of `stop`, and single
    /// spaces each followed by one of them. It begins and ends with such a
    /// character (empty when the first is not one), so no space of it
    /// follows a space.
    #[inline(always)]
    fn two_byte(bytes: &[u8], i: usize, max: usize, quick: &[u16; 0x800], stop: u16) -> Run {
        let at = |j: usize| match bytes.get(j..j + 2) {
            Some(&[b0 @ 0xc2..=0xdf, b1]) => {
                let q = quick[(usize::from(b0 & 0x1f) << 6) | usize::from(b1 & 0x3f)];
                if q & stop == 0 { Some(q) } else { None }
            }
            _ => None,
        };
        let (mut j, mut left, mut spaces, mut lanes, mut classes) = (i, max, 0, 0u64, 0u8);
        while left > 0 {
            let Some(q) = at(j) else { break };
            lanes += LANES[usize::from(q & 15)];
            classes |= q as u8;
            j += 2;
            left -= 1;
            // A single space, taken with the character after it.
            if left >= 2 && bytes.get(j) == Some(&b' ') {
                if let Some(q) = at(j + 1) {
                    lanes += LANES[usize::from(q & 15)];
                    classes |= q as u8 | SPACE_CLASSES;
                    spaces += 1;
                    j += 3;
                    left -= 2;
                }
            }
        }
        Run { end: j, chars: max - left, spaces, lanes, classes }
    }
}

/// [`classify`] of the ASCII space.
const SPACE_CLASSES: u8 = K_SPACE;

/// [`fold_entry`] and [`classify`] of the rest of the Basic Multilingual
/// Plane and of the Supplementary Multilingual Plane (emoji, symbols), one
/// `u64` each (the class above the fold entry), filled 256 characters at a
/// time on first use.
static FOLD_CLASS_PAGES: [OnceLock<[u64; 256]>; 512] = [const { OnceLock::new() }; 512];

/// The last code point [`FOLD_CLASS_PAGES`] holds.
const PAGED_END: u32 = 0x1_ffff;

/// The CJK Unified Ideographs: each folds to itself and has the classes
/// [`CJK_CLASSES`], so they are answered without [`FOLD_CLASS_PAGES`]
/// (their 82 pages would not stay in cache).
const CJK_IDEOGRAPHS: std::ops::RangeInclusive<u32> = 0x4e00..=0x9fff;

/// [`classify`] of every character of [`CJK_IDEOGRAPHS`].
const CJK_CLASSES: u8 = K_LETTER | K_UNSPACED | scripts::OTHER;

/// The page of [`FOLD_CLASS_PAGES`] that holds `cp` (at most
/// [`PAGED_END`]).
#[inline]
fn fold_class_page(cp: u32) -> &'static [u64; 256] {
    FOLD_CLASS_PAGES[(cp >> 8) as usize].get_or_init(|| {
        let mut page = [0u64; 256];
        for (j, slot) in page.iter_mut().enumerate() {
            let c = char::from_u32((cp & !0xff) + j as u32).unwrap_or(char::REPLACEMENT_CHARACTER);
            *slot = u64::from(fold_entry(c)) | u64::from(classify(c)) << 32;
        }
        page
    })
}

/// The classes of the character starting at byte `i` of `s`, and its length.
#[inline(always)]
fn class_at(table: &[u8; 0x800], s: &str, i: usize) -> (u8, usize) {
    let bytes = s.as_bytes();
    if bytes[i] < 0xe0 {
        let (cp, len) = decode_1_2(bytes, i);
        return (table[cp], len);
    }
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    let cp = c as u32;
    let k = if CJK_IDEOGRAPHS.contains(&cp) {
        CJK_CLASSES
    } else if cp <= PAGED_END {
        (fold_class_page(cp)[(cp & 0xff) as usize] >> 32) as u8
    } else {
        classify(c)
    };
    (k, c.len_utf8())
}

/// The classes and [`fold_entry`] of the character of three or four bytes
/// starting at byte `i` of `s`, and its length.
#[inline]
fn fold_and_class_at(s: &str, i: usize) -> (u8, u32, usize) {
    let c = s[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
    let cp = c as u32;
    if CJK_IDEOGRAPHS.contains(&cp) {
        return (CJK_CLASSES, cp, 3);
    }
    if cp > PAGED_END {
        return (classify(c), fold_entry(c), c.len_utf8());
    }
    let e = fold_class_page(cp)[(cp & 0xff) as usize];
    ((e >> 32) as u8, e as u32, c.len_utf8())
}

impl Features {
    /// Measures a trimmed line.
    ///
    /// ```
    /// use newsclean::text::{Ending, Features};
    ///
    /// let f = Features::of("A powerful storm hit the coast on Monday, cutting power to 3,000 homes.");
    /// assert_eq!((f.words, f.digits, f.ending), (13, 4, Ending::Terminal));
    /// assert_eq!(f.inner_punct, 2); // the two commas
    /// assert!(f.is_prose());
    /// ```
    pub fn of(line: &str) -> Features {
        Features::fold_and_measure(line, 0, &mut String::new()).0
    }

    /// Measures a trimmed line like [`Features::of`] and, in the same pass,
    /// folds its first `fold_chars` characters into `out` like
    /// [`fold_into`] (`fold_chars` is at most [`FEATURE_PREFIX_CHARS`]).
    /// Also returns the [`scripts`] of the letters folded.
    pub(crate) fn fold_and_measure(line: &str, fold_chars: usize, out: &mut String) -> (Features, u8) {
        match Features::fold_and_measure_ascii(line, fold_chars, out) {
            Some(measured) => measured,
            None => Features::fold_and_measure_any(line, fold_chars, out),
        }
    }

    /// [`Features::fold_and_measure`] for a line of ASCII characters, not
    /// long (at most four times [`FEATURE_PREFIX_CHARS`] bytes), whose
    /// folded prefix is its prefix lower-cased: no control character, nor
    /// space or colon after a space, in it. Every count is taken from
    /// blocks of sixteen bytes. None for any other line (`out` untouched).
    fn fold_and_measure_ascii(line: &str, fold_chars: usize, out: &mut String) -> Option<(Features, u8)> {
        let bytes = line.as_bytes();
        if bytes.len() > FEATURE_PREFIX_CHARS * 4 || !bytes.is_ascii() {
            return None;
        }
        let folded = bytes.len().min(fold_chars);
        let measured = bytes.len().min(FEATURE_PREFIX_CHARS);
        // The lanes of the block at `i` before `end`, as bits.
        let before = |end: usize, i: usize| if end >= i + 16 { 0xffff } else { (1u32 << end.saturating_sub(i)) - 1 };
        let mut last_space = out.is_empty() || out.ends_with(' ');
        let (mut tokens, mut space_run, mut prev_space) = (0, false, false);
        let (mut tally, mut folded_letters) = (Tallies::default(), 0);
        let mut i = 0;
        // Blocks of sixteen bytes from the start: one ends where the
        // measured prefix does (a multiple of sixteen), the last is shorter.
        while let Some(block) = lanes::Block::load(bytes, i, 16) {
            // Tokens begin after a space or at the start; pairs of spaces
            // are counted within the line.
            let space = block.spaces();
            let after = block.after_space(space, prev_space);
            tokens += ones(!space & (after | u32::from(i == 0)) & 0xffff);
            space_run |= space & after != 0;
            prev_space = block.ends_in(space);
            if i < measured {
                let letters = block.letters();
                tally.letters.add(letters);
                tally.digits.add(block.digits());
                tally.punct.add(block.punct());
                if i < folded {
                    let (odd, blank) = block.fold_changes(last_space);
                    if odd & before(folded, i) != 0 {
                        return None;
                    }
                    last_space = block.ends_in(blank);
                    folded_letters |= block.bits(letters) & before(folded, i);
                }
            }
            i += block.len;
        }
        let lanes = tally.lanes();
        let lane = |l: u32| ((lanes >> (16 * l)) & 0xffff) as u32;
        let mut punct = lane(3);
        if bytes.len() <= FEATURE_PREFIX_CHARS && bytes.last().is_some_and(|b| CLASS_2B[usize::from(*b)] & K_PUNCT != 0)
        {
            // The last character was measured: its punctuation is no inner
            // punctuation.
            punct -= 1;
        }
        let at = out.len();
        out.push_str(&line[..folded]);
        out[at..].make_ascii_lowercase();
        let f = Features {
            chars: bytes.len() as u32,
            words: tokens,
            letters: lane(1),
            digits: lane(0),
            measured: measured as u32,
            ending: ending_of(line),
            bullet: bullet_of(line),
            inner_punct: punct,
            unspaced: 0,
            space_run,
            in_line_prose: false,
        };
        Some((f, if folded_letters != 0 { K_LATIN } else { 0 }))
    }

    /// [`Features::fold_and_measure`] for any line.
    fn fold_and_measure_any(line: &str, fold_chars: usize, out: &mut String) -> (Features, u8) {
        debug_assert!(fold_chars <= FEATURE_PREFIX_CHARS);
        let classes = &*CLASS_2B;
        let quick = &*QUICK_2B;
        let mut f = Features { ending: ending_of(line), bullet: bullet_of(line), ..Features::default() };
        let bytes = line.as_bytes();
        let long = bytes.len() > FEATURE_PREFIX_CHARS * 4;
        // Digits, letters, unspaced letters and punctuation are counted in
        // the four 16-bit lanes of one `u64` (at most 400 each), and
        // punctuation in every position: the last character's is taken back
        // at the end.
        let mut c = Counts::default();
        let mut tally = Tallies::default();
        let (mut i, mut n) = (0, 0);
        if fold_chars > 0 {
            // The folded prefix, as in `fold_into`.
            let folds = &*FOLD_2B;
            let mut last_space = out.is_empty() || out.ends_with(' ');
            // Start of the characters read and not yet copied to `out`: they
            // fold to themselves, or to themselves lower-cased when `upper`.
            let mut run = 0;
            let mut upper = false;
            while i < bytes.len() && n < fold_chars {
                // Characters of one or two bytes that fold to themselves
                // (words of ASCII and of Arabic, Cyrillic, Greek…, the
                // single spaces between them, and ASCII capitals, lower-cased
                // when copied): the common case, in a tight loop, up to
                // sixteen ASCII characters at a time where it can.
                let start = i;
                while n < fold_chars {
                    match bytes.get(i..) {
                        Some(&[0xc2..=0xdf, ..]) => {
                            // Words of characters of two bytes that fold
                            // to themselves, with the single spaces between
                            // them. Spaces of two bytes end the run (they
                            // fold to the ASCII space, and are no letters
                            // of a word).
                            let r = Run::two_byte(bytes, i, fold_chars - n, quick, Q_CHANGED | Q_SPACE);
                            if r.chars == 0 {
                                break;
                            }
                            c.add_run(&r);
                            last_space = false;
                            i = r.end;
                            n += r.chars;
                            continue;
                        }
                        Some(&[b @ 0..=0x7f, ref next @ ..]) => {
                            // A block where an ASCII character follows (not
                            // for the single spaces between words of other
                            // scripts), up to the first that folding
                            // changes: a control character, a space after a
                            // space or a colon after a space.
                            if next.first().is_some_and(u8::is_ascii) {
                                if let Some((len, ends_in_space, capitals)) =
                                    c.fold_block(bytes, i, fold_chars - n, last_space, &mut tally)
                                {
                                    upper |= capitals;
                                    last_space = ends_in_space;
                                    i += len;
                                    n += len;
                                    continue;
                                }
                            }
                            let e = folds[usize::from(b)];
                            if !folds_to_itself(e, last_space) {
                                if !b.is_ascii_uppercase() {
                                    break;
                                }
                                upper = true;
                            }
                            c.add(classes[usize::from(b)]);
                            last_space = e & F_SPACE != 0;
                            i += 1;
                        }
                        _ => break,
                    }
                    n += 1;
                }
                if i != start {
                    continue;
                }
                let (k, e, len) = if bytes[i] < 0xe0 {
                    let (cp, len) = decode_1_2(bytes, i);
                    (classes[cp], folds[cp], len)
                } else {
                    fold_and_class_at(line, i)
                };
                c.add(k);
                n += 1;
                if folds_to_itself(e, last_space) {
                    last_space = e & F_SPACE != 0;
                    i += len;
                    continue;
                }
                copy_folded(out, &line[run..i], &mut upper);
                i += len;
                run = i;
                push_folded(out, e, &mut last_space);
            }
            copy_folded(out, &line[run..i], &mut upper);
        }
        let mut folded_scripts = c.classes & scripts::ALL;
        if !tally.letters.is_zero() {
            folded_scripts |= K_LATIN;
        }
        // The rest of the measured prefix.
        while i < bytes.len() && n < FEATURE_PREFIX_CHARS {
            if bytes[i] < 0x80 && bytes.get(i + 1).is_some_and(u8::is_ascii) {
                if let Some(block) = lanes::Block::load(bytes, i, FEATURE_PREFIX_CHARS - n) {
                    c.add_block(block, block.spaces(), &mut tally);
                    i += block.len;
                    n += block.len;
                    continue;
                }
            }
            if (0xc2..=0xdf).contains(&bytes[i]) {
                let r = Run::two_byte(bytes, i, FEATURE_PREFIX_CHARS - n, quick, Q_SPACE);
                if r.chars > 0 {
                    c.add_run(&r);
                    i = r.end;
                    n += r.chars;
                    continue;
                }
            }
            let (k, len) = class_at(classes, line, i);
            c.add(k);
            i += len;
            n += 1;
        }
        let lanes = c.lanes + tally.lanes();
        let Counts { mut tokens, mut prev_space, mut space_run, .. } = c;
        if !bytes.first().is_some_and(|b| b.is_ascii_graphic()) && line.starts_with(is_space) {
            // Counting began as if after a space; an untrimmed line's first
            // space ends no pair.
            space_run = has_space_pair(line, false);
        }
        // Characters are counted while measured, then past the prefix.
        let mut chars = n;
        if long {
            chars += line[i..].chars().count();
            // Whole-line token count from bytes: a space byte ends a token,
            // so tokens start where a non-space byte follows a space byte
            // (or the start).
            tokens = lanes::byte_tokens(bytes);
            space_run = space_run || has_space_pair(&line[i..], prev_space);
        } else {
            while i < bytes.len() {
                let b = if bytes[i] < 0x80 && bytes.get(i + 1).is_some_and(u8::is_ascii) {
                    lanes::Block::load(bytes, i, 16)
                } else {
                    None
                };
                if let Some(b) = b {
                    let space = b.spaces();
                    let after = b.after_space(space, prev_space);
                    tokens += ones(!space & after);
                    space_run |= space & after != 0;
                    prev_space = b.ends_in(space);
                    i += b.len;
                    chars += b.len;
                    continue;
                }
                if (0xc2..=0xdf).contains(&bytes[i]) {
                    let r = Run::two_byte(bytes, i, usize::MAX, quick, Q_SPACE);
                    if r.chars > 0 {
                        tokens += u32::from(prev_space) + r.spaces;
                        prev_space = false;
                        i = r.end;
                        chars += r.chars;
                        continue;
                    }
                }
                let (k, len) = class_at(classes, line, i);
                let space = k & K_SPACE != 0;
                tokens += u32::from(!space & prev_space);
                space_run |= space & prev_space;
                prev_space = space;
                i += len;
                chars += 1;
            }
        }
        let lane = |l: u32| ((lanes >> (16 * l)) & 0xffff) as u32;
        let mut punct = lane(3);
        if n == chars && chars > 0 {
            // The last character was measured: its punctuation is no inner
            // punctuation.
            let last = match bytes[bytes.len() - 1] {
                b @ 0..=0x7f => classes[usize::from(b)],
                _ => class_at(classes, line, line.char_indices().next_back().map_or(0, |(at, _)| at)).0,
            };
            punct -= u32::from(last & K_PUNCT != 0);
        }
        f.chars = chars as u32;
        f.measured = n as u32;
        f.digits = lane(0);
        f.letters = lane(1);
        f.inner_punct = punct;
        f.words = tokens + lane(2) / 2;
        f.unspaced = lane(2);
        f.space_run = space_run;
        (f, folded_scripts)
    }

    /// Share of letters among the measured characters (0.0 for an empty line).
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert_eq!(Features::of("Home").letter_ratio(), 1.0);
    /// assert_eq!(Features::of("ab 12").letter_ratio(), 0.4);
    /// assert_eq!(Features::of("12:30").letter_ratio(), 0.0);
    /// assert_eq!(Features::of("").letter_ratio(), 0.0);
    /// ```
    pub fn letter_ratio(&self) -> f32 {
        if self.measured == 0 { 0.0 } else { self.letters as f32 / self.measured as f32 }
    }

    /// A paragraph of running text: long, or ending like a sentence with
    /// enough words to be one. A long line with no punctuation at all is a
    /// list of words, unless most of its letters belong to scripts written
    /// without spaces.
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("The council approved the budget on Tuesday after a long debate.").is_prose());
    /// assert!(!Features::of("Storm hits the coast").is_prose()); // no sentence ending
    /// assert!(!Features::of("It rained.").is_prose()); // too short
    /// assert!(!Features::of("Will the storm reach the coast?").is_prose()); // a headline's question
    /// let languages = "Afrikaans Asturianu Català Čeština Cymraeg Dansk Deutsch Eesti English Español Esperanto \
    ///                  Euskara Français Frysk Gaeilge Galego Hrvatski Interlingua Italiano Kiswahili Latviešu \
    ///                  Lietuvių Magyar Nederlands Norsk Occitan Polski Português Română Shqip Slovenčina";
    /// assert!(!Features::of(languages).is_prose()); // no punctuation: a list of words
    /// assert!(Features::of(&languages.replacen(" ", ", ", 1)).is_prose());
    /// ```
    pub fn is_prose(&self) -> bool {
        match self.ending {
            Ending::Terminal => self.words >= 8 || self.chars >= 60,
            // Headlines often end with a question or exclamation mark.
            Ending::Question => self.words >= 16 || self.chars >= 100,
            // A long line with no punctuation at all is a list of words
            // (languages, tags, links), not a paragraph — except in text
            // written mostly in scripts whose sentences need none (Thai),
            // in long stretches, or in a run of such lines (Chinese blogs).
            _ => self.in_line_prose || (self.words >= 30 && (self.inner_punct > 0 || self.is_unspaced_text())),
        }
    }

    /// Text written mostly in scripts without spaces, in long stretches:
    /// at least four such letters to a space-separated token on average
    /// (Thai puts spaces between clauses, not words). Short tokens of
    /// those scripts parted by spaces are a list of words: a menu, tags, an
    /// archive of months.
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกร ในหลายจังหวัดทางภาคเหนือ").is_unspaced_text());
    /// assert!(!Features::of("首页 新闻 图片 评论 娱乐 时尚 财经 军事 体育").is_unspaced_text());
    /// assert!(!Features::of("Home News Sports").is_unspaced_text());
    /// ```
    pub fn is_unspaced_text(&self) -> bool {
        let tokens = self.words.saturating_sub(self.unspaced / 2);
        self.unspaced * 2 >= self.letters.max(1) && self.unspaced >= 4 * tokens
    }

    /// A long line written mostly in scripts without spaces (at least
    /// [`UNSPACED_LINE_LETTERS`] such letters), with no punctuation at its
    /// end: a sentence, or a headline. Three or more in a row are prose
    /// written a sentence per line (see [`Features::in_line_prose`]).
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("清晨的山路上雾气还没有散去 我们沿着溪谷慢慢往上走 一路都能听到鸟叫声").is_unspaced_line());
    /// assert!(!Features::of("山中露营记 枫红时节").is_unspaced_line()); // short
    /// assert!(!Features::of("清晨的山路上雾气还没有散去，我们沿着溪谷慢慢往上走。").is_unspaced_line()); // a sentence already
    /// assert!(!Features::of("The council approved the budget on Tuesday after a long debate").is_unspaced_line());
    /// ```
    pub fn is_unspaced_line(&self) -> bool {
        self.unspaced >= UNSPACED_LINE_LETTERS && self.ending == Ending::Open && self.is_unspaced_text()
    }

    /// A headline-like line: a few words, letters mostly, not a sentence
    /// ending with a full stop, not a truncated teaser, not a label ending
    /// with a colon (bullets are not excluded: callers check
    /// [`Features::bullet`] first where it matters).
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("Storm hits the coast").is_headline_like());
    /// assert!(Features::of("Will the storm reach the coast?").is_headline_like());
    /// assert!(!Features::of("The storm hit the coast.").is_headline_like()); // a full stop
    /// assert!(!Features::of("Read also:").is_headline_like()); // a label
    /// assert!(!Features::of("Home").is_headline_like()); // one word
    /// assert!(!Features::of("12 May 2024 - 10:30").is_headline_like()); // mostly digits
    /// ```
    pub fn is_headline_like(&self) -> bool {
        self.words >= 2
            && self.words <= 28
            && self.ending != Ending::Terminal
            && self.ending != Ending::Ellipsis
            && self.ending != Ending::Colon
            && self.letter_ratio() >= 0.5
    }

    /// A teaser snippet cut with an ellipsis.
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("The storm that hit the coast on Monday...").is_truncated());
    /// assert!(!Features::of("Read more…").is_truncated()); // fewer than three words
    /// assert!(!Features::of("The storm hit the coast.").is_truncated());
    /// ```
    pub fn is_truncated(&self) -> bool {
        self.ending == Ending::Ellipsis && self.words >= 3
    }

    /// A short, link-like line: at most four words and forty characters, no
    /// sentence ending.
    ///
    /// ```
    /// use newsclean::text::Features;
    ///
    /// assert!(Features::of("Home").is_short() && Features::of("Sports news").is_short());
    /// assert!(!Features::of("OK.").is_short()); // a sentence
    /// assert!(!Features::of("Storm hits the coast of the island").is_short()); // more than four words
    /// ```
    pub fn is_short(&self) -> bool {
        self.words <= 4 && self.chars <= 40 && !self.ending.is_terminal()
    }
}

/// Alphabetic characters: exactly [`char::is_alphabetic`] (unlike
/// [`is_letter`], Arabic diacritics count), with a fast path for ASCII and
/// a bitmap for the rest of the Basic Multilingual Plane.
///
/// ```
/// use newsclean::text::is_alphabetic;
/// assert!(is_alphabetic('a') && is_alphabetic('م') && is_alphabetic('\u{64b}') && is_alphabetic('北'));
/// assert!(!is_alphabetic('7') && !is_alphabetic('٣') && !is_alphabetic('-'));
/// ```
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphabetic() } else { ALPHABETIC.get(c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Oracles: the straightforward definitions the fast paths must match.

    /// `fold_char` as first written, asking `to_lowercase` every time.
    fn fold_char_reference(c: char) -> Option<char> {
        if c.is_ascii() {
            return Some(if c.is_ascii_whitespace() { ' ' } else { c.to_ascii_lowercase() });
        }
        match c {
            '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => Some('\u{0627}'),
            '\u{0649}' | '\u{06cc}' | '\u{06d2}' => Some('\u{064a}'),
            '\u{0629}' | '\u{06c0}' => Some('\u{0647}'),
            '\u{06a9}' => Some('\u{0643}'),
            c if is_arabic_ignorable(c) => None,
            '\u{0600}'..='\u{06ff}' => Some(c),
            c if is_bidi_mark(c) || is_zero_width_space(c) || c == '\u{200c}' || c == '\u{200d}' || c == '\u{ad}' => {
                None
            }
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => Some('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => Some('"'),
            '\u{2010}'..='\u{2015}' => Some('-'),
            '\u{ff1a}' => Some(':'),
            c if c.is_whitespace() => Some(' '),
            c => Some(c.to_lowercase().next().unwrap_or(c)),
        }
    }

    /// `Features::of` as first written: one `char` at a time.
    fn features_reference(line: &str) -> Features {
        let mut f = Features { chars: line.chars().count() as u32, ending: ending_of(line), ..Features::default() };
        let mut spaced_tokens = 0u32;
        let mut unspaced = 0u32;
        let mut in_token = false;
        let mut first = true;
        let long = line.len() > FEATURE_PREFIX_CHARS * 4;
        if long {
            let mut in_tok = false;
            for &b in line.as_bytes() {
                if b == b' ' || b == b'\t' {
                    in_tok = false;
                } else if !in_tok {
                    in_tok = true;
                    spaced_tokens += 1;
                }
            }
        }
        let last = f.chars.saturating_sub(1);
        for (i, c) in line.chars().enumerate() {
            if i >= FEATURE_PREFIX_CHARS {
                if long {
                    break;
                }
            } else {
                f.measured += 1;
                if c.is_numeric() {
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
        f.unspaced = unspaced;
        let spaces: Vec<bool> = line.chars().map(is_space).collect();
        f.space_run = spaces.windows(2).any(|w| w[0] && w[1]);
        f
    }

    #[test]
    fn cjk_ideographs_fold_to_themselves_with_one_class() {
        for cp in CJK_IDEOGRAPHS {
            let c = char::from_u32(cp).unwrap();
            assert_eq!(fold_entry(c), cp, "{c}");
            assert_eq!(classify(c), CJK_CLASSES, "{c}");
        }
        // The characters around the range are looked up in their pages.
        let text = "\u{4dff}\u{4e00}\u{9fff}\u{a000}\u{3007}";
        for (i, c) in text.char_indices() {
            assert_eq!(class_at(&CLASS_2B, text, i), (classify(c), c.len_utf8()), "{c}");
            assert_eq!(fold_and_class_at(text, i), (classify(c), fold_entry(c), c.len_utf8()), "{c}");
        }
    }

    #[test]
    fn byte_tokens_match_the_pairs() {
        let sp = |b: u8| b == b' ' || b == b'\t';
        let words = ["a", " ", "\t", "  ", "مرحبا", "x\u{a0}y", "word", "\u{3000}", "17"];
        for len in 0..120 {
            let line: String = (0..len).map(|k| words[(k * 7 + len) % words.len()]).collect();
            let bytes = line.as_bytes();
            let want = match bytes.first() {
                None => 0,
                Some(&first) => {
                    bytes.iter().zip(&bytes[1..]).filter(|&(&a, &b)| sp(a) && !sp(b)).count() + usize::from(!sp(first))
                }
            };
            assert_eq!(lanes::byte_tokens(bytes) as usize, want, "{line:?}");
        }
    }

    #[test]
    fn block_lanes_match_each_byte() {
        // Every ASCII byte at every position, among every other byte, in
        // blocks of every way of loading them.
        for filler in 0u8..0x80 {
            for b in 0u8..0x80 {
                for at in 0..16 {
                    let mut bytes = [filler; 16];
                    bytes[at] = b;
                    for len in [16, 11, 8, 5, 2, 1].into_iter().filter(|&len| at < len) {
                        let block = lanes::Block::load(&bytes[..len], 0, 16).unwrap();
                        assert_eq!(block.len, len);
                        let bytes = &bytes[..len];
                        let want = |keep: fn(u8) -> bool| {
                            bytes.iter().enumerate().filter(|&(_, &c)| keep(c)).map(|(k, _)| 1u32 << k).sum::<u32>()
                        };
                        let is_space = |c: u8| c == b' ' || (0x09..=0x0d).contains(&c);
                        assert_eq!(block.spaces(), want(is_space), "{bytes:?}");
                        assert_eq!(block.controls(), want(|c| c < 0x20), "{bytes:?}");
                        assert_eq!(block.bits(block.equal(b':')), want(|c| c == b':'), "{bytes:?}");
                        let letters = block.letters();
                        assert_eq!(block.bits(letters), want(|c| c.is_ascii_alphabetic()), "{bytes:?}");
                        assert_eq!(block.capitals(letters), want(|c| c.is_ascii_uppercase()), "{bytes:?}");
                        assert_eq!(block.bits(block.digits()), want(|c| c.is_ascii_digit()), "{bytes:?}");
                        let punct = |c: u8| matches!(c, b'.' | b',' | b'!' | b'?' | b';');
                        assert_eq!(block.bits(block.punct()), want(punct), "{bytes:?}");
                        let mut tally = lanes::Tally::default();
                        for _ in 0..50 {
                            tally.add(block.letters());
                        }
                        assert_eq!(tally.sum(), 50 * want(|c| c.is_ascii_alphabetic()).count_ones());
                    }
                }
            }
        }
    }

    #[test]
    fn blocks_load_the_ascii_bytes_up_to_the_first_other() {
        // Blocks of every length, from every offset, limited or not, with
        // a byte outside ASCII anywhere or nowhere.
        for total in 0..24usize {
            for other in (0..total).map(Some).chain([None]) {
                let bytes: Vec<u8> = (0..total).map(|k| if Some(k) == other { 0xd8 } else { b'a' + k as u8 }).collect();
                for i in 0..=total + 1 {
                    for max in 0..20 {
                        let block = lanes::Block::load(&bytes, i, max);
                        let ascii =
                            bytes.get(i..).unwrap_or_default().iter().take(max.min(16)).take_while(|b| b.is_ascii());
                        let want: Vec<u8> = ascii.copied().collect();
                        match block {
                            None => assert!(want.is_empty(), "{total} {other:?} {i} {max}"),
                            Some(block) => {
                                let lanes: [u8; 16] = bytemuck::cast(block.v);
                                assert_eq!(&lanes[..block.len], &want[..], "{total} {other:?} {i} {max}");
                                assert!(lanes[block.len..].iter().all(|&b| b == 0), "{total} {other:?} {i} {max}");
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_folded_character_keeps_its_script() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if let Some(f) = fold_char(c) {
                assert_eq!(fold_char(f), Some(f), "folding is idempotent: {c:?}");
                assert_eq!(script_bits(f), script_bits(c), "{c:?}");
            }
        }
        assert_eq!(script_bits('é'), scripts::LATIN);
        assert_eq!(
            (script_bits('Ж'), script_bits('λ'), script_bits('한')),
            (scripts::OTHER, scripts::OTHER, scripts::OTHER)
        );
        assert_eq!((script_bits('أ'), script_bits('ک')), (scripts::ARABIC, scripts::ARABIC));
        assert_eq!((script_bits('北'), script_bits('ไ')), (scripts::OTHER, scripts::OTHER));
        assert_eq!((script_bits('7'), script_bits('«'), script_bits('\u{64b}')), (0, 0, 0));
    }

    #[test]
    fn character_classes_match_the_standard_library() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(ALPHABETIC.get(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(fold_char(c), fold_char_reference(c), "{c:?}");
            if (c as u32) < 0x800 {
                assert_eq!(FOLD_2B[c as usize], fold_entry(c), "{c:?}");
                assert_eq!(CLASS_2B[c as usize], classify(c), "{c:?}");
                let changed = if fold_entry(c) & F_CHANGED != 0 { Q_CHANGED } else { 0 };
                assert_eq!(QUICK_2B[c as usize], u16::from(classify(c)) | changed, "{c:?}");
            }
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            assert_eq!(class_at(&CLASS_2B, s, 0), (classify(c), c.len_utf8()), "{c:?}");
        }
    }

    /// Characters that exercise every path of folding and measuring.
    const PALETTE: &[char] = &[
        'a', 'B', 'z', '0', '7', ' ', ' ', ' ', ':', '.', ',', '?', '!', '\t', '\x0b', '\u{a0}', '\u{200b}',
        '\u{200c}', '\u{200f}', '\u{feff}', '\u{3000}', '\u{2009}', 'أ', 'إ', 'ا', 'ى', 'ة', 'ـ', '\u{64b}', '٣', '؟',
        '،', 'ب', 'م', 'ک', 'ی', '«', '»', '“', '’', '—', '…', '：', 'İ', 'É', 'é', 'ß', 'Ж', 'Ω', '北', 'ア', 'ー',
        '한', '½', 'Ⅻ', '\u{301}', '•', '►', '-', '*', '😀', '𝐀', '𠀀',
    ];

    /// Mostly ASCII, so that blocks of it are measured and folded up to
    /// sixteen bytes at a time; with the bytes on either side of each range a block
    /// tests (`@ A Z [`, `` ` a z {``, `/ 0 9 :`, controls).
    const ASCII_PALETTE: &[char] = &[
        'a', 'e', 'o', 'k', 's', 'T', 'Q', 'A', 'Z', 'z', '1', '9', '0', ' ', ' ', ' ', ' ', ':', '.', ',', ';', '!',
        '?', '-', '\'', '"', '(', '@', '[', '`', '{', '/', '\t', '\x0b', '\x0e', '\x1f', '\x08', '\x7f', 'é', 'م', '’',
    ];

    #[test]
    fn a_line_ending_in_a_letter_of_two_bytes_is_open() {
        for c in ('\u{80}'..='\u{7ff}').filter(|&c| CLASS_2B[c as usize] & K_LETTER != 0) {
            for line in [format!("{c}"), format!("a.{c}"), format!("\u{64a}{c}")] {
                assert_eq!(ending_by_chars(&line), Ending::Open, "{line:?}");
                assert_eq!(ending_of(&line), Ending::Open, "{line:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn ending_of_matches_ending_by_chars(s in palette_string()) {
            proptest::prop_assert_eq!(ending_of(&s), ending_by_chars(&s), "{:?}", s);
        }
    }

    fn palette_string() -> impl proptest::strategy::Strategy<Value = String> {
        let any = proptest::collection::vec(proptest::sample::select(PALETTE), 0..120);
        let ascii = proptest::collection::vec(proptest::sample::select(ASCII_PALETTE), 0..300);
        proptest::prop_oneof![any, ascii].prop_map(|v| v.into_iter().collect())
    }

    use proptest::prelude::*;

    #[test]
    fn the_space_classes_are_the_ascii_space_s() {
        assert_eq!(SPACE_CLASSES, classify(' '));
    }

    /// [`Features::fold_and_measure`] of `line` after `prefix` against
    /// [`fold_into`], [`features_reference`] and [`script_bits`].
    fn check_fold_and_measure(line: &str, fold_chars: usize, prefix: &str) -> Result<(), TestCaseError> {
        let mut folded = prefix.to_owned();
        let (f, scripts) = Features::fold_and_measure(line, fold_chars, &mut folded);
        let mut want = prefix.to_owned();
        fold_into(line, fold_chars, &mut want);
        prop_assert_eq!(folded, want);
        prop_assert_eq!(f, features_reference(line));
        let want_scripts = line.chars().take(fold_chars).fold(0, |m, c| m | script_bits(c));
        prop_assert_eq!(scripts, want_scripts);
        Ok(())
    }

    /// Words of characters of two bytes, most folding to themselves,
    /// between separators: the runs [`Run::two_byte`] counts, and what
    /// ends them.
    fn two_byte_words() -> impl proptest::strategy::Strategy<Value = String> {
        let word = proptest::collection::vec(
            proptest::sample::select(&['ب', 'م', 'ا', 'ل', 'ة', 'أ', 'ى', '\u{64b}', '٣', '؟', 'Ж', 'é', 'ک', 'a'][..]),
            1..9,
        );
        let gap = proptest::sample::select(&[" ", " ", " ", "  ", "\u{a0}", "", "\u{200f}", " . "][..]);
        proptest::collection::vec((word, gap), 0..80)
            .prop_map(|v| v.into_iter().map(|(w, g)| w.into_iter().collect::<String>() + g).collect::<String>())
    }

    proptest! {
        #[test]
        fn words_of_two_byte_characters_fold_and_measure_as_the_references(s in two_byte_words(), fold_chars in 0usize..=FEATURE_PREFIX_CHARS) {
            check_fold_and_measure(trim(&s), fold_chars, "x ")?;
        }

        #[test]
        fn fold_into_matches_fold_core(s in palette_string(), max in 0usize..150, prefix in proptest::sample::select(&["", "x", "x ", "\n", " "][..])) {
            let (mut fast, mut slow) = (prefix.to_owned(), prefix.to_owned());
            let read = fold_into(&s, max, &mut fast);
            let (read_slow, _) = fold_core(&s, max, &mut slow, usize::MAX);
            prop_assert_eq!(fast, slow);
            prop_assert_eq!(read, read_slow);
        }

        #[test]
        fn source_offset_matches_fold_core(s in palette_string()) {
            let mut folded = String::new();
            fold_core(&s, usize::MAX, &mut folded, usize::MAX);
            for len in 0..=folded.len() + 1 {
                let mut scratch = String::new();
                prop_assert_eq!(source_offset(&s, len), fold_core(&s, usize::MAX, &mut scratch, len).1, "{}", len);
            }
        }

        #[test]
        fn fold_and_measure_matches_the_references(s in palette_string(), fold_chars in 0usize..=FEATURE_PREFIX_CHARS, repeat in 1usize..40) {
            // Repeat to reach past the prefixes and the long-line threshold.
            let line = trim(&s.repeat(repeat)).to_owned();
            check_fold_and_measure(&line, fold_chars, "x\n")?;
            prop_assert_eq!(Features::of(&line), features_reference(&line));
        }

        #[test]
        fn ascii_lines_fold_and_measure_as_any_line(
            v in proptest::collection::vec(proptest::sample::select(&ASCII_PALETTE[..ASCII_PALETTE.len() - 3]), 0..120),
            fold_chars in 0usize..=FEATURE_PREFIX_CHARS,
            repeat in 1usize..20,
            prefix in proptest::sample::select(&["", "x", "x ", "\n", " "][..]),
        ) {
            let line = trim(&v.into_iter().collect::<String>().repeat(repeat)).to_owned();
            let (mut fast, mut any) = (prefix.to_owned(), prefix.to_owned());
            let want = Features::fold_and_measure_any(&line, fold_chars, &mut any);
            match Features::fold_and_measure_ascii(&line, fold_chars, &mut fast) {
                Some(got) => {
                    prop_assert_eq!(got, want);
                    prop_assert_eq!(&fast, &any);
                }
                None => prop_assert_eq!(fast, prefix),
            }
            prop_assert_eq!(want.0, features_reference(&line));
        }

        #[test]
        fn trim_matches_the_reference(s in palette_string(), edge in proptest::sample::select(&["", "a", "\u{61c}", "\u{200f}", " ", "\u{a0}", "ب", "\u{64b}"][..])) {
            let line = format!("{edge}{s}{edge}");
            prop_assert_eq!(trim(&line), line.trim_matches(|c: char| is_space(c) || is_bidi_mark(c)));
        }

        #[test]
        fn space_pairs_match_the_reference(s in palette_string(), prev_space in any::<bool>()) {
            let mut prev = prev_space;
            let mut want = false;
            for c in s.chars() {
                want |= prev && is_space(c);
                prev = is_space(c);
            }
            prop_assert_eq!(has_space_pair(&s, prev_space), want);
        }

        #[test]
        fn endings_match_the_reference(s in palette_string(), tail in proptest::sample::select(&["", "a", "Z", "7", ".", "a.", "..", "….", ":", ";", "!", "?", ",", "-", "…", ")", "»", "\"", " ", ".)", "…\")", "»)", "?\t)", "*"][..])) {
            let line = format!("{s}{tail}");
            prop_assert_eq!(ending_of(&line), ending_by_chars(&line));
        }
    }

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
    fn a_long_line_without_punctuation_is_prose_only_in_unspaced_scripts() {
        // Thai writes sentences without punctuation: a long line is prose.
        let thai = "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม \
                    ในหลายจังหวัดทางภาคเหนือและภาคตะวันออกเฉียงเหนือ โดยจะจ่ายเงินชดเชยให้ภายในสิ้นเดือนนี้";
        let f = Features::of(thai);
        assert!(f.unspaced > 0 && f.inner_punct == 0 && f.is_prose(), "{f:?}");
        // Thirty words of tags with no punctuation are a list.
        let tags = ["storm"; 31].join(" ");
        assert!(!Features::of(&tags).is_prose());
        assert!(Features::of(&tags.replacen(' ', ", ", 1)).is_prose());
    }

    #[test]
    fn short_tokens_of_unspaced_scripts_are_a_list() {
        // Thirty words of months and counts with no punctuation: an archive.
        let archive = ["2016 十月 (1)"; 12].join(" ");
        let f = Features::of(&archive);
        assert!(f.words >= 30 && f.unspaced * 2 >= f.letters && !f.is_prose(), "{f:?}");
        // Clauses parted by spaces are prose.
        let clauses = ["政府宣布了帮助受洪水影响农民的新措施"; 4].join(" ");
        assert!(Features::of(&clauses).is_prose());
    }

    #[test]
    fn is_alphabetic_matches_the_standard_library() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn char_count_matches_chars() {
        for s in ["", "abc", "مرحبا", "北京", "e\u{301}", "😀x"] {
            assert_eq!(char_count(s), s.chars().count());
        }
    }
}
