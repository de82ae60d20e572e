//! "Move up" and "Move down" buttons for an item of an ordered list.

use leptos::html;
use leptos::prelude::*;
use recovery_core::inventory::Direction;

/// "Move up" and "Move down" buttons for one item of an ordered list: plain buttons, so
/// reordering works from the keyboard as well as by pointer. After a move the keyboard stays
/// on the item, on whichever of its buttons still works.
#[component]
pub fn MoveButtons(
    /// The item's name, added to each button's accessible name.
    #[prop(into)]
    name: Signal<String>,
    /// The item's place in the list, as (index, count).
    #[prop(into)]
    place: Signal<(usize, usize)>,
    /// The words on the "up" button.
    up_label: String,
    /// The words on the "down" button.
    down_label: String,
    /// Moves the item (the caller changes the record and announces the new place).
    on_move: Callback<Direction>,
) -> impl IntoView {
    let up: NodeRef<html::Button> = NodeRef::new();
    let down: NodeRef<html::Button> = NodeRef::new();
    let step = move |direction: Direction| {
        on_move.run(direction);
        let (index, count) = place.get_untracked();
        let keep_up = direction == Direction::Up && index > 0 || index + 1 >= count;
        request_animation_frame(move || {
            if let Some(button) = if keep_up { up.get() } else { down.get() } {
                let _ = button.focus();
            }
        });
    };
    let (up_name, down_name) = (up_label.clone(), down_label.clone());
    view! {
        <button type="button" class="rw-button rw-button-quiet rw-button-small" node_ref=up
            disabled=move || place.get().0 == 0
            aria-label=move || format!("{up_name}: {}", name.get())
            on:click=move |_| step(Direction::Up)>
            <span aria-hidden="true">"↑ "</span>{up_label}
        </button>
        <button type="button" class="rw-button rw-button-quiet rw-button-small" node_ref=down
            disabled=move || { let (i, n) = place.get(); i + 1 >= n }
            aria-label=move || format!("{down_name}: {}", name.get())
            on:click=move |_| step(Direction::Down)>
            <span aria-hidden="true">"↓ "</span>{down_label}
        </button>
    }
}
