//! The calm words for a copy of a record that could not be opened.

use crate::i18n::Words;
use recovery_core::text::Text;
use recovery_core::ImportError;

/// What the person is told when a copy of a record (a file, or a take-home link) is refused.
pub fn import_message(words: &Words, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { limit, .. } => words.fill(
            Text::ImportTooLarge,
            &[("limit", &format!("{} MB", limit / (1024 * 1024)))],
        ),
        ImportError::TooDeep { limit } => {
            words.fill(Text::ImportTooDeep, &[("limit", &limit.to_string())])
        }
        ImportError::TooManyEntries { limit } => words.fill(
            Text::ImportTooManyEntries,
            &[("limit", &group_thousands(*limit))],
        ),
        ImportError::TextTooLong { limit } => words.fill(
            Text::ImportTextTooLong,
            &[("limit", &group_thousands(*limit))],
        ),
        ImportError::NotJson => words.get(Text::ImportNotJson),
        ImportError::NotARecord => words.get(Text::ImportNotRecord),
        ImportError::NewerVersion { .. } => words.get(Text::ImportNewer),
        ImportError::Damaged { .. } => words.get(Text::ImportDamaged),
    }
}

/// A whole number with commas between thousands (`100,000`), as people write it.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::group_thousands;

    #[test]
    fn thousands_are_grouped_with_commas() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (100_000, "100,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, written) in cases {
            assert_eq!(group_thousands(n), written);
        }
    }
}
