//! Opening a record: one store per storage slot on the page, read from storage once.

use super::drafts::stored_drafts;
use super::lock_state::{Lock, Locking};
use super::record_store::RecordStore;
use super::save_status::SaveStatus;
use super::storage::{RecordSlot, StorageMode};
use crate::browser::{now, warn_web_team};
use leptos::prelude::*;
use recovery_core::format::{locked, StoredText};
use recovery_core::{format, ImportError, Record};
use std::cell::RefCell;
use std::collections::BTreeMap;

// Page-wide, because every widget on the page with the same storage and namespace shares one
// record: the first opens it, the rest find it here.
thread_local! {
    /// Every store open on the page, with its slot and the root owner its signals live in.
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
            .filter(|(slot, ..)| slot.mode() == StorageMode::Memory)
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

    /// Opens a slot: reads what is stored there, keeps text it cannot read safe beside it,
    /// and follows other tabs that save it.
    fn open(slot: RecordSlot) -> RecordStore {
        let started = now();
        let mode = slot.mode();
        let mut put_aside = None;
        let mut may_write = true;
        let mut lock = Lock::NoPasscode;
        let (record, status) = match slot.load() {
            Ok(None) => (Record::new(started), SaveStatus::when_saved(mode)),
            // Locked with a passcode: opened in this tab when the person types it.
            Ok(Some(text)) if locked::is_locked(&text) => {
                lock = Lock::Locked;
                (Record::new(started), SaveStatus::when_saved(mode))
            }
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
            lock: RwSignal::new(lock),
            locking: StoredValue::new_local(Locking::default()),
            stored_text: StoredValue::new(StoredText::new()),
        };
        if may_write {
            slot.on_saved_elsewhere(move |text| store.follow_elsewhere(text));
            slot.on_locked_elsewhere(move || {
                if store.lock.get_untracked() == Lock::Open {
                    store.lock_here(false);
                }
            });
            if mode != StorageMode::Memory {
                super::lock_watch::watch_idle(store);
            }
        }
        store
    }
}
