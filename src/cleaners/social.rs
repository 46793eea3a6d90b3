//! Removes share / follow / subscribe widgets, runs of social network names
//! (also glued with no separators) and embedded-post notices.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{Ending, Features, is_word_char};
use crate::{Category, Cleaner, Confidence, Document, Hit, Line, LineId, Reason};

/// Share counters: `12 shares`, `1.2K Likes`, `3 تعليقات`.
static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d[\d.,]*\s*[km]?\s*(?:shares?|comments?|likes?|views?|reactions?|مشاركة|مشاركات|تعليق|تعليقات|مشاهدة|مشاهدات|partages?|commentaires?|compartidos?|comentarios?|kommentare?)$")
        .expect("built-in COUNTER pattern is valid")
});

/// Does `text` open with a digit of any script, as a [`COUNTER`] does?
/// Lines that do not are not matched against it.
fn opens_with_digit(text: &str) -> bool {
    text.chars().next().is_some_and(crate::text::is_numeric)
}

/// Attribution line of an embedded tweet: `— Name (@handle) June 1, 2024`.
static TWEET_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:pic\.twitter\.com/\S+\s*)?[—–-]\s*[^()\n]{1,80}\(@[A-Za-z0-9_]{1,15}\)")
        .expect("built-in TWEET_ATTRIBUTION pattern is valid")
});

/// Longest line (words) a share phrase at its start can remove.
const MAX_SHARE_WORDS: u32 = 10;
/// Longest call ending with an exclamation or question mark ("Folge uns
/// überall!") a share phrase at its start can remove, in words.
const MAX_SHARE_CALL_WORDS: u32 = 5;
/// Longest line (words) closed by a handle that the handle makes a
/// profile line ("Jane Doe is a senior writer. @janedoe"). A lone handle
/// (a reply's addressee, a tweet's author) is no profile line.
const MAX_HANDLE_LINE_WORDS: u32 = 40;
/// Longest handle after its `@`, in bytes.
const MAX_HANDLE_BYTES: usize = 15;
/// Longest embed notice line (words).
const MAX_EMBED_WORDS: u32 = 60;

/// Removes social widgets.
///
/// - a share / follow / subscribe phrase that is the whole line ("Share",
///   "Tweet", "شارك") or starts a short line ("Share on Facebook",
///   "Follow us on X", "تابعونا على") that is no sentence, or a call of at
///   most five words ("Folge uns überall!");
/// - a line made of network names only, spaced or glued
///   (`facebooktwitteryoutubeinstagram…`);
/// - embedded-post notices ("View this post on Instagram",
///   "عرض هذا المنشور على Instagram …") and tweet attribution lines;
/// - share counters ("12 shares");
/// - a profile line of two to 40 words closed by a social handle ("Jane
///   Doe is a senior writer for the Daily Paper. @janedoe").
///
/// Prose that mentions a network or the word "share" stays.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::SocialCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(SocialCleaner).build()?;
/// let out = p.clean("Share on Facebook\nFacebook Twitter WhatsApp\nShare prices fell on Monday.\n");
/// assert_eq!(out.text(), "Share prices fell on Monday.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct SocialCleaner;

/// Does every word-bearing token of the line contain a network or share
/// phrase, with at least one network name (or two hits)?
fn is_network_run(line: &Line<'_>) -> bool {
    let relevant = |h: &Hit| matches!(h.category, Category::Network | Category::Share);
    if !line.hits.iter().any(|h| h.category == Category::Network) {
        return false;
    }
    let mut covered_tokens = 0;
    for (range, token) in line.folded_tokens() {
        if !token.chars().any(is_word_char) {
            continue;
        }
        let letters_covered = line.covered_bytes(&range, relevant);
        let letters = token.chars().filter(|c| is_word_char(*c)).map(char::len_utf8).sum::<usize>();
        // A glued token must be mostly network names; a spaced one must hold one.
        if letters_covered == 0 || letters_covered * 2 < letters {
            return false;
        }
        covered_tokens += 1;
    }
    covered_tokens >= 1
        && (line.hits.iter().filter(|h| relevant(h)).nth(1).is_some()
            || line.hits.iter().any(|h| relevant(h) && h.whole))
}

/// Whether `text` holds "(@", as a tweet's attribution does: a memchr for
/// "@", which few lines have.
fn has_handle_in_parens(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'@', bytes).any(|i| i > 0 && bytes[i - 1] == b'(')
}

/// Longest tweet attribution line, in words.
const MAX_ATTRIBUTION_WORDS: u32 = 30;

/// Whether `text` may be a tweet's attribution (see [`TWEET_ATTRIBUTION`]):
/// it opens with a dash or a picture link ("pic.twitter.com/…") and holds
/// "(@". The opening is read first, so few lines are searched for "@".
fn may_be_attribution(text: &str) -> bool {
    // '—' and '–' are E2 80 94 and E2 80 93 in UTF-8.
    matches!(text.as_bytes(), [b'p' | b'-', ..] | [0xe2, 0x80, 0x93 | 0x94, ..]) && has_handle_in_parens(text)
}

