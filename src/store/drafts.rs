//! Drafts: what is typed in an "add" box and not yet added, kept beside the record so that a
//! reload never loses it.

use super::lock_state::Lock;
use super::record_store::RecordStore;
use super::save_status::SaveStatus;
use super::storage::RecordSlot;
use leptos::prelude::*;
use recovery_core::format::locked;
use std::collections::BTreeMap;

/// The unfinished "add" boxes kept for a slot (none if nothing can be read, or they are
/// locked with a passcode: they are read when the record is opened).
pub(super) fn stored_drafts(slot: &RecordSlot) -> BTreeMap<String, String> {
    slot.load_drafts()
        .ok()
        .flatten()
        .filter(|text| !locked::is_locked(text))
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

impl RecordStore {
    /// What was typed in an "add" box and not yet added.
    pub fn draft(&self, field: &str) -> String {
        self.drafts
            .with_value(|d| d.get(field).cloned())
            .unwrap_or_default()
    }

    /// Keeps what is typed in an "add" box (blank clears it), so a reload never loses it.
    ///
    /// Only this box's entry is written: the stored drafts are read first, so another tab's
    /// unfinished words in other boxes are kept. If they cannot be stored (storage full or
    /// blocked), the person is told, as for the record.
    pub fn set_draft(&self, field: &str, text: &str) {
        let changed = self.drafts.try_update_value(|d| {
            if text.is_empty() {
                d.remove(field).is_some()
            } else {
                d.insert(field.to_owned(), text.to_owned()).as_deref() != Some(text)
            }
        });
        if changed != Some(true) || !self.may_write.get_value() {
            return;
        }
        match self.lock.get_untracked() {
            Lock::NoPasscode => {}
            Lock::Open => return self.save_draft_locked(field, text),
            Lock::Locked => return,
        }
        let saved = self.slot.with_value(|slot| {
            let mut stored = stored_drafts(slot);
            if text.is_empty() {
                stored.remove(field);
            } else {
                stored.insert(field.to_owned(), text.to_owned());
            }
            slot.save_drafts(&serde_json::to_string(&stored).unwrap_or_default())
        });
        if let Err(error) = saved {
            self.status.set(SaveStatus::from_error(error));
        }
    }
}
