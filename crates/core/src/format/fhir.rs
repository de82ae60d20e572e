//! A file for a care team's computer system: the parts the person chose, as a FHIR R4 (4.0.1)
//! document Bundle. `docs/fhir.md` has the mapping table, the canonical URLs and what is left
//! out.
//!
//! - The Bundle is `type: document`; its first entry is a Composition written by the person
//!   (a Patient resource with nothing in it but an id: the person is the author, and FHIR wants
//!   a reference to them, but the file names no one), with one section per chosen part. Each
//!   section's narrative holds the same words as the readable copy
//!   ([`crate::format::share::shared_copy`]).
//! - The strengths inventory is a QuestionnaireResponse to the Questionnaire the project
//!   publishes ([`QUESTIONNAIRE_URL`]); goals are Goal resources, each goal's steps the
//!   activities of a CarePlan for it, with the people who help as RelatedPerson resources; the
//!   warning-sign plan is one CarePlan, its entries activities coded by part
//!   ([`CODE_SYSTEM_URL`]).
//! - Ids are `urn:uuid:`s made from the record's own ids (and the time the record was begun),
//!   never from the person's words: the same record gives the same file. Only the Bundle's
//!   `identifier` and `timestamp` follow the time passed in.
//! - Every text is trimmed, control characters are dropped (they have no place in XML or in a
//!   FHIR string), blank words are left out, and the narrative is escaped XHTML.
//!
//! ```
//! use recovery_core::format::fhir::care_team_file;
//! use recovery_core::format::share::{SharePart, ShareSettings};
//! use recovery_core::text::Catalogue;
//! use recovery_core::{ItemId, Record, Timestamp};
//!
//! let mut record = Record::new(Timestamp::from_millis(0));
//! record.goals.add_goal("Visit Mum", ItemId::new("g1"), Timestamp::from_millis(0))?;
//! let catalogue = Catalogue::english();
//! let settings = ShareSettings::new(&catalogue, "1 Dec 2026");
//! let file = care_team_file(&record, &[SharePart::Goals], &settings, Timestamp::from_millis(0));
//! assert!(file.contains("\"type\": \"document\""));
//! assert!(file.contains("\"resourceType\": \"Goal\""));
//! # Ok::<(), recovery_core::EditError>(())
//! ```

use crate::format::share::{
    chosen_in_order, escape, plain_line, shared_copy, SharePart, ShareSettings,
};
use crate::goals::{Goal, Helper, ReflectionPrompt, StepState, StrengthLink};
use crate::inventory::Question;
use crate::plan::{ItemShape, PlanList, PlanSection};
use crate::presets;
use crate::record::Record;
use crate::text::{Catalogue, Text};
use crate::time::Timestamp;
use serde::Serialize;

/// Where the project's FHIR definitions are named (a name, like the record schemas' `$id`:
/// nothing fetches it).
pub const CANONICAL_BASE: &str = "https://recovery-widgets.example/fhir";
/// The canonical URL of the strengths inventory's Questionnaire (`fhir/Questionnaire-strengths-inventory.json`).
pub const QUESTIONNAIRE_URL: &str =
    "https://recovery-widgets.example/fhir/Questionnaire/strengths-inventory";
/// The canonical URL of the code system for the record's parts, life areas, qualities and
/// kinds of strength (`fhir/CodeSystem-recovery-widgets.json`).
pub const CODE_SYSTEM_URL: &str =
    "https://recovery-widgets.example/fhir/CodeSystem/recovery-widgets";
/// The version of both, written into the file.
pub const DEFINITIONS_VERSION: &str = "1";

/// The Bundle for the chosen parts, pretty-printed JSON, made at `now`.
pub fn care_team_file(
    record: &Record,
    parts: &[SharePart],
    settings: &ShareSettings,
    now: Timestamp,
) -> String {
    // Serialising plain structs of strings cannot fail; an empty text would be refused by the
    // validator and the tests, never handed over silently.
    serde_json::to_string_pretty(&care_team_bundle(record, parts, settings, now))
        .unwrap_or_default()
}

