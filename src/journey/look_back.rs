//! Looking back over every check-in, one life area at a time.

use super::area_story::AreaStory;
use super::done_over_time::DoneOverTime;
use super::noticed_over_time::NoticedOverTime;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;

/// Every life area the person has checked in on, each with its story over time; the signs
/// they noticed and what they have done, on the same dates.
#[component]
pub fn LookBack() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let settings = expect_context::<LifeDomains>();
    let journey = Memo::new(move |_| store.with(|r| r.journey.clone()));
    view! {
        <section class="rw-look-back" aria-labelledby="rw-journey-look-back">
            <h3 id="rw-journey-look-back">{words.get(Text::JourneyNavLookBack)}</h3>
            {move || {
                let journey = journey.get();
                if journey.check_ins.is_empty() {
                    return view! { <p class="rw-empty">{words.get(Text::JourneyNone)}</p> }.into_any();
                }
                let count = words.fill(Text::JourneyCount, &[("count", &words.number(journey.check_ins.len()))]);
                let stories = journey
                    .areas_answered(&settings.domains)
                    .into_iter()
                    .map(|domain| view! { <AreaStory domain=domain journey=journey.clone()/> })
                    .collect_view();
                view! {
                    <p>{count}</p>
                    {stories}
                    <NoticedOverTime journey=journey.clone()/>
                    <DoneOverTime/>
                }
                .into_any()
            }}
        </section>
    }
}
