//! The recovery widgets bundle: Leptos views compiled to WebAssembly and served to host pages
//! as custom elements.
//!
//! - [`embed`]: mounts a widget in a host element's shadow root (called by `widgets.js`).
//! - [`config`]: reads the host's attributes.
//! - [`store`]: the person's record for the page, shared by every widget.
//! - [`storage`]: the only code that touches browser storage.
//! - [`strengths`]: the strengths inventory widget.
//! - [`goals`]: the goal builder widget.
//! - [`planner`]: the warning-sign planner widget.
//! - [`common`]: parts every widget shares (keeping a copy, the save status).
//! - [`kiosk`]: kiosk mode (memory only, finishing, the idle prompt) and quick exit.
//! - [`panic_note`]: if the bundle ever panics, a calm note with the answers to save.
//! - `panic_on_purpose` (test builds only): a real panic for the tests of that note.
//! - [`take_home`]: QR codes to take the record home on a phone, and opening one.
//!
//! The domain itself (the record, validation, the file format, the words) is the
//! `recovery-core` crate, which knows nothing of browsers.

pub mod browser;
pub mod common;
pub mod config;
pub mod embed;
pub mod goals;
pub mod i18n;
pub mod kiosk;
pub mod panic_note;
#[cfg(feature = "panic-on-purpose")]
pub mod panic_on_purpose;
pub mod planner;
pub mod print;
pub mod registry;
pub mod settings;

pub mod store;
pub mod strengths;
pub mod take_home;
pub mod widget;

pub use embed::{mount_widget, MountedWidget};
