//! What the person wants to work on first, in their order.

use crate::browser::new_id;
use crate::common::MoveButtons;
use crate::i18n::{use_words, Words};
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::{Direction, Priority, StrengthsInventory};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// What the person wants to work on first, in the order they set: every move works from the
/// keyboard with plain buttons, and the new place is read out.
#[component]
pub fn PrioritiesPart() -> impl IntoView {
    let store = use_record();
    let settings = expect_context::<LifeDomains>();
    let words = use_words();
    let announcement = RwSignal::new(String::new());
    let ids = Memo::new(move |_| {
        store.with(|r| {
            r.inventory
                .priorities
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });

    // Life areas not yet on the list, for the "add" choice.
    let domains = settings.domains.clone();
    let open_areas = Memo::new(move |_| store.with(|r| r.inventory.areas_not_priority(&domains)));
    let chosen_area = RwSignal::new(String::new());
    let add_words = words.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let area = chosen_area.get_untracked();
        let area = if area.is_empty() {
            open_areas.with_untracked(|a| a.first().cloned().unwrap_or_default())
        } else {
            area
        };
        if !area.is_empty()
            && store
                .change(|r, _| r.inventory.add_priority(&area, None, new_id()))
                .is_ok()
        {
            chosen_area.set(String::new());
            announcement.set(add_words.fill(
                Text::PrioritiesMoved,
                &[
                    ("name", &add_words.domain_name(&area)),
                    ("position", &add_words.number(ids.get_untracked().len())),
                ],
            ));
        }
    };
    let option_words = words.clone();

    view! {
        <section class="rw-priorities" aria-labelledby="rw-priorities-title">
            <h3 id="rw-priorities-title">{words.get(Text::NavPriorities)}</h3>
            <p>{words.get(Text::PrioritiesIntro)}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="rw-empty">{use_words().get(Text::PrioritiesEmpty)}</p>
            </Show>
            <ol class="rw-priority-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <PriorityRow id=id announcement=announcement/>
                </For>
            </ol>
            <p class="rw-visually-hidden" role="status">{move || announcement.get()}</p>
            <Show when=move || open_areas.with(|a| !a.is_empty())>
                <form autocomplete="off" class="rw-add rw-no-print" on:submit=add.clone()>
                    <label for="rw-priority-area">{option_words.get(Text::PrioritiesAddLabel)}</label>
                    <div class="rw-add-row">
                        <select id="rw-priority-area"
                            on:change=move |ev| chosen_area.set(event_target_value(&ev))>
                            {
                                let words = option_words.clone();
                                move || open_areas.get().into_iter().map(|d| {
                                    let selected = chosen_area.get_untracked() == d;
                                    view! { <option value=d.clone() selected=selected>{words.domain_name(&d)}</option> }
                                }).collect_view()
                            }
                        </select>
                        <button type="submit" class="rw-button">{option_words.get(Text::PrioritiesAdd)}</button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

/// What a priority is called on screen: the wish in the person's words with its life area,
/// or the life area.
pub fn priority_label(
    words: &Words,
    inventory: &StrengthsInventory,
    priority: &Priority,
) -> String {
    let area = words.domain_name(&priority.domain);
    match priority.wish.as_ref().and_then(|w| inventory.entry(w)) {
        Some((.., wish)) => format!("{} ({area})", wish.text.trim()),
        None => area,
    }
}

#[component]
fn PriorityRow(id: ItemId, announcement: RwSignal<String>) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let id = StoredValue::new(id);
    let label_words = words.clone();
    let place = Memo::new(move |_| {
        store.with(|r| {
            let list = &r.inventory.priorities;
            let index = id.with_value(|id| list.iter().position(|p| &p.id == id));
            let label = index.map(|i| priority_label(&label_words, &r.inventory, &list[i]));
            (index.unwrap_or(0), list.len(), label.unwrap_or_default())
        })
    });
    let name = Signal::derive(move || place.get().2);
    let move_words = words.clone();
    let on_move = Callback::new(move |direction: Direction| {
        if store
            .change(|r, _| id.with_value(|id| r.inventory.move_priority(id, direction)))
            .is_ok()
        {
            let (index, _, label) = place.get_untracked();
            announcement.set(move_words.fill(
                Text::PrioritiesMoved,
                &[
                    ("name", &label),
                    ("position", &move_words.number(index + 1)),
                ],
            ));
        }
    });
    let remove_label = words.get(Text::PrioritiesRemove);

    view! {
        <li class="rw-priority">
            <span class="rw-priority-name" dir="auto">{name}</span>
            <span class="rw-actions rw-no-print">
                <MoveButtons name=name place=Signal::derive(move || { let (i, n, _) = place.get(); (i, n) })
                    up_label=words.get(Text::PrioritiesMoveUp) down_label=words.get(Text::PrioritiesMoveDown)
                    on_move=on_move/>
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    aria-label=move || format!("{remove_label}: {}", name.get())
                    on:click=move |ev| {
                        crate::browser::keep_focus_in_section(&ev);
                        let _ = store.change(|r, _| id.with_value(|id| r.inventory.remove_priority(id)));
                    }>
                    {words.get(Text::PrioritiesRemove)}
                </button>
            </span>
        </li>
    }
}
