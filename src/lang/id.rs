//! Indonesian markers.

use crate::lexicon::{BuiltinMarker, Category::*, Scope::*, m};

pub(crate) const MARKERS: &[BuiltinMarker] = &[
    // Notices.
    m(Notice, Whole, "iklan"),
    // Share widgets.
    m(Share, Whole, "bagikan"),
    m(Share, Whole, "bagikan artikel ini"),
    m(Share, Whole, "bagikan berita ini"),
    m(Share, Whole, "salin tautan"),
    m(Share, Whole, "salin link"),
    // Related articles.
    m(Related, Start, "baca juga"),
    m(Related, Start, "berita terkait"),
    m(Related, Start, "artikel terkait"),
    m(Related, Start, "berita lainnya"),
    m(Related, Start, "berita terkini"),
    m(Related, Start, "berita terpopuler"),
    m(Related, Start, "terpopuler"),
    m(Related, Start, "rekomendasi untuk anda"),
    // Comments.
    m(Comments, Start, "komentar"),
    m(Comments, Start, "tulis komentar"),
    // Copyright and footer.
    m(Copyright, Anywhere, "hak cipta dilindungi undang-undang"),
    m(Footer, Glued, "kebijakan privasi"),
    m(Footer, Glued, "pedoman media siber"),
    m(Footer, Glued, "tentang kami"),
    m(Footer, Glued, "hubungi kami"),
    m(Footer, Whole, "redaksi"),
    m(Footer, Whole, "info iklan"),
    // Source / keywords / bylines / credits.
    m(Source, Start, "sumber:"),
    m(Byline, Start, "penulis:"),
    m(Byline, Start, "editor:"),
    m(Byline, Start, "reporter:"),
    m(Credit, Start, "foto:"),
    // Navigation.
    m(Nav, Whole, "beranda"),
    m(Nav, Whole, "indeks"),
    m(Nav, Whole, "lainnya"),
];

/// Month and weekday names ("Senin, 15 Januari 2024 10:30 WIB").
pub(crate) const DATES: &[BuiltinMarker] = &[
    m(Date, Anywhere, "januari"),
    m(Date, Anywhere, "februari"),
    m(Date, Anywhere, "maret"),
    m(Date, Anywhere, "april"),
    m(Date, Anywhere, "juni"),
    m(Date, Anywhere, "juli"),
    m(Date, Anywhere, "agustus"),
    m(Date, Anywhere, "september"),
    m(Date, Anywhere, "oktober"),
    m(Date, Anywhere, "november"),
    m(Date, Anywhere, "desember"),
    m(Date, Anywhere, "senin"),
    m(Date, Anywhere, "selasa"),
    m(Date, Anywhere, "rabu"),
    m(Date, Anywhere, "kamis"),
    m(Date, Anywhere, "jumat"),
    m(Date, Anywhere, "sabtu"),
    m(Date, Anywhere, "minggu"),
    m(Date, Anywhere, "wib"),
];
