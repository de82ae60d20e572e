use leptos::prelude::*;

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
    let items = parts
        .into_iter()
        .map(|(part, name)| {
            view! {
                <li>
                    <button type="button" class="rw-tab"
                        aria-current=move || (current.get() == part).then_some("true")
                        on:click=move |_| current.set(part)>
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
}