/// Whether `text` ends with a social handle standing as a word of its own:
/// a space (or the line's start), `@`, then one to [`MAX_HANDLE_BYTES`]
/// ASCII letters, digits or underscores up to the end ("… writer for the
/// Daily Paper. @janedoe"). Only the line's last bytes are read, back to
/// the first that can be in no handle; an e-mail address
/// (`jane@example.com`) has no space before its `@`.
fn ends_with_handle(text: &str) -> bool {
    let b = text.as_bytes();
    let in_name = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let name = b.iter().rev().take(MAX_HANDLE_BYTES + 1).take_while(|c| in_name(c)).count();
    let Some(at) = b.len().checked_sub(name + 1) else { return false };
    (1..=MAX_HANDLE_BYTES).contains(&name) && b[at] == b'@' && (at == 0 || b[at - 1] == b' ')
}

impl Cleaner for SocialCleaner {
    fn name(&self) -> &'static str {
        "social"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        // Every test below needs an embed, share or network marker, or one
        // of these: a short line opening with a digit (a share counter,
        // "1.2k shares"), a tweet's attribution, or a profile line closed
        // by a handle. Lines with none are not viewed.
        let may_be_counter = |f: &Features, text: &str| f.chars <= 40 && f.digits > 0 && opens_with_digit(text);
        let may_be_tweet = |f: &Features, text: &str| f.words <= MAX_ATTRIBUTION_WORDS && may_be_attribution(text);
        let closed_by_handle =
            |f: &Features, text: &str| (2..=MAX_HANDLE_LINE_WORDS).contains(&f.words) && ends_with_handle(text);
        let candidate = |f: &Features, hits: &[Hit], text: &str| {
            hits.iter().any(|h| matches!(h.category, Category::Embed | Category::Share | Category::Network))
                || may_be_counter(f, text)
                || may_be_tweet(f, text)
                || closed_by_handle(f, text)
        };
        // Each line is judged on its own, so it is removed as soon as it is
        // judged: no list of removals is built (an allocation on every
        // document where one is found).
        for i in 0..doc.len() {
            let id = LineId(i as u32);
            let Some(line) = doc.kept_line_where(id, candidate) else { continue };
            let f = &line.features;
            let found = if line.starts_with(Category::Embed) && f.words <= MAX_EMBED_WORDS {
                (Reason::Embed, Confidence::High, "embedded-post notice")
            } else if line.is_whole(Category::Share) {
                (Reason::ShareWidget, Confidence::High, "share phrase is the whole line")
            } else if line.starts_with(Category::Share)
                && f.words <= MAX_SHARE_WORDS
                && (!f.ending.is_terminal() || (f.ending == Ending::Question && f.words <= MAX_SHARE_CALL_WORDS))
            {
                (Reason::ShareWidget, Confidence::Medium, "share phrase starts a short line")
            } else if !f.is_prose() && f.words <= 40 && is_network_run(&line) {
                (Reason::SocialLinks, Confidence::High, "network names only")
            } else if may_be_counter(f, line.text) && COUNTER.is_match(line.text) {
                (Reason::ShareWidget, Confidence::High, "share counter")
            } else if may_be_tweet(f, line.text) && TWEET_ATTRIBUTION.is_match(line.text) {
                (Reason::Embed, Confidence::Medium, "tweet attribution")
            } else if closed_by_handle(f, line.text) {
                (Reason::Notice, Confidence::Medium, "line closed by a social handle")
            } else {
                continue;
            };
            let (reason, confidence, detail) = found;
            doc.remove_line_with(id, self.name(), reason, confidence, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    #[test]
    fn a_handle_closes_the_line_after_a_space() {
        for t in ["Jane Doe @jane_doe", "@x", "writer. @JaneDoe2"] {
            assert!(ends_with_handle(t), "{t}");
        }
        for t in ["jane@example", "Jane Doe @", "Jane Doe @a_handle_far_too_long", "Jane Doe @jane.", "Jane", ""] {
            assert!(!ends_with_handle(t), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_counter_without_an_opening_digit(s in "[0-9٠-٩ .,kKmMa-z]{0,8}(shares|Likes|تعليقات|views)?") {
            proptest::prop_assert!(opens_with_digit(&s) || !COUNTER.is_match(&s));
        }
    }

    /// [`ends_with_handle`] as a search for the last `@` among the last bytes.
    fn ends_with_handle_reference(text: &str) -> bool {
        let b = text.as_bytes();
        if !b.last().is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_') {
            return false;
        }
        let tail = &b[b.len().saturating_sub(MAX_HANDLE_BYTES + 1)..];
        let Some(at) = tail.iter().rposition(|&c| c == b'@') else { return false };
        let at = b.len() - tail.len() + at;
        let name = &b[at + 1..];
        !name.is_empty()
            && name.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
            && (at == 0 || b[at - 1] == b' ')
    }

    proptest::proptest! {
        #[test]
        fn ends_with_handle_matches_the_reference(s in "[a@_ .é]{0,6}[a-c@_ 9]{0,20}") {
            proptest::prop_assert_eq!(ends_with_handle(&s), ends_with_handle_reference(&s), "{:?}", s);
        }

        #[test]
        fn no_attribution_without_its_opening(s in "(pic\\.twitter\\.com/x |[a-p]|[—–-]|«)?[—–\\- ]{0,2}[a-zA-Z ]{0,8}(\\(@[a-z_]{1,4}\\))?[a-z ]{0,4}") {
            proptest::prop_assert!(may_be_attribution(&s) || !TWEET_ATTRIBUTION.is_match(&s));
        }
    }

    #[test]
    fn patterns_compile() {
        LazyLock::force(&COUNTER);
        LazyLock::force(&TWEET_ATTRIBUTION);
    }

    assert_cleaner!(SocialCleaner, [
        social_share_whole: "Share\nBody.\n" => "Body.\n",
        social_share_on: "Share on Facebook\nBody.\n" => "Body.\n",
        social_share_by: "Share by email\nBody.\n" => "Body.\n",
        social_keeps_share_by_sentence: "Share by share, the fund sold its stake in the bank over the summer.\n" => "Share by share, the fund sold its stake in the bank over the summer.\n",
        social_follow_ar: "تابعونا على تويتر\nالنص.\n" => "النص.\n",
        social_glued_run: "facebooktwitteryoutubeinstagram-colored-outlinersswhatsapptelegramtiktok-colored-outline\nBody.\n" => "Body.\n",
        social_spaced_run: "Facebook Twitter LinkedIn Email\nBody.\n" => "Body.\n",
        social_single_network: "WhatsApp\nBody.\n" => "Body.\n",
        social_embed_ar: "عرض هذا المنشور على Instagram تمت مشاركة منشور بواسطة القدس البوصلة (@alqudsalbawsala)\nالنص.\n" => "النص.\n",
        social_embed_en: "View this post on Instagram\nA post shared by Jane (@jane)\nBody.\n" => "Body.\n",
        social_counter: "12 shares\nBody.\n" => "Body.\n",
        social_tweet_attr: "— Jane Doe (@jane) June 1, 2024\nBody.\n" => "Body.\n",
        social_share_pt: "Compartilhe\nCorpo.\n" => "Corpo.\n",
        social_share_de_wordpress: "Teilen Sie dies mit:\nText.\n" => "Text.\n",
        social_embed_de_du: "Sieh dir diesen Beitrag auf Instagram an\nText.\n" => "Text.\n",
        social_share_cs: "Sdílet článek\nText.\n" => "Text.\n",
        social_share_it: "Condividi\nTesto.\n" => "Testo.\n",
        social_follow_call_de: "Folge uns überall!\nText.\n" => "Text.\n",
        social_follow_call_en: "Follow us!\nBody.\n" => "Body.\n",
        social_keeps_long_follow_call: "Follow us on this journey through the years of war and peace!\n" => "Follow us on this journey through the years of war and peace!\n",
        social_keeps_compartilhe_prose: "Compartilhe suas ideias com a equipe antes da reunião, disse o diretor.\n" => "Compartilhe suas ideias com a equipe antes da reunião, disse o diretor.\n",
        social_keeps_share_prices: "Share prices fell sharply on Monday.\n" => "Share prices fell sharply on Monday.\n",
        social_keeps_network_headline: "Facebook sues Twitter over data\n" => "Facebook sues Twitter over data\n",
        social_keeps_follow_prose: "Follow the money, the detective told his team, and you will find the killer.\n" => "Follow the money, the detective told his team, and you will find the killer.\n",
        social_keeps_prose_mention: "الرئيس كتب على تويتر أن المحادثات كانت مثمرة.\n" => "الرئيس كتب على تويتر أن المحادثات كانت مثمرة.\n",
        social_keeps_follow_up_heading: "Follow-up questions\n" => "Follow-up questions\n",
        social_handle_profile: "Jane Doe is a senior writer for the Daily Paper. @janedoe\nBody.\n" => "Body.\n",
        social_handle_name: "Jane Doe @jane_doe\nBody.\n" => "Body.\n",
        social_keeps_email_at_end: "Write to the editors at letters@example.com\n" => "Write to the editors at letters@example.com\n",
        social_keeps_handle_mid_sentence: "She posted as @janedoe for years before the account was closed.\n" => "She posted as @janedoe for years before the account was closed.\n",
        social_keeps_lone_handle: "@janedoe\nBody.\n" => "@janedoe\nBody.\n",
    ]);
}
