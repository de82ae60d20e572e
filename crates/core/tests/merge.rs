//! Merging two copies of a record (an import, or another tab's save), and marking what each
//! change touched.

use recovery_core::inventory::{Question, MAX_TOP_QUALITIES};
use recovery_core::plan::PlanList;
use recovery_core::{merge, EditError, ItemId, Record, Removals, Timestamp};

fn at(minute: i64) -> Timestamp {
    Timestamp::from_millis(1_795_426_200_000 + minute * 60_000)
}

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

/// A record with two goals and two plan entries, all written at minute 0.
fn start() -> Record {
    let mut record = Record::new(at(0));
    record
        .apply(at(0), |r| {
            r.goals.add_goal("Walk to the shop", id("g1"), at(0))?;
            r.goals.add_goal("Call Sam on Sundays", id("g2"), at(0))?;
            r.plan.add_item(PlanList::Toolbox, "Music", "", id("p1"))?;
            r.plan.add_item(PlanList::Toolbox, "A bath", "", id("p2"))?;
            r.inventory
                .add_entry("health", Question::HaveNow, "I sleep well", id("e1"), at(0))
        })
        .unwrap();
    record
}

fn goal_text(record: &Record, goal: &str) -> Option<String> {
    record.goals.goal(&id(goal)).map(|g| g.text.clone())
}

fn toolbox(record: &Record) -> Vec<&str> {
    record
        .plan
        .items(PlanList::Toolbox)
        .iter()
        .map(|i| i.text.as_str())
        .collect()
}

#[test]
fn a_change_marks_only_the_items_it_touched() {
    let mut record = start();
    record
        .apply(at(5), |r| r.goals.reword_goal(&id("g2"), "Call Sam", at(5)))
        .unwrap();
    assert_eq!(record.goals.goal(&id("g2")).unwrap().updated, at(5));
    assert_eq!(record.goals.goal(&id("g1")).unwrap().updated, at(0));
    assert_eq!(record.plan.items(PlanList::Toolbox)[0].updated, at(0));
    assert_eq!(record.updated, at(5));

    record
        .apply(at(6), |r| {
            r.plan
                .reword_item(PlanList::Toolbox, &id("p2"), "A warm bath")
        })
        .unwrap();
    assert_eq!(record.plan.items(PlanList::Toolbox)[1].updated, at(6));
    assert_eq!(record.plan.items(PlanList::Toolbox)[0].updated, at(0));
}

#[test]
fn a_refused_change_leaves_the_record_exactly_as_it_was() {
    let start = start();
    type Edit = Box<dyn Fn(&mut Record) -> Result<(), EditError>>;
    let refusals: Vec<(&str, Edit)> = vec![
        (
            "blank goal",
            Box::new(|r| r.goals.add_goal("  ", id("g9"), at(9))),
        ),
        (
            "duplicate id",
            Box::new(|r| r.goals.add_goal("Again", id("g1"), at(9))),
        ),
        (
            "missing goal",
            Box::new(|r| r.goals.reword_goal(&id("nope"), "x", at(9))),
        ),
        (
            "too long",
            Box::new(|r| {
                r.plan
                    .add_item(PlanList::Toolbox, &"x".repeat(2001), "", id("p9"))
            }),
        ),
        (
            // A method that changes something and then fails: apply still restores it.
            "fails after a change",
            Box::new(|r| {
                r.plan
                    .reword_item(PlanList::Toolbox, &id("p1"), "Changed")?;
                r.goals.remove_step(&id("g1"), &id("no-such-step"))
            }),
        ),
    ];
    for (name, edit) in refusals {
        let mut record = start.clone();
        assert!(record.apply(at(9), |r| edit(r)).is_err(), "{name}");
        assert_eq!(record, start, "{name}");
    }
}

#[test]
fn merging_a_file_keeps_everything_from_both_sides() {
    let base = start();
    let mut ours = base.clone();
    ours.apply(at(2), |r| {
        r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p3"))
    })
    .unwrap();
    let mut theirs = base.clone();
    theirs
        .apply(at(3), |r| {
            r.plan.remove_item(PlanList::Toolbox, &id("p1"))?;
            r.goals.add_goal("Paint again", id("g3"), at(3))
        })
        .unwrap();
    // A file may be old: nothing is removed, even what it no longer has.
    let merged = merge(&ours, &theirs, Removals::KeepAll);
    assert_eq!(toolbox(&merged), ["Music", "A bath", "Tea"]);
    assert_eq!(merged.goals.goals.len(), 3);
    assert_eq!(merged.updated, at(3));
    assert_eq!(merged.created, at(0));
}

