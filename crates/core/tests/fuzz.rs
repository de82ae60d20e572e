//! A bounded fuzz pass over the import path, and properties of export and merge.
//!
//! - Every file in `tests/corpus/` and `tests/fixtures/` imports or is refused as expected.
//! - Mutations of those files, arbitrary bytes and generated JSON never panic, and never make
//!   the reader hold much more memory than the file's own size (a counting allocator checks).
//! - Generated files with something in every part (answers, qualities, priorities, goals with
//!   dated steps, plan entries in many lists) are read whole, with exactly what was written.
//! - Records built by random edits survive export and import unchanged, and merging two of
//!   them keeps every entry of both. Every edit does what it was meant to, or is refused with
//!   exactly the error expected.
//!
//! Each property also counts what its cases held, and fails when they went hollow: too few
//! records with content, too few edits that landed (see `Seen`). Run with `--nocapture` to see
//! the counts.
//!
//! `PROPTEST_CASES` sets how many cases each property runs (256 by default). Failing cases
//! are kept in `fuzz.proptest-regressions` and run first next time.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, TestRunner};
use recovery_core::format::{
    export_json, import_json, read_stored, to_storage_json, StoredText, SCHEMA_VERSION,
};
use recovery_core::goals::{GoalState, Helper, ReflectionPrompt, StepEdit, StrengthLink};
use recovery_core::inventory::{
    Direction, Question, StrengthKind, MAX_TEXT_CHARS, MAX_TOP_QUALITIES,
};
use recovery_core::plan::{PlanList, PlanSection};
use recovery_core::presets::{DOMAINS, QUALITIES};
use recovery_core::{
    merge, CalendarDate, EditError, ImportError, ItemId, Record, RecordSummary, Removals, Timestamp,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};

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
        ("rating-past-ten.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("rating-negative.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("area-twice-in-a-check-in.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
        ("check-in-bad-date.json", |r| {
            matches!(r, Err(ImportError::Damaged { .. }))
        }),
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
    let check_in = &record.journey.check_ins[0];
    assert_eq!(
        check_in.area("money").unwrap().helped,
        "<script>window.__pwned=1</script>"
    );
    assert_eq!(check_in.rating("<img src=x onerror=alert(1)>"), Some(10));
    assert_eq!(check_in.noticed[0].text, "<svg onload=alert(1)>");
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

    /// Odd shapes of JSON in a record's places: refused or read, never a panic. (These are
    /// almost never records with anything in them; the generated files below are.)
    #[test]
    fn generated_json_never_panics(
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

// ---- Running a property and counting what its cases held.

/// Below this many cases a run is too small to judge shares by, and only its assertions count.
const CASES_TO_JUDGE_SHARES: usize = 200;

/// From this many cases on, a run must have applied every kind of edit. (Edits on steps come
/// in clusters, in the cases that have steps, so a shorter run can miss one by chance.)
const CASES_TO_SEE_EVERY_EDIT: usize = 500;

/// What a property saw over a whole run: how many cases, and how often each thing happened in
/// them. A run whose cases went hollow (records with nothing in them, edits that all missed
/// their target) fails on these counts, even though every assertion in it held.
struct Seen {
    name: &'static str,
    cases: Cell<usize>,
    counts: RefCell<BTreeMap<String, usize>>,
}

impl Seen {
    fn note(&self, what: impl Into<String>) {
        self.add(what, 1);
    }

    fn add(&self, what: impl Into<String>, n: usize) {
        *self.counts.borrow_mut().entry(what.into()).or_default() += n;
    }

    fn count(&self, what: &str) -> usize {
        self.counts.borrow().get(what).copied().unwrap_or(0)
    }

    fn judged(&self) -> bool {
        self.cases.get() >= CASES_TO_JUDGE_SHARES
    }

    /// Fails unless each thing was noted at least `share` times a case, on average (0.5: in
    /// half the cases, for a thing noted once a case at most).
    fn expect_shares(&self, shares: &[(&str, f64)]) {
        if !self.judged() {
            return;
        }
        let cases = self.cases.get();
        for &(what, share) in shares {
            let count = self.count(what);
            assert!(
                count as f64 >= share * cases as f64,
                "{}: \"{what}\" noted {count} times in {cases} cases; expected at least {share} a case\n{self}",
                self.name
            );
        }
    }

    /// Fails unless the edits landed: at least 40% applied (the rest found nothing to act on
    /// yet, such as a step before any goal has one, or were refused), refusals (each one
    /// expected, or `apply_edits` would have failed already) under 10%, and, in a run of
    /// [`CASES_TO_SEE_EVERY_EDIT`] cases or more, every kind of edit applied.
    fn expect_edits_to_land(&self) {
        if !self.judged() {
            return;
        }
        let edits = self.count("edits");
        let applied = self.count("edits applied");
        let refused = self.count("edits refused, as expected");
        assert!(edits > 0, "{}: no edits were counted\n{self}", self.name);
        assert!(
            applied * 100 >= edits * 40 && refused * 10 < edits,
            "{}: of {edits} edits, {applied} applied and {refused} refused\n{self}",
            self.name
        );
        for what in self.counts.borrow().keys() {
            if let Some(kind) = what.strip_prefix("applied ") {
                assert!(
                    EDIT_KINDS.contains(&kind),
                    "{kind} is missing from EDIT_KINDS"
                );
            }
        }
        if self.cases.get() >= CASES_TO_SEE_EVERY_EDIT {
            for kind in EDIT_KINDS {
                assert!(
                    self.count(&format!("applied {kind}")) > 0,
                    "{}: {kind} was never applied\n{self}",
                    self.name
                );
            }
        }
    }
}

impl std::fmt::Display for Seen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{}: {} cases", self.name, self.cases.get())?;
        for (what, count) in self.counts.borrow().iter() {
            writeln!(f, "  {count:>6}  {what}")?;
        }
        Ok(())
    }
}

/// Runs a property as `proptest!` does (the same settings from `PROPTEST_CASES` and
/// `PROPTEST_RNG_SEED`, the same regressions file), but with a faster random-number generator,
/// and returns what its cases noted.
fn run_property<S: Strategy>(
    name: &'static str,
    strategy: S,
    property: impl Fn(S::Value, &Seen) -> Result<(), TestCaseError>,
) -> Seen {
    let config = ProptestConfig {
        source_file: Some(file!()),
        test_name: Some(name),
        // The default (ChaCha) spends most of a debug build's time making random numbers.
        rng_algorithm: RngAlgorithm::XorShift,
        ..ProptestConfig::default()
    };
    let seen = Seen {
        name,
        cases: Cell::new(0),
        counts: RefCell::default(),
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        seen.cases.set(seen.cases.get() + 1);
        property(value, &seen)
    });
    if let Err(failure) = result {
        panic!("{failure}\n{runner}");
    }
    // Shown with `--nocapture`, and with any failure below.
    eprintln!("{seen}");
    seen
}

