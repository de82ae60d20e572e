//! The warning-sign planner widget, `<warning-sign-planner>`: a plan for staying well and for
//! hard times, with the host's crisis lines always one tap away.

mod contact_row;
mod coping_suggestions;
mod plan_item_actions;
mod plan_item_row;
mod plan_list;
mod plan_reminder;
mod plan_section;
mod plan_summary;
mod use_plan_item;
mod warning_sign_planner;

pub use warning_sign_planner::WarningSignPlanner;

/// The id of the planner's main heading.
pub const HEADING_ID: &str = "rw-plan-title";

/// The planner's own styles, added after the shared ones.
pub const CSS: &str = include_str!("planner.css");
