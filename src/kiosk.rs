//! Kiosk mode, for a shared screen in a waiting room, and the quick-exit button.
//!
//! In kiosk mode every record lives in the page's memory only (nothing is written to any
//! browser storage), each widget shows an "I'm finished" button, and after a spell with no
//! touch or key press a large "Are you still there?" prompt counts down. Finishing, or the
//! countdown running out, wipes every record on the page and returns every widget to its first
//! screen, ready for the next person.
//!
//! Quick exit (any mode): a button, or Escape pressed twice, replaces the page with a neutral
//! address the host chose; in kiosk mode everything is wiped first.

use crate::i18n::use_words;
use crate::settings::KioskSettings;
use crate::widget::every_widget;
use leptos::prelude::*;
use recovery_core::text::Text;
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The page's kiosk state, and whether it is being printed: one for the whole page, in a root
/// owner of its own.
#[derive(Clone, Copy)]
struct Session {
    /// Goes up by one at every wipe; every widget view is rebuilt from its first screen.
    fresh_starts: RwSignal<u32>,
    /// While the "Are you still there?" prompt shows: the seconds left.
    countdown: RwSignal<Option<u32>>,
    /// Kept here for [`crate::browser::printing`], which says when it is true.
    printing: RwSignal<bool>,
}

thread_local! {
    static SESSION: Cell<Option<Session>> = const { Cell::new(None) };
    static LAST_ACTIVITY: Cell<f64> = const { Cell::new(0.0) };
    static IDLE: Cell<Option<(u32, u32)>> = const { Cell::new(None) };
    static QUICK_EXIT: RefCell<Option<(String, bool)>> = const { RefCell::new(None) };
    static LAST_ESCAPE: Cell<f64> = const { Cell::new(f64::NEG_INFINITY) };
    /// Whether anyone has touched the screen since the last wipe: an unused kiosk never asks
    /// "Are you still there?".
    static USED: Cell<bool> = const { Cell::new(false) };
    /// Whether a widget on the page already holds the "Are you still there?" prompt.
    static STILL_THERE_SHOWN: Cell<bool> = const { Cell::new(false) };
}

/// Gives the page's one "Are you still there?" prompt to the widget asking, unless another
/// holds it already.
pub fn claim_still_there() -> bool {
    STILL_THERE_SHOWN.with(|shown| !shown.replace(true))
}

/// Lets another kiosk widget hold the "Are you still there?" prompt (the one holding it was
/// removed or restarted).
fn release_still_there() {
    let _ = STILL_THERE_SHOWN.try_with(|shown| shown.set(false));
}

fn session() -> Session {
    SESSION.with(|s| match s.get() {
        Some(session) => session,
        None => {
            // A root owner of its own; a caller's owner is made current again after.
            let caller = Owner::current();
            let owner = Owner::new_root(None);
            let session = owner.with(|| Session {
                fresh_starts: RwSignal::new(0),
                countdown: RwSignal::new(None),
                printing: RwSignal::new(false),
            });
            // The session lives as long as the page.
            std::mem::forget(owner);
            if let Some(caller) = caller {
                caller.set();
            }
            s.set(Some(session));
            session
        }
    })
}

/// The page's signal for [`crate::browser::printing`].
pub fn printing_signal() -> RwSignal<bool> {
    session().printing
}

/// Makes the page's kiosk state, outside any view (call before mounting).
pub fn prepare() {
    session();
}

/// Subscribes the caller to fresh starts: a view that reads this is rebuilt at every wipe.
pub fn track_fresh_starts() {
    session().fresh_starts.track();
}

/// Wipes every record on the page and returns every widget to its first screen.
pub fn wipe_everything() {
    crate::store::wipe_all_records();
    let session = session();
    session.countdown.set(None);
    session.fresh_starts.update(|n| *n = n.wrapping_add(1));
    LAST_ACTIVITY.with(|a| a.set(js_sys::Date::now()));
    USED.with(|u| u.set(false));
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
    // The keyboard starts again where the next person starts reading: the first widget's
    // heading, once the widgets are rebuilt.
    request_animation_frame(focus_first_heading);
}

/// Moves the keyboard to the main heading of the first widget on the page (each widget's
/// element name and heading id come from the registry).
fn focus_first_heading() {
    let widgets = every_widget();
    let tags: Vec<&str> = widgets.iter().map(|w| w.tag).collect();
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&tags.join(", ")).ok().flatten());
    let Some(shadow) = first.and_then(|f| f.shadow_root()) else {
        return;
    };
    let heading = widgets
        .iter()
        .find_map(|w| shadow.get_element_by_id(w.heading_id))
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

