//! The journey widget, `<recovery-journey>`: check-ins every few weeks, a rating of each life
//! area from 0 to 10 in plain words, what has helped, and a look back at how far the person
//! has come, to print for their next appointment.

mod area_chart;
mod area_rating;
mod area_story;
mod check_in_today;
mod compare_check_ins;
mod done_over_time;
mod how_far;
mod look_back;
mod noticed_over_time;
mod noticed_signs;
mod recovery_journey;
mod types;

pub use recovery_journey::RecoveryJourney;

/// The id of the journey's main heading.
pub const HEADING_ID: &str = "rw-journey-title";

/// The journey's own styles, added after the shared ones.
pub const CSS: &str = include_str!("journey.css");
