//! One step of a goal, edited in place.

use super::helper_choice::HelperChoice;
use super::step_status::StepStatus;
use crate::common::{edit_message, MoveButtons};
use crate::i18n::use_words;
use crate::settings::KioskSettings;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::format::calendar::{all_day_event, file_name, reminder_day, step_event};
use recovery_core::goals::{Helper, StepEdit};
use recovery_core::inventory::Direction;
use recovery_core::text::Text;
use recovery_core::{CalendarDate, ItemId, NotADate};

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
                        ("position", &w.number(index + 1)),
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

    // "Add to my calendar" for an open step with a day set: a calendar file made in core,
    // downloaded. Not on a kiosk, where a file would stay for the next person.
    let kiosk = use_context::<KioskSettings>().is_some_and(|k| k.kiosk);
    let saved = RwSignal::new(String::new());
    let calendar_words = words.clone();
    let add_to_calendar = move |_| {
        let w = &calendar_words;
        let made = store.with_untracked(|r| {
            ids.with_value(|(g, s)| {
                let goal = r.goals.goal(g)?;
                let step = goal.steps.iter().find(|x| &x.id == s)?;
                let day = reminder_day(step)?;
                let note = w.fill(Text::CalendarStepNote, &[("goal", goal.text.trim())]);
                let event = step_event(s.as_str(), &step.what, &note, day, &w.text_lang());
                Some((
                    all_day_event(&event, crate::browser::now()),
                    file_name("my-step", day),
                ))
            })
        });
        let Some((ics, name)) = made else { return };
        match crate::browser::download(&name, "text/calendar", &ics) {
            Ok(()) => saved.set(w.get(Text::CalendarSaved)),
            Err(e) => {
                crate::browser::warn_web_team(&format!("the reminder could not be saved: {e:?}"))
            }
        }
    };
    let calendar_label = words.get(Text::CalendarAddStep);
    let calendar_button = move || {
        let dated = step().is_some_and(|s| reminder_day(&s).is_some());
        (!kiosk && dated).then(|| {
            let label = calendar_label.clone();
            view! {
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    aria-label=move || format!("{label}: {}", name.get())
                    on:click=add_to_calendar.clone()>
                    {calendar_label.clone()}
                </button>
            }
        })
    };

    view! {
        <li class="rw-step" class:rw-step-done=move || step().is_some_and(|s| s.done.is_some())
            class:rw-step-not-this-time=move || step().is_some_and(|s| s.not_this_time)>
            <div class="rw-field">
                <label for=format!("{base}-what")>{words.get(Text::StepWhat)}</label>
                <textarea dir="auto" autocomplete="off" id=format!("{base}-what") rows="2"
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
                <textarea dir="auto" autocomplete="off" id=format!("{base}-notes") rows="1"
                    prop:value=move || step().map(|s| s.notes).unwrap_or_default()
                    on:input=move |ev| edit(StepEdit::Notes(&event_target_value(&ev)))></textarea>
            </div>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            <p class="rw-message rw-no-print" role="status">{move || saved.get()}</p>
            <div class="rw-actions rw-no-print">
                {calendar_button}
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
