//! Golden files: one per released schema version, kept forever. Every one must still import
//! into the current version with nothing dropped.

use recovery_core::format::{export_json, import_json, SCHEMA_VERSION};
use recovery_core::goals::{GoalState, Helper, StrengthLink};
use recovery_core::inventory::{Question, StrengthKind};
use recovery_core::plan::PlanList;
use recovery_core::{CalendarDate, ItemId, Record};

fn fixture(name: &str) -> Record {
    import_json(&text(name)).unwrap_or_else(|e| panic!("{name} no longer imports: {e}"))
}

#[test]
fn version_1_inventory_imports_whole_with_no_goals() {
    let record = fixture("v1-inventory.json");
    let inv = &record.inventory;
    assert_eq!(inv.domains.len(), 2);
    let (domain, question, entry) = inv.entry(&ItemId::new("k3x9")).unwrap();
    assert_eq!((domain, question), ("money", Question::HaveNow));
    assert_eq!(entry.text, "I pay my rent on time");
    assert_eq!(entry.kind, Some(StrengthKind::Individual));
    assert_eq!(
        inv.answers("relationships", Question::HelpedBefore)[0].kind,
        Some(StrengthKind::Environmental)
    );
    assert!(inv.is_top_quality("hope") && inv.has_quality("humour"));
    assert_eq!(inv.priorities.len(), 2);
    assert_eq!(inv.priorities[0].wish, Some(ItemId::new("k4")));
    assert!(record.goals.goals.is_empty());
    assert_eq!(record.plan.item_count(), 0);
    assert_eq!(record.updated.to_string(), "2026-11-23T09:41:12.250Z");
}

#[test]
fn version_2_goals_import_whole() {
    let record = fixture("v2-inventory-goals-plan.json");
    assert_eq!(record.inventory.strengths().count(), 3);
    let goal = &record.goals.goals[0];
    assert_eq!(goal.text, "Save for a trip to see Mum");
    assert_eq!(goal.why, "She is getting older and I miss her");
    assert_eq!(goal.domain.as_deref(), Some("money"));
    assert_eq!(
        goal.strengths,
        [
            StrengthLink::Entry(ItemId::new("k3x9")),
            StrengthLink::Quality("hope".into())
        ]
    );
    assert_eq!(goal.steps.len(), 3);
    assert_eq!(goal.steps[0].target, CalendarDate::new(2026, 12, 5));
    assert_eq!(goal.steps[0].done, CalendarDate::new(2026, 12, 4));
    assert_eq!(goal.steps[1].who, Some(Helper::Someone("Aunty May".into())));
    assert!(goal.steps[1].not_this_time);
    assert_eq!(goal.steps[1].learned, "Ring in the morning");
    assert_eq!(goal.progress(), (1, 2));
    assert_eq!(goal.history.len(), 3);
    assert_eq!(record.goals.goals[1].state, GoalState::Achieved);
    assert_eq!(
        record.goals.goals[1].reflection.worked_well,
        "Going with a friend"
    );
    let plan = &record.plan;
    assert_eq!(plan.item_count(), 8);
    assert_eq!(
        plan.items(PlanList::Triggers)[0].response,
        "Ring the money counsellor"
    );
    assert_eq!(
        plan.items(PlanList::PeopleToAsk)[0].response,
        "0400 123 456"
    );
    assert_eq!(plan.items(PlanList::BackToRoutine).len(), 2);
}

#[test]
fn version_2_items_take_the_files_time_as_their_last_change() {
    let record = fixture("v2-inventory-goals-plan.json");
    let file_updated = record.updated;
    assert_eq!(file_updated.to_string(), "2026-12-04T08:00:00.000Z");
    assert!(record.goals.goals.iter().all(|g| g.updated == file_updated));
    let steps = record.goals.goals.iter().flat_map(|g| &g.steps);
    assert!(steps.clone().count() == 4 && steps.clone().all(|s| s.updated == file_updated));
    assert!(record.plan.all_items().all(|i| i.updated == file_updated));
    assert!(record
        .inventory
        .qualities
        .iter()
        .all(|q| q.updated == file_updated));
    assert!(record
        .inventory
        .priorities
        .iter()
        .all(|p| p.updated == file_updated));
}

