//! A bounded fuzz pass over the import path, and properties of export and merge.
//!
//! - Every file in `tests/corpus/` and `tests/fixtures/` imports or is refused as expected.
//! - Mutations of those files, arbitrary bytes and generated JSON never panic, and never make
//!   the reader hold much more memory than the file's own size (a counting allocator checks).
//! - Records built by random edits survive export and import unchanged, and merging two of
//!   them keeps every entry of both.
//!
//! `PROPTEST_CASES` sets how many cases each property runs (256 by default). Failing cases
//! are kept in `fuzz.proptest-regressions` and run first next time.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use recovery_core::format::{export_json, import_json, to_storage_json};
use recovery_core::inventory::{Direction, Question};
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::{merge, ImportError, ItemId, Record, Removals, Timestamp};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::BTreeSet;

// ---- Memory: a counting allocator, per thread, so tests running side by side do not mix.

struct Counting;

thread_local! {
    static HELD: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn note_alloc(size: usize) {
    let _ = HELD.try_with(|held| {
        let now = held.get().saturating_add(size);
        held.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

fn note_free(size: usize) {
    let _ = HELD.try_with(|held| held.set(held.get().saturating_sub(size)));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        note_alloc(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        note_free(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        note_free(layout.size());
        note_alloc(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Imports `text`, and checks the reader never held more than a small multiple of the
/// file's size (plus a little for the smallest files).
fn import_within_memory(text: &str) -> Result<Record, ImportError> {
    let start = HELD.with(Cell::get);
    PEAK.with(|p| p.set(start));
    let result = import_json(text);
    let peak = PEAK.with(Cell::get) - start;
    let allowed = 24 * text.len() + 64 * 1024;
    assert!(
        peak <= allowed,
        "reading {} bytes held {peak} bytes at once (allowed {allowed})",
        text.len()
    );
    result
}

// ---- The corpus.

fn corpus() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut files = Vec::new();
    for dir in ["tests/corpus", "tests/fixtures"] {
        let mut names: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.expect("a readable folder").path())
            .collect();
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).expect("a readable file");
            files.push((
                path.file_name().unwrap().to_string_lossy().into_owned(),
                text,
            ));
        }
    }
    files
}

#[test]
fn every_corpus_file_is_read_or_refused_as_expected() {
    type Check = fn(&Result<Record, ImportError>) -> bool;
    let expected: &[(&str, Check)] = &[
        ("byte-order-mark.json", |r| r.is_ok()),
        ("date-overflow.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("deep-nesting.json", |r| {
            matches!(r, Err(ImportError::TooDeep { .. }))
        }),
        ("duplicate-keys.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("empty-ids.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("empty.json", |r| r == &Err(ImportError::NotJson)),
        ("float-version.json", |r| r == &Err(ImportError::NotARecord)),
        ("hostile-text.json", |r| r.is_ok()),
        ("huge-time.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("lone-surrogate.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("negative-version.json", |r| {
            r == &Err(ImportError::NotARecord)
        }),
        ("not-an-object.json", |r| r == &Err(ImportError::NotARecord)),
        ("odd-numbers.json", |r| r.is_err()),
        ("time-overflow.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("truncated.json", |r| r == &Err(ImportError::NotJson)),
        ("wrong-types.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
    ];
    let files = corpus();
    for (name, text) in &files {
        let result = import_within_memory(text);
        match expected.iter().find(|(n, _)| n == name) {
            Some((_, check)) => assert!(check(&result), "{name}: {result:?}"),
            // Golden fixtures: every one must import.
            None => assert!(result.is_ok(), "{name}: {result:?}"),
        }
        if let Ok(record) = result {
            assert_eq!(
                import_json(&export_json(&record)).as_ref(),
                Ok(&record),
                "{name}"
            );
        }
    }
    assert!(files.len() >= expected.len() + 5, "the corpus lost files");
}

#[test]
fn hostile_text_comes_back_exactly_as_written() {
    let (_, text) = corpus()
        .into_iter()
        .find(|(name, _)| name == "hostile-text.json")
        .expect("the hostile text file");
    let record = import_json(&text).unwrap();
    let answers: Vec<&str> = record.inventory.domains[0]
        .have_now
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert!(answers.contains(&"<script>window.__pwned=1</script>"));
    assert!(answers.contains(&"\u{202E}evil\u{202C}"));
    assert!(answers.contains(&"a\u{200B}b\u{200D}c"));
    assert!(answers.contains(&"🌱𝒜🏳️‍🌈"));
    assert!(answers.contains(&"\\u0000 \u{0} nul"));
    let contact = &record.plan.items(PlanList::PeopleToAsk)[0];
    assert_eq!(contact.response, "javascript:alert(1)");
    // A number that is not a number never becomes a link.
    assert_eq!(recovery_core::plan::dial_string(&contact.response), None);
}

// ---- Mutations and generated input.

fn mutate(seed: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = seed.as_bytes().to_vec();
    for &(at, kind, byte) in edits {
        let at = if bytes.is_empty() {
            0
        } else {
            at % bytes.len()
        };
        match kind % 6 {
            0 => {
                if let Some(b) = bytes.get_mut(at) {
                    *b = byte;
                }
            }
            1 => bytes.insert(at, byte),
            2 => {
                if at < bytes.len() {
                    bytes.remove(at);
                }
            }
            3 => bytes.truncate(at),
            4 => {
                // Repeat a stretch: lists and objects grow.
                let end = (at + usize::from(byte)).min(bytes.len());
                let stretch = bytes[at..end].to_vec();
                bytes.splice(at..at, stretch);
            }
            _ => {
                let token: &[u8] = match byte % 8 {
                    0 => b"[",
                    1 => b"{",
                    2 => b"\"",
                    3 => b"\\",
                    4 => b",",
                    5 => b"null",
                    6 => b"1e999",
                    _ => b"\"updated\":",
                };
                bytes.splice(at..at, token.iter().copied());
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn json_value() -> impl Strategy<Value = String> {
    let keys = prop::sample::select(vec![
        "format",
        "schema_version",
        "created",
        "updated",
        "inventory",
        "domains",
        "domain",
        "have_now",
        "want",
        "helped_before",
        "id",
        "text",
        "kind",
        "qualities",
        "quality",
        "top",
        "priorities",
        "wish",
        "goals",
        "steps",
        "what",
        "who",
        "someone",
        "target",
        "done",
        "history",
        "at",
        "change",
        "plan",
        "toolbox",
        "people_to_ask",
        "response",
        "removed",
        "key",
        "reflection",
        "state",
    ]);
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:e}")),
        ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        prop::sample::select(vec![
            "\"recovery-widgets/record\"",
            "\"2026-11-23T09:30:00.000Z\"",
            "\"2026-12-05\"",
            "\"individual\"",
            "\"achieved\"",
            "\"me\"",
            "3",
            "2",
            "1",
        ])
        .prop_map(str::to_owned),
    ];
    leaf.prop_recursive(6, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|fields| {
                let fields: Vec<String> = fields
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = import_within_memory(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn mutated_corpus_files_never_panic(
        pick in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8),
    ) {
        let files = corpus();
        let (_, seed) = pick.get(&files);
        let text = mutate(seed, &edits);
        if let Ok(record) = import_within_memory(&text) {
            // Whatever was read is written back and read again the same.
            prop_assert_eq!(import_json(&export_json(&record)), Ok(record));
        }
    }

    #[test]
    fn generated_records_never_panic(
        version in 1u32..5,
        body in prop::collection::vec((json_value(), json_value()), 0..4),
    ) {
        let fields: Vec<String> = ["inventory", "goals", "plan", "removed"]
            .iter()
            .zip(body.iter().map(|(a, _)| a))
            .map(|(k, v)| format!("\"{k}\":{v}"))
            .collect();
        let text = format!(
            "{{\"format\":\"recovery-widgets/record\",\"schema_version\":{version},\"created\":\"2026-11-23T09:30:00.000Z\",\"updated\":\"2026-11-23T09:30:00.000Z\"{}{}}}",
            if fields.is_empty() { "" } else { "," },
            fields.join(",")
        );
        if let Ok(record) = import_within_memory(&text) {
            prop_assert_eq!(import_json(&export_json(&record)), Ok(record));
        }
        for (value, _) in &body {
            let _ = import_within_memory(value);
        }
    }
}

// ---- Records built by random edits.

#[derive(Clone, Debug)]
enum Edit {
    AddAnswer(usize, usize, String),
    RewordAnswer(usize, String),
    RemoveAnswer(usize),
    AddGoal(String),
    AddStep(usize, String),
    RewordStep(usize, String),
    MarkStepDone(usize),
    RemoveStep(usize),
    RewordGoal(usize, String),
    Reflect(usize, String),
    AddPlanEntry(usize, String),
    RewordPlanEntry(usize, String),
    RemovePlanEntry(usize),
    MovePlanEntry(usize, bool),
    ChooseQuality(usize, bool),
}

fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{1,20}",
        Just("<script>alert(1)</script>".to_owned()),
        Just("\u{202E}mirror\u{202C} 🌱".to_owned()),
        "\\PC{1,8}",
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..7usize, 0..3usize, words()).prop_map(|(d, q, t)| Edit::AddAnswer(d, q, t)),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::RewordAnswer(i, t)),
        any::<usize>().prop_map(Edit::RemoveAnswer),
        words().prop_map(Edit::AddGoal),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::AddStep(i, t)),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::RewordStep(i, t)),
        any::<usize>().prop_map(Edit::MarkStepDone),
        any::<usize>().prop_map(Edit::RemoveStep),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::RewordGoal(i, t)),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::Reflect(i, t)),
        (any::<usize>(), words()).prop_map(|(l, t)| Edit::AddPlanEntry(l, t)),
        (any::<usize>(), words()).prop_map(|(i, t)| Edit::RewordPlanEntry(i, t)),
        any::<usize>().prop_map(Edit::RemovePlanEntry),
        (any::<usize>(), any::<bool>()).prop_map(|(i, up)| Edit::MovePlanEntry(i, up)),
        (0..24usize, any::<bool>()).prop_map(|(i, c)| Edit::ChooseQuality(i, c)),
    ]
}

fn lists() -> Vec<PlanList> {
    PlanSection::ALL
        .iter()
        .flat_map(|s| s.lists())
        .copied()
        .collect()
}

/// Applies edits to a record, as a person would through the widgets, with ids made from
/// `tag` so two people never make the same one.
fn apply_edits(record: &mut Record, edits: &[Edit], tag: &str, first_minute: i64) {
    let domains = recovery_core::presets::DOMAINS;
    let qualities = recovery_core::presets::QUALITIES;
    for (n, edit) in edits.iter().enumerate() {
        let at = Timestamp::from_millis(1_795_426_200_000 + (first_minute + n as i64) * 60_000);
        let new_id = ItemId::new(format!("{tag}{n}"));
        let answers: Vec<ItemId> = record
            .inventory
            .domains
            .iter()
            .flat_map(|d| Question::ALL.into_iter().flat_map(move |q| d.answers(q)))
            .map(|e| e.id.clone())
            .collect();
        let plan: Vec<(PlanList, ItemId)> = lists()
            .into_iter()
            .flat_map(|l| record.plan.items(l).iter().map(move |i| (l, i.id.clone())))
            .collect();
        let steps: Vec<(ItemId, ItemId)> = record
            .goals
            .goals
            .iter()
            .flat_map(|g| g.steps.iter().map(|s| (g.id.clone(), s.id.clone())))
            .collect();
        let goals: Vec<ItemId> = record.goals.goals.iter().map(|g| g.id.clone()).collect();
        let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
        let _ = record.apply(at, |r| match edit {
            Edit::AddAnswer(d, q, text) => r.inventory.add_entry(
                domains[*d % domains.len()].id,
                Question::ALL[*q],
                text,
                new_id.clone(),
                at,
            ),
            Edit::RewordAnswer(i, text) => match pick(answers.len(), *i) {
                Some(i) => r.inventory.reword_entry(&answers[i], text, at),
                None => Ok(()),
            },
            Edit::RemoveAnswer(i) => match pick(answers.len(), *i) {
                Some(i) => r.inventory.remove_entry(&answers[i]),
                None => Ok(()),
            },
            Edit::AddGoal(text) => r.goals.add_goal(text, new_id.clone(), at),
            Edit::AddStep(i, text) => match pick(goals.len(), *i) {
                Some(i) => r
                    .goals
                    .add_step(&goals[i], text, None, None, new_id.clone(), at),
                None => Ok(()),
            },
            Edit::RewordStep(i, text) => match pick(steps.len(), *i) {
                Some(i) => r.goals.edit_step(
                    &steps[i].0,
                    &steps[i].1,
                    recovery_core::goals::StepEdit::What(text),
                ),
                None => Ok(()),
            },
            Edit::MarkStepDone(i) => match pick(steps.len(), *i) {
                Some(i) => {
                    let day = recovery_core::CalendarDate::new(2026, 12, 1).expect("a real day");
                    r.goals.mark_step_done(&steps[i].0, &steps[i].1, day, at)
                }
                None => Ok(()),
            },
            Edit::RewordGoal(i, text) => match pick(goals.len(), *i) {
                Some(i) => r.goals.reword_goal(&goals[i], text, at),
                None => Ok(()),
            },
            Edit::Reflect(i, text) => match pick(goals.len(), *i) {
                Some(i) => r.goals.set_reflection(
                    &goals[i],
                    recovery_core::goals::ReflectionPrompt::Learned,
                    text,
                ),
                None => Ok(()),
            },
            Edit::RemoveStep(i) => match pick(steps.len(), *i) {
                Some(i) => r.goals.remove_step(&steps[i].0, &steps[i].1),
                None => Ok(()),
            },
            Edit::AddPlanEntry(l, text) => {
                let all = lists();
                r.plan
                    .add_item(all[*l % all.len()], text, "", new_id.clone())
            }
            Edit::RewordPlanEntry(i, text) => match pick(plan.len(), *i) {
                Some(i) => r.plan.reword_item(plan[i].0, &plan[i].1, text),
                None => Ok(()),
            },
            Edit::RemovePlanEntry(i) => match pick(plan.len(), *i) {
                Some(i) => r.plan.remove_item(plan[i].0, &plan[i].1),
                None => Ok(()),
            },
            Edit::MovePlanEntry(i, up) => match pick(plan.len(), *i) {
                Some(i) => {
                    let direction = if *up { Direction::Up } else { Direction::Down };
                    r.plan.move_item(plan[i].0, &plan[i].1, direction)
                }
                None => Ok(()),
            },
            Edit::ChooseQuality(i, chosen) => {
                r.inventory
                    .set_quality(qualities[*i % qualities.len()].id, *chosen);
                Ok(())
            }
        });
    }
}

/// Every entry's key and words.
fn contents(record: &Record) -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    for d in &record.inventory.domains {
        for q in Question::ALL {
            for e in d.answers(q) {
                all.insert((e.id.to_string(), e.text.clone()));
            }
        }
    }
    for g in &record.goals.goals {
        all.insert((g.id.to_string(), g.text.clone()));
        for s in &g.steps {
            all.insert((s.id.to_string(), format!("{} / {:?}", s.what, s.done)));
        }
    }
    for i in record.plan.all_items() {
        all.insert((i.id.to_string(), i.text.clone()));
    }
    for q in &record.inventory.qualities {
        all.insert((format!("quality:{}", q.quality), String::new()));
    }
    all
}

/// When each entry last changed.
fn stamps(record: &Record) -> std::collections::BTreeMap<String, Timestamp> {
    let mut all = std::collections::BTreeMap::new();
    for d in &record.inventory.domains {
        for q in Question::ALL {
            for e in d.answers(q) {
                all.insert(e.id.to_string(), e.updated);
            }
        }
    }
    for g in &record.goals.goals {
        all.insert(g.id.to_string(), g.updated);
        for s in &g.steps {
            all.insert(s.id.to_string(), s.updated);
        }
    }
    for i in record.plan.all_items() {
        all.insert(i.id.to_string(), i.updated);
    }
    for q in &record.inventory.qualities {
        all.insert(format!("quality:{}", q.quality), q.updated);
    }
    all
}

fn keys(record: &Record) -> BTreeSet<String> {
    contents(record).into_iter().map(|(k, _)| k).collect()
}

proptest! {
    #[test]
    fn any_record_survives_export_and_import(edits in prop::collection::vec(edit(), 0..40)) {
        let mut record = Record::new(Timestamp::from_millis(1_795_426_200_000));
        apply_edits(&mut record, &edits, "a", 0);
        prop_assert_eq!(import_json(&export_json(&record)), Ok(record.clone()));
        prop_assert_eq!(import_json(&to_storage_json(&record)), Ok(record));
    }

    #[test]
    fn merging_a_file_keeps_every_entry_of_both(
        shared in prop::collection::vec(edit(), 0..15),
        here in prop::collection::vec(edit(), 0..15),
        there in prop::collection::vec(edit(), 0..15),
    ) {
        let mut base = Record::new(Timestamp::from_millis(1_795_426_200_000));
        apply_edits(&mut base, &shared, "s", 0);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        apply_edits(&mut ours, &here, "o", 100);
        apply_edits(&mut theirs, &there, "t", 200);
        let merged = merge(&ours, &theirs, Removals::KeepAll);
        // Words of a reflection written on either side are never blanked by a file.
        for side in [&ours, &theirs] {
            for g in &side.goals.goals {
                if !g.reflection.learned.trim().is_empty() {
                    let kept = merged.goals.goal(&g.id).map(|m| m.reflection.learned.clone());
                    prop_assert!(kept.is_some_and(|m| !m.trim().is_empty()), "{}", g.id);
                }
            }
        }
        let have = keys(&merged);
        prop_assert!(keys(&ours).is_subset(&have));
        prop_assert!(keys(&theirs).is_subset(&have));
        // Theirs changed last: every change it made since the copy both came from is kept.
        for changed in contents(&theirs).difference(&contents(&base)) {
            prop_assert!(contents(&merged).contains(changed), "lost {:?}", changed);
        }
        prop_assert_eq!(merge(&merged, &merged, Removals::KeepAll), merged.clone());
        prop_assert_eq!(import_json(&export_json(&merged)), Ok(merged));
    }

    #[test]
    fn two_tabs_keep_what_each_added_and_follow_what_each_removed(
        shared in prop::collection::vec(edit(), 0..15),
        here in prop::collection::vec(edit(), 0..15),
        there in prop::collection::vec(edit(), 0..15),
        (here_from, there_from) in (100i64..130, 100i64..130),
    ) {
        let mut base = Record::new(Timestamp::from_millis(1_795_426_200_000));
        apply_edits(&mut base, &shared, "s", 0);
        let (mut ours, mut theirs) = (base.clone(), base.clone());
        // The two tabs' edits interleave in time.
        apply_edits(&mut ours, &here, "o", here_from);
        apply_edits(&mut theirs, &there, "t", there_from);
        let one = merge(&ours, &theirs, Removals::Follow);
        // Merging again changes nothing.
        prop_assert_eq!(&merge(&one, &one, Removals::Follow), &one);
        // Two tabs trading saves settle on one record after at most one save each.
        let mut stored = theirs.clone();
        let mut tabs = [ours.clone(), theirs.clone()];
        let mut saves = 0;
        for round in 0..6 {
            let tab = round % 2;
            let merged = merge(&tabs[tab], &stored, Removals::Follow);
            tabs[tab] = merged.clone();
            if merged != stored {
                stored = merged;
                saves += 1;
            }
        }
        prop_assert!(saves <= 2, "{} saves", saves);
        prop_assert_eq!(&tabs[0], &tabs[1]);
        // A goal's own words, area and reflection come from the tab that changed them last.
        for g in &one.goals.goals {
            let newest = match (ours.goals.goal(&g.id), theirs.goals.goal(&g.id)) {
                (Some(o), Some(t)) if o.updated > t.updated => Some(o),
                (Some(o), Some(t)) if t.updated > o.updated => Some(t),
                (Some(_), Some(_)) => None, // changed in the same moment: either may lead
                (o, t) => o.or(t),
            };
            if let Some(newest) = newest {
                prop_assert_eq!(&g.reflection, &newest.reflection, "{}", g.id);
            }
        }
        let have = keys(&one);
        let old = keys(&base);
        for (side, other) in [(&ours, &theirs), (&theirs, &ours)] {
            // What a tab added is kept, unless the other tab removed the same thing after (a
            // quality is named by its own id, so both tabs can choose, and drop, the same one).
            let added_at = stamps(side);
            for key in keys(side).difference(&old) {
                let removed_after = other
                    .removed
                    .iter()
                    .any(|r| &r.key == key && added_at.get(key).is_some_and(|at| r.at >= *at));
                prop_assert!(have.contains(key) || removed_after, "lost {}", key);
            }
        }
        // Of two versions of an entry, the one changed last is kept, word for word.
        let (ours_at, theirs_at) = (stamps(&ours), stamps(&theirs));
        let words = |r: &Record| contents(r).into_iter().collect::<std::collections::BTreeMap<_, _>>();
        let (ours_words, theirs_words, merged_words) = (words(&ours), words(&theirs), words(&one));
        for (key, merged) in &merged_words {
            let pick = match (ours_at.get(key), theirs_at.get(key)) {
                (Some(o), Some(t)) if t > o => theirs_words.get(key),
                (Some(o), Some(t)) if o > t => ours_words.get(key),
                _ => None,
            };
            if let Some(expected) = pick {
                prop_assert_eq!(merged, expected, "{}", key);
            }
        }
        // What a tab removed, and the other did not change after, is gone.
        let before = stamps(&base);
        for (key, was) in &before {
            let kept_by_both = keys(&ours).contains(key) && keys(&theirs).contains(key);
            let changed_since = [&ours, &theirs]
                .iter()
                .any(|side| stamps(side).get(key).is_some_and(|at| at > was));
            if !kept_by_both && !changed_since {
                prop_assert!(!have.contains(key), "{} came back", key);
            }
        }
    }
}

#[test]
fn a_large_record_is_read_in_memory_in_proportion_to_its_size() {
    let now = Timestamp::from_millis(1_795_426_200_000);
    let mut record = Record::new(now);
    record
        .apply(now, |r| {
            for g in 0..1000 {
                let goal = ItemId::new(format!("g{g}"));
                r.goals
                    .add_goal(&format!("Goal number {g}"), goal.clone(), now)?;
                for s in 0..5 {
                    let step = ItemId::new(format!("g{g}s{s}"));
                    r.goals
                        .add_step(&goal, "A small step", None, None, step, now)?;
                }
            }
            for e in 0..5000 {
                let id = ItemId::new(format!("p{e}"));
                r.plan
                    .add_item(PlanList::Toolbox, "Something that helps me", "", id)?;
            }
            Ok(())
        })
        .unwrap();
    let text = export_json(&record);
    assert!(
        text.len() < recovery_core::format::MAX_FILE_BYTES,
        "{}",
        text.len()
    );
    assert_eq!(import_within_memory(&text), Ok(record));
}
