//! Marker phrases: the per-language data the cleaners match against.
//!
//! A [`Lexicon`] holds phrases, each tagged with a [`Category`] (what kind of
//! junk it signals), a [`Scope`] (where in a line it must stand) and a
//! language tag. All phrases are folded with [`crate::text::fold`] and
//! compiled into Aho-Corasick automata (DFA kind) per script family:
//! Latin, Arabic-script, and the rest (Cyrillic, Greek, Chinese, Korean,
//! Devanagari, Thai…), phrases without letters going into each. A
//! line is scanned once by the automaton of each family it has letters of —
//! almost always one — so a document is scanned once for every phrase of
//! every language, whatever the number of phrases, and each scan runs over
//! a small automaton. Phrases that must open the line ([`Scope::Start`],
//! [`Scope::Whole`]) have automata of their own, tried only where the
//! line's first word can begin.
//!
//! The built-in phrases live in `src/lang/<code>.rs`, one file per language.
//! Users add their own with [`LexiconBuilder::phrase`] or
//! [`PipelineBuilder::marker`](crate::PipelineBuilder::marker).

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind, StartKind, dfa, nfa};

use crate::error::{Error, Result};
use crate::text::{fold, is_numeric, is_word_char, script_bits, scripts};

/// What kind of page furniture a marker phrase signals.
///
/// # Example
///
/// ```
/// use newsclean::{Category, Document};
///
/// let doc = Document::new("Share on Facebook\nTags: weather, storms\n");
/// let found: Vec<Vec<Category>> = doc.lines().map(|l| l.hits.iter().map(|h| h.category).collect()).collect();
/// assert_eq!(found, [vec![Category::Share, Category::Network], vec![Category::Keywords]]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Category {
    /// JavaScript / cookie / advertisement notices, template leftovers.
    Notice,
    /// Share, follow and subscribe widgets.
    Share,
    /// Social network names (matched even when glued together).
    Network,
    /// Embedded-post notices ("View this post on Instagram").
    Embed,
    /// "Read also", "Related articles", "More from …" labels.
    Related,
    /// "Source:" labels.
    Source,
    /// "Tags:" / "Keywords:" labels.
    Keywords,
    /// "Published on" / "Updated" labels.
    Published,
    /// Byline labels ("By", "بقلم").
    Byline,
    /// Opinion disclaimers ("The views expressed …").
    Disclaimer,
    /// Copyright notices ("All rights reserved").
    Copyright,
    /// Footer links ("Privacy policy", "Contact us").
    Footer,
    /// Navigation words ("Home", "Menu", section names).
    Nav,
    /// Photo credits and agency names ("Photo:", "(Reuters)").
    Credit,
    /// Comment-section headings ("Leave a comment").
    Comments,
    /// Month and weekday names (date lines are removed into metadata).
    Date,
    /// Verbs that say when a page was published or updated ("Updated",
    /// "Veröffentlicht", "입력"): a short line opening with one and
    /// holding only a date after it goes into metadata.
    Dated,
}

impl Category {
    /// Every category, in declaration order.
    ///
    /// ```
    /// use newsclean::{Category, Lexicon};
    ///
    /// assert!(Category::ALL.windows(2).all(|w| w[0] < w[1])); // declaration order
    /// let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
    /// assert_eq!(names[..3], ["notice", "share", "network"]);
    /// // The built-in lexicon has phrases of every category.
    /// let markers = Lexicon::builtin().markers();
    /// assert!(Category::ALL.iter().all(|&c| markers.iter().any(|m| m.category == c)));
    /// ```
    pub const ALL: [Category; 17] = [
        Category::Notice,
        Category::Share,
        Category::Network,
        Category::Embed,
        Category::Related,
        Category::Source,
        Category::Keywords,
        Category::Published,
        Category::Byline,
        Category::Disclaimer,
        Category::Copyright,
        Category::Footer,
        Category::Nav,
        Category::Credit,
        Category::Comments,
        Category::Date,
        Category::Dated,
    ];

    /// Stable snake_case name.
    ///
    /// ```
    /// assert_eq!(newsclean::Category::Related.name(), "related");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Category::Notice => "notice",
            Category::Share => "share",
            Category::Network => "network",
            Category::Embed => "embed",
            Category::Related => "related",
            Category::Source => "source",
            Category::Keywords => "keywords",
            Category::Published => "published",
            Category::Byline => "byline",
            Category::Disclaimer => "disclaimer",
            Category::Copyright => "copyright",
            Category::Footer => "footer",
            Category::Nav => "nav",
            Category::Credit => "credit",
            Category::Comments => "comments",
            Category::Date => "date",
            Category::Dated => "dated",
        }
    }
}

/// Where in a line a phrase must stand to count.
///
/// # Example
///
/// ```
/// use newsclean::{Category, Document, Lexicon, Scope};
///
/// let lexicon = Lexicon::builder()
///     .builtin(false)
///     .phrase("en", Category::Share, Scope::Anywhere, "tweet")
///     .phrase("*", Category::Network, Scope::Glued, "twitter")
///     .phrase("en", Category::Related, Scope::Start, "read more")
///     .phrase("en", Category::Nav, Scope::Whole, "home")
///     .build()?;
/// let page = "Send a tweet\nHe tweeted\nfacebooktwitter\nRead more: the vote\nYou can read more here\n» Home «\nHome prices rose\n";
/// let doc = Document::with_lexicon(page, &lexicon);
/// let matched: Vec<bool> = doc.lines().map(|l| !l.hits.is_empty()).collect();
/// assert_eq!(matched, [true, false, true, true, false, true, false]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Scope {
    /// Anywhere, on word boundaries.
    Anywhere,
    /// Anywhere, even glued to other words (social network names in
    /// `facebooktwitteryoutube`, menu items glued together).
    Glued,
    /// At the start of the line (after bullets and punctuation).
    Start,
    /// The whole line (bar punctuation, digits and bullets).
    Whole,
}

/// One built-in marker phrase.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BuiltinMarker {
    pub category: Category,
    pub scope: Scope,
    pub phrase: &'static str,
}

/// Shorthand used by the language files.
pub(crate) const fn m(category: Category, scope: Scope, phrase: &'static str) -> BuiltinMarker {
    BuiltinMarker { category, scope, phrase }
}

