//! One entry of a plan list, edited in place.

use super::plan_item_actions::PlanItemActions;
use super::use_plan_item::use_plan_item;
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::plan::{ItemShape, PlanItem, PlanList};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// One entry of a plan list, edited in place: the person's words and, for triggers and early
/// signs, what they will do.
#[component]
pub fn PlanItemRow(
    /// The list it is in.
    list: PlanList,
    /// The entry's id.
    id: ItemId,
    /// The list's entries.
    items: Memo<Vec<PlanItem>>,
    /// Where a move is read out.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let words = use_words();
    let base = format!("rw-item-{id}");
    let state = use_plan_item(list, id, items, announcement);
    let name = state.name;
    let response = (list.shape() == ItemShape::WithResponse).then(|| {
        view! {
            <label for=format!("{base}-response")>{words.get(Text::PlanItemResponse)}</label>
            <textarea dir="auto" autocomplete="off" id=format!("{base}-response") rows="2"
                prop:value=move || state.item.with(|i| i.as_ref().map(|(.., i)| i.response.clone()).unwrap_or_default())
                on:input=move |ev| state.respond.run(event_target_value(&ev))></textarea>
        }
    });
    view! {
        <li class="rw-plan-item">
            <label class="rw-visually-hidden" for=format!("{base}-text")>{words.get(Text::PlanItemText)}</label>
            <textarea dir="auto" autocomplete="off" id=format!("{base}-text") rows="1" prop:value=name
                aria-describedby=format!("rw-list-{}-title", list.key())
                on:input=move |ev| state.reword.run(event_target_value(&ev))></textarea>
            {response}
            <p class="rw-message rw-message-problem" role="alert">{move || state.problem.get()}</p>
            <PlanItemActions state=state/>
        </li>
    }
}
