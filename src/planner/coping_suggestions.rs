//! Coping ideas the person already wrote, added in one tap.

use crate::browser::new_id;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::plan::PlanList;
use recovery_core::suggestions::coping_ideas;
use recovery_core::text::Text;

/// Coping ideas the person already wrote: their wellness toolbox, and their strengths from
/// the inventory when it shares the record. One tap adds one to "things I can do on my own".
#[component]
pub fn CopingSuggestions() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let ideas = Memo::new(move |_| store.with(|r| coping_ideas(&r.plan, &r.inventory)));
    let heading = words.get(Text::PlanFromMyStrengths);
    view! {
        <Show when=move || ideas.with(|i| !i.is_empty())>
            <div class="rw-start-points rw-no-print">
                <p class="rw-hint">{heading.clone()}</p>
                <ul>
                    {
                        let words = words.clone();
                        move || ideas.get().into_iter().map(|idea| {
                            let label = words.fill(Text::PlanUseIdea, &[("idea", &idea)]);
                            view! {
                                <li>
                                    <button type="button" class="rw-button rw-button-quiet rw-button-small"
                                        on:click=move |_| { let _ = store.change(|r, _| r.plan.add_item(PlanList::OnMyOwn, &idea, "", new_id())); }>
                                        {label}
                                    </button>
                                </li>
                            }
                        }).collect_view()
                    }
                </ul>
            </div>
        </Show>
    }
}