/// A compiled marker: the phrase as given (matching uses its folded form)
/// and its tags.
///
/// # Example
///
/// ```
/// use newsclean::{Category, Lexicon, Scope};
///
/// let lexicon = Lexicon::builder().builtin(false).phrase("nl", Category::Related, Scope::Start, "Lees ook").build()?;
/// let marker = &lexicon.markers()[0];
/// assert_eq!((&*marker.phrase, &*marker.lang), ("Lees ook", "nl")); // as given
/// assert_eq!((marker.category, marker.scope), (Category::Related, Scope::Start));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Marker {
    /// The phrase as given (not folded).
    pub phrase: Arc<str>,
    /// What it signals.
    pub category: Category,
    /// Where it must stand.
    pub scope: Scope,
    /// Language tag (`"ar"`, `"en"`, … or a user tag; `"*"` for any).
    pub lang: Arc<str>,
    /// Whether the phrase begins / ends with a word character (boundary
    /// checks apply only on those edges).
    pub(crate) word_start: bool,
    pub(crate) word_end: bool,
}

/// A set of marker phrases compiled into automata by script family and scope
/// (see the [module docs](self)).
///
/// Build one with [`Lexicon::builder`], or use [`Lexicon::builtin`] (every
/// built-in language). Cheap to clone (`Arc` inside).
///
/// # Example
///
/// ```
/// use newsclean::{Category, Lexicon, Scope};
///
/// let lexicon = Lexicon::builder()
///     .builtin(false)
///     .phrase("nl", Category::Related, Scope::Start, "lees ook")
///     .build()?;
/// assert_eq!(lexicon.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Lexicon {
    inner: Arc<LexiconInner>,
}

#[derive(Debug)]
struct LexiconInner {
    markers: Vec<Marker>,
    /// The automata of each script family, in the order of [`FAMILIES`].
    families: [Family; 3],
}

/// The script families, in the order of [`LexiconInner::families`].
const FAMILIES: [u8; 3] = [scripts::LATIN, scripts::ARABIC, scripts::OTHER];

/// The phrases of one script family, in two automata: those that may stand
/// anywhere in a line (scopes `Anywhere` and `Glued`), scanned over the
/// whole folded prefix, and those that must open the line (`Start` and
/// `Whole`), tried only where the line's first word can begin.
#[derive(Debug, Default)]
struct Family {
    anywhere: Option<Scanner>,
    opening: Option<Scanner>,
}

/// An automaton and the marker of each of its patterns.
#[derive(Debug)]
struct Scanner {
    automaton: FamilyAutomaton,
    markers: Vec<u32>,
}

/// A DFA, or a contiguous NFA: for the phrases that must open a line, and
/// for large user phrase sets (see [`DFA_PHRASES_LIMIT`]).
#[derive(Debug)]
enum FamilyAutomaton {
    Dfa(dfa::DFA),
    Nfa(nfa::contiguous::NFA),
}

impl Scanner {
    /// Compiles `patterns`, for unanchored scans or, with `anchored`, for
    /// anchored ones.
    fn new(
        patterns: &[&str],
        markers: Vec<u32>,
        anchored: bool,
    ) -> std::result::Result<Scanner, aho_corasick::BuildError> {
        let start = if anchored { StartKind::Anchored } else { StartKind::Unanchored };
        let size: usize = patterns.iter().map(|p| p.len()).sum();
        let nfa = || nfa::contiguous::Builder::new().match_kind(MatchKind::Standard).prefilter(false).build(patterns);
        let dfa =
            || dfa::Builder::new().match_kind(MatchKind::Standard).start_kind(start).prefilter(false).build(patterns);
        // An anchored scan takes a few steps from each line's start, through
        // states that differ from line to line: the compact NFA keeps them
        // in cache, where the DFA's rows (one per state, a slot for every
        // byte class) would spread over megabytes.
        let automaton = match (!anchored && size <= DFA_PHRASES_LIMIT).then(dfa) {
            Some(Ok(dfa)) => FamilyAutomaton::Dfa(dfa),
            _ => FamilyAutomaton::Nfa(nfa()?),
        };
        Ok(Scanner { automaton, markers })
    }

    /// Calls `each(marker, start, end)` for every match in `hay`, overlapping
    /// matches included.
    fn scan(&self, hay: &[u8], each: impl FnMut(u32, usize, usize)) {
        match &self.automaton {
            FamilyAutomaton::Dfa(a) => scan_with(a, &self.markers, hay, each),
            FamilyAutomaton::Nfa(a) => scan_with(a, &self.markers, hay, each),
        }
    }

    /// Calls `each(marker, end)` for every match in `hay` that starts at its
    /// first byte.
    fn scan_anchored(&self, hay: &[u8], each: impl FnMut(u32, usize)) {
        match &self.automaton {
            FamilyAutomaton::Dfa(a) => scan_anchored_with(a, &self.markers, hay, each),
            FamilyAutomaton::Nfa(a) => scan_anchored_with(a, &self.markers, hay, each),
        }
    }
}

/// Each walker of a long walk takes at least this many bytes (and at least
/// twice the longest pattern): a walk is split into as many parts as that
/// allows, up to [`MAX_WALKERS`].
const PART_BYTES: usize = 64;

/// The most automaton states walked at once over one walk.
const MAX_WALKERS: usize = 4;

/// Every match of `aut` in `hay`, one state transition per byte, in no
/// particular order.
///
/// Each transition waits for the previous one (a load from the automaton's
/// table), so a long `hay` is cut into parts walked at once, in step: the
/// walker of every part but the first starts `max_pattern_len` bytes before
/// its part (the automaton's state depends on no more bytes than that) and
/// reports only the matches that end inside its part.
#[inline]
fn scan_with<A: Automaton>(aut: &A, markers: &[u32], hay: &[u8], mut each: impl FnMut(u32, usize, usize)) {
    let Ok(start) = aut.start_state(Anchored::No) else { return };
    let mut report = |sid: StateID, end: usize| {
        for k in 0..aut.match_len(sid) {
            let pattern = aut.match_pattern(sid, k);
            each(markers[pattern.as_usize()], end - aut.pattern_len(pattern), end);
        }
    };
    let overlap = aut.max_pattern_len();
    match hay.len() / PART_BYTES.max(2 * overlap) {
        0 | 1 => scan_parts::<A, 1>(aut, hay, overlap, start, &mut report),
        2 => scan_parts::<A, 2>(aut, hay, overlap, start, &mut report),
        3 => scan_parts::<A, 3>(aut, hay, overlap, start, &mut report),
        _ => scan_parts::<A, MAX_WALKERS>(aut, hay, overlap, start, &mut report),
    }
}

