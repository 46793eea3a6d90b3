//! Removes navigation: runs of short link-like lines, menu words on their
//! own outside the article, and menus glued into one line.

use unicode_segmentation::UnicodeSegmentation;

use crate::document::LineViews;
use crate::text;
use crate::{Category, Cleaner, Confidence, Document, Line, LineId, Reason};

/// Shortest run of short lines treated as a menu.
const MIN_RUN: usize = 3;
/// Shortest run outside the article body removed on shape alone.
const MIN_BARE_RUN: usize = 4;

/// Most words of a page's first line read as its title, not a paragraph.
const MAX_TITLE_WORDS: u32 = 12;
/// Fewest kept lines with no prose under the page's title that make it no
/// paragraph.
const MIN_TITLE_GAP: usize = 8;

/// Hits that signal navigation.
fn is_nav_hit(c: Category) -> bool {
    matches!(c, Category::Nav | Category::Footer | Category::Network | Category::Share | Category::Related)
}

/// A line of menu items glued together (`…logoمن نحناعرض المزيدمن نحن…`):
/// three or more footer / nav / network phrases and no sentence.
fn is_glued_menu(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.is_prose() || f.ending.is_terminal() {
        return false;
    }
    let hits =
        line.hits.iter().filter(|h| matches!(h.category, Category::Footer | Category::Nav | Category::Network)).count();
    hits >= 3 && f.inner_punct <= 2
}

/// A short, link-like line: few words, no sentence ending, mostly letters.
fn is_link_like(line: &Line<'_>) -> bool {
    let f = &line.features;
    f.is_short() && f.letter_ratio() >= 0.5 && f.inner_punct == 0
}

/// A menu item by shape alone: letters and spaces only (plus `&`, `'`),
/// starting with a letter. Marks on a letter (Thai tone marks, Devanagari
/// vowel signs) belong to it. List items (`+ Added /fill command`),
/// numbers and table cells do not qualify.
fn is_plain_words(line: &Line<'_>) -> bool {
    // Letters and the combining marks that are alphabetic.
    let plain = |c: char| text::is_alphabetic(c) || matches!(c, ' ' | '&' | '\'' | '’');
    if !line.text.chars().next().is_some_and(text::is_alphabetic) {
        return false;
    }
    // Marks that are not alphabetic stand in a grapheme after their letter:
    // only then is a line of them read by graphemes.
    line.text.chars().all(plain)
        || (!line.text.is_ascii() && line.text.graphemes(true).all(|g| g.chars().next().is_some_and(plain)))
}

/// Longest link to the previous or next post, in words.
const MAX_ARROW_LINK_WORDS: u32 = 20;

/// A link to the previous or next post (`← Older post`, `Next story →`,
/// `« Previous`, `Newer post »`): a line that is no paragraph, opening with
/// a left arrow or closing with a right arrow. Guillemets count only when
/// unpaired (`« a quote »` is a quotation).
fn is_arrow_link(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.is_prose() || f.words > MAX_ARROW_LINK_WORDS {
        return false;
    }
    let t = line.text;
    t.starts_with('←')
        || t.ends_with('→')
        || (t.starts_with("« ") && !t.contains('»'))
        || (t.ends_with(" »") && !t.contains('«'))
}

/// Links to both the previous and the next post on one line (`← Older
/// post → Newer post`): asked of an [`is_arrow_link`] line, one opening
/// with a left arrow and holding a right arrow after it. No sentence or
/// subheading of an article is written so, so it goes wherever it stands.
fn is_arrow_pair(line: &Line<'_>) -> bool {
    line.text.strip_prefix('←').is_some_and(|rest| rest.contains('→'))
}

/// Fewest items of a menu whose links are separated by bars on one line.
const MIN_BAR_ITEMS: usize = 4;
/// Fewest items of a breadcrumb trail.
const MIN_CRUMBS: usize = 3;
/// Most words of one item of a menu or breadcrumb trail (the last crumb,
/// the page's own title, may be longer).
const MAX_ITEM_WORDS: usize = 4;

/// Words of an item: space-separated tokens, or one per two characters of
/// scripts written without spaces.
fn item_words(item: &str) -> usize {
    let unspaced = item.chars().filter(|&c| crate::text::is_unspaced_script(c)).count();
    item.split_whitespace().count().max(unspaced.div_ceil(2))
}

