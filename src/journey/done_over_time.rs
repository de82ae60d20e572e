//! Goals achieved and steps done, from the goal builder's history.

use crate::browser::long_date;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::{GoalChange, GoalState};
use recovery_core::text::Text;

/// Goals achieved and steps done, oldest first with their dates, from the goal builder's
/// history in the same record; nothing when there are none.
#[component]
pub fn DoneOverTime() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    move || {
        let lang = words.lang();
        let mut done = store.with(|r| {
            r.goals
                .goals
                .iter()
                .flat_map(|g| {
                    g.history.iter().filter_map(|e| match &e.change {
                        GoalChange::StepDone(step) => {
                            Some((e.at, words.fill(Text::HistoryStepDone, &[("step", step)])))
                        }
                        GoalChange::State(GoalState::Achieved) => Some((
                            e.at,
                            words.fill(Text::JourneyGoalAchieved, &[("goal", &g.text)]),
                        )),
                        _ => None,
                    })
                })
                .collect::<Vec<_>>()
        });
        done.sort_by_key(|(at, _)| *at);
        (!done.is_empty()).then(|| {
        let rows = done
            .into_iter()
            .map(|(at, what)| {
                view! { <li><span class="rw-when">{long_date(at, &lang)}</span>" · "<bdi>{what}</bdi></li> }
            })
            .collect_view();
        view! {
            <section class="rw-over-time">
                <h4>{words.get(Text::JourneyDone)}</h4>
                <ul>{rows}</ul>
            </section>
        }
    })
    }
}
