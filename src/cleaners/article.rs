//! Finds the article as the densest run of prose and drops page furniture
//! around it, in any language, from the shape of the lines alone.

use std::cell::RefCell;
use std::collections::HashMap;

use super::{is_boundary, is_furniture};
use crate::text::{self, Ending, Features, fold_into, is_word_char};
use crate::{Category, Cleaner, Confidence, Document, Line, LineId, MetaField, Reason};

/// Score of a prose line is its length in characters, capped here so one
/// long legal notice cannot outweigh an article.
/// Most lines of a sign-up form standing between paragraphs.
const SIGN_UP_LINES: usize = 3;
/// Most inline teaser lines ("Read also: …") in a row inside an article,
/// and most teasers in a "read also" box inside it.
const MAX_INLINE_TEASERS: usize = 3;
const PROSE_CAP: i64 = 400;
/// Score of a short line (at most four words) that is not prose.
const SHORT_PENALTY: i64 = -30;
/// Score of any other line that is not prose.
const OTHER_PENALTY: i64 = -50;
/// Score of a line another cleaner removed as furniture (a boundary).
const BOUNDARY_PENALTY: i64 = -400;
/// A run of this many link-like lines ends the article when page furniture
/// lies beyond it.
const LINK_RUN: usize = 2;
/// Longest line, in words, that one fine-print phrase makes fine print.
const FINE_PRINT_WORDS: u32 = 40;
/// Longest link-like line, in words.
const LINK_WORDS: u32 = 6;
/// Reply links ("Reply", "Antworten") under this many comments make a
/// comment section.
const MIN_REPLIES: usize = 3;
/// Longest reply link, in words (a count may follow the word).
const REPLY_WORDS: u32 = 3;
/// Kept lines above a line of share buttons where the article's lede may
/// stand.
const LEDE_LINES: usize = 3;
/// Tiny lines in a row, most with digits, that make a chart's labels.
const CHART_RUN: usize = 6;
/// Longest label, in words, whose list goes on over items with digits or
/// punctuation.
const MAX_LABEL_WORDS: u32 = 8;
/// Longest item, in words, that carries a list under a label on.
const LIST_ITEM_WORDS: u32 = 12;
/// Most items of a list under a label that carries the article on under a
/// box inside it.
const MAX_LIST_ITEMS: usize = 12;
/// Most removed lines (captions, metadata, a box inside the article)
/// passed over between two lines of the text going on under a box.
const FLOW_SKIP: usize = 4;
/// Lines opening with a quantity and ending with a word ("125 g flour",
/// "2 cups milk", "2 Pck.") that make
/// a run of short lines a list of ingredients or parts, not a menu.
const QUANTITY_LINES: usize = 4;
/// Kept lines below a keywords line that must hold no paragraph for the
/// line to end the article's core.
const AFTER_TAGS: usize = 2;
/// Shortest headline, in characters, matched against the page title.
const MIN_HEADLINE_CHARS: usize = 12;
/// Title separators before or after a site name.
const SEPARATORS: [&str; 14] =
    [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " • ", " · ", " › ", " / ", " ǀ ", " : ", "- "];
/// Separators after a kicker before the headline in a title ("Chronik: …").
const KICKER: [&str; 1] = [": "];
/// Most words in a teaser's kicker ("Best of Test: …").
const MAX_KICKER_WORDS: usize = 3;
/// Fewest words in a teaser's headline after its kicker.
const MIN_TEASER_WORDS: usize = 3;
/// Longest first line, in characters, read as the page title.
const MAX_TITLE_CHARS: usize = 400;
/// Lines holding the title's letters compared with it, from the last.
const MAX_TITLE_PIECES: usize = 64;
/// Repeats of the title tried as the headline, from the last.
const MAX_HEADLINES: usize = 4;
/// Kept lines under the headline within which the article's first
/// paragraph stands.
const UNDER_HEADLINE: usize = 6;
/// Prose (in characters) under the headline that makes it the article's
/// start.
const MIN_UNDER_HEADLINE: i64 = 150;
/// Prose (in characters) the article must hold above a comment section.
const MIN_ARTICLE_PROSE: i64 = 250;
/// How many times more prose than above it must lie under a headline
/// inside the core for the article to start at the headline.
const HEADLINE_SHARE: i64 = 4;
/// Most lines of a page's header (share buttons, date and byline lines)
/// between the article's headline and its first line.
const HEADER_LINES: usize = 10;
/// Most kept lines (a date, a byline) under the headline in a page's header.
const HEADER_KEPT: usize = 2;
/// Most words of a byline in a page's header ("Staff writer"), whatever
/// the headline's length.
const HEADER_BYLINE_WORDS: u32 = 3;
/// Kept lines under a numbered heading within which its paragraph stands.
const UNDER_NUMBERED: usize = 3;
/// Numbered headings beyond the article that continue its numbering and
/// carry it over what stands between (a video player, a gallery).
const MIN_CONTINUED: usize = 2;
/// Longest numbered heading, in words.
const NUMBERED_WORDS: u32 = 20;

/// Longest label, in words, that goes when it closes the article with
/// nothing left under it.
const MAX_DANGLING_LABEL_WORDS: u32 = 8;
/// Most words in one person's name on a byline line.
const NAME_WORDS: u32 = 3;
/// Most names on one byline line ("Jane Doe, John Roe").
const MAX_NAMES: u32 = 3;

/// A line of bare names, as a byline shows them ("Jane Doe", "Carl Erik
/// Fisher", "Jane Doe, John Roe"): one to [`MAX_NAMES`] names parted by
/// commas, each of two to [`NAME_WORDS`] words, every word opening with a
/// capital and holding lower-case letters (no all-caps heading), nothing
/// but letters, hyphens and apostrophes. Returns the number of names.
/// Scripts without case have no such lines.
fn names_in(f: &Features, text: &str) -> Option<u32> {
    if f.words < 2 || f.words > NAME_WORDS * MAX_NAMES || f.digits > 0 || f.ending != Ending::Open {
        return None;
    }
    let mut names = 0;
    for name in text.split(',') {
        let mut words = 0;
        for word in name.split_whitespace() {
            let mut chars = word.chars();
            if !chars.next().is_some_and(char::is_uppercase) {
                return None;
            }
            let mut lower = false;
            for c in chars {
                if c.is_lowercase() {
                    lower = true;
                } else if !(text::is_alphabetic(c) || matches!(c, '-' | '\'' | '’')) {
                    return None;
                }
            }
            if !lower {
                return None;
            }
            words += 1;
        }
        if !(2..=NAME_WORDS).contains(&words) {
            return None;
        }
        names += 1;
    }
    (names <= MAX_NAMES).then_some(names)
}

/// Lines of footer, copyright, disclaimer or comment phrases do not count
/// as prose, however long (a paragraph of legal notices is not the
/// article): one such phrase in a line of at most [`FINE_PRINT_WORDS`]
/// words, or two in a longer one.
#[inline]
fn is_fine_print(line: &Line<'_>) -> bool {
    // Most lines hold no phrase.
    if line.hits.is_empty() {
        return false;
    }
    is_fine_print_by_hits(line)
}

/// [`is_fine_print`] for a line holding phrases.
#[inline(never)]
fn is_fine_print_by_hits(line: &Line<'_>) -> bool {
    // Footer phrases count in lines that are not sentences only: a sentence
    // may mention a privacy policy.
    let sentence = line.features.ending.is_terminal();
    let n = line
        .hits
        .iter()
        .filter(|h| match h.category {
            Category::Copyright | Category::Disclaimer => true,
            // A comment section's one-word heading opening a paragraph
            // ("Comments from the minister were welcomed …") is a word of
            // the sentence.
            Category::Comments => {
                !line.features.is_prose() || line.folded[h.start as usize..h.end as usize].contains(' ')
            }
            Category::Footer => !sentence,
            _ => false,
        })
        .count();
    n >= 2 || (n == 1 && line.features.words <= FINE_PRINT_WORDS)
}

/// Fewest bars that part a line into fields.
const MIN_FIELD_BARS: usize = 3;

/// A line of fields parted by bars ("© Example Media AG | Main Street 1 |
/// 4450 Town | Phone 061 976 10 10 | Fax …"): an imprint or a table row,
/// not a paragraph, however long. Asked of prose lines only.
fn is_field_list(text: &str) -> bool {
    memchr::memchr_iter(b'|', text.as_bytes()).nth(MIN_FIELD_BARS - 1).is_some()
}

/// A line that opens with a "published" or keywords label ("Posted on …
/// and filed under …", "This page was last edited on …"): a post's
/// metadata, however long, is not the article's prose.
fn is_post_meta(line: &Line<'_>) -> bool {
    line.starts_with(Category::Published) || line.starts_with(Category::Keywords)
}

/// A strictly link-like line: a few words, no punctuation, digits, brackets
/// or list marks — what menus and teaser links look like, and what article lists,
/// tables and code rarely look like.
fn is_link_like(line: &Line<'_>) -> bool {
    let f = &line.features;
    // The line's digits are counted when it was measured: only a line
    // longer than its measured prefix is read for them.
    may_be_link(f) && !has_link_mark(line.text) && (f.measured == f.chars || !line.text.chars().any(text::is_numeric))
}

/// What [`is_link_like`] tells from a line's measurements alone: a few
/// words, and no digit in its measured prefix.
fn may_be_link(f: &Features) -> bool {
    f.words <= LINK_WORDS && f.digits == 0
}

/// Does `text` hold a character no link-like line holds (see
/// [`is_link_like`]): an ASCII digit, punctuation (`. ! ? ؟ 。 , ; : ، ！ ？
/// ，`), a bracket or a list mark (`• - + * /`)? Read byte by byte: the
/// characters beyond ASCII are matched by their UTF-8 bytes.
fn has_link_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'0'..=b'9' | b'.' | b'!' | b'?' | b',' | b';' | b':' | b'-' | b'+' | b'*' | b'/' | b'(' | b')' => true,
        b'{' | b'}' => true,
        // '؟' and '،'.
        0xd8 => matches!(bytes.get(i + 1), Some(0x9f | 0x8c)),
        // '•'.
        0xe2 => bytes[i + 1..].starts_with(&[0x80, 0xa2]),
        // '。'.
        0xe3 => bytes[i + 1..].starts_with(&[0x80, 0x82]),
        // '！', '？' and '，'.
        0xef => matches!(bytes.get(i + 1..i + 3), Some([0xbc, 0x81 | 0x9f | 0x8c])),
        _ => false,
    })
}

/// Is line `id` a link: link-like (see [`is_link_like`]), and no sign-off
/// with a news agency's name (see [`is_agency_sign_off`])?
fn is_link_at(doc: &Document<'_>, id: LineId) -> bool {
    let line = doc.line(id);
    is_link_like(&line) && !is_agency_sign_off(&line)
}

/// A sign-off closing with a news agency's name ("Mit Material von dpa",
/// "With AFP"): a credit phrase that ends the line and does not open it.
/// It is the article's last line, not a link.
fn is_agency_sign_off(line: &Line<'_>) -> bool {
    let end = line.folded.trim_end().len();
    line.hits.iter().any(|h| h.category == Category::Credit && !h.at_start && h.end as usize == end)
}

/// Another story's teaser headline with its kicker ("Best of Test: The
/// best bikes of the year", "Turkey: The farewell to world politics"): a
/// headline-like line with no closing punctuation, a kicker of one to
/// [`MAX_KICKER_WORDS`] words, a colon, and a headline of at least
/// [`MIN_TEASER_WORDS`] words opening with a capital, not parted by bars
/// (links: "Follow us: Twitter | Facebook") and with at most one word
/// holding digits (no account or phone number).
fn is_kicker_teaser(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.ending != Ending::Open || !f.is_headline_like() || line.text.contains('|') {
        return false;
    }
    let Some((kicker, headline)) = line.text.split_once(": ") else { return false };
    let opening = headline.trim_start_matches(['"', '„', '“', '«', '\'']).chars().next();
    (1..=MAX_KICKER_WORDS).contains(&kicker.split_whitespace().count())
        && headline.split_whitespace().count() >= MIN_TEASER_WORDS
        && headline.split_whitespace().filter(|w| w.chars().any(text::is_numeric)).nth(1).is_none()
        && opening.is_some_and(char::is_uppercase)
}

