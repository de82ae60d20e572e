//! The "keep a copy" panel every widget ends with.

use super::import_preview::import_preview;
use super::passcode_panel::PasscodePanel;
use super::save_a_copy::save_a_copy;
use super::share_copy::ShareCopy;
use super::take_home_arrival::use_take_home_arrival;
use super::use_import::use_import;
use crate::i18n::use_words;
use crate::settings::KioskSettings;
use crate::store::use_record;
use crate::take_home::{self, TakeHomeCodes};
use leptos::html;
use leptos::prelude::*;
use recovery_core::text::Text;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Sharing a readable copy of the parts the person chooses, saving a copy of the record to the
/// device, opening a saved copy, and a code to take it to a phone. A file is checked and
/// previewed, and is added to the record, or replaces it, only after the person chooses. A take-home link the page was opened with is previewed the same
/// way, and can only be added: it may be one code of several. Not shown on a kiosk.
#[component]
pub fn DataPanel() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let import = use_import();
    let file_input: NodeRef<html::Input> = NodeRef::new();
    let showing_code = RwSignal::new(false);
    let sharing = RwSignal::new(false);

    // A kiosk is a shared screen: a file saved there would stay for the next person, so a
    // kiosk offers printing and a take-home code instead (in "I'm finished"), and opens no
    // take-home link.
    let settings = use_context::<KioskSettings>();
    let kiosk = settings.as_ref().is_some_and(|k| k.kiosk);
    use_take_home_arrival(import, kiosk);

    let choose_file = move |_| {
        if let Some(input) = file_input.get() {
            input.click();
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|files| files.get(0));
        // Clear the choice so choosing the same file again still reads it.
        input.set_value("");
        if let Some(file) = file {
            import.open_file(file);
        }
    };

    let (show_code, hide_code) = (words.get(Text::TakeHomeShow), words.get(Text::TakeHomeHide));
    // Outside a kiosk there is always a page: the host's take-home-url, or this one.
    let take_home_page = (!kiosk)
        .then(|| {
            let url = settings.and_then(|k| k.take_home_url);
            take_home::page_for_codes(url.as_deref(), false)
        })
        .flatten();
    (!kiosk).then(|| {
        view! {
            <section class="rw-data" aria-labelledby="rw-data-title">
                <h3 id="rw-data-title" class="rw-small-heading">{words.get(Text::DataTitle)}</h3>
                <div class="rw-actions">
                    <button type="button" class="rw-button rw-button-quiet"
                        aria-expanded=move || sharing.get().to_string()
                        on:click=move |_| sharing.update(|s| *s = !*s)>
                        {words.get(Text::ShareOpen)}
                    </button>
                    <button type="button" class="rw-button rw-button-quiet"
                        on:click=move |_| save_a_copy(store)>
                        {words.get(Text::DataExport)}
                    </button>
                    <button type="button" class="rw-button rw-button-quiet" on:click=choose_file>
                        {words.get(Text::DataImport)}
                    </button>
                    <input type="file" accept=".json,application/json" class="rw-hidden"
                        tabindex="-1" aria-hidden="true" node_ref=file_input on:change=on_file/>
                    <button type="button" class="rw-button rw-button-quiet"
                        aria-expanded=move || showing_code.get().to_string()
                        on:click=move |_| showing_code.update(|s| *s = !*s)>
                        {move || if showing_code.get() { hide_code.clone() } else { show_code.clone() }}
                    </button>
                </div>
                {move || sharing.get().then(|| view! { <ShareCopy store=store/> })}
                {move || {
                    let page = take_home_page.clone().filter(|_| showing_code.get())?;
                    Some(view! { <TakeHomeCodes page=page/> })
                }}
                {move || import.locked.get().is_some().then(|| view! { <LockedCopyForm import=import/> })}
                {import_preview(import)}
                <p class="rw-message" role="status">{move || import.done.get()}</p>
                <p class="rw-message rw-message-problem" role="alert">{move || import.problem.get()}</p>
                {store.kept_on_device().then(|| view! { <PasscodePanel/> })}
            </section>
        }
    })
}

/// A chosen copy is locked: its passcode, then it is read and previewed like any file.
#[component]
fn LockedCopyForm(
    /// The import the locked copy waits in.
    import: super::use_import::Import,
) -> impl IntoView {
    let words = use_words();
    let passcode = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = passcode.get_untracked();
        if !typed.is_empty() {
            passcode.set(String::new());
            import.open_locked(typed);
        }
    };
    view! {
        <form class="rw-passcode" autocomplete="off" on:submit=submit>
            <p>{words.get(Text::LockedFile)}</p>
            <label for="rw-locked-file-passcode">{words.get(Text::LockedPasscode)}</label>
            <input type="password" id="rw-locked-file-passcode" autocomplete="off"
                prop:value=move || passcode.get()
                on:input=move |ev| passcode.set(event_target_value(&ev))/>
            <div class="rw-actions">
                <button type="submit" class="rw-button">{words.get(Text::LockedFileOpen)}</button>
                <button type="button" class="rw-button rw-button-quiet"
                    on:click=move |_| import.locked.set(None)>
                    {words.get(Text::LockCancel)}
                </button>
            </div>
        </form>
    }
}
