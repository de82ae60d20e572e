//! A person or service to contact, with tap-to-call and tap-to-text links.

use super::plan_item_actions::PlanItemActions;
use super::use_plan_item::use_plan_item;
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::plan::{dial_string, PlanItem, PlanList};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// A person or service to contact: name and number kept as typed, with tap-to-call and
/// tap-to-text links made from a cleaned number. A number that may not dial is flagged
/// gently, never refused.
#[component]
pub fn ContactRow(
    /// The list it is in.
    list: PlanList,
    /// The contact's id.
    id: ItemId,
    /// The list's entries.
    items: Memo<Vec<PlanItem>>,
    /// Where a move is read out.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let words = use_words();
    let base = format!("rw-contact-{id}");
    let state = use_plan_item(list, id, items, announcement);
    let name = state.name;
    let number = Signal::derive(move || {
        state.item.with(|i| {
            i.as_ref()
                .map(|(.., i)| i.response.clone())
                .unwrap_or_default()
        })
    });
    let link_words = words.clone();
    let links = move || {
        let shown_name = link_words.their_words(&name.get());
        match dial_string(&number.get()) {
            Some(dial) => {
                let call = link_words.fill(Text::ContactCall, &[("name", &shown_name)]);
                let text = link_words.fill(Text::ContactText, &[("name", &shown_name)]);
                view! {
                    <p class="rw-actions">
                        <a class="rw-button rw-button-small rw-call" href=format!("tel:{dial}")>{call}</a>
                        <a class="rw-button rw-button-quiet rw-button-small rw-call" href=format!("sms:{dial}")>{text}</a>
                    </p>
                }
                .into_any()
            }
            None => {
                view! { <p class="rw-note">{link_words.get(Text::ContactNumberOdd)}</p> }.into_any()
            }
        }
    };
    view! {
        <li class="rw-plan-item rw-contact">
            <div class="rw-contact-fields">
                <div class="rw-field">
                    <label for=format!("{base}-name")>{words.get(Text::ContactName)}</label>
                    <input type="text" dir="auto" id=format!("{base}-name") autocomplete="off" prop:value=name
                        on:input=move |ev| state.reword.run(event_target_value(&ev))/>
                </div>
                <div class="rw-field">
                    <label for=format!("{base}-phone")>{words.get(Text::ContactPhone)}</label>
                    <input type="tel" dir="ltr" id=format!("{base}-phone") autocomplete="off" prop:value=number
                        on:input=move |ev| state.respond.run(event_target_value(&ev))/>
                </div>
            </div>
            {links}
            <p class="rw-message rw-message-problem" role="alert">{move || state.problem.get()}</p>
            <PlanItemActions state=state/>
        </li>
    }
}
