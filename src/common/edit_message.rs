//! The calm words for a refused edit.

use crate::i18n::Words;
use recovery_core::inventory::{MAX_TEXT_CHARS, MAX_TOP_QUALITIES};
use recovery_core::text::Text;
use recovery_core::EditError;

/// The calm words for a refused edit. An item that vanished meanwhile (removed in another
/// widget) needs no words: the view already shows it gone.
pub fn edit_message(words: &Words, error: &EditError) -> Option<String> {
    match error {
        EditError::Empty => Some(words.get(Text::ErrorEmpty)),
        EditError::TooLong { .. } => Some(words.fill(
            Text::ErrorTooLong,
            &[("limit", &words.number(MAX_TEXT_CHARS))],
        )),
        EditError::TooManyTop => Some(words.fill(
            Text::QualitiesTooManyTop,
            &[("max", &words.number(MAX_TOP_QUALITIES))],
        )),
        EditError::NotToday => Some(words.get(Text::JourneyNotToday)),
        EditError::OutOfRange => Some(words.get(Text::JourneyOutOfRange)),
        EditError::NotFound | EditError::Duplicate => None,
    }
}
