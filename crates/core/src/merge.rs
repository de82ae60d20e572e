//! Bringing two copies of a record together without losing a word.
//!
//! Items are matched by id (a quality by its own id, a life area by its domain). For each item:
//! - the same on both sides: kept;
//! - different: the newer edit (its `updated` time) is kept; for a goal, the steps that only
//!   one side has are kept too;
//! - on one side only: kept, unless the other side removed it (see [`Removals`]) after its
//!   last change there.
//!
//! Order follows the copy changed last; an item only the other has comes after the item it
//! followed there. So does the winner of two edits made in the same millisecond. When both
//! copies were changed at the same moment, `theirs` leads. Merging is otherwise symmetric.

use crate::goals::{Goal, GoalEvent, Goals, Step};
use crate::inventory::{
    ChosenQuality, DomainAnswers, Entry, Priority, StrengthsInventory, MAX_TOP_QUALITIES,
};
use crate::plan::{PlanItem, PlanSection, WarningSignPlan};
use crate::record::{Record, Removal, REMOVALS_KEPT_FOR};
use crate::time::Timestamp;
use std::collections::BTreeMap;

/// What to do with entries the other copy removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removals {
    /// A copy from a file: it may be old, so whatever either side holds is kept.
    KeepAll,
    /// Another tab's save: what it removed is removed here too, unless it was changed here
    /// after the removal.
    Follow,
}

/// Something in a record that keeps its identity across copies.
pub(crate) trait Item: Clone + PartialEq {
    /// What matches it with itself in another copy, and names it in [`Record::removed`].
    fn key(&self) -> String;
    /// Whether `other` is the same entry (the same [`Item::key`], without building it).
    fn same_key(&self, other: &Self) -> bool;
    /// When it was last changed. A step has no time of its own; its goal's stands in.
    fn updated(&self) -> Timestamp;
    /// Notes a change at `at`.
    fn set_updated(&mut self, at: Timestamp);
    /// When anything in it last changed (a goal: its own parts or any step).
    fn last_change(&self) -> Timestamp {
        self.updated()
    }
    /// Whether the parts this item's own `updated` covers are the same as `other`'s.
    fn same_own_parts(&self, other: &Self) -> bool {
        self == other
    }
    /// Marks the changes inside the item (a goal's steps) against `before` (`None`: new).
    fn stamp_parts(&mut self, _before: Option<&Self>, _at: Timestamp, _marks: &mut Marks) {}
}

macro_rules! item {
    ($type:ty, $key:ident) => {
        impl Item for $type {
            fn key(&self) -> String {
                self.$key.to_string()
            }
            fn same_key(&self, other: &Self) -> bool {
                self.$key == other.$key
            }
            fn updated(&self) -> Timestamp {
                self.updated
            }
            fn set_updated(&mut self, at: Timestamp) {
                self.updated = at;
            }
        }
    };
}

item!(Entry, id);
item!(Priority, id);
item!(Step, id);
item!(PlanItem, id);