#[test]
fn the_newer_edit_of_one_item_wins() {
    let base = start();
    let mut ours = base.clone();
    ours.apply(at(4), |r| {
        r.goals.reword_goal(&id("g1"), "Walk to the park", at(4))
    })
    .unwrap();
    let mut theirs = base.clone();
    theirs
        .apply(at(7), |r| {
            r.goals.reword_goal(&id("g1"), "Walk to the beach", at(7))
        })
        .unwrap();
    for removals in [Removals::KeepAll, Removals::Follow] {
        let one = merge(&ours, &theirs, removals);
        let other = merge(&theirs, &ours, removals);
        assert_eq!(goal_text(&one, "g1").unwrap(), "Walk to the beach");
        assert_eq!(goal_text(&other, "g1").unwrap(), "Walk to the beach");
    }
}

#[test]
fn two_tabs_editing_different_items_both_keep_their_edits() {
    let base = start();
    let mut tab_a = base.clone();
    tab_a
        .apply(at(4), |r| {
            r.goals.reword_goal(&id("g1"), "Walk to the park", at(4))
        })
        .unwrap();
    let mut tab_b = base.clone();
    tab_b
        .apply(at(3), |r| {
            r.goals.reword_goal(&id("g2"), "Call Sam and Jo", at(3))
        })
        .unwrap();
    let merged = merge(&tab_a, &tab_b, Removals::Follow);
    assert_eq!(goal_text(&merged, "g1").unwrap(), "Walk to the park");
    assert_eq!(goal_text(&merged, "g2").unwrap(), "Call Sam and Jo");
    // Both tabs arrive at the same record.
    assert_eq!(merge(&tab_b, &tab_a, Removals::Follow), merged);
}

#[test]
fn another_tabs_removal_is_followed_unless_the_item_changed_here_since() {
    let base = start();
    let mut removed = base.clone();
    removed
        .apply(at(2), |r| {
            r.plan.remove_item(PlanList::Toolbox, &id("p1"))?;
            r.plan.remove_item(PlanList::Toolbox, &id("p2"))
        })
        .unwrap();
    let mut edited = base.clone();
    edited
        .apply(at(3), |r| {
            r.plan
                .reword_item(PlanList::Toolbox, &id("p2"), "A warm bath")
        })
        .unwrap();
    for merged in [
        merge(&removed, &edited, Removals::Follow),
        merge(&edited, &removed, Removals::Follow),
    ] {
        // An edit on one side after a removal on the other wins: no words are lost.
        assert_eq!(toolbox(&merged), ["A warm bath"]);
    }
    assert_eq!(removed.removed.len(), 2);
    // A removal after the other side's edit is followed.
    let mut removed_later = edited.clone();
    removed_later
        .apply(at(4), |r| r.plan.remove_item(PlanList::Toolbox, &id("p2")))
        .unwrap();
    let merged = merge(&edited, &removed_later, Removals::Follow);
    assert_eq!(toolbox(&merged), ["Music"]);
    // A file never removes anything.
    let merged = merge(&edited, &removed_later, Removals::KeepAll);
    assert_eq!(toolbox(&merged), ["Music", "A warm bath"]);
}

#[test]
fn items_added_elsewhere_keep_their_place() {
    let base = start();
    let mut theirs = base.clone();
    theirs
        .apply(at(2), |r| {
            r.plan.add_item(PlanList::Toolbox, "Baking", "", id("p4"))?;
            r.plan.move_item(
                PlanList::Toolbox,
                &id("p4"),
                recovery_core::inventory::Direction::Up,
            )
        })
        .unwrap();
    assert_eq!(toolbox(&theirs), ["Music", "Baking", "A bath"]);
    let merged = merge(&base, &theirs, Removals::Follow);
    assert_eq!(toolbox(&merged), ["Music", "Baking", "A bath"]);
}

#[test]
fn steps_added_to_one_goal_in_two_places_are_all_kept() {
    let base = start();
    let mut ours = base.clone();
    ours.apply(at(2), |r| {
        r.goals.add_step(
            &id("g1"),
            "Put shoes by the door",
            None,
            None,
            id("s1"),
            at(2),
        )
    })
    .unwrap();
    let mut theirs = base.clone();
    theirs
        .apply(at(3), |r| {
            r.goals
                .add_step(&id("g1"), "Go at ten", None, None, id("s2"), at(3))
        })
        .unwrap();
    for merged in [
        merge(&ours, &theirs, Removals::KeepAll),
        merge(&ours, &theirs, Removals::Follow),
    ] {
        let steps: Vec<_> = merged
            .goals
            .goal(&id("g1"))
            .unwrap()
            .steps
            .iter()
            .map(|s| s.what.clone())
            .collect();
        assert_eq!(steps.len(), 2, "{steps:?}");
        assert!(steps.contains(&"Put shoes by the door".to_owned()));
        assert!(steps.contains(&"Go at ten".to_owned()));
    }
}

