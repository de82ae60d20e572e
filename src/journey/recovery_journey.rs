//! The journey's top component.

use super::check_in_today::CheckInToday;
use super::compare_check_ins::CompareCheckIns;
use super::how_far::HowFar;
use super::look_back::LookBack;
use super::types::JourneyPart;
use super::HEADING_ID;
use crate::common::{print_copy, DataPanel, PartMenu, StatusNote};
use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::text::Text;
use std::sync::Arc;

/// The journey: today's check-in, a look back over every check-in, two side by side, and
/// "How far I have come" to print.
#[component]
pub fn RecoveryJourney() -> impl IntoView {
    let words = use_words();
    let part = RwSignal::new(JourneyPart::CheckIn);
    let menu: Vec<(JourneyPart, String)> = [
        (JourneyPart::CheckIn, Text::JourneyNavCheckIn),
        (JourneyPart::LookBack, Text::JourneyNavLookBack),
        (JourneyPart::Compare, Text::JourneyNavCompare),
        (JourneyPart::HowFar, Text::JourneyHowFar),
    ]
    .into_iter()
    .map(|(p, label)| (p, words.get(label)))
    .collect();

    view! {
        <section class="rw-journey" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID>{words.get(Text::JourneyTitle)}</h2>
            <p class="rw-intro rw-no-print">{words.get(Text::JourneyIntro)}</p>
            <StatusNote/>
            <PartMenu label=words.get(Text::JourneyNavLabel) parts=menu current=part/>
            {print_copy(Arc::new(move || part.get() != JourneyPart::HowFar), || view! { <HowFar/> }.into_any())}
            {move || match part.get() {
                JourneyPart::CheckIn => view! { <CheckInToday/> }.into_any(),
                JourneyPart::LookBack => view! { <LookBack/> }.into_any(),
                JourneyPart::Compare => view! { <CompareCheckIns/> }.into_any(),
                JourneyPart::HowFar => view! { <HowFar/> }.into_any(),
            }}
            <DataPanel/>
        </section>
    }
}