impl Item for Goal {
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn same_key(&self, other: &Self) -> bool {
        self.id == other.id
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
    fn set_updated(&mut self, at: Timestamp) {
        self.updated = at;
    }
    fn last_change(&self) -> Timestamp {
        self.steps
            .iter()
            .map(|s| s.updated)
            .fold(self.updated, Timestamp::max)
    }
    fn same_own_parts(&self, other: &Self) -> bool {
        self.id == other.id
            && self.text == other.text
            && self.why == other.why
            && self.domain == other.domain
            && self.strengths == other.strengths
            && self.state == other.state
            && self.reflection == other.reflection
    }
    fn stamp_parts(&mut self, before: Option<&Self>, at: Timestamp, marks: &mut Marks) {
        let none = Vec::new();
        stamp_list(
            &mut self.steps,
            before.map_or(&none, |b| &b.steps),
            at,
            marks,
        );
    }
}

impl Item for ChosenQuality {
    fn key(&self) -> String {
        format!("quality:{}", self.quality)
    }
    fn same_key(&self, other: &Self) -> bool {
        self.quality == other.quality
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
    fn set_updated(&mut self, at: Timestamp) {
        self.updated = at;
    }
}

/// What either side removed, and when (a short list: removals are rare, and forgotten after
/// [`REMOVALS_KEPT_FOR`]).
type Removed = Vec<Removal>;

fn removed_at(removed: &Removed, key: &str) -> Option<Timestamp> {
    removed.iter().filter(|r| r.key == key).map(|r| r.at).max()
}

/// Brings `theirs` into `ours`: see the module's notes for what is kept.
pub fn merge(ours: &Record, theirs: &Record, removals: Removals) -> Record {
    // A file never removes anything, nor makes this copy forget what it removed.
    let kept_removals = ours.removed.clone();
    // The copy changed last leads (theirs, on a tie), so two tabs that merge each other's
    // saves settle on one record instead of trading orders back and forth.
    let (ours, theirs) = if theirs.updated >= ours.updated {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut removed = Removed::new();
    if removals == Removals::Follow {
        for r in ours.removed.iter().chain(&theirs.removed) {
            match removed.iter_mut().find(|m| m.key == r.key) {
                Some(m) => m.at = m.at.max(r.at),
                None => removed.push(r.clone()),
            }
        }
    }
    let inventory = merge_inventory(&ours.inventory, &theirs.inventory, &removed);
    let goals = merge_list(&ours.goals.goals, &theirs.goals.goals, &removed, &|o, t| {
        merge_goal(o, t, &removed, removals)
    });
    let mut plan = WarningSignPlan::default();
    for list in PlanSection::ALL.iter().flat_map(|s| s.lists()) {
        *plan.items_mut(*list) = merge_list(
            ours.plan.items(*list),
            theirs.plan.items(*list),
            &removed,
            &newer,
        );
    }
    let updated = ours.updated.max(theirs.updated);
    let mut merged = Record {
        created: ours.created.min(theirs.created),
        updated,
        inventory,
        goals: Goals { goals },
        plan,
        removed: match removals {
            Removals::Follow => removed,
            Removals::KeepAll => kept_removals,
        },
    };
    forget_old_removals(&mut merged.removed, updated);
    merged
}

fn forget_old_removals(removed: &mut Vec<Removal>, now: Timestamp) {
    removed.retain(|r| now.millis().saturating_sub(r.at.millis()) < REMOVALS_KEPT_FOR);
}

fn merge_inventory(
    ours: &StrengthsInventory,
    theirs: &StrengthsInventory,
    removed: &Removed,
) -> StrengthsInventory {
    let mut domains: Vec<DomainAnswers> = Vec::new();
    for d in ours.domains.iter().chain(&theirs.domains) {
        if domains.iter().any(|m| m.domain == d.domain) {
            continue;
        }
        let empty = DomainAnswers {
            domain: d.domain.clone(),
            ..Default::default()
        };
        let find = |side: &'_ StrengthsInventory| {
            side.domains
                .iter()
                .find(|x| x.domain == d.domain)
                .cloned()
                .unwrap_or_else(|| empty.clone())
        };
        let (o, t) = (find(ours), find(theirs));
        let list = |pick: fn(&DomainAnswers) -> &Vec<Entry>| {
            merge_list(pick(&o), pick(&t), removed, &newer)
        };
        domains.push(DomainAnswers {
            domain: d.domain.clone(),
            have_now: list(|d| &d.have_now),
            want: list(|d| &d.want),
            helped_before: list(|d| &d.helped_before),
        });
    }
    let mut qualities = merge_list(&ours.qualities, &theirs.qualities, removed, &newer);
    // Each side kept within the limit of top qualities; together they may not. Keep the
    // most recently marked, and leave the rest chosen.
    while qualities.iter().filter(|q| q.top).count() > MAX_TOP_QUALITIES {
        if let Some(oldest) = qualities
            .iter_mut()
            .filter(|q| q.top)
            .min_by_key(|q| q.updated)
        {
            oldest.top = false;
        }
    }
    StrengthsInventory {
        domains,
        qualities,
        priorities: merge_list(&ours.priorities, &theirs.priorities, removed, &newer),
    }
}

/// Of two edits of one item, the newer; `ours` when they are as new as each other.
fn newer<T: Item>(ours: &T, theirs: &T) -> T {
    if theirs.updated() > ours.updated() {
        theirs.clone()
    } else {
        ours.clone()
    }
}

/// Two edits of one goal: its own words, area, strengths, state and reflection from the copy
/// that changed them last (from a file, never a blank over words, and the strengths linked in
/// either); each step merged on its own; the history of both.
fn merge_goal(ours: &Goal, theirs: &Goal, removed: &Removed, removals: Removals) -> Goal {
    let (newer_goal, older_goal) = if theirs.updated > ours.updated {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut goal = newer_goal.clone();
    goal.steps = merge_list(&ours.steps, &theirs.steps, removed, &newer);
    goal.history = merge_history(&ours.history, &theirs.history);
    goal.updated = newer_goal.updated.max(older_goal.updated);
    if removals == Removals::Follow {
        // Another tab: the later change wins, a cleared field or a removed link included.
        return goal;
    }
    // A file, which may be old: words only it has are kept (a blank in either copy is never
    // taken over words), and so are the strengths linked in either.
    let keep = |newer: &mut String, older: &String| {
        if newer.trim().is_empty() && !older.trim().is_empty() {
            newer.clone_from(older);
        }
    };
    keep(&mut goal.why, &older_goal.why);
    keep(
        &mut goal.reflection.worked_well,
        &older_goal.reflection.worked_well,
    );
    keep(&mut goal.reflection.learned, &older_goal.reflection.learned);
    keep(
        &mut goal.reflection.where_else,
        &older_goal.reflection.where_else,
    );
    if goal.domain.is_none() {
        goal.domain.clone_from(&older_goal.domain);
    }
    for link in &older_goal.strengths {
        if !goal.strengths.contains(link) {
            goal.strengths.push(link.clone());
        }
    }
    goal
}

/// Two histories as one, oldest first; an event both have appears once.
fn merge_history(ours: &[GoalEvent], theirs: &[GoalEvent]) -> Vec<GoalEvent> {
    let mut merged = Vec::with_capacity(ours.len().max(theirs.len()));
    let (mut o, mut t) = (ours.iter().peekable(), theirs.iter().peekable());
    loop {
        let next = match (o.peek(), t.peek()) {
            (Some(a), Some(b)) if a == b => {
                t.next();
                o.next()
            }
            (Some(a), Some(b)) if b.at < a.at => t.next(),
            (Some(_), _) => o.next(),
            (None, _) => t.next(),
        };
        match next {
            Some(event) if !merged.contains(event) => merged.push(event.clone()),
            Some(_) => {}
            None => return merged,
        }
    }
}

/// Merges one list.
fn merge_list<T: Item>(
    ours: &[T],
    theirs: &[T],
    removed: &Removed,
    resolve: &dyn Fn(&T, &T) -> T,
) -> Vec<T> {
    let ours_keys: Vec<String> = ours.iter().map(Item::key).collect();
    let theirs_keys: Vec<String> = theirs.iter().map(Item::key).collect();
    let theirs_at = positions(&theirs_keys);
    let removed_later =
        |item: &T, key: &str| removed_at(removed, key).is_some_and(|at| at >= item.last_change());
    let mut kept: Vec<T> = Vec::with_capacity(ours.len().max(theirs.len()));
    // Where each kept item of ours sits in `kept`, by its place in ours.
    let mut kept_at: Vec<Option<usize>> = Vec::with_capacity(ours.len());
    for (o, key) in ours.iter().zip(&ours_keys) {
        let item = match theirs_at.get(key.as_str()).map(|&i| &theirs[i]) {
            Some(t) if t == o => Some(o.clone()),
            Some(t) => Some(resolve(o, t)),
            None if removed_later(o, key) => None,
            None => Some(o.clone()),
        };
        kept_at.push(item.map(|item| {
            kept.push(item);
            kept.len() - 1
        }));
    }
    let ours_at = positions(&ours_keys);
    // Items only theirs has, each after the item it followed there: `after[0]` before every
    // kept item, `after[i + 1]` after `kept[i]`.
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); kept.len() + 1];
    let mut anchor = 0;
    for (i, (t, key)) in theirs.iter().zip(&theirs_keys).enumerate() {
        match ours_at.get(key.as_str()) {
            Some(&o) => {
                if let Some(k) = kept_at[o] {
                    anchor = k + 1;
                }
            }
            None if removed_later(t, key) => {}
            None => after[anchor].push(i),
        }
    }
    let mut merged = Vec::with_capacity(kept.len() + after.iter().map(Vec::len).sum::<usize>());
    let mut kept = kept.into_iter();
    for (slot, items) in after.iter().enumerate() {
        if slot > 0 {
            merged.extend(kept.next());
        }
        merged.extend(items.iter().map(|&i| theirs[i].clone()));
    }
    merged
}

/// Each key's place in a list.
fn positions(keys: &[String]) -> BTreeMap<&str, usize> {
    let mut at = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        at.insert(key.as_str(), i);
    }
    at
}

