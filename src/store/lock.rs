//! A passcode the person sets: the record, its drafts and any text set aside are stored
//! locked (`format::locked`), and each tab opens them with the passcode.
//!
//! Locking is asynchronous (WebCrypto), so saves while a passcode is set go through one queue
//! per tab: the newest record text and the drafts' changes wait there, and one task locks and
//! writes them in order. Each write replaces a whole key, so a reload at any moment finds the
//! record as it was or as it is; a newer text waiting never lets an older one be written after
//! it. The key lives in this tab's memory only, and is forgotten when the tab locks.

use super::lock_state::Lock;
use super::passcode_key::{CryptoError, PasscodeKey};
use super::record_store::RecordStore;
use super::save_status::SaveStatus;
use super::storage::RecordSlot;
use crate::browser::{now, warn_web_team};
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::locked::{self, Holds, LockedEnvelope};
use recovery_core::{format, Record};
use std::collections::BTreeMap;

/// Why setting, using or removing a passcode did not work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasscodeProblem {
    /// The passcode did not open the record.
    Wrong,
    /// This browser offers no WebCrypto here, or storage cannot be reached.
    Unavailable,
    /// The stored record could not be read once opened, or was locked by a newer version.
    CannotRead,
}

impl From<CryptoError> for PasscodeProblem {
    fn from(error: CryptoError) -> Self {
        match error {
            CryptoError::WrongPasscode => PasscodeProblem::Wrong,
            CryptoError::Unavailable => PasscodeProblem::Unavailable,
        }
    }
}

enum Job {
    Record(String),
    Drafts(BTreeMap<String, Option<String>>),
}

impl RecordStore {
    /// Whether a passcode is set, and whether this tab has opened the record.
    pub fn lock(&self) -> Lock {
        self.lock.get()
    }

    /// Sets a passcode: from now on everything stored for this record is locked with it.
    /// Only with no passcode set, and never on a kiosk (memory only: nothing to lock).
    pub async fn set_passcode(&self, passcode: &str) -> Result<(), PasscodeProblem> {
        if self.lock.get_untracked() != Lock::NoPasscode {
            return Err(PasscodeProblem::Unavailable);
        }
        let key = PasscodeKey::new_passcode(passcode).await?;
        // Another tab may have set a passcode while the key was made: this tab is then locked,
        // its record emptied, and saving it now would write nothing over everything.
        if self.lock.get_untracked() != Lock::NoPasscode {
            return Err(PasscodeProblem::Unavailable);
        }
        // From here on nothing awaits until the queue holds everything: no keystroke can be
        // written in plain text after this, nor before the record it belongs to.
        let stored = self
            .slot
            .with_value(|slot| slot.stored_beside())
            .map_err(|_| PasscodeProblem::Unavailable)?;
        let plan = self
            .slot
            .with_value(|slot| locked::plan_locking(slot.key(), &stored));
        self.locking.update_value(|l| {
            l.key = Some(key.clone());
            l.setting += 1;
        });
        self.lock.set(Lock::Open);
        if let Err(error) = self.slot.with_value(|slot| slot.forget_passcode_removed()) {
            warn_web_team(&format!(
                "an old note of a removed passcode stays ({error:?})"
            ));
        }
        // The record as it is here (what storage holds, or newer), then the drafts.
        self.save();
        self.queue(Job::Drafts(BTreeMap::new()));
        self.relock_plain_set_aside(&key, plan);
        Ok(())
    }

    /// Locks every plain text set aside beside the record, as `plan` lists them.
    fn relock_plain_set_aside(&self, key: &PasscodeKey, plan: Vec<locked::ToLock>) {
        let setting = self.locking.with_value(|l| l.setting);
        for item in plan.into_iter().filter(|i| i.holds == Holds::SetAside) {
            self.relock_set_aside(key.clone(), setting, item.key, item.plain);
        }
    }

