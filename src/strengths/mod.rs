//! The strengths inventory widget, `<strengths-inventory>`: life areas, personal qualities,
//! priorities and a printable strengths profile.

mod areas;
mod domain_card;
mod entry_row;
mod inventory;
mod kind_chart;
mod priorities;
mod qualities;
mod question_block;
mod summary;
mod types;

pub use inventory::StrengthsInventory;
pub use kind_chart::KindChart;
pub use types::Part;

/// The id of the inventory's main heading.
pub const HEADING_ID: &str = "rw-title";

/// The inventory's own styles, added after the shared ones.
pub const CSS: &str = include_str!("inventory.css");
