//! Personal qualities: pick any that sound like you, and star a top few.

use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::MAX_TOP_QUALITIES;
use recovery_core::presets::QUALITIES;
use recovery_core::text::Text;

/// Personal qualities: pick any that sound like you, and star a top few.
#[component]
pub fn QualitiesPart() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let max = MAX_TOP_QUALITIES.to_string();

    let count_words = words.clone();
    let count_max = max.clone();
    let count = move || {
        let (chosen, top) = store.with(|r| {
            let q = &r.inventory.qualities;
            (q.len(), q.iter().filter(|q| q.top).count())
        });
        count_words.fill(
            Text::QualitiesCount,
            &[
                ("count", &count_words.number(chosen)),
                ("top", &count_words.number(top)),
                ("max", &count_max),
            ],
        )
    };

    let cards = QUALITIES
        .iter()
        .map(|quality| {
            let id = quality.id;
            let chosen = Memo::new(move |_| store.with(|r| r.inventory.has_quality(id)));
            let top = Memo::new(move |_| store.with(|r| r.inventory.is_top_quality(id)));
            let name = words.quality_name(id);
            let star_label = format!("{}: {name}", words.get(Text::QualitiesStar));
            let star_words = words.clone();
            view! {
                <li class="rw-quality" class:rw-chosen=move || chosen.get()>
                    <label class="rw-check rw-quality-choice">
                        <input type="checkbox" prop:checked=move || chosen.get()
                            on:change=move |ev| {
                                let pick = event_target_checked(&ev);
                                let _ = store.change(|r, _| {
                                    r.inventory.set_quality(id, pick);
                                    Ok(())
                                });
                                problem.set(None);
                            }/>
                        <span>
                            <span class="rw-quality-name">{name}</span>
                            <span class="rw-quality-about">{words.quality_about(id)}</span>
                        </span>
                    </label>
                    <button type="button" class="rw-star" aria-label=star_label
                        aria-pressed=move || if top.get() { "true" } else { "false" }
                        on:click=move |_| {
                            let result = store.change(|r, _| r.inventory.set_top_quality(id, !top.get_untracked()));
                            problem.set(result.err().and_then(|e| edit_message(&star_words, &e)));
                        }>
                        <span aria-hidden="true">{move || if top.get() { "★" } else { "☆" }}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="rw-qualities" aria-labelledby="rw-qualities-title">
            <h3 id="rw-qualities-title">{words.get(Text::NavQualities)}</h3>
            <p>{words.fill(Text::QualitiesIntro, &[("max", &max)])}</p>
            <p class="rw-count" role="status">{count}</p>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            <ul class="rw-quality-list">{cards}</ul>
        </section>
    }
}
