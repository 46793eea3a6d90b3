//! Removes "read also" / "related articles" / "more from …" headings and
//! the teaser items that follow them, wherever they sit.

use crate::text::{Ending, Features};
use crate::{Category, Cleaner, Confidence, Document, Hit, Line, LineId, Reason};

/// Longest line (words) that can be a bare related heading.
const MAX_HEADING_WORDS: u32 = 8;
/// Longest inline teaser line (a "Read also:" label and a headline), in words.
const MAX_INLINE_WORDS: u32 = 30;
/// Most words after the phrase of a heading that names its topic ("More
/// news from the region"): such a heading needs a list under it.
const MAX_TOPIC_WORDS: usize = 5;
/// Teaser items a heading that names its topic needs under it.
const MIN_TOPIC_ITEMS: usize = 2;

/// What a related heading looks like.
enum Heading {
    /// The heading alone ("Read also:", "مقالات مشابهة", "More from Politics").
    Bare,
    /// Heading and teaser on one line ("Read also: Putin visits Pyongyang").
    Inline,
    /// A heading that names its topic ("Weitere Themen aus der Region"): a
    /// heading only when a list of teasers follows it.
    Topic,
}

#[inline]
fn heading(line: &Line<'_>) -> Option<Heading> {
    // Most lines have no marker phrase at all.
    if line.hits.is_empty() {
        return None;
    }
    heading_of_marked(line)
}

/// [`heading`] of a line with marker phrases.
fn heading_of_marked(line: &Line<'_>) -> Option<Heading> {
    let f = &line.features;
    // The longest phrase at the start ("à lire aussi", not "à lire").
    let hit: &Hit = line.hits.iter().filter(|h| h.category == Category::Related && h.at_start).max_by_key(|h| h.end)?;
    if f.is_prose() {
        return None;
    }
    let rest = &line.folded[hit.end as usize..];
    let rest_words = rest.split(' ').filter(|t| t.chars().any(char::is_alphanumeric)).count();
    if hit.whole || (f.words <= MAX_HEADING_WORDS && (f.ending == Ending::Colon || rest_words <= 2)) {
        return Some(Heading::Bare);
    }
    let separated = rest.trim_start().starts_with([':', '-', '|', '»', '"', '>', '/']);
    if separated && f.words <= MAX_INLINE_WORDS && f.ending != Ending::Terminal {
        return Some(Heading::Inline);
    }
    (f.words <= MAX_HEADING_WORDS && rest_words <= MAX_TOPIC_WORDS && !f.ending.is_terminal()).then_some(Heading::Topic)
}

/// A teaser standing alone on one line: heading and headline ("Read also:
/// …") or a link framed by arrows.
pub(crate) fn is_inline_teaser(line: &Line<'_>) -> bool {
    is_framed_link(line) || matches!(heading(line), Some(Heading::Inline))
}

/// A line that is a related heading's phrase and nothing else ("Read
/// also:", "اقرأ أيضًا"), naming no topic ("More about the budget").
pub(crate) fn is_bare_label(line: &Line<'_>) -> bool {
    !line.features.is_prose() && line.hits.iter().any(|h| h.category == Category::Related && h.whole)
}

/// A link to another page framed by arrows, ">> Star closes her bar <<":
/// a line (not a paragraph) opening with ">>" and closing with "<<".
fn is_framed_link(line: &Line<'_>) -> bool {
    let t = line.text.as_bytes();
    t.len() > 4 && t.starts_with(b">>") && t.ends_with(b"<<") && !line.features.is_prose()
}

/// Fewest headline-and-blurb pairs that make a digest of teasers.
const MIN_DIGEST_TEASERS: usize = 3;
/// Most lines between two blurbs of a digest.
const MAX_DIGEST_GAP: usize = 6;

/// A digest of teasers from line `from` on: headlines (with labels and
/// dates) each followed by one paragraph, its blurb, and at least
/// [`MIN_DIGEST_TEASERS`] of them. Returns the digest's lines up to its last
/// blurb and the index after it, or `None` when the paragraphs read like an
/// article (two in a row before the digest is long enough, or more prose
/// than the `article` above holds).
fn digest(doc: &Document<'_>, from: usize, mut headline: bool, article: u32) -> Option<(Vec<LineId>, usize)> {
    let n = doc.len();
    let is_prose = |k: usize| {
        let l = doc.line(LineId(k as u32));
        !l.removed && l.features.is_prose()
    };
    let (mut lines, mut pending): (Vec<LineId>, Vec<LineId>) = (Vec::new(), Vec::new());
    let (mut blurbs, mut end, mut chars) = (0, from, 0);
    let mut k = from;
    while k < n {
        // Removed lines are passed over before their views are built.
        if doc.is_removed(LineId(k as u32)) {
            k += 1;
            continue;
        }
        let line = doc.line(LineId(k as u32));
        if matches!(heading(&line), Some(Heading::Bare | Heading::Inline)) {
            break;
        }
        if line.features.is_prose() {
            if !headline || next_kept(doc, k).is_some_and(is_prose) {
                break;
            }
            blurbs += 1;
            chars += line.features.chars;
            lines.append(&mut pending);
            lines.push(line.id);
            headline = false;
            end = k + 1;
        } else {
            match item(&line, || cut_after(doc, k)) {
                Some(kind) if pending.len() < MAX_DIGEST_GAP => {
                    headline |= kind == Item::Headline;
                    pending.push(line.id);
                }
                _ => break,
            }
        }
        k += 1;
    }
    (blurbs >= MIN_DIGEST_TEASERS && chars < article).then_some((lines, end))
}

/// Is the next kept line after line `k` a teaser snippet cut with "…"?
fn cut_after(doc: &Document<'_>, k: usize) -> bool {
    next_kept(doc, k).is_some_and(|j| doc.line(LineId(j as u32)).features.is_truncated())
}

/// The first line after line `k` that no cleaner has removed.
fn next_kept(doc: &Document<'_>, k: usize) -> Option<usize> {
    (k + 1..doc.len()).find(|&j| !doc.is_removed(LineId(j as u32)))
}

/// Shape of a line following a heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    /// A teaser snippet cut with an ellipsis.
    Snippet,
    /// A bulleted item.
    Bullet,
    /// A headline-like line.
    Headline,
    /// A short label, dateline or placeholder.
    Short,
}