/// A menu on one line whose links are separated by bars (`Home | News |
/// Sport | Contact`): four or more items of at most four words, none
/// ending like a sentence.
fn is_bar_menu(line: &Line<'_>) -> bool {
    if line.features.ending.is_terminal() {
        return false;
    }
    // Fewer bars ('|', or '｜', EF BD 9C, found without decoding the line)
    // than a menu has between its items: no menu. Lines in Chinese hold EF
    // often (full-width punctuation), bars seldom.
    let b = line.text.as_bytes();
    let bars = memchr::memchr2_iter(b'|', 0xef, b).filter(|&i| b[i] == b'|' || b[i + 1..].starts_with(&[0xbd, 0x9c]));
    if bars.take(MIN_BAR_ITEMS - 1).count() < MIN_BAR_ITEMS - 1 {
        return false;
    }
    let mut items = 0;
    for t in line.text.split(['|', '｜']).map(str::trim) {
        let item = !t.is_empty()
            && item_words(t) <= MAX_ITEM_WORDS
            && !t.ends_with(['.', '!', '?', '。', '！', '？'])
            && t.chars().any(text::is_alphabetic);
        if !item {
            return false;
        }
        items += 1;
    }
    items >= MIN_BAR_ITEMS
}

/// Does `text` hold a breadcrumb arrow ('>', '»' or '›')?
fn has_arrow(text: &str) -> bool {
    // '>', '»' (C2 BB) or '›' (E2 80 BA), found without decoding the line,
    // in one pass.
    let b = text.as_bytes();
    memchr::memchr3_iter(b'>', 0xc2, 0xe2, b)
        .any(|i| b[i] == b'>' || matches!(&b[i + 1..], [0xbb, ..] | [0x80, 0xba, ..]))
}

/// A breadcrumb trail (`Home > News > Politics`, `首页 >> 教育 >> 正文`,
/// `Startseite › Themen › Ethik`): three or more items separated by one
/// kind of arrow, every item but the last at most four words, no sentence.
fn is_breadcrumb(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.is_prose() || f.ending.is_terminal() {
        return false;
    }
    if !has_arrow(line.text) {
        return false;
    }
    let t = line.text.trim_end_matches(['>', '»', '›']).trim_end();
    [" >> ", " > ", " » ", " › ", ">>", "›", "»"].iter().any(|sep| {
        let n = t.split(sep).count();
        n >= MIN_CRUMBS
            && t.split(sep).map(str::trim).enumerate().all(|(k, i)| {
                !i.is_empty()
                    && i.chars().any(text::is_alphabetic)
                    && !i.contains(['<', '>'])
                    && (k + 1 == n || item_words(i) <= MAX_ITEM_WORDS)
            })
    })
}

/// Fewest page numbers in a list of pages.
const MIN_PAGES: usize = 3;
/// Longest list of pages, in characters.
const MAX_PAGE_LIST_CHARS: u32 = 80;

/// A list of an article's pages (`1 | 2 | 3`, `1 · 2 · 3 · 4`): at least
/// [`MIN_PAGES`] numbers counting up from 1, separated by one kind of bar
/// or dot, and nothing else. Numbers separated by spaces alone are not
/// enough (a calendar's week, a rating scale).
fn is_page_list(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.letters > 0 || (f.digits as usize) < MIN_PAGES || f.chars > MAX_PAGE_LIST_CHARS {
        return false;
    }
    ["|", "·", "•"].iter().any(|sep| {
        let mut expected = 1u32;
        for item in line.text.split(sep).map(str::trim) {
            if item.parse::<u32>().ok() != Some(expected) || item.starts_with('+') {
                return false;
            }
            expected += 1;
        }
        expected as usize > MIN_PAGES
    })
}

/// Shortest run of time-stamped headlines treated as a news ticker.
const MIN_TICKER_RUN: usize = 3;
/// Most kept lines between two time-stamped headlines of one ticker whose
/// headlines are interleaved with other entries (tweets, short items).
const MAX_TICKER_GAP: usize = 6;

