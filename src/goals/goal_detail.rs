//! The open goal: its words, why it matters, its area, strengths, steps and what next.

use super::goal_history::GoalHistory;
use super::goal_state::GoalStatePanel;
use super::new_step::NewStep;
use super::step_row::StepRow;
use super::strength_links::StrengthLinks;
use crate::browser::focus_later;
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::text::Text;
use recovery_core::ItemId;

/// The open goal: its words (reworded on purpose, so the history stays meaningful), why it
/// matters, its life area, the strengths it draws on, its steps, and what next.
#[component]
pub fn GoalDetail(
    /// The goal's id.
    id: ItemId,
) -> impl IntoView {
    let store = use_record();
    let domains = expect_context::<LifeDomains>();
    let words = use_words();
    let id = StoredValue::new(id);
    let goal = Memo::new(move |_| store.with(|r| id.with_value(|id| r.goals.goal(id).cloned())));
    let text =
        Memo::new(move |_| goal.with(|g| g.as_ref().map(|g| g.text.clone()).unwrap_or_default()));
    let rewording = RwSignal::new(false);
    let heading: NodeRef<html::H3> = NodeRef::new();
    let reword_box: NodeRef<html::Textarea> = NodeRef::new();
    let step_moved = RwSignal::new(String::new());
    let draft = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let step_ids = Memo::new(move |_| {
        goal.with(|g| {
            g.as_ref()
                .map(|g| g.steps.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });

    let save_words = words.clone();
    let save_reword = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match store.change(|r, now| {
            id.with_value(|id| r.goals.reword_goal(id, &draft.get_untracked(), now))
        }) {
            Ok(()) => {
                rewording.set(false);
                problem.set(None);
                focus_later(heading);
            }
            Err(error) => problem.set(edit_message(&save_words, &error)),
        }
    };
    let why_words = words.clone();
    let options = domains
        .domains
        .iter()
        .map(|d| view! { <option value=d.clone()>{words.domain_name(d)}</option> })
        .collect_view();
    let state_words = words.clone();
    let domain_words = words.clone();
    let reword_label = words.get(Text::GoalReword);

    view! {
        <article class="rw-goal" aria-labelledby="rw-goal-heading">
            <div class="rw-goal-head">
                <h3 id="rw-goal-heading" tabindex="-1" node_ref=heading>{text}</h3>
                <span class="rw-badge">{move || goal.with(|g| g.as_ref().map(|g| state_words.get(g.state.text())))}</span>
            </div>
            <p class="rw-goal-area">{move || goal.with(|g| g.as_ref().and_then(|g| g.domain.as_ref()).map(|d| domain_words.domain_name(d)))}</p>
            <Show when=move || !rewording.get() fallback={
                let words = words.clone();
                move || view! {
                    <form autocomplete="off" class="rw-form rw-no-print" on:submit=save_reword.clone()>
                        <label for="rw-goal-reword">{words.get(Text::GoalRewordLabel)}</label>
                        <textarea dir="auto" autocomplete="off" id="rw-goal-reword" rows="2" node_ref=reword_box prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                        <div class="rw-actions">
                            <button type="submit" class="rw-button">{words.get(Text::GoalRewordSave)}</button>
                            <button type="button" class="rw-button rw-button-quiet"
                                on:click=move |_| { rewording.set(false); problem.set(None); focus_later(heading); }>
                                {words.get(Text::GoalRewordCancel)}
                            </button>
                        </div>
                    </form>
                }
            }>
                <button type="button" class="rw-link-button rw-no-print" on:click=move |_| {
                    draft.set(text.get_untracked());
                    rewording.set(true);
                    focus_later(reword_box);
                }>{reword_label.clone()}</button>
            </Show>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>

            <div class="rw-goal-fields">
                <div>
                    <label for="rw-goal-why-edit">{words.get(Text::GoalWhy)}</label>
                    <textarea dir="auto" autocomplete="off" id="rw-goal-why-edit" rows="2"
                        prop:value=move || goal.with(|g| g.as_ref().map(|g| g.why.clone()).unwrap_or_default())
                        on:input=move |ev| {
                            let why = event_target_value(&ev);
                            let result = store.change(|r, _| id.with_value(|id| r.goals.set_why(id, &why)));
                            problem.set(result.err().and_then(|e| edit_message(&why_words, &e)));
                        }></textarea>
                </div>
                <div>
                    <label for="rw-goal-domain-edit">{words.get(Text::GoalDomain)}</label>
                    <select id="rw-goal-domain-edit"
                        prop:value=move || goal.with(|g| g.as_ref().and_then(|g| g.domain.clone()).unwrap_or_default())
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            let _ = store.change(|r, _| id.with_value(|id| r.goals.set_domain(id, Some(&chosen))));
                        }>
                        <option value="">{words.get(Text::GoalDomainNone)}</option>
                        {options}
                    </select>
                </div>
            </div>

            <StrengthLinks goal=id.get_value()/>

            <section class="rw-steps" aria-labelledby="rw-steps-title">
                <h4 id="rw-steps-title">{words.get(Text::GoalSteps)}</h4>
                <ol class="rw-step-list">
                    <For each=move || step_ids.get() key=|s| s.clone() let:step>
                        <StepRow goal=id.get_value() step=step announcement=step_moved/>
                    </For>
                </ol>
                <p class="rw-visually-hidden" role="status">{move || step_moved.get()}</p>
                <NewStep goal=id.get_value()/>
            </section>

            <GoalStatePanel goal=id.get_value()/>
            <GoalHistory goal=id.get_value()/>
        </article>
    }
}
