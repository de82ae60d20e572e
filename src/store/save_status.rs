//! Whether the person's answers are being kept, and where.

use super::storage::{StorageError, StorageMode};

/// Whether the person's answers are being kept, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Saved in `localStorage` after every change.
    Kept,
    /// Saved in `sessionStorage`: gone when the tab closes (the host chose this).
    KeptForSession,
    /// Kept in this page's memory only (the host chose this).
    MemoryOnly,
    /// The browser blocks storage; answers live in memory until the page closes.
    Unavailable,
    /// Storage is full; answers since then live in memory until the page closes.
    Full,
    /// The stored record was saved by a newer version of the widgets: it is left untouched,
    /// and answers here live in memory until the page closes.
    NewerElsewhere,
}

impl SaveStatus {
    pub(super) fn when_saved(mode: StorageMode) -> Self {
        match mode {
            StorageMode::Local => SaveStatus::Kept,
            StorageMode::Session => SaveStatus::KeptForSession,
            StorageMode::Memory => SaveStatus::MemoryOnly,
        }
    }

    pub(super) fn from_error(error: StorageError) -> Self {
        match error {
            StorageError::Unavailable => SaveStatus::Unavailable,
            StorageError::Full => SaveStatus::Full,
        }
    }
}