/// Notes what a record holds, part by part.
fn note_content(seen: &Seen, record: &Record) {
    let inv = &record.inventory;
    let goals = &record.goals.goals;
    let steps = || goals.iter().flat_map(|g| &g.steps);
    let lists_used = lists()
        .into_iter()
        .filter(|l| !record.plan.items(*l).is_empty())
        .count();
    let facts = [
        ("has content", !record.is_empty()),
        (
            "answers with words",
            inv.domains.iter().any(|d| d.has_answers()),
        ),
        (
            "a strength tagged with its kind",
            inv.strengths().any(|e| e.kind.is_some()),
        ),
        ("a top quality", inv.qualities.iter().any(|q| q.top)),
        (
            "a priority for a wish",
            inv.priorities.iter().any(|p| p.wish.is_some()),
        ),
        (
            "a priority for a life area",
            inv.priorities.iter().any(|p| p.wish.is_none()),
        ),
        ("goals", !goals.is_empty()),
        (
            "a goal paused, achieved or let go",
            goals.iter().any(|g| g.state != GoalState::Active),
        ),
        (
            "a goal linked to a strength",
            goals.iter().any(|g| !g.strengths.is_empty()),
        ),
        (
            "a reflection",
            goals.iter().any(|g| g.reflection != Default::default()),
        ),
        ("a step with a date", steps().any(|s| s.target.is_some())),
        ("a step done", steps().any(|s| s.done.is_some())),
        ("a step not this time", steps().any(|s| s.not_this_time)),
        (
            "a step with a named helper",
            steps().any(|s| matches!(s.who, Some(Helper::Someone(_)))),
        ),
        ("plan entries in three lists or more", lists_used >= 3),
        ("check-ins", !record.journey.check_ins.is_empty()),
        (
            "a check-in that noticed a sign",
            record
                .journey
                .check_ins
                .iter()
                .any(|c| !c.noticed.is_empty()),
        ),
    ];
    for (what, _) in facts.into_iter().filter(|(_, fact)| *fact) {
        seen.note(what);
    }
}

/// The least share of cases in which each part of a record has something, for records made
/// by [`file_shape`] or by up to forty random edits: about a third of the share seen at the
/// test command's settings, so that a run with any seed passes unless the cases went hollow.
const EVERY_PART: [(&str, f64); 15] = [
    ("has content", 0.8),
    ("answers with words", 0.2),
    ("a strength tagged with its kind", 0.04),
    ("a top quality", 0.15),
    ("a priority for a wish", 0.025),
    ("a priority for a life area", 0.05),
    ("goals", 0.2),
    ("a goal paused, achieved or let go", 0.05),
    ("a goal linked to a strength", 0.05),
    ("a reflection", 0.04),
    ("a step with a date", 0.06),
    ("a step done", 0.025),
    ("a step not this time", 0.025),
    ("a step with a named helper", 0.04),
    ("plan entries in three lists or more", 0.05),
];

// ---- Records as a file holds them, with something in every part.

/// 2026-11-23T09:30:00Z.
const T0: i64 = 1_795_426_200_000;

fn at(minute: i64) -> Timestamp {
    Timestamp::from_millis(T0 + minute * 60_000)
}

fn date((month, day): (u8, u8)) -> String {
    CalendarDate::new(2026, month, day)
        .expect("a real day")
        .to_string()
}

/// Text made from a regular expression, parsed once (a plain `&str` strategy parses its
/// expression again for every value).
fn matching(regex: &str) -> impl Strategy<Value = String> {
    proptest::string::string_regex(regex).expect("a valid regular expression")
}

/// Words a person might type, never blank.
fn words() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => matching("[a-zA-Z][a-zA-Z ]{0,19}"),
        1 => Just("<script>alert(1)</script>".to_owned()),
        1 => Just("\u{202E}mirror\u{202C} 🌱".to_owned()),
        2 => matching("[a-z]\\PC{0,7}"),
    ]
}

/// Words as typed into a field: now and then blank (which adding refuses, and rewording
/// keeps while the person types).
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        11 => words(),
        1 => prop::sample::select(vec!["", "  ", "\u{3000}"]).prop_map(str::to_owned),
    ]
}

/// Words in a file: as typed, and now and then a text of exactly the longest allowed.
fn file_words() -> impl Strategy<Value = String> {
    prop_oneof![
        80 => typed(),
        1 => Just("é".repeat(MAX_TEXT_CHARS)),
    ]
}

fn helper() -> impl Strategy<Value = Helper> {
    prop_oneof![
        prop::sample::select(Helper::CHOICES.to_vec()),
        matching("[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?").prop_map(Helper::Someone),
    ]
}

fn day() -> impl Strategy<Value = (u8, u8)> {
    (1u8..=12, 1u8..=28)
}

#[derive(Clone, Debug)]
struct EntryShape {
    text: String,
    kind: Option<usize>,
    minute: i64,
}

#[derive(Clone, Debug)]
struct StepShape {
    what: String,
    who: Option<Helper>,
    target: Option<(u8, u8)>,
    done: Option<(u8, u8)>,
    not_this_time: bool,
    learned: String,
    notes: String,
    minute: i64,
}

#[derive(Clone, Debug)]
struct GoalShape {
    text: String,
    why: String,
    domain: Option<usize>,
    /// A pick among the entries (or, when `true`, the chosen qualities).
    links: Vec<(prop::sample::Index, bool)>,
    steps: Vec<StepShape>,
    state: usize,
    reflection: [String; 3],
    /// What happened after it started: a kind of change, its words, and when.
    history: Vec<(usize, String)>,
    minute: i64,
}

type DomainShape = (usize, [Vec<EntryShape>; 3]);

/// A plan entry's words, its second field, and when it was written.
type PlanEntryShape = (String, String, i64);

#[derive(Clone, Debug)]
struct FileShape {
    version: u64,
    pretty: bool,
    domains: Vec<DomainShape>,
    qualities: Vec<(usize, bool, i64)>,
    /// A life area, or (given a pick) one of the wishes.
    priorities: Vec<(usize, Option<prop::sample::Index>, i64)>,
    goals: Vec<GoalShape>,
    plan: Vec<(usize, Vec<PlanEntryShape>)>,
    removed: Vec<(prop::sample::Index, i64)>,
}

fn entry_shape() -> impl Strategy<Value = EntryShape> {
    (file_words(), prop::option::of(0..3usize), 0..600i64)
        .prop_map(|(text, kind, minute)| EntryShape { text, kind, minute })
}

fn step_shape() -> impl Strategy<Value = StepShape> {
    (
        file_words(),
        prop::option::of(helper()),
        prop::option::of(day()),
        prop::option::of(day()),
        prop::bool::weighted(0.2),
        typed(),
        typed(),
        0..600i64,
    )
        .prop_map(
            |(what, who, target, done, not_this_time, learned, notes, minute)| StepShape {
                what,
                who,
                target,
                // A step that did not happen this time is not done.
                done: done.filter(|_| !not_this_time),
                not_this_time,
                learned,
                notes,
                minute,
            },
        )
}

