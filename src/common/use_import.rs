//! Opening a copy of a record: read, checked, and held until the person chooses to add it to
//! their record, to put it in place of their record, or to leave it.

use super::import_message::import_message;
use crate::browser;
use crate::i18n::{use_words, Words};
use crate::store::{open_locked_copy, use_record, PasscodeProblem, RecordStore};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::{self, MAX_FILE_BYTES};
use recovery_core::text::Text;
use recovery_core::{ImportError, Record};
use wasm_bindgen_futures::JsFuture;

/// A copy of a record on its way in, and what became of the last one. A cheap `Copy` handle.
#[derive(Clone, Copy)]
pub struct Import {
    /// The copy waiting for the person's choice.
    pub pending: RwSignal<Option<Record>>,
    /// Which code of how many the waiting copy came from, when it came by a take-home link.
    pub from_code: RwSignal<Option<(usize, usize)>>,
    /// Why the last copy could not be opened.
    pub problem: RwSignal<Option<String>>,
    /// What was done with the last copy.
    pub done: RwSignal<Option<String>>,
    /// A chosen copy that is locked with a passcode, waiting for it.
    pub locked: RwSignal<Option<String>>,
    /// The first button of the choice, where the keyboard goes when a copy waits.
    pub choice: NodeRef<html::Button>,
    store: RecordStore,
    words: StoredValue<Words>,
}

/// The state of one widget's "open a saved copy".
pub fn use_import() -> Import {
    Import {
        pending: RwSignal::new(None),
        from_code: RwSignal::new(None),
        problem: RwSignal::new(None),
        done: RwSignal::new(None),
        locked: RwSignal::new(None),
        choice: NodeRef::new(),
        store: use_record(),
        words: StoredValue::new(use_words()),
    }
}

impl Import {
    /// Holds `record` for the person's choice (`from_code`: the code of how many it came
    /// from), with the keyboard on the first choice.
    pub fn offer(&self, record: Record, from_code: Option<(usize, usize)>) {
        if from_code.is_some() {
            self.from_code.set(from_code);
        }
        self.pending.set(Some(record));
        let choice = self.choice;
        request_animation_frame(move || {
            if let Some(button) = choice.try_get().flatten() {
                let _ = button.focus();
            }
        });
    }

    /// Says calmly why a copy could not be opened.
    pub fn refuse(&self, message: String) {
        self.problem.set(Some(message));
    }

    /// Reads a chosen file, checks it, and offers the record it holds.
    pub fn open_file(&self, file: web_sys::File) {
        self.pending.set(None);
        self.from_code.set(None);
        self.done.set(None);
        self.problem.set(None);
        self.locked.set(None);
        let words = self.words.get_value();
        if file.size() > MAX_FILE_BYTES as f64 {
            let error = ImportError::TooLarge {
                bytes: file.size() as usize,
                limit: MAX_FILE_BYTES,
            };
            self.refuse(import_message(&words, &error));
            return;
        }
        let import = *self;
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let Some(text) = text else {
                import.refuse(words.get(Text::ImportReadFailed));
                return;
            };
            if format::locked::is_locked(&text) {
                // A locked copy: read once the person types its passcode.
                import.locked.set(Some(text));
                return;
            }
            import.read_file_text(&text);
        });
    }

    /// Opens the waiting locked copy with its passcode, then reads it like any file.
    pub fn open_locked(&self, passcode: String) {
        let Some(text) = self.locked.get_untracked() else {
            return;
        };
        self.problem.set(None);
        let import = *self;
        spawn_local(async move {
            match open_locked_copy(&text, &passcode).await {
                Ok(plain) => {
                    import.locked.set(None);
                    import.read_file_text(&plain);
                }
                Err(problem) => {
                    let said = match problem {
                        PasscodeProblem::Wrong => Text::LockedWrong,
                        PasscodeProblem::CannotRead => Text::LockedCannotRead,
                        PasscodeProblem::Unavailable => Text::LockUnavailable,
                    };
                    import.refuse(import.words.with_value(|w| w.get(said)));
                }
            }
        });
    }

    /// Reads a file's text, and offers the record it holds or says why it cannot.
    fn read_file_text(&self, text: &str) {
        match format::import_json(text) {
            Ok(record) => self.offer(record, None),
            Err(error) => {
                browser::warn_web_team(&format!("an import was refused: {error}"));
                let words = self.words.get_value();
                self.refuse(import_message(&words, &error));
            }
        }
    }

    /// Puts the waiting copy in place of the record.
    pub fn replace(&self) {
        if let Some(record) = self.pending.get_untracked() {
            self.store.replace(record);
            self.pending.set(None);
            self.done
                .set(Some(self.words.with_value(|w| w.get(Text::DataImported))));
        }
    }

    /// Adds the waiting copy to the record.
    pub fn add(&self) {
        if let Some(record) = self.pending.get_untracked() {
            self.store.merge_in(&record);
            self.pending.set(None);
            let by_code = self.from_code.get_untracked().is_some();
            let said = if by_code {
                Text::TakeHomeAdded
            } else {
                Text::DataMerged
            };
            self.done.set(Some(self.words.with_value(|w| w.get(said))));
        }
    }

    /// Leaves the waiting copy.
    pub fn cancel(&self) {
        self.pending.set(None);
    }
}
