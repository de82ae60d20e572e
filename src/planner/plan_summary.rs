//! The whole plan on one page, crisis first.

use crate::common::SummarySection;
use crate::i18n::use_words;
use crate::settings::HostCrisisLines;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::plan::{dial_string, ItemShape, PlanList};
use recovery_core::text::Text;

/// The whole plan on one page, ordered for a hard moment: crisis lines and phone numbers first.
#[component]
pub fn PlanSummary() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let lines = words.crisis_lines(&expect_context::<HostCrisisLines>().0);
    let crisis = lines
        .into_iter()
        .map(|line| {
            let number = match dial_string(&line.number) {
                Some(dial) => {
                    view! { <a dir="ltr" href=format!("tel:{dial}")>{line.number.clone()}</a> }
                        .into_any()
                }
                None => view! { <bdi dir="ltr">{line.number.clone()}</bdi> }.into_any(),
            };
            view! { <li><strong>{line.name.clone()}</strong>": "{number}</li> }
        })
        .collect_view();
    let body = {
        let words = words.clone();
        move || {
            store.with(|r| {
                if r.plan.item_count() == 0 {
                    return view! { <p class="rw-empty">{words.get(Text::PlanSummaryEmpty)}</p> }.into_any();
                }
                r.plan
                    .one_page()
                    .map(|(list, items)| {
                        let items = items
                            .map(|item| match list.shape() {
                                ItemShape::Contact => {
                                    let number = match dial_string(&item.response) {
                                        Some(dial) => view! { <a dir="ltr" href=format!("tel:{dial}")>{item.response.clone()}</a> }.into_any(),
                                        None => view! { <bdi>{item.response.clone()}</bdi> }.into_any(),
                                    };
                                    view! { <li><strong><bdi>{item.text.clone()}</bdi></strong>": "{number}</li> }.into_any()
                                }
                                ItemShape::WithResponse if !item.response.trim().is_empty() => view! {
                                    <li><bdi>{item.text.clone()}</bdi>" — "<em>{words.get(Text::PlanSummaryThen)}</em>" "<bdi>{item.response.clone()}</bdi></li>
                                }
                                .into_any(),
                                _ => view! { <li dir="auto">{item.text.clone()}</li> }.into_any(),
                            })
                            .collect_view();
                        let class = if matches!(list, PlanList::PeopleToAsk | PlanList::Services) {
                            "rw-summary-list rw-summary-contacts"
                        } else {
                            "rw-summary-list"
                        };
                        view! {
                            <section class=class>
                                <h4>{words.plan_list_title(list)}</h4>
                                <ul>{items}</ul>
                            </section>
                        }
                    })
                    .collect_view()
                    .into_any()
            })
        }
    };
    view! {
        <SummarySection class="rw-summary rw-plan-summary" heading_id="rw-plan-summary-title"
            title=words.get(Text::PlanSummaryTitle) print_label=words.get(Text::PlanSummaryPrint)>
            <section class="rw-summary-list rw-summary-crisis">
                <h4>{words.get(Text::CrisisTitle)}</h4>
                <ul>{crisis}</ul>
            </section>
            {body}
        </SummarySection>
    }
}