/// The shape of `line` as an item under a heading; `next_truncated` tells
/// (asked only for a question) whether the next kept line is cut with "…".
fn item(line: &Line<'_>, next_truncated: impl FnOnce() -> bool) -> Option<Item> {
    let f = &line.features;
    if opens_with_speaker(line.text) {
        // An interview's question or answer ("Q: …", "س: …"): the text
        // goes on.
        None
    } else if f.is_truncated() {
        Some(Item::Snippet)
    } else if f.bullet && f.words <= 30 {
        Some(Item::Bullet)
    } else if f.ending == Ending::Question && f.is_headline_like() && next_truncated() {
        // A long question headline over its teaser's cut blurb.
        Some(Item::Headline)
    } else if f.is_prose() {
        None
    } else if f.is_headline_like() {
        Some(Item::Headline)
    } else if f.words <= 4 {
        Some(Item::Short)
    } else {
        None
    }
}

/// A short sentence: two words or more, no digit, a full stop at the end
/// (teasers are headlines, which end with none).
fn is_closing_sentence(f: &Features) -> bool {
    f.ending == Ending::Terminal && f.words >= 2 && f.digits == 0
}

/// Does `text` open with a speaker's label of one letter and a colon, as
/// an interview's lines do ("Q: …", "A: …", "س: …", "F: …")? (Two
/// letters would take kickers: "UK: …".)
fn opens_with_speaker(text: &str) -> bool {
    let Some((label, rest)) = text.split_once([':', '：']) else { return false };
    let mut letters = label.chars();
    letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none() && rest.starts_with(char::is_whitespace)
}

/// Removes related-content headings and their teaser items.
///
/// After a heading ("Read also", "إقرأ أيضاً", "مقالات مشابهة", "Related
/// articles", "More from …") come teaser items: headlines (a question long
/// enough to read as prose, too, when a snippet cut with "…" follows it),
/// snippets cut with "…", bullets, section labels, datelines. They go up to the next paragraph
/// of prose, or to a short sentence closing the page ("Stay safe."), or to
/// the end of the page. What that paragraph means decides the last
/// headline:
///
/// - before the article (no prose above the heading), or after a list that
///   had snippets or bullets, the headline right above the paragraph is the
///   article's own headline (or a subheading) and stays, with the short
///   lines under it (a comment count, a date);
/// - in the middle of an article, a heading followed by a teaser (or a
///   placeholder) and then prose is a "read more" box: the box goes, the
///   article goes on. A headline right above the prose with fewer than five
///   words, under two or more teasers of four words or more that each have
///   more words than it, is the subheading the box stands over, and stays.
///
/// After the article, a heading over a digest of teasers — headlines each
/// with a one-paragraph blurb, three or more — goes with the whole digest.
///
/// A teaser card — a snippet cut with an ellipsis, or a paragraph ending
/// with a sentence, closed by a related phrase ("… Read more", "… comfort.
/// Read now") or by a bare "more" link ("… Hintergründe. mehr") — goes
/// with the title line above it.
///
/// A box set between a label under a paragraph ("The new routes will
/// serve:") and its list takes its own teasers only: bullets after them are
/// the label's list.
///
/// A heading and teaser on one line ("Read also: …") goes alone. A heading
/// that names its topic ("More news from the region", "Weitere Themen aus
/// der Arbeitswelt") is a heading only when at least two teasers follow it;
/// above prose it is a subheading and stays.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::RelatedCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(RelatedCleaner).build()?;
/// let page = "The summit opened on Monday with a long speech by the host.\n\
///             Read also:\n\
///             Ten things to know about summits\n\
///             Delegates then met behind closed doors until late at night.\n";
/// assert_eq!(
///     p.clean(page).text(),
///     "The summit opened on Monday with a long speech by the host.\n\nDelegates then met behind closed doors until late at night.\n"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RelatedCleaner;