/// The Bundle for the chosen parts, as typed FHIR resources.
pub fn care_team_bundle(
    record: &Record,
    parts: &[SharePart],
    settings: &ShareSettings,
    now: Timestamp,
) -> Bundle {
    Builder::new(record, settings).bundle(parts, now)
}

/// A FHIR Bundle (only the elements this file uses).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    /// Always `Bundle`.
    pub resource_type: &'static str,
    /// The document's identifier (bdl-9).
    pub identifier: Identifier,
    /// Always `document`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// When the file was made.
    pub timestamp: String,
    /// The Composition first, then every resource it points to.
    pub entry: Vec<Entry>,
}

/// An identifier: a system and a value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Identifier {
    /// `urn:ietf:rfc:3986`: the value is a URI.
    pub system: &'static str,
    /// The value.
    pub value: String,
}

/// One entry of the Bundle.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// `urn:uuid:…`, what references point at.
    pub full_url: String,
    /// The resource.
    pub resource: Resource,
}

/// The resources a file holds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "resourceType")]
pub enum Resource {
    /// The document's table of contents.
    Composition(Composition),
    /// The person: an id and nothing else.
    Patient(Patient),
    /// A person who helps, or someone to call.
    RelatedPerson(RelatedPerson),
    /// A service to call.
    Organization(Organization),
    /// The strengths inventory.
    QuestionnaireResponse(QuestionnaireResponse),
    /// A goal.
    Goal(FhirGoal),
    /// A goal's steps, or the warning-sign plan.
    CarePlan(CarePlan),
}

impl Resource {
    /// The resource's FHIR type name.
    pub fn type_name(&self) -> &'static str {
        match self {
            Resource::Composition(_) => "Composition",
            Resource::Patient(_) => "Patient",
            Resource::RelatedPerson(_) => "RelatedPerson",
            Resource::Organization(_) => "Organization",
            Resource::QuestionnaireResponse(_) => "QuestionnaireResponse",
            Resource::Goal(_) => "Goal",
            Resource::CarePlan(_) => "CarePlan",
        }
    }
}

/// A reference to another entry, with its type.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reference {
    /// `urn:uuid:…` (absent for a helper with no resource of their own).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The resource type.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Words for a reader, when there is no resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// A code from a code system.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coding {
    /// The code system's canonical URL.
    pub system: &'static str,
    /// The code.
    pub code: String,
    /// The code's meaning, in the person's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// Codes and words for one idea.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CodeableConcept {
    /// The codes (none when only words fit).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    /// The words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Human-readable XHTML.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Narrative {
    /// Always `generated`: made from the record.
    pub status: &'static str,
    /// `<div xmlns="http://www.w3.org/1999/xhtml">…</div>`, escaped.
    pub div: String,
}

/// A note: words with an optional date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Annotation {
    /// When, for a step done (`YYYY-MM-DD`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The words.
    pub text: String,
}

/// A Composition: the document's header and sections.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Composition {
    /// The entry's id.
    pub id: String,
    /// The person's language.
    pub language: String,
    /// Always `final`.
    pub status: &'static str,
    /// What kind of document.
    #[serde(rename = "type")]
    pub kind: CodeableConcept,
    /// The person.
    pub subject: Reference,
    /// When it was made.
    pub date: String,
    /// The person, who wrote it.
    pub author: Vec<Reference>,
    /// The copy's heading, in the person's words.
    pub title: String,
    /// `R` (restricted): mental health information.
    pub confidentiality: &'static str,
    /// One section a chosen part.
    pub section: Vec<Section>,
}

/// A section of the Composition: one chosen part.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    /// The part's heading.
    pub title: String,
    /// The part's code.
    pub code: CodeableConcept,
    /// The same words the readable copy shows for this part.
    pub text: Narrative,
    /// The resources that hold the part.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<Reference>,
}

/// The person: nothing but an id.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Patient {
    /// The entry's id.
    pub id: String,
}

