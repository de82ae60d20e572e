//! Language files for the loader: which to fetch for the page, and taking them in. The loader
//! fetches every language the page's widgets offer as the page loads, so which language a
//! person picks never shows in what the page asks its server for.

use crate::browser::warn_web_team;
use crate::i18n;
use recovery_core::languages::built_in_language;
use wasm_bindgen::prelude::*;

/// The language files to fetch for widgets with these settings (each the value of a widget's
/// `lang` and `languages` attributes, together): every built-in language named, but English
/// (built into the bundle) and those already here.
#[wasm_bindgen(js_name = languageFilesFor)]
pub fn language_files_for(settings: Vec<String>) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for tag in settings.iter().flat_map(|s| s.split([' ', ','])) {
        if let Some(language) = built_in_language(tag) {
            if !i18n::has_language(language) && !files.iter().any(|f| f == language) {
                files.push(language.to_owned());
            }
        }
    }
    files
}

/// Takes in a language file the loader fetched (`lang/<tag>.json`). A file that cannot be used
/// gets a console note, and the widgets offer the languages they have.
#[wasm_bindgen(js_name = addLanguage)]
pub fn add_language(tag: &str, json: &str) {
    if let Err(error) = i18n::add_language_file(tag, json) {
        warn_web_team(&format!(
            "lang/{tag}.json: {error}; that language is not offered"
        ));
    }
}

#[cfg(test)]
mod tests {
    use recovery_core::languages::BUILT_IN;
    use serde_json::Value;
    use std::collections::BTreeMap;

    /// Which catalogue key each of the loader's words copies.
    const COPIES: [(&str, &str); 3] = [
        ("loading", "loader.loading"),
        ("couldNotLoad", "loader.could_not_load"),
        ("couldNotStart", "loader.could_not_start"),
    ];

    #[test]
    fn the_loader_s_own_words_are_the_catalogue_s_in_every_language() {
        let loader = include_str!("widgets.js");
        let table = loader
            .split_once("const LOADER_WORDS = ")
            .expect("widgets.js declares LOADER_WORDS")
            .1;
        let table = &table[..table.find("};").expect("LOADER_WORDS ends") + 1];
        let table: BTreeMap<String, BTreeMap<String, String>> =
            serde_json::from_str(table).expect("LOADER_WORDS is JSON");
        let languages: Vec<&String> = table.keys().collect();
        let mut built_in: Vec<&str> = BUILT_IN.to_vec();
        built_in.sort_unstable();
        assert_eq!(
            languages, built_in,
            "LOADER_WORDS has every built-in language"
        );
        let lang = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/lang");
        for (language, words) in &table {
            let file = lang.join(format!("{language}.json"));
            let text = std::fs::read_to_string(&file).expect("a language file");
            let catalogue: Value = serde_json::from_str(&text).expect("a language file is JSON");
            assert_eq!(words.len(), COPIES.len(), "{language}: the loader's words");
            for (name, key) in COPIES {
                assert_eq!(
                    words.get(name).map(String::as_str),
                    catalogue[key].as_str(),
                    "widgets.js's LOADER_WORDS[{language}].{name} is not {key} in {}",
                    file.display()
                );
            }
        }
    }
}