fn goal_shape() -> impl Strategy<Value = GoalShape> {
    (
        file_words(),
        typed(),
        prop::option::of(any::<usize>()),
        prop::collection::vec((any::<prop::sample::Index>(), any::<bool>()), 0..3),
        prop::collection::vec(step_shape(), 0..5),
        0..4usize,
        [typed(), typed(), typed()],
        prop::collection::vec((0..4usize, words()), 0..4),
        0..600i64,
    )
        .prop_map(
            |(text, why, domain, links, steps, state, reflection, history, minute)| GoalShape {
                text,
                why,
                domain,
                links,
                steps,
                state,
                reflection,
                history,
                minute,
            },
        )
}

fn file_shape() -> impl Strategy<Value = FileShape> {
    let domain = (
        any::<usize>(),
        [
            prop::collection::vec(entry_shape(), 0..4),
            prop::collection::vec(entry_shape(), 0..4),
            prop::collection::vec(entry_shape(), 0..4),
        ],
    );
    (
        prop_oneof![1 => Just(1u64), 1 => Just(2), 4 => Just(3)],
        any::<bool>(),
        prop::collection::vec(domain, 0..5),
        prop::collection::vec((any::<usize>(), any::<bool>(), 0..600i64), 0..8),
        prop::collection::vec(
            (
                any::<usize>(),
                prop::option::of(any::<prop::sample::Index>()),
                0..600i64,
            ),
            0..4,
        ),
        prop::collection::vec(goal_shape(), 0..4),
        prop::collection::vec(
            (
                any::<usize>(),
                prop::collection::vec((file_words(), typed(), 0..600i64), 1..4),
            ),
            0..6,
        ),
        prop::collection::vec((any::<prop::sample::Index>(), 0..600i64), 0..3),
    )
        .prop_map(
            |(version, pretty, domains, qualities, priorities, goals, plan, removed)| FileShape {
                version,
                pretty,
                domains,
                qualities,
                priorities,
                goals,
                plan,
                removed,
            },
        )
}

/// A file made from a shape, and what reading it must give.
struct File {
    text: String,
    expect: RecordSummary,
}

/// Writes a shape as a file of its version, every id used once and every reference (a
/// priority's wish, a goal's strengths) pointing at something in the file.
fn file(shape: &FileShape) -> File {
    use serde_json::{json, Map, Value};
    let v3 = shape.version >= 3;
    // Version 1 files have only the inventory: goals and the plan in one are not read.
    let has_goals_and_plan = shape.version >= 2;
    let updated = 700;
    let time = |minute: i64| json!(at(minute).to_string());
    // Before version 3, goals, steps, qualities, priorities and plan entries had no time.
    let stamp = |mut value: Value, minute: i64| {
        if v3 {
            value["updated"] = time(minute);
        }
        value
    };
    let mut expect = RecordSummary {
        updated: at(updated),
        ..RecordSummary::default()
    };
    let mut count = 0;
    let mut new_id = || {
        count += 1;
        format!("id{count}")
    };
    let mut keys = Vec::new();

    let mut domains = Vec::new();
    let mut wishes: Vec<(&str, String)> = Vec::new();
    let mut entries = Vec::new();
    let mut seen_domains = BTreeSet::new();
    for (d, lists) in &shape.domains {
        let domain = DOMAINS[d % DOMAINS.len()].id;
        if !seen_domains.insert(domain) {
            continue;
        }
        let mut value = json!({ "domain": domain });
        for (question, list) in Question::ALL.into_iter().zip(lists) {
            let mut answers = Vec::new();
            for e in list {
                let id = new_id();
                let mut entry = json!({ "id": id, "text": e.text, "updated": time(e.minute) });
                if let Some(k) = e.kind {
                    entry["kind"] = json!(StrengthKind::ALL[k].key());
                }
                let has_words = !e.text.trim().is_empty();
                match question {
                    Question::Want => {
                        expect.wishes += usize::from(has_words);
                        wishes.push((domain, id.clone()));
                    }
                    _ => expect.strengths += usize::from(has_words),
                }
                entries.push(id.clone());
                keys.push(id);
                answers.push(entry);
            }
            // A list with nothing in it is as good as left out.
            if !answers.is_empty() {
                value[question.key()] = Value::Array(answers);
            }
        }
        domains.push(value);
    }

    let mut qualities = Vec::new();
    let mut chosen = Vec::new();
    let mut tops = 0;
    for &(q, top, minute) in &shape.qualities {
        let quality = QUALITIES[q % QUALITIES.len()].id;
        if chosen.contains(&quality) {
            continue;
        }
        let top = top && tops < MAX_TOP_QUALITIES;
        tops += usize::from(top);
        chosen.push(quality);
        keys.push(format!("quality:{quality}"));
        qualities.push(stamp(json!({ "quality": quality, "top": top }), minute));
    }
    expect.qualities = qualities.len();

    let mut priorities = Vec::new();
    let mut prioritised = BTreeSet::new();
    for (d, wish, minute) in &shape.priorities {
        let (domain, wish) = match wish {
            Some(pick) if !wishes.is_empty() => {
                let (domain, id) = pick.get(&wishes);
                (*domain, Some(id.clone()))
            }
            _ => (DOMAINS[d % DOMAINS.len()].id, None),
        };
        if !prioritised.insert((domain, wish.clone())) {
            continue;
        }
        let id = new_id();
        let mut value = json!({ "id": id, "domain": domain });
        if let Some(wish) = wish {
            value["wish"] = json!(wish);
        }
        keys.push(id);
        priorities.push(stamp(value, *minute));
    }
    expect.priorities = priorities.len();

    let mut goals = Vec::new();
    for g in &shape.goals {
        let goal_id = new_id();
        let mut links = Vec::new();
        for (pick, quality) in &g.links {
            let link = if *quality && !chosen.is_empty() {
                json!({ "quality": pick.get(&chosen) })
            } else if !entries.is_empty() {
                json!({ "entry": pick.get(&entries) })
            } else {
                continue;
            };
            if !links.contains(&link) {
                links.push(link);
            }
        }
        let mut steps = Vec::new();
        for s in &g.steps {
            let id = new_id();
            let mut step =
                json!({ "id": id, "what": s.what, "learned": s.learned, "notes": s.notes });
            match &s.who {
                Some(Helper::Someone(name)) => step["who"] = json!({ "someone": name }),
                Some(helper) => step["who"] = json!(helper.key()),
                None => {}
            }
            if let Some(day) = s.target {
                step["target"] = json!(date(day));
            }
            if let Some(day) = s.done {
                step["done"] = json!(date(day));
            }
            if s.not_this_time {
                step["not_this_time"] = json!(true);
            }
            keys.push(id);
            steps.push(stamp(step, s.minute));
        }
        let states = ["active", "paused", "achieved", "let_go"];
        let mut history = vec![json!({ "at": time(g.minute), "change": "started" })];
        for (n, (change, words)) in g.history.iter().enumerate() {
            let change = match change {
                0 => json!({ "reworded": words }),
                1 => json!({ "state": states[words.len() % states.len()] }),
                2 => json!({ "step_done": words }),
                _ => json!({ "step_not_this_time": words }),
            };
            history.push(json!({ "at": time(g.minute + 1 + n as i64), "change": change }));
        }
        let [worked_well, learned, where_else] = &g.reflection;
        let mut goal = json!({
            "id": goal_id,
            "text": g.text,
            "why": g.why,
            "strengths": links,
            "steps": steps,
            "state": states[g.state],
            "reflection": { "worked_well": worked_well, "learned": learned, "where_else": where_else },
            "history": history,
        });
        if let Some(d) = g.domain {
            goal["domain"] = json!(DOMAINS[d % DOMAINS.len()].id);
        }
        if has_goals_and_plan {
            expect.goals += 1;
            expect.steps += g.steps.len();
        }
        keys.push(goal_id);
        goals.push(stamp(goal, g.minute));
    }

    let all_lists = lists();
    let mut plan = Map::new();
    for (l, items) in &shape.plan {
        let list = all_lists[l % all_lists.len()];
        let Value::Array(written) = plan
            .entry(list.key())
            .or_insert_with(|| Value::Array(Vec::new()))
        else {
            unreachable!("every list is an array")
        };
        for (text, response, minute) in items {
            let id = new_id();
            if has_goals_and_plan && !text.trim().is_empty() {
                expect.plan_entries += 1;
            }
            keys.push(id.clone());
            written.push(stamp(
                json!({ "id": id, "text": text, "response": response }),
                *minute,
            ));
        }
    }

    let mut file = json!({
        "format": "recovery-widgets/record",
        "schema_version": shape.version,
        "created": time(0),
        "updated": time(updated),
        "inventory": { "domains": domains, "qualities": qualities, "priorities": priorities },
        "goals": goals,
        "plan": plan,
    });
    if v3 && !keys.is_empty() && !shape.removed.is_empty() {
        let removed: Vec<Value> = shape
            .removed
            .iter()
            .map(|(pick, minute)| json!({ "key": pick.get(&keys), "at": time(*minute) }))
            .collect();
        file["removed"] = Value::Array(removed);
    }
    let text = if shape.pretty {
        serde_json::to_string_pretty(&file)
    } else {
        serde_json::to_string(&file)
    }
    .expect("JSON from JSON values");
    File { text, expect }
}

