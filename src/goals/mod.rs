//! The goal builder widget, `<goal-builder>`: goals in the person's own words, linked to their
//! strengths, broken into small steps, with progress seen and celebrated.

mod goal_builder;
mod goal_detail;
mod goal_history;
mod goal_list;
mod goal_state;
mod goals_summary;
mod helper_choice;
mod new_goal;
mod new_step;
mod start_points;
mod step_row;
mod step_status;
mod strength_links;
mod types;

pub use goal_builder::GoalBuilder;
pub use types::GoalPart;

/// The id of the goal builder's main heading.
pub const HEADING_ID: &str = "rw-goals-title";

/// The goal builder's own styles, added after the shared ones.
pub const CSS: &str = include_str!("goals.css");