    /// Opens the record in this tab with the passcode.
    pub async fn unlock(&self, passcode: &str) -> Result<(), PasscodeProblem> {
        let text = match self.slot.with_value(|slot| slot.load()) {
            Ok(Some(text)) => text,
            // Another tab started again: nothing is locked any more.
            Ok(None) => {
                self.lock.set(Lock::NoPasscode);
                return Ok(());
            }
            Err(_) => return Err(PasscodeProblem::Unavailable),
        };
        if !locked::is_locked(&text) {
            // The passcode was removed in another tab meanwhile.
            self.follow_elsewhere(text);
            return Ok(());
        }
        let envelope = LockedEnvelope::from_json(&text).map_err(|error| {
            warn_web_team(&format!(
                "the locked record cannot be opened here ({error})"
            ));
            PasscodeProblem::CannotRead
        })?;
        let key = PasscodeKey::for_envelope(passcode, &envelope).await?;
        let plain = key.open(&envelope).await?;
        let (record, _) = format::read_stored(&plain).map_err(|error| {
            warn_web_team(&format!("the opened record could not be read ({error})"));
            PasscodeProblem::CannotRead
        })?;
        let drafts = self.stored_drafts_with(&key).await.unwrap_or_default();
        if self.lock.get_untracked() != Lock::Locked {
            return Ok(());
        }
        self.locking.update_value(|l| l.key = Some(key));
        self.drafts.set_value(drafts);
        self.record.set(record);
        self.keep_for_panic_note(plain);
        self.lock.set(Lock::Open);
        // Another tab may have saved while the key was being made.
        let latest = self.slot.with_value(|slot| slot.load());
        if let Ok(Some(latest)) = latest {
            if latest != text {
                self.follow_elsewhere(latest);
            }
        }
        Ok(())
    }

    /// Locks the record in this tab and every other tab of it: the words leave this page's
    /// memory, and the key is forgotten. What is waiting to be written still is.
    pub fn lock_now(&self) {
        if self.lock.get_untracked() != Lock::Open {
            return;
        }
        self.lock_here(false);
        let told = self
            .slot
            .with_value(|slot| slot.tell_other_tabs_to_lock(&now().millis().to_string()));
        if told.is_err() {
            warn_web_team("other tabs could not be told to lock");
        }
    }

    /// Locks this tab only. `forget_waiting` drops texts waiting to be written (the
    /// passcode was changed elsewhere: they would be locked with the old one).
    pub(super) fn lock_here(&self, forget_waiting: bool) {
        self.locking.update_value(|l| {
            l.key = None;
            if forget_waiting {
                l.setting += 1;
            }
        });
        self.lock.set(Lock::Locked);
        self.record.set(Record::new(now()));
        self.drafts.update_value(BTreeMap::clear);
        self.put_aside.set(None);
        self.keep_for_panic_note(String::new());
    }

    /// Changes the passcode: everything stored is locked again with the new one.
    pub async fn change_passcode(&self, passcode: &str) -> Result<(), PasscodeProblem> {
        let Some(old) = self.locking.with_value(|l| l.key.clone()) else {
            return Err(PasscodeProblem::Unavailable);
        };
        let key = PasscodeKey::new_passcode(passcode).await?;
        // The stored drafts are locked with the old passcode: open them with it, so the words
        // other tabs left in their "add" boxes are written again under the new one too.
        let stored_drafts = self.stored_drafts_with(&old).await.unwrap_or_default();
        if self.lock.get_untracked() != Lock::Open {
            return Err(PasscodeProblem::Unavailable);
        }
        let stored = self
            .slot
            .with_value(|slot| slot.stored_beside())
            .map_err(|_| PasscodeProblem::Unavailable)?;
        self.locking.update_value(|l| {
            l.key = Some(key.clone());
            l.setting += 1;
        });
        self.save();
        let drafts = self
            .drafts
            .with_value(|mine| with_mine(stored_drafts, mine));
        self.queue(Job::Drafts(
            drafts.into_iter().map(|(k, v)| (k, Some(v))).collect(),
        ));
        let record_key = self.slot.with_value(|slot| slot.key().to_owned());
        let setting = self.locking.with_value(|l| l.setting);
        for (at, text) in stored {
            if locked::holds_at(&record_key, &at) != Some(Holds::SetAside) {
                continue;
            }
            let (old, key, store) = (old.clone(), key.clone(), *self);
            spawn_local(async move {
                if let Some(plain) = store.open_set_aside(&old, &text).await {
                    store.relock_set_aside(key, setting, at, plain);
                }
            });
        }
        Ok(())
    }

