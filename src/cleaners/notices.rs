//! Removes notices: JavaScript-required, cookie consent, "Advertisement",
//! "Loading…", headings of download sections ("Downloads", "Anhänge"),
//! consent placeholders of embedded posts, newsletter and support appeals
//! ("Enter your email…", "Unterstützen Sie unseren Journalismus"), links to
//! files ("Report (PDF, 245 KB)"), postal addresses and template leftovers
//! such as `spot_img`.

use std::sync::LazyLock;

use regex::Regex;

use crate::text::{self, Features};
use crate::{Category, Cleaner, Confidence, Document, LineId, Reason};

/// A single ASCII token that is a template identifier (`spot_img`,
/// `td_module_wrap`) or an unrendered template tag (`{{ title }}`).
static TEMPLATE_LEFTOVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}|<%[^%]*%>)$")
        .expect("built-in TEMPLATE_LEFTOVER pattern is valid")
});

/// Longest line (in words) that a notice phrase can remove.
const MAX_NOTICE_WORDS: u32 = 40;

/// Longest line (in words) that two notice phrases can remove (a
/// newsletter box's text: "Enter your email below … check your spam
/// folder").
const MAX_NOTICES_WORDS: u32 = 80;

/// Longest download link, in words ("Annual report 2021 (PDF, 2.4 MB)").
const MAX_DOWNLOAD_WORDS: u32 = 20;

/// Units of a file size ("245 KB", "1,2 MB", "298KB", "3 Mo").
const SIZE_UNITS: [&str; 13] = ["KB", "kB", "Kb", "MB", "Mb", "GB", "KiB", "MiB", "GiB", "Ko", "Mo", "Byte", "Bytes"];

/// File types (matched without case) that name what a download link
/// offers ("PDF", "report.docx", "Download").
const FILE_TYPES: [&str; 22] = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "epub", "zip", "csv", "mp3", "m4a",
    "opus", "ogg", "mp4", "jpg", "jpeg", "png", "download",
];

/// A link to a file: a short line that gives both a file type and a file
/// size ("Annual report (PDF, 245 KB)", "Download: mp3 (30 MB)",
/// "photo.jpg 344 KB"). A size alone ("71.1 MB", a table's figure) or a
/// type alone ("the PDF") is not enough.
fn is_download_link(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut sized, mut typed) = (false, false);
    // End of the last token, and whether it was all digits.
    let (mut prev_end, mut prev_digits) = (0, false);
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        // ASCII boundaries, so slicing is safe.
        let token = &text[start..i];
        let digits = token.bytes().take_while(u8::is_ascii_digit).count();
        let unit = SIZE_UNITS.contains(&&token[digits..]);
        sized |= unit && (digits > 0 || (prev_digits && matches!(&text[prev_end..start], " " | "\u{a0}")));
        typed |= FILE_TYPES.iter().any(|t| token.eq_ignore_ascii_case(t));
        if sized && typed {
            return true;
        }
        prev_end = i;
        prev_digits = digits == token.len();
    }
    false
}