#[test]
fn merged_top_qualities_stay_within_the_limit() {
    let qualities = [
        "hope", "humour", "kindness", "courage", "honesty", "patience",
    ];
    let base = Record::new(at(0));
    let mut ours = base.clone();
    let mut theirs = base.clone();
    for (i, q) in qualities.iter().enumerate() {
        let side = if i % 2 == 0 { &mut ours } else { &mut theirs };
        side.apply(at(i as i64 + 1), |r| r.inventory.set_top_quality(q, true))
            .unwrap();
    }
    let merged = merge(&ours, &theirs, Removals::KeepAll);
    assert_eq!(merged.inventory.qualities.len(), qualities.len());
    let tops = merged.inventory.qualities.iter().filter(|q| q.top).count();
    assert_eq!(tops, MAX_TOP_QUALITIES);
    // The earliest marked gives way.
    assert!(!merged.inventory.is_top_quality("hope"));
}

#[test]
fn merging_with_itself_or_from_its_own_past_changes_nothing_new() {
    let base = start();
    let mut newer = base.clone();
    newer
        .apply(at(8), |r| {
            r.inventory
                .reword_entry(&id("e1"), "I sleep well most nights", at(8))
        })
        .unwrap();
    for removals in [Removals::KeepAll, Removals::Follow] {
        assert_eq!(merge(&newer, &newer, removals), newer);
        assert_eq!(merge(&base, &newer, removals), newer);
        assert_eq!(merge(&newer, &base, removals), newer);
    }
}

#[test]
fn two_tabs_that_merge_each_others_saves_settle_on_one_record() {
    use recovery_core::inventory::Direction;
    let base = start();
    let mut tab_a = base.clone();
    tab_a
        .apply(at(2), |r| {
            r.plan
                .move_item(PlanList::Toolbox, &id("p2"), Direction::Up)
        })
        .unwrap();
    let mut tab_b = base.clone();
    tab_b
        .apply(at(2), |r| {
            r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p3"))
        })
        .unwrap();
    // Each tab, hearing the other's save, merges it and saves again only if it had
    // something the other had not seen.
    let mut stored = tab_a.clone();
    let mut tabs = [tab_a, tab_b];
    let mut saves = 1;
    for round in 0..6 {
        let listener = (round + 1) % 2;
        let merged = merge(&tabs[listener], &stored, Removals::Follow);
        tabs[listener] = merged.clone();
        if merged != stored {
            stored = merged;
            saves += 1;
        }
    }
    assert_eq!(saves, 2, "the tabs kept trading saves");
    assert_eq!(tabs[0], tabs[1]);
    // The move is kept, and the new entry comes after the one it followed in its tab.
    assert_eq!(toolbox(&stored), ["A bath", "Tea", "Music"]);
}

#[test]
fn edits_to_different_steps_of_one_goal_both_survive_with_both_histories() {
    use recovery_core::goals::StepEdit;
    let mut base = start();
    base.apply(at(1), |r| {
        r.goals
            .add_step(&id("g1"), "Find my shoes", None, None, id("s1"), at(1))?;
        r.goals
            .add_step(&id("g1"), "Go at ten", None, None, id("s2"), at(1))
    })
    .unwrap();
    let mut phone = base.clone();
    phone
        .apply(at(2), |r| {
            let day = recovery_core::CalendarDate::new(2026, 12, 1).unwrap();
            r.goals.mark_step_done(&id("g1"), &id("s1"), day, at(2))
        })
        .unwrap();
    let mut laptop = base.clone();
    laptop
        .apply(at(3), |r| {
            r.goals
                .edit_step(&id("g1"), &id("s2"), StepEdit::What("Go at eleven"))
        })
        .unwrap();
    for merged in [
        merge(&phone, &laptop, Removals::KeepAll),
        merge(&laptop, &phone, Removals::Follow),
    ] {
        let goal = merged.goals.goal(&id("g1")).unwrap();
        assert!(
            goal.steps[0].done.is_some(),
            "the step marked done stays done"
        );
        assert_eq!(goal.steps[1].what, "Go at eleven");
        // The step done on the phone is in the history too.
        assert_eq!(goal.history.len(), 2, "{:?}", goal.history);
        assert_eq!(merge(&merged, &merged, Removals::Follow), merged);
    }
}

