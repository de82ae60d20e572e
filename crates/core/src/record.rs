//! The record: everything one person writes in one browser, shared by every widget on a page.

use crate::goals::Goals;
use crate::inventory::{Question, StrengthsInventory};
use crate::journey::Journey;
use crate::plan::WarningSignPlan;
use crate::time::Timestamp;

/// Everything one person has written, in one browser.
///
/// This is the domain type. Its file form (the versioned envelope) lives in
/// [`crate::format`]; nothing here knows about JSON or storage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// When the record was started.
    pub created: Timestamp,
    /// When anything in it last changed.
    pub updated: Timestamp,
    /// The strengths inventory.
    pub inventory: StrengthsInventory,
    /// The goal builder's goals.
    pub goals: Goals,
    /// The warning-sign plan.
    pub plan: WarningSignPlan,
    /// The journey's check-ins.
    pub journey: Journey,
    /// What was removed lately, so that another open tab does not bring it back when the two
    /// copies are merged. Kept for [`REMOVALS_KEPT_FOR`].
    pub removed: Vec<Removal>,
}

/// One entry removed from the record, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// The removed item's id (a quality's is `quality:<id>`).
    pub key: String,
    /// When it was removed.
    pub at: Timestamp,
}

/// How long a removal is remembered: 30 days, in milliseconds. Tabs merge within moments, so
/// this only matters for a tab left open, unused, for weeks; after that, an entry removed
/// elsewhere can come back in it, but nothing is ever lost.
pub const REMOVALS_KEPT_FOR: i64 = 30 * 24 * 60 * 60 * 1000;

/// A short account of what a record holds, shown before an import replaces anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RecordSummary {
    /// Answers to "have now" and "helped before" with words in them.
    pub strengths: usize,
    /// Answers to "what I want" with words in them.
    pub wishes: usize,
    /// Personal qualities chosen.
    pub qualities: usize,
    /// Priorities set.
    pub priorities: usize,
    /// Goals, in any state.
    pub goals: usize,
    /// Steps, across every goal.
    pub steps: usize,
    /// Entries in the warning-sign plan.
    pub plan_entries: usize,
    /// Check-ins.
    pub check_ins: usize,
    /// When anything in it last changed.
    pub updated: Timestamp,
}

impl Record {
    /// A new, empty record started at `now`.
    pub fn new(now: Timestamp) -> Self {
        Record {
            created: now,
            updated: now,
            inventory: StrengthsInventory::default(),
            goals: Goals::default(),
            plan: WarningSignPlan::default(),
            journey: Journey::default(),
            removed: Vec::new(),
        }
    }

    /// Forgets when each goal, step, quality, priority and plan entry last changed, for a copy
    /// saved by an older version of the widgets (before version 3 those times were only the
    /// copy's own). Merged with this copy, any change made elsewhere then counts as newer.
    pub fn forget_times_older_versions_lacked(&mut self) {
        self.set_times_version_3_added(Timestamp::default());
    }

    /// Sets when each goal, step, quality, priority and plan entry last changed (the times
    /// format version 3 added; answers had theirs before) to `at`.
    pub(crate) fn set_times_version_3_added(&mut self, at: Timestamp) {
        for q in &mut self.inventory.qualities {
            q.updated = at;
        }
        for p in &mut self.inventory.priorities {
            p.updated = at;
        }
        for g in &mut self.goals.goals {
            g.updated = at;
            for s in &mut g.steps {
                s.updated = at;
            }
        }
        for list in crate::plan::PlanSection::ALL.iter().flat_map(|s| s.lists()) {
            for item in self.plan.items_mut(*list) {
                item.updated = at;
            }
        }
    }

    /// Forgets removals older than [`REMOVALS_KEPT_FOR`] at `now`.
    pub(crate) fn forget_old_removals(&mut self, now: Timestamp) {
        self.removed
            .retain(|r| now.millis().saturating_sub(r.at.millis()) < REMOVALS_KEPT_FOR);
    }

    /// Notes that the record changed at `now`. Time never runs backwards in a record: a
    /// clock set back leaves `updated` where it was.
    pub fn touch(&mut self, now: Timestamp) {
        self.updated = self.updated.max(now);
    }

    /// What the record holds, in counts.
    pub fn summary(&self) -> RecordSummary {
        let inv = &self.inventory;
        RecordSummary {
            strengths: inv.strengths().count(),
            wishes: inv
                .domains
                .iter()
                .flat_map(|d| d.answers(Question::Want))
                .filter(|e| !e.text.trim().is_empty())
                .count(),
            qualities: inv.qualities.len(),
            priorities: inv.priorities.len(),
            goals: self.goals.goals.len(),
            steps: self.goals.goals.iter().map(|g| g.steps.len()).sum(),
            plan_entries: self.plan.item_count(),
            check_ins: self.journey.check_ins.len(),
            updated: self.updated,
        }
    }

    /// Whether nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        self.inventory.is_empty()
            && self.goals.goals.is_empty()
            && self.plan.item_count() == 0
            && self.journey.check_ins.is_empty()
    }
}
