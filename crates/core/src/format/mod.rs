//! The record's file format: what an exported file, and the browser's stored copy, contain.
//!
//! The wire types live in `wire.rs`, apart from the domain types ([`crate::Record`] and its
//! parts): a person's file keeps its shape however the domain changes. The published JSON
//! Schema for each version is in `schema/record-v<N>.schema.json` at the repository root (and
//! beside the bundle in a built site); tests validate every export against it with an
//! independent validator.
//!
//! # Wire format, version 4
//!
//! A UTF-8 JSON object (exports are pretty-printed):
//!
//! ```json
//! {
//!   "format": "recovery-widgets/record",
//!   "schema_version": 4,
//!   "created": "2026-11-23T09:30:00.000Z",
//!   "updated": "2026-11-23T09:41:12.250Z",
//!   "inventory": {
//!     "domains": [
//!       { "domain": "money",
//!         "have_now": [ { "id": "k3x9", "text": "I pay my rent on time",
//!                         "kind": "individual", "updated": "2026-11-23T09:35:00.000Z" } ],
//!         "want": [], "helped_before": [] } ],
//!     "qualities": [ { "quality": "hope", "top": true, "updated": "2026-11-23T09:37:00.000Z" } ],
//!     "priorities": [ { "id": "p7", "domain": "money", "wish": "k4",
//!                       "updated": "2026-11-23T09:38:00.000Z" } ]
//!   },
//!   "goals": [
//!     { "id": "g1", "text": "Save for a trip to see Mum", "why": "She is getting older",
//!       "domain": "money",
//!       "strengths": [ { "entry": "k3x9" }, { "quality": "persistence" } ],
//!       "steps": [ { "id": "s1", "what": "Open a savings account", "who": "me",
//!                    "target": "2026-12-05", "done": "2026-12-04",
//!                    "updated": "2026-12-04T08:00:00.000Z" },
//!                  { "id": "s2", "what": "Ask about a payment plan",
//!                    "who": { "someone": "Aunty May" }, "not_this_time": true,
//!                    "learned": "Ring in the morning", "updated": "2026-11-30T10:00:00.000Z" } ],
//!       "state": "active",
//!       "reflection": { "worked_well": "", "learned": "", "where_else": "" },
//!       "history": [ { "at": "2026-11-23T09:50:00.000Z", "change": "started" },
//!                    { "at": "2026-12-04T08:00:00.000Z",
//!                      "change": { "step_done": "Open a savings account" } } ],
//!       "updated": "2026-12-04T08:00:00.000Z" }
//!   ],
//!   "plan": {
//!     "toolbox": [ { "id": "t1", "text": "A walk by the river",
//!                    "updated": "2026-11-23T10:00:00.000Z" } ],
//!     "people_to_ask": [ { "id": "c1", "text": "Jo (my sister)", "response": "0400 123 456",
//!                          "updated": "2026-11-23T10:01:00.000Z" } ]
//!   }
//! }
//! ```
//!
//! - `format` names the file's kind; any other value (or none) is not a record.
//! - `schema_version` is a whole number. A file with a newer version than
//!   [`SCHEMA_VERSION`] is refused whole, never half read. Every older version will always
//!   be read (old versions are frozen; a change adds a version and a migration).
//! - Times are RFC 3339 in UTC. Ids are opaque text, unique within the record.
//! - `updated` on an answer, quality, priority, goal, step or plan entry is when the person
//!   last changed it (a goal's covers its own words, area, strengths, state and reflection;
//!   each step has its own). Merging two copies keeps the newer of two edits.
//! - `removed` (left out when empty) lists `{ "key": "<id>", "at": "<time>" }` for entries
//!   removed in the last 30 days (a quality's key is `quality:<id>`), so that another open
//!   tab does not bring them back. Opening a file ignores it: a file never removes anything.
//! - `kind` is one of `individual`, `interpersonal`, `environmental`, or absent.
//! - Dates of steps (`target`, `done`) are calendar dates, `YYYY-MM-DD`, with no time zone:
//!   a date stays the same day wherever the file is opened.
//! - A goal's `state` is `active`, `paused`, `achieved` or `let_go`; `who` is `me`, `family`,
//!   `friend`, `peer_worker`, `practitioner` or `{ "someone": "<name>" }`; a history
//!   `change` is `started`, `{ "reworded": "<words before>" }`, `{ "state": "<state>" }`,
//!   `{ "step_done": "<step>" }` or `{ "step_not_this_time": "<step>" }`.
//! - `journey` (left out when there are no check-ins) holds `check_ins`, oldest day first.
//!   A check-in's `date` is the person's calendar day; each of its `areas` has a life area's
//!   id, a `rating` from 0 to 10 (left out when skipped) and `helped`, the person's words for
//!   what has helped (left out when blank); an area skipped whole is not there. `noticed`
//!   lists signs from the plan (`triggers`, `early_signs`) ticked as noticed lately: `sign` is
//!   the plan entry's id, `text` its words when ticked. A life area appears once in a
//!   check-in; a rating past 10 is damage.
//!
//! # Versions
//!
//! - **1**: `inventory` only. Read with no goals and an empty plan.
//! - **2**: adds `goals` and `plan`.
//! - **3**: adds `updated` to every goal, step, quality, priority and plan entry, so that
//!   merging two copies can keep the newer edit of each, and `removed`. A version 1 or 2 file is read with the
//!   file's own `updated` for each of them.
//! - **4**: adds `journey`, the check-ins. Nothing else changed: a version 3 file is read as
//!   it was, with no check-ins (a `journey` in a version 1 to 3 file is not read).
//!
//! The `plan` holds one list per part of the warning-sign plan, each left out when empty:
//! `when_well`, `toolbox`, `every_day`, `might_do`, `triggers`, `early_signs`, `worse_signs`,
//! `worse_plan`, `crisis_signs`, `on_my_own`, `take_my_mind_off`, `people_to_ask`, `services`,
//! `safer_space`, `reasons_for_living`, `helps`, `does_not_help`, `involve`, `do_not_involve`,
//! `treatment`, `put_away`, `back_to_routine`. An item has `id` and `text`; `response` holds what
//! I will do (triggers, early signs) or a contact's phone number as typed.
//! - Parts a version does not know are ignored; missing lists read as empty.
//!
//! # Limits
//!
//! The first three are checked before the file is parsed, so no file can make the reader
//! recurse deeply or use a great deal of memory; a file over a limit is refused with an error
//! naming it. The browser's stored copy is held to the nesting limit only (see
//! [`read_stored`]).
//! - at most [`MAX_FILE_BYTES`] bytes (8 MiB);
//! - lists and objects nested at most [`MAX_NESTING`] deep (records use six);
//! - at most [`MAX_LIST_ENTRIES`] entries across all lists;
//! - one text at most [`crate::inventory::MAX_TEXT_CHARS`] characters (checked after parsing,
//!   before anything is shown).

