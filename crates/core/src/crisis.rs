//! Crisis lines: the phone and text services a person can reach from anywhere in the planner.
//!
//! A host configures its own lines as a JSON list, or as an object of language tag → list to
//! give each language its own; when it sets none, or its list cannot be used, the person sees
//! the Australian defaults in their language ([`default_lines`]), and the web team gets a note
//! saying why.
//!
//! ```json
//! [ { "name": "Lifeline", "number": "13 11 14", "text": "0477 13 11 14",
//!     "hours": "24 hours, 7 days", "description": "Crisis support, any time." } ]
//! ```
//!
//! `name` and `number` are needed; `text` (a number that takes text messages), `hours` and
//! `description` are optional. Everything is shown as plain text, never as HTML.

use crate::languages::{built_in_language, hosts_language, ByLanguage};
use crate::plan::dial_string;
use crate::text::{Catalogue, Text};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A crisis line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    /// The service's name.
    pub name: String,
    /// The number to call, as the host wrote it.
    pub number: String,
    /// A number that takes text messages, if any.
    pub text_number: Option<String>,
    /// When it is open.
    pub hours: Option<String>,
    /// A short description.
    pub description: Option<String>,
}

/// The host's crisis lines, and what the web team should know about its configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CrisisLines {
    /// The host's lines for every language (a plain list), if it gave one that can be used.
    pub every_language: Option<Vec<CrisisLine>>,
    /// The host's lines for particular built-in languages (an object of tag → list).
    pub by_language: ByLanguage<Vec<CrisisLine>>,
    /// The host's default language, whose lines stand in for a language that has none.
    pub default_language: Option<&'static str>,
    /// Why some or all of the host's configuration was not used, for the console. Empty when
    /// all of it was.
    pub problems: Vec<String>,
}

impl CrisisLines {
    /// The lines to show in the catalogue's language: the host's for that language; else its
    /// list for every language; else its default language's lines (the service's own team
    /// stays on screen), with free interpreting after emergency services in any language but
    /// English; else the defaults ([`default_lines`]).
    pub fn for_words(&self, words: &Catalogue) -> Vec<CrisisLine> {
        let language = built_in_language(words.text_lang());
        if let Some(lines) = language.and_then(|l| self.by_language.get(l)) {
            return lines.clone();
        }
        if let Some(lines) = &self.every_language {
            return lines.clone();
        }
        match self.default_language.and_then(|l| self.by_language.get(l)) {
            Some(lines) => {
                let mut lines = lines.clone();
                if !words.is_english() && !lines.iter().any(|l| l.number == INTERPRETERS) {
                    let at = lines
                        .iter()
                        .position(|l| l.number == "000")
                        .map_or(0, |i| i + 1);
                    lines.insert(at, interpreters(words));
                }
                lines
            }
            None => default_lines(words),
        }
    }
}

/// TIS National's number: free phone interpreting, any time.
const INTERPRETERS: &str = "131 450";

fn interpreters(words: &Catalogue) -> CrisisLine {
    CrisisLine {
        name: words.text(Text::CrisisInterpreterName).to_owned(),
        number: INTERPRETERS.to_owned(),
        text_number: None,
        hours: Some(words.text(Text::CrisisAlwaysOpen).to_owned()),
        description: Some(words.text(Text::CrisisInterpreterAbout).to_owned()),
    }
}

