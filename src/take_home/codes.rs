//! Making the QR codes that carry a record to a phone.

use super::compression::deflate_raw;
use recovery_core::format::take_home::{self, QrPicture, MAX_CODES};
use recovery_core::Record;
use std::collections::VecDeque;

/// Why no code could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// The record does not fit in [`MAX_CODES`] codes.
    TooLarge,
    /// The browser cannot compress (no `CompressionStream`).
    CannotCompress,
}

/// The codes for a record, each a link to `page` drawn as a QR code: one when it fits,
/// otherwise the record cut in two (with [`take_home::split_in_two`]), and each half again,
/// until every piece fits; at most [`MAX_CODES`].
pub async fn make_codes(record: &Record, page: &str) -> Result<Vec<QrPicture>, CodeProblem> {
    let mut waiting = VecDeque::from([take_home::with_short_ids(record)]);
    // Each piece that fits, with its code drawn as "1 of 1" while checking that it fits.
    let mut fitted: Vec<(Vec<u8>, QrPicture)> = Vec::new();
    while let Some(piece) = waiting.pop_front() {
        let text = take_home::code_text(&piece);
        let compressed = deflate_raw(text.as_bytes(), false)
            .await
            .map_err(|_| CodeProblem::CannotCompress)?;
        // The part numbers are one digit each whatever they turn out to be, so this link is
        // exactly as long as the final one.
        match take_home::qr_picture(&take_home::link(page, 1, 1, &compressed)) {
            Some(picture) => fitted.push((compressed, picture)),
            None => {
                let (first, second) =
                    take_home::split_in_two(&piece).ok_or(CodeProblem::TooLarge)?;
                waiting.push_front(second);
                waiting.push_front(first);
            }
        }
        if fitted.len() + waiting.len() > MAX_CODES {
            return Err(CodeProblem::TooLarge);
        }
    }
    let parts = fitted.len();
    fitted
        .into_iter()
        .enumerate()
        .map(|(i, (compressed, picture))| {
            // A single code is the "1 of 1" already drawn; several are drawn again, numbered.
            if parts == 1 {
                return Ok(picture);
            }
            take_home::qr_picture(&take_home::link(page, i + 1, parts, &compressed))
                .ok_or(CodeProblem::TooLarge)
        })
        .collect()
}
