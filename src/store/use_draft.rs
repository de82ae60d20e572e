//! The text of one "add" box, kept as it is typed.

use super::use_record::use_record;
use leptos::prelude::*;

/// The text of one "add" box, kept beside the record as it is typed: moving to another part,
/// a reload or a crash never loses it. Set it to "" once the item is added.
pub fn use_draft(field: String) -> RwSignal<String> {
    let store = use_record();
    let text = RwSignal::new(store.draft(&field));
    Effect::new(move |_| text.with(|t| store.set_draft(&field, t)));
    text
}
