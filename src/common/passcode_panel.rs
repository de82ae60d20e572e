//! Setting, changing and removing a passcode, and locking now: part of "keep a copy".

use crate::i18n::use_words;
use crate::store::{use_record, Lock, PasscodeProblem, RecordStore};
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::locked::{check_new_passcode, NewPasscodeProblem, MIN_PASSCODE_CHARS};
use recovery_core::text::Text;

/// The minutes a person can choose before the record locks again by itself.
const LOCK_AFTER_CHOICES: [u32; 5] = [1, 5, 15, 30, 60];

/// The passcode part of "keep a copy". With no passcode: why one helps, and (said plainly
/// before it is set) that a forgotten one cannot be recovered. With one: lock now, the time
/// before it locks again by itself, change it, remove it. Only where the record is kept on
/// the device (never on a kiosk, whose memory keeps nothing).
#[component]
pub fn PasscodePanel() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    // The form for a new passcode: `Some(false)` to set one, `Some(true)` to change it.
    let form = RwSignal::new(None::<bool>);
    let done = RwSignal::new(None::<Text>);
    let lock = Memo::new(move |_| store.lock());

    let set_words = words.clone();
    move || {
        let words = set_words.clone();
        match lock.get() {
            Lock::Locked => ().into_any(),
            Lock::NoPasscode => view! {
                <section class="rw-passcode" aria-labelledby="rw-passcode-title">
                    <h4 id="rw-passcode-title" class="rw-small-heading">{words.get(Text::LockTitle)}</h4>
                    <p>{words.get(Text::LockIntro)}</p>
                    <p class="rw-message" role="status">{move || done.get().map(|t| use_words().get(t))}</p>
                    {move || match form.get() {
                        Some(_) => view! { <NewPasscodeForm form=form done=done/> }.into_any(),
                        None => view! {
                            <div class="rw-actions">
                                <button type="button" class="rw-button rw-button-quiet" aria-expanded="false"
                                    on:click=move |_| { done.set(None); form.set(Some(false)); }>
                                    {use_words().get(Text::LockStart)}
                                </button>
                            </div>
                        }.into_any(),
                    }}
                </section>
            }
            .into_any(),
            Lock::Open => {
                let chosen = store.lock_after_minutes();
                let options = LOCK_AFTER_CHOICES
                    .iter()
                    .map(|m| {
                        let label = words.fill(Text::LockMinutes, &[("count", &crate::browser::number(*m as usize, &words.lang()))]);
                        view! { <option value=m.to_string() selected=*m == chosen>{label}</option> }
                    })
                    .collect_view();
                view! {
                    <section class="rw-passcode" aria-labelledby="rw-passcode-title">
                        <h4 id="rw-passcode-title" class="rw-small-heading">{words.get(Text::LockTitle)}</h4>
                        <p>{words.get(Text::LockIsOn)}</p>
                        <p class="rw-message" role="status">{move || done.get().map(|t| use_words().get(t))}</p>
                        <div class="rw-actions">
                            <button type="button" class="rw-button" on:click=move |_| store.lock_now()>
                                {words.get(Text::LockNow)}
                            </button>
                            <button type="button" class="rw-button rw-button-quiet" on:click=move |_| save_locked_copy(store)>
                                {words.get(Text::LockSaveLocked)}
                            </button>
                        </div>
                        <label for="rw-lock-after">{words.get(Text::LockAfter)}</label>
                        <select id="rw-lock-after" class="rw-lock-after"
                            on:change=move |ev| {
                                if let Ok(minutes) = event_target_value(&ev).parse() {
                                    store.set_lock_after_minutes(minutes);
                                }
                            }>
                            {options}
                        </select>
                        {move || match form.get() {
                            Some(_) => view! { <NewPasscodeForm form=form done=done/> }.into_any(),
                            None => view! {
                                <div class="rw-actions">
                                    <button type="button" class="rw-button rw-button-quiet" aria-expanded="false"
                                        on:click=move |_| { done.set(None); form.set(Some(true)); }>
                                        {use_words().get(Text::LockChange)}
                                    </button>
                                    <button type="button" class="rw-button rw-button-quiet"
                                        on:click=move |_| { store.remove_passcode(); done.set(Some(Text::LockRemoved)); }>
                                        {use_words().get(Text::LockRemove)}
                                    </button>
                                </div>
                            }.into_any(),
                        }}
                    </section>
                }
                .into_any()
            }
        }
    }
}

