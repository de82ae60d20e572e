//! The choice of who helps with a step, with a box for someone's name.

use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::goals::Helper;
use recovery_core::text::Text;

/// The choice of helper: nobody named, the usual helpers, or someone named.
#[component]
pub fn HelperChoice(
    /// The id of the select box (the name box gets `-name` after it).
    id: String,
    /// The helper chosen.
    #[prop(into)]
    value: Signal<Option<Helper>>,
    /// Called with the new helper.
    on_change: Callback<Option<Helper>>,
) -> impl IntoView {
    let words = use_words();
    let key = RwSignal::new(
        value
            .get_untracked()
            .map(|h| h.key().to_owned())
            .unwrap_or_default(),
    );
    let options = Helper::CHOICES
        .into_iter()
        .map(|h| view! { <option value=h.key()>{words.get(h.text())}</option> })
        .collect_view();
    let name_id = format!("{id}-name");
    // The name box keeps exactly what is typed (spaces included); the saved helper is trimmed.
    let typed_name = RwSignal::new(match value.get_untracked() {
        Some(Helper::Someone(n)) => n,
        _ => String::new(),
    });
    let name_for = name_id.clone();
    let name_words = words.clone();
    view! {
        <div class="rw-field">
            <label for=id.clone()>{words.get(Text::StepWho)}</label>
            <select id=id
                prop:value=move || value.get().map(|h| h.key().to_owned()).unwrap_or_else(|| key.get())
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    key.set(chosen.clone());
                    on_change.run(Helper::from_key(&chosen, ""));
                }>
                <option value="">{words.get(Text::HelperNone)}</option>
                {options}
                <option value="someone">{words.get(Text::HelperSomeone)}</option>
            </select>
        </div>
        <Show when=move || key.get() == "someone" || matches!(value.get(), Some(Helper::Someone(_)))>
            <div class="rw-field">
                <label for=name_for.clone()>{name_words.get(Text::StepSomeoneName)}</label>
                <input type="text" dir="auto" autocomplete="off" id=name_id.clone()
                    prop:value=move || typed_name.get()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        typed_name.set(typed.clone());
                        // Keep "someone" chosen while the name box is empty.
                        on_change.run(Helper::from_key("someone", &typed));
                        key.set("someone".to_owned());
                    }/>
            </div>
        </Show>
    }
}
