//! Moves metadata lines out of the text and into [`Metadata`](crate::Metadata):
//! crawl timestamps and standalone dates, "published on" lines, "source:"
//! lines, keyword / tag lines and bylines.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{self, Ending, Features, fold, is_word_char, source_offset};
use crate::{Category, Cleaner, Confidence, Document, Hit, Line, LineId, MetaField, Reason};

/// A line that is only a numeric date and/or time, with an optional zone:
/// `2024-12-22@10:01:03 GMT`, `22/12/2024 10:01`, `10:01 PM`, and the
/// Chinese, Japanese and Korean forms, the year, month and day (hour and
/// minute) each closed by its sign: `2026年11月21日 10時30分`, `2026년 11월
/// 21일 10:30`.
static NUMERIC_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^
        (?:
          (?: \d{4}[-/.]\d{1,2}[-/.]\d{1,2} | \d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}
            | \d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일] )
          (?: \s*[T@,|\-–]?\s* \d{1,2}(?: :\d{2}(?::\d{2})?(?:\.\d+)? | [時时]\d{1,2}分 | 시\s?\d{1,2}분 )
              \s*(?:[ap]\.?m\.?)? )?
        | \d{1,2}:\d{2}(?::\d{2})? \s*(?:[ap]\.?m\.?)?
        )
        \s*(?:gmt|utc|z|[+\-]\d{2}:?\d{2})?\s*$",
    )
    .expect("built-in NUMERIC_DATE pattern is valid")
});

/// A date followed closely by a clock time: `23.06.2016 um 16:14`,
/// `17.07, 2011 @ 13:04`, `24. März 2004, 19:49`, `March 10, 2015 at 08:05`,
/// `03-10-2004 2:20pm`.
static DATE_THEN_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?: \d{4}-\d{1,2}-\d{1,2}
          | \d{1,2}[./-]\d{1,2}(?:[./-]|,\s?)\d{2,4}
          | \d{1,2}\.?\s\p{L}{3,}\.?,?\s\d{4}
          | \p{L}{3,}\.?\s\d{1,2},?\s\d{4} )
        [^\d:]{0,12}? \b\d{1,2}:\d{2}(?:[ap]m)?\b",
    )
    .expect("built-in DATE_THEN_TIME pattern is valid")
});

/// Detail of the removal of a bar of fields holding a time stamp (a
/// comment's header, too: the article cleaner looks for it).
pub(crate) const TIME_STAMP_BAR: &str = "time stamp with fields";

/// Field separators of a metadata bar, spaced: "date - author - comments".
const BAR_SEPARATORS: [&str; 6] = [" - ", " – ", " — ", " | ", " · ", " @ "];

/// A bar of fields holding a time stamp ("23.06.2016 um 16:14 Uhr - Jane
/// Doe - 91 Kommentare", "Comment by Jane — 17.07, 2011 @ 13:04", "24. März
/// 2004, 19:49 | Forum"): a short line, not a sentence nor a label over a
/// list, holding a date followed by a clock time and fields set apart by a
/// spaced dash, bar, dot or "@", with no label ending with a colon before
/// the date ("Termin: 28.02.2020 - 18:30 Uhr" announces an event and
/// stays). A dateline with no separators ("2/26/2015 7:11 AM PST BY JANE
/// DOE") heads the article and stays with it.
fn is_time_stamp_bar(line: &Line<'_>) -> bool {
    if !may_be_time_stamp_bar(&line.features) {
        return false;
    }
    if !may_hold_clock_time(line.text) || !BAR_SEPARATORS.iter().any(|s| line.text.contains(s)) {
        return false;
    }
    let Some(m) = DATE_THEN_TIME.find(line.text) else { return false };
    !line.text[..m.start()].contains([':', '：'])
}

/// Could `text` hold a clock time in digits of any script ("12:55",
/// "١٢:٥٥")? A digit right before a colon and two right after it, as the
/// `\d{1,2}:\d{2}` of [`DATE_THEN_TIME`] needs: lines without one are not
/// searched.
fn may_hold_clock_time(text: &str) -> bool {
    memchr::memchr_iter(b':', text.as_bytes()).any(|i| {
        let mut after = text[i + 1..].chars();
        text[..i].chars().next_back().is_some_and(text::is_numeric)
            && after.next().is_some_and(text::is_numeric)
            && after.next().is_some_and(text::is_numeric)
    })
}

/// Does a date and nothing else stand before hit `h` ("2026-11-21 10:30
/// 来源：新华社", a dateline and its source)?
fn after_date(line: &Line<'_>, h: &Hit) -> bool {
    let before = line.folded[..h.start as usize].trim_end();
    !before.is_empty() && NUMERIC_DATE.is_match(before)
}

/// Longest line (words) taken as a "published" / "source" / byline line.
const MAX_LABEL_LINE_WORDS: u32 = 14;
/// Longest keywords line (words).
const MAX_KEYWORD_LINE_WORDS: u32 = 80;

