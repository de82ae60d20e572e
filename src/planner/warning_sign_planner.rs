//! The warning-sign planner's top component.

use super::plan_reminder::PlanReminder;
use super::plan_section::PlanSectionView;
use super::plan_summary::PlanSummary;
use super::HEADING_ID;
use crate::common::CrisisLinesPanel;
use crate::common::{print_copy, DataPanel, PartMenu, StatusNote};
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::html;
use leptos::prelude::*;
use recovery_core::plan::PlanSection;
use recovery_core::text::Text;
use std::sync::Arc;

/// The warning-sign planner: the crisis lines at the top, a menu of the plan's seven parts
/// (any order), the part in view, and the plan on one page with a reminder to look at it again.
#[component]
pub fn WarningSignPlanner() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    // `None` is the one-page plan.
    let part: RwSignal<Option<PlanSection>> = RwSignal::new(Some(PlanSection::StayingWell));
    let crisis_heading: NodeRef<html::H3> = NodeRef::new();
    let done = Memo::new(move |_| store.with(|r| r.plan.sections_with_items()));
    let total = PlanSection::ALL.len();
    let progress_words = words.clone();

    let menu: Vec<(Option<PlanSection>, String)> = PlanSection::ALL
        .into_iter()
        .map(|section| (Some(section), words.plan_section_title(section)))
        .chain([(None, words.get(Text::PlanNavSummary))])
        .collect();

    view! {
        <section class="rw-planner" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID>{words.get(Text::PlanTitle)}</h2>
            <p class="rw-intro rw-no-print">{words.get(Text::PlanIntro)}</p>
            <CrisisLinesPanel heading=crisis_heading/>
            <StatusNote/>
            <p class="rw-progress rw-no-print">
                {move || progress_words.fill(Text::PlanProgress, &[("done", &progress_words.number(done.get())), ("total", &progress_words.number(total))])}
            </p>
            <PartMenu label=words.get(Text::PlanNavLabel) parts=menu current=part/>
            {print_copy(Arc::new(move || part.get().is_some()), || view! { <PlanSummary/> }.into_any())}
            {move || match part.get() {
                Some(section) => view! { <PlanSectionView section=section crisis_heading=crisis_heading/> }.into_any(),
                None => view! { <PlanSummary/><PlanReminder/> }.into_any(),
            }}
            <DataPanel/>
        </section>
    }
}
