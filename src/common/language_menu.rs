//! The menu of languages, shown when a host offers more than one.

use leptos::prelude::*;

/// A menu of the languages offered, each named in its own words and script. Choosing one
/// changes every widget on the page at once; the menu itself stays, so the keyboard stays on
/// it.
#[component]
pub fn LanguageMenu(
    /// The languages to offer, each as (tag, its own name).
    offered: Vec<(&'static str, String)>,
    /// The language shown now.
    current: Signal<String>,
    /// The menu's label, in the language shown now.
    label: Signal<String>,
    /// What choosing a language does.
    choose: Callback<String>,
) -> impl IntoView {
    let options = offered
        .into_iter()
        .map(|(tag, name)| {
            view! {
                <option value=tag lang=tag selected=move || current.with(|c| c == tag)>{name}</option>
            }
        })
        .collect_view();
    let on_change = move |event: leptos::ev::Event| {
        choose.run(event_target_value(&event));
    };
    view! {
        <div class="rw-language">
            <label for="rw-language-menu">{move || label.get()}</label>
            <select id="rw-language-menu" on:change=on_change>{options}</select>
        </div>
    }
}
