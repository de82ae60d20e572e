//! Move and remove buttons for a plan entry or contact.

use super::use_plan_item::PlanItemState;
use crate::browser::keep_focus_in_section;
use crate::common::MoveButtons;
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::text::Text;

/// Move up, move down and remove, for one plan entry or contact.
#[component]
pub fn PlanItemActions(
    /// The entry's state and edits.
    state: PlanItemState,
) -> impl IntoView {
    let words = use_words();
    let remove_label = words.get(Text::PlanRemove);
    view! {
        <div class="rw-actions rw-no-print">
            <MoveButtons name=state.name place=state.place up_label=words.get(Text::PlanMoveUp)
                down_label=words.get(Text::PlanMoveDown) on_move=state.move_to/>
            <button type="button" class="rw-button rw-button-quiet rw-button-small"
                aria-label=move || format!("{remove_label}: {}", state.name.get())
                on:click=move |ev| {
                    keep_focus_in_section(&ev);
                    state.remove.run(());
                }>
                {words.get(Text::PlanRemove)}
            </button>
        </div>
    }
}
