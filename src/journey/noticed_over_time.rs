//! The signs a person noticed, check-in by check-in.

use crate::browser::long_calendar_date;
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::journey::Journey;
use recovery_core::text::Text;

/// The signs from their plan the person noticed, by the date of each check-in; nothing when
/// they never ticked one.
#[component]
pub fn NoticedOverTime(
    /// Every check-in.
    journey: Journey,
) -> impl IntoView {
    let words = use_words();
    let lang = words.lang();
    let rows = journey
        .check_ins
        .iter()
        .filter(|c| !c.noticed.is_empty())
        .map(|c| {
            let signs = c
                .noticed
                .iter()
                .map(|n| view! { <li dir="auto">{n.text.clone()}</li> })
                .collect_view();
            view! {
                <li>
                    <span class="rw-when">{long_calendar_date(c.date, &lang)}</span>
                    <ul>{signs}</ul>
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!rows.is_empty()).then(|| {
        view! {
            <section class="rw-over-time">
                <h4>{words.get(Text::JourneySignsNoticed)}</h4>
                <ul>{rows}</ul>
            </section>
        }
    })
}
