//! The "Are you still there?" prompt.

use super::session::{note_activity, release_still_there};
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::text::Text;

/// The "Are you still there?" prompt, over the whole screen, while the countdown runs. Built
/// once when it opens (only the number changes), with the keyboard on "Keep going"; a tap
/// anywhere on it keeps going.
#[component]
pub fn StillThere(
    /// The seconds left, while the prompt shows (from [`super::use_idle_watch`]).
    countdown: RwSignal<Option<u32>>,
) -> impl IntoView {
    let words = use_words();
    let keep_going: NodeRef<leptos::html::Button> = NodeRef::new();
    on_cleanup(release_still_there);
    Effect::new(move |was_open: Option<bool>| {
        let open = countdown.with(Option::is_some);
        if open && was_open != Some(true) {
            if let Some(button) = keep_going.get() {
                let _ = button.focus();
            }
        }
        open
    });
    let keep = move |_| {
        note_activity();
        countdown.set(None);
    };
    let title = words.get(Text::KioskStillThere);
    let label = words.get(Text::KioskKeepGoing);
    view! {
        <Show when=move || countdown.with(Option::is_some)>
            <div class="rw-still-there" role="alertdialog" aria-modal="true"
                aria-labelledby="rw-still-there-title" aria-describedby="rw-still-there-text"
                on:click=keep>
                <div class="rw-still-there-box">
                    <h2 id="rw-still-there-title">{title.clone()}</h2>
                    <p id="rw-still-there-text">{
                        let words = words.clone();
                        move || words.fill(
                            Text::KioskStillThereCountdown,
                            &[("seconds", &words.number(countdown.get().unwrap_or(0) as usize))],
                        )
                    }</p>
                    <button type="button" class="rw-button rw-still-there-keep"
                        node_ref=keep_going>
                        {label.clone()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
