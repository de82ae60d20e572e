//! Reading what the host set on a widget's element into settings ([`WidgetConfig`], and the
//! plain values of [`crate::settings`] that views read).
//!
//! Attributes (all optional; [`ATTRIBUTES`] lists them, and `widgets.js` restarts a widget
//! when one changes):
//!
//! | attribute | meaning | default |
//! | --- | --- | --- |
//! | `lang` | the default language (a tag: its words when built in, and how dates read) | the page's `lang`, else `en` |
//! | `languages` | the languages the person can choose from, tags separated by spaces (`en ar vi zh-Hans zh-Hant pa es`) | the default language only |
//! | `text-from` | id of a `<script type="application/json">` with the host's wording: key → text for the default language, or language tag → (key → text) | the built-in words |
//! | `storage` | `local`, `session` or `memory` | `local` |
//! | `namespace` | keeps this service's record apart from others on the same domain | `default` |
//! | `domains` | comma-separated life-domain ids, in order | the seven built-in domains |
//! | `crisis-lines-from` | id of a `<script type="application/json">` with the host's crisis lines: a list, or language tag → list | Australian lines |
//! | `kiosk` | a shared screen: memory only, "I'm finished", the idle prompt | off |
//! | `idle-timeout` | kiosk: seconds without a touch or key press before the prompt | 180 |
//! | `idle-countdown` | kiosk: seconds the prompt counts down | 30 |
//! | `quick-exit` | an http(s) address that "Leave this page quickly" and Escape twice go to | none |
//! | `take-home-url` | the page a take-home code links to | this page (none on a kiosk) |
//! | `care-team-file` | `fhir-r4`: "Share a copy" also offers a FHIR R4 file for a care team's system | off (never on a kiosk) |
//!
//! `kiosk` to `take-home-url` can also be set for a whole page on `<html>`, with a `data-recovery-` prefix.
//! A value that cannot be used gets a console note for the web team and the default for the
//! person; a widget never breaks over its configuration.

use crate::browser::warn_web_team;
use crate::settings::{
    CareTeamFile, HostLanguages, KioskSettings, DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS,
};
use crate::store::{RecordSlot, StorageMode};
use recovery_core::crisis::{crisis_lines_from_json, CrisisLines};
use recovery_core::languages::{choose_languages, hosts_language, well_formed_tag, ByLanguage};
use recovery_core::presets::{built_in_domain_ids, choose_domains, DomainPreset};
use recovery_core::text::read_words;
use std::collections::BTreeMap;
use web_sys::Element;

/// Every attribute a widget reads, in the order of the table above.
pub const ATTRIBUTES: [&str; 13] = [
    "lang",
    "languages",
    "text-from",
    "storage",
    "namespace",
    "domains",
    "crisis-lines-from",
    "kiosk",
    "idle-timeout",
    "idle-countdown",
    "quick-exit",
    "take-home-url",
    "care-team-file",
];

/// The settings read from a widget's element.
#[derive(Clone, Debug)]
pub struct WidgetConfig {
    /// The languages offered, and the host's wording for each.
    pub languages: HostLanguages,
    /// Where the record is kept.
    pub slot: RecordSlot,
    /// The life domains to show, in order.
    pub domain_ids: Vec<String>,
    /// The host's crisis lines (the defaults are shown where it has none).
    pub crisis_lines: CrisisLines,
    /// Kiosk mode and quick exit.
    pub kiosk: KioskSettings,
    /// Whether "Share a copy" offers the file for a care team's system.
    pub care_team_file: CareTeamFile,
}

impl WidgetConfig {
    /// Reads the configuration from the host element's attributes.
    pub fn from_element(host: &Element) -> WidgetConfig {
        let lang = host
            .get_attribute("lang")
            .or_else(|| {
                host.owner_document()
                    .and_then(|d| d.document_element())
                    .and_then(|e| e.get_attribute("lang"))
            })
            .filter(|l| !l.trim().is_empty())
            .unwrap_or_else(|| "en".to_owned());
        // The browser's Intl refuses a tag that is not well formed (dates and numbers could
        // not be written): `en_AU` is read as `en-AU`, and nonsense as English.
        let lang = well_formed_tag(&lang).unwrap_or_else(|| {
            warn_web_team(&format!("lang=\"{lang}\" is not a language tag; using en"));
            "en".to_owned()
        });
        let languages = read_languages(host, lang);

        let kiosk = read_kiosk_settings(host);
        let mode = match host.get_attribute("storage") {
            // A kiosk keeps nothing of one person for the next: memory only, whatever else.
            _ if kiosk.kiosk => StorageMode::Memory,
            None => StorageMode::Local,
            Some(value) => StorageMode::from_attribute(&value).unwrap_or_else(|| {
                warn_web_team(&format!(
                    "storage=\"{value}\" is not local, session or memory; using local"
                ));
                StorageMode::Local
            }),
        };
        let namespace = host
            .get_attribute("namespace")
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "default".to_owned());

        let domain_ids = match host.get_attribute("domains") {
            None => built_in_domain_ids(),
            Some(list) => {
                let key = |id: &str| DomainPreset::name_key(id);
                let named = |id: &str| {
                    languages
                        .host_words
                        .iter()
                        .any(|(_, w)| w.contains_key(&key(id)))
                };
                let choice = choose_domains(&list, named);
                for problem in &choice.problems {
                    warn_web_team(problem);
                }
                choice.domains
            }
        };

        let crisis_lines = read_crisis_lines(host, &languages);
        let care_team_file = read_care_team_file(host, kiosk.kiosk);
        WidgetConfig {
            languages,
            slot: RecordSlot::new(mode, &namespace),
            domain_ids,
            crisis_lines,
            kiosk,
            care_team_file,
        }
    }
}

