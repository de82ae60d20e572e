//! The host side: what a host page sees of the bundle, and the one layer that knows every
//! other. The loader `widgets.js` (the file hosts include) defines a custom element per
//! widget in the [`registry`] and calls [`mount_widget`] when one is connected; mounting reads
//! the element's [`attributes`] into settings, opens the record, and wires the widget, the
//! kiosk and the panic note together in the element's shadow root.

pub mod attributes;
mod mount;
pub mod registry;

pub use mount::{mount_widget, MountedWidget};
