//! Today's check-in: every life area the host offers, and the signs from the plan.

use super::area_rating::AreaRating;
use super::noticed_signs::NoticedSigns;
use crate::browser::{long_calendar_date, today};
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use leptos::prelude::*;
use recovery_core::text::Text;

/// Today's check-in: a rating and "what has helped" for each life area, any of them skipped,
/// and the signs from the person's plan. It changes freely until the day is over.
#[component]
pub fn CheckInToday() -> impl IntoView {
    let words = use_words();
    let settings = expect_context::<LifeDomains>();
    let date = long_calendar_date(today(), &words.lang());
    let areas = settings
        .domains
        .iter()
        .map(|domain| view! { <AreaRating domain=domain.clone()/> })
        .collect_view();
    view! {
        <section class="rw-check-in" aria-labelledby="rw-journey-today">
            <h3 id="rw-journey-today">{words.fill(Text::JourneyToday, &[("date", &date)])}</h3>
            <p class="rw-intro">{words.get(Text::JourneyTodayAbout)}</p>
            {areas}
            <NoticedSigns/>
        </section>
    }
}