/// A new passcode, typed twice: to set one (`form` holds `Some(false)`) or change it
/// (`Some(true)`).
#[component]
fn NewPasscodeForm(
    /// Which form is open; set to `None` when it closes.
    form: RwSignal<Option<bool>>,
    /// What to say once it is done.
    done: RwSignal<Option<Text>>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let changing = form.get_untracked() == Some(true);
    let passcode = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let problem_words = words.clone();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (typed, repeated) = (passcode.get_untracked(), again.get_untracked());
        if let Err(why) = check_new_passcode(&typed, &repeated) {
            problem.set(Some(match why {
                NewPasscodeProblem::TooShort => problem_words.fill(
                    Text::LockTooShort,
                    &[(
                        "count",
                        &crate::browser::number(MIN_PASSCODE_CHARS, &problem_words.lang()),
                    )],
                ),
                NewPasscodeProblem::NotTheSame => problem_words.get(Text::LockNotSame),
            }));
            return;
        }
        busy.set(true);
        problem.set(Some(problem_words.get(Text::LockWorking)));
        let unavailable = problem_words.get(Text::LockUnavailable);
        spawn_local(async move {
            let result = if changing {
                store.change_passcode(&typed).await
            } else {
                store.set_passcode(&typed).await
            };
            let _ = busy.try_set(false);
            match result {
                Ok(()) => {
                    // Once set, the panel itself says the answers are locked.
                    done.set(changing.then_some(Text::LockChanged));
                    form.set(None);
                }
                Err(
                    PasscodeProblem::Wrong
                    | PasscodeProblem::Unavailable
                    | PasscodeProblem::CannotRead,
                ) => {
                    let _ = problem.try_set(Some(unavailable));
                }
            }
        });
    };

    view! {
        <form class="rw-passcode-form" autocomplete="off" on:submit=submit>
            <p><strong>{words.get(Text::LockCannotRecover)}</strong></p>
            <label for="rw-passcode-new">{words.get(Text::LockNew)}</label>
            <input type="password" id="rw-passcode-new" autocomplete="new-password"
                aria-describedby="rw-passcode-problem"
                prop:value=move || passcode.get()
                on:input=move |ev| passcode.set(event_target_value(&ev))/>
            <label for="rw-passcode-again">{words.get(Text::LockRepeat)}</label>
            <input type="password" id="rw-passcode-again" autocomplete="new-password"
                prop:value=move || again.get()
                on:input=move |ev| again.set(event_target_value(&ev))/>
            <p id="rw-passcode-problem" class="rw-message" role="status">{move || problem.get()}</p>
            <div class="rw-actions">
                <button type="submit" class="rw-button">
                    {words.get(if changing { Text::LockChange } else { Text::LockSet })}
                </button>
                <button type="button" class="rw-button rw-button-quiet" on:click=move |_| form.set(None)>
                    {words.get(Text::LockCancel)}
                </button>
            </div>
        </form>
    }
}

/// Downloads the record as a locked file: the usual copy, encrypted with this tab's key.
fn save_locked_copy(store: RecordStore) {
    spawn_local(async move {
        let Ok(locked) = store.locked_export().await else {
            crate::browser::warn_web_team("a locked copy could not be made");
            return;
        };
        let name = format!(
            "my-recovery-answers-locked-{}.json",
            crate::browser::local_date_for_file_name()
        );
        if let Err(error) = crate::browser::download(&name, "application/json", &locked) {
            crate::browser::warn_web_team(&format!("the download could not start: {error:?}"));
        }
    });
}
