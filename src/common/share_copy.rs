//! "Share a copy": the person picks the parts, and gets a readable copy to send or keep.

use super::care_team_file::CareTeamFileChoice;
use super::hand_over::{hand_over, CopyMaker, HandedOver};
use crate::browser;
use crate::i18n::{use_words, Words};
use crate::store::RecordStore;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::share::{
    file_name, parts_with_words, share_html, share_text, SharePart,
};
use recovery_core::text::Text;
use wasm_bindgen_futures::JsFuture;

/// The parts of the record to choose from, "everything" first, and two ways to hand the copy
/// over: the share menu (or a download where there is none), and the clipboard as text. The
/// copy is made in core ([`recovery_core::format::share`]); this only asks and hands over.
/// Not offered on a kiosk (the data panel is not there).
#[component]
pub fn ShareCopy(
    /// The record to copy from.
    store: RecordStore,
) -> impl IntoView {
    let words = use_words();
    let chosen: RwSignal<Vec<SharePart>> = RwSignal::new(Vec::new());
    let message = RwSignal::new(String::new());
    let problem = RwSignal::new(String::new());
    let first_choice: NodeRef<html::Input> = NodeRef::new();
    browser::focus_later(first_choice);
    let available = Memo::new(move |_| store.with(parts_with_words));

    // The chosen parts as core makes them: a copy in the person's words, with the host's
    // crisis lines and dates as the browser writes them in this language.
    let maker = CopyMaker::from_context(words.clone());
    let make = move |as_text: bool| -> Option<String> {
        let parts = chosen.get_untracked();
        if parts.is_empty() {
            return None;
        }
        let settings = maker.settings(browser::now());
        Some(store.with_untracked(|r| {
            if as_text {
                share_text(r, &parts, &settings)
            } else {
                share_html(r, &parts, &settings)
            }
        }))
    };
    let make_text = make.clone();

    let choose_one = words.get(Text::ShareChooseOne);
    let (shared, saved) = (words.get(Text::ShareShared), words.get(Text::ShareSaved));
    let send = move |_| {
        message.set(String::new());
        problem.set(String::new());
        let Some(html) = make(false) else {
            problem.set(choose_one.clone());
            return;
        };
        let name = file_name(
            &chosen.get_untracked(),
            &browser::local_date_for_file_name(),
        );
        let said = HandedOver {
            message,
            shared: shared.clone(),
            saved: saved.clone(),
            what: "the copy",
        };
        hand_over(name, "text/html", html, said);
    };

    let choose_one = words.get(Text::ShareChooseOne);
    let (copied, copy_failed) = (
        words.get(Text::ShareCopied),
        words.get(Text::ShareCopyFailed),
    );
    let copy = move |_| {
        message.set(String::new());
        problem.set(String::new());
        let Some(text) = make_text(true) else {
            problem.set(choose_one.clone());
            return;
        };
        let (copied, copy_failed) = (copied.clone(), copy_failed.clone());
        match browser::copy_text(&text) {
            Ok(promise) => spawn_local(async move {
                match JsFuture::from(promise).await {
                    Ok(_) => message.set(copied),
                    Err(_) => problem.set(copy_failed),
                }
            }),
            Err(_) => problem.set(copy_failed),
        }
    };

    let toggle = move |part: SharePart, on: bool| {
        chosen.update(|c| {
            c.retain(|p| *p != part);
            if on {
                c.push(part);
            }
        });
    };
    let everything = move || {
        let all = available.get();
        !all.is_empty() && all.iter().all(|p| chosen.with(|c| c.contains(p)))
    };
    let set_everything = move |on: bool| {
        chosen.set(if on {
            available.get_untracked()
        } else {
            Vec::new()
        })
    };

    view! {
        <div class="rw-preview rw-share" role="group" aria-labelledby="rw-share-title">
            <h4 id="rw-share-title" class="rw-small-heading">{words.get(Text::ShareOpen)}</h4>
            <p>{words.get(Text::ShareIntro)}</p>
            {
                let words = words.clone();
                move || {
                    let parts = available.get();
                    if parts.is_empty() {
                        return view! { <p>{words.get(Text::ShareNothingYet)}</p> }.into_any();
                    }
                    view! {
                        <fieldset class="rw-share-parts">
                            <legend>{words.get(Text::ShareParts)}</legend>
                            <label class="rw-check">
                                <input type="checkbox" node_ref=first_choice value="everything"
                                    prop:checked=everything
                                    on:change=move |ev| set_everything(event_target_checked(&ev))/>
                                <span>{words.get(Text::ShareEverything)}</span>
                            </label>
                            {parts.into_iter().map(|part| part_choice(&words, part, chosen, toggle)).collect_view()}
                        </fieldset>
                        <div class="rw-actions">
                            <button type="button" class="rw-button" on:click=send.clone()>
                                {words.get(Text::ShareSend)}
                            </button>
                            <button type="button" class="rw-button rw-button-quiet" on:click=copy.clone()>
                                {words.get(Text::ShareCopyText)}
                            </button>
                        </div>
                        <CareTeamFileChoice store=store chosen=chosen message=message problem=problem/>
                    }
                    .into_any()
                }
            }
            <p class="rw-message" role="status">{move || message.get()}</p>
            <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
        </div>
    }
}

fn part_choice(
    words: &Words,
    part: SharePart,
    chosen: RwSignal<Vec<SharePart>>,
    toggle: impl Fn(SharePart, bool) + Copy + 'static,
) -> impl IntoView {
    view! {
        <label class="rw-check">
            <input type="checkbox" value=part.key()
                prop:checked=move || chosen.with(|c| c.contains(&part))
                on:change=move |ev| toggle(part, event_target_checked(&ev))/>
            <span>{part.title(words.catalogue())}</span>
        </label>
    }
}
