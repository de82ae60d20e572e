//! Signs from the person's plan, to tick if they noticed them lately.

use crate::browser::{new_id, today};
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::plan::{PlanItem, PlanList};
use recovery_core::text::Text;

/// The person's own triggers and early warning signs from their plan (when the planner shares
/// the record), each to tick if they noticed it lately; a ticked one shows their own "what I
/// will do". Nothing is ticked for them. An empty plan leaves this out.
#[component]
pub fn NoticedSigns() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let signs = Memo::new(move |_| {
        store.with(|r| {
            [PlanList::Triggers, PlanList::EarlySigns]
                .into_iter()
                .flat_map(|l| r.plan.items(l).iter().cloned())
                .collect::<Vec<PlanItem>>()
        })
    });
    let ticked = Memo::new(move |_| {
        store.with(|r| {
            r.journey
                .on(today())
                .map(|c| c.noticed.iter().map(|n| n.sign.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    move || {
        let list = signs.get();
        if list.is_empty() {
            return None;
        }
        let items = list
            .into_iter()
            .map(|sign| {
                let id = StoredValue::new(sign.id.clone());
                let text = StoredValue::new(sign.text.clone());
                let is_ticked = Memo::new(move |_| ticked.with(|t| id.with_value(|id| t.contains(id))));
                let plan = (!sign.response.trim().is_empty())
                    .then(|| words.fill(Text::JourneyNoticedDo, &[("plan", &words.their_words(&sign.response))]));
                view! {
                    <li>
                        <label class="rw-check">
                            <input type="checkbox"
                                prop:checked=move || is_ticked.get()
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let _ = store.change(|r, now| {
                                        id.with_value(|id| text.with_value(|t| {
                                            r.journey.set_noticed(today(), id, t, on, new_id(), now)
                                        }))
                                    });
                                }/>
                            <span dir="auto">{sign.text.clone()}</span>
                        </label>
                        {move || is_ticked.get().then(|| plan.clone().map(|p| view! { <p class="rw-noticed-plan" dir="auto">{p}</p> }))}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="rw-noticed" aria-labelledby="rw-journey-noticed">
                <h4 id="rw-journey-noticed">{words.get(Text::JourneyNoticed)}</h4>
                <p class="rw-intro">{words.get(Text::JourneyNoticedAbout)}</p>
                <ul>{items}</ul>
            </section>
        })
    }
}
