//! Parts every widget shares: keeping a copy of the record, saying whether answers are being
//! kept, take-home codes, example ideas, reorder buttons, and the summary in print.

mod data_panel;
mod edit_message;
mod ideas;
mod move_buttons;
mod part_menu;
mod print_copy;
mod status_note;
mod take_home_codes;
mod use_draft;

pub use data_panel::{save_a_copy, DataPanel};
pub use edit_message::edit_message;
pub use ideas::Ideas;
pub use move_buttons::MoveButtons;
pub use part_menu::PartMenu;
pub use print_copy::print_copy;
pub use status_note::StatusNote;
pub use take_home_codes::TakeHomeCodes;
pub use use_draft::use_draft;

/// The styles every widget shares: the reset against the host page, the theme's custom
/// properties, controls, focus and print.
///
/// The widget sits in a shadow root: `all: initial` stops the host's inherited text styles at
/// the boundary, and sizes are in em/px, never rem (the host's root font size would leak in
/// through rem). Custom properties do cross the boundary: they are the theme. (This note was
/// at the top of base.css; comments there ship inside the bundle.)
pub const CSS: &str = include_str!("base.css");
