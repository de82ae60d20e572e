//! Taking the record home by QR code, the browser's half: compression with the browser's own
//! `CompressionStream` (so the bundle carries no deflate code), making the codes, and reading
//! a take-home link when a phone opens one. The format, the cutting into several codes and
//! the QR code itself are in [`recovery_core::format::take_home`].
//!
//! A take-home fragment is taken out of the address bar and the tab's history by `widgets.js`
//! the moment it runs, before the bundle even loads, and handed to the bundle through
//! [`take_home_arrived`]. The browser's own history list may still hold the link as it was
//! opened; the person is told so.

use recovery_core::format::take_home::{self, CodePart, QrPicture, MAX_CODES};
use recovery_core::format::{self as record_format};
use recovery_core::{ImportError, Record};
use std::cell::RefCell;
use std::collections::VecDeque;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` (Chromium 80, Safari 16.4, Firefox 113).
    #[wasm_bindgen(js_name = CompressionStream)]
    type Compressor;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<Compressor, JsValue>;

    /// `DecompressionStream`.
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Decompressor;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<Decompressor, JsValue>;

    /// A `Blob`, for its `stream()`.
    #[wasm_bindgen(js_name = Blob)]
    type Bytes;
    #[wasm_bindgen(method)]
    fn stream(this: &Bytes) -> ByteStream;

    /// A `ReadableStream`.
    type ByteStream;
    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(this: &ByteStream, transform: &JsValue) -> Result<ByteStream, JsValue>;

    /// `Response`, only to read a stream to its end.
    #[wasm_bindgen(js_name = Response)]
    type StreamReader;
    #[wasm_bindgen(constructor, catch)]
    fn new(stream: &ByteStream) -> Result<StreamReader, JsValue>;
    #[wasm_bindgen(method, js_name = arrayBuffer)]
    fn array_buffer(this: &StreamReader) -> js_sys::Promise;
}

/// Why no code could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// The record does not fit in [`MAX_CODES`] codes.
    TooLarge,
    /// The browser cannot compress (no `CompressionStream`).
    CannotCompress,
}

/// Why a take-home link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum ArrivalProblem {
    /// The fragment is cut short or garbled, or its record does not read.
    Unreadable,
    /// The browser cannot decompress (no `DecompressionStream`).
    OldBrowser,
    /// The record reads but is refused (a newer version, say).
    Refused(ImportError),
}

/// Raw deflate through the browser's streams, either way.
async fn deflate_raw(bytes: &[u8], inflate: bool) -> Result<Vec<u8>, JsValue> {
    let transform: JsValue = if inflate {
        Decompressor::new("deflate-raw")?.into()
    } else {
        Compressor::new("deflate-raw")?.into()
    };
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
    let stream = blob
        .unchecked_ref::<Bytes>()
        .stream()
        .pipe_through(&transform)?;
    let buffer = JsFuture::from(StreamReader::new(&stream)?.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The codes for a record, each a link to `page` drawn as a QR code: one when it fits,
/// otherwise the record cut in two (with [`take_home::split_in_two`]), and each half again,
/// until every piece fits; at most [`MAX_CODES`].
pub async fn make_codes(record: &Record, page: &str) -> Result<Vec<QrPicture>, CodeProblem> {
    let mut waiting = VecDeque::from([take_home::with_short_ids(record)]);
    // Each piece that fits, with its code drawn as "1 of 1" while checking that it fits.
    let mut fitted: Vec<(Vec<u8>, QrPicture)> = Vec::new();
    while let Some(piece) = waiting.pop_front() {
        let text = take_home::code_text(&piece);
        let compressed = deflate_raw(text.as_bytes(), false)
            .await
            .map_err(|_| CodeProblem::CannotCompress)?;
        // The part numbers are one digit each whatever they turn out to be, so this link is
        // exactly as long as the final one.
        match take_home::qr_picture(&take_home::link(page, 1, 1, &compressed)) {
            Some(picture) => fitted.push((compressed, picture)),
            None => {
                let (first, second) =
                    take_home::split_in_two(&piece).ok_or(CodeProblem::TooLarge)?;
                waiting.push_front(second);
                waiting.push_front(first);
            }
        }
        if fitted.len() + waiting.len() > MAX_CODES {
            return Err(CodeProblem::TooLarge);
        }
    }
    let parts = fitted.len();
    fitted
        .into_iter()
        .enumerate()
        .map(|(i, (compressed, picture))| {
            // A single code is the "1 of 1" already drawn; several are drawn again, numbered.
            if parts == 1 {
                return Ok(picture);
            }
            take_home::qr_picture(&take_home::link(page, i + 1, parts, &compressed))
                .ok_or(CodeProblem::TooLarge)
        })
        .collect()
}

thread_local! {
    /// The take-home link this page was opened with, until a widget takes it.
    static ARRIVED: RefCell<Option<Result<CodePart, ()>>> = const { RefCell::new(None) };
}

/// Called by `widgets.js`, once, before any widget mounts, with the take-home fragment it has
/// already taken out of the address (`#rw1.…`). Keeps it for [`arrived`].
#[wasm_bindgen(js_name = takeHomeArrived)]
pub fn take_home_arrived(fragment: &str) {
    if let Some(found) = take_home::read_fragment(fragment) {
        ARRIVED.with(|arrived| *arrived.borrow_mut() = Some(found));
    }
}

/// The take-home link the page was opened with, for the first widget that can offer it.
pub fn arrived() -> Option<Result<CodePart, ()>> {
    ARRIVED.with(|arrived| arrived.borrow_mut().take())
}

/// Opens the record a take-home link carries.
pub async fn open(part: &CodePart) -> Result<Record, ArrivalProblem> {
    let has_decompression =
        js_sys::Reflect::has(&js_sys::global(), &"DecompressionStream".into()).unwrap_or(false);
    if !has_decompression {
        return Err(ArrivalProblem::OldBrowser);
    }
    let bytes = deflate_raw(&part.compressed, true)
        .await
        .map_err(|_| ArrivalProblem::Unreadable)?;
    let text = String::from_utf8(bytes).map_err(|_| ArrivalProblem::Unreadable)?;
    record_format::import_json(&text).map_err(|error| match error {
        ImportError::NotJson | ImportError::NotARecord | ImportError::Damaged { .. } => {
            ArrivalProblem::Unreadable
        }
        other => ArrivalProblem::Refused(other),
    })
}

/// The page a take-home code links to: the host's `take-home-url`, resolved against this
/// page, when it is an https address (or http on this machine, for trying it out); else,
/// outside a kiosk, this page. A kiosk without a usable `take-home-url` gets `None`: a phone
/// opening the kiosk page would be a kiosk too, and keep nothing.
pub fn page_for_codes(take_home_url: Option<&str>, kiosk: bool) -> Option<String> {
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let chosen = take_home_url.and_then(|url| {
        let resolved = web_sys::Url::new_with_base(url, &here).ok();
        let usable = resolved.filter(|u| {
            u.protocol() == "https:"
                || (u.protocol() == "http:"
                    && matches!(u.hostname().as_str(), "localhost" | "127.0.0.1" | "[::1]"))
        });
        if usable.is_none() {
            crate::browser::warn_web_team(&format!(
                "take-home-url=\"{url}\" is not an https address; {}",
                if kiosk {
                    "no take-home code is offered"
                } else {
                    "codes link to this page"
                }
            ));
        }
        usable.map(|u| u.href())
    });
    let page = match chosen {
        Some(page) => page,
        None if kiosk => return None,
        None => here,
    };
    Some(page.split('#').next().unwrap_or_default().to_owned())
}
