use super::types::helper_text;
use crate::browser::{long_calendar_date, today};
use crate::common::edit_message;
use crate::common::MoveButtons;
use crate::i18n::{use_words, Words};
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::{Helper, Step, StepEdit, StepState};
use recovery_core::inventory::Direction;
use recovery_core::text::Text;
use recovery_core::{CalendarDate, EditError, ItemId, NotADate};

/// The choice of helper: nobody named, the usual helpers, or someone named.
#[component]
pub fn HelperChoice(
    /// The id of the select box (the name box gets `-name` after it).
    id: String,
    /// The helper chosen.
    #[prop(into)]
    value: Signal<Option<Helper>>,
    /// Called with the new helper.
    on_change: Callback<Option<Helper>>,
) -> impl IntoView {
    let words = use_words();
    let key = RwSignal::new(
        value
            .get_untracked()
            .map(|h| h.key().to_owned())
            .unwrap_or_default(),
    );
    let options = Helper::CHOICES
        .into_iter()
        .map(|h| view! { <option value=h.key()>{words.get(helper_text(&h))}</option> })
        .collect_view();
    let name_id = format!("{id}-name");
    // The name box keeps exactly what is typed (spaces included); the saved helper is trimmed.
    let typed_name = RwSignal::new(match value.get_untracked() {
        Some(Helper::Someone(n)) => n,
        _ => String::new(),
    });
    let name_for = name_id.clone();
    let name_words = words.clone();
    view! {
        <div class="rw-field">
            <label for=id.clone()>{words.get(Text::StepWho)}</label>
            <select id=id
                prop:value=move || value.get().map(|h| h.key().to_owned()).unwrap_or_else(|| key.get())
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    key.set(chosen.clone());
                    on_change.run(Helper::from_key(&chosen, ""));
                }>
                <option value="">{words.get(Text::HelperNone)}</option>
                {options}
                <option value="someone">{words.get(Text::HelperSomeone)}</option>
            </select>
        </div>
        <Show when=move || key.get() == "someone" || matches!(value.get(), Some(Helper::Someone(_)))>
            <div class="rw-field">
                <label for=name_for.clone()>{name_words.get(Text::StepSomeoneName)}</label>
                <input type="text" autocomplete="off" id=name_id.clone()
                    prop:value=move || typed_name.get()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        typed_name.set(typed.clone());
                        // Keep "someone" chosen while the name box is empty.
                        on_change.run(Helper::from_key("someone", &typed));
                        key.set("someone".to_owned());
                    }/>
            </div>
        </Show>
    }
}

