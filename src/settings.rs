//! What a host chose for a widget, as plain values every view can read (provided as context
//! by the host layer, which reads them from the element's attributes in
//! [`crate::host::attributes`]): the life areas, the crisis lines, kiosk mode and quick exit. Views
//! import these types, never the attribute reader.

use recovery_core::crisis::CrisisLines;
use recovery_core::languages::ByLanguage;
use recovery_core::text::Catalogue;
use std::collections::BTreeMap;

/// The life domains the host chose, in order: provided to every widget as context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LifeDomains {
    /// The domain ids.
    pub domains: Vec<String>,
}

/// The host's crisis lines: views show [`CrisisLines::for_words`], the host's for the
/// person's language or the defaults in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostCrisisLines(pub CrisisLines);

/// Whether "Share a copy" offers a file for the person's care team's system (the host's
/// `care-team-file="fhir-r4"`; never on a kiosk).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CareTeamFile(pub bool);

impl CareTeamFile {
    /// The attribute's one value: a FHIR R4 document.
    pub const FHIR_R4: &'static str = "fhir-r4";
}

/// The languages a host offers, and its wording for each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostLanguages {
    /// The host's language tag (`lang`), which sets how dates read in the default language
    /// (`en-AU` writes 5 Dec 2026).
    pub page_lang: String,
    /// The built-in languages offered, the default first (English when the host's own
    /// language is not built in: its wording, if any, is then the default's).
    pub offered: Vec<&'static str>,
    /// The host's wording (`text-from`), by language.
    pub host_words: ByLanguage<BTreeMap<String, String>>,
}

impl HostLanguages {
    /// The host's choices.
    pub fn new(
        page_lang: String,
        offered: Vec<&'static str>,
        host_words: ByLanguage<BTreeMap<String, String>>,
    ) -> Self {
        HostLanguages {
            page_lang,
            offered,
            host_words,
        }
    }

    /// The host's default language.
    pub fn default_language(&self) -> &'static str {
        self.offered.first().copied().unwrap_or("en")
    }

    /// A catalogue of `language`'s words: the host's over the language file's (`file`, empty
    /// for English) over the built-in English. In the default language it carries the host's
    /// own tag, so dates read as the host asked.
    pub fn catalogue(&self, language: &str, file: BTreeMap<String, String>) -> Catalogue {
        let tag = if language == self.default_language() {
            self.page_lang.as_str()
        } else {
            language
        };
        Catalogue::built_in(tag)
            .and_language(file)
            .and_host_words(self.host_words.get(language).cloned().unwrap_or_default())
    }

    /// Keys in the host's wording that name no text, by language, for the console.
    pub fn unknown_host_keys(&self) -> Vec<(&'static str, Vec<String>)> {
        self.host_words
            .iter()
            .filter_map(|(language, words)| {
                let catalogue = Catalogue::built_in(language).and_host_words(words.clone());
                let unknown: Vec<String> = catalogue
                    .unknown_host_keys()
                    .into_iter()
                    .map(str::to_owned)
                    .collect();
                (!unknown.is_empty()).then_some((language, unknown))
            })
            .collect()
    }
}

/// Seconds without a touch or key press before the prompt, unless the host sets
/// `idle-timeout`.
pub const DEFAULT_IDLE_SECONDS: u32 = 180;
/// Seconds the prompt counts down before wiping, unless the host sets `idle-countdown`.
pub const DEFAULT_COUNTDOWN_SECONDS: u32 = 30;

/// What the host asked for, read from the widget's attributes (or, for a whole page, from
/// the same attributes with a `data-recovery-` prefix on `<html>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KioskSettings {
    /// Kiosk mode: memory only, the finish button, the idle prompt.
    pub kiosk: bool,
    /// Seconds without activity before the prompt.
    pub idle_seconds: u32,
    /// Seconds the prompt counts down.
    pub countdown_seconds: u32,
    /// Where quick exit goes (an http or https address), if the host asked for it.
    pub quick_exit: Option<String>,
    /// The page a take-home code links to, as the host wrote it (resolved against this page
    /// when the code is made); this page when unset. A kiosk page should name the service's
    /// everyday page, since a phone opening the kiosk page would keep nothing.
    pub take_home_url: Option<String>,
}
