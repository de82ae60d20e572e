//! If the bundle ever panics: a calm note in every widget, with the person's answers to save.
//!
//! A panic stops the WebAssembly module for good (the release build aborts), so nothing here
//! may rely on Rust running after the note is shown: the note is plain DOM, and its "save a
//! copy" link is an `<a download>` over a `blob:` URL that works with the module gone. The
//! hook never writes to storage, so the last saved record stays exactly as it was.

use std::cell::RefCell;
use std::sync::Once;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, ShadowRoot, Url};

thread_local! {
    /// Every widget's shadow root on the page.
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
    /// The record as last saved (or, where nothing can be stored, as it last stood).
    static LATEST: RefCell<String> = const { RefCell::new(String::new()) };
    /// The note's words, in the host's wording: the message, and the link's label.
    static WORDS: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

static INSTALL: Once = Once::new();

/// Sets the panic hook once for the page, with the words the note will use.
pub fn install(message: String, save_label: String) {
    INSTALL.call_once(move || {
        let _ = WORDS.try_with(|w| {
            if let Ok(mut w) = w.try_borrow_mut() {
                *w = (message, save_label);
            }
        });
        std::panic::set_hook(Box::new(|info| {
            show();
            // Still tell the web team what happened; the note never shows it to the person.
            web_sys::console::error_1(&format!("recovery widgets stopped: {info}").into());
        }));
    });
}

/// Remembers a widget's shadow root, to show the note in it.
pub fn watch(root: &ShadowRoot) {
    let _ = ROOTS.try_with(|roots| {
        if let Ok(mut roots) = roots.try_borrow_mut() {
            roots.retain(|r| r.host().is_connected());
            roots.push(root.clone());
        }
    });
}

/// Keeps the record's text as last saved, for the note's link.
pub fn keep_latest(record_json: String) {
    let _ = LATEST.try_with(|latest| {
        if let Ok(mut latest) = latest.try_borrow_mut() {
            *latest = record_json;
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
    let (message, label) = WORDS
        .try_with(|w| w.try_borrow().map(|w| w.clone()).unwrap_or_default())
        .unwrap_or_default();
    let url = (!latest.is_empty()).then(|| blob_url(&latest)).flatten();
    for root in roots {
        let _ = show_in(&root, &message, &label, url.as_deref());
    }
}

fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

fn show_in(
    root: &ShadowRoot,
    message: &str,
    label: &str,
    url: Option<&str>,
) -> Result<(), wasm_bindgen::JsValue> {
    let document = crate::browser::document()?;
    let note = document.create_element("div")?;
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
