//! One list of the plan, with a way to add to it.

use super::contact_row::ContactRow;
use super::coping_suggestions::CopingSuggestions;
use super::plan_item_row::PlanItemRow;
use crate::browser::new_id;
use crate::common::{edit_message, Ideas};
use crate::i18n::use_words;
use crate::store::use_draft;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::plan::{ItemShape, PlanList};
use recovery_core::text::Text;

/// One list of the plan: its entries, a way to add one in the person's words (or a person to
/// call), and example ideas to pick from or ignore.
#[component]
pub fn PlanListView(
    /// Which list.
    list: PlanList,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let shape = list.shape();
    let base = format!("rw-list-{}", list.key());
    // The list's entries: the only memo here that reads the record. A change elsewhere leaves
    // it equal, so no entry's row runs again.
    let items = Memo::new(move |_| store.with(|r| r.plan.items(list).to_vec()));
    let ids = Memo::new(move |_| {
        items.with(|items| items.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
    });
    let text = use_draft(format!("plan:{}:text", list.key()));
    let response = use_draft(format!("plan:{}:response", list.key()));
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let moved = RwSignal::new(String::new());
    let first_box: NodeRef<html::Textarea> = NodeRef::new();
    let name_box: NodeRef<html::Input> = NodeRef::new();

    let add_words = words.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = store.change(|r, _| {
            r.plan.add_item(
                list,
                &text.get_untracked(),
                &response.get_untracked(),
                new_id(),
            )
        });
        match result {
            Ok(()) => {
                text.set(String::new());
                response.set(String::new());
                problem.set(None);
            }
            Err(error) => problem.set(edit_message(&add_words, &error)),
        }
        if let Some(input) = first_box.get() {
            let _ = input.focus();
        }
        if let Some(input) = name_box.get() {
            let _ = input.focus();
        }
    };

    let new_id_text = format!("{base}-new");
    let new_id_response = format!("{base}-new-response");
    let form_fields = match shape {
        ItemShape::Contact => view! {
            <div class="rw-contact-fields">
                <div class="rw-field">
                    <label for=new_id_text.clone()>{words.get(Text::ContactName)}</label>
                    <input type="text" dir="auto" id=new_id_text.clone() node_ref=name_box autocomplete="off"
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
                </div>
                <div class="rw-field">
                    <label for=new_id_response.clone()>{words.get(Text::ContactPhone)}</label>
                    <input type="tel" dir="ltr" id=new_id_response.clone() autocomplete="off"
                        prop:value=move || response.get() on:input=move |ev| response.set(event_target_value(&ev))/>
                </div>
            </div>
            <button type="submit" class="rw-button">{words.get(Text::ContactAdd)}</button>
        }
        .into_any(),
        ItemShape::WithResponse => view! {
            <div class="rw-field">
                <label for=new_id_text.clone()>{words.get(Text::PlanNewItem)}</label>
                <textarea dir="auto" autocomplete="off" id=new_id_text.clone() rows="2" node_ref=first_box
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="rw-field">
                <label for=new_id_response.clone()>{words.get(Text::PlanItemResponse)}</label>
                <textarea dir="auto" autocomplete="off" id=new_id_response.clone() rows="2"
                    prop:value=move || response.get() on:input=move |ev| response.set(event_target_value(&ev))></textarea>
            </div>
            <button type="submit" class="rw-button">{words.get(Text::PlanAdd)}</button>
        }
        .into_any(),
        ItemShape::Plain => view! {
            <label for=new_id_text.clone()>{words.get(Text::PlanNewItem)}</label>
            <div class="rw-add-row">
                <textarea dir="auto" autocomplete="off" id=new_id_text.clone() rows="2" node_ref=first_box
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <button type="submit" class="rw-button">{words.get(Text::PlanAdd)}</button>
            </div>
        }
        .into_any(),
    };

    let ideas = words.plan_list_ideas(list);
    let ideas_view =
        (!ideas.is_empty()).then(|| view! { <Ideas id=format!("{base}-ideas") ideas=ideas/> });
    let title_id = format!("{base}-title");
    let labelled_by = title_id.clone();
    let title = words.plan_list_title(list);

    view! {
        <section class="rw-plan-list" aria-labelledby=labelled_by>
            <h4 id=title_id>{title}</h4>
            <ul class="rw-plan-items">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {match shape {
                        ItemShape::Contact => view! { <ContactRow list=list id=id items=items announcement=moved/> }.into_any(),
                        _ => view! { <PlanItemRow list=list id=id items=items announcement=moved/> }.into_any(),
                    }}
                </For>
            </ul>
            <p class="rw-visually-hidden" role="status">{move || moved.get()}</p>
            {(list == PlanList::OnMyOwn).then(|| view! { <CopingSuggestions/> })}
            <form autocomplete="off" class="rw-add rw-no-print" on:submit=add>
                {form_fields}
                <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            </form>
            {ideas_view}
        </section>
    }
}
