//! The state and edits of one plan entry, for its row.

use crate::common::edit_message;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::inventory::Direction;
use recovery_core::plan::{PlanItem, PlanList};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// One plan entry, as its row needs it: what it says, where it sits, and the edits a person
/// can make, each saved at once, with a calm message when one is refused.
#[derive(Clone, Copy)]
pub struct PlanItemState {
    /// The entry (with its place and the list's length), while it exists.
    pub item: Memo<Option<(usize, usize, PlanItem)>>,
    /// The entry's words (a contact's name).
    pub name: Signal<String>,
    /// Its place in the list, as (index, count).
    pub place: Signal<(usize, usize)>,
    /// Why the last edit was refused, if it was.
    pub problem: RwSignal<Option<String>>,
    /// Rewords the entry.
    pub reword: Callback<String>,
    /// Changes what I will do (or a contact's number).
    pub respond: Callback<String>,
    /// Moves the entry up or down.
    pub move_to: Callback<Direction>,
    /// Removes the entry.
    pub remove: Callback<()>,
}

/// The state and edits of one entry in a plan list (`items`: the list's entries, read from the
/// record once for the whole list); a move is read out in `announcement`.
pub fn use_plan_item(
    list: PlanList,
    id: ItemId,
    items: Memo<Vec<PlanItem>>,
    announcement: RwSignal<String>,
) -> PlanItemState {
    let store = use_record();
    let words = StoredValue::new(use_words());
    let id = StoredValue::new(id);
    let item = Memo::new(move |_| {
        items.with(|items| {
            id.with_value(|id| items.iter().position(|i| &i.id == id))
                .map(|index| (index, items.len(), items[index].clone()))
        })
    });
    let problem = RwSignal::new(None);
    let report = move |result: Result<(), recovery_core::EditError>| {
        problem.set(
            result
                .err()
                .and_then(|e| words.with_value(|w| edit_message(w, &e))),
        );
    };
    PlanItemState {
        item,
        name: Signal::derive(move || {
            item.with(|i| i.as_ref().map(|(.., i)| i.text.clone()).unwrap_or_default())
        }),
        place: Signal::derive(move || {
            item.with(|i| i.as_ref().map(|(x, n, _)| (*x, *n)).unwrap_or((0, 0)))
        }),
        problem,
        reword: Callback::new(move |text: String| {
            report(store.change(|r, _| id.with_value(|id| r.plan.reword_item(list, id, &text))));
        }),
        respond: Callback::new(move |text: String| {
            report(store.change(|r, _| id.with_value(|id| r.plan.set_response(list, id, &text))));
        }),
        move_to: Callback::new(move |direction: Direction| {
            if store
                .change(|r, _| id.with_value(|id| r.plan.move_item(list, id, direction)))
                .is_ok()
            {
                let (index, name) = item.with_untracked(|i| {
                    i.as_ref()
                        .map(|(x, _, i)| (*x, i.text.clone()))
                        .unwrap_or_default()
                });
                let text = words.with_value(|w| {
                    w.fill(
                        Text::PlanMoved,
                        &[("name", &name), ("position", &w.number(index + 1))],
                    )
                });
                announcement.set(text);
            }
        }),
        remove: Callback::new(move |()| {
            let _ = store.change(|r, _| id.with_value(|id| r.plan.remove_item(list, id)));
        }),
    }
}
