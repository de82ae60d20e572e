//! The strengths inventory's top component.

use super::areas::AreasPart;
use super::priorities::PrioritiesPart;
use super::qualities::QualitiesPart;
use super::summary::SummaryPart;
use super::types::Part;
use super::HEADING_ID;
use crate::common::{print_copy, DataPanel, PartMenu, StatusNote};
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;
use std::sync::Arc;

/// The strengths inventory: a menu of parts the person moves between freely, the part in
/// view, progress, and keeping a copy.
#[component]
pub fn StrengthsInventory() -> impl IntoView {
    let store = use_record();
    let settings = expect_context::<LifeDomains>();
    let words = use_words();
    let part = RwSignal::new(Part::Areas);
    // Which life area is open; kept here so moving to another part and back keeps the place.
    let area = RwSignal::new(0usize);

    let total = settings.domains.len();
    let domains = settings.domains.clone();
    let done = Memo::new(move |_| store.with(|r| r.inventory.answered_of(&domains)));
    let progress_words = words.clone();
    let progress_text = move || {
        progress_words.fill(
            Text::ProgressAreas,
            &[
                ("done", &progress_words.number(done.get())),
                ("total", &progress_words.number(total)),
            ],
        )
    };

    let menu: Vec<(Part, String)> = Part::ALL
        .into_iter()
        .map(|p| (p, words.get(p.label())))
        .collect();

    view! {
        <section class="rw-inventory" aria-labelledby=HEADING_ID>
            <h2 id=HEADING_ID>{words.get(Text::InventoryTitle)}</h2>
            <p class="rw-intro rw-no-print">{words.get(Text::InventoryIntro)}</p>
            <StatusNote/>
            <div class="rw-progress rw-no-print">
                <progress max=total value=move || done.get() aria-labelledby="rw-progress-text"></progress>
                <span id="rw-progress-text">{progress_text}</span>
            </div>
            <PartMenu label=words.get(Text::NavLabel) parts=menu current=part/>
            {print_copy(Arc::new(move || part.get() != Part::Summary), || view! { <SummaryPart/> }.into_any())}
            <div class="rw-part">
                {move || match part.get() {
                    Part::Areas => view! { <AreasPart current=area/> }.into_any(),
                    Part::Qualities => view! { <QualitiesPart/> }.into_any(),
                    Part::Priorities => view! { <PrioritiesPart/> }.into_any(),
                    Part::Summary => view! { <SummaryPart/> }.into_any(),
                }}
            </div>
            <DataPanel/>
        </section>
    }
}
