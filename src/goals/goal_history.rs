//! A goal's history: everything that happened to it, with when.

use crate::browser::long_date;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::GoalChange;
use recovery_core::text::Text;
use recovery_core::ItemId;

/// Everything that has happened to a goal, with when: kept for good, and there to look back on.
#[component]
pub fn GoalHistory(
    /// The goal's id.
    goal: ItemId,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let goal = StoredValue::new(goal);
    let title = words.get(Text::GoalHistory);
    view! {
        <details class="rw-history">
            <summary>{title}</summary>
            <ol>
                {move || {
                    let events = store.with(|r| goal.with_value(|g| r.goals.goal(g).map(|g| g.history.clone()))).unwrap_or_default();
                    let lang = words.lang();
                    events.into_iter().rev().map(|event| {
                        let what = match &event.change {
                            GoalChange::Started => words.get(Text::HistoryStarted),
                            GoalChange::Reworded(before) => words.fill(Text::HistoryReworded, &[("before", before)]),
                            GoalChange::State(state) => words.fill(Text::HistoryState, &[("state", &words.get(state.text()))]),
                            GoalChange::StepDone(step) => words.fill(Text::HistoryStepDone, &[("step", step)]),
                            GoalChange::StepNotThisTime(step) => words.fill(Text::HistoryStepNotThisTime, &[("step", step)]),
                        };
                        view! { <li><span class="rw-when">{long_date(event.at, &lang)}</span>" · "{what}</li> }
                    }).collect_view()
                }}
            </ol>
        </details>
    }
}
