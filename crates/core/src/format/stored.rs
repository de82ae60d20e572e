//! Writing the browser's stored copy again after each change, turning only the parts that
//! changed into JSON.
//!
//! Writing a large record as JSON on every keystroke was half the time of a save (1,000 goals:
//! about 5 ms of 12 in Chromium, see docs/benchmark.md). A [`StoredText`] keeps each goal, the
//! inventory and the plan as last written, beside the JSON it wrote for them; the next write
//! compares each part with its copy and writes again only those that differ. The text is byte
//! for byte what [`super::to_storage_json`] returns for the same record (tests say so), so
//! storage, other tabs and older versions of the page see no difference.
//!
//! Parts are compared by content, never by a time or a count, so a record changed in any way
//! (a merge with another tab, an import, a passcode opening it) is still written whole and
//! right: a part is reused only if it equals, field for field, the part that JSON was made
//! from. The price is memory: a second copy of those parts and their text.

use super::wire;
use crate::goals::Goal;
use crate::inventory::StrengthsInventory;
use crate::plan::WarningSignPlan;
use crate::record::Record;
use serde::Serialize;

/// One part of the record as last written, the JSON written for it, and that JSON's stamp.
struct Written<T> {
    part: T,
    json: String,
    /// Which write made this JSON: told apart by the tests, to see a part reused.
    stamp: u64,
}

/// The record's parts as last written for storage: see the module's notes.
#[derive(Default)]
pub struct StoredText {
    inventory: Option<Written<StrengthsInventory>>,
    /// In the record's order; a goal is compared with the one last written at its place.
    goals: Vec<Option<Written<Goal>>>,
    plan: Option<Written<WarningSignPlan>>,
    /// The stamp the next part written gets: never one given before.
    next_stamp: u64,
}

impl StoredText {
    /// Nothing written yet: the first write writes every part.
    pub fn new() -> Self {
        StoredText::default()
    }

    /// The record's text for storage: the same as [`super::to_storage_json`], with each part
    /// that has not changed since the last write taken from that write.
    pub fn write(&mut self, record: &Record) -> String {
        match self.join(record) {
            Ok(text) => text,
            // Never seen: every part is plain text and whole numbers, which serde_json always
            // writes. Nothing half kept is trusted again: the next write starts from nothing.
            Err(_) => {
                let next_stamp = self.next_stamp;
                *self = StoredText {
                    next_stamp,
                    ..StoredText::default()
                };
                super::to_storage_json(record)
            }
        }
    }

    /// Writes again the parts that changed, then joins every part's JSON into the record's
    /// text, as [`wire::Envelope`] writes it.
    fn join(&mut self, record: &Record) -> Result<String, serde_json::Error> {
        let mut stamps = self.next_stamp;
        let result = self.refresh(record, &mut stamps);
        self.next_stamp = stamps;
        result?;
        let inventory = written(&self.inventory)?;
        let plan = written(&self.plan)?;
        let goals: usize = self.goals.iter().flatten().map(|g| g.json.len() + 1).sum();
        let tail = tail(record)?;
        let mut text = head(record)?;
        text.reserve(inventory.len() + goals + plan.len() + tail.len() + 32);
        text.push_str(inventory);
        text.push_str(",\"goals\":[");
        for (n, goal) in self.goals.iter().enumerate() {
            if n > 0 {
                text.push(',');
            }
            text.push_str(written(goal)?);
        }
        text.push_str("],\"plan\":");
        text.push_str(plan);
        text.push_str(&tail);
        Ok(text)
    }

    fn refresh(&mut self, record: &Record, stamps: &mut u64) -> Result<(), serde_json::Error> {
        refresh(
            &mut self.inventory,
            &record.inventory,
            stamps,
            |inventory| serde_json::to_string(&wire::inventory_out(inventory)),
        )?;
        refresh(&mut self.plan, &record.plan, stamps, |plan| {
            serde_json::to_string(&wire::plan_out(plan))
        })?;
        let goals = &record.goals.goals;
        self.goals.resize_with(goals.len(), || None);
        for (slot, goal) in self.goals.iter_mut().zip(goals) {
            refresh(slot, goal, stamps, |goal| {
                serde_json::to_string(&wire::goal_out(goal))
            })?;
        }
        Ok(())
    }
}

/// The JSON a part was last written as (every part is, before the text is joined).
fn written<T>(slot: &Option<Written<T>>) -> Result<&str, serde_json::Error> {
    slot.as_ref()
        .map(|w| w.json.as_str())
        .ok_or_else(|| serde::ser::Error::custom("a part was not written"))
}