/// Someone who helps with a step, or a person to call.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RelatedPerson {
    /// The entry's id.
    pub id: String,
    /// Whose person they are.
    pub patient: Reference,
    /// Family or friend, when the person said so.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relationship: Vec<CodeableConcept>,
    /// Their name as the person wrote it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub name: Vec<HumanName>,
    /// Their phone number as typed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub telecom: Vec<ContactPoint>,
}

/// A service to call.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Organization {
    /// The entry's id.
    pub id: String,
    /// Its name as the person wrote it.
    pub name: String,
    /// Its phone number as typed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub telecom: Vec<ContactPoint>,
}

/// A name, as written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HumanName {
    /// The whole name.
    pub text: String,
}

/// A phone number.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContactPoint {
    /// Always `phone`.
    pub system: &'static str,
    /// The number as typed.
    pub value: String,
}

/// The strengths inventory's answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuestionnaireResponse {
    /// The entry's id.
    pub id: String,
    /// The Questionnaire answered (`url|version`).
    pub questionnaire: String,
    /// Always `completed`: what the person wrote, as it is now.
    pub status: &'static str,
    /// The person.
    pub subject: Reference,
    /// When the file was made.
    pub authored: String,
    /// The person.
    pub author: Reference,
    /// The answers.
    pub item: Vec<ResponseItem>,
}

/// An item of a QuestionnaireResponse: a group with items, or a question with answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    /// The Questionnaire item it answers.
    pub link_id: &'static str,
    /// The item's words, in the person's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The answers, for a question.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<Answer>,
    /// The items, for a group.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// One answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    /// The person's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    /// A choice from the project's code system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_coding: Option<Coding>,
    /// Items about this answer (a strength's kind).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub item: Vec<ResponseItem>,
}

/// A goal.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FhirGoal {
    /// The entry's id.
    pub id: String,
    /// Where the goal is at.
    pub lifecycle_status: &'static str,
    /// `achieved`, for a goal the person got to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub achievement_status: Option<CodeableConcept>,
    /// Its life area.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub category: Vec<CodeableConcept>,
    /// The goal in the person's words.
    pub description: CodeableConcept,
    /// The person.
    pub subject: Reference,
    /// The person, whose goal it is.
    pub expressed_by: Reference,
    /// Why it matters, the strengths it draws on, and the person's reflection.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

/// A CarePlan: a goal's steps, or the warning-sign plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CarePlan {
    /// The entry's id.
    pub id: String,
    /// Where the plan is at.
    pub status: &'static str,
    /// Always `plan`.
    pub intent: &'static str,
    /// Its kind, from the project's code system.
    pub category: Vec<CodeableConcept>,
    /// Its heading.
    pub title: String,
    /// The person.
    pub subject: Reference,
    /// The person, who wrote it.
    pub author: Reference,
    /// The goal its steps are for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goal: Vec<Reference>,
    /// Steps, or plan entries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity: Vec<Activity>,
}

/// One step, or one plan entry.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Activity {
    /// When a step was done.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<Annotation>,
    /// What it is.
    pub detail: ActivityDetail,
}

/// What a step or a plan entry is.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivityDetail {
    /// Which part of the plan it is in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<CodeableConcept>,
    /// The goal a step is for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub goal: Vec<Reference>,
    /// Where it is at.
    pub status: &'static str,
    /// "Not this time", with what the person learned.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_reason: Option<CodeableConcept>,
    /// By when, for a step with a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled_period: Option<Period>,
    /// Who helps, or who to call.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub performer: Vec<Reference>,
    /// The person's words.
    pub description: String,
}

/// A period; only its end is used (a step's date).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Period {
    /// `YYYY-MM-DD`.
    pub end: String,
}

const XHTML: &str = "http://www.w3.org/1999/xhtml";
const ROLE_CODES: &str = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
const ACHIEVEMENT: &str = "http://terminology.hl7.org/CodeSystem/goal-achievement";

