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

use crate::goals::{Goal, Goals, Step};
use crate::inventory::{
    ChosenQuality, DomainAnswers, Entry, Priority, StrengthsInventory, MAX_TOP_QUALITIES,
};
use crate::plan::{PlanItem, PlanSection, WarningSignPlan};
use crate::record::{Record, Removal, REMOVALS_KEPT_FOR};
use crate::time::Timestamp;
use std::collections::{BTreeMap, BTreeSet};

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
    /// When it was last changed. A step has no time of its own; its goal's stands in.
    fn updated(&self) -> Timestamp;
    /// Notes a change at `at`.
    fn set_updated(&mut self, at: Timestamp);
}

macro_rules! item {
    ($type:ty, $key:ident) => {
        impl Item for $type {
            fn key(&self) -> String {
                self.$key.to_string()
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
item!(Goal, id);
item!(PlanItem, id);

impl Item for ChosenQuality {
    fn key(&self) -> String {
        format!("quality:{}", self.quality)
    }
    fn updated(&self) -> Timestamp {
        self.updated
    }
    fn set_updated(&mut self, at: Timestamp) {
        self.updated = at;
    }
}

impl Item for Step {
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn updated(&self) -> Timestamp {
        Timestamp::default()
    }
    fn set_updated(&mut self, _: Timestamp) {}
}

/// When each removed key was last removed, on either side.
type Removed = BTreeMap<String, Timestamp>;

/// Brings `theirs` into `ours`: see the module's notes for what is kept.
pub fn merge(ours: &Record, theirs: &Record, removals: Removals) -> Record {
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
            let at = removed.entry(r.key.clone()).or_insert(r.at);
            *at = (*at).max(r.at);
        }
    }
    let inventory = merge_inventory(&ours.inventory, &theirs.inventory, &removed);
    let goals = merge_list(
        &ours.goals.goals,
        &theirs.goals.goals,
        &removed,
        Timestamp::default(),
        &|o, t| merge_goal(o, t, &removed),
    );
    let mut plan = WarningSignPlan::default();
    for list in PlanSection::ALL.iter().flat_map(|s| s.lists()) {
        *plan.items_mut(*list) = merge_list(
            ours.plan.items(*list),
            theirs.plan.items(*list),
            &removed,
            Timestamp::default(),
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
        removed: removed
            .into_iter()
            .map(|(key, at)| Removal { key, at })
            .collect(),
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
            merge_list(pick(&o), pick(&t), removed, Timestamp::default(), &newer)
        };
        domains.push(DomainAnswers {
            domain: d.domain.clone(),
            have_now: list(|d| &d.have_now),
            want: list(|d| &d.want),
            helped_before: list(|d| &d.helped_before),
        });
    }
    let mut qualities = merge_list(
        &ours.qualities,
        &theirs.qualities,
        removed,
        Timestamp::default(),
        &newer,
    );
    // Each side kept within the limit of top qualities; together they may not. Keep the
    // most recently marked, and leave the rest chosen.
    let mut tops: Vec<(Timestamp, usize)> = qualities
        .iter()
        .enumerate()
        .filter(|(_, q)| q.top)
        .map(|(i, q)| (q.updated, i))
        .collect();
    tops.sort_by(|a, b| b.cmp(a));
    for (_, i) in tops.into_iter().skip(MAX_TOP_QUALITIES) {
        qualities[i].top = false;
    }
    StrengthsInventory {
        domains,
        qualities,
        priorities: merge_list(
            &ours.priorities,
            &theirs.priorities,
            removed,
            Timestamp::default(),
            &newer,
        ),
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

/// Two edits of one goal: keep the newer goal, and the steps of both.
fn merge_goal(ours: &Goal, theirs: &Goal, removed: &Removed) -> Goal {
    let (winner, loser) = if theirs.updated > ours.updated {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut goal = winner.clone();
    // A step only the older copy has was either added there or removed in the newer one.
    goal.steps = merge_list(
        &winner.steps,
        &loser.steps,
        removed,
        loser.updated,
        &|w: &Step, _: &Step| w.clone(),
    );
    goal
}

/// Merges one list. `held_since` stands in for an item's own time when it keeps none (a
/// step: its goal's time).
fn merge_list<T: Item>(
    ours: &[T],
    theirs: &[T],
    removed: &Removed,
    held_since: Timestamp,
    resolve: &dyn Fn(&T, &T) -> T,
) -> Vec<T> {
    let theirs_at: BTreeMap<String, usize> = theirs
        .iter()
        .enumerate()
        .map(|(i, x)| (x.key(), i))
        .collect();
    let removed_later = |item: &T| {
        removed
            .get(&item.key())
            .is_some_and(|at| *at >= item.updated().max(held_since))
    };
    let mut kept: Vec<T> = Vec::with_capacity(ours.len().max(theirs.len()));
    let mut kept_keys = BTreeSet::new();
    for o in ours {
        let key = o.key();
        match theirs_at.get(&key).map(|&i| &theirs[i]) {
            Some(t) if t == o => kept.push(o.clone()),
            Some(t) => kept.push(resolve(o, t)),
            None if removed_later(o) => continue,
            None => kept.push(o.clone()),
        }
        kept_keys.insert(key);
    }
    // Items only theirs has, each placed after the item it followed there.
    let ours_keys: BTreeSet<String> = ours.iter().map(Item::key).collect();
    let mut after: BTreeMap<Option<String>, Vec<T>> = BTreeMap::new();
    let mut anchor: Option<String> = None;
    for t in theirs {
        let key = t.key();
        if kept_keys.contains(&key) {
            anchor = Some(key);
        } else if !ours_keys.contains(&key) && !removed_later(t) {
            after.entry(anchor.clone()).or_default().push(t.clone());
        }
    }
    let mut merged = Vec::with_capacity(kept.len() + after.values().map(Vec::len).sum::<usize>());
    merged.extend(after.remove(&None).unwrap_or_default());
    for item in kept {
        let key = Some(item.key());
        merged.push(item);
        merged.extend(after.remove(&key).unwrap_or_default());
    }
    merged
}

/// Marks every item of `record` that differs from `before` (or is new) as changed at `at`,
/// and notes every item `before` had that is gone as removed at `at`.
pub(crate) fn stamp_changes(record: &mut Record, before: &Record, at: Timestamp) {
    let mut gone = Vec::new();
    let inv = &mut record.inventory;
    for domain in &mut inv.domains {
        let old = before
            .inventory
            .domains
            .iter()
            .find(|d| d.domain == domain.domain);
        let empty = Vec::new();
        let pick = |f: fn(&DomainAnswers) -> &Vec<Entry>| old.map_or(&empty, f);
        stamp_list(&mut domain.have_now, pick(|d| &d.have_now), at, &mut gone);
        stamp_list(&mut domain.want, pick(|d| &d.want), at, &mut gone);
        stamp_list(
            &mut domain.helped_before,
            pick(|d| &d.helped_before),
            at,
            &mut gone,
        );
    }
    stamp_list(
        &mut inv.qualities,
        &before.inventory.qualities,
        at,
        &mut gone,
    );
    stamp_list(
        &mut inv.priorities,
        &before.inventory.priorities,
        at,
        &mut gone,
    );
    for goal in &mut record.goals.goals {
        if let Some(old) = before.goals.goal(&goal.id) {
            let mut steps = goal.steps.clone();
            stamp_list(&mut steps, &old.steps, at, &mut gone);
        }
    }
    stamp_list(&mut record.goals.goals, &before.goals.goals, at, &mut gone);
    for list in PlanSection::ALL.iter().flat_map(|s| s.lists()) {
        stamp_list(
            record.plan.items_mut(*list),
            before.plan.items(*list),
            at,
            &mut gone,
        );
    }
    for key in gone {
        record.removed.retain(|r| r.key != key);
        record.removed.push(Removal { key, at });
    }
    forget_old_removals(&mut record.removed, at);
}

fn stamp_list<T: Item>(items: &mut [T], before: &[T], at: Timestamp, gone: &mut Vec<String>) {
    if items == before {
        return;
    }
    let keys: BTreeSet<String> = items.iter().map(Item::key).collect();
    gone.extend(before.iter().map(Item::key).filter(|k| !keys.contains(k)));
    for (i, item) in items.iter_mut().enumerate() {
        // Most changes leave items where they were, or one place along.
        let key = item.key();
        let near = [Some(i), i.checked_add(1), i.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter_map(|j| before.get(j))
            .find(|b| b.key() == key);
        let old = near.or_else(|| before.iter().find(|b| b.key() == key));
        if old != Some(item) {
            item.set_updated(at);
        }
    }
}
