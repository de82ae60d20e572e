//! The built-in languages: which there are, which way each is written, and how a host's
//! language tag finds one.
//!
//! English is built into the bundle ([`crate::text`], [`crate::presets`], [`crate::plan`]).
//! Every other language is a file of its own, `crates/core/lang/<tag>.json`: a flat JSON object
//! of key → text with exactly the keys of `lang/en.json`, which [`english_source`] writes and a
//! test keeps equal to the built-in English. The loader fetches the files of the languages a
//! host offers; a page offering English only downloads none of them.

use crate::inventory::Question;
use crate::plan::PlanSection;
use crate::presets::{DomainPreset, QualityPreset, DOMAINS, QUALITIES};
use crate::text::Text;

/// The built-in languages, English first: each tag names its file in `lang/`.
pub const BUILT_IN: [&str; 7] = ["en", "zh-Hans", "zh-Hant", "ar", "vi", "pa", "es"];

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu …).
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn as_attribute(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// Which way text in the language `tag` is written.
pub fn direction(tag: &str) -> Direction {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    let script = parts.find(|p| p.len() == 4);
    let rtl_script = matches!(script, Some("arab" | "hebr" | "thaa" | "syrc" | "nkoo"));
    let latin_script = matches!(script, Some("latn" | "cyrl" | "guru" | "deva"));
    let rtl_language = matches!(
        language,
        "ar" | "he" | "iw" | "fa" | "ur" | "ps" | "yi" | "ckb" | "dv" | "sd" | "ug"
    );
    if rtl_script || (rtl_language && !latin_script) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// A host's language tag as the browser's `Intl` takes it: `_` written `-`, and only a
/// well-formed tag (a language of 2 to 3 or 5 to 8 letters, then subtags of 1 to 8 letters or
/// digits). `None` for anything else (`x`, `""`, `en AU`), which `Intl` would refuse.
pub fn well_formed_tag(tag: &str) -> Option<String> {
    let tag = tag.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let language = subtags.next()?;
    let language_ok = matches!(language.len(), 2..=3 | 5..=8)
        && language.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()));
    (language_ok && rest_ok).then_some(tag)
}

/// The built-in language a tag asks for, if there is one: `en-AU` finds `en`, `zh-TW` and
/// `zh-HK` find `zh-Hant`, `zh` and `zh-CN` find `zh-Hans`, `pa-Guru-IN` finds `pa` (Punjabi
/// in the Shahmukhi script, `pa-Arab`, is not built in).
pub fn built_in_language(tag: &str) -> Option<&'static str> {
    let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
    if let Some(exact) = BUILT_IN.iter().find(|b| b.to_ascii_lowercase() == lower) {
        return Some(exact);
    }
    let parts: Vec<&str> = lower.split('-').collect();
    let script = parts.iter().skip(1).find(|p| p.len() == 4).copied();
    let region = parts.iter().skip(1).find(|p| p.len() == 2).copied();
    match (parts.first().copied()?, script) {
        ("zh", Some("hant")) => Some("zh-Hant"),
        ("zh", Some("hans")) => Some("zh-Hans"),
        ("zh", None) if matches!(region, Some("tw" | "hk" | "mo")) => Some("zh-Hant"),
        ("zh", None) => Some("zh-Hans"),
        ("pa", Some("arab")) => None,
        (language, _) => BUILT_IN.iter().find(|b| **b == language).copied(),
    }
}

/// A whole number as `Intl` writes it in the language `tag`, where that is certain without
/// asking the browser: below 1,000 (no language groups digits there) in English, Spanish,
/// Vietnamese, Chinese or Punjabi in the Gurmukhi script, which write Western digits.
/// `None` for anything else, where the browser's `Intl` must write it: other languages (Arabic
/// may write ٣), Punjabi in Pakistan or in the Arabic script (۳), and any tag with an extension
/// (`en-u-nu-thai` asks for Thai digits).
///
/// Why: the first `Intl` formatter a page makes loads the browser's language data, 20 to 60 ms
/// on a two-core machine, and every widget's first screen writes numbers. A component test
/// (`tests/web.rs`) holds this to what `Intl` writes, in headless Chromium.
pub fn number_without_intl(n: usize, tag: &str) -> Option<String> {
    if n >= 1000 {
        return None;
    }
    let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut subtags = lower.split('-');
    let language = subtags.next()?;
    let (mut script, mut region) = (None, None);
    for subtag in subtags {
        match subtag.len() {
            4 if script.is_none() && region.is_none() => script = Some(subtag),
            2 if region.is_none() => region = Some(subtag),
            3 if region.is_none() && subtag.chars().all(|c| c.is_ascii_digit()) => {
                region = Some(subtag);
            }
            // An extension, a variant or a second region: not certain.
            _ => return None,
        }
    }
    let western_digits = match language {
        "en" | "es" | "vi" => matches!(script, None | Some("latn")),
        "zh" => matches!(script, None | Some("hans" | "hant")),
        "pa" => matches!(script, None | Some("guru")) && matches!(region, None | Some("in")),
        _ => false,
    };
    western_digits.then(|| n.to_string())
}

