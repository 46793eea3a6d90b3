//! Removes photo captions that end in an agency credit, and credit lines.

use crate::text::{self, Ending, Features};
use crate::{Category, Cleaner, Confidence, Document, Line, LineId, Reason};

/// Longest caption (words).
const MAX_CAPTION_WORDS: u32 = 35;
/// Longest "© Name" credit line (words).
const MAX_COPYRIGHT_CREDIT_WORDS: u32 = 8;
/// Words that may follow a credit at the end of a caption.
const MAX_CREDIT_TAIL_WORDS: usize = 6;
/// Longest credit line (words).
const MAX_CREDIT_WORDS: u32 = 15;
/// Most words of a credit naming a photographer and a picture library's
/// host ("Moa Karlberg/imagebank.example.se").
const MAX_HOST_CREDIT_WORDS: u32 = 4;
/// Longest caption next to credit lines: between two of them, or the one
/// sentence under a photographer's host credit (words).
const MAX_ADJACENT_CAPTION_WORDS: u32 = 15;
/// Fewest numbered slides ("1/50 …", "2/50 …") that make a slideshow.
const MIN_SLIDES: usize = 4;

/// The slide counter a line opens with ("12/50 Title", "3 / 8"): the
/// slide's number and the number of slides, the number within 1..=count.
/// `t` is a line's text, trimmed.
fn slide_counter(t: &str) -> Option<(u32, u32)> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(t);
    if !(1..=3).contains(&n) {
        return None;
    }
    let rest = t[n..].trim_start_matches(' ').strip_prefix('/')?.trim_start_matches(' ');
    let m = digits(rest);
    if !(1..=3).contains(&m) || rest[m..].chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let (k, count): (u32, u32) = (t[..n].parse().ok()?, rest[..m].parse().ok()?);
    (1..=count).contains(&k).then_some((k, count))
}

