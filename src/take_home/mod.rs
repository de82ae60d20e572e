//! Taking the record home by QR code, the browser's half: compression with the browser's own
//! `CompressionStream` (so the bundle carries no deflate code), making the codes, and reading
//! a take-home link when a phone opens one. The format, the cutting into several codes and
//! the QR code itself are in [`recovery_core::format::take_home`].
//!
//! A take-home fragment is taken out of the address bar and the tab's history by `widgets.js`
//! the moment it runs, before the bundle even loads, and handed to the bundle through
//! [`take_home_arrived`]. The browser's own history list may still hold the link as it was
//! opened; the person is told so.

mod arrival;
mod codes;
mod compression;
mod page;
mod take_home_codes;

pub use arrival::{arrived, open, take_home_arrived, ArrivalProblem};
pub use codes::{make_codes, CodeProblem};
pub use page::page_for_codes;
pub use take_home_codes::TakeHomeCodes;
