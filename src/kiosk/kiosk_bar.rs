//! The row above a widget in kiosk mode or with quick exit.

use super::quick_exit::leave;
use super::session::{countdown, wipe_everything};
use crate::i18n::use_words;
use crate::print::print_page;
use crate::settings::KioskSettings;
use crate::take_home::{page_for_codes, TakeHomeCodes};
use leptos::prelude::*;
use recovery_core::text::Text;

/// The row above a widget in kiosk mode or with quick exit: "I'm finished" and its choices,
/// and "Leave this page quickly".
#[component]
pub fn KioskBar() -> impl IntoView {
    let settings = expect_context::<KioskSettings>();
    let words = use_words();
    let finishing = RwSignal::new(false);
    let taking_home = RwSignal::new(false);
    let countdown = countdown();
    let kiosk = settings.kiosk;
    // Only with a page to link to: a phone opening the kiosk page would keep nothing.
    let take_home_page = StoredValue::new(
        kiosk
            .then(|| page_for_codes(settings.take_home_url.as_deref(), true))
            .flatten(),
    );
    let can_take_home = take_home_page.with_value(Option::is_some);
    // The code is the answers themselves: it goes when the finishing choices close, and as
    // soon as the screen is left alone long enough to ask "Are you still there?".
    Effect::new(move |_| {
        if !finishing.get() || countdown.get().is_some() {
            taking_home.set(false);
        }
    });
    let finish = kiosk.then(|| {
        let panel_words = words.clone();
        view! {
            <button type="button" class="rw-button rw-kiosk-finish"
                aria-expanded=move || finishing.get().to_string()
                on:click=move |_| finishing.update(|f| *f = !*f)>
                {words.get(Text::KioskFinish)}
            </button>
            {move || finishing.get().then(|| view! {
                <div class="rw-kiosk-panel" role="group" aria-label=panel_words.get(Text::KioskFinish)>
                    <p>{panel_words.get(Text::KioskFinishIntro)}</p>
                    <div class="rw-actions">
                        <button type="button" class="rw-button rw-button-quiet"
                            on:click=|_| print_page()>
                            {panel_words.get(Text::KioskPrint)}
                        </button>
                        {can_take_home.then(|| view! {
                            <button type="button" class="rw-button rw-button-quiet"
                                aria-expanded=move || taking_home.get().to_string()
                                on:click=move |_| taking_home.update(|t| *t = !*t)>
                                {panel_words.get(Text::KioskTakeHome)}
                            </button>
                        })}
                        <button type="button" class="rw-button"
                            on:click=move |_| { finishing.set(false); wipe_everything(); }>
                            {panel_words.get(Text::KioskClear)}
                        </button>
                        <button type="button" class="rw-button rw-button-quiet"
                            on:click=move |_| finishing.set(false)>
                            {panel_words.get(Text::KioskNotYet)}
                        </button>
                    </div>
                    {move || {
                        let page = take_home_page.get_value().filter(|_| taking_home.get())?;
                        Some(view! { <TakeHomeCodes page=page/> })
                    }}
                </div>
            })}
        }
    });
    let exit = settings.quick_exit.clone().map(|url| {
        view! {
            <button type="button" class="rw-button rw-quick-exit"
                on:click=move |_| leave(&url, kiosk)>
                {words.get(Text::QuickExit)}
            </button>
        }
    });
    view! { <div class="rw-kiosk-bar rw-no-print">{exit}{finish}</div> }
}