/// Lines of slideshows: runs of at least [`MIN_SLIDES`] slide counters
/// numbered one after the other out of the same count, with the captions
/// between them; the last slide keeps as many lines as the shortest slide
/// before it.
fn slideshows(doc: &Document<'_>) -> Vec<LineId> {
    // A short document (a snippet, a headline) is not read for counters.
    if doc.len() < MIN_SLIDES {
        return Vec::new();
    }
    let counters: Vec<(usize, (u32, u32))> = doc
        .all_texts()
        .enumerate()
        // A counter opens with a digit: other lines are not read.
        .filter(|(_, t)| t.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .filter_map(|(i, t)| slide_counter(t).map(|c| (i, c)))
        .collect();
    let mut out = Vec::new();
    let mut a = 0;
    while a < counters.len() {
        let mut b = a + 1;
        while b < counters.len() && counters[b].1 == (counters[b - 1].1.0 + 1, counters[a].1.1) {
            b += 1;
        }
        if b - a >= MIN_SLIDES {
            let shortest = counters[a..b].windows(2).map(|w| w[1].0 - w[0].0).min().unwrap_or(1);
            let end = (counters[b - 1].0 + shortest).min(doc.len());
            out.extend((counters[a].0..end).map(|i| LineId(i as u32)));
        }
        a = b;
    }
    out
}

/// Byte offset (in the folded line) of the last parenthesised group that
/// closes the line, if the line ends with one. Chinese and Japanese set
/// their groups in full-width parentheses ("（新华社记者 李明 摄）").
fn trailing_group_start(folded: &str) -> Option<usize> {
    let trimmed = folded.trim_end();
    let body = trimmed.strip_suffix([')', ']', '）'])?;
    body.rfind(['(', '[', '（'])
}

/// A short line whose last few words are a credit ("… Foto: ccnull/Marco
/// Verch", "… el 11 de febrero pasado. EFE"): at most [`MAX_CREDIT_TAIL_WORDS`]
/// words follow the last credit phrase, and that phrase is not at the start.
fn ends_with_credit(line: &Line<'_>) -> bool {
    let f = &line.features;
    if f.words > MAX_CAPTION_WORDS || f.chars as usize > crate::document::SCAN_PREFIX_CHARS {
        return false;
    }
    let credit = |h: &&crate::Hit| matches!(h.category, Category::Credit | Category::Copyright) && !h.at_start;
    let Some(last) = line.hits.iter().filter(credit).max_by_key(|h| h.end) else {
        return false;
    };
    let tail = &line.folded[last.end as usize..];
    let tail_words = tail.split(' ').filter(|t| t.chars().any(char::is_alphanumeric)).count();
    // The credit must close a sentence or a clause: punctuation right
    // before it ("… pasado. EFE", "… zu. – © Name", "… downtown. (Photo by
    // Jane Doe)") or a label with a colon.
    let before = line.folded[..last.start as usize].trim_end();
    // A label ("Photo:") or the © sign names the credit, also when the
    // credit is an agency of its own ("Photo: Getty Images").
    let is_label = |h: &crate::Hit| {
        let phrase = &line.folded[h.start as usize..h.end as usize];
        phrase.ends_with(':') || phrase.starts_with('©')
    };
    let label =
        is_label(last) || line.hits.iter().filter(credit).any(|h| h.end as usize == before.len() && is_label(h));
    // A credit naming its author ("Photo by") may open a parenthesis.
    let by = line.folded[last.start as usize..last.end as usize].ends_with(" by") && before.ends_with(['(', '[']);
    tail_words <= MAX_CREDIT_TAIL_WORDS && (label || by || before.ends_with(['.', '–', '-', '|', '/', ',']))
}

/// A caption under a figure label ("Abbildung: Vergleich auf dem
/// Gletscher. Links das Modell, rechts die Messung.", "Photo: Protesters
/// outside the court on Monday."): a line of at most [`MAX_CAPTION_WORDS`]
/// words opening with a credit label that ends with a colon, whatever its
/// ending. A longer paragraph opening with such a label stays.
fn is_labelled_caption(line: &Line<'_>) -> bool {
    line.features.words <= MAX_CAPTION_WORDS
        && line
            .hits
            .iter()
            .any(|h| h.category == Category::Credit && h.at_start && line.folded[..h.end as usize].ends_with(':'))
}

/// A credit naming a photographer and the host of a picture library, alone
/// on its line ("Moa Karlberg/imagebank.example.se"): two or three
/// capitalised name words, a slash, and a host name (no spaces, a dot, a
/// lower-case letters-only last label of 2 to 6 letters). The caller
/// checks the line (`text`, trimmed) has 2 to [`MAX_HOST_CREDIT_WORDS`]
/// words and an open ending.
fn is_host_credit(text: &str) -> bool {
    // The line ends with the host's last label and the dot before it:
    // read from the end first, as most lines end otherwise.
    let b = text.as_bytes();
    let label = b.iter().rev().take(7).take_while(|c| c.is_ascii_lowercase()).count();
    if !(2..=6).contains(&label) || b.len() == label || b[b.len() - label - 1] != b'.' {
        return false;
    }
    is_name_over_host(text)
}

/// [`is_host_credit`] read in full: the name words, the slash and the host.
fn is_name_over_host(text: &str) -> bool {
    let Some((name, host)) = text.rsplit_once('/') else { return false };
    let Some((domain, tld)) = host.rsplit_once('.') else { return false };
    let host_ok = !domain.is_empty()
        && !domain.ends_with('.')
        && domain.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase());
    let name_words = name.split(' ').count();
    host_ok
        && (2..=3).contains(&name_words)
        && name.split(' ').all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(|c| text::is_alphabetic(c) || c == '-')
        })
}

/// One short sentence ("Das Wasser aus Bächen kocht man lieber ab."): at
/// most [`MAX_ADJACENT_CAPTION_WORDS`] words, a terminal ending and no
/// sentence end before it.
fn is_one_short_sentence(text: &str, features: &Features) -> bool {
    let t = text.trim();
    features.words <= MAX_ADJACENT_CAPTION_WORDS
        && features.ending.is_terminal()
        && t.char_indices().all(|(i, c)| !matches!(c, '.' | '!' | '?') || !t[i + c.len_utf8()..].starts_with(' '))
}

