//! Goals achieved and steps done, from the goal builder's history.

use crate::browser::long_date;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::Done;
use recovery_core::text::Text;

/// Goals achieved and steps done, oldest first with their dates, from the goal builder's
/// history in the same record; nothing when there are none.
#[component]
pub fn DoneOverTime() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    move || {
        let lang = words.lang();
        let rows = store.with(|r| {
            r.goals
                .done_over_time()
                .into_iter()
                .map(|(at, done)| {
                    let what = match done {
                        Done::Step(step) => words.fill(Text::HistoryStepDone, &[("step", step)]),
                        Done::Goal(goal) => words.fill(Text::JourneyGoalAchieved, &[("goal", goal)]),
                    };
                    view! { <li><span class="rw-when">{long_date(at, &lang)}</span>" · "<bdi>{what}</bdi></li> }
                })
                .collect::<Vec<_>>()
        });
        (!rows.is_empty()).then(|| {
            view! {
                <section class="rw-over-time">
                    <h4>{words.get(Text::JourneyDone)}</h4>
                    <ul>{rows}</ul>
                </section>
            }
        })
    }
}