/// Time-stamped headlines of a ticker interleaved with other entries: a
/// chain of three or more time-stamped headlines, each at most
/// [`MAX_TICKER_GAP`] lines from the next, at least half of them next to
/// another (a live blog's headed entries each have their own paragraphs).
/// Returns whether each line is part of a ticker, or nothing when none is.
fn sparse_ticker(kept: &[Line<'_>]) -> Vec<bool> {
    let items: Vec<usize> = (0..kept.len()).filter(|&k| is_ticker_item(&kept[k])).collect();
    // Chains and runs both need that many items.
    if items.len() < MIN_TICKER_RUN {
        return Vec::new();
    }
    let mut marked = vec![false; kept.len()];
    for chain in items.chunk_by(|a, b| b - a <= MAX_TICKER_GAP) {
        let paired = (0..chain.len())
            .filter(|&c| {
                (c > 0 && chain[c - 1] + 1 == chain[c]) || (c + 1 < chain.len() && chain[c] + 1 == chain[c + 1])
            })
            .count();
        if chain.len() >= MIN_TICKER_RUN && paired * 2 >= chain.len() {
            for &k in chain {
                marked[k] = true;
            }
        }
    }
    // Three or more in a row are a ticker wherever they sit.
    for run in items.chunk_by(|a, b| b - a == 1) {
        if run.len() >= MIN_TICKER_RUN {
            for &k in run {
                marked[k] = true;
            }
        }
    }
    marked
}

/// Fewest words after the time of a ticker headline.
const MIN_TICKER_WORDS: usize = 3;

/// A time-stamped headline of a news ticker (`14:44 Storm hits the
/// coast`): a clock time, then a headline starting with a letter — no
/// schedule (`15:00 - 19:00`), no sentence.
fn is_ticker_item(line: &Line<'_>) -> bool {
    let f = &line.features;
    // A clock has three digits or more and opens the line.
    if f.digits < 3 || !line.text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    if f.is_prose() || f.ending.is_terminal() {
        return false;
    }
    let mut parts = line.text.splitn(2, ' ');
    let (Some(time), Some(rest)) = (parts.next(), parts.next()) else { return false };
    let clock = time.split_once([':', 'h']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    });
    clock && rest.starts_with(text::is_alphabetic) && rest.split_whitespace().count() >= MIN_TICKER_WORDS
}

/// Removes navigation lines.
///
/// - a glued menu: one line holding three or more footer, menu or network
///   phrases and no sentence;
/// - a run of three or more short link-like lines (at most four words, no
///   sentence punctuation) when half of them are menu phrases ("Home",
///   "الرئيسية", "Politics"), or, before the first paragraph of prose,
///   four or more lines of plain words in a row within such a run (a line
///   with digits or signs splits it) — the page's first line, its title,
///   is no paragraph when it has at most twelve words and no prose stands
///   in the eight lines under it;
/// - a menu word alone on its line before the first or after the last
///   paragraph;
/// - a link to the previous or next post before the first or after the
///   last paragraph: a short line opening with `←` or `« ` or closing with
///   `→` or ` »` (`← Older post`, `Next story →`); links to both on one
///   line (`← Older post → Newer post`) wherever they stand;
/// - before the first or after the last paragraph, a menu on one line with
///   its items separated by bars (`Home | News | Sport | Contact`, four or
///   more items of at most four words) or a breadcrumb trail (`Home »
///   World » Europe`, three or more items separated by one kind of arrow);
/// - a list of the article's pages (`1 | 2 | 3`): three or more numbers
///   counting up from 1, separated by one kind of bar or dot;
/// - a news ticker: three or more time-stamped headlines in a row, or
///   interleaved with other entries (tweets, short items) when at least
///   half of them stand next to another and each is at most six lines from
///   the next
///   (`14:44 Storm hits the coast`).
///
/// Short lines inside the article (subheadings, list items) stay unless
/// menu phrases dominate them.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::NavigationCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(NavigationCleaner).build()?;
/// let page = "Home\nWorld\nPolitics\nBusiness\nThe summit opened on Monday with a long speech by the host.\n";
/// assert_eq!(p.clean(page).text(), "The summit opened on Monday with a long speech by the host.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NavigationCleaner;