/// Writes `part` with `write` into `slot`, unless `slot` holds JSON made from an equal part.
fn refresh<T: Clone + PartialEq>(
    slot: &mut Option<Written<T>>,
    part: &T,
    stamps: &mut u64,
    write: impl FnOnce(&T) -> Result<String, serde_json::Error>,
) -> Result<(), serde_json::Error> {
    if slot.as_ref().is_some_and(|written| written.part == *part) {
        return Ok(());
    }
    let json = write(part)?;
    let stamp = *stamps;
    *stamps += 1;
    match slot {
        Some(written) => {
            written.part.clone_from(part);
            written.json = json;
            written.stamp = stamp;
        }
        None => {
            *slot = Some(Written {
                part: part.clone(),
                json,
                stamp,
            });
        }
    }
    Ok(())
}

/// `{"format":…,"schema_version":…,"created":…,"updated":…,"inventory":`, as
/// [`wire::Envelope`] writes it.
fn head(record: &Record) -> Result<String, serde_json::Error> {
    Ok(format!(
        "{{\"format\":{},\"schema_version\":{},\"created\":{},\"updated\":{},\"inventory\":",
        json(super::FORMAT_NAME)?,
        super::SCHEMA_VERSION,
        json(&record.created)?,
        json(&record.updated)?,
    ))
}

/// After the plan: `removed` and `journey` when they hold anything, as [`wire::Envelope`]
/// writes them, and the closing brace.
fn tail(record: &Record) -> Result<String, serde_json::Error> {
    let mut tail = String::new();
    if !record.removed.is_empty() {
        tail.push_str(",\"removed\":");
        tail.push_str(&json(&wire::removed_out(record))?);
    }
    if !record.journey.check_ins.is_empty() {
        tail.push_str(",\"journey\":");
        tail.push_str(&json(&wire::journey_out(record))?);
    }
    tail.push('}');
    Ok(tail)
}

fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::ItemId;
    use crate::inventory::Question;
    use crate::time::Timestamp;

    fn record_with_goals(n: usize) -> Record {
        let now = Timestamp::from_millis(1_764_000_000_000);
        let mut record = Record::new(now);
        for i in 0..n {
            let id = ItemId::new(format!("g{i}"));
            let _ = record.apply(now, |r| r.goals.add_goal(&format!("Goal {i}"), id, now));
        }
        let _ = record.apply(now, |r| {
            r.inventory.add_entry(
                "money",
                Question::HaveNow,
                "I pay my rent",
                ItemId::new("k1"),
                now,
            )
        });
        record
    }

    /// The stamp of goal `i`'s JSON: the same if it was not written again.
    fn goal_json(stored: &StoredText, i: usize) -> Option<u64> {
        stored.goals[i].as_ref().map(|w| w.stamp)
    }

    #[test]
    fn a_change_to_one_goal_writes_that_goal_again_and_reuses_the_rest() {
        let mut record = record_with_goals(3);
        let mut stored = StoredText::new();
        assert_eq!(
            stored.write(&record),
            super::super::to_storage_json(&record)
        );
        let (first, second) = (goal_json(&stored, 0), goal_json(&stored, 1));
        let later = Timestamp::from_millis(record.updated.millis() + 1000);
        let id = ItemId::new("g1");
        record
            .apply(later, |r| r.goals.set_why(&id, "Because it matters to me"))
            .unwrap();
        assert_eq!(
            stored.write(&record),
            super::super::to_storage_json(&record)
        );
        assert_eq!(
            goal_json(&stored, 0),
            first,
            "an unchanged goal is not written again"
        );
        assert_ne!(
            goal_json(&stored, 1),
            second,
            "the changed goal is written again"
        );
    }

    #[test]
    fn goals_removed_added_or_moved_are_written_in_their_new_places() {
        let mut record = record_with_goals(4);
        let mut stored = StoredText::new();
        stored.write(&record);
        let later = Timestamp::from_millis(record.updated.millis() + 1000);
        record.goals.goals.swap(0, 3);
        record.goals.goals.remove(1);
        record
            .apply(later, |r| {
                r.goals.add_goal("A new goal", ItemId::new("g9"), later)
            })
            .unwrap();
        assert_eq!(
            stored.write(&record),
            super::super::to_storage_json(&record)
        );
        record.goals.goals.clear();
        assert_eq!(
            stored.write(&record),
            super::super::to_storage_json(&record)
        );
    }
}