/// Text fit for a FHIR string and for XML: trimmed, without control characters (tabs and new
/// lines stay), `None` when nothing is left.
fn clean(text: &str) -> Option<String> {
    let kept: String = text
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect();
    let kept = kept.trim();
    (!kept.is_empty()).then(|| kept.to_owned())
}

/// A name-based id in the form of a UUID (version 8, RFC 9562: "custom"), from text that is
/// never the person's words.
fn uuid(name: &str) -> String {
    let hash = |seed: u64| {
        let mut h = seed;
        for b in name.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // splitmix64's finaliser spreads every input bit over the whole word.
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
    };
    let (hi, lo) = (hash(0xcbf2_9ce4_8422_2325), hash(0x6c62_272e_07bb_0142));
    let hi = (hi & !0xf000) | 0x8000;
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

struct Builder<'a> {
    record: &'a Record,
    settings: &'a ShareSettings<'a>,
    words: &'a Catalogue,
    entries: Vec<Entry>,
    person: Reference,
}

impl<'a> Builder<'a> {
    fn new(record: &'a Record, settings: &'a ShareSettings<'a>) -> Self {
        let mut builder = Builder {
            record,
            settings,
            words: settings.words,
            entries: Vec::new(),
            person: Reference {
                reference: None,
                kind: "Patient",
                display: None,
            },
        };
        let id = builder.id("person");
        builder.person = builder.reference(&id, "Patient");
        builder
    }

    /// An entry's id, from the record's beginning and a name made of the record's ids.
    fn id(&self, name: &str) -> String {
        uuid(&format!("{}/{name}", self.record.created.millis()))
    }

    fn reference(&self, id: &str, kind: &'static str) -> Reference {
        Reference {
            reference: Some(format!("urn:uuid:{id}")),
            kind,
            display: None,
        }
    }

    fn add(&mut self, id: &str, resource: Resource) -> Reference {
        let reference = self.reference(id, resource.type_name());
        if !self.entries.iter().any(|e| e.full_url.ends_with(id)) {
            self.entries.push(Entry {
                full_url: format!("urn:uuid:{id}"),
                resource,
            });
        }
        reference
    }

    fn code(&self, code: String, display: Option<String>) -> CodeableConcept {
        CodeableConcept {
            text: display.clone(),
            coding: vec![Coding {
                system: CODE_SYSTEM_URL,
                code,
                display,
            }],
        }
    }

    fn bundle(mut self, parts: &[SharePart], now: Timestamp) -> Bundle {
        let person_id = self.id("person");
        self.add(
            &person_id,
            Resource::Patient(Patient {
                id: person_id.clone(),
            }),
        );
        // In the copy's order, so that each section gets its part's words.
        let chosen = chosen_in_order(parts);
        let copy = shared_copy(self.record, &chosen, self.settings);
        let sections = chosen.iter().zip(&copy.parts).map(|(part, copied)| {
            let entry = match part {
                SharePart::Plan(_) => self.plan(&chosen).into_iter().collect(),
                SharePart::Goals => self.goals(),
                SharePart::Strengths => vec![self.strengths(now)],
                // The check-ins are in the section's narrative only (docs/fhir.md).
                SharePart::Journey => Vec::new(),
            };
            Section {
                title: clean(&copied.title).unwrap_or_else(|| part.key()),
                code: self.code(part.key(), clean(&copied.title)),
                text: narrative(
                    copied,
                    self.words,
                    &copy.lang,
                    copy.direction.as_attribute(),
                ),
                entry,
            }
        });
        let section: Vec<Section> = sections.collect();
        let composition_id = self.id("composition");
        let composition = Composition {
            id: composition_id.clone(),
            language: copy.lang.clone(),
            status: "final",
            kind: self.code("record".to_owned(), clean(&copy.title)),
            subject: self.person.clone(),
            date: now.to_string(),
            author: vec![self.person.clone()],
            title: clean(&copy.title).unwrap_or_else(|| "—".to_owned()),
            confidentiality: "R",
            section,
        };
        let mut entry = vec![Entry {
            full_url: format!("urn:uuid:{composition_id}"),
            resource: Resource::Composition(composition),
        }];
        entry.append(&mut self.entries);
        Bundle {
            resource_type: "Bundle",
            identifier: Identifier {
                system: "urn:ietf:rfc:3986",
                value: format!("urn:uuid:{}", self.id(&format!("file/{}", now.millis()))),
            },
            kind: "document",
            timestamp: now.to_string(),
            entry,
        }
    }

