//! A life area's ratings over time, as a line.

use crate::i18n::use_words;
use leptos::prelude::*;
use recovery_core::journey::{AreaPoint, MAX_RATING};
use recovery_core::languages::Direction;

const WIDTH: i64 = 320;
const HEIGHT: i64 = 150;
/// Room for the scale's numbers at the start, and for a point's number above it.
const START: i64 = 30;
const END: i64 = 14;
const TOP: i64 = 18;
const BOTTOM: i64 = 10;

/// Where each point goes: across by its day (the first day at the start, the latest at the
/// end; one day alone in the middle), up by its rating. Mirrored in a right-to-left language,
/// where time runs from the right.
fn places(points: &[AreaPoint], rtl: bool) -> Vec<(i64, i64)> {
    let first = points.first().map(|p| p.date);
    let span = match (first, points.last()) {
        (Some(a), Some(b)) => a.days_until(b.date),
        _ => 0,
    };
    let across = WIDTH - START - END;
    let up = HEIGHT - TOP - BOTTOM;
    points
        .iter()
        .map(|p| {
            let x = match first {
                Some(a) if span > 0 => START + a.days_until(p.date) * across / span,
                _ => START + across / 2,
            };
            let x = if rtl { WIDTH - x } else { x };
            let y =
                TOP + i64::from(MAX_RATING - p.rating.min(MAX_RATING)) * up / i64::from(MAX_RATING);
            (x, y)
        })
        .collect()
}

/// A life area's ratings over time: inline SVG drawn here (no chart library), each point with
/// its number beside it, so nothing rests on colour. Its name for screen readers is the
/// area's one-line summary; the table beside it holds every point.
#[component]
pub fn AreaChart(
    /// The ratings, oldest first.
    points: Vec<AreaPoint>,
    /// What the chart shows, in one line.
    label: String,
) -> impl IntoView {
    let words = use_words();
    let rtl = words.direction() == Direction::Rtl;
    let at = places(&points, rtl);
    let line: String = at
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let scale_x = if rtl { WIDTH - 4 } else { 4 };
    let (from, to) = (START - 6, WIDTH - END + 6);
    let (from, to) = if rtl {
        (WIDTH - to, WIDTH - from)
    } else {
        (from, to)
    };
    let scale = [0u8, 5, 10]
        .into_iter()
        .map(|n| {
            let y = TOP + i64::from(MAX_RATING - n) * (HEIGHT - TOP - BOTTOM) / i64::from(MAX_RATING);
            view! {
                <g>
                    <line x1=from y1=y x2=to y2=y class="rw-chart-grid"></line>
                    <text x=scale_x y=y + 4 class="rw-chart-scale">{words.number(usize::from(n))}</text>
                </g>
            }
        })
        .collect_view();
    let dots = points
        .iter()
        .zip(&at)
        .map(|(p, (x, y))| {
            let helped = !p.helped.trim().is_empty();
            view! {
                <g>
                    <circle cx=*x cy=*y r="5" class="rw-chart-point" class:rw-chart-helped=helped></circle>
                    <text x=*x y=y - 9 class="rw-chart-value">{words.number(usize::from(p.rating))}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label class="rw-chart-svg rw-area-chart">
            {scale}
            <polyline points=line class="rw-chart-line"></polyline>
            {dots}
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use recovery_core::CalendarDate;

    fn point(day: u8, rating: u8) -> AreaPoint {
        AreaPoint {
            date: CalendarDate::new(2026, 12, day).unwrap(),
            rating,
            helped: String::new(),
        }
    }

    #[test]
    fn points_go_across_by_day_and_up_by_rating_mirrored_right_to_left() {
        let points = [point(1, 0), point(3, 10), point(11, 5)];
        assert_eq!(places(&points, false), [(30, 140), (85, 18), (306, 79)]);
        assert_eq!(places(&points, true), [(290, 140), (235, 18), (14, 79)]);
        assert_eq!(places(&[point(4, 7)], false), [(168, 54)]);
    }
}
