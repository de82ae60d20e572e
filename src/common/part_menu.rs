//! The menu of a widget's parts.

use leptos::prelude::*;
use std::sync::Arc;

/// The menu of a widget's parts: plain buttons, the current one marked for screen readers, so
/// a person moves between parts freely, in any order.
#[component]
pub fn PartMenu<T>(
    /// The menu's accessible name.
    label: String,
    /// Each part with its name on screen, in order.
    parts: Vec<(T, String)>,
    /// The part in view.
    current: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let names = parts.iter().map(|(_, name)| name.clone()).collect();
    let parts = Arc::new(parts);
    let chosen = parts.clone();
    menu(
        label,
        names,
        Arc::new(move |i| current.get() == parts[i].0),
        Arc::new(move |i| current.set(chosen[i].0)),
    )
}

/// The menu itself, by the parts' places in it: one copy of this view serves every widget,
/// whatever type names its parts, which keeps the bundle small.
fn menu(
    label: String,
    names: Vec<String>,
    is_current: Arc<dyn Fn(usize) -> bool + Send + Sync>,
    choose: Arc<dyn Fn(usize) + Send + Sync>,
) -> AnyView {
    let items = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let (is_current, choose) = (is_current.clone(), choose.clone());
            view! {
                <li>
                    <button type="button" class="rw-tab"
                        aria-current=move || is_current(i).then_some("true")
                        on:click=move |_| choose(i)>
                        {name}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="rw-menu rw-no-print" aria-label=label>
            <ul>{items}</ul>
        </nav>
    }
    .into_any()
}