#[test]
fn version_3_files_are_exactly_what_an_export_writes_but_for_the_version() {
    // Version 4 only adds the check-ins, left out when there are none: the writer must keep
    // producing the frozen shape of version 3 for everything else, byte for byte.
    for name in [
        "v3-inventory-goals-plan.json",
        "v3-goals-only.json",
        "v3-plan-only.json",
        "v3-typical.json",
    ] {
        let as_v4 = text(name).replacen("\"schema_version\": 3,", "\"schema_version\": 4,", 1);
        assert_eq!(export_json(&fixture(name)), as_v4.trim_end(), "{name}");
    }
    let record = fixture("v3-inventory-goals-plan.json");
    assert_eq!(
        record.goals.goals[1].updated.to_string(),
        "2026-11-25T18:05:00.000Z"
    );
    assert_eq!(record, {
        let mut from_v2 = fixture("v2-inventory-goals-plan.json");
        // Version 3 adds only the items' own times.
        from_v2.inventory.qualities = record.inventory.qualities.clone();
        from_v2.inventory.priorities = record.inventory.priorities.clone();
        for (goal, v3) in from_v2.goals.goals.iter_mut().zip(&record.goals.goals) {
            goal.updated = v3.updated;
            for (step, v3) in goal.steps.iter_mut().zip(&v3.steps) {
                step.updated = v3.updated;
            }
        }
        from_v2.plan = record.plan.clone();
        from_v2
    });
}

#[test]
fn version_4_files_are_exactly_what_an_export_writes() {
    let name = "v4-journey.json";
    assert_eq!(export_json(&fixture(name)), text(name).trim_end());
}

#[test]
fn version_4_check_ins_import_whole() {
    let record = fixture("v4-journey.json");
    // Everything else is the version 3 file's.
    let mut without = record.clone();
    without.journey = Default::default();
    let mut v3 = fixture("v3-inventory-goals-plan.json");
    v3.updated = record.updated;
    assert_eq!(without, v3);
    let journey = &record.journey;
    let ids: Vec<&str> = journey.check_ins.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["j1", "j2", "j3"]);
    let first = &journey.check_ins[0];
    assert_eq!(first.date, CalendarDate::new(2026, 12, 1).unwrap());
    assert_eq!(first.rating("money"), Some(3));
    assert_eq!(
        first.area("money").unwrap().helped,
        "Talking to the money counsellor"
    );
    assert_eq!(first.rating("health"), None);
    assert_eq!(
        first.area("health").unwrap().helped,
        "Walks with Jo — most mornings ☀️"
    );
    assert!(first.noticed(&ItemId::new("w3")));
    assert_eq!(journey.check_ins[2].noticed.len(), 2);
    assert_eq!(journey.check_ins[2].rating("health"), Some(0));
    assert_eq!(
        journey.check_ins[0].updated.to_string(),
        "2026-12-01T10:15:00.000Z"
    );
    let money: Vec<u8> = journey
        .area_points("money")
        .iter()
        .map(|p| p.rating)
        .collect();
    assert_eq!(money, [3, 5, 6]);
}

#[test]
fn check_ins_in_a_file_older_than_version_4_are_not_read() {
    let text =
        text("v4-journey.json").replacen("\"schema_version\": 4,", "\"schema_version\": 3,", 1);
    let record = import_json(&text).unwrap();
    assert!(record.journey.check_ins.is_empty());
}

#[test]
fn every_golden_file_survives_a_round_trip_with_nothing_dropped() {
    for name in [
        "v1-inventory.json",
        "v2-inventory-goals-plan.json",
        "v3-inventory-goals-plan.json",
        "v3-goals-only.json",
        "v3-plan-only.json",
        "v3-typical.json",
        "v4-journey.json",
    ] {
        let record = fixture(name);
        let again = export_json(&record);
        assert!(again.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
        assert_eq!(import_json(&again).unwrap(), record, "{name}");
        // Every value the file held (every word, time, id and choice) is still there.
        let before = strings(&serde_json::from_str(&text(name)).unwrap());
        let after = strings(&serde_json::from_str(&again).unwrap());
        for value in before {
            assert!(after.contains(&value), "{name}: {value:?} was dropped");
        }
    }
}

fn text(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every string, number and `true` in a JSON value, with the key that held it.
fn strings(value: &serde_json::Value) -> Vec<String> {
    fn walk(value: &serde_json::Value, key: &str, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| walk(v, k, out)),
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, key, out)),
            serde_json::Value::String(s) => out.push(format!("{key}={s}")),
            serde_json::Value::Number(n) if key != "schema_version" => {
                out.push(format!("{key}={n}"))
            }
            serde_json::Value::Bool(true) => out.push(format!("{key}=true")),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &mut out);
    out
}