#[test]
fn a_copy_added_or_put_in_place_is_followed_by_another_tab() {
    let base = start();
    // Tab A removes an entry; tab B hears of it.
    let mut tab_a = base.clone();
    tab_a
        .apply(at(2), |r| r.plan.remove_item(PlanList::Toolbox, &id("p1")))
        .unwrap();
    let tab_b = merge(&base, &tab_a, Removals::Follow);
    assert_eq!(toolbox(&tab_b), ["A bath"]);

    // Then tab A adds an old saved copy that still has it: it is back, and tab B keeps it.
    let mut added = tab_a.clone();
    added
        .apply(at(3), |r| {
            *r = merge(r, &base, Removals::KeepAll);
            Ok(())
        })
        .unwrap();
    assert_eq!(toolbox(&added), ["Music", "A bath"]);
    assert!(added.removed.is_empty(), "{:?}", added.removed);
    assert_eq!(
        toolbox(&merge(&tab_b, &added, Removals::Follow)),
        ["Music", "A bath"]
    );

    // Tab A puts a copy with only "Tea" in place of everything: tab B follows.
    let mut copy = Record::new(at(0));
    copy.apply(at(0), |r| {
        r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p9"))
    })
    .unwrap();
    let mut replaced = added.clone();
    replaced
        .apply(at(4), |r| {
            let removed = std::mem::take(&mut r.removed);
            *r = copy.clone();
            r.removed = removed;
            Ok(())
        })
        .unwrap();
    let tab_b = merge(&tab_b, &replaced, Removals::Follow);
    assert_eq!(toolbox(&tab_b), ["Tea"]);
    assert!(tab_b.goals.goals.is_empty());
    // The copy had no life areas at all: the answers of the area it lacked are gone too.
    assert!(
        tab_b.inventory.strengths().next().is_none(),
        "{:?}",
        tab_b.inventory
    );
}

#[test]
fn a_save_from_an_older_version_never_outweighs_changes_made_here() {
    let base = start();
    let mut here = base.clone();
    here.apply(at(5), |r| {
        r.plan
            .reword_item(PlanList::Toolbox, &id("p1"), "Loud music")
    })
    .unwrap();
    // An older bundle saved at minute 9 without item times: all its items read as minute 9.
    let mut older = base.clone();
    older
        .apply(at(9), |r| {
            r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p3"))
        })
        .unwrap();
    older.forget_times_older_versions_lacked();
    let merged = merge(&here, &older, Removals::Follow);
    assert_eq!(toolbox(&merged), ["Loud music", "A bath", "Tea"]);
}

#[test]
fn times_never_run_backwards_when_the_clock_does() {
    let mut record = start();
    record
        .apply(at(10), |r| {
            r.plan.reword_item(PlanList::Toolbox, &id("p1"), "Songs")
        })
        .unwrap();
    // The clock is set back five minutes: the next change is still the newest.
    record
        .apply(at(5), |r| {
            r.plan
                .reword_item(PlanList::Toolbox, &id("p1"), "Old songs")
        })
        .unwrap();
    let p1 = &record.plan.items(PlanList::Toolbox)[0];
    assert!(p1.updated > at(10), "{:?}", p1.updated);
    assert!(record.updated >= at(10));
}

#[test]
fn a_copy_opened_in_a_new_browser_keeps_when_each_entry_was_written() {
    let copy = start();
    let mut fresh = Record::new(at(30));
    fresh
        .apply(at(30), |r| {
            *r = copy.clone();
            Ok(())
        })
        .unwrap();
    // Only the record as a whole is marked as changed now.
    assert_eq!(fresh.updated, at(30));
    fresh.updated = copy.updated;
    assert_eq!(fresh, copy);
}

#[test]
fn clearing_words_in_one_tab_sticks_in_the_other_but_a_file_never_blanks_them() {
    let mut base = start();
    base.apply(at(1), |r| r.goals.set_why(&id("g1"), "Fresh air helps me"))
        .unwrap();
    let mut cleared = base.clone();
    cleared
        .apply(at(2), |r| r.goals.set_why(&id("g1"), ""))
        .unwrap();
    let why = |r: &Record| r.goals.goal(&id("g1")).unwrap().why.clone();
    assert_eq!(why(&merge(&base, &cleared, Removals::Follow)), "");
    assert_eq!(why(&merge(&cleared, &base, Removals::Follow)), "");
    // An old file still holding the words brings them back: a file never blanks words.
    assert_eq!(
        why(&merge(&cleared, &base, Removals::KeepAll)),
        "Fresh air helps me"
    );
}

#[test]
fn a_file_from_a_fast_clock_cannot_outweigh_changes_made_here_for_long() {
    let file = r#"{"format":"recovery-widgets/record","schema_version":3,
        "created":"2026-11-23T09:30:00.000Z","updated":"9999-12-31T23:59:59.999Z",
        "inventory":{"domains":[],"qualities":[],"priorities":[]},"goals":[],
        "plan":{"toolbox":[{"id":"p9","text":"Tea","updated":"9999-12-31T23:59:59.999Z"}]}}"#;
    let copy = recovery_core::format::import_json(file).unwrap();
    let mut here = start();
    here.apply(at(10), |r| {
        *r = merge(r, &copy, Removals::KeepAll);
        Ok(())
    })
    .unwrap();
    let tea = |r: &Record| {
        r.plan
            .items(PlanList::Toolbox)
            .iter()
            .find(|i| i.id == id("p9"))
            .map(|i| i.updated)
    };
    let a_day_ahead = Timestamp::from_millis(at(10).millis() + 24 * 60 * 60 * 1000);
    assert!(tea(&here).unwrap() <= a_day_ahead);
    // Changing it again, or removing it, writes times that can be read back.
    here.apply(at(11), |r| {
        r.plan
            .reword_item(PlanList::Toolbox, &id("p9"), "Green tea")
    })
    .unwrap();
    here.apply(at(12), |r| r.plan.remove_item(PlanList::Toolbox, &id("p9")))
        .unwrap();
    let again = recovery_core::format::import_json(&recovery_core::format::export_json(&here));
    assert_eq!(again, Ok(here));
}

