//! The record of the widget being rendered.

use super::record_store::RecordStore;
use leptos::prelude::*;

/// The record of the widget being rendered: every view reads and changes the person's record
/// through this store (the host provides it as context), as it reads its words through
/// [`crate::i18n::use_words`].
pub fn use_record() -> RecordStore {
    expect_context::<RecordStore>()
}