    /// Removes the passcode: everything is stored as it is again.
    pub fn remove_passcode(&self) {
        let Some(old) = self.locking.with_value(|l| l.key.clone()) else {
            return;
        };
        if self.lock.get_untracked() != Lock::Open {
            return;
        }
        self.locking.update_value(|l| {
            l.key = None;
            l.setting += 1;
            l.record = None;
            l.drafts = None;
        });
        self.lock.set(Lock::NoPasscode);
        // Before the plain record: a tab that sees it then knows the passcode was removed.
        self.note_passcode_removed();
        self.save();
        // The stored drafts, other tabs' words included, are opened with the old passcode and
        // written as they are, with this tab's.
        let store = *self;
        let old_key = old.clone();
        spawn_local(async move {
            let stored_drafts = store.stored_drafts_with(&old_key).await.unwrap_or_default();
            let drafts = store
                .drafts
                .with_value(|mine| with_mine(stored_drafts, mine));
            let text = serde_json::to_string(&drafts).unwrap_or_default();
            if let Err(error) = store.slot.with_value(|slot| slot.save_drafts(&text)) {
                store.status.set(SaveStatus::from_error(error));
            }
        });
        let record_key = self.slot.with_value(|slot| slot.key().to_owned());
        let stored = self
            .slot
            .with_value(|slot| slot.stored_beside())
            .unwrap_or_default();
        for (at, text) in stored {
            if locked::holds_at(&record_key, &at) != Some(Holds::SetAside) {
                continue;
            }
            let (old, store) = (old.clone(), *self);
            spawn_local(async move {
                if let Some(plain) = store.open_set_aside(&old, &text).await {
                    let _ = store.slot.with_value(|slot| slot.save_beside(&at, &plain));
                }
            });
        }
    }

    /// A copy of the record to keep, locked with this tab's key: the usual export file,
    /// encrypted. It opens with the passcode (see [`open_locked_copy`]).
    pub async fn locked_export(&self) -> Result<String, PasscodeProblem> {
        let key = self
            .locking
            .with_value(|l| l.key.clone())
            .ok_or(PasscodeProblem::Unavailable)?;
        let json = self.record.with_untracked(format::export_json);
        Ok(key.lock(Holds::Record, &json).await?)
    }

    /// The record as stored, locked: what "save the locked copy" downloads before starting
    /// again. It opens with the passcode alone.
    pub fn locked_copy(&self) -> Option<String> {
        let text = self.slot.with_value(|slot| slot.load()).ok().flatten()?;
        locked::is_locked(&text).then_some(text)
    }

    /// Starts again after a forgotten passcode, once the person confirmed: every locked text
    /// kept for this record (the record, its drafts, what was set aside) is removed, and the
    /// record here starts empty with no passcode.
    pub fn start_again(&self) {
        if self.lock.get_untracked() != Lock::Locked {
            return;
        }
        let record_key = self.slot.with_value(|slot| slot.key().to_owned());
        let stored = self
            .slot
            .with_value(|slot| slot.stored_beside())
            .unwrap_or_default();
        for (at, text) in stored {
            if locked::holds_at(&record_key, &at).is_some() && locked::is_locked(&text) {
                if let Err(error) = self.slot.with_value(|slot| slot.remove_beside(&at)) {
                    warn_web_team(&format!("a locked text could not be removed ({error:?})"));
                }
            }
        }
        self.note_passcode_removed();
        self.locking.update_value(|l| l.setting += 1);
        self.record.set(Record::new(now()));
        self.lock.set(Lock::NoPasscode);
    }

    fn note_passcode_removed(&self) {
        let noted = self
            .slot
            .with_value(|slot| slot.note_passcode_removed(&now().millis().to_string()));
        if let Err(error) = noted {
            warn_web_team(&format!(
                "the passcode's removal could not be noted ({error:?})"
            ));
        }
    }