/// The finer rules of marking changes and merging copies. Each test here holds the code to a
/// rule that mutation testing (`scripts/mutants.sh`, see docs/testing.md) found no other test
/// held it to: the code could be changed against the rule and every test still passed.
mod rules_mutation_testing_found {
    use super::{at, id};
    use recovery_core::goals::{GoalChange, GoalEvent, GoalState, StrengthLink};
    use recovery_core::inventory::{Direction, Question};
    use recovery_core::plan::{PlanItem, PlanList};
    use recovery_core::{merge, Record, Removals, Timestamp, REMOVALS_KEPT_FOR};

    /// A record with an answer, two qualities, two toolbox entries, and two goals with a step
    /// each, all written at minute 0.
    fn start() -> Record {
        let mut record = Record::new(at(0));
        record
            .apply(at(0), |r| {
                r.inventory
                    .add_entry("health", Question::HaveNow, "I walk", id("e1"), at(0))?;
                r.inventory.set_quality("hope", true);
                r.inventory.set_quality("humour", true);
                r.plan.add_item(PlanList::Toolbox, "Music", "", id("p1"))?;
                r.plan.add_item(PlanList::Toolbox, "A bath", "", id("p2"))?;
                r.goals
                    .start_goal("Walk to the shop", "I feel better", None, id("g1"), at(0))?;
                r.goals
                    .add_step(&id("g1"), "Shoes on", None, None, id("s1"), at(0))?;
                r.goals.add_goal("Call Sam", id("g2"), at(0))?;
                r.goals
                    .add_step(&id("g2"), "Find his number", None, None, id("s2"), at(0))
            })
            .unwrap();
        record
    }

    fn plan_times(record: &Record) -> Vec<(String, Timestamp)> {
        record
            .plan
            .items(PlanList::Toolbox)
            .iter()
            .map(|i| (i.id.to_string(), i.updated))
            .collect()
    }

    fn quality_times(record: &Record) -> Vec<(String, Timestamp)> {
        let mut times: Vec<_> = record
            .inventory
            .qualities
            .iter()
            .map(|q| (q.quality.clone(), q.updated))
            .collect();
        times.sort();
        times
    }

    fn goal_times(record: &Record) -> Vec<(String, Timestamp, Vec<Timestamp>)> {
        let mut times: Vec<_> = record
            .goals
            .goals
            .iter()
            .map(|g| {
                let steps = g.steps.iter().map(|s| s.updated).collect();
                (g.id.to_string(), g.updated, steps)
            })
            .collect();
        times.sort();
        times
    }

    #[test]
    fn adding_or_moving_an_entry_leaves_the_others_times_alone() {
        let mut record = start();
        record
            .apply(at(5), |r| {
                r.plan.add_item(PlanList::Toolbox, "A walk", "", id("p3"))
            })
            .unwrap();
        record
            .apply(at(6), |r| {
                r.plan
                    .move_item(PlanList::Toolbox, &id("p3"), Direction::Up)
            })
            .unwrap();
        assert_eq!(
            plan_times(&record),
            [
                ("p1".to_owned(), at(0)),
                ("p3".to_owned(), at(5)),
                ("p2".to_owned(), at(0)),
            ]
        );
        record
            .apply(at(7), |r| {
                r.inventory.set_quality("courage", true);
                Ok(())
            })
            .unwrap();
        assert_eq!(
            quality_times(&record),
            [
                ("courage".to_owned(), at(7)),
                ("hope".to_owned(), at(0)),
                ("humour".to_owned(), at(0)),
            ]
        );
    }