/// [`scan_with`] by `N` walkers, one per part of `hay` (each at least
/// `overlap` bytes long when `N > 1`), calling `report(state, end)` for
/// each match state reached.
#[inline(always)]
fn scan_parts<A: Automaton, const N: usize>(
    aut: &A,
    hay: &[u8],
    overlap: usize,
    start: StateID,
    report: &mut impl FnMut(StateID, usize),
) {
    let part = hay.len() / N;
    // Walker `j` reports the matches ending past `bounds[j]` and up to
    // `ends[j]` (a match ends past its first byte, so the first walker,
    // from 0, reports all of its own), and walks from `at[j]`.
    let bounds: [usize; N] = std::array::from_fn(|j| j * part);
    let ends: [usize; N] = std::array::from_fn(|j| if j + 1 == N { hay.len() } else { (j + 1) * part });
    let mut at: [usize; N] = std::array::from_fn(|j| if j == 0 { 0 } else { bounds[j] - overlap });
    let mut sid = [start; N];
    if N > 1 {
        loop {
            let steps = (0..N).map(|j| ends[j] - at[j]).min().unwrap_or(0);
            if steps == 0 {
                break;
            }
            let found = to_next_match_of(aut, hay, &mut sid, &mut at, steps);
            for j in 0..N {
                if found[j] && at[j] > bounds[j] {
                    report(sid[j], at[j]);
                }
            }
        }
    }
    for j in 0..N {
        while let Some(s) = to_next_match(aut, sid[j], &hay[..ends[j]], &mut at[j]) {
            sid[j] = s;
            if at[j] > bounds[j] {
                report(s, at[j]);
            }
        }
    }
}

/// [`to_next_match`] for `N` walkers in step, walker `j` over
/// `hay[at[j]..at[j] + steps]`, until any reaches a match state or all
/// reach their ends; returns which reached a match state. `N` independent
/// chains of loads keep the memory busy.
#[inline(never)]
// `k` indexes the `N` parts at once.
#[allow(clippy::needless_range_loop)]
fn to_next_match_of<A: Automaton, const N: usize>(
    aut: &A,
    hay: &[u8],
    sid: &mut [StateID; N],
    at: &mut [usize; N],
    steps: usize,
) -> [bool; N] {
    let parts: [&[u8]; N] = std::array::from_fn(|j| &hay[at[j]..at[j] + steps]);
    let mut s = *sid;
    let mut walked = steps;
    let mut found = [false; N];
    for k in 0..steps {
        for j in 0..N {
            s[j] = aut.next_state(Anchored::No, s[j], parts[j][k]);
        }
        if s.iter().any(|&x| aut.is_special(x)) {
            found = s.map(|x| aut.is_special(x) && aut.is_match(x));
            if found.contains(&true) {
                walked = k + 1;
                break;
            }
        }
    }
    *sid = s;
    for a in at.iter_mut() {
        *a += walked;
    }
    found
}

/// The scripts a line is scanned for: a line without letters holds only
/// phrases without letters, which every family's automaton has.
fn effective_scripts(scripts: u8) -> u8 {
    if scripts & scripts::ALL == 0 { scripts::LATIN } else { scripts }
}

/// Puts the hits of one line, `hits[first..]`, in the order one automaton
/// of every phrase gives: by end, then longest first, then in the
/// lexicon's order. A phrase without letters, in every family, is found
/// once per family scanned: copies go.
#[inline(always)]
fn order_hits(hits: &mut Vec<Hit>, first: usize) {
    // Most lines have no hit, or one.
    if hits.len() - first > 1 {
        sort_hits(hits, first);
    }
}

/// [`order_hits`] for two hits or more.
#[inline(never)]
fn sort_hits(hits: &mut Vec<Hit>, first: usize) {
    hits[first..].sort_unstable_by_key(|h| (h.end, h.start, h.marker));
    let mut kept = first + 1;
    for i in first + 1..hits.len() {
        let (a, b) = (hits[kept - 1], hits[i]);
        if (a.end, a.start, a.marker) != (b.end, b.start, b.marker) {
            hits[kept] = b;
            kept += 1;
        }
    }
    hits.truncate(kept);
}

/// Runs `aut` from state `sid` over `hay[*at..]` to the next match state,
/// and leaves `*at` just past the byte that reached it. Kept out of line so
/// that the loop, where all the time goes, holds its state in registers.
#[inline(never)]
fn to_next_match<A: Automaton>(aut: &A, mut sid: StateID, hay: &[u8], at: &mut usize) -> Option<StateID> {
    let mut i = *at;
    // Two bytes a step, with one branch for both states in the common case
    // (neither is special).
    while let Some(&[b0, b1]) = hay.get(i..i + 2) {
        let s0 = aut.next_state(Anchored::No, sid, b0);
        let s1 = aut.next_state(Anchored::No, s0, b1);
        if aut.is_special(s0) | aut.is_special(s1) {
            if aut.is_special(s0) && aut.is_match(s0) {
                *at = i + 1;
                return Some(s0);
            }
            if aut.is_special(s1) && aut.is_match(s1) {
                *at = i + 2;
                return Some(s1);
            }
        }
        sid = s1;
        i += 2;
    }
    if let Some(&b) = hay.get(i) {
        sid = aut.next_state(Anchored::No, sid, b);
        if aut.is_special(sid) && aut.is_match(sid) {
            *at = i + 1;
            return Some(sid);
        }
    }
    *at = hay.len();
    None
}

/// Every match of the anchored automaton `aut` that starts at `hay[0]`,
/// until no pattern can continue.
#[inline]
fn scan_anchored_with<A: Automaton>(aut: &A, markers: &[u32], hay: &[u8], mut each: impl FnMut(u32, usize)) {
    let Ok(mut sid) = aut.start_state(Anchored::Yes) else { return };
    for (i, &b) in hay.iter().enumerate() {
        sid = aut.next_state(Anchored::Yes, sid, b);
        if !aut.is_special(sid) {
            continue;
        }
        if aut.is_dead(sid) {
            return;
        }
        if aut.is_match(sid) {
            let end = i + 1;
            for k in 0..aut.match_len(sid) {
                let pattern = aut.match_pattern(sid, k);
                // A state's matches include shorter phrases ending here,
                // which start later: those are found from their own start.
                if aut.pattern_len(pattern) == end {
                    each(markers[pattern.as_usize()], end);
                }
            }
        }
    }
}

