//! One part of the plan, with its lists.

use super::plan_list::PlanListView;
use crate::i18n::use_words;
use leptos::html;
use leptos::prelude::*;
use recovery_core::plan::PlanSection;
use recovery_core::text::Text;

/// One part of the plan: what it is for, its lists, and a way straight to the crisis lines.
#[component]
pub fn PlanSectionView(
    /// Which part.
    section: PlanSection,
    /// The crisis lines' heading, where "Help now" sends the keyboard.
    crisis_heading: NodeRef<html::H3>,
) -> impl IntoView {
    let words = use_words();
    let heading_id = format!("rw-section-{}", section.key());
    let labelled_by = heading_id.clone();
    let lists = section
        .lists()
        .iter()
        .map(|list| view! { <PlanListView list=*list/> })
        .collect_view();
    view! {
        <section class="rw-plan-section" aria-labelledby=labelled_by>
            <div class="rw-section-head">
                <h3 id=heading_id>{words.plan_section_title(section)}</h3>
                <button type="button" class="rw-button rw-button-small rw-help-now rw-no-print"
                    on:click=move |_| {
                        if let Some(heading) = crisis_heading.get() {
                            heading.scroll_into_view();
                            let _ = heading.focus();
                        }
                    }>
                    {words.get(Text::CrisisJump)}
                </button>
            </div>
            <p class="rw-intro">{words.plan_section_about(section)}</p>
            {lists}
        </section>
    }
}