    #[test]
    fn a_steps_change_is_the_steps_own_and_a_goals_own_change_is_the_goals() {
        let mut record = start();
        record
            .apply(at(5), |r| {
                r.goals
                    .add_step(&id("g1"), "Out the door", None, None, id("s3"), at(5))
            })
            .unwrap();
        let day = recovery_core::CalendarDate::new(2026, 12, 1).unwrap();
        record
            .apply(at(6), |r| {
                r.goals.mark_step_done(&id("g1"), &id("s1"), day, at(6))
            })
            .unwrap();
        let g1 = record.goals.goal(&id("g1")).unwrap();
        assert_eq!(g1.updated, at(0), "a step's change is not the goal's");
        assert_eq!((g1.steps[0].updated, g1.steps[1].updated), (at(6), at(5)));

        // Each of the goal's own parts is the goal's change.
        type Change = fn(&mut Record) -> Result<(), recovery_core::EditError>;
        let changes: [(&str, Change); 6] = [
            ("words", |r| r.goals.reword_goal(&id("g1"), "Walk", at(0))),
            ("why", |r| r.goals.set_why(&id("g1"), "Fresh air")),
            ("area", |r| r.goals.set_domain(&id("g1"), Some("health"))),
            ("strengths", |r| {
                r.goals
                    .link_strength(&id("g1"), StrengthLink::Quality("hope".into()))
            }),
            ("state", |r| {
                r.goals.set_state(&id("g1"), GoalState::Paused, at(0))
            }),
            ("reflection", |r| {
                r.goals.set_reflection(
                    &id("g1"),
                    recovery_core::goals::ReflectionPrompt::WorkedWell,
                    "Going early",
                )
            }),
        ];
        for (minute, (part, change)) in (10..).zip(changes) {
            record.apply(at(minute), change).unwrap();
            let g1 = record.goals.goal(&id("g1")).unwrap();
            assert_eq!(g1.updated, at(minute), "{part}");
            assert_eq!(g1.steps[0].updated, at(6), "{part}");
        }
    }

    #[test]
    fn reordering_goals_or_qualities_changes_no_times_and_removes_nothing() {
        let mut record = start();
        let before = (goal_times(&record), quality_times(&record));
        record
            .apply(at(5), |r| r.goals.move_goal(&id("g2"), Direction::Up))
            .unwrap();
        assert_eq!(record.goals.goals[0].id, id("g2"));
        // A copy put in place with the same qualities in another order.
        record
            .apply(at(6), |r| {
                r.inventory.qualities.reverse();
                Ok(())
            })
            .unwrap();
        assert_eq!(record.inventory.qualities[0].quality, "humour");
        assert_eq!((goal_times(&record), quality_times(&record)), before);
        assert_eq!(record.removed, []);
    }

    #[test]
    fn a_goal_gone_from_one_tab_stays_if_the_other_changed_a_step_since() {
        let base = start();
        // A copy without the goal put in place here (its removal is noted at minute 5)...
        let mut ours = base.clone();
        ours.apply(at(5), |r| {
            r.goals.goals.retain(|g| g.id != id("g1"));
            Ok(())
        })
        .unwrap();
        // ...while the other tab did its step at minute 10: the goal stays, step done.
        let mut theirs = base.clone();
        let day = recovery_core::CalendarDate::new(2026, 12, 1).unwrap();
        theirs
            .apply(at(10), |r| {
                r.goals.mark_step_done(&id("g1"), &id("s1"), day, at(10))
            })
            .unwrap();
        let merged = merge(&ours, &theirs, Removals::Follow);
        let g1 = merged.goals.goal(&id("g1")).expect("the goal stays");
        assert_eq!(g1.steps[0].done, Some(day));
        // Had the other tab changed nothing since, the goal would be gone.
        let merged = merge(&ours, &base, Removals::Follow);
        assert!(merged.goals.goal(&id("g1")).is_none());
    }

    #[test]
    fn a_qualitys_newer_top_mark_wins_a_merge() {
        let base = start();
        let mut theirs = base.clone();
        theirs
            .apply(at(10), |r| r.inventory.set_top_quality("hope", true))
            .unwrap();
        let hope = |r: &Record| {
            r.inventory
                .qualities
                .iter()
                .find(|q| q.quality == "hope")
                .cloned()
                .unwrap()
        };
        assert_eq!(hope(&theirs).updated, at(10));
        // This tab changed something else after: it leads, but the newer top mark is theirs.
        let mut ours = base.clone();
        ours.apply(at(12), |r| {
            r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p3"))
        })
        .unwrap();
        for removals in [Removals::Follow, Removals::KeepAll] {
            assert!(hope(&merge(&ours, &theirs, removals)).top, "{removals:?}");
            assert!(hope(&merge(&theirs, &ours, removals)).top, "{removals:?}");
        }
    }

    #[test]
    fn removals_are_forgotten_after_thirty_days() {
        let mut record = start();
        record
            .apply(at(1), |r| r.plan.remove_item(PlanList::Toolbox, &id("p1")))
            .unwrap();
        assert_eq!(record.removed.len(), 1);
        let removed_at = record.removed[0].at;
        let later = |ms: i64| Timestamp::from_millis(removed_at.millis() + ms);
        let mut kept = record.clone();
        kept.apply(later(REMOVALS_KEPT_FOR - 1), |r| {
            r.plan
                .reword_item(PlanList::Toolbox, &id("p2"), "A hot bath")
        })
        .unwrap();
        assert_eq!(kept.removed.len(), 1, "remembered for just under 30 days");
        record
            .apply(later(REMOVALS_KEPT_FOR), |r| {
                r.plan
                    .reword_item(PlanList::Toolbox, &id("p2"), "A hot bath")
            })
            .unwrap();
        assert_eq!(record.removed, [], "forgotten at 30 days");
        // Merging forgets them too.
        let mut old = start();
        old.apply(at(1), |r| r.plan.remove_item(PlanList::Toolbox, &id("p1")))
            .unwrap();
        let mut newer = start();
        newer.updated = later(REMOVALS_KEPT_FOR);
        assert_eq!(merge(&old, &newer, Removals::Follow).removed, []);
    }

