//! The file for a care team's system (a FHIR R4 document Bundle), and the definitions the
//! project publishes for it (`fhir/` at the repository root: the strengths inventory's
//! Questionnaire and the code system), against golden files.
//!
//! `RECOVERY_WRITE_GOLDEN=1 cargo test -p recovery-core --test fhir` rewrites them after a
//! change meant to alter them (read the diff). `scripts/test.sh` then runs an independent FHIR
//! validator (`tests/fhir/validate.cjs`, the npm package `fhir`) over every resource of every
//! file written here.

mod common;

use common::{golden, language, manifest};
use recovery_core::format::fhir::{
    care_team_bundle, care_team_file, Resource, CODE_SYSTEM_URL, DEFINITIONS_VERSION,
    QUESTIONNAIRE_URL,
};
use recovery_core::format::import_json;
use recovery_core::format::share::{parts_with_words, SharePart, ShareSettings};
use recovery_core::goals::{GoalState, Helper, ReflectionPrompt, StepEdit};
use recovery_core::inventory::{Question, StrengthKind};
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::presets::{DOMAINS, QUALITIES};
use recovery_core::text::{Catalogue, Text};
use recovery_core::{CalendarDate, ItemId, Record, Timestamp};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::PathBuf;

const MADE: Timestamp = Timestamp::from_millis(1_796_120_000_000);

fn day(text: &str) -> CalendarDate {
    CalendarDate::parse(text).unwrap()
}

/// The typical record, with what it lacks added: an achieved goal with a reflection, a paused
/// one, a step done, a step that did not happen this time, family and a friend helping, a
/// service to call, and strengths sorted by kind.
fn record() -> Record {
    let text = std::fs::read_to_string(manifest().join("tests/fixtures/v3-typical.json")).unwrap();
    let mut record = import_json(&text).unwrap();
    let now = Timestamp::from_millis(1_796_000_000_000);
    let goals = &mut record.goals;
    let (g, s) = (ItemId::new("fg1"), ItemId::new("fs1"));
    goals.add_goal("Cook for friends", g.clone(), now).unwrap();
    goals.set_why(&g, "I like feeding people").unwrap();
    goals
        .add_step(
            &g,
            "Pick a recipe",
            Some(Helper::Family),
            None,
            s.clone(),
            now,
        )
        .unwrap();
    goals
        .mark_step_done(&g, &s, day("2026-11-29"), now)
        .unwrap();
    let s2 = ItemId::new("fs2");
    goals
        .add_step(
            &g,
            "Ask Ana to come",
            Some(Helper::Friend),
            Some(day("2026-12-06")),
            s2.clone(),
            now,
        )
        .unwrap();
    goals.mark_step_not_this_time(&g, &s2, now).unwrap();
    goals
        .edit_step(&g, &s2, StepEdit::Learned("Ask earlier in the week"))
        .unwrap();
    let s3 = ItemId::new("fs3");
    goals
        .add_step(
            &g,
            "Buy the food",
            Some(Helper::PeerWorker),
            None,
            s3.clone(),
            now,
        )
        .unwrap();
    goals
        .mark_step_done(&g, &s3, day("2026-11-30"), now)
        .unwrap();
    goals.set_state(&g, GoalState::Achieved, now).unwrap();
    goals
        .set_reflection(&g, ReflectionPrompt::WorkedWell, "Starting small")
        .unwrap();
    let paused = ItemId::new("fg2");
    goals
        .add_goal("Learn to swim", paused.clone(), now)
        .unwrap();
    goals.set_state(&paused, GoalState::Paused, now).unwrap();
    record
        .plan
        .add_item(
            PlanList::Services,
            "Community mental health team",
            "1800 000 000",
            ItemId::new("sv1"),
        )
        .unwrap();
    let first_strength = record.inventory.answers("money", Question::HaveNow)[0]
        .id
        .clone();
    record
        .inventory
        .set_entry_kind(&first_strength, Some(StrengthKind::Individual), now)
        .unwrap();
    // A check-in: the journey's section is words only (docs/fhir.md).
    let check_in = ItemId::new("fc1");
    let journey = &mut record.journey;
    journey
        .rate(day("2026-11-28"), "money", Some(6), check_in.clone(), now)
        .unwrap();
    journey
        .write_helped(
            day("2026-11-28"),
            "money",
            "Talking it through",
            check_in,
            now,
        )
        .unwrap();
    record
}