fn is_caption(line: &Line<'_>) -> bool {
    let f = &line.features;
    // The folded prefix must hold the whole line to see how it ends.
    if f.words > MAX_CAPTION_WORDS || f.chars as usize > crate::document::SCAN_PREFIX_CHARS {
        return false;
    }
    let Some(open) = trailing_group_start(line.folded) else { return false };
    let credit_inside = line.hits.iter().any(|h| h.category == Category::Credit && h.start as usize > open);
    if !credit_inside {
        return false;
    }
    // A paragraph that happens to end with "(Reuters)" after several
    // sentences is prose, not a caption.
    let body = crate::text::Features::of(&line.folded[..open]);
    !(body.ending.is_terminal() && body.words > 20)
}

/// Removes captions and credits.
///
/// - a line of at most 35 words ending in a parenthesised credit — "Putin
///   and Kim in Pyongyang (Reuters)", "… (أ ف ب)", "(Photo: AFP/Getty)";
/// - a short line starting with a credit label ("Photo:", "تصوير:",
///   "Foto:") or made only of a credit ("Getty Images");
/// - a line of at most 35 words under a figure label that ends with a colon
///   ("Abbildung: Vergleich auf dem Gletscher. Links das Modell …"), even
///   when it is made of sentences;
/// - a photographer's credit naming a picture library's host ("Moa
///   Karlberg/imagebank.example.se") and the one short sentence under it;
/// - a line of at most 15 words between two credits or captions;
/// - a numbered slideshow: four or more slides in a row whose lines open
///   with a counter out of one count ("1/50 Title", "2/50 …"), with the
///   captions between them (the last slide: as many lines as the shortest
///   slide before it).
///
/// A paragraph of several sentences that ends with an agency name stays; so
/// does a sentence that merely mentions Reuters.
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::CaptionCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(CaptionCleaner).build()?;
/// let page = "Putin and Kim shake hands in Pyongyang (Reuters)\nPhoto: Jane Doe\nReuters reported that the talks lasted two hours.\n";
/// assert_eq!(p.clean(page).text(), "Reuters reported that the talks lasted two hours.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct CaptionCleaner;

