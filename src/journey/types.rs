//! The journey's small types, and the words for a rating.

use crate::i18n::Words;
use recovery_core::journey::RatingWords;
use recovery_core::text::Text;

/// The parts of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JourneyPart {
    /// Today's check-in.
    CheckIn,
    /// Each life area over time.
    LookBack,
    /// Two check-ins side by side.
    Compare,
    /// Everything on one page, to print.
    HowFar,
}

/// A rating as a person reads it: "3 out of 10: a harder time".
pub fn rating_said(words: &Words, rating: u8) -> String {
    words.fill(
        Text::JourneyRated,
        &[
            ("rating", &words.number(usize::from(rating))),
            ("words", &words.get(RatingWords::of(rating).text())),
        ],
    )
}