fn bundle_json(record: &Record, parts: &[SharePart], words: &Catalogue) -> Value {
    let settings = ShareSettings::new(words, "1 Dec 2026");
    serde_json::from_str(&care_team_file(record, parts, &settings, MADE)).unwrap()
}

fn golden_bundle(name: &str, record: &Record, parts: &[SharePart], tag: &str) {
    let words = language(tag);
    let settings = ShareSettings::new(&words, "1 Dec 2026");
    let file = care_team_file(record, parts, &settings, MADE);
    golden(&manifest().join("tests/fhir").join(name), &(file + "\n"));
}

#[test]
fn the_typical_record_matches_the_file_the_browser_makes() {
    // tests/e2e/care-team-file.spec.js compares the file the share menu receives with this
    // one, apart from what the browser's clock and date words write.
    let text = std::fs::read_to_string(manifest().join("tests/fixtures/v3-typical.json")).unwrap();
    let typical = import_json(&text).unwrap();
    golden_bundle(
        "typical.en.json",
        &typical,
        &parts_with_words(&typical),
        "en",
    );
}

#[test]
fn everything_in_english_and_in_arabic_matches_its_golden_file() {
    let record = record();
    let everything = parts_with_words(&record);
    golden_bundle("everything.en.json", &record, &everything, "en");
    golden_bundle("everything.ar.json", &record, &everything, "ar");
    golden_bundle(
        "crisis.zh-Hant.json",
        &record,
        &[SharePart::Plan(PlanSection::Crisis)],
        "zh-Hant",
    );
}

fn entries(bundle: &Value) -> &Vec<Value> {
    bundle["entry"].as_array().unwrap()
}

fn of_type<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
    entries(bundle)
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == kind)
        .collect()
}

#[test]
fn a_document_begins_with_the_persons_composition_and_every_reference_resolves() {
    let record = record();
    let bundle = bundle_json(&record, &parts_with_words(&record), &Catalogue::english());
    assert_eq!(bundle["type"], "document");
    assert_eq!(bundle["timestamp"], MADE.to_string());
    let first = &entries(&bundle)[0]["resource"];
    assert_eq!(first["resourceType"], "Composition");
    let person = of_type(&bundle, "Patient");
    assert_eq!(person.len(), 1);
    // The person is named nowhere: their resource is an id and nothing else.
    assert_eq!(person[0].as_object().unwrap().len(), 2, "{}", person[0]);
    let person_url = format!("urn:uuid:{}", person[0]["id"].as_str().unwrap());
    assert_eq!(
        first["author"],
        json!([{ "reference": person_url, "type": "Patient" }])
    );

    let urls: Vec<(String, String)> = entries(&bundle)
        .iter()
        .map(|e| {
            let url = e["fullUrl"].as_str().unwrap().to_owned();
            assert_eq!(
                url,
                format!("urn:uuid:{}", e["resource"]["id"].as_str().unwrap())
            );
            (
                url,
                e["resource"]["resourceType"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let unique: BTreeSet<&String> = urls.iter().map(|(u, _)| u).collect();
    assert_eq!(unique.len(), urls.len(), "each entry once");
    let mut references = Vec::new();
    collect_references(&bundle, &mut references);
    assert!(references.len() > 50);
    for (reference, kind) in &references {
        assert!(
            urls.contains(&(reference.clone(), kind.clone())),
            "{reference} ({kind}) is not an entry of the file"
        );
    }
    // Every entry but the Composition is reached from a section.
    let reached: BTreeSet<String> = first["section"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["entry"].as_array().cloned().unwrap_or_default())
        .map(|r| r["reference"].as_str().unwrap().to_owned())
        .collect();
    for (url, kind) in &urls[1..] {
        assert!(
            reached.contains(url)
                || matches!(kind.as_str(), "Patient" | "RelatedPerson" | "Organization"),
            "{kind} {url} is in no section"
        );
    }
}

fn collect_references(value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(r)), Some(Value::String(t))) =
                (map.get("reference"), map.get("type"))
            {
                out.push((r.clone(), t.clone()));
            }
            map.values().for_each(|v| collect_references(v, out));
        }
        Value::Array(list) => list.iter().for_each(|v| collect_references(v, out)),
        _ => {}
    }
}

