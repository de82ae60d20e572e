//! Whether the person's answers are being kept, said plainly.

use crate::common::save_a_copy;
use crate::i18n::use_words;
use crate::store::{use_record, SaveStatus};
use leptos::prelude::*;
use recovery_core::text::Text;

/// Says whether the person's answers are being kept, plainly, and offers a copy when they
/// are not. Also offers earlier answers that could not be read when the page opened.
#[component]
pub fn StatusNote() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let kiosk = use_context::<crate::settings::KioskSettings>().is_some_and(|k| k.kiosk);
    let note = {
        let words = words.clone();
        move || {
            let (text, urgent) = match store.status() {
                SaveStatus::Kept => (Text::StatusSaved, false),
                SaveStatus::KeptForSession => (Text::StatusSessionOnly, false),
                SaveStatus::MemoryOnly if kiosk => (Text::StatusKiosk, false),
                SaveStatus::MemoryOnly => (Text::StatusMemoryOnly, false),
                SaveStatus::Unavailable => (Text::StorageUnavailable, true),
                SaveStatus::Full => (Text::StorageFull, true),
                SaveStatus::NewerElsewhere => (Text::StorageNewer, true),
            };
            let class = if urgent {
                "rw-note rw-note-urgent"
            } else {
                "rw-note"
            };
            let words = words.clone();
            view! {
                <p class=class>
                    {words.get(text)}
                    {urgent.then(|| {
                        let label = words.get(Text::DataExport);
                        view! {
                            " "
                            <button type="button" class="rw-button rw-button-small"
                                on:click=move |_| save_a_copy(store)>{label}</button>
                        }
                    })}
                </p>
            }
        }
    };
    let recovered = move || {
        store.put_aside_text().map(|text| {
            let label = words.get(Text::StorageRecoveredDownload);
            view! {
                <p class="rw-note rw-note-urgent">
                    {words.get(Text::StorageRecovered)} " "
                    <button type="button" class="rw-button rw-button-small" on:click=move |_| {
                        let name = format!(
                            "my-earlier-answers-{}.json",
                            crate::browser::local_date_for_file_name()
                        );
                        let _ = crate::browser::download(&name, "application/json", &text);
                    }>{label}</button>
                </p>
            }
        })
    };
    view! { <div class="rw-status" role="status">{note}{recovered}</div> }
}
