//! What every widget shows while the record is locked with a passcode.

use super::crisis_lines::CrisisLinesPanel;
use crate::browser;
use crate::i18n::use_words;
use crate::store::{use_record, PasscodeProblem};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::locked::wait_after_wrong_tries;
use recovery_core::text::Text;

/// The locked view: only the passcode box, the host's crisis lines (they are not personal)
/// and, with the kiosk bar above it, quick exit. Nothing of the record is on the page. Wrong
/// passcodes are slowed gently and never lock the person out; a forgotten passcode can only
/// start again, after a clear confirmation and the offer to save the locked copy.
#[component]
pub fn LockedView() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let passcode = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Text>);
    let busy = RwSignal::new(false);
    let wrong = StoredValue::new(0u32);
    let next_try_at = StoredValue::new(0.0f64);
    let forgot = RwSignal::new(false);
    let crisis_heading: NodeRef<html::H3> = NodeRef::new();
    let passcode_box: NodeRef<html::Input> = NodeRef::new();

    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        if js_sys::Date::now() < next_try_at.get_value() {
            message.set(Some(Text::LockedWait));
            return;
        }
        let typed = passcode.get_untracked();
        if typed.is_empty() {
            return;
        }
        busy.set(true);
        message.set(Some(Text::LockWorking));
        spawn_local(async move {
            let result = store.unlock(&typed).await;
            // The view may be gone already: the record opened.
            let _ = busy.try_set(false);
            match result {
                Ok(()) => {}
                Err(problem) => {
                    let text = match problem {
                        PasscodeProblem::Wrong => {
                            wrong.update_value(|n| *n += 1);
                            let wait = f64::from(wait_after_wrong_tries(wrong.get_value()));
                            next_try_at.set_value(js_sys::Date::now() + wait);
                            Text::LockedWrong
                        }
                        PasscodeProblem::CannotRead => Text::LockedCannotRead,
                        PasscodeProblem::Unavailable => Text::LockUnavailable,
                    };
                    passcode.set(String::new());
                    message.set(Some(text));
                    if let Some(input) = passcode_box.get_untracked() {
                        let _ = input.focus();
                    }
                }
            }
        });
    };

    let save_locked = move |_| {
        if let Some(copy) = store.locked_copy() {
            let name = format!(
                "my-recovery-answers-locked-{}.json",
                browser::local_date_for_file_name()
            );
            if let Err(error) = browser::download(&name, "application/json", &copy) {
                browser::warn_web_team(&format!("the download could not start: {error:?}"));
            }
        }
    };

    let forgot_words = words.clone();
    view! {
        <section class="rw-locked" aria-labelledby="rw-locked-title">
            <h2 id="rw-locked-title">{words.get(Text::LockedTitle)}</h2>
            <form class="rw-passcode" autocomplete="off" on:submit=open>
                <p>{words.get(Text::LockedIntro)}</p>
                <label for="rw-locked-passcode">{words.get(Text::LockedPasscode)}</label>
                <input type="password" id="rw-locked-passcode" autocomplete="current-password"
                    aria-describedby="rw-locked-message" node_ref=passcode_box
                    prop:value=move || passcode.get()
                    on:input=move |ev| passcode.set(event_target_value(&ev))/>
                <p id="rw-locked-message" class="rw-message" role="status">
                    {move || message.get().map(|t| words.get(t))}
                </p>
                <div class="rw-actions">
                    <button type="submit" class="rw-button" aria-disabled=move || busy.get().to_string()>
                        {forgot_words.get(Text::LockedOpen)}
                    </button>
                    <button type="button" class="rw-button rw-button-quiet"
                        aria-expanded=move || forgot.get().to_string()
                        on:click=move |_| forgot.update(|f| *f = !*f)>
                        {forgot_words.get(Text::LockedForgot)}
                    </button>
                </div>
            </form>
            {move || forgot.get().then(|| {
                let words = use_words();
                view! {
                    <div class="rw-forgot" role="group" aria-label=words.get(Text::LockedForgot)>
                        <p>{words.get(Text::LockedForgotIntro)}</p>
                        <div class="rw-actions">
                            <button type="button" class="rw-button rw-button-quiet" on:click=save_locked>
                                {words.get(Text::LockedSaveLocked)}
                            </button>
                            <button type="button" class="rw-button"
                                on:click=move |_| forgot.set(false)>
                                {words.get(Text::LockedKeep)}
                            </button>
                            <button type="button" class="rw-button rw-button-quiet"
                                on:click=move |_| store.start_again()>
                                {words.get(Text::LockedStartAgain)}
                            </button>
                        </div>
                    </div>
                }
            })}
            <CrisisLinesPanel heading=crisis_heading/>
        </section>
    }
}
