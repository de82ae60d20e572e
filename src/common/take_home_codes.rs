use crate::browser;
use crate::i18n::use_words;
use crate::kiosk::KioskSettings;
use crate::store::RecordStore;
use crate::take_home::{self, CodeProblem};
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
/// and printing instead.
#[component]
pub fn TakeHomeCodes() -> impl IntoView {
    let store = expect_context::<RecordStore>();
    let words = use_words();
    let codes = RwSignal::new(Codes::Making);
    let shown = RwSignal::new(0usize);
    let page = take_home::page_for_codes(
        use_context::<KioskSettings>()
            .and_then(|k| k.take_home_url)
            .as_deref(),
    );
    let record = store.with_untracked(Clone::clone);
    spawn_local(async move {
        let made = take_home::make_codes(&record, &page).await;
        codes.set(match made {
            Ok(pictures) => Codes::Ready(pictures),
            Err(problem) => Codes::Problem(problem),
        });
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
                        <button type="button" class="rw-button" on:click=|_| browser::print_page()>
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
                    let i = shown.get().min(parts - 1);
                    let picture = &all[i];
                    let (part, count) = ((i + 1).to_string(), parts.to_string());
                    let numbers = [("part", part.as_str()), ("parts", count.as_str())];
                    let side = picture.size.to_string();
                    let view_box = format!("0 0 {side} {side}");
                    view! {
                        <figure class="rw-code">
                            <svg class="rw-code-picture" viewBox=view_box
                                role="img" aria-label=words_for_code.fill(Text::TakeHomePicture, &numbers)>
                                <rect width=side.clone() height=side fill="#fff"/>
                                <path d=picture.path.clone() fill="#000" shape-rendering="crispEdges"/>
                            </svg>
                            <figcaption>{words_for_code.fill(Text::TakeHomeCodeOf, &numbers)}</figcaption>
                        </figure>
                    }
                };
                let count = parts.to_string();
                let several = (parts > 1).then(|| {
                    view! {
                        <p>{words.fill(Text::TakeHomeSplit, &[("parts", &count)])}</p>
                    }
                });
                // Named: a `>=` written inside the view would end the tag.
                let at_last = move || shown.get() + 1 >= parts;
                let turning = (parts > 1).then(|| {
                    view! {
                        <div class="rw-actions">
                            <button type="button" class="rw-button rw-button-quiet"
                                disabled=move || shown.get() == 0
                                on:click=move |_| shown.update(|i| *i = i.saturating_sub(1))>
                                {words.get(Text::TakeHomePrevious)}
                            </button>
                            <button type="button" class="rw-button"
                                disabled=at_last
                                on:click=move |_| shown.update(|i| *i = (*i + 1).min(parts - 1))>
                                {words.get(Text::TakeHomeNext)}
                            </button>
                        </div>
                    }
                });
                view! {
                    <div class="rw-take-home">
                        <p>{words.get(Text::TakeHomeIntro)}</p>
                        {several}
                        {code}
                        {turning}
                    </div>
                }
                .into_any()
            }
        })
    }
}