/// Total size of user phrases accepted by [`LexiconBuilder::build`].
///
/// ```
/// use newsclean::{Category, Error, Lexicon, Scope, lexicon::USER_PHRASES_LIMIT};
///
/// let huge = "x".repeat(USER_PHRASES_LIMIT + 1);
/// let err = Lexicon::builder().builtin(false).phrase("en", Category::Nav, Scope::Whole, &huge).build().unwrap_err();
/// assert!(matches!(err, Error::LexiconTooLarge { size, limit } if size > limit && limit == USER_PHRASES_LIMIT));
/// ```
pub const USER_PHRASES_LIMIT: usize = 1 << 20;

static BUILTIN: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::builder().compile().expect("built-in marker phrases are valid"));

impl Lexicon {
    /// A builder starting from the built-in phrases of every language.
    ///
    /// ```
    /// use newsclean::{Category, Document, Lexicon, Scope};
    ///
    /// let lexicon = Lexicon::builder().phrase("nl", Category::Related, Scope::Start, "Lees ook").build()?;
    /// assert_eq!(lexicon.len(), Lexicon::builtin().len() + 1); // the built-in phrases and one more
    /// let doc = Document::with_lexicon("Lees ook: de begroting\nRead also: the budget\n", &lexicon);
    /// assert!(doc.lines().all(|l| l.starts_with(Category::Related)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// The built-in lexicon (every built-in language), compiled once.
    ///
    /// ```
    /// assert!(newsclean::Lexicon::builtin().len() > 300);
    /// ```
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// Number of phrases.
    ///
    /// ```
    /// use newsclean::{Category, Lexicon, Scope};
    ///
    /// let lexicon = Lexicon::builder()
    ///     .builtin(false)
    ///     .phrase("de", Category::Footer, Scope::Anywhere, "Kontakt")
    ///     .phrase("pl", Category::Footer, Scope::Anywhere, "kontakt") // the same phrase once folded
    ///     .phrase("en", Category::Footer, Scope::Anywhere, "Contact us")
    ///     .build()?;
    /// assert_eq!(lexicon.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn len(&self) -> usize {
        self.inner.markers.len()
    }

    /// True when the lexicon has no phrase.
    ///
    /// ```
    /// use newsclean::{Document, Lexicon};
    ///
    /// let empty = Lexicon::builder().builtin(false).build()?;
    /// assert!(empty.is_empty() && !Lexicon::builtin().is_empty());
    /// let doc = Document::with_lexicon("Share on Facebook\n", &empty);
    /// assert!(doc.lines().next().unwrap().hits.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.inner.markers.is_empty()
    }

    /// The marker with index `id` (as found in [`Hit::marker`]).
    ///
    /// ```
    /// use newsclean::Document;
    ///
    /// let doc = Document::new("Share on Facebook\n");
    /// let line = doc.lines().next().unwrap();
    /// let phrases: Vec<&str> = line.hits.iter().map(|h| &*doc.lexicon().marker(h.marker).phrase).collect();
    /// assert_eq!(phrases, ["share on", "facebook"]);
    /// ```
    pub fn marker(&self, id: u32) -> &Marker {
        &self.inner.markers[id as usize]
    }

    /// Every marker, in index order.
    ///
    /// ```
    /// use newsclean::{Category, Lexicon};
    ///
    /// let related_ar: Vec<&str> = Lexicon::builtin()
    ///     .markers()
    ///     .iter()
    ///     .filter(|m| &*m.lang == "ar" && m.category == Category::Related)
    ///     .map(|m| &*m.phrase)
    ///     .collect();
    /// assert!(related_ar.contains(&"إقرأ أيضا"));
    /// ```
    pub fn markers(&self) -> &[Marker] {
        &self.inner.markers
    }

    /// Finds the markers in one folded line and appends them to `hits`, in
    /// order of their end (then longest first). `folded` must come from
    /// [`crate::text::fold_into`], and `scripts` hold the script family of
    /// every letter in it (see [`scripts_of`]; more bits only cost time).
    pub(crate) fn scan_line(&self, folded: &str, scripts: u8, hits: &mut Vec<Hit>) {
        let first = hits.len();
        let scripts = effective_scripts(scripts);
        let bytes = folded.as_bytes();
        for (family, automata) in FAMILIES.iter().zip(&self.inner.families) {
            if scripts & family == 0 {
                continue;
            }
            if let Some(anywhere) = &automata.anywhere {
                anywhere.scan(bytes, |id, start, end| {
                    if let Some(hit) = self.check(folded, id, start, end) {
                        hits.push(hit);
                    }
                });
            }
        }
        self.scan_opening(folded, scripts, hits);
        order_hits(hits, first);
    }

    /// The phrases that must open the line (see [`Lexicon::scan_line`]):
    /// appends their hits to `hits`, in no particular order.
    fn scan_opening(&self, folded: &str, scripts: u8, hits: &mut Vec<Hit>) {
        // A phrase that must open the line starts before its first word
        // character (only punctuation and bullets may precede it).
        let first_word = if folded.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric) {
            0
        } else {
            folded.char_indices().find(|&(_, c)| is_word_char(c)).map_or(folded.len(), |(i, _)| i)
        };
        let bytes = folded.as_bytes();
        for (family, automata) in FAMILIES.iter().zip(&self.inner.families) {
            if scripts & family == 0 {
                continue;
            }
            let Some(opening) = &automata.opening else { continue };
            let mut scan = |start: usize| {
                opening.scan_anchored(&bytes[start..], |id, len| {
                    if let Some(hit) = self.check(folded, id, start, start + len) {
                        hits.push(hit);
                    }
                });
            };
            // Most lines open with their first word.
            if first_word > 0 {
                folded[..first_word].char_indices().for_each(|(start, _)| scan(start));
            }
            scan(first_word);
        }
    }

    /// [`Lexicon::scan_line`] for many folded lines: `folded` holds the
    /// lines, each followed by a line feed, and `lines[i]` is the range of
    /// line `i` in `folded` and the scripts of its letters. Appends the hits
    /// of every line to `hits`, line after line, and pushes the range of
    /// each line's hits in `hits` to `line_hits`. `found` is scratch (each
    /// hit of a phrase found anywhere, with its line), left empty.
    ///
    /// The phrases that may stand anywhere are found by one walk of each
    /// family's automaton over every run of consecutive lines of its
    /// scripts, line feeds included (no phrase holds one, and the automaton
    /// is back at its start after one): long walks keep several walkers busy
    /// where lines are short.
    pub(crate) fn scan_lines(
        &self,
        folded: &str,
        lines: &[(std::ops::Range<u32>, u8)],
        found: &mut Vec<(u32, Hit)>,
        hits: &mut Vec<Hit>,
        line_hits: &mut Vec<std::ops::Range<u32>>,
    ) {
        let bytes = folded.as_bytes();
        found.clear();
        for (family, automata) in FAMILIES.iter().zip(&self.inner.families) {
            let Some(anywhere) = &automata.anywhere else { continue };
            let of_family = |k: usize| effective_scripts(lines[k].1) & family != 0;
            let mut k = 0;
            while k < lines.len() {
                if !of_family(k) {
                    k += 1;
                    continue;
                }
                let first = k;
                while k < lines.len() && of_family(k) {
                    k += 1;
                }
                let run = &lines[first..k];
                let base = run[0].0.start as usize;
                let end = run[run.len() - 1].0.end as usize;
                anywhere.scan(&bytes[base..end], |id, start, stop| {
                    let (start, stop) = (base + start, base + stop);
                    // The line where the match starts: the last to start
                    // at or before it.
                    let j = first + run.partition_point(|(r, _)| r.start as usize <= start) - 1;
                    let r = &lines[j].0;
                    let (from, to) = (r.start as usize, r.end as usize);
                    if stop > to {
                        return;
                    }
                    if let Some(hit) = self.check(&folded[from..to], id, start - from, stop - from) {
                        found.push((j as u32, hit));
                    }
                });
            }
        }
        found.sort_unstable_by_key(|&(j, _)| j);
        let mut next = 0;
        for (j, (range, scripts)) in lines.iter().enumerate() {
            let first = hits.len();
            while let Some(&(_, hit)) = found.get(next).filter(|&&(k, _)| k as usize == j) {
                hits.push(hit);
                next += 1;
            }
            let line = &folded[range.start as usize..range.end as usize];
            self.scan_opening(line, effective_scripts(*scripts), hits);
            order_hits(hits, first);
            line_hits.push(first as u32..hits.len() as u32);
        }
        found.clear();
    }

    /// The hit for a match of marker `id` at `start..end` in the folded
    /// line `folded`, if the marker's scope accepts it there.
    #[inline]
    fn check(&self, folded: &str, id: u32, start: usize, end: usize) -> Option<Hit> {
        let marker = &self.inner.markers[id as usize];
        let bounded_start = !marker.word_start || !folded[..start].chars().next_back().is_some_and(is_word_char);
        let bounded_end = !marker.word_end || !folded[end..].chars().next().is_some_and(is_word_char);
        let bounded = bounded_start && bounded_end;
        if !bounded && marker.scope != Scope::Glued {
            // Every other scope needs word boundaries.
            return None;
        }
        // Opening the line needs word boundaries, and covering it needs
        // opening it: the rest of the line is read only as far as it
        // decides.
        let lead_ok = bounded && folded[..start].chars().all(|c| !is_word_char(c));
        let trail_ok = lead_ok && folded[end..].chars().all(|c| !is_word_char(c) || is_numeric(c));
        accepted(marker, id, start..end, bounded, lead_ok, trail_ok)
    }
}

