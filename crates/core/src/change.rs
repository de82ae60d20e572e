//! One change to a record: made through a core method, refused whole, or kept with every
//! entry it touched marked as changed (so that merging with another copy knows which side
//! changed what last, see [`crate::merge()`]) and every entry it removed noted as removed.

use crate::error::EditError;
use crate::goals::{Goal, Step};
use crate::inventory::{ChosenQuality, DomainAnswers, Entry, Priority};
use crate::item::{positions, Item};
use crate::journey::CheckIn;
use crate::plan::{PlanItem, PlanSection};
use crate::record::{Record, Removal};
use crate::time::Timestamp;
use std::collections::BTreeMap;

impl Record {
    /// Makes one change through `edit` (a core method), at `now`. On success, every item the
    /// change touched is marked as changed at `now`, and so is the record. A refused change
    /// leaves the record exactly as it was, whatever the method did before refusing.
    pub fn apply<T>(
        &mut self,
        now: Timestamp,
        edit: impl FnOnce(&mut Record) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let before = self.clone();
        match edit(self) {
            Ok(value) => {
                stamp_changes(self, &before, now);
                self.touch(now);
                Ok(value)
            }
            Err(error) => {
                *self = before;
                Err(error)
            }
        }
    }
}

/// An entry whose changes are marked: its own, and those of the entries inside it.
trait Parts: Item {
    /// Marks the changes inside the item (a goal's steps) against `before` (`None`: new).
    fn stamp_parts(&mut self, _before: Option<&Self>, _at: Timestamp, _marks: &mut Marks) {}
}

impl Parts for Entry {}
impl Parts for Priority {}
impl Parts for Step {}
impl Parts for PlanItem {}
impl Parts for ChosenQuality {}
impl Parts for CheckIn {}

impl Parts for Goal {
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

/// What stamping found: keys that are gone, and keys that are back or new.
#[derive(Default)]
struct Marks {
    gone: Vec<(String, Timestamp)>,
    appeared: Vec<String>,
    /// The record's removals before the change.
    removed_before: Vec<Removal>,
}

/// Marks every item of `record` that differs from `before` (or is new) as changed at `at`,
/// and notes every item `before` had that is gone as removed at `at`. Times never run
/// backwards: an item changed now is marked later than its last change, even if the clock
/// (or a file from a device with a fast clock) says otherwise.
fn stamp_changes(record: &mut Record, before: &Record, at: Timestamp) {
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
    stamp_list(
        &mut record.journey.check_ins,
        &before.journey.check_ins,
        at,
        &mut marks,
    );
    // Whatever is here again is no longer removed.
    record
        .removed
        .retain(|r| !marks.appeared.contains(&r.key) && !marks.gone.iter().any(|g| g.0 == r.key));
    for (key, at) in marks.gone {
        record.removed.push(Removal { key, at });
    }
    record.forget_old_removals(at);
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
fn stamp_kept<T: Parts>(item: &mut T, old: &T, at: Timestamp, marks: &mut Marks) {
    item.stamp_parts(Some(old), at, marks);
    if !item.same_own_parts(old) {
        item.set_updated(after(old.updated(), at));
    }
}

fn stamp_list<T: Parts>(items: &mut [T], before: &[T], at: Timestamp, marks: &mut Marks) {
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
