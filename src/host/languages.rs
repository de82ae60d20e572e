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