impl Cleaner for RelatedCleaner {
    fn name(&self) -> &'static str {
        "related"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let n = doc.len();
        let mut prose_above = false;
        // Prose above the current line, in characters.
        let mut prose_chars = 0u32;
        let mut i = 0;
        let mut removals: Vec<(LineId, Reason, Confidence, &'static str)> = Vec::new();
        while i < n {
            // Removed lines (most of a feed of many pages, past its first
            // article) are passed over before their views are built.
            if doc.is_removed(LineId(i as u32)) {
                i += 1;
                continue;
            }
            let line = doc.line(LineId(i as u32));
            match heading(&line) {
                None if is_framed_link(&line) => {
                    removals.push((line.id, Reason::RelatedItem, Confidence::Medium, "link framed by arrows"));
                    i += 1;
                }
                None => {
                    prose_above |= line.features.is_prose();
                    if line.features.is_prose() {
                        prose_chars += line.features.chars;
                    }
                    i += 1;
                }
                Some(Heading::Inline) => {
                    removals.push((line.id, Reason::RelatedItem, Confidence::Medium, "heading and teaser on one line"));
                    i += 1;
                }
                Some(kind @ (Heading::Bare | Heading::Topic)) => {
                    let mut items: Vec<(LineId, Item)> = Vec::new();
                    let mut j = i + 1;
                    let mut prose_after = false;
                    // A box set between a label ("The new routes will
                    // serve:", no marker phrase in it) under a paragraph and
                    // its list: the bullets after the box's own teasers are
                    // the label's list.
                    let label_above = prose_above && {
                        let mut above = (0..i).rev().filter(|&k| !doc.is_removed(LineId(k as u32)));
                        let label = above.next().map(|k| doc.line(LineId(k as u32))).is_some_and(|l| {
                            let f = &l.features;
                            f.ending == Ending::Colon && !f.is_prose() && l.hits.is_empty()
                        });
                        label && above.next().is_some_and(|k| doc.features_of(LineId(k as u32)).is_prose())
                    };
                    while j < n {
                        if doc.is_removed(LineId(j as u32)) {
                            j += 1;
                            continue;
                        }
                        let next = doc.line(LineId(j as u32));
                        if matches!(heading(&next), Some(Heading::Bare | Heading::Inline)) {
                            break;
                        }
                        match item(&next, || cut_after(doc, j)) {
                            Some(Item::Bullet)
                                if label_above
                                    && !items.is_empty()
                                    && items.iter().all(|&(_, k)| k != Item::Bullet) =>
                            {
                                break;
                            }
                            // A short sentence closing the page ("والله
                            // الموفق.", "Bon appétit."): the text goes on
                            // under the box, as it does under a longer one.
                            // (Higher up, a short line ending with a full
                            // stop may be a link: "Washington, D.C.")
                            Some(Item::Short) if is_closing_sentence(&next.features) && next_kept(doc, j).is_none() => {
                                prose_after = true;
                                break;
                            }
                            Some(kind) => items.push((next.id, kind)),
                            None => {
                                prose_after = true;
                                break;
                            }
                        }
                        j += 1;
                    }
                    // After the article, a heading over headlines with
                    // blurbs heads a digest of teasers: it all goes.
                    let teasers = match items.last() {
                        Some(&(_, Item::Headline)) if prose_after && prose_above => digest(doc, j, true, prose_chars),
                        _ => None,
                    };
                    if let Some((lines, end)) = teasers {
                        removals.push((line.id, Reason::RelatedHeading, Confidence::High, "related-content heading"));
                        for id in items.iter().map(|&(id, _)| id).chain(lines) {
                            removals.push((
                                id,
                                Reason::RelatedItem,
                                Confidence::Medium,
                                "teaser in a digest after a related heading",
                            ));
                        }
                        i = end;
                        continue;
                    }
                    if matches!(kind, Heading::Topic)
                        && items.iter().filter(|&&(_, k)| k != Item::Short).count() < MIN_TOPIC_ITEMS
                    {
                        prose_above |= line.features.is_prose();
                        i += 1;
                        continue;
                    }
                    removals.push((line.id, Reason::RelatedHeading, Confidence::High, "related-content heading"));
                    let listy = items.iter().any(|&(_, k)| matches!(k, Item::Snippet | Item::Bullet));
                    // The headline may stand over a short line (a comment
                    // count, a date) above the paragraph: both stay.
                    if prose_after && (!prose_above || listy) {
                        let last = items.iter().rposition(|&(_, k)| k != Item::Short);
                        if let Some(h) = last.filter(|&h| items[h].1 == Item::Headline) {
                            items.truncate(h);
                        }
                    } else if prose_after {
                        // Inside the article, a headline right above the
                        // paragraph, shorter than every teaser's of two or
                        // more over it, is the subheading the box stands
                        // over.
                        if let Some((&(last, Item::Headline), teasers)) = items.split_last() {
                            let words = |id: LineId| doc.features_of(id).words;
                            if teasers.iter().all(|&(_, k)| k == Item::Headline)
                                && is_subheading_under_box(teasers.iter().map(|&(id, _)| words(id)), words(last))
                            {
                                items.pop();
                            }
                        }
                    }
                    for &(id, _) in &items {
                        removals.push((
                            id,
                            Reason::RelatedItem,
                            Confidence::Medium,
                            "teaser item after a related heading",
                        ));
                    }
                    i = j;
                }
            }
        }
        linked_cards(doc, &mut removals);
        // Teaser cards: a snippet cut with an ellipsis and closed by a
        // "read more" link, under its title.
        let mut title_ok = false;
        let mut above: Option<LineId> = None;
        for line in doc.lines() {
            if is_read_more_snippet(doc, &line) {
                removals.push((
                    line.id,
                    Reason::RelatedItem,
                    Confidence::Medium,
                    "teaser cut short with a read-more link",
                ));
                if let (true, Some(id)) = (title_ok, above) {
                    removals.push((id, Reason::RelatedItem, Confidence::Low, "title of a teaser"));
                }
            }
            let f = &line.features;
            title_ok = !f.is_prose() && !f.ending.is_terminal() && f.words <= MAX_CARD_TITLE_WORDS;
            above = Some(line.id);
        }
        for (id, reason, confidence, detail) in removals {
            doc.remove_line_with(id, self.name(), reason, confidence, detail);
        }
    }
}

/// Fewest words of each teaser in a box of two or more inside an article,
/// read as other stories' headlines: the article stage passes over a box
/// of two or three such teasers, and a headline under shorter teasers is a
/// subheading only with fewer words than this (see
/// [`is_subheading_under_box`]).
pub(super) const MIN_BOX_TEASER_WORDS: u32 = 5;
/// Fewest words of each teaser in a box of two or more over a subheading
/// with fewer words than each.
const MIN_TEASER_OVER_SUBHEADING_WORDS: u32 = 4;

/// Is a headline of `last` words, under a box of teasers of `teasers` words
/// each, the subheading the box stands over ("Critics speak out" under
/// "Council delays vote on housing plan")? Two teasers or more, each of
/// [`MIN_TEASER_OVER_SUBHEADING_WORDS`] words or more and more than the
/// headline's, which has fewer than [`MIN_BOX_TEASER_WORDS`].
pub(super) fn is_subheading_under_box(teasers: impl IntoIterator<Item = u32>, last: u32) -> bool {
    let mut n = 0;
    let longer = teasers.into_iter().all(|w| {
        n += 1;
        w >= MIN_TEASER_OVER_SUBHEADING_WORDS && w > last
    });
    n >= 2 && longer && last < MIN_BOX_TEASER_WORDS
}

/// Fewest teaser cards closed by the same link line that make a box.
const MIN_LINKED_CARDS: usize = 2;
/// Longest link line closing a teaser card ("Mehr erfahren", "Read more"),
/// in words.
const MAX_CARD_LINK_WORDS: u32 = 3;

/// The shape of a line linking on from a teaser card (see
/// [`is_card_link`]): a few words ending no sentence.
fn card_link_shape(f: &Features) -> bool {
    f.words <= MAX_CARD_LINK_WORDS && !f.is_prose() && !f.ending.is_terminal()
}

/// A line linking on from a teaser card: a few words that open with a
/// related phrase ("Weiterlesen", "Read more") or are a whole navigation
/// link ("Mehr erfahren", "mehr").
fn is_card_link(line: &Line<'_>) -> bool {
    card_link_shape(&line.features) && (line.starts_with(Category::Related) || line.is_whole(Category::Nav))
}