pub mod calendar;
pub mod fhir;
mod limits;
pub mod locked;
pub mod share;
mod stored;
pub mod take_home;
mod wire;

pub use limits::{MAX_FILE_BYTES, MAX_LIST_ENTRIES, MAX_NESTING};
pub use stored::StoredText;

use crate::error::ImportError;
use crate::inventory::MAX_TEXT_CHARS;
use crate::journey::MAX_RATING;
use crate::record::Record;
use serde::Deserialize;

/// The value of the `format` field in every record file.
pub const FORMAT_NAME: &str = "recovery-widgets/record";

/// The newest schema version this crate writes and reads.
pub const SCHEMA_VERSION: u32 = 4;

/// Only the fields that say what a file is, read before anything else.
#[derive(Deserialize)]
struct EnvelopeHead {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    schema_version: Option<Version>,
}

/// A `schema_version` value: a whole number, or anything else (kept as `None`) so that a
/// file with a nonsense version is "not a record" rather than "damaged".
struct Version(Option<u64>);

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Version;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a version number")
            }
            fn visit_u64<E>(self, v: u64) -> Result<Version, E> {
                Ok(Version(Some(v)))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_unit<E>(self) -> Result<Version, E> {
                Ok(Version(None))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Version, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(Version(None))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Version, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Version(None))
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

/// Writes the record as pretty-printed JSON, for a person to keep.
pub fn export_json(record: &Record) -> String {
    serde_json::to_string_pretty(&wire::Envelope::from_record(record)).unwrap_or_default()
}

/// Writes the record as compact JSON, for the browser's storage.
pub fn to_storage_json(record: &Record) -> String {
    serde_json::to_string(&wire::Envelope::from_record(record)).unwrap_or_default()
}

/// Reads a record from a file's text.
///
/// Checks, in order: the limits (size, nesting, list entries) before parsing, that it is JSON,
/// that it is a record, that its version is one this bundle reads, that every part fits the
/// format, and that every text fits the length limit and every id is used once. The first
/// that fails is returned, and nothing is half read.
pub fn import_json(text: &str) -> Result<Record, ImportError> {
    read(text, limits::Check::File).map(|(record, _)| record)
}

/// Reads the browser's stored copy of the record (this tab's, or another tab's save), and the
/// format version it was written in.
///
/// Like [`import_json`], except that the file-size and list-entry limits do not apply: the
/// browser's own storage limit bounds the text, and a record that grew past the file limits
/// must still open.
pub fn read_stored(text: &str) -> Result<(Record, u64), ImportError> {
    read(text, limits::Check::Stored)
}

fn read(text: &str, check: limits::Check) -> Result<(Record, u64), ImportError> {
    // Some editors start a saved file with a byte-order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    limits::check(text, check)?;
    let head: EnvelopeHead = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ImportError::NotARecord,
        _ => ImportError::NotJson,
    })?;
    if head.format.as_deref() != Some(FORMAT_NAME) {
        return Err(ImportError::NotARecord);
    }
    let version = match head.schema_version.and_then(|v| v.0) {
        Some(v) if v >= 1 => v,
        _ => return Err(ImportError::NotARecord),
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(ImportError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let body: wire::Envelope<'static> =
        serde_json::from_str(text).map_err(|e| ImportError::Damaged {
            detail: format!(
                "line {}, column {}: {}",
                e.line(),
                e.column(),
                data_error_kind(&e)
            ),
        })?;
    let record = body.into_record(version)?;
    check_record(&record)?;
    Ok((record, version))
}

// serde_json's messages can quote the offending value; keep only its shape so a person's words
// never reach a console.
fn data_error_kind(e: &serde_json::Error) -> &'static str {
    let message = e.to_string();
    if message.starts_with("missing field") {
        "a required field is missing"
    } else if message.starts_with("invalid type") {
        "a field has the wrong type"
    } else if message.starts_with("unknown variant") {
        "a field has a value the format does not allow"
    } else {
        "a value does not fit the format"
    }
}

