//! Opening a take-home link: the fragment `widgets.js` hands over, kept until a widget takes
//! it, and the record it carries.

use super::compression::deflate_raw;
use recovery_core::format::take_home::{self, CodePart};
use recovery_core::format::{self as record_format};
use recovery_core::{ImportError, Record};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

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

// Page-wide, because the page was opened with one link, and `widgets.js` hands it over once,
// before any widget mounts: the first widget that can offer it takes it.
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