/// Starts the page's idle watch (once; the shortest settings asked for win).
pub fn watch_idle(settings: &KioskSettings) {
    let first = IDLE.with(|idle| {
        let first = idle.get().is_none();
        let (idle_s, countdown_s) = idle.get().unwrap_or((u32::MAX, u32::MAX));
        idle.set(Some((
            idle_s.min(settings.idle_seconds),
            countdown_s.min(settings.countdown_seconds),
        )));
        first
    });
    if !first {
        return;
    }
    LAST_ACTIVITY.with(|a| a.set(js_sys::Date::now()));
    let Some(window) = web_sys::window() else {
        return;
    };
    // Activity only notes the time: the prompt goes at the next tick (or at once when it is
    // itself touched), so a tap that ends the prompt never lands on what lies under it.
    let on_activity = Closure::<dyn Fn()>::new(|| {
        LAST_ACTIVITY.with(|a| a.set(js_sys::Date::now()));
        USED.with(|u| u.set(true));
    });
    if let Some(document) = window.document() {
        for event in ["pointerdown", "keydown", "touchstart", "input", "wheel"] {
            let _ = document.add_event_listener_with_callback_and_bool(
                event,
                on_activity.as_ref().unchecked_ref(),
                true,
            );
        }
    }
    // The print dialog stops timers; coming back from it counts as being here.
    let _ =
        window.add_event_listener_with_callback("afterprint", on_activity.as_ref().unchecked_ref());
    // Leaving the page (a link, the back button) wipes first, so the browser's back-forward
    // cache never brings one person's answers back for the next.
    let on_leave = Closure::<dyn Fn()>::new(wipe_everything);
    let _ = window.add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
    on_activity.forget();
    let tick = Closure::<dyn Fn()>::new(|| {
        let Some((idle_s, countdown_s)) = IDLE.with(Cell::get) else {
            return;
        };
        let quiet_ms = js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get);
        let quiet_s = (quiet_ms / 1000.0).floor().max(0.0) as u64;
        let countdown = session().countdown;
        if quiet_s < u64::from(idle_s) || !USED.with(Cell::get) {
            if countdown.get_untracked().is_some() {
                countdown.set(None);
            }
            return;
        }
        let left = (u64::from(idle_s) + u64::from(countdown_s)).saturating_sub(quiet_s);
        if left == 0 {
            wipe_everything();
        } else if countdown.get_untracked() != Some(left as u32) {
            countdown.set(Some(left as u32));
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        1000,
    );
    tick.forget();
}

/// Listens for Escape pressed twice within a second, once for the page.
pub fn watch_quick_exit(url: &str, kiosk: bool) {
    let first = QUICK_EXIT.with(|q| {
        let mut q = q.borrow_mut();
        let first = q.is_none();
        if first {
            *q = Some((url.to_owned(), kiosk));
        }
        first
    });
    if !first {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let on_key = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(|event: web_sys::KeyboardEvent| {
        let prompt_open = SESSION
            .with(Cell::get)
            .is_some_and(|s| s.countdown.get_untracked().is_some());
        if event.key() != "Escape" || event.repeat() || event.is_composing() || prompt_open {
            LAST_ESCAPE.with(|l| l.set(f64::NEG_INFINITY));
            return;
        }
        let now = js_sys::Date::now();
        let last = LAST_ESCAPE.with(|l| l.replace(now));
        if now - last <= 1000.0 {
            let target = QUICK_EXIT.with(|q| q.borrow().clone());
            if let Some((url, kiosk)) = target {
                leave(&url, kiosk);
            }
        }
    });
    let _ = document.add_event_listener_with_callback_and_bool(
        "keydown",
        on_key.as_ref().unchecked_ref(),
        true,
    );
    on_key.forget();
}

/// Leaves the page at once for `url`, wiping first in kiosk mode. `replace` keeps this page
/// out of the back button's history.
fn leave(url: &str, kiosk: bool) {
    if kiosk {
        wipe_everything();
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}

/// The row above a widget in kiosk mode or with quick exit: "I'm finished" and its choices,
/// and "Leave this page quickly".
#[component]
pub fn KioskBar() -> impl IntoView {
    let settings = expect_context::<KioskSettings>();
    let words = use_words();
    let finishing = RwSignal::new(false);
    let taking_home = RwSignal::new(false);
    let kiosk = settings.kiosk;
    // Only with a page to link to: a phone opening the kiosk page would keep nothing.
    let take_home_page = StoredValue::new(
        kiosk
            .then(|| crate::take_home::page_for_codes(settings.take_home_url.as_deref(), true))
            .flatten(),
    );
    let can_take_home = take_home_page.with_value(Option::is_some);
    // The code is the answers themselves: it goes when the finishing choices close, and as
    // soon as the screen is left alone long enough to ask "Are you still there?".
    Effect::new(move |_| {
        if !finishing.get() || session().countdown.get().is_some() {
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
                            on:click=|_| crate::browser::print_page()>
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
                        Some(view! { <crate::take_home::TakeHomeCodes page=page/> })
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

/// The "Are you still there?" prompt, over the whole screen, while the countdown runs. Built
/// once when it opens (only the number changes), with the keyboard on "Keep going"; a tap
/// anywhere on it keeps going.
#[component]
pub fn StillThere() -> impl IntoView {
    let words = use_words();
    let countdown = session().countdown;
    let keep_going: NodeRef<leptos::html::Button> = NodeRef::new();
    on_cleanup(release_still_there);
    Effect::new(move |was_open: Option<bool>| {
        let open = countdown.with(Option::is_some);
        if open && was_open != Some(true) {
            if let Some(button) = keep_going.get() {
                let _ = button.focus();
            }
        }
        open
    });
    let keep = move |_| {
        LAST_ACTIVITY.with(|a| a.set(js_sys::Date::now()));
        countdown.set(None);
    };
    let title = words.get(Text::KioskStillThere);
    let label = words.get(Text::KioskKeepGoing);
    view! {
        <Show when=move || countdown.with(Option::is_some)>
            <div class="rw-still-there" role="alertdialog" aria-modal="true"
                aria-labelledby="rw-still-there-title" aria-describedby="rw-still-there-text"
                on:click=keep>
                <div class="rw-still-there-box">
                    <h2 id="rw-still-there-title">{title.clone()}</h2>
                    <p id="rw-still-there-text">{
                        let words = words.clone();
                        move || words.fill(
                            Text::KioskStillThereCountdown,
                            &[("seconds", &countdown.get().unwrap_or(0).to_string())],
                        )
                    }</p>
                    <button type="button" class="rw-button rw-still-there-keep"
                        node_ref=keep_going>
                        {label.clone()}
                    </button>
                </div>
            </div>
        </Show>
    }
}
