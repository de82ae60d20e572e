//! The list of goals, in the person's order, with their progress.

use crate::common::MoveButtons;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::goals::GoalState;
use recovery_core::inventory::Direction;
use recovery_core::text::Text;
use recovery_core::ItemId;
use std::collections::HashMap;

/// What the list shows of one goal.
#[derive(Clone, Debug, Default, PartialEq)]
struct GoalLine {
    name: String,
    state: GoalState,
    progress: (usize, usize),
}

/// Every goal, in the person's order, with its progress: choose one to open it, and move
/// goals up and down.
#[component]
pub fn GoalList(
    /// The goal that is open.
    open: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    // What the list shows of each goal, in order. Only this memo reads the record: typing in
    // an open goal's other boxes leaves it equal, so no list item runs again (each used to
    // read the record itself, and every keystroke re-ran them all).
    let lines = Memo::new(move |_| {
        store.with(|r| {
            r.goals
                .goals
                .iter()
                .map(|g| {
                    let line = GoalLine {
                        name: g.text.clone(),
                        state: g.state,
                        progress: g.progress(),
                    };
                    (g.id.clone(), line)
                })
                .collect::<Vec<_>>()
        })
    });
    let ids =
        Memo::new(move |_| lines.with(|l| l.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>()));
    // Where each goal is, worked out once for the whole list (not once a goal).
    let positions = Memo::new(move |_| {
        ids.with(|ids| {
            ids.iter()
                .enumerate()
                .map(|(i, id)| (id.clone(), i))
                .collect::<HashMap<_, _>>()
        })
    });
    let announcement = RwSignal::new(String::new());
    let none = words.get(Text::GoalsNone);
    view! {
        <nav class="rw-goal-list" aria-label=words.get(Text::GoalsListLabel)>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="rw-empty">{none.clone()}</p>
            </Show>
            <ol>
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <GoalListItem id=id open=open lines=lines positions=positions announcement=announcement/>
                </For>
            </ol>
            <p class="rw-visually-hidden" role="status">{move || announcement.get()}</p>
        </nav>
    }
}

#[component]
fn GoalListItem(
    id: ItemId,
    open: RwSignal<Option<ItemId>>,
    lines: Memo<Vec<(ItemId, GoalLine)>>,
    positions: Memo<HashMap<ItemId, usize>>,
    announcement: RwSignal<String>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let id = StoredValue::new(id);
    let summary = Memo::new(move |_| {
        let index = id
            .with_value(|id| positions.with(|p| p.get(id).copied()))
            .unwrap_or(0);
        lines.with(|lines| {
            let line = lines.get(index).map(|(_, line)| line.clone());
            let line = line.unwrap_or_default();
            (index, lines.len(), line.name, line.state, line.progress)
        })
    });
    let name = Signal::derive(move || summary.get().2);
    let place = Signal::derive(move || {
        let s = summary.get();
        (s.0, s.1)
    });
    let move_words = words.clone();
    let on_move = Callback::new(move |direction: Direction| {
        if store
            .change(|r, _| id.with_value(|id| r.goals.move_goal(id, direction)))
            .is_ok()
        {
            let (index, _, name, ..) = summary.get_untracked();
            announcement.set(move_words.fill(
                Text::GoalMoved,
                &[("name", &name), ("position", &move_words.number(index + 1))],
            ));
        }
    });
    let progress_words = words.clone();
    let state_words = words.clone();
    let is_open = move || open.with(|o| o.as_ref() == Some(&id.get_value()));
    view! {
        <li class="rw-goal-item" class:rw-open=is_open>
            <button type="button" class="rw-goal-choice"
                aria-current=move || is_open().then_some("true")
                on:click=move |_| open.set(Some(id.get_value()))>
                <span class="rw-goal-name" dir="auto">{name}</span>
                <span class="rw-goal-meta">
                    {move || {
                        let (.., state, (done, total)) = summary.get();
                        let progress = progress_words.fill(
                            Text::GoalProgress,
                            &[("done", &progress_words.number(done)), ("total", &progress_words.number(total))],
                        );
                        if state == GoalState::Active {
                            progress
                        } else {
                            format!("{} · {progress}", state_words.get(state.text()))
                        }
                    }}
                </span>
                <progress max=move || summary.get().4.1.max(1) value=move || summary.get().4.0 aria-hidden="true"></progress>
            </button>
            <span class="rw-actions rw-no-print">
                <MoveButtons name=name place=place up_label=words.get(Text::GoalMoveUp)
                    down_label=words.get(Text::GoalMoveDown) on_move=on_move/>
            </span>
        </li>
    }
}
