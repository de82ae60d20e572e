//! Test builds only (the `panic-on-purpose` feature, which the release bundle never has): a
//! change whose words hold [`TRIGGER`] panics after the change is made and before it is saved,
//! as a bug in a view or a core method would. The end-to-end tests use it to check the note
//! every widget shows when the bundle stops (`tests/e2e/panic.spec.js`).

use recovery_core::{format, Record};

/// The words that stop the bundle when a change puts them in the record.
pub const TRIGGER: &str = "Stop here on purpose";

/// Panics if the record holds [`TRIGGER`] anywhere.
pub fn panic_if_asked(record: &Record) {
    if format::to_storage_json(record).contains(TRIGGER) {
        panic!("stopped on purpose by a test");
    }
}
