//! Small reads and writes of the browser that many parts need: the clock, fresh ids, dates
//! in the person's language, downloads, a reactive owner for the page's own signals, and
//! console notes for the web team.

use js_sys::{Array, Date, Object, Reflect};
use leptos::prelude::Owner;
use recovery_core::{CalendarDate, ItemId, Timestamp};
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The browser's clock, now.
pub fn now() -> Timestamp {
    Timestamp::from_millis(Date::now() as i64)
}

// Page-wide, because ids must differ across every widget on the page, not only within one.
thread_local! {
    /// How many ids this page has made.
    static COUNTER: Cell<u32> = const { Cell::new(0) };
}

/// A fresh item id: random enough that two browsers never make the same one, plus a page
/// counter so one page never makes the same one twice.
pub fn new_id() -> ItemId {
    let count = COUNTER.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    let random = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    ItemId::new(format!("{}{}", base36(random), base36(u64::from(count))))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// What an `Intl` formatter writes. Making formatters is the costly part: the first a page
/// makes loads the browser's language data (20 to 60 ms on a two-core machine), each after it
/// about 0.2 ms. `toLocaleString` made one a call, which took about 45 ms of a first visit's
/// start on the demo page; now each is made once a page and kept, and numbers core can write
/// itself do not ask `Intl` at all ([`number`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Written {
    Number,
    /// `dateStyle: "long"`: 23 November 2026.
    LongDate,
    /// `dateStyle: "medium"`: 23 Nov 2026.
    MediumDate,
}

thread_local! {
    /// Each formatter's `format` function, with what it writes and the language: a short
    /// list (a page shows a language or two).
    static FORMATS: RefCell<Vec<(Written, String, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

/// `value` as `Intl` writes it in `lang`: the same words as `toLocaleString` and
/// `toLocaleDateString` with the same options, from a formatter made once.
fn written(what: Written, lang: &str, value: &JsValue) -> Option<String> {
    let format = FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if let Some((_, _, format)) = formats.iter().find(|(w, l, _)| *w == what && l == lang) {
            return format.clone();
        }
        // No language given: the browser's own, as `toLocaleString()` with none.
        let locales = if lang.is_empty() {
            Array::new()
        } else {
            Array::of1(&lang.into())
        };
        let options = Object::new();
        let format = match what {
            Written::Number => js_sys::Intl::NumberFormat::new(&locales, &options).format(),
            Written::LongDate | Written::MediumDate => {
                let style = if what == Written::LongDate {
                    "long"
                } else {
                    "medium"
                };
                let _ = Reflect::set(&options, &"dateStyle".into(), &style.into());
                js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
            }
        };
        formats.push((what, lang.to_owned(), format.clone()));
        format
    });
    format.call1(&JsValue::UNDEFINED, value).ok()?.as_string()
}

/// A moment as a long date in the person's language, for example "23 November 2026".
pub fn long_date(moment: Timestamp, lang: &str) -> String {
    let date = Date::new(&JsValue::from_f64(moment.millis() as f64));
    written(Written::LongDate, lang, &date).unwrap_or_else(|| date.to_date_string().into())
}

/// A whole number as people write it in `lang` (`2,000` in English), as `Intl` writes it:
/// without asking `Intl` where core knows the answer (below 1,000 in most built-in languages),
/// so a first screen does not wait for the browser to load its language data.
pub fn number(n: usize, lang: &str) -> String {
    recovery_core::languages::number_without_intl(n, lang).unwrap_or_else(|| {
        written(Written::Number, lang, &JsValue::from_f64(n as f64))
            .unwrap_or_else(|| n.to_string())
    })
}

