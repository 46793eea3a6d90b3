//! Persian markers.

use crate::lexicon::{BuiltinMarker, Category::*, Scope::*, m};

pub(crate) const MARKERS: &[BuiltinMarker] = &[
    // Notices.
    m(Notice, Whole, "تبلیغات"),
    // Share widgets (with a space or a zero-width non-joiner between the
    // words; the joiner folds away).
    m(Share, Whole, "اشتراک گذاری"),
    m(Share, Whole, "اشتراک‌گذاری"),
    m(Share, Whole, "به اشتراک بگذارید"),
    m(Share, Whole, "کپی لینک"),
    m(Share, Whole, "لینک کوتاه"),
    m(Share, Whole, "چاپ"),
    m(Network, Glued, "تلگرام"),
    m(Network, Glued, "توییتر"),
    m(Network, Glued, "اینستاگرام"),
    m(Network, Glued, "فیسبوک"),
    m(Network, Glued, "واتساپ"),
    // Related articles.
    m(Related, Start, "اخبار مرتبط"),
    m(Related, Start, "مطالب مرتبط"),
    m(Related, Start, "مطالب پیشنهادی"),
    m(Related, Start, "بیشتر بخوانید"),
    m(Related, Start, "پربازدیدترین"),
    m(Related, Start, "پربازدیدترین ها"),
    m(Related, Start, "آخرین اخبار"),
    // Comments.
    m(Comments, Start, "نظرات"),
    m(Comments, Start, "ارسال نظر"),
    // Copyright and footer.
    m(Copyright, Anywhere, "کلیه حقوق این"),
    m(Copyright, Anywhere, "تمامی حقوق این"),
    m(Copyright, Anywhere, "کلیه حقوق مادی و معنوی"),
    m(Copyright, Anywhere, "حقوق این سایت محفوظ"),
    m(Footer, Glued, "تماس با ما"),
    m(Footer, Glued, "درباره ما"),
    m(Footer, Glued, "حریم خصوصی"),
    // Source / keywords / published.
    m(Source, Start, "منبع:"),
    m(Keywords, Start, "برچسب ها:"),
    m(Keywords, Start, "برچسب‌ها:"),
    m(Keywords, Start, "کلیدواژه ها:"),
    m(Published, Start, "تاریخ انتشار:"),
    m(Published, Start, "زمان انتشار:"),
    // Navigation.
    m(Nav, Whole, "صفحه اصلی"),
    m(Nav, Whole, "خانه"),
    m(Nav, Whole, "جستجو"),
    m(Nav, Whole, "ورود"),
];

/// Month names of the solar calendar.
pub(crate) const DATES: &[BuiltinMarker] = &[
    m(Date, Anywhere, "فروردین"),
    m(Date, Anywhere, "اردیبهشت"),
    m(Date, Anywhere, "خرداد"),
    m(Date, Anywhere, "مرداد"),
    m(Date, Anywhere, "شهریور"),
    m(Date, Anywhere, "آبان"),
    m(Date, Anywhere, "بهمن"),
    m(Date, Anywhere, "اسفند"),
];
