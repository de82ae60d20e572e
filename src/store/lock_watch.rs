//! Locking again by itself: after the time the person chose with nothing done on the page,
//! and when the page has been hidden (another app, another tab, the screen off) for a minute
//! or that time, whichever is shorter.

use super::lock_state::Lock;
use super::record_store::RecordStore;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Minutes before the record locks again when the person has not chosen.
pub const DEFAULT_LOCK_AFTER_MINUTES: u32 = 5;

/// A page hidden this long locks, unless the person chose a shorter time.
const HIDDEN_MS: f64 = 60_000.0;

/// How often the clock is checked.
const TICK_MS: i32 = 1_000;

impl RecordStore {
    /// Minutes left alone before the record locks again.
    pub fn lock_after_minutes(&self) -> u32 {
        self.slot
            .with_value(|slot| slot.load_lock_after())
            .filter(|m| *m > 0)
            .unwrap_or(DEFAULT_LOCK_AFTER_MINUTES)
    }

    /// Keeps the minutes left alone before the record locks again.
    pub fn set_lock_after_minutes(&self, minutes: u32) {
        if self
            .slot
            .with_value(|slot| slot.save_lock_after(minutes))
            .is_err()
        {
            crate::browser::warn_web_team("the time before locking could not be kept");
        }
    }
}

/// Watches the page for a store whose record is kept on the device: while it is open with a
/// passcode, it locks after the chosen time with no key or pointer pressed, or after the
/// page was hidden for a while. Runs for the life of the page.
pub(super) fn watch_idle(store: RecordStore) {
    let (Some(window), Some(document)) = (
        web_sys::window(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    let last_active = Rc::new(Cell::new(js_sys::Date::now()));
    let hidden_since = Rc::new(Cell::new(None::<f64>));

    let active = {
        let last_active = last_active.clone();
        Closure::<dyn Fn()>::new(move || last_active.set(js_sys::Date::now()))
    };
    for name in ["pointerdown", "keydown", "input", "wheel"] {
        let _ = window.add_event_listener_with_callback_and_bool(
            name,
            active.as_ref().unchecked_ref(),
            true,
        );
    }
    active.forget();

    // Locks this tab only: the person may be using the record in another tab right now.
    let lock_here = move || {
        if store.lock.try_get_untracked() == Some(Lock::Open) {
            store.lock_here(false);
        }
    };
    let hidden_long_enough = move |since: f64, now: f64| {
        now - since >= HIDDEN_MS.min(f64::from(store.lock_after_minutes()) * 60_000.0)
    };

    let visibility = {
        let (hidden_since, document) = (hidden_since.clone(), document.clone());
        Closure::<dyn Fn()>::new(move || {
            let now = js_sys::Date::now();
            // A phone freezes a hidden page, so the timer below may never have seen how long
            // it was hidden: judge it now, before the answers are on screen again.
            if let Some(since) = hidden_since.get() {
                if !document.hidden() && hidden_long_enough(since, now) {
                    lock_here();
                }
            }
            hidden_since.set(document.hidden().then_some(now));
        })
    };
    let _ = document
        .add_event_listener_with_callback("visibilitychange", visibility.as_ref().unchecked_ref());
    visibility.forget();
    // A page the browser freezes (a phone, a background tab) is locked as it goes: whoever
    // next picks the device up finds it locked, whatever the timers could do meanwhile.
    let freeze = Closure::<dyn Fn()>::new(lock_here);
    let _ = document.add_event_listener_with_callback("freeze", freeze.as_ref().unchecked_ref());
    freeze.forget();

    let tick = Closure::<dyn Fn()>::new(move || {
        let now = js_sys::Date::now();
        if store.lock.try_get_untracked() != Some(Lock::Open) {
            // The clock starts when the record is opened.
            last_active.set(now);
            return;
        }
        let after = f64::from(store.lock_after_minutes()) * 60_000.0;
        let idle = now - last_active.get() >= after;
        let hidden = hidden_since
            .get()
            .is_some_and(|since| hidden_long_enough(since, now));
        if idle || hidden {
            lock_here();
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        TICK_MS,
    );
    tick.forget();
}