/// Generated files: every one is read whole, with exactly the entries written in it, and
/// survives export and import; a damaged copy of it is read or refused, never a panic.
#[test]
fn generated_records_are_read_whole_and_damaged_copies_never_panic() {
    let seen = run_property(
        "generated_records_are_read_whole_and_damaged_copies_never_panic",
        (
            file_shape(),
            prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..4),
        ),
        |(shape, damage), seen| {
            let file = file(&shape);
            let record = import_within_memory(&file.text).map_err(|e| {
                TestCaseError::fail(format!("a well-made file was refused: {e}\n{}", file.text))
            })?;
            prop_assert_eq!(record.summary(), file.expect, "{}", file.text);
            seen.note(format!("version {}", shape.version));
            if file.text.contains(&"é".repeat(MAX_TEXT_CHARS)) {
                seen.note("a text of the longest allowed");
            }
            note_content(seen, &record);
            prop_assert_eq!(import_json(&export_json(&record)), Ok(record.clone()));
            prop_assert_eq!(
                read_stored(&to_storage_json(&record)),
                Ok((record, u64::from(SCHEMA_VERSION)))
            );
            if let Ok(damaged) = import_within_memory(&mutate(&file.text, &damage)) {
                seen.note("a damaged copy read");
                prop_assert_eq!(import_json(&export_json(&damaged)), Ok(damaged));
            }
            Ok(())
        },
    );
    seen.expect_shares(&EVERY_PART);
    seen.expect_shares(&[
        ("version 1", 0.05),
        ("version 2", 0.05),
        ("version 3", 0.3),
        ("a text of the longest allowed", 0.07),
        ("a damaged copy read", 0.02),
    ]);
}

// ---- Records built by random edits.

/// One thing a person does in a widget. Numbers pick what it acts on (modulo how many there
/// are); an edit with nothing to act on (a step, before any goal has one) is skipped.
#[derive(Clone, Debug)]
enum Edit {
    AddAnswer(usize, usize, String),
    RewordAnswer(usize, String),
    TagAnswer(usize, Option<usize>),
    RemoveAnswer(usize),
    ChooseQuality(usize, bool),
    MarkTop(usize, bool),
    /// A life area, or (when `true`) one of the wishes.
    AddPriority(usize, bool),
    MovePriority(usize, bool),
    RemovePriority(usize),
    AddGoal(String, String, Option<usize>),
    RewordGoal(usize, String),
    SetState(usize, usize),
    LinkStrength(usize, usize),
    Reflect(usize, usize, String),
    MoveGoal(usize, bool),
    AddStep(usize, String, Option<Helper>, Option<u8>),
    RewordStep(usize, String),
    MarkStepDone(usize, u8),
    NotThisTime(usize, String),
    ReopenStep(usize),
    MoveStep(usize, bool),
    RemoveStep(usize),
    AddPlanEntry(usize, String, String),
    RewordPlanEntry(usize, String),
    SetResponse(usize, String),
    MovePlanEntry(usize, bool),
    RemovePlanEntry(usize),
    /// A life area's rating (past 10 now and then), on a day.
    Rate(usize, Option<u8>, u8),
    WriteHelped(usize, String, u8),
    /// A plan entry ticked or unticked as noticed, on a day.
    Notice(usize, bool, u8),
}

impl Edit {
    fn kind(&self) -> String {
        let shown = format!("{self:?}");
        shown.split('(').next().unwrap_or_default().to_owned()
    }
}

/// Every kind of edit, each of which must be applied in a run.
const EDIT_KINDS: [&str; 30] = [
    "AddAnswer",
    "RewordAnswer",
    "TagAnswer",
    "RemoveAnswer",
    "ChooseQuality",
    "MarkTop",
    "AddPriority",
    "MovePriority",
    "RemovePriority",
    "AddGoal",
    "RewordGoal",
    "SetState",
    "LinkStrength",
    "Reflect",
    "MoveGoal",
    "AddStep",
    "RewordStep",
    "MarkStepDone",
    "NotThisTime",
    "ReopenStep",
    "MoveStep",
    "RemoveStep",
    "AddPlanEntry",
    "RewordPlanEntry",
    "SetResponse",
    "MovePlanEntry",
    "RemovePlanEntry",
    "Rate",
    "WriteHelped",
    "Notice",
];

