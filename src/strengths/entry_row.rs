//! One answer the person wrote, edited in place.

use crate::browser::new_id;
use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::{Entry, Question, StrengthKind};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// One answer the person wrote: their words (editable in place), where the strength lives,
/// whether a wish is a priority, and a way to remove it.
#[component]
pub fn EntryRow(
    /// The answer's id.
    id: ItemId,
    /// The life domain it belongs to.
    domain: String,
    /// The question it answers.
    question: Question,
    /// Every answer to the question (the row finds its own).
    answers: Memo<Vec<Entry>>,
    /// The wishes in this life area that are priorities.
    priority_wishes: Memo<Vec<ItemId>>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let box_id = format!("rw-entry-{id}");
    let question_title = format!("rw-{domain}-{}-title", question.key());
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let id = StoredValue::new(id);
    let mine = move |read: &dyn Fn(&Entry) -> Option<String>| {
        answers.with(|all| id.with_value(|id| all.iter().find(|e| &e.id == id).and_then(read)))
    };
    let text = Memo::new(move |_| mine(&|e| Some(e.text.clone())).unwrap_or_default());

    let reword = {
        let words = words.clone();
        move |ev| {
            let typed = event_target_value(&ev);
            let result = store
                .change(|r, now| id.with_value(|id| r.inventory.reword_entry(id, &typed, now)));
            problem.set(result.err().and_then(|e| edit_message(&words, &e)));
        }
    };

    let kind_choice = question.is_strength().then(|| {
        let kind = Memo::new(move |_| {
            answers.with(|all| {
                id.with_value(|id| all.iter().find(|e| &e.id == id).and_then(|e| e.kind))
            })
        });
        let select_id = format!("{box_id}-kind");
        let options = [(None, Text::KindNone)]
            .into_iter()
            .chain(StrengthKind::ALL.into_iter().map(|k| (Some(k), k.text())))
            .map(|(k, label)| {
                view! { <option value=k.map_or("", StrengthKind::key)>{words.get(label)}</option> }
            })
            .collect_view();
        view! {
            <div class="rw-kind">
                <label for=select_id.clone()>{words.get(Text::EntryKindLabel)}</label>
                <select id=select_id
                    prop:value=move || kind.get().map_or("", StrengthKind::key)
                    on:change=move |ev| {
                        let chosen = StrengthKind::from_key(&event_target_value(&ev));
                        let _ = store.change(|r, now| id.with_value(|id| r.inventory.set_entry_kind(id, chosen, now)));
                    }>
                    {options}
                </select>
            </div>
        }
    });

    let priority_choice = (question == Question::Want).then(|| {
        let domain = StoredValue::new(domain);
        let is_priority =
            Memo::new(move |_| priority_wishes.with(|w| id.with_value(|id| w.contains(id))));
        view! {
            <label class="rw-check">
                <input type="checkbox"
                    prop:checked=move || is_priority.get()
                    on:change=move |ev| {
                        let chosen = event_target_checked(&ev);
                        let wish = id.get_value();
                        let domain = domain.get_value();
                        let _ = store.change(|r, _| {
                            r.inventory.set_priority(&domain, Some(wish), chosen, new_id())
                        });
                    }/>
                <span>{words.get(Text::WishIsPriority)}</span>
            </label>
        }
    });

    let remove = words.get(Text::EntryRemove);
    let remove_label = remove.clone();
    view! {
        <li class="rw-entry">
            <label class="rw-visually-hidden" for=box_id.clone()>{words.get(Text::EntryEditLabel)}</label>
            <textarea dir="auto" autocomplete="off" id=box_id rows="2" aria-describedby=question_title
                prop:value=move || text.get() on:input=reword></textarea>
            <div class="rw-entry-tools">
                {kind_choice}
                {priority_choice}
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    aria-label=move || format!("{remove}: {}", text.get())
                    on:click=move |ev| {
                        crate::browser::keep_focus_in_section(&ev);
                        let _ = store.change(|r, _| id.with_value(|id| r.inventory.remove_entry(id)));
                    }>
                    {remove_label.clone()}
                </button>
            </div>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
        </li>
    }
}