#[test]
fn every_step_is_an_activity_of_its_goals_care_plan_with_who_helps() {
    let record = record();
    let bundle = bundle_json(&record, &[SharePart::Goals], &Catalogue::english());
    let goals = of_type(&bundle, "Goal");
    assert_eq!(goals.len(), record.goals.goals.len());
    let plans = of_type(&bundle, "CarePlan");
    for goal in &record.goals.goals {
        let fhir_goal = goals
            .iter()
            .find(|g| g["description"]["text"] == goal.text.as_str())
            .unwrap();
        let goal_url = format!("urn:uuid:{}", fhir_goal["id"].as_str().unwrap());
        let steps: Vec<&Value> = plans
            .iter()
            .filter(|p| p["goal"][0]["reference"] == goal_url.as_str())
            .flat_map(|p| p["activity"].as_array().unwrap())
            .collect();
        let said: Vec<&str> = steps
            .iter()
            .map(|a| a["detail"]["description"].as_str().unwrap())
            .collect();
        let written: Vec<&str> = goal.steps.iter().map(|s| s.what.as_str()).collect();
        assert_eq!(said, written, "the steps of {}", goal.text);
    }
    let cook = goals
        .iter()
        .find(|g| g["description"]["text"] == "Cook for friends")
        .unwrap();
    assert_eq!(cook["lifecycleStatus"], "completed");
    assert_eq!(cook["achievementStatus"]["coding"][0]["code"], "achieved");
    assert_eq!(
        cook["note"],
        json!([{ "text": "Why it matters: I like feeding people" },
               { "text": "What worked well? Starting small" }])
    );
    let swim = goals
        .iter()
        .find(|g| g["description"]["text"] == "Learn to swim")
        .unwrap();
    assert_eq!(swim["lifecycleStatus"], "on-hold");

    let cook_plan = plans
        .iter()
        .find(|p| p["title"] == "Cook for friends")
        .unwrap();
    assert_eq!(cook_plan["status"], "completed");
    let activity = cook_plan["activity"].as_array().unwrap();
    assert_eq!(activity[0]["detail"]["status"], "completed");
    assert_eq!(activity[0]["progress"][0]["time"], "2026-11-29");
    assert_eq!(activity[1]["detail"]["status"], "cancelled");
    assert_eq!(
        activity[1]["detail"]["statusReason"]["text"],
        "Not this time. What I learned: Ask earlier in the week"
    );
    assert_eq!(
        activity[1]["detail"]["scheduledPeriod"]["end"],
        "2026-12-06"
    );
    assert_eq!(
        activity[2]["detail"]["performer"],
        json!([{ "type": "Practitioner", "display": "A peer worker" }])
    );

    // Helpers: family and a friend once each, and each named person once, however many
    // steps they help with.
    let helpers = of_type(&bundle, "RelatedPerson");
    let codes: Vec<&Value> = helpers
        .iter()
        .filter_map(|h| h["relationship"][0]["coding"][0].get("code"))
        .collect();
    assert_eq!(codes, [&json!("FAMMEMB"), &json!("FRND")]);
    let names: Vec<&Value> = helpers
        .iter()
        .filter_map(|h| h["name"][0].get("text"))
        .collect();
    assert_eq!(
        names,
        [&json!("Dr Patel"), &json!("Sam, my support worker")]
    );
}

