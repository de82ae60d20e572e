//! The host side: what a host page sees of the bundle, and the one layer that knows every
//! other. The loader `widgets.js` (the file hosts include) defines a custom element per
//! widget in the [`registry`] and calls [`mount_widget`] when one is connected; mounting reads
//! the element's [`attributes`] into settings, opens the record, and wires the widget, the
//! kiosk and the panic note together in the element's shadow root.

pub mod attributes;
#[cfg(test)]
mod host_api;
mod languages;
mod mount;
pub mod registry;

pub use languages::{add_language, language_files_for};
pub use mount::{mount_widget, MountedWidget};

/// The names in one of the loader's lists (`const NAME = ['a', 'b'];` in `widgets.js`), for the
/// tests that hold the loader and the Rust side to the same lists.
#[cfg(test)]
fn loader_list(name: &str) -> Vec<String> {
    let loader = include_str!("widgets.js");
    let opening = format!("const {name} = [");
    let start = loader
        .find(&opening)
        .unwrap_or_else(|| panic!("widgets.js declares {opening}...]"));
    let list = &loader[start + opening.len()..];
    let list = &list[..list.find(']').expect("the list ends")];
    list.split(',')
        .map(|item| item.trim().trim_matches('\'').to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}
