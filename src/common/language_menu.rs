//! The menu of languages, shown when a host offers more than one.

use crate::i18n::MenuLanguage;
use leptos::prelude::*;

/// A menu of the languages offered, each named in its own words and script. Choosing one
/// changes every widget on the page at once; the menu itself stays, so the keyboard stays on
/// it.
#[component]
pub fn LanguageMenu(
    /// The languages to offer.
    offered: Vec<MenuLanguage>,
    /// The language shown now (its tag).
    current: Signal<String>,
    /// The menu's label, in the language shown now.
    label: Signal<String>,
    /// What choosing a language does.
    choose: Callback<String>,
) -> impl IntoView {
    let options = offered
        .into_iter()
        .map(|language| {
            view! { <option value=language.value lang=language.lang>{language.name}</option> }
        })
        .collect_view();
    view! {
        <div class="rw-language">
            <label for="rw-language-menu">{move || label.get()}</label>
            // The menu's value is set as a property: once a person has chosen, a browser no
            // longer follows an option's `selected` attribute, and another widget's choice
            // (or a kiosk's fresh start) must still show here.
            <select id="rw-language-menu" prop:value=move || current.get()
                on:change=move |event| choose.run(event_target_value(&event))>
                {options}
            </select>
        </div>
    }
}
