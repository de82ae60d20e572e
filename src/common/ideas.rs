//! Example ideas a person can reveal when stuck.

use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::text::Text;

/// Example ideas a person can reveal when stuck, and hide again. Nothing here is added to the
/// record: the ideas are there to read, and the person writes their own words.
#[component]
pub fn Ideas(
    /// The id of the revealed list (unique within the widget).
    id: String,
    /// The ideas, one a line.
    ideas: Vec<String>,
) -> impl IntoView {
    let words = use_words();
    let open = RwSignal::new(false);
    let (show, hide) = (words.get(Text::IdeasShow), words.get(Text::IdeasHide));
    let items = ideas
        .into_iter()
        .map(|i| view! { <li>{i}</li> })
        .collect_view();
    view! {
        <div class="rw-ideas rw-no-print">
            <button type="button" class="rw-link-button"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {move || if open.get() { hide.clone() } else { show.clone() }}
            </button>
            <div id=id hidden=move || !open.get()>
                <p>{words.get(Text::IdeasIntro)}</p>
                <ul>{items}</ul>
            </div>
        </div>
    }
}
