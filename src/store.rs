//! The person's record on this page: one [`RecordStore`] per storage slot, shared by every
//! widget that uses the slot.
//!
//! Data flows one way: a view calls [`RecordStore::change`] with a core method, the store
//! saves the record through [`crate::storage`], and every view reading the record re-renders.

use crate::browser::{now, warn_web_team};
use crate::storage::{RecordSlot, StorageError, StorageMode};
use leptos::prelude::*;
use recovery_core::{format, merge, EditError, ImportError, Record, Removals, Timestamp};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Whether the person's answers are being kept, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Saved in `localStorage` after every change.
    Kept,
    /// Saved in `sessionStorage`: gone when the tab closes (the host chose this).
    KeptForSession,
    /// Kept in this page's memory only (the host chose this).
    MemoryOnly,
    /// The browser blocks storage; answers live in memory until the page closes.
    Unavailable,
    /// Storage is full; answers since then live in memory until the page closes.
    Full,
    /// The stored record was saved by a newer version of the widgets: it is left untouched,
    /// and answers here live in memory until the page closes.
    NewerElsewhere,
}

impl SaveStatus {
    fn when_saved(mode: StorageMode) -> Self {
        match mode {
            StorageMode::Local => SaveStatus::Kept,
            StorageMode::Session => SaveStatus::KeptForSession,
            StorageMode::Memory => SaveStatus::MemoryOnly,
        }
    }

    fn from_error(error: StorageError) -> Self {
        match error {
            StorageError::Unavailable => SaveStatus::Unavailable,
            StorageError::Full => SaveStatus::Full,
        }
    }
}

/// The shared, reactive record for one storage slot. A cheap `Copy` handle: its signals live
/// in a root owner of their own for the life of the page, not in any one widget.
#[derive(Clone, Copy)]
pub struct RecordStore {
    record: RwSignal<Record>,
    status: RwSignal<SaveStatus>,
    put_aside: RwSignal<Option<String>>,
    slot: StoredValue<RecordSlot>,
    /// What is typed in "add" boxes but not yet added, by box.
    drafts: StoredValue<BTreeMap<String, String>>,
    /// False when stored text could not be read nor kept safe: then nothing is written, so
    /// that text is never overwritten.
    may_write: bool,
}

thread_local! {
    static STORES: RefCell<Vec<(RecordSlot, Owner, RecordStore)>> = const { RefCell::new(Vec::new()) };
}

impl RecordStore {
    /// The store for a slot: the one already open on this page, or a newly opened one.
    pub fn for_slot(slot: RecordSlot) -> RecordStore {
        let open = STORES.with(|s| {
            s.borrow()
                .iter()
                .find(|(s, ..)| *s == slot)
                .map(|(.., store)| *store)
        });
        if let Some(store) = open {
            return store;
        }
        let owner = Owner::new_root(None);
        let store = owner.with(|| RecordStore::open(slot.clone()));
        STORES.with(|s| s.borrow_mut().push((slot, owner, store)));
        store
    }

    fn open(slot: RecordSlot) -> RecordStore {
        let started = now();
        let mode = slot.mode();
        let mut put_aside = None;
        let mut may_write = true;
        let (record, status) = match slot.load() {
            Ok(None) => (Record::new(started), SaveStatus::when_saved(mode)),
            Ok(Some(text)) => {
                match format::import_json(&text) {
                    Ok(record) => (record, SaveStatus::when_saved(mode)),
                    Err(error @ ImportError::NewerVersion { .. }) => {
                        // A newer bundle (another page of this site, or a cached copy) owns this
                        // record: never overwrite it with an older format.
                        warn_web_team(&format!("the stored record is from a newer version ({error}); it is left as it is"));
                        may_write = false;
                        (Record::new(started), SaveStatus::NewerElsewhere)
                    }
                    Err(error) => {
                        warn_web_team(&format!("the stored record could not be read ({error})"));
                        let status = match slot.put_aside(&text, &started.millis().to_string()) {
                            Ok(key) => {
                                warn_web_team(&format!("it was kept under the key {key:?}"));
                                SaveStatus::when_saved(mode)
                            }
                            Err(e) => {
                                may_write = false;
                                SaveStatus::from_error(e)
                            }
                        };
                        put_aside = Some(text);
                        (Record::new(started), status)
                    }
                }
            }
            Err(error) => (Record::new(started), SaveStatus::from_error(error)),
        };
        let drafts = slot
            .load_drafts()
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let record = RwSignal::new(record);
        let store = RecordStore {
            record,
            status: RwSignal::new(status),
            put_aside: RwSignal::new(put_aside),
            slot: StoredValue::new(slot.clone()),
            drafts: StoredValue::new(drafts),
            may_write,
        };
        if may_write {
            slot.on_saved_elsewhere(move |text| store.saved_elsewhere(&text));
        }
        store
    }

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
            .try_maybe_update(|record| {
                let result = record.apply(at, |record| edit(record, at));
                (result.is_ok(), result)
            })
            .unwrap_or(Err(EditError::NotFound));
        if result.is_ok() {
            self.save();
        }
        result
    }

    /// Replaces the whole record (after the person confirmed an import), then saves.
    pub fn replace(&self, record: Record) {
        self.record.set(record);
        self.save();
    }

    /// Brings a copy into the record (after the person chose to add it): nothing here is
    /// removed, and of two edits of one entry the newer is kept. Then saves.
    pub fn merge_in(&self, copy: &Record) {
        self.record
            .update(|record| *record = merge(record, copy, Removals::KeepAll));
        self.save();
    }

    /// Another tab of this browser saved the record: bring its changes in, so neither tab
    /// ever writes back over the other's words. If this tab had changes the other had not
    /// seen, the merged record is saved, and the other tab merges it in turn.
    fn saved_elsewhere(&self, text: &str) {
        let theirs = match format::import_json(text) {
            Ok(theirs) => theirs,
            Err(error) => {
                warn_web_team(&format!(
                    "another tab saved a record this page cannot read ({error})"
                ));
                return;
            }
        };
        let merged = self
            .record
            .with_untracked(|ours| merge(ours, &theirs, Removals::Follow));
        let ours_unseen = merged != theirs;
        if self.record.with_untracked(|ours| *ours != merged) {
            self.record.set(merged);
        }
        if ours_unseen {
            self.save();
        }
    }

    fn save(&self) {
        let status = if self.may_write {
            let text = self.record.with_untracked(format::to_storage_json);
            let saved = self.slot.with_value(|slot| slot.save(&text));
            crate::panic_note::keep_latest(text);
            match saved {
                Ok(()) => SaveStatus::when_saved(self.slot.with_value(RecordSlot::mode)),
                Err(error) => SaveStatus::from_error(error),
            }
        } else {
            self.status.get_untracked()
        };
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

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
        if changed != Some(true) || !self.may_write {
            return;
        }
        let saved = self.slot.with_value(|slot| {
            let mut stored: BTreeMap<String, String> = slot
                .load_drafts()
                .ok()
                .flatten()
                .and_then(|text| serde_json::from_str(&text).ok())
                .unwrap_or_default();
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

    /// Whether and where answers are being kept.
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Stored text that could not be read when the page opened, kept for the person.
    pub fn put_aside_text(&self) -> Option<String> {
        self.put_aside.get()
    }
}