/// What goes in a plan entry's second field: nothing, what I will do, or a phone number.
fn response() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        typed(),
        matching("(\\+61 )?[0-9]{2,4}( [0-9]{3,4}){0,2}"),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = any::<usize>;
    prop_oneof![
        4 => (0..7usize, 0..3usize, typed()).prop_map(|(d, q, t)| Edit::AddAnswer(d, q, t)),
        2 => (i(), typed()).prop_map(|(n, t)| Edit::RewordAnswer(n, t)),
        2 => (i(), prop::option::weighted(0.8, 0..3usize))
            .prop_map(|(n, k)| Edit::TagAnswer(n, k)),
        1 => i().prop_map(Edit::RemoveAnswer),
        2 => (i(), any::<bool>()).prop_map(|(n, c)| Edit::ChooseQuality(n, c)),
        2 => (i(), prop::bool::weighted(0.8)).prop_map(|(n, t)| Edit::MarkTop(n, t)),
        3 => (i(), prop::bool::weighted(0.7)).prop_map(|(n, w)| Edit::AddPriority(n, w)),
        1 => (i(), any::<bool>()).prop_map(|(n, up)| Edit::MovePriority(n, up)),
        1 => i().prop_map(Edit::RemovePriority),
        3 => (typed(), typed(), prop::option::of(0..7usize))
            .prop_map(|(t, why, d)| Edit::AddGoal(t, why, d)),
        1 => (i(), typed()).prop_map(|(n, t)| Edit::RewordGoal(n, t)),
        2 => (i(), 0..4usize).prop_map(|(n, s)| Edit::SetState(n, s)),
        2 => (i(), i()).prop_map(|(n, s)| Edit::LinkStrength(n, s)),
        1 => (i(), 0..3usize, typed()).prop_map(|(n, p, t)| Edit::Reflect(n, p, t)),
        1 => (i(), any::<bool>()).prop_map(|(n, up)| Edit::MoveGoal(n, up)),
        4 => (i(), typed(), prop::option::of(helper()), prop::option::of(1u8..=28))
            .prop_map(|(n, t, who, day)| Edit::AddStep(n, t, who, day)),
        1 => (i(), typed()).prop_map(|(n, t)| Edit::RewordStep(n, t)),
        3 => (i(), 1u8..=28).prop_map(|(n, d)| Edit::MarkStepDone(n, d)),
        3 => (i(), typed()).prop_map(|(n, t)| Edit::NotThisTime(n, t)),
        1 => i().prop_map(Edit::ReopenStep),
        1 => (i(), any::<bool>()).prop_map(|(n, up)| Edit::MoveStep(n, up)),
        1 => i().prop_map(Edit::RemoveStep),
        4 => (i(), typed(), response()).prop_map(|(l, t, r)| Edit::AddPlanEntry(l, t, r)),
        1 => (i(), typed()).prop_map(|(n, t)| Edit::RewordPlanEntry(n, t)),
        1 => (i(), response()).prop_map(|(n, r)| Edit::SetResponse(n, r)),
        1 => (i(), any::<bool>()).prop_map(|(n, up)| Edit::MovePlanEntry(n, up)),
        1 => i().prop_map(Edit::RemovePlanEntry),
        2 => (0..7usize, prop::option::weighted(0.9, 0u8..=12), 1u8..=4)
            .prop_map(|(d, r, day)| Edit::Rate(d, r, day)),
        1 => (0..7usize, typed(), 1u8..=4).prop_map(|(d, t, day)| Edit::WriteHelped(d, t, day)),
        1 => (i(), any::<bool>(), 1u8..=4).prop_map(|(n, on, day)| Edit::Notice(n, on, day)),
    ]
}

fn lists() -> Vec<PlanList> {
    PlanSection::ALL
        .iter()
        .flat_map(|s| s.lists())
        .copied()
        .collect()
}

/// What a record holds that an edit can act on.
struct Targets {
    answers: Vec<ItemId>,
    wishes: Vec<(String, ItemId)>,
    qualities: Vec<String>,
    priorities: Vec<ItemId>,
    goals: Vec<ItemId>,
    steps: Vec<(ItemId, ItemId)>,
    plan: Vec<(PlanList, ItemId)>,
}

impl Targets {
    fn of(record: &Record) -> Targets {
        let inv = &record.inventory;
        let answers_to = |question: Option<Question>| -> Vec<(String, ItemId)> {
            inv.domains
                .iter()
                .flat_map(|d| {
                    Question::ALL
                        .into_iter()
                        .filter(move |q| question.is_none_or(|only| only == *q))
                        .flat_map(move |q| {
                            d.answers(q)
                                .iter()
                                .map(|e| (d.domain.clone(), e.id.clone()))
                        })
                })
                .collect()
        };
        Targets {
            answers: answers_to(None).into_iter().map(|(_, id)| id).collect(),
            wishes: answers_to(Some(Question::Want)),
            qualities: inv.qualities.iter().map(|q| q.quality.clone()).collect(),
            priorities: inv.priorities.iter().map(|p| p.id.clone()).collect(),
            goals: record.goals.goals.iter().map(|g| g.id.clone()).collect(),
            steps: record
                .goals
                .goals
                .iter()
                .flat_map(|g| g.steps.iter().map(|s| (g.id.clone(), s.id.clone())))
                .collect(),
            plan: lists()
                .into_iter()
                .flat_map(|l| record.plan.items(l).iter().map(move |i| (l, i.id.clone())))
                .collect(),
        }
    }
}

/// What became of a run of edits. Every refusal was the one expected (anything else fails
/// the test on the spot).
#[derive(Default)]
struct Tally {
    applied: Vec<String>,
    refused: usize,
    skipped: usize,
}

impl Tally {
    fn note(&self, seen: &Seen) {
        let edits = self.applied.len() + self.refused + self.skipped;
        seen.add("edits", edits);
        seen.add("edits applied", self.applied.len());
        seen.add("edits refused, as expected", self.refused);
        seen.add("edits with nothing to act on", self.skipped);
        for kind in &self.applied {
            seen.note(format!("applied {kind}"));
        }
    }
}

/// A blank text is refused where words are needed (adding anything, rewording a goal).
fn words_needed(text: &str) -> Result<(), EditError> {
    if text.trim().is_empty() {
        Err(EditError::Empty)
    } else {
        Ok(())
    }
}