#[test]
fn every_plan_entry_is_an_activity_coded_by_its_list_and_people_to_call_keep_their_numbers() {
    let record = record();
    let everything: Vec<SharePart> = PlanSection::ALL.into_iter().map(SharePart::Plan).collect();
    let bundle = bundle_json(&record, &everything, &Catalogue::english());
    let plans = of_type(&bundle, "CarePlan");
    assert_eq!(plans.len(), 1);
    let activity = plans[0]["activity"].as_array().unwrap();
    let mut expected = Vec::new();
    for section in PlanSection::ALL {
        for list in section.lists() {
            for item in record.plan.entries_with_words(*list) {
                expected.push((format!("plan.list.{}", list.key()), item.text.clone()));
            }
        }
    }
    let said: Vec<(String, String)> = activity
        .iter()
        .map(|a| {
            let code = a["detail"]["code"]["coding"][0]["code"]
                .as_str()
                .unwrap()
                .to_owned();
            let text = a["detail"]["description"].as_str().unwrap();
            let text = text.split(" — What I will do:").next().unwrap().to_owned();
            (code, text)
        })
        .collect();
    assert_eq!(said, expected);
    let trigger = activity
        .iter()
        .find(|a| a["detail"]["code"]["coding"][0]["code"] == "plan.list.triggers")
        .unwrap();
    let response = &record.plan.items(PlanList::Triggers)[0].response;
    assert!(trigger["detail"]["description"]
        .as_str()
        .unwrap()
        .ends_with(&format!("What I will do: {response}")));
    for person in record.plan.entries_with_words(PlanList::PeopleToAsk) {
        let found = of_type(&bundle, "RelatedPerson")
            .into_iter()
            .find(|p| p["name"][0]["text"] == person.text.as_str())
            .unwrap();
        assert_eq!(
            found["telecom"],
            json!([{ "system": "phone", "value": person.response }])
        );
    }
    let service = &of_type(&bundle, "Organization")[0];
    assert_eq!(service["name"], "Community mental health team");
    assert_eq!(service["telecom"][0]["value"], "1800 000 000");

    // Only the chosen sections: the crisis section alone holds no staying-well entry.
    let crisis = bundle_json(
        &record,
        &[SharePart::Plan(PlanSection::Crisis)],
        &Catalogue::english(),
    );
    let crisis_codes: BTreeSet<String> = of_type(&crisis, "CarePlan")[0]["activity"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            a["detail"]["code"]["coding"][0]["code"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let crisis_lists: BTreeSet<String> = PlanSection::Crisis
        .lists()
        .iter()
        .filter(|l| record.plan.entries_with_words(**l).next().is_some())
        .map(|l| format!("plan.list.{}", l.key()))
        .collect();
    assert_eq!(crisis_codes, crisis_lists);
    assert!(
        of_type(&crisis, "Goal").is_empty() && of_type(&crisis, "QuestionnaireResponse").is_empty()
    );
}

#[test]
fn the_strengths_answer_the_published_questionnaire_item_by_item() {
    let record = record();
    let bundle = bundle_json(&record, &[SharePart::Strengths], &Catalogue::english());
    let responses = of_type(&bundle, "QuestionnaireResponse");
    assert_eq!(responses.len(), 1);
    let response = responses[0];
    assert_eq!(
        response["questionnaire"],
        format!("{QUESTIONNAIRE_URL}|{DEFINITIONS_VERSION}")
    );
    // Every answer written is in the file, under its area and question.
    let areas: Vec<&Value> = response["item"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["linkId"] == "area")
        .collect();
    let mut said = Vec::new();
    for area in &areas {
        let items = area["item"].as_array().unwrap();
        let domain = items[0]["answer"][0]["valueCoding"]["code"]
            .as_str()
            .unwrap();
        for question in &items[1..] {
            for answer in question["answer"].as_array().unwrap() {
                said.push((
                    domain.to_owned(),
                    question["linkId"].as_str().unwrap().to_owned(),
                    answer["valueString"].as_str().unwrap().to_owned(),
                ));
            }
        }
    }
    let mut written = Vec::new();
    for area in &record.inventory.domains {
        for (question, link) in [
            (Question::HaveNow, "area.have-now"),
            (Question::Want, "area.want"),
            (Question::HelpedBefore, "area.helped-before"),
        ] {
            for entry in area.answers(question) {
                written.push((
                    format!("area.{}", area.domain),
                    link.to_owned(),
                    entry.text.clone(),
                ));
            }
        }
    }
    said.sort();
    written.sort();
    assert_eq!(said, written);
    let qualities = response["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "qualities")
        .unwrap();
    assert_eq!(qualities["item"][0]["answer"].as_array().unwrap().len(), 6);
    assert_eq!(qualities["item"][1]["linkId"], "quality.top");
    assert_eq!(qualities["item"][1]["answer"].as_array().unwrap().len(), 5);
    let priorities = &response["item"][0];
    assert_eq!(priorities["linkId"], "priorities");
    assert_eq!(priorities["item"].as_array().unwrap().len(), 3);
}

#[test]
fn the_same_record_gives_the_same_file_and_ids_come_from_the_record_not_the_words() {
    let record = record();
    let words = Catalogue::english();
    let parts = parts_with_words(&record);
    let settings = ShareSettings::new(&words, "1 Dec 2026");
    assert_eq!(
        care_team_file(&record, &parts, &settings, MADE),
        care_team_file(&record, &parts, &settings, MADE)
    );
    let mut reworded = record.clone();
    reworded.goals.goals[0].text = "New words".into();
    let ids = |r: &Record| -> Vec<String> {
        care_team_bundle(r, &parts, &settings, MADE)
            .entry
            .iter()
            .map(|e| e.full_url.clone())
            .collect()
    };
    assert_eq!(ids(&record), ids(&reworded));
    let later = care_team_bundle(
        &record,
        &parts,
        &settings,
        Timestamp::from_millis(MADE.millis() + 1),
    );
    let now = care_team_bundle(&record, &parts, &settings, MADE);
    assert_ne!(
        later.identifier, now.identifier,
        "each file is its own document"
    );
    for url in ids(&record) {
        let uuid = url.strip_prefix("urn:uuid:").unwrap();
        let shape: Vec<usize> = uuid.split('-').map(str::len).collect();
        assert_eq!(shape, [8, 4, 4, 4, 12], "{uuid}");
        assert!(uuid
            .chars()
            .all(|c| c == '-' || (c.is_ascii_hexdigit() && !c.is_ascii_uppercase())));
        assert_eq!(&uuid[14..15], "8", "version 8");
    }
    assert!(matches!(now.entry[0].resource, Resource::Composition(_)));
}

#[test]
fn hostile_text_stays_words_in_well_formed_json_and_escaped_xhtml() {
    let text = std::fs::read_to_string(manifest().join("tests/corpus/hostile-text.json")).unwrap();
    let record = import_json(&text).unwrap();
    let words = Catalogue::english();
    let parts = parts_with_words(&record);
    let settings = ShareSettings::new(&words, "1 Dec 2026");
    let file = care_team_file(&record, &parts, &settings, MADE);
    let bundle: Value = serde_json::from_str(&file).unwrap();
    let mut strings = Vec::new();
    collect_strings(&bundle, &mut strings);
    assert!(strings
        .iter()
        .any(|s| s == "<script>window.__pwned=1</script>"));
    for s in &strings {
        assert!(
            !s.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{s:?}"
        );
        assert_eq!(s.trim(), s, "no blank ends: {s:?}");
        assert!(!s.is_empty());
    }
    for section in bundle["entry"][0]["resource"]["section"]
        .as_array()
        .unwrap()
    {
        let div = section["text"]["div"].as_str().unwrap();
        assert!(
            !div.contains("<script") && !div.contains("<img") && !div.contains("<svg"),
            "{div}"
        );
    }
    golden(
        &manifest().join("tests/fhir/hostile.en.json"),
        &(file + "\n"),
    );
}

fn collect_strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Object(map) => map.values().for_each(|v| collect_strings(v, out)),
        Value::Array(list) => list.iter().for_each(|v| collect_strings(v, out)),
        _ => {}
    }
}

#[test]
fn no_word_on_the_care_team_file_says_patient() {
    // The resource type is FHIR's; the person never reads it. Everything a person could read
    // (text, titles, notes, displays) avoids the word.
    for tag in ["en", "ar", "es"] {
        let record = record();
        let bundle = bundle_json(&record, &parts_with_words(&record), &language(tag));
        let mut strings = Vec::new();
        collect_strings(&bundle, &mut strings);
        for s in strings.iter().filter(|s| *s != "Patient") {
            assert!(!s.to_lowercase().contains("patient"), "{s}");
        }
    }
}

// The published definitions.

fn definitions_dir() -> PathBuf {
    manifest().join("../../fhir")
}

/// The code system: the record's parts (the plan's sections and lists among them), the
/// built-in life areas, the personal qualities and the kinds of strength, in English.
fn code_system() -> Value {
    let english = Catalogue::english();
    let plan_sections: Vec<Value> = PlanSection::ALL
        .into_iter()
        .map(|section| {
            json!({
                "code": format!("plan.{}", section.key()),
                "display": section.title(),
                "definition": section.about(),
                "concept": section.lists().iter().map(|list| json!({
                    "code": format!("plan.list.{}", list.key()),
                    "display": list.title(),
                    "definition": format!("An entry of the plan's list \"{}\".", list.title()),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let kinds: Vec<Value> = StrengthKind::ALL
        .into_iter()
        .map(|kind| {
            let text = kind.text();
            json!({
                "code": format!("kind.{}", kind.key()),
                "display": english.text(text),
                "definition": format!("A strength the person sees as {}.", kind.key()),
            })
        })
        .collect();
    json!({
        "resourceType": "CodeSystem",
        "id": "recovery-widgets",
        "url": CODE_SYSTEM_URL,
        "version": DEFINITIONS_VERSION,
        "name": "RecoveryWidgets",
        "title": "Recovery widgets: the parts of a person's record, life areas, qualities and kinds of strength",
        "status": "active",
        "experimental": false,
        "publisher": "Recovery widgets",
        "description": "Codes used in the file the recovery widgets make for a care team's system (docs/fhir.md). Every display is in English; the file carries the person's own language in each coding's display and text.",
        "caseSensitive": true,
        "hierarchyMeaning": "grouped-by",
        "content": "complete",
        "concept": [
            { "code": "record", "display": "A person's recovery record, in their own words",
              "definition": "The document: the parts of the record the person chose to give." },
            { "code": "strengths", "display": english.text(Text::InventoryTitle),
              "definition": "The strengths inventory: priorities, personal qualities and each life area's answers." },
            { "code": "goals", "display": english.text(Text::GoalsTitle),
              "definition": "The person's goals and their steps." },
            { "code": "journey", "display": english.text(Text::JourneyTitle),
              "definition": "The journey: check-ins over time, each life area rated 0 to 10 with what helped, in words only." },
            { "code": "plan", "display": english.text(Text::PlanTitle),
              "definition": "The warning-sign plan: for staying well and for hard times.",
              "concept": plan_sections },
            { "code": "area", "display": "Life areas", "definition": "The built-in life areas.",
              "concept": DOMAINS.iter().map(|d| json!({
                  "code": format!("area.{}", d.id), "display": d.name,
                  "definition": format!("The life area \"{}\".", d.name),
              })).collect::<Vec<_>>() },
            { "code": "quality", "display": "Personal qualities",
              "definition": "The personal qualities a person can choose.",
              "concept": QUALITIES.iter().map(|q| json!({
                  "code": format!("quality.{}", q.id), "display": q.name, "definition": q.about,
              })).collect::<Vec<_>>() },
            { "code": "kind", "display": "Kinds of strength",
              "definition": "Where a strength lies.", "concept": kinds },
        ],
    })
}

/// The strengths inventory's Questionnaire: groups that repeat, so a host's own life areas
/// fit too (answered with words where no code exists).
fn questionnaire() -> Value {
    let english = Catalogue::english();
    let areas: Vec<Value> = DOMAINS
        .iter()
        .map(|d| json!({ "valueCoding": { "system": CODE_SYSTEM_URL, "code": format!("area.{}", d.id), "display": d.name } }))
        .collect();
    let qualities: Vec<Value> = QUALITIES
        .iter()
        .map(|q| json!({ "valueCoding": { "system": CODE_SYSTEM_URL, "code": format!("quality.{}", q.id), "display": q.name } }))
        .collect();
    let kinds: Vec<Value> = StrengthKind::ALL
        .into_iter()
        .map(|k| {
            let text = k.text();
            json!({ "valueCoding": { "system": CODE_SYSTEM_URL, "code": format!("kind.{}", k.key()), "display": english.text(text) } })
        })
        .collect();
    let answer = |link: &str, text: &str| {
        json!({
            "linkId": link, "text": text, "type": "string", "repeats": true,
            "item": [{ "linkId": "strength-kind", "text": "Where this strength lies",
                       "type": "choice", "answerOption": kinds }],
        })
    };
    json!({
        "resourceType": "Questionnaire",
        "id": "strengths-inventory",
        "url": QUESTIONNAIRE_URL,
        "version": DEFINITIONS_VERSION,
        "name": "StrengthsInventory",
        "title": english.text(Text::InventoryTitle),
        "status": "active",
        "experimental": false,
        "subjectType": ["Patient"],
        "publisher": "Recovery widgets",
        "description": "The recovery widgets' strengths inventory, answered in the person's own words: what they want to work on first, their personal qualities, and for each life area what is going well, what they want and what has helped before (docs/fhir.md).",
        "item": [
            { "linkId": "priorities", "text": english.text(Text::SummaryPriorities), "type": "group",
              "item": [{ "linkId": "priority", "text": "A priority", "type": "group", "repeats": true,
                         "item": [
                  { "linkId": "priority.area", "text": "Life area", "type": "open-choice", "required": true,
                    "answerOption": areas },
                  { "linkId": "priority.wish", "text": "What I want there", "type": "string" },
              ] }] },
            { "linkId": "qualities", "text": english.text(Text::SummaryQualities), "type": "group",
              "item": [
                  { "linkId": "quality", "text": "Qualities I have", "type": "open-choice", "repeats": true,
                    "answerOption": qualities },
                  { "linkId": "quality.top", "text": "My top qualities", "type": "open-choice", "repeats": true,
                    "answerOption": qualities },
              ] },
            { "linkId": "area", "text": "A life area", "type": "group", "repeats": true, "item": [
                { "linkId": "area.name", "text": "Life area", "type": "open-choice", "required": true,
                  "answerOption": areas },
                answer("area.have-now", english.text(Text::SummaryHaveNow)),
                answer("area.want", english.text(Text::SummaryWant)),
                answer("area.helped-before", english.text(Text::SummaryHelpedBefore)),
            ] },
        ],
    })
}

#[test]
fn the_published_questionnaire_and_code_system_are_the_ones_the_file_uses() {
    golden(
        &definitions_dir().join("CodeSystem-recovery-widgets.json"),
        &(serde_json::to_string_pretty(&code_system()).unwrap() + "\n"),
    );
    golden(
        &definitions_dir().join("Questionnaire-strengths-inventory.json"),
        &(serde_json::to_string_pretty(&questionnaire()).unwrap() + "\n"),
    );
    // Every code a file uses is defined, and every answer's linkId is an item.
    let mut defined = BTreeSet::new();
    collect_codes(&code_system()["concept"], &mut defined);
    let mut link_ids = BTreeSet::new();
    collect_link_ids(&questionnaire()["item"], &mut link_ids);
    let record = record();
    for tag in ["en", "ar"] {
        let bundle = bundle_json(&record, &parts_with_words(&record), &language(tag));
        let mut used = Vec::new();
        collect_our_codes(&bundle, &mut used);
        assert!(used.len() > 40);
        for code in used {
            assert!(defined.contains(&code), "{code} is not in the code system");
        }
        let mut answered = BTreeSet::new();
        collect_link_ids(
            &of_type(&bundle, "QuestionnaireResponse")[0]["item"],
            &mut answered,
        );
        assert!(answered.is_subset(&link_ids), "{answered:?}");
    }
}

fn collect_codes(concepts: &Value, out: &mut BTreeSet<String>) {
    for c in concepts.as_array().into_iter().flatten() {
        out.insert(c["code"].as_str().unwrap().to_owned());
        collect_codes(&c["concept"], out);
    }
}

fn collect_link_ids(items: &Value, out: &mut BTreeSet<String>) {
    for item in items.as_array().into_iter().flatten() {
        out.insert(item["linkId"].as_str().unwrap().to_owned());
        collect_link_ids(&item["item"], out);
        for answer in item["answer"].as_array().into_iter().flatten() {
            collect_link_ids(&answer["item"], out);
        }
    }
}

fn collect_our_codes(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            if map.get("system") == Some(&json!(CODE_SYSTEM_URL)) {
                out.push(map["code"].as_str().unwrap().to_owned());
            }
            map.values().for_each(|v| collect_our_codes(v, out));
        }
        Value::Array(list) => list.iter().for_each(|v| collect_our_codes(v, out)),
        _ => {}
    }
}
