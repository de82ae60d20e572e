//! The life areas, one open at a time.

use super::domain_card::DomainCard;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;

/// The life areas: a list to jump to any area, the open area, and previous/next.
#[component]
pub fn AreasPart(
    /// The index of the open life area in the host's list.
    current: RwSignal<usize>,
) -> impl IntoView {
    let store = use_record();
    let settings = expect_context::<LifeDomains>();
    let words = use_words();
    let count = settings.domains.len();

    let choices = settings
        .domains
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let written = {
                let id = id.clone();
                Memo::new(move |_| store.with(|r| r.inventory.has_answers_in(&id)))
            };
            let written_label = words.get(Text::AreaWritten);
            view! {
                <li>
                    <button type="button" class="rw-area-choice"
                        class:rw-written=move || written.get()
                        aria-current=move || (current.get() == i).then_some("true")
                        on:click=move |_| current.set(i)>
                        <span class="rw-tick" aria-hidden="true">{move || if written.get() { "✓" } else { "" }}</span>
                        <span class="rw-area-name">{words.domain_name(id)}</span>
                        <span class="rw-visually-hidden">
                            {move || written.get().then(|| format!(" {written_label}"))}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();

    let domains = settings.domains.clone();
    view! {
        <div class="rw-areas">
            <nav class="rw-area-list" aria-label=words.get(Text::AreaListLabel)>
                <ul>{choices}</ul>
            </nav>
            <div class="rw-area-open">
                {move || {
                    let i = current.get().min(count.saturating_sub(1));
                    domains.get(i).cloned().map(|id| view! { <DomainCard domain=id/> })
                }}
                <div class="rw-actions rw-area-steps">
                    <button type="button" class="rw-button rw-button-quiet"
                        disabled=move || current.get() == 0
                        on:click=move |_| current.update(|i| *i = i.saturating_sub(1))>
                        <span class="rw-arrow" aria-hidden="true">"←"</span>" " {words.get(Text::AreaPrevious)}
                    </button>
                    <button type="button" class="rw-button rw-button-quiet"
                        disabled=move || { current.get() + 1 >= count }
                        on:click=move |_| current.update(|i| *i = (*i + 1).min(count.saturating_sub(1)))>
                        {words.get(Text::AreaNext)} " "<span class="rw-arrow" aria-hidden="true">"→"</span>
                    </button>
                </div>
            </div>
        </div>
    }
}
