//! The kiosk's state for the whole page: the person's session (its fresh starts and the
//! "still there?" countdown), the idle clock, who holds the prompt, and the wipe that ends a
//! session.

use crate::browser::for_the_page;
use crate::widget::every_widget;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

/// What the views follow, as signals.
#[derive(Clone, Copy)]
struct Signals {
    /// Goes up by one at every wipe; every widget view is rebuilt from its first screen.
    fresh_starts: RwSignal<u32>,
    /// While the "Are you still there?" prompt shows: the seconds left.
    countdown: RwSignal<Option<u32>>,
}

/// The kiosk's state. Page-wide, because a kiosk is the whole screen: one person at a time,
/// one idle clock and one wipe for every widget on the page.
pub(super) struct KioskPage {
    /// The signals, in a reactive owner of their own that lives as long as the page.
    signals: Cell<Option<Signals>>,
    /// When the screen was last touched or typed on (milliseconds since 1970).
    pub(super) last_activity: Cell<f64>,
    /// Whether anyone has touched the screen since the last wipe: an unused kiosk never asks
    /// "Are you still there?".
    pub(super) used: Cell<bool>,
    /// The idle watch's seconds before the prompt and on it, once it runs.
    pub(super) idle: Cell<Option<(u32, u32)>>,
    /// Where quick exit goes, and whether it wipes first, once it listens.
    pub(super) quick_exit: RefCell<Option<(String, bool)>>,
    /// When Escape was last pressed, for "twice within a second".
    pub(super) last_escape: Cell<f64>,
    /// Whether a widget on the page already holds the "Are you still there?" prompt.
    still_there_shown: Cell<bool>,
}

thread_local! {
    pub(super) static PAGE: KioskPage = const {
        KioskPage {
            signals: Cell::new(None),
            last_activity: Cell::new(0.0),
            used: Cell::new(false),
            idle: Cell::new(None),
            quick_exit: RefCell::new(None),
            last_escape: Cell::new(f64::NEG_INFINITY),
            still_there_shown: Cell::new(false),
        }
    };
}

fn signals() -> Signals {
    PAGE.with(|page| match page.signals.get() {
        Some(signals) => signals,
        None => {
            let signals = for_the_page(|| Signals {
                fresh_starts: RwSignal::new(0),
                countdown: RwSignal::new(None),
            });
            page.signals.set(Some(signals));
            signals
        }
    })
}

/// Makes the page's kiosk state, outside any view (call before mounting).
pub fn prepare() {
    signals();
}

/// Subscribes the caller to fresh starts: a view that reads this is rebuilt at every wipe.
pub fn track_fresh_starts() {
    signals().fresh_starts.track();
}

/// The seconds left on the "Are you still there?" prompt, while it shows.
pub(super) fn countdown() -> RwSignal<Option<u32>> {
    signals().countdown
}

/// Whether the "Are you still there?" prompt shows (without making the session).
pub(super) fn prompt_open() -> bool {
    PAGE.with(|page| page.signals.get())
        .is_some_and(|s| s.countdown.get_untracked().is_some())
}

/// Notes that the screen was touched just now.
pub(super) fn note_activity() {
    PAGE.with(|page| page.last_activity.set(js_sys::Date::now()));
}

/// Gives the page's one "Are you still there?" prompt to the widget asking, unless another
/// holds it already.
pub fn claim_still_there() -> bool {
    PAGE.with(|page| !page.still_there_shown.replace(true))
}

/// Lets another kiosk widget hold the "Are you still there?" prompt (the one holding it was
/// removed or restarted).
pub(super) fn release_still_there() {
    let _ = PAGE.try_with(|page| page.still_there_shown.set(false));
}

/// Wipes every record on the page and returns every widget to its first screen.
pub fn wipe_everything() {
    crate::store::wipe_all_records();
    // The next person starts in the host's language.
    crate::i18n::chosen_language().set(String::new());
    let signals = signals();
    signals.countdown.set(None);
    signals.fresh_starts.update(|n| *n = n.wrapping_add(1));
    note_activity();
    PAGE.with(|page| page.used.set(false));
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
