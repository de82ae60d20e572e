//! Quick exit: a button, or Escape pressed twice, replaces the page with a neutral address
//! the host chose; on a kiosk everything is wiped first.

use super::session::{prompt_open, wipe_everything, PAGE};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Listens for Escape pressed twice within a second, once for the page (the first widget
/// with quick exit sets where it goes).
pub fn watch_quick_exit(url: &str, kiosk: bool) {
    let first = PAGE.with(|page| {
        let mut target = page.quick_exit.borrow_mut();
        let first = target.is_none();
        if first {
            *target = Some((url.to_owned(), kiosk));
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
        if event.key() != "Escape" || event.repeat() || event.is_composing() || prompt_open() {
            PAGE.with(|page| page.last_escape.set(f64::NEG_INFINITY));
            return;
        }
        let now = js_sys::Date::now();
        let last = PAGE.with(|page| page.last_escape.replace(now));
        if now - last <= 1000.0 {
            let target = PAGE.with(|page| page.quick_exit.borrow().clone());
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
pub(super) fn leave(url: &str, kiosk: bool) {
    if kiosk {
        wipe_everything();
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}