impl Cleaner for NavigationCleaner {
    fn name(&self) -> &'static str {
        "navigation"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let kept = LineViews::of(doc);
        let prose = |l: &Line<'_>| l.features.is_prose() && !is_bar_menu(l);
        // The page's first line is its title: a long one ("… Union e.V.")
        // reads as prose, but it is no paragraph when it is short for one
        // and no prose stands in the lines under it (a long menu).
        let first = kept.iter().position(prose);
        let first_prose = match first {
            Some(0) if kept[0].id == LineId(0) && kept[0].features.words <= MAX_TITLE_WORDS => {
                let next = kept[1..].iter().position(prose).map(|k| k + 1);
                if next.is_none_or(|k| k > MIN_TITLE_GAP) { next } else { Some(0) }
            }
            first => first,
        };
        // The last line of prose is the first one or under it: the lines
        // above are not tested again (a lone paragraph is tested once).
        let last_prose = first.map(|a| kept[a + 1..].iter().rposition(prose).map_or(a, |k| a + 1 + k));
        let outside = |k: usize| match (first_prose, last_prose) {
            (Some(a), Some(b)) => k < a || k > b,
            _ => true,
        };
        let before = |k: usize| first_prose.is_none_or(|a| k < a);
        let mut out: Vec<(LineId, Reason, Confidence, &'static str)> = Vec::new();
        let in_ticker = sparse_ticker(&kept);
        let mut k = 0;
        while k < kept.len() {
            let line = &kept[k];
            let ticker = (k..kept.len()).take_while(|&j| in_ticker.get(j) == Some(&true)).count();
            if ticker > 0 {
                for l in &kept[k..k + ticker] {
                    out.push((
                        l.id,
                        Reason::Navigation,
                        Confidence::Medium,
                        "run of time-stamped headlines (a ticker)",
                    ));
                }
                k += ticker;
                continue;
            }
            if is_arrow_link(line) && (outside(k) || is_arrow_pair(line)) {
                out.push((line.id, Reason::Navigation, Confidence::Medium, "link to the previous or next post"));
                k += 1;
                continue;
            }
            if is_page_list(line) {
                out.push((line.id, Reason::Navigation, Confidence::Medium, "list of the article's pages"));
                k += 1;
                continue;
            }
            if is_glued_menu(line) {
                out.push((line.id, Reason::GluedMenu, Confidence::High, "menu items glued into one line"));
                k += 1;
                continue;
            }
            // Where it stands is known first: bars and arrows are looked
            // for only outside the article.
            if outside(k) && is_bar_menu(line) {
                out.push((line.id, Reason::Navigation, Confidence::Medium, "menu items separated by bars"));
                k += 1;
                continue;
            }
            if outside(k) && is_breadcrumb(line) {
                out.push((line.id, Reason::Navigation, Confidence::Medium, "breadcrumb trail"));
                k += 1;
                continue;
            }
            if !is_link_like(line) {
                k += 1;
                continue;
            }
            let start = k;
            while k < kept.len() && is_link_like(&kept[k]) {
                k += 1;
            }
            // The last line of a run, right above prose and shaped like a
            // headline, is the article's headline: give it back.
            let mut end = k;
            if end - start >= MIN_RUN
                && kept.get(k).is_some_and(|next| next.features.is_prose())
                && kept[k - 1].features.is_headline_like()
                && !kept[k - 1].hits.iter().any(|h| is_nav_hit(h.category))
            {
                end -= 1;
            }
            let run = &kept[start..end];
            let marked =
                run.iter().filter(|l| l.hits.iter().any(|h| is_nav_hit(h.category) && (h.whole || h.at_start))).count();
            let all_before = (start..end).all(before);
            if run.len() >= MIN_RUN && marked * 2 >= run.len() {
                for l in run {
                    out.push((l.id, Reason::Navigation, Confidence::Medium, "run of short lines, mostly menu phrases"));
                }
            } else if run.len() >= MIN_BARE_RUN && all_before {
                // Stretches of plain words long enough for a menu; a line
                // with digits or signs ("Share November 2022") splits them.
                let mut i = 0;
                while i < run.len() {
                    let len = run[i..].iter().take_while(|l| is_plain_words(l)).count();
                    if len >= MIN_BARE_RUN {
                        for l in &run[i..i + len] {
                            out.push((
                                l.id,
                                Reason::Navigation,
                                Confidence::Low,
                                "run of short link-like lines before the article",
                            ));
                        }
                    }
                    i += len.max(1);
                }
            } else {
                for (off, l) in run.iter().enumerate() {
                    if outside(start + off) && l.hits.iter().any(|h| h.category == Category::Nav && h.whole) {
                        out.push((l.id, Reason::Navigation, Confidence::Medium, "menu word outside the article"));
                    }
                }
            }
        }
        drop(kept);
        for (id, reason, confidence, detail) in out {
            doc.remove_line_with(id, self.name(), reason, confidence, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The arrow test reads the same as `str::contains`.
        #[test]
        fn has_arrow_matches_the_reference(s in "[a >»›«‹—é\u{a0}ĺ]{0,24}") {
            proptest::prop_assert_eq!(has_arrow(&s), s.contains(['>', '»', '›']), "{:?}", s);
        }
    }

    use crate::testutil::assert_cleaner;

    const P: &str = "The summit opened on Monday with a long speech by the host.\n";

    assert_cleaner!(NavigationCleaner, [
        nav_menu_run_en: "Home\nWorld\nPolitics\nThe summit opened on Monday with a long speech by the host.\n" => P,
        nav_page_list: "The summit opened on Monday with a long speech by the host.\n1 | 2 | 3 | 4\nMore text follows here.\n" => "The summit opened on Monday with a long speech by the host.\nMore text follows here.\n",
        nav_page_list_dots: "The summit opened on Monday with a long speech by the host.\n1 · 2 · 3\n" => P,
        nav_keeps_calendar_week: "The summit opened on Monday with a long speech by the host.\n1 2 3 4 5\n" => "The summit opened on Monday with a long speech by the host.\n1 2 3 4 5\n",
        nav_keeps_numbers_not_counting: "The summit opened on Monday with a long speech by the host.\n3 | 7 | 12\n2 | 3 | 4\n" => "The summit opened on Monday with a long speech by the host.\n3 | 7 | 12\n2 | 3 | 4\n",
        nav_keeps_two_pages: "The summit opened on Monday with a long speech by the host.\n1 | 2\n" => "The summit opened on Monday with a long speech by the host.\n1 | 2\n",
        nav_menu_run_ar: "الرئيسية\nأخبار\nرياضة\nاقتصاد\nافتتحت القمة يوم الاثنين بكلمة طويلة من رئيس الدولة المضيفة.\n" => "افتتحت القمة يوم الاثنين بكلمة طويلة من رئيس الدولة المضيفة.\n",
        nav_glued_ar: "aj-logoaj-logoaj-logoمن نحناعرض المزيدمن نحنالأحكام والشروطسياسة الخصوصيةخريطة الموقعتواصل معنا\nالنص الكامل للخبر.\n" => "النص الكامل للخبر.\n",
        nav_bare_run_before_article: "Alpha Beta\nGamma Delta\nEpsilon\nZeta Eta\nTheta\nThe summit opened on Monday with a long speech by the host.\n" => P,
        nav_bare_stretch_in_a_mixed_run: "Alpha Beta\nGamma Delta\nEpsilon\nZeta Eta\nTheta\nVideo-on-Demand\nStorm hits the coast\nThe summit opened on Monday with a long speech by the host.\n" => "Video-on-Demand\nStorm hits the coast\nThe summit opened on Monday with a long speech by the host.\n",
        nav_keeps_short_stretches_in_a_mixed_run: "Alpha Beta\nGamma Delta\nVideo-on-Demand\nZeta Eta\nTheta\nStorm hits the coast\nThe summit opened on Monday with a long speech by the host.\n" => "Alpha Beta\nGamma Delta\nVideo-on-Demand\nZeta Eta\nTheta\nStorm hits the coast\nThe summit opened on Monday with a long speech by the host.\n",
        nav_run_gives_back_headline: "Home\nWorld\nSport\nCulture\nStorm hits the coast\nA powerful storm hit the coast on Monday, cutting power to thousands.\n" => "Storm hits the coast\nA powerful storm hit the coast on Monday, cutting power to thousands.\n",
        nav_keeps_list_before_article: "+ Added /fill command\n+ Added /clone command\n+ Added /title command\n+ Added /stats command\nThe summit opened on Monday with a long speech by the host.\n" => "+ Added /fill command\n+ Added /clone command\n+ Added /title command\n+ Added /stats command\nThe summit opened on Monday with a long speech by the host.\n",
        nav_keeps_list_after_article: "The summit opened on Monday with a long speech by the host.\n+ Added /fill command\n+ Added /clone command\n+ Added /title command\n+ Added /stats command\n" => "The summit opened on Monday with a long speech by the host.\n+ Added /fill command\n+ Added /clone command\n+ Added /title command\n+ Added /stats command\n",
        nav_single_word_before_article: "Search\nThe summit opened on Monday with a long speech by the host.\n" => P,
        nav_keeps_subheadings_in_article: "The summit opened on Monday with a long speech by the host.\nThe background\nThe talks\nThe outcome\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\n\nThe background\n\nThe talks\n\nThe outcome\n\nDelegates then met behind closed doors until late at night.\n",
        nav_keeps_short_list_in_article: "The summit opened on Monday with a long speech by the host.\nItaly\nSpain\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\n\nItaly\n\nSpain\n\nDelegates then met behind closed doors until late at night.\n",
        nav_ticker_run: "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast overnight\n14:32 Council approves the new budget\n13:54 Club signs a young striker\n" => P,
        nav_keeps_schedule_and_live_entries: "The summit opened on Monday with a long speech by the host.\n15:00 - 19:00 Uhr Der Nachmittag\n14:44 The storm reached the coast at noon, officials said.\n14:32 Power was cut to thousands of homes across the region.\n13:54 Crews began to clear the roads in the evening.\n" => "The summit opened on Monday with a long speech by the host.\n15:00 - 19:00 Uhr Der Nachmittag\n14:44 The storm reached the coast at noon, officials said.\n14:32 Power was cut to thousands of homes across the region.\n13:54 Crews began to clear the roads in the evening.\n",
        nav_sparse_ticker: "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast overnight\n14:32 Council approves the new budget\n@metoffice\nA tweet about the weather\n14:10 Club signs a young striker\n13:54 Minister visits the port\n" => "The summit opened on Monday with a long speech by the host.\n\n@metoffice\n\nA tweet about the weather\n",
        nav_keeps_live_blog_headings: "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast\nThe storm reached the coast at noon, officials said on the radio.\n14:32 Power cut in the north\nPower was cut to thousands of homes across the region overnight.\n13:54 Roads cleared\nCrews began to clear the roads in the evening, the council said.\n" => "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast\nThe storm reached the coast at noon, officials said on the radio.\n14:32 Power cut in the north\nPower was cut to thousands of homes across the region overnight.\n13:54 Roads cleared\nCrews began to clear the roads in the evening, the council said.\n",
        nav_keeps_two_time_stamped_headlines: "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast overnight\n14:32 Council approves the new budget\n" => "The summit opened on Monday with a long speech by the host.\n14:44 Storm hits the coast overnight\n14:32 Council approves the new budget\n",
        nav_post_links_after_article: "The summit opened on Monday with a long speech by the host.\n← Storm hits the coast\nCouncil approves the new budget →\n« Older post\nNewer post »\n" => P,
        nav_post_links_pair_inside_article: "The summit opened on Monday with a long speech by the host.\n← Storm hits the coast → Council approves the new budget\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\nDelegates then met behind closed doors until late at night.\n",
        nav_keeps_route_arrows_inside_article: "The summit opened on Monday with a long speech by the host.\nBerlin → Paris → Rome\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\nBerlin → Paris → Rome\nDelegates then met behind closed doors until late at night.\n",
        nav_keeps_arrow_lines_inside_article: "The summit opened on Monday with a long speech by the host.\nSign up now →\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\nSign up now →\nDelegates then met behind closed doors until late at night.\n",
        nav_keeps_quoted_headline: "« Nous irons jusqu'au bout »\nThe summit opened on Monday with a long speech by the host.\n" => "« Nous irons jusqu'au bout »\nThe summit opened on Monday with a long speech by the host.\n",
        nav_bar_menu_before_article: "Home | News | Sport | Contact us\nThe summit opened on Monday with a long speech by the host.\n" => P,
        nav_bar_menu_after_article: "The summit opened on Monday with a long speech by the host.\n关于我们 | 联系我们 | 隐私政策 | 网站地图\n" => P,
        nav_breadcrumb_before_article: "Home » World » Europe\nStorm hits the coast\nThe summit opened on Monday with a long speech by the host.\n" => "Storm hits the coast\nThe summit opened on Monday with a long speech by the host.\n",
        nav_breadcrumb_unspaced_script: "首页 >> 教育资讯 >> 教育新闻 >> 正文\nThe summit opened on Monday with a long speech by the host.\n" => P,
        nav_keeps_arrows_and_bars_inside_article: "The summit opened on Monday with a long speech by the host.\nRevenue > costs > profit\nName | Age | Town | Job\nDelegates then met behind closed doors until late at night.\n" => "The summit opened on Monday with a long speech by the host.\nRevenue > costs > profit\nName | Age | Town | Job\nDelegates then met behind closed doors until late at night.\n",
        nav_keeps_sentences_with_bars: "Storm | The coast was hit. | Power was cut. | Roads closed.\nThe summit opened on Monday with a long speech by the host.\n" => "Storm | The coast was hit. | Power was cut. | Roads closed.\nThe summit opened on Monday with a long speech by the host.\n",
        nav_back_home_link_after_article: "The summit opened on Monday with a long speech by the host.\n返回首页>>\n" => P,
        nav_keeps_back_home_words_in_a_sentence: "The summit opened on Monday with a long speech by the host.\n他说完就返回首页查看新闻。\n" => "The summit opened on Monday with a long speech by the host.\n他说完就返回首页查看新闻。\n",
        nav_post_navigation_heading_after_article: "The summit opened on Monday with a long speech by the host.\nPost navigation\n" => P,
        nav_post_navigation_heading_de: "The summit opened on Monday with a long speech by the host.\nBeitrags-Navigation\n" => P,
        nav_keeps_post_navigation_in_a_sentence: "The summit opened on Monday with a long speech by the host.\nThe theme shows post navigation under every entry.\n" => "The summit opened on Monday with a long speech by the host.\nThe theme shows post navigation under every entry.\n",
        // Thai tone marks and vowel signs are marks, not letters: they
        // belong to the letter before them. The last line, right above the
        // prose, may be its headline and stays.
        nav_bare_run_with_marks_before_article: "ข่าว\nกีฬา\nบันเทิง\nสุขภาพ\nดนตรี\nThe summit opened on Monday with a long speech by the host.\n" => "ดนตรี\nThe summit opened on Monday with a long speech by the host.\n",
        nav_bare_run_with_marks_split_by_digits: "ข่าว\nกีฬา ๒๕๖๗\nบันเทิง\nสุขภาพ\nดนตรี\nThe summit opened on Monday with a long speech by the host.\n" => "ข่าว\nกีฬา ๒๕๖๗\nบันเทิง\nสุขภาพ\nดนตรี\nThe summit opened on Monday with a long speech by the host.\n",
        nav_bare_run_under_a_long_title: "Example Union of Mosques e.V.\nAbout us\nFounding and Structure\nPrinciples\nBoard\nServices\nPastoral care\nDialogue\nCulture\nThe summit opened on Monday with a long speech by the host.\n" => "Example Union of Mosques e.V.\nThe summit opened on Monday with a long speech by the host.\n",
        nav_keeps_list_under_an_opening_sentence: "These are the towns the storm hit first on Monday.\nNorth Bay\nEast Harbour\nMill Town\nOld Port\nThe summit opened on Monday with a long speech by the host.\n" => "These are the towns the storm hit first on Monday.\nNorth Bay\nEast Harbour\nMill Town\nOld Port\nThe summit opened on Monday with a long speech by the host.\n",
        nav_keeps_clean_article: "Storm hits the coast\nA powerful storm hit the coast on Monday, cutting power to thousands.\n" => "Storm hits the coast\n\nA powerful storm hit the coast on Monday, cutting power to thousands.\n",
    ]);
}