    /// Another tab saved the record: follow it, locked or not.
    pub(super) fn follow_elsewhere(&self, text: String) {
        let is_locked = locked::is_locked(&text);
        match (self.lock.get_untracked(), is_locked) {
            (Lock::NoPasscode, false) => self.saved_elsewhere(&text),
            // A passcode was set in another tab: this tab locks too.
            (Lock::NoPasscode, true) => self.lock_here(true),
            (Lock::Locked, true) => {}
            // The passcode was removed in another tab.
            (Lock::Locked, false) if self.slot.with_value(RecordSlot::passcode_removed) => {
                self.lock.set(Lock::NoPasscode);
                self.saved_elsewhere(&text);
            }
            // A plain save by a page that does not know the passcode (an older version of
            // this page in another tab): not a removal. Locked here, this tab cannot open it.
            (Lock::Locked, false) => {
                warn_web_team("a page that does not know the passcode saved the record in plain text; this tab stays locked");
            }
            // The same, with the record open here: what it saved is merged in and stored
            // locked again, with anything it set aside.
            (Lock::Open, false) if !self.slot.with_value(RecordSlot::passcode_removed) => {
                warn_web_team("a page that does not know the passcode saved the record in plain text; it is merged in and locked again");
                self.saved_elsewhere(&text);
                self.save();
                if let Some(key) = self.locking.with_value(|l| l.key.clone()) {
                    let plan = self.slot.with_value(|slot| {
                        slot.stored_beside()
                            .map(|stored| locked::plan_locking(slot.key(), &stored))
                            .unwrap_or_default()
                    });
                    self.relock_plain_set_aside(&key, plan);
                }
            }
            (Lock::Open, false) => {
                self.locking.update_value(|l| {
                    l.key = None;
                    l.setting += 1;
                });
                self.lock.set(Lock::NoPasscode);
                self.saved_elsewhere(&text);
            }
            (Lock::Open, true) => {
                let key = self.locking.with_value(|l| l.key.clone());
                let envelope = LockedEnvelope::from_json(&text).ok();
                match (key, envelope) {
                    (Some(key), Some(envelope)) if key.fits(&envelope) => {
                        let store = *self;
                        spawn_local(async move {
                            match key.open(&envelope).await {
                                Ok(plain) if store.lock.get_untracked() == Lock::Open => {
                                    store.saved_elsewhere(&plain);
                                }
                                Ok(_) => {}
                                Err(_) => warn_web_team(
                                    "another tab saved a locked record this tab cannot open",
                                ),
                            }
                        });
                    }
                    // The passcode was changed in another tab: this tab asks for the new one.
                    _ => self.lock_here(true),
                }
            }
        }
    }

    /// Writes the record's text while a passcode is set: locked, in turn.
    pub(super) fn save_locked(&self, text: String) {
        self.queue(Job::Record(text));
    }

    /// Keeps one "add" box's words while a passcode is set: locked, in turn.
    pub(super) fn save_draft_locked(&self, field: &str, text: &str) {
        let change = (!text.is_empty()).then(|| text.to_owned());
        self.locking.update_value(|l| {
            l.drafts
                .get_or_insert_with(BTreeMap::new)
                .insert(field.to_owned(), change);
        });
        self.start_writing();
    }

    /// Tells the views of a change once the record waiting now is written (or could not be).
    pub(super) fn notify_when_written(&self) {
        let waiting = self
            .locking
            .try_update_value(|l| {
                l.notify = true;
                l.busy
            })
            .unwrap_or(false);
        if !waiting {
            self.tell_views();
        }
    }

    fn tell_views(&self) {
        let pending = self
            .locking
            .try_update_value(|l| std::mem::take(&mut l.notify))
            .unwrap_or(false);
        if pending {
            self.record.notify();
        }
    }

    fn queue(&self, job: Job) {
        self.locking.update_value(|l| match job {
            Job::Record(text) => l.record = Some(text),
            Job::Drafts(changes) => l.drafts.get_or_insert_with(BTreeMap::new).extend(changes),
        });
        self.start_writing();
    }

    fn start_writing(&self) {
        let start = self
            .locking
            .try_update_value(|l| !std::mem::replace(&mut l.busy, true))
            .unwrap_or(false);
        if start {
            let store = *self;
            spawn_local(async move { store.write_in_turn().await });
        }
    }

