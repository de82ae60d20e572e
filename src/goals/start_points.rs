//! One-tap starts for a goal, from the inventory's priorities and wishes.

use crate::browser::new_id;
use crate::i18n::use_words;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::suggestions::{goal_start_points, StartPoint};
use recovery_core::text::Text;
use recovery_core::ItemId;

/// One-action starts from the inventory: its priorities first, then its other wishes. Hidden
/// when the inventory has none, or each already has a goal.
#[component]
pub fn StartPoints(
    /// The goal that is open; a goal started from a wish opens at once.
    open: RwSignal<Option<ItemId>>,
    /// Called with a life area's id when the person starts from a whole area.
    start_in_area: Callback<String>,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let points = Memo::new(move |_| store.with(|r| goal_start_points(&r.inventory, &r.goals)));
    let heading = words.get(Text::GoalsFromPriorities);
    view! {
        <Show when=move || points.with(|p| !p.is_empty())>
            <div class="rw-start-points">
                <h4>{heading.clone()}</h4>
                <ul>
                    {
                        let words = words.clone();
                        move || points.get().into_iter().map(|point| {
                            let name = match &point {
                                StartPoint::Wish { text, .. } => text.clone(),
                                StartPoint::Area(domain) => words.domain_name(domain),
                            };
                            let label = words.fill(Text::GoalsStartFrom, &[("name", &name)]);
                            view! {
                                <li>
                                    <button type="button" class="rw-button rw-button-quiet rw-button-small"
                                        on:click=move |_| match &point {
                                            StartPoint::Wish { domain, text } => {
                                                let id = new_id();
                                                if store.change(|r, now| r.goals.start_goal(text, "", Some(domain), id.clone(), now)).is_ok() {
                                                    open.set(Some(id));
                                                }
                                            }
                                            StartPoint::Area(domain) => start_in_area.run(domain.clone()),
                                        }>
                                        {label}
                                    </button>
                                </li>
                            }
                        }).collect_view()
                    }
                </ul>
            </div>
        </Show>
    }
}