/// The hit of `marker` (index `id`) at `range`, if its scope accepts a
/// match there: on word boundaries (`bounded`), opening the line
/// (`at_start`, on word boundaries too) or covering it (`whole`, opening
/// it too).
#[inline]
fn accepted(
    marker: &Marker,
    id: u32,
    range: std::ops::Range<usize>,
    bounded: bool,
    at_start: bool,
    whole: bool,
) -> Option<Hit> {
    let ok = match marker.scope {
        Scope::Glued => true,
        Scope::Anywhere => bounded,
        Scope::Start => at_start,
        Scope::Whole => whole,
    };
    ok.then_some(Hit {
        marker: id,
        category: marker.category,
        scope: marker.scope,
        start: range.start as u32,
        end: range.end as u32,
        at_start,
        whole,
        bounded,
    })
}

/// Builds a [`Lexicon`].
///
/// # Example
///
/// ```
/// use newsclean::{Category, Lexicon, Scope};
///
/// let lexicon = Lexicon::builder()
///     .languages(["en"])
///     .phrase("nl", Category::Related, Scope::Start, "Lees ook")
///     .build()?;
/// assert!(lexicon.markers().iter().all(|m| ["en", "nl", "*"].contains(&&*m.lang)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct LexiconBuilder {
    builtin: bool,
    languages: Option<Vec<String>>,
    user: Vec<(String, Category, Scope, String)>,
}

impl Default for LexiconBuilder {
    fn default() -> Self {
        LexiconBuilder { builtin: true, languages: None, user: Vec::new() }
    }
}

