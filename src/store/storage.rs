//! The only code in the bundle that touches browser storage.
//!
//! A record lives in one [`RecordSlot`]: a key in `localStorage` or `sessionStorage`, or
//! nowhere (memory mode, where the page itself holds the record and this module stores
//! nothing). Every failure is a [`StorageError`] the caller can show calmly; nothing here
//! panics, and nothing here deletes a stored record except [`RecordSlot::remove_beside`], for
//! a person who forgot their passcode and confirmed they want to start again.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Where the host asked for the record to be kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageMode {
    /// `localStorage`: kept on this device until the person clears it.
    Local,
    /// `sessionStorage`: kept until the tab closes.
    Session,
    /// Nowhere but this page's memory: gone when the page closes.
    Memory,
}

impl StorageMode {
    /// Reads the `storage` attribute's value.
    pub fn from_attribute(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "local" => Some(StorageMode::Local),
            "session" => Some(StorageMode::Session),
            "memory" => Some(StorageMode::Memory),
            _ => None,
        }
    }
}

/// Why storage could not be read or written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser blocks storage here (private mode, settings, a sandboxed frame).
    Unavailable,
    /// Storage is full (`QuotaExceededError`).
    Full,
}

/// One record's place in browser storage.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecordSlot {
    mode: StorageMode,
    key: String,
}

impl RecordSlot {
    /// The slot for a namespace. Two services on one domain use different namespaces so they
    /// never share a record.
    pub fn new(mode: StorageMode, namespace: &str) -> Self {
        RecordSlot {
            mode,
            key: format!("recovery-widgets:{namespace}:record"),
        }
    }

    /// The storage mode.
    pub fn mode(&self) -> StorageMode {
        self.mode
    }

    /// The slot's storage key (in memory mode, only a name for it).
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The stored text, if any. Memory mode always has none.
    pub fn load(&self) -> Result<Option<String>, StorageError> {
        match self.web_storage()? {
            Some(storage) => storage.get_item(&self.key).map_err(classify),
            None => Ok(None),
        }
    }