/// One step: what, who helps, by when, and whether it is done, or did not happen this time.
#[component]
pub fn StepRow(
    /// The goal's id.
    goal: ItemId,
    /// The step's id.
    step: ItemId,
    /// Where a move is read out.
    announcement: RwSignal<String>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let ids = StoredValue::new((goal, step));
    let snapshot = Memo::new(move |_| {
        store.with(|r| {
            ids.with_value(|(g, s)| {
                let goal = r.goals.goal(g)?;
                let index = goal.steps.iter().position(|x| &x.id == s)?;
                Some((index, goal.steps.len(), goal.steps[index].clone()))
            })
        })
    });
    let step = move || snapshot.get().map(|(.., s)| s);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let edit_words = StoredValue::new(words.clone());
    let edit = move |edit: StepEdit<'_>| {
        let result = store.change(|r, _| ids.with_value(|(g, s)| r.goals.edit_step(g, s, edit)));
        problem.set(
            result
                .err()
                .and_then(|e| edit_words.with_value(|w| edit_message(w, &e))),
        );
    };
    let bad_date = words.get(Text::ErrorBadDate);
    let set_date = move |value: String, done: bool| match CalendarDate::from_date_box(&value) {
        Ok(date) => edit(if done {
            StepEdit::Done(date)
        } else {
            StepEdit::Target(date)
        }),
        Err(NotADate) => problem.set(Some(bad_date.clone())),
    };
    let set_done_date = set_date.clone();

    let name = Signal::derive(move || {
        snapshot.with(|s| s.as_ref().map(|(.., s)| s.what.clone()).unwrap_or_default())
    });
    let place = Signal::derive(move || {
        snapshot.with(|s| s.as_ref().map(|(i, n, _)| (*i, *n)).unwrap_or((0, 0)))
    });
    let moved_words = StoredValue::new(words.clone());
    let on_move = Callback::new(move |direction: Direction| {
        if store
            .change(|r, _| ids.with_value(|(g, s)| r.goals.move_step(g, s, direction)))
            .is_ok()
        {
            let (index, _) = place.get_untracked();
            let text = moved_words.with_value(|w| {
                w.fill(
                    Text::StepMoved,
                    &[
                        ("name", &name.get_untracked()),
                        ("position", &(index + 1).to_string()),
                    ],
                )
            });
            announcement.set(text);
        }
    });
    let base = ids.with_value(|(_, s)| format!("rw-step-{s}"));
    let helper =
        Signal::derive(move || snapshot.with(|s| s.as_ref().and_then(|(.., s)| s.who.clone())));
    let on_helper = Callback::new(move |who: Option<Helper>| edit(StepEdit::Who(who)));
    let status_words = words.clone();
    let lang = words.lang();
    let remove_label = words.get(Text::StepRemove);
    let what_words = words.clone();

    view! {
        <li class="rw-step" class:rw-step-done=move || step().is_some_and(|s| s.done.is_some())
            class:rw-step-not-this-time=move || step().is_some_and(|s| s.not_this_time)>
            <div class="rw-field">
                <label for=format!("{base}-what")>{words.get(Text::StepWhat)}</label>
                <textarea autocomplete="off" id=format!("{base}-what") rows="2"
                    prop:value=move || step().map(|s| s.what).unwrap_or_default()
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        let result = store.change(|r, _| ids.with_value(|(g, s)| r.goals.edit_step(g, s, StepEdit::What(&typed))));
                        problem.set(result.err().and_then(|e| edit_message(&what_words, &e)));
                    }></textarea>
            </div>
            <div class="rw-step-fields">
                <HelperChoice id=format!("{base}-who") value=helper on_change=on_helper/>
                <div class="rw-field">
                    <label for=format!("{base}-target")>{words.get(Text::StepTarget)}</label>
                    <input type="date" autocomplete="off" id=format!("{base}-target")
                        prop:value=move || step().and_then(|s| s.target).map(|d| d.to_string()).unwrap_or_default()
                        on:change=move |ev| set_date(event_target_value(&ev), false)/>
                </div>
            </div>
            <StepStatus step=Signal::derive(step) words=status_words.clone() lang=lang.clone()
                ids=ids set_done_date=Callback::new(move |v: String| set_done_date(v, true))/>
            <div class="rw-field">
                <label for=format!("{base}-notes")>{words.get(Text::StepNotes)}</label>
                <textarea autocomplete="off" id=format!("{base}-notes") rows="1"
                    prop:value=move || step().map(|s| s.notes).unwrap_or_default()
                    on:input=move |ev| edit(StepEdit::Notes(&event_target_value(&ev)))></textarea>
            </div>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            <div class="rw-actions rw-no-print">
                <MoveButtons name=name place=place up_label=words.get(Text::StepMoveUp)
                    down_label=words.get(Text::StepMoveDown) on_move=on_move/>
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    aria-label=move || format!("{remove_label}: {}", name.get())
                    on:click=move |ev| {
                        crate::browser::keep_focus_in_section(&ev);
                        let _ = store.change(|r, _| ids.with_value(|(g, s)| r.goals.remove_step(g, s)));
                    }>
                    {words.get(Text::StepRemove)}
                </button>
            </div>
        </li>
    }
}

#[component]
fn StepStatus(
    step: Signal<Option<Step>>,
    words: Words,
    lang: String,
    ids: StoredValue<(ItemId, ItemId)>,
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
                            <textarea autocomplete="off" id=format!("{base}-learned") rows="1" prop:value=learned
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