/// Whether `text` has a file size: a number followed by a size unit,
/// directly or after a space ("245 KB", "298KB"). Units are found by their
/// first letter (`K`, `k`, `M`, `G`, `B`), so most lines with digits skip
/// [`is_download_link`] after a vectorised search.
fn may_give_size(text: &str) -> bool {
    let b = text.as_bytes();
    let after_digit = |i: usize| {
        let before = &b[..i];
        let number = before.strip_suffix(b" ").or_else(|| before.strip_suffix("\u{a0}".as_bytes())).unwrap_or(before);
        number.last().is_some_and(u8::is_ascii_digit)
    };
    let unit_at = |i: usize| {
        let len = b[i..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        SIZE_UNITS.contains(&&text[i..i + len])
    };
    memchr::memchr3_iter(b'K', b'M', b'G', b)
        .chain(memchr::memchr2_iter(b'k', b'B', b))
        .any(|i| after_digit(i) && unit_at(i))
}

/// What [`is_download_link`] needs of a line, tested first: a short line
/// with digits, no prose, that gives a file size.
fn may_be_download_link(f: &Features, text: &str) -> bool {
    f.digits > 0 && f.words <= MAX_DOWNLOAD_WORDS && !f.is_prose() && may_give_size(text)
}

/// What a postal address line ([`is_address_line`], or [`is_postal_city`]
/// under a street) needs, tested first: a short line of no prose with at
/// least four digits and no colon, that opens with a postal code (with or
/// without a country prefix: "10178", "D-10178", "CH-8600") or holds ", "
/// before one ("Bedriftsveien 7, 0950 Oslo").
fn may_be_address(f: &Features, text: &str) -> bool {
    let b = text.as_bytes();
    f.digits >= 4
        && f.words <= MAX_ADDRESS_WORDS
        && !f.is_prose()
        && (b.first().is_some_and(u8::is_ascii_digit)
            || b.get(1..3).is_some_and(|s| s.contains(&b'-'))
            || memchr::memchr_iter(b',', b).any(|i| b.get(i + 1) == Some(&b' ')))
        && !text.contains(':')
}

/// Longest postal address line, in words ("Bedriftsveien 7, 0950 Oslo").
const MAX_ADDRESS_WORDS: u32 = 7;

/// Longest street line, in words ("Rue de la Paix 12").
const MAX_STREET_WORDS: usize = 5;

/// A house number: one to four digits, perhaps with one letter ("3",
/// "12a").
fn is_house_number(token: &str) -> bool {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    (1..=4).contains(&digits) && token.len() - digits <= 1 && token[digits..].bytes().all(|b| b.is_ascii_lowercase())
}

/// A postal code and city, the whole of `text`: four or five digits,
/// perhaps after a country letter ("D-10178"), then at most three words
/// of a name with no digits or sentence punctuation ("10178 Berlin",
/// "I-39020 Kastelbell-Tschars", "60311 Frankfurt am Main").
fn is_postal_city(text: &str) -> bool {
    let code = match text.split_once('-') {
        Some((country, rest))
            if (1..=2).contains(&country.len()) && country.bytes().all(|b| b.is_ascii_uppercase()) =>
        {
            rest
        }
        _ => text,
    };
    let Some((code, city)) = code.split_once(' ') else { return false };
    (4..=5).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_digit())
        && city.chars().next().is_some_and(char::is_uppercase)
        && city.split(' ').count() <= 3
        && !city.chars().any(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '!' | '?' | ',' | ';'))
}

/// A street and house number: a short line that starts with a capital and
/// ends with the number ("Mühlendamm 3", "Rue de la Paix 12a").
fn is_street(text: &str) -> bool {
    let mut tokens = text.split(' ');
    let words = text.split(' ').count();
    (2..=MAX_STREET_WORDS).contains(&words)
        && text.chars().next().is_some_and(char::is_uppercase)
        && tokens.next_back().is_some_and(is_house_number)
        && !text.contains(':')
}

/// A postal address in one line: a street or post box with its number, a
/// comma, then the postal code and city ("Bedriftsveien 7, 0950 Oslo",
/// "113 Kalbakken, 0902 Oslo").
fn is_address_line(text: &str) -> bool {
    let Some((street, place)) = text.rsplit_once(", ") else { return false };
    let mut tokens = street.split(' ');
    let (first, last) = (tokens.next(), street.rsplit(' ').next());
    street.split(' ').count() <= MAX_STREET_WORDS
        && (first.is_some_and(is_house_number) || last.is_some_and(is_house_number))
        && street.chars().any(text::is_alphabetic)
        && is_postal_city(place)
}

/// Removes notice lines.
///
/// A line goes when a notice phrase is the whole line ("Advertisement",
/// "إعلان"), when a notice phrase stands in a line of at most 40 words ("We
/// use cookies to…", "Please enable JavaScript…") or two stand in a line
/// of at most 80 (a newsletter box's text), when the line is a
/// single template identifier, when it is a short link to a file with
/// its type and size ("Report (PDF, 245 KB)"), or when it is a postal
/// address: a street line over a postal code and city ("Mühlendamm 3",
/// "10178 Berlin"), or both in one line ("Bedriftsveien 7, 0950 Oslo").
///
/// # Example
///
/// ```
/// use newsclean::{cleaners::NoticeCleaner, PipelineBuilder};
///
/// let p = PipelineBuilder::empty().push(NoticeCleaner).build()?;
/// let out = p.clean("spot_img\nAdvertisement\nThe ad campaign was a success.\n");
/// assert_eq!(out.text(), "The ad campaign was a success.\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NoticeCleaner;

