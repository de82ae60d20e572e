//! One life area: its three questions, and whether it is a priority.

use super::question_block::QuestionBlock;
use crate::browser::new_id;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::text::Text;

/// One life area: its three questions, and whether it is a priority.
#[component]
pub fn DomainCard(
    /// The life domain's id.
    domain: String,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let heading_id = format!("rw-domain-{domain}");
    let labelled_by = heading_id.clone();
    let is_priority = {
        let domain = domain.clone();
        Memo::new(move |_| store.with(|r| r.inventory.is_priority(&domain, None)))
    };
    let set_priority = {
        let domain = domain.clone();
        move |chosen: bool| {
            let _ = store.change(|r, _| r.inventory.set_priority(&domain, None, chosen, new_id()));
        }
    };

    let questions = Question::ALL
        .into_iter()
        .map(|question| view! { <QuestionBlock domain=domain.clone() question=question/> })
        .collect_view();

    view! {
        <article class="rw-domain" aria-labelledby=labelled_by>
            <h3 id=heading_id>{words.domain_name(&domain)}</h3>
            {questions}
            <label class="rw-check rw-area-priority">
                <input type="checkbox"
                    prop:checked=move || is_priority.get()
                    on:change=move |ev| set_priority(event_target_checked(&ev))/>
                <span>{words.get(Text::AreaIsPriority)}</span>
            </label>
        </article>
    }
}