/// Something given for each of a few languages: (built-in language, value) pairs, each
/// language once. A short list, not a map: there are seven languages at most, and the
/// bundle then carries one map type fewer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ByLanguage<T>(Vec<(&'static str, T)>);

impl<T> Default for ByLanguage<T> {
    fn default() -> Self {
        ByLanguage(Vec::new())
    }
}

impl<T> ByLanguage<T> {
    /// The value for a language, if there is one.
    pub fn get(&self, language: &str) -> Option<&T> {
        self.0.iter().find(|(l, _)| *l == language).map(|(_, v)| v)
    }

    /// Whether there is a value for a language.
    pub fn contains(&self, language: &str) -> bool {
        self.get(language).is_some()
    }

    /// Sets the value for a language, replacing any it had.
    pub fn set(&mut self, language: &'static str, value: T) {
        match self.0.iter_mut().find(|(l, _)| *l == language) {
            Some((_, old)) => *old = value,
            None => self.0.push((language, value)),
        }
    }

    /// Every (language, value), in the order they were first set.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &T)> {
        self.0.iter().map(|(l, v)| (*l, v))
    }
}

/// The built-in language a key of a host's per-language object names (`text-from`,
/// `crisis-lines-from`): the page's own tag, `page_lang`, stands for the host's default
/// language, built in or not; any other tag for the built-in language it finds.
pub fn hosts_language(tag: &str, page_lang: &str, default: &'static str) -> Option<&'static str> {
    if tag.eq_ignore_ascii_case(page_lang) {
        Some(default)
    } else {
        built_in_language(tag)
    }
}

/// The languages a widget offers the person, and what the web team should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageChoice {
    /// The host's default language (built in), then the other languages offered, each once.
    pub offered: Vec<&'static str>,
    /// Why a tag in the host's list was left out, for the console.
    pub problems: Vec<String>,
}

/// Reads the host's `languages` list (tags separated by spaces or commas) around its default
/// language (from `lang`). The default always comes first; with no list, it is the only one.
pub fn choose_languages(default: &str, list: Option<&str>) -> LanguageChoice {
    let mut problems = Vec::new();
    let default = built_in_language(default).unwrap_or("en");
    let mut offered = vec![default];
    for tag in list
        .unwrap_or_default()
        .split([' ', ','])
        .filter(|t| !t.is_empty())
    {
        match built_in_language(tag) {
            Some(found) if !offered.contains(&found) => offered.push(found),
            Some(_) => {}
            None => problems.push(format!(
                "languages: \"{tag}\" is not a built-in language ({}); left out",
                BUILT_IN.join(", ")
            )),
        }
    }
    LanguageChoice { offered, problems }
}

/// Every piece of text a person can read, as (key, English), in the order a translator meets
/// it: the words of [`Text`], then the life areas, the qualities and the plan's parts. This is
/// what `lang/en.json` holds.
pub fn english_source() -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> = Text::ALL
        .iter()
        .map(|t| (t.key().to_owned(), t.english()))
        .collect();
    for d in DOMAINS {
        all.push((DomainPreset::name_key(d.id), d.name));
        for q in Question::ALL {
            all.push((DomainPreset::ideas_key(d.id, q), d.ideas_for(q)));
        }
    }
    for q in QUALITIES {
        all.push((QualityPreset::name_key(q.id), q.name));
        all.push((QualityPreset::about_key(q.id), q.about));
    }
    for section in PlanSection::ALL {
        all.push((section.title_key(), section.title()));
        all.push((section.about_key(), section.about()));
        for list in section.lists() {
            all.push((list.title_key(), list.title()));
            all.push((list.ideas_key(), list.ideas()));
        }
    }
    all
}

/// `lang/en.json` as it should be: [`english_source`] as a JSON object, one key a line.
pub fn english_file() -> String {
    let lines: Vec<String> = english_source()
        .iter()
        .map(|(key, text)| {
            format!(
                "  {}: {}",
                serde_json::Value::from(key.as_str()),
                serde_json::Value::from(*text)
            )
        })
        .collect();
    format!("{{\n{}\n}}\n", lines.join(",\n"))
}

