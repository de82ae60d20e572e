//! What can go wrong, as values a caller can match on and a person can be told about.

use std::fmt;

/// Why a change to the record was refused. The record is left as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The text had no words in it.
    Empty,
    /// The text was longer than the limit; it was not cut.
    TooLong {
        /// How many characters were given.
        chars: usize,
        /// The most allowed.
        limit: usize,
    },
    /// No item has that id (it may have been removed in another widget).
    NotFound,
    /// That item is already there.
    Duplicate,
    /// Marking one more quality as a top quality would go over the limit.
    TooManyTop,
    /// A check-in of an earlier day is kept as it was; only today's can change.
    NotToday,
    /// A rating outside 0 to [`crate::journey::MAX_RATING`].
    OutOfRange,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Empty => f.write_str("the text is blank"),
            EditError::TooLong { chars, limit } => {
                write!(f, "the text has {chars} characters; the limit is {limit}")
            }
            EditError::NotFound => f.write_str("no item has that id"),
            EditError::Duplicate => f.write_str("that item is already there"),
            EditError::TooManyTop => f.write_str("too many top qualities"),
            EditError::NotToday => f.write_str("only today's check-in can change"),
            EditError::OutOfRange => f.write_str("a rating is 0 to 10"),
        }
    }
}

impl std::error::Error for EditError {}

/// Why a file or stored text could not be read as a record. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is bigger than [`crate::format::MAX_FILE_BYTES`]; it was not read.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
        /// The most allowed.
        limit: usize,
    },
    /// Lists and objects nest deeper than [`crate::format::MAX_NESTING`]; the file was not
    /// read.
    TooDeep {
        /// The deepest nesting allowed.
        limit: usize,
    },
    /// The lists hold more entries in all than [`crate::format::MAX_LIST_ENTRIES`]; the file
    /// was not read.
    TooManyEntries {
        /// The most allowed.
        limit: usize,
    },
    /// One text is longer than [`crate::inventory::MAX_TEXT_CHARS`] characters.
    TextTooLong {
        /// The most characters allowed in one text.
        limit: usize,
    },
    /// The text is not JSON at all.
    NotJson,
    /// The text is JSON, but not a record made by these widgets.
    NotARecord,
    /// The record was made by a newer version than this bundle understands.
    NewerVersion {
        /// The version in the file.
        found: u64,
        /// The newest version this bundle reads.
        supported: u32,
    },
    /// The file says it is a record, but some part of it does not fit the format.
    Damaged {
        /// What did not fit, for the web team's console (may name a field, never its content).
        detail: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes, limit } => {
                write!(f, "the file has {bytes} bytes; the limit is {limit}")
            }
            ImportError::TooDeep { limit } => {
                write!(f, "the file nests deeper than the limit of {limit}")
            }
            ImportError::TooManyEntries { limit } => {
                write!(f, "the file has more than {limit} list entries")
            }
            ImportError::TextTooLong { limit } => {
                write!(f, "a text in the file is longer than {limit} characters")
            }
            ImportError::NotJson => f.write_str("the file is not JSON"),
            ImportError::NotARecord => f.write_str("the JSON is not a recovery widgets record"),
            ImportError::NewerVersion { found, supported } => write!(
                f,
                "the record has schema version {found}; this bundle reads up to {supported}"
            ),
            ImportError::Damaged { detail } => {
                write!(f, "the record does not fit the format: {detail}")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// A date box held something that is not a day (a date typed by hand in a browser without a
/// date picker, say): see [`crate::CalendarDate::from_date_box`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADate;

impl fmt::Display for NotADate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the date box does not hold a day")
    }
}

impl std::error::Error for NotADate {}
