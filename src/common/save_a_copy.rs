//! Saving a copy of the whole record to the device.

use crate::browser;
use crate::store::RecordStore;
use recovery_core::format;

/// Downloads the whole record as pretty-printed JSON, named with today's date.
pub fn save_a_copy(store: RecordStore) {
    let json = store.with_untracked(format::export_json);
    let name = format!(
        "my-recovery-answers-{}.json",
        browser::local_date_for_file_name()
    );
    if let Err(error) = browser::download(&name, "application/json", &json) {
        browser::warn_web_team(&format!("the download could not start: {error:?}"));
    }
}
