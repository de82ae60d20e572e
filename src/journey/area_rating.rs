//! One life area in today's check-in: how things are, from 0 to 10, and what has helped.

use super::types::rating_said;
use crate::browser::{new_id, today};
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::Question;
use recovery_core::journey::MAX_RATING;
use recovery_core::text::Text;

/// One life area in today's check-in: eleven choices from 0 to 10 (radio buttons: arrow keys
/// move between them, a tap chooses), the choice in words, a way to skip it again, and "what
/// has helped" with a button that adds it to the strengths inventory's "what has helped me
/// before".
#[component]
pub fn AreaRating(
    /// The life area's id.
    domain: String,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let base = format!("rw-journey-{domain}");
    let scale_id = format!("{base}-scale");
    let helped_id = format!("{base}-helped");
    let described_by = scale_id.clone();
    let name = domain.clone();
    let domain = StoredValue::new(domain);
    let answer = Memo::new(move |_| {
        store
            .with(|r| domain.with_value(|d| r.journey.on(today()).and_then(|c| c.area(d).cloned())))
    });
    let rating = Memo::new(move |_| answer.with(|a| a.as_ref().and_then(|a| a.rating)));
    let helped = Memo::new(move |_| {
        answer.with(|a| a.as_ref().map(|a| a.helped.clone()).unwrap_or_default())
    });
    let in_strengths = Memo::new(move |_| {
        helped.with(|h| {
            !h.trim().is_empty()
                && store.with(|r| {
                    domain.with_value(|d| r.inventory.has_answer(d, Question::HelpedBefore, h))
                })
        })
    });
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let rate = {
        let words = words.clone();
        move |chosen: Option<u8>| {
            let result = store.change(|r, now| {
                domain.with_value(|d| r.journey.rate(today(), d, chosen, new_id(), now))
            });
            problem.set(result.err().and_then(|e| edit_message(&words, &e)));
        }
    };

    let points = (0..=MAX_RATING)
        .map(|n| {
            let rate = rate.clone();
            view! {
                <label class="rw-point">
                    <input type="radio" name=format!("{base}-rating") value=n.to_string()
                        prop:checked=move || rating.get() == Some(n)
                        on:change=move |_| rate(Some(n))/>
                    <span>{words.number(usize::from(n))}</span>
                </label>
            }
        })
        .collect_view();

    let write = {
        let words = words.clone();
        move |ev| {
            let typed = event_target_value(&ev);
            let result = store.change(|r, now| {
                domain.with_value(|d| r.journey.write_helped(today(), d, &typed, new_id(), now))
            });
            problem.set(result.err().and_then(|e| edit_message(&words, &e)));
        }
    };
    let add_to_strengths = move |_| {
        let words = helped.get_untracked();
        let _ = store.change(|r, now| {
            domain.with_value(|d| {
                r.inventory
                    .add_entry(d, Question::HelpedBefore, &words, new_id(), now)
            })
        });
    };
    let said = {
        let words = words.clone();
        move || match rating.get() {
            Some(r) => rating_said(&words, r),
            None => words.get(Text::JourneyNotYet),
        }
    };
    let add_label = words.get(Text::JourneyHelpedAdd);
    let added = words.get(Text::JourneyHelpedAdded);

    view! {
        <fieldset class="rw-rating" aria-describedby=described_by>
            <legend>{words.domain_name(&name)}</legend>
            <p class="rw-question">{words.get(Text::JourneyQuestion)}</p>
            <p class="rw-scale-ends" id=scale_id>
                <span>{words.get(Text::JourneyScaleLow)}</span>
                <span>{words.get(Text::JourneyScaleHigh)}</span>
            </p>
            <div class="rw-scale">{points}</div>
            <div class="rw-rated">
                <p aria-live="polite">{said}</p>
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    disabled=move || rating.get().is_none()
                    on:click={
                        let rate = rate.clone();
                        move |_| rate(None)
                    }>
                    {words.get(Text::JourneySkip)}
                </button>
            </div>
            <label class="rw-helped-label" for=helped_id.clone()>{words.get(Text::JourneyHelped)}</label>
            <textarea dir="auto" autocomplete="off" id=helped_id rows="2"
                prop:value=move || helped.get() on:input=write></textarea>
            {move || {
                if in_strengths.get() {
                    Some(view! { <p class="rw-done-note"><span aria-hidden="true">"✓ "</span>{added.clone()}</p> }.into_any())
                } else if !helped.with(|h| h.trim().is_empty()) {
                    Some(view! {
                        <button type="button" class="rw-button rw-button-quiet" on:click=add_to_strengths>
                            {add_label.clone()}
                        </button>
                    }.into_any())
                } else {
                    None
                }
            }}
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
        </fieldset>
    }
}