    /// The warning-sign plan's chosen sections as one CarePlan (added once, however many of
    /// its sections are chosen).
    fn plan(&mut self, chosen: &[SharePart]) -> Option<Reference> {
        let id = self.id("plan");
        let mut activity = Vec::new();
        let sections = PlanSection::ALL
            .into_iter()
            .filter(|s| chosen.contains(&SharePart::Plan(*s)));
        for section in sections {
            for list in section.lists() {
                for item in self.record.plan.entries_with_words(*list) {
                    let Some(text) = clean(&item.text) else {
                        continue;
                    };
                    let response = clean(&item.response);
                    let mut performer = Vec::new();
                    let mut description = text.clone();
                    match (list.shape(), response) {
                        (ItemShape::Contact, phone) => {
                            let key = format!("plan/{}", item.id);
                            let contact_id = self.id(&key);
                            let telecom = phone
                                .map(|value| ContactPoint {
                                    system: "phone",
                                    value,
                                })
                                .into_iter()
                                .collect();
                            let resource = if *list == PlanList::Services {
                                Resource::Organization(Organization {
                                    id: contact_id.clone(),
                                    name: text.clone(),
                                    telecom,
                                })
                            } else {
                                Resource::RelatedPerson(RelatedPerson {
                                    id: contact_id.clone(),
                                    patient: self.person.clone(),
                                    relationship: Vec::new(),
                                    name: vec![HumanName { text: text.clone() }],
                                    telecom,
                                })
                            };
                            performer.push(self.add(&contact_id, resource));
                        }
                        (ItemShape::WithResponse, Some(then)) => {
                            description = format!(
                                "{text} — {} {then}",
                                self.words.text(Text::PlanSummaryThen)
                            );
                        }
                        _ => {}
                    }
                    activity.push(Activity {
                        progress: Vec::new(),
                        detail: ActivityDetail {
                            code: Some(self.code(
                                format!("plan.list.{}", list.key()),
                                clean(&list.title_in(self.words)),
                            )),
                            goal: Vec::new(),
                            status: "unknown",
                            status_reason: None,
                            scheduled_period: None,
                            performer,
                            description,
                        },
                    });
                }
            }
        }
        if activity.is_empty() {
            return None;
        }
        let title = clean(self.words.text(Text::PlanTitle)).unwrap_or_else(|| "plan".to_owned());
        let plan = CarePlan {
            id: id.clone(),
            status: "active",
            intent: "plan",
            category: vec![self.code("plan".to_owned(), Some(title.clone()))],
            title,
            subject: self.person.clone(),
            author: self.person.clone(),
            goal: Vec::new(),
            activity,
        };
        Some(self.add(&id, Resource::CarePlan(plan)))
    }

    /// Every goal as a Goal, and its steps as a CarePlan's activities.
    fn goals(&mut self) -> Vec<Reference> {
        let mut references = Vec::new();
        for goal in &self.record.goals.goals {
            let Some(text) = clean(&goal.text) else {
                continue;
            };
            let goal_id = self.id(&format!("goal/{}", goal.id));
            let resource = self.goal(goal, text.clone(), goal_id.clone());
            let goal_ref = self.add(&goal_id, Resource::Goal(resource));
            references.push(goal_ref.clone());
            if let Some(steps) = self.steps(goal, text, goal_ref) {
                references.push(steps);
            }
        }
        references
    }