    /// Locks and writes what waits, one text at a time, the newest record first.
    async fn write_in_turn(&self) {
        let (mut setting, mut key) = self.locking.with_value(|l| (l.setting, l.key.clone()));
        loop {
            let next = self.locking.try_update_value(|l| {
                if l.setting != setting {
                    setting = l.setting;
                    key = l.key.clone();
                }
                let job = if key.is_none() {
                    None
                } else if let Some(text) = l.record.take() {
                    Some(Job::Record(text))
                } else {
                    l.drafts.take().map(Job::Drafts)
                };
                if job.is_none() {
                    l.record = None;
                    l.drafts = None;
                    l.busy = false;
                }
                job
            });
            let (Some(Some(job)), Some(key)) = (next, key.clone()) else {
                self.tell_views();
                return;
            };
            let written = match job {
                Job::Record(text) => {
                    let written = match key.lock_in_js(Holds::Record, &text).await {
                        Ok(sealed) if self.still(setting) => self
                            .slot
                            .with_value(|slot| slot.save_js(&sealed))
                            .map_err(Some),
                        Ok(_) => Ok(()),
                        Err(_) => Err(None),
                    };
                    self.tell_views();
                    written
                }
                Job::Drafts(changes) => {
                    let mut drafts = match self.stored_drafts_with(&key).await {
                        Some(drafts) => drafts,
                        None => self.drafts.get_value(),
                    };
                    for (field, text) in changes {
                        match text {
                            Some(text) => drafts.insert(field, text),
                            None => drafts.remove(&field),
                        };
                    }
                    let plain = serde_json::to_string(&drafts).unwrap_or_default();
                    match key.lock(Holds::Drafts, &plain).await {
                        Ok(sealed) if self.still(setting) => self
                            .slot
                            .with_value(|slot| slot.save_drafts(&sealed))
                            .map_err(Some),
                        Ok(_) => Ok(()),
                        Err(_) => Err(None),
                    }
                }
            };
            match written {
                Ok(()) => {}
                Err(Some(error)) => self.status.set(SaveStatus::from_error(error)),
                Err(None) => {
                    warn_web_team("a save could not be locked; the words are kept in this page");
                    self.status.set(SaveStatus::Unavailable);
                }
            }
        }
    }

    fn still(&self, setting: u32) -> bool {
        self.locking.with_value(|l| l.setting == setting)
    }

    /// The stored drafts, opened with `key` if they are locked; `None` if they cannot be
    /// read (locked with another passcode, or damaged).
    async fn stored_drafts_with(&self, key: &PasscodeKey) -> Option<BTreeMap<String, String>> {
        let text = self.slot.with_value(|slot| slot.load_drafts()).ok()?;
        let Some(text) = text else {
            return Some(BTreeMap::new());
        };
        let plain = if locked::is_locked(&text) {
            let envelope = LockedEnvelope::from_json(&text).ok()?;
            key.open(&envelope).await.ok()?
        } else {
            text
        };
        serde_json::from_str(&plain).ok()
    }

    async fn open_set_aside(&self, key: &PasscodeKey, text: &str) -> Option<String> {
        let envelope = LockedEnvelope::from_json(text).ok()?;
        key.open(&envelope).await.ok()
    }

    /// Locks text set aside with `key` and writes it back, unless the passcode's setting
    /// changed meanwhile.
    fn relock_set_aside(&self, key: PasscodeKey, setting: u32, at: String, plain: String) {
        let store = *self;
        spawn_local(async move {
            let Ok(sealed) = key.lock(Holds::SetAside, &plain).await else {
                return;
            };
            if store.still(setting) {
                let _ = store.slot.with_value(|slot| slot.save_beside(&at, &sealed));
            }
        });
    }
}

/// Opens a locked copy of a record (a file the person chose) with its passcode, and gives
/// the record file inside, to be read and previewed like any other.
pub async fn open_locked_copy(text: &str, passcode: &str) -> Result<String, PasscodeProblem> {
    let envelope = LockedEnvelope::from_json(text).map_err(|error| {
        warn_web_team(&format!("a locked copy cannot be opened here ({error})"));
        PasscodeProblem::CannotRead
    })?;
    if envelope.holds != Holds::Record {
        return Err(PasscodeProblem::CannotRead);
    }
    let key = PasscodeKey::for_envelope(passcode, &envelope).await?;
    Ok(key.open(&envelope).await?)
}

/// Stored drafts with this tab's own on top: a box typed in here has its words from here.
fn with_mine(
    mut stored: BTreeMap<String, String>,
    mine: &BTreeMap<String, String>,
) -> BTreeMap<String, String> {
    stored.extend(mine.iter().map(|(k, v)| (k.clone(), v.clone())));
    stored
}