/// Applies edits to a record, as a person would through the widgets, with ids made from
/// `tag` so two people never make the same one. Each edit either does what it was meant to or
/// is refused with exactly the error expected (a blank text, a sixth top quality, a priority
/// or a link already there), and the record is then left as it was; anything else fails.
fn apply_edits(record: &mut Record, edits: &[Edit], tag: &str, first_minute: i64) -> Tally {
    let domains = DOMAINS;
    let qualities = QUALITIES;
    let all_lists = lists();
    let mut tally = Tally::default();
    for (n, edit) in edits.iter().enumerate() {
        let at = at(first_minute + n as i64);
        let new_id = ItemId::new(format!("{tag}{n}"));
        let t = Targets::of(record);
        let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
        let before = record.clone();
        // The outcome expected, and the outcome; `None` when there was nothing to act on.
        let outcome: Option<(Result<(), EditError>, Result<(), EditError>)> = match edit {
            Edit::AddAnswer(d, q, text) => Some((
                words_needed(text),
                record.apply(at, |r| {
                    r.inventory.add_entry(
                        domains[d % domains.len()].id,
                        Question::ALL[*q],
                        text,
                        new_id.clone(),
                        at,
                    )
                }),
            )),
            Edit::RewordAnswer(i, text) => pick(t.answers.len(), *i).map(|i| {
                let id = &t.answers[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.inventory.reword_entry(id, text, at)),
                )
            }),
            Edit::TagAnswer(i, kind) => pick(t.answers.len(), *i).map(|i| {
                let kind = kind.map(|k| StrengthKind::ALL[k]);
                let id = &t.answers[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.inventory.set_entry_kind(id, kind, at)),
                )
            }),
            Edit::RemoveAnswer(i) => pick(t.answers.len(), *i).map(|i| {
                (
                    Ok(()),
                    record.apply(at, |r| r.inventory.remove_entry(&t.answers[i])),
                )
            }),
            Edit::ChooseQuality(i, chosen) => {
                let quality = qualities[i % qualities.len()].id;
                Some((
                    Ok(()),
                    record.apply(at, |r| {
                        r.inventory.set_quality(quality, *chosen);
                        Ok(())
                    }),
                ))
            }
            Edit::MarkTop(i, top) => {
                let quality = qualities[i % qualities.len()].id;
                let inv = &record.inventory;
                let tops = inv.qualities.iter().filter(|q| q.top).count();
                let expected = if *top && !inv.is_top_quality(quality) && tops >= MAX_TOP_QUALITIES
                {
                    Err(EditError::TooManyTop)
                } else {
                    Ok(())
                };
                Some((
                    expected,
                    record.apply(at, |r| r.inventory.set_top_quality(quality, *top)),
                ))
            }
            Edit::AddPriority(i, wish) => {
                let target = if *wish {
                    pick(t.wishes.len(), *i)
                        .map(|w| (t.wishes[w].0.as_str(), Some(t.wishes[w].1.clone())))
                } else {
                    Some((domains[i % domains.len()].id, None))
                };
                target.map(|(domain, wish)| {
                    let expected = if record.inventory.is_priority(domain, wish.as_ref()) {
                        Err(EditError::Duplicate)
                    } else {
                        Ok(())
                    };
                    (
                        expected,
                        record.apply(at, |r| {
                            r.inventory.add_priority(domain, wish, new_id.clone())
                        }),
                    )
                })
            }
            Edit::MovePriority(i, up) => pick(t.priorities.len(), *i).map(|i| {
                let direction = if *up { Direction::Up } else { Direction::Down };
                let id = &t.priorities[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.inventory.move_priority(id, direction)),
                )
            }),
            Edit::RemovePriority(i) => pick(t.priorities.len(), *i).map(|i| {
                (
                    Ok(()),
                    record.apply(at, |r| r.inventory.remove_priority(&t.priorities[i])),
                )
            }),
            Edit::AddGoal(text, why, d) => {
                let domain = d.map(|d| domains[d].id);
                Some((
                    words_needed(text),
                    record.apply(at, |r| {
                        r.goals.start_goal(text, why, domain, new_id.clone(), at)
                    }),
                ))
            }
            Edit::RewordGoal(i, text) => pick(t.goals.len(), *i).map(|i| {
                let id = &t.goals[i];
                (
                    words_needed(text),
                    record.apply(at, |r| r.goals.reword_goal(id, text, at)),
                )
            }),
            Edit::SetState(i, state) => pick(t.goals.len(), *i).map(|i| {
                let state = [
                    GoalState::Active,
                    GoalState::Paused,
                    GoalState::Achieved,
                    GoalState::LetGo,
                ][*state];
                let id = &t.goals[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.set_state(id, state, at)),
                )
            }),
            Edit::LinkStrength(i, s) => pick(t.goals.len(), *i).and_then(|i| {
                let links: Vec<StrengthLink> = t
                    .answers
                    .iter()
                    .cloned()
                    .map(StrengthLink::Entry)
                    .chain(t.qualities.iter().cloned().map(StrengthLink::Quality))
                    .collect();
                let link = links.get(pick(links.len(), *s)?)?.clone();
                let id = &t.goals[i];
                let linked = record
                    .goals
                    .goal(id)
                    .is_some_and(|g| g.strengths.contains(&link));
                let expected = if linked {
                    Err(EditError::Duplicate)
                } else {
                    Ok(())
                };
                Some((
                    expected,
                    record.apply(at, |r| r.goals.link_strength(id, link)),
                ))
            }),
            Edit::Reflect(i, prompt, text) => pick(t.goals.len(), *i).map(|i| {
                let prompt = [
                    ReflectionPrompt::WorkedWell,
                    ReflectionPrompt::Learned,
                    ReflectionPrompt::WhereElse,
                ][*prompt];
                let id = &t.goals[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.set_reflection(id, prompt, text)),
                )
            }),
            Edit::MoveGoal(i, up) => pick(t.goals.len(), *i).map(|i| {
                let direction = if *up { Direction::Up } else { Direction::Down };
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.move_goal(&t.goals[i], direction)),
                )
            }),
            Edit::AddStep(i, what, who, day) => pick(t.goals.len(), *i).map(|i| {
                let target = day.map(|d| CalendarDate::new(2026, 12, d).expect("a real day"));
                let goal = &t.goals[i];
                (
                    words_needed(what),
                    record.apply(at, |r| {
                        r.goals
                            .add_step(goal, what, who.clone(), target, new_id.clone(), at)
                    }),
                )
            }),
            Edit::RewordStep(i, text) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.edit_step(goal, step, StepEdit::What(text))),
                )
            }),
            Edit::MarkStepDone(i, day) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                let day = CalendarDate::new(2026, 12, *day).expect("a real day");
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.mark_step_done(goal, step, day, at)),
                )
            }),
            Edit::NotThisTime(i, learned) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                (
                    Ok(()),
                    record.apply(at, |r| {
                        r.goals.mark_step_not_this_time(goal, step, at)?;
                        r.goals.edit_step(goal, step, StepEdit::Learned(learned))
                    }),
                )
            }),
            Edit::ReopenStep(i) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.reopen_step(goal, step)),
                )
            }),
            Edit::MoveStep(i, up) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                let direction = if *up { Direction::Up } else { Direction::Down };
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.move_step(goal, step, direction)),
                )
            }),
            Edit::RemoveStep(i) => pick(t.steps.len(), *i).map(|i| {
                let (goal, step) = &t.steps[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.goals.remove_step(goal, step)),
                )
            }),
            Edit::AddPlanEntry(l, text, response) => {
                let list = all_lists[l % all_lists.len()];
                Some((
                    words_needed(text),
                    record.apply(at, |r| {
                        r.plan.add_item(list, text, response, new_id.clone())
                    }),
                ))
            }
            Edit::RewordPlanEntry(i, text) => pick(t.plan.len(), *i).map(|i| {
                let (list, id) = &t.plan[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.plan.reword_item(*list, id, text)),
                )
            }),
            Edit::SetResponse(i, response) => pick(t.plan.len(), *i).map(|i| {
                let (list, id) = &t.plan[i];
                (
                    Ok(()),
                    record.apply(at, |r| r.plan.set_response(*list, id, response)),
                )
            }),
            Edit::MovePlanEntry(i, up) => pick(t.plan.len(), *i).map(|i| {
                let (list, id) = &t.plan[i];
                let direction = if *up { Direction::Up } else { Direction::Down };
                (
                    Ok(()),
                    record.apply(at, |r| r.plan.move_item(*list, id, direction)),
                )
            }),
            Edit::RemovePlanEntry(i) => pick(t.plan.len(), *i).map(|i| {
                let (list, id) = &t.plan[i];
                (Ok(()), record.apply(at, |r| r.plan.remove_item(*list, id)))
            }),
            Edit::Rate(d, rating, day) => {
                let expected = if rating.is_some_and(|r| r > 10) {
                    Err(EditError::OutOfRange)
                } else {
                    Ok(())
                };
                let today = CalendarDate::new(2026, 12, *day).expect("a real day");
                let domain = domains[d % domains.len()].id;
                Some((
                    expected,
                    record.apply(at, |r| {
                        r.journey.rate(today, domain, *rating, new_id.clone(), at)
                    }),
                ))
            }
            Edit::WriteHelped(d, text, day) => {
                let today = CalendarDate::new(2026, 12, *day).expect("a real day");
                let domain = domains[d % domains.len()].id;
                Some((
                    Ok(()),
                    record.apply(at, |r| {
                        r.journey
                            .write_helped(today, domain, text, new_id.clone(), at)
                    }),
                ))
            }
            Edit::Notice(i, on, day) => pick(t.plan.len(), *i).map(|i| {
                let (list, id) = &t.plan[i];
                let today = CalendarDate::new(2026, 12, *day).expect("a real day");
                let words = record
                    .plan
                    .items(*list)
                    .iter()
                    .find(|item| &item.id == id)
                    .map(|item| item.text.clone())
                    .unwrap_or_default();
                (
                    Ok(()),
                    record.apply(at, |r| {
                        r.journey
                            .set_noticed(today, id, &words, *on, new_id.clone(), at)
                    }),
                )
            }),
        };
        match outcome {
            None => tally.skipped += 1,
            Some((expected, got)) => {
                assert_eq!(got, expected, "edit {tag}{n}, {edit:?}");
                if got.is_ok() {
                    tally.applied.push(edit.kind());
                } else {
                    assert!(
                        *record == before,
                        "edit {tag}{n} was refused but changed the record"
                    );
                    tally.refused += 1;
                }
            }
        }
    }
    tally
}

