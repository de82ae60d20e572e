//! What every layer may know of a widget: one row of the widget registry. The table itself is
//! the host's ([`crate::host::registry`]); the host hands it down here before the first widget
//! mounts ([`hand_down`]), for the layers below it that cannot import the host: the kiosk
//! (where the keyboard goes after a wipe) and the import preview (what a record holds).

use leptos::prelude::AnyView;
use recovery_core::RecordSummary;
use std::cell::Cell;

/// One widget this bundle serves.
pub struct Widget {
    /// The custom element's name, as hosts write it.
    pub tag: &'static str,
    /// The id of the widget's main heading, where the keyboard goes when a kiosk starts
    /// again for the next person.
    pub heading_id: &'static str,
    /// The widget's own styles, added after the shared ones.
    pub css: &'static str,
    /// Builds the widget's view.
    pub view: fn() -> AnyView,
    /// What the import preview counts of this widget's part of a record.
    pub preview: &'static [PreviewCount],
}

/// One number the import preview shows: the placeholder it fills in the preview's text
/// ([`recovery_core::text::Text::DataImportPreview`]), and how it is counted from a record's
/// summary.
#[derive(Clone, Copy)]
pub struct PreviewCount {
    /// The placeholder's name.
    pub placeholder: &'static str,
    /// The number, from the summary of the record being previewed.
    pub count: fn(&RecordSummary) -> usize,
}

impl PreviewCount {
    /// A count for the placeholder `{placeholder}`.
    pub const fn new(placeholder: &'static str, count: fn(&RecordSummary) -> usize) -> Self {
        PreviewCount { placeholder, count }
    }
}

// Page-wide, because one table serves every widget on the page.
thread_local! {
    /// The registry, as the host handed it down.
    static REGISTRY: Cell<&'static [Widget]> = const { Cell::new(&[]) };
}

/// Hands the registry down to the layers below the host (the host, before mounting).
pub fn hand_down(widgets: &'static [Widget]) {
    REGISTRY.with(|registry| registry.set(widgets));
}

/// Every widget this bundle serves, as the host handed them down.
pub fn every_widget() -> &'static [Widget] {
    REGISTRY.with(Cell::get)
}