impl LexiconBuilder {
    /// Whether to include the built-in phrases.
    ///
    /// # Defaults
    ///
    /// `true`.
    ///
    /// ```
    /// use newsclean::{Category, Document, Lexicon, Scope};
    ///
    /// let only_mine = Lexicon::builder().builtin(false).phrase("nl", Category::Related, Scope::Start, "Lees ook").build()?;
    /// assert_eq!(only_mine.len(), 1);
    /// let doc = Document::with_lexicon("Read also: the budget\n", &only_mine);
    /// assert!(doc.lines().next().unwrap().hits.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn builtin(&mut self, yes: bool) -> &mut Self {
        self.builtin = yes;
        self
    }

    /// Restricts the built-in phrases to these language codes (see
    /// [`crate::LANGUAGES`]: `"ar"`, `"en"`, `"fr"`, `"es"`, `"de"`, `"pl"`,
    /// `"pt"`, `"it"`, `"cs"`, `"zh"`, `"ja"`, `"th"`; language-neutral
    /// phrases are always kept). User phrases are never filtered.
    ///
    /// # Defaults
    ///
    /// Every built-in language.
    ///
    /// ```
    /// use newsclean::{Category, Document, Lexicon};
    ///
    /// let french = Lexicon::builder().languages(["fr"]).build()?;
    /// assert!(french.markers().iter().all(|m| &*m.lang == "fr" || &*m.lang == "*"));
    /// let doc = Document::with_lexicon("Lire aussi : le budget\nRead also: the budget\n", &french);
    /// let related: Vec<bool> = doc.lines().map(|l| l.has(Category::Related)).collect();
    /// assert_eq!(related, [true, false]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn languages<I, S>(&mut self, langs: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.languages = Some(langs.into_iter().map(Into::into).collect());
        self
    }

    /// Adds one phrase. Matching folds it like the text (case, Arabic letter
    /// variants, diacritics), so give it as written.
    ///
    /// ```
    /// use newsclean::{Category, Document, Lexicon, Scope};
    ///
    /// let lexicon = Lexicon::builder().builtin(false).phrase("ar", Category::Related, Scope::Start, "إقرأ أيضاً").build()?;
    /// // Written without hamza or tanween, the line still matches.
    /// let doc = Document::with_lexicon("اقرا ايضا: الميزانية\n", &lexicon);
    /// assert!(doc.lines().next().unwrap().starts_with(Category::Related));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn phrase(&mut self, lang: &str, category: Category, scope: Scope, phrase: &str) -> &mut Self {
        self.user.push((lang.to_owned(), category, scope, phrase.to_owned()));
        self
    }

    /// Compiles the phrases.
    ///
    /// # Errors
    ///
    /// [`Error::EmptyPhrase`] for a phrase that folds to nothing,
    /// [`Error::LexiconTooLarge`] when user phrases exceed
    /// [`USER_PHRASES_LIMIT`] bytes, [`Error::Automaton`] if the automaton
    /// cannot be built.
    ///
    /// ```
    /// use newsclean::{Category, Error, Lexicon, Scope};
    ///
    /// let lexicon = Lexicon::builder().builtin(false).phrase("en", Category::Footer, Scope::Anywhere, "Contact us").build()?;
    /// assert_eq!(lexicon.len(), 1);
    /// // Spaces and a diacritic fold to nothing.
    /// let err = Lexicon::builder().phrase("ar", Category::Related, Scope::Start, " \u{64b} ").build().unwrap_err();
    /// assert!(matches!(err, Error::EmptyPhrase { .. }));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn build(&self) -> Result<Lexicon> {
        if self.builtin && self.languages.is_none() && self.user.is_empty() {
            return Ok(Lexicon::builtin().clone());
        }
        self.compile()
    }

    fn compile(&self) -> Result<Lexicon> {
        let mut set = MarkerSet::default();
        if self.builtin {
            for (lang, table) in crate::lang::TABLES {
                if let Some(keep) = &self.languages {
                    if *lang != "*" && !keep.iter().any(|k| k == lang) {
                        continue;
                    }
                }
                let lang: Arc<str> = Arc::from(*lang);
                for b in table.iter() {
                    let folded = fold(b.phrase);
                    set.push(folded, b.phrase.into(), b.category, b.scope, lang.clone());
                }
            }
        }
        let size: usize = self.user.iter().map(|u| u.3.len()).sum();
        if size > USER_PHRASES_LIMIT {
            return Err(Error::LexiconTooLarge { size, limit: USER_PHRASES_LIMIT });
        }
        for (lang, category, scope, phrase) in &self.user {
            let folded = fold(phrase);
            if folded.is_empty() {
                return Err(Error::EmptyPhrase { rule: format!("marker ({}, {})", lang, category.name()) });
            }
            set.push(folded, phrase.as_str().into(), *category, *scope, lang.as_str().into());
        }
        let MarkerSet { markers, patterns, .. } = set;
        // Each pattern goes to the family of its letters (Arabic first, then
        // other scripts, for the rare phrase mixing two), or to every family
        // when it has none; within the family, to the automaton of its scope.
        type Patterns<'p> = (Vec<&'p str>, Vec<u32>);
        let mut sets: [[Patterns<'_>; 2]; 3] = Default::default();
        for (id, (pattern, marker)) in patterns.iter().zip(&markers).enumerate() {
            let bits = scripts_of(pattern);
            let home = [scripts::ARABIC, scripts::OTHER, scripts::LATIN].into_iter().find(|&f| bits & f != 0);
            let opening = usize::from(matches!(marker.scope, Scope::Start | Scope::Whole));
            for (family, set) in FAMILIES.iter().zip(&mut sets) {
                if home.is_none_or(|h| h == *family) {
                    set[opening].0.push(pattern);
                    set[opening].1.push(id as u32);
                }
            }
        }
        let mut families: [Family; 3] = Default::default();
        for (family, [anywhere, opening]) in families.iter_mut().zip(sets) {
            let build = |(pats, ids): Patterns<'_>, anchored| {
                (!pats.is_empty()).then(|| Scanner::new(&pats, ids, anchored)).transpose().map_err(Error::Automaton)
            };
            family.anywhere = build(anywhere, false)?;
            family.opening = build(opening, true)?;
        }
        Ok(Lexicon { inner: Arc::new(LexiconInner { markers, families }) })
    }
}

/// The script families of the letters of a folded text (see
/// [`Lexicon::scan_line`]).
pub(crate) fn scripts_of(folded: &str) -> u8 {
    folded.chars().fold(0, |bits, c| bits | script_bits(c))
}

/// Phrase sets up to this many bytes are compiled to a DFA for scans of
/// whole lines (fastest to scan); larger user sets use a contiguous NFA,
/// which builds in a fraction of the time and memory. Phrases that must
/// open a line always use one.
///
/// ```
/// use newsclean::{Category, Document, Lexicon, Scope, lexicon::DFA_PHRASES_LIMIT};
///
/// let phrases: Vec<String> = (0..2300).map(|i| format!("advertisement slot number {i}")).collect();
/// assert!(phrases.iter().map(String::len).sum::<usize>() > DFA_PHRASES_LIMIT);
/// let mut builder = Lexicon::builder();
/// for phrase in &phrases {
///     builder.phrase("en", Category::Notice, Scope::Whole, phrase);
/// }
/// let lexicon = builder.build()?; // a larger set builds a different automaton, and matches the same
/// let doc = Document::with_lexicon("Advertisement slot number 2041\n", &lexicon);
/// assert!(doc.lines().next().unwrap().is_whole(Category::Notice));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const DFA_PHRASES_LIMIT: usize = 64 * 1024;

/// One Aho-Corasick automaton over `patterns`, of the kind their size calls
/// for (see [`DFA_PHRASES_LIMIT`]).
pub(crate) fn automaton(
    patterns: &[String],
    match_kind: MatchKind,
) -> std::result::Result<AhoCorasick, aho_corasick::BuildError> {
    let size: usize = patterns.iter().map(String::len).sum();
    let kind = if size <= DFA_PHRASES_LIMIT { AhoCorasickKind::DFA } else { AhoCorasickKind::ContiguousNFA };
    AhoCorasickBuilder::new()
        .kind(Some(kind))
        .match_kind(match_kind)
        .build(patterns)
        .or_else(|_| AhoCorasickBuilder::new().match_kind(match_kind).build(patterns))
}

/// Markers being collected, with their folded patterns, each phrase once
/// per (category, scope).
#[derive(Default)]
struct MarkerSet {
    markers: Vec<Marker>,
    patterns: Vec<String>,
    seen: HashSet<(String, Category, Scope)>,
}