/// Every entry's key and what it holds. (A quality's top mark is left out: merging keeps at
/// most five, the most recently marked; [`at_most_five_top`] checks that.)
fn contents(record: &Record) -> BTreeSet<(String, String)> {
    let mut all = BTreeSet::new();
    for d in &record.inventory.domains {
        for q in Question::ALL {
            for e in d.answers(q) {
                all.insert((e.id.to_string(), format!("{} / {:?}", e.text, e.kind)));
            }
        }
    }
    for p in &record.inventory.priorities {
        all.insert((p.id.to_string(), format!("{} / {:?}", p.domain, p.wish)));
    }
    for g in &record.goals.goals {
        all.insert((g.id.to_string(), format!("{} / {:?}", g.text, g.state)));
        for s in &g.steps {
            let step = (
                &s.what,
                &s.who,
                s.target,
                s.done,
                s.not_this_time,
                &s.learned,
            );
            all.insert((s.id.to_string(), format!("{step:?}")));
        }
    }
    for i in record.plan.all_items() {
        all.insert((i.id.to_string(), format!("{} / {}", i.text, i.response)));
    }
    for q in &record.inventory.qualities {
        all.insert((format!("quality:{}", q.quality), String::new()));
    }
    for c in &record.journey.check_ins {
        all.insert((
            c.id.to_string(),
            format!("{} / {:?} / {:?}", c.date, c.areas, c.noticed),
        ));
    }
    all
}