/// Today's date where the person is.
pub fn today() -> CalendarDate {
    let d = Date::new_0();
    CalendarDate::new(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or(CalendarDate {
        year: 2000,
        month: 1,
        day: 1,
    })
}

/// A calendar date as a long date in the person's language (no time zone shift: the date is
/// shown as the same day it was written).
pub fn long_calendar_date(date: CalendarDate, lang: &str) -> String {
    let d = Date::new_with_year_month_day(
        date.year as u32,
        i32::from(date.month) - 1,
        i32::from(date.day),
    );
    written(Written::MediumDate, lang, &d).unwrap_or_else(|| date.to_string())
}

/// Today's local date as `YYYY-MM-DD`, for file names.
pub fn local_date_for_file_name() -> String {
    let d = Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Hands the person a file to keep, through the browser's own download. Nothing is sent
/// anywhere: the file is made from a blob in this page.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let url = blob_url(mime, contents)?;
    let anchor: HtmlAnchorElement = document()?.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has queued the download; the URL can go once this task ends.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// A `blob:` address for text made in this page (nothing is sent anywhere). The caller
/// revokes it when it is no longer needed, or leaves it for the life of the page.
pub fn blob_url(mime: &str, contents: &str) -> Result<String, JsValue> {
    let parts = Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    Url::create_object_url_with_blob(&blob)
}

/// How a file was handed to the person.
pub enum Handover {
    /// The system's share menu is open with the file (the promise settles when the person has
    /// chosen an app, or closed the menu).
    Sharing(js_sys::Promise),
    /// The browser cannot share files: it was downloaded instead.
    Saved,
}

/// Hands a file to the person: to the system's share menu (the Web Share API) where the
/// browser can share such a file, else as a download. Nothing is sent anywhere by this page;
/// the person chooses where the file goes. Call it straight from a click: the share menu
/// needs the person's gesture.
pub fn share_or_download(file_name: &str, mime: &str, contents: &str) -> Result<Handover, JsValue> {
    let navigator = navigator()?;
    let can_share = Reflect::get(&navigator, &"canShare".into())?;
    let share = Reflect::get(&navigator, &"share".into())?;
    if let (Some(can_share), Some(share)) = (
        can_share.dyn_ref::<js_sys::Function>(),
        share.dyn_ref::<js_sys::Function>(),
    ) {
        let options = web_sys::FilePropertyBag::new();
        options.set_type(mime);
        let file = web_sys::File::new_with_str_sequence_and_options(
            &Array::of1(&JsValue::from_str(contents)),
            file_name,
            &options,
        )?;
        let data = Object::new();
        Reflect::set(&data, &"files".into(), &Array::of1(&file))?;
        if can_share.call1(&navigator, &data)?.is_truthy() {
            let promise = share.call1(&navigator, &data)?;
            return Ok(Handover::Sharing(promise.dyn_into()?));
        }
    }
    download(file_name, mime, contents)?;
    Ok(Handover::Saved)
}

/// The browser's `navigator`, read as a plain object: the share and clipboard calls are looked
/// up on it, as not every browser has them.
fn navigator() -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    Reflect::get(&window, &"navigator".into())
}

/// Whether a failed share was the person closing the share menu (not a failure to report).
pub fn share_was_cancelled(error: &JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "AbortError")
}

/// Puts text on the clipboard, for the person to paste (the Clipboard API). The promise
/// fails where the browser does not allow it.
pub fn copy_text(text: &str) -> Result<js_sys::Promise, JsValue> {
    let navigator = navigator()?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
    let write = Reflect::get(&clipboard, &"writeText".into())?;
    let write = write
        .dyn_ref::<js_sys::Function>()
        .ok_or_else(|| JsValue::from_str("no clipboard"))?;
    write
        .call1(&clipboard, &JsValue::from_str(text))?
        .dyn_into()
}

/// The page's document.
pub fn document() -> Result<web_sys::Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

/// Moves the keyboard to an element once the view has been redrawn (after this task).
pub fn focus_later<E>(target: leptos::prelude::NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    leptos::prelude::request_animation_frame(move || {
        use leptos::prelude::Get;
        if let Some(element) = target.get() {
            if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
                let _ = element.focus();
            }
        }
    });
}

/// After an item is removed, puts the keyboard in the "add" box of the part it was in (the
/// nearest enclosing section's form), so a keyboard or screen-reader user is not dropped at
/// the top of the page. Call it from the click that removes, before the row goes.
pub fn keep_focus_in_section(event: &web_sys::Event) {
    let section = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("section").ok().flatten());
    let Some(section) = section else { return };
    leptos::prelude::request_animation_frame(move || {
        let target = section
            .query_selector("form textarea, form input, form select")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}

/// Runs `make` in a reactive owner of its own that lives as long as the page, for signals
/// that belong to the page rather than to any one widget (which may come and go). The
/// caller's owner, if any, is made current again after.
pub fn for_the_page<T>(make: impl FnOnce() -> T) -> T {
    let caller = Owner::current();
    let owner = Owner::new_root(None);
    let made = owner.with(make);
    std::mem::forget(owner);
    if let Some(caller) = caller {
        caller.set();
    }
    made
}

/// A note for the host's web team in the console. Never pass a person's words here.
pub fn warn_web_team(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("[recovery-widgets] {message}")));
}

#[cfg(test)]
mod tests {
    use super::base36;

    #[test]
    fn base36_writes_digits_and_letters() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
    }
}
