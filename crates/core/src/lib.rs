//! The domain of the recovery widgets, with no browser in sight.
//!
//! - [`Record`]: everything one person writes in one browser, shared by every widget on a
//!   page. It holds the [`inventory::StrengthsInventory`], the [`goals::Goals`] and the
//!   [`plan::WarningSignPlan`] and the [`journey::Journey`]'s check-ins.
//! - [`crisis`]: the host's crisis lines, with Australian defaults.
//! - [`mod@format`]: the versioned file format for export, import and the browser's stored copy.
//! - [`merge()`]: two copies of a record brought together (an import, or another tab's save)
//!   without losing a word.
//! - [`text`]: the catalogue of every word on screen, which a host can reword or translate.
//! - [`languages`]: the built-in languages, which way each is written, and `lang/en.json`.
//! - [`presets`]: the built-in life domains and personal qualities, in our own words.
//! - [`suggestions`]: words written in one widget, offered in one tap in another.
//!
//! Every change goes through a method that checks it and returns a typed error
//! ([`EditError`], [`ImportError`]) instead of panicking; a refused change leaves the record as
//! it was. The crate has no clock and no randomness: callers pass the time ([`Timestamp`]) and
//! new ids ([`ItemId`]) in, which keeps every function here deterministic and testable.
#![deny(missing_docs)]

mod change;
mod error;
mod ids;
mod item;
mod merge;
mod record;
mod time;

pub mod crisis;
pub mod format;
pub mod goals;
pub mod inventory;
pub mod journey;
pub mod languages;
pub mod plan;
pub mod presets;
pub mod suggestions;
pub mod text;

pub use error::{EditError, ImportError, NotADate};
pub use ids::ItemId;
pub use merge::{merge, Removals};
pub use record::{Record, RecordSummary, Removal, REMOVALS_KEPT_FOR};
pub use time::{CalendarDate, Timestamp};
