//! Starting a goal: from the inventory in one tap, or in the person's own words.

use super::start_points::StartPoints;
use crate::browser::new_id;
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_draft;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::text::Text;
use recovery_core::ItemId;

/// Starting a goal: from a priority in one action, or in the person's own words.
#[component]
pub fn NewGoal(
    /// The goal that is open; a new goal opens at once.
    open: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let store = use_record();
    let domains = expect_context::<LifeDomains>();
    let words = use_words();
    let text = use_draft("goals:new:text".to_owned());
    let why = use_draft("goals:new:why".to_owned());
    let domain = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let text_box: NodeRef<html::Textarea> = NodeRef::new();

    let add_words = words.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id();
        let chosen = domain.get_untracked();
        let result = store.change(|r, now| {
            r.goals.start_goal(
                &text.get_untracked(),
                &why.get_untracked(),
                Some(chosen.as_str()),
                id.clone(),
                now,
            )
        });
        match result {
            Ok(()) => {
                text.set(String::new());
                why.set(String::new());
                domain.set(String::new());
                problem.set(None);
                open.set(Some(id));
            }
            Err(error) => {
                problem.set(edit_message(&add_words, &error));
                if let Some(input) = text_box.get() {
                    let _ = input.focus();
                }
            }
        }
    };
    // Starting from a life-area priority fills in the area and leaves the words to the person.
    let start_in_area = Callback::new(move |area: String| {
        domain.set(area);
        if let Some(input) = text_box.get() {
            let _ = input.focus();
        }
    });

    let options = domains
        .domains
        .iter()
        .map(|d| view! { <option value=d.clone()>{words.domain_name(d)}</option> })
        .collect_view();
    view! {
        <section class="rw-new-goal rw-no-print" aria-labelledby="rw-new-goal-title">
            <h3 id="rw-new-goal-title">{words.get(Text::GoalsNewTitle)}</h3>
            <StartPoints open=open start_in_area=start_in_area/>
            <form autocomplete="off" class="rw-form" on:submit=add>
                <label for="rw-goal-text">{words.get(Text::GoalText)}</label>
                <textarea dir="auto" autocomplete="off" id="rw-goal-text" rows="2" node_ref=text_box
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <label for="rw-goal-why">{words.get(Text::GoalWhy)}</label>
                <textarea dir="auto" autocomplete="off" id="rw-goal-why" rows="2"
                    prop:value=move || why.get()
                    on:input=move |ev| why.set(event_target_value(&ev))></textarea>
                <label for="rw-goal-domain">{words.get(Text::GoalDomain)}</label>
                <select id="rw-goal-domain" prop:value=move || domain.get()
                    on:change=move |ev| domain.set(event_target_value(&ev))>
                    <option value="">{words.get(Text::GoalDomainNone)}</option>
                    {options}
                </select>
                <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
                <div class="rw-actions">
                    <button type="submit" class="rw-button">{words.get(Text::GoalAdd)}</button>
                </div>
            </form>
        </section>
    }
}
