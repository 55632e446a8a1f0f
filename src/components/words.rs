//! The widget's own words (not the briefing's) in English, Simplified Chinese and Arabic.

/// A language the widget speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Language {
    #[default]
    English,
    Chinese,
    Arabic,
}

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Language {
    /// The best language for a BCP 47 tag (`zh`, `zh-Hans-CN`, `ar-EG`…); English when none fits.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("zh") {
            Self::Chinese
        } else if primary.eq_ignore_ascii_case("ar") {
            Self::Arabic
        } else {
            Self::English
        }
    }

    /// The tag the widget's words are written in.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Chinese => "zh-Hans",
            Self::Arabic => "ar",
        }
    }

    /// The direction of the widget's words.
    pub fn direction(self) -> &'static str {
        match self {
            Self::Arabic => "rtl",
            Self::English | Self::Chinese => "ltr",
        }
    }

    /// This language's words.
    pub fn words(self) -> &'static Words {
        match self {
            Self::English => &ENGLISH,
            Self::Chinese => &CHINESE,
            Self::Arabic => &ARABIC,
        }
    }

    /// The plural category of `n` in this language (CLDR rules for integers).
    pub fn plural(self, n: usize) -> Plural {
        match self {
            Self::Chinese => Plural::Other,
            Self::English if n == 1 => Plural::One,
            Self::English => Plural::Other,
            Self::Arabic => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }
}

/// A phrase with a count, one form per plural category; `{n}` stands for the number.
#[derive(Debug, PartialEq, Eq)]
pub struct Counted {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Counted {
    /// The same words for every count.
    const fn invariant(other: &'static str) -> Self {
        Self { zero: other, one: other, two: other, few: other, many: other, other }
    }

    /// English-like: one form for 1, another for the rest.
    const fn one_other(one: &'static str, other: &'static str) -> Self {
        Self { zero: other, one, two: other, few: other, many: other, other }
    }

    fn form(&self, plural: Plural) -> &'static str {
        match plural {
            Plural::Zero => self.zero,
            Plural::One => self.one,
            Plural::Two => self.two,
            Plural::Few => self.few,
            Plural::Many => self.many,
            Plural::Other => self.other,
        }
    }
}

/// Every phrase the widget shows of its own.
#[derive(Debug)]
pub struct Words {
    pub language: Language,
    pub loading: &'static str,
    pub show_all: &'static str,
    pub hide_all: &'static str,
    pub speakers: &'static str,
    pub source: &'static str,
    pub profile: &'static str,
    pub error_title: &'static str,
    pub retry: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub link_not_copied: &'static str,
    pub clear_focus: &'static str,
    /// "Showing {n} points by {name}."
    pub focus_status: Counted,
    pub focus_cleared: &'static str,
    /// "{n} points"
    pub points: Counted,
    /// "{n} by {name}" beside a section's title while a speaker is in focus.
    pub points_by: Counted,
    /// "and {n} more problems"
    pub more_problems: Counted,
    /// Label of a speaker's focus button: "Show {name}'s points".
    pub focus_speaker: &'static str,
}

static ENGLISH: Words = Words {
    language: Language::English,
    loading: "Loading briefing…",
    show_all: "Show all sections",
    hide_all: "Hide all sections",
    speakers: "Speakers",
    source: "Source",
    profile: "Profile",
    error_title: "This briefing could not be shown",
    retry: "Try again",
    copy_link: "Copy link to section",
    link_copied: "Link copied",
    link_not_copied: "The link could not be copied",
    clear_focus: "Show everyone",
    focus_status: Counted::one_other("Showing {n} point by {name}.", "Showing {n} points by {name}."),
    focus_cleared: "Showing every speaker's points.",
    points: Counted::one_other("{n} point", "{n} points"),
    points_by: Counted::invariant("{n} by {name}"),
    more_problems: Counted::one_other("and {n} more problem", "and {n} more problems"),
    focus_speaker: "Highlight {name}'s points",
};

