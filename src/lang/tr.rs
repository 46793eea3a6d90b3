//! Turkish markers.

use crate::lexicon::{BuiltinMarker, Category::*, Scope::*, m};

pub(crate) const MARKERS: &[BuiltinMarker] = &[
    // Notices.
    m(Notice, Whole, "reklam"),
    m(Notice, Anywhere, "çerez politikası"),
    // Share widgets.
    m(Share, Whole, "paylaş"),
    m(Share, Whole, "paylaşın"),
    m(Share, Whole, "haberi paylaş"),
    m(Share, Whole, "yazdır"),
    m(Share, Whole, "bağlantıyı kopyala"),
    // Related articles.
    m(Related, Start, "ilgili haberler"),
    m(Related, Start, "benzer haberler"),
    m(Related, Start, "diğer haberler"),
    m(Related, Start, "en çok okunanlar"),
    m(Related, Start, "en çok okunan haberler"),
    m(Related, Start, "bunlar da ilginizi çekebilir"),
    m(Related, Start, "ilginizi çekebilir"),
    // Comments.
    m(Comments, Start, "yorumlar"),
    m(Comments, Start, "yorum yap"),
    m(Comments, Start, "yorum yazın"),
    // Copyright and footer.
    m(Copyright, Anywhere, "tüm hakları saklıdır"),
    m(Footer, Glued, "gizlilik politikası"),
    m(Footer, Glued, "kullanım koşulları"),
    m(Footer, Whole, "iletişim"),
    m(Footer, Whole, "künye"),
    m(Footer, Whole, "hakkımızda"),
    // Source / keywords / published / bylines / credits.
    m(Source, Start, "kaynak:"),
    m(Keywords, Start, "etiketler:"),
    m(Keywords, Whole, "etiketler"),
    m(Published, Start, "yayınlanma tarihi:"),
    m(Published, Start, "güncellenme tarihi:"),
    m(Published, Start, "yayınlanma:"),
    m(Published, Start, "güncelleme:"),
    m(Dated, Start, "yayınlanma"),
    m(Dated, Start, "güncelleme"),
    m(Byline, Start, "yazar:"),
    m(Credit, Start, "fotoğraf:"),
    // Navigation.
    m(Nav, Whole, "anasayfa"),
    m(Nav, Whole, "ana sayfa"),
    m(Nav, Whole, "giriş yap"),
    m(Nav, Whole, "tümü"),
];

/// Month names.
pub(crate) const DATES: &[BuiltinMarker] = &[
    m(Date, Anywhere, "ocak"),
    m(Date, Anywhere, "şubat"),
    m(Date, Anywhere, "mart"),
    m(Date, Anywhere, "nisan"),
    m(Date, Anywhere, "mayıs"),
    m(Date, Anywhere, "haziran"),
    m(Date, Anywhere, "temmuz"),
    m(Date, Anywhere, "ağustos"),
    m(Date, Anywhere, "eylül"),
    m(Date, Anywhere, "ekim"),
    m(Date, Anywhere, "kasım"),
    m(Date, Anywhere, "aralık"),
];
