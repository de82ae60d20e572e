//! Adding a small step to a goal, with gentle nudges.

use super::helper_choice::HelperChoice;
use crate::browser::{new_id, today};
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_draft;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::goals::{step_nudges, Helper, StepNudge};
use recovery_core::text::Text;
use recovery_core::{CalendarDate, ItemId};

/// Adding a small step, with gentle nudges toward something specific to start this week.
#[component]
pub fn NewStep(
    /// The goal's id.
    goal: ItemId,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let what = use_draft(format!("goals:{goal}:new-step"));
    let goal = StoredValue::new(goal);
    let who: RwSignal<Option<Helper>> = RwSignal::new(None);
    let target = RwSignal::new(String::new());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let what_box: NodeRef<html::Textarea> = NodeRef::new();

    // A memo, so the live list changes (and is read out) only when the nudges change.
    let nudge_list = Memo::new(move |_| {
        let date = CalendarDate::from_date_box(&target.get()).ok().flatten();
        step_nudges(&what.get(), date, today())
    });
    let nudge_words = words.clone();
    let nudges = move || {
        nudge_list
            .get()
            .into_iter()
            .map(|n| {
                let text = match n {
                    StepNudge::MightSplit => Text::NudgeMightSplit,
                    StepNudge::SayExactly => Text::NudgeSayExactly,
                    StepNudge::PickADay => Text::NudgePickADay,
                    StepNudge::StartThisWeek => Text::NudgeStartThisWeek,
                };
                view! { <li>{nudge_words.get(text)}</li> }
            })
            .collect_view()
    };

    let add_words = words.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(date) = CalendarDate::from_date_box(&target.get_untracked()) else {
            problem.set(Some(add_words.get(Text::ErrorBadDate)));
            return;
        };
        let result = store.change(|r, now| {
            goal.with_value(|g| {
                r.goals.add_step(
                    g,
                    &what.get_untracked(),
                    who.get_untracked(),
                    date,
                    new_id(),
                    now,
                )
            })
        });
        match result {
            Ok(()) => {
                what.set(String::new());
                target.set(String::new());
                problem.set(None);
            }
            Err(error) => problem.set(edit_message(&add_words, &error)),
        }
        if let Some(input) = what_box.get() {
            let _ = input.focus();
        }
    };

    view! {
        // `novalidate`: in WebKit (Safari's engine; seen in WebKitGTK 2.50), a date box emptied
        // after a step with a typed date is added fails the browser's own check while saying
        // it is valid, so the next step could not be added at all, with no word why.
        <form autocomplete="off" novalidate class="rw-form rw-new-step rw-no-print" on:submit=add>
            <p class="rw-hint" id="rw-step-guide">{words.get(Text::GoalStepsGuide)}</p>
            <label for="rw-new-step-what">{words.get(Text::StepWhat)}</label>
            <textarea dir="auto" autocomplete="off" id="rw-new-step-what" rows="2" node_ref=what_box aria-describedby="rw-step-guide rw-step-nudges"
                prop:value=move || what.get()
                on:input=move |ev| what.set(event_target_value(&ev))></textarea>
            <div class="rw-step-fields">
                <HelperChoice id="rw-new-step-who".to_owned() value=Signal::derive(move || who.get())
                    on_change=Callback::new(move |h| who.set(h))/>
                <div class="rw-field">
                    <label for="rw-new-step-target">{words.get(Text::StepTarget)}</label>
                    <input type="date" autocomplete="off" id="rw-new-step-target" prop:value=move || target.get()
                        on:input=move |ev| target.set(event_target_value(&ev))/>
                </div>
            </div>
            <ul class="rw-nudges" id="rw-step-nudges" aria-live="polite">
                {nudges}
            </ul>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            <div class="rw-actions">
                <button type="submit" class="rw-button">{words.get(Text::StepAdd)}</button>
            </div>
        </form>
    }
}
