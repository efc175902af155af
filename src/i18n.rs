//! Fluent messages in zh-CN and en, from `locales/`. Every user-facing string comes from here.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// A display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// 简体中文 (the default).
    #[default]
    Zh,
    /// English.
    En,
}

const ZH_FILES: &[&str] = &[
    include_str!("../locales/zh-CN/engine.ftl"),
    include_str!("../locales/zh-CN/facts.ftl"),
    include_str!("../locales/zh-CN/cli.ftl"),
    include_str!("../locales/zh-CN/ui.ftl"),
    include_str!("../locales/zh-CN/report.ftl"),
    include_str!("../locales/zh-CN/special-education.ftl"),
    include_str!("../locales/zh-CN/elderly-services.ftl"),
    include_str!("../locales/zh-CN/good-samaritan.ftl"),
    include_str!("../locales/zh-CN/relocation.ftl"),
    include_str!("../locales/zh-CN/graduates.ftl"),
    include_str!("../locales/zh-CN/notice.ftl"),
];
const EN_FILES: &[&str] = &[
    include_str!("../locales/en/engine.ftl"),
    include_str!("../locales/en/facts.ftl"),
    include_str!("../locales/en/cli.ftl"),
    include_str!("../locales/en/ui.ftl"),
    include_str!("../locales/en/report.ftl"),
    include_str!("../locales/en/special-education.ftl"),
    include_str!("../locales/en/elderly-services.ftl"),
    include_str!("../locales/en/good-samaritan.ftl"),
    include_str!("../locales/en/relocation.ftl"),
    include_str!("../locales/en/graduates.ftl"),
    include_str!("../locales/en/notice.ftl"),
];

fn build(lang: &str, files: &[&str]) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (U+2068/U+2069) would show up in terminals and PDFs (ecosystem note P9).
    bundle.set_use_isolating(false);
    for text in files {
        // The shipped files are checked by a test; a broken one would surface there, not here.
        let res = FluentResource::try_new((*text).to_owned()).unwrap_or_else(|(res, _)| res);
        // Duplicate keys across files are a packaging error caught by the same test.
        let _ignored_duplicates = bundle.add_resource(res);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static ZH: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::Zh => ZH.get_or_init(|| build("zh-CN", ZH_FILES)),
        Lang::En => EN.get_or_init(|| build("en", EN_FILES)),
    }
}

/// Loads both languages' messages at once, each on its own thread (a command that prints both, as
/// `assess --json` does, would otherwise parse one after the other).
pub fn preload() {
    std::thread::scope(|s| {
        s.spawn(|| bundle(Lang::En));
        bundle(Lang::Zh);
    });
}

/// Whether a message exists.
#[must_use]
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// A message with arguments; a missing key shows as the key itself (a test keeps that from shipping).
#[must_use]
pub fn tr_args(lang: Lang, key: &str, args: Option<&FluentArgs<'_>>) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = Vec::new();
    b.format_pattern(pattern, args, &mut errors).into_owned()
}

/// A message without arguments.
#[must_use]
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, None)
}

/// Every message ID of the shipped files of a language, for the completeness test.
#[must_use]
pub fn message_ids(lang: Lang) -> Vec<String> {
    let files = match lang {
        Lang::Zh => ZH_FILES,
        Lang::En => EN_FILES,
    };
    let mut ids = Vec::new();
    for text in files {
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =")
                && !id.starts_with([' ', '#', '.', '*', '['])
                && !id.is_empty()
            {
                ids.push(id.trim().to_owned());
            }
        }
    }
    ids
}