#[derive(Deserialize)]
struct LineIn {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    number: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

/// The lines shown when the host sets none: Australian services, in the catalogue's words.
/// In any language but English, TIS National's free interpreting comes second, after
/// emergency services: it can put the person through to Lifeline in their own language.
pub fn default_lines(words: &Catalogue) -> Vec<CrisisLine> {
    let line = |name: Text, number: &str, text: Option<&str>, about: Text| CrisisLine {
        name: words.text(name).to_owned(),
        number: number.to_owned(),
        text_number: text.map(str::to_owned),
        hours: Some(words.text(Text::CrisisAlwaysOpen).to_owned()),
        description: Some(words.text(about).to_owned()),
    };
    let mut lines = vec![line(
        Text::CrisisEmergencyName,
        "000",
        None,
        Text::CrisisEmergencyAbout,
    )];
    if !words.is_english() {
        lines.push(interpreters(words));
    }
    lines.extend([
        line(
            Text::CrisisLifelineName,
            "13 11 14",
            Some("0477 13 11 14"),
            Text::CrisisLifelineAbout,
        ),
        line(
            Text::CrisisBeyondBlueName,
            "1300 22 4636",
            None,
            Text::CrisisBeyondBlueAbout,
        ),
        line(
            Text::Crisis13YarnName,
            "13 92 76",
            None,
            Text::Crisis13YarnAbout,
        ),
    ]);
    lines
}

/// Reads the host's crisis lines: a JSON list for every language, or an object whose keys are
/// language tags (built in, or the page's own, `page_lang`, standing for the default
/// language `default_language`) and whose values are lists. A list with any line lacking a
/// name or a number that can be dialled, or one that is not JSON, is not used, with the
/// reasons in `problems`.
pub fn crisis_lines_from_json(
    json: &str,
    page_lang: &str,
    default_language: &'static str,
) -> CrisisLines {
    let mut lines = CrisisLines {
        default_language: Some(default_language),
        ..CrisisLines::default()
    };
    if let Ok(by_tag) = serde_json::from_str::<BTreeMap<String, Vec<LineIn>>>(json) {
        if by_tag.is_empty() {
            lines
                .problems
                .push("the object of crisis lines is empty".to_owned());
        }
        for (tag, entries) in by_tag {
            let Some(language) = hosts_language(&tag, page_lang, default_language) else {
                lines.problems.push(format!(
                    "\"{tag}\" is not a built-in language; its lines are not used"
                ));
                continue;
            };
            match read_list(entries) {
                Ok(list) => {
                    lines.by_language.set(language, list);
                }
                Err(problem) => lines.problems.push(format!("{tag}: {problem}")),
            }
        }
        return lines;
    }
    match serde_json::from_str::<Vec<LineIn>>(json) {
        Ok(entries) => match read_list(entries) {
            Ok(list) => lines.every_language = Some(list),
            Err(problem) => lines.problems.push(problem),
        },
        Err(_) => lines.problems.push(
            "the crisis lines must be a JSON list of objects, or an object of language → list"
                .to_owned(),
        ),
    }
    lines
}

fn read_list(entries: Vec<LineIn>) -> Result<Vec<CrisisLine>, String> {
    if entries.is_empty() {
        return Err("the crisis line list is empty".to_owned());
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let mut lines = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let place = i + 1;
        let Some(name) = clean(entry.name) else {
            return Err(format!("crisis line {place} has no name"));
        };
        let Some(number) = clean(entry.number) else {
            return Err(format!("crisis line {place} ({name}) has no number"));
        };
        if dial_string(&number).is_none() {
            return Err(format!(
                "crisis line {place} ({name}): {number:?} cannot be dialled"
            ));
        }
        let text_number = clean(entry.text);
        if let Some(text) = &text_number {
            if dial_string(text).is_none() {
                return Err(format!(
                    "crisis line {place} ({name}): text number {text:?} cannot be used"
                ));
            }
        }
        lines.push(CrisisLine {
            name,
            number,
            text_number,
            hours: clean(entry.hours),
            description: clean(entry.description),
        });
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_list_replaces_the_defaults() {
        let got = crisis_lines_from_json(
            r#"[{"name":"Healthline","number":"0800 611 116","hours":"Any time"},
                {"name":"Need to talk?","number":"1737","text":"1737","description":"<b>Free</b> call or text"}]"#,
            "en-AU",
            "en",
        );
        assert_eq!(got.problems, Vec::<String>::new());
        let lines = got.for_words(&Catalogue::english());
        assert_eq!(lines, got.every_language.clone().unwrap());
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].number, "0800 611 116");
        assert_eq!(lines[0].text_number, None);
        assert_eq!(lines[1].text_number.as_deref(), Some("1737"));
        assert_eq!(
            lines[1].description.as_deref(),
            Some("<b>Free</b> call or text"),
            "kept as text"
        );
    }

    #[test]
    fn a_partial_line_with_only_a_name_and_number_is_fine() {
        let got = crisis_lines_from_json(
            r#"[{"name":"Local team","number":"(02) 5550 1234","hours":"  "}]"#,
            "en-AU",
            "en",
        );
        assert!(got.problems.is_empty());
        assert_eq!(got.every_language.unwrap()[0].hours, None);
    }

    #[test]
    fn a_list_that_cannot_be_used_falls_back_to_the_defaults_and_says_why() {
        let cases = [
            ("not json", "JSON list"),
            ("{\"name\":\"x\"}", "JSON list"),
            ("{\"en\": []}", "en: the crisis line list is empty"),
            ("{}", "the object of crisis lines is empty"),
            (
                "{\"fr\": [{\"name\":\"A\",\"number\":\"15\"}]}",
                "\"fr\" is not a built-in",
            ),
            ("[]", "empty"),
            ("[{\"number\":\"000\"}]", "has no name"),
            ("[{\"name\":\"Lifeline\"}]", "(Lifeline) has no number"),
            (
                "[{\"name\":\"Lifeline\",\"number\":\"call us\"}]",
                "cannot be dialled",
            ),
            (
                "[{\"name\":\"A\",\"number\":\"131114\",\"text\":\"txt\"}]",
                "text number",
            ),
            ("[{\"name\":\"A\",\"number\":131114}]", "JSON list"),
        ];
        for (json, why) in cases {
            let got = crisis_lines_from_json(json, "en-AU", "en");
            let english = Catalogue::english();
            assert_eq!(got.for_words(&english), default_lines(&english), "{json}");
            assert!(got.problems[0].contains(why), "{json}: {:?}", got.problems);
        }
    }

    fn numbers(lines: Vec<CrisisLine>) -> Vec<String> {
        lines.into_iter().map(|l| l.number).collect()
    }

    #[test]
    fn the_defaults_are_the_australian_lines() {
        let english = default_lines(&Catalogue::english());
        assert_eq!(
            numbers(english.clone()),
            ["000", "13 11 14", "1300 22 4636", "13 92 76"]
        );
        assert!(english.iter().all(|l| dial_string(&l.number).is_some()));
        assert_eq!(english[1].name, "Lifeline");
        assert_eq!(english[1].hours.as_deref(), Some("24 hours, 7 days"));
    }

    #[test]
    fn in_another_language_the_interpreters_come_after_emergency() {
        let words: BTreeMap<String, String> = [
            (
                "crisis.default.interpreter",
                "TIS National (phiên dịch miễn phí)",
            ),
            ("crisis.hours.always", "24 giờ, 7 ngày"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let vietnamese = Catalogue::built_in("vi").and_language(words);
        let lines = default_lines(&vietnamese);
        assert_eq!(
            numbers(lines.clone()),
            ["000", "131 450", "13 11 14", "1300 22 4636", "13 92 76"]
        );
        assert_eq!(lines[1].name, "TIS National (phiên dịch miễn phí)");
        assert_eq!(lines[1].hours.as_deref(), Some("24 giờ, 7 ngày"));
        // A host's English wording is still English: no interpreters line.
        let host_english =
            Catalogue::with_host_text("en-AU", r#"{"crisis.title":"Help"}"#).unwrap();
        assert_eq!(default_lines(&host_english).len(), 4);
    }

    #[test]
    fn a_host_can_give_each_language_its_own_lines() {
        let got = crisis_lines_from_json(
            r#"{"en-AU":[{"name":"Local team","number":"5550 1234"}],
                "ar":[{"name":"الفريق المحلي","number":"5550 1235"}]}"#,
            "en-AU",
            "en",
        );
        assert!(got.problems.is_empty(), "{:?}", got.problems);
        let arabic = Catalogue::built_in("ar")
            .and_language([("language.name".to_owned(), "العربية".to_owned())].into());
        assert_eq!(numbers(got.for_words(&Catalogue::english())), ["5550 1234"]);
        assert_eq!(numbers(got.for_words(&arabic)), ["5550 1235"]);
        // A language with no lines of its own keeps the service's own team (the default
        // language's lines), with free interpreting after emergency services.
        let spanish = Catalogue::built_in("es")
            .and_language([("language.name".to_owned(), "Español".to_owned())].into());
        assert_eq!(numbers(got.for_words(&spanish)), ["131 450", "5550 1234"]);
        let with_emergency = crisis_lines_from_json(
            r#"{"en":[{"name":"Emergency","number":"000"},{"name":"Local team","number":"5550 1234"}]}"#,
            "en-AU",
            "en",
        );
        assert_eq!(
            numbers(with_emergency.for_words(&spanish)),
            ["000", "131 450", "5550 1234"]
        );
        // The page's own tag names the default language, built in or not.
        let french_page = crisis_lines_from_json(
            r#"{"fr":[{"name":"Équipe locale","number":"5550 1236"}]}"#,
            "fr",
            "en",
        );
        assert!(
            french_page.problems.is_empty(),
            "{:?}",
            french_page.problems
        );
        let french =
            Catalogue::with_host_text("fr", r#"{"crisis.title":"Besoin d'aide ?"}"#).unwrap();
        assert_eq!(
            numbers(french_page.for_words(&french)),
            ["131 450", "5550 1236"]
        );
    }
}
