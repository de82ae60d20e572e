//! Whether a passcode is set and this tab has opened the record (`Lock`), and this tab's key
//! with what waits to be locked and written (`Locking`): the state the record store holds and
//! the passcode's code (`lock.rs`) changes.

use super::passcode_key::PasscodeKey;
use std::collections::BTreeMap;

/// Whether a passcode is set, and whether this tab has opened the record with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    /// No passcode: the record is stored as it is.
    NoPasscode,
    /// A passcode is set and this tab has not opened the record (or has locked it again).
    Locked,
    /// A passcode is set and this tab has opened the record: every save is locked.
    Open,
}

/// This tab's key, and what waits to be locked and written.
#[derive(Default)]
pub(super) struct Locking {
    /// The key, while this tab has the record open.
    pub(super) key: Option<PasscodeKey>,
    /// Counts settings of the passcode (set, changed, removed): a text locked under one
    /// setting is never written after the next began.
    pub(super) setting: u32,
    /// The newest record text not yet written.
    pub(super) record: Option<String>,
    /// Changes to "add" boxes not yet written (`None`: the box was cleared). `Some` of an
    /// empty map rewrites the stored drafts as they are.
    pub(super) drafts: Option<BTreeMap<String, Option<String>>>,
    /// Whether the writing task is running.
    pub(super) busy: bool,
    /// Whether the views are waiting to hear of a change until the record is written.
    pub(super) notify: bool,
}
