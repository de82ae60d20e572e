//! A bar chart of where the person's strengths are.

use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::inventory::KindCounts;
use recovery_core::languages::Direction;
use recovery_core::text::Text;

/// A bar chart of where the person's strengths are: in me, in my relationships, around me.
/// Inline SVG drawn here (no chart library), with the same facts in words beside it.
#[component]
pub fn KindChart(
    /// How many strengths of each kind.
    counts: KindCounts,
) -> impl IntoView {
    let words = use_words();
    // Bars grow from where reading starts: the right, in a right-to-left language.
    let rtl = words.direction() == Direction::Rtl;
    let rows = [
        (Text::KindIndividual, counts.individual, "rw-bar-individual"),
        (
            Text::KindInterpersonal,
            counts.interpersonal,
            "rw-bar-interpersonal",
        ),
        (
            Text::KindEnvironmental,
            counts.environmental,
            "rw-bar-environmental",
        ),
        (Text::KindUntagged, counts.untagged, "rw-bar-untagged"),
    ];
    let largest = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    const ROW: usize = 46;
    const WIDTH: usize = 320;
    const BAR_MAX: usize = 260;
    let height = ROW * rows.len();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, (label, count, class))| {
            let y = i * ROW;
            let bar = (count * BAR_MAX / largest).max(2);
            // Text starts at its x in the reading direction (SVG's text-anchor "start").
            let (label_x, bar_x, count_x) = if rtl {
                (WIDTH, WIDTH - bar, WIDTH - bar - 6)
            } else {
                (0, 0, bar + 6)
            };
            view! {
                <g>
                    <text x=label_x y=y + 16 class="rw-chart-label">{words.get(*label)}</text>
                    <rect x=bar_x y=y + 22 width=bar height="16" rx="3" class=*class></rect>
                    <text x=count_x y=y + 35 class="rw-chart-count">{words.number(*count)}</text>
                </g>
            }
        })
        .collect_view();
    let summary = words.fill(
        Text::SummaryChartText,
        &[
            ("individual", &words.number(counts.individual)),
            ("interpersonal", &words.number(counts.interpersonal)),
            ("environmental", &words.number(counts.environmental)),
            ("untagged", &words.number(counts.untagged)),
        ],
    );
    view! {
        <figure class="rw-chart">
            <figcaption id="rw-chart-title">{words.get(Text::SummaryChartTitle)}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img"
                aria-labelledby="rw-chart-title rw-chart-text" class="rw-chart-svg">
                {bars}
            </svg>
            <p id="rw-chart-text" class="rw-chart-text">{summary}</p>
        </figure>
    }
}
