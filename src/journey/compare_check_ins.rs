//! Two check-ins side by side, for sitting down with a practitioner.

use super::types::rating_said;
use crate::browser::long_calendar_date;
use crate::i18n::use_words;
use crate::settings::LifeDomains;
use crate::store::use_record;
use leptos::prelude::*;
use recovery_core::text::Text;
use recovery_core::ItemId;

/// Two check-ins side by side: the earliest and the latest at first, either changed from a
/// list of dates; each life area with its rating in both (or "Skipped").
#[component]
pub fn CompareCheckIns() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let settings = expect_context::<LifeDomains>();
    let dates = Memo::new(move |_| {
        store.with(|r| {
            r.journey
                .check_ins
                .iter()
                .map(|c| (c.id.clone(), c.date))
                .collect::<Vec<_>>()
        })
    });
    let first = dates.with_untracked(|d| d.first().map(|c| c.0.clone()));
    let last = dates.with_untracked(|d| d.last().map(|c| c.0.clone()));
    let earlier: RwSignal<Option<ItemId>> = RwSignal::new(first);
    let later: RwSignal<Option<ItemId>> = RwSignal::new(last);
    let chooser = {
        let words = words.clone();
        move |label: Text, id: &'static str, chosen: RwSignal<Option<ItemId>>| {
            let lang = words.lang();
            let options = dates
                .get_untracked()
                .into_iter()
                .map(|(c, date)| {
                    let value = c.to_string();
                    view! { <option value=value>{long_calendar_date(date, &lang)}</option> }
                })
                .collect_view();
            view! {
                <div class="rw-field">
                    <label for=id>{words.get(label)}</label>
                    <select id=id
                        prop:value=move || chosen.get().map(|c| c.to_string()).unwrap_or_default()
                        on:change=move |ev| chosen.set(Some(ItemId::new(event_target_value(&ev))))>
                        {options}
                    </select>
                </div>
            }
        }
    };
    let table = {
        let words = words.clone();
        move || {
            let (Some(a), Some(b)) = (earlier.get(), later.get()) else {
                return None;
            };
            let lang = words.lang();
            store.with(|r| {
                let j = &r.journey;
                let (ca, cb) = (j.check_in(&a)?, j.check_in(&b)?);
                let said = |rating: Option<u8>| {
                    rating.map_or_else(
                        || words.get(Text::JourneySkipped),
                        |r| rating_said(&words, r),
                    )
                };
                let rows = j
                    .compare(&a, &b, &settings.domains)
                    .into_iter()
                    .map(|(domain, x, y)| {
                        view! {
                            <tr>
                                <th scope="row">{words.domain_name(&domain)}</th>
                                <td>{said(x)}</td>
                                <td>{said(y)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                Some(view! {
                    <table class="rw-table rw-compare">
                        <thead>
                            <tr>
                                <th scope="col">{words.get(Text::JourneyArea)}</th>
                                <th scope="col">{long_calendar_date(ca.date, &lang)}</th>
                                <th scope="col">{long_calendar_date(cb.date, &lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                })
            })
        }
    };
    view! {
        <section class="rw-compare-part" aria-labelledby="rw-journey-compare">
            <h3 id="rw-journey-compare">{words.get(Text::JourneyNavCompare)}</h3>
            {move || {
                if dates.with(|d| d.len() < 2) {
                    return view! { <p class="rw-empty">{words.get(Text::JourneyCompareNeedsTwo)}</p> }.into_any();
                }
                let chooser = chooser.clone();
                let table = table.clone();
                view! {
                    <div class="rw-compare-choices">
                        {chooser(Text::JourneyCompareFirst, "rw-journey-compare-earlier", earlier)}
                        {chooser(Text::JourneyCompareSecond, "rw-journey-compare-later", later)}
                    </div>
                    {table}
                }
                .into_any()
            }}
        </section>
    }
}
