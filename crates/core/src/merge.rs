//! Bringing two copies of a record together without losing a word.
//!
//! Items are matched by id (a quality by its own id, a life area by its domain, a check-in by
//! its id; check-ins then stay in date order). For each item:
//! - the same on both sides: kept;
//! - different: the newer edit (its `updated` time) is kept; for a goal, the steps that only
//!   one side has are kept too;
//! - on one side only: kept, unless the other side removed it (see [`Removals`]) after its
//!   last change there.
//!
//! Order follows the copy changed last; an item only the other has comes after the item it
//! followed there. So does the winner of two edits made in the same millisecond. When both
//! copies were changed at the same moment, `theirs` leads. Merging is otherwise symmetric.

use crate::goals::{Goal, GoalEvent, Goals};
use crate::inventory::{DomainAnswers, Entry, StrengthsInventory, MAX_TOP_QUALITIES};
use crate::item::{positions, Item};
use crate::journey::Journey;
use crate::plan::{PlanSection, WarningSignPlan};
use crate::record::{Record, Removal};
use crate::time::Timestamp;

/// What to do with entries the other copy removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removals {
    /// A copy from a file: it may be old, so whatever either side holds is kept.
    KeepAll,
    /// Another tab's save: what it removed is removed here too, unless it was changed here
    /// after the removal.
    Follow,
}

/// What either side removed, and when (a short list: removals are rare, and forgotten after
/// [`crate::REMOVALS_KEPT_FOR`]).
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
    let mut journey = Journey {
        check_ins: merge_list(
            &ours.journey.check_ins,
            &theirs.journey.check_ins,
            &removed,
            &newer,
        ),
    };
    journey.sort();
    let updated = ours.updated.max(theirs.updated);
    let mut merged = Record {
        created: ours.created.min(theirs.created),
        updated,
        inventory,
        goals: Goals { goals },
        plan,
        journey,
        removed: match removals {
            Removals::Follow => removed,
            Removals::KeepAll => kept_removals,
        },
    };
    merged.forget_old_removals(updated);
    merged
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
    let mut priorities = merge_list(&ours.priorities, &theirs.priorities, removed, &newer);
    // A wish removed on one side while the other made it a priority: the priority goes with
    // it, never left pointing at nothing.
    priorities.retain(|p| {
        p.wish.as_ref().is_none_or(|wish| {
            domains
                .iter()
                .any(|d| d.domain == p.domain && d.want.iter().any(|e| &e.id == wish))
        })
    });
    StrengthsInventory {
        domains,
        qualities,
        priorities,
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