/// `care-team-file="fhir-r4"` turns on the file for a care team's system; a kiosk never
/// offers it (nothing is saved on a shared screen: it has the take-home code and print).
fn read_care_team_file(host: &Element, kiosk: bool) -> CareTeamFile {
    let Some(value) = host.get_attribute("care-team-file") else {
        return CareTeamFile(false);
    };
    if !value.trim().eq_ignore_ascii_case(CareTeamFile::FHIR_R4) {
        warn_web_team(&format!(
            "care-team-file=\"{value}\" is not fhir-r4; the file for a care team's system is not offered"
        ));
        return CareTeamFile(false);
    }
    if kiosk {
        warn_web_team("care-team-file: a kiosk keeps nothing, so the file for a care team's system is not offered there");
    }
    CareTeamFile(!kiosk)
}

/// The id an attribute names (`None` without the attribute) and the text of the page's element
/// with that id (`None` when there is no such element): a host's JSON block, such as its
/// wording or its crisis lines.
fn named_json(host: &Element, attribute: &str) -> Option<(String, Option<String>)> {
    let id = host.get_attribute(attribute)?;
    let json = host
        .owner_document()
        .and_then(|d| d.get_element_by_id(&id))
        .and_then(|e| e.text_content());
    Some((id, json))
}

/// The host's crisis lines from the JSON block named by `crisis-lines-from` (none: the
/// defaults, in the person's language).
fn read_crisis_lines(host: &Element, languages: &HostLanguages) -> CrisisLines {
    let Some((id, json)) = named_json(host, "crisis-lines-from") else {
        return CrisisLines::default();
    };
    let Some(json) = json else {
        warn_web_team(&format!(
            "crisis-lines-from=\"{id}\": no element with that id; showing the default crisis lines"
        ));
        return CrisisLines::default();
    };
    let lines = crisis_lines_from_json(&json, &languages.page_lang, languages.default_language());
    for problem in &lines.problems {
        warn_web_team(&format!(
            "crisis-lines-from=\"{id}\": {problem}; showing the default crisis lines there"
        ));
    }
    lines
}

/// The default language (`lang`), the languages offered (`languages`) and the host's wording
/// (`text-from`): a flat object of key → text is the default language's; an object of
/// language tag → object is each language's own.
fn read_languages(host: &Element, page_lang: String) -> HostLanguages {
    let choice = choose_languages(&page_lang, host.get_attribute("languages").as_deref());
    for problem in &choice.problems {
        warn_web_team(problem);
    }
    let default = choice.offered[0];
    let mut host_words = ByLanguage::default();
    if let Some((id, json)) = named_json(host, "text-from") {
        let Some(json) = json else {
            warn_web_team(&format!(
                "text-from=\"{id}\": no element with that id; using the built-in words"
            ));
            return HostLanguages::new(page_lang, choice.offered, host_words);
        };
        if let Ok(by_language) =
            serde_json::from_str::<BTreeMap<String, BTreeMap<String, String>>>(&json)
        {
            for (tag, words) in by_language {
                match hosts_language(&tag, &page_lang, default) {
                    Some(language) => {
                        host_words.set(language, words);
                    }
                    None => warn_web_team(&format!(
                        "text-from=\"{id}\": \"{tag}\" is not a built-in language or this page's; its words are not used"
                    )),
                }
            }
        } else {
            match read_words(&json) {
                Ok(words) => {
                    host_words.set(default, words);
                }
                Err(error) => warn_web_team(&format!(
                    "text-from=\"{id}\": {error}, or an object of language → such an object; using the built-in words"
                )),
            }
        }
    }
    let languages = HostLanguages::new(page_lang, choice.offered, host_words);
    for (language, unknown) in languages.unknown_host_keys() {
        warn_web_team(&format!("text-from ({language}): unknown keys {unknown:?}"));
    }
    languages
}

/// Reads kiosk mode and quick exit for a widget element (or, for a whole page, from the same
/// attributes with a `data-recovery-` prefix on `<html>`).
fn read_kiosk_settings(host: &Element) -> KioskSettings {
    let page = host.owner_document().and_then(|d| d.document_element());
    let read = |name: &str| {
        host.get_attribute(name).or_else(|| {
            page.as_ref()
                .and_then(|p| p.get_attribute(&format!("data-recovery-{name}")))
        })
    };
    let seconds = |name: &str, default: u32| match read(name) {
        None => default,
        Some(value) => match value.trim().parse::<u32>() {
            Ok(n) if n > 0 => n,
            _ => {
                warn_web_team(&format!(
                    "{name}=\"{value}\" is not a whole number of seconds; using {default}"
                ));
                default
            }
        },
    };
    let quick_exit = read("quick-exit").and_then(|url| {
        let url = url.trim().to_owned();
        let lower = url.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            Some(url)
        } else {
            warn_web_team(&format!(
                "quick-exit=\"{url}\" is not an http or https address; no quick exit is shown"
            ));
            None
        }
    });
    KioskSettings {
        kiosk: read("kiosk").is_some_and(|v| v != "false"),
        idle_seconds: seconds("idle-timeout", DEFAULT_IDLE_SECONDS),
        countdown_seconds: seconds("idle-countdown", DEFAULT_COUNTDOWN_SECONDS),
        quick_exit,
        take_home_url: read("take-home-url").map(|url| url.trim().to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::ATTRIBUTES;

    #[test]
    fn the_loader_restarts_a_widget_on_exactly_the_attributes_it_reads() {
        assert_eq!(crate::host::loader_list("SETTINGS"), ATTRIBUTES);
    }
}
