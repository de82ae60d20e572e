//! The strengths a goal draws on, linked from the inventory.

use crate::i18n::{use_words, Words};
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::{strengths_to_link, StrengthLink, StrengthTarget};
use recovery_core::inventory::StrengthsInventory;
use recovery_core::text::Text;
use recovery_core::ItemId;

/// What a linked strength is called on screen, or `None` when it is no longer there.
pub fn link_name(
    words: &Words,
    inventory: &StrengthsInventory,
    link: &StrengthLink,
) -> Option<String> {
    link.target(inventory)
        .map(|target| target_name(words, target))
}

/// What a strength is called on screen: its words and life area, or the quality's name.
fn target_name(words: &Words, target: StrengthTarget) -> String {
    match target {
        StrengthTarget::Entry { domain, entry } => {
            format!("{} ({})", entry.text.trim(), words.domain_name(domain))
        }
        StrengthTarget::Quality(q) => words.quality_name(q),
    }
}

/// The strengths a goal draws on, chosen from the inventory's strengths and qualities. Links
/// are by id: rewording a strength keeps the link; removing it leaves the goal and says so.
#[component]
pub fn StrengthLinks(
    /// The goal's id.
    goal: ItemId,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let goal = StoredValue::new(goal);
    let list_words = words.clone();
    // (link, name if present) for every link, and the strengths not yet linked.
    let state = Memo::new(move |_| {
        store.with(|r| {
            let inv = &r.inventory;
            let links = goal
                .with_value(|g| r.goals.goal(g).map(|g| g.strengths.clone()))
                .unwrap_or_default();
            let named: Vec<(StrengthLink, Option<String>)> = links
                .iter()
                .map(|l| (l.clone(), link_name(&list_words, inv, l)))
                .collect();
            let available: Vec<(String, String)> = strengths_to_link(inv, &links)
                .map(|(l, target)| (l.key(), target_name(&list_words, target)))
                .collect();
            (named, available)
        })
    });
    let choice = RwSignal::new(String::new());
    let link = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some(l) = StrengthLink::from_key(&choice.get_untracked()) {
            let _ = store.change(|r, _| goal.with_value(|g| r.goals.link_strength(g, l)));
            choice.set(String::new());
        }
    };
    let gone_text = words.get(Text::GoalStrengthGone);
    let none_text = words.get(Text::GoalStrengthsNone);
    let empty_text = words.get(Text::GoalStrengthsEmpty);
    let unlink = words.get(Text::GoalStrengthUnlink);
    let removed = words.get(Text::GoalsSummaryGone);
    let choose_label = words.get(Text::GoalStrengthChoose);
    let link_label = words.get(Text::GoalStrengthLink);

    view! {
        <section class="rw-links" aria-labelledby="rw-links-title">
            <h4 id="rw-links-title">{words.get(Text::GoalStrengths)}</h4>
            {move || {
                let (named, available) = state.get();
                let any_gone = named.iter().any(|(_, n)| n.is_none());
                let items = named.into_iter().map(|(l, name)| {
                    let shown = name.clone().unwrap_or_else(|| removed.clone());
                    let label = format!("{unlink}: {shown}");
                    view! {
                        <li class:rw-gone=name.is_none()>
                            <span dir="auto">{shown}</span>
                            <button type="button" class="rw-button rw-button-quiet rw-button-small rw-no-print"
                                aria-label=label
                                on:click=move |ev| {
                                    crate::browser::keep_focus_in_section(&ev);
                                    let _ = store.change(|r, _| goal.with_value(|g| r.goals.unlink_strength(g, &l)));
                                }>
                                {unlink.clone()}
                            </button>
                        </li>
                    }
                }).collect_view();
                let has_items = state.with_untracked(|(n, _)| !n.is_empty());
                view! {
                    {(!has_items).then(|| view! { <p class="rw-empty">{none_text.clone()}</p> })}
                    <ul class="rw-link-list">{items}</ul>
                    {any_gone.then(|| view! { <p class="rw-note">{gone_text.clone()}</p> })}
                    {if available.is_empty() {
                        state.with_untracked(|(n, _)| n.is_empty())
                            .then(|| view! { <p class="rw-hint">{empty_text.clone()}</p> })
                            .into_any()
                    } else {
                        // The option shown is the one that will be linked: the person's pick while
                        // it is still there, else the first.
                        let picked = choice.get_untracked();
                        let picked = if available.iter().any(|(v, _)| *v == picked) { picked } else { available[0].0.clone() };
                        choice.set(picked.clone());
                        let options = available.into_iter()
                            .map(|(value, name)| {
                                let selected = value == picked;
                                view! { <option value=value selected=selected>{name}</option> }
                            })
                            .collect_view();
                        view! {
                            <form autocomplete="off" class="rw-add rw-no-print" on:submit=link>
                                <label for="rw-link-choice">{choose_label.clone()}</label>
                                <div class="rw-add-row">
                                    <select id="rw-link-choice" on:change=move |ev| choice.set(event_target_value(&ev))>
                                        {options}
                                    </select>
                                    <button type="submit" class="rw-button">{link_label.clone()}</button>
                                </div>
                            </form>
                        }.into_any()
                    }}
                }
            }}
        </section>
    }
}
