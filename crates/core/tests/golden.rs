//! Golden files: one per released schema version, kept forever. Every one must still import
//! into the current version with nothing dropped.

use recovery_core::format::{export_json, import_json, SCHEMA_VERSION};
use recovery_core::goals::{GoalState, Helper, StrengthLink};
use recovery_core::inventory::{Question, StrengthKind};
use recovery_core::plan::PlanList;
use recovery_core::{CalendarDate, ItemId, Record};

fn fixture(name: &str) -> Record {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    import_json(&text).unwrap_or_else(|e| panic!("{name} no longer imports: {e}"))
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
fn every_golden_file_survives_a_round_trip_in_the_current_version() {
    for name in ["v1-inventory.json", "v2-inventory-goals-plan.json"] {
        let record = fixture(name);
        let again = export_json(&record);
        assert!(again.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
        assert_eq!(import_json(&again).unwrap(), record, "{name}");
    }
}
