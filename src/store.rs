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

/// The record of the widget being rendered: every view reads and changes the person's record
/// through this store (the host provides it as context), as it reads its words through
/// [`crate::i18n::use_words`].
pub fn use_record() -> RecordStore {
    expect_context::<RecordStore>()
}

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
    /// False when stored text could not be read nor kept safe, or was saved by a newer
    /// version: then nothing is written, so that text is never overwritten.
    may_write: StoredValue<bool>,
    /// Saves made only to pass another tab's merge back, since this tab last changed
    /// anything. Bounded, so two tabs can never trade saves without end.
    echoes: StoredValue<u8>,
}

/// How many saves in a row a tab makes only to pass a merge back to another tab. Merging
/// settles in one (tested in core); the bound is a guard, not the mechanism.
const MAX_ECHOES: u8 = 3;

thread_local! {
    static STORES: RefCell<Vec<(RecordSlot, Owner, RecordStore)>> = const { RefCell::new(Vec::new()) };
}

/// Wipes every record kept in memory on the page (kiosk mode: the person finished, or walked
/// away): each starts a new, empty record, and unfinished "add" boxes are emptied. A kiosk
/// keeps records in memory only; a record kept in browser storage by another widget on the
/// page is never touched.
pub fn wipe_all_records() {
    let stores: Vec<RecordStore> = STORES.with(|s| {
        s.borrow()
            .iter()
            .filter(|(slot, ..)| slot.mode() == crate::storage::StorageMode::Memory)
            .map(|(.., store)| *store)
            .collect()
    });
    for store in stores {
        store.record.set(Record::new(now()));
        store.drafts.update_value(BTreeMap::clear);
        store.put_aside.set(None);
        store.keep_for_panic_note(String::new());
    }
}

/// The unfinished "add" boxes kept for a slot (none if nothing can be read).
fn stored_drafts(slot: &RecordSlot) -> BTreeMap<String, String> {
    slot.load_drafts()
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
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
                match format::read_stored(&text) {
                    Ok((record, _)) => {
                        // What the note offers if the bundle ever stops: the record as read.
                        // (Where it could not be read, the status note offers the text.)
                        if !record.is_empty() {
                            crate::panic_note::keep_latest(slot.key(), text);
                        }
                        (record, SaveStatus::when_saved(mode))
                    }
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
        let drafts = stored_drafts(&slot);
        let record = RwSignal::new(record);
        let store = RecordStore {
            record,
            status: RwSignal::new(status),
            put_aside: RwSignal::new(put_aside),
            slot: StoredValue::new(slot.clone()),
            drafts: StoredValue::new(drafts),
            may_write: StoredValue::new(may_write),
            echoes: StoredValue::new(0),
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
            self.record.notify();
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

    /// Another tab of this browser saved the record: bring its changes in, so neither tab
    /// ever writes back over the other's words. If this tab had changes the other had not
    /// seen, the merged record is saved, and the other tab merges it in turn.
    fn saved_elsewhere(&self, text: &str) {
        let (mut theirs, version) = match format::read_stored(text) {
            Ok(read) => read,
            Err(error @ ImportError::NewerVersion { .. }) => {
                // A newer bundle in another tab owns the record now: stop writing, so its
                // format is never overwritten with an older one.
                warn_web_team(&format!(
                    "another tab saved a newer version ({error}); this page stops saving"
                ));
                self.may_write.set_value(false);
                self.status.set(SaveStatus::NewerElsewhere);
                return;
            }
            Err(error) => {
                warn_web_team(&format!(
                    "another tab saved a record this page cannot read ({error})"
                ));
                return;
            }
        };
        if version < u64::from(format::SCHEMA_VERSION) {
            // An older bundle in another tab saved without the times merging relies on, so
            // which side changed an entry last cannot be told. Its save is kept whole beside
            // the record first; then what differs here is kept, what only it has is added,
            // and storage gets this version back.
            let kept = self
                .slot
                .with_value(|slot| slot.put_aside(text, &now().millis().to_string()));
            match kept {
                Ok(key) => warn_web_team(&format!(
                    "another tab saved with an older version; its save was kept under the key {key:?}"
                )),
                Err(_) => warn_web_team("another tab saved with an older version; its save could not be kept aside"),
            }
            theirs.forget_times_older_versions_lacked();
        }
        let merged = self
            .record
            .with_untracked(|ours| merge(ours, &theirs, Removals::Follow));
        let ours_unseen = merged != theirs || version < u64::from(format::SCHEMA_VERSION);
        if self.record.with_untracked(|ours| *ours != merged) {
            self.record.set(merged);
        }
        if !ours_unseen {
            // The tabs agree: nothing to pass back, and the guard starts over.
            self.echoes.set_value(0);
            self.keep_for_panic_note(text.to_owned());
        } else if self.echoes.get_value() < MAX_ECHOES {
            self.echoes.update_value(|n| *n += 1);
            self.save();
        } else {
            self.keep_for_panic_note(self.record.with_untracked(format::to_storage_json));
        }
    }

    fn save(&self) {
        let text = self.record.with_untracked(format::to_storage_json);
        let status = if self.may_write.get_value() {
            match self.slot.with_value(|slot| slot.save(&text)) {
                Ok(()) => SaveStatus::when_saved(self.slot.with_value(RecordSlot::mode)),
                Err(error) => SaveStatus::from_error(error),
            }
        } else {
            self.status.get_untracked()
        };
        self.keep_for_panic_note(text);
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

    /// Keeps the record's text for the note shown if the bundle ever stops.
    fn keep_for_panic_note(&self, record_json: String) {
        self.slot
            .with_value(|slot| crate::panic_note::keep_latest(slot.key(), record_json));
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
        if changed != Some(true) || !self.may_write.get_value() {
            return;
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

    /// Whether and where answers are being kept.
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// Stored text that could not be read when the page opened, kept for the person.
    pub fn put_aside_text(&self) -> Option<String> {
        self.put_aside.get()
    }
}