/// What [`TEMPLATE_LEFTOVER`] asks of a line, tested before the regex
/// runs: its first and last bytes, then one of `_ { % $`.
fn may_be_template(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (Some(first), Some(last)) = (bytes.first(), bytes.last()) else { return false };
    matches!(first, b'a'..=b'z' | b'{' | b'$' | b'<')
        && matches!(last, b'a'..=b'z' | b'0'..=b'9' | b'}' | b'>')
        && bytes.iter().any(|b| matches!(b, b'_' | b'{' | b'%' | b'$'))
}

impl Cleaner for NoticeCleaner {
    fn name(&self) -> &'static str {
        "notices"
    }

    fn applies(&self, doc: &Document<'_>) -> bool {
        doc.has_kept_lines()
    }

    fn clean(&self, doc: &mut Document<'_>) {
        let mut hits = Vec::new();
        // Views are built only for lines with a notice phrase, and for the
        // few short lines that may be a template leftover, a download link
        // or a postal address.
        let candidate = |f: &Features, hits: &[crate::Hit], text: &str| {
            hits.iter().any(|h| h.category == Category::Notice)
                || (text.len() <= 64 && may_be_template(text))
                || may_be_address(f, text)
                || may_be_download_link(f, text)
        };
        let mut addresses = Vec::new();
        for line in doc.lines_where(candidate) {
            if line.is_whole(Category::Notice) {
                hits.push((line.id, Confidence::High, "notice phrase is the whole line"));
            } else if line.has(Category::Notice) && line.features.words <= MAX_NOTICE_WORDS {
                hits.push((line.id, Confidence::Medium, "notice phrase in a short line"));
            } else if line.features.words <= MAX_NOTICES_WORDS
                && line.hits.iter().filter(|h| h.category == Category::Notice).nth(1).is_some()
            {
                hits.push((line.id, Confidence::Medium, "two notice phrases"));
            } else if line.text.len() <= 64
                && line.text.is_ascii()
                && may_be_template(line.text)
                && TEMPLATE_LEFTOVER.is_match(line.text)
            {
                hits.push((line.id, Confidence::High, "template leftover"));
            } else if may_be_download_link(&line.features, line.text) && is_download_link(line.text) {
                hits.push((line.id, Confidence::Medium, "link to a file, with its type and size"));
            } else if may_be_address(&line.features, line.text) && !line.has(Category::Date) {
                if is_address_line(line.text) {
                    addresses.push(line.id);
                } else if line.id.0 > 0 && is_postal_city(line.text) {
                    let street = LineId(line.id.0 - 1);
                    if is_street(doc.text_of(street)) && !doc.line(street).has(Category::Date) {
                        addresses.extend([street, line.id]);
                    }
                }
            }
        }
        hits.extend(addresses.into_iter().map(|id| (id, Confidence::Medium, "postal address")));
        for (id, confidence, detail) in hits {
            doc.remove_line_with(id, self.name(), Reason::Notice, confidence, detail);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_cleaner;

    #[test]
    fn patterns_compile() {
        LazyLock::force(&TEMPLATE_LEFTOVER);
    }

    #[test]
    fn the_template_gate_lets_every_leftover_through() {
        for t in ["article_body_text", "a_1", "{{ title }}", "{{}}", "{% block %}", "${name}", "<% x %>", "<%%>"] {
            assert!(TEMPLATE_LEFTOVER.is_match(t) && may_be_template(t), "{t}");
        }
        for t in ["Read more", "snake_case is fine here.", "50% off", "#hash_tag", "Price: $5"] {
            assert!(!may_be_template(t) && !TEMPLATE_LEFTOVER.is_match(t), "{t}");
        }
    }

    #[test]
    fn a_download_link_needs_a_file_type_and_a_size() {
        for t in [
            "Annual report 2021 (PDF, 245 KB)",
            "Informationsschreiben PDF | 38\u{a0}KB | Datei ist nicht barrierefrei",
            "Download: mp3 (30 MB) m4a (24 MB)",
            "photo_2021.jpg 344 KB",
            "Rapport annuel (pdf, 1,2 Mo)",
        ] {
            assert!(is_download_link(t), "{t}");
        }
        for t in ["245 KB", "298KB", "38\u{a0}KB", "1,2 Mo", "3 GB", "12 kB"] {
            assert!(may_give_size(t), "{t}");
        }
        for t in ["Kapitel 3", "2021", "KB 12", "3 h", "Rapport PDF", "12 Kommentare", "5 Min.", "3 Bilder"] {
            assert!(!may_give_size(t), "{t}");
        }
        for t in [
            "71.1 MB",
            "13.4 MB (-81%)",
            "Read the PDF",
            "12GB of RAM and a 1TB drive",
            "PDF 2021 KBA",
            "Bericht als PDF",
        ] {
            assert!(!is_download_link(t), "{t}");
        }
    }

    #[test]
    fn postal_addresses_are_told_from_years_and_dates() {
        for t in [
            "10178 Berlin",
            "D-10178 Berlin",
            "I-39020 Kastelbell-Tschars",
            "60528 Frankfurt am Main",
            "8200 Schaffhausen",
            "CH-8600 Dübendorf",
        ] {
            assert!(is_postal_city(t) && may_be_address(&Features::of(t), t), "{t}");
        }
        for t in [
            "2009 Fertigstellung von Haus 4 und 8",
            "1000 Euro Kredit sichern »",
            "2021 Planning underway.",
            "Berlin 10178",
        ] {
            assert!(!is_postal_city(t), "{t}");
        }
        for t in ["Mühlendamm 3", "Platz der Republik 1", "Lyoner Straße 9a"] {
            assert!(is_street(t), "{t}");
        }
        for t in ["Kapitel", "3 Berlin", "Tel: 12", "chapter 3"] {
            assert!(!is_street(t), "{t}");
        }
        for t in ["Bedriftsveien 7, 0950 Oslo", "113 Kalbakken, 0902 Oslo", "Venloer Straße 160, 50823 Köln"] {
            assert!(is_address_line(t) && may_be_address(&Features::of(t), t), "{t}");
        }
        for t in ["In Berlin, 2000 Menschen", "Seit Jahren, 2015 Berlin"] {
            assert!(!is_address_line(t), "{t}");
        }
    }

    #[test]
    fn two_notice_phrases_remove_a_longer_line_one_does_not() {
        let boxed = "Missing out on the latest news from our team? Enter your email below to receive future announcements direct to your inbox. An email confirmation will be sent before you will start receiving notifications - please check your spam folder if you do not receive it within a few minutes of signing up.";
        let single = "Missing out on the latest news from our team? Enter your email below to receive future announcements direct to your inbox. An email confirmation will be sent before you will start receiving notifications, so please look out for it in the next few minutes after signing up today.";
        let words = |t: &str| t.split_whitespace().count() as u32;
        assert!(words(boxed) > MAX_NOTICE_WORDS && words(boxed) <= MAX_NOTICES_WORDS);
        assert!(words(single) > MAX_NOTICE_WORDS);
        let p = crate::PipelineBuilder::empty().push(NoticeCleaner).build().expect("valid pipeline");
        assert_eq!(p.clean(&format!("Body.\n{boxed}\n")).text(), "Body.\n");
        let page = format!("Body.\n{single}\n");
        assert_eq!(p.clean(&page).report().len(), 0);
    }

    assert_cleaner!(NoticeCleaner, [
        notice_postal_address: "Text des Artikels.\nDeutscher Verband\nMühlendamm 3\n10178 Berlin\n" => "Text des Artikels.\nDeutscher Verband\n",
        notice_postal_address_in_one_line: "Body text.\nContact\nBedriftsveien 7, 0950 Oslo\n" => "Body text.\nContact\n",
        notice_keeps_a_timeline: "Chronik\n2008 Planung\n2009 Fertigstellung von Haus 4\n" => "Chronik\n2008 Planung\n2009 Fertigstellung von Haus 4\n",
        notice_keeps_a_date_with_a_name: "Body.\nNovember 21, 2022 Jules\nMore body.\n" => "Body.\nNovember 21, 2022 Jules\nMore body.\n",
        notice_keeps_a_labelled_address: "Das Museum zeigt Bilder.\nAdresse: Große Straße 1, 26721 Emden\n" => "Das Museum zeigt Bilder.\nAdresse: Große Straße 1, 26721 Emden\n",
        notice_download_link: "Body text of the story.\nThe full report (PDF, 245 KB)\nMore body text.\n" => "Body text of the story.\nMore body text.\n",
        notice_download_section_heading_de: "Text des Artikels.\nDownloadbereich\nBroschüre (PDF, 9 MB)\nOriginalpublikation\n" => "Text des Artikels.\n",
        notice_download_section_heading_en: "Body text of the story.\nAttachments\nMore body text.\nDownloads\n" => "Body text of the story.\nMore body text.\n",
        notice_download_section_heading_es_fr_pl: "Texto.\nDescargas\nTéléchargements\nDo pobrania\n" => "Texto.\n",
        notice_pdf_download_prompt_de: "Text des Artikels.\nDieses Skript als PDF herunterladen\n" => "Text des Artikels.\n",
        notice_keeps_download_in_prose: "Der Download der neuen App ist kostenlos, sagte der Sprecher.\nDownloads of the album doubled in a week.\n" => "Der Download der neuen App ist kostenlos, sagte der Sprecher.\nDownloads of the album doubled in a week.\n",
        notice_keeps_a_size_in_a_table: "Before\n71.1 MB\nAfter\n13.4 MB (-81%)\n" => "Before\n71.1 MB\nAfter\n13.4 MB (-81%)\n",
        notice_keeps_a_sentence_with_type_and_size: "The app now takes only 3MB on the phone, and the manual can be read as a PDF on the maker's site for free.\n" => "The app now takes only 3MB on the phone, and the manual can be read as a PDF on the maker's site for free.\n",
        notice_ad_en: "Advertisement\nBody text of the story.\n" => "Body text of the story.\n",
        notice_paywall_prompt_de: "Text des Artikels.\nWählen Sie Ihren Zugang und lesen Sie weiter:\nSie sind bereits Abonnent? Hier anmelden\n" => "Text des Artikels.\n",
        notice_paywall_prompt_en: "Body text of the story.\nSubscribe to continue reading.\nAlready a subscriber? Log in\n" => "Body text of the story.\n",
        notice_keeps_prose_about_subscribers: "Die Zeitung hat im vergangenen Jahr mehr Abonnenten gewonnen als erwartet, und der Zugang zum Archiv bleibt frei.\n" => "Die Zeitung hat im vergangenen Jahr mehr Abonnenten gewonnen als erwartet, und der Zugang zum Archiv bleibt frei.\n",
        notice_javascript_off_de: "Text des Artikels.\nAchtung! Du hast in deinem Browser Javascript deaktiviert.\n" => "Text des Artikels.\n",
        notice_keeps_javascript_in_prose_de: "Viele Nutzer haben JavaScript deaktiviert, um sich vor Werbung zu schützen.\n" => "Viele Nutzer haben JavaScript deaktiviert, um sich vor Werbung zu schützen.\n",
        notice_back_link: "Text des Artikels.\nZurück zur Übersicht\nMehr Text.\n" => "Text des Artikels.\nMehr Text.\n",
        notice_keeps_back_link_words_in_prose: "Zurück zur Übersicht der Ergebnisse: Die Partei verlor in allen Bezirken.\n" => "Zurück zur Übersicht der Ergebnisse: Die Partei verlor in allen Bezirken.\n",
        notice_ad_ar: "إعلان\nنص الخبر هنا.\n" => "نص الخبر هنا.\n",
        notice_spot_img: "Body text of the story.\nspot_img\n" => "Body text of the story.\n",
        notice_template_tag: "{{ article.title }}\nBody.\n" => "Body.\n",
        notice_js: "Please enable JavaScript to view the comments powered by Disqus.\nBody.\n" => "Body.\n",
        notice_cookies: "We use cookies to improve your experience. Accept\nBody.\n" => "Body.\n",
        notice_cookies_ar: "نستخدم ملفات تعريف الارتباط لتحسين تجربتك\nالنص.\n" => "النص.\n",
        notice_keeps_prose_about_ads: "The advertisement ran for weeks on national television.\n" => "The advertisement ran for weeks on national television.\n",
        notice_keeps_cookie_recipe: "Grandma baked cookies for the whole street every Sunday.\n" => "Grandma baked cookies for the whole street every Sunday.\n",
        notice_keeps_snake_case_in_prose: "The variable spot_img is set by the theme.\n" => "The variable spot_img is set by the theme.\n",
        notice_read_time_in_byline: "By Jane Doe Feb 8, 2020 5 min read\nBody.\n" => "Body.\n",
        notice_push_prompt_de: "Benachrichtigung aktivieren Dürfen wir Sie über die wichtigsten Nachrichten informieren?\nText.\n" => "Text.\n",
        notice_keeps_long_paragraph_with_min_read: "The guide is a 10 min read, and it walks through every step of the process in plain words, from buying the seeds and preparing the soil to planting, watering and the first harvest, with photos and a checklist for each stage so that nobody gets lost along the way, even on a first try.\n" => "The guide is a 10 min read, and it walks through every step of the process in plain words, from buying the seeds and preparing the soil to planting, watering and the first harvest, with photos and a checklist for each stage so that nobody gets lost along the way, even on a first try.\n",
        notice_keeps_plain_word: "Python\n" => "Python\n",
        notice_image_viewer_en: "Body.\nView this image ›\nClick to enlarge\nMore body.\n" => "Body.\nMore body.\n",
        notice_image_viewer_de: "Text.\nBild anzeigen Bild schließen\nVergrößern\nMehr Text.\n" => "Text.\nMehr Text.\n",
        notice_enlarge_hint_in_caption_de: "Text.\nDas Netz der Firmen. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0\nMehr Text.\n" => "Text.\nMehr Text.\n",
        notice_enlarge_hint_in_caption_en: "Body.\nThe new bridge seen from the river (click image to enlarge)\nMore body.\n" => "Body.\nMore body.\n",
        notice_no_guarantee_de: "Text.\n(Alle Angaben ohne Gewähr)\nMehr Text.\n" => "Text.\nMehr Text.\n",
        notice_keeps_enlarging_in_prose_de: "Wer zum Vergrößern der Karte auf das kleine Symbol klickt, sieht alle Wege im Tal.\n" => "Wer zum Vergrößern der Karte auf das kleine Symbol klickt, sieht alle Wege im Tal.\n",
        notice_keeps_image_viewer_words_in_prose_de: "Die Firma will ihr Werk vergrößern.\n" => "Die Firma will ihr Werk vergrößern.\n",
        notice_keeps_image_viewer_words_in_prose: "Visitors can view this image only in the museum's reading room.\n" => "Visitors can view this image only in the museum's reading room.\n",
        notice_newsletter_en: "Body text of the story.\nEnter your email to get the morning briefing.\n" => "Body text of the story.\n",
        notice_email_field_ar: "نص.\nأدخل بريدك الإلكتروني\nمزيد من النص.\n" => "نص.\nمزيد من النص.\n",
        notice_email_field_es: "Texto.\nIntroduce tu correo electrónico\nMás texto.\n" => "Texto.\nMás texto.\n",
        notice_email_field_de: "Text.\nIhre E-Mail-Adresse\nMehr Text.\n" => "Text.\nMehr Text.\n",
        notice_email_field_ru: "Текст.\nВаш e-mail\nЕщё текст.\n" => "Текст.\nЕщё текст.\n",
        notice_email_field_zh: "正文。\n请输入邮箱\n更多正文。\n" => "正文。\n更多正文。\n",
        notice_keeps_email_in_prose_ar: "وقالت الشركة إنها أرسلت رسالة إلى البريد الإلكتروني لكل عميل متضرر.\n" => "وقالت الشركة إنها أرسلت رسالة إلى البريد الإلكتروني لكل عميل متضرر.\n",
        notice_keeps_email_in_prose_de: "Die Behörde hatte Ihre E-Mail-Adresse nie gespeichert, sagte der Sprecher.\n" => "Die Behörde hatte Ihre E-Mail-Adresse nie gespeichert, sagte der Sprecher.\n",
        notice_newsletter_signup_en: "Body.\nBe the first to know by signing up to our newsletter!\n" => "Body.\n",
        notice_support_thanks_en: "Body.\nThank you for your support!\n" => "Body.\n",
        notice_newsletter_de: "Text.\nMelde dich jetzt für unseren Newsletter an und verpasse nichts.\n" => "Text.\n",
        notice_inbox_de: "Text.\nDie besten Geschichten der Woche direkt in deinen Posteingang.\n" => "Text.\n",
        notice_consent_de: "Text.\nIch akzeptiere die Datenschutzbestimmungen und möchte den Newsletter erhalten.\n" => "Text.\n",
        notice_support_de: "Text.\nGefällt Ihnen der Beitrag? Unterstützen Sie unseren Journalismus.\n" => "Text.\n",
        notice_newsletter_es: "Texto.\nSuscríbete a nuestro boletín y recibe las noticias del día.\n" => "Texto.\n",
        notice_newsletter_fr: "Texte.\nInscrivez-vous à notre newsletter pour ne rien manquer.\n" => "Texte.\n",
        notice_newsletter_ar: "النص.\nاشترك في النشرة البريدية لتصلك آخر الأخبار\n" => "النص.\n",
        notice_keeps_newsletter_in_prose: "The firm sent a newsletter to its customers on Monday, telling them that prices would rise.\n" => "The firm sent a newsletter to its customers on Monday, telling them that prices would rise.\n",
        notice_embed_consent_de: "Text.\nWir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.\nDatenschutzeinstellungen verwalten\n" => "Text.\n",
        notice_external_content_consent_de: "Text.\nIch bin damit einverstanden, dass mir externe Inhalte angezeigt werden.\n" => "Text.\n",
        notice_keeps_privacy_quote_in_a_paragraph_de: "Der Datenschutzbeauftragte sagte am Montag vor dem Ausschuss, viele Firmen schrieben zwar „Wir respektieren Ihre Privatsphäre“ auf ihre Seiten, hielten sich aber nicht daran, und er forderte deshalb strengere Kontrollen, höhere Bußgelder und eine eigene Behörde, die Beschwerden von Bürgern schneller und gründlicher als bisher bearbeiten soll.\n" => "Der Datenschutzbeauftragte sagte am Montag vor dem Ausschuss, viele Firmen schrieben zwar „Wir respektieren Ihre Privatsphäre“ auf ihre Seiten, hielten sich aber nicht daran, und er forderte deshalb strengere Kontrollen, höhere Bußgelder und eine eigene Behörde, die Beschwerden von Bürgern schneller und gründlicher als bisher bearbeiten soll.\n",
        notice_support_question_de: "Text.\nGefällt dir unser Magazin? Wir haben uns gegen eine Bezahlschranke entschieden.\nSie lesen gern unsere Seite?\n" => "Text.\n",
        notice_keeps_reading_habits_in_a_sentence_de: "Die Umfrage zeigt: Sie lesen gern Krimis, am liebsten abends im Bett.\n" => "Die Umfrage zeigt: Sie lesen gern Krimis, am liebsten abends im Bett.\n",
        notice_keeps_thanks_in_a_quote: "\"Thank you for your support over all these years,\" the coach told the fans after the final game.\n" => "\"Thank you for your support over all these years,\" the coach told the fans after the final game.\n",
        notice_keeps_long_paragraph_with_signup: "Readers who wanted the weekly digest could subscribe to our newsletter, the editor wrote in a long letter that looked back on ten years of the paper, its printing works, the move to the new building across the river, the people who left and the many who stayed through the hard winters of the early years and beyond.\n" => "Readers who wanted the weekly digest could subscribe to our newsletter, the editor wrote in a long letter that looked back on ten years of the paper, its printing works, the move to the new building across the river, the people who left and the many who stayed through the hard winters of the early years and beyond.\n",
    ]);
}
