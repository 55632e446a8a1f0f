//! The widget's own words in Simplified Chinese.

use super::{CountedPhrase, Language, Words};

pub static CHINESE: Words = Words {
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
    focus_status: CountedPhrase::invariant("正在显示{name}的 {n} 个观点。"),
    focus_cleared: "正在显示所有发言人的观点。",
    points: CountedPhrase::invariant("{n} 个观点"),
    points_by: CountedPhrase::invariant("{name}：{n} 个"),
    more_problems: CountedPhrase::invariant("另有 {n} 个问题"),
    focus_speaker: "突出显示{name}的观点",
};