/// A list number alone on its line: one to three digits, then `.` or `)`
/// or nothing.
fn is_list_number(text: &str) -> bool {
    // Most lines open with a character that no trim removes and that is no
    // digit: an ASCII one, or one whose first byte starts no whitespace
    // character (those start with C2, E1, E2 or E3).
    let opens_otherwise = |b: &u8| {
        if b.is_ascii() {
            !b.is_ascii_digit() && !matches!(b, b'\t'..=b'\r' | b' ')
        } else {
            !matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3)
        }
    };
    if text.as_bytes().first().is_some_and(opens_otherwise) {
        return false;
    }
    let t = text.trim();
    if t.len() > 4 {
        return false;
    }
    let digits = t.trim_end_matches(['.', ')']);
    t.len() - digits.len() <= 1 && (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The number of a numbered heading ("3. Don't use a wooden luggage
/// rack", "12) Pack light"): one or two digits, `.` or `)`, a space, then
/// words with no digit (not a date, "3. März 2020") and no sentence
/// ending.
fn heading_number(line: &Line<'_>) -> Option<u32> {
    let f = &line.features;
    let b = line.text.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit)
        || f.words < 3
        || f.words > NUMBERED_WORDS
        || f.ending == Ending::Terminal
        || f.ending == Ending::Colon
    {
        return None;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 2 || !matches!(b.get(digits), Some(b'.' | b')')) || b.get(digits + 1) != Some(&b' ') {
        return None;
    }
    let rest = &line.text[digits + 2..];
    if rest.chars().any(text::is_numeric) || !rest.chars().next().is_some_and(text::is_alphabetic) {
        return None;
    }
    std::str::from_utf8(&b[..digits]).ok()?.parse().ok()
}

/// Does `text` hold a copyright sign followed by a year ("© 2016",
/// "©1998–2015", "© Copyright 2010-2014")?
fn has_dated_copyright(text: &str) -> bool {
    text.match_indices('©').any(|(at, _)| {
        let after = &text[at + '©'.len_utf8()..];
        let after = after.trim_start();
        let after = after.strip_prefix("Copyright").unwrap_or(after).trim_start();
        after.bytes().take(4).filter(u8::is_ascii_digit).count() == 4
    })
}

/// A reply link under a comment: a comment phrase that is the whole line
/// ("Reply", "Antworten", "Répondre").
fn is_reply(line: &Line<'_>) -> bool {
    line.features.words <= REPLY_WORDS && !line.features.is_prose() && line.is_whole(Category::Comments)
}

/// [`is_reply`] for line `id`, building its view only if its features
/// allow it.
fn is_reply_at(doc: &Document<'_>, id: LineId) -> bool {
    let f = doc.features_of(id);
    f.words <= REPLY_WORDS && !f.is_prose() && is_reply(&doc.line(id))
}

/// A line long enough for a paragraph that ends with an ellipsis: a lede
/// cut short, when it is the page's only one (see
/// [`ArticleCleaner::cut_lede`]).
fn is_cut_short_paragraph(f: &Features) -> bool {
    f.ending == Ending::Ellipsis && (f.words >= 8 || f.chars >= 60)
}

/// What `slot` adds to a run of lines: its score if kept, nothing if
/// removed for another reason, and [`BOUNDARY_PENALTY`] once per wall (a
/// run of furniture, a whole related box, costs once). `in_wall` tells
/// whether the line before was furniture, and is updated.
fn run_value(slot: &Slot, in_wall: &mut bool) -> i64 {
    let v = match slot {
        Slot::Boundary if *in_wall => 0,
        Slot::Boundary => BOUNDARY_PENALTY,
        Slot::Removed { .. } => 0,
        Slot::Kept { score, .. } => *score,
    };
    match slot {
        Slot::Boundary => *in_wall = true,
        Slot::Kept { .. } => *in_wall = false,
        Slot::Removed { .. } => {}
    }
    v
}

#[derive(Debug, Clone, Copy)]
enum Slot {
    /// Removed by a cleaner as furniture.
    Boundary,
    /// Removed for another reason (metadata, caption, duplicate); `tags`
    /// for a keywords line ("Tags: …"), which follows an article.
    Removed { furniture: bool, tags: bool },
    /// Kept, with its score, whether it may be a link (it has few words
    /// and no digits, and stands in no list: it is one when
    /// [`is_link_at`] holds, asked only of the lines where it matters) and
    /// whether it is fine print (copyright, disclaimer, footer links).
    Kept { score: i64, may_link: bool, fine_print: bool, post_meta: bool },
}

impl Slot {
    /// A kept line that scores as prose.
    fn is_prose(&self) -> bool {
        matches!(self, Slot::Kept { score, .. } if *score > 0)
    }

    /// A line removed as furniture, a wall or not.
    fn is_furniture(&self) -> bool {
        matches!(self, Slot::Boundary | Slot::Removed { furniture: true, .. })
    }
}

/// Keeps the article and drops what surrounds it.
///
/// Every kept line gets a score: prose scores its length (capped at 400
/// characters; a line of fields parted by three or more bars, an imprint,
/// is no prose; on a page with no other prose, its only paragraph-long line
/// cut with an ellipsis, a lede over a paywall, is), other lines score
/// −30 (short) or −50 (but a chart's labels —
/// six or more tiny lines in a row, most with digits — score 0), and each run of lines
/// other cleaners removed as furniture (a related box, share widgets, a
/// menu) scores −400. The best-scoring run of lines is the article's
/// core; it never crosses a wall that holds two related lists (two related
/// headings with no kept line between them): a "read more" box inside an
/// article has one, the page's furniture around it has more. When the
/// core is another article appended under the page's own (right above it,
/// a wall, then its headline over a date or a byline) and an article of
/// two paragraphs or more and 250 characters of prose stands above that
/// wall, the core is that first article. The article then grows from the core in both directions over
/// headings, lists, tables and short paragraphs, and stops:
///
/// - at a line another cleaner removed as furniture (after the article,
///   link-like lines right above it go too),
/// - at fine print (copyright, disclaimer, footer links) when furniture lies
///   beyond it, or at the foot of the page (no prose after it) when it is
///   not a sentence or holds a copyright sign with a year ("©1998–2015"), or
/// - at two link-like lines in a row (a few words, no punctuation or
///   digits, not closing with a news agency's name as a sign-off does: "Mit
///   Material von dpa"; a list number alone on its line between them does not count) when furniture
///   (after the article, also fine print) lies beyond them and less than half as much
///   prose as the core holds lies between them and the next furniture —
///   above the article, the line next to it stays if it reads like a
///   headline — unless it is a byline of bare names ("Jane Doe", "Jane
///   Doe, John Roe") none of whose words the article's first line holds:
///   then the page's headline (repeating its title) right above it stays
///   and the byline goes, and a byline of several names (which counts as
///   a link) goes with the run — and when the nearest prose above the run is a full
///   paragraph (400 characters or more, ending like a sentence) with nothing
///   removed as furniture between, the article starts at that paragraph (a
///   review's summary over a box of specs, pros and cons). Short lines introduced by a label ending with a colon, or a
///   run of short lines of which a third or more open with a quantity and
///   end with a word ("250 g flour", "2 Pck.", numbers not counting up as in a
///   ranking), are a list: their bare items ("Salt") are not links. Under
///   a short label ("What you'll learn:", at most eight words) the list
///   goes on over items with digits or punctuation ("– Runes (with a
///   workshop)", at most twelve words) to the next paragraph or label.
///
/// A comment section below the article — three or more reply links
/// ("Reply", "Antworten", "Répondre") each under a comment, worded like at
/// least one other (a comment count, "View comments (27)", stands once) —
/// is a wall: the
/// article is sought above it, and the section, from the first comment's
/// author line on, goes with everything after it. Its comments never count
/// as the article's prose.
///
/// After the article, a line that opens with a "published" or keywords
/// label ("This entry was posted in …", "This page was last edited on …")
/// is a post's metadata, not prose: it ends the article when furniture
/// follows it.
///
/// A short label ending with a colon ("Share this article:", "More
/// columns:") that is the last line left introduced furniture now gone: it
/// goes too. So does another story's teaser headline with its kicker
/// ("Best of Test: The best bikes of the year") as the last line left,
/// unless a label stands right above it (then it is the label's value).
///
/// A keywords line ("Tags: …") follows an article: a core that runs across
/// one, with enough prose above it and no paragraph right below it (other
/// stories' teasers, a sidebar), ends above it, and growth after the
/// article stops at it where furniture follows.
///
/// The first line of a scraped page is often its title ("Storm hits the
/// coast - Daily Paper"); the line that repeats it, or its part before or
/// after a site-name separator, is the article's headline, and the article
/// starts under it (also when the core runs into the headline from above —
/// a cookie notice, a sign-in box — with four times as much prose under
/// the headline as above it). When the core lies elsewhere (a sidebar, a cookie table
/// or a login form outgrew a short article beyond a wall), the best run
/// from the first paragraph under the headline stays as well, with the
/// headline, growing on from its end over lists and short lines when a
/// sentence (or a line cut with an ellipsis) stands among them, less a
/// label closing them; and when the article grows from its core
/// up past the headline, it starts at the headline.
/// A kicker between the page's headline and a second headline under it
/// (one capitalised word with no digits: "Storms", "Promis") is a
/// section's name and goes.
/// Below the article's prose, a repeat of its headline over a repeat of its
/// lede (removed as a duplicate) is the article's own teaser in a list of
/// other stories: the article ends above it.
///
/// A listicle split by what stands between its items (a video player, a
/// gallery): when the article holds a numbered heading ("1. Take the
/// blankets off the bed") with its paragraph, and at least two headings
/// numbered on from it, each over a paragraph, follow it, the article goes
/// on to the last of them and grows from there.
///
/// Above the article, growth crosses one line of furniture (a share bar
/// between a lede and the body), or a "read also" box of one related
/// heading and its single teaser, when a paragraph stands within the three
/// kept lines above it.
///
/// The page's header above the article — a headline, a date and a byline,
/// and a row of share buttons — gives the article its headline: above the
/// share buttons (within ten lines of the article), the header's first kept
/// line stays when it reads
/// like a headline (twelve characters or more, no bar), a wall (a menu, a
/// breadcrumb) or the top of the page stands right above it, and at most
/// two other kept lines stand in the header, each a date (with digits) or
/// a byline (at most half as long as the headline, or three words or
/// fewer). Those lines go.
///
/// Inside the article, a lone teaser line ("Read also: …") between two
/// paragraphs is no wall (nor under a subheading or an interview's question
/// that stands under a paragraph, as for two or three teaser lines, a
/// sign-up form and a follow line below); nor is a box of a bare "read also" label (naming
/// no topic) and its single teaser — or two or three teasers, each reading
/// like another story's headline of five words or more — between paragraphs
/// (a caption may stand above it), when two
/// paragraphs in a row (the second may be a short sentence, or a subheading
/// over a paragraph), a paragraph and a news agency's sign-off ("Mit
/// Material von dpa"), or a short sentence and a paragraph, follow it
/// (under a subheading or not); nor are two or
/// three teaser lines in a row with the text going on in the same way, nor
/// a sign-up form of two or three lines (notices such as its e-mail field,
/// and subscribe buttons) under a paragraph or a subheading with the text
/// going on under it (a short sentence may open it; a headline under the
/// form opens another story), nor a lone line asking to follow the site on
/// a network it names ("Follow us on Google News") under a paragraph or a
/// subheading, with the text going on under it (under a subheading or not;
/// a short sentence may open it).
/// The text goes on under a box as said, or as a label ("The new routes
/// will serve:") over two to twelve items of a list and then a paragraph, a
/// sentence or a news agency's sign-off. Between its lines, a caption or
/// another box standing inside the article is passed over (boxes are
/// judged from the last up).
///
/// A related box ("See also" and its list) that is all the furniture on a
/// page with no footer, copyright or disclaimer phrase stands inside a
/// clean article: growth crosses it (the box stays removed) and the
/// article's notes and references after it stay.
///
/// At the top of the page, a number alone on its line over the article (a
/// chapter's number) with nothing else between is the article's first line.
///
/// Lines outside are removed as [`Reason::OutsideArticle`]. A page with no
/// prose, or a clean article with no furniture around it, is left alone;
/// so is an article whose only furniture is menu runs between its
/// paragraphs (its own "Learn more" and "Next" buttons), when no page
/// phrase (footer, copyright, sharing, comments) stands in it.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::ArticleCleaner, Pipeline};
///
/// let page = "Weather\nTraffic\n\
///             Storm hits the coast\n\
///             A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\
///             Crews worked through the night to clear fallen trees from the main roads.\n\
///             Share on Facebook\n\
///             Jane Doe writes about the weather\n\
///             Her new book is out now\n";
/// let cleaned = Pipeline::default().clean(page);
/// assert_eq!(
///     cleaned.text(),
///     "Storm hits the coast\n\n\
///      A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n\n\
///      Crews worked through the night to clear fallen trees from the main roads.\n"
/// );
/// assert!(cleaned.report().by_cleaner("article").count() >= 2);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ArticleCleaner;

impl ArticleCleaner {
    fn slots(doc: &Document<'_>) -> Vec<Slot> {
        // A removed line's slot needs its reason only: views are built for
        // kept lines.
        let mut slots: Vec<Slot> = (0..doc.len() as u32)
            .map(LineId)
            .map(|id| match doc.removal_of(id).map(|r| r.reason) {
                Some(reason) if is_boundary(reason) => Slot::Boundary,
                Some(reason) => Slot::Removed {
                    furniture: is_furniture(reason),
                    tags: reason == Reason::Metadata(MetaField::Keywords),
                },
                None => {
                    let line = doc.line(id);
                    let f = &line.features;
                    let fine_print = is_fine_print(&line);
                    let post_meta = is_post_meta(&line);
                    let score = if f.is_prose() && !fine_print && !post_meta && !is_field_list(line.text) {
                        i64::from(f.chars).min(PROSE_CAP)
                    } else if f.words <= 4 {
                        SHORT_PENALTY
                    } else {
                        OTHER_PENALTY
                    };
                    Slot::Kept { score, may_link: may_be_link(f), fine_print, post_meta }
                }
            })
            .collect();
        // Furniture standing inside the article's flow is no wall around
        // it. Each such case opens a run of furniture after a kept or
        // otherwise removed line: only those starts are looked at.
        let starts: Vec<usize> =
            (1..slots.len()).filter(|&k| slots[k].is_furniture() && !slots[k - 1].is_furniture()).collect();
        // A kept line that is neither fine print nor a post's metadata.
        let plain = |slots: &[Slot], j: usize| {
            matches!(slots.get(j), Some(Slot::Kept { fine_print: false, post_meta: false, .. }))
        };
        let prose = |slots: &[Slot], j: usize| slots.get(j).is_some_and(Slot::is_prose);
        let headline_like =
            |slots: &[Slot], j: usize| plain(slots, j) && doc.features_of(LineId(j as u32)).is_headline_like();
        let sentence =
            |slots: &[Slot], j: usize| plain(slots, j) && doc.features_of(LineId(j as u32)).ending == Ending::Terminal;
        // A subheading over a paragraph.
        let subheaded = |slots: &[Slot], j: usize| headline_like(slots, j) && prose(slots, j + 1);
        // A news agency's sign-off ("Mit Material von dpa") closing the
        // article.
        let sign_off = |slots: &[Slot], j: usize| plain(slots, j) && is_agency_sign_off(&doc.line(LineId(j as u32)));
        // A label introducing a list ("The new routes will serve:").
        let label = |slots: &[Slot], j: usize| {
            plain(slots, j) && {
                let f = doc.features_of(LineId(j as u32));
                f.ending == Ending::Colon && !f.is_prose() && f.words <= MAX_LABEL_WORDS
            }
        };
        // At least two items of a list from `j` on, then a paragraph, a
        // sentence or the sign-off.
        let list = |slots: &[Slot], j: usize| {
            let item = |i: usize| {
                let f = doc.features_of(LineId(i as u32));
                plain(slots, i) && !f.is_prose() && f.ending != Ending::Colon && f.words <= LIST_ITEM_WORDS
            };
            let items = (j..slots.len()).take(MAX_LIST_ITEMS + 1).take_while(|&i| item(i)).count();
            let end = j + items;
            (2..=MAX_LIST_ITEMS).contains(&items) && (prose(slots, end) || sentence(slots, end) || sign_off(slots, end))
        };
        // A label over its list from `j` on.
        let listed = |slots: &[Slot], j: usize| label(slots, j) && list(slots, j + 1);
        // The lines next to `j` in the text's flow, which passes over up to
        // FLOW_SKIP lines removed as no wall (a caption, a sign-up form's
        // notices, a box found inside the flow): the one after it (or the
        // end), and the one before it.
        let after_in_flow = |slots: &[Slot], j: usize| {
            (j + 1..slots.len())
                .take(FLOW_SKIP + 1)
                .find(|&i| !matches!(slots[i], Slot::Removed { .. }))
                .unwrap_or(slots.len())
        };
        let before_in_flow = |slots: &[Slot], j: usize| {
            (0..j).rev().take(FLOW_SKIP + 1).find(|&i| !matches!(slots[i], Slot::Removed { .. }))
        };
        // The page's last kept line, fine print (a copyright line) aside:
        // this pass removes no kept line.
        let last_kept = slots.iter().rposition(|s| matches!(s, Slot::Kept { fine_print: false, post_meta: false, .. }));
        // Text going on under a box: a paragraph at `j`, then another, a
        // short closing sentence, a subheading over a paragraph, or the
        // sign-off; or a label over its list; or the page's last line, a
        // paragraph or a sentence (nothing is left under it to be another
        // story's).
        // The line after the paragraph is the next one in the text's flow
        // (boxes are looked at from the last, so one further down is
        // already passed over).
        let goes_on = |slots: &[Slot], j: usize| {
            let n = after_in_flow(slots, j);
            (prose(slots, j) && (prose(slots, n) || sentence(slots, n) || subheaded(slots, n) || sign_off(slots, n)))
                || listed(slots, j)
                || (Some(j) == last_kept && (prose(slots, j) || sentence(slots, j)))
        };
        let removed_as = |slots: &[Slot], j: usize, reason: Reason| {
            matches!(slots.get(j), Some(Slot::Boundary))
                && doc.removal_of(LineId(j as u32)).is_some_and(|r| r.reason == reason)
        };
        let teaser = |slots: &[Slot], j: usize| {
            removed_as(slots, j, Reason::RelatedItem) && super::related::is_inline_teaser(&doc.line(LineId(j as u32)))
        };
        let widget = |slots: &[Slot], j: usize| {
            slots[j].is_furniture()
                && doc
                    .removal_of(LineId(j as u32))
                    .is_some_and(|r| matches!(r.reason, Reason::ShareWidget | Reason::Notice))
        };
        // The text going on, or a short sentence opening it over a
        // paragraph.
        let text_under = |slots: &[Slot], j: usize| goes_on(slots, j) || (sentence(slots, j) && prose(slots, j + 1));
        // The text ending at `p`: a paragraph, or a subheading (or an
        // interview's question) or a short sentence under one.
        // The line above it is the one before it in the flow.
        let text_above = |slots: &[Slot], p: usize| {
            prose(slots, p)
                || ((headline_like(slots, p) || sentence(slots, p))
                    && before_in_flow(slots, p).is_some_and(|i| prose(slots, i)))
        };
        for &k in starts.iter().rev() {
            let under_text = text_above(&slots, k - 1);
            // A lone teaser line between two paragraphs ("Read also: …") is
            // a link set inside the article's flow; so it is above a
            // subheading and its paragraph, or under a subheading and over
            // its paragraph. So are two or three such lines in a row, when
            // the text goes on under them (a list of teasers closing the
            // article stands over another story, or over furniture).
            if under_text && teaser(&slots, k) {
                let run = (k..slots.len()).take(MAX_INLINE_TEASERS + 1).take_while(|&j| teaser(&slots, j)).count();
                let end = k + run;
                let lone = run == 1 && (prose(&slots, end) || subheaded(&slots, end));
                if lone || ((2..=MAX_INLINE_TEASERS).contains(&run) && goes_on(&slots, end)) {
                    slots[k..end].fill(Slot::Removed { furniture: true, tags: false });
                }
                continue;
            }
            // So is a lone line asking to follow the site on a network
            // ("Follow us on Google News"), and a sign-up form, between
            // paragraphs or between a subheading (or a question) and its
            // paragraph, when the text goes on under it (a short sentence
            // may open it).
            // The line may also stand over a subheading. (A lone "Subscribe"
            // names no network: it may close a newsletter box over other
            // stories.)
            if under_text
                && removed_as(&slots, k, Reason::ShareWidget)
                && doc.line(LineId(k as u32)).has(Category::Network)
                && text_under(&slots, if subheaded(&slots, k + 1) { k + 2 } else { k + 1 })
            {
                slots[k] = Slot::Removed { furniture: true, tags: false };
                continue;
            }
            // The form: two or three lines, all removed as notices (its
            // e-mail field, its pitch) or subscribe buttons, at least one of
            // each. A headline under it opens another story.
            if under_text && widget(&slots, k) {
                let run = (k..slots.len()).take(SIGN_UP_LINES + 1).take_while(|&j| widget(&slots, j)).count();
                let end = k + run;
                let notices = (k..end).filter(|&j| matches!(slots[j], Slot::Removed { .. })).count();
                if (2..=SIGN_UP_LINES).contains(&run) && notices > 0 && notices < run && text_under(&slots, end) {
                    slots[k..end].fill(Slot::Removed { furniture: true, tags: false });
                }
                continue;
            }
            // So is a "read also" box of a bare label and its single teaser
            // between paragraphs (the one above may be under its
            // subheading, a caption may stand between it and the box), when
            // the text goes on under it, under a subheading or not (a teaser
            // card's blurb stands alone).
            if removed_as(&slots, k, Reason::RelatedHeading) && removed_as(&slots, k + 1, Reason::RelatedItem) {
                let items = (k + 1..slots.len())
                    .take(MAX_INLINE_TEASERS + 1)
                    .take_while(|&j| removed_as(&slots, j, Reason::RelatedItem))
                    .count();
                let end = k + 1 + items;
                // A caption between the box and the text above does not count.
                let p = if k >= 2 && matches!(slots[k - 1], Slot::Removed { furniture: false, .. }) {
                    k - 2
                } else {
                    k - 1
                };
                let above = text_above(&slots, p);
                let first = if subheaded(&slots, end) { end + 1 } else { end };
                // Two or three items are other stories' headlines, not
                // topics or a list of links ("Storm surge"): long ones, or
                // ones longer than the subheading under them.
                let words = |j: usize| doc.features_of(LineId(j as u32)).words;
                let headlines = items == 1
                    || ((k + 1..end).all(|j| doc.features_of(LineId(j as u32)).is_headline_like())
                        && ((k + 1..end).all(|j| words(j) >= super::related::MIN_BOX_TEASER_WORDS)
                            || (first > end
                                && super::related::is_subheading_under_box((k + 1..end).map(words), words(end)))));
                // The box may also stand between a label, under the text,
                // and its list.
                let splits_list = label(&slots, p) && p >= 1 && text_above(&slots, p - 1) && list(&slots, end);
                if items <= MAX_INLINE_TEASERS
                    && headlines
                    && ((above && text_under(&slots, first)) || splits_list)
                    && super::related::is_bare_label(&doc.line(LineId(k as u32)))
                {
                    slots[k..end].fill(Slot::Removed { furniture: true, tags: false });
                }
            }
        }
        // A chart's labels and values ("$915", "billion", "’17", "600"):
        // a long run of tiny lines, most with digits, is data, not a menu.
        let features = |k: usize| doc.features_of(LineId(k as u32));
        let tiny = |slot: &Slot, f: &Features| matches!(slot, Slot::Kept { .. }) && f.words <= 2 && !f.is_prose();
        let mut k = 0;
        while k < slots.len() {
            let run = (k..slots.len()).take_while(|&j| tiny(&slots[j], features(j))).count();
            let numeric = (k..k + run).filter(|&j| features(j).digits > 0).count();
            if run >= CHART_RUN && numeric * 2 >= run {
                for slot in &mut slots[k..k + run] {
                    if let Slot::Kept { score, .. } = slot {
                        *score = 0;
                    }
                }
            }
            k += run.max(1);
        }
        // A run of short lines, many opening with a quantity ("125 g
        // flour", "2 eggs"), is a list of ingredients or parts: its bare
        // items ("Salt") are not links.
        // The quantity a line opens with, if it ends with a word: a table's
        // row ends with its figures ("01 Smith, J. 243.8").
        let quantity = |k: usize| -> Option<u64> {
            let text = doc.text_of(LineId(k as u32));
            let digits = text.bytes().take_while(u8::is_ascii_digit).take(9).count();
            // A unit cut short ("2 Pck.", "25 Min.") ends with a word too.
            let word_end = text.strip_suffix('.').unwrap_or(text);
            let ends_with_word = word_end.ends_with(|c: char| text::is_alphabetic(c) || c == ')');
            (digits > 0 && ends_with_word).then(|| text[..digits].parse().unwrap_or(0))
        };
        let mut k = 0;
        while k < slots.len() {
            let short = |j: usize| matches!(slots[j], Slot::Kept { .. }) && !features(j).is_prose();
            if !short(k) {
                k += 1;
                continue;
            }
            // The run crosses removed lines that are not furniture.
            let mut end = k;
            let (mut lines, mut quantities, mut counted) = (0, 0, 0);
            let mut previous = None;
            while end < slots.len() {
                match slots[end] {
                    Slot::Removed { furniture: false, .. } => {}
                    _ if short(end) => {
                        lines += 1;
                        if let Some(q) = quantity(end) {
                            quantities += 1;
                            // Numbers counting up (1, 2, 3) rank a list of
                            // links ("1 Most read story").
                            counted += usize::from(previous.is_some_and(|p: u64| p + 1 == q));
                            previous = Some(q);
                        }
                    }
                    _ => break,
                }
                end += 1;
            }
            if quantities >= QUANTITY_LINES && quantities * 3 >= lines && counted * 2 < quantities {
                for slot in &mut slots[k..end] {
                    if let Slot::Kept { may_link, .. } = slot {
                        *may_link = false;
                    }
                }
            }
            k = end;
        }
        // Short lines introduced by a line ending with a colon ("What
        // you'll need:") are a list, not links. Under a label (not a
        // sentence) the list goes on over its short items with digits or
        // punctuation ("– Rituals (with a workshop)", "2 cups milk").
        // `list`: inside a list, and whether a label introduced it.
        let mut list: Option<bool> = None;
        for (k, f) in doc.all_features().enumerate() {
            match &mut slots[k] {
                Slot::Kept { may_link, .. } => {
                    let item = match list {
                        Some(label) => {
                            (*may_link && is_link_at(doc, LineId(k as u32)))
                                || (label && !f.is_prose() && f.ending != Ending::Colon && f.words <= LIST_ITEM_WORDS)
                        }
                        None => false,
                    };
                    if item {
                        *may_link = false;
                    } else {
                        list = (f.ending == Ending::Colon).then_some(!f.is_prose() && f.words <= MAX_LABEL_WORDS);
                    }
                }
                _ => list = None,
            }
        }
        slots
    }

    /// Where the comment section starts, if the page has one below the
    /// article: at least [`MIN_REPLIES`] reply links, each under a comment
    /// (prose within the two kept lines above it). The section starts at the
    /// header of the first comment (its author or date line): from the first
    /// reply link up over the comment's prose — no more paragraphs than the
    /// longest later comment has — to the short line above it.
    fn comment_start(doc: &Document<'_>, slots: &[Slot]) -> Option<usize> {
        let features = |k: usize| *doc.features_of(LineId(k as u32));
        let kept = |k: usize| matches!(slots[k], Slot::Kept { .. });
        let prose = |k: usize| kept(k) && features(k).is_prose();
        // Reply links are short: most lines are told by their words alone.
        let short = |k: usize| features(k).words <= REPLY_WORDS;
        // The last reply link may have ended the article for the end stage.
        let ended = |k: usize| doc.removal_of(LineId(k as u32)).is_some_and(|r| r.reason == Reason::EndOfArticle);
        let is_time_stamp =
            |k: usize| doc.removal_of(LineId(k as u32)).is_some_and(|r| r.detail == super::metadata::TIME_STAMP_BAR);
        let links: Vec<usize> = (0..slots.len())
            .filter(|&k| short(k) && (kept(k) || ended(k)) && is_reply_at(doc, LineId(k as u32)))
            .collect();
        if links.len() < MIN_REPLIES {
            return None;
        }
        // The nearest kept line above each line, so that looking up over
        // removed lines costs nothing.
        let mut above = vec![None; slots.len()];
        for k in 1..slots.len() {
            above[k] = if kept(k - 1) { Some(k - 1) } else { above[k - 1] };
        }
        let under_comment = |r: usize| {
            let a = above[r];
            [a, a.and_then(|a| above[a])].into_iter().flatten().any(prose)
        };
        let candidates: Vec<usize> = links.into_iter().filter(|&k| under_comment(k)).collect();
        // Reply links repeat under every comment; a comment count ("View
        // comments (27)") under the article's last paragraph stands once.
        let wordings: Vec<String> = candidates
            .iter()
            .map(|&k| doc.line(LineId(k as u32)).folded.chars().filter(|&c| text::is_alphabetic(c)).collect())
            .collect();
        let mut repeats: HashMap<&str, usize> = HashMap::with_capacity(wordings.len());
        for w in &wordings {
            *repeats.entry(w.as_str()).or_default() += 1;
        }
        let replies: Vec<usize> =
            candidates.iter().zip(&wordings).filter(|(_, w)| repeats[w.as_str()] >= 2).map(|(&k, _)| k).collect();
        if replies.len() < MIN_REPLIES {
            return None;
        }
        // The longest comment, in paragraphs of prose, between two replies.
        let longest =
            replies.windows(2).map(|w| (w[0] + 1..w[1]).filter(|&k| prose(k)).count()).max().unwrap_or(1).max(1);
        let mut paragraphs = 0;
        let mut k = replies[0];
        while k > 0 {
            k -= 1;
            match slots[k] {
                Slot::Boundary => return Some(k + 1),
                // A comment's header removed as a time stamp ("Anna Berg ·
                // March 10, 2017 at 12:20") above its prose.
                Slot::Removed { .. } if paragraphs > 0 && is_time_stamp(k) => return Some(k),
                Slot::Removed { .. } => {}
                Slot::Kept { .. } if features(k).is_prose() => {
                    paragraphs += 1;
                    if paragraphs > longest {
                        return None;
                    }
                }
                // A vote count under the comment.
                Slot::Kept { .. } if features(k).letters == 0 => {}
                Slot::Kept { .. } if paragraphs > 0 => {
                    // The comment's title may sit under its author and date.
                    let dated = |j: usize| kept(j) && !prose(j) && features(j).digits > 0;
                    return Some(if k > 0 && dated(k - 1) && !dated(k) { k - 1 } else { k });
                }
                Slot::Kept { .. } => return None,
            }
        }
        None
    }

    /// An article with no page around it keeps the lines between its
    /// paragraphs: when the only furniture found is menu runs standing
    /// between paragraphs of prose — nothing removed as furniture above the
    /// first paragraph or below the last, no related list, share bar,
    /// embed or notice anywhere, and no line, kept or not, opening with a
    /// page phrase (footer, copyright, comments, sharing, networks) — those
    /// runs are the article's own controls ("Learn more", "Next" under
    /// each section of a product tour). A run under at least
    /// [`MIN_ARTICLE_PROSE`] of prose then neither walls the article nor
    /// counts as furniture beyond it (what the menu check took stays
    /// removed); a menu under a lone line at the top of the page (a
    /// tagline, a notice) still walls it.
    fn soften_inner_walls(doc: &Document<'_>, slots: &mut [Slot]) {
        let (Some(first), Some(last)) = (slots.iter().position(Slot::is_prose), slots.iter().rposition(Slot::is_prose))
        else {
            return;
        };
        if !slots[first..=last].iter().any(Slot::is_furniture)
            || slots[..first].iter().chain(&slots[last + 1..]).any(Slot::is_furniture)
        {
            return;
        }
        if doc.removals().iter().any(|r| r.whole_line && is_furniture(r.reason) && r.reason != Reason::Navigation) {
            return;
        }
        let page_phrase = |h: &crate::Hit| {
            (h.whole || h.at_start)
                && matches!(
                    h.category,
                    Category::Notice
                        | Category::Share
                        | Category::Network
                        | Category::Embed
                        | Category::Related
                        | Category::Disclaimer
                        | Category::Copyright
                        | Category::Footer
                        | Category::Comments
                )
        };
        if doc.any_hit(page_phrase) {
            return;
        }
        let mut above = 0;
        for slot in &mut slots[first..=last] {
            if let Slot::Kept { score, .. } = *slot {
                above += score.max(0);
            } else if slot.is_furniture() && above >= MIN_ARTICLE_PROSE {
                let tags = matches!(slot, Slot::Removed { tags: true, .. });
                *slot = Slot::Removed { furniture: false, tags };
            }
        }
    }

    /// The page's only kept line long enough for a paragraph
    /// (see [`Features::is_prose`]) that ends with an ellipsis ("… the
    /// most popular employer ..."): a lede cut short. None when two or more
    /// such lines stand on the page (a list of teasers).
    fn cut_lede(doc: &Document<'_>, slots: &[Slot]) -> Option<usize> {
        let mut cut = (0..slots.len()).filter(|&k| {
            let f = doc.features_of(LineId(k as u32));
            matches!(slots[k], Slot::Kept { fine_print: false, post_meta: false, .. }) && is_cut_short_paragraph(f)
        });
        let first = cut.next();
        first.filter(|_| cut.next().is_none())
    }

    /// The best-scoring run of lines (maximum subarray), if any scores > 0,
    /// crossing no wall that holds a line marked in `closed`.
    fn core(slots: &[Slot], closed: &[bool]) -> Option<(usize, usize)> {
        Self::core_scored(slots, closed).map(|(_, a, b)| (a, b))
    }

    /// [`ArticleCleaner::core`] with its score.
    fn core_scored(slots: &[Slot], closed: &[bool]) -> Option<(i64, usize, usize)> {
        let mut best: Option<(i64, usize, usize)> = None;
        let mut sum = 0i64;
        let mut start = 0;
        // A run of furniture (a whole related box) is one wall: it costs once.
        let mut in_wall = false;
        for (i, slot) in slots.iter().enumerate() {
            let v = run_value(slot, &mut in_wall);
            let v = if matches!(slot, Slot::Boundary) && closed.get(i).copied().unwrap_or(false) {
                i64::MIN / 4
            } else {
                v
            };
            if sum <= 0 {
                sum = 0;
                start = i;
            }
            sum += v;
            if sum > 0 && best.is_none_or(|(b, _, _)| sum > b) {
                best = Some((sum, start, i));
            }
        }
        best
    }

    /// The page's own article when the core is another one appended under
    /// it: right above the core stand that article's header (one
    /// headline-like line and a date or a byline, nothing else kept) and a
    /// wall, and above the wall an article of its own — the best run there,
    /// with at least two paragraphs and [`MIN_ARTICLE_PROSE`] of prose. A
    /// subheading under a box inside an article has no date under it.
    fn first_article(doc: &Document<'_>, slots: &[Slot], closed: &[bool], (a, b): (usize, usize)) -> (usize, usize) {
        let (mut headline, mut dated) = (false, false);
        let mut k = a;
        let wall = loop {
            let Some(j) = k.checked_sub(1) else { return (a, b) };
            k = j;
            match slots[k] {
                Slot::Removed { furniture: false, .. } => {
                    dated |= matches!(
                        doc.removal_of(LineId(k as u32)).map(|r| r.reason),
                        Some(Reason::Metadata(MetaField::Date | MetaField::Published | MetaField::Author))
                    );
                }
                Slot::Kept { .. } if !headline && doc.features_of(LineId(k as u32)).is_headline_like() => {
                    headline = true
                }
                Slot::Boundary | Slot::Removed { furniture: true, .. } if headline && dated => break k,
                _ => return (a, b),
            }
        };
        let Some((a2, b2)) = Self::core(&slots[..wall], &closed[..wall]) else { return (a, b) };
        let prose =
            slots[a2..=b2].iter().filter_map(|s| if let Slot::Kept { score, .. } = *s { Some(score) } else { None });
        let (paragraphs, sum) = prose.filter(|&p| p > 0).fold((0, 0), |(n, sum), p| (n + 1, sum + p));
        if sum >= MIN_ARTICLE_PROSE && paragraphs >= 2 { (a2, b2) } else { (a, b) }
    }

    /// The core cut at its first keywords line when enough prose
    /// ([`MIN_ARTICLE_PROSE`]) lies above it and no paragraph within the
    /// [`AFTER_TAGS`] kept lines below it: tags follow an article, so a core
    /// that runs across them into teasers has taken in what follows it
    /// (other articles, a sidebar). Tags above the body, or a topics line in
    /// the middle of an interview, leave the core whole.
    fn before_tags(slots: &[Slot], (a, b): (usize, usize)) -> (usize, usize) {
        let mut prose = 0;
        for k in a..=b {
            match slots[k] {
                Slot::Removed { tags: true, .. } if prose >= MIN_ARTICLE_PROSE => {
                    let prose_below = slots[k + 1..]
                        .iter()
                        .filter(|s| matches!(s, Slot::Kept { .. }))
                        .take(AFTER_TAGS)
                        .any(Slot::is_prose);
                    if prose_below {
                        continue;
                    }
                    // The last kept line above the tags.
                    let end = (a..k).rev().find(|&j| matches!(slots[j], Slot::Kept { .. })).unwrap_or(a);
                    return (a, end);
                }
                Slot::Kept { score, .. } if score > 0 => prose += score,
                _ => {}
            }
        }
        (a, b)
    }

    /// Candidates for the page's headline under its title, from the last:
    /// kept lines (or duplicates) after the first that repeat the first line
    /// (the page title, also with other punctuation), or the part of it
    /// between site-name separators ("Headline - Site", "Site | Headline",
    /// "Kicker: Headline › Site"), with at least
    /// [`MIN_HEADLINE_CHARS`] characters; at most [`MAX_HEADLINES`].
    fn headlines(doc: &Document<'_>) -> Vec<usize> {
        let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let alnum = |t: &str| {
            let mut letters = String::with_capacity(t.len());
            letters.extend(t.chars().filter(|&c| is_word_char(c)));
            letters
        };
        let first = doc.line(LineId(0));
        if first.features.chars as usize > MAX_TITLE_CHARS {
            return Vec::new();
        }
        let title = norm(first.text);
        let title_alnum = alnum(&title);
        let title_pairs = Pairs::of(&title_alnum);
        let mut checked = 0;
        let mut letters = String::new();
        (1..doc.len())
            .rev()
            .filter(|&k| {
                let chars = doc.features_of(LineId(k as u32)).chars;
                if chars > first.features.chars || (chars as usize) < MIN_HEADLINE_CHARS {
                    return false;
                }
                let line = doc.line(LineId(k as u32));
                // A repeat of the title may have gone as a duplicate.
                if doc.removal_of(line.id).is_some_and(|r| r.reason != Reason::Duplicate) {
                    return false;
                }
                // Every match keeps the title's letters and digits in order:
                // its first four first (most lines fail there, most of them
                // on a pair of them the title has not), then all. They are
                // read as far as each pair of them may stand in the title.
                let fitting = |most: usize, letters: &mut String| {
                    letters.clear();
                    let mut previous = None;
                    line.text.chars().filter(|&c| is_word_char(c)).take(most).all(|c| {
                        let fits = previous.is_none_or(|p| title_pairs.may_hold(p, c));
                        previous = Some(c);
                        letters.push(c);
                        fits
                    })
                };
                for most in [4, usize::MAX] {
                    if !fitting(most, &mut letters) || !title_alnum.contains(letters.as_str()) {
                        return false;
                    }
                }
                // Bounded work on pages made of pieces of their title.
                checked += 1;
                if checked > MAX_TITLE_PIECES {
                    return false;
                }
                let line = norm(line.text);
                letters == title_alnum
                    || title.match_indices(line.as_str()).any(|(at, _)| {
                        let (before, after) = (&title[..at], &title[at + line.len()..]);
                        (before.is_empty() || SEPARATORS.iter().chain(&KICKER).any(|sep| before.ends_with(sep)))
                            && (after.is_empty() || SEPARATORS.iter().any(|sep| after.starts_with(sep)))
                            && !(before.is_empty() && after.is_empty())
                    })
            })
            .take(MAX_HEADLINES)
            .collect()
    }

    /// The run of lines under the page's headline: from the first paragraph
    /// within [`UNDER_HEADLINE`] kept lines below a candidate (of
    /// [`ArticleCleaner::headlines`]), as far as it
    /// scores best, for the candidate whose run scores best. Returns the
    /// headline and the run, when the run scores at least
    /// [`MIN_UNDER_HEADLINE`].
    fn under_headline(headlines: &[usize], slots: &[Slot]) -> Option<(usize, usize, usize)> {
        headlines
            .iter()
            .filter_map(|&h| Self::run_under(slots, h))
            .max_by_key(|&(score, ..)| score)
            .map(|(_, h, s, e)| (h, s, e))
    }

    /// The best run from the first paragraph under line `h`, with its score.
    fn run_under(slots: &[Slot], h: usize) -> Option<(i64, usize, usize, usize)> {
        let start = (h + 1..slots.len())
            .filter(|&k| matches!(slots[k], Slot::Kept { .. }))
            .take(UNDER_HEADLINE)
            .find(|&k| slots[k].is_prose())?;
        let (mut sum, mut best, mut end) = (0i64, 0i64, start);
        let mut in_wall = false;
        for (k, slot) in slots.iter().enumerate().skip(start) {
            sum += run_value(slot, &mut in_wall);
            if sum > best {
                best = sum;
                end = k;
            }
            if sum < 0 {
                break;
            }
        }
        (best >= MIN_UNDER_HEADLINE).then_some((best, h, start, end))
    }

    /// Where the article's numbered headings go on after `end`: the
    /// article (`start..=end`) holds a numbered heading with its paragraph
    /// under it, and beyond it, before the next closed wall, stand at least
    /// [`MIN_CONTINUED`] headings numbered on from it in order, each with a
    /// paragraph within [`UNDER_NUMBERED`] kept lines under it — a listicle
    /// whose items a video player or a gallery split. Returns the
    /// paragraph under the last of them. A most-read list ("1. …", "2. …")
    /// has no paragraphs between its items, and dates ("3. März") are no
    /// headings.
    fn continued(doc: &Document<'_>, slots: &[Slot], closed: &[bool], start: usize, end: usize) -> Option<usize> {
        // Most lines do not start with a digit: no view is built for them.
        let number = |k: usize| {
            let id = LineId(k as u32);
            doc.text_of(id).as_bytes().first().is_some_and(u8::is_ascii_digit).then(|| heading_number(&doc.line(id)))?
        };
        // The paragraph stands before the next numbered heading (which
        // bounds the walk: walks from the headings of one list never
        // overlap).
        let paragraph_under = |h: usize| {
            let mut kept = 0;
            for (k, slot) in slots.iter().enumerate().skip(h + 1) {
                if number(k).is_some() {
                    return None;
                }
                if let Slot::Kept { score, .. } = *slot {
                    if score > 0 {
                        return Some(k);
                    }
                    kept += 1;
                    if kept == UNDER_NUMBERED - 1 {
                        return None;
                    }
                }
            }
            None
        };
        // The headings after the article open with a digit: most pages
        // have no two such lines there.
        let opens_with_digit =
            |k: &usize| doc.text_of(LineId(*k as u32)).as_bytes().first().is_some_and(u8::is_ascii_digit);
        (end + 1..slots.len()).take_while(|&k| !closed[k]).filter(opens_with_digit).nth(MIN_CONTINUED - 1)?;
        let mut expected = (start..=end)
            .rev()
            .filter(|&k| matches!(slots[k], Slot::Kept { .. }))
            .find_map(|k| number(k).filter(|_| paragraph_under(k).is_some()))?
            + 1;
        let (mut found, mut last) = (0, None);
        for k in end + 1..slots.len() {
            if closed[k] {
                break;
            }
            // A heading that is not the next number (another list) ends it.
            let Some(n) = number(k) else { continue };
            if n != expected {
                break;
            }
            expected += 1;
            // An item a related box took stays numbered, with no paragraph.
            if let Some(p) = paragraph_under(k) {
                found += 1;
                last = Some(p);
            } else if matches!(slots[k], Slot::Kept { .. }) {
                break;
            }
        }
        last.filter(|_| found >= MIN_CONTINUED)
    }

    /// Grows the article from `from` in one direction and returns the last
    /// line that belongs to it.
    fn grow(page: &Page<'_, '_>, from: usize, forward: bool) -> usize {
        Self::grow_with_byline(page, from, forward).0
    }

    /// [`ArticleCleaner::grow`], also returning a byline of names that
    /// stands inside the grown article, between its headline and its
    /// first line, and goes.
    fn grow_with_byline(page: &Page<'_, '_>, from: usize, forward: bool) -> (usize, Option<usize>) {
        let slots = page.slots;
        let mut last = from;
        // The last line of the article before the current link-like run.
        let mut before_run = from;
        let mut first_of_run = from;
        let mut run = 0;
        let mut crossed = false;
        // Above the article, the farthest list number alone on its line
        // since the last line taken.
        let mut number_above = None;
        let mut k = from;
        let beyond = |k: usize| if forward { page.furniture_from(k) } else { page.furniture_to(k) };
        loop {
            k = match (forward, k) {
                (true, k) if k + 1 < slots.len() => k + 1,
                (false, k) if k > 0 => k - 1,
                // At the top of the page, a number alone over the article
                // (a chapter's number) is its first line.
                _ if !forward && run == 0 => return (number_above.filter(|&p| p < last).unwrap_or(last), None),
                _ => break,
            };
            match slots[k] {
                // After the article, link-like lines right above furniture
                // (an author's name above share buttons) go with it; before
                // the article they are its headline and stay.
                Slot::Boundary if forward && run > 0 => return (before_run, None),
                // Above the article, one line of share buttons may stand
                // between the body and its lede: the lede comes back.
                // So may a "read also" box of one heading and one teaser.
                Slot::Boundary if !forward && !crossed && run == 0 && page.lede_above(k) => {
                    crossed = true;
                    if page.one_teaser_box(k) {
                        k -= 1;
                    }
                }
                // A related box that is all the furniture of a clean page
                // stands inside the article: it goes on beyond the box.
                Slot::Boundary if let Some((first, last)) = page.lone_box.filter(|&(f, l)| (f..=l).contains(&k)) => {
                    k = if forward { last } else { first };
                }
                Slot::Boundary => break,
                // Fine print ends the article only where furniture follows,
                // or at the foot of the page: a clean article may end with a
                // note and a contact line.
                Slot::Kept { fine_print: true, .. } if beyond(k) || (forward && page.is_page_foot(k)) => {
                    return (if forward && run > 0 { before_run } else { last }, None);
                }
                // After the article, a post's metadata line ("Posted on …
                // in …") ends it where furniture follows.
                Slot::Kept { post_meta: true, .. } if forward && beyond(k) => {
                    return (if run > 0 { before_run } else { last }, None);
                }
                // After the article, its keywords line ends it where
                // furniture follows.
                Slot::Removed { tags: true, .. } if forward && beyond(k) => {
                    return (if run > 0 { before_run } else { last }, None);
                }
                Slot::Removed { .. } => {}
                // A list number alone ("1.", "12") neither ends nor joins a
                // run of links: a numbered list of links is a run.
                Slot::Kept { .. } if page.numbering(k) => number_above = Some(k),
                // Above the article, a byline of several names counts as
                // a link (it holds commas).
                Slot::Kept { may_link, .. } if (may_link && page.link(k)) || (!forward && page.byline(k, 2) > 1) => {
                    if run == 0 {
                        before_run = last;
                        first_of_run = k;
                    }
                    run += 1;
                    // A run with furniture beyond ends the article, unless
                    // much of the article's prose still lies beyond it (a
                    // box inside a how-to between its steps).
                    // Two link-like items between list items with digits
                    // or punctuation ("(Some) experience in funding",
                    // "Team work", "Care, accuracy and reliability") are
                    // part of the list.
                    let in_list = run == LINK_RUN
                        && page.list_item(before_run)
                        && page.next_kept(before_run, !forward).is_some_and(|j| page.list_item(j))
                        && page.next_kept(k, forward).is_some_and(|j| {
                            page.list_item(j) && page.next_kept(j, forward).is_some_and(|i| page.list_item(i))
                        });
                    // After the article, the page's fine print (a footer's
                    // links, a copyright line) beyond the run stands for
                    // furniture.
                    let walled = beyond(k) || (forward && page.fine_print_from(k));
                    if run >= LINK_RUN && !in_list && walled && page.prose_beyond(k, forward) * 2 < page.core_prose {
                        // Above the article, a full paragraph with nothing
                        // removed between it and the run is its summary
                        // over a box of facts (specs, pros and cons): the
                        // article starts there.
                        if !forward {
                            if let Some(p) = page.summary_above(k) {
                                return (p, None);
                            }
                        }
                        // Above the article, the line next to it may be its
                        // headline under a menu: it stays. A byline there is
                        // no headline: the page's headline (repeating its
                        // title) right above it stays and the byline goes,
                        // and a byline of several names goes with the run.
                        // Two lines of names (an artist over a title) are
                        // the headline.
                        if forward || !page.headline_like(first_of_run) {
                            return (before_run, None);
                        }
                        let names = page.byline(first_of_run, 1);
                        if names == 0 || page.names(k).is_some() {
                            return (first_of_run, None);
                        }
                        if page.title_repeat(k) {
                            return (k, Some(first_of_run));
                        }
                        return if names > 1 { (before_run, None) } else { (first_of_run, None) };
                    }
                    last = k;
                }
                Slot::Kept { .. } => {
                    run = 0;
                    last = k;
                }
            }
        }
        (last, None)
    }
}

/// The pairs of characters that follow each other in a text, as the bits
/// of a hash: a pair missing from the set is not in the text; one in it
/// may be.
struct Pairs([u64; 16]);

impl Pairs {
    /// The pairs of `text`.
    fn of(text: &str) -> Pairs {
        let mut pairs = Pairs([0; 16]);
        let mut chars = text.chars();
        let mut previous = chars.next();
        for c in chars {
            if let Some(p) = previous {
                let bit = Pairs::bit(p, c);
                pairs.0[bit / 64] |= 1 << (bit % 64);
            }
            previous = Some(c);
        }
        pairs
    }

    /// May `a` followed by `b` stand in the text?
    fn may_hold(&self, a: char, b: char) -> bool {
        let bit = Pairs::bit(a, b);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The bit of the pair `a`, `b`: one of 1024.
    fn bit(a: char, b: char) -> usize {
        let h = (u32::from(a).wrapping_mul(0x9e37_79b1) ^ u32::from(b)).wrapping_mul(0x85eb_ca6b);
        (h >> 22) as usize
    }
}

/// What [`ArticleCleaner::grow`] needs to know about the page: sums and
/// walls computed once in linear time, and what it asks of single lines
/// read from the document as it asks (growth looks at few of them).
struct Page<'s, 'd> {
    doc: &'s Document<'d>,
    slots: &'s [Slot],
    /// Lines that repeat the page's title (see [`ArticleCleaner::headlines`]).
    headlines: &'s [usize],
    /// The first and the last line removed as furniture, if any.
    furniture: Option<(usize, usize)>,
    /// The last kept line of fine print (see [`is_fine_print`]), if any.
    last_fine_print: Option<usize>,
    /// `prose_prefix[k]`: prose score of lines `0..k`.
    prose_prefix: Vec<i64>,
    /// `next_wall[k]`: first boundary at or after `k` (`n` if none).
    next_wall: Vec<usize>,
    /// `prev_wall[k]`: one past the last boundary at or before `k` (0 if none).
    prev_wall: Vec<usize>,
    /// Prose score inside the core.
    core_prose: i64,
    /// The first and last line of the page's only furniture, when that is
    /// one related box ("See also" and its list) and no footer, copyright
    /// or disclaimer phrase stands on the page: a clean article with a box
    /// inside it, which the article crosses.
    lone_box: Option<(usize, usize)>,
    /// Room to fold a byline's words and the line under it (see
    /// [`Page::byline`]), reused from line to line.
    folded: RefCell<(String, String)>,
}

/// The page's only furniture, when it is one related box and the page
/// holds no footer, copyright or disclaimer phrase (see [`Page::lone_box`]).
/// `furniture` holds the first and the last line removed as furniture.
fn lone_box(doc: &Document<'_>, slots: &[Slot], furniture: Option<(usize, usize)>) -> Option<(usize, usize)> {
    let (first, last) = furniture?;
    let heading = doc.removal_of(LineId(first as u32)).is_some_and(|r| r.reason == Reason::RelatedHeading);
    if !heading || slots[first..=last].iter().any(|s| matches!(s, Slot::Kept { .. })) {
        return None;
    }
    (!super::has_foot_phrase(doc)).then_some((first, last))
}

impl<'s, 'd> Page<'s, 'd> {
    fn new(doc: &'s Document<'d>, slots: &'s [Slot], core: (usize, usize), headlines: &'s [usize]) -> Page<'s, 'd> {
        let n = slots.len();
        let furniture = slots.iter().position(Slot::is_furniture).zip(slots.iter().rposition(Slot::is_furniture));
        let last_fine_print = slots.iter().rposition(|s| matches!(s, Slot::Kept { fine_print: true, .. }));
        let mut next_wall = vec![n; n + 1];
        for k in (0..n).rev() {
            next_wall[k] = if matches!(slots[k], Slot::Boundary) { k } else { next_wall[k + 1] };
        }
        // Filled forward, each in one pass (not zeroed first).
        let mut wall = 0;
        let prev_wall: Vec<usize> = slots
            .iter()
            .enumerate()
            .map(|(k, slot)| {
                if matches!(slot, Slot::Boundary) {
                    wall = k + 1;
                }
                wall
            })
            .collect();
        let mut prose = 0i64;
        let prose_prefix: Vec<i64> = std::iter::once(0)
            .chain(slots.iter().map(|slot| {
                if let Slot::Kept { score, .. } = *slot {
                    prose += score.max(0);
                }
                prose
            }))
            .collect();
        let core_prose = prose_prefix[core.1 + 1] - prose_prefix[core.0];
        Page {
            doc,
            slots,
            headlines,
            furniture,
            last_fine_print,
            prose_prefix,
            next_wall,
            prev_wall,
            core_prose,
            lone_box: lone_box(doc, slots, furniture),
            folded: RefCell::default(),
        }
    }

    /// Is there furniture at or after line `k`?
    fn furniture_from(&self, k: usize) -> bool {
        self.furniture.is_some_and(|(_, last)| k <= last)
    }

    /// Is there furniture at or before line `k`?
    fn furniture_to(&self, k: usize) -> bool {
        self.furniture.is_some_and(|(first, _)| first <= k)
    }

    /// Is there a kept line of fine print at or after line `k`?
    fn fine_print_from(&self, k: usize) -> bool {
        self.last_fine_print.is_some_and(|last| k <= last)
    }

    /// Does line `k` read like a headline?
    fn headline_like(&self, k: usize) -> bool {
        self.doc.features_of(LineId(k as u32)).is_headline_like()
    }

    /// Does line `k` repeat the page's title (see
    /// [`ArticleCleaner::headlines`])?
    fn title_repeat(&self, k: usize) -> bool {
        self.headlines.contains(&k)
    }

    /// The number of names on line `k` when it is a kept line of bare
    /// names (see [`names_in`]).
    fn names(&self, k: usize) -> Option<u32> {
        let id = LineId(k as u32);
        matches!(self.slots[k], Slot::Kept { .. })
            .then(|| names_in(self.doc.features_of(id), self.doc.text_of(id)))
            .flatten()
    }

    /// Is line `k` a kept line of two words or more that opens with a
    /// lower-case letter: the rest of the line above, as a headline broken
    /// over two lines ("Alameda County DA" over "is coddling criminals")?
    fn continuation(&self, k: usize) -> bool {
        let id = LineId(k as u32);
        matches!(self.slots[k], Slot::Kept { .. })
            && self.doc.features_of(id).words >= 2
            && self.doc.text_of(id).starts_with(char::is_lowercase)
    }

    /// The number of names on line `k` when it is a line of bare names
    /// none of whose words the next kept line holds (a heading names what
    /// its text is about; a byline's names are not in the text under it),
    /// or 0 — also when it holds fewer than `fewest` names (its words are
    /// not looked for then).
    fn byline(&self, k: usize, fewest: u32) -> u32 {
        // Commas part several names.
        if fewest > 1 && memchr::memchr(b',', self.doc.text_of(LineId(k as u32)).as_bytes()).is_none() {
            return 0;
        }
        let Some(count) = self.names(k).filter(|&count| count >= fewest) else { return 0 };
        // The lines between were removed: each kept line walks over its
        // own removed lines only.
        let Some(j) = (k + 1..self.slots.len()).find(|&j| matches!(self.slots[j], Slot::Kept { .. })) else {
            return 0;
        };
        let (below, word) = &mut *self.folded.borrow_mut();
        below.clear();
        fold_into(self.doc.text_of(LineId(j as u32)), usize::MAX, below);
        let named = self.doc.text_of(LineId(k as u32)).split([' ', ',']).filter(|w| !w.is_empty()).any(|w| {
            word.clear();
            fold_into(w, usize::MAX, word);
            below.contains(word.as_str())
        });
        if named { 0 } else { count }
    }

    /// Is line `k` only a list number ("1.", "12", "3)")?
    fn numbering(&self, k: usize) -> bool {
        is_list_number(self.doc.text_of(LineId(k as u32)))
    }

    /// Does line `k` end like a sentence (and is no copyright notice with
    /// its year: "© 2016 …", "©1998–2015 by …", which is no closing
    /// sentence of the article, however it ends)?
    fn sentence(&self, k: usize) -> bool {
        let id = LineId(k as u32);
        self.doc.features_of(id).ending.is_terminal()
            && !(matches!(self.slots[k], Slot::Kept { fine_print: true, .. })
                && has_dated_copyright(self.doc.text_of(id)))
    }

    /// Does kept line `k` read like a list's item and is no link: short,
    /// not prose, not a label, with digits or punctuation?
    fn list_item(&self, k: usize) -> bool {
        let f = self.doc.features_of(LineId(k as u32));
        matches!(self.slots[k], Slot::Kept { .. })
            && !f.is_prose()
            && f.ending != Ending::Colon
            && f.words <= LIST_ITEM_WORDS
            && !self.link(k)
    }

    /// Is kept line `k` a link (see [`Slot::Kept`])?
    fn link(&self, k: usize) -> bool {
        matches!(self.slots[k], Slot::Kept { may_link: true, .. }) && is_link_at(self.doc, LineId(k as u32))
    }

    /// Is line `k` the only teaser under a related heading right above it,
    /// with no other furniture next to the two?
    fn one_teaser_box(&self, k: usize) -> bool {
        let reason = |k: usize| self.doc.removal_of(LineId(k as u32)).map(|r| r.reason);
        k >= 1
            && reason(k) == Some(Reason::RelatedItem)
            && reason(k - 1) == Some(Reason::RelatedHeading)
            && (k < 2 || !matches!(self.slots[k - 2], Slot::Boundary))
            && self.slots.get(k + 1).is_none_or(|s| !matches!(s, Slot::Boundary))
    }

    /// The article's headline above its header: when a row of share
    /// buttons (with date and byline lines around it) stands right above
    /// the article's first line `start`, the header's first kept line, if
    /// it reads like a headline (with no bar) and a wall (a menu, a breadcrumb) or the
    /// top of the page stands right above it. At most [`HEADER_KEPT`] kept
    /// lines of no prose may stand between it and the share buttons, each
    /// a date (it holds digits) or a byline (half as long as the headline
    /// or shorter, or of at most [`HEADER_BYLINE_WORDS`] words) no other
    /// cleaner removed; they do not come back.
    fn headline_over_header(&self, start: usize) -> Option<usize> {
        let share_row = |j: usize| {
            self.doc
                .removal_of(LineId(j as u32))
                .is_some_and(|r| matches!(r.reason, Reason::ShareWidget | Reason::SocialLinks))
        };
        // Walking up: whether share buttons were passed, and the kept lines
        // (the last is the header's first).
        let mut share = false;
        let mut kept: [Option<(usize, bool)>; HEADER_KEPT + 1] = [None; HEADER_KEPT + 1];
        let mut count = 0;
        let mut j = start;
        while j > 0 {
            if start - j == HEADER_LINES {
                return None;
            }
            j -= 1;
            match self.slots[j] {
                Slot::Boundary if share_row(j) => share = true,
                Slot::Boundary | Slot::Removed { furniture: true, .. } => break,
                Slot::Removed { .. } => {}
                Slot::Kept { score, .. } if score <= 0 && count <= HEADER_KEPT => {
                    kept[count] = Some((j, share));
                    count += 1;
                }
                Slot::Kept { .. } => return None,
            }
        }
        let (h, under_share) = kept[count.checked_sub(1)?]?;
        let f = self.doc.features_of(LineId(h as u32));
        // A date holds digits; a byline ("Staff writer") is short. Other
        // lines (teasers of other stories) make no header.
        let header_line = |&(k, _): &(usize, bool)| {
            let g = self.doc.features_of(LineId(k as u32));
            g.digits > 0 || g.chars * 2 <= f.chars || g.words <= HEADER_BYLINE_WORDS
        };
        // Bars part a menu or a list of sections ("Letters: Storm | Roads"),
        // not a headline.
        (under_share
            && f.is_headline_like()
            && f.chars as usize >= MIN_HEADLINE_CHARS
            && !self.doc.text_of(LineId(h as u32)).contains('|')
            && kept[..count - 1].iter().flatten().all(header_line))
        .then_some(h)
    }

    /// Is there a paragraph of prose among the few kept lines above line
    /// `k` (past any removed lines)?
    fn lede_above(&self, k: usize) -> bool {
        self.slots[..k]
            .iter()
            .rev()
            .skip_while(|s| !matches!(s, Slot::Kept { .. }))
            .take(LEDE_LINES)
            .any(Slot::is_prose)
    }

    /// The next kept line after `k` in the direction of growth, past a few
    /// removed lines that are no boundary.
    fn next_kept(&self, k: usize, forward: bool) -> Option<usize> {
        let mut j = k;
        for _ in 0..4 {
            j = match (forward, j) {
                (true, j) if j + 1 < self.slots.len() => j + 1,
                (false, j) if j > 0 => j - 1,
                _ => return None,
            };
            match self.slots[j] {
                Slot::Kept { .. } => return Some(j),
                Slot::Removed { .. } => {}
                Slot::Boundary => return None,
            }
        }
        None
    }

    /// The paragraph above a link run that ends at line `k`, when it is
    /// the nearest prose above it, is a full paragraph (prose scoring
    /// [`PROSE_CAP`]) ending like a sentence, and every line between is
    /// kept or removed as no furniture.
    fn summary_above(&self, k: usize) -> Option<usize> {
        for j in (0..k).rev() {
            match self.slots[j] {
                Slot::Kept { score, .. } if score > 0 => {
                    return (score >= PROSE_CAP && self.sentence(j)).then_some(j);
                }
                Slot::Kept { fine_print: false, .. } | Slot::Removed { furniture: false, .. } => {}
                _ => return None,
            }
        }
        None
    }

    /// Is line `k` at the foot of the page: not a sentence, and no prose
    /// after it? (A copyright or footer line there ends the article.)
    fn is_page_foot(&self, k: usize) -> bool {
        !self.sentence(k) && self.prose_prefix[self.slots.len()] == self.prose_prefix[k + 1]
    }

    /// Prose score between `k` (exclusive) and the next wall in the
    /// direction of growth.
    fn prose_beyond(&self, k: usize, forward: bool) -> i64 {
        if forward {
            self.prose_prefix[self.next_wall[k + 1].max(k + 1)] - self.prose_prefix[k + 1]
        } else {
            self.prose_prefix[k] - self.prose_prefix[self.prev_wall[k].min(k)]
        }
    }
}

impl Cleaner for ArticleCleaner {
    fn name(&self) -> &'static str {
        "article"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.len() > 1 && doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        // Only a kept line of prose, or a lede cut short (see
        // [`Self::cut_lede`]), scores above zero: without one there is no
        // core, and nothing to do.
        let scoring = |k: usize| {
            let f = doc.features_of(LineId(k as u32));
            !doc.is_removed(LineId(k as u32)) && (f.is_prose() || is_cut_short_paragraph(f))
        };
        if !(0..doc.len()).any(scoring) {
            return;
        }
        let slots = Self::slots(doc);
        let n = slots.len();
        // The article lies above its comment section, when it has one.
        let prose_to = |end: usize| -> i64 {
            slots[..end].iter().map(|s| if let Slot::Kept { score, .. } = s { (*score).max(0) } else { 0 }).sum()
        };
        let comments = Self::comment_start(doc, &slots).filter(|&c| prose_to(c) >= MIN_ARTICLE_PROSE);
        let limit = comments.unwrap_or(n);
        // The comment section is a wall the article does not cross.
        let mut walled = slots.clone();
        walled[limit..].fill(Slot::Boundary);
        if comments.is_none() {
            Self::soften_inner_walls(doc, &mut walled);
        }
        // A wall holding two related lists is the page's furniture below
        // or above the article, never a box inside it: no run crosses it.
        let mut closed = vec![false; n];
        let mut lists = 0;
        for (k, slot) in walled.iter().enumerate() {
            match slot {
                Slot::Kept { .. } => lists = 0,
                _ if doc.removal_of(LineId(k as u32)).is_some_and(|r| r.reason == Reason::RelatedHeading) => {
                    lists += 1;
                    closed[k] = lists >= 2;
                }
                _ => {}
            }
        }
        // A page whose only paragraph is cut short (a lede over a paywall)
        // has that paragraph as its core.
        if !walled.iter().any(Slot::is_prose) {
            if let Some(k) = Self::cut_lede(doc, &walled[..limit]) {
                if let Slot::Kept { score, .. } = &mut walled[k] {
                    *score = i64::from(doc.features_of(LineId(k as u32)).chars).min(PROSE_CAP);
                }
            }
        }
        let Some(core) = Self::core(&walled[..limit], &closed[..limit]) else { return };
        let core = Self::first_article(doc, &walled[..limit], &closed[..limit], core);
        let (a, b) = Self::before_tags(&walled, core);
        let headlines = Self::headlines(doc);
        let page = Page::new(doc, &walled, (a, b), &headlines);
        let (start, byline) = Self::grow_with_byline(&page, a, false);
        let mut end = Self::grow(&page, b, true);
        // A numbered list the article leaves unfinished goes on beyond what
        // stopped it.
        if let Some(last) = Self::continued(doc, &walled[..limit], &closed[..limit], start, end) {
            end = Self::grow(&page, last, true).max(last);
        }
        let under = Self::under_headline(&headlines, &walled[..limit]);
        // The article's own teaser (its headline over a repeat of its lede)
        // below its prose opens a list of other stories: the article ends
        // above it.
        let own_teaser = |h: usize| {
            start < h
                && h < end
                && page.prose_prefix[h] - page.prose_prefix[start] >= MIN_ARTICLE_PROSE
                && doc.removal_of(LineId(h as u32 + 1)).is_some_and(|r| r.reason == Reason::Duplicate)
                && doc.features_of(LineId(h as u32 + 1)).is_prose()
        };
        if let Some(h) = headlines.iter().copied().filter(|&h| own_teaser(h)).min() {
            end = h - 1;
        }
        // Nothing above the headline belongs to the article.
        let start = match under {
            Some((h, ..)) if start < h && h <= a => h,
            // A core that runs into the page's headline from above (a
            // cookie notice, a sign-in box) starts at it, when far more of
            // its prose lies under the headline than above it — unless the
            // page has nothing around the article (its first line, the
            // title, stays: the headline is a subheading repeating it).
            Some((h, ..))
                if 0 < start
                    && a < h
                    && h <= b
                    && (page.prose_prefix[h] - page.prose_prefix[a]) * HEADLINE_SHARE
                        <= page.prose_prefix[b + 1] - page.prose_prefix[h] =>
            {
                h
            }
            _ => start,
        };
        // A headline broken over two lines stays whole: a first line that
        // opens in lower case continues the headline-like line above it.
        let start = match page.next_kept(start, false) {
            Some(above) if page.continuation(start) && page.headline_like(above) && !page.continuation(above) => above,
            _ => start,
        };
        // The article also starts under the page's headline: when the core
        // lies elsewhere, that run (and the headline above it) stays too.
        // It grows on from its end over the article's lists and short
        // lines, when a sentence (or a line of eight words or more cut with
        // an ellipsis) stands among them (a player's "2 min" and dates are
        // none) and it stays apart from the core; a label closing what it
        // took introduced furniture and goes.
        let second = under
            .map(|(_, s, e)| {
                let s = Self::grow(&page, s, false);
                let mut grown = Self::grow(&page, e, true);
                let sentence = (e + 1..=grown).any(|k| {
                    let f = doc.features_of(LineId(k as u32));
                    matches!(slots[k], Slot::Kept { .. })
                        && (page.sentence(k) || (f.ending == Ending::Ellipsis && f.words >= 8))
                });
                let label = |k: usize| {
                    let f = doc.features_of(LineId(k as u32));
                    f.ending == Ending::Colon && f.words <= MAX_DANGLING_LABEL_WORDS && !f.is_prose()
                };
                if grown > e && label(grown) {
                    grown = page.next_kept(grown, false).unwrap_or(e).max(e);
                }
                (s, if sentence && (grown < start || s > end) { grown } else { e })
            })
            .filter(|&(s, e)| e < start || s > end);
        // The article's headline above a row of share buttons, the page's
        // header between them, stays (the header goes).
        let header_headline = page.headline_over_header(start);
        let kept = |k: usize| {
            (start..=end).contains(&k)
                || second.is_some_and(|(s, e)| (s..=e).contains(&k))
                || header_headline == Some(k)
        };
        // A kicker between the page's headline and a second headline under
        // it ("Storm hits the coast" / "Storms" / "Worst in a decade: …")
        // is a section's name: one capitalised word, no digits.
        let kicker = headlines.iter().find_map(|&h| {
            let j = page.next_kept(h, true).filter(|&j| kept(h) && kept(j))?;
            let (f, text) = (doc.features_of(LineId(j as u32)), doc.text_of(LineId(j as u32)));
            let one_word = f.words == 1 && f.digits == 0 && f.ending == Ending::Open && !f.is_prose();
            let capital = text.chars().next().is_some_and(|c| text::is_alphabetic(c) && !c.is_lowercase());
            let over_headline = page.next_kept(j, true).is_some_and(|i| page.headline_like(i));
            (matches!(slots[h], Slot::Kept { .. }) && one_word && capital && over_headline).then_some(j)
        });
        // The list of removals grows once, by the kept lines outside.
        let kept_lines = |r: std::ops::Range<usize>| slots[r].iter().filter(|s| matches!(s, Slot::Kept { .. })).count();
        let outside = kept_lines(0..start) + kept_lines(end + 1..n);
        doc.reserve_removals(outside.saturating_sub(second.map_or(0, |(s, e)| kept_lines(s..e + 1))));
        for k in (0..n).filter(|&k| !kept(k)) {
            if matches!(slots[k], Slot::Kept { .. }) {
                let detail = if k < start {
                    "before the article"
                } else if k >= limit {
                    "in or after the comment section"
                } else {
                    "after the article"
                };
                doc.remove_line_with(LineId(k as u32), self.name(), Reason::OutsideArticle, Confidence::Low, detail);
            }
        }
        // A label closing what is left ("Share this article:", "More
        // columns:") introduced furniture that is gone: it goes too.
        let dangling = {
            let mut kept_lines = doc.lines();
            let last = kept_lines.next_back().filter(|l| {
                let f = &l.features;
                f.ending == Ending::Colon && f.words <= MAX_DANGLING_LABEL_WORDS && !f.is_prose()
            });
            last.map(|l| l.id).filter(|_| kept_lines.next_back().is_some())
        };
        if let Some(k) = kicker {
            doc.remove_line_with(
                LineId(k as u32),
                self.name(),
                Reason::OutsideArticle,
                Confidence::Low,
                "kicker between two headlines",
            );
        }
        // A byline between the headline and the article goes.
        if let Some(k) = byline.filter(|&k| kept(k)) {
            doc.remove_line_with(
                LineId(k as u32),
                self.name(),
                Reason::Metadata(MetaField::Author),
                Confidence::Low,
                "byline under the headline",
            );
        }
        if let Some(id) = dangling {
            doc.remove_line_with(id, self.name(), Reason::OutsideArticle, Confidence::Low, "label after the article");
        }
        // Another story's teaser headline with its kicker closing what is
        // left ("Best of Test: The best bikes of the year") heads nothing
        // of the article: it goes. Under a label ("Taste:") it is the
        // label's value and stays.
        let teaser = {
            let mut kept_lines = doc.lines();
            let last = kept_lines.next_back().filter(is_kicker_teaser);
            let above = kept_lines.next_back();
            last.filter(|_| above.is_some_and(|l| l.features.ending != Ending::Colon)).map(|l| l.id)
        };
        if let Some(id) = teaser {
            doc.remove_line_with(id, self.name(), Reason::OutsideArticle, Confidence::Low, "teaser after the article");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::check;

    const P1: &str = "A powerful storm hit the coast on Monday, cutting power to thousands of homes.\n";
    const P2: &str = "Crews worked through the night to clear fallen trees from the main roads.\n";

    /// Cleans the page made of `parts` with the default pipeline and checks
    /// that exactly the `article` parts are left, as paragraphs.
    fn assert_default_keeps(parts: &[&str], article: &[&str]) {
        let out = crate::Pipeline::default().clean(&parts.concat());
        assert_eq!(out.text(), crate::testutil::paragraphs(&article.concat()), "{:#?}", out.report());
    }

    proptest::proptest! {
        #[test]
        fn pairs_hold_every_pair_of_their_text(chars in proptest::collection::vec(proptest::sample::select(LINK_LETTERS), 0..60)) {
            let text: String = chars.iter().collect();
            let pairs = Pairs::of(&text);
            for w in chars.windows(2) {
                proptest::prop_assert!(pairs.may_hold(w[0], w[1]));
            }
        }
    }

    /// [`is_link_like`] as first written: a few words, and no character
    /// from its list.
    fn is_link_like_reference(line: &Line<'_>) -> bool {
        line.features.words <= LINK_WORDS
            && !line.text.chars().any(|c| {
                text::is_numeric(c)
                    || matches!(
                        c,
                        '.' | '!'
                            | '?'
                            | '؟'
                            | '。'
                            | ','
                            | ';'
                            | ':'
                            | '،'
                            | '•'
                            | '-'
                            | '+'
                            | '*'
                            | '/'
                            | '('
                            | ')'
                            | '{'
                            | '}'
                            | '！'
                            | '？'
                            | '，'
                    )
            })
    }

    /// Characters of link-like lines.
    const LINK_LETTERS: &[char] = &['a', 'Z', 'é', 'م', 'ا', '北', ' ', ' ', '[', '&', '\u{e2}', '\u{ef}', '\u{d8}'];

    /// Characters that end a link-like line, and their neighbours in UTF-8
    /// that do not.
    const LINK_MARKS: &[char] = &[
        '.', ',', ':', ';', '!', '?', '-', '+', '*', '/', '(', ')', '{', '}', '7', '0', '٣', '۵', '½', '²', '١', '؟',
        '،', '؛', '\u{60d}', '\u{61e}', '。', '、', '\u{3003}', '•', '‣', '\u{2020}', '！', '？', '，', '\u{ff02}',
        '\u{ff0d}', '\u{fd3e}', '‼',
    ];

    proptest::proptest! {
        #[test]
        fn is_link_like_matches_its_reference(
            letters in proptest::collection::vec(proptest::sample::select(LINK_LETTERS), 0..30),
            marks in proptest::collection::vec((proptest::sample::select(LINK_MARKS), 0usize..30), 0..3),
            pad in 0usize..3,
        ) {
            let mut chars = letters;
            for (mark, at) in marks {
                chars.insert(at.min(chars.len()), mark);
            }
            // Lines longer than the measured prefix, with a few words.
            let long = "x".repeat(pad * 250);
            let text: String = long.chars().chain(chars).chain(long.chars()).collect();
            let doc = Document::new(&text);
            for line in doc.all_lines() {
                proptest::prop_assert_eq!(is_link_like(&line), is_link_like_reference(&line), "{:?}", line.text);
            }
        }
    }

    #[test]
    fn a_lone_inline_teaser_between_paragraphs_does_not_wall_the_article() {
        use crate::PipelineBuilder;
        use crate::cleaners::RelatedCleaner;
        let p = PipelineBuilder::empty().push(RelatedCleaner).push(ArticleCleaner).build().unwrap();
        let p3 = "Power came back to most homes by Wednesday, the utility said in a statement.\n";
        let teaser = ">> Read also: Ten storms that changed the coast forever <<\n";
        let page = [P1, P2, teaser, p3].concat();
        assert_eq!(p.clean(&page).text(), [P1, "\n", P2, "\n", p3].concat());
        // A related box of several lines still walls the article off on a
        // page with other furniture (here a copyright line).
        let box_ = ["Read also:\n", "Ten storms that changed the coast\n", "Five ways to prepare\n"].concat();
        let page = [P1, P2, &box_, p3, "Copyright 2024 Daily Paper. All rights reserved.\n"].concat();
        assert_eq!(p.clean(&page).text(), [P1, "\n", P2].concat());
    }

    #[test]
    fn an_inline_teaser_above_a_subheading_does_not_wall_the_article() {
        let head = "الحكومة تعلن حزمة إجراءات لدعم المزارعين المتضررين من الجفاف\n";
        let lede = "أعلنت الحكومة يوم الثلاثاء عن حزمة من الإجراءات لدعم المزارعين المتضررين من موجة الجفاف في الجنوب.\n";
        let p1 = "وقال وزير الزراعة في مؤتمر صحفي إن المساعدات ستصرف اعتبارا من الشهر المقبل للمزارع الأكثر تضررا.\n";
        let teaser = "اقرأ أيضا: ارتفاع أسعار القمح في الأسواق العالمية\n";
        let rest = "تفاصيل الحزمة\n\
                    وتشمل الحزمة تعويضات مالية مباشرة، وتأجيل سداد القروض الزراعية لمدة عام، وتوفير البذور بأسعار مدعومة.\n\
                    وأضاف الوزير أن الحكومة تعمل مع البنك المركزي لتوفير خطوط ائتمان جديدة للمزارعين الصغار.\n\
                    من جهتها، رحبت نقابة المزارعين بالقرار، لكنها طالبت بإجراءات طويلة الأمد لمواجهة تغير المناخ.\n";
        assert_default_keeps(
            &["الرئيسية\nأخبار\nاقتصاد\nرياضة\n", head, lede, p1, teaser, rest, "شارك\nفيسبوك\nتويتر\n"],
            &[head, lede, p1, rest],
        );
        // Above a short line that heads no paragraph, it stays a wall.
        assert_default_keeps(
            &[
                P1,
                P2,
                "Read also: Ten storms that changed the coast forever\n",
                "Most read\n",
                "Copyright 2024 Daily Paper\n",
            ],
            &[P1, P2],
        );
    }

    #[test]
    fn a_read_also_box_of_one_teaser_inside_the_article_does_not_wall_it() {
        let head = "الحكومة تعلن خطة جديدة لدعم المزارعين في مواجهة موجة الجفاف\n";
        let top = "أعلنت الحكومة اليوم الأحد عن خطة شاملة لدعم المزارعين المتضررين من موجة الجفاف التي تضرب البلاد.\n\
                   وقال وزير الزراعة في مؤتمر صحفي إن الخطة تشمل صرف تعويضات مباشرة للمزارعين الذين فقدوا محاصيلهم.\n\
                   وتتضمن الخطة حفر آبار جديدة في المناطق الأكثر تضررا والتوسع في أنظمة الري الحديثة في الصعيد.\n";
        let box_ = "اقرأ أيضًا\nمصرع شخصين وإصابة ثلاثة في حادث تصادم على الطريق الصحراوي\n";
        let rest = "وأوضح مصدر مسؤول أن المرحلة الأولى ستستهدف نحو خمسين ألف مزارع، على أن تمتد لاحقا إلى باقي المحافظات.\n\
                    من جانبه، رحب نقيب الفلاحين بالقرار، لكنه طالب بتبسيط إجراءات الحصول على التعويض.\n";
        let foot = "شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة © 2026\n";
        assert_default_keeps(&[head, top, box_, rest, foot], &[head, top, rest]);
        // Between a subheading and its paragraphs.
        let sub = "ردود الفعل\n";
        assert_default_keeps(&[head, top, sub, box_, rest, foot], &[head, top, sub, rest]);
        // Under a photo's caption.
        let caption = "وزير الزراعة خلال المؤتمر الصحفي (رويترز)\n";
        assert_default_keeps(&[head, top, caption, box_, rest, foot], &[head, top, rest]);
        // Over a paragraph and a short closing sentence.
        let last = "وأوضح مصدر مسؤول أن المرحلة الأولى ستستهدف نحو خمسين ألف مزارع، على أن تمتد لاحقا إلى باقي المحافظات.\n\
                    ويبدأ التنفيذ في مارس.\n";
        assert_default_keeps(&[head, top, box_, last, foot], &[head, top, last]);
    }

    #[test]
    fn a_read_also_box_of_three_headlines_inside_the_article_does_not_wall_it() {
        let top = CITY_TOP;
        let box_ = "Related\n\
                    Mayor unveils new budget with cuts to parks\n\
                    Council delays vote on housing plan again\n\
                    Transit authority names a new director\n";
        let rest = "Most of the money will come from a state transit grant, with the remainder covered by parking fees.\n\
                    The transit authority expects the first buses on the new routes to run in March.\n";
        assert_default_keeps(&[CITY_HEAD, top, box_, rest, CITY_FOOT], &[CITY_HEAD, top, rest]);
        // Under a subheading over its paragraph.
        let sub = "How it will be funded\n";
        assert_default_keeps(&[CITY_HEAD, top, sub, box_, rest, CITY_FOOT], &[CITY_HEAD, top, sub, rest]);
        // Over a short sentence opening the text (one with digits: the
        // related stage takes a short line of words under a box for one
        // more teaser).
        let short = "Work starts on 4 May.\n";
        assert_default_keeps(&[CITY_HEAD, top, box_, short, rest, CITY_FOOT], &[CITY_HEAD, top, short, rest]);
    }

    #[test]
    fn a_read_also_box_over_one_paragraph_and_an_agency_sign_off_does_not_wall_the_article() {
        let head = DE_HEAD;
        let top = "Das Bundeskabinett hat am Mittwoch ein neues Förderprogramm für Wärmepumpen beschlossen.\n\
                   „Wir wollen, dass sich jeder den Umstieg leisten kann“, sagte der Wirtschaftsminister in Berlin.\n\
                   Das Programm umfasst insgesamt drei Milliarden Euro und läuft zunächst bis Ende 2028.\n";
        let box_ = "Auch interessant\nStrompreise steigen im Januar deutlich\n";
        let rest = "Auch Handwerker warnen vor langen Wartezeiten, weil Fachkräfte fehlen.\n";
        let foot = "Teilen\nFacebook\nTwitter\n© 2026 Tageszeitung. Alle Rechte vorbehalten.\n";
        let sign_off = "Mit Material von dpa\n";
        assert_default_keeps(&[head, top, box_, rest, sign_off, foot], &[head, top, rest, sign_off]);
    }

    #[test]
    fn inline_teasers_under_an_interview_question_do_not_wall_the_article() {
        let head = "Q&A: A climate scientist on what this summer's heat means\n";
        let top = "Record temperatures swept across Europe this summer. We spoke with a climate scientist about what comes next.\n\
                   Q: Was this summer unusual?\n";
        let teasers = "Read more: Council delays vote on housing plan again\n\
                       Read more: Mayor unveils new budget with cuts to parks\n";
        let rest = "A: Yes. Several countries broke their all-time records, and the heat lasted longer than anyone expected.\n\
                    Q: Should we expect more summers like this?\n\
                    A: Unfortunately, yes. Unless emissions fall sharply, summers like this will become normal.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, teasers, rest, foot], &[head, top, rest]);
    }

    #[test]
    fn two_inline_teasers_inside_the_article_do_not_wall_it() {
        let head = "الحكومة تعلن خطة جديدة لدعم المزارعين في مواجهة موجة الجفاف\n";
        let top = "أعلنت الحكومة اليوم الأحد عن خطة شاملة لدعم المزارعين المتضررين من موجة الجفاف التي تضرب البلاد.\n\
                   وقال وزير الزراعة في مؤتمر صحفي إن الخطة تشمل صرف تعويضات مباشرة للمزارعين الذين فقدوا محاصيلهم.\n";
        let teasers = "اقرأ أيضا: وزير المالية يكشف موعد صرف الزيادة الجديدة في المعاشات\n\
                       اقرأ أيضا: مصرع شخصين وإصابة ثلاثة في حادث تصادم على الطريق الصحراوي\n";
        let rest = "وأضاف الوزير أن الوزارة ستبدأ في تلقي طلبات التعويض اعتبارا من الأسبوع المقبل في المحافظات.\n\
                    تفاصيل الخطة\n\
                    وتتضمن الخطة حفر آبار جديدة في المناطق الأكثر تضررا والتوسع في أنظمة الري الحديثة في الصعيد.\n\
                    من جانبه، رحب نقيب الفلاحين بالقرار، لكنه طالب بتبسيط إجراءات الحصول على التعويض.\n";
        let foot = "شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة © 2026\n";
        assert_default_keeps(&[head, top, teasers, rest, foot], &[head, top, rest]);
    }

    #[test]
    fn inline_teasers_over_another_story_stay_a_wall() {
        let head = "Storm hits the coast\n";
        let body = [P1, P2, "Power came back to most homes by Wednesday, the utility said in a statement.\n"].concat();
        let teasers = "Read also: The harbour wall gives way\nRead also: Ten storms that changed the coast forever\n";
        // Another story's lede alone under them, then its subheading.
        let other = "The harbour wall that stood for a century gave way in the night, the town council said.\n\
                     Repairs\n";
        let foot = "Share\nFacebook\nTwitter\nCopyright 2024 Daily Paper. All rights reserved.\n";
        assert_default_keeps(&[head, &body, teasers, other, foot], &[head, &body]);
    }

    #[test]
    fn a_sign_up_form_inside_the_article_does_not_wall_it() {
        let head = "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع\n";
        let top = "شهدت أسعار الذهب في السوق المحلية ارتفاعا ملحوظا مع بداية تعاملات الأسبوع، حيث سجل سعر الجرام نحو 3200 جنيه.\n\
                   وقال رئيس شعبة الذهب إن الارتفاع يأتي متأثرا بصعود الأوقية في البورصات العالمية وزيادة الطلب المحلي.\n";
        let form = "اشترك في النشرة البريدية\nأدخل بريدك الإلكتروني\nاشترك\n";
        let rest = "وسجل الجنيه الذهب نحو 25600 جنيه.\n\
                    وينصح الخبراء المستثمرين الصغار بعدم التسرع في البيع أو الشراء، ومتابعة حركة الأسعار العالمية قبل اتخاذ أي قرار.\n";
        let foot = "شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة © 2026\n";
        assert_default_keeps(&[head, top, form, rest, foot], &[head, top, rest]);
    }

    #[test]
    fn a_sign_up_form_between_a_subheading_and_its_paragraph_does_not_wall_the_article() {
        let head = DE_HEAD;
        let top = DE_BODY;
        let sub = "Kritik von Verbänden\n";
        let form = "Newsletter abonnieren\nIhre E-Mail-Adresse\nJetzt anmelden\n";
        let rest = "Der Verband der Hauseigentümer begrüßte die Förderung grundsätzlich, kritisierte aber die kurze Laufzeit.\n\
                    Auch Handwerker warnen vor langen Wartezeiten, weil Fachkräfte fehlen.\n";
        let foot = "Teilen\nFacebook\nTwitter\n© 2026 Tageszeitung. Alle Rechte vorbehalten.\n";
        assert_default_keeps(&[head, top, sub, form, rest, foot], &[head, top, sub, rest]);
        // Under an interview's question, over its answer and the next
        // question.
        let head = "Q&A: A climate scientist on what this summer's heat means\n";
        let top = "Record temperatures swept across Europe this summer. We spoke with a climate scientist about what comes next.\n\
                   Q: Should we expect more summers like this?\n";
        let form = "Sign up for our daily newsletter\nEnter your email address\nSubscribe\n";
        let rest = "A: Unfortunately, yes. Unless emissions fall sharply, summers like this will become normal.\n\
                    Q: What can cities do?\n\
                    A: Plant trees, open cooling centres and warn people early. Those measures save lives right away.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, form, rest, foot], &[head, top, rest]);
    }

    #[test]
    fn boxes_one_under_the_other_inside_the_article_do_not_wall_it() {
        // A sign-up form over one paragraph and a caption, then a read-also
        // box over the rest of the text: the text goes on under the form
        // past the box, itself inside the article.
        let top = CITY_TOP;
        let form = "Sign up for our daily newsletter\nEnter your email address\nSubscribe\n";
        let middle =
            "Most of the money will come from a state transit grant, with the remainder covered by parking fees.\n";
        let caption = "A city bus waits at a stop downtown. (Photo by John Smith/City Times)\n";
        let box_ = "Related\nMayor unveils new budget with cuts to parks\n";
        let rest = "The transit authority expects the first buses on the new routes to run in March next year.\n\
                    Residents can comment on the timetables at public meetings in every suburb until the end of January.\n";
        assert_default_keeps(
            &[CITY_HEAD, top, form, middle, caption, box_, rest, CITY_FOOT],
            &[CITY_HEAD, top, middle, rest],
        );
    }

    #[test]
    fn a_sign_up_form_over_a_label_and_its_list_does_not_wall_the_article() {
        let head = CITY_HEAD;
        let top = CITY_TOP;
        let form = "Sign up for our daily newsletter\nEnter your email address\nSubscribe\n";
        let list = "The new routes will serve:\n- Riverside and North Park\n- the Westgate industrial area\n";
        let last = "The transit authority expects the first buses to run in March.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, form, list, last, foot], &[head, top, list, last]);
    }

    #[test]
    fn a_box_of_teasers_over_a_short_subheading_does_not_wall_the_article() {
        let head = CITY_HEAD;
        let top = "The city council on Tuesday approved a $40 million plan to extend bus service to six outer suburbs.\n\
                   The plan, backed by nine of the twelve council members, will add four new routes next year.\n";
        let bx = "Read also\nCouncil delays vote on housing plan again\nTransit authority names a new director\n\
                  Fare increase to take effect in January\n";
        let rest = "Critics speak out\n\
                    Opponents argued the fee increase would hurt small businesses in the city centre.\n\
                    The first buses should run in March.\n";
        assert_default_keeps(&[head, top, bx, rest, CITY_FOOT], &[head, top, rest]);
        // Teasers of four words over a subheading of two.
        let short = "Read also\nCouncil delays housing vote\nTransit authority names director\n\
                     New fares in January\n";
        assert_default_keeps(&[head, top, short, rest, CITY_FOOT], &[head, top, rest]);
    }

    #[test]
    fn a_read_also_box_between_a_label_and_its_list_does_not_wall_the_article() {
        let head = CITY_HEAD;
        let top = CITY_TOP;
        let label = "The new routes will serve:\n";
        let bx = "RELATED\nMayor unveils new budget with cuts to parks\n";
        let list = "- Riverside and North Park\n- the Westgate industrial area\n- the community college campus\n";
        let last = "The transit authority expects the first buses to run in March.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, label, bx, list, last, foot], &[head, top, label, list, last]);
    }

    #[test]
    fn a_follow_us_line_inside_the_article_does_not_wall_it() {
        let head = CITY_HEAD;
        let top = "The city council on Tuesday approved a $40 million plan to extend bus service to six outer suburbs.\n\
                   The plan, backed by nine of the twelve council members, will add four new routes next year.\n";
        let follow = "Follow us on Google News\n";
        let rest = "Most of the money will come from a state transit grant, with the remainder covered by parking fees.\n\
                    Opponents argued the fee increase would hurt small businesses in the city centre.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, follow, rest, foot], &[head, top, rest]);
        // Between a subheading and its paragraph.
        let sub = "How it will be funded\n";
        assert_default_keeps(&[head, top, sub, follow, rest, foot], &[head, top, sub, rest]);
        // Over a subheading, and over a short sentence opening the text.
        assert_default_keeps(&[head, top, follow, sub, rest, foot], &[head, top, sub, rest]);
        let short = "Work starts in May.\n";
        assert_default_keeps(&[head, top, follow, short, rest, foot], &[head, top, short, rest]);
        // Google News by its Arabic and French names.
        let head = "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع\n";
        let top = "شهدت أسعار الذهب في السوق المحلية ارتفاعا ملحوظا مع بداية تعاملات الأسبوع، حيث سجل سعر الجرام نحو 3200 جنيه.\n\
                   وقال رئيس شعبة الذهب إن الارتفاع يأتي متأثرا بصعود الأوقية في البورصات العالمية وزيادة الطلب المحلي.\n";
        let rest = "وسجل الجنيه الذهب نحو 25600 جنيه.\n\
                    وينصح الخبراء المستثمرين الصغار بعدم التسرع في البيع أو الشراء، ومتابعة حركة الأسعار العالمية قبل اتخاذ أي قرار.\n";
        let foot = "شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة © 2026\n";
        for follow in ["تابعونا على جوجل نيوز\n", "Suivez-nous sur Google Actualités\n"] {
            assert_default_keeps(&[head, top, follow, rest, foot], &[head, top, rest]);
        }
    }

    #[test]
    fn a_lone_subscribe_line_over_other_stories_stays_a_wall() {
        let head = CITY_HEAD;
        let top = "The city council on Tuesday approved a $40 million plan to extend bus service to six outer suburbs.\n\
                   The plan, backed by nine of the twelve council members, will add four new routes next year.\n\
                   Most of the money will come from a state transit grant, with the remainder covered by parking fees.\n";
        // A newsletter's button, then its fine print and a sidebar: no
        // network named, so no follow line inside the article.
        let others = "Subscribe\n\
                      By signing up, you agree to our terms and to receive our daily newsletter by email.\n\
                      This story has been shared widely on the site's front page over the last week.\n";
        let foot = CITY_FOOT;
        assert_default_keeps(&[head, top, others, foot], &[head, top]);
    }

    #[test]
    fn another_article_appended_under_a_dated_header_goes_even_when_longer() {
        let head = "Storm hits the coast\n";
        let body = [
            P1,
            P2,
            "Power came back to most homes by Wednesday, the utility said in a statement.\n",
            "Schools in the region stayed closed on Tuesday, and officials said they would reopen on Thursday.\n",
        ]
        .concat();
        let share = "Share\nFacebook\nTwitter\nEmail\n";
        let other = "The harbour wall that stood for a century gave way in the night, the town council said.\n\
                     The council will meet on Friday to discuss the repairs, a spokesman said on Monday.\n\
                     Engineers warned last year that the wall needed urgent work, according to a report seen by the paper.\n\
                     Fishermen said the collapse would keep their boats in port for weeks during the busiest season.\n\
                     The town has asked the regional government for emergency funds to rebuild the wall before winter.\n";
        for dated in ["Published November 21, 2026 at 10:30 a.m.\n", "By Jane Miller\n"] {
            let next = "Harbour wall gives way after a century\n";
            assert_default_keeps(&[head, &body, share, next, dated, other], &[head, &body]);
        }
    }

    #[test]
    fn a_sign_up_form_over_another_story_stays_a_wall() {
        let head = "Storm hits the coast\n";
        let body = [P1, P2, "Power came back to most homes by Wednesday, the utility said in a statement.\n"].concat();
        let form = "Sign up for our daily newsletter\nEnter your email address\nSubscribe\n";
        let other = "Harbour wall gives way after a century\n\
                     The harbour wall that stood for a century gave way in the night, the town council said.\n\
                     The council will meet on Friday to discuss the repairs, a spokesman said on Monday.\n";
        assert_default_keeps(&[head, &body, form, other], &[head, &body]);
    }

    #[test]
    fn a_read_also_box_naming_a_topic_stays_a_wall() {
        let head = "Storm hits the coast\n";
        let body = [P1, P2, "Power came back to most homes by Wednesday, the utility said in a statement.\n"].concat();
        let blurb = "The harbour wall that stood for a century gave way in the night, the town council said.\n";
        let foot = "Share\nFacebook\nTwitter\nCopyright 2024 Daily Paper. All rights reserved.\n";
        // Two paragraphs under a box naming its topic are another story's.
        let more = "The council will meet on Friday to discuss the repairs, a spokesman said on Monday.\n";
        assert_default_keeps(
            &[head, &body, "More from Politics\n", "The harbour wall gives way\n", blurb, more, foot],
            &[head, &body],
        );
    }

    #[test]
    fn a_box_over_the_last_paragraph_of_the_page_does_not_wall_the_article() {
        // Nothing is left under the paragraph to make it another story's
        // (it could be a teaser card's blurb: when unsure, keep).
        let head = "Storm hits the coast\n";
        let body = [P1, P2].concat();
        let last = "Power came back to most homes by Wednesday, the utility said in a statement.\n";
        let foot = "Share\nFacebook\nTwitter\nCopyright 2024 Daily Paper. All rights reserved.\n";
        let box_ = "Read also\nThe harbour wall gives way after a century\n";
        assert_default_keeps(&[head, &body, box_, last, foot], &[head, &body, last]);
        assert_default_keeps(&[head, &body, box_, last], &[head, &body, last]);
        // So does a sign-up form over a short closing sentence.
        let form = "Subscribe to our newsletter\nEnter your email address\nSubscribe\n";
        assert_default_keeps(&[head, &body, form, "Stay safe.\n", foot], &[head, &body, "Stay safe.\n"]);
        // A box closing the page over more than one line is still a wall
        // when the text does not go on under it.
        let other = "Floods in the north\n";
        assert_default_keeps(&[head, &body, box_, other, last, foot], &[head, &body]);
    }

    #[test]
    fn a_box_under_a_short_sentence_closing_a_paragraph_does_not_wall_the_article() {
        let head = "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع\n";
        let top = "شهدت أسعار الذهب في السوق المحلية ارتفاعا ملحوظا مع بداية تعاملات الأسبوع، وفقا لبيانات الشعبة العامة.\n\
                   وقال رئيس شعبة الذهب بالغرفة التجارية إن الارتفاع يأتي متأثرا بصعود الأسعار في البورصات العالمية.\n";
        let short = "وسجل الجنيه الذهب نحو 25600 جنيه.\n";
        let box_ = "اقرأ أيضًا\nمصرع شخصين وإصابة ثلاثة في حادث تصادم على الطريق الصحراوي\n";
        let rest = "وينصح الخبراء المستثمرين الصغار بعدم التسرع في البيع أو الشراء، ومتابعة حركة الأسعار العالمية أولا بأول.\n\
                    ويتوقع التجار استمرار الارتفاع خلال الأيام المقبلة ما لم يحدث تغير في سعر الصرف.\n";
        let foot = "شارك\nفيسبوك\nجميع الحقوق محفوظة © 2026\n";
        assert_default_keeps(&[head, top, short, box_, rest, foot], &[head, top, short, rest]);
    }

    #[test]
    fn a_box_under_a_subheading_under_a_sign_up_form_does_not_wall_the_article() {
        let head = "Правительство утвердило программу поддержки малого бизнеса\n";
        let top = "Правительство России во вторник утвердило новую программу поддержки малого и среднего бизнеса.\n\
                   Программа предусматривает льготные кредиты под 5% годовых, снижение налоговой нагрузки и упрощение отчётности.\n";
        let form = "Подпишитесь на нашу рассылку\nВаш e-mail\nПодписаться\n";
        let sub = "Реакция предпринимателей\n";
        let caption = "Заседание правительства. Фото: пресс-служба\n";
        let box_ = "Читайте также\nЦБ сохранил ключевую ставку на прежнем уровне\n";
        let rest = "Представители бизнес-объединений в целом поддержали инициативу, но указали на недостаточный объём финансирования.\n\
                    Первые заявки на кредиты можно будет подать с 1 марта.\n";
        let foot = "Поделиться\nВКонтакте\nTelegram\n© 2026 Газета. Все права защищены.\n";
        assert_default_keeps(&[head, top, form, sub, caption, box_, rest, foot], &[head, top, sub, rest]);
    }

    #[test]
    fn an_agency_sign_off_above_share_buttons_stays() {
        let head = DE_HEAD;
        let body = DE_BODY;
        let foot = "Teilen\nFacebook\nTwitter\nWhatsApp\n© 2026 Tageszeitung. Alle Rechte vorbehalten.\n";
        assert_default_keeps(&[head, body, "Mit Material von dpa\n", foot], &[head, body, "Mit Material von dpa\n"]);
    }

    #[test]
    fn a_name_above_share_buttons_still_goes() {
        let head = DE_HEAD;
        let body = DE_BODY;
        let foot = "Teilen\nFacebook\nTwitter\nWhatsApp\n© 2026 Tageszeitung. Alle Rechte vorbehalten.\n";
        assert_default_keeps(&[head, body, "Mehr von Anna Schmidt\n", foot], &[head, body]);
    }

    /// The headline of the German test pages about heat pumps.
    const DE_HEAD: &str = "Bundesregierung beschließt Förderprogramm für Wärmepumpen\n";
    /// Two paragraphs of those pages' articles.
    const DE_BODY: &str = "Das Bundeskabinett hat am Mittwoch ein neues Förderprogramm für Wärmepumpen beschlossen.\n\
                           Das Programm umfasst insgesamt drei Milliarden Euro und läuft zunächst bis Ende 2028.\n";
    /// The headline of the English test pages about a bus network.
    const CITY_HEAD: &str = "City council approves plan to expand bus network to outer suburbs\n";
    /// Two paragraphs opening those pages' articles.
    const CITY_TOP: &str = "The city council on Tuesday approved a $40 million plan to extend bus service to six outer suburbs.\n\
                            Opponents argued the fee increase would hurt small businesses in the city centre, and voted against it.\n";
    /// Share buttons and a copyright line under those pages' articles.
    const CITY_FOOT: &str = "Share\nFacebook\nTwitter\n© 2026 City Times. All rights reserved.\n";

    /// A page's header: a menu and a breadcrumb, the headline, a date and a
    /// byline, and a row of share buttons over the article.
    fn headed_page(head: &str, date: &str, byline: &str, body: &str) -> String {
        let menu = "Home\nNews\nPolitics\nBusiness\nSport\nHome > News > Local\n";
        let share = "Share\nFacebook\nTwitter\nEmail\n";
        let foot = CITY_FOOT;
        [menu, head, date, byline, share, body, foot].concat()
    }

    const HEADED_BODY: &str = "The city council on Tuesday approved a $40 million plan to extend bus service to six outer suburbs, ending months of debate.\n\
                               The plan will add four new routes and increase evening frequency on two existing lines, officials said.\n";

    #[test]
    fn the_headline_above_a_date_byline_and_share_buttons_stays() {
        let head = CITY_HEAD;
        // A date and a byline the metadata stage removes, and a date it
        // does not know ("a.m."), which goes with the header.
        for date in ["Published November 21, 2026\n", "Published November 21, 2026 at 10:30 a.m.\n"] {
            let input = headed_page(head, date, "By Mark Johnson\n", HEADED_BODY);
            assert_default_keeps(&[&input], &[head, HEADED_BODY]);
        }
        // A byline's title no cleaner removes goes with the header too.
        let input = headed_page(head, "", "By Mark Johnson\nCity Times Contributor\n", HEADED_BODY);
        assert_default_keeps(&[&input], &[head, HEADED_BODY]);
    }

    #[test]
    fn the_headline_above_share_buttons_stays_in_scripts_without_spaces() {
        let head = "政府、少子化対策の新たな支援策を発表\n";
        let body = "政府は21日、少子化対策の新たな支援策を発表した。子育て世帯への給付を拡充し、保育所の整備を進める。\n\
                    支援策には、出産費用の無償化や育児休業給付の引き上げも盛り込まれた。政府は来年度から順次実施する方針だ。\n";
        let menu = "ホーム\nニュース\n政治\n経済\nスポーツ\n";
        let share = "シェア\nFacebook\nX\n";
        // A date and a byline no cleaner knows stay out with the buttons.
        let input = [menu, head, "2026年11月21日 10時30分\n", "記者 山田太郎\n", share, body].concat();
        assert_default_keeps(&[&input], &[head, body]);
    }

    #[test]
    fn teasers_above_share_buttons_do_not_come_back() {
        // Three headline-like lines over the buttons: other stories, no
        // headline with its date and byline.
        let teasers = "Man arrested after police chase on highway\n\
                       Storm to bring heavy rain this weekend\n\
                       Local restaurant closes after forty years\n";
        let input = headed_page(teasers, "", "", HEADED_BODY);
        assert_default_keeps(&[&input], &[HEADED_BODY]);
        // Nor does one line over the buttons with prose right above it:
        // the end of something else, not a page's header.
        let other =
            "Officials said the old routes would stay in service until the new ones open next spring, as planned.\n";
        let input = [
            "Home\nNews\n",
            other,
            "Council members debate new housing rules\n",
            "Share\nFacebook\nTwitter\n",
            HEADED_BODY,
        ]
        .concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(!out.text().contains("Council members debate"), "{}", out.text());
    }

    #[test]
    fn clean_article_with_a_list_is_unchanged() {
        let input =
            ["Storm hits the coast\n", P1, "Closed roads:\n", "North Road\n", "Harbour Street\n", "Mill Lane\n", P2]
                .concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn a_label_closing_the_article_goes() {
        let input = [P1, P2, "Share this story with friends:\n"].concat();
        check(&ArticleCleaner, &input, &[P1, P2].concat());
        // Under the default pipeline, the share links under it are gone too.
        let input = [P1, P2, "More columns on our site:\n", "Facebook\n", "Twitter\n"].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
    }

    #[test]
    fn a_teaser_headline_with_its_kicker_closing_the_article_goes() {
        let teaser = "Best of Test: The best bikes of the year 2022\n";
        check(&ArticleCleaner, &[P1, P2, teaser].concat(), &[P1, P2].concat());
        let teaser = "Turkey: The farewell to world politics\n";
        check(&ArticleCleaner, &[P1, P2, teaser].concat(), &[P1, P2].concat());
    }

    const D1: &str = "Der Sturm hat am Montag an der Küste Tausende Haushalte vom Strom abgeschnitten.\n";
    const D2: &str = "Die Helfer räumten die ganze Nacht umgestürzte Bäume von den wichtigsten Straßen.\n";

    #[test]
    fn a_prompt_to_answer_in_the_comments_closing_the_article_goes() {
        // Comment phrases make the prompt fine print: with the page's
        // furniture under it, it is no part of the article.
        for prompt in [
            "Verraten Sie uns in den Kommentaren: Wie haben Sie den Sturm erlebt?\n",
            "Schreibt uns in die Kommentare, was ihr in der Nacht gemacht habt!\n",
        ] {
            let out = crate::Pipeline::default().clean(&[D1, D2, prompt, "Drucken\n"].concat());
            assert_eq!(out.text(), crate::testutil::paragraphs(&[D1, D2].concat()));
        }
    }

    #[test]
    fn a_closing_sentence_about_the_comments_stays() {
        let last = "Viele Leser verrieten uns in den Kommentaren, dass sie die ganze Nacht ohne Strom waren.\n";
        let out = crate::Pipeline::default().clean(&[D1, D2, last, "Drucken\n"].concat());
        assert_eq!(out.text(), crate::testutil::paragraphs(&[D1, D2, last].concat()));
    }

    #[test]
    fn a_kicker_line_that_is_no_teaser_closing_the_article_stays() {
        // A label's value, a sentence, links parted by bars, an account
        // number, a kicker over a single word.
        for tail in [
            "Taste:\nSIDAMO: Red berries, citrus notes, sweet and spicy\n",
            "Update: The road has been opened again.\n",
            "Follow us: Twitter | Facebook | Instagram\n",
            "Donations: IBAN DE10 4405 0199 0212 1545 63 at the local bank\n",
            "Author: Jane Doe\n",
            "Verdict: a fine phone for the price\n",
        ] {
            let input = [P1, P2, tail].concat();
            check(&ArticleCleaner, &input, &input);
        }
        // Above the last line it stays: it heads what follows it.
        let input = [P1, "Turkey: The farewell to world politics\n", P2].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn a_label_with_its_list_under_it_stays() {
        let input = [P1, P2, "Roads still closed:\n", "North Road\n", "Harbour Street\n"].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn a_sentence_ending_with_a_colon_closing_the_article_stays() {
        let last = "The mayor ended the meeting with a warning to everyone who lives near the river banks:\n";
        let input = [P1, P2, last].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn a_lone_label_is_not_removed_from_an_otherwise_empty_page() {
        check(&ArticleCleaner, "Contact:\n", "Contact:\n");
    }

    #[test]
    fn a_list_after_a_colon_is_not_a_menu() {
        let input = ["Share on Facebook\n", "What you will need:\n", "Cloche\n", "Spoon\n", "Moss\n", P1, P2].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert!(full.text().contains("Spoon"), "{}", full.text());
    }

    /// A label's list, then the page's share buttons.
    fn listed(label: &str, first: &str) -> String {
        [P1, P2, label, first, "– Healing rituals\n", "– Power places\n", "Share on Facebook\n", "Share on X\n"]
            .concat()
    }

    #[test]
    fn a_list_under_a_label_goes_on_over_items_with_punctuation() {
        let input = listed("What the workshop covers:\n", "– Runes and Reiki (with initiation)\n");
        let full = crate::Pipeline::default().clean(&input);
        for item in ["Runes and Reiki", "Healing rituals", "Power places"] {
            assert!(full.text().contains(item), "{item}: {}", full.text());
        }
        assert!(!full.text().contains("Share on"), "{}", full.text());
    }

    #[test]
    fn a_list_under_a_sentence_does_not_go_on_over_its_items() {
        // The colon closes a long sentence, not a label: teaser links
        // after its first item still end the article.
        let input = listed(
            "In our gallery you will find many more recipes with fermented food from the kitchen:\n",
            "Gallery (12 photos)\n",
        );
        let full = crate::Pipeline::default().clean(&input);
        assert!(!full.text().contains("Healing rituals"), "{}", full.text());
        assert!(!full.text().contains("Power places"), "{}", full.text());
    }

    #[test]
    fn a_long_line_under_a_label_ends_its_list() {
        let input = listed(
            "Taking part:\n",
            "Leave a comment under this post with your introduction and the book you want to read with us\n",
        );
        let full = crate::Pipeline::default().clean(&input);
        assert!(!full.text().contains("Healing rituals"), "{}", full.text());
        assert!(!full.text().contains("Power places"), "{}", full.text());
    }

    /// A list of requirements whose items are partly link-like, then share
    /// buttons.
    fn requirements(after: &[&str]) -> String {
        let mut lines = vec![
            P1,
            P2,
            "Your profile\n",
            "Degree in a relevant field (or a similar path)\n",
            "Experience in projects, funding and teams\n",
            "Project management\n",
            "Team work\n",
        ];
        lines.extend_from_slice(after);
        lines.extend_from_slice(&["Share on Facebook\n", "Share on X\n"]);
        lines.concat()
    }

    #[test]
    fn two_link_like_items_inside_a_list_do_not_end_the_article() {
        let input = requirements(&["Care, accuracy and reliability\n", "Ease with partners (and funders)\n"]);
        let full = crate::Pipeline::default().clean(&input);
        for item in ["Project management", "Team work", "Care, accuracy", "Ease with partners"] {
            assert!(full.text().contains(item), "{item}: {}", full.text());
        }
        assert!(!full.text().contains("Share on"), "{}", full.text());
    }

    #[test]
    fn two_link_like_lines_before_a_lone_item_end_the_article() {
        let input = requirements(&["Care, accuracy and reliability\n"]);
        let full = crate::Pipeline::default().clean(&input);
        assert!(full.text().contains("Experience in projects"), "{}", full.text());
        for line in ["Project management", "Team work", "Care, accuracy"] {
            assert!(!full.text().contains(line), "{line}: {}", full.text());
        }
    }

    /// An imprint line of fields parted by bars, long enough to read as
    /// prose.
    const IMPRINT: &str = "© Example Media AG | Example Media AG | Main Street 31 | PO Box | 4450 Townsville | \
                           Phone 061 976 10 10 | Fax 061 976 10 13 Opening hours: 08.00 - 12.00 and 13.30 - 17.30 \
                           (Friday until 17.00 and on the first Saturday of every month until noon)\n";

    #[test]
    fn a_long_line_of_fields_parted_by_bars_is_not_the_article() {
        let lede = "A powerful storm hit the coast on Monday.\n";
        let input = ["Home\n", "News\n", "Sport\n", "Storm hits the coast\n", lede, "Share\n", IMPRINT].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert!(full.text().contains("A powerful storm"), "{}", full.text());
        assert!(!full.text().contains("Example Media"), "{}", full.text());
    }

    #[test]
    fn a_sentence_with_one_bar_is_prose() {
        let line =
            "The storm | as the locals call it | hit the coast on Monday, cutting power to thousands of homes.\n";
        let input = ["Home\n", "News\n", "Sport\n", "Storm hits the coast\n", line, "Share on Facebook\n"].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&["Storm hits the coast\n", line].concat()));
    }

    /// A lede of prose length cut short with an ellipsis.
    const CUT: &str = "The club invited employers to a round table on how to find enough staff in times of \
                       shortage. With them: the head of personnel of the most popular ...\n";

    #[test]
    fn a_lone_lede_cut_short_is_the_article() {
        let input = [
            "Home\n",
            "News\n",
            "Sport\n",
            "Good wages alone are not enough\n",
            CUT,
            "Share\n",
            "Would you like to read on?\n",
            "Yes. I am a subscriber.\n",
        ]
        .concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&["Good wages alone are not enough\n", CUT].concat()));
    }

    #[test]
    fn teasers_cut_short_are_no_article() {
        let input = [
            "Home\n",
            "News\n",
            "Sport\n",
            "First story\n",
            CUT,
            "Share\n",
            "Second story\n",
            "Crews worked through the night to clear fallen trees from the roads of the old town and ...\n",
        ]
        .concat();
        let doc = crate::Pipeline::default().clean(&input);
        assert_eq!(doc.report().by_cleaner("article").count(), 0, "{}", doc.text());
    }

    /// A post written a sentence per line, without punctuation, as blogs in
    /// Chinese often are.
    const LINE_POST: &str = "山中露营记 枫红时节\n\
        清晨的山路上雾气还没有散去 我们沿着溪谷慢慢往上走 一路都能听到鸟叫声\n\
        走到半山腰的时候太阳终于出来了 整片枫树林被照得通红 大家都停下来拍照\n\
        营地的主人早就准备好了热茶和点心 招呼我们先坐下来休息一会儿再去搭帐篷\n\
        下午的时候又下起了小雨 好在帐篷搭得够快 没有让睡袋和衣服被雨水打湿\n\
        晚上大家围着炉火聊天到很晚 山里的夜空特别干净 抬头就能看到满天的星星\n\
        第二天一早收拾好装备准备下山 心里还是有点舍不得这片安静美丽的山林\n";

    #[test]
    fn a_post_written_a_sentence_per_line_is_the_article() {
        let comments = "相关文章\n秋天的湖边小屋\n雪山脚下的温泉之旅\n\
                        网友A 2023-11-02 10:15\n\
                        谢谢分享，这里的风景真的很美，下次我们也想带孩子去看看。\n\
                        网友B 2023-11-03 08:40\n\
                        照片拍得太好了！请问营地需要提前多久预订呢？我们想在下个月去。\n";
        assert_default_keeps(&["首页\n登录\n", LINE_POST, comments], &[LINE_POST]);
    }

    #[test]
    fn long_unpunctuated_headlines_under_a_punctuated_article_go() {
        let article = "政府は十二日の臨時閣議で、物価高に対応するための追加の経済対策を決定した。電気料金の負担軽減策を延長する。\n\
                       首相は記者団に対し「国民生活を守るため、あらゆる手段を尽くす」と述べた。財源には予備費を充てる方針だ。\n\
                       野党からは、効果が一時的にとどまるとの批判も出ている。\n";
        let related = "関連記事\n\
                       政府が物価高対策で追加の経済対策を検討電気ガス料金の負担軽減策を延長へ\n\
                       日銀が金融政策決定会合で大規模緩和の維持を決定円安の進行には警戒感を示す\n\
                       春闘の賃上げ率が三十年ぶりの高水準に中小企業への波及が今後の焦点となる\n\
                       ガソリン価格が全国平均で百八十円台に上昇補助金の段階的縮小が影響か\n";
        assert_default_keeps(&[article, related], &[article]);
    }

    #[test]
    fn a_long_copyright_notice_is_not_the_article() {
        let notice = "Market data is delayed by twenty minutes and is provided for information only, \
                      not for trading purposes. © 2016 Example News. All rights reserved. Terms apply to every \
                      use of the data, and no part of it may be copied, stored or shared in any form at all.\n";
        let input =
            ["Home\n", "News\n", P1, "Advertisement\n", P2, "Privacy policy\n", notice, "Follow us on X\n"].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
    }

    #[test]
    fn a_box_between_the_steps_of_a_how_to_does_not_end_it() {
        let step = "Measure the glass, cut the foam to size and press it firmly into the saucer so it stays.\n";
        let input = [
            "Share on Facebook\n",
            P1,
            "Other people are reading\n",
            "Plant ideas\n",
            "Step one\n",
            step,
            "Step two\n",
            step.replace("Measure", "Check").as_str(),
            "Step three\n",
            step.replace("Measure", "Wipe").as_str(),
            "More Like This\n",
            "How to make a tutu\n",
        ]
        .concat();
        let full = crate::Pipeline::default().clean(&input);
        assert!(full.text().contains("Wipe the glass"), "{}", full.text());
        assert!(!full.text().contains("tutu"), "{}", full.text());
    }

    const C1: &str = "Thanks for this piece, it explains the storm better than anything I read today.\n";
    const C2: &str = "We lost power for two days as well, and nobody told us when it would come back.\n";
    const C3: &str = "The council should have trimmed those trees years ago, as everyone on our street said.\n";

    fn commented(replies: usize) -> (String, String) {
        let article = [
            "Storm hits the coast\n",
            P1,
            P2,
            P1.replace("Monday", "Tuesday").as_str(),
            P2.replace("main", "side").as_str(),
        ]
        .concat();
        let mut comments = String::from("Anna Berg · March 10, 2017 at 12:20\n");
        for (i, c) in [C1, C2, C3].iter().take(replies).enumerate() {
            if i > 0 {
                comments.push_str(&format!("Reader {i} · March 1{i}, 2017 at 9:1{i}\n"));
            }
            comments.push_str(c);
            comments.push_str("Reply\n");
        }
        (article, comments)
    }

    #[test]
    fn a_comment_section_is_not_the_article() {
        let (article, comments) = commented(3);
        let alone = crate::PipelineBuilder::empty().push(ArticleCleaner).build().unwrap();
        let input = [article.as_str(), &comments, "Leave your own thoughts below\n"].concat();
        let out = alone.clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&article), "{:#?}", out.report());
        assert!(out.report().iter().any(|r| r.detail.contains("comment section")));
        assert_eq!(crate::Pipeline::default().clean(&input).text(), crate::testutil::paragraphs(&article));
        // German reply links, a title under each comment's author line.
        let de = comments.replace("Reply\n", "Antworten\n").replace("Thanks", "Danke\nThanks");
        let input = [article.as_str(), &de].concat();
        assert_eq!(alone.clean(&input).text(), crate::testutil::paragraphs(&article));
        assert_eq!(crate::Pipeline::default().clean(&input).text(), crate::testutil::paragraphs(&article));
    }

    #[test]
    fn a_comment_count_under_the_article_is_no_reply_link() {
        // The count link stands once, under the article's last paragraph:
        // the section starts at the first comment, not at the subheading
        // above that paragraph.
        let (_, comments) = commented(3);
        let article = ["Storm hits the coast\n", P1, P2, L1, "What comes next\n", L2].concat();
        let input = [article.as_str(), "View comments (27)\n", &comments].concat();
        let alone = crate::PipelineBuilder::empty().push(ArticleCleaner).build().unwrap();
        let out = alone.clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&article));
    }

    #[test]
    fn two_replies_are_not_a_comment_section() {
        let (article, comments) = commented(2);
        let input = [article.as_str(), &comments, P2].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn comments_under_a_short_note_are_left_alone() {
        // Too little prose above the comments for an article: nothing goes.
        let (_, comments) = commented(3);
        let input = ["Storm hits the coast\n", &comments, P2].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn fine_print_at_the_foot_of_the_page_ends_the_article() {
        let input = [P1, P2, "Contact us\n", "Example Society for Solar Energy\n"].concat();
        check(&ArticleCleaner, &input, &[P1, P2].concat());
    }

    #[test]
    fn a_closing_paragraph_opening_with_a_comment_heading_word_stays() {
        let last = "Comments from the minister were welcomed by the farmers, who hope for the same aid next year.\n";
        let input = [P1, P2, last, "Share\n", "Read more: Rice prices rise again\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&[P1, P2, last].concat()));
        // The heading alone, or a sentence of the comment form, is fine print.
        let input = [P1, P2, "Comments\n", "Leave a comment. Your email address will not be published.\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
    }

    #[test]
    fn a_link_run_over_the_fine_print_ends_the_article() {
        // Tags, a team link and a newsletter box between the article and
        // the footer's copyright line: no furniture was removed, but the
        // fine print stands for it.
        let tail = "#Storms\n#Coast\nTeam\nOur weekly briefing, every Friday.\nSign up\n© 2020 Daily Paper\n";
        let input = [P1, P2, tail].concat();
        check(&ArticleCleaner, &input, &[P1, P2].concat());
    }

    #[test]
    fn a_link_run_inside_the_article_over_the_fine_print_stays() {
        // Most of the article's prose still lies beyond the run: it is a
        // list inside the article, not the page's furniture.
        let input = [P1, "Solar power\n", "Wind power\n", P2, L1, L2, "© 2020 Daily Paper\n"].concat();
        check(&ArticleCleaner, &input, &[P1, "Solar power\n", "Wind power\n", P2, L1, L2].concat());
    }

    #[test]
    fn a_closing_sentence_with_a_copyright_sign_stays() {
        let input =
            [P1, P2, "This is no manifesto™© we just like to share what we learned, and hope you will too.\n"].concat();
        check(&ArticleCleaner, &input, &input);
        // Prose after the fine print: the article goes on.
        let input = [P1, "All rights reserved\n", P2].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn a_dated_copyright_sentence_at_the_foot_ends_the_article() {
        let notice = "Portions of this content are ©1998–2015 by individual contributors. Content is licensed.\n";
        let input = [P1, P2, "Example Society\n", notice].concat();
        check(&ArticleCleaner, &input, &[P1, P2].concat());
        // Prose after it: the article goes on.
        let input = [P1, notice, P2].concat();
        check(&ArticleCleaner, &input, &input);
        assert!(has_dated_copyright("© Copyright 2010-2014, Jane Doe.") && has_dated_copyright("© 2016 Example"));
        assert!(!has_dated_copyright("This is no manifesto™© we just like to share.") && !has_dated_copyright("© 12"));
    }

    #[test]
    fn a_lede_above_share_buttons_comes_back() {
        let lede = "The worst storm in a decade left thousands of homes without power, officials said on Monday.\n";
        let input =
            ["Home\n", "World\n", "Politics\n", "Storm hits the coast\n", lede, "Share on Facebook\n", P1, P2].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&["Storm hits the coast\n", lede, P1, P2].concat()));
    }

    /// A review's summary over a box of pros and cons, above its body.
    const SUMMARY: &str = "The new phone is the best one the company has made in years, and it shows in every part of it. \
        The screen is bright and sharp, the battery lasts two full days, and the camera takes good pictures even at night. \
        It is not cheap, and the charger no longer comes in the box, but for most people who want a phone that simply works \
        and keeps working for years, it is the one to buy right now. We tested it for three weeks.\n";
    const FACTS: &str = "Key specs\nScreen 6.1 inches\nWeight 187 g\nBattery 4,500 mAh\nStorage 128 GB\nCameras 50 MP and 12 MP\n\
        From $699\nBuy now\nScore\nPoor\nGood\nExcellent\nPros\nBright screen\nLong battery life\nCons\nExpensive\n\
        No charger in the box\n";

    fn review(summary: &str, between: &str) -> String {
        let body = [
            "We used the phone for three weeks as our only phone, on trains, in the rain and on a long trip abroad.\n",
            "The battery never ran out before bedtime, even on days full of maps, music, calls and photos of the trip.\n",
            "The camera is the biggest step forward: night shots are clean, and portraits look natural, not painted.\n",
            "The screen stays readable in bright sun, and the speakers are loud enough for a video call in a busy room.\n",
            "Only the price holds it back: the cheaper model from last year does most of this for far less money.\n",
            "Setting it up took ten minutes, and moving our photos and messages from the old phone went without a hitch.\n",
            "Updates are promised for seven years, longer than most people keep a phone, which helps its resale value.\n",
            "The case is made of recycled aluminium, and the back glass survived a drop onto a stone floor unharmed.\n",
        ];
        [&["Home\n", "Phones\n", "Reviews\n", "Share on Facebook\n", summary, between, FACTS][..], &body[..]]
            .concat()
            .concat()
    }

    #[test]
    fn a_summary_above_a_box_of_facts_starts_the_article() {
        let out = crate::Pipeline::default().clean(&review(SUMMARY, ""));
        assert!(out.text().starts_with("The new phone is the best"), "{}", out.text());
        assert!(out.text().contains("Long battery life"), "{}", out.text());
    }

    #[test]
    fn a_short_paragraph_or_furniture_above_a_box_of_facts_stays_out() {
        // A teaser-sized paragraph is no summary.
        let short = "The new phone is the best one the company has made in years.\n";
        let out = crate::Pipeline::default().clean(&review(short, ""));
        assert!(!out.text().contains("best one"), "{}", out.text());
        assert!(!out.text().contains("Bright screen"), "{}", out.text());
        // Furniture between the paragraph and the box: another page's part.
        let out = crate::Pipeline::default().clean(&review(SUMMARY, "Share on X\n"));
        assert!(!out.text().contains("best one"), "{}", out.text());
        assert!(!out.text().contains("Bright screen"), "{}", out.text());
    }

    #[test]
    fn a_lede_above_a_box_of_one_teaser_comes_back() {
        let lede = "The worst storm in a decade left thousands of homes without power, officials said on Monday.\n";
        let page = |teasers: &str| {
            ["Home\n", "World\n", "Politics\n", "Storm hits the coast\n", lede, "Read also\n", teasers, P1, P2].concat()
        };
        let out = crate::Pipeline::default().clean(&page("Floods in the north\n"));
        assert_eq!(out.text(), crate::testutil::paragraphs(&["Storm hits the coast\n", lede, P1, P2].concat()));
        // A box of two teasers is a wall.
        let out = crate::Pipeline::default().clean(&page("Floods in the north\nHeat in the south\n"));
        assert!(!out.text().contains("worst storm"), "{}", out.text());
        assert!(!out.text().contains("Floods"), "{}", out.text());
    }

    #[test]
    fn no_lede_above_share_buttons_no_crossing() {
        // Only a name above the buttons; a wall of several lines: nothing
        // comes back.
        let input = ["Jane Doe\n", "Share on Facebook\n", P1, P2].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
        let input =
            [P1, "Share on Facebook\n", "Most read\n", "Share on X\n", P2, P1.replace("Monday", "Friday").as_str()]
                .concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(!out.text().contains("Monday"), "{}", out.text());
    }

    #[test]
    fn a_post_meta_line_above_furniture_ends_the_article() {
        let meta = "This page was last edited on 29 January 2020, at 13:22, and has been viewed many times.\n";
        let other = "Whisky tasting in the old town\n";
        let input = [P1, P2, meta, other, "Share on Facebook\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
        assert!(out.report().by_cleaner("article").any(|r| r.text(&input).starts_with("This page")));
        // Without furniture after it, nothing ends the article.
        let input = [P1, meta, P2].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn teasers_after_the_tags_are_not_the_article() {
        let p3 = "Power was back in most streets by the evening, and schools will open again on Wednesday.\n";
        let blurb = "Residents near the river were told to move their cars to higher ground before the weekend.\n";
        let p4 = "The council said it would review how the warnings reached the villages along the coast.\n";
        let article = ["Storm hits the coast\n", P1, P2, p3, p4].concat();
        let tail =
            ["Tags: storm, coast\n", "Weather\n", "Flood warnings for the valley\n", blurb, "Share on Facebook\n"];
        let input = [article.as_str(), &tail.concat()].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&article), "{:#?}", out.report());
    }

    #[test]
    fn a_topics_line_above_more_prose_does_not_end_the_article() {
        // Prose right below the keywords line: the article goes on.
        let p3 = "Power was back in most streets by the evening, and schools will open again on Wednesday.\n";
        let p4 = "The council said it would review how the warnings reached the villages along the coast.\n";
        let input = ["Storm hits the coast\n", P1, P2, "Tags: storm, coast\n", p3, p4, "Share on Facebook\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().contains("review how the warnings"), "{}", out.text());
        // Tags under the headline, above the body: the body stays.
        let input = ["Storm hits the coast\n", "Tags: storm, coast\n", P1, P2, p3, p4, "Share on Facebook\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().contains(P1) && out.text().contains(p4), "{}", out.text());
    }

    const LEDE: &str = "The worst storm in a decade left thousands of homes along the coast without power on \
                        Monday, and crews worked through the night to clear the roads and mend the lines.\n";
    const ABOUT: &str = "Our paper has covered the towns along the coast for more than a hundred years, with \
                         reporters in every harbour and a newsroom that never sleeps.\n";

    #[test]
    fn a_kicker_between_two_headlines_goes() {
        let page = |under: &str| {
            [
                "Storm hits the coast: homes dark | Daily Paper\n",
                "Share on Facebook\n",
                "Storm hits the coast: homes dark\n",
                under,
                LEDE,
                P1,
                P2,
            ]
            .concat()
                + "Share on Facebook\n"
        };
        let out = crate::Pipeline::default().clean(&page("Storms\n\"Worst in a decade\": the storm reaches land\n"));
        assert!(out.text().starts_with("Storm hits the coast: homes dark\n\n\"Worst in a decade"), "{}", out.text());
        // A word over the lede (a first subheading) stays.
        let out = crate::Pipeline::default().clean(&page("Overview\n"));
        assert!(out.text().contains("Overview\n"), "{}", out.text());
        // So does a lower-case word or a number over a second headline.
        for under in [
            "so\n\"Worst in a decade\": the storm reaches land\n",
            "2024\n\"Worst in a decade\": the storm reaches land\n",
        ] {
            let out = crate::Pipeline::default().clean(&page(under));
            assert!(out.text().contains(&under[..under.find('\n').unwrap() + 1]), "{}", out.text());
        }
    }

    #[test]
    fn the_article_under_the_headline_keeps_its_list_when_the_core_lies_elsewhere() {
        let about = [ABOUT, &ABOUT.replace("Our", "The"), &ABOUT.replace("paper", "team")].concat();
        let page = |list: &str| {
            [
                "Top ten storms - Daily Paper\n",
                "Home\n",
                "Top ten storms\n",
                LEDE,
                list,
                "Share on Facebook\n",
                "Share on X\n",
                "Most read\n",
                &about,
            ]
            .concat()
        };
        let list = "Some storms missing from it:\nGreat Storm, England\nLong Flood, Texas\nHere is the list.\n\
                    01. Great Storm\n02. Long Flood\n03. Cold Wind\n";
        let out = crate::Pipeline::default().clean(&page(list));
        assert!(out.text().contains("The worst storm"), "{}", out.text());
        assert!(out.text().contains("Long Flood, Texas") && out.text().contains("03. Cold Wind"), "{}", out.text());
        // A closing line cut with an ellipsis ends a sentence too; a label
        // left closing the run introduced furniture and goes.
        let thanks = "Some storms missing from it:\nGreat Storm, England\nLong Flood, Texas\n\
                      Thanks to all of you who sent us your photos of the storm…\nRate this:\n";
        let out = crate::Pipeline::default().clean(&page(thanks));
        assert!(out.text().contains("Long Flood, Texas\n\nThanks to all of you"), "{}", out.text());
        assert!(!out.text().contains("Rate this"), "{}", out.text());
        // Short lines with no sentence among them (a player's length, its
        // date) stay out.
        let player = "2 min\n04.04.2020\nVideo available until 28.02.2021\n";
        let out = crate::Pipeline::default().clean(&page(player));
        assert!(out.text().contains("The worst storm"), "{}", out.text());
        assert!(!out.text().contains("2 min") && !out.text().contains("Video available"), "{}", out.text());
    }

    #[test]
    fn the_article_under_the_headline_stays_when_the_core_lies_elsewhere() {
        let about = [ABOUT, &ABOUT.replace("Our", "The"), &ABOUT.replace("paper", "team")].concat();
        let input = [
            "Storm hits the coast - Daily Paper\n",
            "Home\n",
            "Storm hits the coast\n",
            LEDE,
            "Share on Facebook\n",
            "Share on X\n",
            "Most read\n",
            &about,
        ]
        .concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().starts_with("Storm hits the coast\n\nThe worst storm"), "{}", out.text());
        assert!(!out.text().contains("Daily Paper"), "{}", out.text());
        // The same words with other punctuation name it too.
        let glued = input
            .replacen("Storm hits the coast - Daily Paper", "Daily Paper - Storm: hits the coast", 1)
            .replacen("Storm hits the coast\n", "Daily Paper Storm hits the coast\n", 1);
        let out = crate::Pipeline::default().clean(&glued);
        assert!(out.text().contains("The worst storm"), "{}", out.text());
        // A kicker before the headline in the title, the site name after it.
        let kicker =
            input.replacen("Storm hits the coast - Daily Paper", "Weather: Storm hits the coast › Daily Paper", 1);
        let out = crate::Pipeline::default().clean(&kicker);
        assert!(out.text().contains("The worst storm"), "{}", out.text());
        // Without a title naming the headline, the longer block wins alone.
        let untitled = input.replacen("Storm hits the coast - Daily Paper\n", "Daily Paper\n", 1);
        let out = crate::Pipeline::default().clean(&untitled);
        assert!(!out.text().contains("The worst storm"), "{}", out.text());
    }

    #[test]
    fn names_are_capitalised_words_parted_by_commas() {
        let names = |t: &str| names_in(&Features::of(t), t);
        assert_eq!(names("Jane Doe"), Some(1));
        assert_eq!(names("Mateusz Seroka, Piotr Żochowski"), Some(2));
        assert_eq!(names("Storm hits the coast"), None);
        assert_eq!(names("READ FULL ARTICLE"), None);
        assert_eq!(names("Home"), None);
        assert_eq!(names("Jane Doe 2024"), None);
    }

    /// A page with a menu run above the headline, `under` between the
    /// headline and the article, and share buttons at its foot.
    fn with_byline(under: &str) -> String {
        [
            "Storm hits the coast | Daily Paper\n",
            "Share on Facebook\n",
            "Storm hits the coast\n",
            under,
            P1,
            P2,
            "Share on Facebook\n",
        ]
        .concat()
    }

    #[test]
    fn a_byline_under_the_headline_goes_and_the_headline_stays() {
        let out = crate::Pipeline::default().clean(&with_byline("Jane Doe\n"));
        let expected = crate::testutil::paragraphs(&["Storm hits the coast\n", P1, P2].concat());
        assert_eq!(out.text(), expected, "{:#?}", out.report());
        // A byline of several names next to the article goes too.
        let input = ["Home\n", "Share on Facebook\n", "Storm report\n", "Jane Doe, John Roe\n", P1, P2].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&[P1, P2].concat()), "{:#?}", out.report());
    }

    #[test]
    fn a_headline_broken_over_two_lines_stays_whole() {
        let page = |first: &str, second: &str| {
            [
                "Home\nNews\nSports\nWeather\n",
                "Letters: Storm | Roads | Taxes\nDaily Paper letters for Jan. 17, 2022\n",
                "Share this:\nClick to share on Facebook (Opens in new window)\n",
                "Click to share on Twitter (Opens in new window)\n",
                "PUBLISHED: January 16, 2023 at 4:30 p.m.\n",
                first,
                second,
                P1,
                P2,
            ]
            .concat()
        };
        let out = crate::Pipeline::default().clean(&page("Alameda County DA\n", "is coddling criminals\n"));
        let expected =
            crate::testutil::paragraphs(&["Alameda County DA\n", "is coddling criminals\n", P1, P2].concat());
        assert_eq!(out.text(), expected, "{:#?}", out.report());
        // A headline that opens in upper case continues nothing: the line
        // above it stays out.
        let out = crate::Pipeline::default().clean(&page("Alameda County DA\n", "Is coddling criminals\n"));
        assert!(out.text().starts_with("Is coddling criminals\n"), "{}", out.text());
    }

    #[test]
    fn a_heading_under_the_headline_naming_what_follows_stays() {
        // Capitalised like a name, but the lede speaks of it: it is the
        // heading next to the article.
        let out = crate::Pipeline::default().clean(&with_byline("Power Cuts\n"));
        assert!(out.text().starts_with("Power Cuts\n\nA powerful storm"), "{}", out.text());
        // A lone name next to the article with no headline above it is
        // taken as the headline, as before.
        let input = ["Home\n", "Share on Facebook\n", "Weather\n", "Jane Doe\n", P1, P2].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().starts_with("Jane Doe\n"), "{}", out.text());
    }

    #[test]
    fn nothing_above_the_headline_belongs_to_the_article() {
        let article = ["Storm hits the coast\n", LEDE, P1, P2].concat();
        let input =
            ["Storm hits the coast - Daily Paper\n", "Weather news from the coast\n", &article, "Share on Facebook\n"]
                .concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&article), "{:#?}", out.report());
        // Without a title naming the headline, the line above it stays.
        let input = input.replacen(" - Daily Paper", "", 1).replacen("Storm hits the coast\nWeather", "Weather", 1);
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().starts_with("Weather news"), "{}", out.text());
    }

    #[test]
    fn headline_candidates_are_bounded() {
        let doc = Document::new("Storm hits the coast - Daily Paper\nHome\nStorm hits the coast\nBody text here.\n");
        assert_eq!(ArticleCleaner::headlines(&doc), [2]);
        // A first line too long for a title names no headline.
        let long = format!("{} - Daily Paper\nStorm hits the coast\n", "Storm hits the coast ".repeat(30));
        assert!(ArticleCleaner::headlines(&Document::new(&long)).is_empty());
        // Many lines made of pieces of the title: a bounded number are compared.
        let title = "word ".repeat(70);
        let page = format!("{title}\n{}", "word word word word\n".repeat(5_000));
        assert!(ArticleCleaner::headlines(&Document::new(&page)).is_empty());
    }

    #[test]
    fn the_articles_own_teaser_ends_it() {
        let other = "The town council will vote next week on a plan to rebuild the old harbour wall, which \
                     has been closed to walkers since the spring.\n";
        let third = "A local baker has won a national prize for her rye bread, made with flour from a mill \
                     that has stood by the river since 1820.\n";
        let article = ["Storm hits the coast\n", LEDE, P1, P2].concat();
        let list = ["Harbour wall to be rebuilt\n", other, "Storm hits the coast\n", LEDE, "Baker wins prize\n", third]
            .concat();
        let foot = "© 2024 Daily Paper. All rights reserved.\n";
        let input = ["Storm hits the coast | Daily Paper\n", &article, &list, foot].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().contains(LEDE) && out.text().contains(P2), "{}", out.text());
        assert!(!out.text().contains("Baker") && !out.text().contains("rye bread"), "{}", out.text());
        // A subheading repeating the headline over new prose is the article's.
        let page = ["Storm hits the coast | Daily Paper\n", &article, "Storm hits the coast\n", third, foot].concat();
        let out = crate::Pipeline::default().clean(&page);
        assert!(out.text().contains(third.trim_end()), "{}", out.text());
    }

    #[test]
    fn a_teaser_repeating_the_title_adds_nothing() {
        let blurb = "Residents near the river were told to move their cars to higher ground before the weekend \
                     storms, which could bring flooding to the lower town.\n";
        let article = ["Storm hits the coast\n", LEDE, P1, P2].concat();
        let input = [
            "Storm hits the coast | Daily Paper\n",
            &article,
            "Share on Facebook\n",
            "Most read\n",
            "Storm hits the coast\n",
            blurb,
        ]
        .concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().contains(LEDE) && out.text().contains(P2), "{}", out.text());
        assert!(!out.text().contains("Residents"), "{}", out.text());
        // A clean article is left alone.
        check(&ArticleCleaner, &article, &article);
    }

    #[test]
    fn nothing_is_cut_without_prose() {
        let input = "Home\nNews\nSport\n";
        check(&ArticleCleaner, input, input);
    }

    #[test]
    fn furniture_beyond_a_link_run_is_cut() {
        // Alone, the cleaner sees no removed furniture, so it keeps the tail;
        // in the pipeline the share widget marks the end.
        let input = [P1, P2, "Jane Doe\n", "More stories\n", "Share on Facebook\n"].concat();
        check(&ArticleCleaner, &input, &input);
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
    }

    #[test]
    fn a_numbered_list_of_links_before_furniture_is_cut() {
        let links = "Top topics\n1.\nSkin Cancer\n2.\nSnoring\n3.\nFit at Fifty\nShare on Facebook\n";
        let full = crate::Pipeline::default().clean(&[P1, P2, links].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[P1, P2].concat()));
        // Numbered steps with sentences stay.
        let steps = "1.\nCut the foam to size.\n2.\nPress it into the saucer.\n3.\nWater it.\n";
        let full = crate::Pipeline::default().clean(&[P1, steps, P2, "Share on Facebook\n"].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[P1, steps, P2].concat()));
    }

    #[test]
    fn closing_brackets_of_code_are_not_links() {
        let code = "(func $add (param $0 i32)\n(i32.add\n(local.get $0)\n)\n)\n}\n}\n";
        let article = [P1, code, L1, L2, L3, L4].concat();
        let full = crate::Pipeline::default().clean(&["Home\nBlog\nDocs\n", article.as_str()].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
    }

    #[test]
    fn a_chart_inside_the_article_does_not_split_it() {
        let chart =
            "$915\nbillion\n600\n300\n$263\nbillion\n0\n’17\n’18\n’19\n’20\nInterest payments on the debt\nbillion\n";
        let article = [P1, L1, chart, L2, L3, L4, L5, L6].concat();
        let full = crate::Pipeline::default().clean(&["Home\nBlog\nDocs\n", article.as_str()].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
        // Tiny lines of words, a menu, still cost.
        let menu = "Home\nWorld\nSport\nCulture\nScience\nTravel\nVideo\n";
        let full = crate::Pipeline::default().clean(&[P1, menu, L1, L2, L3].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3].concat()));
    }

    #[test]
    fn an_ingredient_list_is_not_a_menu() {
        let ingredients = "Ingredients\nFor 12 pieces\n250 g flour\n100 g sugar\nSalt\n2 eggs\n1 tsp baking powder\n\
                           200 ml cream (cold)\nCling film\nMethod\n";
        let article = [P1, ingredients, L1, L2, L3].concat();
        let full = crate::Pipeline::default().clean(&["Home\nBlog\nDocs\n", article.as_str()].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
    }

    #[test]
    fn units_cut_short_are_quantities_of_an_ingredient_list() {
        // Quantities on their own lines, some with units cut short ("2
        // pck.", "25 min."), under the recipe's facts.
        let recipe = "For 12 pieces\n25 min.\nPreparation\n35 min.\nBaking\n1 hr. 10 min.\nChoose your tin\n\
                      Ingredients\n135 g\nButter\n150 g\nFlour\n2 tsp.\nBaking powder\n2 pck.\nVanilla sugar\n4\nEggs\n\
                      600 ml\nCream\n";
        let article = [recipe, L1, L2, L3].concat();
        let full =
            crate::Pipeline::default().clean(&["Home\nBlog\nDocs\nShare on Facebook\n", article.as_str()].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
        // A table's rows ending with a figure and a full stop are no
        // quantities.
        let table = "Full results\nStandings\n12 Smith, J. 243.8.\n4 Jones, K. 238.7.\n27 Brown, A. 235.6.\n\
                     9 Green, B. 234.7.\n";
        let full = crate::Pipeline::default().clean(&[L1, L2, L3, table, "Share on Facebook\n"].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3].concat()));
    }

    #[test]
    fn a_ranked_list_or_a_table_is_not_an_ingredient_list() {
        // Numbers counting up rank other stories.
        let ranked = "Back to the front page\nStories of the week\n1 Storm hits the coast\n2 Mayor resigns over the budget\n\
                      3 Club signs a young striker\n4 Ferry strike ends\n5 New tram line opens\n";
        let full = crate::Pipeline::default().clean(&[L1, L2, L3, ranked, "Share on Facebook\n"].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3].concat()));
        // A table's rows (start numbers, not a ranking) end with figures.
        let table =
            "Full results\nStandings\n12 Smith, J. 243.8\n4 Jones, K. 238.7\n27 Brown, A. 235.6\n9 Green, B. 234.7\n";
        let full = crate::Pipeline::default().clean(&[L1, L2, L3, table, "Share on Facebook\n"].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3].concat()));
    }

    proptest::proptest! {
        /// The fast paths of `is_list_number` agree with its definition.
        #[test]
        fn list_numbers_match_the_definition(s in "[1-3 .)a\u{a0}\u{3000}\u{85}\u{2009}٣م北]{0,6}") {
            let t = s.trim();
            let digits = t.trim_end_matches(['.', ')']);
            let reference = t.len() <= 4
                && t.len() - digits.len() <= 1
                && (1..=3).contains(&digits.len())
                && digits.bytes().all(|b| b.is_ascii_digit());
            proptest::prop_assert_eq!(is_list_number(&s), reference);
        }
    }

    #[test]
    fn list_numbers() {
        assert!(is_list_number("1.") && is_list_number("12") && is_list_number(" 3) "));
        assert!(is_list_number("\u{3000}4") && is_list_number("\u{85}5)") && is_list_number("\u{2009}6."));
        assert!(!is_list_number("٣") && !is_list_number("م1") && !is_list_number("Ж2") && !is_list_number("北3"));
        assert!(!is_list_number("2015") && !is_list_number("1..") && !is_list_number("1.5") && !is_list_number(""));
        assert!(
            is_list_number("\u{a0}7.") && is_list_number("\u{b}7") && !is_list_number("a1") && !is_list_number("(1)")
        );
    }

    #[test]
    fn a_core_running_into_the_headline_starts_at_it() {
        let box1 = "Log in with your account to create or edit your custom homepage and read your notifications.\n";
        let box2 = "Sign up for a free account to customize your news experience.\n";
        let article = ["Storm hits the coast\n", P1, P2, L1, L2, L5].concat();
        let input = ["Storm hits the coast - Daily Paper\n", "Sign in\n", box1, "Register\n", box2, &article].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert_eq!(out.text(), crate::testutil::paragraphs(&article));
        // With as much prose above the headline as under it, the core
        // stays whole.
        let input = ["Storm hits the coast - Daily Paper\n", "Sign in\n", L3, L4, &article].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().starts_with("Farmers inland"), "{}", out.text());
        // A clean article whose first line comes back as a subheading.
        let input = ["Storm hits the coast\n", P1, "Storm hits the coast\n", P2, L1].concat();
        check(&ArticleCleaner, &input, &input);
    }

    #[test]
    fn heading_numbers() {
        let number = |t: &str| heading_number(&Document::new(t).line(LineId(0)));
        assert_eq!(number("3. Don’t use a wooden luggage rack"), Some(3));
        assert_eq!(number("12) Why do hotels charge so much?"), Some(12));
        assert_eq!(number("3. März 2020 um 9:46"), None); // a date
        assert_eq!(number("2. The storm hit the coast on Monday night."), None); // a sentence
        assert_eq!(number("2015. A year to forget"), None);
        assert_eq!(number("1. Home"), None); // too short for a heading
    }

    /// A video player's controls: short lines around a share button.
    const PLAYER: &str = "Play Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration Time 0:00\nLoaded: 0%\n\
                          Progress: 0%\nStream Type LIVE\nRemaining Time -0:00\nShare\nPlayback Rate\n1\n\
                          Chapters\nDescriptions\nSubtitles\nCaptions\nFullscreen\nDefaults Done\nClose\n";

    fn listicle(items: &[(&str, &str)]) -> String {
        items.iter().map(|(h, p)| format!("{h}\n{p}")).collect()
    }

    #[test]
    fn a_numbered_list_goes_on_beyond_a_video_player() {
        let top = listicle(&[("Seven secrets of hotel owners", P1), ("1. Take the blankets off the bed", L1)]);
        let rest = listicle(&[("2. Check the peep hole", L2), ("3. Avoid the wooden luggage rack", L3)]);
        let input = [P2, &top, L4, PLAYER, &rest, "Share on Facebook\n", "Most read\n", "Ten storms\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(out.text().contains("Farmers inland"), "{}", out.text());
        assert!(out.text().starts_with("Crews worked"), "{}", out.text());
        assert!(!out.text().contains("Ten storms"), "{}", out.text());
    }

    #[test]
    fn numbered_lines_without_paragraphs_do_not_continue_the_article() {
        // Numbered headlines beyond the player with no paragraph under
        // them: a most-read list, not the article's items.
        let top = listicle(&[("Seven secrets of hotel owners", P1), ("1. Take the blankets off the bed", L1)]);
        let list = "2. Storm closes the schools\n3. Harbour wall to be repaired\n4. Ferry terminal reopens\n";
        let input = [P2, &top, L4, PLAYER, list, L2, "Share on Facebook\n", "Most read\n", "Ten storms\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(!out.text().contains("Harbour wall"), "{}", out.text());
        // Items numbered on from another list ("1." again) do not count.
        let rest = listicle(&[("1. Check the peep hole", L2), ("2. Avoid the wooden luggage rack", L3)]);
        let input = [P2, &top, L4, PLAYER, &rest, "Share on Facebook\n"].concat();
        let out = crate::Pipeline::default().clean(&input);
        assert!(!out.text().contains("Farmers inland"), "{}", out.text());
    }

    /// Long paragraphs: each half of a page below holds more than a wall costs.
    const L1: &str = "Officials said the repairs to the harbour wall would take at least a week, and that schools \
                      along the coast would stay closed on Tuesday while engineers checked every building for damage.\n";
    const L2: &str = "The regional government promised help for the families whose homes were flooded overnight, \
                      and said that emergency payments would reach them before the end of the month at the latest.\n";
    const L3: &str = "Farmers inland counted their losses on Wednesday, as fields that had been ready for the harvest \
                      stood under water and roads to the markets in the valley remained blocked by fallen trees.\n";
    const L4: &str = "Insurers said claims were already arriving by the thousand, and warned that the final bill for \
                      the storm could be the largest the region has seen since the great flood of the last decade.\n";
    const L5: &str = "Rail services resumed on the coastal line on Thursday morning, although trains ran at reduced \
                      speed past the stretches where the embankment had been washed away during the night.\n";
    const L6: &str = "Forecasters said calmer weather would hold through the weekend, giving crews a chance to finish \
                      clearing the beaches and to reopen the ferry terminal before the holiday traffic begins.\n";

    #[test]
    fn two_related_lists_in_a_row_end_the_article() {
        // Below the article, two related lists back to back, then another
        // story with its paragraphs: that story is not the article's.
        let article = ["Storm hits the coast\n", L1, L2, L3, L4, L5, L6].concat();
        let lists = "Share on Facebook\nRelated articles\n• Ten things to know about storms\n• How to prepare a kit\n\
                     Most read\n• The mayor resigns\n• Club signs a young striker\nCouncil approves the new budget\n";
        let other = [
            "The council approved the new budget on Tuesday after a debate that lasted most of the day, with \
             the opposition voting against every chapter of it and the mayor calling the result a fair compromise.\n",
            "Spending on schools will rise by a tenth, while the road programme is cut back sharply, and the \
             money saved on roads will go to the new tram line that the city has been promising for years.\n",
            "The budget also raises the fees for parking in the old town, which traders say will drive their \
             customers to the shopping centres on the ring road and empty the streets of the centre by night.\n",
        ]
        .concat();
        let full = crate::Pipeline::default().clean(&[article.as_str(), lists, &other].concat());
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
    }

    #[test]
    fn one_related_list_inside_the_article_is_crossed() {
        let input = [
            L1,
            L2,
            L3,
            "Related articles\n",
            "• Ten things to know about storms\n",
            "• How to prepare a kit\n",
            L4,
            L5,
            L6,
        ]
        .concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3, L4, L5, L6].concat()));
    }

    #[test]
    fn a_number_over_the_article_at_the_top_of_the_page_stays() {
        // A chapter's number over its text, on a page with a footer.
        let article = ["102\n", L1, L2, L3].concat();
        let input = [article.as_str(), "Terms of use\nPrivacy policy\nContact us\n"].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
        // Above a share bar it is the page's, and goes.
        let input = ["7\n", "Share on Facebook\n", L1, L2, L3].concat();
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&[L1, L2, L3].concat()));
    }

    /// An article, a "See also" list, then the article's notes.
    fn see_also(before: &str, after: &str) -> (String, String) {
        let article = [L1, L2, L3, L4, L5].concat();
        let notes = "^ Smith, John (2004). Storms of the Coast. Harbour Press. p. 652.\n\
                     ^ Also known as the great flood, named after the year it struck the region.\n";
        let list = "See also\nFlood barrier\nStorm surge\nCoastal erosion\n";
        ([before, &article, list, notes, after].concat(), [article.as_str(), notes].concat())
    }

    #[test]
    fn a_related_list_that_is_all_the_furniture_of_a_clean_article_is_crossed() {
        let (input, kept) = see_also("", "");
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&kept));
    }

    #[test]
    fn a_related_list_on_a_page_with_more_furniture_ends_the_article() {
        let article = [L1, L2, L3, L4, L5].concat();
        // A share bar above the article, or a footer phrase below it.
        for (before, after) in [("Share on Facebook\n", ""), ("", "Copyright 2024 Daily Paper. All rights reserved.\n")]
        {
            let (input, _) = see_also(before, after);
            let full = crate::Pipeline::default().clean(&input);
            assert_eq!(full.text(), crate::testutil::paragraphs(&article), "{before:?} {after:?}");
        }
    }

    /// A short product tour: long paragraphs, then short sections each
    /// followed by its own buttons, which the menu check removes.
    fn tour(before: &str, inside: &str) -> (String, String) {
        let buttons = "Learn more\nNext\nShow more\n";
        let input = [before, L1, L2, L3, buttons, P1, inside, buttons, P2].concat();
        (input, [L1, L2, L3, P1, P2].concat())
    }

    #[test]
    fn menu_runs_between_the_paragraphs_of_a_bare_article_do_not_cut_it() {
        let (input, article) = tour("", "");
        let full = crate::Pipeline::default().clean(&input);
        assert_eq!(full.text(), crate::testutil::paragraphs(&article));
        // The buttons still go, as navigation.
        assert_eq!(full.report().by_cleaner("navigation").count(), 6);
        assert_eq!(full.report().by_cleaner("article").count(), 0);
    }

    #[test]
    fn menu_runs_between_paragraphs_still_wall_a_page() {
        let kept = crate::testutil::paragraphs(&[L1, L2, L3].concat());
        // A menu above the first paragraph: the page's own navigation.
        let (input, _) = tour("Home\nWorld\nPolitics\nBusiness\n", "");
        assert_eq!(crate::Pipeline::default().clean(&input).text(), kept);
        // A share bar between the sections: furniture other than menus.
        let (input, _) = tour("", "Share on Facebook\n");
        assert_eq!(crate::Pipeline::default().clean(&input).text(), kept);
        // Footer links among the buttons: the page's footer menu.
        let (input, _) = tour("", "Contact us\nPrivacy policy\n");
        assert_eq!(crate::Pipeline::default().clean(&input).text(), kept);
        // A lone line above the first menu (a tagline, a notice) is not
        // the article's start.
        let input = [P2, "Learn more\nNext\nShow more\n", L1, L2, L3].concat();
        assert_eq!(crate::Pipeline::default().clean(&input).text(), kept);
    }

    #[test]
    fn core_is_the_densest_run() {
        let slots = [
            Slot::Kept { score: 100, may_link: false, fine_print: false, post_meta: false },
            Slot::Boundary,
            Slot::Kept { score: 500, may_link: false, fine_print: false, post_meta: false },
            Slot::Kept { score: -30, may_link: true, fine_print: false, post_meta: false },
            Slot::Kept { score: 400, may_link: false, fine_print: false, post_meta: false },
        ];
        assert_eq!(ArticleCleaner::core(&slots, &[]), Some((2, 4)));
        // A five-line box costs as much as one line: the halves join.
        let half = Slot::Kept { score: 500, may_link: false, fine_print: false, post_meta: false };
        let boxed = [half, Slot::Boundary, Slot::Boundary, Slot::Boundary, Slot::Boundary, Slot::Boundary, half];
        assert_eq!(ArticleCleaner::core(&boxed, &[]), Some((0, 6)));
        // A closed wall is not crossed: the larger half is the core.
        let big = Slot::Kept { score: 900, may_link: false, fine_print: false, post_meta: false };
        let closed = [false, false, true, false];
        assert_eq!(ArticleCleaner::core(&[half, Slot::Boundary, Slot::Boundary, big], &closed), Some((3, 3)));
        assert_eq!(
            ArticleCleaner::core(
                &[Slot::Kept { score: -30, may_link: true, fine_print: false, post_meta: false }],
                &[]
            ),
            None
        );
    }
}