    #[test]
    fn two_edits_in_the_same_millisecond_follow_the_copy_changed_last() {
        let base = start();
        let mut ours = base.clone();
        ours.apply(at(5), |r| {
            r.inventory.reword_entry(&id("e1"), "I walk daily", at(5))
        })
        .unwrap();
        ours.apply(at(7), |r| {
            r.plan.add_item(PlanList::Toolbox, "Tea", "", id("p3"))
        })
        .unwrap();
        let mut theirs = base.clone();
        theirs
            .apply(at(5), |r| {
                r.inventory.reword_entry(&id("e1"), "I walk slowly", at(5))
            })
            .unwrap();
        for merged in [
            merge(&ours, &theirs, Removals::Follow),
            merge(&theirs, &ours, Removals::Follow),
            merge(&ours, &theirs, Removals::KeepAll),
        ] {
            let (_, _, entry) = merged.inventory.entry(&id("e1")).unwrap();
            assert_eq!(entry.text, "I walk daily");
        }
    }

    #[test]
    fn a_file_keeps_the_newer_words_and_every_strength_linked_in_either_copy() {
        let base = start();
        // The file's copy: a strength linked at minute 5.
        let mut file = base.clone();
        file.apply(at(5), |r| {
            r.goals
                .link_strength(&id("g1"), StrengthLink::Entry(id("e1")))
        })
        .unwrap();
        // Here: the goal's why reworded at minute 10, and a quality linked.
        let mut here = base.clone();
        here.apply(at(10), |r| {
            r.goals.set_why(&id("g1"), "I sleep better")?;
            r.goals
                .link_strength(&id("g1"), StrengthLink::Quality("hope".into()))
        })
        .unwrap();
        let merged = merge(&here, &file, Removals::KeepAll);
        let g1 = merged.goals.goal(&id("g1")).unwrap();
        assert_eq!(g1.why, "I sleep better");
        assert_eq!(
            g1.strengths,
            [
                StrengthLink::Quality("hope".into()),
                StrengthLink::Entry(id("e1"))
            ]
        );
    }

    #[test]
    fn histories_merge_oldest_first_with_each_event_once() {
        let base = start();
        let mut ours = base.clone();
        ours.apply(at(5), |r| {
            r.goals.set_state(&id("g1"), GoalState::Paused, at(5))
        })
        .unwrap();
        let mut theirs = base.clone();
        theirs
            .apply(at(3), |r| r.goals.reword_goal(&id("g1"), "Walk", at(3)))
            .unwrap();
        theirs
            .apply(at(7), |r| {
                r.goals.set_state(&id("g1"), GoalState::Achieved, at(7))
            })
            .unwrap();
        let expected = [
            (at(0), GoalChange::Started),
            (at(3), GoalChange::Reworded("Walk to the shop".into())),
            (at(5), GoalChange::State(GoalState::Paused)),
            (at(7), GoalChange::State(GoalState::Achieved)),
        ]
        .map(|(at, change)| GoalEvent { at, change });
        for removals in [Removals::Follow, Removals::KeepAll] {
            for merged in [
                merge(&ours, &theirs, removals),
                merge(&theirs, &ours, removals),
            ] {
                assert_eq!(merged.goals.goal(&id("g1")).unwrap().history, expected);
            }
        }
        // A copy whose events are out of order (a clock set back): still each event once.
        let event = |minute, change| GoalEvent {
            at: at(minute),
            change,
        };
        let started = event(0, GoalChange::Started);
        let paused = event(5, GoalChange::State(GoalState::Paused));
        let achieved = event(9, GoalChange::State(GoalState::Achieved));
        let (mut one, mut other) = (base.clone(), base.clone());
        one.goals.goals[0].history = vec![started.clone(), paused.clone(), achieved.clone()];
        other.goals.goals[0].history = vec![started.clone(), achieved.clone(), paused.clone()];
        let merged = merge(&one, &other, Removals::KeepAll);
        assert_eq!(
            merged.goals.goal(&id("g1")).unwrap().history,
            [started, paused, achieved]
        );
    }

    #[test]
    fn a_time_from_a_fast_clock_is_brought_back_to_a_day_ahead() {
        let day = 24 * 60 * 60 * 1000;
        let mut record = start();
        let now = at(10);
        let ahead = |ms: i64| Timestamp::from_millis(now.millis() + ms);
        // A copy put in place, with entries from a device whose clock runs fast.
        record
            .apply(now, |r| {
                for (key, updated) in [("p8", ahead(3 * day)), ("p9", ahead(day - 1))] {
                    r.plan.toolbox.push(PlanItem {
                        id: id(key),
                        text: "From my phone".into(),
                        response: String::new(),
                        updated,
                    });
                }
                Ok(())
            })
            .unwrap();
        assert_eq!(
            plan_times(&record)[2..],
            [
                ("p8".to_owned(), ahead(day)),
                ("p9".to_owned(), ahead(day - 1))
            ]
        );
    }
}