    fn goal(&self, goal: &Goal, text: String, id: String) -> FhirGoal {
        let words = self.words;
        let (status, achieved) = match goal.state {
            crate::goals::GoalState::Active => ("active", false),
            crate::goals::GoalState::Paused => ("on-hold", false),
            crate::goals::GoalState::Achieved => ("completed", true),
            crate::goals::GoalState::LetGo => ("cancelled", false),
        };
        let mut note = Vec::new();
        let labelled = |label: Text, said: &str| {
            clean(said).map(|said| Annotation {
                time: None,
                text: format!("{} {said}", words.text(label)),
            })
        };
        note.extend(labelled(Text::GoalsSummaryWhy, &goal.why));
        let strengths: Vec<String> = goal
            .strengths
            .iter()
            .filter_map(|link| match link {
                StrengthLink::Entry(id) => self
                    .record
                    .inventory
                    .entry(id)
                    .and_then(|(.., e)| clean(&e.text)),
                StrengthLink::Quality(q) => self
                    .record
                    .inventory
                    .has_quality(q)
                    .then(|| presets::quality_name(words, q)),
            })
            .collect();
        note.extend(labelled(Text::GoalsSummaryStrengths, &strengths.join(", ")));
        for prompt in ReflectionPrompt::ALL {
            let label = match prompt {
                ReflectionPrompt::WorkedWell => Text::ReflectWorkedWell,
                ReflectionPrompt::Learned => Text::ReflectLearned,
                ReflectionPrompt::WhereElse => Text::ReflectWhereElse,
            };
            note.extend(labelled(label, goal.reflection.answer(prompt)));
        }
        FhirGoal {
            id,
            lifecycle_status: status,
            achievement_status: achieved.then(|| CodeableConcept {
                coding: vec![Coding {
                    system: ACHIEVEMENT,
                    code: "achieved".to_owned(),
                    display: None,
                }],
                text: clean(words.text(goal.state.text())),
            }),
            category: goal.domain.iter().map(|d| self.area(d)).collect(),
            description: CodeableConcept {
                coding: Vec::new(),
                text: Some(text),
            },
            subject: self.person.clone(),
            expressed_by: self.person.clone(),
            note,
        }
    }

    /// A life area: coded when built in, the host's own by name only.
    fn area(&self, domain: &str) -> CodeableConcept {
        let name = clean(&presets::domain_name(self.words, domain));
        match presets::domain(domain) {
            Some(_) => self.code(format!("area.{domain}"), name),
            None => CodeableConcept {
                coding: Vec::new(),
                text: name.or_else(|| clean(domain)),
            },
        }
    }

    fn steps(&mut self, goal: &Goal, title: String, goal_ref: Reference) -> Option<Reference> {
        let words = self.words;
        let mut activity = Vec::new();
        for step in &goal.steps {
            let Some(what) = clean(&step.what) else {
                continue;
            };
            let performer = step.who.as_ref().and_then(|who| self.helper(who));
            let status = match step.state() {
                StepState::Done => "completed",
                StepState::NotThisTime => "cancelled",
                StepState::Open if step.target.is_some() => "scheduled",
                StepState::Open => "not-started",
            };
            let status_reason = step.not_this_time.then(|| CodeableConcept {
                coding: Vec::new(),
                text: Some(match clean(&step.learned) {
                    Some(learned) => format!(
                        "{}. {}: {learned}",
                        words.text(Text::StepNotThisTime),
                        words.text(Text::StepLearned)
                    ),
                    None => words.text(Text::StepNotThisTime).to_owned(),
                }),
            });
            activity.push(Activity {
                progress: step
                    .done
                    .map(|done| Annotation {
                        time: Some(done.to_string()),
                        text: format!(
                            "{}: {}",
                            words.text(Text::StepDoneOn),
                            (self.settings.date)(done)
                        ),
                    })
                    .into_iter()
                    .collect(),
                detail: ActivityDetail {
                    code: None,
                    goal: vec![goal_ref.clone()],
                    status,
                    status_reason,
                    scheduled_period: step.target.map(|t| Period { end: t.to_string() }),
                    performer: performer.into_iter().collect(),
                    description: what,
                },
            });
        }
        if activity.is_empty() {
            return None;
        }
        let id = self.id(&format!("steps/{}", goal.id));
        let status = match goal.state {
            crate::goals::GoalState::Active => "active",
            crate::goals::GoalState::Paused => "on-hold",
            crate::goals::GoalState::Achieved => "completed",
            crate::goals::GoalState::LetGo => "revoked",
        };
        let plan = CarePlan {
            id: id.clone(),
            status,
            intent: "plan",
            category: vec![self.code("goals".to_owned(), clean(words.text(Text::GoalsTitle)))],
            title,
            subject: self.person.clone(),
            author: self.person.clone(),
            goal: vec![goal_ref],
            activity,
        };
        Some(self.add(&id, Resource::CarePlan(plan)))
    }