fn check_record(record: &Record) -> Result<(), ImportError> {
    let inv = &record.inventory;
    let entries = inv
        .domains
        .iter()
        .flat_map(|d| d.have_now.iter().chain(&d.want).chain(&d.helped_before));
    let goals = &record.goals.goals;
    let check_ins = &record.journey.check_ins;
    let texts = entries
        .clone()
        .map(|e| e.text.as_str())
        .chain(goals.iter().flat_map(goal_texts))
        .chain(
            record
                .plan
                .all_items()
                .flat_map(|i| [i.text.as_str(), i.response.as_str()]),
        )
        .chain(check_ins.iter().flat_map(|c| {
            c.areas
                .iter()
                .map(|a| a.helped.as_str())
                .chain(c.noticed.iter().map(|n| n.text.as_str()))
        }));
    for text in texts {
        if text.chars().count() > MAX_TEXT_CHARS {
            return Err(ImportError::TextTooLong {
                limit: MAX_TEXT_CHARS,
            });
        }
    }
    if repeats(inv.domains.iter().map(|d| d.domain.as_str())) {
        return Err(damaged("a life area appears twice"));
    }
    if repeats(inv.qualities.iter().map(|q| q.quality.as_str())) {
        return Err(damaged("a quality appears twice"));
    }
    for c in check_ins {
        if c.areas
            .iter()
            .any(|a| a.rating.is_some_and(|r| r > MAX_RATING))
        {
            return Err(damaged("a rating is past 10"));
        }
        if repeats(c.areas.iter().map(|a| a.domain.as_str())) {
            return Err(damaged("a life area appears twice in a check-in"));
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    let all_ids = entries
        .map(|e| &e.id)
        .chain(inv.priorities.iter().map(|p| &p.id))
        .chain(
            goals
                .iter()
                .flat_map(|g| std::iter::once(&g.id).chain(g.steps.iter().map(|s| &s.id))),
        )
        .chain(record.plan.all_items().map(|i| &i.id))
        .chain(check_ins.iter().map(|c| &c.id));
    for id in all_ids {
        if id.as_str().is_empty() {
            return Err(damaged("an item has a blank id"));
        }
        if !ids.insert(id.as_str()) {
            return Err(damaged("two items share an id"));
        }
    }
    Ok(())
}

/// Whether any key comes twice (the lists are short: a few life areas, 24 qualities).
fn repeats<'a>(keys: impl Iterator<Item = &'a str> + Clone) -> bool {
    keys.clone()
        .enumerate()
        .any(|(i, key)| keys.clone().skip(i + 1).any(|other| other == key))
}

/// Every text a person wrote in a goal, its steps, its reflection and its history.
fn goal_texts(goal: &crate::goals::Goal) -> impl Iterator<Item = &str> {
    use crate::goals::{GoalChange, Helper};
    let r = &goal.reflection;
    [
        &goal.text,
        &goal.why,
        &r.worked_well,
        &r.learned,
        &r.where_else,
    ]
    .into_iter()
    .chain(goal.steps.iter().flat_map(|s| {
        let who = match &s.who {
            Some(Helper::Someone(name)) => Some(name),
            _ => None,
        };
        [&s.what, &s.notes, &s.learned].into_iter().chain(who)
    }))
    .chain(goal.history.iter().filter_map(|e| match &e.change {
        GoalChange::Reworded(t) | GoalChange::StepDone(t) | GoalChange::StepNotThisTime(t) => {
            Some(t)
        }
        GoalChange::Started | GoalChange::State(_) => None,
    }))
    .map(String::as_str)
}

fn damaged(detail: &str) -> ImportError {
    ImportError::Damaged {
        detail: detail.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::ItemId;
    use crate::inventory::{Question, StrengthKind};
    use crate::time::Timestamp;

    fn sample() -> Record {
        let now = Timestamp::from_millis(1_795_426_200_250);
        let mut record = Record::new(now);
        let inv = &mut record.inventory;
        inv.add_entry(
            "money",
            Question::HaveNow,
            "I pay rent \"on time\" ✓",
            ItemId::new("a"),
            now,
        )
        .unwrap();
        inv.set_entry_kind(&ItemId::new("a"), Some(StrengthKind::Individual), now)
            .unwrap();
        inv.add_entry(
            "money",
            Question::Want,
            "Save <b>a little</b>",
            ItemId::new("b"),
            now,
        )
        .unwrap();
        inv.set_top_quality("hope", true).unwrap();
        inv.add_priority("money", Some(ItemId::new("b")), ItemId::new("p"))
            .unwrap();
        let goal = ItemId::new("g");
        record
            .goals
            .add_goal("Save a little each week", goal.clone(), now)
            .unwrap();
        record
            .goals
            .add_step(
                &goal,
                "Open an account",
                Some(crate::goals::Helper::Someone("Sam".into())),
                None,
                ItemId::new("s"),
                now,
            )
            .unwrap();
        record
            .goals
            .mark_step_done(
                &goal,
                &ItemId::new("s"),
                crate::CalendarDate::new(2026, 12, 5).unwrap(),
                now,
            )
            .unwrap();
        record
    }

    #[test]
    fn export_then_import_gives_the_same_record() {
        let record = sample();
        assert_eq!(import_json(&export_json(&record)), Ok(record.clone()));
        assert_eq!(import_json(&to_storage_json(&record)), Ok(record));
    }

    #[test]
    fn export_names_its_format_and_version() {
        let json: serde_json::Value = serde_json::from_str(&export_json(&sample())).unwrap();
        assert_eq!(json["format"], FORMAT_NAME);
        assert_eq!(json["schema_version"], SCHEMA_VERSION);
        assert_eq!(json["created"], "2026-11-23T09:30:00.250Z");
    }

    #[test]
    fn bad_files_are_refused_with_the_reason() {
        let v1 = r#"{"format":"recovery-widgets/record","schema_version":2,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z""#;
        let cases: Vec<(String, ImportError)> = vec![
            ("".into(), ImportError::NotJson),
            ("hello".into(), ImportError::NotJson),
            ("{\"format\":".into(), ImportError::NotJson),
            ("[1, 2, 3]".into(), ImportError::NotARecord),
            ("42".into(), ImportError::NotARecord),
            ("{\"name\":\"a survey\"}".into(), ImportError::NotARecord),
            (
                "{\"format\":\"something-else\",\"schema_version\":1}".into(),
                ImportError::NotARecord,
            ),
            (
                "{\"format\":\"recovery-widgets/record\",\"schema_version\":\"one\"}".into(),
                ImportError::NotARecord,
            ),
            (
                "{\"format\":\"recovery-widgets/record\",\"schema_version\":0}".into(),
                ImportError::NotARecord,
            ),
            (
                "{\"format\":\"recovery-widgets/record\",\"schema_version\":7,\"whatever\":[]}".into(),
                ImportError::NewerVersion { found: 7, supported: SCHEMA_VERSION },
            ),
            (
                "{\"format\":\"recovery-widgets/record\",\"schema_version\":1}".into(),
                damaged("line 1, column 55: a required field is missing"),
            ),
            (
                format!("{v1},\"inventory\":{{\"domains\":[{{\"domain\":\"money\",\"want\":[{{\"id\":\"a\",\"text\":\"secret words\",\"kind\":\"bogus\",\"updated\":\"2026-01-01T00:00:00Z\"}}]}}]}}}}"),
                damaged("line 1, column 217: a field has a value the format does not allow"),
            ),
            (
                format!("{v1},\"inventory\":{{\"priorities\":[{{\"id\":\"x\",\"domain\":\"money\"}},{{\"id\":\"x\",\"domain\":\"health\"}}]}}}}"),
                damaged("two items share an id"),
            ),
            (
                " ".repeat(MAX_FILE_BYTES + 1),
                ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES },
            ),
        ];
        for (text, expected) in cases {
            let shown: String = text.chars().take(60).collect();
            assert_eq!(import_json(&text), Err(expected), "{shown}");
        }
    }

    #[test]
    fn files_over_a_limit_are_refused_naming_the_limit() {
        let head = r#"{"format":"recovery-widgets/record","schema_version":3,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z""#;
        let deep = format!("{head},\"x\":{}{}}}", "[".repeat(40), "]".repeat(40));
        assert_eq!(
            import_json(&deep),
            Err(ImportError::TooDeep { limit: MAX_NESTING })
        );
        let many = format!(
            "{head},\"x\":[{}]}}",
            vec!["0"; MAX_LIST_ENTRIES + 1].join(",")
        );
        assert_eq!(
            import_json(&many),
            Err(ImportError::TooManyEntries {
                limit: MAX_LIST_ENTRIES
            })
        );
        let mut record = sample();
        record.goals.goals[0].reflection.where_else = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            import_json(&export_json(&record)),
            Err(ImportError::TextTooLong {
                limit: MAX_TEXT_CHARS
            })
        );
        record.goals.goals[0].reflection.where_else = "é".repeat(MAX_TEXT_CHARS);
        assert!(import_json(&export_json(&record)).is_ok());
    }

    #[test]
    fn a_life_area_or_a_quality_written_twice_is_damage() {
        let head = r#"{"format":"recovery-widgets/record","schema_version":3,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z""#;
        let at = r#""updated":"2026-01-01T00:00:00Z""#;
        let file = |inventory: &str| format!("{head},\"inventory\":{{{inventory}}}}}");
        let cases = [
            (
                r#""domains":[{"domain":"money"},{"domain":"health"}]"#,
                Ok(()),
            ),
            (
                r#""domains":[{"domain":"money"},{"domain":"money"}]"#,
                Err(damaged("a life area appears twice")),
            ),
            (
                &format!(r#""qualities":[{{"quality":"hope",{at}}},{{"quality":"humour",{at}}}]"#),
                Ok(()),
            ),
            (
                &format!(r#""qualities":[{{"quality":"hope",{at}}},{{"quality":"hope",{at}}}]"#),
                Err(damaged("a quality appears twice")),
            ),
        ];
        for (inventory, expected) in cases {
            assert_eq!(
                import_json(&file(inventory)).map(|_| ()),
                expected,
                "{inventory}"
            );
        }
    }

    #[test]
    fn a_helpers_name_is_held_to_the_text_limit() {
        let mut record = sample();
        let step = &mut record.goals.goals[0].steps[0];
        step.who = Some(crate::goals::Helper::Someone(
            "x".repeat(MAX_TEXT_CHARS + 1),
        ));
        assert_eq!(
            import_json(&export_json(&record)),
            Err(ImportError::TextTooLong {
                limit: MAX_TEXT_CHARS
            })
        );
    }

    #[test]
    fn a_version_3_file_must_say_when_each_item_changed() {
        let text = export_json(&sample()).replacen(
            "\"updated\": \"2026-11-23T09:30:00.250Z\"\n    }",
            "\"x\": 1\n    }",
            1,
        );
        assert!(
            matches!(import_json(&text), Err(ImportError::Damaged { .. })),
            "{text}"
        );
    }

    #[test]
    fn damage_details_never_quote_the_persons_words() {
        let text = r#"{"format":"recovery-widgets/record","schema_version":1,"created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z","inventory":{"domains":[{"domain":"money","want":[{"id":"a","text":"my secret","kind":"my secret","updated":"x"}]}]}}"#;
        let err = import_json(text).unwrap_err().to_string();
        assert!(!err.contains("secret"), "{err}");
    }

    #[test]
    fn unknown_fields_are_ignored_and_missing_lists_read_as_empty() {
        let text = r#"{"format":"recovery-widgets/record","schema_version":1,"created":"2026-01-01T00:00:00Z","updated":"2026-01-02T00:00:00Z","from_the_future":true}"#;
        let record = import_json(text).unwrap();
        assert!(record.is_empty());
        assert_eq!(record.updated.to_string(), "2026-01-02T00:00:00.000Z");
    }
}
