//! The journey's small types, and the words for a rating.

use crate::i18n::Words;
use recovery_core::journey;

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

/// A rating as a person reads it: "3 out of 10: a harder time" (core's words, the browser's
/// numbers).
pub fn rating_said(words: &Words, rating: u8) -> String {
    journey::rating_said(words.catalogue(), rating, &|n| words.number(n))
}
