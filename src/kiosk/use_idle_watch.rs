//! The idle watch: after a spell with no touch or key press, the "Are you still there?"
//! prompt counts down, and when it runs out everything is wiped for the next person.

use super::session::{countdown, note_activity, wipe_everything, PAGE};
use crate::settings::KioskSettings;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Starts the page's idle watch (once; the shortest times any widget asked for win) and
/// returns the seconds left on the "Are you still there?" prompt while it shows.
pub fn use_idle_watch(settings: &KioskSettings) -> RwSignal<Option<u32>> {
    let first = PAGE.with(|page| {
        let first = page.idle.get().is_none();
        let (idle_s, countdown_s) = page.idle.get().unwrap_or((u32::MAX, u32::MAX));
        page.idle.set(Some((
            idle_s.min(settings.idle_seconds),
            countdown_s.min(settings.countdown_seconds),
        )));
        first
    });
    if first {
        start_watching();
    }
    countdown()
}

/// Listens for activity, leaving, and the clock, for the life of the page.
fn start_watching() {
    note_activity();
    let Some(window) = web_sys::window() else {
        return;
    };
    // Activity only notes the time: the prompt goes at the next tick (or at once when it is
    // itself touched), so a tap that ends the prompt never lands on what lies under it.
    let on_activity = Closure::<dyn Fn()>::new(|| {
        note_activity();
        PAGE.with(|page| page.used.set(true));
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
    let tick = Closure::<dyn Fn()>::new(tick);
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        tick.as_ref().unchecked_ref(),
        1000,
    );
    tick.forget();
}

/// Once a second: shows, counts down or hides the prompt, or wipes.
fn tick() {
    let Some((idle_s, countdown_s, quiet_ms, used)) = PAGE.with(|page| {
        let (idle_s, countdown_s) = page.idle.get()?;
        let quiet_ms = js_sys::Date::now() - page.last_activity.get();
        Some((idle_s, countdown_s, quiet_ms, page.used.get()))
    }) else {
        return;
    };
    let countdown = countdown();
    match prompt(quiet_ms, used, idle_s, countdown_s) {
        Prompt::Hidden => {
            if countdown.get_untracked().is_some() {
                countdown.set(None);
            }
        }
        Prompt::Counting(left) => {
            if countdown.get_untracked() != Some(left) {
                countdown.set(Some(left));
            }
        }
        Prompt::RanOut => wipe_everything(),
    }
}

/// What the prompt should do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prompt {
    /// Not shown: someone is here, or nobody has used the screen yet.
    Hidden,
    /// Shown, with these seconds left.
    Counting(u32),
    /// The countdown ran out: wipe.
    RanOut,
}

/// The prompt after `quiet_ms` without activity (`used`: whether anyone has touched the screen
/// since the last wipe), with `idle_s` seconds before it and `countdown_s` on it.
fn prompt(quiet_ms: f64, used: bool, idle_s: u32, countdown_s: u32) -> Prompt {
    let quiet_s = (quiet_ms / 1000.0).floor().max(0.0) as u64;
    if quiet_s < u64::from(idle_s) || !used {
        return Prompt::Hidden;
    }
    let left = (u64::from(idle_s) + u64::from(countdown_s)).saturating_sub(quiet_s);
    if left == 0 {
        Prompt::RanOut
    } else {
        Prompt::Counting(left as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::{prompt, Prompt};

    #[test]
    fn the_prompt_counts_down_after_the_idle_time_and_then_runs_out() {
        // idle 180 s, countdown 30 s.
        let cases = [
            (0.0, true, Prompt::Hidden),
            (179_999.0, true, Prompt::Hidden),
            (180_000.0, true, Prompt::Counting(30)),
            (180_999.0, true, Prompt::Counting(30)),
            (181_000.0, true, Prompt::Counting(29)),
            (209_000.0, true, Prompt::Counting(1)),
            (210_000.0, true, Prompt::RanOut),
            (999_000.0, true, Prompt::RanOut),
            // An unused screen is never asked.
            (999_000.0, false, Prompt::Hidden),
            // A clock set back counts as activity just now.
            (-5_000.0, true, Prompt::Hidden),
        ];
        for (quiet_ms, used, expected) in cases {
            assert_eq!(prompt(quiet_ms, used, 180, 30), expected, "{quiet_ms} ms");
        }
    }
}
