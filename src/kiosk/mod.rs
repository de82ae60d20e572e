//! Kiosk mode, for a shared screen in a waiting room, and the quick-exit button.
//!
//! In kiosk mode every record lives in the page's memory only (nothing is written to any
//! browser storage), each widget shows an "I'm finished" button ([`KioskBar`]), and after a
//! spell with no touch or key press a large "Are you still there?" prompt counts down
//! ([`use_idle_watch`], [`StillThere`]). Finishing, or the countdown running out, wipes every
//! record on the page and returns every widget to its first screen, ready for the next person
//! ([`wipe_everything`]), with the keyboard on the first widget's heading.
//!
//! Quick exit (any mode): a button, or Escape pressed twice ([`watch_quick_exit`]), replaces
//! the page with a neutral address the host chose; in kiosk mode everything is wiped first.

mod kiosk_bar;
mod quick_exit;
mod session;
mod still_there;
mod use_idle_watch;

pub use kiosk_bar::KioskBar;
pub use quick_exit::watch_quick_exit;
pub use session::{claim_still_there, prepare, track_fresh_starts, wipe_everything};
pub use still_there::StillThere;
pub use use_idle_watch::use_idle_watch;