static CHINESE: Words = Words {
    language: Language::Chinese,
    loading: "正在加载简报…",
    show_all: "展开全部章节",
    hide_all: "收起全部章节",
    speakers: "发言人",
    source: "来源",
    profile: "简介",
    error_title: "无法显示此简报",
    retry: "重试",
    copy_link: "复制章节链接",
    link_copied: "链接已复制",
    link_not_copied: "无法复制链接",
    clear_focus: "显示所有人",
    focus_status: Counted::invariant("正在显示{name}的 {n} 个观点。"),
    focus_cleared: "正在显示所有发言人的观点。",
    points: Counted::invariant("{n} 个观点"),
    points_by: Counted::invariant("{name}：{n} 个"),
    more_problems: Counted::invariant("另有 {n} 个问题"),
    focus_speaker: "突出显示{name}的观点",
};

static ARABIC: Words = Words {
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
    focus_status: Counted {
        zero: "لا توجد نقاط لـ{name}.",
        one: "عرض نقطة واحدة لـ{name}.",
        two: "عرض نقطتين لـ{name}.",
        few: "عرض {n} نقاط لـ{name}.",
        many: "عرض {n} نقطة لـ{name}.",
        other: "عرض {n} نقطة لـ{name}.",
    },
    focus_cleared: "عرض نقاط جميع المتحدثين.",
    points: Counted {
        zero: "لا نقاط",
        one: "نقطة واحدة",
        two: "نقطتان",
        few: "{n} نقاط",
        many: "{n} نقطة",
        other: "{n} نقطة",
    },
    points_by: Counted::invariant("{name}: {n}"),
    more_problems: Counted {
        zero: "ولا مشكلات أخرى",
        one: "ومشكلة أخرى",
        two: "ومشكلتان أخريان",
        few: "و{n} مشكلات أخرى",
        many: "و{n} مشكلة أخرى",
        other: "و{n} مشكلة أخرى",
    },
    focus_speaker: "إبراز نقاط {name}",
};

/// One set of words per language: comparing languages is enough (and cheap, in props).
impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl Words {
    /// A counted phrase for `n`, with `{n}` (and `{name}`, if given) filled in.
    pub fn count(&self, phrase: &Counted, n: usize, name: &str) -> String {
        phrase.form(self.language.plural(n)).replace("{n}", &n.to_string()).replace("{name}", name)
    }

    /// "4 points".
    pub fn point_count(&self, n: usize) -> String {
        self.count(&self.points, n, "")
    }

    /// "and 3 more problems".
    pub fn more(&self, n: usize) -> String {
        self.count(&self.more_problems, n, "")
    }

    /// A phrase with a name filled in.
    pub fn named(&self, phrase: &str, name: &str) -> String {
        phrase.replace("{name}", name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_follow_the_primary_subtag() {
        assert_eq!(Language::from_tag("zh-Hans-CN"), Language::Chinese);
        assert_eq!(Language::from_tag("zh"), Language::Chinese);
        assert_eq!(Language::from_tag("ar-EG"), Language::Arabic);
        assert_eq!(Language::from_tag("en-GB"), Language::English);
        assert_eq!(Language::from_tag("fr"), Language::English);
        assert_eq!(Language::from_tag(""), Language::English);
    }

    #[test]
    fn plural_rules() {
        let ar = Language::Arabic.words();
        let counts: Vec<String> = [0, 1, 2, 3, 10, 11, 99, 100, 102].iter().map(|n| ar.point_count(*n)).collect();
        assert_eq!(
            counts,
            ["لا نقاط", "نقطة واحدة", "نقطتان", "3 نقاط", "10 نقاط", "11 نقطة", "99 نقطة", "100 نقطة", "102 نقطة"]
        );
        let en = Language::English.words();
        assert_eq!(
            (en.point_count(1), en.point_count(2), en.point_count(0)),
            ("1 point".into(), "2 points".into(), "0 points".into())
        );
        assert_eq!(Language::Chinese.words().point_count(1), "1 个观点");
        assert_eq!(en.count(&en.focus_status, 1, "Jin"), "Showing 1 point by Jin.");
    }
}