#[test]
fn a_wish_removed_in_another_tab_takes_its_priority_with_it() {
    let mut base = start();
    base.apply(at(1), |r| {
        r.inventory
            .add_entry("work", Question::Want, "A part-time job", id("w1"), at(1))
    })
    .unwrap();
    // One tab removes the wish; another, at the same time, makes it a priority.
    let mut removed = base.clone();
    removed
        .apply(at(2), |r| r.inventory.remove_entry(&id("w1")))
        .unwrap();
    let mut chosen = base.clone();
    chosen
        .apply(at(3), |r| {
            r.inventory.add_priority("work", Some(id("w1")), id("pr1"))
        })
        .unwrap();
    for merged in [
        merge(&removed, &chosen, Removals::Follow),
        merge(&chosen, &removed, Removals::Follow),
    ] {
        assert!(merged.inventory.entry(&id("w1")).is_none());
        // No priority is left pointing at a wish that is no longer there.
        assert_eq!(merged.inventory.priorities, []);
    }
    // A file keeps every wish, and so every priority on one.
    let merged = merge(&chosen, &removed, Removals::KeepAll);
    assert!(merged.inventory.entry(&id("w1")).is_some());
    assert_eq!(merged.inventory.priorities.len(), 1);
}

fn day(d: u8) -> recovery_core::CalendarDate {
    recovery_core::CalendarDate::new(2026, 12, d).unwrap()
}

fn rating(record: &Record, check_in: &str, domain: &str) -> Option<u8> {
    record
        .journey
        .check_in(&id(check_in))
        .and_then(|c| c.rating(domain))
}

#[test]
fn check_ins_are_matched_by_id_and_the_later_edit_is_kept() {
    let mut base = start();
    base.apply(at(1), |r| {
        r.journey.rate(day(1), "money", Some(3), id("c1"), at(1))
    })
    .unwrap();
    // Two tabs change the same day's check-in; the later change wins.
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.apply(at(2), |r| {
        r.journey.rate(day(1), "money", Some(4), id("x"), at(2))
    })
    .unwrap();
    theirs
        .apply(at(3), |r| {
            r.journey.rate(day(1), "money", Some(6), id("y"), at(3))
        })
        .unwrap();
    assert_eq!(theirs.journey.check_ins[0].updated, at(3));
    for removals in [Removals::Follow, Removals::KeepAll] {
        assert_eq!(
            rating(&merge(&ours, &theirs, removals), "c1", "money"),
            Some(6)
        );
        assert_eq!(
            rating(&merge(&theirs, &ours, removals), "c1", "money"),
            Some(6)
        );
    }
}

#[test]
fn check_ins_from_two_devices_are_all_kept_in_date_order() {
    let mut phone = Record::new(at(0));
    phone
        .apply(at(1), |r| {
            r.journey.rate(day(8), "money", Some(5), id("p8"), at(1))?;
            r.journey.rate(day(1), "money", Some(2), id("p1"), at(1))
        })
        .unwrap();
    let mut tablet = Record::new(at(0));
    tablet
        .apply(at(2), |r| {
            r.journey.rate(day(4), "money", Some(3), id("t4"), at(2))
        })
        .unwrap();
    let merged = merge(&phone, &tablet, Removals::KeepAll);
    let ids: Vec<&str> = merged
        .journey
        .check_ins
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, ["p1", "t4", "p8"]);
    assert_eq!(merged.summary().check_ins, 3);
    // And back through a file, nothing is lost.
    let again = recovery_core::format::import_json(&recovery_core::format::export_json(&merged));
    assert_eq!(again, Ok(merged));
}

#[test]
fn a_check_in_emptied_in_one_tab_is_gone_in_the_other() {
    let mut ours = start();
    ours.apply(at(1), |r| {
        r.journey.rate(day(1), "money", Some(3), id("c1"), at(1))
    })
    .unwrap();
    let theirs = ours.clone();
    ours.apply(at(2), |r| {
        r.journey.rate(day(1), "money", None, id("c1"), at(2))
    })
    .unwrap();
    assert!(ours.journey.check_ins.is_empty());
    assert!(ours.removed.iter().any(|r| r.key == "c1"));
    let merged = merge(&theirs, &ours, Removals::Follow);
    assert!(merged.journey.check_ins.is_empty());
    // A file keeps whatever either side holds.
    let merged = merge(&ours, &theirs, Removals::KeepAll);
    assert_eq!(merged.journey.check_ins.len(), 1);
}
