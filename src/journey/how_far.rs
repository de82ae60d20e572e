//! "How far I have come": everything in the journey on one page, to print.

use super::area_story::AreaStory;
use super::done_over_time::DoneOverTime;
use super::noticed_over_time::NoticedOverTime;
use crate::browser::long_calendar_date;
use crate::common::SummarySection;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;

/// "How far I have come", strengths first: what has helped, in the person's words, then each
/// life area's story, the signs they noticed and what they have done. To keep, show or print.
#[component]
pub fn HowFar() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let settings = expect_context::<LifeDomains>();
    let body = {
        let words = words.clone();
        move || {
            let journey = store.with(|r| r.journey.clone());
            if journey.check_ins.is_empty() {
                return view! { <p class="rw-empty">{words.get(Text::JourneyNone)}</p> }.into_any();
            }
            let lang = words.lang();
            // Newest first: what helps lately leads.
            let helped = journey
                .check_ins
                .iter()
                .rev()
                .flat_map(|c| {
                    c.areas
                        .iter()
                        .filter(|a| !a.helped.trim().is_empty())
                        .map(move |a| (c.date, a))
                })
                .map(|(date, a)| {
                    view! {
                        <li>
                            <bdi>{a.helped.clone()}</bdi>
                            <span class="rw-when">" · "{words.domain_name(&a.domain)}" · "{long_calendar_date(date, &lang)}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            let stories = journey
                .areas_answered(&settings.domains)
                .into_iter()
                .map(|domain| view! { <AreaStory domain=domain journey=journey.clone()/> })
                .collect_view();
            view! {
                {(!helped.is_empty()).then(|| view! {
                    <section class="rw-over-time">
                        <h4>{words.get(Text::JourneyWhatHelped)}</h4>
                        <ul>{helped}</ul>
                    </section>
                })}
                {stories}
                <NoticedOverTime journey=journey.clone()/>
                <DoneOverTime/>
            }
            .into_any()
        }
    };
    view! {
        <SummarySection class="rw-summary rw-how-far" heading_id="rw-journey-how-far"
            title=words.get(Text::JourneyHowFar) print_label=words.get(Text::JourneyPrint)>
            {body}
        </SummarySection>
    }
}
