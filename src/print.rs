//! Printing: the browser's print dialog, and whether the page is being printed (each widget
//! then prints its summary, whatever part is open).

use crate::browser::for_the_page;
use js_sys::Reflect;
use leptos::prelude::{GetUntracked, RwSignal, Set};
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::MediaQueryList;

// Page-wide, because printing is the page's: the dialog prints every widget at once.
thread_local! {
    /// Whether the page is being printed, once anything asked (see [`printing`]).
    static PRINTING: Cell<Option<RwSignal<bool>>> = const { Cell::new(None) };
    /// Between `beforeprint` (or a print button) and `afterprint`: the print dialog is open.
    static PRINT_DIALOG: Cell<bool> = const { Cell::new(false) };
}

/// The page's printing signal, made (and listening) the first time it is asked for.
fn printing_signal() -> RwSignal<bool> {
    if let Some(printing) = PRINTING.with(Cell::get) {
        return printing;
    }
    // The signal outlives any one widget.
    let printing = for_the_page(|| RwSignal::new(false));
    PRINTING.with(|p| p.set(Some(printing)));
    if let Some(window) = web_sys::window() {
        listen(&window, "beforeprint", before_print);
        listen(&window, "afterprint", after_print);
    }
    if let Some(query) = print_query() {
        listen(&query, "change", update_printing);
    }
    update_printing();
    printing
}

/// The page's `print` media query, which also matches when print is only emulated.
fn print_query() -> Option<MediaQueryList> {
    web_sys::window().and_then(|w| w.match_media("print").ok().flatten())
}

/// Whether the page is being printed (Ctrl+P, the browser's menu or a print button) or shown
/// as printed. While it is, each widget whose summary is not the part in view adds a copy of
/// it that only print shows, so every widget prints its summary whatever part is open. The
/// copy is made only then: kept all the time, it would be rebuilt at every keystroke.
pub fn printing() -> RwSignal<bool> {
    printing_signal()
}

/// Calls `handler` at every `event` on `target`, for the life of the page.
fn listen(target: &web_sys::EventTarget, event: &str, handler: fn()) {
    let handler = Closure::<dyn Fn()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

fn before_print() {
    PRINT_DIALOG.with(|d| d.set(true));
    update_printing();
}

fn after_print() {
    PRINT_DIALOG.with(|d| d.set(false));
    update_printing();
}

fn update_printing() {
    let now = PRINT_DIALOG.with(Cell::get) || print_query().is_some_and(|q| q.matches());
    let Some(printing) = PRINTING.with(Cell::get) else {
        return;
    };
    if printing.get_untracked() != now {
        printing.set(now);
    }
}

/// Opens the browser's print dialog. Each widget prints its summary (see [`printing`]).
pub fn print_page() {
    before_print();
    // Leptos draws the print-only summaries once this task's work is done (in microtasks), so
    // `print()` waits for the next task: called now, it would lay the page out without them.
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(print) = Reflect::get(&window, &"print".into()) {
        if let Some(print) = print.dyn_ref::<js_sys::Function>() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(print, 0);
        }
    }
}