impl Cleaner for CaptionCleaner {
    fn name(&self) -> &'static str {
        "captions"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut out: Vec<(LineId, Reason, Confidence, &'static str)> = Vec::new();
        for id in slideshows(doc) {
            out.push((id, Reason::Caption, Confidence::Medium, "slide of a numbered slideshow"));
        }
        let marked = |_: &_, hits: &[crate::Hit], _: &_| {
            hits.iter().any(|h| matches!(h.category, Category::Credit | Category::Copyright))
        };
        for line in doc.lines_where(marked) {
            let f = &line.features;
            if line.starts_with(Category::Copyright) && f.words <= MAX_COPYRIGHT_CREDIT_WORDS && !f.ending.is_terminal()
            {
                out.push((line.id, Reason::Credit, Confidence::Medium, "© and a name"));
            } else if !line.has(Category::Credit) {
                if ends_with_credit(&line) {
                    out.push((line.id, Reason::Caption, Confidence::Low, "short line ending with a credit"));
                }
            } else if line.is_whole(Category::Credit) {
                out.push((line.id, Reason::Credit, Confidence::High, "credit alone"));
            } else if line.starts_with(Category::Credit) && f.words <= MAX_CREDIT_WORDS && f.ending != Ending::Terminal
            {
                out.push((line.id, Reason::Credit, Confidence::Medium, "credit label"));
            } else if is_labelled_caption(&line) {
                out.push((line.id, Reason::Caption, Confidence::Low, "caption under a figure label"));
            } else if is_caption(&line) {
                out.push((line.id, Reason::Caption, Confidence::Medium, "caption ending in a credit"));
            } else if ends_with_credit(&line) {
                out.push((line.id, Reason::Caption, Confidence::Low, "short line ending with a credit"));
            }
        }
        let host_credit = |f: &Features, _: &[crate::Hit], text: &str| {
            (2..=MAX_HOST_CREDIT_WORDS).contains(&f.words) && f.ending == Ending::Open && is_host_credit(text)
        };
        for line in doc.lines_where(host_credit) {
            out.push((line.id, Reason::Credit, Confidence::Medium, "photographer and host"));
            let next = LineId(line.id.0 + 1);
            if next.index() < doc.len()
                && !doc.is_removed(next)
                && is_one_short_sentence(doc.text_of(next), doc.features_of(next))
            {
                out.push((next, Reason::Caption, Confidence::Low, "sentence under a photographer's credit"));
            }
        }
        // A short line between two credits or captions is the caption of
        // one of the pictures.
        out.sort_by_key(|o| o.0);
        let between: Vec<LineId> = out
            .windows(2)
            .filter(|w| w[1].0.0 == w[0].0.0 + 2)
            .map(|w| LineId(w[0].0.0 + 1))
            .filter(|&id| !doc.is_removed(id) && doc.features_of(id).words <= MAX_ADJACENT_CAPTION_WORDS)
            .collect();
        for id in between {
            out.push((id, Reason::Caption, Confidence::Low, "short line between two credits"));
        }
        for (id, reason, confidence, detail) in out {
            doc.remove_line_with(id, self.name(), reason, confidence, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    proptest::proptest! {
        #[test]
        fn host_credits_match_the_reference(s in "(Moa |x )?(Karlberg|é)/[a-z\\-]{0,3}\\.[a-z]{1,8}[A.0/]?|[a-zA-Z /.]{0,20}") {
            proptest::prop_assert_eq!(is_host_credit(&s), is_name_over_host(&s), "{:?}", s);
        }
    }

    assert_cleaner!(CaptionCleaner, [
        caption_closed_by_copyright_name: "Eine Fracking-Anlage im US-Bundesstaat Pennsylvania © Noah Addis\nBody text.\n" => "Body text.\n",
        caption_keeps_sentence_with_copyright_sign: "The sign © was registered by the firm in 1990 and is still used in every market today.\n" => "The sign © was registered by the firm in 1990 and is still used in every market today.\n",
        caption_label_before_agency_credit: "Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay\nBody.\n" => "Body.\n",
        caption_keeps_sentence_naming_a_credit_label: "Die Bilder stammen laut Angabe Foto: Pixabay und aus anderen Archiven, wie die Redaktion am Montag mitteilte.\n" => "Die Bilder stammen laut Angabe Foto: Pixabay und aus anderen Archiven, wie die Redaktion am Montag mitteilte.\n",
        caption_reuters: "Putin and Kim shake hands in Pyongyang (Reuters)\nBody text.\n" => "Body text.\n",
        caption_photographer_in_full_width_parentheses_zh: "图为某地敬老院。（新华社记者 李明 摄）\n正文。\n" => "正文。\n",
        caption_photographer_in_parentheses_zh: "图为某地敬老院 (记者 李明 摄)\n正文。\n" => "正文。\n",
        caption_keeps_sentence_on_photography_zh: "他在敬老院拍摄了很多照片（摄影展下月开幕）\n正文。\n" => "他在敬老院拍摄了很多照片（摄影展下月开幕）\n正文。\n",
        caption_keeps_long_paragraph_closed_by_a_credit_zh: "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失，许多农户的收成因此减少了一半以上。（新华社记者 李明 摄）\n" => "政府周二宣布了一系列措施，支持受干旱影响的农民。这场干旱已经在南方持续了几个月，造成了严重的损失，许多农户的收成因此减少了一半以上。（新华社记者 李明 摄）\n",
        caption_photo_by_in_parentheses: "A city bus waits at a stop downtown. (Photo by John Smith/City Times)\nBody text.\n" => "Body text.\n",
        caption_keeps_sentence_naming_a_photo_by: "The prize went to a photo by Jane Doe.\nBody text.\n" => "The prize went to a photo by Jane Doe.\nBody text.\n",
        caption_ar_afp: "الرئيس الروسي فلاديمير بوتين والزعيم الكوري الشمالي كيم جونغ أون (أ ف ب)\nالنص.\n" => "النص.\n",
        caption_photo_label: "Photo: Jane Doe for The Daily\nBody text.\n" => "Body text.\n",
        caption_photo_paren: "The leaders at the airport (Photo: AFP / Getty Images)\nBody text.\n" => "Body text.\n",
        caption_credit_alone: "Getty Images\nBody text.\n" => "Body text.\n",
        caption_figure_label_de: "Abbildung: Farblich codierte Schneehöhen im Mattertal\nBody text.\n" => "Body text.\n",
        caption_picture_label_de: "Beitragsbild: Stefan Mang\nBody text.\n" => "Body text.\n",
        caption_figure_sentence_de: "Abbildung: So sieht die Karte aus, die das Team im Winter jeden Tag neu berechnet.\nBody text.\n" => "Body text.\n",
        caption_figure_sentences_de: "Abbildung: Vergleich auf dem Gletscher. Links das Modell, rechts die Messung aus der Luft.\nBody text.\n" => "Body text.\n",
        caption_keeps_long_paragraph_after_label: "Foto: Das Bild zeigt nicht nur die Karte, sondern auch den Weg, den das Team im Winter jeden Tag gegangen ist, um die Messungen an den Stationen abzulesen, sie zu prüfen und am Abend in die Datenbank einzutragen, bevor der nächste Schnee fiel.\n" => "Foto: Das Bild zeigt nicht nur die Karte, sondern auch den Weg, den das Team im Winter jeden Tag gegangen ist, um die Messungen an den Stationen abzulesen, sie zu prüfen und am Abend in die Datenbank einzutragen, bevor der nächste Schnee fiel.\n",
        caption_keeps_figure_mentioned_in_prose: "Die Abbildung: eine Karte der Schneehöhen zeigt, wie stark der Winter war\n" => "Die Abbildung: eine Karte der Schneehöhen zeigt, wie stark der Winter war\n",
        caption_ar_label: "تصوير: أحمد علي\nالنص.\n" => "النص.\n",
        caption_keeps_prose_mentioning_agency: "Reuters reported that the talks lasted two hours.\n" => "Reuters reported that the talks lasted two hours.\n",
        caption_keeps_paragraph_ending_with_credit: "The two leaders met for two hours on Wednesday. They signed a pact on mutual defence and trade, aides said, and agreed to meet again next year in Moscow. (Reuters)\n" => "The two leaders met for two hours on Wednesday. They signed a pact on mutual defence and trade, aides said, and agreed to meet again next year in Moscow. (Reuters)\n",
        caption_credit_label_at_end: "In Gottesdiensten gilt FFP2-Maskenpflicht. Foto: ccnull/Marco Verch/cc by sa 2.0\nBody text.\n" => "Body text.\n",
        caption_agency_after_sentence: "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE\nBody text.\n" => "Body text.\n",
        caption_keeps_prose_naming_agency_midway: "The agency EFE said the penguins were counted in February by a team of twelve.\n" => "The agency EFE said the penguins were counted in February by a team of twelve.\n",
        caption_copyright_credit: "© Bundesrat | Frank Bräuer\nBody text.\n" => "Body text.\n",
        caption_polish_agency_credit: "PAP/ Jan Kowalski\nBody text.\n" => "Body text.\n",
        caption_keeps_sentence_opening_with_polish_agency: "PAP/Ipsos: sondaż pokazał w poniedziałek, że większość wyborców popiera nowy projekt ustawy.\n" => "PAP/Ipsos: sondaż pokazał w poniedziałek, że większość wyborców popiera nowy projekt ustawy.\n",
        caption_copyright_at_end: "Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com\nBody text.\n" => "Body text.\n",
        caption_keeps_copyright_sentence: "© 2024 is the year the law changed, and every publisher had to adapt its terms.\n" => "© 2024 is the year the law changed, and every publisher had to adapt its terms.\n",
        caption_keeps_parenthesis_without_credit: "The European Union (EU)\n" => "The European Union (EU)\n",
        caption_slideshow: "Body text.\n1/5 Port strike\nDock workers walked out on Monday.\n2/5 Oil falls\nPrices fell again.\nGetty\n3/5 Bank merger\nTwo lenders agreed to join.\n4/5 Car sales\nSales rose in May.\n5/5 Pier for sale\nThe old pier is on sale.\nMore body text.\n" => "Body text.\n\nMore body text.\n",
        caption_keeps_three_slides: "1/3 Port strike\nDock workers walked out on Monday.\n2/3 Oil falls\nPrices fell again.\n3/3 Bank merger\nTwo lenders agreed to join.\n" => "1/3 Port strike\n\nDock workers walked out on Monday.\n\n2/3 Oil falls\n\nPrices fell again.\n\n3/3 Bank merger\n\nTwo lenders agreed to join.\n",
        caption_host_credit_and_sentence: "The long paragraph of the article about the road trip goes on here.\nMoa Karlberg/imagebank.example.se\nThe water from the rivers is best boiled.\nPractical tips\n" => "The long paragraph of the article about the road trip goes on here.\n\nPractical tips\n",
        caption_keeps_sentences_under_host_credit: "Moa Karlberg/imagebank.example.se\nThe water from the rivers is best boiled. Tap water is safe to drink everywhere.\n" => "The water from the rivers is best boiled. Tap water is safe to drink everywhere.\n",
        caption_keeps_menu_pair_with_slash: "Kontakt/Impressum\nThe water from the rivers is best boiled.\n" => "Kontakt/Impressum\n\nThe water from the rivers is best boiled.\n",
        caption_between_two_credits: "© Jane Doe (KNA)\nLogo of the committee\n© John Roe (KNA)\nBody text.\n" => "Body text.\n",
        caption_keeps_long_paragraph_between_credits: "Photo: Jane Doe\nParties hosted at restaurants and clubs remove the need to clean up afterwards, and the staff take care of the guests all evening long.\nPhoto: John Roe\n" => "Parties hosted at restaurants and clubs remove the need to clean up afterwards, and the staff take care of the guests all evening long.\n",
        caption_photographer_credit_closing_arabic: "وزير الزراعة خلال المؤتمر الصحفي - (تصوير: أحمد علي)\nنص المقال.\n" => "نص المقال.\n",
        caption_photo_credit_closing_russian: "Заседание правительства. Фото: пресс-служба\nТекст статьи.\n" => "Текст статьи.\n",
        caption_photo_credit_closing_korean: "장관이 브리핑하고 있다. (사진=뉴스1)\n기사 본문.\n" => "기사 본문.\n",
        caption_keeps_arabic_sentence_on_filming: "وقال المخرج إن تصوير الفيلم استغرق عامين في ثلاث دول مختلفة.\n" => "وقال المخرج إن تصوير الفيلم استغرق عامين في ثلاث دول مختلفة.\n",
        caption_keeps_korean_paragraph_with_credit_mid_line: "정부는 21일 청년층의 주거 부담을 덜기 위한 종합 대책을 발표했다(사진=연합뉴스). 공공임대주택 공급 확대와 전세 대출 지원이 핵심이며, 정부는 2030년까지 청년용 공공임대주택 10만 가구를 공급하고 전세 대출 금리를 낮추기로 했다. 야당은 공급 목표가 지나치게 낮다며 실효성에 의문을 제기했다.\n" => "정부는 21일 청년층의 주거 부담을 덜기 위한 종합 대책을 발표했다(사진=연합뉴스). 공공임대주택 공급 확대와 전세 대출 지원이 핵심이며, 정부는 2030년까지 청년용 공공임대주택 10만 가구를 공급하고 전세 대출 금리를 낮추기로 했다. 야당은 공급 목표가 지나치게 낮다며 실효성에 의문을 제기했다.\n",
        caption_keeps_dates_and_scores: "01/19 We met again.\n02/19 We met twice.\n03/17 Then once.\n04/19 Then never.\n12/31 The end.\n" => "01/19 We met again.\n\n02/19 We met twice.\n\n03/17 Then once.\n\n04/19 Then never.\n\n12/31 The end.\n",
    ]);

    #[test]
    fn slide_counters() {
        assert_eq!(slide_counter("12/50 United goin down"), Some((12, 50)));
        assert_eq!(slide_counter("1 / 5"), Some((1, 5)));
        assert_eq!(slide_counter("6780/6850 Dollar"), None);
        assert_eq!(slide_counter("7/5 Title"), None);
        assert_eq!(slide_counter("3/4-inch pipe"), None);
        assert_eq!(slide_counter("24/7 news"), None);
    }
}
