use crate::browser;
use crate::common::TakeHomeCodes;
use crate::i18n::{use_words, Words};
use crate::store::{use_record, RecordStore};
use crate::take_home::ArrivalProblem;
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use recovery_core::format::{self, MAX_FILE_BYTES};
use recovery_core::text::Text;
use recovery_core::{ImportError, Record, RecordSummary};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;

/// One number the import preview shows: the placeholder it fills in the preview's text, and
/// how it is counted from a record's summary. Each widget's row in the registry lists its own.
#[derive(Clone, Copy)]
pub struct PreviewCount {
    /// The placeholder's name in [`Text::DataImportPreview`].
    pub placeholder: &'static str,
    /// The number, from the summary of the record being previewed.
    pub count: fn(&RecordSummary) -> usize,
}

impl PreviewCount {
    /// A count for the placeholder `{placeholder}`.
    pub const fn new(placeholder: &'static str, count: fn(&RecordSummary) -> usize) -> Self {
        PreviewCount { placeholder, count }
    }
}

/// Every count the import preview shows, whichever widget shows it (a record holds every
/// widget's part): provided by the host, from the widget registry.
#[derive(Clone)]
pub struct PreviewCounts(pub Vec<PreviewCount>);

/// Downloads the whole record as pretty-printed JSON, named with today's date.
pub fn save_a_copy(store: RecordStore) {
    let json = store.with_untracked(format::export_json);
    let name = format!(
        "my-recovery-answers-{}.json",
        browser::local_date_for_file_name()
    );
    if let Err(error) = browser::download(&name, "application/json", &json) {
        browser::warn_web_team(&format!("the download could not start: {error:?}"));
    }
}