/// The names of the placeholders (`{name}`) in a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                    found.push(name);
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_without_intl_only_where_the_digits_are_certain() {
        for tag in [
            "en",
            "en-AU",
            "es-419",
            "es_MX",
            "vi",
            "zh",
            "zh-Hant-TW",
            "pa",
            "pa-Guru-IN",
        ] {
            assert_eq!(number_without_intl(0, tag).as_deref(), Some("0"), "{tag}");
            assert_eq!(
                number_without_intl(999, tag).as_deref(),
                Some("999"),
                "{tag}"
            );
            // Grouping differs by language from 1,000 (1,000, 1000, 1.000, 1 000).
            assert_eq!(number_without_intl(1000, tag), None, "{tag}");
        }
        for tag in [
            "ar",
            "ar-MA",
            "pa-PK",
            "pa-Arab",
            "en-u-nu-thai",
            "zh-Hans-CN-u-nu-hanidec",
            "en-x-private",
            "zh-yue",
            "en-US-POSIX",
            "fr",
            "",
            "en AU",
        ] {
            assert_eq!(number_without_intl(7, tag), None, "{tag}");
        }
    }

    #[test]
    fn tags_find_their_built_in_language() {
        let cases = [
            ("en", Some("en")),
            ("en-AU", Some("en")),
            ("EN_au", Some("en")),
            ("ar", Some("ar")),
            ("ar-EG", Some("ar")),
            ("zh", Some("zh-Hans")),
            ("zh-CN", Some("zh-Hans")),
            ("zh-Hans-SG", Some("zh-Hans")),
            ("zh-TW", Some("zh-Hant")),
            ("zh-HK", Some("zh-Hant")),
            ("zh-hant", Some("zh-Hant")),
            ("vi-VN", Some("vi")),
            ("pa", Some("pa")),
            ("pa-Guru-IN", Some("pa")),
            ("pa-Arab", None),
            ("es-419", Some("es")),
            ("fr", None),
            ("", None),
        ];
        for (tag, want) in cases {
            assert_eq!(built_in_language(tag), want, "{tag}");
        }
    }

    #[test]
    fn only_well_formed_tags_reach_the_browser() {
        let cases = [
            ("en-AU", Some("en-AU")),
            ("en_AU", Some("en-AU")),
            (" zh-Hant-TW ", Some("zh-Hant-TW")),
            ("es-419", Some("es-419")),
            ("x", None),
            ("", None),
            ("en AU", None),
            ("en--AU", None),
            ("en-subtagtoolong", None),
        ];
        for (tag, want) in cases {
            assert_eq!(well_formed_tag(tag).as_deref(), want, "{tag:?}");
        }
    }

    #[test]
    fn a_hosts_key_names_its_language_and_the_pages_own_tag_the_default() {
        assert_eq!(hosts_language("fr", "fr", "en"), Some("en"));
        assert_eq!(hosts_language("EN-au", "en-AU", "en"), Some("en"));
        assert_eq!(hosts_language("vi-VN", "en-AU", "en"), Some("vi"));
        assert_eq!(hosts_language("fr", "en-AU", "en"), None);
    }

    #[test]
    fn right_to_left_by_language_and_script() {
        for tag in ["ar", "ar-AU", "he", "fa-IR", "ur", "pa-Arab", "az-Arab"] {
            assert_eq!(direction(tag), Direction::Rtl, "{tag}");
        }
        for tag in ["en", "zh-Hant", "pa", "vi", "es", "ar-Latn", ""] {
            assert_eq!(direction(tag), Direction::Ltr, "{tag}");
        }
    }

    #[test]
    fn the_default_comes_first_and_unknown_tags_are_named() {
        let choice = choose_languages("en-AU", Some("ar vi,zh-Hans  en fr ar-EG"));
        assert_eq!(choice.offered, ["en", "ar", "vi", "zh-Hans"]);
        assert_eq!(choice.problems.len(), 1);
        assert!(choice.problems[0].contains("\"fr\""));
        assert_eq!(choose_languages("vi", None).offered, ["vi"]);
        assert_eq!(choose_languages("xx", Some("es")).offered, ["en", "es"]);
    }

    #[test]
    fn placeholders_are_found_in_order() {
        assert_eq!(
            placeholders("{done} of {total} {x y} { } {}"),
            ["done", "total"]
        );
        assert_eq!(placeholders("no braces"), Vec::<&str>::new());
    }

    #[test]
    fn every_key_is_used_once() {
        let source = english_source();
        let mut keys: Vec<&str> = source.iter().map(|(k, _)| k.as_str()).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), before);
    }
}
