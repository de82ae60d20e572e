//! The record's file format: what an exported file, and the browser's stored copy, contain.
//!
//! # Wire format, version 2
//!
//! A UTF-8 JSON object (exports are pretty-printed):
//!
//! ```json
//! {
//!   "format": "recovery-widgets/record",
//!   "schema_version": 2,
//!   "created": "2026-11-23T09:30:00.000Z",
//!   "updated": "2026-11-23T09:41:12.250Z",
//!   "inventory": {
//!     "domains": [
//!       { "domain": "money",
//!         "have_now": [ { "id": "k3x9", "text": "I pay my rent on time",
//!                         "kind": "individual", "updated": "2026-11-23T09:35:00.000Z" } ],
//!         "want": [], "helped_before": [] } ],
//!     "qualities": [ { "quality": "hope", "top": true } ],
//!     "priorities": [ { "id": "p7", "domain": "money", "wish": "k4" } ]
//!   },
//!   "goals": [
//!     { "id": "g1", "text": "Save for a trip to see Mum", "why": "She is getting older",
//!       "domain": "money",
//!       "strengths": [ { "entry": "k3x9" }, { "quality": "persistence" } ],
//!       "steps": [ { "id": "s1", "what": "Open a savings account", "who": "me",
//!                    "target": "2026-12-05", "done": "2026-12-04" },
//!                  { "id": "s2", "what": "Ask about a payment plan",
//!                    "who": { "someone": "Aunty May" }, "not_this_time": true,
//!                    "learned": "Ring in the morning" } ],
//!       "state": "active",
//!       "reflection": { "worked_well": "", "learned": "", "where_else": "" },
//!       "history": [ { "at": "2026-11-23T09:50:00.000Z", "change": "started" },
//!                    { "at": "2026-12-04T08:00:00.000Z",
//!                      "change": { "step_done": "Open a savings account" } } ] }
//!   ],
//!   "plan": {
//!     "toolbox": [ { "id": "t1", "text": "A walk by the river" } ],
//!     "triggers": [ { "id": "t2", "text": "Money worries", "response": "Ring the money counsellor" } ],
//!     "people_to_ask": [ { "id": "c1", "text": "Jo (my sister)", "response": "0400 123 456" } ]
//!   }
//! }
//! ```
//!
//! - `format` names the file's kind; any other value (or none) is not a record.
//! - `schema_version` is a whole number. A file with a newer version than
//!   [`SCHEMA_VERSION`] is refused whole, never half read. Every older version will always
//!   be read (old versions are frozen; a change adds a version and a migration).
//! - Times are RFC 3339 in UTC. Ids are opaque text, unique within the record.
//! - `kind` is one of `individual`, `interpersonal`, `environmental`, or absent.
//! - Dates of steps (`target`, `done`) are calendar dates, `YYYY-MM-DD`, with no time zone:
//!   a date stays the same day wherever the file is opened.
//! - A goal's `state` is `active`, `paused`, `achieved` or `let_go`; `who` is `me`, `family`,
//!   `friend`, `peer_worker`, `practitioner` or `{ "someone": "<name>" }`; a history
//!   `change` is `started`, `{ "reworded": "<words before>" }`, `{ "state": "<state>" }`,
//!   `{ "step_done": "<step>" }` or `{ "step_not_this_time": "<step>" }`.
//!
//! # Versions
//!
//! - **1**: `inventory` only. Read as version 2 with no goals.
//! - **2**: adds `goals` and `plan`.
//!
//! The `plan` holds one list per part of the warning-sign plan, each left out when empty:
//! `when_well`, `toolbox`, `every_day`, `might_do`, `triggers`, `early_signs`, `worse_signs`,
//! `worse_plan`, `crisis_signs`, `on_my_own`, `take_my_mind_off`, `people_to_ask`, `services`,
//! `safer_space`, `reasons_for_living`, `helps`, `does_not_help`, `involve`, `do_not_involve`,
//! `treatment`, `put_away`, `back_to_routine`. An item has `id` and `text`; `response` holds what
//! I will do (triggers, early signs) or a contact's phone number as typed.
//! - Parts a version does not know are ignored; missing lists read as empty.
//! - A file is at most [`MAX_FILE_BYTES`] bytes; one text is at most
//!   [`crate::inventory::MAX_TEXT_CHARS`] characters.

use crate::error::ImportError;
use crate::goals::Goals;
use crate::inventory::{StrengthsInventory, MAX_TEXT_CHARS};
use crate::plan::WarningSignPlan;
use crate::record::Record;
use crate::time::Timestamp;
use serde::{Deserialize, Serialize};

