//! Names that stay with an item for its whole life.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The lasting name of one item a person wrote (a strength, a wish, a priority).
///
/// Other parts of the record point at an item by its id, so rewording the item keeps every
/// link. Ids are made by the bundle (random, so two browsers never make the same one) and are
/// opaque text to core.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(String);

impl ItemId {
    /// Wraps text as an id.
    pub fn new(id: impl Into<String>) -> Self {
        ItemId(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for ItemId {
    fn as_ref(&self) -> &str {
        &self.0
    }
}
