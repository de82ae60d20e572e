//! The person's record on this page, and the only code that touches browser storage.
//!
//! Data flows one way: a view calls [`RecordStore::change`] with a core method, the store
//! saves the record through [`storage`] (a [`RecordSlot`]: `localStorage`, `sessionStorage`
//! or the page's memory), and every view reading the record re-renders. Another tab saving
//! the same slot is followed (`other_tabs.rs`), and what is typed in an "add" box but not yet
//! added is kept beside the record (`drafts.rs`, [`use_draft`]). One [`RecordStore`] serves
//! every widget on the page that uses the same slot (`open.rs`).

mod drafts;
mod lock;
mod lock_state;
mod lock_watch;
mod open;
mod other_tabs;
mod passcode_key;
mod record_store;
mod save_status;
pub mod storage;
mod use_draft;
mod use_record;

pub use lock::{open_locked_copy, PasscodeProblem};
pub use lock_state::Lock;
pub use open::wipe_all_records;
pub use record_store::RecordStore;
pub use save_status::SaveStatus;
pub use storage::{RecordSlot, StorageError, StorageMode};
pub use use_draft::use_draft;
pub use use_record::use_record;