/// When each entry last changed.
fn stamps(record: &Record) -> BTreeMap<String, Timestamp> {
    let mut all = BTreeMap::new();
    for d in &record.inventory.domains {
        for q in Question::ALL {
            for e in d.answers(q) {
                all.insert(e.id.to_string(), e.updated);
            }
        }
    }
    for p in &record.inventory.priorities {
        all.insert(p.id.to_string(), p.updated);
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
    for c in &record.journey.check_ins {
        all.insert(c.id.to_string(), c.updated);
    }
    all
}

fn keys(record: &Record) -> BTreeSet<String> {
    contents(record).into_iter().map(|(k, _)| k).collect()
}

fn at_most_five_top(record: &Record) -> Result<(), TestCaseError> {
    let tops = record.inventory.qualities.iter().filter(|q| q.top).count();
    prop_assert!(tops <= MAX_TOP_QUALITIES, "{} top qualities", tops);
    Ok(())
}

/// A save writes again only the parts that changed (`StoredText`): whatever happened to the
/// record in between (edits of every kind, a merge with another tab, a refused change), the
/// text is exactly the whole record written again.
#[test]
fn a_save_that_writes_only_changed_parts_writes_the_whole_record() {
    let seen = run_property(
        "a_save_that_writes_only_changed_parts_writes_the_whole_record",
        (
            prop::collection::vec(prop::collection::vec(edit(), 0..8), 1..8),
            prop::collection::vec(edit(), 0..20),
        ),
        |(rounds, elsewhere), seen| {
            let mut theirs = Record::new(at(0));
            apply_edits(&mut theirs, &elsewhere, "b", 0).note(seen);
            let mut record = Record::new(at(0));
            let mut stored = StoredText::new();
            for (n, edits) in rounds.iter().enumerate() {
                let first = 100 * n as i64;
                apply_edits(&mut record, edits, &format!("a{n}-"), first).note(seen);
                if n == 2 {
                    record = merge(&record, &theirs, Removals::Follow);
                }
                prop_assert_eq!(stored.write(&record), to_storage_json(&record));
            }
            Ok(())
        },
    );
    seen.expect_edits_to_land();
}

#[test]
fn any_record_survives_export_and_import() {
    let seen = run_property(
        "any_record_survives_export_and_import",
        prop::collection::vec(edit(), 0..40),
        |edits, seen| {
            let mut record = Record::new(at(0));
            apply_edits(&mut record, &edits, "a", 0).note(seen);
            note_content(seen, &record);
            prop_assert_eq!(import_json(&export_json(&record)), Ok(record.clone()));
            prop_assert_eq!(import_json(&to_storage_json(&record)), Ok(record));
            Ok(())
        },
    );
    seen.expect_edits_to_land();
    seen.expect_shares(&EVERY_PART);
}

/// Three runs of edits: one both copies share, then one on each.
fn three_runs() -> impl Strategy<Value = (Vec<Edit>, Vec<Edit>, Vec<Edit>)> {
    let run = || prop::collection::vec(edit(), 0..15);
    (run(), run(), run())
}

#[test]
fn merging_a_file_keeps_every_entry_of_both() {
    let seen = run_property(
        "merging_a_file_keeps_every_entry_of_both",
        three_runs(),
        |(shared, here, there), seen| {
            let mut base = Record::new(at(0));
            apply_edits(&mut base, &shared, "s", 0).note(seen);
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            apply_edits(&mut ours, &here, "o", 100).note(seen);
            apply_edits(&mut theirs, &there, "t", 200).note(seen);
            let merged = merge(&ours, &theirs, Removals::KeepAll);
            note_content(seen, &merged);
            at_most_five_top(&merged)?;
            // Words of a reflection written on either side are never blanked by a file.
            for side in [&ours, &theirs] {
                for g in &side.goals.goals {
                    let r = &g.reflection;
                    let kept = merged.goals.goal(&g.id).map(|m| &m.reflection);
                    for (words, merged_words) in [
                        (&r.worked_well, kept.map(|m| &m.worked_well)),
                        (&r.learned, kept.map(|m| &m.learned)),
                        (&r.where_else, kept.map(|m| &m.where_else)),
                    ] {
                        if !words.trim().is_empty() {
                            prop_assert!(
                                merged_words.is_some_and(|m| !m.trim().is_empty()),
                                "{}",
                                g.id
                            );
                        }
                    }
                }
            }
            let have = keys(&merged);
            prop_assert!(keys(&ours).is_subset(&have));
            prop_assert!(keys(&theirs).is_subset(&have));
            // Theirs changed last: every change it made since the copy both came from is kept.
            let changed: Vec<_> = contents(&theirs)
                .difference(&contents(&base))
                .cloned()
                .collect();
            let merged_contents = contents(&merged);
            for change in &changed {
                prop_assert!(merged_contents.contains(change), "lost {:?}", change);
            }
            seen.add("changes of theirs checked", changed.len());
            if ours != theirs {
                seen.note("the two copies differ");
            }
            prop_assert_eq!(merge(&merged, &merged, Removals::KeepAll), merged.clone());
            prop_assert_eq!(import_json(&export_json(&merged)), Ok(merged));
            Ok(())
        },
    );
    seen.expect_edits_to_land();
    seen.expect_shares(&EVERY_PART);
    seen.expect_shares(&[
        ("the two copies differ", 0.8),
        ("changes of theirs checked", 1.0),
    ]);
}

#[test]
fn two_tabs_keep_what_each_added_and_follow_what_each_removed() {
    let seen = run_property(
        "two_tabs_keep_what_each_added_and_follow_what_each_removed",
        (three_runs(), (100i64..130, 100i64..130)),
        |((shared, here, there), (here_from, there_from)), seen| {
            let mut base = Record::new(at(0));
            apply_edits(&mut base, &shared, "s", 0).note(seen);
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            // The two tabs' edits interleave in time.
            apply_edits(&mut ours, &here, "o", here_from).note(seen);
            apply_edits(&mut theirs, &there, "t", there_from).note(seen);
            let one = merge(&ours, &theirs, Removals::Follow);
            note_content(seen, &one);
            at_most_five_top(&one)?;
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
            // Every priority on a wish points at a wish that is there.
            for p in &one.inventory.priorities {
                if let Some(wish) = &p.wish {
                    prop_assert!(
                        one.inventory.entry(wish).is_some(),
                        "{} points at nothing",
                        p.id
                    );
                }
            }
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
                // What a tab added is kept, unless the other tab removed the same thing after
                // (a quality is named by its own id, so both tabs can choose, and drop, the
                // same one).
                let added_at = stamps(side);
                for key in keys(side).difference(&old) {
                    let removed_after = other
                        .removed
                        .iter()
                        .any(|r| &r.key == key && added_at.get(key).is_some_and(|at| r.at >= *at));
                    // A priority on a wish goes with the wish, when the other tab removed it.
                    let wish_gone = side.inventory.priorities.iter().any(|p| {
                        p.id.as_str() == key
                            && p.wish.as_ref().is_some_and(|w| !have.contains(w.as_str()))
                    });
                    prop_assert!(
                        have.contains(key) || removed_after || wish_gone,
                        "lost {}",
                        key
                    );
                    seen.note("additions checked");
                }
            }
            // Of two versions of an entry, the one changed last is kept, word for word.
            let (ours_at, theirs_at) = (stamps(&ours), stamps(&theirs));
            let words = |r: &Record| contents(r).into_iter().collect::<BTreeMap<_, _>>();
            let (ours_words, theirs_words, merged_words) =
                (words(&ours), words(&theirs), words(&one));
            for (key, merged) in &merged_words {
                let pick = match (ours_at.get(key), theirs_at.get(key)) {
                    (Some(o), Some(t)) if t > o => theirs_words.get(key),
                    (Some(o), Some(t)) if o > t => ours_words.get(key),
                    _ => None,
                };
                if let Some(expected) = pick {
                    prop_assert_eq!(merged, expected, "{}", key);
                    seen.note("newer versions checked");
                }
            }
            // What a tab removed, and the other did not change after, is gone.
            let (ours_keys, theirs_keys) = (keys(&ours), keys(&theirs));
            for (key, was) in &stamps(&base) {
                let kept_by_both = ours_keys.contains(key) && theirs_keys.contains(key);
                let changed_since = [&ours_at, &theirs_at]
                    .iter()
                    .any(|side| side.get(key).is_some_and(|at| at > was));
                if !kept_by_both && !changed_since {
                    prop_assert!(!have.contains(key), "{} came back", key);
                    seen.note("removals checked");
                }
            }
            Ok(())
        },
    );
    seen.expect_edits_to_land();
    seen.expect_shares(&EVERY_PART);
    seen.expect_shares(&[
        ("additions checked", 1.5),
        ("newer versions checked", 0.25),
        ("removals checked", 0.07),
    ]);
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
