//! The shared, reactive record: reading it, changing it through a core method, and saving.

use super::lock_state::{Lock, Locking};
use super::save_status::SaveStatus;
use super::storage::RecordSlot;
use crate::browser::{now, warn_web_team};
use leptos::prelude::*;
use recovery_core::format::StoredText;
use recovery_core::{merge, EditError, Record, Removals, Timestamp};
use std::collections::BTreeMap;

/// The shared, reactive record for one storage slot. A cheap `Copy` handle: its signals live
/// in a root owner of their own for the life of the page, not in any one widget.
#[derive(Clone, Copy)]
pub struct RecordStore {
    pub(super) record: RwSignal<Record>,
    pub(super) status: RwSignal<SaveStatus>,
    pub(super) put_aside: RwSignal<Option<String>>,
    pub(super) slot: StoredValue<RecordSlot>,
    /// What is typed in "add" boxes but not yet added, by box.
    pub(super) drafts: StoredValue<BTreeMap<String, String>>,
    /// False when stored text could not be read nor kept safe, or was saved by a newer
    /// version: then nothing is written, so that text is never overwritten.
    pub(super) may_write: StoredValue<bool>,
    /// Saves made only to pass another tab's merge back, since this tab last changed
    /// anything. Bounded, so two tabs can never trade saves without end.
    pub(super) echoes: StoredValue<u8>,
    /// Whether a passcode is set, and whether this tab has opened the record with it.
    pub(super) lock: RwSignal<Lock>,
    /// This tab's key while the record is open, and what waits to be locked and written.
    pub(super) locking: StoredValue<Locking, LocalStorage>,
    /// The record's parts as last written, so a save turns only what changed into JSON.
    pub(super) stored_text: StoredValue<StoredText>,
}

impl RecordStore {
    /// Reads the record, subscribing the caller to changes.
    pub fn with<T>(&self, read: impl FnOnce(&Record) -> T) -> T {
        self.record.with(read)
    }

    /// Reads the record without subscribing.
    pub fn with_untracked<T>(&self, read: impl FnOnce(&Record) -> T) -> T {
        self.record.with_untracked(read)
    }

    /// Applies a change through a core method, then saves. A refused change leaves the
    /// record, and storage, as they were.
    pub fn change<T>(
        &self,
        edit: impl FnOnce(&mut Record, Timestamp) -> Result<T, EditError>,
    ) -> Result<T, EditError> {
        let at = now();
        let result = self
            .record
            .try_update_untracked(|record| record.apply(at, |record| edit(record, at)))
            .unwrap_or_else(|| {
                // The record is being read or changed already: a bug in the caller, not
                // something the person did.
                warn_web_team("a change came while the record was in use, and was not made");
                Err(EditError::NotFound)
            });
        if result.is_ok() {
            #[cfg(feature = "panic-on-purpose")]
            self.record
                .with_untracked(crate::panic_on_purpose::panic_if_asked);
            self.echoes.set_value(0);
            // Saved before the views hear of the change: telling them marks every reader of
            // the record (thousands of nodes in a large record), and the words should be safe
            // first.
            self.save();
            if self.lock.get_untracked() == Lock::Open {
                // Locking is asynchronous: the views hear of the change once it is written,
                // so redrawing them does not hold the save back.
                self.notify_when_written();
            } else {
                self.record.notify();
            }
        }
        result
    }

    /// Replaces the whole record (after the person confirmed an import), then saves. It is a
    /// change like any other: what it removes is noted as removed, and an entry it changes is
    /// marked as changed now, so another open tab follows it instead of undoing it. Entries
    /// new here keep the times they were written.
    pub fn replace(&self, copy: Record) {
        let _ = self.change(move |record, _| {
            let removed = std::mem::take(&mut record.removed);
            *record = copy;
            // A file never removes anything: only this record's own removals count.
            record.removed = removed;
            Ok(())
        });
    }

    /// Brings a copy into the record (after the person chose to add it): nothing here is
    /// removed, and of two edits of one entry the newer is kept. An entry the copy brings
    /// back after it was removed here is marked as newer than that removal, so another open
    /// tab keeps it too. Then saves.
    pub fn merge_in(&self, copy: &Record) {
        let _ = self.change(|record, _| {
            *record = merge(record, copy, Removals::KeepAll);
            Ok(())
        });
    }

    /// Saves the record, and says whether and where it is kept.
    pub(super) fn save(&self) {
        let text = self.text_to_store();
        let status = match self.lock.get_untracked() {
            // Nothing is written while locked: the record here is empty until it is opened.
            Lock::Locked => return,
            Lock::Open if self.may_write.get_value() => {
                self.save_locked(text.clone());
                self.status.get_untracked()
            }
            _ => self.save_plain(&text),
        };
        self.keep_for_panic_note(text);
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

    /// The record's text for storage. Only the parts that changed since the last save are
    /// turned into JSON again (`StoredText`); the text is the same as writing it whole.
    pub(super) fn text_to_store(&self) -> String {
        self.record.with_untracked(|record| {
            self.stored_text
                .try_update_value(|stored| stored.write(record))
                .unwrap_or_else(|| recovery_core::format::to_storage_json(record))
        })
    }

    fn save_plain(&self, text: &str) -> SaveStatus {
        if self.may_write.get_value() {
            match self.slot.with_value(|slot| slot.save(text)) {
                Ok(()) => SaveStatus::when_saved(self.slot.with_value(RecordSlot::mode)),
                Err(error) => SaveStatus::from_error(error),
            }
        } else {
            self.status.get_untracked()
        }
    }

    /// Keeps the record's text for the note shown if the bundle ever stops.
    pub(super) fn keep_for_panic_note(&self, record_json: String) {
        self.slot
            .with_value(|slot| crate::panic_note::keep_latest(slot.key(), record_json));
    }

    /// Whether the record is kept in the browser's storage (not in memory only): then a
    /// passcode can lock it.
    pub fn kept_on_device(&self) -> bool {
        self.slot.with_value(RecordSlot::mode) != super::storage::StorageMode::Memory
    }

    /// Whether and where answers are being kept.
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Stored text that could not be read when the page opened, kept for the person.
    pub fn put_aside_text(&self) -> Option<String> {
        self.put_aside.get()
    }
}
