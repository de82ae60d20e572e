//! A step's status area: open, done, or "not this time".

use crate::browser::{long_calendar_date, today};
use crate::i18n::Words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::{Step, StepEdit, StepState};
use recovery_core::text::Text;
use recovery_core::{EditError, ItemId};

/// Where a step is at, and what can be done about it: mark it done or "not this time" while
/// it is open; once done, the day it was done (which can be changed) and a way to open it
/// again; when it did not happen, what was learned.
#[component]
pub fn StepStatus(
    /// The step, while it exists.
    step: Signal<Option<Step>>,
    /// The words to show.
    words: Words,
    /// The language dates are written in.
    lang: String,
    /// The goal's and the step's ids.
    ids: StoredValue<(ItemId, ItemId)>,
    /// Changes the day the step was done (the date box's value).
    set_done_date: Callback<String>,
) -> impl IntoView {
    let store = use_record();
    let act = move |action: fn(
        &mut recovery_core::goals::Goals,
        &ItemId,
        &ItemId,
    ) -> Result<(), EditError>| {
        let _ = store.change(|r, _| ids.with_value(|(g, s)| action(&mut r.goals, g, s)));
    };
    // Rebuilt only when the step moves between open, done and "not this time", so typing in
    // "What I learned" or changing the done date never loses the cursor.
    // `None`: the step is gone (removed in another widget or tab).
    let mode = Memo::new(move |_| step.with(|s| s.as_ref().map(Step::state)));
    let base = ids.with_value(|(_, s)| format!("rw-step-{s}"));
    let what = move || step.with(|s| s.as_ref().map(|s| s.what.clone()).unwrap_or_default());
    move || {
        let reopen = words.get(Text::StepReopen);
        match mode.get() {
            None => ().into_any(),
            Some(StepState::Done) => {
                let lang = lang.clone();
                let done_words = words.clone();
                let shown = move || {
                    let date = step.with(|s| s.as_ref().and_then(|s| s.done));
                    let shown = date
                        .map(|d| long_calendar_date(d, &lang))
                        .unwrap_or_default();
                    format!("{}: {shown}", done_words.get(Text::StepDoneOn))
                };
                let initial = step
                    .with_untracked(|s| s.as_ref().and_then(|s| s.done))
                    .map(|d| d.to_string())
                    .unwrap_or_default();
                view! {
                    <div class="rw-step-status rw-field">
                        <p class="rw-done-mark"><span aria-hidden="true">"✓ "</span>{shown}</p>
                        <label for=format!("{base}-done") class="rw-visually-hidden">{words.get(Text::StepDoneOn)}</label>
                        <input type="date" autocomplete="off" id=format!("{base}-done") class="rw-no-print" prop:value=initial
                            on:change=move |ev| set_done_date.run(event_target_value(&ev))/>
                        <button type="button" class="rw-button rw-button-quiet rw-button-small rw-no-print"
                            on:click=move |_| act(|g, goal, step| g.reopen_step(goal, step))>{reopen}</button>
                    </div>
                }
                .into_any()
            }
            Some(StepState::NotThisTime) => {
                let learned = step
                    .with_untracked(|s| s.as_ref().map(|s| s.learned.clone()).unwrap_or_default());
                view! {
                    <div class="rw-step-status">
                        <p class="rw-note">{words.get(Text::StepNotThisTimeNote)}</p>
                        <div class="rw-field">
                            <label for=format!("{base}-learned")>{words.get(Text::StepLearned)}</label>
                            <textarea dir="auto" autocomplete="off" id=format!("{base}-learned") rows="1" prop:value=learned
                                on:input=move |ev| {
                                    let typed = event_target_value(&ev);
                                    let _ = store.change(|r, _| ids.with_value(|(g, st)| r.goals.edit_step(g, st, StepEdit::Learned(&typed))));
                                }></textarea>
                        </div>
                        <button type="button" class="rw-button rw-button-quiet rw-button-small rw-no-print"
                            on:click=move |_| act(|g, goal, step| g.reopen_step(goal, step))>{reopen}</button>
                    </div>
                }
                .into_any()
            }
            Some(StepState::Open) => {
                let (done_text, not_text) = (
                    words.get(Text::StepMarkDone),
                    words.get(Text::StepNotThisTime),
                );
                let (done_label, not_label) = (done_text.clone(), not_text.clone());
                view! {
                    <div class="rw-actions rw-step-status rw-no-print">
                        <button type="button" class="rw-button rw-button-small"
                            aria-label=move || format!("{done_label}: {}", what())
                            on:click=move |_| { let _ = store.change(|r, now| ids.with_value(|(g, s)| r.goals.mark_step_done(g, s, today(), now))); }>
                            <span aria-hidden="true">"✓ "</span>{done_text}
                        </button>
                        <button type="button" class="rw-button rw-button-quiet rw-button-small"
                            aria-label=move || format!("{not_label}: {}", what())
                            on:click=move |_| { let _ = store.change(|r, now| ids.with_value(|(g, s)| r.goals.mark_step_not_this_time(g, s, now))); }>
                            {not_text}
                        </button>
                    </div>
                }
                .into_any()
            }
        }
    }
}