    /// Who helps with a step: the person themselves, a RelatedPerson for family, a friend or
    /// someone named (one each, however many steps they help with), or words only for a
    /// peer worker or a worker, whom the file cannot name.
    fn helper(&mut self, who: &Helper) -> Option<Reference> {
        let words = self.words;
        let (key, relationship, name) = match who {
            Helper::Me => return Some(self.person.clone()),
            Helper::PeerWorker | Helper::Practitioner => {
                return Some(Reference {
                    reference: None,
                    kind: "Practitioner",
                    display: clean(words.text(who.text())),
                })
            }
            Helper::Family => ("helper/family".to_owned(), Some("FAMMEMB"), None),
            Helper::Friend => ("helper/friend".to_owned(), Some("FRND"), None),
            Helper::Someone(name) => {
                let name = clean(name)?;
                (format!("helper/someone/{}", uuid(&name)), None, Some(name))
            }
        };
        let id = self.id(&key);
        let person = RelatedPerson {
            id: id.clone(),
            patient: self.person.clone(),
            relationship: relationship
                .map(|code| CodeableConcept {
                    coding: vec![Coding {
                        system: ROLE_CODES,
                        code: code.to_owned(),
                        display: None,
                    }],
                    text: clean(words.text(who.text())),
                })
                .into_iter()
                .collect(),
            name: name.map(|text| HumanName { text }).into_iter().collect(),
            telecom: Vec::new(),
        };
        Some(self.add(&id, Resource::RelatedPerson(person)))
    }

