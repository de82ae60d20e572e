//! The recovery widgets bundle: Leptos views compiled to WebAssembly and served to host pages
//! as custom elements. `ARCHITECTURE.md` at the repository's root walks through it.
//!
//! The folders are layers, from the top down; each imports only the layers below it.
//!
//! - [`host`]: what a host page sees: the custom elements (`widgets.js`, the loader hosts
//!   include), reading attributes into settings, and the widget registry. The one layer that
//!   knows every other, and wires them together.
//! - [`strengths`], [`goals`], [`planner`], [`journey`]: one folder per widget. [`kiosk`]: the kiosk's bar,
//!   its "still there?" prompt and idle watch, quick exit, and the wipe for the next person.
//!   Neither imports the other.
//! - [`common`]: parts every widget shares (keeping a copy, the save status, reorder buttons,
//!   the summary's frame, the part menu).
//! - [`take_home`]: QR codes to take the record home on a phone, and opening one.
//! - [`store`]: the person's record for the page (opening, changing and saving it, following
//!   other tabs, drafts), and the only code that touches browser storage.
//!
//! Under them all, any layer may use: [`settings`] (what the host chose, as plain values),
//! [`widget`] (a registry row), [`i18n`] (the words), [`browser`] (small reads and writes of
//! the browser), [`mod@print`] and [`panic_note`] (if the bundle ever panics, a calm note with
//! the answers to save). `panic_on_purpose` (test builds only) is a real panic for that
//! note's tests.
//!
//! The domain itself (the record, its rules, the file format, the words) is the
//! `recovery-core` crate, which knows nothing of browsers.
#![deny(missing_docs)]

pub mod browser;
pub mod common;
pub mod goals;
pub mod host;
pub mod i18n;
pub mod journey;
pub mod kiosk;
pub mod panic_note;
#[cfg(feature = "panic-on-purpose")]
pub mod panic_on_purpose;
pub mod planner;
pub mod print;
pub mod settings;
pub mod store;
pub mod strengths;
pub mod take_home;
pub mod widget;

pub use host::{add_language, language_files_for, mount_widget, MountedWidget};