/// A box of teaser cards, each a title (a headline, not a button; labels
/// may stand with it) over a one-paragraph blurb closed by the same link
/// line ("… Verpackungen. / Mehr erfahren"),
/// at least [`MIN_LINKED_CARDS`] of them in a row: the cards go, and with
/// them a short heading right above the first card's title. The first
/// card's title takes as many lines as the second card's does. A paragraph
/// followed by such a link only once stays: articles end with a "read
/// more" link, too.
fn linked_cards(doc: &Document<'_>, removals: &mut Vec<(LineId, Reason, Confidence, &'static str)>) {
    let prose = |k: usize| doc.features_of(LineId(k as u32)).is_prose();
    // The cards of the current run, as (blurb, link) line indices; the
    // folded text of their link; the kept lines between the first two.
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut link = "";
    let mut title = 0;
    // Kept lines, and paragraphs among them, since the last card's link;
    // whether a title (a headline, not a button) stands among them.
    let (mut since, mut paragraphs, mut titled) = (0usize, 0usize, false);
    let mut prev: Option<usize> = None;
    for k in 0..doc.len() {
        if doc.is_removed(LineId(k as u32)) {
            continue;
        }
        let f = doc.features_of(LineId(k as u32));
        let after_blurb = prev.filter(|&b| prose(b));
        prev = Some(k);
        // Only a short line after a paragraph needs its view.
        if let Some(blurb) = after_blurb.filter(|_| card_link_shape(f)) {
            let line = doc.line(LineId(k as u32));
            if is_card_link(&line) {
                let between = since - 1;
                let chained = !run.is_empty()
                    && line.folded == link
                    && (1..=MAX_DIGEST_GAP).contains(&between)
                    && paragraphs == 1
                    && titled;
                if chained {
                    if run.len() == 1 {
                        title = between;
                    }
                } else {
                    flush_cards(doc, &run, title, removals);
                    run.clear();
                    link = line.folded;
                }
                run.push((blurb, k));
                (since, paragraphs, titled) = (0, 0, false);
                continue;
            }
        }
        if !run.is_empty() && !titled && since < MAX_DIGEST_GAP && f.is_headline_like() && !f.is_prose() {
            let line = doc.line(LineId(k as u32));
            titled = !line.is_whole(Category::Nav) && !line.starts_with(Category::Related);
        }
        since += 1;
        paragraphs += usize::from(f.is_prose());
    }
    flush_cards(doc, &run, title, removals);
}

/// Removes a run of teaser cards found by [`linked_cards`] when it holds
/// [`MIN_LINKED_CARDS`] or more: the first card's `title` lines (as many as
/// the second card's) above its blurb, every line down to the last link,
/// and a short heading above the first card.
fn flush_cards(
    doc: &Document<'_>,
    run: &[(usize, usize)],
    title: usize,
    removals: &mut Vec<(LineId, Reason, Confidence, &'static str)>,
) {
    if run.len() < MIN_LINKED_CARDS {
        return;
    }
    let kept = |k: &usize| !doc.is_removed(LineId(*k as u32));
    let mut first = run[0].0;
    let mut heading = None;
    for (taken, k) in (0..run[0].0).rev().filter(kept).enumerate() {
        let f = doc.features_of(LineId(k as u32));
        if f.is_prose() {
            break;
        }
        if taken == title {
            if !f.ending.is_terminal() && f.words <= MAX_HEADING_WORDS {
                heading = Some(k);
            }
            break;
        }
        first = k;
    }
    if let Some(h) = heading {
        removals.push((LineId(h as u32), Reason::RelatedHeading, Confidence::Medium, "heading of teaser cards"));
    }
    for k in (first..=run[run.len() - 1].1).filter(kept) {
        removals.push((LineId(k as u32), Reason::RelatedItem, Confidence::Medium, "teaser card closed by a link"));
    }
}

/// Longest title of a teaser card, in words (titles may be printed several
/// times on one line).
const MAX_CARD_TITLE_WORDS: u32 = 60;
/// Longest "read more" link after a teaser's ellipsis, in words.
const MAX_READ_MORE_WORDS: usize = 6;

/// Where the last ellipsis of `text` ends: the last `…`, or failing one the
/// last `...`. Found with memchr, as most lines hold neither.
fn last_ellipsis_end(text: &str) -> Option<usize> {
    last_mark_end(text).or_else(|| last_dots_end(text))
}

/// Where the last `…` of `text` ends.
fn last_mark_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    // `…` is E2 80 A6 in UTF-8. Its lead byte is looked for: E2 leads only
    // punctuation and symbols, while A6 ends many letters (Arabic 'ئ',
    // Cyrillic 'Ц', much of Chinese), each a stop of the search.
    let mut end = b.len();
    while let Some(i) = memchr::memrchr(0xe2, &b[..end]) {
        if b[i + 1..].starts_with(&[0x80, 0xa6]) {
            return Some(i + 3);
        }
        end = i;
    }
    None
}

/// Where the last `...` of `text` ends.
fn last_dots_end(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let mut end = b.len();
    while let Some(i) = memchr::memrchr(b'.', &b[..end]) {
        if i >= 2 && &b[i - 2..i] == b".." {
            return Some(i + 1);
        }
        end = i;
    }
    None
}

/// Shortest teaser, in words, whose blurb ends with a full sentence before
/// its "read more" link.
const MIN_SENTENCE_TEASER_WORDS: u32 = 12;

/// Where the last sentence of a teaser ends when a few words that end no
/// sentence follow it ("… some much-needed comfort. Read now"): only asked
/// of paragraphs with inner punctuation that do not end like a sentence.
fn last_sentence_end(line: &Line<'_>) -> Option<usize> {
    let f = &line.features;
    if f.words < MIN_SENTENCE_TEASER_WORDS || f.inner_punct == 0 || f.ending.is_terminal() {
        return None;
    }
    let text = line.text;
    memchr::memrchr3(b'.', b'!', b'?', text.as_bytes()).map(|i| i + 1)
}

/// A teaser snippet cut with an ellipsis and closed by a related phrase
/// ("When you walk into a store, you're… Read more"), or a paragraph
/// closed the same way after its last sentence ("… comfort. Read now"):
/// after the last ellipsis (or sentence), a few words that open with a
/// related phrase and end no sentence, or one word that is a whole
/// navigation link ("… Hintergründe. mehr", "… Drei Jahre ist der Mann …
/// Mehr").
fn is_read_more_snippet(doc: &Document<'_>, line: &Line<'_>) -> bool {
    let text = line.text;
    // A line ending with a sentence or an ellipsis has nothing after its
    // cut, or a tail ending a sentence: most paragraphs stop here.
    if text.ends_with(['.', '!', '?', '…']) {
        return false;
    }
    let f = &line.features;
    // With no inner punctuation in a line measured whole, a `...` or a
    // sentence can only end at its last character, and it ends otherwise.
    let cut = if f.inner_punct == 0 && f.measured == f.chars {
        last_mark_end(text)
    } else {
        last_ellipsis_end(text).or_else(|| last_sentence_end(line))
    };
    cut.is_some_and(|cut| is_read_more_after(doc, text, cut))
}

