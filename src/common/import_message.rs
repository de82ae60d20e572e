//! The calm words for a copy of a record that could not be opened.

use crate::i18n::Words;
use recovery_core::text::Text;
use recovery_core::ImportError;

/// What the person is told when a copy of a record (a file, or a take-home link) is refused.
pub fn import_message(words: &Words, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { limit, .. } => words.fill(
            Text::ImportTooLarge,
            &[(
                "limit",
                &format!("{} MB", words.number(limit / (1024 * 1024))),
            )],
        ),
        ImportError::TooDeep { limit } => {
            words.fill(Text::ImportTooDeep, &[("limit", &words.number(*limit))])
        }
        ImportError::TooManyEntries { limit } => words.fill(
            Text::ImportTooManyEntries,
            &[("limit", &words.number(*limit))],
        ),
        ImportError::TextTooLong { limit } => {
            words.fill(Text::ImportTextTooLong, &[("limit", &words.number(*limit))])
        }
        ImportError::NotJson => words.get(Text::ImportNotJson),
        ImportError::NotARecord => words.get(Text::ImportNotRecord),
        ImportError::NewerVersion { .. } => words.get(Text::ImportNewer),
        ImportError::Damaged { .. } => words.get(Text::ImportDamaged),
    }
}
