//! A reminder, in the person's own calendar, to look at the plan again.

use crate::browser;
use crate::i18n::use_words;
use crate::settings::KioskSettings;
use leptos::prelude::*;
use recovery_core::format::calendar::{all_day_event, file_name, plan_review_event};
use recovery_core::text::Text;
use recovery_core::CalendarDate;

/// "Look at my plan again": the person picks a day and gets a calendar file (.ics) with an
/// all-day reminder, made here ([`recovery_core::format::calendar`]) and downloaded; their
/// calendar app takes it from there. Not on a kiosk: a file saved there would stay for the
/// next person.
#[component]
pub fn PlanReminder() -> impl IntoView {
    let words = use_words();
    let kiosk = use_context::<KioskSettings>().is_some_and(|k| k.kiosk);
    let day = RwSignal::new(String::new());
    let message = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let add = {
        let words = words.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            message.set(String::new());
            problem.set(String::new());
            let Some(chosen) = CalendarDate::parse(&day.get_untracked()) else {
                problem.set(words.get(Text::CalendarPickDay));
                return;
            };
            let event = plan_review_event(
                &words.get(Text::CalendarReviewTitle),
                &words.get(Text::CalendarReviewNote),
                chosen,
                &words.text_lang(),
            );
            let ics = all_day_event(&event, browser::now());
            match browser::download(&file_name("look-at-my-plan", chosen), "text/calendar", &ics) {
                Ok(()) => message.set(words.get(Text::CalendarSaved)),
                Err(e) => {
                    browser::warn_web_team(&format!("the reminder could not be saved: {e:?}"))
                }
            }
        }
    };
    (!kiosk).then(|| {
        view! {
            <section class="rw-reminder rw-no-print" aria-labelledby="rw-plan-reminder-title">
                <h3 id="rw-plan-reminder-title" class="rw-small-heading">{words.get(Text::CalendarReviewTitle)}</h3>
                <p>{words.get(Text::CalendarReviewAbout)}</p>
                <form class="rw-form" novalidate on:submit=add>
                    <div class="rw-field">
                        <label for="rw-plan-reminder-day">{words.get(Text::CalendarReviewDay)}</label>
                        <input type="date" id="rw-plan-reminder-day" autocomplete="off"
                            prop:value=move || day.get()
                            on:input=move |ev| day.set(event_target_value(&ev))
                            on:change=move |ev| day.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="rw-button rw-button-quiet">{words.get(Text::CalendarReviewAdd)}</button>
                </form>
                <p class="rw-message" role="status">{move || message.get()}</p>
                <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            </section>
        }
    })
}
