//! The widget registry: every widget this bundle serves, in one table of [`Widget`] rows. The
//! custom elements ([`super::mount_widget`]), the kiosk's focus targets after a wipe and the
//! import preview's counts are all derived from it, so adding a widget is a folder and one
//! row here.
//!
//! `widgets.js` (the loader hosts include) cannot import Rust; it keeps its own list of tags,
//! and a test below fails when that list and this table differ.

use crate::goals::GoalBuilder;
use crate::journey::RecoveryJourney;
use crate::planner::WarningSignPlanner;
use crate::strengths::StrengthsInventory;
use crate::widget::{PreviewCount, Widget};
use leptos::prelude::*;

/// Every widget, in the order of the loader's list.
pub static WIDGETS: &[Widget] = &[
    Widget {
        tag: "strengths-inventory",
        heading_id: crate::strengths::HEADING_ID,
        css: crate::strengths::CSS,
        view: || view! { <StrengthsInventory/> }.into_any(),
        preview: &[
            PreviewCount::new("strengths", |s| s.strengths),
            PreviewCount::new("wishes", |s| s.wishes),
            PreviewCount::new("qualities", |s| s.qualities),
            PreviewCount::new("priorities", |s| s.priorities),
        ],
    },
    Widget {
        tag: "goal-builder",
        heading_id: crate::goals::HEADING_ID,
        css: crate::goals::CSS,
        view: || view! { <GoalBuilder/> }.into_any(),
        preview: &[
            PreviewCount::new("goals", |s| s.goals),
            PreviewCount::new("steps", |s| s.steps),
        ],
    },
    Widget {
        tag: "warning-sign-planner",
        heading_id: crate::planner::HEADING_ID,
        css: crate::planner::CSS,
        view: || view! { <WarningSignPlanner/> }.into_any(),
        preview: &[PreviewCount::new("plan", |s| s.plan_entries)],
    },
    Widget {
        tag: "recovery-journey",
        heading_id: crate::journey::HEADING_ID,
        css: crate::journey::CSS,
        view: || view! { <RecoveryJourney/> }.into_any(),
        preview: &[PreviewCount::new("check_ins", |s| s.check_ins)],
    },
];

/// The widget for an element name (any case, as the DOM may report it).
pub fn widget(tag: &str) -> Option<&'static Widget> {
    WIDGETS.iter().find(|w| w.tag.eq_ignore_ascii_case(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_defines_exactly_the_registered_widgets_in_order() {
        let registered: Vec<&str> = WIDGETS.iter().map(|w| w.tag).collect();
        assert_eq!(crate::host::loader_list("WIDGETS"), registered);
    }

    #[test]
    fn tags_and_heading_ids_are_unique_and_found_in_any_case() {
        for (i, w) in WIDGETS.iter().enumerate() {
            assert!(
                w.tag.contains('-'),
                "{} is not a valid custom element name",
                w.tag
            );
            for other in &WIDGETS[i + 1..] {
                assert_ne!(w.tag, other.tag);
                assert_ne!(w.heading_id, other.heading_id);
            }
            let found = widget(&w.tag.to_ascii_uppercase()).map(|found| found.tag);
            assert_eq!(found, Some(w.tag));
        }
        assert!(widget("no-such-widget").is_none());
    }

    #[test]
    fn the_preview_fills_every_placeholder_of_its_text_once() {
        use recovery_core::text::Text;
        let mut placeholders: Vec<&str> = WIDGETS
            .iter()
            .flat_map(|w| w.preview)
            .map(|c| c.placeholder)
            .collect();
        placeholders.push("date");
        let text = Text::DataImportPreview.english();
        for p in &placeholders {
            assert_eq!(text.matches(&format!("{{{p}}}")).count(), 1, "{{{p}}}");
        }
        assert_eq!(text.matches('{').count(), placeholders.len());
    }
}