/// Removes metadata lines and records their values.
///
/// - **Dates**: a short line that is only a date or time (numbers, month or
///   weekday names, a time zone) → [`Metadata::dates`](crate::Metadata::dates).
/// - **Published**: a short line starting with a "published" label
///   ("Published on", "تاريخ النشر", "Publié le") → `published`.
/// - **Source**: a short line starting with a "source" label ("Source:",
///   "المصدر:") → `source`; later, a short line that only names that source
///   (e.g. `الحرة:` at the top of the page) goes too.
/// - **Keywords**: a line starting with a keywords label ("Tags:",
///   "كلمات دلالية:") → `keywords`. A label alone on its line takes the
///   short lines under it as its values, or the one line under it when that
///   line is a list of words with no sentence punctuation (a tag cloud).
/// - **Bylines**: a short line starting with a byline label ("By",
///   "بقلم") followed by a name → `authors`; also when a date follows the
///   name ("Von Anja Muster am 14. Mai 2014, 15:40 Uhr").
///   A byline label alone on its line ("Von:") goes with the name on the
///   line under it.
/// - **Post footers**: a line of at most 60 words opening with a
///   "published" label and holding a keywords label after it ("Erstellt am
///   6. Mai 2014 und abgelegt unter Linux, Ubuntu. Kommentare sind
///   geschlossen.") → `published`.
/// - **Dated verbs**: a short line that is a "published" verb and a date
///   ("Veröffentlicht 23.06.2016 um 16:14") → `published`.
/// - **Dangling labels**: a short line ending with a colon right above a
///   removed date line.
///
/// A date inside a sentence, or a "source" mentioned in prose, stays.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::MetadataCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(MetadataCleaner).build()?;
/// let out = p.clean("2024-12-22@10:01:03 GMT\nتاريخ النشر: 19th, June 2024 GMT\nالنص الكامل للخبر هنا.\nكلمات دلالية: روسيا، كوريا\n");
/// assert_eq!(out.text(), "النص الكامل للخبر هنا.\n");
/// assert_eq!(out.metadata().dates, ["2024-12-22@10:01:03 GMT"]);
/// assert_eq!(out.metadata().published.as_deref(), Some("19th, June 2024 GMT"));
/// assert_eq!(out.metadata().keywords, ["روسيا", "كوريا"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct MetadataCleaner;

/// Byte offset in the line's text of what follows the first `folded_len`
/// bytes of its folded prefix (see [`source_offset`]): at once when the
/// text up to there is its folded form, not ending with a space (a label
/// in a script without case, "تاريخ النشر:"), as folding then changed
/// nothing before it.
fn text_offset(line: &Line<'_>, folded_len: usize) -> usize {
    let (text, folded) = (line.text.as_bytes(), line.folded.as_bytes());
    let unchanged = folded_len > 0
        && folded_len <= folded.len()
        && folded_len <= text.len()
        && folded[folded_len - 1] != b' '
        && line.text.is_char_boundary(folded_len)
        && text[..folded_len] == folded[..folded_len];
    if unchanged { folded_len } else { source_offset(line.text, folded_len) }
}

/// The text after a label hit, without separators; `None` when empty.
fn value_after<'t>(line: &Line<'t>, hit: &Hit) -> Option<&'t str> {
    let off = text_offset(line, hit.end as usize);
    let v = line.text[off..].trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '：' | '-' | '–' | '—' | '|' | '،' | ',' | '/' | '»' | '>' | '.')
    });
    (!v.is_empty()).then_some(v)
}

/// Does `text` end with a time's "a.m." or "p.m." (whose full stop closes
/// no sentence)?
fn ends_with_meridiem(text: &str) -> bool {
    match text.trim_end().as_bytes() {
        [.., before, b'a' | b'A' | b'p' | b'P', b'.', b'm' | b'M', b'.'] => !before.is_ascii_alphabetic(),
        _ => false,
    }
}

/// Does hit `h` open its line with a "published" verb ("Updated",
/// "Veröffentlicht")?
fn opens_with_verb(h: &Hit) -> bool {
    h.at_start && h.category == Category::Dated
}

/// A short line that is a "published" verb followed by a date and nothing
/// else ("Veröffentlicht 23.06.2016 um 16:14", "Updated 21:22, 6 OCT
/// 2020"): the verb, then only numbers, date words and words of at most
/// three letters ("um", "at"), with at least four digits. Returns the date.
fn dated_verb_line<'t>(line: &Line<'t>) -> Option<&'t str> {
    let f = &line.features;
    let sentence = f.ending.is_terminal() && !ends_with_meridiem(line.text);
    // `may_be_date_line` less its test of the ending.
    if f.digits < 4 || f.words > 8 || f.chars > 80 || sentence {
        return None;
    }
    let verb = line.hits.iter().find(|h| opens_with_verb(h))?;
    let end = verb.end as usize;
    // A verb closed by a colon is a label ("Updated: …"), read as one.
    if line.folded[end..].starts_with(':') {
        return None;
    }
    let dated = line.folded_tokens().filter(|(range, _)| range.start >= end).all(|(range, token)| {
        let letters = token.chars().filter(|&c| is_word_char(c) && !text::is_numeric(c)).count();
        letters <= 3 || line.covered_bytes(&range, |h| h.category == Category::Date) > 0
    });
    let value = line.text[text_offset(line, end)..].trim_start_matches([',', ' ']).trim();
    (dated && value.starts_with(|c: char| c.is_alphanumeric())).then_some(value)
}

/// Is this short line a date or a time and nothing else?
fn is_date_line(line: &Line<'_>) -> bool {
    if !may_be_date_line(&line.features) {
        return false;
    }
    let f = &line.features;
    if f.chars <= 48 && f.digits >= 3 && f.letter_ratio() < 0.5 && NUMERIC_DATE.is_match(line.text) {
        return true;
    }
    if !line.has(Category::Date) {
        return false;
    }
    // Every word with more than three letters must be a date word.
    line.folded_tokens().all(|(range, token)| {
        let letters = token.chars().filter(|&c| is_word_char(c) && !text::is_numeric(c)).count();
        letters <= 3 || line.covered_bytes(&range, |h| h.category == Category::Date) > 0
    })
}

fn split_keywords(value: &str) -> Vec<String> {
    const SEPS: [char; 8] = [',', '،', ';', '؛', '|', '·', '•', '#'];
    if value.contains(SEPS) {
        value.split(SEPS).map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_owned).collect()
    } else {
        vec![value.to_owned()]
    }
}

