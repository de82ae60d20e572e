//! Following other tabs: another tab of this browser saved the record, and its changes are
//! brought in without writing back over either tab's words.

use super::record_store::RecordStore;
use super::save_status::SaveStatus;
use crate::browser::{now, warn_web_team};
use leptos::prelude::*;
use recovery_core::{format, merge, ImportError, Removals};

/// How many saves in a row a tab makes only to pass a merge back to another tab. Merging
/// settles in one (tested in core); the bound is a guard, not the mechanism.
const MAX_ECHOES: u8 = 3;

impl RecordStore {
    /// Another tab of this browser saved the record: bring its changes in, so neither tab
    /// ever writes back over the other's words. If this tab had changes the other had not
    /// seen, the merged record is saved, and the other tab merges it in turn.
    pub(super) fn saved_elsewhere(&self, text: &str) {
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
            self.keep_for_panic_note(self.text_to_store());
        }
    }
}
