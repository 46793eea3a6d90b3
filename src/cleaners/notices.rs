//! Removes notices: JavaScript-required, cookie consent, "Advertisement",
//! "Loading…", consent placeholders of embedded posts, newsletter and support appeals ("Enter your email…",
//! "Unterstützen Sie unseren Journalismus"), and template leftovers such as
//! `spot_img`.

use std::sync::LazyLock;

use regex::Regex;

use crate::{Category, Cleaner, Confidence, Document, Reason};

/// A single ASCII token that is a template identifier (`spot_img`,
/// `td_module_wrap`) or an unrendered template tag (`{{ title }}`).
static TEMPLATE_LEFTOVER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|\{\{[^{}]*\}\}|\{%[^{}]*%\}|\$\{[^{}]*\}|<%[^%]*%>)$")
        .expect("built-in TEMPLATE_LEFTOVER pattern is valid")
});

/// Longest line (in words) that a notice phrase can remove.
const MAX_NOTICE_WORDS: u32 = 40;

/// Removes notice lines.
///
/// A line goes when a notice phrase is the whole line ("Advertisement",
/// "إعلان"), when a notice phrase stands in a line of at most 40 words ("We
/// use cookies to…", "Please enable JavaScript…"), or when the line is a
/// single template identifier.
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

    fn clean(&self, doc: &mut Document<'_>) {
        let mut hits = Vec::new();
        let candidate =
            |_: &_, hits: &[crate::Hit], text: &str| !hits.is_empty() || (text.len() <= 64 && may_be_template(text));
        for line in doc.lines_where(candidate) {
            if line.is_whole(Category::Notice) {
                hits.push((line.id, Confidence::High, "notice phrase is the whole line"));
            } else if line.has(Category::Notice) && line.features.words <= MAX_NOTICE_WORDS {
                hits.push((line.id, Confidence::Medium, "notice phrase in a short line"));
            } else if line.text.len() <= 64
                && line.text.is_ascii()
                && may_be_template(line.text)
                && TEMPLATE_LEFTOVER.is_match(line.text)
            {
                hits.push((line.id, Confidence::High, "template leftover"));
            }
        }
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

    assert_cleaner!(NoticeCleaner, [
        notice_ad_en: "Advertisement\nBody text of the story.\n" => "Body text of the story.\n",
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
