//! The widget's own words in Arabic.

use super::{CountedPhrase, Language, Words};

pub static ARABIC: Words = Words {
    language: Language::Arabic,
    loading: "جارٍ تحميل الموجز…",
    show_all: "عرض جميع الأقسام",
    hide_all: "إخفاء جميع الأقسام",
    speakers: "المتحدثون",
    source: "المصدر",
    profile: "الملف الشخصي",
    error_title: "تعذّر عرض هذا الموجز",
    retry: "إعادة المحاولة",
    copy_link: "نسخ رابط القسم",
    link_copied: "تم نسخ الرابط",
    link_not_copied: "تعذّر نسخ الرابط",
    clear_focus: "عرض الجميع",
    focus_status: CountedPhrase {
        zero: "لا توجد نقاط لـ{name}.",
        one: "عرض نقطة واحدة لـ{name}.",
        two: "عرض نقطتين لـ{name}.",
        few: "عرض {n} نقاط لـ{name}.",
        many: "عرض {n} نقطة لـ{name}.",
        other: "عرض {n} نقطة لـ{name}.",
    },
    focus_cleared: "عرض نقاط جميع المتحدثين.",
    points: CountedPhrase {
        zero: "لا نقاط",
        one: "نقطة واحدة",
        two: "نقطتان",
        few: "{n} نقاط",
        many: "{n} نقطة",
        other: "{n} نقطة",
    },
    points_by: CountedPhrase::invariant("{name}: {n}"),
    more_problems: CountedPhrase {
        zero: "ولا مشكلات أخرى",
        one: "ومشكلة أخرى",
        two: "ومشكلتان أخريان",
        few: "و{n} مشكلات أخرى",
        many: "و{n} مشكلة أخرى",
        other: "و{n} مشكلة أخرى",
    },
    focus_speaker: "إبراز نقاط {name}",
};
