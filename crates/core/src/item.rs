//! What makes an entry of a record the same entry in another copy: its key, and when it last
//! changed. Merging two copies ([`crate::merge()`]) and marking what one change touched
//! ([`crate::Record::apply`]) both match entries this way.

use crate::goals::{Goal, Step};
use crate::inventory::{ChosenQuality, Entry, Priority};
use crate::journey::CheckIn;
use crate::plan::PlanItem;
use crate::time::Timestamp;
use std::collections::BTreeMap;

/// Something in a record that keeps its identity across copies.
pub(crate) trait Item: Clone + PartialEq {
    /// What matches it with itself in another copy, and names it in [`crate::Record::removed`].
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
item!(CheckIn, id);

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

/// Each key's place in a list.
pub(crate) fn positions(keys: &[String]) -> BTreeMap<&str, usize> {
    let mut at = BTreeMap::new();
    for (i, key) in keys.iter().enumerate() {
        at.insert(key.as_str(), i);
    }
    at
}
