//! Crisis lines: the phone and text services a person can reach from anywhere in the planner.
//!
//! A host configures its own lines as a JSON list; when it sets none, or its list cannot be
//! used, the person sees the Australian defaults, and the web team gets a note saying why.
//!
//! ```json
//! [ { "name": "Lifeline", "number": "13 11 14", "text": "0477 13 11 14",
//!     "hours": "24 hours, 7 days", "description": "Crisis support, any time." } ]
//! ```
//!
//! `name` and `number` are needed; `text` (a number that takes text messages), `hours` and
//! `description` are optional. Everything is shown as plain text, never as HTML.

use crate::plan::dial_string;
use serde::Deserialize;

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

/// The lines to show, and what the web team should know about the host's configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLines {
    /// The lines, in the order shown.
    pub lines: Vec<CrisisLine>,
    /// Why the host's configuration was not used, for the console. Empty when it was.
    pub problems: Vec<String>,
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

fn line(name: &str, number: &str, text: Option<&str>, description: &str) -> CrisisLine {
    CrisisLine {
        name: name.to_owned(),
        number: number.to_owned(),
        text_number: text.map(str::to_owned),
        hours: Some("24 hours, 7 days".to_owned()),
        description: Some(description.to_owned()),
    }
}

/// The lines shown when the host sets none: Australian services.
pub fn australian_defaults() -> Vec<CrisisLine> {
    vec![
        line(
            "Emergency",
            "000",
            None,
            "Police, ambulance or fire, if you or someone else is in danger now.",
        ),
        line(
            "Lifeline",
            "13 11 14",
            Some("0477 13 11 14"),
            "Talk to someone about how you feel, any time.",
        ),
        line(
            "Beyond Blue",
            "1300 22 4636",
            None,
            "Talk things through with a trained counsellor.",
        ),
        line(
            "13YARN",
            "13 92 76",
            None,
            "Support from Aboriginal and Torres Strait Islander crisis supporters.",
        ),
    ]
}

/// Reads the host's list. Any line without a name or a number that can be dialled, or a list
/// that is not JSON, means the defaults are shown instead, with the reasons in `problems`.
pub fn crisis_lines_from_json(json: &str) -> CrisisLines {
    let defaults = |problem: String| CrisisLines {
        lines: australian_defaults(),
        problems: vec![problem],
    };
    let entries: Vec<LineIn> = match serde_json::from_str(json) {
        Ok(entries) => entries,
        Err(_) => return defaults("the crisis lines must be a JSON list of objects".to_owned()),
    };
    if entries.is_empty() {
        return defaults("the crisis line list is empty".to_owned());
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let mut lines = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let place = i + 1;
        let Some(name) = clean(entry.name) else {
            return defaults(format!("crisis line {place} has no name"));
        };
        let Some(number) = clean(entry.number) else {
            return defaults(format!("crisis line {place} ({name}) has no number"));
        };
        if dial_string(&number).is_none() {
            return defaults(format!(
                "crisis line {place} ({name}): {number:?} cannot be dialled"
            ));
        }
        let text_number = clean(entry.text);
        if let Some(text) = &text_number {
            if dial_string(text).is_none() {
                return defaults(format!(
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
    CrisisLines {
        lines,
        problems: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_list_replaces_the_defaults() {
        let got = crisis_lines_from_json(
            r#"[{"name":"Healthline","number":"0800 611 116","hours":"Any time"},
                {"name":"Need to talk?","number":"1737","text":"1737","description":"<b>Free</b> call or text"}]"#,
        );
        assert_eq!(got.problems, Vec::<String>::new());
        assert_eq!(got.lines.len(), 2);
        assert_eq!(got.lines[0].number, "0800 611 116");
        assert_eq!(got.lines[0].text_number, None);
        assert_eq!(got.lines[1].text_number.as_deref(), Some("1737"));
        assert_eq!(
            got.lines[1].description.as_deref(),
            Some("<b>Free</b> call or text"),
            "kept as text"
        );
    }

    #[test]
    fn a_partial_line_with_only_a_name_and_number_is_fine() {
        let got = crisis_lines_from_json(
            r#"[{"name":"Local team","number":"(02) 5550 1234","hours":"  "}]"#,
        );
        assert!(got.problems.is_empty());
        assert_eq!(got.lines[0].hours, None);
    }

    #[test]
    fn a_list_that_cannot_be_used_falls_back_to_the_defaults_and_says_why() {
        let cases = [
            ("not json", "JSON list"),
            ("{\"name\":\"x\"}", "JSON list"),
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
            let got = crisis_lines_from_json(json);
            assert_eq!(got.lines, australian_defaults(), "{json}");
            assert!(got.problems[0].contains(why), "{json}: {:?}", got.problems);
        }
    }

    #[test]
    fn the_defaults_are_the_australian_lines() {
        let numbers: Vec<_> = australian_defaults()
            .into_iter()
            .map(|l| l.number)
            .collect();
        assert_eq!(numbers, ["000", "13 11 14", "1300 22 4636", "13 92 76"]);
        assert!(australian_defaults()
            .iter()
            .all(|l| dial_string(&l.number).is_some()));
    }
}