impl MarkerSet {
    fn push(&mut self, folded: String, phrase: Arc<str>, category: Category, scope: Scope, lang: Arc<str>) {
        // The same phrase listed by two languages would report every match
        // twice.
        if !self.seen.insert((folded.clone(), category, scope)) {
            return;
        }
        // Scripts without spaces have no word boundaries to check.
        let edge = |c: Option<char>| c.is_some_and(|c| is_word_char(c) && !crate::text::is_unspaced_script(c));
        let word_start = edge(folded.chars().next());
        let word_end = edge(folded.chars().next_back());
        self.markers.push(Marker { phrase, category, scope, lang, word_start, word_end });
        self.patterns.push(folded);
    }
}

/// One marker phrase found in a line. Offsets are byte offsets into the
/// line's folded text ([`Line::folded`](crate::Line::folded)).
///
/// # Example
///
/// ```
/// use newsclean::{Category, Document, Scope};
///
/// let doc = Document::new("Read also: Storm warning for Tuesday\n");
/// let line = doc.lines().next().unwrap();
/// let related = line.hits[0];
/// assert_eq!((related.category, related.scope), (Category::Related, Scope::Start));
/// assert_eq!(&line.folded[related.start as usize..related.end as usize], "read also");
/// assert!(related.at_start && related.bounded && !related.whole);
/// assert!(line.has(Category::Date)); // "tuesday", anywhere in the line
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the marker in the document's [`Lexicon`].
    pub marker: u32,
    /// The marker's category.
    pub category: Category,
    /// The marker's scope.
    pub scope: Scope,
    /// Start in the folded line.
    pub start: u32,
    /// End in the folded line.
    pub end: u32,
    /// Only punctuation, digits or bullets stand before the phrase.
    pub at_start: bool,
    /// The phrase is the whole line (bar punctuation, digits and bullets).
    pub whole: bool,
    /// The phrase stands on word boundaries.
    pub bounded: bool,
}

impl Hit {
    /// Length of the match in folded bytes.
    ///
    /// ```
    /// use newsclean::{Category, Document};
    ///
    /// let doc = Document::new("إقرأ أيضاً: عنوان\n");
    /// let line = doc.lines().next().unwrap();
    /// let hit = line.hit(Category::Related).unwrap();
    /// assert_eq!(&line.folded[..hit.len()], "اقرا ايضا");
    /// assert_eq!(hit.len(), 17); // "إقرأ أيضاً" is 19 bytes: the tanween is not folded in
    /// ```
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// Always false: a hit matches at least one character.
    ///
    /// ```
    /// use newsclean::Document;
    ///
    /// let doc = Document::new("Share on Facebook\nTags: weather\n");
    /// let hits: Vec<_> = doc.lines().flat_map(|l| l.hits.iter()).collect();
    /// assert_eq!(hits.len(), 3);
    /// assert!(hits.iter().all(|h| !h.is_empty()));
    /// ```
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(lex: &Lexicon, line: &str) -> Vec<(Category, bool)> {
        let mut folded = String::new();
        crate::text::fold_into(line, usize::MAX, &mut folded);
        let mut out = Vec::new();
        lex.scan_line(&folded, scripts_of(&folded), &mut out);
        out.iter().map(|h| (h.category, h.whole)).collect()
    }

    #[test]
    fn builtin_compiles_and_has_every_language() {
        let lex = Lexicon::builtin();
        for lang in ["ar", "en", "fr", "es", "de"] {
            assert!(lex.markers().iter().filter(|m| &*m.lang == lang).count() > 30, "{lang}");
        }
        for lang in ["zh", "ja", "th"] {
            assert!(lex.markers().iter().filter(|m| &*m.lang == lang).count() > 10, "{lang}");
        }
    }

    #[test]
    fn matching_ignores_arabic_variants() {
        let lex = Lexicon::builtin();
        assert!(hits(lex, "إقرأ أيضاً:").contains(&(Category::Related, true)));
        assert!(hits(lex, "اقرا ايضا").contains(&(Category::Related, true)));
        assert!(hits(lex, "READ ALSO").contains(&(Category::Related, true)));
    }

    #[test]
    fn boundaries_apply_to_anywhere_not_to_glued() {
        let lex = Lexicon::builder()
            .builtin(false)
            .phrase("*", Category::Share, Scope::Anywhere, "tweet")
            .phrase("*", Category::Network, Scope::Glued, "twitter")
            .build()
            .unwrap();
        assert!(hits(&lex, "he tweeted").is_empty());
        assert_eq!(hits(&lex, "a tweet").len(), 1);
        assert_eq!(hits(&lex, "facebooktwitteryoutube").len(), 1);
    }

    #[test]
    fn whole_and_start_scopes() {
        let lex = Lexicon::builder()
            .builtin(false)
            .phrase("en", Category::Nav, Scope::Whole, "home")
            .phrase("en", Category::Related, Scope::Start, "read more")
            .build()
            .unwrap();
        assert_eq!(hits(&lex, "Home").len(), 1);
        assert_eq!(hits(&lex, "» Home «").len(), 1);
        assert!(hits(&lex, "Home prices rose").is_empty());
        assert_eq!(hits(&lex, "Read more: the budget").len(), 1);
        assert!(hits(&lex, "You can read more here").is_empty());
    }

    #[test]
    fn unspaced_scripts_need_no_word_boundary() {
        let lex = Lexicon::builtin();
        assert!(hits(lex, "【関連記事】").contains(&(Category::Related, true)));
        assert!(hits(lex, "相关文章推荐").iter().any(|(c, _)| *c == Category::Related));
        assert!(hits(lex, "อ่านต่อ").iter().any(|(c, _)| *c == Category::Related));
    }

    #[test]
    fn a_phrase_listed_twice_matches_once() {
        let lex = Lexicon::builder()
            .builtin(false)
            .phrase("de", Category::Footer, Scope::Anywhere, "Kontakt")
            .phrase("pl", Category::Footer, Scope::Anywhere, "kontakt")
            .build()
            .unwrap();
        assert_eq!(lex.len(), 1);
        assert_eq!(hits(&lex, "Kontakt").len(), 1);
    }

    #[test]
    fn empty_phrase_is_an_error() {
        let err = Lexicon::builder().phrase("ar", Category::Related, Scope::Start, " \u{064b} ").build().unwrap_err();
        assert!(matches!(err, Error::EmptyPhrase { .. }));
    }

    #[test]
    fn language_filter_keeps_only_chosen_languages() {
        let lex = Lexicon::builder().languages(["ar"]).build().unwrap();
        assert!(lex.markers().iter().all(|m| &*m.lang == "ar" || &*m.lang == "*"));
        assert!(!lex.is_empty());
    }