/// Saving a copy of the record to the device, opening a saved copy, and a code to take it to
/// a phone. A file is checked and previewed, and is added to the record, or replaces it, only
/// after the person chooses. A take-home link the page was opened with is previewed the same
/// way, and can only be added: it may be one code of several. Not shown on a kiosk.
#[component]
pub fn DataPanel() -> impl IntoView {
    let store = use_record();
    let words = use_words();
    let counts = expect_context::<PreviewCounts>();
    let pending: RwSignal<Option<Record>> = RwSignal::new(None);
    let problem: RwSignal<Option<String>> = RwSignal::new(None);
    let done: RwSignal<Option<String>> = RwSignal::new(None);
    let file_input: NodeRef<html::Input> = NodeRef::new();
    let confirm_button: NodeRef<html::Button> = NodeRef::new();
    // Which code of how many the pending copy came from, when it came by a take-home link.
    let from_code: RwSignal<Option<(usize, usize)>> = RwSignal::new(None);
    let showing_code = RwSignal::new(false);
    let focus_choice = move || {
        request_animation_frame(move || {
            if let Some(button) = confirm_button.try_get().flatten() {
                let _ = button.focus();
            }
        });
    };

    // A kiosk is a shared screen: a file saved there would stay for the next person, so a
    // kiosk offers printing and a take-home code instead (in "I'm finished"), and opens no
    // take-home link.
    let settings = use_context::<crate::settings::KioskSettings>();
    let kiosk = settings.as_ref().is_some_and(|k| k.kiosk);

    // A phone opened a take-home link: offer its record like a chosen file.
    let arrival = crate::take_home::arrived();
    if kiosk && arrival.is_some() {
        browser::warn_web_team(
            "a take-home link was opened on a kiosk page, which keeps nothing; \
             set take-home-url to your everyday page",
        );
    }
    if let Some(arrival) = arrival.filter(|_| !kiosk) {
        let words = words.clone();
        spawn_local(async move {
            let opened = match arrival {
                Ok(part) => crate::take_home::open(&part)
                    .await
                    .map(|record| (record, part.part, part.parts)),
                Err(()) => Err(ArrivalProblem::Unreadable),
            };
            match opened {
                Ok((record, part, parts)) => {
                    from_code.set(Some((part, parts)));
                    pending.set(Some(record));
                    focus_choice();
                }
                Err(error) => {
                    browser::warn_web_team("a take-home link could not be opened");
                    problem.set(Some(match error {
                        ArrivalProblem::Unreadable => words.get(Text::TakeHomeUnreadable),
                        ArrivalProblem::OldBrowser => words.get(Text::TakeHomeOldBrowser),
                        ArrivalProblem::Refused(error) => import_message(&words, &error),
                    }));
                }
            }
        });
    }

    let choose_file = move |_| {
        if let Some(input) = file_input.get() {
            input.click();
        }
    };

    let on_file = {
        let words = words.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let file = input.files().and_then(|files| files.get(0));
            // Clear the choice so choosing the same file again still reads it.
            input.set_value("");
            let Some(file) = file else { return };
            pending.set(None);
            from_code.set(None);
            done.set(None);
            problem.set(None);
            if file.size() > MAX_FILE_BYTES as f64 {
                let error = ImportError::TooLarge {
                    bytes: file.size() as usize,
                    limit: MAX_FILE_BYTES,
                };
                problem.set(Some(import_message(&words, &error)));
                return;
            }
            let words = words.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    problem.set(Some(words.get(Text::ImportReadFailed)));
                    return;
                };
                match format::import_json(&text) {
                    Ok(record) => {
                        pending.set(Some(record));
                        focus_choice();
                    }
                    Err(error) => {
                        browser::warn_web_team(&format!("an import was refused: {error}"));
                        problem.set(Some(import_message(&words, &error)));
                    }
                }
            });
        }
    };

    let imported = words.get(Text::DataImported);
    let confirm = move |_| {
        if let Some(record) = pending.get_untracked() {
            store.replace(record);
            pending.set(None);
            done.set(Some(imported.clone()));
        }
    };
    let merged = words.get(Text::DataMerged);
    let added_from_code = words.get(Text::TakeHomeAdded);
    let add = move |_| {
        if let Some(record) = pending.get_untracked() {
            store.merge_in(&record);
            pending.set(None);
            let by_code = from_code.get_untracked().is_some();
            done.set(Some(if by_code {
                added_from_code.clone()
            } else {
                merged.clone()
            }));
        }
    };
    let cancel = move |_| pending.set(None);

    let preview = {
        let words = words.clone();
        move || {
            pending.with(|p| {
                p.as_ref().map(|record| {
                    let s = record.summary();
                    let numbers: Vec<(&str, String)> = counts
                        .0
                        .iter()
                        .map(|c| (c.placeholder, (c.count)(&s).to_string()))
                        .chain([("date", browser::long_date(s.updated, &words.lang()))])
                        .collect();
                    let values: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
                    let text = words.fill(Text::DataImportPreview, &values);
                    // Answers from a code can only be added: a code may be one of several, and
                    // replacing would drop the others and all that is here.
                    let by_code = from_code.get();
                    let title = words.get(if by_code.is_some() { Text::TakeHomeArrivedTitle } else { Text::DataImport });
                    let notes = match by_code {
                        Some((part, parts)) => {
                            let numbers = [("part", part.to_string()), ("parts", parts.to_string())];
                            let numbers = numbers.each_ref().map(|(k, v)| (*k, v.as_str()));
                            let which = (parts > 1).then(|| words.fill(Text::TakeHomeArrived, &numbers));
                            view! {
                                {which.map(|w| view! { <p>{w}</p> })}
                                <p>{words.get(Text::TakeHomeHistory)}</p>
                            }
                            .into_any()
                        }
                        None => view! { <p><strong>{words.get(Text::DataImportWarning)}</strong></p> }.into_any(),
                    };
                    let replacing = by_code.is_none().then(|| {
                        view! {
                            <button type="button" class="rw-button"
                                on:click=confirm.clone()>{words.get(Text::DataImportConfirm)}</button>
                            <button type="button" class="rw-button rw-button-quiet"
                                on:click=move |_| save_a_copy(store)>{words.get(Text::DataImportSaveFirst)}</button>
                        }
                    });
                    view! {
                        <div class="rw-preview" role="group" aria-label=title>
                            <p>{text}</p>
                            {notes}
                            <div class="rw-actions">
                                <button type="button" class="rw-button" node_ref=confirm_button
                                    on:click=add.clone()>{words.get(Text::DataImportMerge)}</button>
                                {replacing}
                                <button type="button" class="rw-button rw-button-quiet"
                                    on:click=cancel>{words.get(Text::DataImportCancel)}</button>
                            </div>
                        </div>
                    }
                })
            })
        }
    };

    let (show_code, hide_code) = (words.get(Text::TakeHomeShow), words.get(Text::TakeHomeHide));
    // Outside a kiosk there is always a page: the host's take-home-url, or this one.
    let take_home_page = (!kiosk)
        .then(|| {
            let url = settings.and_then(|k| k.take_home_url);
            crate::take_home::page_for_codes(url.as_deref(), false)
        })
        .flatten();
    (!kiosk).then(|| {
        view! {
            <section class="rw-data" aria-labelledby="rw-data-title">
                <h3 id="rw-data-title" class="rw-small-heading">{words.get(Text::DataTitle)}</h3>
                <div class="rw-actions">
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
                {move || {
                    let page = take_home_page.clone().filter(|_| showing_code.get())?;
                    Some(view! { <TakeHomeCodes page=page/> })
                }}
                {preview}
                <p class="rw-message" role="status">{move || done.get()}</p>
                <p class="rw-message rw-message-problem" role="alert">{move || problem.get()}</p>
            </section>
        }
    })
}

fn import_message(words: &Words, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { limit, .. } => words.fill(
            Text::ImportTooLarge,
            &[("limit", &format!("{} MB", limit / (1024 * 1024)))],
        ),
        ImportError::TooDeep { limit } => {
            words.fill(Text::ImportTooDeep, &[("limit", &limit.to_string())])
        }
        ImportError::TooManyEntries { limit } => words.fill(
            Text::ImportTooManyEntries,
            &[("limit", &group_thousands(*limit))],
        ),
        ImportError::TextTooLong { limit } => words.fill(
            Text::ImportTextTooLong,
            &[("limit", &group_thousands(*limit))],
        ),
        ImportError::NotJson => words.get(Text::ImportNotJson),
        ImportError::NotARecord => words.get(Text::ImportNotRecord),
        ImportError::NewerVersion { .. } => words.get(Text::ImportNewer),
        ImportError::Damaged { .. } => words.get(Text::ImportDamaged),
    }
}

/// A whole number with commas between thousands (`100,000`), as people write it.
fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}
