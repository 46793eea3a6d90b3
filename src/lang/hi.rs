//! Hindi markers.

use crate::lexicon::{BuiltinMarker, Category::*, Scope::*, m};

pub(crate) const MARKERS: &[BuiltinMarker] = &[
    // Notices.
    m(Notice, Whole, "विज्ञापन"),
    // Share widgets.
    m(Share, Whole, "शेयर"),
    m(Share, Whole, "शेयर करें"),
    m(Share, Whole, "इसे शेयर करें"),
    m(Share, Whole, "लिंक कॉपी करें"),
    // Related articles.
    m(Related, Start, "ये भी पढ़ें"),
    m(Related, Start, "यह भी पढ़ें"),
    m(Related, Start, "इसे भी पढ़ें"),
    m(Related, Start, "ये भी पढ़ें:"),
    m(Related, Start, "संबंधित खबरें"),
    m(Related, Start, "संबंधित ख़बरें"),
    m(Related, Start, "ताज़ा खबरें"),
    m(Related, Start, "ताजा खबरें"),
    m(Related, Start, "सबसे ज्यादा पढ़ी गई"),
    m(Related, Start, "टॉप न्यूज़"),
    m(Related, Start, "और पढ़ें"),
    // Comments.
    m(Comments, Start, "टिप्पणियां"),
    m(Comments, Start, "टिप्पणियाँ"),
    m(Comments, Start, "अपनी राय दें"),
    // Copyright and footer.
    m(Copyright, Anywhere, "सर्वाधिकार सुरक्षित"),
    m(Footer, Glued, "गोपनीयता नीति"),
    m(Footer, Glued, "हमसे संपर्क करें"),
    m(Footer, Glued, "हमारे बारे में"),
    m(Footer, Glued, "नियम और शर्तें"),
    // Source / keywords / published.
    m(Source, Start, "स्रोत:"),
    m(Keywords, Start, "टैग:"),
    m(Keywords, Start, "टैग्स:"),
    m(Published, Start, "प्रकाशित:"),
    m(Published, Start, "अपडेटेड:"),
    m(Dated, Start, "प्रकाशित"),
    m(Dated, Start, "अपडेटेड"),
    // Navigation.
    m(Nav, Whole, "होम"),
    m(Nav, Whole, "होम पेज"),
    m(Nav, Whole, "मुख्य पृष्ठ"),
    m(Nav, Whole, "मेन्यू"),
];

/// Month names.
pub(crate) const DATES: &[BuiltinMarker] = &[
    m(Date, Anywhere, "जनवरी"),
    m(Date, Anywhere, "फरवरी"),
    m(Date, Anywhere, "फ़रवरी"),
    m(Date, Anywhere, "मार्च"),
    m(Date, Anywhere, "अप्रैल"),
    m(Date, Anywhere, "मई"),
    m(Date, Anywhere, "जून"),
    m(Date, Anywhere, "जुलाई"),
    m(Date, Anywhere, "अगस्त"),
    m(Date, Anywhere, "सितंबर"),
    m(Date, Anywhere, "सितम्बर"),
    m(Date, Anywhere, "अक्टूबर"),
    m(Date, Anywhere, "नवंबर"),
    m(Date, Anywhere, "नवम्बर"),
    m(Date, Anywhere, "दिसंबर"),
    m(Date, Anywhere, "दिसम्बर"),
];