/// What stamping found: keys that are gone, and keys that are back or new.
#[derive(Default)]
pub(crate) struct Marks {
    gone: Vec<(String, Timestamp)>,
    appeared: Vec<String>,
    /// The record's removals before the change.
    removed_before: Vec<Removal>,
}

/// Marks every item of `record` that differs from `before` (or is new) as changed at `at`,
/// and notes every item `before` had that is gone as removed at `at`. Times never run
/// backwards: an item changed now is marked later than its last change, even if the clock
/// (or a file from a device with a fast clock) says otherwise.
pub(crate) fn stamp_changes(record: &mut Record, before: &Record, at: Timestamp) {
    let mut marks = Marks {
        removed_before: before.removed.clone(),
        ..Marks::default()
    };
    let inv = &mut record.inventory;
    for domain in &mut inv.domains {
        let old = before
            .inventory
            .domains
            .iter()
            .find(|d| d.domain == domain.domain);
        let empty = Vec::new();
        let pick = |f: fn(&DomainAnswers) -> &Vec<Entry>| old.map_or(&empty, f);
        stamp_list(&mut domain.have_now, pick(|d| &d.have_now), at, &mut marks);
        stamp_list(&mut domain.want, pick(|d| &d.want), at, &mut marks);
        stamp_list(
            &mut domain.helped_before,
            pick(|d| &d.helped_before),
            at,
            &mut marks,
        );
    }
    // A life area gone whole (a copy put in place without it): each of its answers is removed.
    for old in &before.inventory.domains {
        if !inv.domains.iter().any(|d| d.domain == old.domain) {
            let mut none: Vec<Entry> = Vec::new();
            stamp_list(&mut none, &old.have_now, at, &mut marks);
            stamp_list(&mut none, &old.want, at, &mut marks);
            stamp_list(&mut none, &old.helped_before, at, &mut marks);
        }
    }
    stamp_list(
        &mut inv.qualities,
        &before.inventory.qualities,
        at,
        &mut marks,
    );
    stamp_list(
        &mut inv.priorities,
        &before.inventory.priorities,
        at,
        &mut marks,
    );
    stamp_list(&mut record.goals.goals, &before.goals.goals, at, &mut marks);
    for list in PlanSection::ALL.iter().flat_map(|s| s.lists()) {
        stamp_list(
            record.plan.items_mut(*list),
            before.plan.items(*list),
            at,
            &mut marks,
        );
    }
    // Whatever is here again is no longer removed.
    record
        .removed
        .retain(|r| !marks.appeared.contains(&r.key) && !marks.gone.iter().any(|g| g.0 == r.key));
    for (key, at) in marks.gone {
        record.removed.push(Removal { key, at });
    }
    forget_old_removals(&mut record.removed, at);
}