    /// The strengths inventory as answers to the published Questionnaire.
    fn strengths(&mut self, now: Timestamp) -> Reference {
        let words = self.words;
        let inv = &self.record.inventory;
        let mut item = Vec::new();
        let priorities: Vec<ResponseItem> = inv
            .priorities
            .iter()
            .map(|p| {
                let mut children =
                    vec![question("priority.area", vec![self.area_answer(&p.domain)])];
                if let Some((.., wish)) = p.wish.as_ref().and_then(|w| inv.entry(w)) {
                    children.extend(
                        clean(&wish.text)
                            .map(|w| question("priority.wish", vec![string_answer(w)])),
                    );
                }
                group("priority", None, children)
            })
            .collect();
        if !priorities.is_empty() {
            item.push(group(
                "priorities",
                clean(words.text(Text::SummaryPriorities)),
                priorities,
            ));
        }
        let qualities = inv.qualities_top_first();
        if !qualities.is_empty() {
            let answer = |top_only: bool| -> Vec<Answer> {
                qualities
                    .iter()
                    .filter(|q| !top_only || q.top)
                    .filter_map(|q| {
                        let name = clean(&presets::quality_name(words, &q.quality));
                        match presets::quality(&q.quality) {
                            Some(_) => Some(coding_answer(Coding {
                                system: CODE_SYSTEM_URL,
                                code: format!("quality.{}", q.quality),
                                display: name,
                            })),
                            None => name.map(string_answer),
                        }
                    })
                    .collect()
            };
            let mut children = vec![question("quality", answer(false))];
            let top = answer(true);
            if !top.is_empty() {
                children.push(question("quality.top", top));
            }
            item.push(group(
                "qualities",
                clean(words.text(Text::SummaryQualities)),
                children,
            ));
        }
        for area in inv.areas_for_profile(&self.settings.domains) {
            let mut children = vec![question("area.name", vec![self.area_answer(&area.domain)])];
            for q in Question::ALL {
                let answers: Vec<Answer> = area
                    .answers(q)
                    .iter()
                    .filter_map(|entry| {
                        let mut answer = string_answer(clean(&entry.text)?);
                        if let Some(kind) = entry.kind {
                            answer.item.push(question(
                                "strength-kind",
                                vec![coding_answer(Coding {
                                    system: CODE_SYSTEM_URL,
                                    code: format!("kind.{}", kind.key()),
                                    display: clean(words.text(kind.text())),
                                })],
                            ));
                        }
                        Some(answer)
                    })
                    .collect();
                if !answers.is_empty() {
                    let link_id = match q {
                        Question::HaveNow => "area.have-now",
                        Question::Want => "area.want",
                        Question::HelpedBefore => "area.helped-before",
                    };
                    children.push(question(link_id, answers));
                }
            }
            if children.len() > 1 {
                item.push(group("area", None, children));
            }
        }
        let id = self.id("strengths");
        let response = QuestionnaireResponse {
            id: id.clone(),
            questionnaire: format!("{QUESTIONNAIRE_URL}|{DEFINITIONS_VERSION}"),
            status: "completed",
            subject: self.person.clone(),
            authored: now.to_string(),
            author: self.person.clone(),
            item,
        };
        self.add(&id, Resource::QuestionnaireResponse(response))
    }

    fn area_answer(&self, domain: &str) -> Answer {
        let concept = self.area(domain);
        match concept.coding.into_iter().next() {
            Some(coding) => coding_answer(coding),
            None => string_answer(concept.text.unwrap_or_else(|| "—".to_owned())),
        }
    }
}

fn group(link_id: &'static str, text: Option<String>, item: Vec<ResponseItem>) -> ResponseItem {
    ResponseItem {
        link_id,
        text,
        answer: Vec::new(),
        item,
    }
}

fn question(link_id: &'static str, answer: Vec<Answer>) -> ResponseItem {
    ResponseItem {
        link_id,
        text: None,
        answer,
        item: Vec::new(),
    }
}

fn string_answer(words: String) -> Answer {
    Answer {
        value_string: Some(words),
        value_coding: None,
        item: Vec::new(),
    }
}

fn coding_answer(coding: Coding) -> Answer {
    Answer {
        value_string: None,
        value_coding: Some(coding),
        item: Vec::new(),
    }
}

/// A section's narrative: the readable copy's words for the part, as escaped XHTML.
fn narrative(
    part: &crate::format::share::CopyPart,
    words: &Catalogue,
    lang: &str,
    dir: &str,
) -> Narrative {
    let mut div = format!(
        "<div xmlns=\"{XHTML}\" lang=\"{}\" dir=\"{dir}\">",
        escape(lang)
    );
    if part.groups.is_empty() {
        div.push_str(&format!(
            "<p>{}</p>",
            escape(words.text(Text::ShareDocEmpty))
        ));
    }
    for group in &part.groups {
        div.push_str(&format!("<h3>{}</h3>", xml(&group.title)));
        for note in &group.notes {
            div.push_str(&format!("<p>{}</p>", xml(&plain_line(note))));
        }
        if !group.lines.is_empty() {
            div.push_str("<ul>");
            for line in &group.lines {
                div.push_str(&format!("<li>{}</li>", xml(&plain_line(line))));
            }
            div.push_str("</ul>");
        }
    }
    div.push_str("</div>");
    Narrative {
        status: "generated",
        div,
    }
}

fn xml(text: &str) -> String {
    escape(&clean(text).unwrap_or_default())
}
