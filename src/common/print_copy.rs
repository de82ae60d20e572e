//! A copy of a widget's summary that only print shows.

use leptos::prelude::*;
use std::sync::Arc;

/// While the page is being printed (see [`crate::print::printing`]) and `other_part` says a
/// part other than the summary is open: a copy of the widget's summary, which only print
/// shows, put just before the part in view, which print hides with all that follows it
/// (base.css). As it is there only then, its ids are never on the page twice; on screen it is
/// hidden, from screen readers too. A plain function with a boxed `other_part`, not a generic
/// component: one copy of this code then serves all three widgets, which keeps the bundle small.
pub fn print_copy(
    other_part: Arc<dyn Fn() -> bool + Send + Sync>,
    summary: fn() -> AnyView,
) -> impl IntoView {
    let printing = crate::print::printing();
    move || {
        (printing.get() && other_part())
            .then(|| view! { <div class="rw-print-copy">{summary()}</div> })
    }
}
