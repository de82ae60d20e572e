//! One life area over time: a line of words, a chart and a table that say the same.

use super::area_chart::AreaChart;
use super::types::rating_said;
use crate::browser::long_calendar_date;
use crate::i18n::{use_words, Words};
use leptos::prelude::*;
use recovery_core::journey::{AreaSummary, Journey};
use recovery_core::text::Text;

/// An area's story in one line: "Money: 3 on 2 Mar 2026, 6 now. This has grown." (core's
/// words, the browser's numbers and dates).
pub fn area_summary_line(words: &Words, area: &str, summary: &AreaSummary) -> String {
    let lang = words.lang();
    summary.said(
        words.catalogue(),
        &words.domain_name(area),
        &|n| words.number(n),
        &|d| long_calendar_date(d, &lang),
    )
}

/// One life area over time: its summary in one line, the chart of its ratings, and a table
/// of every rating with what helped then (for screen readers, and for print).
#[component]
pub fn AreaStory(
    /// The life area's id.
    domain: String,
    /// Every check-in.
    journey: Journey,
) -> impl IntoView {
    let words = use_words();
    let lang = words.lang();
    let points = journey.area_points(&domain);
    let summary = journey.area_summary(&domain);
    let line = summary
        .as_ref()
        .map(|s| area_summary_line(&words, &domain, s))
        .unwrap_or_default();
    // Every check-in that answered the area, words alone included.
    let rows = journey
        .check_ins
        .iter()
        .filter_map(|c| c.area(&domain).map(|a| (c.date, a)))
        .map(|(date, a)| {
            let rating = a.rating.map_or_else(
                || words.get(Text::JourneySkipped),
                |r| rating_said(&words, r),
            );
            view! {
                <tr>
                    <td>{long_calendar_date(date, &lang)}</td>
                    <td>{rating}</td>
                    <td dir="auto">{a.helped.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="rw-area-story">
            <h4>{words.domain_name(&domain)}</h4>
            <p class="rw-area-summary">{line.clone()}</p>
            {(!points.is_empty()).then(|| view! { <AreaChart points=points.clone() label=line.clone()/> })}
            <table class="rw-table">
                <caption class="rw-visually-hidden">{words.domain_name(&domain)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{words.get(Text::JourneyDate)}</th>
                        <th scope="col">{words.get(Text::JourneyRating)}</th>
                        <th scope="col">{words.get(Text::JourneyWhatHelped)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
