//! The frame of every widget's summary: its heading, a print button, then what it holds.

use leptos::prelude::*;

/// A widget's summary, to keep, show or print: its heading beside a print button, then the
/// summary itself.
#[component]
pub fn SummarySection(
    /// The section's classes (`rw-summary`, and any of the widget's own).
    class: &'static str,
    /// The heading's id.
    heading_id: &'static str,
    /// The heading.
    title: String,
    /// The print button's words.
    print_label: String,
    /// The summary.
    children: Children,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=heading_id>
            <div class="rw-summary-head">
                <h3 id=heading_id>{title}</h3>
                <button type="button" class="rw-button rw-no-print" on:click=|_| crate::print::print_page()>
                    {print_label}
                </button>
            </div>
            {children()}
        </section>
    }
}
