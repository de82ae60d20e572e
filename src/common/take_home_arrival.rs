//! A take-home link the page was opened with (a phone scanned a kiosk's code), offered like a
//! chosen file.

use super::import_message::import_message;
use super::use_import::Import;
use crate::browser;
use crate::i18n::use_words;
use crate::take_home::{self, ArrivalProblem};
use leptos::task::spawn_local;
use recovery_core::text::Text;

/// Takes the take-home link the page was opened with, if no other widget has, and offers its
/// record through `import` (it can only be added: it may be one code of several). A kiosk
/// keeps nothing, so there the link is left unopened and the web team told.
pub fn use_take_home_arrival(import: Import, kiosk: bool) {
    let arrival = take_home::arrived();
    if kiosk && arrival.is_some() {
        browser::warn_web_team(
            "a take-home link was opened on a kiosk page, which keeps nothing; \
             set take-home-url to your everyday page",
        );
    }
    let Some(arrival) = arrival.filter(|_| !kiosk) else {
        return;
    };
    let words = use_words();
    spawn_local(async move {
        let opened = match arrival {
            Ok(part) => take_home::open(&part)
                .await
                .map(|record| (record, part.part, part.parts)),
            Err(()) => Err(ArrivalProblem::Unreadable),
        };
        match opened {
            Ok((record, part, parts)) => import.offer(record, Some((part, parts))),
            Err(error) => {
                browser::warn_web_team("a take-home link could not be opened");
                import.refuse(match error {
                    ArrivalProblem::Unreadable => words.get(Text::TakeHomeUnreadable),
                    ArrivalProblem::OldBrowser => words.get(Text::TakeHomeOldBrowser),
                    ArrivalProblem::Refused(error) => import_message(&words, &error),
                });
            }
        }
    });
}