    /// One automaton of every built-in phrase, as the lexicon scanned with
    /// before it kept one automaton per family.
    static ONE: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let patterns: Vec<String> = Lexicon::builtin().markers().iter().map(|m| fold(&m.phrase)).collect();
        automaton(&patterns, MatchKind::Standard).unwrap()
    });

    /// The built-in lexicon's hits in `folded` by one overlapping scan of
    /// [`ONE`].
    fn one_automaton_hits(folded: &str) -> Vec<Hit> {
        let lexicon = Lexicon::builtin();
        ONE.find_overlapping_iter(folded)
            .filter_map(|m| lexicon.check(folded, m.pattern().as_u32(), m.start(), m.end()))
            .collect()
    }

    /// Lines of every script, mixed scripts, no letters, and letterless
    /// phrases inside lines of each script.
    const MIXED: &str = "Share on Facebook\nإقرأ أيضاً: عنوان\nTags: a, b\nم ه ص\n【関連記事】北京\n\
        شارك على Facebook و Twitter\nREAD MORE اقرأ المزيد 関連記事\n© 2024 — 12:30\n|\n»»\n\
        Photo: AFP / مصدر: رويترز\nแชร์ Facebook\nHome | News | أخبار | 新闻\n";

    #[test]
    fn family_scans_find_what_one_automaton_finds() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts = vec![MIXED.to_owned()];
        for sub in [dir.clone(), dir.join("bench")] {
            for entry in std::fs::read_dir(&sub).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned());
                }
            }
        }
        assert!(texts.len() > 100);
        let mut multi = 0;
        for text in &texts {
            let doc = crate::Document::new(text);
            for line in doc.all_lines() {
                assert_eq!(line.hits, &one_automaton_hits(line.folded)[..], "{:?}", line.text);
                multi += usize::from((scripts_of(line.folded) & scripts::ALL).count_ones() > 1);
            }
        }
        assert!(multi > 10, "lines of mixed scripts were scanned by several automata: {multi}");
    }

    proptest::proptest! {
        #[test]
        fn family_scans_match_one_automaton_on_mixed_lines(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "share", "facebook", "اقرأ أيضا", "أخبار", "関連記事", "北京", "©", "|", " ", ": ", "-", "2024",
                "read more", "ص", "م", "news", "แชร์", "x", "ad", "مصدر", "source", "photo",
            ][..]), 0..80)
        ) {
            let line: String = parts.concat();
            let lexicon = Lexicon::builtin();
            let mut folded = String::new();
            crate::text::fold_into(&line, crate::document::SCAN_PREFIX_CHARS, &mut folded);
            let mut got = Vec::new();
            lexicon.scan_line(&folded, scripts_of(&folded), &mut got);
            proptest::prop_assert_eq!(got, one_automaton_hits(&folded));
        }
    }

    /// [`Lexicon::check`] as first written: every test on the whole line.
    fn check_reference(lexicon: &Lexicon, folded: &str, id: u32, start: usize, end: usize) -> Option<Hit> {
        let marker = lexicon.marker(id);
        let bounded_start = !marker.word_start || !folded[..start].chars().next_back().is_some_and(is_word_char);
        let bounded_end = !marker.word_end || !folded[end..].chars().next().is_some_and(is_word_char);
        let bounded = bounded_start && bounded_end;
        let lead_ok = folded[..start].chars().all(|c| !is_word_char(c));
        let trail_ok = folded[end..].chars().all(|c| !is_word_char(c) || is_numeric(c));
        accepted(marker, id, start..end, bounded, bounded && lead_ok, bounded && lead_ok && trail_ok)
    }

    proptest::proptest! {
        #[test]
        fn check_matches_the_reference(
            parts in proptest::collection::vec(proptest::sample::select(&[
                "share", "facebook", "اقرأ أيضا", "أخبار", "関連記事", "©", "|", " ", ": ", "-", "2024", "home",
                "read more", "ص", "news", "x", "ad", "مصدر", "source", "photo", "»", "twitter", "tags:", "12",
            ][..]), 0..24)
        ) {
            let line: String = parts.concat();
            let lexicon = Lexicon::builtin();
            let mut folded = String::new();
            crate::text::fold_into(&line, crate::document::SCAN_PREFIX_CHARS, &mut folded);
            for m in ONE.find_overlapping_iter(&folded) {
                let (id, start, end) = (m.pattern().as_u32(), m.start(), m.end());
                proptest::prop_assert_eq!(
                    lexicon.check(&folded, id, start, end),
                    check_reference(lexicon, &folded, id, start, end)
                );
            }
        }
    }

    #[test]
    fn no_built_in_phrase_that_stands_anywhere_is_one_letter() {
        // One letter matches inside most words: every match would be checked
        // and dropped, at a cost on every line.
        for m in Lexicon::builtin().markers() {
            let folded = fold(&m.phrase);
            let one_letter = folded.chars().count() == 1 && folded.chars().all(crate::text::is_letter);
            let anywhere = matches!(m.scope, Scope::Anywhere | Scope::Glued);
            assert!(!(one_letter && anywhere), "{:?} ({}, {:?})", m.phrase, m.lang, m.scope);
        }
    }

    #[test]
    fn walkers_find_a_phrase_across_every_part_boundary() {
        // A line long enough for every walker, whatever the longest phrase.
        let longest = Lexicon::builtin().markers().iter().map(|m| fold(&m.phrase).len()).max().unwrap();
        let len = MAX_WALKERS * 2 * longest.max(PART_BYTES) + 64;
        // "photo: afp" (credit) and "facebook" (glued) at every word offset
        // in Latin and Arabic lines, shifted by every byte of a word.
        for (fill, phrase) in
            [("word ", "photo: afp"), ("word ", "facebook"), ("كلمة ", "صحيفة الاتحاد"), ("x", "twitter")]
        {
            let words = len / fill.len();
            for shift in 0..fill.chars().count() {
                for offset in 0..words {
                    let line =
                        format!("{}{}{phrase} {}", "z".repeat(shift), fill.repeat(offset), fill.repeat(words - offset));
                    let mut folded = String::new();
                    crate::text::fold_into(&line, usize::MAX, &mut folded);
                    assert!(folded.len() >= len);
                    let mut got = Vec::new();
                    Lexicon::builtin().scan_line(&folded, scripts_of(&folded), &mut got);
                    assert_eq!(got, one_automaton_hits(&folded), "{line:?}");
                }
            }
        }
    }
}
