//! The take-home codes a phone's camera reads, made again as the record changes.

use super::codes::{make_codes, CodeProblem};
use crate::i18n::use_words;
use crate::print::print_page;
use crate::store::use_record;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::take_home::QrPicture;
use recovery_core::text::Text;

/// Where making the codes has got to.
#[derive(Clone, Debug, PartialEq)]
enum Codes {
    Making,
    Ready(Vec<QrPicture>),
    Problem(CodeProblem),
}

/// The record, as it is now, in QR codes a phone's camera reads: each a link to the host's
/// page with the answers inside the link's fragment (never sent to a server). One code when
/// it fits; otherwise a few, shown one at a time; when even that is too much, a calm message
/// and printing instead. The codes are made again after each pause in changes, so the phone
/// always gets the latest words.
#[component]
pub fn TakeHomeCodes(
    /// The page the codes link to (see [`super::page_for_codes`]).
    page: String,
) -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let codes = RwSignal::new(Codes::Making);
    let shown = RwSignal::new(0usize);
    // Codes are made at once when asked for, then again after each pause in typing (making a
    // large code takes a moment, and a code per keystroke would slow the typing). Only the
    // latest finished ones are shown.
    let latest = StoredValue::new(0u32);
    Effect::new(move |made_before: Option<()>| {
        store.with(|_| ());
        let this = latest.get_value().wrapping_add(1);
        latest.set_value(this);
        let page = page.clone();
        let make = move || {
            if latest.try_get_value() != Some(this) {
                return;
            }
            let record = store.with_untracked(Clone::clone);
            spawn_local(async move {
                let made = make_codes(&record, &page).await;
                if latest.try_get_value() == Some(this) {
                    codes.set(match made {
                        Ok(pictures) => Codes::Ready(pictures),
                        Err(problem) => Codes::Problem(problem),
                    });
                }
            });
        };
        if made_before.is_none() {
            make();
        } else {
            set_timeout(make, std::time::Duration::from_millis(300));
        }
    });

    move || {
        let words = words.clone();
        codes.with(|state| match state {
            Codes::Making => view! {
                <p class="rw-message" role="status">{words.get(Text::TakeHomeMaking)}</p>
            }
            .into_any(),
            Codes::Problem(problem) => {
                let message = match problem {
                    CodeProblem::TooLarge => Text::TakeHomeTooLarge,
                    CodeProblem::CannotCompress => Text::TakeHomeCannotMake,
                };
                view! {
                    <div class="rw-take-home">
                        <p class="rw-message rw-message-problem" role="alert">{words.get(message)}</p>
                        <button type="button" class="rw-button" on:click=|_| print_page()>
                            {words.get(Text::TakeHomePrint)}
                        </button>
                    </div>
                }
                .into_any()
            }
            Codes::Ready(pictures) => {
                let parts = pictures.len();
                let all = pictures.clone();
                let words_for_code = words.clone();
                let code = move || {
                    let i = shown.get() % parts;
                    let picture = &all[i];
                    let (part, count) = ((i + 1).to_string(), parts.to_string());
                    let numbers = [("part", part.as_str()), ("parts", count.as_str())];
                    let side = picture.size.to_string();
                    let view_box = format!("0 0 {side} {side}");
                    let (label, caption) = if parts > 1 {
                        (
                            words_for_code.fill(Text::TakeHomePictureOf, &numbers),
                            Some(words_for_code.fill(Text::TakeHomeCodeOf, &numbers)),
                        )
                    } else {
                        (words_for_code.get(Text::TakeHomePicture), None)
                    };
                    view! {
                        <figure class="rw-code">
                            <svg class="rw-code-picture" viewBox=view_box role="img" aria-label=label>
                                <rect width=side.clone() height=side fill="#fff"/>
                                <path d=picture.path.clone() fill="#000" shape-rendering="crispEdges"/>
                            </svg>
                            {caption.map(|c| view! { <figcaption>{c}</figcaption> })}
                        </figure>
                    }
                };
                let count = parts.to_string();
                let several = (parts > 1).then(|| {
                    view! {
                        <p>{words.fill(Text::TakeHomeSplit, &[("parts", &count)])}</p>
                    }
                });
                // The buttons go round (from the last code to the first), so neither is ever
                // disabled under the keyboard.
                let turning = (parts > 1).then(|| {
                    view! {
                        <div class="rw-actions">
                            <button type="button" class="rw-button rw-button-quiet"
                                on:click=move |_| shown.update(|i| *i = (*i + parts - 1) % parts)>
                                {words.get(Text::TakeHomePrevious)}
                            </button>
                            <button type="button" class="rw-button"
                                on:click=move |_| shown.update(|i| *i = (*i + 1) % parts)>
                                {words.get(Text::TakeHomeNext)}
                            </button>
                        </div>
                    }
                });
                view! {
                    <div class="rw-take-home">
                        <p>{words.get(Text::TakeHomeIntro)}</p>
                        {several}
                        <div aria-live="polite">{code}</div>
                        {turning}
                    </div>
                }
                .into_any()
            }
        })
    }
}