/// The value of the `format` field in every record file.
pub const FORMAT_NAME: &str = "recovery-widgets/record";

/// The newest schema version this crate writes and reads.
pub const SCHEMA_VERSION: u32 = 2;

/// The largest file an import will read: 2 MiB, far more than a lifetime of answers.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    schema_version: u32,
    created: Timestamp,
    updated: Timestamp,
    inventory: &'a StrengthsInventory,
    goals: &'a Goals,
    plan: &'a WarningSignPlan,
}

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

/// Version 1, frozen: the strengths inventory alone.
#[derive(Deserialize)]
struct EnvelopeV1 {
    created: Timestamp,
    updated: Timestamp,
    #[serde(default)]
    inventory: StrengthsInventory,
}

/// Version 2: adds the goals and the warning-sign plan.
#[derive(Deserialize)]
struct EnvelopeV2 {
    created: Timestamp,
    updated: Timestamp,
    #[serde(default)]
    inventory: StrengthsInventory,
    #[serde(default)]
    goals: Goals,
    #[serde(default)]
    plan: WarningSignPlan,
}

impl From<EnvelopeV1> for EnvelopeV2 {
    fn from(v1: EnvelopeV1) -> Self {
        EnvelopeV2 {
            created: v1.created,
            updated: v1.updated,
            inventory: v1.inventory,
            goals: Goals::default(),
            plan: WarningSignPlan::default(),
        }
    }
}

/// Writes the record as pretty-printed JSON, for a person to keep.
pub fn export_json(record: &Record) -> String {
    serde_json::to_string_pretty(&envelope(record)).unwrap_or_default()
}

/// Writes the record as compact JSON, for the browser's storage.
pub fn to_storage_json(record: &Record) -> String {
    serde_json::to_string(&envelope(record)).unwrap_or_default()
}

fn envelope(record: &Record) -> EnvelopeOut<'_> {
    EnvelopeOut {
        format: FORMAT_NAME,
        schema_version: SCHEMA_VERSION,
        created: record.created,
        updated: record.updated,
        inventory: &record.inventory,
        goals: &record.goals,
        plan: &record.plan,
    }
}

/// Reads a record from a file's text (or the browser's stored copy).
///
/// Checks, in order: size, that it is JSON, that it is a record, that its version is one this
/// bundle reads, and that every part fits the format. The first that fails is returned.
pub fn import_json(text: &str) -> Result<Record, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
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
    let damaged = |e: serde_json::Error| ImportError::Damaged {
        detail: format!(
            "line {}, column {}: {}",
            e.line(),
            e.column(),
            data_error_kind(&e)
        ),
    };
    let body: EnvelopeV2 = if version == 1 {
        serde_json::from_str::<EnvelopeV1>(text)
            .map_err(damaged)?
            .into()
    } else {
        serde_json::from_str(text).map_err(damaged)?
    };
    let record = Record {
        created: body.created,
        updated: body.updated,
        inventory: body.inventory,
        goals: body.goals,
        plan: body.plan,
    };
    check_record(&record)?;
    Ok(record)
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
    let mut ids = std::collections::BTreeSet::new();
    let entries = inv
        .domains
        .iter()
        .flat_map(|d| d.have_now.iter().chain(&d.want).chain(&d.helped_before));
    for entry in entries {
        if entry.text.chars().count() > MAX_TEXT_CHARS {
            return Err(damaged("a text is longer than the limit"));
        }
        if !ids.insert(entry.id.as_str()) {
            return Err(damaged("two items share an id"));
        }
    }
    for priority in &inv.priorities {
        if !ids.insert(priority.id.as_str()) {
            return Err(damaged("two items share an id"));
        }
    }
    for goal in &record.goals.goals {
        let texts = [&goal.text, &goal.why].into_iter().chain(
            goal.steps
                .iter()
                .flat_map(|s| [&s.what, &s.notes, &s.learned]),
        );
        if texts
            .into_iter()
            .any(|t| t.chars().count() > MAX_TEXT_CHARS)
        {
            return Err(damaged("a text is longer than the limit"));
        }
        let step_ids = goal.steps.iter().map(|s| s.id.as_str());
        for id in std::iter::once(goal.id.as_str()).chain(step_ids) {
            if !ids.insert(id) {
                return Err(damaged("two items share an id"));
            }
        }
    }
    for item in record.plan.all_items() {
        if item.text.chars().count() > MAX_TEXT_CHARS
            || item.response.chars().count() > MAX_TEXT_CHARS
        {
            return Err(damaged("a text is longer than the limit"));
        }
        if !ids.insert(item.id.as_str()) {
            return Err(damaged("two items share an id"));
        }
    }
    Ok(())
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
