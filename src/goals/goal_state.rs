//! What next for a goal (pause, achieve, let go, resume), and thinking back once achieved.

use super::types::reflection_text;
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::goals::{GoalState, ReflectionPrompt};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// What next for a goal: pause, achieve or let go (and back again). An achieved goal gets a
/// warm acknowledgement and three questions to think back on.
#[component]
pub fn GoalStatePanel(
    /// The goal's id.
    goal: ItemId,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let goal = StoredValue::new(goal);
    let state =
        Memo::new(move |_| store.with(|r| goal.with_value(|g| r.goals.goal(g).map(|g| g.state))));
    let celebration: NodeRef<html::H4> = NodeRef::new();
    let panel_heading: NodeRef<html::H4> = NodeRef::new();
    let set = move |to: GoalState| {
        let _ = store.change(|r, now| goal.with_value(|g| r.goals.set_state(g, to, now)));
        // The panel is redrawn for the new state: keep the keyboard in it, on the celebration
        // when there is one.
        request_animation_frame(move || {
            let heading = if to == GoalState::Achieved {
                celebration.get()
            } else {
                panel_heading.get()
            };
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    };
    let problem: RwSignal<Option<String>> = RwSignal::new(None);

    move || {
        let Some(current) = state.get() else {
            return ().into_any();
        };
        let button = |to: GoalState, label: Text, quiet: bool| {
            let class = if quiet {
                "rw-button rw-button-quiet"
            } else {
                "rw-button"
            };
            view! { <button type="button" class=class on:click=move |_| set(to)>{words.get(label)}</button> }
        };
        let actions = match current {
            GoalState::Active => view! {
                {button(GoalState::Achieved, Text::GoalAchieve, false)}
                {button(GoalState::Paused, Text::GoalPause, true)}
                {button(GoalState::LetGo, Text::GoalLetGo, true)}
            }
            .into_any(),
            GoalState::Paused => view! {
                {button(GoalState::Active, Text::GoalResume, false)}
                {button(GoalState::LetGo, Text::GoalLetGo, true)}
            }
            .into_any(),
            GoalState::Achieved | GoalState::LetGo => {
                button(GoalState::Active, Text::GoalResume, true).into_any()
            }
        };
        let message = match current {
            GoalState::Paused => Some(words.get(Text::GoalPausedText)),
            GoalState::LetGo => Some(words.get(Text::GoalLetGoText)),
            _ => None,
        };
        let reflection = (current == GoalState::Achieved).then(|| {
            let prompts = ReflectionPrompt::ALL
            .into_iter()
            .map(|prompt| {
                let (label, key) = (reflection_text(prompt), prompt.key());
                let value = store.with_untracked(|r| {
                    goal.with_value(|g| r.goals.goal(g).map(|g| g.reflection.answer(prompt).to_owned()))
                });
                let input_words = words.clone();
                view! {
                    <div class="rw-field">
                        <label for=format!("rw-reflect-{key}")>{words.get(label)}</label>
                        <textarea dir="auto" autocomplete="off" id=format!("rw-reflect-{key}") rows="2" prop:value=value.unwrap_or_default()
                            on:input=move |ev| {
                                let typed = event_target_value(&ev);
                                let result = store.change(|r, _| goal.with_value(|g| r.goals.set_reflection(g, prompt, &typed)));
                                problem.set(result.err().and_then(|e| edit_message(&input_words, &e)));
                            }></textarea>
                    </div>
                }
            })
            .collect_view();
            view! {
                <div class="rw-celebration" role="group" aria-labelledby="rw-celebration-title">
                    <h4 id="rw-celebration-title" tabindex="-1" node_ref=celebration>
                        <span aria-hidden="true">"★ "</span>{words.get(Text::GoalAchievedTitle)}
                    </h4>
                    <p>{words.get(Text::GoalAchievedText)}</p>
                    {prompts}
                    <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
                </div>
            }
        });
        view! {
            <section class="rw-goal-state" aria-labelledby="rw-goal-state-title">
                <h4 id="rw-goal-state-title" class="rw-small-heading" tabindex="-1" node_ref=panel_heading>{words.get(Text::GoalActions)}</h4>
                {reflection}
                {message.map(|m| view! { <p class="rw-note">{m}</p> })}
                <div class="rw-actions rw-no-print">{actions}</div>
            </section>
        }
        .into_any()
    }
}