/// Is what follows `cut` in `text` a "read more" link (see
/// [`is_read_more_snippet`])?
fn is_read_more_after(doc: &Document<'_>, text: &str, cut: usize) -> bool {
    let tail = text[cut..].trim();
    let words = tail.split_whitespace().count();
    if words == 0 || words > MAX_READ_MORE_WORDS || cut < 2 || tail.ends_with(['.', '!', '?']) {
        return false;
    }
    let probe = Document::with_lexicon(tail, doc.lexicon());
    probe.lines().next().is_some_and(|l| l.starts_with(Category::Related) || (words == 1 && l.is_whole(Category::Nav)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{assert_cleaner, check};

    /// [`is_read_more_snippet`] without its shortcuts: the cut looked for
    /// in every line.
    fn is_read_more_snippet_reference(doc: &Document<'_>, line: &Line<'_>) -> bool {
        let text = line.text;
        last_ellipsis_end(text)
            .or_else(|| last_sentence_end(line))
            .is_some_and(|cut| is_read_more_after(doc, text, cut))
    }

    proptest::proptest! {
        /// The byte search finds the last `…` as `str::rfind` does.
        #[test]
        fn last_mark_end_matches_rfind(s in "[a …ئЦ北“–.]{0,12}") {
            proptest::prop_assert_eq!(last_mark_end(&s), s.rfind('…').map(|i| i + '…'.len_utf8()), "{:?}", s);
        }
    }

    proptest::proptest! {
        #[test]
        fn read_more_snippets_match_the_reference(
            v in proptest::collection::vec(proptest::sample::select(&[
                "The storm hit the coast on Monday and ", "storm ", "Read more", " Read now", " mehr", "Weiterlesen",
                "…", "...", ".", ". ", "! ", "?", "\"", "» ", " ", "\n", "اقرأ أيضا", "ت", "ئ", "Ц", "— ", "“",
                "Hintergründe ", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ ",
            ][..]), 0..80)
        ) {
            let page = v.concat();
            let doc = Document::new(&page);
            for line in doc.lines() {
                proptest::prop_assert_eq!(
                    is_read_more_snippet(&doc, &line),
                    is_read_more_snippet_reference(&doc, &line),
                    "{:?}",
                    line.text
                );
            }
        }
    }

    const P1: &str = "The summit opened on Monday with a long speech by the host.\n";
    const P2: &str = "Delegates then met behind closed doors until late at night.\n";

    #[test]
    fn german_teasers_closed_by_weiter_lesen_go() {
        let blurb = |lead: &str| {
            format!(
                "{lead} Der Rat hat lange darüber gestritten, und die Fraktion fordert nun eine klare \
                 Entscheidung der Stadtverwaltung noch vor der Sommerpause...\n"
            )
        };
        let first = ["Kein Gedächtnis in der Verwaltung\n".to_string(), blurb("Die Fraktion ist verärgert.")].concat();
        let article = "Entwicklung der Schule ermöglicht\n\
                       Ein positives Signal gab es diese Woche für die Schule im Ortsteil am Fluss.\n\
                       Im Stadtrat wurde der Bebauungsplan beschlossen, der den Neubau der Turnhalle ermöglicht.\n";
        let input = [
            first.clone(),
            "weiter lesen\n".to_string(),
            "Forderungen des Kindergipfels\n".to_string(),
            blurb("Die Bildungspolitiker würdigen die Ergebnisse."),
            "Weiter lesen\n".to_string(),
            article.to_string(),
        ]
        .concat();
        check(&RelatedCleaner, &input, &[first.as_str(), article].concat());
    }

    #[test]
    fn a_sentence_opening_with_weiter_lesen_stays() {
        let line = "Weiter lesen wir im Bericht, dass die Stadt den Neubau erst im nächsten Jahr beginnen will.\n";
        check(&RelatedCleaner, &[P1, line, P2].concat(), &[P1, line, P2].concat());
    }

    #[test]
    fn teaser_cards_with_read_more_links_go() {
        let title = "How Stores Manipulate Your Senses How Stores Manipulate Your Senses\n";
        let snippet =
            "When you walk into almost any store, you're immediately overloaded with sights,… Read more Read more\n";
        let input = [P1, title, snippet, P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
    }

    #[test]
    fn teasers_ending_with_a_sentence_and_a_read_more_link_go() {
        let teaser = "Pets benefit our mental health A systematic review lists the many ways in which pets \
                      comfort people with mental health issues. Read now\n";
        let other = "Nerve stimulation restores consciousness One month after the implant, a patient showed \
                     signs of awareness. Read more\n";
        let input = [P1, "Related coverage\n", teaser, other, P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
        // A "Read now" link alone goes too.
        let input = [P1, "Read now\n", P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
    }

    /// A box of teaser cards between two paragraphs: a heading, then each
    /// card a title, a label and a blurb closed by "Mehr erfahren".
    fn card_box(link: &str) -> String {
        let card = |title: &str, blurb: &str| format!("{title}\nHintergrund\n{blurb}\n{link}\n");
        [
            "Mehr zu Klima und Konsum\n".to_string(),
            card(
                "Verpackungsmüll und Klimakrise",
                "Ölunternehmen tauschen ein Übel gegen das andere: Sie produzieren künftig weniger Benzin, dafür mehr Plastik.",
            ),
            card(
                "Was ist der Erdüberlastungstag?",
                "An diesem Tag hat die Menschheit alle Ressourcen verbraucht, die der Planet in einem Jahr erneuern kann.",
            ),
        ]
        .concat()
    }

    #[test]
    fn teaser_cards_closed_by_the_same_link_go_with_their_heading() {
        let input = [P1, &card_box("Mehr erfahren"), P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
        let input = [P1, &card_box("Read more"), P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
    }

    #[test]
    fn a_paragraph_closed_by_a_link_once_stays() {
        // One paragraph with a link under it is no box of cards.
        let section = "Was ist der Erdüberlastungstag?\nAn diesem Tag hat die Menschheit alle Ressourcen \
                       verbraucht, die der Planet in einem Jahr erneuern kann.\nMehr erfahren\n";
        let input = [P1, section, P2].concat();
        check(&RelatedCleaner, &input, &input);
        // Sections of two paragraphs each closed by the same link are no
        // cards either.
        let two = |title: &str| {
            format!(
                "{title}\nAn diesem Tag hat die Menschheit alle Ressourcen verbraucht, die der Planet erneuern kann.\n\
                 Die Rechnung ist einfach, und sie wird jedes Jahr von Forschenden neu aufgestellt.\nMehr erfahren\n"
            )
        };
        let input = [P1, &two("Erster Teil"), &two("Zweiter Teil"), P2].concat();
        check(&RelatedCleaner, &input, &input);
        // Neither are two cards closed by different lines.
        let input = [P1, &card_box("Mehr erfahren").replacen("Mehr erfahren", "Überblick zeigen", 1), P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn teasers_closed_by_a_bare_more_link_go() {
        let title = "Coronavirus-Update: Der Virologe informiert\n";
        let blurb = "Was gibt es Neues in Sachen Coronavirus? Regelmäßig beantwortet der Forscher in einem \
                     Podcast Fragen und erläutert Hintergründe. mehr\n";
        let input = [P1, title, blurb, P2].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
        // "mehr" closing a sentence, or a word that links nowhere after the
        // last sentence, stays.
        let prose = "Die Mieten in der Innenstadt steigen seit Jahren, und viele Familien können sich die \
                     Wohnungen dort nicht mehr\n";
        let other = "Die Mieten in der Innenstadt steigen seit Jahren, sagte die Sprecherin der Stadt am \
                     Montag. Danach\n";
        let input = [P1, title, prose, other, P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn polish_read_also_teasers_go() {
        let teaser = "Przeczytaj też: Kto jak głosował ws. unijnych funduszy? Jeden z posłów wyłamał się\n";
        check(&RelatedCleaner, &[P1, teaser, P2].concat(), &[P1, P2].concat());
        // The words opening a sentence stay.
        let prose = "Przeczytaj też list, który burmistrz wysłał do mieszkańców w zeszłym tygodniu.\n";
        let input = [P1, prose, P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn the_longest_phrase_opening_the_line_decides_the_separator() {
        // "À lire aussi", not "À lire", stands before the "»".
        let teaser = "À lire aussi » Ballonnements, lourdeurs... Quel est votre profil digestif ?\n";
        check(&RelatedCleaner, &[P1, teaser, P2].concat(), &[P1, P2].concat());
        // Without a separator after the phrase, a long line is no teaser.
        let subheading = "À lire aussi dans ce dossier les avis des médecins et des patients\n";
        let input = [P1, subheading, P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn links_framed_by_arrows_go() {
        let link = ">> Wegen Corona: Sängerin muss ihr Lokal auf Mallorca schließen <<\n";
        check(&RelatedCleaner, &[P1, link, P2].concat(), &[P1, P2].concat());
        // Arrows on one side only, or pointing outwards, stay.
        let one_side = ">> Wegen Corona: Sängerin muss ihr Lokal auf Mallorca schließen\n";
        let outwards = "<< Wegen Corona: Sängerin muss ihr Lokal auf Mallorca schließen >>\n";
        let input = [P1, one_side, outwards, P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn a_next_up_heading_heads_a_list() {
        let input =
            [P1, P2, "Next Up In Culture\n", "The five best debuts of the year\n", "How tattoos made stars\n"].concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
        // A sentence opening with the words is prose.
        let input = [P1, "Next up, the delegates will vote on the final text of the agreement.\n", P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn a_paragraph_ending_without_a_read_more_link_stays() {
        // Words after the last sentence that are no related phrase, or a
        // read-more phrase inside a sentence: the article's text.
        let trailing = "The summit opened on Monday with a long speech by the host. Delegates then met alone\n";
        let inside = "The summit opened on Monday with a long speech, and you can read more in our archive.\n";
        let input = [P1, trailing, inside, P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn an_ellipsis_before_words_of_the_article_stays() {
        // A sentence trailing off, then prose or a sentence: no teaser.
        let input = [P1, "Ten Things To Know\n", "He paused… and read more of the letter aloud.\n", P2].concat();
        check(&RelatedCleaner, &input, &input);
        let input = [P1, "And then… nothing happened at all\n", P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn teaser_list_before_the_article_keeps_the_article_headline() {
        let input = [
            "ذات صلة\n",
            "جمع\n",
            "جنوب لبنان ينزف.. نزوح 200 ألف شخص بسبب الغارات المتواصلة\n",
            "تشهد مناطق جنوب لبنان موجة نزوح كثيفة تقدر بأكثر...\n",
            "زرع أجهزة تنصت.. ماذا فعل نتنياهو في مرحاض رئيس وزراء بريطانيا؟\n",
            "في مذكرات رئيس الوزراء البريطاني الأسبق بوريس جونسون، كشف...\n",
            "بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة\n",
            "في زيارة بالغة الأهمية تحمل رسائل عدة للغرب، تهدف إلى تعميق الشراكة بين البلدين.\n",
        ]
        .concat();
        let expected = "بوتين وكيم يوقعان اتفاقية شراكة استراتيجية شاملة\n\nفي زيارة بالغة الأهمية تحمل رسائل عدة للغرب، تهدف إلى تعميق الشراكة بين البلدين.\n";
        check(&RelatedCleaner, &input, expected);
    }

    #[test]
    fn a_heading_naming_its_topic_goes_with_its_list() {
        let input = [
            P1,
            P2,
            "Weitere aktuelle Themen aus der Arbeitswelt\n",
            "Studie zum Stellenmarkt 2022\n",
            "Die populärsten Jobs des Jahres\n",
            "Pilotprogramm zeigt: Die 4-Tage-Woche ist ein Gewinn\n",
        ]
        .concat();
        check(&RelatedCleaner, &input, &[P1, P2].concat());
    }

    #[test]
    fn a_heading_naming_its_topic_without_a_list_stays() {
        // A subheading followed by prose, or by one line only, is the article's.
        let input = [P1, "Weitere aktuelle Themen aus der Arbeitswelt\n", P2].concat();
        check(&RelatedCleaner, &input, &input);
        let input = [P1, "More news from the region\n", "The mayor resigns\n", P2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    const B1: &str = "The mayor said the plan would cut traffic in the old town by a third within two years.\n";
    const B2: &str = "Fans queued overnight for tickets, and the club sold out the stadium in under an hour.\n";
    const B3: &str = "Forecasters expect the heat to last until the weekend, when storms should bring relief.\n";

    #[test]
    fn a_digest_of_teasers_after_the_article_goes() {
        let digest =
            ["Most read\n", "City bans cars\n", B1, "Sport\n", "Tickets gone\n", B2, "Heat wave ahead\n", B3].concat();
        let article = [P1, P2, P1, P2, P1, P2].concat();
        check(&RelatedCleaner, &[article.as_str(), &digest].concat(), &article);
        // Under a short note, the same digest holds more prose than the note:
        // it may be the rest of the article, and only a box goes.
        let note = [P1, P2].concat();
        let kept = [note.as_str(), &digest.replace("Most read\nCity bans cars\n", "")].concat();
        check(&RelatedCleaner, &[note.as_str(), &digest].concat(), &kept);
    }

    #[test]
    fn a_long_question_headline_over_a_cut_blurb_is_a_teaser() {
        let q1 =
            "Corona in the region: what do the new rules mean for amateur football clubs and their fans this winter?\n";
        let q2 =
            "Heat wave warning for the south: how should farmers protect their animals and crops in the coming days?\n";
        let q3 = "Transfer window in the league: which of the young players will leave the club before the new season starts?\n";
        let cut = |b: &str| b.replace(".\n", " and more …\n");
        let digest = ["Most read on our site\n", q1, &cut(B1), q2, &cut(B2), q3, &cut(B3)].concat();
        let article = [P1, P2, P1, P2, P1, P2].concat();
        check(&RelatedCleaner, &[article.as_str(), &digest].concat(), &article);
    }

    #[test]
    fn a_long_question_over_an_answer_stays() {
        // An interview's question after a box: its answer is not cut short.
        let q = "Professor, what do the new rules mean for amateur football clubs and their fans this winter?\n";
        let input = [P1, "Most read on our site\n", q, B1, B2].concat();
        check(&RelatedCleaner, &input, &input);
    }

    #[test]
    fn an_article_going_on_after_a_box_is_no_digest() {
        // One teaser in the box, then paragraphs under subheadings: the box
        // goes alone.
        let rest = [B1, "What comes next\n", B2, "The cost\n", B3].concat();
        let input = [P1, "Read more:\n", "Ten things to know about summits\n", &rest].concat();
        check(&RelatedCleaner, &input, &[P1, &rest].concat());
        // Two paragraphs in a row: the article, not a digest.
        let rest = [B1, B2, "What comes next\n", B3].concat();
        let input = [P1, "Most read\n", "City bans cars\n", &rest].concat();
        check(&RelatedCleaner, &input, &[P1, &rest].concat());
    }

    #[test]
    fn read_more_box_mid_article_is_removed_alone() {
        let input = [P1, "Read more:\n", "Ten things to know about summits\n", P2].concat();
        check(&RelatedCleaner, &input, &[P1, "\n", P2].concat());
    }

    #[test]
    fn heading_with_placeholder_mid_article() {
        let input = [P1, "إقرأ أيضاً:\n", "spot_img\n", P2].concat();
        check(&RelatedCleaner, &input, &[P1, "\n", P2].concat());
    }

    #[test]
    fn bullet_list_at_the_end_goes_to_the_end() {
        let input = [
            P1,
            "مقالات مشابهة\n",
            "  • قراصنة كوريا الشمالية ينهبون 1.3 مليار دولار من العملات الرقمية في عملية جريئة!\n",
            "  • بوتين: روسيا لم تُهزم في سوريا\n",
        ]
        .concat();
        check(&RelatedCleaner, &input, P1);
    }

    #[test]
    fn bullet_list_mid_article_keeps_the_following_subheading() {
        let input =
            [P1, "Related articles\n", "• First teaser\n", "• Second teaser\n", "What comes next\n", P2].concat();
        check(&RelatedCleaner, &input, &[P1, "\nWhat comes next\n\n", P2].concat());
    }

    #[test]
    fn an_interview_question_under_a_box_is_no_teaser() {
        let bx = "Related\nMayor unveils new budget with cuts to parks\n";
        let qa = "Q: What can cities do?\nA: Plant trees, open cooling centres and warn people early.\n";
        check(
            &RelatedCleaner,
            &[P1, bx, qa].concat(),
            &[P1, "\nQ: What can cities do?\n\nA: Plant trees, open cooling centres and warn people early.\n"].concat(),
        );
        for (text, speaker) in [
            ("Q: What can cities do?", true),
            ("س: هل تنوي الوزارة إلغاء الامتحانات؟", true),
            ("F: Wie geht es weiter?", true),
            ("Q:", false),
            ("Update: storm moves north", false),
            ("UK: storm moves north", false),
            ("1: the first", false),
        ] {
            assert_eq!(opens_with_speaker(text), speaker, "{text:?}");
        }
    }

    #[test]
    fn a_short_subheading_under_a_box_of_longer_teasers_stays() {
        let bx = "Read also\nCouncil delays vote on housing plan again\nTransit authority names a new director\n";
        check(&RelatedCleaner, &[P1, bx, "What comes next\n", P2].concat(), &[P1, "\nWhat comes next\n", P2].concat());
        // A headline as long as the teasers is one of them; so is a short
        // one under a single teaser.
        let long = "Fare increase to take effect in January\n";
        check(&RelatedCleaner, &[P1, bx, long, P2].concat(), &[P1, "\n", P2].concat());
        let one = "Read also\nCouncil delays vote on housing plan again\n";
        check(&RelatedCleaner, &[P1, one, "What comes next\n", P2].concat(), &[P1, "\n", P2].concat());
        // Teasers of four words over a subheading of fewer.
        let short = "Read also\nCouncil delays housing vote\nTransit authority names director\n";
        check(&RelatedCleaner, &[P1, short, "Next steps\n", P2].concat(), &[P1, "\nNext steps\n", P2].concat());
        // A headline as long as they are is one of them.
        check(&RelatedCleaner, &[P1, short, "Fare increase takes effect\n", P2].concat(), &[P1, "\n", P2].concat());
    }

    #[test]
    fn a_short_sentence_closing_the_page_under_a_box_is_no_teaser() {
        let bx = "Read also\nCouncil delays vote on housing plan again\nTransit authority names a new director\n";
        check(&RelatedCleaner, &[P1, bx, "Stay safe.\n"].concat(), &[P1, "\nStay safe.\n"].concat());
        // Higher up, a short line ending with a full stop is one more link.
        let links = "More from\nWashington, D.C.\nFoods\nPlaces to eat\n";
        check(&RelatedCleaner, &[P1, links].concat(), P1);
    }

    #[test]
    fn a_box_between_a_label_and_its_bullets_leaves_the_bullets() {
        let input =
            [P1, "The new routes will serve:\n", "RELATED\n", "Mayor unveils new budget with cuts to parks\n"].concat();
        let list = "- Riverside and North Park\n- the Westgate industrial area\n";
        let want = [P1, "The new routes will serve:\n\n", list, P2].concat();
        check(&RelatedCleaner, &[&input, list, P2].concat(), &want);
        // Bullets are the box's own items when its first item is one, or
        // when no label stands above it.
        let input = [P1, "The new routes will serve:\n", "RELATED\n", list, P2].concat();
        check(&RelatedCleaner, &input, &[P1, "The new routes will serve:\n\n", P2].concat());
        let input = [P1, "RELATED\n", "Mayor unveils new budget with cuts to parks\n", list, P2].concat();
        check(&RelatedCleaner, &input, &[P1, "\n", P2].concat());
    }

    assert_cleaner!(RelatedCleaner, [
        related_inline: "Read also: Putin visits Pyongyang\nBody text of the story.\n" => "Body text of the story.\n",
        related_keeps_headline_over_a_count_before_the_article: "Most read\nTen things to know about summits\nThe summit opens in a small town by the lake\n12\nDelegates met behind closed doors until late at night.\n" => "The summit opens in a small town by the lake\n12\nDelegates met behind closed doors until late at night.\n",
        related_box_with_a_count_inside_the_article_goes: "The summit opened on Monday with a long speech by the host.\nMost read\nTen things to know about summits\n12\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\nDelegates then met behind closed doors until late at night.\n",
        related_heading_then_prose: "The summit opened on Monday.\nRelated\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday.\n\nDelegates then met behind closed doors until late at night.\n",
        related_keeps_related_party_headline: "Related party deals under scrutiny\nThe regulator opened an inquiry into the deals on Monday.\n" => "Related party deals under scrutiny\n\nThe regulator opened an inquiry into the deals on Monday.\n",
        related_keeps_read_more_sentence: "Read more about the summit in our guide, which covers every session in detail.\n" => "Read more about the summit in our guide, which covers every session in detail.\n",
        related_portuguese_heading_and_items: "O Senado aprovou o projeto na terça-feira por ampla maioria.\nLeia também\nGoverno anuncia novo pacote\nO texto segue agora para sanção presidencial, segundo a agência.\n" => "O Senado aprovou o projeto na terça-feira por ampla maioria.\nO texto segue agora para sanção presidencial, segundo a agência.\n",
        related_german_related_topics: "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\nVerwandte Themen\nNeuer Trainer für Coburg\n" => "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\n",
        related_czech_heading_and_items: "Fotbalisté West Hamu vyhráli i páté soutěžní utkání v řadě.\nSouvisející\nŘepka a spol. zůstali na trávníku sami\n" => "Fotbalisté West Hamu vyhráli i páté soutěžní utkání v řadě.\n",
        related_italian_heading_and_items: "Il consiglio comunale ha approvato il bilancio martedì sera.\nLeggi anche\nNuovo piano per il traffico in centro\n" => "Il consiglio comunale ha approvato il bilancio martedì sera.\n",
        related_keeps_portuguese_sentence: "Leia também o relatório completo, que traz os números de cada estado e município.\n" => "Leia também o relatório completo, que traz os números de cada estado e município.\n",
        related_german_further_links: "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\nWeiterführende Links\nNeuer Trainer für Coburg\nDer Spielplan der Saison\n" => "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\n",
        related_german_more_on_this_topic: "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\nMehr zu diesem Thema\nNeuer Trainer für Coburg\n" => "Der Verein bestätigte den Wechsel am Sonntag in einer Mitteilung.\n",
        related_english_editors_recommendations: "The pass starts on Monday and costs ten keys.\nEditors’ Recommendations:\nCrates are leaving the game\nA new card game is out now\n" => "The pass starts on Monday and costs ten keys.\n",
        related_french_articles_en_relation: "Le canton a publié son rapport mardi.\nArticles en relation\nLe canton veut interdire le pesticide\n" => "Le canton a publié son rapport mardi.\n",
        related_keeps_german_further_links_sentence: "Weiterführende Links zu den Studien finden Sie am Ende dieses Textes, sagte die Sprecherin.\n" => "Weiterführende Links zu den Studien finden Sie am Ende dieses Textes, sagte die Sprecherin.\n",
        related_keeps_more_from_prose: "More from the minister came later, when she said the talks had failed.\n" => "More from the minister came later, when she said the talks had failed.\n",
        related_link_to_the_authors_other_pieces: "The checkout asks me if I want a receipt sent by email.\nFind more by Jane Doe\n" => "The checkout asks me if I want a receipt sent by email.\n",
        related_keeps_more_by_prose: "More by luck than design, the team held on to win the cup in the last minute.\n" => "More by luck than design, the team held on to win the cup in the last minute.\n",
        related_chinese_you_may_be_interested: "市政府周一宣布，明年起全市公交票价不变。\n您可能感兴趣的文章\n地铁新线路年底通车\n老城区改造方案公布\n" => "市政府周一宣布，明年起全市公交票价不变。\n",
        related_traditional_chinese_you_may_be_interested: "市政府週一宣布，明年起全市公車票價不變。\n你可能會有興趣的文章\n捷運新路線年底通車\n" => "市政府週一宣布，明年起全市公車票價不變。\n",
        related_keeps_chinese_sentence_on_interest: "您可能感兴趣的是，这项政策将从明年起在全国所有城市实施，覆盖数千万家庭。\n" => "您可能感兴趣的是，这项政策将从明年起在全国所有城市实施，覆盖数千万家庭。\n",
    ]);
}
