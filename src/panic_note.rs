//! If the bundle ever panics: a calm note in every widget, with the person's answers to save.
//!
//! A panic stops the WebAssembly module for good (the release build aborts), so nothing here
//! may rely on Rust running after the note is shown: the note is plain DOM, and its "save a
//! copy" link is an `<a download>` over a `blob:` URL that works with the module gone. The
//! hook never writes to storage, so the last saved record stays exactly as it was.

use std::cell::{Cell, RefCell};
use std::sync::Once;
use wasm_bindgen::JsCast;
use web_sys::{HtmlAnchorElement, ShadowRoot};

/// The note's words, in the host's wording.
#[derive(Clone, Default)]
pub struct NoteWords {
    /// Above the link: what happened, and that a copy can be saved.
    pub message: String,
    /// When there is no copy to offer (nothing was written yet).
    pub message_without_copy: String,
    /// The link's label.
    pub save_label: String,
}

// Page-wide, because a panic stops the one module every widget on the page runs in: the note
// goes into every widget at once, each with its record. Kept in separate cells so that a
// panic while one is in use still leaves the others to read.
thread_local! {
    /// Every widget's shadow root on the page, with the storage key of its record.
    static ROOTS: RefCell<Vec<(ShadowRoot, String)>> = const { RefCell::new(Vec::new()) };
    /// Each record on the page as last saved (or, where it cannot be stored, as it last
    /// stood), by storage key.
    static LATEST: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
    /// The note's words, in the first widget's wording.
    static WORDS: RefCell<Option<NoteWords>> = const { RefCell::new(None) };
    /// Whether a kiosk widget is on the page: a shared screen, where no note offers a file
    /// (it would stay there for the next person).
    static SHARED_SCREEN: Cell<bool> = const { Cell::new(false) };
}

static INSTALL: Once = Once::new();

/// Sets the panic hook once for the page, and the words the note will use (the latest given).
pub fn install(words: NoteWords) {
    // The latest words: a person who changes language gets the note in theirs.
    let _ = WORDS.try_with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            *w = Some(words);
        }
    });
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            show();
            // Still tell the web team what happened; the note never shows it to the person.
            web_sys::console::error_1(&format!("recovery widgets stopped: {info}").into());
        }));
    });
}

/// Remembers a widget's shadow root and the storage key of its record, to show the note in
/// it with that record. A `kiosk` widget makes the page a shared screen, where no note offers
/// a copy.
pub fn watch(root: &ShadowRoot, record_key: &str, kiosk: bool) {
    if kiosk {
        let _ = SHARED_SCREEN.try_with(|shared| shared.set(true));
    }
    let _ = ROOTS.try_with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|(r, _)| r.host().is_connected());
            roots.push((root.clone(), record_key.to_owned()));
        }
    });
}

/// Keeps a record's text as last saved (or as it stands, where it cannot be stored), for the
/// note's link.
pub fn keep_latest(record_key: &str, record_json: String) {
    let _ = LATEST.try_with(|latest| {
        if let Ok(mut latest) = latest.try_borrow_mut() {
            match latest.iter_mut().find(|(key, _)| key == record_key) {
                Some((_, json)) => *json = record_json,
                None => latest.push((record_key.to_owned(), record_json)),
            }
        }
    });
}

/// Replaces every widget's view with the note. Called by the panic hook; public so that
/// tests can check the note without stopping the module.
pub fn show() {
    let roots = ROOTS
        .try_with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default())
        .unwrap_or_default();
    let latest = LATEST
        .try_with(|l| l.try_borrow().map(|l| l.clone()).unwrap_or_default())
        .unwrap_or_default();
    let words = WORDS
        .try_with(|w| w.try_borrow().map(|w| w.clone()).unwrap_or_default())
        .unwrap_or_default()
        .unwrap_or_default();
    for (root, key) in roots {
        let json = latest
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, json)| json)
            .filter(|json| !json.is_empty());
        // A kiosk is a shared screen: a file saved there would stay for the next person.
        let shared_screen = SHARED_SCREEN.try_with(Cell::get).unwrap_or(true);
        let url = json
            .filter(|_| !shared_screen)
            .and_then(|json| crate::browser::blob_url("application/json", json).ok());
        let message = match url {
            Some(_) => &words.message,
            None => &words.message_without_copy,
        };
        let _ = show_in(&root, message, &words.save_label, url.as_deref());
    }
    // Widgets on the page not built yet (widgets.js builds one a task) say the same instead
    // of starting on a stopped module. The event carries only the note's own words.
    let _ = announce_stopped(&words.message_without_copy);
}

/// The event `widgets.js` listens for: the bundle has stopped.
pub const STOPPED_EVENT: &str = "recovery-widgets-stopped";

fn announce_stopped(message: &str) -> Result<(), wasm_bindgen::JsValue> {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&wasm_bindgen::JsValue::from_str(message));
    let event = web_sys::CustomEvent::new_with_event_init_dict(STOPPED_EVENT, &init)?;
    crate::browser::document()?.dispatch_event(&event)?;
    Ok(())
}

fn show_in(
    root: &ShadowRoot,
    message: &str,
    label: &str,
    url: Option<&str>,
) -> Result<(), wasm_bindgen::JsValue> {
    let document = crate::browser::document()?;
    let note = document.create_element("div")?;
    // `widgets.js` looks for this class: a widget put back in the page keeps this note.
    note.set_class_name("rw-root rw-panic-note");
    note.set_attribute("role", "alert")?;
    let text = document.create_element("p")?;
    text.set_text_content(Some(message));
    note.append_child(&text)?;
    if let Some(url) = url {
        let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_class_name("rw-button");
        link.set_href(url);
        link.set_download("my-recovery-answers.json");
        link.set_text_content(Some(label));
        note.append_child(&link)?;
    }
    root.set_text_content(None);
    root.append_child(&note)?;
    Ok(())
}
