//! The finer rules of marking changes and merging copies. Each test here holds the code to a
//! rule that mutation testing (`scripts/mutants.sh`, see docs/testing.md) found no other test
//! held it to: the code could be changed against the rule and every test still passed.

use recovery_core::goals::{GoalChange, GoalEvent, GoalState, StrengthLink};
use recovery_core::inventory::{Direction, Question};
use recovery_core::plan::{PlanItem, PlanList};
use recovery_core::{merge, ItemId, Record, Removals, Timestamp, REMOVALS_KEPT_FOR};

fn at(minute: i64) -> Timestamp {
    Timestamp::from_millis(1_795_426_200_000 + minute * 60_000)
}

fn id(s: &str) -> ItemId {
    ItemId::new(s)
}

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
