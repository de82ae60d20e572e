use crate::common::MoveButtons;
use crate::i18n::use_words;
use crate::store::RecordStore;
use crate::strengths::edit_message;
use leptos::prelude::*;
use recovery_core::inventory::Direction;
use recovery_core::plan::{ItemShape, PlanList};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// One entry of a plan list, edited in place: the person's words and, for triggers and early
/// signs, what they will do.
#[component]
pub fn PlanItemRow(
    /// The list it is in.
    list: PlanList,
    /// The entry's id.
    id: ItemId,
) -> impl IntoView {
    let store = expect_context::<RecordStore>();
    let words = use_words();
    let base = format!("rw-item-{id}");
    let id = StoredValue::new(id);
    let item = Memo::new(move |_| {
        store.with(|r| {
            let items = r.plan.items(list);
            id.with_value(|id| items.iter().position(|i| &i.id == id))
                .map(|index| (index, items.len(), items[index].clone()))
        })
    });
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let stored_words = StoredValue::new(words.clone());
    let report = move |result: Result<(), recovery_core::EditError>| {
        problem.set(
            result
                .err()
                .and_then(|e| stored_words.with_value(|w| edit_message(w, &e))),
        );
    };
    let name = Signal::derive(move || {
        item.with(|i| i.as_ref().map(|(.., i)| i.text.clone()).unwrap_or_default())
    });
    let place = Signal::derive(move || {
        item.with(|i| i.as_ref().map(|(x, n, _)| (*x, *n)).unwrap_or((0, 0)))
    });
    let on_move = Callback::new(move |direction: Direction| {
        let _ = store.change(|r, _| id.with_value(|id| r.plan.move_item(list, id, direction)));
    });
    let remove_label = words.get(Text::PlanRemove);
    let response = (list.shape() == ItemShape::WithResponse).then(|| {
        view! {
            <label for=format!("{base}-response")>{words.get(Text::PlanItemResponse)}</label>
            <textarea id=format!("{base}-response") rows="2"
                prop:value=move || item.with(|i| i.as_ref().map(|(.., i)| i.response.clone()).unwrap_or_default())
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    report(store.change(|r, _| id.with_value(|id| r.plan.set_response(list, id, &typed))));
                }></textarea>
        }
    });
    view! {
        <li class="rw-plan-item">
            <label class="rw-visually-hidden" for=format!("{base}-text")>{words.get(Text::PlanItemText)}</label>
            <textarea id=format!("{base}-text") rows="1" prop:value=name
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    report(store.change(|r, _| id.with_value(|id| r.plan.reword_item(list, id, &typed))));
                }></textarea>
            {response}
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            <div class="rw-actions rw-no-print">
                <MoveButtons name=name place=place up_label=words.get(Text::PlanMoveUp)
                    down_label=words.get(Text::PlanMoveDown) on_move=on_move/>
                <button type="button" class="rw-button rw-button-quiet rw-button-small"
                    aria-label=move || format!("{remove_label}: {}", name.get())
                    on:click=move |_| { let _ = store.change(|r, _| id.with_value(|id| r.plan.remove_item(list, id))); }>
                    {words.get(Text::PlanRemove)}
                </button>
            </div>
        </li>
    }
}