/// The last moment a record can hold: 9999-12-31T23:59:59.999Z.
const LAST_MOMENT: Timestamp = Timestamp::from_millis(253_402_300_799_999);

/// How far ahead of this device's clock a time brought in from elsewhere may be: a day.
const AHEAD_AT_MOST: i64 = 24 * 60 * 60 * 1000;

/// A time after `last`, and not before `now` (nor past the last moment a record can hold).
fn after(last: Timestamp, now: Timestamp) -> Timestamp {
    now.max(Timestamp::from_millis(last.millis().saturating_add(1)))
        .min(LAST_MOMENT)
}

/// Marks what changed in an entry that was here before as `old`: its parts (a goal's steps),
/// and its own time if its own words or settings differ.
fn stamp_kept<T: Item>(item: &mut T, old: &T, at: Timestamp, marks: &mut Marks) {
    item.stamp_parts(Some(old), at, marks);
    if !item.same_own_parts(old) {
        item.set_updated(after(old.updated(), at));
    }
}

fn stamp_list<T: Item>(items: &mut [T], before: &[T], at: Timestamp, marks: &mut Marks) {
    if items == before {
        return;
    }
    // The usual change (words typed into one entry): the same entries in the same places.
    // Only those that differ need looking at, and no keys need building.
    if items.len() == before.len() && items.iter().zip(before).all(|(a, b)| a.same_key(b)) {
        for (item, old) in items.iter_mut().zip(before) {
            if item != old {
                stamp_kept(item, old, at, marks);
            }
        }
        return;
    }
    let keys: Vec<String> = items.iter().map(Item::key).collect();
    let now_at = positions(&keys);
    for old in before {
        let key = old.key();
        if !now_at.contains_key(key.as_str()) {
            marks.gone.push((key, after(old.updated(), at)));
        }
    }
    let mut before_at: Option<BTreeMap<&str, usize>> = None;
    let before_keys: Vec<String>;
    let mut lookup = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        // Most changes leave items where they were, or one place along.
        let near = [Some(i), i.checked_add(1), i.checked_sub(1)]
            .into_iter()
            .flatten()
            .find(|&j| before.get(j).is_some_and(|b| &b.key() == key));
        lookup.push(near);
    }
    if lookup.iter().any(Option::is_none) {
        before_keys = before.iter().map(Item::key).collect();
        before_at = Some(positions(&before_keys));
    }
    for ((item, key), near) in items.iter_mut().zip(&keys).zip(lookup) {
        let old = near
            .or_else(|| {
                before_at
                    .as_ref()
                    .and_then(|m| m.get(key.as_str()).copied())
            })
            .map(|j| &before[j]);
        match old {
            Some(old) => stamp_kept(item, old, at, marks),
            None => {
                item.stamp_parts(None, at, marks);
                // New here. Something removed here before and now back (from a saved copy)
                // is newer than that removal, so another tab brings it back too. Otherwise it
                // keeps the time it brought (a copy's entries keep their own history), or
                // takes this moment if it has none.
                let removed = marks.removed_before.iter().find(|r| r.key == *key);
                // A time from a device whose clock ran fast is brought back to at most a day
                // ahead of this one, so it cannot outweigh every change made here for long.
                let brought = item.updated().min(Timestamp::from_millis(
                    at.millis().saturating_add(AHEAD_AT_MOST),
                ));
                let time = match removed {
                    Some(removal) => after(removal.at.max(brought), at),
                    None if brought == Timestamp::default() => at,
                    None => brought,
                };
                item.set_updated(time);
                marks.appeared.push(key.clone());
            }
        }
    }
}