/// The values of a lone keywords label on one line ("Bier Boot Cask
/// Strength Dessau …", "Politik, Wahlen, Berlin, …"): at most
/// [`MAX_KEYWORD_LINE_WORDS`] words, no sentence punctuation anywhere (a
/// sentence under the label is a paragraph, not its values).
fn is_keyword_cloud(line: &Line<'_>) -> bool {
    line.features.words <= MAX_KEYWORD_LINE_WORDS
        && !line.text.chars().any(|c| matches!(c, '.' | '!' | '?' | ';' | ':' | '。' | '！' | '？' | '؟' | '…'))
}

/// A byline value looks like a name: starts with a letter, at most six
/// words, and (for cased scripts) an upper-case first letter, and a last
/// word that is no lower-case word ("Von Rechts wegen" and "Von
/// Barzahler-Rabatten profitieren" are headings; an e-mail address may
/// close a byline). Single words joined by "and" are a heading too ("Von Risiken
/// und Nebenwirkungen"); names joined so have two words each ("Von Anja
/// Muster und Jan Roe").
fn looks_like_name(value: &str) -> bool {
    let Some(first) = value.chars().next() else { return false };
    let words = value.split_whitespace();
    if !text::is_alphabetic(first) || first.is_lowercase() || words.clone().count() > 6 {
        return false;
    }
    let lower_word =
        |w: &str| w.starts_with(char::is_lowercase) && w.chars().all(|c| text::is_alphabetic(c) || c == '-');
    if words.clone().last().is_some_and(lower_word) {
        return false;
    }
    let joins = |w: &str| matches!(w, "und" | "and" | "et" | "y" | "e" | "i" | "&");
    // The words between joins: a name has two or more.
    let (mut run, mut short, mut joined) = (0, false, false);
    for w in words {
        if joins(w) {
            (joined, short, run) = (true, short || run < 2, 0);
        } else {
            run += 1;
        }
    }
    !(joined && (short || run < 2))
}

/// Does hit `h` open the line with a byline label ("By", "Von", "记者")?
/// A label of a script without spaces glued to the word after it is that
/// word's start ("记者会见…", a press conference), not a label over a name
/// ("记者 王伟", "记者：王伟"); a title that follows a name ("기자", scope
/// [`Scope::Anywhere`](crate::Scope::Anywhere)) labels nothing after it.
fn is_byline_label(line: &Line<'_>, h: &Hit) -> bool {
    if !h.at_start || h.category != Category::Byline || h.scope == crate::Scope::Anywhere {
        return false;
    }
    let (label, rest) = line.folded.split_at(h.end as usize);
    let unspaced = |c: Option<char>| c.is_some_and(text::is_unspaced_script);
    !(unspaced(label.chars().next_back()) && unspaced(rest.chars().next()))
}

/// The name of a byline whose title follows it and closes the line ("김민수
/// 기자"): a byline phrase standing anywhere (a title, not a label) ends a
/// line of two words, and the word before it, with no digits, looks like a
/// name. A longer line ("국회 출입 기자") names a beat, not a person.
fn name_over_title<'t>(line: &Line<'t>) -> Option<&'t str> {
    let f = &line.features;
    if f.digits > 0 || f.ending != Ending::Open || f.words != 2 {
        return None;
    }
    let end = line.folded.trim_end().len();
    line.hits.iter().find(|h| {
        h.category == Category::Byline && h.scope == crate::Scope::Anywhere && !h.at_start && h.end as usize == end
    })?;
    // The title, on word boundaries, is the second word: the name the first.
    let name = line.text.split_whitespace().next()?;
    looks_like_name(name).then_some(name)
}

/// The name under a byline label alone on its line ("Von:" over "Götz
/// Warnke", "By:" over "Jane Doe"): the label is the whole line and ends
/// with a colon, and the next line, kept, is a name of at most
/// [`MAX_BYLINE_NAME_WORDS`] words with no sentence punctuation or digits.
fn byline_label_over_name<'d>(doc: &'d Document<'_>, line: &Line<'_>) -> Option<&'d str> {
    let f = &line.features;
    if f.words != 1 || f.ending != Ending::Colon || !line.starts_with(Category::Byline) {
        return None;
    }
    let next = LineId(line.id.0 + 1);
    if next.index() >= doc.len() || doc.is_removed(next) {
        return None;
    }
    let nf = doc.features_of(next);
    let text = doc.text_of(next).trim();
    let plain = nf.words <= MAX_BYLINE_NAME_WORDS
        && nf.digits == 0
        && nf.ending == Ending::Open
        && nf.inner_punct == 0
        && looks_like_name(text);
    plain.then_some(text)
}

/// Most words of a name under a byline label alone on its line.
const MAX_BYLINE_NAME_WORDS: u32 = 4;

/// Longest post footer, in words.
const MAX_POST_FOOTER_WORDS: u32 = 60;

/// A blog post's footer ("Posted on 6 May 2014 and filed under Linux,
/// Ubuntu. Comments are closed.", "Dieser Eintrag wurde veröffentlicht in
/// Podcast und verschlagwortet mit …"): a line of at most
/// [`MAX_POST_FOOTER_WORDS`] words opening with a "published" label and
/// holding a keywords label after it, however long its list. Returns the
/// value after the label.
/// What [`is_time_stamp_bar`] asks of a line's features before anything
/// else.
fn may_be_time_stamp_bar(f: &Features) -> bool {
    f.digits >= 5 && !f.bullet && !f.is_prose() && !f.ending.is_terminal() && f.ending != Ending::Colon
}

/// What [`is_date_line`] asks of a line's features before anything else.
fn may_be_date_line(f: &Features) -> bool {
    f.digits > 0 && f.words <= 10 && f.chars <= 80 && !(f.ending.is_terminal() && f.words > 6)
}

