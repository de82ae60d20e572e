//! Parts every widget shares: keeping a copy of the record (sharing a readable copy of chosen
//! parts, saving one, opening one, with a preview before anything changes), saying whether
//! answers are being kept, example ideas, reorder buttons, the menu of a widget's parts, the
//! menu of languages, the summary in print, the host's crisis lines, and a passcode: setting
//! it, and the view while locked.

mod care_team_file;
mod crisis_lines;
mod data_panel;
mod edit_message;
mod hand_over;
mod ideas;
mod import_message;
mod import_preview;
mod language_menu;
mod locked_view;
mod move_buttons;
mod part_menu;
mod passcode_panel;
mod print_copy;
mod save_a_copy;
mod share_copy;
mod status_note;
mod summary_section;
mod take_home_arrival;
mod use_import;

pub use crisis_lines::CrisisLinesPanel;
pub use data_panel::DataPanel;
pub use edit_message::edit_message;
pub use ideas::Ideas;
pub use language_menu::LanguageMenu;
pub use locked_view::LockedView;
pub use move_buttons::MoveButtons;
pub use part_menu::PartMenu;
pub use print_copy::print_copy;
pub use save_a_copy::save_a_copy;
pub use status_note::StatusNote;
pub use summary_section::SummarySection;
pub use use_import::{use_import, Import};

/// The styles every widget shares: the reset against the host page, the theme's custom
/// properties, controls, focus and print.
///
/// The widget sits in a shadow root: `all: initial` stops the host's inherited text styles at
/// the boundary, and sizes are in em/px, never rem (the host's root font size would leak in
/// through rem). Custom properties do cross the boundary: they are the theme. (This note was
/// at the top of base.css; comments there ship inside the bundle.)
pub const CSS: &str = include_str!("base.css");