    /// Stores the text, replacing what was there. In memory mode this does nothing.
    pub fn save(&self, text: &str) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage.set_item(&self.key, text).map_err(classify),
            None => Ok(()),
        }
    }

    /// Stores a text already held as a JavaScript string (a locked record), replacing what
    /// was there, without copying it through the bundle. In memory mode this does nothing.
    pub fn save_js(&self, text: &js_sys::JsString) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => {
                let set_item: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
                    .and_then(|f| f.dyn_into())
                    .map_err(classify)?;
                set_item
                    .call2(&storage, &JsValue::from_str(&self.key), text)
                    .map(|_| ())
                    .map_err(classify)
            }
            None => Ok(()),
        }
    }

    /// The text of unfinished "add" boxes, stored beside the record so a reload never loses
    /// what was typed there. Memory mode has none.
    pub fn load_drafts(&self) -> Result<Option<String>, StorageError> {
        match self.web_storage()? {
            Some(storage) => storage.get_item(&self.drafts_key()).map_err(classify),
            None => Ok(None),
        }
    }

    /// Stores the unfinished boxes' text (memory mode: nothing).
    pub fn save_drafts(&self, text: &str) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage.set_item(&self.drafts_key(), text).map_err(classify),
            None => Ok(()),
        }
    }

    fn drafts_key(&self) -> String {
        format!("{}:drafts", self.key)
    }

    /// The language the person chose, kept beside the record (memory mode: none).
    pub fn load_language(&self) -> Result<Option<String>, StorageError> {
        match self.web_storage()? {
            Some(storage) => storage.get_item(&self.language_key()).map_err(classify),
            None => Ok(None),
        }
    }

    /// Keeps the language the person chose (memory mode: nothing).
    pub fn save_language(&self, tag: &str) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage
                .set_item(&self.language_key(), tag)
                .map_err(classify),
            None => Ok(()),
        }
    }

    fn language_key(&self) -> String {
        format!("{}:language", self.key)
    }

    /// Keeps unreadable stored text under a recovery key beside the record, so it is never
    /// lost, and returns that key.
    pub fn put_aside(&self, text: &str, stamp: &str) -> Result<String, StorageError> {
        let key = format!("{}:unreadable:{stamp}", self.key);
        if let Some(storage) = self.web_storage()? {
            storage.set_item(&key, text).map_err(classify)?;
        }
        Ok(key)
    }

    /// Every key stored beside the record under its name (the record's own key included),
    /// with its text: what setting or removing a passcode rewrites. Memory mode has none.
    pub fn stored_beside(&self) -> Result<Vec<(String, String)>, StorageError> {
        let Some(storage) = self.web_storage()? else {
            return Ok(Vec::new());
        };
        let count = storage.length().map_err(classify)?;
        let mut found = Vec::new();
        for index in 0..count {
            let Some(key) = storage.key(index).map_err(classify)? else {
                continue;
            };
            if key.starts_with(&self.key) {
                if let Some(text) = storage.get_item(&key).map_err(classify)? {
                    found.push((key, text));
                }
            }
        }
        Ok(found)
    }

    /// Replaces the text of a key beside the record (one [`RecordSlot::stored_beside`]
    /// found). A key outside the record's name is refused.
    pub fn save_beside(&self, key: &str, text: &str) -> Result<(), StorageError> {
        if !key.starts_with(&self.key) {
            return Err(StorageError::Unavailable);
        }
        match self.web_storage()? {
            Some(storage) => storage.set_item(key, text).map_err(classify),
            None => Ok(()),
        }
    }

    /// Removes a key beside the record (one [`RecordSlot::stored_beside`] found): only for
    /// "start again" with a forgotten passcode, after the person confirmed it.
    pub fn remove_beside(&self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(&self.key) {
            return Err(StorageError::Unavailable);
        }
        match self.web_storage()? {
            Some(storage) => storage.remove_item(key).map_err(classify),
            None => Ok(()),
        }
    }

    /// Tells the page's other tabs to lock (they hear it in [`RecordSlot::on_locked_elsewhere`]):
    /// the time, which holds nothing personal, under `<record key>:locked-at`.
    pub fn tell_other_tabs_to_lock(&self, stamp: &str) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage
                .set_item(&format!("{}:locked-at", self.key), stamp)
                .map_err(classify),
            None => Ok(()),
        }
    }

    /// Notes that the person removed the passcode (or started again without it), so that
    /// other tabs can tell a removal from a plain save by a page that does not know the
    /// passcode (an older version of this page, open in another tab). Nothing personal.
    pub fn note_passcode_removed(&self, stamp: &str) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage
                .set_item(&self.passcode_removed_key(), stamp)
                .map_err(classify),
            None => Ok(()),
        }
    }

    /// Whether the passcode was removed (see [`RecordSlot::note_passcode_removed`]).
    pub fn passcode_removed(&self) -> bool {
        self.web_storage()
            .ok()
            .flatten()
            .and_then(|storage| {
                storage
                    .get_item(&self.passcode_removed_key())
                    .ok()
                    .flatten()
            })
            .is_some()
    }

    /// Forgets the note when a passcode is set again.
    pub fn forget_passcode_removed(&self) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage
                .remove_item(&self.passcode_removed_key())
                .map_err(classify),
            None => Ok(()),
        }
    }

    fn passcode_removed_key(&self) -> String {
        format!("{}:passcode-removed", self.key)
    }

    /// How many minutes left alone before the record locks again, as the person chose
    /// (nothing personal; kept beside the record).
    pub fn load_lock_after(&self) -> Option<u32> {
        let storage = self.web_storage().ok().flatten()?;
        let text = storage.get_item(&self.lock_after_key()).ok().flatten()?;
        text.parse().ok()
    }

    /// Keeps the minutes before the record locks again.
    pub fn save_lock_after(&self, minutes: u32) -> Result<(), StorageError> {
        match self.web_storage()? {
            Some(storage) => storage
                .set_item(&self.lock_after_key(), &minutes.to_string())
                .map_err(classify),
            None => Ok(()),
        }
    }

    fn lock_after_key(&self) -> String {
        format!("{}:lock-after", self.key)
    }

    /// Calls `locked` whenever another tab of this browser locks this record.
    pub fn on_locked_elsewhere(&self, locked: impl Fn() + 'static) {
        let key = format!("{}:locked-at", self.key);
        self.on_key_saved_elsewhere(key, move |_| locked());
    }

    /// Calls `changed` with the new text whenever another tab of this browser saves this slot,
    /// for as long as the page lives. Memory mode has no other tabs to hear from.
    pub fn on_saved_elsewhere(&self, changed: impl Fn(String) + 'static) {
        self.on_key_saved_elsewhere(self.key.clone(), changed);
    }

    fn on_key_saved_elsewhere(&self, key: String, changed: impl Fn(String) + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        // Memory mode has no storage, and storage that cannot be reached has no saves to hear.
        let Ok(Some(area)) = self.web_storage() else {
            return;
        };
        let listener =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                // Every tab hears every `localStorage` save under any key: a page keeping its
                // record in `sessionStorage` must not take in a record another page keeps in
                // `localStorage` under the same namespace (nor the other way round).
                if event.key().as_deref() == Some(key.as_str())
                    && event.storage_area().as_ref() == Some(&area)
                {
                    if let Some(text) = event.new_value() {
                        changed(text);
                    }
                }
            });
        let _ =
            window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
        // The store lives as long as the page, and so does its listener.
        listener.forget();
    }

    fn web_storage(&self) -> Result<Option<web_sys::Storage>, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        let storage = match self.mode {
            StorageMode::Memory => return Ok(None),
            StorageMode::Local => window.local_storage(),
            StorageMode::Session => window.session_storage(),
        };
        match storage {
            Ok(Some(storage)) => Ok(Some(storage)),
            Ok(None) => Err(StorageError::Unavailable),
            Err(e) => Err(classify(e)),
        }
    }
}

fn classify(error: JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" => StorageError::Full,
        _ => StorageError::Unavailable,
    }
}