fn post_footer<'t>(line: &Line<'t>) -> Option<&'t str> {
    if line.features.words > MAX_POST_FOOTER_WORDS || line.hits.len() < 2 {
        return None;
    }
    let label = line.hits.iter().find(|h| h.at_start && h.category == Category::Published)?;
    line.hits.iter().any(|h| h.category == Category::Keywords && h.start >= label.end).then_some(())?;
    value_after(line, label)
}

/// Longest byline with a date, in words.
const MAX_DATED_BYLINE_WORDS: u32 = 16;

/// Does the text hold a clock time ("12:55", "8:05")?
fn has_clock_time(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b':', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// The name of a byline that goes on with a date ("Anja Muster am 14. Mai
/// 2014, 15:40 Uhr", "Daniel | Published: 23. Juli 2017", "Jane Doe on
/// March 10, 2015 at 08:05", "Jane Doe at 12:55 AM"): the words before the
/// first digit, separator or date word, less lowercase link words at their
/// end, when they are one to four capitalised words and the line, not a
/// sentence, holds digits and a date word or a clock time.
fn dated_byline<'t>(line: &Line<'t>, value: &'t str) -> Option<&'t str> {
    let f = &line.features;
    if f.words > MAX_DATED_BYLINE_WORDS || f.ending.is_terminal() || f.digits == 0 {
        return None;
    }
    if !line.has(Category::Date) && !has_clock_time(value) {
        return None;
    }
    let mut cut = value
        .find(|c: char| text::is_numeric(c) || matches!(c, '|' | '/' | '·' | '•' | '–' | '—'))
        .unwrap_or(value.len());
    // A date word ("March", "Montag") after the name ends it too.
    let value_at = value.as_ptr() as usize - line.text.as_ptr() as usize;
    if let Some(at) = line
        .hits
        .iter()
        .filter(|h| h.category == Category::Date)
        .map(|h| text_offset(line, h.start as usize))
        .filter(|&at| at > value_at)
        .min()
    {
        // The hit's offset may fall inside the word: cut at its start.
        let word = value[..(at - value_at).min(value.len())].rfind(char::is_whitespace).unwrap_or(0);
        cut = cut.min(word);
    }
    let mut name = value[..cut].trim_end_matches([' ', ',', '-']);
    // Drop link words ("am", "on", "le") before the date.
    while let Some((head, last)) = name.rsplit_once(' ') {
        if !last.chars().next().is_some_and(char::is_lowercase) {
            break;
        }
        name = head.trim_end_matches([' ', ',']);
    }
    // Every word of the name capitalised, at most four of them.
    let capitalised = name.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    (cut < value.len() && capitalised && (1..=4).contains(&name.split_whitespace().count())).then_some(name)
}

/// Three or more date lines in a row are a table or a list (release
/// history, schedule), not page metadata: keep them.
fn drop_date_runs(found: &mut Vec<(LineId, Found, Confidence)>) {
    let is_date = |f: &(LineId, Found, Confidence)| matches!(f.1, Found::Date(_) | Found::Stamp);
    // Most pages have fewer date lines than a run: no table to mark.
    if found.iter().filter(|f| is_date(f)).nth(2).is_none() {
        return;
    }
    let mut keep = vec![true; found.len()];
    let mut i = 0;
    while i < found.len() {
        if !is_date(&found[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < found.len() && is_date(&found[j]) && found[j].0.0 == found[j - 1].0.0 + 1 {
            j += 1;
        }
        if j - i >= 3 {
            keep[i..j].iter_mut().for_each(|k| *k = false);
        }
        i = j;
    }
    let mut k = keep.into_iter();
    found.retain(|_| k.next().unwrap_or(true));
}

enum Found {
    Date(String),
    Published(String),
    Source(String),
    Keywords(Vec<String>),
    Author(String),
    KeywordItem(String),
    /// A bar of fields holding a time stamp: removed, its value not kept.
    Stamp,
}

impl Cleaner for MetadataCleaner {
    fn name(&self) -> &'static str {
        "metadata"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut found: Vec<(LineId, Found, Confidence)> = Vec::new();
        // The line right under a lone keywords label.
        let mut under_label = false;
        // Outside a tag list, a line is tested only for labels (keywords,
        // "published", source and byline markers), dates and time stamps:
        // the views of other lines are not built.
        let tags = std::cell::Cell::new(false);
        let label = |h: &Hit| {
            matches!(h.category, Category::Keywords | Category::Published | Category::Source | Category::Byline)
        };
        // A "published" verb opening the line may stand before a date ending
        // with "a.m.", which no date line ends with.
        let candidate = |f: &Features, hits: &[Hit], _: &str| {
            tags.get()
                || hits.iter().any(|h| label(h) || opens_with_verb(h))
                || may_be_date_line(f)
                || may_be_time_stamp_bar(f)
        };
        for line in doc.lines_where(candidate) {
            let f = &line.features;
            if tags.get() {
                if f.is_short() && !f.is_prose() {
                    found.push((line.id, Found::KeywordItem(line.text.to_owned()), Confidence::Medium));
                    under_label = false;
                    continue;
                }
                if under_label && is_keyword_cloud(&line) {
                    found.push((line.id, Found::Keywords(split_keywords(line.text)), Confidence::Medium));
                    tags.set(false);
                    under_label = false;
                    continue;
                }
                tags.set(false);
            }
            under_label = false;
            if let Some(hit) = line.hits.iter().find(|h| h.at_start && h.category == Category::Keywords) {
                if f.words <= MAX_KEYWORD_LINE_WORDS {
                    match value_after(&line, hit) {
                        Some(v) => found.push((line.id, Found::Keywords(split_keywords(v)), Confidence::High)),
                        None if hit.whole => {
                            found.push((line.id, Found::Keywords(Vec::new()), Confidence::High));
                            tags.set(true);
                            under_label = true;
                        }
                        None => {}
                    }
                    continue;
                }
            }
            if let Some(v) = post_footer(&line) {
                found.push((line.id, Found::Published(v.to_owned()), Confidence::Medium));
                continue;
            }
            if f.words <= MAX_LABEL_LINE_WORDS && !f.is_prose() {
                if let Some(hit) = line.hits.iter().find(|h| h.at_start && h.category == Category::Published) {
                    if let Some(v) = value_after(&line, hit) {
                        found.push((line.id, Found::Published(v.to_owned()), Confidence::High));
                        continue;
                    }
                }
                let source = line.hits.iter().find(|h| {
                    h.category == Category::Source
                        && (h.at_start
                            || (h.scope == crate::Scope::Glued && f.ending != Ending::Terminal)
                            || after_date(&line, h))
                });
                if let Some(hit) = source {
                    if let Some(v) = value_after(&line, hit) {
                        if v.split_whitespace().count() <= 6 {
                            found.push((line.id, Found::Source(v.to_owned()), Confidence::High));
                            continue;
                        }
                    }
                }
                if let Some(hit) = line.hits.iter().find(|h| is_byline_label(&line, h)) {
                    let labelled = line.folded[..hit.end as usize].ends_with(':') || f.words <= 6;
                    if let Some(v) = value_after(&line, hit) {
                        if labelled && f.ending != Ending::Terminal && looks_like_name(v) {
                            found.push((line.id, Found::Author(v.to_owned()), Confidence::Medium));
                            continue;
                        }
                        // "Von Anja Muster am 14. Mai 2014, 15:40 Uhr": a name and a date.
                        if let Some(name) = dated_byline(&line, v) {
                            found.push((line.id, Found::Author(name.to_owned()), Confidence::Medium));
                            continue;
                        }
                    }
                }
                if let Some(name) = name_over_title(&line) {
                    found.push((line.id, Found::Author(name.to_owned()), Confidence::Medium));
                    continue;
                }
            }
            if is_date_line(&line) {
                found.push((line.id, Found::Date(line.text.to_owned()), Confidence::High));
            } else if is_time_stamp_bar(&line) {
                found.push((line.id, Found::Stamp, Confidence::Medium));
            } else if let Some(v) = dated_verb_line(&line) {
                found.push((line.id, Found::Published(v.to_owned()), Confidence::Medium));
            }
        }
        drop_date_runs(&mut found);

        let name = self.name();
        for (id, what, confidence) in found {
            let field = match what {
                Found::Stamp => {
                    let reason = Reason::Metadata(MetaField::Date);
                    doc.remove_line_with(id, name, reason, confidence, TIME_STAMP_BAR);
                    continue;
                }
                Found::Date(v) => {
                    doc.metadata_mut().dates.push(v);
                    MetaField::Date
                }
                Found::Published(v) => {
                    doc.metadata_mut().published.get_or_insert(v);
                    MetaField::Published
                }
                Found::Source(v) => {
                    doc.metadata_mut().source.get_or_insert(v);
                    MetaField::Source
                }
                Found::Keywords(v) => {
                    doc.metadata_mut().keywords.extend(v);
                    MetaField::Keywords
                }
                Found::KeywordItem(v) => {
                    doc.metadata_mut().keywords.push(v);
                    MetaField::Keywords
                }
                Found::Author(v) => {
                    doc.metadata_mut().authors.push(v);
                    MetaField::Author
                }
            };
            doc.remove_line_with(id, name, Reason::Metadata(field), confidence, "metadata label");
        }

        // Lines that only name the source ("الحرة:") and labels dangling
        // above a removed date line.
        let source = doc.metadata().source.as_deref().map(fold);
        let mut extra = Vec::new();
        let mut doc_authors = Vec::new();
        for line in doc.lines_where(|f, _, _| f.words <= 4 && !f.is_prose()) {
            let (id, i) = (line.id, line.id.index());
            let bare = line.folded.trim_end_matches([':', ' ', '-', '|']);
            if source.as_deref().is_some_and(|s| !s.is_empty() && s == bare) {
                extra.push((id, MetaField::Source, "names the source alone"));
                continue;
            }
            if line.features.ending == Ending::Colon && line.features.words <= 3 {
                let next_is_date = i + 1 < doc.len()
                    && matches!(
                        doc.removal_of(LineId(i as u32 + 1)).map(|r| r.reason),
                        Some(Reason::Metadata(MetaField::Date | MetaField::Published))
                    );
                if next_is_date {
                    extra.push((id, MetaField::Label, "label above a date line"));
                    continue;
                }
            }
            if let Some(name) = byline_label_over_name(doc, &line) {
                doc_authors.push(name.to_owned());
                extra.push((id, MetaField::Label, "byline label above a name"));
                extra.push((LineId(i as u32 + 1), MetaField::Author, "name under a byline label"));
            }
        }
        // Only a name found fills the document's metadata (see
        // `Document::metadata_mut`).
        if !doc_authors.is_empty() {
            doc.metadata_mut().authors.extend(doc_authors);
        }
        for (id, field, detail) in extra {
            doc.remove_line_with(id, name, Reason::Metadata(field), Confidence::Medium, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    #[test]
    fn a_name_under_a_byline_label_is_the_author() {
        let out =
            crate::PipelineBuilder::empty().push(MetadataCleaner).build().unwrap().clean("Body text.\nBy:\nJane Doe\n");
        assert_eq!(out.text(), "Body text.\n");
        assert_eq!(out.metadata().authors, ["Jane Doe"]);
    }

    #[test]
    fn a_time_stamp_needs_a_clock_time_in_any_digits() {
        for text in ["23.06.2016 um 16:14", "24. März 2004, 19:49", "٢٣.٠٦.٢٠١٦ ١٦:١٤", "March 10, 2015 at 8:05pm"]
        {
            assert!(may_hold_clock_time(text) && DATE_THEN_TIME.is_match(text), "{text}");
        }
        for text in ["23.06.2016 um 16 Uhr", "Termin: 28.02.2020", "a:12", "1:2", "12:"] {
            assert!(!may_hold_clock_time(text) && !DATE_THEN_TIME.is_match(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn text_offset_matches_source_offset(s in "[a-cA :.\u{a0}\u{64b}\u{200f}\u{640}أاةهتريخ«»\n]{0,30}") {
            let doc = Document::new(&s);
            for line in doc.all_lines() {
                for n in (0..=line.folded.len()).filter(|&n| line.folded.is_char_boundary(n)) {
                    proptest::prop_assert_eq!(text_offset(&line, n), source_offset(line.text, n), "{:?} {}", line.text, n);
                }
            }
        }

        #[test]
        fn no_time_stamp_without_a_clock_time(s in "[0-9٠-٩۰-۹ :.,/aMm@-]{0,30}") {
            proptest::prop_assert!(may_hold_clock_time(&s) || !DATE_THEN_TIME.is_match(&s));
        }
    }

    #[test]
    fn byline_values_that_read_as_headings_are_no_names() {
        for name in
            ["Jane Doe", "Anja Muster und Jan Roe", "Reuters", "Jane Doe jane.doe@example.com", "Ludwig van Beethoven"]
        {
            assert!(looks_like_name(name), "{name}");
        }
        for heading in ["Rechts wegen", "Barzahler-Rabatten profitieren", "Risiken und Nebenwirkungen", "dpa", ""] {
            assert!(!looks_like_name(heading), "{heading}");
        }
    }

    #[test]
    fn patterns_compile() {
        LazyLock::force(&NUMERIC_DATE);
        LazyLock::force(&DATE_THEN_TIME);
    }

    assert_cleaner!(MetadataCleaner, [
        meta_crawl_timestamp: "2024-12-22@10:01:03 GMT\nBody.\n" => "Body.\n",
        meta_byline_label_over_name_de: "Text des Artikels.\nVon:\nGötz Warnke\nMeist gesucht:\n" => "Text des Artikels.\nMeist gesucht:\n",
        meta_keeps_label_over_a_sentence: "Von:\nDer Autor schreibt seit Jahren über Energie und Klima.\n" => "Von:\nDer Autor schreibt seit Jahren über Energie und Klima.\n",
        meta_keeps_label_over_a_heading_with_digits: "Von:\nBerlin 2024\n" => "Von:\nBerlin 2024\n",
        meta_keeps_von_heading: "Text des Artikels.\nVon Rechts wegen\nMehr Text des Artikels.\n" => "Text des Artikels.\nVon Rechts wegen\nMehr Text des Artikels.\n",
        meta_byline_von_name: "Von Anja Muster\nText des Artikels.\n" => "Text des Artikels.\n",
        meta_published_verb_and_date_de: "Text.\nVeröffentlicht 23.06.2016 um 16:14\n" => "Text.\n",
        meta_updated_verb_and_date_en: "Updated Mar 12, 2020 @ 10:42 am\nBody.\n" => "Body.\n",
        meta_published_verb_date_and_time_with_full_stops_en: "Published November 21, 2026 at 10:30 a.m.\nBody.\n" => "Body.\n",
        meta_keeps_sentence_ending_with_a_time_en: "Published in 2026, the report was due at 10 p.m.\nBody.\n" => "Published in 2026, the report was due at 10 p.m.\nBody.\n",
        meta_dated_verb_ko: "본문.\n입력 2024.01.15 10:30\n" => "본문.\n",
        meta_dated_verb_with_comma_ru: "Опубликовано 15 января 2024, 10:30\nТекст.\n" => "Текст.\n",
        meta_keeps_dated_verb_opening_a_sentence_ko: "수정 작업은 2024년까지 계속된다\n" => "수정 작업은 2024년까지 계속된다\n",
        meta_keeps_published_verb_in_a_sentence: "Veröffentlicht wurde die Studie 2016 im Fachblatt.\nPublished 2016 by Penguin Books\n" => "Veröffentlicht wurde die Studie 2016 im Fachblatt.\nPublished 2016 by Penguin Books\n",
        meta_time_stamp_bar_with_dashed_date: "Body.\nnotes.html - Created 03-10-2004 2:20pm - Last Modified: 03-10-2004 2:20pm\n" => "Body.\n",
        meta_keeps_dashed_dates_without_fields: "Body.\n3-09-15 8:00am 3-09-15 9:00am\n" => "Body.\n3-09-15 8:00am 3-09-15 9:00am\n",
        meta_tagged_with_de: "Body.\nMARKIERT MIT\nClickbait CO2-Emissionen Website Werbung\n" => "Body.\n",
        meta_created_on_de: "Erstellt am 6. Mai 2014\nBody.\n" => "Body.\n",
        meta_post_footer_de: "Body.\nErstellt am Montag 3. März 2014 um 10:15 und abgelegt unter Linux, Tutorials, Netzwerk. Kommentare sind derzeit nicht erlaubt.\n" => "Body.\n",
        meta_post_footer_entry_de: "Body.\nDieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit reise, sommer von Anna. Permanentlink.\n" => "Body.\n",
        meta_keeps_filed_phrase_in_prose_de: "Die Akten wurden im Mai abgelegt unter dem Stichwort Neubau, sagte der Sprecher.\n" => "Die Akten wurden im Mai abgelegt unter dem Stichwort Neubau, sagte der Sprecher.\n",
        meta_keeps_long_paragraph_opening_with_date_label_de: "Erstellt am Ende des Krieges, wurde das Archiv über Jahrzehnte erweitert und abgelegt unter Bedingungen, die heute niemand mehr akzeptieren würde: feuchte Keller, undichte Dächer, keine Kataloge, kaum Personal und eine Verwaltung, die sich für die alten Papiere nicht interessierte, bis ein junger Historiker im Jahr 1978 zufällig auf die Kisten stieß, sie sichtete, ordnete und der Stadt vorschlug, ein richtiges Haus für sie zu bauen, was nach langem Streit im Rat schließlich geschah.\n" => "Erstellt am Ende des Krieges, wurde das Archiv über Jahrzehnte erweitert und abgelegt unter Bedingungen, die heute niemand mehr akzeptieren würde: feuchte Keller, undichte Dächer, keine Kataloge, kaum Personal und eine Verwaltung, die sich für die alten Papiere nicht interessierte, bis ein junger Historiker im Jahr 1978 zufällig auf die Kisten stieß, sie sichtete, ordnete und der Stadt vorschlug, ein richtiges Haus für sie zu bauen, was nach langem Streit im Rat schließlich geschah.\n",
        meta_keeps_marked_with_sentence_de: "Die Bäume werden markiert mit roter Farbe, sagte der Förster am Montag.\n" => "Die Bäume werden markiert mit roter Farbe, sagte der Förster am Montag.\n",
        meta_time_stamp_bar_de: "23.06.2016 um 16:14 Uhr - Anja Muster - 91 Ergänzungen\nBody.\n" => "Body.\n",
        meta_time_stamp_bar_comment: "Body.\nComment by Jane Doe — 17.07, 2011 @ 13:04\nNice.\n" => "Body.\nNice.\n",
        meta_time_stamp_bar_forum_de: "24. März 2004, 19:49 | Genesis\nBody.\n" => "Body.\n",
        meta_keeps_event_with_label_de: "Termin: 28.02.2020 - 18:30 Uhr\nBody.\n" => "Termin: 28.02.2020 - 18:30 Uhr\nBody.\n",
        meta_keeps_dateline_without_fields: "2/26/2015 7:11 AM PST BY JANE DOE\nBody.\n" => "2/26/2015 7:11 AM PST BY JANE DOE\nBody.\n",
        meta_keeps_time_stamp_sentence_de: "Am 23.06.2016 um 16:14 Uhr - so die Polizei - brach das Feuer aus.\n" => "Am 23.06.2016 um 16:14 Uhr - so die Polizei - brach das Feuer aus.\n",
        meta_keeps_schedule_of_time_stamps: "Body.\n12.03.2022 - 10:00 - Opening\n12.03.2022 - 14:00 - Talks\n13.03.2022 - 10:00 - Tours\n" => "Body.\n12.03.2022 - 10:00 - Opening\n12.03.2022 - 14:00 - Talks\n13.03.2022 - 10:00 - Tours\n",
        meta_dated_byline_de: "von Anja Muster am 14. Mai 2014, 15:40 Uhr\nBody.\n" => "Body.\n",
        meta_dated_byline_en: "By Steven Mufson March 18 at 12:22 PM\nBody.\n" => "Body.\n",
        meta_posted_by_on_date_en: "Body.\nPosted by Jane Doe on March 10, 2015 at 08:05\n" => "Body.\n",
        meta_posted_by_at_time_en: "Body.\nPosted by Jane Doe at 12:55 AM\n" => "Body.\n",
        meta_keeps_posted_by_with_role: "Posted by Jane Doe, Software Engineer on the Play team\nBody.\n" => "Posted by Jane Doe, Software Engineer on the Play team\nBody.\n",
        meta_keeps_by_phrase_with_time: "By then the train left at 12:55\n" => "By then the train left at 12:55\n",
        meta_keeps_by_sentence_with_time: "By Monday at 10:30 the roads were clear again.\n" => "By Monday at 10:30 the roads were clear again.\n",
        meta_dated_byline_separator: "Von Thilo / 6. November 2023 / Keine Kommentare\nBody.\n" => "Body.\n",
        meta_keeps_von_phrase_with_date: "Von Montag an gilt die neue Regel für alle 3 Linien\n" => "Von Montag an gilt die neue Regel für alle 3 Linien\n",
        meta_keeps_von_der_phrase_with_date: "Von der Testpflicht sind ab 3. März alle Kinder ausgenommen\n" => "Von der Testpflicht sind ab 3. März alle Kinder ausgenommen\n",
        meta_slash_date: "22/12/2024 10:01\nBody.\n" => "Body.\n",
        meta_date_with_signs_ja: "2026年11月21日 10時30分\n本文。\n" => "本文。\n",
        meta_date_with_signs_zh: "2026年11月21日 10:30\n正文。\n" => "正文。\n",
        meta_date_with_signs_ko: "2026년 11월 21일 10시 30분\n본문.\n" => "본문.\n",
        meta_keeps_date_with_signs_in_a_sentence_ja: "2026年11月21日、政府は新しい対策を発表した。\n" => "2026年11月21日、政府は新しい対策を発表した。\n",
        meta_keeps_date_with_signs_in_a_heading_zh: "2026年11月21日起实施新规\n" => "2026年11月21日起实施新规\n",
        meta_source_after_a_date_zh: "2026-11-21 10:30 来源：新华社\n正文。\n" => "正文。\n",
        meta_keeps_source_after_words_zh: "本报记者 来源：新华社\n正文。\n" => "本报记者 来源：新华社\n正文。\n",
        meta_month_date_en: "June 19, 2024\nBody.\n" => "Body.\n",
        meta_month_date_ar: "الثلاثاء 18 يونيو 2024\nالنص.\n" => "النص.\n",
        meta_published_en: "Published on 3 May 2024\nBody.\n" => "Body.\n",
        meta_published_ar: "تاريخ النشر: 19th, June 2024 GMT\nالنص.\n" => "النص.\n",
        meta_source_ar: "النص.\nالمصدر: الحرة\n" => "النص.\n",
        meta_source_en: "Body.\nSource: Reuters\n" => "Body.\n",
        meta_keywords: "Body.\nTags: politics, Russia\n" => "Body.\n",
        meta_tag_list: "Body.\nTags\nPolitics\nRussia\n" => "Body.\n",
        meta_tag_cloud: "Body.\nTags\nBier Boot Cask Strength Classic Malts Dessau Dinner Geschenke Geschichte Gin Halle Irish Whiskey\n" => "Body.\n",
        meta_tag_cloud_commas: "Body.\nSchlagwörter\nPolitik, Wahlen, Berlin, Bundestag, Koalition, Haushalt\n" => "Body.\n",
        meta_keeps_sentence_under_tag_label: "Body.\nTags\nThe tags of a post help readers find related posts.\n" => "Body.\nThe tags of a post help readers find related posts.\n",
        meta_keeps_line_after_tag_items: "Body.\nTags\nPolitics\nBier Boot Cask Strength Classic Malts Dessau Dinner Geschenke Geschichte Gin Halle\n" => "Body.\nBier Boot Cask Strength Classic Malts Dessau Dinner Geschenke Geschichte Gin Halle\n",
        meta_byline: "By Jane Doe\nBody.\n" => "Body.\n",
        meta_byline_ar: "بقلم: أحمد علي\nالنص.\n" => "النص.\n",
        meta_byline_label_set_apart_zh: "记者 王伟\n正文。\n" => "正文。\n",
        meta_byline_label_set_apart_ja: "記者 山田太郎\n本文。\n" => "本文。\n",
        meta_byline_label_and_colon_zh: "记者：王伟\n正文。\n" => "正文。\n",
        meta_keeps_label_glued_to_a_word_ja: "記者会見する首相\n本文。\n" => "記者会見する首相\n本文。\n",
        meta_keeps_label_glued_to_a_heading_zh: "记者调查：农村养老难题\n正文。\n" => "记者调查：农村养老难题\n正文。\n",
        meta_name_over_title_ko: "김민수 기자\n본문.\n" => "본문.\n",
        meta_keeps_title_opening_a_heading_ko: "기자 회견 열려\n본문.\n" => "기자 회견 열려\n본문.\n",
        meta_keeps_beat_over_title_ko: "국회 출입 기자\n본문.\n" => "국회 출입 기자\n본문.\n",
        meta_keeps_title_in_a_sentence_ko: "장관은 김민수 기자\n본문.\n" => "장관은 김민수 기자\n본문.\n",
        meta_source_name_line: "الحرة:\n2024-12-22@10:01:03 GMT\nالنص.\nالمصدر: الحرة\n" => "النص.\n",
        meta_keeps_date_in_sentence: "On June 19, 2024 the two leaders met in Pyongyang.\n" => "On June 19, 2024 the two leaders met in Pyongyang.\n",
        meta_keeps_year_headline: "Champions League final 2024\n" => "Champions League final 2024\n",
        meta_keeps_source_after_a_date_in_a_sentence: "On 2024-06-19 the Source: a new film by Jane Doe, opened in Berlin to great acclaim.\n" => "On 2024-06-19 the Source: a new film by Jane Doe, opened in Berlin to great acclaim.\n",
        meta_keeps_source_in_prose: "The source said the talks would resume next week in Geneva.\n" => "The source said the talks would resume next week in Geneva.\n",
        meta_keeps_by_sentence: "By 2030 the city plans to double its bus fleet.\n" => "By 2030 the city plans to double its bus fleet.\n",
        meta_keeps_by_lowercase: "By the river\n" => "By the river\n",
        meta_keeps_wrote_sentence_ar: "كتب الرئيس في تغريدة على حسابه أن المحادثات كانت مثمرة وبناءة.\n" => "كتب الرئيس في تغريدة على حسابه أن المحادثات كانت مثمرة وبناءة.\n",
        meta_keeps_may_headline: "Theresa May resigns\n" => "Theresa May resigns\n",
        meta_keeps_date_table: "Releases:\n4.2.3 April 2014\n4.3 July 2014\n4.4 January 2015\n" => "Releases:\n4.2.3 April 2014\n4.3 July 2014\n4.4 January 2015\n",
    ]);

    #[test]
    fn a_name_over_a_title_and_a_name_under_a_spaced_label_are_the_authors() {
        let p = crate::PipelineBuilder::empty().push(MetadataCleaner).build().unwrap();
        assert_eq!(p.clean("김민수 기자\n본문.\n").metadata().authors, ["김민수"]);
        assert_eq!(p.clean("记者 王伟\n正文。\n").metadata().authors, ["王伟"]);
    }

    #[test]
    fn values_are_recorded_as_written() {
        let p = crate::PipelineBuilder::empty().push(MetadataCleaner).build().unwrap();
        let out = p.clean("By Jane Doe and John Roe\nBody.\nSource : Reuters\nTags\nPolitics\nRussia\n");
        let m = out.metadata();
        assert_eq!(m.authors, ["Jane Doe and John Roe"]);
        assert_eq!(m.source.as_deref(), Some("Reuters"));
        assert_eq!(m.keywords, ["Politics", "Russia"]);
    }
}
