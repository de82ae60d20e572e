//! The goal builder's top component.

use super::goal_detail::GoalDetail;
use super::goal_list::GoalList;
use super::goals_summary::GoalsSummary;
use super::new_goal::NewGoal;
use super::types::GoalPart;
use super::HEADING_ID;
use crate::common::{print_copy, DataPanel, PartMenu, StatusNote};
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;
use recovery_core::ItemId;
use std::sync::Arc;

/// The goal builder: the person's goals, the one open now, a way to start another, and a
/// summary to print.
#[component]
pub fn GoalBuilder() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let part = RwSignal::new(GoalPart::Goals);
    let first = store.with_untracked(|r| r.goals.goals.first().map(|g| g.id.clone()));
    let open: RwSignal<Option<ItemId>> = RwSignal::new(first);
    // The open goal, if it still exists (an import may have replaced the record).
    let open_goal = Memo::new(move |_| {
        let id = open.get()?;
        store.with(|r| r.goals.goal(&id).map(|g| g.id.clone()))
    });

    let menu: Vec<(GoalPart, String)> = [
        (GoalPart::Goals, Text::GoalsTitle),
        (GoalPart::Summary, Text::GoalsNavSummary),
    ]
    .into_iter()
    .map(|(p, label)| (p, words.get(label)))
    .collect();

    view! {
        <section class="rw-goal-builder" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID>{words.get(Text::GoalsTitle)}</h2>
            <p class="rw-intro rw-no-print">{words.get(Text::GoalsIntro)}</p>
            <StatusNote/>
            <PartMenu label=words.get(Text::GoalsNavLabel) parts=menu current=part/>
            {print_copy(Arc::new(move || part.get() != GoalPart::Summary), || view! { <GoalsSummary/> }.into_any())}
            {move || match part.get() {
                GoalPart::Goals => view! {
                    <GoalList open=open/>
                    {move || open_goal.get().map(|id| view! { <GoalDetail id=id/> })}
                    <NewGoal open=open/>
                }
                .into_any(),
                GoalPart::Summary => view! { <GoalsSummary/> }.into_any(),
            }}
            <DataPanel/>
        </section>
    }
}
