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
